/*
 * A small JSON reader for libpg_query's parse trees (pg_query_parse returns
 * JSON text).  Just enough JSON: objects, arrays, strings with escapes,
 * numbers kept as text, true/false/null.  Nodes live in an arena.
 */
#ifndef SG_MODEL_JSON_H
#define SG_MODEL_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

typedef enum sg_json_type {
	SG_JSON_NULL = 0,
	SG_JSON_BOOL,
	SG_JSON_NUMBER,
	SG_JSON_STRING,
	SG_JSON_ARRAY,
	SG_JSON_OBJECT
} sg_json_type;

typedef struct sg_json {
	sg_json_type type;
	const char *str; /* STRING: the decoded text; NUMBER: as written */
	bool boolean;
	const char **keys;	/* OBJECT: the keys, parallel to items */
	struct sg_json **items; /* ARRAY and OBJECT: the elements */
	size_t n;
} sg_json;

/* Parse `text`; NULL when it is not JSON or out of memory.  Nodes are owned by `arena`. */
sg_json *sg_json_parse(sg_arena *arena, const char *text);
/* The member `key` of an object, NULL when absent or `obj` is not an object.  Borrowed. */
const sg_json *sg_json_get(const sg_json *obj, const char *key);
/* The string of member `key`, NULL when absent or not a string. */
const char *sg_json_get_str(const sg_json *obj, const char *key);

#endif
