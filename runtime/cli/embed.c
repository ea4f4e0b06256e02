/*
 * schemagen-embed's work (see embed.h): a directory into an owned set, the
 * set into C.  The bytes are written as string literals, printable ASCII as
 * it is and every other byte as a three-digit octal escape, cut at each
 * newline so that the generated file reads like the SQL it holds.
 */
#include "embed.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checksum.h"
#include "files.h"
#include "strbuf.h"

void sg_embed_free(sg_embed_set *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->set.count; i++) {
		free((char *)(uintptr_t)s->files[i].name);
		free((char *)(uintptr_t)s->files[i].data);
		free((char *)(uintptr_t)s->files[i].sha256);
	}
	free(s->files);
	free(s->description);
	free(s);
}

/*
 * The whole file `name` of `dir`, every byte as it is (a NUL too: the
 * runner's checks report it).  An entry that is a directory gets the
 * runner's own message for one.
 */
static int read_raw(char **out, size_t *len, const char *dir, const char *name, sg_error *err)
{
	*out = NULL;
	*len = 0;
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return sg_error_set(err, errno == ENOENT ? SG_ERR_INPUT : SG_ERR_SYSTEM, "cannot read '%s': %s", path,
				    strerror(errno));
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		close(fd);
		return sg_error_set(err, SG_ERR_INPUT,
				    "in '%s': '%s' is a directory, not a migration file; rename or move it", dir, name);
	}
	sg_strbuf sb = SG_STRBUF_INIT;
	char buf[65536];
	int rc = 0;
	for (;;) {
		ssize_t r = read(fd, buf, sizeof(buf));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot read '%s': %s", path, strerror(errno));
		if (r <= 0)
			break;
		sg_strbuf_add(&sb, buf, (size_t)r);
	}
	close(fd);
	if (rc == 0 && sg_strbuf_failed(&sb))
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc != 0) {
		sg_strbuf_release(&sb);
		return rc;
	}
	*out = sg_strbuf_detach(&sb, len);
	return *out ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A name the runner reads as a migration file, or rejects as a bad one. */
static int is_migration_name(const char *name)
{
	int64_t version;
	char *vt = NULL, *nm = NULL;
	sg_files_direction d;
	sg_error e = {0};
	int r = sg_files_parse_name(name, &version, &vt, &nm, &d, &e);
	free(vt);
	free(nm);
	sg_error_clear(&e);
	return r != 0;
}

int sg_embed_load(sg_embed_set **out, const char *dir, const char *description, sg_error *err)
{
	*out = NULL;
	char **names = NULL;
	size_t n = 0;
	if (sg_files_list_dir(&names, &n, dir, err) != 0)
		return -1;
	qsort(names, n, sizeof(*names), cmp_name);
	sg_embed_set *s = calloc(1, sizeof(*s));
	int rc = s && (s->files = calloc(n ? n : 1, sizeof(*s->files))) &&
			 (s->description = strdup(description ? description : dir))
		     ? 0
		     : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; rc == 0 && i < n; i++) {
		if (!is_migration_name(names[i]))
			continue;
		sg_migrate_embedded_file *f = &s->files[s->set.count];
		char *data = NULL, *hex = malloc(SG_CHECKSUM_HEX_LEN + 1);
		size_t len = 0;
		rc =
		    hex ? read_raw(&data, &len, dir, names[i], err) : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		if (rc == 0)
			sg_checksum_sha256_hex(hex, data, len, NULL);
		f->name = names[i];
		names[i] = NULL;
		f->data = data;
		f->len = len;
		f->sha256 = hex;
		s->set.count++;
	}
	sg_files_names_free(names, n);
	if (rc != 0) {
		sg_embed_free(s);
		return -1;
	}
	s->set.description = s->description;
	s->set.files = s->files;
	*out = s;
	return 0;
}

int sg_embed_valid_symbol(const char *name)
{
	if (!name || !(name[0] == '_' || (name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z')))
		return 0;
	for (const char *p = name; *p; p++)
		if (!(*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			return 0;
	return 1;
}

/* `s` as the inside of a C string literal. */
static void put_escaped(FILE *f, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\' || c == '"')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else if (c == '?')
			fputs("\\?", f); /* never a trigraph */
		else if (c >= 0x20 && c < 0x7f)
			fputc(c, f);
		else
			fprintf(f, "\\%03o", c);
	}
}

/* The bytes as one literal cut into a line per line of the file. */
static void put_literal(FILE *f, const char *data, size_t len)
{
	if (len == 0) {
		fputs("\"\"", f);
		return;
	}
	size_t start = 0;
	while (start < len) {
		const char *nl = memchr(data + start, '\n', len - start);
		size_t end = nl ? (size_t)(nl - data) + 1 : len;
		fputs("\n\t\"", f);
		put_escaped(f, data + start, end - start);
		fputc('"', f);
		start = end;
	}
}

int sg_embed_write_c(FILE *f, const sg_migrate_embedded *set, const char *symbol, sg_error *err)
{
	fprintf(f, "/* Generated by schemagen-embed from '");
	put_escaped(f, set->description, strlen(set->description));
	fprintf(f, "': %zu files.  Do not edit: regenerate. */\n", set->count);
	fputs("#include <stddef.h>\n\n#include <schemagen/migrate.h>\n\n", f);
	/* A file longer than 4095 bytes makes a longer literal than ISO C requires compilers to take. */
	fputs("#if defined(__GNUC__)\n#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n#endif\n\n", f);
	for (size_t i = 0; i < set->count; i++) {
		fprintf(f, "static const char file_%zu[] =", i);
		put_literal(f, set->files[i].data, set->files[i].len);
		fputs(";\n", f);
	}
	fprintf(f, "\nstatic const sg_migrate_embedded_file files[] = {\n");
	for (size_t i = 0; i < set->count; i++) {
		fputs("\t{\"", f);
		put_escaped(f, set->files[i].name, strlen(set->files[i].name));
		fprintf(f, "\", file_%zu, %zu, \"%s\"},\n", i, set->files[i].len, set->files[i].sha256);
	}
	if (set->count == 0)
		fputs("\t{NULL, NULL, 0, NULL},\n", f);
	fprintf(f, "};\n\nextern const sg_migrate_embedded %s;\nconst sg_migrate_embedded %s = {\"", symbol, symbol);
	put_escaped(f, set->description, strlen(set->description));
	fprintf(f, "\", files, %zu};\n", set->count);
	if (fflush(f) != 0 || ferror(f))
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot write the C source: %s", strerror(errno));
	return 0;
}

/* A path in a depfile: spaces, '#' and '\' escaped with '\', '$' doubled (make and ninja read both). */
static void put_dep(FILE *f, const char *path)
{
	for (const char *p = path; *p; p++) {
		if (*p == ' ' || *p == '#' || *p == '\\')
			fputc('\\', f);
		else if (*p == '$')
			fputc('$', f);
		fputc(*p, f);
	}
}

int sg_embed_write_depfile(FILE *f, const char *target, const char *dir, const sg_migrate_embedded *set, sg_error *err)
{
	put_dep(f, target);
	fputs(": ", f);
	put_dep(f, dir);
	for (size_t i = 0; i < set->count; i++) {
		fputs(" \\\n ", f);
		sg_strbuf p = SG_STRBUF_INIT;
		sg_strbuf_addf(&p, "%s/%s", dir, set->files[i].name);
		put_dep(f, p.data);
		sg_strbuf_release(&p);
	}
	fputc('\n', f);
	if (fflush(f) != 0 || ferror(f))
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot write the depfile: %s", strerror(errno));
	return 0;
}
