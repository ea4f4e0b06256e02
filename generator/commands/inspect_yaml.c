/*
 * sg_inspect's YAML writer (see inspect.h): scalars quoted so that they read
 * back as the same string, fields and list entries laid out the way a person
 * writes models, the tables, the header comments (unmanaged objects, notes)
 * and the files, as inspect_choices.c decided them.
 */
#include "inspect_internal.h"
#include "inspect_sequences.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "naming.h"
#include "quote.h"
#include "strbuf.h"

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
/* ---------------------------------------------------------------- rendering */

#define MAXFIELDS 12
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
	case F_FALSE:
		sg_strbuf_adds(sb, "false");
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

/* See inspect_internal.h. */
void sg_inspect__block_field(sg_strbuf *sb, int ind, const field *f)
{
	indent(sb, ind);
	sg_strbuf_addf(sb, "%s: ", f->key);
	if (f->kind == F_STR)
		sg_inspect_yaml_scalar(sb, f->str, false);
	else
		flow_value(sb, f);
	sg_strbuf_addch(sb, '\n');
}

/* See inspect_internal.h. */
void sg_inspect__list_entry(sg_strbuf *sb, int ind, const field *f, size_t n, bool force_block)
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
			sg_inspect__block_field(sb, ind + 2, &f[i]);
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
	if (k->non_delete_columns)
		f[n++] = (field){.key = "on_delete_columns",
				 .kind = F_LIST,
				 .list = k->on_delete_columns,
				 .n = k->non_delete_columns};
	if (k->on_update != SG_FK_NO_ACTION)
		f[n++] = (field){.key = "on_update", .kind = F_STR, .str = action_word(k->on_update)};
	if (k->match_full)
		f[n++] = (field){.key = "match", .kind = F_STR, .str = "full"};
	if (k->deferrable)
		f[n++] = (field){.key = "deferrable", .kind = F_TRUE};
	if (k->initially_deferred)
		f[n++] = (field){.key = "initially_deferred", .kind = F_TRUE};
	if (k->not_valid)
		f[n++] = (field){.key = "not_valid", .kind = F_TRUE};
	return n;
}

static void render_column(sg_strbuf *sb, const insp *in, size_t ti, size_t ci, const shorthands *sh)
{
	const sg_table *t = &in->s->tables[ti];
	const tplan *p = &in->tp[ti];
	const sg_column *c = &t->columns[ci];
	int serial = p->col_serial[ci];
	bool pk = sh->pk_column == ci;
	field f;
	sg_inspect__list_entry(sb, 6, &(field){.key = "name", .kind = F_STR, .str = c->name}, 1, true);
	const char *type = serial == 2 ? "smallserial" : serial == 4 ? "serial" : serial == 8 ? "bigserial" : c->type;
	sg_inspect__block_field(sb, 8, &(field){.key = "type", .kind = F_STR, .str = type});
	if (!c->nullable && !pk && !serial && c->identity == SG_IDENTITY_NONE)
		sg_strbuf_adds(sb, "        nullable: false\n");
	if (c->default_expr && !serial)
		sg_inspect__block_field(sb, 8,
					&(field){.key = "default",
						 .kind = F_STR,
						 .str = c->default_written
							    ? c->default_written
							    : sg_inspect__default_text(in->arena, c->default_expr)});
	if (c->identity != SG_IDENTITY_NONE)
		sg_inspect__render_identity(sb, c);
	if (c->generated)
		sg_inspect__block_field(sb, 8,
					&(field){.key = "generated",
						 .kind = F_STR,
						 .str = c->generated_written ? c->generated_written : c->generated});
	if (c->collation)
		sg_inspect__block_field(sb, 8, &(field){.key = "collation", .kind = F_STR, .str = c->collation});
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
		sg_inspect__block_field(sb, 8, &f);
	}
	if (c->has_statistics)
		sg_strbuf_addf(sb, "        statistics: %d\n", c->statistics);
	if (c->comment)
		sg_inspect__block_field(sb, 8, &(field){.key = "comment", .kind = F_STR, .str = c->comment});
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
		size_t c = k->ncolumns == 1 ? sg_inspect__column_index(t, k->columns[0]) : SIZE_MAX;
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
			f[n++] = (field){.key = "expression",
					 .kind = F_STR,
					 .str = k->expression_written ? k->expression_written : k->expression};
			if (k->no_inherit)
				f[n++] = (field){.key = "no_inherit", .kind = F_TRUE};
			if (k->not_valid)
				f[n++] = (field){.key = "not_valid", .kind = F_TRUE};
			if (k->comment)
				f[n++] = (field){.key = "comment", .kind = F_STR, .str = k->comment};
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
		sg_inspect__list_entry(sb, 6, f, n, false);
	}
}

static int render_table(sg_strbuf *sb, insp *in, size_t ti)
{
	const sg_table *t = &in->s->tables[ti];
	const tplan *p = &in->tp[ti];
	shorthands sh = {0};
	if (sg_inspect__shorthands(in, &sh, ti) != 0) {
		free(sh.unique);
		free(sh.fk);
		return -1;
	}
	sg_inspect__list_entry(sb, 2, &(field){.key = "name", .kind = F_STR, .str = t->name}, 1, true);
	if (t->comment)
		sg_inspect__block_field(sb, 4, &(field){.key = "comment", .kind = F_STR, .str = t->comment});
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
			sg_inspect__block_field(
			    sb, 4,
			    &(field){.key = "primary_key", .kind = F_LIST, .list = k->columns, .n = k->ncolumns});
		if (p->con_named[i])
			sg_inspect__block_field(sb, 4,
						&(field){.key = "primary_key_name", .kind = F_STR, .str = k->name});
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
		f[n++] = (field){.key = "columns",
				 .kind = F_LIST,
				 .list = x->elements_written ? x->elements_written : x->elements,
				 .n = x->nelements};
		if (x->unique)
			f[n++] = (field){.key = "unique", .kind = F_TRUE};
		if (x->nulls_not_distinct)
			f[n++] = (field){.key = "nulls_not_distinct", .kind = F_TRUE};
		if (x->method && strcmp(x->method, "btree") != 0)
			f[n++] = (field){.key = "method", .kind = F_STR, .str = x->method};
		if (x->ninclude)
			f[n++] = (field){.key = "include", .kind = F_LIST, .list = x->include, .n = x->ninclude};
		if (x->where)
			f[n++] = (field){
			    .key = "where", .kind = F_STR, .str = x->where_written ? x->where_written : x->where};
		if (x->comment)
			f[n++] = (field){.key = "comment", .kind = F_STR, .str = x->comment};
		sg_inspect__list_entry(sb, 6, f, n, false);
	}
	free(sh.unique);
	free(sh.fk);
	sg_inspect__render_triggers(sb, 4, t->triggers, t->ntriggers);
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
	sg_inspect__block_field(sb, 0, &(field){.key = "schema", .kind = F_STR, .str = s->name});
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
			sg_inspect__list_entry(sb, 2, &(field){.key = "name", .kind = F_STR, .str = e->name}, 1, true);
			sg_inspect__block_field(
			    sb, 4, &(field){.key = "values", .kind = F_LIST, .list = e->values, .n = e->nvalues});
			if (e->comment)
				sg_inspect__block_field(sb, 4,
							&(field){.key = "comment", .kind = F_STR, .str = e->comment});
		}
	}
	sg_inspect__render_domains(sb, s);
	sg_inspect__render_sequences(sb, in->sequences, in->nsequences);
	sg_inspect__render_functions(sb, s);
	sg_inspect__render_views(sb, s);
}

/* ---------------------------------------------------------------- files */

/* See inspect_internal.h. */
void sg_inspect__files_release(sg_inspect_file *files, size_t n)
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

/* See inspect_internal.h: every file with the names as currently decided. */
int sg_inspect__render_files(sg_inspect_file **out, size_t *nout, insp *in)
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
		sg_inspect__files_release(files, n);
		return -1;
	}
	qsort(files, n, sizeof(*files), file_cmp);
	*out = files;
	*nout = n;
	return 0;
}
