#!/usr/bin/env bash
# Times `schemagen validate` (the models loader alone) on N generated tables
# (10 columns, a check, an index and a foreign key each), all in one file and
# split into one file per table (`inspect --split`).  Prints wall time and
# peak memory (RSS) of each run.
# Usage: bench/model_bench.sh [N...]   (default: 1000 10000)
# BUILD names the build directory (default build-model-bench, release).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${BUILD:-$root/build-model-bench}"
[ -f "$build/build.ninja" ] || meson setup "$build" "$root" --buildtype=release -Dtests=disabled >/dev/null
ninja -C "$build" generator/schemagen >/dev/null
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
for n in "${sizes[@]}"; do
	work=$(mktemp -d)
	mkdir "$work/one" "$work/split"
	python3 "$root/bench/gen_models.py" "$n" "$work/one/models.yaml"
	python3 "$root/bench/gen_models.py" "$n" "$work/split" --split
	for layout in one split; do
		/usr/bin/time -f "$n tables, $layout: %e s %M KiB" "$build/generator/schemagen" -m "$work/$layout" validate \
			>/dev/null
	done
	rm -rf "$work"
done
