/*
 * The ledger and the live catalog in one snapshot, and that read in a thread
 * of its own (diff_state.h).
 *
 * Why one snapshot: the ledger says which migrations the catalog already
 * holds.  Read apart, a migration committed between the two reads leaves them
 * disagreeing; when the catalog is the older of the two, `diff` trusts a
 * ledger that lists a migration the catalog it compares does not show, and
 * writes that migration's changes again.  Read in one REPEATABLE READ
 * snapshot, the ledger's rows and the catalog's rows are one state: the
 * runner commits a migration's changes and its ledger row together.
 *
 * How it rides in the catalog reader's round trips (sg_catalog_hook): the
 * first pipeline looks the candidate tables up in pg_class and pg_attribute
 * (under the snapshot, no statement that could fail on a missing table); the
 * second reads the rows of the one that counts.
 */
#include "diff_state.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compare.h"
#include "schemagen/conn.h"
#include "strbuf.h"

/*
 * The relations named $3 (the tracking table) in schemas $1 and $2 (public, then the models'), with
 * their live columns sorted and comma-joined: which layout each has.
 */
static const char lookup_sql[] =
    "SELECT n.nspname, c.relkind, pg_catalog.string_agg(a.attname, ',' ORDER BY a.attname) "
    "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
    "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
    "WHERE c.relname = $3 AND n.nspname IN ($1, $2) GROUP BY n.nspname, c.relkind";

/* The columns sql_load_brief reads (tracking.c): a table that has them all is ours. */
static const char *const our_columns[] = {"version",	      "name",	    "checksum", "dirty", "statements_done",
					  "statements_total", "last_error", "method"};

typedef struct hook_ctx {
	sg_diff_state *state;
	const char *schema;
	const char *table;
	char *second; /* the statement that reads the ledger's rows, NULL when there is no table */
	bool golang;
	bool failed;
} hook_ctx;

static bool has_column(const char *list, const char *name)
{
	size_t len = strlen(name);
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, ",");
		if (n == len && strncmp(p, name, len) == 0)
			return true;
		p += n + (p[n] == ',');
	}
	return false;
}

static int find_schema(const PGresult *res, const char *schema)
{
	for (int i = 0; i < PQntuples(res); i++)
		if (strcmp(PQgetvalue(res, i, 0), schema) == 0)
			return i;
	return -1;
}

static int choose_table(void *arg, const PGresult *res, sg_error *err)
{
	hook_ctx *h = arg;
	sg_diff_state *s = h->state;
	/* public first, where `migrate` keeps it unless told --schema; then the models' schema. */
	const char *where = "public";
	int row = find_schema(res, where);
	if (row < 0 && strcmp(h->schema, "public") != 0)
		row = find_schema(res, where = h->schema);
	if (sg_tracking_init(&s->tracking, where, h->table, err) != 0)
		return -1;
	s->tracking_ready = true;
	if (row < 0) {
		s->ledger.kind = SG_LEDGER_MISSING;
		return 0;
	}
	const char *kind = PQgetvalue(res, row, 1);
	const char *cols = PQgetisnull(res, row, 2) ? "" : PQgetvalue(res, row, 2);
	bool selectable = strchr("rpvmf", kind[0]) != NULL;
	bool ours = selectable;
	for (size_t i = 0; ours && i < sizeof(our_columns) / sizeof(our_columns[0]); i++)
		ours = has_column(cols, our_columns[i]);
	h->golang = !ours && selectable && strcmp(cols, "dirty,version") == 0;
	if (!ours && !h->golang)
		return sg_error_set(err, SG_ERR_REFUSED,
				    "table %s exists but is not a schemagen tracking table (nor golang-migrate's); "
				    "choose another with --table",
				    s->tracking.qtable);
	sg_strbuf sql = SG_STRBUF_INIT;
	if (ours)
		sg_strbuf_addf(&sql, "SELECT version FROM %s ORDER BY version", s->tracking.qtable);
	else
		sg_strbuf_addf(&sql, "SELECT version, dirty FROM %s ORDER BY version DESC LIMIT 1", s->tracking.qtable);
	if (sg_strbuf_failed(&sql)) {
		sg_strbuf_release(&sql);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	h->second = sg_strbuf_detach(&sql, NULL);
	return 0;
}

static const char *second_sql(void *arg)
{
	return ((hook_ctx *)arg)->second;
}

static int read_rows(void *arg, const PGresult *res, sg_error *err)
{
	hook_ctx *h = arg;
	sg_ledger *l = &h->state->ledger;
	int n = PQntuples(res);
	if (h->golang) {
		l->kind = SG_LEDGER_GOLANG;
		if (n == 1) {
			l->golang_version = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
			l->golang_dirty = strcmp(PQgetvalue(res, 0, 1), "t") == 0;
		}
		return 0;
	}
	l->kind = SG_LEDGER_OURS;
	l->rows = calloc(n ? (size_t)n : 1, sizeof(*l->rows));
	if (!l->rows)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (int i = 0; i < n; i++)
		l->rows[l->count++].version = strtoll(PQgetvalue(res, i, 0), NULL, 10);
	return 0;
}

int sg_diff_state_read(sg_diff_state *out, PGconn *conn, const char *schema, const char *table, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	if (!(out->schema = strdup(schema)))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	/* The ledger's rows come with the catalog's only when the reader opens the snapshot itself. */
	if (PQtransactionStatus(conn) != PQTRANS_IDLE)
		return sg_error_set(err, SG_ERR_DB, "the connection is not idle");
	hook_ctx h = {.state = out, .schema = schema, .table = table};
	sg_catalog_hook hook = {
	    .ctx = &h,
	    .first_sql = lookup_sql,
	    .first_params = {"public", schema, table},
	    .first_nparams = 3,
	    .first_read = choose_table,
	    .second_sql = second_sql,
	    .second_read = read_rows,
	};
	sg_compare_options opts = {.schema = schema, .tracking_table = table};
	int rc = sg_compare_read_live(&out->live, &out->stats, conn, &opts, &hook, err);
	free(h.second);
	if (rc != 0) {
		sg_diff_state_release(out);
		return -1;
	}
	return 0;
}

void sg_diff_state_release(sg_diff_state *s)
{
	free(s->schema);
	if (s->tracking_ready)
		sg_tracking_release(&s->tracking);
	sg_ledger_release(&s->ledger);
	sg_schema_free(s->live);
	memset(s, 0, sizeof(*s));
}

/* ---- in a thread of its own ------------------------------------------- */

static void *prefetch(void *arg)
{
	sg_diff_prefetch *p = arg;
	p->rc = -1;
	if (sg_conn_open(&p->conn, p->url, "schemagen", &p->conn_err) == 0) {
		sg_catalog_quiet_notices(p->conn);
		p->rc = sg_diff_state_read(&p->state, p->conn, p->schema, p->table, &p->err);
	}
	return NULL;
}

void sg_diff_prefetch_start(sg_diff_prefetch *p, const char *url, const char *schema, const char *table)
{
	memset(p, 0, sizeof(*p));
	p->rc = -1;
	p->url = url ? strdup(url) : NULL;
	p->schema = strdup(schema);
	p->table = strdup(table);
	if ((url && !p->url) || !p->schema || !p->table) {
		sg_error_set(&p->conn_err, SG_ERR_SYSTEM, "out of memory");
		return;
	}
	p->started = pthread_create(&p->thread, NULL, prefetch, p) == 0;
	if (!p->started)
		prefetch(p);
}

void sg_diff_prefetch_join(sg_diff_prefetch *p)
{
	if (p->started)
		pthread_join(p->thread, NULL);
	p->started = false;
}

void sg_diff_prefetch_release(sg_diff_prefetch *p)
{
	sg_diff_prefetch_join(p);
	PQfinish(p->conn);
	sg_diff_state_release(&p->state);
	sg_error_clear(&p->conn_err);
	sg_error_clear(&p->err);
	free(p->url);
	free(p->schema);
	free(p->table);
	memset(p, 0, sizeof(*p));
}

void sg_diff_guess_schema(char *out, size_t size, const char *dir)
{
	snprintf(out, size, "public");
	DIR *d = opendir(dir);
	if (!d)
		return;
	bool found = false;
	for (struct dirent *e; !found && (e = readdir(d)) != NULL;) {
		size_t len = strlen(e->d_name);
		if (e->d_name[0] == '.' || len < 6 || strcmp(e->d_name + len - 5, ".yaml") != 0)
			continue;
		/* Regular files only: a guess must not wait on a pipe the loader will read. */
		char path[4096];
		struct stat st;
		if (snprintf(path, sizeof(path), "%s/%s", dir, e->d_name) >= (int)sizeof(path) ||
		    stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		FILE *f = fopen(path, "r");
		char line[512];
		while (f && !found && fgets(line, sizeof(line), f)) {
			if (strncmp(line, "schema:", 7) != 0)
				continue;
			const char *v = line + 7 + strspn(line + 7, " \t");
			char quote = *v == '"' || *v == '\'' ? *v++ : '\0';
			size_t n = quote ? strcspn(v, quote == '"' ? "\"" : "'") : strcspn(v, " \t\r\n#");
			if (n > 0 && n < size) {
				memcpy(out, v, n);
				out[n] = '\0';
				found = true;
			}
		}
		if (f)
			fclose(f);
	}
	closedir(d);
}
