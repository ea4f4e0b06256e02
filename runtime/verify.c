/*
 * sg_verify: checks of the ledger against the files and the history before
 * a run changes anything (see verify.h and docs/migrate.md, "Checksums").
 */
#include "verify.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "embedded.h"
#include "pipeline.h"
#include "strbuf.h"

/* ---- the files' checksums ---- */

/*
 * SHA-256 of file `name` in directory `dir` (open as dfd, or AT_FDCWD), read
 * in pieces (no allocation).
 */
static int hash_at(int dfd, const char *dir, const char *name, unsigned char out[SG_SHA256_LEN], sg_error *err)
{
	char path[4096];
	if (dfd == AT_FDCWD)
		snprintf(path, sizeof(path), "%s/%s", dir, name);
	int fd = openat(dfd, dfd == AT_FDCWD ? path : name, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return sg_error_set(err, errno == ENOENT || errno == ELOOP ? SG_ERR_INPUT : SG_ERR_SYSTEM,
				    "cannot read '%s/%s': %s", dir, name, strerror(errno));
	sg_sha256 c;
	sg_sha256_init(&c);
	char buf[16384];
	int rc = 0;
	for (;;) {
		ssize_t r = read(fd, buf, sizeof(buf));
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			rc = errno == EISDIR ? sg_error_set(err, SG_ERR_INPUT,
							    "'%s/%s' is a directory, not a migration file", dir, name)
					     : sg_error_set(err, SG_ERR_SYSTEM, "cannot read '%s/%s': %s", dir, name,
							    strerror(errno));
		if (r <= 0)
			break;
		sg_sha256_update(&c, buf, (size_t)r);
	}
	close(fd);
	if (rc == 0)
		sg_sha256_final(&c, out);
	return rc;
}

int sg_verify_hash_files(sg_migrate *m, sg_error *err)
{
	size_t n = m->files.count;
	if (!m->sums && !(m->sums = malloc((n ? n : 1) * sizeof(*m->sums))))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	m->sums_ready = false;
	const char *dir = sg_migrate__dir(m);
	const sg_migrate_embedded *embedded = sg_embedded_of(&m->src);
	int rc = 0;
	if (embedded) {
		/* The checksums were computed when the set was generated: no file is read. */
		for (size_t i = 0; rc == 0 && i < n; i++)
			if (!sg_embedded_sum(embedded, m->files.items[i].up_file, m->sums[i]))
				rc = sg_error_set(err, SG_ERR_INPUT, "'%s/%s' is not in the embedded migrations",
						  m->src.description, m->files.items[i].up_file);
	} else if (dir) {
		int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd < 0)
			return sg_error_set(err, SG_ERR_SYSTEM, "cannot read migrations directory '%s': %s", dir,
					    strerror(errno));
		for (size_t i = 0; rc == 0 && i < n; i++)
			rc = hash_at(dfd, dir, m->files.items[i].up_file, m->sums[i], err);
		close(dfd);
	} else {
		for (size_t i = 0; rc == 0 && i < n; i++) {
			char *data = NULL;
			size_t len = 0;
			rc = m->src.read(m->src.ctx, m->files.items[i].up_file, &data, &len, err);
			if (rc == 0) {
				sg_sha256 c;
				sg_sha256_init(&c);
				sg_sha256_update(&c, data, len);
				sg_sha256_final(&c, m->sums[i]);
			}
			free(data);
		}
	}
	m->sums_ready = rc == 0;
	return rc;
}

bool sg_verify_noop_sums(const sg_migrate *m, const sg_ledger_versions *v)
{
	if (!m->sums_ready || v->count != m->files.count)
		return false;
	for (size_t i = 0; i < v->count; i++)
		if (v->versions[i] != m->files.items[i].version || memcmp(v->sums[i], m->sums[i], SG_SHA256_LEN) != 0)
			return false;
	return true;
}

int sg_verify_file_sum(sg_migrate *m, const sg_mfile *f, char out[SG_CHECKSUM_HEX_LEN + 1], sg_error *err)
{
	unsigned char sum[SG_SHA256_LEN];
	if (m->sums_ready) {
		sg_checksum_hex(out, m->sums[f - m->files.items]);
		return 0;
	}
	const char *dir = sg_migrate__dir(m);
	const sg_migrate_embedded *embedded = sg_embedded_of(&m->src);
	int rc;
	if (embedded) {
		rc = sg_embedded_sum(embedded, f->up_file, sum)
			 ? 0
			 : sg_error_set(err, SG_ERR_INPUT, "'%s/%s' is not in the embedded migrations",
					m->src.description, f->up_file);
	} else if (dir) {
		rc = hash_at(AT_FDCWD, dir, f->up_file, sum, err);
	} else {
		char *data = NULL;
		size_t len = 0;
		rc = m->src.read(m->src.ctx, f->up_file, &data, &len, err);
		if (rc == 0) {
			sg_sha256 c;
			sg_sha256_init(&c);
			sg_sha256_update(&c, data, len);
			sg_sha256_final(&c, sum);
		}
		free(data);
	}
	if (rc == 0)
		sg_checksum_hex(out, sum);
	return rc;
}

int sg_verify_applied(sg_migrate *m, const sg_ledger *l, bool report_missing, int *problems, sg_error *err)
{
	for (size_t i = 0; i < l->count; i++) {
		const sg_track_row *r = &l->rows[i];
		const sg_mfile *f = sg_files_find(&m->files, r->version);
		char v[24];
		sg_migrate__version_label(v, sizeof(v), m, r->version);
		if (!f) {
			if (report_missing) {
				char buf[256];
				snprintf(buf, sizeof(buf), "version %s ('%s') is applied but has no file in '%s'", v,
					 r->name, m->src.description);
				sg_migrate__emit(m, problems ? SG_MIGRATE_EVENT_PROBLEM : SG_MIGRATE_EVENT_WARNING,
						 NULL, NULL, false, -1, buf);
				if (problems)
					++*problems;
			}
			continue;
		}
		char sum[SG_CHECKSUM_HEX_LEN + 1];
		if (sg_verify_file_sum(m, f, sum, err) != 0)
			return -1;
		if (!r->checksum[0]) {
			/* The file is not what changed: the row lost its checksum by hand. */
			sg_error_set(err, SG_ERR_REFUSED,
				     "version %s ('%s') has no checksum in %s (set by hand?); if the database matches "
				     "'%s/%s', record its checksum with 'migrate up --accept-edit %s'",
				     v, r->name, m->trk.qtable, m->src.description, f->up_file, v);
			if (!problems)
				return -1;
			sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, f, f->up_file, false, -1, sg_error_message(err));
			sg_error_clear(err);
			++*problems;
		} else if (strcmp(sum, r->checksum) != 0) {
			sg_error_set(err, SG_ERR_REFUSED,
				     "'%s/%s' was edited after it was applied (its checksum is %s, applied as %s); "
				     "restore it and put the change in a new migration, or, if the database already "
				     "matches the edit, record it with 'migrate up --accept-edit %s'",
				     m->src.description, f->up_file, sum, r->checksum, v);
			if (!problems)
				return -1;
			sg_migrate__emit(m, SG_MIGRATE_EVENT_PROBLEM, f, f->up_file, false, -1, sg_error_message(err));
			sg_error_clear(err);
			++*problems;
		}
	}
	return 0;
}

/* ---- edits accepted on purpose ---- */

int sg_verify_accept_edits(sg_migrate *m, sg_ledger *l, sg_error *err)
{
	if (!m->naccept_edit)
		return 0;
	if (!m->accepted && !(m->accepted = calloc(m->naccept_edit, sizeof(*m->accepted))))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t k = 0; k < m->naccept_edit; k++) {
		int64_t version = m->accept_edit[k];
		sg_track_row *row = NULL;
		for (size_t i = 0; i < l->count && !row; i++)
			if (l->rows[i].version == version)
				row = &l->rows[i];
		const sg_mfile *f = sg_files_find(&m->files, version);
		char v[24];
		sg_migrate__version_label(v, sizeof(v), m, version);
		if (!row)
			return sg_error_set(err, SG_ERR_INPUT,
					    "--accept-edit %s: version %s is not applied, so it has "
					    "no checksum to replace",
					    v, v);
		if (!f)
			return sg_error_set(err, SG_ERR_INPUT, "--accept-edit %s: no file has version %s in '%s'", v, v,
					    m->src.description);
		char *sum = m->accepted[k];
		if (sg_verify_file_sum(m, f, sum, err) != 0)
			return -1;
		if (strcmp(sum, row->checksum) == 0) {
			sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO,
					  "--accept-edit %s: '%s' is as it was applied; "
					  "nothing to accept",
					  v, f->up_file);
			continue;
		}
		char msg[512];
		snprintf(msg, sizeof(msg), "%s the edit of '%s': checksum %s replaced by %s%s",
			 m->dry_run ? "would accept" : "accepted", f->up_file,
			 row->checksum[0] ? row->checksum : "(none)", sum,
			 m->dry_run ? "" : " (recorded in the history)");
		if (!m->dry_run) {
			char vt[24];
			snprintf(vt, sizeof(vt), "%" PRId64, version);
			const char *params[] = {vt, sum, row->checksum, f->name, m->client};
			PGresult *res = PQexecParams(m->conn, m->trk.sql_accept_edit, 5, NULL, params, NULL, NULL, 0);
			bool ok = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
			if (!ok)
				sg_error_set(err, SG_ERR_DB, "cannot record the accepted edit of version %s: %s", v,
					     PQresultStatus(res) == PGRES_TUPLES_OK ? "its row changed meanwhile"
										    : PQresultErrorMessage(res));
			PQclear(res);
			if (!ok)
				return -1;
		}
		sg_migrate__emit(m, m->dry_run ? SG_MIGRATE_EVENT_PLANNED : SG_MIGRATE_EVENT_INFO, f, f->up_file, false,
				 -1, msg);
		row->checksum = sum;
	}
	return 0;
}

/* ---- rows deleted by hand ---- */

int sg_verify_history(sg_migrate *m, const sg_ledger *l, int64_t upto, sg_error *err)
{
	if (l->kind != SG_LEDGER_OURS)
		return 0;
	sg_strbuf arr = SG_STRBUF_INIT;
	for (size_t i = 0; i < m->files.count; i++) {
		const sg_mfile *f = &m->files.items[i];
		if (f->version <= upto && !sg_ledger_find(l, f->version))
			sg_strbuf_addf(&arr, "%s%" PRId64, arr.len ? "," : "{", f->version);
	}
	if (arr.len == 0)
		return 0; /* nothing pending: nothing to ask */
	sg_strbuf_addch(&arr, '}');
	if (sg_strbuf_failed(&arr)) {
		sg_strbuf_release(&arr);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	const char *params[] = {arr.data};
	PGresult *res = PQexecParams(m->conn, m->trk.sql_history_applied, 1, NULL, params, NULL, NULL, 0);
	sg_strbuf_release(&arr);
	int rc = 0;
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		if (!state || strcmp(state, "42P01") != 0) /* no history table: nothing to compare with */
			rc = sg_error_set(err, SG_ERR_DB, "cannot read the history %s: %s", m->trk.qhistory,
					  PQresultErrorMessage(res));
	} else if (PQntuples(res) > 0) {
		/* The oldest such version (rows come in version order). */
		int64_t version = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
		const sg_mfile *f = sg_files_find(&m->files, version);
		const sg_track_row *last = sg_ledger_last(l);
		char v[24], prev[24];
		sg_migrate__version_label(v, sizeof(v), m, version);
		sg_strbuf fix = SG_STRBUF_INIT;
		if (!last || version > last->version) {
			/* The newest row was deleted: force restores it, or, forcing the one before, says it is gone.
			 */
			if (last)
				sg_migrate__version_label(prev, sizeof(prev), m, last->version);
			else
				snprintf(prev, sizeof(prev), "0");
			sg_strbuf_addf(&fix,
				       "if its changes are in the database, restore its row with 'migrate force %s'; "
				       "if they were undone by hand, record that with 'migrate force %s', then run "
				       "'migrate up'",
				       v, prev);
		} else {
			sg_strbuf_addf(&fix,
				       "if its changes are in the database, restore its row with 'migrate baseline %s' "
				       "(it records every file up to %s that has no row)",
				       v, v);
		}
		rc = sg_error_set(err, SG_ERR_REFUSED,
				  "version %s ('%s') has no row in %s, but its history says it was applied (%s at %s, "
				  "history id %s) and never reverted: was its row deleted by hand? running it again "
				  "could apply it twice; %s",
				  v, f ? f->name : PQgetvalue(res, 0, 4), m->trk.qtable, PQgetvalue(res, 0, 1),
				  PQgetvalue(res, 0, 2), PQgetvalue(res, 0, 3), fix.data);
		sg_strbuf_release(&fix);
	}
	PQclear(res);
	return rc;
}
