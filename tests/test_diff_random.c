/*
 * Randomized round trips of the diff against a real server.  A seeded
 * generator builds a random schema A (tables, columns of many types and
 * spellings, defaults, nullability, identity and serial columns, primary
 * keys, unique constraints, checks, indexes, foreign keys with cycles and
 * self-references, enums) and a random edit B of it (tables and columns
 * added, dropped and renamed, types, defaults, nullability and identity
 * changed, keys, checks, indexes and foreign keys added and dropped, enum
 * values added and removed, checks and foreign keys made NOT VALID or valid,
 * checks NO INHERIT or not, type changes with their conversions written as
 * using/using_down).  For each pair, as models (YAML text):
 *   1. A is created from an empty schema by a plan, which reaches a fixpoint;
 *   2. the plan A -> B is applied and reaches a fixpoint (fast and full
 *      normalization);
 *   3. its down SQL brings the catalog back to A's (columns compared by name:
 *      PostgreSQL cannot reorder them).
 * Pairs of odd seeds plan A -> B with --online (lock-friendly forms, more steps).
 * Expressions whose deparsed text is not a fixpoint (`v IN ('x', 'y')` on a
 * varchar) are left to test_diff_spelling: a down step re-creates what it
 * dropped from the catalog's text, which reads back in a different but
 * equivalent form (docs/diff.md).
 * SG_RANDOM_SEED (default 1) is the first pair's seed, SG_RANDOM_PAIRS
 * (default 48) how many pairs run, with consecutive seeds; a failure names
 * its seed.  SG_RANDOM_VERBOSE=1 prints both models of every pair.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diff_util.h"

/* ---- a seeded generator (splitmix64) ---- */

static uint64_t rng;

static uint64_t next_random(void)
{
	uint64_t z = (rng += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static int pick(int n)
{
	return n > 0 ? (int)(next_random() % (uint64_t)n) : 0;
}

static bool chance(int percent)
{
	return pick(100) < percent;
}

/* ---- types ---- */

typedef enum fam { F_NUM, F_TXT, F_BOOL, F_TS, F_DATE, F_UUID, F_JSONB, F_TXTARR, F_INTARR, F_INTERVAL, F_ENUM } fam;

typedef struct rtype {
	const char *canon; /* what format_type prints; equal canon is an equal type */
	fam family;
	bool intlike;      /* smallint, integer, bigint: identity and serial are possible */
	const char *spell[3];
} rtype;

static const rtype types[] = {
	{ "smallint", F_NUM, true, { "smallint", "int2", NULL } },
	{ "integer", F_NUM, true, { "integer", "int", "int4" } },
	{ "bigint", F_NUM, true, { "bigint", "int8", NULL } },
	{ "numeric", F_NUM, false, { "numeric", "decimal", NULL } },
	{ "numeric(12,2)", F_NUM, false, { "numeric(12,2)", "decimal(12, 2)", NULL } },
	{ "double precision", F_NUM, false, { "double precision", "float8", NULL } },
	{ "real", F_NUM, false, { "real", "float4", NULL } },
	{ "text", F_TXT, false, { "text", NULL, NULL } },
	{ "character varying(40)", F_TXT, false, { "varchar(40)", "character varying(40)", NULL } },
	{ "character varying(80)", F_TXT, false, { "varchar(80)", "character varying (80)", NULL } },
	{ "character varying", F_TXT, false, { "varchar", "character varying", NULL } },
	{ "boolean", F_BOOL, false, { "boolean", "bool", NULL } },
	{ "timestamp with time zone", F_TS, false, { "timestamptz", "timestamp with time zone", NULL } },
	{ "timestamp(3) without time zone", F_TS, false, { "timestamp(3)", "timestamp(3) without time zone", NULL } },
	{ "date", F_DATE, false, { "date", NULL, NULL } },
	{ "uuid", F_UUID, false, { "uuid", NULL, NULL } },
	{ "jsonb", F_JSONB, false, { "jsonb", NULL, NULL } },
	{ "text[]", F_TXTARR, false, { "text[]", NULL, NULL } },
	{ "integer[]", F_INTARR, false, { "integer[]", "int[]", "int4[]" } },
	{ "interval", F_INTERVAL, false, { "interval", NULL, NULL } },
};
#define NTYPES ((int)(sizeof(types) / sizeof(types[0])))

/* ---- the random schema ---- */

#define NAMELEN 40
#define MAXT 8
#define MAXC 12
#define MAXK 4
#define MAXE 3
#define MAXV 8

typedef char rname[NAMELEN];

typedef struct rcol {
	rname name, renamed_from;
	int type;           /* index in types, -1 for an enum */
	rname enum_name;    /* when type == -1 */
	bool array;         /* an enum array */
	char spell[64];
	bool nullable;
	char dflt[96];      /* "" when none */
	int identity;       /* 0 none, 1 always, 2 by default */
	bool serial;
	bool comment;
	int using_from;     /* B only: 1 + the type index of A when the type changed, written as using/using_down */
} rcol;

typedef struct rcheck {
	int kind;           /* 0: a > 0, 1: a <> 42, 2: a < b, 3: a <> '', 4: length(a) < 100, 5: a LIKE 'x%' */
	rname a, b;
	bool not_valid, no_inherit;
} rcheck;

typedef struct ridx {
	rname col;
	int kind;           /* 0 plain, 1 DESC, 2 lower(col), 3 abs(col), 4 DESC NULLS LAST */
	bool unique, partial;
	rname col2;         /* second column, "" when none */
} ridx;

typedef struct rkey {
	rname cols[2];
	int n;
	bool deferrable, initially_deferred;
	rname name; /* "" for the default name */
} rkey;

typedef struct rfk {
	rname cols[2];
	int n;
	rname ref_table;
	rname ref_cols[2];
	int on_delete, on_update;
	bool deferrable, initially_deferred, omit_ref_cols, shorthand, not_valid;
} rfk;

typedef struct rtable {
	rname name, renamed_from;
	rcol cols[MAXC];
	int ncols;
	rname pk[2];
	int npk;
	bool pk_shorthand;
	rkey uniques[MAXK];
	int nuniques;
	rcheck checks[MAXK];
	int nchecks;
	ridx indexes[MAXK];
	int nindexes;
	rfk fks[MAXK];
	int nfks;
	bool comment;
} rtable;

typedef struct renum {
	rname name;
	char values[MAXV][16];
	int nvalues;
} renum;

typedef struct rschema {
	renum enums[MAXE];
	int nenums;
	rtable tables[MAXT];
	int ntables;
	int counter;        /* fresh names */
} rschema;

static const char *const fk_actions[] = { "no_action", "restrict", "cascade", "set_null", "set_default" };

/* ---- names ---- */

static void fresh_table_name(rschema *s, char *out)
{
	int n = ++s->counter;
	switch (pick(6)) {
	case 0:
		snprintf(out, NAMELEN, "Tab%d", n);
		break;
	case 1:
		snprintf(out, NAMELEN, "tbl %d", n);
		break;
	default:
		snprintf(out, NAMELEN, "t%d", n);
		break;
	}
}

static void fresh_column_name(rschema *s, rtable *t, char *out)
{
	int n = ++s->counter;
	static const char *const special[] = { "user", "order", "select", "Group" };
	const char *sp = special[pick(4)];
	bool taken = false;
	for (int i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, sp) == 0)
			taken = true;
	switch (pick(8)) {
	case 0:
		if (!taken) {
			snprintf(out, NAMELEN, "%s", sp);
			break;
		}
		/* fall through */
	case 1:
		snprintf(out, NAMELEN, "Col%d", n);
		break;
	case 2:
		snprintf(out, NAMELEN, "col %d", n);
		break;
	default:
		snprintf(out, NAMELEN, "c%d", n);
		break;
	}
}

/* An identifier as SQL text, quoted when needed. */
static void sql_ident(char *out, size_t len, const char *name)
{
	bool plain = (name[0] >= 'a' && name[0] <= 'z') || name[0] == '_';
	for (const char *p = name; *p && plain; p++)
		plain = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_';
	static const char *const keywords[] = { "user", "order", "select", "group", NULL };
	for (int i = 0; plain && keywords[i]; i++)
		if (strcmp(name, keywords[i]) == 0)
			plain = false;
	if (plain)
		snprintf(out, len, "%s", name);
	else
		snprintf(out, len, "\"%s\"", name);
}

/* ---- lookups ---- */

static rtable *find_table(rschema *s, const char *name)
{
	for (int i = 0; i < s->ntables; i++)
		if (strcmp(s->tables[i].name, name) == 0)
			return &s->tables[i];
	return NULL;
}

static rcol *find_col(rtable *t, const char *name)
{
	for (int i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, name) == 0)
			return &t->cols[i];
	return NULL;
}

static renum *find_enum(rschema *s, const char *name)
{
	for (int i = 0; i < s->nenums; i++)
		if (strcmp(s->enums[i].name, name) == 0)
			return &s->enums[i];
	return NULL;
}

static fam col_family(const rcol *c)
{
	return c->type < 0 ? F_ENUM : types[c->type].family;
}

/* Equal types, as FK columns need. */
static bool same_type(const rcol *a, const rcol *b)
{
	if (a->type < 0 || b->type < 0)
		return a->type == b->type && a->array == b->array && strcmp(a->enum_name, b->enum_name) == 0;
	return strcmp(types[a->type].canon, types[b->type].canon) == 0;
}

static bool is_pk_col(const rtable *t, const char *col)
{
	for (int i = 0; i < t->npk; i++)
		if (strcmp(t->pk[i], col) == 0)
			return true;
	return false;
}

/* Whether any FK of the schema uses column `col` of table `t` (either side). */
static bool in_fk(rschema *s, const rtable *t, const char *col)
{
	for (int i = 0; i < s->ntables; i++) {
		const rtable *o = &s->tables[i];
		for (int k = 0; k < o->nfks; k++) {
			const rfk *f = &o->fks[k];
			for (int m = 0; m < f->n; m++)
				if ((o == t && strcmp(f->cols[m], col) == 0) ||
				    (strcmp(f->ref_table, t->name) == 0 && strcmp(f->ref_cols[m], col) == 0))
					return true;
		}
	}
	return false;
}

static bool in_check_or_expr_index(const rtable *t, const char *col)
{
	for (int i = 0; i < t->nchecks; i++)
		if (strcmp(t->checks[i].a, col) == 0 || strcmp(t->checks[i].b, col) == 0)
			return true;
	for (int i = 0; i < t->nindexes; i++)
		if ((t->indexes[i].kind == 2 || t->indexes[i].kind == 3) && strcmp(t->indexes[i].col, col) == 0)
			return true;
	return false;
}

/* ---- columns ---- */

static void set_spelling(rcol *c)
{
	if (c->type < 0) {
		snprintf(c->spell, sizeof(c->spell), "%s%s", c->enum_name, c->array ? "[]" : "");
		return;
	}
	const rtype *t = &types[c->type];
	int n = 0;
	while (n < 3 && t->spell[n])
		n++;
	const char *sp = t->spell[pick(n)];
	if (c->serial)
		sp = strcmp(t->canon, "bigint") == 0 ? "bigserial" : strcmp(t->canon, "smallint") == 0 ? "smallserial" : "serial";
	snprintf(c->spell, sizeof(c->spell), "%s", sp);
}

static void random_default(rschema *s, rcol *c)
{
	c->dflt[0] = '\0';
	if (c->identity || c->serial || !chance(45))
		return;
	static const char *const num[] = { "0", "42", "-1", "-1.5" };
	static const char *const txt[] = { "''", "'x'", "'it''s'", "'draft'" };
	static const char *const ts[] = { "now()", "CURRENT_TIMESTAMP", "now() + '1 day'::interval" };
	static const char *const arr[] = { "'{}'", "ARRAY['a']" };
	static const char *const iarr[] = { "'{}'", "'{1,2}'" };
	static const char *const ivl[] = { "'90 days'", "'1 hour'::interval" };
	const char *d = NULL;
	switch (col_family(c)) {
	case F_NUM:
		d = num[pick(4)];
		break;
	case F_TXT:
		d = txt[pick(4)];
		break;
	case F_BOOL:
		d = chance(50) ? "true" : "false";
		break;
	case F_TS:
		d = ts[pick(3)];
		break;
	case F_DATE:
		d = "CURRENT_DATE";
		break;
	case F_UUID:
		d = "gen_random_uuid()";
		break;
	case F_JSONB:
		d = chance(50) ? "'{}'" : "'[]'::jsonb";
		break;
	case F_TXTARR:
		d = arr[pick(2)];
		break;
	case F_INTARR:
		d = iarr[pick(2)];
		break;
	case F_INTERVAL:
		d = ivl[pick(2)];
		break;
	case F_ENUM: {
		renum *e = find_enum(s, c->enum_name);
		if (c->array)
			d = "'{}'";
		else if (e && e->nvalues)
			snprintf(c->dflt, sizeof(c->dflt), "'%s'", e->values[pick(e->nvalues)]);
		break;
	}
	}
	if (d)
		snprintf(c->dflt, sizeof(c->dflt), "%s", d);
}

static void random_type(rschema *s, rcol *c)
{
	c->type = pick(NTYPES);
	c->array = false;
	c->enum_name[0] = '\0';
	if (s->nenums && chance(15)) {
		c->type = -1;
		snprintf(c->enum_name, NAMELEN, "%s", s->enums[pick(s->nenums)].name);
		c->array = chance(25);
	}
}

static rcol *add_random_column(rschema *s, rtable *t)
{
	if (t->ncols == MAXC)
		return NULL;
	rcol *c = &t->cols[t->ncols++];
	memset(c, 0, sizeof(*c));
	fresh_column_name(s, t, c->name);
	random_type(s, c);
	c->nullable = chance(60);
	if (c->type >= 0 && types[c->type].intlike && chance(15)) {
		if (chance(50))
			c->serial = true;
		else
			c->identity = 1 + pick(2);
		c->nullable = false;
	}
	c->comment = chance(8);
	set_spelling(c);
	random_default(s, c);
	return c;
}

/* ---- constraints and indexes ---- */

static void add_random_check(rtable *t)
{
	if (t->nchecks == MAXK || !t->ncols)
		return;
	rcol *a = &t->cols[pick(t->ncols)];
	rcheck k = { 0 };
	snprintf(k.a, NAMELEN, "%s", a->name);
	if (col_family(a) == F_NUM) {
		k.kind = pick(3);
		if (k.kind == 2) {
			rcol *b = &t->cols[pick(t->ncols)];
			if (b == a || col_family(b) != F_NUM)
				k.kind = 0;
			else
				snprintf(k.b, NAMELEN, "%s", b->name);
		}
	} else if (col_family(a) == F_TXT) {
		k.kind = 3 + pick(3);
	} else {
		return;
	}
	k.not_valid = chance(20);
	k.no_inherit = chance(20);
	t->checks[t->nchecks++] = k;
}

static void add_random_index(rtable *t)
{
	if (t->nindexes == MAXK || !t->ncols)
		return;
	rcol *c = &t->cols[pick(t->ncols)];
	fam f = col_family(c);
	if (f == F_JSONB || f == F_TXTARR || f == F_INTARR)
		return; /* btree on these works, but keeps the set small */
	ridx x = { 0 };
	snprintf(x.col, NAMELEN, "%s", c->name);
	x.kind = pick(5);
	if (x.kind == 2 && f != F_TXT)
		x.kind = 0;
	if (x.kind == 3 && f != F_NUM)
		x.kind = 1;
	x.unique = chance(20);
	x.partial = chance(25);
	if (chance(20)) {
		rcol *d = &t->cols[pick(t->ncols)];
		fam g = col_family(d);
		if (d != c && g != F_JSONB && g != F_TXTARR && g != F_INTARR)
			snprintf(x.col2, NAMELEN, "%s", d->name);
	}
	t->indexes[t->nindexes++] = x;
}

static bool key_same_cols(rname *a, int na, rname *b, int nb)
{
	if (na != nb)
		return false;
	for (int i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

static void add_random_unique(rschema *s, rtable *t)
{
	if (t->nuniques == MAXK || !t->ncols)
		return;
	rkey k = { 0 };
	k.n = 1 + (t->ncols > 1 && chance(30));
	for (int i = 0; i < k.n; i++)
		snprintf(k.cols[i], NAMELEN, "%s", t->cols[pick(t->ncols)].name);
	if (k.n == 2 && strcmp(k.cols[0], k.cols[1]) == 0)
		k.n = 1;
	for (int i = 0; i < k.n; i++) {
		fam f = col_family(find_col(t, k.cols[i]));
		if (f == F_JSONB || f == F_TXTARR || f == F_INTARR)
			return;
	}
	k.deferrable = chance(15);
	k.initially_deferred = k.deferrable && chance(50);
	if (chance(15))
		snprintf(k.name, NAMELEN, "uq %d", ++s->counter);
	t->uniques[t->nuniques++] = k;
}

/* A primary key for `t` on columns that can be one: a new column when none fits. */
static void add_random_pk(rschema *s, rtable *t)
{
	if (t->npk)
		return;
	int cand[MAXC], n = 0;
	for (int i = 0; i < t->ncols; i++) {
		fam f = col_family(&t->cols[i]);
		if ((f == F_NUM || f == F_TXT || f == F_UUID) && !t->cols[i].nullable)
			cand[n++] = i;
	}
	if (!n) {
		rcol *c = add_random_column(s, t);
		if (!c)
			return;
		c->type = pick(3) == 0 ? 1 + pick(2) : (chance(50) ? 7 : 15); /* integer/bigint, text or uuid */
		c->array = false;
		c->enum_name[0] = '\0';
		c->nullable = false;
		c->identity = 0;
		c->serial = false;
		if (types[c->type].intlike && chance(50)) {
			if (chance(50))
				c->serial = true;
			else
				c->identity = 1 + pick(2);
		}
		set_spelling(c);
		random_default(s, c);
		cand[n++] = t->ncols - 1;
	}
	t->npk = 1 + (n > 1 && chance(25));
	snprintf(t->pk[0], NAMELEN, "%s", t->cols[cand[pick(n)]].name);
	if (t->npk == 2) {
		snprintf(t->pk[1], NAMELEN, "%s", t->cols[cand[pick(n)]].name);
		if (strcmp(t->pk[0], t->pk[1]) == 0)
			t->npk = 1;
	}
	t->pk_shorthand = t->npk == 1 && chance(50);
}

/* A foreign key from `t` to `target`'s primary key, on new columns of the same types. */
static void add_fk_to(rschema *s, rtable *t, rtable *target)
{
	if (t->nfks == MAXK || !target->npk || t->ncols + target->npk > MAXC)
		return;
	rfk f = { 0 };
	f.n = target->npk;
	snprintf(f.ref_table, NAMELEN, "%s", target->name);
	for (int i = 0; i < f.n; i++) {
		rcol *ref = find_col(target, target->pk[i]);
		snprintf(f.ref_cols[i], NAMELEN, "%s", ref->name);
		/* Reuse a column of the same type (the reference may be the table itself), else add one. */
		rcol *mine = NULL;
		for (int k = 0; k < t->ncols && !mine && chance(40); k++)
			if (same_type(&t->cols[k], ref) && !(t == target && strcmp(t->cols[k].name, ref->name) == 0))
				mine = &t->cols[k];
		if (!mine) {
			mine = &t->cols[t->ncols++];
			memset(mine, 0, sizeof(*mine));
			fresh_column_name(s, t, mine->name);
			mine->type = ref->type;
			mine->array = ref->array;
			snprintf(mine->enum_name, NAMELEN, "%s", ref->enum_name);
			mine->nullable = chance(70);
			set_spelling(mine);
		}
		snprintf(f.cols[i], NAMELEN, "%s", mine->name);
	}
	if (f.n == 2 && strcmp(f.cols[0], f.cols[1]) == 0)
		return;
	f.on_delete = pick(5);
	f.on_update = chance(30) ? pick(5) : 0;
	f.deferrable = chance(20);
	f.initially_deferred = f.deferrable && chance(50);
	f.omit_ref_cols = chance(40);
	f.shorthand = f.n == 1 && chance(40);
	f.not_valid = chance(30);
	t->fks[t->nfks++] = f;
}

static void add_random_enum(rschema *s)
{
	if (s->nenums == MAXE)
		return;
	renum *e = &s->enums[s->nenums++];
	memset(e, 0, sizeof(*e));
	snprintf(e->name, NAMELEN, "%s%d", chance(50) ? "status" : "kind", ++s->counter);
	e->nvalues = 1 + pick(4);
	for (int i = 0; i < e->nvalues; i++)
		snprintf(e->values[i], sizeof(e->values[i]), "v%d", ++s->counter);
}

static void add_random_table(rschema *s)
{
	if (s->ntables == MAXT)
		return;
	rtable *t = &s->tables[s->ntables++];
	memset(t, 0, sizeof(*t));
	fresh_table_name(s, t->name);
	int n = 1 + pick(5);
	for (int i = 0; i < n; i++)
		add_random_column(s, t);
	if (chance(85))
		add_random_pk(s, t);
	for (int i = pick(3); i > 0; i--)
		add_random_unique(s, t);
	for (int i = pick(3); i > 0; i--)
		add_random_check(t);
	for (int i = pick(4); i > 0; i--)
		add_random_index(t);
	t->comment = chance(10);
}

/* ---- keeping the models valid ---- */

static void drop_at(void *array, int *n, int i, size_t size)
{
	char *a = array;
	memmove(a + (size_t)i * size, a + (size_t)(i + 1) * size, (size_t)(*n - i - 1) * size);
	(*n)--;
}

/*
 * Remove what the loader would refuse after an edit: references to columns,
 * tables and enum values that are gone, foreign keys whose target key
 * changed, keys repeated, identity or serial where they cannot be.
 */
static void sanitize(rschema *s)
{
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int i = 0; i < t->ncols; i++) {
			rcol *c = &t->cols[i];
			if (c->type < 0 && !find_enum(s, c->enum_name)) {
				drop_at(t->cols, &t->ncols, i--, sizeof(rcol));
				continue;
			}
			if (c->type < 0 && !c->array && c->dflt[0]) {
				renum *e = find_enum(s, c->enum_name);
				bool ok = false;
				for (int v = 0; v < e->nvalues; v++) {
					char lit[24];
					snprintf(lit, sizeof(lit), "'%s'", e->values[v]);
					ok |= strcmp(lit, c->dflt) == 0;
				}
				if (!ok)
					c->dflt[0] = '\0';
			}
			if (c->identity || c->serial) {
				if (c->type < 0 || !types[c->type].intlike || c->dflt[0]) {
					c->identity = 0;
					c->serial = false;
					set_spelling(c);
				} else {
					c->nullable = false;
				}
			}
		}
		for (int i = 0; i < t->npk; i++)
			if (!find_col(t, t->pk[i]))
				t->npk = 0;
		for (int i = 0; i < t->npk; i++)
			find_col(t, t->pk[i])->nullable = false;
		if (t->npk != 1)
			t->pk_shorthand = false;
		for (int i = 0; i < t->nuniques; i++) {
			rkey *k = &t->uniques[i];
			bool ok = !(t->npk && key_same_cols(k->cols, k->n, t->pk, t->npk));
			for (int m = 0; m < k->n; m++)
				ok &= find_col(t, k->cols[m]) != NULL;
			for (int o = 0; o < i && ok; o++)
				ok = !key_same_cols(k->cols, k->n, t->uniques[o].cols, t->uniques[o].n);
			if (!ok)
				drop_at(t->uniques, &t->nuniques, i--, sizeof(rkey));
		}
		for (int i = 0; i < t->nchecks; i++) {
			rcheck *k = &t->checks[i];
			rcol *a = find_col(t, k->a), *b = k->b[0] ? find_col(t, k->b) : NULL;
			bool ok = a && (!k->b[0] || b);
			if (ok)
				ok = k->kind <= 2 ? col_family(a) == F_NUM && (!b || col_family(b) == F_NUM)
						  : col_family(a) == F_TXT;
			if (!ok)
				drop_at(t->checks, &t->nchecks, i--, sizeof(rcheck));
		}
		for (int i = 0; i < t->nindexes; i++) {
			ridx *x = &t->indexes[i];
			rcol *c = find_col(t, x->col);
			bool ok = c && (!x->col2[0] || find_col(t, x->col2));
			if (ok && x->kind == 2)
				ok = col_family(c) == F_TXT;
			if (ok && x->kind == 3)
				ok = col_family(c) == F_NUM;
			if (!ok)
				drop_at(t->indexes, &t->nindexes, i--, sizeof(ridx));
		}
	}
	/* Foreign keys last: their targets' keys are settled now. */
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int i = 0; i < t->nfks; i++) {
			rfk *f = &t->fks[i];
			rtable *target = find_table(s, f->ref_table);
			bool ok = target && key_same_cols(f->ref_cols, f->n, target->pk, target->npk);
			for (int m = 0; ok && m < f->n; m++) {
				rcol *mine = find_col(t, f->cols[m]), *ref = find_col(target, f->ref_cols[m]);
				ok = mine && ref && same_type(mine, ref);
			}
			if (!ok)
				drop_at(t->fks, &t->nfks, i--, sizeof(rfk));
		}
	}
}

/* ---- edits ---- */

static void rename_column_refs(rschema *s, rtable *t, const char *from, const char *to)
{
	for (int i = 0; i < t->npk; i++)
		if (strcmp(t->pk[i], from) == 0)
			snprintf(t->pk[i], NAMELEN, "%s", to);
	for (int i = 0; i < t->nuniques; i++)
		for (int m = 0; m < t->uniques[i].n; m++)
			if (strcmp(t->uniques[i].cols[m], from) == 0)
				snprintf(t->uniques[i].cols[m], NAMELEN, "%s", to);
	for (int i = 0; i < t->nchecks; i++) {
		if (strcmp(t->checks[i].a, from) == 0)
			snprintf(t->checks[i].a, NAMELEN, "%s", to);
		if (strcmp(t->checks[i].b, from) == 0)
			snprintf(t->checks[i].b, NAMELEN, "%s", to);
	}
	for (int i = 0; i < t->nindexes; i++) {
		if (strcmp(t->indexes[i].col, from) == 0)
			snprintf(t->indexes[i].col, NAMELEN, "%s", to);
		if (strcmp(t->indexes[i].col2, from) == 0)
			snprintf(t->indexes[i].col2, NAMELEN, "%s", to);
	}
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *o = &s->tables[ti];
		for (int i = 0; i < o->nfks; i++)
			for (int m = 0; m < o->fks[i].n; m++) {
				if (o == t && strcmp(o->fks[i].cols[m], from) == 0)
					snprintf(o->fks[i].cols[m], NAMELEN, "%s", to);
				if (strcmp(o->fks[i].ref_table, t->name) == 0 && strcmp(o->fks[i].ref_cols[m], from) == 0)
					snprintf(o->fks[i].ref_cols[m], NAMELEN, "%s", to);
			}
	}
}

static void edit(rschema *s)
{
	rtable *t = s->ntables ? &s->tables[pick(s->ntables)] : NULL;
	int what = pick(26);
	if (!t)
		what = 0;
	switch (what) {
	case 0:
		add_random_table(s);
		if (s->ntables > 1 && chance(60)) {
			rtable *nt = &s->tables[s->ntables - 1];
			add_fk_to(s, nt, &s->tables[pick(s->ntables - 1)]);
			if (chance(30)) /* and back: a cycle */
				add_fk_to(s, &s->tables[pick(s->ntables - 1)], nt);
		}
		break;
	case 1: /* drop a table */
		if (s->ntables > 1)
			drop_at(s->tables, &s->ntables, (int)(t - s->tables), sizeof(rtable));
		break;
	case 2: /* rename a table */
		if (!t->renamed_from[0]) {
			rname old;
			snprintf(old, NAMELEN, "%s", t->name);
			fresh_table_name(s, t->name);
			snprintf(t->renamed_from, NAMELEN, "%s", old);
			for (int i = 0; i < s->ntables; i++)
				for (int k = 0; k < s->tables[i].nfks; k++)
					if (strcmp(s->tables[i].fks[k].ref_table, old) == 0)
						snprintf(s->tables[i].fks[k].ref_table, NAMELEN, "%s", t->name);
		}
		break;
	case 3:
	case 4:
		add_random_column(s, t);
		break;
	case 5: /* drop a column */
		if (t->ncols > 1)
			drop_at(t->cols, &t->ncols, pick(t->ncols), sizeof(rcol));
		break;
	case 6: { /* rename a column */
		rcol *c = &t->cols[pick(t->ncols)];
		if (!c->renamed_from[0] && t->ncols) {
			rname old;
			snprintf(old, NAMELEN, "%s", c->name);
			fresh_column_name(s, t, c->name);
			snprintf(c->renamed_from, NAMELEN, "%s", old);
			rename_column_refs(s, t, old, c->name);
		}
		break;
	}
	case 7:
	case 8: { /* change a type */
		rcol *c = &t->cols[pick(t->ncols)];
		if (!t->ncols || in_fk(s, t, c->name) || c->type < 0)
			break;
		fam f = col_family(c);
		int to = pick(NTYPES);
		fam g = types[to].family;
		bool ok = g == f || (!in_check_or_expr_index(t, c->name) && ((f == F_NUM && g == F_TXT) ||
									  (f == F_TXT && g == F_NUM) ||
									  (f == F_TS && g == F_DATE) || (f == F_DATE && g == F_TS)));
		if (!ok || ((c->identity || c->serial) && !types[to].intlike))
			break;
		/* Sometimes with the conversions written out: the plain casts, as the model's using/using_down. */
		if (!c->using_from && c->type != to && chance(40))
			c->using_from = 1 + c->type;
		c->type = to;
		set_spelling(c);
		if (g != f)
			random_default(s, c);
		break;
	}
	case 9:
	case 10: { /* change a default */
		rcol *c = &t->cols[pick(t->ncols)];
		if (t->ncols)
			random_default(s, c);
		break;
	}
	case 11: { /* nullability */
		rcol *c = &t->cols[pick(t->ncols)];
		if (t->ncols && !is_pk_col(t, c->name) && !c->identity && !c->serial)
			c->nullable = !c->nullable;
		break;
	}
	case 12: { /* identity and serial */
		rcol *c = &t->cols[pick(t->ncols)];
		if (!t->ncols || c->type < 0 || !types[c->type].intlike)
			break;
		if (c->serial) {
			c->serial = false;
			c->dflt[0] = '\0';
		} else if (c->identity) {
			c->identity = chance(50) ? 0 : 3 - c->identity;
		} else {
			c->dflt[0] = '\0';
			c->nullable = false;
			if (chance(50))
				c->serial = true;
			else
				c->identity = 1 + pick(2);
		}
		set_spelling(c);
		break;
	}
	case 13:
		add_random_index(t);
		break;
	case 14:
		if (t->nindexes)
			drop_at(t->indexes, &t->nindexes, pick(t->nindexes), sizeof(ridx));
		break;
	case 15:
		add_random_unique(s, t);
		break;
	case 16:
		if (t->nuniques) {
			rkey *k = &t->uniques[pick(t->nuniques)];
			if (chance(50))
				drop_at(t->uniques, &t->nuniques, (int)(k - t->uniques), sizeof(rkey));
			else
				k->deferrable = !k->deferrable, k->initially_deferred = false;
		}
		break;
	case 17:
		if (chance(50))
			add_random_check(t);
		else if (t->nchecks)
			drop_at(t->checks, &t->nchecks, pick(t->nchecks), sizeof(rcheck));
		break;
	case 18: /* a foreign key, maybe to itself */
		add_fk_to(s, t, &s->tables[pick(s->ntables)]);
		break;
	case 19:
		if (t->nfks) {
			rfk *f = &t->fks[pick(t->nfks)];
			if (chance(50))
				drop_at(t->fks, &t->nfks, (int)(f - t->fks), sizeof(rfk));
			else
				f->on_delete = pick(5), f->deferrable = !f->deferrable, f->initially_deferred = false;
		}
		break;
	case 20: /* primary key */
		if (t->npk && chance(50))
			t->npk = 0;
		else if (!t->npk)
			add_random_pk(s, t);
		break;
	case 21: { /* enum values */
		if (!s->nenums) {
			add_random_enum(s);
			break;
		}
		renum *e = &s->enums[pick(s->nenums)];
		int how = pick(4);
		if (how <= 1 && e->nvalues < MAXV) {
			int at = pick(e->nvalues + 1);
			memmove(e->values[at + 1], e->values[at], (size_t)(e->nvalues - at) * sizeof(e->values[0]));
			snprintf(e->values[at], sizeof(e->values[at]), "v%d", ++s->counter);
			e->nvalues++;
		} else if (how == 2 && e->nvalues > 1) {
			int at = pick(e->nvalues);
			memmove(e->values[at], e->values[at + 1], (size_t)(e->nvalues - at - 1) * sizeof(e->values[0]));
			e->nvalues--;
		} else if (e->nvalues > 1) { /* reorder */
			char tmp[16];
			memcpy(tmp, e->values[0], sizeof(tmp));
			memcpy(e->values[0], e->values[e->nvalues - 1], sizeof(tmp));
			memcpy(e->values[e->nvalues - 1], tmp, sizeof(tmp));
		}
		break;
	}
	case 22:
		if (chance(70))
			add_random_enum(s);
		else if (s->nenums)
			drop_at(s->enums, &s->nenums, pick(s->nenums), sizeof(renum));
		break;
	case 24:
	case 25: { /* validity: A's foreign keys are added after its tables, NOT VALID when they say so */
		rfk *not_valid = NULL;
		for (int i = 0; i < s->ntables && !not_valid; i++)
			for (int k = 0; k < s->tables[i].nfks && !not_valid; k++)
				if (s->tables[i].fks[k].not_valid)
					not_valid = &s->tables[i].fks[k];
		if (not_valid && chance(70)) { /* VALIDATE CONSTRAINT */
			not_valid->not_valid = false;
		} else if (t->nfks && chance(50)) {
			t->fks[pick(t->nfks)].not_valid ^= true;
		} else if (t->nchecks) { /* a check's NO INHERIT: dropped and added again */
			rcheck *k = &t->checks[pick(t->nchecks)];
			k->not_valid = chance(50);
			k->no_inherit = !k->no_inherit;
		}
		break;
	}
	default: /* comments */
		t->comment = !t->comment;
		if (t->ncols)
			t->cols[pick(t->ncols)].comment ^= true;
		break;
	}
}

/* ---- YAML ---- */

/* A YAML double-quoted scalar. */
static void yq(sg_strbuf *sb, const char *text)
{
	sg_strbuf_addch(sb, '"');
	for (const char *p = text; *p; p++) {
		if (*p == '"' || *p == '\\')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '"');
}

static void yq_list(sg_strbuf *sb, const rname *names, int n)
{
	sg_strbuf_addch(sb, '[');
	for (int i = 0; i < n; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		yq(sb, names[i]);
	}
	sg_strbuf_addch(sb, ']');
}

static void check_text(char *out, size_t len, const rcheck *k)
{
	char a[NAMELEN + 2], b[NAMELEN + 2];
	sql_ident(a, sizeof(a), k->a);
	sql_ident(b, sizeof(b), k->b);
	switch (k->kind) {
	case 0:
		snprintf(out, len, "%s > 0", a);
		break;
	case 1:
		snprintf(out, len, "%s <> 42", a);
		break;
	case 2:
		snprintf(out, len, "%s < %s", a, b);
		break;
	case 3:
		snprintf(out, len, "%s <> ''", a);
		break;
	case 4:
		snprintf(out, len, "length(%s) < 100", a);
		break;
	default:
		snprintf(out, len, "%s LIKE 'x%%'", a);
		break;
	}
}

static void index_element(char *out, size_t len, const ridx *x)
{
	char a[NAMELEN + 2];
	sql_ident(a, sizeof(a), x->col);
	switch (x->kind) {
	case 1:
		snprintf(out, len, "%s DESC", a);
		break;
	case 2:
		snprintf(out, len, "lower(%s)", a);
		break;
	case 3:
		snprintf(out, len, "abs(%s)", a);
		break;
	case 4:
		snprintf(out, len, "%s DESC NULLS LAST", a);
		break;
	default:
		snprintf(out, len, "%s", a);
		break;
	}
}

static void write_yaml(sg_strbuf *sb, const rschema *s)
{
	if (s->nenums) {
		sg_strbuf_adds(sb, "enums:\n");
		for (int i = 0; i < s->nenums; i++) {
			sg_strbuf_adds(sb, "  - name: ");
			yq(sb, s->enums[i].name);
			sg_strbuf_adds(sb, "\n    values: [");
			for (int v = 0; v < s->enums[i].nvalues; v++)
				sg_strbuf_addf(sb, "%s%s", v ? ", " : "", s->enums[i].values[v]);
			sg_strbuf_adds(sb, "]\n");
		}
	}
	sg_strbuf_adds(sb, s->ntables ? "tables:\n" : "tables: []\n");
	char text[256];
	for (int ti = 0; ti < s->ntables; ti++) {
		const rtable *t = &s->tables[ti];
		sg_strbuf_adds(sb, "  - name: ");
		yq(sb, t->name);
		sg_strbuf_addch(sb, '\n');
		if (t->renamed_from[0]) {
			sg_strbuf_adds(sb, "    renamed_from: ");
			yq(sb, t->renamed_from);
			sg_strbuf_addch(sb, '\n');
		}
		if (t->comment)
			sg_strbuf_addf(sb, "    comment: \"table %s's\"\n", "comment");
		sg_strbuf_adds(sb, t->ncols ? "    columns:\n" : "    columns: []\n");
		for (int i = 0; i < t->ncols; i++) {
			const rcol *c = &t->cols[i];
			sg_strbuf_adds(sb, "      - { name: ");
			yq(sb, c->name);
			sg_strbuf_adds(sb, ", type: ");
			yq(sb, c->spell);
			if (!c->nullable && !c->identity && !c->serial && !(t->pk_shorthand && strcmp(t->pk[0], c->name) == 0))
				sg_strbuf_adds(sb, ", nullable: false");
			if (c->dflt[0]) {
				sg_strbuf_adds(sb, ", default: ");
				yq(sb, c->dflt);
			}
			if (c->identity)
				sg_strbuf_adds(sb, c->identity == 1 ? ", identity: always" : ", identity: by_default");
			if (t->pk_shorthand && strcmp(t->pk[0], c->name) == 0)
				sg_strbuf_adds(sb, ", primary_key: true");
			for (int k = 0; k < t->nfks; k++) {
				const rfk *f = &t->fks[k];
				if (!f->shorthand || strcmp(f->cols[0], c->name) != 0)
					continue;
				sg_strbuf_adds(sb, ", references: { table: ");
				yq(sb, f->ref_table);
				if (!f->omit_ref_cols) {
					sg_strbuf_adds(sb, ", column: ");
					yq(sb, f->ref_cols[0]);
				}
				sg_strbuf_addf(sb, ", on_delete: %s, on_update: %s", fk_actions[f->on_delete],
					       fk_actions[f->on_update]);
				if (f->deferrable)
					sg_strbuf_addf(sb, ", deferrable: true, initially_deferred: %s",
						       f->initially_deferred ? "true" : "false");
				if (f->not_valid)
					sg_strbuf_adds(sb, ", not_valid: true");
				sg_strbuf_adds(sb, " }");
				break;
			}
			if (c->renamed_from[0]) {
				sg_strbuf_adds(sb, ", renamed_from: ");
				yq(sb, c->renamed_from);
			}
			if (c->using_from && c->type >= 0) {
				char q[NAMELEN + 2];
				sql_ident(q, sizeof(q), c->name);
				snprintf(text, sizeof(text), "%s::%s", q, types[c->type].canon);
				sg_strbuf_adds(sb, ", using: ");
				yq(sb, text);
				snprintf(text, sizeof(text), "%s::%s", q, types[c->using_from - 1].canon);
				sg_strbuf_adds(sb, ", using_down: ");
				yq(sb, text);
			}
			if (c->comment)
				sg_strbuf_adds(sb, ", comment: \"it's a column\"");
			sg_strbuf_adds(sb, " }\n");
		}
		if (t->npk && !t->pk_shorthand) {
			sg_strbuf_adds(sb, "    primary_key: ");
			yq_list(sb, t->pk, t->npk);
			sg_strbuf_addch(sb, '\n');
		}
		if (t->nuniques) {
			sg_strbuf_adds(sb, "    unique:\n");
			for (int i = 0; i < t->nuniques; i++) {
				const rkey *k = &t->uniques[i];
				sg_strbuf_adds(sb, "      - { columns: ");
				yq_list(sb, k->cols, k->n);
				if (k->name[0]) {
					sg_strbuf_adds(sb, ", name: ");
					yq(sb, k->name);
				}
				if (k->deferrable)
					sg_strbuf_addf(sb, ", deferrable: true, initially_deferred: %s",
						       k->initially_deferred ? "true" : "false");
				sg_strbuf_adds(sb, " }\n");
			}
		}
		if (t->nchecks) {
			sg_strbuf_adds(sb, "    checks:\n");
			for (int i = 0; i < t->nchecks; i++) {
				check_text(text, sizeof(text), &t->checks[i]);
				sg_strbuf_adds(sb, "      - { expression: ");
				yq(sb, text);
				if (t->checks[i].not_valid)
					sg_strbuf_adds(sb, ", not_valid: true");
				if (t->checks[i].no_inherit)
					sg_strbuf_adds(sb, ", no_inherit: true");
				sg_strbuf_adds(sb, " }\n");
			}
		}
		bool any_fk = false;
		for (int i = 0; i < t->nfks; i++)
			any_fk |= !t->fks[i].shorthand;
		if (any_fk) {
			sg_strbuf_adds(sb, "    foreign_keys:\n");
			for (int i = 0; i < t->nfks; i++) {
				const rfk *f = &t->fks[i];
				if (f->shorthand)
					continue;
				sg_strbuf_adds(sb, "      - { columns: ");
				yq_list(sb, f->cols, f->n);
				sg_strbuf_adds(sb, ", references: { table: ");
				yq(sb, f->ref_table);
				if (!f->omit_ref_cols) {
					sg_strbuf_adds(sb, ", columns: ");
					yq_list(sb, f->ref_cols, f->n);
				}
				sg_strbuf_addf(sb, " }, on_delete: %s", fk_actions[f->on_delete]);
				if (f->on_update)
					sg_strbuf_addf(sb, ", on_update: %s", fk_actions[f->on_update]);
				if (f->deferrable)
					sg_strbuf_addf(sb, ", deferrable: true, initially_deferred: %s",
						       f->initially_deferred ? "true" : "false");
				if (f->not_valid)
					sg_strbuf_adds(sb, ", not_valid: true");
				sg_strbuf_adds(sb, " }\n");
			}
		}
		if (t->nindexes) {
			sg_strbuf_adds(sb, "    indexes:\n");
			for (int i = 0; i < t->nindexes; i++) {
				const ridx *x = &t->indexes[i];
				index_element(text, sizeof(text), x);
				sg_strbuf_adds(sb, "      - { columns: [");
				yq(sb, text);
				if (x->col2[0]) {
					char b[NAMELEN + 2];
					sql_ident(b, sizeof(b), x->col2);
					sg_strbuf_adds(sb, ", ");
					yq(sb, b);
				}
				sg_strbuf_adds(sb, "]");
				if (x->unique)
					sg_strbuf_adds(sb, ", unique: true");
				if (x->partial) {
					char a[NAMELEN + 2];
					sql_ident(a, sizeof(a), x->col);
					snprintf(text, sizeof(text), "%s IS NOT NULL", a);
					sg_strbuf_adds(sb, ", where: ");
					yq(sb, text);
				}
				sg_strbuf_adds(sb, " }\n");
			}
		}
	}
}

static void random_schema(rschema *s)
{
	memset(s, 0, sizeof(*s));
	for (int i = pick(3); i > 0; i--)
		add_random_enum(s);
	int n = 1 + pick(5);
	for (int i = 0; i < n; i++)
		add_random_table(s);
	for (int i = pick(5); i > 0; i--) {
		rtable *t = &s->tables[pick(s->ntables)];
		add_fk_to(s, t, &s->tables[pick(s->ntables)]);
	}
	sanitize(s);
}

/* ---- the round trip ---- */

static void reset_schema(PGconn *conn)
{
	sg_test_exec(conn, "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public");
}

static void run_pair(PGconn *conn, uint64_t seed, bool verbose)
{
	rng = seed;
	static rschema a, b;
	random_schema(&a);
	b = a;
	for (int i = 1 + pick(4); i > 0; i--)
		edit(&b);
	sanitize(&b);

	sg_strbuf ya = SG_STRBUF_INIT, yb = SG_STRBUF_INIT;
	write_yaml(&ya, &a);
	write_yaml(&yb, &b);
	if (verbose)
		print_message("---- A\n%s---- B\n%s", ya.data, yb.data);

	reset_schema(conn);
	sg_schema *ma = difftest_model_yaml("A.yaml", ya.data);
	sg_schema *mb = difftest_model_yaml("B.yaml", yb.data);

	difftest_plan p;
	difftest_plan_make(&p, conn, ma, false);
	difftest_apply(conn, &p.steps, false, "A from empty");
	difftest_plan_release(&p);
	difftest_expect_fixpoint(conn, ma, "after creating A,");
	char *cat_a = difftest_catalog_text_by_name(conn, "public");

	/* Every other pair is planned --online: its steps and downs go through the same round trip. */
	sg_diff_options dopts = { .online = seed % 2 == 1 };
	difftest_plan_make_opts(&p, conn, mb, false, &dopts);
	if (verbose)
		print_message("---- up\n%s---- down\n%s", p.up.data, p.down.data);
	difftest_apply(conn, &p.steps, false, "A -> B");
	difftest_expect_fixpoint(conn, mb, "after A -> B,");
	difftest_apply(conn, &p.steps, true, "B -> A (down)");
	char *back = difftest_catalog_text_by_name(conn, "public");
	difftest_expect_same_text(cat_a, back, "catalog after up and down vs A");
	difftest_plan_release(&p);

	free(back);
	free(cat_a);
	sg_schema_free(ma);
	sg_schema_free(mb);
	sg_strbuf_release(&ya);
	sg_strbuf_release(&yb);
}

static void test_diff_random__round_trips(void **state)
{
	PGconn *conn = ((sg_test_db *)*state)->conn;
	const char *env_seed = getenv("SG_RANDOM_SEED"), *env_pairs = getenv("SG_RANDOM_PAIRS");
	const char *env_verbose = getenv("SG_RANDOM_VERBOSE");
	uint64_t seed = env_seed ? strtoull(env_seed, NULL, 10) : 1;
	long pairs = env_pairs ? strtol(env_pairs, NULL, 10) : 48;
	bool verbose = env_verbose && strcmp(env_verbose, "1") == 0;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long i = 0; i < pairs; i++) {
		/* Printed first, so a failure below is reproducible from the log. */
		print_message("pair %ld: SG_RANDOM_SEED=%llu SG_RANDOM_PAIRS=1\n", i + 1,
			      (unsigned long long)(seed + (uint64_t)i));
		run_pair(conn, seed + (uint64_t)i, verbose);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	print_message("%ld random pairs in %.1f s\n", pairs,
		      (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_diff_random__round_trips, sg_test_db_setup, sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
