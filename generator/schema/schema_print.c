/*
 * The text form of a schema graph (see schema_print.h).  The format:
 *
 *   schema public
 *   extension citext
 *   enum post_status (draft, published, archived)
 *   domain posint integer not null default 1 collate "C" comment '...'
 *     check posint_check [default] (VALUE > 0) not valid
 *   table users
 *     comment 'Registered people'
 *     column email citext not null default 'x' collate "C" comment '...'
 *     constraint users_pkey [default] primary key (id)
 *     index users_lower_idx [default] unique using gin (lower(email)) include (a) where (x)
 *     trigger users_touch enabled O
 *       CREATE TRIGGER users_touch BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION touch()
 *
 * Text written by a user is printed as it is (it is one line in practice);
 * comments are printed as SQL literals so that quotes cannot be confused.
 */
#include "schema_print.h"

#include "ddl_sequence.h"
#include "quote.h"

static void print_list(sg_strbuf *sb, const char *const *items, size_t n)
{
	sg_strbuf_addch(sb, '(');
	for (size_t i = 0; i < n; i++)
		sg_strbuf_addf(sb, "%s%s", i ? ", " : "", items[i]);
	sg_strbuf_addch(sb, ')');
}

static void print_column(sg_strbuf *sb, const sg_column *c)
{
	sg_strbuf_addf(sb, "  column %s %s", c->name, c->type ? c->type : "?");
	if (!c->nullable)
		sg_strbuf_adds(sb, " not null");
	if (c->identity == SG_IDENTITY_ALWAYS)
		sg_strbuf_adds(sb, " identity always");
	else if (c->identity == SG_IDENTITY_BY_DEFAULT)
		sg_strbuf_adds(sb, " identity by default");
	if (c->identity != SG_IDENTITY_NONE)
		sg_ddl_identity_options(sb, c->identity_seq);
	if (c->from_serial)
		sg_strbuf_adds(sb, " from serial");
	if (c->default_expr)
		sg_strbuf_addf(sb, " default %s", c->default_expr);
	if (c->generated)
		sg_strbuf_addf(sb, " generated (%s)", c->generated);
	if (c->collation)
		sg_strbuf_addf(sb, " collate %s", c->collation);
	if (c->has_statistics)
		sg_strbuf_addf(sb, " statistics %d", c->statistics);
	if (c->renamed_from)
		sg_strbuf_addf(sb, " renamed from %s", c->renamed_from);
	if (c->using_expr)
		sg_strbuf_addf(sb, " using (%s)", c->using_expr);
	if (c->using_down)
		sg_strbuf_addf(sb, " using down (%s)", c->using_down);
	if (c->fill)
		sg_strbuf_addf(sb, " fill (%s)", c->fill);
	if (c->comment) {
		sg_strbuf_adds(sb, " comment ");
		sg_quote_literal(sb, c->comment);
	}
	sg_strbuf_addch(sb, '\n');
}

/* ` comment '...'` on the object's line, when it has one. */
static void print_comment(sg_strbuf *sb, const char *comment)
{
	if (comment) {
		sg_strbuf_adds(sb, " comment ");
		sg_quote_literal(sb, comment);
	}
}

static void print_constraint(sg_strbuf *sb, const sg_constraint *k)
{
	sg_strbuf_addf(sb, "  constraint %s%s", k->name ? k->name : "?", k->name_is_default ? " [default]" : "");
	switch (k->kind) {
	case SG_CON_PRIMARY_KEY:
		sg_strbuf_adds(sb, " primary key ");
		print_list(sb, k->columns, k->ncolumns);
		break;
	case SG_CON_UNIQUE:
		sg_strbuf_adds(sb, " unique ");
		print_list(sb, k->columns, k->ncolumns);
		if (k->nulls_not_distinct)
			sg_strbuf_adds(sb, " nulls not distinct");
		break;
	case SG_CON_CHECK:
		sg_strbuf_addf(sb, " check (%s)", k->expression ? k->expression : "?");
		if (k->no_inherit)
			sg_strbuf_adds(sb, " no inherit");
		break;
	case SG_CON_FOREIGN_KEY:
		sg_strbuf_adds(sb, " foreign key ");
		print_list(sb, k->columns, k->ncolumns);
		sg_strbuf_addf(sb, " references %s%s%s ", k->ref_schema ? k->ref_schema : "", k->ref_schema ? "." : "",
			       k->ref_table ? k->ref_table : "?");
		print_list(sb, k->ref_columns, k->nref_columns);
		if (k->on_delete != SG_FK_NO_ACTION)
			sg_strbuf_addf(sb, " on delete %s", sg_fk_action_sql(k->on_delete));
		if (k->non_delete_columns) {
			sg_strbuf_addch(sb, ' ');
			print_list(sb, k->on_delete_columns, k->non_delete_columns);
		}
		if (k->on_update != SG_FK_NO_ACTION)
			sg_strbuf_addf(sb, " on update %s", sg_fk_action_sql(k->on_update));
		if (k->match_full)
			sg_strbuf_adds(sb, " match full");
		break;
	default:
		sg_strbuf_adds(sb, " ?");
		break;
	}
	if (k->deferrable)
		sg_strbuf_addf(sb, " deferrable%s", k->initially_deferred ? " initially deferred" : "");
	if (k->not_valid)
		sg_strbuf_adds(sb, " not valid");
	if (k->definition)
		sg_strbuf_addf(sb, " definition %s", k->definition);
	print_comment(sb, k->comment);
	sg_strbuf_addch(sb, '\n');
}

static void print_index(sg_strbuf *sb, const sg_index *x)
{
	sg_strbuf_addf(sb, "  index %s%s%s", x->name ? x->name : "?", x->name_is_default ? " [default]" : "",
		       x->unique ? " unique" : "");
	if (x->method)
		sg_strbuf_addf(sb, " using %s", x->method);
	sg_strbuf_addch(sb, ' ');
	print_list(sb, x->elements, x->nelements);
	if (x->ninclude) {
		sg_strbuf_adds(sb, " include ");
		print_list(sb, x->include, x->ninclude);
	}
	if (x->nulls_not_distinct)
		sg_strbuf_adds(sb, " nulls not distinct");
	if (x->where)
		sg_strbuf_addf(sb, " where (%s)", x->where);
	if (x->constraint_backed)
		sg_strbuf_adds(sb, " [constraint]");
	if (x->definition)
		sg_strbuf_addf(sb, " definition %s", x->definition);
	print_comment(sb, x->comment);
	sg_strbuf_addch(sb, '\n');
}

/* Its definition (the model's statement or pg_get_triggerdef) is what diff compares; enabled is kept apart. */
static void print_trigger(sg_strbuf *sb, const sg_trigger *tg)
{
	sg_strbuf_addf(sb, "  trigger %s enabled %c", tg->name, tg->enabled ? tg->enabled : 'O');
	print_comment(sb, tg->comment);
	sg_strbuf_addf(sb, "\n    %s\n", tg->definition ? tg->definition : "?");
}

static void print_domain(sg_strbuf *sb, const sg_domain *d)
{
	sg_strbuf_addf(sb, "domain %s %s", d->name, d->type ? d->type : "?");
	if (!d->nullable)
		sg_strbuf_adds(sb, " not null");
	if (d->default_expr)
		sg_strbuf_addf(sb, " default %s", d->default_expr);
	if (d->collation)
		sg_strbuf_addf(sb, " collate %s", d->collation);
	if (d->renamed_from)
		sg_strbuf_addf(sb, " renamed from %s", d->renamed_from);
	if (d->comment) {
		sg_strbuf_adds(sb, " comment ");
		sg_quote_literal(sb, d->comment);
	}
	sg_strbuf_addch(sb, '\n');
	for (size_t i = 0; i < d->nchecks; i++) {
		const sg_domain_check *k = &d->checks[i];
		sg_strbuf_addf(sb, "  check %s%s (%s)%s\n", k->name, k->name_is_default ? " [default]" : "",
			       k->expression ? k->expression : "?", k->not_valid ? " not valid" : "");
	}
}

static void print_sequence(sg_strbuf *sb, const sg_sequence *q)
{
	sg_strbuf_addf(sb, "sequence %s %s start %lld increment %lld min %lld max %lld cache %lld%s", q->name,
		       q->type ? q->type : "?", q->start, q->increment, q->min, q->max, q->cache,
		       q->cycle ? " cycle" : "");
	if (q->owned_table)
		sg_strbuf_addf(sb, " owned by %s.%s", q->owned_table, q->owned_column ? q->owned_column : "?");
	if (q->renamed_from)
		sg_strbuf_addf(sb, " renamed from %s", q->renamed_from);
	if (q->comment) {
		sg_strbuf_adds(sb, " comment ");
		sg_quote_literal(sb, q->comment);
	}
	sg_strbuf_addch(sb, '\n');
}

void sg_schema_print(sg_strbuf *sb, const sg_schema *schema)
{
	sg_strbuf_addf(sb, "schema %s\n", schema->name);
	for (size_t i = 0; i < schema->nextensions; i++)
		sg_strbuf_addf(sb, "extension %s\n", schema->extensions[i].name);
	for (size_t i = 0; i < schema->nenums; i++) {
		sg_strbuf_addf(sb, "enum %s ", schema->enums[i].name);
		print_list(sb, schema->enums[i].values, schema->enums[i].nvalues);
		if (schema->enums[i].renamed_from)
			sg_strbuf_addf(sb, " renamed from %s", schema->enums[i].renamed_from);
		print_comment(sb, schema->enums[i].comment);
		sg_strbuf_addch(sb, '\n');
	}
	for (size_t i = 0; i < schema->ndomains; i++)
		print_domain(sb, &schema->domains[i]);
	for (size_t i = 0; i < schema->nsequences; i++)
		print_sequence(sb, &schema->sequences[i]);
	for (size_t i = 0; i < schema->ntables; i++) {
		const sg_table *t = &schema->tables[i];
		sg_strbuf_addf(sb, "table %s\n", t->name);
		if (t->renamed_from)
			sg_strbuf_addf(sb, "  renamed from %s\n", t->renamed_from);
		if (t->comment) {
			sg_strbuf_adds(sb, "  comment ");
			sg_quote_literal(sb, t->comment);
			sg_strbuf_addch(sb, '\n');
		}
		for (size_t c = 0; c < t->ncolumns; c++)
			print_column(sb, &t->columns[c]);
		for (size_t c = 0; c < t->nconstraints; c++)
			print_constraint(sb, &t->constraints[c]);
		for (size_t c = 0; c < t->nindexes; c++)
			print_index(sb, &t->indexes[c]);
		for (size_t c = 0; c < t->ntriggers; c++)
			print_trigger(sb, &t->triggers[c]);
	}
	for (size_t i = 0; i < schema->nfunctions; i++) {
		const sg_function *f = &schema->functions[i];
		sg_strbuf_addf(sb, "%s %s(%s)%s", f->procedure ? "procedure" : "function", f->name,
			       f->identity ? f->identity : "?", f->row_type ? " [row type]" : "");
		print_comment(sb, f->comment);
		sg_strbuf_addf(sb, "\n  %s\n", f->definition);
	}
	for (size_t i = 0; i < schema->nviews; i++) {
		const sg_view *v = &schema->views[i];
		sg_strbuf_addf(sb, "%s %s%s%s%s%s\n  %s\n", v->materialized ? "materialized view" : "view", v->name,
			       v->security_barrier ? " security_barrier" : "",
			       v->security_invoker ? " security_invoker" : "", v->check_option ? " check_option=" : "",
			       v->check_option ? v->check_option : "", v->query);
		for (size_t k = 0; k < v->ncolumns; k++)
			sg_strbuf_addf(sb, "  column %s %s\n", v->columns[k], v->types ? v->types[k] : "?");
		if (v->comment) {
			sg_strbuf_adds(sb, "  comment ");
			sg_quote_literal(sb, v->comment);
			sg_strbuf_addch(sb, '\n');
		}
		for (size_t k = 0; k < v->nindexes; k++)
			print_index(sb, &v->indexes[k]);
		for (size_t k = 0; k < v->ntriggers; k++)
			print_trigger(sb, &v->triggers[k]);
	}
	for (size_t i = 0; i < schema->nunmanaged; i++)
		sg_strbuf_addf(sb, "unmanaged %s %s\n", schema->unmanaged[i].kind, schema->unmanaged[i].name);
}

static void count(sg_strbuf *sb, bool *any, size_t n, const char *one, const char *many)
{
	if (n)
		sg_strbuf_addf(sb, "%s%zu %s", *any ? ", " : "", n, n == 1 ? one : many);
	*any = *any || n;
}

void sg_schema_print_counts(sg_strbuf *sb, const sg_schema *schema)
{
	size_t materialized = 0, procedures = 0, triggers = 0;
	for (size_t i = 0; i < schema->nviews; i++) {
		materialized += schema->views[i].materialized;
		triggers += schema->views[i].ntriggers;
	}
	for (size_t i = 0; i < schema->nfunctions; i++)
		procedures += schema->functions[i].procedure;
	for (size_t i = 0; i < schema->ntables; i++)
		triggers += schema->tables[i].ntriggers;
	bool any = false;
	count(sb, &any, schema->ntables, "table", "tables");
	count(sb, &any, schema->nviews - materialized, "view", "views");
	count(sb, &any, materialized, "materialized view", "materialized views");
	count(sb, &any, schema->nsequences, "sequence", "sequences");
	count(sb, &any, schema->ndomains, "domain", "domains");
	count(sb, &any, schema->nenums, "enum", "enums");
	count(sb, &any, schema->nfunctions - procedures, "function", "functions");
	count(sb, &any, procedures, "procedure", "procedures");
	count(sb, &any, triggers, "trigger", "triggers");
	count(sb, &any, schema->nextensions, "extension", "extensions");
	if (!any)
		sg_strbuf_adds(sb, "0 tables");
}
