/*
 * schemagen-embed's work: a migrations directory read into an owned
 * sg_migrate_embedded, and that set written as a C source (and a make-style
 * depfile, so that a build regenerates it when a migration changes).  The
 * runner never uses this file: it reads a set through embedded.h.
 */
#ifndef SG_EMBED_H
#define SG_EMBED_H

#include <stdio.h>

#include "schemagen/migrate.h"

/* A set read from a directory; `set` points into memory the structure owns. */
typedef struct sg_embed_set {
	sg_migrate_embedded set;
	sg_migrate_embedded_file *files;
	char *description;
} sg_embed_set;

/*
 * Read every entry of `dir` whose name is a migration file's, or ends as one
 * (`.up.sql`, `.down.sql`: a bad name is then the runner's error, as from a
 * directory), with its bytes exactly as they are and their SHA-256, sorted by
 * name.  Hidden entries are skipped, as the runner skips them.
 * \param description what messages call the set (NULL: `dir` as given)
 * \return 0, or -1 with err set (SG_ERR_INPUT: no such directory, an entry is a directory)
 */
int sg_embed_load(sg_embed_set **out, const char *dir, const char *description, sg_error *err);

/* Free a set from sg_embed_load.  Accepts NULL. */
void sg_embed_free(sg_embed_set *s);

/* Whether `name` is a C identifier (the generated variable's name). */
int sg_embed_valid_symbol(const char *name);

/*
 * Write `set` as a C source defining `const sg_migrate_embedded SYMBOL`
 * (string literals, so that a large set compiles quickly).
 * \return 0, or -1 with err set (SG_ERR_SYSTEM) when writing fails
 */
int sg_embed_write_c(FILE *f, const sg_migrate_embedded *set, const char *symbol, sg_error *err);

/*
 * Write a make-style depfile: `target` depends on `dir` (an added or removed
 * file changes its time) and on every file of the set.
 */
int sg_embed_write_depfile(FILE *f, const char *target, const char *dir, const sg_migrate_embedded *set, sg_error *err);

#endif
