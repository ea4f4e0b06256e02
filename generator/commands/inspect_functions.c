/*
 * The `functions:` and `views:` of inspect's YAML (inspect.h): each function or procedure
 * with the catalog's own statement as its definition, in a literal block
 * scalar that reads back byte for byte (a function's body is kept exactly
 * as written, so it must come back exactly), or a quoted scalar when a
 * block cannot carry the text.
 */
#include "inspect_internal.h"

#include <string.h>

#include "strbuf.h"

/* Whether `s` reads back unchanged from a literal block scalar: no control characters but tab and newline. */
static bool block_ok(const char *s)
{
	if (!*s)
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if ((*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7F)
			return false;
	/* Not valid UTF-8 or a character YAML escapes: the quoted writer knows those. */
	return true;
}

/* `key: |...` then the text's lines at `ind` spaces. */
static void block_scalar(sg_strbuf *sb, int ind, const char *key, const char *text)
{
	size_t len = strlen(text), trailing = 0;
	while (trailing < len && text[len - 1 - trailing] == '\n')
		trailing++;
	sg_strbuf_addf(sb, "%*s%s: |", ind - 2, "", key);
	/* The first line's leading spaces would be taken for indentation: say how much there is. */
	if (text[0] == ' ' || text[0] == '\n')
		sg_strbuf_addf(sb, "%d", 2);
	sg_strbuf_adds(sb, trailing == 0 ? "-" : trailing == 1 ? "" : "+");
	sg_strbuf_addch(sb, '\n');
	const char *p = text, *end = text + len - trailing;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *stop = nl ? nl : end;
		if (stop > p)
			sg_strbuf_addf(sb, "%*s", ind, "");
		sg_strbuf_add(sb, p, (size_t)(stop - p));
		sg_strbuf_addch(sb, '\n');
		p = nl ? nl + 1 : end;
	}
	for (size_t i = 1; i < trailing; i++)
		sg_strbuf_addch(sb, '\n');
}

void sg_inspect__render_functions(sg_strbuf *sb, const sg_schema *s)
{
	if (!s->nfunctions)
		return;
	sg_strbuf_adds(sb, "functions:\n");
	for (size_t i = 0; i < s->nfunctions; i++) {
		const sg_function *fn = &s->functions[i];
		sg_strbuf_adds(sb, "  - name: ");
		sg_inspect_yaml_scalar(sb, fn->name, false);
		sg_strbuf_addch(sb, '\n');
		if (fn->comment) {
			sg_strbuf_adds(sb, "    comment: ");
			sg_inspect_yaml_scalar(sb, fn->comment, false);
			sg_strbuf_addch(sb, '\n');
		}
		if (block_ok(fn->definition)) {
			block_scalar(sb, 6, "definition", fn->definition);
		} else {
			sg_strbuf_adds(sb, "    definition: ");
			sg_inspect_yaml_scalar(sb, fn->definition, false);
			sg_strbuf_addch(sb, '\n');
		}
	}
}

/* A flow list of scalars: `[a, b]`. */
static void flow_list(sg_strbuf *sb, const char *const *items, size_t n)
{
	sg_strbuf_addch(sb, '[');
	for (size_t i = 0; i < n; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		sg_inspect_yaml_scalar(sb, items[i], true);
	}
	sg_strbuf_addch(sb, ']');
}

void sg_inspect__render_views(sg_strbuf *sb, const sg_schema *s)
{
	if (!s->nviews)
		return;
	sg_strbuf_adds(sb, "views:\n");
	for (size_t i = 0; i < s->nviews; i++) {
		const sg_view *v = &s->views[i];
		sg_strbuf_adds(sb, "  - name: ");
		sg_inspect_yaml_scalar(sb, v->name, false);
		sg_strbuf_addch(sb, '\n');
		if (v->materialized)
			sg_strbuf_adds(sb, "    materialized: true\n");
		/* The text proven to read back as the catalog's (fixpoint.h), when that is not the catalog's own. */
		const char *query = v->query_written ? v->query_written : v->query;
		if (block_ok(query)) {
			block_scalar(sb, 6, "query", query);
		} else {
			sg_strbuf_adds(sb, "    query: ");
			sg_inspect_yaml_scalar(sb, query, false);
			sg_strbuf_addch(sb, '\n');
		}
		if (v->security_barrier || v->security_invoker || v->check_option) {
			sg_strbuf_adds(sb, "    options: {");
			const char *sep = " ";
			if (v->security_barrier) {
				sg_strbuf_addf(sb, "%ssecurity_barrier: true", sep);
				sep = ", ";
			}
			if (v->security_invoker) {
				sg_strbuf_addf(sb, "%ssecurity_invoker: true", sep);
				sep = ", ";
			}
			if (v->check_option)
				sg_strbuf_addf(sb, "%scheck_option: %s", sep, v->check_option);
			sg_strbuf_adds(sb, " }\n");
		}
		if (v->comment) {
			sg_strbuf_adds(sb, "    comment: ");
			sg_inspect_yaml_scalar(sb, v->comment, false);
			sg_strbuf_addch(sb, '\n');
		}
		if (v->nindexes)
			sg_strbuf_adds(sb, "    indexes:\n");
		for (size_t k = 0; k < v->nindexes; k++) {
			const sg_index *x = &v->indexes[k];
			sg_strbuf_adds(sb, "      - { name: ");
			sg_inspect_yaml_scalar(sb, x->name, true);
			sg_strbuf_adds(sb, ", columns: ");
			flow_list(sb, x->elements, x->nelements);
			if (x->unique)
				sg_strbuf_adds(sb, ", unique: true");
			if (x->nulls_not_distinct)
				sg_strbuf_adds(sb, ", nulls_not_distinct: true");
			if (x->method && strcmp(x->method, "btree") != 0) {
				sg_strbuf_adds(sb, ", method: ");
				sg_inspect_yaml_scalar(sb, x->method, true);
			}
			if (x->ninclude) {
				sg_strbuf_adds(sb, ", include: ");
				flow_list(sb, x->include, x->ninclude);
			}
			if (x->where) {
				sg_strbuf_adds(sb, ", where: ");
				sg_inspect_yaml_scalar(sb, x->where, true);
			}
			if (x->comment) {
				sg_strbuf_adds(sb, ", comment: ");
				sg_inspect_yaml_scalar(sb, x->comment, true);
			}
			sg_strbuf_adds(sb, " }\n");
		}
		sg_inspect__render_triggers(sb, 4, v->triggers, v->ntriggers);
	}
}
