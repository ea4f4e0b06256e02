/*
 * sg_schema: construction, ordering and lookup of the shared schema graph.
 */
#include "schema.h"

#include <stdlib.h>
#include <string.h>

sg_schema *sg_schema_new(const char *name)
{
	sg_arena *arena = sg_arena_new();
	if (!arena)
		return NULL;
	sg_schema *s = sg_arena_alloc(arena, sizeof(*s));
	if (!s || !(s->name = sg_arena_strdup(arena, name ? name : "public"))) {
		sg_arena_free(arena);
		return NULL;
	}
	s->arena = arena;
	return s;
}

void sg_schema_free(sg_schema *schema)
{
	if (schema)
		sg_arena_free(schema->arena); /* the schema itself lives in its arena */
}

/* Every named object struct starts with `const char *name`, so one comparator serves all. */
static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

_Static_assert(offsetof(sg_table, name) == 0, "name first");
_Static_assert(offsetof(sg_enum, name) == 0, "name first");
_Static_assert(offsetof(sg_sequence, name) == 0, "name first");
_Static_assert(offsetof(sg_extension, name) == 0, "name first");
_Static_assert(offsetof(sg_index, name) == 0, "name first");
_Static_assert(offsetof(sg_domain, name) == 0, "name first");
_Static_assert(offsetof(sg_domain_check, name) == 0, "name first");
_Static_assert(offsetof(sg_trigger, name) == 0, "name first");
_Static_assert(offsetof(sg_view, name) == 0, "name first");

static int constraint_by_name(const void *a, const void *b)
{
	return strcmp(((const sg_constraint *)a)->name, ((const sg_constraint *)b)->name);
}

/* Name, then argument types: what identifies a function. */
static int function_by_key(const void *a, const void *b)
{
	const sg_function *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : strcmp(x->types ? x->types : "", y->types ? y->types : "");
}

static int function_order(const void *a, const void *b)
{
	const sg_function *x = a, *y = b;
	int c = function_by_key(a, b);
	/* Overloads of a model (no types before normalization) keep the order they are written in. */
	if (!c && x->pos.file && y->pos.file)
		c = strcmp(x->pos.file, y->pos.file);
	if (!c)
		c = (x->pos.line > y->pos.line) - (x->pos.line < y->pos.line);
	return c;
}

/* qsort with a NULL base is undefined even for zero elements, and empty arrays may be NULL. */
static void sort_array(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
	if (n > 1)
		qsort(base, n, size, cmp);
}

void sg_schema_sort(sg_schema *schema)
{
	sort_array(schema->tables, schema->ntables, sizeof(sg_table), by_name);
	sort_array(schema->enums, schema->nenums, sizeof(sg_enum), by_name);
	sort_array(schema->sequences, schema->nsequences, sizeof(sg_sequence), by_name);
	sort_array(schema->extensions, schema->nextensions, sizeof(sg_extension), by_name);
	sort_array(schema->domains, schema->ndomains, sizeof(sg_domain), by_name);
	for (size_t i = 0; i < schema->ndomains; i++)
		sort_array(schema->domains[i].checks, schema->domains[i].nchecks, sizeof(sg_domain_check), by_name);
	sort_array(schema->functions, schema->nfunctions, sizeof(sg_function), function_order);
	sort_array(schema->views, schema->nviews, sizeof(sg_view), by_name);
	for (size_t i = 0; i < schema->nviews; i++) {
		sort_array(schema->views[i].indexes, schema->views[i].nindexes, sizeof(sg_index), by_name);
		sort_array(schema->views[i].triggers, schema->views[i].ntriggers, sizeof(sg_trigger), by_name);
	}
	for (size_t i = 0; i < schema->ntables; i++) {
		sg_table *t = &schema->tables[i];
		sort_array(t->constraints, t->nconstraints, sizeof(sg_constraint), constraint_by_name);
		sort_array(t->indexes, t->nindexes, sizeof(sg_index), by_name);
		sort_array(t->triggers, t->ntriggers, sizeof(sg_trigger), by_name);
	}
}

sg_table *sg_schema_find_table(const sg_schema *schema, const char *name)
{
	if (!schema->ntables)
		return NULL;
	return bsearch(&name, schema->tables, schema->ntables, sizeof(sg_table), by_name);
}

sg_enum *sg_schema_find_enum(const sg_schema *schema, const char *name)
{
	if (!schema->nenums)
		return NULL;
	return bsearch(&name, schema->enums, schema->nenums, sizeof(sg_enum), by_name);
}

sg_domain *sg_schema_find_domain(const sg_schema *schema, const char *name)
{
	if (!schema->ndomains)
		return NULL;
	return bsearch(&name, schema->domains, schema->ndomains, sizeof(sg_domain), by_name);
}

sg_domain_check *sg_domain_find_check(const sg_domain *domain, const char *name)
{
	for (size_t i = 0; i < domain->nchecks; i++)
		if (strcmp(domain->checks[i].name, name) == 0)
			return &domain->checks[i];
	return NULL;
}

sg_function *sg_schema_find_function(const sg_schema *schema, const char *name, const char *types)
{
	if (!schema->nfunctions)
		return NULL;
	sg_function key = {.name = name, .types = types};
	return bsearch(&key, schema->functions, schema->nfunctions, sizeof(sg_function), function_by_key);
}

sg_view *sg_schema_find_view(const sg_schema *schema, const char *name)
{
	if (!schema->nviews)
		return NULL;
	return bsearch(&name, schema->views, schema->nviews, sizeof(sg_view), by_name);
}

sg_sequence *sg_schema_find_sequence(const sg_schema *schema, const char *name)
{
	if (!schema->nsequences)
		return NULL;
	return bsearch(&name, schema->sequences, schema->nsequences, sizeof(sg_sequence), by_name);
}

sg_column *sg_table_find_column(const sg_table *table, const char *name)
{
	for (size_t i = 0; i < table->ncolumns; i++)
		if (strcmp(table->columns[i].name, name) == 0)
			return &table->columns[i];
	return NULL;
}

sg_constraint *sg_table_find_constraint(const sg_table *table, const char *name)
{
	for (size_t i = 0; i < table->nconstraints; i++)
		if (strcmp(table->constraints[i].name, name) == 0)
			return &table->constraints[i];
	return NULL;
}

sg_index *sg_table_find_index(const sg_table *table, const char *name)
{
	for (size_t i = 0; i < table->nindexes; i++)
		if (strcmp(table->indexes[i].name, name) == 0)
			return &table->indexes[i];
	return NULL;
}

sg_trigger *sg_table_find_trigger(const sg_table *table, const char *name)
{
	for (size_t i = 0; i < table->ntriggers; i++)
		if (strcmp(table->triggers[i].name, name) == 0)
			return &table->triggers[i];
	return NULL;
}

const sg_trigger *sg_find_trigger(const sg_trigger *triggers, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(triggers[i].name, name) == 0)
			return &triggers[i];
	return NULL;
}

sg_constraint *sg_table_primary_key(const sg_table *table)
{
	for (size_t i = 0; i < table->nconstraints; i++)
		if (table->constraints[i].kind == SG_CON_PRIMARY_KEY)
			return &table->constraints[i];
	return NULL;
}

const char *sg_fk_action_sql(sg_fk_action action)
{
	static const char *const names[] = {
	    [SG_FK_NO_ACTION] = "NO ACTION", [SG_FK_RESTRICT] = "RESTRICT",	  [SG_FK_CASCADE] = "CASCADE",
	    [SG_FK_SET_NULL] = "SET NULL",   [SG_FK_SET_DEFAULT] = "SET DEFAULT",
	};
	_Static_assert(sizeof(names) / sizeof(names[0]) == SG_FK_ACTION_COUNT, "a keyword per action");
	return (int)action >= 0 && action < SG_FK_ACTION_COUNT ? names[action] : "NO ACTION";
}

bool sg_str_eq(const char *a, const char *b)
{
	if (!a || !b)
		return a == b;
	return strcmp(a, b) == 0;
}

bool sg_names_eq(const char *const *a, size_t na, const char *const *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

sg_pos sg_text_origin_pos(const sg_text_origin *o, const char *text, size_t off, sg_pos fallback)
{
	if (!o->start.file)
		return fallback;
	sg_pos pos = o->start;
	int line = 0, col = 0;
	for (size_t i = 0; i < off && text[i]; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue;
		if (o->quote == '"' && (text[i] == '"' || text[i] == '\\' || (unsigned char)text[i] < 0x20))
			col += 2;
		else if (o->quote == '\'' && text[i] == '\'')
			col += 2;
		else if (text[i] == '\n' && !o->quote) {
			line++;
			col = 0;
		} else {
			col++;
		}
	}
	if (line == 0) {
		pos.column += col;
	} else if (o->indent > 0) {
		pos.line += line;
		pos.column = o->indent + col;
	}
	return pos;
}

long long sg_sequence_type_max(const char *type)
{
	return !type			       ? 0
	       : strcmp(type, "smallint") == 0 ? 32767
	       : strcmp(type, "integer") == 0  ? 2147483647
	       : strcmp(type, "bigint") == 0   ? 9223372036854775807LL
					       : 0;
}

sg_sequence sg_sequence_of_serial(const char *name, const char *type, const char *table, const char *column)
{
	return (sg_sequence){.name = name,
			     .type = type,
			     .start = 1,
			     .increment = 1,
			     .min = 1,
			     .max = sg_sequence_type_max(type),
			     .cache = 1,
			     .owned_table = table,
			     .owned_column = column};
}

bool sg_sequence_made_as_serial(const sg_sequence *q, const char *type)
{
	sg_sequence serial = sg_sequence_of_serial(q->name, type, NULL, NULL);
	return serial.max && sg_str_eq(q->type, type) && q->start == 1 && q->increment == 1 && q->min == 1 &&
	       q->max == serial.max && q->cache == 1 && !q->cycle && !q->comment;
}
