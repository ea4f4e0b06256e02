/*
 * The `triggers:` of inspect's YAML (inspect_internal.h): a table's or a
 * view's triggers in their parts, the models' form (docs/models.md,
 * "Triggers"), as the catalog reader split pg_get_triggerdef()'s text.
 */
#include "inspect_internal.h"

#include "quote.h"

void sg_inspect__render_triggers(sg_strbuf *sb, int ind, const sg_trigger *list, size_t n)
{
	static const char *const timing[] = {"before", "after", "instead_of"};
	static const struct {
		unsigned bit;
		const char *word;
	} words[] = {{SG_TRIGGER_INSERT, "insert"},
		     {SG_TRIGGER_UPDATE, "update"},
		     {SG_TRIGGER_DELETE, "delete"},
		     {SG_TRIGGER_TRUNCATE, "truncate"}};
	for (size_t i = 0; i < n; i++) {
		const sg_trigger *tg = &list[i];
		if (i == 0)
			sg_strbuf_addf(sb, "%*striggers:\n", ind, "");
		sg_strbuf events[4];
		const char *ev[4];
		size_t nev = 0;
		for (size_t k = 0; k < 4; k++) {
			if (!(tg->events & words[k].bit))
				continue;
			sg_strbuf_init(&events[nev]);
			sg_strbuf_adds(&events[nev], words[k].word);
			for (size_t c = 0; words[k].bit == SG_TRIGGER_UPDATE && c < tg->ncolumns; c++) {
				sg_strbuf_adds(&events[nev], c ? ", " : " of ");
				sg_quote_ident(&events[nev], tg->columns[c]);
			}
			if (sg_strbuf_failed(&events[nev]))
				sb->failed = true; /* the text is incomplete: the output's sticky flag says so */
			ev[nev] = events[nev].data;
			nev++;
		}
		field f[16], ref[2];
		size_t nf = 0, nref = 0;
		f[nf++] = (field){.key = "name", .kind = F_STR, .str = tg->name};
		f[nf++] = (field){.key = "timing", .kind = F_STR, .str = timing[tg->timing]};
		f[nf++] = (field){.key = "events", .kind = F_LIST, .list = ev, .n = nev};
		f[nf++] = (field){.key = "for_each", .kind = F_STR, .str = tg->for_each_row ? "row" : "statement"};
		if (tg->when)
			f[nf++] = (field){.key = "when", .kind = F_STR, .str = tg->when};
		if (tg->old_table)
			ref[nref++] = (field){.key = "old_table", .kind = F_STR, .str = tg->old_table};
		if (tg->new_table)
			ref[nref++] = (field){.key = "new_table", .kind = F_STR, .str = tg->new_table};
		if (nref)
			f[nf++] = (field){.key = "referencing", .kind = F_MAP, .sub = ref, .n = nref};
		f[nf++] = (field){.key = "function", .kind = F_STR, .str = tg->function};
		if (tg->constraint && !tg->deferrable)
			f[nf++] = (field){.key = "constraint", .kind = F_TRUE};
		if (tg->from)
			f[nf++] = (field){.key = "from", .kind = F_STR, .str = tg->from};
		if (tg->deferrable)
			f[nf++] = (field){.key = "deferrable", .kind = F_TRUE};
		if (tg->initially_deferred)
			f[nf++] = (field){.key = "initially_deferred", .kind = F_TRUE};
		if (tg->enabled == 'D')
			f[nf++] = (field){.key = "enabled", .kind = F_FALSE};
		else if (tg->enabled == 'R' || tg->enabled == 'A')
			f[nf++] =
			    (field){.key = "enabled", .kind = F_STR, .str = tg->enabled == 'R' ? "replica" : "always"};
		if (tg->comment)
			f[nf++] = (field){.key = "comment", .kind = F_STR, .str = tg->comment};
		sg_inspect__list_entry(sb, ind + 2, f, nf, false);
		for (size_t k = 0; k < nev; k++)
			sg_strbuf_release(&events[k]);
	}
}
