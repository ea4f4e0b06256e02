/*
 * sg_redact: passwords out of messages (see redact.h).
 *
 * The connection string is read the way libpq reads it (fe-connect.c:
 * conninfo_uri_parse_options and conninfo_parse), only far enough to find
 * where the passwords are; libpq stays the judge of what is valid.
 */
#include "redact.h"

#include <ctype.h>
#include <libpq-fe.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"

#define MAX_SPANS 16

/* The passwords found in a connection string: where they are, and their values. */
typedef struct found {
	struct {
		size_t start, end; /* bytes of the connection string to replace */
		char *replacement; /* NULL: SG_REDACTED; else a redacted dbname value (owned) */
	} spans[MAX_SPANS];
	size_t nspans;
	char *secrets[2 * MAX_SPANS + 1]; /* the values, as written and decoded (owned) */
	size_t nsecrets;
	bool oom;
} found;

static void found_release(found *f)
{
	for (size_t i = 0; i < f->nspans; i++)
		free(f->spans[i].replacement);
	for (size_t i = 0; i < f->nsecrets; i++)
		free(f->secrets[i]);
	memset(f, 0, sizeof(*f));
}

static void add_secret(found *f, const char *s, size_t len)
{
	if (len == 0 || f->nsecrets == sizeof(f->secrets) / sizeof(f->secrets[0]))
		return;
	char *copy = malloc(len + 1);
	if (!copy) {
		f->oom = true;
		return;
	}
	memcpy(copy, s, len);
	copy[len] = '\0';
	f->secrets[f->nsecrets++] = copy;
}

static void add_span(found *f, size_t start, size_t end, char *replacement)
{
	if (f->nspans == MAX_SPANS) {
		/* More passwords than anyone writes: hide everything from the first one on. */
		f->spans[MAX_SPANS - 1].end = end;
		free(replacement);
		return;
	}
	f->spans[f->nspans].start = start;
	f->spans[f->nspans].end = end;
	f->spans[f->nspans].replacement = replacement;
	f->nspans++;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Percent-decode s[0..len) into a malloc'd string; NULL when it is not valid (or out of memory). */
static char *decode(const char *s, size_t len)
{
	char *out = malloc(len + 1), *o = out;
	if (!out)
		return NULL;
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '%') {
			*o++ = s[i];
			continue;
		}
		int hi = i + 2 < len ? hexval(s[i + 1]) : -1;
		int lo = i + 2 < len ? hexval(s[i + 2]) : -1;
		if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
			free(out);
			return NULL;
		}
		*o++ = (char)(hi * 16 + lo);
		i += 2;
	}
	*o = '\0';
	return out;
}

/* A password at s[start..end) of a URI: hidden as written and as decoded. */
static void uri_secret(found *f, const char *s, size_t start, size_t end)
{
	if (end <= start)
		return;
	add_span(f, start, end, NULL);
	add_secret(f, s + start, end - start);
	char *d = decode(s + start, end - start);
	if (d) {
		add_secret(f, d, strlen(d));
		free(d);
	}
}

static size_t uri_prefix(const char *s)
{
	if (strncmp(s, "postgresql://", 13) == 0)
		return 13;
	if (strncmp(s, "postgres://", 11) == 0)
		return 11;
	return 0;
}

/* scheme://[user[:password]@]hosts[/dbname][?key=value&...] */
static void find_in_uri(found *f, const char *s, size_t prefix)
{
	const char *start = s + prefix, *p = start;
	while (*p && *p != '@' && *p != '/')
		p++;
	const char *hosts = start;
	if (*p == '@') {
		const char *q = start;
		while (*q != ':' && *q != '@')
			q++;
		if (*q == ':')
			uri_secret(f, s, (size_t)(q + 1 - s), (size_t)(p - s));
		hosts = p + 1;
	}
	const char *query = strchr(hosts, '?');
	for (const char *k = query ? query + 1 : NULL; k && *k;) {
		const char *amp = strchr(k, '&'), *end = amp ? amp : k + strlen(k);
		const char *eq = memchr(k, '=', (size_t)(end - k));
		if (eq) {
			char *key = decode(k, (size_t)(eq - k));
			if (key && strcmp(key, "password") == 0)
				uri_secret(f, s, (size_t)(eq + 1 - s), (size_t)(end - s));
			free(key);
		}
		k = amp ? amp + 1 : NULL;
	}
}

/* Append `value` as a conninfo value, quoted, with ' and \ escaped. */
static void add_quoted(sg_strbuf *sb, const char *value)
{
	sg_strbuf_addch(sb, '\'');
	for (const char *p = value; *p; p++) {
		if (*p == '\'' || *p == '\\')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '\'');
}

static void find_in(found *f, const char *s);

/* key = value ..., values bare (backslash escapes) or in single quotes. */
static void find_in_conninfo(found *f, const char *s)
{
	const char *cp = s;
	bool after_password = false;
	while (*cp) {
		while (isspace((unsigned char)*cp))
			cp++;
		if (!*cp)
			break;
		const char *key = cp;
		while (*cp && *cp != '=' && !isspace((unsigned char)*cp))
			cp++;
		size_t klen = (size_t)(cp - key);
		const char *after_key = cp;
		while (isspace((unsigned char)*cp))
			cp++;
		if (*cp != '=') {
			/* Not a keyword: after a password, the rest of it (an unquoted space). */
			if (after_password) {
				add_span(f, (size_t)(key - s), (size_t)(after_key - s), NULL);
				add_secret(f, key, klen);
			}
			cp = after_key;
			continue;
		}
		cp++;
		while (isspace((unsigned char)*cp))
			cp++;
		const char *val = cp;
		sg_strbuf v = SG_STRBUF_INIT;
		bool closed = true;
		if (*cp != '\'') {
			while (*cp && !isspace((unsigned char)*cp)) {
				if (*cp == '\\' && cp[1])
					cp++;
				sg_strbuf_addch(&v, *cp++);
			}
		} else {
			closed = false;
			for (cp++; *cp; cp++) {
				if (*cp == '\\' && cp[1]) {
					sg_strbuf_addch(&v, *++cp);
					continue;
				}
				if (*cp == '\'') {
					cp++;
					closed = true;
					break;
				}
				sg_strbuf_addch(&v, *cp);
			}
		}
		if (sg_strbuf_failed(&v))
			f->oom = true;
		bool password = klen == 8 && strncmp(key, "password", 8) == 0;
		bool dbname = klen == 6 && strncmp(key, "dbname", 6) == 0;
		after_password = password;
		if (password || !closed) {
			/* An unterminated quote: everything after it may be the password. */
			add_span(f, (size_t)(val - s), closed ? (size_t)(cp - s) : strlen(s), NULL);
			add_secret(f, val, (size_t)(cp - val));
			add_secret(f, v.data, v.len);
		} else if (dbname && (uri_prefix(v.data) || strchr(v.data, '='))) {
			/* A connection string inside dbname (libpq expands it): its passwords too. */
			found inner = {0};
			find_in(&inner, v.data);
			if (inner.nspans) {
				char *redacted = sg_redact_target(v.data);
				sg_strbuf q = SG_STRBUF_INIT;
				if (redacted)
					add_quoted(&q, redacted);
				free(redacted);
				add_span(f, (size_t)(val - s), (size_t)(cp - s), sg_strbuf_detach(&q, NULL));
				for (size_t i = 0; i < inner.nsecrets; i++)
					add_secret(f, inner.secrets[i], strlen(inner.secrets[i]));
			}
			found_release(&inner);
		}
		sg_strbuf_release(&v);
	}
}

static void find_in(found *f, const char *s)
{
	size_t prefix = uri_prefix(s);
	if (prefix)
		find_in_uri(f, s, prefix);
	else if (strchr(s, '='))
		find_in_conninfo(f, s);
}

char *sg_redact_target(const char *target)
{
	found f = {0};
	find_in(&f, target);
	sg_strbuf sb = SG_STRBUF_INIT;
	size_t at = 0;
	for (size_t i = 0; i < f.nspans; i++) {
		if (f.spans[i].start < at)
			continue;
		sg_strbuf_add(&sb, target + at, f.spans[i].start - at);
		sg_strbuf_adds(&sb, f.spans[i].replacement ? f.spans[i].replacement : SG_REDACTED);
		at = f.spans[i].end;
	}
	sg_strbuf_adds(&sb, target + at);
	bool oom = f.oom;
	found_release(&f);
	if (oom) {
		sg_strbuf_release(&sb);
		return NULL;
	}
	return sg_strbuf_detach(&sb, NULL);
}

int sg_redact_check(const char *target, sg_error *err)
{
	char *parse_error = NULL;
	PQconninfoOption *opts = PQconninfoParse(target, &parse_error);
	if (opts) {
		PQconninfoFree(opts);
		return 0;
	}
	bool oom = !parse_error;
	PQfreemem(parse_error);
	if (oom)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	char *redacted = sg_redact_target(target);
	if (!redacted)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	opts = PQconninfoParse(redacted, &parse_error);
	int rc;
	if (opts) {
		/* Only the password is wrong: say so without showing it. */
		PQconninfoFree(opts);
		opts = NULL;
		rc = sg_error_set(err, SG_ERR_INPUT, "invalid database URL: its password does not parse (%s)",
				  uri_prefix(target)
				      ? "in a URL, a '%' starts a two-digit hex escape other than %00: write "
					"'%' itself as '%25'"
				      : "quote it, and close the quote, when it holds a space, a quote or a "
					"backslash: password='a b'");
	} else if (!parse_error) {
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	} else {
		sg_error e = {0};
		sg_error_set(&e, SG_ERR_INPUT, "invalid database URL: %s", parse_error);
		sg_redact_error(&e, target); /* belt and braces: the redacted copy holds no password */
		rc = sg_error_set(err, SG_ERR_INPUT, "%s", sg_error_message(&e));
		sg_error_clear(&e);
	}
	PQfreemem(parse_error);
	PQconninfoFree(opts);
	free(redacted);
	return rc;
}

/* Replace every occurrence of `secret` in *msg (a malloc'd string, replaced when it changes). */
static void scrub(char **msg, const char *secret)
{
	size_t n = strlen(secret);
	if (n < 4 || !strstr(*msg, secret))
		return;
	sg_strbuf sb = SG_STRBUF_INIT;
	const char *p = *msg, *hit;
	while ((hit = strstr(p, secret))) {
		sg_strbuf_add(&sb, p, (size_t)(hit - p));
		sg_strbuf_adds(&sb, SG_REDACTED);
		p = hit + n;
	}
	sg_strbuf_adds(&sb, p);
	char *out = sg_strbuf_detach(&sb, NULL);
	if (out) {
		free(*msg);
		*msg = out;
	}
}

void sg_redact_error(sg_error *err, const char *target)
{
	if (!err || err->kind == SG_ERR_NONE || !err->message)
		return;
	found f = {0};
	if (target)
		find_in(&f, target);
	char *msg = strdup(err->message);
	if (!msg) {
		found_release(&f);
		return;
	}
	/* Longest first, so that a password holding another one is replaced whole. */
	for (bool again = true; again;) {
		again = false;
		for (size_t i = 0; i + 1 < f.nsecrets; i++)
			if (strlen(f.secrets[i]) < strlen(f.secrets[i + 1])) {
				char *t = f.secrets[i];
				f.secrets[i] = f.secrets[i + 1];
				f.secrets[i + 1] = t;
				again = true;
			}
	}
	for (size_t i = 0; i < f.nsecrets; i++)
		scrub(&msg, f.secrets[i]);
	const char *env = getenv("PGPASSWORD");
	if (env)
		scrub(&msg, env);
	found_release(&f);
	if (strcmp(msg, err->message) != 0)
		sg_error_set(err, err->kind, "%s", msg);
	free(msg);
}
