#!/usr/bin/env bash
# Benchmark of `migrate` over a fleet (issue 17, docs/migrate.md "A fleet"):
# 200 databases x 20 small migrations (a table and an index each), applied by
# `migrate --targets-query ... --jobs J up` and by the floor, `psql -1 -f` of
# the 20 files concatenated, once per database, run J at a time by `xargs -P J`,
# for J = 1, 2, 4.  Prints wall time, the ratio to the floor and migrate's
# peak memory (max RSS, /usr/bin/time).
#
#   bash bench/fleet.sh                          # builds build-bench/ (release, no sanitizers)
#   SG_BENCH_BUILD=build-x bash bench/fleet.sh   # another release build directory
#   SG_BENCH_ROUNDS=3 SG_BENCH_TARGETS=200 bash bench/fleet.sh   # medians of 3 rounds
#
# Uses DATABASE_URL when set, else a throwaway server.  Every database of every
# timed run is created before anything is timed and nothing is dropped between
# timed runs (docs/design.md §9); as root the page cache is dropped to settle,
# otherwise it waits 40 s.
set -euo pipefail
cd "$(dirname "$0")/.."

B=${SG_BENCH_BUILD:-build-bench}
if [ -z "${SG_BENCH_INNER:-}" ]; then
	[ -f "$B/build.ninja" ] || meson setup "$B" --buildtype=release -Dtests=disabled >/dev/null
	meson compile -C "$B" >/dev/null
	if [ -n "${DATABASE_URL:-}" ]; then
		SG_BENCH_INNER=1 exec bash "$0" "$@"
	fi
	SG_BENCH_INNER=1 exec "$B/runtime/with-throwaway-postgres" -- bash "$0" "$@"
fi

M=$PWD/$B/runtime/migrate
N=${SG_BENCH_TARGETS:-200}
ROUNDS=${SG_BENCH_ROUNDS:-1}
JOBS="1 2 4"
work=$(mktemp -d "${TMPDIR:-/tmp}/sg-fleet-XXXXXX")
trap 'rm -rf "$work"' EXIT
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE_URL" -c "$1" >/dev/null; }

echo "== preparing: 20 migrations, $((N * 6 * ROUNDS)) databases"
mkdir -p "$work/m"
for i in $(seq 1 20); do
	f=$(printf '%s/m/%06d_t%d.up.sql' "$work" "$i" "$i")
	printf 'CREATE TABLE t%d (id bigint PRIMARY KEY, name text NOT NULL, at timestamptz DEFAULT now());\nCREATE INDEX t%d_name_idx ON t%d (name);\n' "$i" "$i" "$i" >"$f"
	printf 'DROP TABLE t%d;\n' "$i" >"${f%.up.sql}.down.sql"
	cat "$f" >>"$work/all.sql"
done
for r in $(seq 1 "$ROUNDS"); do
	for j in $JOBS; do
		for kind in floor fleet; do
			for i in $(seq -f %03g 1 "$N"); do
				echo "CREATE DATABASE ${kind}_r${r}_j${j}_$i TEMPLATE template0"
			done
		done
	done
done | xargs -P 4 -I{} psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE_URL" -c {} >/dev/null
for i in $(seq 1 8); do sql "CREATE DATABASE warm_$i TEMPLATE template0"; done
sync
if [ "$(id -u)" = 0 ]; then echo 3 >/proc/sys/vm/drop_caches; else sleep 40; fi
# Warm up: the programs, their libraries and template0's catalog back in the page cache for both sides.
for i in 1 2 3 4; do psql -X -q -v ON_ERROR_STOP=1 -1 -d "$DATABASE_URL dbname=warm_$i" -f "$work/all.sql"; done
"$M" -q --database "$DATABASE_URL" -d "$work/m" --targets-query "SELECT datname FROM pg_database WHERE datname IN ('warm_5', 'warm_6', 'warm_7', 'warm_8')" up

# bash's clock around the command; /usr/bin/time's max RSS in KiB into $work/rss.
clock() {
	local t0=$EPOCHREALTIME
	/usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>"$work/err" || {
		cat "$work/err" >&2
		return 1
	}
	awk -v a="$EPOCHREALTIME" -v b="$t0" 'BEGIN { printf "%.4f\n", a - b }'
}
floor() {
	local r=$1 j=$2
	psql -X -At -d "$DATABASE_URL" -c "SELECT datname FROM pg_database WHERE datname LIKE 'floor\\_r${r}\\_j${j}\\_%' ORDER BY 1" |
		xargs -P "$j" -I{} psql -X -q -v ON_ERROR_STOP=1 -1 -d "$DATABASE_URL dbname={}" -f "$work/all.sql"
}
export -f floor
export DATABASE_URL work

declare -A tfloor tfleet rss
for r in $(seq 1 "$ROUNDS"); do
	for j in $JOBS; do
		# Alternate which side goes first: the machine's load drifts.
		if [ $(((r + j) % 2)) = 0 ]; then tfloor[$r,$j]=$(clock bash -c "floor $r $j"); fi
		tfleet[$r,$j]=$(clock "$M" -q --database "$DATABASE_URL" -d "$work/m" --jobs "$j" \
			--targets-query "SELECT datname FROM pg_database WHERE datname LIKE 'fleet\\_r${r}\\_j${j}\\_%' ORDER BY 1" up)
		rss[$r,$j]=$(cat "$work/rss")
		if [ $(((r + j) % 2)) = 1 ]; then tfloor[$r,$j]=$(clock bash -c "floor $r $j"); fi
	done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
echo
echo "$N databases x 20 migrations, median of $ROUNDS round(s); PostgreSQL $(psql -X -At -d "$DATABASE_URL" -c 'SHOW server_version')"
printf '%-6s  %12s  %12s  %8s  %16s\n' jobs "floor s" "migrate s" ratio "migrate peak MiB"
for j in $JOBS; do
	fl=() fm=() rs=()
	for r in $(seq 1 "$ROUNDS"); do
		fl+=("${tfloor[$r,$j]}")
		fm+=("${tfleet[$r,$j]}")
		rs+=("${rss[$r,$j]}")
	done
	f=$(median "${fl[@]}")
	m=$(median "${fm[@]}")
	k=$(median "${rs[@]}")
	printf '%-6s  %12.3f  %12.3f  %8.3f  %16.1f\n' "$j" "$f" "$m" "$(awk -v m="$m" -v f="$f" 'BEGIN { print m / f }')" "$(awk -v k="$k" 'BEGIN { print k / 1024 }')"
done
