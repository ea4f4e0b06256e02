/*
 * The `migrate` commands: options -> sg_migrate_options, the runner's events
 * -> text lines (`OK  000003_add_tags.up.sql  (42 ms)`) or JSON lines, and
 * errors -> exit codes (schemagen/exit.h).
 *
 * Streams, as golang-migrate has them: progress, summaries and messages go to
 * stderr; stdout carries only what a command prints on purpose (version,
 * status, history, and every --format json line), so a script can read it.
 *
 * SIGINT and SIGTERM are routed to sg_migrate_interrupt() (interrupt.h): the
 * runner is named before the operation and cleared before it is freed.
 */
#include "migrate_cli.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "duration.h"
#include "files.h"
#include "golang_cli.h"
#include "interrupt.h"
#include "json.h"
#include "lock.h"
#include "schemagen/exit.h"
#include "schemagen/migrate.h"
#include "strbuf.h"

typedef struct out {
	sg_cli_ctx *ctx;
	bool json;
	int applied, reverted, marked, unmarked, planned, problems;
	long started_ms;    /* for -verbose's "finished after" */
	int64_t accept[64]; /* --accept-edit */
} out;

/* ---- JSON ---- */

static void json_key(sg_strbuf *sb, const char *key)
{
	sg_strbuf_addch(sb, sb->len > 1 ? ',' : '{');
	sg_json_string(sb, key);
	sg_strbuf_addch(sb, ':');
}

static void jstr(sg_strbuf *sb, const char *key, const char *value)
{
	json_key(sb, key);
	sg_json_string(sb, value);
}

static void jint(sg_strbuf *sb, const char *key, int64_t value)
{
	json_key(sb, key);
	sg_strbuf_addf(sb, "%" PRId64, value);
}

static void jbool(sg_strbuf *sb, const char *key, bool value)
{
	json_key(sb, key);
	sg_strbuf_adds(sb, value ? "true" : "false");
}

/* Start an object: `{"event":NAME` (the buffer must be empty). */
static void jstart(sg_strbuf *sb, const char *event)
{
	sg_strbuf_adds(sb, "{");
	sg_json_string(sb, "event");
	sg_strbuf_addch(sb, ':');
	sg_json_string(sb, event);
}

static void jprint(sg_strbuf *sb)
{
	sg_strbuf_addch(sb, '}');
	fputs(sb->data, stdout);
	fputc('\n', stdout);
	fflush(stdout);
	sg_strbuf_release(sb);
}

/* ---- events ---- */

static const char *const event_names[] = {
    [SG_MIGRATE_EVENT_APPLIED] = "applied",	[SG_MIGRATE_EVENT_REVERTED] = "reverted",
    [SG_MIGRATE_EVENT_FAILED] = "failed",	[SG_MIGRATE_EVENT_PLANNED] = "planned",
    [SG_MIGRATE_EVENT_MARKED] = "marked",	[SG_MIGRATE_EVENT_UNMARKED] = "unmarked",
    [SG_MIGRATE_EVENT_LOCK_WAIT] = "lock_wait", [SG_MIGRATE_EVENT_WARNING] = "warning",
    [SG_MIGRATE_EVENT_NOTICE] = "notice",	[SG_MIGRATE_EVENT_PROBLEM] = "problem",
    [SG_MIGRATE_EVENT_INFO] = "info",
};
_Static_assert(sizeof(event_names) / sizeof(event_names[0]) == SG_MIGRATE_EVENT_KIND_COUNT, "a name per event");

static void on_event(const sg_migrate_event *ev, void *ud)
{
	out *o = ud;
	const sg_log *log = &o->ctx->log;
	switch (ev->kind) {
	case SG_MIGRATE_EVENT_APPLIED:
		o->applied++;
		break;
	case SG_MIGRATE_EVENT_REVERTED:
		o->reverted++;
		break;
	case SG_MIGRATE_EVENT_MARKED:
		o->marked++;
		break;
	case SG_MIGRATE_EVENT_UNMARKED:
		o->unmarked++;
		break;
	case SG_MIGRATE_EVENT_PLANNED:
		o->planned++;
		break;
	case SG_MIGRATE_EVENT_PROBLEM:
		o->problems++;
		break;
	default:
		break;
	}
	if (o->json) {
		if (ev->kind == SG_MIGRATE_EVENT_NOTICE && log->level < SG_LOG_DEBUG)
			return;
		sg_strbuf sb = SG_STRBUF_INIT;
		jstart(&sb, event_names[ev->kind]);
		if (ev->version_text)
			jstr(&sb, "version", ev->version_text);
		if (ev->name)
			jstr(&sb, "name", ev->name);
		if (ev->file)
			jstr(&sb, "file", ev->file);
		if (ev->kind == SG_MIGRATE_EVENT_PLANNED || ev->kind == SG_MIGRATE_EVENT_FAILED)
			jstr(&sb, "direction", ev->down ? "down" : "up");
		if (ev->duration_ms >= 0)
			jint(&sb, "duration_ms", ev->duration_ms);
		if (ev->message)
			jstr(&sb, "message", ev->message);
		jprint(&sb);
		return;
	}
	/* -q: errors only; per-file lines are progress, not the command's answer. */
	bool quiet = log->level < SG_LOG_INFO && ev->kind != SG_MIGRATE_EVENT_PROBLEM;
	if (quiet && ev->kind != SG_MIGRATE_EVENT_WARNING && ev->kind != SG_MIGRATE_EVENT_FAILED)
		return;
	bool color = sg_color_wanted(o->ctx->color, STDERR_FILENO);
	const char *label = ev->file ? ev->file : ev->version_text ? ev->version_text : "";
	switch (ev->kind) {
	case SG_MIGRATE_EVENT_APPLIED:
	case SG_MIGRATE_EVENT_REVERTED:
		fprintf(stderr, "%sOK%s  %s  (%" PRId64 " ms)\n", sg_paint_code(color, SG_PAINT_GREEN),
			sg_paint_code(color, SG_PAINT_RESET), ev->file, ev->duration_ms);
		break;
	case SG_MIGRATE_EVENT_FAILED:
		fprintf(stderr, "%sFAIL%s  %s  (%" PRId64 " ms)\n", sg_paint_code(color, SG_PAINT_RED),
			sg_paint_code(color, SG_PAINT_RESET), ev->file, ev->duration_ms);
		break;
	case SG_MIGRATE_EVENT_PLANNED:
		if (ev->message && strncmp(ev->message, "would ", 6) == 0)
			fprintf(stderr, "%s%s%s\n", ev->message, label[0] ? "  " : "", label);
		else
			fprintf(stderr, "would %s  %s  (%s)\n", ev->down ? "revert" : "apply", label,
				ev->message ? ev->message : "");
		break;
	case SG_MIGRATE_EVENT_MARKED:
		fprintf(stderr, "marked applied  %s_%s\n", ev->version_text, ev->name ? ev->name : "");
		break;
	case SG_MIGRATE_EVENT_UNMARKED:
		fprintf(stderr, "marked not applied  %s_%s\n", ev->version_text, ev->name ? ev->name : "");
		break;
	case SG_MIGRATE_EVENT_PROBLEM:
		fprintf(stderr, "problem: %s\n", ev->message);
		break;
	case SG_MIGRATE_EVENT_LOCK_WAIT:
	case SG_MIGRATE_EVENT_INFO:
		sg_log_info(log, "%s", ev->message);
		break;
	case SG_MIGRATE_EVENT_WARNING:
		sg_log_warn(log, "%s", ev->message);
		break;
	case SG_MIGRATE_EVENT_NOTICE:
		sg_log_debug(log, "%s", ev->message);
		break;
	case SG_MIGRATE_EVENT_KIND_COUNT:
		break;
	}
	fflush(stderr);
}

/* ---- common plumbing ---- */

static int fail(out *o, sg_error *err)
{
	int code = sg_exit_code_for(err->kind);
	sg_log_sg_error(&o->ctx->log, err);
	if (o->json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		jstart(&sb, "error");
		jstr(&sb, "message", sg_error_message(err));
		jint(&sb, "exit_code", code);
		jprint(&sb);
	}
	sg_error_clear(err);
	return code;
}

static int parse_count(const char *text, const char *what, int64_t *value, sg_error *err)
{
	char *end = NULL;
	errno = 0;
	long long v = strtoll(text, &end, 10);
	if (!text[0] || *end || errno || v < 0)
		return sg_error_set(err, SG_ERR_INPUT, "%s must be a non-negative whole number, not '%s'", what, text);
	*value = v;
	return 0;
}

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* --format: text or json. */
static int read_format(out *o, sg_error *err)
{
	const char *format = sg_cli_value(o->ctx->args, "format");
	if (format && strcmp(format, "json") != 0 && strcmp(format, "text") != 0)
		return sg_error_set(err, SG_ERR_INPUT, "option '--format' takes text or json, not '%s'", format);
	o->json = format && strcmp(format, "json") == 0;
	return 0;
}

/* --accept-edit V[,V...]: at most cap versions into versions[0..*n). */
static int parse_accept_edit(int64_t *versions, size_t cap, size_t *n, const char *list, sg_error *err)
{
	const char *p = list;
	do {
		size_t len = strcspn(p, ",");
		char item[32];
		int64_t v = 0;
		snprintf(item, sizeof(item), "%.*s", (int)(len < sizeof(item) ? len : sizeof(item) - 1), p);
		sg_error e = {0};
		bool bad = len >= sizeof(item) || parse_count(item, "--accept-edit", &v, &e) != 0 || v == 0;
		sg_error_clear(&e);
		if (bad)
			return sg_error_set(
			    err, SG_ERR_INPUT,
			    "option '--accept-edit' takes versions (positive whole numbers, separated by "
			    "commas), not '%s'",
			    list);
		if (*n == cap)
			return sg_error_set(err, SG_ERR_INPUT, "option '--accept-edit' takes at most %zu versions",
					    cap);
		versions[(*n)++] = v;
		p += len;
	} while (*p++ == ',');
	return 0;
}

/* Build the options and the runner.  On failure returns -1 with err set and *m NULL. */
static int open_runner(sg_migrate **m, out *o, sg_error *err)
{
	const sg_cli_args *a = o->ctx->args;
	*m = NULL;
	o->started_ms = now_ms();
	if (read_format(o, err) != 0)
		return -1;
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	const char *lt = sg_cli_value(a, "lock-timeout"), *st = sg_cli_value(a, "statement-timeout"),
		   *wait = sg_cli_value(a, "wait");
	if (lt && sg_duration_parse(&opts.lock_timeout_ms, lt, "lock-timeout", err) != 0)
		return -1;
	if (st && sg_duration_parse(&opts.statement_timeout_ms, st, "statement-timeout", err) != 0)
		return -1;
	if (wait && sg_duration_parse(&opts.wait_ms, wait, "wait", err) != 0)
		return -1;
	/* PostgreSQL reads a timeout of 0 as "none": refuse it rather than mean two things. */
	if ((lt && opts.lock_timeout_ms == 0) || (st && opts.statement_timeout_ms == 0))
		return sg_error_set(err, SG_ERR_INPUT,
				    "option '--%s' must be longer than 0 (leave it out for no limit)",
				    lt && opts.lock_timeout_ms == 0 ? "lock-timeout" : "statement-timeout");
	sg_golang_keep keep;
	int rc = sg_golang_migrate_options(&opts, &keep, a, &o->ctx->log, err);
	const char *cmd = a->command->name;
	if (strstr(" up down goto redo force baseline drop ", cmd) && sg_cli_count(a, "dry-run"))
		opts.dry_run = true;
	if (strstr(" up goto validate ", cmd) && sg_cli_count(a, "allow-out-of-order"))
		opts.allow_out_of_order = true;
	if (strcmp(cmd, "up") == 0 && sg_cli_count(a, "atomic"))
		opts.atomic = true;
	const char *accept = sg_cli_value(a, "accept-edit");
	if (rc == 0 && accept && strstr(" up goto redo ", cmd)) {
		rc = parse_accept_edit(o->accept, sizeof(o->accept) / sizeof(o->accept[0]), &opts.naccept_edit, accept,
				       err);
		opts.accept_edit = o->accept;
	}
	opts.on_event = on_event;
	opts.userdata = o;
	/* The server sets up the session while the files are read; validate parses every file first. */
	opts.connect_early = strcmp(cmd, "validate") != 0;
	if (rc == 0)
		rc = sg_migrate_new(m, &opts, err);
	sg_golang_keep_release(&keep);
	if (rc != 0)
		return -1;
	sg_interrupt_target(*m);
	sg_interrupt_install();
	return 0;
}

static void close_runner(sg_migrate *m)
{
	sg_interrupt_target(NULL);
	sg_migrate_free(m);
}

static void summary(out *o, const char *command, const sg_migrate_result *res, bool dry_run)
{
	const char *at = res->version_text[0] ? res->version_text : "no version";
	if (o->json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		jstart(&sb, "summary");
		jstr(&sb, "command", command);
		jint(&sb, "applied", o->applied);
		jint(&sb, "reverted", o->reverted);
		if (o->marked || o->unmarked) {
			jint(&sb, "marked", o->marked);
			jint(&sb, "unmarked", o->unmarked);
		}
		if (dry_run)
			jint(&sb, "planned", o->planned);
		if (strcmp(command, "drop") == 0 && !dry_run)
			jint(&sb, "dropped", res->count);
		json_key(&sb, "version");
		sg_json_string(&sb, res->version_text[0] ? res->version_text : NULL);
		jbool(&sb, "dirty", res->dirty);
		jbool(&sb, "dry_run", dry_run);
		if (res->lock_was_lost)
			jbool(&sb, "lock_was_lost", true);
		jprint(&sb);
		return;
	}
	if (o->ctx->log.level < SG_LOG_INFO)
		return;
	if (dry_run) {
		fprintf(stderr, "dry run: %d planned, nothing changed, at %s\n", o->planned, at);
		return;
	}
	sg_strbuf sb = SG_STRBUF_INIT;
	if (strcmp(command, "drop") == 0)
		sg_strbuf_addf(&sb, "%d object%s dropped", res->count, res->count == 1 ? "" : "s");
	if (o->reverted)
		sg_strbuf_addf(&sb, "%d reverted", o->reverted);
	if (o->applied)
		sg_strbuf_addf(&sb, "%s%d applied", sb.len ? ", " : "", o->applied);
	if (o->marked)
		sg_strbuf_addf(&sb, "%s%d marked applied", sb.len ? ", " : "", o->marked);
	if (o->unmarked)
		sg_strbuf_addf(&sb, "%s%d marked not applied", sb.len ? ", " : "", o->unmarked);
	if (sb.len)
		fprintf(stderr, "%s, now at %s%s\n", sb.data, at, res->dirty ? " (dirty)" : "");
	else
		fprintf(stderr, "no change, at %s%s\n", at, res->dirty ? " (dirty)" : "");
	sg_strbuf_release(&sb);
}

/* -verbose: the run's time, as golang-migrate prints it. */
static void finished(const out *o)
{
	sg_log_debug(&o->ctx->log, "finished after %ld ms", now_ms() - o->started_ms);
}

typedef int (*op_fn)(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err);

static int run_op(sg_cli_ctx *ctx, op_fn fn, int64_t arg, const char *arg_error)
{
	out o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	if (open_runner(&m, &o, &err) != 0)
		return fail(&o, &err);
	if (arg_error) {
		close_runner(m);
		sg_error_set(&err, SG_ERR_INPUT, "%s", arg_error);
		return fail(&o, &err);
	}
	sg_migrate_result res;
	int rc = fn(m, arg, &res, &err);
	bool dry = sg_cli_count(ctx->args, "dry-run") > 0;
	close_runner(m);
	if (rc != 0)
		return fail(&o, &err);
	summary(&o, ctx->args->command->name, &res, dry);
	finished(&o);
	return SG_EXIT_OK;
}

/* A refusal before anything is opened (a confirmation not given): one line, or a JSON error. */
static int refuse_early(sg_cli_ctx *ctx, const char *message)
{
	out o = {.ctx = ctx};
	sg_error err = {0};
	if (read_format(&o, &err) != 0)
		return fail(&o, &err);
	sg_error_set(&err, SG_ERR_REFUSED, "%s", message);
	return fail(&o, &err);
}

static int op_up(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err)
{
	return sg_migrate_up(m, (int)arg, res, err);
}

static int op_down(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err)
{
	return sg_migrate_down(m, (int)arg, res, err);
}

static int op_goto(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err)
{
	return sg_migrate_goto(m, arg, res, err);
}

static int op_redo(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err)
{
	(void)arg;
	return sg_migrate_redo(m, res, err);
}

static int op_force(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err)
{
	return sg_migrate_force(m, arg, res, err);
}

static int op_baseline(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err)
{
	return sg_migrate_baseline(m, arg, res, err);
}

static bool confirm_drop(const sg_migrate_drop_plan *plan, void *ud)
{
	(void)ud;
	char question[1024];
	if (plan->count == 0)
		return true;
	snprintf(
	    question, sizeof(question),
	    "Are you sure you want to drop the entire database schema \"%s\" of database \"%s\" (%d object%s: %s)?",
	    plan->schema, plan->database, plan->count, plan->count == 1 ? "" : "s", plan->summary);
	return sg_golang_confirm(question);
}

/* arg: 1 to ask on the terminal first, 0 not to (-f, --dry-run). */
static int op_drop(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err)
{
	return sg_migrate_drop(m, arg ? confirm_drop : NULL, NULL, res, err);
}

/* Parse positional argument 0 as a count or version; on error return its message in buf. */
static const char *positional(sg_cli_ctx *ctx, const char *what, bool positive, int64_t *value, char *buf, size_t size)
{
	*value = 0;
	if (ctx->args->npositional == 0)
		return NULL;
	sg_error e = {0};
	bool is_count = strcmp(what, "N") == 0;
	if (parse_count(ctx->args->positional[0], what, value, &e) != 0 || (positive && *value == 0) ||
	    (is_count && *value > INT32_MAX)) {
		snprintf(buf, size, "%s must be a %s whole number, not '%s'", what,
			 positive ? "positive" : "non-negative", ctx->args->positional[0]);
		sg_error_clear(&e);
		return buf;
	}
	return NULL;
}

int sg_migrate_cmd_up(sg_cli_ctx *ctx)
{
	char buf[256];
	int64_t n;
	const char *bad = positional(ctx, "N", true, &n, buf, sizeof(buf));
	return run_op(ctx, op_up, n, bad);
}

int sg_migrate_cmd_down(sg_cli_ctx *ctx)
{
	char buf[256];
	int64_t n;
	const char *bad = positional(ctx, "N", true, &n, buf, sizeof(buf));
	bool all = sg_cli_count(ctx->args, "all") > 0;
	if (!bad && all && ctx->args->npositional)
		bad = "give either N or -all to 'down', not both";
	/* golang-migrate's bare `down` reverts everything once confirmed; never without a person to confirm. */
	if (!bad && !all && !ctx->args->npositional && !sg_cli_count(ctx->args, "dry-run")) {
		if (!isatty(STDIN_FILENO))
			return refuse_early(ctx,
					    "'down' without N reverts every applied migration: give N, or -all "
					    "to revert them all (a terminal is asked to confirm; this is not one)");
		if (!sg_golang_confirm("Are you sure you want to apply all down migrations?"))
			return refuse_early(ctx, "not confirmed: nothing was reverted");
	}
	if (!bad && !ctx->args->npositional)
		all = true;
	return run_op(ctx, op_down, all ? -1 : n, bad);
}

int sg_migrate_cmd_goto(sg_cli_ctx *ctx)
{
	char buf[256];
	int64_t v;
	const char *bad = positional(ctx, "V", false, &v, buf, sizeof(buf));
	return run_op(ctx, op_goto, v, bad);
}

int sg_migrate_cmd_redo(sg_cli_ctx *ctx)
{
	return run_op(ctx, op_redo, 0, NULL);
}

int sg_migrate_cmd_force(sg_cli_ctx *ctx)
{
	char buf[256];
	int64_t v = 0;
	/* golang-migrate's -1 (its "no version") is our 0: nothing applied. */
	const char *bad =
	    strcmp(ctx->args->positional[0], "-1") == 0 ? NULL : positional(ctx, "V", false, &v, buf, sizeof(buf));
	return run_op(ctx, op_force, v, bad);
}

int sg_migrate_cmd_drop(sg_cli_ctx *ctx)
{
	bool force = sg_cli_count(ctx->args, "force") > 0, dry = sg_cli_count(ctx->args, "dry-run") > 0;
	if (!force && !dry && !isatty(STDIN_FILENO))
		return refuse_early(ctx, "'drop' drops every object in the schema: give -f to drop without asking "
					 "(a terminal is asked to confirm; this is not one)");
	return run_op(ctx, op_drop, force || dry ? 0 : 1, NULL);
}

int sg_migrate_cmd_baseline(sg_cli_ctx *ctx)
{
	char buf[256];
	int64_t v;
	const char *bad = positional(ctx, "V", true, &v, buf, sizeof(buf));
	return run_op(ctx, op_baseline, v, bad);
}

static const char *const state_names[] = {
    [SG_MIGRATE_APPLIED] = "applied", [SG_MIGRATE_PENDING] = "pending",	  [SG_MIGRATE_OUT_OF_ORDER] = "out-of-order",
    [SG_MIGRATE_DIRTY] = "dirty",     [SG_MIGRATE_MODIFIED] = "modified", [SG_MIGRATE_MISSING_FILE] = "missing-file",
};
_Static_assert(sizeof(state_names) / sizeof(state_names[0]) == SG_MIGRATE_STATE_COUNT, "a name per state");

/* "lock_holder": the session holding the migration lock. */
static void jholder(sg_strbuf *sb, const sg_migrate_lock_holder *h)
{
	json_key(sb, "lock_holder");
	sg_strbuf_addch(sb, '{');
	sg_json_string(sb, "pid");
	sg_strbuf_addf(sb, ":%d", h->pid);
	const char *const fields[][2] = {{"application_name", h->application_name},
					 {"client", h->client},
					 {"connected_since", h->connected_since},
					 {"state", h->state},
					 {"state_since", h->state_since}};
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		sg_strbuf_addch(sb, ',');
		sg_json_string(sb, fields[i][0]);
		sg_strbuf_addch(sb, ':');
		sg_json_string(sb, fields[i][1][0] ? fields[i][1] : NULL);
	}
	sg_strbuf_addch(sb, '}');
}

int sg_migrate_cmd_status(sg_cli_ctx *ctx)
{
	out o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	sg_migrate_status *st = NULL;
	if (open_runner(&m, &o, &err) != 0)
		return fail(&o, &err);
	int rc = sg_migrate_status_get(m, &st, &err);
	close_runner(m);
	if (rc != 0)
		return fail(&o, &err);
	int applied = 0, trouble = 0;
	const char *at = NULL;
	bool dirty = false;
	for (size_t i = 0; i < st->count; i++) {
		const sg_migrate_status_entry *e = &st->entries[i];
		if (e->state == SG_MIGRATE_APPLIED || e->state == SG_MIGRATE_DIRTY || e->state == SG_MIGRATE_MODIFIED ||
		    e->state == SG_MIGRATE_MISSING_FILE) {
			applied++;
			at = e->version_text;
			dirty = e->state == SG_MIGRATE_DIRTY;
		}
		if (e->state != SG_MIGRATE_APPLIED && e->state != SG_MIGRATE_PENDING)
			trouble++;
	}
	if (o.json) {
		for (size_t i = 0; i < st->count; i++) {
			const sg_migrate_status_entry *e = &st->entries[i];
			sg_strbuf sb = SG_STRBUF_INIT;
			jstart(&sb, "migration");
			jstr(&sb, "version", e->version_text);
			jstr(&sb, "name", e->name);
			jstr(&sb, "state", state_names[e->state]);
			if (e->applied_at) {
				jstr(&sb, "applied_at", e->applied_at);
				jint(&sb, "duration_ms", e->duration_ms);
				jstr(&sb, "applied_by", e->applied_by);
				jstr(&sb, "method", e->method);
			}
			if (e->state == SG_MIGRATE_DIRTY && e->statements_total < 0) {
				json_key(&sb, "statements_done"); /* no run recorded them: the flag was set by hand */
				sg_json_string(&sb, NULL);
				json_key(&sb, "statements_total");
				sg_json_string(&sb, NULL);
				jstr(&sb, "last_error", e->last_error);
			} else if (e->state == SG_MIGRATE_DIRTY) {
				jint(&sb, "statements_done", e->statements_done);
				jint(&sb, "statements_total", e->statements_total);
				jstr(&sb, "last_error", e->last_error);
				jbool(&sb, "running", e->running);
			}
			jprint(&sb);
		}
		sg_strbuf sb = SG_STRBUF_INIT;
		jstart(&sb, "status");
		jint(&sb, "applied", applied);
		jint(&sb, "pending", st->pending);
		json_key(&sb, "version");
		sg_json_string(&sb, at);
		jbool(&sb, "dirty", dirty);
		jbool(&sb, "table_exists", st->table_exists);
		if (st->golang_migrate) {
			jbool(&sb, "golang_migrate", true);
			jint(&sb, "golang_version", st->golang_version);
		}
		json_key(&sb, "last_failure");
		sg_json_string(&sb, st->last_failure);
		if (st->lock_holder)
			jholder(&sb, st->lock_holder);
		jprint(&sb);
	} else {
		if (st->count)
			printf("%-14s  %-30s  %-12s  %-20s  %s\n", "version", "name", "state", "applied at", "took");
		for (size_t i = 0; i < st->count; i++) {
			const sg_migrate_status_entry *e = &st->entries[i];
			char took[32] = "";
			if (e->duration_ms >= 0)
				snprintf(took, sizeof(took), "%" PRId64 " ms", e->duration_ms);
			char line[512];
			int n = snprintf(line, sizeof(line), "%-14s  %-30s  %-12s  %-20s  %s", e->version_text, e->name,
					 state_names[e->state], e->applied_at ? e->applied_at : "", took);
			size_t len = n < 0 ? 0 : (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1;
			while (len > 0 && line[len - 1] == ' ')
				len--;
			printf("%.*s\n", (int)len, line);
			const char *which = e->method && strcmp(e->method, "down") == 0 ? "down file" : "up file";
			if (e->state == SG_MIGRATE_DIRTY && e->running) {
				char *who = sg_lock_holder_describe(st->lock_holder);
				printf(
				    "    %s running: %d of %d statements done; the migrate run holding the migration "
				    "lock is alive: %s\n",
				    which, e->statements_done, e->statements_total, who ? who : "");
				free(who);
			} else if (e->state == SG_MIGRATE_DIRTY && e->statements_total < 0) {
				printf("    marked dirty, but no run recorded how far it got (set by hand?)%s%s\n",
				       e->last_error ? ": " : "", e->last_error ? e->last_error : "");
			} else if (e->state == SG_MIGRATE_DIRTY) {
				printf("    %s stopped after %d of %d statements: %s\n", which, e->statements_done,
				       e->statements_total,
				       e->last_error ? e->last_error
						     : "interrupted (no migrate run holds the migration lock: the run "
						       "that started it is gone)");
			}
			if (e->state == SG_MIGRATE_MODIFIED)
				printf("    the up file was edited after it was applied (checksum differs)\n");
			if (e->state == SG_MIGRATE_MISSING_FILE)
				printf("    applied, but no file has this version\n");
		}
		if (st->golang_migrate)
			printf("table is golang-migrate's, at version %" PRId64 "%s: up, down, goto, force or baseline "
			       "adopts it\n",
			       st->golang_version, st->golang_dirty ? " (dirty)" : "");
		if (st->last_failure)
			printf("last run: %s\n", st->last_failure);
		printf("%d applied, %d pending%s, at %s%s\n", applied, st->pending, trouble ? ", needs attention" : "",
		       at ? at : "no version", dirty ? " (dirty)" : "");
	}
	int pending = st->pending;
	bool refused = false; /* what makes `up` refuse: an edited file, a dirty version no live run is running */
	for (size_t i = 0; i < st->count; i++)
		if (st->entries[i].state == SG_MIGRATE_MODIFIED ||
		    (st->entries[i].state == SG_MIGRATE_DIRTY && !st->entries[i].running))
			refused = true;
	sg_migrate_status_free(st);
	if (sg_cli_count(ctx->args, "exit-code") && refused)
		return SG_EXIT_REFUSED;
	if (sg_cli_count(ctx->args, "exit-code") && pending > 0)
		return SG_EXIT_DIFFERS;
	return SG_EXIT_OK;
}

int sg_migrate_cmd_version(sg_cli_ctx *ctx)
{
	out o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	if (open_runner(&m, &o, &err) != 0)
		return fail(&o, &err);
	int64_t v = 0;
	bool dirty = false;
	int rc = sg_migrate_version(m, &v, &dirty, &err);
	/* As the file names write it: `3` in golang-migrate's directories, as it prints it too. */
	char text[32] = "";
	if (rc == 0 && v)
		sg_migrate_version_text(m, v, text, sizeof(text));
	close_runner(m);
	if (rc != 0)
		return fail(&o, &err);
	if (o.json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		jstart(&sb, "version");
		json_key(&sb, "version");
		sg_json_string(&sb, v ? text : NULL);
		jbool(&sb, "dirty", dirty);
		jprint(&sb);
	} else {
		printf("%s%s\n", v ? text : "none", dirty ? " (dirty)" : "");
	}
	return SG_EXIT_OK;
}

int sg_migrate_cmd_history(sg_cli_ctx *ctx)
{
	out o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	sg_migrate_history *h = NULL;
	if (open_runner(&m, &o, &err) != 0)
		return fail(&o, &err);
	int rc = sg_migrate_history_get(m, &h, &err);
	close_runner(m);
	if (rc != 0)
		return fail(&o, &err);
	for (size_t i = 0; i < h->count; i++) {
		const sg_migrate_history_entry *e = &h->entries[i];
		if (o.json) {
			sg_strbuf sb = SG_STRBUF_INIT;
			jstart(&sb, "history");
			jint(&sb, "id", e->id);
			jstr(&sb, "at", e->at);
			jstr(&sb, "action", e->action);
			json_key(&sb, "version");
			sg_json_string(&sb, e->version_text);
			json_key(&sb, "name");
			sg_json_string(&sb, e->name);
			jstr(&sb, "outcome", e->outcome);
			if (e->duration_ms >= 0)
				jint(&sb, "duration_ms", e->duration_ms);
			jstr(&sb, "applied_by", e->applied_by);
			json_key(&sb, "client");
			sg_json_string(&sb, e->client);
			json_key(&sb, "detail");
			sg_json_string(&sb, e->detail);
			jprint(&sb);
			continue;
		}
		char took[32] = "";
		if (e->duration_ms >= 0)
			snprintf(took, sizeof(took), "%" PRId64 " ms", e->duration_ms);
		printf("%s  %-8s  %-8s  %-24s  %-9s  %8s  by %s%s%s%s%s\n", e->at, e->action,
		       e->version_text ? e->version_text : "", e->name ? e->name : "", e->outcome, took, e->applied_by,
		       e->client ? " (" : "", e->client ? e->client : "", e->client ? ")" : "", "");
		if (e->detail)
			printf("    %s\n", e->detail);
	}
	if (!o.json && h->count == 0)
		printf("no history yet\n");
	sg_migrate_history_free(h);
	return SG_EXIT_OK;
}

int sg_migrate_cmd_validate(sg_cli_ctx *ctx)
{
	out o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	if (open_runner(&m, &o, &err) != 0)
		return fail(&o, &err);
	int rc = sg_migrate_validate(m, &err);
	close_runner(m);
	if (rc != 0)
		return fail(&o, &err);
	if (o.json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		jstart(&sb, "valid");
		jbool(&sb, "ok", true);
		jprint(&sb);
	} else if (ctx->log.level >= SG_LOG_INFO) {
		fprintf(stderr, "valid: every file parses and can run as written%s\n",
			(sg_cli_value(ctx->args, "database") || getenv("DATABASE_URL"))
			    ? "; checksums and the file set match the database"
			    : "");
	}
	return SG_EXIT_OK;
}

int sg_migrate_cmd_create(sg_cli_ctx *ctx)
{
	out o = {.ctx = ctx};
	sg_error err = {0};
	if (read_format(&o, &err) != 0)
		return fail(&o, &err);
	sg_golang_create gc;
	char *given = NULL, *name = NULL, *version = NULL, *up = NULL, *down = NULL;
	sg_mfile_set set = {0};
	int rc = sg_golang_create_options(&gc, ctx->args, &err);
	if (rc == 0)
		rc = sg_golang_migrations_dir(&given, ctx->args, &err);
	const char *dir = sg_golang_create_dir(&gc, given);
	/* golang-migrate keeps NAME as written; ours makes it a plain identifier. */
	if (rc == 0 && gc.given) {
		rc = sg_golang_check_name(ctx->args->positional[0], &err);
		if (rc == 0 && !(name = strdup(ctx->args->positional[0])))
			rc = sg_error_set(&err, SG_ERR_SYSTEM, "out of memory");
	} else if (rc == 0) {
		rc = sg_files_normalize_name(&name, ctx->args->positional[0], &err);
	}
	if (rc == 0) {
		/* A directory that does not exist yet is created: the first migration starts it. */
		char **names = NULL;
		size_t n = 0;
		sg_error e = {0};
		if (sg_files_list_dir(&names, &n, dir, &e) == 0) {
			rc = sg_files_collect(&set, (const char *const *)names, n, &err);
			sg_files_names_free(names, n);
		} else if (e.kind != SG_ERR_INPUT) {
			sg_error_set(&err, e.kind, "%s", sg_error_message(&e));
			rc = -1;
		}
		sg_error_clear(&e);
	}
	if (rc == 0 && gc.given) {
		struct timespec now;
		clock_gettime(CLOCK_REALTIME, &now);
		rc = sg_golang_create_version(&version, &gc, &set, &now, &err);
	} else if (rc == 0 && !(version = sg_files_next_version(&set, time(NULL)))) {
		rc = sg_error_set(&err, SG_ERR_SYSTEM, "out of memory");
	}
	if (rc == 0)
		rc = sg_files_create_pair(&up, &down, dir, version, name, NULL, NULL, &err);
	if (rc == 0) {
		if (o.json) {
			sg_strbuf sb = SG_STRBUF_INIT;
			jstart(&sb, "created");
			jstr(&sb, "version", version);
			jstr(&sb, "up", up);
			jstr(&sb, "down", down);
			jprint(&sb);
		} else if (ctx->log.level >= SG_LOG_INFO) {
			fprintf(stderr, "created %s\ncreated %s\n", up, down);
		}
	}
	free(given);
	free(name);
	free(version);
	free(up);
	free(down);
	sg_files_set_release(&set);
	return rc == 0 ? SG_EXIT_OK : fail(&o, &err);
}
