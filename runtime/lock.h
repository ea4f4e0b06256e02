/*
 * The migration lock (DESIGN.md §6), taken by polling so that a waiting
 * instance holds no transaction or snapshot between polls (a waiter blocked in
 * pg_advisory_lock deadlocks with CREATE INDEX CONCURRENTLY).
 *
 * The key is documented and computable in SQL: the first 8 bytes of
 * SHA-256('schema.table'), read as a big-endian signed bigint:
 *   ('x' || left(encode(sha256(convert_to('public.schema_migrations', 'UTF8')), 'hex'), 16))::bit(64)::bigint
 *
 * It is a session-level advisory lock on the runner's connection.  The first
 * attempt also finds out, in its own round trip, whether a proxy is in
 * between: directly connected, the server session that answers is the one
 * whose pid libpq got at start-up (a pooler hands out its own cancel key).
 * Behind a proxy, a short probe with a second connection tells session
 * pooling from transaction pooling; transaction and statement pooling are
 * refused (SG_ERR_REFUSED).  Behind a session pool the lock is then a
 * transaction-level advisory lock held by an open transaction on that second
 * connection, which pins its server session in any pooling mode, so the lock
 * cannot outlive the run even if the probe was wrong; when the pool had no
 * session free for the probe (a full session pool), it is the session lock,
 * taken only in the server session bound to the runner's connection
 * (docs/migrate.md).
 */
#ifndef SG_LOCK_H
#define SG_LOCK_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "schemagen/error.h"
#include "schemagen/migrate.h"

/* The advisory lock key for tracking table schema.table (names unquoted, as stored in the catalog). */
int64_t sg_lock_key(const char *schema, const char *table);

/* Called once when the lock is busy and the wait goes on, with a description of the holder. */
typedef void (*sg_lock_wait_fn)(const char *holder, void *userdata);

/* The lock of one run. */
typedef struct sg_lock {
	int bound_pid; /* behind a session pool: the server session the probe saw bound to the connection */
	PGconn *pin;   /* behind a session pool: the connection whose open transaction holds the lock (owned) */
	bool held;
} sg_lock;

/* How to take it. */
typedef struct sg_lock_request {
	PGconn *conn;	 /* the runner's connection */
	const char *url; /* what conn was opened with (NULL: $DATABASE_URL), for the probe's connection */
	const char *app; /* application_name of the probe's connection */
	int64_t key;
	long timeout_ms; /* < 0: wait for ever */
	const volatile sig_atomic_t *interrupted;
	sg_lock_wait_fn on_wait;
	void *userdata;
	/*
	 * A query without parameters sent in the round trip of the first
	 * attempt, in a transaction of its own after the lock's.  When that
	 * attempt takes the lock, *then_result is its result (the caller
	 * PQclears it; it may be an error); otherwise NULL and the caller runs
	 * the query itself once the lock is held.
	 */
	const char *then;
} sg_lock_request;

/*
 * Take the lock, polling with a growing pause (10 ms up to 250 ms).  Gives
 * up with err set: SG_ERR_DB when the timeout expires (the message names the
 * holder: pid, application_name, since when), when *interrupted becomes
 * non-zero, or on a connection failure; SG_ERR_REFUSED behind a transaction
 * or statement pooler (the message names the fix).  On servers that have it,
 * the runner's session gets client_connection_check_interval = 1 s so that a
 * killed client's session ends (and its lock goes) within a second even in
 * the middle of a statement.  On failure nothing is held.
 */
int sg_lock_acquire(sg_lock *lk, const sg_lock_request *rq, PGresult **then_result, sg_error *err);

/*
 * Whether the lock is still held, without a round trip: false, with err set,
 * when the second connection holding it was closed (a pooler's
 * idle_transaction_timeout, an administrator).  Always true otherwise.
 */
bool sg_lock_check(sg_lock *lk, sg_error *err);

/*
 * Release the lock (conn is the runner's connection).  *was_held is false
 * when it turns out not to have been held; behind a pooler the server
 * session that kept it is then ended if it is idle, and `note` says what
 * happened to it (else it is "").  `lk` is zeroed.
 */
int sg_lock_release(sg_lock *lk, PGconn *conn, int64_t key, bool *was_held, char *note, size_t notesize, sg_error *err);

/*
 * The session holding the lock, from pg_locks and pg_stat_activity: *out is
 * NULL when no session holds it, else owned by the caller
 * (sg_lock_holder_free).  Fields the role may not see are empty.
 */
int sg_lock_holder_get(sg_migrate_lock_holder **out, PGconn *conn, int64_t key, sg_error *err);
void sg_lock_holder_free(sg_migrate_lock_holder *h);

/*
 * `pid 123 (application_name 'x', from local socket, connected since ...,
 * active since ...)`, or `no session (it was just released)` for NULL.
 * *out is malloc'd, owned by the caller; NULL when out of memory.
 */
char *sg_lock_holder_describe(const sg_migrate_lock_holder *h);

/* sg_lock_holder_get then sg_lock_holder_describe. */
int sg_lock_describe_holder(char **out, PGconn *conn, int64_t key, sg_error *err);

#endif
