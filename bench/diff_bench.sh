#!/usr/bin/env bash
# Times `schemagen diff` on N generated tables (10 columns, a key, a check, an
# index and a foreign key each), N/10 domains (a check each, one column of
# every table of one of them), one sequence per ten tables that a column of
# the table owns and reads, and one function, view and trigger per ten tables
# (bench/gen_models.py --code): from an empty database, with nothing changed,
# and with 5% of the tables changed (a column added; and the increment of one
# sequence in ten of those tables'), 5% of the domains (a default added), 5% of
# the functions (a body changed) and 5% of the views (a column appended).  Prints wall time and
# peak memory of each run, how many tables went through the server in how many
# batches, and the catalog statements and round trips.
# Usage: bench/diff_bench.sh [N...]   (default: 1000)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-release"
[ -f "$build/build.ninja" ] || meson setup "$build" "$root" -Dbuildtype=release >/dev/null
ninja -C "$build" >/dev/null
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000)
for n in "${sizes[@]}"; do
	work=$(mktemp -d)
	mkdir "$work/models"
	python3 "$root/bench/gen_models.py" "$n" "$work/models/t.yaml" --domains --sequences --code
	cat > "$work/run.sh" <<EOF2
set -e
cd "$work"
t() { /usr/bin/time -f "N=$n  %e s  %M KiB  \$1" "$build/generator/schemagen" -v diff "\${@:2}" >/dev/null 2>err.txt || true; grep -h "normalized\|KiB\|error" err.txt; }
t "from empty (--write)" --write init
# Statement by statement: N = 10,000 new tables need more locks than one transaction has on a default server.
# The plan may be cut into parts (init, init_part2...): every part, then the last one's version as baseline.
for f in migrations/*.up.sql; do PGOPTIONS="-c client_min_messages=error" psql -X -q -v ON_ERROR_STOP=1 -d "\$DATABASE_URL" -f "\$f"; done
last=\$(ls migrations/*.up.sql | tail -n 1)
"$build/runtime/migrate" -q baseline "\$(basename "\$last" | sed 's/_.*//; s/^0*//')"
sync; sleep 40   # the filesystem is slow for a while after mass changes (docs/design.md §9)
t "nothing changed" --exit-code
python3 - <<'PY'
s = open('models/t.yaml').read()
for i in range(0, $n, 20):
    s = s.replace('  - name: t%d\n    columns:\n' % i, '  - name: t%d\n    columns:\n      - { name: extra, type: int }\n' % i, 1)
    if i % 200 == 0:
        s = s.replace('  - { name: t%d_no, increment: 2,' % i, '  - { name: t%d_no, increment: 3,' % i, 1)
for k in range(0, ($n + 9) // 10, 20):
    s = s.replace('  - name: d%d\n    type: numeric(10,2)\n' % k, '  - name: d%d\n    type: numeric(10,2)\n    default: "0"\n' % k, 1)
    s = s.replace('CREATE FUNCTION f%d() RETURNS trigger LANGUAGE plpgsql AS \$\$\n      BEGIN NEW.score := NEW.score + ' % k, 'CREATE FUNCTION f%d() RETURNS trigger LANGUAGE plpgsql AS \$\$\n      BEGIN NEW.score := NEW.score + 100 + ' % k, 1)
    s = s.replace('AS parent_name\n      FROM t%d t' % (10 * k), 'AS parent_name, t.note\n      FROM t%d t' % (10 * k), 1)
open('models/t.yaml', 'w').write(s)
PY
t "5%% of tables changed" --exit-code
EOF2
	"$build/runtime/with-throwaway-postgres" -- bash "$work/run.sh"
	rm -rf "$work"
done
