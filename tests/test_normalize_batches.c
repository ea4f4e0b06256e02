/*
 * Normalization in batches (normalize.h, SG_NORMALIZE_BATCH): whatever the
 * batch size, the normalized schema is the same, foreign keys between tables
 * of different batches (chains, cycles, self-references) and domains used in
 * later batches included; and a
 * schema far larger than one transaction's lock room normalizes at all.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "harness.h"
#include "model.h"
#include "normalize.h"
#include "schema_print.h"

#ifndef SG_SOURCE_ROOT
#error "SG_SOURCE_ROOT must name the source tree"
#endif

static char *normalized_text(PGconn *conn, const sg_schema *model, size_t batch)
{
	sg_error err = {0};
	sg_schema *live = NULL, *norm = NULL;
	sg_catalog_options copts = {.schema = model->name};
	if (sg_catalog_load(&live, conn, &copts, &err) != 0)
		fail_msg("catalog: %s", sg_error_message(&err));
	sg_normalize_options nopts = {.everything = true, .batch_tables = batch};
	if (sg_normalize(&norm, conn, model, live, &nopts, &err) != 0)
		fail_msg("normalize (batches of %zu): %s", batch, sg_error_message(&err));
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_schema_print(&sb, norm);
	sg_schema_free(norm);
	sg_schema_free(live);
	return sg_strbuf_detach(&sb, NULL);
}

static sg_schema *load(const char *dir)
{
	sg_error err = {0};
	sg_schema *model = NULL;
	if (sg_model_load(&model, dir, &err) != 0)
		fail_msg("%s: %s", dir, sg_error_message(&err));
	return model;
}

static void expect_batch_sizes_agree(PGconn *conn, const char *dir)
{
	sg_schema *model = load(dir);
	char *whole = normalized_text(conn, model, 100000);
	for (size_t batch = 1; batch <= 3; batch++) {
		char *got = normalized_text(conn, model, batch);
		if (strcmp(whole, got) != 0)
			fail_msg("%s: batches of %zu differ from one batch:\n%s\n---\n%s", dir, batch, whole, got);
		free(got);
	}
	free(whole);
	sg_schema_free(model);
}

static void test_normalize_batches__same_result(void **state)
{
	sg_test_db *db = *state;
	/* The example application, and cases with cycles, composite keys and self-references. */
	expect_batch_sizes_agree(db->conn, SG_SOURCE_ROOT "/models");
	expect_batch_sizes_agree(db->conn, SG_SOURCE_ROOT "/tests/diff_cases/keys_and_cycles/to");
	expect_batch_sizes_agree(db->conn, SG_SOURCE_ROOT "/tests/diff_cases/enum_dependents/to");
	/* Domains: a later batch creates only the domains its tables use, and the domains those are based on. */
	expect_batch_sizes_agree(db->conn, SG_SOURCE_ROOT "/tests/diff_cases/domain_create/to");
	expect_batch_sizes_agree(db->conn, SG_SOURCE_ROOT "/tests/diff_cases/domain_drop/from");
}

/* Some tables live and verbatim, the others through batches: foreign keys both ways still resolve. */
static void test_normalize_batches__mixed_with_live(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, "CREATE EXTENSION citext;"
			       "CREATE TABLE organisations (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
			       " slug text NOT NULL UNIQUE, name text NOT NULL,"
			       " created_at timestamptz NOT NULL DEFAULT now(),"
			       " CONSTRAINT organisations_slug_format CHECK (slug ~ '^[a-z0-9-]+$'));"
			       "COMMENT ON TABLE organisations IS 'Tenants; every user belongs to one'");
	expect_batch_sizes_agree(db->conn, SG_SOURCE_ROOT "/models");
}

/*
 * Far more relations than one transaction can lock: 6,000 tables of five
 * relations each (table, key, index, TOAST table and its index) need 30,000
 * locks; the throwaway server has room for about 12,800 (max_connections 200),
 * a default server for 6,400.
 */
static void test_normalize_batches__beyond_one_transaction(void **state)
{
	sg_test_db *db = *state;
	sg_strbuf yaml = SG_STRBUF_INIT;
	sg_strbuf_adds(&yaml, "tables:\n");
	const int n = 6000;
	for (int i = 0; i < n; i++) {
		sg_strbuf_addf(
		    &yaml, "  - name: t%d\n    columns:\n      - { name: id, type: bigint, primary_key: true }\n", i);
		sg_strbuf_adds(&yaml, "      - { name: note, type: text }\n");
		sg_strbuf_addf(&yaml, "      - { name: up, type: bigint, references: { table: t%d, column: id } }\n",
			       (i + 1) % n);
		sg_strbuf_addf(&yaml, "    indexes:\n      - { columns: [up] }\n");
	}
	sg_model_diags diags = {0};
	sg_schema *model = NULL;
	sg_error err = {0};
	sg_model_source src = {.name = "many.yaml", .text = yaml.data, .len = yaml.len};
	if (sg_model_load_sources(&model, &src, 1, &diags, &err) != 0)
		fail_msg("models: %s", sg_error_message(&err));
	sg_model_diags_release(&diags);
	char *text = normalized_text(db->conn, model, 0);
	assert_non_null(strstr(text, "table t5999\n"));
	assert_non_null(strstr(text, "t5999_up_fkey"));
	free(text);
	sg_schema_free(model);
	sg_strbuf_release(&yaml);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_normalize_batches__same_result, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_normalize_batches__mixed_with_live, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_normalize_batches__beyond_one_transaction, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
