/*
 * sg_inspect: catalog schema -> YAML models (see inspect.h).
 *
 * Three parts: YAML scalars (quoting that reads back as the same string),
 * the rendering of a schema as models, and the loop that loads the rendered
 * models back with the models loader and names explicitly every constraint
 * or index whose default name would not come out as the database has it.
 */
#include "inspect.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ddl.h"
#include "model.h"
#include "model_sql.h"
#include "naming.h"
#include "quote.h"

/* ---------------------------------------------------------------- YAML scalars */

/*
 * The code point at s (UTF-8) and its length in *len; -1 for an invalid
 * sequence (length 1).
 */
static int32_t utf8_next(const unsigned char *s, size_t *len)
{
	unsigned char c = s[0];
	int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
	*len = 1;
	if (n == 0)
		return -1;
	if (n == 1)
		return c;
	int32_t cp = c & (0x7F >> n);
	for (int i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	static const int32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
	if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return -1;
	*len = (size_t)n;
	return cp;
}

/* Code points YAML cannot carry as they are: controls, line separators, the BOM, non-characters. */
static bool must_escape(int32_t cp)
{
	return cp < 0 || (cp < 0x20) || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
	       cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

static bool needs_escapes(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	while (*p) {
		size_t len;
		if (must_escape(utf8_next(p, &len)))
			return true;
		p += len;
	}
	return false;
}

/* Words YAML 1.1 or 1.2 would read as something other than a string. */
static bool is_yaml_word(const char *s)
{
	static const char *const words[] = {"y", "n", "yes", "no", "true", "false", "on", "off", "null"};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasecmp(s, words[i]) == 0)
			return true;
	return false;
}

static bool is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/*
 * Whether `s` can be written as a plain scalar.  Deliberately narrow: the
 * first character is a letter, '_', '(' or a non-ASCII character (never a
 * digit, sign or dot, so nothing reads as a number), no quotes, '#', '\',
 * tabs, no leading or trailing space, ':' only when no space or end follows,
 * and in flow context none of ",[]{}:".
 */
static bool plain_ok(const char *s, bool flow)
{
	const unsigned char *p = (const unsigned char *)s;
	if (!p[0] || !(is_alnum(p[0]) || p[0] == '_' || p[0] == '(' || p[0] >= 0x80) || (p[0] >= '0' && p[0] <= '9'))
		return false;
	if (is_yaml_word(s) || needs_escapes(s))
		return false;
	size_t n = strlen(s);
	if (p[n - 1] == ' ')
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = p[i];
		if (is_alnum(c) || c >= 0x80 || strchr("_ .()$+/<>=-*!%|@?&~^;", c))
			continue;
		if (!flow && strchr(",[]{}", c))
			continue;
		if (!flow && c == ':' && p[i + 1] && p[i + 1] != ' ')
			continue;
		return false;
	}
	return true;
}

static void add_escaped(sg_strbuf *sb, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	sg_strbuf_addch(sb, '"');
	while (*p) {
		size_t len;
		int32_t cp = utf8_next(p, &len);
		switch (cp) {
		case '"':
			sg_strbuf_adds(sb, "\\\"");
			break;
		case '\\':
			sg_strbuf_adds(sb, "\\\\");
			break;
		case '\n':
			sg_strbuf_adds(sb, "\\n");
			break;
		case '\t':
			sg_strbuf_adds(sb, "\\t");
			break;
		case '\r':
			sg_strbuf_adds(sb, "\\r");
			break;
		case 0x85:
			sg_strbuf_adds(sb, "\\N");
			break;
		case 0x2028:
			sg_strbuf_adds(sb, "\\L");
			break;
		case 0x2029:
			sg_strbuf_adds(sb, "\\P");
			break;
		default:
			if (cp < 0)
				sg_strbuf_addf(sb, "\\x%02X", p[0]); /* not UTF-8: the byte as a code point */
			else if (must_escape(cp))
				sg_strbuf_addf(sb, cp < 0x100 ? "\\x%02X" : "\\u%04X", (unsigned)cp);
			else
				sg_strbuf_add(sb, p, len);
		}
		p += len;
	}
	sg_strbuf_addch(sb, '"');
}

void sg_inspect_yaml_scalar(sg_strbuf *sb, const char *s, bool flow)
{
	if (plain_ok(s, flow)) {
		sg_strbuf_adds(sb, s);
	} else if (needs_escapes(s)) {
		add_escaped(sb, s);
	} else if (!strchr(s, '"') && !strchr(s, '\\')) {
		sg_strbuf_addf(sb, "\"%s\"", s);
	} else {
		/* Single quotes: no escapes but '' for a quote, so SQL with "identifiers" or \ stays readable. */
		sg_strbuf_addch(sb, '\'');
		for (const char *p = s; *p; p++) {
			if (*p == '\'')
				sg_strbuf_addch(sb, '\'');
			sg_strbuf_addch(sb, *p);
		}
		sg_strbuf_addch(sb, '\'');
	}
}

/* ---------------------------------------------------------------- state */

/* Per table: which names are written, which constraints are left out, serial columns. */
typedef struct tplan {
	bool *con_named; /* per constraint: write `name:` */
	bool *con_skip;	 /* per constraint: not expressible at all (a repeated key) */
	bool *idx_named; /* per index */
	int *col_serial; /* per column: 2, 4 or 8 when written as a serial type, else 0 */
} tplan;

typedef struct insp {
	const sg_schema *s;
	const sg_inspect_options *opts;
	sg_arena *arena; /* the plans and parse results */
	tplan *tp;
	char **notes;
	size_t nnotes, capnotes;
	bool oom;
} insp;

static void note(insp *in, const char *fmt, ...) SG_PRINTF(2, 3);
static void note(insp *in, const char *fmt, ...)
{
	if (in->nnotes == in->capnotes) {
		size_t cap = in->capnotes ? in->capnotes * 2 : 8;
		char **n = realloc(in->notes, cap * sizeof(char *));
		if (!n) {
			in->oom = true;
			return;
		}
		in->notes = n;
		in->capnotes = cap;
	}
	sg_strbuf sb = SG_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sg_strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (sg_strbuf_failed(&sb)) {
		in->oom = true;
		sg_strbuf_release(&sb);
		return;
	}
	in->notes[in->nnotes++] = sg_strbuf_detach(&sb, NULL);
}

static size_t column_index(const sg_table *t, const char *name)
{
	const sg_column *c = sg_table_find_column(t, name);
	return c ? (size_t)(c - t->columns) : SIZE_MAX;
}

/* ---------------------------------------------------------------- first guesses */

/* The name the models loader gives the constraint when nothing else takes it first. */
static void default_constraint_name(insp *in, char out[SG_NAMEDATALEN], const sg_table *t, const sg_constraint *k)
{
	char addition[2 * SG_NAMEDATALEN];
	out[0] = '\0';
	switch (k->kind) {
	case SG_CON_PRIMARY_KEY:
		sg_naming_make_object_name(out, t->name, NULL, "pkey");
		break;
	case SG_CON_UNIQUE: {
		const char **names = sg_arena_array(in->arena, k->ncolumns, sizeof(char *));
		if (!names || sg_naming_index_column_names(names, k->columns, k->ncolumns, in->arena) != 0) {
			in->oom = true;
			return;
		}
		sg_naming_name_addition(addition, names, k->ncolumns);
		sg_naming_make_object_name(out, t->name, addition, "key");
		break;
	}
	case SG_CON_FOREIGN_KEY:
		sg_naming_name_addition(addition, k->columns, k->ncolumns);
		sg_naming_make_object_name(out, t->name, addition, "fkey");
		break;
	case SG_CON_CHECK: {
		sg_sql_columns refs = {0};
		const char *msg;
		if (!k->expression || sg_model_sql_expr(in->arena, k->expression, &refs, &msg) != 0)
			refs.n = 0;
		const sg_column *only = refs.n == 1 ? sg_table_find_column(t, refs.names[0]) : NULL;
		sg_naming_make_object_name(out, t->name, only ? only->name : NULL, "check");
		break;
	}
	case SG_CON_KIND_COUNT:
		break;
	}
}

static void default_index_name(insp *in, char out[SG_NAMEDATALEN], const sg_table *t, const sg_index *x)
{
	size_t n = x->nelements + x->ninclude;
	const char **prelim = sg_arena_array(in->arena, n, sizeof(char *));
	const char **names = sg_arena_array(in->arena, n, sizeof(char *));
	out[0] = '\0';
	if (!prelim || !names) {
		in->oom = true;
		return;
	}
	for (size_t e = 0; e < x->nelements; e++) {
		sg_sql_index_elem el;
		const char *msg;
		prelim[e] =
		    sg_model_sql_index_elem(in->arena, x->elements[e], &el, &msg) == 0 ? el.prelim_name : "expr";
	}
	for (size_t e = 0; e < x->ninclude; e++)
		prelim[x->nelements + e] = x->include[e];
	char addition[2 * SG_NAMEDATALEN];
	if (sg_naming_index_column_names(names, prelim, n, in->arena) != 0) {
		in->oom = true;
		return;
	}
	sg_naming_name_addition(addition, names, n);
	sg_naming_make_object_name(out, t->name, addition, "idx");
}

/* 2, 4 or 8 when the column is what `smallserial`/`serial`/`bigserial` creates, else 0. */
static int serial_bytes(const insp *in, const sg_table *t, const sg_column *c)
{
	if (c->identity != SG_IDENTITY_NONE || c->generated || c->nullable || !c->default_expr || c->collation)
		return 0;
	int bytes = strcmp(c->type, "integer") == 0    ? 4
		    : strcmp(c->type, "bigint") == 0   ? 8
		    : strcmp(c->type, "smallint") == 0 ? 2
						       : 0;
	if (!bytes)
		return 0;
	char seq[SG_NAMEDATALEN];
	sg_naming_make_object_name(seq, t->name, c->name, "seq");
	if (strchr(seq, '\''))
		return 0;
	/* A sequence listed as unmanaged is not owned by a column: keep the nextval() default as it is. */
	for (size_t i = 0; i < in->s->nunmanaged; i++)
		if (strcmp(in->s->unmanaged[i].kind, "sequence") == 0 && strcmp(in->s->unmanaged[i].name, seq) == 0)
			return 0;
	sg_strbuf want = SG_STRBUF_INIT;
	sg_strbuf_adds(&want, "nextval('");
	sg_quote_ident(&want, seq);
	sg_strbuf_adds(&want, "'::regclass)");
	bool same = strcmp(want.data, c->default_expr) == 0;
	sg_strbuf_release(&want);
	return same ? bytes : 0;
}

static bool same_key(const sg_constraint *a, const sg_constraint *b)
{
	return sg_names_eq(a->columns, a->ncolumns, b->columns, b->ncolumns) &&
	       a->nulls_not_distinct == b->nulls_not_distinct && a->deferrable == b->deferrable &&
	       a->initially_deferred == b->initially_deferred;
}

/* What the models cannot say about one constraint, from the server's definition. */
static void constraint_notes(insp *in, const sg_table *t, const sg_constraint *k)
{
	const char *def = k->definition ? k->definition : "";
	const char *what = NULL;
	/* NOT VALID and NO INHERIT are written as not_valid / no_inherit. */
	if (k->kind == SG_CON_FOREIGN_KEY && (strstr(def, " MATCH FULL") || strstr(def, " MATCH PARTIAL")))
		what = "has a MATCH FULL/PARTIAL clause";
	else if (k->kind == SG_CON_FOREIGN_KEY && (strstr(def, "SET NULL (") || strstr(def, "SET DEFAULT (")))
		what = "has an ON DELETE action with a column list";
	else if (k->kind == SG_CON_PRIMARY_KEY && k->deferrable)
		what = "is a deferrable primary key";
	if (what) {
		note(in, "table '%s': constraint '%s' %s: %s", t->name, k->name, what, def);
		return;
	}
	/* Anything else the models would write differently (INCLUDE or storage parameters of a key...). */
	sg_constraint model = *k;
	model.definition = NULL;
	sg_strbuf body = SG_STRBUF_INIT;
	sg_ddl_constraint_body(&body, &model, NULL);
	if (k->not_valid)
		sg_strbuf_adds(&body, " NOT VALID");
	if (k->definition && strcmp(body.data, def) != 0)
		note(in, "table '%s': constraint '%s' has clauses the models cannot express: %s (the models give: %s)",
		     t->name, k->name, def, body.data);
	if (sg_strbuf_failed(&body))
		in->oom = true;
	sg_strbuf_release(&body);
}

/* Plans every table: first guesses for names, serial columns, what is left out, notes. */
static int plan(insp *in)
{
	const sg_schema *s = in->s;
	in->tp = sg_arena_array(in->arena, s->ntables, sizeof(tplan));
	if (!in->tp && s->ntables)
		return -1;
	char name[SG_NAMEDATALEN];
	for (size_t ti = 0; ti < s->ntables && !in->oom; ti++) {
		const sg_table *t = &s->tables[ti];
		tplan *p = &in->tp[ti];
		p->con_named = sg_arena_array(in->arena, t->nconstraints + 1, sizeof(bool));
		p->con_skip = sg_arena_array(in->arena, t->nconstraints + 1, sizeof(bool));
		p->idx_named = sg_arena_array(in->arena, t->nindexes + 1, sizeof(bool));
		p->col_serial = sg_arena_array(in->arena, t->ncolumns + 1, sizeof(int));
		if (!p->con_named || !p->con_skip || !p->idx_named || !p->col_serial)
			return -1;
		for (size_t i = 0; i < t->ncolumns; i++)
			p->col_serial[i] = serial_bytes(in, t, &t->columns[i]);
		const sg_constraint *pk = sg_table_primary_key(t);
		for (size_t i = 0; i < t->nconstraints; i++) {
			const sg_constraint *k = &t->constraints[i];
			default_constraint_name(in, name, t, k);
			p->con_named[i] = strcmp(name, k->name) != 0;
			constraint_notes(in, t, k);
			if (k->kind == SG_CON_FOREIGN_KEY && !k->ref_schema && !sg_schema_find_table(s, k->ref_table)) {
				/* A partitioned table, a tracking table...: the models can only reference their own
				 * tables. */
				p->con_skip[i] = true;
				note(in,
				     "table '%s': foreign key '%s' references '%s', which is not a table of the "
				     "models, and is "
				     "left out (schemagen diff will propose to drop it)",
				     t->name, k->name, k->ref_table);
			}
			if (k->kind != SG_CON_UNIQUE)
				continue;
			/* PostgreSQL keeps a UNIQUE added by ALTER TABLE that repeats a key; the models refuse it. */
			/* The models' primary key is never deferrable, whatever the database's is. */
			const sg_constraint *dup =
			    pk && sg_names_eq(k->columns, k->ncolumns, pk->columns, pk->ncolumns) &&
				    !k->nulls_not_distinct && !k->deferrable && !k->initially_deferred
				? pk
				: NULL;
			for (size_t j = 0; j < i && !dup; j++)
				if (t->constraints[j].kind == SG_CON_UNIQUE && !p->con_skip[j] &&
				    same_key(k, &t->constraints[j]))
					dup = &t->constraints[j];
			if (dup) {
				p->con_skip[i] = true;
				note(in,
				     "table '%s': unique constraint '%s' repeats '%s' and is left out (the models "
				     "cannot hold "
				     "two keys on the same columns)",
				     t->name, k->name, dup->name);
			}
		}
		for (size_t i = 0; i < t->nindexes; i++) {
			const sg_index *x = &t->indexes[i];
			if (x->constraint_backed)
				continue;
			default_index_name(in, name, t, x);
			p->idx_named[i] = strcmp(name, x->name) != 0;
			if (x->definition &&
			    (strstr(x->definition, ") WITH (") || strstr(x->definition, "DISTINCT WITH (")))
				note(in, "table '%s': index '%s' has storage parameters: %s", t->name, x->name,
				     x->definition);
		}
	}
	return in->oom ? -1 : 0;
}

/* ---------------------------------------------------------------- rendering */

typedef enum fkind { F_STR, F_TRUE, F_LIST, F_MAP } fkind;

/* One key of a mapping entry being written. */
typedef struct field {
	const char *key;
	fkind kind;
	const char *str;	 /* F_STR */
	const char *const *list; /* F_LIST */
	size_t n;		 /* F_LIST items, F_MAP fields */
	const struct field *sub; /* F_MAP */
} field;

#define MAXFIELDS 10
#define FLOW_WIDTH 110

static void flow_map(sg_strbuf *sb, const field *f, size_t n);

static void flow_value(sg_strbuf *sb, const field *f)
{
	switch (f->kind) {
	case F_STR:
		sg_inspect_yaml_scalar(sb, f->str, true);
		break;
	case F_TRUE:
		sg_strbuf_adds(sb, "true");
		break;
	case F_LIST:
		sg_strbuf_addch(sb, '[');
		for (size_t i = 0; i < f->n; i++) {
			if (i)
				sg_strbuf_adds(sb, ", ");
			sg_inspect_yaml_scalar(sb, f->list[i], true);
		}
		sg_strbuf_addch(sb, ']');
		break;
	case F_MAP:
		flow_map(sb, f->sub, f->n);
		break;
	}
}

static void flow_map(sg_strbuf *sb, const field *f, size_t n)
{
	sg_strbuf_adds(sb, "{ ");
	for (size_t i = 0; i < n; i++) {
		sg_strbuf_addf(sb, "%s%s: ", i ? ", " : "", f[i].key);
		flow_value(sb, &f[i]);
	}
	sg_strbuf_adds(sb, " }");
}

static void indent(sg_strbuf *sb, int n)
{
	sg_strbuf_addf(sb, "%*s", n, "");
}

/* `key: value` on a line of its own, at `ind` spaces. */
static void block_field(sg_strbuf *sb, int ind, const field *f)
{
	indent(sb, ind);
	sg_strbuf_addf(sb, "%s: ", f->key);
	if (f->kind == F_STR)
		sg_inspect_yaml_scalar(sb, f->str, false);
	else
		flow_value(sb, f);
	sg_strbuf_addch(sb, '\n');
}

/* A list entry: `- { k: v, ... }` when it fits on a line, else one key per line. */
static void list_entry(sg_strbuf *sb, int ind, const field *f, size_t n, bool force_block)
{
	if (!force_block) {
		sg_strbuf tmp = SG_STRBUF_INIT;
		flow_map(&tmp, f, n);
		bool fits = (size_t)ind + 2 + tmp.len <= FLOW_WIDTH && !sg_strbuf_failed(&tmp);
		if (fits) {
			indent(sb, ind);
			sg_strbuf_adds(sb, "- ");
			sg_strbuf_add(sb, tmp.data, tmp.len);
			sg_strbuf_addch(sb, '\n');
		}
		sg_strbuf_release(&tmp);
		if (fits)
			return;
	}
	for (size_t i = 0; i < n; i++) {
		if (i == 0) {
			indent(sb, ind);
			sg_strbuf_adds(sb, "- ");
			sg_strbuf_addf(sb, "%s: ", f[i].key);
			if (f[i].kind == F_STR)
				sg_inspect_yaml_scalar(sb, f[i].str, false);
			else
				flow_value(sb, &f[i]);
			sg_strbuf_addch(sb, '\n');
		} else {
			block_field(sb, ind + 2, &f[i]);
		}
	}
}

static const char *action_word(sg_fk_action a)
{
	switch (a) {
	case SG_FK_RESTRICT:
		return "restrict";
	case SG_FK_CASCADE:
		return "cascade";
	case SG_FK_SET_NULL:
		return "set_null";
	case SG_FK_SET_DEFAULT:
		return "set_default";
	default:
		return "no_action";
	}
}

/* The fields a foreign key shares between its column shorthand and the table list. */
static size_t fk_options(field *f, const sg_constraint *k)
{
	size_t n = 0;
	if (k->on_delete != SG_FK_NO_ACTION)
		f[n++] = (field){.key = "on_delete", .kind = F_STR, .str = action_word(k->on_delete)};
	if (k->on_update != SG_FK_NO_ACTION)
		f[n++] = (field){.key = "on_update", .kind = F_STR, .str = action_word(k->on_update)};
	if (k->deferrable)
		f[n++] = (field){.key = "deferrable", .kind = F_TRUE};
	if (k->initially_deferred)
		f[n++] = (field){.key = "initially_deferred", .kind = F_TRUE};
	if (k->not_valid)
		f[n++] = (field){.key = "not_valid", .kind = F_TRUE};
	return n;
}

/* Per column of a table: which constraint its shorthands stand for (SIZE_MAX for none). */
typedef struct shorthands {
	size_t *unique, *fk;
	size_t pk_column; /* the column of a one-column primary key, or SIZE_MAX */
} shorthands;

static int choose_shorthands(insp *in, shorthands *sh, size_t ti)
{
	const sg_table *t = &in->s->tables[ti];
	const tplan *p = &in->tp[ti];
	sh->unique = malloc((t->ncolumns + 1) * sizeof(size_t));
	sh->fk = malloc((t->ncolumns + 1) * sizeof(size_t));
	if (!sh->unique || !sh->fk)
		return -1;
	for (size_t i = 0; i < t->ncolumns; i++)
		sh->unique[i] = sh->fk[i] = SIZE_MAX;
	sh->pk_column = SIZE_MAX;
	for (size_t i = 0; i < t->nconstraints; i++) {
		const sg_constraint *k = &t->constraints[i];
		if (p->con_skip[i] || k->ncolumns != 1)
			continue;
		size_t c = column_index(t, k->columns[0]);
		if (c == SIZE_MAX)
			continue;
		if (k->kind == SG_CON_PRIMARY_KEY)
			sh->pk_column = c;
		else if (k->kind == SG_CON_UNIQUE && !p->con_named[i] && !k->nulls_not_distinct && !k->deferrable &&
			 sh->unique[c] == SIZE_MAX)
			sh->unique[c] = i;
		else if (k->kind == SG_CON_FOREIGN_KEY && sh->fk[c] == SIZE_MAX)
			sh->fk[c] = i;
	}
	return 0;
}

static void render_column(sg_strbuf *sb, const insp *in, size_t ti, size_t ci, const shorthands *sh)
{
	const sg_table *t = &in->s->tables[ti];
	const tplan *p = &in->tp[ti];
	const sg_column *c = &t->columns[ci];
	int serial = p->col_serial[ci];
	bool pk = sh->pk_column == ci;
	field f;
	list_entry(sb, 6, &(field){.key = "name", .kind = F_STR, .str = c->name}, 1, true);
	const char *type = serial == 2 ? "smallserial" : serial == 4 ? "serial" : serial == 8 ? "bigserial" : c->type;
	block_field(sb, 8, &(field){.key = "type", .kind = F_STR, .str = type});
	if (!c->nullable && !pk && !serial && c->identity == SG_IDENTITY_NONE)
		sg_strbuf_adds(sb, "        nullable: false\n");
	if (c->default_expr && !serial)
		block_field(sb, 8, &(field){.key = "default", .kind = F_STR, .str = c->default_expr});
	if (c->identity != SG_IDENTITY_NONE)
		sg_strbuf_addf(sb, "        identity: %s\n",
			       c->identity == SG_IDENTITY_ALWAYS ? "always" : "by_default");
	if (c->generated)
		block_field(sb, 8, &(field){.key = "generated", .kind = F_STR, .str = c->generated});
	if (c->collation)
		block_field(sb, 8, &(field){.key = "collation", .kind = F_STR, .str = c->collation});
	if (pk)
		sg_strbuf_adds(sb, "        primary_key: true\n");
	if (sh->unique[ci] != SIZE_MAX)
		sg_strbuf_adds(sb, "        unique: true\n");
	if (sh->fk[ci] != SIZE_MAX) {
		size_t i = sh->fk[ci];
		const sg_constraint *k = &t->constraints[i];
		field sub[MAXFIELDS];
		size_t n = 0;
		sub[n++] = (field){.key = "table", .kind = F_STR, .str = k->ref_table};
		if (k->ref_schema)
			sub[n++] = (field){.key = "schema", .kind = F_STR, .str = k->ref_schema};
		if (k->nref_columns == 1)
			sub[n++] = (field){.key = "column", .kind = F_STR, .str = k->ref_columns[0]};
		if (p->con_named[i])
			sub[n++] = (field){.key = "name", .kind = F_STR, .str = k->name};
		n += fk_options(sub + n, k);
		f = (field){.key = "references", .kind = F_MAP, .sub = sub, .n = n};
		block_field(sb, 8, &f);
	}
	if (c->comment)
		block_field(sb, 8, &(field){.key = "comment", .kind = F_STR, .str = c->comment});
}

/* Write the table lists' entries of one kind. */
static void render_constraints(sg_strbuf *sb, const insp *in, size_t ti, const shorthands *sh, sg_constraint_kind kind,
			       const char *key)
{
	const sg_table *t = &in->s->tables[ti];
	const tplan *p = &in->tp[ti];
	bool any = false;
	for (size_t i = 0; i < t->nconstraints; i++) {
		const sg_constraint *k = &t->constraints[i];
		if (k->kind != kind || p->con_skip[i])
			continue;
		size_t c = k->ncolumns == 1 ? column_index(t, k->columns[0]) : SIZE_MAX;
		if (c != SIZE_MAX &&
		    ((kind == SG_CON_UNIQUE && sh->unique[c] == i) || (kind == SG_CON_FOREIGN_KEY && sh->fk[c] == i)))
			continue;
		if (!any)
			sg_strbuf_addf(sb, "    %s:\n", key);
		any = true;
		field f[MAXFIELDS], ref[4];
		size_t n = 0;
		if (p->con_named[i])
			f[n++] = (field){.key = "name", .kind = F_STR, .str = k->name};
		if (kind == SG_CON_CHECK) {
			f[n++] = (field){.key = "expression", .kind = F_STR, .str = k->expression};
			if (k->no_inherit)
				f[n++] = (field){.key = "no_inherit", .kind = F_TRUE};
			if (k->not_valid)
				f[n++] = (field){.key = "not_valid", .kind = F_TRUE};
		} else {
			f[n++] = (field){.key = "columns", .kind = F_LIST, .list = k->columns, .n = k->ncolumns};
		}
		if (kind == SG_CON_UNIQUE) {
			if (k->nulls_not_distinct)
				f[n++] = (field){.key = "nulls_not_distinct", .kind = F_TRUE};
			if (k->deferrable)
				f[n++] = (field){.key = "deferrable", .kind = F_TRUE};
			if (k->initially_deferred)
				f[n++] = (field){.key = "initially_deferred", .kind = F_TRUE};
		}
		if (kind == SG_CON_FOREIGN_KEY) {
			size_t r = 0;
			if (k->ref_schema)
				ref[r++] = (field){.key = "schema", .kind = F_STR, .str = k->ref_schema};
			ref[r++] = (field){.key = "table", .kind = F_STR, .str = k->ref_table};
			ref[r++] =
			    (field){.key = "columns", .kind = F_LIST, .list = k->ref_columns, .n = k->nref_columns};
			f[n++] = (field){.key = "references", .kind = F_MAP, .sub = ref, .n = r};
			n += fk_options(f + n, k);
		}
		list_entry(sb, 6, f, n, false);
	}
}

static int render_table(sg_strbuf *sb, insp *in, size_t ti)
{
	const sg_table *t = &in->s->tables[ti];
	const tplan *p = &in->tp[ti];
	shorthands sh = {0};
	if (choose_shorthands(in, &sh, ti) != 0) {
		free(sh.unique);
		free(sh.fk);
		return -1;
	}
	list_entry(sb, 2, &(field){.key = "name", .kind = F_STR, .str = t->name}, 1, true);
	if (t->comment)
		block_field(sb, 4, &(field){.key = "comment", .kind = F_STR, .str = t->comment});
	if (!t->ncolumns)
		sg_strbuf_adds(sb, "    columns: []\n");
	else
		sg_strbuf_adds(sb, "    columns:\n");
	for (size_t ci = 0; ci < t->ncolumns; ci++)
		render_column(sb, in, ti, ci, &sh);
	for (size_t i = 0; i < t->nconstraints; i++) {
		const sg_constraint *k = &t->constraints[i];
		if (k->kind != SG_CON_PRIMARY_KEY)
			continue;
		if (sh.pk_column == SIZE_MAX)
			block_field(
			    sb, 4,
			    &(field){.key = "primary_key", .kind = F_LIST, .list = k->columns, .n = k->ncolumns});
		if (p->con_named[i])
			block_field(sb, 4, &(field){.key = "primary_key_name", .kind = F_STR, .str = k->name});
	}
	render_constraints(sb, in, ti, &sh, SG_CON_UNIQUE, "unique");
	render_constraints(sb, in, ti, &sh, SG_CON_CHECK, "checks");
	render_constraints(sb, in, ti, &sh, SG_CON_FOREIGN_KEY, "foreign_keys");
	bool any = false;
	for (size_t i = 0; i < t->nindexes; i++) {
		const sg_index *x = &t->indexes[i];
		if (x->constraint_backed)
			continue;
		if (!any)
			sg_strbuf_adds(sb, "    indexes:\n");
		any = true;
		field f[MAXFIELDS];
		size_t n = 0;
		if (p->idx_named[i])
			f[n++] = (field){.key = "name", .kind = F_STR, .str = x->name};
		f[n++] = (field){.key = "columns", .kind = F_LIST, .list = x->elements, .n = x->nelements};
		if (x->unique)
			f[n++] = (field){.key = "unique", .kind = F_TRUE};
		if (x->nulls_not_distinct)
			f[n++] = (field){.key = "nulls_not_distinct", .kind = F_TRUE};
		if (x->method && strcmp(x->method, "btree") != 0)
			f[n++] = (field){.key = "method", .kind = F_STR, .str = x->method};
		if (x->ninclude)
			f[n++] = (field){.key = "include", .kind = F_LIST, .list = x->include, .n = x->ninclude};
		if (x->where)
			f[n++] = (field){.key = "where", .kind = F_STR, .str = x->where};
		list_entry(sb, 6, f, n, false);
	}
	free(sh.unique);
	free(sh.fk);
	return 0;
}

/* A comment line: anything that is not printable ASCII or UTF-8 text becomes '?'. */
static void comment_line(sg_strbuf *sb, const char *prefix, const char *text)
{
	sg_strbuf_addf(sb, "#%s", prefix);
	const unsigned char *p = (const unsigned char *)text;
	while (*p) {
		size_t len;
		int32_t cp = utf8_next(p, &len);
		if (must_escape(cp))
			sg_strbuf_addch(sb, '?');
		else
			sg_strbuf_add(sb, p, len);
		p += len;
	}
	sg_strbuf_addch(sb, '\n');
}

static void render_header(sg_strbuf *sb, const insp *in)
{
	const sg_schema *s = in->s;
	sg_strbuf line = SG_STRBUF_INIT;
	sg_strbuf_addf(&line, "Models of schema '%s'", s->name);
	if (in->opts->origin)
		sg_strbuf_addf(&line, " (%s)", in->opts->origin);
	sg_strbuf_adds(&line, ", written by schemagen inspect.");
	comment_line(sb, " ", line.data);
	sg_strbuf_release(&line);
	if (s->nunmanaged) {
		sg_strbuf_adds(sb, "#\n# Not managed by schemagen (schemagen diff never changes or drops them):\n");
		sg_strbuf text = SG_STRBUF_INIT;
		for (size_t i = 0; i < s->nunmanaged; i++) {
			sg_strbuf_reset(&text);
			sg_strbuf_addf(&text, "%s: %s", s->unmanaged[i].kind, s->unmanaged[i].name);
			comment_line(sb, "   ", text.data);
		}
		sg_strbuf_release(&text);
	}
	if (in->nnotes) {
		sg_strbuf_adds(
		    sb, "#\n# Not expressible in the models (written as close as they allow; see docs/inspect.md):\n");
		for (size_t i = 0; i < in->nnotes; i++)
			comment_line(sb, "   ", in->notes[i]);
	}
}

static void render_globals(sg_strbuf *sb, const insp *in)
{
	const sg_schema *s = in->s;
	block_field(sb, 0, &(field){.key = "schema", .kind = F_STR, .str = s->name});
	if (s->nextensions) {
		sg_strbuf_adds(sb, "extensions: [");
		for (size_t i = 0; i < s->nextensions; i++) {
			if (i)
				sg_strbuf_adds(sb, ", ");
			sg_inspect_yaml_scalar(sb, s->extensions[i].name, true);
		}
		sg_strbuf_adds(sb, "]\n");
	}
	if (s->nenums) {
		sg_strbuf_adds(sb, "enums:\n");
		for (size_t i = 0; i < s->nenums; i++) {
			const sg_enum *e = &s->enums[i];
			list_entry(sb, 2, &(field){.key = "name", .kind = F_STR, .str = e->name}, 1, true);
			block_field(sb, 4,
				    &(field){.key = "values", .kind = F_LIST, .list = e->values, .n = e->nvalues});
		}
	}
}

/* ---------------------------------------------------------------- files */

static void files_release(sg_inspect_file *files, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(files[i].name);
		free(files[i].text);
	}
	free(files);
}

static int file_cmp(const void *a, const void *b)
{
	return strcmp(((const sg_inspect_file *)a)->name, ((const sg_inspect_file *)b)->name);
}

/* A file name for a table: letters, digits, '_', '-', '.' and non-ASCII kept, never hidden. */
static char *table_file_stem(const char *table)
{
	char *s = strdup(table);
	if (!s)
		return NULL;
	for (unsigned char *p = (unsigned char *)s; *p; p++)
		if (!(is_alnum(*p) || *p >= 0x80 || *p == '_' || *p == '-' || (*p == '.' && p != (unsigned char *)s)))
			*p = '_';
	return s;
}

static bool stem_taken(const sg_inspect_file *files, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(files[i].name, name) == 0)
			return true;
	return false;
}

static int add_file(sg_inspect_file *files, size_t *n, char *name, sg_strbuf *text)
{
	if (!name || sg_strbuf_failed(text)) {
		free(name);
		return -1;
	}
	files[*n].name = name;
	files[*n].text = sg_strbuf_detach(text, &files[*n].len);
	(*n)++;
	return 0;
}

/* Render every file with the names as currently planned. */
static int render_files(sg_inspect_file **out, size_t *nout, insp *in)
{
	const sg_schema *s = in->s;
	size_t cap = in->opts->split ? s->ntables + 1 : 1;
	sg_inspect_file *files = calloc(cap, sizeof(*files));
	size_t n = 0;
	if (!files)
		return -1;
	sg_strbuf sb = SG_STRBUF_INIT;
	render_header(&sb, in);
	render_globals(&sb, in);
	int rc = 0;
	if (!in->opts->split) {
		sg_strbuf_adds(&sb, s->ntables ? "tables:\n" : "tables: []\n");
		for (size_t ti = 0; ti < s->ntables && rc == 0; ti++)
			rc = render_table(&sb, in, ti);
		if (rc == 0)
			rc = add_file(files, &n, strdup("schema.yaml"), &sb);
	} else {
		rc = add_file(files, &n, strdup("_schema.yaml"), &sb);
		for (size_t ti = 0; ti < s->ntables && rc == 0; ti++) {
			char *stem = table_file_stem(s->tables[ti].name);
			sg_strbuf name = SG_STRBUF_INIT;
			if (!stem)
				rc = -1;
			for (int k = 1; rc == 0; k++) {
				sg_strbuf_reset(&name);
				sg_strbuf_addf(&name, k == 1 ? "%s.yaml" : "%s_%d.yaml", stem, k);
				if (sg_strbuf_failed(&name) || !stem_taken(files, n, name.data))
					break;
			}
			free(stem);
			sg_strbuf_reset(&sb);
			sg_strbuf_adds(&sb, "tables:\n");
			if (rc == 0)
				rc = render_table(&sb, in, ti);
			if (rc == 0)
				rc = add_file(files, &n, sg_strbuf_failed(&name) ? NULL : sg_strbuf_detach(&name, NULL),
					      &sb);
			sg_strbuf_release(&name);
		}
	}
	sg_strbuf_release(&sb);
	if (rc != 0) {
		files_release(files, n);
		return -1;
	}
	qsort(files, n, sizeof(*files), file_cmp);
	*out = files;
	*nout = n;
	return 0;
}

/* ---------------------------------------------------------------- the names, checked by loading */

static bool same_constraint(const sg_constraint *a, const sg_constraint *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->kind == SG_CON_CHECK)
		return sg_str_eq(a->expression, b->expression);
	return sg_names_eq(a->columns, a->ncolumns, b->columns, b->ncolumns) &&
	       (a->kind != SG_CON_FOREIGN_KEY || sg_str_eq(a->ref_table, b->ref_table));
}

static bool same_index(const sg_index *a, const sg_index *b)
{
	return sg_names_eq(a->elements, a->nelements, b->elements, b->nelements) &&
	       sg_names_eq(a->include, a->ninclude, b->include, b->ninclude) && sg_str_eq(a->where, b->where);
}

/*
 * Name explicitly every object the loader named differently from the
 * database.  Sets *changed when any name was added.
 */
static int check_names(insp *in, const sg_schema *loaded, bool *changed, sg_error *err)
{
	*changed = false;
	for (size_t ti = 0; ti < in->s->ntables; ti++) {
		const sg_table *t = &in->s->tables[ti];
		tplan *p = &in->tp[ti];
		const sg_table *lt = sg_schema_find_table(loaded, t->name);
		if (!lt)
			return sg_error_set(err, SG_ERR_SYSTEM, "table '%s' is missing from the models written",
					    t->name);
		for (size_t i = 0; i < t->nconstraints; i++) {
			if (p->con_named[i] || p->con_skip[i])
				continue;
			const sg_constraint *lk = sg_table_find_constraint(lt, t->constraints[i].name);
			if (!lk || !same_constraint(&t->constraints[i], lk))
				*changed = p->con_named[i] = true;
		}
		for (size_t i = 0; i < t->nindexes; i++) {
			if (p->idx_named[i] || t->indexes[i].constraint_backed)
				continue;
			const sg_index *lx = sg_table_find_index(lt, t->indexes[i].name);
			if (!lx || !same_index(&t->indexes[i], lx))
				*changed = p->idx_named[i] = true;
		}
	}
	return 0;
}

int sg_inspect_models(sg_inspect_result *out, const sg_schema *schema, const sg_inspect_options *opts, sg_error *err)
{
	static const sg_inspect_options defaults = {0};
	memset(out, 0, sizeof(*out));
	insp in = {.s = schema, .opts = opts ? opts : &defaults, .arena = sg_arena_new()};
	sg_inspect_file *files = NULL;
	size_t nfiles = 0;
	int rc = -1;
	if (!in.arena || plan(&in) != 0) {
		sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		goto done;
	}
	/* Each pass names at least one more object, or stops. */
	for (;;) {
		files_release(files, nfiles);
		files = NULL;
		nfiles = 0;
		if (render_files(&files, &nfiles, &in) != 0) {
			sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
			goto done;
		}
		sg_model_source *src = calloc(nfiles + 1, sizeof(*src));
		if (!src) {
			sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
			goto done;
		}
		for (size_t i = 0; i < nfiles; i++)
			src[i] = (sg_model_source){files[i].name, files[i].text, files[i].len};
		sg_schema *loaded = NULL;
		sg_model_diags diags = {0};
		out->passes++;
		int lrc = sg_model_load_sources(&loaded, src, nfiles, &diags, err);
		free(src);
		if (lrc != 0) {
			if (err->kind == SG_ERR_INPUT)
				sg_error_prefix(err,
						"the models written for schema '%s' do not load back (%zu error%s)",
						schema->name, diags.nerrors, diags.nerrors == 1 ? "" : "s");
			sg_model_diags_release(&diags);
			goto done;
		}
		sg_model_diags_release(&diags);
		bool changed = false;
		int crc = check_names(&in, loaded, &changed, err);
		sg_schema_free(loaded);
		if (crc != 0)
			goto done;
		if (!changed)
			break;
	}
	for (size_t ti = 0; ti < schema->ntables; ti++) {
		const sg_table *t = &schema->tables[ti];
		for (size_t i = 0; i < t->nconstraints; i++)
			if (!in.tp[ti].con_skip[i])
				*(in.tp[ti].con_named[i] ? &out->nnamed : &out->ndefault) += 1;
		for (size_t i = 0; i < t->nindexes; i++)
			if (!t->indexes[i].constraint_backed)
				*(in.tp[ti].idx_named[i] ? &out->nnamed : &out->ndefault) += 1;
	}
	out->files = files;
	out->nfiles = nfiles;
	out->notes = in.notes;
	out->nnotes = in.nnotes;
	files = NULL;
	nfiles = 0;
	in.notes = NULL;
	in.nnotes = 0;
	rc = 0;
done:
	files_release(files, nfiles);
	for (size_t i = 0; i < in.nnotes; i++)
		free(in.notes[i]);
	free(in.notes);
	sg_arena_free(in.arena);
	if (rc != 0)
		sg_inspect_result_release(out);
	return rc;
}

void sg_inspect_result_release(sg_inspect_result *r)
{
	if (!r)
		return;
	files_release(r->files, r->nfiles);
	for (size_t i = 0; i < r->nnotes; i++)
		free(r->notes[i]);
	free(r->notes);
	memset(r, 0, sizeof(*r));
}
