/*
 * What the files of sg_diff share (diff.c, diff_table.c, diff_column.c, diff_column_serial.c,
 * diff_constraint.c, diff_enum.c, diff_sequence.c, diff_online.c): the state of one diff and
 * the helpers more than one of them calls.  Internal to generator/plan/.
 */
#ifndef SG_DIFF_INT_H
#define SG_DIFF_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "colmap.h"
#include "ddl.h"
#include "diff.h"
#include "hazard.h"
#include "online.h"
#include "quote.h"
#include "strbuf.h"

typedef struct diff_ctx {
	sg_plan *plan;
	const sg_schema *cur;
	/*
	 * The current schema as read (its callers of renamed functions already
	 * calling the new names), before sg_diff__renamed_defaults: the downs of
	 * operations that run before the sequence renames use it.
	 */
	const sg_schema *cur_as_read;
	/*
	 * The current schema as the catalog read it, before any rename is seen
	 * through its expressions: the downs of operations that run before the
	 * domain and function renames (SG_PHASE_DROP_DOMAIN_FUNCTION) use it.
	 */
	const sg_schema *cur_original;
	const sg_schema *want;
	const char *qual;
	bool online;
	sg_strbuf up, down, msg;
	/* For each current table: its desired counterpart (NULL when dropped). */
	const sg_table **cur_match;
	/* For each current table with a counterpart: which column continues which (colmap.h). */
	sg_colmap *maps;
	/* PRIMARY KEY / UNIQUE constraints of current tables that this plan drops. */
	const sg_constraint **dropped_keys;
	const sg_table **dropped_key_tables;
	size_t ndropped_keys;
	/* Enums this plan re-creates: their columns' defaults are set by the re-create itself. */
	const sg_enum **recreated;
	/* Per recreated: the current enum it continues when renamed (renamed_from), else the same pointer. */
	const sg_enum **recreated_from;
	size_t nrecreated;
	/*
	 * Per current domain (diff_domain_group.c): the index of the current
	 * domain whose re-create takes it along (its own, or the re-created
	 * domain it is based on, directly or not), else -1; and the re-created
	 * enum it is based on (through domains that stay), else NULL.  NULL
	 * arrays when the schema has no domains.
	 */
	long *domain_group;
	const sg_enum **domain_enum;
	size_t ndomains_redone; /* how many are taken along (0: no text names one, at once) */
	/*
	 * Functions dropped and created again in SG_PHASE_RECREATE_FUNCTION, once
	 * the defaults, checks and indexes that called them are gone, and the
	 * current columns whose default calls one: taken off first, put back by
	 * the down (diff_function_users.c).
	 */
	const sg_function **moved_functions;
	size_t nmoved_functions;
	const sg_column **early_defaults;
	size_t nearly_defaults;
	/*
	 * The current checks and indexes that stay but are dropped and added
	 * again around such a function (diff_function_users.c): added with the
	 * desired comment, which no COMMENT ON then sets again.
	 */
	const void **put_back;
	size_t nput_back;
	/*
	 * Current functions dropped before a domain's re-create and created
	 * after it (diff_function_domain.c), callees before the BEGIN ATOMIC
	 * bodies that call them.
	 */
	const sg_function **around;
	size_t naround;
	/* around[naround_domain...]: there for a function they call that is dropped and created again in place */
	size_t naround_domain;
	/*
	 * Current functions whose bodies read a view the plan drops, creates
	 * again or renames (or whose desired bodies read one it creates), dropped
	 * with the views (view_fns_dropped: done), and the desired functions
	 * created after the views (diff_view.c, sg_diff__find_view_functions).
	 */
	const sg_function **view_fns;
	size_t nview_fns;
	bool *view_fns_dropped;
	const sg_function **view_fns_want;
	size_t nview_fns_want;
	bool *view_fns_created; /* per view_fns_want: created (diff_view.c, with the views) */
	/* diff_trigger.c: creating the tables' triggers whose WHEN calls one of view_fns_want (after the views). */
	bool triggers_after_views;
	/* Desired functions created after the tables and columns (sg_diff__find_late_functions). */
	const sg_function **late_fns;
	size_t nlate_fns;
	/* --online: unique keys and indexes built CONCURRENTLY after the main step. */
	sg_online_keys late_keys;
} diff_ctx;

/* diff.c */
sg_op *sg_diff__finish_op(diff_ctx *ctx, sg_phase phase, const char *table, const char *object, const char *fmt, ...)
    SG_PRINTF(5, 6);
void sg_diff__hazard(diff_ctx *ctx, sg_op *op, bool down, sg_hazard_code code, const char *fmt, ...) SG_PRINTF(5, 6);
void sg_diff__alter_table(diff_ctx *ctx, sg_strbuf *sb, const char *table);
void sg_diff__alter_column(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column);
void sg_diff__newline_if_any(sg_strbuf *sb);
/*
 * A plpgsql block (for a DO body) that runs `body` (statements, one per line)
 * and turns the error `condition` into a warning carrying `message`.
 */
void sg_diff__guard_block(sg_strbuf *sb, const char *body, const char *condition, const char *message);
void sg_diff__guarded_sql(diff_ctx *ctx, sg_strbuf *sb, const char *stmt, const char *fmt, ...) SG_PRINTF(4, 5);
void sg_diff__rename_sql(diff_ctx *ctx, sg_strbuf *sb, const char *what, const char *table, const char *from,
			 const char *to);

/* diff_enum.c */
/*
 * The current enum desired `w` renames (its renamed_from, when that enum
 * exists, the models no longer define it and no current enum or domain has
 * the new name), else NULL.
 */
const sg_enum *sg_diff__enum_renamed(const sg_schema *cur, const sg_schema *want, const sg_enum *w);
/* The current enum desired `w` continues: the same name, or the one it is renamed from (`*renamed`). */
const sg_enum *sg_diff__enum_match(const diff_ctx *ctx, const sg_enum *w, bool *renamed);
bool sg_diff__casts_to_recreated_enum(const diff_ctx *ctx, const sg_constraint *con, const sg_index *idx);
void sg_diff__find_recreated_enums(diff_ctx *ctx);
void sg_diff__diff_enums(diff_ctx *ctx);
bool sg_diff__is_enum_type(const diff_ctx *ctx, const char *type);
bool sg_diff__uses_recreated_enum(const diff_ctx *ctx, const sg_column *col);
/*
 * Whether current column type `type` (format_type's text) is enum `e`, an
 * array of it, or a domain of ctx->cur based on it (through other domains).
 */
bool sg_diff__type_reaches_enum(const diff_ctx *ctx, const char *type, const char *e);
/*
 * Whether `text` (a check, a default, a trigger's WHEN, a function's
 * definition) names an enum the plan re-creates, as a word of its own.
 */
bool sg_diff__text_names_recreated_enum(const diff_ctx *ctx, const char *text);
/* Whether current function `fn` takes, returns or (a BEGIN ATOMIC or RETURN body) reads enum `e`. */
bool sg_diff__function_names_enum(const sg_function *fn, const char *e);
/* Whether `text` names enum `e` as a word of its own (`'a'::mood`, `m mood`). */
bool sg_diff__text_names_enum(const char *text, const char *e);
/* Whether catalog text casts a literal to enum `e` (`'x'::e`). */
bool sg_diff__text_casts_to_enum(const char *text, const char *e);

/* diff_domain.c */
void sg_diff__diff_domains(diff_ctx *ctx);
/* Whether a current column type and a desired one are the same type: equal, or a domain and its new name. */
bool sg_diff__same_type(const diff_ctx *ctx, const char *cur, const char *want);
/* Whether column type text (format_type) is the domain `qname` (quoted as the catalog prints it) or an array of it. */
bool sg_diff__type_is_domain(const char *type, const char *qname);
/* `name` quoted as format_type prints it, into `sb` (reset first). */
void sg_diff__domain_qname(sg_strbuf *sb, const char *name);
/* The domain of `s` a column type (format_type's text, maybe `[]`) is, as an index into s->domains; -1 when none. */
long sg_diff__domain_of_type(const sg_schema *s, const char *type, sg_strbuf *tmp);
/* The domains of `s` in an order where a domain comes after the domain it is based on; malloc'd, NULL on OOM. */
size_t *sg_diff__domain_order(const sg_schema *s);
/* The current domain desired `w` continues: the same name, or the one it is renamed from. */
const sg_domain *sg_diff__domain_match(const diff_ctx *ctx, const sg_domain *w, bool *renamed);
/*
 * Current domain `c`'s type text with a base domain the plan renames named as
 * it is once the renames have run (arrays keep `[]`): for the downs that
 * create `c` again before the renames are undone.  Into `tmp`, or `c->type`.
 */
const char *sg_diff__base_as_renamed(const diff_ctx *ctx, const sg_domain *c, sg_strbuf *tmp);
/* The same for a column's type (format_type's text): for the downs that add a dropped column or table again. */
const char *sg_diff__type_as_renamed(const diff_ctx *ctx, const char *type, sg_strbuf *tmp);
void sg_diff__drop_domain_sql(diff_ctx *ctx, sg_strbuf *sb, const char *name);
void sg_diff__create_domain_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_domain *d);

/* diff_domain_group.c: domains dropped and created again, with the domains based on them */
void sg_diff__find_recreated_domains(diff_ctx *ctx);
/* The re-create of current domain `root` and of every domain taken along with it (SG_PHASE_CREATE_DOMAIN). */
void sg_diff__recreate_domains(diff_ctx *ctx, size_t root);
/*
 * Whether the re-create of current domain `root` (a group's root) makes it
 * based, as desired, on an enum the plan re-creates (directly, through
 * domains or as an array): it then runs once that enum is created again
 * (SG_PHASE_RECREATE_ENUM, after the enum's operation).
 */
bool sg_diff__domain_group_after_enum(const diff_ctx *ctx, size_t root);
/*
 * diff_domain.c: check `ck` (the default) of current domain `c` dropped before
 * the re-creates and renames (SG_PHASE_DROP_DOMAIN_FUNCTION), because it casts
 * to a type the plan drops and creates again; the down adds it back as the
 * catalog read it, once that type is back.  The caller leaves it out of any
 * CREATE DOMAIN of `c` in a down.
 */
void sg_diff__drop_domain_check_early(diff_ctx *ctx, const sg_domain *c, const sg_domain_check *ck);
void sg_diff__drop_domain_default_early(diff_ctx *ctx, const sg_domain *c);
/* Whether current domain `i` is dropped and created again by a re-create (of a domain or of an enum). */
bool sg_diff__domain_redone(const diff_ctx *ctx, size_t i);
/* Whether `text` names type `qname` (quoted as the catalog prints it) as a word of its own. */
bool sg_diff__names_type(const char *text, const char *qname);
/* Whether catalog text (a view's query, a type list) names a domain this plan drops and creates again. */
bool sg_diff__text_names_redone_domain(const diff_ctx *ctx, const char *text);
/*
 * Whether a current check (con) or index (idx) casts to a domain this plan drops and creates again: it is
 * dropped before the re-create (SG_PHASE_DROP_DOMAIN_FUNCTION) and added again after it.
 */
bool sg_diff__casts_to_redone_domain(const diff_ctx *ctx, const sg_constraint *con, const sg_index *idx);
/* Whether catalog text (an index's definition) names a domain this plan drops, or drops and creates again. */
bool sg_diff__text_names_gone_domain(const diff_ctx *ctx, const char *text);
/* Whether column type `type` (current side) is a domain this plan drops (and creates again), or an array of one. */
bool sg_diff__type_redone(const diff_ctx *ctx, const char *type);
/*
 * Within a re-create of enum `e` (`e`'s name): the columns of the domains
 * based on it taken to text and the domains dropped (`part` 0, before the
 * enum is renamed away), or the domains created again and their columns
 * taken back (`part` 1, once the new enum exists).  `as_before` and
 * `to_desired` as recreate_enum's (diff_enum.c).
 */
void sg_diff__enum_domains_sql(diff_ctx *ctx, sg_strbuf *sb, const char *e, int part, bool to_desired, bool as_before);

/* diff_exclusion.c: exclusion constraints (not managed) around a domain or an enum dropped and created again */
/*
 * Those of current table `ct` (desired `wt`) whose definition casts to a
 * domain the plan drops and creates again, or names an enum it re-creates:
 * dropped before, added again after, from the catalog's text.
 */
void sg_diff__exclusions(diff_ctx *ctx, const sg_table *ct, const sg_table *wt);
/*
 * For the down of ADD VALUE (the schema as before the plan): drop (`create`
 * false) or add again those that name enum `e`.  Each statement ends with a
 * newline.
 */
void sg_diff__exclusions_as_before(diff_ctx *ctx, sg_strbuf *sb, const char *e, bool create);

/* diff_column.c */
void sg_diff__add_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col);
void sg_diff__drop_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column);
/* `ALTER TABLE table ALTER COLUMN column SET DEFAULT expr;` (`DROP DEFAULT` when `expr` is NULL) into `sb`. */
void sg_diff__set_default_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column, const char *expr);
bool sg_diff__column_recreated(const sg_colmap *m, size_t cur_index);
/*
 * The renames of `table`'s columns, or of tables when `table` is NULL: every
 * name in use (`taken`) and the ones that change (`from[i]` to `to[i]`).
 */
typedef struct diff_renames {
	const char *table;
	const char **from, **to, **taken;
	size_t n, ntaken;
} diff_renames;
/* Room for `cap` names in `r`; false when out of memory (the plan failed, nothing to release). */
bool sg_diff__renames_init(diff_ctx *ctx, diff_renames *r, const char *table, size_t cap);
/* Name `name` in use, renamed to `new_name` (NULL or the same name: kept). */
void sg_diff__renames_add(diff_renames *r, const char *name, const char *new_name);
/* The renames as operations, each with its inverse, in an order that never takes a name in use; releases `r`. */
void sg_diff__renames_emit(diff_ctx *ctx, diff_renames *r);
void sg_diff__diff_columns(diff_ctx *ctx, const sg_colmap *m);
void sg_diff__mark_rebuilt(diff_ctx *ctx, sg_colmap *m);

/* diff_column_serial.c: the sequences of serial and identity columns, for diff_column.c's changes */
bool sg_diff__is_nextval(const char *expr);
bool sg_diff__serial_sequence(const char *expr, sg_strbuf *out);
void sg_diff__owned_sequence_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col, bool after);
/* `SELECT setval(...)` of sequence `seq` (NULL: the column's identity) past column `column`'s values, into `sb`. */
void sg_diff__sequence_past_max_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column,
				    const char *seq, const sg_sequence *opts);
/* Whether live column `c`'s default reads a sequence of its own; its name then in `seq`. */
bool sg_diff__own_serial_sequence(const diff_ctx *ctx, const sg_column *c, sg_strbuf *seq);
/* Each an operation of its own on column `c` (current) / `w` (desired) of `table`, when there is one to make. */
void sg_diff__serial_sequence_op(diff_ctx *ctx, const char *table, const sg_column *w, bool past_max);
void sg_diff__drop_serial_sequence_op(diff_ctx *ctx, const char *table, const char *column, const sg_column *c,
				      bool past_max);
void sg_diff__serial_type_op(diff_ctx *ctx, const char *table, const char *column, const sg_column *c,
			     const sg_column *w);
void sg_diff__identity_op(diff_ctx *ctx, const char *table, const sg_column *c, const sg_column *w);
void sg_diff__identity_options_op(diff_ctx *ctx, const char *table, const sg_column *c, const sg_column *w);

/* diff_constraint.c */
const char *sg_diff__kind_word(const sg_constraint *con);
void sg_diff__add_constraint(diff_ctx *ctx, const char *table, const sg_constraint *w, bool existing);
void sg_diff__drop_constraint(diff_ctx *ctx, const sg_table *ct, const sg_constraint *c);
void sg_diff__create_index(diff_ctx *ctx, const char *table, const sg_index *w, bool existing);
/* Index `c` of current table `table` dropped (the phase and the down as its change asks: diff_constraint.c). */
void sg_diff__drop_index(diff_ctx *ctx, const char *table, const sg_index *c);
void sg_diff__diff_constraints(diff_ctx *ctx, const sg_table *ct, const sg_table *wt, bool fks);
void sg_diff__diff_indexes(diff_ctx *ctx, const sg_table *ct, const sg_table *wt);

/* diff_sequence.c */
void sg_diff__diff_sequences(diff_ctx *ctx);
bool sg_diff__managed_sequence(const diff_ctx *ctx, const char *seq);
/* The same, of one side only. */
bool sg_diff__managed_sequence_in(const diff_ctx *ctx, const sg_schema *side, const char *seq);
/*
 * Whether `seq` (a nextval() literal's text) names a sequence of another
 * schema than the managed one: never a serial column's own (PostgreSQL keeps
 * an owned sequence in its table's schema).
 */
bool sg_diff__other_schema_sequence(const diff_ctx *ctx, const char *seq);
/*
 * Whether current column `c` of current table `table` has a default that
 * reads a sequence the database lists (not its serial's, which the catalog
 * folds into the column) owned by nothing or by another column: a serial
 * column of the models is then a new serial, not that sequence.
 */
bool sg_diff__reads_standalone_sequence(const diff_ctx *ctx, const char *table, const sg_column *c);
/*
 * Whether desired sequence `w` has its name only after the renames: renamed
 * to it (SG_PHASE_RENAME_SEQUENCE), or new under a name a current relation
 * frees (SG_PHASE_CREATE_SEQUENCE).
 */
bool sg_diff__sequence_late(const diff_ctx *ctx, const sg_sequence *w);
/* Whether the plan renames current sequence `name`. */
bool sg_diff__sequence_renamed(const diff_ctx *ctx, const char *name);
/*
 * The current sequence that current column `c` of a table (named `table` as
 * desired) reads in its default and that the identity its desired `w` gains
 * replaces: dropped by the plan (in no model, renamed to none), owned by no
 * column, read by no other default, and named as PostgreSQL names the
 * identity's sequence (table_column_seq), which would otherwise be
 * table_column_seq1 since the drop comes last.  The identity's operation drops
 * it just before (and its down creates it again); NULL when there is none.
 */
const sg_sequence *sg_diff__sequence_yielding_to_identity(const diff_ctx *ctx, const char *table, const sg_column *c,
							  const sg_column *w);
/* CREATE SEQUENCE (and its comment) / DROP SEQUENCE of `q` / `name` into `sb`. */
void sg_diff__sequence_create_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_sequence *q);
void sg_diff__sequence_drop_sql(diff_ctx *ctx, sg_strbuf *sb, const char *name);
/*
 * `cur` with the column defaults, and the functions' argument defaults and
 * BEGIN ATOMIC or RETURN bodies, that read a sequence this plan renames
 * reading it by its new name: a shallow copy in `storage` (new strings and
 * arrays in the plan's arena), or `cur` itself when nothing is renamed.  The
 * renames run before every change of a column, table or default (plan.h),
 * so the downs of those changes run while the new name is in place.
 */
const sg_schema *sg_diff__renamed_defaults(sg_plan *plan, const sg_schema *cur, const sg_schema *want,
					   sg_schema *storage);

/*
 * Current table `t` (of ctx->cur) or its column `c` as the catalog read them:
 * defaults name a renamed sequence by its old name.  For the downs of
 * operations that run before SG_PHASE_RENAME_SEQUENCE (early drops, defaults
 * taken off first), which run once that rename is undone.
 */
const sg_table *sg_diff__table_as_read(const diff_ctx *ctx, const sg_table *t);
/* Current table `t` (of ctx->cur) as the catalog read it (ctx->cur_original). */
const sg_table *sg_diff__table_original(const diff_ctx *ctx, const sg_table *t);
const sg_column *sg_diff__column_as_read(const diff_ctx *ctx, const sg_table *t, const sg_column *c);

/*
 * diff_function_renames.c: `cur` with the defaults, generated columns,
 * checks, index expressions, views and triggers that call a function this
 * plan renames calling it by its new name (a shallow copy in `storage`, or `cur` itself
 * when no function is renamed), as sg_diff__renamed_defaults does for
 * sequences.
 */
const sg_schema *sg_diff__renamed_function_callers(sg_plan *plan, const sg_schema *cur, const sg_schema *want,
						   sg_schema *storage);
/*
 * The length of catalog function text `def` (pg_get_functiondef's) before a
 * string body (`AS $function$...`): all of it for a BEGIN ATOMIC or RETURN
 * body, which reads what it names by oid.
 */
size_t sg_diff__function_header_len(const char *def);
/*
 * Current view `v` (of ctx->cur) as the catalog read it (ctx->cur_original),
 * before the function renames were seen through its text and its triggers':
 * for the downs that create it again once the renames are undone.
 */
const sg_view *sg_diff__view_original(const diff_ctx *ctx, const sg_view *v);
/* A rewrite of catalog text: true when it changed `text`, the result in `out`. */
typedef bool (*sg_diff__text_rewrite)(void *ctx, const char *text, sg_strbuf *out);
/*
 * `s` with its functions' argument defaults and the part of their
 * definitions a rename reaches (after their own name, before a string body)
 * passed through `rewrite`: the functions array copied into the plan's arena
 * when any changes (plan->failed when out of memory).
 */
void sg_diff__rewrite_function_texts(sg_plan *plan, sg_schema *s, sg_diff__text_rewrite rewrite, void *ctx);

/*
 * diff_dependents.c: once every operation is planned, the objects outside the
 * models that depend on managed ones (ctx->cur->dependents) against the
 * plan's statements: an up statement PostgreSQL would refuse because of one
 * refuses the plan, a down statement gets an `irreversible` down hazard.
 */
void sg_diff__check_dependents(diff_ctx *ctx);

/* diff_table.c */
void sg_diff__match_tables(diff_ctx *ctx);
int sg_diff__build_maps(diff_ctx *ctx);
void sg_diff__diff_tables(diff_ctx *ctx);

/* diff_function.c: functions and procedures */
void sg_diff__diff_functions(diff_ctx *ctx);
/* Whether the plan drops the current function `name(types)`, or drops and creates it again. */
bool sg_diff__function_dropped(const diff_ctx *ctx, const char *name, const char *types);
/*
 * The same for what calls it by oid and whose text is read with the renames (a
 * view, a trigger): a function only renamed (its new text the same, or
 * replaced in place) is neither.
 */
bool sg_diff__function_dropped_under(const diff_ctx *ctx, const char *name, const char *types);
/* The desired function current `c` becomes: of its name and argument types, or renamed from it; NULL when none. */
const sg_function *sg_diff__function_target(const diff_ctx *ctx, const sg_function *c);
/* Whether current `c` has a target whose text differs (replaced, or dropped and created again). */
bool sg_diff__function_changed(const diff_ctx *ctx, const sg_function *c);
/* Whether current `c` is dropped and created again in place: its target's text differs and OR REPLACE cannot make it.
 */
bool sg_diff__function_redone_in_place(const diff_ctx *ctx, const sg_function *c);
/* Whether the plan drops current `c`, or drops and creates it again, following a rename to its target. */
bool sg_diff__function_recreated(const diff_ctx *ctx, const sg_function *c);
/*
 * Whether current function `c`, which the plan drops, gives its name to a
 * function the plan creates with other argument types (a signature change:
 * dropped just before that one is created, diff_function.c).
 */
bool sg_diff__function_replaced_by_overload(const diff_ctx *ctx, const sg_function *c);

/*
 * Whether current `c` is dropped before the tables change and created again
 * after them: its body reads a table or column that goes, changes type or is
 * renamed (diff_function.c).
 */
bool sg_diff__function_around_tables(const diff_ctx *ctx, const sg_function *c);
/*
 * Whether desired catalog text `text` (a default, a check) calls a desired
 * function created after the tables and columns: such a default is set, and
 * such a check added, once it exists (SG_PHASE_ADD_CONSTRAINT).
 */
bool sg_diff__calls_late_function(const diff_ctx *ctx, const char *text);
/* Those desired functions (ctx->late_fns), once the functions' phases are known. */
void sg_diff__find_late_functions(diff_ctx *ctx);
/* `fn`'s CREATE OR REPLACE statement (check_function_bodies off first for a checked body), named `name`, and its
 * comment. */
void sg_diff__function_create_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_function *fn, const char *name);

/* diff_function_domain.c: functions dropped before a domain's re-create and created after it */
/* The current functions that name a re-created domain, and those whose BEGIN ATOMIC bodies call them (ctx->around). */
void sg_diff__find_domain_functions(diff_ctx *ctx);
/* Their callers (defaults, checks, indexes) taken off and put back. */
void sg_diff__domain_function_callers(diff_ctx *ctx);
/*
 * The functions dropped (SG_PHASE_DROP_DOMAIN_FUNCTION): once the tables are
 * diffed, after every caller dropped in that phase (a check or index that
 * casts to the re-created domain too: diff_constraint.c).
 */
void sg_diff__drop_domain_functions(diff_ctx *ctx);
/*
 * The current functions whose BEGIN ATOMIC or RETURN body, or an argument's
 * default, calls a function dropped and created again in place (another
 * result, argument names or defaults) or one of ctx->around: around too
 * (after ctx->naround_domain), since DROP FUNCTION refuses while they exist.
 */
void sg_diff__find_callee_functions(diff_ctx *ctx);
bool sg_diff__function_around(const diff_ctx *ctx, const sg_function *c);
/*
 * Current `fn` as the catalog read it (ctx->cur_original), before the renames were seen through its text: for
 * the downs that create it again once the renames are undone.
 */
const sg_function *sg_diff__function_original(const diff_ctx *ctx, const sg_function *fn);
/*
 * Whether catalog text (an index's definition, a check's) calls one of those functions: its index or check is
 * dropped before the domain's re-create and created again after it.
 */
bool sg_diff__calls_around(const diff_ctx *ctx, const char *text);

/* diff_function_users.c: defaults, checks and indexes that call a function the plan drops */
/* Whether catalog text `expr` calls a function named `name` (unqualified, as the catalog prints it). */
bool sg_diff__text_calls(const char *expr, const char *name);
/*
 * Whether the caller `name` of relation `rel` (kind 'd' a column's default or
 * generation expression, 'c' a table's check, 'k' a domain's, 'i' an index),
 * whose catalog text is `text`, calls current function `fn`: by pg_depend
 * when the catalog read it, else by fn's name or `as` (NULL: none) followed by
 * `(` in the text.
 */
bool sg_diff__function_calls(const sg_function *fn, char kind, const char *rel, const char *name, const char *text,
			     const char *as);
void sg_diff__function_users(diff_ctx *ctx);
bool sg_diff__function_moved(const diff_ctx *ctx, const sg_function *c);
/* Whether catalog text `text` calls a function the plan drops, creates again or replaces. */
bool sg_diff__calls_changed_function(const diff_ctx *ctx, const char *text);
bool sg_diff__default_dropped_early(const diff_ctx *ctx, const sg_column *c);
/* Whether current check or index `c` is dropped and added again around a function (ctx->put_back). */
bool sg_diff__caller_put_back(const diff_ctx *ctx, const void *c);

/* diff_view.c: views and materialized views */
void sg_diff__diff_views(diff_ctx *ctx);
/*
 * The functions dropped before views and created after them (ctx->view_fns,
 * view_fns_want): a current body reads a view that the plan drops, creates
 * again or renames, or the desired body reads a view the plan creates; the
 * views that call such a function go and come back with it.  Refused when a
 * default, check or index calls one.  Runs before the functions are diffed.
 */
void sg_diff__find_view_functions(diff_ctx *ctx);
bool sg_diff__function_on_views(const diff_ctx *ctx, const sg_function *c);
bool sg_diff__function_created_after_views(const diff_ctx *ctx, const sg_function *w);
/*
 * For a re-create of enum `e` where the schema is as before the plan (the
 * down of ADD VALUE, diff_enum.c): drop (`create` false; readers first) or
 * create again (each after what it reads) the current views that read a
 * column of the enum (sg_diff__type_reaches_enum), have one of its type or
 * cast to it, and the views that read those.  Each statement ends with a
 * newline.  Returns whether a materialized view is among them (its rows are
 * computed again).
 */
bool sg_diff__enum_views_sql(diff_ctx *ctx, sg_strbuf *sb, const char *e, bool create);

/* diff_trigger.c: the triggers of every table */
void sg_diff__diff_triggers(diff_ctx *ctx);
/*
 * The tables' triggers whose WHEN calls a function created after the views
 * (ctx->view_fns_want): created once it is, at the end of the views
 * (sg_diff__diff_triggers leaves them out).  A trigger whose WHEN calls a
 * function dropped with the views is dropped with them, before it.
 */
void sg_diff__triggers_after_views(diff_ctx *ctx);
/*
 * Whether current trigger `c` of relation `crel` stays as desired `w` (NULL:
 * gone) of `wrel` is: same text but for its name and its relation's, and its
 * function not dropped.
 */
bool sg_diff__trigger_kept(const diff_ctx *ctx, const sg_trigger *c, const char *crel, const sg_trigger *w,
			   const char *wrel);
/*
 * The desired trigger (of the n `w`) that current trigger `t` (one of the
 * nc `c`) becomes: the one of its name, else the one renamed from it whose
 * own name is no current trigger's; NULL when it goes.
 */
const sg_trigger *sg_diff__trigger_successor(const sg_trigger *c, size_t nc, const sg_trigger *w, size_t nw,
					     const sg_trigger *t);
/* `CREATE TRIGGER` (and its ENABLE / DISABLE) for each of the n triggers of relation `rel`, appended to sb. */
void sg_diff__create_triggers_sql(diff_ctx *ctx, sg_strbuf *sb, const char *rel, const sg_trigger *list, size_t n);
/*
 * `CREATE TRIGGER` of `tg`, whose definition names relation `defrel`, on
 * relation `rel` instead (a renamed view's trigger in a down that runs
 * before the view's rename is undone).
 */
void sg_diff__create_trigger_moved_sql(diff_ctx *ctx, sg_strbuf *sb, const char *defrel, const char *rel,
				       const sg_trigger *tg);
/*
 * The triggers of view `c` that stays as `w` (not dropped and created again):
 * the changed and gone ones dropped first, the new and changed ones created
 * with the views, `enabled` alone altered.
 */
void sg_diff__view_triggers(diff_ctx *ctx, const sg_view *c, const sg_view *w);

/* diff_fill.c */
/*
 * New column `w` of existing table `table` whose existing rows are filled
 * with something else than what ADD COLUMN gives them: its `fill`, or its
 * default when that calls a function created after the tables.  Plans it
 * (up, down, hazards; --online too) and returns true; false when `w` is not
 * such a column and the caller adds it as usual.
 */
bool sg_diff__add_column_filled(diff_ctx *ctx, const char *table, const sg_column *w);
/*
 * Existing column `w` (its name after the renames) made NOT NULL with its
 * `fill` given to the rows where it is NULL, then NOT NULL, where new
 * columns' fills run (--online: in batches, then through a validated check).
 */
void sg_diff__set_not_null_filled(diff_ctx *ctx, const char *table, const sg_column *w);

/* diff_online.c */
void sg_diff__online_set_not_null(diff_ctx *ctx, const char *table, const char *column);
bool sg_diff__online_add_column(diff_ctx *ctx, const char *table, const sg_column *w);
/*
 * Column `w` of an existing table, new there with its default or its `fill`,
 * or `existing` there and made NOT NULL with its fill: the rows where it is
 * NULL filled in batches by the _backfill step (with the fill when it has
 * one, else with its default), then NOT NULL (when `w` is) through a check
 * validated in the _validate step.
 */
void sg_diff__online_fill(diff_ctx *ctx, const char *table, const sg_column *w, bool existing);
void sg_diff__online_late_key(diff_ctx *ctx, const char *table, const sg_constraint *con, const sg_index *idx);
bool sg_diff__online_add_constraint(diff_ctx *ctx, const char *table, const sg_constraint *w, bool existing);

#endif
