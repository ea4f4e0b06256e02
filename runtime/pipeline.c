/*
 * sg_pipeline: libpq pipelines and the runner's small exec helpers.
 */
#include "pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sg_pipeline_start(sg_pipeline *p, PGconn *conn, sg_error *err)
{
	memset(p, 0, sizeof(*p));
	p->conn = conn;
	if (!PQenterPipelineMode(conn))
		return sg_error_set(err, SG_ERR_DB, "cannot enter sg_pipeline mode: %s", PQerrorMessage(conn));
	return 0;
}

int sg_pipeline_add(sg_pipeline *p, int tag, const char *sql, int nparams, const char *const *params, sg_error *err)
{
	if (p->n == p->cap) {
		int cap = p->cap ? p->cap * 2 : 16;
		int *grown = realloc(p->tags, (size_t)cap * sizeof(*grown));
		if (!grown)
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		p->tags = grown;
		p->cap = cap;
	}
	if (!PQsendQueryParams(p->conn, sql, nparams, NULL, params, NULL, NULL, 0))
		return sg_error_set(err, SG_ERR_DB, "cannot send a statement: %s", PQerrorMessage(p->conn));
	p->tags[p->n++] = tag;
	return 0;
}

/*
 * The connection was lost while the result of command i (p->n: the Sync) was
 * awaited; libpq may have reported it as the failure of an earlier command,
 * the one the server was running.
 */
static int lost(sg_pipeline *p, int i, const PGresult *failed, int failed_tag, sg_error *err)
{
	p->lost = true;
	p->lost_tag = failed ? failed_tag : i < p->n ? p->tags[i] : SG_PIPELINE_RUNNER;
	return sg_error_set(err, SG_ERR_DB, "lost the connection to the server: %s", PQerrorMessage(p->conn));
}

/*
 * Sync and read every result, staying in pipeline mode.  The first failing
 * command's result is kept in *failed (the caller PQclears it) with its tag
 * in *failed_tag; later commands were skipped by the server.  Returns -1 with
 * err set only when the connection itself failed; a failed command is not an
 * error here.
 */
int sg_pipeline_sync(sg_pipeline *p, PGresult **failed, int *failed_tag, sg_pipeline_rows_fn on_rows, void *ud,
		     sg_error *err)
{
	*failed = NULL;
	*failed_tag = SG_PIPELINE_RUNNER;
	int rc = 0;
	if (!PQpipelineSync(p->conn))
		rc = sg_error_set(err, SG_ERR_DB, "cannot send to the server: %s", PQerrorMessage(p->conn));
	for (int i = 0; rc == 0 && i < p->n; i++) {
		PGresult *res = PQgetResult(p->conn);
		if (!res) {
			rc = lost(p, i, *failed, *failed_tag, err);
			break;
		}
		ExecStatusType st = PQresultStatus(res);
		if (st == PGRES_TUPLES_OK && on_rows)
			on_rows(ud, p->tags[i], res);
		if (st == PGRES_FATAL_ERROR && !*failed) {
			*failed = res;
			*failed_tag = p->tags[i];
			res = NULL;
		}
		PQclear(res);
		/* Each command's results end with a NULL. */
		while ((res = PQgetResult(p->conn)) != NULL)
			PQclear(res);
		if (PQstatus(p->conn) == CONNECTION_BAD)
			rc = lost(p, i, *failed, *failed_tag, err);
	}
	if (rc == 0) {
		PGresult *res = PQgetResult(p->conn);
		if (!res || PQresultStatus(res) != PGRES_PIPELINE_SYNC)
			rc = lost(p, p->n, *failed, *failed_tag, err);
		PQclear(res);
	}
	p->n = 0;
	if (rc != 0 && *failed) {
		PQclear(*failed);
		*failed = NULL;
	}
	return rc;
}

int sg_pipeline_finish(sg_pipeline *p, PGresult **failed, int *failed_tag, sg_pipeline_rows_fn on_rows, void *ud,
		       sg_error *err)
{
	int rc = sg_pipeline_sync(p, failed, failed_tag, on_rows, ud, err);
	if (rc == 0 && !PQexitPipelineMode(p->conn)) {
		rc = sg_error_set(err, SG_ERR_DB, "cannot leave pipeline mode: %s", PQerrorMessage(p->conn));
		PQclear(*failed);
		*failed = NULL;
	}
	free(p->tags);
	p->tags = NULL;
	return rc;
}

/* Roll back whatever transaction the connection is in. */
void sg_pipeline_rollback(PGconn *conn)
{
	PGTransactionStatusType ts = PQtransactionStatus(conn);
	if (ts == PQTRANS_INTRANS || ts == PQTRANS_INERROR)
		PQclear(PQexec(conn, "ROLLBACK"));
}

const char *sg_pipeline_error_text(const PGresult *res, PGconn *conn, char *buf, size_t size)
{
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *sev = res ? PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED) : NULL;
	if (state && msg) {
		snprintf(buf, size, "%s %s: %s", sev ? sev : "ERROR", state, msg);
		return buf;
	}
	const char *whole = res && PQresultErrorMessage(res)[0] ? PQresultErrorMessage(res) : PQerrorMessage(conn);
	snprintf(buf, size, "%s", whole);
	return buf;
}

int sg_pipeline_exec(PGconn *conn, const char *sql, int n, const char *const *params, const char *what, sg_error *err)
{
	PGresult *res = PQexecParams(conn, sql, n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);
	int rc = 0;
	char why[512];
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		rc = sg_error_set(err, SG_ERR_DB, "%s: %s", what, sg_pipeline_error_text(res, conn, why, sizeof(why)));
	PQclear(res);
	return rc;
}

void sg_pipeline_abort(sg_pipeline *p)
{
	free(p->tags);
	p->tags = NULL;
	PQexitPipelineMode(p->conn);
}
