/*
 * sg_inspect: catalog schema -> YAML models (see inspect.h).
 *
 * Three parts: the decisions (inspect_choices.c: first guesses for names,
 * serial columns, shorthands, what is left out and noted), the YAML writer
 * (inspect_yaml.c), and here the loop that loads the rendered models back
 * with the models loader and names explicitly every constraint or index
 * whose default name would not come out as the database has it.
 */
#include "inspect_internal.h"

#include <stdlib.h>
#include <string.h>

#include "model.h"

/* ---------------------------------------------------------------- the names, checked by loading */

static bool same_constraint(const sg_constraint *a, const sg_constraint *b)
{
	if (a->kind != b->kind)
		return false;
	if (a->kind == SG_CON_CHECK)
		return sg_str_eq(a->expression_written ? a->expression_written : a->expression, b->expression);
	return sg_names_eq(a->columns, a->ncolumns, b->columns, b->ncolumns) &&
	       (a->kind != SG_CON_FOREIGN_KEY || sg_str_eq(a->ref_table, b->ref_table));
}

static bool same_index(const sg_index *a, const sg_index *b)
{
	/* `a` is the database's, `b` the loaded models': what was written is what they hold. */
	return sg_names_eq(a->elements_written ? a->elements_written : a->elements, a->nelements, b->elements,
			   b->nelements) &&
	       sg_names_eq(a->include, a->ninclude, b->include, b->ninclude) &&
	       sg_str_eq(a->where_written ? a->where_written : a->where, b->where);
}

/*
 * Name explicitly every object the loader named differently from the
 * database.  Sets *changed when any name was added.
 */
static int check_names(insp *in, const sg_schema *loaded, bool *changed, sg_error *err)
{
	*changed = false;
	for (size_t ti = 0; ti < in->s->ntables; ti++) {
		const sg_table *t = &in->s->tables[ti];
		tplan *p = &in->tp[ti];
		const sg_table *lt = sg_schema_find_table(loaded, t->name);
		if (!lt)
			return sg_error_set(err, SG_ERR_SYSTEM, "table '%s' is missing from the models written",
					    t->name);
		for (size_t i = 0; i < t->nconstraints; i++) {
			if (p->con_named[i] || p->con_skip[i])
				continue;
			const sg_constraint *lk = sg_table_find_constraint(lt, t->constraints[i].name);
			if (!lk || !same_constraint(&t->constraints[i], lk))
				*changed = p->con_named[i] = true;
		}
		for (size_t i = 0; i < t->nindexes; i++) {
			if (p->idx_named[i] || t->indexes[i].constraint_backed)
				continue;
			const sg_index *lx = sg_table_find_index(lt, t->indexes[i].name);
			if (!lx || !same_index(&t->indexes[i], lx))
				*changed = p->idx_named[i] = true;
		}
	}
	return 0;
}

int sg_inspect_models(sg_inspect_result *out, const sg_schema *schema, const sg_inspect_options *opts, sg_error *err)
{
	static const sg_inspect_options defaults = {0};
	memset(out, 0, sizeof(*out));
	insp in = {.s = schema, .opts = opts ? opts : &defaults, .arena = sg_arena_new()};
	sg_inspect_file *files = NULL;
	size_t nfiles = 0;
	int rc = -1;
	if (!in.arena || sg_inspect__decide(&in) != 0) {
		sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		goto done;
	}
	/* Each pass names at least one more object, or stops. */
	for (;;) {
		sg_inspect__files_release(files, nfiles);
		files = NULL;
		nfiles = 0;
		if (sg_inspect__render_files(&files, &nfiles, &in) != 0) {
			sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
			goto done;
		}
		sg_model_source *src = calloc(nfiles + 1, sizeof(*src));
		if (!src) {
			sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
			goto done;
		}
		for (size_t i = 0; i < nfiles; i++)
			src[i] = (sg_model_source){files[i].name, files[i].text, files[i].len};
		sg_schema *loaded = NULL;
		sg_model_diags diags = {0};
		out->passes++;
		int lrc = sg_model_load_sources(&loaded, src, nfiles, &diags, err);
		free(src);
		if (lrc != 0) {
			if (err->kind == SG_ERR_INPUT)
				sg_error_prefix(err,
						"the models written for schema '%s' do not load back (%zu error%s)",
						schema->name, diags.nerrors, diags.nerrors == 1 ? "" : "s");
			sg_model_diags_release(&diags);
			goto done;
		}
		sg_model_diags_release(&diags);
		bool changed = false;
		int crc = check_names(&in, loaded, &changed, err);
		sg_schema_free(loaded);
		if (crc != 0)
			goto done;
		if (!changed)
			break;
	}
	for (size_t ti = 0; ti < schema->ntables; ti++) {
		const sg_table *t = &schema->tables[ti];
		for (size_t i = 0; i < t->nconstraints; i++)
			if (!in.tp[ti].con_skip[i])
				*(in.tp[ti].con_named[i] ? &out->nnamed : &out->ndefault) += 1;
		for (size_t i = 0; i < t->nindexes; i++)
			if (!t->indexes[i].constraint_backed)
				*(in.tp[ti].idx_named[i] ? &out->nnamed : &out->ndefault) += 1;
	}
	out->files = files;
	out->nfiles = nfiles;
	out->notes = in.notes;
	out->nnotes = in.nnotes;
	files = NULL;
	nfiles = 0;
	in.notes = NULL;
	in.nnotes = 0;
	rc = 0;
done:
	sg_inspect__files_release(files, nfiles);
	for (size_t i = 0; i < in.nnotes; i++)
		free(in.notes[i]);
	free(in.notes);
	sg_arena_free(in.arena);
	if (rc != 0)
		sg_inspect_result_release(out);
	return rc;
}

void sg_inspect_result_release(sg_inspect_result *r)
{
	if (!r)
		return;
	sg_inspect__files_release(r->files, r->nfiles);
	for (size_t i = 0; i < r->nnotes; i++)
		free(r->notes[i]);
	free(r->notes);
	memset(r, 0, sizeof(*r));
}
