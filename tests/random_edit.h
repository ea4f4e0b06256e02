/*
 * Change classes of the randomized diff suite (random_classes.c): each class
 * prepares schema A (adds what its changes need: a generated column, an enum
 * column, an identity key...) and edits its copy B, combining several
 * changes on the same table and column in one step.  A pair belongs to
 * exactly one class, so a failure names the class to switch off
 * (SG_RANDOM_CLASSES).  The single edits they combine are in random_edit.c.
 */
#ifndef SG_TEST_RANDOM_EDIT_H
#define SG_TEST_RANDOM_EDIT_H

#include "random_model.h"

/* What a class chose in A, for its edit of B; and what the pair promises. */
typedef struct rfocus {
	int table_id, col_id;
	rname enum_name;
	/* Only renames: the up may hold nothing but RENAME statements (nothing dropped and re-created). */
	bool renames_only;
	/* Migrate in a session whose time zone is not UTC (rows are still read in UTC). */
	bool foreign_zone;
	/* B only spells A another way: the plan must be empty. */
	bool no_change;
	/* Class drift: what is altered by hand in the live database before the diff (random_drift.c). */
	int drift;
	/* Class bad_input: the kind of bad object injected into B's text first (random_bad.c). */
	int bad;
	/* Run through the command lines with another ledger table too (class ledger, random_ledger.c). */
	bool ledger;
	/* A class's own choices between prepare and edit (random_keys.c). */
	int variant;
	rname name2;
	/* Class outside: the objects outside the models created by hand once A exists (random_outside.c). */
	int outside;
} rfocus;

typedef struct rclass {
	const char *name;
	const char *what;			/* one line, for the summary */
	void (*prepare)(rschema *a, rfocus *f); /* NULL: A as generated */
	void (*edit)(rschema *b, rfocus *f);
} rclass;

extern const rclass rclasses[];
extern const int NCLASSES;

/* The class called `name`, or -1. */
int class_index(const char *name);
/* Before a class edits B: ids up to `counter` are A's (a renamed object of A gets renamed_from). */
void class_begin(int counter);
/* Whether the object with this id is A's (not new in B). */
bool in_a(int id);

/* ---- single edits and choices (random_edit.c) ---- */

/* Column filters for some_col/some_table. */
typedef bool (*col_ok)(rschema *s, rtable *t, rcol *c);
/* A random column of t that `ok` accepts (any when ok is NULL), or NULL. */
rcol *some_col(rschema *s, rtable *t, col_ok ok);
/* A random table with such a column, or NULL. */
rtable *some_table(rschema *s, col_ok ok);
bool referenced(rschema *s, const rtable *t);	/* another table's foreign key points to t */
bool is_key(rschema *s, rtable *t, rcol *c);	/* in a key, a unique index or a foreign key */
bool retypable(rschema *s, rtable *t, rcol *c); /* no enum, not generated, in no FK, read by no generated column */
bool plain_col(rschema *s, rtable *t, rcol *c); /* not generated */
bool txt_col(rschema *s, rtable *t, rcol *c);	/* text or varchar: not generated, in no FK, read by none */
bool generated_col(rschema *s, rtable *t, rcol *c);

/* Renames give the new name a fresh spelling; an object new in B gets no renamed_from. */
void ed_rename_table(rschema *s, rtable *t);
void ed_rename_column(rschema *s, rtable *t, rcol *c);
/* Another type: the same family, or number <-> text, timestamp <-> date.  False when none fits. */
bool ed_retype(rschema *s, rtable *t, rcol *c, bool allow_generated_source);
void ed_collation(rcol *c); /* default -> "C" -> "POSIX", any other */
void ed_default(rschema *s, rcol *c);
void ed_null(rtable *t, rcol *c);
/* 0 plain, 1 serial, 2 identity always, 3 identity by default. */
int identity_kind(const rcol *c);
void ed_identity(rcol *c, int kind);
void ed_enum_values(rschema *s, renum *e); /* a value added, removed, or two swapped */
/* A column t's generated columns may read (not `not`), by name; NULL when none. */
const char *some_source(rschema *s, rtable *t, const rcol * not );
rcol *ed_gen_add(rschema *s, rtable *t);
void ed_gen_expr(rschema *s, rtable *t, rcol *g); /* another kind or other sources */
bool ed_plain_to_gen(rschema *s, rtable *t, rcol *c);
void ed_gen_to_plain(rcol *g);
void drop_table_at(rschema *s, rtable *t);
/* A NOT VALID foreign key validated, one made NOT VALID, or a check's NO INHERIT (and validity) turned. */
void ed_validity(rschema *s, rtable *t);

/* The class sequences (random_sequences.c). */
void sequences_prepare(rschema *a, rfocus *f);
void sequences_edit(rschema *b, rfocus *f);
/* q renamed (the defaults and functions that read it follow); every column reading q given `to` (NULL: none). */
void ed_rename_sequence(rschema *s, rseq *q);
void redirect_defaults(rschema *s, const rseq *q, const char *to);

/* The class base (random_base.c). */
void class_base(rschema *b, rfocus *f);
/* Class "domains" (random_domains.c). */
void domains_prepare(rschema *a, rfocus *f);
void domains_edit(rschema *b, rfocus *f);
/* A new domain (random base, nullable); NULL when full. */
rdomain *add_random_domain(rschema *s);
/* A new nullable column of domain `d` in a table with room (the focus, when given). */
void add_domain_column(rschema *s, const rdomain *d, rfocus *f);
/* The columns of domain `name` dropped. */
void drop_domain_columns(rschema *s, const char *name);

/* The classes around generated columns (random_classes_generated.c). */
void generated_prepare(rschema *a, rfocus *f);
void generated_edit(rschema *b, rfocus *f);
void generated_dep_edit(rschema *b, rfocus *f);
void generated_new_dep_prepare(rschema *a, rfocus *f);
void generated_new_dep_edit(rschema *b, rfocus *f);
void generated_toggle_edit(rschema *b, rfocus *f);
void rename_generated_edit(rschema *b, rfocus *f);
/* The classes around enums (random_classes_enums.c). */
void enum_retype_prepare(rschema *a, rfocus *f);
void enum_retype_edit(rschema *b, rfocus *f);
void enum_values_renamed_prepare(rschema *a, rfocus *f);
void enum_values_renamed_edit(rschema *b, rfocus *f);
void enum_fk_prepare(rschema *a, rfocus *f);
void enum_fk_edit(rschema *b, rfocus *f);
void enum_value_use_prepare(rschema *a, rfocus *f);
void enum_value_use_edit(rschema *b, rfocus *f);

/* The classes around functions, triggers and views (random_classes_code.c). */
void functions_prepare(rschema *a, rfocus *f);
void functions_edit(rschema *b, rfocus *f);
void triggers_prepare(rschema *a, rfocus *f);
void triggers_edit(rschema *b, rfocus *f);
void views_prepare(rschema *a, rfocus *f);
void views_edit(rschema *b, rfocus *f);
void views_deps_prepare(rschema *a, rfocus *f);
void views_deps_edit(rschema *b, rfocus *f);
void views_enum_add_prepare(rschema *a, rfocus *f);
void views_enum_add_edit(rschema *b, rfocus *f);
void code_spelling_prepare(rschema *a, rfocus *f);
void code_spelling_edit(rschema *b, rfocus *f);
/* Their single edits: a random function of `role` (-1: any) by index, -1 when none; a rename (the callers
 * follow); a view over a table or a view; a view renamed (what reads it follows); one change of a view. */
int some_func(rschema *s, int role);
/* Callers: a check or (immutable f) an expression index calling predicate f on a column of t; a column of t
 * whose default calls default function f; f (a new function of `role`) with a caller or two. */
void add_pred_caller(rschema *s, rtable *t, const rfunc *f, bool index);
void add_default_caller(rschema *s, rtable *t, const rfunc *f);
rfunc *add_func_with_callers(rschema *s, int role);
/* The callers of predicate fn change or go; those of default function f get a constant default or none. */
void change_pred_callers(rschema *s, const char *fn);
void change_default_callers(rschema *s, const rfunc *f);
/* One change of function f (body, language, options, signature, result, name; or f dropped). */
void edit_func(rschema *s, rfunc *f);
/* One change of trigger g of table t (events, timing, WHEN, function, a column it names...; or g dropped). */
void edit_trigger(rschema *s, rtable *t, rtrig *g);
void rename_func(rschema *s, rfunc *f);
rview *add_view_somewhere(rschema *s);
void rename_view(rschema *s, rview *v);
void edit_view(rschema *s, rview *v);
/* Domain casts, functions reading sequences, functions and views, combined changes (random_classes_links.c). */
void domain_casts_prepare(rschema *a, rfocus *f);
void domain_casts_edit(rschema *b, rfocus *f);
void function_links_prepare(rschema *a, rfocus *f);
void function_links_edit(rschema *b, rfocus *f);
void combined_prepare(rschema *a, rfocus *f);
void combined_edit(rschema *b, rfocus *f);
/* Triggers of every kind on tables, triggers on views (random_classes_triggers.c). */
void trigger_kinds_prepare(rschema *a, rfocus *f);
void trigger_kinds_edit(rschema *b, rfocus *f);
void view_triggers_prepare(rschema *a, rfocus *f);
void view_triggers_edit(rschema *b, rfocus *f);

/* The class identity's A: a key column, plain, serial or identity (f: the column). */
void identity_prepare(rschema *a, rfocus *f);
/* Identity columns with sequence options (random_identity.c). */
void identity_options_prepare(rschema *a, rfocus *f);
void identity_options_edit(rschema *b, rfocus *f);

/* B made bad first (random_bad.c): class base's edit, and the kind of bad object. */
void bad_input_edit(rschema *b, rfocus *f);

/* Live state altered by hand before the diff, B = A (random_drift.c). */
void drift_prepare(rschema *a, rfocus *f);
void drift_edit(rschema *b, rfocus *f);

/* Keys retyped with what references them, serial keys retyped, serial/sequence swaps, ledger (random_keys.c). */
void fk_retype_prepare(rschema *a, rfocus *f);
void fk_retype_edit(rschema *b, rfocus *f);
void serial_retype_prepare(rschema *a, rfocus *f);
void serial_retype_edit(rschema *b, rfocus *f);
void seq_swap_prepare(rschema *a, rfocus *f);
void seq_swap_edit(rschema *b, rfocus *f);
void ledger_prepare(rschema *a, rfocus *f);
void ledger_edit(rschema *b, rfocus *f);

/* Domains' defaults and checks, triggers' WHENs, functions naming a domain or enum; outside
 * (random_classes_typerefs.c). */
void domain_users_prepare(rschema *a, rfocus *f);
void domain_users_edit(rschema *b, rfocus *f);
void enum_users_prepare(rschema *a, rfocus *f);
void enum_users_edit(rschema *b, rfocus *f);
void outside_prepare(rschema *a, rfocus *f);
void outside_edit(rschema *b, rfocus *f);
/* What a class needs in A: added when A has none. */
rtable *roomy_table(rschema *s, int cols);  /* a table with room for `cols` more columns */
void need_generated(rschema *a, rfocus *f); /* f: a generated column and its table */
renum *need_enum(rschema *a, int min_values);
void need_enum_column(rschema *a, rfocus *f, renum *e, bool array_ok);

#endif
