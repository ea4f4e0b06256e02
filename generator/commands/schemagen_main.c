/*
 * `schemagen`: generate migrations from YAML models.  This file is only the
 * option and command tables; the work lives in the generator library.
 */
#include "cli.h"
#include "commands.h"

static const sg_cli_option options[] = {
    {"models", 'm', "DIR", "models directory (default 'models')", NULL, NULL},
    {"migrations", 'd', "DIR", "migrations directory (default 'migrations')", NULL, NULL},
    {"database", 0, "URL", "libpq URI or conninfo ($DATABASE_URL)", NULL, NULL},
    {"schema", 0, "NAME", "database schema to manage (default: the models' schema)", NULL, NULL},
    {"table", 0, "NAME", "the runner's tracking table, as given to 'migrate --table' (default 'schema_migrations')",
     NULL, NULL},
    {"format", 0, "FORMAT", "output format: text or json", NULL, NULL},
    {"color", 0, "WHEN", "colour: auto, always or never (auto honours NO_COLOR)", NULL, NULL},
    {"quiet", 'q', NULL, "print errors only", NULL, NULL},
    {"verbose", 'v', NULL, "print debugging detail", NULL, NULL},
    {"help", 'h', NULL, "show help and exit", NULL, NULL},
    {"version", 'V', NULL, "show the version and exit", NULL, NULL},
    {"write", 0, "NAME", "write the plan as the next numbered migration pair(s) named NAME", "diff", NULL},
    {"allow-destructive", 0, NULL, "allow a plan that loses data (drops, narrowing types)", "diff", NULL},
    {"online", 0, NULL, "lock-friendly forms: CONCURRENTLY, NOT VALID then VALIDATE", "diff", NULL},
    {"exit-code", 0, NULL, "exit 3 when there are differences", "diff", NULL},
    {"scratch-url", 0, "URL", "replay into a database created (and dropped) on this server instead of a throwaway one",
     "check", NULL},
    {"no-downs", 0, NULL, "do not verify that each down migration undoes its up", "check", NULL},
    {"output", 0, "FILE", "write the models into FILE (default: standard output; '-m DIR' writes DIR/schema.yaml)",
     "inspect", NULL},
    {"split", 0, NULL, "one file per table (TABLE.yaml, plus _schema.yaml) in '-m DIR' (default 'models')", "inspect",
     NULL},
    {"force", 0, NULL, "replace a non-empty output file or the *.yaml files of a non-empty models directory", "inspect",
     NULL},
};

static const sg_cli_command commands[] = {
    {"help", sg_cli_help_command, "[COMMAND]", "show help for the program or one command", 0, 1},
    {"diff", sg_cmd_diff, NULL, "compare the models with the database and print (or --write) the migration", 0, 0},
    {"check", sg_cmd_check, NULL,
     "replay migrations/ into a scratch database and compare with the models; exit 3 when they differ", 0, 0},
    {"inspect", sg_cmd_inspect, NULL,
     "write YAML models for an existing database (stdout, --output FILE, or -m DIR [--split])", 0, 0},
    {"validate", sg_cmd_validate, "", "check the models (no database needed); exit 2 on any error", 0, 0},
};

static const sg_cli_program program = {
    .name = "schemagen",
    .summary = "Generate reviewed PostgreSQL migrations from YAML models.",
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
