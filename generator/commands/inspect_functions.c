/*
 * The `functions:` of inspect's YAML (inspect.h): each function or procedure
 * with the catalog's own statement as its definition, in a literal block
 * scalar that reads back byte for byte (a function's body is kept exactly
 * as written, so it must come back exactly), or a quoted scalar when a
 * block cannot carry the text.
 */
#include "inspect_internal.h"

#include <string.h>

#include "strbuf.h"

/* Whether `s` reads back unchanged from a literal block scalar: no control characters but tab and newline. */
static bool block_ok(const char *s)
{
	if (!*s)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7F)
			return false;
	/* Not valid UTF-8 or a character YAML escapes: the quoted writer knows those. */
	return true;
}

/* `key: |...` then the text's lines at `ind` spaces. */
static void block_scalar(sg_strbuf *sb, int ind, const char *key, const char *text)
{
	size_t len = strlen(text), trailing = 0;
	while (trailing < len && text[len - 1 - trailing] == '\n')
		trailing++;
	sg_strbuf_addf(sb, "%*s%s: |", ind - 2, "", key);
	/* The first line's leading spaces would be taken for indentation: say how much there is. */
	if (text[0] == ' ' || text[0] == '\n')
		sg_strbuf_addf(sb, "%d", 2);
	sg_strbuf_adds(sb, trailing == 0 ? "-" : trailing == 1 ? "" : "+");
	sg_strbuf_addch(sb, '\n');
	const char *p = text, *end = text + len - trailing;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl ? nl : end;
		if (stop > p)
			sg_strbuf_addf(sb, "%*s", ind, "");
		sg_strbuf_add(sb, p, (size_t)(stop - p));
		sg_strbuf_addch(sb, '\n');
		p = nl ? nl + 1 : end;
	}
	for (size_t i = 1; i < trailing; i++)
		sg_strbuf_addch(sb, '\n');
}

void sg_inspect__render_functions(sg_strbuf *sb, const sg_schema *s)
{
	if (!s->nfunctions)
		return;
	sg_strbuf_adds(sb, "functions:\n");
	for (size_t i = 0; i < s->nfunctions; i++) {
		const sg_function *fn = &s->functions[i];
		sg_strbuf_adds(sb, "  - name: ");
		sg_inspect_yaml_scalar(sb, fn->name, false);
		sg_strbuf_addch(sb, '\n');
		if (block_ok(fn->definition)) {
			block_scalar(sb, 6, "definition", fn->definition);
		} else {
			sg_strbuf_adds(sb, "    definition: ");
			sg_inspect_yaml_scalar(sb, fn->definition, false);
			sg_strbuf_addch(sb, '\n');
		}
	}
}
