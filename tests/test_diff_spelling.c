/*
 * No spurious diffs (docs/design.md §5.1): a database built by hand-written SQL,
 * with every other spelling PostgreSQL accepts, diffs clean against models
 * written the way a person would write them.  For each case:
 *   1. the SQL builds the database; its catalog is kept as text;
 *   2. the diff to the models, fast and full normalization, finds nothing;
 *   3. the schema is emptied and rebuilt from the models by our own plan,
 *      which reaches a fixpoint and reads back as exactly the hand-built
 *      catalog (so nothing the diff does not compare differs either).
 * Some spellings are different expressions to the server too (`now()` and
 * CURRENT_TIMESTAMP, serial and identity): those cases expect exactly the
 * change, a fixpoint after it, and the hand-built catalog after the down SQL.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diff_util.h"
#include "normalize.h"

static PGconn *conn_of(void **state)
{
	return ((sg_test_db *)*state)->conn;
}

static void expect_clean(void **state, const char *sql, const char *yaml)
{
	PGconn *conn = conn_of(state);
	sg_test_exec(conn, sql);
	sg_schema *model = difftest_model_yaml("spelling.yaml", yaml);
	char *hand = difftest_catalog_text(conn, model->name);
	for (int everything = 0; everything < 2; everything++) {
		difftest_plan p;
		difftest_plan_make(&p, conn, model, everything);
		if (p.plan->nops != 0) {
			fprintf(stderr, "the hand-built database differs from the models (%s normalization):\n%s\n",
				everything ? "full" : "fast", p.up.data);
			fail();
		}
		difftest_plan_release(&p);
	}

	/* The same models from an empty schema read back as the hand-built catalog. */
	sg_test_exec(conn, "DROP SCHEMA public CASCADE; CREATE SCHEMA public");
	difftest_plan p;
	difftest_plan_make(&p, conn, model, false);
	difftest_apply(conn, &p.steps, false, "from empty");
	difftest_plan_release(&p);
	difftest_expect_fixpoint(conn, model, "after building the models from empty,");
	char *built = difftest_catalog_text(conn, model->name);
	difftest_expect_same_text(hand, built, "catalog built from the models vs built by hand");
	free(built);
	free(hand);
	sg_schema_free(model);
}

/* A real change: the plan's up SQL contains `want_up`; up reaches a fixpoint; down gives back the SQL's catalog. */
static void expect_change(void **state, const char *sql, const char *yaml, const char *want_up, size_t want_ops)
{
	PGconn *conn = conn_of(state);
	sg_test_exec(conn, sql);
	sg_schema *model = difftest_model_yaml("change.yaml", yaml);
	char *hand = difftest_catalog_text(conn, model->name);
	difftest_plan p;
	difftest_plan_make(&p, conn, model, false);
	if (!strstr(p.up.data, want_up) || p.plan->nops != want_ops) {
		fprintf(stderr, "expected %zu operations with\n%s\nbut the plan is:\n%s\n", want_ops, want_up,
			p.up.data);
		fail();
	}
	difftest_apply(conn, &p.steps, false, "up");
	difftest_expect_fixpoint(conn, model, "after the up SQL,");
	difftest_apply(conn, &p.steps, true, "down");
	char *back = difftest_catalog_text(conn, model->name);
	difftest_expect_same_text(hand, back, "catalog after up and down vs built by hand");
	free(back);
	free(hand);
	difftest_plan_release(&p);
	sg_schema_free(model);
}

static void test_diff_spelling__types(void **state)
{
	expect_clean(state,
		     "CREATE TABLE t ("
		     " a int8, b int4, c int2, d float8, e float4, f bool, g decimal(10,2), h numeric,"
		     " i character varying(80), j varchar, k char(3), l timestamptz, m timestamp(3),"
		     " n timestamp without time zone, o time with time zone, p int[], q text[], r double precision,"
		     " s bit varying(5), t character(1), u timestamp(0) with time zone, v interval, w jsonb, x json,"
		     " y uuid, z bytea, aa int4[][], ab \"char\", ac real, ad smallint, ae date, af inet, ag tsvector,"
		     " ah numeric(5), ai time(2) without time zone, aj interval day to second, ak bit(3), al cidr,"
		     " am character varying(10)[], an pg_catalog.int4, ao money, ap xml)",
		     "tables:\n"
		     "  - name: t\n"
		     "    columns:\n"
		     "      - { name: a, type: bigint }\n"
		     "      - { name: b, type: integer }\n"
		     "      - { name: c, type: smallint }\n"
		     "      - { name: d, type: double precision }\n"
		     "      - { name: e, type: real }\n"
		     "      - { name: f, type: boolean }\n"
		     "      - { name: g, type: \"numeric(10,2)\" }\n"
		     "      - { name: h, type: numeric }\n"
		     "      - { name: i, type: varchar(80) }\n"
		     "      - { name: j, type: varchar }\n"
		     "      - { name: k, type: character(3) }\n"
		     "      - { name: l, type: timestamp with time zone }\n"
		     "      - { name: m, type: timestamp(3) }\n"
		     "      - { name: n, type: timestamp }\n"
		     "      - { name: o, type: timetz }\n"
		     "      - { name: p, type: \"int[]\" }\n"
		     "      - { name: q, type: \"text[]\" }\n"
		     "      - { name: r, type: float8 }\n"
		     "      - { name: s, type: varbit(5) }\n"
		     "      - { name: t, type: char }\n"
		     "      - { name: u, type: timestamptz(0) }\n"
		     "      - { name: v, type: interval }\n"
		     "      - { name: w, type: jsonb }\n"
		     "      - { name: x, type: json }\n"
		     "      - { name: y, type: uuid }\n"
		     "      - { name: z, type: bytea }\n"
		     "      - { name: aa, type: \"integer[]\" }\n"
		     "      - { name: ab, type: '\"char\"' }\n"
		     "      - { name: ac, type: float4 }\n"
		     "      - { name: ad, type: int2 }\n"
		     "      - { name: ae, type: date }\n"
		     "      - { name: af, type: inet }\n"
		     "      - { name: ag, type: tsvector }\n"
		     "      - { name: ah, type: \"numeric(5,0)\" }\n"
		     "      - { name: ai, type: time(2) }\n"
		     "      - { name: aj, type: interval day to second }\n"
		     "      - { name: ak, type: bit(3) }\n"
		     "      - { name: al, type: cidr }\n"
		     "      - { name: am, type: \"varchar(10)[]\" }\n"
		     "      - { name: an, type: int }\n"
		     "      - { name: ao, type: money }\n"
		     "      - { name: ap, type: xml }\n");
}

static void test_diff_spelling__defaults(void **state)
{
	expect_clean(state,
		     "CREATE TYPE post_status AS ENUM ('draft', 'published', 'archived');"
		     "CREATE TABLE posts ("
		     " id bigserial PRIMARY KEY,"
		     " status post_status NOT NULL DEFAULT 'draft',"
		     " statuses post_status[] NOT NULL DEFAULT '{}',"
		     " tags text[] NOT NULL DEFAULT '{}'::text[],"
		     " labels varchar(20)[] DEFAULT ARRAY[]::varchar[],"
		     " created_at timestamptz NOT NULL DEFAULT now(),"
		     " updated_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP,"
		     " token uuid NOT NULL DEFAULT gen_random_uuid(),"
		     " expires_at timestamptz DEFAULT now() + interval '90 days',"
		     " ttl interval DEFAULT interval '90 days',"
		     " meta jsonb NOT NULL DEFAULT '{}'::jsonb,"
		     " extra json DEFAULT '[]',"
		     " active bool DEFAULT true,"
		     " archived boolean DEFAULT 't',"
		     " hidden boolean DEFAULT FALSE,"
		     " score int DEFAULT -1,"
		     " balance numeric(12,2) DEFAULT -0.5,"
		     " ratio float8 DEFAULT 0.1,"
		     " big bigint DEFAULT 9223372036854775807,"
		     " title text DEFAULT 'it''s',"
		     " empty text DEFAULT '',"
		     " backslash text DEFAULT E'a\\\\b',"
		     " day date DEFAULT CURRENT_DATE,"
		     " owner name DEFAULT CURRENT_USER,"
		     " code char(2) DEFAULT 'XX',"
		     " slug varchar(40) DEFAULT 'none'::character varying,"
		     " n numeric DEFAULT 0,"
		     " at3 timestamp(3) DEFAULT localtimestamp(3),"
		     " neg_big bigint DEFAULT -9007199254740993,"
		     " point_two real DEFAULT 0.2)",
		     "enums:\n"
		     "  - { name: post_status, values: [draft, published, archived] }\n"
		     "tables:\n"
		     "  - name: posts\n"
		     "    columns:\n"
		     "      - { name: id, type: bigserial, primary_key: true }\n"
		     "      - { name: status, type: post_status, nullable: false, default: \"'draft'\" }\n"
		     "      - { name: statuses, type: \"post_status[]\", nullable: false, default: \"'{}'\" }\n"
		     "      - { name: tags, type: \"text[]\", nullable: false, default: \"'{}'\" }\n"
		     "      - { name: labels, type: \"varchar(20)[]\", default: \"ARRAY[]::varchar[]\" }\n"
		     "      - { name: created_at, type: timestamptz, nullable: false, default: now() }\n"
		     "      - { name: updated_at, type: timestamptz, default: CURRENT_TIMESTAMP }\n"
		     "      - { name: token, type: uuid, nullable: false, default: gen_random_uuid() }\n"
		     "      - { name: expires_at, type: timestamptz, default: \"now() + '90 days'::interval\" }\n"
		     "      - { name: ttl, type: interval, default: \"'90 days'\" }\n"
		     "      - { name: meta, type: jsonb, nullable: false, default: \"'{}'\" }\n"
		     "      - { name: extra, type: json, default: \"'[]'::json\" }\n"
		     "      - { name: active, type: boolean, default: \"true\" }\n"
		     "      - { name: archived, type: boolean, default: \"true\" }\n"
		     "      - { name: hidden, type: boolean, default: \"false\" }\n"
		     "      - { name: score, type: integer, default: \"-1\" }\n"
		     "      - { name: balance, type: \"numeric(12,2)\", default: \"-0.5\" }\n"
		     "      - { name: ratio, type: double precision, default: \"0.1\" }\n"
		     "      - { name: big, type: bigint, default: \"9223372036854775807\" }\n"
		     "      - { name: title, type: text, default: \"'it''s'\" }\n"
		     "      - { name: empty, type: text, default: \"''\" }\n"
		     "      - { name: backslash, type: text, default: \"'a\\\\b'\" }\n"
		     "      - { name: day, type: date, default: CURRENT_DATE }\n"
		     "      - { name: owner, type: name, default: CURRENT_USER }\n"
		     "      - { name: code, type: char(2), default: \"'XX'\" }\n"
		     "      - { name: slug, type: varchar(40), default: \"'none'\" }\n"
		     "      - { name: n, type: numeric, default: \"0\" }\n"
		     "      - { name: at3, type: timestamp(3), default: LOCALTIMESTAMP(3) }\n"
		     "      - { name: neg_big, type: int8, default: \"-9007199254740993\" }\n"
		     "      - { name: point_two, type: float4, default: \"0.2\" }\n");
}

static void test_diff_spelling__serial_and_identity(void **state)
{
	expect_clean(state,
		     "CREATE TABLE a (id serial PRIMARY KEY, n bigserial, m smallserial, s serial4, b serial8);"
		     "CREATE TABLE b (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
		     " k bigint GENERATED BY DEFAULT AS IDENTITY);"
		     "CREATE TABLE \"Serial Case\" (\"Id\" serial, PRIMARY KEY (\"Id\"))",
		     "tables:\n"
		     "  - name: a\n"
		     "    columns:\n"
		     "      - { name: id, type: serial, primary_key: true }\n"
		     "      - { name: n, type: bigserial }\n"
		     "      - { name: m, type: smallserial }\n"
		     "      - { name: s, type: serial }\n"
		     "      - { name: b, type: bigserial }\n"
		     "  - name: b\n"
		     "    columns:\n"
		     "      - { name: id, type: integer, identity: always, primary_key: true }\n"
		     "      - { name: k, type: bigint, identity: by_default }\n"
		     "  - name: Serial Case\n"
		     "    columns:\n"
		     "      - { name: Id, type: serial }\n"
		     "    primary_key: [Id]\n");
}

static void test_diff_spelling__constraints(void **state)
{
	expect_clean(
	    state,
	    "CREATE TABLE orgs (id bigint PRIMARY KEY, name text NOT NULL UNIQUE);"
	    "CREATE TABLE users ("
	    " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
	    " org_id bigint REFERENCES orgs ON DELETE SET NULL ON UPDATE CASCADE,"
	    " email text NOT NULL UNIQUE,"
	    " age int CHECK (age >= 0),"
	    " manager_id bigint REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,"
	    " price numeric CHECK (price > 0),"
	    " status text CHECK (status IN ('a', 'b')),"
	    " lo int, hi int,"
	    " CHECK (lo < hi),"
	    " UNIQUE (org_id, email));"
	    "CREATE TABLE memberships (org_id bigint, user_id bigint, role text DEFAULT 'member',"
	    " PRIMARY KEY (org_id, user_id),"
	    " FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE,"
	    " FOREIGN KEY (user_id) REFERENCES users ON DELETE CASCADE DEFERRABLE);"
	    "CREATE TABLE notes (org_id bigint, email text, body text,"
	    " FOREIGN KEY (org_id, email) REFERENCES users (org_id, email) ON DELETE RESTRICT ON UPDATE SET DEFAULT);"
	    "CREATE TABLE empty ()",
	    "tables:\n"
	    "  - name: orgs\n"
	    "    columns:\n"
	    "      - { name: id, type: bigint, primary_key: true }\n"
	    "      - { name: name, type: text, nullable: false, unique: true }\n"
	    "  - name: users\n"
	    "    columns:\n"
	    "      - { name: id, type: bigint, identity: always, primary_key: true }\n"
	    "      - name: org_id\n"
	    "        type: bigint\n"
	    "        references: { table: orgs, on_delete: set null, on_update: cascade }\n"
	    "      - { name: email, type: text, nullable: false, unique: true }\n"
	    "      - { name: age, type: int }\n"
	    "      - name: manager_id\n"
	    "        type: bigint\n"
	    "        references: { table: users, column: id, deferrable: true, initially_deferred: true }\n"
	    "      - { name: price, type: numeric }\n"
	    "      - { name: status, type: text }\n"
	    "      - { name: lo, type: int }\n"
	    "      - { name: hi, type: int }\n"
	    "    checks:\n"
	    "      - { expression: \"age >= 0\" }\n"
	    "      - { expression: \"price > 0\" }\n"
	    "      - { expression: \"status IN ('a', 'b')\" }\n"
	    "      - { expression: \"lo < hi\" }\n"
	    "    unique:\n"
	    "      - { columns: [org_id, email] }\n"
	    "  - name: memberships\n"
	    "    columns:\n"
	    "      - { name: org_id, type: bigint }\n"
	    "      - { name: user_id, type: bigint }\n"
	    "      - { name: role, type: text, default: \"'member'\" }\n"
	    "    primary_key: [org_id, user_id]\n"
	    "    foreign_keys:\n"
	    "      - { columns: [org_id], references: { table: orgs, columns: [id] }, on_delete: cascade }\n"
	    "      - { columns: [user_id], references: { table: users }, on_delete: cascade, deferrable: true }\n"
	    "  - name: notes\n"
	    "    columns:\n"
	    "      - { name: org_id, type: bigint }\n"
	    "      - { name: email, type: text }\n"
	    "      - { name: body, type: text }\n"
	    "    foreign_keys:\n"
	    "      - columns: [org_id, email]\n"
	    "        references: { table: users, columns: [org_id, email] }\n"
	    "        on_delete: restrict\n"
	    "        on_update: set_default\n"
	    "  - name: empty\n");
}

static void test_diff_spelling__deferrable_unique(void **state)
{
	expect_clean(state,
		     "CREATE TABLE ud (a int, b int, c int,"
		     " CONSTRAINT ud_a_key UNIQUE (a) DEFERRABLE INITIALLY DEFERRED,"
		     " UNIQUE (b) DEFERRABLE, UNIQUE NULLS NOT DISTINCT (a, b))",
		     "tables:\n"
		     "  - name: ud\n"
		     "    columns:\n"
		     "      - { name: a, type: int }\n"
		     "      - { name: b, type: int }\n"
		     "      - { name: c, type: int }\n"
		     "    unique:\n"
		     "      - { name: ud_a_key, columns: [a], deferrable: true, initially_deferred: true }\n"
		     "      - { columns: [b], deferrable: true }\n"
		     "      - { columns: [a, b], nulls_not_distinct: true }\n");
}

static void test_diff_spelling__indexes(void **state)
{
	expect_clean(
	    state,
	    "CREATE TABLE people (id int PRIMARY KEY, email text, deleted_at timestamptz, created_at timestamptz,"
	    " tags text[], name text, a int, b int, doc jsonb);"
	    "CREATE INDEX ON people (email);"
	    "CREATE INDEX ON people (lower(email));"
	    "CREATE UNIQUE INDEX ON people (lower(email)) WHERE deleted_at IS NULL;"
	    "CREATE INDEX ON people (created_at DESC NULLS LAST);"
	    "CREATE INDEX ON people (name NULLS FIRST);"
	    "CREATE INDEX ON people USING gin (tags);"
	    "CREATE INDEX ON people (a, b) INCLUDE (name);"
	    "CREATE INDEX ON people (name text_pattern_ops);"
	    "CREATE INDEX ON people (name COLLATE \"C\");"
	    "CREATE INDEX ON people USING hash (email);"
	    "CREATE INDEX ON people ((a + b));"
	    "CREATE INDEX ON people (created_at) WHERE deleted_at IS NOT NULL AND a > 0;"
	    "CREATE INDEX ON people USING gin (doc jsonb_path_ops);"
	    "CREATE INDEX ON people (coalesce(a, b));"
	    "CREATE UNIQUE INDEX people_email_live ON people (email) NULLS NOT DISTINCT;"
	    "CREATE INDEX ON people (created_at DESC);"
	    "CREATE INDEX ON people (a) WHERE name IN ('x', 'y');",
	    "tables:\n"
	    "  - name: people\n"
	    "    columns:\n"
	    "      - { name: id, type: int, primary_key: true }\n"
	    "      - { name: email, type: text }\n"
	    "      - { name: deleted_at, type: timestamptz }\n"
	    "      - { name: created_at, type: timestamptz }\n"
	    "      - { name: tags, type: \"text[]\" }\n"
	    "      - { name: name, type: text }\n"
	    "      - { name: a, type: int }\n"
	    "      - { name: b, type: int }\n"
	    "      - { name: doc, type: jsonb }\n"
	    "    indexes:\n"
	    "      - { columns: [email] }\n"
	    "      - { columns: [\"lower(email)\"] }\n"
	    "      - { columns: [\"lower(email)\"], unique: true, where: \"deleted_at IS NULL\" }\n"
	    "      - { columns: [created_at DESC NULLS LAST] }\n"
	    "      - { columns: [name NULLS FIRST] }\n"
	    "      - { columns: [tags], method: gin }\n"
	    "      - { columns: [a, b], include: [name] }\n"
	    "      - { columns: [name text_pattern_ops] }\n"
	    "      - { columns: [name COLLATE \"C\"] }\n"
	    "      - { columns: [email], method: hash }\n"
	    "      - { columns: [\"(a + b)\"] }\n"
	    "      - { columns: [created_at], where: \"deleted_at IS NOT NULL AND a > 0\" }\n"
	    "      - { columns: [doc jsonb_path_ops], method: GIN }\n"
	    "      - { columns: [\"coalesce(a, b)\"] }\n"
	    "      - { name: people_email_live, columns: [email], unique: true, nulls_not_distinct: true }\n"
	    "      - { columns: [created_at desc], method: btree }\n"
	    "      - { columns: [a], where: \"name IN ('x', 'y')\" }\n");
}

static void test_diff_spelling__quoted_names(void **state)
{
	expect_clean(
	    state,
	    "CREATE TYPE \"Mood\" AS ENUM ('Sad', 'ok', 'it''s fine');"
	    "CREATE TABLE \"UserAccounts\" (\"userId\" bigint PRIMARY KEY, \"Email\" text UNIQUE,"
	    " \"createdAt\" timestamptz DEFAULT now(), \"select\" int, \"Org\" bigint REFERENCES \"UserAccounts\","
	    " \"Mood\" \"Mood\" DEFAULT 'it''s fine', moods \"Mood\"[] DEFAULT '{Sad}');"
	    "CREATE INDEX ON \"UserAccounts\" (\"createdAt\");"
	    "CREATE INDEX ON \"UserAccounts\" (lower(\"Email\"));"
	    "ALTER TABLE \"UserAccounts\" ADD CHECK (\"select\" > 0);"
	    "COMMENT ON TABLE \"UserAccounts\" IS 'People''s accounts';"
	    "COMMENT ON COLUMN \"UserAccounts\".\"Email\" IS 'primary address';"
	    "CREATE TABLE \"order\" (\"group\" int PRIMARY KEY, \"user\" bigint REFERENCES \"UserAccounts\");",
	    "enums:\n"
	    "  - { name: Mood, values: [Sad, ok, \"it's fine\"] }\n"
	    "tables:\n"
	    "  - name: UserAccounts\n"
	    "    comment: People's accounts\n"
	    "    columns:\n"
	    "      - { name: userId, type: bigint, primary_key: true }\n"
	    "      - { name: Email, type: text, unique: true, comment: primary address }\n"
	    "      - { name: createdAt, type: timestamptz, default: now() }\n"
	    "      - { name: select, type: int }\n"
	    "      - { name: Org, type: bigint, references: { table: UserAccounts } }\n"
	    "      - { name: Mood, type: '\"Mood\"', default: \"'it''s fine'\" }\n"
	    "      - { name: moods, type: '\"Mood\"[]', default: \"'{Sad}'\" }\n"
	    "    checks:\n"
	    "      - { expression: '\"select\" > 0' }\n"
	    "    indexes:\n"
	    "      - { columns: ['\"createdAt\"'] }\n"
	    "      - { columns: ['lower(\"Email\")'] }\n"
	    "  - name: order\n"
	    "    columns:\n"
	    "      - { name: group, type: int, primary_key: true }\n"
	    "      - { name: user, type: bigint, references: { table: UserAccounts } }\n");
}

static void test_diff_spelling__generated_collation_extension(void **state)
{
	expect_clean(state,
		     "CREATE EXTENSION citext;"
		     "CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c text COLLATE \"C\","
		     " d varchar(10) COLLATE \"POSIX\", e citext UNIQUE, f text GENERATED ALWAYS AS (upper(c)) STORED,"
		     " h numeric GENERATED ALWAYS AS (a / 3.0) STORED)",
		     "extensions: [citext]\n"
		     "tables:\n"
		     "  - name: g\n"
		     "    columns:\n"
		     "      - { name: a, type: int }\n"
		     "      - { name: b, type: int, generated: \"a * 2\" }\n"
		     "      - { name: c, type: text, collation: C }\n"
		     "      - { name: d, type: varchar(10), collation: POSIX }\n"
		     "      - { name: e, type: citext, unique: true }\n"
		     "      - { name: f, type: text, generated: upper(c) }\n"
		     "      - { name: h, type: numeric, generated: \"a / 3.0\" }\n");
}

/* now() and CURRENT_TIMESTAMP are different expressions to the server: one change, nothing more. */
static void test_diff_spelling__now_is_not_current_timestamp(void **state)
{
	expect_change(state, "CREATE TABLE t (id int PRIMARY KEY, at timestamptz DEFAULT now())",
		      "tables:\n"
		      "  - name: t\n"
		      "    columns:\n"
		      "      - { name: id, type: int, primary_key: true }\n"
		      "      - { name: at, type: timestamptz, default: CURRENT_TIMESTAMP }\n",
		      "ALTER TABLE t ALTER COLUMN at SET DEFAULT CURRENT_TIMESTAMP;\n", 1);
}

/* A serial column in the database and an identity in the models: a real change, and reversible. */
static void test_diff_spelling__serial_to_identity(void **state)
{
	expect_change(state, "CREATE TABLE t (id serial PRIMARY KEY, v text)",
		      "tables:\n"
		      "  - name: t\n"
		      "    columns:\n"
		      "      - { name: id, type: integer, identity: by_default, primary_key: true }\n"
		      "      - { name: v, type: text }\n",
		      "ADD GENERATED BY DEFAULT AS IDENTITY;", 3);
}

/*
 * PostgreSQL's deparse of `v IN ('x', 'y')` on a varchar (and of array
 * defaults of varchar arrays) is not a fixpoint: the text it prints, parsed
 * again, deparses differently.  Objects are therefore created from the
 * model's text, never from the scratch catalog's.
 */
static void test_diff_spelling__deparse_not_a_fixpoint(void **state)
{
	expect_clean(state,
		     "CREATE TABLE v (code varchar(10) CHECK (code IN ('x', 'y')),"
		     " tags varchar(10)[] DEFAULT ARRAY['a', 'b'],"
		     " kind text GENERATED ALWAYS AS (CASE WHEN code IN ('x', 'y') THEN 'a' END) STORED);"
		     "CREATE INDEX ON v (code) WHERE code IN ('x', 'y');"
		     "CREATE INDEX ON v ((code IN ('x', 'y')))",
		     "tables:\n"
		     "  - name: v\n"
		     "    columns:\n"
		     "      - { name: code, type: varchar(10) }\n"
		     "      - { name: tags, type: \"varchar(10)[]\", default: \"ARRAY['a', 'b']\" }\n"
		     "      - { name: kind, type: text, generated: \"CASE WHEN code IN ('x', 'y') THEN 'a' END\" }\n"
		     "    checks:\n"
		     "      - { expression: \"code IN ('x', 'y')\" }\n"
		     "    indexes:\n"
		     "      - { columns: [code], where: \"code IN ('x', 'y')\" }\n"
		     "      - { columns: [\"(code IN ('x', 'y'))\"] }\n");
}

/*
 * A model that writes such an expression exactly as the catalog prints it
 * (as `schemagen inspect` does) matches it, also when something else of the
 * table changes and the table goes through the server.
 */
static void test_diff_spelling__catalog_text_matches_when_table_changes(void **state)
{
	expect_change(
	    state,
	    "CREATE TABLE v (code varchar(10) CHECK (code IN ('x', 'y')), tags varchar(10)[] DEFAULT ARRAY['a']);"
	    "CREATE INDEX ON v (code) WHERE code IN ('x', 'y')",
	    "tables:\n"
	    "  - name: v\n"
	    "    columns:\n"
	    "      - { name: code, type: varchar(10) }\n"
	    "      - { name: tags, type: \"varchar(10)[]\", default: \"ARRAY['a'::text]\" }\n"
	    "      - { name: extra, type: int }\n"
	    "    checks:\n"
	    "      - expression: \"((code)::text = ANY ((ARRAY['x'::character varying, 'y'::character "
	    "varying])::text[]))\"\n"
	    "    indexes:\n"
	    "      - columns: [code]\n"
	    "        where: \"code::text = ANY (ARRAY['x'::character varying, 'y'::character "
	    "varying]::text[])\"\n",
	    "ALTER TABLE v ADD COLUMN extra integer;", 1);
}

/*
 * Functions, views, materialized views and triggers are compared by the
 * server's spelling (issue 14): keywords in another case, other type names,
 * options in another order, comments and line breaks outside a function's
 * body, another dollar quote are no change.  A plpgsql body is a string the
 * server keeps as written, so it is written the same on both sides.
 */
static void test_diff_spelling__code_objects(void **state)
{
	expect_clean(
	    state,
	    "CREATE TABLE items (id int PRIMARY KEY, price numeric, qty int, updated_at timestamptz);"
	    "CREATE FUNCTION total(p numeric, q integer) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN p * q;"
	    "CREATE FUNCTION add_one(a integer) RETURNS integer LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT a + 1; END;"
	    "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; "
	    "END$$;"
	    "CREATE FUNCTION secret() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, "
	    "pg_temp AS 'SELECT current_user::text';"
	    "CREATE VIEW item_totals AS SELECT id, total(price, qty) AS total FROM items WHERE qty > 0;"
	    "CREATE VIEW big_totals WITH (security_barrier) AS SELECT id FROM item_totals WHERE total > 10 WITH LOCAL "
	    "CHECK OPTION;"
	    "CREATE MATERIALIZED VIEW big_items AS SELECT id, price FROM items WHERE price > 100;"
	    "CREATE UNIQUE INDEX big_items_id ON big_items (id);"
	    "CREATE TRIGGER items_touch BEFORE UPDATE OF price, qty ON items FOR EACH ROW"
	    " WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION touch()",
	    "functions:\n"
	    "  - name: total\n"
	    "    definition: |\n"
	    "      create function total(p NUMERIC, q INT4)\n"
	    "        returns numeric immutable   -- the product\n"
	    "        language SQL\n"
	    "        return p*q\n"
	    "  - name: add_one\n"
	    "    definition: |\n"
	    "      CREATE OR REPLACE FUNCTION add_one(a int) RETURNS int IMMUTABLE LANGUAGE sql\n"
	    "      BEGIN ATOMIC\n"
	    "        select a+1;\n"
	    "      END;\n"
	    "  - name: touch\n"
	    "    definition: |\n"
	    "      CREATE FUNCTION touch() RETURNS trigger AS $fn$BEGIN NEW.updated_at := now(); RETURN NEW; END$fn$\n"
	    "      LANGUAGE plpgsql;\n"
	    "  - name: secret\n"
	    "    definition: >\n"
	    "      CREATE FUNCTION secret() RETURNS text SECURITY DEFINER STABLE\n"
	    "      SET search_path TO public, pg_temp LANGUAGE sql AS $$SELECT current_user::text$$\n"
	    "views:\n"
	    "  - name: item_totals\n"
	    "    query: |\n"
	    "      select id, total(price, qty) as total  -- per item\n"
	    "      from items\n"
	    "      where qty>0;\n"
	    "  - name: big_totals\n"
	    "    query: SELECT id FROM item_totals WHERE (total > 10)\n"
	    "    options: { security_barrier: true, check_option: local }\n"
	    "  - name: big_items\n"
	    "    materialized: true\n"
	    "    query: SELECT id, price FROM items WHERE price > 100::numeric\n"
	    "    indexes:\n"
	    "      - { name: big_items_id, columns: [id], unique: true }\n"
	    "tables:\n"
	    "  - name: items\n"
	    "    columns:\n"
	    "      - { name: id, type: int, primary_key: true }\n"
	    "      - { name: price, type: numeric }\n"
	    "      - { name: qty, type: int }\n"
	    "      - { name: updated_at, type: timestamptz }\n"
	    "    triggers:\n"
	    "      - name: items_touch\n"
	    "        timing: before\n"
	    "        events: [\"update of price, qty\"]\n"
	    "        for_each: row\n"
	    "        when: \"old.* is distinct from new.*\"\n"
	    "        function: touch\n");
}

/* A plpgsql body is kept as written: a change inside it is a change, and the down gives the old text back. */
static void test_diff_spelling__plpgsql_body_is_text(void **state)
{
	expect_change(state, "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$BEGIN RETURN 1; END$$",
		      "functions:\n"
		      "  - name: f\n"
		      "    definition: |\n"
		      "      CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$BEGIN  RETURN 1; END$$\n",
		      "BEGIN  RETURN 1; END", 1);
}

/* A model the server rejects names the column's line, not the table's. */
static void test_diff_spelling__rejected_type_names_the_column(void **state)
{
	PGconn *conn = conn_of(state);
	sg_schema *model = difftest_model_yaml("bad.yaml", "tables:\n"
							   "  - name: t\n"
							   "    columns:\n"
							   "      - { name: id, type: int }\n"
							   "      - { name: v, type: no_such_type }\n");
	sg_schema *live = NULL;
	sg_error err = {0};
	assert_int_equal(sg_catalog_load(&live, conn, NULL, &err), 0);
	sg_schema *desired = NULL;
	assert_int_equal(sg_normalize(&desired, conn, model, live, NULL, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	if (strncmp(sg_error_message(&err), "bad.yaml:5:", 11) != 0 || !strstr(sg_error_message(&err), "column 'v'"))
		fail_msg("%s", sg_error_message(&err));
	sg_error_clear(&err);
	sg_schema_free(live);
	sg_schema_free(model);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_diff_spelling__types, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__defaults, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__serial_and_identity, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__constraints, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__deferrable_unique, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__indexes, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__quoted_names, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__generated_collation_extension, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__now_is_not_current_timestamp, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__serial_to_identity, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__deparse_not_a_fixpoint, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__catalog_text_matches_when_table_changes,
					    sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__code_objects, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__plpgsql_body_is_text, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_spelling__rejected_type_names_the_column, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
