/*
 * The incremental catalog fingerprint (generator/fingerprint.h) against a
 * real server: every kind of change the catalog reader sees changes it, the
 * same catalog rebuilt from scratch (new oids, new row versions) gives the same
 * fingerprint again, and only tables whose rows changed are digested again.
 */
#include <stdio.h>
#include <string.h>

#include "fingerprint.h"
#include "harness.h"

static const char base_sql[] =
	"CREATE TYPE mood AS ENUM ('sad', 'happy');"
	"CREATE TABLE parent (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x', m mood);"
	"CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent, note text,"
	"  CONSTRAINT child_note_check CHECK (note <> ''));"
	"CREATE INDEX child_parent_idx ON child (parent_id);"
	"COMMENT ON TABLE parent IS 'p';"
	"CREATE TABLE other (a int);";

static void take(sg_fingerprinter *fp, PGconn *conn, char out[SG_FINGERPRINT_LEN + 1])
{
	sg_error err = { 0 };
	if (sg_fingerprint_take(fp, conn, "public", out, &err) != 0)
		fail_msg("fingerprint: %s", sg_error_message(&err));
	assert_int_equal(strlen(out), SG_FINGERPRINT_LEN);
}

/* Each change, then its undo: the fingerprint moves, then comes back. */
static void test_fingerprint__every_change_is_seen(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, base_sql);
	static const struct {
		const char *change, *undo;
	} cases[] = {
		{ "ALTER TABLE child ADD COLUMN extra int", "ALTER TABLE child DROP COLUMN extra" },
		{ "ALTER TABLE child ALTER COLUMN note TYPE varchar(10)", "ALTER TABLE child ALTER COLUMN note TYPE text" },
		{ "ALTER TABLE parent ALTER COLUMN name DROP NOT NULL", "ALTER TABLE parent ALTER COLUMN name SET NOT NULL" },
		{ "ALTER TABLE parent ALTER COLUMN name SET DEFAULT 'y'", "ALTER TABLE parent ALTER COLUMN name SET DEFAULT 'x'" },
		{ "ALTER TABLE parent ALTER COLUMN name DROP DEFAULT", "ALTER TABLE parent ALTER COLUMN name SET DEFAULT 'x'" },
		{ "COMMENT ON TABLE parent IS 'q'", "COMMENT ON TABLE parent IS 'p'" },
		{ "COMMENT ON COLUMN child.note IS 'n'", "COMMENT ON COLUMN child.note IS NULL" },
		{ "DROP INDEX child_parent_idx", "CREATE INDEX child_parent_idx ON child (parent_id)" },
		{ "ALTER INDEX child_parent_idx RENAME TO child_p_idx", "ALTER INDEX child_p_idx RENAME TO child_parent_idx" },
		{ "ALTER TABLE child DROP CONSTRAINT child_note_check",
		  "ALTER TABLE child ADD CONSTRAINT child_note_check CHECK (note <> '')" },
		{ "ALTER TABLE child DROP CONSTRAINT child_parent_id_fkey",
		  "ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent" },
		{ "ALTER TYPE mood ADD VALUE 'ok'", "DROP TABLE parent CASCADE; DROP TYPE mood;"
		  "CREATE TYPE mood AS ENUM ('sad', 'happy');"
		  "CREATE TABLE parent (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x', m mood);"
		  "COMMENT ON TABLE parent IS 'p';"
		  "ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent" },
		{ "ALTER TABLE other RENAME TO other2", "ALTER TABLE other2 RENAME TO other" },
		{ "ALTER TABLE other ALTER COLUMN a SET NOT NULL;"
		  "ALTER TABLE other ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY",
		  "ALTER TABLE other ALTER COLUMN a DROP IDENTITY; ALTER TABLE other ALTER COLUMN a DROP NOT NULL" },
		{ "CREATE VIEW v AS SELECT 1 AS one", "DROP VIEW v" },
		{ "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'", "DROP FUNCTION f()" },
		{ "CREATE EXTENSION citext", "DROP EXTENSION citext" },
		/* Rebuilt from nothing: new oids and row versions, the same catalog. */
		{ "DROP TABLE other", "CREATE TABLE other (a int)" },
	};
	sg_fingerprinter fp = { 0 };
	char start[SG_FINGERPRINT_LEN + 1], now[SG_FINGERPRINT_LEN + 1];
	take(&fp, db->conn, start);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sg_test_exec(db->conn, cases[i].change);
		take(&fp, db->conn, now);
		if (strcmp(now, start) == 0)
			fail_msg("not seen: %s", cases[i].change);
		sg_test_exec(db->conn, cases[i].undo);
		take(&fp, db->conn, now);
		if (strcmp(now, start) != 0)
			fail_msg("undone, but the fingerprint differs: %s / %s", cases[i].change, cases[i].undo);
	}
	sg_fingerprinter_release(&fp);
}

/* Unchanged tables are not digested again. */
static void test_fingerprint__incremental(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, base_sql);
	sg_fingerprinter fp = { 0 };
	char a[SG_FINGERPRINT_LEN + 1], b[SG_FINGERPRINT_LEN + 1];
	take(&fp, db->conn, a);
	assert_int_equal(fp.digested, 3); /* parent, child, other */
	take(&fp, db->conn, b);
	assert_string_equal(a, b);
	assert_int_equal(fp.digested, 3);
	sg_test_exec(db->conn, "ALTER TABLE other ADD COLUMN b int");
	take(&fp, db->conn, b);
	assert_int_equal(fp.digested, 4);
	/* A fresh fingerprinter over the same catalog agrees with the incremental one. */
	sg_fingerprinter fresh = { 0 };
	char c[SG_FINGERPRINT_LEN + 1];
	take(&fresh, db->conn, c);
	assert_string_equal(b, c);
	sg_fingerprinter_release(&fresh);
	sg_fingerprinter_release(&fp);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_fingerprint__every_change_is_seen, sg_test_db_setup,
						sg_test_db_teardown),
		cmocka_unit_test_setup_teardown(test_fingerprint__incremental, sg_test_db_setup, sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
