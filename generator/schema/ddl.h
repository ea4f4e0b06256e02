/*
 * DDL text for schema objects: the building blocks of every up and down
 * statement and of the scratch copy that normalizes the models.  Pure text;
 * no I/O.  `qual` is the schema to qualify names with, or NULL to leave them
 * unqualified (the search_path decides).
 */
#ifndef SG_DDL_H
#define SG_DDL_H

#include <stdbool.h>

#include "schema.h"
#include "strbuf.h"

/* `schema.name`, or `name` when qual is NULL, each part quoted as needed. */
void sg_ddl_name(sg_strbuf *sb, const char *qual, const char *name);
/* The type a column is declared with: serial kinds for from_serial columns. */
const char *sg_ddl_column_type(const sg_column *col);
/* `name type [COLLATE c] [GENERATED ...] [DEFAULT e] [NOT NULL]` as in CREATE TABLE / ADD COLUMN. */
void sg_ddl_column(sg_strbuf *sb, const sg_column *col);
/* The default expression a column is created with: the model's text when it rides along, else the catalog's. */
const char *sg_ddl_default_text(const sg_column *col);
/*
 * The body of a table constraint, without `CONSTRAINT name`: `PRIMARY KEY (id)`,
 * `CHECK (...) [NO INHERIT]`...; never NOT VALID, which is not part of what
 * a constraint is (PostgreSQL ignores it in CREATE TABLE).
 */
void sg_ddl_constraint_body(sg_strbuf *sb, const sg_constraint *con, const char *qual);
/*
 * `ALTER TABLE t ADD CONSTRAINT name body [NOT VALID];`, then its comment: NOT VALID when asked
 * (`not_valid`) or when the constraint is (con->not_valid), so a constraint
 * re-created from the catalog comes back as it was, without a scan.
 */
void sg_ddl_add_constraint(sg_strbuf *sb, const char *qual, const char *table, const sg_constraint *con,
			   bool not_valid);
/* `ALTER TABLE t DROP CONSTRAINT name;` */
void sg_ddl_drop_constraint(sg_strbuf *sb, const char *qual, const char *table, const char *name);
/*
 * `CREATE [UNIQUE] INDEX [CONCURRENTLY] name ON t [USING m] (...) [INCLUDE (...)] [NULLS NOT DISTINCT] [WHERE p];`,
 * then `COMMENT ON INDEX` on a line of its own when the index has a comment.
 */
void sg_ddl_create_index(sg_strbuf *sb, const char *qual, const char *table, const sg_index *idx, bool concurrently);
/* `DROP INDEX [CONCURRENTLY] name;` */
void sg_ddl_drop_index(sg_strbuf *sb, const char *qual, const char *name, bool concurrently);
/*
 * `CREATE TABLE t (columns, PRIMARY KEY / UNIQUE / CHECK constraints);`
 * Foreign keys are left out: they are added once every table exists.
 */
void sg_ddl_create_table(sg_strbuf *sb, const char *qual, const sg_table *table);
/*
 * `CREATE TRIGGER ...;` (the model's statement or the catalog's definition,
 * the table named as `qual`.`table`), then `ALTER TABLE ... DISABLE TRIGGER`
 * (or ENABLE REPLICA / ALWAYS) when it does not fire by default, and
 * `COMMENT ON TRIGGER` when it has a comment.
 */
void sg_ddl_create_trigger(sg_strbuf *sb, const char *qual, const char *table, const sg_trigger *tg);
/* `ALTER TABLE t {ENABLE|DISABLE|ENABLE REPLICA|ENABLE ALWAYS} TRIGGER name;` for tg->enabled. */
void sg_ddl_enable_trigger(sg_strbuf *sb, const char *qual, const char *table, const sg_trigger *tg);
/*
 * ddl_view.c: `CREATE [OR REPLACE] [MATERIALIZED] VIEW v [(columns)] [WITH
 * (options)] AS query [WITH ... CHECK OPTION] [WITH NO DATA];`, then (unless
 * `replace`) its indexes and its comment.  The query is `query_written`
 * when set, else `query`; the column list only for a model's view (the
 * catalog's query names its columns) and a desired one written from the
 * model's query with its columns (sg_view.written_columns).
 */
void sg_ddl_create_view(sg_strbuf *sb, const char *qual, const sg_view *v, bool replace, bool no_data);
/*
 * A materialized view's index: the catalog's definition (the view qualified), or built from a model's parts;
 * then its comment, as sg_ddl_create_index.
 */
void sg_ddl_create_view_index(sg_strbuf *sb, const char *qual, const char *view, const sg_index *idx);
/* `COMMENT ON [MATERIALIZED] VIEW v IS ...;` (IS NULL when it has none). */
void sg_ddl_comment_view(sg_strbuf *sb, const char *qual, const sg_view *v);
/* `CREATE TYPE e AS ENUM ('a', 'b');`, then its comment. */
void sg_ddl_create_enum(sg_strbuf *sb, const char *qual, const sg_enum *en);
/*
 * Domains (ddl_domain.c).  `CREATE DOMAIN d AS type [COLLATE c] [DEFAULT e]
 * [NOT NULL] [CONSTRAINT n CHECK (e)]...;`, its checks NOT VALID added after
 * it, and its comment: every statement that makes the domain as it is.  The
 * model's text of the default and the checks when it rides along.
 */
void sg_ddl_create_domain(sg_strbuf *sb, const char *qual, const sg_domain *dom);
/* `ALTER DOMAIN d ADD CONSTRAINT n CHECK (e) [NOT VALID];` */
void sg_ddl_domain_add_check(sg_strbuf *sb, const char *qual, const char *domain, const sg_domain_check *check,
			     bool not_valid);
/* `COMMENT ON DOMAIN d IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_domain(sg_strbuf *sb, const char *qual, const char *domain, const char *comment);
/* ddl_comment.c: `COMMENT ON INDEX i IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_index(sg_strbuf *sb, const char *qual, const char *index, const char *comment);
/* `COMMENT ON TRIGGER tg ON t IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_trigger(sg_strbuf *sb, const char *qual, const char *table, const char *trigger,
			    const char *comment);
/* `COMMENT ON TYPE e IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_type(sg_strbuf *sb, const char *qual, const char *type, const char *comment);
/* `COMMENT ON CONSTRAINT k ON t IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_constraint(sg_strbuf *sb, const char *qual, const char *table, const char *constraint,
			       const char *comment);
/* `COMMENT ON {FUNCTION|PROCEDURE} f(identity) IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_function(sg_strbuf *sb, const char *qual, bool procedure, const char *name, const char *identity,
			     const char *comment);
/* `COMMENT ON TABLE t IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_table(sg_strbuf *sb, const char *qual, const char *table, const char *comment);
/* `COMMENT ON COLUMN t.c IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_column(sg_strbuf *sb, const char *qual, const char *table, const char *column, const char *comment);
/* The comments of a table, its columns and the constraints CREATE TABLE holds, one statement each; nothing when none.
 */
void sg_ddl_table_comments(sg_strbuf *sb, const char *qual, const sg_table *table);
/*
 * `ALTER TABLE t ALTER COLUMN c SET STATISTICS n;` of column `col`: its own
 * target, or -1 (the server's default) when it has none.
 */
void sg_ddl_column_statistics(sg_strbuf *sb, const char *qual, const char *table, const sg_column *col);
/* The statements above for the columns of `table` that have a target, each on a new line; nothing when none has. */
void sg_ddl_table_statistics(sg_strbuf *sb, const char *qual, const sg_table *table);
/*
 * Types whose values are read in the session's time zone when converted to
 * or from one with a zone: the family (1 timestamps and dates, 2 times, 0
 * neither), and in `zoned` whether the type carries a zone.
 */
int sg_ddl_zone_family(const char *type, bool *zoned);
/* Whether changing `from_type` to `to_type` gains or loses a time zone within one family. */
bool sg_ddl_zone_changes(const char *from_type, const char *to_type);
/*
 * The USING expression of a type change the model gives none for, from
 * `from_type` to `to_type` (format_type's text): `column::to_type`; an enum
 * (`from_enum`) through text, as no cast joins two enums; a timestamp, date
 * or time gaining or losing its zone in UTC rather than in the session's zone.  The diff
 * writes it and convert.c tries it on the server.
 */
void sg_ddl_plain_using(sg_strbuf *sb, const char *column, const char *from_type, const char *to_type, bool from_enum);

#endif
