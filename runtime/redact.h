/*
 * Keeping passwords out of messages.  libpq's own messages about a
 * connection string echo it (`invalid percent-encoded token: "s3cr3t%zz"`,
 * `end of string reached when looking for matching "]" in IPv6 host address
 * in URI: "postgresql://u:s3cr3t@[::1/db"`): the connection string is
 * parsed again with its passwords replaced before anything is reported, and
 * messages about a connection lose every password they could hold.
 */
#ifndef SG_REDACT_H
#define SG_REDACT_H

#include "schemagen/error.h"

/* What replaces a password in a connection string shown in a message. */
#define SG_REDACTED "REDACTED"

/*
 * A copy of `target` (a libpq URI or key=value conninfo) with every
 * password replaced by SG_REDACTED: the URI's user info and `password`
 * query parameter, a conninfo `password` value (and a bare word right after
 * it: the rest of a password with an unquoted space), the same inside a
 * `dbname` that is itself a connection string.  malloc'd, owned by the
 * caller; NULL when out of memory.
 */
char *sg_redact_target(const char *target);

/*
 * Check that `target` parses (PQconninfoParse).  On failure sets err
 * (SG_ERR_INPUT, "invalid database URL: ...") with libpq's message about the
 * redacted copy, or, when only the password is at fault, a message saying
 * so without showing it.
 */
int sg_redact_check(const char *target, sg_error *err);

/*
 * Replace in err's message every password `target` holds (as written and
 * percent-decoded) and $PGPASSWORD by SG_REDACTED.  Passwords shorter than
 * four bytes are left: they are too likely to be ordinary words of the
 * message, and libpq never echoes a password it connects with.
 */
void sg_redact_error(sg_error *err, const char *target);

#endif
