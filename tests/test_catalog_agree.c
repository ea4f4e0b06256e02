/*
 * The catalog reader against the server's own deparsers: the definitions it
 * writes itself, the query variants of older servers, the scratch-schema
 * equivalence the normalizer relies on, an awkward schema name, and the
 * constant number of queries whatever the schema's size.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog_util.h"

/*
 * Definitions the reader writes itself (PRIMARY KEY and UNIQUE constraints
 * and their indexes) against the server's own deparsers, on every variant
 * those can take; and every other definition, which comes from the server,
 * compared the same way to make sure the table name was the only change.
 */
static void test_catalog__definitions_match_server(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn,
		     "CREATE TABLE \"Keys\" (\"Id\" int, \"select\" text, \"with space\" text, b int, c int, d text,"
		     "  CONSTRAINT \"Keys_pk\" PRIMARY KEY (\"select\", \"Id\") INCLUDE (\"with space\", b),"
		     "  CONSTRAINT u1 UNIQUE NULLS NOT DISTINCT (b, c) INCLUDE (d),"
		     "  CONSTRAINT u2 UNIQUE (c) DEFERRABLE INITIALLY DEFERRED,"
		     "  CONSTRAINT u3 UNIQUE (d) DEFERRABLE,"
		     "  CONSTRAINT u4 UNIQUE (b) WITH (fillfactor = 60),"
		     "  CONSTRAINT \"U five\" UNIQUE (\"Id\", c),"
		     "  CONSTRAINT u6 UNIQUE NULLS NOT DISTINCT (\"with space\"),"
		     "  CONSTRAINT ex EXCLUDE USING btree (c WITH =) WHERE (b > 0),"
		     "  CONSTRAINT chk CHECK (b > c) NOT VALID);"
		     "SET client_min_messages = warning;"
		     "CREATE TABLE adopted (id int NOT NULL, code text COLLATE \"C\" NOT NULL);"
		     "CREATE UNIQUE INDEX adopted_idx ON adopted (id);"
		     "ALTER TABLE adopted ADD CONSTRAINT adopted_pkey PRIMARY KEY USING INDEX adopted_idx;"
		     "CREATE UNIQUE INDEX adopted_code ON adopted (code);"
		     "ALTER TABLE adopted ADD CONSTRAINT adopted_code_key UNIQUE USING INDEX adopted_code;"
		     "CREATE TABLE refs (b int, c int);"
		     "ALTER TABLE refs ADD FOREIGN KEY (b, c) REFERENCES \"Keys\" (b, c) MATCH FULL"
		     "  ON DELETE SET NULL (b) ON UPDATE CASCADE NOT VALID;"
		     "CREATE INDEX ON refs (b DESC NULLS LAST, (c * 2)) WHERE c > 0;"
		     "CREATE SCHEMA elsewhere;"
		     "CREATE TABLE elsewhere.\"Keys\" (id int PRIMARY KEY);"
		     "CREATE TABLE elsewhere.far (id int PRIMARY KEY);"
		     "CREATE TABLE \"Odd Refs\" (\"Id\" int, \"user\" int DEFAULT 0, d text,"
		     "  CONSTRAINT local_fk FOREIGN KEY (\"Id\", \"user\") REFERENCES \"Keys\" (\"Id\", c)"
		     "    ON DELETE SET DEFAULT (\"user\") DEFERRABLE INITIALLY DEFERRED,"
		     "  CONSTRAINT far_fk FOREIGN KEY (\"user\") REFERENCES elsewhere.far ON DELETE RESTRICT,"
		     "  CONSTRAINT shadow_fk FOREIGN KEY (\"Id\") REFERENCES elsewhere.\"Keys\" MATCH SIMPLE,"
		     "  CONSTRAINT \"no inherit\" CHECK (d <> 'x') NO INHERIT,"
		     "  CONSTRAINT \"Quoted \"\"check\"\"\" CHECK (\"user\" IS NOT NULL AND d ~ '^[a-z]+$'));"
		     "CREATE INDEX odd_expr_include ON \"Odd Refs\" ((\"Id\" + \"user\"), d) INCLUDE (\"user\");"
		     /* Attribute numbers with gaps: keys after dropped columns. */
		     "CREATE TABLE gaps (a int, gone1 int, b int, gone2 int, c text, e int);"
		     "ALTER TABLE gaps DROP COLUMN gone1, DROP COLUMN gone2;"
		     "ALTER TABLE gaps ADD PRIMARY KEY (c, b) INCLUDE (e), ADD UNIQUE (e, a);"
		     "ALTER TABLE gaps ADD FOREIGN KEY (e, b) REFERENCES gaps (e, a) ON DELETE SET NULL (b);");
	sg_schema *s = load(db->conn, "public", NULL);
	sg_test_exec(db->conn, "SET search_path = public");
	size_t checked = 0;
	for (size_t i = 0; i < s->ntables; i++) {
		const sg_table *t = &s->tables[i];
		for (size_t k = 0; k < t->nconstraints; k++) {
			const char *params[2] = {t->name, t->constraints[k].name};
			PGresult *res = PQexecParams(
			    db->conn,
			    "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c "
			    "JOIN pg_class r ON r.oid = c.conrelid "
			    "WHERE r.relname = $1 AND r.relnamespace = 'public'::regnamespace AND c.conname = $2",
			    2, NULL, params, NULL, NULL, 0);
			assert_int_equal(PQntuples(res), 1);
			assert_text(t->constraints[k].name, PQgetvalue(res, 0, 0), t->constraints[k].definition);
			PQclear(res);
			checked++;
		}
		for (size_t k = 0; k < t->nindexes; k++) {
			const char *params[1] = {t->indexes[k].name};
			PGresult *res = PQexecParams(db->conn,
						     "SELECT pg_get_indexdef(c.oid, 0, true) FROM pg_class c "
						     "WHERE c.relname = $1 AND c.relnamespace = 'public'::regnamespace",
						     1, NULL, params, NULL, NULL, 0);
			assert_int_equal(PQntuples(res), 1);
			assert_text(t->indexes[k].name, PQgetvalue(res, 0, 0), t->indexes[k].definition);
			PQclear(res);
			checked++;
		}
	}
	sg_test_exec(db->conn, "RESET search_path");
	/*
	 * Constraints: 8 of "Keys" (the exclusion one is unmanaged), 2 of adopted, 1 of refs, 5 of "Odd Refs",
	 * 3 of gaps; indexes: 8 + 2 + 1 + 1 + 2.
	 */
	assert_int_equal(checked, 33);
	const sg_table *gaps = table(s, "gaps");
	assert_list("columns after dropped ones", constraint(gaps, "gaps_pkey")->columns,
		    constraint(gaps, "gaps_pkey")->ncolumns, LIST("c", "b"));
	assert_list("include after dropped ones", index_of(gaps, "gaps_pkey")->include,
		    index_of(gaps, "gaps_pkey")->ninclude, LIST("e"));
	assert_list("self reference after dropped ones", constraint(gaps, "gaps_e_b_fkey")->ref_columns,
		    constraint(gaps, "gaps_e_b_fkey")->nref_columns, LIST("e", "a"));
	const sg_index *xi = index_of(table(s, "Odd Refs"), "odd_expr_include");
	assert_list("expression and column keys", xi->elements, xi->nelements, LIST("(\"Id\" + \"user\")", "d"));
	assert_list("include of an expression index", xi->include, xi->ninclude, LIST("user"));
	const sg_table *odd = table(s, "Odd Refs");
	assert_text("referenced table in another schema",
		    "FOREIGN KEY (\"user\") REFERENCES elsewhere.far(id) ON DELETE RESTRICT",
		    constraint(odd, "far_fk")->definition);
	assert_text("a name the schema's own table shadows is qualified",
		    "FOREIGN KEY (\"Id\") REFERENCES elsewhere.\"Keys\"(id)", constraint(odd, "shadow_fk")->definition);
	assert_text("no inherit", "CHECK ((d <> 'x'::text)) NO INHERIT", constraint(odd, "no inherit")->definition);
	assert_true(constraint(odd, "no inherit")->no_inherit);
	assert_false(constraint(odd, "no inherit")->not_valid);
	assert_false(constraint(odd, "far_fk")->no_inherit);

	const sg_table *keys = table(s, "Keys");
	const sg_index *pk = index_of(keys, "Keys_pk");
	assert_list("pk index elements", pk->elements, pk->nelements, LIST("\"select\"", "\"Id\""));
	assert_list("pk index include", pk->include, pk->ninclude, LIST("with space", "b"));
	assert_true(index_of(keys, "u1")->nulls_not_distinct);
	assert_text("storage parameters (server path)",
		    "CREATE UNIQUE INDEX u4 ON \"Keys\" USING btree (b) WITH (fillfactor='60')",
		    index_of(keys, "u4")->definition);
	const sg_table *adopted = table(s, "adopted");
	assert_text("adopted key", "PRIMARY KEY (id)", constraint(adopted, "adopted_pkey")->definition);
	/* USING INDEX renamed the indexes after their constraints. */
	assert_list("collated key column", index_of(adopted, "adopted_code_key")->elements,
		    index_of(adopted, "adopted_code_key")->nelements, LIST("code"));
	const sg_constraint *fk = constraint(table(s, "refs"), "refs_b_c_fkey");
	assert_text("fk with every clause",
		    "FOREIGN KEY (b, c) REFERENCES \"Keys\"(b, c) MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL (b) "
		    "NOT VALID",
		    fk->definition);
	sg_schema_free(s);
}

/*
 * The queries written for other server versions (13/14: no NULLS NOT
 * DISTINCT, no ON DELETE column lists; 17+: every definition from the
 * server's deparsers) run on this server too: each must read the same
 * schema as the queries of this version, on what that version supports.
 */
static sg_schema *load_as(PGconn *conn, int version)
{
	sg_catalog_options opts = {.schema = "public", .query_version = version};
	sg_schema *s = NULL;
	sg_error err = {0};
	if (sg_catalog_load(&s, conn, &opts, &err) != 0)
		fail_msg("queries of version %d: %s", version, sg_error_message(&err));
	return s;
}

static void assert_same_schema(const sg_schema *a, const sg_schema *b);

static void test_catalog__query_variants_agree(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(
	    db->conn,
	    "CREATE TYPE st AS ENUM ('a', 'b');"
	    "CREATE TABLE \"Parent\" (\"Id\" int, \"select\" text, n int, s st DEFAULT 'a',"
	    "  PRIMARY KEY (\"Id\", \"select\") INCLUDE (n),"
	    "  CONSTRAINT u UNIQUE (n) DEFERRABLE INITIALLY DEFERRED,"
	    "  CONSTRAINT c CHECK (n > 0 AND s <> 'b') NO INHERIT);"
	    "CREATE INDEX parent_expr ON \"Parent\" (lower(\"select\") DESC, n NULLS FIRST) INCLUDE (s)"
	    "  WHERE n > 1;"
	    "CREATE UNIQUE INDEX parent_param ON \"Parent\" (n) WITH (fillfactor = 50);"
	    "CREATE SCHEMA other;"
	    "CREATE TABLE other.far (id int PRIMARY KEY);"
	    "CREATE TABLE child (pid int, psel text, far int, x int,"
	    "  FOREIGN KEY (pid, psel) REFERENCES \"Parent\" MATCH FULL ON UPDATE CASCADE ON DELETE RESTRICT,"
	    "  FOREIGN KEY (far) REFERENCES other.far ON DELETE SET NULL);"
	    "ALTER TABLE child ADD CONSTRAINT self UNIQUE (x), ADD FOREIGN KEY (x) REFERENCES child (x) NOT VALID;");
	sg_schema *here = load_as(db->conn, 0);
	sg_schema *v13 = load_as(db->conn, 130000);
	sg_schema *v17 = load_as(db->conn, 170000);
	assert_int_equal(here->ntables, 2);
	assert_same_schema(here, v13);
	assert_same_schema(here, v17);
	sg_schema_free(v13);
	sg_schema_free(v17);
	sg_schema_free(here);

	/* What only 15 has: the 17 queries agree on it, the 13 ones do not know it. */
	sg_test_exec(db->conn,
		     "CREATE TABLE nnd (a int, b int, UNIQUE NULLS NOT DISTINCT (a) INCLUDE (b), UNIQUE (b, a),"
		     "  FOREIGN KEY (a, b) REFERENCES nnd (b, a) ON DELETE SET NULL (a));"
		     "CREATE UNIQUE INDEX nnd_idx ON nnd (b) NULLS NOT DISTINCT;");
	here = load_as(db->conn, 0);
	v17 = load_as(db->conn, 170000);
	assert_same_schema(here, v17);
	assert_true(constraint(table(here, "nnd"), "nnd_a_b_key")->nulls_not_distinct);
	sg_schema_free(v17);
	sg_schema_free(here);
}

/* ---- scratch-schema equivalence --------------------------------------- */

/* Objects whose text must come out the same from any schema: every deparsed kind, names that need quotes. */
static const char equivalence_ddl[] =
    "CREATE TYPE status AS ENUM ('new', 'done', 'it''s');"
    "CREATE DOMAIN positive AS int CHECK (VALUE > 0);"
    "CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT lower(t)';"
    "CREATE TABLE \"Orgs\" ("
    "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
    "  name citext NOT NULL UNIQUE,"
    "  st status NOT NULL DEFAULT 'new',"
    "  code varchar(20) COLLATE \"C\","
    "  tags text[] DEFAULT '{}',"
    "  price numeric(10,2) CHECK (price > 0),"
    "  total numeric GENERATED ALWAYS AS (price * 2) STORED,"
    "  size positive,"
    "  slug text DEFAULT norm('X'),"
    "  created_at timestamptz NOT NULL DEFAULT now(),"
    "  n serial,"
    "  CONSTRAINT status_known CHECK (st <> 'it''s'::status));"
    "COMMENT ON TABLE \"Orgs\" IS 'organisations';"
    "COMMENT ON COLUMN \"Orgs\".st IS 'lifecycle';"
    "CREATE TABLE \"select\" (org_id bigint REFERENCES \"Orgs\" ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,"
    "  id int, parent int, \"Key\" citext,"
    "  PRIMARY KEY (org_id, id),"
    "  UNIQUE NULLS NOT DISTINCT (\"Key\"),"
    "  FOREIGN KEY (org_id, parent) REFERENCES \"select\" (org_id, id) ON UPDATE RESTRICT);"
    "CREATE INDEX orgs_live ON \"Orgs\" (norm(name::text) DESC NULLS LAST, code varchar_pattern_ops)"
    "  INCLUDE (price) WHERE st <> 'done';"
    "CREATE INDEX ON \"Orgs\" USING gin (tags);"
    "CREATE INDEX ON \"Orgs\" (created_at) WITH (fillfactor = 80);"
    "CREATE VIEW org_names AS SELECT name FROM \"Orgs\";";

static void create_in(PGconn *conn, const char *schema, const char *search_path)
{
	char sql[256];
	if (strcmp(schema, "public") != 0) {
		snprintf(sql, sizeof(sql), "CREATE SCHEMA %s", schema);
		sg_test_exec(conn, sql);
	}
	snprintf(sql, sizeof(sql), "SET search_path = %s", search_path);
	sg_test_exec(conn, sql);
	sg_test_exec(conn, equivalence_ddl);
	sg_test_exec(conn, "RESET search_path");
}

static void same_text(const char *path, const char *a, const char *b)
{
	if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0))
		fail_msg("%s differs: %s%s%s vs %s%s%s", path, a ? "'" : "", a ? a : "NULL", a ? "'" : "", b ? "'" : "",
			 b ? b : "NULL", b ? "'" : "");
}

static void same_list(const char *path, const char *const *a, size_t na, const char *const *b, size_t nb)
{
	if (na != nb)
		fail_msg("%s: %zu vs %zu items", path, na, nb);
	for (size_t i = 0; i < na; i++)
		same_text(path, a[i], b[i]);
}

#define SAME_INT(path, a, b)                                                                                           \
	do {                                                                                                           \
		if ((long)(a) != (long)(b))                                                                            \
			fail_msg("%s differs: %ld vs %ld", path, (long)(a), (long)(b));                                \
	} while (0)

/* Every field of two schemas but the schema's own name; fails naming the first difference. */
static void assert_same_schema(const sg_schema *a, const sg_schema *b)
{
	char p[512];
	SAME_INT("extensions", a->nextensions, b->nextensions);
	for (size_t i = 0; i < a->nextensions; i++)
		same_text("extension", a->extensions[i].name, b->extensions[i].name);
	SAME_INT("enums", a->nenums, b->nenums);
	for (size_t i = 0; i < a->nenums; i++) {
		same_text("enum", a->enums[i].name, b->enums[i].name);
		same_list("enum values", a->enums[i].values, a->enums[i].nvalues, b->enums[i].values,
			  b->enums[i].nvalues);
	}
	SAME_INT("unmanaged", a->nunmanaged, b->nunmanaged);
	for (size_t i = 0; i < a->nunmanaged; i++) {
		same_text("unmanaged kind", a->unmanaged[i].kind, b->unmanaged[i].kind);
		same_text("unmanaged name", a->unmanaged[i].name, b->unmanaged[i].name);
	}
	SAME_INT("tables", a->ntables, b->ntables);
	for (size_t i = 0; i < a->ntables; i++) {
		const sg_table *ta = &a->tables[i], *tb = &b->tables[i];
		same_text("table", ta->name, tb->name);
		snprintf(p, sizeof(p), "%s: comment", ta->name);
		same_text(p, ta->comment, tb->comment);
		same_text("renamed_from", ta->renamed_from, tb->renamed_from);
		SAME_INT("columns", ta->ncolumns, tb->ncolumns);
		for (size_t k = 0; k < ta->ncolumns; k++) {
			const sg_column *x = &ta->columns[k], *y = &tb->columns[k];
			snprintf(p, sizeof(p), "%s.%s", ta->name, x->name);
			same_text(p, x->name, y->name);
			same_text(p, x->type, y->type);
			SAME_INT(p, x->nullable, y->nullable);
			same_text(p, x->default_expr, y->default_expr);
			SAME_INT(p, x->identity, y->identity);
			same_text(p, x->generated, y->generated);
			same_text(p, x->collation, y->collation);
			same_text(p, x->comment, y->comment);
			same_text(p, x->renamed_from, y->renamed_from);
			SAME_INT(p, x->from_serial, y->from_serial);
		}
		SAME_INT("constraints", ta->nconstraints, tb->nconstraints);
		for (size_t k = 0; k < ta->nconstraints; k++) {
			const sg_constraint *x = &ta->constraints[k], *y = &tb->constraints[k];
			snprintf(p, sizeof(p), "%s: constraint %s", ta->name, x->name);
			same_text(p, x->name, y->name);
			SAME_INT(p, x->kind, y->kind);
			SAME_INT(p, x->name_is_default, y->name_is_default);
			same_list(p, x->columns, x->ncolumns, y->columns, y->ncolumns);
			same_text(p, x->expression, y->expression);
			SAME_INT(p, x->nulls_not_distinct, y->nulls_not_distinct);
			same_text(p, x->ref_table, y->ref_table);
			same_text(p, x->ref_schema, y->ref_schema);
			same_list(p, x->ref_columns, x->nref_columns, y->ref_columns, y->nref_columns);
			SAME_INT(p, x->on_delete, y->on_delete);
			SAME_INT(p, x->on_update, y->on_update);
			SAME_INT(p, x->deferrable, y->deferrable);
			SAME_INT(p, x->initially_deferred, y->initially_deferred);
			same_text(p, x->definition, y->definition);
		}
		SAME_INT("indexes", ta->nindexes, tb->nindexes);
		for (size_t k = 0; k < ta->nindexes; k++) {
			const sg_index *x = &ta->indexes[k], *y = &tb->indexes[k];
			snprintf(p, sizeof(p), "%s: index %s", ta->name, x->name);
			same_text(p, x->name, y->name);
			SAME_INT(p, x->name_is_default, y->name_is_default);
			same_list(p, x->elements, x->nelements, y->elements, y->nelements);
			same_list(p, x->include, x->ninclude, y->include, y->ninclude);
			SAME_INT(p, x->unique, y->unique);
			SAME_INT(p, x->nulls_not_distinct, y->nulls_not_distinct);
			same_text(p, x->method, y->method);
			same_text(p, x->where, y->where);
			same_text(p, x->definition, y->definition);
			SAME_INT(p, x->constraint_backed, y->constraint_backed);
		}
	}
}

/* No text anywhere in the schema mentions `needle` (a schema name that must not leak into the text). */
static void assert_nowhere(const sg_schema *s, const char *needle)
{
	const char *texts[16];
	for (size_t i = 0; i < s->ntables; i++) {
		const sg_table *t = &s->tables[i];
		for (size_t k = 0; k < t->ncolumns; k++) {
			const sg_column *c = &t->columns[k];
			const char *v[] = {c->type, c->default_expr, c->generated, c->collation};
			for (size_t j = 0; j < 4; j++)
				if (v[j] && strstr(v[j], needle))
					fail_msg("'%s' in column %s.%s: %s", needle, t->name, c->name, v[j]);
		}
		for (size_t k = 0; k < t->nconstraints; k++) {
			const sg_constraint *c = &t->constraints[k];
			texts[0] = c->definition;
			texts[1] = c->expression;
			texts[2] = c->ref_schema;
			for (size_t j = 0; j < 3; j++)
				if (texts[j] && strstr(texts[j], needle))
					fail_msg("'%s' in constraint %s: %s", needle, c->name, texts[j]);
		}
		for (size_t k = 0; k < t->nindexes; k++) {
			const sg_index *x = &t->indexes[k];
			if (strstr(x->definition, needle) || (x->where && strstr(x->where, needle)))
				fail_msg("'%s' in index %s: %s", needle, x->name, x->definition);
			for (size_t j = 0; j < x->nelements; j++)
				if (strstr(x->elements[j], needle))
					fail_msg("'%s' in index %s element %s", needle, x->name, x->elements[j]);
		}
	}
}

static void test_catalog__scratch_schema_equivalence(void **state)
{
	sg_test_db *db = *state;
	/* The extension lives in public, where both copies find its type. */
	sg_test_exec(db->conn, "CREATE EXTENSION citext");
	create_in(db->conn, "public", "public");
	create_in(db->conn, "sg_scratch_x", "sg_scratch_x, public");

	sg_schema *live = load(db->conn, "public", NULL);
	sg_catalog_options opts = {.schema = "sg_scratch_x", .search_path = "sg_scratch_x, public"};
	sg_schema *scratch = NULL;
	sg_error err = {0};
	if (sg_catalog_load(&scratch, db->conn, &opts, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	assert_string_equal(scratch->name, "sg_scratch_x");

	/* The comparison must have something to compare. */
	assert_int_equal(live->ntables, 2);
	assert_int_equal(live->nenums, 1);
	assert_int_equal(live->nextensions, 1);
	const sg_table *orgs = table(live, "Orgs");
	assert_text("enum default", "'new'::status", column(orgs, "st")->default_expr);
	assert_text("extension type", "citext", column(orgs, "name")->type);
	assert_text("domain type", "positive", column(orgs, "size")->type);
	assert_text("function in a default", "norm('X'::text)", column(orgs, "slug")->default_expr);
	assert_text("serial", "nextval('\"Orgs_n_seq\"'::regclass)", column(orgs, "n")->default_expr);
	assert_text("index in the schema's own terms",
		    "CREATE INDEX orgs_live ON \"Orgs\" USING btree (norm(name::text) DESC NULLS LAST, code "
		    "varchar_pattern_ops) INCLUDE (price) WHERE st <> 'done'::status",
		    index_of(orgs, "orgs_live")->definition);
	assert_null(constraint(table(live, "select"), "select_org_id_fkey")->ref_schema);

	assert_same_schema(live, scratch);
	assert_nowhere(scratch, "sg_scratch_x");
	assert_nowhere(live, "public");

	/* Read through the other's search_path, each is still itself: the path is pinned, not inherited. */
	sg_test_exec(db->conn, "SET search_path = sg_scratch_x, public");
	sg_schema *again = load(db->conn, "public", NULL);
	assert_same_schema(live, again);
	sg_test_exec(db->conn, "RESET search_path");
	sg_schema_free(again);
	sg_schema_free(live);
	sg_schema_free(scratch);
}

static void test_catalog__schema_with_awkward_name(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, "CREATE SCHEMA \"My App\";"
			       "CREATE TYPE \"My App\".kind AS ENUM ('a');"
			       "CREATE TABLE \"My App\".parents (id int PRIMARY KEY, k \"My App\".kind DEFAULT 'a');"
			       "CREATE TABLE \"My App\".children (id int REFERENCES \"My App\".parents, note text);"
			       "CREATE INDEX ON \"My App\".children (lower(note));"
			       "CREATE TABLE public.parents (id int);");
	sg_schema *s = load(db->conn, "My App", NULL);
	assert_string_equal(s->name, "My App");
	assert_int_equal(s->ntables, 2);
	const sg_table *t = table(s, "children");
	assert_null(constraint(t, "children_id_fkey")->ref_schema);
	assert_text("fk definition", "FOREIGN KEY (id) REFERENCES parents(id)",
		    constraint(t, "children_id_fkey")->definition);
	assert_text("index definition", "CREATE INDEX children_lower_idx ON children USING btree (lower(note))",
		    index_of(t, "children_lower_idx")->definition);
	assert_text("enum default", "'a'::kind", column(table(s, "parents"), "k")->default_expr);
	assert_nowhere(s, "My App");
	sg_schema_free(s);

	/* From public, the other schema's objects are qualified. */
	sg_test_exec(db->conn, "CREATE TABLE public.refs (id int REFERENCES \"My App\".parents, k \"My App\".kind)");
	s = load(db->conn, "public", NULL);
	const sg_constraint *fk = constraint(table(s, "refs"), "refs_id_fkey");
	assert_text("other schema", "My App", fk->ref_schema);
	assert_text("qualified target", "FOREIGN KEY (id) REFERENCES \"My App\".parents(id)", fk->definition);
	assert_text("qualified type", "\"My App\".kind", column(table(s, "refs"), "k")->type);
	sg_schema_free(s);
}

/* ---- round trips -------------------------------------------------------- */

/* A table of ~10 columns with a key, a unique key, a check, an index and a foreign key to the previous one. */
static void create_tables(PGconn *conn, int from, int to)
{
	char sql[1024];
	for (int i = from; i < to; i++) {
		snprintf(sql, sizeof(sql),
			 "CREATE TABLE t%d (id bigint PRIMARY KEY, prev bigint%s, name text NOT NULL UNIQUE,"
			 " n int CHECK (n > 0), at timestamptz DEFAULT now(), tags text[]);"
			 "CREATE INDEX ON t%d (at DESC);",
			 i, i ? "" : "", i);
		sg_test_exec(conn, sql);
		if (i > 0) {
			snprintf(sql, sizeof(sql), "ALTER TABLE t%d ADD FOREIGN KEY (prev) REFERENCES t%d", i, i - 1);
			sg_test_exec(conn, sql);
		}
	}
}

/*
 * Statements and round trips as libpq sends them: the trace of the
 * connection counts Query and Parse messages from the client, and the Syncs
 * it waits on, independently of the reader's own counters.
 */
static unsigned traced_queries(PGconn *conn, sg_schema **out, sg_catalog_stats *stats, unsigned *syncs)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *trace = open_memstream(&buf, &len);
	assert_non_null(trace);
	PQtrace(conn, trace);
	PQsetTraceFlags(conn, PQTRACE_SUPPRESS_TIMESTAMPS);
	*out = load(conn, "public", stats);
	PQuntrace(conn);
	fclose(trace);
	unsigned n = 0;
	*syncs = 0;
	for (const char *p = buf; (p = strstr(p, "F\t")) != NULL; p += 2) {
		const char *msg = strchr(p + 2, '\t');
		if (msg && (strncmp(msg, "\tParse\t", 7) == 0 || strncmp(msg, "\tQuery\t", 7) == 0))
			n++;
		if (msg && strncmp(msg, "\tSync", 5) == 0)
			(*syncs)++;
	}
	free(buf);
	return n;
}

static void test_catalog__constant_queries(void **state)
{
	sg_test_db *db = *state;
	create_tables(db->conn, 0, 1);
	sg_catalog_stats one = {0}, many = {0};
	sg_schema *s = NULL;
	unsigned syncs_one, syncs_many;
	unsigned traced_one = traced_queries(db->conn, &s, &one, &syncs_one);
	assert_int_equal(s->ntables, 1);
	sg_schema_free(s);

	create_tables(db->conn, 1, 200);
	unsigned traced_many = traced_queries(db->conn, &s, &many, &syncs_many);
	assert_int_equal(s->ntables, 200);
	const sg_table *t = table(s, "t199");
	assert_int_equal(t->ncolumns, 6);
	assert_int_equal(t->nconstraints, 4);
	assert_int_equal(t->nindexes, 3);
	sg_schema_free(s);

	/* domains and sequences (issue 13), views' triggers (issue 14); the dependents are read after planning */
	assert_int_equal(one.queries, 17);
	assert_int_equal(many.queries, one.queries);
	assert_int_equal(traced_one, one.queries);
	assert_int_equal(traced_many, many.queries);
	/* Two pipelines: two round trips for the whole schema. */
	assert_int_equal(one.round_trips, 2);
	assert_int_equal(many.round_trips, 2);
	assert_int_equal(syncs_one, 2);
	assert_int_equal(syncs_many, 2);
	assert_true(many.rows > one.rows * 100);
	assert_true(one.own_transaction);
	assert_true(one.schema_exists);
}

/*
 * The kinds of issue 13 at scale: per table a standalone sequence its column
 * reads and owns, one another table's default reads, a serial and an
 * identity column, a domain with a default and two checks (a column of it and
 * an array of it), a two-column foreign key MATCH FULL.  The reader's
 * statements and round trips stay those of one table, counted from the
 * connection's trace as well as by the reader.
 */
static void create_issue13_objects(PGconn *conn, int from, int to)
{
	char sql[2048];
	for (int i = from; i < to; i++) {
		snprintf(sql, sizeof(sql),
			 "CREATE DOMAIN d%d AS text DEFAULT 'x' CHECK (VALUE <> '') CHECK (length(VALUE) < 50);"
			 "CREATE SEQUENCE q%d AS integer INCREMENT BY 3 CACHE 2;"
			 "CREATE SEQUENCE shared%d;"
			 "CREATE TABLE s%d (a int, b int, n int DEFAULT nextval('q%d'), m bigint DEFAULT "
			 "nextval('shared%d'), ser serial, ident int GENERATED BY DEFAULT AS IDENTITY, c d%d, cs d%d[],"
			 " UNIQUE (a, b));"
			 "ALTER SEQUENCE q%d OWNED BY s%d.n;",
			 i, i, i, i, i, i, i, i, i, i);
		sg_test_exec(conn, sql);
		if (i > 0) {
			snprintf(sql, sizeof(sql),
				 "ALTER TABLE s%d ADD FOREIGN KEY (a, b) REFERENCES s%d (a, b) MATCH FULL;"
				 "ALTER TABLE s%d ALTER COLUMN m SET DEFAULT nextval('shared%d')",
				 i, i - 1, i, i - 1);
			sg_test_exec(conn, sql);
		}
	}
}

static void test_catalog__constant_queries_sequences_domains(void **state)
{
	sg_test_db *db = *state;
	create_issue13_objects(db->conn, 0, 1);
	sg_catalog_stats one = {0}, many = {0};
	sg_schema *s = NULL;
	unsigned syncs_one, syncs_many;
	unsigned traced_one = traced_queries(db->conn, &s, &one, &syncs_one);
	assert_int_equal(s->nsequences, 2);
	assert_int_equal(s->ndomains, 1);
	sg_schema_free(s);

	create_issue13_objects(db->conn, 1, 150);
	unsigned traced_many = traced_queries(db->conn, &s, &many, &syncs_many);
	assert_int_equal(s->ntables, 150);
	assert_int_equal(s->nsequences, 300);
	assert_int_equal(s->ndomains, 150);
	const sg_constraint *fk = NULL;
	const sg_table *t = table(s, "s149");
	for (size_t i = 0; i < t->nconstraints; i++)
		if (t->constraints[i].kind == SG_CON_FOREIGN_KEY)
			fk = &t->constraints[i];
	assert_non_null(fk);
	assert_true(fk->match_full);
	sg_schema_free(s);

	assert_int_equal(many.queries, one.queries);
	assert_int_equal(traced_one, one.queries);
	assert_int_equal(traced_many, many.queries);
	assert_int_equal(one.round_trips, 2);
	assert_int_equal(many.round_trips, 2);
	assert_int_equal(syncs_many, syncs_one);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_catalog__definitions_match_server, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog__query_variants_agree, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog__scratch_schema_equivalence, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog__schema_with_awkward_name, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog__constant_queries, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog__constant_queries_sequences_domains, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
