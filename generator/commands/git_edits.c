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

/*
 * Per up file: the commit index (0 = newest) that added it, and of its
 * newest later change; and the blob its version's file had where the block
 * of output being read deletes it (renames are a deletion and an addition).
 */
typedef struct file_history {
	long added;   /* -1: not committed */
	long changed; /* -1: never changed after being added; -2: changed in the work tree */
	char change[64];
	long deleted_in;	  /* the block of output that deletes a file of this version; 0: none */
	const char *deleted_blob; /* its object name there (hex, not NUL-terminated) */
	size_t deleted_blob_len;
} file_history;

/*
 * The up file a path of the log names: by version, so that an older name of
 * it counts too (--no-renames shows a rename as a deletion and an addition,
 * and the version existed since the oldest name was added).  -1 when the
 * path is no up file of the set.
 */
static long find_file(const sg_mfile_set *files, const char *name)
{
	int64_t version;
	char *version_text = NULL, *rest = NULL;
	sg_files_direction direction;
	sg_error err = {0};
	int parsed = sg_files_parse_name(name, &version, &version_text, &rest, &direction, &err);
	sg_error_clear(&err);
	free(version_text);
	free(rest);
	if (parsed != 1 || direction != SG_FILES_UP)
		return -1;
	const sg_mfile *f = sg_files_find(files, version);
	return f ? (long)(f - files->items) : -1;
}

/* One line of `--raw` output: ":MODE MODE OLD NEW STATUS<tab>PATH". */
typedef struct raw_line {
	const char *old_blob, *new_blob; /* hex object names; all zeros when absent or not hashed (work tree) */
	size_t blob_len;
	char status; /* A, D, M, T... (--no-renames: never R or C) */
	const char *path;
} raw_line;

static bool parse_raw(raw_line *out, const char *line)
{
	if (line[0] != ':')
		return false;
	const char *p = strchr(line, ' '); /* after the old mode */
	p = p ? strchr(p + 1, ' ') : NULL; /* after the new mode */
	if (!p)
		return false;
	out->old_blob = p + 1;
	p = strchr(out->old_blob, ' ');
	if (!p)
		return false;
	out->blob_len = (size_t)(p - out->old_blob);
	out->new_blob = p + 1;
	p = strchr(out->new_blob, ' ');
	if (!p || (size_t)(p - out->new_blob) != out->blob_len)
		return false;
	out->status = p[1];
	out->path = strchr(p + 1, '\t');
	if (!out->path)
		return false;
	out->path++;
	return true;
}

static bool blob_known(const char *blob, size_t len)
{
	return strspn(blob, "0") < len;
}

/* The next line after `line` (lines are NUL-terminated, up to `end`), or NULL. */
static const char *next_line(const char *line, const char *end)
{
	line += strlen(line) + 1;
	return line < end ? line : NULL;
}

/*
 * One block of --raw lines, [start, end): a commit's (`commit` >= 0, the
 * newest being 0, named `label`) or the work tree's (`commit` -2).  `block`
 * numbers the blocks from 1.  An up file is changed by M and T lines, and by
 * an A line of a version that the same block deletes under another name with
 * other content (renamed and edited); a rename alone changes no checksum.  In
 * the work tree, any A line of a committed version is a change too.
 */
static void read_block(file_history *h, const sg_mfile_set *files, const char *start, const char *end, long block,
		       long commit, const char *label)
{
	raw_line r;
	for (const char *line = start; line; line = next_line(line, end)) {
		long i;
		if (parse_raw(&r, line) && r.status == 'D' && (i = find_file(files, r.path)) >= 0) {
			h[i].deleted_in = block;
			h[i].deleted_blob = r.old_blob;
			h[i].deleted_blob_len = r.blob_len;
		}
	}
	for (const char *line = start; line; line = next_line(line, end)) {
		long i;
		if (!parse_raw(&r, line) || (i = find_file(files, r.path)) < 0)
			continue;
		bool renamed = r.status == 'A' && h[i].deleted_in == block;
		bool same_text = renamed && blob_known(r.new_blob, r.blob_len) && h[i].deleted_blob_len == r.blob_len &&
				 memcmp(h[i].deleted_blob, r.new_blob, r.blob_len) == 0;
		bool changed = r.status == 'M' || r.status == 'T' || (renamed && !same_text) ||
			       (commit == -2 && r.status == 'A' && !same_text);
		/* Newest first: the last addition seen is the oldest, the first change seen the newest. */
		if (commit >= 0 && r.status == 'A')
			h[i].added = commit;
		if (!changed)
			continue;
		if (commit >= 0 && h[i].changed == -1) {
			h[i].changed = commit;
			snprintf(h[i].change, sizeof(h[i].change), "commit %s", label);
		} else if (commit == -2 && h[i].added >= 0) {
			h[i].changed = -2; /* newer than every commit */
			snprintf(h[i].change, sizeof(h[i].change), "uncommitted");
		}
	}
}

/* Split `text` (len bytes) into NUL-terminated lines in place. */
static void split_lines(char *text, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (text[i] == '\n')
			text[i] = '\0';
}

/* `git log --raw --format=#%H` output, newest commit first. */
static void read_log(file_history *h, const sg_mfile_set *files, char *text, size_t len, long *blocks)
{
	split_lines(text, len);
	const char *end = text + len;
	long commit = -1;
	for (const char *line = len ? text : NULL; line;) {
		if (line[0] != '#') {
			line = next_line(line, end);
			continue;
		}
		char hash[16];
		snprintf(hash, sizeof(hash), "%.8s", line + 1);
		commit++;
		const char *first = next_line(line, end), *stop = first;
		while (stop && stop[0] != '#')
			stop = next_line(stop, end);
		if (first && first != stop)
			read_block(h, files, first, stop ? stop : end, ++*blocks, commit, hash);
		line = stop;
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
	const char *log_args[] = {
	    "git",	    "-c",    "core.quotePath=false", "-C",	     dir,  "log", "--relative",
	    "--no-renames", "--raw", "--no-abbrev",	     "--format=#%H", "--", ".",	  NULL};
	const char *diff_args[] = {"git",	   "-c",    "core.quotePath=false", "-C",   dir,  "diff", "--relative",
				   "--no-renames", "--raw", "--no-abbrev",	    "HEAD", "--", ".",	  NULL};
	int rc = 0;
	long blocks = 0;
	if (run_git(&log, log_args) == 0 && log.len) {
		read_log(h, files, log.data, log.len, &blocks);
		if (run_git(&diff, diff_args) == 0 && diff.len) {
			split_lines(diff.data, diff.len);
			read_block(h, files, diff.data, diff.data + diff.len, blocks + 1, -2, NULL);
		}
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
