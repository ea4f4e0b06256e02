/*
 * A command over a fleet (fleet_cli.h): the options into one runner's
 * options per target, a job per target for the engine (runtime/fleet.c),
 * and the output: on a terminal a progress line (done / total, running,
 * failed) redrawn in place, elsewhere one plain line per ended target; then a
 * table (target, from, to, count, time, result) or, for status, the targets
 * grouped by version; --format json prints one object per target and a
 * summary object.  Output from worker threads (warnings, lock waits,
 * validate's problems) goes through one mutex, prefixed with the target.
 */
#define _GNU_SOURCE
#include "fleet_cli.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "duration.h"
#include "fleet.h"
#include "fleet_targets.h"
#include "golang_cli.h"
#include "interrupt.h"
#include "json.h"
#include "schemagen/exit.h"
#include "strbuf.h"

typedef enum cmd_kind { CMD_UP, CMD_DOWN, CMD_GOTO, CMD_BASELINE, CMD_STATUS, CMD_VERSION, CMD_VALIDATE } cmd_kind;

/* One target's outcome, written by its job only, read by the main thread once it ended. */
typedef struct tres {
	int count;	      /* files applied or reverted, versions marked */
	int64_t from_v, to_v; /* versions before and after; 0 none */
	char from[32], to[32];
	bool dirty, attention;
	int pending;
	char *message; /* the error, malloc'd */
} tres;

typedef struct fleet_cli fleet_cli;
typedef struct tev {
	fleet_cli *c;
	size_t i;
} tev;

struct fleet_cli {
	sg_cli_ctx *ctx;
	cmd_kind kind;
	const char *cmd;
	int64_t arg;
	bool json, terminal, exit_code;
	sg_migrate_options base;
	sg_golang_keep keep;
	sg_fleet_targets targets;
	tres *res;
	tev *ev;
	sg_fleet_outcomes out;
	size_t reported;
	pthread_mutex_t mu; /* output, and the warnings already printed */
	bool progress_shown;
	sg_fleet_progress last; /* the progress line shown */
	char **warned;
	size_t nwarned;
};

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

bool sg_fleet_cli_wanted(const sg_cli_ctx *ctx)
{
	return sg_cli_value(ctx->args, "targets") || sg_cli_value(ctx->args, "targets-query");
}

/* ---- output ---- */

static void jkey(sg_strbuf *sb, const char *key)
{
	sg_strbuf_addch(sb, sb->len > 1 ? ',' : '{');
	sg_json_string(sb, key);
	sg_strbuf_addch(sb, ':');
}

static void jstr(sg_strbuf *sb, const char *key, const char *value)
{
	jkey(sb, key);
	sg_json_string(sb, value);
}

static void jint(sg_strbuf *sb, const char *key, int64_t value)
{
	jkey(sb, key);
	sg_strbuf_addf(sb, "%" PRId64, value);
}

static void jbool(sg_strbuf *sb, const char *key, bool value)
{
	jkey(sb, key);
	sg_strbuf_adds(sb, value ? "true" : "false");
}

static void jstart(sg_strbuf *sb, const char *event)
{
	sg_strbuf_adds(sb, "{");
	sg_json_string(sb, "event");
	sg_strbuf_addch(sb, ':');
	sg_json_string(sb, event);
}

/* Print a line (stdout for JSON, else `stream`), clearing the progress line first.  Takes the mutex. */
static void put_line(fleet_cli *c, FILE *stream, const char *text)
{
	pthread_mutex_lock(&c->mu);
	if (c->progress_shown) {
		fputs("\r\033[K", stderr);
		c->progress_shown = false;
	}
	fputs(text, stream);
	fputc('\n', stream);
	fflush(stream);
	pthread_mutex_unlock(&c->mu);
}

static void put_json(fleet_cli *c, sg_strbuf *sb)
{
	sg_strbuf_addch(sb, '}');
	put_line(c, stdout, sb->data);
	sg_strbuf_release(sb);
}

/* A warning identical for every target (files ignored in the directory) is printed once. */
static bool first_time(fleet_cli *c, const char *message)
{
	bool first = true;
	pthread_mutex_lock(&c->mu);
	for (size_t i = 0; i < c->nwarned && first; i++)
		first = strcmp(c->warned[i], message) != 0;
	char **w = first ? realloc(c->warned, (c->nwarned + 1) * sizeof(*w)) : NULL;
	if (w) {
		c->warned = w;
		if ((w[c->nwarned] = strdup(message)))
			c->nwarned++;
	}
	pthread_mutex_unlock(&c->mu);
	return first;
}

static void on_event(const sg_migrate_event *ev, void *ud)
{
	const tev *t = ud;
	fleet_cli *c = t->c;
	const char *label = c->targets.items[t->i].label;
	const sg_log *log = &c->ctx->log;
	const char *name = ev->kind == SG_MIGRATE_EVENT_WARNING	    ? "warning"
			   : ev->kind == SG_MIGRATE_EVENT_PROBLEM   ? "problem"
			   : ev->kind == SG_MIGRATE_EVENT_LOCK_WAIT ? "lock_wait"
			   : ev->kind == SG_MIGRATE_EVENT_INFO	    ? "info"
								    : NULL;
	if (ev->kind == SG_MIGRATE_EVENT_APPLIED || ev->kind == SG_MIGRATE_EVENT_REVERTED ||
	    ev->kind == SG_MIGRATE_EVENT_MARKED || ev->kind == SG_MIGRATE_EVENT_UNMARKED ||
	    ev->kind == SG_MIGRATE_EVENT_PLANNED)
		c->res[t->i].count++; /* what a failed target did before it failed counts too */
	if (!name || !ev->message)
		return;
	if (ev->kind == SG_MIGRATE_EVENT_INFO && log->level < SG_LOG_DEBUG)
		return; /* "created the tracking table" two hundred times is noise */
	if (ev->kind == SG_MIGRATE_EVENT_LOCK_WAIT && log->level < SG_LOG_INFO)
		return;
	if (ev->kind == SG_MIGRATE_EVENT_WARNING && !first_time(c, ev->message))
		return;
	sg_strbuf sb = SG_STRBUF_INIT;
	if (c->json) {
		jstart(&sb, name);
		jstr(&sb, "target", label);
		if (ev->version_text)
			jstr(&sb, "version", ev->version_text);
		jstr(&sb, "message", ev->message);
		put_json(c, &sb);
		return;
	}
	sg_strbuf_addf(&sb, "%s: %s%s%s", label, ev->kind == SG_MIGRATE_EVENT_PROBLEM ? "problem: " : "",
		       ev->kind == SG_MIGRATE_EVENT_WARNING ? "warning: " : "", ev->message);
	put_line(c, stderr, sb.data);
	sg_strbuf_release(&sb);
}

static const char *count_name(cmd_kind k)
{
	return k == CMD_DOWN ? "reverted" : k == CMD_GOTO ? "changed" : k == CMD_BASELINE ? "marked" : "applied";
}

/* ok, failed, timeout, interrupted or skipped. */
static const char *result_name(const fleet_cli *c, size_t i)
{
	int code = c->out.codes[i];
	if (code < 0)
		return "skipped";
	if (code == 0 || (c->kind == CMD_STATUS && code == SG_EXIT_DIFFERS))
		return "ok";
	if (c->out.timed_out[i])
		return "timeout";
	if (c->out.stopped[i])
		return "interrupted";
	return "failed";
}

static void vtext(char *buf, const char *text)
{
	snprintf(buf, 32, "%s", text && text[0] ? text : "none");
}

static void target_json(fleet_cli *c, size_t i)
{
	const tres *r = &c->res[i];
	sg_strbuf sb = SG_STRBUF_INIT;
	jstart(&sb, "target");
	jstr(&sb, "target", c->targets.items[i].label);
	jstr(&sb, "result", result_name(c, i));
	jint(&sb, "exit_code", c->out.codes[i] < 0 ? 0 : c->out.codes[i]);
	if (c->out.codes[i] >= 0) {
		if (c->kind <= CMD_BASELINE) {
			jkey(&sb, "from");
			sg_json_string(&sb, r->from_v ? r->from : NULL);
		}
		jkey(&sb, c->kind <= CMD_BASELINE ? "to" : "version");
		sg_json_string(&sb, r->to_v ? r->to : NULL);
		jbool(&sb, "dirty", r->dirty);
		if (c->kind <= CMD_BASELINE)
			jint(&sb, count_name(c->kind), r->count);
		if (c->kind == CMD_STATUS) {
			jint(&sb, "pending", r->pending);
			jbool(&sb, "attention", r->attention);
		}
		jint(&sb, "duration_ms", c->out.elapsed_ms[i]);
	}
	jkey(&sb, "message");
	sg_json_string(&sb, r->message);
	put_json(c, &sb);
}

/* The engine's report that target i ended: a JSON object, or a plain line when not on a terminal. */
static void on_done(size_t i, void *ud)
{
	fleet_cli *c = ud;
	const tres *r = &c->res[i];
	c->reported++;
	if (c->json) {
		target_json(c, i);
		return;
	}
	const char *result = result_name(c, i);
	bool ok = strcmp(result, "ok") == 0;
	bool quiet = c->ctx->log.level < SG_LOG_INFO;
	/* -q: the errors come once, after the run; a terminal shows the successes in its progress line. */
	if (quiet || ((c->terminal || c->kind == CMD_STATUS || c->kind == CMD_VERSION) && ok))
		return;
	char from[32], to[32];
	vtext(from, r->from);
	vtext(to, r->to);
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb, "[%zu/%zu] %s  %s", c->reported, c->targets.count, result, c->targets.items[i].label);
	if (c->kind <= CMD_BASELINE)
		sg_strbuf_addf(&sb, "  %s -> %s%s, %d %s", from, to, r->dirty ? " (dirty)" : "", r->count,
			       count_name(c->kind));
	sg_strbuf_addf(&sb, " (%ld ms)", c->out.elapsed_ms[i]);
	if (r->message)
		sg_strbuf_addf(&sb, ": %s", r->message);
	put_line(c, stderr, sb.data);
	sg_strbuf_release(&sb);
}

static void on_tick(const sg_fleet_progress *p, void *ud)
{
	fleet_cli *c = ud;
	if (!c->terminal)
		return;
	pthread_mutex_lock(&c->mu);
	if (!c->progress_shown || p->done != c->last.done || p->running != c->last.running) {
		fprintf(stderr, "\r\033[Kmigrate %s: %zu/%zu done, %zu running, %zu failed", c->cmd, p->done, p->total,
			p->running, p->failed);
		fflush(stderr);
		c->progress_shown = true;
		c->last = *p;
	}
	pthread_mutex_unlock(&c->mu);
}

static bool stop_requested(void *ud)
{
	(void)ud;
	return sg_interrupt_requested();
}

/* ---- one target ---- */

static void set_message(tres *r, sg_error *err)
{
	free(r->message);
	r->message = strdup(sg_error_message(err));
}

static int status_of(fleet_cli *c, sg_migrate *m, tres *r, sg_error *err)
{
	sg_migrate_status *st = NULL;
	if (sg_migrate_status_get(m, &st, err) != 0)
		return -1;
	bool refused = false;
	for (size_t k = 0; k < st->count; k++) {
		const sg_migrate_status_entry *e = &st->entries[k];
		if (e->state != SG_MIGRATE_PENDING && e->state != SG_MIGRATE_OUT_OF_ORDER) {
			r->to_v = e->version;
			snprintf(r->to, sizeof(r->to), "%s", e->version_text);
			r->dirty = e->state == SG_MIGRATE_DIRTY;
		}
		if (e->state != SG_MIGRATE_APPLIED && e->state != SG_MIGRATE_PENDING)
			r->attention = true;
		if (e->state == SG_MIGRATE_MODIFIED || (e->state == SG_MIGRATE_DIRTY && !e->running))
			refused = true;
	}
	r->pending = st->pending;
	sg_migrate_status_free(st);
	if (c->exit_code && refused)
		return SG_EXIT_REFUSED;
	return c->exit_code && r->pending ? SG_EXIT_DIFFERS : 0;
}

static int run_target(fleet_cli *c, sg_migrate *m, tres *r, sg_error *err)
{
	bool dirty = false;
	if (c->kind == CMD_STATUS)
		return status_of(c, m, r, err);
	if (c->kind == CMD_VALIDATE)
		return sg_migrate_validate(m, err);
	if (sg_migrate_version(m, &r->from_v, &dirty, err) != 0)
		return -1;
	if (r->from_v)
		sg_migrate_version_text(m, r->from_v, r->from, sizeof(r->from));
	if (c->kind == CMD_VERSION) {
		r->to_v = r->from_v;
		r->dirty = dirty;
		memcpy(r->to, r->from, sizeof(r->to));
		return 0;
	}
	sg_migrate_result res;
	memset(&res, 0, sizeof(res));
	int rc = c->kind == CMD_UP     ? sg_migrate_up(m, (int)c->arg, &res, err)
		 : c->kind == CMD_DOWN ? sg_migrate_down(m, (int)c->arg, &res, err)
		 : c->kind == CMD_GOTO ? sg_migrate_goto(m, c->arg, &res, err)
				       : sg_migrate_baseline(m, c->arg, &res, err);
	if (rc != 0) {
		/* Where a failed target stands now, for the table (a failure rolls back). */
		sg_error e = {0};
		int64_t v = r->from_v;
		if (sg_migrate_version(m, &v, &r->dirty, &e) == 0 && v)
			sg_migrate_version_text(m, v, r->to, sizeof(r->to));
		r->to_v = v;
		sg_error_clear(&e);
		return -1;
	}
	r->to_v = res.version;
	r->dirty = res.dirty;
	snprintf(r->to, sizeof(r->to), "%s", res.version_text);
	return 0;
}

static int job(sg_fleet *f, size_t i, void *ud)
{
	fleet_cli *c = ud;
	const sg_fleet_target *t = &c->targets.items[i];
	tres *r = &c->res[i];
	sg_migrate_options o = c->base;
	o.database_url = t->conninfo;
	if (t->schema)
		o.schema = t->schema;
	if (t->table)
		o.table = t->table;
	o.on_event = on_event;
	o.userdata = &c->ev[i];
	sg_error err = {0};
	sg_migrate *m = NULL;
	int code = 0;
	if (sg_migrate_new(&m, &o, &err) != 0) {
		code = sg_exit_code_for(err.kind);
	} else {
		sg_fleet_attach(f, i, m);
		int rc = run_target(c, m, r, &err);
		sg_fleet_detach(f, i);
		sg_migrate_free(m);
		code = rc < 0 ? sg_exit_code_for(err.kind) : rc;
	}
	if (code != 0 && err.kind != SG_ERR_NONE)
		set_message(r, &err);
	sg_error_clear(&err);
	return code;
}

/* ---- the summary ---- */

/* Worst first: refused, bad input, failed, pending, ok (docs/design.md §7). */
static int rank(int code)
{
	return code == SG_EXIT_REFUSED	 ? 4
	       : code == SG_EXIT_USAGE	 ? 3
	       : code == SG_EXIT_DB	 ? 2
	       : code == SG_EXIT_DIFFERS ? 1
					 : 0;
}

static int cmp_version_desc(const void *a, const void *b)
{
	const tres *x = *(tres *const *)a, *y = *(tres *const *)b;
	return x->to_v < y->to_v ? 1 : x->to_v > y->to_v ? -1 : 0;
}

/* status: "which tenants are behind", one line per version, newest first. */
static void status_groups(fleet_cli *c, sg_strbuf *json)
{
	size_t n = c->targets.count, k = 0;
	tres **ok = malloc((n ? n : 1) * sizeof(*ok));
	if (!ok)
		return;
	for (size_t i = 0; i < n; i++)
		if (c->out.codes[i] >= 0 && strcmp(result_name(c, i), "ok") == 0)
			ok[k++] = &c->res[i];
	qsort(ok, k, sizeof(*ok), cmp_version_desc);
	bool verbose = c->ctx->log.level >= SG_LOG_DEBUG;
	if (json) {
		jkey(json, "groups");
		sg_strbuf_addch(json, '[');
	} else if (k) {
		printf("%-16s  %7s  %7s  %s\n", "version", "targets", "pending", "which");
	}
	for (size_t g = 0; g < k;) {
		size_t e = g;
		while (e < k && ok[e]->to_v == ok[g]->to_v)
			e++;
		if (json) {
			sg_strbuf_adds(json, g ? ",{" : "{");
			sg_json_string(json, "version");
			sg_strbuf_addch(json, ':');
			sg_json_string(json, ok[g]->to_v ? ok[g]->to : NULL);
			sg_strbuf_addf(json, ",\"targets\":%zu,\"pending\":%d}", e - g, ok[g]->pending);
		} else {
			sg_strbuf names = SG_STRBUF_INIT;
			size_t shown = 0;
			for (size_t j = g; j < e; j++) {
				if (!verbose && shown == 6) {
					sg_strbuf_addf(&names, " and %zu more", e - j);
					break;
				}
				sg_strbuf_addf(&names, "%s%s", shown ? ", " : "",
					       c->targets.items[ok[j] - c->res].label);
				shown++;
			}
			char v[32];
			vtext(v, ok[g]->to);
			printf("%-16s  %7zu  %7d  %s\n", v, e - g, ok[g]->pending, names.data);
			sg_strbuf_release(&names);
		}
		g = e;
	}
	if (json)
		sg_strbuf_addch(json, ']');
	free(ok);
	if (json)
		return;
	for (size_t i = 0; i < n; i++) {
		const tres *r = &c->res[i];
		if (c->out.codes[i] >= 0 && strcmp(result_name(c, i), "ok") == 0 && r->attention)
			printf("needs attention: %s (at %s%s): run 'migrate status' on it\n", c->targets.items[i].label,
			       r->to_v ? r->to : "none", r->dirty ? ", dirty" : "");
		else if (c->out.codes[i] > 0 && strcmp(result_name(c, i), "ok") != 0)
			printf("%s: %s: %s\n", result_name(c, i), c->targets.items[i].label,
			       r->message ? r->message : "");
	}
}

static void table(fleet_cli *c)
{
	size_t w = 6;
	for (size_t i = 0; i < c->targets.count; i++)
		if (strlen(c->targets.items[i].label) > w)
			w = strlen(c->targets.items[i].label);
	w = w > 40 ? 40 : w;
	bool versions = c->kind <= CMD_BASELINE;
	if (versions)
		fprintf(stderr, "%-*s  %-14s  %-14s  %8s  %9s  %s\n", (int)w, "target", "from", "to",
			count_name(c->kind), "time", "result");
	else
		fprintf(stderr, "%-*s  %9s  %s\n", (int)w, "target", "time", "result");
	for (size_t i = 0; i < c->targets.count; i++) {
		const tres *r = &c->res[i];
		char from[32], to[40], time[32];
		vtext(from, r->from);
		snprintf(to, sizeof(to), "%s%s", r->to_v ? r->to : "none", r->dirty ? "*" : "");
		snprintf(time, sizeof(time), "%ld ms", c->out.elapsed_ms[i]);
		bool ran = c->out.codes[i] >= 0;
		if (versions)
			fprintf(stderr, "%-*s  %-14s  %-14s  %8d  %9s  %s\n", (int)w, c->targets.items[i].label,
				ran ? from : "", ran ? to : "", r->count, ran ? time : "", result_name(c, i));
		else
			fprintf(stderr, "%-*s  %9s  %s\n", (int)w, c->targets.items[i].label, ran ? time : "",
				result_name(c, i));
	}
	for (size_t i = 0; i < c->targets.count; i++)
		if (c->res[i].message)
			fprintf(stderr, "%s: %s: %s\n", c->targets.items[i].label, result_name(c, i),
				c->res[i].message);
}

static int summary(fleet_cli *c, long elapsed_ms)
{
	size_t n = c->targets.count, ok = 0, failed = 0, skipped = 0, timeouts = 0;
	int worst = 0;
	long total = 0;
	for (size_t i = 0; i < n; i++) {
		const char *r = result_name(c, i);
		ok += strcmp(r, "ok") == 0;
		skipped += strcmp(r, "skipped") == 0;
		timeouts += strcmp(r, "timeout") == 0;
		failed += strcmp(r, "ok") != 0 && strcmp(r, "skipped") != 0;
		total += c->res[i].count;
		if (c->out.codes[i] > 0 && rank(c->out.codes[i]) > rank(worst))
			worst = c->out.codes[i];
	}
	bool interrupted = sg_interrupt_requested();
	if (interrupted && rank(worst) < rank(SG_EXIT_DB))
		worst = SG_EXIT_DB;
	if (c->json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		jstart(&sb, "summary");
		jstr(&sb, "command", c->cmd);
		jint(&sb, "targets", (int64_t)n);
		jint(&sb, "ok", (int64_t)ok);
		jint(&sb, "failed", (int64_t)failed);
		jint(&sb, "timed_out", (int64_t)timeouts);
		jint(&sb, "skipped", (int64_t)skipped);
		if (c->kind <= CMD_BASELINE)
			jint(&sb, count_name(c->kind), total);
		if (c->kind == CMD_STATUS)
			status_groups(c, &sb);
		jbool(&sb, "interrupted", interrupted);
		jint(&sb, "duration_ms", elapsed_ms);
		jint(&sb, "exit_code", worst);
		put_json(c, &sb);
		return worst;
	}
	if (c->kind == CMD_STATUS) {
		status_groups(c, NULL);
		fflush(stdout);
	} else if (c->kind == CMD_VERSION) {
		for (size_t i = 0; i < n; i++)
			if (c->out.codes[i] == 0)
				printf("%s  %s%s\n", c->targets.items[i].label, c->res[i].to_v ? c->res[i].to : "none",
				       c->res[i].dirty ? " (dirty)" : "");
		fflush(stdout);
	}
	bool quiet = c->ctx->log.level < SG_LOG_INFO;
	if (!quiet && c->kind != CMD_STATUS && c->kind != CMD_VERSION)
		table(c);
	else if (c->kind == CMD_VERSION || (quiet && c->kind != CMD_STATUS))
		for (size_t i = 0; i < n; i++)
			if (c->res[i].message)
				fprintf(stderr, "%s: %s: %s\n", c->targets.items[i].label, result_name(c, i),
					c->res[i].message);
	if (!quiet) {
		fprintf(stderr, "%zu target%s: %zu ok, %zu failed, %zu skipped", n, n == 1 ? "" : "s", ok, failed,
			skipped);
		if (c->kind <= CMD_BASELINE)
			fprintf(stderr, "; %ld %s", total, count_name(c->kind));
		fprintf(stderr, "; %.1f s%s\n", (double)elapsed_ms / 1000.0,
			interrupted ? "; interrupted: targets not started were skipped" : "");
	}
	return worst;
}

/* ---- the command ---- */

static int fail(fleet_cli *c, sg_error *err)
{
	int code = sg_exit_code_for(err->kind);
	sg_log_sg_error(&c->ctx->log, err);
	if (c->json) {
		sg_strbuf sb = SG_STRBUF_INIT;
		jstart(&sb, "error");
		jstr(&sb, "message", sg_error_message(err));
		jint(&sb, "exit_code", code);
		put_json(c, &sb);
	}
	sg_error_clear(err);
	return code;
}

static int read_options(fleet_cli *c, long *timeout_ms, int *jobs, sg_error *err)
{
	const sg_cli_args *a = c->ctx->args;
	sg_migrate_options *o = &c->base;
	sg_migrate_options_init(o);
	const char *lt = sg_cli_value(a, "lock-timeout"), *st = sg_cli_value(a, "statement-timeout"),
		   *wait = sg_cli_value(a, "wait"), *tt = sg_cli_value(a, "target-timeout"),
		   *jb = sg_cli_value(a, "jobs");
	if (lt && sg_duration_parse(&o->lock_timeout_ms, lt, "lock-timeout", err) != 0)
		return -1;
	if (st && sg_duration_parse(&o->statement_timeout_ms, st, "statement-timeout", err) != 0)
		return -1;
	if (wait && sg_duration_parse(&o->wait_ms, wait, "wait", err) != 0)
		return -1;
	*timeout_ms = -1;
	if (tt && sg_duration_parse(timeout_ms, tt, "target-timeout", err) != 0)
		return -1;
	if ((lt && o->lock_timeout_ms == 0) || (st && o->statement_timeout_ms == 0) || (tt && *timeout_ms == 0))
		return sg_error_set(err, SG_ERR_INPUT,
				    "option '--%s' must be longer than 0 (leave it out for no limit)",
				    tt && *timeout_ms == 0	    ? "target-timeout"
				    : lt && o->lock_timeout_ms == 0 ? "lock-timeout"
								    : "statement-timeout");
	*jobs = 4;
	if (jb) {
		char *end = NULL;
		long v = strtol(jb, &end, 10);
		if (!jb[0] || *end || v < 1 || v > 256)
			return sg_error_set(err, SG_ERR_INPUT,
					    "option '--jobs' takes a whole number from 1 to 256, not '%s'", jb);
		*jobs = (int)v;
	}
	if (sg_cli_value(a, "accept-edit"))
		return sg_error_set(err, SG_ERR_INPUT,
				    "option '--accept-edit' records an edit in one database: run it without --targets, "
				    "with that target's --database");
	if (sg_cli_value(a, "targets") && sg_cli_value(a, "targets-query"))
		return sg_error_set(err, SG_ERR_INPUT, "give either --targets or --targets-query, not both");
	if (sg_golang_migrate_options(o, &c->keep, a, &c->ctx->log, err) != 0)
		return -1;
	o->dry_run = sg_cli_count(a, "dry-run") > 0;
	o->allow_out_of_order = sg_cli_count(a, "allow-out-of-order") > 0;
	o->atomic = sg_cli_count(a, "atomic") > 0;
	o->connect_early = c->kind != CMD_VALIDATE;
	c->exit_code = sg_cli_count(a, "exit-code") > 0;
	return 0;
}

static cmd_kind kind_of(const char *cmd)
{
	static const char *const names[] = {"up", "down", "goto", "baseline", "status", "version", "validate"};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(cmd, names[i]) == 0)
			return (cmd_kind)i;
	return CMD_VALIDATE; /* the option table allows --targets on these commands only */
}

int sg_fleet_cli_run(sg_cli_ctx *ctx, int64_t arg, const char *arg_error)
{
	fleet_cli c = {.ctx = ctx, .cmd = ctx->args->command->name, .arg = arg};
	c.kind = kind_of(c.cmd);
	pthread_mutex_init(&c.mu, NULL);
	sg_error err = {0};
	const char *format = sg_cli_value(ctx->args, "format");
	int code = SG_EXIT_OK;
	long timeout_ms = -1;
	int jobs = 4;
	if (format && strcmp(format, "json") != 0 && strcmp(format, "text") != 0) {
		sg_error_set(&err, SG_ERR_INPUT, "option '--format' takes text or json, not '%s'", format);
		return fail(&c, &err);
	}
	c.json = format && strcmp(format, "json") == 0;
	c.terminal = !c.json && ctx->log.level >= SG_LOG_INFO && isatty(STDERR_FILENO);
	long started = now_ms();
	int rc =
	    arg_error ? sg_error_set(&err, SG_ERR_INPUT, "%s", arg_error) : read_options(&c, &timeout_ms, &jobs, &err);
	/* The file set once, before any target: a bad directory is one error, not one per target. */
	sg_migrate *check = NULL;
	if (rc == 0) {
		sg_migrate_options o = c.base;
		o.connect_early = false;
		o.database_url = NULL;
		rc = sg_migrate_new(&check, &o, &err);
		sg_migrate_free(check);
	}
	const char *file = sg_cli_value(ctx->args, "targets"), *query = sg_cli_value(ctx->args, "targets-query");
	long timeout_s = timeout_ms > 0 ? (timeout_ms + 999) / 1000 : 0;
	if (rc == 0 && file)
		rc = sg_fleet_targets_read(&c.targets, file, c.base.database_url, timeout_s, &err);
	else if (rc == 0 && !c.base.database_url)
		rc =
		    sg_error_set(&err, SG_ERR_INPUT, "--targets-query runs on --database (or $DATABASE_URL): give one");
	else if (rc == 0)
		rc = sg_fleet_targets_query(&c.targets, query, c.base.database_url, "schemagen migrate", timeout_s,
					    &err);
	size_t n = c.targets.count;
	if (rc == 0) {
		c.res = calloc(n, sizeof(*c.res));
		c.ev = calloc(n, sizeof(*c.ev));
		c.out.codes = calloc(n, sizeof(int));
		c.out.timed_out = calloc(n, sizeof(bool));
		c.out.stopped = calloc(n, sizeof(bool));
		c.out.elapsed_ms = calloc(n, sizeof(long));
		if (!c.res || !c.ev || !c.out.codes || !c.out.timed_out || !c.out.stopped || !c.out.elapsed_ms)
			rc = sg_error_set(&err, SG_ERR_SYSTEM, "out of memory");
	}
	if (rc == 0) {
		for (size_t i = 0; i < n; i++)
			c.ev[i] = (tev){&c, i};
		sg_interrupt_install();
		sg_fleet_config cfg = {
		    .count = n,
		    .jobs = jobs,
		    .timeout_ms = timeout_ms,
		    .keep_going = sg_cli_count(ctx->args, "keep-going") > 0,
		    .job = job,
		    .done = on_done,
		    .tick = on_tick,
		    .stop_requested = stop_requested,
		    .ud = &c,
		};
		rc = sg_fleet_run(&cfg, &c.out, &err);
		if (c.progress_shown)
			fputs("\r\033[K", stderr);
	}
	if (rc == 0) {
		for (size_t i = 0; i < n; i++)
			if (c.out.timed_out[i] && c.out.codes[i] > 0) {
				char *was = c.res[i].message;
				if (asprintf(&c.res[i].message, "timed out after %ld ms (--target-timeout): %s",
					     timeout_ms, was ? was : "cancelled") < 0)
					c.res[i].message = NULL;
				free(was);
			}
		code = summary(&c, now_ms() - started);
	} else {
		code = fail(&c, &err);
	}
	for (size_t i = 0; c.res && i < n; i++)
		free(c.res[i].message);
	for (size_t i = 0; i < c.nwarned; i++)
		free(c.warned[i]);
	free(c.warned);
	free(c.res);
	free(c.ev);
	free(c.out.codes);
	free(c.out.timed_out);
	free(c.out.stopped);
	free(c.out.elapsed_ms);
	sg_fleet_targets_release(&c.targets);
	sg_golang_keep_release(&c.keep);
	pthread_mutex_destroy(&c.mu);
	return code;
}
