/*
 * sg_lock: the advisory migration lock, by polling.
 */
#include "lock.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "checksum.h"
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

/*
 * One attempt.  With `then`, the query goes in the same round trip (a
 * pipeline: the lock, Sync, then, Sync) and its result comes back in
 * *then_result when the lock was taken.
 */
static int try_lock(PGconn *conn, int64_t key, bool *got, const char *then, PGresult **then_result, sg_error *err)
{
	char keytext[32];
	snprintf(keytext, sizeof(keytext), "%" PRId64, key);
	const char *params[] = {keytext};
	/* client_connection_check_interval exists from PostgreSQL 14 on. */
	const char *sql = PQserverVersion(conn) >= 140000
			      ? "SELECT pg_try_advisory_lock($1::bigint), "
				"set_config('client_connection_check_interval', '1000', false)"
			      : "SELECT pg_try_advisory_lock($1::bigint)";
	PGresult *res = NULL, *after = NULL;
	if (then) {
		bool sent = PQenterPipelineMode(conn) && PQsendQueryParams(conn, sql, 1, NULL, params, NULL, NULL, 0) &&
			    PQpipelineSync(conn) && PQsendQueryParams(conn, then, 0, NULL, NULL, NULL, NULL, 0) &&
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
		res = PQexecParams(conn, sql, 1, NULL, params, NULL, NULL, 0);
	}
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		PQclear(after);
		sg_error_set(err, SG_ERR_DB, "cannot take the migration lock: %s", PQerrorMessage(conn));
		PQclear(res);
		return -1;
	}
	*got = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	if (then_result && *got)
		*then_result = after;
	else
		PQclear(after);
	return 0;
}

int sg_lock_describe_holder(char **out, PGconn *conn, int64_t key, sg_error *err)
{
	*out = NULL;
	uint64_t u;
	memcpy(&u, &key, sizeof(u));
	char hi[16], lo[16];
	snprintf(hi, sizeof(hi), "%" PRIu32, (uint32_t)(u >> 32));
	snprintf(lo, sizeof(lo), "%" PRIu32, (uint32_t)(u & 0xffffffffu));
	const char *params[] = {hi, lo};
	PGresult *res =
	    PQexecParams(conn,
			 "SELECT a.pid, coalesce(a.application_name, ''), "
			 "to_char(a.backend_start, 'YYYY-MM-DD HH24:MI:SS TZ'), coalesce(a.state, ''), "
			 "to_char(coalesce(a.state_change, a.backend_start), 'YYYY-MM-DD HH24:MI:SS TZ'), "
			 "coalesce(host(a.client_addr), 'local socket') "
			 "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
			 "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
			 "AND l.classid = $1::oid AND l.objid = $2::oid "
			 "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
			 2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		sg_error_set(err, SG_ERR_DB, "cannot find the migration lock's holder: %s", PQerrorMessage(conn));
		PQclear(res);
		return -1;
	}
	sg_strbuf sb = SG_STRBUF_INIT;
	if (PQntuples(res) == 0)
		sg_strbuf_adds(&sb, "no session (it was just released)");
	else
		sg_strbuf_addf(
		    &sb, "pid %s (application_name '%s', from %s, connected since %s, %s since %s)",
		    PQgetvalue(res, 0, 0), PQgetvalue(res, 0, 1), PQgetvalue(res, 0, 5), PQgetvalue(res, 0, 2),
		    PQgetvalue(res, 0, 3)[0] ? PQgetvalue(res, 0, 3) : "state unknown", PQgetvalue(res, 0, 4));
	PQclear(res);
	*out = sg_strbuf_detach(&sb, NULL);
	return *out ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
}

int sg_lock_acquire(PGconn *conn, int64_t key, long timeout_ms, const volatile sig_atomic_t *interrupted,
		    sg_lock_wait_fn on_wait, void *userdata, sg_error *err)
{
	return sg_lock_acquire_then(conn, key, timeout_ms, interrupted, on_wait, userdata, NULL, NULL, err);
}

int sg_lock_acquire_then(PGconn *conn, int64_t key, long timeout_ms, const volatile sig_atomic_t *interrupted,
			 sg_lock_wait_fn on_wait, void *userdata, const char *then, PGresult **then_result,
			 sg_error *err)
{
	long start = now_ms();
	long pause = 10;
	bool reported = false;
	if (then_result)
		*then_result = NULL;
	for (bool first = true;; first = false) {
		bool got = false;
		if (try_lock(conn, key, &got, first ? then : NULL, then_result, err) != 0)
			return -1;
		if (got)
			return 0;
		if (interrupted && *interrupted)
			return sg_error_set(err, SG_ERR_DB, "interrupted while waiting for the migration lock");
		long waited = now_ms() - start;
		if (timeout_ms >= 0 && waited >= timeout_ms) {
			char *holder = NULL;
			if (sg_lock_describe_holder(&holder, conn, key, err) != 0)
				return -1;
			sg_error_set(err, SG_ERR_DB,
				     "lock timeout: the migration lock is still held after %ld ms by %s", waited,
				     holder);
			free(holder);
			return -1;
		}
		if (!reported && on_wait && waited >= 1000) {
			char *holder = NULL;
			if (sg_lock_describe_holder(&holder, conn, key, err) != 0)
				return -1;
			on_wait(holder, userdata);
			free(holder);
			reported = true;
		}
		long p = pause;
		if (timeout_ms >= 0 && waited + p > timeout_ms)
			p = timeout_ms - waited;
		sleep_ms(p > 0 ? p : 1);
		if (pause < 250)
			pause = pause * 2 > 250 ? 250 : pause * 2;
	}
}

int sg_lock_release(PGconn *conn, int64_t key, bool *was_held, sg_error *err)
{
	char keytext[32];
	snprintf(keytext, sizeof(keytext), "%" PRId64, key);
	const char *params[] = {keytext};
	PGresult *res = PQexecParams(conn, "SELECT pg_advisory_unlock($1::bigint)", 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		sg_error_set(err, SG_ERR_DB, "cannot release the migration lock: %s", PQerrorMessage(conn));
		PQclear(res);
		return -1;
	}
	*was_held = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return 0;
}
