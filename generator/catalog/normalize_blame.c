/*
 * A model the server rejects, reported as the model's fault (normalize.c,
 * convert.c): which SQLSTATEs are the model's rather than the server's or
 * our rights', and, when a scratch batch fails, which of its statements the
 * server rejected and where in the models that is: the column or check of a
 * CREATE TABLE, the place inside a view's query, the line and column inside
 * a function's body (normalize_bodies.c), else the object's own position
 * (tests/server_errors_cli.sh).  A batch the server failed for a reason of
 * its own (a timeout, a cancel, a lost connection, out of memory) is
 * reported as that, not run again (tests/fault_server_cli.sh).
 */
#include <stdlib.h>
#include <string.h>

#include "ddl.h"
#include "normalize.h"
#include "normalize_script.h"

bool sg_normalize__is_model_error(const char *state)
{
	if (!state || strlen(state) != 5)
		return false;
	if (strcmp(state, "42501") == 0) /* insufficient_privilege */
		return false;
	return strncmp(state, "42", 2) == 0 || strncmp(state, "22", 2) == 0 || strncmp(state, "23", 2) == 0 ||
	       strncmp(state, "2B", 2) == 0 || strncmp(state, "0A", 2) == 0;
}

/*
 * SQLSTATE classes that say the server or the session failed, whatever the
 * statement: connection (08), transaction rollback (40: deadlock,
 * serialization), insufficient resources (53: out of memory, disk full, too
 * many locks), operator intervention (57: a cancel, a timeout, a shutdown),
 * system error (58: I/O), internal error (XX); and 55P03, a lock that was not
 * granted in time.  Running the statements again one at a time would only
 * fail again, or pass and blame the models as a whole.
 */
static bool is_server_failure(const char *state)
{
	static const char *const classes[] = {"08", "40", "53", "57", "58", "XX"};
	if (!state || strlen(state) != 5)
		return true; /* no SQLSTATE: libpq's own error, the connection lost */
	for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (strncmp(state, classes[i], 2) == 0)
			return true;
	return strcmp(state, "55P03") == 0;
}

int sg_normalize__server_failure(PGconn *conn, const PGresult *batch, const char *doing, sg_pos pos, sg_error *err)
{
	const char *state = batch ? PQresultErrorField(batch, PG_DIAG_SQLSTATE) : NULL;
	if (PQstatus(conn) != CONNECTION_BAD && !is_server_failure(state))
		return 0;
	const char *msg = batch ? PQresultErrorField(batch, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	size_t len;
	if (!msg || PQstatus(conn) == CONNECTION_BAD) {
		msg = PQerrorMessage(conn);
		while (*msg == ' ' || *msg == '\n')
			msg++;
		/* libpq's text of a message from the server starts with its severity. */
		if (strncmp(msg, "FATAL:  ", 8) == 0 || strncmp(msg, "ERROR:  ", 8) == 0)
			msg += 8;
	}
	len = strcspn(msg, "\n");
	sg_strbuf where = SG_STRBUF_INIT;
	if (pos.file)
		sg_strbuf_addf(&where, "%s:%d:%d: ", pos.file, pos.line, pos.column);
	if (PQstatus(conn) == CONNECTION_BAD)
		sg_error_set(err, SG_ERR_DB, "%slost the connection while %s: %.*s", where.data, doing, (int)len,
			     len ? msg : "no answer from the server");
	else
		sg_error_set(err, SG_ERR_DB, "%sthe server failed while %s: %.*s (SQLSTATE %s)", where.data, doing,
			     (int)len, msg, state ? state : "?");
	sg_strbuf_release(&where);
	return -1;
}

/*
 * The server's error position `position` (1-based, in characters) in `sql`
 * as a byte offset into `off` (UTF-8: continuation bytes do not count); false
 * when the error has no position.
 */
static bool error_offset(const char *sql, const char *position, size_t *off)
{
	long pos = position ? strtol(position, NULL, 10) : 0;
	if (pos <= 0)
		return false;
	size_t o = 0;
	for (long chars = 0; sql[o]; o++)
		if (((unsigned char)sql[o] & 0xC0) != 0x80 && ++chars == pos)
			break;
	*off = o;
	return true;
}

/*
 * The column of a CREATE TABLE statement that the server's error position
 * (1-based, in characters) falls in, or NULL: an unknown type or an invalid
 * default is then reported at the column's line, not the table's.
 */
static const sg_column *column_at(const sg_table *t, const char *sql, const char *position)
{
	size_t off;
	if (!t || !error_offset(sql, position, &off))
		return NULL;
	const sg_column *found = NULL;
	const char *from = sql;
	sg_strbuf one = SG_STRBUF_INIT;
	for (size_t i = 0; i < t->ncolumns; i++) {
		sg_strbuf_reset(&one);
		sg_ddl_column(&one, &t->columns[i]);
		const char *at = strstr(from, one.data);
		if (!at)
			break;
		if ((size_t)(at - sql) <= off && off < (size_t)(at - sql) + one.len) {
			found = &t->columns[i];
			break;
		}
		from = at + one.len;
	}
	sg_strbuf_release(&one);
	return found;
}

/*
 * Where in the models view `v`'s query the server's error position (in
 * characters) in CREATE VIEW statement `sql` is; `fallback` outside it.
 */
static sg_pos query_pos(const sg_view *v, const char *sql, const char *position, sg_pos fallback)
{
	const char *at = strstr(sql, v->query);
	size_t off;
	if (!error_offset(sql, position, &off) || !at)
		return fallback;
	size_t start = (size_t)(at - sql);
	if (off < start || off >= start + strlen(v->query))
		return fallback;
	return sg_text_origin_pos(&v->query_at, v->query, off - start, fallback);
}

/*
 * Where in the models function `fn`'s definition the server's error position
 * (in characters) in its CREATE statement `sql` is: the statement is the
 * definition (its qualifiers blanked, offsets kept), so an unknown column in
 * a BEGIN ATOMIC body is put at the column, not at the function's name.
 * `fallback` when there is no position, or it is past the definition.
 */
static sg_pos definition_pos(const sg_function *fn, const char *sql, const char *position, sg_pos fallback)
{
	size_t off;
	if (!fn->definition || !error_offset(sql, position, &off) || off >= strlen(fn->definition))
		return fallback;
	return sg_text_origin_pos(&fn->definition_at, fn->definition, off, fallback);
}

/*
 * The constraint of a CREATE TABLE statement that the server's error
 * position falls in, or NULL: a check's unknown column or operator is then
 * reported at the check's line, not the table's.
 */
static const sg_constraint *constraint_at(const sg_table *t, const char *sql, const char *position)
{
	size_t off;
	if (!t || !error_offset(sql, position, &off))
		return NULL;
	const sg_constraint *found = NULL;
	sg_strbuf one = SG_STRBUF_INIT;
	for (size_t i = 0; i < t->nconstraints && !found; i++) {
		sg_strbuf_reset(&one);
		sg_ddl_constraint_body(&one, &t->constraints[i], NULL);
		for (const char *at = strstr(sql, one.data); at && !found; at = strstr(at + 1, one.data))
			if ((size_t)(at - sql) <= off && off < (size_t)(at - sql) + one.len)
				found = &t->constraints[i];
	}
	sg_strbuf_release(&one);
	return found;
}

/* The statement of script `s` that the batch's error position falls in, or NULL. */
static const sg_normalize_stmt *stmt_at(const sg_normalize_script *s, const PGresult *batch)
{
	size_t off;
	if (!batch || !error_offset(s->sql.data, PQresultErrorField(batch, PG_DIAG_STATEMENT_POSITION), &off))
		return NULL;
	for (size_t i = 0; i < s->n; i++)
		if (s->stmts[i].start <= off && off < s->stmts[i].end)
			return &s->stmts[i];
	return NULL;
}

int sg_normalize__blame_statement(PGconn *conn, const sg_normalize_script *s, PGresult *batch, const sg_schema *model,
				  sg_error *err)
{
	const char *target = model->name;
	sg_strbuf scratch = SG_STRBUF_INIT, path = SG_STRBUF_INIT, one = SG_STRBUF_INIT;
	const sg_normalize_stmt *at = stmt_at(s, batch);
	int rc = sg_normalize__server_failure(conn, batch, "trying the models in a scratch schema",
					      at ? at->pos : (sg_pos){0}, err);
	PQclear(batch);
	sg_normalize__rollback(conn);
	if (rc != 0) {
		sg_strbuf_release(&scratch);
		return rc;
	}
	rc = sg_normalize__open_scratch(conn, target, &scratch, &path, err);
	for (size_t i = 0; rc == 0 && i < s->n; i++) {
		const sg_normalize_stmt *st = &s->stmts[i];
		sg_strbuf_reset(&one);
		sg_strbuf_add(&one, s->sql.data + st->start, st->end - st->start);
		PGresult *res = NULL;
		if (sg_normalize__exec(conn, one.data, &res) == 0)
			continue;
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		sg_strbuf where = SG_STRBUF_INIT;
		const sg_column *col =
		    column_at(st->table, one.data, PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION));
		const sg_constraint *con =
		    col ? NULL
			: constraint_at(st->table, one.data, PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION));
		sg_pos pos = col && col->pos.file ? col->pos : con && con->pos.file ? con->pos : st->pos;
		const sg_function *fn = st->bodies ? sg_normalize__body_error(model, res, &pos) : NULL;
		if (st->function)
			pos = definition_pos(st->function, one.data,
					     PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION), pos);
		if (st->view)
			pos = query_pos(st->view, one.data, PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION), pos);
		if (pos.file)
			sg_strbuf_addf(&where, "%s:%d:%d: ", pos.file, pos.line, pos.column);
		if (col)
			sg_strbuf_addf(&where, "column '%s' of ", col->name);
		else if (con && con->name)
			sg_strbuf_addf(&where, "constraint '%s' of ", con->name);
		bool model_error = sg_normalize__is_model_error(state);
		sg_error_set(err, model_error ? SG_ERR_INPUT : SG_ERR_DB, "%s%s '%s': %s (SQLSTATE %s)", where.data,
			     fn && fn->procedure ? "procedure" : st->what, fn ? fn->name : st->name,
			     msg ? msg : PQerrorMessage(conn), state ? state : "?");
		sg_strbuf_release(&where);
		PQclear(res);
		rc = -1;
		break;
	}
	if (rc == 0)
		rc = sg_error_set(err, SG_ERR_DB, "the server rejected the models as a whole but each statement alone");
	sg_normalize__rollback(conn);
	sg_strbuf_release(&scratch);
	sg_strbuf_release(&path);
	sg_strbuf_release(&one);
	return rc;
}
