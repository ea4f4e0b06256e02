/*
 * The class `sequences` of the randomized diff suite (see random_edit.h):
 * sequences of their own (issue 13) created with the integer columns whose
 * defaults read them, then in one step several of: options changed (type,
 * increment, cache, start, max, cycle), a comment, a rename (the defaults
 * follow), an owner given, taken or moved, the owner's table or column
 * dropped or renamed, a default moved to another sequence, a sequence
 * dropped with the defaults that read it, a new one.  Rows are seeded
 * before the step, so defaults and owners are exercised on tables with rows.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

void sequences_prepare(rschema *a, rfocus *f)
{
	(void)f;
	for (int i = 1 + pick(3); i > 0 && a->nseqs < MAXS; i--)
		add_random_sequence(a);
}

void redirect_defaults(rschema *s, const rseq *q, const char *to)
{
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++) {
			rcol *c = &s->tables[ti].cols[i];
			if (seq_read_by(s, c) == q)
				snprintf(c->dflt, sizeof(c->dflt), "%s", to ? to : "");
		}
}

static void change_options(rseq *q)
{
	switch (pick(6)) {
	case 0:
		q->type = (q->type + 1 + pick(2)) % 3;
		break;
	case 1:
		/*
		 * The direction stays: a sequence of A that turned from up to down
		 * would need a range holding its current value (its start until
		 * used), which the plan rightly refuses to reset (a data-loss hazard).
		 */
		q->increment = q->increment < 0 ? -1 - pick(5) : 1 + pick(9);
		break;
	case 2:
		q->cache = 1 + pick(20);
		break;
	case 3:
		q->start = q->increment > 0 && chance(70) ? 1 + pick(1000) : 0;
		break;
	case 4:
		q->max = q->increment > 0 && !q->max ? 30000 : 0;
		break;
	default:
		q->cycle = !q->cycle;
		break;
	}
}

void ed_rename_sequence(rschema *s, rseq *q)
{
	char before[96], after[96];
	rname old;
	name_copy(old, q->name);
	seq_default(before, sizeof(before), q);
	if (in_a(q->id) && !q->renamed_from[0])
		memcpy(q->renamed_from, q->name, NAMELEN);
	snprintf(q->name, NAMELEN, "%s%d", chance(50) ? "renamed_" : "Renamed ", ++s->counter);
	seq_default(after, sizeof(after), q);
	funcs_follow_sequence(s, old, q->name);
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++)
			if (strcmp(s->tables[ti].cols[i].dflt, before) == 0)
				snprintf(s->tables[ti].cols[i].dflt, sizeof(s->tables[ti].cols[i].dflt), "%s", after);
}

/* Give q to a nullable integer column that reads it, or take its owner. */
static void change_owner(rschema *s, rseq *q)
{
	if (q->owner_table[0] && chance(50)) {
		q->owner_table[0] = q->owner_col[0] = '\0';
		return;
	}
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++) {
			rcol *c = &s->tables[ti].cols[i];
			if (!c->gen && (c->nullable || seq_read_by(s, c) != q) && chance(40)) {
				memcpy(q->owner_table, s->tables[ti].name, NAMELEN);
				memcpy(q->owner_col, c->name, NAMELEN);
				return;
			}
		}
}

void sequences_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(4); n > 0; n--) {
		rseq *q = b->nseqs ? &b->seqs[pick(b->nseqs)] : NULL;
		int what = q ? pick(10) : 9;
		switch (what) {
		case 0:
		case 1:
		case 2:
			change_options(q);
			break;
		case 3:
			q->comment = !q->comment;
			break;
		case 4:
			ed_rename_sequence(b, q);
			break;
		case 5:
			change_owner(b, q);
			break;
		case 6: { /* the owner's table or column goes, or is renamed */
			rtable *t = q->owner_table[0] ? find_table(b, q->owner_table) : NULL;
			rcol *c = t ? find_col(t, q->owner_col) : NULL;
			if (!c)
				break;
			if (chance(30) && !referenced(b, t))
				drop_table_at(b, t);
			else if (chance(50) && !is_key(b, t, c))
				drop_column(b, t, (int)(c - t->cols));
			else if (chance(50))
				ed_rename_column(b, t, c);
			else
				ed_rename_table(b, t);
			break;
		}
		case 7: /* the defaults that read q read another sequence */
			if (b->nseqs > 1) {
				char to[96];
				seq_default(to, sizeof(to), &b->seqs[(int)(q - b->seqs + 1) % b->nseqs]);
				redirect_defaults(b, q, to);
			}
			break;
		case 8: /* dropped, with the defaults that read it */
			redirect_defaults(b, q, NULL);
			drop_at(b->seqs, &b->nseqs, (int)(q - b->seqs), sizeof(rseq));
			break;
		default:
			add_random_sequence(b);
			break;
		}
	}
}
