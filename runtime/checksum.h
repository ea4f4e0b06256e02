/*
 * SHA-256 checksums of migration files (DESIGN.md §4), as lowercase hex.
 */
#ifndef SG_CHECKSUM_H
#define SG_CHECKSUM_H

#include <stddef.h>

#include "schemagen/error.h"

#define SG_CHECKSUM_HEX_LEN 64

/*
 * Write the SHA-256 of data[0..len) as 64 lowercase hex digits and a NUL into
 * out.  Always 0: nothing can fail (the error parameter is kept for callers
 * that pass one).
 */
int sg_checksum_sha256_hex(char out[SG_CHECKSUM_HEX_LEN + 1], const void *data, size_t len, sg_error *err);

#endif
