/*
 * catalog_bench: time sg_catalog_load() on an existing database.
 *
 *   catalog_bench URL [RUNS [SCHEMA]]
 *
 * Reads SCHEMA (default public) RUNS times (default 5), each on a new connection as
 * `schemagen diff` does (a new backend starts with cold catalog caches, which
 * is most of the server's cost), and prints one line: tables, columns,
 * constraints, indexes read, the fastest and the median wall time of the
 * load (the connection is not timed), queries sent, round trips, rows
 * received, the arena's bytes and the process's peak RSS.  bench/catalog_bench.sh builds the databases and runs
 * this once per size, in a fresh process each, so peak RSS is the load's own.
 * Built only on request: `meson compile -C build catalog_bench`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "catalog.h"
#include "schemagen/conn.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	if (argc < 2 || argc > 4) {
		fprintf(stderr, "usage: catalog_bench URL [RUNS [SCHEMA]]\n");
		return 2;
	}
	int runs = argc >= 3 ? atoi(argv[2]) : 5;
	const char *schema = argc == 4 ? argv[3] : "public";
	if (runs < 1 || runs > 1000) {
		fprintf(stderr, "catalog_bench: RUNS must be between 1 and 1000\n");
		return 2;
	}
	sg_error err = {0};
	double *times = calloc((size_t)runs, sizeof(*times));
	if (!times) {
		fprintf(stderr, "catalog_bench: out of memory\n");
		return 1;
	}
	sg_catalog_stats stats = {0};
	sg_catalog_options opts = {.schema = schema, .stats = &stats};
	size_t tables = 0, columns = 0, constraints = 0, indexes = 0, arena = 0;
	int rc = 0;
	for (int r = 0; r < runs && rc == 0; r++) {
		PGconn *conn = NULL;
		if (sg_conn_open(&conn, argv[1], "schemagen-catalog-bench", &err) != 0) {
			fprintf(stderr, "catalog_bench: %s\n", sg_error_message(&err));
			sg_error_clear(&err);
			rc = 1;
			break;
		}
		sg_schema *s = NULL;
		double t0 = now();
		int loaded = sg_catalog_load(&s, conn, &opts, &err);
		times[r] = now() - t0;
		PQfinish(conn);
		if (loaded != 0) {
			fprintf(stderr, "catalog_bench: %s\n", sg_error_message(&err));
			sg_error_clear(&err);
			rc = 1;
			break;
		}
		tables = s->ntables;
		columns = constraints = indexes = 0;
		for (size_t i = 0; i < s->ntables; i++) {
			columns += s->tables[i].ncolumns;
			constraints += s->tables[i].nconstraints;
			indexes += s->tables[i].nindexes;
		}
		arena = sg_arena_used(s->arena);
		sg_schema_free(s);
	}
	if (rc == 0) {
		qsort(times, (size_t)runs, sizeof(*times), by_value);
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		printf("tables=%zu columns=%zu constraints=%zu indexes=%zu best=%.3fs median=%.3fs queries=%u "
		       "round_trips=%u rows=%zu arena=%.1fMiB peak_rss=%.1fMiB\n",
		       tables, columns, constraints, indexes, times[0], times[runs / 2], stats.queries,
		       stats.round_trips, stats.rows, (double)arena / (1024.0 * 1024.0), (double)ru.ru_maxrss / 1024.0);
	}
	free(times);
	return rc;
}
