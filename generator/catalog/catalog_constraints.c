/*
 * The constraints of the catalog reader (catalog_int.h): one query for the
 * PRIMARY KEY, UNIQUE, CHECK and FOREIGN KEY constraints of every managed
 * table (its text depends on the server's version), and the reader of its
 * rows, which names key columns from the columns already read and writes,
 * before PostgreSQL 17, each definition as pg_get_constraintdef() would.
 */
#include "catalog_int.h"

/* The SQL reads best laid out by hand. */
/* clang-format off */
/*
 * Names (NAME: attname or quote_ident(attname)) of attribute numbers ARR of
 * relation REL, in array order: only for foreign keys to tables outside the
 * set read, whose columns the reader does not have.
 */
#define ATTNAMES(NAME, ARR, REL)                                                                           \
	"ARRAY(SELECT " NAME " FROM pg_catalog.unnest(" ARR ") WITH ORDINALITY AS k(attnum, ord) "          \
	"JOIN pg_catalog.pg_attribute a ON a.attrelid = " REL " AND a.attnum = k.attnum ORDER BY k.ord)"
#define OUTSIDE_REFERENCE "con.contype = 'f' AND con.confrelid NOT IN (SELECT oid FROM tbl)"

/*
 * Constraints managed as such; clones of a partitioned parent's keys
 * (conparentid) are its, not ours.  Column lists come as attribute numbers,
 * named from the columns already read (pg_dump's way: a subquery per row
 * costs more than the rest of the query).  DEFINITION is the server's
 * pg_get_constraintdef(), or NULL where the reader writes the same text
 * itself (constraint_definition): a definition is a fixed frame around
 * column lists, the referenced table's name and, for a CHECK, the expression
 * deparsed anyway.  DELETE_SET_COLUMNS: the attribute numbers of ON DELETE
 * SET NULL / SET DEFAULT (PostgreSQL 15).  A CHECK's comment (the models
 * give the other kinds none, docs/models.md).
 */
#define CONSTRAINTS_SQL(NULLS_NOT_DISTINCT, DEFINITION, DELETE_SET_COLUMNS)                                \
	SG_CATALOG__TABLES_CTE                                                                                         \
	"SELECT con.conrelid, con.conname, con.contype, " DEFINITION " AS definition, con.conkey, "          \
	"CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS expression, " \
	NULLS_NOT_DISTINCT " AS nulls_not_distinct, "                                                        \
	"rc.relname AS ref_table, "                                                                         \
	"CASE WHEN rc.relnamespace <> tbl.relnamespace THEN rn.nspname END AS ref_schema, "                  \
	"con.confrelid, con.confkey, "                                                                      \
	"CASE WHEN " OUTSIDE_REFERENCE " THEN " ATTNAMES("a.attname", "con.confkey", "con.confrelid")        \
	" END AS outside_ref_columns, "                                                                     \
	"CASE WHEN " OUTSIDE_REFERENCE " THEN "                                                             \
	ATTNAMES("pg_catalog.quote_ident(a.attname)", "con.confkey", "con.confrelid") " END AS outside_qref_columns, " \
	"con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred, con.convalidated, "           \
	"ui.indkey AS index_key, ui.indnkeyatts, ui.indnatts, con.connoinherit, con.confmatchtype, "        \
	"CASE WHEN pg_catalog.pg_table_is_visible(rc.oid) THEN pg_catalog.quote_ident(rc.relname) "         \
	"ELSE pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(rc.relname) END AS qref_table, " \
	DELETE_SET_COLUMNS " AS delete_set_columns, "                                                       \
	"CASE WHEN con.contype = 'c' THEN ds.description END AS comment "                                   \
	"FROM tbl JOIN pg_catalog.pg_constraint con ON con.conrelid = tbl.oid "                              \
	"LEFT JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_constraint'::pg_catalog.regclass " \
	"AND ds.objoid = con.oid AND ds.objsubid = 0 "                                                       \
	"LEFT JOIN pg_catalog.pg_index ui ON ui.indexrelid = con.conindid AND con.contype IN ('p', 'u') "   \
	"LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid AND con.contype = 'f' "                 \
	"LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace "                                  \
	"WHERE con.contype IN ('p', 'u', 'c', 'f') AND con.conparentid = 0 "                                \
	"ORDER BY con.conrelid, con.conname"

#define SERVER_CONSTRAINT_DEF "pg_catalog.pg_get_constraintdef(con.oid)"
#define OWN_CONSTRAINT_DEF "NULL::text"

/*
 * PostgreSQL 17 adds WITHOUT OVERLAPS and PERIOD to keys: from there on,
 * every definition is the server's.
 */
static const char constraints_sql_17[] =
	CONSTRAINTS_SQL("COALESCE(ui.indnullsnotdistinct, false)", SERVER_CONSTRAINT_DEF, "con.confdelsetcols");
static const char constraints_sql_15[] =
	CONSTRAINTS_SQL("COALESCE(ui.indnullsnotdistinct, false)", OWN_CONSTRAINT_DEF, "con.confdelsetcols");
static const char constraints_sql_13[] = CONSTRAINTS_SQL("false", OWN_CONSTRAINT_DEF, "NULL::pg_catalog.int2[]");
/* clang-format on */

const char *sg_catalog__constraints_sql(int server_version)
{
	return server_version >= 170000	  ? constraints_sql_17
	       : server_version >= 150000 ? constraints_sql_15
					  : constraints_sql_13;
}

enum {
	K_RELID,
	K_NAME,
	K_TYPE,
	K_DEFINITION,
	K_CONKEY,
	K_EXPRESSION,
	K_NND,
	K_REF_TABLE,
	K_REF_SCHEMA,
	K_CONFRELID,
	K_CONFKEY,
	K_OUTSIDE_REF_COLUMNS,
	K_OUTSIDE_QREF_COLUMNS,
	K_DELETE,
	K_UPDATE,
	K_DEFERRABLE,
	K_DEFERRED,
	K_VALIDATED,
	K_INDEX_KEY,
	K_INDEX_NKEYS,
	K_INDEX_NATTS,
	K_NOINHERIT,
	K_MATCH,
	K_QREF_TABLE,
	K_DELETE_SET_COLUMNS,
	K_COMMENT,
	K_COUNT
};

static sg_fk_action fk_action(char c)
{
	switch (c) {
	case 'r':
		return SG_FK_RESTRICT;
	case 'c':
		return SG_FK_CASCADE;
	case 'n':
		return SG_FK_SET_NULL;
	case 'd':
		return SG_FK_SET_DEFAULT;
	default:
		return SG_FK_NO_ACTION;
	}
}

/* Quoted column lists of one constraint, as its definition spells them. */
typedef struct quoted_lists {
	const char *columns[SG_CATALOG__MAX_KEYS], *ref_columns[SG_CATALOG__MAX_KEYS], *extra[SG_CATALOG__MAX_KEYS];
	size_t ncolumns, nref_columns, nextra; /* extra: a key's INCLUDE, a foreign key's ON DELETE SET list */
} quoted_lists;

/*
 * A constraint's definition as pg_get_constraintdef() prints it (ruleutils.c,
 * PostgreSQL 13 to 16): the frame of each kind around quoted column lists,
 * then the DEFERRABLE / INITIALLY DEFERRED / NOT VALID tail every kind
 * shares.  The test suite compares every variant with the server's own text.
 */
static int constraint_definition(sg_catalog__loader *l, sg_constraint *c, const quoted_lists *q, const PGresult *res,
				 int row, const int *f)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	switch (c->kind) {
	case SG_CON_PRIMARY_KEY:
	case SG_CON_UNIQUE:
		sg_strbuf_adds(&sb, c->kind == SG_CON_PRIMARY_KEY ? "PRIMARY KEY ("
				    : c->nulls_not_distinct	  ? "UNIQUE NULLS NOT DISTINCT ("
								  : "UNIQUE (");
		sg_catalog__join_list(&sb, q->columns, q->ncolumns);
		sg_strbuf_addch(&sb, ')');
		if (q->nextra) {
			sg_strbuf_adds(&sb, " INCLUDE (");
			sg_catalog__join_list(&sb, q->extra, q->nextra);
			sg_strbuf_addch(&sb, ')');
		}
		break;
	case SG_CON_CHECK:
		/* The deparsed expression is the same text pg_get_constraintdef() wraps. */
		if (!c->expression)
			break;
		sg_strbuf_addf(&sb, "CHECK (%s)%s", c->expression,
			       sg_catalog__flag(res, row, f[K_NOINHERIT]) ? " NO INHERIT" : "");
		break;
	case SG_CON_FOREIGN_KEY: {
		const char *qref = sg_catalog__val(res, row, f[K_QREF_TABLE]);
		if (!qref)
			break;
		sg_strbuf_adds(&sb, "FOREIGN KEY (");
		sg_catalog__join_list(&sb, q->columns, q->ncolumns);
		sg_strbuf_addf(&sb, ") REFERENCES %s(", qref);
		sg_catalog__join_list(&sb, q->ref_columns, q->nref_columns);
		sg_strbuf_addch(&sb, ')');
		char match = sg_catalog__char_of(res, row, f[K_MATCH]);
		sg_strbuf_adds(&sb, match == 'f' ? " MATCH FULL" : match == 'p' ? " MATCH PARTIAL" : "");
		if (c->on_update != SG_FK_NO_ACTION)
			sg_strbuf_addf(&sb, " ON UPDATE %s", sg_fk_action_sql(c->on_update));
		if (c->on_delete != SG_FK_NO_ACTION)
			sg_strbuf_addf(&sb, " ON DELETE %s", sg_fk_action_sql(c->on_delete));
		if (q->nextra) {
			sg_strbuf_adds(&sb, " (");
			sg_catalog__join_list(&sb, q->extra, q->nextra);
			sg_strbuf_addch(&sb, ')');
		}
		break;
	}
	case SG_CON_KIND_COUNT:
		break;
	}
	if (!sb.len) {
		sg_strbuf_release(&sb);
		return sg_error_set(l->err, SG_ERR_DB,
				    "catalog query 'constraints' returned no definition for "
				    "constraint '%s'",
				    c->name ? c->name : "?");
	}
	if (c->deferrable)
		sg_strbuf_adds(&sb, " DEFERRABLE");
	if (c->initially_deferred)
		sg_strbuf_adds(&sb, " INITIALLY DEFERRED");
	if (!sg_catalog__flag(res, row, f[K_VALIDATED]))
		sg_strbuf_adds(&sb, " NOT VALID");
	c->definition = sg_strbuf_failed(&sb) ? NULL : sg_arena_strndup(l->arena, sb.data, sb.len);
	sg_strbuf_release(&sb);
	return c->definition ? 0 : sg_catalog__out_of_memory(l);
}

/* A foreign key's referenced columns: from the columns read, or from the query when the table is outside the set. */
static int ref_columns(sg_catalog__loader *l, sg_constraint *c, quoted_lists *q, const PGresult *res, int row,
		       const int *f)
{
	long nums[SG_CATALOG__MAX_KEYS];
	int n = sg_catalog__parse_attnums(sg_catalog__val(res, row, f[K_CONFKEY]), nums);
	if (n < 0)
		return sg_error_set(l->err, SG_ERR_DB, "catalog query 'constraints' returned a malformed key for '%s'",
				    c->name ? c->name : "?");
	long rt = sg_catalog__table_with_oid(l, sg_catalog__oid_of(res, row, f[K_CONFRELID]));
	if (rt >= 0) {
		if (sg_catalog__columns_named(l, "constraints", (size_t)rt, nums, 0, n, &c->ref_columns,
					      &c->nref_columns, q->ref_columns) != 0)
			return -1;
		q->nref_columns = (size_t)n;
		return 0;
	}
	const char **quoted;
	size_t nquoted;
	if (sg_catalog__parse_array(l, "constraints", sg_catalog__val(res, row, f[K_OUTSIDE_REF_COLUMNS]), n,
				    &c->ref_columns, &c->nref_columns) != 0 ||
	    sg_catalog__parse_array(l, "constraints", sg_catalog__val(res, row, f[K_OUTSIDE_QREF_COLUMNS]), n, &quoted,
				    &nquoted) != 0)
		return -1;
	for (size_t k = 0; k < nquoted; k++)
		q->ref_columns[k] = quoted[k];
	q->nref_columns = nquoted;
	return 0;
}

static int fill_constraints(sg_catalog__loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end)
{
	size_t n = (size_t)(end - begin), ti = (size_t)(t - l->schema->tables);
	t->constraints = sg_arena_array(l->arena, n, sizeof(*t->constraints));
	if (!t->constraints)
		return sg_catalog__out_of_memory(l);
	t->nconstraints = n;
	for (int i = begin; i < end; i++) {
		sg_constraint *c = &t->constraints[i - begin];
		char type = sg_catalog__char_of(res, i, f[K_TYPE]);
		c->kind = type == 'p'	? SG_CON_PRIMARY_KEY
			  : type == 'u' ? SG_CON_UNIQUE
			  : type == 'c' ? SG_CON_CHECK
					: SG_CON_FOREIGN_KEY;
		c->name = sg_catalog__dup(l, res, i, f[K_NAME]);
		c->definition = sg_catalog__dup(l, res, i, f[K_DEFINITION]);
		c->deferrable = sg_catalog__flag(res, i, f[K_DEFERRABLE]);
		c->initially_deferred = sg_catalog__flag(res, i, f[K_DEFERRED]);
		c->not_valid = !sg_catalog__flag(res, i, f[K_VALIDATED]);
		c->no_inherit = c->kind == SG_CON_CHECK && sg_catalog__flag(res, i, f[K_NOINHERIT]);
		c->comment = sg_catalog__dup(l, res, i, f[K_COMMENT]);
		quoted_lists q = {.ncolumns = 0};
		long nums[SG_CATALOG__MAX_KEYS];
		int nkeys = sg_catalog__parse_attnums(sg_catalog__val(res, i, f[K_CONKEY]), nums);
		if (nkeys < 0)
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query 'constraints' returned a malformed key for '%s'",
					    c->name ? c->name : "?");
		if (c->kind == SG_CON_CHECK) {
			c->expression = sg_catalog__dup(l, res, i, f[K_EXPRESSION]);
		} else {
			if (sg_catalog__columns_named(l, "constraints", ti, nums, 0, nkeys, &c->columns, &c->ncolumns,
						      q.columns) != 0)
				return -1;
			q.ncolumns = (size_t)nkeys;
		}
		c->nulls_not_distinct = c->kind == SG_CON_UNIQUE && sg_catalog__flag(res, i, f[K_NND]);
		if (c->kind == SG_CON_PRIMARY_KEY || c->kind == SG_CON_UNIQUE) {
			/* INCLUDE columns: the index's columns after its keys. */
			int natts = sg_catalog__parse_attnums(sg_catalog__val(res, i, f[K_INDEX_KEY]), nums);
			long from = sg_catalog__long_of(res, i, f[K_INDEX_NKEYS]);
			if (natts < 0 || from < 0 || from > natts)
				return sg_error_set(l->err, SG_ERR_DB,
						    "catalog query 'constraints' returned no index for '%s'",
						    c->name ? c->name : "?");
			if (sg_catalog__columns_named(l, "constraints", ti, nums, (int)from, natts, NULL, NULL,
						      q.extra) != 0)
				return -1;
			q.nextra = (size_t)(natts - from);
		}
		if (c->kind == SG_CON_FOREIGN_KEY) {
			c->ref_table = sg_catalog__dup(l, res, i, f[K_REF_TABLE]);
			c->ref_schema = sg_catalog__dup(l, res, i, f[K_REF_SCHEMA]);
			c->on_delete = fk_action(sg_catalog__char_of(res, i, f[K_DELETE]));
			c->on_update = fk_action(sg_catalog__char_of(res, i, f[K_UPDATE]));
			c->match_full = sg_catalog__char_of(res, i, f[K_MATCH]) == 'f';
			int nset = sg_catalog__parse_attnums(sg_catalog__val(res, i, f[K_DELETE_SET_COLUMNS]), nums);
			if (nset < 0 || ref_columns(l, c, &q, res, i, f) != 0 ||
			    sg_catalog__columns_named(l, "constraints", ti, nums, 0, nset, &c->on_delete_columns,
						      &c->non_delete_columns, q.extra) != 0)
				return nset < 0 ? sg_error_set(l->err, SG_ERR_DB,
							       "catalog query 'constraints' returned a "
							       "malformed column list for '%s'",
							       c->name ? c->name : "?")
						: -1;
			q.nextra = (size_t)nset;
		}
		if (l->oom)
			return sg_catalog__out_of_memory(l);
		if (!c->definition && constraint_definition(l, c, &q, res, i, f) != 0)
			return -1;
	}
	return 0;
}

int sg_catalog__read_constraints(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[K_COUNT] = {
	    "conrelid",
	    "conname",
	    "contype",
	    "definition",
	    "conkey",
	    "expression",
	    "nulls_not_distinct",
	    "ref_table",
	    "ref_schema",
	    "confrelid",
	    "confkey",
	    "outside_ref_columns",
	    "outside_qref_columns",
	    "confdeltype",
	    "confupdtype",
	    "condeferrable",
	    "condeferred",
	    "convalidated",
	    "index_key",
	    "indnkeyatts",
	    "indnatts",
	    "connoinherit",
	    "confmatchtype",
	    "qref_table",
	    "delete_set_columns",
	    "comment",
	};
	int f[K_COUNT] = {0};
	int rc = sg_catalog__fields(l, res, "constraints", names, f, K_COUNT);
	if (rc == 0)
		rc = sg_catalog__for_each_table(l, res, f[K_RELID], f, fill_constraints);
	return rc;
}
