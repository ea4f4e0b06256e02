/*
 * What the three parts of sg_inspect (inspect.h) share, and nothing else
 * includes: the per-table decisions (inspect_choices.c) that the YAML writer
 * (inspect_yaml.c) renders and the load-back loop (inspect.c) corrects.
 */
#ifndef SG_INSPECT_INTERNAL_H
#define SG_INSPECT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "inspect.h"
#include "schema.h"
#include "strbuf.h"

/* Per table: which names are written, which constraints are left out, serial columns. */
typedef struct tplan {
	bool *con_named; /* per constraint: write `name:` */
	bool *con_skip;	 /* per constraint: not expressible at all (a repeated key) */
	bool *idx_named; /* per index */
	int *col_serial; /* per column: 2, 4 or 8 when written as a serial type, else 0 */
} tplan;

typedef struct insp {
	const sg_schema *s;
	const sg_inspect_options *opts;
	sg_arena *arena; /* the plans and parse results */
	tplan *tp;
	char **notes;
	size_t nnotes, capnotes;
	/*
	 * The `sequences:` to write, by name: the schema's, and the sequence of a
	 * serial column whose name is not the one `serial` gives (its table or
	 * column was renamed): written as a sequence of its own, the column as
	 * its type and default, so the rebuild keeps the name.
	 */
	sg_sequence *sequences;
	size_t nsequences;
	bool oom;
} insp;

/* Per column of a table: which constraint its shorthands stand for (SIZE_MAX for none). */
typedef struct shorthands {
	size_t *unique, *fk;
	size_t pk_column; /* the column of a one-column primary key, or SIZE_MAX */
} shorthands;

/*
 * First guesses for every table (inspect_choices.c): the names the models
 * loader would not give as the database has them, serial columns, what is
 * left out, and the notes.  Allocates from in->arena (in->tp) and appends to
 * in->notes.  Returns -1 when memory runs out.
 */
int sg_inspect__decide(insp *in);

/*
 * Which constraints of table `ti` are written as column shorthands.  Fills
 * sh->unique and sh->fk (malloc'd, freed by the caller with free() even on
 * failure) and sh->pk_column.  Returns -1 when memory runs out.
 */
int sg_inspect__shorthands(const insp *in, shorthands *sh, size_t ti);

/* The index of column `name` in t->columns, or SIZE_MAX. */
size_t sg_inspect__column_index(const sg_table *t, const char *name);

/*
 * Render every file with the names as currently decided (inspect_yaml.c).
 * On success *out (nout entries, in strcmp order of name) is owned by the
 * caller: free it with sg_inspect__files_release.  Returns -1 when memory
 * runs out, with nothing to free.
 */
int sg_inspect__render_files(sg_inspect_file **out, size_t *nout, insp *in);

/* Free n files and the array.  Accepts NULL. */
void sg_inspect__files_release(sg_inspect_file *files, size_t n);

/* ---- the YAML writer's fields (inspect_yaml.c), for the renderers of each kind ---- */

typedef enum fkind { F_STR, F_TRUE, F_FALSE, F_LIST, F_MAP } fkind;

/* One key of a mapping entry being written. */
typedef struct field {
	const char *key;
	fkind kind;
	const char *str;	 /* F_STR */
	const char *const *list; /* F_LIST */
	size_t n;		 /* F_LIST items, F_MAP fields */
	const struct field *sub; /* F_MAP */
} field;

/* `key: value` on a line of its own, at `ind` spaces. */
void sg_inspect__block_field(sg_strbuf *sb, int ind, const field *f);
/* A list entry at `ind` spaces: `- { k: v, ... }` when it fits on a line (and not force_block), else one key per line.
 */
void sg_inspect__list_entry(sg_strbuf *sb, int ind, const field *f, size_t n, bool force_block);

/* inspect_domains.c: the schema's domains as a `domains:` list (nothing when none). */
void sg_inspect__render_domains(sg_strbuf *sb, const sg_schema *s);
/* inspect_functions.c: the schema's functions and procedures as a `functions:` list (nothing when none). */
void sg_inspect__render_functions(sg_strbuf *sb, const sg_schema *s);
/*
 * inspect_triggers.c: a table's or view's n triggers as a `triggers:` list whose key is at `ind` spaces (nothing
 * when none); out of memory leaves sb failed.
 */
void sg_inspect__render_triggers(sg_strbuf *sb, int ind, const sg_trigger *list, size_t n);
/* inspect_functions.c: the schema's views and materialized views as a `views:` list (nothing when none). */
void sg_inspect__render_views(sg_strbuf *sb, const sg_schema *s);

#endif
