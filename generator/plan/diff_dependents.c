/*
 * Objects outside the models that depend on managed ones
 * (sg_schema.dependents, read by catalog/catalog_dependents.c from
 * pg_depend): a composite type with an attribute of a managed domain, a view
 * of another schema reading a managed column, a cast through a managed
 * function, a foreign key of another schema to a managed key...  PostgreSQL
 * refuses to drop such an object while they exist (the plan never writes
 * CASCADE), and refuses to change the type of a column a view, rule,
 * function body, policy or publication reads, or to rewrite a table whose
 * row type a column of another table stores.
 *
 * Once the diff has planned every operation, its statements are read in the
 * order the migration runs them (by phase, then as planned; the downs in
 * reverse), following the renames, so every way the plan drops an object
 * counts, however it came to (a domain or enum re-created, a function
 * dropped around a domain, a view created again, a key dropped and added
 * again, a column retyped by a re-create): a DROP of the object, a DROP
 * COLUMN or ALTER COLUMN ... TYPE of its column, an ADD COLUMN that rewrites
 * a table whose row type another table stores.  An up statement that would
 * fail so refuses the plan (exit 2, one line naming both objects and what
 * to do); a down statement gets an `irreversible` hazard on the down of its
 * operation, naming them.  Dependents PostgreSQL carries along are no
 * concern: statistics objects and exclusion constraints (automatic
 * dependencies, not listed), foreign keys when the key column's type changes
 * (rebuilt), composite types that hold a table's row type when its columns
 * change (no stored rows).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"
#include "sql_tokens.h"

/* One dependent and the name its managed object (and column) has at this point of the plan. */
typedef struct track {
	const sg_dependent *dep;
	sg_sql_ns ns;
	char *name;   /* malloc'd */
	char *column; /* malloc'd, NULL for the object as a whole */
} track;

typedef struct scan {
	diff_ctx *ctx;
	track *tracks;
	size_t ntracks;
	bool down;	  /* reading downs: a failure is a hazard of `op`'s down */
	sg_op *op;	  /* the operation whose statements are read */
	bool stop;	  /* an up statement would fail: the plan is refused */
	sg_strbuf a, b;	  /* scratch for names */
	sg_strbuf reason; /* the message being built */
	/* Collecting (sg_diff_dependent_names): every name the statements act on, instead of checking. */
	bool collect;
	bool note_only; /* collecting the tables of validated domains only (note_checked_tables) */
	char **names;
	size_t nnames, cap;
} scan;

static sg_sql_ns ns_of_kind(const char *kind)
{
	if (strcmp(kind, "domain") == 0 || strcmp(kind, "enum") == 0)
		return SG_NS_TYPE;
	if (strcmp(kind, "function") == 0)
		return SG_NS_FUNCTION;
	return SG_NS_RELATION;
}

/* Whether `name` is `n`, or `from` (a renamed_from) is. */
static bool named(const char *name, const char *n, const char *from)
{
	return strcmp(n, name) == 0 || (from && strcmp(from, name) == 0);
}

/*
 * Whether the desired side has an object of the dependent's kind and name, or
 * one renamed from it: the plan creates it again.
 */
static bool created_again(const diff_ctx *ctx, const sg_dependent *d)
{
	const sg_schema *w = ctx->want;
	const char *kind = d->kind, *name = d->name;
	for (size_t i = 0; strcmp(kind, "enum") == 0 && i < w->nenums; i++)
		if (named(name, w->enums[i].name, w->enums[i].renamed_from))
			return true;
	for (size_t i = 0; strcmp(kind, "domain") == 0 && i < w->ndomains; i++)
		if (named(name, w->domains[i].name, w->domains[i].renamed_from))
			return true;
	for (size_t i = 0; strcmp(kind, "table") == 0 && i < w->ntables; i++)
		if (named(name, w->tables[i].name, w->tables[i].renamed_from))
			return true;
	for (size_t i = 0; strcmp(kind, "view") == 0 && i < w->nviews; i++)
		if (named(name, w->views[i].name, w->views[i].renamed_from))
			return true;
	for (size_t i = 0; strcmp(kind, "sequence") == 0 && i < w->nsequences; i++)
		if (named(name, w->sequences[i].name, w->sequences[i].renamed_from))
			return true;
	/* a function by its name alone (d->name carries its arguments) */
	size_t len = strcspn(name, "(");
	for (size_t i = 0; strcmp(kind, "function") == 0 && i < w->nfunctions; i++) {
		const sg_function *f = &w->functions[i];
		if ((strlen(f->name) == len && strncmp(f->name, name, len) == 0) ||
		    (f->renamed_from && strlen(f->renamed_from) == len && strncmp(f->renamed_from, name, len) == 0))
			return true;
	}
	return false;
}

static const char *const remedy =
    "drop that object first and create it again after this migration, or write this step by hand";

/*
 * Track `k` cannot stay as the statement wants: `subject` says what the
 * statement does, `on_column` whether its object is the column's table.
 */
static void fail(scan *s, const track *k, const char *subject, bool on_column)
{
	const sg_dependent *d = k->dep;
	sg_strbuf *m = &s->reason;
	sg_strbuf_reset(m);
	if (s->down)
		sg_strbuf_adds(m, "the down ");
	if (d->extension)
		sg_strbuf_addf(m, "%s, but '%s', a member of extension '%s', which the models do not manage, ", subject,
			       d->what, d->extension);
	else
		sg_strbuf_addf(m, "%s, but '%s', which the models do not manage, ", subject, d->what);
	if (d->stores_row)
		sg_strbuf_addf(m, "stores the row type of table '%s'", d->name);
	else if (d->column && on_column)
		sg_strbuf_addf(m, "depends on its column '%s'", d->column);
	else
		sg_strbuf_adds(m, "depends on it");
	sg_strbuf_adds(m, s->down ? ": the down fails while it exists; " : ": ");
	/* PostgreSQL drops an extension's member only with the extension (or once ALTER EXTENSION ... DROP frees it) */
	if (d->extension)
		sg_strbuf_addf(
		    m,
		    "take it out of the extension (ALTER EXTENSION %s DROP ...) or change the extension first, "
		    "or write this step by hand",
		    d->extension);
	else
		sg_strbuf_adds(m, remedy);
	if (sg_strbuf_failed(m)) {
		s->ctx->plan->failed = true;
		return;
	}
	if (s->down) {
		/* one hazard of a code per down: joined to one it has (re-adds a column empty...), not dropped */
		sg_op *op = s->op;
		for (size_t h = 0; h < op->ndown_hazards; h++) {
			sg_hazard *z = &op->down_hazards[h];
			if (z->code != SG_HAZARD_IRREVERSIBLE || strstr(z->message, m->data))
				continue;
			sg_strbuf both = SG_STRBUF_INIT;
			sg_strbuf_addf(&both, "%s; %s", z->message, m->data);
			const char *joined =
			    sg_strbuf_failed(&both) ? NULL : sg_arena_strdup(s->ctx->plan->arena, both.data);
			sg_strbuf_release(&both);
			if (!joined)
				s->ctx->plan->failed = true;
			else
				z->message = joined;
			return;
		}
		sg_op_hazard(s->ctx->plan, op, true, SG_HAZARD_IRREVERSIBLE, m->data);
		return;
	}
	s->ctx->plan->refused = sg_arena_strdup(s->ctx->plan->arena, m->data);
	if (!s->ctx->plan->refused)
		s->ctx->plan->failed = true;
	s->stop = true;
}

static void subject_of(scan *s, const track *k, sg_strbuf *sb)
{
	const sg_dependent *d = k->dep;
	sg_strbuf_reset(sb);
	sg_strbuf_addf(sb, "%s %s '%s'", s->down ? "drops" : "this plan drops", d->kind, d->name);
	if (created_again(s->ctx, d) && !s->down)
		sg_strbuf_adds(sb, " and creates it again");
}

/* Keep `name` (a function's without its argument list) in s->names. */
static void push_name(scan *s, const char *name)
{
	if (s->nnames == s->cap) {
		size_t ncap = s->cap ? s->cap * 2 : 64;
		char **nv = realloc(s->names, ncap * sizeof(*nv));
		if (!nv) {
			s->ctx->plan->failed = true;
			s->stop = true;
			return;
		}
		s->names = nv;
		s->cap = ncap;
	}
	if (!(s->names[s->nnames] = strndup(name, strcspn(name, "(")))) {
		s->ctx->plan->failed = true;
		s->stop = true;
		return;
	}
	s->nnames++;
}

/* Keep `name` for sg_diff_dependent_names. */
static void collect(scan *s, const char *name)
{
	if (!s->note_only)
		push_name(s, name);
}

/* DROP of object `name` in `ns`. */
static void on_drop(scan *s, sg_sql_ns ns, const char *name)
{
	if (s->collect)
		collect(s, name);
	for (size_t i = 0; i < s->ntracks && !s->stop; i++) {
		track *k = &s->tracks[i];
		if (k->ns != ns || strcmp(k->name, name) != 0)
			continue;
		sg_strbuf subject = SG_STRBUF_INIT;
		subject_of(s, k, &subject);
		fail(s, k, subject.data, true);
		sg_strbuf_release(&subject);
	}
}

/* Column `column` of relation `table` dropped (`how` 'd'), its type changed ('t'), or the table rewritten ('r'). */
static void on_column(scan *s, const char *table, const char *column, char how)
{
	if (s->collect)
		collect(s, table);
	for (size_t i = 0; i < s->ntracks && !s->stop; i++) {
		track *k = &s->tracks[i];
		if (k->ns != SG_NS_RELATION || strcmp(k->name, table) != 0)
			continue;
		const sg_dependent *d = k->dep;
		bool on_column = k->column && strcmp(k->column, column) == 0;
		bool hit = how == 'd'	? on_column
			   : how == 't' ? (on_column && !d->foreign_key) || d->stores_row
					: d->stores_row;
		if (!hit)
			continue;
		sg_strbuf subject = SG_STRBUF_INIT;
		const char *who = s->down ? "" : "this plan ";
		if (how == 'd')
			sg_strbuf_addf(&subject, "%sdrops column '%s.%s'", who, d->name, column);
		else if (how == 't')
			sg_strbuf_addf(&subject, "%schanges the type of column '%s.%s'", who, d->name, column);
		else
			sg_strbuf_addf(&subject, "%sadds column '%s.%s' with a value for every row", who, d->name,
				       column);
		fail(s, k, subject.data, false);
		sg_strbuf_release(&subject);
	}
}

/* Whether a type's text (a column's or a domain's, maybe double-quoted) names `name`. */
static bool type_named(const char *type, const char *name)
{
	size_t n = strlen(type);
	if (n >= 2 && type[0] == '"' && type[n - 1] == '"')
		return n - 2 == strlen(name) && strncmp(type + 1, name, n - 2) == 0;
	return strcmp(type, name) == 0;
}

/* Whether expression text casts to type `name` (`::name`, `::"name"`). */
static bool casts_to(const char *text, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = text ? strstr(text, "::") : NULL; p; p = strstr(p + 2, "::")) {
		const char *q = p + 2 + (p[2] == '"');
		if (strncmp(q, name, n) == 0 && !sg_sql_ident_char((unsigned char)q[n]))
			return true;
	}
	return false;
}

/* The domain `type` names on either side (the models', the database's), or NULL. */
static const sg_domain *domain_named(const diff_ctx *ctx, const char *type, int side)
{
	const sg_schema *sc = side ? ctx->cur : ctx->want;
	for (size_t i = 0; sc && i < sc->ndomains; i++)
		if (type_named(type, sc->domains[i].name))
			return &sc->domains[i];
	return NULL;
}

/*
 * Whether a column of type `type` is one PostgreSQL checks when it validates
 * a constraint of domain `dom`: of it, of a domain over it, or of a domain
 * whose default or check casts to it (pg_depend ties those to it as it ties
 * a domain to its base: get_rels_with_domain() counts them as over it).
 */
static bool of_domain(const diff_ctx *ctx, const char *type, const char *dom, int depth)
{
	if (type_named(type, dom))
		return true;
	for (int side = 0; side < 2 && depth < 8; side++) {
		const sg_domain *d = domain_named(ctx, type, side);
		if (!d)
			continue;
		if (of_domain(ctx, d->type, dom, depth + 1) || casts_to(d->default_expr, dom))
			return true;
		for (size_t c = 0; c < d->nchecks; c++)
			if (casts_to(d->checks[c].expression, dom))
				return true;
	}
	return false;
}

/*
 * Whether `type` is a domain with a check, NOT NULL or a default, itself or a
 * domain under it: a column of it added gets a value, or is checked, for
 * every row (PostgreSQL refuses it as it does a column added with a default).
 */
static bool constrained_domain(const diff_ctx *ctx, const char *type, int depth)
{
	for (int side = 0; side < 2 && depth < 8; side++) {
		const sg_domain *d = domain_named(ctx, type, side);
		if (d && (d->nchecks || !d->nullable || d->default_expr || constrained_domain(ctx, d->type, depth + 1)))
			return true;
	}
	return false;
}

/*
 * A constraint of domain `dom` added (validated) or validated: PostgreSQL
 * checks every column of it, and refuses when the table of one has its row
 * type stored by a column of another table ("cannot alter type ... because
 * column ... uses it").
 */
static void on_domain_validate(scan *s, const char *dom)
{
	/* collecting: the tables with a column of it, whose row type another table may store */
	for (int side = 0; side < 2 && s->collect && !s->stop; side++) {
		const sg_schema *sc = side ? s->ctx->cur : s->ctx->want;
		for (size_t t = 0; sc && t < sc->ntables && !s->stop; t++)
			for (size_t c = 0; c < sc->tables[t].ncolumns; c++)
				if (of_domain(s->ctx, sc->tables[t].columns[c].type, dom, 0)) {
					push_name(s, sc->tables[t].name);
					break;
				}
	}
	for (size_t i = 0; i < s->ntracks && !s->stop; i++) {
		track *k = &s->tracks[i];
		if (k->ns != SG_NS_RELATION || !k->dep->stores_row)
			continue;
		const char *column = NULL;
		for (int side = 0; side < 2 && !column; side++) {
			const sg_table *t = sg_schema_find_table(side ? s->ctx->cur : s->ctx->want, k->name);
			for (size_t c = 0; t && c < t->ncolumns && !column; c++)
				if (of_domain(s->ctx, t->columns[c].type, dom, 0))
					column = t->columns[c].name;
		}
		if (!column)
			continue;
		sg_strbuf subject = SG_STRBUF_INIT;
		sg_strbuf_addf(&subject, "%svalidates a constraint of domain '%s' on column '%s.%s'",
			       s->down ? "" : "this plan ", dom, k->name, column);
		fail(s, k, subject.data, false);
		sg_strbuf_release(&subject);
	}
}

static void on_rename(scan *s, sg_sql_ns ns, const char *from, const char *to)
{
	/* the catalog's name of an object a later statement drops by the name the plan gave it */
	if (s->collect)
		collect(s, from);
	for (size_t i = 0; i < s->ntracks; i++) {
		track *k = &s->tracks[i];
		if (k->ns != ns || strcmp(k->name, from) != 0)
			continue;
		char *name = NULL;
		if (ns == SG_NS_FUNCTION) {
			/* `f(args)` renamed to `g`: `g(args)` */
			const char *args = strchr(from, '(');
			size_t len = strlen(to);
			name = malloc(len + strlen(args) + 1);
			if (name) {
				memcpy(name, to, len);
				strcpy(name + len, args);
			}
		} else {
			name = strdup(to);
		}
		if (!name) {
			s->ctx->plan->failed = true;
			s->stop = true;
			return;
		}
		free(k->name);
		k->name = name;
	}
}

static void on_rename_column(scan *s, const char *table, const char *from, const char *to)
{
	if (s->collect)
		collect(s, table);
	for (size_t i = 0; i < s->ntracks; i++) {
		track *k = &s->tracks[i];
		if (k->ns != SG_NS_RELATION || !k->column || strcmp(k->name, table) != 0 ||
		    strcmp(k->column, from) != 0)
			continue;
		char *column = strdup(to);
		if (!column) {
			s->ctx->plan->failed = true;
			s->stop = true;
			return;
		}
		free(k->column);
		k->column = column;
	}
}

static void drop_statement(scan *s, const sg_sql_token *t, size_t n)
{
	size_t i = 1;
	sg_sql_ns ns = sg_sql_kind_at(t, n, &i);
	if (ns == SG_NS_NONE)
		return;
	if (sg_sql_is_kw(t, n, i, "CONCURRENTLY"))
		i++;
	sg_sql_skip_if_exists(t, n, &i);
	while (!s->stop && sg_sql_name_at(t, n, &i, ns, &s->a)) {
		on_drop(s, ns, s->a.data);
		if (!sg_sql_is_punct(t, n, i, ','))
			break;
		i++;
	}
}

/* One subcommand [i, end) of ALTER TABLE `table` (in s->b). */
static void table_subcommand(scan *s, const sg_sql_token *t, size_t i, size_t end)
{
	const char *table = s->b.data;
	if (sg_sql_is_kw(t, end, i, "DROP")) {
		i++;
		if (sg_sql_is_kw(t, end, i, "CONSTRAINT")) {
			i++;
			sg_sql_skip_if_exists(t, end, &i);
			/* a key's index goes with it */
			if (sg_sql_ident(t, end, i, &s->a))
				on_drop(s, SG_NS_RELATION, s->a.data);
			return;
		}
		if (sg_sql_is_kw(t, end, i, "COLUMN"))
			i++;
		sg_sql_skip_if_exists(t, end, &i);
		if (sg_sql_ident(t, end, i, &s->a))
			on_column(s, table, s->a.data, 'd');
	} else if (sg_sql_is_kw(t, end, i, "ALTER")) {
		i++;
		if (sg_sql_is_kw(t, end, i, "COLUMN"))
			i++;
		if (!sg_sql_ident(t, end, i, &s->a))
			return;
		i++;
		if (sg_sql_is_kw(t, end, i, "SET") && sg_sql_is_kw(t, end, i + 1, "DATA"))
			i += 2;
		if (sg_sql_is_kw(t, end, i, "TYPE"))
			on_column(s, table, s->a.data, 't');
	} else if (sg_sql_is_kw(t, end, i, "ADD")) {
		i++;
		static const char *const not_columns[] = {"CONSTRAINT", "PRIMARY", "UNIQUE",
							  "CHECK",	"FOREIGN", "EXCLUDE"};
		for (size_t k = 0; k < sizeof(not_columns) / sizeof(not_columns[0]); k++)
			if (sg_sql_is_kw(t, end, i, not_columns[k]))
				return;
		if (sg_sql_is_kw(t, end, i, "COLUMN"))
			i++;
		sg_sql_skip_if_exists(t, end, &i);
		if (!sg_sql_ident(t, end, i, &s->a))
			return;
		/* a column of a domain with a check, NOT NULL or a default: a value or a check for every row */
		size_t at = i + 1;
		sg_strbuf type = SG_STRBUF_INIT;
		bool checked =
		    sg_sql_name_at(t, end, &at, SG_NS_TYPE, &type) && constrained_domain(s->ctx, type.data, 0);
		sg_strbuf_release(&type);
		if (checked) {
			if (s->note_only) /* sg_diff_dependent_names, without the schemas, does not see it */
				push_name(s, table);
			on_column(s, table, s->a.data, 'r');
			return;
		}
		/* a value for every row rewrites the table (a NULL column does not) */
		static const char *const fills[] = {"DEFAULT",	   "GENERATED", "SERIAL",  "BIGSERIAL",
						    "SMALLSERIAL", "SERIAL2",	"SERIAL4", "SERIAL8"};
		for (size_t j = i + 1; j < end; j++)
			for (size_t k = 0; k < sizeof(fills) / sizeof(fills[0]); k++)
				if (sg_sql_is_kw(t, end, j, fills[k])) {
					on_column(s, table, s->a.data, 'r');
					return;
				}
	}
}

static void alter_statement(scan *s, const sg_sql_token *t, size_t n)
{
	size_t i = 1;
	bool table = sg_sql_is_kw(t, n, i, "TABLE");
	sg_sql_ns ns = sg_sql_kind_at(t, n, &i);
	if (ns == SG_NS_NONE)
		return;
	sg_sql_skip_if_exists(t, n, &i);
	if (sg_sql_is_kw(t, n, i, "ONLY"))
		i++;
	if (!sg_sql_name_at(t, n, &i, ns, &s->b))
		return;
	if (sg_sql_is_kw(t, n, i, "RENAME")) {
		i++;
		if (sg_sql_is_kw(t, n, i, "TO")) {
			if (sg_sql_ident(t, n, i + 1, &s->a))
				on_rename(s, ns, s->b.data, s->a.data);
			return;
		}
		if (ns != SG_NS_RELATION)
			return;
		bool constraint = sg_sql_is_kw(t, n, i, "CONSTRAINT");
		if (constraint || sg_sql_is_kw(t, n, i, "COLUMN"))
			i++;
		sg_strbuf to = SG_STRBUF_INIT;
		if (sg_sql_ident(t, n, i, &s->a) && sg_sql_is_kw(t, n, i + 1, "TO") && sg_sql_ident(t, n, i + 2, &to)) {
			if (constraint) /* a key's index takes the constraint's name */
				on_rename(s, SG_NS_RELATION, s->a.data, to.data);
			else
				on_rename_column(s, s->b.data, s->a.data, to.data);
		}
		sg_strbuf_release(&to);
		return;
	}
	if (sg_sql_is_kw(t, n, 1, "DOMAIN")) {
		/* ADD CONSTRAINT (not NOT VALID), VALIDATE CONSTRAINT, SET NOT NULL: every column of it is checked */
		bool not_valid = false;
		for (size_t j = i; j + 1 < n; j++)
			not_valid |= sg_sql_is_kw(t, n, j, "NOT") && sg_sql_is_kw(t, n, j + 1, "VALID");
		if ((sg_sql_is_kw(t, n, i, "ADD") && !not_valid) || sg_sql_is_kw(t, n, i, "VALIDATE") ||
		    (sg_sql_is_kw(t, n, i, "SET") && sg_sql_is_kw(t, n, i + 1, "NOT") &&
		     sg_sql_is_kw(t, n, i + 2, "NULL")))
			on_domain_validate(s, s->b.data);
		return;
	}
	if (!table)
		return;
	/* the subcommands, split at the commas outside parentheses */
	for (size_t from = i, depth = 0; i <= n && !s->stop; i++) {
		if (i == n || (depth == 0 && sg_sql_is_punct(t, n, i, ','))) {
			table_subcommand(s, t, from, i);
			from = i + 1;
		} else if (sg_sql_is_punct(t, n, i, '(')) {
			depth++;
		} else if (sg_sql_is_punct(t, n, i, ')') && depth > 0) {
			depth--;
		}
	}
}

/* Every statement of `sql`, in order. */
static void read_sql(scan *s, const char *sql)
{
	sg_sql_token *t = NULL;
	size_t n = 0, cap = 0;
	int depth = 0;
	sg_sql_token tok;
	for (const char *p = sql; p && !s->stop;) {
		p = sg_sql_next_token(sql, p, &tok);
		bool end = !p || (depth == 0 && tok.kind == SG_T_PUNCT && tok.start[0] == ';');
		if (!end) {
			if (n == cap) {
				size_t ncap = cap ? cap * 2 : 64;
				sg_sql_token *nt = realloc(t, ncap * sizeof(*t));
				if (!nt) {
					s->ctx->plan->failed = true;
					s->stop = true;
					break;
				}
				t = nt;
				cap = ncap;
			}
			t[n++] = tok;
			if (tok.kind == SG_T_PUNCT && tok.start[0] == '(')
				depth++;
			else if (tok.kind == SG_T_PUNCT && tok.start[0] == ')' && depth > 0)
				depth--;
			continue;
		}
		if (sg_sql_is_kw(t, n, 0, "DROP"))
			drop_statement(s, t, n);
		else if (sg_sql_is_kw(t, n, 0, "ALTER"))
			alter_statement(s, t, n);
		n = 0;
		depth = 0;
	}
	free(t);
}

static int by_phase_then_seq(const void *a, const void *b)
{
	const sg_op *x = *(const sg_op *const *)a, *y = *(const sg_op *const *)b;
	if (x->phase != y->phase)
		return x->phase < y->phase ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Every statement of the plan, in the order the migration runs them: the ups by phase, then the downs in reverse. */
static void read_plan(scan *s)
{
	sg_plan *plan = s->ctx->plan;
	sg_op **ops = malloc(plan->nops * sizeof(*ops));
	if (!ops) {
		plan->failed = true;
		return;
	}
	for (size_t i = 0; i < plan->nops; i++)
		ops[i] = &plan->ops[i];
	qsort(ops, plan->nops, sizeof(*ops), by_phase_then_seq);
	for (size_t i = 0; i < plan->nops && !s->stop; i++) {
		s->op = ops[i];
		read_sql(s, ops[i]->up);
	}
	s->down = true;
	for (size_t i = plan->nops; i-- > 0 && !s->stop;) {
		s->op = ops[i];
		read_sql(s, ops[i]->down);
	}
	if (sg_strbuf_failed(&s->a) || sg_strbuf_failed(&s->b))
		plan->failed = true;
	free(ops);
}

static void release_scan(scan *s)
{
	for (size_t i = 0; i < s->ntracks; i++) {
		free(s->tracks[i].name);
		free(s->tracks[i].column);
	}
	free(s->tracks);
	sg_strbuf_release(&s->a);
	sg_strbuf_release(&s->b);
	sg_strbuf_release(&s->reason);
}

/*
 * plan->checked_tables: what sg_diff_dependent_names, which has the plan
 * alone, cannot find by the statements (the tables of a domain's columns).
 */
static void note_checked_tables(diff_ctx *ctx)
{
	sg_plan *plan = ctx->plan;
	plan->checked_noted = true;
	scan s = {.ctx = ctx,
		  .a = SG_STRBUF_INIT,
		  .b = SG_STRBUF_INIT,
		  .reason = SG_STRBUF_INIT,
		  .collect = true,
		  .note_only = true};
	read_plan(&s);
	release_scan(&s);
	if (s.nnames && !plan->failed) {
		plan->checked_tables = sg_arena_array(plan->arena, s.nnames, sizeof(*plan->checked_tables));
		for (size_t i = 0; plan->checked_tables && i < s.nnames; i++)
			if (!(plan->checked_tables[plan->nchecked_tables++] = sg_arena_strdup(plan->arena, s.names[i])))
				plan->failed = true;
		if (!plan->checked_tables)
			plan->failed = true;
	}
	sg_diff_free_names(s.names, s.nnames);
}

void sg_diff__check_dependents(diff_ctx *ctx)
{
	sg_plan *plan = ctx->plan;
	const sg_schema *cur = ctx->cur;
	if (!plan->checked_noted && plan->nops && !plan->failed && !plan->refused)
		note_checked_tables(ctx);
	if (cur->ndependents == 0 || plan->nops == 0 || plan->failed || plan->refused)
		return;
	scan s = {.ctx = ctx, .a = SG_STRBUF_INIT, .b = SG_STRBUF_INIT, .reason = SG_STRBUF_INIT};
	if (!(s.tracks = calloc(cur->ndependents, sizeof(*s.tracks))))
		plan->failed = true;
	for (size_t i = 0; s.tracks && i < cur->ndependents; i++) {
		const sg_dependent *d = &cur->dependents[i];
		track *k = &s.tracks[s.ntracks++];
		k->dep = d;
		k->ns = ns_of_kind(d->kind);
		k->name = strdup(d->name);
		k->column = d->column ? strdup(d->column) : NULL;
		if (!k->name || (d->column && !k->column)) {
			plan->failed = true;
			break;
		}
	}
	if (!plan->failed)
		read_plan(&s);
	release_scan(&s);
}

void sg_diff_check_dependents(sg_plan *plan, const sg_schema *current, const sg_schema *desired)
{
	diff_ctx ctx = {.plan = plan, .cur = current, .want = desired};
	sg_diff__check_dependents(&ctx);
}

static int by_string(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int sg_diff_dependent_names(sg_plan *plan, char ***names, size_t *n)
{
	*names = NULL;
	*n = 0;
	if (plan->failed)
		return -1;
	diff_ctx ctx = {.plan = plan};
	scan s = {.ctx = &ctx, .a = SG_STRBUF_INIT, .b = SG_STRBUF_INIT, .reason = SG_STRBUF_INIT, .collect = true};
	if (plan->nops > 0)
		read_plan(&s);
	for (size_t i = 0; i < plan->nchecked_tables && !plan->failed; i++)
		push_name(&s, plan->checked_tables[i]);
	release_scan(&s);
	if (plan->failed) {
		sg_diff_free_names(s.names, s.nnames);
		return -1;
	}
	/* sorted, each once */
	if (s.nnames > 1)
		qsort(s.names, s.nnames, sizeof(*s.names), by_string);
	size_t kept = 0;
	for (size_t i = 0; i < s.nnames; i++) {
		if (kept > 0 && strcmp(s.names[kept - 1], s.names[i]) == 0)
			free(s.names[i]);
		else
			s.names[kept++] = s.names[i];
	}
	*names = s.names;
	*n = kept;
	return 0;
}

void sg_diff_free_names(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
