/*
 * The `functions:` of a model file (docs/models.md, "Functions and
 * procedures"): each entry's definition is the whole CREATE FUNCTION or
 * CREATE PROCEDURE statement as a person writes it.  Here it is parsed with
 * PostgreSQL's own grammar (libpg_query): it must be exactly one such
 * statement, of the function the entry names, without a schema (the models'
 * schema is the function's).  A syntax error is reported at its line and
 * column inside the YAML scalar, block scalars included.  What the
 * statement means (types, language, body) is the server's to judge, when the
 * models are created in the scratch schema (normalize.c).
 */
#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"
#include "model_json.h"

void sg_model__lines_release(sg_model_lines *lines)
{
	if (lines->fp)
		fclose(lines->fp);
	free(lines->starts);
	*lines = (sg_model_lines){0};
}

/* Index the lines of `path` once: each definition and query asks for a line or two of a file of 10,000 tables. */
static bool index_lines(sg_model_lines *x, const char *path)
{
	if (x->built)
		return x->fp != NULL;
	x->built = true;
	if (!(x->fp = fopen(path, "rb")))
		return false;
	size_t cap = 1024;
	x->starts = malloc(cap * sizeof(*x->starts));
	if (!x->starts) {
		sg_model__lines_release(x);
		x->built = true;
		return false;
	}
	x->starts[x->n++] = 0;
	char buf[65536];
	long at = 0;
	for (size_t got; (got = fread(buf, 1, sizeof(buf), x->fp)) > 0; at += (long)got) {
		for (const char *p = buf, *end = buf + got; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
			if (x->n == cap) {
				long *more = realloc(x->starts, 2 * cap * sizeof(*more));
				if (!more) {
					sg_model__lines_release(x);
					x->built = true;
					return false;
				}
				x->starts = more;
				cap *= 2;
			}
			x->starts[x->n++] = at + (long)(p - buf) + 1;
		}
	}
	return true;
}

/* Line `line` (1-based) of file `f` into sb (without its newline); false when the file has no such line. */
static bool read_line(const sg_model_file *f, int line, sg_strbuf *sb)
{
	if (!f->text && f->lines && index_lines(f->lines, f->path)) {
		const sg_model_lines *x = f->lines;
		if (line < 1 || (size_t)line > x->n || fseek(x->fp, x->starts[line - 1], SEEK_SET) != 0)
			return false;
		/* A last line without a newline has no start after it. */
		for (int c; (c = getc(x->fp)) != EOF && c != '\n';)
			sg_strbuf_addch(sb, (char)c);
		return true;
	}
	if (f->text) {
		const char *p = f->text, *end = f->text + f->len;
		for (int at = 1; at < line; at++) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			if (!nl)
				return false;
			p = nl + 1;
		}
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		sg_strbuf_add(sb, p, (size_t)((nl ? nl : end) - p));
		return true;
	}
	FILE *fp = fopen(f->path, "rb");
	if (!fp)
		return false;
	int c, at = 1;
	while (at < line && (c = fgetc(fp)) != EOF)
		if (c == '\n')
			at++;
	bool found = at == line;
	while (found && (c = fgetc(fp)) != EOF && c != '\n')
		sg_strbuf_addch(sb, (char)c);
	fclose(fp);
	return found;
}

/*
 * How many characters of a quoted scalar's source, from just after its
 * opening quote `q` on line `src` (len bytes), hold its first `want`
 * characters: an escape of a double-quoted scalar (\" \\ \t \xHH \uHHHH
 * \UHHHHHHHH) or the '' of a single-quoted one is one character of the text
 * and more of the file.  -1 when the text goes on past the line (a folded
 * scalar: not mapped here).
 */
static int quoted_source_chars(const char *src, size_t len, char q, int want)
{
	size_t i = 0;
	int chars = 0;
	for (int got = 0; got < want; got++) {
		if (i >= len || (src[i] == q && !(q == '\'' && i + 1 < len && src[i + 1] == '\'')))
			return -1;
		size_t n = 1;
		if (q == '\'' && src[i] == '\'')
			n = 2;
		else if (q == '"' && src[i] == '\\' && i + 1 < len)
			n = src[i + 1] == 'x' ? 4 : src[i + 1] == 'u' ? 6 : src[i + 1] == 'U' ? 10 : 2;
		else
			while (i + n < len && ((unsigned char)src[i + n] & 0xC0) == 0x80)
				n++;
		if (i + n > len)
			return -1;
		chars += n == 1 || (unsigned char)src[i] >= 0x80 ? 1 : (int)n;
		i += n;
	}
	return chars;
}

/* Characters (not UTF-8 continuation bytes) in the first n bytes of s. */
static int chars_in(const char *s, size_t n)
{
	int c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/*
 * The position of byte `off` of a folded block scalar's text (`>`), whose
 * lines start at line `first`, indented `indent`: the text is the lines'
 * contents with each line break folded into a space (or kept, between
 * paragraphs), so the lines are followed one by one.  False when a line is
 * not where the text says (then the caller's estimate stands).
 */
static bool folded_pos(const sg_model_file *f, int first, int indent, const char *text, size_t off, sg_pos *pos)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	bool found = false;
	size_t t = 0, len = strlen(text);
	for (int ln = first; !found && t <= len; ln++) {
		sg_strbuf_reset(&sb);
		if (!read_line(f, ln, &sb))
			break;
		const char *content = sb.len > (size_t)indent ? sb.data + indent : "";
		size_t clen = strlen(content);
		if (clen && (t + clen > len || strncmp(text + t, content, clen) != 0))
			break;
		if (off <= t + clen) {
			pos->line = ln;
			pos->column = indent + 1 + chars_in(content, off - t);
			found = true;
		}
		t += clen;
		if (t < len && (text[t] == ' ' || text[t] == '\n'))
			t++;
	}
	sg_strbuf_release(&sb);
	return found;
}

/*
 * The file position of character `cursor` (1-based, as the parser counts) of
 * scalar `node`'s text.  A block scalar (`|` or `>` where the node starts)
 * begins on the next line, indented as that line is; another scalar is on
 * the node's line, after its opening quote if any (escapes counted as the
 * file spells them).
 */
sg_pos sg_model__text_pos(const sg_model_file *f, const sg_model_node *key, const sg_model_node *node, const char *text,
			  int cursor)
{
	sg_pos pos = sg_model__node_pos(f, node);
	int line = 0, col = 0; /* within the text, 0-based */
	for (int chars = 0, i = 0; text[i] && chars < cursor - 1; i++) {
		if (((unsigned char)text[i] & 0xC0) == 0x80)
			continue;
		chars++;
		if (text[i] == '\n') {
			line++;
			col = 0;
		} else {
			col++;
		}
	}
	sg_strbuf sb = SG_STRBUF_INIT;
	bool block = false;
	int indent = 0;
	if (read_line(f, pos.line, &sb) && (size_t)pos.column - 1 < sb.len)
		block = sb.data[pos.column - 1] == '|' || sb.data[pos.column - 1] == '>';
	/* An indentation indicator counts from the indentation of the mapping that holds the key. */
	for (size_t i = (size_t)pos.column; block && key && i < sb.len && i < (size_t)pos.column + 2; i++)
		if (sb.data[i] >= '1' && sb.data[i] <= '9')
			indent = key->column - 1 + (sb.data[i] - '0');
	bool folded = block && sb.data[pos.column - 1] == '>';
	if (block) {
		sg_strbuf_reset(&sb);
		if (!indent && read_line(f, pos.line + 1, &sb))
			while ((size_t)indent < sb.len && sb.data[indent] == ' ')
				indent++;
		size_t off = 0;
		for (int chars = 0; text[off] && chars < cursor - 1; off++)
			chars += ((unsigned char)text[off] & 0xC0) != 0x80;
		while (((unsigned char)text[off] & 0xC0) == 0x80)
			off++;
		sg_pos at = pos;
		if (folded && folded_pos(f, pos.line + 1, indent, text, off, &at)) {
			pos = at;
		} else {
			pos.line += 1 + line;
			pos.column = indent + col + 1;
		}
	} else {
		int quoted = -1;
		char q = (size_t)pos.column - 1 < sb.len ? sb.data[pos.column - 1] : '\0';
		if (!node->plain && (q == '"' || q == '\''))
			quoted = quoted_source_chars(sb.data + pos.column, sb.len - (size_t)pos.column, q, cursor - 1);
		if (quoted >= 0) {
			pos.column += quoted + 1;
		} else {
			pos.column += line ? 0 : col + (node->plain ? 0 : 1);
			pos.line += line;
		}
	}
	sg_strbuf_release(&sb);
	return pos;
}

/* Item i of a JSON array, NULL when there is none. */
static const sg_json *json_at(const sg_json *list, size_t i)
{
	return list && list->type == SG_JSON_ARRAY && i < list->n ? list->items[i] : NULL;
}

/* The String items of a name list ("funcname"): how many, and the last one. */
static size_t name_parts(const sg_json *list, const char **last)
{
	*last = NULL;
	if (!list || list->type != SG_JSON_ARRAY)
		return 0;
	for (size_t i = 0; i < list->n; i++)
		*last = sg_json_get_str(sg_json_get(list->items[i], "String"), "sval");
	return list->n;
}

/*
 * Where scalar `node`'s text starts in its file, and where its second line
 * starts: a position the server gives inside the text is mapped back with
 * them (sg_text_origin_pos).  Only a block scalar keeps every line at one
 * indentation; another scalar's later lines get indent 0.
 */
sg_text_origin sg_model__text_origin(const sg_model_file *f, const sg_model_node *key, const sg_model_node *node,
				     const char *text)
{
	sg_text_origin o = {.start = sg_model__text_pos(f, key, node, text, 1)};
	if (!node->plain) { /* quoted, and closed on its line: escapes count as written */
		sg_pos at = sg_model__node_pos(f, node);
		sg_strbuf sb = SG_STRBUF_INIT;
		int chars = 0;
		for (const char *p = text; *p; p++)
			chars += ((unsigned char)*p & 0xC0) != 0x80;
		char q = read_line(f, at.line, &sb) && (size_t)at.column - 1 < sb.len ? sb.data[at.column - 1] : '\0';
		if ((q == '"' || q == '\'') &&
		    quoted_source_chars(sb.data + at.column, sb.len - (size_t)at.column, q, chars) >= 0)
			o.quote = q;
		sg_strbuf_release(&sb);
		if (o.quote)
			return o;
	}
	const char *nl = strchr(text, '\n');
	if (!nl || o.start.line == sg_model__node_pos(f, node).line)
		return o;
	int chars = 1;
	for (const char *p = text; p <= nl; p++)
		chars += ((unsigned char)*p & 0xC0) != 0x80;
	sg_pos second = sg_model__text_pos(f, key, node, text, chars);
	if (second.line == o.start.line + 1)
		o.indent = second.column;
	return o;
}

/* Check one definition; a problem is reported in the loader. */
/*
 * `SET name FROM CURRENT` is refused: it stores the value the creating
 * session has, which is the scratch schema's search_path when the diff
 * creates the models (pg_get_functiondef prints it, and a migration written
 * from it named the scratch schema) and whatever the migrating session has
 * under `migrate`: no model can say what the database will hold.
 */
static void check_from_current(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *entry,
			       const sg_function *fn, const sg_json *options)
{
	for (size_t i = 0; options && options->type == SG_JSON_ARRAY && i < options->n; i++) {
		const sg_json *el = sg_json_get(options->items[i], "DefElem");
		const sg_json *set = sg_json_get(sg_json_get(el, "arg"), "VariableSetStmt");
		const char *kind = sg_json_get_str(set, "kind"), *setting = sg_json_get_str(set, "name");
		if (!kind || strcmp(kind, "VAR_SET_CURRENT") != 0)
			continue;
		const sg_json *loc = sg_json_get(el, "location");
		long at = loc && loc->type == SG_JSON_NUMBER ? strtol(loc->str, NULL, 10) : -1;
		const sg_model_node *def = sg_model__map_get(entry, "definition");
		sg_pos pos = at >= 0 ? sg_model__text_pos(f, sg_model__map_key(entry, "definition"), def,
							  fn->definition, (int)at + 1)
				     : sg_model__node_pos(f, def);
		sg_model__error_at(cv->ld, pos,
				   "function '%s': SET %s FROM CURRENT stores the setting of the session that creates "
				   "it, which no model can say: write the value (SET %s = ...)",
				   fn->name, setting ? setting : "?", setting ? setting : "?");
	}
}

static void check_definition(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *entry, sg_function *fn)
{
	const sg_model_node *def = sg_model__map_get(entry, "definition");
	PgQueryParseResult res = pg_query_parse(fn->definition);
	if (res.error) {
		sg_pos pos = res.error->cursorpos > 0 ? sg_model__text_pos(f, sg_model__map_key(entry, "definition"),
									   def, fn->definition, res.error->cursorpos)
						      : sg_model__node_pos(f, def);
		sg_model__error_at(cv->ld, pos, "function '%s': %s", fn->name, res.error->message);
		pg_query_free_parse_result(res);
		return;
	}
	sg_arena *scratch = sg_arena_new();
	const sg_json *root = scratch ? sg_json_parse(scratch, res.parse_tree) : NULL;
	const sg_json *stmts = sg_json_get(root, "stmts");
	const sg_json *stmt = NULL;
	sg_pos pos = sg_model__node_pos(f, def);
	if (!root) {
		cv->ld->oom = true;
	} else if (!stmts || stmts->type != SG_JSON_ARRAY || stmts->n != 1) {
		sg_model__error_at(cv->ld, pos, "function '%s': the definition must be one statement, not %zu",
				   fn->name, stmts && stmts->type == SG_JSON_ARRAY ? stmts->n : (size_t)0);
	} else if (!(stmt = sg_json_get(sg_json_get(stmts->items[0], "stmt"), "CreateFunctionStmt"))) {
		sg_model__error_at(
		    cv->ld, pos,
		    "function '%s': the definition must be a CREATE FUNCTION or CREATE PROCEDURE statement", fn->name);
	} else {
		const char *name = NULL;
		size_t parts = name_parts(sg_json_get(stmt, "funcname"), &name);
		const sg_json *proc = sg_json_get(stmt, "is_procedure");
		fn->procedure = proc && proc->type == SG_JSON_BOOL && proc->boolean;
		if (parts != 1)
			sg_model__error_at(cv->ld, pos,
					   "function '%s': write its name without a schema (the models' schema is its "
					   "schema)",
					   fn->name);
		else if (!name || strcmp(name, fn->name) != 0)
			sg_model__error_at(cv->ld, pos, "function '%s': the definition creates '%s'", fn->name,
					   name ? name : "?");
		check_from_current(cv, f, entry, fn, sg_json_get(stmt, "options"));
	}
	sg_arena_free(scratch);
	pg_query_free_parse_result(res);
}

void sg_model__convert_functions(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d)
{
	sg_schema *s = cv->schema;
	const sg_model_node *list = sg_model__map_get(root, "functions");
	for (size_t i = 0; i < d->functions_count && !cv->ld->oom; i++) {
		sg_function *all = sg_model__grow(s->functions, &cv->capfunctions, s->nfunctions, sizeof(*all));
		if (!all) {
			cv->ld->oom = true;
			return;
		}
		s->functions = all;
		const sg_model_node *entry = sg_model__seq_at(list, i);
		const y_function *y = &d->functions[i];
		sg_function *fn = &all[s->nfunctions++];
		memset(fn, 0, sizeof(*fn));
		fn->name = sg_model__dup_str(cv, y->name);
		fn->definition = sg_model__dup_str(cv, y->definition);
		fn->renamed_from = sg_model__dup_str(cv, y->renamed_from);
		fn->comment = sg_model__dup_str(cv, y->comment);
		fn->pos = sg_model__key_pos(f, entry, "name");
		sg_strbuf what = SG_STRBUF_INIT;
		sg_strbuf_addf(&what, "function '%s'", y->name);
		sg_model__check_name(cv, fn->pos, y->name, "a function");
		sg_model__check_text(cv, sg_model__key_pos(f, entry, "comment"), y->comment, "comment", what.data);
		if (y->renamed_from)
			sg_model__check_name(cv, sg_model__key_pos(f, entry, "renamed_from"), y->renamed_from,
					     what.data);
		sg_strbuf_release(&what);
		if (fn->name && fn->definition) {
			fn->definition_at =
			    sg_model__text_origin(f, sg_model__map_key(entry, "definition"),
						  sg_model__map_get(entry, "definition"), fn->definition);
			check_definition(cv, f, entry, fn);
		}
	}
}

/* Whether type name node `tn` (a TypeName) names a table of the models. */
static bool names_table(const sg_schema *s, const sg_json *tn)
{
	const char *name = NULL;
	name_parts(sg_json_get(tn, "names"), &name);
	return name && sg_schema_find_table(s, name);
}

/* Whether parse tree `node` holds a RangeVar naming a table of the models (a body that reads one). */
static bool reads_table(const sg_schema *s, const sg_json *node)
{
	if (!node)
		return false;
	if (node->type == SG_JSON_ARRAY) {
		for (size_t i = 0; i < node->n; i++)
			if (reads_table(s, node->items[i]))
				return true;
		return false;
	}
	if (node->type != SG_JSON_OBJECT)
		return false;
	for (size_t i = 0; i < node->n; i++) {
		if (strcmp(node->keys[i], "RangeVar") == 0) {
			const sg_json *rel = sg_json_get(node->items[i], "relname");
			const sg_json *nsp = sg_json_get(node->items[i], "schemaname");
			/* Bare, or qualified by the models' own schema (`public.t`: the same table). */
			bool own = !nsp || (nsp->type == SG_JSON_STRING && s->name && strcmp(nsp->str, s->name) == 0);
			if (rel && rel->type == SG_JSON_STRING && own && sg_schema_find_table(s, rel->str))
				return true;
		}
		if (reads_table(s, node->items[i]))
			return true;
	}
	return false;
}

void sg_model__mark_row_types(sg_model_conv *cv)
{
	sg_schema *s = cv->schema;
	for (size_t i = 0; i < s->nfunctions; i++) {
		sg_function *fn = &s->functions[i];
		PgQueryParseResult res = pg_query_parse(fn->definition);
		sg_arena *scratch = res.error ? NULL : sg_arena_new();
		const sg_json *root = scratch ? sg_json_parse(scratch, res.parse_tree) : NULL;
		const sg_json *stmt =
		    sg_json_get(sg_json_get(json_at(sg_json_get(root, "stmts"), 0), "stmt"), "CreateFunctionStmt");
		if (stmt) {
			fn->atomic_body = sg_json_get(stmt, "sql_body") != NULL;
			fn->row_type = names_table(s, sg_json_get(stmt, "returnType"));
			const sg_json *params = sg_json_get(stmt, "parameters");
			for (size_t k = 0; params && params->type == SG_JSON_ARRAY && k < params->n; k++)
				fn->row_type =
				    fn->row_type ||
				    names_table(
					s, sg_json_get(sg_json_get(params->items[k], "FunctionParameter"), "argType"));
			/* A body parsed at creation (BEGIN ATOMIC, RETURN) that reads a table: created after it too. */
			fn->row_type = fn->row_type || reads_table(s, sg_json_get(stmt, "sql_body"));
		}
		sg_arena_free(scratch);
		pg_query_free_parse_result(res);
	}
}
