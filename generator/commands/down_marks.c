/* The `-- schemagen:irreversible` mark of a down migration (see down_marks.h). */
#include "down_marks.h"

#include <stdbool.h>
#include <string.h>

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/*
 * Whether the line [p, end) (no newline) is a mark; the reason, when there
 * is one, is set into `out`.
 */
static bool line_is_mark(const char *p, const char *end, sg_down_mark *out)
{
	static const char word[] = "schemagen:irreversible";
	const size_t wlen = sizeof(word) - 1;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (end - p < 2 || p[0] != '-' || p[1] != '-')
		return false;
	p += 2;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if ((size_t)(end - p) < wlen || memcmp(p, word, wlen) != 0)
		return false;
	p += wlen;
	if (p < end && *p != ':' && !is_blank(*p))
		return false; /* schemagen:irreversibles, schemagen:irreversible-ish: another word */
	while (p < end && is_blank(*p))
		p++;
	if (p < end && *p == ':')
		p++;
	while (p < end && is_blank(*p))
		p++;
	while (end > p && is_blank(end[-1]))
		end--;
	out->reason = end > p ? p : NULL;
	out->reason_len = (size_t)(end - p);
	return true;
}

/* Whether the line [p, end) belongs to the leading comment lines. */
static bool line_is_leading(const char *p, const char *end)
{
	while (p < end && is_blank(*p))
		p++;
	return p == end || (end - p >= 2 && p[0] == '-' && p[1] == '-');
}

sg_down_mark_kind sg_down_marks_read(sg_down_mark *out, const char *text, size_t len)
{
	memset(out, 0, sizeof(*out));
	const char *p = text, *end = text + len;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	bool leading = true;
	for (size_t line = 1; p < end; line++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		leading = leading && line_is_leading(p, eol);
		sg_down_mark found = {0};
		if (line_is_mark(p, eol, &found)) {
			*out = found;
			out->line = line;
			out->kind = leading ? SG_DOWN_MARK_IRREVERSIBLE : SG_DOWN_MARK_MISPLACED;
			return out->kind;
		}
		p = nl ? nl + 1 : end;
	}
	return out->kind;
}
