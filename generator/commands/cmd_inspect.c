/*
 * `schemagen inspect`: write YAML models for an existing database (the
 * baseline when adopting schemagen).  The catalog is read like the live side
 * of `schemagen diff` (same exclusions: the tracking tables) and written by
 * inspect.c; `schemagen diff` against the same database then finds nothing.
 *
 * Where it goes: stdout by default; `--output FILE` (one file); `-m DIR`
 * (DIR/schema.yaml, or with `--split` DIR/_schema.yaml and one TABLE.yaml per
 * table).  An existing non-empty file or directory is never replaced without
 * `--force` (exit 2, nothing written).  Files are written whole or not at all
 * (output.h: a temporary name, fsync, rename).
 */
#include "commands.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "fixpoint.h"
#include "inspect.h"
#include "interrupt.h"
#include "output.h"
#include "schemagen/conn.h"
#include "schema_print.h"
#include "schemagen/exit.h"
#include "strbuf.h"
#include "tracking.h"

static int finish(sg_cli_ctx *ctx, sg_error *err)
{
	/* A signal cancelled the running statement: that is the reason, not the statement's error. */
	if (sg_interrupt_requested())
		sg_error_set(err, SG_ERR_DB, "interrupted: inspect stopped, nothing was written");
	sg_log_sg_error(&ctx->log, err);
	int code = sg_exit_code_for(err->kind);
	sg_error_clear(err);
	return code;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/*
 * 1 when a *.yaml file is in a subdirectory of dir (the models loader would
 * read it too), 0 when none is, -1 when memory runs out.
 */
static int yaml_in_subdirs(const char *dir, bool nested, int depth)
{
	DIR *dh = depth <= 16 ? opendir(dir) : NULL;
	if (!dh)
		return 0;
	int found = 0;
	struct dirent *de;
	while (found == 0 && (de = readdir(dh))) {
		if (de->d_name[0] == '.')
			continue;
		sg_strbuf path = SG_STRBUF_INIT;
		sg_strbuf_addf(&path, "%s/%s", dir, de->d_name);
		struct stat st;
		if (sg_strbuf_failed(&path)) {
			found = -1;
		} else if (stat(path.data, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				found = yaml_in_subdirs(path.data, true, depth + 1);
			else
				found = nested && ends_with(de->d_name, ".yaml");
		}
		sg_strbuf_release(&path);
	}
	closedir(dh);
	return found;
}

/*
 * Check the destination before anything else: a missing or empty file or
 * directory is fine; a non-empty one needs --force.
 */
static int check_destination(const char *path, bool is_dir, bool force, sg_error *err)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		if (errno == ENOENT)
			return 0;
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot check '%s': %s", path, strerror(errno));
	}
	if (is_dir) {
		if (!S_ISDIR(st.st_mode))
			return sg_error_set(err, SG_ERR_INPUT, "'%s' exists and is not a directory: nothing written",
					    path);
		DIR *dh = opendir(path);
		if (!dh)
			return sg_error_set(err, SG_ERR_SYSTEM, "cannot read directory '%s': %s", path,
					    strerror(errno));
		bool empty = true;
		struct dirent *de;
		while ((de = readdir(dh)))
			if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
				empty = false;
		closedir(dh);
		if (!empty && !force)
			return sg_error_set(
			    err, SG_ERR_INPUT,
			    "models directory '%s' is not empty: nothing written; use --force to replace its "
			    "*.yaml files",
			    path);
		int nested = empty ? 0 : yaml_in_subdirs(path, false, 0);
		if (nested < 0)
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		if (nested)
			return sg_error_set(
			    err, SG_ERR_INPUT,
			    "models directory '%s' has *.yaml files in subdirectories, which would be loaded "
			    "with the new models: nothing written; remove them first",
			    path);
		return 0;
	}
	if (S_ISDIR(st.st_mode))
		return sg_error_set(err, SG_ERR_INPUT, "'%s' is a directory: nothing written", path);
	if (st.st_size > 0 && !force)
		return sg_error_set(err, SG_ERR_INPUT,
				    "'%s' exists and is not empty: nothing written; use --force to replace it", path);
	return 0;
}

/* Remove the top-level *.yaml files of dir that are not among the files just written (--force). */
static int remove_stale(const char *dir, const sg_inspect_result *r, sg_error *err)
{
	DIR *dh = opendir(dir);
	if (!dh)
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot read directory '%s': %s", dir, strerror(errno));
	int rc = 0;
	struct dirent *de;
	while (rc == 0 && (de = readdir(dh))) {
		if (de->d_name[0] == '.' || !ends_with(de->d_name, ".yaml"))
			continue;
		bool ours = false;
		for (size_t i = 0; i < r->nfiles && !ours; i++)
			ours = strcmp(r->files[i].name, de->d_name) == 0;
		if (ours)
			continue;
		sg_strbuf path = SG_STRBUF_INIT;
		sg_strbuf_addf(&path, "%s/%s", dir, de->d_name);
		if (sg_strbuf_failed(&path))
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		else if (unlink(path.data) != 0)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot remove '%s': %s", path.data, strerror(errno));
		sg_strbuf_release(&path);
	}
	closedir(dh);
	return rc;
}

/* mkdir -p: the directory and any missing parents. */
static int make_dirs(const char *dir, sg_error *err)
{
	char *path = strdup(dir);
	if (!path)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	int rc = 0;
	for (char *p = path + 1; rc == 0; p++) {
		if (*p != '/' && *p != '\0')
			continue;
		char c = *p;
		*p = '\0';
		if (mkdir(path, 0777) != 0 && errno != EEXIST)
			rc =
			    sg_error_set(err, SG_ERR_SYSTEM, "cannot create directory '%s': %s", path, strerror(errno));
		*p = c;
		if (c == '\0')
			break;
	}
	free(path);
	return rc;
}

/*
 * Write every file of r into dir, all or none: each is written under a
 * temporary name first, and only when all of them are on disk are they
 * renamed into place (then, with --force, the stale ones removed).  A
 * failure (a full disk, a file size limit) removes the temporary files and
 * leaves the directory as it was; SIGINT, SIGTERM and SIGHUP wait until the
 * files are in place (a --split of 3,000 tables left the first 25 before).
 */
static int write_dir(const char *dir, bool force, const sg_inspect_result *r, sg_error *err)
{
	if (make_dirs(dir, err) != 0)
		return -1;
	char **paths = calloc(r->nfiles + 1, sizeof(char *)), **tmps = calloc(r->nfiles + 1, sizeof(char *));
	int rc = paths && tmps ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	sigset_t stop, old;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGHUP);
	sigprocmask(SIG_BLOCK, &stop, &old);
	for (size_t i = 0; rc == 0 && i < r->nfiles; i++) {
		sg_strbuf path = SG_STRBUF_INIT;
		sg_strbuf_addf(&path, "%s/%s", dir, r->files[i].name);
		if (sg_strbuf_failed(&path))
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		else
			rc = sg_output_write_temp(&tmps[i], path.data, r->files[i].text, r->files[i].len, 0666, err);
		paths[i] = sg_strbuf_detach(&path, NULL);
	}
	for (size_t i = 0; rc == 0 && i < r->nfiles; i++)
		if (rename(tmps[i], paths[i]) != 0)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", paths[i], strerror(errno));
		else
			tmps[i][0] = '\0'; /* in place */
	if (rc == 0 && force)
		rc = remove_stale(dir, r, err);
	for (size_t i = 0; paths && tmps && i < r->nfiles; i++) {
		if (tmps[i] && tmps[i][0])
			unlink(tmps[i]);
		free(tmps[i]);
		free(paths[i]);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	free(paths);
	free(tmps);
	return rc;
}

int sg_cmd_inspect(sg_cli_ctx *ctx)
{
	sg_error err = {0};
	const char *output = sg_cli_value(ctx->args, "output");
	const char *models = sg_cli_value(ctx->args, "models");
	bool split = sg_cli_count(ctx->args, "split") > 0;
	bool force = sg_cli_count(ctx->args, "force") > 0;
	const char *format = sg_cli_value(ctx->args, "format");
	if (format && strcmp(format, "text") != 0) {
		sg_error_set(&err, SG_ERR_INPUT, "inspect writes YAML models; '--format %s' is for diff and check",
			     format);
		return finish(ctx, &err);
	}
	const char *schema = sg_cli_value(ctx->args, "schema");
	if (!schema)
		schema = "public";
	const char *table = sg_cli_value(ctx->args, "table");
	if (!table)
		table = "schema_migrations";
	if (output && models) {
		sg_error_set(&err, SG_ERR_INPUT, "give either '--output FILE' or '-m DIR', not both");
		return finish(ctx, &err);
	}
	if (split && output) {
		sg_error_set(&err, SG_ERR_INPUT,
			     "'--split' writes one file per table into '-m DIR', not into '--output'");
		return finish(ctx, &err);
	}
	if (split && !models)
		models = "models";
	if (output && strcmp(output, "-") == 0)
		output = NULL;
	if ((output && !output[0]) || (models && !models[0])) {
		sg_error_set(&err, SG_ERR_INPUT, "the output path is empty");
		return finish(ctx, &err);
	}
	/* Bad input changes nothing, and is found before the database is asked. */
	if ((output && check_destination(output, false, force, &err) != 0) ||
	    (models && check_destination(models, true, force, &err) != 0))
		return finish(ctx, &err);

	/* SIGINT/SIGTERM: the statement running is cancelled, inspect stops with exit 1, nothing is written. */
	sg_interrupt_install();
	PGconn *conn = NULL;
	sg_tracking tracking;
	if (sg_conn_open(&conn, sg_cli_value(ctx->args, "database"), "schemagen", &err) != 0) {
		PQfinish(conn);
		return finish(ctx, &err);
	}
	sg_catalog_quiet_notices(conn);
	PGcancel *cancel = PQgetCancel(conn);
	sg_interrupt_cancel_conn(cancel);
	if (sg_tracking_init(&tracking, schema, table, &err) != 0) {
		PQfinish(conn);
		return finish(ctx, &err);
	}
	char history[128];
	snprintf(history, sizeof(history), "%s_history", tracking.table);
	const char *exclude[] = {tracking.table, history, tracking.golang_backup};
	sg_catalog_stats stats = {0};
	sg_catalog_options copts = {.schema = schema, .exclude_tables = exclude, .nexclude_tables = 3, .stats = &stats};
	sg_schema *live = NULL;
	int rc = sg_catalog_load(&live, conn, &copts, &err);
	/* The texts that, executed, read back as the catalog's (docs/inspect.md). */
	sg_fixpoint_report fix = {0};
	if (rc == 0)
		rc = sg_fixpoint_schema(live, NULL, conn, &fix, &err);
	sg_strbuf origin = SG_STRBUF_INIT;
	sg_strbuf_addf(&origin, "database '%s'", PQdb(conn) ? PQdb(conn) : "");
	sg_interrupt_cancel_conn(NULL);
	PQfreeCancel(cancel);
	PQfinish(conn);
	if (sg_interrupt_requested())
		rc = -1;
	sg_tracking_release(&tracking);
	if (rc == 0 && sg_strbuf_failed(&origin))
		rc = sg_error_set(&err, SG_ERR_SYSTEM, "out of memory");
	if (rc != 0) {
		sg_fixpoint_report_release(&fix);
		sg_schema_free(live);
		sg_strbuf_release(&origin);
		return finish(ctx, &err);
	}
	if (!stats.schema_exists)
		sg_log_warn(&ctx->log,
			    "schema '%s' does not exist in the database: the models describe an empty schema", schema);

	sg_log_debug(&ctx->log, "%zu expressions checked on the server, %zu written in another text that rebuilds them",
		     fix.checked, fix.rewritten);
	sg_inspect_options iopts = {.split = split,
				    .origin = origin.data,
				    .expression_notes = fix.unresolved,
				    .nexpression_notes = fix.nunresolved};
	sg_inspect_result res;
	rc = sg_inspect_models(&res, live, &iopts, &err);
	sg_fixpoint_report_release(&fix);
	sg_strbuf_release(&origin);
	if (rc != 0) {
		sg_schema_free(live);
		return finish(ctx, &err);
	}
	for (size_t i = 0; i < res.nnotes; i++)
		sg_log_warn(&ctx->log, "%s", res.notes[i]);

	if (models)
		rc = write_dir(models, force, &res, &err);
	else if (output)
		rc = sg_output_write_file(output, res.files[0].text, res.files[0].len, 0666, true, &err);
	else if (fwrite(res.files[0].text, 1, res.files[0].len, stdout) != res.files[0].len || fflush(stdout) != 0)
		rc = sg_error_set(&err, SG_ERR_SYSTEM, "cannot write to standard output");
	const char *dest = models ? models : output;
	if (rc == 0) {
		sg_strbuf counts = SG_STRBUF_INIT;
		sg_schema_print_counts(&counts, live);
		sg_log_info(&ctx->log,
			    "schema '%s': %s, %zu unmanaged object%s listed, %zu note%s; %zu name%s kept, %zu left to "
			    "the default rules%s%s",
			    live->name, sg_strbuf_failed(&counts) ? "?" : counts.data, live->nunmanaged,
			    live->nunmanaged == 1 ? "" : "s", res.nnotes, res.nnotes == 1 ? "" : "s", res.nnamed,
			    res.nnamed == 1 ? "" : "s", res.ndefault, dest ? "; wrote " : "", dest ? dest : "");
		sg_strbuf_release(&counts);
	}
	sg_inspect_result_release(&res);
	sg_schema_free(live);
	return rc == 0 ? SG_EXIT_OK : finish(ctx, &err);
}
