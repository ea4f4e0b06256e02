/*
 * Random schemas for the randomized diff suite (see random_model.h).
 */
#include "random_model.h"

#include <stdio.h>
#include <string.h>

/* ---- the seeded generator (splitmix64) ---- */

uint64_t rnd_state;

uint64_t rnd_next(void)
{
	uint64_t z = (rnd_state += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

int pick(int n)
{
	return n > 0 ? (int)(rnd_next() % (uint64_t)n) : 0;
}

bool chance(int percent)
{
	return pick(100) < percent;
}

/* ---- types ---- */

const rtype rtypes[] = {
    {"smallint", F_NUM, true, {"smallint", "int2", NULL}},
    {"integer", F_NUM, true, {"integer", "int", "int4"}},
    {"bigint", F_NUM, true, {"bigint", "int8", NULL}},
    {"numeric", F_NUM, false, {"numeric", "decimal", NULL}},
    {"numeric(12,2)", F_NUM, false, {"numeric(12,2)", "decimal(12, 2)", NULL}},
    {"double precision", F_NUM, false, {"double precision", "float8", NULL}},
    {"real", F_NUM, false, {"real", "float4", NULL}},
    {"text", F_TXT, false, {"text", NULL, NULL}},
    {"character varying(40)", F_TXT, false, {"varchar(40)", "character varying(40)", NULL}},
    {"character varying(80)", F_TXT, false, {"varchar(80)", "character varying (80)", NULL}},
    {"character varying", F_TXT, false, {"varchar", "character varying", NULL}},
    {"boolean", F_BOOL, false, {"boolean", "bool", NULL}},
    {"timestamp with time zone", F_TS, false, {"timestamptz", "timestamp with time zone", NULL}},
    {"timestamp(3) without time zone", F_TS, false, {"timestamp(3)", "timestamp(3) without time zone", NULL}},
    {"date", F_DATE, false, {"date", NULL, NULL}},
    {"uuid", F_UUID, false, {"uuid", NULL, NULL}},
    {"jsonb", F_JSONB, false, {"jsonb", NULL, NULL}},
    {"text[]", F_TXTARR, false, {"text[]", NULL, NULL}},
    {"integer[]", F_INTARR, false, {"integer[]", "int[]", "int4[]"}},
    {"interval", F_INTERVAL, false, {"interval", NULL, NULL}},
};
const int NTYPES = (int)(sizeof(rtypes) / sizeof(rtypes[0]));

const char *const fk_actions[] = {"no_action", "restrict", "cascade", "set_null", "set_default"};

/* ---- names ---- */

int fresh_id(rschema *s)
{
	return ++s->counter;
}

void fresh_table_name(rschema *s, char *out)
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

void fresh_column_name(rschema *s, rtable *t, char *out)
{
	int n = ++s->counter;
	static const char *const special[] = {"user", "order", "select", "Group"};
	const char *sp = special[pick(4)];
	bool taken = false;
	for (int i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, sp) == 0 || strcmp(t->cols[i].renamed_from, sp) == 0)
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

void sql_ident(char *out, size_t len, const char *name)
{
	bool plain = (name[0] >= 'a' && name[0] <= 'z') || name[0] == '_';
	for (const char *p = name; *p && plain; p++)
		plain = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_';
	static const char *const keywords[] = {"user", "order", "select", "group", NULL};
	for (int i = 0; plain && keywords[i]; i++)
		if (strcmp(name, keywords[i]) == 0)
			plain = false;
	if (plain)
		snprintf(out, len, "%s", name);
	else
		snprintf(out, len, "\"%s\"", name);
}

/* ---- lookups ---- */

rtable *find_table(rschema *s, const char *name)
{
	for (int i = 0; i < s->ntables; i++)
		if (strcmp(s->tables[i].name, name) == 0)
			return &s->tables[i];
	return NULL;
}

rtable *find_table_id(rschema *s, int id)
{
	for (int i = 0; i < s->ntables; i++)
		if (s->tables[i].id == id)
			return &s->tables[i];
	return NULL;
}

rcol *find_col(rtable *t, const char *name)
{
	for (int i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, name) == 0)
			return &t->cols[i];
	return NULL;
}

rcol *find_col_id(rtable *t, int id)
{
	for (int i = 0; i < t->ncols; i++)
		if (t->cols[i].id == id)
			return &t->cols[i];
	return NULL;
}

renum *find_enum(rschema *s, const char *name)
{
	for (int i = 0; i < s->nenums; i++)
		if (strcmp(s->enums[i].name, name) == 0)
			return &s->enums[i];
	return NULL;
}

rseq *find_seq(rschema *s, const char *name)
{
	for (int i = 0; i < s->nseqs; i++)
		if (strcmp(s->seqs[i].name, name) == 0)
			return &s->seqs[i];
	return NULL;
}

rseq *seq_read_by(rschema *s, const rcol *c)
{
	for (int i = 0; i < s->nseqs; i++) {
		char d[96];
		seq_default(d, sizeof(d), &s->seqs[i]);
		if (strcmp(c->dflt, d) == 0)
			return &s->seqs[i];
	}
	return NULL;
}

void seq_default(char *out, size_t len, const rseq *q)
{
	char name[NAMELEN + 2];
	sql_ident(name, sizeof(name), q->name);
	snprintf(out, len, "nextval('%s')", name);
}

fam col_family(const rcol *c)
{
	return c->type < 0 ? F_ENUM : rtypes[c->type].family;
}

bool same_type(const rcol *a, const rcol *b)
{
	if (a->type < 0 || b->type < 0)
		return a->type == b->type && a->array == b->array && strcmp(a->enum_name, b->enum_name) == 0;
	return strcmp(rtypes[a->type].canon, rtypes[b->type].canon) == 0;
}

bool is_pk_col(const rtable *t, const char *col)
{
	for (int i = 0; i < t->npk; i++)
		if (strcmp(t->pk[i], col) == 0)
			return true;
	return false;
}

bool in_fk(rschema *s, const rtable *t, const char *col)
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

bool in_check_or_expr_index(const rtable *t, const char *col)
{
	for (int i = 0; i < t->nchecks; i++)
		if (strcmp(t->checks[i].a, col) == 0 || strcmp(t->checks[i].b, col) == 0)
			return true;
	for (int i = 0; i < t->nindexes; i++)
		if ((t->indexes[i].kind == 2 || t->indexes[i].kind == 3) && strcmp(t->indexes[i].col, col) == 0)
			return true;
	return false;
}

bool in_unique(const rtable *t, const char *col)
{
	if (is_pk_col(t, col))
		return true;
	for (int i = 0; i < t->nuniques; i++)
		for (int m = 0; m < t->uniques[i].n; m++)
			if (strcmp(t->uniques[i].cols[m], col) == 0)
				return true;
	for (int i = 0; i < t->nindexes; i++)
		if (t->indexes[i].unique &&
		    (strcmp(t->indexes[i].col, col) == 0 || strcmp(t->indexes[i].col2, col) == 0))
			return true;
	return false;
}

bool read_by_generated(const rtable *t, const char *col)
{
	for (int i = 0; i < t->ncols; i++)
		if (t->cols[i].gen && (strcmp(t->cols[i].gsrc[0], col) == 0 || strcmp(t->cols[i].gsrc[1], col) == 0))
			return true;
	return false;
}

bool enum_used(rschema *s, const char *name)
{
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++)
			if (s->tables[ti].cols[i].type < 0 && strcmp(s->tables[ti].cols[i].enum_name, name) == 0)
				return true;
	return false;
}

/* ---- columns ---- */

void set_spelling(rcol *c)
{
	if (c->domain[0]) {
		snprintf(c->spell, sizeof(c->spell), "%s", c->domain);
		return;
	}
	if (c->type < 0) {
		snprintf(c->spell, sizeof(c->spell), "%s%s", c->enum_name, c->array ? "[]" : "");
		return;
	}
	const rtype *t = &rtypes[c->type];
	int n = 0;
	while (n < 3 && t->spell[n])
		n++;
	const char *sp = t->spell[pick(n)];
	if (c->serial)
		sp = strcmp(t->canon, "bigint") == 0	 ? "bigserial"
		     : strcmp(t->canon, "smallint") == 0 ? "smallserial"
							 : "serial";
	snprintf(c->spell, sizeof(c->spell), "%s", sp);
}

void random_default(rschema *s, rcol *c)
{
	c->dflt[0] = '\0';
	if (c->identity || c->serial || c->gen || !chance(45))
		return;
	static const char *const num[] = {"0", "42", "-1", "-1.5"};
	static const char *const txt[] = {"''", "'x'", "'it''s'", "'draft'"};
	static const char *const ts[] = {"now()", "CURRENT_TIMESTAMP", "now() + '1 day'::interval"};
	static const char *const arr[] = {"'{}'", "ARRAY['a']"};
	static const char *const iarr[] = {"'{}'", "'{1,2}'"};
	static const char *const ivl[] = {"'90 days'", "'1 hour'::interval"};
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

void random_type(rschema *s, rcol *c)
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

static rcol *new_column(rschema *s, rtable *t)
{
	if (t->ncols == MAXC)
		return NULL;
	rcol *c = &t->cols[t->ncols++];
	memset(c, 0, sizeof(*c));
	c->id = fresh_id(s);
	fresh_column_name(s, t, c->name);
	return c;
}

rcol *add_random_column(rschema *s, rtable *t)
{
	rcol *c = new_column(s, t);
	if (!c)
		return NULL;
	random_type(s, c);
	c->nullable = chance(60);
	if (c->type >= 0 && rtypes[c->type].intlike && chance(15)) {
		if (chance(50))
			c->serial = true;
		else
			c->identity = 1 + pick(2);
		c->nullable = false;
	}
	if (col_family(c) == F_TXT && chance(12))
		snprintf(c->coll, sizeof(c->coll), "%s", chance(50) ? "C" : "POSIX");
	c->comment = chance(8);
	set_spelling(c);
	random_default(s, c);
	return c;
}

rcol *add_column_of(rschema *s, rtable *t, int type)
{
	rcol *c = new_column(s, t);
	if (!c)
		return NULL;
	c->type = type;
	c->nullable = true;
	set_spelling(c);
	return c;
}

bool can_feed_generated(const rcol *c)
{
	fam f = col_family(c);
	return !c->gen && c->type >= 0 && (f == F_NUM || f == F_TXT);
}

void make_generated(rcol *c, int g, const char *src, const char *src2)
{
	c->gen = g;
	c->type = g == G_LEN ? T_INTEGER : T_TEXT;
	c->array = false;
	c->enum_name[0] = '\0';
	c->nullable = true;
	c->dflt[0] = '\0';
	c->identity = 0;
	c->serial = false;
	c->coll[0] = '\0';
	snprintf(c->gsrc[0], NAMELEN, "%s", src);
	snprintf(c->gsrc[1], NAMELEN, "%s", g == G_CONCAT && src2 ? src2 : "");
	if (g == G_CONCAT && !c->gsrc[1][0])
		snprintf(c->gsrc[1], NAMELEN, "%s", src);
	set_spelling(c);
}

rcol *add_generated_column(rschema *s, rtable *t, int g, const char *src, const char *src2)
{
	rcol *c = new_column(s, t);
	if (!c)
		return NULL;
	make_generated(c, g, src, src2);
	return c;
}

/* ---- constraints and indexes ---- */

void add_random_check(rschema *s, rtable *t)
{
	if (t->nchecks == MAXK || !t->ncols)
		return;
	rcol *a = &t->cols[pick(t->ncols)];
	if (a->gen)
		return;
	rcheck k = {0};
	k.id = fresh_id(s);
	snprintf(k.a, NAMELEN, "%s", a->name);
	if (col_family(a) == F_NUM) {
		k.kind = pick(3);
		if (k.kind == 2) {
			rcol *b = &t->cols[pick(t->ncols)];
			if (b == a || col_family(b) != F_NUM || b->gen)
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

static bool indexable(const rcol *c)
{
	fam f = col_family(c);
	return f != F_JSONB && f != F_TXTARR && f != F_INTARR; /* btree on these works, but keeps the set small */
}

void add_random_index(rschema *s, rtable *t)
{
	if (t->nindexes == MAXK || !t->ncols)
		return;
	rcol *c = &t->cols[pick(t->ncols)];
	fam f = col_family(c);
	if (!indexable(c))
		return;
	ridx x = {0};
	x.id = fresh_id(s);
	snprintf(x.col, NAMELEN, "%s", c->name);
	x.kind = pick(5);
	if (x.kind == 2 && f != F_TXT)
		x.kind = 0;
	if (x.kind == 3 && f != F_NUM)
		x.kind = 1;
	x.unique = chance(20) && !c->gen;
	if (c->gen && (x.kind == 2 || x.kind == 3))
		x.kind = 0;
	x.partial = chance(25);
	if (chance(20)) {
		rcol *d = &t->cols[pick(t->ncols)];
		if (d != c && indexable(d) && !(x.unique && d->gen))
			snprintf(x.col2, NAMELEN, "%s", d->name);
	}
	t->indexes[t->nindexes++] = x;
}

void add_random_unique(rschema *s, rtable *t)
{
	if (t->nuniques == MAXK || !t->ncols)
		return;
	rkey k = {0};
	k.id = fresh_id(s);
	k.n = 1 + (t->ncols > 1 && chance(30));
	for (int i = 0; i < k.n; i++)
		snprintf(k.cols[i], NAMELEN, "%s", t->cols[pick(t->ncols)].name);
	if (k.n == 2 && strcmp(k.cols[0], k.cols[1]) == 0)
		k.n = 1;
	for (int i = 0; i < k.n; i++) {
		rcol *c = find_col(t, k.cols[i]);
		if (!indexable(c) || c->gen)
			return;
	}
	k.deferrable = chance(15);
	k.initially_deferred = k.deferrable && chance(50);
	if (chance(15))
		snprintf(k.name, NAMELEN, "uq %d", ++s->counter);
	t->uniques[t->nuniques++] = k;
}

void add_random_pk(rschema *s, rtable *t)
{
	if (t->npk)
		return;
	int cand[MAXC], n = 0;
	for (int i = 0; i < t->ncols; i++) {
		fam f = col_family(&t->cols[i]);
		if ((f == F_NUM || f == F_TXT || f == F_UUID) && !t->cols[i].nullable && !t->cols[i].gen)
			cand[n++] = i;
	}
	if (!n) {
		rcol *c = new_column(s, t);
		if (!c)
			return;
		c->type =
		    pick(3) == 0 ? 1 + pick(2) : (chance(50) ? T_TEXT : T_UUID); /* integer/bigint, text or uuid */
		c->nullable = false;
		if (rtypes[c->type].intlike && chance(50)) {
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

void add_fk_to(rschema *s, rtable *t, rtable *target)
{
	if (t->nfks == MAXK || !target->npk || t->ncols + target->npk > MAXC)
		return;
	rfk f = {0};
	f.id = fresh_id(s);
	f.n = target->npk;
	snprintf(f.ref_table, NAMELEN, "%s", target->name);
	for (int i = 0; i < f.n; i++) {
		rcol *ref = find_col(target, target->pk[i]);
		snprintf(f.ref_cols[i], NAMELEN, "%s", ref->name);
		/* Reuse a column of the same type (the reference may be the table itself), else add one. */
		rcol *mine = NULL;
		for (int k = 0; k < t->ncols && !mine && chance(40); k++)
			if (same_type(&t->cols[k], ref) && !t->cols[k].gen && strcmp(t->cols[k].coll, ref->coll) == 0 &&
			    !(t == target && strcmp(t->cols[k].name, ref->name) == 0))
				mine = &t->cols[k];
		if (!mine) {
			mine = new_column(s, t);
			mine->type = ref->type;
			mine->array = ref->array;
			snprintf(mine->enum_name, NAMELEN, "%s", ref->enum_name);
			snprintf(mine->coll, sizeof(mine->coll), "%s", ref->coll);
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

void add_random_enum(rschema *s)
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

rseq *add_random_sequence(rschema *s)
{
	if (s->nseqs == MAXS || !s->ntables)
		return NULL;
	rseq *q = &s->seqs[s->nseqs++];
	memset(q, 0, sizeof(*q));
	q->id = fresh_id(s);
	snprintf(q->name, NAMELEN, "%s%d", chance(50) ? "seq_" : "Counter ", ++s->counter);
	q->type = pick(3);
	q->increment = chance(20) ? -1 : 1 + pick(9);
	q->cache = chance(70) ? 1 : 1 + pick(20);
	q->cycle = chance(20);
	q->comment = chance(20);
	if (q->increment > 0 && chance(30))
		q->start = 1 + pick(1000);
	if (q->increment > 0 && chance(20))
		q->max = 30000;
	/* Read by an integer column of a table: an existing one without a default, or a new one. */
	rtable *t = &s->tables[pick(s->ntables)];
	rcol *c = NULL;
	for (int i = 0; i < t->ncols && !c; i++) {
		rcol *o = &t->cols[i];
		if (o->type >= 0 && rtypes[o->type].intlike && !o->array && !o->dflt[0] && !o->identity && !o->serial &&
		    !o->gen && chance(50))
			c = o;
	}
	if (!c && t->ncols < MAXC) {
		for (int k = 0; k < NTYPES && !c; k++)
			if (rtypes[k].intlike && chance(40))
				c = add_column_of(s, t, k);
		if (!c)
			c = add_random_column(s, t);
	}
	if (c && c->type >= 0 && rtypes[c->type].intlike && !c->identity && !c->serial && !c->gen) {
		seq_default(c->dflt, sizeof(c->dflt), q);
		if (chance(50)) {
			memcpy(q->owner_table, t->name, NAMELEN);
			memcpy(q->owner_col, c->name, NAMELEN);
		}
	}
	return q;
}

void add_random_table(rschema *s)
{
	if (s->ntables == MAXT)
		return;
	rtable *t = &s->tables[s->ntables++];
	memset(t, 0, sizeof(*t));
	t->id = fresh_id(s);
	fresh_table_name(s, t->name);
	int n = 1 + pick(5);
	for (int i = 0; i < n; i++)
		add_random_column(s, t);
	if (chance(85))
		add_random_pk(s, t);
	if (chance(15) && t->ncols < MAXC) {
		rcol *src = &t->cols[pick(t->ncols)];
		if (can_feed_generated(src)) {
			rname sname;
			snprintf(sname, NAMELEN, "%s", src->name);
			add_generated_column(s, t, 1 + pick(3), sname, t->cols[pick(t->ncols)].name);
		}
	}
	for (int i = pick(3); i > 0; i--)
		add_random_unique(s, t);
	for (int i = pick(3); i > 0; i--)
		add_random_check(s, t);
	for (int i = pick(4); i > 0; i--)
		add_random_index(s, t);
	t->comment = chance(10);
}

void random_schema(rschema *s)
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
