/*
 * The scratch script of one normalization batch (normalize_script.h): the
 * extensions, enums, sequences and domains the model needs, the functions,
 * tables, indexes, foreign keys and triggers, the views (normalize_order.c
 * orders functions and views), the fills tried as the diff writes them, and
 * the check of the functions' bodies.  normalize.c runs it.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ddl.h"
#include "ddl_sequence.h"
#include "function_order.h"
#include "model_nextval.h"
#include "normalize.h"
#include "normalize_script.h"
#include "quote.h"

void sg_normalize__script_begin(sg_normalize_script *s)
{
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 64;
		sg_normalize_stmt *p = realloc(s->stmts, cap * sizeof(*p));
		if (!p) {
			s->failed = true;
			return;
		}
		s->stmts = p;
		s->cap = cap;
	}
	s->stmts[s->n].start = s->sql.len;
}

void sg_normalize__script_end(sg_normalize_script *s, const char *what, const char *name, sg_pos pos)
{
	if (s->failed || s->n == s->cap)
		return;
	sg_strbuf_addch(&s->sql, '\n');
	sg_normalize_stmt *st = &s->stmts[s->n++];
	st->end = s->sql.len;
	st->what = what;
	st->name = name;
	st->pos = pos;
	st->table = NULL;
	st->view = NULL;
	st->function = NULL;
	st->bodies = false;
}

void sg_normalize__script_release(sg_normalize_script *s)
{
	sg_strbuf_release(&s->sql);
	free(s->stmts);
}

static bool has_extension(const sg_schema *s, const char *name)
{
	for (size_t i = 0; i < s->nextensions; i++)
		if (strcmp(s->extensions[i].name, name) == 0)
			return true;
	return false;
}

typedef struct seq_reads {
	const sg_schema *model;
	bool *read; /* per model sequence */
} seq_reads;

static void note_read(void *ctx, const char *schema, const char *name)
{
	seq_reads *r = ctx;
	const sg_sequence *q =
	    schema && strcmp(schema, r->model->name) != 0 ? NULL : sg_schema_find_sequence(r->model, name);
	if (q)
		r->read[q - r->model->sequences] = true;
}

/* Whether `text` holds `name`, ignoring case. */
static bool mentions(const char *text, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = text; p && *p; p++)
		if (strncasecmp(p, name, n) == 0)
			return true;
	return false;
}

/*
 * The fills of the member tables the database has (a new table has no rows to
 * fill), each tried as the UPDATE the diff writes, explained and not run (no
 * trigger fires): the server resolves the columns and functions it names and
 * coerces it to the column's type, or says which is wrong, as for a default.
 * A fill that calls a function created after the tables is tried in the
 * first batch only, which creates those.
 */
static void add_fills(sg_normalize_script *s, const sg_schema *model, const sg_schema *live, const bool *member,
		      const sg_normalize_scratch_types *types)
{
	for (size_t i = 0; i < model->ntables; i++) {
		const sg_table *t = &model->tables[i];
		if (!member[i] || (!sg_schema_find_table(live, t->name) &&
				   !(t->renamed_from && sg_schema_find_table(live, t->renamed_from))))
			continue;
		for (size_t k = 0; k < t->ncolumns; k++) {
			const sg_column *c = &t->columns[k];
			if (!c->fill || !c->fill_pos ||
			    (!types->all && sg_normalize__calls_late(model, types->late_functions, c->fill)))
				continue;
			sg_normalize__script_begin(s);
			sg_strbuf_adds(&s->sql, "EXPLAIN (COSTS OFF) UPDATE ");
			sg_quote_ident(&s->sql, t->name);
			sg_strbuf_adds(&s->sql, " SET ");
			sg_quote_ident(&s->sql, c->name);
			sg_strbuf_addf(&s->sql, " = (%s) WHERE false;", c->fill);
			sg_normalize__script_end(s, "fill of column", c->name, *c->fill_pos);
		}
	}
}

/*
 * The scratch script of one batch: the extensions, enums and domains the
 * model needs, the functions (those of a table's row type after the tables,
 * in the `first` batch only), the `member` tables with their indexes,
 * comments and foreign keys and triggers, the views with their triggers (in
 * the first batch), and
 * the `bare` tables (of other batches, that members' foreign keys point to)
 * without them.
 */
void sg_normalize__build_script(sg_normalize_script *s, const sg_schema *model, const sg_schema *live,
				const bool *member, const bool *bare, const sg_normalize_scratch_types *types,
				bool *seq_read)
{
	bool first = types->all;
	for (size_t i = 0; i < model->nextensions; i++) {
		if (has_extension(live, model->extensions[i].name))
			continue;
		sg_normalize__script_begin(s);
		sg_strbuf_adds(&s->sql, "CREATE EXTENSION IF NOT EXISTS ");
		sg_quote_ident(&s->sql, model->extensions[i].name);
		sg_strbuf_adds(&s->sql, ";");
		sg_normalize__script_end(s, "extension", model->extensions[i].name, model->extensions[i].pos);
	}
	for (size_t i = 0; i < model->nenums; i++) {
		if (!types->enums[i])
			continue;
		sg_normalize__script_begin(s);
		sg_ddl_create_enum(&s->sql, NULL, &model->enums[i]);
		sg_normalize__script_end(s, "enum", model->enums[i].name, model->enums[i].pos);
	}
	/*
	 * Sequences are normalized by the models loader (their options are
	 * numbers, PostgreSQL's defaults filled in); only the new ones are created
	 * here, before the domains, functions and tables whose defaults and bodies
	 * read them.  A live one is found through the search_path, and prints the
	 * same.
	 */
	seq_reads reads = {.model = model, .read = seq_read};
	/*
	 * A sequence the live schema has is never created here (below): marked
	 * from the start, so nothing looks for its readers (1,000 sequences in
	 * the text of 1,000 views, case-blind: 0.4 s at 10,000 tables).
	 */
	for (size_t i = 0; i < model->nsequences; i++)
		seq_read[i] = sg_schema_find_sequence(live, model->sequences[i].name) != NULL;
	for (size_t i = 0; i < model->ntables; i++)
		for (size_t k = 0; (member[i] || bare[i]) && k < model->tables[i].ncolumns; k++)
			if (model->tables[i].columns[k].default_expr)
				sg_model_each_nextval(model->tables[i].columns[k].default_expr, note_read, &reads);
	for (size_t i = 0; i < model->ndomains; i++)
		if (model->domains[i].default_expr)
			sg_model_each_nextval(model->domains[i].default_expr, note_read, &reads);
	/*
	 * A BEGIN ATOMIC body and an argument's default are resolved when the
	 * function is created, through nextval, currval, setval or a regclass
	 * literal: each new sequence a definition mentions is created (one too
	 * many is harmless).
	 */
	for (size_t i = 0; i < model->nsequences; i++)
		for (size_t f = 0; !seq_read[i] && f < model->nfunctions; f++)
			seq_read[i] = mentions(model->functions[f].definition, model->sequences[i].name);
	/*
	 * A view reads a sequence as a relation, through a regclass literal or
	 * nextval/currval: the first batch creates each new sequence a query
	 * mentions (one too many is harmless).
	 */
	for (size_t i = 0; first && i < model->nsequences; i++)
		for (size_t v = 0; !seq_read[i] && v < model->nviews; v++)
			seq_read[i] = mentions(model->views[v].query, model->sequences[i].name);
	for (size_t i = 0; i < model->nsequences; i++) {
		if (!seq_read[i] || sg_schema_find_sequence(live, model->sequences[i].name))
			continue;
		sg_normalize__script_begin(s);
		sg_ddl_create_sequence(&s->sql, NULL, &model->sequences[i]);
		sg_normalize__script_end(s, "sequence", model->sequences[i].name, model->sequences[i].pos);
	}
	if (!types->all) {
		bool *tables = calloc(model->ntables + 1, sizeof(bool));
		if (!tables) {
			s->failed = true;
			return;
		}
		for (size_t i = 0; i < model->ntables; i++)
			tables[i] = member[i] || bare[i];
		sg_normalize__batch_domains(model, types->domain_order, tables, types->need);
		free(tables);
	}
	for (size_t k = 0; k < model->ndomains; k++) {
		const sg_domain *d = &model->domains[types->domain_order[k]];
		if (!types->domains[types->domain_order[k]] || (!types->all && !types->need[types->domain_order[k]]))
			continue;
		sg_normalize__script_begin(s);
		sg_ddl_create_domain(&s->sql, NULL, d);
		sg_normalize__script_end(s, "domain", d->name, d->pos);
	}
	/* In every batch: any batch's defaults and checks may call them.  Callees first (function_order.h). */
	size_t *fn_order = sg_function_order(model);
	if (!fn_order && model->nfunctions) {
		s->failed = true;
		return;
	}
	sg_normalize__add_functions(s, model, fn_order, types->late_functions, SG_NORMALIZE_BEFORE_TABLES);
	for (size_t i = 0; i < model->ntables; i++) {
		if (!member[i] && !bare[i])
			continue;
		const sg_table *t = &model->tables[i];
		sg_table without;
		bool deferred =
		    first && member[i] && sg_normalize__defer_late_calls(s, model, types->late_functions, t, &without);
		sg_normalize__script_begin(s);
		sg_ddl_create_table(&s->sql, NULL, deferred ? &without : t);
		if (deferred) {
			free(without.columns);
			free(without.constraints);
		}
		if (member[i])
			sg_ddl_table_comments(&s->sql, NULL, t);
		sg_normalize__script_end(s, "table", t->name, t->pos);
		if (!s->failed && s->n)
			s->stmts[s->n - 1].table = t;
		for (size_t k = 0; member[i] && k < t->nindexes; k++) {
			if (first && sg_normalize__index_calls_late(model, types->late_functions, &t->indexes[k]))
				continue;
			sg_normalize__script_begin(s);
			sg_ddl_create_index(&s->sql, NULL, t->name, &t->indexes[k], false);
			sg_normalize__script_end(s, "index", t->indexes[k].name, t->indexes[k].pos);
		}
	}
	/*
	 * Functions of a table's row type, or whose bodies read a table, once the
	 * tables exist (only the first batch's copies are read).
	 */
	if (first)
		sg_normalize__add_functions(s, model, fn_order, types->late_functions, SG_NORMALIZE_AFTER_TABLES);
	for (size_t i = 0; i < model->ntables; i++) {
		if (!member[i])
			continue;
		const sg_table *t = &model->tables[i];
		for (size_t k = 0; k < t->nconstraints; k++) {
			if (t->constraints[k].kind != SG_CON_FOREIGN_KEY)
				continue;
			sg_normalize__script_begin(s);
			sg_ddl_add_constraint(&s->sql, NULL, t->name, &t->constraints[k], false);
			sg_normalize__script_end(s, "foreign key", t->constraints[k].name, t->constraints[k].pos);
		}
		for (size_t k = 0; k < t->ntriggers; k++) {
			/* A WHEN calling a function created after the tables or views: with the views. */
			if (first && sg_normalize__calls_late(model, types->late_functions, t->triggers[k].when))
				continue;
			sg_normalize__script_begin(s);
			sg_ddl_create_trigger(&s->sql, NULL, t->name, &t->triggers[k]);
			sg_normalize__script_end(s, "trigger", t->triggers[k].name, t->triggers[k].pos);
		}
	}
	/* Views last (first batch), with the functions whose bodies read them and the late callers. */
	if (first)
		sg_normalize__add_views(s, model, member, fn_order, types->late_functions, types->fast_views);
	free(fn_order);
	add_fills(s, model, live, member, types);
	/* Everything exists: the bodies checked once (normalize_bodies.c). */
	if (first && model->nfunctions) {
		sg_normalize__script_begin(s);
		sg_normalize__add_body_check(&s->sql);
		sg_normalize__script_end(s, "function", "bodies", model->functions[0].pos);
		if (!s->failed && s->n)
			s->stmts[s->n - 1].bodies = true;
	}
}
