/*
 * sg_session: the session state between migrations of one run (session.h).
 */
#include "session.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

/*
 * What a file may leave in the session, undone: the session user and role
 * (RESET ALL leaves them), every setting back to the session's start (the
 * URL's options, ALTER ROLE / DATABASE SET: their search_path, not the
 * server's), cursors, prepared statements, LISTEN, temporary objects and
 * sequence values.
 */
static const char *const reset[] = {
    "SET SESSION AUTHORIZATION DEFAULT",
    "RESET ROLE",
    "RESET ALL",
    "CLOSE ALL",
    "DEALLOCATE ALL",
    "UNLISTEN *",
    "DISCARD TEMP",
    "DISCARD SEQUENCES",
};

/* The settings made at session level (by the run, or by the application before it): put back after RESET ALL. */
static const char snapshot_sql[] = "SELECT name, setting FROM pg_settings WHERE source = 'session' ORDER BY name";

int sg_session_add(sg_migrate *m, sg_pipeline *p, sg_error *err)
{
	if (m->session_files == 0)
		return sg_pipeline_add(p, SG_SESSION_TAG, snapshot_sql, 0, NULL, err);
	for (size_t i = 0; i < sizeof(reset) / sizeof(reset[0]); i++)
		if (sg_pipeline_add(p, SG_SESSION_TAG, reset[i], 0, NULL, err) != 0)
			return -1;
	if (m->session_nparams == 0)
		return 0;
	return sg_pipeline_add(p, SG_SESSION_TAG, m->session_restore, m->session_nparams,
			       (const char *const *)m->session_params, err);
}

/*
 * Keep the snapshot as one statement, `SELECT set_config($1, $2, false),
 * ...`, and its parameters: one SELECT per file, and a plain one (a SELECT
 * over unnest() of two arrays costs the server 0.2 ms more, measured).
 */
void sg_session_rows(void *ud, int tag, const PGresult *res)
{
	sg_migrate *m = ud;
	if (tag != SG_SESSION_TAG || PQnfields(res) != 2 || m->session_restore)
		return;
	int n = PQntuples(res);
	if (n == 0)
		return;
	sg_strbuf sql = SG_STRBUF_INIT;
	sg_strbuf_adds(&sql, "SELECT ");
	char **params = calloc(2 * (size_t)n, sizeof(*params));
	bool oom = !params;
	for (int i = 0; i < n && !oom; i++) {
		sg_strbuf_addf(&sql, "%sset_config($%d, $%d, false)", i ? ", " : "", 2 * i + 1, 2 * i + 2);
		oom = !(params[2 * i] = strdup(PQgetvalue(res, i, 0))) ||
		      !(params[2 * i + 1] = strdup(PQgetvalue(res, i, 1)));
	}
	if (oom || sg_strbuf_failed(&sql)) {
		/* Out of memory: the settings are then only reset, as if there were none. */
		for (int i = 0; params && i < 2 * n; i++)
			free(params[i]);
		free(params);
		sg_strbuf_release(&sql);
		return;
	}
	m->session_restore = sg_strbuf_detach(&sql, NULL);
	m->session_params = params;
	m->session_nparams = 2 * n;
}

void sg_session_file_done(sg_migrate *m)
{
	m->session_files++;
}

int sg_session_prepare(sg_migrate *m, sg_error *err)
{
	sg_pipeline p;
	PGresult *failed = NULL;
	int tag;
	if (sg_pipeline_start(&p, m->conn, err) != 0)
		return -1;
	if (sg_session_add(m, &p, err) != 0) {
		sg_pipeline_abort(&p);
		return -1;
	}
	if (sg_pipeline_finish(&p, &failed, &tag, sg_session_rows, m, err) != 0)
		return -1;
	if (failed) {
		char why[512];
		sg_error_set(err, SG_ERR_DB, "cannot reset the session before the next file: %s",
			     sg_pipeline_error_text(failed, m->conn, why, sizeof(why)));
		PQclear(failed);
		return -1;
	}
	return 0;
}

int sg_session_release_advisory(sg_migrate *m, sg_error *err)
{
	char key[24];
	snprintf(key, sizeof(key), "%" PRId64, m->lock_key);
	const char *params[] = {key};
	/*
	 * Each pass releases every lock once (a lock taken twice needs two);
	 * pg_locks is read anew by each statement, not within one.
	 */
	static const char sql[] =
	    "SELECT count(CASE WHEN objsubid = 1 AND mode = 'ShareLock' THEN pg_advisory_unlock_shared(k) "
	    "WHEN objsubid = 1 THEN pg_advisory_unlock(k) "
	    "WHEN mode = 'ShareLock' THEN pg_advisory_unlock_shared(k1, k2) ELSE pg_advisory_unlock(k1, k2) END) "
	    "FROM (SELECT objsubid, mode, (classid::bigint << 32) | objid::bigint AS k, "
	    "classid::bigint::bit(32)::int AS k1, objid::bigint::bit(32)::int AS k2 FROM pg_locks "
	    "WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND NOT (objsubid = 1 AND "
	    "mode = 'ExclusiveLock' AND ((classid::bigint << 32) | objid::bigint) = $1::bigint)) l";
	for (int pass = 0; pass < 1000; pass++) {
		PGresult *res = PQexecParams(m->conn, sql, 1, NULL, params, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			char why[512];
			sg_error_set(err, SG_ERR_DB, "cannot release the advisory locks a file left: %s",
				     sg_pipeline_error_text(res, m->conn, why, sizeof(why)));
			PQclear(res);
			return -1;
		}
		long released = strtol(PQgetvalue(res, 0, 0), NULL, 10);
		PQclear(res);
		if (released == 0)
			return 0;
	}
	return sg_error_set(err, SG_ERR_DB,
			    "cannot release the advisory locks a file left: still held after 1000 passes");
}

void sg_session_release(sg_migrate *m)
{
	for (int i = 0; i < m->session_nparams; i++)
		free(m->session_params[i]);
	free(m->session_params);
	free(m->session_restore);
	m->session_params = NULL;
	m->session_restore = NULL;
	m->session_nparams = 0;
}
