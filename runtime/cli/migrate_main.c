/*
 * `migrate`: the deploy-time migration runner.  This file is only the option
 * and command tables; the commands live in migrate_cli.c, migrate_show.c and
 * migrate_create.c (migrate_out.h), and the work in the runtime library.
 */
#include "cli.h"
#include "migrate_cli.h"

/* The commands that run over --targets / --targets-query (cli/fleet_cli.c). */
#define FLEET_COMMANDS "up down goto status version validate baseline"

/*
 * golang-migrate's flags are rows here too (the last column: their name, read
 * in Go's flag syntax); a row without a long name is theirs alone, read with
 * sg_cli_value(args, "-NAME").
 */
static const sg_cli_option options[] = {
    {"migrations", 'd', "DIR", "migrations directory ($MIGRATIONS_DIR, default 'migrations')", NULL, NULL},
    {NULL, 0, "DIR", "golang-migrate's spelling of -d DIR", NULL, "path"},
    {NULL, 0, "URL", "golang-migrate's file://DIR, the same as -d DIR (the only source driver)", NULL, "source"},
    {"database", 0, "URL", "libpq URI or conninfo ($DATABASE_URL); golang-migrate's x- options are read", NULL,
     "database"},
    {"table", 0, "NAME", "tracking table (default 'schema_migrations')", NULL, NULL},
    {"schema", 0, "NAME", "schema of the tracking table (default: the URL's search_path, else 'public')", NULL, NULL},
    {"lock-timeout", 0, "DURATION",
     "give up waiting for locks after DURATION (e.g. 30s): the migration lock, and "
     "lock_timeout in each migration",
     NULL, NULL},
    {NULL, 0, "N", "golang-migrate's: wait at most N seconds for the migration lock (only for it)", NULL,
     "lock-timeout"},
    {"statement-timeout", 0, "DURATION", "cancel any statement running longer than DURATION", NULL, NULL},
    {"wait", 0, "DURATION", "retry connecting until the server accepts, up to DURATION", NULL, NULL},
    {"format", 0, "FORMAT", "output format: text or json (one object per line)", NULL, NULL},
    {"color", 0, "WHEN", "colour: auto, always or never (auto honours NO_COLOR)", NULL, NULL},
    {"quiet", 'q', NULL, "print errors only", NULL, NULL},
    {"verbose", 'v', NULL, "print debugging detail and how long the run took", NULL, "verbose"},
    {NULL, 0, "N", "golang-migrate's: accepted, no effect (every file runs only after all were read and checked)", NULL,
     "prefetch"},
    {"help", 'h', NULL, "show help and exit", NULL, "help"},
    {"version", 'V', NULL, "show the version and exit", NULL, "version"},
    {"dry-run", 'n', NULL, "show what would run or be recorded, change nothing",
     "up down goto redo force baseline drop", NULL},
    {"allow-out-of-order", 0, NULL, "apply pending files older than the newest applied one", "up goto validate", NULL},
    {"atomic", 0, NULL, "apply every pending migration in one transaction: all or nothing", "up", NULL},
    {"all", 0, NULL, "revert every applied migration", "down", "all"},
    {"accept-edit", 0, "V[,V...]", "record the edited file of applied version V as applied (logged in the history)",
     "up goto redo", NULL},
    {"exit-code", 0, NULL, "exit 3 when migrations are pending, 4 when a version is dirty or a file was edited",
     "status", NULL},
    {"targets", 0, "FILE",
     "run over every target in FILE: a URL or conninfo per line (over --database), optional name=LABEL and "
     "schema=NAME first",
     FLEET_COMMANDS, NULL},
    {"targets-query", 0, "SQL",
     "run over what SQL returns on --database: columns datname (databases), nspname (schemas) or url, and name",
     FLEET_COMMANDS, NULL},
    {"jobs", 'j', "N", "with --targets: at most N targets at once, one connection each (default 4)", FLEET_COMMANDS,
     NULL},
    {"target-timeout", 0, "DURATION", "with --targets: cancel a target still running after DURATION", FLEET_COMMANDS,
     NULL},
    {"keep-going", 0, NULL, "with --targets: start the other targets after one fails (default: start no more)",
     FLEET_COMMANDS, NULL},
    {"force", 'f', NULL, "drop without asking", "drop", "f"},
    {NULL, 0, "EXT", "golang-migrate's create: file extension, required with its other flags (sql)", "create", "ext"},
    {NULL, 0, "DIR", "golang-migrate's create: directory of the pair (default: -d, else the current one)", "create",
     "dir"},
    {NULL, 0, NULL, "golang-migrate's create: the newest version plus one, -digits wide", "create", "seq"},
    {NULL, 0, "N", "golang-migrate's create: digits of a -seq version (default 6)", "create", "digits"},
    {NULL, 0, "LAYOUT",
     "golang-migrate's create: timestamp version as a Go time layout (default 20060102150405), "
     "or unix, unixNano",
     "create", "format"},
    {NULL, 0, "TZ", "golang-migrate's create: time zone of the timestamp (default UTC)", "create", "tz"},
};

static const sg_cli_command commands[] = {
    {"up", sg_migrate_cmd_up, "[N]", "apply pending migrations (at most N)", 0, 1},
    {"down", sg_migrate_cmd_down, "[N] | --all",
     "revert the newest N applied migrations; without N, all of them once confirmed on a terminal", 0, 1},
    {"goto", sg_migrate_cmd_goto, "V", "apply or revert until V is the newest applied version", 1, 1},
    {"redo", sg_migrate_cmd_redo, NULL, "revert the newest applied migration and apply it again", 0, 0},
    {"status", sg_migrate_cmd_status, NULL, "list every migration and its state", 0, 0},
    {"version", sg_migrate_cmd_version, NULL, "print the newest applied version", 0, 0},
    {"history", sg_migrate_cmd_history, NULL, "print the log of every up, down, force and baseline", 0, 0},
    {"validate", sg_migrate_cmd_validate, NULL, "check files, checksums and the file set against the database", 0, 0},
    {"force", sg_migrate_cmd_force, "V",
     "declare V applied and clean, and every later version not applied (0 or -1: none)", 1, 1},
    {"baseline", sg_migrate_cmd_baseline, "[V]",
     "record files up to V as applied without running them; adopts golang-migrate's table", 0, 1},
    {"create", sg_migrate_cmd_create, "NAME",
     "create the next empty up/down pair (or golang-migrate's: -ext sql [-dir D] [-seq]...)", 1, 1},
    {"drop", sg_migrate_cmd_drop, NULL,
     "drop every object in the schema migrations work in, once confirmed on a terminal (or -f)", 0, 0},
    {"help", sg_cli_help_command, "[COMMAND]", "show help for the program or one command", 0, 1},
};

static const sg_cli_program program = {
    .name = "migrate",
    .summary = "Apply versioned SQL migrations to PostgreSQL, safely and exactly once.",
    .version = SG_VERSION,
    .options = options,
    .noptions = sizeof(options) / sizeof(options[0]),
    .commands = commands,
    .ncommands = sizeof(commands) / sizeof(commands[0]),
    .epilog = "golang-migrate's command lines work as written: 'migrate -path DIR -database URL up',\n"
	      "'-source file://DIR', 'down -all', 'drop -f', 'force -1', 'create -ext sql -dir DIR -seq NAME'.\n"
	      "Progress and messages go to stderr; version, status, history and --format json print on stdout.\n"
	      "The migration lock is a session-level advisory lock; see the README for its key.\n"
	      "SIGINT and SIGTERM cancel the running statement, roll back and exit 1.",
};

int main(int argc, char **argv)
{
	return sg_cli_main(&program, argc, argv);
}
