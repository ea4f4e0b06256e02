#!/bin/sh
# `schemagen diff` reads the runner's ledger and the live catalog in one
# snapshot, while the models load (generator/commands/diff_state.h):
#  - a migration applied after that read, before the models finished loading,
#    is not taken as applied by a diff that compares a catalog without it: the
#    diff refuses it as pending (exit 4), never plans its changes again;
#  - the ledger is found where it was before: public, else the models' schema
#    (migrate --schema), golang-migrate's; a table of another layout is still
#    refused with its message; a wrong guess of the schema reads again.
# Usage: diff_snapshot_cli.sh SCHEMAGEN MIGRATE
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
S=$(realpath "$1") M=$(realpath "$2")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sgsnap_$$"
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
check() { # want got what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1 ($(cat "$work/err.txt" 2>/dev/null | tail -n 3))"
}
psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
url="$DATABASE_URL dbname=$db"
cd "$work"
mkdir models
cat >models/a.yaml <<'YAML'
tables:
  - name: t1
    columns:
      - { name: id, type: bigint, primary_key: true }
YAML
"$S" --database "$url" diff --write one >/dev/null 2>err.txt; check 0 $? "diff --write one"
"$M" --database "$url" up >/dev/null 2>err.txt; check 0 $? "migrate up 1"
cat >>models/a.yaml <<'YAML'
  - name: t2
    columns:
      - { name: id, type: bigint, primary_key: true }
YAML
"$S" --database "$url" diff --write two >/dev/null 2>err.txt; check 0 $? "diff --write two"
"$S" --database "$url" diff --exit-code >/dev/null 2>err.txt; check 4 $? "diff with 000002 pending"

# The race, made to happen: the models' last file is a pipe, so loading waits until the test writes it.  While it
# waits, the test sees the diff's read end (its backend idle after COMMIT), applies 000002, then lets the models
# load.  The diff's ledger and catalog are from before 000002: pending, exit 4.  A ledger read after the catalog
# would say 000002 is applied while the catalog compared has no t2: a plan creating t2 again, exit 3.
mkfifo models/z.yaml
"$S" --database "$url" diff --exit-code >out.txt 2>err.txt &
pid=$!
seen=0
for _ in $(seq 1 300); do
	n=$(psql "$url" -Atc "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'schemagen'
		AND state = 'idle' AND query = 'COMMIT'")
	[ "$n" = 1 ] && { seen=1; break; }
	sleep 0.1
done
[ "$seen" = 1 ] || fail "the diff did not read the catalog while the models loaded"
"$M" --database "$url" up >/dev/null 2>&1 || fail "migrate up 2 during the diff"
echo "# no more models" >models/z.yaml
wait $pid
check 4 $? "diff whose read came before 000002 was applied"
grep -q "000002_two.up.sql' is not applied" err.txt || fail "000002 not reported pending: $(cat err.txt)"
rm models/z.yaml
"$S" -v --database "$url" diff --exit-code >/dev/null 2>err.txt; check 0 $? "diff after 000002 (fixpoint)"
grep -q "ledger: 2 statements in the catalog's snapshot" err.txt || fail "ledger not read in the catalog's snapshot: $(cat err.txt)"

# migrate's table in the models' schema (migrate --schema app), and a schema the guess misses (flow style).
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_app" || exit 1
url="$DATABASE_URL dbname=${db}_app"
psql "$url" -qc "CREATE SCHEMA app" || exit 1
mkdir -p "$work/app/models" && cd "$work/app"
printf '{ schema: app, tables: [ { name: u, columns: [ { name: id, type: int } ] } ] }\n' >models/a.yaml
"$S" --database "$url" diff --write init >/dev/null 2>err.txt; check 0 $? "diff --write in schema app"
"$S" -v --database "$url" diff --exit-code >/dev/null 2>err.txt; check 4 $? "schema app: 000001 pending"
"$S" -v --database "$url" diff --exit-code -d none >/dev/null 2>err.txt; check 3 $? "schema app, no ledger"
grep -q "ledger: 1 statement in the catalog's snapshot" err.txt || fail "no ledger: $(cat err.txt)"
"$M" --database "$url" --schema app up >/dev/null 2>err.txt; check 0 $? "migrate --schema app up"
"$S" -v --database "$url" diff --exit-code >/dev/null 2>err.txt; check 0 $? "schema app: fixpoint, ledger in app"
grep -q "ledger: 2 statements in the catalog's snapshot" err.txt || fail "schema app: ledger not in the snapshot: $(cat err.txt)"
cd "$work"

# golang-migrate's table: its version counts (the catalog shows what it applied).
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_go" || exit 1
go_url="$DATABASE_URL dbname=${db}_go"
mkdir -p "$work/go/models" "$work/go/migrations" && cd "$work/go"
printf 'tables:\n  - name: g\n    columns:\n      - { name: id, type: int }\n' >models/a.yaml
echo 'CREATE TABLE g (id int);' >migrations/1_g.up.sql
echo 'DROP TABLE g;' >migrations/1_g.down.sql
psql "$go_url" -qc "CREATE TABLE g (id int); CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL); INSERT INTO schema_migrations VALUES (1, false)" || exit 1
"$S" -v --database "$go_url" diff --exit-code >/dev/null 2>err.txt; check 0 $? "golang-migrate at 1: fixpoint"
grep -q "ledger: 2 statements in the catalog's snapshot" err.txt || fail "golang: ledger not in the snapshot: $(cat err.txt)"
echo 'CREATE TABLE h (id int);' >migrations/2_h.up.sql
"$S" --database "$go_url" diff --exit-code >/dev/null 2>err.txt; check 4 $? "golang-migrate at 1, 2 pending"
# A table of another layout: refused as before, with its message (read apart, after the snapshot failed).
psql "$go_url" -qc "DROP TABLE schema_migrations; CREATE TABLE schema_migrations (v int)" || exit 1
"$S" -v --database "$go_url" diff --exit-code >/dev/null 2>err.txt; check 4 $? "a tracking table of another layout"
grep -q "is not a schemagen tracking table" err.txt || fail "another layout: $(cat err.txt)"
cd "$work"

# The application owns a table named schema_migrations (Rails' layout; supabase/auth keeps its own in its schema):
# `migrate --table` gives the runner another, and schemagen takes the same --table for its ledger, inspect and
# check.  Without it the diff is refused, naming --table, in the snapshot and in the read apart.
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_rails" || exit 1
rails_url="$DATABASE_URL dbname=${db}_rails"
mkdir -p "$work/rails/models" && cd "$work/rails"
psql "$rails_url" -qc "CREATE TABLE schema_migrations (version varchar PRIMARY KEY); INSERT INTO schema_migrations
	VALUES ('20240101000000'); CREATE TABLE users (id bigint PRIMARY KEY, email text)" || exit 1
"$S" -q --database "$rails_url" --table sg_ledger inspect -m models >/dev/null 2>err.txt; check 0 $? "inspect --table"
grep -q "name: schema_migrations" models/schema.yaml || fail "inspect --table left the application's table out"
"$S" --database "$rails_url" diff --exit-code >/dev/null 2>err.txt; check 4 $? "the application's schema_migrations"
grep -q "choose another with --table" err.txt || fail "refusal without the way out: $(cat err.txt)"
# Adoption: the first migration made against an empty database, recorded as applied here.
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_empty" || exit 1
"$S" --database "$DATABASE_URL dbname=${db}_empty" --table sg_ledger diff --write init >/dev/null 2>err.txt
check 0 $? "diff --table --write init"
"$M" --database "$rails_url" --table sg_ledger baseline 1 >/dev/null 2>err.txt; check 0 $? "migrate --table baseline"
printf '  - name: audit\n    columns:\n      - { name: id, type: bigint, primary_key: true }\n' >>models/schema.yaml
"$S" --database "$rails_url" --table sg_ledger diff --write audit >/dev/null 2>err.txt; check 0 $? "diff --table --write"
grep -q "schema_migrations" migrations/*audit.up.sql migrations/*audit.down.sql && fail "the plan touches the application's table"
"$M" --database "$rails_url" --table sg_ledger up >/dev/null 2>err.txt; check 0 $? "migrate --table up"
"$S" -v --database "$rails_url" --table sg_ledger diff --exit-code >/dev/null 2>err.txt; check 0 $? "diff --table: fixpoint"
grep -q "ledger: 2 statements in the catalog's snapshot" err.txt || fail "--table: ledger not in the snapshot: $(cat err.txt)"
echo 'SELECT 1;' >migrations/000099_later.up.sql && echo 'SELECT 1;' >migrations/000099_later.down.sql
"$S" --database "$rails_url" --table sg_ledger diff --exit-code >/dev/null 2>err.txt; check 4 $? "diff --table: one pending"
rm migrations/000099_later.*
[ "$(psql "$rails_url" -Atc "SELECT count(*) FROM schema_migrations")" = 1 ] || fail "the application's rows"
"$S" --database "$rails_url" --table sg_ledger check >/dev/null 2>err.txt; check 0 $? "check --table"
cd "$work"

psql "$DATABASE_URL" -qc "DROP DATABASE $db WITH (FORCE)" -qc "DROP DATABASE ${db}_app WITH (FORCE)" \
	-qc "DROP DATABASE ${db}_go WITH (FORCE)" -qc "DROP DATABASE ${db}_rails WITH (FORCE)" \
	-qc "DROP DATABASE ${db}_empty WITH (FORCE)"
[ "$failures" = 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "ok"
