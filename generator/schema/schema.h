/*
 * The one schema representation both sides of a diff use (pg_dump's
 * DumpableObject, libgit2's delta sides): the YAML loader (model.c) and the
 * catalog reader (catalog.c) both produce an sg_schema, so the diff is a
 * plain comparison of two of these.
 *
 * Ownership: every object and string of a schema lives in its arena and is
 * freed at once with sg_schema_free().  Arrays are exact-sized; counts are
 * next to them.
 *
 * Conventions that both producers keep:
 *  - Every constraint and index has a name: the model's, or the name
 *    PostgreSQL would choose (`name_is_default` says which), so a database
 *    built by hand matches.
 *  - Column-level shorthands of the YAML (primary_key, unique, references)
 *    become table-level constraints; columns carry no constraints.
 *  - Text that PostgreSQL normalizes (types, defaults, expressions, index
 *    elements, constraint definitions) is kept as the producer saw it: as
 *    written in a model, as the server's deparsers print it from the catalog.
 *    The diff only ever compares catalog text with catalog text: the desired
 *    side is normalized by creating it on the server (docs/design.md §5.1).
 *  - After sg_schema_sort(): tables, enums, domains (and their checks),
 *    sequences, extensions, constraints and indexes are in strcmp order of
 *    name; columns keep their table order (attnum, or
 *    the order written), which PostgreSQL cannot change.
 */
#ifndef SG_SCHEMA_H
#define SG_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

#define SG_NAMEDATALEN 64 /* PostgreSQL's NAMEDATALEN: names keep at most 63 bytes */

/* Where an object was defined in the models; file is NULL for catalog objects. */
typedef struct sg_pos {
	const char *file;
	int line, column;
} sg_pos;

/*
 * Where a multi-line text of the models starts in its file, and the column
 * its later lines start at (a block scalar's indentation; 0 when they do not
 * map line for line), so a position the server gives inside it can be named
 * in the file (sg_text_origin_pos).
 */
typedef struct sg_text_origin {
	sg_pos start;
	int indent;
	/*
	 * '"' or '\'' for a scalar quoted on one line: a character the quotes make
	 * the file spell with two (\" \\ a control character; '') counts two
	 * columns (an escape the file did not need is not known here).
	 */
	char quote;
} sg_text_origin;

/* The file position of byte `off` of `text`, which starts at `o`; `fallback` when `o` is unknown. */
sg_pos sg_text_origin_pos(const sg_text_origin *o, const char *text, size_t off, sg_pos fallback);

typedef enum sg_identity {
	SG_IDENTITY_NONE = 0,
	SG_IDENTITY_ALWAYS,
	SG_IDENTITY_BY_DEFAULT,
} sg_identity;

typedef enum sg_fk_action {
	SG_FK_NO_ACTION = 0,
	SG_FK_RESTRICT,
	SG_FK_CASCADE,
	SG_FK_SET_NULL,
	SG_FK_SET_DEFAULT,
	SG_FK_ACTION_COUNT
} sg_fk_action;

typedef struct sg_column {
	/*
	 * Fields are ordered for size (a diff holds two schemas of some 100,000
	 * columns at 10,000 tables): the pointers, then the small ones together.
	 */
	const char *name;
	const char *type;	  /* "varchar(255)" in a model; format_type() from the catalog */
	const char *default_expr; /* NULL when none */
	/*
	 * An identity column's sequence options (type, start, increment, min,
	 * max, cache, cycle; no name, owner or comment), PostgreSQL's defaults
	 * filled in by the models loader, read from pg_sequence by the catalog;
	 * NULL when not an identity.  The current value is data: never read.
	 */
	const struct sg_sequence *identity_seq;
	const char *generated;	  /* STORED generation expression, NULL when not generated */
	const char *collation;	  /* NULL for the type's default collation */
	const char *comment;	  /* NULL when none */
	const char *renamed_from; /* models only: the old name of a renamed column */
	/* catalog only: what the models cannot say, e.g. "STORAGE EXTERNAL COMPRESSION lz4" (inspect notes it); NULL:
	 * none */
	const char *unmanaged;
	/*
	 * Models only, migration hints like renamed_from: the USING expressions of
	 * a type change (up: old value to the new type; down: back), NULL for the
	 * plain cast.  Never compared: they matter only while the type differs.
	 * using_pos: where each is written, [0] using and [1] using_down; NULL
	 * when the model writes neither.
	 */
	const char *using_expr, *using_down;
	const sg_pos *using_pos;
	/*
	 * Models only, a migration hint too: `fill`, the SQL expression the rows
	 * a table already has get once when the column is added to it or made
	 * NOT NULL (docs/models.md, "Filling existing rows"); NULL for none.
	 * Never the column's default, never compared.  fill_pos: where it is
	 * written (NULL with no fill: a diff holds some 200,000 columns).
	 * fill_reads_columns: it names columns of the row (it cannot be a
	 * DEFAULT then: an UPDATE fills).
	 */
	const char *fill;
	const sg_pos *fill_pos;
	/*
	 * Desired side of a diff only: the model's text of the default and the
	 * generation expression, NULL when the catalog's text is to be used.  The
	 * up SQL creates objects from what the model wrote, because the server's
	 * deparse of an expression is not always a fixpoint (`v IN ('x', 'y')`
	 * on a varchar deparses with an array cast that deparses differently once
	 * re-parsed): created from the model's text, an object reads back exactly
	 * as the scratch copy did.  The catalog's text is what is compared.
	 */
	const char *default_written, *generated_written;
	sg_identity identity;
	/*
	 * ALTER COLUMN ... SET STATISTICS: the column's own statistics target
	 * (0..10000) when has_statistics; otherwise the server's default
	 * (default_statistics_target; attstattarget -1, NULL from PostgreSQL 17).
	 */
	int statistics;
	bool has_statistics;
	bool nullable;
	bool from_serial; /* models only: written as serial/bigserial/smallserial */
	bool fill_reads_columns;
	sg_pos pos;
} sg_column;

typedef enum sg_constraint_kind {
	SG_CON_PRIMARY_KEY = 0,
	SG_CON_UNIQUE,
	SG_CON_CHECK,
	SG_CON_FOREIGN_KEY,
	SG_CON_KIND_COUNT
} sg_constraint_kind;

typedef struct sg_constraint {
	const char *name;
	const char **columns; /* key columns of PRIMARY KEY, UNIQUE, FOREIGN KEY */
	size_t ncolumns;
	const char *expression; /* CHECK: the boolean expression, without CHECK ( ) */
	const char *ref_table;	/* FOREIGN KEY: referenced table (same schema unless ref_schema) */
	const char *ref_schema; /* FOREIGN KEY: NULL when the same schema */
	const char **ref_columns;
	size_t nref_columns;
	/* FOREIGN KEY: ON DELETE SET NULL / SET DEFAULT (cols), PostgreSQL 15's confdelsetcols; 0 for every column */
	const char **on_delete_columns;
	size_t non_delete_columns;
	const char *definition;		/* catalog only: pg_get_constraintdef(), what the diff compares */
	const char *expression_written; /* desired side only: the model's CHECK text (see sg_column) */
	const char *comment;		/* CHECK: COMMENT ON CONSTRAINT; NULL when none (the other kinds carry none) */
	/* The small fields together, for size (as in sg_column). */
	sg_constraint_kind kind;
	sg_fk_action on_delete, on_update;
	bool name_is_default;	 /* the model left it unnamed / the catalog name is PostgreSQL's default */
	bool nulls_not_distinct; /* UNIQUE */
	bool deferrable, initially_deferred;
	bool match_full; /* FOREIGN KEY: MATCH FULL (confmatchtype 'f'); else MATCH SIMPLE, the default */
	bool not_valid;	 /* CHECK, FOREIGN KEY: NOT VALID (existing rows not checked; convalidated false) */
	bool no_inherit; /* CHECK: NO INHERIT (connoinherit) */
	sg_pos pos;
} sg_constraint;

typedef struct sg_index {
	const char *name;
	/* Key elements, each "expr-or-column [COLLATE c] [opclass] [DESC] [NULLS FIRST|LAST]" */
	const char **elements;
	size_t nelements;
	const char **include; /* INCLUDE columns */
	size_t ninclude;
	const char *method;	/* access method; NULL means btree */
	const char *where;	/* partial index predicate, NULL when none */
	const char *definition; /* catalog only: normalized CREATE INDEX text, what the diff compares */
	const char *comment;	/* COMMENT ON INDEX; NULL when none */
	/*
	 * Catalog only: the definition of the exclusion constraint whose index
	 * this is (pg_get_constraintdef: `EXCLUDE USING gist (...)`), else NULL.
	 * Such a constraint is not managed; the diff takes it off and puts it
	 * back around a domain or an enum the plan drops and creates again.
	 */
	const char *exclusion;
	/* The flags together, for size (as in sg_column). */
	bool name_is_default;
	bool unique;
	bool nulls_not_distinct;
	bool constraint_backed; /* catalog only: the index of a PRIMARY KEY / UNIQUE constraint */
	/* Desired side only: the model's elements and predicate (see sg_column); NULL: the catalog's */
	const char *const *elements_written;
	const char *where_written;
	sg_pos pos;
} sg_index;

/*
 * A trigger of a table.  The models write its parts (docs/models.md,
 * "Triggers"); the loader builds the CREATE TRIGGER statement from them, and
 * the diff compares pg_get_triggerdef()'s text of both sides.
 */
typedef enum sg_trigger_timing { SG_TRIGGER_BEFORE = 0, SG_TRIGGER_AFTER, SG_TRIGGER_INSTEAD_OF } sg_trigger_timing;
enum {
	SG_TRIGGER_INSERT = 1,
	SG_TRIGGER_UPDATE = 2,
	SG_TRIGGER_DELETE = 4,
	SG_TRIGGER_TRUNCATE = 8,
};

typedef struct sg_trigger {
	const char *name;
	sg_trigger_timing timing;
	unsigned events;      /* SG_TRIGGER_INSERT | ... */
	const char **columns; /* UPDATE OF these columns */
	size_t ncolumns;
	bool for_each_row;
	const char *when;     /* the WHEN condition without WHEN ( ), NULL when none */
	const char *function; /* what EXECUTE FUNCTION calls: "touch()", "log_change('users')" */
	bool constraint;      /* CREATE CONSTRAINT TRIGGER (always, when deferrable) */
	bool deferrable, initially_deferred;
	const char *from;		   /* a constraint trigger's FROM table, as SQL names it; NULL when none */
	const char *old_table, *new_table; /* REFERENCING OLD / NEW TABLE AS these; NULL when none */
	char enabled;			   /* 'O' fires (default), 'D' disabled, 'R' replica only, 'A' always */
	const char *comment;		   /* COMMENT ON TRIGGER; NULL when none */
	const char *renamed_from;	   /* models (and the desired side normalized from them) only */
	/* model: the CREATE TRIGGER statement built from the parts; catalog: pg_get_triggerdef(oid, true), compared */
	const char *definition;
	/* catalog only: the function's name and argument types, to know when the plan re-creates it */
	const char *function_name, *function_types;
	sg_pos pos;
} sg_trigger;

typedef struct sg_table {
	const char *name;
	const char *renamed_from; /* models only */
	const char *comment;
	/* catalog only: what the models cannot say, e.g. "UNLOGGED, WITH (fillfactor=70)" (inspect notes it); NULL:
	 * none */
	const char *unmanaged;
	sg_column *columns;
	size_t ncolumns;
	sg_constraint *constraints;
	size_t nconstraints;
	sg_index *indexes;
	size_t nindexes;
	sg_trigger *triggers; /* by name */
	size_t ntriggers;
	sg_pos pos;
} sg_table;

typedef struct sg_enum {
	const char *name;
	const char **values; /* in sort order (enumsortorder) */
	size_t nvalues;
	const char *comment;	  /* COMMENT ON TYPE; NULL when none */
	const char *renamed_from; /* models only: the enum's previous name */
	sg_pos pos;
	sg_pos renamed_pos; /* models only: where renamed_from is written */
} sg_enum;

/*
 * A sequence managed as an object of its own (CREATE SEQUENCE).  The
 * sequences of identity columns, of extensions and of serial columns (owned
 * by the column whose default reads it) are not: they belong to their
 * column or extension.  Every option holds its value, PostgreSQL's default
 * filled in by the models loader, so the two sides compare field by field.
 * The current value is data, not schema: it is never read or compared.
 */
typedef struct sg_sequence {
	const char *name;
	const char *type; /* "smallint", "integer" or "bigint" */
	long long start, increment, min, max, cache;
	bool cycle;
	const char *owned_table, *owned_column; /* OWNED BY table.column; both NULL for none */
	const char *comment;
	const char *renamed_from; /* models only */
	sg_pos pos;
} sg_sequence;

typedef struct sg_extension {
	const char *name;
	sg_pos pos;
} sg_extension;

/* A CHECK constraint of a domain (pg_constraint contype 'c', contypid the domain). */
typedef struct sg_domain_check {
	const char *name;
	bool name_is_default;		/* the model left it unnamed / PostgreSQL's default name */
	const char *expression;		/* the boolean expression over VALUE, without CHECK ( ) */
	bool not_valid;			/* NOT VALID: the columns' existing values were not checked */
	const char *expression_written; /* desired side only: the model's text (see sg_column) */
	sg_pos pos;
} sg_domain_check;

/* A domain (pg_type typtype 'd') of the schema. */
typedef struct sg_domain {
	const char *name;
	const char *renamed_from; /* models only */
	const char *type;	  /* base type: as written in a model; format_type() from the catalog */
	bool nullable;		  /* false: NOT NULL (typnotnull) */
	const char *default_expr; /* NULL when none */
	const char *collation;	  /* NULL for the base type's collation */
	const char *comment;
	sg_domain_check *checks; /* sorted by name */
	size_t nchecks;
	const char *default_written; /* desired side only: the model's default text (see sg_column) */
	sg_pos pos;
} sg_domain;
/*
 * A function or a procedure (pg_proc prokind 'f' / 'p'), identified by its
 * name and its argument types: overloads are distinct objects.  A model
 * writes the whole CREATE statement; the catalog's text is
 * pg_get_functiondef()'s with the schema taken off the name, so both sides
 * read `CREATE OR REPLACE FUNCTION name(args) ...` (docs/models.md).
 */
typedef struct sg_function {
	const char *name;
	const char *types;	/* catalog: the argument types, "integer, text": with the name, what identifies it */
	const char *identity;	/* catalog: pg_get_function_identity_arguments(), "a integer, b text" (for DROP) */
	bool procedure;		/* prokind 'p' */
	const char *definition; /* model: the statement as written; catalog: the deparsed statement, compared */
	const char *arguments;	/* catalog: pg_get_function_arguments() (names and defaults) */
	const char *result;	/* catalog: pg_get_function_result(), NULL for a procedure */
	bool sql_body;		/* catalog: body checked at creation: LANGUAGE sql (not BEGIN ATOMIC), plpgsql */
	/*
	 * Catalog: takes or returns a table's row type, or its body (BEGIN
	 * ATOMIC, RETURN) reads a table; model: names a model table as a type or
	 * its body reads one.  Such a function is created after the tables and
	 * dropped before them.
	 */
	bool row_type;
	bool atomic_body; /* model only: a BEGIN ATOMIC or RETURN body, whose names resolve at creation */
	/*
	 * Catalog only: the domains it depends on in pg_depend (arguments,
	 * result, a BEGIN ATOMIC body; arrays of them), as format_type prints
	 * them, ", " between; "" for none.  NULL on a schema built otherwise.
	 */
	const char *domains;
	const char *renamed_from;     /* models only: the old name (same argument types) */
	const char *comment;	      /* COMMENT ON FUNCTION / PROCEDURE; NULL when none */
	sg_text_origin definition_at; /* models only: for errors inside the body */
	unsigned oid;		      /* catalog only: creation order of the scratch copy */
	/*
	 * Catalog only: what a body parsed at creation (BEGIN ATOMIC, RETURN)
	 * reads, from pg_depend: tables of the schema as "name", their columns
	 * as "name.column".
	 */
	const char **reads;
	size_t nreads;
	/*
	 * Catalog only (callers_read): what calls this very routine (not another
	 * of its name), from pg_depend, each a kind letter, a relation and a
	 * name with chr(31) between the two: 'd' a column's default or
	 * generation expression ("dtable\x1fcolumn"), 'c' a table's check, 'k' a
	 * domain's check ("kdomain\x1fcheck"), 'i' an index ("itable\x1findex").
	 * A schema built otherwise finds callers by the name in their text.
	 */
	const char **callers;
	size_t ncallers;
	bool callers_read;
	sg_pos pos;
} sg_function;

/*
 * A view or a materialized view.  The model writes its query; the catalog's
 * text is pg_get_viewdef(oid, true), what the diff compares, with the column
 * names and types, the options and, for a materialized view, its indexes.
 */
typedef struct sg_view {
	const char *name;
	bool materialized;
	const char *query;    /* model: the SELECT as written; catalog: pg_get_viewdef(oid, true) */
	const char **columns; /* model: the names given (NULL: the query's); catalog: every column's name */
	size_t ncolumns;
	const char **types; /* catalog only: format_type() of each column */
	bool security_barrier, security_invoker;
	const char *check_option; /* "local", "cascaded" or NULL */
	const char *comment;
	const char *renamed_from; /* models only */
	sg_text_origin query_at;  /* models only: for errors inside the query */
	sg_index *indexes;	  /* materialized only, by name */
	size_t nindexes;
	sg_trigger *triggers; /* plain views only (INSTEAD OF row, BEFORE / AFTER statement), by name */
	size_t ntriggers;
	/*
	 * Catalog: what the view reads, from pg_depend: relations as "name" and
	 * their columns as "name.column" (a view's own dependencies: tables and
	 * views of the schema), and functions as "name(types)".  Model: the
	 * relation names its query mentions (libpg_query), for the order the
	 * scratch schema creates views in.
	 */
	const char **reads;
	size_t nreads;
	/*
	 * The text a CREATE is written from when it is not `query`: desired side,
	 * the model's own query (what the scratch copy was created from, so it
	 * reads back as `query`; `pg_get_viewdef` text is not always a fixpoint),
	 * with `written_columns` when the model named the columns (then `columns`
	 * go before AS); live side, the text sg_fixpoint_views() proved to read
	 * back as `query`.  NULL: `query` itself.
	 */
	const char *query_written;
	bool written_columns;
	/* Live side: what `query`, created again, reads back as (sg_fixpoint_views); NULL when unknown or the same. */
	const char *query_again;
	sg_pos pos;
} sg_view;

/* An object of a kind schemagen does not manage yet: listed, never touched. */
typedef struct sg_unmanaged {
	const char *kind; /* "view", "function", "trigger", "policy", "partition", ... */
	const char *name; /* qualified enough to find it: "users.users_audit_trg" */
} sg_unmanaged;

/*
 * Live side only: an object the models do not manage that PostgreSQL ties
 * (pg_depend, a normal dependency) to one they do, so that dropping that
 * one, or changing the type of its column, fails while it exists
 * (catalog/catalog_dependents.c; the diff refuses such a plan:
 * plan/diff_dependents.c).
 */
typedef struct sg_dependent {
	const char
	    *kind; /* of the managed object: "domain", "enum", "sequence", "function", "table", "view", "index" */
	const char *name;      /* its name; a function's with its identity arguments: "f(x integer)" */
	const char *column;    /* the column of the table or view it depends on; NULL: the object as a whole */
	const char *what;      /* the dependent, as pg_describe_object() says it: "column a of composite type pair" */
	bool stores_row;       /* a column that stores the table's row type: the table cannot be rewritten */
	bool foreign_key;      /* a foreign key, which a type change of the column it references rebuilds */
	const char *extension; /* the extension it is a member of (only that extension can drop it); NULL: none */
} sg_dependent;

typedef struct sg_schema {
	sg_arena *arena;  /* owns everything below */
	const char *name; /* the PostgreSQL schema, "public" by default */
	sg_extension *extensions;
	size_t nextensions;
	sg_enum *enums;
	size_t nenums;
	sg_domain *domains;
	size_t ndomains;
	sg_sequence *sequences;
	size_t nsequences;
	sg_table *tables;
	size_t ntables;
	sg_function *functions; /* by name, then argument types */
	size_t nfunctions;
	sg_view *views; /* by name, views and materialized views together */
	size_t nviews;
	sg_unmanaged *unmanaged;
	size_t nunmanaged;
	sg_dependent *dependents; /* by kind, name, column, then dependent */
	size_t ndependents;
} sg_schema;

/* A new empty schema named `name` with its own arena; NULL when out of memory. */
sg_schema *sg_schema_new(const char *name);
/* Free the schema and everything in its arena.  Accepts NULL. */
void sg_schema_free(sg_schema *schema);
/* Sort tables, enums, sequences, extensions, and each table's constraints and indexes by name. */
void sg_schema_sort(sg_schema *schema);
/* Lookups by exact name in a sorted schema (bsearch); NULL when absent.  Borrowed. */
sg_table *sg_schema_find_table(const sg_schema *schema, const char *name);
sg_enum *sg_schema_find_enum(const sg_schema *schema, const char *name);
sg_domain *sg_schema_find_domain(const sg_schema *schema, const char *name);
sg_domain_check *sg_domain_find_check(const sg_domain *domain, const char *name);
/* The function `name(types)` of a sorted schema; NULL when absent.  Borrowed. */
sg_function *sg_schema_find_function(const sg_schema *schema, const char *name, const char *types);
/* The view (or materialized view) `name` of a sorted schema; NULL when absent.  Borrowed. */
sg_view *sg_schema_find_view(const sg_schema *schema, const char *name);
sg_sequence *sg_schema_find_sequence(const sg_schema *schema, const char *name);
/* Linear lookups within one table; NULL when absent.  Borrowed. */
sg_column *sg_table_find_column(const sg_table *table, const char *name);
sg_constraint *sg_table_find_constraint(const sg_table *table, const char *name);
sg_index *sg_table_find_index(const sg_table *table, const char *name);
sg_trigger *sg_table_find_trigger(const sg_table *table, const char *name);
/* The trigger `name` of a table's or a view's list; NULL when absent.  Borrowed. */
const sg_trigger *sg_find_trigger(const sg_trigger *triggers, size_t n, const char *name);
/* The table's primary key, or NULL. */
sg_constraint *sg_table_primary_key(const sg_table *table);

/* Equal strings, where NULL equals only NULL. */
bool sg_str_eq(const char *a, const char *b);
/* The largest value of a sequence of integer type `type` ("smallint", "integer", "bigint"); 0 for another type. */
long long sg_sequence_type_max(const char *type);
/*
 * The sequence `serial` makes for a column of integer type `type`, under
 * `name`, owned by table.column (strings borrowed); .max is 0 for another type.
 */
sg_sequence sg_sequence_of_serial(const char *name, const char *type, const char *table, const char *column);
/* Whether `q` is as `serial` makes it for a column of integer type `type` (every option the default, no comment). */
bool sg_sequence_made_as_serial(const sg_sequence *q, const char *type);
/* Equal name lists: same length, same names in the same order. */
bool sg_names_eq(const char *const *a, size_t na, const char *const *b, size_t nb);

/* Keyword of an FK action as SQL spells it ("NO ACTION", "CASCADE", ...). */
const char *sg_fk_action_sql(sg_fk_action action);

#endif
