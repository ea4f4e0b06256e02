/*
 * Unit tests of what `migrate` reads from golang-migrate's command lines
 * (no database): database URL options, -source URLs, Go time layouts and
 * time zones, and the versions of golang-migrate's `create`.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "golang_cli.h"
#include "url_options.h"

static void expect_url(const char *in, const char *url, const char *table, const char *schema, long timeout_ms)
{
	sg_url_options uo;
	sg_error err = {0};
	if (sg_url_options_parse(&uo, in, &err) != 0) {
		print_error("%s: %s\n", in, sg_error_message(&err));
		fail();
	}
	assert_string_equal(uo.url, url);
	if (table)
		assert_string_equal(uo.table, table);
	else
		assert_null(uo.table);
	if (schema)
		assert_string_equal(uo.schema, schema);
	else
		assert_null(uo.schema);
	assert_int_equal(uo.statement_timeout_ms, timeout_ms);
	sg_url_options_release(&uo);
}

static void expect_url_error(const char *in, const char *part)
{
	sg_url_options uo;
	sg_error err = {0};
	assert_int_equal(sg_url_options_parse(&uo, in, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	if (!strstr(sg_error_message(&err), part)) {
		print_error("%s: '%s' lacks '%s'\n", in, sg_error_message(&err), part);
		fail();
	}
	sg_error_clear(&err);
	sg_url_options_release(&uo);
}

static void test_golang__url_options(void **state)
{
	(void)state;
	/* golang-migrate's own options leave the URL; libpq's stay */
	expect_url("postgres://u:p@db:5432/app?sslmode=disable&x-migrations-table=my_migrations",
		   "postgres://u:p@db:5432/app?sslmode=disable", "my_migrations", NULL, -1);
	expect_url("postgres://db/app?x-migrations-table=%22migrate%22.%22ledger%22&x-migrations-table-quoted=1",
		   "postgres://db/app", "ledger", "migrate", -1);
	/* unquoted, a dot is part of the table's name, as golang-migrate quotes it whole */
	expect_url("postgres://db/app?x-migrations-table=a.b", "postgres://db/app", "a.b", NULL, -1);
	expect_url("pgx5://db/app?x-statement-timeout=5000&x-multi-statement=true", "postgresql://db/app", NULL, NULL,
		   5000);
	expect_url("pgx://db/app?x-statement-timeout=0", "postgresql://db/app", NULL, NULL, -1);
	/* what libpq does not know is a server setting, as lib/pq and pgx send it */
	expect_url("postgresql://db/app?search_path=App,public",
		   "postgresql://db/app?options=-c%20search_path%3DApp%2Cpublic", NULL, "app", -1);
	expect_url("postgres://db/app?search_path=%22%24user%22,%22Odd%20One%22",
		   "postgres://db/app?options=-c%20search_path%3D%22%24user%22%2C%22Odd%5C%20One%22", NULL, "Odd One",
		   -1);
	expect_url("postgres://db/app?options=-c%20work_mem%3D4MB&search_path=s&application_name=a+b",
		   "postgres://db/app?application_name=a%20b&options=-c%20work_mem%3D4MB%20-c%20search_path%3Ds", NULL,
		   "s", -1);
	/* a conninfo string is libpq's syntax, untouched */
	expect_url("host=/tmp dbname=x", "host=/tmp dbname=x", NULL, NULL, -1);
	expect_url("postgres://db/app", "postgres://db/app", NULL, NULL, -1);

	expect_url_error("mysql://db/app", "scheme 'mysql' is not PostgreSQL's");
	expect_url_error("postgres://db/app?x-foo=1&x-bar=2", "unknown option 'x-foo', 'x-bar' in the database URL");
	expect_url_error("postgres://db/app?x-migrations-table=t&x-migrations-table-quoted=true",
			 "x-migrations-table must be quoted");
	expect_url_error("postgres://db/app?x-migrations-table=%22a%22.%22b%22.%22c%22&x-migrations-table-quoted=1",
			 "too many dots");
	expect_url_error("postgres://db/app?x-statement-timeout=soon", "x-statement-timeout takes milliseconds");
	expect_url_error("postgres://db/app?x-multi-statement=maybe", "x-multi-statement takes true or false");
	expect_url_error("postgres://db/app?x-lock-strategy=table", "x-lock-strategy is not supported");
	expect_url_error("postgres://db/app?bad%zz=1", "bad %-escape");
	expect_url_error("postgres://db/app?no-such-thing!=1", "neither a libpq option nor a server setting");

	sg_url_options uo;
	sg_error err = {0};
	assert_int_equal(sg_url_options_parse(&uo, "postgres://db/app?x-multi-statement=true", &err), 0);
	assert_non_null(uo.notes);
	assert_non_null(strstr(uo.notes, "x-multi-statement has no effect"));
	sg_url_options_release(&uo);
}

static void expect_source(const char *in, const char *dir)
{
	char *out = NULL;
	sg_error err = {0};
	if (sg_golang_source_dir(&out, in, &err) != 0) {
		print_error("%s: %s\n", in, sg_error_message(&err));
		fail();
	}
	assert_string_equal(out, dir);
	free(out);
}

static void test_golang__source_urls(void **state)
{
	(void)state;
	expect_source("file://migrations", "migrations");
	expect_source("file://./db/migrations", "./db/migrations");
	expect_source("file:///abs/migrations", "/abs/migrations");
	expect_source("file:rel", "rel");
	expect_source("file://my%20dir", "my dir");
	expect_source("file://", ".");
	char *out = NULL;
	sg_error err = {0};
	assert_int_equal(sg_golang_source_dir(&out, "github://owner/repo/migrations", &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_non_null(strstr(sg_error_message(&err), "source 'github' is not supported"));
	sg_error_clear(&err);
}

static void test_golang__time_layouts(void **state)
{
	(void)state;
	/* Wednesday 2026-03-04 05:06:07.089 UTC */
	struct tm tm = {.tm_year = 126,
			.tm_mon = 2,
			.tm_mday = 4,
			.tm_hour = 5,
			.tm_min = 6,
			.tm_sec = 7,
			.tm_wday = 3,
			.tm_yday = 62};
	static const struct {
		const char *layout, *want;
	} cases[] = {
	    {"20060102150405", "20260304050607"},
	    {"2006-01-02T15:04:05.000Z07:00", "2026-03-04T05:06:07.089Z"},
	    {"Jan _2 3:4:5 PM Monday MST", "Mar  4 5:6:7 AM Wednesday UTC"},
	    {"002 __2 06 .999 ,000000", "063  63 26 .089 ,089000"},
	    {"_2006 1 2 03 pm -0700 -07:00 Z0700 January Mon", "_2026 3 4 05 am +0000 +00:00 Z March Wed"},
	    {"Janet Mondays", "Janet Wednesdays"}, /* Go reads "Monday" before its "Mon" rule */
	    {"200601021504", "202603040506"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = sg_golang_time_format(cases[i].layout, &tm, 89000000, "UTC");
		if (strcmp(got, cases[i].want) != 0) {
			print_error("layout '%s': '%s', expected '%s'\n", cases[i].layout, got, cases[i].want);
			fail();
		}
		free(got);
	}
}

static void test_golang__time_zones(void **state)
{
	(void)state;
	struct tm tm;
	char zone[64];
	sg_error err = {0};
	time_t t = 1772600767; /* 2026-03-04 05:06:07 UTC */
	assert_int_equal(sg_golang_time_in(&tm, zone, sizeof(zone), t, "UTC", &err), 0);
	assert_int_equal(tm.tm_hour, 5);
	assert_string_equal(zone, "UTC");
	assert_int_equal(sg_golang_time_in(&tm, zone, sizeof(zone), t, "Asia/Tokyo", &err), 0);
	assert_int_equal(tm.tm_hour, 14);
	assert_int_equal(tm.tm_gmtoff, 9 * 3600);
	assert_string_equal(zone, "JST");
	/* the process's own zone is left as it was */
	assert_int_equal(sg_golang_time_in(&tm, zone, sizeof(zone), t, "America/New_York", &err), 0);
	assert_int_equal(tm.tm_hour, 0);
	assert_string_equal(zone, "EST");
	assert_int_equal(sg_golang_time_in(&tm, zone, sizeof(zone), t, "Mars/Olympus", &err), -1);
	assert_non_null(strstr(sg_error_message(&err), "unknown time zone 'Mars/Olympus'"));
	sg_error_clear(&err);
	assert_int_equal(sg_golang_time_in(&tm, zone, sizeof(zone), t, "../../etc/passwd", &err), -1);
	sg_error_clear(&err);
}

static void make_set(sg_mfile_set *set, const char *const *names, size_t n)
{
	sg_error err = {0};
	assert_int_equal(sg_files_collect(set, names, n, &err), 0);
}

static void expect_version(const sg_golang_create *c, const sg_mfile_set *set, const struct timespec *now,
			   const char *want)
{
	char *got = NULL;
	sg_error err = {0};
	if (sg_golang_create_version(&got, c, set, now, &err) != 0) {
		print_error("%s\n", sg_error_message(&err));
		fail();
	}
	assert_string_equal(got, want);
	free(got);
}

static void expect_version_error(const sg_golang_create *c, const sg_mfile_set *set, const struct timespec *now,
				 const char *part)
{
	char *got = NULL;
	sg_error err = {0};
	assert_int_equal(sg_golang_create_version(&got, c, set, now, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	if (!strstr(sg_error_message(&err), part)) {
		print_error("'%s' lacks '%s'\n", sg_error_message(&err), part);
		fail();
	}
	sg_error_clear(&err);
}

static void test_golang__create_versions(void **state)
{
	(void)state;
	const char *names[] = {"0001_a.up.sql", "0002_b.up.sql", "20260304050607_c.up.sql"};
	sg_mfile_set seq = {0}, stamped = {0}, empty = {0};
	make_set(&seq, names, 2);
	make_set(&stamped, names + 2, 1);
	struct timespec now = {1772600767, 89000000};
	sg_golang_create c = {.given = true, .seq = true, .digits = 4, .format = "20060102150405", .tz = "UTC"};
	expect_version(&c, &seq, &now, "0003");
	expect_version(&c, &empty, &now, "0001");
	c.digits = 6;
	expect_version(&c, &seq, &now, "000003");
	c.digits = 1;
	expect_version_error(&c, &stamped, &now, "next sequence number 20260304050608 too large, at most 1 digits");
	c.seq = false;
	expect_version_error(&c, &stamped, &now, "duplicate migration version: 20260304050607");
	expect_version(&c, &seq, &now, "20260304050607");
	c.tz = "Asia/Tokyo";
	expect_version(&c, &seq, &now, "20260304140607");
	c.format = "unix";
	expect_version(&c, &seq, &now, "1772600767");
	c.format = "unixNano";
	expect_version(&c, &seq, &now, "1772600767089000000");
	c.format = "2006-01-02";
	expect_version_error(&c, &seq, &now, "-format '2006-01-02' gives version '2026-03-04', which is not");
	sg_files_set_release(&seq);
	sg_files_set_release(&stamped);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_golang__url_options),	    cmocka_unit_test(test_golang__source_urls),
	    cmocka_unit_test(test_golang__time_layouts),    cmocka_unit_test(test_golang__time_zones),
	    cmocka_unit_test(test_golang__create_versions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
