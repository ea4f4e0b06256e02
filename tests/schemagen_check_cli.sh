#!/bin/sh
# `schemagen check` end to end: in sync (exit 0), a model edited without a
# migration (3, with the plan and the hint), a down that does not undo its up
# (3, naming it and what it left), a declared irreversible down (0) and one
# whose mark comes after its first statement (3), a missing down (3), an
# unparseable file (2, file:line:column), duplicate versions (2, both files), an
# up the server rejects (1), an edited migration found in git history (3),
# --scratch-url (databases dropped afterwards), --format json, an enum renamed (its down verified).
# Usage: schemagen_check_cli.sh SCHEMAGEN SOURCE_ROOT
# Starts a throwaway server of its own for the --scratch-url cases, even when $DATABASE_URL is set: they
# count the scratch databases left on that server, and other suites running in parallel on the suite's
# server (inspect_debian's `schemagen check --scratch-url`) create theirs there too.
set -u
S=$(realpath "$1") ROOT=$(realpath "$2")
if [ -z "${SG_CHECK_CLI_SERVER:-}" ]; then
	SG_CHECK_CLI_SERVER=1 exec env -u DATABASE_URL "$(dirname "$S")/../runtime/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
want() { # code got what
	if [ "$1" != "$2" ]; then fail "$3: exit $2, expected $1; stderr: $(cat err.txt 2>/dev/null)"; fi
}
has() { # file pattern what
	grep -q -- "$2" "$1" || fail "$3: '$2' not in $1: $(cat "$1")"
}
# Each case gets a fresh copy of the example application.
fresh() {
	rm -rf "$work/app" && mkdir "$work/app" && cp -r "$ROOT/models" "$ROOT/migrations" "$work/app/" && cd "$work/app"
}
# The --scratch-url cases run on the suite's server; the rest start their own throwaway server.
chk() { "$S" check --scratch-url "$DATABASE_URL" "$@"; }

fresh
chk >out.txt 2>err.txt; want 0 $? "check of the example application"
has out.txt "matches the models" "in-sync summary"
# Every down of the example matches by fingerprint: none needs the exact comparison (the tracking tables,
# created by the first up, are left out of the fingerprint as the diff leaves them out).
chk -v >out.txt 2>err.txt; want 0 $? "check -v"
grep -q "comparing exactly" err.txt && fail "a down of the example needed the exact comparison: $(grep 'comparing exactly' err.txt)"
"$S" check >out.txt 2>err.txt; want 0 $? "check on its own throwaway server"
left=$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM pg_database WHERE datname LIKE 'schemagen_check_%'")
[ "$left" = 0 ] || fail "$left scratch databases left on the --scratch-url server"

# A --scratch-url role that may not create databases is told so plainly; an unreachable one exits 1.
psql "$DATABASE_URL" -qc "DROP ROLE IF EXISTS sg_check_nocreate; CREATE ROLE sg_check_nocreate LOGIN" >/dev/null
"$S" check --scratch-url "$DATABASE_URL user=sg_check_nocreate" >out.txt 2>err.txt; want 1 $? "role without CREATEDB"
has err.txt "role 'sg_check_nocreate' may not create databases" "CREATEDB missing, said plainly"
has err.txt "ALTER ROLE sg_check_nocreate CREATEDB" "CREATEDB hint"
"$S" check --scratch-url "host=$work/no-such-socket-dir dbname=x" --format json >out.json 2>err.txt
want 1 $? "unreachable --scratch-url"
has out.json '"error":"scratch server: could not connect' "unreachable --scratch-url, json error"

# A model edited without generating a migration.
fresh
cat >>models/users.yaml <<'YAML'
  - name: avatars
    columns:
      - { name: user_id, type: bigint, primary_key: true }
YAML
chk >out.txt 2>err.txt; want 3 $? "model edited without a migration"
has out.txt "CREATE TABLE avatars" "the plan that would fix it"
has err.txt "schemagen diff --write NAME" "the hint"
chk --format json >out.json 2>err.txt; want 3 $? "json, model edited"
has out.json '"in_sync":false' "json in_sync"
has out.json '"changes":true' "json plan"

# A down that leaves a table behind; check names the file and the table.
fresh
printf 'CREATE TABLE labels (id int PRIMARY KEY);\n' >migrations/000900_labels.up.sql
printf 'SELECT 1;\n' >migrations/000900_labels.down.sql
printf 'DROP TABLE labels;\n' >migrations/000901_drop_labels.up.sql
printf 'CREATE TABLE labels (id int PRIMARY KEY);\n' >migrations/000901_drop_labels.down.sql
chk >out.txt 2>err.txt; want 3 $? "down that does not undo its up"
has err.txt "000900_labels.down.sql: does not undo 000900_labels.up.sql" "names the down"
has err.txt "drop table labels" "says what is left"
chk --format json >out.json 2>err.txt; want 3 $? "json, bad down"
has out.json '"code":"down_not_undone"' "json problem code"
has out.json '000900_labels.down.sql' "json problem file"
chk --no-downs >out.txt 2>err.txt; want 0 $? "--no-downs skips the downs"

# Declared irreversible: not run, older downs still verified after a rebuild.
printf -- '-- schemagen:irreversible: the labels are gone for good\nSELECT 1;\n' >migrations/000900_labels.down.sql
chk >out.txt 2>err.txt; want 0 $? "declared irreversible down"
has out.txt "downs verified, 1 declared irreversible" "irreversible counted"
printf -- '-- schemagen:irreversible: the labels are gone for good\r\nSELECT 1;\r\n' >migrations/000900_labels.down.sql
chk >out.txt 2>err.txt; want 0 $? "declared irreversible down with CRLF line ends"
# The mark after the first statement does not count: check names its line and does not run the down.
printf -- 'SELECT 1;\n-- schemagen:irreversible: too late\n' >migrations/000900_labels.down.sql
chk >out.txt 2>err.txt; want 3 $? "irreversible mark after the first statement"
has err.txt "000900_labels.down.sql:2: '-- schemagen:irreversible' must be among the comment lines at the top" \
	"misplaced mark named with its line"
grep -q "does not undo" err.txt && fail "the down with a misplaced mark was run: $(cat err.txt)"

# A down the server rejects: named, and the older downs are not run.
printf 'DROP TABLE no_such_table;\n' >migrations/000900_labels.down.sql
chk >out.txt 2>err.txt; want 3 $? "down rejected by the server"
has err.txt "migrations/000900_labels.down.sql:1:1: .*no_such_table" "failing down named with the server's message"
grep -q "migrations/000900_labels.down.sql: migrations/" err.txt && fail "the failing down's path is printed twice"
has err.txt "older than the one reported were not verified" "older downs not run"

# A missing down file.
rm migrations/000900_labels.down.sql
chk >out.txt 2>err.txt; want 3 $? "missing down"
has err.txt "000900_labels.up.sql: has no down migration" "missing down named"

# After a down that does not undo its up, the older downs are not run: their failures (here: the
# table left behind still references 'a') would be that down's.
fresh
printf 'CREATE TABLE a (id int PRIMARY KEY);\n' >migrations/000900_a.up.sql
printf 'DROP TABLE a;\n' >migrations/000900_a.down.sql
printf 'CREATE TABLE b (a_id int REFERENCES a);\n' >migrations/000901_b.up.sql
printf 'SELECT 1;\n' >migrations/000901_b.down.sql
printf 'DROP TABLE b; DROP TABLE a;\n' >migrations/000902_drop.up.sql
printf 'CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (a_id int REFERENCES a);\n' >migrations/000902_drop.down.sql
chk >out.txt 2>err.txt; want 3 $? "down that does not undo, then an older down"
has err.txt "000901_b.down.sql: does not undo" "the down that does not undo"
grep -q "000900_a.down.sql" err.txt && fail "an older down ran after the one that did not undo: $(cat err.txt)"
has err.txt "older than the one reported were not verified" "older downs not run, said"

# A file that does not parse: exit 2 before anything runs, with its line and column.
fresh
printf 'CREATE TABLE ok (id int);\nCREATE TABEL broken (id int);\n' >migrations/000900_broken.up.sql
printf 'DROP TABLE ok;\n' >migrations/000900_broken.down.sql
chk >out.txt 2>err.txt; want 2 $? "unparseable migration"
has err.txt "000900_broken.up.sql:2:" "syntax error position"

# Two branches that both generated 000900.
fresh
printf 'SELECT 1;\n' >migrations/000900_a.up.sql
printf 'SELECT 1;\n' >migrations/000900_b.up.sql
chk >out.txt 2>err.txt; want 2 $? "duplicate versions"
has err.txt "000900_a.up.sql" "first duplicate named"
has err.txt "000900_b.up.sql" "second duplicate named"

# An up the server rejects.
fresh
printf 'ALTER TABLE no_such_table ADD COLUMN x int;\n' >migrations/000900_bad.up.sql
printf 'SELECT 1;\n' >migrations/000900_bad.down.sql
chk >out.txt 2>err.txt; want 1 $? "up rejected by the server"
has err.txt "000900_bad.up.sql" "rejected file named"
has err.txt "no_such_table" "server message"

# SIGTERM (SIGINT alike) during a long up: the statement is cancelled, the check exits 1 and drops its
# database on the --scratch-url server.  (A background job of a script ignores SIGINT: TERM here.)
fresh
printf 'SELECT pg_sleep(60);\n' >migrations/000900_slow.up.sql
printf 'SELECT 1;\n' >migrations/000900_slow.down.sql
"$S" check --scratch-url "$DATABASE_URL" --format json >out.json 2>err.txt &
pid=$!
i=0
while [ "$i" -lt 200 ] && [ "$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' AND datname LIKE 'schemagen_check_%'")" = 0 ]; do
	sleep 0.1; i=$((i + 1))
done
kill -TERM "$pid"
wait "$pid"; want 1 $? "check interrupted during the replay"
has out.json '"error":"interrupted' "json error of the interrupted check"
left=$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM pg_database WHERE datname LIKE 'schemagen_check_%'")
[ "$left" = 0 ] || fail "$left scratch databases left on the --scratch-url server after SIGTERM"

# Invalid models.
fresh
printf 'tables:\n  - name: t\n    colums: []\n' >models/zz_bad.yaml
chk >out.txt 2>err.txt; want 2 $? "invalid models"
has err.txt "zz_bad.yaml:3:" "model error position"
chk --format json >out.json 2>err.txt; want 2 $? "invalid models, json"
has out.json '"error":"1 error in models directory' "json error field"

# Models in their own schema, which the first migration creates: a down that leaves the schema
# behind does not undo its up (up again fails on CREATE SCHEMA).
rm -rf "$work/app" && mkdir -p "$work/app/models" "$work/app/migrations" && cd "$work/app"
printf 'schema: app\ntables:\n  - name: t\n    columns:\n      - { name: id, type: int, primary_key: true }\n' \
	>models/app.yaml
printf 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int PRIMARY KEY);\n' >migrations/000001_init.up.sql
printf 'DROP TABLE app.t;\nDROP SCHEMA app;\n' >migrations/000001_init.down.sql
chk >out.txt 2>err.txt; want 0 $? "schema app created by the first migration and dropped by its down"
printf 'DROP TABLE app.t;\n' >migrations/000001_init.down.sql
chk >out.txt 2>err.txt; want 3 $? "down that leaves its schema behind"
has err.txt "000001_init.down.sql: does not undo 000001_init.up.sql: .*drop schema app" "schema left behind named"

# Edited after a later migration existed, from git history; without git history nothing is flagged.
if command -v git >/dev/null; then
	fresh
	printf 'CREATE TABLE labels (id int);\n' >migrations/000900_labels.up.sql
	printf 'DROP TABLE labels;\n' >migrations/000900_labels.down.sql
	printf 'DROP TABLE labels;\n' >migrations/000901_drop_labels.up.sql
	printf 'CREATE TABLE labels (id int);\n' >migrations/000901_drop_labels.down.sql
	chk >out.txt 2>err.txt; want 0 $? "no git work tree: nothing flagged"
	git init -q . && git add . && git -c user.name=t -c user.email=t@t commit -qm one
	chk >out.txt 2>err.txt; want 0 $? "committed, unedited"
	printf 'CREATE TABLE labels (id bigint);\n' >migrations/000900_labels.up.sql
	chk >out.txt 2>err.txt; want 3 $? "uncommitted edit of 000900 with 000901 committed"
	has err.txt "000900_labels.up.sql: was changed (uncommitted) after 000901_drop_labels.up.sql" "edit named"
	git -c user.name=t -c user.email=t@t commit -qam two
	chk >out.txt 2>err.txt; want 3 $? "committed edit of 000900 after 000901"
	has err.txt "was changed (commit " "commit named"
	# Renaming the later migration afterwards does not make it newer than the edit.
	git mv migrations/000901_drop_labels.up.sql migrations/000901_labels_gone.up.sql
	git mv migrations/000901_drop_labels.down.sql migrations/000901_labels_gone.down.sql
	git -c user.name=t -c user.email=t@t commit -qm three
	chk >out.txt 2>err.txt; want 3 $? "edit of 000900, then 000901 renamed"
	has err.txt "000900_labels.up.sql: was changed (commit .*) after 000901_labels_gone.up.sql" "renamed later file"
	# A name outside ASCII: git would quote it unless told not to.
	fresh
	printf 'CREATE TABLE labels (id int);\n' >migrations/000900_café.up.sql
	printf 'DROP TABLE labels;\n' >migrations/000900_café.down.sql
	printf 'SELECT 1;\n' >migrations/000901_b.up.sql
	printf 'SELECT 1;\n' >migrations/000901_b.down.sql
	git init -q . && git add . && git -c user.name=t -c user.email=t@t commit -qm one
	printf 'CREATE TABLE labels (id bigint);\n' >migrations/000900_café.up.sql
	chk >out.txt 2>err.txt; want 3 $? "uncommitted edit of a file named outside ASCII"
	has err.txt "000900_café.up.sql: was changed (uncommitted)" "non-ASCII name matched"
fi

# Sequences (issue 13): a down that leaves an option changed, or the owner gone, does not undo its up.
fresh
printf 'sequences:\n  - { name: ticket_no, increment: 5, owned_by: users.id }\n' >models/sequences.yaml
printf 'CREATE SEQUENCE ticket_no;\n' >migrations/000900_seq.up.sql
printf 'DROP SEQUENCE ticket_no;\n' >migrations/000900_seq.down.sql
printf 'ALTER SEQUENCE ticket_no INCREMENT BY 5;\nALTER SEQUENCE ticket_no OWNED BY users.id;\n' >migrations/000901_seq_step.up.sql
printf 'ALTER SEQUENCE ticket_no OWNED BY NONE;\nALTER SEQUENCE ticket_no INCREMENT BY 1;\n' >migrations/000901_seq_step.down.sql
chk >out.txt 2>err.txt; want 0 $? "sequence downs that undo their ups"
printf 'ALTER SEQUENCE ticket_no OWNED BY NONE;\n' >migrations/000901_seq_step.down.sql
chk >out.txt 2>err.txt; want 3 $? "a down that leaves a sequence's increment"
has err.txt "000901_seq_step.down.sql: does not undo 000901_seq_step.up.sql" "names the sequence's down"
printf 'ALTER SEQUENCE ticket_no INCREMENT BY 1;\n' >migrations/000901_seq_step.down.sql
chk >out.txt 2>err.txt; want 3 $? "a down that leaves a sequence's owner"
has err.txt "000901_seq_step.down.sql: does not undo 000901_seq_step.up.sql" "names the owner's down"

# A plan diff refuses (a function created again under a generated column that stays; docs/diff.md): check refuses it
# the same way, exit 2 with diff's message; a down whose way back is such a plan says so.
rm -rf "$work/app" && mkdir -p "$work/app/models" "$work/app/migrations" && cd "$work/app"
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
  - name: u
    columns:
      - { name: x, type: int }
YAML
cat >migrations/000001_a.up.sql <<'SQL'
CREATE FUNCTION ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT v > 0 $$;
CREATE TABLE t (a int, g boolean GENERATED ALWAYS AS (ok(a)) STORED);
SQL
printf 'DROP TABLE t;\nDROP FUNCTION ok(int);\n' >migrations/000001_a.down.sql
printf 'CREATE TABLE u (x int);\n' >migrations/000002_b.up.sql
printf 'DROP TABLE u;\n' >migrations/000002_b.down.sql
chk >out.txt 2>err.txt; want 0 $? "a function and the generated column that calls it"
cat >>migrations/000002_b.down.sql <<'SQL'
ALTER TABLE t DROP COLUMN g;
DROP FUNCTION ok(int);
CREATE FUNCTION ok(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n > 0 $$;
ALTER TABLE t ADD COLUMN g boolean GENERATED ALWAYS AS (ok(a)) STORED;
SQL
chk >out.txt 2>err.txt; want 3 $? "a down that leaves the function's argument renamed"
has err.txt "000002_b.down.sql: does not undo 000002_b.up.sql: .*which one migration cannot do: function 'ok(integer)' is dropped and created again" \
	"the refused way back named"
printf 'DROP TABLE u;\n' >migrations/000002_b.down.sql
sed -i 's/ok(v int)/ok(n int)/; s/v > 0/n > 0/' models/a.yaml
chk --format json >out.json 2>err.txt; want 2 $? "models whose plan diff refuses"
has err.txt "error: function 'ok(integer)' is dropped and created again (its result or arguments change) while generated column 't.g' calls it" \
	"the refusal, as diff says it"
has out.json '"error":"function '"'"'ok(integer)'"'"' is dropped and created again' "the refusal in json"
has out.json '"plan":null' "no plan in json"

# An enum renamed (renamed_from): the migration diff writes for it is in sync and its down is verified; a down
# that leaves the new name is found.
fresh
sed -i 's/^  - name: reaction_kind$/  - name: reaction_type\n    renamed_from: reaction_kind/' models/reactions.yaml
sed -i 's/type: reaction_kind,/type: reaction_type,/' models/reactions.yaml
printf 'ALTER TYPE reaction_kind RENAME TO reaction_type;\n' >migrations/000900_reaction_type.up.sql
printf 'ALTER TYPE reaction_type RENAME TO reaction_kind;\n' >migrations/000900_reaction_type.down.sql
chk >out.txt 2>err.txt; want 0 $? "an enum renamed, its down renaming it back"
printf 'SELECT 1;\n' >migrations/000900_reaction_type.down.sql
chk >out.txt 2>err.txt; want 3 $? "an enum renamed, a down that keeps the new name"
has err.txt "000900_reaction_type.down.sql: does not undo 000900_reaction_type.up.sql" "names the enum's down"

[ "$failures" -eq 0 ] && echo "schemagen check CLI: all checks passed"
exit "$failures"
