/*
 * sg_ddl: DDL text for tables, columns, constraints, indexes and enums.
 */
#include "ddl.h"

#include <string.h>

#include "ddl_sequence.h"
#include "quote.h"

void sg_ddl_name(sg_strbuf *sb, const char *qual, const char *name)
{
	sg_quote_qualified(sb, qual, name);
}

static void ident_list(sg_strbuf *sb, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		sg_quote_ident(sb, names[i]);
	}
}

const char *sg_ddl_column_type(const sg_column *col)
{
	if (!col->from_serial)
		return col->type;
	/* The catalog says integer/bigint/smallint; a model may already say serial. */
	if (strcmp(col->type, "bigint") == 0)
		return "bigserial";
	if (strcmp(col->type, "smallint") == 0)
		return "smallserial";
	if (strcmp(col->type, "integer") == 0)
		return "serial";
	return col->type;
}

void sg_ddl_column(sg_strbuf *sb, const sg_column *col)
{
	sg_quote_ident(sb, col->name);
	sg_strbuf_addch(sb, ' ');
	sg_strbuf_adds(sb, sg_ddl_column_type(col));
	if (col->collation) {
		sg_strbuf_adds(sb, " COLLATE ");
		sg_quote_ident(sb, col->collation);
	}
	if (col->generated)
		sg_strbuf_addf(sb, " GENERATED ALWAYS AS (%s) STORED",
			       col->generated_written ? col->generated_written : col->generated);
	if (col->identity != SG_IDENTITY_NONE) {
		sg_strbuf_addf(sb, " GENERATED %s AS IDENTITY",
			       col->identity == SG_IDENTITY_ALWAYS ? "ALWAYS" : "BY DEFAULT");
		sg_ddl_identity_options(sb, col->identity_seq);
	}
	if (col->default_expr && !col->from_serial)
		sg_strbuf_addf(sb, " DEFAULT %s", sg_ddl_default_text(col));
	if (!col->nullable)
		sg_strbuf_adds(sb, " NOT NULL");
}

/* pg_get_constraintdef() appends " NOT VALID" to unvalidated constraints; the definition itself has no such part. */
static size_t definition_length(const char *def)
{
	size_t len = strlen(def);
	static const char suffix[] = " NOT VALID";
	if (len >= sizeof(suffix) - 1 && strcmp(def + len - (sizeof(suffix) - 1), suffix) == 0)
		len -= sizeof(suffix) - 1;
	return len;
}

const char *sg_ddl_default_text(const sg_column *col)
{
	return col->default_written ? col->default_written : col->default_expr;
}

void sg_ddl_constraint_body(sg_strbuf *sb, const sg_constraint *con, const char *qual)
{
	if (con->kind == SG_CON_CHECK && con->expression_written) {
		sg_strbuf_addf(sb, "CHECK (%s)%s", con->expression_written, con->no_inherit ? " NO INHERIT" : "");
		return;
	}
	if (con->definition) {
		/* The server's own text: exact, including clauses the structured fields do not carry. */
		sg_strbuf_add(sb, con->definition, definition_length(con->definition));
		return;
	}
	switch (con->kind) {
	case SG_CON_PRIMARY_KEY:
		sg_strbuf_adds(sb, "PRIMARY KEY (");
		ident_list(sb, con->columns, con->ncolumns);
		sg_strbuf_addch(sb, ')');
		if (con->deferrable)
			sg_strbuf_adds(sb, con->initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
		break;
	case SG_CON_UNIQUE:
		sg_strbuf_adds(sb, con->nulls_not_distinct ? "UNIQUE NULLS NOT DISTINCT (" : "UNIQUE (");
		ident_list(sb, con->columns, con->ncolumns);
		sg_strbuf_addch(sb, ')');
		if (con->deferrable)
			sg_strbuf_adds(sb, con->initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
		break;
	case SG_CON_CHECK:
		sg_strbuf_addf(sb, "CHECK (%s)%s", con->expression ? con->expression : "true",
			       con->no_inherit ? " NO INHERIT" : "");
		break;
	case SG_CON_FOREIGN_KEY:
		sg_strbuf_adds(sb, "FOREIGN KEY (");
		ident_list(sb, con->columns, con->ncolumns);
		sg_strbuf_adds(sb, ") REFERENCES ");
		sg_ddl_name(sb, con->ref_schema ? con->ref_schema : qual, con->ref_table);
		if (con->nref_columns) {
			sg_strbuf_adds(sb, "(");
			ident_list(sb, con->ref_columns, con->nref_columns);
			sg_strbuf_addch(sb, ')');
		}
		if (con->match_full)
			sg_strbuf_adds(sb, " MATCH FULL");
		if (con->on_update != SG_FK_NO_ACTION)
			sg_strbuf_addf(sb, " ON UPDATE %s", sg_fk_action_sql(con->on_update));
		if (con->on_delete != SG_FK_NO_ACTION)
			sg_strbuf_addf(sb, " ON DELETE %s", sg_fk_action_sql(con->on_delete));
		if (con->non_delete_columns) {
			sg_strbuf_adds(sb, " (");
			ident_list(sb, con->on_delete_columns, con->non_delete_columns);
			sg_strbuf_addch(sb, ')');
		}
		if (con->deferrable)
			sg_strbuf_adds(sb, con->initially_deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
		break;
	case SG_CON_KIND_COUNT:
		break;
	}
}

void sg_ddl_add_constraint(sg_strbuf *sb, const char *qual, const char *table, const sg_constraint *con, bool not_valid)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " ADD CONSTRAINT ");
	sg_quote_ident(sb, con->name);
	sg_strbuf_addch(sb, ' ');
	sg_ddl_constraint_body(sb, con, qual);
	if (not_valid || con->not_valid)
		sg_strbuf_adds(sb, " NOT VALID");
	sg_strbuf_adds(sb, ";");
	if (con->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_constraint(sb, qual, table, con->name, con->comment);
	}
}

void sg_ddl_drop_constraint(sg_strbuf *sb, const char *qual, const char *table, const char *name)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " DROP CONSTRAINT ");
	sg_quote_ident(sb, name);
	sg_strbuf_adds(sb, ";");
}

void sg_ddl_create_index(sg_strbuf *sb, const char *qual, const char *table, const sg_index *idx, bool concurrently)
{
	sg_strbuf_adds(sb, idx->unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
	if (concurrently)
		sg_strbuf_adds(sb, "CONCURRENTLY ");
	sg_quote_ident(sb, idx->name);
	sg_strbuf_adds(sb, " ON ");
	sg_ddl_name(sb, qual, table);
	if (idx->method && strcmp(idx->method, "btree") != 0)
		sg_strbuf_addf(sb, " USING %s", idx->method);
	sg_strbuf_adds(sb, " (");
	for (size_t i = 0; i < idx->nelements; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		sg_strbuf_adds(sb, idx->elements_written ? idx->elements_written[i] : idx->elements[i]);
	}
	sg_strbuf_addch(sb, ')');
	if (idx->ninclude) {
		sg_strbuf_adds(sb, " INCLUDE (");
		ident_list(sb, idx->include, idx->ninclude);
		sg_strbuf_addch(sb, ')');
	}
	if (idx->nulls_not_distinct)
		sg_strbuf_adds(sb, " NULLS NOT DISTINCT");
	if (idx->where)
		sg_strbuf_addf(sb, " WHERE %s", idx->where_written ? idx->where_written : idx->where);
	sg_strbuf_adds(sb, ";");
	if (idx->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_index(sb, qual, idx->name, idx->comment);
	}
}

void sg_ddl_drop_index(sg_strbuf *sb, const char *qual, const char *name, bool concurrently)
{
	sg_strbuf_adds(sb, concurrently ? "DROP INDEX CONCURRENTLY " : "DROP INDEX ");
	sg_ddl_name(sb, qual, name);
	sg_strbuf_adds(sb, ";");
}

void sg_ddl_create_table(sg_strbuf *sb, const char *qual, const sg_table *table)
{
	sg_strbuf_adds(sb, "CREATE TABLE ");
	sg_ddl_name(sb, qual, table->name);
	sg_strbuf_adds(sb, " (");
	bool first = true;
	for (size_t i = 0; i < table->ncolumns; i++) {
		sg_strbuf_adds(sb, first ? "\n    " : ",\n    ");
		first = false;
		sg_ddl_column(sb, &table->columns[i]);
	}
	/* Primary key first, then the others by name: the same order every time. */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < table->nconstraints; i++) {
			const sg_constraint *con = &table->constraints[i];
			if (con->kind == SG_CON_FOREIGN_KEY || (con->kind == SG_CON_PRIMARY_KEY) != (pass == 0))
				continue;
			sg_strbuf_adds(sb, first ? "\n    " : ",\n    ");
			first = false;
			sg_strbuf_adds(sb, "CONSTRAINT ");
			sg_quote_ident(sb, con->name);
			sg_strbuf_addch(sb, ' ');
			sg_ddl_constraint_body(sb, con, qual);
		}
	}
	sg_strbuf_adds(sb, first ? ");" : "\n);");
}

void sg_ddl_enable_trigger(sg_strbuf *sb, const char *qual, const char *table, const sg_trigger *tg)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, tg->enabled == 'D'	? " DISABLE TRIGGER "
			   : tg->enabled == 'R' ? " ENABLE REPLICA TRIGGER "
			   : tg->enabled == 'A' ? " ENABLE ALWAYS TRIGGER "
						: " ENABLE TRIGGER ");
	sg_quote_ident(sb, tg->name);
	sg_strbuf_adds(sb, ";");
}

void sg_ddl_create_trigger(sg_strbuf *sb, const char *qual, const char *table, const sg_trigger *tg)
{
	/* The definition names the table bare after its name and events: ` ON table `. */
	sg_strbuf on = SG_STRBUF_INIT;
	sg_strbuf_adds(&on, " ON ");
	sg_quote_ident(&on, table);
	sg_strbuf_addch(&on, ' ');
	const char *at = qual && !sg_strbuf_failed(&on) ? strstr(tg->definition, on.data) : NULL;
	if (at) {
		sg_strbuf_add(sb, tg->definition, (size_t)(at - tg->definition));
		sg_strbuf_adds(sb, " ON ");
		sg_ddl_name(sb, qual, table);
		sg_strbuf_adds(sb, at + on.len - 1);
	} else {
		sg_strbuf_adds(sb, tg->definition);
	}
	sg_strbuf_release(&on);
	sg_strbuf_adds(sb, ";");
	if (tg->enabled && tg->enabled != 'O') {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_enable_trigger(sb, qual, table, tg);
	}
	if (tg->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_trigger(sb, qual, table, tg->name, tg->comment);
	}
}

void sg_ddl_create_enum(sg_strbuf *sb, const char *qual, const sg_enum *en)
{
	sg_strbuf_adds(sb, "CREATE TYPE ");
	sg_ddl_name(sb, qual, en->name);
	sg_strbuf_adds(sb, " AS ENUM (");
	for (size_t i = 0; i < en->nvalues; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		sg_quote_literal(sb, en->values[i]);
	}
	sg_strbuf_adds(sb, ");");
	if (en->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_type(sb, qual, en->name, en->comment);
	}
}

static void comment_value(sg_strbuf *sb, const char *comment)
{
	if (comment)
		sg_quote_literal(sb, comment);
	else
		sg_strbuf_adds(sb, "NULL");
	sg_strbuf_adds(sb, ";");
}

void sg_ddl_comment_table(sg_strbuf *sb, const char *qual, const char *table, const char *comment)
{
	sg_strbuf_adds(sb, "COMMENT ON TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " IS ");
	comment_value(sb, comment);
}

void sg_ddl_comment_column(sg_strbuf *sb, const char *qual, const char *table, const char *column, const char *comment)
{
	sg_strbuf_adds(sb, "COMMENT ON COLUMN ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_addch(sb, '.');
	sg_quote_ident(sb, column);
	sg_strbuf_adds(sb, " IS ");
	comment_value(sb, comment);
}

void sg_ddl_table_comments(sg_strbuf *sb, const char *qual, const sg_table *table)
{
	if (table->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_table(sb, qual, table->name, table->comment);
	}
	for (size_t i = 0; i < table->ncolumns; i++) {
		if (table->columns[i].comment) {
			sg_strbuf_addch(sb, '\n');
			sg_ddl_comment_column(sb, qual, table->name, table->columns[i].name, table->columns[i].comment);
		}
	}
	/* The constraints CREATE TABLE holds (foreign keys come later, with theirs). */
	for (size_t i = 0; i < table->nconstraints; i++) {
		const sg_constraint *con = &table->constraints[i];
		if (con->comment && con->kind != SG_CON_FOREIGN_KEY) {
			sg_strbuf_addch(sb, '\n');
			sg_ddl_comment_constraint(sb, qual, table->name, con->name, con->comment);
		}
	}
}

void sg_ddl_column_statistics(sg_strbuf *sb, const char *qual, const char *table, const sg_column *col)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, qual, table);
	sg_strbuf_adds(sb, " ALTER COLUMN ");
	sg_quote_ident(sb, col->name);
	sg_strbuf_addf(sb, " SET STATISTICS %d;", col->has_statistics ? col->statistics : -1);
}

void sg_ddl_table_statistics(sg_strbuf *sb, const char *qual, const sg_table *table)
{
	for (size_t i = 0; i < table->ncolumns; i++) {
		if (table->columns[i].has_statistics) {
			sg_strbuf_addch(sb, '\n');
			sg_ddl_column_statistics(sb, qual, table->name, &table->columns[i]);
		}
	}
}

int sg_ddl_zone_family(const char *type, bool *zoned)
{
	*zoned = false;
	const char *rest;
	int family;
	if (strcmp(type, "date") == 0)
		return 1;
	if (strncmp(type, "timestamp", 9) == 0) {
		rest = type + 9;
		family = 1;
	} else if (strncmp(type, "time", 4) == 0) {
		rest = type + 4;
		family = 2;
	} else {
		return 0;
	}
	if (*rest == '(' && (rest = strchr(rest, ')')))
		rest++;
	if (!rest)
		return 0;
	if (strcmp(rest, " with time zone") == 0)
		*zoned = true;
	else if (strcmp(rest, " without time zone") != 0)
		return 0;
	return family;
}

bool sg_ddl_zone_changes(const char *from_type, const char *to_type)
{
	bool fz, tz;
	int ff = sg_ddl_zone_family(from_type, &fz), tf = sg_ddl_zone_family(to_type, &tz);
	return ff && ff == tf && fz != tz;
}

void sg_ddl_plain_using(sg_strbuf *sb, const char *column, const char *from_type, const char *to_type, bool from_enum)
{
	bool from_zoned;
	int family = sg_ddl_zone_family(from_type, &from_zoned);
	bool zone = sg_ddl_zone_changes(from_type, to_type);
	bool from_ts = strncmp(from_type, "timestamp", 9) == 0, to_ts = strncmp(to_type, "timestamp", 9) == 0;
	size_t n = strlen(from_type);
	if (zone && from_zoned && to_ts) {
		/* timestamptz -> timestamp: the wall time in UTC */
		sg_quote_ident(sb, column);
		sg_strbuf_adds(sb, " AT TIME ZONE 'UTC'");
	} else if (zone && from_zoned) {
		/* timestamptz -> date, timetz -> time: the wall time in UTC */
		sg_strbuf_addch(sb, '(');
		sg_quote_ident(sb, column);
		sg_strbuf_addf(sb, " AT TIME ZONE 'UTC')::%s", to_type);
	} else if (zone && family == 1) {
		/* timestamp or date -> timestamptz: read as a time in UTC */
		sg_quote_ident(sb, column);
		sg_strbuf_addf(sb, "%s AT TIME ZONE 'UTC'", from_ts ? "" : "::timestamp without time zone");
	} else if (zone) {
		/* time -> timetz: `AT TIME ZONE` would read it in the session's zone; the offset is given instead */
		sg_strbuf_addch(sb, '(');
		sg_quote_ident(sb, column);
		sg_strbuf_addf(sb, "::text || '+00')::%s", to_type);
	} else {
		sg_quote_ident(sb, column);
		if (from_enum)
			sg_strbuf_addf(sb, "::%s::%s",
				       n > 2 && strcmp(from_type + n - 2, "[]") == 0 ? "text[]" : "text", to_type);
		else
			sg_strbuf_addf(sb, "::%s", to_type);
	}
}
