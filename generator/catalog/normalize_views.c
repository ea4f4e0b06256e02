/*
 * The views of a normalization (normalize.h): the order the scratch schema
 * creates the models' views in (each after the views its query names), and
 * the scratch copies the first batch read back, matched to the model's by
 * name (their indexes and triggers too, for their positions).
 */
#include <stdlib.h>
#include <string.h>

#include "normalize.h"

static void visit(const sg_schema *model, size_t i, unsigned char *state, size_t *order, size_t *n)
{
	if (state[i])
		return; /* done, or on the path: a cycle the server will refuse */
	state[i] = 1;
	const sg_view *v = &model->views[i];
	for (size_t r = 0; r < v->nreads; r++) {
		const sg_view *dep = sg_schema_find_view(model, v->reads[r]);
		if (dep && dep != v)
			visit(model, (size_t)(dep - model->views), state, order, n);
	}
	state[i] = 2;
	order[(*n)++] = i;
}

int sg_normalize__view_order(const sg_schema *model, size_t *order)
{
	unsigned char *state = calloc(model->nviews + 1, 1);
	if (!state)
		return -1;
	size_t n = 0;
	for (size_t i = 0; i < model->nviews; i++)
		visit(model, i, state, order, &n);
	free(state);
	return 0;
}

int sg_normalize__views(sg_schema *norm, const sg_schema *model, sg_error *err)
{
	if (norm->nviews != model->nviews)
		return sg_error_set(err, SG_ERR_DB, "the models' views did not read back from the scratch schema");
	for (size_t i = 0; i < norm->nviews; i++) {
		sg_view *o = &norm->views[i];
		const sg_view *m = sg_schema_find_view(model, o->name);
		if (!m)
			return sg_error_set(err, SG_ERR_DB, "view '%s' is not one of the models'", o->name);
		o->pos = m->pos;
		o->renamed_from = m->renamed_from;
		for (size_t k = 0; k < o->nindexes; k++)
			for (size_t j = 0; j < m->nindexes; j++)
				if (strcmp(m->indexes[j].name, o->indexes[k].name) == 0)
					o->indexes[k].pos = m->indexes[j].pos;
		for (size_t k = 0; k < o->ntriggers; k++) {
			const sg_trigger *mt = sg_find_trigger(m->triggers, m->ntriggers, o->triggers[k].name);
			if (mt)
				o->triggers[k].pos = mt->pos;
		}
	}
	return 0;
}
