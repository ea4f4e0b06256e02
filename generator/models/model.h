/*
 * Models: YAML -> schema graph.  In: every *.yaml file of a models directory
 * (docs/design.md §3), or sources held in memory.  Out: one sorted sg_schema,
 * validated before anything touches a database, and one-line diagnostics
 * "file:line:column: message".  docs/models.md describes the format.
 *
 * Each file goes through, one `tables` entry at a time so that a file's
 * document is never held whole:
 *   yaml_compose.c       libyaml parses and composes (syntax errors with line and column);
 *   doc_check.c          the document checked against the format's libcyaml schema (model_schema.c):
 *                        unknown keys, wrong value types, missing keys, all of them; then structs filled;
 *   model_convert.c      structs -> the shared schema graph (tables, columns, indexes, globals), with
 *   model_constraints.c  column shorthands made table-level constraints; SQL fragments parsed (model_sql.h);
 * then the schema as a whole:
 *   validate.c           duplicates, references and types across files;
 *   default_names.c      PostgreSQL's names for unnamed constraints and indexes (naming.h);
 *   diagnostics.c        the messages, sorted, with "did you mean" suggestions.
 * model.c holds the entry points below and the directory walk; model_int.h the shared internals.
 */
#ifndef SG_MODEL_H
#define SG_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "log.h"
#include "schema.h"
#include "schemagen/error.h"

typedef enum sg_model_severity { SG_MODEL_ERROR = 0, SG_MODEL_WARNING } sg_model_severity;

typedef struct sg_model_diag {
	sg_model_severity severity;
	char *file;	  /* as given (the directory joined with the file's relative path) */
	int line, column; /* 1-based; 0 when the problem is the file as a whole */
	char *text;	  /* "file:line:column: message" */
} sg_model_diag;

/* Diagnostics of one load, sorted by file, line and column.  Zero-initialise. */
typedef struct sg_model_diags {
	sg_model_diag *items;
	size_t count, cap;
	size_t nerrors, nwarnings;
} sg_model_diags;

/* Free the diagnostics and reset to empty.  Accepts NULL. */
void sg_model_diags_release(sg_model_diags *diags);
/* Print every diagnostic on `log`: errors at error level, warnings at warn level. */
void sg_model_diags_print(const sg_model_diags *diags, const sg_log *log);

/* One model file held in memory (tests, fuzzing): a display name and its bytes. */
typedef struct sg_model_source {
	const char *name;
	const char *text;
	size_t len;
} sg_model_source;

/*
 * Load the sources, in the order given, as one set of models.  Returns 0 and
 * a new sorted schema in *out (the caller frees it with sg_schema_free) when
 * there is no error; warnings may still be in `diags`.  Returns -1 with *out
 * NULL when any model is invalid (every problem found is in `diags`, err has
 * SG_ERR_INPUT and the first one) or memory ran out (SG_ERR_SYSTEM).
 * `diags` may be NULL.
 */
int sg_model_load_sources(sg_schema **out, const sg_model_source *sources, size_t n, sg_model_diags *diags,
			  sg_error *err);

/*
 * Load every *.yaml file under `dir` (subdirectories too, hidden entries
 * skipped), sorted by relative path.  Same contract as
 * sg_model_load_sources(); a missing directory or one without models is an
 * SG_ERR_INPUT error.
 */
int sg_model_load_dir(sg_schema **out, const char *dir, sg_model_diags *diags, sg_error *err);

/*
 * sg_model_load_dir() for callers that only want a verdict: on failure err
 * carries the first error and how many more there are; warnings are dropped.
 */
int sg_model_load(sg_schema **out, const char *dir, sg_error *err);

#endif
