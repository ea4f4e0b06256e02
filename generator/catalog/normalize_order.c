/*
 * The order the scratch script creates the model's functions and views in
 * (normalize.c builds the rest of the script): a function whose body is
 * resolved when it is created (BEGIN ATOMIC, RETURN) is created after the
 * tables or views it reads, and what calls it (a default, a check, an index)
 * once it exists.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ddl.h"
#include "normalize.h"
#include "normalize_script.h"
#include "quote.h"

/*
 * Whether `text` calls a function named `name` (the name, as a word, then `(`; unquoted: any case; quoted,
 * `"Name"(`, too).
 */
static bool calls(const char *text, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = text; p && *p; p++) {
		if (strncasecmp(p, name, n) != 0 || (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
			continue;
		const char *after = p + n;
		if (p > text && p[-1] == '"' && *after == '"')
			after++;
		else if (isalnum((unsigned char)*after) || *after == '_')
			continue;
		while (*after == ' ')
			after++;
		if (*after == '(')
			return true;
	}
	return false;
}

/* Whether a model table's default, generated column or check calls `fn`: it is needed before the tables. */
static bool called_by_a_table(const sg_schema *model, const sg_function *fn)
{
	for (size_t i = 0; i < model->ntables; i++) {
		const sg_table *t = &model->tables[i];
		for (size_t k = 0; k < t->ncolumns; k++)
			if (calls(t->columns[k].default_expr, fn->name) || calls(t->columns[k].generated, fn->name))
				return true;
		for (size_t k = 0; k < t->nconstraints; k++)
			if (calls(t->constraints[k].expression, fn->name))
				return true;
	}
	return false;
}

/*
 * Whether the text of `fn` names a table (`view` false) or a view (`view`
 * true) of the models, or the relation `only` when not NULL (an identifier,
 * unquoted ones folded to lower case).
 */
static bool names_a_relation(const sg_schema *model, const sg_function *fn, bool view, const char *only)
{
	char word[64];
	for (const char *p = fn->definition; p && *p;) {
		unsigned char ch = (unsigned char)*p;
		if (!isalpha(ch) && ch != '_' && ch != '"') {
			p++;
			continue;
		}
		size_t n = 0;
		bool fits = true;
		if (ch == '"') {
			for (p++; *p && !(p[0] == '"' && p[1] != '"'); p++) {
				if (p[0] == '"')
					p++;
				if (n + 1 < sizeof(word))
					word[n++] = *p;
				else
					fits = false;
			}
			if (*p)
				p++;
		} else {
			for (; isalnum((unsigned char)*p) || *p == '_' || *p == '$'; p++) {
				if (n + 1 < sizeof(word))
					word[n++] = (char)tolower((unsigned char)*p);
				else
					fits = false;
			}
		}
		word[n] = '\0';
		if (fits && n &&
		    (only   ? strcmp(word, only) == 0
		     : view ? sg_schema_find_view(model, word) != NULL
			    : sg_schema_find_table(model, word) != NULL))
			return true;
	}
	return false;
}

bool sg_normalize__calls_late(const sg_schema *model, const unsigned char *late, const char *text)
{
	for (size_t i = 0; text && i < model->nfunctions; i++)
		if (late[i] != SG_NORMALIZE_BEFORE_TABLES && calls(text, model->functions[i].name))
			return true;
	return false;
}

unsigned char *sg_normalize__late_functions(const sg_schema *model)
{
	unsigned char *late = calloc(model->nfunctions + 1, 1);
	for (size_t i = 0; late && i < model->nfunctions; i++) {
		const sg_function *fn = &model->functions[i];
		if (fn->atomic_body && names_a_relation(model, fn, true, NULL))
			late[i] = SG_NORMALIZE_AFTER_VIEWS;
		else if (fn->row_type ||
			 (fn->atomic_body && names_a_relation(model, fn, false, NULL) && !called_by_a_table(model, fn)))
			late[i] = SG_NORMALIZE_AFTER_TABLES;
	}
	return late;
}

bool sg_normalize__index_calls_late(const sg_schema *model, const unsigned char *late, const sg_index *idx)
{
	bool calls = sg_normalize__calls_late(model, late, idx->where);
	for (size_t e = 0; e < idx->nelements && !calls; e++)
		calls = sg_normalize__calls_late(model, late, idx->elements[e]);
	return calls;
}

static bool check_calls_late(const sg_schema *model, const unsigned char *late, const sg_constraint *con)
{
	return con->kind == SG_CON_CHECK && sg_normalize__calls_late(model, late, con->expression);
}

bool sg_normalize__defer_late_calls(sg_normalize_script *s, const sg_schema *model, const unsigned char *late,
				    const sg_table *t, sg_table *out)
{
	bool any = false;
	for (size_t k = 0; k < t->ncolumns && !any; k++)
		any = sg_normalize__calls_late(model, late, t->columns[k].default_expr);
	for (size_t k = 0; k < t->nconstraints && !any; k++)
		any = check_calls_late(model, late, &t->constraints[k]);
	if (!any)
		return false;
	*out = *t;
	sg_column *cols = malloc((t->ncolumns + 1) * sizeof(*cols));
	sg_constraint *cons = malloc((t->nconstraints + 1) * sizeof(*cons));
	if (!cols || !cons) {
		free(cols);
		free(cons);
		s->failed = true;
		return false;
	}
	for (size_t k = 0; k < t->ncolumns; k++) {
		cols[k] = t->columns[k];
		if (sg_normalize__calls_late(model, late, cols[k].default_expr))
			cols[k].default_expr = NULL;
	}
	out->nconstraints = 0;
	for (size_t k = 0; k < t->nconstraints; k++)
		if (!check_calls_late(model, late, &t->constraints[k]))
			cons[out->nconstraints++] = t->constraints[k];
	out->columns = cols;
	out->constraints = cons;
	return true;
}

/*
 * The defaults, checks, indexes and triggers of member table `t` that
 * sg_normalize__defer_late_calls(), the index loop and the trigger loop left
 * out.
 */
static void add_late_calls(sg_normalize_script *s, const sg_schema *model, const unsigned char *late, const sg_table *t)
{
	for (size_t k = 0; k < t->ncolumns; k++) {
		const sg_column *c = &t->columns[k];
		if (!sg_normalize__calls_late(model, late, c->default_expr))
			continue;
		sg_normalize__script_begin(s);
		sg_strbuf_adds(&s->sql, "ALTER TABLE ");
		sg_quote_ident(&s->sql, t->name);
		sg_strbuf_adds(&s->sql, " ALTER COLUMN ");
		sg_quote_ident(&s->sql, c->name);
		sg_strbuf_addf(&s->sql, " SET DEFAULT %s;", c->default_expr);
		sg_normalize__script_end(s, "column", c->name, c->pos);
	}
	for (size_t k = 0; k < t->nconstraints; k++) {
		if (!check_calls_late(model, late, &t->constraints[k]))
			continue;
		sg_normalize__script_begin(s);
		sg_ddl_add_constraint(&s->sql, NULL, t->name, &t->constraints[k], false);
		sg_normalize__script_end(s, "check", t->constraints[k].name, t->constraints[k].pos);
	}
	for (size_t k = 0; k < t->nindexes; k++) {
		if (!sg_normalize__index_calls_late(model, late, &t->indexes[k]))
			continue;
		sg_normalize__script_begin(s);
		sg_ddl_create_index(&s->sql, NULL, t->name, &t->indexes[k], false);
		sg_normalize__script_end(s, "index", t->indexes[k].name, t->indexes[k].pos);
	}
	for (size_t k = 0; k < t->ntriggers; k++) {
		if (!sg_normalize__calls_late(model, late, t->triggers[k].when))
			continue;
		sg_normalize__script_begin(s);
		sg_ddl_create_trigger(&s->sql, NULL, t->name, &t->triggers[k]);
		sg_normalize__script_end(s, "trigger", t->triggers[k].name, t->triggers[k].pos);
	}
}

static void add_function(sg_normalize_script *s, const sg_function *fn)
{
	sg_normalize__script_begin(s);
	sg_strbuf_adds(&s->sql, fn->definition);
	sg_strbuf_adds(&s->sql, "\n;");
	sg_normalize__script_end(s, fn->procedure ? "procedure" : "function", fn->name, fn->pos);
	if (!s->failed && s->n)
		s->stmts[s->n - 1].function = fn;
}

void sg_normalize__add_functions(sg_normalize_script *s, const sg_schema *model, const size_t *order,
				 const unsigned char *late, unsigned char when)
{
	for (size_t o = 0; o < model->nfunctions; o++)
		if (late[order[o]] == when)
			add_function(s, &model->functions[order[o]]);
}

/* The walk of sg_normalize__add_views: views and the functions after the views, each once. */
typedef struct view_walk {
	sg_normalize_script *s;
	const sg_schema *model;
	const size_t *fn_order, *order; /* callees first; views each after those it reads */
	const unsigned char *late;
	const bool *fast; /* views taken live: not created */
	bool *view_done, *fn_done;
} view_walk;

static void walk_view(view_walk *w, size_t i);

/* Model function `i`, created after the views (a body that reads one), once the views its body names exist. */
static void walk_function(view_walk *w, size_t i)
{
	if (w->fn_done[i])
		return;
	w->fn_done[i] = true;
	const sg_function *fn = &w->model->functions[i];
	for (size_t o = 0; o < w->model->nviews; o++)
		if (names_a_relation(w->model, fn, true, w->model->views[w->order[o]].name))
			walk_view(w, w->order[o]);
	add_function(w->s, fn);
}

/* Model view `i`, after the views it reads and the functions after the views that it calls. */
static void walk_view(view_walk *w, size_t i)
{
	if (w->view_done[i])
		return;
	w->view_done[i] = true;
	const sg_view *v = &w->model->views[i];
	for (size_t r = 0; r < v->nreads; r++) {
		const sg_view *dep = sg_schema_find_view(w->model, v->reads[r]);
		if (dep && dep != v)
			walk_view(w, (size_t)(dep - w->model->views));
	}
	for (size_t o = 0; o < w->model->nfunctions; o++) {
		size_t f = w->fn_order[o];
		if (w->late[f] == SG_NORMALIZE_AFTER_VIEWS && calls(v->query, w->model->functions[f].name))
			walk_function(w, f);
	}
	if (w->fast[i])
		return;
	sg_normalize__script_begin(w->s);
	sg_ddl_create_view(&w->s->sql, NULL, v, false, true);
	sg_normalize__script_end(w->s, v->materialized ? "materialized view" : "view", v->name, v->pos);
	if (!w->s->failed && w->s->n)
		w->s->stmts[w->s->n - 1].view = v;
	for (size_t k = 0; k < v->ntriggers; k++) {
		sg_normalize__script_begin(w->s);
		sg_ddl_create_trigger(&w->s->sql, NULL, v->name, &v->triggers[k]);
		sg_normalize__script_end(w->s, "trigger", v->triggers[k].name, v->triggers[k].pos);
	}
}

void sg_normalize__add_views(sg_normalize_script *s, const sg_schema *model, const bool *member, const size_t *fn_order,
			     const unsigned char *late, const bool *fast_views)
{
	/*
	 * Each view after the views it reads (materialized ones left empty), and
	 * each function whose body reads a view after the views it names and
	 * before the views that call it; then the rest of those functions.
	 */
	size_t *order = calloc(model->nviews + 1, sizeof(*order));
	view_walk w = {.s = s,
		       .model = model,
		       .fn_order = fn_order,
		       .order = order,
		       .late = late,
		       .fast = fast_views,
		       .view_done = calloc(model->nviews + 1, sizeof(bool)),
		       .fn_done = calloc(model->nfunctions + 1, sizeof(bool))};
	if (!order || !w.view_done || !w.fn_done || sg_normalize__view_order(model, order) != 0)
		s->failed = true;
	for (size_t i = 0; !s->failed && i < model->nviews; i++)
		walk_view(&w, order[i]);
	for (size_t o = 0; !s->failed && o < model->nfunctions; o++)
		if (late[fn_order[o]] == SG_NORMALIZE_AFTER_VIEWS)
			walk_function(&w, fn_order[o]);
	free(order);
	free(w.view_done);
	free(w.fn_done);
	/* What calls a function created after the tables, once they all exist. */
	for (size_t i = 0; !s->failed && i < model->ntables; i++)
		if (member[i])
			add_late_calls(s, model, late, &model->tables[i]);
}
