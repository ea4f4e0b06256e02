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

static int load_live(sg_schema **out, PGconn *conn, const sg_compare_options *opts, sg_catalog_stats *stats,
		     sg_error *err)
{
	const char *table = opts->tracking_table ? opts->tracking_table : "schema_migrations";
	char history[256], golang[256];
	snprintf(history, sizeof(history), "%s_history", table);
	snprintf(golang, sizeof(golang), "%s_golang_migrate", table);
	const char *exclude[] = {table, history, golang};
	sg_catalog_options copts = {
	    .schema = opts->schema,
	    .exclude_tables = exclude,
	    .nexclude_tables = 3,
	    .stats = stats,
	};
	return sg_catalog_load(out, conn, &copts, err);
}

int sg_compare_load_live(sg_schema **out, bool *schema_exists, PGconn *conn, const sg_compare_options *opts,
			 sg_error *err)
{
	sg_catalog_stats stats = {0};
	int rc = load_live(out, conn, opts, &stats, err);
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
	sg_catalog_stats stats = {0};
	if (load_live(&out->live, conn, opts, &stats, err) != 0 ||
	    sg_normalize(&out->desired, conn, model, out->live, &nopts, err) != 0)
		return -1;
	sg_fixpoint_report fix = {0};
	if (sg_compare_fix_downs(out->live, model, out->desired, conn, &fix, err) != 0)
		return -1;
	out->unresolved = fix.unresolved;
	out->nunresolved = fix.nunresolved;
	out->normalized = nopts.normalized;
	out->batches = nopts.batches;
	out->catalog_queries = stats.queries;
	out->catalog_round_trips = stats.round_trips;

	out->plan = sg_plan_new();
	sg_diff_options dopts = {
	    .qual = strcmp(opts->schema, "public") == 0 ? NULL : opts->schema,
	    .online = opts->online,
	    .create_schema = stats.schema_exists ? NULL : opts->schema,
	};
	if (!out->plan || sg_diff(out->plan, out->live, out->desired, &dopts) != 0 ||
	    sg_order_plan(&out->steps, out->plan) != 0)
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
