/*
 * sg_inspect, sequences: the `sequences:` list of the models, each option
 * written only where it differs from PostgreSQL's default (ddl_sequence.h),
 * and a default that takes the next value of a sequence written the way a
 * person writes it: `nextval('s')` for the catalog's `nextval('s'::regclass)`
 * (the same default: verbatim.c knows both spellings).
 */
#include <stdio.h>
#include <string.h>

#include "ddl_sequence.h"
#include "inspect_sequences.h"

static void number(sg_strbuf *sb, const char *key, long long v)
{
	sg_strbuf_addf(sb, ", %s: %lld", key, v);
}

/* `, increment: 10, start: 100`: the options of `q` other than its type that are not PostgreSQL's defaults. */
static void options(sg_strbuf *sb, const sg_sequence *q)
{
	long long min, max;
	sg_sequence_defaults(q->type, q->increment, &min, &max);
	if (q->increment != 1)
		number(sb, "increment", q->increment);
	if (q->min != min)
		number(sb, "min", q->min);
	if (q->max != max)
		number(sb, "max", q->max);
	if (q->start != sg_sequence_default_start(q->increment, q->min, q->max))
		number(sb, "start", q->start);
	if (q->cache != 1)
		number(sb, "cache", q->cache);
	if (q->cycle)
		sg_strbuf_adds(sb, ", cycle: true");
}

void sg_inspect__render_identity(sg_strbuf *sb, const sg_column *c)
{
	const char *kind = c->identity == SG_IDENTITY_ALWAYS ? "always" : "by_default";
	sg_strbuf opts = SG_STRBUF_INIT;
	if (c->identity_seq)
		options(&opts, c->identity_seq);
	if (opts.len)
		sg_strbuf_addf(sb, "        identity: { generated: %s%s }\n", kind, opts.data);
	else
		sg_strbuf_addf(sb, "        identity: %s\n", kind);
	sg_strbuf_release(&opts);
}

void sg_inspect__render_sequences(sg_strbuf *sb, const sg_sequence *seqs, size_t n)
{
	if (!n)
		return;
	sg_strbuf_adds(sb, "sequences:\n");
	for (size_t i = 0; i < n; i++) {
		const sg_sequence *q = &seqs[i];
		sg_strbuf_adds(sb, "  - { name: ");
		sg_inspect_yaml_scalar(sb, q->name, true);
		if (strcmp(q->type, "bigint") != 0)
			sg_strbuf_addf(sb, ", type: %s", q->type);
		options(sb, q);
		if (q->owned_table) {
			sg_strbuf owner = SG_STRBUF_INIT;
			sg_strbuf_addf(&owner, "%s.%s", q->owned_table, q->owned_column);
			sg_strbuf_adds(sb, ", owned_by: ");
			sg_inspect_yaml_scalar(sb, owner.data, true);
			sg_strbuf_release(&owner);
		}
		if (q->comment) {
			sg_strbuf_adds(sb, ", comment: ");
			sg_inspect_yaml_scalar(sb, q->comment, true);
		}
		sg_strbuf_adds(sb, " }\n");
	}
}

const char *sg_inspect__default_text(sg_arena *arena, const char *expr)
{
	static const char head[] = "nextval('", tail[] = "'::regclass)";
	size_t len = strlen(expr), nh = sizeof(head) - 1, nt = sizeof(tail) - 1;
	if (len <= nh + nt || strncmp(expr, head, nh) != 0 || strcmp(expr + len - nt, tail) != 0)
		return expr;
	/* Only one literal: its first closing quote is the one before the cast. */
	const char *p = expr + nh;
	while (*p && !(*p == '\'' && p[1] != '\''))
		p += *p == '\'' ? 2 : 1;
	if (p != expr + len - nt)
		return expr;
	char *out = sg_arena_strndup(arena, expr, len - nt + 2);
	if (!out)
		return expr;
	out[len - nt + 1] = ')';
	return out;
}
