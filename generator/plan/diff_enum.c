/*
 * sg_diff, enums: new enums and values, renamed enums (`renamed_from`: ALTER
 * TYPE ... RENAME TO, with the domains' renames), re-created enums (values
 * removed or reordered) with the columns, defaults, checks, indexes and
 * generated columns that hang on them, dropped enums.
 *
 * A renamed enum keeps its columns, which name it by oid; the texts that cast
 * to it are read with the new name (diff_function_renames.c), and the
 * current columns' types, which keep the old name, are matched by both
 * (sg_diff__same_type).  Its new values are added by the old name (the step
 * of new values runs before the main step), a re-create runs after the rename
 * and its down creates the old values under the new name, renamed back after.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

static bool enum_values_eq(const sg_enum *a, const sg_enum *b)
{
	return sg_names_eq(a->values, a->nvalues, b->values, b->nvalues);
}

static bool enum_has_value(const sg_enum *e, const char *v)
{
	for (size_t i = 0; i < e->nvalues; i++)
		if (strcmp(e->values[i], v) == 0)
			return true;
	return false;
}

/* Whether every value of `from` is in `to`, in the same relative order: then ADD VALUE suffices. */
static bool enum_only_adds(const sg_enum *from, const sg_enum *to)
{
	size_t j = 0;
	for (size_t i = 0; i < to->nvalues && j < from->nvalues; i++)
		if (strcmp(to->values[i], from->values[j]) == 0)
			j++;
	return j == from->nvalues;
}

static bool type_is(const char *type, const char *name, sg_strbuf *tmp);

const sg_enum *sg_diff__enum_renamed(const sg_schema *cur, const sg_schema *want, const sg_enum *w)
{
	if (!w->renamed_from || strcmp(w->renamed_from, w->name) == 0 || sg_schema_find_enum(cur, w->name) ||
	    sg_schema_find_enum(want, w->renamed_from) || sg_schema_find_domain(cur, w->name))
		return NULL;
	return sg_schema_find_enum(cur, w->renamed_from);
}

const sg_enum *sg_diff__enum_match(const diff_ctx *ctx, const sg_enum *w, bool *renamed)
{
	const sg_enum *c = sg_diff__enum_renamed(ctx->cur, ctx->want, w);
	*renamed = c != NULL;
	return c ? c : sg_schema_find_enum(ctx->cur, w->name);
}

/* Whether `type` (format_type's text) is re-created enum `i` (or an array of it), by either of its names. */
static bool type_is_recreated(const diff_ctx *ctx, size_t i, const char *type, sg_strbuf *tmp)
{
	return type_is(type, ctx->recreated[i]->name, tmp) ||
	       (ctx->recreated_from[i] != ctx->recreated[i] && type_is(type, ctx->recreated_from[i]->name, tmp));
}

/* Whether a column's type is the enum or an array of it, as format_type prints them. */
static bool column_uses_type(const sg_column *col, const char *type_name, sg_strbuf *tmp)
{
	return type_is(col->type, type_name, tmp);
}

/*
 * Whether expression text casts a literal to the enum (`'x'::status`, as the
 * catalog prints it).  ALTER COLUMN ... TYPE re-checks such an expression with
 * the literal still of the renamed old type and fails (operator does not
 * exist: status = status__old), so the checks and indexes that hold one must
 * be dropped before an enum is re-created and created again after it.
 */
static bool text_casts_to_enum(const char *text, const char *type_name, sg_strbuf *tmp)
{
	if (!text)
		return false;
	sg_strbuf_reset(tmp);
	sg_strbuf_adds(tmp, "::");
	sg_quote_ident(tmp, type_name);
	for (const char *p = strstr(text, tmp->data); p; p = strstr(p + 1, tmp->data)) {
		char next = p[tmp->len];
		if (!(next == '_' || next == '$' || (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9')))
			return true;
	}
	return false;
}

static bool constraint_casts_to_enum(const sg_constraint *con, const char *type_name, sg_strbuf *tmp)
{
	return con->kind == SG_CON_CHECK && (text_casts_to_enum(con->expression, type_name, tmp) ||
					     text_casts_to_enum(con->definition, type_name, tmp));
}

static bool index_casts_to_enum(const sg_index *idx, const char *type_name, sg_strbuf *tmp)
{
	if (idx->constraint_backed)
		return false;
	if (text_casts_to_enum(idx->where, type_name, tmp) || text_casts_to_enum(idx->definition, type_name, tmp))
		return true;
	for (size_t i = 0; i < idx->nelements; i++)
		if (text_casts_to_enum(idx->elements[i], type_name, tmp))
			return true;
	return false;
}

/* Whether a current check or index holds a literal of an enum this plan re-creates (see text_casts_to_enum). */
bool sg_diff__casts_to_recreated_enum(const diff_ctx *ctx, const sg_constraint *con, const sg_index *idx)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool uses = false;
	for (size_t i = 0; i < ctx->nrecreated && !uses; i++)
		uses = con ? constraint_casts_to_enum(con, ctx->recreated[i]->name, &tmp)
			   : index_casts_to_enum(idx, ctx->recreated[i]->name, &tmp);
	sg_strbuf_release(&tmp);
	return uses;
}

/*
 * Drop (create == false) or create again the current checks and indexes that
 * hold literals of enum `type_name` (and take off or set again the defaults
 * of columns of other types that do), for a re-create that runs where no other
 * operation of the plan rebuilds them: the down of ADD VALUE, which runs after
 * everything else of the plan was undone, so the current side is what exists.
 */
static void enum_dependents_sql(diff_ctx *ctx, sg_strbuf *sb, const char *type_name, bool create)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i];
		for (size_t k = 0; k < ct->nconstraints; k++) {
			const sg_constraint *c = &ct->constraints[k];
			if (!constraint_casts_to_enum(c, type_name, &tmp))
				continue;
			if (create)
				sg_ddl_add_constraint(sb, ctx->qual, ct->name, c, false);
			else
				sg_ddl_drop_constraint(sb, ctx->qual, ct->name, c->name);
			sg_strbuf_addch(sb, '\n');
		}
		/* Defaults of columns of other types that cast to it (its own columns' move with them). */
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *col = &ct->columns[k];
			if (!col->default_expr || !text_casts_to_enum(col->default_expr, type_name, &tmp) ||
			    sg_diff__type_reaches_enum(ctx, col->type, type_name))
				continue;
			sg_diff__alter_column(ctx, sb, ct->name, col->name);
			if (create)
				sg_strbuf_addf(sb, "SET DEFAULT %s;\n", col->default_expr);
			else
				sg_strbuf_adds(sb, "DROP DEFAULT;\n");
		}
		for (size_t k = 0; k < ct->nindexes; k++) {
			const sg_index *x = &ct->indexes[k];
			if (!index_casts_to_enum(x, type_name, &tmp))
				continue;
			if (create)
				sg_ddl_create_index(sb, ctx->qual, ct->name, x, false);
			else
				sg_ddl_drop_index(sb, ctx->qual, x->name, false);
			sg_strbuf_addch(sb, '\n');
		}
	}
	sg_strbuf_release(&tmp);
}

/*
 * Drop (create == false) or add again the current generated columns that
 * read a column of enum `type_name`: ALTER ... TYPE refuses a column that a
 * generated column reads.  For the down of ADD VALUE, as enum_dependents_sql.
 */
static void enum_generated_sql(diff_ctx *ctx, sg_strbuf *sb, const char *type_name, bool create)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i];
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *g = &ct->columns[k];
			bool reads = false;
			for (size_t j = 0; g->generated && j < ct->ncolumns && !reads; j++)
				reads = column_uses_type(&ct->columns[j], type_name, &tmp) &&
					sg_expr_mentions(g->generated, ct->columns[j].name);
			if (!reads)
				continue;
			/* Each statement ends with a newline, as enum_dependents_sql's do. */
			if (sb->len && sb->data[sb->len - 1] == '\n')
				sb->data[--sb->len] = '\0';
			if (create)
				sg_diff__add_column_sql(ctx, sb, ct->name, g);
			else
				sg_diff__drop_column_sql(ctx, sb, ct->name, g->name);
			sg_strbuf_addch(sb, '\n');
		}
	}
	sg_strbuf_release(&tmp);
}

/* Whether `text` names enum `e` as a word of its own (`'a'::mood`, `m mood`). */
static bool names_enum(const char *text, const char *e, sg_strbuf *tmp)
{
	if (!text)
		return false;
	sg_strbuf_reset(tmp);
	sg_quote_ident(tmp, e);
	return sg_diff__names_type(text, tmp->data);
}

bool sg_diff__text_names_enum(const char *text, const char *e)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool names = names_enum(text, e, &tmp);
	sg_strbuf_release(&tmp);
	return names;
}

/*
 * Whether current function `fn` takes, returns or (a BEGIN ATOMIC or RETURN
 * body, an argument's default) reads enum `e`.
 */
static bool function_names_enum(const sg_function *fn, const char *e, sg_strbuf *tmp)
{
	bool standard = !fn->sql_body && fn->definition && strstr(fn->definition, " LANGUAGE sql");
	return names_enum(fn->types, e, tmp) || names_enum(fn->arguments, e, tmp) || names_enum(fn->result, e, tmp) ||
	       (standard && names_enum(fn->definition, e, tmp));
}

bool sg_diff__function_names_enum(const sg_function *fn, const char *e)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool names = function_names_enum(fn, e, &tmp);
	sg_strbuf_release(&tmp);
	return names;
}

/* Whether current check `c` or index `x` of `ct` calls one of the functions that name enum `e`. */
static bool calls_enum_function(const diff_ctx *ctx, const sg_table *ct, const sg_constraint *c, const sg_index *x,
				const char *e, sg_strbuf *tmp)
{
	for (size_t f = 0; f < ctx->cur->nfunctions; f++) {
		const sg_function *fn = &ctx->cur->functions[f];
		if (!function_names_enum(fn, e, tmp))
			continue;
		if (c ? c->kind == SG_CON_CHECK &&
			    sg_diff__function_calls(fn, 'c', ct->name, c->name,
						    c->definition ? c->definition : c->expression, NULL)
		      : sg_diff__function_calls(fn, 'i', ct->name, x->name, x->definition, NULL))
			return true;
	}
	return false;
}

/*
 * For the down of ADD VALUE (recreate_enum `as_before`), which runs once the
 * main step's down has undone everything: drop (`create` false) or create
 * again, from the catalog's text, what else holds enum `e` and makes DROP
 * TYPE of the old one refuse: the triggers whose WHEN casts to it, other
 * domains' checks and defaults that do, the functions that take, return or
 * (a BEGIN ATOMIC or RETURN body) read it, and the defaults, checks and
 * indexes that call those.  Each statement ends with a newline.
 */
static void enum_code_sql(diff_ctx *ctx, sg_strbuf *sb, const char *e, bool create)
{
	const sg_schema *o = ctx->cur_original;
	sg_strbuf tmp = SG_STRBUF_INIT;
	if (create)
		for (size_t f = 0; f < ctx->cur->nfunctions; f++) {
			const sg_function *fn = &ctx->cur->functions[f];
			if (!function_names_enum(fn, e, &tmp))
				continue;
			if (sb->len && sb->data[sb->len - 1] == '\n') /* it starts its own line */
				sg_strbuf_truncate(sb, sb->len - 1);
			sg_diff__function_create_sql(ctx, sb, sg_diff__function_original(ctx, fn), fn->name);
			sg_strbuf_addch(sb, '\n');
		}
	for (size_t d = 0; d < ctx->cur->ndomains && o->ndomains == ctx->cur->ndomains; d++) {
		const sg_domain *dom = &o->domains[d];
		/* One based on the enum goes and comes back whole (sg_diff__enum_domains_sql). */
		if (sg_diff__type_reaches_enum(ctx, ctx->cur->domains[d].type, e))
			continue;
		for (size_t k = 0; k < dom->nchecks; k++) {
			if (!names_enum(dom->checks[k].expression, e, &tmp))
				continue;
			if (create) {
				sg_ddl_domain_add_check(sb, ctx->qual, dom->name, &dom->checks[k], false);
			} else {
				sg_strbuf_adds(sb, "ALTER DOMAIN ");
				sg_ddl_name(sb, ctx->qual, dom->name);
				sg_strbuf_adds(sb, " DROP CONSTRAINT ");
				sg_quote_ident(sb, dom->checks[k].name);
				sg_strbuf_addch(sb, ';');
			}
			sg_strbuf_addch(sb, '\n');
		}
		if (names_enum(dom->default_expr, e, &tmp)) {
			sg_strbuf_adds(sb, "ALTER DOMAIN ");
			sg_ddl_name(sb, ctx->qual, dom->name);
			if (create)
				sg_strbuf_addf(sb, " SET DEFAULT %s;\n", dom->default_expr);
			else
				sg_strbuf_adds(sb, " DROP DEFAULT;\n");
		}
	}
	for (size_t t = 0; t < ctx->cur->ntables && o->ntables == ctx->cur->ntables; t++) {
		const sg_table *ct = &ctx->cur->tables[t], *ot = &o->tables[t];
		for (size_t k = 0; k < ot->ntriggers; k++) {
			const sg_trigger *tg = &ot->triggers[k];
			bool calls = false;
			for (size_t f = 0; f < ctx->cur->nfunctions && tg->when && !calls; f++)
				calls = function_names_enum(&ctx->cur->functions[f], e, &tmp) &&
					sg_diff__text_calls(tg->when, ctx->cur->functions[f].name);
			if (!calls && !names_enum(tg->when, e, &tmp))
				continue;
			if (create) {
				if (sb->len && sb->data[sb->len - 1] == '\n')
					sg_strbuf_truncate(sb, sb->len - 1);
				sg_diff__create_triggers_sql(ctx, sb, ct->name, tg, 1);
			} else {
				sg_strbuf_adds(sb, "DROP TRIGGER ");
				sg_quote_ident(sb, tg->name);
				sg_strbuf_adds(sb, " ON ");
				sg_ddl_name(sb, ctx->qual, ct->name);
				sg_strbuf_addch(sb, ';');
			}
			sg_strbuf_addch(sb, '\n');
		}
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const char *dflt = ot->columns[k].default_expr;
			bool calls = false;
			for (size_t f = 0; f < ctx->cur->nfunctions && dflt && !calls; f++)
				calls = function_names_enum(&ctx->cur->functions[f], e, &tmp) &&
					sg_diff__function_calls(&ctx->cur->functions[f], 'd', ct->name,
								ct->columns[k].name, dflt, NULL);
			if (!calls)
				continue;
			sg_diff__alter_column(ctx, sb, ct->name, ct->columns[k].name);
			if (create)
				sg_strbuf_addf(sb, "SET DEFAULT %s;\n", dflt);
			else
				sg_strbuf_adds(sb, "DROP DEFAULT;\n");
		}
		/* Those enum_dependents_sql takes (they cast to the enum) are not taken twice. */
		for (size_t k = 0; k < ct->nconstraints; k++) {
			const sg_constraint *c = &ct->constraints[k];
			if (constraint_casts_to_enum(c, e, &tmp) || !calls_enum_function(ctx, ct, c, NULL, e, &tmp))
				continue;
			if (create)
				sg_ddl_add_constraint(sb, ctx->qual, ct->name, &ot->constraints[k], false);
			else
				sg_ddl_drop_constraint(sb, ctx->qual, ct->name, c->name);
			sg_strbuf_addch(sb, '\n');
		}
		for (size_t k = 0; k < ct->nindexes; k++) {
			const sg_index *x = &ct->indexes[k];
			if (index_casts_to_enum(x, e, &tmp) || !calls_enum_function(ctx, ct, NULL, x, e, &tmp))
				continue;
			if (create)
				sg_ddl_create_index(sb, ctx->qual, ct->name, &ot->indexes[k], false);
			else
				sg_ddl_drop_index(sb, ctx->qual, x->name, false);
			sg_strbuf_addch(sb, '\n');
		}
	}
	if (!create)
		for (size_t f = ctx->cur->nfunctions; f-- > 0;) {
			const sg_function *fn = &ctx->cur->functions[f];
			if (!function_names_enum(fn, e, &tmp))
				continue;
			sg_strbuf_addf(sb, "DROP %s ", fn->procedure ? "PROCEDURE" : "FUNCTION");
			sg_ddl_name(sb, ctx->qual, fn->name);
			sg_strbuf_addf(sb, "(%s);\n", fn->identity);
		}
	sg_strbuf_release(&tmp);
}

/* Move column `column` of `table` (now of type `cc_type`) to enum `target`, through text. */
static void move_column_to_enum(diff_ctx *ctx, sg_strbuf *sb, const sg_enum *target, const char *table,
				const char *column, const char *cc_type, bool had_default, const char *dflt)
{
	bool array = strcmp(cc_type + strlen(cc_type) - 2, "[]") == 0;
	if (had_default || dflt) {
		sg_strbuf_addch(sb, '\n');
		sg_diff__alter_column(ctx, sb, table, column);
		sg_strbuf_adds(sb, "DROP DEFAULT;");
	}
	sg_strbuf_addch(sb, '\n');
	sg_diff__alter_column(ctx, sb, table, column);
	sg_strbuf_adds(sb, "TYPE ");
	sg_ddl_name(sb, ctx->qual, target->name);
	sg_strbuf_adds(sb, array ? "[] USING " : " USING ");
	sg_quote_ident(sb, column);
	sg_strbuf_adds(sb, array ? "::text[]::" : "::text::");
	sg_ddl_name(sb, ctx->qual, target->name);
	sg_strbuf_adds(sb, array ? "[];" : ";");
	if (dflt) {
		sg_strbuf_addch(sb, '\n');
		sg_diff__alter_column(ctx, sb, table, column);
		sg_strbuf_addf(sb, "SET DEFAULT %s;", dflt);
	}
}

/*
 * Re-create enum `target`: rename the old type away, create the new one,
 * move every column that uses it over through text, drop the old.  The
 * current columns' types name it `cur_name` (its name before a rename).
 * `as_before`: the schema is as it was before the plan (the down of ADD
 * VALUE, which runs after the main step's down): every current column, by
 * its current name.  Otherwise the schema is at the re-create phase: the
 * desired tables' columns that exist then, by their desired names (the
 * renames have run; rebuilt generated columns are gone until later).
 */
static void recreate_enum(diff_ctx *ctx, sg_strbuf *sb, const sg_enum *target, const char *cur_name, bool to_desired,
			  bool as_before)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	sg_strbuf old_name = SG_STRBUF_INIT;
	sg_strbuf_addf(&old_name, "%s__old", target->name);
	sg_diff__newline_if_any(sb);
	/* The views that read its columns: ALTER COLUMN ... TYPE refuses a column a view reads. */
	if (as_before)
		sg_diff__enum_views_sql(ctx, sb, target->name, false);
	if (as_before)
		enum_dependents_sql(ctx, sb, target->name, false);
	if (as_before)
		sg_diff__exclusions_as_before(ctx, sb, target->name, false);
	if (as_before)
		enum_generated_sql(ctx, sb, target->name, false);
	if (as_before)
		enum_code_sql(ctx, sb, target->name, false);
	/* The domains based on the enum go first (diff_domain_group.c); every statement here ends in a newline. */
	if (sb->len && sb->data[sb->len - 1] == '\n')
		sg_strbuf_truncate(sb, sb->len - 1);
	sg_diff__enum_domains_sql(ctx, sb, target->name, 0, to_desired, as_before);
	if (sb->len)
		sg_strbuf_addch(sb, '\n');
	sg_strbuf_adds(sb, "ALTER TYPE ");
	sg_ddl_name(sb, ctx->qual, target->name);
	sg_strbuf_adds(sb, " RENAME TO ");
	sg_quote_ident(sb, old_name.data);
	sg_strbuf_adds(sb, ";\n");
	sg_ddl_create_enum(sb, ctx->qual, target);
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i];
		const sg_colmap *m = ctx->cur_match[i] ? &ctx->maps[i] : NULL;
		if (as_before) {
			for (size_t k = 0; k < ct->ncolumns; k++) {
				const sg_column *cc = &ct->columns[k];
				if (column_uses_type(cc, cur_name, &tmp))
					move_column_to_enum(ctx, sb, target, ct->name, cc->name, cc->type,
							    cc->default_expr != NULL, cc->default_expr);
			}
			continue;
		}
		if (!m)
			continue;
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *cc = &ct->columns[k], *wc = m->cur_to_want[k];
			if (!wc || sg_diff__column_recreated(m, k) || !column_uses_type(cc, cur_name, &tmp))
				continue;
			/* The default of the side being moved to: the other side's may name a value the new type lacks.
			 */
			const char *dflt = to_desired ? sg_ddl_default_text(wc) : cc->default_expr;
			move_column_to_enum(ctx, sb, target, m->want->name, wc->name, cc->type,
					    cc->default_expr || wc->default_expr, dflt);
		}
	}
	sg_diff__enum_domains_sql(ctx, sb, target->name, 1, to_desired, as_before);
	sg_strbuf_adds(sb, "\nDROP TYPE ");
	sg_ddl_name(sb, ctx->qual, old_name.data);
	sg_strbuf_adds(sb, ";");
	if (as_before) {
		sg_strbuf_addch(sb, '\n');
		enum_code_sql(ctx, sb, target->name, true);
		enum_generated_sql(ctx, sb, target->name, true);
		enum_dependents_sql(ctx, sb, target->name, true);
		sg_diff__exclusions_as_before(ctx, sb, target->name, true);
		sg_diff__enum_views_sql(ctx, sb, target->name, true);
		/* enum_dependents_sql ends every statement with a newline; the op text does not. */
		if (sb->len && sb->data[sb->len - 1] == '\n')
			sb->data[--sb->len] = '\0';
	}
	sg_strbuf_release(&tmp);
	sg_strbuf_release(&old_name);
}

static void rename_type(diff_ctx *ctx, sg_strbuf *sb, const char *from, const char *to)
{
	sg_strbuf_adds(sb, "ALTER TYPE ");
	sg_ddl_name(sb, ctx->qual, from);
	sg_strbuf_adds(sb, " RENAME TO ");
	sg_quote_ident(sb, to);
	sg_strbuf_addch(sb, ';');
}

static void drop_type(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	sg_strbuf_adds(sb, "DROP TYPE ");
	sg_ddl_name(sb, ctx->qual, name);
	sg_strbuf_adds(sb, ";");
}

/* The enums this plan re-creates (values removed or reordered), known before anything is planned. */
void sg_diff__find_recreated_enums(diff_ctx *ctx)
{
	for (size_t i = 0; i < ctx->want->nenums; i++) {
		const sg_enum *w = &ctx->want->enums[i];
		bool renamed;
		const sg_enum *c = sg_diff__enum_match(ctx, w, &renamed);
		if (!c || enum_values_eq(c, w) || enum_only_adds(c, w))
			continue;
		const sg_enum **more = realloc(ctx->recreated, (ctx->nrecreated + 1) * sizeof(*more));
		const sg_enum **from =
		    more ? realloc(ctx->recreated_from, (ctx->nrecreated + 1) * sizeof(*from)) : NULL;
		if (more)
			ctx->recreated = more;
		if (!from) {
			ctx->plan->failed = true;
			return;
		}
		ctx->recreated_from = from;
		/* The current enum when renamed (its columns' types name it so), else `w` itself. */
		ctx->recreated_from[ctx->nrecreated] = renamed ? c : w;
		ctx->recreated[ctx->nrecreated++] = w;
	}
}

void sg_diff__diff_enums(diff_ctx *ctx)
{
	/* Renames first (with the domains', after the views and triggers that name the enum are dropped). */
	for (size_t i = 0; i < ctx->want->nenums; i++) {
		const sg_enum *w = &ctx->want->enums[i];
		const sg_enum *c = sg_diff__enum_renamed(ctx->cur, ctx->want, w);
		if (!c)
			continue;
		rename_type(ctx, &ctx->up, c->name, w->name);
		rename_type(ctx, &ctx->down, w->name, c->name);
		sg_diff__finish_op(ctx, SG_PHASE_CREATE_DOMAIN, NULL, w->name, "rename enum %s to %s", c->name,
				   w->name);
	}
	for (size_t i = 0; i < ctx->want->nenums; i++) {
		const sg_enum *w = &ctx->want->enums[i];
		bool renamed;
		const sg_enum *c = sg_diff__enum_match(ctx, w, &renamed);
		if (!c) {
			sg_ddl_create_enum(&ctx->up, ctx->qual, w);
			drop_type(ctx, &ctx->down, w->name);
			sg_diff__finish_op(ctx, SG_PHASE_CREATE_ENUM, NULL, w->name, "create enum %s", w->name);
			continue;
		}
		/* A re-create (below) creates it with its comment. */
		if (!sg_str_eq(c->comment, w->comment) && (enum_values_eq(c, w) || enum_only_adds(c, w))) {
			sg_ddl_comment_type(&ctx->up, ctx->qual, w->name, w->comment);
			sg_ddl_comment_type(&ctx->down, ctx->qual, w->name, c->comment);
			sg_diff__finish_op(ctx, SG_PHASE_COMMENT, NULL, w->name, "comment on enum %s", w->name);
		}
		if (enum_values_eq(c, w))
			continue;
		if (enum_only_adds(c, w)) {
			/* Place each new value next to its neighbour so the order matches the model. */
			for (size_t k = 0; k < w->nvalues; k++) {
				if (enum_has_value(c, w->values[k]))
					continue;
				sg_diff__newline_if_any(&ctx->up);
				/* Its step runs before the main step: a renamed enum has its old name. */
				sg_strbuf_adds(&ctx->up, "ALTER TYPE ");
				sg_ddl_name(&ctx->up, ctx->qual, c->name);
				sg_strbuf_adds(&ctx->up, " ADD VALUE ");
				sg_quote_literal(&ctx->up, w->values[k]);
				const char *next = NULL;
				for (size_t m = k + 1; m < w->nvalues && !next; m++)
					if (enum_has_value(c, w->values[m]))
						next = w->values[m];
				if (next) {
					sg_strbuf_adds(&ctx->up, " BEFORE ");
					sg_quote_literal(&ctx->up, next);
				} else if (k > 0) {
					sg_strbuf_adds(&ctx->up, " AFTER ");
					sg_quote_literal(&ctx->up, w->values[k - 1]);
				}
				sg_strbuf_adds(&ctx->up, ";");
			}
			/*
			 * Its down runs once the main step's down has undone everything: the
			 * texts as the catalog read them, the renames of the plan undone.
			 */
			const sg_schema *seen = ctx->cur;
			ctx->cur = ctx->cur_original;
			recreate_enum(ctx, &ctx->down, c, c->name, false, true);
			sg_strbuf probe = SG_STRBUF_INIT;
			bool materialized = sg_diff__enum_views_sql(ctx, &probe, c->name, false);
			sg_strbuf_release(&probe);
			ctx->cur = seen;
			sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ENUM_ADD_VALUE, NULL, w->name,
						       "add values to enum %s", c->name);
			sg_diff__hazard(ctx, op, true, SG_HAZARD_DATA_LOSS,
					"removing the added values of enum '%s' fails while rows still use them",
					c->name);
			if (materialized)
				sg_diff__hazard(ctx, op, true, SG_HAZARD_REWRITE,
						"the materialized views that read enum '%s' compute their rows again",
						c->name);
			continue;
		}
		recreate_enum(ctx, &ctx->up, w, c->name, true, false);
		/* Its down runs before a rename is undone: the old values under the new name. */
		sg_enum back = *c;
		back.name = w->name;
		recreate_enum(ctx, &ctx->down, &back, c->name, false, false);
		sg_op *op =
		    sg_diff__finish_op(ctx, SG_PHASE_RECREATE_ENUM, NULL, w->name, "re-create enum %s", w->name);
		bool removes = false;
		for (size_t k = 0; k < c->nvalues; k++)
			if (!enum_has_value(w, c->values[k]))
				removes = true;
		if (removes) {
			sg_diff__hazard(ctx, op, false, SG_HAZARD_IRREVERSIBLE,
					"removes values from enum '%s': rows holding them make the migration fail",
					w->name);
			sg_diff__hazard(ctx, op, false, SG_HAZARD_DATA_LOSS,
					"enum '%s' loses values; update rows that use them first", w->name);
		}
		sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE, "every column of type '%s' is rewritten", w->name);
	}
	for (size_t i = 0; i < ctx->cur->nenums; i++) {
		const sg_enum *c = &ctx->cur->enums[i];
		bool renamed = false;
		for (size_t k = 0; k < ctx->want->nenums && !renamed; k++)
			renamed = sg_diff__enum_renamed(ctx->cur, ctx->want, &ctx->want->enums[k]) == c;
		if (renamed || sg_schema_find_enum(ctx->want, c->name))
			continue;
		drop_type(ctx, &ctx->up, c->name);
		sg_ddl_create_enum(&ctx->down, ctx->qual, c);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_ENUM, NULL, c->name, "drop enum %s", c->name);
	}
}

/* Whether `type` (format_type's text) is enum `name` or an array of it. */
static bool type_is(const char *type, const char *name, sg_strbuf *tmp)
{
	sg_strbuf_reset(tmp);
	sg_quote_ident(tmp, name);
	size_t n = tmp->len;
	return strncmp(type, tmp->data, n) == 0 && (type[n] == '\0' || strcmp(type + n, "[]") == 0);
}

/* Whether `type` is an enum of either side (or an array of one). */
bool sg_diff__is_enum_type(const diff_ctx *ctx, const char *type)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < ctx->cur->nenums && !found; i++)
		found = type_is(type, ctx->cur->enums[i].name, &tmp);
	for (size_t i = 0; i < ctx->want->nenums && !found; i++)
		found = type_is(type, ctx->want->enums[i].name, &tmp);
	sg_strbuf_release(&tmp);
	return found;
}

bool sg_diff__type_reaches_enum(const diff_ctx *ctx, const char *type, const char *e)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool reaches = type_is(type, e, &tmp);
	/* A domain's base type, as far as the chain goes (a cycle cannot exist; the bound is the domains' number). */
	for (size_t hops = 0; !reaches && hops < ctx->cur->ndomains; hops++) {
		long d = sg_diff__domain_of_type(ctx->cur, type, &tmp);
		if (d < 0)
			break;
		type = ctx->cur->domains[d].type;
		reaches = type_is(type, e, &tmp);
	}
	sg_strbuf_release(&tmp);
	return reaches;
}

bool sg_diff__text_casts_to_enum(const char *text, const char *e)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool casts = text_casts_to_enum(text, e, &tmp);
	sg_strbuf_release(&tmp);
	return casts;
}

bool sg_diff__text_names_recreated_enum(const diff_ctx *ctx, const char *text)
{
	if (!text || !ctx->nrecreated)
		return false;
	sg_strbuf q = SG_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < ctx->nrecreated && !found; i++) {
		sg_strbuf_reset(&q);
		sg_quote_ident(&q, ctx->recreated[i]->name);
		found = sg_diff__names_type(text, q.data);
		/* A renamed one: a type list, a result or a trigger's WHEN keep the old name. */
		if (!found && ctx->recreated_from[i] != ctx->recreated[i]) {
			sg_strbuf_reset(&q);
			sg_quote_ident(&q, ctx->recreated_from[i]->name);
			found = sg_diff__names_type(text, q.data);
		}
	}
	sg_strbuf_release(&q);
	return found;
}

bool sg_diff__uses_recreated_enum(const diff_ctx *ctx, const sg_column *col)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool uses = false;
	for (size_t i = 0; i < ctx->nrecreated && !uses; i++)
		uses = type_is_recreated(ctx, i, col->type, &tmp);
	sg_strbuf_release(&tmp);
	return uses;
}
