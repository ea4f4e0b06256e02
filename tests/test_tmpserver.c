/*
 * Integration tests for the throwaway server: it works, and it leaves no
 * process and no directory behind on any exit path of its starter: a clean
 * stop, a failed assertion (abort), SIGKILL, SIGTERM and SIGINT.
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "schemagen/conn.h"
#include "schemagen/tmpserver.h"

static bool dir_exists(const char *dir)
{
	struct stat st;
	return stat(dir, &st) == 0;
}

static bool process_exists(pid_t pid)
{
	return kill(pid, 0) == 0 || errno != ESRCH;
}

/* Wait up to 20 s for both the directory and the process to disappear. */
static bool gone_eventually(const char *dir, pid_t pid)
{
	for (int i = 0; i < 2000; i++) {
		if (!dir_exists(dir) && !process_exists(pid))
			return true;
		usleep(10000);
	}
	return false;
}

static void test_tmpserver__start_query_stop(void **state)
{
	(void)state;
	sg_error err = {0};
	sg_tmpserver *srv = NULL;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if (sg_tmpserver_start(&srv, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	clock_gettime(CLOCK_MONOTONIC, &t1);
	print_message("throwaway server started in %ld ms\n",
		      (long)((t1.tv_sec - t0.tv_sec) * 1000 + (t1.tv_nsec - t0.tv_nsec) / 1000000));
	char *dir = strdup(sg_tmpserver_dir(srv));
	pid_t pid = sg_tmpserver_pid(srv);
	assert_true(dir_exists(dir));
	assert_true(pid > 0 && process_exists(pid));

	PGconn *conn = NULL;
	if (sg_conn_open(&conn, sg_tmpserver_url(srv), "test", &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	char *v = sg_test_scalar(conn, "SELECT current_setting('fsync') || ' ' || current_setting('listen_addresses')");
	assert_string_equal(v, "off ");
	free(v);
	char *who = sg_test_scalar(conn, "SELECT current_user");
	assert_string_equal(who, "postgres");
	free(who);
	PQfinish(conn);

	sg_tmpserver_stop(srv);
	/* stop() waits, so both are gone at once, not eventually. */
	assert_false(dir_exists(dir));
	assert_false(process_exists(pid));
	free(dir);
}

enum death { DIE_ABORT, DIE_SIGKILL, DIE_SIGTERM, DIE_SIGINT, DIE_COUNT };

/*
 * Start a server in a child process and let the child die the given way;
 * then the directory and the postmaster must go away by themselves.
 * All four children run at once to keep the test short.
 */
static void test_tmpserver__cleanup_when_starter_dies(void **state)
{
	(void)state;
	static const char *const names[] = {"abort", "SIGKILL", "SIGTERM", "SIGINT"};
	pid_t child[DIE_COUNT];
	int fds[DIE_COUNT][2];
	for (int d = 0; d < DIE_COUNT; d++) {
		assert_int_equal(pipe(fds[d]), 0);
		fflush(NULL);
		child[d] = fork();
		assert_true(child[d] >= 0);
		if (child[d] == 0) {
			close(fds[d][0]);
			sg_error err = {0};
			sg_tmpserver *srv = NULL;
			if (sg_tmpserver_start(&srv, &err) != 0) {
				fprintf(stderr, "%s\n", sg_error_message(&err));
				_exit(3);
			}
			char msg[512];
			int n =
			    snprintf(msg, sizeof(msg), "%ld %s\n", (long)sg_tmpserver_pid(srv), sg_tmpserver_dir(srv));
			if (write(fds[d][1], msg, (size_t)n) != n)
				_exit(4);
			if (d == DIE_ABORT)
				abort(); /* what a failed assertion does */
			for (;;)
				pause(); /* wait for the parent's signal */
		}
		close(fds[d][1]);
	}
	for (int d = 0; d < DIE_COUNT; d++) {
		char buf[512] = {0};
		ssize_t n = read(fds[d][0], buf, sizeof(buf) - 1);
		close(fds[d][0]);
		if (n <= 0)
			fail_msg("child for %s did not start a server", names[d]);
		long pid = strtol(buf, NULL, 10);
		char dir[480];
		assert_int_equal(sscanf(strchr(buf, ' ') ? strchr(buf, ' ') + 1 : buf, "%479s", dir), 1);
		assert_true(dir_exists(dir));
		static const int sigs[] = {0, SIGKILL, SIGTERM, SIGINT};
		if (sigs[d])
			kill(child[d], sigs[d]);
		int status;
		waitpid(child[d], &status, 0);
		assert_true(WIFSIGNALED(status));
		if (!gone_eventually(dir, (pid_t)pid))
			fail_msg("after %s of the starter, '%s' or postmaster %ld is still there", names[d], dir, pid);
	}
}

static void test_tmpserver__bad_bindir_is_a_clear_error(void **state)
{
	(void)state;
	setenv("SCHEMAGEN_PG_BINDIR", "/nonexistent/bin", 1);
	sg_error err = {0};
	sg_tmpserver *srv = NULL;
	assert_int_equal(sg_tmpserver_start(&srv, &err), -1);
	assert_null(srv);
	assert_string_equal(sg_error_message(&err),
			    "SCHEMAGEN_PG_BINDIR '/nonexistent/bin' has no initdb and postgres programs");
	sg_error_clear(&err);
	unsetenv("SCHEMAGEN_PG_BINDIR");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_tmpserver__start_query_stop),
	    cmocka_unit_test(test_tmpserver__cleanup_when_starter_dies),
	    cmocka_unit_test(test_tmpserver__bad_bindir_is_a_clear_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
