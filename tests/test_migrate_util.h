/*
 * Helpers shared by the migrate integration suites: scratch migration
 * directories and running the `migrate` executable ($SG_MIGRATE_EXE, set by
 * tests/meson.build) as a child process with its output captured.
 */
#ifndef SG_TEST_MIGRATE_UTIL_H
#define SG_TEST_MIGRATE_UTIL_H

#include <stdbool.h>
#include <sys/types.h>

#include "harness.h"

/* Per-test state of the migrate suites: a fresh database and a fresh migrations directory. */
typedef struct mt_fixture {
	sg_test_db *db;
	char *dir;
} mt_fixture;

/* cmocka per-test setup / teardown: *state becomes an mt_fixture. */
int mt_fixture_setup(void **state);
int mt_fixture_teardown(void **state);

/* A fresh empty directory under $TMPDIR; the caller frees the path after mt_rmdir(). */
char *mt_mkdir(void);
/* Remove a directory made by mt_mkdir and everything in it, and free the path. */
void mt_rmdir(char *dir);
/* Write (replace) dir/name with text; fails the test on error. */
void mt_write(const char *dir, const char *name, const char *text);
/* Remove dir/name. */
void mt_unlink(const char *dir, const char *name);

typedef struct mt_result {
	int code;  /* exit status, or 128 + signal */
	char *out; /* stdout, malloc'd */
	char *err; /* stderr, malloc'd */
} mt_result;

/*
 * Run `migrate --database URL -d DIR ARGS...` (NULL-terminated) and wait.
 * url or dir NULL leaves that option out.
 */
void mt_migrate(mt_result *r, const char *url, const char *dir, ...);
/* Run argv (argv[0] a path, NULL-terminated) and wait, output captured as mt_migrate does. */
void mt_run(mt_result *r, char *const *argv);
void mt_result_release(mt_result *r);

/* Start the same in the background; output goes to PREFIX.out / PREFIX.err. */
pid_t mt_spawn(const char *prefix, const char *url, const char *dir, ...);
/* Wait for a spawned child; returns its exit status (128 + signal when killed). */
int mt_wait(pid_t pid);
/* The contents of a file, malloc'd ("" when missing). */
char *mt_slurp(const char *path);

/* The number of rows `sql` returns, or the integer value of its single column. */
long mt_count(PGconn *conn, const char *sql);
/* Whether a relation named `name` exists (in any schema). */
bool mt_table_exists(PGconn *conn, const char *name);
/* Whether `haystack` contains `needle`; prints both on failure for the test log. */
bool mt_contains(const char *haystack, const char *needle);

/* Milliseconds on the monotonic clock. */
long mt_now_ms(void);

#endif
