/*
 * Classes of the randomized diff suite around keys (see random_edit.h), the
 * defects that replays of other projects' migration histories found and
 * only golden cases covered (docs/diff.md, "Proof on other projects'
 * migration histories"):
 *  - fk_retype: the columns of a key and every column that references them
 *    (through foreign keys, transitively: chains a -> b -> c, a column both
 *    referencing and referenced, self-references, two-column keys, MATCH
 *    FULL) change type together, integers to text, numeric, uuid (by a
 *    conversion of the model's own, using/using_down) or wider integers;
 *  - serial_retype: a serial key with foreign keys pointing at it turned
 *    text, varchar, numeric or uuid, or such a key turned serial;
 *  - seq_swap: a table with a serial dropped, or renamed without
 *    renamed_from, while a sequence of its own named as the serial's
 *    sequence is declared; or the reverse, a table reading such a sequence
 *    replaced by the table whose serial it is named after;
 *  - ledger: class base's edits with an application table named
 *    schema_migrations, run through the command lines with another ledger
 *    table (random_ledger.c).
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

#define T_SMALLINT 0
#define T_NUMERIC 3
#define T_NUMERIC12 4
#define T_VARCHAR40 8

void conv_text(char *out, size_t len, int conv, const char *x, int from, bool down)
{
	(void)conv; /* CONV_INT_UUID, the only one */
	if (!down)
		snprintf(out, len, "lpad(to_hex((%s)::bigint), 32, '0')::uuid", x);
	else
		snprintf(out, len, "('x' || right(replace((%s)::text, '-', ''), 16))::bit(64)::bigint::%s", x,
			 rtypes[from].canon);
}

/* ---- key columns ---- */

/* A new NOT NULL column of type `type` made t's key (its only column, or the second of two). */
static rcol *key_column(rschema *s, rtable *t, int type, bool second)
{
	rcol *c = add_column_of(s, t, type);
	if (!c)
		return NULL;
	c->nullable = false;
	if (!second)
		t->npk = 0;
	snprintf(t->pk[t->npk++], NAMELEN, "%s", c->name);
	t->pk_shorthand = t->npk == 1 && chance(50);
	return c;
}

/* A type keys start from: integers mostly, text, numeric. */
static int key_type(void)
{
	static const int types[] = {T_INTEGER, T_INTEGER, T_BIGINT, T_BIGINT, T_TEXT, T_NUMERIC, T_SMALLINT};
	return types[pick((int)(sizeof(types) / sizeof(types[0])))];
}

/* A table other than `not` with room for `cols` more columns (a new one when none). */
static rtable *other_table(rschema *s, const rtable * not, int cols)
{
	int nid = not ? not ->id : 0;
	for (int tries = 0; tries < 6; tries++) {
		rtable *t = roomy_table(s, cols);
		if (t->id != nid)
			return t;
	}
	if (s->ntables == MAXT)
		return NULL;
	add_random_table(s);
	sanitize(s);
	rtable *t = &s->tables[s->ntables - 1];
	return t->id != nid && t->ncols + cols <= MAXC ? t : NULL;
}

/* add_fk_to, MATCH FULL sometimes; the foreign key added, or NULL. */
static rfk *add_fk(rschema *s, rtable *t, rtable *target)
{
	int n = t->nfks;
	add_fk_to(s, t, target);
	if (t->nfks == n)
		return NULL;
	rfk *f = &t->fks[t->nfks - 1];
	f->match_full = chance(f->n == 2 ? 60 : 25);
	return f;
}

/* ---- groups of columns tied by foreign keys ---- */

typedef struct kcol {
	int tid, cid;
} kcol;

#define MAXG (MAXT * MAXC)

/* The columns that must keep one type with (tid, cid): the closure over foreign keys, both ways. */
static int key_group(rschema *s, int tid, int cid, kcol *out)
{
	int n = 0;
	out[n++] = (kcol){tid, cid};
	for (int i = 0; i < n; i++) {
		rtable *t = find_table_id(s, out[i].tid);
		rcol *c = t ? find_col_id(t, out[i].cid) : NULL;
		if (!c)
			continue;
		for (int ti = 0; ti < s->ntables; ti++) {
			rtable *o = &s->tables[ti];
			for (int k = 0; k < o->nfks; k++) {
				rfk *f = &o->fks[k];
				rtable *target = find_table(s, f->ref_table);
				if (!target)
					continue;
				for (int m = 0; m < f->n; m++) {
					rcol *mine = find_col(o, f->cols[m]), *ref = find_col(target, f->ref_cols[m]);
					if (!mine || !ref)
						continue;
					kcol other = {0, 0};
					if (o == t && mine == c)
						other = (kcol){target->id, ref->id};
					else if (target == t && ref == c)
						other = (kcol){o->id, mine->id};
					if (!other.tid)
						continue;
					bool seen = false;
					for (int j = 0; j < n && !seen; j++)
						seen = out[j].tid == other.tid && out[j].cid == other.cid;
					if (!seen && n < MAXG)
						out[n++] = other;
				}
			}
		}
	}
	return n;
}

/* Whether every column of the group can change type (no enum, domain, array, generated column). */
static bool group_retypable(rschema *s, const kcol *g, int n)
{
	for (int i = 0; i < n; i++) {
		rtable *t = find_table_id(s, g[i].tid);
		rcol *c = t ? find_col_id(t, g[i].cid) : NULL;
		if (!c || c->type < 0 || c->array || c->gen || c->domain[0] || c->conv)
			return false;
		fam f = rtypes[c->type].family;
		if (f != F_NUM && f != F_TXT)
			return false;
	}
	return true;
}

/*
 * Another type for a key of type `from` (conv: set when the model writes
 * its own conversion); -1 when none.  Values of keys are 1, 2, 3... (text
 * keys 'x1'... when text stays text), so every target holds them.
 */
static int key_target(int from, bool to_text_only, int *conv)
{
	*conv = CONV_NONE;
	const rtype *t = &rtypes[from];
	if (t->intlike) {
		static const int to[] = {T_INTEGER, T_BIGINT, T_TEXT, T_VARCHAR40, T_NUMERIC, T_NUMERIC12, T_UUID};
		for (int tries = 0; tries < 8; tries++) {
			int k = to[pick((int)(sizeof(to) / sizeof(to[0])))];
			if (k == from || (to_text_only && rtypes[k].intlike))
				continue;
			if (k == T_UUID)
				*conv = CONV_INT_UUID;
			return k;
		}
		return T_TEXT;
	}
	if (t->family == F_NUM) { /* numeric: integers, text */
		static const int to[] = {T_INTEGER, T_BIGINT, T_TEXT};
		return to[pick(3)];
	}
	if (t->family == F_TXT) { /* text keys hold '1', '2'... only when B's type is a number */
		static const int to[] = {T_INTEGER, T_BIGINT, T_NUMERIC};
		return to[pick(3)];
	}
	return -1;
}

/* Every column of the group retyped to `to` (conv: the model's own conversion); serial kept when it can be. */
static void retype_group(rschema *s, const kcol *g, int n, int to, int conv)
{
	bool using = conv || chance(30);
	for (int i = 0; i < n; i++) {
		rtable *t = find_table_id(s, g[i].tid);
		rcol *c = find_col_id(t, g[i].cid);
		int from = c->type;
		if (!c->using_from && !c->retyped && in_a(c->id) && using)
			c->using_from = 1 + from;
		c->conv = c->using_from ? conv : CONV_NONE;
		c->retyped = true;
		c->type = to;
		if (!rtypes[to].intlike) {
			c->serial = false;
			c->identity = 0;
		}
		set_spelling(c);
		if (rtypes[from].family != rtypes[to].family || c->conv)
			c->dflt[0] = '\0';
		if (rtypes[to].family != F_TXT)
			c->coll[0] = '\0';
	}
}

/* ---- fk_retype ---- */

void fk_retype_prepare(rschema *a, rfocus *f)
{
	rtable *p = roomy_table(a, 4);
	int type = key_type();
	rcol *k = key_column(a, p, type, false);
	if (k && rtypes[type].intlike && chance(30)) {
		k->serial = true;
		set_spelling(k);
	}
	if (chance(30))
		key_column(a, p, chance(50) ? type : key_type(), true);
	sanitize(a);
	if (chance(40))
		add_fk(a, p, p); /* a self-reference */
	rtable *c = other_table(a, p, 4);
	if (c)
		add_fk(a, c, p);
	if (c && chance(45)) { /* a chain: q -> c -> p, c's key its own column or its foreign key column */
		rtable *q = other_table(a, c, 3);
		if (q && q->id != p->id) {
			if (chance(40) && c->nfks && c->fks[c->nfks - 1].n == 1) {
				snprintf(c->pk[0], NAMELEN, "%s", c->fks[c->nfks - 1].cols[0]);
				c->npk = 1;
				find_col(c, c->pk[0])->nullable = false;
			} else {
				key_column(a, c, key_type(), false);
			}
			sanitize(a);
			add_fk(a, q, c);
		}
	}
	if (chance(35)) { /* a second table referencing p */
		rtable *d = other_table(a, p, 3);
		if (d)
			add_fk(a, d, p);
	}
	sanitize(a);
	f->table_id = p->id;
}

void fk_retype_edit(rschema *b, rfocus *f)
{
	/* The groups of the foreign keys' columns, each once. */
	static kcol groups[MAXT * MAXK * 2][MAXG];
	int sizes[MAXT * MAXK * 2], ngroups = 0;
	for (int ti = 0; ti < b->ntables; ti++) {
		rtable *t = &b->tables[ti];
		for (int k = 0; k < t->nfks; k++)
			for (int m = 0; m < t->fks[k].n; m++) {
				rcol *c = find_col(t, t->fks[k].cols[m]);
				bool seen = !c;
				for (int gi = 0; gi < ngroups && !seen; gi++)
					for (int j = 0; j < sizes[gi] && !seen; j++)
						seen = groups[gi][j].tid == t->id && groups[gi][j].cid == c->id;
				if (seen)
					continue;
				sizes[ngroups] = key_group(b, t->id, c->id, groups[ngroups]);
				if (group_retypable(b, groups[ngroups], sizes[ngroups]))
					ngroups++;
			}
	}
	int first = ngroups ? pick(ngroups) : -1;
	for (int gi = 0; gi < ngroups; gi++) {
		if (gi != first && !chance(60))
			continue;
		rtable *t = find_table_id(b, groups[gi][0].tid);
		rcol *c = find_col_id(t, groups[gi][0].cid);
		int conv, to = key_target(c->type, false, &conv);
		if (to >= 0)
			retype_group(b, groups[gi], sizes[gi], to, conv);
	}
	if (chance(20)) {
		rtable *t = find_table_id(b, f->table_id);
		if (t)
			ed_rename_table(b, t);
	}
	if (chance(20) && b->ntables) {
		rtable *t = &b->tables[pick(b->ntables)];
		if (t->nfks) {
			rcol *c = find_col(t, t->fks[pick(t->nfks)].cols[0]);
			if (c)
				ed_rename_column(b, t, c);
		}
	}
}

/* ---- serial_retype ---- */

void serial_retype_prepare(rschema *a, rfocus *f)
{
	rtable *p = roomy_table(a, 4);
	bool back = chance(30); /* A's key is text or numeric, B's serial */
	static const int from_back[] = {T_TEXT, T_NUMERIC, T_VARCHAR40};
	rcol *k = key_column(a, p, back ? from_back[pick(3)] : chance(60) ? T_INTEGER : T_BIGINT, false);
	if (!k)
		return;
	k->serial = !back;
	set_spelling(k);
	int id = k->id;
	sanitize(a);
	for (int i = 1 + pick(2); i > 0; i--) {
		rtable *c = chance(25) ? p : other_table(a, p, 2);
		if (c)
			add_fk(a, c, p);
	}
	sanitize(a);
	f->table_id = p->id;
	f->col_id = id;
}

void serial_retype_edit(rschema *b, rfocus *f)
{
	rtable *p = find_table_id(b, f->table_id);
	rcol *k = p ? find_col_id(p, f->col_id) : NULL;
	if (!k || !is_pk_col(p, k->name))
		return;
	kcol g[MAXG];
	int n = key_group(b, p->id, k->id, g);
	if (!group_retypable(b, g, n))
		return;
	if (k->serial) {
		int conv, to = key_target(k->type, true, &conv);
		retype_group(b, g, n, to, conv);
	} else {
		retype_group(b, g, n, chance(60) ? T_INTEGER : T_BIGINT, CONV_NONE);
		k->serial = true;
		k->dflt[0] = '\0';
		set_spelling(k);
	}
	if (chance(20))
		ed_rename_table(b, p);
}

/* ---- seq_swap ---- */

/* The name PostgreSQL gives the sequence of serial column `col` of `table`. */
static void serial_seq_name(char *out, const char *table, const char *col)
{
	char buf[2 * NAMELEN + 8];
	snprintf(buf, sizeof(buf), "%s_%s_seq", table, col);
	size_t n = strlen(buf) < NAMELEN ? strlen(buf) : NAMELEN - 1; /* fresh names are short: never cut */
	memcpy(out, buf, n);
	out[n] = '\0';
}

/* A copy of t under a fresh name and fresh ids, without foreign keys and triggers: t "renamed" without a hint. */
static rtable *copy_table(rschema *s, const rtable *t)
{
	if (s->ntables == MAXT)
		return NULL;
	rtable *c = &s->tables[s->ntables++];
	*c = *t;
	c->id = fresh_id(s);
	fresh_table_name(s, c->name);
	c->renamed_from[0] = '\0';
	c->nfks = c->ntrigs = 0;
	for (int i = 0; i < c->ncols; i++) {
		c->cols[i].id = fresh_id(s);
		c->cols[i].renamed_from[0] = '\0';
		c->cols[i].using_from = 0;
		c->cols[i].retyped = false;
	}
	for (int i = 0; i < c->nchecks; i++)
		c->checks[i].id = fresh_id(s);
	for (int i = 0; i < c->nuniques; i++) {
		c->uniques[i].id = fresh_id(s);
		c->uniques[i].name[0] = '\0';
	}
	for (int i = 0; i < c->nindexes; i++)
		c->indexes[i].id = fresh_id(s);
	return c;
}

/* The foreign keys that point to t dropped (t is about to go, or to be made again). */
static void unreference(rschema *s, const rtable *t)
{
	for (int i = 0; i < s->ntables; i++)
		for (int k = 0; k < s->tables[i].nfks; k++)
			if (strcmp(s->tables[i].fks[k].ref_table, t->name) == 0)
				drop_at(s->tables[i].fks, &s->tables[i].nfks, k--, sizeof(rfk));
}

/* A new sequence named `name`, of the column's integer type, read by nothing yet. */
static rseq *named_sequence(rschema *s, const char *name, int type)
{
	if (s->nseqs == MAXS)
		drop_at(s->seqs, &s->nseqs, 0, sizeof(rseq));
	rseq *q = &s->seqs[s->nseqs++];
	memset(q, 0, sizeof(*q));
	q->id = fresh_id(s);
	snprintf(q->name, NAMELEN, "%s", name);
	q->type = type == T_BIGINT ? 0 : type == T_INTEGER ? 1 : 2;
	q->increment = q->cache = 1;
	return q;
}

void seq_swap_prepare(rschema *a, rfocus *f)
{
	f->variant = pick(3);
	rtable *t = roomy_table(a, 2);
	unreference(a, t);
	int type = chance(60) ? T_INTEGER : T_BIGINT;
	rcol *k = key_column(a, t, type, false);
	if (!k)
		return;
	if (f->variant != 1) { /* A: t's serial; B: t gone (or kept), a sequence of t's serial's name declared */
		k->serial = true;
		set_spelling(k);
	} else { /* A: t reads a sequence named as B's new table's serial's */
		rname tn, cn, sn;
		fresh_table_name(a, tn);
		snprintf(cn, NAMELEN, "%s", chance(50) ? "id" : k->name);
		serial_seq_name(sn, tn, cn);
		rseq *q = named_sequence(a, sn, type);
		seq_default(k->dflt, sizeof(k->dflt), q);
		if (chance(60)) {
			snprintf(q->owner_table, NAMELEN, "%s", t->name);
			snprintf(q->owner_col, NAMELEN, "%s", k->name);
			q->keep_owner = true;
		}
		snprintf(f->enum_name, NAMELEN, "%s", tn); /* B's table */
		snprintf(f->name2, NAMELEN, "%s", cn);
	}
	sanitize(a);
	f->table_id = t->id;
	f->col_id = k->id;
}

void seq_swap_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *k = t ? find_col_id(t, f->col_id) : NULL;
	if (!k)
		return;
	unreference(b, t);
	if (f->variant == 0) {
		rname sn;
		serial_seq_name(sn, t->name, k->name);
		int type = k->type, tid = t->id, kidx = (int)(k - t->cols), rid = 0, cid = 0;
		rtable *r = chance(70) ? copy_table(b, t) : NULL; /* "renamed" without renamed_from */
		if (r) {
			r->cols[kidx].serial = false;
			set_spelling(&r->cols[kidx]);
			rid = r->id;
			cid = r->cols[kidx].id;
		} else { /* a new column elsewhere reads it */
			rtable *o = other_table(b, find_table_id(b, tid), 1);
			rcol *c = o ? add_column_of(b, o, type) : NULL;
			rid = o && c ? o->id : 0;
			cid = c ? c->id : 0;
		}
		drop_table_at(b, find_table_id(b, tid));
		rtable *owner = find_table_id(b, rid);
		rcol *reader = owner ? find_col_id(owner, cid) : NULL;
		if (!reader)
			return;
		rseq *q = named_sequence(b, sn, type);
		seq_default(reader->dflt, sizeof(reader->dflt), q);
		if (chance(70)) {
			snprintf(q->owner_table, NAMELEN, "%s", owner->name);
			snprintf(q->owner_col, NAMELEN, "%s", reader->name);
			q->keep_owner = true;
		}
		return;
	}
	if (f->variant == 2) {
		/*
		 * Authelia's: t's serial's sequence declared on its own and owned by
		 * a copy of t (the table moved aside); t keeps its name and its key
		 * reads a new sequence named as serial names a second one (NAME1).
		 */
		rname sn, sn1;
		serial_seq_name(sn, t->name, k->name);
		snprintf(sn1, NAMELEN, "%.*s1", NAMELEN - 2, sn);
		int tid = t->id, kidx = (int)(k - t->cols);
		rtable *r = b->nseqs <= MAXS - 2 ? copy_table(b, t) : NULL;
		if (!r)
			return;
		t = find_table_id(b, tid);
		rseq *q = named_sequence(b, sn, k->type), *q1 = named_sequence(b, sn1, k->type);
		rcol *moved = &r->cols[kidx], *kept = &t->cols[kidx];
		moved->serial = kept->serial = false;
		set_spelling(moved);
		set_spelling(kept);
		seq_default(moved->dflt, sizeof(moved->dflt), q);
		seq_default(kept->dflt, sizeof(kept->dflt), q1);
		rseq *own[2] = {q, q1};
		rtable *owners[2] = {r, t};
		rcol *cols[2] = {moved, kept};
		for (int i = 0; i < 2; i++)
			if (chance(80)) {
				snprintf(own[i]->owner_table, NAMELEN, "%s", owners[i]->name);
				snprintf(own[i]->owner_col, NAMELEN, "%s", cols[i]->name);
				own[i]->keep_owner = true;
			}
		return;
	}
	/* variant 1: t and its sequence go; a table of the sequence's serial name comes, its key a serial */
	rseq *q = seq_read_by(b, k);
	rtable *r = copy_table(b, t);
	if (!r)
		return;
	snprintf(r->name, NAMELEN, "%s", f->enum_name);
	rcol *c = &r->cols[k - t->cols];
	rename_column_refs(b, r, c->name, f->name2);
	snprintf(c->name, NAMELEN, "%s", f->name2);
	c->dflt[0] = '\0';
	c->serial = true;
	set_spelling(c);
	if (q) {
		redirect_defaults(b, q, NULL);
		drop_at(b->seqs, &b->nseqs, (int)(q - b->seqs), sizeof(rseq));
	}
	drop_table_at(b, find_table_id(b, f->table_id));
}

/* ---- ledger ---- */

/* An application table named schema_migrations (Rails' layout: a varchar key), with rows. */
void ledger_prepare(rschema *a, rfocus *f)
{
	(void)f;
	if (a->ntables == MAXT)
		drop_table_at(a, &a->tables[0]);
	rtable *t = &a->tables[a->ntables++];
	memset(t, 0, sizeof(*t));
	t->id = fresh_id(a);
	snprintf(t->name, NAMELEN, "schema_migrations");
	rcol *v = key_column(a, t, T_TEXT + 3, false); /* character varying */
	snprintf(v->name, NAMELEN, "version");
	snprintf(t->pk[0], NAMELEN, "version");
	add_random_column(a, t);
	sanitize(a);
}

void ledger_edit(rschema *b, rfocus *f)
{
	class_base(b, f);
	f->ledger = true;
}
