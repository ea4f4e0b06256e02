/*
 * A migration plan: the operations a diff found, each with its up and down
 * SQL and its hazards.  The diff (diff.c) adds operations in any order; the
 * ordering (order.c) sorts them by phase into steps; emission (emit.c) prints
 * them.  No I/O, no libpq.
 */
#ifndef SG_PLAN_H
#define SG_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* Hazard codes are stable: they appear in files, text and JSON output. */
typedef enum sg_hazard_code {
	SG_HAZARD_DATA_LOSS = 0,  /* drops a table or column, or narrows a type */
	SG_HAZARD_REWRITE,	  /* rewrites the table: type change, volatile default */
	SG_HAZARD_BLOCKING,	  /* holds a strong lock while it scans or builds */
	SG_HAZARD_IRREVERSIBLE,	  /* the down step cannot restore what the up step removed */
	SG_HAZARD_RENAME_HINT,	  /* a drop and an add that may have been meant as a rename */
	SG_HAZARD_NEEDS_BACKFILL, /* fails while rows hold NULLs: NOT NULL without a default */
	SG_HAZARD_CODE_COUNT
} sg_hazard_code;

/* "data-loss", "rewrite", "blocking", "irreversible", "likely-rename", "needs-backfill". */
const char *sg_hazard_name(sg_hazard_code code);

typedef struct sg_hazard {
	sg_hazard_code code;
	const char *message;
} sg_hazard;

/*
 * Phases in the order an up migration runs them: additions that others need
 * come first, then drops that would block changes, then changes, then new
 * keys, indexes and foreign keys, then drops of types and extensions nothing
 * uses any more.  Foreign keys always come after every table exists, so a set
 * of tables with cyclic references needs no special case.
 */
typedef enum sg_phase {
	SG_PHASE_CREATE_EXTENSION = 0,
	SG_PHASE_ENUM_ADD_VALUE,	  /* runs in a migration of its own, committed before use */
	SG_PHASE_DROP_INDEX_CONCURRENTLY, /* --online: DROP INDEX CONCURRENTLY, no transaction, before the main step */
	SG_PHASE_CREATE_ENUM,
	SG_PHASE_DROP_VIEW,    /* views changed, dropped, or in the way of a change, dependents first */
	SG_PHASE_DROP_TRIGGER, /* changed and dropped triggers, before their tables, columns and functions change */
	/*
	 * Functions that name a domain re-created below, dropped before it (and
	 * the defaults, checks and indexes that call them first); created again
	 * in their usual phase (diff_function_domain.c).
	 */
	SG_PHASE_DROP_DOMAIN_FUNCTION,
	/*
	 * New sequences, before the domains, functions and tables whose
	 * defaults, argument defaults and BEGIN ATOMIC bodies read them (a
	 * sequence depends on nothing but its owner, set later); one whose name
	 * a current relation still holds waits for SG_PHASE_CREATE_SEQUENCE.
	 */
	SG_PHASE_CREATE_SEQUENCE_EARLY,
	/*
	 * Domains renamed, created and re-created (diff_domain.c), after the
	 * enums they may be based on, before the functions and tables that use
	 * them; a re-create takes the columns of the domain to its base type and
	 * back.
	 */
	SG_PHASE_CREATE_DOMAIN,
	SG_PHASE_CREATE_FUNCTION, /* functions and procedures (new, replaced, renamed), before the tables that call
				     them in defaults and checks */
	SG_PHASE_DROP_FOREIGN_KEY,
	SG_PHASE_DROP_INDEX,
	SG_PHASE_DROP_CONSTRAINT,
	SG_PHASE_SEQUENCE_DISOWN, /* OWNED BY NONE before the owner (whose drop would take the sequence) goes */
	/*
	 * Functions that take or return a table's row type, or whose body
	 * (BEGIN ATOMIC, RETURN) reads a table or column that goes, changes type
	 * or is renamed: before the tables change and before the renames, so the
	 * drop names the types as they are now and its down re-creates the old
	 * text once the renames are undone.
	 */
	SG_PHASE_DROP_FUNCTION_EARLY,
	/*
	 * Columns and tables that must be gone before the renames: a column or
	 * table whose name a rename takes, a generated column dropped to be added
	 * again (its expression changes, or a column it reads changes type), a
	 * dropped generated column.  Named as they are now.
	 */
	SG_PHASE_DROP_EARLY,
	SG_PHASE_RENAME_TABLE,
	SG_PHASE_RENAME_COLUMN,
	SG_PHASE_RENAME_OBJECT, /* constraints and indexes whose names follow a renamed table */
	SG_PHASE_RENAME_SEQUENCE,
	SG_PHASE_DROP_COLUMN,
	SG_PHASE_DROP_TABLE,
	SG_PHASE_RECREATE_FUNCTION, /* a function dropped and created again once the defaults, checks and indexes
				       that called it are gone or changed (diff_function_users.c) */
	SG_PHASE_RECREATE_ENUM,
	SG_PHASE_CREATE_SEQUENCE, /* new sequences whose name a relation dropped or renamed above frees */
	/*
	 * New functions whose BEGIN ATOMIC or RETURN body (or an argument's
	 * default) names a table, view or sequence by the name the renames above
	 * give it, or a sequence created just above: created once those names
	 * exist, before the tables whose defaults call them.
	 */
	SG_PHASE_CREATE_FUNCTION_RENAMED,
	SG_PHASE_ALTER_SEQUENCE,
	SG_PHASE_CREATE_TABLE,
	SG_PHASE_ADD_COLUMN,
	SG_PHASE_ALTER_COLUMN,
	SG_PHASE_ADD_LATE,	       /* generated columns added again, once what they read has its final type */
	SG_PHASE_SEQUENCE_OWN,	       /* OWNED BY once the owning table and column exist */
	SG_PHASE_CREATE_FUNCTION_LATE, /* functions that take or return a table's row type, once it has its columns */
	SG_PHASE_COMMENT,
	SG_PHASE_ADD_CONSTRAINT,
	SG_PHASE_CREATE_INDEX,
	SG_PHASE_CREATE_TRIGGER, /* new and changed triggers, once their tables and functions are final */
	SG_PHASE_CREATE_VIEW,	 /* new, replaced and re-created views, each after what it reads */
	SG_PHASE_ADD_FOREIGN_KEY,
	SG_PHASE_BACKFILL,	   /* --online: fill a new column in batches, no transaction */
	SG_PHASE_VALIDATE,	   /* --online: VALIDATE CONSTRAINT in a later transaction */
	SG_PHASE_CONCURRENT_INDEX, /* --online, no transaction: CREATE [UNIQUE] INDEX CONCURRENTLY (then
				      ADD PRIMARY KEY / UNIQUE USING INDEX for a key) */
	SG_PHASE_DROP_INDEX_AFTER, /* --online, no transaction: DROP INDEX CONCURRENTLY once the new ones are built */
	SG_PHASE_LATE_FOREIGN_KEY, /* --online, no transaction: ADD FOREIGN KEY NOT VALID to a key built above */
	SG_PHASE_VALIDATE_LATE,	   /* --online, no transaction: VALIDATE those, each statement its own transaction */
	SG_PHASE_DROP_FUNCTION,	   /* after the tables and columns whose defaults and checks called them */
	SG_PHASE_DROP_DOMAIN,	   /* after the tables, columns and functions of the domain, before its base enum */
	SG_PHASE_DROP_SEQUENCE,	   /* once no table, default or function reads it */
	SG_PHASE_DROP_ENUM,
	SG_PHASE_DROP_EXTENSION,
	SG_PHASE_COUNT
} sg_phase;

#define SG_OP_MAX_HAZARDS 4

typedef struct sg_op {
	sg_phase phase;
	const char *table;		      /* the table it concerns, NULL for enums and extensions */
	const char *object;		      /* the object's name, for ordering and display */
	const char *summary;		      /* one line: "add column users.avatar_url" */
	const char *up;			      /* SQL statements, each ending in ";", separated by newlines */
	const char *down;		      /* the exact inverse; never NULL (may say why it cannot be) */
	sg_hazard hazards[SG_OP_MAX_HAZARDS]; /* of the up statements */
	size_t nhazards;
	sg_hazard down_hazards[SG_OP_MAX_HAZARDS]; /* of the down statements */
	size_t ndown_hazards;
	size_t seq; /* insertion order: ties in ordering keep it */
} sg_op;

/* The plan owns its operations; their strings live in the plan's arena. */
typedef struct sg_plan {
	sg_arena *arena;
	sg_op *ops;
	size_t nops, cap;
	bool failed; /* out of memory somewhere: the plan is unusable */
	/*
	 * Set when the change cannot be planned as one migration (a function
	 * dropped while a default, check or index that stays calls it): one
	 * line, the objects in quotes, the plan unusable.  Owned by the arena.
	 */
	const char *refused;
	/*
	 * The schema the SQL is for when it is not public (sg_diff_options.qual),
	 * else NULL.  Names are qualified, but the text of defaults, checks and
	 * foreign keys (the catalog's, read with search_path = that schema) is
	 * not, so every file pins search_path to it.
	 */
	const char *schema;
	/*
	 * The tables with a column of a domain whose constraint the plan adds
	 * (validated), validates or sets NOT NULL: PostgreSQL checks their rows,
	 * so sg_diff_dependent_names names them too (plan/diff_dependents.c).
	 * Arena strings, noted once the plan is made.
	 */
	const char **checked_tables;
	size_t nchecked_tables;
	bool checked_noted;
} sg_plan;

/* A new empty plan; NULL when out of memory. */
sg_plan *sg_plan_new(void);
void sg_plan_free(sg_plan *plan);
/* Append a zeroed operation in `phase`; NULL (and plan->failed) when out of memory. */
sg_op *sg_plan_add(sg_plan *plan, sg_phase phase);
/* Attach a hazard to the up (down == false) or down statements of an operation. */
void sg_op_hazard(sg_plan *plan, sg_op *op, bool down, sg_hazard_code code, const char *message);
/* True when any up statement may lose data (needs --allow-destructive). */
bool sg_plan_is_destructive(const sg_plan *plan);
/* Whether the operation has a hazard with this code (up side). */
bool sg_op_has_hazard(const sg_op *op, sg_hazard_code code);

#endif
