#!/usr/bin/env bash
# Benchmark of `schemagen check` over K migrations (a table, an index and a
# foreign key each, as in bench/migrate.sh) with models that match them:
# wall time and peak memory of a full check (ups, compare, every down), of
# `--no-downs`, and of the replay alone (`migrate up` into an empty database)
# as the floor.
#
#   bash bench/check_bench.sh [K...]     # default: 100 1000; builds build-bench/
#
# The scratch databases go to one throwaway server (--scratch-url), started once.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${SG_BENCH_INNER:-}" ]; then
	[ -f build-bench/build.ninja ] || meson setup build-bench --buildtype=release -Dtests=disabled >/dev/null
	meson compile -C build-bench >/dev/null
	SG_BENCH_INNER=1 exec build-bench/runtime/with-throwaway-postgres -- bash "$0" "$@"
fi

S=$PWD/build-bench/generator/schemagen
M=$PWD/build-bench/runtime/migrate
work=$(mktemp -d "${TMPDIR:-/tmp}/sg-checkbench-XXXXXX")
trap 'rm -rf "$work"' EXIT
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000)

for k in "${sizes[@]}"; do
	dir="$work/k$k"
	mkdir -p "$dir/migrations" "$dir/models"
	awk -v k="$k" -v dir="$dir" 'BEGIN {
		m = dir "/models/t.yaml"
		print "tables:" > m
		for (i = 1; i <= k; i++) {
			p = i > 1 ? i - 1 : 1
			f = sprintf("%s/migrations/%06d_table_%d.up.sql", dir, i, i)
			printf "CREATE TABLE t_%d (id bigint PRIMARY KEY, parent_id bigint, name text NOT NULL);\n", i > f
			printf "CREATE INDEX t_%d_name_idx ON t_%d (name);\n", i, i > f
			printf "ALTER TABLE t_%d ADD CONSTRAINT t_%d_parent_fkey FOREIGN KEY (parent_id) REFERENCES t_%d (id);\n", i, i, p > f
			close(f)
			f = sprintf("%s/migrations/%06d_table_%d.down.sql", dir, i, i)
			printf "DROP TABLE t_%d;\n", i > f
			close(f)
			printf "  - name: t_%d\n    columns:\n", i > m
			printf "      - { name: id, type: bigint, primary_key: true }\n" > m
			printf "      - { name: parent_id, type: bigint, references: { table: t_%d, column: id, name: t_%d_parent_fkey } }\n", p, i > m
			printf "      - { name: name, type: text, nullable: false }\n" > m
			printf "    indexes:\n      - { name: t_%d_name_idx, columns: [name] }\n", i > m
		}
	}'
	cd "$dir"
	psql -X -q -d "$DATABASE_URL" -c "CREATE DATABASE floor_$k"
	/usr/bin/time -f "K=$k  %e s  %M KiB  floor: migrate up into an empty database" \
		"$M" -q --database "$DATABASE_URL dbname=floor_$k" up
	/usr/bin/time -f "K=$k  %e s  %M KiB  schemagen check --no-downs" \
		"$S" -q check --no-downs --scratch-url "$DATABASE_URL" || echo "check --no-downs exited $?"
	/usr/bin/time -f "K=$k  %e s  %M KiB  schemagen check (every down verified)" \
		"$S" -q check --scratch-url "$DATABASE_URL" || echo "check exited $?"
	cd - >/dev/null
done
