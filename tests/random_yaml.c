/*
 * YAML models of the randomized diff suite's schemas (see random_model.h):
 * every name double-quoted, the shorthands (primary_key, references) and the
 * table-level lists both used, as a person would write them.
 */
#include "random_model.h"

#include <stdio.h>
#include <string.h>

/* ---- YAML ---- */

/* A YAML double-quoted scalar. */
void yq(sg_strbuf *sb, const char *text)
{
	sg_strbuf_addch(sb, '"');
	for (const char *p = text; *p; p++) {
		if (*p == '"' || *p == '\\')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '"');
}

static void yq_list(sg_strbuf *sb, const rname *names, int n)
{
	sg_strbuf_addch(sb, '[');
	for (int i = 0; i < n; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		yq(sb, names[i]);
	}
	sg_strbuf_addch(sb, ']');
}

void check_text(char *out, size_t len, const rcheck *k)
{
	char a[NAMELEN + 2], b[NAMELEN + 2];
	sql_ident(a, sizeof(a), k->a);
	sql_ident(b, sizeof(b), k->b);
	switch (k->kind) {
	case 0:
		snprintf(out, len, "%s > 0", a);
		break;
	case 1:
		snprintf(out, len, "%s <> 42", a);
		break;
	case 2:
		snprintf(out, len, "%s < %s", a, b);
		break;
	case 3:
		snprintf(out, len, "%s <> ''", a);
		break;
	case 4:
		snprintf(out, len, "length(%s) < 100", a);
		break;
	case 6: {
		char fn[NAMELEN + 2];
		sql_ident(fn, sizeof(fn), k->fn);
		snprintf(out, len, "%s((%s)::text)", fn, a);
		break;
	}
	case 8: { /* a predicate taking a's domain or enum (random_typerefs.c): true or NULL */
		char fn[NAMELEN + 2];
		sql_ident(fn, sizeof(fn), k->fn);
		snprintf(out, len, "%s(%s)", fn, a);
		break;
	}
	case 7: { /* true for every value (NULL too): the domain is nullable, its checks always hold */
		char d[NAMELEN + 2];
		sql_ident(d, sizeof(d), k->dom);
		snprintf(out, len,
			 k->dtxt ? "length(coalesce((%s)::text, '')::%s) >= 0"
				 : "length(coalesce((%s)::text, ''))::%s >= 0",
			 a, d);
		break;
	}
	default:
		snprintf(out, len, "%s LIKE 'x%%'", a);
		break;
	}
}

void generated_text(char *out, size_t len, const rcol *c)
{
	char a[NAMELEN + 2], b[NAMELEN + 2];
	sql_ident(a, sizeof(a), c->gsrc[0]);
	sql_ident(b, sizeof(b), c->gsrc[1]);
	if (c->gdom[0]) { /* the same value, cast to a domain (random_links.c) */
		char d[NAMELEN + 2];
		sql_ident(d, sizeof(d), c->gdom);
		snprintf(out, len, c->gen == G_LEN ? "length((%s)::text)::%s" : "((%s)::text)::%s", a, d);
		return;
	}
	switch (c->gen) {
	case G_LEN:
		snprintf(out, len, "length((%s)::text)", a);
		break;
	case G_CONCAT:
		snprintf(out, len, "(%s)::text || '-' || (%s)::text", a, b);
		break;
	default:
		snprintf(out, len, "(%s)::text", a);
		break;
	}
}

static void index_element(char *out, size_t len, const ridx *x)
{
	char a[NAMELEN + 2];
	sql_ident(a, sizeof(a), x->col);
	switch (x->kind) {
	case 1:
		snprintf(out, len, "%s DESC", a);
		break;
	case 2:
		snprintf(out, len, "lower(%s)", a);
		break;
	case 3:
		snprintf(out, len, "abs(%s)", a);
		break;
	case 4:
		snprintf(out, len, "%s DESC NULLS LAST", a);
		break;
	case 5: {
		char fn[NAMELEN + 2];
		sql_ident(fn, sizeof(fn), x->fn);
		snprintf(out, len, "%s((%s)::text)", fn, a);
		break;
	}
	case 6: {
		char d[NAMELEN + 2];
		sql_ident(d, sizeof(d), x->dom);
		snprintf(out, len,
			 x->dtxt ? "(coalesce((%s)::text, '')::%s)" : "(length(coalesce((%s)::text, ''))::%s)", a, d);
		break;
	}
	default:
		snprintf(out, len, "%s", a);
		break;
	}
}

static void write_fk_options(sg_strbuf *sb, const rfk *f)
{
	if (f->deferrable)
		sg_strbuf_addf(sb, ", deferrable: true, initially_deferred: %s",
			       f->initially_deferred ? "true" : "false");
	if (f->not_valid)
		sg_strbuf_adds(sb, ", not_valid: true");
	if (f->match_full)
		sg_strbuf_adds(sb, ", match: full");
}

static void write_column(sg_strbuf *sb, const rtable *t, const rcol *c)
{
	char text[256];
	sg_strbuf_adds(sb, "      - { name: ");
	yq(sb, c->name);
	sg_strbuf_adds(sb, ", type: ");
	yq(sb, c->spell);
	bool pk_short = t->pk_shorthand && strcmp(t->pk[0], c->name) == 0;
	if (!c->nullable && !c->identity && !c->serial && !pk_short)
		sg_strbuf_adds(sb, ", nullable: false");
	if (c->dflt[0]) {
		sg_strbuf_adds(sb, ", default: ");
		yq(sb, c->dflt);
	}
	if (c->identity &&
	    (c->id_map || c->id_start || c->id_inc || c->id_cache || c->id_max || c->id_min || c->id_cycle)) {
		sg_strbuf_addf(sb, ", identity: { generated: %s", c->identity == 1 ? "always" : "by_default");
		static const char *const keys[] = {"start", "increment", "min", "max", "cache"};
		const int vals[] = {c->id_start, c->id_inc, c->id_min, c->id_max, c->id_cache};
		for (int k = 0; k < 5; k++)
			if (vals[k])
				sg_strbuf_addf(sb, ", %s: %d", keys[k], vals[k]);
		if (c->id_cycle)
			sg_strbuf_adds(sb, ", cycle: true");
		sg_strbuf_adds(sb, " }");
	} else if (c->identity)
		sg_strbuf_adds(sb, c->identity == 1 ? ", identity: always" : ", identity: by_default");
	if (c->coll[0]) {
		sg_strbuf_adds(sb, ", collation: ");
		yq(sb, c->coll);
	}
	if (c->gen) {
		generated_text(text, sizeof(text), c);
		sg_strbuf_adds(sb, ", generated: ");
		yq(sb, text);
	}
	if (pk_short)
		sg_strbuf_adds(sb, ", primary_key: true");
	for (int k = 0; k < t->nfks; k++) {
		const rfk *f = &t->fks[k];
		if (!f->shorthand || strcmp(f->cols[0], c->name) != 0)
			continue;
		sg_strbuf_adds(sb, ", references: { table: ");
		yq(sb, f->ref_table);
		if (!f->omit_ref_cols) {
			sg_strbuf_adds(sb, ", column: ");
			yq(sb, f->ref_cols[0]);
		}
		sg_strbuf_addf(sb, ", on_delete: %s, on_update: %s", fk_actions[f->on_delete],
			       fk_actions[f->on_update]);
		write_fk_options(sb, f);
		sg_strbuf_adds(sb, " }");
		break;
	}
	if (c->renamed_from[0]) {
		sg_strbuf_adds(sb, ", renamed_from: ");
		yq(sb, c->renamed_from);
	}
	if (c->using_from && c->type >= 0) { /* the plain casts, written out as the model's conversions */
		char q[NAMELEN + 2];
		sql_ident(q, sizeof(q), c->name);
		if (c->conv)
			conv_text(text, sizeof(text), c->conv, q, c->using_from - 1, false);
		else
			snprintf(text, sizeof(text), "%s::%s", q, rtypes[c->type].canon);
		sg_strbuf_adds(sb, ", using: ");
		yq(sb, text);
		if (c->conv)
			conv_text(text, sizeof(text), c->conv, q, c->using_from - 1, true);
		else
			snprintf(text, sizeof(text), "%s::%s", q, rtypes[c->using_from - 1].canon);
		sg_strbuf_adds(sb, ", using_down: ");
		yq(sb, text);
	}
	if (c->comment)
		sg_strbuf_adds(sb, ", comment: \"it's a column\"");
	sg_strbuf_adds(sb, " }\n");
}

static void write_keys(sg_strbuf *sb, const rtable *t)
{
	char text[256];
	if (t->npk && !t->pk_shorthand) {
		sg_strbuf_adds(sb, "    primary_key: ");
		yq_list(sb, t->pk, t->npk);
		sg_strbuf_addch(sb, '\n');
	}
	if (t->nuniques) {
		sg_strbuf_adds(sb, "    unique:\n");
		for (int i = 0; i < t->nuniques; i++) {
			const rkey *k = &t->uniques[i];
			sg_strbuf_adds(sb, "      - { columns: ");
			yq_list(sb, k->cols, k->n);
			if (k->name[0]) {
				sg_strbuf_adds(sb, ", name: ");
				yq(sb, k->name);
			}
			if (k->deferrable)
				sg_strbuf_addf(sb, ", deferrable: true, initially_deferred: %s",
					       k->initially_deferred ? "true" : "false");
			sg_strbuf_adds(sb, " }\n");
		}
	}
	if (t->nchecks) {
		sg_strbuf_adds(sb, "    checks:\n");
		for (int i = 0; i < t->nchecks; i++) {
			check_text(text, sizeof(text), &t->checks[i]);
			sg_strbuf_adds(sb, "      - { expression: ");
			yq(sb, text);
			if (t->checks[i].not_valid)
				sg_strbuf_adds(sb, ", not_valid: true");
			if (t->checks[i].no_inherit)
				sg_strbuf_adds(sb, ", no_inherit: true");
			sg_strbuf_adds(sb, " }\n");
		}
	}
	bool any_fk = false;
	for (int i = 0; i < t->nfks; i++)
		any_fk |= !t->fks[i].shorthand;
	if (any_fk) {
		sg_strbuf_adds(sb, "    foreign_keys:\n");
		for (int i = 0; i < t->nfks; i++) {
			const rfk *f = &t->fks[i];
			if (f->shorthand)
				continue;
			sg_strbuf_adds(sb, "      - { columns: ");
			yq_list(sb, f->cols, f->n);
			sg_strbuf_adds(sb, ", references: { table: ");
			yq(sb, f->ref_table);
			if (!f->omit_ref_cols) {
				sg_strbuf_adds(sb, ", columns: ");
				yq_list(sb, f->ref_cols, f->n);
			}
			sg_strbuf_addf(sb, " }, on_delete: %s", fk_actions[f->on_delete]);
			if (f->on_update)
				sg_strbuf_addf(sb, ", on_update: %s", fk_actions[f->on_update]);
			write_fk_options(sb, f);
			sg_strbuf_adds(sb, " }\n");
		}
	}
}

static void write_indexes(sg_strbuf *sb, const rtable *t)
{
	char text[256];
	if (!t->nindexes)
		return;
	sg_strbuf_adds(sb, "    indexes:\n");
	for (int i = 0; i < t->nindexes; i++) {
		const ridx *x = &t->indexes[i];
		index_element(text, sizeof(text), x);
		sg_strbuf_adds(sb, "      - { columns: [");
		yq(sb, text);
		if (x->col2[0]) {
			char b[NAMELEN + 2];
			sql_ident(b, sizeof(b), x->col2);
			sg_strbuf_adds(sb, ", ");
			yq(sb, b);
		}
		sg_strbuf_adds(sb, "]");
		if (x->unique)
			sg_strbuf_adds(sb, ", unique: true");
		if (x->partial) {
			char a[NAMELEN + 2];
			sql_ident(a, sizeof(a), x->col);
			snprintf(text, sizeof(text), "%s IS NOT NULL", a);
			sg_strbuf_adds(sb, ", where: ");
			yq(sb, text);
		}
		sg_strbuf_adds(sb, " }\n");
	}
}

/* A check of domain `d` that holds for every value of its base type. */
static const char *domain_check(const rdomain *d)
{
	if (d->check == 1)
		return "VALUE = VALUE";
	return d->base == T_TEXT ? "length(VALUE) >= 0" : "VALUE + 0 = VALUE";
}

static void write_domains(sg_strbuf *sb, const rschema *s)
{
	sg_strbuf_adds(sb, "domains:\n");
	for (int i = 0; i < s->ndomains; i++) {
		const rdomain *d = &s->domains[i];
		sg_strbuf_adds(sb, "  - name: ");
		yq(sb, d->name);
		sg_strbuf_addf(sb, "\n    type: %s\n", rtypes[d->base].spell[0]);
		if (d->renamed_from[0]) {
			sg_strbuf_adds(sb, "    renamed_from: ");
			yq(sb, d->renamed_from);
			sg_strbuf_addch(sb, '\n');
		}
		if (d->notnull)
			sg_strbuf_adds(sb, "    nullable: false\n");
		char text[3 * NAMELEN + 64];
		if (d->dflt) {
			domain_default_text(text, sizeof(text), d);
			sg_strbuf_adds(sb, "    default: ");
			yq(sb, text);
			sg_strbuf_addch(sb, '\n');
		}
		if (d->comment)
			sg_strbuf_adds(sb, "    comment: a domain\n");
		if (d->check)
			sg_strbuf_addf(sb, "    checks:\n      - { expression: \"%s\" }\n", domain_check(d));
		domain_check_text(text, sizeof(text), d);
		if (text[0]) {
			sg_strbuf_adds(sb, d->check ? "      - { expression: " : "    checks:\n      - { expression: ");
			yq(sb, text);
			sg_strbuf_adds(sb, " }\n");
		}
	}
}

void write_yaml(sg_strbuf *sb, const rschema *s)
{
	if (s->ndomains)
		write_domains(sb, s);
	write_functions(sb, s);
	if (s->nenums) {
		sg_strbuf_adds(sb, "enums:\n");
		for (int i = 0; i < s->nenums; i++) {
			sg_strbuf_adds(sb, "  - name: ");
			yq(sb, s->enums[i].name);
			sg_strbuf_adds(sb, "\n    values: [");
			for (int v = 0; v < s->enums[i].nvalues; v++)
				sg_strbuf_addf(sb, "%s%s", v ? ", " : "", s->enums[i].values[v]);
			sg_strbuf_adds(sb, "]\n");
		}
	}
	if (s->nseqs)
		sg_strbuf_adds(sb, "sequences:\n");
	static const char *const seq_types[] = {"bigint", "integer", "smallint"};
	for (int i = 0; i < s->nseqs; i++) {
		const rseq *q = &s->seqs[i];
		sg_strbuf_adds(sb, "  - { name: ");
		yq(sb, q->name);
		sg_strbuf_addf(sb, ", type: %s, increment: %d, cache: %d", seq_types[q->type], q->increment, q->cache);
		if (q->start)
			sg_strbuf_addf(sb, ", start: %lld", q->start);
		if (q->max)
			sg_strbuf_addf(sb, ", max: %lld", q->max);
		if (q->cycle)
			sg_strbuf_adds(sb, ", cycle: true");
		if (q->comment)
			sg_strbuf_adds(sb, ", comment: \"the sequence's\"");
		if (q->renamed_from[0]) {
			sg_strbuf_adds(sb, ", renamed_from: ");
			yq(sb, q->renamed_from);
		}
		if (q->owner_table[0]) {
			char owner[2 * NAMELEN + 2];
			snprintf(owner, sizeof(owner), "%s.%s", q->owner_table, q->owner_col);
			sg_strbuf_adds(sb, ", owned_by: ");
			yq(sb, owner);
		}
		sg_strbuf_adds(sb, " }\n");
	}
	sg_strbuf_adds(sb, s->ntables ? "tables:\n" : "tables: []\n");
	for (int ti = 0; ti < s->ntables; ti++) {
		const rtable *t = &s->tables[ti];
		sg_strbuf_adds(sb, "  - name: ");
		yq(sb, t->name);
		sg_strbuf_addch(sb, '\n');
		if (t->renamed_from[0]) {
			sg_strbuf_adds(sb, "    renamed_from: ");
			yq(sb, t->renamed_from);
			sg_strbuf_addch(sb, '\n');
		}
		if (t->comment)
			sg_strbuf_adds(sb, "    comment: \"table comment's\"\n");
		sg_strbuf_adds(sb, t->ncols ? "    columns:\n" : "    columns: []\n");
		for (int i = 0; i < t->ncols; i++)
			write_column(sb, t, &t->cols[i]);
		write_keys(sb, t);
		write_indexes(sb, t);
		write_triggers(sb, t->trigs, t->ntrigs);
	}
	write_views(sb, s);
}
