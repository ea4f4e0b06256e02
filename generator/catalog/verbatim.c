/*
 * sg_verbatim: model-versus-catalog text equality, the diff's fast path.
 */
#include "verbatim.h"

#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ddl.h"
#include "ddl_sequence.h"
#include "naming.h"
#include "quote.h"
#include "strbuf.h"

/*
 * A serial column as the catalog reads it: the serial's integer type, NOT
 * NULL, and a nextval() default of the sequence PostgreSQL names for it
 * (TABLE_COLUMN_seq; a numbered name cannot be proven from the model alone).
 */
static bool serial_eq(const char *table, const sg_column *m, const sg_column *l)
{
	static const struct {
		const char *spelling, *type;
	} serials[] = {
	    {"serial", "integer"}, {"serial4", "integer"},	{"bigserial", "bigint"},
	    {"serial8", "bigint"}, {"smallserial", "smallint"}, {"serial2", "smallint"},
	};
	const char *type = NULL;
	for (size_t i = 0; i < sizeof(serials) / sizeof(serials[0]) && !type; i++)
		if (strcasecmp(m->type, serials[i].spelling) == 0)
			type = serials[i].type;
	if (!type || strcmp(type, l->type) != 0 || m->default_expr || !l->default_expr)
		return false;
	char seq[SG_NAMEDATALEN];
	sg_naming_make_object_name(seq, table, m->name, "seq");
	sg_strbuf want = SG_STRBUF_INIT;
	sg_strbuf_adds(&want, "nextval(");
	sg_strbuf tmp = SG_STRBUF_INIT;
	sg_quote_ident(&tmp, seq);
	sg_quote_literal(&want, tmp.data);
	sg_strbuf_adds(&want, "::regclass)");
	bool eq = !sg_strbuf_failed(&want) && !sg_strbuf_failed(&tmp) && strcmp(want.data, l->default_expr) == 0;
	sg_strbuf_release(&tmp);
	sg_strbuf_release(&want);
	return eq;
}

/*
 * A default the model writes `nextval('s')`, as a person (and inspect)
 * writes it, where the catalog prints `nextval('s'::regclass)`: the same
 * default, the literal naming the same sequence in the same search_path.
 */
static bool default_eq(const char *m, const char *l)
{
	if (sg_str_eq(m, l))
		return true;
	static const char head[] = "nextval('", cast[] = "::regclass)";
	size_t mlen = m ? strlen(m) : 0, nh = sizeof(head) - 1;
	if (mlen < nh + 2 || strncmp(m, head, nh) != 0 || strcmp(m + mlen - 2, "')") != 0 || !l ||
	    strlen(l) != mlen - 1 + sizeof(cast) - 1 || strncmp(l, m, mlen - 1) != 0 || strcmp(l + mlen - 1, cast) != 0)
		return false;
	/* One literal: its first closing quote is the last one. */
	const char *p = m + nh;
	while (*p && !(*p == '\'' && p[1] != '\''))
		p += *p == '\'' ? 2 : 1;
	return p == m + mlen - 2;
}

static bool column_eq(const char *table, const sg_column *m, const sg_column *l)
{
	/* A serial column reads back as integer with a nextval() default of its own sequence. */
	bool type_default = m->from_serial
				? serial_eq(table, m, l)
				: strcmp(m->type, l->type) == 0 && default_eq(m->default_expr, l->default_expr);
	return type_default && !m->renamed_from && strcmp(m->name, l->name) == 0 && m->nullable == l->nullable &&
	       m->identity == l->identity && sg_sequence_options_eq(m->identity_seq, l->identity_seq) &&
	       sg_str_eq(m->generated, l->generated) && sg_str_eq(m->collation, l->collation) &&
	       sg_str_eq(m->comment, l->comment) && m->has_statistics == l->has_statistics &&
	       (!m->has_statistics || m->statistics == l->statistics);
}

/* The model's constraint written as pg_get_constraintdef() would print it. */
static bool constraint_eq(const sg_constraint *m, const sg_constraint *l, sg_strbuf *tmp)
{
	if (m->kind != l->kind || strcmp(m->name, l->name) != 0 || !l->definition)
		return false;
	sg_strbuf_reset(tmp);
	if (m->kind == SG_CON_CHECK) {
		/* pg_get_constraintdef prints CHECK (expr) where expr is already parenthesized when compound. */
		sg_strbuf_addf(tmp, "CHECK (%s)%s", m->expression ? m->expression : "",
			       m->no_inherit ? " NO INHERIT" : "");
	} else {
		sg_ddl_constraint_body(tmp, m, NULL);
	}
	/* Validation is part of the comparison here: a model's NOT VALID is the live one only when both say so. */
	if (m->not_valid)
		sg_strbuf_adds(tmp, " NOT VALID");
	return strcmp(tmp->data, l->definition) == 0 && sg_str_eq(m->comment, l->comment);
}

static bool index_eq(const sg_index *m, const sg_index *l)
{
	const char *mm = m->method ? m->method : "btree", *lm = l->method ? l->method : "btree";
	return strcmp(m->name, l->name) == 0 && m->unique == l->unique &&
	       m->nulls_not_distinct == l->nulls_not_distinct && strcmp(mm, lm) == 0 && sg_str_eq(m->where, l->where) &&
	       sg_names_eq(m->elements, m->nelements, l->elements, l->nelements) &&
	       sg_names_eq(m->include, m->ninclude, l->include, l->ninclude) && sg_str_eq(m->comment, l->comment);
}

/*
 * The model's trigger, as the models loader builds its statement from the
 * parts (in pg_get_triggerdef's order and words), exactly the live one's
 * pg_get_triggerdef(oid, true) text, and enabled alike.  The text names the
 * table, events, columns, condition and function call; as for the defaults
 * and checks above, a condition written as the catalog prints it is the
 * catalog's.  The comment too: the live trigger is taken as it is.
 */
static bool trigger_eq(const sg_trigger *m, const sg_trigger *l)
{
	return m->definition && l->definition && strcmp(m->name, l->name) == 0 &&
	       strcmp(m->definition, l->definition) == 0 && m->enabled == l->enabled &&
	       sg_str_eq(m->comment, l->comment);
}

bool sg_verbatim_table(const sg_table *model, const sg_table *live)
{
	if (model->renamed_from || strcmp(model->name, live->name) != 0 || !sg_str_eq(model->comment, live->comment) ||
	    model->ncolumns != live->ncolumns || model->nconstraints != live->nconstraints)
		return false;
	if (model->ntriggers != live->ntriggers)
		return false;
	for (size_t i = 0; i < model->ntriggers; i++) {
		const sg_trigger *l = sg_table_find_trigger(live, model->triggers[i].name);
		if (!l || !trigger_eq(&model->triggers[i], l))
			return false;
	}
	for (size_t i = 0; i < model->ncolumns; i++) {
		const sg_column *l = sg_table_find_column(live, model->columns[i].name);
		if (!l || !column_eq(model->name, &model->columns[i], l))
			return false;
	}
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool same = true;
	for (size_t i = 0; i < model->nconstraints && same; i++) {
		const sg_constraint *l = sg_table_find_constraint(live, model->constraints[i].name);
		same = l && constraint_eq(&model->constraints[i], l, &tmp);
	}
	sg_strbuf_release(&tmp);
	if (!same)
		return false;
	/* Indexes of constraints are not in the model; every other index must match one to one. */
	size_t live_plain = 0;
	for (size_t i = 0; i < live->nindexes; i++)
		if (!live->indexes[i].constraint_backed)
			live_plain++;
	if (live_plain != model->nindexes)
		return false;
	for (size_t i = 0; i < model->nindexes; i++) {
		const sg_index *l = sg_table_find_index(live, model->indexes[i].name);
		if (!l || l->constraint_backed || !index_eq(&model->indexes[i], l))
			return false;
	}
	return true;
}

bool sg_verbatim_enum(const sg_enum *model, const sg_enum *live)
{
	return strcmp(model->name, live->name) == 0 &&
	       sg_names_eq(model->values, model->nvalues, live->values, live->nvalues);
}

bool sg_verbatim_domain(const sg_domain *model, const sg_domain *live)
{
	if (strcmp(model->name, live->name) != 0 || strcmp(model->type, live->type) != 0 ||
	    model->nullable != live->nullable || !sg_str_eq(model->default_expr, live->default_expr) ||
	    !sg_str_eq(model->collation, live->collation) || !sg_str_eq(model->comment, live->comment) ||
	    model->nchecks != live->nchecks)
		return false;
	for (size_t i = 0; i < model->nchecks; i++) {
		const sg_domain_check *m = &model->checks[i];
		const sg_domain_check *l = sg_domain_find_check(live, m->name);
		if (!l || !sg_str_eq(m->expression, l->expression) || m->not_valid != l->not_valid)
			return false;
	}
	return true;
}

/*
 * The parse tree of `sql` as libpg_query's JSON without the members that
 * say where each node was in the text ("location", "stmt_location",
 * "stmt_len"): what is left is what the server's parser makes of it, the
 * same for two texts that differ only in blanks, line breaks, comments and
 * the case of keywords and unquoted names.  malloc'd, or NULL when the text
 * does not parse or memory runs out.
 */
static char *tree_without_locations(const char *sql)
{
	PgQueryParseResult res = pg_query_parse(sql);
	char *out = NULL;
	if (!res.error && res.parse_tree)
		out = malloc(strlen(res.parse_tree) + 1);
	if (out) {
		static const char *const drop[] = {"\"location\":", "\"stmt_location\":", "\"stmt_len\":"};
		const char *p = res.parse_tree;
		size_t n = 0;
		bool in_string = false;
		while (*p) {
			if (in_string) {
				if (*p == '\\' && p[1])
					out[n++] = *p++;
				else if (*p == '"')
					in_string = false;
				out[n++] = *p++;
				continue;
			}
			size_t skip = 0;
			for (size_t k = 0; k < sizeof(drop) / sizeof(drop[0]) && !skip && *p == '"'; k++)
				if (strncmp(p, drop[k], strlen(drop[k])) == 0)
					skip = strlen(drop[k]);
			if (skip) {
				/* The member and one comma next to it, as if the writer had left it out. */
				p += skip;
				p += *p == '-';
				while (*p >= '0' && *p <= '9')
					p++;
				if (*p == ',')
					p++;
				else if (n && out[n - 1] == ',')
					n--;
				continue;
			}
			if (*p == '"')
				in_string = true;
			out[n++] = *p++;
		}
		out[n] = '\0';
	}
	pg_query_free_parse_result(res);
	return out;
}

bool sg_verbatim_view(const sg_view *model, const sg_view *live)
{
	if (model->renamed_from || model->materialized || live->materialized || strcmp(model->name, live->name) != 0 ||
	    model->security_barrier != live->security_barrier || model->security_invoker != live->security_invoker ||
	    !sg_str_eq(model->check_option, live->check_option) || !sg_str_eq(model->comment, live->comment) ||
	    !model->query || !live->query)
		return false;
	if (model->columns && !sg_names_eq(model->columns, model->ncolumns, live->columns, live->ncolumns))
		return false;
	if (model->ntriggers != live->ntriggers)
		return false;
	for (size_t i = 0; i < model->ntriggers; i++) {
		const sg_trigger *l = sg_find_trigger(live->triggers, live->ntriggers, model->triggers[i].name);
		if (!l || !trigger_eq(&model->triggers[i], l))
			return false;
	}
	char *m = tree_without_locations(model->query), *l = m ? tree_without_locations(live->query) : NULL;
	bool same = m && l && strcmp(m, l) == 0;
	free(m);
	free(l);
	return same;
}
