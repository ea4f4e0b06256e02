/*
 * The YAML models loader and validator (see model.h for the pipeline).
 *
 * Part 1 is the format: the structs the loader fills and their libcyaml
 * schema.  Part 2 checks a document against that same schema, so that every
 * unknown key, wrong type and missing key of a file is reported with its
 * line and column, not only the first one.  Part 3 composes libyaml's events
 * into documents, handing over the entries of the `tables` list one by one,
 * and fills the structs from checked nodes as libcyaml would.  Part 4
 * converts the structs into an sg_schema and validates the whole; part 5
 * chooses PostgreSQL's default names.  The end of the file drives it all
 * (load_one): memory stays at about one table's document and structs on top
 * of the schema graph itself.
 */
#include "model.h"

#include <assert.h>
#include <cyaml/cyaml.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <yaml.h>

#include "model_sql.h"
#include "naming.h"
#include "strbuf.h"

/* ---------------------------------------------------------------- part 1: the format */

typedef struct y_ref {
	char *name, *schema, *table, *column;
	int on_delete, on_update;
	bool deferrable, initially_deferred, not_valid;
} y_ref;

typedef struct y_column {
	char *name, *type;
	bool *nullable;
	char *default_expr;
	int identity;
	bool primary_key, unique;
	y_ref *references;
	char *collation, *comment, *generated, *renamed_from;
	char *using_expr, *using_down;
} y_column;

typedef struct y_unique {
	char *name;
	char **columns;
	unsigned columns_count;
	bool nulls_not_distinct, deferrable, initially_deferred;
} y_unique;

typedef struct y_check {
	char *name, *expression;
	bool not_valid, no_inherit;
} y_check;

typedef struct y_fk_target {
	char *schema, *table;
	char **columns;
	unsigned columns_count;
} y_fk_target;

typedef struct y_fk {
	char *name;
	char **columns;
	unsigned columns_count;
	y_fk_target *references;
	int on_delete, on_update;
	bool deferrable, initially_deferred, not_valid;
} y_fk;

typedef struct y_index {
	char *name;
	char **columns;
	unsigned columns_count;
	bool unique, nulls_not_distinct;
	char *where, *method;
	char **include;
	unsigned include_count;
} y_index;

typedef struct y_table {
	char *name, *renamed_from, *comment;
	y_column *columns;
	unsigned columns_count;
	char **primary_key;
	unsigned primary_key_count;
	char *primary_key_name;
	y_unique *unique;
	unsigned unique_count;
	y_check *checks;
	unsigned checks_count;
	y_fk *foreign_keys;
	unsigned foreign_keys_count;
	y_index *indexes;
	unsigned indexes_count;
} y_table;

typedef struct y_enum {
	char *name;
	char **values;
	unsigned values_count;
} y_enum;

typedef struct y_file {
	char *schema;
	char **extensions;
	unsigned extensions_count;
	y_enum *enums;
	unsigned enums_count;
	y_table *tables;
	unsigned tables_count;
} y_file;

#define OPT CYAML_FLAG_OPTIONAL
#define STR_FIELD(key, st, member, flags) CYAML_FIELD_STRING_PTR(key, (flags) | CYAML_FLAG_POINTER, st, member, 0, CYAML_UNLIMITED)

static const cyaml_schema_value_t string_entry = {
	CYAML_VALUE_STRING(CYAML_FLAG_POINTER, char, 0, CYAML_UNLIMITED),
};

static const cyaml_strval_t identity_strings[] = {
	{ "always", SG_IDENTITY_ALWAYS },
	{ "by_default", SG_IDENTITY_BY_DEFAULT },
};

static const cyaml_strval_t action_strings[] = {
	{ "no_action", SG_FK_NO_ACTION },     { "no action", SG_FK_NO_ACTION },
	{ "restrict", SG_FK_RESTRICT },       { "cascade", SG_FK_CASCADE },
	{ "set_null", SG_FK_SET_NULL },       { "set null", SG_FK_SET_NULL },
	{ "set_default", SG_FK_SET_DEFAULT }, { "set default", SG_FK_SET_DEFAULT },
};
#define NSTRVAL(a) (sizeof(a) / sizeof((a)[0]))
#define ACTION_FIELD(key, st, member)                                                                    \
	CYAML_FIELD_ENUM(key, OPT | CYAML_FLAG_CASE_INSENSITIVE | CYAML_FLAG_STRICT, st, member, action_strings, \
			 NSTRVAL(action_strings))

static const cyaml_schema_field_t ref_fields[] = {
	STR_FIELD("name", y_ref, name, OPT),
	STR_FIELD("schema", y_ref, schema, OPT),
	STR_FIELD("table", y_ref, table, 0),
	STR_FIELD("column", y_ref, column, OPT),
	ACTION_FIELD("on_delete", y_ref, on_delete),
	ACTION_FIELD("on_update", y_ref, on_update),
	CYAML_FIELD_BOOL("deferrable", OPT, y_ref, deferrable),
	CYAML_FIELD_BOOL("initially_deferred", OPT, y_ref, initially_deferred),
	CYAML_FIELD_BOOL("not_valid", OPT, y_ref, not_valid),
	CYAML_FIELD_END
};

static const cyaml_schema_field_t column_fields[] = {
	STR_FIELD("name", y_column, name, 0),
	STR_FIELD("type", y_column, type, 0),
	CYAML_FIELD_BOOL_PTR("nullable", OPT, y_column, nullable),
	STR_FIELD("default", y_column, default_expr, OPT),
	CYAML_FIELD_ENUM("identity", OPT | CYAML_FLAG_STRICT, y_column, identity, identity_strings,
			 NSTRVAL(identity_strings)),
	CYAML_FIELD_BOOL("primary_key", OPT, y_column, primary_key),
	CYAML_FIELD_BOOL("unique", OPT, y_column, unique),
	CYAML_FIELD_MAPPING_PTR("references", OPT, y_column, references, ref_fields),
	STR_FIELD("collation", y_column, collation, OPT),
	STR_FIELD("comment", y_column, comment, OPT),
	STR_FIELD("generated", y_column, generated, OPT),
	STR_FIELD("renamed_from", y_column, renamed_from, OPT),
	STR_FIELD("using", y_column, using_expr, OPT),
	STR_FIELD("using_down", y_column, using_down, OPT),
	CYAML_FIELD_END
};

static const cyaml_schema_field_t unique_fields[] = {
	STR_FIELD("name", y_unique, name, OPT),
	CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER, y_unique, columns, &string_entry, 1, CYAML_UNLIMITED),
	CYAML_FIELD_BOOL("nulls_not_distinct", OPT, y_unique, nulls_not_distinct),
	CYAML_FIELD_BOOL("deferrable", OPT, y_unique, deferrable),
	CYAML_FIELD_BOOL("initially_deferred", OPT, y_unique, initially_deferred),
	CYAML_FIELD_END
};

static const cyaml_schema_field_t check_fields[] = {
	STR_FIELD("name", y_check, name, OPT),
	STR_FIELD("expression", y_check, expression, 0),
	CYAML_FIELD_BOOL("not_valid", OPT, y_check, not_valid),
	CYAML_FIELD_BOOL("no_inherit", OPT, y_check, no_inherit),
	CYAML_FIELD_END
};

static const cyaml_schema_field_t fk_target_fields[] = {
	STR_FIELD("schema", y_fk_target, schema, OPT),
	STR_FIELD("table", y_fk_target, table, 0),
	CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER | OPT, y_fk_target, columns, &string_entry, 1,
			     CYAML_UNLIMITED),
	CYAML_FIELD_END
};

static const cyaml_schema_field_t fk_fields[] = {
	STR_FIELD("name", y_fk, name, OPT),
	CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER, y_fk, columns, &string_entry, 1, CYAML_UNLIMITED),
	CYAML_FIELD_MAPPING_PTR("references", 0, y_fk, references, fk_target_fields),
	ACTION_FIELD("on_delete", y_fk, on_delete),
	ACTION_FIELD("on_update", y_fk, on_update),
	CYAML_FIELD_BOOL("deferrable", OPT, y_fk, deferrable),
	CYAML_FIELD_BOOL("initially_deferred", OPT, y_fk, initially_deferred),
	CYAML_FIELD_BOOL("not_valid", OPT, y_fk, not_valid),
	CYAML_FIELD_END
};

static const cyaml_schema_field_t index_fields[] = {
	STR_FIELD("name", y_index, name, OPT),
	CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER, y_index, columns, &string_entry, 1, CYAML_UNLIMITED),
	CYAML_FIELD_BOOL("unique", OPT, y_index, unique),
	CYAML_FIELD_BOOL("nulls_not_distinct", OPT, y_index, nulls_not_distinct),
	STR_FIELD("where", y_index, where, OPT),
	STR_FIELD("method", y_index, method, OPT),
	CYAML_FIELD_SEQUENCE("include", CYAML_FLAG_POINTER | OPT, y_index, include, &string_entry, 1,
			     CYAML_UNLIMITED),
	CYAML_FIELD_END
};

#define ENTRY(fields_, type_) { CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, type_, fields_) }
static const cyaml_schema_value_t column_entry = ENTRY(column_fields, y_column);
static const cyaml_schema_value_t unique_entry = ENTRY(unique_fields, y_unique);
static const cyaml_schema_value_t check_entry = ENTRY(check_fields, y_check);
static const cyaml_schema_value_t fk_entry = ENTRY(fk_fields, y_fk);
static const cyaml_schema_value_t index_entry = ENTRY(index_fields, y_index);

static const cyaml_schema_field_t table_fields[] = {
	STR_FIELD("name", y_table, name, 0),
	STR_FIELD("renamed_from", y_table, renamed_from, OPT),
	STR_FIELD("comment", y_table, comment, OPT),
	CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER | OPT, y_table, columns, &column_entry, 0, CYAML_UNLIMITED),
	CYAML_FIELD_SEQUENCE("primary_key", CYAML_FLAG_POINTER | OPT, y_table, primary_key, &string_entry, 1,
			     CYAML_UNLIMITED),
	STR_FIELD("primary_key_name", y_table, primary_key_name, OPT),
	CYAML_FIELD_SEQUENCE("unique", CYAML_FLAG_POINTER | OPT, y_table, unique, &unique_entry, 0, CYAML_UNLIMITED),
	CYAML_FIELD_SEQUENCE("checks", CYAML_FLAG_POINTER | OPT, y_table, checks, &check_entry, 0, CYAML_UNLIMITED),
	CYAML_FIELD_SEQUENCE("foreign_keys", CYAML_FLAG_POINTER | OPT, y_table, foreign_keys, &fk_entry, 0,
			     CYAML_UNLIMITED),
	CYAML_FIELD_SEQUENCE("indexes", CYAML_FLAG_POINTER | OPT, y_table, indexes, &index_entry, 0, CYAML_UNLIMITED),
	CYAML_FIELD_END
};

static const cyaml_schema_field_t enum_fields[] = {
	STR_FIELD("name", y_enum, name, 0),
	CYAML_FIELD_SEQUENCE("values", CYAML_FLAG_POINTER, y_enum, values, &string_entry, 0, CYAML_UNLIMITED),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t table_entry = ENTRY(table_fields, y_table);
/* One table on its own, as the loader fills them one by one (part 3). */
static const cyaml_schema_value_t table_pointer = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, y_table, table_fields),
};
static const cyaml_schema_value_t enum_entry = ENTRY(enum_fields, y_enum);

static const cyaml_schema_field_t file_fields[] = {
	STR_FIELD("schema", y_file, schema, OPT),
	CYAML_FIELD_SEQUENCE("extensions", CYAML_FLAG_POINTER | OPT, y_file, extensions, &string_entry, 0,
			     CYAML_UNLIMITED),
	CYAML_FIELD_SEQUENCE("enums", CYAML_FLAG_POINTER | OPT, y_file, enums, &enum_entry, 0, CYAML_UNLIMITED),
	CYAML_FIELD_SEQUENCE("tables", CYAML_FLAG_POINTER | OPT, y_file, tables, &table_entry, 0, CYAML_UNLIMITED),
	CYAML_FIELD_END
};

static const cyaml_schema_value_t file_schema = {
	CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, y_file, file_fields),
};

/* What an entry of each list is called in messages. */
static const char *entry_noun(const char *list_key)
{
	static const char *const nouns[][2] = {
		{ "tables", "table" }, { "columns", "column" },       { "enums", "enum" },
		{ "unique", "unique constraint" }, { "checks", "check" }, { "foreign_keys", "foreign key" },
		{ "indexes", "index" },
	};
	for (size_t i = 0; i < sizeof(nouns) / sizeof(nouns[0]); i++)
		if (strcmp(nouns[i][0], list_key) == 0)
			return nouns[i][1];
	return "entry";
}

/* ---------------------------------------------------------------- diagnostics */

typedef struct loader {
	sg_model_diags *diags;
	bool oom;
} loader;

static void diag_add(loader *ld, sg_model_severity sev, const char *file, int line, int column, const char *fmt,
		     va_list ap)
{
	sg_model_diags *d = ld->diags;
	if (sev == SG_MODEL_ERROR)
		d->nerrors++;
	else
		d->nwarnings++;
	sg_strbuf sb = SG_STRBUF_INIT;
	if (line > 0)
		sg_strbuf_addf(&sb, "%s:%d:%d: ", file, line, column);
	else
		sg_strbuf_addf(&sb, "%s: ", file);
	sg_strbuf_vaddf(&sb, fmt, ap);
	/* One line, whatever the quoted model text or the parser's message held. */
	for (size_t i = 0; i < sb.len; i++)
		if ((unsigned char)sb.data[i] < 0x20 || sb.data[i] == 0x7f)
			sb.data[i] = ' ';
	if (d->count == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 16;
		sg_model_diag *items = realloc(d->items, cap * sizeof(*items));
		if (!items) {
			ld->oom = true;
			sg_strbuf_release(&sb);
			return;
		}
		d->items = items;
		d->cap = cap;
	}
	char *f = strdup(file);
	char *text = sg_strbuf_detach(&sb, NULL);
	if (!f || !text || sg_strbuf_failed(&sb)) {
		free(f);
		free(text);
		ld->oom = true;
		return;
	}
	d->items[d->count++] = (sg_model_diag){ .severity = sev, .file = f, .line = line, .column = column, .text = text };
}

static void error_at(loader *ld, sg_pos pos, const char *fmt, ...) SG_PRINTF(3, 4);
static void error_at(loader *ld, sg_pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_add(ld, SG_MODEL_ERROR, pos.file, pos.line, pos.column, fmt, ap);
	va_end(ap);
}

static void warning_at(loader *ld, sg_pos pos, const char *fmt, ...) SG_PRINTF(3, 4);
static void warning_at(loader *ld, sg_pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_add(ld, SG_MODEL_WARNING, pos.file, pos.line, pos.column, fmt, ap);
	va_end(ap);
}

void sg_model_diags_release(sg_model_diags *diags)
{
	if (!diags)
		return;
	for (size_t i = 0; i < diags->count; i++) {
		free(diags->items[i].file);
		free(diags->items[i].text);
	}
	free(diags->items);
	*diags = (sg_model_diags){ 0 };
}

void sg_model_diags_print(const sg_model_diags *diags, const sg_log *log)
{
	for (size_t i = 0; i < diags->count; i++) {
		if (diags->items[i].severity == SG_MODEL_ERROR)
			sg_log_error(log, "%s", diags->items[i].text);
		else
			sg_log_warn(log, "%s", diags->items[i].text);
	}
}

static int diag_cmp(const void *a, const void *b)
{
	const sg_model_diag *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	return strcmp(x->text, y->text);
}

/* The edit distance of two short names, for "did you mean" hints; large for long names. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 63 || lb > 63)
		return SIZE_MAX;
	size_t prev[64], cur[64];
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
			cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
		memcpy(prev, cur, (lb + 1) * sizeof(size_t));
	}
	return prev[lb];
}

/* Whether `cand`, at edit distance `d` from `name`, is worth a "did you mean" (not for tiny names). */
static bool worth_suggesting(const char *name, size_t d)
{
	return d > 0 && d <= 2 && 2 * d < strlen(name);
}

/* ---------------------------------------------------------------- part 2: the document against the schema */

/*
 * A node of a model document.  libyaml's events are composed here instead of
 * into a yaml_document_t, whose nodes take several times the memory (a
 * 10,000-table file needed over 100 MB), so that the loader can keep only
 * what it still needs: the entries of the top-level `tables` list are
 * checked and converted as soon as each one is complete, then dropped
 * (part 3).  The shape is the one yaml_parser_load() builds: an alias is the
 * anchored node itself, with that node's position.
 */
typedef struct mnode mnode;
typedef struct mpair {
	mnode *key, *value;
} mpair;
struct mnode {
	yaml_node_type_t type;
	bool plain;           /* a scalar written plain: no quotes, not a block scalar */
	int line, column;     /* 1-based, of the node's first character */
	size_t n;             /* items of a sequence, pairs of a mapping */
	union {
		char *value;  /* scalar, NUL-terminated */
		mnode **items;
		mpair *pairs;
	} u;
};

typedef struct doc_file {
	const char *path; /* owned by the schema's arena */
} doc_file;

static sg_pos node_pos(const doc_file *f, const mnode *node)
{
	if (!node)
		return (sg_pos){ .file = f->path, .line = 1, .column = 1 };
	return (sg_pos){ .file = f->path, .line = node->line, .column = node->column };
}

static const char *scalar(const mnode *n)
{
	return n && n->type == YAML_SCALAR_NODE ? n->u.value : NULL;
}

/* The value node of `key` in a mapping node, NULL when absent. */
static mnode *map_get(const mnode *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (size_t i = 0; i < map->n; i++) {
		const char *k = scalar(map->u.pairs[i].key);
		if (k && strcmp(k, key) == 0)
			return map->u.pairs[i].value;
	}
	return NULL;
}

/* The key node of `key` in a mapping node, NULL when absent. */
static mnode *map_key(const mnode *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (size_t i = 0; i < map->n; i++) {
		const char *k = scalar(map->u.pairs[i].key);
		if (k && strcmp(k, key) == 0)
			return map->u.pairs[i].key;
	}
	return NULL;
}

static mnode *seq_at(const mnode *seq, size_t i)
{
	if (!seq || seq->type != YAML_SEQUENCE_NODE || i >= seq->n)
		return NULL;
	return seq->u.items[i];
}

static const char *node_kind_name(const mnode *n)
{
	switch (n->type) {
	case YAML_MAPPING_NODE: return "a mapping";
	case YAML_SEQUENCE_NODE: return "a list";
	default: return "a string";
	}
}

/* A plain scalar that YAML reads as null or nothing. */
static bool is_null_scalar(const mnode *n)
{
	const char *s = scalar(n);
	return s && n->plain &&
	       (!s[0] || strcmp(s, "~") == 0 || strcasecmp(s, "null") == 0);
}

static int parse_bool(const char *s, bool *out)
{
	static const char *const t[] = { "true", "yes", "on" }, *const f[] = { "false", "no", "off" };
	for (size_t i = 0; i < 3; i++) {
		if (strcasecmp(s, t[i]) == 0) {
			*out = true;
			return 0;
		}
		if (strcasecmp(s, f[i]) == 0) {
			*out = false;
			return 0;
		}
	}
	return -1;
}

static void walk_value(loader *ld, const doc_file *f, const mnode *node, const cyaml_schema_value_t *schema,
		       const char *what, const char *owner, const char *list_key);
static void walk_item(loader *ld, const doc_file *f, const mnode *item, size_t i, const cyaml_schema_value_t *entry,
		      const char *what, const char *owner, const char *list_key);

/* "table 'users'" for an entry with a name, "table #3" otherwise; `owner` adds " of table 'users'". */
static void describe_entry(sg_strbuf *sb, const doc_file *f, const mnode *entry, const char *noun, size_t i,
			   const char *owner)
{
	const char *name = scalar(map_get(entry, "name"));
	if (name && name[0])
		sg_strbuf_addf(sb, "%s '%s'", noun, name);
	else
		sg_strbuf_addf(sb, "%s #%zu", noun, i + 1);
	if (owner && owner[0])
		sg_strbuf_addf(sb, " of %s", owner);
}

/* `obj` names the mapping in messages; `owner` is what its list entries belong to (NULL at the top). */
static void walk_mapping(loader *ld, const doc_file *f, const mnode *node, const cyaml_schema_field_t *fields,
			 const char *obj, const char *owner)
{
	/* Unknown and duplicate keys. */
	for (const mpair *p = node->u.pairs; p < node->u.pairs + node->n; p++) {
		const mnode *kn = p->key;
		const char *k = scalar(kn);
		if (!k) {
			error_at(ld, node_pos(f, kn), "keys of %s must be strings", obj);
			continue;
		}
		bool dup = false;
		for (const mpair *q = node->u.pairs; q < p && !dup; q++) {
			const char *k2 = scalar(q->key);
			dup = k2 && strcmp(k, k2) == 0;
		}
		if (dup) {
			error_at(ld, node_pos(f, kn), "duplicate key '%s' in %s", k, obj);
			continue;
		}
		const cyaml_schema_field_t *field = NULL;
		for (const cyaml_schema_field_t *fl = fields; fl->key; fl++)
			if (strcmp(fl->key, k) == 0)
				field = fl;
		if (!field) {
			const char *best = NULL;
			size_t bestd = 3;
			for (const cyaml_schema_field_t *fl = fields; fl->key; fl++) {
				size_t d = edit_distance(k, fl->key);
				if (d < bestd && worth_suggesting(k, d)) {
					bestd = d;
					best = fl->key;
				}
			}
			if (best)
				error_at(ld, node_pos(f, kn), "unknown key '%s' in %s (did you mean '%s'?)", k, obj, best);
			else
				error_at(ld, node_pos(f, kn), "unknown key '%s' in %s", k, obj);
			continue;
		}
		sg_strbuf what = SG_STRBUF_INIT;
		sg_strbuf_addf(&what, "'%s' of %s", k, obj);
		walk_value(ld, f, p->value, &field->value, what.data, owner, k);
		sg_strbuf_release(&what);
	}
	/* Missing keys. */
	for (const cyaml_schema_field_t *fl = fields; fl->key; fl++)
		if (!(fl->value.flags & CYAML_FLAG_OPTIONAL) && !map_key(node, fl->key))
			error_at(ld, node_pos(f, node), "missing key '%s' in %s", fl->key, obj);
}

static void walk_value(loader *ld, const doc_file *f, const mnode *node, const cyaml_schema_value_t *schema,
		       const char *what, const char *owner, const char *list_key)
{
	sg_pos pos = node_pos(f, node);
	switch (schema->type) {
	case CYAML_STRING:
		if (node->type != YAML_SCALAR_NODE)
			error_at(ld, pos, "%s must be a string, not %s", what, node_kind_name(node));
		else if (is_null_scalar(node))
			error_at(ld, pos, "%s has no value", what);
		return;
	case CYAML_BOOL: {
		bool b;
		if (node->type != YAML_SCALAR_NODE)
			error_at(ld, pos, "%s must be true or false, not %s", what, node_kind_name(node));
		else if (parse_bool(scalar(node), &b) != 0)
			error_at(ld, pos, "%s must be true or false, not '%s'", what, scalar(node));
		return;
	}
	case CYAML_ENUM: {
		const char *s = scalar(node);
		bool ci = schema->flags & CYAML_FLAG_CASE_INSENSITIVE;
		for (uint32_t i = 0; s && i < schema->enumeration.count; i++)
			if ((ci ? strcasecmp : strcmp)(s, schema->enumeration.strings[i].str) == 0)
				return;
		sg_strbuf allowed = SG_STRBUF_INIT;
		for (uint32_t i = 0; i < schema->enumeration.count; i++) {
			const char *v = schema->enumeration.strings[i].str;
			if (strchr(v, ' '))
				continue; /* spelling variants are accepted, not advertised */
			sg_strbuf_addf(&allowed, "%s%s", allowed.len ? ", " : "", v);
		}
		if (s)
			error_at(ld, pos, "%s must be one of %s, not '%s'", what, allowed.data, s);
		else
			error_at(ld, pos, "%s must be one of %s, not %s", what, allowed.data, node_kind_name(node));
		sg_strbuf_release(&allowed);
		return;
	}
	case CYAML_MAPPING:
		if (node->type != YAML_MAPPING_NODE) {
			error_at(ld, pos, "%s must be a mapping, not %s", what, node_kind_name(node));
			return;
		}
		walk_mapping(ld, f, node, schema->mapping.fields, what, what);
		return;
	case CYAML_SEQUENCE: {
		if (node->type != YAML_SEQUENCE_NODE) {
			error_at(ld, pos, "%s must be a list, not %s", what, node_kind_name(node));
			return;
		}
		size_t n = node->n;
		if (n < schema->sequence.min) {
			error_at(ld, pos, "%s must not be empty", what);
			return;
		}
		for (size_t i = 0; i < n; i++)
			walk_item(ld, f, seq_at(node, i), i, schema->sequence.entry, what, owner, list_key);
		return;
	}
	default:
		return;
	}
}

/* Entry `i` of the list `what` (key `list_key`), whose entries have the schema `entry`. */
static void walk_item(loader *ld, const doc_file *f, const mnode *item, size_t i, const cyaml_schema_value_t *entry,
		      const char *what, const char *owner, const char *list_key)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	if (entry->type == CYAML_MAPPING && item->type == YAML_MAPPING_NODE) {
		describe_entry(&sb, f, item, entry_noun(list_key), i, owner);
		walk_mapping(ld, f, item, entry->mapping.fields, sb.data, sb.data);
	} else {
		sg_strbuf_addf(&sb, "entry %zu of %s", i + 1, what);
		walk_value(ld, f, item, entry, sb.data, owner, list_key);
	}
	sg_strbuf_release(&sb);
}

/* ---------------------------------------------------------------- part 3: composing and loading documents */

/* A problem with the YAML itself, in the terms libyaml reports it. */
typedef struct yaml_problem {
	const char *problem, *context;
	yaml_mark_t mark;
} yaml_problem;

typedef struct anchor {
	const char *name;
	mnode *node;
} anchor;

/* A collection being composed. */
typedef struct frame {
	mnode *node;
	sg_arena *arena;  /* where the node and its children live */
	bool anchored;
	mnode **kids;     /* children so far (a mapping's keys and values alternate); kept for reuse */
	size_t n, cap;
} frame;

/*
 * What yaml_parser_load() does, in less memory, and able to hand over the
 * entries of the top-level `tables` list one by one: when `on_entry` is set,
 * the root is a mapping and its first `tables` key holds a list (neither of
 * them anchored, so no alias can reach them unfinished), each entry of that
 * list goes to `on_entry` as soon as it is complete, and is then freed; the
 * list itself stays empty.  Anchored nodes live as long as the document,
 * since aliases may point to them from anywhere after.
 */
typedef struct composer {
	sg_arena *arena;        /* the document's nodes */
	sg_arena *entry_arena;  /* the streamed entry being composed; NULL between entries */
	frame *stack;
	size_t depth, cap;
	anchor *anchors;
	size_t nanchors, capanchors;
	size_t anchored;        /* anchored frames on the stack */
	size_t stream_depth;    /* the depth of the streamed list's frame, 0 when none */
	size_t nstreamed;
	/* Gets each streamed entry and a scratch arena freed with the entry. */
	void (*on_entry)(void *ctx, const mnode *entry, size_t i, sg_arena *scratch);
	void *ctx;
	mnode *root;
} composer;

static void composer_release(composer *c)
{
	for (size_t i = 0; i < c->cap; i++)
		free(c->stack[i].kids);
	free(c->stack);
	free(c->anchors);
	sg_arena_free(c->entry_arena);
	sg_arena_free(c->arena);
	*c = (composer){ 0 };
}

/* Where a new node goes: with the entry being streamed, unless an anchor keeps it for the whole document. */
static sg_arena *node_arena(composer *c, bool anchored)
{
	if (anchored || c->anchored || !c->stream_depth || c->depth < c->stream_depth)
		return c->arena;
	if (!c->entry_arena && !(c->entry_arena = sg_arena_new()))
		return NULL;
	return c->entry_arena;
}

static mnode *new_node(sg_arena *arena, yaml_node_type_t type, yaml_mark_t mark)
{
	mnode *n = arena ? sg_arena_alloc(arena, sizeof(*n)) : NULL;
	if (!n)
		return NULL;
	n->type = type;
	n->line = (int)mark.line + 1;
	n->column = (int)mark.column + 1;
	return n;
}

/* Register `anchor` for `node`; 1 with *prob set when it is taken (libyaml's message), -1 out of memory. */
static int add_anchor(composer *c, const yaml_char_t *name, mnode *node, yaml_mark_t mark, yaml_problem *prob)
{
	if (!name)
		return 0;
	for (size_t i = 0; i < c->nanchors; i++)
		if (strcmp(c->anchors[i].name, (const char *)name) == 0) {
			*prob = (yaml_problem){ "second occurrence", "found duplicate anchor; first occurrence", mark };
			return 1;
		}
	if (c->nanchors == c->capanchors) {
		size_t cap = c->capanchors ? c->capanchors * 2 : 8;
		anchor *a = realloc(c->anchors, cap * sizeof(*a));
		if (!a)
			return -1;
		c->anchors = a;
		c->capanchors = cap;
	}
	const char *copy = sg_arena_strdup(c->arena, (const char *)name);
	if (!copy)
		return -1;
	c->anchors[c->nanchors++] = (anchor){ copy, node };
	return 0;
}

/* A complete node: the root, a child of the collection on top of the stack, or a streamed entry. */
static int add_node(composer *c, mnode *node)
{
	if (c->depth == 0) {
		c->root = node;
		return 0;
	}
	frame *top = &c->stack[c->depth - 1];
	if (c->depth == c->stream_depth) {
		if (!c->entry_arena && !(c->entry_arena = sg_arena_new()))
			return -1;
		c->on_entry(c->ctx, node, c->nstreamed++, c->entry_arena);
		sg_arena_free(c->entry_arena);
		c->entry_arena = NULL;
		return 0;
	}
	if (top->n == top->cap) {
		size_t cap = top->cap ? top->cap * 2 : 16;
		mnode **kids = realloc(top->kids, cap * sizeof(*kids));
		if (!kids)
			return -1;
		top->kids = kids;
		top->cap = cap;
	}
	top->kids[top->n++] = node;
	return 0;
}

/* Whether a list starting now is the root's first `tables` list, to be streamed. */
static bool starts_tables_list(const composer *c, bool anchored)
{
	if (!c->on_entry || anchored || c->depth != 1 || c->stream_depth)
		return false;
	const frame *root = &c->stack[0];
	if (root->node->type != YAML_MAPPING_NODE || root->anchored || root->n % 2 == 0)
		return false;
	const char *key = scalar(root->kids[root->n - 1]);
	if (!key || strcmp(key, "tables") != 0)
		return false;
	for (size_t i = 0; i + 1 < root->n; i += 2) {
		const char *k = scalar(root->kids[i]);
		if (k && strcmp(k, "tables") == 0)
			return false;
	}
	return true;
}

static int push_collection(composer *c, yaml_node_type_t type, const yaml_event_t *ev, const yaml_char_t *anchor_name,
			   yaml_problem *prob)
{
	bool anchored = anchor_name != NULL;
	bool stream = type == YAML_SEQUENCE_NODE && starts_tables_list(c, anchored);
	sg_arena *arena = node_arena(c, anchored);
	mnode *node = new_node(arena, type, ev->start_mark);
	if (!node)
		return -1;
	int rc = add_anchor(c, anchor_name, node, ev->start_mark, prob);
	if (rc)
		return rc;
	if (c->depth == c->cap) {
		size_t cap = c->cap ? c->cap * 2 : 16;
		frame *st = realloc(c->stack, cap * sizeof(*st));
		if (!st)
			return -1;
		memset(st + c->cap, 0, (cap - c->cap) * sizeof(*st));
		c->stack = st;
		c->cap = cap;
	}
	frame *fr = &c->stack[c->depth++];
	fr->node = node;
	fr->arena = arena;
	fr->anchored = anchored;
	fr->n = 0;
	c->anchored += anchored;
	if (stream)
		c->stream_depth = c->depth;
	return 0;
}

static int pop_collection(composer *c)
{
	frame *fr = &c->stack[c->depth - 1];
	mnode *node = fr->node;
	if (c->depth == c->stream_depth) {
		c->stream_depth = 0; /* the entries went to on_entry */
	} else if (node->type == YAML_MAPPING_NODE) {
		node->n = fr->n / 2;
		node->u.pairs = sg_arena_array(fr->arena, node->n, sizeof(mpair));
		if (!node->u.pairs)
			return -1;
		for (size_t i = 0; i < node->n; i++)
			node->u.pairs[i] = (mpair){ fr->kids[2 * i], fr->kids[2 * i + 1] };
	} else {
		node->n = fr->n;
		node->u.items = sg_arena_array(fr->arena, node->n, sizeof(mnode *));
		if (!node->u.items)
			return -1;
		if (node->n)
			memcpy(node->u.items, fr->kids, node->n * sizeof(mnode *));
	}
	c->anchored -= fr->anchored;
	c->depth--;
	return add_node(c, node);
}

static int compose_event(composer *c, const yaml_event_t *ev, yaml_problem *prob)
{
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		for (size_t i = 0; i < c->nanchors; i++)
			if (strcmp(c->anchors[i].name, (const char *)ev->data.alias.anchor) == 0)
				return add_node(c, c->anchors[i].node);
		*prob = (yaml_problem){ "found undefined alias", NULL, ev->start_mark };
		return 1;
	case YAML_SCALAR_EVENT: {
		const yaml_char_t *anchor_name = ev->data.scalar.anchor;
		sg_arena *arena = node_arena(c, anchor_name != NULL);
		mnode *node = new_node(arena, YAML_SCALAR_NODE, ev->start_mark);
		if (!node || !(node->u.value = sg_arena_strndup(arena, (const char *)ev->data.scalar.value,
								 ev->data.scalar.length)))
			return -1;
		node->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		int rc = add_anchor(c, anchor_name, node, ev->start_mark, prob);
		return rc ? rc : add_node(c, node);
	}
	case YAML_SEQUENCE_START_EVENT:
		return push_collection(c, YAML_SEQUENCE_NODE, ev, ev->data.sequence_start.anchor, prob);
	case YAML_MAPPING_START_EVENT:
		return push_collection(c, YAML_MAPPING_NODE, ev, ev->data.mapping_start.anchor, prob);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		return pop_collection(c);
	default:
		return 0;
	}
}

/*
 * Compose the next document of `parser` into c->root (NULL when the stream
 * has no more documents).  Returns 0, 1 with *prob for invalid YAML, -1 when
 * out of memory.
 */
static int compose(composer *c, yaml_parser_t *parser, yaml_problem *prob)
{
	if (!c->arena && !(c->arena = sg_arena_new()))
		return -1;
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(parser, &ev)) {
			if (parser->error == YAML_MEMORY_ERROR)
				return -1;
			*prob = (yaml_problem){ parser->problem, parser->context, parser->problem_mark };
			return 1;
		}
		yaml_event_type_t type = ev.type;
		int rc = compose_event(c, &ev, prob);
		yaml_event_delete(&ev);
		if (rc)
			return rc;
		if (type == YAML_DOCUMENT_END_EVENT || type == YAML_STREAM_END_EVENT || type == YAML_NO_EVENT)
			return 0;
	}
}

/*
 * Fill `*slot` (a value of `schema`, a pointer when the schema says so) from
 * a node the document pass found valid, as libcyaml would: strings and
 * structs allocated in `arena`, absent optional keys left zero.  Returns 0,
 * or -1 when out of memory.
 */
static int fill_value(sg_arena *arena, void *slot, const cyaml_schema_value_t *schema, const mnode *node);

static int fill_mapping(sg_arena *arena, unsigned char *base, const cyaml_schema_field_t *fields, const mnode *node)
{
	assert(node->type == YAML_MAPPING_NODE);
	for (const cyaml_schema_field_t *fl = fields; fl->key; fl++) {
		const mnode *v = map_get(node, fl->key);
		if (!v)
			continue;
		if (fl->value.type != CYAML_SEQUENCE) {
			if (fill_value(arena, base + fl->data_offset, &fl->value, v) != 0)
				return -1;
			continue;
		}
		assert(v->type == YAML_SEQUENCE_NODE && fl->count_size == sizeof(unsigned));
		const cyaml_schema_value_t *entry = fl->value.sequence.entry;
		size_t size = entry->flags & CYAML_FLAG_POINTER ? sizeof(void *) : entry->data_size;
		unsigned char *items = sg_arena_array(arena, v->n, size);
		if (!items)
			return -1;
		for (size_t i = 0; i < v->n; i++)
			if (fill_value(arena, items + i * size, entry, v->u.items[i]) != 0)
				return -1;
		memcpy(base + fl->data_offset, &items, sizeof(items));
		unsigned count = (unsigned)v->n;
		memcpy(base + fl->count_offset, &count, sizeof(count));
	}
	return 0;
}

static int fill_value(sg_arena *arena, void *slot, const cyaml_schema_value_t *schema, const mnode *node)
{
	if (schema->type == CYAML_STRING) {
		assert(schema->flags & CYAML_FLAG_POINTER && node->type == YAML_SCALAR_NODE);
		char *s = sg_arena_strdup(arena, node->u.value);
		memcpy(slot, &s, sizeof(s));
		return s ? 0 : -1;
	}
	unsigned char *data = slot;
	if (schema->flags & CYAML_FLAG_POINTER) {
		if (!(data = sg_arena_alloc(arena, schema->data_size)))
			return -1;
		memcpy(slot, &data, sizeof(data));
	}
	switch (schema->type) {
	case CYAML_BOOL: {
		bool b = false;
		assert(schema->data_size == sizeof(bool) && scalar(node));
		parse_bool(node->u.value, &b);
		memcpy(data, &b, sizeof(b));
		return 0;
	}
	case CYAML_ENUM: {
		bool ci = schema->flags & CYAML_FLAG_CASE_INSENSITIVE;
		assert(schema->data_size == sizeof(int) && scalar(node));
		for (uint32_t i = 0; i < schema->enumeration.count; i++)
			if ((ci ? strcasecmp : strcmp)(node->u.value, schema->enumeration.strings[i].str) == 0) {
				int v = (int)schema->enumeration.strings[i].val;
				memcpy(data, &v, sizeof(v));
				break;
			}
		return 0;
	}
	case CYAML_MAPPING:
		return fill_mapping(arena, data, schema->mapping.fields, node);
	default:
		assert(!"a type the format does not use");
		return 0;
	}
}

/* ---------------------------------------------------------------- part 4: conversion and validation */

/* What the checks across tables need to know about a foreign key beyond the schema graph. */
typedef struct fk_info {
	size_t table;          /* index into schema->tables */
	size_t constraint;     /* index into that table's constraints (before sorting) */
	sg_pos target_pos;     /* the referenced table's name in the file */
	bool ref_from_pk;      /* the model named no referenced columns: use the target's primary key */
} fk_info;

/* A position the checks across files need: of a renamed table's old name, or of a column's type. */
typedef struct late_pos {
	size_t table, column;  /* indexes into schema->tables and that table's columns */
	sg_pos pos;
} late_pos;

typedef struct conv {
	loader *ld;
	sg_arena *arena;
	sg_schema *schema;     /* its tables, enums and extensions grow in malloc'd arrays until settle() */
	size_t captables, capenums, capextensions;
	sg_pos schema_pos;     /* where the schema's name was first given */
	bool schema_named;
	fk_info *fks;
	size_t nfks, capfks;
	late_pos *renames;     /* tables with renamed_from */
	size_t nrenames, caprenames;
	late_pos *types;       /* columns whose type the models' enums and extensions decide */
	size_t ntypes, captypes;
	sg_sql_memo *memo;     /* parsed types and expressions by text, answers in `arena` */
} conv;

/*
 * `items` (n elements of `size` bytes, room for *cap) with room for one more:
 * the same or a moved array, *cap updated; NULL when out of memory (items
 * stays valid).
 */
static void *grow(void *items, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return items;
	size_t want = *cap ? *cap * 2 : 16;
	void *p = want <= SIZE_MAX / size ? realloc(items, want * size) : NULL;
	if (p)
		*cap = want;
	return p;
}

static void add_late(conv *cv, late_pos **items, size_t *n, size_t *cap, size_t table, size_t column, sg_pos pos)
{
	late_pos *p = grow(*items, cap, *n, sizeof(*p));
	if (!p) {
		cv->ld->oom = true;
		return;
	}
	*items = p;
	p[(*n)++] = (late_pos){ table, column, pos };
}

static const char *dup_str(conv *cv, const char *s)
{
	if (!s)
		return NULL;
	char *d = sg_arena_strdup(cv->arena, s);
	if (!d)
		cv->ld->oom = true;
	return d;
}

/* The position of `key`'s value in mapping `map`, else of the mapping itself. */
static sg_pos key_pos(const doc_file *f, const mnode *map, const char *key)
{
	const mnode *v = map_get(map, key);
	return node_pos(f, v ? v : map);
}

/* Names: PostgreSQL truncates names longer than 63 bytes silently, so the models refuse them. */
static void check_name(conv *cv, sg_pos pos, const char *name, const char *what)
{
	size_t len = strlen(name);
	if (len == 0)
		error_at(cv->ld, pos, "%s has an empty name", what);
	else if (len >= SG_NAMEDATALEN)
		error_at(cv->ld, pos, "name '%s' of %s is %zu bytes long; PostgreSQL keeps at most %d", name, what, len,
			 SG_NAMEDATALEN - 1);
}

static void check_text(conv *cv, sg_pos pos, const char *text, const char *key, const char *what)
{
	if (text && !text[0])
		error_at(cv->ld, pos, "'%s' of %s is empty", key, what);
}

static const char **dup_list(conv *cv, char *const *items, size_t n)
{
	const char **out = sg_arena_array(cv->arena, n, sizeof(*out));
	if (!out) {
		cv->ld->oom = true;
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		out[i] = dup_str(cv, items[i]);
	return out;
}

/* Each listed column must exist in the table and appear once.  `what` names the list's owner. */
static void check_key_columns(conv *cv, const sg_table *t, const doc_file *f, const mnode *list,
			      const char *const *cols, size_t n, const char *what)
{
	for (size_t i = 0; i < n; i++) {
		sg_pos pos = node_pos(f, seq_at(list, i));
		if (!sg_table_find_column(t, cols[i]))
			error_at(cv->ld, pos, "%s names unknown column '%s' of table '%s'", what, cols[i], t->name);
		for (size_t j = 0; j < i; j++)
			if (strcmp(cols[i], cols[j]) == 0) {
				error_at(cv->ld, pos, "%s lists column '%s' twice", what, cols[i]);
				break;
			}
	}
}

/* Every column an SQL fragment references must be a column of the table. */
static void check_expr_columns(conv *cv, const sg_table *t, sg_pos pos, const sg_sql_columns *cols, const char *what)
{
	for (size_t i = 0; i < cols->n; i++)
		if (!sg_table_find_column(t, cols->names[i]))
			error_at(cv->ld, pos, "%s refers to unknown column '%s' of table '%s'", what, cols->names[i], t->name);
}

static bool is_integer_type(const sg_sql_type *ty)
{
	if (ty->is_array || (ty->schema && strcmp(ty->schema, "pg_catalog") != 0))
		return false;
	return strcmp(ty->name, "int2") == 0 || strcmp(ty->name, "int4") == 0 || strcmp(ty->name, "int8") == 0;
}

static void convert_column(conv *cv, const doc_file *f, const mnode *cn, const y_column *y, sg_table *t,
			   sg_column *c)
{
	sg_strbuf what = SG_STRBUF_INIT;
	sg_strbuf_addf(&what, "column '%s' of table '%s'", y->name, t->name);
	c->name = dup_str(cv, y->name);
	c->type = dup_str(cv, y->type);
	c->nullable = y->nullable ? *y->nullable : true;
	c->default_expr = dup_str(cv, y->default_expr);
	c->identity = (sg_identity)y->identity;
	c->generated = dup_str(cv, y->generated);
	c->collation = dup_str(cv, y->collation);
	c->comment = dup_str(cv, y->comment);
	c->renamed_from = dup_str(cv, y->renamed_from);
	c->pos = key_pos(f, cn, "name");
	check_name(cv, c->pos, y->name, what.data);
	if (y->renamed_from)
		check_name(cv, key_pos(f, cn, "renamed_from"), y->renamed_from, what.data);
	check_text(cv, key_pos(f, cn, "collation"), y->collation, "collation", what.data);
	check_text(cv, key_pos(f, cn, "comment"), y->comment, "comment", what.data);
	bool explicit_null = y->nullable && *y->nullable;

	sg_sql_type ty;
	const char *msg = NULL;
	sg_pos type_pos = key_pos(f, cn, "type");
	bool type_ok = false;
	if (!y->type[0])
		error_at(cv->ld, type_pos, "%s has an empty type", what.data);
	else if (sg_model_sql_type_memo(cv->memo, y->type, &ty, &msg) != 0)
		error_at(cv->ld, type_pos, "type '%s' of %s is not a type: %s", y->type, what.data, msg);
	else
		type_ok = true;
	/* Whether the type exists depends on every file's enums and extensions: check_types() decides. */
	if (type_ok && !ty.serial_bytes && (ty.schema || !sg_model_sql_builtin_type(ty.name)))
		add_late(cv, &cv->types, &cv->ntypes, &cv->captypes, (size_t)(t - cv->schema->tables),
			 (size_t)(c - t->columns), type_pos);

	if (type_ok && ty.serial_bytes) {
		c->from_serial = true;
		if (ty.is_array)
			error_at(cv->ld, type_pos, "%s is an array of serial, which PostgreSQL does not support", what.data);
		if (y->default_expr)
			error_at(cv->ld, key_pos(f, cn, "default"), "serial %s cannot also have a default", what.data);
		if (y->identity)
			error_at(cv->ld, key_pos(f, cn, "identity"), "serial %s cannot also be an identity column", what.data);
		if (explicit_null)
			error_at(cv->ld, key_pos(f, cn, "nullable"), "serial %s is always NOT NULL; remove 'nullable: true'",
				 what.data);
		c->nullable = false;
	}
	if (y->identity) {
		if (y->default_expr)
			error_at(cv->ld, key_pos(f, cn, "default"), "identity %s cannot also have a default", what.data);
		if (y->generated)
			error_at(cv->ld, key_pos(f, cn, "generated"), "identity %s cannot also be generated", what.data);
		if (type_ok && !ty.serial_bytes && !is_integer_type(&ty) &&
		    (ty.is_array || !ty.schema || strcmp(ty.schema, "pg_catalog") == 0) &&
		    (ty.is_array || sg_model_sql_builtin_type(ty.name)))
			error_at(cv->ld, key_pos(f, cn, "identity"), "identity %s must be smallint, integer or bigint, not '%s'",
				 what.data, y->type);
		if (explicit_null)
			error_at(cv->ld, key_pos(f, cn, "nullable"),
				 "identity %s is always NOT NULL; remove 'nullable: true'", what.data);
		c->nullable = false;
	}
	if (y->generated && y->default_expr)
		error_at(cv->ld, key_pos(f, cn, "default"), "generated %s cannot also have a default", what.data);

	sg_sql_columns refs;
	if (y->default_expr) {
		sg_pos pos = key_pos(f, cn, "default");
		if (!y->default_expr[0])
			error_at(cv->ld, pos, "'default' of %s is empty", what.data);
		else if (sg_model_sql_expr_memo(cv->memo, y->default_expr, &refs, &msg) != 0)
			error_at(cv->ld, pos, "default of %s is not an SQL expression: %s", what.data, msg);
		else if (refs.n)
			error_at(cv->ld, pos,
				 "default of %s refers to column '%s'; a default cannot use columns (a string literal is "
				 "written \"'%s'\")",
				 what.data, refs.names[0], refs.names[0]);
	}
	if (y->generated) {
		sg_pos pos = key_pos(f, cn, "generated");
		if (!y->generated[0])
			error_at(cv->ld, pos, "'generated' of %s is empty", what.data);
		else if (sg_model_sql_expr_memo(cv->memo, y->generated, &refs, &msg) != 0)
			error_at(cv->ld, pos, "generation expression of %s is not an SQL expression: %s", what.data, msg);
	}
	/* The conversions of a type change: expressions of the table's columns, checked again once all are known. */
	static const char *const using_keys[] = { "using", "using_down" };
	const char *usings[] = { y->using_expr, y->using_down };
	for (int u = 0; u < 2; u++) {
		if (!usings[u])
			continue;
		sg_pos pos = key_pos(f, cn, using_keys[u]);
		if (u == 0) {
			c->using_expr = dup_str(cv, usings[u]);
			c->using_pos = pos;
		} else {
			c->using_down = dup_str(cv, usings[u]);
			c->using_down_pos = pos;
		}
		if (!usings[u][0])
			error_at(cv->ld, pos, "'%s' of %s is empty", using_keys[u], what.data);
		else if (sg_model_sql_expr_memo(cv->memo, usings[u], &refs, &msg) != 0)
			error_at(cv->ld, pos, "'%s' of %s is not an SQL expression: %s", using_keys[u], what.data, msg);
		else if (y->generated)
			error_at(cv->ld, pos,
				 "'%s' of generated %s: PostgreSQL computes a generated column's values, a type change "
				 "takes no USING",
				 using_keys[u], what.data);
	}
	sg_strbuf_release(&what);
}

static sg_constraint *new_constraint(sg_table *t, sg_constraint_kind kind, const char *name, sg_pos pos)
{
	sg_constraint *k = &t->constraints[t->nconstraints++];
	k->kind = kind;
	k->name = name;
	k->pos = pos;
	return k;
}

static void add_fk_info(conv *cv, size_t table, size_t constraint, sg_pos target_pos, bool ref_from_pk)
{
	fk_info *fks = grow(cv->fks, &cv->capfks, cv->nfks, sizeof(*fks));
	if (!fks) {
		cv->ld->oom = true;
		return;
	}
	cv->fks = fks;
	cv->fks[cv->nfks++] = (fk_info){ table, constraint, target_pos, ref_from_pk };
}

static void check_deferrable(conv *cv, sg_pos pos, bool deferrable, bool initially_deferred, const char *what)
{
	if (initially_deferred && !deferrable)
		error_at(cv->ld, pos, "%s is initially deferred but not deferrable; add 'deferrable: true'", what);
}

static bool same_columns(const char *const *a, size_t na, const char *const *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

static void convert_index(conv *cv, const doc_file *f, const mnode *in, const y_index *y, sg_table *t,
			  size_t i)
{
	sg_index *x = &t->indexes[t->nindexes++];
	sg_strbuf what = SG_STRBUF_INIT;
	if (y->name)
		sg_strbuf_addf(&what, "index '%s' of table '%s'", y->name, t->name);
	else
		sg_strbuf_addf(&what, "index #%zu of table '%s'", i + 1, t->name);
	x->pos = node_pos(f, map_get(in, "name") ? map_get(in, "name") : in);
	x->name = dup_str(cv, y->name);
	x->name_is_default = !y->name;
	if (y->name)
		check_name(cv, x->pos, y->name, what.data);
	x->nelements = y->columns_count;
	x->elements = sg_arena_array(cv->arena, y->columns_count, sizeof(char *));
	const mnode *cols = map_get(in, "columns");
	const char *msg = NULL;
	for (size_t e = 0; x->elements && e < y->columns_count; e++) {
		sg_pos pos = node_pos(f, seq_at(cols, e));
		x->elements[e] = dup_str(cv, y->columns[e]);
		sg_sql_index_elem el;
		if (!y->columns[e][0])
			error_at(cv->ld, pos, "element %zu of %s is empty", e + 1, what.data);
		else if (sg_model_sql_index_elem(cv->arena, y->columns[e], &el, &msg) != 0)
			error_at(cv->ld, pos, "'%s' of %s is not an index element: %s", y->columns[e], what.data, msg);
		else
			check_expr_columns(cv, t, pos, &el.columns, what.data);
	}
	if (!x->elements)
		cv->ld->oom = true;
	x->ninclude = y->include_count;
	x->include = dup_list(cv, y->include, y->include_count);
	if (x->include)
		check_key_columns(cv, t, f, map_get(in, "include"), x->include, x->ninclude, what.data);
	x->unique = y->unique;
	x->nulls_not_distinct = y->nulls_not_distinct;
	x->where = dup_str(cv, y->where);
	if (y->where) {
		sg_pos pos = key_pos(f, in, "where");
		sg_sql_columns refs;
		if (!y->where[0])
			error_at(cv->ld, pos, "'where' of %s is empty", what.data);
		else if (sg_model_sql_expr_memo(cv->memo, y->where, &refs, &msg) != 0)
			error_at(cv->ld, pos, "'where' of %s is not an SQL expression: %s", what.data, msg);
		else
			check_expr_columns(cv, t, pos, &refs, what.data);
	}
	const char *method = y->method ? y->method : "btree";
	sg_pos mpos = key_pos(f, in, "method");
	if (!method[0])
		error_at(cv->ld, mpos, "'method' of %s is empty", what.data);
	x->method = strcasecmp(method, "btree") == 0 ? NULL : dup_str(cv, method);
	static const char *const no_unique[] = { "hash", "gin", "gist", "spgist", "brin" };
	for (size_t m = 0; y->unique && m < sizeof(no_unique) / sizeof(no_unique[0]); m++)
		if (strcasecmp(method, no_unique[m]) == 0)
			error_at(cv->ld, mpos, "%s is unique, but access method '%s' does not support unique indexes",
				 what.data, method);
	static const char *const no_include[] = { "hash", "gin", "brin" };
	for (size_t m = 0; y->include_count && m < sizeof(no_include) / sizeof(no_include[0]); m++)
		if (strcasecmp(method, no_include[m]) == 0)
			error_at(cv->ld, mpos, "%s has 'include', but access method '%s' does not support included columns",
				 what.data, method);
	if (y->nulls_not_distinct && !y->unique)
		error_at(cv->ld, key_pos(f, in, "nulls_not_distinct"), "%s has nulls_not_distinct but is not unique",
			 what.data);
	sg_strbuf_release(&what);
}

/* Append table `y` (node `tn` of file `f`) to the schema, checked on its own. */
static void convert_table(conv *cv, const doc_file *f, const mnode *tn, const y_table *y)
{
	sg_schema *s = cv->schema;
	sg_table *tables = grow(s->tables, &cv->captables, s->ntables, sizeof(*tables));
	if (!tables) {
		cv->ld->oom = true;
		return;
	}
	s->tables = tables;
	size_t ti = s->ntables++;
	sg_table *t = &tables[ti];
	*t = (sg_table){ 0 };
	t->name = dup_str(cv, y->name);
	t->renamed_from = dup_str(cv, y->renamed_from);
	t->comment = dup_str(cv, y->comment);
	t->pos = key_pos(f, tn, "name");
	if (!t->name)
		return;
	sg_strbuf what = SG_STRBUF_INIT;
	sg_strbuf_addf(&what, "table '%s'", y->name);
	check_name(cv, t->pos, y->name, what.data);
	if (y->renamed_from) {
		check_name(cv, key_pos(f, tn, "renamed_from"), y->renamed_from, what.data);
		add_late(cv, &cv->renames, &cv->nrenames, &cv->caprenames, ti, 0, key_pos(f, tn, "renamed_from"));
	}
	if (y->renamed_from && strcmp(y->renamed_from, y->name) == 0)
		error_at(cv->ld, key_pos(f, tn, "renamed_from"), "table '%s' is renamed from itself", y->name);
	check_text(cv, key_pos(f, tn, "comment"), y->comment, "comment", what.data);
	if (y->primary_key_name)
		check_name(cv, key_pos(f, tn, "primary_key_name"), y->primary_key_name, "the primary key");

	/* Columns, in the order written (PostgreSQL cannot reorder them). */
	const mnode *cols = map_get(tn, "columns");
	t->columns = sg_arena_array(cv->arena, y->columns_count, sizeof(sg_column));
	if (!t->columns) {
		cv->ld->oom = true;
		goto out;
	}
	for (size_t i = 0; i < y->columns_count; i++) {
		const mnode *cn = seq_at(cols, i);
		const sg_column *prev = sg_table_find_column(t, y->columns[i].name);
		convert_column(cv, f, cn, &y->columns[i], t, &t->columns[t->ncolumns++]);
		if (prev)
			error_at(cv->ld, t->columns[t->ncolumns - 1].pos, "duplicate column '%s' in table '%s' (first at line %d)",
				 prev->name, t->name, prev->pos.line);
	}
	for (size_t i = 0; i < t->ncolumns; i++) {
		sg_column *c = &t->columns[i];
		if (c->renamed_from) {
			if (strcmp(c->renamed_from, c->name) == 0)
				error_at(cv->ld, key_pos(f, seq_at(cols, i), "renamed_from"),
					 "column '%s' of table '%s' is renamed from itself", c->name, t->name);
			else if (sg_table_find_column(t, c->renamed_from))
				error_at(cv->ld, key_pos(f, seq_at(cols, i), "renamed_from"),
					 "column '%s' of table '%s' is renamed from '%s', which is still a column of the table",
					 c->name, t->name, c->renamed_from);
			for (size_t j = 0; j < i; j++)
				if (t->columns[j].renamed_from && strcmp(t->columns[j].renamed_from, c->renamed_from) == 0)
					error_at(cv->ld, key_pos(f, seq_at(cols, i), "renamed_from"),
						 "columns '%s' and '%s' of table '%s' are both renamed from '%s'",
						 t->columns[j].name, c->name, t->name, c->renamed_from);
		}
		const char *const usings[] = { c->using_expr, c->using_down };
		const sg_pos using_pos[] = { c->using_pos, c->using_down_pos };
		for (int u = 0; u < 2; u++) {
			sg_sql_columns refs;
			const char *msg;
			if (!usings[u] || !usings[u][0] ||
			    sg_model_sql_expr_memo(cv->memo, usings[u], &refs, &msg) != 0)
				continue;
			sg_strbuf uw = SG_STRBUF_INIT;
			sg_strbuf_addf(&uw, "'%s' of column '%s'", u ? "using_down" : "using", c->name);
			check_expr_columns(cv, t, using_pos[u], &refs, uw.data);
			sg_strbuf_release(&uw);
		}
		if (c->generated) {
			sg_sql_columns refs;
			const char *msg;
			sg_pos pos = key_pos(f, seq_at(cols, i), "generated");
			if (c->generated[0] && sg_model_sql_expr_memo(cv->memo, c->generated, &refs, &msg) == 0) {
				check_expr_columns(cv, t, pos, &refs, "generation expression");
				for (size_t r = 0; r < refs.n; r++) {
					const sg_column *rc = sg_table_find_column(t, refs.names[r]);
					if (rc && rc->generated)
						error_at(cv->ld, pos,
							 "generated column '%s' of table '%s' uses generated column '%s'",
							 c->name, t->name, rc->name);
				}
			}
		}
	}

	/* Constraints, in the order PostgreSQL creates them for one CREATE TABLE:
	 * checks, the primary key, unique constraints, then foreign keys. */
	size_t maxcons = y->checks_count + 1 + y->unique_count + y->foreign_keys_count;
	for (size_t i = 0; i < y->columns_count; i++)
		maxcons += y->columns[i].unique + (y->columns[i].references != NULL);
	t->constraints = sg_arena_array(cv->arena, maxcons, sizeof(sg_constraint));
	t->indexes = sg_arena_array(cv->arena, y->indexes_count, sizeof(sg_index));
	if (!t->constraints || !t->indexes) {
		cv->ld->oom = true;
		goto out;
	}
	const char *msg = NULL;
	const mnode *checks = map_get(tn, "checks");
	for (size_t i = 0; i < y->checks_count; i++) {
		const mnode *kn = seq_at(checks, i);
		const y_check *yc = &y->checks[i];
		sg_constraint *k = new_constraint(t, SG_CON_CHECK, dup_str(cv, yc->name),
						  key_pos(f, kn, yc->name ? "name" : "expression"));
		k->name_is_default = !yc->name;
		k->expression = dup_str(cv, yc->expression);
		k->not_valid = yc->not_valid;
		k->no_inherit = yc->no_inherit;
		sg_strbuf cw = SG_STRBUF_INIT;
		if (yc->name)
			sg_strbuf_addf(&cw, "check '%s' of table '%s'", yc->name, t->name);
		else
			sg_strbuf_addf(&cw, "check #%zu of table '%s'", i + 1, t->name);
		if (yc->name)
			check_name(cv, k->pos, yc->name, cw.data);
		sg_pos epos = key_pos(f, kn, "expression");
		sg_sql_columns refs;
		if (!yc->expression[0])
			error_at(cv->ld, epos, "'expression' of %s is empty", cw.data);
		else if (sg_model_sql_expr_memo(cv->memo, yc->expression, &refs, &msg) != 0)
			error_at(cv->ld, epos, "expression of %s is not an SQL expression: %s", cw.data, msg);
		else
			check_expr_columns(cv, t, epos, &refs, cw.data);
		sg_strbuf_release(&cw);
	}

	/* The primary key: a column's shorthand or the table-level list, once. */
	sg_pos pk_pos = { 0 };
	const char *pk_first = NULL;
	for (size_t i = 0; i < y->columns_count; i++) {
		if (!y->columns[i].primary_key)
			continue;
		sg_pos pos = key_pos(f, seq_at(cols, i), "primary_key");
		if (pk_first) {
			error_at(cv->ld, pos,
				 "primary key of table '%s' declared twice (columns '%s' and '%s'); list a composite key in "
				 "the table's 'primary_key'",
				 t->name, pk_first, y->columns[i].name);
			continue;
		}
		pk_first = y->columns[i].name;
		pk_pos = pos;
		sg_constraint *k = new_constraint(t, SG_CON_PRIMARY_KEY, dup_str(cv, y->primary_key_name), pos);
		k->name_is_default = !y->primary_key_name;
		k->columns = dup_list(cv, &y->columns[i].name, 1);
		k->ncolumns = 1;
	}
	if (y->primary_key_count) {
		const mnode *list = map_get(tn, "primary_key");
		sg_pos pos = node_pos(f, list);
		if (pk_first) {
			error_at(cv->ld, pos, "primary key of table '%s' declared twice (column '%s' at line %d and 'primary_key')",
				 t->name, pk_first, pk_pos.line);
		} else {
			sg_constraint *k = new_constraint(t, SG_CON_PRIMARY_KEY, dup_str(cv, y->primary_key_name), pos);
			k->name_is_default = !y->primary_key_name;
			k->columns = dup_list(cv, y->primary_key, y->primary_key_count);
			k->ncolumns = y->primary_key_count;
			if (k->columns) {
				sg_strbuf pw = SG_STRBUF_INIT;
				sg_strbuf_addf(&pw, "primary key of table '%s'", t->name);
				check_key_columns(cv, t, f, list, k->columns, k->ncolumns, pw.data);
				sg_strbuf_release(&pw);
			}
			pk_first = "";
		}
	}
	if (y->primary_key_name && !pk_first)
		error_at(cv->ld, key_pos(f, tn, "primary_key_name"), "table '%s' names a primary key it does not have",
			 t->name);
	sg_constraint *pk = sg_table_primary_key(t);
	if (pk && pk->columns) {
		for (size_t i = 0; i < pk->ncolumns; i++) {
			sg_column *c = sg_table_find_column(t, pk->columns[i]);
			if (!c)
				continue;
			const y_column *yc = &y->columns[c - t->columns];
			if (yc->nullable && *yc->nullable)
				error_at(cv->ld, key_pos(f, seq_at(cols, (size_t)(c - t->columns)), "nullable"),
					 "column '%s' of table '%s' is in the primary key and cannot be nullable", c->name,
					 t->name);
			c->nullable = false;
		}
	}

	/* Unique constraints: column shorthands in column order, then the table-level list. */
	size_t first_unique = t->nconstraints;
	for (size_t i = 0; i < y->columns_count; i++) {
		if (!y->columns[i].unique)
			continue;
		sg_constraint *k = new_constraint(t, SG_CON_UNIQUE, NULL, key_pos(f, seq_at(cols, i), "unique"));
		k->name_is_default = true;
		k->columns = dup_list(cv, &y->columns[i].name, 1);
		k->ncolumns = 1;
	}
	const mnode *uniques = map_get(tn, "unique");
	for (size_t i = 0; i < y->unique_count; i++) {
		const mnode *un = seq_at(uniques, i);
		const y_unique *yu = &y->unique[i];
		sg_constraint *k = new_constraint(t, SG_CON_UNIQUE, dup_str(cv, yu->name),
						  node_pos(f, map_get(un, "name") ? map_get(un, "name") : un));
		k->name_is_default = !yu->name;
		k->columns = dup_list(cv, yu->columns, yu->columns_count);
		k->ncolumns = yu->columns_count;
		k->nulls_not_distinct = yu->nulls_not_distinct;
		k->deferrable = yu->deferrable;
		k->initially_deferred = yu->initially_deferred;
		sg_strbuf uw = SG_STRBUF_INIT;
		if (yu->name)
			sg_strbuf_addf(&uw, "unique constraint '%s' of table '%s'", yu->name, t->name);
		else
			sg_strbuf_addf(&uw, "unique constraint #%zu of table '%s'", i + 1, t->name);
		if (yu->name)
			check_name(cv, k->pos, yu->name, uw.data);
		if (k->columns)
			check_key_columns(cv, t, f, map_get(un, "columns"), k->columns, k->ncolumns, uw.data);
		check_deferrable(cv, k->pos, yu->deferrable, yu->initially_deferred, uw.data);
		sg_strbuf_release(&uw);
	}
	/* PostgreSQL silently drops a key that repeats another one; the model would then never match. */
	for (size_t i = first_unique; i < t->nconstraints; i++) {
		const sg_constraint *k = &t->constraints[i];
		for (size_t j = 0; j < i; j++) {
			const sg_constraint *o = &t->constraints[j];
			if (o->kind != SG_CON_PRIMARY_KEY && o->kind != SG_CON_UNIQUE)
				continue;
			if (k->columns && o->columns && same_columns(k->columns, k->ncolumns, o->columns, o->ncolumns) &&
			    k->nulls_not_distinct == o->nulls_not_distinct && k->deferrable == o->deferrable &&
			    k->initially_deferred == o->initially_deferred) {
				error_at(cv->ld, k->pos, "unique constraint on (%s%s) of table '%s' repeats the %s at line %d",
					 k->columns[0], k->ncolumns > 1 ? ", ..." : "", t->name,
					 o->kind == SG_CON_PRIMARY_KEY ? "primary key" : "unique constraint", o->pos.line);
				break;
			}
		}
	}

	/* Foreign keys: column shorthands in column order, then the table-level list. */
	for (size_t i = 0; i < y->columns_count; i++) {
		const y_ref *r = y->columns[i].references;
		if (!r)
			continue;
		const mnode *rn = map_get(seq_at(cols, i), "references");
		sg_constraint *k = new_constraint(t, SG_CON_FOREIGN_KEY, dup_str(cv, r->name), node_pos(f, rn));
		k->name_is_default = !r->name;
		k->columns = dup_list(cv, &y->columns[i].name, 1);
		k->ncolumns = 1;
		k->ref_table = dup_str(cv, r->table);
		k->ref_schema = dup_str(cv, r->schema); /* dropped by check_all() when it is the models' schema */
		if (r->column) {
			k->ref_columns = dup_list(cv, &r->column, 1);
			k->nref_columns = 1;
		}
		k->on_delete = (sg_fk_action)r->on_delete;
		k->on_update = (sg_fk_action)r->on_update;
		k->deferrable = r->deferrable;
		k->initially_deferred = r->initially_deferred;
		k->not_valid = r->not_valid;
		sg_strbuf fw = SG_STRBUF_INIT;
		sg_strbuf_addf(&fw, "foreign key of column '%s' of table '%s'", y->columns[i].name, t->name);
		if (r->name)
			check_name(cv, key_pos(f, rn, "name"), r->name, fw.data);
		check_deferrable(cv, k->pos, r->deferrable, r->initially_deferred, fw.data);
		sg_strbuf_release(&fw);
		add_fk_info(cv, ti, t->nconstraints - 1, key_pos(f, rn, "table"), !r->column);
	}
	const mnode *fks = map_get(tn, "foreign_keys");
	for (size_t i = 0; i < y->foreign_keys_count; i++) {
		const mnode *fn = seq_at(fks, i);
		const y_fk *yf = &y->foreign_keys[i];
		sg_constraint *k = new_constraint(t, SG_CON_FOREIGN_KEY, dup_str(cv, yf->name),
						  node_pos(f, map_get(fn, "name") ? map_get(fn, "name") : fn));
		k->name_is_default = !yf->name;
		k->columns = dup_list(cv, yf->columns, yf->columns_count);
		k->ncolumns = yf->columns_count;
		k->ref_table = dup_str(cv, yf->references->table);
		k->ref_schema = dup_str(cv, yf->references->schema);
		if (yf->references->columns_count) {
			k->ref_columns = dup_list(cv, yf->references->columns, yf->references->columns_count);
			k->nref_columns = yf->references->columns_count;
		}
		k->on_delete = (sg_fk_action)yf->on_delete;
		k->on_update = (sg_fk_action)yf->on_update;
		k->deferrable = yf->deferrable;
		k->initially_deferred = yf->initially_deferred;
		k->not_valid = yf->not_valid;
		sg_strbuf fw = SG_STRBUF_INIT;
		if (yf->name)
			sg_strbuf_addf(&fw, "foreign key '%s' of table '%s'", yf->name, t->name);
		else
			sg_strbuf_addf(&fw, "foreign key #%zu of table '%s'", i + 1, t->name);
		if (yf->name)
			check_name(cv, k->pos, yf->name, fw.data);
		if (k->columns)
			check_key_columns(cv, t, f, map_get(fn, "columns"), k->columns, k->ncolumns, fw.data);
		check_deferrable(cv, k->pos, yf->deferrable, yf->initially_deferred, fw.data);
		sg_strbuf_release(&fw);
		add_fk_info(cv, ti, t->nconstraints - 1, key_pos(f, map_get(fn, "references"), "table"),
			    !yf->references->columns_count);
	}

	/* Explicit constraint names are unique within the table. */
	for (size_t i = 0; i < t->nconstraints; i++)
		for (size_t j = 0; t->constraints[i].name && j < i; j++)
			if (t->constraints[j].name && strcmp(t->constraints[i].name, t->constraints[j].name) == 0) {
				error_at(cv->ld, t->constraints[i].pos,
					 "duplicate constraint '%s' in table '%s' (first at line %d)", t->constraints[i].name,
					 t->name, t->constraints[j].pos.line);
				break;
			}

	const mnode *idx = map_get(tn, "indexes");
	for (size_t i = 0; i < y->indexes_count; i++)
		convert_index(cv, f, seq_at(idx, i), &y->indexes[i], t, i);
out:
	sg_strbuf_release(&what);
}

/* A named object for the checks across the whole schema. */
typedef struct named {
	const char *name;
	const char *kind;   /* "table", "index", "primary key", "unique constraint" */
	const char *table;  /* owner of an index or key, NULL for a table */
	size_t order;       /* definition order, to keep the first one first */
	sg_pos pos;
} named;

static int named_cmp(const void *a, const void *b)
{
	const named *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

static const named *find_named(const named *items, size_t n, const char *name)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(items[mid].name, name);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(items[lo].name, name) == 0 ? &items[lo] : NULL;
}

static void describe_named(sg_strbuf *sb, const named *x)
{
	if (x->table)
		sg_strbuf_addf(sb, "%s '%s' of table '%s'", x->kind, x->name, x->table);
	else
		sg_strbuf_addf(sb, "%s '%s'", x->kind, x->name);
}

/* Tables, indexes and the indexes of keys share PostgreSQL's relation namespace. */
static void check_relation_names(conv *cv, named *rels, size_t n)
{
	qsort(rels, n, sizeof(*rels), named_cmp);
	for (size_t i = 1; i < n; i++) {
		if (strcmp(rels[i].name, rels[i - 1].name) != 0)
			continue;
		size_t first = i - 1;
		while (first > 0 && strcmp(rels[first - 1].name, rels[i].name) == 0)
			first--;
		sg_strbuf a = SG_STRBUF_INIT, b = SG_STRBUF_INIT;
		describe_named(&a, &rels[i]);
		describe_named(&b, &rels[first]);
		if (!rels[i].table && !rels[first].table)
			error_at(cv->ld, rels[i].pos, "duplicate table '%s' (first defined at %s:%d:%d)", rels[i].name,
				 rels[first].pos.file, rels[first].pos.line, rels[first].pos.column);
		else
			error_at(cv->ld, rels[i].pos,
				 "%s has the name of %s (%s:%d:%d); tables, indexes and keys share one namespace", a.data,
				 b.data, rels[first].pos.file, rels[first].pos.line, rels[first].pos.column);
		sg_strbuf_release(&a);
		sg_strbuf_release(&b);
	}
}

/* Whether `cols` (any order) is exactly the key of a primary key, unique constraint or plain unique index. */
static bool has_unique_key(conv *cv, const sg_table *t, const char *const *cols, size_t n)
{
	for (size_t i = 0; i < t->nconstraints; i++) {
		const sg_constraint *k = &t->constraints[i];
		if ((k->kind != SG_CON_PRIMARY_KEY && k->kind != SG_CON_UNIQUE) || k->deferrable || k->ncolumns != n ||
		    !k->columns)
			continue;
		size_t found = 0;
		for (size_t a = 0; a < n; a++)
			for (size_t b = 0; b < n; b++)
				found += strcmp(cols[a], k->columns[b]) == 0;
		if (found == n)
			return true;
	}
	for (size_t i = 0; i < t->nindexes; i++) {
		const sg_index *x = &t->indexes[i];
		if (!x->unique || x->where || x->nelements != n || !x->elements)
			continue;
		size_t found = 0;
		for (size_t e = 0; e < n; e++) {
			sg_sql_index_elem el;
			const char *msg;
			if (sg_model_sql_index_elem(cv->arena, x->elements[e], &el, &msg) != 0 || !el.column)
				break;
			for (size_t a = 0; a < n; a++)
				found += strcmp(cols[a], el.column) == 0;
		}
		if (found == n)
			return true;
	}
	return false;
}

static void check_foreign_keys(conv *cv, const named *tables, size_t ntables)
{
	sg_schema *s = cv->schema;
	for (size_t i = 0; i < cv->nfks; i++) {
		const fk_info *fi = &cv->fks[i];
		sg_table *t = &s->tables[fi->table];
		sg_constraint *k = &t->constraints[fi->constraint];
		if (k->ref_schema || !k->columns)
			continue; /* another schema: the server checks it */
		sg_strbuf what = SG_STRBUF_INIT;
		if (k->name)
			sg_strbuf_addf(&what, "foreign key '%s' of table '%s'", k->name, t->name);
		else
			sg_strbuf_addf(&what, "foreign key on (%s%s) of table '%s'", k->columns[0], k->ncolumns > 1 ? ", ..." : "",
				       t->name);
		const named *target = find_named(tables, ntables, k->ref_table);
		if (!target) {
			const char *best = NULL;
			size_t bestd = 3;
			for (size_t j = 0; j < ntables; j++) {
				size_t d = edit_distance(k->ref_table, tables[j].name);
				if (d < bestd && worth_suggesting(k->ref_table, d)) {
					bestd = d;
					best = tables[j].name;
				}
			}
			if (best)
				error_at(cv->ld, fi->target_pos, "%s references unknown table '%s' (did you mean '%s'?)", what.data,
					 k->ref_table, best);
			else
				error_at(cv->ld, fi->target_pos, "%s references unknown table '%s'", what.data, k->ref_table);
			sg_strbuf_release(&what);
			continue;
		}
		const sg_table *rt = &s->tables[target->order];
		if (fi->ref_from_pk) {
			const sg_constraint *rpk = sg_table_primary_key(rt);
			if (!rpk) {
				error_at(cv->ld, fi->target_pos,
					 "%s references table '%s', which has no primary key; name the referenced columns",
					 what.data, rt->name);
				sg_strbuf_release(&what);
				continue;
			}
			k->ref_columns = rpk->columns;
			k->nref_columns = rpk->ncolumns;
		}
		bool ok = true;
		for (size_t c = 0; c < k->nref_columns; c++)
			if (!sg_table_find_column(rt, k->ref_columns[c])) {
				error_at(cv->ld, fi->target_pos, "%s references unknown column '%s' of table '%s'", what.data,
					 k->ref_columns[c], rt->name);
				ok = false;
			}
		if (k->nref_columns != k->ncolumns) {
			error_at(cv->ld, k->pos, "%s has %zu column%s but references %zu column%s of table '%s'", what.data,
				 k->ncolumns, k->ncolumns == 1 ? "" : "s", k->nref_columns, k->nref_columns == 1 ? "" : "s",
				 rt->name);
			ok = false;
		}
		if (ok && !has_unique_key(cv, rt, k->ref_columns, k->nref_columns))
			error_at(cv->ld, fi->target_pos,
				 "%s references columns of table '%s' that are not its primary key or a unique key", what.data,
				 rt->name);
		sg_strbuf_release(&what);
	}
}

/*
 * Types: built in, an enum of the models, or something the database must
 * already have.  Only the columns convert_column() left undecided are looked
 * at again: those of a type that is not built in.
 */
static void check_types(conv *cv)
{
	sg_schema *s = cv->schema;
	for (size_t i = 0; i < cv->ntypes; i++) {
		const sg_table *t = &s->tables[cv->types[i].table];
		const sg_column *c = &t->columns[cv->types[i].column];
		sg_sql_type ty;
		const char *msg;
		if (sg_model_sql_type_memo(cv->memo, c->type, &ty, &msg) != 0)
			continue;
		sg_pos pos = cv->types[i].pos;
		if (ty.schema && strcmp(ty.schema, "pg_catalog") == 0) {
			if (!sg_model_sql_builtin_type(ty.name))
				error_at(cv->ld, pos, "type '%s' of column '%s' of table '%s' is not a built-in type", c->type,
					 c->name, t->name);
			continue;
		}
		if (ty.schema && strcmp(ty.schema, s->name) != 0)
			continue; /* another schema's type: the server checks it */
		if ((!ty.schema && sg_model_sql_builtin_type(ty.name)) || sg_schema_find_enum(s, ty.name))
			continue;
		const char *ext = sg_model_sql_extension_of_type(ty.name);
		if (ext) {
			bool declared = false;
			for (size_t e = 0; e < s->nextensions; e++)
				declared |= strcmp(s->extensions[e].name, ext) == 0;
			if (!declared)
				warning_at(cv->ld, pos,
					   "type '%s' of column '%s' of table '%s' comes from extension '%s', which the "
					   "models do not list; it must be installed in the database",
					   c->type, c->name, t->name, ext);
			continue;
		}
		const char *best = NULL;
		size_t bestd = 3;
		for (size_t e = 0; e < s->nenums; e++) {
			size_t d = edit_distance(ty.name, s->enums[e].name);
			if (d < bestd && worth_suggesting(ty.name, d)) {
				bestd = d;
				best = s->enums[e].name;
			}
		}
		if (best)
			warning_at(cv->ld, pos,
				   "type '%s' of column '%s' of table '%s' is neither built in nor an enum of the models "
				   "(did you mean '%s'?); it must exist in the database",
				   c->type, c->name, t->name, best);
		else
			warning_at(cv->ld, pos,
				   "type '%s' of column '%s' of table '%s' is neither built in nor an enum of the models; "
				   "it must exist in the database",
				   c->type, c->name, t->name);
	}
}

/* ---------------------------------------------------------------- part 5: default names */

/* Choose PostgreSQL's names for unnamed constraints and indexes (see docs/models.md for the order). */
static int assign_default_names(conv *cv)
{
	sg_schema *s = cv->schema;
	sg_naming_ns *ns = sg_naming_ns_new();
	if (!ns)
		return -1;
	int rc = 0;
	char name[SG_NAMEDATALEN];
	/* Relation names that must exist in any database where the models work. */
	for (size_t ti = 0; ti < s->ntables && rc == 0; ti++) {
		const sg_table *t = &s->tables[ti];
		rc |= sg_naming_ns_add_relation(ns, t->name);
		for (size_t i = 0; i < t->nindexes; i++)
			if (t->indexes[i].name)
				rc |= sg_naming_ns_add_relation(ns, t->indexes[i].name);
		for (size_t i = 0; i < t->nconstraints; i++) {
			const sg_constraint *k = &t->constraints[i];
			if (k->name && (k->kind == SG_CON_PRIMARY_KEY || k->kind == SG_CON_UNIQUE))
				rc |= sg_naming_ns_add_relation(ns, k->name);
		}
	}
	for (size_t ti = 0; ti < s->ntables && rc == 0; ti++) {
		sg_table *t = &s->tables[ti];
		for (size_t i = 0; i < t->nconstraints; i++)
			if (t->constraints[i].name)
				rc |= sg_naming_ns_add_constraint(ns, t->constraints[i].name);
		for (size_t i = 0; i < t->nconstraints && rc == 0; i++) {
			sg_constraint *k = &t->constraints[i];
			if (k->name)
				continue;
			char addition[2 * SG_NAMEDATALEN];
			switch (k->kind) {
			case SG_CON_CHECK: {
				sg_sql_columns refs = { 0 };
				const char *msg;
				if (sg_model_sql_expr_memo(cv->memo, k->expression, &refs, &msg) != 0)
					refs.n = 0;
				const sg_column *only = refs.n == 1 ? sg_table_find_column(t, refs.names[0]) : NULL;
				rc |= sg_naming_choose_constraint_name(name, ns, t->name, only ? only->name : NULL, "check");
				break;
			}
			case SG_CON_PRIMARY_KEY:
				rc |= sg_naming_choose_relation_name(name, ns, t->name, NULL, "pkey", true);
				break;
			case SG_CON_UNIQUE: {
				const char **colnames = sg_arena_array(cv->arena, k->ncolumns, sizeof(char *));
				if (!colnames || sg_naming_index_column_names(colnames, k->columns, k->ncolumns, cv->arena) != 0) {
					rc = -1;
					break;
				}
				sg_naming_name_addition(addition, colnames, k->ncolumns);
				rc |= sg_naming_choose_relation_name(name, ns, t->name, addition, "key", true);
				break;
			}
			case SG_CON_FOREIGN_KEY:
				sg_naming_name_addition(addition, k->columns, k->ncolumns);
				rc |= sg_naming_choose_constraint_name(name, ns, t->name, addition, "fkey");
				break;
			default:
				break;
			}
			if (rc == 0 && !(k->name = sg_arena_strdup(cv->arena, name)))
				rc = -1;
		}
		for (size_t i = 0; i < t->nindexes && rc == 0; i++) {
			sg_index *x = &t->indexes[i];
			if (x->name)
				continue;
			size_t n = x->nelements + x->ninclude;
			const char **prelim = sg_arena_array(cv->arena, n, sizeof(char *));
			const char **colnames = sg_arena_array(cv->arena, n, sizeof(char *));
			if (!prelim || !colnames) {
				rc = -1;
				break;
			}
			for (size_t e = 0; e < x->nelements; e++) {
				sg_sql_index_elem el;
				const char *msg;
				prelim[e] = sg_model_sql_index_elem(cv->arena, x->elements[e], &el, &msg) == 0 ? el.prelim_name
													   : "expr";
			}
			for (size_t e = 0; e < x->ninclude; e++)
				prelim[x->nelements + e] = x->include[e];
			char addition[2 * SG_NAMEDATALEN];
			if (sg_naming_index_column_names(colnames, prelim, n, cv->arena) != 0) {
				rc = -1;
				break;
			}
			sg_naming_name_addition(addition, colnames, n);
			rc |= sg_naming_choose_relation_name(name, ns, t->name, addition, "idx", false);
			if (rc == 0 && !(x->name = sg_arena_strdup(cv->arena, name)))
				rc = -1;
		}
	}
	sg_naming_ns_free(ns);
	return rc;
}

/* ---------------------------------------------------------------- loading */

static int enum_cmp(const void *a, const void *b)
{
	return strcmp(((const sg_enum *)a)->name, ((const sg_enum *)b)->name);
}

static int ext_cmp(const void *a, const void *b)
{
	return strcmp(((const sg_extension *)a)->name, ((const sg_extension *)b)->name);
}

/* Schema name, extensions and enums of one file (root node `root`, loaded as `d`). */
static void convert_globals(conv *cv, const doc_file *f, const mnode *root, const y_file *d)
{
	sg_schema *s = cv->schema;
	if (d->schema) {
		sg_pos pos = key_pos(f, root, "schema");
		check_name(cv, pos, d->schema, "the schema");
		if (!cv->schema_named) {
			s->name = dup_str(cv, d->schema);
			cv->schema_pos = pos;
			cv->schema_named = true;
		} else if (strcmp(s->name, d->schema) != 0) {
			error_at(cv->ld, pos, "schema '%s' differs from schema '%s' at %s:%d:%d; one models directory is one schema",
				 d->schema, s->name, cv->schema_pos.file, cv->schema_pos.line, cv->schema_pos.column);
		}
	}
	const mnode *exts = map_get(root, "extensions");
	for (size_t e = 0; e < d->extensions_count; e++) {
		sg_extension *all = grow(s->extensions, &cv->capextensions, s->nextensions, sizeof(*all));
		if (!all) {
			cv->ld->oom = true;
			return;
		}
		s->extensions = all;
		sg_extension *x = &all[s->nextensions++];
		x->name = dup_str(cv, d->extensions[e]);
		x->pos = node_pos(f, seq_at(exts, e));
		check_name(cv, x->pos, d->extensions[e], "an extension");
		for (size_t j = 0; j + 1 < s->nextensions; j++)
			if (strcmp(s->extensions[j].name, x->name) == 0) {
				error_at(cv->ld, x->pos, "duplicate extension '%s' (first at %s:%d:%d)", x->name,
					 s->extensions[j].pos.file, s->extensions[j].pos.line, s->extensions[j].pos.column);
				break;
			}
	}
	const mnode *enums = map_get(root, "enums");
	for (size_t e = 0; e < d->enums_count; e++) {
		sg_enum *all = grow(s->enums, &cv->capenums, s->nenums, sizeof(*all));
		if (!all) {
			cv->ld->oom = true;
			return;
		}
		s->enums = all;
		const mnode *en = seq_at(enums, e);
		const y_enum *ye = &d->enums[e];
		sg_enum *x = &all[s->nenums++];
		x->name = dup_str(cv, ye->name);
		x->pos = key_pos(f, en, "name");
		x->values = dup_list(cv, ye->values, ye->values_count);
		x->nvalues = ye->values_count;
		sg_strbuf what = SG_STRBUF_INIT;
		sg_strbuf_addf(&what, "enum '%s'", ye->name);
		check_name(cv, x->pos, ye->name, what.data);
		const mnode *vals = map_get(en, "values");
		for (size_t v = 0; v < ye->values_count; v++) {
			sg_pos vpos = node_pos(f, seq_at(vals, v));
			size_t len = strlen(ye->values[v]);
			if (len == 0)
				error_at(cv->ld, vpos, "enum '%s' has an empty value", ye->name);
			else if (len >= SG_NAMEDATALEN)
				error_at(cv->ld, vpos, "value '%s' of enum '%s' is %zu bytes long; PostgreSQL allows at most %d",
					 ye->values[v], ye->name, len, SG_NAMEDATALEN - 1);
			for (size_t w = 0; w < v; w++)
				if (strcmp(ye->values[v], ye->values[w]) == 0) {
					error_at(cv->ld, vpos, "enum '%s' lists value '%s' twice", ye->name, ye->values[v]);
					break;
				}
		}
		for (size_t j = 0; j + 1 < s->nenums; j++)
			if (strcmp(s->enums[j].name, x->name) == 0) {
				error_at(cv->ld, x->pos, "duplicate enum '%s' (first defined at %s:%d:%d)", x->name,
					 s->enums[j].pos.file, s->enums[j].pos.line, s->enums[j].pos.column);
				break;
			}
		sg_strbuf_release(&what);
	}
}

/*
 * Move the schema's growing arrays into its arena (once every file is
 * converted), so that sg_schema_free() frees them.  Returns 0 or -1 when out
 * of memory; the malloc'd arrays are freed either way.
 */
static int settle(conv *cv)
{
	sg_schema *s = cv->schema;
	sg_table *tables = sg_arena_array(cv->arena, s->ntables, sizeof(*tables));
	sg_enum *enums = sg_arena_array(cv->arena, s->nenums, sizeof(*enums));
	sg_extension *exts = sg_arena_array(cv->arena, s->nextensions, sizeof(*exts));
	int rc = tables && enums && exts ? 0 : -1;
	if (rc == 0) {
		if (s->ntables)
			memcpy(tables, s->tables, s->ntables * sizeof(*tables));
		if (s->nenums)
			memcpy(enums, s->enums, s->nenums * sizeof(*enums));
		if (s->nextensions)
			memcpy(exts, s->extensions, s->nextensions * sizeof(*exts));
	}
	free(s->tables);
	free(s->enums);
	free(s->extensions);
	s->tables = tables;
	s->enums = enums;
	s->extensions = exts;
	cv->captables = cv->capenums = cv->capextensions = 0;
	if (rc != 0)
		s->ntables = s->nenums = s->nextensions = 0;
	return rc;
}

/* The checks across files, once every file is converted. */
static void check_all(conv *cv)
{
	sg_schema *s = cv->schema;
	if (settle(cv) != 0) {
		cv->ld->oom = true;
		return;
	}
	if (s->nextensions > 1)
		qsort(s->extensions, s->nextensions, sizeof(sg_extension), ext_cmp);
	if (s->nenums > 1)
		qsort(s->enums, s->nenums, sizeof(sg_enum), enum_cmp);
	/* A foreign key to the models' own schema, named, is one without a schema. */
	for (size_t i = 0; i < cv->nfks; i++) {
		sg_constraint *k = &s->tables[cv->fks[i].table].constraints[cv->fks[i].constraint];
		if (k->ref_schema && strcmp(k->ref_schema, s->name) == 0)
			k->ref_schema = NULL;
	}

	/* Relation names: tables, named indexes, named keys. */
	size_t nrels = s->ntables;
	for (size_t ti = 0; ti < s->ntables; ti++)
		nrels += s->tables[ti].nindexes + s->tables[ti].nconstraints;
	named *rels = calloc(nrels ? nrels : 1, sizeof(*rels));
	named *tabs = calloc(s->ntables ? s->ntables : 1, sizeof(*tabs));
	if (!rels || !tabs) {
		free(rels);
		free(tabs);
		cv->ld->oom = true;
		return;
	}
	size_t nr = 0;
	for (size_t ti = 0; ti < s->ntables; ti++) {
		const sg_table *t = &s->tables[ti];
		tabs[ti] = (named){ t->name, "table", NULL, ti, t->pos };
		rels[nr++] = tabs[ti];
		for (size_t i = 0; i < t->nconstraints; i++) {
			const sg_constraint *k = &t->constraints[i];
			if (k->name && (k->kind == SG_CON_PRIMARY_KEY || k->kind == SG_CON_UNIQUE))
				rels[nr++] = (named){ k->name, k->kind == SG_CON_PRIMARY_KEY ? "primary key" : "unique constraint",
						      t->name, nr, k->pos };
		}
		for (size_t i = 0; i < t->nindexes; i++)
			if (t->indexes[i].name)
				rels[nr++] = (named){ t->indexes[i].name, "index", t->name, nr, t->indexes[i].pos };
	}
	/* Order keeps tables first among equal names, so duplicates name the table first. */
	for (size_t i = 0; i < nr; i++)
		rels[i].order = rels[i].table ? s->ntables + i : rels[i].order;
	check_relation_names(cv, rels, nr);
	qsort(tabs, s->ntables, sizeof(*tabs), named_cmp);

	for (size_t e = 0; e < s->nenums; e++) {
		const named *t = find_named(tabs, s->ntables, s->enums[e].name);
		if (t)
			error_at(cv->ld, s->enums[e].pos,
				 "enum '%s' has the name of table '%s' (%s:%d:%d), whose row type takes that name",
				 s->enums[e].name, t->name, t->pos.file, t->pos.line, t->pos.column);
	}
	for (size_t r = 0; r < cv->nrenames; r++) {
		size_t ti = cv->renames[r].table;
		const sg_table *t = &s->tables[ti];
		if (strcmp(t->renamed_from, t->name) == 0)
			continue;
		sg_pos pos = cv->renames[r].pos;
		if (find_named(tabs, s->ntables, t->renamed_from))
			error_at(cv->ld, pos, "table '%s' is renamed from '%s', which is still a table of the models", t->name,
				 t->renamed_from);
		for (size_t j = 0; j < ti; j++)
			if (s->tables[j].renamed_from && strcmp(s->tables[j].renamed_from, t->renamed_from) == 0)
				error_at(cv->ld, pos, "tables '%s' and '%s' are both renamed from '%s'", s->tables[j].name,
					 t->name, t->renamed_from);
	}
	check_foreign_keys(cv, tabs, s->ntables);
	check_types(cv);
	free(rels);
	free(tabs);
}

/* Move the diagnostics of `from` to the end of `to`, leaving `from` empty. */
static void diags_move(loader *ld, sg_model_diags *to, sg_model_diags *from)
{
	if (to->cap - to->count < from->count) {
		size_t cap = to->count + from->count;
		sg_model_diag *items = realloc(to->items, cap * sizeof(*items));
		if (!items) {
			ld->oom = true;
			sg_model_diags_release(from);
			return;
		}
		to->items = items;
		to->cap = cap;
	}
	if (from->count)
		memcpy(to->items + to->count, from->items, from->count * sizeof(*from->items));
	to->count += from->count;
	to->nerrors += from->nerrors;
	to->nwarnings += from->nwarnings;
	free(from->items);
	*from = (sg_model_diags){ 0 };
}

/*
 * One file being loaded.  Its diagnostics wait here until the end of the
 * file decides which count, so that streaming changes nothing: invalid YAML
 * anywhere in a file is the only thing said about it, and a file the
 * document pass finds any problem in is not converted at all.
 */
typedef struct file_load {
	conv *cv;
	const doc_file *f;
	sg_model_diags checked;    /* of the document pass */
	sg_model_diags converted;  /* of the conversion of streamed tables */
} file_load;

/* The composer's callback: a complete entry of the top-level `tables` list, checked and converted at once. */
static void load_table_entry(void *ctx, const mnode *entry, size_t i, sg_arena *scratch)
{
	file_load *fl = ctx;
	loader *ld = fl->cv->ld;
	sg_model_diags *diags = ld->diags;
	ld->diags = &fl->checked;
	walk_item(ld, fl->f, entry, i, &table_entry, "'tables' of the model file", NULL, "tables");
	if (fl->checked.nerrors == 0 && !ld->oom) {
		y_table *y = NULL;
		if (fill_value(scratch, &y, &table_pointer, entry) != 0) {
			ld->oom = true;
		} else {
			ld->diags = &fl->converted;
			convert_table(fl->cv, fl->f, entry, y);
		}
	}
	ld->diags = diags;
}

/*
 * Parse (from `parser`, whose input is set), check and convert one file into
 * the schema; its tables are checked across files later (check_all).
 * Problems go to the diagnostics; -1 only when out of memory.
 */
static int load_one(conv *cv, const doc_file *f, yaml_parser_t *parser)
{
	loader *ld = cv->ld;
	sg_schema *s = cv->schema;
	file_load fl = { .cv = cv, .f = f };
	composer c = { .on_entry = load_table_entry, .ctx = &fl };
	size_t ntables = s->ntables, nfks = cv->nfks, nrenames = cv->nrenames, ntypes = cv->ntypes;
	sg_model_diags *diags = ld->diags;
	yaml_problem prob;
	int rc = compose(&c, parser, &prob);
	if (rc == 0 && c.root) {
		composer second = { 0 };
		int rc2 = compose(&second, parser, &prob);
		if (rc2 < 0)
			rc = -1;
		else if (rc2 == 1)
			error_at(ld, (sg_pos){ f->path, (int)prob.mark.line + 1, (int)prob.mark.column + 1 }, "invalid YAML: %s",
				 prob.problem ? prob.problem : "syntax error");
		else if (second.root)
			error_at(ld, node_pos(f, second.root), "a model file holds one YAML document; this is a second one");
		composer_release(&second);
	}
	bool keep = rc == 0 && c.root;
	if (rc == 1) {
		sg_pos pos = { f->path, (int)prob.mark.line + 1, (int)prob.mark.column + 1 };
		if (prob.context)
			error_at(ld, pos, "invalid YAML: %s %s", prob.problem ? prob.problem : "syntax error", prob.context);
		else
			error_at(ld, pos, "invalid YAML: %s", prob.problem ? prob.problem : "syntax error");
	}
	if (keep) {
		ld->diags = &fl.checked;
		if (c.root->type != YAML_MAPPING_NODE)
			error_at(ld, node_pos(f, c.root),
				 "a model file must be a mapping (schema, extensions, enums, tables), not %s",
				 node_kind_name(c.root));
		else
			walk_mapping(ld, f, c.root, file_fields, "the model file", NULL);
		ld->diags = diags;
		keep = fl.checked.nerrors == 0;
		diags_move(ld, diags, &fl.checked);
	}
	if (keep) {
		diags_move(ld, diags, &fl.converted);
		y_file *y = NULL;
		if (fill_value(c.arena, &y, &file_schema, c.root) != 0) {
			ld->oom = true;
		} else {
			convert_globals(cv, f, c.root, y);
			/* The tables of a file that was not streamed (an anchored list, ...). */
			const mnode *tables = map_get(c.root, "tables");
			for (size_t t = 0; t < y->tables_count && !ld->oom; t++)
				convert_table(cv, f, seq_at(tables, t), &y->tables[t]);
		}
	} else {
		sg_model_diags_release(&fl.checked);
		sg_model_diags_release(&fl.converted);
		s->ntables = ntables;
		cv->nfks = nfks;
		cv->nrenames = nrenames;
		cv->ntypes = ntypes;
	}
	composer_release(&c);
	return rc < 0 ? -1 : 0;
}

static int finish(sg_schema **out, loader *ld, conv *cv, sg_error *err)
{
	int rc = 0;
	if (!ld->oom && ld->diags->nerrors == 0) {
		if (assign_default_names(cv) != 0)
			ld->oom = true;
		else
			sg_schema_sort(cv->schema);
	}
	if (cv->captables || cv->capenums || cv->capextensions)
		settle(cv); /* check_all() did not run: only to free the arrays */
	free(cv->fks);
	free(cv->renames);
	free(cv->types);
	sg_sql_memo_free(cv->memo);
	cv->memo = NULL;
	sg_model_diags *d = ld->diags;
	if (d->count > 1)
		qsort(d->items, d->count, sizeof(*d->items), diag_cmp);
	if (ld->oom) {
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory while loading the models");
	} else if (d->nerrors) {
		const char *first = NULL;
		for (size_t i = 0; i < d->count && !first; i++)
			if (d->items[i].severity == SG_MODEL_ERROR)
				first = d->items[i].text;
		if (d->nerrors > 1)
			rc = sg_error_set(err, SG_ERR_INPUT, "%s (and %zu more error%s in the models)", first, d->nerrors - 1,
					  d->nerrors > 2 ? "s" : "");
		else
			rc = sg_error_set(err, SG_ERR_INPUT, "%s", first);
	}
	if (rc != 0) {
		sg_schema_free(cv->schema);
		return rc;
	}
	*out = cv->schema;
	return 0;
}

/* One load of a set of files: begin, add each file, then end or abandon. */
typedef struct loading {
	loader ld;
	conv cv;
	sg_model_diags local;  /* when the caller wants no diagnostics */
	size_t first_diag;     /* the caller's diagnostics before this load */
} loading;

static int loading_begin(loading *l, sg_model_diags *diags, sg_error *err)
{
	*l = (loading){ 0 };
	l->ld.diags = diags ? diags : &l->local;
	l->first_diag = l->ld.diags->count;
	l->cv.ld = &l->ld;
	if (!(l->cv.schema = sg_schema_new("public")))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory while loading the models");
	l->cv.arena = l->cv.schema->arena;
	if (!(l->cv.memo = sg_sql_memo_new(l->cv.arena))) {
		sg_schema_free(l->cv.schema);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory while loading the models");
	}
	return 0;
}

/* Load the file `name` whose bytes `parser` reads; out of memory is remembered for loading_end(). */
static void loading_add(loading *l, const char *name, yaml_parser_t *parser)
{
	doc_file f = { .path = dup_str(&l->cv, name) };
	if (!l->ld.oom && (!f.path || load_one(&l->cv, &f, parser) != 0))
		l->ld.oom = true;
}

static int loading_end(sg_schema **out, loading *l, sg_error *err)
{
	if (!l->ld.oom)
		check_all(&l->cv);
	int rc = finish(out, &l->ld, &l->cv, err);
	sg_model_diags_release(&l->local);
	return rc;
}

/* Give up (a file could not be read): no schema, and the caller's diagnostics as they were. */
static void loading_abandon(loading *l)
{
	conv *cv = &l->cv;
	free(cv->schema->tables);
	free(cv->schema->enums);
	free(cv->schema->extensions);
	free(cv->fks);
	free(cv->renames);
	free(cv->types);
	sg_sql_memo_free(cv->memo);
	sg_schema_free(cv->schema);
	sg_model_diags *d = l->ld.diags;
	for (size_t i = l->first_diag; i < d->count; i++) {
		if (d->items[i].severity == SG_MODEL_ERROR)
			d->nerrors--;
		else
			d->nwarnings--;
		free(d->items[i].file);
		free(d->items[i].text);
	}
	d->count = l->first_diag;
	sg_model_diags_release(&l->local);
}

int sg_model_load_sources(sg_schema **out, const sg_model_source *sources, size_t n, sg_model_diags *diags,
			  sg_error *err)
{
	*out = NULL;
	loading l;
	if (loading_begin(&l, diags, err) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		yaml_parser_t parser;
		if (!yaml_parser_initialize(&parser)) {
			l.ld.oom = true;
			break;
		}
		yaml_parser_set_input_string(&parser, (const unsigned char *)sources[i].text, sources[i].len);
		loading_add(&l, sources[i].name, &parser);
		yaml_parser_delete(&parser);
	}
	return loading_end(out, &l, err);
}

/* ---------------------------------------------------------------- the directory */

typedef struct path_list {
	char **items;
	size_t n, cap;
} path_list;

static int path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collect the *.yaml files under dir/rel (rel "" for the top), as paths relative to dir. */
static int collect(path_list *out, const char *dir, const char *rel, int depth, sg_error *err)
{
	sg_strbuf path = SG_STRBUF_INIT;
	sg_strbuf_addf(&path, "%s%s%s", dir, rel[0] ? "/" : "", rel);
	DIR *dh = opendir(path.data);
	if (!dh) {
		int e = errno;
		sg_error_set(err, e == ENOENT || e == ENOTDIR ? SG_ERR_INPUT : SG_ERR_SYSTEM,
			     "cannot read models directory '%s': %s", path.data, strerror(e));
		sg_strbuf_release(&path);
		return -1;
	}
	int rc = 0;
	struct dirent *de;
	while (rc == 0 && (de = readdir(dh))) {
		if (de->d_name[0] == '.')
			continue;
		sg_strbuf child = SG_STRBUF_INIT, full = SG_STRBUF_INIT;
		sg_strbuf_addf(&child, "%s%s%s", rel, rel[0] ? "/" : "", de->d_name);
		sg_strbuf_addf(&full, "%s/%s", dir, child.data);
		struct stat st;
		size_t len = strlen(de->d_name);
		if (stat(full.data, &st) == 0 && S_ISDIR(st.st_mode)) {
			if (depth < 16)
				rc = collect(out, dir, child.data, depth + 1, err);
		} else if (len > 5 && strcmp(de->d_name + len - 5, ".yaml") == 0) {
			if (out->n == out->cap) {
				size_t cap = out->cap ? out->cap * 2 : 16;
				char **items = realloc(out->items, cap * sizeof(*items));
				if (!items)
					rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
				else {
					out->items = items;
					out->cap = cap;
				}
			}
			if (rc == 0) {
				out->items[out->n] = sg_strbuf_detach(&full, NULL);
				if (!out->items[out->n])
					rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
				else
					out->n++;
			}
		}
		sg_strbuf_release(&child);
		sg_strbuf_release(&full);
	}
	closedir(dh);
	sg_strbuf_release(&path);
	return rc;
}

/* libyaml's read handler over a file, remembering a read error (libyaml only knows "input error"). */
typedef struct file_input {
	FILE *fp;
	bool failed;
} file_input;

static int read_input(void *data, unsigned char *buffer, size_t size, size_t *size_read)
{
	file_input *in = data;
	*size_read = fread(buffer, 1, size, in->fp);
	if (*size_read == 0 && ferror(in->fp)) {
		in->failed = true;
		return 0;
	}
	return 1;
}

int sg_model_load_dir(sg_schema **out, const char *dir, sg_model_diags *diags, sg_error *err)
{
	*out = NULL;
	path_list paths = { 0 };
	int rc = collect(&paths, dir, "", 0, err);
	if (rc == 0 && paths.n == 0)
		rc = sg_error_set(err, SG_ERR_INPUT, "no model files (*.yaml) in models directory '%s'", dir);
	loading l;
	if (rc == 0) {
		qsort(paths.items, paths.n, sizeof(char *), path_cmp);
		rc = loading_begin(&l, diags, err);
	}
	if (rc == 0) {
		/* One file at a time, read by libyaml as it parses: no file is ever held whole. */
		for (size_t i = 0; rc == 0 && i < paths.n; i++) {
			file_input in = { .fp = fopen(paths.items[i], "rb") };
			yaml_parser_t parser;
			if (!in.fp) {
				rc = sg_error_set(err, SG_ERR_INPUT, "cannot open model file '%s': %s", paths.items[i],
						  strerror(errno));
			} else if (!yaml_parser_initialize(&parser)) {
				l.ld.oom = true;
			} else {
				yaml_parser_set_input(&parser, read_input, &in);
				loading_add(&l, paths.items[i], &parser);
				yaml_parser_delete(&parser);
				if (in.failed)
					rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot read model file '%s'", paths.items[i]);
			}
			if (in.fp)
				fclose(in.fp);
		}
		if (rc == 0)
			rc = loading_end(out, &l, err);
		else
			loading_abandon(&l);
	}
	for (size_t i = 0; i < paths.n; i++)
		free(paths.items[i]);
	free(paths.items);
	return rc;
}

int sg_model_load(sg_schema **out, const char *dir, sg_error *err)
{
	return sg_model_load_dir(out, dir, NULL, err);
}
