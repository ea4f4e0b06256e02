/*
 * sg_plan: the list of operations a diff produced.
 */
#include "plan.h"

#include <stdlib.h>
#include <string.h>

const char *sg_hazard_name(sg_hazard_code code)
{
	static const char *const names[] = {
	    [SG_HAZARD_DATA_LOSS] = "data-loss",       [SG_HAZARD_REWRITE] = "rewrite",
	    [SG_HAZARD_BLOCKING] = "blocking",	       [SG_HAZARD_IRREVERSIBLE] = "irreversible",
	    [SG_HAZARD_RENAME_HINT] = "likely-rename", [SG_HAZARD_NEEDS_BACKFILL] = "needs-backfill",
	};
	_Static_assert(sizeof(names) / sizeof(names[0]) == SG_HAZARD_CODE_COUNT, "a name per hazard");
	return (int)code >= 0 && code < SG_HAZARD_CODE_COUNT ? names[code] : "unknown";
}

sg_plan *sg_plan_new(void)
{
	sg_plan *plan = calloc(1, sizeof(*plan));
	if (!plan)
		return NULL;
	plan->arena = sg_arena_new();
	if (!plan->arena) {
		free(plan);
		return NULL;
	}
	return plan;
}

void sg_plan_free(sg_plan *plan)
{
	if (!plan)
		return;
	free(plan->ops);
	sg_arena_free(plan->arena);
	free(plan);
}

sg_op *sg_plan_add(sg_plan *plan, sg_phase phase)
{
	if (plan->nops == plan->cap) {
		size_t cap = plan->cap ? plan->cap * 2 : 32;
		sg_op *ops = realloc(plan->ops, cap * sizeof(*ops));
		if (!ops) {
			plan->failed = true;
			return NULL;
		}
		plan->ops = ops;
		plan->cap = cap;
	}
	sg_op *op = &plan->ops[plan->nops];
	memset(op, 0, sizeof(*op));
	op->phase = phase;
	op->seq = plan->nops++;
	op->down = "";
	return op;
}

void sg_op_hazard(sg_plan *plan, sg_op *op, bool down, sg_hazard_code code, const char *message)
{
	sg_hazard *list = down ? op->down_hazards : op->hazards;
	size_t *n = down ? &op->ndown_hazards : &op->nhazards;
	if (*n == SG_OP_MAX_HAZARDS)
		return;
	for (size_t i = 0; i < *n; i++)
		if (list[i].code == code)
			return; /* one hazard of each code is enough; the first message is the most specific */
	list[*n].code = code;
	list[*n].message = sg_arena_strdup(plan->arena, message);
	if (!list[*n].message)
		plan->failed = true;
	(*n)++;
}

bool sg_op_has_hazard(const sg_op *op, sg_hazard_code code)
{
	for (size_t i = 0; i < op->nhazards; i++)
		if (op->hazards[i].code == code)
			return true;
	return false;
}

bool sg_plan_is_destructive(const sg_plan *plan)
{
	for (size_t i = 0; i < plan->nops; i++)
		if (sg_op_has_hazard(&plan->ops[i], SG_HAZARD_DATA_LOSS))
			return true;
	return false;
}
