/* Migrations edited after a later one existed, from git's history (see git_edits.h). */
#include "git_edits.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "strbuf.h"

extern char **environ;

/*
 * Run git with `argv` and collect its standard output.  Returns 0 only when
 * git ran and exited 0; its standard error is discarded (a directory outside
 * a work tree is an expected answer, not a problem to print).
 */
static int spawn_and_read(sg_strbuf *out, char *const argv[])
{
	int fds[2];
	if (pipe(fds) != 0)
		return -1;
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&fa, fds[0]);
	posix_spawn_file_actions_addclose(&fa, fds[1]);
	posix_spawn_file_actions_addopen(&fa, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
	pid_t pid;
	int rc = posix_spawnp(&pid, "git", &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	if (rc != 0) {
		close(fds[0]);
		return -1;
	}
	char buf[8192];
	ssize_t n;
	while ((n = read(fds[0], buf, sizeof(buf))) > 0)
		sg_strbuf_add(out, buf, (size_t)n);
	close(fds[0]);
	int status;
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return -1;
	return 0;
}

static int run_git(sg_strbuf *out, const char *const args[])
{
	/* posix_spawn wants writable strings; string literals are not. */
	char *argv[16];
	size_t argc = 0;
	bool oom = false;
	for (; args[argc] && argc + 1 < sizeof(argv) / sizeof(argv[0]); argc++)
		oom |= !(argv[argc] = strdup(args[argc]));
	argv[argc] = NULL;
	int rc = oom ? -1 : spawn_and_read(out, argv);
	for (size_t i = 0; i < argc; i++)
		free(argv[i]);
	return rc;
}

/* Per up file: the commit index (0 = newest) that added it, and of its newest later change. */
typedef struct file_history {
	long added;    /* -1: not committed */
	long changed;  /* -1: never changed after being added */
	char change[64];
} file_history;

/*
 * The up file a path of the log names: by name, or by version for an older
 * name of it (--no-renames shows a rename as a deletion and an addition, and
 * the version existed since the oldest name was added).
 */
static long find_file(const sg_mfile_set *files, const char *name)
{
	for (size_t i = 0; i < files->count; i++)
		if (strcmp(files->items[i].up_file, name) == 0)
			return (long)i;
	int64_t version;
	char *version_text = NULL, *rest = NULL;
	sg_files_direction direction;
	sg_error err = { 0 };
	int parsed = sg_files_parse_name(name, &version, &version_text, &rest, &direction, &err);
	sg_error_clear(&err);
	free(version_text);
	free(rest);
	if (parsed != 1 || direction != SG_FILES_UP)
		return -1;
	const sg_mfile *f = sg_files_find(files, version);
	return f ? (long)(f - files->items) : -1;
}

static void read_log(file_history *h, const sg_mfile_set *files, char *text)
{
	long commit = -1;
	char hash[16] = "";
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		if (line[0] == '#') {
			commit++;
			snprintf(hash, sizeof(hash), "%.8s", line + 1);
			continue;
		}
		char *tab = strchr(line, '\t');
		if (!tab || commit < 0)
			continue;
		long i = find_file(files, tab + 1);
		if (i < 0)
			continue;
		/* Newest first: the last addition seen is the oldest, the first change seen the newest. */
		if (line[0] == 'A')
			h[i].added = commit;
		else if (line[0] == 'M' && h[i].changed < 0) {
			h[i].changed = commit;
			snprintf(h[i].change, sizeof(h[i].change), "commit %s", hash);
		}
	}
}

static void read_uncommitted(file_history *h, const sg_mfile_set *files, char *text)
{
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		long i = find_file(files, line);
		if (i >= 0 && h[i].added >= 0) {
			h[i].changed = -2; /* newer than every commit */
			snprintf(h[i].change, sizeof(h[i].change), "uncommitted");
		}
	}
}

int sg_git_edits_find(sg_git_edits *out, const char *dir, const sg_mfile_set *files, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	if (files->count < 2)
		return 0;
	file_history *h = calloc(files->count, sizeof(*h));
	if (!h)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; i < files->count; i++)
		h[i].added = h[i].changed = -1;
	sg_strbuf log = SG_STRBUF_INIT, diff = SG_STRBUF_INIT;
	/* core.quotePath=false: names outside ASCII come out as they are, not quoted and escaped. */
	const char *log_args[] = { "git", "-c", "core.quotePath=false", "-C", dir, "log", "--relative", "--no-renames",
				   "--name-status", "--format=#%H", "--", ".", NULL };
	const char *diff_args[] = { "git", "-c", "core.quotePath=false", "-C", dir, "diff", "--relative",
				    "--no-renames", "--name-only", "HEAD", "--", ".", NULL };
	int rc = 0;
	if (run_git(&log, log_args) == 0 && log.len) {
		read_log(h, files, log.data);
		if (run_git(&diff, diff_args) == 0 && diff.len)
			read_uncommitted(h, files, diff.data);
	}
	/* A change is flagged when a higher version was added in an older commit than the change. */
	for (size_t i = 0; i < files->count && rc == 0; i++) {
		if (h[i].changed == -1)
			continue;
		for (size_t j = i + 1; j < files->count; j++) {
			bool later_before_change = h[j].added >= 0 && (h[i].changed == -2 || h[j].added > h[i].changed);
			if (!later_before_change)
				continue;
			sg_git_edit *grown = realloc(out->items, (out->count + 1) * sizeof(*grown));
			if (!grown) {
				rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
				break;
			}
			out->items = grown;
			sg_git_edit *e = &out->items[out->count++];
			e->file = strdup(files->items[i].up_file);
			e->later_file = strdup(files->items[j].up_file);
			e->change = strdup(h[i].change);
			if (!e->file || !e->later_file || !e->change)
				rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
			break;
		}
	}
	sg_strbuf_release(&log);
	sg_strbuf_release(&diff);
	free(h);
	return rc;
}

void sg_git_edits_release(sg_git_edits *edits)
{
	for (size_t i = 0; i < edits->count; i++) {
		free(edits->items[i].file);
		free(edits->items[i].later_file);
		free(edits->items[i].change);
	}
	free(edits->items);
	memset(edits, 0, sizeof(*edits));
}
