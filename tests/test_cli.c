/* Unit tests for the command-line parser and the logger. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "log.h"

static int run_nothing(sg_cli_ctx *ctx)
{
	(void)ctx;
	return 0;
}

static const sg_cli_option options[] = {
    {"database", 0, "URL", "database", NULL, "database"},
    {"migrations", 'd', "DIR", "dir", NULL, NULL},
    {"quiet", 'q', NULL, "quiet", NULL, NULL},
    {"verbose", 'v', NULL, "verbose", NULL, "verbose"},
    {"dry-run", 0, NULL, "dry run", "up down", NULL},
    {"all", 0, NULL, "all", "down", "all"},
    /* golang-migrate's flags: theirs alone, and theirs beside ours of the same name */
    {NULL, 0, "DIR", "path", NULL, "path"},
    {"lock-timeout", 0, "DURATION", "ours", NULL, NULL},
    {NULL, 0, "N", "theirs", NULL, "lock-timeout"},
    {"force", 'f', NULL, "force", "down", "f"},
    {"format", 0, "FORMAT", "ours", NULL, NULL},
    {NULL, 0, "LAYOUT", "theirs", "up", "format"},
    {NULL, 0, NULL, "seq", "up", "seq"},
};
static const sg_cli_command commands[] = {
    {"up", run_nothing, "[N]", "apply", 0, 1},
    {"down", run_nothing, "N", "revert", 0, 1},
    {"status", run_nothing, NULL, "status", 0, 0},
};
static const sg_cli_program program = {
    "migrate", "summary", "1.0", options, sizeof(options) / sizeof(options[0]), commands, 3, NULL,
};

/* Parse a NULL-terminated word list; returns the parse result code and fills args/err. */
static int parse(sg_cli_args *args, sg_error *err, const char *const *words)
{
	/* argv strings are writable in main(); give the parser writable copies too. */
	static char storage[32][128];
	char *argv[32];
	int argc = 0;
	snprintf(storage[argc], sizeof(storage[argc]), "migrate");
	argv[argc] = storage[argc];
	argc++;
	for (; *words; words++, argc++) {
		snprintf(storage[argc], sizeof(storage[argc]), "%s", *words);
		argv[argc] = storage[argc];
	}
	argv[argc] = NULL;
	return sg_cli_parse(args, &program, argc, argv, err);
}

static void test_cli__options_before_and_after_command(void **state)
{
	(void)state;
	sg_cli_args args;
	sg_error err = {0};
	const char *words[] = {"--database", "postgres://x", "up", "3", "-d", "m", "--dry-run", NULL};
	assert_int_equal(parse(&args, &err, words), 0);
	assert_string_equal(args.command->name, "up");
	assert_int_equal(args.npositional, 1);
	assert_string_equal(args.positional[0], "3");
	assert_string_equal(sg_cli_value(&args, "database"), "postgres://x");
	assert_string_equal(sg_cli_value(&args, "migrations"), "m");
	assert_int_equal(sg_cli_count(&args, "dry-run"), 1);
	assert_null(sg_cli_value(&args, "quiet"));
	sg_cli_args_release(&args);
}

static void test_cli__equals_and_short_clusters(void **state)
{
	(void)state;
	sg_cli_args args;
	sg_error err = {0};
	const char *words[] = {"status", "--database=host=/tmp port=1", "-qv", "-dmigs", NULL};
	assert_int_equal(parse(&args, &err, words), 0);
	assert_string_equal(sg_cli_value(&args, "database"), "host=/tmp port=1");
	assert_int_equal(sg_cli_count(&args, "quiet"), 1);
	assert_int_equal(sg_cli_count(&args, "verbose"), 1);
	assert_string_equal(sg_cli_value(&args, "migrations"), "migs");
	sg_cli_args_release(&args);
}

static void test_cli__double_dash_ends_options(void **state)
{
	(void)state;
	sg_cli_args args;
	sg_error err = {0};
	const char *words[] = {"down", "--", "-1", NULL};
	assert_int_equal(parse(&args, &err, words), 0);
	assert_string_equal(args.positional[0], "-1");
	sg_cli_args_release(&args);
}

static void expect_usage_error(const char *const *words, const char *message)
{
	sg_cli_args args;
	sg_error err = {0};
	assert_int_equal(parse(&args, &err, words), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_int_equal(sg_exit_code_for(err.kind), 2);
	assert_string_equal(sg_error_message(&err), message);
	sg_error_clear(&err);
	sg_cli_args_release(&args);
}

static void test_cli__usage_errors(void **state)
{
	(void)state;
	const char *unknown_long[] = {"up", "--bogus", NULL};
	expect_usage_error(unknown_long, "unknown option '--bogus' (see 'migrate --help')");
	const char *unknown_short[] = {"-x", "up", NULL};
	expect_usage_error(unknown_short, "unknown option '-x' (see 'migrate --help')");
	const char *unknown_cmd[] = {"sideways", NULL};
	expect_usage_error(unknown_cmd, "unknown command 'sideways' (see 'migrate --help')");
	const char *missing_value[] = {"up", "--database", NULL};
	expect_usage_error(missing_value, "option '--database' needs a value (URL)");
	const char *wrong_cmd[] = {"status", "--all", NULL};
	expect_usage_error(wrong_cmd, "option '--all' does not apply to 'status' (see 'migrate status --help')");
	const char *flag_value[] = {"up", "--dry-run=yes", NULL};
	expect_usage_error(flag_value, "option '--dry-run' is a flag: give it alone, or '--dry-run=true' / "
				       "'--dry-run=false'");
	const char *go_missing[] = {"up", "-path", NULL};
	expect_usage_error(go_missing, "option '-path' needs a value (DIR)");
	const char *go_bool[] = {"up", "-seq=maybe", NULL};
	expect_usage_error(go_bool, "option '-seq' is a flag: give it alone, or '-seq=true' / '-seq=false'");
	const char *go_scope[] = {"status", "-f", NULL};
	expect_usage_error(go_scope, "option '--force' does not apply to 'status' (see 'migrate status --help')");
	const char *go_scope2[] = {"down", "-seq", NULL};
	expect_usage_error(go_scope2, "option '-seq' does not apply to 'down' (see 'migrate down --help')");
	const char *go_unknown[] = {"up", "--bogus=1", NULL};
	expect_usage_error(go_unknown, "unknown option '--bogus' (see 'migrate --help')");
}

/*
 * golang-migrate's flags, as Go's flag package reads them, beside ours: one
 * row per command line, with what each option must hold afterwards (NULL:
 * absent, "" a flag that is set).
 */
static void test_cli__go_flag_syntax(void **state)
{
	(void)state;
	static const struct {
		const char *words[8];
		const char *command, *positional;
		const char *key[3], *value[3];
	} cases[] = {
	    {{"-path", "m", "-database", "postgres://x", "up", "2"},
	     "up",
	     "2",
	     {"-path", "database", "migrations"},
	     {"m", "postgres://x", NULL}},
	    {{"-path=m", "--database=postgres://x", "up"},
	     "up",
	     NULL,
	     {"-path", "database", NULL},
	     {"m", "postgres://x", NULL}},
	    {{"--path", "m", "up"}, "up", NULL, {"-path"}, {"m"}},
	    /* one dash is golang-migrate's -lock-timeout (seconds), two are ours */
	    {{"-lock-timeout", "15", "up"}, "up", NULL, {"-lock-timeout", "lock-timeout"}, {"15", NULL}},
	    {{"--lock-timeout", "15s", "up"}, "up", NULL, {"lock-timeout", "-lock-timeout"}, {"15s", NULL}},
	    {{"down", "-all"}, "down", NULL, {"all"}, {""}},
	    {{"down", "-all=true", "-all=false"}, "down", NULL, {"all"}, {NULL}},
	    {{"down", "-f"}, "down", NULL, {"force"}, {""}},
	    {{"down", "-f=true"}, "down", NULL, {"force"}, {""}},
	    {{"down", "--force"}, "down", NULL, {"force"}, {""}},
	    {{"-verbose", "up"}, "up", NULL, {"verbose"}, {""}},
	    /* a negative number is an argument (`force -1`) */
	    {{"down", "-1"}, "down", "-1", {"all"}, {NULL}},
	    /* our long names with one dash, Go's way; short clusters still work */
	    {{"-dry-run", "up"}, "up", NULL, {"dry-run", "migrations"}, {"", NULL}},
	    {{"-qv", "-dmigs", "up"}, "up", NULL, {"quiet", "verbose", "migrations"}, {"", "", "migs"}},
	    /* -format of up is golang-migrate's; given to a command it does not belong to, ours */
	    {{"up", "-format", "2006"}, "up", NULL, {"-format", "format"}, {"2006", NULL}},
	    {{"status", "-format", "json"}, "status", NULL, {"format", "-format"}, {"json", NULL}},
	    {{"up", "-seq"}, "up", NULL, {"-seq"}, {""}},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sg_cli_args args;
		sg_error err = {0};
		if (parse(&args, &err, cases[i].words) != 0) {
			print_error("case %zu: %s\n", i, sg_error_message(&err));
			fail();
		}
		assert_string_equal(args.command->name, cases[i].command);
		if (cases[i].positional) {
			assert_int_equal(args.npositional, 1);
			assert_string_equal(args.positional[0], cases[i].positional);
		} else {
			assert_int_equal(args.npositional, 0);
		}
		for (int k = 0; k < 3 && cases[i].key[k]; k++) {
			const char *got = sg_cli_value(&args, cases[i].key[k]);
			if (cases[i].value[k] == NULL ? got != NULL : !got || strcmp(got, cases[i].value[k]) != 0) {
				print_error("case %zu: option %s is '%s', expected '%s'\n", i, cases[i].key[k],
					    got ? got : "(absent)", cases[i].value[k] ? cases[i].value[k] : "(absent)");
				fail();
			}
		}
		sg_cli_args_release(&args);
	}
}

/* `--help` shows both spellings of an option golang-migrate has too. */
static void test_cli__help_shows_go_spellings(void **state)
{
	(void)state;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	sg_cli_print_help(f, &program, NULL);
	fclose(f);
	assert_non_null(strstr(text, "--database, -database URL"));
	assert_non_null(strstr(text, "-path DIR"));
	assert_non_null(strstr(text, "--lock-timeout DURATION"));
	assert_non_null(strstr(text, "-lock-timeout N"));
	assert_non_null(strstr(text, "-v, --verbose, -verbose"));
	free(text);
	f = open_memstream(&text, &len);
	sg_cli_print_help(f, &program, &commands[1]);
	fclose(f);
	assert_non_null(strstr(text, "--all, -all"));
	assert_non_null(strstr(text, "-f, --force"));
	free(text);
}

static void test_cli__help_lists_commands_and_options(void **state)
{
	(void)state;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	sg_cli_print_help(f, &program, NULL);
	fclose(f);
	assert_non_null(strstr(text, "usage: migrate [options] <command>"));
	assert_non_null(strstr(text, "up [N]"));
	assert_non_null(strstr(text, "-d, --migrations DIR"));
	assert_null(strstr(text, "--dry-run")); /* command options belong to the command's help */
	free(text);
	f = open_memstream(&text, &len);
	sg_cli_print_help(f, &program, &commands[1]);
	fclose(f);
	assert_non_null(strstr(text, "options of 'down':"));
	assert_non_null(strstr(text, "--all"));
	free(text);
}

static void test_log__levels_from_env_and_flags(void **state)
{
	(void)state;
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	sg_log log;
	setenv("LOG_LEVEL", "warn", 1);
	sg_log_init(&log, "prog", f, 0, 0);
	assert_int_equal(log.level, SG_LOG_WARN);
	sg_log_info(&log, "hidden");
	sg_log_warn(&log, "shown %d", 1);
	fflush(f);
	assert_string_equal(text, "prog: warn: shown 1\n");
	sg_log_init(&log, "prog", f, 0, 1);
	assert_int_equal(log.level, SG_LOG_DEBUG);
	sg_log_init(&log, "prog", f, 1, 0);
	assert_int_equal(log.level, SG_LOG_ERROR);
	setenv("LOG_LEVEL", "loud", 1);
	sg_log_init(&log, "prog", f, 0, 0);
	assert_int_equal(log.level, SG_LOG_INFO);
	fflush(f);
	assert_non_null(strstr(text, "ignoring LOG_LEVEL 'loud'"));
	unsetenv("LOG_LEVEL");
	fclose(f);
	free(text);
}

static void test_log__color_rules(void **state)
{
	(void)state;
	FILE *f = tmpfile(); /* never a terminal */
	unsetenv("NO_COLOR");
	assert_false(sg_color_wanted(SG_COLOR_AUTO, fileno(f)));
	assert_true(sg_color_wanted(SG_COLOR_ALWAYS, fileno(f)));
	assert_false(sg_color_wanted(SG_COLOR_NEVER, fileno(f)));
	setenv("NO_COLOR", "1", 1);
	assert_false(sg_color_wanted(SG_COLOR_AUTO, fileno(f)));
	unsetenv("NO_COLOR");
	fclose(f);
	sg_color_mode mode;
	assert_int_equal(sg_color_mode_parse("never", &mode), 0);
	assert_int_equal(mode, SG_COLOR_NEVER);
	assert_int_equal(sg_color_mode_parse("sometimes", &mode), -1);
	assert_string_equal(sg_paint_code(false, SG_PAINT_RED), "");
	assert_string_equal(sg_paint_code(true, SG_PAINT_RED), "\033[31m");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_cli__options_before_and_after_command),
	    cmocka_unit_test(test_cli__equals_and_short_clusters),
	    cmocka_unit_test(test_cli__double_dash_ends_options),
	    cmocka_unit_test(test_cli__usage_errors),
	    cmocka_unit_test(test_cli__go_flag_syntax),
	    cmocka_unit_test(test_cli__help_shows_go_spellings),
	    cmocka_unit_test(test_cli__help_lists_commands_and_options),
	    cmocka_unit_test(test_log__levels_from_env_and_flags),
	    cmocka_unit_test(test_log__color_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
