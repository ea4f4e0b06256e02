#!/bin/sh
# `schemagen diff` end to end against a real server: --write numbering, the
# fixpoint after `migrate up`, --exit-code, refusal of pending migrations and
# of destructive plans (exit 4, nothing written), bad models (exit 2).  That
# migrations/ matches models/ is schemagen_check_cli.sh's job.
# Usage: schemagen_diff_cli.sh SCHEMAGEN MIGRATE SOURCE_ROOT
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
S=$(realpath "$1") M=$(realpath "$2") ROOT=$(realpath "$3")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sgcli_$$"
psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
url="$DATABASE_URL dbname=$db"
failures=0
check() { # want got what
	if [ "$1" != "$2" ]; then echo "FAIL: $3: exit $2, expected $1"; failures=$((failures + 1)); fi
}
cd "$work" && cp -r "$ROOT/models" models
"$S" --database "$url" diff --exit-code >/dev/null; check 3 $? "diff --exit-code on an empty database"
"$S" --database "$url" diff --write init >/dev/null; check 0 $? "diff --write init"
[ -f migrations/000001_init.up.sql ] && [ -f migrations/000001_init.down.sql ] ||
	{ echo "FAIL: 000001_init pair not written"; failures=$((failures + 1)); }
"$S" --database "$url" diff >/dev/null 2>&1; check 4 $? "diff with 000001 pending"
"$M" --database "$url" up >/dev/null; check 0 $? "migrate up"
"$S" --database "$url" diff --exit-code >/dev/null; check 0 $? "diff after up (fixpoint)"
# Dropping a table loses data: shown, refused, nothing written.
sed -i '/^  - name: post_tags/,$d' models/posts.yaml
"$S" --database "$url" diff --write drop_tags >out.txt 2>err.txt; check 4 $? "destructive diff without --allow-destructive"
grep -q "hazard: data-loss" out.txt || { echo "FAIL: no data-loss hazard shown"; failures=$((failures + 1)); }
ls migrations | grep -q drop_tags && { echo "FAIL: a destructive plan was written"; failures=$((failures + 1)); }
"$S" --database "$url" diff --write drop_tags --allow-destructive >/dev/null; check 0 $? "diff --allow-destructive"
[ -f migrations/000002_drop_tags.up.sql ] || { echo "FAIL: 000002_drop_tags not written"; failures=$((failures + 1)); }
"$M" --database "$url" up >/dev/null; check 0 $? "migrate up 000002"
"$S" --database "$url" diff --exit-code >/dev/null; check 0 $? "fixpoint after 000002"
"$M" --database "$url" down 1 >/dev/null; check 0 $? "migrate down 1"
"$S" --database "$url" -m "$ROOT/models" diff --exit-code >/dev/null 2>&1; check 4 $? "diff with 000002 pending again"
# A model the server rejects is bad input, named by file and the line of the column at fault.
printf 'tables:\n  - name: t\n    columns:\n      - { name: a, type: no_such_type }\n' > models/zz_bad.yaml
"$S" --database "$url" -d "$work/none" diff >/dev/null 2>err.txt; check 2 $? "unknown type"
grep -q "zz_bad.yaml:4:.*column .a. of table .t.: type .no_such_type." err.txt || { echo "FAIL: unknown type not reported at its line: $(cat err.txt)"; failures=$((failures + 1)); }
# Models of a schema the database does not have yet: the first migration creates it, its down drops it, and
# `diff` finds migrate's table in public (its default) to know what is applied.
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_app" || exit 1
app_url="$DATABASE_URL dbname=${db}_app"
mkdir -p "$work/app/models" && cd "$work/app"
cat >models/a.yaml <<'YAML'
schema: app
extensions: [citext]
enums:
  - { name: status, values: [on, off] }
tables:
  - name: users
    columns:
      - { name: id, type: bigint, identity: always, primary_key: true }
      - { name: email, type: citext, nullable: false, unique: true }
      - { name: status, type: status, nullable: false, default: "'on'" }
YAML
"$S" --database "$app_url" diff --write init >out.txt 2>&1; check 0 $? "diff --write for schema app"
grep -q "^CREATE SCHEMA app;" migrations/000001_init.up.sql || { echo "FAIL: no CREATE SCHEMA app: $(cat migrations/000001_init.up.sql)"; failures=$((failures + 1)); }
"$M" --database "$app_url" up >/dev/null 2>&1; check 0 $? "migrate up of schema app"
"$S" --database "$app_url" diff --exit-code >out.txt 2>&1; check 0 $? "fixpoint in schema app (tracking table in public)"
sed -i 's/values: \[on, off\]/values: [on, paused, off]/' models/a.yaml
"$S" --database "$app_url" diff --write paused >out.txt 2>&1; check 0 $? "next migration in schema app"
"$M" --database "$app_url" up >/dev/null 2>&1; check 0 $? "migrate up 000002 in schema app"
"$S" --database "$app_url" diff --exit-code >out.txt 2>&1; check 0 $? "fixpoint after 000002 in schema app"
"$M" --database "$app_url" down --all >/dev/null 2>&1; check 0 $? "migrate down --all in schema app"
left=$(psql "$app_url" -Atc "SELECT count(*) FROM pg_namespace WHERE nspname = 'app'")
[ "$left" = 0 ] || { echo "FAIL: schema app left after the downs"; failures=$((failures + 1)); }
cd "$work"
psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_app WITH (FORCE)"
# A function dropped and created again (an argument renamed) while a generated column that stays calls it:
# PostgreSQL would refuse the DROP, and the column would come back only with its values computed again, so diff
# refuses at plan time, naming both (exit 2).  (A check, a default or an index is taken off and put back.)
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_fn" || exit 1
fn_url="$DATABASE_URL dbname=${db}_fn"
mkdir -p "$work/fn/models" && cd "$work/fn"
cat >models/a.yaml <<'YAML'
functions:
  - name: ok
    definition: |
      CREATE FUNCTION ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > 0 $$;
tables:
  - name: t
    columns:
      - { name: a, type: int }
      - { name: g, type: boolean, generated: ok(a) }
YAML
"$S" --database "$fn_url" diff --write init >/dev/null 2>&1; check 0 $? "diff --write with a function and its generated column"
"$M" --database "$fn_url" up >/dev/null 2>&1; check 0 $? "migrate up of the function and its generated column"
sed -i 's/ok(v int)/ok(n int)/; s/v > 0/n > 0/' models/a.yaml
"$S" --database "$fn_url" diff --write renamed_arg >out.txt 2>err.txt; check 2 $? "function re-created under a generated column that stays"
grep -qx "schemagen: error: function 'ok(integer)' is dropped and created again (its result or arguments change) while generated column 't.g' calls it: a generated column comes back only with its values computed again (a rewrite); change the caller in a migration of its own first" err.txt ||
	{ echo "FAIL: refusal not reported: $(cat err.txt)"; failures=$((failures + 1)); }
ls migrations | grep -q renamed_arg && { echo "FAIL: a refused plan was written"; failures=$((failures + 1)); }
cd "$work"
psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_fn WITH (FORCE)"
psql "$DATABASE_URL" -qc "DROP DATABASE $db WITH (FORCE)"
[ "$failures" -eq 0 ] && echo "schemagen diff CLI: all checks passed"
exit "$failures"
