/*
 * The `schemagen` commands, one file each (cmd_*.c); schemagen_main.c holds
 * the command and option tables that dispatch to them.  Each returns the
 * process exit code (docs/design.md §7).
 */
#ifndef SG_COMMANDS_H
#define SG_COMMANDS_H

#include "cli.h"

int sg_cmd_diff(sg_cli_ctx *ctx);
int sg_cmd_validate(sg_cli_ctx *ctx);
int sg_cmd_check(sg_cli_ctx *ctx);
int sg_cmd_inspect(sg_cli_ctx *ctx);

#endif
