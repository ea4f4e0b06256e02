/*
 * The randomized diff suite's model of a schema (test_diff_random.c): a
 * seeded generator builds random schemas as plain structs, keeps them valid
 * for the models loader (sanitize), and writes them as YAML.  Every table,
 * column, constraint and index carries an id that survives edits, so two
 * schemas A and B (B an edit of A) say which objects are the same: a renamed
 * column keeps its id, a dropped one has no counterpart.  Edits live in
 * random_edit.c, seeded rows in random_rows.c.
 */
#ifndef SG_TEST_RANDOM_MODEL_H
#define SG_TEST_RANDOM_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "strbuf.h"

/* ---- the seeded generator (splitmix64) ---- */

extern uint64_t rnd_state;
uint64_t rnd_next(void);
int pick(int n); /* 0 .. n-1 */
bool chance(int percent);

/* ---- types ---- */

typedef enum fam { F_NUM, F_TXT, F_BOOL, F_TS, F_DATE, F_UUID, F_JSONB, F_TXTARR, F_INTARR, F_INTERVAL, F_ENUM } fam;

typedef struct rtype {
	const char *canon; /* what format_type prints; equal canon is an equal type */
	fam family;
	bool intlike; /* smallint, integer, bigint: identity and serial are possible */
	const char *spell[3];
} rtype;

extern const rtype rtypes[];
extern const int NTYPES;
#define T_INTEGER 1
#define T_BIGINT 2
#define T_TEXT 7
#define T_TIMESTAMPTZ 12 /* then timestamp(3), date */
#define T_UUID 15

/* ---- the schema ---- */

#define NAMELEN 40
#define MAXT 8
#define MAXC 12
#define MAXK 4
#define MAXE 4
#define MAXV 8
#define MAXD 4

typedef char rname[NAMELEN];

/*
 * A constant of a domain or enum of the models, written `(LIT)::TYPE`
 * (random_typerefs.c): what other domains' defaults and checks, triggers'
 * WHENs and functions' signatures name; type "" when none.
 */
typedef struct rtref {
	rname type;
	char lit[20]; /* "7", "'d'", or an enum value as a quoted literal */
} rtref;

/* Stored generated columns: the expression casts its sources to text, so it stays valid when they are retyped. */
typedef enum rgen { G_NONE = 0, G_TEXT, G_LEN, G_CONCAT } rgen;

typedef struct rcol {
	int id;
	rname name, renamed_from;
	int type;	 /* index in rtypes, -1 for an enum */
	rname enum_name; /* when type == -1 */
	bool array;	 /* an enum array */
	char spell[64];
	bool nullable;
	char dflt[96]; /* "" when none */
	int identity;  /* 0 none, 1 always, 2 by default */
	/*
	 * The identity's sequence options (0: PostgreSQL's default), written as
	 * `identity: { generated, start, ... }` when any is set or id_map.
	 */
	bool id_map, id_cycle;
	int id_start, id_inc, id_cache, id_max, id_min;
	bool serial;
	bool comment;
	char coll[16];	/* collation, "" for the type's default */
	int gen;	/* rgen */
	rname gsrc[2];	/* the columns a generated column reads (gsrc[1] only for G_CONCAT) */
	int using_from; /* B only: 1 + A's type index when the type changed, written as using/using_down */
	bool retyped;	/* B only: the class changed its type (using_from is A's type, set at the first change) */
	rname domain;	/* the column is of this domain (of base type `type`), "" when not */
	rname gdom;	/* generated (G_LEN over an integer domain, G_TEXT over a text one): cast to it */
	int conv;	/* B only, with using_from: a conversion of its own written out (CONV_*, random_keys.c) */
} rcol;

typedef struct rcheck {
	int id;
	/*
	 * 0: a > 0, 1: a <> 42, 2: a < b, 3: a <> '', 4: length(a) < 100, 5: a LIKE 'x%', 6: fn((a)::text),
	 * 7: a cast to domain dom that always holds (random_links.c), 8: fn(a) with fn a predicate taking a's
	 * domain or enum (random_typerefs.c)
	 */
	int kind;
	rname a, b;
	rname fn;  /* kind 6: a predicate function of the models (random_code.c), always true or NULL */
	rname dom; /* kind 7 */
	bool dtxt; /* kind 7: dom's base is text */
	bool not_valid, no_inherit;
} rcheck;

typedef struct ridx {
	int id;
	rname col;
	int kind; /* 0 plain, 1 DESC, 2 lower(col), 3 abs(col), 4 DESC NULLS LAST, 5 fn((col)::text), 6 a domain cast */
	bool unique, partial;
	rname fn;   /* kind 5: an immutable predicate function of the models */
	rname dom;  /* kind 6: the domain cast to (random_links.c) */
	bool dtxt;  /* kind 6: dom's base is text */
	rname col2; /* second column, "" when none */
} ridx;

typedef struct rkey {
	int id;
	rname cols[2];
	int n;
	bool deferrable, initially_deferred;
	rname name; /* "" for the default name */
} rkey;

typedef struct rfk {
	int id;
	rname cols[2];
	int n;
	rname ref_table;
	rname ref_cols[2];
	int on_delete, on_update;
	bool deferrable, initially_deferred, omit_ref_cols, shorthand, not_valid;
	bool match_full; /* MATCH FULL: the key's columns all NULL or none */
} rfk;

/*
 * A trigger of its table or view (random_triggers.c): it calls a trigger
 * function of the models that changes no row, so the seeded rows stay as
 * they are.
 */
#define MAXTR 2
enum { EV_INSERT = 1, EV_UPDATE = 2, EV_DELETE = 4, EV_TRUNCATE = 8 };
typedef struct rtrig {
	int id;
	rname name;
	rname fn;      /* the trigger function */
	bool after;    /* else before */
	int events;    /* EV_* */
	bool row;      /* for each row, else statement (truncate: statement only) */
	rname upd_col; /* "update of" this column, "" for every column */
	/*
	 * row only: 0 none, 1 NEW.col IS NOT NULL (no delete), 2 OLD.col IS DISTINCT FROM NEW.col (update),
	 * 3 as 1 OR a constant of wref's type tested: `(LIT)::D IS NULL`, an enum's `(LIT)::E <> (LIT)::E`
	 */
	int when;
	rname when_col;
	rtref wref;
	int enabled;	 /* 0 true (the default), 1 false, 2 replica, 3 always (a view's: 0) */
	bool deferrable; /* a constraint trigger's DEFERRABLE (initially_deferred: INITIALLY DEFERRED too) */
	bool initially_deferred;
	bool constraint;    /* CREATE CONSTRAINT TRIGGER: after, for each row, no transition tables */
	rname from;	    /* a constraint trigger's FROM table, "" for none */
	int refs;	    /* transition tables (after, one event, no update of): 1 OLD TABLE, 2 NEW TABLE */
	bool instead;	    /* INSTEAD OF (a view's, for each row) */
	rname renamed_from; /* the name of A's trigger it continues, "" for none */
} rtrig;

typedef struct rtable {
	int id;
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
	rtrig trigs[MAXTR];
	int ntrigs;
} rtable;

typedef struct renum {
	rname name;
	char values[MAXV][16];
	int nvalues;
} renum;

/*
 * A domain: its base is an rtypes index (integer, bigint or text); its checks
 * hold for every value the rows use (kind 1: `VALUE = VALUE`, 2: a base
 * type's other always-true test), so the seeded rows never violate them.
 */
typedef struct rdomain {
	rname name, renamed_from;
	int base;
	bool notnull, dflt, comment;
	int check; /* 0 none, 1, 2 */
	/* Its default (a domain of the same base family, or any type when its base is text) and/or its check cast a
	 * constant to another domain or an enum (random_typerefs.c). */
	rtref ref;
	bool ref_dflt, ref_check;
} rdomain;
/* A sequence of its own (issue 13); a column reads it with the default "nextval('NAME')". */
#define MAXS 4
typedef struct rseq {
	int id;
	rname name, renamed_from;
	int type; /* 0 bigint, 1 integer, 2 smallint */
	int increment, cache;
	long long start, max; /* 0: PostgreSQL's default */
	bool cycle, comment;
	rname owner_table, owner_col; /* "" when owned by nothing */
	bool keep_owner; /* owned by a NOT NULL column that reads it (not serial's name: its own; random_keys.c) */
} rseq;

/*
 * Functions and procedures of the models (random_code.c), by role: what
 * calls them decides their signature, and every body keeps its callers'
 * results (a predicate is true or NULL, a default function returns a small
 * integer, a trigger function changes nothing).
 */
#define MAXF 6
typedef enum rrole { R_PRED, R_DEFAULT, R_TRIGGER, R_PROC } rrole;
typedef struct rfunc {
	int id;
	rname name, renamed_from;
	int role;	 /* rrole */
	int lang;	 /* 0 sql RETURN, 1 sql $$ SELECT $$, 2 sql BEGIN ATOMIC, 3 plpgsql (trigger functions: 3) */
	int body;	 /* a variant of the body's expression */
	int vol;	 /* 0 volatile, 1 stable, 2 immutable (functions only) */
	bool strict;	 /* functions only */
	bool secdef;	 /* SECURITY DEFINER with SET search_path */
	bool extra_arg;	 /* R_PRED: a second argument with a default (other argument types) */
	bool int_arg;	 /* R_PRED: an overload on integer instead of text (no caller calls it) */
	bool big;	 /* R_DEFAULT: returns bigint instead of integer */
	char argname[8]; /* the argument's name */
	int spelling;	 /* how the statement is written: case and spaces (no change to the function) */
	/* What the body (R_DEFAULT) or the argument's default (R_PRED, extra_arg) reads (random_links.c): */
	rname seq;    /* R_DEFAULT: a sequence of the models, by nextval() or by currval() in a branch never taken */
	bool currval; /* seq: currval() */
	rname callee; /* another R_DEFAULT function (one that calls none and reads no view) */
	rname view;   /* R_DEFAULT: a view counted (no column default calls such a function) */
	/*
	 * R_PRED: its argument is of this domain or enum (called by checks `fn(col)` on a column of it, views
	 * `fn((LIT)::T)`); R_DEFAULT: it returns `(LIT)::T` (random_typerefs.c).  "" type when neither.
	 */
	rtref tref;
} rfunc;

/* A view or materialized view reading a table or another view. */
#define MAXW 4
#define MAXWC 4
typedef struct rview {
	int id;
	rname name, renamed_from;
	bool mat;
	rname src;	    /* the table or view it reads */
	rname cols[MAXWC];  /* the source's columns it selects */
	rname alias[MAXWC]; /* their names in the view, "" for the column's */
	int ncols;
	rname fn;	  /* a predicate function called on cols[0] as column "fn_out", "" for none */
	int where;	  /* 0 none, 1 cols[0] IS NOT NULL, 2 true */
	bool barrier;	  /* security_barrier (plain views) */
	int check_option; /* 0 none, 1 local, 2 cascaded (plain views over a table, no fn) */
	bool comment;
	rname idx_col[2];   /* materialized: indexes on these output columns ("" none) */
	int spelling;	    /* how the query is written */
	rtrig trigs[MAXTR]; /* a plain view's: INSTEAD OF for each row, or before/after for each statement */
	int ntrigs;
} rview;

typedef struct rschema {
	renum enums[MAXE];
	int nenums;
	rdomain domains[MAXD];
	int ndomains;
	rseq seqs[MAXS];
	int nseqs;
	rtable tables[MAXT];
	int ntables;
	rfunc funcs[MAXF];
	int nfuncs;
	rview views[MAXW];
	int nviews;
	int counter; /* fresh names and ids */
} rschema;

extern const char *const fk_actions[];

/* ---- names and lookups ---- */

void fresh_table_name(rschema *s, char *out);
void fresh_column_name(rschema *s, rtable *t, char *out);
int fresh_id(rschema *s);
/* An identifier as SQL text, quoted when needed. */
void sql_ident(char *out, size_t len, const char *name);

rtable *find_table(rschema *s, const char *name);
rtable *find_table_id(rschema *s, int id);
rcol *find_col(rtable *t, const char *name);
rcol *find_col_id(rtable *t, int id);
renum *find_enum(rschema *s, const char *name);
fam col_family(const rcol *c);
bool same_type(const rcol *a, const rcol *b);
bool is_pk_col(const rtable *t, const char *col);
/* Whether any FK of the schema uses column `col` of table `t` (either side). */
bool in_fk(rschema *s, const rtable *t, const char *col);
/* Whether a CHECK or an expression index reads the column. */
bool in_check_or_expr_index(const rtable *t, const char *col);
/* Whether a PRIMARY KEY, UNIQUE constraint or unique index has the column. */
bool in_unique(const rtable *t, const char *col);
/* Whether a generated column of the table reads the column. */
bool read_by_generated(const rtable *t, const char *col);
/* Whether any column of the schema has this enum as its type. */
bool enum_used(rschema *s, const char *name);

rseq *find_seq(rschema *s, const char *name);
/* The sequence a column's default reads ("nextval('NAME')"), or NULL. */
rseq *seq_read_by(rschema *s, const rcol *c);
/* The default that reads sequence q: "nextval('NAME')", the name quoted as SQL needs. */
void seq_default(char *out, size_t len, const rseq *q);

/* ---- building ---- */

void set_spelling(rcol *c);
void random_default(rschema *s, rcol *c);
void random_type(rschema *s, rcol *c);
rcol *add_random_column(rschema *s, rtable *t);
/* A new plain column of the given type; NULL when the table is full. */
rcol *add_column_of(rschema *s, rtable *t, int type);
/* A stored generated column of kind g reading src (and src2 for G_CONCAT); NULL when full. */
rcol *add_generated_column(rschema *s, rtable *t, int g, const char *src, const char *src2);
/* Make `c` generated (kind g, type to match) from src/src2. */
void make_generated(rcol *c, int g, const char *src, const char *src2);
/* Whether a column can be read by a generation expression. */
bool can_feed_generated(const rcol *c);
void add_random_check(rschema *s, rtable *t);
void add_random_index(rschema *s, rtable *t);
void add_random_unique(rschema *s, rtable *t);
void add_random_pk(rschema *s, rtable *t);
void add_fk_to(rschema *s, rtable *t, rtable *target);
void add_random_enum(rschema *s);
/* A new sequence (random options), read by a new or an existing integer column of a table, maybe owned. */
rseq *add_random_sequence(rschema *s);
void add_random_table(rschema *s);
void random_schema(rschema *s);

void drop_at(void *array, int *n, int i, size_t size);
/* Drop column `i` of `t` and every constraint, index and generated column that reads it. */
void drop_column(rschema *s, rtable *t, int i);
/* Follow a column rename in keys, checks, indexes, foreign keys and generation expressions. */
void rename_column_refs(rschema *s, rtable *t, const char *from, const char *to);
/* Follow a table rename in the foreign keys that reference it. */
void rename_table_refs(rschema *s, const char *from, const char *to);

/*
 * Remove what the loader would refuse after an edit: references to columns,
 * tables and enum values that are gone, foreign keys whose target key
 * changed, keys repeated, identity or serial where they cannot be, generated
 * columns whose sources went away.
 */
void sanitize(rschema *s);

/* ---- functions, views, triggers (random_code.c) ---- */

/* Copy a name within one schema (the two may be parts of one struct). */
void name_copy(char *dst, const char *src);
rfunc *find_func(rschema *s, const char *name, int role);
rview *find_view(rschema *s, const char *name);
rview *find_view_id(rschema *s, int id);
rfunc *find_func_id(rschema *s, int id);
/* A new function of `role` (random options); NULL when full. */
rfunc *add_random_func(rschema *s, int role);
/* A new view reading table or view `src` (a few of its columns); NULL when full or `src` has none. */
rview *add_random_view(rschema *s, const char *src, bool mat);
/* A new trigger on t calling trigger function fn (random_triggers.c); NULL when full. */
rtrig *add_random_trigger(rschema *s, rtable *t, const char *fn);
/* A new trigger on plain view v calling fn: INSTEAD OF for each row, or for each statement; NULL when full. */
rtrig *add_view_trigger(rschema *s, rview *v, const char *fn);
/* The output name of column k of view v. */
const char *view_out(const rview *v, int k);
/* The columns a view's source has, by name (a table's or a view's outputs); false when the source is gone. */
bool source_has(rschema *s, const char *src, const char *col);
/* Follow a rename of an output of table or view `src` in the views that read it. */
void views_follow_column(rschema *s, const char *src, const char *from, const char *to);
/* Follow a table or view rename in views. */
void views_follow_relation(rschema *s, const char *from, const char *to);
/* Follow a function rename in its callers (defaults, checks, indexes, views, triggers). */
void funcs_follow_rename(rschema *s, const char *from, const char *to, int role);
/* Remove what refers to functions, views, columns that are gone; options that no longer fit. */
void sanitize_code(rschema *s);
void write_functions(sg_strbuf *sb, const rschema *s);
void write_views(sg_strbuf *sb, const rschema *s);
/* The `triggers:` list of a table or view (its keys indented four spaces). */
void write_triggers(sg_strbuf *sb, const rtrig *list, int n);
/* A table's triggers, a view's, made valid for the loader (their functions gone: dropped; random_triggers.c). */
void sanitize_triggers(rschema *s, rtable *t);
void sanitize_view_triggers(rschema *s, rview *v);
/* A YAML double-quoted scalar (random_yaml.c). */
void yq(sg_strbuf *sb, const char *text);
/* The default text that calls default function f: `fn()`. */
void func_call_default(char *out, size_t len, const rfunc *f);

/* ---- domain casts, functions reading sequences, views and functions (random_links.c) ---- */

rdomain *find_domain(rschema *s, const char *name);
/* The default that casts a constant to domain d: `7::d` or `'d'::d`. */
void domain_default(char *out, size_t len, const rdomain *d);
/* The domain a column default casts a constant to, or NULL. */
rdomain *default_domain(rschema *s, const rcol *c);
/* Follow a domain rename in the columns of it and the casts to it. */
void domain_follow(rschema *s, const char *from, const char *to, int base);
/*
 * Rename domain d to `prefix` and a fresh number, its columns and casts following; renamed_from is set when its
 * old name is one A gave (starts with `original`) and it has none yet.
 */
void domain_rename(rschema *s, rdomain *d, const char *prefix, const char *original);
/* Follow a sequence or view rename in the functions that read it. */
void funcs_follow_sequence(rschema *s, const char *from, const char *to);
void funcs_follow_view(rschema *s, const char *from, const char *to);
/* Drop the casts, reads and calls whose target is gone or no longer fits (part of sanitize_code). */
void sanitize_links(rschema *s);
/* The terms a default function's expression gets for what it reads (seq, callee, view): "" when none. */
void func_link_terms(char *out, size_t len, const rfunc *f);

/* ---- constants of domains and enums named by domains, triggers, functions (random_typerefs.c) ---- */

/* `(LIT)::TYPE`, TYPE quoted as SQL needs. */
void tref_text(char *out, size_t len, const rtref *r);
/* The domain or enum a constant of which r names: whether it exists. */
bool tref_exists(rschema *s, const rtref *r);
/* Follow a domain rename (to: NULL when it is gone) in the references to it. */
void trefs_follow(rschema *s, const char *from, const char *to);
/* The text of domain d's default and of its check ("" when none). */
void domain_default_text(char *out, size_t len, const rdomain *d);
void domain_check_text(char *out, size_t len, const rdomain *d);
/* Drop or fix the references whose type is gone, whose literal is no longer a value, that no longer fit. */
void sanitize_trefs(rschema *s);
/* Trigger WHEN kind 3 on NEW.col (col quoted): `NEW.col IS NOT NULL OR ...` a constant of r's type tested. */
void when_tref_text(char *out, size_t len, const char *col, const rtref *r);
/* Whether column c may have the default `f()` as far as f's result type goes (true for untyped f). */
bool tref_default_fits(rschema *s, const rfunc *f, const rcol *c);

/* ---- conversions of their own (random_keys.c) ---- */

enum { CONV_NONE = 0, CONV_INT_UUID = 1 }; /* integer -> uuid: lpad(to_hex(x::bigint), 32, '0')::uuid and back */
/*
 * The SQL text that converts `x` (an expression of type rtypes[from]) to
 * rtypes[to] by conversion `conv`; `down`: from rtypes[to] back to rtypes[from].
 */
void conv_text(char *out, size_t len, int conv, const char *x, int from, bool down);

/* ---- YAML ---- */

void write_yaml(sg_strbuf *sb, const rschema *s);
/* The SQL text of a check and of a generation expression. */
void check_text(char *out, size_t len, const rcheck *k);
void generated_text(char *out, size_t len, const rcol *c);

#endif
