/*
 * sg_diff, domains (docs/diff.md, "Domains"): created, renamed, dropped,
 * altered option by option (ALTER DOMAIN SET/DROP DEFAULT, SET/DROP NOT
 * NULL, ADD/DROP/VALIDATE CONSTRAINT, COMMENT ON DOMAIN), and re-created when
 * the base type or the collation changes.
 *
 * Matching is by name, with `renamed_from` on the desired side (the hint is
 * used when the old name exists, the models no longer define it and the new
 * name is free).  Every operation carries its exact inverse.
 *
 * Phases: renames, creates and re-creates in SG_PHASE_CREATE_DOMAIN (after
 * enums, before the tables that use the domain), drops in
 * SG_PHASE_DROP_DOMAIN (after the tables and columns that used it).  Within a
 * phase, a domain based on another one comes after it, and is dropped
 * before it.
 *
 * A re-create takes every current column of the domain (and of arrays of it)
 * to the old base type, drops the domain, creates the new one and takes the
 * columns back to it (`USING col::domain`): the values are converted by the
 * cast from the old base type to the new one, and each table is rewritten
 * when that cast is not binary (hazards `rewrite` and `blocking`).
 *
 * A CHECK added to a domain that current columns use validates every value of
 * those columns while their tables are locked: `blocking`, and with --online
 * it is added NOT VALID and validated in the validations step (VALIDATE
 * CONSTRAINT on a domain scans the columns without blocking writes).  SET NOT
 * NULL has no such form: `blocking` either way.
 */
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "domain_casts.h"

bool sg_diff__type_is_domain(const char *type, const char *qname)
{
	size_t n = strlen(qname);
	return strncmp(type, qname, n) == 0 && (type[n] == '\0' || strcmp(type + n, "[]") == 0);
}

void sg_diff__domain_qname(sg_strbuf *sb, const char *name)
{
	sg_strbuf_reset(sb);
	sg_quote_ident(sb, name);
}

long sg_diff__domain_of_type(const sg_schema *s, const char *type, sg_strbuf *tmp)
{
	size_t n = strlen(type);
	if (n >= 2 && strcmp(type + n - 2, "[]") == 0)
		n -= 2;
	sg_strbuf_reset(tmp);
	if (n >= 2 && type[0] == '"' && type[n - 1] == '"') {
		for (size_t i = 1; i + 1 < n; i++) {
			sg_strbuf_addch(tmp, type[i]);
			if (type[i] == '"')
				i++; /* "" inside quotes is one quote */
		}
	} else {
		sg_strbuf_add(tmp, type, n);
	}
	const sg_domain *d = sg_schema_find_domain(s, tmp->data);
	return d ? (long)(d - s->domains) : -1;
}

/*
 * Per current domain, whether a current table has a column of it or of a
 * domain based on it (its checks and NOT NULL hold for those columns too:
 * ALTER DOMAIN checks them all).  malloc'd, NULL when out of memory.
 */
static bool *domains_in_use(const diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur;
	bool *used = calloc(cur->ndomains + 1, sizeof(bool));
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t i = 0; used && i < cur->ntables; i++)
		for (size_t k = 0; k < cur->tables[i].ncolumns; k++) {
			long d = sg_diff__domain_of_type(cur, cur->tables[i].columns[k].type, &tmp);
			for (int depth = 0; d >= 0 && !used[d] && depth < 64; depth++) {
				used[d] = true;
				long base = sg_diff__domain_of_type(cur, cur->domains[d].type, &tmp);
				d = base == d ? -1 : base;
			}
		}
	sg_strbuf_release(&tmp);
	return used;
}

static void alter_domain(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_adds(sb, "ALTER DOMAIN ");
	sg_ddl_name(sb, ctx->qual, name);
	sg_strbuf_addch(sb, ' ');
}

const char *sg_diff__base_as_renamed(const diff_ctx *ctx, const sg_domain *c, sg_strbuf *tmp)
{
	return sg_diff__type_as_renamed(ctx, c->type, tmp);
}

/* `type` (format_type's text) with an enum the plan renames named as it is once the rename ran, else NULL. */
static const char *enum_as_renamed(const diff_ctx *ctx, const char *type, sg_strbuf *tmp)
{
	for (size_t k = 0; k < ctx->want->nenums; k++) {
		const sg_enum *w = &ctx->want->enums[k];
		const sg_enum *c = w->renamed_from ? sg_diff__enum_renamed(ctx->cur, ctx->want, w) : NULL;
		if (!c)
			continue;
		sg_diff__domain_qname(tmp, c->name);
		if (!sg_diff__type_is_domain(type, tmp->data))
			continue;
		bool array = type[tmp->len] != '\0';
		sg_diff__domain_qname(tmp, w->name);
		if (array)
			sg_strbuf_adds(tmp, "[]");
		return tmp->data;
	}
	return NULL;
}

const char *sg_diff__type_as_renamed(const diff_ctx *ctx, const char *type, sg_strbuf *tmp)
{
	const char *as_enum = enum_as_renamed(ctx, type, tmp);
	if (as_enum)
		return as_enum;
	long j = sg_diff__domain_of_type(ctx->cur, type, tmp);
	if (j < 0)
		return type;
	const sg_domain *base = &ctx->cur->domains[j];
	for (size_t k = 0; k < ctx->want->ndomains; k++) {
		bool renamed;
		const sg_domain *w = &ctx->want->domains[k];
		if (sg_diff__domain_match(ctx, w, &renamed) != base || !renamed)
			continue;
		size_t n = strlen(type);
		bool array = n >= 2 && strcmp(type + n - 2, "[]") == 0;
		sg_strbuf_reset(tmp);
		sg_quote_ident(tmp, w->name);
		if (array)
			sg_strbuf_adds(tmp, "[]");
		return tmp->data;
	}
	return type;
}

void sg_diff__drop_domain_sql(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_adds(sb, "DROP DOMAIN ");
	sg_ddl_name(sb, ctx->qual, name);
	sg_strbuf_addch(sb, ';');
}

void sg_diff__create_domain_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_domain *d)
{
	sg_diff__newline_if_any(sb);
	sg_ddl_create_domain(sb, ctx->qual, d);
}

/* ---- order ------------------------------------------------------------- */

/* The index in `s` of the domain `d` is based on (its type, or an array of it), or -1. */
static long base_domain(const sg_schema *s, const sg_domain *d, sg_strbuf *tmp)
{
	long j = sg_diff__domain_of_type(s, d->type, tmp);
	return j >= 0 && &s->domains[j] == d ? -1 : j;
}

/* Whether domain i's base and the domains of s its default and checks cast to are placed. */
static bool ready(const sg_schema *s, size_t i, const long *base, const bool *done, sg_strbuf *tmp)
{
	if (base[i] >= 0 && !done[base[i]])
		return false;
	sg_domain_casts it = {.d = &s->domains[i]};
	char name[2 * SG_NAMEDATALEN + 3];
	while (sg_domain_casts_next(&it, name, sizeof(name))) {
		long j = sg_diff__domain_of_type(s, name, tmp);
		if (j >= 0 && (size_t)j != i && !done[j])
			return false;
	}
	return true;
}

size_t *sg_diff__domain_order(const sg_schema *s)
{
	size_t n = s->ndomains, placed = 0;
	size_t *order = malloc((n + 1) * sizeof(*order));
	long *base = malloc((n + 1) * sizeof(*base));
	bool *done = calloc(n + 1, sizeof(*done));
	if (!order || !base || !done) {
		free(order);
		free(base);
		free(done);
		return NULL;
	}
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		base[i] = base_domain(s, &s->domains[i], &tmp);
	/* Bases first, and the domains a default or check casts to (PostgreSQL resolves them at CREATE DOMAIN). */
	while (placed < n) {
		size_t before = placed;
		for (size_t i = 0; i < n; i++)
			if (!done[i] && ready(s, i, base, done, &tmp)) {
				done[i] = true;
				order[placed++] = i;
			}
		for (size_t i = 0; placed == before && i < n; i++)
			if (!done[i]) { /* a cycle: the server refuses it anyway */
				done[i] = true;
				order[placed++] = i;
			}
	}
	sg_strbuf_release(&tmp);
	free(base);
	free(done);
	return order;
}

/* ---- alterations -------------------------------------------------------- */

static void set_default_sql(diff_ctx *ctx, sg_strbuf *sb, const char *name, const char *text)
{
	alter_domain(ctx, sb, name);
	if (text)
		sg_strbuf_addf(sb, "SET DEFAULT %s;", text);
	else
		sg_strbuf_adds(sb, "DROP DEFAULT;");
}

static void drop_check_sql(diff_ctx *ctx, sg_strbuf *sb, const char *domain, const char *check)
{
	alter_domain(ctx, sb, domain);
	sg_strbuf_adds(sb, "DROP CONSTRAINT ");
	sg_quote_ident(sb, check);
	sg_strbuf_addch(sb, ';');
}

static void add_check_sql(diff_ctx *ctx, sg_strbuf *sb, const char *domain, const sg_domain_check *k, bool not_valid)
{
	sg_diff__newline_if_any(sb);
	sg_ddl_domain_add_check(sb, ctx->qual, domain, k, not_valid);
}

static void add_check(diff_ctx *ctx, const sg_domain *w, const sg_domain_check *k, bool used)
{
	bool online = ctx->online && used && !k->not_valid;
	add_check_sql(ctx, &ctx->up, w->name, k, online);
	drop_check_sql(ctx, &ctx->down, w->name, k->name);
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, NULL, k->name, "add check %s on domain %s",
				       k->name, w->name);
	if (!used || k->not_valid)
		return;
	if (online) {
		alter_domain(ctx, &ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, "VALIDATE CONSTRAINT ");
		sg_quote_ident(&ctx->up, k->name);
		sg_strbuf_addch(&ctx->up, ';');
		sg_strbuf_adds(&ctx->down, "-- nothing to undo: validation changes no definition");
		sg_diff__finish_op(ctx, SG_PHASE_VALIDATE, NULL, k->name, "validate check %s on domain %s", k->name,
				   w->name);
		return;
	}
	sg_diff__hazard(ctx, op, false, SG_HAZARD_BLOCKING,
			"checks every value of every column of domain '%s' while their tables are locked against "
			"writes (--online adds it NOT VALID and validates it separately)",
			w->name);
}

/* Every alteration runs after the domain's rename (SG_PHASE_CREATE_DOMAIN), and its down before the rename is undone.
 */
static void drop_check(diff_ctx *ctx, const sg_domain *w, const sg_domain_check *k)
{
	drop_check_sql(ctx, &ctx->up, w->name, k->name);
	add_check_sql(ctx, &ctx->down, w->name, k, false);
	sg_diff__finish_op(ctx, SG_PHASE_DROP_CONSTRAINT, NULL, k->name, "drop check %s on domain %s", k->name,
			   w->name);
}

/* A check the database holds NOT VALID and the models want valid: validated in the validations step. */
static void validate_check(diff_ctx *ctx, const sg_domain *w, const sg_domain_check *k)
{
	alter_domain(ctx, &ctx->up, w->name);
	sg_strbuf_adds(&ctx->up, "VALIDATE CONSTRAINT ");
	sg_quote_ident(&ctx->up, k->name);
	sg_strbuf_addch(&ctx->up, ';');
	drop_check_sql(ctx, &ctx->down, w->name, k->name);
	add_check_sql(ctx, &ctx->down, w->name, k, true);
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_VALIDATE, NULL, k->name, "validate check %s on domain %s", k->name,
				       w->name);
	sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
			"scans the columns of domain '%s' and fails while a value violates '%s': correct those values "
			"first",
			w->name, k->name);
}

/*
 * Whether a domain's check or default names a domain or an enum the plan
 * drops and creates again (`VALUE::qty`, `'a'::mood`): DROP DOMAIN and the
 * enum's DROP TYPE refuse while it exists.
 */
static bool names_redone_type(const diff_ctx *ctx, const char *text)
{
	return sg_diff__text_names_redone_domain(ctx, text) || sg_diff__text_names_recreated_enum(ctx, text);
}

/* Current domain `c` (of ctx->cur) as the catalog read it, before the renames were seen through its texts. */
static const sg_domain *domain_original(const diff_ctx *ctx, const sg_domain *c)
{
	size_t i = (size_t)(c - ctx->cur->domains);
	const sg_schema *o = ctx->cur_original;
	if (!o || o->ndomains != ctx->cur->ndomains || strcmp(o->domains[i].name, c->name) != 0)
		return c;
	return &o->domains[i];
}

/*
 * Check `ck` of current domain `c` (not re-created itself) casts to a domain
 * the plan drops and creates again (`VALUE::qty`): DROP DOMAIN refuses while
 * it exists, so it is dropped before the re-create (and before the renames:
 * named as it is now, its down as the catalog read it) and added again as
 * desired after it.
 */
void sg_diff__drop_domain_check_early(diff_ctx *ctx, const sg_domain *c, const sg_domain_check *ck)
{
	const sg_domain *o = domain_original(ctx, c);
	const sg_domain_check *ok = sg_domain_find_check(o, ck->name);
	drop_check_sql(ctx, &ctx->up, c->name, ck->name);
	add_check_sql(ctx, &ctx->down, c->name, ok ? ok : ck, false);
	sg_diff__finish_op(ctx, SG_PHASE_DROP_DOMAIN_FUNCTION, NULL, ck->name,
			   "drop check %s on domain %s (it casts to a type created again)", ck->name, c->name);
}

/* The default of current domain `c` taken off before a re-create, as drop_check_early. */
void sg_diff__drop_domain_default_early(diff_ctx *ctx, const sg_domain *c)
{
	set_default_sql(ctx, &ctx->up, c->name, NULL);
	set_default_sql(ctx, &ctx->down, c->name, domain_original(ctx, c)->default_expr);
	sg_diff__finish_op(ctx, SG_PHASE_DROP_DOMAIN_FUNCTION, NULL, c->name,
			   "drop default of domain %s (it casts to a type created again)", c->name);
}

/*
 * The current check a desired check continues under another name: same
 * expression, a name the models no longer use (a default name that follows
 * the domain's rename, or a check renamed by hand).  NULL when none.
 */
static const sg_domain_check *renamed_check(const diff_ctx *ctx, const sg_domain *c, const sg_domain *w,
					    const sg_domain_check *wk, const bool *taken)
{
	for (size_t i = 0; i < c->nchecks; i++) {
		const sg_domain_check *ck = &c->checks[i];
		if (!taken[i] && !sg_domain_find_check(w, ck->name) && strcmp(ck->expression, wk->expression) == 0 &&
		    !names_redone_type(ctx, ck->expression))
			return ck;
	}
	return NULL;
}

static void diff_checks(diff_ctx *ctx, const sg_domain *c, const sg_domain *w, bool used)
{
	bool *taken = calloc(c->nchecks + 1, sizeof(*taken));	  /* current checks renamed */
	bool *renamed = calloc(w->nchecks + 1, sizeof(*renamed)); /* desired checks they become */
	if (!taken || !renamed) {
		ctx->plan->failed = true;
		free(taken);
		free(renamed);
		return;
	}
	for (size_t i = 0; i < w->nchecks; i++) {
		const sg_domain_check *wk = &w->checks[i];
		if (sg_domain_find_check(c, wk->name))
			continue;
		const sg_domain_check *ck = renamed_check(ctx, c, w, wk, taken);
		if (!ck)
			continue;
		taken[ck - c->checks] = true;
		renamed[i] = true;
		alter_domain(ctx, &ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, "RENAME CONSTRAINT ");
		sg_quote_ident(&ctx->up, ck->name);
		sg_strbuf_adds(&ctx->up, " TO ");
		sg_quote_ident(&ctx->up, wk->name);
		sg_strbuf_addch(&ctx->up, ';');
		alter_domain(ctx, &ctx->down, w->name);
		sg_strbuf_adds(&ctx->down, "RENAME CONSTRAINT ");
		sg_quote_ident(&ctx->down, wk->name);
		sg_strbuf_adds(&ctx->down, " TO ");
		sg_quote_ident(&ctx->down, ck->name);
		sg_strbuf_addch(&ctx->down, ';');
		sg_diff__finish_op(ctx, SG_PHASE_RENAME_OBJECT, NULL, wk->name, "rename check %s on domain %s to %s",
				   ck->name, w->name, wk->name);
		if (ck->not_valid && !wk->not_valid)
			validate_check(ctx, w, wk);
	}
	for (size_t i = 0; i < c->nchecks; i++) {
		const sg_domain_check *ck = &c->checks[i];
		const sg_domain_check *wk = sg_domain_find_check(w, ck->name);
		if (taken[i])
			continue;
		if (names_redone_type(ctx, ck->expression))
			sg_diff__drop_domain_check_early(ctx, c, ck);
		else if (!wk || strcmp(wk->expression, ck->expression) != 0)
			drop_check(ctx, w, ck);
	}
	for (size_t i = 0; i < w->nchecks; i++) {
		const sg_domain_check *wk = &w->checks[i];
		const sg_domain_check *ck = sg_domain_find_check(c, wk->name);
		if (renamed[i])
			continue;
		if (!ck || strcmp(wk->expression, ck->expression) != 0 || names_redone_type(ctx, ck->expression))
			add_check(ctx, w, wk, used);
		else if (ck->not_valid && !wk->not_valid)
			validate_check(ctx, w, wk);
	}
	free(taken);
	free(renamed);
}

static void alter(diff_ctx *ctx, const sg_domain *c, const sg_domain *w, bool used)
{
	/* A default that casts to a domain the plan re-creates: taken off before it (as drop_check_early). */
	bool early_default = names_redone_type(ctx, c->default_expr);
	if (early_default)
		sg_diff__drop_domain_default_early(ctx, c);
	if (early_default ? w->default_expr != NULL : !sg_str_eq(c->default_expr, w->default_expr)) {
		set_default_sql(ctx, &ctx->up, w->name, w->default_written ? w->default_written : w->default_expr);
		set_default_sql(ctx, &ctx->down, w->name,
				early_default	     ? NULL
				: c->default_written ? c->default_written
						     : c->default_expr);
		sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, NULL, w->name, "%s default of domain %s",
				   w->default_expr ? "set" : "drop", w->name);
	}
	if (c->nullable && !w->nullable) {
		alter_domain(ctx, &ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, "SET NOT NULL;");
		alter_domain(ctx, &ctx->down, w->name);
		sg_strbuf_adds(&ctx->down, "DROP NOT NULL;");
		sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, NULL, w->name, "set NOT NULL on domain %s",
					       w->name);
		if (used) {
			sg_diff__hazard(
			    ctx, op, false, SG_HAZARD_BLOCKING,
			    "checks every value of every column of domain '%s' while their tables are locked "
			    "against writes, and fails while one is NULL (--online has no other form)",
			    w->name);
			/* As SET NOT NULL on a column: the domain's default fills no existing row. */
			sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
					"fails while a column of domain '%s' holds NULLs", w->name);
		}
	} else if (!c->nullable && w->nullable) {
		alter_domain(ctx, &ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, "DROP NOT NULL;");
		alter_domain(ctx, &ctx->down, w->name);
		sg_strbuf_adds(&ctx->down, "SET NOT NULL;");
		sg_diff__finish_op(ctx, SG_PHASE_DROP_CONSTRAINT, NULL, w->name, "drop NOT NULL on domain %s", w->name);
	}
	diff_checks(ctx, c, w, used);
	if (!sg_str_eq(c->comment, w->comment)) {
		sg_ddl_comment_domain(&ctx->up, ctx->qual, w->name, w->comment);
		sg_ddl_comment_domain(&ctx->down, ctx->qual, w->name, c->comment);
		sg_diff__finish_op(ctx, SG_PHASE_COMMENT, NULL, w->name, "comment on domain %s", w->name);
	}
}

/* ---- the kind ------------------------------------------------------------ */

bool sg_diff__same_type(const diff_ctx *ctx, const char *cur, const char *want)
{
	if (sg_str_eq(cur, want))
		return true;
	if (!cur || !want)
		return false;
	bool same = false;
	sg_strbuf qc = SG_STRBUF_INIT, qw = SG_STRBUF_INIT;
	for (size_t i = 0; i < ctx->want->ndomains && !same; i++) {
		const sg_domain *w = &ctx->want->domains[i];
		bool renamed;
		if (!w->renamed_from)
			continue;
		const sg_domain *c = sg_diff__domain_match(ctx, w, &renamed);
		if (!c || !renamed)
			continue;
		sg_diff__domain_qname(&qc, c->name);
		sg_diff__domain_qname(&qw, w->name);
		same = sg_diff__type_is_domain(cur, qc.data) && sg_diff__type_is_domain(want, qw.data) &&
		       strcmp(cur + qc.len, want + qw.len) == 0;
	}
	/* An enum renamed (diff_enum.c): its columns keep it, the catalog prints the old name until it runs. */
	for (size_t i = 0; i < ctx->want->nenums && !same; i++) {
		const sg_enum *w = &ctx->want->enums[i];
		const sg_enum *c = w->renamed_from ? sg_diff__enum_renamed(ctx->cur, ctx->want, w) : NULL;
		if (!c)
			continue;
		sg_diff__domain_qname(&qc, c->name);
		sg_diff__domain_qname(&qw, w->name);
		same = sg_diff__type_is_domain(cur, qc.data) && sg_diff__type_is_domain(want, qw.data) &&
		       strcmp(cur + qc.len, want + qw.len) == 0;
	}
	sg_strbuf_release(&qc);
	sg_strbuf_release(&qw);
	return same;
}

const sg_domain *sg_diff__domain_match(const diff_ctx *ctx, const sg_domain *w, bool *renamed)
{
	*renamed = false;
	const sg_domain *c = sg_schema_find_domain(ctx->cur, w->name);
	if (c || !w->renamed_from || strcmp(w->renamed_from, w->name) == 0)
		return c;
	c = sg_schema_find_domain(ctx->cur, w->renamed_from);
	if (!c || sg_schema_find_domain(ctx->want, w->renamed_from))
		return NULL;
	*renamed = true;
	return c;
}

/* The group (sg_diff__find_recreated_domains) of the current domain desired `w` continues, or -1. */
static long group_of(const diff_ctx *ctx, const sg_domain *w)
{
	bool renamed;
	const sg_domain *c = sg_diff__domain_match(ctx, w, &renamed);
	return c && ctx->domain_group ? ctx->domain_group[c - ctx->cur->domains] : -1;
}

/*
 * Whether what desired `w` is based on exists once the operations emitted so
 * far have run: a type that is no domain of the models, a domain kept as it
 * is, or one created (or re-created) already (`done`, by desired index);
 * `group` >= 0: a domain re-created in that group counts as there.
 */
static bool base_ready(const diff_ctx *ctx, const sg_domain *w, const bool *done, long group, sg_strbuf *tmp)
{
	long b = sg_diff__domain_of_type(ctx->want, w->type, tmp);
	if (b < 0 || &ctx->want->domains[b] == w || done[b])
		return true;
	return group >= 0 && group_of(ctx, &ctx->want->domains[b]) == group;
}

/*
 * New domains and re-creates, each once what it is based on exists: a new
 * domain after the re-create of its base, a re-create after the new domains
 * the desired definitions of its group are based on (the desired order `wo`
 * alone would put a group where its root is).  Alterations of kept domains
 * follow the desired order.  A cycle left (the server refuses it anyway) is
 * emitted in the desired order.
 */
static void create_in_order(diff_ctx *ctx, const size_t *wo, const bool *used)
{
	const sg_schema *cur = ctx->cur, *want = ctx->want;
	bool *done = calloc(want->ndomains + 1, sizeof(*done));
	if (!done) {
		ctx->plan->failed = true;
		return;
	}
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t k = 0; k < want->ndomains; k++) {
		const sg_domain *w = &want->domains[wo[k]];
		bool renamed;
		const sg_domain *c = sg_diff__domain_match(ctx, w, &renamed);
		if (!c || group_of(ctx, w) >= 0)
			continue;
		done[wo[k]] = true;
		if (!(ctx->domain_enum && ctx->domain_enum[c - cur->domains]))
			alter(ctx, c, w, used[c - cur->domains]);
	}
	for (bool progress = true, forced = false; progress;) {
		progress = false;
		for (size_t k = 0; k < want->ndomains; k++) {
			const sg_domain *w = &want->domains[wo[k]];
			if (done[wo[k]])
				continue;
			long group = group_of(ctx, w);
			bool ready = true;
			for (size_t m = 0; m < want->ndomains && ready; m++)
				if (m == wo[k] || (group >= 0 && group_of(ctx, &want->domains[m]) == group))
					ready = base_ready(ctx, &want->domains[m], done, group, &tmp);
			if (!ready && !forced)
				continue;
			progress = true;
			forced = false;
			if (group < 0) {
				done[wo[k]] = true;
				sg_diff__create_domain_sql(ctx, &ctx->up, w);
				sg_diff__drop_domain_sql(ctx, &ctx->down, w->name);
				sg_diff__finish_op(ctx, SG_PHASE_CREATE_DOMAIN, NULL, w->name, "create domain %s",
						   w->name);
				continue;
			}
			for (size_t m = 0; m < want->ndomains; m++)
				if (group_of(ctx, &want->domains[m]) == group)
					done[m] = true;
			sg_diff__recreate_domains(ctx, (size_t)group);
		}
		if (!progress)
			for (size_t k = 0; k < want->ndomains && !progress; k++)
				progress = forced = !done[wo[k]];
	}
	sg_strbuf_release(&tmp);
	free(done);
}

void sg_diff__diff_domains(diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur, *want = ctx->want;
	if (!cur->ndomains && !want->ndomains)
		return;
	bool *kept = calloc(cur->ndomains + 1, sizeof(*kept));
	size_t *wo = sg_diff__domain_order(want);
	size_t *co = sg_diff__domain_order(cur);
	bool *used = domains_in_use(ctx);
	sg_strbuf tmp = SG_STRBUF_INIT;
	if (!kept || !wo || !co || !used) {
		ctx->plan->failed = true;
		free(kept);
		free(wo);
		free(co);
		free(used);
		return;
	}
	/* Renames first, so that a new domain may take a name a rename frees. */
	for (size_t i = 0; i < want->ndomains; i++) {
		const sg_domain *w = &want->domains[i];
		bool renamed;
		const sg_domain *c = sg_diff__domain_match(ctx, w, &renamed);
		if (!c)
			continue;
		kept[c - cur->domains] = true;
		if (!renamed)
			continue;
		alter_domain(ctx, &ctx->up, c->name);
		sg_strbuf_adds(&ctx->up, "RENAME TO ");
		sg_quote_ident(&ctx->up, w->name);
		sg_strbuf_addch(&ctx->up, ';');
		alter_domain(ctx, &ctx->down, w->name);
		sg_strbuf_adds(&ctx->down, "RENAME TO ");
		sg_quote_ident(&ctx->down, c->name);
		sg_strbuf_addch(&ctx->down, ';');
		sg_diff__finish_op(ctx, SG_PHASE_CREATE_DOMAIN, NULL, w->name, "rename domain %s to %s", c->name,
				   w->name);
	}
	create_in_order(ctx, wo, used);
	/* Dropped: a domain before the domain it is based on. */
	for (size_t k = cur->ndomains; k-- > 0;) {
		const sg_domain *c = &cur->domains[co[k]];
		if (kept[co[k]] || sg_diff__domain_redone(ctx, co[k]))
			continue;
		/*
		 * Its checks and default that cast to a domain the plan re-creates go
		 * before that one (drop_check_early): its down creates it without
		 * them, theirs add them back once that domain is.
		 */
		sg_domain back = *c;
		sg_domain_check *checks = sg_arena_array(ctx->plan->arena, c->nchecks + 1, sizeof(*checks));
		if (!checks) {
			ctx->plan->failed = true;
			break;
		}
		back.checks = checks;
		back.nchecks = 0;
		for (size_t i = 0; i < c->nchecks; i++)
			if (names_redone_type(ctx, c->checks[i].expression))
				sg_diff__drop_domain_check_early(ctx, c, &c->checks[i]);
			else
				checks[back.nchecks++] = c->checks[i];
		if (names_redone_type(ctx, c->default_expr)) {
			sg_diff__drop_domain_default_early(ctx, c);
			back.default_expr = NULL;
		}
		sg_diff__drop_domain_sql(ctx, &ctx->up, c->name);
		/* Its down runs before the renames are undone: a renamed base has its new name. */
		back.type = sg_diff__base_as_renamed(ctx, c, &tmp);
		sg_diff__create_domain_sql(ctx, &ctx->down, &back);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_DOMAIN, NULL, c->name, "drop domain %s", c->name);
	}
	sg_strbuf_release(&tmp);
	free(kept);
	free(wo);
	free(co);
	free(used);
}
