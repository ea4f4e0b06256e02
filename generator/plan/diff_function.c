/*
 * Functions and procedures in a diff (docs/diff.md, "Functions and
 * procedures").  A function is its name and argument types (not their
 * names: renaming an argument is a change of the same function); its text is
 * pg_get_functiondef()'s on both sides (the desired one read back from the
 * scratch schema), so only a real change is a change.
 *   - new: CREATE OR REPLACE; down: DROP.
 *   - gone: DROP, after the tables and columns whose defaults and checks
 *     called it; down: the old definition re-created.
 *   - changed, same kind, same result and same arguments (names and
 *     defaults included): CREATE OR REPLACE, which keeps everything that
 *     depends on it; down: the old definition, replaced back.
 *   - changed otherwise (result, argument names or defaults, function to
 *     procedure): DROP and CREATE, which PostgreSQL requires.
 *   - renamed (`renamed_from`, same argument types): ALTER ... RENAME TO,
 *     then the change if the text differs too.  Other argument types are
 *     another function: the old one is dropped, the new one created; when
 *     they share a name, the old one is dropped just before the new one is
 *     created (a call may fit both), after the callers that change.
 * A function that takes or returns a table's row type is created after the
 * tables and dropped before them, and so is one whose body (BEGIN ATOMIC,
 * RETURN: parsed at creation) reads a column that goes or changes type
 * (PostgreSQL refuses the change while it exists), even when its text
 * stays; the others are created before the tables (a default or a check may
 * call them) and dropped after them.  A LANGUAGE
 * sql body, and a plpgsql one (its `t.c%TYPE` declarations), is checked when
 * it is created unless check_function_bodies is off, and may read tables the
 * same migration creates later: its CREATE turns the check off for the
 * migration's transaction (as pg_dump does); the scratch schema has checked
 * it already.
 */
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "function_order.h"

static const char *kind_word(const sg_function *fn)
{
	return fn->procedure ? "PROCEDURE" : "FUNCTION";
}

static const char *kind_noun(const sg_function *fn)
{
	return fn->procedure ? "procedure" : "function";
}

/*
 * Where the text after the routine's name starts in its catalog definition
 * (`CREATE OR REPLACE FUNCTION name` then `(args) ...`), or NULL when the
 * definition does not start so.
 */
static const char *after_name(const sg_function *fn, sg_strbuf *tmp)
{
	sg_strbuf_reset(tmp);
	sg_strbuf_addf(tmp, "CREATE OR REPLACE %s ", kind_word(fn));
	sg_quote_ident(tmp, fn->name);
	if (sg_strbuf_failed(tmp) || strncmp(fn->definition, tmp->data, tmp->len) != 0)
		return NULL;
	return fn->definition + tmp->len;
}

/*
 * sg_diff__function_create_sql, for a CREATE OR REPLACE that turns
 * `replaced` into `fn` (NULL: a function that does not exist): the replace
 * keeps `replaced`'s comment, so fn's is set only when it differs (IS NULL
 * when fn has none).
 */
static void create_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_function *fn, const char *name,
		       const sg_function *replaced)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	const char *rest = after_name(fn, &tmp);
	sg_diff__newline_if_any(sb);
	if (fn->sql_body)
		sg_strbuf_adds(sb, "SET LOCAL check_function_bodies = off;\n");
	if (rest) {
		sg_strbuf_addf(sb, "CREATE OR REPLACE %s ", kind_word(fn));
		sg_ddl_name(sb, ctx->qual, name);
		sg_strbuf_adds(sb, rest);
	} else {
		sg_strbuf_adds(sb, fn->definition);
	}
	/* pg_get_functiondef() ends with a newline after the body; a statement of ours ends with ";". */
	size_t len = sb->len;
	while (len && (sb->data[len - 1] == '\n' || sb->data[len - 1] == ' '))
		len--;
	sg_strbuf_truncate(sb, len);
	sg_strbuf_adds(sb, ";");
	sg_strbuf_release(&tmp);
	if (replaced ? !sg_str_eq(fn->comment, replaced->comment) : fn->comment != NULL) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_function(sb, ctx->qual, fn->procedure, name, fn->identity, fn->comment);
	}
}

void sg_diff__function_create_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_function *fn, const char *name)
{
	create_sql(ctx, sb, fn, name, NULL);
}

/* `c` (named as `w` by now) stays as it is but for its comment. */
static void comment_sql(diff_ctx *ctx, const sg_function *c, const sg_function *w)
{
	if (sg_str_eq(c->comment, w->comment))
		return;
	sg_ddl_comment_function(&ctx->up, ctx->qual, w->procedure, w->name, w->identity, w->comment);
	sg_ddl_comment_function(&ctx->down, ctx->qual, c->procedure, w->name, c->identity, c->comment);
	sg_diff__finish_op(ctx, SG_PHASE_COMMENT, NULL, w->name, "comment on %s %s(%s)", kind_noun(w), w->name,
			   w->identity);
}

/* `DROP FUNCTION name(identity);`, named `name` (the name it has at that point). */
static void drop_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_function *fn, const char *name)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_addf(sb, "DROP %s ", kind_word(fn));
	sg_ddl_name(sb, ctx->qual, name);
	sg_strbuf_addf(sb, "(%s);", fn->identity);
}

static void rename_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_function *fn, const char *from, const char *to)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_addf(sb, "ALTER %s ", kind_word(fn));
	sg_ddl_name(sb, ctx->qual, from);
	sg_strbuf_addf(sb, "(%s) RENAME TO ", fn->identity);
	sg_quote_ident(sb, to);
	sg_strbuf_adds(sb, ";");
}

/* Whether two definitions say the same after their names. */
static bool same_text(const sg_function *a, const sg_function *b)
{
	sg_strbuf ta = SG_STRBUF_INIT, tb = SG_STRBUF_INIT;
	const char *ra = after_name(a, &ta), *rb = after_name(b, &tb);
	bool same = ra && rb ? strcmp(ra, rb) == 0 : strcmp(a->definition, b->definition) == 0;
	sg_strbuf_release(&ta);
	sg_strbuf_release(&tb);
	return same && a->procedure == b->procedure;
}

/* Whether CREATE OR REPLACE can turn `c` into `w`: same kind, same result, same arguments with their names. */
static bool replaceable(const sg_function *c, const sg_function *w)
{
	return c->procedure == w->procedure && sg_str_eq(c->result, w->result) && sg_str_eq(c->arguments, w->arguments);
}

static sg_phase create_phase(const sg_function *fn)
{
	return fn->row_type ? SG_PHASE_CREATE_FUNCTION_LATE : SG_PHASE_CREATE_FUNCTION;
}

/* A BEGIN ATOMIC or RETURN body: its names are resolved when the function is created. */
static bool atomic_body(const sg_function *fn)
{
	return !fn->sql_body && fn->definition && strstr(fn->definition, " LANGUAGE sql");
}

static bool names(const char *text, const char *name, sg_strbuf *q)
{
	sg_strbuf_reset(q);
	sg_quote_ident(q, name);
	return sg_diff__names_type(text, q->data);
}

/*
 * The phase of new function `w`: create_phase's, unless its definition
 * names a relation that exists under that name only later in the plan: a
 * table, view or sequence renamed to it, or a sequence created after the
 * renames (SG_PHASE_CREATE_FUNCTION_RENAMED); a new table (after the tables,
 * with those of a row type).  Only a body resolved at creation needs it; an
 * argument's default (`nextval('s')`) is resolved too.
 */
static sg_phase new_phase(const diff_ctx *ctx, const sg_function *w)
{
	sg_phase phase = create_phase(w);
	if (phase != SG_PHASE_CREATE_FUNCTION)
		return phase;
	/*
	 * One that takes, returns or (a BEGIN ATOMIC or RETURN body, an argument's
	 * default) reads an enum the plan re-creates: created before, it held the
	 * old type, whose DROP TYPE then refused (diff_function_domain.c drops the
	 * current ones first).
	 */
	if (sg_diff__text_names_recreated_enum(ctx, w->types) ||
	    sg_diff__text_names_recreated_enum(ctx, w->arguments) ||
	    sg_diff__text_names_recreated_enum(ctx, w->result) ||
	    (atomic_body(w) && sg_diff__text_names_recreated_enum(ctx, w->definition)))
		return SG_PHASE_CREATE_FUNCTION_RENAMED;
	const char *text = atomic_body(w) ? w->definition : w->arguments;
	if (!text)
		return phase;
	sg_strbuf q = SG_STRBUF_INIT;
	for (size_t i = 0; i < ctx->want->nsequences && phase == SG_PHASE_CREATE_FUNCTION; i++)
		if (sg_diff__sequence_late(ctx, &ctx->want->sequences[i]) &&
		    names(text, ctx->want->sequences[i].name, &q))
			phase = SG_PHASE_CREATE_FUNCTION_RENAMED;
	for (size_t i = 0; i < ctx->cur->ntables && phase == SG_PHASE_CREATE_FUNCTION; i++) {
		const sg_table *wt = ctx->cur_match[i];
		if (wt && strcmp(wt->name, ctx->cur->tables[i].name) != 0 && names(text, wt->name, &q))
			phase = SG_PHASE_CREATE_FUNCTION_RENAMED;
	}
	for (size_t i = 0; i < ctx->want->nviews && phase == SG_PHASE_CREATE_FUNCTION; i++) {
		const sg_view *v = &ctx->want->views[i];
		if (v->renamed_from && !sg_schema_find_view(ctx->cur, v->name) &&
		    sg_schema_find_view(ctx->cur, v->renamed_from) && names(text, v->name, &q))
			phase = SG_PHASE_CREATE_FUNCTION_RENAMED;
	}
	if (phase == SG_PHASE_CREATE_FUNCTION && atomic_body(w)) {
		/* A new table: the desired tables no current one continues. */
		bool *continued = calloc(ctx->want->ntables + 1, sizeof(bool));
		for (size_t i = 0; continued && i < ctx->cur->ntables; i++)
			if (ctx->cur_match[i])
				continued[ctx->cur_match[i] - ctx->want->tables] = true;
		for (size_t i = 0; continued && i < ctx->want->ntables && phase == SG_PHASE_CREATE_FUNCTION; i++)
			if (!continued[i] && names(text, ctx->want->tables[i].name, &q))
				phase = SG_PHASE_CREATE_FUNCTION_LATE;
		free(continued);
	}
	/*
	 * A body or an argument's default that calls a function dropped and
	 * created again once its callers have changed (SG_PHASE_RECREATE_FUNCTION)
	 * is resolved to the new one: created after it (the down drops it first).
	 */
	for (size_t i = 0; i < ctx->cur->nfunctions && phase == SG_PHASE_CREATE_FUNCTION; i++) {
		const sg_function *c = &ctx->cur->functions[i];
		const sg_function *t = sg_diff__function_moved(ctx, c) ? sg_diff__function_target(ctx, c) : NULL;
		if (t && (sg_diff__text_calls(text, c->name) || sg_diff__text_calls(text, t->name)))
			phase = SG_PHASE_CREATE_FUNCTION_RENAMED;
	}
	sg_strbuf_release(&q);
	return phase;
}

/* `c` (named as `w` by now) becomes `w` (same name and argument types), whose text differs. */
static void change_function(diff_ctx *ctx, const sg_function *c, const sg_function *w)
{
	bool replace = replaceable(c, w);
	if (!replace) {
		drop_sql(ctx, &ctx->up, c, w->name);
		drop_sql(ctx, &ctx->down, w, w->name);
	}
	sg_phase phase = sg_diff__function_moved(ctx, c) ? SG_PHASE_RECREATE_FUNCTION
							 : create_phase(w->row_type || c->row_type ? w : c);
	/*
	 * A new text that names a sequence, table or view by the name the renames
	 * give it is created after them; the down puts back the current text as
	 * it reads once they ran (sg_diff__renamed_defaults) before they are undone.
	 */
	if (phase == SG_PHASE_CREATE_FUNCTION && new_phase(ctx, w) == SG_PHASE_CREATE_FUNCTION_RENAMED)
		phase = SG_PHASE_CREATE_FUNCTION_RENAMED;
	create_sql(ctx, &ctx->up, w, w->name, replace ? c : NULL);
	/*
	 * A renamed function has its new name by then.  Before the sequence
	 * renames, the down runs once they are undone: the text as read, before
	 * they were seen through it (random class function_links, seed 7007).
	 */
	const sg_function *back = c;
	if (phase < SG_PHASE_RENAME_SEQUENCE && ctx->cur_as_read &&
	    ctx->cur_as_read->nfunctions == ctx->cur->nfunctions &&
	    strcmp(ctx->cur_as_read->functions[c - ctx->cur->functions].name, c->name) == 0)
		back = &ctx->cur_as_read->functions[c - ctx->cur->functions];
	create_sql(ctx, &ctx->down, back, w->name, replace ? w : NULL);
	sg_diff__finish_op(ctx, phase, NULL, w->name, replace ? "replace %s %s(%s)" : "drop and create %s %s(%s)",
			   kind_noun(w), w->name, w->identity);
}

/* The current function that desired `w` continues under `renamed_from`, or NULL. */
static const sg_function *renamed_source(const diff_ctx *ctx, const sg_function *w, const bool *taken)
{
	if (!w->renamed_from || strcmp(w->renamed_from, w->name) == 0)
		return NULL;
	const sg_function *c = sg_schema_find_function(ctx->cur, w->renamed_from, w->types);
	if (!c || taken[c - ctx->cur->functions])
		return NULL;
	/* The old name is still a desired function of these arguments: nothing to rename. */
	if (sg_schema_find_function(ctx->want, c->name, c->types))
		return NULL;
	return c;
}

/*
 * The current function of w's name that the plan drops while it creates w
 * (other argument types: a signature change), or NULL.  Both existing at
 * once, a call may fit both (`f(text)` and `f(text, integer DEFAULT 0)`:
 * "function f(text) is not unique"), so the old one is dropped just before
 * the new one is created, once its callers that change have gone
 * (SG_PHASE_RECREATE_FUNCTION); diff_function_users.c refuses the plan when
 * one stays.  Functions of a table's row type keep their own phases.
 */
static const sg_function *replaced_overload(const diff_ctx *ctx, const sg_function *w, const bool *taken)
{
	if (w->row_type)
		return NULL;
	for (size_t i = 0; i < ctx->cur->nfunctions; i++) {
		const sg_function *c = &ctx->cur->functions[i];
		/* One dropped around a domain is gone already (diff_function_domain.c). */
		if (taken[i] || c->row_type || sg_diff__function_around(ctx, c) || strcmp(c->name, w->name) != 0 ||
		    sg_schema_find_function(ctx->want, c->name, c->types))
			continue;
		bool renamed_later = false; /* another desired function continues it under a new name */
		for (size_t k = 0; k < ctx->want->nfunctions && !renamed_later; k++)
			renamed_later = sg_str_eq(ctx->want->functions[k].renamed_from, c->name);
		if (!renamed_later)
			return c;
	}
	return NULL;
}

bool sg_diff__function_replaced_by_overload(const diff_ctx *ctx, const sg_function *c)
{
	if (c->row_type || sg_schema_find_function(ctx->want, c->name, c->types))
		return false;
	for (size_t k = 0; k < ctx->want->nfunctions; k++)
		if (sg_str_eq(ctx->want->functions[k].renamed_from, c->name))
			return false;
	for (size_t k = 0; k < ctx->want->nfunctions; k++) {
		const sg_function *w = &ctx->want->functions[k];
		if (strcmp(w->name, c->name) == 0 && !w->row_type &&
		    !sg_schema_find_function(ctx->cur, w->name, w->types))
			return true;
	}
	return false;
}

const sg_function *sg_diff__function_target(const diff_ctx *ctx, const sg_function *c)
{
	const sg_function *w = sg_schema_find_function(ctx->want, c->name, c->types);
	for (size_t i = 0; i < ctx->want->nfunctions && !w; i++) {
		const sg_function *r = &ctx->want->functions[i];
		if (r->renamed_from && strcmp(r->renamed_from, c->name) == 0 && strcmp(r->name, c->name) != 0 &&
		    sg_str_eq(r->types, c->types) && !sg_schema_find_function(ctx->cur, r->name, r->types))
			w = r;
	}
	return w;
}

bool sg_diff__function_changed(const diff_ctx *ctx, const sg_function *c)
{
	const sg_function *w = sg_diff__function_target(ctx, c);
	return w && !same_text(c, w);
}

bool sg_diff__function_redone_in_place(const diff_ctx *ctx, const sg_function *c)
{
	const sg_function *w = sg_diff__function_target(ctx, c);
	return w && !same_text(c, w) && !replaceable(c, w);
}

/*
 * Whether a table or a column that `c`'s body reads (a body parsed at
 * creation: pg_depend) goes, is rebuilt or changes type: PostgreSQL refuses
 * DROP COLUMN and ALTER COLUMN TYPE while the function exists, so it is
 * dropped before the change and created again after it.
 */
/*
 * Whether `c` takes or returns the row type of a table the plan renames: the
 * catalog prints the new type name once the rename ran, so the old text cannot
 * be created again after it (nor the new one before it).
 */
static bool row_type_renamed(const diff_ctx *ctx, const sg_function *c)
{
	if (!c->row_type)
		return false;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i], *wt = ctx->cur_match[i];
		if (!wt || strcmp(wt->name, ct->name) == 0)
			continue;
		sg_strbuf q = SG_STRBUF_INIT;
		sg_ddl_name(&q, NULL, ct->name);
		bool named = !sg_strbuf_failed(&q) &&
			     (sg_diff__names_type(c->types, q.data) || sg_diff__names_type(c->result, q.data));
		sg_strbuf_release(&q);
		if (named)
			return true;
	}
	return false;
}

static bool body_reads_changed(const diff_ctx *ctx, const sg_function *c)
{
	if (row_type_renamed(ctx, c))
		return true;
	for (size_t i = 0; i < c->nreads; i++) {
		const char *r = c->reads[i], *dot = strchr(r, '.');
		char *rel = strndup(r, dot ? (size_t)(dot - r) : strlen(r));
		const sg_table *ct = rel ? sg_schema_find_table(ctx->cur, rel) : NULL;
		free(rel);
		if (!ct)
			continue;
		size_t ti = (size_t)(ct - ctx->cur->tables);
		/* A renamed table or column: the live body prints the new name once the rename ran. */
		if (!ctx->cur_match[ti] || strcmp(ctx->cur_match[ti]->name, ct->name) != 0)
			return true;
		if (!dot)
			continue;
		const sg_colmap *m = &ctx->maps[ti];
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *cc = &ct->columns[k], *wc = m->cur_to_want[k];
			if (strcmp(cc->name, dot + 1) != 0)
				continue;
			if (!wc || strcmp(wc->name, cc->name) != 0 || sg_diff__column_recreated(m, k) ||
			    !sg_diff__same_type(ctx, cc->type, wc->type) || !sg_str_eq(cc->collation, wc->collation) ||
			    sg_diff__uses_recreated_enum(ctx, cc) || sg_diff__type_redone(ctx, cc->type))
				return true;
		}
	}
	return false;
}

bool sg_diff__function_around_tables(const diff_ctx *ctx, const sg_function *c)
{
	return !sg_diff__function_around(ctx, c) && !sg_diff__function_on_views(ctx, c) && body_reads_changed(ctx, c);
}

/*
 * Whether desired `w` is created after the tables and columns: after the
 * views, or in SG_PHASE_CREATE_FUNCTION_LATE (new, created again around the
 * tables, or dropped and created again there).
 */
static bool created_late(const diff_ctx *ctx, const sg_function *w)
{
	if (sg_diff__function_created_after_views(ctx, w))
		return true;
	for (size_t i = 0; i < ctx->cur->nfunctions; i++) {
		const sg_function *c = &ctx->cur->functions[i];
		/* Its target has its name or was renamed from it (else 1,000 x 1,000 lookups at 10,000 tables). */
		if ((strcmp(c->name, w->name) != 0 && !sg_str_eq(c->name, w->renamed_from)) ||
		    sg_diff__function_target(ctx, c) != w)
			continue;
		if (sg_diff__function_around(ctx, c))
			return new_phase(ctx, w) == SG_PHASE_CREATE_FUNCTION_LATE;
		if (body_reads_changed(ctx, c))
			return true;
		/* Replaced in place, the function exists all along. */
		return !same_text(c, w) && !replaceable(c, w) && !sg_diff__function_moved(ctx, c) &&
		       create_phase(w->row_type || c->row_type ? w : c) == SG_PHASE_CREATE_FUNCTION_LATE;
	}
	return !sg_schema_find_function(ctx->cur, w->name, w->types) &&
	       new_phase(ctx, w) == SG_PHASE_CREATE_FUNCTION_LATE;
}

void sg_diff__find_late_functions(diff_ctx *ctx)
{
	for (size_t i = 0; i < ctx->want->nfunctions && !ctx->plan->failed; i++) {
		if (!created_late(ctx, &ctx->want->functions[i]))
			continue;
		const sg_function **grown = realloc(ctx->late_fns, (ctx->nlate_fns + 1) * sizeof(*grown));
		if (!grown) {
			ctx->plan->failed = true;
			return;
		}
		grown[ctx->nlate_fns++] = &ctx->want->functions[i];
		ctx->late_fns = grown;
	}
}

bool sg_diff__calls_late_function(const diff_ctx *ctx, const char *text)
{
	for (size_t i = 0; text && i < ctx->nlate_fns; i++)
		if (sg_diff__text_calls(text, ctx->late_fns[i]->name))
			return true;
	return false;
}

bool sg_diff__function_dropped(const diff_ctx *ctx, const char *name, const char *types)
{
	const sg_function *c = sg_schema_find_function(ctx->cur, name, types);
	if (!c)
		return false;
	/* A renamed function counts as dropped here: the views and triggers that name it are created again. */
	if (sg_diff__function_around(ctx, c) || sg_diff__function_on_views(ctx, c))
		return true;
	const sg_function *w = sg_schema_find_function(ctx->want, name, types);
	return !w || (!same_text(c, w) && !replaceable(c, w)) || body_reads_changed(ctx, c);
}

bool sg_diff__function_dropped_under(const diff_ctx *ctx, const char *name, const char *types)
{
	const sg_function *c = sg_schema_find_function(ctx->cur, name, types);
	return c && sg_diff__function_recreated(ctx, c);
}

bool sg_diff__function_recreated(const diff_ctx *ctx, const sg_function *c)
{
	if (sg_diff__function_around(ctx, c) || sg_diff__function_on_views(ctx, c))
		return true;
	const sg_function *w = sg_diff__function_target(ctx, c);
	return !w || (!same_text(c, w) && !replaceable(c, w)) || body_reads_changed(ctx, c);
}

/*
 * `c` (named `w`'s name by then) dropped before the tables change and `w`
 * created after them: a column its body reads goes or changes type.
 */
static void drop_around_tables(diff_ctx *ctx, const sg_function *c, const sg_function *w)
{
	drop_sql(ctx, &ctx->up, c, w->name);
	sg_diff__function_create_sql(ctx, &ctx->down, c, w->name);
	sg_diff__finish_op(ctx, SG_PHASE_DROP_FUNCTION_EARLY, NULL, w->name,
			   "drop %s %s(%s) (created again below: a table or column it uses changes or is renamed)",
			   kind_noun(c), w->name, c->identity);
	sg_diff__function_create_sql(ctx, &ctx->up, w, w->name);
	drop_sql(ctx, &ctx->down, w, w->name);
	sg_diff__finish_op(ctx, SG_PHASE_CREATE_FUNCTION_LATE, NULL, w->name, "create again %s %s(%s)", kind_noun(w),
			   w->name, w->identity);
}

void sg_diff__diff_functions(diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur, *want = ctx->want;
	bool *taken = calloc(cur->nfunctions + 1, sizeof(bool));
	if (!taken) {
		ctx->plan->failed = true;
		return;
	}
	/* Creates with callees first, drops with callers first (function_order.h). */
	size_t *want_order = sg_function_order(want), *cur_order = sg_function_order(cur);
	if ((!want_order && want->nfunctions) || (!cur_order && cur->nfunctions)) {
		ctx->plan->failed = true;
		free(want_order);
		free(cur_order);
		free(taken);
		return;
	}
	for (size_t i = 0; i < cur->nfunctions; i++)
		taken[i] = sg_diff__function_on_views(ctx, &cur->functions[i]); /* diff_view.c's */
	for (size_t o = 0; o < want->nfunctions; o++) {
		const sg_function *w = &want->functions[want_order[o]];
		if (sg_diff__function_created_after_views(ctx, w))
			continue;
		const sg_function *c = sg_schema_find_function(cur, w->name, w->types);
		if (!c)
			c = renamed_source(ctx, w, taken);
		if (c && sg_diff__function_around(ctx, c)) {
			/* Dropped before a domain's re-create (diff_function_domain.c): created as desired after it. */
			taken[c - cur->functions] = true;
			sg_diff__function_create_sql(ctx, &ctx->up, w, w->name);
			drop_sql(ctx, &ctx->down, w, w->name);
			sg_diff__finish_op(ctx, new_phase(ctx, w), NULL, w->name, "create again %s %s(%s)",
					   kind_noun(w), w->name, w->identity);
			continue;
		}
		c = sg_schema_find_function(cur, w->name, w->types);
		if (c) {
			taken[c - cur->functions] = true;
			if (body_reads_changed(ctx, c))
				drop_around_tables(ctx, c, w);
			else if (!same_text(c, w))
				change_function(ctx, c, w);
			else
				comment_sql(ctx, c, w);
			continue;
		}
		if ((c = renamed_source(ctx, w, taken))) {
			taken[c - cur->functions] = true;
			rename_sql(ctx, &ctx->up, c, c->name, w->name);
			rename_sql(ctx, &ctx->down, c, w->name, c->name);
			sg_diff__finish_op(ctx, SG_PHASE_CREATE_FUNCTION, NULL, w->name, "rename %s %s(%s) to %s",
					   kind_noun(c), c->name, c->identity, w->name);
			if (body_reads_changed(ctx, c))
				drop_around_tables(ctx, c, w);
			else if (!same_text(c, w))
				change_function(ctx, c, w);
			else
				comment_sql(ctx, c, w);
			continue;
		}
		sg_phase phase = new_phase(ctx, w);
		if ((c = replaced_overload(ctx, w, taken))) { /* dropped first: a call may fit both */
			taken[c - cur->functions] = true;
			phase = SG_PHASE_RECREATE_FUNCTION;
			drop_sql(ctx, &ctx->up, c, c->name);
			sg_diff__function_create_sql(ctx, &ctx->down, c, c->name);
			sg_diff__finish_op(ctx, phase, NULL, c->name, "drop %s %s(%s)", kind_noun(c), c->name,
					   c->identity);
		}
		sg_diff__function_create_sql(ctx, &ctx->up, w, w->name);
		drop_sql(ctx, &ctx->down, w, w->name);
		sg_diff__finish_op(ctx, phase, NULL, w->name, "create %s %s(%s)", kind_noun(w), w->name, w->identity);
	}
	for (size_t o = cur->nfunctions; o-- > 0;) {
		size_t i = cur_order[o];
		const sg_function *c = &cur->functions[i];
		if (taken[i] || sg_diff__function_around(ctx, c))
			continue;
		drop_sql(ctx, &ctx->up, c, c->name);
		sg_diff__function_create_sql(ctx, &ctx->down, c, c->name);
		/* Before the tables change when it takes a row type or its body reads a column that changes. */
		bool early = c->row_type || body_reads_changed(ctx, c);
		sg_diff__finish_op(ctx, early ? SG_PHASE_DROP_FUNCTION_EARLY : SG_PHASE_DROP_FUNCTION, NULL, c->name,
				   "drop %s %s(%s)", kind_noun(c), c->name, c->identity);
	}
	free(want_order);
	free(cur_order);
	free(taken);
}
