/*
 * Choosing the rows of the randomized diff suite (see random_rows.h and
 * random_values.h).  Values are chosen per column from a domain: the types
 * the column has in A and in B.  A key column (in a key, a unique index, a
 * foreign key, or an identity or serial column, in A or B) takes the row's
 * own value (row i: 1+i, 'x1'...), so a foreign key's row i points to row i
 * of its target; the other columns take values that are exact in every type
 * of their domain, near the types' limits.  A small evaluator then checks
 * every row against the constraints of A and of B and sets to NULL, or
 * drops, what would break one.  No I/O.
 */
#include "random_values.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t utf8_len(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* ---- domains ---- */

typedef struct rdom {
	int types[2];
	int ntypes;
	bool has_enum, array;
	char labels[MAXV][16];
	int nlabels;
	bool num, txt, ts, date;
	int maxlen;
	bool no_min; /* abs() of it is indexed: a type's smallest value would overflow there */
	fam f;	     /* what the values look like */
} rdom;

static int varchar_len(const char *canon)
{
	const char *p = strchr(canon, '(');
	return strncmp(canon, "character varying", 17) == 0 && p ? atoi(p + 1) : 0;
}

static void dom_add(rdom *d, rschema *s, const rcol *c)
{
	if (c->type < 0) {
		renum *e = find_enum(s, c->enum_name);
		if (!d->has_enum) {
			for (int i = 0; e && i < e->nvalues; i++)
				memcpy(d->labels[d->nlabels++], e->values[i], sizeof(d->labels[0]));
		} else {
			for (int i = 0; i < d->nlabels; i++) {
				bool in = false;
				for (int k = 0; e && k < e->nvalues; k++)
					in |= strcmp(e->values[k], d->labels[i]) == 0;
				if (!in)
					drop_at(d->labels, &d->nlabels, i--, sizeof(d->labels[0]));
			}
		}
		d->has_enum = true;
		d->array = c->array;
		return;
	}
	d->types[d->ntypes++] = c->type;
	fam f = rtypes[c->type].family;
	d->num |= f == F_NUM;
	d->txt |= f == F_TXT;
	d->ts |= f == F_TS;
	d->date |= f == F_DATE;
	int n = varchar_len(rtypes[c->type].canon);
	if (n && (!d->maxlen || n < d->maxlen))
		d->maxlen = n;
}

static bool abs_indexed(const rtable *t, const char *col)
{
	for (int i = 0; t && i < t->nindexes; i++)
		if (t->indexes[i].kind == 3 && strcmp(t->indexes[i].col, col) == 0)
			return true;
	return false;
}

static void dom_make(rdom *d, rschema *a, const rtable *ta, const rcol *ca, rschema *b, const rtable *tb,
		     const rcol *cb)
{
	memset(d, 0, sizeof(*d));
	dom_add(d, a, ca);
	if (cb && !cb->gen)
		dom_add(d, b, cb);
	d->no_min = abs_indexed(ta, ca->name) || (cb && abs_indexed(tb, cb->name));
	d->f = d->has_enum ? F_ENUM
	       : d->num	   ? F_NUM
	       : d->txt	   ? F_TXT
	       : d->date   ? F_DATE
	       : d->ts	   ? F_TS
			   : rtypes[d->types[0]].family;
}

/* Whether the decimal literal is exact in the number type (its value survives a trip through it). */
static bool num_fits(const char *lit, int type)
{
	const rtype *t = &rtypes[type];
	if (t->family != F_NUM)
		return true;
	const char *p = lit[0] == '-' ? lit + 1 : lit;
	const char *dot = strchr(p, '.');
	size_t ilen = dot ? (size_t)(dot - p) : strlen(p), flen = dot ? strlen(dot + 1) : 0;
	int sig = 0, lead = 1, trailing_zeros = 0;
	for (const char *q = p; *q; q++) {
		if (*q == '.')
			continue;
		if (lead && *q == '0')
			continue;
		lead = 0;
		sig++;
		trailing_zeros = *q == '0' ? trailing_zeros + 1 : 0;
	}
	if (dot)
		sig -= trailing_zeros;
	if (t->intlike) {
		if (flen)
			return false;
		errno = 0;
		long long v = strtoll(lit, NULL, 10);
		if (errno)
			return false;
		if (strcmp(t->canon, "smallint") == 0)
			return v >= -32768 && v <= 32767;
		if (strcmp(t->canon, "integer") == 0)
			return v >= -2147483648LL && v <= 2147483647LL;
		return true;
	}
	if (strcmp(t->canon, "numeric(12,2)") == 0)
		return flen <= 2 && ilen <= 10;
	if (strcmp(t->canon, "double precision") == 0)
		return sig <= 15;
	if (strcmp(t->canon, "real") == 0)
		return sig <= 6;
	return true;
}

static bool dom_fits(const rdom *d, const char *lit)
{
	if (d->no_min &&
	    (strcmp(lit, "-32768") == 0 || strcmp(lit, "-2147483648") == 0 || strcmp(lit, "-9223372036854775808") == 0))
		return false;
	for (int i = 0; i < d->ntypes; i++)
		if (!num_fits(lit, d->types[i]))
			return false;
	return !d->maxlen || utf8_len(lit) <= (size_t)d->maxlen;
}

static const char *const num_vals[] = {
    "1",
    "2",
    "7",
    "-3",
    "0.25",
    "-1.5",
    "32767",
    "-32768",
    "99999",
    "2147483647",
    "-2147483648",
    "9999999999.99",
    "-9999999999.99",
    "9223372036854775807",
    "-9223372036854775808",
    "123456789012345",
    "0.000001",
};
static const char *const txt_vals[] = {
    "x", "xit's", "x\"q\" \\ \xc3\xa9", "x\xf0\x9f\x98\x80 \xc3\xbcn\xc3\xaf", "xA b", "", "X", "x\t\nz"};
static const char *const ts_vals[] = {"2024-02-29 13:45:56.789",
				      "1999-12-31 23:59:59.999",
				      "0001-01-01 00:00:00",
				      "9999-12-31 23:59:59",
				      "1970-01-01 00:00:00",
				      "infinity",
				      "-infinity"};
static const char *const date_vals[] = {"2024-02-29", "1999-12-31", "0001-01-01",
					"9999-12-31", "infinity",   "-infinity"};
static const char *const uuid_vals[] = {"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "00000000-0000-0000-0000-000000000000",
					"ffffffff-ffff-ffff-ffff-ffffffffffff"};
static const char *const jsonb_vals[] = {"{}", "[]", "{\"a\": [1, 2.5, null], \"b\": \"x'y\"}", "\"\\u00e9\"", "1e300"};
static const char *const txtarr_vals[] = {"{}", "{a,\"b c\",NULL}", "{\"x'y\",\"q\\\"z\"}"};
static const char *const intarr_vals[] = {"{}", "{1,-2147483648,2147483647}", "{NULL,3}"};
static const char *const interval_vals[] = {"1 year 2 mons 3 days 04:05:06.789", "-00:00:01", "00:00:00",
					    "178000000 years"};

#define PICK(arr) (arr)[pick((int)(sizeof(arr) / sizeof((arr)[0])))]

/* The key value of row `row`: the same in every column of the same domain, so foreign keys meet. */
static bool key_value(char *out, const rdom *d, int row)
{
	int n = row + 1;
	switch (d->f) {
	case F_ENUM:
		if (row >= d->nlabels)
			return false;
		snprintf(out, VALLEN, d->array ? "{%s}" : "%s", d->labels[row]);
		return true;
	case F_NUM:
		snprintf(out, VALLEN, "%d", n);
		return true;
	case F_TXT:
		snprintf(out, VALLEN, "x%d", n);
		return true;
	case F_BOOL:
		snprintf(out, VALLEN, "%s", row % 2 ? "true" : "false");
		return true;
	case F_TS:
		snprintf(out, VALLEN, "2024-01-%02d 00:00:00", n);
		return true;
	case F_DATE:
		snprintf(out, VALLEN, "2024-01-%02d", n);
		return true;
	case F_UUID:
		snprintf(out, VALLEN, "00000000-0000-0000-0000-%012d", n);
		return true;
	case F_INTERVAL:
		snprintf(out, VALLEN, "%d days", n);
		return true;
	case F_JSONB:
		snprintf(out, VALLEN, "[%d]", n);
		return true;
	case F_TXTARR:
		snprintf(out, VALLEN, "{k%d}", n);
		return true;
	case F_INTARR:
		snprintf(out, VALLEN, "{%d}", n);
		return true;
	}
	return false;
}

static bool other_value(char *out, const rdom *d)
{
	for (int tries = 0; tries < 24; tries++) {
		const char *v = NULL;
		switch (d->f) {
		case F_ENUM:
			if (!d->nlabels)
				return false;
			if (d->array) {
				int n = pick(3);
				snprintf(out, VALLEN, "{%s%s%s}", n ? d->labels[0] : "", n == 2 ? "," : "",
					 n == 2 ? d->labels[d->nlabels - 1] : "");
				return true;
			}
			v = d->labels[pick(d->nlabels)];
			break;
		case F_NUM:
			v = PICK(num_vals);
			break;
		case F_TXT:
			if (chance(15)) { /* as long as the narrowest type allows */
				int len = d->maxlen ? d->maxlen : 99;
				memset(out, 'x', (size_t)len);
				out[len] = '\0';
				return true;
			}
			v = PICK(txt_vals);
			break;
		case F_BOOL:
			v = chance(50) ? "true" : "false";
			break;
		case F_TS:
			v = PICK(ts_vals);
			break;
		case F_DATE:
			v = PICK(date_vals);
			break;
		case F_UUID:
			v = PICK(uuid_vals);
			break;
		case F_JSONB:
			v = PICK(jsonb_vals);
			break;
		case F_TXTARR:
			v = PICK(txtarr_vals);
			break;
		case F_INTARR:
			v = PICK(intarr_vals);
			break;
		case F_INTERVAL:
			v = PICK(interval_vals);
			break;
		}
		if (dom_fits(d, v)) {
			snprintf(out, VALLEN, "%s", v);
			return true;
		}
	}
	return false;
}

/* ---- the constraints of A and B, by ids ---- */

enum { K_NOTNULL, K_CHECK, K_UNIQUE, K_FK };

typedef struct rcons {
	int kind, side; /* side 0: A, 1: B */
	int tid;
	int ncols, cols[2], xform[2]; /* xform: 0 plain, 1 lower(), 2 abs() */
	int check_kind;
	int ref_tid, ref_cols[2];
	bool full; /* a foreign key's MATCH FULL */
} rcons;

#define MAXCONS 600

static struct {
	rschema *a, *b;
	rrows *r;
	rcons cons[MAXCONS];
	int ncons;
} ctx;

static void add_cons(const rcons *k)
{
	if (ctx.ncons < MAXCONS)
		ctx.cons[ctx.ncons++] = *k;
}

static int col_id_of(rtable *t, const char *name)
{
	rcol *c = find_col(t, name);
	return c ? c->id : 0;
}

static void build_constraints(rschema *s, int side)
{
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int i = 0; i < t->ncols; i++)
			if (!t->cols[i].nullable && !t->cols[i].gen)
				add_cons(&(rcons){.kind = K_NOTNULL,
						  .side = side,
						  .tid = t->id,
						  .ncols = 1,
						  .cols = {t->cols[i].id}});
		for (int i = 0; i < t->nchecks; i++) {
			rcheck *k = &t->checks[i];
			rcons c = {.kind = K_CHECK,
				   .side = side,
				   .tid = t->id,
				   .ncols = k->b[0] ? 2 : 1,
				   .check_kind = k->kind};
			c.cols[0] = col_id_of(t, k->a);
			c.cols[1] = k->b[0] ? col_id_of(t, k->b) : 0;
			add_cons(&c);
		}
		if (t->npk) {
			rcons c = {.kind = K_UNIQUE, .side = side, .tid = t->id, .ncols = t->npk};
			for (int m = 0; m < t->npk; m++)
				c.cols[m] = col_id_of(t, t->pk[m]);
			add_cons(&c);
		}
		for (int i = 0; i < t->nuniques; i++) {
			rcons c = {.kind = K_UNIQUE, .side = side, .tid = t->id, .ncols = t->uniques[i].n};
			for (int m = 0; m < c.ncols; m++)
				c.cols[m] = col_id_of(t, t->uniques[i].cols[m]);
			add_cons(&c);
		}
		for (int i = 0; i < t->nindexes; i++) {
			ridx *x = &t->indexes[i];
			if (!x->unique)
				continue;
			rcons c = {.kind = K_UNIQUE, .side = side, .tid = t->id, .ncols = x->col2[0] ? 2 : 1};
			c.cols[0] = col_id_of(t, x->col);
			c.xform[0] = x->kind == 2 ? 1 : x->kind == 3 ? 2 : 0;
			c.cols[1] = x->col2[0] ? col_id_of(t, x->col2) : 0;
			add_cons(&c);
		}
		for (int i = 0; i < t->nfks; i++) {
			rfk *f = &t->fks[i];
			rtable *target = find_table(s, f->ref_table);
			rcons c = {.kind = K_FK,
				   .side = side,
				   .tid = t->id,
				   .ncols = f->n,
				   .ref_tid = target ? target->id : 0,
				   .full = f->match_full};
			for (int m = 0; m < f->n; m++) {
				c.cols[m] = col_id_of(t, f->cols[m]);
				c.ref_cols[m] = target ? col_id_of(target, f->ref_cols[m]) : 0;
			}
			add_cons(&c);
		}
	}
}

typedef enum vkind { V_NULL, V_LIT, V_UNKNOWN } vkind;

static rtrows *rows_of(int tid)
{
	for (int i = 0; i < ctx.r->ntables; i++)
		if (ctx.r->t[i].table_id == tid)
			return &ctx.r->t[i];
	return NULL;
}

/* A default as a value: a number or a quoted string; anything else is not known here. */
static vkind default_value(const char *d, char *buf)
{
	if (!d[0])
		return V_NULL;
	char *end;
	errno = 0;
	(void)strtod(d, &end);
	if (end != d && !*end && !errno) {
		snprintf(buf, VALLEN, "%s", d);
		return V_LIT;
	}
	size_t n = strlen(d);
	if (n >= 2 && d[0] == '\'' && d[n - 1] == '\'') {
		size_t k = 0;
		for (size_t i = 1; i + 1 < n && k + 1 < VALLEN; i++) {
			buf[k++] = d[i];
			if (d[i] == '\'')
				i++;
		}
		buf[k] = '\0';
		return V_LIT;
	}
	snprintf(buf, VALLEN, "DEFAULT %s", d);
	return V_LIT; /* the same in every row, as far as uniqueness goes */
}

/* The value of column `id` of table `tid` in `row`, as the side sees it. */
static vkind value_of(int tid, int id, int row, const char **lit, char *buf)
{
	rtable *ta = find_table_id(ctx.a, tid);
	rcol *ca = ta ? find_col_id(ta, id) : NULL;
	rtrows *tr = rows_of(tid);
	if (ca) {
		if (ca->gen || !tr)
			return V_UNKNOWN;
		rcell *cell = &tr->cells[row][ca - ta->cols];
		*lit = cell->v;
		return cell->null ? V_NULL : V_LIT;
	}
	rtable *tb = find_table_id(ctx.b, tid);
	rcol *cb = tb ? find_col_id(tb, id) : NULL;
	if (!cb || cb->gen)
		return V_UNKNOWN;
	*lit = buf;
	if (cb->identity || cb->serial) {
		snprintf(buf, VALLEN, "SEQ %d", row);
		return V_LIT;
	}
	return default_value(cb->dflt, buf);
}

/* Whether the value may be made NULL: a seeded column that A and B both let be NULL. */
static bool nullable_both(int tid, int id)
{
	rtable *ta = find_table_id(ctx.a, tid), *tb = find_table_id(ctx.b, tid);
	rcol *ca = ta ? find_col_id(ta, id) : NULL, *cb = tb ? find_col_id(tb, id) : NULL;
	return ca && !ca->gen && ca->nullable && !ca->identity && !ca->serial &&
	       (!cb || (cb->nullable && !cb->identity && !cb->serial));
}

static bool check_holds(int kind, const char *a, const char *b)
{
	char *end;
	switch (kind) {
	case 0:
	case 1:
	case 2: {
		double x = strtod(a, &end);
		if (end == a || *end)
			return false;
		if (kind == 0)
			return x > 0;
		if (kind == 1)
			return x != 42;
		double y = strtod(b, &end);
		return end != b && !*end && x < y;
	}
	case 3:
		return a[0] != '\0';
	case 4:
		return utf8_len(a) < 100;
	case 6: /* a predicate function of the models: true or NULL */
	case 7: /* a cast to a domain whose checks always hold */
	case 8: /* a predicate taking the column's domain or enum: true or NULL */
		return true;
	default:
		return a[0] == 'x';
	}
}

static void xform(char *out, const char *in, int how)
{
	snprintf(out, VALLEN, "%s", how == 2 && in[0] == '-' ? in + 1 : in);
	for (char *p = out; how == 1 && *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
}

/* Whether `row` of the constraint's table breaks the constraint. */
static bool violates(const rcons *k, int row)
{
	const char *v[2] = {"", ""};
	char buf[2][VALLEN];
	vkind kind[2] = {V_LIT, V_LIT};
	bool any_null = false, any_unknown = false;
	for (int m = 0; m < k->ncols; m++) {
		kind[m] = value_of(k->tid, k->cols[m], row, &v[m], buf[m]);
		any_null |= kind[m] == V_NULL;
		any_unknown |= kind[m] == V_UNKNOWN;
	}
	switch (k->kind) {
	case K_NOTNULL:
		return any_null || any_unknown;
	case K_CHECK:
		if (any_null)
			return false;
		return any_unknown || !check_holds(k->check_kind, v[0], v[1]);
	case K_UNIQUE: {
		if (any_null)
			return false;
		if (any_unknown)
			return true;
		rtrows *tr = rows_of(k->tid);
		for (int o = 0; o < row && o < MAXR; o++) {
			if (!tr->present[o])
				continue;
			bool same = true;
			for (int m = 0; m < k->ncols && same; m++) {
				const char *w = "";
				char wb[VALLEN], x1[VALLEN], x2[VALLEN];
				if (value_of(k->tid, k->cols[m], o, &w, wb) != V_LIT) {
					same = false;
					break;
				}
				xform(x1, v[m], k->xform[m]);
				xform(x2, w, k->xform[m]);
				same = strcmp(x1, x2) == 0;
			}
			if (same)
				return true;
		}
		return false;
	}
	default: {			   /* K_FK */
		if (any_null && k->full) { /* MATCH FULL: every column NULL, or none */
			bool all_null = true;
			for (int m = 0; m < k->ncols; m++)
				all_null &= kind[m] == V_NULL;
			return !all_null;
		}
		if (any_null)
			return false;
		if (any_unknown)
			return true;
		rtrows *tr = rows_of(k->ref_tid);
		for (int o = 0; tr && o < tr->nrows; o++) {
			if (!tr->present[o])
				continue;
			bool same = true;
			for (int m = 0; m < k->ncols && same; m++) {
				const char *w = "";
				char wb[VALLEN];
				same = value_of(k->ref_tid, k->ref_cols[m], o, &w, wb) == V_LIT && strcmp(w, v[m]) == 0;
			}
			if (same)
				return false;
		}
		return true;
	}
	}
}

/* Set to NULL what breaks nothing when NULL, else drop the row; until every row holds. */
static void repair(void)
{
	for (bool changed = true; changed;) {
		changed = false;
		for (int ki = 0; ki < ctx.ncons; ki++) {
			const rcons *k = &ctx.cons[ki];
			rtrows *tr = rows_of(k->tid);
			rtable *ta = find_table_id(ctx.a, k->tid);
			for (int row = 0; tr && row < tr->nrows; row++) {
				if (!tr->present[row] || !violates(k, row))
					continue;
				changed = true;
				bool fixed = false;
				for (int m = 0; m < k->ncols && !fixed && k->kind != K_NOTNULL; m++) {
					if (!nullable_both(k->tid, k->cols[m]))
						continue;
					rcell *cell = &tr->cells[row][find_col_id(ta, k->cols[m]) - ta->cols];
					cell->null = true;
					fixed = !violates(k, row);
				}
				if (!fixed)
					tr->present[row] = false;
			}
		}
	}
}

/* Whether column c (of A, counterpart cb in B) takes the row's key value. */
static bool is_key_col(rschema *a, rtable *ta, rcol *ca, rschema *b, rtable *tb, rcol *cb)
{
	if (ca->identity || ca->serial || in_unique(ta, ca->name) || in_fk(a, ta, ca->name))
		return true;
	return cb && (cb->identity || cb->serial || in_unique(tb, cb->name) || in_fk(b, tb, cb->name));
}

/* A table B adds a column to that no row can fill: NOT NULL, no default, no sequence. */
static bool b_needs_backfill(rtable *ta, rtable *tb)
{
	for (int i = 0; tb && i < tb->ncols; i++) {
		rcol *cb = &tb->cols[i];
		if (!find_col_id(ta, cb->id) && !cb->nullable && !cb->dflt[0] && !cb->identity && !cb->serial &&
		    !cb->gen)
			return true;
	}
	return false;
}

void rows_choose(rrows *out, rschema *a, rschema *b, int nrows, uint64_t seed)
{
	memset(out, 0, sizeof(*out));
	sg_strbuf_init(&out->inserts);
	uint64_t saved = rnd_state;
	if (nrows > MAXR)
		nrows = MAXR;
	out->ntables = a->ntables;
	for (int ti = 0; ti < a->ntables; ti++) {
		rtable *ta = &a->tables[ti], *tb = find_table_id(b, ta->id);
		rtrows *tr = &out->t[ti];
		tr->table_id = ta->id;
		tr->nrows = b_needs_backfill(ta, tb) ? 0 : nrows;
		for (int row = 0; row <= MAXR; row++) {
			if (row < MAXR)
				tr->present[row] = row < tr->nrows;
			for (int i = 0; i < ta->ncols; i++) {
				rcol *ca = &ta->cols[i], *cb = tb ? find_col_id(tb, ca->id) : NULL;
				rcell *cell = &tr->cells[row][i];
				if (ca->gen) {
					cell->null = true;
					continue;
				}
				/* Each cell draws from its own stream: shrinking a pair keeps the other values. */
				rnd_state = seed ^ ((uint64_t)ca->id * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)row << 56) ^
					    0x5eed5eed5eedull;
				rdom d;
				dom_make(&d, a, ta, ca, b, tb, cb);
				bool key = is_key_col(a, ta, ca, b, tb, cb);
				bool may_null = ca->nullable && !ca->identity && !ca->serial &&
						(!cb || (cb->nullable && !cb->identity && !cb->serial));
				if (may_null && row < MAXR && chance(key ? 15 : 25)) {
					cell->null = true;
					continue;
				}
				bool ok = key ? key_value(cell->v, &d, row) : other_value(cell->v, &d);
				cell->null = !ok;
			}
		}
	}
	ctx.a = a;
	ctx.b = b;
	ctx.r = out;
	ctx.ncons = 0;
	build_constraints(a, 0);
	build_constraints(b, 1);
	repair();
	rnd_state = saved;
}

bool values_probe_holds(rschema *now, int side, int tid)
{
	rtable *t = find_table_id(now, tid), *ta = find_table_id(ctx.a, tid);
	rtrows *tr = rows_of(tid);
	if (!t || !ta || !tr)
		return false;
	for (int ki = 0; ki < ctx.ncons; ki++) {
		const rcons *k = &ctx.cons[ki];
		if (k->side != side || k->tid != tid || k->kind == K_FK)
			continue;
		bool on_seq = false;
		for (int m = 0; m < k->ncols; m++) {
			rcol *c = find_col_id(t, k->cols[m]);
			on_seq |= c && (c->identity || c->serial);
		}
		if (on_seq && k->kind == K_CHECK)
			return false; /* holds or not by the value the sequence gives: no probe */
		if (on_seq || !violates(k, MAXR))
			continue;
		/* As for the seeded rows: a value that A and B let be NULL may become NULL. */
		for (int m = 0; m < k->ncols && violates(k, MAXR); m++)
			if (k->kind != K_NOTNULL && nullable_both(tid, k->cols[m]))
				tr->cells[MAXR][find_col_id(ta, k->cols[m]) - ta->cols].null = true;
		if (violates(k, MAXR))
			return false;
	}
	return true;
}

void values_bind(rschema *a, rschema *b, rrows *r)
{
	ctx.a = a;
	ctx.b = b;
	ctx.r = r;
}
