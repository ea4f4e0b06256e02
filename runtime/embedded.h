/*
 * The embedded migration source (schemagen/migrate.h, sg_migrate_source_embedded):
 * what the runner asks of it beyond the source interface, so that a set
 * compiled into the program is listed without copies and its checksums are
 * taken as generated rather than computed again.
 */
#ifndef SG_EMBEDDED_H
#define SG_EMBEDDED_H

#include <stdbool.h>

#include "checksum.h"
#include "files.h"
#include "schemagen/migrate.h"

/* The set behind `src` when it is an embedded source, else NULL.  Borrowed. */
const sg_migrate_embedded *sg_embedded_of(const sg_migrate_source *src);

/*
 * Build the ordered migration set from the embedded names, as
 * sg_files_collect does from a directory's (the same checks and errors).
 */
int sg_embedded_collect(sg_mfile_set *out, const sg_migrate_embedded *set, sg_error *err);

/* The recorded SHA-256 of file `name` of the set; false when the set has no such file. */
bool sg_embedded_sum(const sg_migrate_embedded *set, const char *name, unsigned char out[SG_SHA256_LEN]);

/* Whether `hex` is 64 lowercase hex digits; if so and out is not NULL, their bytes into out. */
bool sg_embedded_parse_sum(const char *hex, unsigned char out[SG_SHA256_LEN]);

#endif
