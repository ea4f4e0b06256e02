/*
 * sg_error: one-line messages with a kind, and the kind -> exit code table.
 */
#include "schemagen/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int exit_codes[] = {
    [SG_ERR_NONE] = SG_EXIT_OK,
    [SG_ERR_DB] = SG_EXIT_DB,
    [SG_ERR_INPUT] = SG_EXIT_USAGE,
    [SG_ERR_DIFFERS] = SG_EXIT_DIFFERS,
    [SG_ERR_REFUSED] = SG_EXIT_REFUSED,
    /* I/O failures and the like are environmental, as a database failure is. */
    [SG_ERR_SYSTEM] = SG_EXIT_DB,
};
_Static_assert(sizeof(exit_codes) / sizeof(exit_codes[0]) == SG_ERR_KIND_COUNT, "every error kind needs an exit code");

int sg_exit_code_for(sg_error_kind kind)
{
	if ((int)kind < 0 || kind >= SG_ERR_KIND_COUNT)
		return SG_EXIT_DB;
	return exit_codes[kind];
}

/* vasprintf without the GNU extension; NULL when out of memory. */
static char *format_va(const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return NULL;
	char *s = malloc((size_t)n + 1);
	if (s)
		vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

/* Messages must stay on one line: a server error may carry newlines. */
static void flatten(char *s)
{
	size_t len = strlen(s);
	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == ' ' || s[len - 1] == '\r'))
		s[--len] = '\0';
	for (char *p = s; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
}

static char oom_message[] = "out of memory";

static void replace_message(sg_error *err, char *msg)
{
	if (err->message != oom_message)
		free(err->message);
	if (msg) {
		flatten(msg);
		err->message = msg;
	} else {
		err->message = oom_message;
	}
}

int sg_error_set(sg_error *err, sg_error_kind kind, const char *fmt, ...)
{
	if (!err)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	char *msg = format_va(fmt, ap);
	va_end(ap);
	err->kind = kind;
	replace_message(err, msg);
	return -1;
}

int sg_error_prefix(sg_error *err, const char *fmt, ...)
{
	if (!err || err->kind == SG_ERR_NONE)
		return -1;
	va_list ap;
	va_start(ap, fmt);
	char *ctx = format_va(fmt, ap);
	va_end(ap);
	if (!ctx)
		return -1;
	const char *old = err->message ? err->message : "";
	size_t n = strlen(ctx) + 2 + strlen(old) + 1;
	char *msg = malloc(n);
	if (msg)
		snprintf(msg, n, "%s: %s", ctx, old);
	free(ctx);
	if (msg)
		replace_message(err, msg);
	return -1;
}

int sg_error_move(sg_error *to, sg_error *from)
{
	if (to && to != from) {
		sg_error_clear(to);
		*to = *from;
		*from = (sg_error){0};
	} else if (!to) {
		sg_error_clear(from);
	}
	return -1;
}

void sg_error_clear(sg_error *err)
{
	if (!err)
		return;
	if (err->message != oom_message)
		free(err->message);
	err->message = NULL;
	err->kind = SG_ERR_NONE;
}

const char *sg_error_message(const sg_error *err)
{
	return err && err->message ? err->message : "";
}
