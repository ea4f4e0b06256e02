/*
 * What `migrate` needs to take golang-migrate's command lines as written
 * (docs/migrate.md, "Coming from golang-migrate"): the migrations directory
 * from `-d`, `-path` or `-source file://DIR`; `create`'s `-ext -dir -seq
 * -digits -format -tz` with Go's time layouts and time zones; and the
 * confirmation asked on a terminal before `down` without N and `drop`.
 * The flags themselves are rows of migrate's option table (migrate_main.c).
 */
#ifndef SG_GOLANG_CLI_H
#define SG_GOLANG_CLI_H

#include <stdbool.h>
#include <time.h>

#include "cli.h"
#include "files.h"
#include "log.h"
#include "schemagen/error.h"
#include "schemagen/migrate.h"
#include "url_options.h"

/*
 * The directory golang-migrate's file source URL names: `file://DIR`,
 * `file:///abs/DIR`, `file:DIR`, with %-escapes decoded; `file://` alone is
 * the current directory.  Another scheme is SG_ERR_INPUT naming what is
 * supported.  *out is malloc'd.
 */
int sg_golang_source_dir(char **out, const char *source, sg_error *err);

/*
 * The migrations directory the command line gives: `-d`/`--migrations`,
 * `-path` or `-source`.  *out is NULL (malloc'd otherwise) when none is
 * given; SG_ERR_INPUT when two of them name different directories.
 */
int sg_golang_migrations_dir(char **out, const sg_cli_args *args, sg_error *err);

/* What sg_golang_migrate_options() points opts to. */
typedef struct sg_golang_keep {
	char *dir;
	sg_url_options uo;
} sg_golang_keep;

/*
 * golang-migrate's side of migrate's options, into `opts` (whose table,
 * schema and statement timeout already hold our flags', or NULL / -1): the
 * migrations directory (-d, -path, -source), the database URL (--database,
 * else $DATABASE_URL) with its x- options taken out and merged with ours (a
 * contradiction is SG_ERR_INPUT), and -lock-timeout N as the bound of the
 * wait for the migration lock.  What is accepted to no effect (-prefetch,
 * x-multi-statement) is said at debug level.  `keep` owns the strings opts
 * then points to: release it after sg_migrate_new(), whatever this returns.
 */
int sg_golang_migrate_options(sg_migrate_options *opts, sg_golang_keep *keep, const sg_cli_args *args,
			      const sg_log *log, sg_error *err);
void sg_golang_keep_release(sg_golang_keep *keep);

/*
 * Format a time with a Go layout ("20060102150405", "2006-01-02", "unix" is
 * not a layout: see sg_golang_create_version).  `tm` is the broken-down time
 * in its zone, `nsec` its nanoseconds, `zone` the zone's abbreviation.  Every
 * element of Go's time.Format is understood; anything else is copied.  *out is
 * malloc'd.
 */
char *sg_golang_time_format(const char *layout, const struct tm *tm, long nsec, const char *zone);

/*
 * `t` broken down in time zone `tz` as Go's time.LoadLocation reads it: ""
 * and "UTC" are UTC, "Local" the machine's zone ($TZ honoured), anything else
 * an IANA name looked up in $ZONEINFO and the system's zoneinfo directories.
 * SG_ERR_INPUT for a zone that is not found.  `zone` (at least 16 bytes)
 * receives its abbreviation.
 */
int sg_golang_time_in(struct tm *out, char *zone, size_t zone_size, time_t t, const char *tz, sg_error *err);

/* golang-migrate's `create` flags. */
typedef struct sg_golang_create {
	bool given;	    /* any of them was given: `create` follows golang-migrate */
	const char *dir;    /* -dir, else NULL */
	bool seq;	    /* -seq */
	long digits;	    /* -digits, default 6 */
	const char *format; /* -format, default "20060102150405" */
	const char *tz;	    /* -tz, default "UTC" */
} sg_golang_create;

/*
 * Read `create`'s golang-migrate flags.  When any is given, -ext is required
 * and must be `sql` (the runner runs .sql files only); -seq excludes -format,
 * and -digits must be positive, as golang-migrate says (SG_ERR_INPUT).
 */
int sg_golang_create_options(sg_golang_create *out, const sg_cli_args *args, sg_error *err);

/*
 * The version of the pair `create` makes: with -seq, the newest version in
 * `set` plus one, zero-padded to -digits (refused when it needs more); else
 * `now` in -format and -tz (`unix`, `unixNano`: seconds, nanoseconds since
 * 1970).  Refused (SG_ERR_INPUT) when the result is not a version (digits)
 * or when a migration of `set` already has it.  *out is malloc'd.
 */
int sg_golang_create_version(char **out, const sg_golang_create *c, const sg_mfile_set *set, const struct timespec *now,
			     sg_error *err);

/*
 * Where `create` writes: -dir, else `given` (-d, -path, -source); else, for
 * golang-migrate's form, the current directory as there, and for ours
 * $MIGRATIONS_DIR or `migrations`.  Borrowed.
 */
const char *sg_golang_create_dir(const sg_golang_create *c, const char *given);

/*
 * The NAME of golang-migrate's `create`, kept as written when the runner can
 * read it back from the file name (no '/', not empty), else SG_ERR_INPUT.
 */
int sg_golang_check_name(const char *name, sg_error *err);

/*
 * Ask `question [y/N]` on stderr and read the answer on stdin: true for y or
 * yes (any case).  Only for a terminal: callers refuse first when stdin is
 * not one.
 */
bool sg_golang_confirm(const char *question);

#endif
