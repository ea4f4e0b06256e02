#!/usr/bin/env bash
# Set up, build and run the whole test suite: cmocka unit suites and
# integration suites against a real PostgreSQL.  The server is $DATABASE_URL
# when set; otherwise one throwaway server (started and removed here) serves
# the whole run.  Ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
runner=()
[ -n "${DATABASE_URL:-}" ] || runner=(build/runtime/with-throwaway-postgres --)
set +e
"${runner[@]}" meson test -C build --print-errorlogs "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e

count() { sed -n "s/^$1:[[:space:]]*\([0-9]*\).*/\1/p" "$log" | tail -n 1; }
passed=$(count "Ok")
failed=$(( $(count "Fail" || echo 0) + $(count "Unexpected Pass" || echo 0) + $(count "Timeout" || echo 0) ))
if [ -z "$passed" ]; then
	echo "no test summary from meson (exit $rc)"
	echo "0 passed, 1 failed"
	exit 1
fi
echo "$passed passed, $failed failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
