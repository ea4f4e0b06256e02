/*
 * The fleet engine (fleet.h): worker threads pull targets from one counter;
 * the calling thread supervises (per-target timeouts, a stop, progress) and
 * reports each ended target.  One mutex guards the shared state; a job runs
 * outside it.  A target's runner is cancelled with sg_migrate_interrupt(),
 * which only sets a flag and calls PQcancel (safe from any thread).
 */
#define _GNU_SOURCE
#include "fleet.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct sg_fleet {
	const sg_fleet_config *cfg;
	sg_fleet_outcomes *out;
	pthread_mutex_t mu;
	pthread_cond_t cond; /* a target ended, or a worker left */
	size_t next;	     /* the next target to start */
	size_t running, done, failed;
	int workers; /* worker threads still running */
	bool stop_starting, stopping;
	sg_migrate **runners; /* per target, while its job has one */
	long *started_ms;
	size_t *ended; /* targets ended and not yet reported, in order */
	size_t nended;
};

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void sg_fleet_attach(sg_fleet *f, size_t i, sg_migrate *m)
{
	pthread_mutex_lock(&f->mu);
	f->runners[i] = m;
	if (f->out->timed_out[i] || f->out->stopped[i])
		sg_migrate_interrupt(m);
	pthread_mutex_unlock(&f->mu);
}

void sg_fleet_detach(sg_fleet *f, size_t i)
{
	pthread_mutex_lock(&f->mu);
	f->runners[i] = NULL;
	pthread_mutex_unlock(&f->mu);
}

static void *worker(void *arg)
{
	sg_fleet *f = arg;
	const sg_fleet_config *cfg = f->cfg;
	pthread_mutex_lock(&f->mu);
	while (!f->stop_starting && f->next < cfg->count) {
		size_t i = f->next++;
		f->running++;
		f->started_ms[i] = now_ms();
		pthread_mutex_unlock(&f->mu);
		int code = cfg->job(f, i, cfg->ud);
		pthread_mutex_lock(&f->mu);
		f->out->codes[i] = code;
		f->out->elapsed_ms[i] = now_ms() - f->started_ms[i];
		f->running--;
		f->done++;
		if (code != 0) {
			f->failed++;
			if (!cfg->keep_going)
				f->stop_starting = true;
		}
		f->ended[f->nended++] = i;
		pthread_cond_signal(&f->cond);
	}
	f->workers--;
	pthread_cond_signal(&f->cond);
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

/* Under the mutex: cancel what outlived the timeout, and everything once a stop is asked. */
static void supervise(sg_fleet *f, bool stop)
{
	const sg_fleet_config *cfg = f->cfg;
	if (stop && !f->stopping) {
		f->stopping = f->stop_starting = true;
		for (size_t i = 0; i < f->next; i++)
			if (f->out->codes[i] == -1 && f->started_ms[i] >= 0) {
				f->out->stopped[i] = true;
				if (f->runners[i])
					sg_migrate_interrupt(f->runners[i]);
			}
	}
	if (cfg->timeout_ms < 0)
		return;
	long now = now_ms();
	for (size_t i = 0; i < f->next; i++)
		if (f->out->codes[i] == -1 && !f->out->timed_out[i] && now - f->started_ms[i] >= cfg->timeout_ms) {
			f->out->timed_out[i] = true;
			if (f->runners[i])
				sg_migrate_interrupt(f->runners[i]);
		}
}

static void progress(sg_fleet *f, sg_fleet_progress *p)
{
	p->total = f->cfg->count;
	p->done = f->done;
	p->running = f->running;
	p->failed = f->failed;
}

int sg_fleet_run(const sg_fleet_config *cfg, sg_fleet_outcomes *out, sg_error *err)
{
	sg_fleet f = {.cfg = cfg, .out = out};
	size_t n = cfg->count;
	for (size_t i = 0; i < n; i++) {
		out->codes[i] = -1;
		out->timed_out[i] = out->stopped[i] = false;
		out->elapsed_ms[i] = 0;
	}
	f.runners = calloc(n ? n : 1, sizeof(*f.runners));
	f.started_ms = malloc((n ? n : 1) * sizeof(*f.started_ms));
	f.ended = malloc((n ? n : 1) * sizeof(*f.ended));
	if (!f.runners || !f.started_ms || !f.ended) {
		free(f.runners);
		free(f.started_ms);
		free(f.ended);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	for (size_t i = 0; i < n; i++)
		f.started_ms[i] = -1;
	pthread_mutex_init(&f.mu, NULL);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&f.cond, &ca);
	pthread_condattr_destroy(&ca);

	int jobs = cfg->jobs < 1 ? 1 : cfg->jobs;
	if ((size_t)jobs > n)
		jobs = (int)n;
	pthread_t *threads = calloc(jobs ? (size_t)jobs : 1, sizeof(*threads));
	/* Signals go to this thread, which cancels the workers' statements. */
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	/* libpg_query's parser recurses; a migration's statement can nest deeply. */
	pthread_attr_setstacksize(&attr, 8u << 20);
	int started = 0, terr = 0;
	pthread_mutex_lock(&f.mu);
	for (int t = 0; threads && t < jobs; t++) {
		terr = pthread_create(&threads[t], &attr, worker, &f);
		if (terr != 0)
			break;
		started++;
		f.workers++;
	}
	pthread_mutex_unlock(&f.mu);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (started == 0) {
		pthread_mutex_destroy(&f.mu);
		pthread_cond_destroy(&f.cond);
		free(threads);
		free(f.runners);
		free(f.started_ms);
		free(f.ended);
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot start a worker thread: %s",
				    threads ? strerror(terr) : "out of memory");
	}

	pthread_mutex_lock(&f.mu);
	for (;;) {
		while (f.nended) {
			size_t batch[64], k = 0;
			while (f.nended && k < 64) {
				batch[k++] = f.ended[0];
				memmove(f.ended, f.ended + 1, --f.nended * sizeof(*f.ended));
			}
			pthread_mutex_unlock(&f.mu);
			for (size_t j = 0; j < k; j++)
				if (cfg->done)
					cfg->done(batch[j], cfg->ud);
			pthread_mutex_lock(&f.mu);
		}
		if (f.workers == 0)
			break;
		bool stop = cfg->stop_requested && cfg->stop_requested(cfg->ud);
		supervise(&f, stop);
		sg_fleet_progress p;
		progress(&f, &p);
		pthread_mutex_unlock(&f.mu);
		if (cfg->tick)
			cfg->tick(&p, cfg->ud);
		pthread_mutex_lock(&f.mu);
		if (f.nended || f.workers == 0)
			continue;
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		ts.tv_nsec += 100 * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&f.cond, &f.mu, &ts);
	}
	sg_fleet_progress p;
	progress(&f, &p);
	pthread_mutex_unlock(&f.mu);
	if (cfg->tick)
		cfg->tick(&p, cfg->ud);
	for (int t = 0; t < started; t++)
		pthread_join(threads[t], NULL);
	pthread_mutex_destroy(&f.mu);
	pthread_cond_destroy(&f.cond);
	free(threads);
	free(f.runners);
	free(f.started_ms);
	free(f.ended);
	return 0;
}
