/*
 * sg_migrate_up, _down, _goto, _redo and _on_start: the operations that run
 * migration files (docs/design.md §4, §6).
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
 * marked clean at the end, so a failure or a crash leaves an exact state
 * (apply.c).  The runner's state and a run's lock and ledger are runner.c's.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "apply.h"
#include "golang_ledger.h"
#include "runner.h"
#include "verify.h"

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

/*
 * Refuse a session whose search_path creates in its temporary schema (a role's
 * `search_path = pg_temp`): a migration's tables would be created there,
 * recorded as applied, and gone with the session (the reset between files
 * discards them even sooner).  One round trip, only when files will run.
 */
static int refuse_temp_schema(sg_migrate *m, sg_error *err)
{
	/* Only the server makes pg_temp_N schemas: a role cannot create a name starting with pg_. */
	PGresult *res = PQexec(m->conn, "SELECT current_schema(), current_setting('search_path'), "
					"current_schema() LIKE 'pg\\_temp\\_%'");
	int rc = 0;
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1)
		rc = sg_error_set(err, SG_ERR_DB, "cannot read the session's current schema: %s",
				  PQerrorMessage(m->conn));
	else if (strcmp(PQgetvalue(res, 0, 2), "t") == 0)
		rc = sg_error_set(err, SG_ERR_REFUSED,
				  "the session's search_path ('%s') creates in its temporary schema '%s': what the "
				  "migrations create would vanish when the session ends, nothing was run; set a "
				  "search_path that names a real schema (ALTER ROLE ... SET search_path, or the URL's "
				  "options)",
				  PQgetvalue(res, 0, 1), PQgetvalue(res, 0, 0));
	PQclear(res);
	return rc;
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
static int do_up(sg_migrate *m, sg_migrate_run *r, int64_t upto, int limit, bool only_version, int *count,
		 sg_error *err)
{
	const sg_mfile **plan = NULL;
	size_t n = 0;
	sg_loaded *ls = NULL;
	int rc = 0;
	if (r->ledger.kind == SG_LEDGER_GOLANG)
		return sg_migrate__refuse_golang(m, &r->ledger, err);
	if (sg_migrate__refuse_dirty(m, &r->ledger, r->locked, NULL, err) != 0)
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
		rc = refuse_temp_schema(m, err);
	if (rc == 0 && !m->dry_run && n > 0)
		rc = sg_migrate__ensure_table(m, &r->ledger, err);
	if (rc == 0)
		rc = run_list(m, ls, n, m->atomic, count, err);
	sg_apply_list_free(ls, n);
	free(plan);
	return rc;
}

/* The down part of down / goto / redo: revert applied versions above `above`, newest first, at most `limit`. */
static int do_down(sg_migrate *m, sg_migrate_run *r, int64_t above, int limit, int *count, sg_error *err)
{
	if (r->ledger.kind == SG_LEDGER_GOLANG)
		return sg_migrate__refuse_golang(m, &r->ledger, err);
	if (sg_migrate__refuse_dirty(m, &r->ledger, r->locked, NULL, err) != 0)
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
	if (rc == 0 && !m->dry_run && n > 0)
		rc = refuse_temp_schema(m, err);
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
static int up_ledger(sg_migrate *m, sg_migrate_run *r, bool *noop, sg_migrate_result *res, sg_error *err)
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
	sg_migrate_run r;
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
	int rc = sg_migrate__run_begin(m, &r, !m->dry_run,
				       op == OP_UP ? SG_MIGRATE_READ_NOTHING : SG_MIGRATE_READ_LEDGER, err);
	if (rc == 0 && op == OP_UP)
		rc = up_ledger(m, &r, &noop, res, err);
	if (rc == 0 && !noop && r.ledger.kind == SG_LEDGER_GOLANG)
		rc = sg_migrate__golang_adopt(m, &r.ledger, -1, err);
	/* Before anything changes: golang-migrate's ledger adopted, dirty versions, then edited files. */
	if (rc == 0 && !noop && verify && sg_migrate__refuse_dirty(m, &r.ledger, r.locked, NULL, err) != 0)
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
				rc = sg_migrate__refuse_golang(m, &r.ledger, err);
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
			rc = sg_migrate__result_version(m, res, rc, err);
		else
			sg_migrate__result_from_ledger(m, &r.ledger, res);
	}
	m->sums_ready = false; /* the files may change before the runner's next operation */
	return sg_migrate__run_end(m, &r, rc, res, err);
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
/* ---- start-up ---- */

int sg_migrate_on_start(const sg_migrate_options *opts, sg_migrate_result *res, sg_error *err)
{
	if (res)
		memset(res, 0, sizeof(*res));
	const char *sw = getenv(SG_MIGRATE_ON_START_ENV);
	if (sw && (strcmp(sw, "0") == 0 || strcasecmp(sw, "off") == 0 || strcasecmp(sw, "false") == 0 ||
		   strcasecmp(sw, "no") == 0)) {
		sg_migrate_source_release(opts->source); /* as sg_migrate_new would have */
		return 0;
	}
	sg_migrate *m = NULL;
	if (sg_migrate_new(&m, opts, err) != 0)
		return -1;
	int rc = sg_migrate_up(m, 0, res, err);
	sg_migrate_free(m);
	return rc;
}
