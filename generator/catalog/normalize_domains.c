/*
 * sg_normalize, domains (normalize.h): which domains go through the scratch
 * schema, the order they are created in there, the desired domains assembled
 * from the scratch read-back or the live catalog, and the domains the models
 * drop while something desired still uses them.
 *
 * A domain created in the scratch schema shadows the live one of the same
 * name (the scratch schema is first in search_path).  A table with a column
 * of a domain that is new, renamed, of another base type or collation, or
 * based on a scratch enum or domain, is created there too: its expressions are typed by the domain's base type,
 * and left live its column would be of the live domain (the same rule as
 * enums).  A live domain whose base type and collation stay (only its
 * default, checks, NOT NULL or comment change) types the table's columns and
 * expressions as the scratch one would: such a table stays live, unless
 * it is dirty for another reason.  Only a scratch view that reads it would
 * see the difference (its column of the live domain prints qualified, the
 * live domain not being visible): normalize.c creates a copy of it for the
 * views (`shadowed`).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "domain_casts.h"
#include "normalize.h"
#include "verbatim.h"

long sg_normalize__domain_of_type(const sg_schema *model, const char *type)
{
	if (!model->ndomains)
		return -1;
	size_t n = strlen(type);
	while (n >= 2 && type[n - 1] == ']' && type[n - 2] == '[')
		n -= 2;
	while (n > 0 && type[n - 1] == ' ')
		n--;
	char name[SG_NAMEDATALEN];
	bool quoted = n >= 2 && type[0] == '"' && type[n - 1] == '"';
	size_t len = quoted ? n - 2 : n;
	if (len == 0 || len >= sizeof(name))
		return -1;
	for (size_t i = 0; i < len; i++)
		name[i] = quoted ? type[1 + i] : (char)tolower((unsigned char)type[i]);
	name[len] = '\0';
	const sg_domain *d = sg_schema_find_domain(model, name);
	return d ? (long)(d - model->domains) : -1;
}

/* Whether model domain `m` types columns as live domain `l` does: the same name, base type and collation. */
static bool same_typing(const sg_domain *m, const sg_domain *l)
{
	return l && !m->renamed_from && strcmp(m->type, l->type) == 0 && sg_str_eq(m->collation, l->collation);
}

size_t sg_normalize__scratch_domains(const sg_schema *model, const sg_schema *live, bool everything,
				     const bool *scratch_enum, bool *scratch, bool *dirty, size_t *ndirty,
				     bool *shadowed)
{
	size_t n = 0;
	for (size_t i = 0; i < model->ndomains; i++) {
		const sg_domain *m = &model->domains[i];
		const sg_domain *l = sg_schema_find_domain(live, m->name);
		scratch[i] = everything || !l || !sg_verbatim_domain(m, l);
		n += scratch[i];
	}
	/*
	 * A domain based on a scratch enum or domain goes there too: left live,
	 * it would be based on the live type, and a default of its columns would
	 * name that type as another schema's (`'x'::public.mood`).
	 */
	for (bool grew = true; grew;) {
		grew = false;
		for (size_t i = 0; i < model->ndomains; i++) {
			if (scratch[i])
				continue;
			const char *base = model->domains[i].type;
			long b = sg_normalize__domain_of_type(model, base);
			bool on_scratch = b >= 0 && scratch[b];
			for (size_t e = 0; e < model->nenums && !on_scratch; e++)
				on_scratch = scratch_enum[e] && sg_normalize__model_type_is(base, model->enums[e].name);
			if (on_scratch) {
				scratch[i] = grew = true;
				n++;
			}
		}
	}
	/*
	 * The scratch domains that type their columns otherwise than the live
	 * ones: new, renamed, of another base type or collation, or based on a
	 * scratch enum or domain.  Out of memory: all of them.
	 */
	bool *retyped = calloc(model->ndomains + 1, sizeof(bool));
	for (size_t i = 0; retyped && i < model->ndomains; i++) {
		const sg_domain *m = &model->domains[i];
		long b = sg_normalize__domain_of_type(model, m->type);
		bool on_scratch = b >= 0 && scratch[b];
		for (size_t e = 0; e < model->nenums && !on_scratch; e++)
			on_scratch = scratch_enum[e] && sg_normalize__model_type_is(m->type, model->enums[e].name);
		retyped[i] = scratch[i] && (on_scratch || !same_typing(m, sg_schema_find_domain(live, m->name)));
	}
	for (size_t i = 0; i < model->ntables && n; i++) {
		const sg_table *t = &model->tables[i];
		for (size_t k = 0; k < t->ncolumns && !dirty[i]; k++) {
			long d = sg_normalize__domain_of_type(model, t->columns[k].type);
			if (d < 0 || !scratch[d])
				continue;
			if (retyped && !retyped[d]) {
				shadowed[i] = true;
				continue;
			}
			dirty[i] = true;
			(*ndirty)++;
		}
		if (dirty[i])
			shadowed[i] = false;
	}
	free(retyped);
	return n;
}

/* The next domain of the models a domain's default and checks cast to, -1 at the end. */
static long next_cast(const sg_schema *model, sg_domain_casts *it)
{
	char name[2 * SG_NAMEDATALEN + 3];
	while (sg_domain_casts_next(it, name, sizeof(name))) {
		long j = sg_normalize__domain_of_type(model, name);
		if (j >= 0 && &model->domains[j] != it->d)
			return j;
	}
	return -1;
}

void sg_normalize__batch_domains(const sg_schema *model, const size_t *order, const bool *tables, bool *need)
{
	memset(need, 0, model->ndomains * sizeof(bool));
	for (size_t i = 0; i < model->ntables; i++) {
		if (!tables[i])
			continue;
		const sg_table *t = &model->tables[i];
		for (size_t k = 0; k < t->ncolumns; k++) {
			long d = sg_normalize__domain_of_type(model, t->columns[k].type);
			if (d >= 0)
				need[d] = true;
		}
	}
	/* Dependents before their bases: the reverse of the creation order. */
	for (size_t k = model->ndomains; k-- > 0;) {
		if (!need[order[k]])
			continue;
		long b = sg_normalize__domain_of_type(model, model->domains[order[k]].type);
		if (b >= 0)
			need[b] = true;
		sg_domain_casts it = {.d = &model->domains[order[k]]};
		for (long c; (c = next_cast(model, &it)) >= 0;)
			need[c] = true;
	}
}

/* Whether domain i's base and the domains its default and checks cast to are placed. */
static bool ready(const sg_schema *model, size_t i, const long *base, const bool *done)
{
	if (base[i] >= 0 && !done[base[i]])
		return false;
	sg_domain_casts it = {.d = &model->domains[i]};
	for (long c; (c = next_cast(model, &it)) >= 0;)
		if (!done[c])
			return false;
	return true;
}

void sg_normalize__domain_order(const sg_schema *model, size_t *order)
{
	size_t n = model->ndomains, placed = 0;
	bool *done = calloc(n + 1, sizeof(bool));
	long *base = calloc(n + 1, sizeof(long));
	if (!done || !base) {
		for (size_t i = 0; i < n; i++)
			order[i] = i;
		free(done);
		free(base);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		base[i] = sg_normalize__domain_of_type(model, model->domains[i].type);
		if (base[i] == (long)i)
			base[i] = -1;
	}
	/*
	 * Rounds: each places the domains whose base, and the domains their
	 * defaults and checks cast to, are placed or not domains of the models;
	 * a cycle as is.
	 */
	while (placed < n) {
		size_t before = placed;
		for (size_t i = 0; i < n; i++)
			if (!done[i] && ready(model, i, base, done)) {
				done[i] = true;
				order[placed++] = i;
			}
		for (size_t i = 0; placed == before && i < n; i++)
			if (!done[i]) {
				done[i] = true;
				order[placed++] = i;
			}
	}
	free(done);
	free(base);
}

static bool same_text(const char *written, const char *live)
{
	return written && live && strcmp(written, live) == 0;
}

/*
 * What only the model knows, onto desired domain `out`; `live` is the live
 * domain of the same name, whose text stands for the model's where the model
 * writes it exactly (the server's deparse is not always a fixpoint).
 */
static void overlay(sg_domain *out, const sg_domain *m, const sg_domain *live)
{
	out->renamed_from = m->renamed_from;
	out->pos = m->pos;
	if (live && (m->renamed_from || strcmp(live->type, out->type) != 0))
		live = NULL;
	if (m->default_expr && out->default_expr) {
		out->default_written = m->default_expr;
		if (live && same_text(m->default_expr, live->default_expr))
			out->default_expr = live->default_expr;
	}
	for (size_t i = 0; i < out->nchecks; i++) {
		sg_domain_check *o = &out->checks[i];
		const sg_domain_check *mc = sg_domain_find_check(m, o->name);
		if (!mc)
			continue;
		o->name_is_default = mc->name_is_default;
		o->pos = mc->pos;
		o->not_valid = mc->not_valid;
		o->expression_written = mc->expression;
		const sg_domain_check *lc = live ? sg_domain_find_check(live, o->name) : NULL;
		if (lc && same_text(mc->expression, lc->expression))
			o->expression = lc->expression;
	}
}

int sg_normalize__assemble_domains(sg_schema *norm, const sg_schema *model, const sg_schema *live, const bool *scratch,
				   sg_error *err)
{
	sg_arena *a = norm->arena;
	sg_domain *out = sg_arena_array(a, model->ndomains, sizeof(sg_domain));
	if (!out)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	/* The scratch read-back, sorted by name (the catalog reader sorts). */
	sg_schema read = {.domains = norm->domains, .ndomains = norm->ndomains};
	for (size_t i = 0; i < model->ndomains; i++) {
		const sg_domain *m = &model->domains[i];
		const sg_domain *l = sg_schema_find_domain(live, m->name);
		const sg_domain *src = scratch[i] ? sg_schema_find_domain(&read, m->name) : l;
		if (!src)
			return sg_error_set(err, SG_ERR_DB, "domain '%s' did not read back from the scratch schema",
					    m->name);
		out[i] = *src;
		if (src->nchecks) {
			/* Its own copy: the overlay writes model facts onto the checks, and `src` may be live. */
			sg_domain_check *checks = sg_arena_array(a, src->nchecks, sizeof(*checks));
			if (!checks)
				return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
			memcpy(checks, src->checks, src->nchecks * sizeof(*checks));
			out[i].checks = checks;
		}
		overlay(&out[i], m, l);
	}
	norm->domains = out;
	norm->ndomains = model->ndomains;
	return 0;
}

/* Whether a live domain of this name is dropped by the models: not defined, not the old name of a rename. */
static bool dropped(const sg_schema *model, const char *name)
{
	if (sg_schema_find_domain(model, name))
		return false;
	for (size_t i = 0; i < model->ndomains; i++)
		if (model->domains[i].renamed_from && strcmp(model->domains[i].renamed_from, name) == 0)
			return false;
	return true;
}

int sg_normalize__check_dropped_domains(const sg_schema *norm, const sg_schema *model, const sg_schema *live,
					sg_error *err)
{
	for (size_t i = 0; i < live->ndomains; i++) {
		const char *name = live->domains[i].name;
		if (!dropped(model, name))
			continue;
		/* The catalog's type text (format_type) of the desired side: the domain's name, quoted as needed. */
		for (size_t t = 0; t < norm->ntables; t++) {
			const sg_table *tab = &norm->tables[t];
			for (size_t c = 0; c < tab->ncolumns; c++) {
				const sg_column *col = &tab->columns[c];
				if (!sg_normalize__model_type_is(col->type, name))
					continue;
				sg_pos p = col->pos.file ? col->pos : tab->pos;
				return sg_error_set(
				    err, SG_ERR_INPUT,
				    "%s:%d:%d: column '%s' of table '%s' is of domain '%s', which the "
				    "models drop; define the domain in the models or change the column's "
				    "type",
				    p.file ? p.file : "?", p.line, p.column, col->name, tab->name, name);
			}
		}
		for (size_t d = 0; d < norm->ndomains; d++) {
			const sg_domain *dom = &norm->domains[d];
			if (!sg_normalize__model_type_is(dom->type, name))
				continue;
			return sg_error_set(
			    err, SG_ERR_INPUT, "%s:%d:%d: domain '%s' is based on domain '%s', which the models drop",
			    dom->pos.file ? dom->pos.file : "?", dom->pos.line, dom->pos.column, dom->name, name);
		}
	}
	return 0;
}
