#!/bin/sh
# The `schemagen inspect` round trip on schemas nobody here wrote: the
# PostgreSQL schemas Debian 12 packages ship (scripts/fetch-debian-schemas.sh
# downloads them into CACHE_DIR).  For each: load the SQL into a fresh
# database, `schemagen inspect -m DIR` (and `--split`), then `schemagen diff
# --exit-code` against the same database must find no changes.  Then the other
# way: `schemagen diff --write` from those models into an empty database,
# `migrate up`, and inspecting that database gives the same models again
# (unmanaged objects aside: they are not part of the models).  Prints one line
# per schema: tables, unmanaged objects, notes, results.
# Usage: inspect_debian.sh SCHEMAGEN MIGRATE SOURCE_ROOT CACHE_DIR
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
# A failed download fails the test (it never skips).
set -u
S=$(realpath "$1") M=$(realpath "$2") ROOT=$(realpath "$3") CACHE=$4
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$S")/../runtime/with-throwaway-postgres" -- "$0" "$@"
fi
if ! "$ROOT/scripts/fetch-debian-schemas.sh" "$CACHE" >"$CACHE.list" 2>"$CACHE.err"; then
	echo "FAIL: could not fetch the Debian schemas (this test needs Debian's package archive):"
	cat "$CACHE.err"
	exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0 big=0 count=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
printf '%-12s %-26s %-24s %7s %10s %6s  %s\n' schema package version tables unmanaged notes result
while read -r name pkg version path; do
	count=$((count + 1))
	db="sginsp_${name}_$$"
	psql "$DATABASE_URL" -qc "CREATE DATABASE $db" >/dev/null || { fail "$name: create database"; continue; }
	url="$DATABASE_URL dbname=$db"
	if ! psql "$url" -q -v ON_ERROR_STOP=1 -f "$CACHE/schemas/$name.sql" >"$work/$name.load" 2>&1; then
		fail "$name: the package's SQL does not load: $(tail -n 3 "$work/$name.load")"
		continue
	fi
	tables=$(psql "$url" -Atc "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relispartition")
	[ "$tables" -gt 100 ] && big=$((big + 1))
	result=""
	for mode in single split; do
		dir="$work/$name.$mode"
		opt=""
		[ "$mode" = split ] && opt="--split"
		if ! "$S" --database "$url" inspect -m "$dir" $opt 2>"$work/$name.$mode.err"; then
			fail "$name: inspect $opt failed: $(cat "$work/$name.$mode.err")"
			result="$result $mode=inspect-failed"
			continue
		fi
		summary=$(grep "unmanaged object" "$work/$name.$mode.err")
		unmanaged=$(echo "$summary" | sed -n 's/.* \([0-9]*\) unmanaged object.*/\1/p')
		notes=$(echo "$summary" | sed -n 's/.* \([0-9]*\) notes*;.*/\1/p')
		"$S" --database "$url" -m "$dir" -d "$work/no-migrations" diff --exit-code >"$work/$name.$mode.plan" 2>&1
		rc=$?
		if [ "$rc" -eq 0 ]; then
			result="$result $mode=no-changes"
		else
			result="$result $mode=EXIT-$rc"
			fail "$name ($mode): schemagen diff after inspect exits $rc:"
			sed 's/^/    /' "$work/$name.$mode.plan" | head -n 40
		fi
	done
	if [ -f "$work/$name.single/schema.yaml" ]; then
		# The rebuild: models -> migration -> a new database -> the same models.
		psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_b" >/dev/null || fail "$name: create database"
		burl="$DATABASE_URL dbname=${db}_b"
		if "$S" --database "$burl" -m "$work/$name.single" -d "$work/$name.mig" diff --write init >/dev/null 2>&1 &&
			"$M" -q --database "$burl" -d "$work/$name.mig" up >/dev/null 2>&1 &&
			"$S" --database "$burl" inspect -m "$work/$name.rebuilt" 2>/dev/null &&
			grep -v '^#' "$work/$name.single/schema.yaml" >"$work/$name.a" &&
			grep -v '^#' "$work/$name.rebuilt/schema.yaml" >"$work/$name.b" &&
			diff "$work/$name.a" "$work/$name.b" >"$work/$name.rebuilt.diff"; then
			result="$result rebuild=same-models"
		else
			result="$result rebuild=DIFFERENT"
			fail "$name: the database rebuilt from the models does not inspect as the same models:"
			head -n 20 "$work/$name.rebuilt.diff"
		fi
		psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_b WITH (FORCE)" >/dev/null
	fi
	printf '%-12s %-26s %-24s %7s %10s %6s  %s\n' "$name" "$pkg" "$version" "$tables" "${unmanaged:-?}" "${notes:-?}" "$result"
	psql "$DATABASE_URL" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
done <"$CACHE.list"
[ "$count" -ge 3 ] || fail "only $count schemas fetched; at least 3 are needed"
[ "$big" -ge 1 ] || fail "no schema has more than 100 tables"
[ "$failures" -eq 0 ] && echo "inspect round trip on $count Debian schemas: all no changes"
exit "$failures"
