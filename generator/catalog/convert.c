/*
 * sg_convert: type changes tried on the server (see convert.h).
 *
 * For each table with type changes the script creates an empty copy as it
 * stands when the up's ALTER COLUMN ... TYPE statements run (matched columns
 * of the live type, new ones of the desired type, names as in the model:
 * renames and added columns come before column changes), converts its
 * columns in table order as the up does, drops it, then does the same for
 * the down: a copy of the desired table converted back, in reverse order.
 * The whole script is one round trip; only when it fails is it run again a
 * statement at a time, to name the conversion the server refused.
 */
#include "convert.h"

#include <stdlib.h>
#include <string.h>

#include "colmap.h"
#include "ddl.h"
#include "normalize.h"
#include "quote.h"
#include "strbuf.h"

/* One statement of the script; `w` set for a conversion (of `c` to `w`, or back when `down`). */
typedef struct stmt {
	size_t start, end;
	const sg_table *wt;
	const sg_column *c, *w;
	bool down;
} stmt;

typedef struct script {
	sg_strbuf sql;
	stmt *stmts;
	size_t n, cap;
	bool failed;
} script;

static void add_stmt(script *s, size_t start, const sg_table *wt, const sg_column *c, const sg_column *w, bool down)
{
	sg_strbuf_addch(&s->sql, '\n');
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		stmt *p = realloc(s->stmts, cap * sizeof(*p));
		if (!p) {
			s->failed = true;
			return;
		}
		s->stmts = p;
		s->cap = cap;
	}
	s->stmts[s->n++] = (stmt){start, s->sql.len, wt, c, w, down};
}

/*
 * The current table the diff continues with desired table `wt`, as diff.c's
 * match_tables decides: its `renamed_from` when that table exists and the
 * models do not keep a table of that name (or keep one renamed from another),
 * else the table of the same name; NULL for a new table.
 */
static const sg_table *match_table(const sg_schema *desired, const sg_schema *live, const sg_table *wt)
{
	if (wt->renamed_from && strcmp(wt->renamed_from, wt->name) != 0) {
		const sg_table *ct = sg_schema_find_table(live, wt->renamed_from);
		const sg_table *keeper = sg_schema_find_table(desired, wt->renamed_from);
		if (ct && (!keeper || (keeper->renamed_from && strcmp(keeper->renamed_from, keeper->name) != 0 &&
				       sg_schema_find_table(live, keeper->renamed_from))))
			return ct;
	}
	return sg_schema_find_table(live, wt->name);
}

/*
 * Whether the diff writes ALTER COLUMN ... TYPE for this pair: the type or
 * collation differs, and neither side is generated (a generated column is
 * re-created, or takes no USING).
 */
static bool converts(const sg_column *c, const sg_column *w)
{
	return c && !c->generated && !w->generated &&
	       (!sg_str_eq(c->type, w->type) || !sg_str_eq(c->collation, w->collation));
}

/* Whether a type (as format_type prints it, arrays included) is one of the schema's enums. */
static bool is_enum(const sg_schema *s, const char *type)
{
	size_t len = strlen(type);
	while (len >= 2 && strcmp(type + len - 2, "[]") == 0)
		len -= 2;
	sg_strbuf q = SG_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < s->nenums && !found; i++) {
		sg_strbuf_reset(&q);
		sg_quote_ident(&q, s->enums[i].name);
		found = q.len == len && strncmp(q.data, type, len) == 0;
	}
	sg_strbuf_release(&q);
	return found;
}

static void type_and_collation(sg_strbuf *sb, const char *type, const char *collation)
{
	sg_strbuf_adds(sb, type);
	if (collation) {
		sg_strbuf_adds(sb, " COLLATE ");
		sg_quote_ident(sb, collation);
	}
}

/* An empty copy of desired table `wt`: each column of the live type (`before`) where it has one, else the desired. */
static void create_copy(script *s, const sg_table *wt, const sg_colmap *map, bool before)
{
	size_t start = s->sql.len;
	sg_strbuf_adds(&s->sql, "CREATE TABLE ");
	sg_quote_ident(&s->sql, wt->name);
	sg_strbuf_adds(&s->sql, " (");
	for (size_t i = 0; i < wt->ncolumns; i++) {
		const sg_column *w = &wt->columns[i];
		const sg_column *c = before ? map->want_to_cur[i] : NULL;
		sg_strbuf_adds(&s->sql, i ? ", " : "");
		sg_quote_ident(&s->sql, w->name);
		sg_strbuf_addch(&s->sql, ' ');
		type_and_collation(&s->sql, c ? c->type : w->type, c ? c->collation : w->collation);
	}
	sg_strbuf_adds(&s->sql, ");");
	add_stmt(s, start, NULL, NULL, NULL, false);
}

static void drop_copy(script *s, const sg_table *wt)
{
	size_t start = s->sql.len;
	sg_strbuf_adds(&s->sql, "DROP TABLE ");
	sg_quote_ident(&s->sql, wt->name);
	sg_strbuf_adds(&s->sql, ";");
	add_stmt(s, start, NULL, NULL, NULL, false);
}

/* The conversion the diff writes, of `c` to `w` or back (`down`): the model's, or the plain one. */
static void add_conversion(script *s, const sg_schema *desired, const sg_schema *live, const sg_table *wt,
			   const sg_column *c, const sg_column *w, bool down)
{
	const char *using = down ? w->using_down : w->using_expr;
	const char *to = down ? c->type : w->type, *from = down ? w->type : c->type;
	size_t start = s->sql.len;
	sg_strbuf_adds(&s->sql, "ALTER TABLE ");
	sg_quote_ident(&s->sql, wt->name);
	sg_strbuf_adds(&s->sql, " ALTER COLUMN ");
	sg_quote_ident(&s->sql, w->name);
	sg_strbuf_adds(&s->sql, " TYPE ");
	type_and_collation(&s->sql, to, down ? c->collation : w->collation);
	sg_strbuf_adds(&s->sql, " USING ");
	if (using)
		sg_strbuf_adds(&s->sql, using);
	else
		sg_ddl_plain_using(&s->sql, w->name, from, to, is_enum(desired, from) || is_enum(live, from));
	sg_strbuf_adds(&s->sql, ";");
	add_stmt(s, start, wt, c, w, down);
}

static bool has_extension(const sg_schema *s, const char *name)
{
	for (size_t i = 0; i < s->nextensions; i++)
		if (strcmp(s->extensions[i].name, name) == 0)
			return true;
	return false;
}

/*
 * What the desired types need that the database lacks: new extensions, enums
 * and domains (a domain after the one it is based on), created in the
 * scratch schema.
 */
static void add_prelude(script *s, const sg_schema *desired, const sg_schema *live)
{
	for (size_t i = 0; i < desired->nextensions; i++) {
		if (has_extension(live, desired->extensions[i].name))
			continue;
		size_t start = s->sql.len;
		sg_strbuf_adds(&s->sql, "CREATE EXTENSION IF NOT EXISTS ");
		sg_quote_ident(&s->sql, desired->extensions[i].name);
		sg_strbuf_adds(&s->sql, ";");
		add_stmt(s, start, NULL, NULL, NULL, false);
	}
	for (size_t i = 0; i < desired->nenums; i++) {
		const sg_enum *e = &desired->enums[i];
		if (sg_schema_find_enum(live, e->name))
			continue;
		size_t start = s->sql.len;
		sg_strbuf_adds(&s->sql, "CREATE TYPE ");
		sg_quote_ident(&s->sql, e->name);
		sg_strbuf_adds(&s->sql, " AS ENUM (");
		for (size_t k = 0; k < e->nvalues; k++) {
			sg_strbuf_adds(&s->sql, k ? ", " : "");
			sg_quote_literal(&s->sql, e->values[k]);
		}
		sg_strbuf_adds(&s->sql, ");");
		add_stmt(s, start, NULL, NULL, NULL, false);
	}
	size_t *order = malloc((desired->ndomains + 1) * sizeof(*order));
	if (!order) {
		s->failed = true;
		return;
	}
	sg_normalize__domain_order(desired, order);
	for (size_t k = 0; k < desired->ndomains; k++) {
		const sg_domain *d = &desired->domains[order[k]];
		if (sg_schema_find_domain(live, d->name))
			continue;
		size_t start = s->sql.len;
		sg_ddl_create_domain(&s->sql, NULL, d);
		add_stmt(s, start, NULL, NULL, NULL, false);
	}
	free(order);
}

/* The copies and conversions of one table, when it has any; -1 when out of memory. */
static int add_table(script *s, const sg_schema *desired, const sg_schema *live, const sg_table *wt)
{
	const sg_table *ct = match_table(desired, live, wt);
	if (!ct)
		return 0;
	sg_colmap map;
	if (sg_colmap_init(&map, ct, wt) != 0)
		return -1;
	size_t n = 0;
	for (size_t i = 0; i < wt->ncolumns; i++)
		n += converts(map.want_to_cur[i], &wt->columns[i]);
	for (int down = 0; n && down < 2; down++) {
		create_copy(s, wt, &map, !down);
		for (size_t k = 0; k < wt->ncolumns; k++) {
			/* The up converts in table order, its down in the reverse order. */
			size_t i = down ? wt->ncolumns - 1 - k : k;
			if (converts(map.want_to_cur[i], &wt->columns[i]))
				add_conversion(s, desired, live, wt, map.want_to_cur[i], &wt->columns[i], down);
		}
		drop_copy(s, wt);
	}
	sg_colmap_release(&map);
	return 0;
}

/* Statement `st` (a conversion) was refused with `res`: the error, naming what the model must change. */
static int refused(sg_error *err, const stmt *st, PGresult *res, PGconn *conn)
{
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	if (!msg)
		msg = PQerrorMessage(conn);
	const sg_column *w = st->w, *c = st->c;
	const char *using = st->down ? w->using_down : w->using_expr;
	const char *key = st->down ? "using_down" : "using";
	const char *from = st->down ? w->type : c->type, *to = st->down ? c->type : w->type;
	sg_pos pos = using && w->using_pos ? w->using_pos[st->down] : w->pos;
	bool model = sg_normalize__is_model_error(state);
	sg_strbuf sb = SG_STRBUF_INIT;
	if (pos.file)
		sg_strbuf_addf(&sb, "%s:%d:%d: ", pos.file, pos.line, pos.column);
	const char *code = state ? state : "?", *table = st->wt->name;
	if (using) {
		sg_strbuf_addf(&sb, "'%s' of column '%s' of table '%s' does not convert %s to %s: ", key, w->name,
			       table, from, to);
	} else {
		sg_strbuf_addf(&sb, "column '%s' of table '%s' cannot change %sfrom %s to %s by a cast: ", w->name,
			       table, st->down ? "back (in the down migration) " : "", from, to);
	}
	sg_strbuf_addf(&sb, "%s (SQLSTATE %s)", msg, code);
	if (!using && model)
		sg_strbuf_addf(&sb, "; give the conversion as '%s: EXPR', an SQL expression of the column's %s value",
			       key, st->down ? "new" : "old");
	sg_error_set(err, model ? SG_ERR_INPUT : SG_ERR_DB, "%s", sb.data);
	sg_strbuf_release(&sb);
	return -1;
}

/*
 * The script failed as a whole with `batch` (cleared here): the server's own failure is said as such, else the
 * script runs again a statement at a time and the first one refused is reported.
 */
static int blame(PGconn *conn, const script *s, PGresult *batch, const char *target, sg_error *err)
{
	sg_strbuf scratch = SG_STRBUF_INIT, path = SG_STRBUF_INIT, one = SG_STRBUF_INIT;
	int rc =
	    sg_normalize__server_failure(conn, batch, "trying the type changes in a scratch schema", (sg_pos){0}, err);
	PQclear(batch);
	sg_normalize__rollback(conn);
	if (rc != 0)
		return rc;
	rc = sg_normalize__open_scratch(conn, target, &scratch, &path, err);
	for (size_t i = 0; rc == 0 && i < s->n; i++) {
		const stmt *st = &s->stmts[i];
		sg_strbuf_reset(&one);
		sg_strbuf_add(&one, s->sql.data + st->start, st->end - st->start);
		PGresult *res = NULL;
		if (sg_normalize__exec(conn, one.data, &res) == 0)
			continue;
		if (st->w) {
			rc = refused(err, st, res, conn);
		} else {
			const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
			rc = sg_error_set(err, SG_ERR_DB, "cannot try the type changes on the server: %s (%s)",
					  msg ? msg : PQerrorMessage(conn), one.data);
		}
		PQclear(res);
	}
	if (rc == 0)
		rc = sg_error_set(err, SG_ERR_DB, "the server refused the type changes as a whole but each one alone");
	sg_normalize__rollback(conn);
	sg_strbuf_release(&scratch);
	sg_strbuf_release(&path);
	sg_strbuf_release(&one);
	return rc;
}

int sg_convert_check(PGconn *conn, const sg_schema *desired, const sg_schema *live, sg_error *err)
{
	script s = {.sql = SG_STRBUF_INIT};
	add_prelude(&s, desired, live);
	size_t prelude = s.n;
	bool oom = false;
	for (size_t i = 0; i < desired->ntables && !oom; i++)
		oom = add_table(&s, desired, live, &desired->tables[i]) != 0;
	int rc = 0;
	if (oom || s.failed || sg_strbuf_failed(&s.sql)) {
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	} else if (s.n > prelude) {
		sg_strbuf scratch = SG_STRBUF_INIT, path = SG_STRBUF_INIT;
		rc = sg_normalize__open_scratch(conn, desired->name, &scratch, &path, err);
		PGresult *res = NULL;
		if (rc == 0 && sg_normalize__exec(conn, s.sql.data, &res) != 0) {
			rc = blame(conn, &s, res, desired->name, err);
		} else if (rc == 0) {
			sg_normalize__rollback(conn);
		}
		sg_strbuf_release(&scratch);
		sg_strbuf_release(&path);
	}
	sg_strbuf_release(&s.sql);
	free(s.stmts);
	return rc;
}
