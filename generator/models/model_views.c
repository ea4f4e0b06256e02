/*
 * The `views:` of a model file (docs/models.md, "Views"): views and
 * materialized views, each with its query as written.  The query is parsed
 * with PostgreSQL's grammar (libpg_query): exactly one SELECT (or VALUES, or
 * a WITH query), a syntax error reported at its line and column inside the
 * YAML scalar.  The relations it names are kept (sg_view.reads) so that the
 * scratch schema creates views after the views they read.  The options,
 * the column names and a materialized view's indexes (which must be named:
 * they have no table to take a default name from in the models) are checked
 * here; what the query means is the server's to judge.
 */
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"
#include "model_json.h"

/*
 * Collect the relname of every RangeVar under `n`, once each, into reads.  A
 * qualified one counts too, but for pg_catalog's and information_schema's:
 * it may name the models' own schema (`public.v`), which the scratch schema
 * reads bare (normalize_qualified.c); one of another schema only orders the
 * views more than needed.
 */
static void collect_reads(sg_model_conv *cv, const sg_json *n, sg_view *v, size_t *cap)
{
	if (!n || (n->type != SG_JSON_OBJECT && n->type != SG_JSON_ARRAY))
		return;
	if (n->type == SG_JSON_OBJECT) {
		const sg_json *rv = sg_json_get(n, "RangeVar");
		const char *schema = rv ? sg_json_get_str(rv, "schemaname") : NULL;
		const char *rel =
		    rv && (!schema || (strcmp(schema, "pg_catalog") != 0 && strcmp(schema, "information_schema") != 0))
			? sg_json_get_str(rv, "relname")
			: NULL;
		bool seen = !rel;
		for (size_t i = 0; !seen && i < v->nreads; i++)
			seen = strcmp(v->reads[i], rel) == 0;
		if (!seen) {
			if (v->nreads == *cap) {
				size_t grown = *cap ? *cap * 2 : 8;
				const char **r = sg_arena_array(cv->arena, grown, sizeof(*r));
				if (!r) {
					cv->ld->oom = true;
					return;
				}
				if (v->nreads)
					memcpy(r, v->reads, v->nreads * sizeof(*r));
				v->reads = r;
				*cap = grown;
			}
			v->reads[v->nreads++] = sg_model__dup_str(cv, rel);
		}
	}
	for (size_t i = 0; i < n->n; i++)
		collect_reads(cv, n->items[i], v, cap);
}

static void check_query(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *entry, sg_view *v)
{
	const sg_model_node *node = sg_model__map_get(entry, "query");
	PgQueryParseResult res = pg_query_parse(v->query);
	if (res.error) {
		sg_pos pos = res.error->cursorpos > 0 ? sg_model__text_pos(f, sg_model__map_key(entry, "query"), node,
									   v->query, res.error->cursorpos)
						      : sg_model__node_pos(f, node);
		sg_model__error_at(cv->ld, pos, "view '%s': %s", v->name, res.error->message);
		pg_query_free_parse_result(res);
		return;
	}
	sg_arena *scratch = sg_arena_new();
	const sg_json *root = scratch ? sg_json_parse(scratch, res.parse_tree) : NULL;
	const sg_json *stmts = sg_json_get(root, "stmts");
	const sg_json *sel = NULL;
	if (!root)
		cv->ld->oom = true;
	else if (!stmts || stmts->type != SG_JSON_ARRAY || stmts->n != 1 ||
		 !(sel = sg_json_get(sg_json_get(stmts->items[0], "stmt"), "SelectStmt")))
		sg_model__error_at(cv->ld, sg_model__node_pos(f, node), "view '%s': the query must be one SELECT",
				   v->name);
	else {
		size_t cap = 0;
		collect_reads(cv, sel, v, &cap);
	}
	sg_arena_free(scratch);
	pg_query_free_parse_result(res);
}

static void convert_indexes(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *entry, const y_view *y,
			    sg_view *v)
{
	const sg_model_node *list = sg_model__map_get(entry, "indexes");
	if (y->indexes_count && !v->materialized) {
		sg_model__error_at(cv->ld, sg_model__key_pos(f, entry, "indexes"),
				   "view '%s' has indexes: only a materialized view can", v->name);
		return;
	}
	v->indexes = sg_arena_array(cv->arena, y->indexes_count, sizeof(*v->indexes));
	if (!v->indexes) {
		cv->ld->oom = true;
		return;
	}
	for (size_t i = 0; i < y->indexes_count; i++) {
		const y_index *yi = &y->indexes[i];
		const sg_model_node *in = sg_model__seq_at(list, i);
		sg_index *x = &v->indexes[v->nindexes++];
		x->pos = sg_model__key_pos(f, in, "name");
		x->name = sg_model__dup_str(cv, yi->name);
		if (!yi->name)
			sg_model__error_at(cv->ld, x->pos, "index #%zu of materialized view '%s' needs a name", i + 1,
					   v->name);
		else
			sg_model__check_name(cv, x->pos, yi->name, "an index of a materialized view");
		x->elements = sg_model__dup_list(cv, yi->columns, yi->columns_count);
		x->nelements = yi->columns_count;
		const sg_model_node *cols = sg_model__map_get(in, "columns");
		for (size_t e = 0; e < yi->columns_count; e++) {
			sg_sql_index_elem el;
			const char *msg = NULL;
			if (sg_model_sql_index_elem(cv->arena, yi->columns[e], &el, &msg) != 0)
				sg_model__error_at(cv->ld, sg_model__node_pos(f, sg_model__seq_at(cols, e)),
						   "'%s' of index '%s' is not an index element: %s", yi->columns[e],
						   yi->name ? yi->name : "?", msg);
		}
		x->include = sg_model__dup_list(cv, yi->include, yi->include_count);
		x->ninclude = yi->include_count;
		x->unique = yi->unique;
		x->nulls_not_distinct = yi->nulls_not_distinct;
		x->where = sg_model__dup_str(cv, yi->where);
		x->method = sg_model__dup_str(cv, yi->method);
		x->comment = sg_model__dup_str(cv, yi->comment);
		if (yi->comment && !yi->comment[0])
			sg_model__error_at(cv->ld, sg_model__key_pos(f, in, "comment"),
					   "'comment' of index '%s' of materialized view '%s' is empty",
					   yi->name ? yi->name : "?", v->name);
	}
}

void sg_model__convert_views(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d)
{
	sg_schema *s = cv->schema;
	const sg_model_node *list = sg_model__map_get(root, "views");
	for (size_t i = 0; i < d->views_count && !cv->ld->oom; i++) {
		sg_view *all = sg_model__grow(s->views, &cv->capviews, s->nviews, sizeof(*all));
		if (!all) {
			cv->ld->oom = true;
			return;
		}
		s->views = all;
		const sg_model_node *entry = sg_model__seq_at(list, i);
		const y_view *y = &d->views[i];
		sg_view *v = &all[s->nviews++];
		memset(v, 0, sizeof(*v));
		v->name = sg_model__dup_str(cv, y->name);
		v->materialized = y->materialized;
		v->comment = sg_model__dup_str(cv, y->comment);
		v->renamed_from = sg_model__dup_str(cv, y->renamed_from);
		v->pos = sg_model__key_pos(f, entry, "name");
		sg_model__check_name(cv, v->pos, y->name, "a view");
		if (y->comment && !y->comment[0])
			sg_model__error_at(cv->ld, sg_model__key_pos(f, entry, "comment"),
					   "'comment' of %s '%s' is empty",
					   v->materialized ? "materialized view" : "view", y->name);
		/* The query as written, without a final `;` (the statement goes on after it). */
		size_t len = strlen(y->query);
		while (len && (y->query[len - 1] == ';' || y->query[len - 1] == ' ' || y->query[len - 1] == '\n' ||
			       y->query[len - 1] == '\t'))
			len--;
		v->query = sg_arena_strndup(cv->arena, y->query, len);
		if (!v->query)
			cv->ld->oom = true;
		v->columns = y->columns_count ? sg_model__dup_list(cv, y->columns, y->columns_count) : NULL;
		v->ncolumns = y->columns_count;
		if (y->options) {
			v->security_barrier = y->options->security_barrier;
			v->security_invoker = y->options->security_invoker;
			if (y->options->check_option == 1)
				v->check_option = "local";
			else if (y->options->check_option == 2)
				v->check_option = "cascaded";
			if (v->materialized && (v->security_barrier || v->security_invoker || v->check_option))
				sg_model__error_at(cv->ld, sg_model__key_pos(f, entry, "options"),
						   "materialized view '%s' takes no options", v->name);
		}
		if (v->query && v->name) {
			v->query_at = sg_model__text_origin(f, sg_model__map_key(entry, "query"),
							    sg_model__map_get(entry, "query"), v->query);
			check_query(cv, f, entry, v);
		}
		convert_indexes(cv, f, entry, y, v);
		if (v->name)
			sg_model__convert_view_triggers(cv, f, entry, y, v);
	}
}
