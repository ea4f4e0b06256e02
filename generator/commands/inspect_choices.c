/*
 * sg_inspect's decisions (see inspect.h): for each table, the names the
 * models loader would give differently (first guesses, before inspect.c loads
 * the models back), serial columns, the column shorthands, what the models
 * cannot hold (left out, or written as close as they allow) and the notes
 * saying so.  No text is written here: inspect_yaml.c renders the result.
 */
#include "inspect_internal.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ddl.h"
#include "model_sql.h"
#include "naming.h"
#include "quote.h"
#include "strbuf.h"

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

/* See inspect_internal.h. */
size_t sg_inspect__column_index(const sg_table *t, const char *name)
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
		const char *text = k->expression_written ? k->expression_written : k->expression;
		if (!text || sg_model_sql_expr(in->arena, text, &refs, &msg) != 0)
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
		const char *text = x->elements_written ? x->elements_written[e] : x->elements[e];
		prelim[e] = sg_model_sql_index_elem(in->arena, text, &el, &msg) == 0 ? el.prelim_name : "expr";
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

/*
 * Whether `expr` is nextval() of a sequence of the schema that the catalog
 * does not list as a sequence of its own: a serial column's, whatever its
 * name (it keeps its name when its table or column is renamed), which the
 * catalog leaves to its column (catalog_sequences.c).
 */
static bool own_sequence_default(const insp *in, const char *expr, sg_strbuf *out)
{
	static const char head[] = "nextval('", tail[] = "'::regclass)";
	size_t len = strlen(expr), nh = sizeof(head) - 1, nt = sizeof(tail) - 1;
	if (len <= nh + nt || strncmp(expr, head, nh) != 0 || strcmp(expr + len - nt, tail) != 0)
		return false;
	const char *p = expr + nh, *end = expr + len - nt;
	sg_strbuf name = SG_STRBUF_INIT;
	bool ok = true;
	if (*p == '"') { /* "Name" as quote_ident writes it; no quote of the literal inside */
		for (p++; ok && p < end && !(*p == '"' && p + 1 == end); p++) {
			if (*p == '\'' || (*p == '"' && *++p != '"'))
				ok = false;
			else
				sg_strbuf_addch(&name, *p);
		}
		ok = ok && p + 1 == end;
	} else {
		for (; ok && p < end; p++) {
			ok = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '$';
			sg_strbuf_addch(&name, *p);
		}
	}
	ok = ok && name.len && !sg_strbuf_failed(&name) && !sg_schema_find_sequence(in->s, name.data);
	if (ok && out)
		sg_strbuf_adds(out, name.data);
	sg_strbuf_release(&name);
	return ok;
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
	/* A sequence of its own (catalog_sequences.c) is not the column's: keep the nextval() default. */
	if (sg_schema_find_sequence(in->s, seq))
		return 0;
	sg_strbuf want = SG_STRBUF_INIT;
	sg_strbuf_adds(&want, "nextval('");
	sg_quote_ident(&want, seq);
	sg_strbuf_adds(&want, "'::regclass)");
	bool same = strcmp(want.data, c->default_expr) == 0;
	sg_strbuf_release(&want);
	return same ? bytes : 0;
}

static int by_sequence_name(const void *a, const void *b)
{
	return strcmp(((const sg_sequence *)a)->name, ((const sg_sequence *)b)->name);
}

/*
 * in->sequences: the schema's, and those of serial columns whose sequences
 * keep another name than `serial` would give (own_sequence_default): as
 * `serial` made them, owned by their columns.
 */
static int collect_sequences(insp *in)
{
	const sg_schema *s = in->s;
	size_t n = s->nsequences;
	for (size_t ti = 0; ti < s->ntables; ti++)
		for (size_t i = 0; i < s->tables[ti].ncolumns; i++)
			n += !in->tp[ti].col_serial[i] && s->tables[ti].columns[i].default_expr &&
			     own_sequence_default(in, s->tables[ti].columns[i].default_expr, NULL);
	in->sequences = sg_arena_array(in->arena, n + 1, sizeof(sg_sequence));
	if (!in->sequences)
		return -1;
	for (size_t i = 0; i < s->nsequences; i++)
		in->sequences[in->nsequences++] = s->sequences[i];
	for (size_t ti = 0; ti < s->ntables; ti++) {
		const sg_table *t = &s->tables[ti];
		for (size_t i = 0; i < t->ncolumns; i++) {
			const sg_column *c = &t->columns[i];
			sg_strbuf name = SG_STRBUF_INIT;
			if (in->tp[ti].col_serial[i] || !c->default_expr ||
			    !own_sequence_default(in, c->default_expr, &name)) {
				sg_strbuf_release(&name);
				continue;
			}
			char *plain = sg_arena_strdup(in->arena, name.data);
			sg_strbuf_release(&name);
			if (!plain)
				return -1;
			in->sequences[in->nsequences++] = sg_sequence_of_serial(plain, c->type, t->name, c->name);
		}
	}
	qsort(in->sequences, in->nsequences, sizeof(sg_sequence), by_sequence_name);
	return 0;
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
	if (k->kind == SG_CON_FOREIGN_KEY && strstr(def, " MATCH PARTIAL"))
		what = "has a MATCH PARTIAL clause";
	else if (k->kind == SG_CON_PRIMARY_KEY && k->deferrable)
		what = "is a deferrable primary key";
	if (what) {
		note(in, "table '%s': constraint '%s' %s: %s", t->name, k->name, what, def);
		return;
	}
	/* Anything else the models would write differently (INCLUDE or storage parameters of a key...). */
	sg_constraint model = *k;
	model.definition = NULL;
	model.expression_written = NULL; /* the text that rebuilds the expression reads back as the catalog's */
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

/* See inspect_internal.h: first guesses for names, serial columns, what is left out, notes. */
int sg_inspect__decide(insp *in)
{
	const sg_schema *s = in->s;
	in->tp = sg_arena_array(in->arena, s->ntables, sizeof(tplan));
	if (!in->tp && s->ntables)
		return -1;
	for (size_t i = 0; i < in->opts->nexpression_notes; i++)
		note(in, "%s", in->opts->expression_notes[i]);
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
		/* Never a silent loss: what the catalog read and the models cannot say (the rebuild has none of it). */
		if (t->unmanaged)
			note(in, "table '%s' has options the models cannot express: %s", t->name, t->unmanaged);
		for (size_t i = 0; i < t->ncolumns; i++)
			if (t->columns[i].unmanaged)
				note(in, "table '%s': column '%s' has options the models cannot express: %s", t->name,
				     t->columns[i].name, t->columns[i].unmanaged);
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
	return in->oom || collect_sequences(in) != 0 ? -1 : 0;
}

/* See inspect_internal.h: one-column keys become column shorthands unless named or unusual. */
int sg_inspect__shorthands(const insp *in, shorthands *sh, size_t ti)
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
		size_t c = sg_inspect__column_index(t, k->columns[0]);
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
