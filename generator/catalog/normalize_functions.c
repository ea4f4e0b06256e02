/*
 * The functions of a normalized schema (normalize.h): the scratch copies the
 * first batch read back, matched to the model's definitions.  The server
 * names a function by its argument types, which a model entry does not
 * spell out; the copies are matched by name, and overloads of one name by
 * creation order: the copies' oids against the order the scratch script
 * created the model's functions in, which is neither the files' order nor
 * one pass per sg_normalize__late_functions stage (callees come first, and
 * a function after the views comes after the views it reads, which may call
 * another overload of its name: tests/diff_cases/functions_overloads_order).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "normalize.h"

static int by_oid(const void *a, const void *b)
{
	const sg_function *x = *(sg_function *const *)a, *y = *(sg_function *const *)b;
	return (x->oid > y->oid) - (x->oid < y->oid);
}

int sg_normalize__functions(sg_schema *norm, const sg_schema *model, const size_t *created, sg_error *err)
{
	if (norm->nfunctions != model->nfunctions) {
		/* A CREATE OR REPLACE of a signature another entry defines replaced it: name the name. */
		for (size_t i = 0, j; i < model->nfunctions; i = j) {
			size_t copies = 0;
			for (j = i;
			     j < model->nfunctions && strcmp(model->functions[j].name, model->functions[i].name) == 0;
			     j++)
				;
			for (size_t k = 0; k < norm->nfunctions; k++)
				copies += strcmp(norm->functions[k].name, model->functions[i].name) == 0;
			if (copies < j - i) {
				const sg_pos *p = &model->functions[i + 1].pos, *q = &model->functions[i].pos;
				return sg_error_set(
				    err, SG_ERR_INPUT,
				    "%s:%d:%d: function '%s' is defined twice with the same argument types "
				    "(another definition at %s:%d:%d)",
				    p->file, p->line, p->column, model->functions[i].name, q->file, q->line, q->column);
			}
		}
		return sg_error_set(err, SG_ERR_DB, "the models' functions did not read back from the scratch schema");
	}
	sg_function **copies = calloc(norm->nfunctions + 1, sizeof(*copies));
	if (!copies)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; i < norm->nfunctions; i++)
		copies[i] = &norm->functions[i];
	int rc = 0;
	/* Both lists are sorted by name: a run of one name in each, the copies' run ordered by oid. */
	for (size_t i = 0; rc == 0 && i < model->nfunctions;) {
		size_t j = i;
		while (j < model->nfunctions && strcmp(model->functions[j].name, model->functions[i].name) == 0)
			j++;
		if (strcmp(copies[i]->name, model->functions[i].name) != 0 ||
		    (j < norm->nfunctions && strcmp(copies[j]->name, model->functions[i].name) == 0) ||
		    strcmp(copies[j - 1]->name, model->functions[i].name) != 0) {
			const sg_pos *p = &model->functions[i].pos;
			rc = sg_error_set(err, SG_ERR_INPUT, "%s:%d:%d: function '%s' did not read back under its name",
					  p->file, p->line, p->column, model->functions[i].name);
			break;
		}
		qsort(copies + i, j - i, sizeof(*copies), by_oid);
		/* The model function created k-th of its name is the copy with the k-th oid. */
		for (size_t m = i; m < j; m++) {
			const sg_function *mf = &model->functions[m];
			size_t k = i;
			for (size_t o = i; o < j; o++)
				k += created[o] < created[m];
			sg_function *o = copies[k];
			o->pos = mf->pos;
			o->renamed_from = mf->renamed_from;
			o->comment = mf->comment; /* the scratch script creates none: the text is kept as written */
		}
		i = j;
	}
	free(copies);
	return rc;
}
