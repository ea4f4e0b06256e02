/*
 * The sequences of the catalog reader (catalog_int.h): one query for the
 * sequences of the schema (pg_class relkind 'S' with its pg_sequence row,
 * its owner through pg_depend, its comment), read after the columns, and
 * the reader of its rows into sg_schema.sequences.
 *
 * Not managed as sequences (catalog.h): an extension's, an identity
 * column's (pg_depend 'i'), one owned by a column of a relation that is not
 * a managed table (it belongs to that object), and a serial column's: one
 * owned by an integer NOT NULL column whose default reads it (a pg_depend row
 * from the column's pg_attrdef to the sequence) and made as `serial` makes
 * it (its options PostgreSQL's defaults), which is part of its column as
 * `serial` is in the models.  The current value is data, never read.
 */
#include "catalog_int.h"

#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */
#define DEPEND_CLASS(ALIAS, CATALOG) ALIAS ".classid = 'pg_catalog." CATALOG "'::pg_catalog.regclass"
const char sg_catalog__sequences_sql[] =
	"SELECT c.oid, c.relname, pg_catalog.format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, "
	"s.seqmin, s.seqmax, s.seqcache, s.seqcycle, own.refobjid AS owner_relid, own.refobjsubid AS owner_attnum, "
	"own.refobjid IS NOT NULL AND EXISTS (SELECT 1 FROM pg_catalog.pg_depend ad "
	"JOIN pg_catalog.pg_attrdef a ON a.oid = ad.objid WHERE " DEPEND_CLASS("ad", "pg_attrdef") " "
	"AND ad.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND ad.refobjid = c.oid "
	"AND a.adrelid = own.refobjid AND a.adnum = own.refobjsubid) AS owner_reads, d.description "
	"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_sequence s ON s.seqrelid = c.oid "
	"LEFT JOIN pg_catalog.pg_depend own ON " DEPEND_CLASS("own", "pg_class") " AND own.objid = c.oid "
	"AND own.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND own.refobjsubid > 0 AND own.deptype = 'a' "
	"LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass "
	"AND d.objoid = c.oid AND d.objsubid = 0 "
	"WHERE c.relnamespace = " SG_CATALOG__SCHEMA_OID " AND c.relkind = 'S' "
	"AND c.relname <> ALL ($2::pg_catalog.name[]) AND " SG_CATALOG__OWN_OBJECT("pg_class", "c") " "
	"ORDER BY c.relname COLLATE \"C\"";
/* clang-format on */

enum {
	Q_NAME,
	Q_TYPE,
	Q_START,
	Q_INCREMENT,
	Q_MIN,
	Q_MAX,
	Q_CACHE,
	Q_CYCLE,
	Q_RELID,
	Q_ATTNUM,
	Q_READS,
	Q_COMMENT,
	Q_N
};

static long long ll_of(const PGresult *res, int row, int field)
{
	const char *v = sg_catalog__val(res, row, field);
	return v ? strtoll(v, NULL, 10) : 0;
}

/*
 * Whether a column owning the sequence of row `i`, which its default reads,
 * is a serial column (the sequence is then its): an integer NOT NULL column,
 * and the sequence as `serial` creates it: of the column's type, every
 * option PostgreSQL's default, no comment.  Its name does not matter (it
 * keeps it when the table or column is renamed).  A sequence made otherwise
 * (`CREATE SEQUENCE ... START 1000`, then OWNED BY) is a sequence of its own,
 * or its options would be lost.
 */
static bool serial_column(const sg_column *c, const sg_sequence *q)
{
	return !c->nullable && c->identity == SG_IDENTITY_NONE && !c->generated &&
	       sg_sequence_made_as_serial(q, c->type);
}

int sg_catalog__read_sequences(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[Q_N] = {"relname",     "type",	      "seqstart",    "seqincrement",
					       "seqmin",      "seqmax",	      "seqcache",    "seqcycle",
					       "owner_relid", "owner_attnum", "owner_reads", "description"};
	int f[Q_N] = {0};
	if (sg_catalog__fields(l, res, "sequences", names, f, Q_N) != 0)
		return -1;
	int n = PQntuples(res);
	sg_sequence *seqs = n ? sg_arena_array(l->arena, (size_t)n, sizeof(*seqs)) : NULL;
	if (n && !seqs)
		return sg_catalog__out_of_memory(l);
	size_t kept = 0;
	for (int i = 0; i < n; i++) {
		sg_sequence *q = &seqs[kept];
		*q = (sg_sequence){
		    .name = sg_catalog__dup(l, res, i, f[Q_NAME]),
		    .type = sg_catalog__dup(l, res, i, f[Q_TYPE]),
		    .start = ll_of(res, i, f[Q_START]),
		    .increment = ll_of(res, i, f[Q_INCREMENT]),
		    .min = ll_of(res, i, f[Q_MIN]),
		    .max = ll_of(res, i, f[Q_MAX]),
		    .cache = ll_of(res, i, f[Q_CACHE]),
		    .cycle = sg_catalog__flag(res, i, f[Q_CYCLE]),
		    .comment = sg_catalog__dup(l, res, i, f[Q_COMMENT]),
		};
		if (!PQgetisnull(res, i, f[Q_RELID])) {
			long ti = sg_catalog__table_with_oid(l, sg_catalog__oid_of(res, i, f[Q_RELID]));
			if (ti < 0)
				continue; /* owned by a column of an object schemagen does not manage: that object's */
			long num = sg_catalog__long_of(res, i, f[Q_ATTNUM]);
			const char **cols = NULL, *quoted[SG_CATALOG__MAX_KEYS];
			size_t ncols = 0;
			if (sg_catalog__columns_named(l, "sequences", (size_t)ti, &num, 0, 1, &cols, &ncols, quoted) !=
			    0)
				return -1;
			const sg_table *t = &l->schema->tables[ti];
			const sg_column *c = sg_table_find_column(t, cols[0]);
			if (c && sg_catalog__flag(res, i, f[Q_READS]) && serial_column(c, q))
				continue; /* a serial column's (its slot is reused) */
			q->owned_table = t->name;
			q->owned_column = cols[0];
		}
		kept++;
	}
	l->schema->sequences = kept ? seqs : NULL;
	l->schema->nsequences = kept;
	return l->oom ? sg_catalog__out_of_memory(l) : 0;
}
