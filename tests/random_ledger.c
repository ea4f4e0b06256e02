/*
 * A pair of the randomized diff suite run through the command lines with a
 * ledger table of another name (`--table`, docs/diff.md), as an application
 * that owns a table called schema_migrations runs them (class ledger adds
 * one to the models): in a database of its own, `schemagen diff --write`
 * makes A from empty and `migrate up` applies it, A's rows are seeded, then
 * `schemagen diff --write` (--online on odd seeds) and `migrate up` take it
 * to B, where `schemagen diff --exit-code` finds nothing and the rows read
 * as the up converts them; `migrate goto` back to A's last version, where a
 * diff against A's models and migrations finds nothing, the catalog is as
 * before and the rows are back; then up again and `schemagen check` over
 * every migration.  Every command gets the same `--table`.
 */
#include "random_run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diff_util.h"
#include "random_check.h"
#include "random_rows.h"

/* Names of the ledger: plain, one to quote, one with a dot (a single name, as golang-migrate's). */
static const char *const ledger_names[] = {"sg_ledger", "Migration Log", "deploy.log"};

static int write_text(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	int rc = fputs(text, f) == EOF ? -1 : 0;
	return fclose(f) != 0 ? -1 : rc;
}

/* Run `cmd` in dir (sh); its exit code (-1: did not run), its output in out. */
static int run_cmd(const char *dir, const char *cmd, sg_strbuf *out)
{
	sg_strbuf full = SG_STRBUF_INIT;
	sg_strbuf_addf(&full, "cd '%s' && ( %s ) 2>&1", dir, cmd);
	sg_strbuf_reset(out);
	FILE *f = popen(full.data, "r");
	char buf[4096];
	size_t n;
	while (f && (n = fread(buf, 1, sizeof(buf), f)) > 0)
		sg_strbuf_add(out, buf, n);
	int status = f ? pclose(f) : -1;
	sg_strbuf_release(&full);
	return status == -1 || !WIFEXITED(status) ? -1 : WEXITSTATUS(status);
}

/* The number of up files in dir/migrations (the versions are 1..N). */
static int count_versions(const char *dir, sg_strbuf *out)
{
	sg_strbuf cmd = SG_STRBUF_INIT;
	sg_strbuf_adds(&cmd, "ls migrations | grep -c '\\.up\\.sql$'");
	int rc = run_cmd(dir, cmd.data, out);
	sg_strbuf_release(&cmd);
	return rc == 0 ? atoi(out->data) : -1;
}

int ledger_run(PGconn *conn, rpair *p, const char *yaml_a, const char *yaml_b, sg_strbuf *msg)
{
	char sbuf[4096], mbuf[4096];
	const char *S = random_exe(sbuf, sizeof(sbuf), "SG_SCHEMAGEN_EXE", "/generator/schemagen");
	const char *M = random_exe(mbuf, sizeof(mbuf), "SG_MIGRATE_EXE", "/runtime/migrate");
	if (!S || !M || !getenv("DATABASE_URL")) {
		sg_strbuf_adds(msg, "ledger: DATABASE_URL must be set, and the tools found");
		return -1;
	}
	const char *table = ledger_names[p->seed % 3];
	char db[64], dir[] = "/tmp/sg_random_ledger_XXXXXX";
	snprintf(db, sizeof(db), "sg_ledger_%d", (int)getpid());
	if (!mkdtemp(dir)) {
		sg_strbuf_adds(msg, "ledger: cannot create a temporary directory");
		return -1;
	}
	sg_strbuf sql = SG_STRBUF_INIT, url = SG_STRBUF_INIT, path = SG_STRBUF_INIT, out = SG_STRBUF_INIT,
		  cmd = SG_STRBUF_INIT, base = SG_STRBUF_INIT;
	sg_strbuf_addf(&sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", db);
	PQclear(PQexec(conn, sql.data));
	sg_strbuf_reset(&sql);
	sg_strbuf_addf(&sql, "CREATE DATABASE %s", db);
	PGresult *res = PQexec(conn, sql.data);
	bool created = PQresultStatus(res) == PGRES_COMMAND_OK;
	PQclear(res);
	sg_strbuf_addf(&url, "host=%s port=%s user=%s dbname=%s", PQhost(conn), PQport(conn), PQuser(conn), db);
	setenv("SG_LEDGER_URL", url.data, 1);
	PGconn *c2 = created ? PQconnectdb(url.data) : NULL;
	rrows rows;
	rexpect ex;
	memset(&ex, 0, sizeof(ex));
	rows_choose(&rows, &p->a, &p->b, p->nrows, p->seed);
	char *cat_a = NULL, *back = NULL;
	int rc = -1, va = 0;
	const char *what = "setup";
	if (!c2 || PQstatus(c2) != CONNECTION_OK) {
		sg_strbuf_addf(msg, "ledger: cannot make database '%s'", db);
		goto out;
	}
	PQclear(PQexec(c2, "SET client_min_messages = warning; SET TimeZone = 'UTC'"));
	const char *sub[] = {"models_a", "models_b", "migrations"};
	for (int i = 0; i < 3; i++) {
		sg_strbuf_reset(&path);
		sg_strbuf_addf(&path, "%s/%s", dir, sub[i]);
		if (mkdir(path.data, 0755) != 0)
			goto out;
	}
	sg_strbuf_reset(&path);
	sg_strbuf_addf(&path, "%s/models_a/app.yaml", dir);
	if (write_text(path.data, yaml_a))
		goto out;
	sg_strbuf_reset(&path);
	sg_strbuf_addf(&path, "%s/models_b/app.yaml", dir);
	if (write_text(path.data, yaml_b))
		goto out;
	/* Every command: the same database and ledger. */
	sg_strbuf_addf(&base, "--color never --database \"$SG_LEDGER_URL\" --table '%s'", table);
	struct {
		const char *what;
		const char *tool;
		const char *args;
		int want;
	} steps_a[] = {
	    {"schemagen diff --write of A from empty", S, "-m models_a -d migrations diff --write a", 0},
	    {"migrate up to A", M, "-d migrations up", 0},
	};
	for (size_t i = 0; i < 2; i++) {
		sg_strbuf_reset(&cmd);
		sg_strbuf_addf(&cmd, "'%s' %s %s", steps_a[i].tool, base.data, steps_a[i].args);
		what = steps_a[i].what;
		if (run_cmd(dir, cmd.data, &out) != steps_a[i].want)
			goto failed;
	}
	what = "A's versions";
	va = count_versions(dir, &out);
	if (va <= 0 || run_cmd(dir, "cp -r migrations migrations_a", &out) != 0)
		goto failed;
	what = "rows seeded in A";
	if (rows_seed(c2, &p->a, &rows, msg) || rows_expect(c2, &p->a, &p->b, &rows, &ex, msg))
		goto out;
	cat_a = difftest_catalog_text_by_name(c2, "public");
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd, "'%s' %s -m models_b -d migrations diff --write b --allow-destructive%s", S, base.data,
		       p->seed % 2 == 1 ? " --online" : "");
	what = "schemagen diff --write of A -> B";
	if (run_cmd(dir, cmd.data, &out) != 0)
		goto failed;
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd, "'%s' %s -d migrations up", M, base.data);
	what = "migrate up to B";
	if (run_cmd(dir, cmd.data, &out) != 0)
		goto failed;
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd, "'%s' %s -m models_b -d migrations diff --exit-code", S, base.data);
	what = "schemagen diff --exit-code after the up (the ledger says every file is applied)";
	if (run_cmd(dir, cmd.data, &out) != 0)
		goto failed;
	what = "rows after the up";
	if (rows_compare(c2, &p->b, &p->a, &ex, false, msg) || sequences_check(c2, &p->b, msg) ||
	    rows_probe(c2, &p->b, &p->a, &p->b, &rows, msg))
		goto out;
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd, "'%s' %s -d migrations goto %d", M, base.data, va);
	what = "migrate goto A's last version (the downs)";
	if (run_cmd(dir, cmd.data, &out) != 0)
		goto failed;
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd, "'%s' %s -m models_a -d migrations_a diff --exit-code", S, base.data);
	what = "schemagen diff --exit-code against A after the downs";
	if (run_cmd(dir, cmd.data, &out) != 0)
		goto failed;
	back = difftest_catalog_text_by_name(c2, "public");
	if (strcmp(cat_a, back) != 0) {
		sg_strbuf_addf(msg, "ledger '%s': the catalog after migrate goto %d is not A's\n--- A\n%s--- after\n%s",
			       table, va, cat_a, back);
		goto out;
	}
	what = "rows after the downs";
	if (rows_compare(c2, &p->a, &p->a, &ex, true, msg) || sequences_check(c2, &p->a, msg) ||
	    rows_probe(c2, &p->a, &p->a, &p->b, &rows, msg))
		goto out;
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd,
		       "'%s' %s -d migrations up && '%s' %s check -m models_b -d migrations --scratch-url "
		       "\"$DATABASE_URL\"",
		       M, base.data, S, base.data);
	what = "migrate up again, schemagen check";
	if (run_cmd(dir, cmd.data, &out) != 0)
		goto failed;
	rc = 0;
	goto out;
failed:
	sg_strbuf_addf(msg, "ledger '%s': %s failed:\n%s\n%s", table, what, cmd.data, out.data);
out:
	if (rc && msg->len && !strstr(msg->data, "ledger '"))
		sg_strbuf_addf(msg, "\n(ledger '%s': %s)", table, what);
	free(cat_a);
	free(back);
	rows_expect_release(&ex);
	rows_release(&rows);
	if (c2)
		PQfinish(c2);
	sg_strbuf_reset(&sql);
	sg_strbuf_addf(&sql, "DROP DATABASE IF EXISTS %s WITH (FORCE)", db);
	PQclear(PQexec(conn, sql.data));
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd, "rm -rf '%s'", dir);
	if (system(cmd.data) != 0 && rc == 0) {
		sg_strbuf_addf(msg, "ledger: cannot remove '%s'", dir);
		rc = -1;
	}
	sg_strbuf_release(&sql);
	sg_strbuf_release(&url);
	sg_strbuf_release(&path);
	sg_strbuf_release(&out);
	sg_strbuf_release(&cmd);
	sg_strbuf_release(&base);
	return rc;
}
