/*
 * `migrate` over embedded migrations, for the migrate suites (tests/meson.build
 * runs each of them twice: against `migrate`, and against this build of it).
 *
 * The executable is runtime's migrate_main.c linked with
 * -Wl,--wrap=sg_migrate_new: every runner the commands open reads its
 * directory (-d, $MIGRATIONS_DIR, or "migrations") into an embedded set with
 * schemagen-embed's own reader (runtime/embed.c, the bytes and checksums it
 * writes into the C source) when the process starts, and runs from that set
 * through sg_migrate_source_embedded(): the runner sees no directory.  Each
 * command is a new process, so a file a test edits between two commands is
 * what the next one embeds, as a rebuilt application would.
 */
#include <stdlib.h>

#include "embed.h"
#include "schemagen/migrate.h"

int __real_sg_migrate_new(sg_migrate **out, const sg_migrate_options *opts, sg_error *err);
int __wrap_sg_migrate_new(sg_migrate **out, const sg_migrate_options *opts, sg_error *err);

static void release_set(void *ctx)
{
	/* The set is the first member of the sg_embed_set that sg_embed_load made. */
	sg_embed_free(ctx);
}

int __wrap_sg_migrate_new(sg_migrate **out, const sg_migrate_options *opts, sg_error *err)
{
	if (opts->source)
		return __real_sg_migrate_new(out, opts, err);
	const char *dir = opts->migrations_dir;
	if (!dir || !dir[0])
		dir = getenv("MIGRATIONS_DIR");
	if (!dir || !dir[0])
		dir = "migrations";
	sg_embed_set *set = NULL;
	if (sg_embed_load(&set, dir, NULL, err) != 0)
		return -1;
	sg_migrate_source src;
	if (sg_migrate_source_embedded(&src, &set->set, err) != 0) {
		sg_embed_free(set);
		return -1;
	}
	src.release = release_set;
	sg_migrate_options o = *opts;
	o.source = &src;
	/* The runner releases the source, also when it cannot be created. */
	return __real_sg_migrate_new(out, &o, err);
}
