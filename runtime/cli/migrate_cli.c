/*
 * The `migrate` commands that change versions: up, down, goto, redo, force,
 * baseline and drop.  Each parses its argument, runs its operation on a
 * runner (migrate_out.h) and prints the summary (`2 applied, now at 000003`)
 * or its JSON line; errors become exit codes (schemagen/exit.h).
 */
#include "migrate_cli.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "fleet_cli.h"
#include "golang_cli.h"
#include "json.h"
#include "migrate_out.h"
#include "schemagen/exit.h"

static void summary(sg_mout *o, const char *command, const sg_migrate_result *res, bool dry_run)
{
	const char *at = res->version_text[0] ? res->version_text : "no version";
	if (o->json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		sg_mout_json_start(&sb, "summary");
		sg_mout_json_str(&sb, "command", command);
		sg_mout_json_int(&sb, "applied", o->applied);
		sg_mout_json_int(&sb, "reverted", o->reverted);
		if (o->marked || o->unmarked) {
			sg_mout_json_int(&sb, "marked", o->marked);
			sg_mout_json_int(&sb, "unmarked", o->unmarked);
		}
		if (dry_run)
			sg_mout_json_int(&sb, "planned", o->planned);
		if (strcmp(command, "drop") == 0 && !dry_run)
			sg_mout_json_int(&sb, "dropped", res->count);
		sg_mout_json_key(&sb, "version");
		sg_json_string(&sb, res->version_text[0] ? res->version_text : NULL);
		sg_mout_json_bool(&sb, "dirty", res->dirty);
		sg_mout_json_bool(&sb, "dry_run", dry_run);
		if (res->lock_was_lost)
			sg_mout_json_bool(&sb, "lock_was_lost", true);
		sg_mout_json_print(&sb);
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
	if (sg_strbuf_failed(&sb)) /* never a truncated line */
		sg_log_error(&o->ctx->log, "out of memory: the summary was not written");
	else if (sb.len)
		fprintf(stderr, "%s, now at %s%s\n", sb.data, at, res->dirty ? " (dirty)" : "");
	else
		fprintf(stderr, "no change, at %s%s\n", at, res->dirty ? " (dirty)" : "");
	sg_strbuf_release(&sb);
}

/* -verbose: the run's time, as golang-migrate prints it. */
static void finished(const sg_mout *o)
{
	sg_log_debug(&o->ctx->log, "finished after %ld ms", sg_mout_now_ms() - o->started_ms);
}

typedef int (*op_fn)(sg_migrate *m, int64_t arg, sg_migrate_result *res, sg_error *err);

static int run_op(sg_cli_ctx *ctx, op_fn fn, int64_t arg, const char *arg_error)
{
	if (sg_fleet_cli_wanted(ctx))
		return sg_fleet_cli_run(ctx, arg, arg_error);
	sg_mout o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	if (sg_mout_open_runner(&m, &o, &err) != 0)
		return sg_mout_fail(&o, &err);
	if (arg_error) {
		sg_mout_close_runner(m);
		sg_error_set(&err, SG_ERR_INPUT, "%s", arg_error);
		return sg_mout_fail(&o, &err);
	}
	sg_migrate_result res;
	int rc = fn(m, arg, &res, &err);
	bool dry = sg_cli_count(ctx->args, "dry-run") > 0;
	sg_mout_close_runner(m);
	if (rc != 0)
		return sg_mout_fail(&o, &err);
	summary(&o, ctx->args->command->name, &res, dry);
	finished(&o);
	return SG_EXIT_OK;
}

/* A refusal before anything is opened (a confirmation not given): one line, or a JSON error. */
static int refuse_early(sg_cli_ctx *ctx, const char *message)
{
	sg_mout o = {.ctx = ctx};
	sg_error err = {0};
	if (sg_mout_read_format(&o, &err) != 0)
		return sg_mout_fail(&o, &err);
	sg_error_set(&err, SG_ERR_REFUSED, "%s", message);
	return sg_mout_fail(&o, &err);
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
	if (sg_mout_parse_count(ctx->args->positional[0], what, value, &e) != 0 || (positive && *value == 0) ||
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
