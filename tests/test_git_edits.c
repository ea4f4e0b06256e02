/*
 * Tests of generator/git_edits.c against real git repositories, each made
 * in a throwaway directory: an up file changed (committed or not) after a
 * later migration was committed is flagged, with the commit or
 * "uncommitted"; a later migration renamed afterwards, names outside ASCII
 * and a migrations directory below the work tree's top still are; edits made
 * before the later migration existed, new files and directories outside a
 * work tree (or without git at all) are not.  Needs git (scripts/setup.sh
 * installs it); without it the suite fails, it never skips.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "files.h"
#include "git_edits.h"

static char root[PATH_MAX]; /* the throwaway directory every case works in */

/* out = a/b; fails the test when it does not fit. */
static void join(char *out, size_t size, const char *a, const char *b)
{
	int n = snprintf(out, size, "%s/%s", a, b);
	if (n < 0 || (size_t)n >= size)
		fail_msg("path too long: %s/%s", a, b);
}

/*
 * Run `git -C dir ARGS...` (NULL-terminated); its output goes to `out` (up
 * to `size` bytes, NUL-terminated) when out is not NULL, else nowhere.
 * Fails the test when git does not run or exits non-zero.
 */
static void git_in(char *out, size_t size, const char *dir, ...)
{
	const char *argv[32] = {"git", "-C", dir};
	size_t argc = 3;
	va_list ap;
	va_start(ap, dir);
	for (const char *a; (a = va_arg(ap, const char *)) != NULL && argc + 1 < 32;)
		argv[argc++] = a;
	va_end(ap);
	argv[argc] = NULL;
	int fds[2];
	assert_int_equal(pipe(fds), 0);
	fflush(NULL);
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int devnull = open("/dev/null", O_WRONLY);
		dup2(out ? fds[1] : devnull, STDOUT_FILENO);
		dup2(devnull, STDERR_FILENO);
		close(fds[0]);
		close(fds[1]);
		/* execvp wants writable strings; this process ends here either way. */
		char *args[32];
		for (size_t i = 0; i <= argc; i++)
			args[i] = argv[i] ? strdup(argv[i]) : NULL;
		execvp("git", args);
		_exit(127);
	}
	close(fds[1]);
	size_t used = 0;
	ssize_t n;
	char buf[512];
	while ((n = read(fds[0], buf, sizeof(buf))) > 0) {
		if (!out)
			continue;
		size_t k = (size_t)n < size - 1 - used ? (size_t)n : size - 1 - used;
		memcpy(out + used, buf, k);
		used += k;
	}
	close(fds[0]);
	if (out)
		out[used] = '\0';
	int status = 0;
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (!WIFEXITED(status) || WEXITSTATUS(status) == 127)
		fail_msg("cannot run git: this suite needs it (bash scripts/setup.sh installs it)");
	if (WEXITSTATUS(status) != 0)
		fail_msg("git %s %s in %s exited %d", argv[3], argc > 4 ? argv[4] : "", dir, WEXITSTATUS(status));
}

#define GIT(dir, ...) git_in(NULL, 0, dir, __VA_ARGS__, (const char *)NULL)

static void write_file(const char *dir, const char *name, const char *text)
{
	char path[PATH_MAX];
	join(path, sizeof(path), dir, name);
	FILE *f = fopen(path, "w");
	if (!f)
		fail_msg("cannot write '%s': %s", path, strerror(errno));
	fputs(text, f);
	fclose(f);
}

/* A fresh directory ROOT/name/migrations (path in `dir`); with `repo`, ROOT/name is a git work tree. */
static void fresh(char *dir, size_t size, const char *name, int repo)
{
	char top[PATH_MAX];
	join(top, sizeof(top), root, name);
	assert_int_equal(mkdir(top, 0700), 0);
	join(dir, size, top, "migrations");
	assert_int_equal(mkdir(dir, 0700), 0);
	if (repo)
		GIT(top, "init", "-q", ".");
}

/* A migration pair VERSION_NAME; the up file holds `sql`. */
static void pair(const char *dir, const char *version_name, const char *sql)
{
	char name[256];
	snprintf(name, sizeof(name), "%s.up.sql", version_name);
	write_file(dir, name, sql);
	snprintf(name, sizeof(name), "%s.down.sql", version_name);
	write_file(dir, name, "SELECT 1;\n");
}

static void commit(const char *dir, const char *message)
{
	GIT(dir, "add", "-A", ".");
	GIT(dir, "commit", "-q", "-m", message);
}

/* What sg_git_edits_find says about `dir`. */
static sg_git_edits find(const char *dir)
{
	sg_mfile_set files = {0};
	sg_error err = {0};
	if (sg_files_scan_dir(&files, dir, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	sg_git_edits edits;
	if (sg_git_edits_find(&edits, dir, &files, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	sg_files_set_release(&files);
	return edits;
}

static void expect_none(const char *dir, const char *what)
{
	sg_git_edits e = find(dir);
	if (e.count)
		fail_msg("%s: %s flagged (%s, after %s)", what, e.items[0].file, e.items[0].change,
			 e.items[0].later_file);
	sg_git_edits_release(&e);
}

/* Exactly one edit: `file` changed (`change`, or a commit when "commit") after `later`. */
static void expect_one(const char *dir, const char *file, const char *later, const char *change, const char *what)
{
	sg_git_edits e = find(dir);
	if (e.count != 1)
		fail_msg("%s: %zu edits flagged, expected 1", what, e.count);
	assert_string_equal(e.items[0].file, file);
	assert_string_equal(e.items[0].later_file, later);
	assert_string_equal(e.items[0].change, change);
	sg_git_edits_release(&e);
}

/* "commit " and the first 8 hex digits of HEAD. */
static void head_change(char *out, size_t size, const char *dir)
{
	char hash[64];
	git_in(hash, sizeof(hash), dir, "rev-parse", "HEAD", (const char *)NULL);
	snprintf(out, size, "commit %.8s", hash);
}

static void test_git_edits__uncommitted_then_committed_edit(void **state)
{
	(void)state;
	char dir[PATH_MAX], change[64];
	fresh(dir, sizeof(dir), "edit", 1);
	pair(dir, "000900_labels", "CREATE TABLE labels (id int);\n");
	pair(dir, "000901_drop_labels", "DROP TABLE labels;\n");
	commit(dir, "one");
	expect_none(dir, "committed, unedited");

	write_file(dir, "000900_labels.up.sql", "CREATE TABLE labels (id bigint);\n");
	expect_one(dir, "000900_labels.up.sql", "000901_drop_labels.up.sql", "uncommitted", "uncommitted edit");
	/* The same edit staged: still not committed. */
	GIT(dir, "add", "000900_labels.up.sql");
	expect_one(dir, "000900_labels.up.sql", "000901_drop_labels.up.sql", "uncommitted", "staged edit");

	commit(dir, "two");
	head_change(change, sizeof(change), dir);
	expect_one(dir, "000900_labels.up.sql", "000901_drop_labels.up.sql", change, "committed edit");

	/* A later commit that changes something else does not hide the edit. */
	write_file(dir, "README", "notes\n");
	commit(dir, "three");
	expect_one(dir, "000900_labels.up.sql", "000901_drop_labels.up.sql", change, "edit, then other commits");
}

/* The newest migration may change: no database can have applied a later one. */
static void test_git_edits__newest_may_change(void **state)
{
	(void)state;
	char dir[PATH_MAX];
	fresh(dir, sizeof(dir), "newest", 1);
	pair(dir, "000900_a", "SELECT 1;\n");
	pair(dir, "000901_b", "SELECT 1;\n");
	commit(dir, "one");
	write_file(dir, "000901_b.up.sql", "SELECT 2;\n");
	expect_none(dir, "uncommitted edit of the newest");
	commit(dir, "two");
	expect_none(dir, "committed edit of the newest");
	/* Down files are not checksummed: editing an older one is not flagged. */
	write_file(dir, "000900_a.down.sql", "SELECT 2;\n");
	commit(dir, "three");
	expect_none(dir, "edit of an older down file");
}

/* Edited before the later migration was committed: nothing had applied the old text after it. */
static void test_git_edits__edit_before_later_existed(void **state)
{
	(void)state;
	char dir[PATH_MAX];
	fresh(dir, sizeof(dir), "before", 1);
	pair(dir, "000900_a", "SELECT 1;\n");
	commit(dir, "one");
	write_file(dir, "000900_a.up.sql", "SELECT 2;\n");
	commit(dir, "two");
	pair(dir, "000901_b", "SELECT 1;\n");
	commit(dir, "three");
	expect_none(dir, "edit committed before the later migration");
}

/* A branch that adds two migrations and fixes the first in a later commit is flagged: squash them. */
static void test_git_edits__fix_on_the_same_branch(void **state)
{
	(void)state;
	char dir[PATH_MAX], change[64];
	fresh(dir, sizeof(dir), "branch", 1);
	pair(dir, "000001_base", "SELECT 1;\n");
	commit(dir, "base");
	GIT(dir, "checkout", "-q", "-b", "feature");
	pair(dir, "000002_a", "SELECT 1;\n");
	pair(dir, "000003_b", "SELECT 1;\n");
	commit(dir, "two migrations");
	write_file(dir, "000002_a.up.sql", "SELECT 2;\n");
	commit(dir, "fix the first");
	head_change(change, sizeof(change), dir);
	expect_one(dir, "000002_a.up.sql", "000003_b.up.sql", change, "fix after the later migration, one branch");
}

/* Renaming the later migration afterwards does not make it newer than the edit. */
static void test_git_edits__later_renamed(void **state)
{
	(void)state;
	char dir[PATH_MAX], change[64];
	fresh(dir, sizeof(dir), "renamed", 1);
	pair(dir, "000900_labels", "CREATE TABLE labels (id int);\n");
	pair(dir, "000901_drop_labels", "DROP TABLE labels;\n");
	commit(dir, "one");
	write_file(dir, "000900_labels.up.sql", "CREATE TABLE labels (id bigint);\n");
	commit(dir, "two");
	head_change(change, sizeof(change), dir);
	GIT(dir, "mv", "000901_drop_labels.up.sql", "000901_labels_gone.up.sql");
	GIT(dir, "mv", "000901_drop_labels.down.sql", "000901_labels_gone.down.sql");
	commit(dir, "three");
	expect_one(dir, "000900_labels.up.sql", "000901_labels_gone.up.sql", change, "later migration renamed");

	/* The edited file renamed as well: still the same version, still flagged under its new name. */
	GIT(dir, "mv", "000900_labels.up.sql", "000900_labels_v2.up.sql");
	GIT(dir, "mv", "000900_labels.down.sql", "000900_labels_v2.down.sql");
	commit(dir, "four");
	expect_one(dir, "000900_labels_v2.up.sql", "000901_labels_gone.up.sql", change, "edited file renamed too");
}

/* An up file renamed and edited in one commit is edited: its version's checksum changes. */
static void test_git_edits__renamed_and_edited(void **state)
{
	(void)state;
	char dir[PATH_MAX], change[64];
	fresh(dir, sizeof(dir), "renamed_edited", 1);
	pair(dir, "000900_labels", "CREATE TABLE labels (id int);\n");
	pair(dir, "000901_b", "SELECT 1;\n");
	commit(dir, "one");
	GIT(dir, "mv", "000900_labels.up.sql", "000900_labels_v2.up.sql");
	GIT(dir, "mv", "000900_labels.down.sql", "000900_labels_v2.down.sql");
	write_file(dir, "000900_labels_v2.up.sql", "CREATE TABLE labels (id bigint);\n");
	expect_one(dir, "000900_labels_v2.up.sql", "000901_b.up.sql", "uncommitted", "uncommitted rename and edit");
	commit(dir, "two");
	head_change(change, sizeof(change), dir);
	expect_one(dir, "000900_labels_v2.up.sql", "000901_b.up.sql", change, "committed rename and edit");
}

/* A rename alone changes no checksum: not an edit, committed or not. */
static void test_git_edits__renamed_only(void **state)
{
	(void)state;
	char dir[PATH_MAX];
	fresh(dir, sizeof(dir), "renamed_only", 1);
	pair(dir, "000900_lables", "CREATE TABLE labels (id int);\n");
	pair(dir, "000901_b", "SELECT 1;\n");
	commit(dir, "one");
	GIT(dir, "mv", "000900_lables.up.sql", "000900_labels.up.sql");
	GIT(dir, "mv", "000900_lables.down.sql", "000900_labels.down.sql");
	expect_none(dir, "uncommitted rename");
	commit(dir, "two");
	expect_none(dir, "committed rename");

	/*
	 * A migration removed and another version added with the same text in one commit: git may pair
	 * them as a rename, but the new version is an addition, and an edit of an older file after it
	 * is flagged.
	 */
	GIT(dir, "rm", "-q", "000901_b.up.sql", "000901_b.down.sql");
	pair(dir, "000902_c", "SELECT 1;\n");
	commit(dir, "three");
	write_file(dir, "000900_labels.up.sql", "CREATE TABLE labels (id bigint);\n");
	commit(dir, "four");
	char change[64];
	head_change(change, sizeof(change), dir);
	expect_one(dir, "000900_labels.up.sql", "000902_c.up.sql", change, "edit after a version added as a rename");
}

/* Names outside ASCII: git quotes them unless told not to. */
static void test_git_edits__non_ascii_names(void **state)
{
	(void)state;
	char dir[PATH_MAX], change[64];
	fresh(dir, sizeof(dir), "ascii", 1);
	pair(dir, "000900_café", "CREATE TABLE labels (id int);\n");
	pair(dir, "000901_über", "SELECT 1;\n");
	commit(dir, "one");
	write_file(dir, "000900_café.up.sql", "CREATE TABLE labels (id bigint);\n");
	expect_one(dir, "000900_café.up.sql", "000901_über.up.sql", "uncommitted", "uncommitted, non-ASCII");
	commit(dir, "two");
	head_change(change, sizeof(change), dir);
	expect_one(dir, "000900_café.up.sql", "000901_über.up.sql", change, "committed, non-ASCII");
}

/* The migrations directory below the top of the work tree, named relative to the current directory. */
static void test_git_edits__subdirectory(void **state)
{
	(void)state;
	char top[PATH_MAX], dir[PATH_MAX], cwd[PATH_MAX];
	join(top, sizeof(top), root, "sub");
	assert_int_equal(mkdir(top, 0700), 0);
	GIT(top, "init", "-q", ".");
	join(dir, sizeof(dir), top, "db");
	assert_int_equal(mkdir(dir, 0700), 0);
	join(dir, sizeof(dir), top, "db/migrations");
	assert_int_equal(mkdir(dir, 0700), 0);
	pair(dir, "000001_a", "SELECT 1;\n");
	pair(dir, "000002_b", "SELECT 1;\n");
	/* A file of the same name elsewhere in the tree is not the migration. */
	write_file(top, "000001_a.up.sql", "SELECT 1;\n");
	commit(top, "one");
	write_file(top, "000001_a.up.sql", "SELECT 2;\n");
	commit(top, "two");
	expect_none(dir, "a file of the same name outside the directory");

	write_file(dir, "000001_a.up.sql", "SELECT 2;\n");
	assert_non_null(getcwd(cwd, sizeof(cwd)));
	assert_int_equal(chdir(top), 0);
	expect_one("db/migrations", "000001_a.up.sql", "000002_b.up.sql", "uncommitted", "relative directory");
	assert_int_equal(chdir(cwd), 0);
}

/* New files are not edits, committed or not; neither is anything in a repository without commits. */
static void test_git_edits__new_files(void **state)
{
	(void)state;
	char dir[PATH_MAX];
	fresh(dir, sizeof(dir), "new", 1);
	pair(dir, "000900_a", "SELECT 1;\n");
	pair(dir, "000902_c", "SELECT 1;\n");
	expect_none(dir, "no commit yet");
	GIT(dir, "add", "-A", ".");
	expect_none(dir, "staged, no commit yet");
	GIT(dir, "commit", "-q", "-m", "one");
	/* An older version added after a newer one is out of order, not an edit (migrate refuses it). */
	pair(dir, "000901_b", "SELECT 1;\n");
	expect_none(dir, "untracked older version");
	GIT(dir, "add", "-A", ".");
	expect_none(dir, "staged older version");
	commit(dir, "two");
	expect_none(dir, "committed older version");
}

/* Outside a work tree, or without git at all, nothing is found and nothing fails. */
static void test_git_edits__no_work_tree_no_git(void **state)
{
	(void)state;
	char dir[PATH_MAX], empty[PATH_MAX];
	fresh(dir, sizeof(dir), "plain", 0);
	pair(dir, "000900_a", "SELECT 1;\n");
	pair(dir, "000901_b", "SELECT 1;\n");
	expect_none(dir, "no work tree");

	/* A repository with an edit that is flagged, then the same with no git on PATH. */
	fresh(dir, sizeof(dir), "nogit", 1);
	pair(dir, "000900_a", "SELECT 1;\n");
	pair(dir, "000901_b", "SELECT 1;\n");
	commit(dir, "one");
	write_file(dir, "000900_a.up.sql", "SELECT 2;\n");
	expect_one(dir, "000900_a.up.sql", "000901_b.up.sql", "uncommitted", "with git");
	join(empty, sizeof(empty), root, "empty-path");
	assert_int_equal(mkdir(empty, 0700), 0);
	char *path = strdup(getenv("PATH") ? getenv("PATH") : "/usr/bin:/bin");
	assert_non_null(path);
	setenv("PATH", empty, 1);
	sg_git_edits e = find(dir);
	setenv("PATH", path, 1);
	free(path);
	assert_int_equal(e.count, 0);
	sg_git_edits_release(&e);

	/* A migrations directory that is not there at all (check passes an empty set). */
	sg_mfile_set none = {0};
	sg_error err = {0};
	join(dir, sizeof(dir), root, "missing");
	assert_int_equal(sg_git_edits_find(&e, dir, &none, &err), 0);
	assert_int_equal(e.count, 0);
	sg_git_edits_release(&e);
}

static int remove_tree(const char *path)
{
	char cmd[PATH_MAX + 32];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", path);
	return system(cmd);
}

static int setup(void **state)
{
	(void)state;
	const char *tmp = getenv("TMPDIR");
	snprintf(root, sizeof(root), "%s/sg_git_edits_XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(root))
		return -1;
	/*
	 * Only what the cases set up counts: no repository above the throwaway directory, no user or
	 * system configuration (signing, hooks, another default branch), a fixed identity.
	 */
	setenv("GIT_CEILING_DIRECTORIES", root, 1);
	setenv("GIT_CONFIG_GLOBAL", "/dev/null", 1);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	setenv("GIT_AUTHOR_NAME", "t", 1);
	setenv("GIT_AUTHOR_EMAIL", "t@example.invalid", 1);
	setenv("GIT_COMMITTER_NAME", "t", 1);
	setenv("GIT_COMMITTER_EMAIL", "t@example.invalid", 1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	return remove_tree(root) == 0 ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_git_edits__uncommitted_then_committed_edit),
	    cmocka_unit_test(test_git_edits__newest_may_change),
	    cmocka_unit_test(test_git_edits__edit_before_later_existed),
	    cmocka_unit_test(test_git_edits__fix_on_the_same_branch),
	    cmocka_unit_test(test_git_edits__later_renamed),
	    cmocka_unit_test(test_git_edits__renamed_and_edited),
	    cmocka_unit_test(test_git_edits__renamed_only),
	    cmocka_unit_test(test_git_edits__non_ascii_names),
	    cmocka_unit_test(test_git_edits__subdirectory),
	    cmocka_unit_test(test_git_edits__new_files),
	    cmocka_unit_test(test_git_edits__no_work_tree_no_git),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
