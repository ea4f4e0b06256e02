#!/bin/sh
# A project that used golang-migrate switches binaries and keeps its command
# lines: a migrations directory written for golang-migrate (unpadded versions,
# files with their own BEGIN/COMMIT, a plpgsql body full of semicolons), and
# databases golang-migrate left behind, with its ledger in x-migrations-table:
#   prod   at version 3, dirty (3 failed part way)  -> refused with the force
#          lines, `force 2` adopts, `up` runs 3 and 4;
#   ahead  at version 5, which the directory lacks  -> refused, nothing changed;
#          the newer release's directory adopts it;
#   quoted "migrate"."gm_versions" (x-migrations-table-quoted), clean -> up
#          adopts (a dry run first changes nothing), down and up work on it;
#   empty  golang-migrate's table with no row        -> up adopts, runs all.
# prod ends with the schema a fresh database gets from the same files, and a
# ledger `migrate status` reads.  Going back is safe too: golang-migrate's own
# next write (its SetVersion) fails on the adopted table, changing nothing.
# Usage: golang_migrate_adoption.sh MIGRATE
set -u
export LC_ALL=C
M=$(realpath "$1")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
ADMIN_URL=$DATABASE_URL
work=$(mktemp -d)
dbs=""
cleanup() {
	for db in $dbs; do psql "$ADMIN_URL" -qXc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1; done
	rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/bin"
ln -s "$M" "$work/bin/migrate"
PATH="$work/bin:$PATH"
export PATH
cd "$work" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
set -- $(psql "$ADMIN_URL" -XAtc "SELECT coalesce(host(inet_server_addr()),
	split_part(current_setting('unix_socket_directories'), ',', 1)), current_setting('port'), current_user" -F ' ')
PGH=$1 PGP=$2 PGU=$3
newdb() {
	psql "$ADMIN_URL" -qXc "CREATE DATABASE $1" >/dev/null || exit 1
	dbs="$dbs $1"
	echo "postgres://$PGU@/$1?host=$PGH&port=$PGP&sslmode=disable"
}
q() { psql "$URL" -XAtc "$1" 2>&1; }
run() {
	want=$1 what=$2
	shift 2
	"$@" >"$work/out.txt" 2>"$work/err.txt"
	got=$?
	[ "$got" = "$want" ] || fail "$what: exit $got, expected $want: $(cat "$work/err.txt")"
}
has() { grep -qF -- "$2" "$work/$1" || fail "$3: no '$2' in $1: $(cat "$work/$1")"; }
is() { [ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"; }
# What golang-migrate runs: each file as one simple-protocol query.
apply_file() { psql "$URL" -qX -v ON_ERROR_STOP=1 -f "$1" >/dev/null || fail "psql -f $1"; }

mkdir gm
cat >gm/1_create_users.up.sql <<'SQL'
BEGIN;
CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX users_email_idx ON users (email);
COMMIT;
SQL
printf 'DROP TABLE users;\n' >gm/1_create_users.down.sql
cat >gm/2_touch.up.sql <<'SQL'
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now(); -- a comment; with a semicolon
  RETURN NEW;
END;
$$;
ALTER TABLE users ADD COLUMN updated_at timestamptz;
CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();
SQL
printf 'DROP TRIGGER users_touch ON users;\nDROP FUNCTION touch();\nALTER TABLE users DROP COLUMN updated_at;\n' \
	>gm/2_touch.down.sql
printf 'CREATE TABLE orders (id int PRIMARY KEY, user_id bigint REFERENCES users);\nCREATE INDEX orders_user_idx ON orders (user_id);\n' \
	>gm/3_orders.up.sql
printf 'DROP TABLE orders;\n' >gm/3_orders.down.sql
cat >gm/4_status.up.sql <<'SQL'
CREATE TYPE order_status AS ENUM ('new', 'paid');
ALTER TABLE orders ADD COLUMN status order_status NOT NULL DEFAULT 'new';
SQL
printf 'ALTER TABLE orders DROP COLUMN status;\nDROP TYPE order_status;\n' >gm/4_status.down.sql
cp -r gm gm5
printf 'CREATE TABLE refunds (id int);\n' >gm5/5_refunds.up.sql
printf 'DROP TABLE refunds;\n' >gm5/5_refunds.down.sql
LEDGER='(version bigint not null primary key, dirty boolean not null)'
OPTS='x-migrations-table=gm_versions&x-multi-statement=true&x-statement-timeout=60000'

# ---- prod: 1 and 2 applied, 3 failed part way and left dirty ----
URL=$(newdb gm_prod)
apply_file gm/1_create_users.up.sql
apply_file gm/2_touch.up.sql
q "CREATE TABLE gm_versions $LEDGER; INSERT INTO gm_versions VALUES (3, true)" >/dev/null
run 4 "up on a dirty golang-migrate version" migrate -path gm -database "$URL&$OPTS" up
has err.txt "says version 3 is dirty" "the refusal says why"
has err.txt "'migrate force 3'" "the refusal gives the force line"
has err.txt "'migrate force 2' to run it again" "and the one that runs 3 again"
is "$(q "SELECT version || ' ' || dirty FROM gm_versions") $(q "SELECT to_regclass('orders') IS NULL")" "3 true t" \
	"the refused up changed nothing"
is "$(q "SELECT to_regclass('gm_versions_history') IS NULL")" t "the refused up created nothing"
run 0 "version" migrate -path gm -database "$URL&$OPTS" version
is "$(cat "$work/out.txt")" "3 (dirty)" "version reads golang-migrate's table, and prints as golang-migrate"
run 4 "validate on the dirty version" migrate -path gm -database "$URL&$OPTS" validate
has err.txt "problem: golang-migrate's table public.gm_versions says version 3 is dirty" "validate says why"
# 3 ran as one transaction and rolled back: nothing of it to repair, so it runs again.
run 0 "force 2" migrate -path gm -database "$URL&$OPTS" force 2
is "$(q "SELECT string_agg(version || ':' || dirty, ',' ORDER BY version) FROM gm_versions")" "1:false,2:false" \
	"force 2 adopted the table at 2"
is "$(q "SELECT version || ' ' || dirty FROM gm_versions_golang_migrate")" "3 true" "golang-migrate's rows are kept"
has err.txt "adopted golang-migrate's table public.gm_versions at version 2" "force says it adopted"
is "$(q "SELECT count(*) FROM gm_versions_history WHERE action = 'adopt' AND detail LIKE '%it said version 3, dirty%'")" \
	1 "the adoption is in the history"
run 0 "up after force" migrate -path gm -database "$URL&$OPTS" up
has err.txt "2 applied, now at 4" "up ran 3 and 4"
run 0 "status" migrate -path gm -database "$URL&$OPTS" status
has out.txt "4 applied, 0 pending, at 4" "status reads the ledger"
is "$(grep -cE '^[0-9]+ .* applied ' "$work/out.txt")" 4 "status lists the four versions"
run 0 "validate" migrate -path gm -database "$URL&$OPTS" validate

# The same schema as the files build on a fresh database (pg_dump's comments and \restrict keys aside).
FRESH=$(newdb gm_fresh)
run 0 "up on a fresh database" migrate -path gm -database "$FRESH&$OPTS" up
dump() { pg_dump -s -x -O --exclude-table='gm_versions*' "$1" | grep -v -e '^--' -e '^$' -e '^\\'; }
dump "$URL" >"$work/prod.sql"
dump "$FRESH" >"$work/fresh.sql"
cmp -s "$work/prod.sql" "$work/fresh.sql" ||
	fail "prod's schema differs from a fresh database's: $(diff "$work/prod.sql" "$work/fresh.sql" | head -20)"
grep -q "CREATE TABLE public.orders" "$work/prod.sql" || fail "pg_dump printed no schema"

# Going back: golang-migrate's next write on the adopted table (its SetVersion) fails and changes nothing.
psql "$URL" -qX -v ON_ERROR_STOP=1 >/dev/null 2>&1 <<'SQL'
BEGIN;
TRUNCATE "public"."gm_versions";
INSERT INTO "public"."gm_versions" (version, dirty) VALUES (5, true);
COMMIT;
SQL
[ $? -ne 0 ] || fail "golang-migrate's SetVersion succeeded on the adopted table"
is "$(q "SELECT count(*) FROM gm_versions WHERE NOT dirty")" 4 "golang-migrate's failed write changed nothing"

# ---- ahead: golang-migrate at 5, the directory stops at 4 ----
URL=$(newdb gm_ahead)
for f in gm5/*.up.sql; do apply_file "$f"; done
q "CREATE TABLE gm_versions $LEDGER; INSERT INTO gm_versions VALUES (5, false)" >/dev/null
run 4 "up with the database ahead of the files" migrate -path gm -database "$URL&$OPTS" up
has err.txt "says version 5, but no file in 'gm' has it (newest: 4_status.up.sql)" "the refusal says why"
run 4 "down 1 with the database ahead of the files" migrate -path gm -database "$URL&$OPTS" down 1
is "$(q "SELECT version || ' ' || dirty FROM gm_versions") $(q "SELECT to_regclass('gm_versions_history') IS NULL")" \
	"5 false t" "the refused commands changed nothing"
run 0 "up with the newer release's files" migrate -path gm5 -database "$URL&$OPTS" up
has err.txt "no change, at 5" "nothing to run once adopted at 5"
run 0 "status" migrate -path gm5 -database "$URL&$OPTS" status
has out.txt "5 applied, 0 pending, at 5" "status after adopting at 5"

# ---- quoted: the ledger in schema migrate, clean at 4 ----
URL=$(newdb gm_quoted)
for f in gm/*.up.sql; do apply_file "$f"; done
q "CREATE SCHEMA migrate; CREATE TABLE migrate.gm_versions $LEDGER; INSERT INTO migrate.gm_versions VALUES (4, false)" \
	>/dev/null
QOPTS='x-migrations-table=%22migrate%22.%22gm_versions%22&x-migrations-table-quoted=1'
run 0 "validate before adoption" migrate -path gm -database "$URL&$QOPTS" validate
has err.txt "the next up adopts it" "validate says up adopts a clean table"
run 0 "up --dry-run" migrate -path gm -database "$URL&$QOPTS" up --dry-run
has err.txt "would adopt golang-migrate's table migrate.gm_versions at version 4" "the dry run says it would adopt"
is "$(q "SELECT count(*) FROM migrate.gm_versions")" 1 "the dry run changed nothing"
run 0 "up" migrate -path gm -database "$URL&$QOPTS" up
has err.txt "no change, at 4" "up adopted at 4"
is "$(q "SELECT count(*) FROM migrate.gm_versions WHERE method = 'baseline'")" 4 "the ledger is ours, in migrate"
run 0 "down 1" migrate -path gm -database "$URL&$QOPTS" down 1
is "$(q "SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'status'")" 0 \
	"down 1 ran 4's down file"
run 0 "up again" migrate -path gm -database "$URL&$QOPTS" up
has err.txt "1 applied, now at 4" "up ran 4 again"

# ---- empty: golang-migrate created its table (its `version` does) and applied nothing ----
URL=$(newdb gm_empty)
q "CREATE TABLE schema_migrations $LEDGER" >/dev/null
run 0 "up" migrate -path gm -database "$URL" up
has err.txt "4 applied, now at 4" "up adopted the empty table and ran everything"
is "$(q "SELECT count(*) FROM schema_migrations_golang_migrate")" 0 "the empty table is kept"

[ "$failures" -eq 0 ] && echo "golang-migrate adoption: all checks passed"
exit "$failures"
