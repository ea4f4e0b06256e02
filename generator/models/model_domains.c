/*
 * The models' domains (docs/models.md, "Domains"): each entry of a file's
 * `domains:` list converted and checked on its own (convert), then the checks
 * across files once every file is read (sg_model__check_domains).
 *
 * A domain is `{ name, type, nullable?, default?, collation?, checks?: [{
 * name?, expression, not_valid? }], comment?, renamed_from? }`.  Its SQL
 * fragments are parsed with PostgreSQL's own parser like a column's: the base
 * type, the default (which cannot name columns) and each check, whose only
 * column may be VALUE.  An unnamed check gets the name PostgreSQL gives it:
 * `<domain>_check`, then `<domain>_check1`, `<domain>_check2`... skipping the
 * names the domain's other checks already take (ChooseConstraintName, called
 * for each check in the order CREATE DOMAIN lists them).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"
#include "naming.h"

/* Whether `name` is taken by a check of `d` other than check `self`. */
static bool check_name_taken(const sg_domain *d, size_t n, size_t self, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (i != self && d->checks[i].name && strcmp(d->checks[i].name, name) == 0)
			return true;
	return false;
}

/* PostgreSQL's name for unnamed check `k` of `d` (every named check and every earlier default already set). */
static const char *default_check_name(sg_model_conv *cv, const sg_domain *d, size_t k)
{
	char name[SG_NAMEDATALEN];
	for (unsigned pass = 0;; pass++) {
		char label[24];
		if (pass)
			snprintf(label, sizeof(label), "check%u", pass);
		else
			snprintf(label, sizeof(label), "check");
		sg_naming_make_object_name(name, d->name, NULL, label);
		if (!check_name_taken(d, d->nchecks, k, name))
			return sg_model__dup_str(cv, name);
	}
}

static void convert_checks(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *dn, const y_domain *y,
			   sg_domain *d)
{
	if (!y->checks_count)
		return;
	d->checks = sg_arena_array(cv->arena, y->checks_count, sizeof(*d->checks));
	if (!d->checks) {
		cv->ld->oom = true;
		return;
	}
	d->nchecks = y->checks_count;
	const sg_model_node *list = sg_model__map_get(dn, "checks");
	sg_strbuf what = SG_STRBUF_INIT;
	for (size_t k = 0; k < y->checks_count; k++) {
		const y_domain_check *yc = &y->checks[k];
		const sg_model_node *cn = sg_model__seq_at(list, k);
		sg_domain_check *c = &d->checks[k];
		c->name = sg_model__dup_str(cv, yc->name);
		c->name_is_default = !yc->name;
		c->expression = sg_model__dup_str(cv, yc->expression);
		c->not_valid = yc->not_valid;
		c->pos = sg_model__node_pos(f, cn);
		sg_strbuf_reset(&what);
		if (yc->name)
			sg_strbuf_addf(&what, "check '%s' of domain '%s'", yc->name, y->name);
		else
			sg_strbuf_addf(&what, "check #%zu of domain '%s'", k + 1, y->name);
		if (yc->name)
			sg_model__check_name(cv, sg_model__key_pos(f, cn, "name"), yc->name, what.data);
		sg_pos epos = sg_model__key_pos(f, cn, "expression");
		sg_sql_columns refs;
		const char *msg;
		if (!yc->expression[0])
			sg_model__error_at(cv->ld, epos, "'expression' of %s is empty", what.data);
		else if (sg_model_sql_expr_memo(cv->memo, yc->expression, &refs, &msg) != 0)
			sg_model__error_at(cv->ld, epos, "%s is not an SQL expression: %s", what.data, msg);
		else
			for (size_t r = 0; r < refs.n; r++)
				if (strcmp(refs.names[r], "value") != 0) {
					sg_model__error_at(
					    cv->ld, epos, "%s refers to column '%s'; a domain check can only use VALUE",
					    what.data, refs.names[r]);
					break;
				}
		for (size_t j = 0; yc->name && j < k; j++)
			if (y->checks[j].name && strcmp(y->checks[j].name, yc->name) == 0) {
				sg_model__error_at(cv->ld, c->pos, "domain '%s' has two checks named '%s'", y->name,
						   yc->name);
				break;
			}
	}
	sg_strbuf_release(&what);
	for (size_t k = 0; k < d->nchecks; k++)
		if (!d->checks[k].name)
			d->checks[k].name = default_check_name(cv, d, k);
}

static void convert_domain(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *dn, const y_domain *y,
			   sg_domain *d)
{
	sg_strbuf what = SG_STRBUF_INIT;
	sg_strbuf_addf(&what, "domain '%s'", y->name);
	d->name = sg_model__dup_str(cv, y->name);
	d->type = sg_model__dup_str(cv, y->type);
	d->nullable = y->nullable ? *y->nullable : true;
	d->default_expr = sg_model__dup_str(cv, y->default_expr);
	d->collation = sg_model__dup_str(cv, y->collation);
	d->comment = sg_model__dup_str(cv, y->comment);
	d->renamed_from = sg_model__dup_str(cv, y->renamed_from);
	d->pos = sg_model__key_pos(f, dn, "name");
	sg_model__check_name(cv, d->pos, y->name, "a domain");
	if (y->renamed_from)
		sg_model__check_name(cv, sg_model__key_pos(f, dn, "renamed_from"), y->renamed_from, what.data);
	sg_model__check_text(cv, sg_model__key_pos(f, dn, "collation"), y->collation, "collation", what.data);
	sg_model__check_text(cv, sg_model__key_pos(f, dn, "comment"), y->comment, "comment", what.data);

	sg_pos tpos = sg_model__key_pos(f, dn, "type");
	sg_sql_type ty;
	const char *msg;
	if (!y->type[0])
		sg_model__error_at(cv->ld, tpos, "%s has an empty type", what.data);
	else if (sg_model_sql_type_memo(cv->memo, y->type, &ty, &msg) != 0)
		sg_model__error_at(cv->ld, tpos, "type '%s' of %s is not a type: %s", y->type, what.data, msg);
	else if (ty.serial_bytes)
		sg_model__error_at(cv->ld, tpos, "%s cannot be of type '%s'; serial is a column's shorthand", what.data,
				   y->type);
	if (y->default_expr)
		sg_model__check_default(cv, sg_model__key_pos(f, dn, "default"), y->default_expr, what.data);
	convert_checks(cv, f, dn, y, d);
	sg_strbuf_release(&what);
}

void sg_model__convert_domains(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d)
{
	sg_schema *s = cv->schema;
	const sg_model_node *list = sg_model__map_get(root, "domains");
	for (size_t i = 0; i < d->domains_count && !cv->ld->oom; i++) {
		sg_domain *all = sg_model__grow(s->domains, &cv->capdomains, s->ndomains, sizeof(*all));
		if (!all) {
			cv->ld->oom = true;
			return;
		}
		s->domains = all;
		sg_domain *x = &all[s->ndomains++];
		memset(x, 0, sizeof(*x));
		convert_domain(cv, f, sg_model__seq_at(list, i), &d->domains[i], x);
		for (size_t j = 0; j + 1 < s->ndomains; j++)
			if (strcmp(s->domains[j].name, x->name) == 0) {
				sg_model__error_at(cv->ld, x->pos, "duplicate domain '%s' (first defined at %s:%d:%d)",
						   x->name, s->domains[j].pos.file, s->domains[j].pos.line,
						   s->domains[j].pos.column);
				break;
			}
	}
}

static int domain_cmp(const void *a, const void *b)
{
	return strcmp(((const sg_domain *)a)->name, ((const sg_domain *)b)->name);
}

/* The base type of `d`: built in, an enum or another domain of the models, another schema's, or a warning. */
static void check_base_type(sg_model_conv *cv, const sg_domain *d)
{
	sg_schema *s = cv->schema;
	sg_sql_type ty;
	const char *msg;
	if (sg_model_sql_type_memo(cv->memo, d->type, &ty, &msg) != 0 || ty.serial_bytes)
		return; /* reported by convert_domain() */
	if (ty.schema && strcmp(ty.schema, "pg_catalog") == 0) {
		if (!sg_model_sql_builtin_type(ty.name))
			sg_model__error_at(cv->ld, d->pos, "type '%s' of domain '%s' is not a built-in type", d->type,
					   d->name);
		return;
	}
	if (ty.schema && strcmp(ty.schema, s->name) != 0)
		return;
	if ((!ty.schema && sg_model_sql_builtin_type(ty.name)) || sg_schema_find_enum(s, ty.name))
		return;
	if (sg_model_sql_extension_of_type(ty.name))
		return; /* the column rule's warning is about columns; the server judges the domain */
	if (strcmp(ty.name, d->name) == 0) {
		sg_model__error_at(cv->ld, d->pos, "domain '%s' is of its own type", d->name);
		return;
	}
	if (sg_schema_find_domain(s, ty.name))
		return;
	sg_model__warning_at(cv->ld, d->pos,
			     "type '%s' of domain '%s' is neither built in nor an enum or a domain of the models; it "
			     "must exist in the database",
			     d->type, d->name);
}

void sg_model__check_domains(sg_model_conv *cv, bool (*is_table)(const void *ctx, const char *name), const void *ctx)
{
	sg_schema *s = cv->schema;
	if (s->ndomains > 1)
		qsort(s->domains, s->ndomains, sizeof(sg_domain), domain_cmp);
	for (size_t i = 0; i < s->ndomains; i++) {
		const sg_domain *d = &s->domains[i];
		if (sg_schema_find_enum(s, d->name))
			sg_model__error_at(cv->ld, d->pos, "domain '%s' has the name of an enum of the models",
					   d->name);
		if (is_table(ctx, d->name))
			sg_model__error_at(
			    cv->ld, d->pos,
			    "domain '%s' has the name of a table of the models, whose row type takes that "
			    "name",
			    d->name);
		if (d->renamed_from && strcmp(d->renamed_from, d->name) != 0) {
			if (sg_schema_find_domain(s, d->renamed_from))
				sg_model__error_at(
				    cv->ld, d->pos,
				    "domain '%s' is renamed from '%s', which is still a domain of the models", d->name,
				    d->renamed_from);
			for (size_t j = 0; j < i; j++)
				if (s->domains[j].renamed_from &&
				    strcmp(s->domains[j].renamed_from, d->renamed_from) == 0)
					sg_model__error_at(cv->ld, d->pos,
							   "domains '%s' and '%s' are both renamed from '%s'",
							   s->domains[j].name, d->name, d->renamed_from);
		}
		check_base_type(cv, d);
	}
}
