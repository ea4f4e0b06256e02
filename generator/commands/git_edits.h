/*
 * Migrations edited after a later one was added, found in git's history
 * (issue: `schemagen check` flags them).  Such an edit almost always reaches
 * databases that already applied the file, where `migrate up` then refuses
 * the checksum.  git is used when it is there and the directory is in a work
 * tree; without it nothing is found and nothing fails.
 *
 * The rule: up file F is flagged when a commit (or the uncommitted work tree)
 * changed F while a migration with a higher version was already committed
 * before that change.  A branch that adds two migrations and then fixes the
 * first in a later commit is flagged too: squash those commits.  Files are
 * matched by version, so renames (of F or of the later file) keep their
 * history; a rename alone changes no checksum and is not flagged, a rename
 * with an edit is.
 */
#ifndef SG_GIT_EDITS_H
#define SG_GIT_EDITS_H

#include <stddef.h>

#include "files.h"
#include "schemagen/error.h"

typedef struct sg_git_edit {
	char *file;	  /* the edited up file (name in the directory) */
	char *later_file; /* an up file with a higher version that existed before the edit */
	char *change;	  /* "commit 1a2b3c4d" or "uncommitted" */
} sg_git_edit;

typedef struct sg_git_edits {
	sg_git_edit *items;
	size_t count;
} sg_git_edits;

/*
 * Look at the history of `dir` for the up files of `files`.
 * \return 0 (also when git or a work tree is missing); -1 with err set only
 *         when out of memory
 */
int sg_git_edits_find(sg_git_edits *out, const char *dir, const sg_mfile_set *files, sg_error *err);
void sg_git_edits_release(sg_git_edits *edits);

#endif
