/*
 * The y_* structs of one file converted into the shared schema graph: its
 * tables (columns, indexes; constraints in model_constraints.c) and its
 * globals (schema name, extensions, enums), each checked on its own: SQL
 * fragments parsed (model_sql.h), names, keys, column options that exclude
 * each other.  What needs every file (references, types, duplicate names)
 * is remembered in the sg_model_conv for validate.c.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model_int.h"
#include "strbuf.h"

void *sg_model__grow(void *items, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return items;
	size_t want = *cap ? *cap * 2 : 16;
	void *p = want <= SIZE_MAX / size ? realloc(items, want * size) : NULL;
	if (p)
		*cap = want;
	return p;
}

static void add_late(sg_model_conv *cv, sg_model_late **items, size_t *n, size_t *cap, size_t table, size_t column,
		     sg_pos pos)
{
	sg_model_late *p = sg_model__grow(*items, cap, *n, sizeof(*p));
	if (!p) {
		cv->ld->oom = true;
		return;
	}
	*items = p;
	p[(*n)++] = (sg_model_late){table, column, pos};
}

const char *sg_model__dup_str(sg_model_conv *cv, const char *s)
{
	if (!s)
		return NULL;
	char *d = sg_arena_strdup(cv->arena, s);
	if (!d)
		cv->ld->oom = true;
	return d;
}

sg_pos sg_model__key_pos(const sg_model_file *f, const sg_model_node *map, const char *key)
{
	const sg_model_node *v = sg_model__map_get(map, key);
	return sg_model__node_pos(f, v ? v : map);
}

/* Names: PostgreSQL truncates names longer than 63 bytes silently, so the models refuse them. */
void sg_model__check_name(sg_model_conv *cv, sg_pos pos, const char *name, const char *what)
{
	size_t len = strlen(name);
	if (len == 0)
		sg_model__error_at(cv->ld, pos, "%s has an empty name", what);
	else if (len >= SG_NAMEDATALEN)
		sg_model__error_at(cv->ld, pos, "name '%s' of %s is %zu bytes long; PostgreSQL keeps at most %d", name,
				   what, len, SG_NAMEDATALEN - 1);
}

void sg_model__check_text(sg_model_conv *cv, sg_pos pos, const char *text, const char *key, const char *what)
{
	if (text && !text[0])
		sg_model__error_at(cv->ld, pos, "'%s' of %s is empty", key, what);
}

bool sg_model__integer(sg_model_conv *cv, sg_pos pos, const char *key, const char *text, const char *what, long long lo,
		       long long hi, const char *range, long long *out)
{
	if (!text)
		return false;
	const char *digits = text[0] == '-' || text[0] == '+' ? text + 1 : text;
	bool ok = isdigit((unsigned char)digits[0]);
	for (const char *p = digits; ok && *p; p++)
		ok = isdigit((unsigned char)*p);
	if (!ok) {
		sg_model__error_at(cv->ld, pos, "'%s' of %s must be an integer, not '%s'", key, what, text);
		return false;
	}
	errno = 0;
	long long v = strtoll(text, NULL, 10);
	if (errno == ERANGE || v < lo || v > hi) {
		sg_model__error_at(cv->ld, pos, "'%s' of %s is %s, out of range: %s", key, what, text, range);
		return false;
	}
	*out = v;
	return true;
}

void sg_model__check_default(sg_model_conv *cv, sg_pos pos, const char *expr, const char *what)
{
	sg_sql_columns refs;
	const char *msg;
	if (!expr[0])
		sg_model__error_at(cv->ld, pos, "'default' of %s is empty", what);
	else if (sg_model_sql_expr_memo(cv->memo, expr, &refs, &msg) != 0)
		sg_model__error_at(cv->ld, pos, "default of %s is not an SQL expression: %s", what, msg);
	else if (refs.n)
		sg_model__error_at(
		    cv->ld, pos,
		    "default of %s refers to column '%s'; a default cannot use columns (a string literal is "
		    "written \"'%s'\")",
		    what, refs.names[0], refs.names[0]);
}

const char **sg_model__dup_list(sg_model_conv *cv, char *const *items, size_t n)
{
	const char **out = sg_arena_array(cv->arena, n, sizeof(*out));
	if (!out) {
		cv->ld->oom = true;
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		out[i] = sg_model__dup_str(cv, items[i]);
	return out;
}

void sg_model__check_key_columns(sg_model_conv *cv, const sg_table *t, const sg_model_file *f,
				 const sg_model_node *list, const char *const *cols, size_t n, const char *what)
{
	for (size_t i = 0; i < n; i++) {
		sg_pos pos = sg_model__node_pos(f, sg_model__seq_at(list, i));
		if (!sg_table_find_column(t, cols[i]))
			sg_model__error_at(cv->ld, pos, "%s names unknown column '%s' of table '%s'", what, cols[i],
					   t->name);
		for (size_t j = 0; j < i; j++)
			if (strcmp(cols[i], cols[j]) == 0) {
				sg_model__error_at(cv->ld, pos, "%s lists column '%s' twice", what, cols[i]);
				break;
			}
	}
}

void sg_model__check_expr_columns(sg_model_conv *cv, const sg_table *t, sg_pos pos, const sg_sql_columns *cols,
				  const char *what)
{
	for (size_t i = 0; i < cols->n; i++)
		if (!sg_table_find_column(t, cols->names[i]))
			sg_model__error_at(cv->ld, pos, "%s refers to unknown column '%s' of table '%s'", what,
					   cols->names[i], t->name);
}

void sg_model__name_in_table(sg_strbuf *sb, const char *noun, const char *name, size_t i, const char *table)
{
	if (name)
		sg_strbuf_addf(sb, "%s '%s' of table '%s'", noun, name, table);
	else
		sg_strbuf_addf(sb, "%s #%zu of table '%s'", noun, i + 1, table);
}

static bool is_integer_type(const sg_sql_type *ty)
{
	if (ty->is_array || (ty->schema && strcmp(ty->schema, "pg_catalog") != 0))
		return false;
	return strcmp(ty->name, "int2") == 0 || strcmp(ty->name, "int4") == 0 || strcmp(ty->name, "int8") == 0;
}

static void convert_column(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *cn, const y_column *y,
			   sg_table *t, sg_column *c)
{
	sg_strbuf what = SG_STRBUF_INIT;
	sg_strbuf_addf(&what, "column '%s' of table '%s'", y->name, t->name);
	c->name = sg_model__dup_str(cv, y->name);
	c->type = sg_model__dup_str(cv, y->type);
	c->nullable = y->nullable ? *y->nullable : true;
	c->default_expr = sg_model__dup_str(cv, y->default_expr);
	c->generated = sg_model__dup_str(cv, y->generated);
	c->collation = sg_model__dup_str(cv, y->collation);
	c->comment = sg_model__dup_str(cv, y->comment);
	c->renamed_from = sg_model__dup_str(cv, y->renamed_from);
	c->pos = sg_model__key_pos(f, cn, "name");
	sg_model__check_name(cv, c->pos, y->name, what.data);
	if (y->renamed_from)
		sg_model__check_name(cv, sg_model__key_pos(f, cn, "renamed_from"), y->renamed_from, what.data);
	sg_model__check_text(cv, sg_model__key_pos(f, cn, "collation"), y->collation, "collation", what.data);
	sg_model__check_text(cv, sg_model__key_pos(f, cn, "comment"), y->comment, "comment", what.data);
	/* ALTER COLUMN ... SET STATISTICS takes -1 (the default) to 10000; PostgreSQL lowers more with a warning. */
	long long target;
	if (sg_model__integer(cv, sg_model__key_pos(f, cn, "statistics"), "statistics", y->statistics, what.data, -1,
			      10000, "a statistics target is 0 to 10000, or -1 for the default", &target) &&
	    target >= 0) {
		c->has_statistics = true;
		c->statistics = (int)target;
	}
	bool explicit_null = y->nullable && *y->nullable;

	sg_sql_type ty;
	const char *msg = NULL;
	sg_pos type_pos = sg_model__key_pos(f, cn, "type");
	bool type_ok = false;
	if (!y->type[0])
		sg_model__error_at(cv->ld, type_pos, "%s has an empty type", what.data);
	else if (sg_model_sql_type_memo(cv->memo, y->type, &ty, &msg) != 0)
		sg_model__error_at(cv->ld, type_pos, "type '%s' of %s is not a type: %s", y->type, what.data, msg);
	else
		type_ok = true;
	/* Whether the type exists depends on every file's enums and extensions: check_types() decides. */
	if (type_ok && !ty.serial_bytes && (ty.schema || !sg_model_sql_builtin_type(ty.name)))
		add_late(cv, &cv->types, &cv->ntypes, &cv->captypes, (size_t)(t - cv->schema->tables),
			 (size_t)(c - t->columns), type_pos);

	if (type_ok && ty.serial_bytes) {
		c->from_serial = true;
		if (ty.is_array)
			sg_model__error_at(cv->ld, type_pos,
					   "%s is an array of serial, which PostgreSQL does not support", what.data);
		if (y->default_expr)
			sg_model__error_at(cv->ld, sg_model__key_pos(f, cn, "default"),
					   "serial %s cannot also have a default", what.data);
		if (y->identity)
			sg_model__error_at(cv->ld, sg_model__key_pos(f, cn, "identity"),
					   "serial %s cannot also be an identity column", what.data);
		if (explicit_null)
			sg_model__error_at(cv->ld, sg_model__key_pos(f, cn, "nullable"),
					   "serial %s is always NOT NULL; remove 'nullable: true'", what.data);
		c->nullable = false;
	}
	if (y->identity) {
		if (y->default_expr)
			sg_model__error_at(cv->ld, sg_model__key_pos(f, cn, "default"),
					   "identity %s cannot also have a default", what.data);
		if (y->generated)
			sg_model__error_at(cv->ld, sg_model__key_pos(f, cn, "generated"),
					   "identity %s cannot also be generated", what.data);
		if (type_ok && !ty.serial_bytes && !is_integer_type(&ty) &&
		    (ty.is_array || !ty.schema || strcmp(ty.schema, "pg_catalog") == 0) &&
		    (ty.is_array || sg_model_sql_builtin_type(ty.name)))
			sg_model__error_at(cv->ld, sg_model__key_pos(f, cn, "identity"),
					   "identity %s must be smallint, integer or bigint, not '%s'", what.data,
					   y->type);
		if (explicit_null)
			sg_model__error_at(cv->ld, sg_model__key_pos(f, cn, "nullable"),
					   "identity %s is always NOT NULL; remove 'nullable: true'", what.data);
		c->nullable = false;
		/* The sequence is of the column's type; another type is refused above or by the server. */
		const char *seq_type = !type_ok || !is_integer_type(&ty) ? "bigint"
				       : strcmp(ty.name, "int2") == 0	 ? "smallint"
				       : strcmp(ty.name, "int4") == 0	 ? "integer"
									 : "bigint";
		sg_model__convert_identity(cv, f, sg_model__map_get(cn, "identity"), y->identity, seq_type, what.data,
					   c);
	}
	if (y->generated && y->default_expr)
		sg_model__error_at(cv->ld, sg_model__key_pos(f, cn, "default"),
				   "generated %s cannot also have a default", what.data);

	sg_sql_columns refs;
	if (y->default_expr)
		sg_model__check_default(cv, sg_model__key_pos(f, cn, "default"), y->default_expr, what.data);
	if (y->generated) {
		sg_pos pos = sg_model__key_pos(f, cn, "generated");
		if (!y->generated[0])
			sg_model__error_at(cv->ld, pos, "'generated' of %s is empty", what.data);
		else if (sg_model_sql_expr_memo(cv->memo, y->generated, &refs, &msg) != 0)
			sg_model__error_at(cv->ld, pos, "generation expression of %s is not an SQL expression: %s",
					   what.data, msg);
	}
	/* The conversions of a type change: expressions of the table's columns, checked again once all are known. */
	static const char *const using_keys[] = {"using", "using_down"};
	const char *usings[] = {y->using_expr, y->using_down};
	sg_pos *using_pos = NULL;
	if ((usings[0] || usings[1]) && !(c->using_pos = using_pos = sg_arena_array(cv->arena, 2, sizeof(sg_pos))))
		cv->ld->oom = true;
	for (int u = 0; u < 2 && using_pos; u++) {
		if (!usings[u])
			continue;
		sg_pos pos = sg_model__key_pos(f, cn, using_keys[u]);
		using_pos[u] = pos;
		if (u == 0)
			c->using_expr = sg_model__dup_str(cv, usings[u]);
		else
			c->using_down = sg_model__dup_str(cv, usings[u]);
		if (!usings[u][0])
			sg_model__error_at(cv->ld, pos, "'%s' of %s is empty", using_keys[u], what.data);
		else if (sg_model_sql_expr_memo(cv->memo, usings[u], &refs, &msg) != 0)
			sg_model__error_at(cv->ld, pos, "'%s' of %s is not an SQL expression: %s", using_keys[u],
					   what.data, msg);
		else if (y->generated)
			sg_model__error_at(
			    cv->ld, pos,
			    "'%s' of generated %s: PostgreSQL computes a generated column's values, a type change "
			    "takes no USING",
			    using_keys[u], what.data);
	}
	/* What the existing rows get once (docs/models.md, "Filling existing rows"): the columns it reads are checked
	 * below. */
	if (y->fill) {
		sg_pos pos = sg_model__key_pos(f, cn, "fill");
		/* A block scalar's final newline is YAML's, not the expression's: it would end the UPDATE's line. */
		size_t n = strlen(y->fill);
		while (n > 0 && strchr(" \t\r\n", y->fill[n - 1]))
			n--;
		sg_strbuf trimmed = SG_STRBUF_INIT;
		sg_strbuf_add(&trimmed, y->fill, n);
		c->fill = sg_model__dup_str(cv, trimmed.data);
		sg_strbuf_release(&trimmed);
		sg_pos *fill_pos = sg_arena_array(cv->arena, 1, sizeof(sg_pos));
		if (fill_pos)
			*fill_pos = pos;
		else
			cv->ld->oom = true;
		c->fill_pos = fill_pos;
		if (!y->fill[0])
			sg_model__error_at(cv->ld, pos, "'fill' of %s is empty", what.data);
		else if (sg_model_sql_expr_memo(cv->memo, y->fill, &refs, &msg) != 0)
			sg_model__error_at(cv->ld, pos, "'fill' of %s is not an SQL expression: %s", what.data, msg);
		else
			c->fill_reads_columns = refs.n > 0;
		if (y->generated)
			sg_model__error_at(cv->ld, pos,
					   "'fill' of generated %s: PostgreSQL computes a generated column's values",
					   what.data);
		else if (y->identity)
			sg_model__error_at(
			    cv->ld, pos,
			    "'fill' of identity %s: its sequence numbers the rows a table has when the column is added",
			    what.data);
		else if (c->from_serial)
			sg_model__error_at(
			    cv->ld, pos,
			    "'fill' of serial %s: its sequence numbers the rows a table has when it is added",
			    what.data);
	}
	sg_strbuf_release(&what);
}

static void convert_index(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *in, const y_index *y,
			  sg_table *t, size_t i)
{
	sg_index *x = &t->indexes[t->nindexes++];
	sg_strbuf what = SG_STRBUF_INIT;
	sg_model__name_in_table(&what, "index", y->name, i, t->name);
	x->pos = sg_model__key_pos(f, in, "name");
	x->name = sg_model__dup_str(cv, y->name);
	x->name_is_default = !y->name;
	if (y->name)
		sg_model__check_name(cv, x->pos, y->name, what.data);
	x->nelements = y->columns_count;
	x->elements = sg_arena_array(cv->arena, y->columns_count, sizeof(char *));
	const sg_model_node *cols = sg_model__map_get(in, "columns");
	const char *msg = NULL;
	for (size_t e = 0; x->elements && e < y->columns_count; e++) {
		sg_pos pos = sg_model__node_pos(f, sg_model__seq_at(cols, e));
		x->elements[e] = sg_model__dup_str(cv, y->columns[e]);
		sg_sql_index_elem el;
		if (!y->columns[e][0])
			sg_model__error_at(cv->ld, pos, "element %zu of %s is empty", e + 1, what.data);
		else if (sg_model_sql_index_elem(cv->arena, y->columns[e], &el, &msg) != 0)
			sg_model__error_at(cv->ld, pos, "'%s' of %s is not an index element: %s", y->columns[e],
					   what.data, msg);
		else
			sg_model__check_expr_columns(cv, t, pos, &el.columns, what.data);
	}
	if (!x->elements)
		cv->ld->oom = true;
	x->ninclude = y->include_count;
	x->include = sg_model__dup_list(cv, y->include, y->include_count);
	if (x->include)
		sg_model__check_key_columns(cv, t, f, sg_model__map_get(in, "include"), x->include, x->ninclude,
					    what.data);
	x->unique = y->unique;
	x->nulls_not_distinct = y->nulls_not_distinct;
	x->comment = sg_model__dup_str(cv, y->comment);
	sg_model__check_text(cv, sg_model__key_pos(f, in, "comment"), y->comment, "comment", what.data);
	x->where = sg_model__dup_str(cv, y->where);
	if (y->where) {
		sg_pos pos = sg_model__key_pos(f, in, "where");
		sg_sql_columns refs;
		if (!y->where[0])
			sg_model__error_at(cv->ld, pos, "'where' of %s is empty", what.data);
		else if (sg_model_sql_expr_memo(cv->memo, y->where, &refs, &msg) != 0)
			sg_model__error_at(cv->ld, pos, "'where' of %s is not an SQL expression: %s", what.data, msg);
		else
			sg_model__check_expr_columns(cv, t, pos, &refs, what.data);
	}
	const char *method = y->method ? y->method : "btree";
	sg_pos mpos = sg_model__key_pos(f, in, "method");
	if (!method[0])
		sg_model__error_at(cv->ld, mpos, "'method' of %s is empty", what.data);
	x->method = strcasecmp(method, "btree") == 0 ? NULL : sg_model__dup_str(cv, method);
	static const char *const no_unique[] = {"hash", "gin", "gist", "spgist", "brin"};
	for (size_t m = 0; y->unique && m < sizeof(no_unique) / sizeof(no_unique[0]); m++)
		if (strcasecmp(method, no_unique[m]) == 0)
			sg_model__error_at(cv->ld, mpos,
					   "%s is unique, but access method '%s' does not support unique indexes",
					   what.data, method);
	static const char *const no_include[] = {"hash", "gin", "brin"};
	for (size_t m = 0; y->include_count && m < sizeof(no_include) / sizeof(no_include[0]); m++)
		if (strcasecmp(method, no_include[m]) == 0)
			sg_model__error_at(cv->ld, mpos,
					   "%s has 'include', but access method '%s' does not support included columns",
					   what.data, method);
	if (y->nulls_not_distinct && !y->unique)
		sg_model__error_at(cv->ld, sg_model__key_pos(f, in, "nulls_not_distinct"),
				   "%s has nulls_not_distinct but is not unique", what.data);
	sg_strbuf_release(&what);
}

/* Table `y` appended to the schema (its index in *ti); NULL when out of memory, or no name was copied. */
static sg_table *append_table(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
			      size_t *ti)
{
	sg_schema *s = cv->schema;
	sg_table *tables = sg_model__grow(s->tables, &cv->captables, s->ntables, sizeof(*tables));
	if (!tables) {
		cv->ld->oom = true;
		return NULL;
	}
	s->tables = tables;
	sg_table *t = &tables[s->ntables++];
	*t = (sg_table){0};
	t->name = sg_model__dup_str(cv, y->name);
	t->renamed_from = sg_model__dup_str(cv, y->renamed_from);
	t->comment = sg_model__dup_str(cv, y->comment);
	t->pos = sg_model__key_pos(f, tn, "name");
	*ti = s->ntables - 1;
	return t->name ? t : NULL;
}

/* The table's own names (and its primary key's), its comment, and a rename remembered for the checks across files. */
static void check_table_names(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
			      const sg_table *t, size_t ti)
{
	sg_strbuf what = SG_STRBUF_INIT;
	sg_strbuf_addf(&what, "table '%s'", y->name);
	sg_model__check_name(cv, t->pos, y->name, what.data);
	if (y->renamed_from) {
		sg_model__check_name(cv, sg_model__key_pos(f, tn, "renamed_from"), y->renamed_from, what.data);
		add_late(cv, &cv->renames, &cv->nrenames, &cv->caprenames, ti, 0,
			 sg_model__key_pos(f, tn, "renamed_from"));
	}
	if (y->renamed_from && strcmp(y->renamed_from, y->name) == 0)
		sg_model__error_at(cv->ld, sg_model__key_pos(f, tn, "renamed_from"),
				   "table '%s' is renamed from itself", y->name);
	sg_model__check_text(cv, sg_model__key_pos(f, tn, "comment"), y->comment, "comment", what.data);
	if (y->primary_key_name)
		sg_model__check_name(cv, sg_model__key_pos(f, tn, "primary_key_name"), y->primary_key_name,
				     "the primary key");
	sg_strbuf_release(&what);
}

/* Columns, in the order written (PostgreSQL cannot reorder them); -1 when out of memory. */
static int convert_columns(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *cols, const y_table *y,
			   sg_table *t)
{
	t->columns = sg_arena_array(cv->arena, y->columns_count, sizeof(sg_column));
	if (!t->columns) {
		cv->ld->oom = true;
		return -1;
	}
	for (size_t i = 0; i < y->columns_count; i++) {
		const sg_model_node *cn = sg_model__seq_at(cols, i);
		const sg_column *prev = sg_table_find_column(t, y->columns[i].name);
		convert_column(cv, f, cn, &y->columns[i], t, &t->columns[t->ncolumns++]);
		if (prev)
			sg_model__error_at(cv->ld, t->columns[t->ncolumns - 1].pos,
					   "duplicate column '%s' in table '%s' (first at line %d)", prev->name,
					   t->name, prev->pos.line);
	}
	return 0;
}

/* Column `i`'s renamed_from: not itself, not a column still there, not shared with an earlier column. */
static void check_column_rename(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *cols, const sg_table *t,
				size_t i)
{
	const sg_column *c = &t->columns[i];
	if (c->renamed_from) {
		if (strcmp(c->renamed_from, c->name) == 0)
			sg_model__error_at(cv->ld, sg_model__key_pos(f, sg_model__seq_at(cols, i), "renamed_from"),
					   "column '%s' of table '%s' is renamed from itself", c->name, t->name);
		else if (sg_table_find_column(t, c->renamed_from))
			sg_model__error_at(
			    cv->ld, sg_model__key_pos(f, sg_model__seq_at(cols, i), "renamed_from"),
			    "column '%s' of table '%s' is renamed from '%s', which is still a column of the table",
			    c->name, t->name, c->renamed_from);
		for (size_t j = 0; j < i; j++)
			if (t->columns[j].renamed_from && strcmp(t->columns[j].renamed_from, c->renamed_from) == 0)
				sg_model__error_at(cv->ld,
						   sg_model__key_pos(f, sg_model__seq_at(cols, i), "renamed_from"),
						   "columns '%s' and '%s' of table '%s' are both renamed from '%s'",
						   t->columns[j].name, c->name, t->name, c->renamed_from);
	}
}

/* The conversions of a column's type change, and its fill, use columns of the table only. */
static void check_column_usings(sg_model_conv *cv, const sg_table *t, const sg_column *c)
{
	sg_sql_columns refs;
	const char *msg;
	if (c->fill && c->fill_pos && c->fill[0] && sg_model_sql_expr_memo(cv->memo, c->fill, &refs, &msg) == 0) {
		sg_strbuf fw = SG_STRBUF_INIT;
		sg_strbuf_addf(&fw, "'fill' of column '%s'", c->name);
		sg_model__check_expr_columns(cv, t, *c->fill_pos, &refs, fw.data);
		sg_strbuf_release(&fw);
	}
	const char *const usings[] = {c->using_expr, c->using_down};
	for (int u = 0; u < 2 && c->using_pos; u++) {
		if (!usings[u] || !usings[u][0] || sg_model_sql_expr_memo(cv->memo, usings[u], &refs, &msg) != 0)
			continue;
		sg_strbuf uw = SG_STRBUF_INIT;
		sg_strbuf_addf(&uw, "'%s' of column '%s'", u ? "using_down" : "using", c->name);
		sg_model__check_expr_columns(cv, t, c->using_pos[u], &refs, uw.data);
		sg_strbuf_release(&uw);
	}
}

/* A generation expression uses columns of the table, none of them generated. */
static void check_column_generated(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *cn,
				   const sg_table *t, const sg_column *c)
{
	if (c->generated) {
		sg_sql_columns refs;
		const char *msg;
		sg_pos pos = sg_model__key_pos(f, cn, "generated");
		if (c->generated[0] && sg_model_sql_expr_memo(cv->memo, c->generated, &refs, &msg) == 0) {
			sg_model__check_expr_columns(cv, t, pos, &refs, "generation expression");
			for (size_t r = 0; r < refs.n; r++) {
				const sg_column *rc = sg_table_find_column(t, refs.names[r]);
				if (rc && rc->generated)
					sg_model__error_at(
					    cv->ld, pos,
					    "generated column '%s' of table '%s' uses generated column '%s'", c->name,
					    t->name, rc->name);
			}
		}
	}
}

/* Room for the constraints (shorthands included) and indexes of `y`; -1 when out of memory. */
static int make_room(sg_model_conv *cv, const y_table *y, sg_table *t)
{
	size_t maxcons = y->checks_count + 1 + y->unique_count + y->foreign_keys_count;
	for (size_t i = 0; i < y->columns_count; i++)
		maxcons += y->columns[i].unique + (y->columns[i].references != NULL);
	t->constraints = sg_arena_array(cv->arena, maxcons, sizeof(sg_constraint));
	t->indexes = sg_arena_array(cv->arena, y->indexes_count, sizeof(sg_index));
	if (!t->constraints || !t->indexes) {
		cv->ld->oom = true;
		return -1;
	}
	return 0;
}

void sg_model__convert_table(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y)
{
	size_t ti;
	sg_table *t = append_table(cv, f, tn, y, &ti);
	if (!t)
		return;
	check_table_names(cv, f, tn, y, t, ti);
	const sg_model_node *cols = sg_model__map_get(tn, "columns");
	if (convert_columns(cv, f, cols, y, t) != 0)
		return;
	/* Checks of a column against the others, once all are known. */
	for (size_t i = 0; i < t->ncolumns; i++) {
		check_column_rename(cv, f, cols, t, i);
		check_column_usings(cv, t, &t->columns[i]);
		check_column_generated(cv, f, sg_model__seq_at(cols, i), t, &t->columns[i]);
	}
	if (make_room(cv, y, t) != 0)
		return;
	sg_model__convert_constraints(cv, f, tn, y, t, ti);
	const sg_model_node *idx = sg_model__map_get(tn, "indexes");
	for (size_t i = 0; i < y->indexes_count; i++)
		convert_index(cv, f, sg_model__seq_at(idx, i), &y->indexes[i], t, i);
	sg_model__convert_triggers(cv, f, tn, y, t);
}

void sg_model__convert_globals(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d)
{
	sg_schema *s = cv->schema;
	if (d->schema) {
		sg_pos pos = sg_model__key_pos(f, root, "schema");
		sg_model__check_name(cv, pos, d->schema, "the schema");
		if (!cv->schema_named) {
			s->name = sg_model__dup_str(cv, d->schema);
			cv->schema_pos = pos;
			cv->schema_named = true;
		} else if (strcmp(s->name, d->schema) != 0) {
			sg_model__error_at(
			    cv->ld, pos,
			    "schema '%s' differs from schema '%s' at %s:%d:%d; one models directory is one schema",
			    d->schema, s->name, cv->schema_pos.file, cv->schema_pos.line, cv->schema_pos.column);
		}
	}
	const sg_model_node *exts = sg_model__map_get(root, "extensions");
	for (size_t e = 0; e < d->extensions_count; e++) {
		sg_extension *all = sg_model__grow(s->extensions, &cv->capextensions, s->nextensions, sizeof(*all));
		if (!all) {
			cv->ld->oom = true;
			return;
		}
		s->extensions = all;
		sg_extension *x = &all[s->nextensions++];
		x->name = sg_model__dup_str(cv, d->extensions[e]);
		x->pos = sg_model__node_pos(f, sg_model__seq_at(exts, e));
		sg_model__check_name(cv, x->pos, d->extensions[e], "an extension");
		for (size_t j = 0; j + 1 < s->nextensions; j++)
			if (strcmp(s->extensions[j].name, x->name) == 0) {
				sg_model__error_at(cv->ld, x->pos, "duplicate extension '%s' (first at %s:%d:%d)",
						   x->name, s->extensions[j].pos.file, s->extensions[j].pos.line,
						   s->extensions[j].pos.column);
				break;
			}
	}
	const sg_model_node *enums = sg_model__map_get(root, "enums");
	for (size_t e = 0; e < d->enums_count; e++) {
		sg_enum *all = sg_model__grow(s->enums, &cv->capenums, s->nenums, sizeof(*all));
		if (!all) {
			cv->ld->oom = true;
			return;
		}
		s->enums = all;
		const sg_model_node *en = sg_model__seq_at(enums, e);
		const y_enum *ye = &d->enums[e];
		sg_enum *x = &all[s->nenums++];
		x->name = sg_model__dup_str(cv, ye->name);
		x->pos = sg_model__key_pos(f, en, "name");
		x->values = sg_model__dup_list(cv, ye->values, ye->values_count);
		x->nvalues = ye->values_count;
		sg_strbuf what = SG_STRBUF_INIT;
		sg_strbuf_addf(&what, "enum '%s'", ye->name);
		sg_model__check_name(cv, x->pos, ye->name, what.data);
		x->comment = sg_model__dup_str(cv, ye->comment);
		sg_model__check_text(cv, sg_model__key_pos(f, en, "comment"), ye->comment, "comment", what.data);
		x->renamed_from = sg_model__dup_str(cv, ye->renamed_from);
		x->renamed_pos = (sg_pos){0};
		if (ye->renamed_from) {
			x->renamed_pos = sg_model__key_pos(f, en, "renamed_from");
			sg_model__check_name(cv, x->renamed_pos, ye->renamed_from, what.data);
			if (strcmp(ye->renamed_from, ye->name) == 0)
				sg_model__error_at(cv->ld, x->renamed_pos, "enum '%s' is renamed from itself",
						   ye->name);
		}
		const sg_model_node *vals = sg_model__map_get(en, "values");
		for (size_t v = 0; v < ye->values_count; v++) {
			sg_pos vpos = sg_model__node_pos(f, sg_model__seq_at(vals, v));
			size_t len = strlen(ye->values[v]);
			if (len == 0)
				sg_model__error_at(cv->ld, vpos, "enum '%s' has an empty value", ye->name);
			else if (len >= SG_NAMEDATALEN)
				sg_model__error_at(
				    cv->ld, vpos,
				    "value '%s' of enum '%s' is %zu bytes long; PostgreSQL allows at most %d",
				    ye->values[v], ye->name, len, SG_NAMEDATALEN - 1);
			for (size_t w = 0; w < v; w++)
				if (strcmp(ye->values[v], ye->values[w]) == 0) {
					sg_model__error_at(cv->ld, vpos, "enum '%s' lists value '%s' twice", ye->name,
							   ye->values[v]);
					break;
				}
		}
		for (size_t j = 0; j + 1 < s->nenums; j++)
			if (strcmp(s->enums[j].name, x->name) == 0) {
				sg_model__error_at(cv->ld, x->pos, "duplicate enum '%s' (first defined at %s:%d:%d)",
						   x->name, s->enums[j].pos.file, s->enums[j].pos.line,
						   s->enums[j].pos.column);
				break;
			}
		sg_strbuf_release(&what);
	}
	sg_model__convert_domains(cv, f, root, d);
}

int sg_model__settle(sg_model_conv *cv)
{
	sg_schema *s = cv->schema;
	sg_table *tables = sg_arena_array(cv->arena, s->ntables, sizeof(*tables));
	sg_enum *enums = sg_arena_array(cv->arena, s->nenums, sizeof(*enums));
	sg_extension *exts = sg_arena_array(cv->arena, s->nextensions, sizeof(*exts));
	sg_function *fns = sg_arena_array(cv->arena, s->nfunctions, sizeof(*fns));
	sg_view *views = sg_arena_array(cv->arena, s->nviews, sizeof(*views));
	sg_sequence *seqs = sg_arena_array(cv->arena, s->nsequences, sizeof(*seqs));
	int rc = tables && enums && exts && fns && views && seqs ? 0 : -1;
	if (rc == 0) {
		if (s->ntables)
			memcpy(tables, s->tables, s->ntables * sizeof(*tables));
		if (s->nenums)
			memcpy(enums, s->enums, s->nenums * sizeof(*enums));
		if (s->nextensions)
			memcpy(exts, s->extensions, s->nextensions * sizeof(*exts));
		if (s->nfunctions)
			memcpy(fns, s->functions, s->nfunctions * sizeof(*fns));
		if (s->nviews)
			memcpy(views, s->views, s->nviews * sizeof(*views));
		if (s->nsequences)
			memcpy(seqs, s->sequences, s->nsequences * sizeof(*seqs));
	}
	sg_domain *domains = sg_arena_array(cv->arena, s->ndomains, sizeof(*domains));
	if (rc == 0 && !domains)
		rc = -1;
	if (rc == 0 && s->ndomains)
		memcpy(domains, s->domains, s->ndomains * sizeof(*domains));
	free(s->tables);
	free(s->enums);
	free(s->extensions);
	free(s->functions);
	free(s->views);
	free(s->domains);
	free(s->sequences);
	s->views = views;
	s->tables = tables;
	s->enums = enums;
	s->extensions = exts;
	s->functions = fns;
	s->domains = domains;
	s->sequences = seqs;
	cv->captables = cv->capenums = cv->capextensions = cv->capfunctions = cv->capviews = cv->capdomains =
	    cv->capsequences = 0;
	if (rc != 0)
		s->ntables = s->nenums = s->nextensions = s->nfunctions = s->nviews = s->ndomains = s->nsequences = 0;
	return rc;
}
