#!/usr/bin/env bash
# Benchmark of `migrate` (issue 3, docs/design.md §9): K small migrations (a table,
# an index and a foreign key each) applied by `migrate up` and by `psql -f`
# running the same files back to back (the floor), for K = 100 and 1,000;
# `up --atomic` for 1,000; a no-op `up` over 1,000 and 10,000 applied
# versions (which reads and hashes every applied file: issue 11), next to its
# floors (`migrate --version`, `ls -f` of the directory, `cat` of its up
# files).  Prints wall time, peak memory (max RSS), per-migration overhead
# over the floor and round trips (sendto calls counted by strace) per migration.
# Issue 11's memory bound: peak memory checking (`validate`) and applying a
# 200 MB file of 7,000,000 small statements, and applying 100,000 files.
# Issue 16's embedded set: the no-op `up` at 10,000 applied from the 10,000
# files compiled into a program (schemagen-embed, bench/embed_up.c) against
# the same program reading the directory (part `embed`).
#
#   bash bench/migrate.sh            # builds build-bench/ (release, no sanitizers)
#   SG_BENCH_BUILD=build-x bash bench/migrate.sh   # another release build directory
#   SG_BENCH_PARTS="apply noop embed" bash bench/migrate.sh   # leave out the memory part (minutes)
#
# Uses DATABASE_URL when set, else a throwaway server.  Every database is
# created before anything is timed and nothing is dropped between timed runs
# (docs/design.md §9: the file system is 3-4x slower for ~35 s after a mass delete);
# as root the page cache is dropped to settle, otherwise it waits 40 s.
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
PARTS=${SG_BENCH_PARTS:-apply noop embed memory}
part() { case " $PARTS " in *" $1 "*) return 0 ;; esac; return 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sg-bench-XXXXXX")
trap 'rm -rf "$work"' EXIT
url() { printf '%s dbname=%s' "$DATABASE_URL" "$1"; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$DATABASE_URL" -c "$1" >/dev/null; }

# K migrations: table t_i with a self-contained key, an index, and a foreign key to t_{i-1}.
gen() {
	local dir=$1 k=$2
	mkdir -p "$dir"
	awk -v k="$k" -v dir="$dir" 'BEGIN {
		for (i = 1; i <= k; i++) {
			p = i > 1 ? i - 1 : 1
			f = sprintf("%s/%06d_table_%d.up.sql", dir, i, i)
			printf "CREATE TABLE t_%d (id bigint PRIMARY KEY, parent_id bigint, name text NOT NULL);\n", i > f
			printf "CREATE INDEX t_%d_name_idx ON t_%d (name);\n", i, i > f
			printf "ALTER TABLE t_%d ADD CONSTRAINT t_%d_parent_fkey FOREIGN KEY (parent_id) REFERENCES t_%d (id);\n", i, i, p > f
			close(f)
			f = sprintf("%s/%06d_table_%d.down.sql", dir, i, i)
			printf "DROP TABLE t_%d;\n", i > f
			close(f)
		}
	}'
}

echo "== preparing (files, databases, applied states)"
gen "$work/m100" 100
gen "$work/m1000" 1000
gen "$work/m10000" 10000
for db in noop1000 noop10000 rt_up100 rt_psql100; do
	sql "CREATE DATABASE $db"
done
for i in 1 2 3; do
	for db in psql100 up100 atomic100 psql1000 up1000 atomic1000; do
		sql "CREATE DATABASE ${db}_$i"
	done
done
"$M" -q --database "$(url noop1000)" -d "$work/m1000" up
"$M" -q --database "$(url noop10000)" -d "$work/m10000" baseline 10000
if part embed; then
	# The 10,000 files as C, compiled with the release build's library into one program.
	"$PWD/$B/runtime/schemagen-embed" -n bench_migrations --description m10000 -o "$work/m10000.c" "$work/m10000"
	pq_a=$(find /usr/lib -name libpg_query.a | head -n 1)
	t0=$EPOCHREALTIME
	cc -std=c11 -O2 -Iinclude -o "$work/embed_up" bench/embed_up.c "$work/m10000.c" "$B/runtime/libsg_runtime.a" \
		"${pq_a:--lpg_query}" $(pkg-config --libs libpq) -lpthread
	embed_cc=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
	embed_size=$(stat -c %s "$work/embed_up")
fi
if part memory; then
	# One file of 7,000,000 statements of 27-32 bytes (222 MB); 100,000 files of one statement each.
	mkdir -p "$work/big"
	awk 'BEGIN { print "CREATE TABLE big (id bigint);"; for (i = 0; i < 7000000; i++) printf "INSERT INTO big VALUES (%d);\n", i }' >"$work/big/000001_big.up.sql"
	mkdir -p "$work/m100000"
	awk -v dir="$work/m100000" 'BEGIN {
		print "CREATE TABLE many (id bigint);" > sprintf("%s/%06d_many.up.sql", dir, 1)
		for (i = 2; i <= 100000; i++) { f = sprintf("%s/%06d_row_%d.up.sql", dir, i, i); printf "INSERT INTO many VALUES (%d);\n", i > f; close(f) }
	}'
	for db in big many; do
		sql "CREATE DATABASE $db"
	done
fi

echo "== settling"
sync
if [ "$(id -u)" = 0 ] && [ -w /proc/sys/vm/drop_caches ]; then
	echo 3 >/proc/sys/vm/drop_caches
	sleep 5
else
	sleep 40
fi

# timed NAME CMD...: run once, record "seconds maxrss_kib user_s sys_s" in $work/NAME.time
# (wall time from bash's microsecond clock, peak memory and CPU time from /usr/bin/time).
timed() {
	local name=$1
	shift
	local t0=$EPOCHREALTIME
	/usr/bin/time -f '%M %U %S' -o "$work/$name.rss" "$@" >/dev/null 2>"$work/$name.err" ||
		{ cat "$work/$name.err"; exit 1; }
	local t1=$EPOCHREALTIME
	echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }') $(cat "$work/$name.rss")" >"$work/$name.time"
}
psql_files() { # sets PSQL: psql -f for every up file, in order, in one session (autocommit, as a hand run would)
	local dir=$1 db=$2
	PSQL=(psql -X -q -v ON_ERROR_STOP=1 -d "$(url "$db")")
	for f in "$dir"/*.up.sql; do PSQL+=(-f "$f"); done
}

if part apply; then
	echo "== timing (psql, migrate up and up --atomic alternate, three rounds each; medians reported)"
	for i in 1 2 3; do
		for k in 100 1000; do
			psql_files "$work/m$k" "psql${k}_$i"
			timed "psql${k}_$i" "${PSQL[@]}"
			timed "up${k}_$i" "$M" --database "$(url "up${k}_$i")" -d "$work/m$k" up
			timed "atomic${k}_$i" "$M" --database "$(url "atomic${k}_$i")" -d "$work/m$k" up --atomic
		done
	done
fi
# The floors of a no-op: starting a process linked with libpq, listing the directory, reading its up files.
if part noop; then
	echo "== timing the no-op (five rounds)"
	for i in 1 2 3 4 5; do
		timed "noop1000_$i" "$M" --database "$(url noop1000)" -d "$work/m1000" up
		timed "noop10000_$i" "$M" --database "$(url noop10000)" -d "$work/m10000" up
		timed "connect_$i" psql -X -q -d "$(url noop1000)" -c "SELECT 1"
		timed "start_$i" "$M" --version
		timed "list_$i" ls -f "$work/m10000"
		timed "cat_$i" bash -c 'cat "$1"/*.up.sql' _ "$work/m10000"
	done
fi
if part embed; then
	echo "== timing the no-op from the embedded set and from the directory (five rounds, alternating)"
	for i in 1 2 3 4 5; do
		timed "embed_$i" "$work/embed_up" embedded "$(url noop10000)"
		timed "embeddir_$i" "$work/embed_up" dir "$(url noop10000)" "$work/m10000"
	done
fi
if part memory; then
	echo "== memory: a 200 MB file, 100,000 files (one run each)"
	timed big_validate "$M" -d "$work/big" validate
	timed big_up "$M" --database "$(url big)" -d "$work/big" up
	timed many_up "$M" --database "$(url many)" -d "$work/m100000" up
	for i in 1 2 3; do
		timed "many_noop_$i" "$M" --database "$(url many)" -d "$work/m100000" up
	done
fi

echo "== counting round trips (strace, not timed)"
sendtos() { # sendto calls of a command
	strace -f -qq -e trace=sendto -c -o "$work/strace.out" "$@" >/dev/null 2>&1
	awk '$NF == "sendto" { print $4 }' "$work/strace.out"
}
if part apply; then
	rt_up100=$(sendtos "$M" --database "$(url rt_up100)" -d "$work/m100" up)
	psql_files "$work/m100" rt_psql100
	rt_psql100=$(sendtos "${PSQL[@]}")
fi
if part noop; then
	rt_noop1000=$(sendtos "$M" --database "$(url noop1000)" -d "$work/m1000" up)
	rt_noop10000=$(sendtos "$M" --database "$(url noop10000)" -d "$work/m10000" up)
fi

opens() { # openat calls of a command that name a migration file
	strace -f -qq -e trace=openat -o "$work/open.out" "$@" >/dev/null 2>&1
	grep -c '\.sql"' "$work/open.out" || true
}
sec() { cut -d' ' -f1 "$work/$1.time"; }
mib() { awk '{ printf "%.1f", $2 / 1024 }' "$work/$1.time"; }
cpu() { awk '{ printf "%.2f", $3 + $4 }' "$work/$1.time"; }
# median_cpu NAME N: the median CPU time (user + system) of NAME_1..NAME_N
median_cpu() {
	local name=$1 n=$2
	for i in $(seq 1 "$n"); do cpu "${name}_$i"; echo; done | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2)'
}
# median NAME N: the run of NAME_1..NAME_N with the median wall time, as "seconds MiB"
median() {
	local name=$1 n=$2
	for i in $(seq 1 "$n"); do echo "$(sec "${name}_$i") $(mib "${name}_$i")"; done | sort -n | awk -v n="$n" 'NR == int((n + 1) / 2)'
}
ratio() { awk -v u="$1" -v f="$2" 'BEGIN { printf "%.3f", u / f }'; }
over() { awk -v u="$1" -v f="$2" -v k="$3" 'BEGIN { printf "%+.3f", (u - f) * 1000 / k }'; }

echo
echo "migrate benchmark: $(nproc) cores, PostgreSQL $(psql -X -At -d "$DATABASE_URL" -c 'SHOW server_version'), $(date -u +%Y-%m-%dT%H:%MZ)"
printf '%-40s %9s %9s %9s %13s\n' "run (median of 3)" "wall s" "peak MiB" "vs floor" "ms/migration"
if part apply; then
	for k in 100 1000; do
		read -r f fm <<<"$(median "psql$k" 3)"
		read -r u um <<<"$(median "up$k" 3)"
		read -r a am <<<"$(median "atomic$k" 3)"
		printf '%-40s %9s %9s %9s %13s\n' "psql -f floor, K=$k" "$f" "$fm" "1.000" "-"
		printf '%-40s %9s %9s %9s %13s\n' "migrate up, K=$k" "$u" "$um" "$(ratio "$u" "$f")" "$(over "$u" "$f" "$k")"
		printf '%-40s %9s %9s %9s %13s\n' "migrate up --atomic, K=$k" "$a" "$am" "$(ratio "$a" "$f")" "$(over "$a" "$f" "$k")"
	done
fi
if part noop; then
	read -r c cm <<<"$(median connect 5)"
	read -r st stm <<<"$(median start 5)"
	read -r ls lsm <<<"$(median list 5)"
	read -r ct ctm <<<"$(median cat 5)"
	read -r n1 m1 <<<"$(median noop1000 5)"
	read -r n2 m2 <<<"$(median noop10000 5)"
	printf '%-40s %9s %9s\n' "psql -c 'SELECT 1' (connect floor)" "$c" "$cm"
	printf '%-40s %9s %9s\n' "migrate --version (start-up floor)" "$st" "$stm"
	printf '%-40s %9s %9s\n' "ls -f of the 20,000 names (listing)" "$ls" "$lsm"
	printf '%-40s %9s %9s\n' "cat of the 10,000 up files (reading)" "$ct" "$ctm"
	printf '%-40s %9s %9s\n' "no-op up, 1,000 applied (median of 5)" "$n1" "$m1"
	printf '%-40s %9s %9s\n' "no-op up, 10,000 applied (median of 5)" "$n2" "$m2"
fi
if part embed; then
	read -r e em <<<"$(median embed 5)"
	read -r ed edm <<<"$(median embeddir 5)"
	echo
	echo "embedded set (bench/embed_up.c, $(awk -v s="$embed_size" 'BEGIN { printf "%.1f", s / 1048576 }') MiB with the 10,000 files, compiled in ${embed_cc} s):"
	ec=$(median_cpu embed 5)
	edc=$(median_cpu embeddir 5)
	printf '%-40s %9s %9s %9s %9s %9s\n' "no-op up, 10,000 applied (median of 5)" "wall s" "peak MiB" "vs dir" "CPU s" "vs dir"
	printf '%-40s %9s %9s %9s %9s %9s\n' "  from the directory" "$ed" "$edm" "1.000" "$edc" "1.000"
	printf '%-40s %9s %9s %9s %9s %9s\n' "  from the embedded set" "$e" "$em" "$(ratio "$e" "$ed")" "$ec" "$(ratio "$ec" "$edc")"
	echo "  files opened by the no-op (strace): directory $(opens "$work/embed_up" dir "$(url noop10000)" "$work/m10000"), embedded $(opens "$work/embed_up" embedded "$(url noop10000)")"
fi
if part memory; then
	echo
	printf '%-40s %9s %9s\n' "memory (one run each)" "wall s" "peak MiB"
	printf '%-40s %9s %9s\n' "validate, 200 MB file (7M statements)" "$(sec big_validate)" "$(mib big_validate)"
	printf '%-40s %9s %9s\n' "up, 200 MB file (7M statements)" "$(sec big_up)" "$(mib big_up)"
	printf '%-40s %9s %9s\n' "up, 100,000 files" "$(sec many_up)" "$(mib many_up)"
	read -r n3 m3 <<<"$(median many_noop 3)"
	printf '%-40s %9s %9s\n' "no-op up, 100,000 applied (median of 3)" "$n3" "$m3"
fi
echo
echo "round trips (sendto calls, strace):"
if part apply; then
	echo "  migrate up, K=100:        $rt_up100 ($(awk -v r="$rt_up100" 'BEGIN { printf "%.2f", r / 100 }') per migration)"
	echo "  psql -f, K=100:           $rt_psql100 ($(awk -v r="$rt_psql100" 'BEGIN { printf "%.2f", r / 100 }') per migration)"
fi
if part noop; then
	echo "  no-op up, 1,000 applied:  $rt_noop1000 (the lock and the applied versions go out back to back: one wait)"
	echo "  no-op up, 10,000 applied: $rt_noop10000"
fi
