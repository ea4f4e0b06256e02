/*
 * sg_apply: loading and running one migration file (see apply.h).
 */
#include "apply.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "strbuf.h"

void sg_apply_release(sg_loaded *l)
{
	free(l->path);
	free(l->text);
	free(l->exec);
	sg_split_release(&l->script);
	memset(l, 0, sizeof(*l));
}

void sg_apply_list_free(sg_loaded *ls, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sg_apply_release(&ls[i]);
	free(ls);
}

static int read_file(const sg_migrate *m, const char *file, char **text, size_t *len, char **path, sg_error *err)
{
	sg_strbuf p = SG_STRBUF_INIT;
	sg_strbuf_addf(&p, "%s/%s", m->src.description, file);
	*path = sg_strbuf_detach(&p, NULL);
	if (!*path)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	return m->src.read(m->src.ctx, file, text, len, err);
}

/* Read, checksum and split one file; check that it can run as written. */
int sg_apply_load(const sg_migrate *m, const sg_mfile *f, bool down, sg_loaded *out, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	out->f = f;
	out->down = down;
	out->file = down ? f->down_file : f->up_file;
	snprintf(out->vtext, sizeof(out->vtext), "%" PRId64, f->version);
	if (!out->file)
		return sg_error_set(err, SG_ERR_INPUT, "migration '%s_%s' has no down file (%s_%s.down.sql)",
				    f->version_text, f->name, f->version_text, f->name);
	if (read_file(m, out->file, &out->text, &out->len, &out->path, err) != 0)
		return -1;
	if (!down && sg_checksum_sha256_hex(out->checksum, out->text, out->len, err) != 0)
		return -1;
	if (sg_split_script(&out->script, out->text, out->len, out->path, err) != 0)
		return -1;
	if (!out->script.no_transaction && sg_split_check_transactional(&out->script, out->path, err) != 0)
		return -1;
	/*
	 * The statements are cut out in place: every file of a run is loaded
	 * before the first runs, so one copy of 1,000 files is all it keeps.
	 * Positions are counted from each statement's own start afterwards.
	 */
	out->exec = out->text;
	out->text = NULL;
	for (size_t i = 0; i < out->script.count; i++) {
		const sg_stmt *st = &out->script.stmts[i];
		out->exec[st->offset + st->len] = '\0';
	}
	return 0;
}

/* The up file's checksum, for a version whose file is not otherwise loaded. */
int sg_apply_checksum(const sg_migrate *m, const sg_mfile *f, char out[SG_CHECKSUM_HEX_LEN + 1], sg_error *err)
{
	char *text = NULL, *path = NULL;
	size_t len = 0;
	int rc = read_file(m, f->up_file, &text, &len, &path, err);
	if (rc == 0)
		rc = sg_checksum_sha256_hex(out, text, len, err);
	free(text);
	free(path);
	return rc;
}

/* Describe a server error inside a file: `path:line:col: ERROR 42P01: message (statement i of n: first line)`. */
static void file_sql_error(sg_strbuf *sb, const sg_loaded *l, int stmt, const PGresult *res)
{
	const sg_stmt *st = &l->script.stmts[stmt];
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	const char *sev = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
	const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
	const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
	const char *pos = PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION);
	int line = st->line, col = st->column;
	if (pos && atoi(pos) > 0) {
		/* From the statement's start (the buffer has a NUL after each statement). */
		const char *s = l->exec + st->offset;
		int dl, dc;
		sg_split_linecol(s, sg_split_char_to_byte(s, st->len, (size_t)atoi(pos) - 1), &dl, &dc);
		line = st->line + dl - 1;
		col = dl == 1 ? st->column + dc - 1 : dc;
	}
	char first[120];
	sg_strbuf_addf(sb, "%s:%d:%d: %s %s: %s", l->path, line, col, sev ? sev : "ERROR", state ? state : "?????",
		       msg ? msg : PQresultErrorMessage(res));
	if (detail)
		sg_strbuf_addf(sb, " (detail: %s)", detail);
	if (hint)
		sg_strbuf_addf(sb, " (hint: %s)", hint);
	sg_strbuf_addf(sb, " (statement %d of %zu: %s)", stmt + 1, l->script.count,
		       sg_split_first_line(l->exec, st, first, sizeof(first)));
}

static void runner_sql_error(sg_strbuf *sb, const sg_loaded *l, const PGresult *res, PGconn *conn)
{
	const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	if (state && strcmp(state, "57014") == 0)
		sg_strbuf_addf(sb, "%s: cancelled: %s", l->path, msg ? msg : "canceling statement");
	else
		sg_strbuf_addf(sb, "%s: recording it in the tracking table failed: %s %s", l->path, state ? state : "",
			       msg ? msg : PQerrorMessage(conn));
}

/* Record a failure in the history after the rollback; a failure to do so is only mentioned. */
static void record_failure(sg_migrate *m, const sg_loaded *l, bool dirty, const char *message, long duration)
{
	char dur[32];
	snprintf(dur, sizeof(dur), "%ld", duration);
	const char *params[] = {l->vtext, l->f->name, l->checksum, m->client, message, l->down ? "down" : "up", dur};
	sg_error e = {0};
	if (sg_pipeline_exec(m->conn, dirty ? m->trk.sql_failed_dirty : m->trk.sql_failed, 7, params,
			     "cannot record the failure in the history", &e) != 0)
		sg_migrate__emit(m, SG_MIGRATE_EVENT_WARNING, l->f, l->file, l->down, -1, sg_error_message(&e));
	sg_error_clear(&e);
}

/* ---- running one migration ---- */

static void timeout_text(char *buf, size_t size, long ms)
{
	snprintf(buf, size, "%ld", ms);
}

/* Send the SET LOCAL (is_local = true) or session timeouts. */
static int send_timeouts(const sg_migrate *m, sg_pipeline *p, bool local, sg_error *err)
{
	char lt[32], stt[32];
	timeout_text(lt, sizeof(lt), m->lock_timeout_ms);
	timeout_text(stt, sizeof(stt), m->statement_timeout_ms);
	const char *lp[] = {lt}, *sp[] = {stt};
	if (m->lock_timeout_ms >= 0 && sg_pipeline_add(p, SG_PIPELINE_RUNNER,
						       local ? "SELECT set_config('lock_timeout', $1, true)"
							     : "SELECT set_config('lock_timeout', $1, false)",
						       1, lp, err) != 0)
		return -1;
	if (m->statement_timeout_ms >= 0 && sg_pipeline_add(p, SG_PIPELINE_RUNNER,
							    local ? "SELECT set_config('statement_timeout', $1, true)"
								  : "SELECT set_config('statement_timeout', $1, false)",
							    1, sp, err) != 0)
		return -1;
	return 0;
}

/*
 * Send one migration's commands into an open pipeline: its statements and the
 * tracking and history rows.  When `own_tx`, also its BEGIN (the file's own
 * BEGIN when it has one, so its options are kept) and the COMMIT.
 */
static int send_migration(sg_migrate *m, sg_pipeline *p, sg_loaded *l, bool own_tx, bool first_in_tx, sg_error *err)
{
	const sg_script *s = &l->script;
	size_t from = 0, to = s->count;
	if (s->own_transaction) {
		from = 1;
		to = s->count - 1;
	}
	if (own_tx) {
		const char *begin = s->own_transaction ? l->exec + s->stmts[0].offset : "BEGIN";
		if (sg_pipeline_add(p, s->own_transaction ? 0 : SG_PIPELINE_RUNNER, begin, 0, NULL, err) != 0)
			return -1;
	}
	if (first_in_tx && send_timeouts(m, p, true, err) != 0)
		return -1;
	if (sg_pipeline_add(p, SG_PIPELINE_RUNNER,
			    "SELECT set_config('schemagen.started_at', clock_timestamp()::text, true)", 0, NULL,
			    err) != 0)
		return -1;
	for (size_t i = from; i < to; i++)
		if (sg_pipeline_add(p, (int)i, l->exec + s->stmts[i].offset, 0, NULL, err) != 0)
			return -1;
	const char *params[] = {l->vtext, l->f->name, l->checksum, m->client};
	if (sg_pipeline_add(p, SG_PIPELINE_RUNNER, l->down ? m->trk.sql_reverted : m->trk.sql_applied, 4, params,
			    err) != 0)
		return -1;
	if (own_tx && sg_pipeline_add(p, SG_PIPELINE_RUNNER, "COMMIT", 0, NULL, err) != 0)
		return -1;
	return 0;
}

/* Turn a failed pipeline result into the error message for file l. */
static void failure_message(sg_strbuf *sb, sg_migrate *m, const sg_loaded *l, PGresult *failed, int tag)
{
	if (m->interrupted)
		sg_strbuf_addf(sb, "%s: interrupted, the running statement was cancelled", l->path);
	else if (tag >= 0)
		file_sql_error(sb, l, tag, failed);
	else
		runner_sql_error(sb, l, failed, m->conn);
}

/* Run a transactional migration in one round trip. */
static int run_tx(sg_migrate *m, sg_loaded *l, sg_error *err)
{
	long start = sg_migrate__now_ms();
	sg_pipeline p;
	PGresult *failed = NULL;
	int tag = SG_PIPELINE_RUNNER;
	int rc = sg_pipeline_start(&p, m->conn, err);
	if (rc == 0 && send_migration(m, &p, l, true, true, err) != 0)
		rc = -1;
	if (rc == 0)
		rc = sg_pipeline_finish(&p, &failed, &tag, NULL, NULL, err);
	else {
		sg_pipeline_abort(&p);
	}
	long took = sg_migrate__now_ms() - start;
	if (rc != 0)
		return rc;
	if (!failed) {
		sg_migrate__emit(m, l->down ? SG_MIGRATE_EVENT_REVERTED : SG_MIGRATE_EVENT_APPLIED, l->f, l->file,
				 l->down, took, NULL);
		return 0;
	}
	sg_pipeline_rollback(m->conn);
	sg_strbuf msg = SG_STRBUF_INIT;
	failure_message(&msg, m, l, failed, tag);
	PQclear(failed);
	record_failure(m, l, false, msg.data, took);
	sg_strbuf_adds(&msg, l->down ? "; rolled back, the version is still applied"
				     : "; rolled back, nothing of it was applied");
	sg_migrate__emit(m, SG_MIGRATE_EVENT_FAILED, l->f, l->file, l->down, took, msg.data);
	sg_error_set(err, SG_ERR_DB, "%s", msg.data);
	sg_strbuf_release(&msg);
	return -1;
}

/* Run a no-transaction migration statement by statement, with its progress in the tracking row. */
static int run_notx(sg_migrate *m, sg_loaded *l, sg_error *err)
{
	long start = sg_migrate__now_ms();
	const sg_script *s = &l->script;
	char total[24];
	snprintf(total, sizeof(total), "%zu", s->count);
	const char *up_params[] = {l->vtext, l->f->name, l->checksum, total};
	const char *down_params[] = {l->vtext, total};
	if (l->down ? sg_pipeline_exec(m->conn, m->trk.sql_notx_start_down, 2, down_params,
				       "cannot mark the version dirty", err)
		    : sg_pipeline_exec(m->conn, m->trk.sql_notx_start_up, 4, up_params, "cannot mark the version dirty",
				       err))
		return -1;
	bool timeouts = m->lock_timeout_ms >= 0 || m->statement_timeout_ms >= 0;
	if (timeouts) {
		sg_pipeline p;
		PGresult *failed = NULL;
		int tag;
		if (sg_pipeline_start(&p, m->conn, err) != 0)
			return -1;
		if (send_timeouts(m, &p, false, err) != 0 ||
		    sg_pipeline_finish(&p, &failed, &tag, NULL, NULL, err) != 0) {
			PQclear(failed);
			return -1;
		}
		if (failed) {
			sg_error_set(err, SG_ERR_DB, "cannot set the timeouts: %s", PQresultErrorMessage(failed));
			PQclear(failed);
			return -1;
		}
	}
	sg_strbuf msg = SG_STRBUF_INIT;
	size_t done = 0;
	for (; done < s->count; done++) {
		if (m->interrupted) {
			sg_strbuf_addf(&msg, "%s: interrupted before statement %zu of %zu", l->path, done + 1,
				       s->count);
			break;
		}
		PGresult *res = PQexec(m->conn, l->exec + s->stmts[done].offset);
		ExecStatusType st = PQresultStatus(res);
		if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) {
			if (m->interrupted)
				sg_strbuf_addf(&msg, "%s: interrupted, the running statement was cancelled: ", l->path);
			file_sql_error(&msg, l, (int)done, res);
			PQclear(res);
			break;
		}
		PQclear(res);
		char n[24];
		snprintf(n, sizeof(n), "%zu", done + 1);
		const char *pp[] = {l->vtext, n};
		sg_error e = {0};
		if (sg_pipeline_exec(m->conn, m->trk.sql_progress, 2, pp, "cannot record progress", &e) != 0) {
			sg_strbuf_addf(&msg, "%s: %s", l->path, sg_error_message(&e));
			sg_error_clear(&e);
			done++;
			break;
		}
	}
	if (msg.len == 0 && PQtransactionStatus(m->conn) != PQTRANS_IDLE)
		sg_strbuf_addf(&msg, "%s: the file left a transaction open (a BEGIN without COMMIT)", l->path);
	long took = sg_migrate__now_ms() - start;
	if (msg.len) {
		sg_pipeline_rollback(m->conn);
		if (timeouts)
			PQclear(PQexec(m->conn, "RESET lock_timeout; RESET statement_timeout"));
		sg_strbuf_addf(&msg, "; left dirty: %s",
			       l->down ? "the down migration stopped part-way" : "the up migration stopped part-way");
		record_failure(m, l, true, msg.data, took);
		sg_migrate__emit(m, SG_MIGRATE_EVENT_FAILED, l->f, l->file, l->down, took, msg.data);
		char v[24];
		sg_migrate__version_label(v, sizeof(v), m, l->f->version);
		sg_error_set(err, SG_ERR_DB, "%s; fix the database, then run 'migrate force %s' once it matches %s",
			     msg.data, v, l->down ? "the state before the down file" : "the file's end state");
		sg_strbuf_release(&msg);
		return -1;
	}
	if (timeouts)
		PQclear(PQexec(m->conn, "RESET lock_timeout; RESET statement_timeout"));
	char dur[32];
	snprintf(dur, sizeof(dur), "%ld", took);
	const char *params[] = {l->vtext, l->f->name, l->checksum, m->client, dur};
	if (sg_pipeline_exec(m->conn, l->down ? m->trk.sql_notx_done_down : m->trk.sql_notx_done_up, 5, params,
			     "cannot mark the version clean", err) != 0)
		return -1;
	sg_migrate__emit(m, l->down ? SG_MIGRATE_EVENT_REVERTED : SG_MIGRATE_EVENT_APPLIED, l->f, l->file, l->down,
			 took, NULL);
	return 0;
}

/* Every migration of `ls` in one transaction: all or nothing. */
int sg_apply_run_atomic(sg_migrate *m, sg_loaded *ls, size_t n, int *applied, sg_error *err)
{
	long *took = calloc(n ? n : 1, sizeof(*took));
	if (!took)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	int rc = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		long t0 = sg_migrate__now_ms();
		sg_pipeline p;
		PGresult *failed = NULL;
		int tag = SG_PIPELINE_RUNNER;
		rc = sg_pipeline_start(&p, m->conn, err);
		if (rc == 0 && i == 0 && sg_pipeline_add(&p, SG_PIPELINE_RUNNER, "BEGIN", 0, NULL, err) != 0)
			rc = -1;
		if (rc == 0 && send_migration(m, &p, &ls[i], false, i == 0, err) != 0)
			rc = -1;
		if (rc == 0) {
			rc = sg_pipeline_finish(&p, &failed, &tag, NULL, NULL, err);
		} else {
			sg_pipeline_abort(&p);
		}
		took[i] = sg_migrate__now_ms() - t0;
		if (rc == 0 && failed) {
			sg_pipeline_rollback(m->conn);
			sg_strbuf msg = SG_STRBUF_INIT;
			failure_message(&msg, m, &ls[i], failed, tag);
			PQclear(failed);
			record_failure(m, &ls[i], false, msg.data, took[i]);
			sg_strbuf_addf(&msg, "; rolled back with the whole --atomic run, nothing was applied");
			sg_migrate__emit(m, SG_MIGRATE_EVENT_FAILED, ls[i].f, ls[i].file, false, took[i], msg.data);
			sg_error_set(err, SG_ERR_DB, "%s", msg.data);
			sg_strbuf_release(&msg);
			rc = -1;
		}
	}
	if (rc == 0) {
		PGresult *res = PQexec(m->conn, "COMMIT");
		if (PQresultStatus(res) != PGRES_COMMAND_OK)
			rc = sg_error_set(err, SG_ERR_DB, "the --atomic run failed at COMMIT, nothing was applied: %s",
					  PQerrorMessage(m->conn));
		PQclear(res);
	} else {
		sg_pipeline_rollback(m->conn);
	}
	if (rc == 0) {
		for (size_t i = 0; i < n; i++)
			sg_migrate__emit(m, SG_MIGRATE_EVENT_APPLIED, ls[i].f, ls[i].file, false, took[i], NULL);
		*applied = (int)n;
	}
	free(took);
	return rc;
}

int sg_apply_run(sg_migrate *m, sg_loaded *l, sg_error *err)
{
	return l->script.no_transaction ? run_notx(m, l, err) : run_tx(m, l, err);
}
