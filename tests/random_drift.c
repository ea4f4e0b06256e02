/*
 * The class `drift` of the randomized diff suite (see random_edit.h): the
 * live database is altered by hand after A is created, as a team's database
 * is after someone ran SQL outside the migrations, and B is A's models
 * unchanged.  The diff must plan exactly the way back: its up brings the
 * catalog to the models (a fixpoint after it), its down back to the
 * hand-altered catalog, the rows kept.  What is altered (a pair takes one to
 * three of these, rpair.drift):
 *   - a serial's sequence given other options (INCREMENT, CACHE, MAXVALUE,
 *     START) or renamed (a serial matches any nextval() default, docs/diff.md:
 *     a rename alone must plan nothing);
 *   - a sequence of the models given other options (INCREMENT, CACHE,
 *     MAXVALUE or MINVALUE, CYCLE);
 *   - an identity's options (ALTER COLUMN ... SET INCREMENT BY, SET CACHE,
 *     SET MAXVALUE, SET START, with a RESTART);
 *   - a domain's check dropped;
 *   - a table's or a column's comment set, changed or removed;
 *   - a trigger disabled or enabled another way;
 *   - a default function's or a trigger function's body replaced (CREATE OR
 *     REPLACE);
 *   - a view replaced by a query of the same columns, or given one more column;
 *   - a serial's sequence owned by nothing;
 *   - a domain given a check of its own, NOT VALID;
 *   - an identity made ALWAYS or BY DEFAULT the other way.
 * A sequence's current value is data: a RESTART only goes forward, and
 * nothing compares it.  The SQL is written when the pair runs (drift_sql),
 * from A's objects and the seed, so a shrunk pair alters what it still has.
 */
#include "random_pair.h"

#include <stdio.h>
#include <string.h>

enum {
	DR_SERIAL_OPTS = 1,
	DR_SERIAL_RENAME = 2,
	DR_SEQ_OPTS = 4,
	DR_IDENTITY = 8,
	DR_DOMAIN_CHECK = 16,
	DR_COMMENT = 32,
	DR_TRIGGER = 64,
	DR_FUNCTION = 128,
	DR_VIEW = 256,
	DR_SERIAL_OWNER = 512,
	DR_VIEW_COLUMN = 1024,
	DR_DOMAIN_NOT_VALID = 2048,
	DR_IDENTITY_KIND = 4096,
	DR_KINDS = 13
};

/* ---- what A has that a hand may alter ---- */

static int count_cols(const rschema *s, bool serial)
{
	int n = 0;
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++)
			n += serial ? s->tables[ti].cols[i].serial : s->tables[ti].cols[i].identity != 0;
	return n;
}

/* The n-th serial (identity) column of s, with its table. */
static const rcol *nth_col(const rschema *s, bool serial, int n, const rtable **t)
{
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++) {
			const rcol *c = &s->tables[ti].cols[i];
			if ((serial ? c->serial : c->identity != 0) && n-- == 0) {
				*t = &s->tables[ti];
				return c;
			}
		}
	return NULL;
}

static int count_domain_checks(const rschema *s)
{
	int n = 0;
	for (int i = 0; i < s->ndomains; i++)
		n += s->domains[i].check != 0;
	return n;
}

static int count_triggers(const rschema *s)
{
	int n = 0;
	for (int ti = 0; ti < s->ntables; ti++)
		n += s->tables[ti].ntrigs;
	return n;
}

/* Functions whose body a hand may replace: default functions and trigger functions. */
static bool replaceable(const rfunc *f)
{
	return f->role == R_DEFAULT || f->role == R_TRIGGER;
}

static int count_funcs(const rschema *s)
{
	int n = 0;
	for (int i = 0; i < s->nfuncs; i++)
		n += replaceable(&s->funcs[i]);
	return n;
}

/* Plain views without a check option (a query over a subquery is not auto-updatable). */
static int count_views(const rschema *s)
{
	int n = 0;
	for (int i = 0; i < s->nviews; i++)
		n += !s->views[i].mat && !s->views[i].check_option;
	return n;
}

static int applicable(const rschema *s)
{
	int m = 0;
	if (count_cols(s, true))
		m |= DR_SERIAL_OPTS | DR_SERIAL_RENAME | DR_SERIAL_OWNER;
	if (s->nseqs)
		m |= DR_SEQ_OPTS;
	if (count_cols(s, false))
		m |= DR_IDENTITY | DR_IDENTITY_KIND;
	if (s->ndomains)
		m |= DR_DOMAIN_NOT_VALID;
	if (count_domain_checks(s))
		m |= DR_DOMAIN_CHECK;
	if (s->ntables)
		m |= DR_COMMENT;
	if (count_triggers(s))
		m |= DR_TRIGGER;
	if (count_funcs(s))
		m |= DR_FUNCTION;
	if (count_views(s))
		m |= DR_VIEW | DR_VIEW_COLUMN;
	return m;
}

/* ---- the class ---- */

/* A new NOT NULL column of an integer type, serial (else identity), in a table with room. */
static void add_counter_column(rschema *a, bool serial)
{
	rtable *t = roomy_table(a, 1);
	rcol *c = t ? add_column_of(a, t, 1 + pick(2)) : NULL;
	if (c)
		ed_identity(c, serial ? 1 : 2 + pick(2));
}

void drift_prepare(rschema *a, rfocus *f)
{
	(void)f;
	if (chance(60))
		add_counter_column(a, true);
	if (chance(50))
		add_counter_column(a, false);
	if (chance(40))
		add_random_sequence(a);
	if (chance(40)) {
		rdomain *d = add_random_domain(a);
		if (d) {
			d->check = 1 + pick(2);
			add_domain_column(a, d, NULL);
		}
	}
	if (chance(40)) {
		rfunc *fn = add_random_func(a, R_TRIGGER);
		if (fn && a->ntables)
			add_random_trigger(a, &a->tables[pick(a->ntables)], fn->name);
	}
	if (chance(40))
		add_func_with_callers(a, R_DEFAULT);
	if (chance(40))
		add_view_somewhere(a);
}

void drift_edit(rschema *b, rfocus *f)
{
	int can = applicable(b), kinds[DR_KINDS], n = 0;
	for (int k = 0; k < DR_KINDS; k++)
		if (can & (1 << k))
			kinds[n++] = 1 << k;
	for (int want = 1 + pick(3); want > 0 && n > 0; want--) {
		int i = pick(n);
		f->drift |= kinds[i];
		kinds[i] = kinds[--n];
	}
}

/* ---- the SQL a hand runs ---- */

/* A small seeded generator of its own, so that rendering does not move the model generator's state. */
static uint64_t dnext(uint64_t *st)
{
	uint64_t z = (*st += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static int dpick(uint64_t *st, int n)
{
	return n > 0 ? (int)(dnext(st) % (uint64_t)n) : 0;
}

/* An identifier as a SQL string literal of its quoted form: '"tbl 1"' (names hold no single quote). */
static void ident_literal(char *out, size_t len, const char *name)
{
	char id[NAMELEN + 4];
	sql_ident(id, sizeof(id), name);
	snprintf(out, len, "'%s'", id);
}

/* The options a sequence of integer type `type` (0 bigint, 1 integer, 2 smallint) may take by hand; ascending. */
static void sequence_options(sg_strbuf *sql, uint64_t *st, bool smallint, bool identity)
{
	int n = 0;
	const char *set = identity ? "SET " : "";
	if (dpick(st, 2)) {
		sg_strbuf_addf(sql, " %sINCREMENT BY %d", set, 2 + dpick(st, 8));
		n++;
	}
	if (dpick(st, 2)) {
		sg_strbuf_addf(sql, " %sCACHE %d", set, 2 + dpick(st, 20));
		n++;
	}
	if (dpick(st, 2)) {
		sg_strbuf_addf(sql, " %sMAXVALUE %d", set, smallint ? 30000 : 900000);
		n++;
	}
	if (!n || dpick(st, 3) == 0)
		sg_strbuf_addf(sql, " %sSTART WITH %d", set, 1 + dpick(st, 50));
	if (identity && dpick(st, 2))
		sg_strbuf_adds(sql, " RESTART WITH 1000");
}

static bool is_smallint(const rcol *c)
{
	return c->type >= 0 && strcmp(rtypes[c->type].canon, "smallint") == 0;
}

static void drift_serial(sg_strbuf *sql, const rschema *a, uint64_t *st, int kind)
{
	bool rename = kind == DR_SERIAL_RENAME;
	const rtable *t = NULL;
	const rcol *c = nth_col(a, true, dpick(st, count_cols(a, true)), &t);
	char tl[NAMELEN + 8];
	ident_literal(tl, sizeof(tl), t->name);
	sg_strbuf_addf(sql, "DO $d$ BEGIN EXECUTE format('ALTER SEQUENCE %%s");
	if (rename)
		sg_strbuf_addf(sql, " RENAME TO %%I', pg_get_serial_sequence(%s, '%s'), 'by_hand_%d'); END $d$;\n", tl,
			       c->name, dpick(st, 1000));
	else if (kind == DR_SERIAL_OWNER)
		sg_strbuf_addf(sql, " OWNED BY NONE', pg_get_serial_sequence(%s, '%s')); END $d$;\n", tl, c->name);
	else {
		sg_strbuf sb = SG_STRBUF_INIT;
		sequence_options(&sb, st, is_smallint(c), false);
		sg_strbuf_addf(sql, "%s', pg_get_serial_sequence(%s, '%s')); END $d$;\n", sb.data, tl, c->name);
		sg_strbuf_release(&sb);
	}
}

static void drift_sequence(sg_strbuf *sql, const rschema *a, uint64_t *st)
{
	const rseq *q = &a->seqs[dpick(st, a->nseqs)];
	char qn[NAMELEN + 4];
	sql_ident(qn, sizeof(qn), q->name);
	sg_strbuf_addf(sql, "ALTER SEQUENCE %s", qn);
	int n = 0;
	if (dpick(st, 2)) {
		sg_strbuf_addf(sql, " INCREMENT BY %d", q->increment < 0 ? -2 - dpick(st, 5) : q->increment + 1);
		n++;
	}
	if (dpick(st, 2)) {
		sg_strbuf_addf(sql, " CACHE %d", q->cache + 2);
		n++;
	}
	if (dpick(st, 2)) {
		if (q->increment < 0)
			sg_strbuf_adds(sql, " MINVALUE -20000");
		else
			sg_strbuf_addf(sql, " MAXVALUE %d", q->max ? 25000 : 20000);
		n++;
	}
	if (!n)
		sg_strbuf_adds(sql, q->cycle ? " NO CYCLE" : " CYCLE");
	sg_strbuf_adds(sql, ";\n");
}

static void drift_identity(sg_strbuf *sql, const rschema *a, uint64_t *st)
{
	const rtable *t = NULL;
	const rcol *c = nth_col(a, false, dpick(st, count_cols(a, false)), &t);
	char tn[NAMELEN + 4], cn[NAMELEN + 4];
	sql_ident(tn, sizeof(tn), t->name);
	sql_ident(cn, sizeof(cn), c->name);
	sg_strbuf_addf(sql, "ALTER TABLE %s ALTER COLUMN %s", tn, cn);
	sequence_options(sql, st, is_smallint(c), true);
	sg_strbuf_adds(sql, ";\n");
}

static void drift_domain_check(sg_strbuf *sql, const rschema *a, uint64_t *st)
{
	int n = dpick(st, count_domain_checks(a));
	const rdomain *d = NULL;
	for (int i = 0; i < a->ndomains && !d; i++)
		if (a->domains[i].check && n-- == 0)
			d = &a->domains[i];
	char dl[NAMELEN + 8];
	ident_literal(dl, sizeof(dl), d->name);
	sg_strbuf_addf(sql,
		       "DO $d$ DECLARE c name; BEGIN SELECT conname INTO c FROM pg_constraint WHERE contypid = "
		       "%s::regtype AND contype = 'c' ORDER BY conname LIMIT 1; EXECUTE format('ALTER DOMAIN %%s DROP "
		       "CONSTRAINT %%I', %s::regtype, c); END $d$;\n",
		       dl, dl);
}

static void drift_domain_not_valid(sg_strbuf *sql, const rschema *a, uint64_t *st)
{
	char dn[NAMELEN + 4];
	sql_ident(dn, sizeof(dn), a->domains[dpick(st, a->ndomains)].name);
	sg_strbuf_addf(
	    sql, "ALTER DOMAIN %s ADD CONSTRAINT by_hand_check CHECK (VALUE IS NOT NULL OR VALUE IS NULL) NOT VALID;\n",
	    dn);
}

static void drift_identity_kind(sg_strbuf *sql, const rschema *a, uint64_t *st)
{
	const rtable *t = NULL;
	const rcol *c = nth_col(a, false, dpick(st, count_cols(a, false)), &t);
	char tn[NAMELEN + 4], cn[NAMELEN + 4];
	sql_ident(tn, sizeof(tn), t->name);
	sql_ident(cn, sizeof(cn), c->name);
	sg_strbuf_addf(sql, "ALTER TABLE %s ALTER COLUMN %s SET GENERATED %s;\n", tn, cn,
		       c->identity == 1 ? "BY DEFAULT" : "ALWAYS");
}

static void drift_comment(sg_strbuf *sql, const rschema *a, uint64_t *st)
{
	const rtable *t = &a->tables[dpick(st, a->ntables)];
	char tn[NAMELEN + 4], cn[NAMELEN + 4];
	sql_ident(tn, sizeof(tn), t->name);
	if (t->ncols && dpick(st, 2)) {
		const rcol *c = &t->cols[dpick(st, t->ncols)];
		sql_ident(cn, sizeof(cn), c->name);
		sg_strbuf_addf(sql, "COMMENT ON COLUMN %s.%s IS %s;\n", tn, cn,
			       c->comment && dpick(st, 2) ? "NULL" : "'set by hand'");
	} else
		sg_strbuf_addf(sql, "COMMENT ON TABLE %s IS %s;\n", tn,
			       t->comment && dpick(st, 2) ? "NULL" : "'set by hand'");
}

static void drift_trigger(sg_strbuf *sql, const rschema *a, uint64_t *st)
{
	int n = dpick(st, count_triggers(a));
	for (int ti = 0; ti < a->ntables; ti++)
		for (int i = 0; i < a->tables[ti].ntrigs; i++)
			if (n-- == 0) {
				const rtrig *g = &a->tables[ti].trigs[i];
				static const char *const forms[] = {"ENABLE", "DISABLE", "ENABLE REPLICA",
								    "ENABLE ALWAYS"};
				int to = (g->enabled + 1 + dpick(st, 3)) % 4;
				char tn[NAMELEN + 4], gn[NAMELEN + 4];
				sql_ident(tn, sizeof(tn), a->tables[ti].name);
				sql_ident(gn, sizeof(gn), g->name);
				sg_strbuf_addf(sql, "ALTER TABLE %s %s TRIGGER %s;\n", tn, forms[to], gn);
				return;
			}
}

static void drift_function(sg_strbuf *sql, const rschema *a, uint64_t *st)
{
	int n = dpick(st, count_funcs(a));
	const rfunc *f = NULL;
	for (int i = 0; i < a->nfuncs && !f; i++)
		if (replaceable(&a->funcs[i]) && n-- == 0)
			f = &a->funcs[i];
	char fn[NAMELEN + 4];
	sql_ident(fn, sizeof(fn), f->name);
	if (f->role == R_TRIGGER)
		sg_strbuf_addf(sql,
			       "CREATE OR REPLACE FUNCTION %s() RETURNS trigger LANGUAGE plpgsql AS $b$ BEGIN PERFORM "
			       "%d; RETURN COALESCE(NEW, OLD); END $b$;\n",
			       fn, 100 + dpick(st, 100));
	else if (dpick(st, 2))
		sg_strbuf_addf(sql, "CREATE OR REPLACE FUNCTION %s() RETURNS %s LANGUAGE sql RETURN %d;\n", fn,
			       f->big ? "bigint" : "integer", 4000 + dpick(st, 1000));
	else
		sg_strbuf_addf(sql,
			       "CREATE OR REPLACE FUNCTION %s() RETURNS %s LANGUAGE plpgsql STABLE AS $b$ BEGIN RETURN "
			       "%d; END $b$;\n",
			       fn, f->big ? "bigint" : "integer", 4000 + dpick(st, 1000));
}

static void drift_view(sg_strbuf *sql, const rschema *a, uint64_t *st, bool column)
{
	int n = dpick(st, count_views(a));
	const rview *v = NULL;
	for (int i = 0; i < a->nviews && !v; i++)
		if (!a->views[i].mat && !a->views[i].check_option && n-- == 0)
			v = &a->views[i];
	char vl[NAMELEN + 8];
	ident_literal(vl, sizeof(vl), v->name);
	if (column)
		sg_strbuf_addf(
		    sql,
		    "DO $d$ BEGIN EXECUTE format('CREATE OR REPLACE VIEW %%s AS SELECT *, %d AS by_hand FROM (%%s) "
		    "AS by_hand', %s::regclass, rtrim(pg_get_viewdef(%s::regclass), ';')); END $d$;\n",
		    dpick(st, 9), vl, vl);
	else
		sg_strbuf_addf(
		    sql,
		    "DO $d$ BEGIN EXECUTE format('CREATE OR REPLACE VIEW %%s AS SELECT * FROM (%%s) AS by_hand "
		    "WHERE %d > 0', %s::regclass, rtrim(pg_get_viewdef(%s::regclass), ';')); END $d$;\n",
		    1 + dpick(st, 9), vl, vl);
}

bool drift_sql(const rpair *p, sg_strbuf *sql)
{
	const rschema *a = &p->a;
	int can = applicable(a);
	bool seen = false;
	uint64_t st = p->seed ^ 0xD41F7ull;
	for (int k = 0; k < DR_KINDS; k++) {
		int kind = 1 << k;
		if (!(p->drift & kind) || !(can & kind))
			continue;
		seen |= kind != DR_SERIAL_RENAME;
		switch (kind) {
		case DR_SERIAL_OPTS:
		case DR_SERIAL_RENAME:
		case DR_SERIAL_OWNER:
			drift_serial(sql, a, &st, kind);
			break;
		case DR_DOMAIN_NOT_VALID:
			drift_domain_not_valid(sql, a, &st);
			break;
		case DR_IDENTITY_KIND:
			drift_identity_kind(sql, a, &st);
			break;
		case DR_VIEW_COLUMN:
			drift_view(sql, a, &st, true);
			break;
		case DR_SEQ_OPTS:
			drift_sequence(sql, a, &st);
			break;
		case DR_IDENTITY:
			drift_identity(sql, a, &st);
			break;
		case DR_DOMAIN_CHECK:
			drift_domain_check(sql, a, &st);
			break;
		case DR_COMMENT:
			drift_comment(sql, a, &st);
			break;
		case DR_TRIGGER:
			drift_trigger(sql, a, &st);
			break;
		case DR_FUNCTION:
			drift_function(sql, a, &st);
			break;
		default:
			drift_view(sql, a, &st, false);
			break;
		}
	}
	return seen;
}
