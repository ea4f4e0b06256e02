/*
 * A real PgBouncer (Debian's pgbouncer) in front of the test server, for the
 * suites that run `migrate` through a pooler (bouncer_util.h).
 */
#define _GNU_SOURCE
#include "bouncer_util.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "test_migrate_util.h"

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
}

static const char *pgbouncer_path(void)
{
	static const char *const candidates[] = {"/usr/sbin/pgbouncer", "/usr/bin/pgbouncer",
						 "/usr/local/bin/pgbouncer"};
	for (size_t i = 0; i < sizeof(candidates) / sizeof(candidates[0]); i++)
		if (access(candidates[i], X_OK) == 0)
			return candidates[i];
	fail_msg("pgbouncer is not installed: run scripts/setup.sh (Debian package 'pgbouncer')");
	return NULL;
}

/* The account PgBouncer runs as when we are root (it refuses root), as tmpserver.c picks the server's. */
static const struct passwd *bouncer_account(void)
{
	if (geteuid() != 0)
		return NULL;
	const char *name = getenv("SCHEMAGEN_PG_USER");
	const struct passwd *pw = getpwnam(name && name[0] ? name : "postgres");
	return pw ? pw : getpwnam("nobody");
}

/* The value of `key` in the server's conninfo, or "". */
static void conninfo_value(char *buf, size_t size, const char *conninfo, const char *key)
{
	buf[0] = '\0';
	PQconninfoOption *opts = PQconninfoParse(conninfo, NULL);
	assert_non_null(opts);
	for (PQconninfoOption *o = opts; o->keyword; o++)
		if (strcmp(o->keyword, key) == 0 && o->val)
			snprintf(buf, size, "%s", o->val);
	PQconninfoFree(opts);
}

void mt_bouncer_start(mt_bouncer *b, const char *server_url, const char *dbname, const char *mode)
{
	const char *exe = pgbouncer_path();
	const struct passwd *pw = bouncer_account();
	b->dir = mt_mkdir();
	if (pw)
		assert_int_equal(chown(b->dir, pw->pw_uid, pw->pw_gid), 0);
	char host[512], port[32], user[128], password[256];
	conninfo_value(host, sizeof(host), server_url, "host");
	conninfo_value(port, sizeof(port), server_url, "port");
	conninfo_value(user, sizeof(user), server_url, "user");
	conninfo_value(password, sizeof(password), server_url, "password");
	char ini[4096], path[700];
	/* auth_type any: clients do not log in to the pooler; it logs in to the server as the test's user. */
	snprintf(ini, sizeof(ini),
		 "[databases]\n* = host=%s port=%s user=%s%s%s\n"
		 "[pgbouncer]\nlisten_addr =\nlisten_port = 6432\nunix_socket_dir = %s\nauth_type = any\n"
		 "pool_mode = %s\ndefault_pool_size = 20\nmax_client_conn = 200\nlogfile = %s/pgbouncer.log\n"
		 "pidfile = %s/pgbouncer.pid\nignore_startup_parameters = extra_float_digits\n",
		 host[0] ? host : "localhost", port[0] ? port : "5432", user[0] ? user : "postgres",
		 password[0] ? " password=" : "", password, b->dir, mode, b->dir, b->dir);
	snprintf(path, sizeof(path), "%s/pgbouncer.ini", b->dir);
	mt_write(b->dir, "pgbouncer.ini", ini);
	if (pw)
		assert_int_equal(chown(path, pw->pw_uid, pw->pw_gid), 0);
	pid_t parent = getpid();
	fflush(NULL);
	b->pid = fork();
	assert_true(b->pid >= 0);
	if (b->pid == 0) {
		char logpath[700];
		snprintf(logpath, sizeof(logpath), "%s/stderr.log", b->dir);
		int log = open(logpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (log >= 0) {
			dup2(log, 1);
			dup2(log, 2);
			close(log);
		}
		if (pw && (setgroups(0, NULL) != 0 || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0))
			_exit(127);
		/* Never outlive the test, whatever ends it. */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent)
			_exit(1);
		execl(exe, "pgbouncer", path, (char *)NULL);
		_exit(127);
	}
	snprintf(b->url, sizeof(b->url), "host=%s port=6432 dbname=%s user=%s", b->dir, dbname,
		 user[0] ? user : "postgres");
	for (int i = 0; i < 200; i++) {
		if (PQping(b->url) == PQPING_OK)
			return;
		int status;
		if (waitpid(b->pid, &status, WNOHANG) == b->pid) {
			snprintf(path, sizeof(path), "%s/pgbouncer.log", b->dir);
			char *log = mt_slurp(path);
			fail_msg("pgbouncer exited at start-up: %s", log);
		}
		sleep_ms(25);
	}
	fail_msg("pgbouncer did not accept connections within 5 s");
}

void mt_bouncer_stop(mt_bouncer *b)
{
	if (b->pid > 0) {
		kill(b->pid, SIGTERM);
		mt_wait(b->pid);
	}
	mt_rmdir(b->dir);
	b->pid = 0;
	b->dir = NULL;
}
