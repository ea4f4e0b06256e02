/*
 * sg_inspect: a schema graph read from the catalog (catalog.h) written back
 * as YAML models (docs/design.md §3) the way a person would write them, for
 * `schemagen inspect`.  Pure: no I/O, no database.
 *
 * What "the way a person would write them" means here:
 *  - single-column keys use the column shorthands (`primary_key: true`,
 *    `unique: true`, `references: {...}`), composite ones the table lists;
 *  - names are left out whenever the models loader would choose exactly the
 *    name the database has (PostgreSQL's default names, naming.h).  This is
 *    not guessed: the YAML is loaded back with the models loader
 *    (sg_model_load_sources) and every object whose name came out different
 *    is named explicitly, until the loader reproduces every name;
 *  - serial columns (integer types whose default is nextval() of their own
 *    sequence with PostgreSQL's name for it) are written `serial`/`bigserial`
 *    /`smallserial`; `nullable: false` is left out where it is implied
 *    (primary key, identity and serial columns); `method: btree` is left out;
 *  - everything else is the catalog's own text (types, defaults, checks,
 *    index elements and predicates), so the tables it writes match the
 *    database verbatim (verbatim.h) and `schemagen diff` finds nothing;
 *    except where that text, executed, would read back differently: then
 *    the text sg_fixpoint_schema() (fixpoint.h) proved and stored in the
 *    `*_written` fields of `schema` is written instead.
 *
 * Objects the models do not manage (sg_schema.unmanaged) are listed as
 * comments at the top, and so is what the models cannot express (a NOT VALID
 * or NO INHERIT constraint, MATCH PARTIAL, a deferrable primary key, index
 * storage parameters, a unique constraint that repeats another key): those
 * are the notes.  docs/inspect.md says which of them `schemagen diff` reports
 * (NOT VALID and storage parameters it does not compare).
 */
#ifndef SG_INSPECT_H
#define SG_INSPECT_H

#include <stdbool.h>
#include <stddef.h>

#include "schema.h"
#include "schemagen/error.h"
#include "strbuf.h"

typedef struct sg_inspect_options {
	bool split;	    /* one file per table (TABLE.yaml) plus _schema.yaml; else one schema.yaml */
	const char *origin; /* shown in the header comment ("database app, schema public"); may be NULL */
	/* Expressions no text was found for that rebuilds the catalog's (fixpoint.h), as notes; may be NULL */
	char *const *expression_notes;
	size_t nexpression_notes;
} sg_inspect_options;

/* One file to write: a relative name and its text.  Owned by the result. */
typedef struct sg_inspect_file {
	char *name;
	char *text;
	size_t len;
} sg_inspect_file;

typedef struct sg_inspect_result {
	sg_inspect_file *files; /* in strcmp order of name, the order the models loader reads them */
	size_t nfiles;
	char **notes; /* what the models cannot express, one line each, also in the header */
	size_t nnotes;
	size_t nnamed;	 /* constraints and indexes written with an explicit name */
	size_t ndefault; /* constraints and indexes left unnamed (PostgreSQL's default names) */
	unsigned passes; /* times the models were loaded back to check the names */
} sg_inspect_result;

/*
 * Write `schema` (from sg_catalog_load, sorted) as models.  On success
 * returns 0 and fills *out (release it with sg_inspect_result_release).
 * Returns -1 with err set when memory runs out (SG_ERR_SYSTEM) or when the
 * models written do not load back (SG_ERR_INPUT, with the loader's first
 * message: something in the database the models cannot hold).
 */
int sg_inspect_models(sg_inspect_result *out, const sg_schema *schema, const sg_inspect_options *opts, sg_error *err);

/* Free everything the result holds and zero it.  Accepts NULL. */
void sg_inspect_result_release(sg_inspect_result *r);

/*
 * Append `s` as a YAML scalar that reads back as exactly `s` (as a string):
 * plain when that is unambiguous, else quoted ("..." or '...'; escapes for
 * control and line-break characters).  `flow` is true inside [ ] and { },
 * where `,[]{}:` also need quotes.
 */
void sg_inspect_yaml_scalar(sg_strbuf *sb, const char *s, bool flow);

#endif
