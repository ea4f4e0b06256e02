/*
 * sg_files: migration file names, directory scanning and pair creation.
 */
#include "files.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "strbuf.h"

static bool ends_with(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);
	return len >= n && memcmp(s + len - n, suffix, n) == 0;
}

static char *dup_n(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

/* What parse_name found. */
enum { NAME_OTHER = 0, NAME_OK = 1, NAME_BAD_FORM = -1, NAME_TOO_BIG = -2, NAME_ZERO = -3 };

/*
 * Parse a file name without allocating: the version, the number of digits
 * and the length of VERSION_description (the stem).
 */
static int parse_name(const char *filename, size_t len, int64_t *version, size_t *digits_out, size_t *stem_out,
		      sg_files_direction *dir)
{
	size_t stem;
	if (ends_with(filename, len, ".up.sql")) {
		*dir = SG_FILES_UP;
		stem = len - strlen(".up.sql");
	} else if (ends_with(filename, len, ".down.sql")) {
		*dir = SG_FILES_DOWN;
		stem = len - strlen(".down.sql");
	} else {
		return NAME_OTHER;
	}
	size_t digits = 0;
	while (digits < stem && filename[digits] >= '0' && filename[digits] <= '9')
		digits++;
	if (digits == 0 || digits >= stem || filename[digits] != '_')
		return NAME_BAD_FORM;
	int64_t v = 0;
	for (size_t i = 0; i < digits; i++) {
		int d = filename[i] - '0';
		if (v > (INT64_MAX - d) / 10)
			return NAME_TOO_BIG;
		v = v * 10 + d;
	}
	if (v == 0)
		return NAME_ZERO;
	*version = v;
	*digits_out = digits;
	*stem_out = stem;
	return NAME_OK;
}

int sg_files_parse_name(const char *filename, int64_t *version, char **version_text, char **name,
			sg_files_direction *dir, sg_error *err)
{
	*version_text = NULL;
	*name = NULL;
	int64_t v = 0;
	size_t digits = 0, stem = 0;
	switch (parse_name(filename, strlen(filename), &v, &digits, &stem, dir)) {
	case NAME_OTHER:
		return 0;
	case NAME_BAD_FORM:
		return sg_error_set(
		    err, SG_ERR_INPUT,
		    "migration file '%s' is not named VERSION_description%s (e.g. 000001_create_users%s)", filename,
		    *dir == SG_FILES_UP ? ".up.sql" : ".down.sql", *dir == SG_FILES_UP ? ".up.sql" : ".down.sql");
	case NAME_TOO_BIG:
		return sg_error_set(err, SG_ERR_INPUT, "migration file '%s' has a version too large for 63 bits",
				    filename);
	case NAME_ZERO:
		return sg_error_set(err, SG_ERR_INPUT, "migration file '%s' has version 0; versions start at 1",
				    filename);
	default:
		break;
	}
	*version_text = dup_n(filename, digits);
	*name = dup_n(filename + digits + 1, stem - digits - 1);
	if (!*version_text || !*name) {
		free(*version_text);
		free(*name);
		*version_text = *name = NULL;
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	*version = v;
	return 1;
}

void sg_files_set_release(sg_mfile_set *set)
{
	free(set->items);
	free(set->arena);
	for (size_t i = 0; i < set->near_n; i++)
		free(set->near[i]);
	memset(set, 0, sizeof(*set));
}

const char *sg_files_escape_name(char *buf, size_t size, const char *name)
{
	size_t n = 0;
	for (const unsigned char *p = (const unsigned char *)name; *p && n + 5 < size; p++) {
		if (*p == '\n')
			n += (size_t)snprintf(buf + n, size - n, "\\n");
		else if (*p == '\t')
			n += (size_t)snprintf(buf + n, size - n, "\\t");
		else if (*p == '\r')
			n += (size_t)snprintf(buf + n, size - n, "\\r");
		else if (*p < 0x20 || *p == 0x7f)
			n += (size_t)snprintf(buf + n, size - n, "\\x%02x", *p);
		else
			buf[n++] = (char)*p;
	}
	buf[n < size ? n : size - 1] = '\0';
	return buf;
}

/*
 * Building a set, one name at a time, with two allocations that grow: the
 * parsed entries, and an arena holding, for each migration file,
 * "VERSION\0description\0file name\0".  The set's strings point into that
 * arena, which the set then owns: no allocation per name (a directory of
 * 20,000 files is listed on every run, docs/migrate.md).
 */
typedef struct entry {
	int64_t version;
	uint32_t off; /* of VERSION in the arena; the description and the file name follow */
	uint16_t digits, desc_len;
} entry; /* 16 bytes: 20,000 of them, and as many again while sorting */

/* An entry's direction is its file name's: kept in the high bit of desc_len (names are shorter). */
#define DOWN_BIT 0x8000u
#define DESC_LEN(e) ((size_t)((e)->desc_len & ~DOWN_BIT))
#define DIR(e) (((e)->desc_len & DOWN_BIT) ? SG_FILES_DOWN : SG_FILES_UP)

typedef struct builder {
	entry *es;
	size_t n, cap;
	char *arena;
	size_t len, arena_cap;
	char *bad;		       /* of the malformed names, the first in name order (a copy) */
	char *ctl;		       /* of the migration names holding a control character, the first in name order */
	char *dir;		       /* of the directories named like migrations, the first in name order */
	char *special;		       /* of the pipes, devices and sockets named like migrations, the first */
	char *near[SG_FILES_NEAR_MAX]; /* the first near misses in name order (copies) */
	size_t near_n, near_count;
	bool oom, too_long;
} builder;

static char *entry_file(const builder *b, const entry *e)
{
	return b->arena + e->off + e->digits + 1 + DESC_LEN(e) + 1;
}

static bool grow(void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t c = *cap ? *cap : 64;
	while (c < need)
		c *= 2;
	void *q = realloc(*p, c * size);
	if (!q)
		return false;
	*p = q;
	*cap = c;
	return true;
}

/* Keep a copy of `file` in *slot when it comes before the name there (so the choice does not depend on listing order).
 */
static void keep_first(builder *b, char **slot, const char *file, size_t len)
{
	if (*slot && strcmp(file, *slot) >= 0)
		return;
	free(*slot);
	if (!(*slot = dup_n(file, len)))
		b->oom = true;
}

static bool ends_with_nocase(const char *s, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);
	return len >= n && strncasecmp(s + len - n, suffix, n) == 0;
}

static bool contains_nocase(const char *s, size_t len, const char *needle)
{
	size_t n = strlen(needle);
	for (size_t i = 0; i + n <= len; i++)
		if (strncasecmp(s + i, needle, n) == 0)
			return true;
	return false;
}

/*
 * A name that is not a migration file but looks meant to be one: the
 * suffix in another case (`.UP.SQL`), `VERSION_name.sql` without up or
 * down, or `.up.sql` / `.down.sql` followed by something (`.up.sql.bak`).
 */
static bool near_miss(const char *file, size_t len)
{
	if (contains_nocase(file, len, ".up.sql") || contains_nocase(file, len, ".down.sql"))
		return true;
	size_t digits = 0;
	while (digits < len && file[digits] >= '0' && file[digits] <= '9')
		digits++;
	return digits > 0 && digits < len && file[digits] == '_' &&
	       (ends_with_nocase(file, len, ".sql") || ends_with_nocase(file, len, ".up") ||
		ends_with_nocase(file, len, ".down"));
}

static void add_near_miss(builder *b, const char *file, size_t len)
{
	b->near_count++;
	/* Keep the first SG_FILES_NEAR_MAX in name order: insert, dropping the last when full. */
	size_t at = b->near_n;
	while (at > 0 && strcmp(file, b->near[at - 1]) < 0)
		at--;
	if (at >= SG_FILES_NEAR_MAX)
		return;
	char *copy = dup_n(file, len);
	if (!copy) {
		b->oom = true;
		return;
	}
	if (b->near_n == SG_FILES_NEAR_MAX)
		free(b->near[--b->near_n]);
	memmove(&b->near[at + 1], &b->near[at], (b->near_n - at) * sizeof(*b->near));
	b->near[at] = copy;
	b->near_n++;
}

static bool has_control(const char *file, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)file[i] < 0x20 || file[i] == 0x7f)
			return true;
	return false;
}

/* What a directory entry is, when the listing knows. */
enum { ENTRY_FILE, ENTRY_DIR, ENTRY_SPECIAL /* a pipe, a device, a socket */ };

/* Add one directory entry of kind `kind` (ENTRY_FILE when not known). */
static void builder_add(builder *b, const char *file, size_t len, int kind)
{
	int64_t v = 0;
	size_t digits = 0, stem = 0;
	sg_files_direction dir = SG_FILES_UP;
	int r = parse_name(file, len, &v, &digits, &stem, &dir);
	if (b->oom)
		return;
	if (r == NAME_OTHER) {
		if (!near_miss(file, len))
			return;
		if (has_control(file, len))
			keep_first(b, &b->ctl, file, len);
		else
			add_near_miss(b, file, len);
		return;
	}
	if (has_control(file, len)) {
		keep_first(b, &b->ctl, file, len);
		return;
	}
	if (kind != ENTRY_FILE) {
		keep_first(b, kind == ENTRY_DIR ? &b->dir : &b->special, file, len);
		return;
	}
	if (r < 0) {
		keep_first(b, &b->bad, file, len);
		return;
	}
	size_t desc = stem - digits - 1;
	size_t need = b->len + digits + 1 + desc + 1 + len + 1;
	if (len >= DOWN_BIT || need > UINT32_MAX) { /* no file system has such names; only a source of its own */
		b->too_long = true;
		return;
	}
	if (!grow((void **)&b->es, &b->cap, b->n + 1, sizeof(*b->es)) ||
	    !grow((void **)&b->arena, &b->arena_cap, need, 1)) {
		b->oom = true;
		return;
	}
	entry *e = &b->es[b->n++];
	e->version = v;
	e->off = (uint32_t)b->len;
	e->digits = (uint16_t)digits;
	e->desc_len = (uint16_t)(desc | (dir == SG_FILES_DOWN ? DOWN_BIT : 0));
	char *a = b->arena + b->len;
	memcpy(a, file, digits);
	a[digits] = '\0';
	memcpy(a + digits + 1, file + digits + 1, desc);
	a[digits + 1 + desc] = '\0';
	memcpy(a + digits + 1 + desc + 1, file, len);
	a[digits + 1 + desc + 1 + len] = '\0';
	b->len = need;
}

static void builder_release(builder *b)
{
	free(b->es);
	free(b->arena);
	free(b->bad);
	free(b->ctl);
	free(b->dir);
	free(b->special);
	for (size_t i = 0; i < b->near_n; i++)
		free(b->near[i]);
	memset(b, 0, sizeof(*b));
}

/* An entry with its file name, to order entries of the same version and direction by name. */
typedef struct named_entry {
	entry e;
	const char *file;
} named_entry;

static int cmp_named(const void *a, const void *b)
{
	const named_entry *x = a, *y = b;
	if (x->e.version != y->e.version)
		return x->e.version < y->e.version ? -1 : 1;
	if (DIR(&x->e) != DIR(&y->e))
		return DIR(&x->e) == SG_FILES_UP ? -1 : 1;
	return strcmp(x->file, y->file);
}

/*
 * Sort by (version, direction), stably: a radix sort over the direction, then
 * the version's bytes, skipping the bytes every version shares (a directory
 * listing comes in hash order; 20,000 names cost a qsort a few milliseconds).
 * Versions are positive, so their bytes order as the numbers do.  Entries of
 * the same version and direction (an error) are then ordered by file name, so
 * that the message names the same files whatever the listing's order.
 */
static bool sort_entries(const builder *b, entry *es, size_t n)
{
	if (n < 2)
		return true;
	entry *tmp = malloc(n * sizeof(*tmp));
	if (!tmp)
		return false;
	entry *from = es, *to = tmp;
	for (int pass = -1; pass < 8; pass++) {
		size_t count[256] = {0};
		for (size_t i = 0; i < n; i++)
			count[pass < 0 ? (size_t)DIR(&from[i])
				       : (size_t)((uint64_t)from[i].version >> (8 * pass)) & 0xff]++;
		bool shared = false;
		for (size_t k = 0; k < 256 && !shared; k++)
			shared = count[k] == n;
		if (shared)
			continue;
		size_t at = 0;
		for (size_t k = 0; k < 256; k++) {
			size_t c = count[k];
			count[k] = at;
			at += c;
		}
		for (size_t i = 0; i < n; i++) {
			size_t k =
			    pass < 0 ? (size_t)DIR(&from[i]) : (size_t)((uint64_t)from[i].version >> (8 * pass)) & 0xff;
			to[count[k]++] = from[i];
		}
		entry *t = from;
		from = to;
		to = t;
	}
	if (from != es)
		memcpy(es, from, n * sizeof(*es));
	free(tmp);
	bool ties = false;
	for (size_t i = 1; i < n && !ties; i++)
		ties = es[i].version == es[i - 1].version && DIR(&es[i]) == DIR(&es[i - 1]);
	if (ties) {
		named_entry *ne = malloc(n * sizeof(*ne));
		if (!ne)
			return false;
		for (size_t i = 0; i < n; i++)
			ne[i] = (named_entry){es[i], entry_file(b, &es[i])};
		qsort(ne, n, sizeof(*ne), cmp_named);
		for (size_t i = 0; i < n; i++)
			es[i] = ne[i].e;
		free(ne);
	}
	return true;
}

/* Check and pair the entries into `out`, which takes the arena.  Releases the builder. */
static int builder_finish(builder *b, sg_mfile_set *out, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	int rc = 0;
	if (b->oom)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc == 0 && b->ctl) {
		char shown[512];
		rc = sg_error_set(err, SG_ERR_INPUT,
				  "migration file name '%s' holds a control character (a newline, a tab...); rename it",
				  sg_files_escape_name(shown, sizeof(shown), b->ctl));
	}
	if (rc == 0 && b->dir)
		rc = sg_error_set(err, SG_ERR_INPUT, "'%s' is a directory, not a migration file; rename or move it",
				  b->dir);
	if (rc == 0 && b->special)
		rc = sg_error_set(err, SG_ERR_INPUT,
				  "'%s' is not a regular file (a pipe, a device or a socket): a migration must be a "
				  "file; replace it",
				  b->special);
	/* Of the bad names, the first in name order: the message does not depend on the listing's order. */
	if (rc == 0 && b->bad) {
		int64_t v;
		char *vt = NULL, *nm = NULL;
		sg_files_direction d;
		rc = sg_files_parse_name(b->bad, &v, &vt, &nm, &d, err);
		if (rc > 0) { /* cannot happen: it failed before */
			free(vt);
			free(nm);
			rc = 0;
		}
	}
	if (rc == 0 && b->too_long)
		rc = sg_error_set(err, SG_ERR_INPUT, "a migration file name is longer than %u bytes", DOWN_BIT - 1);
	size_t n = b->n;
	entry *es = b->es;
	if (rc == 0 && !sort_entries(b, es, n))
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");

	/* Pair them: each version has exactly one up file and at most one down file. */
	if (rc == 0 && n) {
		out->items = calloc(n, sizeof(*out->items));
		if (!out->items)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	for (size_t i = 0; i < n && rc == 0;) {
		size_t j = i;
		while (j < n && es[j].version == es[i].version)
			j++;
		const entry *up = NULL, *down = NULL;
		for (size_t k = i; k < j && rc == 0; k++) {
			const entry **slot = DIR(&es[k]) == SG_FILES_UP ? &up : &down;
			if (*slot)
				rc = sg_error_set(err, SG_ERR_INPUT, "duplicate version %" PRId64 ": '%s' and '%s'",
						  es[k].version, entry_file(b, *slot), entry_file(b, &es[k]));
			*slot = &es[k];
		}
		if (rc == 0 && !up)
			rc = sg_error_set(err, SG_ERR_INPUT, "down file '%s' has no up file (expected '%s_%s.up.sql')",
					  entry_file(b, down), b->arena + down->off,
					  b->arena + down->off + down->digits + 1);
		if (rc == 0 && down &&
		    (DESC_LEN(down) != DESC_LEN(up) || memcmp(b->arena + down->off + down->digits + 1,
							      b->arena + up->off + up->digits + 1, DESC_LEN(up)) != 0))
			rc = sg_error_set(err, SG_ERR_INPUT,
					  "duplicate version %" PRId64 ": '%s' and '%s' have different descriptions",
					  up->version, entry_file(b, up), entry_file(b, down));
		if (rc == 0) {
			sg_mfile *f = &out->items[out->count++];
			f->version = up->version;
			f->version_text = b->arena + up->off;
			f->name = b->arena + up->off + up->digits + 1;
			f->up_file = entry_file(b, up);
			f->down_file = down ? entry_file(b, down) : NULL;
		}
		i = j;
	}
	if (rc == 0) {
		out->arena = b->arena;
		b->arena = NULL;
		memcpy(out->near, b->near, sizeof(out->near));
		out->near_n = b->near_n;
		out->near_count = b->near_count;
		b->near_n = 0;
	} else {
		free(out->items);
		out->items = NULL;
		out->count = 0;
	}
	builder_release(b);
	return rc;
}

int sg_files_collect(sg_mfile_set *out, const char *const *names, size_t count, sg_error *err)
{
	builder b = {0};
	for (size_t i = 0; i < count; i++)
		builder_add(&b, names[i], strlen(names[i]), ENTRY_FILE);
	return builder_finish(&b, out, err);
}

const sg_mfile *sg_files_find(const sg_mfile_set *set, int64_t version)
{
	size_t lo = 0, hi = set->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (set->items[mid].version == version)
			return &set->items[mid];
		if (set->items[mid].version < version)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

char *sg_files_next_version(const sg_mfile_set *set, time_t now)
{
	char buf[32];
	if (set->count == 0) {
		snprintf(buf, sizeof(buf), "%06d", 1);
		return strdup(buf);
	}
	const sg_mfile *last = &set->items[set->count - 1];
	int width = (int)strlen(last->version_text);
	int64_t next = last->version < INT64_MAX ? last->version + 1 : last->version;
	if (width == 14) {
		struct tm tm;
		if (gmtime_r(&now, &tm)) {
			char stamp[32];
			strftime(stamp, sizeof(stamp), "%Y%m%d%H%M%S", &tm);
			int64_t ts = strtoll(stamp, NULL, 10);
			if (ts > next)
				next = ts;
		}
	}
	snprintf(buf, sizeof(buf), "%0*" PRId64, width, next);
	return strdup(buf);
}

int sg_files_normalize_name(char **out, const char *name, sg_error *err)
{
	*out = NULL;
	sg_strbuf sb = SG_STRBUF_INIT;
	for (const char *p = name; *p; p++) {
		char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		else if (c == ' ' || c == '-' || c == '.')
			c = '_';
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
			sg_strbuf_release(&sb);
			return sg_error_set(
			    err, SG_ERR_INPUT,
			    "migration name '%s' may hold only letters, digits, '_', '-', '.' and spaces", name);
		}
		if (c == '_' && (sb.len == 0 || sb.data[sb.len - 1] == '_'))
			continue;
		sg_strbuf_addch(&sb, c);
	}
	while (sb.len && sb.data[sb.len - 1] == '_')
		sg_strbuf_truncate(&sb, sb.len - 1);
	if (sb.len == 0) {
		sg_strbuf_release(&sb);
		return sg_error_set(err, SG_ERR_INPUT, "migration name '%s' is empty once normalized", name);
	}
	*out = sg_strbuf_detach(&sb, NULL);
	return *out ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
}

void sg_files_names_free(char **names, size_t count)
{
	if (!names)
		return;
	for (size_t i = 0; i < count; i++)
		free(names[i]);
	free(names);
}

/* Open a migrations directory, with the messages both listings give. */
static DIR *open_dir(const char *dir, sg_error *err)
{
	DIR *d = opendir(dir);
	if (!d) {
		/* A loop of symbolic links is a path that leads nowhere, as a missing one: bad input, not I/O. */
		if (errno == ENOENT || errno == ENOTDIR || errno == ELOOP)
			sg_error_set(err, SG_ERR_INPUT, "migrations directory '%s' %s", dir,
				     errno == ENOENT  ? "does not exist"
				     : errno == ELOOP ? "is a loop of symbolic links"
						      : "is not a directory");
		else
			sg_error_set(err, SG_ERR_SYSTEM, "cannot read migrations directory '%s': %s", dir,
				     strerror(errno));
	}
	return d;
}

int sg_files_list_dir(char ***out, size_t *count, const char *dir, sg_error *err)
{
	*out = NULL;
	*count = 0;
	DIR *d = open_dir(dir, err);
	if (!d)
		return -1;
	size_t cap = 64, n = 0;
	char **names = malloc(cap * sizeof(*names));
	int rc = names ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	struct dirent *de;
	while (rc == 0 && (errno = 0, de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			char **grown = realloc(names, 2 * cap * sizeof(*names));
			if (!grown) {
				rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
				break;
			}
			names = grown;
			cap *= 2;
		}
		if (!(names[n] = strdup(de->d_name)))
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		else
			n++;
	}
	if (rc == 0 && errno)
		rc =
		    sg_error_set(err, SG_ERR_SYSTEM, "cannot read migrations directory '%s': %s", dir, strerror(errno));
	closedir(d);
	if (rc != 0) {
		sg_files_names_free(names, n);
		return rc;
	}
	*out = names;
	*count = n;
	return 0;
}

int sg_files_scan_dir(sg_mfile_set *out, const char *dir, sg_error *err)
{
	out->items = NULL;
	out->arena = NULL;
	out->count = 0;
	DIR *d = open_dir(dir, err);
	if (!d)
		return -1;
	builder b = {0};
	struct dirent *de;
	while ((errno = 0, de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		/*
		 * What a link or an entry of unknown type is comes from stat (a dangling link stays a
		 * file: reading it says it is missing).  A pipe or a device named like a migration is
		 * refused: reading one blocked the run for ever (a fifo) or never ended (/dev/zero).
		 */
		int kind = de->d_type == DT_DIR ? ENTRY_DIR : de->d_type == DT_REG ? ENTRY_FILE : ENTRY_SPECIAL;
		if (de->d_type == DT_UNKNOWN || de->d_type == DT_LNK) {
			struct stat st;
			kind = fstatat(dirfd(d), de->d_name, &st, 0) != 0 ? ENTRY_FILE
			       : S_ISDIR(st.st_mode)			  ? ENTRY_DIR
			       : S_ISREG(st.st_mode)			  ? ENTRY_FILE
									  : ENTRY_SPECIAL;
		}
		builder_add(&b, de->d_name, strlen(de->d_name), kind);
	}
	if (errno) {
		int e = errno;
		closedir(d);
		builder_release(&b);
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot read migrations directory '%s': %s", dir, strerror(e));
	}
	closedir(d);
	int rc = builder_finish(&b, out, err);
	if (rc != 0)
		sg_error_prefix(err, "in '%s'", dir);
	return rc;
}

int sg_files_read(char **out, size_t *len, const char *path, sg_error *err)
{
	*out = NULL;
	if (len)
		*len = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return sg_error_set(err, errno == ENOENT || errno == ELOOP ? SG_ERR_INPUT : SG_ERR_SYSTEM,
				    "cannot read '%s': %s", path, strerror(errno));
	struct stat st;
	bool have_st = fstat(fd, &st) == 0;
	if (have_st && S_ISDIR(st.st_mode)) {
		close(fd);
		return sg_error_set(err, SG_ERR_INPUT, "'%s' is a directory, not a migration file", path);
	}
	/* Room for the NUL and one byte more, so that reading the end needs no second buffer. */
	size_t cap = have_st && st.st_size > 0 ? (size_t)st.st_size + 2 : 4096;
	char *buf = malloc(cap);
	size_t n = 0;
	int rc = buf ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	while (rc == 0) {
		if (n + 1 >= cap) {
			char *grown = realloc(buf, cap * 2);
			if (!grown) {
				rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
				break;
			}
			buf = grown;
			cap *= 2;
		}
		ssize_t r = read(fd, buf + n, cap - n - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot read '%s': %s", path, strerror(errno));
		if (r <= 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	if (rc == 0 && memchr(buf, '\0', n))
		rc = sg_error_set(err, SG_ERR_INPUT, "'%s' contains a NUL byte; SQL text cannot hold one", path);
	if (rc != 0) {
		free(buf);
		return rc;
	}
	buf[n] = '\0';
	*out = buf;
	if (len)
		*len = n;
	return 0;
}

static char *join_path(const char *dir, const char *version_text, const char *name, const char *suffix)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb, "%s/%s_%s%s", dir, version_text, name, suffix);
	return sg_strbuf_detach(&sb, NULL);
}

static int write_new(const char *path, const char *text, sg_error *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd < 0)
		return sg_error_set(err, errno == EEXIST ? SG_ERR_INPUT : SG_ERR_SYSTEM, "cannot create '%s': %s", path,
				    strerror(errno));
	size_t len = text ? strlen(text) : 0, off = 0;
	while (off < len) {
		ssize_t w = write(fd, text + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			int e = errno;
			close(fd);
			unlink(path);
			return sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", path, strerror(e));
		}
		off += (size_t)w;
	}
	if (close(fd) != 0) {
		int e = errno;
		unlink(path);
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", path, strerror(e));
	}
	return 0;
}

int sg_files_create_pair(char **up_path, char **down_path, const char *dir, const char *version_text, const char *name,
			 const char *up_sql, const char *down_sql, sg_error *err)
{
	if (up_path)
		*up_path = NULL;
	if (down_path)
		*down_path = NULL;
	if (mkdir(dir, 0755) != 0 && errno != EEXIST)
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot create directory '%s': %s", dir, strerror(errno));
	char *up = join_path(dir, version_text, name, ".up.sql");
	char *down = join_path(dir, version_text, name, ".down.sql");
	int rc = up && down ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc == 0)
		rc = write_new(up, up_sql, err);
	if (rc == 0 && write_new(down, down_sql, err) != 0) {
		unlink(up);
		rc = -1;
	}
	if (rc == 0 && up_path) {
		*up_path = up;
		up = NULL;
	}
	if (rc == 0 && down_path) {
		*down_path = down;
		down = NULL;
	}
	free(up);
	free(down);
	return rc;
}
