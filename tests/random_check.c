/*
 * `schemagen check` on a pair of the randomized diff suite (see
 * random_check.h): B's models and the migrations that build A from empty and
 * then take it to B are written to a temporary directory, and the command
 * line replays them into a scratch database on the harness's server,
 * compares the result with B and runs every down, newest first (docs/check.md).
 */
#include "random_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "emit.h"

/* Write text to path; 0, or -1 with msg set. */
static int write_file(const char *path, const char *text, sg_strbuf *msg)
{
	FILE *f = fopen(path, "w");
	if (!f || fputs(text, f) == EOF || fclose(f) != 0) {
		sg_strbuf_addf(msg, "check: cannot write '%s'", path);
		return -1;
	}
	return 0;
}

/* The steps as migration files numbered from *version on, in dir. */
static int write_steps(const char *dir, const sg_steps *steps, int *version, sg_strbuf *msg)
{
	sg_strbuf up = SG_STRBUF_INIT, down = SG_STRBUF_INIT, path = SG_STRBUF_INIT;
	int rc = 0;
	for (size_t s = 0; s < steps->nsteps && rc == 0; s++, (*version)++) {
		sg_strbuf_reset(&up);
		sg_strbuf_reset(&down);
		sg_emit_step_file(&up, &steps->steps[s], false);
		sg_emit_step_file(&down, &steps->steps[s], true);
		sg_strbuf_reset(&path);
		sg_strbuf_addf(&path, "%s/%06d_step.up.sql", dir, *version);
		rc = write_file(path.data, up.data, msg);
		sg_strbuf_reset(&path);
		sg_strbuf_addf(&path, "%s/%06d_step.down.sql", dir, *version);
		if (rc == 0)
			rc = write_file(path.data, down.data, msg);
	}
	sg_strbuf_release(&up);
	sg_strbuf_release(&down);
	sg_strbuf_release(&path);
	return rc;
}

const char *random_exe(char *buf, size_t len, const char *env, const char *rel)
{
	const char *exe = getenv(env);
	if (exe && exe[0])
		return exe;
	ssize_t n = readlink("/proc/self/exe", buf, len - 1);
	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	char *slash = strrchr(buf, '/');
	if (slash)
		*slash = '\0';
	slash = strrchr(buf, '/');
	if (!slash || (size_t)(slash - buf) + strlen(rel) + 1 > len)
		return NULL;
	strcpy(slash, rel);
	return buf;
}

int random_check(const sg_steps *create_a, const sg_steps *a_to_b, const char *yaml_b, sg_strbuf *msg)
{
	char exe_buf[4096];
	const char *exe = random_exe(exe_buf, sizeof(exe_buf), "SG_SCHEMAGEN_EXE", "/generator/schemagen"),
		   *url = getenv("DATABASE_URL");
	if (!exe || !url) {
		sg_strbuf_adds(msg, "check: DATABASE_URL must be set, and SG_SCHEMAGEN_EXE outside the build tree");
		return -1;
	}
	char dir[] = "/tmp/sg_random_check_XXXXXX";
	if (!mkdtemp(dir)) {
		sg_strbuf_adds(msg, "check: cannot create a temporary directory");
		return -1;
	}
	sg_strbuf models = SG_STRBUF_INIT, migs = SG_STRBUF_INIT, file = SG_STRBUF_INIT, cmd = SG_STRBUF_INIT;
	sg_strbuf_addf(&models, "%s/models", dir);
	sg_strbuf_addf(&migs, "%s/migrations", dir);
	sg_strbuf_addf(&file, "%s/app.yaml", models.data);
	int version = 1, rc = 0;
	if (mkdir(models.data, 0755) != 0 || mkdir(migs.data, 0755) != 0) {
		sg_strbuf_adds(msg, "check: cannot create its directories");
		rc = -1;
	}
	if (rc == 0)
		rc = write_file(file.data, yaml_b, msg);
	if (rc == 0)
		rc = write_steps(migs.data, create_a, &version, msg);
	if (rc == 0)
		rc = write_steps(migs.data, a_to_b, &version, msg);
	if (rc == 0) { /* the paths are ours (no quotes in them); the URL is passed through the environment */
		sg_strbuf_addf(&cmd, "'%s' check --color never -m '%s' -d '%s' --scratch-url \"$DATABASE_URL\" 2>&1",
			       exe, models.data, migs.data);
		FILE *out = popen(cmd.data, "r");
		sg_strbuf text = SG_STRBUF_INIT;
		char buf[4096];
		size_t n;
		while (out && (n = fread(buf, 1, sizeof(buf), out)) > 0)
			sg_strbuf_add(&text, buf, n);
		int status = out ? pclose(out) : -1;
		if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			sg_strbuf_addf(msg, "schemagen check exited %d:\n%s", status == -1 ? -1 : WEXITSTATUS(status),
				       text.data);
			rc = -1;
		}
		sg_strbuf_release(&text);
	}
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd, "rm -rf '%s'", dir);
	if (system(cmd.data) != 0 && rc == 0) {
		sg_strbuf_addf(msg, "check: cannot remove '%s'", dir);
		rc = -1;
	}
	sg_strbuf_release(&models);
	sg_strbuf_release(&migs);
	sg_strbuf_release(&file);
	sg_strbuf_release(&cmd);
	return rc;
}
