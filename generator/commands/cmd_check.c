/*
 * `schemagen check`: CI's proof that migrations/ and models/ agree.
 *
 * Every up migration is replayed into a scratch database (scratch.h) by the
 * runner itself, in one call; after each file commits, its event makes the
 * check fingerprint the catalog (fingerprint.h: only the tables whose rows
 * changed are digested again).  The result is compared with the models
 * exactly as `schemagen diff` would (compare.h).  Then the downs run newest
 * first and each must bring the fingerprint back to the one taken before its
 * up.  A mismatch is decided exactly: the ups before it are replayed into a
 * second database and the two catalogs are diffed, which also says what the
 * down left behind.
 *
 * SIGINT and SIGTERM cancel the runner's statement (as `migrate` does) and
 * stop the check at its next step, so that the scratch databases are dropped
 * on the way out: on a --scratch-url server nothing may be left behind.
 */
#include "commands.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "compare.h"
#include "diff.h"
#include "down_marks.h"
#include "emit.h"
#include "files.h"
#include "fingerprint.h"
#include "git_edits.h"
#include "interrupt.h"
#include "json.h"
#include "model.h"
#include "output.h"
#include "scratch.h"
#include "schemagen/conn.h"
#include "schemagen/exit.h"
#include "schemagen/migrate.h"
#include "versions.h"

typedef struct problem {
	const char *code; /* stable: bad_file, down_missing, down_failed, down_not_undone, edited_after_later */
	char *file;	  /* file name, or NULL */
	char *message;
} problem;

/* One database the migrations are replayed into. */
typedef struct replay {
	char *url;
	PGconn *conn;
	sg_migrate *runner;
} replay;

typedef struct check_run {
	sg_cli_ctx *ctx;
	const char *migrations_dir;
	sg_compare_options copts;
	sg_schema *model;
	sg_mfile_set files;
	sg_scratch scratch;
	replay main;
	char (*before)[SG_FINGERPRINT_LEN + 1]; /* catalog fingerprint before up i */
	sg_fingerprinter fp;			/* of the main replay database */
	problem *problems;
	size_t nproblems;
	sg_compare cmp;
	bool compared;
	size_t downs_verified, downs_irreversible;
	bool downs_stopped; /* a down failed or did not undo: older ones were not run */
	/* What the runner's events do (on_event): fingerprint after each up, compare after each down. */
	enum { WATCH_NONE, WATCH_UPS, WATCH_DOWNS } watch;
	bool mismatch_found; /* a down did not undo its up: the later events are not compared */
	sg_error watch_err;  /* the first failure inside an event (a catalog read) */
	size_t failed_down;  /* the file whose down the runner reported failed */
} check_run;

static void add_problem(check_run *r, const char *code, const char *file, const char *fmt, ...) SG_PRINTF(4, 5);

static void add_problem(check_run *r, const char *code, const char *file, const char *fmt, ...)
{
	problem *grown = realloc(r->problems, (r->nproblems + 1) * sizeof(*grown));
	if (!grown)
		abort(); /* a few bytes of report: nothing sensible is left to do */
	r->problems = grown;
	sg_strbuf sb = SG_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sg_strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	problem *p = &r->problems[r->nproblems];
	p->code = code;
	p->file = file ? strdup(file) : NULL;
	p->message = sg_strbuf_detach(&sb, NULL); /* NULL when the builder failed */
	if (!p->message || (file && !p->file))
		abort(); /* as above */
	r->nproblems++;
}

static int fingerprint(check_run *r, PGconn *conn, char out[SG_FINGERPRINT_LEN + 1], sg_error *err);
static void down_reverted(check_run *r, size_t k);

/* After a signal: -1 with err set (whatever the step in progress reported is replaced). */
static int check_interrupted(sg_error *err)
{
	if (!sg_interrupt_requested())
		return 0;
	sg_error_clear(err);
	return sg_error_set(err, SG_ERR_DB, "interrupted: the check stopped and its scratch databases were dropped");
}

/* Move the first failure inside an event into `err` (replacing what the runner reported); 0 when none. */
static int take_watch_err(check_run *r, sg_error *err)
{
	if (r->watch_err.kind == SG_ERR_NONE)
		return 0;
	return sg_error_move(err, &r->watch_err);
}

/* The index of a version in the file set (they are ordered by version). */
static size_t file_index(const check_run *r, int64_t version)
{
	size_t lo = 0, hi = r->files.count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (r->files.items[mid].version < version)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The runner reports each file once it has committed; the catalog is read
 * then, on the check's own connection, so the replay runs as one `up` and
 * one `down` per stretch of reversible files instead of a call per file.
 */
static void on_event(const sg_migrate_event *ev, void *ud)
{
	check_run *r = ud;
	if (ev->kind == SG_MIGRATE_EVENT_PROBLEM)
		add_problem(r, "bad_file", ev->file, "%s", ev->message ? ev->message : "invalid");
	if (ev->kind == SG_MIGRATE_EVENT_FAILED && ev->down)
		r->failed_down = file_index(r, ev->version);
	if (ev->kind != SG_MIGRATE_EVENT_APPLIED && ev->kind != SG_MIGRATE_EVENT_REVERTED)
		return;
	sg_log_debug(&r->ctx->log, "%s %s (%lld ms)", ev->down ? "reverted" : "applied", ev->file,
		     (long long)ev->duration_ms);
	size_t k = file_index(r, ev->version);
	if (r->watch_err.kind != SG_ERR_NONE || k >= r->files.count || sg_interrupt_requested())
		return;
	if (r->watch == WATCH_UPS && ev->kind == SG_MIGRATE_EVENT_APPLIED)
		fingerprint(r, r->main.conn, r->before[k + 1], &r->watch_err);
	else if (r->watch == WATCH_DOWNS && ev->kind == SG_MIGRATE_EVENT_REVERTED && !r->mismatch_found)
		down_reverted(r, k);
}

static void replay_close(replay *p)
{
	sg_migrate_free(p->runner);
	PQfinish(p->conn);
	free(p->url);
	memset(p, 0, sizeof(*p));
}

/* A new scratch database with a runner over the migrations directory. */
static int replay_open(check_run *r, replay *p, sg_error *err)
{
	memset(p, 0, sizeof(*p));
	if (sg_scratch_create_db(&r->scratch, &p->url, err) != 0 ||
	    sg_conn_open(&p->conn, p->url, "schemagen check", err) != 0)
		return -1;
	sg_catalog_quiet_notices(p->conn);
	sg_migrate_options mo;
	sg_migrate_options_init(&mo);
	mo.database_url = p->url;
	mo.migrations_dir = r->migrations_dir;
	mo.application_name = "schemagen check";
	mo.table = r->copts.tracking_table;
	mo.on_event = on_event;
	mo.userdata = r;
	return sg_migrate_new(&p->runner, &mo, err);
}

/* Apply the first `count` migrations (none when 0). */
static int replay_ups(replay *p, size_t count, sg_error *err)
{
	sg_migrate_result res;
	if (!count)
		return 0;
	sg_migrate *outer = sg_interrupt_target(p->runner);
	int rc = sg_interrupt_requested() ? -1 : sg_migrate_up(p->runner, (int)count, &res, err);
	sg_interrupt_target(outer);
	return check_interrupted(err) != 0 ? -1 : rc;
}

static int fingerprint(check_run *r, PGconn *conn, char out[SG_FINGERPRINT_LEN + 1], sg_error *err)
{
	/* Left out as the diff leaves it out: the runner creates it with the first migration. */
	r->fp.exclude_table = r->copts.tracking_table;
	return sg_fingerprint_take(&r->fp, conn, r->copts.schema, out, err);
}

/*
 * The mark of down file `f` (down_marks.h), with the reason copied into
 * `reason` (truncated to its size).  A file that cannot be read has none:
 * the down then runs and its failure is reported.
 */
static sg_down_mark_kind down_mark(const check_run *r, const sg_mfile *f, size_t *line, char *reason,
				   size_t reason_size)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", r->migrations_dir, f->down_file);
	char *text = NULL;
	size_t len = 0;
	sg_error err = {0};
	reason[0] = '\0';
	*line = 0;
	if (sg_files_read(&text, &len, path, &err) != 0) {
		sg_error_clear(&err);
		return SG_DOWN_MARK_NONE;
	}
	sg_down_mark mark;
	sg_down_marks_read(&mark, text, len);
	*line = mark.line;
	if (mark.reason)
		snprintf(reason, reason_size, "%.*s", (int)mark.reason_len, mark.reason);
	free(text);
	return mark.kind;
}

static bool unmanaged_has(const sg_schema *s, const sg_unmanaged *u)
{
	for (size_t i = 0; i < s->nunmanaged; i++)
		if (strcmp(s->unmanaged[i].kind, u->kind) == 0 && strcmp(s->unmanaged[i].name, u->name) == 0)
			return true;
	return false;
}

/*
 * What separates `after` (the catalog after down k; `after_exists`: whether
 * the schema itself is there) from the catalog before up k, rebuilt in a
 * second database.  Empty when the two differ only in what the diff ignores
 * (column order).
 */
static int explain_mismatch(check_run *r, size_t k, const sg_schema *after, bool after_exists, sg_strbuf *why,
			    sg_error *err)
{
	replay p;
	sg_schema *before = NULL;
	sg_plan *plan = NULL;
	bool before_exists = false;
	int rc = -1;
	if (replay_open(r, &p, err) != 0 || replay_ups(&p, k, err) != 0 ||
	    sg_compare_load_live(&before, &before_exists, p.conn, &r->copts, err) != 0)
		goto out;
	plan = sg_plan_new();
	sg_diff_options dopts = {.qual = strcmp(r->copts.schema, "public") == 0 ? NULL : r->copts.schema};
	if (!plan || sg_diff(plan, after, before, &dopts) != 0) {
		sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		goto out;
	}
	size_t shown = 0, total = 0;
	for (size_t i = 0; i < plan->nops; i++, total++)
		if (shown < 5)
			sg_strbuf_addf(why, "%s%s", shown++ ? "; " : "", plan->ops[i].summary);
	for (size_t i = 0; i < after->nunmanaged; i++)
		if (!unmanaged_has(before, &after->unmanaged[i]) && total++ < 5 && ++shown)
			sg_strbuf_addf(why, "%sdrop %s %s (left behind)", why->len ? "; " : "",
				       after->unmanaged[i].kind, after->unmanaged[i].name);
	for (size_t i = 0; i < before->nunmanaged; i++)
		if (!unmanaged_has(after, &before->unmanaged[i]) && total++ < 5 && ++shown)
			sg_strbuf_addf(why, "%srecreate %s %s (missing)", why->len ? "; " : "",
				       before->unmanaged[i].kind, before->unmanaged[i].name);
	/* The schema an up created, left behind (the up then fails on it), or one a down dropped. */
	if (after_exists != before_exists && total++ < 5 && ++shown)
		sg_strbuf_addf(why, "%s%s schema %s", why->len ? "; " : "", after_exists ? "drop" : "create",
			       r->copts.schema);
	if (total > shown)
		sg_strbuf_addf(why, "; and %zu more", total - shown);
	/* A plan diff would refuse (docs/diff.md, "Functions and procedures"): no one migration gets back. */
	if (plan->refused)
		sg_strbuf_addf(why, "%swhich one migration cannot do: %s", why->len ? "; " : "", plan->refused);
	if (sg_strbuf_failed(why)) {
		sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		goto out;
	}
	rc = 0;
out:
	sg_plan_free(plan);
	sg_schema_free(before);
	replay_close(&p);
	return rc;
}

/*
 * Start again from a database holding the first k migrations, for when down
 * k could not be run (missing or declared irreversible).
 */
static int restart_at(check_run *r, size_t k, sg_error *err)
{
	replay_close(&r->main);
	sg_fingerprinter_release(&r->fp);
	return replay_open(r, &r->main, err) != 0 || replay_ups(&r->main, k, err) != 0 ? -1 : 0;
}

/* Down k has run: the catalog must be the one fingerprinted before up k. */
static void down_reverted(check_run *r, size_t k)
{
	const sg_mfile *f = &r->files.items[k];
	char after_hash[SG_FINGERPRINT_LEN + 1];
	if (fingerprint(r, r->main.conn, after_hash, &r->watch_err) != 0)
		return;
	if (strcmp(after_hash, r->before[k]) == 0) {
		r->downs_verified++;
		return;
	}
	/* The fingerprints differ: the catalog reader and the diff decide exactly. */
	sg_log_debug(&r->ctx->log, "%s: the catalog's fingerprint differs from before its up; comparing exactly",
		     f->down_file);
	sg_schema *after = NULL;
	bool after_exists = false;
	if (sg_compare_load_live(&after, &after_exists, r->main.conn, &r->copts, &r->watch_err) != 0)
		return;
	sg_strbuf why = SG_STRBUF_INIT;
	if (explain_mismatch(r, k, after, after_exists, &why, &r->watch_err) == 0) {
		if (why.len == 0) {
			/* Only what the diff ignores (column order) moved: undone. */
			r->downs_verified++;
		} else {
			add_problem(r, "down_not_undone", f->down_file,
				    "does not undo %s: getting back to the catalog before it would take: %s",
				    f->up_file, why.data);
			r->mismatch_found = true;
			r->downs_stopped = k > 0;
			/*
			 * The older downs would start from the wrong catalog: their failures would be this
			 * one's.  The runner stops before its next file (this database is not used again).
			 */
			sg_migrate_interrupt(r->main.runner);
		}
	}
	sg_strbuf_release(&why);
	sg_schema_free(after);
}

/* Why down k cannot be run. */
typedef enum { DOWN_RUNNABLE, DOWN_MISSING, DOWN_IRREVERSIBLE, DOWN_MISPLACED_MARK } down_state;

static down_state down_state_of(check_run *r, size_t k, size_t *line, char *reason, size_t reason_size)
{
	const sg_mfile *f = &r->files.items[k];
	*line = 0;
	reason[0] = '\0';
	if (!f->down_file)
		return DOWN_MISSING;
	switch (down_mark(r, f, line, reason, reason_size)) {
	case SG_DOWN_MARK_IRREVERSIBLE:
		return DOWN_IRREVERSIBLE;
	case SG_DOWN_MARK_MISPLACED:
		return DOWN_MISPLACED_MARK;
	case SG_DOWN_MARK_NONE:
		break;
	}
	return DOWN_RUNNABLE;
}

/*
 * Newest first: the reversible downs run in stretches, one runner call each;
 * a missing or declared-irreversible down (or one whose mark is misplaced)
 * ends a stretch, and the next one starts from a fresh database holding the
 * ups before it.
 */
static int verify_downs(check_run *r, sg_error *err)
{
	size_t top = r->files.count; /* files [0, top) are applied */
	size_t line;
	char reason[256];
	while (top > 0 && !r->mismatch_found) {
		size_t stop = top;		  /* the stretch reverts files [stop, top) */
		down_state state = DOWN_RUNNABLE; /* of file stop - 1 once the loop ends */
		while (stop > 0 && (state = down_state_of(r, stop - 1, &line, reason, sizeof(reason))) == DOWN_RUNNABLE)
			stop--;
		if (stop < top) {
			sg_migrate_result res;
			sg_error e = {0};
			r->failed_down = SIZE_MAX;
			r->watch = WATCH_DOWNS;
			sg_interrupt_target(r->main.runner);
			int rc = sg_interrupt_requested()
				     ? -1
				     : sg_migrate_down(r->main.runner, (int)(top - stop), &res, &e);
			sg_interrupt_target(NULL);
			r->watch = WATCH_NONE;
			if (check_interrupted(err) != 0) {
				sg_error_clear(&e);
				sg_error_clear(&r->watch_err);
				return -1;
			}
			if (take_watch_err(r, err) != 0) {
				sg_error_clear(&e);
				return -1;
			}
			if (rc != 0 && e.kind == SG_ERR_SYSTEM)
				return sg_error_move(err, &e);
			if (r->mismatch_found) {
				/* Stopped on purpose after the down that did not undo its up. */
				sg_error_clear(&e);
				return 0;
			}
			if (rc != 0) {
				size_t failed = r->failed_down < r->files.count ? r->failed_down : top - 1;
				add_problem(r, "down_failed", r->files.items[failed].down_file, "%s",
					    sg_error_message(&e));
				sg_error_clear(&e);
				r->downs_stopped = failed > 0;
				return 0;
			}
		}
		if (r->mismatch_found || stop == 0)
			return 0;
		/* File stop - 1 cannot be reverted: go on from a database holding the files before it. */
		size_t k = stop - 1;
		const sg_mfile *f = &r->files.items[k];
		switch (state) {
		case DOWN_MISSING:
			add_problem(r, "down_missing", f->up_file,
				    "has no down migration: add %s_%s.down.sql, or one with a '%s' comment saying why "
				    "it cannot be undone",
				    f->version_text, f->name, SG_DOWN_IRREVERSIBLE_MARK);
			break;
		case DOWN_MISPLACED_MARK:
			/* Not run: it was meant to be skipped, and its failure would hide the real problem. */
			add_problem(
			    r, "bad_file", f->down_file,
			    "%s/%s:%zu: '%s' must be among the comment lines at the top of the file, before the "
			    "first statement; this down was not run",
			    r->migrations_dir, f->down_file, line, SG_DOWN_IRREVERSIBLE_MARK);
			break;
		case DOWN_IRREVERSIBLE:
			sg_log_debug(&r->ctx->log, "%s is declared irreversible (%s): not run", f->down_file,
				     reason[0] ? reason : "no reason given");
			r->downs_irreversible++;
			break;
		case DOWN_RUNNABLE:
			break;
		}
		if (k > 0 && restart_at(r, k, err) != 0)
			return -1;
		top = k;
	}
	return 0;
}

/* The report of `--format json` (one line) appended to sb. */
static void json_report(sg_strbuf *sb, check_run *r, bool in_sync, const sg_error *err)
{
	sg_strbuf_addch(sb, '{');
	sg_json_key(sb, "in_sync", true);
	sg_strbuf_adds(sb, in_sync ? "true" : "false");
	sg_json_key(sb, "migrations", false);
	sg_strbuf_addf(sb, "%zu", r->files.count);
	sg_json_key(sb, "downs_verified", false);
	sg_strbuf_addf(sb, "%zu", r->downs_verified);
	sg_json_key(sb, "downs_irreversible", false);
	sg_strbuf_addf(sb, "%zu", r->downs_irreversible);
	sg_json_key(sb, "problems", false);
	sg_strbuf_addch(sb, '[');
	for (size_t i = 0; i < r->nproblems; i++) {
		sg_strbuf_adds(sb, i ? ",{" : "{");
		sg_json_key(sb, "code", true);
		sg_json_string(sb, r->problems[i].code);
		sg_json_key(sb, "file", false);
		if (r->problems[i].file) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s", r->migrations_dir, r->problems[i].file);
			sg_json_string(sb, path);
		} else {
			sg_strbuf_adds(sb, "null");
		}
		sg_json_key(sb, "message", false);
		sg_json_string(sb, r->problems[i].message);
		sg_strbuf_addch(sb, '}');
	}
	sg_strbuf_addch(sb, ']');
	/* What stopped the check (bad input, a failed replay), also printed on stderr. */
	sg_json_key(sb, "error", false);
	if (err->kind != SG_ERR_NONE)
		sg_json_string(sb, sg_error_message(err));
	else
		sg_strbuf_adds(sb, "null");
	sg_json_key(sb, "plan", false);
	if (r->compared)
		sg_emit_plan_json(sb, &r->cmp.steps, NULL);
	else
		sg_strbuf_adds(sb, "null");
	sg_strbuf_adds(sb, "}\n");
}

static void print_problems(check_run *r)
{
	for (size_t i = 0; i < r->nproblems; i++) {
		const problem *p = &r->problems[i];
		size_t dirlen = strlen(r->migrations_dir);
		/* The runner's messages start with the file's path already. */
		bool named = p->file && strncmp(p->message, r->migrations_dir, dirlen) == 0 &&
			     p->message[dirlen] == '/' &&
			     strncmp(p->message + dirlen + 1, p->file, strlen(p->file)) == 0;
		if (p->file && !named)
			sg_log_error(&r->ctx->log, "%s/%s: %s", r->migrations_dir, p->file, p->message);
		else
			sg_log_error(&r->ctx->log, "%s", p->message);
	}
}

static void check_release(check_run *r)
{
	if (r->compared)
		sg_compare_release(&r->cmp);
	replay_close(&r->main);
	sg_fingerprinter_release(&r->fp);
	sg_scratch_close(&r->scratch);
	free(r->before);
	for (size_t i = 0; i < r->nproblems; i++) {
		free(r->problems[i].file);
		free(r->problems[i].message);
	}
	free(r->problems);
	sg_files_set_release(&r->files);
	sg_schema_free(r->model);
}

/* Print what was found and give the exit code: `err` (when set) decides, else the findings. */
static int finish(check_run *r, bool json, sg_error *err)
{
	bool differs = r->compared && r->cmp.plan->nops > 0;
	int code = err->kind != SG_ERR_NONE  ? sg_exit_code_for(err->kind)
		   : r->nproblems || differs ? SG_EXIT_DIFFERS
					     : SG_EXIT_OK;
	/* The report or the plan on stdout, whole or not at all. */
	sg_strbuf out = SG_STRBUF_INIT;
	if (json)
		json_report(&out, r, code == SG_EXIT_OK, err);
	else if (r->compared && differs)
		sg_emit_plan_text(&out, &r->cmp.steps, NULL, sg_color_wanted(r->ctx->color, 1));
	sg_error out_err = {0};
	if (sg_output_print(stdout, &out, &out_err) != 0) {
		sg_log_sg_error(&r->ctx->log, &out_err);
		if (err->kind == SG_ERR_NONE)
			code = sg_exit_code_for(out_err.kind);
		sg_error_clear(&out_err);
	}
	sg_strbuf_release(&out);
	if (!json)
		print_problems(r);
	if (r->downs_stopped)
		sg_log_warn(&r->ctx->log, "the downs older than the one reported were not verified");
	if (err->kind != SG_ERR_NONE)
		sg_log_sg_error(&r->ctx->log, err);
	if (differs)
		sg_log_error(&r->ctx->log,
			     "'%s' does not match the models: replaying it leaves the differences above; run: "
			     "schemagen diff --write NAME",
			     r->migrations_dir);
	if (code == SG_EXIT_OK && !json) {
		printf("ok: %zu migration%s replayed; %zu down%s verified", r->files.count,
		       r->files.count == 1 ? "" : "s", r->downs_verified, r->downs_verified == 1 ? "" : "s");
		if (r->downs_irreversible)
			printf(", %zu declared irreversible", r->downs_irreversible);
		printf("; the result matches the models\n");
	}
	sg_error_clear(err);
	check_release(r);
	return code;
}

int sg_cmd_check(sg_cli_ctx *ctx)
{
	check_run r = {.ctx = ctx};
	sg_error err = {0};
	const char *models_dir = sg_cli_value(ctx->args, "models");
	const char *format = sg_cli_value(ctx->args, "format");
	r.migrations_dir = sg_cli_value(ctx->args, "migrations");
	if (!models_dir)
		models_dir = "models";
	if (!r.migrations_dir)
		r.migrations_dir = "migrations";
	bool json = format && strcmp(format, "json") == 0;
	if (format && !json && strcmp(format, "text") != 0) {
		sg_error_set(&err, SG_ERR_INPUT, "option '--format' takes text or json, not '%s'", format);
		return finish(&r, false, &err);
	}

	/* Everything that needs no server first: bad input is reported before a server starts. */
	sg_model_diags diags = {0};
	int loaded = sg_model_load_dir(&r.model, models_dir, &diags, &err);
	sg_model_diags_print(&diags, &ctx->log);
	size_t nerrors = diags.nerrors;
	sg_model_diags_release(&diags);
	if (loaded != 0) {
		if (nerrors)
			sg_error_set(&err, SG_ERR_INPUT, "%zu error%s in models directory '%s': nothing was checked",
				     nerrors, nerrors == 1 ? "" : "s", models_dir);
		return finish(&r, json, &err);
	}
	const char *schema = sg_cli_value(ctx->args, "schema");
	r.copts.schema = schema ? schema : r.model->name;
	r.copts.tracking_table =
	    sg_cli_value(ctx->args, "table") ? sg_cli_value(ctx->args, "table") : "schema_migrations";
	struct stat st;
	if (stat(r.migrations_dir, &st) == 0 && sg_files_scan_dir(&r.files, r.migrations_dir, &err) != 0) {
		/* Told from the file names, not the message's words (versions.h). */
		int64_t version;
		sg_error dup_err = {0};
		int dup =
		    err.kind == SG_ERR_INPUT ? sg_versions_duplicate_in_dir(&version, r.migrations_dir, &dup_err) : 0;
		if (dup < 0) {
			sg_error_clear(&err);
			err = dup_err;
		} else if (dup > 0) {
			sg_error_set(
			    &err, err.kind,
			    "%s (two branches generated the same number? renumber the pair that was not merged "
			    "first to the next free version)",
			    sg_error_message(&err));
		}
		return finish(&r, json, &err);
	}
	sg_git_edits edits = {0};
	if (sg_git_edits_find(&edits, r.migrations_dir, &r.files, &err) != 0)
		return finish(&r, json, &err);
	for (size_t i = 0; i < edits.count; i++)
		add_problem(&r, "edited_after_later", edits.items[i].file,
			    "was changed (%s) after %s was added: databases that applied it will refuse the edit "
			    "(checksum mismatch); put the change in a new migration",
			    edits.items[i].change, edits.items[i].later_file);
	sg_git_edits_release(&edits);

	r.before = calloc(r.files.count + 1, sizeof(*r.before));
	if (!r.before) {
		sg_error_set(&err, SG_ERR_SYSTEM, "out of memory");
		return finish(&r, json, &err);
	}
	sg_interrupt_install();
	if (sg_scratch_open(&r.scratch, sg_cli_value(ctx->args, "scratch-url"), &err) != 0 ||
	    check_interrupted(&err) != 0 || replay_open(&r, &r.main, &err) != 0 || check_interrupted(&err) != 0)
		return finish(&r, json, &err);

	/* Every up and down file parses and can run as written, before anything runs. */
	if (sg_migrate_validate(r.main.runner, &err) != 0 || check_interrupted(&err) != 0) {
		if (err.kind == SG_ERR_INPUT)
			sg_error_set(&err, SG_ERR_INPUT, "'%s' has files that cannot run: nothing was replayed",
				     r.migrations_dir);
		return finish(&r, json, &err);
	}

	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	bool downs = sg_cli_count(ctx->args, "no-downs") == 0;
	if (downs && fingerprint(&r, r.main.conn, r.before[0], &err) != 0)
		return finish(&r, json, &err);
	r.watch = downs ? WATCH_UPS : WATCH_NONE;
	int replayed = replay_ups(&r.main, r.files.count, &err);
	r.watch = WATCH_NONE;
	if (sg_interrupt_requested()) {
		sg_error_clear(&r.watch_err);
		return finish(&r, json, &err);
	}
	if (take_watch_err(&r, &err) != 0)
		return finish(&r, json, &err);
	if (replayed != 0) {
		/* The runner's message names the file, its line and column, and the statement. */
		sg_error_prefix(&err, "replaying '%s'", r.migrations_dir);
		return finish(&r, json, &err);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	sg_log_info(&ctx->log, "replayed %zu migration%s in %.2f s", r.files.count, r.files.count == 1 ? "" : "s",
		    (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);

	if (sg_compare_run(&r.cmp, r.main.conn, r.model, &r.copts, &err) != 0 || check_interrupted(&err) != 0) {
		sg_compare_release(&r.cmp);
		return finish(&r, json, &err);
	}
	r.compared = true;

	if (downs)
		verify_downs(&r, &err); /* a failure is in err, which finish() reports */
	return finish(&r, json, &err);
}
