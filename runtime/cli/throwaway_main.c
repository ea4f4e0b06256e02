/*
 * `with-throwaway-postgres [--] COMMAND [ARG...]`: start a throwaway
 * PostgreSQL server, run COMMAND with DATABASE_URL pointing at it, stop the
 * server and exit with COMMAND's status.  The test suite and the demo run
 * under it so that one server serves the whole run.  With no command it
 * prints the URL and keeps the server until stdin closes or it is signalled.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "schemagen/exit.h"
#include "schemagen/tmpserver.h"

static volatile sig_atomic_t child_pid;
static volatile sig_atomic_t stop_requested;

/* Pass SIGTERM/SIGINT on to the command, then clean up once it has gone. */
static void forward_signal(int sig)
{
	stop_requested = 1;
	if (child_pid > 0)
		kill((pid_t)child_pid, sig);
}

int main(int argc, char **argv)
{
	int first = 1;
	if (first < argc && (strcmp(argv[first], "-h") == 0 || strcmp(argv[first], "--help") == 0)) {
		printf("usage: with-throwaway-postgres [--] COMMAND [ARG...]\n\n"
		       "Start a throwaway PostgreSQL server (initdb into a temporary directory, a unix\n"
		       "socket only), run COMMAND with DATABASE_URL set to it, then stop the server and\n"
		       "remove the directory.  Exits with COMMAND's status.  Without COMMAND, prints\n"
		       "DATABASE_URL and waits until standard input closes.\n");
		return SG_EXIT_OK;
	}
	if (first < argc && strcmp(argv[first], "--") == 0)
		first++;

	sg_error err = {0};
	sg_tmpserver *srv = NULL;
	if (sg_tmpserver_start(&srv, &err) != 0) {
		fprintf(stderr, "with-throwaway-postgres: error: %s\n", sg_error_message(&err));
		int code = sg_exit_code_for(err.kind);
		sg_error_clear(&err);
		return code;
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = forward_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);

	int code = SG_EXIT_OK;
	if (first >= argc) {
		printf("DATABASE_URL='%s'\n", sg_tmpserver_url(srv));
		fflush(stdout);
		char buf[256];
		while (!stop_requested && (fread(buf, 1, sizeof(buf), stdin) > 0 || (ferror(stdin) && errno == EINTR)))
			clearerr(stdin);
	} else {
		setenv("DATABASE_URL", sg_tmpserver_url(srv), 1);
		fflush(NULL);
		pid_t pid = fork();
		if (pid == 0) {
			signal(SIGINT, SIG_DFL);
			signal(SIGTERM, SIG_DFL);
			signal(SIGHUP, SIG_DFL);
			execvp(argv[first], argv + first);
			fprintf(stderr, "with-throwaway-postgres: error: cannot run '%s': %s\n", argv[first],
				strerror(errno));
			_exit(127);
		}
		if (pid < 0) {
			fprintf(stderr, "with-throwaway-postgres: error: fork: %s\n", strerror(errno));
			code = SG_EXIT_DB;
		} else {
			child_pid = pid;
			int status = 0;
			while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
				;
			code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
		}
	}
	sg_tmpserver_stop(srv);
	return code;
}
