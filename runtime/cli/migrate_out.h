/*
 * What every `migrate` command shares (migrate_out.c): the output of a run
 * (text lines on stderr, or JSON lines on stdout), the error that ends a
 * command turned into its exit code, and the runner opened from the parsed
 * options.  The commands are migrate_cli.c (those that change versions),
 * migrate_show.c (status, version, history, validate) and migrate_create.c.
 */
#ifndef SG_MIGRATE_OUT_H
#define SG_MIGRATE_OUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "cli.h"
#include "schemagen/migrate.h"
#include "strbuf.h"

/* One command's output: what it prints, and what the runner's events counted. */
typedef struct sg_mout {
	sg_cli_ctx *ctx;
	bool json; /* --format json */
	int applied, reverted, marked, unmarked, planned, problems;
	long started_ms;    /* for -verbose's "finished after" */
	int64_t accept[64]; /* --accept-edit */
	/* The lines after the first of the last FAILED event (the server's QUERY and CONTEXT): printed under the error.
	 */
	char fail_lines[4096];
} sg_mout;

/*
 * A JSON line: sg_mout_json_start opens `{"event":NAME` in an empty builder,
 * the others append one member (`key` and the value escaped as RFC 8259
 * says), sg_mout_json_print closes it and prints it on stdout.
 */
void sg_mout_json_start(sg_strbuf *sb, const char *event);
void sg_mout_json_key(sg_strbuf *sb, const char *key);
void sg_mout_json_str(sg_strbuf *sb, const char *key, const char *value);
void sg_mout_json_int(sg_strbuf *sb, const char *key, int64_t value);
void sg_mout_json_bool(sg_strbuf *sb, const char *key, bool value);
/*
 * Close the object, write the line on `out` and release sb.  -1, writing
 * nothing, when the builder ran out of memory (a truncated line would read as
 * a whole event); -1 when the write fails.
 */
int sg_mout_json_write(FILE *out, sg_strbuf *sb);
/* sg_mout_json_write on stdout; when it fails, one line on stderr and exit (SG_EXIT_DB). */
void sg_mout_json_print(sg_strbuf *sb);

/* Report err (stderr, and an "error" JSON line with --format json), clear it, return its exit code. */
int sg_mout_fail(sg_mout *o, sg_error *err);
/* A non-negative whole number in `text` (SG_ERR_INPUT naming `what` otherwise). */
int sg_mout_parse_count(const char *text, const char *what, int64_t *value, sg_error *err);
/* Milliseconds on the monotonic clock. */
long sg_mout_now_ms(void);
/* --format: text or json into o->json; SG_ERR_INPUT for anything else. */
int sg_mout_read_format(sg_mout *o, sg_error *err);
/*
 * Build the runner's options from the command line (timeouts, golang-migrate's
 * flags, --dry-run, --accept-edit...) and the runner, its events printed
 * through o, and route SIGINT/SIGTERM to it.  -1 with err set and *m NULL on
 * failure; sg_mout_close_runner frees it.
 */
int sg_mout_open_runner(sg_migrate **m, sg_mout *o, sg_error *err);
/* Stop routing signals to m, then free it.  Accepts NULL. */
void sg_mout_close_runner(sg_migrate *m);

#endif
