/*
 * The models loader's entry points (model.h): a directory's *.yaml files or
 * sources in memory, each parsed by libyaml and composed (yaml_compose.c),
 * checked against the format and filled into structs (doc_check.c), and
 * converted into the schema graph (model_convert.c) one `tables` entry at a
 * time, so that memory stays at about one table's document and structs on
 * top of the schema graph itself; then the checks across files
 * (validate.c), PostgreSQL's default names (default_names.c) and the sorted
 * diagnostics (diagnostics.c).  model_int.h lists the files and their
 * shared internals.
 */
#include "model.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "model_int.h"
#include "strbuf.h"

/*
 * One file being loaded.  Its diagnostics wait here until the end of the
 * file decides which count, so that streaming changes nothing: invalid YAML
 * anywhere in a file is the only thing said about it, and a file the
 * document pass finds any problem in is not converted at all.
 */
typedef struct file_load {
	sg_model_conv *cv;
	const sg_model_file *f;
	sg_model_diags checked;	  /* of the document pass */
	sg_model_diags converted; /* of the conversion of streamed tables */
} file_load;

/* The composer's callback: a complete entry of the top-level `tables` list, checked and converted at once. */
static void load_table_entry(void *ctx, const sg_model_node *entry, size_t i, sg_arena *scratch)
{
	file_load *fl = ctx;
	sg_model_loader *ld = fl->cv->ld;
	sg_model_diags *diags = ld->diags;
	ld->diags = &fl->checked;
	sg_model__walk_item(ld, fl->f, entry, i, &sg_model__table_entry, "'tables' of the model file", NULL, "tables");
	if (fl->checked.nerrors == 0 && !ld->oom) {
		y_table *y = NULL;
		if (sg_model__fill_value(scratch, &y, &sg_model__table_pointer, entry) != 0) {
			ld->oom = true;
		} else {
			ld->diags = &fl->converted;
			sg_model__convert_table(fl->cv, fl->f, entry, y);
		}
	}
	ld->diags = diags;
}

/*
 * Where byte `offset` of file f is, as line:column (columns count UTF-8
 * characters).  libyaml gives its reader errors (bytes that are not UTF-8) a
 * byte offset only, no mark: they were all reported at 1:1.
 */
static sg_pos offset_pos(const sg_model_file *f, size_t offset)
{
	sg_pos pos = {f->path, 1, 1};
	FILE *fp = f->text ? NULL : fopen(f->path, "rb");
	for (size_t i = 0; i < offset; i++) {
		int c = f->text ? (i < f->len ? (unsigned char)f->text[i] : EOF) : fp ? getc(fp) : EOF;
		if (c == EOF)
			break;
		if (c == '\n') {
			pos.line++;
			pos.column = 1;
		} else if ((c & 0xC0) != 0x80) {
			pos.column++;
		}
	}
	if (fp)
		fclose(fp);
	return pos;
}

/*
 * Parse (from `parser`, whose input is set), check and convert one file into
 * the schema; its tables are checked across files later (check_all).
 * Problems go to the diagnostics; -1 only when out of memory.
 */
static int load_one(sg_model_conv *cv, const sg_model_file *f, yaml_parser_t *parser)
{
	sg_model_loader *ld = cv->ld;
	sg_schema *s = cv->schema;
	file_load fl = {.cv = cv, .f = f};
	sg_model_composer c = {.on_entry = load_table_entry, .ctx = &fl};
	size_t ntables = s->ntables, nfks = cv->nfks, nrenames = cv->nrenames, ntypes = cv->ntypes;
	sg_model_diags *diags = ld->diags;
	sg_model_yaml_problem prob;
	int rc = sg_model__compose(&c, parser, &prob);
	if (rc == 0 && c.root) {
		sg_model_composer second = {0};
		int rc2 = sg_model__compose(&second, parser, &prob);
		if (rc2 < 0)
			rc = -1;
		else if (rc2 == 1)
			sg_model__error_at(ld, (sg_pos){f->path, (int)prob.mark.line + 1, (int)prob.mark.column + 1},
					   "invalid YAML: %s", prob.problem ? prob.problem : "syntax error");
		else if (second.root)
			sg_model__error_at(ld, sg_model__node_pos(f, second.root),
					   "a model file holds one YAML document; this is a second one");
		sg_model__composer_release(&second);
	}
	bool keep = rc == 0 && c.root;
	if (rc == 1 && parser->error == YAML_READER_ERROR) {
		sg_model__error_at(ld, offset_pos(f, parser->problem_offset),
				   "invalid YAML: %s at byte offset %zu (0x%02X); model files must be UTF-8",
				   prob.problem ? prob.problem : "bad input", parser->problem_offset,
				   (unsigned)(parser->problem_value & 0xFF));
	} else if (rc == 1) {
		sg_pos pos = {f->path, (int)prob.mark.line + 1, (int)prob.mark.column + 1};
		if (prob.context)
			sg_model__error_at(ld, pos, "invalid YAML: %s %s", prob.problem ? prob.problem : "syntax error",
					   prob.context);
		else
			sg_model__error_at(ld, pos, "invalid YAML: %s", prob.problem ? prob.problem : "syntax error");
	}
	if (keep) {
		ld->diags = &fl.checked;
		if (c.root->type != YAML_MAPPING_NODE)
			sg_model__error_at(ld, sg_model__node_pos(f, c.root),
					   "a model file must be a mapping (schema, extensions, enums, domains, "
					   "sequences, tables), not %s",
					   sg_model__node_kind_name(c.root));
		else
			sg_model__walk_mapping(ld, f, c.root, sg_model__file_fields, "the model file", NULL);
		ld->diags = diags;
		keep = fl.checked.nerrors == 0;
		sg_model__diags_move(ld, diags, &fl.checked);
	}
	if (keep) {
		sg_model__diags_move(ld, diags, &fl.converted);
		y_file *y = NULL;
		if (sg_model__fill_value(c.arena, &y, &sg_model__file_schema, c.root) != 0) {
			ld->oom = true;
		} else {
			sg_model__convert_globals(cv, f, c.root, y);
			sg_model__convert_functions(cv, f, c.root, y);
			sg_model__convert_views(cv, f, c.root, y);
			sg_model__convert_sequences(cv, f, c.root, y);
			/* The tables of a file that was not streamed (an anchored list, ...). */
			const sg_model_node *tables = sg_model__map_get(c.root, "tables");
			for (size_t t = 0; t < y->tables_count && !ld->oom; t++)
				sg_model__convert_table(cv, f, sg_model__seq_at(tables, t), &y->tables[t]);
		}
	} else {
		sg_model_diags_release(&fl.checked);
		sg_model_diags_release(&fl.converted);
		s->ntables = ntables;
		cv->nfks = nfks;
		cv->nrenames = nrenames;
		cv->ntypes = ntypes;
	}
	sg_model__composer_release(&c);
	return rc < 0 ? -1 : 0;
}

static int finish(sg_schema **out, sg_model_loader *ld, sg_model_conv *cv, sg_error *err)
{
	int rc = 0;
	if (!ld->oom && ld->diags->nerrors == 0) {
		if (sg_model__assign_default_names(cv) != 0)
			ld->oom = true;
		else
			sg_schema_sort(cv->schema);
		sg_model__mark_row_types(cv);
	}
	if (cv->captables || cv->capenums || cv->capextensions || cv->capfunctions || cv->capviews || cv->capdomains ||
	    cv->capsequences)
		sg_model__settle(cv); /* sg_model__check_all() did not run: only to free the arrays */
	free(cv->fks);
	free(cv->renames);
	free(cv->types);
	free(cv->seq_late);
	sg_sql_memo_free(cv->memo);
	cv->memo = NULL;
	sg_model_diags *d = ld->diags;
	sg_model__diags_sort(d);
	if (ld->oom) {
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory while loading the models");
	} else if (d->nerrors) {
		const char *first = NULL;
		for (size_t i = 0; i < d->count && !first; i++)
			if (d->items[i].severity == SG_MODEL_ERROR)
				first = d->items[i].text;
		if (d->nerrors > 1)
			rc = sg_error_set(err, SG_ERR_INPUT, "%s (and %zu more error%s in the models)", first,
					  d->nerrors - 1, d->nerrors > 2 ? "s" : "");
		else
			rc = sg_error_set(err, SG_ERR_INPUT, "%s", first);
	}
	if (rc != 0) {
		sg_schema_free(cv->schema);
		return rc;
	}
	*out = cv->schema;
	return 0;
}

/* One load of a set of files: begin, add each file, then end or abandon. */
typedef struct loading {
	sg_model_loader ld;
	sg_model_conv cv;
	sg_model_diags local; /* when the caller wants no diagnostics */
	size_t first_diag;    /* the caller's diagnostics before this load */
} loading;

static int loading_begin(loading *l, sg_model_diags *diags, sg_error *err)
{
	*l = (loading){0};
	l->ld.diags = diags ? diags : &l->local;
	l->first_diag = l->ld.diags->count;
	l->cv.ld = &l->ld;
	if (!(l->cv.schema = sg_schema_new("public")))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory while loading the models");
	l->cv.arena = l->cv.schema->arena;
	if (!(l->cv.memo = sg_sql_memo_new(l->cv.arena))) {
		sg_schema_free(l->cv.schema);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory while loading the models");
	}
	return 0;
}

/* Load the file `name` whose bytes `parser` reads; out of memory is remembered for loading_end(). */
static void loading_add(loading *l, const char *name, const char *text, size_t len, yaml_parser_t *parser)
{
	sg_model_lines lines = {0};
	sg_model_file f = {.path = sg_model__dup_str(&l->cv, name), .text = text, .len = len, .lines = &lines};
	if (!l->ld.oom && (!f.path || load_one(&l->cv, &f, parser) != 0))
		l->ld.oom = true;
	sg_model__lines_release(&lines);
}

static int loading_end(sg_schema **out, loading *l, sg_error *err)
{
	if (!l->ld.oom)
		sg_model__check_all(&l->cv);
	int rc = finish(out, &l->ld, &l->cv, err);
	sg_model_diags_release(&l->local);
	return rc;
}

/* Give up (a file could not be read): no schema, and the caller's diagnostics as they were. */
static void loading_abandon(loading *l)
{
	sg_model_conv *cv = &l->cv;
	free(cv->schema->tables);
	free(cv->schema->enums);
	free(cv->schema->extensions);
	free(cv->schema->functions);
	free(cv->schema->views);
	free(cv->schema->domains);
	free(cv->schema->sequences);
	free(cv->fks);
	free(cv->renames);
	free(cv->types);
	free(cv->seq_late);
	sg_sql_memo_free(cv->memo);
	sg_schema_free(cv->schema);
	sg_model_diags *d = l->ld.diags;
	for (size_t i = l->first_diag; i < d->count; i++) {
		if (d->items[i].severity == SG_MODEL_ERROR)
			d->nerrors--;
		else
			d->nwarnings--;
		free(d->items[i].file);
		free(d->items[i].text);
	}
	d->count = l->first_diag;
	sg_model_diags_release(&l->local);
}

int sg_model_load_sources(sg_schema **out, const sg_model_source *sources, size_t n, sg_model_diags *diags,
			  sg_error *err)
{
	*out = NULL;
	loading l;
	if (loading_begin(&l, diags, err) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		yaml_parser_t parser;
		if (!yaml_parser_initialize(&parser)) {
			l.ld.oom = true;
			break;
		}
		yaml_parser_set_input_string(&parser, (const unsigned char *)sources[i].text, sources[i].len);
		loading_add(&l, sources[i].name, sources[i].text, sources[i].len, &parser);
		yaml_parser_delete(&parser);
	}
	return loading_end(out, &l, err);
}

/* ---------------------------------------------------------------- the directory */

typedef struct path_list {
	char **items;
	size_t n, cap;
} path_list;

static int path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* How deep subdirectories of the models directory may go. */
#define MAX_DIR_DEPTH 16

/* A directory on the path being read (a symbolic link back to one of them is a loop). */
typedef struct dir_id {
	dev_t dev;
	ino_t ino;
	const char *path;
} dir_id;

/*
 * Collect the *.yaml files under dir/rel (rel "" for the top), as paths
 * relative to dir; `up` holds the directories above it, `depth` of them.  A
 * subdirectory that is one of them again (a symbolic link loop) or deeper
 * than MAX_DIR_DEPTH is an error (SG_ERR_INPUT): its files were read again
 * and again, or left out without a word.
 */
static int collect(path_list *out, const char *dir, const char *rel, int depth, dir_id *up, sg_error *err)
{
	sg_strbuf path = SG_STRBUF_INIT;
	sg_strbuf_addf(&path, "%s%s%s", dir, rel[0] ? "/" : "", rel);
	struct stat self;
	if (stat(path.data, &self) == 0) {
		for (int i = 0; i < depth; i++)
			if (up[i].dev == self.st_dev && up[i].ino == self.st_ino) {
				sg_error_set(
				    err, SG_ERR_INPUT,
				    "models directory '%s' is '%s' again (a symbolic link loop): remove the link",
				    path.data, up[i].path);
				sg_strbuf_release(&path);
				return -1;
			}
		if (depth > MAX_DIR_DEPTH) {
			sg_error_set(
			    err, SG_ERR_INPUT,
			    "models directory '%s' is nested more than %d levels deep: its files would be left "
			    "out; move them up",
			    path.data, MAX_DIR_DEPTH);
			sg_strbuf_release(&path);
			return -1;
		}
		up[depth] = (dir_id){self.st_dev, self.st_ino, path.data};
	}
	DIR *dh = opendir(path.data);
	if (!dh) {
		int e = errno;
		sg_error_set(err, e == ENOENT || e == ENOTDIR ? SG_ERR_INPUT : SG_ERR_SYSTEM,
			     "cannot read models directory '%s': %s", path.data, strerror(e));
		sg_strbuf_release(&path);
		return -1;
	}
	int rc = 0;
	struct dirent *de;
	while (rc == 0 && (de = readdir(dh))) {
		if (de->d_name[0] == '.')
			continue;
		sg_strbuf child = SG_STRBUF_INIT, full = SG_STRBUF_INIT;
		sg_strbuf_addf(&child, "%s%s%s", rel, rel[0] ? "/" : "", de->d_name);
		sg_strbuf_addf(&full, "%s/%s", dir, child.data);
		struct stat st;
		size_t len = strlen(de->d_name);
		if (stat(full.data, &st) == 0 && S_ISDIR(st.st_mode)) {
			rc = collect(out, dir, child.data, depth + 1, up, err);
		} else if (len > 5 && strcmp(de->d_name + len - 5, ".yaml") == 0) {
			if (out->n == out->cap) {
				size_t cap = out->cap ? out->cap * 2 : 16;
				char **items = realloc(out->items, cap * sizeof(*items));
				if (!items)
					rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
				else {
					out->items = items;
					out->cap = cap;
				}
			}
			if (rc == 0) {
				out->items[out->n] = sg_strbuf_detach(&full, NULL);
				if (!out->items[out->n])
					rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
				else
					out->n++;
			}
		}
		sg_strbuf_release(&child);
		sg_strbuf_release(&full);
	}
	closedir(dh);
	sg_strbuf_release(&path);
	return rc;
}

/*
 * How large a model file, and all of them together, may be (docs/models.md,
 * "Limits").  Real models are a few MiB (10,000 tables of bench/gen_models.py:
 * 7.1 MiB); a 100 MB comment took 16 s and 583 MB to load on the debug build.
 */
#define MAX_FILE_BYTES (64L << 20)
#define MAX_TOTAL_BYTES (256L << 20)

/*
 * libyaml's read handler over a file, remembering a read error (libyaml only
 * knows "input error") and stopping at the limits: a file that grows while it
 * is read, or one stat() could not size, counts as it is read.
 */
typedef struct file_input {
	FILE *fp;
	bool failed;
	bool too_large; /* this file, or the files read so far, past a limit */
	long bytes;	/* read of this file */
	long *total;	/* read of every file so far */
} file_input;

static int read_input(void *data, unsigned char *buffer, size_t size, size_t *size_read)
{
	file_input *in = data;
	*size_read = fread(buffer, 1, size, in->fp);
	if (*size_read == 0 && ferror(in->fp)) {
		in->failed = true;
		return 0;
	}
	in->bytes += (long)*size_read;
	*in->total += (long)*size_read;
	if (in->bytes > MAX_FILE_BYTES || *in->total > MAX_TOTAL_BYTES) {
		in->too_large = true;
		return 0;
	}
	return 1;
}

/* A file or all files over a limit; `bytes` is the size when known (stat), 0 when reading stopped at the limit. */
static int file_too_large(sg_error *err, const char *path, long bytes)
{
	char size[64] = "";
	if (bytes)
		snprintf(size, sizeof(size), " (%.1f MiB)", (double)bytes / (1 << 20));
	return sg_error_set(err, SG_ERR_INPUT,
			    "model file '%s' is larger than %ld MiB%s, the limit of a model file: split it, or take "
			    "out what is not the schema",
			    path, MAX_FILE_BYTES >> 20, size);
}

static int total_too_large(sg_error *err, const char *dir, long bytes)
{
	char size[64] = "";
	if (bytes)
		snprintf(size, sizeof(size), " (%.1f MiB)", (double)bytes / (1 << 20));
	return sg_error_set(err, SG_ERR_INPUT,
			    "the model files of '%s' are larger than %ld MiB together%s, the limit of all model files",
			    dir, MAX_TOTAL_BYTES >> 20, size);
}

/*
 * The sizes of the files before any is parsed: a file or a set over the
 * limits is refused at once, not after minutes of parsing.  Files that are
 * not regular (a fifo) are sized as they are read.
 */
static int check_sizes(const path_list *paths, const char *dir, sg_error *err)
{
	long total = 0;
	for (size_t i = 0; i < paths->n; i++) {
		struct stat st;
		if (stat(paths->items[i], &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		if (st.st_size > MAX_FILE_BYTES)
			return file_too_large(err, paths->items[i], (long)st.st_size);
		total += (long)st.st_size;
		if (total > MAX_TOTAL_BYTES)
			return total_too_large(err, dir, total);
	}
	return 0;
}

int sg_model_load_dir(sg_schema **out, const char *dir, sg_model_diags *diags, sg_error *err)
{
	*out = NULL;
	path_list paths = {0};
	dir_id up[MAX_DIR_DEPTH + 1];
	int rc = collect(&paths, dir, "", 0, up, err);
	if (rc == 0 && paths.n == 0)
		rc = sg_error_set(err, SG_ERR_INPUT, "no model files (*.yaml) in models directory '%s'", dir);
	if (rc == 0)
		rc = check_sizes(&paths, dir, err);
	loading l;
	long total = 0;
	if (rc == 0) {
		qsort(paths.items, paths.n, sizeof(char *), path_cmp);
		rc = loading_begin(&l, diags, err);
	}
	if (rc == 0) {
		/* One file at a time, read by libyaml as it parses: no file is ever held whole. */
		for (size_t i = 0; rc == 0 && i < paths.n; i++) {
			file_input in = {.fp = fopen(paths.items[i], "rb"), .total = &total};
			yaml_parser_t parser;
			if (!in.fp) {
				rc = sg_error_set(err, SG_ERR_INPUT, "cannot open model file '%s': %s", paths.items[i],
						  strerror(errno));
			} else if (!yaml_parser_initialize(&parser)) {
				l.ld.oom = true;
			} else {
				yaml_parser_set_input(&parser, read_input, &in);
				loading_add(&l, paths.items[i], NULL, 0, &parser);
				yaml_parser_delete(&parser);
				if (in.failed)
					rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot read model file '%s'",
							  paths.items[i]);
				else if (in.too_large && in.bytes > MAX_FILE_BYTES)
					rc = file_too_large(err, paths.items[i], 0);
				else if (in.too_large)
					rc = total_too_large(err, dir, 0);
			}
			if (in.fp)
				fclose(in.fp);
		}
		if (rc == 0)
			rc = loading_end(out, &l, err);
		else
			loading_abandon(&l);
	}
	for (size_t i = 0; i < paths.n; i++)
		free(paths.items[i]);
	free(paths.items);
	return rc;
}

int sg_model_load(sg_schema **out, const char *dir, sg_error *err)
{
	return sg_model_load_dir(out, dir, NULL, err);
}
