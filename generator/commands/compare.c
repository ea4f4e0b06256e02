/* One comparison of the models with a database (see compare.h). */
#include "compare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diff.h"
#include "fixpoint.h"
#include "normalize.h"
#include "verbatim.h"

/* The catalog reader's options: the schema, and the migration runner's tables left out (the ledger is not the models').
 */
typedef struct catalog_options {
	sg_catalog_options copts;
	char history[256], golang[256];
	const char *exclude[3];
} catalog_options;

static void catalog_options_init(catalog_options *c, const sg_compare_options *opts, sg_catalog_stats *stats)
{
	const char *table = opts->tracking_table ? opts->tracking_table : "schema_migrations";
	snprintf(c->history, sizeof(c->history), "%s_history", table);
	snprintf(c->golang, sizeof(c->golang), "%s_golang_migrate", table);
	c->exclude[0] = table;
	c->exclude[1] = c->history;
	c->exclude[2] = c->golang;
	c->copts = (sg_catalog_options){
	    .schema = opts->schema,
	    .exclude_tables = c->exclude,
	    .nexclude_tables = 3,
	    .stats = stats,
	};
}

static int load_live(sg_schema **out, PGconn *conn, const sg_compare_options *opts, sg_catalog_stats *stats,
		     const sg_catalog_hook *hook, sg_error *err)
{
	catalog_options c;
	catalog_options_init(&c, opts, stats);
	c.copts.hook = hook;
	return sg_catalog_load(out, conn, &c.copts, err);
}

int sg_compare_check_dependents(sg_plan *plan, PGconn *conn, sg_schema *live, const sg_schema *desired,
				const sg_catalog_options *copts, sg_error *err)
{
	char **names = NULL;
	size_t n = 0;
	if (sg_diff_dependent_names(plan, &names, &n) != 0)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	int rc = sg_catalog_load_dependents(live, conn, copts, (const char *const *)names, n, err);
	sg_diff_free_names(names, n);
	if (rc == 0 && live->ndependents > 0)
		sg_diff_check_dependents(plan, live, desired);
	return rc;
}

int sg_compare_read_live(sg_schema **out, sg_catalog_stats *stats, PGconn *conn, const sg_compare_options *opts,
			 const sg_catalog_hook *hook, sg_error *err)
{
	memset(stats, 0, sizeof(*stats));
	return load_live(out, conn, opts, stats, hook, err);
}

int sg_compare_load_live(sg_schema **out, bool *schema_exists, PGconn *conn, const sg_compare_options *opts,
			 sg_error *err)
{
	sg_catalog_stats stats = {0};
	int rc = load_live(out, conn, opts, &stats, NULL, err);
	if (schema_exists)
		*schema_exists = stats.schema_exists;
	return rc;
}

/* Whether a column of live table `t` is of an enum the models write differently (the diff may re-create it). */
static bool uses_changed_enum(const sg_schema *model, const sg_schema *live, const sg_table *t)
{
	for (size_t e = 0; e < live->nenums; e++) {
		const sg_enum *m = sg_schema_find_enum(model, live->enums[e].name);
		if (m && sg_verbatim_enum(m, &live->enums[e]))
			continue;
		/* By prefix, quoted or not: a few tables too many cost a little time, never a wrong down. */
		size_t len = strlen(live->enums[e].name);
		for (size_t c = 0; c < t->ncolumns; c++) {
			const char *type = t->columns[c].type;
			if (strncmp(type + (type[0] == '"'), live->enums[e].name, len) == 0)
				return true;
		}
	}
	return false;
}

/*
 * Whether desired table `w` keeps every expression of live table `l` as it
 * is: each column under its name with the same type, collation, identity,
 * default and generation expression, each CHECK with the same expression and
 * flags, each index (not a constraint's) with the same elements, predicate
 * and definition.  The diff then changes no expression of `l` and rebuilds
 * no column of it (a rebuild follows from a type or generation change), so
 * no down creates one of them again from the catalog's text: columns,
 * constraints and indexes the models add are dropped by their downs.
 */
static bool expressions_kept(const sg_table *l, const sg_table *w)
{
	if (!w || w->renamed_from)
		return false;
	for (size_t i = 0; i < l->ncolumns; i++) {
		const sg_column *c = &l->columns[i], *d = sg_table_find_column(w, c->name);
		if (!d || d->renamed_from || strcmp(c->type, d->type) != 0 || !sg_str_eq(c->collation, d->collation) ||
		    c->identity != d->identity || !sg_str_eq(c->default_expr, d->default_expr) ||
		    !sg_str_eq(c->generated, d->generated))
			return false;
	}
	for (size_t i = 0; i < l->nconstraints; i++) {
		const sg_constraint *c = &l->constraints[i];
		if (c->kind != SG_CON_CHECK)
			continue;
		const sg_constraint *d = sg_table_find_constraint(w, c->name);
		if (!d || d->kind != SG_CON_CHECK || !sg_str_eq(c->expression, d->expression) ||
		    c->not_valid != d->not_valid || c->no_inherit != d->no_inherit)
			return false;
	}
	for (size_t i = 0; i < l->nindexes; i++) {
		const sg_index *c = &l->indexes[i];
		if (c->constraint_backed)
			continue;
		const sg_index *d = sg_table_find_index(w, c->name);
		if (!d || d->constraint_backed || !sg_names_eq(c->elements, c->nelements, d->elements, d->nelements) ||
		    !sg_str_eq(c->where, d->where) || !sg_str_eq(c->definition, d->definition))
			return false;
	}
	return true;
}

/* Whether desired view `w` is live view `c` as the catalog prints both (comment and indexes aside). */
static bool view_as_live(const sg_view *c, const sg_view *w)
{
	if (!w || c->materialized != w->materialized || strcmp(c->query, w->query) != 0 || c->ncolumns != w->ncolumns ||
	    c->security_barrier != w->security_barrier || c->security_invoker != w->security_invoker ||
	    !sg_str_eq(c->check_option, w->check_option))
		return false;
	for (size_t i = 0; i < c->ncolumns; i++)
		if (strcmp(c->columns[i], w->columns[i]) != 0 ||
		    (c->types && w->types && strcmp(c->types[i], w->types[i]) != 0))
			return false;
	return true;
}

/* Whether live column type `type` is a type `name` of the schema, or an array of it (quoted or not). */
static bool type_names(const char *type, const char *name)
{
	size_t len = strlen(name), q = type[0] == '"';
	if (strncmp(type + q, name, len) != 0)
		return false;
	const char *rest = type + q + len + (q && type[q + len] == '"');
	return !*rest || strcmp(rest, "[]") == 0;
}

/*
 * The live enums and domains the models write differently (the diff may
 * re-create them), found once: a view reads many columns, and asking the
 * models about every enum and domain for each of them was most of the
 * client's time at 10,000 tables and 1,000 domains (docs/diff.md, Speed).
 */
typedef struct changed_types {
	const char **names;
	size_t n;
} changed_types;

static int changed_types_find(changed_types *out, const sg_schema *live, const sg_schema *model)
{
	out->n = 0;
	out->names = calloc(live->nenums + live->ndomains + 1, sizeof(*out->names));
	if (!out->names)
		return -1;
	for (size_t e = 0; e < live->nenums; e++) {
		const sg_enum *m = sg_schema_find_enum(model, live->enums[e].name);
		if (!(m && sg_verbatim_enum(m, &live->enums[e])))
			out->names[out->n++] = live->enums[e].name;
	}
	for (size_t k = 0; k < live->ndomains; k++) {
		const sg_domain *m = sg_schema_find_domain(model, live->domains[k].name);
		if (!(m && sg_verbatim_domain(m, &live->domains[k])))
			out->names[out->n++] = live->domains[k].name;
	}
	return 0;
}

/* Whether live column `c` of a table is as desired `d`: same type and collation, of no enum or domain that changes. */
static bool column_as_desired(const changed_types *changed, const sg_column *c, const sg_column *d)
{
	if (!d || strcmp(c->type, d->type) != 0 || !sg_str_eq(c->collation, d->collation))
		return false;
	for (size_t i = 0; i < changed->n; i++)
		if (type_names(c->type, changed->names[i]))
			return false;
	return true;
}

/*
 * Whether pg_depend entry `read` of live view `self` ("name" or "name.column")
 * names another view that pick[] holds.  A name may hold a dot itself: every
 * prefix that ends before one is looked up.
 */
static bool reads_picked_view(const sg_schema *live, const char *read, const sg_view *self, const bool *pick)
{
	char name[256];
	for (size_t len = 0; len < sizeof(name); len++) {
		if (read[len] != '\0' && read[len] != '.')
			continue;
		memcpy(name, read, len);
		name[len] = '\0';
		const sg_view *v = sg_schema_find_view(live, name);
		if (v && v != self && pick[v - live->views])
			return true;
		if (read[len] == '\0')
			break;
	}
	return false;
}

/*
 * The live views the diff may create again from the catalog's text, or
 * compare with a model that reads back otherwise (into pick[], per live
 * view): those the desired side lacks or has otherwise, those that read a
 * table the desired side lacks, a column it has otherwise (type, collation,
 * an enum or a domain that changes) or a function it lacks or has otherwise,
 * and those that read a picked view.  Returns how many, or -1 when out of
 * memory.
 */
static long pick_views(const sg_schema *live, const sg_schema *model, const sg_schema *desired, bool *pick)
{
	changed_types changed;
	if (changed_types_find(&changed, live, model) != 0)
		return -1;
	long n = 0;
	for (size_t i = 0; i < live->nviews; i++) {
		const sg_view *c = &live->views[i];
		pick[i] = !desired || !view_as_live(c, sg_schema_find_view(desired, c->name));
		for (size_t r = 0; r < c->nreads && !pick[i]; r++) {
			const char *read = c->reads[r];
			size_t len = strcspn(read, ".(");
			char name[256];
			if (len >= sizeof(name)) {
				pick[i] = true;
				continue;
			}
			memcpy(name, read, len);
			name[len] = '\0';
			if (read[len] == '(') {
				char types[1024];
				size_t tl = strlen(read + len + 1);
				if (tl == 0 || tl >= sizeof(types)) {
					pick[i] = true;
					continue;
				}
				memcpy(types, read + len + 1, tl - 1);
				types[tl - 1] = '\0';
				const sg_function *lf = sg_schema_find_function(live, name, types);
				const sg_function *df = sg_schema_find_function(desired, name, types);
				pick[i] = !lf || !df || strcmp(lf->definition, df->definition) != 0;
				continue;
			}
			const sg_table *lt = sg_schema_find_table(live, name);
			if (!lt)
				continue; /* a view: its own pick decides */
			const sg_table *dt = sg_schema_find_table(desired, name);
			if (!dt) {
				pick[i] = true;
				continue;
			}
			if (read[len] == '.') {
				const sg_column *lc = sg_table_find_column(lt, read + len + 1);
				pick[i] =
				    !lc || !column_as_desired(&changed, lc, sg_table_find_column(dt, read + len + 1));
			}
		}
		n += pick[i];
	}
	free(changed.names);
	/* A view that reads a picked view is picked, until none is added. */
	for (bool grew = n > 0; grew;) {
		grew = false;
		for (size_t i = 0; i < live->nviews; i++)
			for (size_t r = 0; r < live->views[i].nreads && !pick[i]; r++) {
				if (reads_picked_view(live, live->views[i].reads[r], &live->views[i], pick)) {
					pick[i] = grew = true;
					n++;
				}
			}
	}
	return n;
}

int sg_compare_fix_downs(sg_schema *live, const sg_schema *model, const sg_schema *desired, PGconn *conn,
			 sg_fixpoint_report *report, sg_error *err)
{
	memset(report, 0, sizeof(*report));
	bool *touched = calloc(live->ntables + 1, sizeof(bool));
	if (!touched)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	size_t ntouched = 0;
	for (size_t i = 0; i < live->ntables; i++) {
		const sg_table *m = sg_schema_find_table(model, live->tables[i].name);
		touched[i] =
		    !m ||
		    (!sg_verbatim_table(m, &live->tables[i]) &&
		     !expressions_kept(&live->tables[i], sg_schema_find_table(desired, live->tables[i].name))) ||
		    uses_changed_enum(model, live, &live->tables[i]);
		ntouched += touched[i];
	}
	int rc = ntouched ? sg_fixpoint_schema(live, touched, conn, report, err) : 0;
	free(touched);
	/* Views: their downs, and the comparison with a model that holds a catalog's text that is not a fixpoint. */
	bool *pick = rc == 0 ? calloc(live->nviews + 1, sizeof(bool)) : NULL;
	if (rc == 0 && !pick)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	long npicked = rc == 0 ? pick_views(live, model, desired, pick) : 0;
	if (npicked < 0)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	else if (npicked > 0)
		rc = sg_fixpoint_views(live, pick, conn, report, err);
	free(pick);
	/* Domains the diff may create again from the catalog's text in a down: any the models write differently. */
	bool *dom = rc == 0 ? calloc(live->ndomains + 1, sizeof(bool)) : NULL;
	if (rc == 0 && !dom)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	size_t ndom = 0;
	for (size_t i = 0; dom && i < live->ndomains; i++) {
		const sg_domain *m = sg_schema_find_domain(model, live->domains[i].name);
		dom[i] = !m || !sg_verbatim_domain(m, &live->domains[i]);
		ndom += dom[i];
	}
	if (rc == 0 && ndom)
		rc = sg_fixpoint_domains(live, dom, conn, report, err);
	free(dom);
	if (rc != 0)
		sg_fixpoint_report_release(report);
	return rc;
}

int sg_compare_run(sg_compare *out, PGconn *conn, const sg_schema *model, const sg_compare_options *opts, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	sg_normalize_options nopts = {0};
	sg_catalog_stats stats = opts->live_stats;
	if (opts->live)
		out->live = opts->live;
	else if (load_live(&out->live, conn, opts, &stats, NULL, err) != 0)
		return -1;
	if (sg_normalize(&out->desired, conn, model, out->live, &nopts, err) != 0)
		return -1;
	sg_fixpoint_report fix = {0};
	if (sg_compare_fix_downs(out->live, model, out->desired, conn, &fix, err) != 0)
		return -1;
	out->unresolved = fix.unresolved;
	out->nunresolved = fix.nunresolved;
	out->normalized = nopts.normalized;
	out->batches = nopts.batches;

	out->plan = sg_plan_new();
	sg_diff_options dopts = {
	    .qual = strcmp(opts->schema, "public") == 0 ? NULL : opts->schema,
	    .online = opts->online,
	    .create_schema = stats.schema_exists ? NULL : opts->schema,
	};
	if (!out->plan || sg_diff(out->plan, out->live, out->desired, &dopts) != 0)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	catalog_options c;
	catalog_options_init(&c, opts, &stats);
	if (!out->plan->refused &&
	    sg_compare_check_dependents(out->plan, conn, out->live, out->desired, &c.copts, err) != 0)
		return -1;
	out->catalog_queries = stats.queries;
	out->catalog_round_trips = stats.round_trips;
	out->ledger_queries = stats.hook_queries;
	if (out->plan->failed || sg_order_plan(&out->steps, out->plan) != 0)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (out->plan->refused)
		return sg_error_set(err, SG_ERR_INPUT, "%s", out->plan->refused);
	return 0;
}

void sg_compare_release(sg_compare *c)
{
	sg_steps_release(&c->steps);
	sg_plan_free(c->plan);
	sg_schema_free(c->desired);
	sg_schema_free(c->live);
	for (size_t i = 0; i < c->nunresolved; i++)
		free(c->unresolved[i]);
	free(c->unresolved);
	memset(c, 0, sizeof(*c));
}
