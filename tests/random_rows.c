/*
 * Rows in the database for the randomized diff suite (see random_rows.h):
 * seeding, the snapshot, the expected values after the up and the down (the
 * server's own casts along the way), comparing, the sequence probe.
 */
#include "random_values.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- SQL text ---- */

static void qident(sg_strbuf *sb, const char *name)
{
	char q[NAMELEN + 4];
	sql_ident(q, sizeof(q), name);
	sg_strbuf_adds(sb, q);
}

static void qlit(sg_strbuf *sb, const char *text)
{
	sg_strbuf_addch(sb, '\'');
	for (const char *p = text; *p; p++) {
		if (*p == '\'')
			sg_strbuf_addch(sb, '\'');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '\'');
}

/* The type a value of c is cast through: enums as text (a value outlives its type). */
static const char *cast_type(const rcol *c)
{
	if (c->type < 0)
		return c->array ? "text[]" : "text";
	return rtypes[c->type].canon;
}

void rows_release(rrows *r)
{
	for (int i = 0; i < MAXT; i++) {
		if (r->snap[i]) {
			for (int k = 0; k < r->snap_rows[i] * MAXC; k++)
				free(r->snap[i][k]);
			free(r->snap[i]);
		}
		r->snap[i] = NULL;
	}
	sg_strbuf_release(&r->inserts);
}

/* ---- the database ---- */

static int exec_ok(PGconn *conn, const char *sql, sg_strbuf *err)
{
	PGresult *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	PQclear(res);
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
		return 0;
	sg_strbuf_addf(err, "%s\n%s", PQerrorMessage(conn), sql);
	return -1;
}

/* FK check over the rows: rows of `t` whose key finds no row in the target. */
static int check_fks(PGconn *conn, const char *schema, rschema *s, sg_strbuf *err)
{
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int i = 0; i < t->nfks; i++) {
			rfk *f = &t->fks[i];
			sg_strbuf q = SG_STRBUF_INIT;
			sg_strbuf_adds(&q, "SELECT count(*) FROM ");
			qident(&q, schema);
			sg_strbuf_addch(&q, '.');
			qident(&q, t->name);
			sg_strbuf_adds(&q, " c WHERE NOT EXISTS (SELECT 1 FROM ");
			qident(&q, schema);
			sg_strbuf_addch(&q, '.');
			qident(&q, f->ref_table);
			sg_strbuf_adds(&q, " p WHERE ");
			for (int m = 0; m < f->n; m++) {
				sg_strbuf_adds(&q, m ? " AND p." : "p.");
				qident(&q, f->ref_cols[m]);
				sg_strbuf_adds(&q, " = c.");
				qident(&q, f->cols[m]);
			}
			sg_strbuf_addch(&q, ')');
			for (int m = 0; m < f->n; m++) {
				sg_strbuf_adds(&q, " AND c.");
				qident(&q, f->cols[m]);
				sg_strbuf_adds(&q, " IS NOT NULL");
			}
			PGresult *res = PQexec(conn, q.data);
			int rc = 0;
			if (PQresultStatus(res) != PGRES_TUPLES_OK) {
				sg_strbuf_addf(err, "%s\n%s", PQerrorMessage(conn), q.data);
				rc = -1;
			} else if (strcmp(PQgetvalue(res, 0, 0), "0") != 0) {
				sg_strbuf_addf(err, "%s rows of '%s' break foreign key to '%s'", PQgetvalue(res, 0, 0),
					       t->name, f->ref_table);
				rc = -1;
			}
			PQclear(res);
			sg_strbuf_release(&q);
			if (rc)
				return rc;
		}
	}
	return 0;
}

/* INSERT one row (given values by column index; NULL pointer: SQL NULL) into schema.table; logs it. */
static int insert_row(PGconn *conn, const char *schema, rtable *t, const bool *use, const char *const *vals,
		      sg_strbuf *log, sg_strbuf *err)
{
	sg_strbuf q = SG_STRBUF_INIT, lg = SG_STRBUF_INIT;
	const char *params[MAXC];
	int n = 0;
	sg_strbuf_adds(&q, "INSERT INTO ");
	if (schema) {
		qident(&q, schema);
		sg_strbuf_addch(&q, '.');
	}
	qident(&q, t->name);
	sg_strbuf_adds(&q, " (");
	for (int i = 0; i < t->ncols; i++) {
		if (!use[i])
			continue;
		if (n)
			sg_strbuf_adds(&q, ", ");
		qident(&q, t->cols[i].name);
		params[n++] = vals[i];
	}
	sg_strbuf_adds(&q, ") OVERRIDING SYSTEM VALUE VALUES (");
	sg_strbuf_adds(&lg, q.data);
	for (int i = 0, k = 0; i < t->ncols; i++) {
		if (!use[i])
			continue;
		sg_strbuf_addf(&q, "%s$%d", k ? ", " : "", k + 1);
		sg_strbuf_adds(&lg, k ? ", " : "");
		if (vals[i])
			qlit(&lg, vals[i]);
		else
			sg_strbuf_adds(&lg, "NULL");
		k++;
	}
	sg_strbuf_adds(&q, ")");
	sg_strbuf_adds(&lg, ");\n");
	if (log)
		sg_strbuf_adds(log, lg.data);
	int rc = 0;
	if (n == 0) {
		sg_strbuf_reset(&q);
		sg_strbuf_adds(&q, "INSERT INTO ");
		if (schema) {
			qident(&q, schema);
			sg_strbuf_addch(&q, '.');
		}
		qident(&q, t->name);
		sg_strbuf_adds(&q, " DEFAULT VALUES");
	}
	PGresult *res = PQexecParams(conn, q.data, n, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		sg_strbuf_addf(err, "%s%s", PQerrorMessage(conn), lg.data);
		rc = -1;
	}
	PQclear(res);
	sg_strbuf_release(&q);
	sg_strbuf_release(&lg);
	return rc;
}

static int snapshot(PGconn *conn, rtable *t, rrows *r, int ti, sg_strbuf *err)
{
	sg_strbuf q = SG_STRBUF_INIT;
	sg_strbuf_adds(&q, "SELECT ");
	for (int i = 0; i < t->ncols; i++) {
		if (i)
			sg_strbuf_adds(&q, ", ");
		qident(&q, t->cols[i].name);
		sg_strbuf_adds(&q, "::text");
	}
	sg_strbuf_adds(&q, " FROM ");
	qident(&q, t->name);
	PGresult *res = PQexec(conn, q.data);
	int rc = 0;
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		sg_strbuf_addf(err, "%s\n%s", PQerrorMessage(conn), q.data);
		rc = -1;
	} else {
		int n = PQntuples(res);
		r->snap_rows[ti] = n;
		r->snap[ti] = calloc((size_t)(n ? n : 1) * MAXC, sizeof(char *));
		for (int row = 0; row < n; row++)
			for (int i = 0; i < t->ncols; i++)
				r->snap[ti][row * MAXC + i] =
				    PQgetisnull(res, row, i) ? NULL : strdup(PQgetvalue(res, row, i));
	}
	PQclear(res);
	sg_strbuf_release(&q);
	return rc;
}

int rows_seed(PGconn *conn, rschema *a, rrows *r, sg_strbuf *err)
{
	if (exec_ok(conn, "BEGIN; SET LOCAL session_replication_role = replica", err))
		return -1;
	for (int ti = 0; ti < a->ntables; ti++) {
		rtable *t = &a->tables[ti];
		rtrows *tr = &r->t[ti];
		for (int row = 0; row < tr->nrows; row++) {
			if (!tr->present[row])
				continue;
			bool use[MAXC];
			const char *vals[MAXC];
			for (int i = 0; i < t->ncols; i++) {
				use[i] = !t->cols[i].gen;
				vals[i] = tr->cells[row][i].null ? NULL : tr->cells[row][i].v;
			}
			if (insert_row(conn, NULL, t, use, vals, &r->inserts, err)) {
				exec_ok(conn, "ROLLBACK", err);
				return -1;
			}
		}
	}
	if (exec_ok(conn, "COMMIT", err) || check_fks(conn, "public", a, err))
		return -1;
	for (int ti = 0; ti < a->ntables; ti++) {
		rtable *t = &a->tables[ti];
		for (int i = 0; i < t->ncols; i++) {
			/* A descending identity goes from -1 down, under the seeded keys: nothing to move. */
			if ((!t->cols[i].identity && !t->cols[i].serial) || t->cols[i].id_inc < 0)
				continue;
			sg_strbuf q = SG_STRBUF_INIT, tn = SG_STRBUF_INIT;
			qident(&tn, t->name);
			sg_strbuf_adds(&q, "SELECT setval(pg_get_serial_sequence($1, $2), max(");
			qident(&q, t->cols[i].name);
			sg_strbuf_adds(&q, ")) FROM ");
			qident(&q, t->name);
			sg_strbuf_adds(&q, " HAVING max(");
			qident(&q, t->cols[i].name);
			sg_strbuf_adds(&q, ") IS NOT NULL");
			const char *params[2] = {tn.data, t->cols[i].name};
			PGresult *res = PQexecParams(conn, q.data, 2, NULL, params, NULL, NULL, 0);
			int rc = PQresultStatus(res) == PGRES_TUPLES_OK ? 0 : -1;
			if (rc)
				sg_strbuf_addf(err, "%s\n%s", PQerrorMessage(conn), q.data);
			PQclear(res);
			sg_strbuf_release(&q);
			sg_strbuf_release(&tn);
			if (rc)
				return -1;
		}
	}
	for (int ti = 0; ti < a->ntables; ti++)
		if (snapshot(conn, &a->tables[ti], r, ti, err))
			return -1;
	return 0;
}

/* ---- expectations ---- */

static int expect_table(PGconn *conn, rtable *ta, rtable *tb, const rrows *r, int ti, bool down, rexp_table *out,
			sg_strbuf *err)
{
	out->compared = true;
	out->nrows = r->snap_rows[ti];
	int src[MAXC];
	for (int i = 0; i < ta->ncols; i++) {
		rcol *ca = &ta->cols[i], *cb = find_col_id(tb, ca->id);
		if (!cb || cb->gen || (down && ca->gen))
			continue;
		src[out->ncols] = i;
		out->col_ids[out->ncols++] = ca->id;
	}
	out->vals =
	    calloc((size_t)(out->nrows ? out->nrows : 1) * (size_t)(out->ncols ? out->ncols : 1), sizeof(char *));
	if (!out->nrows || !out->ncols)
		return 0;
	sg_strbuf q = SG_STRBUF_INIT;
	const char *params[MAXR * MAXC];
	int np = 0;
	sg_strbuf_adds(&q, "SELECT ");
	for (int k = 0; k < out->ncols; k++) {
		rcol *ca = &ta->cols[src[k]], *cb = find_col_id(tb, ca->id);
		if (cb->conv && cb->using_from) { /* the model's own conversion, as the up and down run it */
			char x[64], up[256], back[512];
			snprintf(x, sizeof(x), "(((v.c%d)::text)::%s)", k, cast_type(ca));
			conv_text(up, sizeof(up), cb->conv, x, cb->using_from - 1, false);
			conv_text(back, sizeof(back), cb->conv, up, cb->using_from - 1, true);
			sg_strbuf_addf(&q, "%s(%s)::text", k ? ", " : "", down ? back : up);
			continue;
		}
		sg_strbuf_addf(&q, "%s((((v.c%d)::text)::%s)::%s)", k ? ", " : "", k, cast_type(ca), cast_type(cb));
		if (down)
			sg_strbuf_addf(&q, "::%s", cast_type(ca));
		sg_strbuf_adds(&q, "::text");
	}
	sg_strbuf_adds(&q, " FROM (VALUES ");
	for (int row = 0; row < out->nrows; row++) {
		sg_strbuf_adds(&q, row ? ", (" : "(");
		for (int k = 0; k < out->ncols; k++) {
			params[np] = r->snap[ti][row * MAXC + src[k]];
			sg_strbuf_addf(&q, "%s$%d::text", k ? ", " : "", ++np);
		}
		sg_strbuf_addch(&q, ')');
	}
	sg_strbuf_adds(&q, ") AS v(");
	for (int k = 0; k < out->ncols; k++)
		sg_strbuf_addf(&q, "%sc%d", k ? ", " : "", k);
	sg_strbuf_addch(&q, ')');
	PGresult *res = PQexecParams(conn, q.data, np, NULL, params, NULL, NULL, 0);
	int rc = 0;
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		sg_strbuf_addf(err, "table '%s': a value does not convert: %s\n%s", ta->name, PQerrorMessage(conn),
			       q.data);
		rc = -1;
	} else {
		for (int row = 0; row < out->nrows; row++)
			for (int k = 0; k < out->ncols; k++)
				out->vals[row * out->ncols + k] =
				    PQgetisnull(res, row, k) ? NULL : strdup(PQgetvalue(res, row, k));
	}
	PQclear(res);
	sg_strbuf_release(&q);
	return rc;
}

int rows_expect(PGconn *conn, rschema *a, rschema *b, const rrows *r, rexpect *out, sg_strbuf *err)
{
	memset(out, 0, sizeof(*out));
	for (int ti = 0; ti < a->ntables; ti++) {
		rtable *ta = &a->tables[ti], *tb = find_table_id(b, ta->id);
		if (!tb)
			continue;
		if (expect_table(conn, ta, tb, r, ti, false, &out->up[ti], err) ||
		    expect_table(conn, ta, tb, r, ti, true, &out->down[ti], err))
			return -1;
	}
	return 0;
}

void rows_expect_release(rexpect *e)
{
	for (int side = 0; side < 2; side++)
		for (int ti = 0; ti < MAXT; ti++) {
			rexp_table *x = side ? &e->down[ti] : &e->up[ti];
			if (!x->vals)
				continue;
			for (int k = 0; k < x->nrows * x->ncols; k++)
				free(x->vals[k]);
			free(x->vals);
			x->vals = NULL;
		}
}

/* ---- comparing ---- */

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Rows as sorted lines "v1 | v2 | NULL" (a NULL is \x01NULL, so no text can look like one). */
static char *rows_text(char **vals, int nrows, int ncols)
{
	char **lines = calloc((size_t)(nrows ? nrows : 1), sizeof(char *));
	for (int row = 0; row < nrows; row++) {
		sg_strbuf l = SG_STRBUF_INIT;
		for (int k = 0; k < ncols; k++) {
			const char *v = vals[row * ncols + k];
			sg_strbuf_adds(&l, k ? " | " : "  ");
			if (v)
				sg_strbuf_adds(&l, v);
			else
				sg_strbuf_adds(&l, "\x01NULL");
		}
		lines[row] = sg_strbuf_detach(&l, NULL);
	}
	qsort(lines, (size_t)nrows, sizeof(char *), cmp_str);
	sg_strbuf all = SG_STRBUF_INIT;
	for (int row = 0; row < nrows; row++) {
		sg_strbuf_addf(&all, "%s\n", lines[row]);
		free(lines[row]);
	}
	free(lines);
	return sg_strbuf_detach(&all, NULL);
}

int rows_compare(PGconn *conn, rschema *now, rschema *a, const rexpect *e, bool after_down, sg_strbuf *err)
{
	int rc = 0;
	for (int ti = 0; ti < a->ntables && !rc; ti++) {
		const rexp_table *x = after_down ? &e->down[ti] : &e->up[ti];
		rtable *t = find_table_id(now, a->tables[ti].id);
		if (!x->compared || !t)
			continue;
		sg_strbuf q = SG_STRBUF_INIT;
		sg_strbuf_adds(&q, "SELECT ");
		for (int k = 0; k < x->ncols; k++) {
			rcol *c = find_col_id(t, x->col_ids[k]);
			sg_strbuf_adds(&q, k ? ", " : "");
			qident(&q, c->name);
			sg_strbuf_adds(&q, "::text");
		}
		sg_strbuf_adds(&q, " FROM ");
		qident(&q, t->name);
		PGresult *res = PQexec(conn, q.data);
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			sg_strbuf_addf(err, "%s\n%s", PQerrorMessage(conn), q.data);
			rc = -1;
		} else {
			int n = PQntuples(res);
			char **got = calloc((size_t)(n ? n : 1) * (size_t)(x->ncols ? x->ncols : 1), sizeof(char *));
			for (int row = 0; row < n; row++)
				for (int k = 0; k < x->ncols; k++)
					got[row * x->ncols + k] =
					    PQgetisnull(res, row, k) ? NULL : PQgetvalue(res, row, k);
			char *want_text = rows_text(x->vals, x->nrows, x->ncols);
			char *got_text = rows_text(got, n, x->ncols);
			if (strcmp(want_text, got_text) != 0) {
				sg_strbuf_addf(err, "rows of table '%s' after the %s differ (columns:", t->name,
					       after_down ? "down" : "up");
				for (int k = 0; k < x->ncols; k++)
					sg_strbuf_addf(err, " %s", find_col_id(t, x->col_ids[k])->name);
				sg_strbuf_addf(err, ")\n--- expected (%d rows)\n%s--- got (%d rows)\n%s", x->nrows,
					       want_text, n, got_text);
				rc = -1;
			}
			free(want_text);
			free(got_text);
			free(got);
		}
		PQclear(res);
		sg_strbuf_release(&q);
	}
	return rc;
}

/* ---- the probe ---- */

static bool sequence_key(rtable *t)
{
	for (int i = 0; i < t->ncols; i++)
		if ((t->cols[i].identity || t->cols[i].serial) && in_unique(t, t->cols[i].name))
			return true;
	return false;
}

int rows_probe(PGconn *conn, rschema *now, rschema *a, rschema *b, rrows *r, sg_strbuf *err)
{
	values_bind(a, b, r);
	int side = now == a ? 0 : 1;
	for (int ti = 0; ti < a->ntables; ti++) {
		rtable *ta = &a->tables[ti], *t = find_table_id(now, ta->id);
		const rtrows *tr = &r->t[ti];
		int present = 0;
		for (int row = 0; row < tr->nrows; row++)
			present += tr->present[row];
		if (!t || !present || !sequence_key(t))
			continue;
		/* The probe row must hold for the constraints of `now` (foreign keys are off). */
		if (!values_probe_holds(now, side, ta->id))
			continue;
		bool use[MAXC];
		const char *vals[MAXC];
		for (int i = 0; i < t->ncols; i++) {
			rcol *c = &t->cols[i], *ca = find_col_id(ta, c->id);
			use[i] = ca && !ca->gen && !c->gen && !c->identity && !c->serial;
			vals[i] = NULL;
			if (use[i]) {
				const rcell *cell = &tr->cells[MAXR][ca - ta->cols];
				vals[i] = cell->null ? NULL : cell->v;
			}
		}
		sg_strbuf e = SG_STRBUF_INIT;
		int rc = exec_ok(conn, "BEGIN; SET LOCAL session_replication_role = replica", &e);
		if (!rc && insert_row(conn, NULL, t, use, vals, NULL, &e) != 0) {
			sg_strbuf_addf(err, "the next insert into '%s' fails: %s", t->name, e.data);
			rc = -1;
		}
		PQclear(PQexec(conn, "ROLLBACK"));
		sg_strbuf_release(&e);
		if (rc)
			return -1;
	}
	return 0;
}

int sequences_check(PGconn *conn, const rschema *models, sg_strbuf *err)
{
	static const char *const q =
	    "SELECT s.relname FROM pg_class s "
	    "JOIN pg_namespace n ON n.oid = s.relnamespace "
	    "WHERE s.relkind = 'S' AND n.nspname = 'public' "
	    "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
	    "    AND d.objid = s.oid AND d.deptype = 'i') "
	    "AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_attrdef'::regclass "
	    "    AND d.refclassid = 'pg_class'::regclass AND d.refobjid = s.oid) "
	    "ORDER BY s.relname";
	PGresult *res = PQexec(conn, q);
	int rc = 0;
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		sg_strbuf_addf(err, "%s", PQerrorMessage(conn));
		rc = -1;
	} else {
		/* The models' own sequences may be read by nothing (issue 13). */
		for (int i = 0; i < PQntuples(res); i++) {
			bool own = false;
			for (int k = 0; k < models->nseqs && !own; k++)
				own = strcmp(models->seqs[k].name, PQgetvalue(res, i, 0)) == 0;
			if (own)
				continue;
			sg_strbuf_addf(err, "%s%s",
				       rc ? ", " : "sequences left behind (no identity, no default uses them): ",
				       PQgetvalue(res, i, 0));
			rc = -1;
		}
	}
	PQclear(res);
	return rc;
}

int serial_names_check(PGconn *conn, rschema *now, rschema *other, sg_strbuf *err)
{
	for (int ti = 0; ti < now->ntables; ti++) {
		rtable *t = &now->tables[ti], *o = find_table_id(other, t->id);
		for (int i = 0; i < t->ncols; i++) {
			rcol *c = &t->cols[i], *oc = o ? find_col_id(o, c->id) : NULL;
			if (!c->serial || (oc && oc->serial))
				continue;
			sg_strbuf tn = SG_STRBUF_INIT, want = SG_STRBUF_INIT;
			qident(&tn, t->name);
			sg_strbuf_addf(&want, "%s_%s_seq", t->name, c->name);
			const char *params[3] = {tn.data, c->name, want.data};
			PGresult *res = PQexecParams(conn,
						     "SELECT pg_get_serial_sequence($1, $2), "
						     "pg_get_serial_sequence($1, $2) = 'public.' || quote_ident($3)",
						     3, NULL, params, NULL, NULL, 0);
			int rc = 0;
			if (PQresultStatus(res) != PGRES_TUPLES_OK) {
				sg_strbuf_addf(err, "%s", PQerrorMessage(conn));
				rc = -1;
			} else if (strcmp(PQgetvalue(res, 0, 1), "t") != 0) {
				sg_strbuf_addf(err,
					       "the new serial '%s.%s' has sequence '%s', not '%s' as serial names it",
					       t->name, c->name, PQgetvalue(res, 0, 0), want.data);
				rc = -1;
			}
			PQclear(res);
			sg_strbuf_release(&tn);
			sg_strbuf_release(&want);
			if (rc)
				return -1;
		}
	}
	return 0;
}

/* ---- is it the generator's fault? ---- */

int rows_insert_expected(PGconn *conn, const char *schema, rschema *b, rschema *a, const rexpect *e, sg_strbuf *why)
{
	if (exec_ok(conn, "BEGIN; SET LOCAL session_replication_role = replica", why))
		return -1;
	for (int ti = 0; ti < a->ntables; ti++) {
		const rexp_table *x = &e->up[ti];
		rtable *t = find_table_id(b, a->tables[ti].id);
		if (!x->compared || !t)
			continue;
		for (int row = 0; row < x->nrows; row++) {
			bool use[MAXC] = {0};
			const char *vals[MAXC] = {0};
			for (int k = 0; k < x->ncols; k++) {
				rcol *c = find_col_id(t, x->col_ids[k]);
				use[c - t->cols] = true;
				vals[c - t->cols] = x->vals[row * x->ncols + k];
			}
			if (insert_row(conn, schema, t, use, vals, NULL, why)) {
				exec_ok(conn, "ROLLBACK", why);
				return -1;
			}
		}
	}
	if (exec_ok(conn, "COMMIT", why))
		return -1;
	return check_fks(conn, schema, b, why);
}
