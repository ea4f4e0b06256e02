/*
 * The models' format as libcyaml's schema: one field table per mapping of
 * docs/models.md, over the y_* structs of model_int.h.  doc_check.c checks a
 * document against these tables and fills the structs from them; nothing
 * here runs code.
 */
#include "model_int.h"

#define OPT CYAML_FLAG_OPTIONAL
#define STR_FIELD(key, st, member, flags)                                                                              \
	CYAML_FIELD_STRING_PTR(key, (flags) | CYAML_FLAG_POINTER, st, member, 0, CYAML_UNLIMITED)

static const cyaml_schema_value_t string_entry = {
    CYAML_VALUE_STRING(CYAML_FLAG_POINTER, char, 0, CYAML_UNLIMITED),
};

static const cyaml_strval_t identity_strings[] = {
    {"always", SG_IDENTITY_ALWAYS},
    {"by_default", SG_IDENTITY_BY_DEFAULT},
};

static const cyaml_strval_t action_strings[] = {
    {"no_action", SG_FK_NO_ACTION},	{"no action", SG_FK_NO_ACTION},	    {"restrict", SG_FK_RESTRICT},
    {"cascade", SG_FK_CASCADE},		{"set_null", SG_FK_SET_NULL},	    {"set null", SG_FK_SET_NULL},
    {"set_default", SG_FK_SET_DEFAULT}, {"set default", SG_FK_SET_DEFAULT},
};
static const cyaml_strval_t match_strings[] = {
    {"simple", SG_MODEL__MATCH_SIMPLE},
    {"full", SG_MODEL__MATCH_FULL},
    {"partial", SG_MODEL__MATCH_PARTIAL},
};
#define NSTRVAL(a) (sizeof(a) / sizeof((a)[0]))
#define MATCH_FIELD(st, member)                                                                                        \
	CYAML_FIELD_ENUM("match", OPT | CYAML_FLAG_CASE_INSENSITIVE | CYAML_FLAG_STRICT, st, member, match_strings,    \
			 NSTRVAL(match_strings))
#define ACTION_FIELD(key, st, member)                                                                                  \
	CYAML_FIELD_ENUM(key, OPT | CYAML_FLAG_CASE_INSENSITIVE | CYAML_FLAG_STRICT, st, member, action_strings,       \
			 NSTRVAL(action_strings))

/* A mapping whose first field a scalar may stand for (doc_check.c): `identity: always`. */
static const cyaml_schema_field_t identity_fields[] = {CYAML_FIELD_ENUM("generated", CYAML_FLAG_STRICT, y_identity,
									generated, identity_strings,
									NSTRVAL(identity_strings)),
						       STR_FIELD("start", y_identity, start, OPT),
						       STR_FIELD("increment", y_identity, increment, OPT),
						       STR_FIELD("min", y_identity, min, OPT),
						       STR_FIELD("max", y_identity, max, OPT),
						       STR_FIELD("cache", y_identity, cache, OPT),
						       CYAML_FIELD_BOOL("cycle", OPT, y_identity, cycle),
						       CYAML_FIELD_END};
const cyaml_schema_field_t *const sg_model__scalar_shorthands[] = {identity_fields, NULL};

static const cyaml_schema_field_t ref_fields[] = {
    STR_FIELD("name", y_ref, name, OPT),
    STR_FIELD("schema", y_ref, schema, OPT),
    STR_FIELD("table", y_ref, table, 0),
    STR_FIELD("column", y_ref, column, OPT),
    ACTION_FIELD("on_delete", y_ref, on_delete),
    CYAML_FIELD_SEQUENCE("on_delete_columns", CYAML_FLAG_POINTER | OPT, y_ref, on_delete_columns, &string_entry, 1,
			 CYAML_UNLIMITED),
    ACTION_FIELD("on_update", y_ref, on_update),
    MATCH_FIELD(y_ref, match),
    CYAML_FIELD_BOOL("deferrable", OPT, y_ref, deferrable),
    CYAML_FIELD_BOOL("initially_deferred", OPT, y_ref, initially_deferred),
    CYAML_FIELD_BOOL("not_valid", OPT, y_ref, not_valid),
    CYAML_FIELD_END};

static const cyaml_schema_field_t column_fields[] = {
    STR_FIELD("name", y_column, name, 0),
    STR_FIELD("type", y_column, type, 0),
    CYAML_FIELD_BOOL_PTR("nullable", OPT, y_column, nullable),
    STR_FIELD("default", y_column, default_expr, OPT),
    CYAML_FIELD_MAPPING_PTR("identity", OPT, y_column, identity, identity_fields),
    CYAML_FIELD_BOOL("primary_key", OPT, y_column, primary_key),
    CYAML_FIELD_BOOL("unique", OPT, y_column, unique),
    CYAML_FIELD_MAPPING_PTR("references", OPT, y_column, references, ref_fields),
    STR_FIELD("collation", y_column, collation, OPT),
    STR_FIELD("comment", y_column, comment, OPT),
    STR_FIELD("generated", y_column, generated, OPT),
    STR_FIELD("statistics", y_column, statistics, OPT),
    STR_FIELD("renamed_from", y_column, renamed_from, OPT),
    STR_FIELD("using", y_column, using_expr, OPT),
    STR_FIELD("using_down", y_column, using_down, OPT),
    STR_FIELD("fill", y_column, fill, OPT),
    CYAML_FIELD_END};

static const cyaml_schema_field_t unique_fields[] = {
    STR_FIELD("name", y_unique, name, OPT),
    CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER, y_unique, columns, &string_entry, 1, CYAML_UNLIMITED),
    CYAML_FIELD_BOOL("nulls_not_distinct", OPT, y_unique, nulls_not_distinct),
    CYAML_FIELD_BOOL("deferrable", OPT, y_unique, deferrable),
    CYAML_FIELD_BOOL("initially_deferred", OPT, y_unique, initially_deferred),
    CYAML_FIELD_END};

static const cyaml_schema_field_t check_fields[] = {STR_FIELD("name", y_check, name, OPT),
						    STR_FIELD("expression", y_check, expression, 0),
						    CYAML_FIELD_BOOL("not_valid", OPT, y_check, not_valid),
						    CYAML_FIELD_BOOL("no_inherit", OPT, y_check, no_inherit),
						    STR_FIELD("comment", y_check, comment, OPT),
						    CYAML_FIELD_END};

static const cyaml_schema_field_t fk_target_fields[] = {
    STR_FIELD("schema", y_fk_target, schema, OPT), STR_FIELD("table", y_fk_target, table, 0),
    CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER | OPT, y_fk_target, columns, &string_entry, 1, CYAML_UNLIMITED),
    CYAML_FIELD_END};

static const cyaml_schema_field_t fk_fields[] = {
    STR_FIELD("name", y_fk, name, OPT),
    CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER, y_fk, columns, &string_entry, 1, CYAML_UNLIMITED),
    CYAML_FIELD_MAPPING_PTR("references", 0, y_fk, references, fk_target_fields),
    ACTION_FIELD("on_delete", y_fk, on_delete),
    CYAML_FIELD_SEQUENCE("on_delete_columns", CYAML_FLAG_POINTER | OPT, y_fk, on_delete_columns, &string_entry, 1,
			 CYAML_UNLIMITED),
    ACTION_FIELD("on_update", y_fk, on_update),
    MATCH_FIELD(y_fk, match),
    CYAML_FIELD_BOOL("deferrable", OPT, y_fk, deferrable),
    CYAML_FIELD_BOOL("initially_deferred", OPT, y_fk, initially_deferred),
    CYAML_FIELD_BOOL("not_valid", OPT, y_fk, not_valid),
    CYAML_FIELD_END};

static const cyaml_schema_field_t index_fields[] = {
    STR_FIELD("name", y_index, name, OPT),
    CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER, y_index, columns, &string_entry, 1, CYAML_UNLIMITED),
    CYAML_FIELD_BOOL("unique", OPT, y_index, unique),
    CYAML_FIELD_BOOL("nulls_not_distinct", OPT, y_index, nulls_not_distinct),
    STR_FIELD("where", y_index, where, OPT),
    STR_FIELD("method", y_index, method, OPT),
    CYAML_FIELD_SEQUENCE("include", CYAML_FLAG_POINTER | OPT, y_index, include, &string_entry, 1, CYAML_UNLIMITED),
    STR_FIELD("comment", y_index, comment, OPT),
    CYAML_FIELD_END};

#define ENTRY(fields_, type_)                                                                                          \
	{                                                                                                              \
		CYAML_VALUE_MAPPING(CYAML_FLAG_DEFAULT, type_, fields_)                                                \
	}
static const cyaml_schema_value_t column_entry = ENTRY(column_fields, y_column);
static const cyaml_schema_value_t unique_entry = ENTRY(unique_fields, y_unique);
static const cyaml_schema_value_t check_entry = ENTRY(check_fields, y_check);
static const cyaml_schema_value_t fk_entry = ENTRY(fk_fields, y_fk);
static const cyaml_schema_value_t index_entry = ENTRY(index_fields, y_index);

static const cyaml_strval_t timing_strings[] = {
    {"before", SG_TRIGGER_BEFORE},
    {"after", SG_TRIGGER_AFTER},
    {"instead_of", SG_TRIGGER_INSTEAD_OF},
    {"instead of", SG_TRIGGER_INSTEAD_OF},
};
static const cyaml_strval_t for_each_strings[] = {{"statement", 0}, {"row", 1}};
/* `enabled`: a boolean, or when the trigger fires under session_replication_role (ALTER TABLE ... ENABLE ...). */
static const cyaml_strval_t enabled_strings[] = {
    {"true", 'O'}, {"yes", 'O'}, {"on", 'O'},	   {"false", 'D'},
    {"no", 'D'},   {"off", 'D'}, {"replica", 'R'}, {"always", 'A'},
};
static const cyaml_schema_field_t referencing_fields[] = {STR_FIELD("old_table", y_referencing, old_table, OPT),
							  STR_FIELD("new_table", y_referencing, new_table, OPT),
							  CYAML_FIELD_END};

static const cyaml_schema_field_t trigger_fields[] = {
    STR_FIELD("name", y_trigger, name, 0),
    CYAML_FIELD_ENUM("timing", CYAML_FLAG_CASE_INSENSITIVE | CYAML_FLAG_STRICT, y_trigger, timing, timing_strings,
		     NSTRVAL(timing_strings)),
    CYAML_FIELD_SEQUENCE("events", CYAML_FLAG_POINTER, y_trigger, events, &string_entry, 1, CYAML_UNLIMITED),
    CYAML_FIELD_ENUM("for_each", CYAML_FLAG_CASE_INSENSITIVE | CYAML_FLAG_STRICT, y_trigger, for_each, for_each_strings,
		     NSTRVAL(for_each_strings)),
    STR_FIELD("when", y_trigger, when, OPT),
    STR_FIELD("function", y_trigger, function, 0),
    CYAML_FIELD_MAPPING_PTR("referencing", OPT, y_trigger, referencing, referencing_fields),
    CYAML_FIELD_BOOL("constraint", OPT, y_trigger, constraint),
    STR_FIELD("from", y_trigger, from, OPT),
    STR_FIELD("renamed_from", y_trigger, renamed_from, OPT),
    CYAML_FIELD_BOOL("deferrable", OPT, y_trigger, deferrable),
    CYAML_FIELD_BOOL("initially_deferred", OPT, y_trigger, initially_deferred),
    CYAML_FIELD_ENUM("enabled", CYAML_FLAG_CASE_INSENSITIVE | CYAML_FLAG_STRICT | OPT, y_trigger, enabled,
		     enabled_strings, NSTRVAL(enabled_strings)),
    STR_FIELD("comment", y_trigger, comment, OPT),
    CYAML_FIELD_END};
static const cyaml_schema_value_t trigger_entry = ENTRY(trigger_fields, y_trigger);

static const cyaml_schema_field_t table_fields[] = {
    STR_FIELD("name", y_table, name, 0),
    STR_FIELD("renamed_from", y_table, renamed_from, OPT),
    STR_FIELD("comment", y_table, comment, OPT),
    CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER | OPT, y_table, columns, &column_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("primary_key", CYAML_FLAG_POINTER | OPT, y_table, primary_key, &string_entry, 1,
			 CYAML_UNLIMITED),
    STR_FIELD("primary_key_name", y_table, primary_key_name, OPT),
    CYAML_FIELD_SEQUENCE("unique", CYAML_FLAG_POINTER | OPT, y_table, unique, &unique_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("checks", CYAML_FLAG_POINTER | OPT, y_table, checks, &check_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("foreign_keys", CYAML_FLAG_POINTER | OPT, y_table, foreign_keys, &fk_entry, 0,
			 CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("indexes", CYAML_FLAG_POINTER | OPT, y_table, indexes, &index_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("triggers", CYAML_FLAG_POINTER | OPT, y_table, triggers, &trigger_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_END};

static const cyaml_schema_field_t enum_fields[] = {
    STR_FIELD("name", y_enum, name, 0),
    CYAML_FIELD_SEQUENCE("values", CYAML_FLAG_POINTER, y_enum, values, &string_entry, 0, CYAML_UNLIMITED),
    STR_FIELD("comment", y_enum, comment, OPT), STR_FIELD("renamed_from", y_enum, renamed_from, OPT), CYAML_FIELD_END};

static const cyaml_schema_field_t domain_check_fields[] = {
    STR_FIELD("name", y_domain_check, name, OPT), STR_FIELD("expression", y_domain_check, expression, 0),
    CYAML_FIELD_BOOL("not_valid", OPT, y_domain_check, not_valid), CYAML_FIELD_END};
static const cyaml_schema_value_t domain_check_entry = ENTRY(domain_check_fields, y_domain_check);

static const cyaml_schema_field_t domain_fields[] = {
    STR_FIELD("name", y_domain, name, 0),
    STR_FIELD("type", y_domain, type, 0),
    CYAML_FIELD_BOOL_PTR("nullable", OPT, y_domain, nullable),
    STR_FIELD("default", y_domain, default_expr, OPT),
    STR_FIELD("collation", y_domain, collation, OPT),
    CYAML_FIELD_SEQUENCE("checks", CYAML_FLAG_POINTER | OPT, y_domain, checks, &domain_check_entry, 0, CYAML_UNLIMITED),
    STR_FIELD("comment", y_domain, comment, OPT),
    STR_FIELD("renamed_from", y_domain, renamed_from, OPT),
    CYAML_FIELD_END};
static const cyaml_schema_value_t domain_entry = ENTRY(domain_fields, y_domain);

static const cyaml_strval_t sequence_type_strings[] = {
    {"bigint", SG_MODEL__SEQ_BIGINT}, {"int8", SG_MODEL__SEQ_BIGINT},  {"integer", SG_MODEL__SEQ_INTEGER},
    {"int", SG_MODEL__SEQ_INTEGER},   {"int4", SG_MODEL__SEQ_INTEGER}, {"smallint", SG_MODEL__SEQ_SMALLINT},
    {"int2", SG_MODEL__SEQ_SMALLINT},
};

static const cyaml_schema_field_t sequence_fields[] = {
    STR_FIELD("name", y_sequence, name, 0),
    CYAML_FIELD_ENUM("type", OPT | CYAML_FLAG_CASE_INSENSITIVE | CYAML_FLAG_STRICT, y_sequence, type,
		     sequence_type_strings, NSTRVAL(sequence_type_strings)),
    STR_FIELD("start", y_sequence, start, OPT),
    STR_FIELD("increment", y_sequence, increment, OPT),
    STR_FIELD("min", y_sequence, min, OPT),
    STR_FIELD("max", y_sequence, max, OPT),
    STR_FIELD("cache", y_sequence, cache, OPT),
    CYAML_FIELD_BOOL("cycle", OPT, y_sequence, cycle),
    STR_FIELD("owned_by", y_sequence, owned_by, OPT),
    STR_FIELD("comment", y_sequence, comment, OPT),
    STR_FIELD("renamed_from", y_sequence, renamed_from, OPT),
    CYAML_FIELD_END};

const cyaml_schema_value_t sg_model__table_entry = ENTRY(table_fields, y_table);
/* One table on its own, as the loader fills them one by one (model.c, load_table_entry). */
const cyaml_schema_value_t sg_model__table_pointer = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, y_table, table_fields),
};
static const cyaml_schema_value_t enum_entry = ENTRY(enum_fields, y_enum);
static const cyaml_schema_value_t sequence_entry = ENTRY(sequence_fields, y_sequence);

static const cyaml_schema_field_t function_fields[] = {STR_FIELD("name", y_function, name, 0),
						       STR_FIELD("definition", y_function, definition, 0),
						       STR_FIELD("renamed_from", y_function, renamed_from, OPT),
						       STR_FIELD("comment", y_function, comment, OPT), CYAML_FIELD_END};
static const cyaml_schema_value_t function_entry = ENTRY(function_fields, y_function);

static const cyaml_strval_t check_option_strings[] = {{"local", 1}, {"cascaded", 2}};
static const cyaml_schema_field_t view_option_fields[] = {
    CYAML_FIELD_BOOL("security_barrier", OPT, y_view_options, security_barrier),
    CYAML_FIELD_BOOL("security_invoker", OPT, y_view_options, security_invoker),
    CYAML_FIELD_ENUM("check_option", OPT | CYAML_FLAG_CASE_INSENSITIVE | CYAML_FLAG_STRICT, y_view_options,
		     check_option, check_option_strings, NSTRVAL(check_option_strings)),
    CYAML_FIELD_END};
static const cyaml_schema_field_t view_fields[] = {
    STR_FIELD("name", y_view, name, 0),
    STR_FIELD("query", y_view, query, 0),
    CYAML_FIELD_BOOL("materialized", OPT, y_view, materialized),
    CYAML_FIELD_SEQUENCE("columns", CYAML_FLAG_POINTER | OPT, y_view, columns, &string_entry, 1, CYAML_UNLIMITED),
    CYAML_FIELD_MAPPING_PTR("options", OPT, y_view, options, view_option_fields),
    CYAML_FIELD_SEQUENCE("indexes", CYAML_FLAG_POINTER | OPT, y_view, indexes, &index_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("triggers", CYAML_FLAG_POINTER | OPT, y_view, triggers, &trigger_entry, 0, CYAML_UNLIMITED),
    STR_FIELD("comment", y_view, comment, OPT),
    STR_FIELD("renamed_from", y_view, renamed_from, OPT),
    CYAML_FIELD_END};
static const cyaml_schema_value_t view_entry = ENTRY(view_fields, y_view);

const cyaml_schema_field_t sg_model__file_fields[] = {
    STR_FIELD("schema", y_file, schema, OPT),
    CYAML_FIELD_SEQUENCE("extensions", CYAML_FLAG_POINTER | OPT, y_file, extensions, &string_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("enums", CYAML_FLAG_POINTER | OPT, y_file, enums, &enum_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("domains", CYAML_FLAG_POINTER | OPT, y_file, domains, &domain_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("sequences", CYAML_FLAG_POINTER | OPT, y_file, sequences, &sequence_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("tables", CYAML_FLAG_POINTER | OPT, y_file, tables, &sg_model__table_entry, 0,
			 CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("functions", CYAML_FLAG_POINTER | OPT, y_file, functions, &function_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_SEQUENCE("views", CYAML_FLAG_POINTER | OPT, y_file, views, &view_entry, 0, CYAML_UNLIMITED),
    CYAML_FIELD_END};

const cyaml_schema_value_t sg_model__file_schema = {
    CYAML_VALUE_MAPPING(CYAML_FLAG_POINTER, y_file, sg_model__file_fields),
};
