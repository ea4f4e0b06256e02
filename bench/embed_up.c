/*
 * bench/migrate.sh's start-up application: `embed_up embedded URL` runs the
 * runner's `up` over the set compiled into it (schemagen-embed's C, the
 * variable bench_migrations), `embed_up dir URL DIR` over the directory DIR.
 * The same binary both ways, so the set's size on disk and in memory is paid
 * by both and only the source differs.  Exits with the runner's exit code.
 */
#include <stdio.h>
#include <string.h>

#include "schemagen/migrate.h"

extern const sg_migrate_embedded bench_migrations;

int main(int argc, char **argv)
{
	if (argc < 3 || (strcmp(argv[1], "dir") == 0 && argc < 4)) {
		fprintf(stderr, "usage: embed_up embedded URL | embed_up dir URL DIR\n");
		return 2;
	}
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.database_url = argv[2];
	sg_migrate_source src;
	sg_error err = {0};
	if (strcmp(argv[1], "embedded") == 0) {
		if (sg_migrate_source_embedded(&src, &bench_migrations, &err) != 0)
			goto fail;
		opts.source = &src;
	} else {
		opts.migrations_dir = argv[3];
	}
	sg_migrate_result res;
	if (sg_migrate_on_start(&opts, &res, &err) != 0)
		goto fail;
	printf("%d applied, at %s\n", res.count, res.version_text[0] ? res.version_text : "none");
	return 0;
fail:
	fprintf(stderr, "embed_up: error: %s\n", sg_error_message(&err));
	int code = sg_exit_code_for(err.kind);
	sg_error_clear(&err);
	return code;
}
