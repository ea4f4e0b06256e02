/*
 * The models loader's internals, shared by the files of generator/models/
 * and by nothing else (model.h is the interface).  One load runs:
 *
 *   model.c              files and directories -> one composed document per file
 *   yaml_compose.c       libyaml events -> sg_model_node trees, `tables` entries streamed one by one
 *   doc_check.c          a node tree against the format (model_schema.c), then into the y_* structs
 *   model_convert.c      y_* structs -> the sg_schema graph: tables, columns, indexes, globals
 *   model_constraints.c  a table's checks, primary key, unique constraints and foreign keys
 *   validate.c           the checks across files, once every file is converted
 *   default_names.c      PostgreSQL's names for the unnamed constraints and indexes
 *   diagnostics.c        "file:line:column: message" lines and "did you mean" suggestions
 *
 * Cross-file helpers are named sg_model__<helper>; the y_* structs mirror the
 * YAML format key for key and are filled only through model_schema.c's tables.
 */
#ifndef SG_MODEL_INT_H
#define SG_MODEL_INT_H

#include <cyaml/cyaml.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stddef.h>
#include <yaml.h>

#include "model.h"
#include "model_sql.h"
#include "strbuf.h"

/* ---------------------------------------------------------------- the format (model_schema.c) */

/* The structs a model file is loaded into, one per mapping of the format. */
typedef struct y_ref {
	char *name, *schema, *table, *column;
	int on_delete, on_update;
	char **on_delete_columns;
	unsigned on_delete_columns_count;
	int match; /* sg_model__match: MATCH SIMPLE, FULL, or PARTIAL (refused) */
	bool deferrable, initially_deferred, not_valid;
} y_ref;

/* `identity:` as a mapping; the shorthand `identity: always` fills `generated` alone (doc_check.c). */
typedef struct y_identity {
	int generated; /* sg_identity */
	char *start, *increment, *min, *max, *cache;
	bool cycle;
} y_identity;

typedef struct y_column {
	char *name, *type;
	bool *nullable;
	char *default_expr;
	y_identity *identity;
	bool primary_key, unique;
	y_ref *references;
	char *collation, *comment, *generated, *renamed_from;
	char *using_expr, *using_down;
	char *fill;
	char *statistics; /* a number, read as text (model_convert.c checks it) */
} y_column;

typedef struct y_unique {
	char *name;
	char **columns;
	unsigned columns_count;
	bool nulls_not_distinct, deferrable, initially_deferred;
} y_unique;

typedef struct y_check {
	char *name, *expression, *comment;
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
	char **on_delete_columns;
	unsigned on_delete_columns_count;
	int match;
	bool deferrable, initially_deferred, not_valid;
} y_fk;

typedef struct y_index {
	char *name;
	char **columns;
	unsigned columns_count;
	bool unique, nulls_not_distinct;
	char *where, *method, *comment;
	char **include;
	unsigned include_count;
} y_index;

typedef struct y_referencing {
	char *old_table, *new_table;
} y_referencing;

typedef struct y_trigger {
	char *name, *when, *function, *from, *renamed_from, *comment;
	int timing, for_each;
	char **events;
	unsigned events_count;
	bool constraint, deferrable, initially_deferred;
	int enabled; /* 0 when not written (fires), else sg_trigger.enabled's letter */
	y_referencing *referencing;
} y_trigger;

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
	y_trigger *triggers;
	unsigned triggers_count;
} y_table;

typedef struct y_enum {
	char *name, *comment, *renamed_from;
	char **values;
	unsigned values_count;
} y_enum;

typedef struct y_domain_check {
	char *name, *expression;
	bool not_valid;
} y_domain_check;

typedef struct y_domain {
	char *name, *type;
	bool *nullable;
	char *default_expr, *collation, *comment, *renamed_from;
	y_domain_check *checks;
	unsigned checks_count;
} y_domain;
typedef struct y_function {
	char *name, *definition, *renamed_from, *comment;
} y_function;

typedef struct y_view_options {
	bool security_barrier, security_invoker;
	int check_option; /* 0 none, 1 local, 2 cascaded */
} y_view_options;

typedef struct y_view {
	char *name, *query, *comment, *renamed_from;
	bool materialized;
	char **columns;
	unsigned columns_count;
	y_view_options *options;
	y_index *indexes;
	unsigned indexes_count;
	y_trigger *triggers;
	unsigned triggers_count;
} y_view;
/* Numbers are read as text and checked by model_sequences.c (the document pass knows no integers). */
typedef struct y_sequence {
	char *name, *renamed_from, *comment, *owned_by;
	int type; /* sg_model__seq_type */
	char *start, *increment, *min, *max, *cache;
	bool cycle;
} y_sequence;

enum { SG_MODEL__SEQ_BIGINT = 0, SG_MODEL__SEQ_INTEGER, SG_MODEL__SEQ_SMALLINT };

typedef struct y_file {
	char *schema;
	char **extensions;
	unsigned extensions_count;
	y_enum *enums;
	unsigned enums_count;
	y_domain *domains;
	unsigned domains_count;
	y_sequence *sequences;
	unsigned sequences_count;
	y_table *tables;
	unsigned tables_count;
	y_function *functions;
	unsigned functions_count;
	y_view *views;
	unsigned views_count;
} y_file;

/* A foreign key's `match:` words. */
enum { SG_MODEL__MATCH_SIMPLE = 0, SG_MODEL__MATCH_FULL, SG_MODEL__MATCH_PARTIAL };

/* The whole file's document, its mapping's keys, a table entry and one table alone (filled one by one). */
extern const cyaml_schema_value_t sg_model__file_schema;
extern const cyaml_schema_field_t sg_model__file_fields[];
/* The mappings (field tables, NULL-terminated list) that a scalar may stand for: it is their first field's value. */
extern const cyaml_schema_field_t *const sg_model__scalar_shorthands[];
extern const cyaml_schema_value_t sg_model__table_entry;
extern const cyaml_schema_value_t sg_model__table_pointer;

/* ---------------------------------------------------------------- diagnostics (diagnostics.c) */

/* Where one load's diagnostics go, and whether memory ran out on the way (checked once, at the end). */
typedef struct sg_model_loader {
	sg_model_diags *diags;
	bool oom;
} sg_model_loader;

/* Add an error or a warning at `pos` ("file:line:column: " and the message, on one line). */
void sg_model__error_at(sg_model_loader *ld, sg_pos pos, const char *fmt, ...) SG_PRINTF(3, 4);
void sg_model__warning_at(sg_model_loader *ld, sg_pos pos, const char *fmt, ...) SG_PRINTF(3, 4);
/* Move the diagnostics of `from` to the end of `to`, leaving `from` empty. */
void sg_model__diags_move(sg_model_loader *ld, sg_model_diags *to, sg_model_diags *from);
/* Sort by file, line, column, then text. */
void sg_model__diags_sort(sg_model_diags *diags);

/*
 * A "did you mean" among candidates: zero-initialise with `.name` set, offer
 * every candidate to sg_model__suggest(), then `.best` is the closest one
 * worth suggesting (the first of equals), or NULL.
 */
typedef struct sg_model_suggestion {
	const char *name;
	const char *best;
	size_t distance; /* of best; 0 before any */
} sg_model_suggestion;
void sg_model__suggest(sg_model_suggestion *s, const char *candidate);

/* ---------------------------------------------------------------- documents (yaml_compose.c) */

/*
 * A node of a model document.  libyaml's events are composed here instead of
 * into a yaml_document_t, whose nodes take several times the memory (a
 * 10,000-table file needed over 100 MB), so that the loader can keep only
 * what it still needs: the entries of the top-level `tables` list are
 * checked and converted as soon as each one is complete, then dropped
 * (model.c).  The shape is the one yaml_parser_load() builds: an alias is the
 * anchored node itself, with that node's position.
 */
typedef struct sg_model_node sg_model_node;
typedef struct sg_model_pair {
	sg_model_node *key, *value;
} sg_model_pair;
struct sg_model_node {
	yaml_node_type_t type;
	bool plain;	  /* a scalar written plain: no quotes, not a block scalar */
	int line, column; /* 1-based, of the node's first character */
	size_t n;	  /* items of a sequence, pairs of a mapping */
	union {
		char *value; /* scalar, NUL-terminated */
		sg_model_node **items;
		sg_model_pair *pairs;
	} u;
};

/* Where each line of a file read from its path starts, built on first use (model_functions.c). */
typedef struct sg_model_lines {
	FILE *fp;     /* the file, open while the index is kept */
	long *starts; /* starts[i]: offset of line i + 1 */
	size_t n;     /* lines indexed */
	bool built;   /* tried (fp NULL: the file could not be read) */
} sg_model_lines;

typedef struct sg_model_file {
	const char *path; /* owned by the schema's arena */
	const char *text; /* the bytes, when loaded from memory (borrowed); NULL: read from `path` */
	size_t len;
	sg_model_lines *lines; /* the line index of `path` (the caller's, may be NULL: read from the start) */
} sg_model_file;

/* Close and free a line index (sg_model_file.lines). */
void sg_model__lines_release(sg_model_lines *lines);

/* The position of `node` in file `f`; of the file's start when `node` is NULL. */
sg_pos sg_model__node_pos(const sg_model_file *f, const sg_model_node *node);
/* A scalar node's text; NULL for anything else and for NULL. */
const char *sg_model__scalar(const sg_model_node *n);
/* The value node / the key node of `key` in a mapping node; NULL when absent or not a mapping. */
sg_model_node *sg_model__map_get(const sg_model_node *map, const char *key);
sg_model_node *sg_model__map_key(const sg_model_node *map, const char *key);
/* Item `i` of a sequence node; NULL when out of range or not a sequence. */
sg_model_node *sg_model__seq_at(const sg_model_node *seq, size_t i);
/* "a mapping", "a list" or "a string", for messages. */
const char *sg_model__node_kind_name(const sg_model_node *n);

/* A problem with the YAML itself, in the terms libyaml reports it. */
typedef struct sg_model_yaml_problem {
	const char *problem, *context;
	yaml_mark_t mark;
} sg_model_yaml_problem;

struct sg_model_anchor;
struct sg_model_frame;

/*
 * What yaml_parser_load() does, in less memory, and able to hand over the
 * entries of the top-level `tables` list one by one: when `on_entry` is set,
 * the root is a mapping and its first `tables` key holds a list (neither of
 * them anchored, so no alias can reach them unfinished), each entry of that
 * list goes to `on_entry` as soon as it is complete, and is then freed; the
 * list itself stays empty.  Anchored nodes live as long as the document,
 * since aliases may point to them from anywhere after.
 */
typedef struct sg_model_composer {
	sg_arena *arena;       /* the document's nodes */
	sg_arena *entry_arena; /* the streamed entry being composed; NULL between entries */
	struct sg_model_frame *stack;
	size_t depth, cap;
	struct sg_model_anchor *anchors;
	size_t nanchors, capanchors;
	size_t anchored;     /* anchored frames on the stack */
	size_t stream_depth; /* the depth of the streamed list's frame, 0 when none */
	size_t nstreamed;
	/* Gets each streamed entry and a scratch arena freed with the entry. */
	void (*on_entry)(void *ctx, const sg_model_node *entry, size_t i, sg_arena *scratch);
	void *ctx;
	sg_model_node *root;
} sg_model_composer;

/*
 * Compose the next document of `parser` into c->root (NULL when the stream
 * has no more documents).  Returns 0, 1 with *prob for invalid YAML, -1 when
 * out of memory.
 */
int sg_model__compose(sg_model_composer *c, yaml_parser_t *parser, sg_model_yaml_problem *prob);
/* Free everything the composer holds, the nodes of c->root included; leaves it zeroed. */
void sg_model__composer_release(sg_model_composer *c);

/* ---------------------------------------------------------------- the document pass (doc_check.c) */

/*
 * Check mapping `node` against `fields`, every problem an error in ld:
 * unknown, duplicate and missing keys, values of the wrong kind.  `obj`
 * names the mapping in messages; `owner` is what its list entries belong to
 * (NULL at the top).
 */
void sg_model__walk_mapping(sg_model_loader *ld, const sg_model_file *f, const sg_model_node *node,
			    const cyaml_schema_field_t *fields, const char *obj, const char *owner);
/* Check entry `i` of the list `what` (key `list_key`), whose entries have the schema `entry`. */
void sg_model__walk_item(sg_model_loader *ld, const sg_model_file *f, const sg_model_node *item, size_t i,
			 const cyaml_schema_value_t *entry, const char *what, const char *owner, const char *list_key);
/*
 * Fill `*slot` (a value of `schema`, a pointer when the schema says so) from
 * a node the document pass found valid, as libcyaml would: strings and
 * structs allocated in `arena`, absent optional keys left zero.  Returns 0,
 * or -1 when out of memory.
 */
int sg_model__fill_value(sg_arena *arena, void *slot, const cyaml_schema_value_t *schema, const sg_model_node *node);

/* ---------------------------------------------------------------- conversion (model_convert.c, model_constraints.c) */

/* What the checks across tables need to know about a foreign key beyond the schema graph. */
typedef struct sg_model_fk {
	size_t table;	   /* index into schema->tables */
	size_t constraint; /* index into that table's constraints (before sorting) */
	sg_pos target_pos; /* the referenced table's name in the file */
	bool ref_from_pk;  /* the model named no referenced columns: use the target's primary key */
} sg_model_fk;

/* A position the checks across files need: of a renamed table's old name, or of a column's type. */
typedef struct sg_model_late {
	size_t table, column; /* indexes into schema->tables and that table's columns */
	sg_pos pos;
} sg_model_late;

typedef struct sg_model_conv {
	sg_model_loader *ld;
	sg_arena *arena;
	sg_schema *schema; /* its tables, enums and extensions grow in malloc'd arrays until sg_model__settle() */
	size_t captables, capenums, capextensions, capfunctions, capviews, capdomains, capsequences;
	sg_pos schema_pos; /* where the schema's name was first given */
	bool schema_named;
	sg_model_fk *fks;
	size_t nfks, capfks;
	sg_model_late *renames; /* tables with renamed_from */
	size_t nrenames, caprenames;
	sg_model_late *types; /* columns whose type the models' enums and extensions decide */
	size_t ntypes, captypes;
	sg_sql_memo *memo; /* parsed types and expressions by text, answers in `arena` */
	sg_pos *seq_late;  /* per sequence: [2i] its owned_by, [2i+1] its renamed_from (malloc'd) */
	size_t capseq_late;
} sg_model_conv;

/*
 * `items` (n elements of `size` bytes, room for *cap) with room for one more:
 * the same or a moved array, *cap updated; NULL when out of memory (items
 * stays valid).
 */
void *sg_model__grow(void *items, size_t *cap, size_t n, size_t size);
/* A copy of `s` in the schema's arena (NULL for NULL); out of memory is noted in the loader. */
const char *sg_model__dup_str(sg_model_conv *cv, const char *s);
/* A copy of the list in the schema's arena; NULL (noted) when out of memory. */
const char **sg_model__dup_list(sg_model_conv *cv, char *const *items, size_t n);
/* The position of `key`'s value in mapping `map`, else of the mapping itself. */
sg_pos sg_model__key_pos(const sg_model_file *f, const sg_model_node *map, const char *key);
/* An error when `name` of `what` is empty or longer than PostgreSQL keeps. */
void sg_model__check_name(sg_model_conv *cv, sg_pos pos, const char *name, const char *what);
/* An error when `text` (a value of `key`, NULL when absent) is given but empty. */
void sg_model__check_text(sg_model_conv *cv, sg_pos pos, const char *text, const char *key, const char *what);
/*
 * Option `key` of `what` (text `text`: numbers are read as text, NULL when
 * absent) as an integer in [lo, hi]: true with *out set when given and valid;
 * an error naming `range` (false) when it is not an integer or out of range.
 */
/*
 * Identity column `c` (`what` names it) from `y` (its `identity:` node `n`, a
 * scalar or a mapping): its kind, and its sequence's options of type
 * `seq_type` with PostgreSQL's defaults for those not written, each checked
 * as CREATE SEQUENCE checks it (model_sequences.c).
 */
void sg_model__convert_identity(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *n, const y_identity *y,
				const char *seq_type, const char *what, sg_column *c);
bool sg_model__integer(sg_model_conv *cv, sg_pos pos, const char *key, const char *text, const char *what, long long lo,
		       long long hi, const char *range, long long *out);
/* An error when the default `expr` of `what` is empty, is not an SQL expression or refers to a column. */
void sg_model__check_default(sg_model_conv *cv, sg_pos pos, const char *expr, const char *what);
/* Each listed column (items of node `list`) must exist in `t` and appear once.  `what` names the list's owner. */
void sg_model__check_key_columns(sg_model_conv *cv, const sg_table *t, const sg_model_file *f,
				 const sg_model_node *list, const char *const *cols, size_t n, const char *what);
/* Every column an SQL fragment references must be a column of `t`. */
void sg_model__check_expr_columns(sg_model_conv *cv, const sg_table *t, sg_pos pos, const sg_sql_columns *cols,
				  const char *what);

/* "check 'x' of table 't'" for a named entry, "check #3 of table 't'" for unnamed entry `i` (0-based). */
void sg_model__name_in_table(sg_strbuf *sb, const char *noun, const char *name, size_t i, const char *table);

/* Append table `y` (node `tn` of file `f`) to the schema, checked on its own. */
void sg_model__convert_table(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y);
/* Table `t` (index `ti`, written as `y` at node `tn`): its constraints, into t->constraints (room made). */
void sg_model__convert_constraints(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
				   sg_table *t, size_t ti);
/* Schema name, extensions, enums and domains of one file (root node `root`, loaded as `d`). */
void sg_model__convert_globals(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d);
/* The domains of one file (model_domains.c), each checked on its own. */
void sg_model__convert_domains(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d);
/* Table `t` (written as `y` at node `tn`): its triggers (model_triggers.c). */
void sg_model__convert_triggers(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
				sg_table *t);
/* Plain view `v` (written as `y` at node `vn`): its triggers (model_triggers.c); a materialized view has none. */
void sg_model__convert_view_triggers(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *vn,
				     const y_view *y, sg_view *v);
/* Functions and procedures of one file (model_functions.c): each definition parsed, its name checked. */
void sg_model__convert_functions(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d);
/* Views and materialized views of one file (model_views.c): each query parsed, the relations it names kept. */
void sg_model__convert_views(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d);
/*
 * The file position of character `cursor` (1-based, as libpg_query counts)
 * of the text of scalar `node`, the value of key node `key`, block scalars
 * included (model_functions.c).
 */
sg_pos sg_model__text_pos(const sg_model_file *f, const sg_model_node *key, const sg_model_node *node, const char *text,
			  int cursor);
/* Where `text` (scalar `node`'s, under `key`) starts in the file, and its later lines' column. */
sg_text_origin sg_model__text_origin(const sg_model_file *f, const sg_model_node *key, const sg_model_node *node,
				     const char *text);
/* Once the schema is sorted: mark the functions whose arguments or result name a table of the models (row types). */
void sg_model__mark_row_types(sg_model_conv *cv);
/* The sequences of one file (model_sequences.c), each checked on its own. */
void sg_model__convert_sequences(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d);
/*
 * Move the schema's growing arrays into its arena (once every file is
 * converted), so that sg_schema_free() frees them.  Returns 0 or -1 when out
 * of memory; the malloc'd arrays are freed either way.
 */
int sg_model__settle(sg_model_conv *cv);

/* ---------------------------------------------------------------- the whole schema (validate.c, default_names.c) */

/* The checks across files, once every file is converted (settles the arrays first). */
void sg_model__check_all(sg_model_conv *cv);
/*
 * The domains across files (model_domains.c), once settled: sorted, their
 * names against enums and tables (`is_table(ctx, name)` says whether a table
 * of the models has that name), renames, base types.
 */
void sg_model__check_domains(sg_model_conv *cv, bool (*is_table)(const void *ctx, const char *name), const void *ctx);
/*
 * The checks of sequences across files (model_sequences.c): owners, renames,
 * and the sequences column defaults read with nextval().
 */
void sg_model__check_sequences(sg_model_conv *cv);
/* Choose PostgreSQL's names for unnamed constraints and indexes; -1 when out of memory. */
int sg_model__assign_default_names(sg_model_conv *cv);

#endif
