/*
 * Unit tests of sequences and foreign key MATCH (issue 13), no database: the
 * models loader (every option, PostgreSQL's defaults filled in, every error
 * at its file:line:column, nextval() defaults checked against the models'
 * sequences, `match: partial` refused) and the diff of in-memory schemas
 * (each operation in its phase, its down, its hazards).  The real server's
 * side is tests/diff_cases/sequences, sequence_changes and
 * match_full_and_owners.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "unit_util.h"

/* ---- the models ---- */

static const sg_sequence *loaded_sequence(ut_loaded *l, const char *yaml, const char *name)
{
	ut_load(l, yaml);
	ut_dump(l);
	assert_int_equal(l->rc, 0);
	const sg_sequence *q = sg_schema_find_sequence(l->schema, name);
	assert_non_null(q);
	return q;
}

static void test_sequences__defaults_as_postgresql(void **state)
{
	(void)state;
	ut_loaded l;
	const sg_sequence *q = loaded_sequence(&l, "sequences:\n  - { name: s }\n", "s");
	assert_string_equal(q->type, "bigint");
	assert_true(q->increment == 1 && q->min == 1 && q->max == 9223372036854775807LL && q->start == 1);
	assert_true(q->cache == 1 && !q->cycle && !q->owned_table && !q->comment);
	ut_release(&l);

	q = loaded_sequence(&l, "sequences:\n  - { name: d, type: INT2, increment: -3 }\n", "d");
	assert_string_equal(q->type, "smallint");
	assert_true(q->increment == -3 && q->min == -32768 && q->max == -1 && q->start == -1);
	ut_release(&l);

	q = loaded_sequence(&l,
			    "sequences:\n"
			    "  - { name: o, type: integer, min: 10, max: 90, start: 20, cache: 4, cycle: yes,\n"
			    "      owned_by: t.c, comment: numbers, renamed_from: old }\n"
			    "tables:\n  - { name: t, columns: [{ name: c, type: int, default: \"nextval('o')\" }] }\n",
			    "o");
	assert_string_equal(q->type, "integer");
	assert_true(q->min == 10 && q->max == 90 && q->start == 20 && q->cache == 4 && q->cycle);
	assert_string_equal(q->owned_table, "t");
	assert_string_equal(q->owned_column, "c");
	assert_string_equal(q->comment, "numbers");
	assert_string_equal(q->renamed_from, "old");
	/* The start defaults to the minimum actually given. */
	ut_release(&l);
	q = loaded_sequence(&l, "sequences:\n  - { name: m, min: 500 }\n", "m");
	assert_true(q->start == 500);
	ut_release(&l);
}

static void test_sequences__errors(void **state)
{
	(void)state;
	ut_expect_error("sequences:\n  - { name: s, colour: red }\n",
			"m.yaml:2:16: unknown key 'colour' in sequence 's'");
	ut_expect_error(
	    "sequences:\n  - { name: s, type: numeric }\n",
	    "m.yaml:2:22: 'type' of sequence 's' must be one of bigint, int8, integer, int, int4, smallint, "
	    "int2, not 'numeric'");
	ut_expect_error("sequences:\n  - { name: s, increment: 0 }\n",
			"m.yaml:2:27: 'increment' of sequence 's' must not be 0");
	ut_expect_error("sequences:\n  - { name: s, start: ten }\n",
			"m.yaml:2:23: 'start' of sequence 's' must be an integer, not 'ten'");
	ut_expect_error("sequences:\n  - { name: s, type: smallint, max: 40000 }\n",
			"m.yaml:2:37: 'max' of sequence 's' is 40000, out of range: smallint holds -32768 to 32767");
	ut_expect_error("sequences:\n  - { name: s, min: 9, max: 3 }\n",
			"m.yaml:2:21: 'min' of sequence 's' (9) must be less than its 'max' (3)");
	ut_expect_error("sequences:\n  - { name: s, min: 5, start: 2 }\n",
			"m.yaml:2:31: 'start' of sequence 's' (2) must lie between its 'min' (5) and 'max' "
			"(9223372036854775807)");
	ut_expect_error("sequences:\n  - { name: s, cache: 0 }\n",
			"m.yaml:2:23: 'cache' of sequence 's' is 0, out of range: the cache holds at least 1 value");
	ut_expect_error("sequences:\n  - { name: s, owned_by: nodot }\n",
			"m.yaml:2:26: 'owned_by' of sequence 's' must be 'table.column', not 'nodot'");
	ut_expect_error("sequences:\n  - { name: s, owned_by: t.c }\n",
			"m.yaml:2:26: sequence 's' is owned by table 't', which is not a table of the models");
	ut_expect_error(
	    "sequences:\n  - { name: s, owned_by: t.zz }\ntables:\n  - { name: t, columns: [{ name: c, type: int }] "
	    "}\n",
	    "m.yaml:2:26: sequence 's' is owned by column 'zz' of table 't', which has no such column");
	ut_expect_error("sequences:\n  - { name: s }\n  - { name: s }\n",
			"m.yaml:3:13: duplicate sequence 's' (first defined at m.yaml:2:13)");
	ut_expect_error(
	    "sequences:\n  - { name: t }\ntables:\n  - { name: t }\n",
	    "m.yaml:2:13: sequence 't' has the name of table 't' (m.yaml:4:13); tables, indexes and keys share "
	    "one namespace");
	ut_expect_error("sequences:\n  - { name: a, renamed_from: a }\n",
			"m.yaml:2:30: sequence 'a' is renamed from itself");
	ut_expect_error("sequences:\n  - { name: a, renamed_from: b }\n  - { name: b }\n",
			"m.yaml:2:30: sequence 'a' is renamed from 'b', which is still a sequence of the models");
	/*
	 * An owned sequence a NOT NULL integer column's default reads, made and named as serial makes it, is
	 * what serial is.
	 */
	ut_expect_error(
	    "sequences:\n  - { name: t_c_seq, type: integer, owned_by: t.c }\ntables:\n  - name: t\n    columns:\n"
	    "      - { name: c, type: int4, nullable: false, default: \"nextval('t_c_seq')\" }\n",
	    "m.yaml:2:47: sequence 't_c_seq' is owned by column 't.c', whose default reads it: that is a serial "
	    "column; write the column as serial, bigserial or smallserial without this sequence, or make it "
	    "nullable");
	/*
	 * Made otherwise (START 1000; bigint for an integer column) or named otherwise (a serial whose table was
	 * renamed, as inspect writes it), it is a sequence of its own.
	 */
	ut_loaded l;
	const sg_sequence *q =
	    loaded_sequence(&l,
			    "sequences:\n  - { name: s, type: integer, start: 1000, owned_by: t.c }\n"
			    "tables:\n  - name: t\n    columns:\n"
			    "      - { name: c, type: int4, nullable: false, default: \"nextval('s')\" }\n",
			    "s");
	assert_true(q->start == 1000 && sg_str_eq(q->owned_column, "c"));
	ut_release(&l);
	q = loaded_sequence(&l,
			    "sequences:\n  - { name: s, owned_by: t.c }\ntables:\n  - name: t\n    columns:\n"
			    "      - { name: c, type: int4, nullable: false, default: \"nextval('s')\" }\n",
			    "s");
	assert_string_equal(q->type, "bigint");
	ut_release(&l);
	q = loaded_sequence(
	    &l,
	    "sequences:\n  - { name: old_c_seq, type: integer, owned_by: t.c }\ntables:\n  - name: t\n"
	    "    columns:\n      - { name: c, type: int4, nullable: false, default: \"nextval('old_c_seq')\" }\n",
	    "old_c_seq");
	ut_release(&l);
}

static void test_sequences__nextval_defaults(void **state)
{
	(void)state;
	ut_expect_error(
	    "tables:\n  - name: t\n    columns:\n      - { name: c, type: bigint, default: \"nextval('nope')\" }\n",
	    "m.yaml:4:17: the default of column 'c' of table 't' reads sequence 'nope', which is not a sequence "
	    "of the models; add it to 'sequences'");
	/* regclass folds a bare name to lower case, keeps a quoted one. */
	ut_expect_error(
	    "sequences:\n  - { name: Big }\ntables:\n  - name: t\n    columns:\n"
	    "      - { name: c, type: bigint, default: \"nextval('Big')\" }\n",
	    "m.yaml:6:17: the default of column 'c' of table 't' reads sequence 'big', which is not a sequence "
	    "of the models; add it to 'sequences'");
	ut_loaded l;
	ut_load(&l, "sequences:\n  - { name: Big }\n  - { name: s }\ntables:\n  - name: t\n    columns:\n"
		    "      - { name: a, type: bigint, default: \"nextval('\\\"Big\\\"'::regclass)\" }\n"
		    "      - { name: b, type: bigint, default: \"nextval('public.s') + 1\" }\n"
		    "      - { name: c, type: bigint, default: \"nextval('other.elsewhere')\" }\n"
		    "      - { name: d, type: text, default: \"'nextval(''x'')'\" }\n"
		    "      - { name: e, type: serial }\n"
		    "      - { name: f, type: bigint, default: \"nextval('t_e_seq')\" }\n");
	for (size_t i = 0; i < l.diags.count; i++)
		print_error("  got: %s\n", l.diags.items[i].text);
	assert_int_equal(l.rc, 0);
	ut_release(&l);
}

static void test_sequences__match(void **state)
{
	(void)state;
	ut_loaded l;
	ut_load(&l,
		"tables:\n  - { name: p, columns: [{ name: id, type: int, primary_key: true }] }\n"
		"  - name: c\n    columns:\n"
		"      - { name: a, type: int, references: { table: p, match: FULL } }\n"
		"      - { name: b, type: int, references: { table: p, match: simple } }\n"
		"    foreign_keys:\n      - { columns: [b], references: { table: p }, match: full, name: c_full }\n");
	assert_int_equal(l.rc, 0);
	const sg_table *c = sg_schema_find_table(l.schema, "c");
	assert_true(sg_table_find_constraint(c, "c_a_fkey")->match_full);
	assert_false(sg_table_find_constraint(c, "c_b_fkey")->match_full);
	assert_true(sg_table_find_constraint(c, "c_full")->match_full);
	ut_release(&l);
	ut_expect_error("tables:\n  - { name: p, columns: [{ name: id, type: int, primary_key: true }] }\n"
			"  - name: c\n    columns:\n"
			"      - { name: a, type: int, references: { table: p, match: partial } }\n",
			"m.yaml:5:62: 'match: partial' is not implemented by PostgreSQL; use 'simple' or 'full'");
	ut_expect_error("tables:\n  - { name: p, columns: [{ name: id, type: int, primary_key: true }] }\n"
			"  - name: c\n    columns:\n      - { name: a, type: int }\n"
			"    foreign_keys:\n      - { columns: [a], references: { table: p }, match: sometimes }\n",
			"m.yaml:7:58: 'match' of foreign key #1 of table 'c' must be one of simple, full, partial, not "
			"'sometimes'");
}

/* ---- the diff ---- */

static sg_sequence *with_sequences(sg_schema *s, size_t n)
{
	s->sequences = sg_arena_array(s->arena, n, sizeof(sg_sequence));
	s->nsequences = n;
	return s->sequences;
}

static sg_sequence plain(const char *name)
{
	return (sg_sequence){.name = name,
			     .type = "bigint",
			     .start = 1,
			     .increment = 1,
			     .min = 1,
			     .max = 9223372036854775807LL,
			     .cache = 1};
}

/* A table t(n bigint DEFAULT nextval('<seq>'::regclass)). */
static void table_reading(sg_schema *s, const char *seq_default)
{
	s->tables = sg_arena_array(s->arena, 1, sizeof(sg_table));
	s->ntables = 1;
	sg_column *c = sg_arena_array(s->arena, 1, sizeof(sg_column));
	*c = (sg_column){.name = "n", .type = "bigint", .nullable = true, .default_expr = seq_default};
	s->tables[0] = (sg_table){.name = "t", .columns = c, .ncolumns = 1};
}

static void test_sequences__create_before_the_table_and_owned_after(void **state)
{
	(void)state;
	sg_schema *cur = sg_schema_new("public"), *want = sg_schema_new("public");
	sg_sequence *q = with_sequences(want, 1);
	q[0] = plain("s");
	q[0].owned_table = "t";
	q[0].owned_column = "n";
	table_reading(want, "nextval('s'::regclass)");
	ut_result r = ut_run_diff(cur, want, false);
	const sg_op *create = ut_find_op(&r, "create sequence s"), *table = ut_find_op(&r, "create table t"),
		    *own = ut_find_op(&r, "sequence s owned by t.n");
	assert_true(create < table && table < own);
	assert_string_equal(create->up, "CREATE SEQUENCE s;");
	assert_string_equal(create->down, "DROP SEQUENCE s;");
	assert_string_equal(own->up, "ALTER SEQUENCE s OWNED BY t.n;");
	assert_string_equal(own->down, "ALTER SEQUENCE s OWNED BY NONE;");
	ut_free_result(&r, cur, want);
}

static void test_sequences__alter_each_option_never_restart(void **state)
{
	(void)state;
	sg_schema *cur = sg_schema_new("public"), *want = sg_schema_new("public");
	with_sequences(cur, 1)[0] = plain("s");
	sg_sequence *w = with_sequences(want, 1);
	w[0] = plain("s");
	w[0].type = "integer";
	w[0].increment = 2;
	w[0].max = 1000;
	w[0].start = 10;
	w[0].cache = 3;
	w[0].cycle = true;
	w[0].comment = "c";
	ut_result r = ut_run_diff(cur, want, false);
	const sg_op *op = ut_find_op(&r, "alter sequence s");
	assert_string_equal(op->up,
			    "ALTER SEQUENCE s AS integer INCREMENT BY 2 MAXVALUE 1000 START WITH 10 CACHE 3 CYCLE;");
	assert_string_equal(
	    op->down, "ALTER SEQUENCE s AS bigint INCREMENT BY 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 "
		      "NO CYCLE;");
	assert_null(strstr(r.text, "RESTART"));
	/* The range shrinks: the up may fail on a sequence past 1000. */
	assert_true(sg_op_has_hazard(op, SG_HAZARD_DATA_LOSS));
	assert_string_equal(ut_find_op(&r, "comment on sequence s")->up, "COMMENT ON SEQUENCE s IS 'c';");
	ut_free_result(&r, cur, want);
}

static void test_sequences__rename_keeps_defaults_and_drop_is_last(void **state)
{
	(void)state;
	sg_schema *cur = sg_schema_new("public"), *want = sg_schema_new("public");
	sg_sequence *c = with_sequences(cur, 2);
	c[0] = plain("gone");
	c[0].owned_table = "t";
	c[0].owned_column = "n";
	c[1] = plain("old");
	table_reading(cur, "nextval('old'::regclass)");
	sg_sequence *w = with_sequences(want, 1);
	w[0] = plain("new");
	w[0].renamed_from = "old";
	table_reading(want, "nextval('new'::regclass)");
	ut_result r = ut_run_diff(cur, want, false);
	assert_string_equal(ut_find_op(&r, "rename sequence old to new")->up, "ALTER SEQUENCE old RENAME TO new;");
	/* The default follows the sequence by its oid: nothing to set. */
	assert_null(strstr(r.text, "SET DEFAULT"));
	const sg_op *disown = ut_find_op(&r, "sequence gone no longer owned by t.n"),
		    *drop = ut_find_op(&r, "drop sequence gone");
	assert_true(disown < drop);
	assert_int_equal(drop->phase, SG_PHASE_DROP_SEQUENCE);
	assert_true(sg_op_has_hazard(drop, SG_HAZARD_DATA_LOSS));
	assert_string_equal(drop->down, "CREATE SEQUENCE gone;");
	assert_string_equal(disown->down, "ALTER SEQUENCE gone OWNED BY t.n;");
	assert_true(sg_plan_is_destructive(r.plan));
	ut_free_result(&r, cur, want);
}

/*
 * A table dropped while the sequence its default reads is renamed: the drop
 * runs after the rename, so its down (run before the rename is undone) must
 * name the new name (found by the random suite, seed 1052).
 */
static void test_sequences__downs_name_renamed_sequences(void **state)
{
	(void)state;
	sg_schema *cur = sg_schema_new("public"), *want = sg_schema_new("public");
	with_sequences(cur, 1)[0] = plain("old");
	table_reading(cur, "nextval('old'::regclass)");
	sg_sequence *w = with_sequences(want, 1);
	w[0] = plain("New");
	w[0].renamed_from = "old";
	ut_result r = ut_run_diff(cur, want, false);
	const sg_op *drop = ut_find_op(&r, "drop table t");
	assert_true(ut_find_op(&r, "rename sequence old to New") < drop);
	assert_non_null(strstr(drop->down, "DEFAULT nextval('\"New\"'::regclass)"));
	ut_free_result(&r, cur, want);
}

/*
 * A dropped table whose default reads a sequence of another schema: its down
 * creates the table again and nothing else.  The sequence was taken for a
 * serial column's (not listed by the catalog): the down created it IF NOT
 * EXISTS and made the table own it, which PostgreSQL refuses across schemas.
 */
static void test_sequences__another_schema_is_not_a_columns(void **state)
{
	(void)state;
	sg_schema *cur = sg_schema_new("public"), *want = sg_schema_new("public");
	table_reading(cur, "nextval('other.s'::regclass)");
	ut_result r = ut_run_diff(cur, want, true);
	const sg_op *drop = ut_find_op(&r, "drop table t");
	assert_non_null(strstr(drop->down, "DEFAULT nextval('other.s'::regclass)"));
	assert_null(strstr(r.text, "CREATE SEQUENCE"));
	assert_null(strstr(r.text, "OWNED BY"));
	ut_free_result(&r, cur, want);
	/* One of this schema, qualified, and one unqualified are still the column's. */
	cur = sg_schema_new("public");
	want = sg_schema_new("public");
	table_reading(cur, "nextval('public.s'::regclass)");
	r = ut_run_diff(cur, want, true);
	assert_non_null(strstr(ut_find_op(&r, "drop table t")->down, "ALTER SEQUENCE public.s OWNED BY t.n;"));
	ut_free_result(&r, cur, want);
}

/*
 * ALTER SEQUENCE ... AS moves a bound that is the old type's own to the new
 * type's: bigint MAXVALUE 2147483647 to integer keeps it (not bigint's), and
 * back from integer the bound 2147483647 is integer's own, so the down says
 * it again, or it would become bigint's.
 */
static void test_sequences__type_change_keeps_bounds(void **state)
{
	(void)state;
	sg_schema *cur = sg_schema_new("public"), *want = sg_schema_new("public");
	sg_sequence *c = with_sequences(cur, 2), *w = with_sequences(want, 2);
	c[0] = plain("up");
	c[0].max = 2147483647;
	w[0] = plain("up");
	w[0].type = "integer";
	w[0].max = 2147483647;
	c[1] = plain("down");
	c[1].increment = -1;
	c[1].min = -2147483648LL;
	c[1].max = -1;
	c[1].start = -1;
	w[1] = c[1];
	w[1].type = "integer";
	ut_result r = ut_run_diff(cur, want, false);
	const sg_op *up = ut_find_op(&r, "alter sequence up"), *down = ut_find_op(&r, "alter sequence down");
	assert_string_equal(up->up, "ALTER SEQUENCE up AS integer;");
	assert_string_equal(up->down, "ALTER SEQUENCE up AS bigint MAXVALUE 2147483647;");
	assert_string_equal(down->up, "ALTER SEQUENCE down AS integer;");
	assert_string_equal(down->down, "ALTER SEQUENCE down AS bigint MINVALUE -2147483648;");
	ut_free_result(&r, cur, want);
}

/*
 * A new sequence read by a column with rows starts past them (setval); when
 * the column's type holds values past the sequence's bound (a smallint
 * sequence, a MAXVALUE, a numeric column), the setval fails while a row
 * holds one: needs-backfill, naming the column and the bound; the down of a
 * dropped one the same way.  A bigint sequence read by an integer column
 * cannot fail so: no hazard.
 */
static void test_sequences__start_past_rows_beyond_the_bound(void **state)
{
	(void)state;
	const struct {
		const char *seq_type, *col_type;
		long long max;
		const char *hazard;
	} cases[] = {
	    {"smallint", "bigint", 32767,
	     "sequence 's' starts past the values of t.n, and fails while one is above its MAXVALUE 32767"},
	    {"bigint", "integer", 1000,
	     "sequence 's' starts past the values of t.n, and fails while one is above its MAXVALUE 1000"},
	    {"integer", "numeric", 2147483647,
	     "sequence 's' starts past the values of t.n, and fails while one is above its MAXVALUE 2147483647"},
	    {"bigint", "integer", 9223372036854775807LL, NULL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		for (int dropped = 0; dropped < 2; dropped++) {
			sg_schema *cur = sg_schema_new("public"), *want = sg_schema_new("public");
			sg_schema *with = dropped ? cur : want;
			sg_sequence *q = with_sequences(with, 1);
			q[0] = plain("s");
			q[0].type = cases[i].seq_type;
			q[0].max = cases[i].max;
			table_reading(cur, dropped ? "nextval('s'::regclass)" : NULL);
			table_reading(want, dropped ? NULL : "nextval('s'::regclass)");
			cur->tables[0].columns[0].type = want->tables[0].columns[0].type = cases[i].col_type;
			ut_result r = ut_run_diff(cur, want, false);
			const sg_op *op = ut_find_op(&r, dropped ? "drop sequence s" : "create sequence s");
			assert_non_null(strstr(dropped ? op->down : op->up,
					       "SELECT setval('s', GREATEST(1, (SELECT max(n) + 1 FROM t)), false);"));
			const char *found = NULL;
			const sg_hazard *hz = dropped ? op->down_hazards : op->hazards;
			for (size_t h = 0; h < (dropped ? op->ndown_hazards : op->nhazards); h++)
				if (hz[h].code == SG_HAZARD_NEEDS_BACKFILL)
					found = hz[h].message;
			if (cases[i].hazard)
				assert_string_equal(found ? found : "(none)", cases[i].hazard);
			else
				assert_null(found);
			ut_free_result(&r, cur, want);
		}
	}
}

static void test_sequences__match_full_is_a_change(void **state)
{
	(void)state;
	sg_schema *cur = sg_schema_new("public"), *want = sg_schema_new("public");
	sg_schema *sides[2] = {cur, want};
	for (int i = 0; i < 2; i++) {
		sg_schema *s = sides[i];
		s->tables = sg_arena_array(s->arena, 1, sizeof(sg_table));
		s->ntables = 1;
		sg_column *col = sg_arena_array(s->arena, 2, sizeof(sg_column));
		col[0] = (sg_column){.name = "id", .type = "integer"};
		col[1] = (sg_column){.name = "p", .type = "integer", .nullable = true};
		const char **id = sg_arena_array(s->arena, 1, sizeof(char *)),
			   **p = sg_arena_array(s->arena, 1, sizeof(char *));
		id[0] = "id";
		p[0] = "p";
		sg_constraint *k = sg_arena_array(s->arena, 2, sizeof(sg_constraint));
		k[0] = (sg_constraint){.kind = SG_CON_PRIMARY_KEY, .name = "t_pkey", .columns = id, .ncolumns = 1};
		k[1] = (sg_constraint){.kind = SG_CON_FOREIGN_KEY,
				       .name = "t_p_fkey",
				       .columns = p,
				       .ncolumns = 1,
				       .ref_table = "t",
				       .ref_columns = id,
				       .nref_columns = 1,
				       .match_full = i == 1};
		s->tables[0] =
		    (sg_table){.name = "t", .columns = col, .ncolumns = 2, .constraints = k, .nconstraints = 2};
	}
	ut_result r = ut_run_diff(cur, want, false);
	assert_non_null(
	    strstr(r.text, "ALTER TABLE t ADD CONSTRAINT t_p_fkey FOREIGN KEY (p) REFERENCES t(id) MATCH FULL;"));
	assert_non_null(strstr(r.text, "ALTER TABLE t ADD CONSTRAINT t_p_fkey FOREIGN KEY (p) REFERENCES t(id);"));
	ut_free_result(&r, cur, want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_sequences__defaults_as_postgresql),
	    cmocka_unit_test(test_sequences__errors),
	    cmocka_unit_test(test_sequences__nextval_defaults),
	    cmocka_unit_test(test_sequences__match),
	    cmocka_unit_test(test_sequences__create_before_the_table_and_owned_after),
	    cmocka_unit_test(test_sequences__alter_each_option_never_restart),
	    cmocka_unit_test(test_sequences__rename_keeps_defaults_and_drop_is_last),
	    cmocka_unit_test(test_sequences__downs_name_renamed_sequences),
	    cmocka_unit_test(test_sequences__match_full_is_a_change),
	    cmocka_unit_test(test_sequences__another_schema_is_not_a_columns),
	    cmocka_unit_test(test_sequences__type_change_keeps_bounds),
	    cmocka_unit_test(test_sequences__start_past_rows_beyond_the_bound),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
