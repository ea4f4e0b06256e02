/*
 * SQL text quoting with pg_dump's rules: an identifier is left bare only when
 * it is [a-z_][a-z0-9_]* and not a keyword that needs quoting; everything else
 * is double-quoted with '"' doubled.  Literals are single-quoted with '\''
 * doubled (standard_conforming_strings is on in every supported server).
 */
#include "quote.h"

#include <stdlib.h>
#include <string.h>

/*
 * PostgreSQL 15's keywords of every category but "unreserved" (reserved,
 * column-name and type/function-name keywords), sorted for bsearch.  Taken from
 * the parser's keyword table; tests/test_quote_pg.c checks this list against
 * the server's pg_get_keywords() and quote_ident(), so a drift fails the suite.
 */
static const char *const keywords[] = {
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "bigint",
    "binary",
    "bit",
    "boolean",
    "both",
    "case",
    "cast",
    "char",
    "character",
    "check",
    "coalesce",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "dec",
    "decimal",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "extract",
    "false",
    "fetch",
    "float",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "greatest",
    "group",
    "grouping",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "inout",
    "int",
    "integer",
    "intersect",
    "interval",
    "into",
    "is",
    "isnull",
    "join",
    "lateral",
    "leading",
    "least",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "national",
    "natural",
    "nchar",
    "none",
    "normalize",
    "not",
    "notnull",
    "null",
    "nullif",
    "numeric",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "out",
    "outer",
    "overlaps",
    "overlay",
    "placing",
    "position",
    "precision",
    "primary",
    "real",
    "references",
    "returning",
    "right",
    "row",
    "select",
    "session_user",
    "setof",
    "similar",
    "smallint",
    "some",
    "substring",
    "symmetric",
    "table",
    "tablesample",
    "then",
    "time",
    "timestamp",
    "to",
    "trailing",
    "treat",
    "trim",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "values",
    "varchar",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
};

static int compare_keyword(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

bool sg_quote_is_keyword(const char *name)
{
	return bsearch(name, keywords, sizeof(keywords) / sizeof(keywords[0]), sizeof(keywords[0]), compare_keyword) !=
	       NULL;
}

bool sg_quote_ident_is_bare(const char *name)
{
	if (!name[0] || !((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_'))
		return false;
	for (const char *p = name; *p; p++) {
		char c = *p;
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
			return false;
	}
	return !sg_quote_is_keyword(name);
}

void sg_quote_ident(sg_strbuf *sb, const char *name)
{
	if (sg_quote_ident_is_bare(name)) {
		sg_strbuf_adds(sb, name);
		return;
	}
	sg_strbuf_addch(sb, '"');
	for (const char *p = name; *p; p++) {
		if (*p == '"')
			sg_strbuf_addch(sb, '"');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '"');
}

void sg_quote_qualified(sg_strbuf *sb, const char *schema, const char *name)
{
	if (schema && schema[0]) {
		sg_quote_ident(sb, schema);
		sg_strbuf_addch(sb, '.');
	}
	sg_quote_ident(sb, name);
}

void sg_quote_literal(sg_strbuf *sb, const char *value)
{
	sg_strbuf_addch(sb, '\'');
	for (const char *p = value; *p; p++) {
		if (*p == '\'')
			sg_strbuf_addch(sb, '\'');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '\'');
}

char *sg_quote_ident_dup(const char *name)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_quote_ident(&sb, name);
	return sg_strbuf_detach(&sb, NULL);
}
