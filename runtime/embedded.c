/*
 * Migration files compiled into the program (see embedded.h): a source over a
 * constant sg_migrate_embedded, which `schemagen-embed` generates from a
 * migrations directory.  Nothing here touches the file system.
 */
#include "embedded.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

bool sg_embedded_parse_sum(const char *hex, unsigned char out[SG_SHA256_LEN])
{
	if (!hex)
		return false;
	for (size_t i = 0; i < SG_SHA256_LEN; i++) {
		int hi = hexval(hex[2 * i]), lo = hi < 0 ? -1 : hexval(hex[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return false;
		if (out)
			out[i] = (unsigned char)(hi << 4 | lo);
	}
	return hex[2 * SG_SHA256_LEN] == '\0';
}

static const sg_migrate_embedded_file *find(const sg_migrate_embedded *set, const char *name)
{
	size_t lo = 0, hi = set->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(set->files[mid].name, name);
		if (c == 0)
			return &set->files[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int embedded_list(void *ctx, char ***names, size_t *count, sg_error *err)
{
	const sg_migrate_embedded *set = ctx;
	*names = NULL;
	*count = 0;
	char **out = calloc(set->count ? set->count : 1, sizeof(*out));
	if (!out)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; i < set->count; i++) {
		if (!(out[i] = strdup(set->files[i].name))) {
			sg_files_names_free(out, i);
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		}
	}
	*names = out;
	*count = set->count;
	return 0;
}

static int embedded_read(void *ctx, const char *name, char **data, size_t *len, sg_error *err)
{
	const sg_migrate_embedded *set = ctx;
	*data = NULL;
	*len = 0;
	const sg_migrate_embedded_file *f = find(set, name);
	if (!f)
		return sg_error_set(err, SG_ERR_INPUT, "'%s/%s' is not in the embedded migrations", set->description,
				    name);
	char *copy = malloc(f->len + 1);
	if (!copy)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	memcpy(copy, f->data, f->len);
	copy[f->len] = '\0';
	*data = copy;
	*len = f->len;
	return 0;
}

int sg_migrate_source_embedded(sg_migrate_source *out, const sg_migrate_embedded *set, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	const char *desc = set->description && set->description[0] ? set->description : "embedded migrations";
	for (size_t i = 0; i < set->count; i++) {
		const sg_migrate_embedded_file *f = &set->files[i];
		if (!f->name || !f->data)
			return sg_error_set(err, SG_ERR_INPUT, "embedded migration %zu of '%s' has no name or no data",
					    i + 1, desc);
		if (i > 0 && strcmp(set->files[i - 1].name, f->name) >= 0)
			return sg_error_set(err, SG_ERR_INPUT,
					    "embedded migrations '%s' are not sorted by name: '%s' comes after '%s'",
					    desc, f->name, set->files[i - 1].name);
		if (!sg_embedded_parse_sum(f->sha256, NULL))
			return sg_error_set(err, SG_ERR_INPUT,
					    "embedded migration '%s/%s' has no SHA-256 of 64 lowercase hex digits",
					    desc, f->name);
	}
	out->ctx = (void *)(uintptr_t)set; /* the source interface has no const context; read only */
	out->description = desc;
	out->list = embedded_list;
	out->read = embedded_read;
	out->release = NULL;
	return 0;
}

const sg_migrate_embedded *sg_embedded_of(const sg_migrate_source *src)
{
	return src->list == embedded_list ? src->ctx : NULL;
}

int sg_embedded_collect(sg_mfile_set *out, const sg_migrate_embedded *set, sg_error *err)
{
	const char **names = malloc((set->count ? set->count : 1) * sizeof(*names));
	if (!names)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; i < set->count; i++)
		names[i] = set->files[i].name;
	int rc = sg_files_collect(out, names, set->count, err);
	free(names);
	return rc;
}

bool sg_embedded_sum(const sg_migrate_embedded *set, const char *name, unsigned char out[SG_SHA256_LEN])
{
	const sg_migrate_embedded_file *f = find(set, name);
	return f && sg_embedded_parse_sum(f->sha256, out);
}
