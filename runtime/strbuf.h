/*
 * A growable string (git's strbuf).  `data` is never NULL and always
 * NUL-terminated; an allocation failure is sticky and checked once at the end
 * with sg_strbuf_failed(), so builders need not check every append.
 */
#ifndef SG_STRBUF_H
#define SG_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "schemagen/error.h"

typedef struct sg_strbuf {
	char *data;
	size_t len;
	size_t cap; /* 0 while data points at the shared empty string */
	bool failed;
} sg_strbuf;

#define SG_STRBUF_INIT                                                                                                 \
	{                                                                                                              \
		sg_strbuf__empty, 0, 0, false                                                                          \
	}
extern char sg_strbuf__empty[1];

void sg_strbuf_init(sg_strbuf *sb);
/* Free the buffer and return it to the empty state. */
void sg_strbuf_release(sg_strbuf *sb);
/* Keep the allocation, drop the contents. */
void sg_strbuf_reset(sg_strbuf *sb);
/* Make room for `extra` more bytes; false (and the sticky flag) when out of memory. */
bool sg_strbuf_grow(sg_strbuf *sb, size_t extra);
void sg_strbuf_add(sg_strbuf *sb, const void *data, size_t len);
void sg_strbuf_adds(sg_strbuf *sb, const char *s);
void sg_strbuf_addch(sg_strbuf *sb, char c);
void sg_strbuf_addf(sg_strbuf *sb, const char *fmt, ...) SG_PRINTF(2, 3);
void sg_strbuf_vaddf(sg_strbuf *sb, const char *fmt, va_list ap) SG_PRINTF(2, 0);
/* Cut to `len` bytes (len <= sb->len). */
void sg_strbuf_truncate(sg_strbuf *sb, size_t len);
/* True when any append failed for lack of memory since init or reset. */
bool sg_strbuf_failed(const sg_strbuf *sb);
/*
 * Hand the text over: the caller owns the returned malloc'd string (never
 * NULL unless out of memory) and the buffer is empty again.
 */
char *sg_strbuf_detach(sg_strbuf *sb, size_t *len_out);

#endif
