/*
 * Quoting checked against PostgreSQL itself: awkward names round-trip through
 * the server, and our keyword list agrees with the server's quote_ident() for
 * every keyword it knows.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "quote.h"

static const char *const awkward[] = {
    "MixedCase",
    "with space",
    "double\"quote",
    "single'quote",
    "user",
    "order",
    "select",
    "group by",
    "caf\xc3\xa9",
    "\xe6\x97\xa5\xe6\x9c\xac",
    "123abc",
    "a.b",
    "$dollar",
    "_underscore",
    "plain_name",
    "UPPER",
    /* 63 bytes: the longest identifier PostgreSQL keeps whole */
    "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij_63",
};

static void test_quote_pg__awkward_names_round_trip(void **state)
{
	sg_test_db *db = *state;
	for (size_t i = 0; i < sizeof(awkward) / sizeof(awkward[0]); i++) {
		const char *name = awkward[i];
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_adds(&sql, "CREATE TABLE ");
		sg_quote_ident(&sql, name);
		sg_strbuf_adds(&sql, " (");
		sg_quote_ident(&sql, name);
		sg_strbuf_adds(&sql, " text DEFAULT ");
		sg_quote_literal(&sql, name);
		sg_strbuf_adds(&sql, ")");
		sg_test_exec(db->conn, sql.data);

		/* The server must have stored exactly the name, not a folded or truncated one. */
		const char *params[1] = {name};
		PGresult *res =
		    PQexecParams(db->conn,
				 "SELECT a.attname, pg_get_expr(d.adbin, d.adrelid) "
				 "FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = 1 "
				 "JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = 1 "
				 "WHERE c.relname = $1 AND c.relnamespace = 'public'::regnamespace",
				 1, NULL, params, NULL, NULL, 0);
		assert_int_equal(PQresultStatus(res), PGRES_TUPLES_OK);
		if (PQntuples(res) != 1)
			fail_msg("table for name '%s' not found as written (sql: %s)", name, sql.data);
		assert_string_equal(PQgetvalue(res, 0, 0), name);
		PQclear(res);

		/* And our quoting must be the server's own. */
		res = PQexecParams(db->conn, "SELECT quote_ident($1)", 1, NULL, params, NULL, NULL, 0);
		char *ours = sg_quote_ident_dup(name);
		assert_string_equal(ours, PQgetvalue(res, 0, 0));
		free(ours);
		PQclear(res);
		sg_strbuf_release(&sql);
	}
}

static void test_quote_pg__keywords_match_server(void **state)
{
	sg_test_db *db = *state;
	PGresult *res =
	    PQexec(db->conn, "SELECT word, quote_ident(word), catcode FROM pg_get_keywords() ORDER BY word");
	assert_int_equal(PQresultStatus(res), PGRES_TUPLES_OK);
	assert_true(PQntuples(res) > 400);
	int mismatches = 0;
	for (int i = 0; i < PQntuples(res); i++) {
		const char *word = PQgetvalue(res, i, 0);
		char *ours = sg_quote_ident_dup(word);
		if (strcmp(ours, PQgetvalue(res, i, 1)) != 0) {
			print_error("keyword '%s' (category %s): server quotes it as %s, we as %s\n", word,
				    PQgetvalue(res, i, 2), PQgetvalue(res, i, 1), ours);
			mismatches++;
		}
		free(ours);
	}
	PQclear(res);
	assert_int_equal(mismatches, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_quote_pg__awkward_names_round_trip, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_quote_pg__keywords_match_server, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
