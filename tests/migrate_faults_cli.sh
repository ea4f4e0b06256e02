#!/bin/bash
# `migrate` (the runner) under faults and a hand-edited ledger, each a defect class found by probing
# (docs/migrate.md, "Errors" and "The ledger altered by hand"):
#  - a server error inside a DO block or a function body is placed at the file's line:column of the failing
#    expression (it was the statement's start), and the server's QUERY and CONTEXT lines are kept as the server
#    wrote them: under the one-line error on the terminal, whole in the ledger (last_error, the history), for
#    up, down and goto, in a transaction and in a no-transaction file;
#  - the runner's own statements failing (force with a history column dropped by hand) print the server's
#    message without libpq's `LINE 1:` and caret lines flattened onto one line;
#  - a tracking table with a column dropped by hand is refused before anything runs (exit 4, the column and the
#    ALTER TABLE that puts it back), not when the first file's tracking row is written;
#  - a checksum set to NULL by hand is refused with what to do (exit 4), not undefined behaviour and exit 1
#    with no message, and --accept-edit records the file's;
#  - a migrations directory that is a loop of symbolic links, or a migration linked to itself: exit 2 (was 1);
#  - the disk filling (temp_file_limit): the server's error, the ledger exact;
#  - a failover behind PgBouncer (session mode) ending the migration's session: the file and statement named,
#    the ledger exact, no question about a pooling mode, no raw libpq lines.
# Usage: migrate_faults_cli.sh MIGRATE
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
M=$(realpath "$1")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
db="sgmfault_$$"
trap 'cd /; rm -rf "$work"; [ -n "${bdir:-}" ] && kill "$(cat "$bdir/pgbouncer.pid" 2>/dev/null)" 2>/dev/null; psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1' EXIT
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
check() { # want got what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1 ($(tail -n 5 "$work/err.txt" 2>/dev/null))"
}
url="$DATABASE_URL dbname=$db"
fresh() { # a new empty database and migrations directory
	psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" 2>/dev/null || exit 1
	rm -rf "$work/migrations" && mkdir "$work/migrations"
}
q() { psql "$url" -qXAtc "$1"; }
cd "$work" || exit 1

# --- A server error inside a DO block: the file's line:column, the server's QUERY and CONTEXT lines ---------------
# Before: 'migrations/000001_a.up.sql:3:1' (the DO's start) and neither line, anywhere.
fresh
cat >migrations/000001_a.up.sql <<'SQL'
CREATE TABLE a (id int);

DO $$
BEGIN
  PERFORM nosuch
    FROM a;
END $$;
SQL
"$M" --database "$url" up >out.txt 2>err.txt
check 1 $? "up of a DO block that fails"
head="migrations/000001_a.up.sql:5:11: ERROR 42703: column \"nosuch\" does not exist (statement 2 of 2: DO \$\$)"
context='QUERY:  SELECT nosuch
    FROM a
CONTEXT:  PL/pgSQL function inline_code_block line 3 at PERFORM'
[ "$(tail -n 4 err.txt)" = "migrate: error: $head; rolled back, nothing of it was applied
$context" ] || fail "up: the error and the server's lines: $(cat err.txt)"
[ "$(q "SELECT detail FROM schema_migrations_history")" = "$head
$context" ] || fail "up: the history's detail: $(q "SELECT detail FROM schema_migrations_history")"
"$M" --database "$url" status >out.txt 2>err.txt
grep -qxF "    CONTEXT:  PL/pgSQL function inline_code_block line 3 at PERFORM" out.txt ||
	fail "status: the last run's context lines, indented: $(cat out.txt)"
[ "$(q "SELECT count(*) FROM pg_class WHERE relname = 'a'")" = 0 ] || fail "up: table a stayed"

# The same in a no-transaction file: last_error keeps every line, the file's line:column counts the directive.
{ echo "-- migrate:no-transaction"; cat migrations/000001_a.up.sql; } >x.sql && mv x.sql migrations/000001_a.up.sql
"$M" --database "$url" up >out.txt 2>err.txt
check 1 $? "up of a no-transaction DO block that fails"
grep -qxF "migrate: error: migrations/000001_a.up.sql:6:11: ERROR 42703: column \"nosuch\" does not exist (statement 2 of 2: DO \$\$); left dirty: the up migration stopped part-way; fix the database, then run 'migrate force 000001' once it matches the file's end state" err.txt ||
	fail "no-transaction: the error line: $(cat err.txt)"
[ "$(tail -n 3 err.txt)" = "$context" ] || fail "no-transaction: the server's lines: $(cat err.txt)"
[ "$(q "SELECT last_error FROM schema_migrations WHERE version = 1")" = "migrations/000001_a.up.sql:6:11: ERROR 42703: column \"nosuch\" does not exist (statement 2 of 2: DO \$\$); left dirty: the up migration stopped part-way
$context" ] || fail "no-transaction: last_error: $(q "SELECT last_error FROM schema_migrations")"
"$M" --database "$url" status >out.txt 2>err.txt
grep -qxF "        CONTEXT:  PL/pgSQL function inline_code_block line 3 at PERFORM" out.txt ||
	fail "status: the dirty version's context lines, indented: $(cat out.txt)"
# The next up refuses the dirty version naming the error's first line, the server's lines not run onto it.
"$M" --database "$url" up >out.txt 2>err.txt
check 4 $? "up over the dirty version"
grep -qxF "migrate: error: version 000001 ('a') is dirty: its up file stopped after 1 of 2 statements (migrations/000001_a.up.sql:6:11: ERROR 42703: column \"nosuch\" does not exist (statement 2 of 2: DO \$\$); left dirty: the up migration stopped part-way); fix the database by hand, then run 'migrate force 000001' (or force the version before it to run it again)" err.txt ||
	fail "up over the dirty version: $(cat err.txt)"

# A down file and goto: the same form; an expression of a PL/pgSQL assignment is found where it is written.
fresh
printf 'CREATE TABLE a (id int);\n' >migrations/000001_a.up.sql
printf 'DO $$\nDECLARE n int;\nBEGIN\n  n := 1 +\n     nosuch;\nEND $$;\nDROP TABLE a;\n' >migrations/000001_a.down.sql
"$M" --database "$url" up >/dev/null 2>err.txt; check 0 $? "up before the down"
for cmd in "down 1" "goto 0"; do
	"$M" --database "$url" $cmd >out.txt 2>err.txt
	check 1 $? "$cmd of a DO block that fails"
	[ "$(tail -n 4 err.txt)" = "migrate: error: migrations/000001_a.down.sql:5:6: ERROR 42703: column \"nosuch\" does not exist (statement 1 of 2: DO \$\$); rolled back, the version is still applied
QUERY:  n := 1 +
     nosuch
CONTEXT:  PL/pgSQL function inline_code_block line 4 at assignment" ] || fail "$cmd: the error and the server's lines: $(cat err.txt)"
done
[ "$(q "SELECT version FROM schema_migrations")" = 1 ] || fail "down: the version is not applied any more"

# --- The runner's own statement failing: the server's message, not libpq's LINE 1 and caret on one line ----------
fresh
printf 'CREATE TABLE a (id int);\n' >migrations/000001_a.up.sql
printf 'CREATE TABLE b (id int);\n' >migrations/000002_b.up.sql
"$M" --database "$url" up 1 >/dev/null 2>err.txt; check 0 $? "up 1"
q "ALTER TABLE schema_migrations_history DROP COLUMN detail"
"$M" --database "$url" force 2 >out.txt 2>err.txt
check 1 $? "force with a history column dropped by hand"
grep -qxF "migrate: error: nothing was changed: ERROR 42703: column \"detail\" of relation \"schema_migrations_history\" does not exist" err.txt ||
	fail "force: the message: $(cat err.txt)"
[ "$(q "SELECT string_agg(version::text, ',') FROM schema_migrations")" = 1 ] || fail "force: the ledger changed"

# --- A tracking table with a column dropped by hand: refused before anything runs ---------------------------------
# Before: `up` ran 000002 and failed writing its row (exit 1), `status` called the table not ours (exit 4).
fresh
printf 'CREATE TABLE a (id int);\n' >migrations/000001_a.up.sql
printf 'CREATE TABLE b (id int);\n' >migrations/000002_b.up.sql
"$M" --database "$url" up 1 >/dev/null 2>err.txt; check 0 $? "up 1"
q "ALTER TABLE schema_migrations DROP COLUMN duration_ms"
for cmd in up status "goto 2" "baseline 2" "force 2"; do
	"$M" --database "$url" $cmd >out.txt 2>err.txt
	check 4 $? "$cmd with a tracking column dropped by hand"
	grep -qxF "migrate: error: the tracking table public.schema_migrations has no column 'duration_ms' (dropped by hand?): put it back with 'ALTER TABLE public.schema_migrations ADD COLUMN duration_ms bigint NOT NULL DEFAULT 0'" err.txt ||
		fail "$cmd: the message: $(cat err.txt)"
done
[ "$(q "SELECT count(*) FROM pg_class WHERE relname = 'b'")" = 0 ] || fail "up ran 000002 with a column missing"
[ "$(q "SELECT count(*) FROM schema_migrations_history WHERE version = 2")" = 0 ] || fail "a history row of 000002"
q "ALTER TABLE public.schema_migrations ADD COLUMN duration_ms bigint NOT NULL DEFAULT 0"
"$M" --database "$url" up >/dev/null 2>err.txt; check 0 $? "up once the column is back"

# --- A checksum set to NULL by hand ------------------------------------------------------------------------------
# Before: undefined behaviour (strcmp of NULL) and exit 1 without a word.
q "ALTER TABLE schema_migrations ALTER checksum DROP NOT NULL; UPDATE schema_migrations SET checksum = NULL WHERE version = 1"
printf 'CREATE TABLE c (id int);\n' >migrations/000003_c.up.sql
"$M" --database "$url" up >out.txt 2>err.txt
check 4 $? "up with a NULL checksum"
grep -qxF "migrate: error: version 000001 ('a') has no checksum in public.schema_migrations (set by hand?); if the database matches 'migrations/000001_a.up.sql', record its checksum with 'migrate up --accept-edit 000001'" err.txt ||
	fail "NULL checksum: the message: $(cat err.txt)"
grep -q "runtime error" err.txt && fail "NULL checksum: $(cat err.txt)"
"$M" --database "$url" validate >out.txt 2>err.txt
check 4 $? "validate with a NULL checksum"
"$M" --database "$url" up --accept-edit 1 >out.txt 2>err.txt
check 0 $? "up --accept-edit of the NULL checksum"
[ "$(q "SELECT checksum FROM schema_migrations WHERE version = 1")" = "$(sha256sum migrations/000001_a.up.sql | cut -d' ' -f1)" ] ||
	fail "--accept-edit did not record the file's checksum"
[ "$(q "SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations")" = "1,2,3" ] ||
	fail "--accept-edit: the pending versions did not run"

# --- Loops of symbolic links: a path that leads nowhere, as a missing one (exit 2), not an I/O failure (exit 1) -------
fresh
ln -s loop_b loop_a && ln -s loop_a loop_b
"$M" --database "$url" -d loop_a up >out.txt 2>err.txt
check 2 $? "a migrations directory that is a loop of symbolic links"
grep -qxF "migrate: error: migrations directory 'loop_a' is a loop of symbolic links" err.txt || fail "directory loop: $(cat err.txt)"
printf 'CREATE TABLE a (id int);\n' >migrations/000001_a.up.sql
ln -s 000002_b.up.sql migrations/000002_b.up.sql
"$M" --database "$url" up >out.txt 2>err.txt
check 2 $? "a migration that is a link to itself"
grep -qxF "migrate: error: cannot read 'migrations/000002_b.up.sql': Too many levels of symbolic links" err.txt ||
	fail "link loop: $(cat err.txt)"
[ "$(q "SELECT count(*) FROM pg_class WHERE relname IN ('a', 'schema_migrations')")" = 0 ] || fail "link loop: something ran"
rm loop_a loop_b

# --- The disk fills (a temp_file_limit here): an ordinary server error, the ledger exact ---------------------------
fresh
printf 'CREATE TABLE a (id int);\n' >migrations/000001_a.up.sql
printf "SET LOCAL temp_file_limit = '64kB';\nCREATE TABLE b AS SELECT g FROM generate_series(1, 200000) g ORDER BY g DESC;\n" \
	>migrations/000002_b.up.sql
"$M" --database "$url" up >out.txt 2>err.txt
check 1 $? "up that exceeds temp_file_limit"
grep -q "^migrate: error: migrations/000002_b.up.sql:2:1: ERROR 53400: temporary file size exceeds temp_file_limit (64kB) (statement 2 of 2: CREATE TABLE b AS .*); rolled back, nothing of it was applied$" err.txt ||
	fail "temp_file_limit: $(cat err.txt)"
[ "$(q "SELECT string_agg(version::text, ',') FROM schema_migrations")" = 1 ] || fail "temp_file_limit: the ledger"
{ echo "-- migrate:no-transaction"; echo "CREATE TABLE c (id int);"; echo "SET temp_file_limit = '64kB';"; echo "CREATE TABLE b AS SELECT g FROM generate_series(1, 200000) g ORDER BY g DESC;"; } >migrations/000002_b.up.sql
"$M" --database "$url" up >out.txt 2>err.txt
check 1 $? "no-transaction up that exceeds temp_file_limit"
[ "$(q "SELECT dirty, statements_done, statements_total FROM schema_migrations WHERE version = 2")" = "t|2|3" ] ||
	fail "temp_file_limit, no-transaction: the ledger: $(q "SELECT * FROM schema_migrations WHERE version = 2")"

# --- A failover behind PgBouncer (session mode) ---------------------------------------------------------------------
# The server ends the migration's session (pg_terminate_backend, as a restart or a failover does); PgBouncer tells the
# client `FATAL: server conn crashed?` and closes.  libpq still said CONNECTION_OK: the error named neither the file
# nor the statement (`lost the connection to the server: FATAL: ...`), no FAIL line, and a warning asked whether a
# transaction-pooling proxy was in between.  The pin connection's FATAL lines were printed raw by libpq.
bdir=$(mktemp -d) && chmod 777 "$bdir"
sock=$(psql "$DATABASE_URL" -XAtc "SHOW unix_socket_directories" | cut -d, -f1)
port=$(psql "$DATABASE_URL" -XAtc "SHOW port")
user=$(psql "$DATABASE_URL" -XAtc "SELECT current_user")
cat >"$bdir/pgbouncer.ini" <<INI
[databases]
* = host=${sock:-localhost} port=$port user=$user
[pgbouncer]
listen_addr =
listen_port = 6433
unix_socket_dir = $bdir
auth_type = any
pool_mode = session
logfile = $bdir/pgbouncer.log
pidfile = $bdir/pgbouncer.pid
ignore_startup_parameters = extra_float_digits
INI
if [ "$(id -u)" = 0 ]; then
	chown -R postgres "$bdir" 2>/dev/null || chown -R nobody "$bdir"
	su "$(stat -c %U "$bdir")" -s /bin/sh -c "pgbouncer -d $bdir/pgbouncer.ini" || fail "pgbouncer did not start"
else
	pgbouncer -d "$bdir/pgbouncer.ini" || fail "pgbouncer did not start"
fi
for _ in $(seq 1 50); do [ -S "$bdir/.s.PGSQL.6433" ] && break; sleep 0.1; done
burl="host=$bdir port=6433 dbname=$db"
fresh
printf 'CREATE TABLE a (id int);\n' >migrations/000001_a.up.sql
printf 'CREATE TABLE b (id int);\nSELECT pg_sleep(30);\n' >migrations/000002_b.up.sql
"$M" --database "$burl" up >out.txt 2>err.txt &
pid=$!
for _ in $(seq 1 300); do
	[ "$(q "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'")" = 1 ] && break
	sleep 0.1
done
wait $pid
check 1 $? "up whose session a failover ended behind pgbouncer"
grep -qxF "FAIL  000002_b.up.sql  (*" <(sed 's/([0-9]* ms)/(*/' err.txt) || fail "pgbouncer: no FAIL line: $(cat err.txt)"
grep -q "^migrate: error: migrations/000002_b.up.sql: statement 2 of 2 (SELECT pg_sleep(30)): lost the connection to the server: .*'migrate status' tells$" err.txt ||
	fail "pgbouncer: the file and statement are not named: $(cat err.txt)"
grep -q "transaction-pooling proxy" err.txt && fail "pgbouncer: a failover said as a pooling mode: $(cat err.txt)"
grep -q "^FATAL" err.txt && fail "pgbouncer: libpq's raw lines: $(cat err.txt)"
[ "$(q "SELECT string_agg(version::text, ',') FROM schema_migrations")" = 1 ] || fail "pgbouncer: the ledger after the failover"
[ "$(q "SELECT count(*) FROM pg_class WHERE relname = 'b'")" = 0 ] || fail "pgbouncer: 000002 stayed half-applied"
# A no-transaction file: dirty at its exact progress, the error line whole (libpq's message on one line).
printf -- '-- migrate:no-transaction\nCREATE TABLE b (id int);\nSELECT pg_sleep(30);\n' >migrations/000002_b.up.sql
"$M" --database "$burl" up >out.txt 2>err.txt &
pid=$!
for _ in $(seq 1 300); do
	[ "$(q "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'")" = 1 ] && break
	sleep 0.1
done
wait $pid
check 1 $? "no-transaction up whose session a failover ended behind pgbouncer"
grep -q "^migrate: error: migrations/000002_b.up.sql:3:1: the connection failed: .* (statement 2 of 2: SELECT pg_sleep(30)); left dirty: the up migration stopped part-way; fix the database, then run 'migrate force 000002' once it matches the file's end state$" err.txt ||
	fail "pgbouncer, no-transaction: the error line: $(cat err.txt)"
[ "$(tail -n 1 err.txt | cut -c1-15)" = "migrate: error:" ] || fail "pgbouncer, no-transaction: lines after the error: $(cat err.txt)"
grep -q "transaction-pooling proxy" err.txt && fail "pgbouncer, no-transaction: said as a pooling mode: $(cat err.txt)"
[ "$(q "SELECT dirty, statements_done, statements_total FROM schema_migrations WHERE version = 2")" = "t|1|2" ] ||
	fail "pgbouncer, no-transaction: the ledger: $(q "SELECT * FROM schema_migrations WHERE version = 2")"
kill "$(cat "$bdir/pgbouncer.pid")" 2>/dev/null
rm -rf "$bdir"

[ "$failures" -eq 0 ] || exit 1
echo "migrate_faults_cli: ok"
