/*
 * Helpers for the migrate integration suites (see test_migrate_util.h).
 */
#include "test_migrate_util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

char *mt_mkdir(void)
{
	const char *tmp = getenv("TMPDIR");
	char path[512];
	snprintf(path, sizeof(path), "%s/sg-migrate-test-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
	if (!mkdtemp(path))
		fail_msg("mkdtemp: %s", strerror(errno));
	return strdup(path);
}

void mt_rmdir(char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *de;
		while ((de = readdir(d))) {
			if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
				continue;
			char p[1024];
			snprintf(p, sizeof(p), "%s/%s", dir, de->d_name);
			unlink(p);
		}
		closedir(d);
	}
	rmdir(dir);
	free(dir);
}

void mt_write(const char *dir, const char *name, const char *text)
{
	char p[1024];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	if (!f)
		fail_msg("cannot write %s: %s", p, strerror(errno));
	fputs(text, f);
	fclose(f);
}

void mt_unlink(const char *dir, const char *name)
{
	char p[1024];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	unlink(p);
}

char *mt_slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return strdup("");
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	size_t r;
	while ((r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += r;
		if (n + 1 == cap)
			buf = realloc(buf, cap *= 2);
	}
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static const char *exe(void)
{
	const char *e = getenv("SG_MIGRATE_EXE");
	if (!e || !e[0])
		fail_msg("SG_MIGRATE_EXE is not set (tests/meson.build sets it)");
	return e;
}

/* argv for execv: exe, --database url, -d dir, the rest. */
static char **build_argv(const char *url, const char *dir, va_list ap)
{
	char **argv = calloc(64, sizeof(*argv));
	int n = 0;
	argv[n++] = (char *)(uintptr_t)exe();
	if (url) {
		argv[n++] = (char *)(uintptr_t) "--database";
		argv[n++] = (char *)(uintptr_t)url;
	}
	if (dir) {
		argv[n++] = (char *)(uintptr_t) "-d";
		argv[n++] = (char *)(uintptr_t)dir;
	}
	const char *a;
	while ((a = va_arg(ap, const char *)) && n < 62)
		argv[n++] = (char *)(uintptr_t)a;
	argv[n] = NULL;
	return argv;
}

static pid_t spawn_argv(char *const *argv, const char *outpath, const char *errpath)
{
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		fail_msg("fork: %s", strerror(errno));
	if (pid == 0) {
		int o = open(outpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int e = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (o < 0 || e < 0)
			_exit(127);
		dup2(o, 1);
		dup2(e, 2);
		close(o);
		close(e);
		execv(argv[0], argv);
		_exit(127);
	}
	return pid;
}

int mt_wait(pid_t pid)
{
	int status = 0;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return -1;
}

void mt_migrate(mt_result *r, const char *url, const char *dir, ...)
{
	va_list ap;
	va_start(ap, dir);
	char **argv = build_argv(url, dir, ap);
	va_end(ap);
	mt_run(r, argv);
	free(argv);
}

void mt_run(mt_result *r, char *const *argv)
{
	char prefix[256], outp[300], errp[300];
	snprintf(prefix, sizeof(prefix), "%s/sg-mt-%ld", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (long)getpid());
	snprintf(outp, sizeof(outp), "%s.out", prefix);
	snprintf(errp, sizeof(errp), "%s.err", prefix);
	pid_t pid = spawn_argv(argv, outp, errp);
	r->code = mt_wait(pid);
	r->out = mt_slurp(outp);
	r->err = mt_slurp(errp);
	unlink(outp);
	unlink(errp);
}

pid_t mt_spawn(const char *prefix, const char *url, const char *dir, ...)
{
	va_list ap;
	va_start(ap, dir);
	char **argv = build_argv(url, dir, ap);
	va_end(ap);
	char outp[512], errp[512];
	snprintf(outp, sizeof(outp), "%s.out", prefix);
	snprintf(errp, sizeof(errp), "%s.err", prefix);
	pid_t pid = spawn_argv(argv, outp, errp);
	free(argv);
	return pid;
}

void mt_result_release(mt_result *r)
{
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
}

long mt_count(PGconn *conn, const char *sql)
{
	char *v = sg_test_scalar(conn, sql);
	long n = v ? strtol(v, NULL, 10) : -1;
	free(v);
	return n;
}

bool mt_table_exists(PGconn *conn, const char *name)
{
	char sql[256];
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM pg_class WHERE relname = '%s'", name);
	return mt_count(conn, sql) == 1;
}

bool mt_contains(const char *haystack, const char *needle)
{
	if (haystack && strstr(haystack, needle))
		return true;
	print_error("expected to find: %s\n-- in: %s\n", needle, haystack ? haystack : "(null)");
	return false;
}

long mt_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int mt_fixture_setup(void **state)
{
	if (sg_test_db_setup(state) != 0)
		return -1;
	mt_fixture *f = calloc(1, sizeof(*f));
	if (!f)
		return -1;
	f->db = *state;
	f->dir = mt_mkdir();
	*state = f;
	return 0;
}

int mt_fixture_teardown(void **state)
{
	mt_fixture *f = *state;
	mt_rmdir(f->dir);
	*state = f->db;
	free(f);
	return sg_test_db_teardown(state);
}
