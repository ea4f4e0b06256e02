/*
 * The enums of the catalog reader (catalog_int.h): one query for the enum
 * types of the schema with their labels and comment, one row per label in
 * enumsortorder, and the reader of its rows into sg_schema.enums.
 */
#include "catalog_int.h"

#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */
const char sg_catalog__enums_sql[] =
	"SELECT t.oid, t.typname, e.enumlabel, ds.description FROM pg_catalog.pg_type t "
	"LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid "
	"LEFT JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_type'::pg_catalog.regclass "
	"AND ds.objoid = t.oid AND ds.objsubid = 0 "
	"WHERE t.typnamespace = " SG_CATALOG__SCHEMA_OID " "
	"AND t.typtype = 'e' AND " SG_CATALOG__OWN_OBJECT("pg_type", "t") " "
	"ORDER BY t.oid, e.enumsortorder";
/* clang-format on */

int sg_catalog__read_enums(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[] = {"oid", "typname", "enumlabel", "description"};
	int f[4] = {0};
	int rc = sg_catalog__fields(l, res, "enums", names, f, 4);
	int n = PQntuples(res);
	size_t ntypes = 0;
	for (int i = 0; rc == 0 && i < n; i++)
		if (i == 0 || strcmp(PQgetvalue(res, i, f[0]), PQgetvalue(res, i - 1, f[0])) != 0)
			ntypes++;
	if (rc == 0 && ntypes) {
		sg_enum *enums = sg_arena_array(l->arena, ntypes, sizeof(*enums));
		if (!enums)
			rc = sg_catalog__out_of_memory(l);
		size_t e = 0;
		for (int i = 0; rc == 0 && i < n;) {
			int j = i + 1;
			while (j < n && strcmp(PQgetvalue(res, j, f[0]), PQgetvalue(res, i, f[0])) == 0)
				j++;
			sg_enum *en = &enums[e++];
			en->name = sg_catalog__dup(l, res, i, f[1]);
			en->comment = sg_catalog__dup(l, res, i, f[3]);
			/* An enum without labels comes back as one row with a NULL label. */
			size_t nvalues = PQgetisnull(res, i, f[2]) ? 0 : (size_t)(j - i);
			if (nvalues) {
				en->values = sg_arena_array(l->arena, nvalues, sizeof(*en->values));
				if (!en->values)
					rc = sg_catalog__out_of_memory(l);
				for (size_t k = 0; rc == 0 && k < nvalues; k++)
					en->values[k] = sg_catalog__dup(l, res, i + (int)k, f[2]);
				en->nvalues = nvalues;
			}
			i = j;
		}
		if (rc == 0) {
			l->schema->enums = enums;
			l->schema->nenums = ntypes;
		}
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}
