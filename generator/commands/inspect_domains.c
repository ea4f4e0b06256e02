/*
 * sg_inspect, domains: the `domains:` list of the models, each domain's keys
 * on lines of their own and its checks as a list, a check's name left out
 * where the models' rule (model_domains.c) gives the same name back.
 */
#include "inspect_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "naming.h"
#include "strbuf.h"

/*
 * Which checks of domain `d` (in name order, as written) may leave their name
 * to the models' rule (model_domains.c: `<domain>_check`, then `check1`...,
 * skipping the names the domain's named checks and earlier defaults take):
 * each one whose name the rule gives back.  The choice is then replayed as
 * the loader would run it; when any name would differ, every name is written.
 */
static void domain_check_defaults(const sg_domain *d, bool *omit)
{
	char name[SG_NAMEDATALEN], label[24];
	for (size_t i = 0; i < d->nchecks; i++) {
		omit[i] = false;
		for (unsigned pass = 0;; pass++) {
			snprintf(label, sizeof(label), pass ? "check%u" : "check", pass);
			sg_naming_make_object_name(name, d->name, NULL, label);
			bool taken = false;
			for (size_t j = 0; j < d->nchecks && !taken; j++)
				taken = j != i && strcmp(d->checks[j].name, name) == 0;
			if (!taken)
				break;
		}
		omit[i] = strcmp(name, d->checks[i].name) == 0;
	}
	/* The replay: named checks are known from the start, defaults are chosen in order. */
	bool ok = true;
	for (size_t i = 0; i < d->nchecks && ok; i++) {
		if (!omit[i])
			continue;
		for (unsigned pass = 0;; pass++) {
			snprintf(label, sizeof(label), pass ? "check%u" : "check", pass);
			sg_naming_make_object_name(name, d->name, NULL, label);
			bool taken = false;
			for (size_t j = 0; j < d->nchecks && !taken; j++)
				taken = j != i && (!omit[j] || j < i) && strcmp(d->checks[j].name, name) == 0;
			if (!taken)
				break;
		}
		ok = strcmp(name, d->checks[i].name) == 0;
	}
	for (size_t i = 0; !ok && i < d->nchecks; i++)
		omit[i] = false;
}

static void render_domain(sg_strbuf *sb, const sg_domain *d)
{
	sg_inspect__list_entry(sb, 2, &(field){.key = "name", .kind = F_STR, .str = d->name}, 1, true);
	sg_inspect__block_field(sb, 4, &(field){.key = "type", .kind = F_STR, .str = d->type});
	if (!d->nullable)
		sg_strbuf_adds(sb, "    nullable: false\n");
	if (d->default_expr)
		sg_inspect__block_field(sb, 4,
					&(field){.key = "default",
						 .kind = F_STR,
						 .str = d->default_written ? d->default_written : d->default_expr});
	if (d->collation)
		sg_inspect__block_field(sb, 4, &(field){.key = "collation", .kind = F_STR, .str = d->collation});
	if (d->comment)
		sg_inspect__block_field(sb, 4, &(field){.key = "comment", .kind = F_STR, .str = d->comment});
	if (!d->nchecks)
		return;
	bool *omit = calloc(d->nchecks, sizeof(*omit));
	if (omit)
		domain_check_defaults(d, omit);
	sg_strbuf_adds(sb, "    checks:\n");
	for (size_t i = 0; i < d->nchecks; i++) {
		const sg_domain_check *k = &d->checks[i];
		field f[3];
		size_t n = 0;
		if (!omit || !omit[i])
			f[n++] = (field){.key = "name", .kind = F_STR, .str = k->name};
		f[n++] = (field){.key = "expression",
				 .kind = F_STR,
				 .str = k->expression_written ? k->expression_written : k->expression};
		if (k->not_valid)
			f[n++] = (field){.key = "not_valid", .kind = F_TRUE};
		sg_inspect__list_entry(sb, 6, f, n, false);
	}
	free(omit);
}

void sg_inspect__render_domains(sg_strbuf *sb, const sg_schema *s)
{
	if (!s->ndomains)
		return;
	sg_strbuf_adds(sb, "domains:\n");
	for (size_t i = 0; i < s->ndomains; i++)
		render_domain(sb, &s->domains[i]);
}
