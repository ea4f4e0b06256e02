/*
 * sg_strbuf: the string builder every SQL and message writer uses.
 */
#include "strbuf.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Shared by every empty buffer; never written, since cap == 0 marks it. */
char sg_strbuf__empty[1] = "";

void sg_strbuf_init(sg_strbuf *sb)
{
	sb->data = sg_strbuf__empty;
	sb->len = 0;
	sb->cap = 0;
	sb->failed = false;
}

void sg_strbuf_release(sg_strbuf *sb)
{
	if (sb->cap)
		free(sb->data);
	sg_strbuf_init(sb);
}

void sg_strbuf_reset(sg_strbuf *sb)
{
	sb->len = 0;
	if (sb->cap)
		sb->data[0] = '\0';
	sb->failed = false;
}

bool sg_strbuf_grow(sg_strbuf *sb, size_t extra)
{
	if (sb->failed)
		return false;
	if (extra > SIZE_MAX - sb->len - 1) {
		sb->failed = true;
		return false;
	}
	size_t need = sb->len + extra + 1;
	if (need <= sb->cap)
		return true;
	size_t cap = sb->cap ? sb->cap : 64;
	while (cap < need)
		cap = cap > SIZE_MAX / 2 ? need : cap * 2;
	char *p = realloc(sb->cap ? sb->data : NULL, cap);
	if (!p) {
		sb->failed = true;
		return false;
	}
	if (!sb->cap)
		p[0] = '\0';
	sb->data = p;
	sb->cap = cap;
	return true;
}

void sg_strbuf_add(sg_strbuf *sb, const void *data, size_t len)
{
	if (!sg_strbuf_grow(sb, len))
		return;
	memcpy(sb->data + sb->len, data, len);
	sb->len += len;
	sb->data[sb->len] = '\0';
}

void sg_strbuf_adds(sg_strbuf *sb, const char *s)
{
	sg_strbuf_add(sb, s, strlen(s));
}

void sg_strbuf_addch(sg_strbuf *sb, char c)
{
	sg_strbuf_add(sb, &c, 1);
}

void sg_strbuf_vaddf(sg_strbuf *sb, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0) {
		sb->failed = true;
	} else if (sg_strbuf_grow(sb, (size_t)n)) {
		vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
		sb->len += (size_t)n;
	}
}

void sg_strbuf_addf(sg_strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sg_strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

void sg_strbuf_truncate(sg_strbuf *sb, size_t len)
{
	if (len >= sb->len)
		return;
	sb->len = len;
	if (sb->cap)
		sb->data[len] = '\0';
}

bool sg_strbuf_failed(const sg_strbuf *sb)
{
	return sb->failed;
}

char *sg_strbuf_detach(sg_strbuf *sb, size_t *len_out)
{
	char *out;
	if (sb->failed) {
		sg_strbuf_release(sb);
		out = NULL;
	} else if (sb->cap) {
		out = sb->data;
	} else {
		out = calloc(1, 1);
	}
	if (len_out)
		*len_out = out ? sb->len : 0;
	sg_strbuf_init(sb);
	return out;
}
