/*
 * sg_apply: checking and running one migration file (see apply.h).
 *
 * A file is read twice, chunk by chunk (stream.h): once to check it before
 * anything of the run changes (valid UTF-8, every statement parses, none
 * refuses a transaction unless the file opts out, its checksum), then when it
 * runs, each chunk's statements sent as they are read.  Memory is bounded by
 * the largest statement, not the file; a file of one chunk (up to 256 KiB)
 * goes out in one round trip as before.  When it runs, the file must still be
 * the one that was checked (same SHA-256), or nothing of it is committed.
 */
#include "apply.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "pipeline.h"
#include "session.h"
#include "stream.h"
#include "strbuf.h"

void sg_apply_release(sg_loaded *l)
{
	free(l->path);
	memset(l, 0, sizeof(*l));
}

void sg_apply_list_free(sg_loaded *ls, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sg_apply_release(&ls[i]);
	free(ls);
}

/* Open l's file as a stream: straight from the directory, or from the source's whole text. */
static int open_stream(const sg_migrate *m, const sg_loaded *l, sg_stream *s, sg_error *err)
{
	if (sg_migrate__dir(m))
		return sg_stream_open(s, l->path, l->path, err);
	char *text = NULL;
	size_t len = 0;
	if (m->src.read(m->src.ctx, l->file, &text, &len, err) != 0) {
		memset(s, 0, sizeof(*s));
		s->fd = -1;
		return -1;
	}
	return sg_stream_open_text(s, text, len, l->path, err);
}

/* Whether a statement's text names an advisory lock function (pg_advisory_lock and the like). */
static bool names_advisory(const char *text)
{
	for (const char *p = text; *p; p++)
		if ((*p == 'a' || *p == 'A') && strncasecmp(p, "advisory", 8) == 0)
			return true;
	return false;
}

/* Whether statement a comes before statement b in the file. */
static bool before(const sg_stmt *a, const sg_stmt *b)
{
	return a->line < b->line || (a->line == b->line && a->column <= b->column);
}

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
	sg_strbuf p = SG_STRBUF_INIT;
	sg_strbuf_addf(&p, "%s/%s", m->src.description, out->file);
	if (!(out->path = sg_strbuf_detach(&p, NULL)))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	sg_stream s;
	if (open_stream(m, out, &s, err) != 0) {
		sg_stream_close(&s);
		return -1;
	}
	/* The first statement that refuses a transaction block, and the first transaction control. */
	sg_stmt no_tx = {0}, txn = {0};
	size_t txn_count = 0;
	sg_stmt_txn first = SG_STMT_PLAIN, last = SG_STMT_PLAIN;
	sg_chunk c;
	int rc;
	while ((rc = sg_stream_next(&s, &c, err)) == 1) {
		for (size_t i = 0; i < c.script.count; i++) {
			const sg_stmt *st = &c.script.stmts[i];
			if (c.first + i == 0) {
				first = st->txn;
				out->begin_has_options = st->begin_has_options;
			}
			last = st->txn;
			if (st->no_tx && !no_tx.no_tx)
				no_tx = *st;
			if (st->txn != SG_STMT_PLAIN && txn_count++ == 0)
				txn = *st;
			if (!out->advisory && names_advisory(c.text + st->offset))
				out->advisory = true;
		}
		out->count = c.first + c.script.count;
	}
	if (rc == 0) {
		out->no_transaction = sg_stream_no_tx_directive(&s);
		out->own_transaction =
		    out->count >= 2 && first == SG_STMT_BEGIN && last == SG_STMT_COMMIT && txn_count == 2;
		memcpy(out->sum, sg_stream_sum(&s), sizeof(out->sum));
		if (!down)
			sg_checksum_hex(out->checksum, out->sum);
	}
	sg_stream_close(&s);
	if (rc != 0 || out->no_transaction)
		return rc;
	/* The earliest statement that cannot run as written, as the check of a whole file reports it. */
	bool txn_bad = txn_count > 0 && !out->own_transaction;
	if (no_tx.no_tx && (!txn_bad || before(&no_tx, &txn)))
		return sg_split__refuse(&no_tx, out->path, err);
	if (txn_bad)
		return sg_split__refuse(&txn, out->path, err);
	return 0;
}

/*
 * Where the server's internal query (the statement a DO block or a function
 * body ran) starts inside the statement text s of len bytes: its offset, or
 * -1 when it is not there as written.  PL/pgSQL runs `PERFORM expr` as
 * `SELECT expr`, so that one is looked for under its own keyword too.
 */
static long internal_query_at(const char *s, size_t len, const char *q)
{
	size_t ql = strlen(q);
	if (ql == 0 || ql > len)
		return -1;
	for (const char *p = s; (size_t)(p - s) + ql <= len; p++)
		if (*p == *q && memcmp(p, q, ql) == 0)
			return p - s;
	if (strncasecmp(q, "SELECT ", 7) != 0)
		return -1;
	for (const char *p = s; (size_t)(p - s) + 8 + (ql - 7) <= len; p++)
		if (strncasecmp(p, "PERFORM ", 8) == 0 && memcmp(p + 8, q + 7, ql - 7) == 0)
			return p - s + 1; /* the server's position counts in its SELECT, one character shorter */
	return -1;
}

/* `path:line:col: the connection failed: TEXT`, libpq's TEXT on one line (it ends in a newline, and tabs). */
static void add_one_line(sg_strbuf *sb, const sg_loaded *l, int line, int col, const char *text)
{
	sg_strbuf_addf(sb, "%s:%d:%d: the connection failed: ", l->path, line, col);
	bool space = false;
	for (const char *p = text; *p; p++) {
		bool blank = *p == '\n' || *p == '\t' || *p == '\r' || *p == ' ';
		if (blank) {
			space = true;
			continue;
		}
		if (space && sb->len && sb->data[sb->len - 1] != ' ')
			sg_strbuf_addch(sb, ' ');
		space = false;
		sg_strbuf_addch(sb, *p);
	}
}

/*
 * Describe a server error inside a file: `path:line:col: ERROR 42P01:
 * message (detail: ...) (hint: ...) (statement i of n: first line)`, then on
 * lines of their own, as the server wrote them, its `QUERY:` (what a DO block
 * or a function ran) and `CONTEXT:` lines (docs/migrate.md, "Errors").
 * line:col is the statement's start plus the error's position in it, or in
 * the query a DO block or a function body ran when that query is in the
 * statement as written; `stmt` indexes chunk c.
 */
static void file_sql_error(sg_strbuf *sb, const sg_loaded *l, const sg_chunk *c, int stmt, const PGresult *res)
{
	const sg_stmt *st = &c->script.stmts[stmt];
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	const char *sev = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
	const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
	const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
	const char *pos = PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION);
	const char *ipos = PQresultErrorField(res, PG_DIAG_INTERNAL_POSITION);
	const char *iquery = PQresultErrorField(res, PG_DIAG_INTERNAL_QUERY);
	const char *context = PQresultErrorField(res, PG_DIAG_CONTEXT);
	/* From the statement's start (the chunk has a NUL after each statement), in bytes. */
	const char *s = c->text + st->offset;
	long at = -1;
	if (pos && atoi(pos) > 0) {
		at = (long)sg_split_char_to_byte(s, st->len, (size_t)atoi(pos) - 1);
	} else if (ipos && iquery && atoi(ipos) > 0) {
		long q = internal_query_at(s, st->len, iquery);
		if (q >= 0)
			at = q + (long)sg_split_char_to_byte(s + q, st->len - (size_t)q, (size_t)atoi(ipos) - 1);
	}
	int line = st->line, col = st->column;
	if (at >= 0) {
		int dl, dc;
		sg_split_linecol(s, (size_t)at, &dl, &dc);
		line = st->line + dl - 1;
		col = dl == 1 ? st->column + dc - 1 : dc;
	}
	char first[120];
	if (state)
		sg_strbuf_addf(sb, "%s:%d:%d: %s %s: %s", l->path, line, col, sev ? sev : "ERROR", state,
			       msg ? msg : PQresultErrorMessage(res));
	else /* no SQLSTATE: libpq's own error, the connection lost (its lines put on one: it is the error line) */
		add_one_line(sb, l, line, col, msg ? msg : PQresultErrorMessage(res));
	if (detail)
		sg_strbuf_addf(sb, " (detail: %s)", detail);
	if (hint)
		sg_strbuf_addf(sb, " (hint: %s)", hint);
	sg_strbuf_addf(sb, " (statement %zu of %zu: %s)", c->first + (size_t)stmt + 1, l->count,
		       sg_split_first_line(c->text, st, first, sizeof(first)));
	if (iquery)
		sg_strbuf_addf(sb, "\nQUERY:  %s", iquery);
	if (context)
		sg_strbuf_addf(sb, "\nCONTEXT:  %s", context);
}

static void runner_sql_error(sg_strbuf *sb, const sg_loaded *l, int tag, const PGresult *res, PGconn *conn)
{
	const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	if (tag == SG_SESSION_TAG)
		sg_strbuf_addf(sb, "%s: resetting the session before it failed: %s %s", l->path, state ? state : "",
			       msg ? msg : PQerrorMessage(conn));
	else if (state && strcmp(state, "57014") == 0)
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

/* The file must still be the one checked before the run: one edited meanwhile is not run (further). */
static bool unchanged(const sg_loaded *l, const sg_stream *s, sg_strbuf *failure)
{
	if (memcmp(sg_stream_sum(s), l->sum, sizeof(l->sum)) == 0)
		return true;
	sg_strbuf_addf(failure, "%s: the file changed while the run was under way (after it was checked)", l->path);
	return false;
}

/* ---- running one migration ---- */

/* Send the SET LOCAL (is_local = true) or session timeouts. */
static int send_timeouts(const sg_migrate *m, sg_pipeline *p, bool local, sg_error *err)
{
	char lt[32], stt[32];
	snprintf(lt, sizeof(lt), "%ld", m->lock_timeout_ms);
	snprintf(stt, sizeof(stt), "%ld", m->statement_timeout_ms);
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

/* How a file goes into a transaction. */
typedef struct tx_plan {
	bool own_tx;	  /* BEGIN (the file's own when it has one) and COMMIT around it */
	bool begin_first; /* a plain BEGIN before it (the first file of --atomic) */
	bool timeouts;	  /* the SET LOCAL timeouts (the first file of a transaction) */
} tx_plan;

/* Add chunk c's statements, leaving out the file's own BEGIN and COMMIT (the runner sends its own). */
static int add_statements(sg_pipeline *p, const sg_loaded *l, const sg_chunk *c, sg_error *err)
{
	for (size_t i = 0; i < c->script.count; i++) {
		size_t g = c->first + i;
		if (l->own_transaction && (g == 0 || g + 1 == l->count))
			continue;
		if (sg_pipeline_add(p, (int)i, c->text + c->script.stmts[i].offset, 0, NULL, err) != 0)
			return -1;
	}
	return 0;
}

/*
 * Send file l in a transaction, one pipeline batch (one Sync) per chunk:
 * BEGIN as planned, the timeouts, its statements, then its tracking and
 * history rows, and COMMIT when own_tx.  Returns 0 when every command
 * succeeded, 1 when one failed or the file could not be read again (why in
 * `failure`, the transaction left for the caller to roll back), -1 with err
 * set when the connection failed.
 */
static int pipe_file(sg_migrate *m, sg_loaded *l, tx_plan plan, sg_strbuf *failure, sg_error *err)
{
	sg_stream s;
	sg_chunk c;
	sg_error e = {0};
	int more = open_stream(m, l, &s, &e) == 0 ? sg_stream_next(&s, &c, &e) : -1;
	if (more < 0) {
		sg_strbuf_adds(failure, sg_error_message(&e));
		sg_error_clear(&e);
		sg_stream_close(&s);
		return 1;
	}
	sg_pipeline p;
	if (sg_pipeline_start(&p, m->conn, err) != 0) {
		sg_stream_close(&s);
		return -1;
	}
	int rc = 0;
	bool own_begin = plan.own_tx && l->own_transaction && more == 1;
	if ((plan.begin_first && sg_pipeline_add(&p, SG_PIPELINE_RUNNER, "BEGIN", 0, NULL, err) != 0) ||
	    (plan.own_tx &&
	     sg_pipeline_add(&p, own_begin ? 0 : SG_PIPELINE_RUNNER,
			     own_begin ? c.text + c.script.stmts[0].offset : "BEGIN", 0, NULL, err) != 0) ||
	    sg_session_add(m, &p, err) != 0 ||
	    /* After a reset (RESET ALL undoes SET LOCAL too), the timeouts again. */
	    ((plan.timeouts || m->session_files > 0) && send_timeouts(m, &p, true, err) != 0) ||
	    sg_pipeline_add(&p, SG_PIPELINE_RUNNER,
			    "SELECT set_config('schemagen.started_at', clock_timestamp()::text, true)", 0, NULL,
			    err) != 0)
		rc = -1;
	PGresult *failed = NULL;
	int tag = SG_PIPELINE_RUNNER;
	while (rc == 0) {
		if (more == 1 && add_statements(&p, l, &c, err) != 0) {
			rc = -1;
			break;
		}
		if (more == 0 || sg_stream_at_end(&s)) {
			/* The last batch: the tracking row and COMMIT, unless the file changed since it was checked. */
			if (!unchanged(l, &s, failure)) {
				rc = sg_pipeline_finish(&p, &failed, &tag, sg_session_rows, m, err) != 0 ? -1 : 1;
				PQclear(failed); /* the change is the reason, whatever its statements did */
				failed = NULL;
				break;
			}
			const char *params[] = {l->vtext, l->f->name, l->checksum, m->client};
			if (sg_pipeline_add(&p, SG_PIPELINE_RUNNER, l->down ? m->trk.sql_reverted : m->trk.sql_applied,
					    4, params, err) != 0 ||
			    (plan.own_tx && sg_pipeline_add(&p, SG_PIPELINE_RUNNER, "COMMIT", 0, NULL, err) != 0)) {
				rc = -1;
				break;
			}
			rc = sg_pipeline_finish(&p, &failed, &tag, sg_session_rows, m, err) != 0 ? -1 : 0;
			break;
		}
		/* A long file: this chunk's results before the next chunk is read. */
		if (sg_pipeline_sync(&p, &failed, &tag, sg_session_rows, m, err) != 0) {
			rc = -1;
			break;
		}
		if (failed) {
			PQexitPipelineMode(m->conn);
			break;
		}
		if ((more = sg_stream_next(&s, &c, &e)) < 0) {
			sg_strbuf_adds(failure, sg_error_message(&e));
			sg_error_clear(&e);
			PQexitPipelineMode(m->conn);
			rc = 1;
		}
	}
	if (rc < 0)
		sg_pipeline_abort(&p);
	if (p.lost)
		m->conn_lost = true;
	/* A lost connection is said with the file and, when it is known, the statement that was running. */
	if (rc < 0 && (p.lost || PQstatus(m->conn) == CONNECTION_BAD)) {
		char first[120];
		if (p.lost && p.lost_tag >= 0 && more == 1 && (size_t)p.lost_tag < c.script.count)
			sg_error_prefix(err, "%s: statement %zu of %zu (%s)", l->path, c.first + (size_t)p.lost_tag + 1,
					l->count,
					sg_split_first_line(c.text, &c.script.stmts[p.lost_tag], first, sizeof(first)));
		else
			sg_error_prefix(err, "%s", l->path);
	}
	if (failed) {
		if (m->interrupted)
			sg_strbuf_addf(failure, "%s: interrupted, the running statement was cancelled", l->path);
		else if (tag >= 0)
			file_sql_error(failure, l, &c, tag, failed);
		else
			runner_sql_error(failure, l, tag, failed, m->conn);
		PQclear(failed);
		rc = rc < 0 ? rc : 1;
	}
	free(p.tags);
	p.tags = NULL;
	sg_stream_close(&s);
	return rc;
}

/*
 * Put `suffix` at the end of the failure's first line, before the server's
 * QUERY and CONTEXT lines (file_sql_error): the error line the terminal and
 * sg_error show is that first line; the event and the ledger keep them all.
 */
static void add_to_first_line(sg_strbuf *msg, const char *suffix)
{
	size_t head = strcspn(msg->data, "\n");
	sg_strbuf whole = SG_STRBUF_INIT;
	sg_strbuf_add(&whole, msg->data, head);
	sg_strbuf_adds(&whole, suffix);
	sg_strbuf_adds(&whole, msg->data + head);
	sg_strbuf_reset(msg);
	sg_strbuf_add(msg, whole.data, whole.len);
	sg_strbuf_release(&whole);
}

/* The failure's first line, the error's message (the lines after it went out with the FAILED event). */
static int first_line_error(sg_error *err, const sg_strbuf *msg)
{
	return sg_error_set(err, SG_ERR_DB, "%.*s", (int)strcspn(msg->data, "\n"), msg->data);
}

/* Run a transactional migration: one round trip for a file of one chunk. */
static int run_tx(sg_migrate *m, sg_loaded *l, sg_error *err)
{
	long start = sg_migrate__now_ms();
	sg_strbuf msg = SG_STRBUF_INIT;
	int rc = pipe_file(m, l, (tx_plan){.own_tx = true, .timeouts = true}, &msg, err);
	long took = sg_migrate__now_ms() - start;
	sg_session_file_done(m);
	if (rc == 0 && l->advisory && sg_session_release_advisory(m, err) != 0) {
		sg_strbuf_release(&msg);
		return -1;
	}
	if (rc == 0) {
		sg_migrate__emit(m, l->down ? SG_MIGRATE_EVENT_REVERTED : SG_MIGRATE_EVENT_APPLIED, l->f, l->file,
				 l->down, took, NULL);
		sg_strbuf_release(&msg);
		return 0;
	}
	if (rc < 0 && (m->conn_lost || PQstatus(m->conn) == CONNECTION_BAD)) {
		/* Whether the COMMIT got through before the connection went is not known here; the ledger knows. */
		sg_strbuf_reset(&msg);
		sg_strbuf_addf(&msg,
			       "%s; the version is %s only if the COMMIT got through before the connection was lost "
			       "(the file's changes and its tracking row commit together): 'migrate status' tells",
			       sg_error_message(err), l->down ? "reverted" : "applied");
		sg_migrate__emit(m, SG_MIGRATE_EVENT_FAILED, l->f, l->file, l->down, took, msg.data);
		sg_error_set(err, SG_ERR_DB, "%s", msg.data);
	}
	if (rc < 0) {
		sg_strbuf_release(&msg);
		return -1;
	}
	sg_pipeline_rollback(m->conn);
	record_failure(m, l, false, msg.data, took);
	add_to_first_line(&msg, l->down ? "; rolled back, the version is still applied"
					: "; rolled back, nothing of it was applied");
	sg_migrate__emit(m, SG_MIGRATE_EVENT_FAILED, l->f, l->file, l->down, took, msg.data);
	first_line_error(err, &msg);
	sg_strbuf_release(&msg);
	return -1;
}

/* Set (or RESET) the session timeouts a no-transaction file runs under. */
static int session_timeouts(sg_migrate *m, bool set, sg_error *err)
{
	if (m->lock_timeout_ms < 0 && m->statement_timeout_ms < 0)
		return 0;
	if (!set) {
		PQclear(PQexec(m->conn, "RESET lock_timeout; RESET statement_timeout"));
		return 0;
	}
	sg_pipeline p;
	PGresult *failed = NULL;
	int tag;
	if (sg_pipeline_start(&p, m->conn, err) != 0)
		return -1;
	if (send_timeouts(m, &p, false, err) != 0) {
		sg_pipeline_abort(&p);
		return -1;
	}
	if (sg_pipeline_finish(&p, &failed, &tag, NULL, NULL, err) != 0)
		return -1;
	if (failed) {
		char why[512];
		sg_error_set(err, SG_ERR_DB, "cannot set the timeouts: %s",
			     sg_pipeline_error_text(failed, m->conn, why, sizeof(why)));
		PQclear(failed);
		return -1;
	}
	return 0;
}

/*
 * Run chunk c's statements one by one, recording the progress after each;
 * *done counts the statements that completed.  Returns false with the
 * reason in msg when one failed.
 */
static bool notx_chunk(sg_migrate *m, const sg_loaded *l, const sg_chunk *c, size_t *done, sg_strbuf *msg)
{
	for (size_t i = 0; i < c->script.count; i++) {
		if (m->interrupted) {
			sg_strbuf_addf(msg, "%s: interrupted before statement %zu of %zu", l->path, *done + 1,
				       l->count);
			return false;
		}
		PGresult *res = PQexec(m->conn, c->text + c->script.stmts[i].offset);
		ExecStatusType st = PQresultStatus(res);
		if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) {
			if (m->interrupted)
				sg_strbuf_addf(msg, "%s: interrupted, the running statement was cancelled: ", l->path);
			file_sql_error(msg, l, c, (int)i, res);
			PQclear(res);
			return false;
		}
		PQclear(res);
		char n[24];
		snprintf(n, sizeof(n), "%zu", *done + 1);
		const char *pp[] = {l->vtext, n};
		sg_error e = {0};
		if (sg_pipeline_exec(m->conn, m->trk.sql_progress, 2, pp, "cannot record progress", &e) != 0) {
			sg_strbuf_addf(msg, "%s: %s", l->path, sg_error_message(&e));
			sg_error_clear(&e);
			++*done;
			return false;
		}
		++*done;
	}
	return true;
}

/* Run a no-transaction migration statement by statement, with its progress in the tracking row. */
static int run_notx(sg_migrate *m, sg_loaded *l, sg_error *err)
{
	long start = sg_migrate__now_ms();
	char total[24];
	snprintf(total, sizeof(total), "%zu", l->count);
	const char *up_params[] = {l->vtext, l->f->name, l->checksum, total};
	const char *down_params[] = {l->vtext, total};
	int prepared = sg_session_prepare(m, err);
	sg_session_file_done(m);
	if (prepared != 0)
		return -1;
	if (l->down ? sg_pipeline_exec(m->conn, m->trk.sql_notx_start_down, 2, down_params,
				       "cannot mark the version dirty", err)
		    : sg_pipeline_exec(m->conn, m->trk.sql_notx_start_up, 4, up_params, "cannot mark the version dirty",
				       err))
		return -1;
	if (session_timeouts(m, true, err) != 0)
		return -1;
	sg_strbuf msg = SG_STRBUF_INIT;
	size_t done = 0;
	sg_stream s;
	sg_chunk c;
	sg_error e = {0};
	int more = open_stream(m, l, &s, &e) == 0 ? 1 : -1;
	while (more == 1 && (more = sg_stream_next(&s, &c, &e)) == 1)
		if (!notx_chunk(m, l, &c, &done, &msg))
			break;
	if (more < 0)
		sg_strbuf_adds(&msg, sg_error_message(&e));
	else if (more == 0)
		unchanged(l, &s, &msg);
	sg_error_clear(&e);
	sg_stream_close(&s);
	if (msg.len == 0 && PQtransactionStatus(m->conn) != PQTRANS_IDLE)
		sg_strbuf_addf(&msg, "%s: the file left a transaction open (a BEGIN without COMMIT)", l->path);
	long took = sg_migrate__now_ms() - start;
	if (msg.len) {
		sg_pipeline_rollback(m->conn);
		session_timeouts(m, false, NULL);
		add_to_first_line(&msg, l->down ? "; left dirty: the down migration stopped part-way"
						: "; left dirty: the up migration stopped part-way");
		record_failure(m, l, true, msg.data, took);
		sg_migrate__emit(m, SG_MIGRATE_EVENT_FAILED, l->f, l->file, l->down, took, msg.data);
		char v[24];
		sg_migrate__version_label(v, sizeof(v), m, l->f->version);
		sg_error_set(err, SG_ERR_DB, "%.*s; fix the database, then run 'migrate force %s' once it matches %s",
			     (int)strcspn(msg.data, "\n"), msg.data, v,
			     l->down ? "the state before the down file" : "the file's end state");
		sg_strbuf_release(&msg);
		return -1;
	}
	session_timeouts(m, false, NULL);
	if (l->advisory && sg_session_release_advisory(m, err) != 0)
		return -1;
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
		sg_strbuf msg = SG_STRBUF_INIT;
		rc = pipe_file(m, &ls[i], (tx_plan){.begin_first = i == 0, .timeouts = i == 0}, &msg, err);
		took[i] = sg_migrate__now_ms() - t0;
		sg_session_file_done(m);
		if (rc == 0 && ls[i].advisory)
			rc = sg_session_release_advisory(m, err);
		if (rc > 0) {
			sg_pipeline_rollback(m->conn);
			record_failure(m, &ls[i], false, msg.data, took[i]);
			add_to_first_line(&msg, "; rolled back with the whole --atomic run, nothing was applied");
			sg_migrate__emit(m, SG_MIGRATE_EVENT_FAILED, ls[i].f, ls[i].file, false, took[i], msg.data);
			first_line_error(err, &msg);
			rc = -1;
		} else if (rc < 0 && (m->conn_lost || PQstatus(m->conn) == CONNECTION_BAD)) {
			sg_strbuf_reset(&msg);
			sg_strbuf_addf(&msg, "%s; the --atomic run's COMMIT was never sent: nothing was applied",
				       sg_error_message(err));
			sg_migrate__emit(m, SG_MIGRATE_EVENT_FAILED, ls[i].f, ls[i].file, false, took[i], msg.data);
			sg_error_set(err, SG_ERR_DB, "%s", msg.data);
		}
		sg_strbuf_release(&msg);
	}
	if (rc == 0) {
		PGresult *res = PQexec(m->conn, "COMMIT");
		if (PQresultStatus(res) != PGRES_COMMAND_OK && PQstatus(m->conn) == CONNECTION_BAD)
			rc = sg_error_set(
			    err, SG_ERR_DB,
			    "lost the connection to the server at the --atomic run's COMMIT: %s; whether it "
			    "committed is not known here: 'migrate status' tells",
			    PQerrorMessage(m->conn));
		else if (PQresultStatus(res) != PGRES_COMMAND_OK)
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
	return l->no_transaction ? run_notx(m, l, err) : run_tx(m, l, err);
}
