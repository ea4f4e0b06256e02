/*
 * PgBouncer for the integration suites: started in front of the test server in
 * one pooling mode, listening only on a unix socket in a private directory,
 * running as the server's account when the suite runs as root (as the server
 * does, runtime/tmpserver.c), and never outliving the test.
 */
#ifndef SG_TEST_BOUNCER_UTIL_H
#define SG_TEST_BOUNCER_UTIL_H

#include <sys/types.h>

typedef struct mt_bouncer {
	pid_t pid;
	char *dir;
	char url[1024]; /* to `dbname`, through the pooler */
} mt_bouncer;

/*
 * Start PgBouncer in `mode` (session, transaction, statement) in front of the
 * server `server_url` names; wait until it accepts connections to `dbname`.
 * Every database of the server is reachable through it (b->url with another
 * dbname).  Fails the test when it cannot.
 */
void mt_bouncer_start(mt_bouncer *b, const char *server_url, const char *dbname, const char *mode);
/* Stop it and remove its directory. */
void mt_bouncer_stop(mt_bouncer *b);

#endif
