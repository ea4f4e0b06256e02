/*
 * What the `schemagen` commands write: a builder's text on a stream or into
 * a file, whole or not at all.
 *
 * A builder whose allocation failed (sg_strbuf_failed: its text is cut short)
 * is refused before a byte is written.  A file is written under a temporary
 * name in its own directory, flushed to disk (fsync) and only then given its
 * name, so that a failure at any point, or a crash, leaves no file or the
 * previous one, never a truncated one; the temporary file is removed on
 * failure.
 */
#ifndef SG_OUTPUT_H
#define SG_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include "schemagen/error.h"
#include "strbuf.h"

/*
 * Write the text of `text` on `out` and flush it.  Returns 0, or -1 with err
 * set (SG_ERR_SYSTEM) when the builder failed (nothing is written) or the
 * stream refused the text.
 */
int sg_output_print(FILE *out, const sg_strbuf *text, sg_error *err);

/*
 * Write `len` bytes of `text` into the file `path` (whose directory must
 * exist), created with permissions `mode` (less the umask).  With `replace`
 * an existing file is replaced in one rename; without it an existing file is
 * an error (SG_ERR_INPUT, "cannot create '<path>': File exists") and is left
 * as it was.  Returns 0, or -1 with err set and no file at `path` (or the
 * one that was there) and no temporary file left.
 */
int sg_output_write_file(const char *path, const char *text, size_t len, mode_t mode, bool replace, sg_error *err);

/*
 * The first half of a replacing sg_output_write_file, for writing several
 * files all or none: `text` written into a new temporary file beside `path`
 * and flushed to disk; its name returned in *tmp_out (malloc'd, owned by the
 * caller, who renames it to `path` or unlinks it).  -1 with err set (naming
 * `path`) and no temporary file left on failure.
 */
int sg_output_write_temp(char **tmp_out, const char *path, const char *text, size_t len, mode_t mode, sg_error *err);

/*
 * sg_output_write_file with a builder's text: a failed builder is refused
 * (SG_ERR_SYSTEM) before any file is created.
 */
int sg_output_write_builder(const char *path, const sg_strbuf *text, mode_t mode, bool replace, sg_error *err);

#endif
