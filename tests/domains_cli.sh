#!/bin/sh
# Domains end to end with the commands as a user runs them (issue 13):
#  - a domain check that does not parse, and a domain the models drop while a
#    column still uses it: exit 2, one line naming the file and line, nothing
#    written;
#  - the inspect round trip: a database with domains built by hand
#    (tests/inspect/domains.sql) is inspected, `diff` then finds no changes,
#    the models' first migration (`diff --write` against an empty database,
#    `migrate up`) rebuilds the same catalog (inspected again: the same
#    models), `diff` finds no changes there either, and `schemagen check`
#    replays the migration and verifies its down;
#  - --online: a check added to a domain columns with rows use is added NOT
#    VALID in the main migration and validated in a migration of its own; up,
#    no changes, down, the rows kept throughout.
# Usage: domains_cli.sh SCHEMAGEN MIGRATE SOURCE_ROOT
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
check() { # want got what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1: $(head -5 "$work/err.txt")"
}
has() { # file text what
	grep -qF -- "$2" "$1" || fail "$3: '$2' not in $1: $(head -5 "$1")"
}
empty_dir() { # dir what
	[ -z "$(ls -A "$1")" ] || fail "$2: files written: $(ls "$1")"
}
newdb() {
	psql "$DATABASE_URL" -qc "CREATE DATABASE $1" || exit 1
}
cd "$work" || exit 1

# A domain check that does not parse: the models are refused before any database is read.
mkdir bad mig1
cat >bad/app.yaml <<'YAML'
domains:
  - name: d
    type: int
    checks:
      - { expression: "VALUE >" }
YAML
"$S" -m bad -d mig1 validate >out.txt 2>err.txt; check 2 $? "validate a bad domain check"
has err.txt "bad/app.yaml:5:23: check #1 of domain 'd' is not an SQL expression" "bad check's position"
"$S" --database "$DATABASE_URL" -m bad -d mig1 diff --write x >out.txt 2>err.txt; check 2 $? "diff --write a bad domain check"
empty_dir mig1 "a bad domain check"

# A domain dropped while a column still uses it.
db1="sgdom1_$$"; newdb "$db1"; url1="$DATABASE_URL dbname=$db1"
mkdir used unused mig2
cat >used/app.yaml <<'YAML'
domains:
  - { name: code, type: text, checks: [{ expression: "VALUE <> ''" }] }
tables:
  - name: t
    columns:
      - { name: c, type: code }
YAML
cat >unused/app.yaml <<'YAML'
tables:
  - name: t
    columns:
      - { name: c, type: code }
YAML
"$S" --database "$url1" -m used -d mig2 diff --write first >/dev/null 2>err.txt; check 0 $? "diff --write with a domain"
"$M" --database "$url1" -d mig2 up >/dev/null 2>err.txt; check 0 $? "up with a domain"
"$S" --database "$url1" -m unused -d mig2 diff --write second >out.txt 2>err.txt; check 2 $? "a dropped domain still used"
has err.txt "unused/app.yaml:4:17: column 'c' of table 't' is of domain 'code', which the models drop" "dropped domain's message"
[ "$(ls mig2 | wc -l)" = 2 ] || fail "a dropped domain still used: files written: $(ls mig2)"

# The inspect round trip.
db2="sgdom2_$$" db3="sgdom3_$$"; newdb "$db2"; newdb "$db3"
url2="$DATABASE_URL dbname=$db2" url3="$DATABASE_URL dbname=$db3"
psql "$url2" -q -v ON_ERROR_STOP=1 -f "$ROOT/tests/inspect/domains.sql" >/dev/null || fail "domains.sql"
mkdir models mig3
"$S" --database "$url2" -m models inspect >/dev/null 2>err.txt; check 0 $? "inspect"
has models/schema.yaml "domains:" "inspected domains"
has models/schema.yaml "not_valid: true" "a NOT VALID check"
"$S" --database "$url2" -m models -d mig3 diff --exit-code >out.txt 2>err.txt; check 0 $? "no changes after inspect: $(cat out.txt)"
"$S" --database "$url3" -m models -d mig3 diff --write first >/dev/null 2>err.txt; check 0 $? "diff --write from empty"
"$M" --database "$url3" -d mig3 up >/dev/null 2>err.txt; check 0 $? "up from the inspected models"
"$S" --database "$url3" -m again inspect >/dev/null 2>err.txt; check 0 $? "inspect the rebuilt database"
sed '1d' models/schema.yaml >one.yaml
sed '1d' again/schema.yaml >two.yaml
cmp -s one.yaml two.yaml || fail "the rebuilt catalog differs: $(diff one.yaml two.yaml | head -20)"
"$S" --database "$url3" -m models -d mig3 diff --exit-code >out.txt 2>err.txt; check 0 $? "no changes after up: $(cat out.txt)"
"$S" -m models -d mig3 check --scratch-url "$DATABASE_URL" >out.txt 2>err.txt; check 0 $? "check: $(cat out.txt)"

# --online: NOT VALID, then VALIDATE in its own migration.
db4="sgdom4_$$"; newdb "$db4"; url4="$DATABASE_URL dbname=$db4"
mkdir on1 on2 mig4
cat >on1/app.yaml <<'YAML'
domains:
  - { name: pct, type: int }
tables:
  - name: scores
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: s, type: pct }
YAML
cat >on2/app.yaml <<'YAML'
domains:
  - { name: pct, type: int, checks: [{ expression: VALUE BETWEEN 0 AND 100 }] }
tables:
  - name: scores
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: s, type: pct }
YAML
"$S" --database "$url4" -m on1 -d mig4 diff --write first >/dev/null 2>err.txt; check 0 $? "online: first"
"$M" --database "$url4" -d mig4 up >/dev/null 2>err.txt; check 0 $? "online: up first"
psql "$url4" -qc "INSERT INTO scores VALUES (1, 50), (2, NULL)" || fail "online: rows"
"$S" --database "$url4" -m on2 -d mig4 diff --online --write check >/dev/null 2>err.txt; check 0 $? "online: diff"
has mig4/000002_check.up.sql "ALTER DOMAIN pct ADD CONSTRAINT pct_check CHECK (VALUE BETWEEN 0 AND 100) NOT VALID;" "online: NOT VALID"
has mig4/000003_check_validate.up.sql "ALTER DOMAIN pct VALIDATE CONSTRAINT pct_check;" "online: validated apart"
"$M" --database "$url4" -d mig4 up >/dev/null 2>err.txt; check 0 $? "online: up"
[ "$(psql "$url4" -Atc "SELECT convalidated FROM pg_constraint WHERE conname = 'pct_check'")" = t ] || fail "online: not validated"
"$S" --database "$url4" -m on2 -d mig4 diff --exit-code >out.txt 2>err.txt; check 0 $? "online: no changes: $(cat out.txt)"
"$M" --database "$url4" -d mig4 down 2 >/dev/null 2>err.txt; check 0 $? "online: down"
"$S" --database "$url4" -m on1 -d "$work/none" diff --exit-code >out.txt 2>err.txt; check 0 $? "online: back: $(cat out.txt)"
[ "$(psql "$url4" -Atc "SELECT string_agg(id || ':' || coalesce(s::text, '-'), ',' ORDER BY id) FROM scores")" = "1:50,2:-" ] ||
	fail "online: rows changed"

for db in "$db1" "$db2" "$db3" "$db4"; do psql "$DATABASE_URL" -qc "DROP DATABASE $db" >/dev/null 2>&1; done
[ "$failures" -eq 0 ] || exit 1
echo "domains_cli: ok"
