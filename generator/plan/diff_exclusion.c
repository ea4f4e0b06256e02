/*
 * Exclusion constraints around a domain or an enum the plan drops and creates
 * again (docs/diff.md, "Dependents dropped and created again around a
 * change").  The models have no exclusion constraints (inspect lists them as
 * unmanaged), but PostgreSQL refuses DROP DOMAIN and the DROP TYPE of a
 * re-created enum's old type while one's expression casts to it (`constraint
 * t_ex on table t depends on type qty`).  The catalog reads each one's
 * definition with its index (sg_index.exclusion), so such a constraint is
 * taken off before and put back after, from the text the catalog read, both
 * ways:
 *   - a domain: dropped with the checks and indexes that cast to it
 *     (SG_PHASE_DROP_DOMAIN_FUNCTION, before the renames: its down adds it
 *     back from the text as read, once they are undone);
 *   - an enum: dropped with the checks (SG_PHASE_DROP_CONSTRAINT, after the
 *     enum's rename: its down names it as the rename left it);
 * then added again with the new checks (SG_PHASE_ADD_CONSTRAINT).  A column
 * only of the type (`m WITH =`) names no type: ALTER COLUMN ... TYPE rebuilds
 * the constraint itself.
 */
#include <string.h>

#include "diff_int.h"

/* Whether exclusion constraint `idx` of a current table casts to a domain (`*domain`) or an enum the plan redoes. */
static bool redone(const diff_ctx *ctx, const sg_index *idx, bool *domain)
{
	*domain = sg_diff__text_names_redone_domain(ctx, idx->exclusion);
	return *domain || sg_diff__text_names_recreated_enum(ctx, idx->exclusion);
}

static void add_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *name, const char *def)
{
	sg_diff__newline_if_any(sb);
	sg_diff__alter_table(ctx, sb, table);
	sg_strbuf_adds(sb, "ADD CONSTRAINT ");
	sg_quote_ident(sb, name);
	sg_strbuf_addf(sb, " %s;", def);
}

static void drop_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *name)
{
	sg_diff__newline_if_any(sb);
	sg_diff__alter_table(ctx, sb, table);
	sg_strbuf_adds(sb, "DROP CONSTRAINT ");
	sg_quote_ident(sb, name);
	sg_strbuf_addch(sb, ';');
}

void sg_diff__exclusions(diff_ctx *ctx, const sg_table *ct, const sg_table *wt)
{
	for (size_t k = 0; k < ct->nindexes; k++) {
		const sg_index *c = &ct->indexes[k];
		bool domain;
		if (!c->exclusion || !redone(ctx, c, &domain))
			continue;
		const sg_index *before = domain ? &sg_diff__table_original(ctx, ct)->indexes[k] : c;
		drop_sql(ctx, &ctx->up, ct->name, c->name);
		add_sql(ctx, &ctx->down, ct->name, c->name, before->exclusion);
		sg_diff__finish_op(ctx, domain ? SG_PHASE_DROP_DOMAIN_FUNCTION : SG_PHASE_DROP_CONSTRAINT, ct->name,
				   c->name, "drop exclusion constraint %s on %s (created again around %s)", c->name,
				   ct->name, domain ? "a domain" : "an enum");
		add_sql(ctx, &ctx->up, wt->name, c->name, c->exclusion);
		drop_sql(ctx, &ctx->down, wt->name, c->name);
		sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, wt->name, c->name,
					       "add exclusion constraint %s on %s again", c->name, wt->name);
		sg_diff__hazard(
		    ctx, op, false, SG_HAZARD_BLOCKING,
		    "builds the index of exclusion constraint '%s' and checks every row of '%s' while it is "
		    "locked against writes",
		    c->name, wt->name);
	}
}

void sg_diff__exclusions_as_before(diff_ctx *ctx, sg_strbuf *sb, const char *e, bool create)
{
	for (size_t t = 0; t < ctx->cur->ntables; t++) {
		const sg_table *ct = &ctx->cur->tables[t];
		for (size_t k = 0; k < ct->nindexes; k++) {
			const sg_index *c = &ct->indexes[k];
			if (!c->exclusion || !sg_diff__text_names_enum(c->exclusion, e))
				continue;
			if (sb->len && sb->data[sb->len - 1] == '\n')
				sg_strbuf_truncate(sb, sb->len - 1);
			if (create)
				add_sql(ctx, sb, ct->name, c->name, c->exclusion);
			else
				drop_sql(ctx, sb, ct->name, c->name);
			sg_strbuf_addch(sb, '\n');
		}
	}
}
