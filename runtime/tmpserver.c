/*
 * sg_tmpserver: a throwaway PostgreSQL cluster owned by a guardian process.
 *
 * Process tree:  starter --(life pipe)--> guardian --> initdb, then postgres
 *
 * The guardian runs in its own session and ignores SIGINT/SIGTERM/SIGHUP, so
 * a Ctrl-C aimed at the starter cannot kill it before it has cleaned up.  It
 * reports on a status pipe: "S <pid>\n" once postgres was started, "I\n"
 * when initdb failed, "X\n" when postgres exited on its own.  Whatever
 * happens, it removes the directory once the life pipe reads EOF.
 */
#define _GNU_SOURCE
#include "schemagen/tmpserver.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <glob.h>
#include <grp.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "strbuf.h"

#define SERVER_PORT "5432"
#define START_TIMEOUT_MS 60000
#define STOP_GRACE_MS 10000

struct sg_tmpserver {
	char *dir;
	char *url;
	pid_t guardian;
	pid_t postmaster;
	int life_fd;   /* write end; closing it tells the guardian to clean up */
	int status_fd; /* read end of the guardian's reports */
};

/* dir + "/" + name into buf; false when it does not fit. */
static bool join_path(char *buf, size_t size, const char *dir, const char *name)
{
	int n = snprintf(buf, size, "%s/%s", dir, name);
	return n >= 0 && (size_t)n < size;
}

static bool is_executable(const char *dir, const char *prog)
{
	char path[4096];
	return join_path(path, sizeof(path), dir, prog) && access(path, X_OK) == 0;
}

static char *bindir_from_pg_config(void)
{
	FILE *p = popen("pg_config --bindir 2>/dev/null", "r");
	if (!p)
		return NULL;
	char line[4096];
	char *res = NULL;
	if (fgets(line, sizeof(line), p)) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] && is_executable(line, "initdb") && is_executable(line, "postgres"))
			res = strdup(line);
	}
	pclose(p);
	return res;
}

static char *bindir_from_path(void)
{
	const char *path = getenv("PATH");
	if (!path)
		return NULL;
	char *copy = strdup(path);
	char *res = NULL;
	for (char *save = NULL, *dir = strtok_r(copy, ":", &save); dir && !res; dir = strtok_r(NULL, ":", &save)) {
		if (dir[0] && is_executable(dir, "initdb") && is_executable(dir, "postgres"))
			res = strdup(dir);
	}
	free(copy);
	return res;
}

static char *bindir_from_debian_layout(void)
{
	glob_t g;
	if (glob("/usr/lib/postgresql/*/bin", 0, NULL, &g) != 0)
		return NULL;
	char *best = NULL;
	long best_version = -1;
	for (size_t i = 0; i < g.gl_pathc; i++) {
		const char *v = g.gl_pathv[i] + strlen("/usr/lib/postgresql/");
		long version = strtol(v, NULL, 10);
		if (version > best_version && is_executable(g.gl_pathv[i], "initdb") &&
		    is_executable(g.gl_pathv[i], "postgres")) {
			free(best);
			best = strdup(g.gl_pathv[i]);
			best_version = version;
		}
	}
	globfree(&g);
	return best;
}

int sg_tmpserver_find_bindir(char **out, sg_error *err)
{
	*out = NULL;
	const char *env = getenv("SCHEMAGEN_PG_BINDIR");
	if (env && env[0]) {
		if (!is_executable(env, "initdb") || !is_executable(env, "postgres"))
			return sg_error_set(err, SG_ERR_SYSTEM,
					    "SCHEMAGEN_PG_BINDIR '%s' has no initdb and postgres programs", env);
		*out = strdup(env);
	}
	if (!*out)
		*out = bindir_from_pg_config();
	if (!*out)
		*out = bindir_from_path();
	if (!*out)
		*out = bindir_from_debian_layout();
	if (!*out)
		return sg_error_set(err, SG_ERR_SYSTEM,
				    "no PostgreSQL server programs (initdb, postgres) found: install them "
				    "(Debian: apt-get install postgresql), set SCHEMAGEN_PG_BINDIR, or pass a "
				    "database URL");
	return 0;
}

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;
}

static void remove_tree(const char *dir)
{
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* The account the server runs as when we are root; PostgreSQL refuses root. */
static const struct passwd *server_account(void)
{
	if (geteuid() != 0)
		return NULL;
	const char *name = getenv("SCHEMAGEN_PG_USER");
	const struct passwd *pw = getpwnam(name && name[0] ? name : "postgres");
	if (!pw)
		pw = getpwnam("nobody");
	return pw;
}

/* In a child about to exec: become the server account, send output to `logpath`. */
static void child_setup(const struct passwd *pw, const char *logpath)
{
	int devnull = open("/dev/null", O_RDONLY);
	if (devnull >= 0) {
		dup2(devnull, 0);
		close(devnull);
	}
	int log = open(logpath, O_WRONLY | O_CREAT | O_APPEND, 0600);
	if (log >= 0) {
		if (pw && fchown(log, pw->pw_uid, pw->pw_gid) != 0) {
			/* the log stays root's; the server still writes through this fd */
		}
		dup2(log, 1);
		dup2(log, 2);
		close(log);
	}
	if (pw) {
		if (setgroups(0, NULL) != 0 || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
			fprintf(stderr, "cannot switch to user '%s': %s\n", pw->pw_name, strerror(errno));
			_exit(127);
		}
	}
	/* A server must not die with the terminal's signals; the guardian stops it. */
	signal(SIGINT, SIG_DFL);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
}

static void write_status(int fd, const char *msg)
{
	size_t len = strlen(msg);
	while (len > 0) {
		ssize_t n = write(fd, msg, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		msg += n;
		len -= (size_t)n;
	}
}

/* Close every descriptor but 0-2 and the two pipes, so the guardian holds nothing of the starter's. */
static void close_other_fds(int keep_a, int keep_b)
{
	int lo = keep_a < keep_b ? keep_a : keep_b;
	int hi = keep_a < keep_b ? keep_b : keep_a;
	if (lo > 3)
		close_range(3, (unsigned)lo - 1, 0);
	if (hi > lo + 1)
		close_range((unsigned)lo + 1, (unsigned)hi - 1, 0);
	close_range((unsigned)hi + 1, ~0U, 0);
}

static void stop_postmaster(pid_t pid)
{
	/* SIGINT is PostgreSQL's fast shutdown; SIGQUIT its immediate one. */
	int sigs[] = {SIGINT, SIGQUIT, SIGKILL};
	for (int i = 0; i < 3; i++) {
		if (kill(pid, sigs[i]) != 0 && errno == ESRCH)
			break;
		long deadline = now_ms() + (i == 2 ? 60000 : STOP_GRACE_MS / 2);
		while (now_ms() < deadline) {
			pid_t r = waitpid(pid, NULL, WNOHANG);
			if (r == pid || (r < 0 && errno == ECHILD))
				return;
			usleep(10000);
		}
	}
}

static int run_initdb(const char *bindir, const char *dir, const struct passwd *pw)
{
	char initdb[4096], data[4096], logpath[4096];
	if (!join_path(initdb, sizeof(initdb), bindir, "initdb") || !join_path(data, sizeof(data), dir, "data") ||
	    !join_path(logpath, sizeof(logpath), dir, "initdb.log"))
		return -1;
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		child_setup(pw, logpath);
		execl(initdb, "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C",
		      "--no-sync", "--no-instructions", (char *)NULL);
		fprintf(stderr, "cannot run '%s': %s\n", initdb, strerror(errno));
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static pid_t spawn_postgres(const char *bindir, const char *dir, const struct passwd *pw)
{
	char postgres[4096], data[4096], logpath[4096];
	if (!join_path(postgres, sizeof(postgres), bindir, "postgres") || !join_path(data, sizeof(data), dir, "data") ||
	    !join_path(logpath, sizeof(logpath), dir, "postgres.log"))
		return -1;
	pid_t pid = fork();
	if (pid == 0) {
		child_setup(pw, logpath);
		/* Durability is worthless for a throwaway cluster; speed is not. */
		execl(postgres, "postgres", "-D", data, "-k", dir, "-p", SERVER_PORT, "-c", "listen_addresses=", "-c",
		      "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c",
		      "max_connections=200", "-c", "log_min_messages=warning", (char *)NULL);
		fprintf(stderr, "cannot run '%s': %s\n", postgres, strerror(errno));
		_exit(127);
	}
	return pid;
}

static void guardian_main(const char *bindir, const char *dir, int life_fd, int status_fd)
{
	setsid();
	signal(SIGINT, SIG_IGN);
	signal(SIGTERM, SIG_IGN);
	signal(SIGHUP, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	close_other_fds(life_fd, status_fd);
	int devnull = open("/dev/null", O_RDWR);
	if (devnull >= 0) {
		dup2(devnull, 0);
		dup2(devnull, 1);
		dup2(devnull, 2);
		if (devnull > 2)
			close(devnull);
	}

	const struct passwd *pw = server_account();
	pid_t pg = 0;
	if (run_initdb(bindir, dir, pw) != 0) {
		write_status(status_fd, "I\n");
	} else {
		pg = spawn_postgres(bindir, dir, pw);
		char msg[64];
		snprintf(msg, sizeof(msg), "S %ld\n", (long)pg);
		write_status(status_fd, pg > 0 ? msg : "X\n");
	}

	for (;;) {
		struct pollfd p = {.fd = life_fd, .events = POLLIN};
		int r = poll(&p, 1, 200);
		if (r > 0) {
			char buf[64];
			ssize_t n = read(life_fd, buf, sizeof(buf));
			if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
				break;
		}
		if (pg > 0 && waitpid(pg, NULL, WNOHANG) == pg) {
			pg = 0;
			write_status(status_fd, "X\n");
		}
	}
	if (pg > 0)
		stop_postmaster(pg);
	remove_tree(dir);
	_exit(0);
}

/* The last lines of a log file in the server directory, for an error message. */
static void append_log_tail(sg_strbuf *sb, const char *dir, const char *name)
{
	char path[4096];
	if (!join_path(path, sizeof(path), dir, name))
		return;
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	char buf[8192];
	size_t n = 0;
	if (fseek(f, -(long)(sizeof(buf) - 1), SEEK_END) != 0)
		rewind(f);
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* Keep the last three non-empty lines: enough to say why, short enough for one line. */
	char *lines[3] = {0};
	for (char *save = NULL, *l = strtok_r(buf, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		lines[0] = lines[1];
		lines[1] = lines[2];
		lines[2] = l;
	}
	sg_strbuf_addf(sb, " (%s:", name);
	for (int i = 0; i < 3; i++)
		if (lines[i])
			sg_strbuf_addf(sb, " %s", lines[i]);
	sg_strbuf_adds(sb, ")");
}

/* Read one status line from the guardian, waiting at most timeout_ms; "" on timeout. */
static int read_status(int fd, char *line, size_t size, int timeout_ms)
{
	size_t len = 0;
	long deadline = now_ms() + timeout_ms;
	line[0] = '\0';
	while (len + 1 < size) {
		long left = deadline - now_ms();
		if (left < 0)
			left = 0;
		struct pollfd p = {.fd = fd, .events = POLLIN};
		int r = poll(&p, 1, (int)left);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		ssize_t n = read(fd, line + len, 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			line[len] = '\0';
			return -1;
		}
		if (line[len] == '\n')
			break;
		len++;
	}
	line[len] = '\0';
	return 0;
}

static char *make_tempdir(const struct passwd *pw, sg_error *err)
{
	/* A unix socket path is limited to about 107 bytes: fall back to /tmp for a deep TMPDIR. */
	const char *base = getenv("TMPDIR");
	if (!base || !base[0] || strlen(base) > 60)
		base = "/tmp";
	char tmpl[128];
	snprintf(tmpl, sizeof(tmpl), "%s/schemagen-pg-XXXXXX", base);
	if (!mkdtemp(tmpl)) {
		sg_error_set(err, SG_ERR_SYSTEM, "cannot create a temporary directory in '%s': %s", base,
			     strerror(errno));
		return NULL;
	}
	if (pw && chown(tmpl, pw->pw_uid, pw->pw_gid) != 0) {
		sg_error_set(err, SG_ERR_SYSTEM, "cannot give '%s' to user '%s': %s", tmpl, pw->pw_name,
			     strerror(errno));
		rmdir(tmpl);
		return NULL;
	}
	return strdup(tmpl);
}

int sg_tmpserver_start(sg_tmpserver **out, sg_error *err)
{
	*out = NULL;
	char *bindir = NULL;
	if (sg_tmpserver_find_bindir(&bindir, err) != 0)
		return -1;
	const struct passwd *pw = server_account();
	if (geteuid() == 0 && !pw) {
		free(bindir);
		return sg_error_set(err, SG_ERR_SYSTEM,
				    "running as root and no unprivileged user ('postgres' or 'nobody') "
				    "to run the server as: set SCHEMAGEN_PG_USER");
	}
	char *dir = make_tempdir(pw, err);
	if (!dir) {
		free(bindir);
		return -1;
	}
	int life[2], status[2];
	if (pipe2(life, O_CLOEXEC) != 0) {
		sg_error_set(err, SG_ERR_SYSTEM, "pipe: %s", strerror(errno));
		goto fail_dir;
	}
	if (pipe2(status, O_CLOEXEC) != 0) {
		sg_error_set(err, SG_ERR_SYSTEM, "pipe: %s", strerror(errno));
		close(life[0]);
		close(life[1]);
		goto fail_dir;
	}
	fflush(NULL);
	pid_t guardian = fork();
	if (guardian < 0) {
		sg_error_set(err, SG_ERR_SYSTEM, "fork: %s", strerror(errno));
		close(life[0]);
		close(life[1]);
		close(status[0]);
		close(status[1]);
		goto fail_dir;
	}
	if (guardian == 0) {
		close(life[1]);
		close(status[0]);
		guardian_main(bindir, dir, life[0], status[1]);
	}
	close(life[0]);
	close(status[1]);
	free(bindir);
	bindir = NULL;

	sg_tmpserver *srv = calloc(1, sizeof(*srv));
	sg_strbuf url = SG_STRBUF_INIT;
	sg_strbuf_addf(&url, "host=%s port=%s user=postgres dbname=postgres", dir, SERVER_PORT);
	if (!srv || sg_strbuf_failed(&url)) {
		free(srv);
		sg_strbuf_release(&url);
		close(life[1]);
		close(status[0]);
		waitpid(guardian, NULL, 0);
		free(dir);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	srv->dir = dir;
	srv->url = sg_strbuf_detach(&url, NULL);
	srv->guardian = guardian;
	srv->life_fd = life[1];
	srv->status_fd = status[0];

	char line[64];
	const char *why = NULL;
	const char *log = "postgres.log";
	if (read_status(srv->status_fd, line, sizeof(line), START_TIMEOUT_MS) != 0 || line[0] == '\0') {
		why = "the guardian process did not report";
	} else if (line[0] == 'I') {
		why = "initdb failed";
		log = "initdb.log";
	} else if (line[0] == 'S') {
		srv->postmaster = (pid_t)strtol(line + 2, NULL, 10);
		long deadline = now_ms() + START_TIMEOUT_MS;
		for (;;) {
			if (PQping(srv->url) == PQPING_OK)
				break;
			if (read_status(srv->status_fd, line, sizeof(line), 0) != 0 || line[0] == 'X') {
				why = "the server exited during start-up";
				break;
			}
			if (now_ms() > deadline) {
				why = "the server did not accept connections within 60 s";
				break;
			}
			usleep(5000);
		}
	} else {
		why = "the server could not be started";
	}
	if (why) {
		sg_strbuf msg = SG_STRBUF_INIT;
		sg_strbuf_addf(&msg, "cannot start a throwaway PostgreSQL server in '%s': %s", dir, why);
		append_log_tail(&msg, dir, log);
		sg_error_set(err, SG_ERR_SYSTEM, "%s", msg.data);
		sg_strbuf_release(&msg);
		sg_tmpserver_stop(srv);
		return -1;
	}
	*out = srv;
	return 0;

fail_dir:
	rmdir(dir);
	free(dir);
	free(bindir);
	return -1;
}

const char *sg_tmpserver_url(const sg_tmpserver *srv)
{
	return srv->url;
}

const char *sg_tmpserver_dir(const sg_tmpserver *srv)
{
	return srv->dir;
}

pid_t sg_tmpserver_pid(const sg_tmpserver *srv)
{
	return srv->postmaster;
}

void sg_tmpserver_stop(sg_tmpserver *srv)
{
	if (!srv)
		return;
	close(srv->life_fd);
	close(srv->status_fd);
	while (waitpid(srv->guardian, NULL, 0) < 0 && errno == EINTR)
		;
	free(srv->dir);
	free(srv->url);
	free(srv);
}
