/*
 * Embedded migrations (schemagen/migrate.h, sg_migrate_source_embedded) and
 * schemagen-embed's C output.  tests/meson.build runs schemagen-embed over
 * tests/embed_fixture/ (quotes, backslashes, trigraphs, UTF-8, CR LF, no final
 * newline, an empty file) and over migrations/ with the README's meson
 * snippet, and compiles both into this suite: what the compiler made of the
 * generated C must be, byte for byte, what schemagen-embed read.  No database.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "checksum.h"
#include "embed.h"
#include "embedded.h"
#include "schemagen/migrate.h"

extern const sg_migrate_embedded test_embed_fixture;
extern const sg_migrate_embedded test_embed_migrations;

/* The compiled set against the directory read now: names, bytes, lengths, checksums. */
static void same_as_dir(const sg_migrate_embedded *compiled, const char *dir, size_t expected_count)
{
	sg_embed_set *s = NULL;
	sg_error err = {0};
	assert_int_equal(sg_embed_load(&s, dir, NULL, &err), 0);
	assert_int_equal(compiled->count, expected_count);
	assert_int_equal(s->set.count, compiled->count);
	for (size_t i = 0; i < compiled->count; i++) {
		const sg_migrate_embedded_file *a = &compiled->files[i], *b = &s->set.files[i];
		assert_string_equal(a->name, b->name);
		assert_int_equal(a->len, b->len);
		assert_memory_equal(a->data, b->data, a->len);
		assert_int_equal(a->data[a->len], '\0');
		char hex[SG_CHECKSUM_HEX_LEN + 1];
		sg_checksum_sha256_hex(hex, a->data, a->len, NULL);
		assert_string_equal(a->sha256, hex);
		assert_string_equal(a->sha256, b->sha256);
	}
	sg_embed_free(s);
}

static void test_embed__generated_c_holds_the_exact_bytes(void **state)
{
	(void)state;
	/* README is not a migration file: not embedded. */
	same_as_dir(&test_embed_fixture, SG_SOURCE_ROOT "/tests/embed_fixture", 4);
	assert_string_equal(test_embed_fixture.description, "embed_fixture");
	const sg_migrate_embedded_file *q = &test_embed_fixture.files[1];
	assert_string_equal(q->name, "000001_quotes.up.sql");
	assert_non_null(strstr(q->data, "E'back\\\\slash ?\?= ?\?/ tab\\t'" /* trigraphs in C11 */));
	assert_non_null(strstr(q->data, "'caf\xc3\xa9');\r\n"));
	assert_int_equal(test_embed_fixture.files[0].len, 0);
	assert_int_equal(q->data[q->len - 1], ';');
}

static void test_embed__migrations_dir_through_the_meson_snippet(void **state)
{
	(void)state;
	same_as_dir(&test_embed_migrations, SG_SOURCE_ROOT "/migrations", test_embed_migrations.count);
	assert_true(test_embed_migrations.count >= 8);
	assert_string_equal(test_embed_migrations.description, "migrations");
}

/* A runner over the compiled set: the file set, every file checked as `validate` checks it. */
static void test_embed__runner_reads_the_set(void **state)
{
	(void)state;
	sg_migrate_source src;
	sg_error err = {0};
	assert_int_equal(sg_migrate_source_embedded(&src, &test_embed_fixture, &err), 0);
	assert_string_equal(src.description, "embed_fixture");
	char **names = NULL;
	size_t n = 0;
	assert_int_equal(src.list(src.ctx, &names, &n, &err), 0);
	assert_int_equal(n, 4);
	assert_string_equal(names[3], "000002_index.up.sql");
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	char *data = NULL;
	size_t len = 0;
	assert_int_equal(src.read(src.ctx, "000002_index.up.sql", &data, &len, &err), 0);
	assert_int_equal(len, test_embed_fixture.files[3].len);
	assert_memory_equal(data, test_embed_fixture.files[3].data, len + 1);
	free(data);
	assert_int_equal(src.read(src.ctx, "000009_none.up.sql", &data, &len, &err), -1);
	assert_string_equal(sg_error_message(&err),
			    "'embed_fixture/000009_none.up.sql' is not in the embedded migrations");
	sg_error_clear(&err);

	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.source = &src;
	sg_migrate *m = NULL;
	assert_int_equal(sg_migrate_new(&m, &opts, &err), 0);
	char buf[24];
	sg_migrate_version_text(m, 2, buf, sizeof(buf));
	assert_string_equal(buf, "000002");
	/* No database: every file parses, the no-transaction directive is read. */
	unsetenv("DATABASE_URL");
	assert_int_equal(sg_migrate_validate(m, &err), 0);
	sg_migrate_free(m);
}

/* Sets written by hand are checked: sorted names, checksums of 64 lowercase hex digits. */
static void test_embed__constructor_refuses_bad_sets(void **state)
{
	(void)state;
	static const char sum[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
	sg_migrate_embedded_file files[] = {
	    {"000002_b.up.sql", "", 0, sum},
	    {"000001_a.up.sql", "", 0, sum},
	};
	sg_migrate_embedded set = {"hand", files, 2};
	sg_migrate_source src;
	sg_error err = {0};
	assert_int_equal(sg_migrate_source_embedded(&src, &set, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_string_equal(sg_error_message(&err),
			    "embedded migrations 'hand' are not sorted by name: '000001_a.up.sql' comes after "
			    "'000002_b.up.sql'");
	sg_error_clear(&err);
	files[0].name = "000001_a.down.sql";
	files[1].sha256 = "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855";
	assert_int_equal(sg_migrate_source_embedded(&src, &set, &err), -1);
	assert_string_equal(sg_error_message(&err),
			    "embedded migration 'hand/000001_a.up.sql' has no SHA-256 of 64 lowercase hex digits");
	sg_error_clear(&err);
	files[1].sha256 = sum;
	assert_int_equal(sg_migrate_source_embedded(&src, &set, &err), 0);
	/* The runner's own checks of the file set, as for a directory. */
	files[1].name = "000001_a.down.sqk";
	files[0].name = "000001_a.down.sql";
	files[1].name = "000002_a.down.sql";
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.source = &src;
	assert_int_equal(sg_migrate_source_embedded(&src, &set, &err), 0);
	sg_migrate *m = NULL;
	assert_int_equal(sg_migrate_new(&m, &opts, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_non_null(strstr(sg_error_message(&err), "in 'hand': "));
	assert_non_null(strstr(sg_error_message(&err), "000001_a.down.sql"));
	sg_error_clear(&err);
}

static int releases;

static void count_release(void *ctx)
{
	(void)ctx;
	releases++;
}

/*
 * A runner that cannot be created still releases the source it was given, as
 * the header promises: a bad tracking table name failed before the source was
 * taken, and leaked it.
 */
static void test_embed__failed_new_releases_the_source(void **state)
{
	(void)state;
	sg_migrate_source src;
	sg_error err = {0};
	assert_int_equal(sg_migrate_source_embedded(&src, &test_embed_fixture, &err), 0);
	src.release = count_release;
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.source = &src;
	opts.table = "";
	sg_migrate *m = NULL;
	releases = 0;
	assert_int_equal(sg_migrate_new(&m, &opts, &err), -1);
	assert_null(m);
	assert_string_equal(sg_error_message(&err), "the tracking table needs a schema and a name");
	sg_error_clear(&err);
	assert_int_equal(releases, 1);
	/* And once only when the runner is made and freed. */
	opts.table = NULL;
	releases = 0;
	assert_int_equal(sg_migrate_new(&m, &opts, &err), 0);
	sg_migrate_free(m);
	assert_int_equal(releases, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_embed__generated_c_holds_the_exact_bytes),
	    cmocka_unit_test(test_embed__migrations_dir_through_the_meson_snippet),
	    cmocka_unit_test(test_embed__runner_reads_the_set),
	    cmocka_unit_test(test_embed__constructor_refuses_bad_sets),
	    cmocka_unit_test(test_embed__failed_new_releases_the_source),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
