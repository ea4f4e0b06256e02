/*
 * Writing JSON text for --format json output of both tools: strings escaped
 * per RFC 8259, so log pipelines can parse every line.
 */
#ifndef SG_JSON_H
#define SG_JSON_H

#include <stdbool.h>

#include "strbuf.h"

/* Append `s` as a JSON string literal (quotes included); NULL becomes null. */
void sg_json_string(sg_strbuf *sb, const char *s);
/* Append `"key":` (with a leading comma unless `first`). */
void sg_json_key(sg_strbuf *sb, const char *key, bool first);

#endif
