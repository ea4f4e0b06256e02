/*
 * sg_ddl for the comments of indexes, triggers, table constraints, enums
 * and routines (ddl.h).  The CREATE statements of indexes and triggers, and
 * ADD CONSTRAINT, append their comment (one created again, in an up or a
 * down, gets it back; CREATE TABLE's are in sg_ddl_table_comments); a routine's
 * is appended by its CREATE's writer (diff_function.c), which knows the
 * argument types that name it.
 */
#include "ddl.h"

#include "quote.h"

static void comment_is(sg_strbuf *sb, const char *comment)
{
	sg_strbuf_adds(sb, " IS ");
	if (comment)
		sg_quote_literal(sb, comment);
	else
		sg_strbuf_adds(sb, "NULL");
	sg_strbuf_addch(sb, ';');
}

void sg_ddl_comment_index(sg_strbuf *sb, const char *qual, const char *index, const char *comment)
{
	sg_strbuf_adds(sb, "COMMENT ON INDEX ");
	sg_ddl_name(sb, qual, index);
	comment_is(sb, comment);
}

void sg_ddl_comment_trigger(sg_strbuf *sb, const char *qual, const char *table, const char *trigger,
			    const char *comment)
{
	sg_strbuf_adds(sb, "COMMENT ON TRIGGER ");
	sg_quote_ident(sb, trigger);
	sg_strbuf_adds(sb, " ON ");
	sg_ddl_name(sb, qual, table);
	comment_is(sb, comment);
}

void sg_ddl_comment_constraint(sg_strbuf *sb, const char *qual, const char *table, const char *constraint,
			       const char *comment)
{
	sg_strbuf_adds(sb, "COMMENT ON CONSTRAINT ");
	sg_quote_ident(sb, constraint);
	sg_strbuf_adds(sb, " ON ");
	sg_ddl_name(sb, qual, table);
	comment_is(sb, comment);
}

void sg_ddl_comment_type(sg_strbuf *sb, const char *qual, const char *type, const char *comment)
{
	sg_strbuf_adds(sb, "COMMENT ON TYPE ");
	sg_ddl_name(sb, qual, type);
	comment_is(sb, comment);
}

void sg_ddl_comment_function(sg_strbuf *sb, const char *qual, bool procedure, const char *name, const char *identity,
			     const char *comment)
{
	sg_strbuf_addf(sb, "COMMENT ON %s ", procedure ? "PROCEDURE" : "FUNCTION");
	sg_ddl_name(sb, qual, name);
	sg_strbuf_addf(sb, "(%s)", identity);
	comment_is(sb, comment);
}
