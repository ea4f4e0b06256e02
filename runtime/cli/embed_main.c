/*
 * `schemagen-embed DIR`: a migrations directory as a C source that defines a
 * `const sg_migrate_embedded` (schemagen/migrate.h), for an application that
 * migrates at start-up with no directory to ship.  The file set is checked as
 * the runner checks it (exit 2 naming the files), so a bad set fails the
 * build rather than the deploy.  --depfile lets meson or make regenerate the
 * source when a migration is added, removed or changed.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "embed.h"
#include "embedded.h"
#include "files.h"
#include "schemagen/exit.h"
#include "strbuf.h"

static const char usage[] =
    "usage: schemagen-embed [options] DIR\n"
    "\n"
    "Write the migration files of DIR as a C source defining 'const sg_migrate_embedded NAME',\n"
    "for sg_migrate_source_embedded() (schemagen/migrate.h): no directory at run time.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE           write the C source into FILE (default: standard output)\n"
    "  -n, --name NAME             the variable's name, a C identifier (default 'schemagen_migrations')\n"
    "      --description TEXT      what messages call the files' directory (default: DIR as given)\n"
    "      --depfile FILE          also write a make-style depfile for FILE: DIR and every file\n"
    "  -h, --help                  show help and exit\n"
    "  -V, --version               show the version and exit\n"
    "\n"
    "Exit codes: 0 ok, 1 cannot write, 2 bad usage or a bad file set (named as migrate names it).\n";

static int fail(sg_error *err)
{
	fprintf(stderr, "schemagen-embed: error: %s\n", sg_error_message(err));
	int code = sg_exit_code_for(err->kind);
	sg_error_clear(err);
	return code;
}

/* Check DIR's whole listing as the runner would, and warn of names it would ignore. */
static int check_dir(const char *dir, sg_error *err)
{
	char **names = NULL;
	size_t n = 0;
	if (sg_files_list_dir(&names, &n, dir, err) != 0)
		return -1;
	sg_mfile_set set = {0};
	int rc = sg_files_collect(&set, (const char *const *)names, n, err);
	if (rc != 0)
		sg_error_prefix(err, "in '%s'", dir);
	for (size_t i = 0; rc == 0 && i < set.near_n; i++)
		fprintf(stderr,
			"schemagen-embed: warning: '%s/%s' is not embedded: migration files are named "
			"VERSION_name.up.sql and VERSION_name.down.sql\n",
			dir, set.near[i]);
	sg_files_set_release(&set);
	sg_files_names_free(names, n);
	return rc;
}

/* Write `text` into `path` through a temporary file renamed over it: never a half-written source. */
static int write_file(const char *path, int (*writer)(FILE *, const void *, sg_error *), const void *arg, sg_error *err)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	sg_strbuf_addf(&tmp, "%s.tmp%ld", path, (long)getpid());
	FILE *f = fopen(tmp.data, "w");
	int rc = f ? writer(f, arg, err)
		   : sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", tmp.data, strerror(errno));
	if (f && fclose(f) != 0 && rc == 0)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", tmp.data, strerror(errno));
	if (rc == 0 && rename(tmp.data, path) != 0)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "cannot write '%s': %s", path, strerror(errno));
	if (rc != 0 && f)
		unlink(tmp.data);
	sg_strbuf_release(&tmp);
	return rc;
}

typedef struct job {
	const sg_migrate_embedded *set;
	const char *symbol, *output, *dir;
} job;

static int write_c(FILE *f, const void *arg, sg_error *err)
{
	const job *j = arg;
	return sg_embed_write_c(f, j->set, j->symbol, err);
}

static int write_dep(FILE *f, const void *arg, sg_error *err)
{
	const job *j = arg;
	return sg_embed_write_depfile(f, j->output, j->dir, j->set, err);
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
	    {"output", required_argument, NULL, 'o'},
	    {"name", required_argument, NULL, 'n'},
	    {"description", required_argument, NULL, 'D'},
	    {"depfile", required_argument, NULL, 'M'},
	    {"help", no_argument, NULL, 'h'},
	    {"version", no_argument, NULL, 'V'},
	    {NULL, 0, NULL, 0},
	};
	const char *output = NULL, *symbol = "schemagen_migrations", *description = NULL, *depfile = NULL;
	sg_error err = {0};
	int c;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "+o:n:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			output = optarg;
			break;
		case 'n':
			symbol = optarg;
			break;
		case 'D':
			description = optarg;
			break;
		case 'M':
			depfile = optarg;
			break;
		case 'h':
			fputs(usage, stdout);
			return SG_EXIT_OK;
		case 'V':
			printf("schemagen-embed %s\n", SG_VERSION);
			return SG_EXIT_OK;
		default:
			sg_error_set(&err, SG_ERR_INPUT, "unknown option or missing value: '%s' (see --help)",
				     argv[optind - 1]);
			return fail(&err);
		}
	}
	if (argc - optind != 1) {
		sg_error_set(&err, SG_ERR_INPUT, "give one migrations directory (see --help)");
		return fail(&err);
	}
	if (!sg_embed_valid_symbol(symbol)) {
		sg_error_set(&err, SG_ERR_INPUT, "name '%s' is not a C identifier", symbol);
		return fail(&err);
	}
	if (depfile && !output) {
		sg_error_set(&err, SG_ERR_INPUT, "option '--depfile' needs '--output'");
		return fail(&err);
	}
	const char *dir = argv[optind];
	sg_embed_set *s = NULL;
	int rc = check_dir(dir, &err);
	if (rc == 0)
		rc = sg_embed_load(&s, dir, description, &err);
	sg_mfile_set set = {0};
	if (rc == 0) {
		/* The runner's own reading of the embedded names: what the program will accept. */
		rc = sg_embedded_collect(&set, &s->set, &err);
		sg_files_set_release(&set);
	}
	job j = {.set = rc == 0 ? &s->set : NULL, .symbol = symbol, .output = output, .dir = dir};
	if (rc == 0 && output)
		rc = write_file(output, write_c, &j, &err);
	else if (rc == 0)
		rc = sg_embed_write_c(stdout, &s->set, symbol, &err);
	if (rc == 0 && depfile)
		rc = write_file(depfile, write_dep, &j, &err);
	sg_embed_free(s);
	return rc == 0 ? SG_EXIT_OK : fail(&err);
}
