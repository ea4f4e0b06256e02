/*
 * The `migrate` commands that change nothing: status, version, history and
 * validate, as text on stdout or JSON lines (migrate_out.h).
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fleet_cli.h"
#include "json.h"
#include "lock.h"
#include "migrate_cli.h"
#include "migrate_out.h"
#include "schemagen/exit.h"

/*
 * Print text that may hold the server's own lines (a failure's QUERY and
 * CONTEXT, kept whole in the ledger), then a newline: its lines after the
 * first are indented by `indent` spaces, under the line that names the version.
 */
static void put_lines(const char *text, int indent)
{
	for (const char *p = text; *p; p++) {
		putchar(*p);
		if (*p == '\n')
			printf("%*s", indent, "");
	}
	putchar('\n');
}

static const char *const state_names[] = {
    [SG_MIGRATE_APPLIED] = "applied", [SG_MIGRATE_PENDING] = "pending",	  [SG_MIGRATE_OUT_OF_ORDER] = "out-of-order",
    [SG_MIGRATE_DIRTY] = "dirty",     [SG_MIGRATE_MODIFIED] = "modified", [SG_MIGRATE_MISSING_FILE] = "missing-file",
};
_Static_assert(sizeof(state_names) / sizeof(state_names[0]) == SG_MIGRATE_STATE_COUNT, "a name per state");

/* "lock_holder": the session holding the migration lock. */
static void jholder(sg_strbuf *sb, const sg_migrate_lock_holder *h)
{
	sg_mout_json_key(sb, "lock_holder");
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
	if (sg_fleet_cli_wanted(ctx))
		return sg_fleet_cli_run(ctx, 0, NULL);
	sg_mout o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	sg_migrate_status *st = NULL;
	if (sg_mout_open_runner(&m, &o, &err) != 0)
		return sg_mout_fail(&o, &err);
	int rc = sg_migrate_status_get(m, &st, &err);
	sg_mout_close_runner(m);
	if (rc != 0)
		return sg_mout_fail(&o, &err);
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
			sg_mout_json_start(&sb, "migration");
			sg_mout_json_str(&sb, "version", e->version_text);
			sg_mout_json_str(&sb, "name", e->name);
			sg_mout_json_str(&sb, "state", state_names[e->state]);
			if (e->applied_at) {
				sg_mout_json_str(&sb, "applied_at", e->applied_at);
				sg_mout_json_int(&sb, "duration_ms", e->duration_ms);
				sg_mout_json_str(&sb, "applied_by", e->applied_by);
				sg_mout_json_str(&sb, "method", e->method);
			}
			if (e->state == SG_MIGRATE_DIRTY && e->statements_total < 0) {
				sg_mout_json_key(
				    &sb, "statements_done"); /* no run recorded them: the flag was set by hand */
				sg_json_string(&sb, NULL);
				sg_mout_json_key(&sb, "statements_total");
				sg_json_string(&sb, NULL);
				sg_mout_json_str(&sb, "last_error", e->last_error);
			} else if (e->state == SG_MIGRATE_DIRTY) {
				sg_mout_json_int(&sb, "statements_done", e->statements_done);
				sg_mout_json_int(&sb, "statements_total", e->statements_total);
				sg_mout_json_str(&sb, "last_error", e->last_error);
				sg_mout_json_bool(&sb, "running", e->running);
			}
			sg_mout_json_print(&sb);
		}
		sg_strbuf sb = SG_STRBUF_INIT;
		sg_mout_json_start(&sb, "status");
		sg_mout_json_int(&sb, "applied", applied);
		sg_mout_json_int(&sb, "pending", st->pending);
		sg_mout_json_key(&sb, "version");
		sg_json_string(&sb, at);
		sg_mout_json_bool(&sb, "dirty", dirty);
		sg_mout_json_bool(&sb, "table_exists", st->table_exists);
		if (st->golang_migrate) {
			sg_mout_json_bool(&sb, "golang_migrate", true);
			sg_mout_json_int(&sb, "golang_version", st->golang_version);
		}
		sg_mout_json_key(&sb, "last_failure");
		sg_json_string(&sb, st->last_failure);
		if (st->lock_holder)
			jholder(&sb, st->lock_holder);
		sg_mout_json_print(&sb);
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
				printf("    marked dirty, but no run recorded how far it got (set by hand?)%s",
				       e->last_error ? ": " : "");
				put_lines(e->last_error ? e->last_error : "", 8);
			} else if (e->state == SG_MIGRATE_DIRTY && !e->last_error &&
				   e->statements_done == e->statements_total) {
				printf(
				    "    %s: all %d statements completed, the run was gone before it recorded the end "
				    "(no migrate run holds the migration lock): 'migrate force' records it\n",
				    which, e->statements_total);
			} else if (e->state == SG_MIGRATE_DIRTY) {
				printf("    %s stopped after %d of %d statements: ", which, e->statements_done,
				       e->statements_total);
				put_lines(e->last_error
					      ? e->last_error
					      : "interrupted (no migrate run holds the migration lock: the run "
						"that started it is gone)",
					  8);
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
		if (st->last_failure) {
			printf("last run: ");
			put_lines(st->last_failure, 4);
		}
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
	if (sg_fleet_cli_wanted(ctx))
		return sg_fleet_cli_run(ctx, 0, NULL);
	sg_mout o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	if (sg_mout_open_runner(&m, &o, &err) != 0)
		return sg_mout_fail(&o, &err);
	int64_t v = 0;
	bool dirty = false;
	int rc = sg_migrate_version(m, &v, &dirty, &err);
	/* As the file names write it: `3` in golang-migrate's directories, as it prints it too. */
	char text[32] = "";
	if (rc == 0 && v)
		sg_migrate_version_text(m, v, text, sizeof(text));
	sg_mout_close_runner(m);
	if (rc != 0)
		return sg_mout_fail(&o, &err);
	if (o.json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		sg_mout_json_start(&sb, "version");
		sg_mout_json_key(&sb, "version");
		sg_json_string(&sb, v ? text : NULL);
		sg_mout_json_bool(&sb, "dirty", dirty);
		sg_mout_json_print(&sb);
	} else {
		printf("%s%s\n", v ? text : "none", dirty ? " (dirty)" : "");
	}
	return SG_EXIT_OK;
}

int sg_migrate_cmd_history(sg_cli_ctx *ctx)
{
	sg_mout o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	sg_migrate_history *h = NULL;
	if (sg_mout_open_runner(&m, &o, &err) != 0)
		return sg_mout_fail(&o, &err);
	int rc = sg_migrate_history_get(m, &h, &err);
	sg_mout_close_runner(m);
	if (rc != 0)
		return sg_mout_fail(&o, &err);
	for (size_t i = 0; i < h->count; i++) {
		const sg_migrate_history_entry *e = &h->entries[i];
		if (o.json) {
			sg_strbuf sb = SG_STRBUF_INIT;
			sg_mout_json_start(&sb, "history");
			sg_mout_json_int(&sb, "id", e->id);
			sg_mout_json_str(&sb, "at", e->at);
			sg_mout_json_str(&sb, "action", e->action);
			sg_mout_json_key(&sb, "version");
			sg_json_string(&sb, e->version_text);
			sg_mout_json_key(&sb, "name");
			sg_json_string(&sb, e->name);
			sg_mout_json_str(&sb, "outcome", e->outcome);
			if (e->duration_ms >= 0)
				sg_mout_json_int(&sb, "duration_ms", e->duration_ms);
			sg_mout_json_str(&sb, "applied_by", e->applied_by);
			sg_mout_json_key(&sb, "client");
			sg_json_string(&sb, e->client);
			sg_mout_json_key(&sb, "detail");
			sg_json_string(&sb, e->detail);
			sg_mout_json_print(&sb);
			continue;
		}
		char took[32] = "";
		if (e->duration_ms >= 0)
			snprintf(took, sizeof(took), "%" PRId64 " ms", e->duration_ms);
		printf("%s  %-8s  %-8s  %-24s  %-9s  %8s  by %s%s%s%s%s\n", e->at, e->action,
		       e->version_text ? e->version_text : "", e->name ? e->name : "", e->outcome, took, e->applied_by,
		       e->client ? " (" : "", e->client ? e->client : "", e->client ? ")" : "", "");
		if (e->detail) {
			printf("    ");
			put_lines(e->detail, 8);
		}
	}
	if (!o.json && h->count == 0)
		printf("no history yet\n");
	sg_migrate_history_free(h);
	return SG_EXIT_OK;
}

int sg_migrate_cmd_validate(sg_cli_ctx *ctx)
{
	if (sg_fleet_cli_wanted(ctx))
		return sg_fleet_cli_run(ctx, 0, NULL);
	sg_mout o = {.ctx = ctx};
	sg_error err = {0};
	sg_migrate *m = NULL;
	if (sg_mout_open_runner(&m, &o, &err) != 0)
		return sg_mout_fail(&o, &err);
	int rc = sg_migrate_validate(m, &err);
	sg_mout_close_runner(m);
	if (rc != 0)
		return sg_mout_fail(&o, &err);
	if (o.json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		sg_mout_json_start(&sb, "valid");
		sg_mout_json_bool(&sb, "ok", true);
		sg_mout_json_print(&sb);
	} else if (ctx->log.level >= SG_LOG_INFO) {
		fprintf(stderr, "valid: every file parses and can run as written%s\n",
			(sg_cli_value(ctx->args, "database") || getenv("DATABASE_URL"))
			    ? "; checksums and the file set match the database"
			    : "");
	}
	return SG_EXIT_OK;
}
