/*
 * The document pass: a composed document checked against the format's
 * libcyaml schema (model_schema.c), so that every unknown key, wrong type and
 * missing key of a file is reported with its line and column, not only the
 * first one; then the y_* structs filled from the checked nodes, as libcyaml
 * would fill them.
 */
#include <assert.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "model_int.h"
#include "strbuf.h"

/* What an entry of each list is called in messages. */
static const char *entry_noun(const char *list_key)
{
	static const char *const nouns[][2] = {
	    {"tables", "table"},       {"columns", "column"},
	    {"enums", "enum"},	       {"unique", "unique constraint"},
	    {"checks", "check"},       {"foreign_keys", "foreign key"},
	    {"indexes", "index"},      {"functions", "function"},
	    {"triggers", "trigger"},   {"views", "view"},
	    {"sequences", "sequence"}, {"domains", "domain"},
	};
	for (size_t i = 0; i < sizeof(nouns) / sizeof(nouns[0]); i++)
		if (strcmp(nouns[i][0], list_key) == 0)
			return nouns[i][1];
	return "entry";
}

/* A plain scalar that YAML reads as null or nothing. */
static bool is_null_scalar(const sg_model_node *n)
{
	const char *s = sg_model__scalar(n);
	return s && n->plain && (!s[0] || strcmp(s, "~") == 0 || strcasecmp(s, "null") == 0);
}

static int parse_bool(const char *s, bool *out)
{
	static const char *const t[] = {"true", "yes", "on"}, *const f[] = {"false", "no", "off"};
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

static void walk_value(sg_model_loader *ld, const sg_model_file *f, const sg_model_node *node,
		       const cyaml_schema_value_t *schema, const char *what, const char *owner, const char *list_key);

/* The field a scalar stands for when a mapping of `fields` is written as one (`identity: always`), or NULL. */
static const cyaml_schema_field_t *scalar_shorthand(const cyaml_schema_field_t *fields)
{
	for (const cyaml_schema_field_t *const *p = sg_model__scalar_shorthands; *p; p++)
		if (*p == fields)
			return fields;
	return NULL;
}

/* "table 'users'" for an entry with a name, "table #3" otherwise; `owner` adds " of table 'users'". */
static void describe_entry(sg_strbuf *sb, const sg_model_file *f, const sg_model_node *entry, const char *noun,
			   size_t i, const char *owner)
{
	const char *name = sg_model__scalar(sg_model__map_get(entry, "name"));
	if (name && name[0])
		sg_strbuf_addf(sb, "%s '%s'", noun, name);
	else
		sg_strbuf_addf(sb, "%s #%zu", noun, i + 1);
	if (owner && owner[0])
		sg_strbuf_addf(sb, " of %s", owner);
}

void sg_model__walk_mapping(sg_model_loader *ld, const sg_model_file *f, const sg_model_node *node,
			    const cyaml_schema_field_t *fields, const char *obj, const char *owner)
{
	/* Unknown and duplicate keys. */
	for (const sg_model_pair *p = node->u.pairs; p < node->u.pairs + node->n; p++) {
		const sg_model_node *kn = p->key;
		const char *k = sg_model__scalar(kn);
		if (!k) {
			sg_model__error_at(ld, sg_model__node_pos(f, kn), "keys of %s must be strings", obj);
			continue;
		}
		bool dup = false;
		for (const sg_model_pair *q = node->u.pairs; q < p && !dup; q++) {
			const char *k2 = sg_model__scalar(q->key);
			dup = k2 && strcmp(k, k2) == 0;
		}
		if (dup) {
			sg_model__error_at(ld, sg_model__node_pos(f, kn), "duplicate key '%s' in %s", k, obj);
			continue;
		}
		const cyaml_schema_field_t *field = NULL;
		for (const cyaml_schema_field_t *fl = fields; fl->key; fl++)
			if (strcmp(fl->key, k) == 0)
				field = fl;
		if (!field) {
			sg_model_suggestion s = {.name = k};
			for (const cyaml_schema_field_t *fl = fields; fl->key; fl++)
				sg_model__suggest(&s, fl->key);
			if (s.best)
				sg_model__error_at(ld, sg_model__node_pos(f, kn),
						   "unknown key '%s' in %s (did you mean '%s'?)", k, obj, s.best);
			else
				sg_model__error_at(ld, sg_model__node_pos(f, kn), "unknown key '%s' in %s", k, obj);
			continue;
		}
		sg_strbuf what = SG_STRBUF_INIT;
		sg_strbuf_addf(&what, "'%s' of %s", k, obj);
		walk_value(ld, f, p->value, &field->value, what.data, owner, k);
		sg_strbuf_release(&what);
	}
	/* Missing keys. */
	for (const cyaml_schema_field_t *fl = fields; fl->key; fl++)
		if (!(fl->value.flags & CYAML_FLAG_OPTIONAL) && !sg_model__map_key(node, fl->key))
			sg_model__error_at(ld, sg_model__node_pos(f, node), "missing key '%s' in %s", fl->key, obj);
}

static void walk_value(sg_model_loader *ld, const sg_model_file *f, const sg_model_node *node,
		       const cyaml_schema_value_t *schema, const char *what, const char *owner, const char *list_key)
{
	sg_pos pos = sg_model__node_pos(f, node);
	switch (schema->type) {
	case CYAML_STRING:
		if (node->type != YAML_SCALAR_NODE)
			sg_model__error_at(ld, pos, "%s must be a string, not %s", what,
					   sg_model__node_kind_name(node));
		else if (is_null_scalar(node))
			sg_model__error_at(ld, pos, "%s has no value", what);
		return;
	case CYAML_BOOL: {
		bool b;
		if (node->type != YAML_SCALAR_NODE)
			sg_model__error_at(ld, pos, "%s must be true or false, not %s", what,
					   sg_model__node_kind_name(node));
		else if (parse_bool(sg_model__scalar(node), &b) != 0)
			sg_model__error_at(ld, pos, "%s must be true or false, not '%s'", what, sg_model__scalar(node));
		return;
	}
	case CYAML_ENUM: {
		const char *s = sg_model__scalar(node);
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
			sg_model__error_at(ld, pos, "%s must be one of %s, not '%s'", what, allowed.data, s);
		else
			sg_model__error_at(ld, pos, "%s must be one of %s, not %s", what, allowed.data,
					   sg_model__node_kind_name(node));
		sg_strbuf_release(&allowed);
		return;
	}
	case CYAML_MAPPING:
		if (node->type == YAML_SCALAR_NODE && scalar_shorthand(schema->mapping.fields)) {
			walk_value(ld, f, node, &scalar_shorthand(schema->mapping.fields)->value, what, owner,
				   list_key);
			return;
		}
		if (node->type != YAML_MAPPING_NODE) {
			sg_model__error_at(ld, pos, "%s must be a mapping, not %s", what,
					   sg_model__node_kind_name(node));
			return;
		}
		sg_model__walk_mapping(ld, f, node, schema->mapping.fields, what, what);
		return;
	case CYAML_SEQUENCE: {
		if (node->type != YAML_SEQUENCE_NODE) {
			sg_model__error_at(ld, pos, "%s must be a list, not %s", what, sg_model__node_kind_name(node));
			return;
		}
		size_t n = node->n;
		if (n < schema->sequence.min) {
			sg_model__error_at(ld, pos, "%s must not be empty", what);
			return;
		}
		for (size_t i = 0; i < n; i++)
			sg_model__walk_item(ld, f, sg_model__seq_at(node, i), i, schema->sequence.entry, what, owner,
					    list_key);
		return;
	}
	default:
		return;
	}
}

void sg_model__walk_item(sg_model_loader *ld, const sg_model_file *f, const sg_model_node *item, size_t i,
			 const cyaml_schema_value_t *entry, const char *what, const char *owner, const char *list_key)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	if (entry->type == CYAML_MAPPING && item->type == YAML_MAPPING_NODE) {
		describe_entry(&sb, f, item, entry_noun(list_key), i, owner);
		sg_model__walk_mapping(ld, f, item, entry->mapping.fields, sb.data, sb.data);
	} else {
		sg_strbuf_addf(&sb, "entry %zu of %s", i + 1, what);
		walk_value(ld, f, item, entry, sb.data, owner, list_key);
	}
	sg_strbuf_release(&sb);
}

static int fill_mapping(sg_arena *arena, unsigned char *base, const cyaml_schema_field_t *fields,
			const sg_model_node *node)
{
	assert(node->type == YAML_MAPPING_NODE);
	for (const cyaml_schema_field_t *fl = fields; fl->key; fl++) {
		const sg_model_node *v = sg_model__map_get(node, fl->key);
		if (!v)
			continue;
		if (fl->value.type != CYAML_SEQUENCE) {
			if (sg_model__fill_value(arena, base + fl->data_offset, &fl->value, v) != 0)
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
			if (sg_model__fill_value(arena, items + i * size, entry, v->u.items[i]) != 0)
				return -1;
		memcpy(base + fl->data_offset, &items, sizeof(items));
		unsigned count = (unsigned)v->n;
		memcpy(base + fl->count_offset, &count, sizeof(count));
	}
	return 0;
}

int sg_model__fill_value(sg_arena *arena, void *slot, const cyaml_schema_value_t *schema, const sg_model_node *node)
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
		assert(schema->data_size == sizeof(bool) && sg_model__scalar(node));
		parse_bool(node->u.value, &b);
		memcpy(data, &b, sizeof(b));
		return 0;
	}
	case CYAML_ENUM: {
		bool ci = schema->flags & CYAML_FLAG_CASE_INSENSITIVE;
		assert(schema->data_size == sizeof(int) && sg_model__scalar(node));
		for (uint32_t i = 0; i < schema->enumeration.count; i++)
			if ((ci ? strcasecmp : strcmp)(node->u.value, schema->enumeration.strings[i].str) == 0) {
				int v = (int)schema->enumeration.strings[i].val;
				memcpy(data, &v, sizeof(v));
				break;
			}
		return 0;
	}
	case CYAML_MAPPING:
		if (node->type == YAML_SCALAR_NODE) {
			const cyaml_schema_field_t *fl = scalar_shorthand(schema->mapping.fields);
			assert(fl);
			return sg_model__fill_value(arena, data + fl->data_offset, &fl->value, node);
		}
		return fill_mapping(arena, data, schema->mapping.fields, node);
	default:
		assert(!"a type the format does not use");
		return 0;
	}
}
