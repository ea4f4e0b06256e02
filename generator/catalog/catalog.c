/*
 * sg_catalog_load: one schema from pg_catalog into an sg_schema (catalog.h).
 *
 * This file runs the reader: the snapshot, the settings pinned and put back,
 * the statements of every kind sent in two pipelines and their results handed
 * to each kind's reader as they arrive, and the helpers those readers share
 * to take rows apart (catalog_int.h).  Each kind's query and reader live in
 * its own catalog_<kind>.c.
 *
 * Every object kind is one query for the whole schema.  Rows of the per-table
 * kinds (columns, constraints, indexes) come ordered by table oid, the same
 * order as the tables query, so each kind is attached to its tables in one
 * merge pass.  Strings are copied into the schema's arena and every result is
 * cleared as soon as it has been read.
 */
#include "catalog_int.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "strbuf.h"

/* The SQL reads best laid out by hand. */
/* clang-format off */
/*
 * Pin the deparse environment for this transaction, returning what it was
 * (read before anything is set: the CTE is evaluated first).  $1 is the schema
 * name, $2 the search_path.
 */
static const char pin_sql[] =
	"WITH old AS MATERIALIZED (SELECT "
	"COALESCE(pg_catalog.to_regnamespace(pg_catalog.quote_ident($1))::pg_catalog.oid, 0) AS schema_oid, "
	"pg_catalog.current_schema() AS creation_schema, "
	"pg_catalog.current_setting('search_path') AS search_path, "
	"pg_catalog.current_setting('quote_all_identifiers') AS quote_all_identifiers, "
	"pg_catalog.current_setting('DateStyle') AS datestyle, "
	"pg_catalog.current_setting('IntervalStyle') AS intervalstyle, "
	"pg_catalog.current_setting('extra_float_digits') AS extra_float_digits, "
	"pg_catalog.current_setting('max_parallel_workers_per_gather') AS max_parallel_workers_per_gather, "
	"pg_catalog.current_setting('work_mem') AS work_mem, "
	"pg_catalog.current_setting('jit') AS jit, "
	"pg_catalog.current_setting('statement_timeout') AS statement_timeout, "
	"pg_catalog.current_setting('lock_timeout') AS lock_timeout, "
	"pg_catalog.current_setting('idle_in_transaction_session_timeout') AS idle_in_transaction_session_timeout) "
	"SELECT old.*, pg_catalog.set_config('search_path', $2, true), "
	"pg_catalog.set_config('quote_all_identifiers', 'off', true), "
	"pg_catalog.set_config('DateStyle', 'ISO', true), "
	"pg_catalog.set_config('IntervalStyle', 'postgres', true), "
	"pg_catalog.set_config('extra_float_digits', '3', true), "
	/*
	 * Speed only: parallel workers start with cold catalog caches, the per-table sorts fit in memory, and
	 * compiling a catalog query's expressions (JIT: the plans of a large schema cost above jit_above_cost)
	 * took longer than running it, 1.2 of 1.8 s for the constraints of 10,000 tables.
	 */
	"pg_catalog.set_config('max_parallel_workers_per_gather', '0', true), "
	"pg_catalog.set_config('work_mem', '64MB', true), "
	"pg_catalog.set_config('jit', 'off', true), "
	/*
	 * A role's timeouts are meant for the application's statements (and the user's migrations, which keep
	 * them): this read-only snapshot of the catalog runs without them, as pg_dump's does.  On a large schema
	 * a role's statement_timeout failed the read; a signal still cancels it (interrupt.h).
	 */
	"pg_catalog.set_config('statement_timeout', '0', true), "
	"pg_catalog.set_config('lock_timeout', '0', true), "
	"pg_catalog.set_config('idle_in_transaction_session_timeout', '0', true) FROM old";

/* Put the caller's settings back (only inside the caller's transaction; our own COMMIT does it otherwise). */
static const char restore_sql[] =
	"SELECT pg_catalog.set_config('search_path', $1, true), "
	"pg_catalog.set_config('quote_all_identifiers', $2, true), "
	"pg_catalog.set_config('DateStyle', $3, true), "
	"pg_catalog.set_config('IntervalStyle', $4, true), "
	"pg_catalog.set_config('extra_float_digits', $5, true), "
	"pg_catalog.set_config('max_parallel_workers_per_gather', $6, true), "
	"pg_catalog.set_config('work_mem', $7, true), "
	"pg_catalog.set_config('jit', $8, true), "
	"pg_catalog.set_config('statement_timeout', $9, true), "
	"pg_catalog.set_config('lock_timeout', $10, true), "
	"pg_catalog.set_config('idle_in_transaction_session_timeout', $11, true)";

/* clang-format on */

/* ---- errors and single statements ------------------------------------ */

int sg_catalog__out_of_memory(sg_catalog__loader *l)
{
	return sg_error_set(l->err, SG_ERR_SYSTEM, "out of memory while reading the catalog");
}

/* The first line of libpq's connection-level message, for errors without a result. */
static int db_error(sg_catalog__loader *l, const char *what, const PGresult *res)
{
	const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	if (!msg)
		msg = PQerrorMessage(l->conn);
	size_t len = strcspn(msg, "\n");
	return sg_error_set(l->err, SG_ERR_DB, "catalog query '%s' failed: %.*s", what, (int)len,
			    len ? msg : "no result from the server");
}

/* Send one statement; NULL (err set) unless the server answered with rows or OK.  The caller clears the result. */
static PGresult *run(sg_catalog__loader *l, const char *what, const char *sql, int nparams, const char *const *params)
{
	l->stats.queries++;
	PGresult *res = PQexecParams(l->conn, sql, nparams, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);
	if (res && (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)) {
		l->stats.rows += (size_t)PQntuples(res);
		return res;
	}
	db_error(l, what, res);
	PQclear(res);
	return NULL;
}

static int run_command(sg_catalog__loader *l, const char *what, const char *sql)
{
	PGresult *res = run(l, what, sql, 0, NULL);
	PQclear(res);
	return res ? 0 : -1;
}

/* ---- reading rows ---------------------------------------------------- */

/*
 * Look up the result's columns once.  The query text is ours, so a missing
 * column is a mismatch between the reader and the server: say which.
 */
int sg_catalog__fields(sg_catalog__loader *l, const PGresult *res, const char *what, const char *const *names, int *out,
		       int n)
{
	for (int i = 0; i < n; i++) {
		out[i] = PQfnumber(res, names[i]);
		if (out[i] < 0)
			return sg_error_set(l->err, SG_ERR_DB, "catalog query '%s' returned no column '%s'", what,
					    names[i]);
	}
	return 0;
}

/* A field's text copied into the arena, NULL for SQL NULL. */
const char *sg_catalog__dup(sg_catalog__loader *l, const PGresult *res, int row, int field)
{
	if (PQgetisnull(res, row, field))
		return NULL;
	const char *s = sg_arena_strndup(l->arena, PQgetvalue(res, row, field), (size_t)PQgetlength(res, row, field));
	if (!s)
		l->oom = true;
	return s;
}

/*
 * One element of a one-dimensional array's text form, starting at *p (just
 * after '{' or ','): quoted ("a \"b\"") or bare.  Appends the decoded text to
 * `buf` when given and leaves *p on the ',' or '}' that ends it; false when
 * the text is malformed.
 */
static bool array_element(const char **p, sg_strbuf *buf)
{
	const char *s = *p;
	if (*s == '"') {
		for (s++; *s != '"'; s++) {
			if (*s == '\\')
				s++;
			if (!*s)
				return false;
			if (buf)
				sg_strbuf_addch(buf, *s);
		}
		s++;
	} else {
		const char *start = s;
		s += strcspn(s, ",}");
		if (s == start)
			return false;
		/* Bare NULL is an SQL NULL element, which none of our arrays may hold. */
		if (s - start == 4 && strncmp(start, "NULL", 4) == 0)
			return false;
		if (buf)
			sg_strbuf_add(buf, start, (size_t)(s - start));
	}
	if (*s != ',' && *s != '}')
		return false;
	*p = s;
	return true;
}

/*
 * Parse the text of a one-dimensional text/name array ("{a,\"b c\"}") into an
 * exact-sized arena array of arena strings.  `expect` is the element count
 * the catalog reported (-1: unknown), a cross-check of the server's answer.
 * Returns 0, or -1 with err set.
 */
int sg_catalog__parse_array(sg_catalog__loader *l, const char *what, const char *text, long expect, const char ***out,
			    size_t *nout)
{
	*out = NULL;
	*nout = 0;
	if (!text)
		text = "{}";
	if (text[0] != '{')
		return sg_error_set(l->err, SG_ERR_DB, "catalog query '%s' returned a malformed array '%s'", what,
				    text);
	size_t n = 0;
	if (text[1] != '}') {
		const char *p = text;
		do {
			p++;
			if (!array_element(&p, NULL))
				return sg_error_set(l->err, SG_ERR_DB,
						    "catalog query '%s' returned a malformed array '%s'", what, text);
			n++;
		} while (*p == ',');
	}
	if (expect >= 0 && (size_t)expect != n)
		return sg_error_set(l->err, SG_ERR_DB,
				    "catalog query '%s' returned %zu items where %ld were expected: '%s'", what, n,
				    expect, text);
	if (n == 0)
		return 0;
	const char **items = sg_arena_array(l->arena, n, sizeof(*items));
	if (!items)
		return sg_catalog__out_of_memory(l);
	sg_strbuf buf = SG_STRBUF_INIT;
	const char *p = text;
	for (size_t i = 0; i < n; i++) {
		p++;
		sg_strbuf_reset(&buf);
		array_element(&p, &buf);
		if (sg_strbuf_failed(&buf) || !(items[i] = sg_arena_strndup(l->arena, buf.data, buf.len))) {
			sg_strbuf_release(&buf);
			return sg_catalog__out_of_memory(l);
		}
	}
	sg_strbuf_release(&buf);
	*out = items;
	*nout = n;
	return 0;
}

/* Attribute numbers from an int2[] ("{1,2}") or int2vector ("1 2") text; the count, or -1 when malformed. */
int sg_catalog__parse_attnums(const char *text, long *out)
{
	int n = 0;
	if (!text)
		return 0;
	for (const char *p = text; *p;) {
		if (*p == '{' || *p == '}' || *p == ',' || *p == ' ') {
			p++;
			continue;
		}
		char *end;
		long v = strtol(p, &end, 10);
		if (end == p || n == SG_CATALOG__MAX_KEYS)
			return -1;
		out[n++] = v;
		p = end;
	}
	return n;
}

/* Already quoted names, comma-separated. */
void sg_catalog__join_list(sg_strbuf *sb, const char *const *quoted, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		sg_strbuf_adds(sb, quoted[i]);
	}
}

/* One merge pass of a per-table kind's rows with the tables (catalog_int.h). */
int sg_catalog__for_each_table(sg_catalog__loader *l, const PGresult *res, int relid, const int *f,
			       sg_catalog__fill_fn fill)
{
	int n = PQntuples(res);
	size_t t = 0;
	for (int i = 0; i < n;) {
		const char *key = PQgetvalue(res, i, relid);
		int j = i + 1;
		while (j < n && strcmp(PQgetvalue(res, j, relid), key) == 0)
			j++;
		uint32_t oid = sg_catalog__oid_of(res, i, relid);
		while (t < l->schema->ntables && l->oids[t] < oid)
			t++;
		if (t < l->schema->ntables && l->oids[t] == oid && fill(l, &l->schema->tables[t], res, f, i, j) != 0)
			return -1;
		i = j;
	}
	return l->oom ? sg_catalog__out_of_memory(l) : 0;
}

/* ---- the statements --------------------------------------------------- */

/* The excluded table names as a name[] literal for $2: every element quoted, '"' and '\' escaped. */
/* `v[0..n)` (NULL entries left out) as a text[] literal. */
static char *array_literal(const char *const *v, size_t n)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addch(&sb, '{');
	bool first = true;
	for (size_t i = 0; i < n; i++) {
		if (!v[i])
			continue;
		if (!first)
			sg_strbuf_addch(&sb, ',');
		first = false;
		sg_strbuf_addch(&sb, '"');
		for (const char *c = v[i]; *c; c++) {
			if (*c == '"' || *c == '\\')
				sg_strbuf_addch(&sb, '\\');
			sg_strbuf_addch(&sb, *c);
		}
		sg_strbuf_addch(&sb, '"');
	}
	sg_strbuf_addch(&sb, '}');
	if (sg_strbuf_failed(&sb)) {
		sg_strbuf_release(&sb);
		return NULL;
	}
	return sg_strbuf_detach(&sb, NULL);
}

static char *exclude_literal(const sg_catalog_options *opts)
{
	return array_literal(opts ? opts->exclude_tables : NULL, opts ? opts->nexclude_tables : 0);
}

static int read_settings(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[SG_CATALOG__NSETTINGS + 1] = {"schema_oid",
								     "search_path",
								     "quote_all_identifiers",
								     "datestyle",
								     "intervalstyle",
								     "extra_float_digits",
								     "max_parallel_workers_per_gather",
								     "work_mem",
								     "jit",
								     "statement_timeout",
								     "lock_timeout",
								     "idle_in_transaction_session_timeout"};
	int f[SG_CATALOG__NSETTINGS + 1] = {0};
	int rc = sg_catalog__fields(l, res, "settings", names, f, SG_CATALOG__NSETTINGS + 1);
	if (rc == 0 && PQntuples(res) != 1)
		rc = sg_error_set(l->err, SG_ERR_DB, "catalog query 'settings' returned %d rows", PQntuples(res));
	if (rc == 0) {
		const char *oid = sg_catalog__val(res, 0, f[0]);
		snprintf(l->schema_oid, sizeof(l->schema_oid), "%s", oid ? oid : "0");
		l->stats.schema_exists = strcmp(l->schema_oid, "0") != 0;
		int cs = PQfnumber(res, "creation_schema");
		const char *creation = cs >= 0 ? sg_catalog__val(res, 0, cs) : NULL;
		snprintf(l->stats.creation_schema, sizeof(l->stats.creation_schema), "%s", creation ? creation : "");
		for (int i = 0; i < SG_CATALOG__NSETTINGS; i++) {
			const char *v = sg_catalog__val(res, 0, f[1 + i]);
			if (!(l->old_settings[i] = strdup(v ? v : ""))) {
				rc = sg_catalog__out_of_memory(l);
				break;
			}
		}
	}
	return rc;
}

static int restore_settings(sg_catalog__loader *l)
{
	const char *params[SG_CATALOG__NSETTINGS];
	for (int i = 0; i < SG_CATALOG__NSETTINGS; i++)
		params[i] = l->old_settings[i];
	l->stats.round_trips++;
	PGresult *res = run(l, "restore settings", restore_sql, SG_CATALOG__NSETTINGS, params);
	PQclear(res);
	return res ? 0 : -1;
}

static int rollback(sg_catalog__loader *l)
{
	l->stats.round_trips++;
	return run_command(l, "rollback", "ROLLBACK");
}

/* Clean up after a failure: `step`'s own failure must not replace the error that is being reported. */
static void quietly(sg_catalog__loader *l, int (*step)(sg_catalog__loader *l))
{
	sg_error *keep = l->err;
	sg_error ignored = {0};
	l->err = &ignored;
	step(l);
	sg_error_clear(&ignored);
	l->err = keep;
}

/* One statement of the pipeline and what reads its rows (NULL: nothing to read). */
typedef struct statement {
	const char *what;
	const char *sql;
	int nparams;
	const char *params[SG_CATALOG__NSETTINGS];
	int (*read)(sg_catalog__loader *l, const PGresult *res);
} statement;

static int read_hook_first(sg_catalog__loader *l, const PGresult *res)
{
	return l->hook->first_read ? l->hook->first_read(l->hook->ctx, res, l->err) : 0;
}

static int read_hook_second(sg_catalog__loader *l, const PGresult *res)
{
	return l->hook->second_read ? l->hook->second_read(l->hook->ctx, res, l->err) : 0;
}

static bool is_hook(const statement *st)
{
	return st->read == read_hook_first || st->read == read_hook_second;
}

/*
 * Send every statement in one libpq pipeline, then read the results in
 * order: one round trip for the whole schema.  A statement's rows are read
 * as soon as they arrive and cleared before the next result is fetched.  The
 * first failure is reported; the server skips what follows it up to the Sync.
 */
static int run_pipeline(sg_catalog__loader *l, const statement *st, int n)
{
	PGconn *conn = l->conn;
	if (!PQenterPipelineMode(conn))
		return db_error(l, "pipeline", NULL);
	l->stats.round_trips++;
	int sent = 0, rc = 0;
	while (sent < n && PQsendQueryParams(conn, st[sent].sql, st[sent].nparams, NULL,
					     st[sent].nparams ? st[sent].params : NULL, NULL, NULL, 0))
		sent++;
	/* The caller's statements (sg_catalog_hook) are counted apart. */
	for (int i = 0; i < sent; i++)
		*(is_hook(&st[i]) ? &l->stats.hook_queries : &l->stats.queries) += 1;
	if (sent < n)
		rc = db_error(l, st[sent].what, NULL);
	if (!PQpipelineSync(conn) && rc == 0)
		rc = db_error(l, "pipeline", NULL);
	for (int i = 0; i < sent; i++) {
		PGresult *res = PQgetResult(conn);
		if (!res) {
			if (rc == 0)
				rc = db_error(l, st[i].what, NULL);
			break;
		}
		ExecStatusType status = PQresultStatus(res);
		if (rc == 0 && status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
			rc = db_error(l, st[i].what, res);
		if (rc == 0) {
			l->stats.rows += (size_t)PQntuples(res);
			if (st[i].read)
				rc = st[i].read(l, res);
		}
		PQclear(res);
		/* Each statement's results end with a NULL. */
		while ((res = PQgetResult(conn)) != NULL)
			PQclear(res);
	}
	/* Up to the Sync, whatever happened before it. */
	PGresult *res;
	while ((res = PQgetResult(conn)) != NULL) {
		ExecStatusType status = PQresultStatus(res);
		PQclear(res);
		if (status == PGRES_PIPELINE_SYNC)
			break;
	}
	if (!PQexitPipelineMode(conn) && rc == 0)
		rc = db_error(l, "pipeline", NULL);
	return rc;
}

/*
 * Every statement, in its order, in two pipelines: BEGIN (own snapshot only)
 * and the settings, which find the schema's oid; then the fourteen kinds with
 * that oid, and COMMIT (own snapshot) or the caller's settings put back
 * (inside the caller's transaction).  The count is what
 * sg_catalog_stats.queries promises to keep constant.
 */
static int load_all(sg_catalog__loader *l, const char *schema, const char *search_path, int server_version, bool own)
{
	const sg_catalog_hook *hook = own ? l->hook : NULL;
	statement first[] = {
	    {"begin", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", 0, {NULL}, NULL},
	    {"settings", pin_sql, 2, {schema, search_path}, read_settings},
	    {"caller's first statement", hook ? hook->first_sql : NULL, 0, {NULL}, read_hook_first},
	};
	int nfirst = hook && hook->first_sql ? 3 : 2;
	for (int i = 0; hook && i < hook->first_nparams; i++)
		first[2].params[first[2].nparams++] = hook->first_params[i];
	int rc = own ? run_pipeline(l, first, nfirst) : run_pipeline(l, first + 1, 1);
	if (rc != 0)
		return rc;
	const char *second = hook && hook->second_sql ? hook->second_sql(hook->ctx) : NULL;

	char *unmanaged = sg_catalog__unmanaged_sql();
	if (!unmanaged)
		return sg_catalog__out_of_memory(l);
	/*
	 * One statement per kind, each read by its catalog_<kind>.c; a new kind takes its place here.  Tables come
	 * before the per-table kinds, which attach their rows to them.
	 */
	const char *oid = l->schema_oid, *excluded = l->params[1];
	const char *constraints = sg_catalog__constraints_sql(server_version);
	const char *indexes = sg_catalog__indexes_sql(server_version);
	const char *columns = sg_catalog__columns_sql(server_version);
	statement kinds[] = {
	    {"caller's second statement", second, 0, {NULL}, read_hook_second},
	    {"extensions", sg_catalog__extensions_sql, 1, {oid}, sg_catalog__read_extensions},
	    {"enums", sg_catalog__enums_sql, 1, {oid}, sg_catalog__read_enums},
	    {"domains", sg_catalog__domains_sql, 1, {oid}, sg_catalog__read_domains},
	    {"tables", sg_catalog__tables_sql, 2, {oid, excluded}, sg_catalog__read_tables},
	    {"columns", columns, 2, {oid, excluded}, sg_catalog__read_columns},
	    {"constraints", constraints, 2, {oid, excluded}, sg_catalog__read_constraints},
	    {"indexes", indexes, 2, {oid, excluded}, sg_catalog__read_indexes},
	    {"triggers", sg_catalog__triggers_sql, 2, {oid, excluded}, sg_catalog__read_triggers},
	    {"views", sg_catalog__views_sql, 1, {oid}, sg_catalog__read_views},
	    {"view indexes", sg_catalog__view_indexes_sql, 1, {oid}, sg_catalog__read_view_indexes},
	    {"view triggers", sg_catalog__view_triggers_sql, 1, {oid}, sg_catalog__read_view_triggers},
	    {"functions", sg_catalog__functions_sql(server_version), 1, {oid}, sg_catalog__read_functions},
	    {"sequences", sg_catalog__sequences_sql, 2, {oid, excluded}, sg_catalog__read_sequences},
	    {"unmanaged", unmanaged, 2, {oid, excluded}, sg_catalog__read_unmanaged},
	    {"commit", "COMMIT", 0, {NULL}, NULL},
	};
	int n = (int)(sizeof(kinds) / sizeof(kinds[0]));
	if (!own) {
		/* The settings were pinned with set_config(..., true): put the caller's back, last. */
		kinds[n - 1] = (statement){"restore settings", restore_sql, SG_CATALOG__NSETTINGS, {NULL}, NULL};
		for (int i = 0; i < SG_CATALOG__NSETTINGS; i++)
			kinds[n - 1].params[i] = l->old_settings[i];
		l->restored = true;
	}
	rc = second ? run_pipeline(l, kinds, n) : run_pipeline(l, kinds + 1, n - 1);
	free(unmanaged);
	return rc;
}

int sg_catalog_load(sg_schema **out, PGconn *conn, const sg_catalog_options *opts, sg_error *err)
{
	*out = NULL;
	const char *schema_name = opts && opts->schema ? opts->schema : "public";
	sg_catalog__loader l = {.conn = conn, .err = err};
	int rc = -1;
	char *default_path = NULL, *excluded = NULL;

	PGTransactionStatusType ts = conn ? PQtransactionStatus(conn) : PQTRANS_UNKNOWN;
	int server_version = opts && opts->query_version ? opts->query_version : conn ? PQserverVersion(conn) : 0;
	if (ts == PQTRANS_INERROR) {
		sg_error_set(err, SG_ERR_DB, "cannot read schema '%s': the current transaction is aborted",
			     schema_name);
		goto done;
	}
	if (ts != PQTRANS_IDLE && ts != PQTRANS_INTRANS) {
		sg_error_set(err, SG_ERR_DB, "cannot read schema '%s': the connection is busy or broken", schema_name);
		goto done;
	}
	if (server_version < 130000) {
		sg_error_set(err, SG_ERR_DB,
			     "cannot read schema '%s': server version %d is not supported (13 or later)", schema_name,
			     server_version);
		goto done;
	}
	const char *search_path = opts ? opts->search_path : NULL;
	if (!search_path && !(search_path = default_path = sg_quote_ident_dup(schema_name))) {
		sg_catalog__out_of_memory(&l);
		goto done;
	}
	if (!(excluded = exclude_literal(opts)) || !(l.schema = sg_schema_new(schema_name))) {
		sg_catalog__out_of_memory(&l);
		goto done;
	}
	l.arena = l.schema->arena;
	l.hook = opts ? opts->hook : NULL;
	l.params[1] = excluded;
	l.stats.own_transaction = ts == PQTRANS_IDLE;

	if (l.stats.own_transaction) {
		rc = load_all(&l, schema_name, search_path, server_version, true);
		/* A failure before the COMMIT leaves the snapshot's transaction open or aborted: end it. */
		if (rc != 0 && PQtransactionStatus(conn) != PQTRANS_IDLE)
			quietly(&l, rollback);
	} else {
		rc = load_all(&l, schema_name, search_path, server_version, false);
		/*
		 * The last statement of the second pipeline puts the settings back.  When the reader failed
		 * before sending it and the transaction is not aborted (after a failed query nothing can run:
		 * the caller rolls back), put them back now.
		 */
		if (rc != 0 && !l.restored && l.old_settings[SG_CATALOG__NSETTINGS - 1] &&
		    PQtransactionStatus(conn) == PQTRANS_INTRANS)
			quietly(&l, restore_settings);
	}
	if (rc == 0) {
		sg_schema_sort(l.schema);
		*out = l.schema;
		l.schema = NULL;
	}

done:
	if (opts && opts->stats)
		*opts->stats = l.stats;
	for (int i = 0; i < SG_CATALOG__NSETTINGS; i++)
		free(l.old_settings[i]);
	free(l.oids);
	free(l.attnums);
	free(l.qnames);
	free(l.first_column);
	free(default_path);
	free(excluded);
	sg_schema_free(l.schema);
	return rc;
}

int sg_catalog_load_dependents(sg_schema *schema, PGconn *conn, const sg_catalog_options *opts,
			       const char *const *names, size_t nnames, sg_error *err)
{
	schema->dependents = NULL;
	schema->ndependents = 0;
	if (nnames == 0)
		return 0;
	const char *schema_name = opts && opts->schema ? opts->schema : "public";
	sg_catalog__loader l = {.conn = conn, .err = err, .schema = schema, .arena = schema->arena};
	PGTransactionStatusType ts = conn ? PQtransactionStatus(conn) : PQTRANS_UNKNOWN;
	if (ts != PQTRANS_IDLE && ts != PQTRANS_INTRANS)
		return sg_error_set(err, SG_ERR_DB,
				    "cannot read the dependents in schema '%s': the connection is "
				    "busy, broken or in an aborted transaction",
				    schema_name);
	bool own = ts == PQTRANS_IDLE;
	const char *search_path = opts ? opts->search_path : NULL;
	char *default_path = NULL, *excluded = exclude_literal(opts), *wanted = array_literal(names, nnames);
	char *sql = sg_catalog__dependents_sql();
	if (!search_path)
		search_path = default_path = sg_quote_ident_dup(schema_name);
	int rc = 0;
	if (!excluded || !wanted || !sql || !search_path) {
		rc = sg_catalog__out_of_memory(&l);
	} else {
		/* The settings are pinned as for the catalog (pg_describe_object qualifies by the search_path). */
		statement st[] = {
		    {"begin",
		     own ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "SAVEPOINT sg_dependents",
		     0,
		     {NULL},
		     NULL},
		    {"settings", pin_sql, 2, {schema_name, search_path}, read_settings},
		    {"dependents", sql, 3, {schema_name, excluded, wanted}, sg_catalog__read_dependents},
		    /* inside the caller's transaction the rollback to the savepoint puts its settings back */
		    {"commit", own ? "COMMIT" : "ROLLBACK TO SAVEPOINT sg_dependents", 0, {NULL}, NULL},
		    {"release", "RELEASE SAVEPOINT sg_dependents", 0, {NULL}, NULL},
		};
		rc = run_pipeline(&l, st, own ? 4 : 5);
		if (rc != 0 && own && PQtransactionStatus(conn) != PQTRANS_IDLE)
			quietly(&l, rollback);
	}
	if (rc != 0) {
		schema->dependents = NULL;
		schema->ndependents = 0;
	}
	if (opts && opts->stats) {
		opts->stats->queries += l.stats.queries;
		opts->stats->round_trips += l.stats.round_trips;
		opts->stats->rows += l.stats.rows;
	}
	for (int i = 0; i < SG_CATALOG__NSETTINGS; i++)
		free(l.old_settings[i]);
	free(default_path);
	free(excluded);
	free(wanted);
	free(sql);
	return rc;
}

static void drop_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

void sg_catalog_quiet_notices(PGconn *conn)
{
	if (conn)
		PQsetNoticeProcessor(conn, drop_notice, NULL);
}
