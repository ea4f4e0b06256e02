/*
 * The models' sequences (docs/models.md, "Sequences"): each entry of a
 * file's `sequences` list converted and checked on its own (numbers, the
 * rules PostgreSQL's CREATE SEQUENCE enforces, its defaults filled in), then
 * the checks across files: owners, renames, and every nextval('name') of a
 * column default against the models' sequences.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ddl_sequence.h"
#include "model_int.h"
#include "model_nextval.h"
#include "naming.h"

static const char *const type_names[] = {
    [SG_MODEL__SEQ_BIGINT] = "bigint",
    [SG_MODEL__SEQ_INTEGER] = "integer",
    [SG_MODEL__SEQ_SMALLINT] = "smallint",
};

/* Split "table.column" at its first dot into two arena strings; false when either part is empty. */
static bool split_owner(sg_model_conv *cv, const char *text, const char **table, const char **column)
{
	const char *dot = strchr(text, '.');
	if (!dot || dot == text || !dot[1])
		return false;
	char *t = sg_arena_strndup(cv->arena, text, (size_t)(dot - text));
	if (!t)
		cv->ld->oom = true;
	*table = t;
	*column = sg_model__dup_str(cv, dot + 1);
	return true;
}

/*
 * The numeric options of sequence `q` (of type q->type, already set) from
 * their texts in mapping `n` (NULL: not written), PostgreSQL's defaults for
 * those left out, each checked as CREATE SEQUENCE checks it, at its key.
 */
static void sequence_options(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *n, const char *what,
			     const char *start, const char *increment, const char *min, const char *max,
			     const char *cache, sg_sequence *q)
{
	long long lo, hi;
	sg_sequence_type_range(q->type, &lo, &hi);
	char range[96];
	snprintf(range, sizeof(range), "%s holds %lld to %lld", q->type, lo, hi);
	q->increment = 1;
	if (sg_model__integer(cv, sg_model__key_pos(f, n, "increment"), "increment", increment, what, LLONG_MIN,
			      LLONG_MAX, "a bigint", &q->increment) &&
	    q->increment == 0) {
		sg_model__error_at(cv->ld, sg_model__key_pos(f, n, "increment"), "'increment' of %s must not be 0",
				   what);
		q->increment = 1;
	}
	sg_sequence_defaults(q->type, q->increment, &q->min, &q->max);
	bool min_ok = sg_model__integer(cv, sg_model__key_pos(f, n, "min"), "min", min, what, lo, hi, range, &q->min);
	bool max_ok = sg_model__integer(cv, sg_model__key_pos(f, n, "max"), "max", max, what, lo, hi, range, &q->max);
	if (q->min >= q->max) {
		sg_model__error_at(cv->ld, sg_model__key_pos(f, n, min_ok || !max_ok ? "min" : "max"),
				   "'min' of %s (%lld) must be less than its 'max' (%lld)", what, q->min, q->max);
		sg_sequence_defaults(q->type, q->increment, &q->min, &q->max);
	}
	q->start = sg_sequence_default_start(q->increment, q->min, q->max);
	if (sg_model__integer(cv, sg_model__key_pos(f, n, "start"), "start", start, what, LLONG_MIN, LLONG_MAX,
			      "a bigint", &q->start) &&
	    (q->start < q->min || q->start > q->max))
		sg_model__error_at(cv->ld, sg_model__key_pos(f, n, "start"),
				   "'start' of %s (%lld) must lie between its 'min' (%lld) and 'max' (%lld)", what,
				   q->start, q->min, q->max);
	q->cache = 1;
	sg_model__integer(cv, sg_model__key_pos(f, n, "cache"), "cache", cache, what, 1, LLONG_MAX,
			  "the cache holds at least 1 value", &q->cache);
}

static void convert_sequence(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *n, const y_sequence *y,
			     sg_sequence *q)
{
	sg_strbuf what = SG_STRBUF_INIT;
	sg_strbuf_addf(&what, "sequence '%s'", y->name);
	q->name = sg_model__dup_str(cv, y->name);
	q->pos = sg_model__key_pos(f, n, "name");
	sg_model__check_name(cv, q->pos, y->name, "a sequence");
	q->type = type_names[y->type];
	q->comment = sg_model__dup_str(cv, y->comment);
	q->renamed_from = sg_model__dup_str(cv, y->renamed_from);
	q->cycle = y->cycle;
	if (y->comment && !y->comment[0])
		sg_model__error_at(cv->ld, sg_model__key_pos(f, n, "comment"), "'comment' of %s is empty", what.data);
	if (y->renamed_from)
		sg_model__check_name(cv, sg_model__key_pos(f, n, "renamed_from"), y->renamed_from, what.data);
	if (y->owned_by && !split_owner(cv, y->owned_by, &q->owned_table, &q->owned_column))
		sg_model__error_at(cv->ld, sg_model__key_pos(f, n, "owned_by"),
				   "'owned_by' of %s must be 'table.column', not '%s'", what.data, y->owned_by);

	sequence_options(cv, f, n, what.data, y->start, y->increment, y->min, y->max, y->cache, q);
	sg_strbuf_release(&what);
}

/* See model_int.h. */
void sg_model__convert_identity(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *n, const y_identity *y,
				const char *seq_type, const char *what, sg_column *c)
{
	sg_sequence *q = sg_arena_alloc(cv->arena, sizeof(*q));
	if (!q) {
		cv->ld->oom = true;
		return;
	}
	q->type = seq_type;
	q->cycle = y->cycle;
	sg_strbuf w = SG_STRBUF_INIT;
	sg_strbuf_addf(&w, "the identity of %s", what);
	const sg_model_node *map = n && n->type == YAML_MAPPING_NODE ? n : NULL;
	sequence_options(cv, f, map, w.data, y->start, y->increment, y->min, y->max, y->cache, q);
	sg_strbuf_release(&w);
	c->identity = (sg_identity)y->generated;
	c->identity_seq = q;
}

void sg_model__convert_sequences(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *root, const y_file *d)
{
	sg_schema *s = cv->schema;
	const sg_model_node *list = sg_model__map_get(root, "sequences");
	for (size_t i = 0; i < d->sequences_count && !cv->ld->oom; i++) {
		sg_sequence *all = sg_model__grow(s->sequences, &cv->capsequences, s->nsequences, sizeof(*all));
		size_t cap = cv->capseq_late / 2;
		sg_pos *late = sg_model__grow(cv->seq_late, &cap, s->nsequences, 2 * sizeof(*late));
		if (all)
			s->sequences = all;
		if (late) {
			cv->seq_late = late;
			cv->capseq_late = 2 * cap;
		}
		if (!all || !late) {
			cv->ld->oom = true;
			return;
		}
		const sg_model_node *n = sg_model__seq_at(list, i);
		sg_sequence *q = &all[s->nsequences];
		*q = (sg_sequence){0};
		late[2 * s->nsequences] = sg_model__key_pos(f, n, "owned_by");
		late[2 * s->nsequences + 1] = sg_model__key_pos(f, n, "renamed_from");
		s->nsequences++;
		convert_sequence(cv, f, n, &d->sequences[i], q);
	}
}

/* ---- nextval() in column defaults ---------------------------------------- */

/* One identifier of a qualified name in a regclass literal: "Quoted" kept, bare folded to lower case. */
static const char *name_part(const char *p, sg_strbuf *out)
{
	sg_strbuf_reset(out);
	if (*p == '"') {
		for (p++; *p; p++) {
			if (*p == '"' && p[1] != '"')
				return p + 1;
			if (*p == '"')
				p++;
			sg_strbuf_addch(out, *p);
		}
		return p;
	}
	for (; *p && *p != '.'; p++)
		sg_strbuf_addch(out, (char)tolower((unsigned char)*p));
	return p;
}

/* See model_nextval.h. */
void sg_model_each_nextval(const char *expr, void (*found)(void *ctx, const char *schema, const char *name), void *ctx)
{
	sg_strbuf lit = SG_STRBUF_INIT, a = SG_STRBUF_INIT, b = SG_STRBUF_INIT;
	const char *p = expr;
	while (*p) {
		if (*p == '\'') { /* a literal that is not nextval's argument */
			for (p++; *p && !(*p == '\'' && p[1] != '\''); p++)
				if (*p == '\'')
					p++;
			if (*p)
				p++;
			continue;
		}
		if (!(isalpha((unsigned char)*p) || *p == '_')) {
			p++;
			continue;
		}
		const char *word = p;
		while (isalnum((unsigned char)*p) || *p == '_' || *p == '$')
			p++;
		if (p - word != 7 || strncasecmp(word, "nextval", 7) != 0)
			continue;
		const char *q = p;
		while (isspace((unsigned char)*q))
			q++;
		if (*q != '(')
			continue;
		for (q++; isspace((unsigned char)*q); q++)
			;
		if (*q != '\'')
			continue;
		sg_strbuf_reset(&lit);
		for (q++; *q && !(*q == '\'' && q[1] != '\''); q++) {
			if (*q == '\'')
				q++;
			sg_strbuf_addch(&lit, *q);
		}
		p = *q ? q + 1 : q;
		const char *r = name_part(lit.data, &a);
		if (*r == '.') {
			r = name_part(r + 1, &b);
			if (!*r)
				found(ctx, a.data, b.data);
		} else if (!*r) {
			found(ctx, NULL, a.data);
		}
	}
	sg_strbuf_release(&lit);
	sg_strbuf_release(&a);
	sg_strbuf_release(&b);
}

typedef struct reader {
	sg_model_conv *cv;
	const char *const *seqs; /* the models' sequence names, sorted */
	size_t nseqs;
	const char *const *serials; /* the names of serial columns' own sequences, sorted */
	size_t nserials;
	const sg_table *t;
	const sg_column *c;
	const char *want;  /* a sequence whose use is being looked for, or NULL */
	bool reads_wanted; /* the default reads `want` */
} reader;

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool in_sorted(const char *const *names, size_t n, const char *name)
{
	return n && bsearch(&name, names, n, sizeof(*names), str_cmp);
}

static void check_read(void *ctx, const char *schema, const char *name)
{
	reader *r = ctx;
	if (schema && strcmp(schema, r->cv->schema->name) != 0)
		return; /* another schema's: not the models' to check */
	if (r->want) {
		r->reads_wanted |= strcmp(name, r->want) == 0;
		return;
	}
	if (in_sorted(r->seqs, r->nseqs, name) || in_sorted(r->serials, r->nserials, name))
		return;
	sg_model__error_at(r->cv->ld, r->c->pos,
			   "the default of column '%s' of table '%s' reads sequence '%s', which is not a sequence of "
			   "the models; add it to 'sequences'",
			   r->c->name, r->t->name, name);
}

/* The sequence a serial column of `t` gets: PostgreSQL's TABLE_COLUMN_seq. */
static const char *serial_name(sg_model_conv *cv, const sg_table *t, const sg_column *c)
{
	char name[SG_NAMEDATALEN];
	sg_naming_make_object_name(name, t->name, c->name, "seq");
	const char *copy = sg_arena_strdup(cv->arena, name);
	if (!copy)
		cv->ld->oom = true;
	return copy;
}

/* Whether a model column type is an integer type a serial column could have ("int", "int4", "integer"...). */
/* "smallint", "integer" or "bigint" for a column of that type, else NULL. */
static const char *integer_column(sg_model_conv *cv, const sg_column *c)
{
	sg_sql_type ty;
	const char *msg;
	if (sg_model_sql_type_memo(cv->memo, c->type, &ty, &msg) != 0 || ty.is_array ||
	    (ty.schema && strcmp(ty.schema, "pg_catalog") != 0))
		return NULL;
	return strcmp(ty.name, "int2") == 0   ? "smallint"
	       : strcmp(ty.name, "int4") == 0 ? "integer"
	       : strcmp(ty.name, "int8") == 0 ? "bigint"
					      : NULL;
}

/* Owner, renames and use of sequence `i`. */
static void check_sequence(sg_model_conv *cv, reader *r, size_t i)
{
	sg_schema *s = cv->schema;
	const sg_sequence *q = &s->sequences[i];
	sg_pos owned_pos = cv->seq_late[2 * i], renamed_pos = cv->seq_late[2 * i + 1];
	if (q->renamed_from) {
		if (strcmp(q->renamed_from, q->name) == 0)
			sg_model__error_at(cv->ld, renamed_pos, "sequence '%s' is renamed from itself", q->name);
		else if (in_sorted(r->seqs, r->nseqs, q->renamed_from))
			sg_model__error_at(
			    cv->ld, renamed_pos,
			    "sequence '%s' is renamed from '%s', which is still a sequence of the models", q->name,
			    q->renamed_from);
		for (size_t j = 0; j < i; j++)
			if (s->sequences[j].renamed_from && strcmp(s->sequences[j].renamed_from, q->renamed_from) == 0)
				sg_model__error_at(cv->ld, renamed_pos,
						   "sequences '%s' and '%s' are both renamed from '%s'",
						   s->sequences[j].name, q->name, q->renamed_from);
	}
	if (!q->owned_table)
		return;
	const sg_table *t = NULL;
	for (size_t ti = 0; ti < s->ntables && !t; ti++)
		if (strcmp(s->tables[ti].name, q->owned_table) == 0)
			t = &s->tables[ti];
	const sg_column *c = t ? sg_table_find_column(t, q->owned_column) : NULL;
	if (!t) {
		sg_model__error_at(cv->ld, owned_pos,
				   "sequence '%s' is owned by table '%s', which is not a table of the models", q->name,
				   q->owned_table);
		return;
	}
	if (!c) {
		sg_model__error_at(cv->ld, owned_pos,
				   "sequence '%s' is owned by column '%s' of table '%s', which has no such column",
				   q->name, q->owned_column, q->owned_table);
		return;
	}
	/*
	 * Owned by an integer NOT NULL column whose default reads it, and made
	 * as serial makes it (the column's type, every option the default): that
	 * is a serial column, whose sequence the catalog counts as part of the
	 * column (docs/models.md), so the models must say serial.  Another
	 * option (START 1000) makes it a sequence of its own, as another name
	 * does.
	 */
	const char *type = c->default_expr && !c->nullable ? integer_column(cv, c) : NULL;
	if (!type || !sg_sequence_made_as_serial(q, type))
		return;
	/*
	 * Under another name than serial's (its table or column was renamed
	 * since, which inspect writes so): the name says it, and the diff finds
	 * it through the column's default.
	 */
	char serial_name[SG_NAMEDATALEN];
	sg_naming_make_object_name(serial_name, t->name, c->name, "seq");
	if (strcmp(serial_name, q->name) != 0)
		return;
	r->want = q->name;
	r->reads_wanted = false;
	sg_model_each_nextval(c->default_expr, check_read, r);
	r->want = NULL;
	if (r->reads_wanted)
		sg_model__error_at(
		    cv->ld, owned_pos,
		    "sequence '%s' is owned by column '%s.%s', whose default reads it: that is a serial "
		    "column; write the column as serial, bigserial or smallserial without this sequence, "
		    "or make it nullable",
		    q->name, t->name, c->name);
}

void sg_model__check_sequences(sg_model_conv *cv)
{
	sg_schema *s = cv->schema;
	size_t nserials = 0;
	for (size_t ti = 0; ti < s->ntables; ti++)
		for (size_t k = 0; k < s->tables[ti].ncolumns; k++)
			nserials += s->tables[ti].columns[k].from_serial;
	const char **seqs = malloc((s->nsequences + 1) * sizeof(*seqs));
	const char **serials = malloc((nserials + 1) * sizeof(*serials));
	if (!seqs || !serials) {
		free(seqs);
		free(serials);
		cv->ld->oom = true;
		return;
	}
	for (size_t i = 0; i < s->nsequences; i++)
		seqs[i] = s->sequences[i].name;
	qsort(seqs, s->nsequences, sizeof(*seqs), str_cmp);
	size_t ns = 0;
	for (size_t ti = 0; ti < s->ntables; ti++)
		for (size_t k = 0; k < s->tables[ti].ncolumns; k++)
			if (s->tables[ti].columns[k].from_serial)
				serials[ns++] = serial_name(cv, &s->tables[ti], &s->tables[ti].columns[k]);
	if (!cv->ld->oom)
		qsort(serials, ns, sizeof(*serials), str_cmp);
	reader r = {
	    .cv = cv, .seqs = seqs, .nseqs = s->nsequences, .serials = serials, .nserials = cv->ld->oom ? 0 : ns};
	for (size_t i = 0; i < s->nsequences; i++)
		check_sequence(cv, &r, i);
	for (size_t ti = 0; ti < s->ntables; ti++) {
		r.t = &s->tables[ti];
		for (size_t k = 0; k < r.t->ncolumns; k++) {
			r.c = &r.t->columns[k];
			if (r.c->default_expr)
				sg_model_each_nextval(r.c->default_expr, check_read, &r);
		}
	}
	free(seqs);
	free(serials);
}
