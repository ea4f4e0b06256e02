/*
 * sg_migrate_force and sg_migrate_baseline: versions recorded or removed
 * without running a file, each operation one transaction in one pipeline
 * whose RETURNING rows become the MARKED and UNMARKED events.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "golang_ledger.h"
#include "pipeline.h"
#include "runner.h"
#include "verify.h"

typedef struct marks {
	sg_migrate *m;
	int count;
	bool unmark;
} marks;

static void on_mark_rows(void *ud, int tag, const PGresult *res)
{
	marks *mk = ud;
	(void)tag;
	for (int i = 0; i < PQntuples(res); i++) {
		int64_t v = strtoll(PQgetvalue(res, i, 0), NULL, 10);
		const sg_mfile *f = sg_files_find(&mk->m->files, v);
		sg_mfile tmp = {.version = v, .version_text = NULL, .name = NULL};
		char vt[24], name[256] = "";
		if (!f) {
			snprintf(vt, sizeof(vt), "%06" PRId64, v);
			if (PQnfields(res) > 1)
				snprintf(name, sizeof(name), "%s", PQgetvalue(res, i, 1));
			tmp.version_text = vt;
			tmp.name = name;
			f = &tmp;
		}
		sg_migrate__emit(mk->m, mk->unmark ? SG_MIGRATE_EVENT_UNMARKED : SG_MIGRATE_EVENT_MARKED, f, f->up_file,
				 false, -1, NULL);
		mk->count++;
	}
}

/* Run BEGIN, the commands already added, COMMIT as one pipeline; RETURNING rows become events. */
static int marks_tx(sg_migrate *m, sg_pipeline *p, marks *mk, sg_error *err)
{
	PGresult *failed = NULL;
	int tag;
	if (sg_pipeline_add(p, SG_PIPELINE_RUNNER, "COMMIT", 0, NULL, err) != 0) {
		sg_pipeline_abort(p);
		return -1;
	}
	if (sg_pipeline_finish(p, &failed, &tag, on_mark_rows, mk, err) != 0)
		return -1;
	if (failed) {
		char why[512];
		sg_error_set(err, SG_ERR_DB, "nothing was changed: %s",
			     sg_pipeline_error_text(failed, m->conn, why, sizeof(why)));
		PQclear(failed);
		sg_pipeline_rollback(m->conn);
		return -1;
	}
	return 0;
}

/*
 * Begin force or baseline: res emptied, a negative version refused, then the
 * lock taken (unless dry) and the ledger read.  marks_end must follow,
 * whatever this returns.
 */
static int marks_begin(sg_migrate *m, sg_migrate_run *r, int64_t version, sg_migrate_result *res, sg_error *err)
{
	memset(r, 0, sizeof(*r));
	if (res)
		memset(res, 0, sizeof(*res));
	if (version < 0)
		return sg_error_set(err, SG_ERR_INPUT, "version %" PRId64 " is negative", version);
	return sg_migrate__run_begin(m, r, !m->dry_run, SG_MIGRATE_READ_LEDGER, err);
}

/* The outcome of force or baseline in res, and the end of its run; returns rc or the first failure. */
static int marks_end(sg_migrate *m, sg_migrate_run *r, const marks *mk, int rc, sg_migrate_result *res, sg_error *err)
{
	if (res) {
		res->count = mk->count;
		if (rc == 0 && !m->dry_run)
			rc = sg_migrate__result_version(m, res, rc, err);
		else
			sg_migrate__result_from_ledger(m, &r->ledger, res);
	}
	return sg_migrate__run_end(m, r, rc, res, err);
}

int sg_migrate_force(sg_migrate *m, int64_t version, sg_migrate_result *res, sg_error *err)
{
	sg_migrate_run r;
	int rc = marks_begin(m, &r, version, res, err);
	if (rc == 0 && r.ledger.kind == SG_LEDGER_GOLANG)
		rc = sg_migrate__golang_adopt(m, &r.ledger, version, err);
	const sg_mfile *f = version ? sg_files_find(&m->files, version) : NULL;
	const sg_track_row *row = rc == 0 && version ? sg_ledger_find(&r.ledger, version) : NULL;
	if (rc == 0 && version && !f && !row)
		rc = sg_error_set(err, SG_ERR_INPUT, "no migration has version %" PRId64 " in '%s'", version,
				  m->src.description);
	char sum[SG_CHECKSUM_HEX_LEN + 1] = "";
	if (rc == 0 && f)
		rc = sg_verify_file_sum(m, f, sum, err);
	else if (rc == 0 && row)
		snprintf(sum, sizeof(sum), "%s", row->checksum);
	marks mk = {.m = m};
	if (rc == 0 && m->dry_run) {
		for (size_t i = 0; i < r.ledger.count; i++)
			if (r.ledger.rows[i].version > version) {
				const sg_mfile *g = sg_files_find(&m->files, r.ledger.rows[i].version);
				sg_migrate__emit(m, SG_MIGRATE_EVENT_PLANNED, g, g ? g->up_file : NULL, true, -1,
						 "would mark not applied");
				mk.count++;
			}
		if (version) {
			sg_migrate__emit(m, SG_MIGRATE_EVENT_PLANNED, f, f ? f->up_file : NULL, false, -1,
					 "would mark applied and clean");
			mk.count++;
		}
	} else if (rc == 0) {
		rc = sg_migrate__ensure_table(m, &r.ledger, err);
		char v[24];
		snprintf(v, sizeof(v), "%" PRId64, version);
		sg_pipeline p;
		if (rc == 0)
			rc = sg_pipeline_start(&p, m->conn, err);
		const char *above[] = {v, m->client};
		const char *mark[] = {v, f ? f->name : row ? row->name : "", sum, m->client};
		if (rc == 0 && (sg_pipeline_add(&p, SG_PIPELINE_RUNNER, "BEGIN", 0, NULL, err) != 0 ||
				sg_pipeline_add(&p, SG_PIPELINE_RUNNER, m->trk.sql_force_above, 2, above, err) != 0 ||
				(version && sg_pipeline_add(&p, SG_PIPELINE_RUNNER, m->trk.sql_force_version, 4, mark,
							    err) != 0))) {
			sg_pipeline_abort(&p);
			rc = -1;
		}
		mk.unmark = true;
		if (rc == 0)
			rc = marks_tx(m, &p, &mk, err);
		if (rc == 0 && version) {
			sg_migrate__emit(m, SG_MIGRATE_EVENT_MARKED, f, f ? f->up_file : NULL, false, -1,
					 "applied and clean");
			mk.count++;
		}
	}
	return marks_end(m, &r, &mk, rc, res, err);
}

int sg_migrate_baseline(sg_migrate *m, int64_t version, sg_migrate_result *res, sg_error *err)
{
	sg_migrate_run r;
	int rc = marks_begin(m, &r, version, res, err);
	bool adopt = rc == 0 && r.ledger.kind == SG_LEDGER_GOLANG;
	if (adopt) {
		if (r.ledger.golang_dirty)
			rc = sg_error_set(err, SG_ERR_REFUSED,
					  "golang-migrate's table %s says version %" PRId64 " is dirty; repair the "
					  "database and clear it first (golang-migrate's 'force'), then adopt",
					  m->trk.qtable, r.ledger.golang_version);
		else if (version == 0)
			version = r.ledger.golang_version;
		else if (version != r.ledger.golang_version)
			rc = sg_error_set(err, SG_ERR_INPUT,
					  "golang-migrate's table %s is at version %" PRId64 ", not %" PRId64
					  "; adopt it with 'migrate baseline %" PRId64 "'",
					  m->trk.qtable, r.ledger.golang_version, version, r.ledger.golang_version);
	}
	if (rc == 0 && version == 0)
		rc = sg_error_set(err, SG_ERR_INPUT,
				  "baseline needs a version: 'migrate baseline V' marks every file "
				  "up to V as applied");
	/* Every file up to the version, with its checksum. */
	size_t n = 0;
	char(*sums)[SG_CHECKSUM_HEX_LEN + 1] = NULL;
	if (rc == 0) {
		while (n < m->files.count && m->files.items[n].version <= version)
			n++;
		sums = calloc(n ? n : 1, sizeof(*sums));
		if (!sums)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = sg_verify_file_sum(m, &m->files.items[i], sums[i], err);
	marks mk = {.m = m};
	if (rc == 0 && m->dry_run) {
		for (size_t i = 0; i < n; i++)
			if (adopt || !sg_ledger_find(&r.ledger, m->files.items[i].version)) {
				sg_migrate__emit(m, SG_MIGRATE_EVENT_PLANNED, &m->files.items[i],
						 m->files.items[i].up_file, false, -1, "would mark applied");
				mk.count++;
			}
	} else if (rc == 0) {
		if (adopt) {
			PGresult *b = PQexec(m->conn, "BEGIN");
			PQclear(b);
			rc = sg_tracking_adopt_golang(m->conn, &m->trk, r.ledger.golang_version, false, version,
						      m->client, err);
			if (rc == 0) {
				sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO,
						  "adopted golang-migrate's table at version %" PRId64
						  "; its rows are kept in %s.%s",
						  version, m->trk.schema, m->trk.golang_backup);
			}
		} else {
			rc = sg_migrate__ensure_table(m, &r.ledger, err);
		}
		sg_pipeline p;
		if (rc == 0)
			rc = sg_pipeline_start(&p, m->conn, err);
		if (rc == 0 && !adopt && sg_pipeline_add(&p, SG_PIPELINE_RUNNER, "BEGIN", 0, NULL, err) != 0)
			rc = -1;
		char(*vs)[24] = calloc(n ? n : 1, sizeof(*vs));
		if (!vs && rc == 0)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		for (size_t i = 0; rc == 0 && i < n; i++) {
			const sg_mfile *f = &m->files.items[i];
			snprintf(vs[i], sizeof(vs[i]), "%" PRId64, f->version);
			const char *params[] = {vs[i], f->name, sums[i], m->client};
			rc = sg_pipeline_add(&p, SG_PIPELINE_RUNNER, m->trk.sql_baseline, 4, params, err);
		}
		if (rc == 0)
			rc = marks_tx(m, &p, &mk, err);
		else if (PQpipelineStatus(m->conn) != PQ_PIPELINE_OFF) {
			sg_pipeline_abort(&p);
		}
		free(vs);
		if (rc != 0)
			sg_pipeline_rollback(m->conn);
	}
	free(sums);
	return marks_end(m, &r, &mk, rc, res, err);
}
