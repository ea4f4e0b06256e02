/*
 * The sequences an SQL expression reads with nextval('name'), for the models'
 * checks (model_sequences.c) and for the scratch copy, which creates only the
 * new sequences its tables read.  Pure text; no parser, no I/O.
 */
#ifndef SG_MODEL_NEXTVAL_H
#define SG_MODEL_NEXTVAL_H

/*
 * Call `found` for every nextval('name') in `expr` with the sequence's schema
 * (NULL when unqualified) and name, read the way regclass reads the literal
 * (a bare name folded to lower case, a "quoted" one kept).  A scan of text the
 * parser already accepted: other string literals are skipped.  The strings
 * passed are valid during the call only.
 */
void sg_model_each_nextval(const char *expr, void (*found)(void *ctx, const char *schema, const char *name), void *ctx);

#endif
