#!/bin/sh
# The diff cases that carry rows (tests/diff_cases/*/seed.sql), end to end
# with the two commands as a user runs them: `schemagen diff --write` from
# each case's `from` and `to` models, `migrate up` with the rows seeded in
# between, the rows checked (verify_up.sql), no changes left, `schemagen
# check` on the whole directory (replay, and every down verified), then
# `migrate down` of the second migration with its rows (verify_down.sql) and,
# unless the case says its downs restore only what the rows allow
# (down_inexact_with_rows), no changes against the `from` models.  A case
# with a file `online` runs a second time with `diff --write to --online`
# (its validations in migrations of their own: the downs then revert them all).
# A case that is another's golden variant (a file variant_of) has no rows of
# its own: the case it names runs here, with `online` for its --online plan.
# A case's unmanaged.sql runs once `from` is migrated, before the rows.
# Usage: diff_cases_cli.sh SCHEMAGEN MIGRATE SOURCE_ROOT
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
S=$(realpath "$1") M=$(realpath "$2") ROOT=$(realpath "$3")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
want() { # code got what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1: $(cat "$work/err.txt" 2>/dev/null | head -20)"
}
n=0
run_case() { # case-dir [--online]
	case=$1 opt=${2:-}
	name="$(basename "$case")${opt:+ ($opt)}" n=$((n + 1))
	db="sgcases_$$_$n"
	psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
	url="$DATABASE_URL dbname=$db"
	dir="$work/$n" && mkdir -p "$dir"
	"$S" --database "$url" -m "$case/from" -d "$dir" diff --write from >/dev/null 2>"$work/err.txt"
	want 0 $? "$name: diff --write from"
	"$M" --database "$url" -d "$dir" up >/dev/null 2>"$work/err.txt"; want 0 $? "$name: up from"
	if [ -f "$case/unmanaged.sql" ]; then # objects the models do not manage, as test_diff_cases.c runs them
		psql "$url" -qX -v ON_ERROR_STOP=1 -f "$case/unmanaged.sql" >/dev/null 2>"$work/err.txt" ||
			fail "$name: unmanaged.sql: $(cat "$work/err.txt")"
	fi
	psql "$url" -qX -v ON_ERROR_STOP=1 -f "$case/seed.sql" >/dev/null 2>"$work/err.txt" || fail "$name: seed"
	before=$(ls "$dir"/*.up.sql | wc -l)
	"$S" --database "$url" -m "$case/to" -d "$dir" diff --write to --allow-destructive $opt >/dev/null 2>"$work/err.txt"
	want 0 $? "$name: diff --write to"
	steps=$(( $(ls "$dir"/*.up.sql | wc -l) - before ))
	"$M" --database "$url" -d "$dir" up >/dev/null 2>"$work/err.txt"; want 0 $? "$name: up to ($steps migrations)"
	if [ -f "$case/verify_up.sql" ]; then
		psql "$url" -qX -v ON_ERROR_STOP=1 -f "$case/verify_up.sql" >/dev/null 2>"$work/err.txt" ||
			fail "$name: rows after up: $(cat "$work/err.txt")"
	fi
	"$S" --database "$url" -m "$case/to" -d "$dir" diff --exit-code >"$work/out.txt" 2>"$work/err.txt"
	want 0 $? "$name: no changes after up: $(cat "$work/out.txt")"
	# check replays the migrations alone: an object created outside them (unmanaged.sql) is not there.
	if [ ! -f "$case/unmanaged.sql" ]; then
		"$S" -m "$case/to" -d "$dir" check --scratch-url "$DATABASE_URL" >"$work/out.txt" 2>"$work/err.txt"
		want 0 $? "$name: schemagen check: $(cat "$work/out.txt")"
	fi
	"$M" --database "$url" -d "$dir" down "$steps" >/dev/null 2>"$work/err.txt"; want 0 $? "$name: down $steps with rows"
	if [ -f "$case/verify_down.sql" ]; then
		psql "$url" -qX -v ON_ERROR_STOP=1 -f "$case/verify_down.sql" >/dev/null 2>"$work/err.txt" ||
			fail "$name: rows after down: $(cat "$work/err.txt")"
	fi
	if [ ! -f "$case/down_inexact_with_rows" ]; then
		"$S" --database "$url" -m "$case/from" -d "$work/none" diff --exit-code >"$work/out.txt" 2>"$work/err.txt"
		want 0 $? "$name: no changes against the from models after down: $(cat "$work/out.txt")"
	fi
	psql "$DATABASE_URL" -qc "DROP DATABASE $db" >/dev/null 2>&1
}
for case in "$ROOT"/tests/diff_cases/*/; do
	[ -f "$case/seed.sql" ] || continue
	run_case "$case"
	[ -f "$case/online" ] && run_case "$case" --online
done
[ "$n" -gt 0 ] || fail "no case with seed.sql under tests/diff_cases"
echo "$n runs of cases with rows, $failures failures"
[ "$failures" -eq 0 ]
