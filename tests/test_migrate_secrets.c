/*
 * Integration tests of `migrate` and `schemagen` (issue 11, item 4): no
 * message shows a password, whichever way it was given (URL, conninfo,
 * PGPASSWORD, a password file) and whatever went wrong (every error libpq
 * reports while parsing a URL or a conninfo string, a failed connection,
 * `--wait` retries), in text, in JSON and at -v.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "redact.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown

/* Every password below holds this; no other text of a message does. */
#define SECRET "Zx7pSECRETq"

/* Run migrate (and schemagen diff) on `url` in every output mode; the secret must appear nowhere. */
static void never_shown(fixture *f, const char *url, int expected_code)
{
	const char *modes[][5] = {
	    {"up", NULL},
	    {"-v", "up", NULL},
	    {"--format", "json", "up", NULL},
	    {"-v", "--format", "json", "status", NULL},
	    {"--wait", "300ms", "-v", "up", NULL},
	};
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		mt_result r;
		mt_migrate(&r, url, f->dir, modes[i][0], modes[i][1], modes[i][2], modes[i][3], NULL);
		if (strstr(r.out, "SECRET") || strstr(r.err, "SECRET"))
			fail_msg("the password shows for %s (mode %zu):\nstdout: %s\nstderr: %s", url, i, r.out, r.err);
		if ((expected_code >= 0 && r.code != expected_code) || r.code == 0)
			fail_msg("%s (mode %zu): exit %d, expected %d; stderr: %s", url, i, r.code, expected_code,
				 r.err);
		if (r.err[0] == '\0' && r.out[0] == '\0')
			fail_msg("%s (mode %zu): no message at all", url, i);
		mt_result_release(&r);
	}
	const char *schemagen = getenv("SG_SCHEMAGEN_EXE");
	if (!schemagen || !schemagen[0])
		fail_msg("SG_SCHEMAGEN_EXE is not set (tests/meson.build sets it)");
	char *argv[] = {(char *)(uintptr_t)schemagen,
			(char *)(uintptr_t) "--database",
			(char *)(uintptr_t)url,
			(char *)(uintptr_t) "-m",
			f->dir,
			(char *)(uintptr_t) "diff",
			NULL};
	mt_result r;
	mt_run(&r, argv);
	if (strstr(r.out, "SECRET") || strstr(r.err, "SECRET"))
		fail_msg("schemagen shows the password for %s:\nstdout: %s\nstderr: %s", url, r.out, r.err);
	mt_result_release(&r);
}

/* Every error libpq reports while parsing a URL, with the password in the URL. */
static void test_migrate_secrets__url_parse_errors(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	static const char *const urls[] = {
	    "postgresql://u:" SECRET "%zz@localhost/db",	     /* invalid percent-encoded token */
	    "postgresql://u:" SECRET "%4@localhost/db",		     /* a '%' cut short */
	    "postgresql://u:" SECRET "%00@localhost/db",	     /* forbidden %00 */
	    "postgres://u:" SECRET "@[::1/db",			     /* no matching ']' */
	    "postgresql://u:" SECRET "@[]/db",			     /* empty IPv6 address */
	    "postgresql://u:" SECRET "@[::1]x/db",		     /* unexpected character */
	    "postgresql://u:" SECRET "@h/db?password=" SECRET "%zz", /* the query's password */
	    "postgresql://u:p@h/db?password=" SECRET "=x",	     /* extra '=' in the password's value */
	    "postgresql://u:" SECRET "@h/db?a=b=c",		     /* extra '=' elsewhere */
	    "postgresql://u:" SECRET "@h/db?sslmode",		     /* missing '=' */
	    "postgresql://u:" SECRET "@h/db?nosuchoption=1",	     /* invalid query parameter */
	    "postgresql://u:" SECRET "@h/d%zzb",		     /* bad escape in the database name */
	    "postgresql://u:" SECRET "@h%zz/db",		     /* bad escape in the host */
	    "postgresql://u%zz:" SECRET "@h/db",		     /* bad escape in the user */
	    "pgx5://u:" SECRET "%zz@h/db",			     /* golang-migrate's pgx scheme */
	    "postgres://u:" SECRET "@h/db?x-statement-timeout=abc",  /* golang-migrate's options */
	};
	/*
	 * Exit 2 for most; golang-migrate's URL handling (url_options.c) passes
	 * some on re-escaped (an extra '=' in a value), which then fail to
	 * connect (exit 1).
	 */
	for (size_t i = 0; i < sizeof(urls) / sizeof(urls[0]); i++)
		never_shown(f, urls[i], -1);
}

/* Every error libpq reports while parsing a key=value string, with the password in it. */
static void test_migrate_secrets__conninfo_parse_errors(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	static const char *const strings[] = {
	    "host=localhost password='" SECRET,			 /* unterminated quote */
	    "host=localhost password=" SECRET "a " SECRET "b",	 /* a space in an unquoted password */
	    "host=localhost password=" SECRET " nosuchoption=1", /* invalid option after it */
	    "host=localhost nosuchoption=1 password=" SECRET,	 /* invalid option before it */
	    "host=localhost password = " SECRET " port",	 /* missing '=' after a keyword */
	    "password=x\\ " SECRET " port=",			 /* an escaped space, then an empty port */
	    "dbname='postgresql://u:" SECRET "@[::1/db'",	 /* a connection string inside dbname */
	    "host=localhost password=" SECRET " port=notaport",	 /* a bad value for another option */
	    "host=localhost password=" SECRET " sslmode=bogus",	 /* a bad sslmode */
	};
	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++)
		never_shown(f, strings[i], -1);
}

/* The connection itself fails: no server there, the password in each place libpq takes it from. */
static void test_migrate_secrets__connection_failures(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	never_shown(f, "postgresql://u:" SECRET "@127.0.0.1:1/db", 1);
	never_shown(f, "host=127.0.0.1 port=1 user=u password=" SECRET, 1);
	never_shown(f, "postgresql://u:" SECRET "@nohost.invalid/db", 1);
	/* The server is there, but the role is not: its message names the role only. */
	char url[1024];
	snprintf(url, sizeof(url), "%s user=nosuchrole password=" SECRET, f->db->url);
	never_shown(f, url, 1);
	setenv("PGPASSWORD", SECRET, 1);
	never_shown(f, "postgresql://u@127.0.0.1:1/db", 1);
	unsetenv("PGPASSWORD");
	char passfile[512];
	snprintf(passfile, sizeof(passfile), "%s/pgpass", f->dir);
	mt_write(f->dir, "pgpass", "*:*:*:*:" SECRET "\n");
	setenv("PGPASSFILE", passfile, 1);
	never_shown(f, "postgresql://u@127.0.0.1:1/db", 1);
	unsetenv("PGPASSFILE");
}

/* The redaction itself: where the passwords are, and that nothing else changes. */
static void test_migrate_secrets__redacted_copies(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
	} cases[] = {
	    {"postgresql://u:pw%zz@h/db", "postgresql://u:" SG_REDACTED "@h/db"},
	    {"postgres://u@h/db", "postgres://u@h/db"},
	    {"postgresql://h/db?user=u&password=p%41ss&sslmode=off",
	     "postgresql://h/db?user=u&password=" SG_REDACTED "&sslmode=off"},
	    {"postgresql://u:a@b@h/db", "postgresql://u:" SG_REDACTED "@b@h/db"},
	    {"host=h password='a b\\'c' user=u", "host=h password=" SG_REDACTED " user=u"},
	    {"host=h password=ab cd", "host=h password=" SG_REDACTED " " SG_REDACTED},
	    {"dbname='postgres://u:pw@h/db' user=x", "dbname='postgres://u:" SG_REDACTED "@h/db' user=x"},
	    {"mydb", "mydb"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = sg_redact_target(cases[i].in);
		assert_non_null(got);
		assert_string_equal(got, cases[i].out);
		free(got);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_secrets__url_parse_errors, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_secrets__conninfo_parse_errors, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_secrets__connection_failures, setup, teardown),
	    cmocka_unit_test(test_migrate_secrets__redacted_copies),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
