/*
 * An application that migrates at start-up (README, "Migrating at start-up
 * from C"): its migrations are compiled into it by schemagen-embed (see
 * meson.build), so the deploy ships one binary and no migrations/ directory.
 * Any number of copies may start at once: one applies what is pending, the
 * others wait for its lock and find nothing to do.  On failure it exits with
 * the runner's exit code (1 the database failed, 2 a bad file or URL, 4
 * refused for safety), as `migrate up` would.
 */
#include <stdio.h>
#include <stdlib.h>

#include <schemagen/migrate.h>

/* Defined by the C source schemagen-embed writes from ../../migrations. */
extern const sg_migrate_embedded app_migrations;

int main(void)
{
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.database_url = getenv("DATABASE_URL");
	opts.lock_timeout_ms = 60000; /* another copy may be migrating: wait for it up to a minute */
	opts.application_name = "startup example";
	sg_migrate_source src;
	sg_migrate_result res;
	sg_error err = {0};
	/* sg_migrate_on_start() does nothing when SCHEMAGEN_MIGRATE_ON_START=off (a deploy step migrates). */
	if (sg_migrate_source_embedded(&src, &app_migrations, &err) != 0)
		goto fail;
	opts.source = &src;
	if (sg_migrate_on_start(&opts, &res, &err) != 0)
		goto fail;
	printf("startup: %d applied, at version %s\n", res.count, res.version_text[0] ? res.version_text : "none");
	/* ... serve ... */
	return 0;
fail:
	fprintf(stderr, "startup: migrations failed: %s\n", sg_error_message(&err));
	int code = sg_exit_code_for(err.kind);
	sg_error_clear(&err);
	return code;
}
