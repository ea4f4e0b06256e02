/*
 * sg_order: phase ordering and step grouping of a plan.
 */
#include "order.h"

#include <stdlib.h>
#include <string.h>

static int by_phase_then_seq(const void *a, const void *b)
{
	const sg_op *x = a, *y = b;
	if (x->phase != y->phase)
		return x->phase < y->phase ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static sg_step_kind step_of(const sg_op *op)
{
	switch (op->phase) {
	case SG_PHASE_ENUM_ADD_VALUE:
		return SG_STEP_ENUM_VALUES;
	case SG_PHASE_VALIDATE:
		return SG_STEP_VALIDATE;
	case SG_PHASE_CONCURRENT_INDEX:
		return SG_STEP_CONCURRENT;
	default:
		return SG_STEP_MAIN;
	}
}

int sg_order_plan(sg_steps *out, sg_plan *plan)
{
	memset(out, 0, sizeof(*out));
	if (plan->nops > 1)
		qsort(plan->ops, plan->nops, sizeof(sg_op), by_phase_then_seq);
	out->storage = calloc(plan->nops + 1, sizeof(*out->storage));
	if (!out->storage)
		return -1;

	static const char *const suffixes[] = {
		[SG_STEP_ENUM_VALUES] = "_enum_values",
		[SG_STEP_MAIN] = "",
		[SG_STEP_VALIDATE] = "_validate",
		[SG_STEP_CONCURRENT] = "_concurrently",
	};
	_Static_assert(sizeof(suffixes) / sizeof(suffixes[0]) == SG_STEP_KIND_COUNT, "a suffix per step");

	size_t counts[SG_STEP_KIND_COUNT] = { 0 };
	for (size_t i = 0; i < plan->nops; i++)
		counts[step_of(&plan->ops[i])]++;
	/* A lone enum-values step needs no separate name: nothing else uses the values yet. */
	bool only_enum_values = counts[SG_STEP_ENUM_VALUES] == plan->nops;

	size_t offset = 0;
	for (int k = 0; k < SG_STEP_KIND_COUNT; k++) {
		if (!counts[k])
			continue;
		sg_step *step = &out->steps[out->nsteps++];
		step->kind = (sg_step_kind)k;
		step->transactional = k != SG_STEP_CONCURRENT;
		step->name_suffix = only_enum_values ? "" : suffixes[k];
		step->ops = out->storage + offset;
		step->schema = plan->schema;
		for (size_t i = 0; i < plan->nops; i++)
			if (step_of(&plan->ops[i]) == (sg_step_kind)k)
				out->storage[offset + step->nops++] = &plan->ops[i];
		offset += step->nops;
	}
	return 0;
}

void sg_steps_release(sg_steps *steps)
{
	free(steps->storage);
	memset(steps, 0, sizeof(*steps));
}
