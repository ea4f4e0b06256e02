/*
 * The models' diagnostics: one line each, "file:line:column: message",
 * errors and warnings counted apart, sorted once the load ends; and the
 * "did you mean" suggestions that unknown keys, tables and types get.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model_int.h"
#include "strbuf.h"

static void diag_add(sg_model_loader *ld, sg_model_severity sev, const char *file, int line, int column,
		     const char *fmt, va_list ap)
{
	sg_model_diags *d = ld->diags;
	if (sev == SG_MODEL_ERROR)
		d->nerrors++;
	else
		d->nwarnings++;
	sg_strbuf sb = SG_STRBUF_INIT;
	if (line > 0)
		sg_strbuf_addf(&sb, "%s:%d:%d: ", file, line, column);
	else
		sg_strbuf_addf(&sb, "%s: ", file);
	sg_strbuf_vaddf(&sb, fmt, ap);
	/* One line, whatever the quoted model text or the parser's message held. */
	for (size_t i = 0; i < sb.len; i++)
		if ((unsigned char)sb.data[i] < 0x20 || sb.data[i] == 0x7f)
			sb.data[i] = ' ';
	if (d->count == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 16;
		sg_model_diag *items = realloc(d->items, cap * sizeof(*items));
		if (!items) {
			ld->oom = true;
			sg_strbuf_release(&sb);
			return;
		}
		d->items = items;
		d->cap = cap;
	}
	char *f = strdup(file);
	char *text = sg_strbuf_detach(&sb, NULL);
	if (!f || !text || sg_strbuf_failed(&sb)) {
		free(f);
		free(text);
		ld->oom = true;
		return;
	}
	d->items[d->count++] =
	    (sg_model_diag){.severity = sev, .file = f, .line = line, .column = column, .text = text};
}

void sg_model__error_at(sg_model_loader *ld, sg_pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_add(ld, SG_MODEL_ERROR, pos.file, pos.line, pos.column, fmt, ap);
	va_end(ap);
}

void sg_model__warning_at(sg_model_loader *ld, sg_pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_add(ld, SG_MODEL_WARNING, pos.file, pos.line, pos.column, fmt, ap);
	va_end(ap);
}

void sg_model_diags_release(sg_model_diags *diags)
{
	if (!diags)
		return;
	for (size_t i = 0; i < diags->count; i++) {
		free(diags->items[i].file);
		free(diags->items[i].text);
	}
	free(diags->items);
	*diags = (sg_model_diags){0};
}

void sg_model_diags_print(const sg_model_diags *diags, const sg_log *log)
{
	for (size_t i = 0; i < diags->count; i++) {
		if (diags->items[i].severity == SG_MODEL_ERROR)
			sg_log_error(log, "%s", diags->items[i].text);
		else
			sg_log_warn(log, "%s", diags->items[i].text);
	}
}

static int diag_cmp(const void *a, const void *b)
{
	const sg_model_diag *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->column != y->column)
		return x->column < y->column ? -1 : 1;
	return strcmp(x->text, y->text);
}

/* The edit distance of two short names, for "did you mean" hints; large for long names. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 63 || lb > 63)
		return SIZE_MAX;
	size_t prev[64], cur[64];
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
			size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
			cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
		memcpy(prev, cur, (lb + 1) * sizeof(size_t));
	}
	return prev[lb];
}

/* Whether a candidate at edit distance `d` from `name` is worth a "did you mean" (not for tiny names). */
static bool worth_suggesting(const char *name, size_t d)
{
	return d > 0 && d <= 2 && 2 * d < strlen(name);
}

void sg_model__suggest(sg_model_suggestion *s, const char *candidate)
{
	size_t d = edit_distance(s->name, candidate);
	if (d < (s->best ? s->distance : 3) && worth_suggesting(s->name, d)) {
		s->distance = d;
		s->best = candidate;
	}
}

void sg_model__diags_sort(sg_model_diags *diags)
{
	if (diags->count > 1)
		qsort(diags->items, diags->count, sizeof(*diags->items), diag_cmp);
}

/* Move the diagnostics of `from` to the end of `to`, leaving `from` empty. */
void sg_model__diags_move(sg_model_loader *ld, sg_model_diags *to, sg_model_diags *from)
{
	if (to->cap - to->count < from->count) {
		size_t cap = to->count + from->count;
		sg_model_diag *items = realloc(to->items, cap * sizeof(*items));
		if (!items) {
			ld->oom = true;
			sg_model_diags_release(from);
			return;
		}
		to->items = items;
		to->cap = cap;
	}
	if (from->count)
		memcpy(to->items + to->count, from->items, from->count * sizeof(*from->items));
	to->count += from->count;
	to->nerrors += from->nerrors;
	to->nwarnings += from->nwarnings;
	free(from->items);
	*from = (sg_model_diags){0};
}
