#!/bin/sh
# The executables' front doors: --help and --version succeed, bad usage exits 2
# with one line on stderr.  Usage: cli_exit_codes.sh MIGRATE SCHEMAGEN
set -u
failures=0
expect() {
	want=$1; shift
	out=$("$@" 2>&1 >/dev/null); got=$?
	if [ "$got" -ne "$want" ]; then
		echo "FAIL: '$*' exited $got, expected $want; stderr: $out"; failures=$((failures + 1))
	fi
}
expect_lines() {
	want=$1; shift
	lines=$("$@" 2>&1 >/dev/null | wc -l)
	if [ "$lines" -ne "$want" ]; then
		echo "FAIL: '$*' printed $lines lines on stderr, expected $want"; failures=$((failures + 1))
	fi
}
for exe in "$1" "$2"; do
	expect 0 "$exe" --help
	expect 0 "$exe" -h
	expect 0 "$exe" --version
	expect 0 "$exe" help
	expect 2 "$exe"
	expect 2 "$exe" --no-such-flag
	expect 2 "$exe" -Z
	expect 2 "$exe" no-such-command
	expect 2 "$exe" --database
	expect 2 "$exe" --color=purple help
	expect 2 "$exe" help one two
	expect_lines 1 "$exe" --no-such-flag
	expect_lines 1 "$exe" no-such-command
	"$exe" --version | grep -Eq '^(migrate|schemagen) [0-9]+\.[0-9]+\.[0-9]+$' ||
		{ echo "FAIL: $exe --version prints no 'name X.Y.Z'"; failures=$((failures + 1)); }
	"$exe" --help | grep -q '^commands:' ||
		{ echo "FAIL: $exe --help lists no commands"; failures=$((failures + 1)); }
done
[ "$failures" -eq 0 ] && echo "all CLI exit codes as documented"
exit "$failures"
