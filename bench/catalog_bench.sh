#!/usr/bin/env bash
# Benchmark of the catalog reader (issue 5, docs/design.md §9): sg_catalog_load()
# on schemas of N = 1,000 and 10,000 tables, each with 10 columns (identity
# key, defaults, an array, numeric, varchar), a CHECK, an index and a foreign
# key to the previous table.  Prints per N: wall time (best and median of 5
# reads), queries sent, round trips, rows received, arena bytes and peak RSS;
# then the ratios: time per 1,000 tables, 10,000 vs 1,000, and against
# `pg_dump -s` of the same database (the reference every user has).  Also a
# three-table schema in the largest database: what the normalizer's scratch
# read costs next to a large schema.
#
#   bash bench/catalog_bench.sh        # builds build-bench/ (release, no sanitizers)
#   SIZES="1000" bash bench/catalog_bench.sh
#
# Uses DATABASE_URL when set, else a throwaway server.  Every database is
# created before anything is timed and nothing is dropped (docs/design.md §9); as
# root the page cache is dropped to settle, otherwise it waits 40 s.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SG_BENCH_INNER:-}" ]; then
	[ -f build-bench/build.ninja ] || meson setup build-bench --buildtype=release -Dtests=disabled >/dev/null
	meson compile -C build-bench runtime/with-throwaway-postgres catalog_bench >/dev/null
	if [ -n "${DATABASE_URL:-}" ]; then
		SG_BENCH_INNER=1 exec bash "$0" "$@"
	fi
	SG_BENCH_INNER=1 exec build-bench/runtime/with-throwaway-postgres -- bash "$0" "$@"
fi

B=$PWD/build-bench/generator/catalog_bench
sizes=${SIZES:-1000 10000}
url() { printf '%s dbname=%s' "$DATABASE_URL" "$1"; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -c "$2" >/dev/null; }
stamp=$(date +%s)

echo "== preparing (one database per size; tables are created in batches of 250 per transaction)"
for n in $sizes; do
	db="sg_catalog_bench_${n}_$stamp"
	sql "$DATABASE_URL" "CREATE DATABASE $db"
	sql "$(url "$db")" "
CREATE SCHEMA bench_tools;
CREATE PROCEDURE bench_tools.make(n int) LANGUAGE plpgsql AS \$\$
BEGIN
	FOR i IN 1..n LOOP
		EXECUTE format('CREATE TABLE t%s (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id bigint,'
			' name text NOT NULL, email varchar(255), status smallint NOT NULL DEFAULT 0'
			' CHECK (status BETWEEN 0 AND 9), price numeric(10,2), tags text[] DEFAULT ''{}'','
			' created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz, note text)', i);
		EXECUTE format('CREATE INDEX ON t%s (created_at DESC)', i);
		IF i > 1 THEN
			EXECUTE format('ALTER TABLE t%s ADD FOREIGN KEY (parent_id) REFERENCES t%s (id)', i, i - 1);
		END IF;
		IF i % 250 = 0 THEN
			COMMIT;
		END IF;
	END LOOP;
END \$\$;"
	start=$(date +%s)
	sql "$(url "$db")" "CALL bench_tools.make($n)"
	sql "$(url "$db")" "CREATE SCHEMA bench_small;
CREATE TABLE bench_small.a (id int PRIMARY KEY, name text NOT NULL CHECK (name <> ''));
CREATE TABLE bench_small.b (id int PRIMARY KEY, a_id int REFERENCES bench_small.a, at timestamptz DEFAULT now());
CREATE TABLE bench_small.c (id int PRIMARY KEY, b_id int REFERENCES bench_small.b, tags text[]);
CREATE INDEX ON bench_small.b (at DESC);"
	sql "$(url "$db")" "VACUUM ANALYZE"
	echo "   $n tables created in $(( $(date +%s) - start )) s"
done

echo "== settling"
sync
if [ "$(id -u)" = 0 ] && [ -w /proc/sys/vm/drop_caches ]; then
	echo 3 >/proc/sys/vm/drop_caches
	sleep 5
else
	sleep 40
fi

# Seconds (3 decimals) for one run of a command.
seconds() {
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >/dev/null
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

declare -A best dump
echo "== sg_catalog_load (5 reads, one process per size)"
for n in $sizes; do
	db="sg_catalog_bench_${n}_$stamp"
	line=$("$B" "$(url "$db")" 5)
	echo "N=$n  $line"
	best[$n]=$(sed -n 's/.* best=\([0-9.]*\)s.*/\1/p' <<<"$line")
	# pg_dump -s of the same schema: best of 3.
	d=""
	for _ in 1 2 3; do
		s=$(seconds pg_dump -s -n public -d "$(url "$db")")
		d=$(awk -v a="$d" -v b="$s" 'BEGIN { print (a == "" || b < a) ? b : a }')
	done
	dump[$n]=$d
	echo "N=$n  pg_dump -s -n public: best of 3 = ${d}s"
done

largest=""
for n in $sizes; do largest=$n; done
echo "== a three-table schema in the database of $largest tables"
echo "small  $("$B" "$(url "sg_catalog_bench_${largest}_$stamp")" 5 bench_small)"

echo "== ratios"
prev=""
for n in $sizes; do
	awk -v n="$n" -v t="${best[$n]}" -v d="${dump[$n]}" 'BEGIN {
		printf "N=%d  %.1f ms per 1,000 tables; %.2fx the time of pg_dump -s\n", n, t * 1000 * 1000 / n, t / d }'
	if [ -n "$prev" ]; then
		awk -v a="$prev" -v b="$n" -v ta="${best[$prev]}" -v tb="${best[$n]}" 'BEGIN {
			printf "N=%d vs N=%d: %.1fx the tables, %.1fx the time\n", b, a, b / a, tb / ta }'
	fi
	prev=$n
done
