/*
 * DDL text of views and materialized views (ddl.h): CREATE, their indexes
 * and comments.  Pure text; no I/O.
 */
#include <string.h>

#include "ddl.h"
#include "quote.h"

void sg_ddl_comment_view(sg_strbuf *sb, const char *qual, const sg_view *v)
{
	sg_strbuf_addf(sb, "COMMENT ON %s ", v->materialized ? "MATERIALIZED VIEW" : "VIEW");
	sg_ddl_name(sb, qual, v->name);
	sg_strbuf_adds(sb, " IS ");
	if (v->comment)
		sg_quote_literal(sb, v->comment);
	else
		sg_strbuf_adds(sb, "NULL");
	sg_strbuf_adds(sb, ";");
}

void sg_ddl_create_view_index(sg_strbuf *sb, const char *qual, const char *view, const sg_index *idx)
{
	if (!idx->definition) {
		sg_ddl_create_index(sb, qual, view, idx, false);
		return;
	}
	/* The catalog's definition names the view bare: ` ON view `. */
	sg_strbuf on = SG_STRBUF_INIT;
	sg_strbuf_adds(&on, " ON ");
	sg_quote_ident(&on, view);
	sg_strbuf_addch(&on, ' ');
	const char *at = qual && !sg_strbuf_failed(&on) ? strstr(idx->definition, on.data) : NULL;
	if (at) {
		sg_strbuf_add(sb, idx->definition, (size_t)(at - idx->definition));
		sg_strbuf_adds(sb, " ON ");
		sg_ddl_name(sb, qual, view);
		sg_strbuf_adds(sb, at + on.len - 1);
	} else {
		sg_strbuf_adds(sb, idx->definition);
	}
	sg_strbuf_release(&on);
	sg_strbuf_adds(sb, ";");
	if (idx->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_index(sb, qual, idx->name, idx->comment);
	}
}

void sg_ddl_create_view(sg_strbuf *sb, const char *qual, const sg_view *v, bool replace, bool no_data)
{
	sg_strbuf_addf(sb, "CREATE %s%s ", replace ? "OR REPLACE " : "",
		       v->materialized ? "MATERIALIZED VIEW" : "VIEW");
	sg_ddl_name(sb, qual, v->name);
	/*
	 * A model's column names (the catalog's query names its columns itself,
	 * with AS where they differ), also before a model's query written for a
	 * desired view.
	 */
	const char *query = v->query_written ? v->query_written : v->query;
	if (v->query_written ? v->written_columns : v->ncolumns && !v->types) {
		sg_strbuf_adds(sb, " (");
		for (size_t i = 0; i < v->ncolumns; i++) {
			if (i)
				sg_strbuf_adds(sb, ", ");
			sg_quote_ident(sb, v->columns[i]);
		}
		sg_strbuf_addch(sb, ')');
	}
	if (v->security_barrier || v->security_invoker)
		sg_strbuf_addf(sb, " WITH (%s%s%s)", v->security_barrier ? "security_barrier = true" : "",
			       v->security_barrier && v->security_invoker ? ", " : "",
			       v->security_invoker ? "security_invoker = true" : "");
	sg_strbuf_adds(sb, " AS\n");
	sg_strbuf_adds(sb, query);
	/* A model's query may end in a `--` comment: what follows goes on a line of its own. */
	if (strstr(query, "--"))
		sg_strbuf_addch(sb, '\n');
	if (v->check_option)
		sg_strbuf_addf(sb, "\nWITH %s CHECK OPTION",
			       strcmp(v->check_option, "local") == 0 ? "LOCAL" : "CASCADED");
	if (v->materialized && no_data)
		sg_strbuf_adds(sb, "\nWITH NO DATA");
	sg_strbuf_adds(sb, ";");
	if (replace)
		return;
	for (size_t i = 0; i < v->nindexes; i++) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_create_view_index(sb, qual, v->name, &v->indexes[i]);
	}
	if (v->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_view(sb, qual, v);
	}
}
