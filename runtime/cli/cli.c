/*
 * sg_cli: argument parsing, generated help and command dispatch.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "schemagen/exit.h"

/* The option whose long name (`--name`) is name[0..len). */
static int find_long(const sg_cli_program *prog, const char *name, size_t len)
{
	for (int i = 0; i < prog->noptions; i++) {
		const char *n = prog->options[i].name;
		if (n && strlen(n) == len && strncmp(n, name, len) == 0)
			return i;
	}
	return -1;
}

/* The option whose golang-migrate name is name[0..len). */
static int find_go(const sg_cli_program *prog, const char *name, size_t len)
{
	for (int i = 0; i < prog->noptions; i++) {
		const char *g = prog->options[i].go;
		if (g && strlen(g) == len && strncmp(g, name, len) == 0)
			return i;
	}
	return -1;
}

static int find_short(const sg_cli_program *prog, char c)
{
	for (int i = 0; i < prog->noptions; i++)
		if (prog->options[i].short_name && prog->options[i].short_name == c)
			return i;
	return -1;
}

static const sg_cli_command *find_command(const sg_cli_program *prog, const char *name)
{
	for (int i = 0; i < prog->ncommands; i++)
		if (strcmp(prog->commands[i].name, name) == 0)
			return &prog->commands[i];
	return NULL;
}

/* Whether the space-separated list `commands` names `name`. */
static bool list_has(const char *commands, const char *name)
{
	size_t len = strlen(name);
	for (const char *p = commands; *p;) {
		size_t n = strcspn(p, " ");
		if (n == len && strncmp(p, name, len) == 0)
			return true;
		p += n;
		p += strspn(p, " ");
	}
	return false;
}

/* How an option is named in messages: our long name, or golang-migrate's for a flag of theirs alone. */
static void option_label(char *buf, size_t size, const sg_cli_option *o)
{
	if (o->name)
		snprintf(buf, size, "--%s", o->name);
	else
		snprintf(buf, size, "-%s", o->go);
}

static bool applies(const sg_cli_option *o, const sg_cli_command *cmd)
{
	return !o->commands || (cmd && list_has(o->commands, cmd->name));
}

/* Go's strconv.ParseBool: 1 for true, 0 for false, -1 for anything else. */
static int parse_go_bool(const char *s)
{
	static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
	static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcmp(s, yes[i]) == 0)
			return 1;
		if (strcmp(s, no[i]) == 0)
			return 0;
	}
	return -1;
}

/*
 * Record option `idx`, spelled `spelling` (for messages: "--path", "-seq"),
 * with the text after its '=' in `eq` (NULL when there was none); a value
 * without '=' is the next word, as Go's flag package and getopt both read it.
 */
static int take_option(sg_cli_args *out, const sg_cli_program *prog, int idx, const char *spelling, const char *eq,
		       int argc, char **argv, int *i, sg_error *err)
{
	const sg_cli_option *o = &prog->options[idx];
	if (o->arg) {
		if (eq)
			out->values[idx] = eq;
		else if (*i + 1 < argc)
			out->values[idx] = argv[++*i];
		else
			return sg_error_set(err, SG_ERR_INPUT, "option '%s' needs a value (%s)", spelling, o->arg);
		out->counts[idx]++;
		return 0;
	}
	/* A flag: alone, or `=true` / `=false` as Go writes booleans. */
	int on = eq ? parse_go_bool(eq) : 1;
	if (on < 0)
		return sg_error_set(err, SG_ERR_INPUT,
				    "option '%s' is a flag: give it alone, or '%s=true' / '%s=false'", spelling,
				    spelling, spelling);
	if (on) {
		out->values[idx] = "";
		out->counts[idx]++;
	} else {
		out->values[idx] = NULL;
		out->counts[idx] = 0;
	}
	return 0;
}

/* A cluster of short options: -qv, -dDIR, -d DIR. */
static int take_shorts(sg_cli_args *out, const sg_cli_program *prog, const char *a, int argc, char **argv, int *i,
		       sg_error *err)
{
	for (const char *p = a + 1; *p; p++) {
		int idx = find_short(prog, *p);
		if (idx < 0)
			return sg_error_set(err, SG_ERR_INPUT, "unknown option '-%c' (see '%s --help')", *p,
					    prog->name);
		const sg_cli_option *o = &prog->options[idx];
		out->counts[idx]++;
		if (!o->arg) {
			out->values[idx] = "";
			continue;
		}
		if (p[1])
			out->values[idx] = p + 1;
		else if (*i + 1 < argc)
			out->values[idx] = argv[++*i];
		else
			return sg_error_set(err, SG_ERR_INPUT, "option '-%c' needs a value (%s)", *p, o->arg);
		break;
	}
	return 0;
}

/* One word that starts with '-' (not "-", "--" or a negative number). */
static int take_word(sg_cli_args *out, const sg_cli_program *prog, const char *a, int argc, char **argv, int *i,
		     sg_error *err)
{
	bool dashes = a[1] == '-';
	const char *name = a + (dashes ? 2 : 1);
	const char *eq = strchr(name, '=');
	size_t len = eq ? (size_t)(eq - name) : strlen(name);
	int idx;
	if (dashes) {
		idx = find_long(prog, name, len);
		if (idx < 0)
			idx = find_go(prog, name, len);
		if (idx < 0)
			return sg_error_set(err, SG_ERR_INPUT, "unknown option '--%.*s' (see '%s --help')", (int)len,
					    name, prog->name);
	} else {
		/* golang-migrate's names first (`-database`, `-f`), then ours in Go's style (`-dry-run`). */
		idx = find_go(prog, name, len);
		if (idx < 0 && len > 1)
			idx = find_long(prog, name, len);
		if (idx < 0)
			return take_shorts(out, prog, a, argc, argv, i, err);
	}
	char spelling[96];
	snprintf(spelling, sizeof(spelling), "%s%.*s", dashes ? "--" : "-", (int)len, name);
	return take_option(out, prog, idx, spelling, eq ? eq + 1 : NULL, argc, argv, i, err);
}

/*
 * A golang-migrate flag given to a command it does not belong to, whose name
 * is also one of our long options that does belong there (`status -format
 * json`), means ours.
 */
static void move_to_ours(sg_cli_args *out, const sg_cli_program *prog, int idx)
{
	const sg_cli_option *o = &prog->options[idx];
	if (o->name || !o->go)
		return;
	int ours = find_long(prog, o->go, strlen(o->go));
	if (ours < 0 || !applies(&prog->options[ours], out->command) ||
	    (prog->options[ours].arg == NULL) != (o->arg == NULL))
		return;
	out->values[ours] = out->values[idx];
	out->counts[ours] += out->counts[idx];
	out->values[idx] = NULL;
	out->counts[idx] = 0;
}

int sg_cli_parse(sg_cli_args *out, const sg_cli_program *prog, int argc, char **argv, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	out->program = prog;
	out->values = calloc((size_t)prog->noptions + 1, sizeof(*out->values));
	out->counts = calloc((size_t)prog->noptions + 1, sizeof(*out->counts));
	out->positional = calloc((size_t)argc + 1, sizeof(*out->positional));
	if (!out->values || !out->counts || !out->positional)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");

	const char **words = calloc((size_t)argc + 1, sizeof(*words));
	int nwords = 0;
	if (!words)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	bool options_done = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		/* `-1` is a number (`force -1`): no option name starts with a digit. */
		if (options_done || a[0] != '-' || a[1] == '\0' || (a[1] >= '0' && a[1] <= '9')) {
			words[nwords++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			options_done = true;
			continue;
		}
		if (take_word(out, prog, a, argc, argv, &i, err) != 0) {
			free(words);
			return -1;
		}
	}

	if (nwords > 0) {
		out->command = find_command(prog, words[0]);
		if (!out->command) {
			int rc = sg_error_set(err, SG_ERR_INPUT, "unknown command '%s' (see '%s --help')", words[0],
					      prog->name);
			free(words);
			return rc;
		}
		for (int i = 1; i < nwords; i++)
			out->positional[out->npositional++] = words[i];
	}
	free(words);

	for (int i = 0; i < prog->noptions; i++) {
		const sg_cli_option *o = &prog->options[i];
		if (!out->counts[i] || applies(o, out->command))
			continue;
		move_to_ours(out, prog, i);
		if (!out->counts[i])
			continue;
		char label[128];
		option_label(label, sizeof(label), o);
		if (!out->command)
			return sg_error_set(err, SG_ERR_INPUT, "option '%s' needs a command (see '%s --help')", label,
					    prog->name);
		return sg_error_set(err, SG_ERR_INPUT, "option '%s' does not apply to '%s' (see '%s %s --help')", label,
				    out->command->name, prog->name, out->command->name);
	}
	return 0;
}

void sg_cli_args_release(sg_cli_args *args)
{
	free(args->values);
	free(args->counts);
	free(args->positional);
	memset(args, 0, sizeof(*args));
}

static int option_index(const sg_cli_args *args, const char *name)
{
	int idx = -1;
	if (name[0] == '-') {
		for (int i = 0; i < args->program->noptions && idx < 0; i++) {
			const sg_cli_option *o = &args->program->options[i];
			if (!o->name && o->go && strcmp(o->go, name + 1) == 0)
				idx = i;
		}
	} else {
		idx = find_long(args->program, name, strlen(name));
	}
	/* Asking for an option the table does not have is a programming mistake. */
	if (idx < 0) {
		fprintf(stderr, "internal error: no option '%s' in %s's table\n", name, args->program->name);
		abort();
	}
	return idx;
}

const char *sg_cli_value(const sg_cli_args *args, const char *name)
{
	return args->values[option_index(args, name)];
}

int sg_cli_count(const sg_cli_args *args, const char *name)
{
	return args->counts[option_index(args, name)];
}

/* Every spelling of an option: `-d, --migrations DIR`, `--database, -database URL`, `-path DIR`. */
static void print_option(FILE *out, const sg_cli_option *o)
{
	char left[96];
	int n;
	bool go_is_short = o->go && o->short_name && o->go[0] == o->short_name && !o->go[1];
	if (!o->name)
		n = snprintf(left, sizeof(left), "    -%s", o->go);
	else if (o->short_name)
		n = snprintf(left, sizeof(left), "-%c, --%s", o->short_name, o->name);
	else
		n = snprintf(left, sizeof(left), "    --%s", o->name);
	if (o->name && o->go && !go_is_short && n >= 0 && (size_t)n < sizeof(left))
		n += snprintf(left + n, sizeof(left) - (size_t)n, ", -%s", o->go);
	if (o->arg && n >= 0 && (size_t)n < sizeof(left))
		snprintf(left + n, sizeof(left) - (size_t)n, " %s", o->arg);
	if (strlen(left) > 26)
		fprintf(out, "  %s\n  %-26s  %s\n", left, "", o->help);
	else
		fprintf(out, "  %-26s  %s\n", left, o->help);
}

void sg_cli_print_help(FILE *out, const sg_cli_program *prog, const sg_cli_command *cmd)
{
	if (cmd) {
		fprintf(out, "usage: %s %s%s%s [options]\n\n%s\n", prog->name, cmd->name, cmd->args ? " " : "",
			cmd->args ? cmd->args : "", cmd->summary);
		bool any = false;
		for (int i = 0; i < prog->noptions; i++) {
			const sg_cli_option *o = &prog->options[i];
			if (o->commands && list_has(o->commands, cmd->name)) {
				if (!any)
					fprintf(out, "\noptions of '%s':\n", cmd->name);
				any = true;
				print_option(out, o);
			}
		}
		fprintf(out, "\nglobal options:\n");
		for (int i = 0; i < prog->noptions; i++)
			if (!prog->options[i].commands)
				print_option(out, &prog->options[i]);
		return;
	}
	fprintf(out, "usage: %s [options] <command> [arguments]\n\n%s\n\ncommands:\n", prog->name, prog->summary);
	for (int i = 0; i < prog->ncommands; i++) {
		const sg_cli_command *c = &prog->commands[i];
		char left[64];
		snprintf(left, sizeof(left), "%s%s%s", c->name, c->args ? " " : "", c->args ? c->args : "");
		fprintf(out, "  %-18s  %s\n", left, c->summary);
	}
	fprintf(out, "\nglobal options:\n");
	for (int i = 0; i < prog->noptions; i++)
		if (!prog->options[i].commands)
			print_option(out, &prog->options[i]);
	fprintf(out, "\nRun '%s <command> --help' for a command's own options.\n", prog->name);
	fprintf(out, "Exit codes: 0 ok, 1 database failure, 2 bad usage or input, 3 differences or pending,\n"
		     "4 refused for safety.\n");
	if (prog->epilog)
		fprintf(out, "\n%s\n", prog->epilog);
}

static bool has_option(const sg_cli_program *prog, const char *name)
{
	return find_long(prog, name, strlen(name)) >= 0;
}

int sg_cli_main(const sg_cli_program *prog, int argc, char **argv)
{
	sg_cli_args args;
	sg_error err = {0};
	sg_log early;
	sg_log_init(&early, prog->name, stderr, 0, 0);
	int rc = sg_cli_parse(&args, prog, argc, argv, &err);
	if (rc != 0) {
		sg_log_sg_error(&early, &err);
		int code = sg_exit_code_for(err.kind);
		sg_error_clear(&err);
		sg_cli_args_release(&args);
		return code;
	}

	int code = SG_EXIT_OK;
	if (has_option(prog, "version") && sg_cli_count(&args, "version")) {
		printf("%s %s\n", prog->name, prog->version);
		goto done;
	}
	if (has_option(prog, "help") && sg_cli_count(&args, "help")) {
		sg_cli_print_help(stdout, prog, args.command);
		goto done;
	}
	if (!args.command) {
		sg_cli_print_help(stderr, prog, NULL);
		code = SG_EXIT_USAGE;
		goto done;
	}
	if (args.npositional < args.command->min_args || args.npositional > args.command->max_args) {
		if (args.command->max_args == 0)
			sg_log_error(&early, "'%s' takes no arguments (see '%s %s --help')", args.command->name,
				     prog->name, args.command->name);
		else
			sg_log_error(&early, "usage: %s %s %s", prog->name, args.command->name,
				     args.command->args ? args.command->args : "");
		code = SG_EXIT_USAGE;
		goto done;
	}

	sg_cli_ctx ctx = {.args = &args, .color = SG_COLOR_AUTO};
	if (has_option(prog, "color") && sg_cli_value(&args, "color") &&
	    sg_color_mode_parse(sg_cli_value(&args, "color"), &ctx.color) != 0) {
		sg_log_error(&early, "option '--color' takes auto, always or never, not '%s'",
			     sg_cli_value(&args, "color"));
		code = SG_EXIT_USAGE;
		goto done;
	}
	int quiet = has_option(prog, "quiet") ? sg_cli_count(&args, "quiet") : 0;
	int verbose = has_option(prog, "verbose") ? sg_cli_count(&args, "verbose") : 0;
	sg_log_init(&ctx.log, prog->name, stderr, quiet, verbose);
	ctx.log.color = sg_color_wanted(ctx.color, STDERR_FILENO);
	code = args.command->run(&ctx);

done:
	sg_cli_args_release(&args);
	return code;
}

int sg_cli_help_command(sg_cli_ctx *ctx)
{
	const sg_cli_program *prog = ctx->args->program;
	if (ctx->args->npositional == 0) {
		sg_cli_print_help(stdout, prog, NULL);
		return SG_EXIT_OK;
	}
	const sg_cli_command *cmd = find_command(prog, ctx->args->positional[0]);
	if (!cmd) {
		sg_log_error(&ctx->log, "unknown command '%s' (see '%s --help')", ctx->args->positional[0], prog->name);
		return SG_EXIT_USAGE;
	}
	sg_cli_print_help(stdout, prog, cmd);
	return SG_EXIT_OK;
}
