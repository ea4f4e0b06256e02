/*
 * `migrate create NAME`: the next numbered pair of empty migration files, in
 * our numbering or golang-migrate's (`-seq`, `-digits`, `-format`, `-tz`;
 * golang_cli.h).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "files.h"
#include "files_lock.h"
#include "golang_cli.h"
#include "migrate_cli.h"
#include "migrate_out.h"
#include "schemagen/exit.h"

int sg_migrate_cmd_create(sg_cli_ctx *ctx)
{
	sg_mout o = {.ctx = ctx};
	sg_error err = {0};
	if (sg_mout_read_format(&o, &err) != 0)
		return sg_mout_fail(&o, &err);
	sg_golang_create gc;
	char *given = NULL, *name = NULL, *version = NULL, *up = NULL, *down = NULL;
	sg_mfile_set set = {0};
	int lock = -1;
	int rc = sg_golang_create_options(&gc, ctx->args, &err);
	if (rc == 0)
		rc = sg_golang_migrations_dir(&given, ctx->args, &err);
	const char *dir = sg_golang_create_dir(&gc, given);
	/* golang-migrate keeps NAME as written; ours makes it a plain identifier. */
	if (rc == 0 && gc.given) {
		rc = sg_golang_check_name(ctx->args->positional[0], &err);
		if (rc == 0 && !(name = strdup(ctx->args->positional[0])))
			rc = sg_error_set(&err, SG_ERR_SYSTEM, "out of memory");
	} else if (rc == 0) {
		rc = sg_files_normalize_name(&name, ctx->args->positional[0], &err);
	}
	/*
	 * A directory that does not exist yet is created: the first migration starts it.  It is locked
	 * while it is read and the pair written: two creates at once get two numbers (files_lock.h).
	 */
	if (rc == 0 && (lock = sg_files_lock_dir(dir, &err)) < 0)
		rc = -1;
	if (rc == 0) {
		char **names = NULL;
		size_t n = 0;
		sg_error e = {0};
		if (sg_files_list_dir(&names, &n, dir, &e) == 0) {
			rc = sg_files_collect(&set, (const char *const *)names, n, &err);
			sg_files_names_free(names, n);
		} else if (e.kind != SG_ERR_INPUT) {
			rc = sg_error_move(&err, &e);
		}
		sg_error_clear(&e);
	}
	if (rc == 0 && gc.given) {
		struct timespec now;
		clock_gettime(CLOCK_REALTIME, &now);
		rc = sg_golang_create_version(&version, &gc, &set, &now, &err);
	} else if (rc == 0 && !(version = sg_files_next_version(&set, time(NULL)))) {
		rc = sg_error_set(&err, SG_ERR_SYSTEM, "out of memory");
	}
	if (rc == 0)
		rc = sg_files_create_pair(&up, &down, dir, version, name, NULL, NULL, &err);
	sg_files_unlock_dir(lock);
	if (rc == 0) {
		if (o.json) {
			sg_strbuf sb = SG_STRBUF_INIT;
			sg_mout_json_start(&sb, "created");
			sg_mout_json_str(&sb, "version", version);
			sg_mout_json_str(&sb, "up", up);
			sg_mout_json_str(&sb, "down", down);
			sg_mout_json_print(&sb);
		} else if (ctx->log.level >= SG_LOG_INFO) {
			fprintf(stderr, "created %s\ncreated %s\n", up, down);
		}
	}
	free(given);
	free(name);
	free(version);
	free(up);
	free(down);
	sg_files_set_release(&set);
	return rc == 0 ? SG_EXIT_OK : sg_mout_fail(&o, &err);
}
