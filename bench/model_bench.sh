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
	python3 - "$n" "$work" <<'PY'
import sys
n, work = int(sys.argv[1]), sys.argv[2]
def table(i):
    ref = ', references: { table: t%d, column: id }' % (i - 1) if i else ''
    return f"""  - name: t{i}
    columns:
      - {{ name: id, type: bigint, identity: always, primary_key: true }}
      - {{ name: parent_id, type: bigint{ref} }}
      - {{ name: name, type: text, nullable: false }}
      - {{ name: email, type: character varying(255) }}
      - {{ name: score, type: integer, nullable: false, default: "0" }}
      - {{ name: amount, type: "numeric(10,2)" }}
      - {{ name: flag, type: boolean, nullable: false, default: "false" }}
      - {{ name: created_at, type: timestamp with time zone, nullable: false, default: now() }}
      - {{ name: note, type: text }}
      - {{ name: data, type: jsonb }}
    checks:
      - {{ expression: "(score >= 0)" }}
    indexes:
      - {{ columns: [created_at] }}
"""
with open(f"{work}/one/models.yaml", 'w') as f:
    f.write("tables:\n")
    for i in range(n):
        f.write(table(i))
for i in range(n):
    with open(f"{work}/split/t{i}.yaml", 'w') as f:
        f.write("tables:\n" + table(i))
PY
	for layout in one split; do
		/usr/bin/time -f "$n tables, $layout: %e s %M KiB" "$build/generator/schemagen" -m "$work/$layout" validate \
			>/dev/null
	done
	rm -rf "$work"
done
