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
	bool serial;
	bool comment;
	char coll[16];	/* collation, "" for the type's default */
	int gen;	/* rgen */
	rname gsrc[2];	/* the columns a generated column reads (gsrc[1] only for G_CONCAT) */
	int using_from; /* B only: 1 + A's type index when the type changed, written as using/using_down */
	rname domain;	/* the column is of this domain (of base type `type`), "" when not */
} rcol;

typedef struct rcheck {
	int id;
	int kind; /* 0: a > 0, 1: a <> 42, 2: a < b, 3: a <> '', 4: length(a) < 100, 5: a LIKE 'x%' */
	rname a, b;
	bool not_valid, no_inherit;
} rcheck;

typedef struct ridx {
	int id;
	rname col;
	int kind; /* 0 plain, 1 DESC, 2 lower(col), 3 abs(col), 4 DESC NULLS LAST */
	bool unique, partial;
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
} rfk;

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
} rseq;

typedef struct rschema {
	renum enums[MAXE];
	int nenums;
	rdomain domains[MAXD];
	int ndomains;
	rseq seqs[MAXS];
	int nseqs;
	rtable tables[MAXT];
	int ntables;
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

/* ---- YAML ---- */

void write_yaml(sg_strbuf *sb, const rschema *s);
/* The SQL text of a check and of a generation expression. */
void check_text(char *out, size_t len, const rcheck *k);
void generated_text(char *out, size_t len, const rcol *c);

#endif
