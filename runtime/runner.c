/*
 * The runner's state, shared by every operation (runner.h): the handle's life
 * cycle (options, the file source, sg_migrate_new / sg_migrate_free), the
 * connection (started early, retried for --wait), a run (connect, lock, read
 * the ledger under the lock, release), events, and the checks every
 * operation that changes versions makes first (dirty versions,
 * golang-migrate's table).  The operations themselves are in migrate.c (up,
 * down, goto, redo), migrate_mark.c (force, baseline), migrate_read.c
 * (status, version, history, validate) and drop.c.
 */
#include "runner.h"

#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "embedded.h"
#include "pipeline.h"
#include "redact.h"
#include "schemagen/conn.h"
#include "session.h"
#include "strbuf.h"

/* ---- small helpers ---- */

long sg_migrate__now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void sg_migrate__emit(const sg_migrate *m, sg_migrate_event_kind kind, const sg_mfile *f, const char *file, bool down,
		      int64_t duration_ms, const char *message)
{
	if (!m->on_event)
		return;
	sg_migrate_event ev = {
	    .kind = kind,
	    .version = f ? f->version : 0,
	    .version_text = f ? f->version_text : NULL,
	    .name = f ? f->name : NULL,
	    .file = file,
	    .down = down,
	    .duration_ms = duration_ms,
	    .message = message,
	};
	m->on_event(&ev, m->userdata);
}

void sg_migrate__emitf(const sg_migrate *m, sg_migrate_event_kind kind, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	sg_migrate__emit(m, kind, NULL, NULL, false, -1, buf);
}

void sg_migrate__version_label(char *buf, size_t size, const sg_migrate *m, int64_t version)
{
	const sg_mfile *f = sg_files_find(&m->files, version);
	if (f)
		snprintf(buf, size, "%s", f->version_text);
	else
		snprintf(buf, size, "%06" PRId64, version);
}

/* ---- the file source ---- */

typedef struct dir_source {
	char *dir;
} dir_source;

static int dir_list(void *ctx, char ***names, size_t *count, sg_error *err)
{
	return sg_files_list_dir(names, count, ((dir_source *)ctx)->dir, err);
}

static int dir_read(void *ctx, const char *name, char **data, size_t *len, sg_error *err)
{
	sg_strbuf path = SG_STRBUF_INIT;
	sg_strbuf_addf(&path, "%s/%s", ((dir_source *)ctx)->dir, name);
	int rc = sg_files_read(data, len, path.data, err);
	sg_strbuf_release(&path);
	return rc;
}

const char *sg_migrate__dir(const sg_migrate *m)
{
	return m->src.list == dir_list ? ((const dir_source *)m->src.ctx)->dir : NULL;
}

static void dir_release(void *ctx)
{
	dir_source *d = ctx;
	free(d->dir);
	free(d);
}

void sg_migrate_source_release(const sg_migrate_source *src)
{
	if (src && src->release)
		src->release(src->ctx);
}

int sg_migrate_source_dir(sg_migrate_source *out, const char *dir, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	dir_source *d = calloc(1, sizeof(*d));
	if (!d || !(d->dir = strdup(dir))) {
		free(d);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	/* "migrations/" and "migrations" name the same files: keep messages free of "//". */
	size_t len = strlen(d->dir);
	while (len > 1 && d->dir[len - 1] == '/')
		d->dir[--len] = '\0';
	out->ctx = d;
	out->description = d->dir;
	out->list = dir_list;
	out->read = dir_read;
	out->release = dir_release;
	return 0;
}

/* ---- life cycle ---- */

void sg_migrate_options_init(sg_migrate_options *opts)
{
	memset(opts, 0, sizeof(*opts));
	opts->lock_timeout_ms = -1;
	opts->lock_wait_ms = -1;
	opts->statement_timeout_ms = -1;
}

void sg_migrate_free(sg_migrate *m)
{
	if (!m)
		return;
	m->cancel_ready = 0;
	if (m->cancel)
		PQfreeCancel(m->cancel);
	PQfinish(m->lock.pin);
	if (m->conn)
		PQfinish(m->conn);
	if (m->conn_pending)
		PQfinish(m->conn_pending);
	sg_migrate_source_release(&m->src);
	sg_tracking_release(&m->trk);
	sg_files_set_release(&m->files);
	free(m->accept_edit);
	free(m->accepted);
	free(m->sums);
	sg_session_release(m);
	free(m->url);
	free(m->app);
	free(m);
}

/*
 * Start connecting without waiting (libpq's asynchronous connect), and send
 * what can be sent now: for a local server, the startup packet, so that the
 * server forks and sets up the session while the files are read.  Anything
 * that fails here is left for connect_db, which reports it as a blocking
 * connect would.  Not for targets with connect_timeout, which libpq enforces
 * only in its blocking connect.
 */
static void connect_start(sg_migrate *m)
{
	const char *url = m->url ? m->url : getenv("DATABASE_URL");
	if (!url || !url[0])
		return;
	char *parse_error = NULL;
	PQconninfoOption *parsed = PQconninfoParse(url, &parse_error);
	PQfreemem(parse_error);
	if (!parsed)
		return; /* connect_db says why */
	PQconninfoFree(parsed);
	m->connect_started_ms = sg_migrate__now_ms();
	const char *keys[] = {"dbname", "fallback_application_name", "client_encoding", NULL};
	const char *values[] = {url, m->app, "UTF8", NULL}; /* as sg_conn_open: files are UTF-8 */
	PGconn *c = PQconnectStartParams(keys, values, 1);
	if (!c)
		return;
	bool timeout = false;
	PQconninfoOption *info = PQconninfo(c);
	for (PQconninfoOption *o = info; o && o->keyword; o++)
		if (strcmp(o->keyword, "connect_timeout") == 0 && o->val && o->val[0] && atoi(o->val) > 0)
			timeout = true;
	PQconninfoFree(info);
	if (timeout || PQstatus(c) == CONNECTION_BAD) {
		PQfinish(c);
		return;
	}
	PostgresPollingStatusType st = PGRES_POLLING_WRITING;
	for (int i = 0; i < 8 && (st == PGRES_POLLING_WRITING || st == PGRES_POLLING_READING); i++) {
		struct pollfd p = {.fd = PQsocket(c), .events = st == PGRES_POLLING_READING ? POLLIN : POLLOUT};
		if (poll(&p, 1, 0) != 1)
			break;
		st = PQconnectPoll(c);
	}
	m->conn_pending = c;
	m->pending_status = st;
}

/* Finish the connection connect_start began, waiting as long as libpq needs. */
static int connect_finish(sg_migrate *m, sg_error *err)
{
	PGconn *c = m->conn_pending;
	PostgresPollingStatusType st = m->pending_status;
	m->conn_pending = NULL;
	while ((st == PGRES_POLLING_WRITING || st == PGRES_POLLING_READING) && PQsocket(c) >= 0) {
		struct pollfd p = {.fd = PQsocket(c), .events = st == PGRES_POLLING_READING ? POLLIN : POLLOUT};
		if (poll(&p, 1, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		st = PQconnectPoll(c);
	}
	if (PQstatus(c) != CONNECTION_OK) {
		char where[512];
		sg_conn_describe(c, where, sizeof(where));
		sg_error_set(err, SG_ERR_DB, "could not connect to %s: %s", where, PQerrorMessage(c));
		sg_redact_error(err, m->url ? m->url : getenv("DATABASE_URL"));
		PQfinish(c);
		return -1;
	}
	m->conn = c;
	return 0;
}

/* Name the files that look meant to be migrations but are ignored (`.UP.SQL`, no up/down, `.up.sql.bak`). */
static void warn_near_misses(const sg_migrate *m)
{
	const sg_mfile_set *s = &m->files;
	if (!s->near_count)
		return;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb,
		       "ignoring %zu file%s in '%s' that look%s like migration%s but %s not named "
		       "VERSION_description.up.sql or .down.sql (in lowercase): ",
		       s->near_count, s->near_count == 1 ? "" : "s", m->src.description, s->near_count == 1 ? "s" : "",
		       s->near_count == 1 ? "" : "s", s->near_count == 1 ? "is" : "are");
	for (size_t i = 0; i < s->near_n; i++)
		sg_strbuf_addf(&sb, "%s'%s'", i ? ", " : "", s->near[i]);
	if (s->near_count > s->near_n)
		sg_strbuf_addf(&sb, " and %zu more", s->near_count - s->near_n);
	sg_migrate__emit(m, SG_MIGRATE_EVENT_WARNING, NULL, NULL, false, -1, sb.data);
	sg_strbuf_release(&sb);
}

int sg_migrate_new(sg_migrate **out, const sg_migrate_options *opts, sg_error *err)
{
	*out = NULL;
	sg_migrate *m = calloc(1, sizeof(*m));
	if (!m) {
		sg_migrate_source_release(opts->source);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	/* Taken over at once: from here every path releases it through sg_migrate_free. */
	if (opts->source)
		m->src = *opts->source;
	m->lock_timeout_ms = opts->lock_timeout_ms;
	m->lock_wait_ms = opts->lock_wait_ms >= 0 ? opts->lock_wait_ms : opts->lock_timeout_ms;
	m->statement_timeout_ms = opts->statement_timeout_ms;
	m->wait_ms = opts->wait_ms;
	m->dry_run = opts->dry_run;
	m->allow_out_of_order = opts->allow_out_of_order;
	m->atomic = opts->atomic;
	m->on_event = opts->on_event;
	m->userdata = opts->userdata;
	if (opts->naccept_edit) {
		m->accept_edit = malloc(opts->naccept_edit * sizeof(*m->accept_edit));
		if (!m->accept_edit) {
			sg_migrate_free(m);
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		}
		memcpy(m->accept_edit, opts->accept_edit, opts->naccept_edit * sizeof(*m->accept_edit));
		m->naccept_edit = opts->naccept_edit;
	}
	char host[128] = "";
	gethostname(host, sizeof(host) - 1);
	snprintf(m->client, sizeof(m->client), "%s pid %ld", host[0] ? host : "unknown-host", (long)getpid());
	int rc = 0;
	if (opts->database_url && opts->database_url[0] && !(m->url = strdup(opts->database_url)))
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc == 0 && !(m->app = strdup(opts->application_name ? opts->application_name : "schemagen migrate")))
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	const char *schema = opts->schema ? opts->schema : "public";
	const char *table = opts->table ? opts->table : "schema_migrations";
	if (rc == 0)
		rc = sg_tracking_init(&m->trk, schema, table, err);
	m->lock_key = sg_lock_key(schema, table);
	if (rc == 0 && !opts->source) {
		const char *dir = opts->migrations_dir;
		if (!dir || !dir[0])
			dir = getenv("MIGRATIONS_DIR");
		if (!dir || !dir[0])
			dir = "migrations";
		rc = sg_migrate_source_dir(&m->src, dir, err);
	}
	if (rc == 0 && opts->connect_early)
		connect_start(m);
	const sg_migrate_embedded *embedded = rc == 0 ? sg_embedded_of(&m->src) : NULL;
	if (rc == 0 && m->src.list == dir_list) {
		/* A directory is read straight into the set, without a copy of every name. */
		rc = sg_files_scan_dir(&m->files, ((dir_source *)m->src.ctx)->dir, err);
	} else if (embedded) {
		/* So is an embedded set: its names are constants. */
		rc = sg_embedded_collect(&m->files, embedded, err);
		if (rc != 0)
			sg_error_prefix(err, "in '%s'", m->src.description);
	} else if (rc == 0) {
		char **names = NULL;
		size_t n = 0;
		rc = m->src.list(m->src.ctx, &names, &n, err);
		if (rc == 0) {
			rc = sg_files_collect(&m->files, (const char *const *)names, n, err);
			if (rc != 0)
				sg_error_prefix(err, "in '%s'", m->src.description);
		}
		sg_files_names_free(names, n);
	}
	if (rc != 0) {
		sg_migrate_free(m);
		return -1;
	}
	warn_near_misses(m);
	*out = m;
	return 0;
}

void sg_migrate_interrupt(sg_migrate *m)
{
	if (!m)
		return;
	m->interrupted = 1;
	if (m->cancel_ready) {
		char errbuf[256];
		PQcancel(m->cancel, errbuf, (int)sizeof(errbuf));
	}
}

/*
 * A server message below an error, raised by a migration: a WARNING is a
 * warning event (shown at the default level: a down that could not restore
 * everything says so this way, docs/diff.md), anything lower a notice.
 */
static void notice_receiver(void *arg, const PGresult *res)
{
	const sg_migrate *m = arg;
	const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *sev = PQresultErrorField(res, PG_DIAG_SEVERITY);
	const char *sev_en = PQresultErrorField(res, PG_DIAG_SEVERITY_NONLOCALIZED);
	char buf[1024];
	snprintf(buf, sizeof(buf), "server %s: %s", sev ? sev : "NOTICE", msg ? msg : "");
	bool warning = sev_en && strcmp(sev_en, "WARNING") == 0;
	sg_migrate__emit(m, warning ? SG_MIGRATE_EVENT_WARNING : SG_MIGRATE_EVENT_NOTICE, NULL, NULL, false, -1, buf);
}

int sg_migrate__connect(sg_migrate *m, sg_error *err)
{
	if (m->conn)
		return 0;
	long start = m->conn_pending ? m->connect_started_ms : sg_migrate__now_ms();
	bool announced = false;
	for (;;) {
		sg_error e = {0};
		if ((m->conn_pending ? connect_finish(m, &e) : sg_conn_open(&m->conn, m->url, m->app, &e)) == 0)
			break;
		long waited = sg_migrate__now_ms() - start;
		if (e.kind != SG_ERR_DB || m->wait_ms <= 0 || waited >= m->wait_ms || m->interrupted) {
			if (e.kind == SG_ERR_DB && m->wait_ms > 0 && m->interrupted)
				sg_error_prefix(&e, "interrupted while waiting for the server (after %ld ms)", waited);
			else if (e.kind == SG_ERR_DB && m->wait_ms > 0)
				sg_error_prefix(&e, "gave up after waiting %ld ms", waited);
			return sg_error_move(err, &e);
		}
		if (!announced)
			sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO, "waiting up to %ld ms for the server: %s",
					  m->wait_ms, sg_error_message(&e));
		announced = true;
		sg_error_clear(&e);
		struct timespec ts = {0, 250 * 1000000L};
		nanosleep(&ts, NULL);
	}
	PQsetNoticeReceiver(m->conn, notice_receiver, m);
	m->cancel = PQgetCancel(m->conn);
	if (m->cancel)
		m->cancel_ready = 1;
	return 0;
}

/* ---- a run: connection, lock, ledger ---- */

static void lock_waiting(const char *holder, void *ud)
{
	const sg_migrate *m = ud;
	char buf[512];
	snprintf(buf, sizeof(buf), "waiting for the migration lock, held by %s", holder);
	sg_migrate__emit(m, SG_MIGRATE_EVENT_LOCK_WAIT, NULL, NULL, false, -1, buf);
}

int sg_migrate__run_begin(sg_migrate *m, sg_migrate_run *r, bool lock, sg_migrate_read read, sg_error *err)
{
	memset(r, 0, sizeof(*r));
	if (sg_migrate__connect(m, err) != 0)
		return -1;
	if (lock) {
		/* Without the ledger, the applied versions come in the lock's round trip (up's ledger). */
		sg_lock_request rq = {
		    .conn = m->conn,
		    .url = m->url,
		    .app = m->app,
		    .key = m->lock_key,
		    .timeout_ms = m->lock_wait_ms,
		    .interrupted = &m->interrupted,
		    .on_wait = lock_waiting,
		    .userdata = m,
		    .then = read == SG_MIGRATE_READ_NOTHING ? m->trk.sql_versions : NULL,
		};
		if (sg_lock_acquire(&m->lock, &rq, &r->versions, err) != 0)
			return -1;
		r->locked = true;
		m->conn_lost = false;
	}
	if (read == SG_MIGRATE_READ_NOTHING)
		return 0;
	return sg_tracking_load(&r->ledger, m->conn, &m->trk, read == SG_MIGRATE_READ_FULL, err);
}

int sg_migrate__run_end(sg_migrate *m, sg_migrate_run *r, int rc, sg_migrate_result *res, sg_error *err)
{
	if (r->locked && (m->lock.pin || PQstatus(m->conn) == CONNECTION_OK)) {
		if (PQstatus(m->conn) == CONNECTION_OK)
			sg_pipeline_rollback(m->conn);
		bool held = true;
		char note[160];
		sg_error e = {0};
		if (sg_lock_release(&m->lock, m->conn, m->lock_key, &held, note, sizeof(note), &e) != 0) {
			if (rc == 0)
				rc = sg_error_move(err, &e);
		} else if (!held && !m->conn_lost && PQstatus(m->conn) != CONNECTION_BAD) {
			/* (After a lost connection the lock went with it, a failover's doing: the error said so.) */
			sg_migrate__emitf(
			    m, SG_MIGRATE_EVENT_WARNING,
			    "the migration lock was not held at the end of the run: is a "
			    "transaction-pooling proxy between migrate and the server? Concurrent runs "
			    "were not kept apart%s%s; connect migrate to the server directly or through a "
			    "session-mode pool",
			    note[0] ? "; " : "", note);
			if (res)
				res->lock_was_lost = true;
		}
		sg_error_clear(&e);
	}
	PQfinish(m->lock.pin);
	memset(&m->lock, 0, sizeof(m->lock));
	r->locked = false;
	sg_ledger_release(&r->ledger);
	PQclear(r->versions);
	r->versions = NULL;
	return rc;
}

int sg_migrate__result_version(sg_migrate *m, sg_migrate_result *res, int rc, sg_error *err)
{
	if (!res)
		return rc;
	res->version = 0;
	res->version_text[0] = '\0';
	res->dirty = false;
	if (!m->conn || PQstatus(m->conn) != CONNECTION_OK)
		return rc != 0 ? rc
			       : sg_error_set(err, SG_ERR_DB, "cannot read the version after the run: no connection");
	sg_strbuf sql = SG_STRBUF_INIT;
	sg_strbuf_addf(&sql, "SELECT version, dirty FROM %s ORDER BY version DESC LIMIT 1", m->trk.qtable);
	if (sg_strbuf_failed(&sql)) {
		sg_strbuf_release(&sql);
		return rc != 0 ? rc : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	PGresult *pr = PQexec(m->conn, sql.data);
	sg_strbuf_release(&sql);
	if (PQresultStatus(pr) != PGRES_TUPLES_OK) {
		char why[512];
		if (rc == 0)
			rc = sg_error_set(err, SG_ERR_DB, "cannot read the version after the run from %s: %s",
					  m->trk.qtable, sg_pipeline_error_text(pr, m->conn, why, sizeof(why)));
		PQclear(pr);
		sg_pipeline_rollback(m->conn);
		return rc;
	}
	if (PQntuples(pr) == 1) {
		res->version = strtoll(PQgetvalue(pr, 0, 0), NULL, 10);
		res->dirty = strcmp(PQgetvalue(pr, 0, 1), "t") == 0;
		sg_migrate__version_label(res->version_text, sizeof(res->version_text), m, res->version);
	}
	PQclear(pr);
	return rc;
}

void sg_migrate__result_from_ledger(const sg_migrate *m, const sg_ledger *l, sg_migrate_result *res)
{
	if (!res)
		return;
	const sg_track_row *last = sg_ledger_last(l);
	res->version = last ? last->version : 0;
	res->dirty = last ? last->dirty : false;
	res->version_text[0] = '\0';
	if (last)
		sg_migrate__version_label(res->version_text, sizeof(res->version_text), m, last->version);
}

int sg_migrate__refuse_golang(const sg_migrate *m, const sg_ledger *l, sg_error *err)
{
	return sg_error_set(err, SG_ERR_REFUSED,
			    "table %s is golang-migrate's (version %" PRId64 "%s); adopt it first with 'migrate "
			    "baseline %" PRId64 "' (its rows are kept)",
			    m->trk.qtable, l->golang_version, l->golang_dirty ? ", dirty" : "", l->golang_version);
}

/*
 * Refuse a dirty version.  Who could still be running it: nobody when this
 * run holds the migration lock (`locked`); otherwise the session holding the
 * lock, if any, is a run at work, and the version is not to be repaired by
 * hand: SG_ERR_DB (try again later) naming that session, instead of
 * SG_ERR_REFUSED with the repair.  *live (when not NULL) says which.
 */
int sg_migrate__refuse_dirty(const sg_migrate *m, const sg_ledger *l, bool locked, bool *live, sg_error *err)
{
	if (live)
		*live = false;
	for (size_t i = 0; i < l->count; i++) {
		const sg_track_row *r = &l->rows[i];
		if (!r->dirty)
			continue;
		char v[24];
		sg_migrate__version_label(v, sizeof(v), m, r->version);
		if (r->statements_total < 0) /* no run of ours marks a row dirty without its progress */
			return sg_error_set(
			    err, SG_ERR_REFUSED,
			    "version %s ('%s') is marked dirty, but no run recorded how far it got (was "
			    "the flag set by hand?); check the database, then run 'migrate force %s'",
			    v, r->name, v);
		const char *which = r->method && strcmp(r->method, "down") == 0 ? "its down file" : "its up file";
		sg_migrate_lock_holder *h = NULL;
		if (!locked && sg_lock_holder_get(&h, m->conn, m->lock_key, err) != 0)
			return -1;
		if (h) {
			char *who = sg_lock_holder_describe(h);
			sg_lock_holder_free(h);
			if (live)
				*live = true;
			sg_error_set(err, SG_ERR_DB,
				     "version %s ('%s') is being run right now: %s has done %d of %d statements, and "
				     "the migrate run holding the migration lock is alive: %s; run again once it "
				     "ends",
				     v, r->name, which, r->statements_done, r->statements_total,
				     who ? who : "a session");
			free(who);
			return -1;
		}
		bool down = r->method && strcmp(r->method, "down") == 0;
		if (!r->last_error && r->statements_done == r->statements_total) {
			/*
			 * Every statement ran: the run was gone between its last statement and marking the
			 * version clean (killed, the connection lost).  Nothing is to repair, only to record:
			 * an up as applied, a down as reverted (the version below it is the newest applied).
			 */
			char prev[24] = "0";
			for (size_t k = 0; k < l->count; k++)
				if (l->rows[k].version < r->version)
					sg_migrate__version_label(prev, sizeof(prev), m, l->rows[k].version);
			return sg_error_set(
			    err, SG_ERR_REFUSED,
			    "version %s ('%s') is dirty, but all %d statements of %s completed: the run "
			    "was gone before it recorded the end (no migrate run holds the migration "
			    "lock); record it with 'migrate force %s'",
			    v, r->name, r->statements_total, which, down ? prev : v);
		}
		/* last_error's first line: the server's QUERY and CONTEXT lines below it are for `status`. */
		const char *why =
		    r->last_error ? r->last_error
				  : "interrupted: no migrate run holds the migration lock, so the run that "
				    "started it is gone; the statement after those may have completed before it was";
		return sg_error_set(err, SG_ERR_REFUSED,
				    "version %s ('%s') is dirty: %s stopped after %d of %d statements (%.*s); fix the "
				    "database by hand, then run 'migrate force %s' (or force the version before it to "
				    "run it again)",
				    v, r->name, which, r->statements_done, r->statements_total, (int)strcspn(why, "\n"),
				    why, v);
	}
	return 0;
}

int sg_migrate__ensure_table(sg_migrate *m, sg_ledger *l, sg_error *err)
{
	if (l->kind != SG_LEDGER_MISSING)
		return 0;
	if (sg_tracking_create(m->conn, &m->trk, err) != 0)
		return -1;
	l->kind = SG_LEDGER_OURS;
	sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO, "created the tracking table %s", m->trk.qtable);
	return 0;
}
