/*
 * The migration lock (DESIGN.md §6): a session-level advisory lock held for a
 * whole run, taken by polling pg_try_advisory_lock so that a waiting instance
 * holds no transaction or snapshot between polls (a waiter blocked in
 * pg_advisory_lock deadlocks with CREATE INDEX CONCURRENTLY).
 *
 * The key is documented and computable in SQL: the first 8 bytes of
 * SHA-256('schema.table'), read as a big-endian signed bigint:
 *   ('x' || left(encode(sha256(convert_to('public.schema_migrations', 'UTF8')), 'hex'), 16))::bit(64)::bigint
 */
#ifndef SG_LOCK_H
#define SG_LOCK_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "schemagen/error.h"

/* The advisory lock key for tracking table schema.table (names unquoted, as stored in the catalog). */
int64_t sg_lock_key(const char *schema, const char *table);

/* Called once when the lock is busy and the wait goes on, with a description of the holder. */
typedef void (*sg_lock_wait_fn)(const char *holder, void *userdata);

/*
 * Take the lock, polling pg_try_advisory_lock with a growing pause (10 ms up to
 * 250 ms).  timeout_ms < 0 waits for ever.  Gives up, with err set
 * (SG_ERR_DB), when the timeout expires (the message names the holder: pid,
 * application_name, since when) or when *interrupted becomes non-zero.  On
 * servers that have it, the same round trip sets
 * client_connection_check_interval so that a killed client's session ends
 * (and its lock goes) within a second even in the middle of a statement.
 */
int sg_lock_acquire(PGconn *conn, int64_t key, long timeout_ms, const volatile sig_atomic_t *interrupted,
		    sg_lock_wait_fn on_wait, void *userdata, sg_error *err);

/*
 * The same, sending `then` (a query without parameters) in the round trip of
 * the first attempt, in a transaction of its own after the lock's.  When that
 * attempt takes the lock, *then_result is its result (the caller PQclears it;
 * it may be an error); otherwise *then_result is NULL and the caller runs the
 * query itself once the lock is held.
 */
int sg_lock_acquire_then(PGconn *conn, int64_t key, long timeout_ms, const volatile sig_atomic_t *interrupted,
			 sg_lock_wait_fn on_wait, void *userdata, const char *then, PGresult **then_result,
			 sg_error *err);

/*
 * Describe the session holding the lock: `pid 123 (application_name 'x',
 * connected since ..., in its current state since ...)`, or `no session` when
 * none holds it.  *out is malloc'd, owned by the caller.
 */
int sg_lock_describe_holder(char **out, PGconn *conn, int64_t key, sg_error *err);

/*
 * Release the lock.  *was_held is false when the server says this session did
 * not hold it, which happens behind a transaction-pooling proxy.
 */
int sg_lock_release(PGconn *conn, int64_t key, bool *was_held, sg_error *err);

#endif
