/*
 * Names the models qualify with their own schema, in the scratch script
 * (normalize_script.h).  A function, view or trigger of the models may write
 * `public.items` or `public.clean(x)` where the models' schema is public:
 * the migration means the same either way, and the live catalog prints the
 * name bare.  In the scratch schema it does not: `public.items` reads the
 * live table, not the scratch copy of it (which then prints `public.items`),
 * and fails when only the models have it; the diff found a change at every
 * run, a materialized view computed again each time.  So, in the scratch
 * script only, the qualifier is blanked out (spaces in its place: every byte
 * offset stays, for the server's error positions, normalize_blame.c), and
 * the name is found through the scratch search_path (scratch, then the
 * target schema) as a bare name is.  The migration is written from the
 * model's own text, qualified as the model wrote it.
 *
 * Only where the bare name means the same object: a name that pg_catalog
 * also has (a function or type the models shadow, `public.lower(x)`; a
 * `pg_` relation), which a bare name would find first, keeps its qualifier.
 * The names are found in libpg_query's parse tree: relations, function calls
 * (and a trigger's function), type names and three-part column references
 * (`public.items.id`); a string body (`AS $$...$$`) is not parsed, and stays
 * as written on both sides.
 */
#include <libpq-fe.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "arena.h"
#include "model_json.h"
#include "normalize.h"
#include "normalize_script.h"

/* One qualifier to blank: bytes [start, end) of the script; `name` the object it qualifies. */
typedef struct blank {
	size_t start, end;
	char *name; /* malloc'd */
	char kind;  /* 'r' relation, 'f' function, 't' type */
} blank;

typedef struct finder {
	const char *schema;
	const char *text; /* the statement */
	size_t len, base; /* its length, and its offset in the script */
	blank *found;
	size_t n, cap;
	bool failed;
} finder;

/* The end of qualifier `schema` and its dot at text[at...] (quoted or not, blanks around the dot); 0: not there. */
static size_t qualifier_end(const finder *f, size_t at, const char *schema)
{
	const char *p = f->text + at, *end = f->text + f->len;
	size_t n = strlen(schema);
	if (*p == '"') {
		if ((size_t)(end - p) < n + 2 || strncmp(p + 1, schema, n) != 0 || p[n + 1] != '"')
			return 0;
		p += n + 2;
	} else {
		/* Bare: folded to lower case, so the schema must be written in lower case to match. */
		if ((size_t)(end - p) < n || strncasecmp(p, schema, n) != 0)
			return 0;
		for (size_t i = 0; i < n; i++)
			if (schema[i] >= 'A' && schema[i] <= 'Z')
				return 0;
		p += n;
	}
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	if (p >= end || *p != '.')
		return 0;
	p++;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return (size_t)(p - f->text);
}

static void add(finder *f, size_t at, const char *name, char kind)
{
	size_t end = qualifier_end(f, at, f->schema);
	if (!end || !name)
		return;
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 8;
		blank *p = realloc(f->found, cap * sizeof(*p));
		if (!p) {
			f->failed = true;
			return;
		}
		f->found = p;
		f->cap = cap;
	}
	char *copy = strdup(name);
	if (!copy) {
		f->failed = true;
		return;
	}
	f->found[f->n++] = (blank){f->base + at, f->base + end, copy, kind};
}

static bool location(const finder *f, const sg_json *body, size_t *out)
{
	const sg_json *loc = sg_json_get(body, "location");
	if (!loc || loc->type != SG_JSON_NUMBER)
		return false;
	long v = strtol(loc->str, NULL, 10);
	if (v < 0 || (size_t)v >= f->len)
		return false;
	*out = (size_t)v;
	return true;
}

/* The i-th String of name list `list`, NULL when it is not one. */
static const char *name_part(const sg_json *list, size_t i)
{
	if (!list || list->type != SG_JSON_ARRAY || i >= list->n)
		return NULL;
	return sg_json_get_str(sg_json_get(list->items[i], "String"), "sval");
}

/* A qualified name list (`names`, `funcname`, `fields`) of `parts` parts whose first is the schema. */
static void qualified_list(finder *f, const sg_json *body, const char *key, size_t parts, char kind)
{
	const sg_json *list = sg_json_get(body, key);
	size_t at;
	const char *first = name_part(list, 0);
	if (list && list->n == parts && first && strcmp(first, f->schema) == 0 && location(f, body, &at))
		add(f, at, name_part(list, 1), kind);
}

static void range_var(finder *f, const sg_json *body)
{
	const char *schema = sg_json_get_str(body, "schemaname");
	size_t at;
	if (schema && strcmp(schema, f->schema) == 0 && !sg_json_get(body, "catalogname") && location(f, body, &at))
		add(f, at, sg_json_get_str(body, "relname"), 'r');
}

static void walk(finder *f, const sg_json *node)
{
	if (!node || f->failed)
		return;
	if (node->type == SG_JSON_ARRAY) {
		for (size_t i = 0; i < node->n; i++)
			walk(f, node->items[i]);
		return;
	}
	if (node->type != SG_JSON_OBJECT)
		return;
	for (size_t i = 0; i < node->n; i++) {
		const char *k = node->keys[i];
		const sg_json *v = node->items[i];
		if (v->type == SG_JSON_OBJECT) {
			if (strcmp(k, "RangeVar") == 0 || strcmp(k, "relation") == 0 || strcmp(k, "constrrel") == 0 ||
			    strcmp(k, "view") == 0)
				range_var(f, v);
			else if (strcmp(k, "FuncCall") == 0)
				qualified_list(f, v, "funcname", 2, 'f');
			else if (strcmp(k, "TypeName") == 0 || strcmp(k, "typeName") == 0 ||
				 strcmp(k, "argType") == 0 || strcmp(k, "returnType") == 0)
				qualified_list(f, v, "names", 2, 't');
			else if (strcmp(k, "ColumnRef") == 0)
				qualified_list(f, v, "fields", 3, 'r');
		}
		walk(f, v);
	}
}

/* A trigger's `EXECUTE FUNCTION schema.f(...)`: CreateTrigStmt keeps no position for the function's name. */
static void trigger_function(finder *f, const sg_json *stmt)
{
	const sg_json *trig = sg_json_get(stmt, "CreateTrigStmt");
	const sg_json *names = sg_json_get(trig, "funcname");
	const char *first = name_part(names, 0);
	if (!names || names->n != 2 || !first || strcmp(first, f->schema) != 0)
		return;
	const char *key = " EXECUTE FUNCTION ", *at = NULL;
	for (const char *p = strstr(f->text, key); p && (size_t)(p - f->text) < f->len; p = strstr(p + 1, key))
		at = p;
	if (at)
		add(f, (size_t)(at - f->text) + strlen(key), name_part(names, 1), 'f');
}

/* The qualifiers in statement [start, end) of the script. */
static void find(finder *f, const sg_normalize_script *s, const sg_normalize_stmt *st)
{
	f->base = st->start;
	f->len = st->end - st->start;
	char *text = strndup(s->sql.data + st->start, f->len);
	if (!text) {
		f->failed = true;
		return;
	}
	f->text = text;
	PgQueryParseResult res = pg_query_parse(text);
	sg_arena *arena = res.error ? NULL : sg_arena_new();
	const sg_json *root = arena ? sg_json_parse(arena, res.parse_tree) : NULL;
	const sg_json *stmts = sg_json_get(root, "stmts");
	for (size_t i = 0; stmts && stmts->type == SG_JSON_ARRAY && i < stmts->n; i++) {
		const sg_json *stmt = sg_json_get(stmts->items[i], "stmt");
		trigger_function(f, stmt);
		walk(f, stmt);
	}
	pg_query_free_parse_result(res);
	sg_arena_free(arena);
	free(text);
	f->text = NULL;
}

static bool code_statement(const sg_normalize_stmt *st)
{
	const char *w = st->what;
	return !st->bodies && (strcmp(w, "function") == 0 || strcmp(w, "procedure") == 0 || strcmp(w, "view") == 0 ||
			       strcmp(w, "materialized view") == 0 || strcmp(w, "trigger") == 0);
}

/*
 * The names among `found` that pg_catalog has too (functions and types by
 * name, `pg_` relations): shadowed[i] set.  One statement, only when a
 * function or type is qualified.
 */
static int builtin_names(PGconn *conn, const finder *f, bool *shadowed, sg_error *err)
{
	sg_strbuf arr = SG_STRBUF_INIT;
	sg_strbuf_addch(&arr, '{');
	size_t asked = 0;
	for (size_t i = 0; i < f->n; i++) {
		shadowed[i] = f->found[i].kind == 'r' && strncmp(f->found[i].name, "pg_", 3) == 0;
		if (f->found[i].kind == 'r')
			continue;
		if (asked++)
			sg_strbuf_addch(&arr, ',');
		sg_strbuf_addch(&arr, '"');
		for (const char *p = f->found[i].name; *p; p++) {
			if (*p == '"' || *p == '\\')
				sg_strbuf_addch(&arr, '\\');
			sg_strbuf_addch(&arr, *p);
		}
		sg_strbuf_addch(&arr, '"');
	}
	sg_strbuf_addch(&arr, '}');
	int rc = 0;
	if (asked && sg_strbuf_failed(&arr))
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	else if (asked) {
		const char *params[] = {arr.data};
		PGresult *res =
		    PQexecParams(conn,
				 "SELECT p.proname::text FROM pg_catalog.pg_proc p WHERE p.pronamespace = "
				 "'pg_catalog'::pg_catalog.regnamespace AND p.proname = ANY ($1::pg_catalog.text[]) "
				 "UNION SELECT t.typname::text FROM pg_catalog.pg_type t WHERE t.typnamespace = "
				 "'pg_catalog'::pg_catalog.regnamespace AND t.typname = ANY ($1::pg_catalog.text[])",
				 1, NULL, params, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_TUPLES_OK)
			rc = sg_error_set(err, SG_ERR_DB, "cannot read the built-in names: %s",
					  PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
		for (int r = 0; rc == 0 && r < PQntuples(res); r++)
			for (size_t i = 0; i < f->n; i++)
				if (f->found[i].kind != 'r' && strcmp(f->found[i].name, PQgetvalue(res, r, 0)) == 0)
					shadowed[i] = true;
		PQclear(res);
	}
	sg_strbuf_release(&arr);
	return rc;
}

int sg_normalize__unqualify(PGconn *conn, sg_normalize_script *s, const char *schema, sg_error *err)
{
	finder f = {.schema = schema};
	for (size_t i = 0; i < s->n && !f.failed; i++) {
		const sg_normalize_stmt *st = &s->stmts[i];
		/* Cheap first: a statement without the schema's name in it has nothing to blank. */
		if (!code_statement(st))
			continue;
		bool named = false;
		size_t n = strlen(schema);
		for (size_t at = st->start; !named && at + n <= st->end; at++)
			named = strncasecmp(s->sql.data + at, schema, n) == 0;
		if (named)
			find(&f, s, st);
	}
	int rc = 0;
	bool *shadowed = f.n ? calloc(f.n, sizeof(bool)) : NULL;
	if (f.failed || (f.n && !shadowed))
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	else if (f.n)
		rc = builtin_names(conn, &f, shadowed, err);
	for (size_t i = 0; rc == 0 && i < f.n; i++)
		if (!shadowed[i])
			memset(s->sql.data + f.found[i].start, ' ', f.found[i].end - f.found[i].start);
	free(shadowed);
	for (size_t i = 0; i < f.n; i++)
		free(f.found[i].name);
	free(f.found);
	return rc;
}
