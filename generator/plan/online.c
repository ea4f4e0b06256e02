/*
 * sg_online: the SQL of the lock-friendly forms `schemagen diff --online` writes.
 */
#include "online.h"

#include <stdlib.h>
#include <string.h>

#include "ddl.h"
#include "quote.h"

/* The catalog's definition without the " NOT VALID" pg_get_constraintdef() may append. */
static size_t definition_length(const char *def)
{
	static const char suffix[] = " NOT VALID";
	size_t len = strlen(def), n = sizeof(suffix) - 1;
	return len >= n && strcmp(def + len - n, suffix) == 0 ? len - n : len;
}

bool sg_online_key_by_index(const sg_constraint *con, const char *qual)
{
	if (con->kind != SG_CON_PRIMARY_KEY && con->kind != SG_CON_UNIQUE)
		return false;
	if (!con->definition)
		return true;
	sg_constraint fields = *con;
	fields.definition = NULL;
	fields.expression_written = NULL;
	sg_strbuf body = SG_STRBUF_INIT;
	sg_ddl_constraint_body(&body, &fields, qual);
	size_t len = definition_length(con->definition);
	bool same = !sg_strbuf_failed(&body) && body.len == len && strncmp(body.data, con->definition, len) == 0;
	sg_strbuf_release(&body);
	return same;
}

void sg_online_key_index(sg_strbuf *sb, const char *qual, const char *table, const sg_constraint *con)
{
	sg_strbuf_adds(sb, "CREATE UNIQUE INDEX CONCURRENTLY ");
	sg_quote_ident(sb, con->name);
	sg_strbuf_adds(sb, " ON ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " (");
	for (size_t i = 0; i < con->ncolumns; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		sg_quote_ident(sb, con->columns[i]);
	}
	sg_strbuf_addch(sb, ')');
	if (con->nulls_not_distinct)
		sg_strbuf_adds(sb, " NULLS NOT DISTINCT");
	sg_strbuf_adds(sb, ";");
}

void sg_online_attach_key(sg_strbuf *sb, const char *qual, const char *table, const sg_constraint *con)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " ADD CONSTRAINT ");
	sg_quote_ident(sb, con->name);
	sg_strbuf_adds(sb, con->kind == SG_CON_PRIMARY_KEY ? " PRIMARY KEY USING INDEX " : " UNIQUE USING INDEX ");
	sg_quote_ident(sb, con->name);
	if (con->deferrable)
		sg_strbuf_adds(sb, con->initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
	sg_strbuf_adds(sb, ";");
}

void sg_online_validate(sg_strbuf *sb, const char *qual, const char *table, const char *name)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " VALIDATE CONSTRAINT ");
	sg_quote_ident(sb, name);
	sg_strbuf_adds(sb, ";");
}

void sg_online_not_null_check(sg_constraint *chk, sg_strbuf *name, sg_strbuf *expr, const char *table,
			      const char *column)
{
	sg_strbuf_reset(name);
	sg_strbuf_addf(name, "%s_%s_not_null", table, column);
	if (name->len >= SG_NAMEDATALEN)
		sg_strbuf_truncate(name, SG_NAMEDATALEN - 1);
	sg_strbuf_reset(expr);
	sg_quote_ident(expr, column);
	sg_strbuf_adds(expr, " IS NOT NULL");
	*chk = (sg_constraint){.kind = SG_CON_CHECK, .name = name->data, .expression = expr->data};
}

/* `ALTER TABLE t ALTER COLUMN c `: the action follows. */
static void alter_column(sg_strbuf *sb, const char *qual, const char *table, const char *column)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " ALTER COLUMN ");
	sg_quote_ident(sb, column);
	sg_strbuf_addch(sb, ' ');
}

void sg_online_set_not_null(sg_strbuf *up, sg_strbuf *down, const char *qual, const char *table,
			    const sg_constraint *chk, const char *column)
{
	sg_online_validate(up, qual, table, chk->name);
	sg_strbuf_addch(up, '\n');
	alter_column(up, qual, table, column);
	sg_strbuf_adds(up, "SET NOT NULL;");
	sg_strbuf_addch(up, '\n');
	sg_ddl_drop_constraint(up, qual, table, chk->name);
	alter_column(down, qual, table, column);
	sg_strbuf_adds(down, "DROP NOT NULL;");
	sg_strbuf_addch(down, '\n');
	sg_ddl_add_constraint(down, qual, table, chk, true);
}

void sg_online_add_column(sg_strbuf *sb, const char *qual, const char *table, const sg_column *col,
			  const char *sequence)
{
	sg_column plain = *col;
	plain.default_expr = plain.default_written = NULL;
	plain.from_serial = false;
	plain.nullable = true;
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " ADD COLUMN ");
	sg_ddl_column(sb, &plain);
	sg_strbuf_adds(sb, ";");
	if (sequence) {
		sg_strbuf_addf(sb, "\nCREATE SEQUENCE %s AS %s OWNED BY ", sequence, col->type);
		sg_ddl_name(sb, qual, table);
		sg_strbuf_addch(sb, '.');
		sg_quote_ident(sb, col->name);
		sg_strbuf_adds(sb, ";");
	}
	sg_strbuf_addch(sb, '\n');
	alter_column(sb, qual, table, col->name);
	sg_strbuf_addf(sb, "SET DEFAULT %s;", sg_ddl_default_text(col));
	if (col->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_column(sb, qual, table, col->name, col->comment);
	}
	if (col->has_statistics) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_column_statistics(sb, qual, table, col);
	}
}

void sg_online_backfill(sg_strbuf *sb, const char *qual, const char *table, const char *column, const char *value)
{
	sg_strbuf rel = SG_STRBUF_INIT, col = SG_STRBUF_INIT, val = SG_STRBUF_INIT;
	sg_ddl_name(&rel, qual, table);
	sg_quote_ident(&col, column);
	if (value)
		sg_strbuf_addf(&val, "(%s)", value);
	else
		sg_strbuf_adds(&val, "DEFAULT");
	sg_strbuf_adds(sb, "DO $backfill$\nDECLARE\n    pages bigint := pg_relation_size(");
	sg_quote_literal(sb, rel.data);
	sg_strbuf_adds(sb, ") / current_setting('block_size')::bigint;\nBEGIN\n"
			   "    FOR page IN 0..pages - 1 BY 1000 LOOP\n");
	sg_strbuf_addf(
	    sb,
	    "        UPDATE %s SET %s = %s\n"
	    "            WHERE ctid >= format('(%%s,0)', page)::tid AND ctid < format('(%%s,0)', page + 1000)::tid\n"
	    "            AND %s IS NULL;\n"
	    "        COMMIT;\n"
	    "    END LOOP;\n"
	    "    UPDATE %s SET %s = %s WHERE %s IS NULL;\n"
	    "END\n$backfill$;",
	    rel.data, col.data, val.data, col.data, rel.data, col.data, val.data, col.data);
	sg_strbuf_release(&rel);
	sg_strbuf_release(&col);
	sg_strbuf_release(&val);
}

void sg_online_mark_rewrites(sg_plan *plan)
{
	sg_strbuf msg = SG_STRBUF_INIT;
	for (size_t i = 0; i < plan->nops; i++) {
		sg_op *op = &plan->ops[i];
		if (op->phase == SG_PHASE_BACKFILL || !sg_op_has_hazard(op, SG_HAZARD_REWRITE) ||
		    sg_op_has_hazard(op, SG_HAZARD_BLOCKING))
			continue;
		sg_strbuf_reset(&msg);
		if (!op->table && op->phase == SG_PHASE_CREATE_VIEW)
			/* A materialized view created again: dropped early, its rows computed in the same transaction.
			 */
			sg_strbuf_addf(
			    &msg,
			    "materialized view '%s' is dropped and its rows computed again in the migration's "
			    "transaction: its queries wait until it commits, and --online has no lock-friendly "
			    "form of this change",
			    op->object);
		else if (op->table)
			sg_strbuf_addf(&msg,
				       "'%s' is rewritten under an ACCESS EXCLUSIVE lock: reads and writes wait until "
				       "it ends, and --online has no lock-friendly form of this change",
				       op->table);
		else
			sg_strbuf_adds(&msg,
				       "every table with a column of this type is rewritten under an ACCESS EXCLUSIVE "
				       "lock, and --online has no lock-friendly form of this change");
		sg_op_hazard(plan, op, false, SG_HAZARD_BLOCKING, msg.data);
	}
	if (sg_strbuf_failed(&msg))
		plan->failed = true;
	sg_strbuf_release(&msg);
}

static bool is_ident_char(char ch)
{
	return ch == '_' || ch == '$' || ch == '"' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9') || (unsigned char)ch >= 0x80;
}

/* Whether `text` holds `ident` (as SQL quotes it) as a whole word. */
static bool mentions(const char *text, const char *ident)
{
	size_t n = strlen(ident);
	for (const char *p = text ? strstr(text, ident) : NULL; p; p = strstr(p + 1, ident))
		if ((p == text || !is_ident_char(p[-1]) || ident[0] == '"') &&
		    (!is_ident_char(p[n]) || ident[n - 1] == '"'))
			return true;
	return false;
}

bool sg_online_index_uses(const sg_index *idx, const char *column)
{
	sg_strbuf q = SG_STRBUF_INIT;
	sg_quote_ident(&q, column);
	bool uses = mentions(idx->where, q.data) || mentions(idx->definition, q.data);
	for (size_t i = 0; i < idx->nelements && !uses; i++)
		uses = mentions(idx->elements[i], q.data);
	for (size_t i = 0; i < idx->ninclude && !uses; i++)
		uses = strcmp(idx->include[i], column) == 0;
	sg_strbuf_release(&q);
	return uses;
}

bool sg_online_index_survives(const sg_colmap *map, const sg_index *idx)
{
	const sg_table *ct = map->cur, *wt = map->want;
	if (strcmp(ct->name, wt->name) != 0 || sg_table_find_index(wt, idx->name) ||
	    sg_table_find_constraint(wt, idx->name))
		return false;
	for (size_t i = 0; i < ct->ncolumns; i++) {
		const sg_column *cc = &ct->columns[i], *wc = map->cur_to_want[i];
		bool same = wc && !map->rebuilt[i] && strcmp(cc->name, wc->name) == 0 &&
			    sg_str_eq(cc->type, wc->type) && sg_str_eq(cc->collation, wc->collation) &&
			    sg_str_eq(cc->generated, wc->generated);
		if (!same && sg_online_index_uses(idx, cc->name))
			return false;
	}
	return true;
}

int sg_online_keys_add(sg_online_keys *keys, const char *table, const sg_constraint *con, const sg_index *idx)
{
	struct sg_online_key *items = realloc(keys->items, (keys->n + 1) * sizeof(*items));
	if (!items)
		return -1;
	keys->items = items;
	keys->items[keys->n++] = (struct sg_online_key){.table = table, .con = con, .idx = idx};
	return 0;
}

bool sg_online_keys_serve(const sg_online_keys *keys, const sg_constraint *fk)
{
	if (fk->ref_schema)
		return false;
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool late = false;
	for (size_t i = 0; i < keys->n && !late; i++) {
		const struct sg_online_key *k = &keys->items[i];
		if (strcmp(k->table, fk->ref_table) != 0)
			continue;
		if (k->con) {
			late = sg_names_eq(k->con->columns, k->con->ncolumns, fk->ref_columns, fk->nref_columns);
			continue;
		}
		/* A unique index serves a foreign key when its elements are exactly the columns. */
		late = k->idx->nelements == fk->nref_columns;
		for (size_t c = 0; c < fk->nref_columns && late; c++) {
			sg_strbuf_reset(&tmp);
			sg_quote_ident(&tmp, fk->ref_columns[c]);
			late = strcmp(k->idx->elements[c], tmp.data) == 0;
		}
	}
	sg_strbuf_release(&tmp);
	return late;
}

void sg_online_keys_release(sg_online_keys *keys)
{
	free(keys->items);
	keys->items = NULL;
	keys->n = 0;
}
