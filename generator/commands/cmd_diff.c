/*
 * `schemagen diff`: compare the models with the database and print, or write,
 * the migration that brings the database to the models.
 */
#include "commands.h"

#include <errno.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "compare.h"
#include "diff_state.h"
#include "emit.h"
#include "files.h"
#include "files_lock.h"
#include "interrupt.h"
#include "model.h"
#include "output.h"
#include "schemagen/conn.h"
#include "schemagen/exit.h"
#include "tracking.h"

/* Everything one diff run holds, released in one place. */
typedef struct diff_run {
	sg_schema *model;
	sg_compare cmp;
	PGconn *conn;
	const char *table; /* the runner's tracking table (--table) */
	sg_tracking tracking;
	bool tracking_ready;
	sg_mfile_set files;
	sg_ledger ledger;
	bool ledger_loaded;
	sg_schema *live; /* read with the ledger, until sg_compare_run() takes it */
	sg_catalog_stats live_stats;
	char **names;
	size_t nnames;
	PGcancel *cancel; /* what SIGINT/SIGTERM cancel (interrupt.h) */
} diff_run;

static void diff_run_release(diff_run *r)
{
	sg_compare_release(&r->cmp);
	sg_schema_free(r->live);
	sg_schema_free(r->model);
	if (r->ledger_loaded)
		sg_ledger_release(&r->ledger);
	sg_files_set_release(&r->files);
	if (r->tracking_ready)
		sg_tracking_release(&r->tracking);
	sg_interrupt_cancel_conn(NULL);
	PQfreeCancel(r->cancel);
	PQfinish(r->conn);
	for (size_t i = 0; i < r->nnames; i++)
		free(r->names[i]);
	free(r->names);
}

static int fail(sg_cli_ctx *ctx, diff_run *r, sg_error *err)
{
	/* A signal cancelled the running statement: that is the reason, not the statement's error. */
	if (sg_interrupt_requested())
		sg_error_set(err, SG_ERR_DB, "interrupted: the diff stopped, nothing was written");
	sg_log_sg_error(&ctx->log, err);
	int code = sg_exit_code_for(err->kind);
	sg_error_clear(err);
	diff_run_release(r);
	return code;
}

static const char *opt(sg_cli_ctx *ctx, const char *name, const char *fallback)
{
	const char *v = sg_cli_value(ctx->args, name);
	return v ? v : fallback;
}

/*
 * Refuse when the directory has migrations the database has not applied: the
 * plan would repeat them (docs/design.md §5).
 */
static int check_pending(diff_run *r, const char *dir, sg_error *err)
{
	for (size_t i = 0; i < r->files.count; i++) {
		const sg_mfile *f = &r->files.items[i];
		bool applied = r->ledger.kind == SG_LEDGER_OURS	    ? sg_ledger_find(&r->ledger, f->version) != NULL
			       : r->ledger.kind == SG_LEDGER_GOLANG ? f->version <= r->ledger.golang_version
								    : false;
		if (!applied)
			return sg_error_set(err, SG_ERR_REFUSED,
					    "'%s/%s' is not applied to this database: the plan would repeat it; run "
					    "'migrate up' first",
					    dir, f->up_file);
	}
	return 0;
}

/* Read the runner's tracking table `schema`.TABLE (--table; replacing one read before). */
static int load_ledger(diff_run *r, const char *schema, sg_error *err)
{
	if (r->ledger_loaded)
		sg_ledger_release(&r->ledger);
	if (r->tracking_ready)
		sg_tracking_release(&r->tracking);
	r->ledger_loaded = r->tracking_ready = false;
	if (sg_tracking_init(&r->tracking, schema, r->table, err) != 0)
		return -1;
	r->tracking_ready = true;
	if (sg_tracking_load(&r->ledger, r->conn, &r->tracking, false, err) != 0) {
		sg_ledger_release(&r->ledger);
		return -1;
	}
	r->ledger_loaded = true;
	return 0;
}

/*
 * Take the ledger and the live catalog the prefetch read in one snapshot, or
 * read them so now when it read another schema than the models name (a wrong
 * guess).  False when neither holds them: the caller reads them apart.
 */
static bool take_state(diff_run *r, sg_diff_prefetch *pre, const char *schema)
{
	sg_diff_state st = {0};
	if (pre->rc == 0 && strcmp(pre->schema, schema) == 0) {
		st = pre->state;
		memset(&pre->state, 0, sizeof(pre->state));
	} else {
		sg_error ignored = {0};
		int rc = pre->rc == 0 ? sg_diff_state_read(&st, r->conn, schema, r->table, &ignored) : -1;
		sg_error_clear(&ignored);
		if (rc != 0)
			return false;
	}
	r->tracking = st.tracking;
	r->tracking_ready = st.tracking_ready;
	r->ledger = st.ledger;
	r->ledger_loaded = true;
	r->live = st.live;
	r->live_stats = st.stats;
	free(st.schema);
	return true;
}

/*
 * The files of schema public do not set a search_path (those of another
 * schema start with SET LOCAL search_path): they create where the session's
 * current_schema() is.  When the connection's own settings (the role's, the
 * URL's) would create elsewhere, a migration run with them would put its
 * objects out of the schema this diff compares, and the next diff would plan
 * them again: say so.  Known only when the catalog was read with the ledger.
 */
static void warn_creation_schema(sg_cli_ctx *ctx, const diff_run *r, const char *schema, bool known)
{
	const char *creates = r->live_stats.creation_schema;
	if (!known || strcmp(schema, "public") != 0 || strcmp(creates, schema) == 0)
		return;
	if (!creates[0])
		sg_log_warn(&ctx->log,
			    "this connection's search_path names no schema to create in: a migration of schema "
			    "'public' run with these settings fails (set the role's search_path to public)");
	else
		sg_log_warn(&ctx->log,
			    "this connection's search_path creates in schema '%s', not in 'public', which the models "
			    "describe: a migration run with these settings puts its objects there (set the role's "
			    "search_path to public, or give the models 'schema: %s')",
			    creates, creates);
}

/* Choose the file stems (VERSION_name+suffix) the steps get when written. */
static int name_steps(diff_run *r, const char *name, sg_error *err)
{
	r->names = calloc(r->cmp.steps.nsteps + 1, sizeof(char *));
	if (!r->names)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	char *next = sg_files_next_version(&r->files, time(NULL));
	if (!next)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	size_t width = strlen(next);
	long long version = strtoll(next, NULL, 10);
	free(next);
	for (size_t s = 0; s < r->cmp.steps.nsteps; s++) {
		char buf[512];
		snprintf(buf, sizeof(buf), "%0*lld_%s%s", (int)width, version + (long long)s, name,
			 r->cmp.steps.steps[s].name_suffix);
		r->names[s] = strdup(buf);
		r->nnames++;
		if (!r->names[s])
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	return 0;
}

/*
 * Write `dir/STEM.up.sql` and `.down.sql` (dir created when missing), never
 * over an existing file.  Nothing is written when either text could not be
 * built; a pair is written whole or not at all (output.h).  The paths written
 * are returned in *up_path and *down_path (malloc'd, owned by the caller).
 */
static int write_pair(char **up_path, char **down_path, const char *dir, const char *stem, const sg_strbuf *up,
		      const sg_strbuf *down, sg_error *err)
{
	*up_path = *down_path = NULL;
	if (sg_strbuf_failed(up) || sg_strbuf_failed(down))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory: migration '%s' was not written", stem);
	if (mkdir(dir, 0755) != 0 && errno != EEXIST)
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot create directory '%s': %s", dir, strerror(errno));
	sg_strbuf upp = SG_STRBUF_INIT, downp = SG_STRBUF_INIT;
	sg_strbuf_addf(&upp, "%s/%s.up.sql", dir, stem);
	sg_strbuf_addf(&downp, "%s/%s.down.sql", dir, stem);
	int rc = 0;
	if (sg_strbuf_failed(&upp) || sg_strbuf_failed(&downp))
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc == 0)
		rc = sg_output_write_builder(upp.data, up, 0644, false, err);
	if (rc == 0 && sg_output_write_builder(downp.data, down, 0644, false, err) != 0) {
		unlink(upp.data);
		rc = -1;
	}
	if (rc == 0) {
		*up_path = sg_strbuf_detach(&upp, NULL);
		*down_path = sg_strbuf_detach(&downp, NULL);
	}
	sg_strbuf_release(&upp);
	sg_strbuf_release(&downp);
	return rc;
}

/*
 * Refuse when the directory, read again under its lock, holds a migration the
 * plan was not made with: another `diff --write` (or `migrate create`) wrote
 * it meanwhile, under the number this plan was given, and the two plans may
 * make the same change.
 */
static int same_files(const diff_run *r, const char *dir, sg_error *err)
{
	sg_mfile_set now = {0};
	int rc = sg_files_scan_dir(&now, dir, err);
	for (size_t i = 0; rc == 0 && i < now.count; i++) {
		const sg_mfile *f = sg_files_find(&r->files, now.items[i].version);
		if (!f || strcmp(f->up_file, now.items[i].up_file) != 0)
			rc = sg_error_set(err, SG_ERR_REFUSED,
					  "'%s/%s' appeared while the plan was made (another diff --write or migrate "
					  "create?): this plan may repeat it, nothing written; run 'migrate up', then "
					  "diff again",
					  dir, now.items[i].up_file);
	}
	sg_files_set_release(&now);
	return rc;
}

/*
 * Write every step's pair, or none: the directory is locked while it is read
 * again and written (files_lock.h), a failure removes the pairs already
 * written, and SIGINT, SIGTERM and SIGHUP wait until the files are complete
 * (then SIGHUP ends the run; SIGINT and SIGTERM were only noted, interrupt.h).
 */
static int write_steps(diff_run *r, const char *dir, sg_error *err)
{
	size_t n = r->cmp.steps.nsteps;
	char **paths = calloc(2 * n + 1, sizeof(char *));
	if (!paths)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	sigset_t stop, old;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGHUP);
	sigprocmask(SIG_BLOCK, &stop, &old);
	int lock = sg_files_lock_dir(dir, err);
	int rc = lock < 0 ? -1 : same_files(r, dir, err);
	sg_strbuf up = SG_STRBUF_INIT, down = SG_STRBUF_INIT;
	for (size_t s = 0; s < n && rc == 0; s++) {
		sg_strbuf_reset(&up);
		sg_strbuf_reset(&down);
		sg_emit_step_file(&up, &r->cmp.steps.steps[s], false);
		sg_emit_step_file(&down, &r->cmp.steps.steps[s], true);
		rc = write_pair(&paths[2 * s], &paths[2 * s + 1], dir, r->names[s], &up, &down, err);
	}
	for (size_t i = 0; i < 2 * n; i++) {
		if (paths[i] && rc != 0)
			unlink(paths[i]);
		else if (paths[i])
			printf("wrote %s\n", paths[i]);
		free(paths[i]);
	}
	if (rc == 0 && fflush(stdout) != 0)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot write to standard output");
	sg_files_unlock_dir(lock);
	sigprocmask(SIG_SETMASK, &old, NULL);
	free(paths);
	sg_strbuf_release(&up);
	sg_strbuf_release(&down);
	return rc;
}

int sg_cmd_diff(sg_cli_ctx *ctx)
{
	diff_run r = {0};
	sg_error err = {0};
	const char *models_dir = opt(ctx, "models", "models");
	const char *migrations_dir = opt(ctx, "migrations", "migrations");
	const char *write_name = sg_cli_value(ctx->args, "write");
	const char *format = opt(ctx, "format", "text");
	r.table = opt(ctx, "table", "schema_migrations");
	bool allow_destructive = sg_cli_count(ctx->args, "allow-destructive") > 0;
	bool json = strcmp(format, "json") == 0;
	if (!json && strcmp(format, "text") != 0) {
		sg_error_set(&err, SG_ERR_INPUT, "option '--format' takes text or json, not '%s'", format);
		return fail(ctx, &r, &err);
	}
	char *file_name = NULL;
	if (write_name) {
		if (sg_files_normalize_name(&file_name, write_name, &err) != 0)
			return fail(ctx, &r, &err);
	}

	/*
	 * The ledger and the live catalog are read, in one snapshot, in a thread
	 * of their own while the models load (diff_state.h): the server works on
	 * one core while the client parses the YAML on the other.  The schema is
	 * guessed until the models are loaded; a wrong guess reads again.  What
	 * can be checked without a database is still reported first, a
	 * connection failure only after it: bad input changes nothing.
	 */
	char guess[256];
	const char *forced_schema = sg_cli_value(ctx->args, "schema");
	if (forced_schema)
		snprintf(guess, sizeof(guess), "%s", forced_schema);
	else
		sg_diff_guess_schema(guess, sizeof(guess), models_dir);
	/* SIGINT/SIGTERM: the statement running is cancelled, the diff stops with exit 1, nothing is written. */
	sg_interrupt_install();
	sg_diff_prefetch pre;
	sg_diff_prefetch_start(&pre, sg_cli_value(ctx->args, "database"), guess, r.table);

	/* Every model error and warning is shown, not only the first. */
	sg_model_diags diags = {0};
	int loaded = sg_model_load_dir(&r.model, models_dir, &diags, &err);
	sg_diff_prefetch_join(&pre);
	/*
	 * The catalog's results were freed in the thread's own malloc arena, which the rest of the diff (this
	 * thread) does not allocate from: give those pages back before it grows (2 MiB of the peak at 10,000
	 * tables).
	 */
	malloc_trim(0);
	sg_model_diags_print(&diags, &ctx->log);
	size_t nerrors = diags.nerrors;
	sg_model_diags_release(&diags);
	if (loaded != 0 && nerrors)
		sg_error_set(&err, SG_ERR_INPUT,
			     "%zu error%s in models directory '%s': nothing was compared or written", nerrors,
			     nerrors == 1 ? "" : "s", models_dir);
	if (loaded != 0 || sg_interrupt_requested()) {
		free(file_name);
		sg_diff_prefetch_release(&pre);
		return fail(ctx, &r, &err);
	}
	const char *schema = opt(ctx, "schema", r.model->name);
	/* A missing directory just means no migrations yet; --write creates it. */
	struct stat st;
	if (stat(migrations_dir, &st) == 0 && sg_files_scan_dir(&r.files, migrations_dir, &err) != 0) {
		free(file_name);
		sg_diff_prefetch_release(&pre);
		return fail(ctx, &r, &err);
	}

	r.conn = pre.conn;
	pre.conn = NULL;
	if (r.conn && (r.cancel = PQgetCancel(r.conn)) != NULL)
		sg_interrupt_cancel_conn(r.cancel);
	if (!r.conn) {
		free(file_name);
		err = pre.conn_err;
		memset(&pre.conn_err, 0, sizeof(pre.conn_err));
		sg_diff_prefetch_release(&pre);
		return fail(ctx, &r, &err);
	}
	bool one_snapshot = take_state(&r, &pre, schema);
	sg_diff_prefetch_release(&pre);
	/*
	 * When that read failed, the ledger is read, then the catalog, as they were before it: their errors are
	 * reported with their own messages, in their order.  `migrate` keeps its table in public unless told
	 * `--schema`; the models' schema is the other place.
	 */
	if (!one_snapshot && (load_ledger(&r, "public", &err) != 0 ||
			      (r.ledger.kind == SG_LEDGER_MISSING && strcmp(schema, "public") != 0 &&
			       load_ledger(&r, schema, &err) != 0))) {
		free(file_name);
		return fail(ctx, &r, &err);
	}
	warn_creation_schema(ctx, &r, schema, one_snapshot);
	if (check_pending(&r, migrations_dir, &err) != 0) {
		free(file_name);
		return fail(ctx, &r, &err);
	}

	sg_compare_options copts = {
	    .schema = schema,
	    .tracking_table = r.tracking.table,
	    .online = sg_cli_count(ctx->args, "online") > 0,
	    .live = r.live,
	    .live_stats = r.live_stats,
	};
	r.live = NULL;
	if (sg_compare_run(&r.cmp, r.conn, r.model, &copts, &err) != 0 || sg_interrupt_requested()) {
		free(file_name);
		return fail(ctx, &r, &err);
	}
	sg_log_debug(&ctx->log,
		     "%zu of %zu tables normalized on the server in %zu batch%s; catalog: %u statements in %u round "
		     "trips, plus one read of the scratch schema per batch; ledger: %s",
		     r.cmp.normalized, r.model->ntables, r.cmp.batches, r.cmp.batches == 1 ? "" : "es",
		     r.cmp.catalog_queries, r.cmp.catalog_round_trips,
		     !one_snapshot		 ? "read apart, before the catalog"
		     : r.cmp.ledger_queries == 1 ? "1 statement in the catalog's snapshot and round trips"
						 : "2 statements in the catalog's snapshot and round trips");
	if (r.cmp.plan->nops)
		for (size_t i = 0; i < r.cmp.nunresolved; i++)
			sg_log_warn(&ctx->log, "the down may create %s", r.cmp.unresolved[i]);

	if (file_name && name_steps(&r, file_name, &err) != 0) {
		free(file_name);
		return fail(ctx, &r, &err);
	}
	free(file_name);

	size_t parts = 0;
	for (size_t i = 0; i < r.cmp.steps.nsteps; i++)
		parts += r.cmp.steps.steps[i].kind == SG_STEP_MAIN;
	if (parts > 1)
		sg_log_info(&ctx->log,
			    "the plan is cut into %zu migrations of at most %d locks each: one transaction could not "
			    "hold the locks of all its tables on a server with default settings",
			    parts, SG_ORDER_MAX_LOCKS);

	sg_strbuf out = SG_STRBUF_INIT;
	const char *const *names = (const char *const *)r.names;
	if (json) {
		sg_emit_plan_json(&out, &r.cmp.steps, names);
		sg_strbuf_addch(&out, '\n');
	} else {
		sg_emit_plan_text(&out, &r.cmp.steps, names, sg_color_wanted(ctx->color, 1));
	}
	int printed = sg_output_print(stdout, &out, &err);
	sg_strbuf_release(&out);
	if (printed != 0)
		return fail(ctx, &r, &err);

	if (r.cmp.plan->nops && sg_plan_is_destructive(r.cmp.plan) && !allow_destructive) {
		sg_error_set(&err, SG_ERR_REFUSED,
			     "the plan loses data (see the data-loss hazards): nothing written; rerun with "
			     "--allow-destructive once that is intended");
		return fail(ctx, &r, &err);
	}
	if (sg_interrupt_requested())
		return fail(ctx, &r, &err);
	if (write_name && r.cmp.plan->nops) {
		if (write_steps(&r, migrations_dir, &err) != 0)
			return fail(ctx, &r, &err);
	} else if (write_name) {
		sg_log_info(&ctx->log, "no changes: nothing written");
	}
	int code = r.cmp.plan->nops && sg_cli_count(ctx->args, "exit-code") ? SG_EXIT_DIFFERS : SG_EXIT_OK;
	diff_run_release(&r);
	return code;
}
