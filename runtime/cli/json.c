/*
 * sg_json: JSON string escaping.
 */
#include "json.h"

void sg_json_string(sg_strbuf *sb, const char *s)
{
	if (!s) {
		sg_strbuf_adds(sb, "null");
		return;
	}
	sg_strbuf_addch(sb, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"':
			sg_strbuf_adds(sb, "\\\"");
			break;
		case '\\':
			sg_strbuf_adds(sb, "\\\\");
			break;
		case '\n':
			sg_strbuf_adds(sb, "\\n");
			break;
		case '\r':
			sg_strbuf_adds(sb, "\\r");
			break;
		case '\t':
			sg_strbuf_adds(sb, "\\t");
			break;
		default:
			if (*p < 0x20)
				sg_strbuf_addf(sb, "\\u%04x", *p);
			else
				sg_strbuf_addch(sb, (char)*p);
		}
	}
	sg_strbuf_addch(sb, '"');
}

void sg_json_key(sg_strbuf *sb, const char *key, bool first)
{
	if (!first)
		sg_strbuf_addch(sb, ',');
	sg_json_string(sb, key);
	sg_strbuf_addch(sb, ':');
}
