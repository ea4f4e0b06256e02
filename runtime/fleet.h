/*
 * A fleet's engine: one `migrate` command over many targets, databases or
 * schemas (docs/design.md §6, "Many databases"; docs/migrate.md, "A fleet").
 * At most `jobs` worker threads, each running one target at a time with a
 * runner of its own (its own connection, ledger and lock, exactly as a single
 * run), a per-target timeout, the failure policy, and a stop that cancels
 * every running statement.  The targets themselves come from the command line
 * (cli/fleet_targets.h).
 *
 * Threads, not libpq's non-blocking API: the runner (runner.c, lock.c,
 * apply.c) is written against blocking calls, and a target's run is the
 * same code as a single run (docs/migrate.md has the reasoning).
 */
#ifndef SG_FLEET_H
#define SG_FLEET_H

#include <stdbool.h>
#include <stddef.h>

#include "schemagen/error.h"
#include "schemagen/migrate.h"

typedef struct sg_fleet sg_fleet;

typedef struct sg_fleet_progress {
	size_t total, done, running, failed;
} sg_fleet_progress;

typedef struct sg_fleet_config {
	size_t count;	 /* targets, indexed 0..count-1 */
	int jobs;	 /* at most this many at once (>= 1) */
	long timeout_ms; /* a target still running after this is cancelled; -1: none */
	bool keep_going; /* false: after the first failure, start no more targets */
	/*
	 * Run target i on a worker thread and return its exit code (0 ok).
	 * The runner it makes goes through sg_fleet_attach() / _detach() so
	 * that a timeout or a stop can cancel it.
	 */
	int (*job)(sg_fleet *f, size_t i, void *ud);
	/* On the calling thread, once target i has ended (codes[i], timed_out[i] are set). */
	void (*done)(size_t i, void *ud);
	/* On the calling thread, about every 100 ms and after each target. */
	void (*tick)(const sg_fleet_progress *p, void *ud);
	/* Polled on the calling thread: true stops the fleet (a signal arrived). */
	bool (*stop_requested)(void *ud);
	void *ud;
} sg_fleet_config;

/* What happened to each target, arrays of cfg->count filled by sg_fleet_run. */
typedef struct sg_fleet_outcomes {
	int *codes;	  /* exit code of the job; -1 for a target never started */
	bool *timed_out;  /* cancelled by the per-target timeout */
	bool *stopped;	  /* cancelled by a stop (a signal) */
	long *elapsed_ms; /* wall time of the job; 0 when never started */
} sg_fleet_outcomes;

/*
 * Run every target with cfg->jobs worker threads (SIGINT and SIGTERM are
 * blocked in them: the calling thread takes signals).  Returns when every
 * started target has ended: 0, or -1 with err (SG_ERR_SYSTEM) when no
 * thread could start.  Targets not started (the policy, a stop) keep code -1.
 */
int sg_fleet_run(const sg_fleet_config *cfg, sg_fleet_outcomes *out, sg_error *err);

/* From target i's job: its runner, cancelled at once if the target is already timed out or stopped. */
void sg_fleet_attach(sg_fleet *f, size_t i, sg_migrate *m);
/* From target i's job, before it frees its runner. */
void sg_fleet_detach(sg_fleet *f, size_t i);

#endif
