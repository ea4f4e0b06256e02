/*
 * sg_normalize: the desired schema in the server's own spelling.  The
 * scratch script of a batch is normalize_script.c's, its order of functions
 * and views normalize_order.c's; a batch the server rejects is blamed on a
 * model object by normalize_blame.c.
 */
#include "normalize.h"
#include "normalize_script.h"

#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "convert.h"
#include "quote.h"
#include "strbuf.h"
#include "verbatim.h"

int sg_normalize__exec(PGconn *conn, const char *sql, PGresult **failed)
{
	PGresult *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
		PQclear(res);
		return 0;
	}
	if (failed)
		*failed = res;
	else
		PQclear(res);
	return -1;
}

static int db_error(sg_error *err, PGconn *conn, PGresult *res, const char *doing)
{
	const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	sg_error_set(err, SG_ERR_DB, "%s: %s", doing, msg ? msg : PQerrorMessage(conn));
	PQclear(res);
	return -1;
}

int sg_normalize__open_scratch(PGconn *conn, const char *target, sg_strbuf *scratch, sg_strbuf *search_path,
			       sg_error *err)
{
	PGresult *res = NULL;
	if (sg_normalize__exec(conn, "BEGIN", &res) != 0)
		return db_error(err, conn, res, "cannot begin the normalization transaction");
	res = PQexec(conn, "SELECT pg_backend_pid()");
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		return db_error(err, conn, res, "cannot prepare the scratch schema");
	sg_strbuf_reset(scratch);
	/* The backend's pid makes the name unique among concurrent sessions; nothing of it survives the rollback. */
	sg_strbuf_addf(scratch, "schemagen_scratch_%s", PQgetvalue(res, 0, 0));
	PQclear(res);
	sg_strbuf_reset(search_path);
	sg_quote_ident(search_path, scratch->data);
	sg_strbuf_adds(search_path, ", ");
	sg_quote_ident(search_path, target);
	sg_strbuf setup = SG_STRBUF_INIT;
	sg_strbuf_adds(&setup, "CREATE SCHEMA ");
	sg_quote_ident(&setup, scratch->data);
	/*
	 * A role's statement_timeout or idle_in_transaction_session_timeout is
	 * meant for the application's work, not for this rolled-back scratch
	 * (pg_dump sets them to 0 likewise): a batch longer than a role's 50 ms
	 * failed the diff as "the server rejected the models as a whole".
	 */
	sg_strbuf_addf(&setup,
		       "; SET LOCAL search_path = %s; SET LOCAL check_function_bodies = off; SET LOCAL "
		       "statement_timeout = 0; SET LOCAL idle_in_transaction_session_timeout = 0",
		       search_path->data);
	res = NULL;
	int rc = sg_normalize__exec(conn, setup.data, &res);
	sg_strbuf_release(&setup);
	if (rc != 0)
		return db_error(err, conn, res, "cannot create the scratch schema");
	return 0;
}

void sg_normalize__rollback(PGconn *conn)
{
	PGresult *res = PQexec(conn, "ROLLBACK");
	PQclear(res);
}

/* Mark `bare` the tables of other batches that members' foreign keys point to (and that are not live as written). */
static void mark_bare(const sg_schema *model, const bool *dirty, const bool *member, bool *bare)
{
	for (size_t i = 0; i < model->ntables; i++) {
		const sg_table *t = &model->tables[i];
		for (size_t k = 0; member[i] && k < t->nconstraints; k++) {
			const sg_constraint *c = &t->constraints[k];
			if (c->kind != SG_CON_FOREIGN_KEY || c->ref_schema)
				continue;
			const sg_table *ref = sg_schema_find_table(model, c->ref_table);
			size_t j = ref ? (size_t)(ref - model->tables) : model->ntables;
			if (j < model->ntables && dirty[j] && !member[j])
				bare[j] = true;
		}
	}
}

/* Create one batch in a scratch schema, read it back, roll back. */
static int normalize_batch(sg_schema **out, PGconn *conn, const sg_schema *model, const sg_schema *live,
			   const bool *member, const bool *bare, const sg_normalize_scratch_types *types, sg_error *err)
{
	sg_normalize_script s = {.sql = SG_STRBUF_INIT};
	bool *seq_read = calloc(model->nsequences + 1, sizeof(bool));
	bool oom = !seq_read;
	if (seq_read)
		sg_normalize__build_script(&s, model, live, member, bare, types, seq_read);
	free(seq_read);
	for (size_t i = 0, k = 0; types->all && i < s.n; i++)
		if (s.stmts[i].function)
			types->fn_created[s.stmts[i].function - model->functions] = k++;
	if (oom || s.failed || sg_strbuf_failed(&s.sql)) {
		sg_normalize__script_release(&s);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	sg_strbuf scratch = SG_STRBUF_INIT, path = SG_STRBUF_INIT;
	int rc = sg_normalize__unqualify(conn, &s, model->name, err);
	if (rc == 0)
		rc = sg_normalize__open_scratch(conn, model->name, &scratch, &path, err);
	PGresult *res = NULL;
	if (rc == 0 && s.sql.len && sg_normalize__exec(conn, s.sql.data, &res) != 0) {
		rc = sg_normalize__blame_statement(conn, &s, res, model, err);
	} else if (rc == 0) {
		sg_catalog_options copts = {.schema = scratch.data, .search_path = path.data};
		rc = sg_catalog_load(out, conn, &copts, err);
		sg_normalize__rollback(conn);
	}
	sg_strbuf_release(&scratch);
	sg_strbuf_release(&path);
	sg_normalize__script_release(&s);
	return rc;
}

/*
 * Normalize the dirty tables in batches; found[i] receives model table i's
 * normalized form.  The first batch's schema is returned in *norm and owns
 * the memory of every later batch.
 */
static int normalize_dirty(sg_schema **norm, const sg_table **found, PGconn *conn, const sg_schema *model,
			   const sg_schema *live, const bool *dirty, const sg_normalize_scratch_types *types,
			   size_t batch, size_t *batches, sg_error *err)
{
	bool *member = calloc(model->ntables + 1, sizeof(bool));
	bool *bare = calloc(model->ntables + 1, sizeof(bool));
	int rc = member && bare ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	size_t next = 0;
	do {
		if (rc != 0)
			break;
		memset(member, 0, model->ntables * sizeof(bool));
		memset(bare, 0, model->ntables * sizeof(bool));
		for (size_t taken = 0; next < model->ntables && taken < batch; next++)
			if (dirty[next]) {
				member[next] = true;
				taken++;
			}
		mark_bare(model, dirty, member, bare);
		/*
		 * The first batch creates the views: the tables they read must be
		 * there, and so must a copy of a live one whose column's domain the
		 * scratch schema shadows (its type would print qualified).
		 */
		for (size_t v = 0; *batches == 0 && v < model->nviews; v++)
			for (size_t r = 0; !types->fast_views[v] && r < model->views[v].nreads; r++) {
				const sg_table *t = sg_schema_find_table(model, model->views[v].reads[r]);
				size_t j = t ? (size_t)(t - model->tables) : model->ntables;
				if (j < model->ntables && (dirty[j] || types->shadowed[j]) && !member[j])
					bare[j] = true;
			}
		sg_schema *one = NULL;
		sg_normalize_scratch_types batch_types = *types;
		batch_types.all = *norm == NULL;
		rc = normalize_batch(&one, conn, model, live, member, bare, &batch_types, err);
		(*batches)++;
		if (rc != 0) {
			sg_schema_free(one);
			break;
		}
		for (size_t i = 0; i < model->ntables; i++)
			if (member[i])
				found[i] = sg_schema_find_table(one, model->tables[i].name);
		if (!*norm)
			*norm = one;
		else
			sg_arena_adopt((*norm)->arena, one->arena);
		while (next < model->ntables && !dirty[next])
			next++;
	} while (next < model->ntables);
	free(member);
	free(bare);
	return rc;
}

/* Whether every column of the normalized table that the live table has too is of the same type and collation. */
static bool same_column_types(const sg_table *out, const sg_table *live)
{
	for (size_t i = 0; i < out->ncolumns; i++) {
		const sg_column *l = sg_table_find_column(live, out->columns[i].name);
		if (l &&
		    (strcmp(l->type, out->columns[i].type) != 0 || !sg_str_eq(l->collation, out->columns[i].collation)))
			return false;
	}
	return true;
}

static bool same_text(const char *written, const char *live)
{
	return written && live && strcmp(written, live) == 0;
}

/*
 * Copy what only the model knows onto a normalized table of the same name,
 * and map the target schema back to "same schema" in foreign keys that point
 * from a scratch table to a verbatim one left in the target schema.
 *
 * The model's own text of every expression rides along (the up SQL uses it,
 * see sg_column.default_written).  An expression the model writes exactly as
 * the live catalog prints it (a model written by `inspect`) is the live one:
 * its deparsed text, parsed again, does not always deparse the same, so the
 * scratch copy's text could differ from it.  Only when no column type differs,
 * since the text means what it means for those types.
 */
static void overlay(sg_table *out, const sg_table *model, const sg_table *live, const char *target)
{
	out->renamed_from = model->renamed_from;
	out->pos = model->pos;
	if (live && (model->renamed_from || !same_column_types(out, live)))
		live = NULL;
	for (size_t i = 0; i < out->ncolumns; i++) {
		sg_column *o = &out->columns[i];
		const sg_column *m = sg_table_find_column(model, o->name);
		if (!m)
			continue;
		o->renamed_from = m->renamed_from;
		o->from_serial = m->from_serial;
		/* A number the server keeps as given (the loader refuses what it would change): the model's. */
		o->has_statistics = m->has_statistics;
		o->statistics = m->statistics;
		o->using_expr = m->using_expr;
		o->using_down = m->using_down;
		o->using_pos = m->using_pos;
		o->fill = m->fill;
		o->fill_pos = m->fill_pos;
		o->fill_reads_columns = m->fill_reads_columns;
		o->pos = m->pos;
		const sg_column *l = live && !m->renamed_from ? sg_table_find_column(live, o->name) : NULL;
		if (m->default_expr && o->default_expr) {
			o->default_written = m->default_expr;
			if (l && same_text(m->default_expr, l->default_expr))
				o->default_expr = l->default_expr;
		}
		if (m->generated && o->generated) {
			o->generated_written = m->generated;
			if (l && same_text(m->generated, l->generated))
				o->generated = l->generated;
		}
	}
	for (size_t i = 0; i < out->nconstraints; i++) {
		sg_constraint *o = &out->constraints[i];
		const sg_constraint *m = sg_table_find_constraint(model, o->name);
		if (m) {
			o->name_is_default = m->name_is_default;
			o->pos = m->pos;
			/* A table creates its checks valid whatever they say: validation is the model's word. */
			o->not_valid = m->not_valid;
			if (m->kind == SG_CON_CHECK && o->kind == SG_CON_CHECK && m->expression) {
				o->expression_written = m->expression;
				const sg_constraint *l = live ? sg_table_find_constraint(live, o->name) : NULL;
				/* The live definition carries its NO INHERIT: only the same kind of check may lend it.
				 */
				if (l && l->kind == SG_CON_CHECK && same_text(m->expression, l->expression) &&
				    l->no_inherit == o->no_inherit) {
					o->expression = l->expression;
					o->definition = l->definition;
				}
			}
		}
		if (o->ref_schema && strcmp(o->ref_schema, target) == 0)
			o->ref_schema = NULL;
	}
	for (size_t i = 0; i < out->ntriggers; i++) {
		const sg_trigger *m = sg_table_find_trigger(model, out->triggers[i].name);
		if (m) {
			out->triggers[i].pos = m->pos;
			out->triggers[i].renamed_from = m->renamed_from;
		}
	}
	for (size_t i = 0; i < out->nindexes; i++) {
		sg_index *o = &out->indexes[i];
		const sg_index *m = sg_table_find_index(model, o->name);
		if (!m)
			continue;
		o->name_is_default = m->name_is_default;
		o->pos = m->pos;
		if (o->constraint_backed || m->nelements != o->nelements)
			continue;
		o->elements_written = m->elements;
		o->where_written = o->where ? m->where : NULL;
		const sg_index *l = live ? sg_table_find_index(live, o->name) : NULL;
		if (l && !l->constraint_backed && sg_names_eq(m->elements, m->nelements, l->elements, l->nelements) &&
		    sg_str_eq(m->where, l->where)) {
			o->elements = l->elements;
			o->where = l->where;
		}
	}
}

bool sg_normalize__model_type_is(const char *type, const char *name)
{
	size_t n = strlen(type);
	while (n >= 2 && type[n - 1] == ']' && type[n - 2] == '[')
		n -= 2;
	while (n > 0 && type[n - 1] == ' ')
		n--;
	if (n >= 2 && type[0] == '"' && type[n - 1] == '"')
		return n - 2 == strlen(name) && strncmp(type + 1, name, n - 2) == 0;
	if (n != strlen(name))
		return false;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)type[i]) != name[i])
			return false;
	return true;
}

static int normalize(sg_schema **out, PGconn *conn, const sg_schema *model, const sg_schema *live,
		     sg_normalize_options *opts, bool everything, const unsigned char *late, sg_error *err)
{
	*out = NULL;
	/* Every exit goes through `done`, which frees these (each NULL or allocated here) and, on failure, norm. */
	sg_schema *norm = NULL;
	const sg_table **found = NULL;
	int rc = 0;
	/* dirty[], then shadowed[] (normalize_domains.c), one allocation. */
	bool *dirty = calloc(2 * (model->ntables + 1), sizeof(bool));
	bool *shadowed = dirty ? dirty + model->ntables + 1 : NULL;
	bool *scratch_enum = calloc(model->nenums + 1, sizeof(bool));
	bool *scratch_domain = calloc(model->ndomains + 1, sizeof(bool));
	size_t *domain_order = calloc(model->ndomains + 1, sizeof(size_t));
	/* need[] (per model domain), then fast_views[] (per model view), one allocation. */
	bool *need = calloc(model->ndomains + 1 + model->nviews + 1, sizeof(bool));
	bool *fast_views = need ? need + model->ndomains + 1 : NULL;
	size_t *fn_created = calloc(model->nfunctions + 1, sizeof(size_t));
	if (!dirty || !scratch_enum || !scratch_domain || !domain_order || !need || !fn_created) {
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		goto done;
	}
	sg_normalize_scratch_types types = {scratch_enum, scratch_domain, domain_order, need,	   true,
					    shadowed,	  fast_views,	  late,		fn_created};
	size_t ndirty = 0;
	for (size_t i = 0; i < model->ntables; i++) {
		const sg_table *l = sg_schema_find_table(live, model->tables[i].name);
		dirty[i] = everything || !l || !sg_verbatim_table(&model->tables[i], l);
		ndirty += dirty[i];
	}
	size_t nscratch_enums = 0;
	for (size_t i = 0; i < model->nenums; i++) {
		const sg_enum *l = sg_schema_find_enum(live, model->enums[i].name);
		scratch_enum[i] = everything || !l || !sg_verbatim_enum(&model->enums[i], l);
		nscratch_enums += scratch_enum[i];
	}
	/*
	 * A table with a column of an enum created in the scratch schema goes
	 * through the server too: left live, its column would be of the live
	 * enum, and a foreign key between it and a scratch table could not be
	 * implemented (two different types).
	 */
	for (size_t i = 0; i < model->ntables && nscratch_enums; i++) {
		const sg_table *t = &model->tables[i];
		for (size_t k = 0; k < t->ncolumns && !dirty[i]; k++)
			for (size_t e = 0; e < model->nenums && !dirty[i]; e++)
				if (scratch_enum[e] &&
				    sg_normalize__model_type_is(t->columns[k].type, model->enums[e].name)) {
					dirty[i] = true;
					ndirty++;
				}
	}
	size_t nscratch_domains = sg_normalize__scratch_domains(model, live, everything, scratch_enum, scratch_domain,
								dirty, &ndirty, shadowed);
	sg_normalize__domain_order(model, domain_order);
	if (opts)
		opts->normalized = ndirty;
	size_t nfast_views = everything ? 0
					: sg_normalize__fast_views(model, live, dirty, shadowed, scratch_enum,
								   scratch_domain, fast_views);
	if (opts)
		opts->views_live = nfast_views;

	found = calloc(model->ntables + 1, sizeof(*found));
	rc = found ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	size_t batch = opts && opts->batch_tables ? opts->batch_tables : SG_NORMALIZE_BATCH;
	if (rc == 0 &&
	    (ndirty || nscratch_enums || nscratch_domains || model->nfunctions || model->nviews > nfast_views)) {
		size_t batches = 0;
		rc = normalize_dirty(&norm, found, conn, model, live, dirty, &types, batch, &batches, err);
		if (opts)
			opts->batches = batches;
	} else if (rc == 0) {
		norm = sg_schema_new(model->name);
		if (!norm)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	if (rc != 0)
		goto done;

	/* Assemble: normalized tables from the scratch schema, verbatim ones from the live schema. */
	sg_arena *a = norm->arena;
	norm->name = sg_arena_strdup(a, model->name);
	sg_table *tables = sg_arena_array(a, model->ntables, sizeof(sg_table));
	sg_enum *enums = sg_arena_array(a, model->nenums, sizeof(sg_enum));
	sg_extension *exts = sg_arena_array(a, model->nextensions, sizeof(sg_extension));
	sg_sequence *seqs = sg_arena_array(a, model->nsequences, sizeof(sg_sequence));
	if (!norm->name || !tables || !enums || !exts || !seqs) {
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < model->ntables; i++) {
		const sg_table *m = &model->tables[i];
		const sg_table *src = dirty[i] ? found[i] : sg_schema_find_table(live, m->name);
		if (!src) {
			rc = sg_error_set(err, SG_ERR_DB, "table '%s' did not read back from the scratch schema",
					  m->name);
			goto done;
		}
		tables[i] = *src;
		overlay(&tables[i], m, sg_schema_find_table(live, m->name), model->name);
	}
	/* Enum values are literals: the model's own list is already canonical. */
	for (size_t i = 0; i < model->nenums; i++)
		enums[i] = model->enums[i];
	for (size_t i = 0; i < model->nextensions; i++)
		exts[i] = model->extensions[i];
	/* And a sequence's options are numbers the models loader filled in as PostgreSQL does. */
	for (size_t i = 0; i < model->nsequences; i++)
		seqs[i] = model->sequences[i];
	norm->sequences = seqs;
	norm->nsequences = model->nsequences;
	norm->tables = tables;
	norm->ntables = model->ntables;
	norm->enums = enums;
	norm->nenums = model->nenums;
	norm->extensions = exts;
	norm->nextensions = model->nextensions;
	/* The first batch's scratch copies of the functions, matched to the model's. */
	if (sg_normalize__functions(norm, model, fn_created, err) != 0 ||
	    sg_normalize__views(norm, model, live, fast_views, err) != 0) {
		rc = -1;
		goto done;
	}
	norm->unmanaged = NULL;
	norm->nunmanaged = 0;
	/* Domains: from the scratch schema (every batch reads them: the first's), else live as written. */
	rc = sg_normalize__assemble_domains(norm, model, live, scratch_domain, err);
done:
	free(found);
	free(dirty);
	free(scratch_enum);
	free(scratch_domain);
	free(domain_order);
	free(need);
	free(fn_created);
	if (rc != 0) {
		sg_schema_free(norm);
		return -1;
	}
	sg_schema_sort(norm);
	if (sg_normalize__check_dropped_domains(norm, model, live, err) != 0) {
		sg_schema_free(norm);
		return -1;
	}
	/* The type changes the diff will write, tried on the server in both directions. */
	if (sg_convert_check(conn, norm, live, err) != 0) {
		sg_schema_free(norm);
		return -1;
	}
	*out = norm;
	return 0;
}

int sg_normalize(sg_schema **out, PGconn *conn, const sg_schema *model, const sg_schema *live,
		 sg_normalize_options *opts, sg_error *err)
{
	*out = NULL;
	bool everything = opts && opts->everything;
	unsigned char *late = sg_normalize__late_functions(model);
	if (!late)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	int rc = normalize(out, conn, model, live, opts, everything, late, err);
	if (rc != 0 && !everything && err->kind == SG_ERR_INPUT) {
		/*
		 * The server rejected a statement that mixes scratch objects with
		 * live ones.  Whether that is the models' fault is decided by the
		 * models alone: normalized all in the scratch schema, they either
		 * pass (the live side was to blame, and the result is exact) or
		 * fail again with the model's own error.
		 */
		sg_error_clear(err);
		rc = normalize(out, conn, model, live, opts, true, late, err);
	}
	free(late);
	return rc;
}
