/*
 * golang-migrate's ledger, `TABLE (version bigint, dirty boolean)` with one
 * row, met by a command that changes versions: adopted on the spot, as
 * `migrate baseline` adopts it, so that the first `up` of a project that
 * switches needs no extra step (docs/migrate.md, "Coming from golang-migrate").
 *
 * Safe both ways.  Into ours: a dirty version, or a version no file has, is
 * refused before anything changes, and the table is re-read under a lock in
 * the adopting transaction, so a golang-migrate run at work meanwhile is
 * noticed.  Back to theirs: golang-migrate, started again on the adopted
 * database, reads our table and fails on its first write (its
 * `INSERT (version, dirty)` leaves our NOT NULL columns empty), in the
 * transaction that would have emptied it: it changes nothing.
 */
#include "golang_ledger.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pipeline.h"
#include "strbuf.h"
#include "verify.h"

int sg_migrate__golang_check(const sg_migrate *m, const sg_ledger *l, sg_error *err)
{
	int64_t v = l->golang_version;
	char label[24];
	sg_migrate__version_label(label, sizeof(label), m, v);
	if (l->golang_dirty) {
		/* The version before it: forcing to it runs the dirty one again on the next up. */
		int64_t prev = v > 0 ? 0 : -1;
		for (size_t i = 0; i < m->files.count && m->files.items[i].version < v; i++)
			prev = m->files.items[i].version;
		return sg_error_set(err, SG_ERR_REFUSED,
				    "golang-migrate's table %s says version %" PRId64 " is dirty: it failed part way "
				    "and what it changed is unknown; repair the database by hand, then run 'migrate "
				    "force %" PRId64 "' if its changes are all there, or 'migrate force %" PRId64
				    "' to run it again on the next up (with the same -path and -database)",
				    m->trk.qtable, v, v, prev);
	}
	if (v > 0 && !sg_files_find(&m->files, v)) {
		const sg_mfile *newest = m->files.count ? &m->files.items[m->files.count - 1] : NULL;
		return sg_error_set(err, SG_ERR_REFUSED,
				    "golang-migrate's table %s says version %" PRId64 ", but no file in '%s' has it "
				    "(newest: %s): these are not the migrations that built this database (a newer "
				    "release's?); run with the directory that has it, or 'migrate force V' to declare "
				    "the version the database is at",
				    m->trk.qtable, v, m->src.description, newest ? newest->up_file : "none");
	}
	return 0;
}

/* The ledger adoption at `version` gives, built in memory for a dry run: one block, freed with l->rows. */
static int synthesize(sg_migrate *m, sg_ledger *l, size_t n, char (*sums)[SG_CHECKSUM_HEX_LEN + 1], sg_error *err)
{
	size_t size = n * sizeof(sg_track_row) + n * (SG_CHECKSUM_HEX_LEN + 1);
	char *block = calloc(1, size ? size : 1);
	if (!block)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	sg_track_row *rows = (sg_track_row *)(void *)block;
	char *text = block + n * sizeof(sg_track_row);
	for (size_t i = 0; i < n; i++) {
		char *sum = text + i * (SG_CHECKSUM_HEX_LEN + 1);
		memcpy(sum, sums[i], SG_CHECKSUM_HEX_LEN + 1);
		rows[i] = (sg_track_row){.version = m->files.items[i].version,
					 .name = m->files.items[i].name,
					 .checksum = sum,
					 .method = "baseline",
					 .statements_done = -1,
					 .statements_total = -1};
	}
	sg_ledger_release(l);
	l->kind = SG_LEDGER_OURS;
	l->rows = rows;
	l->count = n;
	return 0;
}

/*
 * In one transaction: lock and re-read their table, rename it, create ours,
 * then record files 1..n as applied and commit in one pipeline (one round
 * trip, however many files).
 */
static int adopt(sg_migrate *m, sg_ledger *l, int64_t version, size_t n, char (*sums)[SG_CHECKSUM_HEX_LEN + 1],
		 sg_error *err)
{
	int rc = sg_pipeline_exec(m->conn, "BEGIN", 0, NULL, "cannot start the adoption", err);
	if (rc == 0)
		rc = sg_tracking_adopt_golang(m->conn, &m->trk, l->golang_version, l->golang_dirty, version, m->client,
					      err);
	char(*vs)[24] = rc == 0 ? calloc(n ? n : 1, sizeof(*vs)) : NULL;
	if (rc == 0 && !vs)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	sg_pipeline p;
	if (rc == 0)
		rc = sg_pipeline_start(&p, m->conn, err);
	bool started = rc == 0;
	for (size_t i = 0; rc == 0 && i < n; i++) {
		const sg_mfile *f = &m->files.items[i];
		snprintf(vs[i], sizeof(vs[i]), "%" PRId64, f->version);
		const char *params[] = {vs[i], f->name, sums[i], m->client};
		rc = sg_pipeline_add(&p, SG_PIPELINE_RUNNER, m->trk.sql_baseline, 4, params, err);
	}
	if (rc == 0)
		rc = sg_pipeline_add(&p, SG_PIPELINE_RUNNER, "COMMIT", 0, NULL, err);
	PGresult *failed = NULL;
	int tag;
	char why[512];
	if (rc == 0) {
		rc = sg_pipeline_finish(&p, &failed, &tag, NULL, NULL, err);
		if (rc == 0 && failed)
			rc = sg_error_set(err, SG_ERR_DB, "cannot record the adopted versions, nothing was changed: %s",
					  sg_pipeline_error_text(failed, m->conn, why, sizeof(why)));
		PQclear(failed);
	} else if (started) {
		sg_pipeline_abort(&p);
	}
	free(vs);
	if (rc != 0) {
		sg_pipeline_rollback(m->conn);
		return -1;
	}
	return 0;
}

int sg_migrate__golang_adopt(sg_migrate *m, sg_ledger *l, int64_t at, sg_error *err)
{
	if (at < 0 && sg_migrate__golang_check(m, l, err) != 0)
		return -1;
	int64_t version = at < 0 ? l->golang_version : at;
	if (version > 0 && !sg_files_find(&m->files, version))
		return sg_error_set(err, SG_ERR_INPUT, "no migration has version %" PRId64 " in '%s'", version,
				    m->src.description);
	size_t n = 0;
	while (n < m->files.count && m->files.items[n].version <= version)
		n++;
	char(*sums)[SG_CHECKSUM_HEX_LEN + 1] = calloc(n ? n : 1, sizeof(*sums));
	if (!sums)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	int rc = 0;
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = sg_verify_file_sum(m, &m->files.items[i], sums[i], err);
	char backup[160];
	snprintf(backup, sizeof(backup), "%s.%s", m->trk.schema, m->trk.golang_backup);
	if (rc == 0 && m->dry_run) {
		sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO,
				  "would adopt golang-migrate's table %s at version %" PRId64
				  ": %zu file%s recorded as applied, its rows kept in %s",
				  m->trk.qtable, version, n, n == 1 ? "" : "s", backup);
		rc = synthesize(m, l, n, sums, err);
	} else if (rc == 0) {
		rc = adopt(m, l, version, n, sums, err);
		if (rc == 0) {
			sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO,
					  "adopted golang-migrate's table %s at version %" PRId64
					  ": %zu file%s recorded as applied, its rows kept in %s",
					  m->trk.qtable, version, n, n == 1 ? "" : "s", backup);
			sg_ledger_release(l);
			rc = sg_tracking_load(l, m->conn, &m->trk, false, err);
		}
	}
	free(sums);
	return rc;
}
