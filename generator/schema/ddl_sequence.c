/*
 * sg_ddl for sequences: CREATE / ALTER SEQUENCE text and the defaults of
 * their options (ddl_sequence.h).
 */
#include "ddl_sequence.h"

#include <limits.h>
#include <string.h>

#include "ddl.h"
#include "quote.h"

bool sg_sequence_type_range(const char *type, long long *lo, long long *hi)
{
	if (!type)
		return false;
	if (strcmp(type, "smallint") == 0) {
		*lo = -32768;
		*hi = 32767;
	} else if (strcmp(type, "integer") == 0) {
		*lo = INT_MIN;
		*hi = INT_MAX;
	} else if (strcmp(type, "bigint") == 0) {
		*lo = LLONG_MIN;
		*hi = LLONG_MAX;
	} else {
		return false;
	}
	return true;
}

void sg_sequence_defaults(const char *type, long long increment, long long *min, long long *max)
{
	long long lo = LLONG_MIN, hi = LLONG_MAX;
	sg_sequence_type_range(type, &lo, &hi);
	*min = increment > 0 ? 1 : lo;
	*max = increment > 0 ? hi : -1;
}

long long sg_sequence_default_start(long long increment, long long min, long long max)
{
	return increment > 0 ? min : max;
}

/*
 * The options of `to` that differ from `from` (every one that differs from
 * the defaults when from is NULL), each after `set` (`SET ` for ALTER COLUMN
 * of an identity, whose type is its column's and never written).
 */
static void options(sg_strbuf *sb, const sg_sequence *from, const sg_sequence *to, const char *set)
{
	long long dmin, dmax;
	sg_sequence_defaults(to->type, to->increment, &dmin, &dmax);
	sg_sequence def = {.type = "bigint", .increment = 1, .cache = 1, .min = dmin, .max = dmax};
	def.start = sg_sequence_default_start(to->increment, to->min, to->max);
	if (!from)
		from = &def;
	if (!*set && !sg_str_eq(from->type, to->type))
		sg_strbuf_addf(sb, " AS %s", to->type);
	if (from->increment != to->increment)
		sg_strbuf_addf(sb, " %sINCREMENT BY %lld", set, to->increment);
	/* A new type moves a bound that is the old type's own to the new type's (PostgreSQL's AS, and ALTER COLUMN
	 * TYPE of an identity): such a bound is written even when it stays (bigint MAXVALUE 2147483647 -> integer,
	 * and back). */
	long long lo, hi;
	bool retyped = !sg_str_eq(from->type, to->type) && sg_sequence_type_range(from->type, &lo, &hi);
	if (from->min != to->min || (retyped && from->min == lo))
		sg_strbuf_addf(sb, " %sMINVALUE %lld", set, to->min);
	if (from->max != to->max || (retyped && from->max == hi))
		sg_strbuf_addf(sb, " %sMAXVALUE %lld", set, to->max);
	if (from->start != to->start)
		sg_strbuf_addf(sb, " %sSTART WITH %lld", set, to->start);
	if (from->cache != to->cache)
		sg_strbuf_addf(sb, " %sCACHE %lld", set, to->cache);
	if (from->cycle != to->cycle)
		sg_strbuf_addf(sb, " %s%s", set, to->cycle ? "CYCLE" : "NO CYCLE");
}

bool sg_sequence_options_eq(const sg_sequence *a, const sg_sequence *b)
{
	if (!a || !b)
		return !a && !b;
	return sg_str_eq(a->type, b->type) && a->start == b->start && a->increment == b->increment &&
	       a->min == b->min && a->max == b->max && a->cache == b->cache && a->cycle == b->cycle;
}

void sg_ddl_identity_options(sg_strbuf *sb, const sg_sequence *q)
{
	if (!q)
		return;
	sg_sequence defaults = *q;
	sg_sequence_defaults(q->type, q->increment, &defaults.min, &defaults.max);
	defaults.increment = 1;
	defaults.cache = 1;
	defaults.cycle = false;
	defaults.start = sg_sequence_default_start(q->increment, q->min, q->max);
	sg_strbuf opts = SG_STRBUF_INIT;
	options(&opts, &defaults, q, "");
	if (opts.len)
		sg_strbuf_addf(sb, " (%s)", opts.data + 1);
	sg_strbuf_release(&opts);
}

bool sg_ddl_identity_alter(sg_strbuf *sb, const sg_sequence *from, const sg_sequence *to)
{
	size_t len = sb->len;
	if (from && to)
		options(sb, from, to, "SET ");
	return sb->len > len;
}

void sg_ddl_create_sequence(sg_strbuf *sb, const char *qual, const sg_sequence *q)
{
	sg_strbuf_adds(sb, "CREATE SEQUENCE ");
	sg_ddl_name(sb, qual, q->name);
	options(sb, NULL, q, "");
	sg_strbuf_adds(sb, ";");
}

bool sg_ddl_alter_sequence(sg_strbuf *sb, const char *qual, const sg_sequence *from, const sg_sequence *to)
{
	sg_strbuf opts = SG_STRBUF_INIT;
	options(&opts, from, to, "");
	bool any = opts.len > 0;
	if (any) {
		sg_strbuf_adds(sb, "ALTER SEQUENCE ");
		sg_ddl_name(sb, qual, to->name);
		sg_strbuf_adds(sb, opts.data);
		sg_strbuf_adds(sb, ";");
	}
	sg_strbuf_release(&opts);
	return any;
}

void sg_ddl_sequence_owned_by(sg_strbuf *sb, const char *qual, const char *seq, const char *table, const char *column)
{
	sg_strbuf_adds(sb, "ALTER SEQUENCE ");
	sg_ddl_name(sb, qual, seq);
	sg_strbuf_adds(sb, " OWNED BY ");
	if (!table) {
		sg_strbuf_adds(sb, "NONE;");
		return;
	}
	sg_ddl_name(sb, qual, table);
	sg_strbuf_addch(sb, '.');
	sg_quote_ident(sb, column);
	sg_strbuf_adds(sb, ";");
}

void sg_ddl_comment_sequence(sg_strbuf *sb, const char *qual, const char *seq, const char *comment)
{
	sg_strbuf_adds(sb, "COMMENT ON SEQUENCE ");
	sg_ddl_name(sb, qual, seq);
	sg_strbuf_adds(sb, " IS ");
	if (comment)
		sg_quote_literal(sb, comment);
	else
		sg_strbuf_adds(sb, "NULL");
	sg_strbuf_adds(sb, ";");
}
