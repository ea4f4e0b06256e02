/*
 * Duplicate migration versions, told from the file names (see versions.h).
 */
#include "versions.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "files.h"

typedef struct parsed {
	int64_t version;
	sg_files_direction dir;
	char *name; /* the description */
} parsed;

static int parsed_cmp(const void *a, const void *b)
{
	const parsed *x = a, *y = b;
	return x->version < y->version ? -1 : x->version > y->version;
}

/* 1 when the migrations of one version, [from, to), clash; 0 when not; -1 when the up file is missing. */
static int group_clashes(const parsed *from, const parsed *to)
{
	const parsed *up = NULL, *down = NULL;
	for (const parsed *p = from; p < to; p++) {
		const parsed **slot = p->dir == SG_FILES_UP ? &up : &down;
		if (*slot)
			return 1; /* two ups, or two downs, of one version */
		*slot = p;
	}
	if (!up)
		return -1;
	return down && strcmp(up->name, down->name) != 0;
}

/* See versions.h. */
int sg_versions_duplicate(int64_t *version, const char *const *names, size_t count, sg_error *err)
{
	parsed *ps = calloc(count + 1, sizeof(*ps));
	if (!ps)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	size_t n = 0;
	int rc = 0;
	bool bad_name = false;
	for (size_t i = 0; i < count && rc == 0 && !bad_name; i++) {
		sg_error e = {0};
		char *version_text = NULL;
		int parsed_rc =
		    sg_files_parse_name(names[i], &ps[n].version, &version_text, &ps[n].name, &ps[n].dir, &e);
		free(version_text);
		if (parsed_rc > 0)
			n++;
		else if (parsed_rc < 0 && e.kind == SG_ERR_SYSTEM)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		else if (parsed_rc < 0)
			bad_name = true; /* reported before any version is compared */
		sg_error_clear(&e);
	}
	if (rc == 0 && !bad_name) {
		qsort(ps, n, sizeof(*ps), parsed_cmp);
		for (size_t i = 0, j; i < n && rc == 0; i = j) {
			for (j = i; j < n && ps[j].version == ps[i].version;)
				j++;
			int clash = group_clashes(&ps[i], &ps[j]);
			if (clash < 0)
				break; /* a down file without its up file is reported first */
			if (clash) {
				*version = ps[i].version;
				rc = 1;
			}
		}
	}
	for (size_t i = 0; i < n; i++)
		free(ps[i].name);
	free(ps);
	return rc;
}

/* See versions.h. */
int sg_versions_duplicate_in_dir(int64_t *version, const char *dir, sg_error *err)
{
	char **names = NULL;
	size_t count = 0;
	if (sg_files_list_dir(&names, &count, dir, err) != 0)
		return -1;
	int rc = sg_versions_duplicate(version, (const char *const *)names, count, err);
	sg_files_names_free(names, count);
	return rc;
}
