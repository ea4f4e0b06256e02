/*
 * sg_fixpoint_domains: texts that rebuild the catalog's text of domains'
 * defaults and checks (fixpoint.h), the same two rounds as the tables'
 * (fixpoint.c): every selected domain created again in a scratch schema from
 * the catalog's texts (it shadows the live one there), read back and
 * compared; then, for what differed, the rewritten texts
 * (sg_fixpoint_candidate).  Each CREATE DOMAIN runs in its own
 * subtransaction, so one the server rejects costs that domain only.  All
 * selected domains go in one transaction per round: a domain takes no
 * relation lock.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "ddl.h"
#include "fixpoint.h"
#include "normalize.h"
#include "strbuf.h"

typedef enum state { TRY_CATALOG = 0, TRY_CANDIDATE, PROVEN, UNRESOLVED } state;

/* One expression of a domain: its default (check == SIZE_MAX) or check `check`. */
typedef struct ditem {
	size_t domain, check;
	const char *catalog, *current;
	state st;
	bool typed_tried; /* the typed candidate (sg_fixpoint_typed_candidate) was the last tried */
} ditem;

typedef struct dfixer {
	sg_schema *s;
	ditem *items;
	size_t n;
	sg_fixpoint_report *rep;
} dfixer;

static bool pending(const dfixer *f, size_t d)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->items[i].domain == d && (f->items[i].st == TRY_CATALOG || f->items[i].st == TRY_CANDIDATE))
			return true;
	return false;
}

/* CREATE DOMAIN of domain d with the texts being tried (no comment: it is not an expression). */
static int domain_script(dfixer *f, sg_strbuf *sql, size_t d)
{
	const sg_domain *dom = &f->s->domains[d];
	sg_domain copy = *dom;
	sg_domain_check *checks = calloc(dom->nchecks + 1, sizeof(*checks));
	if (!checks)
		return -1;
	for (size_t k = 0; k < dom->nchecks; k++) {
		checks[k] = dom->checks[k];
		checks[k].expression_written = NULL;
		checks[k].not_valid = false;
	}
	copy.checks = checks;
	copy.default_written = NULL;
	copy.comment = NULL;
	for (size_t i = 0; i < f->n; i++) {
		const ditem *it = &f->items[i];
		if (it->domain != d)
			continue;
		if (it->check == SIZE_MAX)
			copy.default_written = it->current;
		else
			checks[it->check].expression_written = it->current;
	}
	sg_strbuf one = SG_STRBUF_INIT;
	sg_ddl_create_domain(&one, NULL, &copy);
	sg_fixpoint__add_guarded(sql, one.data);
	int rc = sg_strbuf_failed(&one) ? -1 : 0;
	sg_strbuf_release(&one);
	free(checks);
	return rc;
}

static int note(dfixer *f, const ditem *it)
{
	const sg_domain *d = &f->s->domains[it->domain];
	char **p = realloc(f->rep->unresolved, (f->rep->nunresolved + 1) * sizeof(*p));
	if (!p)
		return -1;
	f->rep->unresolved = p;
	const char *name = it->check == SIZE_MAX ? "" : d->checks[it->check].name;
	size_t len = strlen(d->name) + strlen(name) + strlen(it->catalog) + 128;
	char *line = malloc(len);
	if (!line)
		return -1;
	if (it->check == SIZE_MAX)
		snprintf(line, len, "default of domain '%s': no text found that reads back as the catalog's '%s'",
			 d->name, it->catalog);
	else
		snprintf(line, len, "check '%s' of domain '%s': no text found that reads back as the catalog's '%s'",
			 name, d->name, it->catalog);
	p[f->rep->nunresolved++] = line;
	return 0;
}

static int judge(dfixer *f, const sg_schema *back)
{
	for (size_t i = 0; i < f->n; i++) {
		ditem *it = &f->items[i];
		if (it->st != TRY_CATALOG && it->st != TRY_CANDIDATE)
			continue;
		const sg_domain *d = &f->s->domains[it->domain];
		const sg_domain *bd = back ? sg_schema_find_domain(back, d->name) : NULL;
		const char *got = NULL;
		if (bd && it->check == SIZE_MAX) {
			got = bd->default_expr;
		} else if (bd) {
			const sg_domain_check *k = sg_domain_find_check(bd, d->checks[it->check].name);
			got = k ? k->expression : NULL;
		}
		f->rep->checked += it->st == TRY_CATALOG;
		if (got && strcmp(got, it->catalog) == 0) {
			it->st = PROVEN;
			continue;
		}
		/* The candidates in turn: the rewrite, then the typed rewrite when it is another text. */
		char *cand = it->st == TRY_CATALOG ? sg_fixpoint_candidate(it->catalog, false) : NULL;
		int next = sg_fixpoint__next_text(f->s->arena, &it->current, &it->typed_tried, cand,
						  sg_fixpoint_typed_candidate, it->catalog, false);
		if (next < 0)
			return -1;
		if (next) {
			it->st = TRY_CANDIDATE;
		} else {
			/* Its domain created from the catalog's text, not to fail the domain's other texts. */
			it->current = it->catalog;
			it->st = UNRESOLVED;
			if (note(f, it) != 0)
				return -1;
		}
	}
	return 0;
}

static int run_round(dfixer *f, PGconn *conn, sg_error *err)
{
	sg_strbuf sql = SG_STRBUF_INIT;
	/* A domain after the one it is based on: created before its base's copy, it would be based on the live one,
	 * which the copy then shadows (a default `(1)::dint` read back `(1)::public.dint`). */
	size_t *order = calloc(f->s->ndomains + 1, sizeof(*order));
	int rc = order ? 0 : -1;
	if (order)
		sg_normalize__domain_order(f->s, order);
	for (size_t k = 0; rc == 0 && k < f->s->ndomains; k++)
		if (pending(f, order[k]))
			rc = domain_script(f, &sql, order[k]);
	free(order);
	if (rc != 0 || sg_strbuf_failed(&sql)) {
		sg_strbuf_release(&sql);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	if (!sql.len) {
		sg_strbuf_release(&sql);
		return 0;
	}
	sg_schema *back = NULL;
	rc = sg_fixpoint__scratch_round(conn, f->s->name, sql.data, "the domains that check expressions", f->rep, &back,
					NULL, NULL, err);
	if (rc == 0 && judge(f, back) != 0)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	sg_schema_free(back);
	sg_strbuf_release(&sql);
	return rc;
}

int sg_fixpoint_domains(sg_schema *schema, const bool *select, PGconn *conn, sg_fixpoint_report *report, sg_error *err)
{
	dfixer f = {.s = schema, .rep = report};
	size_t cap = 0;
	for (size_t d = 0; d < schema->ndomains; d++) {
		if (select && !select[d])
			continue;
		const sg_domain *dom = &schema->domains[d];
		for (size_t k = 0; k <= dom->nchecks; k++) {
			const char *text = k == 0 ? dom->default_expr : dom->checks[k - 1].expression;
			if (!text)
				continue;
			if (f.n == cap) {
				size_t ncap = cap ? cap * 2 : 64;
				ditem *p = realloc(f.items, ncap * sizeof(*p));
				if (!p) {
					free(f.items);
					return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
				}
				f.items = p;
				cap = ncap;
			}
			f.items[f.n++] = (ditem){.domain = d,
						 .check = k == 0 ? SIZE_MAX : k - 1,
						 .catalog = text,
						 .current = text,
						 .st = TRY_CATALOG};
		}
	}
	int rc = 0;
	/* The catalog's texts, the rewrite, the typed rewrite: three rounds at most (none when nothing is pending). */
	for (int round = 0; rc == 0 && f.n && round < 3; round++)
		rc = run_round(&f, conn, err);
	for (size_t i = 0; rc == 0 && i < f.n; i++)
		if (f.items[i].st == TRY_CATALOG || f.items[i].st == TRY_CANDIDATE) {
			f.items[i].st = UNRESOLVED;
			if (note(&f, &f.items[i]) != 0)
				rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		}
	for (size_t i = 0; rc == 0 && i < f.n; i++) {
		const ditem *it = &f.items[i];
		if (it->st != PROVEN || it->current == it->catalog)
			continue;
		report->rewritten++;
		sg_domain *d = &schema->domains[it->domain];
		if (it->check == SIZE_MAX)
			d->default_written = it->current;
		else
			d->checks[it->check].expression_written = it->current;
	}
	free(f.items);
	return rc;
}
