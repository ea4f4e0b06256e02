/*
 * Helpers shared by the generator's unit suites: see unit_util.h.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "unit_util.h"

void ut_load_n(ut_loaded *out, const sg_model_source *src, size_t n)
{
	memset(out, 0, sizeof(*out));
	out->rc = sg_model_load_sources(&out->schema, src, n, &out->diags, &out->err);
}

void ut_load(ut_loaded *out, const char *yaml)
{
	sg_model_source src = {"m.yaml", yaml, strlen(yaml)};
	ut_load_n(out, &src, 1);
}

void ut_release(ut_loaded *l)
{
	sg_schema_free(l->schema);
	sg_model_diags_release(&l->diags);
	sg_error_clear(&l->err);
}

void ut_dump(const ut_loaded *l)
{
	for (size_t i = 0; i < l->diags.count; i++)
		print_error("  got: %s\n", l->diags.items[i].text);
}

void ut_expect_error(const char *yaml, const char *want)
{
	ut_loaded l;
	ut_load(&l, yaml);
	bool found = false;
	for (size_t i = 0; i < l.diags.count; i++)
		found |= l.diags.items[i].severity == SG_MODEL_ERROR && strcmp(l.diags.items[i].text, want) == 0;
	if (!found || l.rc == 0 || l.schema) {
		print_error("expected error: %s\n", want);
		ut_dump(&l);
	}
	assert_true(found);
	assert_int_equal(l.rc, -1);
	assert_null(l.schema);
	assert_int_equal(l.err.kind, SG_ERR_INPUT);
	ut_release(&l);
}

sg_table *ut_add_table(sg_schema *s, const char *name, size_t ncols)
{
	sg_table *tables = sg_arena_array(s->arena, s->ntables + 1, sizeof(sg_table));
	if (s->ntables)
		memcpy(tables, s->tables, s->ntables * sizeof(sg_table));
	s->tables = tables;
	sg_table *t = &s->tables[s->ntables++];
	t->name = name;
	t->columns = sg_arena_array(s->arena, ncols, sizeof(sg_column));
	t->constraints = sg_arena_array(s->arena, 8, sizeof(sg_constraint));
	t->indexes = sg_arena_array(s->arena, 8, sizeof(sg_index));
	return t;
}

sg_column *ut_add_column(sg_table *t, const char *name, const char *type, bool nullable)
{
	sg_column *c = &t->columns[t->ncolumns++];
	c->name = name;
	c->type = type;
	c->nullable = nullable;
	return c;
}

ut_result ut_run_diff(sg_schema *cur, sg_schema *want, bool online)
{
	sg_schema_sort(cur);
	sg_schema_sort(want);
	ut_result r = {0};
	r.plan = sg_plan_new();
	sg_diff_options opts = {.online = online};
	assert_int_equal(sg_diff(r.plan, cur, want, &opts), 0);
	assert_int_equal(sg_order_plan(&r.steps, r.plan), 0);
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_emit_plan_text(&sb, &r.steps, NULL, false);
	r.text = sg_strbuf_detach(&sb, NULL);
	return r;
}

void ut_free_result(ut_result *r, sg_schema *a, sg_schema *b)
{
	sg_steps_release(&r->steps);
	sg_plan_free(r->plan);
	free(r->text);
	sg_schema_free(a);
	sg_schema_free(b);
}

const sg_op *ut_find_op(const ut_result *r, const char *summary)
{
	for (size_t i = 0; i < r->plan->nops; i++)
		if (strcmp(r->plan->ops[i].summary, summary) == 0)
			return &r->plan->ops[i];
	print_error("no operation '%s' in plan:\n%s\n", summary, r->text);
	fail();
	return NULL;
}
