/*
 * sg_diff, domains dropped and created again (docs/diff.md, "Domains"), with
 * the domains based on them.
 *
 * PostgreSQL cannot change a domain's base type or collation, and refuses
 * DROP DOMAIN while a column or another domain uses it.  So a re-create
 * takes along every current domain based on the re-created one (directly or
 * through others): their columns go to the base type at the bottom of the
 * chain (binary), the domains are dropped (those based on others first),
 * created as desired (bases first), and their columns taken back
 * (`USING col::domain`).  The down does the same from the desired side back.
 * A domain taken along that the models drop is only dropped; while a column
 * still uses it the plan is refused (the column's change would run after
 * the drop).
 *
 * A domain based on an enum the plan re-creates (values removed or
 * reordered, diff_enum.c) keeps the old enum from being dropped: its
 * columns go to text before the enum is renamed away, the domains are
 * dropped, and once the new enum exists they are created again and their
 * columns taken back, inside the enum's own re-create.
 */
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "hazard.h"

/* The base type at the bottom of `d`'s chain of domains in `s` (with `[]` for each array on the way), into `out`. */
static void root_type(const sg_schema *s, const sg_domain *d, sg_strbuf *out)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	size_t arrays = 0;
	for (int depth = 0; depth < 64; depth++) {
		long j = sg_diff__domain_of_type(s, d->type, &tmp);
		if (j < 0 || &s->domains[j] == d)
			break;
		size_t n = strlen(d->type);
		if (n >= 2 && strcmp(d->type + n - 2, "[]") == 0)
			arrays++;
		d = &s->domains[j];
	}
	sg_strbuf_reset(out);
	sg_strbuf_adds(out, d->type);
	while (arrays--)
		sg_strbuf_adds(out, "[]");
	sg_strbuf_release(&tmp);
}

/* The desired domain current domain `i` continues, or NULL when the models drop it. */
static const sg_domain *want_of(const diff_ctx *ctx, size_t i)
{
	for (size_t k = 0; k < ctx->want->ndomains; k++) {
		bool renamed;
		if (sg_diff__domain_match(ctx, &ctx->want->domains[k], &renamed) == &ctx->cur->domains[i])
			return &ctx->want->domains[k];
	}
	return NULL;
}

static void refuse(diff_ctx *ctx, const char *domain, const char *table, const char *column, const char *why)
{
	if (ctx->plan->refused)
		return;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb,
		       "domain '%s' is dropped while column '%s.%s' still uses it and %s: change the column in a "
		       "migration of its own first",
		       domain, table, column, why);
	ctx->plan->refused = sg_arena_strdup(ctx->plan->arena, sb.data);
	if (!ctx->plan->refused || sg_strbuf_failed(&sb))
		ctx->plan->failed = true;
	sg_strbuf_release(&sb);
}

/*
 * A current column of dropped domain `d` that is still there when the
 * re-create runs: any (`all`: the domains' re-create runs before every
 * change of a column), or one the plan keeps (the enum's re-create runs
 * after the dropped columns and tables are gone).  Refuses the plan then.
 */
static void refuse_if_used(diff_ctx *ctx, const sg_domain *d, bool all, const char *why)
{
	sg_strbuf q = SG_STRBUF_INIT;
	sg_diff__domain_qname(&q, d->name);
	for (size_t t = 0; t < ctx->cur->ntables && !ctx->plan->refused; t++) {
		const sg_table *ct = &ctx->cur->tables[t];
		const sg_colmap *m = ctx->cur_match[t] ? &ctx->maps[t] : NULL;
		for (size_t k = 0; k < ct->ncolumns; k++) {
			if (!sg_diff__type_is_domain(ct->columns[k].type, q.data))
				continue;
			if (all || (m && m->cur_to_want[k] && !sg_diff__column_recreated(m, k))) {
				refuse(ctx, d->name, ct->name, ct->columns[k].name, why);
				break;
			}
		}
	}
	sg_strbuf_release(&q);
}

/*
 * The re-created enum `type` (format_type's text, maybe `[]`) is, or NULL: by
 * its name, or, renamed in the same plan, by the old name the current
 * domains' base types still print.
 */
static const sg_enum *recreated_enum(const diff_ctx *ctx, const char *type)
{
	sg_strbuf q = SG_STRBUF_INIT;
	const sg_enum *found = NULL;
	for (size_t i = 0; i < ctx->nrecreated && !found; i++) {
		sg_strbuf_reset(&q);
		sg_quote_ident(&q, ctx->recreated[i]->name);
		if (sg_diff__type_is_domain(type, q.data))
			found = ctx->recreated[i];
		if (found || ctx->recreated_from[i] == ctx->recreated[i])
			continue;
		sg_strbuf_reset(&q);
		sg_quote_ident(&q, ctx->recreated_from[i]->name);
		if (sg_diff__type_is_domain(type, q.data))
			found = ctx->recreated[i];
	}
	sg_strbuf_release(&q);
	return found;
}

/*
 * Marks in `mark` (by index in `s`) each domain of `s` a value of `type`
 * holds inside an array: the element domain of `type` when it is an array,
 * and below an array every domain the chain goes through (a domain based on
 * `d[]`, or an array of a domain based on `d`).
 */
static void mark_in_arrays(const sg_schema *s, const char *type, bool *mark, sg_strbuf *tmp)
{
	size_t n = strlen(type);
	bool array = n >= 2 && strcmp(type + n - 2, "[]") == 0;
	long j = sg_diff__domain_of_type(s, type, tmp);
	for (int depth = 0; j >= 0 && depth < 64; depth++) {
		if (array)
			mark[j] = true;
		const char *base = s->domains[j].type;
		n = strlen(base);
		array = array || (n >= 2 && strcmp(base + n - 2, "[]") == 0);
		long up = sg_diff__domain_of_type(s, base, tmp);
		j = up == j ? -1 : up;
	}
}

/*
 * Whether `d` has a valid check that `other` lacks: none of `other`'s checks
 * has its expression (whatever its name: a renamed check stays in place), or
 * with `other_valid`, only NOT VALID ones (the plan would validate it).
 */
static bool check_missing(const sg_domain *d, const sg_domain *other, bool other_valid)
{
	for (size_t i = 0; i < d->nchecks; i++) {
		const sg_domain_check *k = &d->checks[i];
		bool found = k->not_valid;
		for (size_t m = 0; m < other->nchecks && !found; m++)
			found = strcmp(other->checks[m].expression, k->expression) == 0 &&
				!(other_valid && other->checks[m].not_valid);
		if (!found)
			return true;
	}
	return false;
}

/*
 * Per current domain, whether the plan must re-create it because a column
 * holds it inside an array (now, or as the models want it) while its
 * checks or its NOT NULL change in a way that validates values, one way or
 * the other: PostgreSQL cannot check values inside arrays in place, and
 * ALTER DOMAIN ADD CONSTRAINT (unless NOT VALID), VALIDATE CONSTRAINT and
 * SET NOT NULL fail with "cannot alter type ... because column ... uses it"
 * (typecmds.c, get_rels_with_domain), even on an empty table.  A re-create
 * converts those columns to the base type and back, which checks every
 * value.  Fills `out` (calloc'd by the caller); false when out of memory.
 */
static bool validated_in_arrays(const diff_ctx *ctx, const sg_domain **want, bool *out)
{
	const sg_schema *cur = ctx->cur, *des = ctx->want;
	bool *wmark = calloc(des->ndomains + 1, sizeof(*wmark));
	if (!wmark)
		return false;
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t t = 0; t < cur->ntables; t++)
		for (size_t k = 0; k < cur->tables[t].ncolumns; k++)
			mark_in_arrays(cur, cur->tables[t].columns[k].type, out, &tmp);
	for (size_t t = 0; t < des->ntables; t++)
		for (size_t k = 0; k < des->tables[t].ncolumns; k++)
			mark_in_arrays(des, des->tables[t].columns[k].type, wmark, &tmp);
	for (size_t i = 0; i < cur->ndomains; i++) {
		const sg_domain *c = &cur->domains[i], *w = want[i];
		if (!w) {
			out[i] = false;
			continue;
		}
		out[i] = out[i] || wmark[w - des->domains];
		/* The up adds or validates w's checks; the down adds back the checks of c it drops. */
		out[i] =
		    out[i] && (c->nullable != w->nullable || check_missing(w, c, true) || check_missing(c, w, false));
	}
	sg_strbuf_release(&tmp);
	free(wmark);
	return true;
}

void sg_diff__find_recreated_domains(diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur;
	size_t n = cur->ndomains;
	if (!n) {
		sg_diff__find_domain_functions(ctx); /* those of a re-created enum */
		return;
	}
	ctx->domain_group = malloc(n * sizeof(*ctx->domain_group));
	ctx->domain_enum = calloc(n, sizeof(*ctx->domain_enum));
	const sg_domain **want = calloc(n, sizeof(*want));
	bool *own = calloc(n, sizeof(*own));
	bool *arrays = calloc(n, sizeof(*arrays));
	for (size_t i = 0; want && i < n; i++)
		want[i] = want_of(ctx, i);
	if (!ctx->domain_group || !ctx->domain_enum || !want || !own || !arrays ||
	    !validated_in_arrays(ctx, want, arrays)) {
		ctx->plan->failed = true;
		free(want);
		free(own);
		free(arrays);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		const sg_domain *c = &cur->domains[i];
		/* A base renamed by the plan is the same base (sg_diff__same_type). */
		own[i] = want[i] && (!sg_diff__same_type(ctx, c->type, want[i]->type) ||
				     !sg_str_eq(c->collation, want[i]->collation) || arrays[i]);
	}
	free(arrays);
	sg_strbuf tmp = SG_STRBUF_INIT, root = SG_STRBUF_INIT;
	for (size_t i = 0; i < n; i++) {
		/* Up the chain: the re-created domain nearest its bottom takes this one along. */
		long group = -1, j = (long)i;
		const sg_domain *last = &cur->domains[i];
		for (int depth = 0; j >= 0 && depth < 64; depth++) {
			if (own[j])
				group = j;
			last = &cur->domains[j];
			long up = sg_diff__domain_of_type(cur, last->type, &tmp);
			j = up == j ? -1 : up;
		}
		ctx->domain_group[i] = group;
		if (group < 0)
			ctx->domain_enum[i] = recreated_enum(ctx, last->type);
		ctx->ndomains_redone += group >= 0 || ctx->domain_enum[i];
	}
	for (size_t i = 0; i < n && !ctx->plan->refused; i++) {
		const sg_domain *c = &cur->domains[i];
		if (want[i] || (ctx->domain_group[i] < 0 && !ctx->domain_enum[i]))
			continue;
		sg_strbuf_reset(&root);
		if (ctx->domain_group[i] >= 0)
			sg_strbuf_addf(&root, "domain '%s', its base, is re-created",
				       cur->domains[ctx->domain_group[i]].name);
		else
			sg_strbuf_addf(&root, "enum '%s', its base, is re-created", ctx->domain_enum[i]->name);
		refuse_if_used(ctx, c, ctx->domain_group[i] >= 0, root.data);
	}
	sg_strbuf_release(&tmp);
	sg_strbuf_release(&root);
	free(want);
	free(own);
	sg_diff__find_domain_functions(ctx);
}

bool sg_diff__names_type(const char *text, const char *qname)
{
	size_t n = strlen(qname);
	for (const char *p = text ? strstr(text, qname) : NULL; p; p = strstr(p + 1, qname)) {
		char before = p == text ? ' ' : p[-1], after = p[n];
		bool ident_before = before == '_' || before == '$' || before == '"' || before == '.' ||
				    (before >= 'a' && before <= 'z') || (before >= '0' && before <= '9');
		bool ident_after = after == '_' || after == '$' || (after >= 'a' && after <= 'z') ||
				   (after >= '0' && after <= '9') || (qname[0] != '"' && after == '"');
		if (!ident_before && !ident_after)
			return true;
	}
	return false;
}

bool sg_diff__text_names_redone_domain(const diff_ctx *ctx, const char *text)
{
	/* Every view's text and column types, every default and check: 1,000 domains each, 0.1 s at 10,000 tables. */
	if (!ctx->ndomains_redone || !text)
		return false;
	sg_strbuf q = SG_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < ctx->cur->ndomains && !found; i++) {
		if (!sg_diff__domain_redone(ctx, i))
			continue;
		sg_diff__domain_qname(&q, ctx->cur->domains[i].name);
		found = sg_diff__names_type(text, q.data);
		/* A text read with the renames (a default: sg_diff__renamed_defaults) names it by its new name. */
		for (size_t k = 0; k < ctx->want->ndomains && !found; k++) {
			bool renamed = false;
			const sg_domain *w = &ctx->want->domains[k];
			if (sg_diff__domain_match(ctx, w, &renamed) != &ctx->cur->domains[i] || !renamed)
				continue;
			sg_diff__domain_qname(&q, w->name);
			found = sg_diff__names_type(text, q.data);
		}
	}
	sg_strbuf_release(&q);
	return found;
}

bool sg_diff__casts_to_redone_domain(const diff_ctx *ctx, const sg_constraint *con, const sg_index *idx)
{
	if (con)
		return con->kind == SG_CON_CHECK &&
		       sg_diff__text_names_redone_domain(ctx, con->definition ? con->definition : con->expression);
	return idx && !idx->constraint_backed && sg_diff__text_names_redone_domain(ctx, idx->definition);
}

bool sg_diff__text_names_gone_domain(const diff_ctx *ctx, const char *text)
{
	if (!text || !ctx->cur->ndomains)
		return false;
	if (sg_diff__text_names_redone_domain(ctx, text))
		return true;
	sg_strbuf q = SG_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < ctx->cur->ndomains && !found; i++) {
		const sg_domain *c = &ctx->cur->domains[i];
		bool kept = false, renamed;
		for (size_t k = 0; k < ctx->want->ndomains && !kept; k++)
			kept = sg_diff__domain_match(ctx, &ctx->want->domains[k], &renamed) == c;
		if (kept)
			continue;
		sg_diff__domain_qname(&q, c->name);
		found = sg_diff__names_type(text, q.data);
	}
	sg_strbuf_release(&q);
	return found;
}

bool sg_diff__domain_redone(const diff_ctx *ctx, size_t i)
{
	return ctx->domain_group && (ctx->domain_group[i] >= 0 || ctx->domain_enum[i]);
}

bool sg_diff__type_redone(const diff_ctx *ctx, const char *type)
{
	if (!ctx->domain_group)
		return false;
	sg_strbuf tmp = SG_STRBUF_INIT;
	long d = sg_diff__domain_of_type(ctx->cur, type, &tmp);
	sg_strbuf_release(&tmp);
	return d >= 0 && sg_diff__domain_redone(ctx, (size_t)d);
}

/* ---- a domain's re-create, with the domains based on it ------------------ */

bool sg_diff__domain_group_after_enum(const diff_ctx *ctx, size_t root)
{
	const sg_domain *w = want_of(ctx, root);
	if (!w || !ctx->domain_group || ctx->domain_group[root] != (long)root)
		return false;
	sg_strbuf base = SG_STRBUF_INIT;
	root_type(ctx->want, w, &base);
	bool after = false;
	for (size_t i = 0; i < ctx->nrecreated && !after; i++)
		after = sg_diff__type_reaches_enum(ctx, base.data, ctx->recreated[i]->name);
	sg_strbuf_release(&base);
	/* A domain of the group whose desired check or default casts to such an enum: created once it exists. */
	for (size_t i = 0; i < ctx->cur->ndomains && !after; i++) {
		const sg_domain *d = ctx->domain_group[i] == (long)root ? want_of(ctx, i) : NULL;
		after = d && sg_diff__text_names_recreated_enum(ctx, d->default_expr);
		for (size_t k = 0; d && k < d->nchecks && !after; k++)
			after = sg_diff__text_names_recreated_enum(ctx, d->checks[k].expression);
	}
	return after;
}

/*
 * `ALTER TABLE t ALTER COLUMN c TYPE type [USING c::type];` for every current
 * column of domain `qname` (the type as the catalog prints it now; arrays
 * keep their brackets), with the USING cast when `cast` is set: through text
 * (`c::text::type`) when `via_text` (PostgreSQL has no cast between two
 * enums).
 */
static void retype_columns(diff_ctx *ctx, sg_strbuf *sb, const char *qname, const char *type, bool cast, bool via_text)
{
	size_t len = strlen(qname);
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *t = &ctx->cur->tables[i];
		for (size_t k = 0; k < t->ncolumns; k++) {
			const sg_column *c = &t->columns[k];
			if (!sg_diff__type_is_domain(c->type, qname))
				continue;
			const char *array = c->type[len] ? "[]" : "";
			sg_diff__newline_if_any(sb);
			sg_diff__alter_column(ctx, sb, t->name, c->name);
			sg_strbuf_addf(sb, "TYPE %s%s", type, array);
			if (cast) {
				sg_strbuf_adds(sb, " USING ");
				sg_quote_ident(sb, c->name);
				if (via_text)
					sg_strbuf_addf(sb, "::text%s", array);
				sg_strbuf_addf(sb, "::%s%s", type, array);
			}
			sg_strbuf_addch(sb, ';');
		}
	}
}

/* The current columns of domain `qname`, "t.c, u.d", appended for hazard messages; counted in *n. */
static void list_columns(const diff_ctx *ctx, sg_strbuf *sb, const char *qname, size_t *n)
{
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *t = &ctx->cur->tables[i];
		for (size_t k = 0; k < t->ncolumns; k++)
			if (sg_diff__type_is_domain(t->columns[k].type, qname))
				sg_strbuf_addf(sb, "%s%s.%s", (*n)++ ? ", " : "", t->name, t->columns[k].name);
	}
}

/*
 * Current domain `root` re-created, with every domain it takes along.  It
 * runs after the domains' renames, so kept domains are named as desired
 * both ways; their current columns are found by the type the catalog
 * printed for them and named as they are now (before table and column
 * renames; the down after those are undone).
 */
void sg_diff__recreate_domains(diff_ctx *ctx, size_t root)
{
	const sg_schema *cur = ctx->cur, *want = ctx->want;
	size_t *co = sg_diff__domain_order(cur), *wo = sg_diff__domain_order(want);
	const sg_domain **wof = calloc(cur->ndomains, sizeof(*wof));
	if (!co || !wo || !wof) {
		ctx->plan->failed = true;
		free(co);
		free(wo);
		free(wof);
		return;
	}
	sg_strbuf q = SG_STRBUF_INIT, qw = SG_STRBUF_INIT, base = SG_STRBUF_INIT, cols = SG_STRBUF_INIT,
		  others = SG_STRBUF_INIT;
	size_t ncols = 0, nothers = 0;
	for (size_t i = 0; i < cur->ndomains; i++)
		if (ctx->domain_group[i] == (long)root)
			wof[i] = want_of(ctx, i);
	/*
	 * The current checks and default that cast to an enum the plan re-creates go before that re-create (its
	 * DROP TYPE of the old enum refuses while they hold it, and this one runs after it when the desired texts
	 * cast to it too): their downs add them back once the enum's down has run; this down creates the domains
	 * without them.  Their ops come first: each is finished before this one starts.
	 */
	for (size_t i = 0; i < cur->ndomains; i++) {
		const sg_domain *c = &cur->domains[i];
		if (ctx->domain_group[i] != (long)root)
			continue;
		for (size_t k = 0; k < c->nchecks; k++)
			if (sg_diff__text_names_recreated_enum(ctx, c->checks[k].expression))
				sg_diff__drop_domain_check_early(ctx, c, &c->checks[k]);
		if (sg_diff__text_names_recreated_enum(ctx, c->default_expr))
			sg_diff__drop_domain_default_early(ctx, c);
	}
	/* Up: every column to the bottom of its chain, the domains dropped (those based on others first). */
	for (size_t k = 0; k < cur->ndomains; k++) {
		const sg_domain *c = &cur->domains[co[k]];
		if (ctx->domain_group[co[k]] != (long)root)
			continue;
		sg_diff__domain_qname(&q, c->name);
		root_type(cur, c, &base);
		retype_columns(ctx, &ctx->up, q.data, base.data, false, false);
		list_columns(ctx, &cols, q.data, &ncols);
		if (co[k] != root)
			sg_strbuf_addf(&others, "%s%s", nothers++ ? ", " : "", wof[co[k]] ? wof[co[k]]->name : c->name);
	}
	for (size_t k = cur->ndomains; k-- > 0;)
		if (ctx->domain_group[co[k]] == (long)root)
			sg_diff__drop_domain_sql(ctx, &ctx->up,
						 wof[co[k]] ? wof[co[k]]->name : cur->domains[co[k]].name);
	/* ... created as desired (bases first), the columns taken back; the down from the desired side. */
	for (size_t k = 0; k < want->ndomains; k++) {
		const sg_domain *w = &want->domains[wo[k]];
		bool renamed;
		const sg_domain *c = sg_diff__domain_match(ctx, w, &renamed);
		if (!c || ctx->domain_group[c - cur->domains] != (long)root)
			continue;
		sg_diff__create_domain_sql(ctx, &ctx->up, w);
		sg_diff__domain_qname(&q, c->name);
		root_type(want, w, &base);
		retype_columns(ctx, &ctx->down, q.data, base.data, false, false);
	}
	for (size_t k = want->ndomains; k-- > 0;) {
		const sg_domain *w = &want->domains[wo[k]];
		bool renamed;
		const sg_domain *c = sg_diff__domain_match(ctx, w, &renamed);
		if (c && ctx->domain_group[c - cur->domains] == (long)root)
			sg_diff__drop_domain_sql(ctx, &ctx->down, w->name);
	}
	for (size_t k = 0; k < cur->ndomains; k++) {
		if (ctx->domain_group[co[k]] != (long)root)
			continue;
		const sg_domain *c = &cur->domains[co[k]];
		sg_domain back = *c;
		if (wof[co[k]])
			back.name = wof[co[k]]->name;
		back.type = sg_diff__base_as_renamed(ctx, c, &base);
		/* without what was dropped before the enum's re-create (above) */
		sg_domain_check *checks = sg_arena_array(ctx->plan->arena, c->nchecks + 1, sizeof(*checks));
		if (!checks) {
			ctx->plan->failed = true;
			break;
		}
		back.checks = checks;
		back.nchecks = 0;
		for (size_t i = 0; i < c->nchecks; i++)
			if (!sg_diff__text_names_recreated_enum(ctx, c->checks[i].expression))
				checks[back.nchecks++] = c->checks[i];
		if (sg_diff__text_names_recreated_enum(ctx, c->default_expr))
			back.default_expr = NULL;
		sg_diff__create_domain_sql(ctx, &ctx->down, &back);
	}
	for (size_t k = 0; k < cur->ndomains; k++) {
		const sg_domain *c = &cur->domains[co[k]], *w = wof[co[k]];
		if (ctx->domain_group[co[k]] != (long)root || !w)
			continue;
		sg_diff__domain_qname(&q, c->name);
		sg_diff__domain_qname(&qw, w->name);
		/* From one enum to another (the bottoms of the two chains): through text, both ways. */
		root_type(cur, c, &base);
		bool via_text = sg_diff__is_enum_type(ctx, base.data);
		root_type(want, w, &base);
		via_text = via_text || sg_diff__is_enum_type(ctx, base.data);
		retype_columns(ctx, &ctx->up, q.data, qw.data, true, via_text);
		retype_columns(ctx, &ctx->down, q.data, qw.data, true, via_text);
	}
	const sg_domain *c = &cur->domains[root], *w = wof[root];
	const char *why = !sg_diff__same_type(ctx, c->type, w->type) ? "its base type changes"
			  : !sg_str_eq(c->collation, w->collation)
			      ? "its collation changes"
			      : "its checks or NOT NULL change while a column holds it in an array, which ALTER DOMAIN "
				"cannot check";
	/* Based as desired on an enum the plan re-creates: once the new enum exists (the enums' ops come first). */
	sg_phase phase = sg_diff__domain_group_after_enum(ctx, root) ? SG_PHASE_RECREATE_ENUM : SG_PHASE_CREATE_DOMAIN;
	sg_op *op = nothers ? sg_diff__finish_op(ctx, phase, NULL, w->name,
						 "re-create domain %s (%s) and the domains based on it: %s", w->name,
						 why, others.data)
			    : sg_diff__finish_op(ctx, phase, NULL, w->name, "re-create domain %s (%s)", w->name, why);
	if (ncols) {
		root_type(cur, c, &base);
		sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
				"domain '%s' is re-created (%s): its columns are converted to '%s' and back, which "
				"rewrites their tables unless the cast is binary: %s",
				w->name, why, base.data, cols.data);
		sg_diff__hazard(ctx, op, false, SG_HAZARD_BLOCKING,
				"the tables of the columns of domain '%s' are locked against reads and writes while "
				"they are converted (--online has no other form)",
				w->name);
		sg_diff__hazard(ctx, op, true, SG_HAZARD_REWRITE,
				"the columns of domain '%s' are converted back to its old definition: %s", w->name,
				cols.data);
		if (sg_diff__same_type(ctx, c->type, w->type) && sg_str_eq(c->collation, w->collation))
			sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
					"taking the columns back to domain '%s' checks every value against its new "
					"checks and NOT NULL, and fails while one violates them: %s",
					w->name, cols.data);
		/* `USING col::d` is an explicit cast: a narrower varchar or numeric truncates or rounds silently. */
		sg_strbuf wbase = SG_STRBUF_INIT;
		root_type(ctx->want, w, &wbase);
		if (sg_hazard_type_change(base.data, wbase.data) == SG_TYPE_CHANGE_LOSSY)
			sg_diff__hazard(
			    ctx, op, false, SG_HAZARD_DATA_LOSS,
			    "the values of the columns of domain '%s' are cast from %s to %s, which may fail, "
			    "truncate or round them: %s",
			    w->name, base.data, wbase.data, cols.data);
		if (sg_hazard_type_change(wbase.data, base.data) == SG_TYPE_CHANGE_LOSSY)
			sg_diff__hazard(
			    ctx, op, true, SG_HAZARD_DATA_LOSS,
			    "the values of the columns of domain '%s' are cast back from %s to %s, which may "
			    "fail, truncate or round them: %s",
			    w->name, wbase.data, base.data, cols.data);
		sg_strbuf_release(&wbase);
	}
	sg_strbuf_release(&q);
	sg_strbuf_release(&qw);
	sg_strbuf_release(&base);
	sg_strbuf_release(&cols);
	sg_strbuf_release(&others);
	free(co);
	free(wo);
	free(wof);
}

/* ---- domains based on a re-created enum ---------------------------------- */

/* Whether current domain `i` goes with the re-create of enum `e` (see sg_diff__enum_domains_sql). */
static bool over_enum(const diff_ctx *ctx, size_t i, const char *e, bool as_before, sg_strbuf *tmp)
{
	if (!as_before)
		return ctx->domain_enum && ctx->domain_enum[i] && strcmp(ctx->domain_enum[i]->name, e) == 0;
	root_type(ctx->cur, &ctx->cur->domains[i], tmp);
	sg_strbuf q = SG_STRBUF_INIT;
	sg_quote_ident(&q, e);
	bool over = sg_diff__type_is_domain(tmp->data, q.data);
	sg_strbuf_release(&q);
	return over;
}

/* Column `col` of `table` (of domain `qname` now) to text (`back` false) or back to domain `to`. */
static void move_column(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *col, const char *type, size_t qlen,
			const char *to, bool back, bool had_default, const char *dflt)
{
	const char *array = type[qlen] ? "[]" : "";
	if (!back && had_default) {
		sg_diff__newline_if_any(sb);
		sg_diff__alter_column(ctx, sb, table, col);
		sg_strbuf_adds(sb, "DROP DEFAULT;");
	}
	sg_diff__newline_if_any(sb);
	sg_diff__alter_column(ctx, sb, table, col);
	sg_strbuf_addf(sb, "TYPE %s%s USING ", back ? to : "text", array);
	sg_quote_ident(sb, col);
	sg_strbuf_addf(sb, "::%s%s;", back ? to : "text", array);
	if (back && dflt) {
		sg_strbuf_addch(sb, '\n');
		sg_diff__alter_column(ctx, sb, table, col);
		sg_strbuf_addf(sb, "SET DEFAULT %s;", dflt);
	}
}

/* The columns of current domain `c` (named `to` once created again) moved, as recreate_enum moves the enum's. */
static void move_columns(diff_ctx *ctx, sg_strbuf *sb, const sg_domain *c, const char *to, bool back, bool to_desired,
			 bool as_before)
{
	sg_strbuf q = SG_STRBUF_INIT, qt = SG_STRBUF_INIT;
	sg_diff__domain_qname(&q, c->name);
	sg_diff__domain_qname(&qt, to);
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i];
		const sg_colmap *m = ctx->cur_match[i] ? &ctx->maps[i] : NULL;
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *cc = &ct->columns[k];
			if (!sg_diff__type_is_domain(cc->type, q.data))
				continue;
			if (as_before) {
				move_column(ctx, sb, ct->name, cc->name, cc->type, q.len, qt.data, back,
					    cc->default_expr != NULL, cc->default_expr);
				continue;
			}
			const sg_column *wc = m ? m->cur_to_want[k] : NULL;
			if (!wc || sg_diff__column_recreated(m, k))
				continue;
			const char *dflt = to_desired ? sg_ddl_default_text(wc) : cc->default_expr;
			move_column(ctx, sb, m->want->name, wc->name, cc->type, q.len, qt.data, back,
				    cc->default_expr || wc->default_expr, dflt);
		}
	}
	sg_strbuf_release(&q);
	sg_strbuf_release(&qt);
}

void sg_diff__enum_domains_sql(diff_ctx *ctx, sg_strbuf *sb, const char *e, int part, bool to_desired, bool as_before)
{
	const sg_schema *cur = ctx->cur, *want = ctx->want;
	if (!cur->ndomains)
		return;
	size_t *co = sg_diff__domain_order(cur), *wo = sg_diff__domain_order(want);
	const sg_domain **wof = calloc(cur->ndomains, sizeof(*wof));
	bool *in = calloc(cur->ndomains, sizeof(*in));
	sg_strbuf tmp = SG_STRBUF_INIT;
	if (!co || !wo || !wof || !in) {
		ctx->plan->failed = true;
		goto out;
	}
	for (size_t i = 0; i < cur->ndomains; i++) {
		in[i] = over_enum(ctx, i, e, as_before, &tmp);
		wof[i] = in[i] && !as_before ? want_of(ctx, i) : NULL;
	}
	/* The name each has when the enum's re-create runs. */
#define NAME(i) (wof[i] ? wof[i]->name : cur->domains[i].name)
	if (part == 0) {
		for (size_t k = 0; k < cur->ndomains; k++)
			if (in[co[k]] && (as_before || wof[co[k]]))
				move_columns(ctx, sb, &cur->domains[co[k]], NAME(co[k]), false, to_desired, as_before);
		if (as_before || to_desired) {
			for (size_t k = cur->ndomains; k-- > 0;)
				if (in[co[k]])
					sg_diff__drop_domain_sql(ctx, sb, NAME(co[k]));
		} else {
			/* The down: the desired domains exist (the dropped ones are not back yet). */
			for (size_t k = want->ndomains; k-- > 0;)
				for (size_t i = 0; i < cur->ndomains; i++)
					if (in[i] && wof[i] == &want->domains[wo[k]])
						sg_diff__drop_domain_sql(ctx, sb, wof[i]->name);
		}
		goto out;
	}
	if (!as_before && to_desired) {
		for (size_t k = 0; k < want->ndomains; k++)
			for (size_t i = 0; i < cur->ndomains; i++)
				if (in[i] && wof[i] == &want->domains[wo[k]])
					sg_diff__create_domain_sql(ctx, sb, wof[i]);
	} else {
		for (size_t k = 0; k < cur->ndomains; k++) {
			if (!in[co[k]])
				continue;
			sg_domain back = cur->domains[co[k]];
			back.name = NAME(co[k]);
			if (!as_before)
				back.type = sg_diff__base_as_renamed(ctx, &cur->domains[co[k]], &tmp);
			sg_diff__create_domain_sql(ctx, sb, &back);
		}
	}
	for (size_t k = 0; k < cur->ndomains; k++)
		if (in[co[k]] && (as_before || wof[co[k]]))
			move_columns(ctx, sb, &cur->domains[co[k]], NAME(co[k]), true, to_desired, as_before);
#undef NAME
out:
	sg_strbuf_release(&tmp);
	free(co);
	free(wo);
	free(wof);
	free(in);
}
