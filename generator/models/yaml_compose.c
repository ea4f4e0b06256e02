/*
 * libyaml's events composed into sg_model_node trees (model_int.h): what
 * yaml_parser_load() does, in a fraction of the memory, and able to hand the
 * entries of the top-level `tables` list to a callback one by one as each
 * is complete, so that a file's document is never held whole.  Also the
 * small accessors every later pass reads the nodes with.
 */
#include <stdlib.h>
#include <string.h>

#include "model_int.h"

/* How deep collections may nest (the models need fewer than ten levels). */
#define SG_MODEL_MAX_DEPTH 100
#define SG_MODEL_MAX_DEPTH_TEXT "100"

sg_pos sg_model__node_pos(const sg_model_file *f, const sg_model_node *node)
{
	if (!node)
		return (sg_pos){.file = f->path, .line = 1, .column = 1};
	return (sg_pos){.file = f->path, .line = node->line, .column = node->column};
}

const char *sg_model__scalar(const sg_model_node *n)
{
	return n && n->type == YAML_SCALAR_NODE ? n->u.value : NULL;
}

/* The pair of `key` in a mapping node, NULL when absent. */
static const sg_model_pair *find_pair(const sg_model_node *map, const char *key)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return NULL;
	for (size_t i = 0; i < map->n; i++) {
		const char *k = sg_model__scalar(map->u.pairs[i].key);
		if (k && strcmp(k, key) == 0)
			return &map->u.pairs[i];
	}
	return NULL;
}

sg_model_node *sg_model__map_get(const sg_model_node *map, const char *key)
{
	const sg_model_pair *p = find_pair(map, key);
	return p ? p->value : NULL;
}

sg_model_node *sg_model__map_key(const sg_model_node *map, const char *key)
{
	const sg_model_pair *p = find_pair(map, key);
	return p ? p->key : NULL;
}

sg_model_node *sg_model__seq_at(const sg_model_node *seq, size_t i)
{
	if (!seq || seq->type != YAML_SEQUENCE_NODE || i >= seq->n)
		return NULL;
	return seq->u.items[i];
}

const char *sg_model__node_kind_name(const sg_model_node *n)
{
	switch (n->type) {
	case YAML_MAPPING_NODE:
		return "a mapping";
	case YAML_SEQUENCE_NODE:
		return "a list";
	default:
		return "a string";
	}
}

typedef struct sg_model_anchor {
	const char *name;
	sg_model_node *node;
} anchor;

/* A collection being composed. */
typedef struct sg_model_frame {
	sg_model_node *node;
	sg_arena *arena; /* where the node and its children live */
	bool anchored;
	sg_model_node **kids; /* children so far (a mapping's keys and values alternate); kept for reuse */
	size_t n, cap;
} frame;

void sg_model__composer_release(sg_model_composer *c)
{
	for (size_t i = 0; i < c->cap; i++)
		free(c->stack[i].kids);
	free(c->stack);
	free(c->anchors);
	sg_arena_free(c->entry_arena);
	sg_arena_free(c->arena);
	*c = (sg_model_composer){0};
}

/* Where a new node goes: with the entry being streamed, unless an anchor keeps it for the whole document. */
static sg_arena *node_arena(sg_model_composer *c, bool anchored)
{
	if (anchored || c->anchored || !c->stream_depth || c->depth < c->stream_depth)
		return c->arena;
	if (!c->entry_arena && !(c->entry_arena = sg_arena_new()))
		return NULL;
	return c->entry_arena;
}

static sg_model_node *new_node(sg_arena *arena, yaml_node_type_t type, yaml_mark_t mark)
{
	sg_model_node *n = arena ? sg_arena_alloc(arena, sizeof(*n)) : NULL;
	if (!n)
		return NULL;
	n->type = type;
	n->line = (int)mark.line + 1;
	n->column = (int)mark.column + 1;
	return n;
}

/* Register `anchor` for `node`; 1 with *prob set when it is taken (libyaml's message), -1 out of memory. */
static int add_anchor(sg_model_composer *c, const yaml_char_t *name, sg_model_node *node, yaml_mark_t mark,
		      sg_model_yaml_problem *prob)
{
	if (!name)
		return 0;
	for (size_t i = 0; i < c->nanchors; i++)
		if (strcmp(c->anchors[i].name, (const char *)name) == 0) {
			*prob = (sg_model_yaml_problem){"second occurrence", "found duplicate anchor; first occurrence",
							mark};
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
	c->anchors[c->nanchors++] = (anchor){copy, node};
	return 0;
}

/* A complete node: the root, a child of the collection on top of the stack, or a streamed entry. */
static int add_node(sg_model_composer *c, sg_model_node *node)
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
		sg_model_node **kids = realloc(top->kids, cap * sizeof(*kids));
		if (!kids)
			return -1;
		top->kids = kids;
		top->cap = cap;
	}
	top->kids[top->n++] = node;
	return 0;
}

/* Whether a list starting now is the root's first `tables` list, to be streamed. */
static bool starts_tables_list(const sg_model_composer *c, bool anchored)
{
	if (!c->on_entry || anchored || c->depth != 1 || c->stream_depth)
		return false;
	const frame *root = &c->stack[0];
	if (root->node->type != YAML_MAPPING_NODE || root->anchored || root->n % 2 == 0)
		return false;
	const char *key = sg_model__scalar(root->kids[root->n - 1]);
	if (!key || strcmp(key, "tables") != 0)
		return false;
	for (size_t i = 0; i + 1 < root->n; i += 2) {
		const char *k = sg_model__scalar(root->kids[i]);
		if (k && strcmp(k, "tables") == 0)
			return false;
	}
	return true;
}

static int push_collection(sg_model_composer *c, yaml_node_type_t type, const yaml_event_t *ev,
			   const yaml_char_t *anchor_name, sg_model_yaml_problem *prob)
{
	bool anchored = anchor_name != NULL;
	bool stream = type == YAML_SEQUENCE_NODE && starts_tables_list(c, anchored);
	sg_arena *arena = node_arena(c, anchored);
	sg_model_node *node = new_node(arena, type, ev->start_mark);
	if (!node)
		return -1;
	int rc = add_anchor(c, anchor_name, node, ev->start_mark, prob);
	if (rc)
		return rc;
	/*
	 * A model is a few levels deep.  Far deeper nesting is refused where it
	 * starts: libyaml's scanner is quadratic in the nesting of flow
	 * collections ('[' 20,000 times took 19 s, 100,000 times minutes).
	 */
	if (c->depth >= SG_MODEL_MAX_DEPTH) {
		*prob = (sg_model_yaml_problem){"collections nested more than " SG_MODEL_MAX_DEPTH_TEXT " levels deep",
						NULL, ev->start_mark};
		return 1;
	}
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

static int pop_collection(sg_model_composer *c)
{
	frame *fr = &c->stack[c->depth - 1];
	sg_model_node *node = fr->node;
	if (c->depth == c->stream_depth) {
		c->stream_depth = 0; /* the entries went to on_entry */
	} else if (node->type == YAML_MAPPING_NODE) {
		node->n = fr->n / 2;
		node->u.pairs = sg_arena_array(fr->arena, node->n, sizeof(sg_model_pair));
		if (!node->u.pairs)
			return -1;
		for (size_t i = 0; i < node->n; i++)
			node->u.pairs[i] = (sg_model_pair){fr->kids[2 * i], fr->kids[2 * i + 1]};
	} else {
		node->n = fr->n;
		node->u.items = sg_arena_array(fr->arena, node->n, sizeof(sg_model_node *));
		if (!node->u.items)
			return -1;
		if (node->n)
			memcpy(node->u.items, fr->kids, node->n * sizeof(sg_model_node *));
	}
	c->anchored -= fr->anchored;
	c->depth--;
	return add_node(c, node);
}

static int compose_event(sg_model_composer *c, const yaml_event_t *ev, sg_model_yaml_problem *prob)
{
	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		for (size_t i = 0; i < c->nanchors; i++)
			if (strcmp(c->anchors[i].name, (const char *)ev->data.alias.anchor) == 0)
				return add_node(c, c->anchors[i].node);
		*prob = (sg_model_yaml_problem){"found undefined alias", NULL, ev->start_mark};
		return 1;
	case YAML_SCALAR_EVENT: {
		const yaml_char_t *anchor_name = ev->data.scalar.anchor;
		sg_arena *arena = node_arena(c, anchor_name != NULL);
		sg_model_node *node = new_node(arena, YAML_SCALAR_NODE, ev->start_mark);
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

int sg_model__compose(sg_model_composer *c, yaml_parser_t *parser, sg_model_yaml_problem *prob)
{
	if (!c->arena && !(c->arena = sg_arena_new()))
		return -1;
	for (;;) {
		yaml_event_t ev;
		if (!yaml_parser_parse(parser, &ev)) {
			if (parser->error == YAML_MEMORY_ERROR)
				return -1;
			*prob = (sg_model_yaml_problem){parser->problem, parser->context, parser->problem_mark};
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
