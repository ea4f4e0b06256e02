/*
 * Migration files (DESIGN.md §4): golang-migrate's naming
 * `VERSION_description.up.sql` / `.down.sql`, numeric ordering, the checks
 * on a directory's file set, the next version number and the creation of a
 * new pair.  The generator reuses the numbering and pair creation.
 *
 * sg_files_parse_name, sg_files_collect, sg_files_next_version and
 * sg_files_normalize_name are pure; the rest touch the file system.
 */
#ifndef SG_FILES_H
#define SG_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "schemagen/error.h"

typedef enum sg_files_direction { SG_FILES_UP, SG_FILES_DOWN } sg_files_direction;

/* One migration: a version with its up file and, when present, its down file (strings owned by the set). */
typedef struct sg_mfile {
	int64_t version;
	char *version_text; /* the digits as written in the file name ("000003") */
	char *name;	    /* the description ("add_tags"), may be "" */
	char *up_file;	    /* file name (no directory) */
	char *down_file;    /* file name, or NULL when there is none */
} sg_mfile;

/* How many of the names that look like migrations but are not a set keeps to show. */
#define SG_FILES_NEAR_MAX 5

/*
 * The migrations of a directory, ordered by version.  Owns everything it
 * points to: the items' strings all live in `arena` (one allocation).
 */
typedef struct sg_mfile_set {
	sg_mfile *items;
	size_t count;
	char *arena;
	/*
	 * Names that are ignored but look meant to be migrations (`.UP.SQL`,
	 * `VERSION_name.sql`, `.up.sql.bak`): the first near_n in name order
	 * (owned), and how many there are in all.
	 */
	char *near[SG_FILES_NEAR_MAX];
	size_t near_n, near_count;
} sg_mfile_set;

/*
 * Parse a file name.  Returns 1 and fills the out-parameters (malloc'd, owned
 * by the caller) when it is a migration file, 0 when it is not one
 * (other files are ignored), and -1 with err set (SG_ERR_INPUT) when it ends
 * in `.up.sql` / `.down.sql` but the rest is not `VERSION_description` with a
 * positive VERSION that fits in 63 bits.
 */
int sg_files_parse_name(const char *filename, int64_t *version, char **version_text, char **name,
			sg_files_direction *dir, sg_error *err);

/*
 * Build the ordered set from a directory listing.  Fails with SG_ERR_INPUT,
 * naming the files, on a duplicate version, an unparseable migration file
 * name, a migration name holding a control character (a newline would split
 * every line that names the file), or a down file without its up file.
 * Names that look meant to be migrations but are not are counted in
 * out->near.  `out` must be released either way.
 */
int sg_files_collect(sg_mfile_set *out, const char *const *names, size_t count, sg_error *err);

/* Free everything `set` owns and empty it.  Accepts an empty set. */
void sg_files_set_release(sg_mfile_set *set);

/* `name` with control characters written as \n, \t, \r or \xNN, into buf (truncated to fit); returns buf. */
const char *sg_files_escape_name(char *buf, size_t size, const char *name);

/* The migration with this version, or NULL.  Borrowed. */
const sg_mfile *sg_files_find(const sg_mfile_set *set, int64_t version);

/*
 * The version text for the next migration: the newest version plus one, as
 * many digits as it had (six by default); for a directory of timestamp
 * versions (14 digits), the UTC timestamp of `now` when that is newer.
 * Returns a malloc'd string owned by the caller, NULL when out of memory.
 */
char *sg_files_next_version(const sg_mfile_set *set, time_t now);

/*
 * A description usable in a file name: lowercase ASCII letters, digits and
 * '_', with spaces, '-' and '.' turned into '_'.  -1 with err set
 * (SG_ERR_INPUT) when nothing usable is left or a character is not allowed.
 */
int sg_files_normalize_name(char **out, const char *name, sg_error *err);

/*
 * List the names in directory `dir` (regular entries, unsorted).  `*out` is a
 * malloc'd array of malloc'd strings; free it with sg_files_names_free.
 */
int sg_files_list_dir(char ***out, size_t *count, const char *dir, sg_error *err);
void sg_files_names_free(char **names, size_t count);

/*
 * Scan `dir`: list it and collect its migrations, as sg_files_list_dir and
 * sg_files_collect would, without keeping a copy of every name.  A directory
 * named like a migration is SG_ERR_INPUT.
 */
int sg_files_scan_dir(sg_mfile_set *out, const char *dir, sg_error *err);

/*
 * Read a whole file into a NUL-terminated malloc'd buffer owned by the caller.
 * A file containing a NUL byte is refused (SG_ERR_INPUT): SQL text cannot hold one.
 */
int sg_files_read(char **out, size_t *len, const char *path, sg_error *err);

/*
 * Create `dir/VERSION_NAME.up.sql` and `.down.sql` holding up_sql and
 * down_sql (NULL for empty), never overwriting a file (O_EXCL).  `dir` is
 * created when missing.  The paths of both files are returned when the out
 * pointers are not NULL (malloc'd, owned by the caller).  On failure no file
 * of the pair is left behind.
 */
int sg_files_create_pair(char **up_path, char **down_path, const char *dir, const char *version_text, const char *name,
			 const char *up_sql, const char *down_sql, sg_error *err);

#endif
