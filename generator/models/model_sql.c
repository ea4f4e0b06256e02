/*
 * SQL fragments of the models, read with libpg_query (see model_sql.h).  Each
 * fragment is wrapped in the smallest statement that gives it its meaning
 * (`SELECT (expr)`, `CREATE INDEX ON t (elem)`, `CREATE TABLE t (c type)`),
 * and the statement must parse as exactly that one statement, so text that
 * closes the wrapper and adds a statement of its own is refused.
 */
#include "model_sql.h"

#include <pg_query.h>
#include <stdlib.h>
#include <string.h>

#include "model_json.h"
#include "strbuf.h"

/* Set *msg for running out of memory; returns SG_SQL_NOMEM. */
static int nomem(const char **msg)
{
	*msg = "out of memory";
	return SG_SQL_NOMEM;
}

/*
 * Parse prefix+frag+suffix into *out, the JSON tree of its only statement:
 * 0, or SG_SQL_INVALID / SG_SQL_NOMEM with *msg set.
 */
static int parse_one(const sg_json **out, sg_arena *arena, const char *prefix, const char *frag, const char *suffix,
		     const char *stmt_kind, const char **msg)
{
	*out = NULL;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, prefix);
	sg_strbuf_adds(&sb, frag);
	sg_strbuf_adds(&sb, suffix);
	if (sg_strbuf_failed(&sb)) {
		sg_strbuf_release(&sb);
		return nomem(msg);
	}
	PgQueryParseResult res = pg_query_parse(sb.data);
	sg_strbuf_release(&sb);
	const sg_json *stmt = NULL;
	int rc = SG_SQL_INVALID;
	if (res.error) {
		if (!(*msg = sg_arena_strdup(arena, res.error->message)))
			rc = nomem(msg);
	} else {
		sg_json *root = sg_json_parse(arena, res.parse_tree);
		const sg_json *stmts = sg_json_get(root, "stmts");
		if (!root) {
			*msg = "cannot read the parse tree";
		} else if (!stmts || stmts->type != SG_JSON_ARRAY || stmts->n != 1 ||
			   !(stmt = sg_json_get(sg_json_get(stmts->items[0], "stmt"), stmt_kind))) {
			*msg = "not a single SQL fragment";
			stmt = NULL;
		}
	}
	pg_query_free_parse_result(res);
	if (!stmt)
		return rc;
	*out = stmt;
	return 0;
}

static const char *last_string(const sg_json *list)
{
	const char *s = NULL;
	if (!list || list->type != SG_JSON_ARRAY)
		return NULL;
	for (size_t i = 0; i < list->n; i++) {
		const char *v = sg_json_get_str(sg_json_get(list->items[i], "String"), "sval");
		if (v)
			s = v;
	}
	return s;
}

static int add_column(sg_arena *arena, sg_sql_columns *cols, size_t *cap, const char *name)
{
	for (size_t i = 0; i < cols->n; i++)
		if (strcmp(cols->names[i], name) == 0)
			return 0;
	if (cols->n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 4;
		const char **names = sg_arena_array(arena, ncap, sizeof(*names));
		if (!names)
			return -1;
		if (cols->n)
			memcpy(names, cols->names, cols->n * sizeof(*names));
		cols->names = names;
		*cap = ncap;
	}
	cols->names[cols->n++] = name;
	return 0;
}

/* Every ColumnRef under `node` (pull_var_clause's view: each distinct column once). */
static int collect_columns(sg_arena *arena, const sg_json *node, sg_sql_columns *cols, size_t *cap)
{
	if (!node || (node->type != SG_JSON_OBJECT && node->type != SG_JSON_ARRAY))
		return 0;
	for (size_t i = 0; i < node->n; i++) {
		const sg_json *item = node->items[i];
		if (node->type == SG_JSON_OBJECT && strcmp(node->keys[i], "ColumnRef") == 0) {
			const char *name = last_string(sg_json_get(item, "fields"));
			if (name && add_column(arena, cols, cap, name) != 0)
				return -1;
			continue;
		}
		if (collect_columns(arena, item, cols, cap) != 0)
			return -1;
	}
	return 0;
}

static int expr_in(sg_arena *arena, const char *expr, sg_sql_columns *cols, const char **msg)
{
	*cols = (sg_sql_columns){0};
	*msg = NULL;
	const sg_json *sel;
	int rc = parse_one(&sel, arena, "SELECT (", expr, "\n)", "SelectStmt", msg);
	if (rc != 0)
		return rc;
	const sg_json *targets = sg_json_get(sel, "targetList");
	bool extra = false;
	for (size_t i = 0; i < sel->n; i++)
		if (strcmp(sel->keys[i], "targetList") != 0 && strcmp(sel->keys[i], "limitOption") != 0 &&
		    strcmp(sel->keys[i], "op") != 0)
			extra = true;
	if (!targets || targets->type != SG_JSON_ARRAY || targets->n != 1 || extra) {
		*msg = "not a single SQL expression";
		return SG_SQL_INVALID;
	}
	size_t cap = 0;
	if (collect_columns(arena, targets, cols, &cap) != 0)
		return nomem(msg);
	return 0;
}

/* One node's type name and body: {"FuncCall": {...}} -> "FuncCall". */
static const char *node_kind(const sg_json *node, const sg_json **body)
{
	if (!node || node->type != SG_JSON_OBJECT || node->n != 1)
		return NULL;
	*body = node->items[0];
	return node->keys[0];
}

static const char *const sql_value_function_names[][2] = {
    {"SVFOP_CURRENT_DATE", "current_date"},
    {"SVFOP_CURRENT_TIME", "current_time"},
    {"SVFOP_CURRENT_TIME_N", "current_time"},
    {"SVFOP_CURRENT_TIMESTAMP", "current_timestamp"},
    {"SVFOP_CURRENT_TIMESTAMP_N", "current_timestamp"},
    {"SVFOP_LOCALTIME", "localtime"},
    {"SVFOP_LOCALTIME_N", "localtime"},
    {"SVFOP_LOCALTIMESTAMP", "localtimestamp"},
    {"SVFOP_LOCALTIMESTAMP_N", "localtimestamp"},
    {"SVFOP_CURRENT_ROLE", "current_role"},
    {"SVFOP_CURRENT_USER", "current_user"},
    {"SVFOP_USER", "user"},
    {"SVFOP_SESSION_USER", "session_user"},
    {"SVFOP_CURRENT_CATALOG", "current_catalog"},
    {"SVFOP_CURRENT_SCHEMA", "current_schema"},
};

static const char *const xml_names[][2] = {
    {"IS_XMLCONCAT", "xmlconcat"},	 {"IS_XMLELEMENT", "xmlelement"}, {"IS_XMLFOREST", "xmlforest"},
    {"IS_XMLPARSE", "xmlparse"},	 {"IS_XMLPI", "xmlpi"},		  {"IS_XMLROOT", "xmlroot"},
    {"IS_XMLSERIALIZE", "xmlserialize"},
};

static const char *lookup_pair(const char *const (*pairs)[2], size_t n, const char *key)
{
	for (size_t i = 0; key && i < n; i++)
		if (strcmp(pairs[i][0], key) == 0)
			return pairs[i][1];
	return NULL;
}

/*
 * FigureColnameInternal of parse_target.c on the raw parse tree: the name
 * and its strength (0 none, 1 a weak guess such as a cast's type, 2 sure).
 */
static int figure_colname(const sg_json *node, const char **name)
{
	const sg_json *b = NULL;
	const char *kind = node_kind(node, &b);
	if (!kind)
		return 0;
	if (strcmp(kind, "ColumnRef") == 0) {
		const char *f = last_string(sg_json_get(b, "fields"));
		if (f) {
			*name = f;
			return 2;
		}
	} else if (strcmp(kind, "A_Indirection") == 0) {
		const char *f = last_string(sg_json_get(b, "indirection"));
		if (f) {
			*name = f;
			return 2;
		}
		return figure_colname(sg_json_get(b, "arg"), name);
	} else if (strcmp(kind, "FuncCall") == 0) {
		const char *f = last_string(sg_json_get(b, "funcname"));
		if (f) {
			*name = f;
			return 2;
		}
	} else if (strcmp(kind, "A_Expr") == 0) {
		const char *k = sg_json_get_str(b, "kind");
		if (k && strcmp(k, "AEXPR_NULLIF") == 0) {
			*name = "nullif";
			return 2;
		}
	} else if (strcmp(kind, "TypeCast") == 0) {
		int strength = figure_colname(sg_json_get(b, "arg"), name);
		if (strength <= 1) {
			const char *t = last_string(sg_json_get(sg_json_get(b, "typeName"), "names"));
			if (t) {
				*name = t;
				return 1;
			}
		}
		return strength;
	} else if (strcmp(kind, "CollateClause") == 0) {
		return figure_colname(sg_json_get(b, "arg"), name);
	} else if (strcmp(kind, "GroupingFunc") == 0) {
		*name = "grouping";
		return 2;
	} else if (strcmp(kind, "SubLink") == 0) {
		/* An expression sublink is still untransformed here, so it names nothing. */
		const char *t = sg_json_get_str(b, "subLinkType");
		if (t && strcmp(t, "EXISTS_SUBLINK") == 0) {
			*name = "exists";
			return 2;
		}
		if (t && strcmp(t, "ARRAY_SUBLINK") == 0) {
			*name = "array";
			return 2;
		}
	} else if (strcmp(kind, "CaseExpr") == 0) {
		int strength = figure_colname(sg_json_get(b, "defresult"), name);
		if (strength <= 1) {
			*name = "case";
			return 1;
		}
		return strength;
	} else if (strcmp(kind, "A_ArrayExpr") == 0) {
		*name = "array";
		return 2;
	} else if (strcmp(kind, "RowExpr") == 0) {
		*name = "row";
		return 2;
	} else if (strcmp(kind, "CoalesceExpr") == 0) {
		*name = "coalesce";
		return 2;
	} else if (strcmp(kind, "MinMaxExpr") == 0) {
		const char *op = sg_json_get_str(b, "op");
		if (op) {
			*name = strcmp(op, "IS_GREATEST") == 0 ? "greatest" : "least";
			return 2;
		}
	} else if (strcmp(kind, "SQLValueFunction") == 0) {
		const char *n = lookup_pair(sql_value_function_names,
					    sizeof(sql_value_function_names) / sizeof(sql_value_function_names[0]),
					    sg_json_get_str(b, "op"));
		if (n) {
			*name = n;
			return 2;
		}
	} else if (strcmp(kind, "XmlExpr") == 0) {
		const char *n =
		    lookup_pair(xml_names, sizeof(xml_names) / sizeof(xml_names[0]), sg_json_get_str(b, "op"));
		if (n) {
			*name = n;
			return 2;
		}
	} else if (strcmp(kind, "XmlSerialize") == 0) {
		*name = "xmlserialize";
		return 2;
	}
	return 0;
}

static int index_elem_in(sg_arena *arena, const char *elem, sg_sql_index_elem *out, const char **msg)
{
	*out = (sg_sql_index_elem){0};
	*msg = NULL;
	const sg_json *st;
	int rc = parse_one(&st, arena, "CREATE INDEX ON t (", elem, "\n)", "IndexStmt", msg);
	if (rc != 0)
		return rc;
	const sg_json *params = sg_json_get(st, "indexParams");
	const sg_json *ie = NULL;
	if (!params || params->type != SG_JSON_ARRAY || params->n != 1 ||
	    !(ie = sg_json_get(params->items[0], "IndexElem"))) {
		*msg = "not a single index element";
		return SG_SQL_INVALID;
	}
	size_t cap = 0;
	const char *col = sg_json_get_str(ie, "name");
	if (col) {
		out->column = col;
		out->prelim_name = col;
		if (add_column(arena, &out->columns, &cap, col) != 0)
			return nomem(msg);
		return 0;
	}
	const sg_json *expr = sg_json_get(ie, "expr");
	const char *name = NULL;
	if (figure_colname(expr, &name) == 0 || !name)
		name = "expr";
	out->prelim_name = name;
	if (collect_columns(arena, expr, &out->columns, &cap) != 0)
		return nomem(msg);
	return 0;
}

static int type_in(sg_arena *arena, const char *type, sg_sql_type *out, const char **msg)
{
	*out = (sg_sql_type){0};
	*msg = NULL;
	const sg_json *st;
	int rc = parse_one(&st, arena, "CREATE TABLE t (c ", type, "\n)", "CreateStmt", msg);
	if (rc != 0)
		return rc;
	const sg_json *elts = sg_json_get(st, "tableElts");
	const sg_json *cd = NULL;
	if (!elts || elts->type != SG_JSON_ARRAY || elts->n != 1 || !(cd = sg_json_get(elts->items[0], "ColumnDef")) ||
	    sg_json_get(cd, "constraints") || sg_json_get(cd, "collClause") || sg_json_get(st, "constraints") ||
	    sg_json_get(st, "inhRelations") || sg_json_get(st, "options") || sg_json_get(st, "partspec")) {
		*msg = "not a type name alone";
		return SG_SQL_INVALID;
	}
	const sg_json *tn = sg_json_get(cd, "typeName");
	const sg_json *names = sg_json_get(tn, "names");
	if (!names || names->type != SG_JSON_ARRAY || names->n == 0 || names->n > 2 || sg_json_get(tn, "pct_type")) {
		*msg = "not a type name";
		return SG_SQL_INVALID;
	}
	const char *parts[2] = {NULL, NULL};
	for (size_t i = 0; i < names->n; i++)
		parts[i] = sg_json_get_str(sg_json_get(names->items[i], "String"), "sval");
	if (!parts[0] || (names->n == 2 && !parts[1])) {
		*msg = "not a type name";
		return SG_SQL_INVALID;
	}
	out->schema = names->n == 2 ? parts[0] : NULL;
	out->name = names->n == 2 ? parts[1] : parts[0];
	out->is_array = sg_json_get(tn, "arrayBounds") != NULL;
	if (!out->schema) {
		static const struct {
			const char *name;
			int bytes;
		} serials[] = {{"smallserial", 2}, {"serial2", 2},   {"serial", 4},
			       {"serial4", 4},	   {"bigserial", 8}, {"serial8", 8}};
		for (size_t i = 0; i < sizeof(serials) / sizeof(serials[0]); i++)
			if (strcmp(out->name, serials[i].name) == 0)
				out->serial_bytes = serials[i].bytes;
	}
	return 0;
}

/*
 * The public entry points parse in a scratch arena (the parse tree is large
 * and short-lived) and copy only their results into the caller's arena.
 */
static const char *keep(sg_arena *arena, const char *s, bool *oom)
{
	if (!s)
		return NULL;
	const char *d = sg_arena_strdup(arena, s);
	if (!d)
		*oom = true;
	return d;
}

static void keep_columns(sg_arena *arena, sg_sql_columns *cols, bool *oom)
{
	const char **names = sg_arena_array(arena, cols->n, sizeof(*names));
	if (!names) {
		*oom = true;
		cols->n = 0;
	}
	for (size_t i = 0; names && i < cols->n; i++)
		names[i] = keep(arena, cols->names[i], oom);
	cols->names = names;
}

/* Copy *msg to `arena`, free the scratch arena, and turn a copy failure into an error. */
static int finish(sg_arena *arena, sg_arena *tmp, int rc, bool oom, const char **msg)
{
	if (rc != 0 && *msg)
		*msg = keep(arena, *msg, &oom);
	sg_arena_free(tmp);
	return oom ? nomem(msg) : rc;
}

int sg_model_sql_expr(sg_arena *arena, const char *expr, sg_sql_columns *cols, const char **msg)
{
	sg_arena *tmp = sg_arena_new();
	bool oom = !tmp;
	*msg = NULL;
	*cols = (sg_sql_columns){0};
	int rc = tmp ? expr_in(tmp, expr, cols, msg) : SG_SQL_NOMEM;
	if (rc == 0)
		keep_columns(arena, cols, &oom);
	return finish(arena, tmp, rc, oom, msg);
}

int sg_model_sql_index_elem(sg_arena *arena, const char *elem, sg_sql_index_elem *out, const char **msg)
{
	sg_arena *tmp = sg_arena_new();
	bool oom = !tmp;
	*msg = NULL;
	*out = (sg_sql_index_elem){0};
	int rc = tmp ? index_elem_in(tmp, elem, out, msg) : SG_SQL_NOMEM;
	if (rc == 0) {
		out->column = keep(arena, out->column, &oom);
		out->prelim_name = keep(arena, out->prelim_name, &oom);
		keep_columns(arena, &out->columns, &oom);
	}
	return finish(arena, tmp, rc, oom, msg);
}

int sg_model_sql_type(sg_arena *arena, const char *type, sg_sql_type *out, const char **msg)
{
	sg_arena *tmp = sg_arena_new();
	bool oom = !tmp;
	*msg = NULL;
	*out = (sg_sql_type){0};
	int rc = tmp ? type_in(tmp, type, out, msg) : SG_SQL_NOMEM;
	if (rc == 0) {
		out->schema = keep(arena, out->schema, &oom);
		out->name = keep(arena, out->name, &oom);
	}
	return finish(arena, tmp, rc, oom, msg);
}

typedef struct memo_entry {
	const char *key; /* NULL: empty slot */
	bool is_type;
	int rc;
	const char *msg;
	sg_sql_type type;
	sg_sql_columns cols;
} memo_entry;

struct sg_sql_memo {
	sg_arena *arena;
	memo_entry *slots;
	size_t cap, used; /* cap is a power of two, kept at least twice `used` */
};

sg_sql_memo *sg_sql_memo_new(sg_arena *arena)
{
	sg_sql_memo *m = calloc(1, sizeof(*m));
	if (!m)
		return NULL;
	m->arena = arena;
	m->cap = 64;
	m->slots = calloc(m->cap, sizeof(*m->slots));
	if (!m->slots) {
		free(m);
		return NULL;
	}
	return m;
}

void sg_sql_memo_free(sg_sql_memo *memo)
{
	if (memo)
		free(memo->slots);
	free(memo);
}

static size_t memo_hash(const char *key, bool is_type)
{
	size_t h = is_type ? 1469598103934665603u : 1099511628211u;
	for (const unsigned char *p = (const unsigned char *)key; *p; p++)
		h = (h ^ *p) * 1099511628211u;
	return h;
}

/* The slot for (key, kind): the remembered entry, or the empty slot to fill. */
static memo_entry *memo_slot(memo_entry *slots, size_t cap, const char *key, bool is_type)
{
	for (size_t i = memo_hash(key, is_type) & (cap - 1);; i = (i + 1) & (cap - 1)) {
		memo_entry *e = &slots[i];
		if (!e->key || (e->is_type == is_type && strcmp(e->key, key) == 0))
			return e;
	}
}

/* Room for one more entry; false when out of memory. */
static bool memo_grow(sg_sql_memo *m)
{
	if (2 * (m->used + 1) <= m->cap)
		return true;
	size_t cap = m->cap * 2;
	memo_entry *slots = calloc(cap, sizeof(*slots));
	if (!slots)
		return false;
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key)
			*memo_slot(slots, cap, m->slots[i].key, m->slots[i].is_type) = m->slots[i];
	free(m->slots);
	m->slots = slots;
	m->cap = cap;
	return true;
}

/* Remember an answer; when memory runs out it is simply not remembered. */
static void memo_put(sg_sql_memo *m, const char *key, bool is_type, int rc, const char *msg, const sg_sql_type *type,
		     const sg_sql_columns *cols)
{
	/* Running out of memory is not an answer about the text. */
	if (rc == SG_SQL_NOMEM)
		return;
	const char *copy = memo_grow(m) ? sg_arena_strdup(m->arena, key) : NULL;
	if (!copy)
		return;
	memo_entry *e = memo_slot(m->slots, m->cap, key, is_type);
	*e = (memo_entry){.key = copy, .is_type = is_type, .rc = rc, .msg = msg};
	if (type)
		e->type = *type;
	if (cols)
		e->cols = *cols;
	m->used++;
}

int sg_model_sql_type_memo(sg_sql_memo *memo, const char *type, sg_sql_type *out, const char **msg)
{
	const memo_entry *e = memo_slot(memo->slots, memo->cap, type, true);
	if (e->key) {
		*out = e->type;
		*msg = e->msg;
		return e->rc;
	}
	int rc = sg_model_sql_type(memo->arena, type, out, msg);
	memo_put(memo, type, true, rc, *msg, out, NULL);
	return rc;
}

int sg_model_sql_expr_memo(sg_sql_memo *memo, const char *expr, sg_sql_columns *cols, const char **msg)
{
	const memo_entry *e = memo_slot(memo->slots, memo->cap, expr, false);
	if (e->key) {
		*cols = e->cols;
		*msg = e->msg;
		return e->rc;
	}
	int rc = sg_model_sql_expr(memo->arena, expr, cols, msg);
	memo_put(memo, expr, false, rc, *msg, NULL, cols);
	return rc;
}

/* PostgreSQL 15's pg_catalog base, range and multirange types (SELECT typname FROM pg_type ...). */
static const char *const builtin_types[] = {
    "aclitem",
    "bit",
    "bool",
    "box",
    "bpchar",
    "bytea",
    "char",
    "cid",
    "cidr",
    "circle",
    "date",
    "datemultirange",
    "daterange",
    "float4",
    "float8",
    "gtsvector",
    "inet",
    "int2",
    "int2vector",
    "int4",
    "int4multirange",
    "int4range",
    "int8",
    "int8multirange",
    "int8range",
    "interval",
    "json",
    "jsonb",
    "jsonpath",
    "line",
    "lseg",
    "macaddr",
    "macaddr8",
    "money",
    "name",
    "numeric",
    "nummultirange",
    "numrange",
    "oid",
    "oidvector",
    "path",
    "pg_brin_bloom_summary",
    "pg_brin_minmax_multi_summary",
    "pg_dependencies",
    "pg_lsn",
    "pg_mcv_list",
    "pg_ndistinct",
    "pg_node_tree",
    "pg_snapshot",
    "point",
    "polygon",
    "refcursor",
    "regclass",
    "regcollation",
    "regconfig",
    "regdictionary",
    "regnamespace",
    "regoper",
    "regoperator",
    "regproc",
    "regprocedure",
    "regrole",
    "regtype",
    "text",
    "tid",
    "time",
    "timestamp",
    "timestamptz",
    "timetz",
    "tsmultirange",
    "tsquery",
    "tsrange",
    "tstzmultirange",
    "tstzrange",
    "tsvector",
    "txid_snapshot",
    "uuid",
    "varbit",
    "varchar",
    "xid",
    "xid8",
    "xml",
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

bool sg_model_sql_builtin_type(const char *name)
{
	if (name[0] == '_')
		name++; /* the array type's own name */
	return bsearch(&name, builtin_types, sizeof(builtin_types) / sizeof(builtin_types[0]), sizeof(builtin_types[0]),
		       cmp_str) != NULL;
}

const char *sg_model_sql_extension_of_type(const char *name)
{
	static const char *const types[][2] = {
	    {"citext", "citext"},
	    {"hstore", "hstore"},
	    {"ltree", "ltree"},
	    {"lquery", "ltree"},
	    {"ltxtquery", "ltree"},
	    {"cube", "cube"},
	    {"earth", "earthdistance"},
	    {"isbn", "isn"},
	    {"isbn13", "isn"},
	    {"ean13", "isn"},
	    {"issn", "isn"},
	    {"issn13", "isn"},
	    {"ismn", "isn"},
	    {"ismn13", "isn"},
	    {"upc", "isn"},
	    {"seg", "seg"},
	    {"geometry", "postgis"},
	    {"geography", "postgis"},
	    {"box2d", "postgis"},
	    {"box3d", "postgis"},
	    {"vector", "vector"},
	    {"halfvec", "vector"},
	    {"sparsevec", "vector"},
	    {"intbig_gkey", "intarray"},
	};
	return lookup_pair(types, sizeof(types) / sizeof(types[0]), name);
}
