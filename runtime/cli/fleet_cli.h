/*
 * `migrate --targets FILE` / `--targets-query SQL`: up, down, goto, status,
 * version, validate and baseline over a fleet of databases or schemas
 * (docs/design.md §6, "Many databases").  migrate_cli.c hands a command here
 * when either option is given; the engine is runtime/fleet.c.
 */
#ifndef SG_FLEET_CLI_H
#define SG_FLEET_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "cli.h"

/* Whether the command line names targets (--targets or --targets-query). */
bool sg_fleet_cli_wanted(const sg_cli_ctx *ctx);

/*
 * Run the parsed command over every target and return the exit code: the
 * worst of the targets' (docs/design.md §7).  `arg` is the command's count
 * or version (-1 for down --all); `arg_error` a bad argument to report
 * (exit 2) before anything connects, or NULL.
 */
int sg_fleet_cli_run(sg_cli_ctx *ctx, int64_t arg, const char *arg_error);

#endif
