/*
 * `migrate`: the deploy-time migration runner.  This file is only the option
 * and command tables; the work lives in the runtime library.
 */
#include "cli.h"

static const sg_cli_option options[] = {
	{ "migrations", 'd', "DIR", "migrations directory ($MIGRATIONS_DIR, default 'migrations')", NULL },
	{ "database", 0, "URL", "libpq URI or conninfo ($DATABASE_URL)", NULL },
	{ "table", 0, "NAME", "tracking table (default 'schema_migrations')", NULL },
	{ "schema", 0, "NAME", "schema of the tracking table (default 'public')", NULL },
	{ "lock-timeout", 0, "DURATION", "give up waiting for locks after DURATION (e.g. 30s)", NULL },
	{ "statement-timeout", 0, "DURATION", "cancel any statement running longer than DURATION", NULL },
	{ "wait", 0, "DURATION", "retry connecting until the server accepts, up to DURATION", NULL },
	{ "format", 0, "FORMAT", "output format: text or json", NULL },
	{ "color", 0, "WHEN", "colour: auto, always or never (auto honours NO_COLOR)", NULL },
	{ "quiet", 'q', NULL, "print errors only", NULL },
	{ "verbose", 'v', NULL, "print debugging detail", NULL },
	{ "help", 'h', NULL, "show help and exit", NULL },
	{ "version", 'V', NULL, "show the version and exit", NULL },
};

static const sg_cli_command commands[] = {
	{ "help", sg_cli_help_command, "[COMMAND]", "show help for the program or one command", 0, 1 },
};

static const sg_cli_program program = {
	.name = "migrate",
	.summary = "Apply versioned SQL migrations to PostgreSQL, safely and exactly once.",
	.version = SG_VERSION,
	.options = options,
	.noptions = sizeof(options) / sizeof(options[0]),
	.commands = commands,
	.ncommands = sizeof(commands) / sizeof(commands[0]),
	.epilog = NULL,
};

int main(int argc, char **argv)
{
	return sg_cli_main(&program, argc, argv);
}
