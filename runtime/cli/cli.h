/*
 * The command-line front end shared by `migrate` and `schemagen`: one option
 * table (global options, and options that belong to named commands), one
 * command table, help generated from both, and dispatch.  Options may come
 * before or after the command (`migrate --database X up` and `migrate up
 * --database X` both work); `--` ends option parsing.
 *
 * The same table carries golang-migrate's flags, parsed as Go's flag package
 * parses them (`-path DIR`, `-path=DIR`, `--path DIR`, `-seq`, `-seq=false`):
 * an option's `go` name.  A single-dash word is, in this order, a Go name
 * (`-database`, `-f`), one of our long names (`-dry-run` is `--dry-run`), or
 * a cluster of short options (`-qv`, `-dDIR`).  A word that is `-` and a
 * digit (`-1`) is an argument, not an option.
 */
#ifndef SG_CLI_H
#define SG_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "log.h"
#include "schemagen/error.h"

typedef struct sg_cli_option {
	/*
	 * Long name (`--name`), without the dashes; NULL for a flag that is
	 * golang-migrate's alone and whose name means something else to us
	 * (`-format` of `create`): sg_cli_value() then names it "-GO".
	 */
	const char *name;
	char short_name; /* 0 for none */
	const char *arg; /* placeholder for the value ("URL"), or NULL for a flag */
	const char *help;
	const char *commands; /* NULL for a global option, else space-separated command names */
	const char *go;	      /* golang-migrate's flag name, in Go's flag syntax; NULL for none */
} sg_cli_option;

struct sg_cli_ctx;

typedef struct sg_cli_command {
	const char *name;
	int (*run)(struct sg_cli_ctx *ctx); /* returns the process exit code */
	const char *args;		    /* positional arguments for the usage line, e.g. "[N]" */
	const char *summary;
	int min_args, max_args; /* positional arguments after the command name */
} sg_cli_command;

typedef struct sg_cli_program {
	const char *name;
	const char *summary;
	const char *version;
	const sg_cli_option *options;
	int noptions;
	const sg_cli_command *commands;
	int ncommands;
	const char *epilog; /* printed at the end of the program's help; may be NULL */
} sg_cli_program;

/* What parsing found.  Values are borrowed from argv; arrays are owned. */
typedef struct sg_cli_args {
	const sg_cli_program *program;
	const sg_cli_command *command; /* NULL when none was given */
	const char **values;	       /* per option: the last value given, "" for a flag, NULL if absent */
	int *counts;		       /* per option: how many times it was given */
	const char **positional;       /* arguments after the command name */
	int npositional;
} sg_cli_args;

typedef struct sg_cli_ctx {
	const sg_cli_args *args;
	sg_log log;
	sg_color_mode color; /* from --color; sg_color_wanted() decides per stream */
} sg_cli_ctx;

/*
 * Parse argv (argv[0] is skipped).  On bad usage returns -1 with err set
 * (SG_ERR_INPUT, a one-line message); `out` must then still be released.
 */
int sg_cli_parse(sg_cli_args *out, const sg_cli_program *prog, int argc, char **argv, sg_error *err);
void sg_cli_args_release(sg_cli_args *args);

/*
 * The value of option `name` (last one given), "" for a present flag, NULL when
 * absent.  `name` is the long name, or "-GO" for an option without one.
 */
const char *sg_cli_value(const sg_cli_args *args, const char *name);
/* How many times option `name` was given (for -v -v, or a present flag). */
int sg_cli_count(const sg_cli_args *args, const char *name);

/* Help for the program (cmd == NULL) or one command, generated from the tables. */
void sg_cli_print_help(FILE *out, const sg_cli_program *prog, const sg_cli_command *cmd);

/*
 * The whole front end: parse, answer --help / --version / `help CMD`, build
 * the logger from -q / -v / --color / LOG_LEVEL, run the command, and return
 * the exit code.  Usage errors print one line and give SG_EXIT_USAGE.
 */
int sg_cli_main(const sg_cli_program *prog, int argc, char **argv);

/* The `help [COMMAND]` command every program has: prints the generated help on stdout. */
int sg_cli_help_command(sg_cli_ctx *ctx);

#endif
