/*
 * sg_cli: argument parsing, generated help and command dispatch.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "schemagen/exit.h"

static int find_long(const sg_cli_program *prog, const char *name, size_t len)
{
	for (int i = 0; i < prog->noptions; i++)
		if (strlen(prog->options[i].name) == len && strncmp(prog->options[i].name, name, len) == 0)
			return i;
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

static void option_label(char *buf, size_t size, const sg_cli_option *o)
{
	snprintf(buf, size, "--%s", o->name);
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
		if (options_done || a[0] != '-' || a[1] == '\0') {
			words[nwords++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			options_done = true;
			continue;
		}
		if (a[1] == '-') {
			const char *name = a + 2;
			const char *eq = strchr(name, '=');
			size_t len = eq ? (size_t)(eq - name) : strlen(name);
			int idx = find_long(prog, name, len);
			if (idx < 0) {
				free(words);
				return sg_error_set(err, SG_ERR_INPUT, "unknown option '--%.*s' (see '%s --help')",
						    (int)len, name, prog->name);
			}
			const sg_cli_option *o = &prog->options[idx];
			if (o->arg) {
				if (eq) {
					out->values[idx] = eq + 1;
				} else if (i + 1 < argc) {
					out->values[idx] = argv[++i];
				} else {
					free(words);
					return sg_error_set(err, SG_ERR_INPUT, "option '--%s' needs a value (%s)",
							    o->name, o->arg);
				}
			} else {
				if (eq) {
					free(words);
					return sg_error_set(err, SG_ERR_INPUT, "option '--%s' takes no value", o->name);
				}
				out->values[idx] = "";
			}
			out->counts[idx]++;
			continue;
		}
		/* A cluster of short options: -qv, -dDIR, -d DIR. */
		for (const char *p = a + 1; *p; p++) {
			int idx = find_short(prog, *p);
			if (idx < 0) {
				free(words);
				return sg_error_set(err, SG_ERR_INPUT, "unknown option '-%c' (see '%s --help')", *p,
						    prog->name);
			}
			const sg_cli_option *o = &prog->options[idx];
			out->counts[idx]++;
			if (!o->arg) {
				out->values[idx] = "";
				continue;
			}
			if (p[1]) {
				out->values[idx] = p + 1;
			} else if (i + 1 < argc) {
				out->values[idx] = argv[++i];
			} else {
				free(words);
				return sg_error_set(err, SG_ERR_INPUT, "option '-%c' needs a value (%s)", *p, o->arg);
			}
			break;
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
		if (!out->counts[i] || !o->commands)
			continue;
		if (!out->command || !list_has(o->commands, out->command->name)) {
			char label[128];
			option_label(label, sizeof(label), o);
			if (!out->command)
				return sg_error_set(err, SG_ERR_INPUT, "option '%s' needs a command (see '%s --help')",
						    label, prog->name);
			return sg_error_set(err, SG_ERR_INPUT, "option '%s' does not apply to '%s' (see '%s %s --help')",
					    label, out->command->name, prog->name, out->command->name);
		}
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
	int idx = find_long(args->program, name, strlen(name));
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

static void print_option(FILE *out, const sg_cli_option *o)
{
	char left[96];
	int n;
	if (o->short_name)
		n = snprintf(left, sizeof(left), "-%c, --%s", o->short_name, o->name);
	else
		n = snprintf(left, sizeof(left), "    --%s", o->name);
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
	sg_error err = { 0 };
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

	sg_cli_ctx ctx = { .args = &args, .color = SG_COLOR_AUTO };
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
		sg_log_error(&ctx->log, "unknown command '%s' (see '%s --help')", ctx->args->positional[0],
			     prog->name);
		return SG_EXIT_USAGE;
	}
	sg_cli_print_help(stdout, prog, cmd);
	return SG_EXIT_OK;
}
