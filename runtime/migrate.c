/*
 * sg_migrate: the migration runner (DESIGN.md §4, §6).
 *
 * Every operation: connect (retrying for --wait), take the advisory lock by
 * polling, read the ledger under the lock, check everything that could make
 * the run refuse (dirty versions, edited files, out-of-order files, files that
 * do not parse or cannot run as written), and only then change anything.
 *
 * A transactional migration is one libpq pipeline: BEGIN, the SET LOCAL
 * timeouts, its statements (split by libpg_query, each sent on its own so a
 * server error position maps back to file:line:column), the tracking row and
 * the history row, COMMIT, then one Sync: one round trip per migration.  A
 * `-- migrate:no-transaction` file runs statement by statement; its row is
 * marked dirty first, its progress is recorded after each statement, and it is
 * marked clean at the end, so a failure or a crash leaves an exact state.
 */
#include "schemagen/migrate.h"

#include <errno.h>
#include <inttypes.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "apply.h"
#include "lock.h"
#include "pipeline.h"
#include "redact.h"
#include "schemagen/conn.h"
#include "session.h"
#include "strbuf.h"
#include "verify.h"

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
	if (m->src.release)
		m->src.release(m->src.ctx);
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
	if (!m)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
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
			free(m);
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
	if (rc == 0) {
		if (opts->source) {
			m->src = *opts->source;
		} else {
			const char *dir = opts->migrations_dir;
			if (!dir || !dir[0])
				dir = getenv("MIGRATIONS_DIR");
			if (!dir || !dir[0])
				dir = "migrations";
			rc = sg_migrate_source_dir(&m->src, dir, err);
		}
	}
	if (rc == 0 && opts->connect_early)
		connect_start(m);
	if (rc == 0 && m->src.list == dir_list) {
		/* A directory is read straight into the set, without a copy of every name. */
		rc = sg_files_scan_dir(&m->files, ((dir_source *)m->src.ctx)->dir, err);
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

static void notice_receiver(void *arg, const PGresult *res)
{
	const sg_migrate *m = arg;
	const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *sev = PQresultErrorField(res, PG_DIAG_SEVERITY);
	char buf[1024];
	snprintf(buf, sizeof(buf), "server %s: %s", sev ? sev : "NOTICE", msg ? msg : "");
	sg_migrate__emit(m, SG_MIGRATE_EVENT_NOTICE, NULL, NULL, false, -1, buf);
}

static int connect_db(sg_migrate *m, sg_error *err)
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
			if (e.kind == SG_ERR_DB && m->wait_ms > 0)
				sg_error_prefix(&e, "gave up after waiting %ld ms", waited);
			sg_error_set(err, e.kind, "%s", sg_error_message(&e));
			sg_error_clear(&e);
			return -1;
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

typedef sg_migrate_run run;

static void lock_waiting(const char *holder, void *ud)
{
	const sg_migrate *m = ud;
	char buf[512];
	snprintf(buf, sizeof(buf), "waiting for the migration lock, held by %s", holder);
	sg_migrate__emit(m, SG_MIGRATE_EVENT_LOCK_WAIT, NULL, NULL, false, -1, buf);
}

/*
 * Connect, lock (unless `lock` is false), and read the ledger under the lock
 * (all columns when `full`).  With `ledger` false the ledger is left empty,
 * for the caller to read.
 */
static int run_begin_with(sg_migrate *m, run *r, bool lock, bool full, bool ledger, sg_error *err)
{
	memset(r, 0, sizeof(*r));
	if (connect_db(m, err) != 0)
		return -1;
	if (lock) {
		/* Without the ledger, the applied versions come in the lock's round trip (up_ledger). */
		sg_lock_request rq = {
		    .conn = m->conn,
		    .url = m->url,
		    .app = m->app,
		    .key = m->lock_key,
		    .timeout_ms = m->lock_wait_ms,
		    .interrupted = &m->interrupted,
		    .on_wait = lock_waiting,
		    .userdata = m,
		    .then = ledger ? NULL : m->trk.sql_versions,
		};
		if (sg_lock_acquire(&m->lock, &rq, &r->versions, err) != 0)
			return -1;
		r->locked = true;
	}
	return ledger ? sg_tracking_load(&r->ledger, m->conn, &m->trk, full, err) : 0;
}

static int run_begin(sg_migrate *m, run *r, bool lock, bool full, sg_error *err)
{
	return run_begin_with(m, r, lock, full, true, err);
}

/* Release the lock and the ledger; never replaces an error already in err. */
static int run_end(sg_migrate *m, run *r, int rc, sg_migrate_result *res, sg_error *err)
{
	if (r->locked && (m->lock.pin || PQstatus(m->conn) == CONNECTION_OK)) {
		if (PQstatus(m->conn) == CONNECTION_OK)
			sg_pipeline_rollback(m->conn);
		bool held = true;
		char note[160];
		sg_error e = {0};
		if (sg_lock_release(&m->lock, m->conn, m->lock_key, &held, note, sizeof(note), &e) != 0) {
			if (rc == 0)
				rc = sg_error_set(err, e.kind, "%s", sg_error_message(&e));
		} else if (!held) {
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

int sg_migrate__run_begin(sg_migrate *m, sg_migrate_run *r, bool lock, bool full, sg_error *err)
{
	return run_begin(m, r, lock, full, err);
}

int sg_migrate__run_end(sg_migrate *m, sg_migrate_run *r, int rc, sg_migrate_result *res, sg_error *err)
{
	return run_end(m, r, rc, res, err);
}

/* Fill in the version part of the result with one small query. */
static void result_version(sg_migrate *m, sg_migrate_result *res)
{
	if (!res || !m->conn)
		return;
	sg_strbuf sql = SG_STRBUF_INIT;
	sg_strbuf_addf(&sql, "SELECT version, dirty FROM %s ORDER BY version DESC LIMIT 1", m->trk.qtable);
	PGresult *pr = PQexec(m->conn, sql.data);
	sg_strbuf_release(&sql);
	res->version = 0;
	res->version_text[0] = '\0';
	res->dirty = false;
	if (PQresultStatus(pr) == PGRES_TUPLES_OK && PQntuples(pr) == 1) {
		res->version = strtoll(PQgetvalue(pr, 0, 0), NULL, 10);
		res->dirty = strcmp(PQgetvalue(pr, 0, 1), "t") == 0;
		sg_migrate__version_label(res->version_text, sizeof(res->version_text), m, res->version);
	}
	PQclear(pr);
}

static void result_from_ledger(const sg_migrate *m, const sg_ledger *l, sg_migrate_result *res)
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

static int refuse_golang(const sg_migrate *m, const sg_ledger *l, sg_error *err)
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
static int refuse_dirty(const sg_migrate *m, const sg_ledger *l, bool locked, bool *live, sg_error *err)
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
		return sg_error_set(
		    err, SG_ERR_REFUSED,
		    "version %s ('%s') is dirty: %s stopped after %d of %d statements (%s); fix the "
		    "database by hand, then run 'migrate force %s' (or force the version before it to "
		    "run it again)",
		    v, r->name, which, r->statements_done, r->statements_total,
		    r->last_error ? r->last_error
				  : "interrupted: no migrate run holds the migration lock, so the run that started it "
				    "is gone",
		    v);
	}
	return 0;
}

/*
 * The pending files up to version `upto`, at most `limit` (0: all), oldest
 * first.  Refuses out-of-order files unless allowed.
 */
static int plan_pending(sg_migrate *m, const sg_ledger *l, int64_t upto, int limit, const sg_mfile ***out, size_t *n,
			sg_error *err)
{
	*out = NULL;
	*n = 0;
	const sg_mfile **list = calloc(m->files.count ? m->files.count : 1, sizeof(*list));
	if (!list)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	const sg_track_row *last = sg_ledger_last(l);
	for (size_t i = 0; i < m->files.count; i++) {
		const sg_mfile *f = &m->files.items[i];
		if (f->version > upto || sg_ledger_find(l, f->version))
			continue;
		if (last && f->version < last->version && !m->allow_out_of_order) {
			char v[24];
			sg_migrate__version_label(v, sizeof(v), m, last->version);
			free(list);
			return sg_error_set(err, SG_ERR_REFUSED,
					    "'%s/%s' is pending but older than the newest applied version %s "
					    "(out of order, e.g. after a merge); rename it to a newer version, or run "
					    "with --allow-out-of-order",
					    m->src.description, f->up_file, v);
		}
		if (limit > 0 && *n >= (size_t)limit)
			continue;
		list[(*n)++] = f;
	}
	*out = list;
	return 0;
}

static int load_list(sg_migrate *m, const sg_mfile **fs, size_t n, bool down, sg_loaded **out, sg_error *err)
{
	*out = calloc(n ? n : 1, sizeof(**out));
	if (!*out)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; i < n; i++)
		if (sg_apply_load(m, fs[i], down, &(*out)[i], err) != 0)
			return -1;
	return 0;
}

static int ensure_table(sg_migrate *m, sg_ledger *l, sg_error *err)
{
	if (l->kind != SG_LEDGER_MISSING)
		return 0;
	if (sg_tracking_create(m->conn, &m->trk, err) != 0)
		return -1;
	l->kind = SG_LEDGER_OURS;
	sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO, "created the tracking table %s", m->trk.qtable);
	return 0;
}

/* Run a planned list, in order; stops at the first failure. */
static int run_list(sg_migrate *m, sg_loaded *ls, size_t n, bool atomic, int *count, sg_error *err)
{
	if (m->dry_run) {
		for (size_t i = 0; i < n; i++) {
			char buf[128];
			snprintf(buf, sizeof(buf), "%zu statement%s%s", ls[i].count, ls[i].count == 1 ? "" : "s",
				 ls[i].no_transaction ? ", no transaction" : "");
			sg_migrate__emit(m, SG_MIGRATE_EVENT_PLANNED, ls[i].f, ls[i].file, ls[i].down, -1, buf);
		}
		*count += (int)n;
		return 0;
	}
	if (atomic && n > 0)
		return sg_apply_run_atomic(m, ls, n, count, err);
	for (size_t i = 0; i < n; i++) {
		if (m->interrupted)
			return sg_error_set(err, SG_ERR_DB, "interrupted before '%s'", ls[i].path);
		if (!sg_lock_check(&m->lock, err))
			return -1;
		if (sg_apply_run(m, &ls[i], err) != 0)
			return -1;
		++*count;
	}
	return 0;
}

/* The up part of up / goto / redo, inside a run. */
static int do_up(sg_migrate *m, run *r, int64_t upto, int limit, bool only_version, int *count, sg_error *err)
{
	const sg_mfile **plan = NULL;
	size_t n = 0;
	sg_loaded *ls = NULL;
	int rc = 0;
	if (r->ledger.kind == SG_LEDGER_GOLANG)
		return refuse_golang(m, &r->ledger, err);
	if (refuse_dirty(m, &r->ledger, r->locked, NULL, err) != 0)
		return -1;
	if (sg_verify_history(m, &r->ledger, upto, err) != 0)
		return -1;
	if (only_version) {
		const sg_mfile *f = sg_files_find(&m->files, upto);
		plan = calloc(1, sizeof(*plan));
		if (!plan)
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		if (f)
			plan[n++] = f;
	} else if (plan_pending(m, &r->ledger, upto, limit, &plan, &n, err) != 0) {
		return -1;
	}
	rc = load_list(m, plan, n, false, &ls, err);
	for (size_t i = 0; rc == 0 && m->atomic && i < n; i++) {
		if (ls[i].no_transaction)
			rc = sg_error_set(err, SG_ERR_INPUT,
					  "--atomic cannot include '%s': it is marked -- migrate:no-transaction; apply "
					  "up to the version before it with --atomic, then the rest without",
					  ls[i].path);
		else if (ls[i].own_transaction && ls[i].begin_has_options)
			rc = sg_error_set(
			    err, SG_ERR_INPUT,
			    "--atomic cannot keep the options of the BEGIN in '%s'; run it without --atomic",
			    ls[i].path);
	}
	if (rc == 0 && !m->dry_run && n > 0)
		rc = ensure_table(m, &r->ledger, err);
	if (rc == 0)
		rc = run_list(m, ls, n, m->atomic, count, err);
	sg_apply_list_free(ls, n);
	free(plan);
	return rc;
}

/* The down part of down / goto / redo: revert applied versions above `above`, newest first, at most `limit`. */
static int do_down(sg_migrate *m, run *r, int64_t above, int limit, int *count, sg_error *err)
{
	if (r->ledger.kind == SG_LEDGER_GOLANG)
		return refuse_golang(m, &r->ledger, err);
	if (refuse_dirty(m, &r->ledger, r->locked, NULL, err) != 0)
		return -1;
	const sg_mfile **plan = calloc(r->ledger.count ? r->ledger.count : 1, sizeof(*plan));
	if (!plan)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	size_t n = 0;
	int rc = 0;
	for (size_t i = r->ledger.count; i-- > 0 && rc == 0;) {
		const sg_track_row *row = &r->ledger.rows[i];
		if (row->version <= above || (limit >= 0 && n >= (size_t)limit))
			break;
		const sg_mfile *f = sg_files_find(&m->files, row->version);
		if (!f) {
			char v[24];
			sg_migrate__version_label(v, sizeof(v), m, row->version);
			rc = sg_error_set(err, SG_ERR_INPUT,
					  "cannot revert version %s ('%s'): no file has this version in '%s'", v,
					  row->name, m->src.description);
		} else {
			plan[n++] = f;
		}
	}
	sg_loaded *ls = NULL;
	if (rc == 0)
		rc = load_list(m, plan, n, true, &ls, err);
	/* A down row carries the checksum of the up file that was applied. */
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const sg_track_row *row = sg_ledger_find(&r->ledger, ls[i].f->version);
		snprintf(ls[i].checksum, sizeof(ls[i].checksum), "%s", row->checksum);
	}
	if (rc == 0)
		rc = run_list(m, ls, n, false, count, err);
	sg_apply_list_free(ls, n);
	free(plan);
	return rc;
}

/*
 * Whether `up` has nothing to do, from the applied versions alone: none is
 * dirty, they are exactly the files' versions, and each one's checksum is
 * its file's (no file was edited).  That is the one state in which the full
 * check (do_up) applies nothing, refuses nothing and warns of nothing: any
 * pending file (out of order or not), an applied version without a file, a
 * dirty version or an edited file makes the versions or the checksums differ
 * or sets any_dirty, and the full check runs on the whole ledger, naming what
 * it finds.
 */
static bool up_is_noop(const sg_migrate *m, const sg_ledger_versions *v)
{
	return !v->any_dirty && !m->naccept_edit && sg_verify_noop_sums(m, v);
}

/*
 * The ledger for `up`: first only the applied versions and their checksums
 * (one row, read in the lock's round trip when the lock is free); the whole
 * ledger only when they show something to do or to refuse.  A no-op `up` over
 * 10,000 versions reads 720 kB instead of 1.5 MB.
 * Sets *noop, and res when it is one.
 */
static int up_ledger(sg_migrate *m, run *r, bool *noop, sg_migrate_result *res, sg_error *err)
{
	sg_ledger_versions v;
	PGresult *pre = r->versions;
	r->versions = NULL;
	int q = pre ? sg_tracking_versions_from(&v, pre, m->conn, &m->trk, err)
		    : sg_tracking_load_versions(&v, m->conn, &m->trk, err);
	*noop = q == 1 && up_is_noop(m, &v);
	if (*noop && res && v.count) {
		const sg_mfile *last = &m->files.items[m->files.count - 1];
		res->version = last->version;
		snprintf(res->version_text, sizeof(res->version_text), "%s", last->version_text);
	}
	sg_ledger_versions_release(&v);
	if (q < 0)
		return -1;
	return *noop ? 0 : sg_tracking_load(&r->ledger, m->conn, &m->trk, false, err);
}

typedef enum op_kind { OP_UP, OP_DOWN, OP_GOTO, OP_REDO } op_kind;

static int operate(sg_migrate *m, op_kind op, int64_t arg, sg_migrate_result *res, sg_error *err)
{
	if (res)
		memset(res, 0, sizeof(*res));
	run r;
	int count = 0;
	bool noop = false;
	/*
	 * up, goto and redo compare every applied file with its checksum, even
	 * when nothing is pending: the files are hashed while the server sets up
	 * the session.
	 */
	bool verify = op != OP_DOWN;
	if (verify && sg_verify_hash_files(m, err) != 0)
		return -1;
	int rc = run_begin_with(m, &r, !m->dry_run, false, op != OP_UP, err);
	if (rc == 0 && op == OP_UP)
		rc = up_ledger(m, &r, &noop, res, err);
	if (rc == 0 && !noop && r.ledger.kind == SG_LEDGER_GOLANG)
		rc = sg_migrate__golang_adopt(m, &r.ledger, -1, err);
	/* Before anything changes: golang-migrate's ledger adopted, dirty versions, then edited files. */
	if (rc == 0 && !noop && verify && refuse_dirty(m, &r.ledger, r.locked, NULL, err) != 0)
		rc = -1;
	if (rc == 0 && !noop && verify && sg_verify_accept_edits(m, &r.ledger, err) != 0)
		rc = -1;
	if (rc == 0 && !noop && verify && sg_verify_applied(m, &r.ledger, true, NULL, err) != 0)
		rc = -1;
	if (rc == 0 && !noop) {
		switch (op) {
		case OP_UP:
			rc = do_up(m, &r, INT64_MAX, (int)arg, false, &count, err);
			break;
		case OP_DOWN:
			rc = do_down(m, &r, 0, (int)arg, &count, err);
			break;
		case OP_GOTO: {
			if (arg != 0 && !sg_files_find(&m->files, arg) && !sg_ledger_find(&r.ledger, arg)) {
				rc = sg_error_set(err, SG_ERR_INPUT, "no migration has version %" PRId64 " in '%s'",
						  arg, m->src.description);
				break;
			}
			const sg_track_row *last = sg_ledger_last(&r.ledger);
			if (last && last->version > arg)
				rc = do_down(m, &r, arg, -1, &count, err);
			else
				rc = do_up(m, &r, arg, 0, false, &count, err);
			break;
		}
		case OP_REDO: {
			const sg_track_row *last = sg_ledger_last(&r.ledger);
			if (r.ledger.kind == SG_LEDGER_GOLANG) {
				rc = refuse_golang(m, &r.ledger, err);
			} else if (!last) {
				rc = sg_error_set(err, SG_ERR_INPUT, "nothing to redo: no version is applied");
			} else {
				int64_t v = last->version;
				rc = do_down(m, &r, 0, 1, &count, err);
				if (rc == 0 && !m->dry_run) {
					/* Re-read: the version is gone from the ledger now. */
					sg_ledger_release(&r.ledger);
					rc = sg_tracking_load(&r.ledger, m->conn, &m->trk, false, err);
				}
				if (rc == 0)
					rc = do_up(m, &r, v, 0, true, &count, err);
			}
			break;
		}
		}
	}
	if (res && !noop) {
		res->count = count;
		if (count > 0 && !m->dry_run)
			result_version(m, res);
		else
			result_from_ledger(m, &r.ledger, res);
	}
	m->sums_ready = false; /* the files may change before the runner's next operation */
	return run_end(m, &r, rc, res, err);
}

int sg_migrate_up(sg_migrate *m, int limit, sg_migrate_result *res, sg_error *err)
{
	return operate(m, OP_UP, limit < 0 ? 0 : limit, res, err);
}

int sg_migrate_down(sg_migrate *m, int count, sg_migrate_result *res, sg_error *err)
{
	return operate(m, OP_DOWN, count < 0 ? -1 : count, res, err);
}

int sg_migrate_goto(sg_migrate *m, int64_t version, sg_migrate_result *res, sg_error *err)
{
	if (version < 0)
		return sg_error_set(err, SG_ERR_INPUT, "version %" PRId64 " is negative", version);
	return operate(m, OP_GOTO, version, res, err);
}

int sg_migrate_redo(sg_migrate *m, sg_migrate_result *res, sg_error *err)
{
	return operate(m, OP_REDO, 0, res, err);
}

/* ---- force and baseline ---- */

typedef struct marks {
	sg_migrate *m;
	int count;
	bool unmark;
} marks;

static void on_mark_rows(void *ud, int tag, const PGresult *res)
{
	marks *mk = ud;
	(void)tag;
	for (int i = 0; i < PQntuples(res); i++) {
		int64_t v = strtoll(PQgetvalue(res, i, 0), NULL, 10);
		const sg_mfile *f = sg_files_find(&mk->m->files, v);
		sg_mfile tmp = {.version = v, .version_text = NULL, .name = NULL};
		char vt[24], name[256] = "";
		if (!f) {
			snprintf(vt, sizeof(vt), "%06" PRId64, v);
			if (PQnfields(res) > 1)
				snprintf(name, sizeof(name), "%s", PQgetvalue(res, i, 1));
			tmp.version_text = vt;
			tmp.name = name;
			f = &tmp;
		}
		sg_migrate__emit(mk->m, mk->unmark ? SG_MIGRATE_EVENT_UNMARKED : SG_MIGRATE_EVENT_MARKED, f, f->up_file,
				 false, -1, NULL);
		mk->count++;
	}
}

/* Run BEGIN, the commands already added, COMMIT as one pipeline; RETURNING rows become events. */
static int marks_tx(sg_migrate *m, sg_pipeline *p, marks *mk, sg_error *err)
{
	PGresult *failed = NULL;
	int tag;
	if (sg_pipeline_add(p, SG_PIPELINE_RUNNER, "COMMIT", 0, NULL, err) != 0) {
		sg_pipeline_abort(p);
		return -1;
	}
	if (sg_pipeline_finish(p, &failed, &tag, on_mark_rows, mk, err) != 0)
		return -1;
	if (failed) {
		sg_error_set(err, SG_ERR_DB, "nothing was changed: %s", PQresultErrorMessage(failed));
		PQclear(failed);
		sg_pipeline_rollback(m->conn);
		return -1;
	}
	return 0;
}

int sg_migrate_force(sg_migrate *m, int64_t version, sg_migrate_result *res, sg_error *err)
{
	if (res)
		memset(res, 0, sizeof(*res));
	if (version < 0)
		return sg_error_set(err, SG_ERR_INPUT, "version %" PRId64 " is negative", version);
	run r;
	int rc = run_begin(m, &r, !m->dry_run, false, err);
	if (rc == 0 && r.ledger.kind == SG_LEDGER_GOLANG)
		rc = sg_migrate__golang_adopt(m, &r.ledger, version, err);
	const sg_mfile *f = version ? sg_files_find(&m->files, version) : NULL;
	const sg_track_row *row = rc == 0 && version ? sg_ledger_find(&r.ledger, version) : NULL;
	if (rc == 0 && version && !f && !row)
		rc = sg_error_set(err, SG_ERR_INPUT, "no migration has version %" PRId64 " in '%s'", version,
				  m->src.description);
	char sum[SG_CHECKSUM_HEX_LEN + 1] = "";
	if (rc == 0 && f)
		rc = sg_verify_file_sum(m, f, sum, err);
	else if (rc == 0 && row)
		snprintf(sum, sizeof(sum), "%s", row->checksum);
	marks mk = {.m = m};
	if (rc == 0 && m->dry_run) {
		for (size_t i = 0; i < r.ledger.count; i++)
			if (r.ledger.rows[i].version > version) {
				const sg_mfile *g = sg_files_find(&m->files, r.ledger.rows[i].version);
				sg_migrate__emit(m, SG_MIGRATE_EVENT_PLANNED, g, g ? g->up_file : NULL, true, -1,
						 "would mark not applied");
				mk.count++;
			}
		if (version) {
			sg_migrate__emit(m, SG_MIGRATE_EVENT_PLANNED, f, f ? f->up_file : NULL, false, -1,
					 "would mark applied and clean");
			mk.count++;
		}
	} else if (rc == 0) {
		rc = ensure_table(m, &r.ledger, err);
		char v[24];
		snprintf(v, sizeof(v), "%" PRId64, version);
		sg_pipeline p;
		if (rc == 0)
			rc = sg_pipeline_start(&p, m->conn, err);
		const char *above[] = {v, m->client};
		const char *mark[] = {v, f ? f->name : row ? row->name : "", sum, m->client};
		if (rc == 0 && (sg_pipeline_add(&p, SG_PIPELINE_RUNNER, "BEGIN", 0, NULL, err) != 0 ||
				sg_pipeline_add(&p, SG_PIPELINE_RUNNER, m->trk.sql_force_above, 2, above, err) != 0 ||
				(version && sg_pipeline_add(&p, SG_PIPELINE_RUNNER, m->trk.sql_force_version, 4, mark,
							    err) != 0))) {
			sg_pipeline_abort(&p);
			rc = -1;
		}
		mk.unmark = true;
		if (rc == 0)
			rc = marks_tx(m, &p, &mk, err);
		if (rc == 0 && version) {
			sg_migrate__emit(m, SG_MIGRATE_EVENT_MARKED, f, f ? f->up_file : NULL, false, -1,
					 "applied and clean");
			mk.count++;
		}
	}
	if (res) {
		res->count = mk.count;
		if (rc == 0 && !m->dry_run)
			result_version(m, res);
		else
			result_from_ledger(m, &r.ledger, res);
	}
	return run_end(m, &r, rc, res, err);
}

int sg_migrate_baseline(sg_migrate *m, int64_t version, sg_migrate_result *res, sg_error *err)
{
	if (res)
		memset(res, 0, sizeof(*res));
	if (version < 0)
		return sg_error_set(err, SG_ERR_INPUT, "version %" PRId64 " is negative", version);
	run r;
	int rc = run_begin(m, &r, !m->dry_run, false, err);
	bool adopt = rc == 0 && r.ledger.kind == SG_LEDGER_GOLANG;
	if (adopt) {
		if (r.ledger.golang_dirty)
			rc = sg_error_set(err, SG_ERR_REFUSED,
					  "golang-migrate's table %s says version %" PRId64 " is dirty; repair the "
					  "database and clear it first (golang-migrate's 'force'), then adopt",
					  m->trk.qtable, r.ledger.golang_version);
		else if (version == 0)
			version = r.ledger.golang_version;
		else if (version != r.ledger.golang_version)
			rc = sg_error_set(err, SG_ERR_INPUT,
					  "golang-migrate's table %s is at version %" PRId64 ", not %" PRId64
					  "; adopt it with 'migrate baseline %" PRId64 "'",
					  m->trk.qtable, r.ledger.golang_version, version, r.ledger.golang_version);
	}
	if (rc == 0 && version == 0)
		rc = sg_error_set(err, SG_ERR_INPUT,
				  "baseline needs a version: 'migrate baseline V' marks every file "
				  "up to V as applied");
	/* Every file up to the version, with its checksum. */
	size_t n = 0;
	char(*sums)[SG_CHECKSUM_HEX_LEN + 1] = NULL;
	if (rc == 0) {
		while (n < m->files.count && m->files.items[n].version <= version)
			n++;
		sums = calloc(n ? n : 1, sizeof(*sums));
		if (!sums)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = sg_verify_file_sum(m, &m->files.items[i], sums[i], err);
	marks mk = {.m = m};
	if (rc == 0 && m->dry_run) {
		for (size_t i = 0; i < n; i++)
			if (adopt || !sg_ledger_find(&r.ledger, m->files.items[i].version)) {
				sg_migrate__emit(m, SG_MIGRATE_EVENT_PLANNED, &m->files.items[i],
						 m->files.items[i].up_file, false, -1, "would mark applied");
				mk.count++;
			}
	} else if (rc == 0) {
		if (adopt) {
			PGresult *b = PQexec(m->conn, "BEGIN");
			PQclear(b);
			rc = sg_tracking_adopt_golang(m->conn, &m->trk, r.ledger.golang_version, false, version,
						      m->client, err);
			if (rc == 0) {
				sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO,
						  "adopted golang-migrate's table at version %" PRId64
						  "; its rows are kept in %s.%s",
						  version, m->trk.schema, m->trk.golang_backup);
			}
		} else {
			rc = ensure_table(m, &r.ledger, err);
		}
		sg_pipeline p;
		if (rc == 0)
			rc = sg_pipeline_start(&p, m->conn, err);
		if (rc == 0 && !adopt && sg_pipeline_add(&p, SG_PIPELINE_RUNNER, "BEGIN", 0, NULL, err) != 0)
			rc = -1;
		char(*vs)[24] = calloc(n ? n : 1, sizeof(*vs));
		if (!vs && rc == 0)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		for (size_t i = 0; rc == 0 && i < n; i++) {
			const sg_mfile *f = &m->files.items[i];
			snprintf(vs[i], sizeof(vs[i]), "%" PRId64, f->version);
			const char *params[] = {vs[i], f->name, sums[i], m->client};
			rc = sg_pipeline_add(&p, SG_PIPELINE_RUNNER, m->trk.sql_baseline, 4, params, err);
		}
		if (rc == 0)
			rc = marks_tx(m, &p, &mk, err);
		else if (PQpipelineStatus(m->conn) != PQ_PIPELINE_OFF) {
			sg_pipeline_abort(&p);
		}
		free(vs);
		if (rc != 0)
			sg_pipeline_rollback(m->conn);
	}
	free(sums);
	if (res) {
		res->count = mk.count;
		if (rc == 0 && !m->dry_run)
			result_version(m, res);
		else
			result_from_ledger(m, &r.ledger, res);
	}
	return run_end(m, &r, rc, res, err);
}

/* ---- read-only views ---- */

static char *dup_or_null(const char *s, bool *oom)
{
	if (!s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		*oom = true;
	return d;
}

void sg_migrate_status_free(sg_migrate_status *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < st->count; i++) {
		sg_migrate_status_entry *e = &st->entries[i];
		free(e->version_text);
		free(e->name);
		free(e->applied_at);
		free(e->applied_by);
		free(e->method);
		free(e->last_error);
	}
	free(st->entries);
	free(st->last_failure);
	sg_lock_holder_free(st->lock_holder);
	free(st);
}

static void last_failure(sg_migrate *m, sg_migrate_status *st, bool *oom)
{
	PGresult *res = PQexec(m->conn, m->trk.sql_last_event);
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1) {
		const char *outcome = PQgetvalue(res, 0, 4);
		if (strcmp(outcome, "failed") == 0 || strcmp(outcome, "dirty") == 0) {
			sg_strbuf sb = SG_STRBUF_INIT;
			sg_strbuf_addf(&sb, "%s %s of version %s ('%s') %s: %s", PQgetvalue(res, 0, 0),
				       PQgetvalue(res, 0, 1), PQgetvalue(res, 0, 2), PQgetvalue(res, 0, 3),
				       strcmp(outcome, "failed") == 0 ? "failed and was rolled back"
								      : "failed and left it dirty",
				       PQgetvalue(res, 0, 5));
			st->last_failure = sg_strbuf_detach(&sb, NULL);
			if (!st->last_failure)
				*oom = true;
		}
	}
	PQclear(res);
}

int sg_migrate_status_get(sg_migrate *m, sg_migrate_status **out, sg_error *err)
{
	*out = NULL;
	run r;
	if (run_begin(m, &r, false, true, err) != 0)
		return run_end(m, &r, -1, NULL, err);
	sg_migrate_status *st = calloc(1, sizeof(*st));
	size_t cap = m->files.count + r.ledger.count;
	if (st)
		st->entries = calloc(cap ? cap : 1, sizeof(*st->entries));
	if (!st || !st->entries) {
		sg_migrate_status_free(st);
		return run_end(m, &r, sg_error_set(err, SG_ERR_SYSTEM, "out of memory"), NULL, err);
	}
	st->table_exists = r.ledger.kind != SG_LEDGER_MISSING;
	st->golang_migrate = r.ledger.kind == SG_LEDGER_GOLANG;
	st->golang_version = r.ledger.golang_version;
	st->golang_dirty = r.ledger.golang_dirty;
	bool oom = false;
	int rc = 0;
	const sg_track_row *last = sg_ledger_last(&r.ledger);
	size_t fi = 0, ri = 0;
	while (rc == 0 && (fi < m->files.count || ri < r.ledger.count)) {
		const sg_mfile *f = fi < m->files.count ? &m->files.items[fi] : NULL;
		const sg_track_row *row = ri < r.ledger.count ? &r.ledger.rows[ri] : NULL;
		if (f && row && f->version != row->version) {
			if (f->version < row->version)
				row = NULL;
			else
				f = NULL;
		}
		sg_migrate_status_entry *e = &st->entries[st->count++];
		e->version = f ? f->version : row->version;
		char v[24];
		sg_migrate__version_label(v, sizeof(v), m, e->version);
		e->version_text = dup_or_null(v, &oom);
		e->name = dup_or_null(f ? f->name : row->name, &oom);
		e->duration_ms = -1;
		if (row) {
			e->applied_at = dup_or_null(row->applied_at, &oom);
			e->applied_by = dup_or_null(row->applied_by, &oom);
			e->method = dup_or_null(row->method, &oom);
			e->last_error = dup_or_null(row->last_error, &oom);
			e->duration_ms = row->duration_ms;
			e->statements_done = row->statements_done;
			e->statements_total = row->statements_total;
			e->state = SG_MIGRATE_APPLIED;
			if (row->dirty) {
				e->state = SG_MIGRATE_DIRTY;
			} else if (!f) {
				e->state = SG_MIGRATE_MISSING_FILE;
			} else {
				char sum[SG_CHECKSUM_HEX_LEN + 1];
				rc = sg_verify_file_sum(m, f, sum, err);
				if (rc == 0 && strcmp(sum, row->checksum) != 0)
					e->state = SG_MIGRATE_MODIFIED;
			}
		} else if (st->golang_migrate && e->version <= r.ledger.golang_version) {
			e->state = SG_MIGRATE_APPLIED;
			e->method = dup_or_null("golang-migrate", &oom);
		} else {
			e->state = last && e->version < last->version ? SG_MIGRATE_OUT_OF_ORDER : SG_MIGRATE_PENDING;
			st->pending++;
		}
		if (f)
			fi++;
		if (row)
			ri++;
	}
	if (rc == 0 && r.ledger.kind == SG_LEDGER_OURS)
		last_failure(m, st, &oom);
	/* A dirty version with a live lock holder is being run, not left behind by a dead run. */
	bool any_dirty = false;
	for (size_t i = 0; i < st->count; i++)
		any_dirty = any_dirty || st->entries[i].state == SG_MIGRATE_DIRTY;
	if (rc == 0 && any_dirty)
		rc = sg_lock_holder_get(&st->lock_holder, m->conn, m->lock_key, err);
	for (size_t i = 0; i < st->count; i++)
		st->entries[i].running = st->entries[i].state == SG_MIGRATE_DIRTY && st->lock_holder;
	if (rc == 0 && oom)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc != 0)
		sg_migrate_status_free(st);
	else
		*out = st;
	return run_end(m, &r, rc, NULL, err);
}

int sg_migrate_version(sg_migrate *m, int64_t *version, bool *dirty, sg_error *err)
{
	*version = 0;
	*dirty = false;
	run r;
	int rc = run_begin(m, &r, false, false, err);
	if (rc == 0 && r.ledger.kind == SG_LEDGER_GOLANG) {
		*version = r.ledger.golang_version;
		*dirty = r.ledger.golang_dirty;
	} else if (rc == 0) {
		const sg_track_row *last = sg_ledger_last(&r.ledger);
		*version = last ? last->version : 0;
		*dirty = last ? last->dirty : false;
	}
	return run_end(m, &r, rc, NULL, err);
}

void sg_migrate_version_text(const sg_migrate *m, int64_t version, char *buf, size_t size)
{
	sg_migrate__version_label(buf, size, m, version);
}

void sg_migrate_history_free(sg_migrate_history *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->count; i++) {
		sg_migrate_history_entry *e = &h->entries[i];
		free(e->at);
		free(e->action);
		free(e->version_text);
		free(e->name);
		free(e->outcome);
		free(e->applied_by);
		free(e->client);
		free(e->detail);
	}
	free(h->entries);
	free(h);
}

int sg_migrate_history_get(sg_migrate *m, sg_migrate_history **out, sg_error *err)
{
	*out = NULL;
	if (connect_db(m, err) != 0)
		return -1;
	sg_migrate_history *h = calloc(1, sizeof(*h));
	if (!h)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	PGresult *res = PQexec(m->conn, m->trk.sql_history);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		bool missing = state && strcmp(state, "42P01") == 0;
		if (!missing)
			sg_error_set(err, SG_ERR_DB, "cannot read the history: %s", PQerrorMessage(m->conn));
		PQclear(res);
		if (!missing) {
			sg_migrate_history_free(h);
			return -1;
		}
		*out = h;
		return 0;
	}
	int n = PQntuples(res);
	h->entries = calloc(n ? (size_t)n : 1, sizeof(*h->entries));
	bool oom = !h->entries;
	for (int i = 0; i < n && !oom; i++) {
		sg_migrate_history_entry *e = &h->entries[h->count++];
		e->id = strtoll(PQgetvalue(res, i, 0), NULL, 10);
		e->at = dup_or_null(PQgetvalue(res, i, 1), &oom);
		e->action = dup_or_null(PQgetvalue(res, i, 2), &oom);
		if (!PQgetisnull(res, i, 3)) {
			char v[24];
			sg_migrate__version_label(v, sizeof(v), m, strtoll(PQgetvalue(res, i, 3), NULL, 10));
			e->version_text = dup_or_null(v, &oom);
		}
		e->name = PQgetisnull(res, i, 4) ? NULL : dup_or_null(PQgetvalue(res, i, 4), &oom);
		e->outcome = dup_or_null(PQgetvalue(res, i, 5), &oom);
		e->duration_ms = PQgetisnull(res, i, 6) ? -1 : strtoll(PQgetvalue(res, i, 6), NULL, 10);
		e->applied_by = dup_or_null(PQgetvalue(res, i, 7), &oom);
		e->client = PQgetisnull(res, i, 8) ? NULL : dup_or_null(PQgetvalue(res, i, 8), &oom);
		e->detail = PQgetisnull(res, i, 9) ? NULL : dup_or_null(PQgetvalue(res, i, 9), &oom);
	}
	PQclear(res);
	if (oom) {
		sg_migrate_history_free(h);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	*out = h;
	return 0;
}

int sg_migrate_validate(sg_migrate *m, sg_error *err)
{
	int bad_files = 0, problems = 0;
	for (size_t i = 0; i < m->files.count; i++) {
		for (int d = 0; d < 2; d++) {
			const sg_mfile *f = &m->files.items[i];
			if (d == 1 && !f->down_file)
				continue;
			sg_loaded l;
			sg_error e = {0};
			if (sg_apply_load(m, f, d == 1, &l, &e) != 0) {
				sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, f, d ? f->down_file : f->up_file, d == 1,
						 -1, sg_error_message(&e));
				if (e.kind == SG_ERR_SYSTEM) {
					sg_error_set(err, e.kind, "%s", sg_error_message(&e));
					sg_error_clear(&e);
					sg_apply_release(&l);
					return -1;
				}
				bad_files++;
			}
			sg_error_clear(&e);
			sg_apply_release(&l);
		}
	}
	const char *url = m->url ? m->url : getenv("DATABASE_URL");
	if (url && url[0]) {
		run r;
		int rc = run_begin(m, &r, false, false, err);
		if (rc == 0 && r.ledger.kind == SG_LEDGER_GOLANG) {
			/* The next up adopts it, unless it is dirty or ahead of the files. */
			sg_error e = {0};
			if (sg_migrate__golang_check(m, &r.ledger, &e) != 0) {
				sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, NULL, NULL, false, -1,
						 sg_error_message(&e));
				problems++;
			} else {
				sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO,
						  "table %s is golang-migrate's, at version %" PRId64
						  ": the next up adopts it",
						  m->trk.qtable, r.ledger.golang_version);
			}
			sg_error_clear(&e);
		} else if (rc == 0) {
			for (size_t i = 0; i < r.ledger.count; i++) {
				if (!r.ledger.rows[i].dirty)
					continue;
				sg_error e = {0};
				sg_ledger tmp = {.kind = SG_LEDGER_OURS, .rows = &r.ledger.rows[i], .count = 1};
				bool live = false;
				refuse_dirty(m, &tmp, false, &live, &e);
				/* A run at work is not a disagreement between the files and the database. */
				sg_migrate__emit(m, live ? SG_MIGRATE_EVENT_WARNING : SG_MIGRATE_EVENT_PROBLEM, NULL,
						 NULL, false, -1, sg_error_message(&e));
				sg_error_clear(&e);
				if (!live)
					problems++;
			}
			rc = sg_verify_applied(m, &r.ledger, true, &problems, err);
			sg_error e = {0};
			if (rc == 0 && sg_verify_history(m, &r.ledger, INT64_MAX, &e) != 0) {
				if (e.kind == SG_ERR_REFUSED) { /* a row deleted by hand: what up would refuse */
					sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, NULL, NULL, false, -1,
							 sg_error_message(&e));
					problems++;
				} else {
					rc = sg_error_set(err, e.kind, "%s", sg_error_message(&e));
				}
			}
			sg_error_clear(&e);
			const sg_track_row *last = sg_ledger_last(&r.ledger);
			for (size_t i = 0; rc == 0 && last && i < m->files.count && !m->allow_out_of_order; i++) {
				const sg_mfile *f = &m->files.items[i];
				if (f->version < last->version && !sg_ledger_find(&r.ledger, f->version)) {
					char buf[512];
					snprintf(buf, sizeof(buf),
						 "'%s/%s' is pending but older than the newest applied "
						 "version (out of order)",
						 m->src.description, f->up_file);
					sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, f, f->up_file, false, -1, buf);
					problems++;
				}
			}
		}
		if (run_end(m, &r, rc, NULL, err) != 0)
			return -1;
	} else {
		sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO, "no database given: checked the files only");
	}
	if (bad_files)
		return sg_error_set(err, SG_ERR_INPUT, "%d file%s cannot run as written%s", bad_files,
				    bad_files == 1 ? "" : "s",
				    problems ? ", and the database disagrees with the files" : "");
	if (problems)
		return sg_error_set(err, SG_ERR_REFUSED, "%d problem%s between the files and the database", problems,
				    problems == 1 ? "" : "s");
	return 0;
}

/* ---- start-up ---- */

int sg_migrate_on_start(const sg_migrate_options *opts, sg_migrate_result *res, sg_error *err)
{
	if (res)
		memset(res, 0, sizeof(*res));
	const char *sw = getenv(SG_MIGRATE_ON_START_ENV);
	if (sw && (strcmp(sw, "0") == 0 || strcasecmp(sw, "off") == 0 || strcasecmp(sw, "false") == 0 ||
		   strcasecmp(sw, "no") == 0))
		return 0;
	sg_migrate *m = NULL;
	if (sg_migrate_new(&m, opts, err) != 0)
		return -1;
	int rc = sg_migrate_up(m, 0, res, err);
	sg_migrate_free(m);
	return rc;
}
