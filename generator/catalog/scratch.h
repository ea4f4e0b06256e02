/*
 * Scratch databases for `schemagen check`: on a throwaway server the command
 * starts itself (tmpserver.h), or on a server the user names with
 * --scratch-url.  Every database made here is dropped by sg_scratch_close(),
 * so a check leaves nothing behind on a shared server.
 */
#ifndef SG_SCRATCH_H
#define SG_SCRATCH_H

#include <stddef.h>

#include "schemagen/error.h"
#include "schemagen/tmpserver.h"

typedef struct sg_scratch {
	sg_tmpserver *server; /* NULL with --scratch-url */
	char *admin_url;      /* where CREATE / DROP DATABASE run */
	char **databases;     /* created here, dropped on close */
	size_t ndatabases;
	unsigned next_id;
} sg_scratch;

/*
 * Start: with url NULL, a throwaway server (about 1.5 s); otherwise check
 * that the server behind url can be reached.
 */
int sg_scratch_open(sg_scratch *s, const char *url, sg_error *err);

/*
 * A new empty database (named schemagen_check_PID_N).
 * \param url_out receives a malloc'd conninfo for it, owned by the caller
 */
int sg_scratch_create_db(sg_scratch *s, char **url_out, sg_error *err);

/* Drop every database created here, stop the server, free everything.  Safe on a zeroed struct. */
void sg_scratch_close(sg_scratch *s);

#endif
