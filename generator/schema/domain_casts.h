/*
 * The types a domain's default and checks cast to (`(7)::amount`,
 * `'x'::"Code"`, `::public.qty`): PostgreSQL resolves them when the domain
 * is created, so a domain of the models they name is created first, in the
 * scratch schema and in a plan alike.  Pure text; no I/O.
 */
#ifndef SG_DOMAIN_CASTS_H
#define SG_DOMAIN_CASTS_H

#include <stdbool.h>
#include <stddef.h>

#include "schema.h"

/* An iterator: `{ .d = domain }`, then sg_domain_casts_next until false. */
typedef struct sg_domain_casts {
	const sg_domain *d;
	size_t text;   /* 0: the default, k: check k - 1 */
	const char *p; /* where the search goes on in the current text, NULL between texts */
} sg_domain_casts;

/*
 * The next type name cast to, as written (quotes kept; of a qualified name
 * its last part), into out (len bytes); false at the end.  Names that do
 * not fit are skipped.  Text in string literals is read too: at worst a
 * domain is created earlier than it needs.
 */
bool sg_domain_casts_next(sg_domain_casts *it, char *out, size_t len);

#endif
