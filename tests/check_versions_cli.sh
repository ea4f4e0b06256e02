#!/bin/sh
# `schemagen check` on a migrations directory refused before anything runs (no
# database needed): the hint about two branches that generated the same number
# comes with a duplicate version and only then, whatever words the message or
# the paths in it hold.  Usage: check_versions_cli.sh SCHEMAGEN SOURCE_ROOT
set -u
sg=$(realpath "$1")
root=$(realpath "$2")
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
cd "$tmp" || exit 1
cp -r "$root/models" models

# Two branches that both generated 000900: exit 2 with the hint.
mkdir dup
printf 'SELECT 1;\n' >dup/000900_a.up.sql
printf 'SELECT 1;\n' >dup/000900_b.up.sql
"$sg" check -m models --migrations dup >out.txt 2>err.txt
[ $? -eq 2 ] || fail "duplicate versions: exit not 2: $(cat err.txt)"
grep -q "two branches generated the same number" err.txt || fail "duplicate versions: no hint: $(cat err.txt)"

# A bad file name in a directory whose path holds the words "duplicate version": no hint.
mkdir "duplicate version"
printf 'SELECT 1;\n' >"duplicate version/bad name.up.sql"
"$sg" check -m models --migrations "duplicate version" >out.txt 2>err.txt
[ $? -eq 2 ] || fail "bad name: exit not 2: $(cat err.txt)"
grep -q "is not named VERSION_description" err.txt || fail "bad name: not reported: $(cat err.txt)"
! grep -q "two branches" err.txt || fail "bad name taken for a duplicate version: $(cat err.txt)"

# A down file without its up file is reported before a later duplicate: no hint.
mkdir orphan
printf 'SELECT 1;\n' >orphan/000001_a.down.sql
printf 'SELECT 1;\n' >orphan/000002_a.up.sql
printf 'SELECT 1;\n' >orphan/2_b.up.sql
"$sg" check -m models --migrations orphan >out.txt 2>err.txt
[ $? -eq 2 ] || fail "orphan down: exit not 2: $(cat err.txt)"
grep -q "has no up file" err.txt || fail "orphan down: not reported: $(cat err.txt)"
! grep -q "two branches" err.txt || fail "orphan down taken for a duplicate version: $(cat err.txt)"

[ "$failures" -eq 0 ] && echo "all passed"
[ "$failures" -eq 0 ]
