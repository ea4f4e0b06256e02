/*
 * The `migrate` command's commands: they read the parsed options, call the
 * runner library (schemagen/migrate.h) and print its events as text or as
 * JSON lines.  migrate_main.c holds the option and command tables, migrate_out.h
 * what the commands share (output, errors, the runner opened from the options).
 */
#ifndef SG_MIGRATE_CLI_H
#define SG_MIGRATE_CLI_H

#include "cli.h"

int sg_migrate_cmd_up(sg_cli_ctx *ctx);
int sg_migrate_cmd_down(sg_cli_ctx *ctx);
int sg_migrate_cmd_goto(sg_cli_ctx *ctx);
int sg_migrate_cmd_redo(sg_cli_ctx *ctx);
int sg_migrate_cmd_status(sg_cli_ctx *ctx);
int sg_migrate_cmd_version(sg_cli_ctx *ctx);
int sg_migrate_cmd_history(sg_cli_ctx *ctx);
int sg_migrate_cmd_validate(sg_cli_ctx *ctx);
int sg_migrate_cmd_force(sg_cli_ctx *ctx);
int sg_migrate_cmd_baseline(sg_cli_ctx *ctx);
int sg_migrate_cmd_create(sg_cli_ctx *ctx);
int sg_migrate_cmd_drop(sg_cli_ctx *ctx);

#endif
