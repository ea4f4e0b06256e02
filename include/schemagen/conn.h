/*
 * Connecting to PostgreSQL: a libpq URI or conninfo string from the caller or
 * $DATABASE_URL, with an error message that names the server and never shows a
 * password.
 */
#ifndef SCHEMAGEN_CONN_H
#define SCHEMAGEN_CONN_H

#include <libpq-fe.h>

#include "schemagen/export.h"
#include "schemagen/error.h"

SG_BEGIN_DECLS

/**
 * Open a connection.  Its client_encoding is UTF8 whatever the URL says:
 * migration files, models and output are UTF-8, and the server converts to
 * and from the database's encoding.
 * \param out receives the connection, owned by the caller (PQfinish); NULL on failure
 * \param url a libpq URI or conninfo string; NULL or "" means $DATABASE_URL
 * \param application_name shown in pg_stat_activity unless the URL sets one; may be NULL
 * \param err on failure (may be NULL): SG_ERR_INPUT when no database was named
 *        or the URL does not parse, SG_ERR_DB when the server cannot be reached
 *        or refuses (the message names the server, never the password),
 *        SG_ERR_SYSTEM when memory runs out
 * \return 0 or -1
 */
SG_API int sg_conn_open(PGconn **out, const char *url, const char *application_name, sg_error *err);

/**
 * The same connection string pointing at another database: every other
 * setting of `url` is kept.
 * \param out receives a malloc'd conninfo string owned by the caller (free());
 *        NULL on failure
 * \param url a libpq URI or conninfo string (NULL or "" means $DATABASE_URL;
 *        with neither, only dbname is set)
 * \param dbname the database to use instead; must not be NULL
 * \return 0, or -1 with err set: SG_ERR_INPUT when the URL does not parse,
 *         SG_ERR_SYSTEM when memory runs out
 */
SG_API int sg_conn_url_with_dbname(char **out, const char *url, const char *dbname, sg_error *err);

/**
 * Describe where a connection goes, for messages: `database 'db' on host 'h' port 'p'`.
 * Never includes the password.  Cannot fail.
 * \param conn a connection, in any state; must not be NULL
 * \param buf receives the text, NUL-terminated and cut to bufsize bytes
 * \param bufsize the size of buf; at least 1
 * \return buf
 */
SG_API const char *sg_conn_describe(const PGconn *conn, char *buf, size_t bufsize);

SG_END_DECLS

#endif
