/*
 * The views of a normalization (normalize.h): the order the scratch schema
 * creates the models' views in (each after the views its query names), the
 * views that need no scratch copy, and the desired views: the scratch copies
 * the first batch read back, matched to the model's by name (their indexes
 * and triggers too, for their positions), and the live views of the others.
 *
 * A view needs no copy when the model writes it as the catalog prints the
 * live one (verbatim.h: the same parse tree, its triggers the same text) and
 * everything it reads stays as it is: its column names and types, and its
 * text, then come out of the server as the live view's do.  What it reads is
 * the live view's pg_depend list (tables and their columns, views and
 * functions of the schema): each table must be left live by the
 * normalization, or the view read only columns of it that stay as they are
 * (column_kept: a table that only gains a column keeps its views live), each
 * view must need no copy either, and a function sends it through the server
 * (its result may change).  A type is not in that list: a view whose text names
 * an enum or domain that the scratch schema creates goes through the server
 * too (by name, so a coincidence costs time, never exactness).
 *
 * Every desired view is created from the model's query (and column names),
 * the text its scratch copy was created from: pg_get_viewdef's text is not
 * always a fixpoint (docs/catalog.md).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "verbatim.h"

static void visit(const sg_schema *model, size_t i, unsigned char *state, size_t *order, size_t *n)
{
	if (state[i])
		return; /* done, or on the path: a cycle the server will refuse */
	state[i] = 1;
	const sg_view *v = &model->views[i];
	for (size_t r = 0; r < v->nreads; r++) {
		const sg_view *dep = sg_schema_find_view(model, v->reads[r]);
		if (dep && dep != v)
			visit(model, (size_t)(dep - model->views), state, order, n);
	}
	state[i] = 2;
	order[(*n)++] = i;
}

int sg_normalize__view_order(const sg_schema *model, size_t *order)
{
	unsigned char *state = calloc(model->nviews + 1, 1);
	if (!state)
		return -1;
	size_t n = 0;
	for (size_t i = 0; i < model->nviews; i++)
		visit(model, i, state, order, &n);
	free(state);
	return 0;
}

/* Whether `text` contains `name` in any case (a type named in a query, quoted or not). */
static bool mentions(const char *text, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = text; n && *p; p++) {
		size_t k = 0;
		while (k < n && p[k] && tolower((unsigned char)p[k]) == tolower((unsigned char)name[k]))
			k++;
		if (k == n)
			return true;
	}
	return false;
}

/* Whether live column type `type` (format_type()'s text) may name a type of the models: quoted, qualified or one of
 * theirs. */
static bool type_of_the_models(const sg_schema *model, const char *type)
{
	if (strchr(type, '"') || strchr(type, '.'))
		return true;
	char base[SG_NAMEDATALEN];
	size_t len = strcspn(type, "([");
	if (len >= sizeof(base))
		return true;
	memcpy(base, type, len);
	base[len] = '\0';
	return sg_schema_find_enum(model, base) || sg_schema_find_domain(model, base) ||
	       sg_schema_find_table(model, base) || sg_schema_find_view(model, base);
}

/*
 * Whether column `name` of a table the normalization sends through the
 * server, or one with a column of a domain the scratch schema creates (model
 * table `m`), reads the same for a view as its live one: the
 * table keeps its name, the column its name (none takes it by a rename), its
 * type as the catalog prints it (none of the models' own types, whose
 * definitions may change) and its collation.  A view stores its columns by
 * number and the catalog qualifies every column of a query that reads more
 * than one relation, so what else changes in the table (a column added, an
 * index, a check) changes neither the view's text nor its column types.
 */
static bool column_kept(const sg_schema *model, const sg_schema *live, const sg_table *m, const char *name)
{
	const sg_table *l = sg_schema_find_table(live, m->name);
	if (!l || m->renamed_from)
		return false;
	const sg_column *mc = sg_table_find_column(m, name), *lc = sg_table_find_column(l, name);
	if (!mc || !lc || mc->renamed_from || mc->from_serial || strcmp(mc->type, lc->type) != 0 ||
	    !sg_str_eq(mc->collation, lc->collation) || type_of_the_models(model, lc->type))
		return false;
	for (size_t i = 0; i < m->ncolumns; i++)
		if (m->columns[i].renamed_from && strcmp(m->columns[i].renamed_from, name) == 0)
			return false;
	return true;
}

/*
 * Whether view `v`'s live counterpart `l` reads only what stays as it is
 * (see the file's comment): a table left live, or a column that stays
 * (column_kept; not the whole row) of a table normalized or holding a column
 * of a scratch domain, a view that needs no copy, no function.
 */
static bool reads_kept(const sg_schema *model, const sg_schema *live, const sg_view *l, const bool *dirty,
		       const bool *shadowed, const bool *fast)
{
	for (size_t r = 0; r < l->nreads; r++) {
		const char *what = l->reads[r];
		if (strchr(what, '('))
			return false;
		size_t len = strcspn(what, ".");
		char name[SG_NAMEDATALEN];
		if (len >= sizeof(name))
			return false;
		memcpy(name, what, len);
		name[len] = '\0';
		const sg_table *t = sg_schema_find_table(model, name);
		const sg_view *v = t ? NULL : sg_schema_find_view(model, name);
		if (t && (dirty[t - model->tables] || shadowed[t - model->tables]) &&
		    !(what[len] == '.' && column_kept(model, live, t, what + len + 1)))
			return false;
		if (!t && (!v || !fast[v - model->views]))
			return false;
	}
	return true;
}

size_t sg_normalize__fast_views(const sg_schema *model, const sg_schema *live, const bool *dirty, const bool *shadowed,
				const bool *scratch_enum, const bool *scratch_domain, bool *fast)
{
	size_t *order = calloc(model->nviews + 1, sizeof(*order));
	if (!order || sg_normalize__view_order(model, order) != 0) {
		free(order);
		return 0; /* out of memory: every view through the server */
	}
	size_t n = 0;
	for (size_t k = 0; k < model->nviews; k++) {
		size_t i = order[k];
		const sg_view *m = &model->views[i];
		const sg_view *l = sg_schema_find_view(live, m->name);
		if (!l || !sg_verbatim_view(m, l) || !reads_kept(model, live, l, dirty, shadowed, fast))
			continue;
		bool named = false;
		for (size_t e = 0; e < model->nenums && !named; e++)
			named = scratch_enum[e] && mentions(m->query, model->enums[e].name);
		for (size_t d = 0; d < model->ndomains && !named; d++)
			named = scratch_domain[d] && mentions(m->query, model->domains[d].name);
		fast[i] = !named;
		n += fast[i];
	}
	free(order);
	return n;
}

int sg_normalize__views(sg_schema *norm, const sg_schema *model, const sg_schema *live, const bool *fast, sg_error *err)
{
	size_t nfast = 0;
	for (size_t i = 0; i < model->nviews; i++)
		nfast += fast[i];
	if (norm->nviews + nfast != model->nviews)
		return sg_error_set(err, SG_ERR_DB, "the models' views did not read back from the scratch schema");
	sg_view *views = sg_arena_array(norm->arena, model->nviews, sizeof(*views));
	if (model->nviews && !views)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; i < model->nviews; i++) {
		const sg_view *m = &model->views[i];
		const sg_view *src = sg_schema_find_view(fast[i] ? live : norm, m->name);
		if (!src)
			return sg_error_set(err, SG_ERR_DB, "view '%s' did not read back from the scratch schema",
					    m->name);
		views[i] = *src;
	}
	norm->views = views;
	norm->nviews = model->nviews;
	for (size_t i = 0; i < norm->nviews; i++) {
		sg_view *o = &norm->views[i];
		const sg_view *m = &model->views[i];
		o->pos = m->pos;
		o->renamed_from = m->renamed_from;
		/* Created from the model's text, as the scratch copy was: the catalog's may not read back the same. */
		o->query_written = m->query;
		o->written_columns = m->ncolumns > 0;
		for (size_t k = 0; k < o->nindexes; k++)
			for (size_t j = 0; j < m->nindexes; j++)
				if (strcmp(m->indexes[j].name, o->indexes[k].name) == 0)
					o->indexes[k].pos = m->indexes[j].pos;
		for (size_t k = 0; k < o->ntriggers; k++) {
			const sg_trigger *mt = sg_find_trigger(m->triggers, m->ntriggers, o->triggers[k].name);
			if (mt) {
				o->triggers[k].pos = mt->pos;
				o->triggers[k].renamed_from = mt->renamed_from;
			}
		}
	}
	return 0;
}
