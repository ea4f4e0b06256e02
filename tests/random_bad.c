/*
 * The class `bad_input` of the randomized diff suite (see random_pair.h):
 * B, a valid edit of A (class base), is made bad by one injected object
 * before `schemagen diff --write` reads it: a function whose body has a
 * syntax error (sql in a double-quoted scalar with escapes, plpgsql in a
 * block scalar, sql in a single-quoted scalar with ''), a view whose query
 * does not parse or names an unknown column (after escaped quotes), a domain
 * check that does not parse, a default reading an unknown sequence,
 * `match: partial`, an unknown key, a trigger calling an unknown function.
 * The command must exit 2 with the file and the line:column computed from
 * the injected text (the `@` in a template marks it), write nothing into
 * the migrations directory and leave the live database as it was.  The pair
 * then goes through its round trip with the valid B.
 *
 * Where a position is the object's rather than the token's, that is what
 * the loader reports for its kind: an SQL fragment (a domain check) at the
 * start of its scalar, a column default's sequence at the column, a
 * trigger's function at the trigger.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diff_util.h"
#include "random_pair.h"

#define NBAD 11

/* A YAML double-quoted scalar's escaping of s (no control characters in names). */
static void yaml_escaped(sg_strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *s);
	}
}

/*
 * The section (`functions:`, `views:`, `domains:`, `tables:`) item and the
 * message fragment of bad kind k; `@` marks where the error is reported.
 */
static const char *template_of(int k, const rschema *b, sg_strbuf *item, sg_strbuf *what)
{
	if (k == 5 && !b->ntables)
		k = 4;
	switch (k) {
	case 1:
		sg_strbuf_adds(item, "  - name: \"Bad Fn\"\n    definition: \"CREATE FUNCTION \\\"Bad Fn\\\"() RETURNS "
				     "text LANGUAGE sql RETURN '\\\\x' || 'y' @WHERE\"\n");
		sg_strbuf_adds(what, "function 'Bad Fn': syntax error at or near \"WHERE\"");
		return "functions";
	case 2:
		sg_strbuf_adds(item,
			       "  - name: bad_fn\n    definition: |\n      CREATE FUNCTION bad_fn() RETURNS integer "
			       "LANGUAGE plpgsql AS $$\n      BEGIN\n        RETURN 1; @WHERE;\n      END $$\n");
		sg_strbuf_adds(what, "function 'bad_fn': syntax error at or near \"WHERE\"");
		return "functions";
	case 3:
		sg_strbuf_adds(item,
			       "  - name: bad_fn\n    definition: 'CREATE FUNCTION bad_fn() RETURNS text LANGUAGE sql "
			       "RETURN ''x'' || ''y'' @WHERE'\n");
		sg_strbuf_adds(what, "function 'bad_fn': syntax error at or near \"WHERE\"");
		return "functions";
	case 4:
		sg_strbuf_adds(item, "  - name: bad_view\n    query: |\n      SELECT 1 AS a\n      FROM @FROM\n");
		sg_strbuf_adds(what, "view 'bad_view': syntax error at or near \"FROM\"");
		return "views";
	case 5: {
		char id[NAMELEN + 4];
		sql_ident(id, sizeof(id), b->tables[0].name);
		sg_strbuf_adds(item, "  - { name: bad_view, query: \"SELECT @\\\"T\\\".nope_col FROM ");
		yaml_escaped(item, id);
		sg_strbuf_adds(item, " AS \\\"T\\\"\" }\n");
		sg_strbuf_adds(what, "view 'bad_view': column T.nope_col does not exist");
		return "views";
	}
	case 6:
		sg_strbuf_adds(item,
			       "  - { name: bad_dom, type: integer, checks: [{ expression: @\"VALUE > > 0\" }] }\n");
		sg_strbuf_adds(what, "check #1 of domain 'bad_dom' is not an SQL expression: syntax error");
		return "domains";
	case 7:
		sg_strbuf_adds(item, "  - name: bad_table\n    columns:\n      - { name: @x, type: bigint, default: "
				     "\"nextval('no_such_seq')\" }\n");
		sg_strbuf_adds(what, "the default of column 'x' of table 'bad_table' reads sequence 'no_such_seq'");
		return "tables";
	case 8:
		sg_strbuf_adds(
		    item, "  - name: bad_table\n    columns:\n      - { name: id, type: integer, primary_key: true "
			  "}\n      - { name: x, type: integer, references: { table: bad_table, match: @partial } "
			  "}\n");
		sg_strbuf_adds(what, "'match: partial' is not implemented by PostgreSQL");
		return "tables";
	case 9:
		sg_strbuf_adds(item,
			       "  - name: bad_table\n    columns:\n      - { name: x, type: integer, @colour: red }\n");
		sg_strbuf_adds(what, "unknown key 'colour' in column 'x' of table 'bad_table'");
		return "tables";
	case 10:
		sg_strbuf_adds(item,
			       "  - name: bad_table\n    columns:\n      - { name: x, type: integer }\n    triggers:\n "
			       "     - { name: @bad_trg, timing: before, events: [insert], for_each: row, function: "
			       "\"no_such_fn()\" }\n");
		sg_strbuf_adds(what, "trigger 'bad_trg': function no_such_fn() does not exist");
		return "tables";
	default:
		sg_strbuf_adds(item,
			       "  - name: \"Bad Fn\"\n    definition: >\n      CREATE FUNCTION \"Bad Fn\"() RETURNS "
			       "integer\n      LANGUAGE sql RETURN 1 @WHERE\n");
		sg_strbuf_adds(what, "function 'Bad Fn': syntax error at or near \"WHERE\"");
		return "functions";
	}
}

/*
 * B's YAML with bad kind k injected (as its section's first item, or a new
 * section at the end) into out; where: "b.yaml:LINE:COLUMN: " of the marker.
 */
static void inject(int k, const rschema *b, const char *yaml, sg_strbuf *out, sg_strbuf *where, sg_strbuf *what)
{
	sg_strbuf item = SG_STRBUF_INIT, key = SG_STRBUF_INIT;
	const char *section = template_of(k, b, &item, what);
	sg_strbuf_addf(&key, "%s:\n", section);
	const char *at = strncmp(yaml, key.data, key.len) == 0 ? yaml : NULL;
	if (!at) {
		sg_strbuf_reset(&key);
		sg_strbuf_addf(&key, "\n%s:\n", section);
		at = strstr(yaml, key.data);
		at = at ? at + 1 : NULL;
	}
	size_t head, skip = 0; /* bytes of yaml before the item; of an empty list's `X: []` line */
	sg_strbuf_reset(out);
	sg_strbuf_reset(&key);
	sg_strbuf_addf(&key, "%s: []\n", section);
	const char *empty = strncmp(yaml, key.data, key.len) == 0 ? yaml : NULL;
	if (!at && !empty) {
		sg_strbuf_reset(&key);
		sg_strbuf_addf(&key, "\n%s: []\n", section);
		empty = strstr(yaml, key.data);
		empty = empty ? empty + 1 : NULL;
	}
	if (at) {
		head = (size_t)(at - yaml) + strlen(section) + 2;
		sg_strbuf_add(out, yaml, head);
	} else if (empty) {
		at = empty;
		head = (size_t)(empty - yaml);
		skip = strlen(section) + 5;
		sg_strbuf_add(out, yaml, head);
		sg_strbuf_addf(out, "%s:\n", section);
	} else {
		sg_strbuf_adds(out, yaml);
		sg_strbuf_addf(out, "%s:\n", section);
		head = strlen(yaml);
	}
	int line = 1, col = 1;
	for (const char *p = out->data; *p; p++)
		line += *p == '\n';
	const char *mark = strchr(item.data, '@');
	for (const char *p = item.data; p < mark; p++) {
		if (*p == '\n') {
			line++;
			col = 1;
		} else if (((unsigned char)*p & 0xC0) != 0x80) {
			col++;
		}
	}
	sg_strbuf_add(out, item.data, (size_t)(mark - item.data));
	sg_strbuf_adds(out, mark + 1);
	if (at)
		sg_strbuf_adds(out, yaml + head + skip);
	sg_strbuf_addf(where, "b.yaml:%d:%d: ", line, col);
	sg_strbuf_release(&item);
	sg_strbuf_release(&key);
}

/* The migrations directory holds no file. */
static bool empty_dir(const char *path)
{
	sg_strbuf cmd = SG_STRBUF_INIT;
	sg_strbuf_addf(&cmd, "[ -z \"$(ls -A '%s')\" ]", path);
	int rc = system(cmd.data);
	sg_strbuf_release(&cmd);
	return rc == 0;
}

static char *schemas_text(PGconn *conn)
{
	PGresult *res = PQexec(conn, "SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace");
	char *s = strdup(PQresultStatus(res) == PGRES_TUPLES_OK ? PQgetvalue(res, 0, 0) : "?");
	PQclear(res);
	return s;
}

int bad_input_run(PGconn *conn, const rpair *p, const char *yaml_b, const char *cat_before, sg_strbuf *msg,
		  sg_strbuf *bad_yaml)
{
	const char *exe = getenv("SG_SCHEMAGEN_EXE");
	char exe_buf[4096];
	if (!exe || !exe[0]) { /* the build tree's: generator/schemagen beside tests/ */
		ssize_t n = readlink("/proc/self/exe", exe_buf, sizeof(exe_buf) - 32);
		if (n <= 0)
			return -1;
		exe_buf[n] = '\0';
		char *slash = strrchr(exe_buf, '/');
		*slash = '\0';
		slash = strrchr(exe_buf, '/');
		strcpy(slash, "/generator/schemagen");
		exe = exe_buf;
	}
	sg_strbuf where = SG_STRBUF_INIT, what = SG_STRBUF_INIT, url = SG_STRBUF_INIT, cmd = SG_STRBUF_INIT,
		  path = SG_STRBUF_INIT, text = SG_STRBUF_INIT;
	inject(p->bad, &p->b, yaml_b, bad_yaml, &where, &what);
	char dir[] = "/tmp/sg_random_bad_XXXXXX";
	int rc = -1;
	if (!mkdtemp(dir)) {
		sg_strbuf_adds(msg, "bad input: cannot create a temporary directory");
		goto out;
	}
	sg_strbuf_addf(&path, "%s/models", dir);
	mkdir(path.data, 0755);
	sg_strbuf_addf(&path, "/b.yaml");
	FILE *f = fopen(path.data, "w");
	if (!f || fputs(bad_yaml->data, f) == EOF || fclose(f) != 0) {
		sg_strbuf_addf(msg, "bad input: cannot write '%s'", path.data);
		goto out;
	}
	sg_strbuf_reset(&path);
	sg_strbuf_addf(&path, "%s/migrations", dir);
	mkdir(path.data, 0755);
	sg_strbuf_addf(&url, "host=%s port=%s user=%s dbname=%s", PQhost(conn), PQport(conn), PQuser(conn), PQdb(conn));
	setenv("SG_RANDOM_BAD_URL", url.data, 1);
	char *schemas = schemas_text(conn);
	/* The models directory is named by a relative path: the message names models/b.yaml. */
	sg_strbuf_addf(
	    &cmd, "cd '%s' && '%s' --database \"$SG_RANDOM_BAD_URL\" -m models -d migrations diff --write bad 2>&1",
	    dir, exe);
	FILE *out = popen(cmd.data, "r");
	char buf[4096];
	size_t n;
	while (out && (n = fread(buf, 1, sizeof(buf), out)) > 0)
		sg_strbuf_add(&text, buf, n);
	int status = out ? pclose(out) : -1;
	int code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	sg_strbuf want = SG_STRBUF_INIT;
	sg_strbuf_addf(&want, "schemagen: error: models/%s%s", where.data, what.data);
	char *after = difftest_catalog_text_by_name(conn, "public"), *schemas_after = schemas_text(conn);
	if (code != 2)
		sg_strbuf_addf(msg, "bad input %d: schemagen diff exited %d, expected 2:\n%s", p->bad, code, text.data);
	else if (!strstr(text.data, want.data))
		sg_strbuf_addf(msg, "bad input %d: expected '%s', got:\n%s", p->bad, want.data, text.data);
	else if (!empty_dir(path.data))
		sg_strbuf_addf(msg, "bad input %d: something was written into migrations/", p->bad);
	else if (strcmp(after, cat_before) != 0)
		sg_strbuf_addf(msg, "bad input %d: the live database changed\n--- before\n%s--- after\n%s", p->bad,
			       cat_before, after);
	else if (strcmp(schemas, schemas_after) != 0)
		sg_strbuf_addf(msg, "bad input %d: schemas before: %s; after: %s", p->bad, schemas, schemas_after);
	else
		rc = 0;
	free(after);
	free(schemas);
	free(schemas_after);
	sg_strbuf_release(&want);
	sg_strbuf_reset(&cmd);
	sg_strbuf_addf(&cmd, "rm -rf '%s'", dir);
	if (system(cmd.data) != 0 && rc == 0) {
		sg_strbuf_addf(msg, "bad input: cannot remove '%s'", dir);
		rc = -1;
	}
out:
	sg_strbuf_release(&where);
	sg_strbuf_release(&what);
	sg_strbuf_release(&url);
	sg_strbuf_release(&cmd);
	sg_strbuf_release(&path);
	sg_strbuf_release(&text);
	return rc;
}

void bad_input_edit(rschema *b, rfocus *f)
{
	class_base(b, f);
	f->bad = 1 + pick(NBAD);
}
