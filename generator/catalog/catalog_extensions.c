/*
 * The extensions of the catalog reader (catalog_int.h): one query for the
 * extensions whose objects the schema's text can name unqualified, and the
 * reader of its rows into sg_schema.extensions.
 */
#include "catalog_int.h"

/* The SQL reads best laid out by hand. */
/* clang-format off */
/*
 * Extensions installed in the schema or in a schema of the pinned search_path:
 * the ones whose objects the schema's text can name without a qualification.
 */
const char sg_catalog__extensions_sql[] =
	"SELECT e.extname FROM pg_catalog.pg_extension e "
	"JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
	"WHERE (n.oid = " SG_CATALOG__SCHEMA_OID " OR n.nspname = ANY (pg_catalog.current_schemas(false))) "
	"AND n.nspname <> 'pg_catalog' "
	"ORDER BY e.extname COLLATE \"C\"";
/* clang-format on */

int sg_catalog__read_extensions(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[] = {"extname"};
	int f[1] = {0};
	int rc = sg_catalog__fields(l, res, "extensions", names, f, 1);
	int n = PQntuples(res);
	if (rc == 0 && n > 0) {
		sg_extension *ext = sg_arena_array(l->arena, (size_t)n, sizeof(*ext));
		if (!ext) {
			rc = sg_catalog__out_of_memory(l);
		} else {
			for (int i = 0; i < n; i++)
				ext[i].name = sg_catalog__dup(l, res, i, f[0]);
			l->schema->extensions = ext;
			l->schema->nextensions = (size_t)n;
		}
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}
