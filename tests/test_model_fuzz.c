/*
 * Fuzz-style test of the models loader: truncated and byte-mutated copies of
 * the example application's models (every .yaml file of models/) must never crash or leak
 * (the suite runs under ASan and UBSan) and must always end in either a
 * schema with no error or a clean failure: no schema, at least one error,
 * every diagnostic one line starting with its file name.  The generator is
 * seeded, so every run tries the same inputs.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "strbuf.h"

#ifndef SG_SOURCE_ROOT
#error "SG_SOURCE_ROOT must name the source tree"
#endif

#define MAX_FILES 16
#define MUTATIONS 1500

typedef struct corpus {
	char *names[MAX_FILES];
	char *texts[MAX_FILES];
	size_t lens[MAX_FILES];
	size_t n;
} corpus;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void read_corpus(corpus *c)
{
	const char *dir = SG_SOURCE_ROOT "/models";
	DIR *dh = opendir(dir);
	assert_non_null(dh);
	struct dirent *de;
	while ((de = readdir(dh)) && c->n < MAX_FILES) {
		size_t len = strlen(de->d_name);
		if (len > 5 && strcmp(de->d_name + len - 5, ".yaml") == 0)
			c->names[c->n++] = strdup(de->d_name);
	}
	closedir(dh);
	qsort(c->names, c->n, sizeof(char *), cmp_str);
	for (size_t i = 0; i < c->n; i++) {
		char path[1024];
		snprintf(path, sizeof(path), "%s/%s", dir, c->names[i]);
		FILE *f = fopen(path, "rb");
		assert_non_null(f);
		sg_strbuf sb = SG_STRBUF_INIT;
		char buf[4096];
		size_t got;
		while ((got = fread(buf, 1, sizeof(buf), f)) > 0)
			sg_strbuf_add(&sb, buf, got);
		fclose(f);
		c->texts[i] = sg_strbuf_detach(&sb, &c->lens[i]);
	}
	assert_true(c->n >= 2);
}

static void free_corpus(corpus *c)
{
	for (size_t i = 0; i < c->n; i++) {
		free(c->names[i]);
		free(c->texts[i]);
	}
}

static uint64_t next_rand(uint64_t *s)
{
	/* xorshift64* */
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ULL;
}

typedef struct tally {
	size_t ok, failed;
} tally;

/* Load the corpus with file `which` replaced by `text`; check the outcome is clean. */
static void check_load(const corpus *c, size_t which, const char *text, size_t len, tally *t)
{
	sg_model_source src[MAX_FILES];
	for (size_t i = 0; i < c->n; i++)
		src[i] = (sg_model_source){c->names[i], c->texts[i], c->lens[i]};
	src[which].text = text;
	src[which].len = len;
	sg_schema *s = NULL;
	sg_model_diags diags = {0};
	sg_error err = {0};
	int rc = sg_model_load_sources(&s, src, c->n, &diags, &err);
	if (rc == 0) {
		assert_non_null(s);
		assert_int_equal(diags.nerrors, 0);
		t->ok++;
	} else {
		assert_int_equal(rc, -1);
		assert_null(s);
		assert_true(diags.nerrors > 0);
		assert_int_equal(err.kind, SG_ERR_INPUT);
		t->failed++;
	}
	for (size_t i = 0; i < diags.count; i++) {
		const char *msg = diags.items[i].text;
		bool named = false;
		for (size_t f = 0; f < c->n; f++)
			named |= strncmp(msg, c->names[f], strlen(c->names[f])) == 0;
		if (!named || strchr(msg, '\n') || strstr(msg, "cannot load the model"))
			print_error("unclean diagnostic: %s\n", msg);
		assert_true(named);
		assert_null(strchr(msg, '\n'));
		/* The document pass mirrors the libcyaml schema: libcyaml never has to report. */
		assert_null(strstr(msg, "cannot load the model"));
	}
	sg_schema_free(s);
	sg_model_diags_release(&diags);
	sg_error_clear(&err);
}

static void test_model_fuzz__truncated(void **state)
{
	(void)state;
	corpus c = {0};
	read_corpus(&c);
	tally t = {0};
	check_load(&c, 0, c.texts[0], c.lens[0], &t);
	assert_int_equal(t.ok, 1); /* the unmodified models load */
	for (size_t f = 0; f < c.n; f++)
		for (size_t cut = 0; cut < c.lens[f]; cut += 7)
			check_load(&c, f, c.texts[f], cut, &t);
	assert_true(t.failed > 0);
	free_corpus(&c);
}

static void test_model_fuzz__mutated(void **state)
{
	(void)state;
	static const char interesting[] = ":-[]{},'\"&*!|>#% \n\t0aZ\\";
	corpus c = {0};
	read_corpus(&c);
	uint64_t seed = 0x5eed5eed12345678ULL;
	tally t = {0};
	for (int i = 0; i < MUTATIONS; i++) {
		size_t f = next_rand(&seed) % c.n;
		size_t len = c.lens[f];
		char *buf = malloc(len + 8);
		assert_non_null(buf);
		memcpy(buf, c.texts[f], len);
		int edits = 1 + (int)(next_rand(&seed) % 3);
		for (int e = 0; e < edits && len > 0; e++) {
			size_t at = next_rand(&seed) % len;
			switch (next_rand(&seed) % 4) {
			case 0: /* replace with a YAML-significant character */
				buf[at] = interesting[next_rand(&seed) % (sizeof(interesting) - 1)];
				break;
			case 1: /* replace with any byte, invalid UTF-8 and NUL included */
				buf[at] = (char)(next_rand(&seed) & 0xff);
				break;
			case 2: /* delete */
				memmove(buf + at, buf + at + 1, len - at - 1);
				len--;
				break;
			default: /* duplicate */
				memmove(buf + at + 1, buf + at, len - at);
				len++;
				break;
			}
		}
		check_load(&c, f, buf, len, &t);
		free(buf);
	}
	assert_true(t.failed > 0);
	assert_true(t.ok > 0); /* some mutations land in comments or strings and stay valid */
	free_corpus(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_model_fuzz__truncated),
	    cmocka_unit_test(test_model_fuzz__mutated),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
