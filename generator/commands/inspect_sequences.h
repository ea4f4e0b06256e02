/*
 * sg_inspect's sequences (inspect_sequences.c): what the YAML writer
 * (inspect_yaml.c) calls for the `sequences:` list and for defaults that
 * read a sequence.
 */
#ifndef SG_INSPECT_SEQUENCES_H
#define SG_INSPECT_SEQUENCES_H

#include "arena.h"
#include "inspect.h"
#include "schema.h"
#include "strbuf.h"

/* Append the `sequences:` list of `seqs` (nothing when there are none), one flow mapping per sequence. */
void sg_inspect__render_sequences(sg_strbuf *sb, const sg_sequence *seqs, size_t n);

/*
 * `identity: always` of identity column `c`, or `identity: { generated:
 * by_default, start: 100 }` with the options of its sequence that are not
 * PostgreSQL's defaults; a line of the column's block at its indentation.
 */
void sg_inspect__render_identity(sg_strbuf *sb, const sg_column *c);

/*
 * `nextval('s')` for a default that is exactly `nextval('s'::regclass)`
 * (a copy in `arena`), else `expr` itself.
 */
const char *sg_inspect__default_text(sg_arena *arena, const char *expr);

#endif
