/*
 * Whether a model object is already written exactly as the catalog prints
 * the live one: every type, default, expression and key in PostgreSQL's own
 * spelling.  Such a table needs no normalization on the server, because the
 * server's deparsed text is a fixpoint of parsing and deparsing again; this
 * is what lets the cost of `schemagen diff` follow what changed rather than
 * the size of the schema (docs/design.md §9).  A model that does not match
 * verbatim is simply normalized on the server, so a false "no" costs time,
 * never exactness.  Pure: no I/O.
 */
#ifndef SG_VERBATIM_H
#define SG_VERBATIM_H

#include <stdbool.h>

#include "schema.h"

/* Whether model table `model` equals catalog table `live` verbatim (names, columns, keys, indexes, comments). */
bool sg_verbatim_table(const sg_table *model, const sg_table *live);

/* Whether model enum `model` has exactly the values of catalog enum `live`, in order. */
bool sg_verbatim_enum(const sg_enum *model, const sg_enum *live);

/*
 * Whether model domain `model` has exactly the base type, nullability,
 * default, collation, comment and checks (names, text, validity) of catalog
 * domain `live`.
 */
bool sg_verbatim_domain(const sg_domain *model, const sg_domain *live);

/*
 * Whether model view `model` is plain and has the options, comment, column
 * names (when it gives them) and triggers (verbatim, as a table's) of plain
 * catalog view `live`, and a query that
 * parses to the same tree as the catalog's text (libpg_query, positions left
 * out): the text the server printed but for blanks, line breaks, comments
 * and the case of keywords and unquoted names.  What the query reads must
 * be unchanged too for the view to be the live one; the caller decides that
 * (normalize_views.c).
 */
bool sg_verbatim_view(const sg_view *model, const sg_view *live);

#endif
