/*
 * golang-migrate's command-line conventions, as its CLI (internal/cli) and
 * its file source driver read them; the facts followed are named where they
 * are used.
 */
#include "golang_cli.h"

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "redact.h"
#include "strbuf.h"

/* ---- the migrations directory ---- */

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int sg_golang_source_dir(char **out, const char *source, sg_error *err)
{
	*out = NULL;
	const char *colon = strchr(source, ':');
	if (!colon || (size_t)(colon - source) != 4 || strncasecmp(source, "file", 4) != 0) {
		int n = colon ? (int)(colon - source) : (int)strlen(source);
		return sg_error_set(err, SG_ERR_INPUT,
				    "source '%.*s' is not supported: migrate reads migrations from a directory, "
				    "given as -source file://DIR, -path DIR or -d DIR",
				    n, source);
	}
	/* Go's url.Parse: file://HOST/PATH gives HOST + PATH, file:PATH an opaque PATH. */
	const char *p = colon + 1;
	if (strncmp(p, "//", 2) == 0)
		p += 2;
	sg_strbuf sb = SG_STRBUF_INIT;
	for (; *p && *p != '?' && *p != '#'; p++) {
		int hi, lo;
		if (*p == '%' && (hi = hexval(p[1])) >= 0 && (lo = hexval(p[2])) >= 0 && (hi || lo)) {
			sg_strbuf_addch(&sb, (char)(hi * 16 + lo));
			p += 2;
		} else if (*p == '%') {
			sg_strbuf_release(&sb);
			return sg_error_set(err, SG_ERR_INPUT, "source '%s' has a bad %%-escape", source);
		} else {
			sg_strbuf_addch(&sb, *p);
		}
	}
	/* An empty path is the current directory, as golang-migrate reads it. */
	if (sb.len == 0)
		sg_strbuf_addch(&sb, '.');
	*out = sg_strbuf_detach(&sb, NULL);
	return *out ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
}

/* "dir/" and "dir" are one directory. */
static bool same_dir(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	while (la > 1 && a[la - 1] == '/')
		la--;
	while (lb > 1 && b[lb - 1] == '/')
		lb--;
	return la == lb && strncmp(a, b, la) == 0;
}

int sg_golang_migrations_dir(char **out, const sg_cli_args *args, sg_error *err)
{
	*out = NULL;
	const char *given[3] = {sg_cli_value(args, "migrations"), sg_cli_value(args, "-path"), NULL};
	const char *labels[3] = {"-d", "-path", "-source"};
	char *from_source = NULL;
	const char *source = sg_cli_value(args, "-source");
	if (source && sg_golang_source_dir(&from_source, source, err) != 0)
		return -1;
	given[2] = from_source;
	const char *dir = NULL;
	int which = -1;
	for (int i = 0; i < 3; i++) {
		if (!given[i])
			continue;
		if (dir && !same_dir(dir, given[i])) {
			int rc = sg_error_set(err, SG_ERR_INPUT,
					      "%s '%s' and %s '%s' name different migrations directories: give one",
					      labels[which], dir, labels[i], given[i]);
			free(from_source);
			return rc;
		}
		if (!dir) {
			dir = given[i];
			which = i;
		}
	}
	if (dir && !(*out = strdup(dir))) {
		free(from_source);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	free(from_source);
	return 0;
}

/* ---- migrate's options ---- */

/* Go's strconv.ParseUint(s, 10, ...) for golang-migrate's N flags. */
static int parse_uint(const char *text, const char *flag, long *value, sg_error *err)
{
	char *end = NULL;
	errno = 0;
	long v = text[0] >= '0' && text[0] <= '9' ? strtol(text, &end, 10) : -1;
	if (v < 0 || *end || errno || v > INT32_MAX / 1000)
		return sg_error_set(err, SG_ERR_INPUT, "%s takes a whole number, not '%s'", flag, text);
	*value = v;
	return 0;
}

/* The URL's table, schema and statement timeout, under --table, --schema and --statement-timeout. */
static int merge_url(sg_migrate_options *opts, const sg_url_options *uo, sg_error *err)
{
	opts->database_url = uo->url;
	if (opts->table && uo->table && strcmp(opts->table, uo->table) != 0)
		return sg_error_set(err, SG_ERR_INPUT,
				    "--table '%s' and the database URL's x-migrations-table '%s' disagree: give one",
				    opts->table, uo->table);
	if (opts->schema && uo->schema && uo->schema_from_table && strcmp(opts->schema, uo->schema) != 0)
		return sg_error_set(
		    err, SG_ERR_INPUT,
		    "--schema '%s' and the database URL's x-migrations-table schema '%s' disagree: give "
		    "one",
		    opts->schema, uo->schema);
	if (!opts->table)
		opts->table = uo->table;
	if (!opts->schema)
		opts->schema = uo->schema;
	if (uo->statement_timeout_ms > 0) {
		if (opts->statement_timeout_ms >= 0 && opts->statement_timeout_ms != uo->statement_timeout_ms)
			return sg_error_set(err, SG_ERR_INPUT,
					    "--statement-timeout and the database URL's x-statement-timeout disagree: "
					    "give one");
		opts->statement_timeout_ms = uo->statement_timeout_ms;
	}
	return 0;
}

int sg_golang_migrate_options(sg_migrate_options *opts, sg_golang_keep *keep, const sg_cli_args *args,
			      const sg_log *log, sg_error *err)
{
	memset(keep, 0, sizeof(*keep));
	keep->uo.statement_timeout_ms = -1;
	const char *go_lt = sg_cli_value(args, "-lock-timeout"), *prefetch = sg_cli_value(args, "-prefetch");
	long n = 0;
	/* golang-migrate's -lock-timeout N bounds the wait for the migration lock, and nothing else. */
	if (go_lt && parse_uint(go_lt, "-lock-timeout", &n, err) != 0)
		return -1;
	if (go_lt)
		opts->lock_wait_ms = n * 1000;
	if (prefetch && parse_uint(prefetch, "-prefetch", &n, err) != 0)
		return -1;
	if (prefetch)
		sg_log_debug(log, "-prefetch has no effect: every pending file is read and checked before the first "
				  "one runs");
	if (sg_golang_migrations_dir(&keep->dir, args, err) != 0)
		return -1;
	opts->migrations_dir = keep->dir;
	opts->table = sg_cli_value(args, "table");
	opts->schema = sg_cli_value(args, "schema");
	const char *url = sg_cli_value(args, "database");
	if (!url || !url[0])
		url = getenv("DATABASE_URL");
	if (!url || !url[0])
		return 0;
	if (sg_url_options_parse(&keep->uo, url, err) != 0 || merge_url(opts, &keep->uo, err) != 0) {
		sg_redact_error(err, url); /* no password in a message (docs/migrate.md) */
		return -1;
	}
	for (const char *p = keep->uo.notes; p && *p;) {
		size_t len = strcspn(p, "\n");
		sg_log_debug(log, "%.*s", (int)len, p);
		p += len + (p[len] == '\n');
	}
	return 0;
}

void sg_golang_keep_release(sg_golang_keep *keep)
{
	free(keep->dir);
	sg_url_options_release(&keep->uo);
	keep->dir = NULL;
}

/* ---- Go's time layouts (time/format.go) ---- */

static const char *const long_months[] = {"January", "February", "March",     "April",	 "May",	     "June",
					  "July",    "August",	 "September", "October", "November", "December"};
static const char *const long_days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

static bool starts_lower(const char *s)
{
	return *s >= 'a' && *s <= 'z';
}

/* Append a numeric zone offset: sign, hours, then minutes and seconds as the element asks. */
static void add_offset(sg_strbuf *sb, long off, bool colon, bool minutes, bool seconds)
{
	sg_strbuf_addch(sb, off < 0 ? '-' : '+');
	long a = off < 0 ? -off : off;
	sg_strbuf_addf(sb, "%02ld", a / 3600);
	if (minutes)
		sg_strbuf_addf(sb, "%s%02ld", colon ? ":" : "", a / 60 % 60);
	if (seconds)
		sg_strbuf_addf(sb, "%s%02ld", colon ? ":" : "", a % 60);
}

/*
 * One element of a Go layout at `p`, appended to sb; returns its length, or 0
 * when `p` starts no element (the caller copies one byte).
 */
static size_t format_element(sg_strbuf *sb, const char *p, const struct tm *tm, long nsec, const char *zone)
{
	int hour12 = tm->tm_hour % 12 == 0 ? 12 : tm->tm_hour % 12;
	long off = tm->tm_gmtoff;
	switch (*p) {
	case 'J':
		if (strncmp(p, "January", 7) == 0) {
			sg_strbuf_adds(sb, long_months[tm->tm_mon]);
			return 7;
		}
		if (strncmp(p, "Jan", 3) == 0 && !starts_lower(p + 3)) {
			sg_strbuf_addf(sb, "%.3s", long_months[tm->tm_mon]);
			return 3;
		}
		return 0;
	case 'M':
		if (strncmp(p, "Monday", 6) == 0) {
			sg_strbuf_adds(sb, long_days[tm->tm_wday]);
			return 6;
		}
		if (strncmp(p, "Mon", 3) == 0 && !starts_lower(p + 3)) {
			sg_strbuf_addf(sb, "%.3s", long_days[tm->tm_wday]);
			return 3;
		}
		if (strncmp(p, "MST", 3) == 0) {
			sg_strbuf_adds(sb, zone);
			return 3;
		}
		return 0;
	case '0':
		if (p[1] >= '1' && p[1] <= '6') {
			int v[] = {tm->tm_mon + 1, tm->tm_mday, hour12, tm->tm_min, tm->tm_sec, tm->tm_year % 100};
			sg_strbuf_addf(sb, "%02d", v[p[1] - '1']);
			return 2;
		}
		if (p[1] == '0' && p[2] == '2') {
			sg_strbuf_addf(sb, "%03d", tm->tm_yday + 1);
			return 3;
		}
		return 0;
	case '1':
		if (p[1] == '5') {
			sg_strbuf_addf(sb, "%02d", tm->tm_hour);
			return 2;
		}
		sg_strbuf_addf(sb, "%d", tm->tm_mon + 1);
		return 1;
	case '2':
		if (strncmp(p, "2006", 4) == 0) {
			sg_strbuf_addf(sb, "%04d", tm->tm_year + 1900);
			return 4;
		}
		sg_strbuf_addf(sb, "%d", tm->tm_mday);
		return 1;
	case '_':
		if (p[1] == '2' && strncmp(p + 1, "2006", 4) != 0) {
			sg_strbuf_addf(sb, "%2d", tm->tm_mday);
			return 2;
		}
		if (p[1] == '_' && p[2] == '2') {
			sg_strbuf_addf(sb, "%3d", tm->tm_yday + 1);
			return 3;
		}
		return 0; /* `_2006` is a literal '_' then the year */
	case '3':
		sg_strbuf_addf(sb, "%d", hour12);
		return 1;
	case '4':
		sg_strbuf_addf(sb, "%d", tm->tm_min);
		return 1;
	case '5':
		sg_strbuf_addf(sb, "%d", tm->tm_sec);
		return 1;
	case 'P':
	case 'p':
		if (p[1] == (*p == 'P' ? 'M' : 'm')) {
			sg_strbuf_adds(sb, tm->tm_hour < 12 ? (*p == 'P' ? "AM" : "am") : (*p == 'P' ? "PM" : "pm"));
			return 2;
		}
		return 0;
	case '-':
	case 'Z': {
		static const struct {
			const char *text;
			bool colon, minutes, seconds;
		} forms[] = {
		    {"070000", false, true, true}, {"07:00:00", true, true, true}, {"0700", false, true, false},
		    {"07:00", true, true, false},  {"07", false, false, false},
		};
		for (size_t i = 0; i < sizeof(forms) / sizeof(forms[0]); i++) {
			size_t n = strlen(forms[i].text);
			if (strncmp(p + 1, forms[i].text, n) != 0)
				continue;
			if (*p == 'Z' && off == 0)
				sg_strbuf_addch(sb, 'Z');
			else
				add_offset(sb, off, forms[i].colon, forms[i].minutes, forms[i].seconds);
			return n + 1;
		}
		return 0;
	}
	case '.':
	case ',':
		if (p[1] == '0' || p[1] == '9') {
			size_t n = 1;
			while (p[1 + n] == p[1])
				n++;
			if (p[1 + n] >= '0' && p[1 + n] <= '9')
				return 0;
			char digits[16];
			snprintf(digits, sizeof(digits), "%09ld", nsec);
			size_t keep = n > 9 ? 9 : n;
			if (p[1] == '9') {
				while (keep > 0 && digits[keep - 1] == '0')
					keep--;
				if (keep == 0)
					return n + 1;
			}
			sg_strbuf_addf(sb, "%c%.*s", *p, (int)keep, digits);
			return n + 1;
		}
		return 0;
	default:
		return 0;
	}
}

char *sg_golang_time_format(const char *layout, const struct tm *tm, long nsec, const char *zone)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	for (const char *p = layout; *p;) {
		size_t n = format_element(&sb, p, tm, nsec, zone);
		if (n == 0)
			sg_strbuf_addch(&sb, *p++);
		else
			p += n;
	}
	return sg_strbuf_detach(&sb, NULL);
}

/* The zoneinfo file for `name`, where Go's time.LoadLocation looks on Unix; NULL when none. */
static char *find_zone(const char *name)
{
	const char *env = getenv("ZONEINFO");
	const char *dirs[] = {env && env[0] ? env : NULL, "/usr/share/zoneinfo", "/usr/share/lib/zoneinfo",
			      "/usr/lib/locale/TZ", "/etc/zoneinfo"};
	for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
		if (!dirs[i])
			continue;
		sg_strbuf path = SG_STRBUF_INIT;
		sg_strbuf_addf(&path, "%s/%s", dirs[i], name);
		struct stat st;
		if (stat(path.data, &st) == 0 && S_ISREG(st.st_mode))
			return sg_strbuf_detach(&path, NULL);
		sg_strbuf_release(&path);
	}
	return NULL;
}

int sg_golang_time_in(struct tm *out, char *zone, size_t zone_size, time_t t, const char *tz, sg_error *err)
{
	if (!tz[0] || strcmp(tz, "UTC") == 0) {
		gmtime_r(&t, out);
		out->tm_gmtoff = 0;
		snprintf(zone, zone_size, "UTC");
		return 0;
	}
	if (strcmp(tz, "Local") == 0) {
		localtime_r(&t, out);
		snprintf(zone, zone_size, "%s", out->tm_zone ? out->tm_zone : "");
		return 0;
	}
	/* Go refuses names that climb out of the zoneinfo directory. */
	char *file = tz[0] == '/' || tz[0] == '\\' || strstr(tz, "..") ? NULL : find_zone(tz);
	if (!file)
		return sg_error_set(err, SG_ERR_INPUT,
				    "unknown time zone '%s' (-tz takes UTC, Local or an IANA name "
				    "such as Europe/Paris)",
				    tz);
	char *saved = getenv("TZ") ? strdup(getenv("TZ")) : NULL;
	sg_strbuf spec = SG_STRBUF_INIT;
	sg_strbuf_addf(&spec, ":%s", file);
	setenv("TZ", spec.data, 1);
	tzset();
	localtime_r(&t, out);
	snprintf(zone, zone_size, "%s", out->tm_zone ? out->tm_zone : "");
	if (saved)
		setenv("TZ", saved, 1);
	else
		unsetenv("TZ");
	tzset();
	/* tm_zone points into the time zone data just replaced: the copy in `zone` is what stays. */
	out->tm_zone = NULL;
	free(saved);
	free(file);
	sg_strbuf_release(&spec);
	return 0;
}

/* ---- create ---- */

#define GO_DEFAULT_FORMAT "20060102150405"

int sg_golang_create_options(sg_golang_create *out, const sg_cli_args *args, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	const char *ext = sg_cli_value(args, "-ext"), *digits = sg_cli_value(args, "-digits");
	out->dir = sg_cli_value(args, "-dir");
	out->seq = sg_cli_count(args, "-seq") > 0;
	out->format = sg_cli_value(args, "-format");
	out->tz = sg_cli_value(args, "-tz");
	out->given = ext || digits || out->dir || out->seq || out->format || out->tz;
	out->digits = 6;
	if (!out->given) {
		out->format = GO_DEFAULT_FORMAT;
		out->tz = "UTC";
		return 0;
	}
	if (!ext)
		return sg_error_set(err, SG_ERR_INPUT, "-ext flag must be specified (migrate creates -ext sql)");
	if (strcmp(ext[0] == '.' ? ext + 1 : ext, "sql") != 0)
		return sg_error_set(err, SG_ERR_INPUT, "-ext '%s' is not sql: migrate runs .up.sql and .down.sql files",
				    ext);
	if (out->seq && out->format && strcmp(out->format, GO_DEFAULT_FORMAT) != 0)
		return sg_error_set(err, SG_ERR_INPUT, "the -seq and -format options are mutually exclusive");
	if (!out->format)
		out->format = GO_DEFAULT_FORMAT;
	if (!out->format[0])
		return sg_error_set(err, SG_ERR_INPUT, "time format may not be empty");
	if (!out->tz)
		out->tz = "UTC";
	if (digits) {
		char *end = NULL;
		errno = 0;
		out->digits = strtol(digits, &end, 10);
		if (!digits[0] || *end || errno)
			return sg_error_set(err, SG_ERR_INPUT, "-digits takes a whole number, not '%s'", digits);
		if (out->digits <= 0)
			return sg_error_set(err, SG_ERR_INPUT, "-digits must be positive, not '%s'", digits);
	}
	return 0;
}

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

int sg_golang_create_version(char **out, const sg_golang_create *c, const sg_mfile_set *set, const struct timespec *now,
			     sg_error *err)
{
	*out = NULL;
	sg_strbuf sb = SG_STRBUF_INIT;
	const char *what = "-format";
	if (c->seq) {
		int64_t next = set->count ? set->items[set->count - 1].version + 1 : 1;
		sg_strbuf_addf(&sb, "%0*" PRId64, (int)(c->digits > 64 ? 64 : c->digits), next);
		if ((long)sb.len > c->digits) {
			int rc = sg_error_set(err, SG_ERR_INPUT,
					      "next sequence number %s too large, at most %ld digits are allowed",
					      sb.data, c->digits);
			sg_strbuf_release(&sb);
			return rc;
		}
		what = "-seq";
	} else if (strcmp(c->format, "unix") == 0) {
		sg_strbuf_addf(&sb, "%lld", (long long)now->tv_sec);
	} else if (strcmp(c->format, "unixNano") == 0) {
		sg_strbuf_addf(&sb, "%lld%09ld", (long long)now->tv_sec, (long)now->tv_nsec);
	} else {
		struct tm tm;
		char zone[64];
		if (sg_golang_time_in(&tm, zone, sizeof(zone), now->tv_sec, c->tz, err) != 0)
			return -1;
		char *text = sg_golang_time_format(c->format, &tm, now->tv_nsec, zone);
		if (!text)
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		sg_strbuf_adds(&sb, text);
		free(text);
	}
	if (sg_strbuf_failed(&sb)) {
		sg_strbuf_release(&sb);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	/* A version is digits only and fits in 63 bits, as the runner reads file names. */
	errno = 0;
	char *end = NULL;
	long long v = all_digits(sb.data) ? strtoll(sb.data, &end, 10) : 0;
	if (!all_digits(sb.data) || errno || v <= 0) {
		int rc = sg_error_set(err, SG_ERR_INPUT,
				      "%s '%s' gives version '%s', which is not a positive whole number of at most 18 "
				      "digits (a migration's version)",
				      what, c->seq ? "" : c->format, sb.data);
		sg_strbuf_release(&sb);
		return rc;
	}
	if (sg_files_find(set, v)) {
		int rc = sg_error_set(err, SG_ERR_INPUT, "duplicate migration version: %s ('%s' has it)", sb.data,
				      sg_files_find(set, v)->up_file);
		sg_strbuf_release(&sb);
		return rc;
	}
	*out = sg_strbuf_detach(&sb, NULL);
	return 0;
}

const char *sg_golang_create_dir(const sg_golang_create *c, const char *given)
{
	if (c->dir)
		return c->dir;
	if (given)
		return given;
	if (c->given)
		return ".";
	const char *env = getenv("MIGRATIONS_DIR");
	return env && env[0] ? env : "migrations";
}

int sg_golang_check_name(const char *name, sg_error *err)
{
	if (!name[0])
		return sg_error_set(err, SG_ERR_INPUT, "please specify name");
	for (const char *p = name; *p; p++)
		if (*p == '/' || (unsigned char)*p < 0x20)
			return sg_error_set(
			    err, SG_ERR_INPUT,
			    "migration name '%s' holds a '/' or a control character: it must be part of "
			    "a file name",
			    name);
	return 0;
}

/* ---- confirmation ---- */

bool sg_golang_confirm(const char *question)
{
	fprintf(stderr, "%s [y/N] ", question);
	fflush(stderr);
	char line[64];
	if (!fgets(line, sizeof(line), stdin))
		return false;
	char *p = line;
	while (isspace((unsigned char)*p))
		p++;
	size_t n = strlen(p);
	while (n > 0 && isspace((unsigned char)p[n - 1]))
		p[--n] = '\0';
	return strcasecmp(p, "y") == 0 || strcasecmp(p, "yes") == 0;
}
