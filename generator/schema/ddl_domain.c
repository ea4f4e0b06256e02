/*
 * sg_ddl for domains: CREATE DOMAIN with its checks and comment, a check
 * added on its own, the comment (ddl.h).
 */
#include "ddl.h"

#include "quote.h"

static const char *check_text(const sg_domain_check *check)
{
	return check->expression_written ? check->expression_written : check->expression;
}

void sg_ddl_domain_add_check(sg_strbuf *sb, const char *qual, const char *domain, const sg_domain_check *check,
			     bool not_valid)
{
	sg_strbuf_adds(sb, "ALTER DOMAIN ");
	sg_ddl_name(sb, qual, domain);
	sg_strbuf_adds(sb, " ADD CONSTRAINT ");
	sg_quote_ident(sb, check->name);
	sg_strbuf_addf(sb, " CHECK (%s)%s;", check_text(check), not_valid || check->not_valid ? " NOT VALID" : "");
}

void sg_ddl_comment_domain(sg_strbuf *sb, const char *qual, const char *domain, const char *comment)
{
	sg_strbuf_adds(sb, "COMMENT ON DOMAIN ");
	sg_ddl_name(sb, qual, domain);
	sg_strbuf_adds(sb, " IS ");
	if (comment)
		sg_quote_literal(sb, comment);
	else
		sg_strbuf_adds(sb, "NULL");
	sg_strbuf_addch(sb, ';');
}

void sg_ddl_create_domain(sg_strbuf *sb, const char *qual, const sg_domain *dom)
{
	sg_strbuf_adds(sb, "CREATE DOMAIN ");
	sg_ddl_name(sb, qual, dom->name);
	sg_strbuf_addf(sb, " AS %s", dom->type);
	if (dom->collation) {
		sg_strbuf_adds(sb, " COLLATE ");
		sg_quote_ident(sb, dom->collation);
	}
	if (dom->default_expr)
		sg_strbuf_addf(sb, " DEFAULT %s", dom->default_written ? dom->default_written : dom->default_expr);
	if (!dom->nullable)
		sg_strbuf_adds(sb, " NOT NULL");
	/* CREATE DOMAIN has no NOT VALID: such a check is added right after, as it was. */
	for (size_t i = 0; i < dom->nchecks; i++) {
		if (dom->checks[i].not_valid)
			continue;
		sg_strbuf_adds(sb, " CONSTRAINT ");
		sg_quote_ident(sb, dom->checks[i].name);
		sg_strbuf_addf(sb, " CHECK (%s)", check_text(&dom->checks[i]));
	}
	sg_strbuf_addch(sb, ';');
	for (size_t i = 0; i < dom->nchecks; i++) {
		if (!dom->checks[i].not_valid)
			continue;
		sg_strbuf_addch(sb, '\n');
		sg_ddl_domain_add_check(sb, qual, dom->name, &dom->checks[i], true);
	}
	if (dom->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_domain(sb, qual, dom->name, dom->comment);
	}
}
