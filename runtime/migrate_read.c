/*
 * The operations that change no version: sg_migrate_status_get,
 * sg_migrate_version, sg_migrate_history_get and sg_migrate_validate, and the
 * frees of what they return.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apply.h"
#include "golang_ledger.h"
#include "runner.h"
#include "strbuf.h"
#include "verify.h"

static char *dup_or_null(const char *s, bool *oom)
{
	if (!s)
		return NULL;
	char *d = strdup(s);
	if (!d)
		*oom = true;
	return d;
}

void sg_migrate_status_free(sg_migrate_status *st)
{
	if (!st)
		return;
	for (size_t i = 0; i < st->count; i++) {
		sg_migrate_status_entry *e = &st->entries[i];
		free(e->version_text);
		free(e->name);
		free(e->applied_at);
		free(e->applied_by);
		free(e->method);
		free(e->last_error);
	}
	free(st->entries);
	free(st->last_failure);
	sg_lock_holder_free(st->lock_holder);
	free(st);
}

static void last_failure(sg_migrate *m, sg_migrate_status *st, bool *oom)
{
	PGresult *res = PQexec(m->conn, m->trk.sql_last_event);
	if (PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1) {
		const char *outcome = PQgetvalue(res, 0, 4);
		if (strcmp(outcome, "failed") == 0 || strcmp(outcome, "dirty") == 0) {
			sg_strbuf sb = SG_STRBUF_INIT;
			sg_strbuf_addf(&sb, "%s %s of version %s ('%s') %s: %s", PQgetvalue(res, 0, 0),
				       PQgetvalue(res, 0, 1), PQgetvalue(res, 0, 2), PQgetvalue(res, 0, 3),
				       strcmp(outcome, "failed") == 0 ? "failed and was rolled back"
								      : "failed and left it dirty",
				       PQgetvalue(res, 0, 5));
			st->last_failure = sg_strbuf_detach(&sb, NULL);
			if (!st->last_failure)
				*oom = true;
		}
	}
	PQclear(res);
}

int sg_migrate_status_get(sg_migrate *m, sg_migrate_status **out, sg_error *err)
{
	*out = NULL;
	sg_migrate_run r;
	if (sg_migrate__run_begin(m, &r, false, SG_MIGRATE_READ_FULL, err) != 0)
		return sg_migrate__run_end(m, &r, -1, NULL, err);
	sg_migrate_status *st = calloc(1, sizeof(*st));
	size_t cap = m->files.count + r.ledger.count;
	if (st)
		st->entries = calloc(cap ? cap : 1, sizeof(*st->entries));
	if (!st || !st->entries) {
		sg_migrate_status_free(st);
		return sg_migrate__run_end(m, &r, sg_error_set(err, SG_ERR_SYSTEM, "out of memory"), NULL, err);
	}
	st->table_exists = r.ledger.kind != SG_LEDGER_MISSING;
	st->golang_migrate = r.ledger.kind == SG_LEDGER_GOLANG;
	st->golang_version = r.ledger.golang_version;
	st->golang_dirty = r.ledger.golang_dirty;
	bool oom = false;
	int rc = 0;
	const sg_track_row *last = sg_ledger_last(&r.ledger);
	size_t fi = 0, ri = 0;
	while (rc == 0 && (fi < m->files.count || ri < r.ledger.count)) {
		const sg_mfile *f = fi < m->files.count ? &m->files.items[fi] : NULL;
		const sg_track_row *row = ri < r.ledger.count ? &r.ledger.rows[ri] : NULL;
		if (f && row && f->version != row->version) {
			if (f->version < row->version)
				row = NULL;
			else
				f = NULL;
		}
		sg_migrate_status_entry *e = &st->entries[st->count++];
		e->version = f ? f->version : row->version;
		char v[24];
		sg_migrate__version_label(v, sizeof(v), m, e->version);
		e->version_text = dup_or_null(v, &oom);
		e->name = dup_or_null(f ? f->name : row->name, &oom);
		e->duration_ms = -1;
		if (row) {
			e->applied_at = dup_or_null(row->applied_at, &oom);
			e->applied_by = dup_or_null(row->applied_by, &oom);
			e->method = dup_or_null(row->method, &oom);
			e->last_error = dup_or_null(row->last_error, &oom);
			e->duration_ms = row->duration_ms;
			e->statements_done = row->statements_done;
			e->statements_total = row->statements_total;
			e->state = SG_MIGRATE_APPLIED;
			if (row->dirty) {
				e->state = SG_MIGRATE_DIRTY;
			} else if (!f) {
				e->state = SG_MIGRATE_MISSING_FILE;
			} else {
				char sum[SG_CHECKSUM_HEX_LEN + 1];
				rc = sg_verify_file_sum(m, f, sum, err);
				if (rc == 0 && strcmp(sum, row->checksum) != 0)
					e->state = SG_MIGRATE_MODIFIED;
			}
		} else if (st->golang_migrate && e->version <= r.ledger.golang_version) {
			e->state = SG_MIGRATE_APPLIED;
			e->method = dup_or_null("golang-migrate", &oom);
		} else {
			e->state = last && e->version < last->version ? SG_MIGRATE_OUT_OF_ORDER : SG_MIGRATE_PENDING;
			st->pending++;
		}
		if (f)
			fi++;
		if (row)
			ri++;
	}
	if (rc == 0 && r.ledger.kind == SG_LEDGER_OURS)
		last_failure(m, st, &oom);
	/* A dirty version with a live lock holder is being run, not left behind by a dead run. */
	bool any_dirty = false;
	for (size_t i = 0; i < st->count; i++)
		any_dirty = any_dirty || st->entries[i].state == SG_MIGRATE_DIRTY;
	if (rc == 0 && any_dirty)
		rc = sg_lock_holder_get(&st->lock_holder, m->conn, m->lock_key, err);
	for (size_t i = 0; i < st->count; i++)
		st->entries[i].running = st->entries[i].state == SG_MIGRATE_DIRTY && st->lock_holder;
	if (rc == 0 && oom)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc != 0)
		sg_migrate_status_free(st);
	else
		*out = st;
	return sg_migrate__run_end(m, &r, rc, NULL, err);
}

int sg_migrate_version(sg_migrate *m, int64_t *version, bool *dirty, sg_error *err)
{
	*version = 0;
	*dirty = false;
	sg_migrate_run r;
	int rc = sg_migrate__run_begin(m, &r, false, SG_MIGRATE_READ_LEDGER, err);
	if (rc == 0 && r.ledger.kind == SG_LEDGER_GOLANG) {
		*version = r.ledger.golang_version;
		*dirty = r.ledger.golang_dirty;
	} else if (rc == 0) {
		const sg_track_row *last = sg_ledger_last(&r.ledger);
		*version = last ? last->version : 0;
		*dirty = last ? last->dirty : false;
	}
	return sg_migrate__run_end(m, &r, rc, NULL, err);
}

void sg_migrate_version_text(const sg_migrate *m, int64_t version, char *buf, size_t size)
{
	sg_migrate__version_label(buf, size, m, version);
}

void sg_migrate_history_free(sg_migrate_history *h)
{
	if (!h)
		return;
	for (size_t i = 0; i < h->count; i++) {
		sg_migrate_history_entry *e = &h->entries[i];
		free(e->at);
		free(e->action);
		free(e->version_text);
		free(e->name);
		free(e->outcome);
		free(e->applied_by);
		free(e->client);
		free(e->detail);
	}
	free(h->entries);
	free(h);
}

int sg_migrate_history_get(sg_migrate *m, sg_migrate_history **out, sg_error *err)
{
	*out = NULL;
	if (sg_migrate__connect(m, err) != 0)
		return -1;
	sg_migrate_history *h = calloc(1, sizeof(*h));
	if (!h)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	PGresult *res = PQexec(m->conn, m->trk.sql_history);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		bool missing = state && strcmp(state, "42P01") == 0;
		if (!missing)
			sg_error_set(err, SG_ERR_DB, "cannot read the history: %s", PQerrorMessage(m->conn));
		PQclear(res);
		if (!missing) {
			sg_migrate_history_free(h);
			return -1;
		}
		*out = h;
		return 0;
	}
	int n = PQntuples(res);
	h->entries = calloc(n ? (size_t)n : 1, sizeof(*h->entries));
	bool oom = !h->entries;
	for (int i = 0; i < n && !oom; i++) {
		sg_migrate_history_entry *e = &h->entries[h->count++];
		e->id = strtoll(PQgetvalue(res, i, 0), NULL, 10);
		e->at = dup_or_null(PQgetvalue(res, i, 1), &oom);
		e->action = dup_or_null(PQgetvalue(res, i, 2), &oom);
		if (!PQgetisnull(res, i, 3)) {
			char v[24];
			sg_migrate__version_label(v, sizeof(v), m, strtoll(PQgetvalue(res, i, 3), NULL, 10));
			e->version_text = dup_or_null(v, &oom);
		}
		e->name = PQgetisnull(res, i, 4) ? NULL : dup_or_null(PQgetvalue(res, i, 4), &oom);
		e->outcome = dup_or_null(PQgetvalue(res, i, 5), &oom);
		e->duration_ms = PQgetisnull(res, i, 6) ? -1 : strtoll(PQgetvalue(res, i, 6), NULL, 10);
		e->applied_by = dup_or_null(PQgetvalue(res, i, 7), &oom);
		e->client = PQgetisnull(res, i, 8) ? NULL : dup_or_null(PQgetvalue(res, i, 8), &oom);
		e->detail = PQgetisnull(res, i, 9) ? NULL : dup_or_null(PQgetvalue(res, i, 9), &oom);
	}
	PQclear(res);
	if (oom) {
		sg_migrate_history_free(h);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	*out = h;
	return 0;
}

int sg_migrate_validate(sg_migrate *m, sg_error *err)
{
	int bad_files = 0, problems = 0;
	for (size_t i = 0; i < m->files.count; i++) {
		for (int d = 0; d < 2; d++) {
			const sg_mfile *f = &m->files.items[i];
			if (d == 1 && !f->down_file)
				continue;
			sg_loaded l;
			sg_error e = {0};
			if (sg_apply_load(m, f, d == 1, &l, &e) != 0) {
				sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, f, d ? f->down_file : f->up_file, d == 1,
						 -1, sg_error_message(&e));
				if (e.kind == SG_ERR_SYSTEM) {
					sg_apply_release(&l);
					return sg_error_move(err, &e);
				}
				bad_files++;
			}
			sg_error_clear(&e);
			sg_apply_release(&l);
		}
	}
	const char *url = m->url ? m->url : getenv("DATABASE_URL");
	if (url && url[0]) {
		sg_migrate_run r;
		int rc = sg_migrate__run_begin(m, &r, false, SG_MIGRATE_READ_LEDGER, err);
		if (rc == 0 && r.ledger.kind == SG_LEDGER_GOLANG) {
			/* The next up adopts it, unless it is dirty or ahead of the files. */
			sg_error e = {0};
			if (sg_migrate__golang_check(m, &r.ledger, &e) != 0) {
				sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, NULL, NULL, false, -1,
						 sg_error_message(&e));
				problems++;
			} else {
				sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO,
						  "table %s is golang-migrate's, at version %" PRId64
						  ": the next up adopts it",
						  m->trk.qtable, r.ledger.golang_version);
			}
			sg_error_clear(&e);
		} else if (rc == 0) {
			for (size_t i = 0; i < r.ledger.count; i++) {
				if (!r.ledger.rows[i].dirty)
					continue;
				sg_error e = {0};
				sg_ledger tmp = {.kind = SG_LEDGER_OURS, .rows = &r.ledger.rows[i], .count = 1};
				bool live = false;
				sg_migrate__refuse_dirty(m, &tmp, false, &live, &e);
				/* A run at work is not a disagreement between the files and the database. */
				sg_migrate__emit(m, live ? SG_MIGRATE_EVENT_WARNING : SG_MIGRATE_EVENT_PROBLEM, NULL,
						 NULL, false, -1, sg_error_message(&e));
				sg_error_clear(&e);
				if (!live)
					problems++;
			}
			rc = sg_verify_applied(m, &r.ledger, true, &problems, err);
			sg_error e = {0};
			if (rc == 0 && sg_verify_history(m, &r.ledger, INT64_MAX, &e) != 0) {
				if (e.kind == SG_ERR_REFUSED) { /* a row deleted by hand: what up would refuse */
					sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, NULL, NULL, false, -1,
							 sg_error_message(&e));
					problems++;
				} else {
					rc = sg_error_move(err, &e);
				}
			}
			sg_error_clear(&e);
			const sg_track_row *last = sg_ledger_last(&r.ledger);
			for (size_t i = 0; rc == 0 && last && i < m->files.count && !m->allow_out_of_order; i++) {
				const sg_mfile *f = &m->files.items[i];
				if (f->version < last->version && !sg_ledger_find(&r.ledger, f->version)) {
					char buf[512];
					snprintf(buf, sizeof(buf),
						 "'%s/%s' is pending but older than the newest applied "
						 "version (out of order)",
						 m->src.description, f->up_file);
					sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, f, f->up_file, false, -1, buf);
					problems++;
				}
			}
		}
		if (sg_migrate__run_end(m, &r, rc, NULL, err) != 0)
			return -1;
	} else {
		sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO, "no database given: checked the files only");
	}
	if (bad_files)
		return sg_error_set(err, SG_ERR_INPUT, "%d file%s cannot run as written%s", bad_files,
				    bad_files == 1 ? "" : "s",
				    problems ? ", and the database disagrees with the files" : "");
	if (problems)
		return sg_error_set(err, SG_ERR_REFUSED, "%d problem%s between the files and the database", problems,
				    problems == 1 ? "" : "s");
	return 0;
}
