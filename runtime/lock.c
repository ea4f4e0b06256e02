/*
 * sg_lock: the advisory migration lock, by polling; where it is held depends
 * on the connection (see lock.h and docs/migrate.md).
 */
#include "lock.h"

#include <errno.h>
#include <poll.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "checksum.h"
#include "schemagen/conn.h"
#include "strbuf.h"

int64_t sg_lock_key(const char *schema, const char *table)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb, "%s.%s", schema, table);
	char hex[SG_CHECKSUM_HEX_LEN + 1];
	uint64_t k = 0;
	if (sg_checksum_sha256_hex(hex, sb.data, sb.len, NULL) == 0) {
		for (int i = 0; i < 16; i++) {
			char c = hex[i];
			k = (k << 4) | (uint64_t)(c <= '9' ? c - '0' : c - 'a' + 10);
		}
	}
	sg_strbuf_release(&sb);
	/* Two's complement reinterpretation, as ::bit(64)::bigint does. */
	int64_t key;
	memcpy(&key, &k, sizeof(key));
	return key;
}

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000};
	/* A signal cuts the pause short; the caller's loop checks the flag. */
	nanosleep(&ts, NULL);
}

/* The results of one pipelined command, and the Sync after it: its result, or NULL when the connection failed. */
static PGresult *pipelined_result(PGconn *conn)
{
	PGresult *res = PQgetResult(conn), *extra;
	while ((extra = PQgetResult(conn)) != NULL)
		PQclear(extra);
	PGresult *sync = PQgetResult(conn);
	bool synced = sync && PQresultStatus(sync) == PGRES_PIPELINE_SYNC;
	PQclear(sync);
	if (!synced) {
		PQclear(res);
		return NULL;
	}
	return res;
}

static void key_text(char *buf, size_t size, int64_t key)
{
	snprintf(buf, size, "%" PRId64, key);
}

/*
 * The first attempt, on the runner's connection: which server session
 * answers, and the session-level lock only when that session is the one
 * libpq connected to (no proxy in between: PQbackendPID is the pid of the
 * server's BackendKeyData, which a pooler replaces with its own cancel key).
 * With `then`, the query goes in the same round trip (a pipeline: the lock,
 * Sync, then, Sync) and its result comes back in *then_result when the lock
 * was taken.
 */
static int first_attempt(const sg_lock_request *rq, int *pid, bool *got, PGresult **then_result, sg_error *err)
{
	PGconn *conn = rq->conn;
	char keytext[32], mine[16];
	key_text(keytext, sizeof(keytext), rq->key);
	snprintf(mine, sizeof(mine), "%d", PQbackendPID(conn));
	const char *params[] = {keytext, mine};
	/* client_connection_check_interval exists from PostgreSQL 14 on. */
	const char *sql = PQserverVersion(conn) >= 140000
			      ? "SELECT pg_backend_pid(), CASE WHEN pg_backend_pid() = $2::int THEN "
				"pg_try_advisory_lock($1::bigint) END, CASE WHEN pg_backend_pid() = $2::int THEN "
				"set_config('client_connection_check_interval', '1000', false) END"
			      : "SELECT pg_backend_pid(), CASE WHEN pg_backend_pid() = $2::int THEN "
				"pg_try_advisory_lock($1::bigint) END";
	PGresult *res = NULL, *after = NULL;
	if (rq->then) {
		bool sent = PQenterPipelineMode(conn) && PQsendQueryParams(conn, sql, 2, NULL, params, NULL, NULL, 0) &&
			    PQpipelineSync(conn) && PQsendQueryParams(conn, rq->then, 0, NULL, NULL, NULL, NULL, 0) &&
			    PQpipelineSync(conn);
		if (sent) {
			res = pipelined_result(conn);
			after = res ? pipelined_result(conn) : NULL;
		}
		if (!sent || !res || !after || !PQexitPipelineMode(conn)) {
			sg_error_set(err, SG_ERR_DB, "cannot take the migration lock: %s", PQerrorMessage(conn));
			PQclear(res);
			PQclear(after);
			return -1;
		}
	} else {
		res = PQexecParams(conn, sql, 2, NULL, params, NULL, NULL, 0);
	}
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		PQclear(after);
		sg_error_set(err, SG_ERR_DB, "cannot take the migration lock: %s", PQerrorMessage(conn));
		PQclear(res);
		return -1;
	}
	*pid = atoi(PQgetvalue(res, 0, 0));
	*got = strcmp(PQgetvalue(res, 0, 1), "t") == 0;
	PQclear(res);
	if (then_result && *got)
		*then_result = after;
	else
		PQclear(after);
	return 0;
}

/* The lock key as pg_locks shows it: classid (high 32 bits) and objid (low 32 bits). */
static void key_halves(char hi[16], char lo[16], int64_t key)
{
	uint64_t u;
	memcpy(&u, &key, sizeof(u));
	snprintf(hi, 16, "%" PRIu32, (uint32_t)(u >> 32));
	snprintf(lo, 16, "%" PRIu32, (uint32_t)(u & 0xffffffffu));
}

/*
 * A later attempt.  Behind a session pool the lock is taken only in the
 * server session the probe saw bound to this connection, and only when that
 * session does not hold it already (a session lock held by a server session
 * that answers another connection is one a transaction pooler moved around:
 * re-entering it would let two runs in).  *refused says which of the two
 * failed.
 */
static int attempt(const sg_lock *lk, const sg_lock_request *rq, bool *got, int *refused_pid, sg_error *err)
{
	char keytext[32], hi[16], lo[16], bound[16];
	key_text(keytext, sizeof(keytext), rq->key);
	key_halves(hi, lo, rq->key);
	snprintf(bound, sizeof(bound), "%d", lk->bound_pid);
	const char *params[] = {keytext, hi, lo, bound};
	*refused_pid = 0;
	PGresult *res =
	    lk->bound_pid
		? PQexecParams(rq->conn,
			       "SELECT CASE WHEN pg_backend_pid() <> $4::int THEN NULL WHEN EXISTS (SELECT 1 "
			       "FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND "
			       "granted AND objsubid = 1 AND classid = $2::oid AND objid = $3::oid AND "
			       "database = (SELECT oid FROM pg_database WHERE datname = current_database())) "
			       "THEN NULL ELSE pg_try_advisory_lock($1::bigint) END, pg_backend_pid()",
			       4, NULL, params, NULL, NULL, 0)
		: PQexecParams(rq->conn, "SELECT pg_try_advisory_lock($1::bigint), 0", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		sg_error_set(err, SG_ERR_DB, "cannot take the migration lock: %s", PQerrorMessage(rq->conn));
		PQclear(res);
		return -1;
	}
	if (PQgetisnull(res, 0, 0))
		*refused_pid = atoi(PQgetvalue(res, 0, 1));
	*got = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return 0;
}

/* The value of a one-row, one-int result (PQcleared), or -1 when the query failed. */
static int int_value(PGresult *res)
{
	int v = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 ? atoi(PQgetvalue(res, 0, 0)) : -1;
	PQclear(res);
	return v;
}

/* The first line of a libpq message without its "FATAL:  " prefix, for our one-line errors. */
static void first_line(char *buf, size_t size, const char *msg)
{
	const char *s = msg ? msg : "";
	const char *colon = strstr(s, ":  ");
	if (colon && colon - s < 10)
		s = colon + 3;
	snprintf(buf, size, "%.*s", (int)strcspn(s, "\n"), s);
}

/* Wait until conn has a result ready: 0, 1 when the deadline passed, -1 when the connection failed. */
static int wait_result(PGconn *conn, long deadline)
{
	while (PQisBusy(conn)) {
		long left = deadline - now_ms();
		if (left <= 0)
			return 1;
		struct pollfd p = {.fd = PQsocket(conn), .events = POLLIN};
		int r = poll(&p, 1, (int)left);
		if (r < 0 && errno != EINTR)
			return -1;
		if (r > 0 && !PQconsumeInput(conn))
			return -1;
	}
	return 0;
}

#define PROBE_WAIT_MS 3000

/*
 * One round trip on the second connection, a pipeline: BEGIN (when no
 * transaction is open), `query` (one integer; $1 is `keytext` when given),
 * and a SET LOCAL that keeps the server from ending the transaction while it
 * sits idle.  That last command also replaces the query's unnamed portal,
 * which would otherwise keep its snapshot (and the session's xmin) for as
 * long as the transaction stays open, and make CREATE INDEX CONCURRENTLY wait
 * for it.  The transaction is left open (a statement pooler refuses that at
 * the Sync).  Returns the integer (>= 0), -2 when no answer came before
 * `deadline` (no server session free for it), or -1 with `why` set when the
 * transaction could not stay open.
 */
static int pin_txn(PGconn *c, const char *query, const char *keytext, long deadline, char *why, size_t whysize)
{
	why[0] = '\0';
	int value = -1;
	const char *params[] = {keytext};
	bool begin = PQtransactionStatus(c) == PQTRANS_IDLE;
	bool sent =
	    PQenterPipelineMode(c) && (!begin || PQsendQueryParams(c, "BEGIN", 0, NULL, NULL, NULL, NULL, 0)) &&
	    PQsendQueryParams(c, query, keytext ? 1 : 0, NULL, keytext ? params : NULL, NULL, NULL, 0) &&
	    PQsendQueryParams(c, "SET LOCAL idle_in_transaction_session_timeout = 0", 0, NULL, NULL, NULL, NULL, 0) &&
	    PQpipelineSync(c);
	int n = begin ? 4 : 3, query_at = begin ? 1 : 0;
	for (int i = 0; sent && i < n; i++) {
		int w = wait_result(c, deadline);
		if (w == 1)
			return -2;
		if (w < 0)
			break;
		PGresult *res = PQgetResult(c);
		if (!res)
			break;
		ExecStatusType st = PQresultStatus(res);
		if (st == PGRES_FATAL_ERROR && !why[0])
			first_line(why, whysize, PQresultErrorMessage(res));
		if (i == query_at && st == PGRES_TUPLES_OK && PQntuples(res) == 1)
			value = atoi(PQgetvalue(res, 0, 0));
		bool sync = st == PGRES_PIPELINE_SYNC;
		PQclear(res);
		if (sync)
			break;
		/* Each command's results end with a NULL. */
		if (wait_result(c, deadline) != 0 || (res = PQgetResult(c)) != NULL) {
			PQclear(res);
			break;
		}
	}
	if (PQstatus(c) == CONNECTION_OK)
		PQexitPipelineMode(c);
	if (PQstatus(c) == CONNECTION_OK && PQtransactionStatus(c) == PQTRANS_INTRANS && value >= 0)
		return value;
	if (!why[0])
		first_line(why, whysize, PQerrorMessage(c));
	return -1;
}

/*
 * Behind a proxy: whether the runner's server session stays its own between
 * transactions.  A second connection (to the host and port the runner's
 * connection reached) opens a transaction (a statement pooler refuses that:
 * SG_ERR_REFUSED), notes its server session and ends it; then the runner's
 * connection asks for its own again.  Under session pooling the two are
 * always different sessions and the runner's never changes.  Under
 * transaction pooling the runner's last session is free between its
 * transactions, and pgbouncer hands the most recently used one out first: the
 * second connection gets it, or the runner's next transaction gets the one
 * the second connection just gave back.  Two rounds.  The second connection
 * holds no session while the runner's waits, and gives up after
 * PROBE_WAIT_MS when the pool has no session for it (a full session pool:
 * the runner's own session is bound, which is all the probe needs to know).
 * A pooler that shuffled sessions between other clients at exactly those
 * moments could still slip through; the attempts then refuse to take the
 * lock in a session that is not this connection's, or that holds it already.
 */
/*
 * The second connection's own messages stay off stderr: a server ending it
 * (a failover: `FATAL: terminating connection due to administrator command`)
 * sends them while it idles in its transaction, and libpq's default printed
 * them raw; its loss is said once, by the check that the lock is still held.
 */
static void quiet_notice(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

static int probe(sg_lock *lk, const sg_lock_request *rq, int first_pid, sg_error *err)
{
	const char *host = PQhost(rq->conn), *port = PQport(rq->conn), *hostaddr = PQhostaddr(rq->conn);
	const char *url = rq->url && rq->url[0] ? rq->url : getenv("DATABASE_URL");
	const char *keys[] = {"dbname", "fallback_application_name", "host", "port", "hostaddr", NULL};
	const char *values[] = {url, rq->app, host, port, hostaddr, NULL};
	char where[512], why[256];
	sg_conn_describe(rq->conn, where, sizeof(where));
	PGconn *c = PQconnectdbParams(keys, values, 1);
	if (!c || PQstatus(c) != CONNECTION_OK) {
		sg_error_set(err, SG_ERR_DB, "cannot open a second connection to %s: %s", where,
			     c ? PQerrorMessage(c) : "out of memory");
		PQfinish(c);
		return -1;
	}
	PQsetNoticeProcessor(c, quiet_notice, NULL);
	int other = -1, again = first_pid;
	for (int round = 0; round < 2 && other != first_pid && again == first_pid; round++) {
		other = pin_txn(c, "SELECT pg_backend_pid()", NULL, now_ms() + PROBE_WAIT_MS, why, sizeof(why));
		if (other == -2) {
			/* No session for it within PROBE_WAIT_MS: a full session pool.  The lock stays here. */
			PQfinish(c);
			c = NULL;
			break;
		}
		if (other < 0) {
			PQfinish(c);
			return sg_error_set(err, SG_ERR_REFUSED,
					    "%s is reached through a pooler that does not keep a transaction on one "
					    "server session (statement pooling? it said: %s), where the migration lock "
					    "cannot hold: connect migrate directly, or through a session-mode pool "
					    "(pgbouncer: pool_mode=session)",
					    where, why[0] ? why : "the transaction did not stay open");
		}
		PQclear(PQexec(c, "ROLLBACK"));
		again = int_value(PQexec(rq->conn, "SELECT pg_backend_pid()"));
		if (again < 0) {
			PQfinish(c);
			return sg_error_set(err, SG_ERR_DB, "cannot take the migration lock: %s",
					    PQerrorMessage(rq->conn));
		}
	}
	if (other != first_pid && again == first_pid) {
		lk->bound_pid = first_pid;
		lk->pin = c;
		return 0;
	}
	PQfinish(c);
	char seen[160];
	if (other == first_pid)
		snprintf(seen, sizeof(seen), "server session %d went to another connection between two transactions",
			 first_pid);
	else
		snprintf(seen, sizeof(seen), "its transactions ran in server sessions %d and %d", first_pid, again);
	return sg_error_set(err, SG_ERR_REFUSED,
			    "%s is reached through a pooler in transaction pooling mode (%s), where the migration "
			    "lock and a run's session settings cannot hold: connect migrate directly, or through a "
			    "session-mode pool (pgbouncer: pool_mode=session)",
			    where, seen);
}

static sg_migrate_lock_holder *holder_from(PGresult *res)
{
	sg_migrate_lock_holder *h = calloc(1, sizeof(*h));
	if (!h)
		return NULL;
	h->pid = atoi(PQgetvalue(res, 0, 0));
	h->application_name = strdup(PQgetvalue(res, 0, 1));
	h->connected_since = strdup(PQgetvalue(res, 0, 2));
	h->state = strdup(PQgetvalue(res, 0, 3));
	h->state_since = strdup(PQgetvalue(res, 0, 4));
	h->client = strdup(PQgetvalue(res, 0, 5));
	if (!h->application_name || !h->connected_since || !h->state || !h->state_since || !h->client) {
		sg_lock_holder_free(h);
		return NULL;
	}
	return h;
}

void sg_lock_holder_free(sg_migrate_lock_holder *h)
{
	if (!h)
		return;
	free(h->application_name);
	free(h->client);
	free(h->connected_since);
	free(h->state);
	free(h->state_since);
	free(h);
}

int sg_lock_holder_get(sg_migrate_lock_holder **out, PGconn *conn, int64_t key, sg_error *err)
{
	*out = NULL;
	uint64_t u;
	memcpy(&u, &key, sizeof(u));
	char hi[16], lo[16];
	snprintf(hi, sizeof(hi), "%" PRIu32, (uint32_t)(u >> 32));
	snprintf(lo, sizeof(lo), "%" PRIu32, (uint32_t)(u & 0xffffffffu));
	const char *params[] = {hi, lo};
	PGresult *res = PQexecParams(
	    conn,
	    "SELECT a.pid, coalesce(a.application_name, ''), "
	    "coalesce(to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), ''), coalesce(a.state, ''), "
	    "coalesce(to_char(coalesce(a.state_change, a.backend_start), 'YYYY-MM-DD HH24:MI:SS TZ'), ''), "
	    "CASE WHEN a.backend_start IS NULL THEN '' ELSE coalesce(host(a.client_addr), 'local socket') "
	    "END FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
	    "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
	    "AND l.classid = $1::oid AND l.objid = $2::oid "
	    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
	    2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		sg_error_set(err, SG_ERR_DB, "cannot find the migration lock's holder: %s", PQerrorMessage(conn));
		PQclear(res);
		return -1;
	}
	if (PQntuples(res) > 0 && !(*out = holder_from(res))) {
		PQclear(res);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	PQclear(res);
	return 0;
}

char *sg_lock_holder_describe(const sg_migrate_lock_holder *h)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	if (!h)
		sg_strbuf_adds(&sb, "no session (it was just released)");
	else
		sg_strbuf_addf(&sb, "pid %d (application_name '%s', from %s, connected since %s, %s since %s)", h->pid,
			       h->application_name, h->client[0] ? h->client : "a client not shown to this role",
			       h->connected_since[0] ? h->connected_since : "an unknown time",
			       h->state[0] ? h->state : "state unknown",
			       h->state_since[0] ? h->state_since : "an unknown time");
	return sg_strbuf_detach(&sb, NULL);
}

int sg_lock_describe_holder(char **out, PGconn *conn, int64_t key, sg_error *err)
{
	*out = NULL;
	sg_migrate_lock_holder *h = NULL;
	if (sg_lock_holder_get(&h, conn, key, err) != 0)
		return -1;
	*out = sg_lock_holder_describe(h);
	sg_lock_holder_free(h);
	return *out ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
}

/* An attempt on the second connection: a transaction that stays open when it takes the lock. */
static int pin_attempt(sg_lock *lk, bool *got, int64_t key, sg_error *err)
{
	char keytext[32], why[256];
	key_text(keytext, sizeof(keytext), key);
	int v =
	    pin_txn(lk->pin, "SELECT pg_try_advisory_xact_lock($1::bigint)::int", keytext, LONG_MAX, why, sizeof(why));
	if (v < 0)
		return sg_error_set(err, SG_ERR_DB, "cannot take the migration lock: %s", why);
	*got = v == 1;
	if (!*got)
		PQclear(PQexec(lk->pin, "ROLLBACK"));
	return 0;
}

/* Behind a session pool, once the probe passed: the session setting the first attempt sets when direct. */
static int bound_setup(const sg_lock_request *rq, sg_error *err)
{
	if (PQserverVersion(rq->conn) < 140000)
		return 0;
	PGresult *res = PQexec(rq->conn, "SELECT set_config('client_connection_check_interval', '1000', false)");
	bool ok = PQresultStatus(res) == PGRES_TUPLES_OK;
	PQclear(res);
	return ok ? 0 : sg_error_set(err, SG_ERR_DB, "cannot set up the session: %s", PQerrorMessage(rq->conn));
}

int sg_lock_acquire(sg_lock *lk, const sg_lock_request *rq, PGresult **then_result, sg_error *err)
{
	memset(lk, 0, sizeof(*lk));
	if (then_result)
		*then_result = NULL;
	long start = now_ms();
	long pause = 10;
	bool reported = false;
	bool got = false;
	int pid = 0, refused = 0;
	if (first_attempt(rq, &pid, &got, then_result, err) != 0)
		return -1;
	if (pid != PQbackendPID(rq->conn)) {
		/* A proxy in between (it answers with its own cancel key): find out how it pools. */
		if (probe(lk, rq, pid, err) != 0 || bound_setup(rq, err) != 0 ||
		    (lk->pin ? pin_attempt(lk, &got, rq->key, err) : attempt(lk, rq, &got, &refused, err)) != 0)
			goto fail;
	}
	for (;;) {
		if (refused) {
			char where[512];
			sg_conn_describe(rq->conn, where, sizeof(where));
			sg_error_set(
			    err, SG_ERR_REFUSED,
			    "%s is reached through a pooler in transaction pooling mode (%s), where the "
			    "migration lock and a run's session settings cannot hold: connect migrate directly, "
			    "or through a session-mode pool (pgbouncer: pool_mode=session)",
			    where,
			    refused == lk->bound_pid ? "its server session already held the migration lock "
						       "another connection took"
						     : "its transactions moved to another server session");
			goto fail;
		}
		if (got) {
			lk->held = true;
			return 0;
		}
		if (rq->interrupted && *rq->interrupted) {
			sg_error_set(err, SG_ERR_DB, "interrupted while waiting for the migration lock");
			goto fail;
		}
		long waited = now_ms() - start;
		if (rq->timeout_ms >= 0 && waited >= rq->timeout_ms) {
			char *holder = NULL;
			if (sg_lock_describe_holder(&holder, rq->conn, rq->key, err) != 0)
				goto fail;
			sg_error_set(err, SG_ERR_DB,
				     "lock timeout: the migration lock is still held after %ld ms by %s", waited,
				     holder);
			free(holder);
			goto fail;
		}
		if (!reported && rq->on_wait && waited >= 1000) {
			char *holder = NULL;
			if (sg_lock_describe_holder(&holder, rq->conn, rq->key, err) != 0)
				goto fail;
			rq->on_wait(holder, rq->userdata);
			free(holder);
			reported = true;
		}
		long p = pause;
		if (rq->timeout_ms >= 0 && waited + p > rq->timeout_ms)
			p = rq->timeout_ms - waited;
		sleep_ms(p > 0 ? p : 1);
		if (pause < 250)
			pause = pause * 2 > 250 ? 250 : pause * 2;
		if ((lk->pin ? pin_attempt(lk, &got, rq->key, err) : attempt(lk, rq, &got, &refused, err)) != 0)
			goto fail;
	}
fail:
	if (then_result) {
		PQclear(*then_result);
		*then_result = NULL;
	}
	PQfinish(lk->pin);
	memset(lk, 0, sizeof(*lk));
	return -1;
}

int sg_lock_release(sg_lock *lk, PGconn *conn, int64_t key, bool *was_held, char *note, size_t notesize, sg_error *err)
{
	*was_held = false;
	note[0] = '\0';
	if (lk->pin) {
		/* Held by the open transaction of the second connection: ending it releases the lock. */
		bool alive = PQconsumeInput(lk->pin) && PQstatus(lk->pin) == CONNECTION_OK &&
			     PQtransactionStatus(lk->pin) == PQTRANS_INTRANS;
		PGresult *res = alive ? PQexec(lk->pin, "ROLLBACK") : NULL;
		*was_held = alive && PQresultStatus(res) == PGRES_COMMAND_OK;
		PQclear(res);
		PQfinish(lk->pin);
		memset(lk, 0, sizeof(*lk));
		if (!*was_held)
			snprintf(note, notesize, "the connection that held it was closed during the run");
		return 0;
	}
	int bound = lk->bound_pid;
	memset(lk, 0, sizeof(*lk));
	char keytext[32];
	key_text(keytext, sizeof(keytext), key);
	const char *params[] = {keytext};
	PGresult *res = PQexecParams(conn, "SELECT pg_advisory_unlock($1::bigint)", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		sg_error_set(err, SG_ERR_DB, "cannot release the migration lock: %s", PQerrorMessage(conn));
		PQclear(res);
		return -1;
	}
	*was_held = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	if (*was_held || !bound)
		return 0;
	/*
	 * Behind a pooler that turned out to move sessions after all: the lock
	 * stayed in the server session it was taken in, now idle in the pool.
	 * Ending that session is the only way to release it; only while it is
	 * idle, so no other client's transaction is cut.
	 */
	char b[16];
	snprintf(b, sizeof(b), "%d", bound);
	const char *tp[] = {b};
	res = PQexecParams(conn,
			   "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid = $1::int AND state = "
			   "'idle'",
			   1, NULL, tp, NULL, NULL, 0);
	bool ended =
	    PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1 && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	snprintf(note, notesize,
		 ended ? "server session %d, which held it, was ended"
		       : "server session %d may still hold it: end it with SELECT pg_terminate_backend(%d)",
		 bound, bound);
	return 0;
}

bool sg_lock_check(sg_lock *lk, sg_error *err)
{
	if (!lk->pin)
		return true;
	if (PQconsumeInput(lk->pin) && PQstatus(lk->pin) == CONNECTION_OK &&
	    PQtransactionStatus(lk->pin) == PQTRANS_INTRANS)
		return true;
	char why[256];
	first_line(why, sizeof(why), PQerrorMessage(lk->pin));
	sg_error_set(err, SG_ERR_DB,
		     "lost the migration lock: the connection holding it was closed (%s); stopped before the next "
		     "migration",
		     why[0] ? why : "no reason given");
	return false;
}
