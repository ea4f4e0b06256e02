/*
 * Why a migrations directory's file set was refused, told by its file names
 * rather than by the words of the message: whether two migrations have the
 * same version (the mark of two branches that each generated the next
 * number), so that `schemagen check` can say how to resolve it.
 *
 * It follows the order in which sg_files_collect (files.h) checks a set, so
 * that it answers 1 exactly when that function's failure is the duplicate.
 */
#ifndef SG_VERSIONS_H
#define SG_VERSIONS_H

#include <stddef.h>
#include <stdint.h>

#include "schemagen/error.h"

/*
 * Whether sg_files_collect refuses `names` (a directory's listing) because
 * two migrations have the same version: two up files or two down files of
 * one version, or an up and a down of one version with different
 * descriptions.  Returns 1 and sets *version to that version (the lowest
 * one) when so; 0 when the set is fine or is refused for another reason
 * found first (a bad file name, a down file without its up file); -1 with
 * err set (SG_ERR_SYSTEM) when memory runs out.
 */
int sg_versions_duplicate(int64_t *version, const char *const *names, size_t count, sg_error *err);

/* sg_versions_duplicate on the listing of directory `dir` (-1 with err set when it cannot be read). */
int sg_versions_duplicate_in_dir(int64_t *version, const char *dir, sg_error *err);

#endif
