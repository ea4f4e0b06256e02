/*
 * The domains of the catalog reader (catalog_int.h): one query for the
 * domains of the schema with their CHECK constraints, one row per check
 * (one row with NULL check fields for a domain without any), and the reader
 * of its rows into sg_schema.domains.  Domains owned by an extension are not
 * read (SG_CATALOG__OWN_OBJECT).
 *
 * The text is the server's: the base type by format_type() (unqualified for
 * a type of the schema, which the pinned search_path makes visible), the
 * default by pg_get_expr(typdefaultbin, 0), each check's expression by
 * pg_get_expr(conbin, 0) (`(VALUE > 0)`); the collation only when it differs
 * from the base type's, as for columns.
 */
#include "catalog_int.h"

#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */
const char sg_catalog__domains_sql[] =
	"SELECT t.oid, t.typname, pg_catalog.format_type(t.typbasetype, t.typtypmod) AS basetype, t.typnotnull, "
	"pg_catalog.pg_get_expr(t.typdefaultbin, 0) AS typdefault, "
	"CASE WHEN t.typcollation <> bt.typcollation THEN co.collname END AS collation, d.description, "
	"k.conname, pg_catalog.pg_get_expr(k.conbin, 0) AS expression, k.convalidated "
	"FROM pg_catalog.pg_type t JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype "
	"LEFT JOIN pg_catalog.pg_collation co ON co.oid = t.typcollation "
	"LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass "
	"AND d.objoid = t.oid AND d.objsubid = 0 "
	"LEFT JOIN pg_catalog.pg_constraint k ON k.contypid = t.oid AND k.contype = 'c' "
	"WHERE t.typnamespace = " SG_CATALOG__SCHEMA_OID " "
	"AND t.typtype = 'd' AND " SG_CATALOG__OWN_OBJECT("pg_type", "t") " "
	"ORDER BY t.oid, k.conname";
/* clang-format on */

enum { D_OID, D_NAME, D_TYPE, D_NOTNULL, D_DEFAULT, D_COLLATION, D_COMMENT, D_CONNAME, D_EXPR, D_VALID, D_N };

/* One domain from its rows [i, j). */
static int read_domain(sg_catalog__loader *l, sg_domain *dom, const PGresult *res, const int *f, int i, int j)
{
	dom->name = sg_catalog__dup(l, res, i, f[D_NAME]);
	dom->type = sg_catalog__dup(l, res, i, f[D_TYPE]);
	dom->nullable = !sg_catalog__flag(res, i, f[D_NOTNULL]);
	dom->default_expr = sg_catalog__dup(l, res, i, f[D_DEFAULT]);
	dom->collation = sg_catalog__dup(l, res, i, f[D_COLLATION]);
	dom->comment = sg_catalog__dup(l, res, i, f[D_COMMENT]);
	size_t nchecks = PQgetisnull(res, i, f[D_CONNAME]) ? 0 : (size_t)(j - i);
	if (!nchecks)
		return 0;
	dom->checks = sg_arena_array(l->arena, nchecks, sizeof(*dom->checks));
	if (!dom->checks)
		return sg_catalog__out_of_memory(l);
	for (size_t k = 0; k < nchecks; k++) {
		sg_domain_check *c = &dom->checks[k];
		int row = i + (int)k;
		c->name = sg_catalog__dup(l, res, row, f[D_CONNAME]);
		c->expression = sg_catalog__dup(l, res, row, f[D_EXPR]);
		c->not_valid = !sg_catalog__flag(res, row, f[D_VALID]);
	}
	dom->nchecks = nchecks;
	return 0;
}

int sg_catalog__read_domains(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[D_N] = {"oid",	    "typname",	   "basetype", "typnotnull", "typdefault",
					       "collation", "description", "conname",  "expression", "convalidated"};
	int f[D_N] = {0};
	int rc = sg_catalog__fields(l, res, "domains", names, f, D_N);
	int n = PQntuples(res);
	size_t ndomains = 0;
	for (int i = 0; rc == 0 && i < n; i++)
		if (i == 0 || strcmp(PQgetvalue(res, i, f[D_OID]), PQgetvalue(res, i - 1, f[D_OID])) != 0)
			ndomains++;
	if (rc != 0 || ndomains == 0)
		return rc;
	sg_domain *domains = sg_arena_array(l->arena, ndomains, sizeof(*domains));
	if (!domains)
		return sg_catalog__out_of_memory(l);
	size_t d = 0;
	for (int i = 0; rc == 0 && i < n;) {
		int j = i + 1;
		while (j < n && strcmp(PQgetvalue(res, j, f[D_OID]), PQgetvalue(res, i, f[D_OID])) == 0)
			j++;
		rc = read_domain(l, &domains[d++], res, f, i, j);
		i = j;
	}
	if (rc == 0) {
		l->schema->domains = domains;
		l->schema->ndomains = ndomains;
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}
