/*
 * What every `migrate` command shares (migrate_out.h): its output, text lines
 * or JSON lines, the runner's events printed as they come, errors turned into
 * exit codes, and the runner opened from the command line's options.
 *
 * Streams, as golang-migrate has them: progress, summaries and messages go to
 * stderr; stdout carries only what a command prints on purpose (version,
 * status, history, and every --format json line), so a script can read it.
 *
 * SIGINT and SIGTERM are routed to sg_migrate_interrupt() (interrupt.h): the
 * runner is named before the operation and cleared before it is freed.
 */
#include "migrate_out.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "duration.h"
#include "golang_cli.h"
#include "interrupt.h"
#include "json.h"

/* ---- JSON ---- */

void sg_mout_json_key(sg_strbuf *sb, const char *key)
{
	sg_strbuf_addch(sb, sb->len > 1 ? ',' : '{');
	sg_json_string(sb, key);
	sg_strbuf_addch(sb, ':');
}

void sg_mout_json_str(sg_strbuf *sb, const char *key, const char *value)
{
	sg_mout_json_key(sb, key);
	sg_json_string(sb, value);
}

void sg_mout_json_int(sg_strbuf *sb, const char *key, int64_t value)
{
	sg_mout_json_key(sb, key);
	sg_strbuf_addf(sb, "%" PRId64, value);
}

void sg_mout_json_bool(sg_strbuf *sb, const char *key, bool value)
{
	sg_mout_json_key(sb, key);
	sg_strbuf_adds(sb, value ? "true" : "false");
}

/* Start an object: `{"event":NAME` (the buffer must be empty). */
void sg_mout_json_start(sg_strbuf *sb, const char *event)
{
	sg_strbuf_adds(sb, "{");
	sg_json_string(sb, "event");
	sg_strbuf_addch(sb, ':');
	sg_json_string(sb, event);
}

int sg_mout_json_write(FILE *out, sg_strbuf *sb)
{
	sg_strbuf_addch(sb, '}');
	sg_strbuf_addch(sb, '\n');
	int rc = 0;
	if (sg_strbuf_failed(sb))
		rc = -1; /* never a truncated line: a reader would take it for the whole event */
	else if (fwrite(sb->data, 1, sb->len, out) != sb->len || fflush(out) != 0)
		rc = -1;
	sg_strbuf_release(sb);
	return rc;
}

void sg_mout_json_print(sg_strbuf *sb)
{
	bool oom = sg_strbuf_failed(sb);
	if (sg_mout_json_write(stdout, sb) == 0)
		return;
	/* The CLI's rule for running out of memory: one line, and stop (docs/design.md §7). */
	fprintf(stderr, "migrate: error: %s\n",
		oom ? "out of memory: a JSON line was not written" : "cannot write to standard output");
	exit(SG_EXIT_DB);
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
	sg_mout *o = ud;
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
		sg_mout_json_start(&sb, event_names[ev->kind]);
		if (ev->version_text)
			sg_mout_json_str(&sb, "version", ev->version_text);
		if (ev->name)
			sg_mout_json_str(&sb, "name", ev->name);
		if (ev->file)
			sg_mout_json_str(&sb, "file", ev->file);
		if (ev->kind == SG_MIGRATE_EVENT_PLANNED || ev->kind == SG_MIGRATE_EVENT_FAILED)
			sg_mout_json_str(&sb, "direction", ev->down ? "down" : "up");
		if (ev->duration_ms >= 0)
			sg_mout_json_int(&sb, "duration_ms", ev->duration_ms);
		if (ev->message)
			sg_mout_json_str(&sb, "message", ev->message);
		sg_mout_json_print(&sb);
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
		o->fail_lines[0] = '\0';
		if (ev->message && strchr(ev->message, '\n'))
			snprintf(o->fail_lines, sizeof(o->fail_lines), "%s", strchr(ev->message, '\n') + 1);
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

int sg_mout_fail(sg_mout *o, sg_error *err)
{
	int code = sg_exit_code_for(err->kind);
	sg_log_sg_error(&o->ctx->log, err);
	/* The server's context of a failed file, as it wrote it, under the one-line error (docs/migrate.md, "Errors").
	 */
	if (!o->json && o->fail_lines[0])
		fprintf(stderr, "%s\n", o->fail_lines);
	if (o->json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		sg_mout_json_start(&sb, "error");
		sg_mout_json_str(&sb, "message", sg_error_message(err));
		sg_mout_json_int(&sb, "exit_code", code);
		sg_mout_json_print(&sb);
	}
	sg_error_clear(err);
	return code;
}

int sg_mout_parse_count(const char *text, const char *what, int64_t *value, sg_error *err)
{
	char *end = NULL;
	errno = 0;
	long long v = strtoll(text, &end, 10);
	if (!text[0] || *end || errno || v < 0)
		return sg_error_set(err, SG_ERR_INPUT, "%s must be a non-negative whole number, not '%s'", what, text);
	*value = v;
	return 0;
}

long sg_mout_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* --format: text or json. */
int sg_mout_read_format(sg_mout *o, sg_error *err)
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
		bool bad = len >= sizeof(item) || sg_mout_parse_count(item, "--accept-edit", &v, &e) != 0 || v == 0;
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
int sg_mout_open_runner(sg_migrate **m, sg_mout *o, sg_error *err)
{
	const sg_cli_args *a = o->ctx->args;
	*m = NULL;
	o->started_ms = sg_mout_now_ms();
	if (sg_mout_read_format(o, err) != 0)
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

void sg_mout_close_runner(sg_migrate *m)
{
	sg_interrupt_target(NULL);
	sg_migrate_free(m);
}
