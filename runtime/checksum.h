/*
 * SHA-256 checksums of migration files (DESIGN.md §4), as lowercase hex.
 */
#ifndef SG_CHECKSUM_H
#define SG_CHECKSUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "schemagen/error.h"

#define SG_CHECKSUM_HEX_LEN 64
#define SG_SHA256_LEN 32

/* A SHA-256 computed piece by piece (a file read in chunks). */
typedef struct sg_sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t nbuf;
} sg_sha256;

void sg_sha256_init(sg_sha256 *c);
void sg_sha256_update(sg_sha256 *c, const void *data, size_t len);
/* The digest of everything given to update; c must be initialised again before reuse. */
void sg_sha256_final(sg_sha256 *c, unsigned char out[SG_SHA256_LEN]);
/* Tests: use the plain C rounds even where the processor's SHA extensions are there. */
void sg_checksum__portable(bool on);
/* A digest as 64 lowercase hex digits and a NUL. */
void sg_checksum_hex(char out[SG_CHECKSUM_HEX_LEN + 1], const unsigned char sum[SG_SHA256_LEN]);

/*
 * Write the SHA-256 of data[0..len) as 64 lowercase hex digits and a NUL into
 * out.  Always 0: nothing can fail (the error parameter is kept for callers
 * that pass one).
 */
int sg_checksum_sha256_hex(char out[SG_CHECKSUM_HEX_LEN + 1], const void *data, size_t len, sg_error *err);

#endif
