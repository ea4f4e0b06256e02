/*
 * sg_order: phase ordering and step grouping of a plan.
 */
#include "order.h"

#include <stdio.h>
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
	case SG_PHASE_DROP_INDEX_CONCURRENTLY:
		return SG_STEP_DROP_CONCURRENT;
	case SG_PHASE_BACKFILL:
		return SG_STEP_BACKFILL;
	case SG_PHASE_VALIDATE:
		return SG_STEP_VALIDATE;
	case SG_PHASE_CONCURRENT_INDEX:
	case SG_PHASE_DROP_INDEX_AFTER:
	case SG_PHASE_LATE_FOREIGN_KEY:
	case SG_PHASE_VALIDATE_LATE:
		return SG_STEP_CONCURRENT;
	default:
		return SG_STEP_MAIN;
	}
}

size_t sg_order_lock_weight(const sg_op *op)
{
	switch (op->phase) {
	case SG_PHASE_CREATE_TABLE:
	case SG_PHASE_DROP_TABLE:
	case SG_PHASE_DROP_EARLY: /* may drop a table whose name a rename takes */
		return 6; /* the table, its key's index, an identity sequence, the TOAST table and its index, spare */
	case SG_PHASE_ADD_FOREIGN_KEY:
	case SG_PHASE_DROP_FOREIGN_KEY:
		return 2; /* both tables */
	case SG_PHASE_CREATE_INDEX:
	case SG_PHASE_DROP_INDEX:
	case SG_PHASE_RECREATE_ENUM:
		return 2;
	default:
		return 1;
	}
}

static int add_step(sg_steps *out, size_t *cap)
{
	if (out->nsteps < *cap)
		return 0;
	size_t grown = *cap ? *cap * 2 : SG_STEP_KIND_COUNT;
	sg_step *steps = realloc(out->steps, grown * sizeof(*steps));
	if (!steps)
		return -1;
	out->steps = steps;
	*cap = grown;
	return 0;
}

/* "_part2", owned by `out`; NULL when out of memory. */
static const char *part_suffix(sg_steps *out, const char *base, size_t part)
{
	char **grown = realloc(out->suffixes, (out->nsuffixes + 1) * sizeof(*grown));
	if (!grown)
		return NULL;
	out->suffixes = grown;
	size_t len = strlen(base) + 32;
	char *s = malloc(len);
	if (!s)
		return NULL;
	snprintf(s, len, "%s_part%zu", base, part);
	out->suffixes[out->nsuffixes++] = s;
	return s;
}

int sg_order_plan(sg_steps *out, sg_plan *plan)
{
	return sg_order_plan_limit(out, plan, SG_ORDER_MAX_LOCKS);
}

int sg_order_plan_limit(sg_steps *out, sg_plan *plan, size_t max_locks)
{
	memset(out, 0, sizeof(*out));
	if (plan->nops > 1)
		qsort(plan->ops, plan->nops, sizeof(sg_op), by_phase_then_seq);
	out->storage = calloc(plan->nops + 1, sizeof(*out->storage));
	if (!out->storage)
		return -1;

	static const char *const suffixes[] = {
	    [SG_STEP_ENUM_VALUES] = "_enum_values",
	    [SG_STEP_DROP_CONCURRENT] = "_drop_concurrently",
	    [SG_STEP_MAIN] = "",
	    [SG_STEP_BACKFILL] = "_backfill",
	    [SG_STEP_VALIDATE] = "_validate",
	    [SG_STEP_CONCURRENT] = "_concurrently",
	};
	_Static_assert(sizeof(suffixes) / sizeof(suffixes[0]) == SG_STEP_KIND_COUNT, "a suffix per step");

	size_t counts[SG_STEP_KIND_COUNT] = {0};
	for (size_t i = 0; i < plan->nops; i++)
		counts[step_of(&plan->ops[i])]++;
	/* A lone enum-values step needs no separate name: nothing else uses the values yet. */
	bool only_enum_values = counts[SG_STEP_ENUM_VALUES] == plan->nops;

	size_t offset = 0, cap = 0;
	for (int k = 0; k < SG_STEP_KIND_COUNT; k++) {
		if (!counts[k])
			continue;
		size_t part = 1, weight = 0;
		sg_step *step = NULL;
		for (size_t i = 0; i < plan->nops; i++) {
			const sg_op *op = &plan->ops[i];
			if (step_of(op) != (sg_step_kind)k)
				continue;
			size_t w = sg_order_lock_weight(op);
			/* Only the main step is cut: the others are small, and their own steps for a reason. */
			bool cut = step && k == SG_STEP_MAIN && step->nops && weight + w > max_locks;
			if (!step || cut) {
				if (add_step(out, &cap) != 0)
					return -1;
				step = &out->steps[out->nsteps++];
				*step = (sg_step){
				    .kind = (sg_step_kind)k,
				    .transactional = k != SG_STEP_CONCURRENT && k != SG_STEP_DROP_CONCURRENT &&
						     k != SG_STEP_BACKFILL,
				    .name_suffix = only_enum_values ? "" : suffixes[k],
				    .ops = out->storage + offset,
				    .schema = plan->schema,
				};
				if (cut && !(step->name_suffix = part_suffix(out, suffixes[k], ++part)))
					return -1;
				weight = 0;
			}
			out->storage[offset++] = op;
			step->nops++;
			weight += w;
		}
	}
	return 0;
}

void sg_steps_release(sg_steps *steps)
{
	free(steps->storage);
	free(steps->steps);
	for (size_t i = 0; i < steps->nsuffixes; i++)
		free(steps->suffixes[i]);
	free(steps->suffixes);
	memset(steps, 0, sizeof(*steps));
}
