#!/bin/sh
# schemagen-embed's front door: exit codes, the file set checked as the runner
# checks it (a bad set fails the build, named as migrate names it), names it
# ignores warned of, the depfile, and no half-written output.
# Usage: embed_cli.sh SCHEMAGEN-EMBED MIGRATE
set -u
E=$1 M=$2
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
run() { "$@" >"$t/out" 2>"$t/err"; echo $?; }
has() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2': $(cat "$1")"; }

[ "$(run "$E" --help)" = 0 ] || fail "--help"
[ "$(run "$E" --version)" = 0 ] || fail "--version"
[ "$(run "$E")" = 2 ] || fail "no directory: not 2"
has "$t/err" "schemagen-embed: error: give one migrations directory"
[ "$(run "$E" --bogus "$t")" = 2 ] || fail "unknown option: not 2"
[ "$(run "$E" -n 1x "$t")" = 2 ] || fail "bad name: not 2"
has "$t/err" "name '1x' is not a C identifier"
[ "$(run "$E" "$t/none")" = 2 ] || fail "missing directory: not 2"
has "$t/err" "migrations directory '$t/none' does not exist"
[ "$(run "$E" --depfile x.d "$t")" = 2 ] || fail "--depfile without --output: not 2"

mkdir "$t/m"
printf 'CREATE TABLE a (id int);\n' >"$t/m/000001_a.up.sql"
printf 'CREATE TABLE b (id int);\n' >"$t/m/000001_b.up.sql"
[ "$(run "$E" "$t/m")" = 2 ] || fail "duplicate version: not 2"
"$M" -d "$t/m" validate 2>"$t/merr"
tail -n 1 "$t/merr" | sed 's/^migrate: error: //' >"$t/mmsg"
[ -s "$t/mmsg" ] && grep -q "000001" "$t/mmsg" || fail "migrate gave no message: $(cat "$t/merr")"
has "$t/err" "$(cat "$t/mmsg")"
rm "$t/m/000001_b.up.sql"

printf 'x\n' >"$t/m/000002_b.UP.SQL"
printf 'x\n' >"$t/m/notes.txt"
[ "$(run "$E" -o "$t/m.c" --depfile "$t/m.c.d" "$t/m")" = 0 ] || fail "good set: $(cat "$t/err")"
has "$t/err" "schemagen-embed: warning: '$t/m/000002_b.UP.SQL' is not embedded"
grep -q notes.txt "$t/err" && fail "notes.txt warned of"
has "$t/m.c" '{"000001_a.up.sql", file_0, 25, "'
grep -q "UP.SQL" "$t/m.c" && fail "a near miss was embedded"
has "$t/m.c.d" "$t/m.c: $t/m"
has "$t/m.c.d" "$t/m/000001_a.up.sql"
ls "$t" | grep -q tmp && fail "a temporary file was left: $(ls "$t")"

# A bad set leaves the output it would replace alone.
cp "$t/m.c" "$t/m.c.before"
mkdir "$t/m/000003_dir.up.sql"
[ "$(run "$E" -o "$t/m.c" "$t/m")" = 2 ] || fail "directory entry: not 2"
has "$t/err" "'000003_dir.up.sql' is a directory, not a migration file"
cmp -s "$t/m.c" "$t/m.c.before" || fail "the output changed after a failure"

# An empty directory is an empty set (valid C, count 0).
mkdir "$t/empty"
[ "$(run "$E" -n empty "$t/empty")" = 0 ] || fail "empty set"
has "$t/out" 'files, 0};'

[ "$failures" -eq 0 ] && echo "schemagen-embed: all checks passed"
exit "$failures"
