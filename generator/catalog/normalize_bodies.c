/*
 * The bodies of the model's functions, checked by the server (normalize.h).
 *
 * Functions are created in the scratch schema with check_function_bodies
 * off, as the migrations create them: a body may name a table created later.
 * So a LANGUAGE sql or plpgsql body with a syntax error would be accepted,
 * written into a migration that applies, and fail only when called.  Once
 * the first batch has created everything, each such body is handed to its
 * language's validator with check_function_bodies on.  Only a syntax error
 * is the model's: a name the body reads may be a table of another batch, or
 * one the live schema has without the models' new column, so unknown
 * relations, columns and types (a `t.c%TYPE` the server reports as a syntax
 * error in an invalid type name) are left to the server at run time, as
 * before.  That one is told by the type's text in the error's first context
 * line, never by the message, which is in the server's lc_messages: under
 * German messages the test of "invalid type name" refused valid models.  A body
 * the live schema already has under that name is not checked again: the
 * plan does not change it, and a diff is not the place to refuse a function
 * the database already runs.
 */
#include <stdlib.h>
#include <string.h>

#include "normalize.h"

void sg_normalize__add_body_check(sg_strbuf *sql)
{
	sg_strbuf_adds(sql,
		       "DO $sg_bodies$\n"
		       "DECLARE r record; ctx text;\n"
		       "BEGIN\n"
		       "  PERFORM pg_catalog.set_config('check_function_bodies', 'on', true);\n"
		       "  FOR r IN SELECT p.oid, l.lanvalidator::pg_catalog.regproc AS validator\n"
		       "    FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_language l ON l.oid = p.prolang\n"
		       "    WHERE p.pronamespace = pg_catalog.current_schema()::pg_catalog.regnamespace\n"
		       "      AND l.lanname IN ('sql', 'plpgsql') AND p.prosqlbody IS NULL\n"
		       "      AND NOT EXISTS (SELECT FROM pg_catalog.pg_proc q\n"
		       "        WHERE q.pronamespace = (SELECT n.oid FROM pg_catalog.pg_namespace n\n"
		       "                                WHERE n.nspname = (pg_catalog.current_schemas(false))[2])\n"
		       "          AND q.proname = p.proname AND q.prosrc = p.prosrc)\n"
		       "    ORDER BY p.oid\n"
		       "  LOOP\n"
		       "    BEGIN\n"
		       "      EXECUTE pg_catalog.format('SELECT %s(%s)', r.validator, r.oid);\n"
		       "    EXCEPTION WHEN syntax_error THEN\n"
		       "      GET STACKED DIAGNOSTICS ctx = PG_EXCEPTION_CONTEXT;\n"
		       "      IF pg_catalog.split_part(ctx, E'\\n', 1) !~* '%[[:space:]]*(row)?type'\n"
		       "      THEN RAISE; END IF;\n"
		       "    WHEN OTHERS THEN NULL;\n"
		       "    END;\n"
		       "  END LOOP;\n"
		       "  PERFORM pg_catalog.set_config('check_function_bodies', 'off', true);\n"
		       "END $sg_bodies$;");
}

/*
 * The byte offset in `def` of character `cursor` (1-based) of body `src`,
 * or -1 when `def` does not hold the body: verbatim (dollar quotes), or
 * between single quotes with each quote doubled.
 */
static long body_offset(const char *def, const char *src, long cursor)
{
	/* Character `cursor` of src as a byte offset, and the quotes before it (each doubled between '...'). */
	size_t at_byte = 0, quotes = 0;
	for (long chars = 0; src[at_byte]; at_byte++) {
		if (((unsigned char)src[at_byte] & 0xC0) != 0x80 && ++chars == cursor)
			break;
		quotes += src[at_byte] == '\'';
	}
	if (cursor <= 0)
		at_byte = 0;
	const char *at = strstr(def, src);
	if (at)
		return (long)((size_t)(at - def) + at_byte);
	size_t n = strlen(src), q = 0;
	char *quoted = malloc(2 * n + 1);
	if (!quoted)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (src[i] == '\'')
			quoted[q++] = '\'';
		quoted[q++] = src[i];
	}
	quoted[q] = '\0';
	at = strstr(def, quoted);
	long off = at ? (long)((size_t)(at - def) + at_byte + (cursor > 0 ? quotes : 0)) : -1;
	free(quoted);
	return off;
}

/*
 * No token starts at a space: an error there is one "at end of input" of an
 * expression (PL/pgSQL's `RETURN 1 + ;` is at the space after `+`), which the
 * file shows where the expression ends, at the `;` after the spaces.
 */
static long skip_space(const char *def, long off)
{
	long at = off;
	while (def[at] == ' ' || def[at] == '\t' || def[at] == '\r' || def[at] == '\n')
		at++;
	return def[at] ? at : off;
}

const sg_function *sg_normalize__body_error(const sg_schema *model, const PGresult *res, sg_pos *pos)
{
	const char *src = PQresultErrorField(res, PG_DIAG_INTERNAL_QUERY);
	const char *cursor = PQresultErrorField(res, PG_DIAG_INTERNAL_POSITION);
	if (!src)
		return NULL;
	long at = cursor ? strtol(cursor, NULL, 10) : 0;
	for (size_t i = 0; i < model->nfunctions; i++) {
		const sg_function *fn = &model->functions[i];
		long off = fn->definition ? body_offset(fn->definition, src, at) : -1;
		if (off < 0)
			continue;
		off = skip_space(fn->definition, off);
		*pos = sg_text_origin_pos(&fn->definition_at, fn->definition, (size_t)off, fn->pos);
		return fn;
	}
	return NULL;
}
