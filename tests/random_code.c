/*
 * Functions, procedures, views, materialized views and triggers in the
 * randomized diff suite's schemas (see random_model.h): building them,
 * following renames and drops of what they read, keeping them valid for the
 * loader (sanitize_code), and writing them as YAML.  Every body keeps what
 * its callers see the same, so the seeded rows satisfy A and B whatever the
 * classes change: a predicate is true or NULL, a default function returns a
 * small integer, a trigger function changes no row.
 */
#include "random_model.h"

#include <stdio.h>
#include <string.h>

/* ---- lookups ---- */

void name_copy(char *dst, const char *src)
{
	size_t n = strlen(src);
	if (n >= NAMELEN)
		n = NAMELEN - 1;
	memmove(dst, src, n);
	dst[n] = '\0';
}

rfunc *find_func(rschema *s, const char *name, int role)
{
	for (int i = 0; i < s->nfuncs; i++)
		if (strcmp(s->funcs[i].name, name) == 0 && s->funcs[i].role == role && !s->funcs[i].int_arg)
			return &s->funcs[i];
	return NULL;
}

rfunc *find_func_id(rschema *s, int id)
{
	for (int i = 0; i < s->nfuncs; i++)
		if (s->funcs[i].id == id)
			return &s->funcs[i];
	return NULL;
}

rview *find_view(rschema *s, const char *name)
{
	for (int i = 0; i < s->nviews; i++)
		if (strcmp(s->views[i].name, name) == 0)
			return &s->views[i];
	return NULL;
}

rview *find_view_id(rschema *s, int id)
{
	for (int i = 0; i < s->nviews; i++)
		if (s->views[i].id == id)
			return &s->views[i];
	return NULL;
}

const char *view_out(const rview *v, int k)
{
	return v->alias[k][0] ? v->alias[k] : v->cols[k];
}

bool source_has(rschema *s, const char *src, const char *col)
{
	rtable *t = find_table(s, src);
	if (t)
		return find_col(t, col) != NULL;
	rview *v = find_view(s, src);
	for (int k = 0; v && k < v->ncols; k++)
		if (strcmp(view_out(v, k), col) == 0)
			return true;
	if (v && v->fn[0] && strcmp(col, "fn_out") == 0)
		return true;
	return false;
}

/* ---- building ---- */

rfunc *add_random_func(rschema *s, int role)
{
	if (s->nfuncs == MAXF)
		return NULL;
	rfunc *f = &s->funcs[s->nfuncs++];
	memset(f, 0, sizeof(*f));
	f->id = fresh_id(s);
	int n = fresh_id(s);
	if (role == R_PROC)
		snprintf(f->name, NAMELEN, chance(30) ? "Proc%d" : "proc%d", n);
	else
		snprintf(f->name, NAMELEN, chance(30) ? "Fn%d" : "fn%d", n);
	f->role = role;
	f->lang = role == R_TRIGGER ? 3 : pick(4);
	f->body = pick(4);
	f->vol = role == R_PROC || role == R_TRIGGER ? 0 : pick(3);
	f->strict = role != R_PROC && role != R_TRIGGER && chance(25);
	f->secdef = chance(20);
	snprintf(f->argname, sizeof(f->argname), "%s", chance(50) ? "v" : "val");
	f->big = role == R_DEFAULT && chance(30);
	f->spelling = pick(3);
	return f;
}

rview *add_random_view(rschema *s, const char *src, bool mat)
{
	if (s->nviews == MAXW)
		return NULL;
	rname names[MAXC + MAXWC + 1];
	int n = 0;
	rtable *t = find_table(s, src);
	rview *sv = t ? NULL : find_view(s, src);
	for (int i = 0; t && i < t->ncols && n < MAXC; i++)
		snprintf(names[n++], NAMELEN, "%s", t->cols[i].name);
	for (int k = 0; sv && k < sv->ncols; k++)
		snprintf(names[n++], NAMELEN, "%s", view_out(sv, k));
	if (!n)
		return NULL;
	rview *v = &s->views[s->nviews++];
	memset(v, 0, sizeof(*v));
	v->id = fresh_id(s);
	snprintf(v->name, NAMELEN, mat ? (chance(30) ? "Mv%d" : "mv%d") : (chance(30) ? "View %d" : "v%d"),
		 fresh_id(s));
	v->mat = mat;
	snprintf(v->src, NAMELEN, "%s", src);
	for (int k = 0, start = pick(n); k < n && v->ncols < 1 + pick(MAXWC); k++) {
		const char *c = names[(start + k) % n];
		bool dup = false;
		for (int m = 0; m < v->ncols; m++)
			dup |= strcmp(v->cols[m], c) == 0;
		if (dup)
			continue;
		snprintf(v->cols[v->ncols], NAMELEN, "%s", c);
		if (chance(30))
			snprintf(v->alias[v->ncols], NAMELEN, "a%d", fresh_id(s));
		v->ncols++;
	}
	v->where = pick(3);
	v->barrier = !mat && chance(25);
	v->check_option = !mat && t && chance(25) ? 1 + pick(2) : 0;
	v->comment = chance(25);
	v->spelling = pick(3);
	if (s->nfuncs && chance(40)) {
		rfunc *f = &s->funcs[pick(s->nfuncs)];
		if (f->role == R_PRED && !f->int_arg && !f->tref.type[0])
			name_copy(v->fn, f->name);
	}
	if (mat && chance(70))
		snprintf(v->idx_col[0], NAMELEN, "%s", view_out(v, pick(v->ncols)));
	return v;
}

void func_call_default(char *out, size_t len, const rfunc *f)
{
	char q[NAMELEN + 4];
	sql_ident(q, sizeof(q), f->name);
	snprintf(out, len, "%s()", q);
}

/* ---- following renames ---- */

void views_follow_column(rschema *s, const char *src, const char *from, const char *to)
{
	for (int i = 0; i < s->nviews; i++) {
		rview *v = &s->views[i];
		if (strcmp(v->src, src) != 0)
			continue;
		for (int k = 0; k < v->ncols; k++) {
			if (strcmp(v->cols[k], from) != 0)
				continue;
			bool unaliased = !v->alias[k][0];
			snprintf(v->cols[k], NAMELEN, "%s", to);
			if (unaliased) { /* the view's own column is renamed: what reads it follows */
				for (int m = 0; m < 2; m++)
					if (strcmp(v->idx_col[m], from) == 0)
						snprintf(v->idx_col[m], NAMELEN, "%s", to);
				views_follow_column(s, v->name, from, to);
			}
		}
	}
}

void views_follow_relation(rschema *s, const char *from, const char *to)
{
	funcs_follow_view(s, from, to);
	for (int i = 0; i < s->nviews; i++)
		if (strcmp(s->views[i].src, from) == 0)
			snprintf(s->views[i].src, NAMELEN, "%s", to);
}

void funcs_follow_rename(rschema *s, const char *from, const char *to, int role)
{
	char before[NAMELEN + 8], after[NAMELEN + 8];
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		if (role == R_PRED) {
			for (int k = 0; k < t->nchecks; k++)
				if ((t->checks[k].kind == 6 || t->checks[k].kind == 8) &&
				    strcmp(t->checks[k].fn, from) == 0)
					snprintf(t->checks[k].fn, NAMELEN, "%s", to);
			for (int k = 0; k < t->nindexes; k++)
				if (t->indexes[k].kind == 5 && strcmp(t->indexes[k].fn, from) == 0)
					snprintf(t->indexes[k].fn, NAMELEN, "%s", to);
		}
		if (role == R_TRIGGER)
			for (int k = 0; k < t->ntrigs; k++)
				if (strcmp(t->trigs[k].fn, from) == 0)
					snprintf(t->trigs[k].fn, NAMELEN, "%s", to);
		if (role == R_DEFAULT) {
			rfunc x = {0};
			snprintf(x.name, NAMELEN, "%s", from);
			func_call_default(before, sizeof(before), &x);
			snprintf(x.name, NAMELEN, "%s", to);
			func_call_default(after, sizeof(after), &x);
			for (int i = 0; i < t->ncols; i++)
				if (strcmp(t->cols[i].dflt, before) == 0)
					snprintf(t->cols[i].dflt, sizeof(t->cols[i].dflt), "%s", after);
		}
	}
	for (int i = 0; role == R_DEFAULT && i < s->nfuncs; i++) /* bodies and argument defaults calling it */
		if (strcmp(s->funcs[i].callee, from) == 0)
			name_copy(s->funcs[i].callee, to);
	for (int i = 0; role == R_PRED && i < s->nviews; i++)
		if (strcmp(s->views[i].fn, from) == 0)
			snprintf(s->views[i].fn, NAMELEN, "%s", to);
	for (int i = 0; role == R_TRIGGER && i < s->nviews; i++)
		for (int k = 0; k < s->views[i].ntrigs; k++)
			if (strcmp(s->views[i].trigs[k].fn, from) == 0)
				snprintf(s->views[i].trigs[k].fn, NAMELEN, "%s", to);
}

/* ---- keeping the models valid ---- */

/* The default function a column's default calls, or NULL (and *calls: whether it looks like one). */
static rfunc *default_func(rschema *s, const rcol *c, bool *calls)
{
	const char *d = c->dflt;
	*calls = strncmp(d, "fn", 2) == 0 || strncmp(d, "\"Fn", 3) == 0;
	if (!*calls)
		return NULL;
	for (int i = 0; i < s->nfuncs; i++) {
		char call[NAMELEN + 8];
		if (s->funcs[i].role != R_DEFAULT)
			continue;
		func_call_default(call, sizeof(call), &s->funcs[i]);
		if (strcmp(call, d) == 0)
			return &s->funcs[i];
	}
	return NULL;
}

static void sanitize_funcs(rschema *s)
{
	for (int i = 0; i < s->nfuncs; i++) {
		rfunc *f = &s->funcs[i];
		if (f->role == R_TRIGGER)
			f->lang = 3;
		if (f->role == R_PROC || f->role == R_TRIGGER)
			f->vol = 0, f->strict = false;
		if (f->role != R_PRED)
			f->extra_arg = f->int_arg = false;
		if (f->int_arg)
			f->extra_arg = false;
		/* Two functions of one name: only a predicate and its overload on integer (a call stays unique). */
		for (int k = 0; k < i; k++)
			if (strcmp(s->funcs[k].name, f->name) == 0 &&
			    (f->role != R_PRED || s->funcs[k].role != R_PRED || f->int_arg == s->funcs[k].int_arg)) {
				drop_at(s->funcs, &s->nfuncs, i--, sizeof(rfunc));
				break;
			}
	}
}

static void sanitize_views(rschema *s)
{
	for (bool again = true; again;) {
		again = false;
		for (int i = 0; i < s->nviews; i++) {
			rview *v = &s->views[i];
			rtable *t = find_table(s, v->src);
			rview *sv = t ? NULL : find_view(s, v->src);
			for (int k = 0; (t || sv) && k < v->ncols; k++) {
				bool dup = false;
				for (int m = 0; m < k; m++)
					dup |= strcmp(view_out(v, m), view_out(v, k)) == 0;
				if (dup || strcmp(view_out(v, k), "fn_out") == 0 ||
				    !source_has(s, v->src, v->cols[k])) {
					memmove(&v->cols[k], &v->cols[k + 1],
						(size_t)(v->ncols - k - 1) * sizeof(rname));
					memmove(&v->alias[k], &v->alias[k + 1],
						(size_t)(v->ncols - k - 1) * sizeof(rname));
					v->ncols--;
					k--;
					again = true;
				}
			}
			/* A view reads what exists, and not itself through others (a view new in B may take a name). */
			bool loop = sv && (sv == v || strcmp(sv->src, v->name) == 0);
			if ((!t && !sv) || !v->ncols || loop || find_table(s, v->name)) {
				drop_at(s->views, &s->nviews, i--, sizeof(rview));
				again = true;
				continue;
			}
			if (v->fn[0] && !find_func(s, v->fn, R_PRED))
				v->fn[0] = '\0';
			if (v->mat || !t || v->fn[0])
				v->check_option = 0;
			if (v->mat)
				v->barrier = false;
			for (int m = 0; m < 2; m++) {
				bool ok = v->mat && strcmp(v->idx_col[m], "fn_out") == 0 && v->fn[0];
				for (int k = 0; k < v->ncols; k++)
					ok |= v->mat && strcmp(view_out(v, k), v->idx_col[m]) == 0;
				if (!ok || (m == 1 && strcmp(v->idx_col[0], v->idx_col[1]) == 0))
					v->idx_col[m][0] = '\0';
			}
		}
	}
	/* A table and a view never share a name. */
	for (int i = 0; i < s->nviews; i++)
		for (int k = 0; k < i; k++)
			if (strcmp(s->views[k].name, s->views[i].name) == 0) {
				drop_at(s->views, &s->nviews, i--, sizeof(rview));
				break;
			}
}

void sanitize_code(rschema *s)
{
	sanitize_trefs(s);
	sanitize_funcs(s);
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int i = 0; i < t->ncols; i++) {
			bool calls;
			rcol *c = &t->cols[i];
			rfunc *f = default_func(s, c, &calls);
			fam fm = col_family(c);
			/* A function that reads a view is created after the views: no default calls it (docs/diff.md).
			 */
			if (calls &&
			    (!f || f->view[0] || c->array || (fm != F_NUM && fm != F_TXT && !f->tref.type[0]) ||
			     !tref_default_fits(s, f, c) || c->identity || c->serial || c->gen))
				c->dflt[0] = '\0';
		}
		for (int k = 0; k < t->nchecks; k++)
			if (t->checks[k].kind == 6 && !find_func(s, t->checks[k].fn, R_PRED))
				drop_at(t->checks, &t->nchecks, k--, sizeof(rcheck));
		for (int k = 0; k < t->nindexes; k++) {
			ridx *x = &t->indexes[k];
			rfunc *f = x->kind == 5 ? find_func(s, x->fn, R_PRED) : NULL;
			rcol *c = find_col(t, x->col);
			fam fm = c ? col_family(c) : F_JSONB;
			/* Only a type whose cast to text is immutable (not a time, not a float, not an enum). */
			bool immutable_text = fm == F_TXT || fm == F_BOOL || fm == F_UUID ||
					      (fm == F_NUM && c->type >= 0 && rtypes[c->type].intlike);
			if (x->kind == 5 && (!f || f->vol != 2 || x->unique || !immutable_text || c->array))
				drop_at(t->indexes, &t->nindexes, k--, sizeof(ridx));
		}
		sanitize_triggers(s, t);
	}
	sanitize_views(s);
	for (int i = 0; i < s->nviews; i++)
		sanitize_view_triggers(s, &s->views[i]);
	sanitize_links(s);
}

/* ---- YAML ---- */

/* The expression a function returns, in terms of its argument (predicates) or of nothing. */
static void func_expr(char *out, size_t len, const rfunc *f)
{
	const char *a = f->argname;
	int k = f->body % 4 + (f->int_arg ? 4 : 0);
	if (f->tref.type[0]) { /* a domain's or an enum's: a constant of it, or a test that holds for any value */
		if (f->role == R_PRED)
			snprintf(out, len, f->body % 2 ? "%s IS NULL OR %s = %s" : "%s IS NOT DISTINCT FROM %s", a, a,
				 a);
		else
			tref_text(out, len, &f->tref);
		return;
	}
	if (f->role != R_PRED) {
		static const char *const dflt[] = {"42", "7", "1 + 1", "length('abc')"};
		char terms[3 * NAMELEN + 160];
		func_link_terms(terms, sizeof(terms), f);
		snprintf(out, len, "%s%s", dflt[f->body % 4], terms);
		return;
	}
	switch (k) {
	case 0:
		snprintf(out, len, "%s IS NULL OR length(%s) >= 0", a, a);
		break;
	case 1:
		snprintf(out, len, "%s IS NULL OR %s = %s", a, a, a);
		break;
	case 2:
		snprintf(out, len, "length(%s) > -1 OR %s IS NULL", a, a);
		break;
	case 3:
		snprintf(out, len, "coalesce(%s, '') = coalesce(%s, '')", a, a);
		break;
	case 4:
		snprintf(out, len, "%s IS NULL OR %s = %s", a, a, a);
		break;
	case 5:
		snprintf(out, len, "%s IS NULL OR abs(%s) >= 0", a, a);
		break;
	case 6:
		snprintf(out, len, "coalesce(%s, 0) = coalesce(%s, 0)", a, a);
		break;
	default:
		snprintf(out, len, "%s IS NOT DISTINCT FROM %s", a, a);
		break;
	}
}

static const char *const trigger_bodies[] = {
    "BEGIN RETURN COALESCE(NEW, OLD); END",
    "BEGIN PERFORM 1; RETURN COALESCE(NEW, OLD); END",
    "BEGIN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END",
    "DECLARE n integer := 0; BEGIN n := n + 1; RETURN COALESCE(NEW, OLD); END",
};

/* The CREATE statement of f, spelled one of three ways (upper case, lower case, spaced out). */
static void func_definition(sg_strbuf *sb, const rfunc *f)
{
	char name[NAMELEN + 4], expr[3 * NAMELEN + 320], callee[NAMELEN + 4];
	bool lower = f->spelling == 1, spaced = f->spelling == 2;
	const char *sp = spaced ? "  " : " ";
	sql_ident(name, sizeof(name), f->name);
	func_expr(expr, sizeof(expr), f);
	sg_strbuf_addf(sb, "%s%s%s(", lower ? "create " : "CREATE ",
		       f->role == R_PROC ? (lower ? "procedure " : "PROCEDURE ") : (lower ? "function " : "FUNCTION "),
		       name);
	switch (f->role) {
	case R_PRED:
		sql_ident(callee, sizeof(callee), f->callee);
		if (f->tref.type[0]) {
			sql_ident(callee, sizeof(callee), f->tref.type);
			sg_strbuf_addf(sb, "%s %s)", f->argname, callee);
		} else if (f->extra_arg && f->callee[0]) /* the argument's default calls a default function */
			sg_strbuf_addf(sb, "%s text, w integer DEFAULT %s())", f->argname, callee);
		else
			sg_strbuf_addf(sb, "%s %s%s)", f->argname, f->int_arg ? "integer" : "text",
				       f->extra_arg ? ", w integer DEFAULT 0" : "");
		sg_strbuf_addf(sb, "%sRETURNS boolean", sp);
		break;
	case R_DEFAULT:
		sql_ident(callee, sizeof(callee), f->tref.type);
		sg_strbuf_addf(sb, ")%sRETURNS %s", sp, f->tref.type[0] ? callee : f->big ? "bigint" : "integer");
		break;
	case R_TRIGGER:
		sg_strbuf_addf(sb, ")%sRETURNS trigger", sp);
		break;
	default:
		sg_strbuf_addf(sb, "%s integer)", f->argname);
		break;
	}
	sg_strbuf_addf(sb, "%s%s %s", sp, lower ? "language" : "LANGUAGE", f->lang == 3 ? "plpgsql" : "sql");
	static const char *const vols[] = {"", "STABLE", "IMMUTABLE"};
	if (f->vol)
		sg_strbuf_addf(sb, " %s", vols[f->vol]);
	if (f->strict)
		sg_strbuf_adds(sb, " STRICT");
	if (f->secdef)
		sg_strbuf_addf(sb, "%sSECURITY DEFINER SET search_path = public, pg_temp", sp);
	sg_strbuf_adds(sb, sp);
	if (f->role == R_TRIGGER) {
		sg_strbuf_addf(sb, "AS $$ %s $$", trigger_bodies[f->body % 4]);
		return;
	}
	if (f->role == R_PROC) {
		if (f->lang == 3)
			sg_strbuf_addf(sb, "AS $$ BEGIN PERFORM %s + %d; END $$", f->argname, f->body);
		else if (f->lang == 2)
			sg_strbuf_addf(sb, "BEGIN ATOMIC SELECT %s + %d; END", f->argname, f->body);
		else
			sg_strbuf_addf(sb, "AS $$ SELECT %s + %d $$", f->argname, f->body);
		return;
	}
	switch (f->lang) {
	case 0:
		sg_strbuf_addf(sb, "%s %s", lower ? "return" : "RETURN", expr);
		break;
	case 1:
		sg_strbuf_addf(sb, "AS $$ SELECT %s $$", expr);
		break;
	case 2:
		sg_strbuf_addf(sb, "BEGIN ATOMIC SELECT %s; END", expr);
		break;
	default:
		sg_strbuf_addf(sb, "AS $$ BEGIN RETURN %s; END $$", expr);
		break;
	}
}

void write_functions(sg_strbuf *sb, const rschema *s)
{
	if (!s->nfuncs)
		return;
	sg_strbuf_adds(sb, "functions:\n");
	for (int i = 0; i < s->nfuncs; i++) {
		const rfunc *f = &s->funcs[i];
		sg_strbuf def = SG_STRBUF_INIT;
		func_definition(&def, f);
		sg_strbuf_adds(sb, "  - name: ");
		yq(sb, f->name);
		if (f->renamed_from[0]) {
			sg_strbuf_adds(sb, "\n    renamed_from: ");
			yq(sb, f->renamed_from);
		}
		if (f->spelling == 2) { /* a block scalar, as a person writes a long one */
			sg_strbuf_adds(sb, "\n    definition: |\n      ");
			sg_strbuf_adds(sb, def.data);
			sg_strbuf_adds(sb, "\n");
		} else {
			sg_strbuf_adds(sb, "\n    definition: ");
			yq(sb, def.data);
			sg_strbuf_addch(sb, '\n');
		}
		sg_strbuf_release(&def);
	}
}

static void view_query(sg_strbuf *sb, const rschema *s, const rview *v)
{
	char q[NAMELEN + 4], fnq[NAMELEN + 4];
	bool lower = v->spelling == 1;
	const char *sp = v->spelling == 2 ? "\n  " : " ";
	sg_strbuf_adds(sb, lower ? "select " : "SELECT ");
	for (int k = 0; k < v->ncols; k++) {
		sql_ident(q, sizeof(q), v->cols[k]);
		sg_strbuf_addf(sb, "%s%s", k ? ", " : "", q);
		if (v->alias[k][0]) {
			sql_ident(q, sizeof(q), v->alias[k]);
			sg_strbuf_addf(sb, " %s %s", lower ? "as" : "AS", q);
		}
	}
	if (v->fn[0]) {
		sql_ident(fnq, sizeof(fnq), v->fn);
		sql_ident(q, sizeof(q), v->cols[0]);
		const rfunc *f = NULL;
		for (int i = 0; i < s->nfuncs && !f; i++)
			if (s->funcs[i].role == R_PRED && strcmp(s->funcs[i].name, v->fn) == 0)
				f = &s->funcs[i];
		char arg[3 * NAMELEN + 40];
		if (f && f->tref.type[0]) /* a predicate taking a domain or an enum: called on a constant of it */
			tref_text(arg, sizeof(arg), &f->tref);
		else
			snprintf(arg, sizeof(arg), "(%s)::text", q);
		sg_strbuf_addf(sb, ", %s(%s) AS fn_out", fnq, arg);
	}
	sql_ident(q, sizeof(q), v->src);
	sg_strbuf_addf(sb, "%s%s %s", sp, lower ? "from" : "FROM", q);
	if (v->where == 1) {
		sql_ident(q, sizeof(q), v->cols[0]);
		sg_strbuf_addf(sb, "%s%s %s IS NOT NULL", sp, lower ? "where" : "WHERE", q);
	} else if (v->where == 2) {
		sg_strbuf_addf(sb, "%s%s true", sp, lower ? "where" : "WHERE");
	}
}

void write_views(sg_strbuf *sb, const rschema *s)
{
	if (!s->nviews)
		return;
	sg_strbuf_adds(sb, "views:\n");
	static const char *const checks[] = {"", "local", "cascaded"};
	for (int i = 0; i < s->nviews; i++) {
		const rview *v = &s->views[i];
		sg_strbuf_adds(sb, "  - name: ");
		yq(sb, v->name);
		sg_strbuf_addch(sb, '\n');
		if (v->mat)
			sg_strbuf_adds(sb, "    materialized: true\n");
		if (v->renamed_from[0]) {
			sg_strbuf_adds(sb, "    renamed_from: ");
			yq(sb, v->renamed_from);
			sg_strbuf_addch(sb, '\n');
		}
		sg_strbuf q = SG_STRBUF_INIT;
		view_query(&q, s, v);
		if (v->spelling == 2) {
			sg_strbuf_adds(sb, "    query: |\n      ");
			for (const char *p = q.data; *p; p++) {
				sg_strbuf_addch(sb, *p);
				if (*p == '\n')
					sg_strbuf_adds(sb, "      ");
			}
			sg_strbuf_addch(sb, '\n');
		} else {
			sg_strbuf_adds(sb, "    query: ");
			yq(sb, q.data);
			sg_strbuf_addch(sb, '\n');
		}
		sg_strbuf_release(&q);
		if (v->barrier || v->check_option) {
			sg_strbuf_adds(sb, "    options: {");
			if (v->barrier)
				sg_strbuf_adds(sb, " security_barrier: true");
			if (v->check_option)
				sg_strbuf_addf(sb, "%s check_option: %s", v->barrier ? "," : "",
					       checks[v->check_option]);
			sg_strbuf_adds(sb, " }\n");
		}
		if (v->comment)
			sg_strbuf_adds(sb, "    comment: \"the view's\"\n");
		if (v->idx_col[0][0] || v->idx_col[1][0]) {
			sg_strbuf_adds(sb, "    indexes:\n");
			for (int m = 0; m < 2; m++) {
				if (!v->idx_col[m][0])
					continue;
				char key[NAMELEN + 4], name[2 * NAMELEN];
				sql_ident(key, sizeof(key), v->idx_col[m]);
				snprintf(name, sizeof(name), "%s_i%d", v->name, m);
				sg_strbuf_adds(sb, "      - { name: ");
				yq(sb, name);
				sg_strbuf_adds(sb, ", columns: [");
				yq(sb, key);
				sg_strbuf_adds(sb, "] }\n");
			}
		}
		write_triggers(sb, v->trigs, v->ntrigs);
	}
}
