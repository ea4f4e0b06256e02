/*
 * PostgreSQL's default names for the constraints and indexes the models leave
 * unnamed, chosen as CREATE TABLE and CREATE INDEX would in a database that
 * holds exactly the models (docs/models.md gives the order; naming.h has
 * PostgreSQL's rules themselves).
 */
#include "model_int.h"
#include "naming.h"

int sg_model__assign_default_names(sg_model_conv *cv)
{
	sg_schema *s = cv->schema;
	sg_naming_ns *ns = sg_naming_ns_new();
	if (!ns)
		return -1;
	int rc = 0;
	char name[SG_NAMEDATALEN];
	/* Relation names that must exist in any database where the models work (sequences come first). */
	for (size_t i = 0; i < s->nsequences && rc == 0; i++)
		rc |= sg_naming_ns_add_relation(ns, s->sequences[i].name);
	for (size_t ti = 0; ti < s->ntables && rc == 0; ti++) {
		const sg_table *t = &s->tables[ti];
		rc |= sg_naming_ns_add_relation(ns, t->name);
		for (size_t i = 0; i < t->nindexes; i++)
			if (t->indexes[i].name)
				rc |= sg_naming_ns_add_relation(ns, t->indexes[i].name);
		for (size_t i = 0; i < t->nconstraints; i++) {
			const sg_constraint *k = &t->constraints[i];
			if (k->name && (k->kind == SG_CON_PRIMARY_KEY || k->kind == SG_CON_UNIQUE))
				rc |= sg_naming_ns_add_relation(ns, k->name);
		}
	}
	for (size_t ti = 0; ti < s->ntables && rc == 0; ti++) {
		sg_table *t = &s->tables[ti];
		for (size_t i = 0; i < t->nconstraints; i++)
			if (t->constraints[i].name)
				rc |= sg_naming_ns_add_constraint(ns, t->constraints[i].name);
		for (size_t i = 0; i < t->nconstraints && rc == 0; i++) {
			sg_constraint *k = &t->constraints[i];
			if (k->name)
				continue;
			char addition[2 * SG_NAMEDATALEN];
			switch (k->kind) {
			case SG_CON_CHECK: {
				sg_sql_columns refs = {0};
				const char *msg;
				if (sg_model_sql_expr_memo(cv->memo, k->expression, &refs, &msg) != 0)
					refs.n = 0;
				const sg_column *only = refs.n == 1 ? sg_table_find_column(t, refs.names[0]) : NULL;
				rc |= sg_naming_choose_constraint_name(name, ns, t->name, only ? only->name : NULL,
								       "check");
				break;
			}
			case SG_CON_PRIMARY_KEY:
				rc |= sg_naming_choose_relation_name(name, ns, t->name, NULL, "pkey", true);
				break;
			case SG_CON_UNIQUE: {
				const char **colnames = sg_arena_array(cv->arena, k->ncolumns, sizeof(char *));
				if (!colnames ||
				    sg_naming_index_column_names(colnames, k->columns, k->ncolumns, cv->arena) != 0) {
					rc = -1;
					break;
				}
				sg_naming_name_addition(addition, colnames, k->ncolumns);
				rc |= sg_naming_choose_relation_name(name, ns, t->name, addition, "key", true);
				break;
			}
			case SG_CON_FOREIGN_KEY:
				sg_naming_name_addition(addition, k->columns, k->ncolumns);
				rc |= sg_naming_choose_constraint_name(name, ns, t->name, addition, "fkey");
				break;
			default:
				break;
			}
			if (rc == 0 && !(k->name = sg_arena_strdup(cv->arena, name)))
				rc = -1;
		}
		for (size_t i = 0; i < t->nindexes && rc == 0; i++) {
			sg_index *x = &t->indexes[i];
			if (x->name)
				continue;
			size_t n = x->nelements + x->ninclude;
			const char **prelim = sg_arena_array(cv->arena, n, sizeof(char *));
			const char **colnames = sg_arena_array(cv->arena, n, sizeof(char *));
			if (!prelim || !colnames) {
				rc = -1;
				break;
			}
			for (size_t e = 0; e < x->nelements; e++) {
				sg_sql_index_elem el;
				const char *msg;
				prelim[e] = sg_model_sql_index_elem(cv->arena, x->elements[e], &el, &msg) == 0
						? el.prelim_name
						: "expr";
			}
			for (size_t e = 0; e < x->ninclude; e++)
				prelim[x->nelements + e] = x->include[e];
			char addition[2 * SG_NAMEDATALEN];
			if (sg_naming_index_column_names(colnames, prelim, n, cv->arena) != 0) {
				rc = -1;
				break;
			}
			sg_naming_name_addition(addition, colnames, n);
			rc |= sg_naming_choose_relation_name(name, ns, t->name, addition, "idx", false);
			if (rc == 0 && !(x->name = sg_arena_strdup(cv->arena, name)))
				rc = -1;
		}
	}
	sg_naming_ns_free(ns);
	return rc;
}
