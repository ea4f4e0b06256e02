/*
 * A throwaway PostgreSQL server (docs/design.md §8): initdb into a private
 * temporary directory, a server listening only on a unix socket inside it,
 * and everything stopped and removed afterwards, on every exit path.
 *
 * A small guardian process owns the server and the directory.  It waits on a
 * pipe from the process that started it; when that pipe closes, because
 * sg_tmpserver_stop() closed it or because the starter exited or was killed
 * (even by SIGKILL), the guardian stops the server and removes the directory.
 * As root the server runs as an unprivileged user, since PostgreSQL refuses
 * to run as root.
 */
#ifndef SCHEMAGEN_TMPSERVER_H
#define SCHEMAGEN_TMPSERVER_H

#include <sys/types.h>

#include "schemagen/export.h"
#include "schemagen/error.h"

SG_BEGIN_DECLS

/** A running throwaway server.  Opaque. */
typedef struct sg_tmpserver sg_tmpserver;

/**
 * Find the PostgreSQL server programs: $SCHEMAGEN_PG_BINDIR, `pg_config
 * --bindir`, the directory of `initdb` on PATH, then the newest
 * /usr/lib/postgresql/N/bin.
 * \param out receives a malloc'd directory path owned by the caller (free());
 *        NULL on failure
 * \return 0, or -1 with err set (SG_ERR_SYSTEM) naming what to install
 */
SG_API int sg_tmpserver_find_bindir(char **out, sg_error *err);

/**
 * Start a server; takes about a second.  Forks the guardian process; the
 * caller must not reap children it did not start (waitpid(-1, ...)).
 * \param out receives the server, owned by the caller until sg_tmpserver_stop();
 *        NULL on failure (nothing is left running or on disk then)
 * \return 0, or -1 with err set (SG_ERR_SYSTEM) and the server's log tail in the message
 */
SG_API int sg_tmpserver_start(sg_tmpserver **out, sg_error *err);

/** A libpq conninfo string for the `postgres` database as superuser `postgres`.  Owned by srv, valid until
 * sg_tmpserver_stop(). */
SG_API const char *sg_tmpserver_url(const sg_tmpserver *srv);

/** The temporary directory holding the cluster and its socket.  Owned by srv, valid until sg_tmpserver_stop(). */
SG_API const char *sg_tmpserver_dir(const sg_tmpserver *srv);

/** The postmaster's process id. */
SG_API pid_t sg_tmpserver_pid(const sg_tmpserver *srv);

/**
 * Stop the server, remove its directory and free `srv`; waits until both are
 * gone.  Accepts NULL.  Call it only in the process that started the server.
 */
SG_API void sg_tmpserver_stop(sg_tmpserver *srv);

SG_END_DECLS

#endif
