/*
 * The indexes of the catalog reader (catalog_int.h): one query for every
 * index of the managed tables (its text depends on the server's version),
 * and the reader of its rows, which splits each definition into its key
 * elements and writes, before PostgreSQL 17, the definition of a key's
 * index as pg_get_indexdef() would.
 */
#include "catalog_int.h"

#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */
/*
 * Key elements start with the bare column or expression, as
 * pg_get_indexdef(oid, k, true) prints it: for an index without expressions
 * that is quote_ident(attname) of each key column, taken from the columns
 * already read; the full definition adds what follows each (collation,
 * opclass, ordering), and is split at those known texts (index_elements).
 */
#define INDEXES_SQL(NULLS_NOT_DISTINCT, DEFINITION)                                                        \
	SG_CATALOG__TABLES_CTE                                                                                         \
	"SELECT i.indrelid, ic.relname, i.indisunique, " NULLS_NOT_DISTINCT " AS nulls_not_distinct, "      \
	"am.amname, " DEFINITION " AS definition, "                                                          \
	"CASE WHEN i.indexprs IS NOT NULL THEN ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true) " \
	"FROM pg_catalog.generate_series(1, i.indnkeyatts) AS k ORDER BY k) END AS expression_keys, "         \
	"i.indkey, i.indnkeyatts, i.indnatts, "                                                              \
	"pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate, "                                \
	"bk.contype IS NOT NULL AS constraint_backed, "                                                     \
	"pg_catalog.quote_ident(ic.relname) AS qname, pg_catalog.quote_ident(n.nspname) AS qschema, "      \
	"pg_catalog.quote_ident(tbl.relname) AS qtable, pg_catalog.quote_ident(am.amname) AS qmethod, "    \
	"ds.description AS comment, "                                                                        \
	"CASE WHEN bk.contype = 'x' THEN pg_catalog.pg_get_constraintdef(bk.oid) END AS exclusion "          \
	"FROM tbl JOIN pg_catalog.pg_index i ON i.indrelid = tbl.oid "                                      \
	"JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "                                             \
	"LEFT JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass " \
	"AND ds.objoid = ic.oid AND ds.objsubid = 0 "                                                        \
	"JOIN pg_catalog.pg_am am ON am.oid = ic.relam "                                                    \
	"JOIN pg_catalog.pg_namespace n ON n.oid = tbl.relnamespace "                                       \
	"LEFT JOIN LATERAL (SELECT con.oid, con.contype FROM pg_catalog.pg_constraint con "                 \
	"WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x') " \
	"LIMIT 1) bk ON true "                                                                               \
	"ORDER BY i.indrelid, ic.relname"

/*
 * The index of a PRIMARY KEY or UNIQUE constraint has plain columns with
 * their default opclass, collation and order (PostgreSQL insists on it), no
 * predicate, and here no storage parameters: the reader writes its definition
 * itself (key_index_definition), exactly as pg_get_indexdef() would.
 */
#define SERVER_INDEX_DEF "pg_catalog.pg_get_indexdef(i.indexrelid, 0, true)"
#define OWN_KEY_INDEX_DEF                                                                                  \
	"CASE WHEN bk.contype IN ('p', 'u') AND ic.reloptions IS NULL THEN NULL "                           \
	"ELSE pg_catalog.pg_get_indexdef(i.indexrelid, 0, true) END"

static const char indexes_sql_17[] = INDEXES_SQL("i.indnullsnotdistinct", SERVER_INDEX_DEF);
static const char indexes_sql_15[] = INDEXES_SQL("i.indnullsnotdistinct", OWN_KEY_INDEX_DEF);
static const char indexes_sql_13[] = INDEXES_SQL("false", OWN_KEY_INDEX_DEF);
/* clang-format on */

const char *sg_catalog__indexes_sql(int server_version)
{
	return server_version >= 170000 ? indexes_sql_17 : server_version >= 150000 ? indexes_sql_15 : indexes_sql_13;
}

enum {
	I_RELID,
	I_NAME,
	I_UNIQUE,
	I_NND,
	I_METHOD,
	I_DEFINITION,
	I_EXPRESSION_KEYS,
	I_INDKEY,
	I_NKEYS,
	I_NATTS,
	I_PREDICATE,
	I_BACKED,
	I_QNAME,
	I_QSCHEMA,
	I_QTABLE,
	I_QMETHOD,
	I_COMMENT,
	I_EXCLUSION,
	I_COUNT
};

/* Skip a quoted run starting at *s (which is the quote `q`), doubled quotes included; NULL when unterminated. */
static const char *skip_quoted(const char *s, char q)
{
	for (s++; *s; s++) {
		if (*s == q) {
			if (s[1] != q)
				return s + 1;
			s++;
		}
	}
	return NULL;
}

static bool eat(const char **p, const char *word)
{
	size_t len = strlen(word);
	if (strncmp(*p, word, len) != 0)
		return false;
	*p += len;
	return true;
}

/*
 * Split pg_get_indexdef(oid, 0, true) into the normalized definition (table
 * unqualified) and the key elements.  Each element starts with its bare text
 * from pg_get_indexdef(oid, k, true), skipped by length (an expression may
 * hold anything), and runs on through what the server appended to it
 * (COLLATE, opclass and its options, DESC, NULLS) up to the ", " or ")" that
 * ends it at nesting depth zero.
 */
int sg_catalog__index_elements(sg_catalog__loader *l, sg_index *idx, const char *table, const char *def,
			       const char *qname, const char *qschema, const char *qtable, const char *qmethod,
			       const char *const *keys, size_t nkeys)
{
	const char *p = def;
	const char *table_start, *table_end;
	if (!eat(&p, "CREATE ") || (idx->unique && !eat(&p, "UNIQUE ")) || !eat(&p, "INDEX ") || !eat(&p, qname) ||
	    !eat(&p, " ON "))
		goto malformed;
	table_start = p;
	if (!(eat(&p, qschema) && eat(&p, ".") && eat(&p, qtable) && *p == ' ')) {
		p = table_start;
		if (!eat(&p, qtable))
			goto malformed;
	}
	table_end = p;
	if (!eat(&p, " USING ") || !eat(&p, qmethod) || !eat(&p, " ("))
		goto malformed;

	if (nkeys) {
		idx->elements = sg_arena_array(l->arena, nkeys, sizeof(*idx->elements));
		if (!idx->elements)
			return sg_catalog__out_of_memory(l);
		idx->nelements = nkeys;
	}
	for (size_t k = 0; k < nkeys; k++) {
		const char *start = p;
		if (!eat(&p, keys[k]))
			goto malformed;
		int depth = 0;
		while (*p && (depth > 0 || (*p != ')' && !(p[0] == ',' && p[1] == ' ')))) {
			if (*p == '"' || *p == '\'') {
				if (!(p = skip_quoted(p, *p)))
					goto malformed;
				continue;
			}
			if (*p == '(')
				depth++;
			else if (*p == ')')
				depth--;
			p++;
		}
		if (!*p || !(idx->elements[k] = sg_arena_strndup(l->arena, start, (size_t)(p - start))))
			return *p ? sg_catalog__out_of_memory(l)
				  : sg_error_set(l->err, SG_ERR_DB,
						 "cannot split the definition of index '%s' on table '%s': '%s'",
						 idx->name, table, def);
		if (!eat(&p, k + 1 < nkeys ? ", " : ")"))
			goto malformed;
	}
	/* The predicate closes the definition; the rest (INCLUDE, NULLS NOT DISTINCT, WITH) is in fields or kept as
	 * text. */
	if (idx->where) {
		size_t dl = strlen(def), wl = strlen(idx->where);
		if (dl < wl + 7 || strncmp(def + dl - wl - 7, " WHERE ", 7) != 0 ||
		    strcmp(def + dl - wl, idx->where) != 0)
			goto malformed;
	}

	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_add(&sb, def, (size_t)(table_start - def));
	sg_strbuf_adds(&sb, qtable);
	sg_strbuf_adds(&sb, table_end);
	idx->definition = sg_strbuf_failed(&sb) ? NULL : sg_arena_strndup(l->arena, sb.data, sb.len);
	sg_strbuf_release(&sb);
	return idx->definition ? 0 : sg_catalog__out_of_memory(l);

malformed:
	return sg_error_set(l->err, SG_ERR_DB, "unexpected definition of index '%s' on table '%s': '%s'", idx->name,
			    table, def);
}

/*
 * The index of a PRIMARY KEY or UNIQUE constraint, as pg_get_indexdef(oid, 0,
 * true) prints it: its keys are bare columns (already quoted by the query),
 * so they are the elements too.  The test suite compares it with the server's.
 */
static int key_index_definition(sg_catalog__loader *l, sg_index *idx, const char *qname, const char *qtable,
				const char *qmethod, const char **keys, size_t nkeys, const char *const *qinclude)
{
	idx->elements = keys;
	idx->nelements = nkeys;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb, "CREATE %sINDEX %s ON %s USING %s (", idx->unique ? "UNIQUE " : "", qname, qtable, qmethod);
	for (size_t k = 0; k < nkeys; k++) {
		if (k)
			sg_strbuf_adds(&sb, ", ");
		sg_strbuf_adds(&sb, keys[k]);
	}
	sg_strbuf_addch(&sb, ')');
	if (idx->ninclude) {
		sg_strbuf_adds(&sb, " INCLUDE (");
		sg_catalog__join_list(&sb, qinclude, idx->ninclude);
		sg_strbuf_addch(&sb, ')');
	}
	if (idx->nulls_not_distinct)
		sg_strbuf_adds(&sb, " NULLS NOT DISTINCT");
	idx->definition = sg_strbuf_failed(&sb) ? NULL : sg_arena_strndup(l->arena, sb.data, sb.len);
	sg_strbuf_release(&sb);
	return idx->definition ? 0 : sg_catalog__out_of_memory(l);
}

static int fill_indexes(sg_catalog__loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end)
{
	size_t n = (size_t)(end - begin), ti = (size_t)(t - l->schema->tables);
	t->indexes = sg_arena_array(l->arena, n, sizeof(*t->indexes));
	if (!t->indexes)
		return sg_catalog__out_of_memory(l);
	t->nindexes = n;
	for (int i = begin; i < end; i++) {
		sg_index *idx = &t->indexes[i - begin];
		idx->name = sg_catalog__dup(l, res, i, f[I_NAME]);
		idx->unique = sg_catalog__flag(res, i, f[I_UNIQUE]);
		idx->nulls_not_distinct = sg_catalog__flag(res, i, f[I_NND]);
		idx->method = sg_catalog__dup(l, res, i, f[I_METHOD]);
		idx->where = sg_catalog__dup(l, res, i, f[I_PREDICATE]);
		idx->constraint_backed = sg_catalog__flag(res, i, f[I_BACKED]);
		idx->comment = sg_catalog__dup(l, res, i, f[I_COMMENT]);
		idx->exclusion = sg_catalog__dup(l, res, i, f[I_EXCLUSION]);
		if (l->oom)
			return sg_catalog__out_of_memory(l);
		/* Key texts: the deparsed ones of an index with expressions, else the quoted key columns. */
		long nums[SG_CATALOG__MAX_KEYS];
		int natts = sg_catalog__parse_attnums(sg_catalog__val(res, i, f[I_INDKEY]), nums);
		long nkeyatts = sg_catalog__long_of(res, i, f[I_NKEYS]);
		if (natts < 0 || nkeyatts < 0 || nkeyatts > natts || natts != sg_catalog__long_of(res, i, f[I_NATTS]))
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query 'indexes' returned malformed keys for index '%s'",
					    idx->name);
		const char **keys = NULL;
		size_t nkeys = (size_t)nkeyatts;
		const char *qinclude[SG_CATALOG__MAX_KEYS];
		if (sg_catalog__val(res, i, f[I_EXPRESSION_KEYS])) {
			if (sg_catalog__parse_array(l, "indexes", sg_catalog__val(res, i, f[I_EXPRESSION_KEYS]),
						    nkeyatts, &keys, &nkeys) != 0)
				return -1;
		} else if (nkeys) {
			if (!(keys = sg_arena_array(l->arena, nkeys, sizeof(*keys))) ||
			    sg_catalog__columns_named(l, "indexes", ti, nums, 0, (int)nkeys, NULL, NULL, keys) != 0)
				return keys ? -1 : sg_catalog__out_of_memory(l);
		}
		if (sg_catalog__columns_named(l, "indexes", ti, nums, (int)nkeyatts, natts, &idx->include,
					      &idx->ninclude, qinclude) != 0)
			return -1;
		const char *def = sg_catalog__val(res, i, f[I_DEFINITION]);
		const char *qname = sg_catalog__val(res, i, f[I_QNAME]),
			   *qschema = sg_catalog__val(res, i, f[I_QSCHEMA]);
		const char *qtable = sg_catalog__val(res, i, f[I_QTABLE]),
			   *qmethod = sg_catalog__val(res, i, f[I_QMETHOD]);
		if (!qname || !qschema || !qtable || !qmethod || (!def && !idx->constraint_backed))
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query 'indexes' returned no definition for index '%s'", idx->name);
		if (def ? sg_catalog__index_elements(l, idx, t->name, def, qname, qschema, qtable, qmethod, keys,
						     nkeys) != 0
			: key_index_definition(l, idx, qname, qtable, qmethod, keys, nkeys, qinclude) != 0)
			return -1;
	}
	return 0;
}

int sg_catalog__read_indexes(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[I_COUNT] = {"indrelid",	  "relname",	"indisunique",	   "nulls_not_distinct",
						   "amname",	  "definition", "expression_keys", "indkey",
						   "indnkeyatts", "indnatts",	"predicate",	   "constraint_backed",
						   "qname",	  "qschema",	"qtable",	   "qmethod",
						   "comment",	  "exclusion"};
	int f[I_COUNT] = {0};
	int rc = sg_catalog__fields(l, res, "indexes", names, f, I_COUNT);
	if (rc == 0)
		rc = sg_catalog__for_each_table(l, res, f[I_RELID], f, fill_indexes);
	return rc;
}
