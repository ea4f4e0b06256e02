#!/bin/sh
# `schemagen validate` as a user runs it: exit codes, what goes to stdout and
# stderr.  Usage: test_model_cli.sh SCHEMAGEN SOURCE_ROOT
set -u
sg=$1
root=$2
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # description, expected exit, actual exit
	if [ "$2" -ne "$3" ]; then
		echo "FAIL: $1: exit $3, expected $2"
		failures=$((failures + 1))
	fi
}

"$sg" validate -m "$root/models" >"$tmp/out" 2>"$tmp/err"
check "valid models" 0 $?
grep -qx 'models ok: 7 tables, 2 enums, 1 extension' "$tmp/out" || { echo "FAIL: summary: $(cat "$tmp/out")"; failures=$((failures + 1)); }
[ ! -s "$tmp/err" ] || { echo "FAIL: valid models printed on stderr: $(cat "$tmp/err")"; failures=$((failures + 1)); }

"$sg" validate -m "$root/tests/models/errors" >"$tmp/out" 2>"$tmp/err"
check "invalid models" 2 $?
[ ! -s "$tmp/out" ] || { echo "FAIL: invalid models printed on stdout"; failures=$((failures + 1)); }
[ "$(wc -l <"$tmp/err")" -eq 9 ] || { echo "FAIL: expected 8 errors and a summary:"; cat "$tmp/err"; failures=$((failures + 1)); }
grep -q '^schemagen: error: .*/tests/models/errors/one.yaml:6:17: duplicate column '"'id'"' in table '"'a'"'' "$tmp/err" ||
	{ echo "FAIL: no file:line:column error"; failures=$((failures + 1)); }
tail -n 1 "$tmp/err" | grep -q '8 errors in models directory' || { echo "FAIL: no summary line"; failures=$((failures + 1)); }

"$sg" validate -m "$root/tests/models/warnings" >"$tmp/out" 2>"$tmp/err"
check "warnings only" 0 $?
grep -q '(3 warnings)$' "$tmp/out" || { echo "FAIL: warnings not counted: $(cat "$tmp/out")"; failures=$((failures + 1)); }
[ "$(grep -c '^schemagen: warn: ' "$tmp/err")" -eq 3 ] || { echo "FAIL: warnings not printed"; failures=$((failures + 1)); }

"$sg" validate -m "$tmp/missing" >"$tmp/out" 2>"$tmp/err"
check "missing directory" 2 $?
[ "$(wc -l <"$tmp/err")" -eq 1 ] || { echo "FAIL: missing directory: $(cat "$tmp/err")"; failures=$((failures + 1)); }

mkdir "$tmp/empty"
"$sg" validate -m "$tmp/empty" >"$tmp/out" 2>"$tmp/err"
check "empty directory" 2 $?

# The summary counts every managed kind, in a fixed order, and leaves out the kinds there are none of.
mkdir "$tmp/kinds"
cat >"$tmp/kinds/m.yaml" <<'YAML'
extensions: [citext, pgcrypto]
enums: [{ name: mood, values: [ok] }]
domains: [{ name: pos, type: int, checks: [{ expression: VALUE > 0 }] }]
sequences: [{ name: s1 }, { name: s2 }]
functions:
  - { name: touch, definition: "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$" }
  - { name: tidy, definition: "CREATE PROCEDURE tidy() LANGUAGE sql AS 'SELECT 1'" }
tables:
  - name: t
    columns: [{ name: a, type: pos }]
    triggers:
      - { name: t1, timing: before, events: [update], for_each: row, function: touch() }
      - { name: t2, timing: before, events: [insert], for_each: row, function: touch() }
views:
  - { name: v, query: SELECT a FROM t }
  - { name: mv, materialized: true, query: SELECT a FROM t }
YAML
"$sg" validate -m "$tmp/kinds" >"$tmp/out" 2>"$tmp/err"
check "every kind" 0 $?
want='models ok: 1 table, 1 view, 1 materialized view, 2 sequences, 1 domain, 1 enum, 1 function, 1 procedure, 2 triggers, 2 extensions'
grep -qx "$want" "$tmp/out" || { echo "FAIL: summary of every kind: $(cat "$tmp/out" "$tmp/err")"; failures=$((failures + 1)); }
mkdir "$tmp/nothing"
echo "# nothing yet" >"$tmp/nothing/m.yaml"
"$sg" validate -m "$tmp/nothing" >"$tmp/out" 2>"$tmp/err"
check "a model that defines nothing" 0 $?
grep -qx 'models ok: 0 tables' "$tmp/out" || { echo "FAIL: summary of nothing: $(cat "$tmp/out")"; failures=$((failures + 1)); }

"$sg" validate extra >/dev/null 2>&1
check "unexpected argument" 2 $?

[ "$failures" -eq 0 ] && echo "schemagen validate behaves as documented"
exit "$failures"
