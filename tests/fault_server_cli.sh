#!/bin/bash
# The server misbehaving under diff and inspect, each a defect class found by probing (docs/catalog.md,
# "Timeouts"; docs/diff.md, "How a diff flows"):
#  - a role's statement_timeout and lock_timeout do not fail the catalog read: a table locked by another
#    session (a migration running) made the read wait past the role's timeouts; it now waits, as pg_dump does;
#  - a scratch batch the server failed for its own reason (a cancel, the connection ended) is said as such
#    (exit 1), not as models "rejected as a whole but each statement alone";
#  - the server's notices (a role's client_min_messages = debug1) stay off stderr;
#  - a role's search_path that would create a migration of schema public elsewhere is warned of;
#  - the server's messages in German (lc_messages): nothing depends on their English text.
# Usage: fault_server_cli.sh SCHEMAGEN MIGRATE
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
S=$(realpath "$1") M=$(realpath "$2")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
db="sgfsrv_$$"
role="sgfsrv_timeout_$$"
trap 'rm -rf "$work"; psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "DROP ROLE IF EXISTS $role" \
	>/dev/null 2>&1' EXIT
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
check() { # want got what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1 ($(tail -n 3 "$work/err.txt" 2>/dev/null))"
}
psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
url="$DATABASE_URL dbname=$db"
cd "$work" && mkdir models migrations
cat >models/a.yaml <<'YAML'
tables:
  - name: t1
    columns:
      - { name: id, type: bigint, primary_key: true }
  - name: t2
    columns:
      - { name: id, type: int, default: 5 }
    checks:
      - { name: t2_positive, expression: "id > 0" }
YAML
"$S" --database "$url" diff --write init >out.txt 2>err.txt; check 0 $? "diff --write init"
"$M" --database "$url" up >out.txt 2>err.txt; check 0 $? "migrate up init"

# hold SECONDS SQL: run SQL in a transaction of another session for SECONDS, in the background ($!); returns once
# that session holds its locks.
hold() {
	PGAPPNAME=sgfsrv_holder psql "$url" -qAt -c "BEGIN; $2; SELECT pg_sleep($1); COMMIT" >/dev/null 2>&1 &
	for _ in $(seq 1 100); do
		[ "$(psql "$url" -Atc "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'sgfsrv_holder'
			AND query LIKE '%pg_sleep%'")" = 1 ] && return 0
		sleep 0.05
	done
	return 1
}
# signal_waiter FUNCTION: pg_cancel_backend or pg_terminate_backend the schemagen session waiting for a lock.
signal_waiter() {
	for _ in $(seq 1 200); do
		[ "$(psql "$url" -Atc "SELECT count($1(pid)) FROM pg_stat_activity WHERE application_name = 'schemagen'
			AND wait_event_type = 'Lock'")" = 1 ] && return 0
		sleep 0.05
	done
	return 1
}

# --- The catalog read under a role's timeouts --------------------------------------------------------------------
# A migration holds the ledger and a table (ACCESS EXCLUSIVE) for 2 s; the catalog read (the ledger, and a table's
# check through pg_get_constraintdef) waits for it.  Under the role's lock_timeout of 100 ms and statement_timeout
# of 500 ms both commands failed ("catalog query 'constraints' failed: canceling statement due to lock timeout").
psql "$DATABASE_URL" -qc "CREATE ROLE $role LOGIN SUPERUSER; ALTER ROLE $role SET statement_timeout = '500ms';
	ALTER ROLE $role SET lock_timeout = '100ms'" || exit 1
hold 2 "LOCK TABLE schema_migrations, t2 IN ACCESS EXCLUSIVE MODE" || fail "the lock holder did not start"
"$S" --database "$url user=$role" diff --exit-code >out.txt 2>err.txt
check 0 $? "diff waiting for a migration's locks under a role's timeouts"
wait
hold 2 "LOCK TABLE t2 IN ACCESS EXCLUSIVE MODE" || fail "the lock holder did not start"
"$S" --database "$url user=$role" -m inspected inspect >out.txt 2>err.txt
check 0 $? "inspect waiting for a lock under a role's timeouts"
wait
grep -q "name: t2_positive" inspected/*.yaml || fail "inspect under a role's timeouts: $(cat inspected/*.yaml)"
# The user's own statements keep the role's settings: a migration run by that role still times out.
mkdir slow && printf 'SELECT pg_sleep(1);\n' >slow/000001_slow.up.sql
"$M" --database "$url user=$role" -d slow --table slow_migrations up >out.txt 2>err.txt
check 1 $? "a migration longer than the role's statement_timeout"
grep -q "canceling statement due to statement timeout" err.txt || fail "the migration's timeout: $(cat err.txt)"
psql "$url" -qc "DROP TABLE slow_migrations, slow_migrations_history" || exit 1

# --- A scratch batch failed by the server ------------------------------------------------------------------------
# A new table with a key to t1 waits in the scratch schema while another session writes t1 (ROW EXCLUSIVE); an
# operator cancels the diff's statement, or ends its session.  The cancel was reported as "the server rejected the
# models as a whole but each statement alone" (the statements, run again, passed once the writer was done), the
# ended session as "cannot begin the normalization transaction".
cat >>models/a.yaml <<'YAML'
  - name: t3
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: t1_id, type: bigint, references: { table: t1 } }
YAML
hold 3 "LOCK TABLE t1 IN ROW EXCLUSIVE MODE" || fail "the writer did not start"
"$S" --database "$url" diff >out.txt 2>err.txt &
pid=$!
signal_waiter pg_cancel_backend || fail "the diff did not wait for the writer"
wait $pid
check 1 $? "diff whose scratch batch was cancelled"
grep -qxF "schemagen: error: the server failed while trying the models in a scratch schema: canceling statement due to user request (SQLSTATE 57014)" err.txt ||
	fail "the cancel is not said: $(cat err.txt)"
wait
hold 3 "LOCK TABLE t1 IN ROW EXCLUSIVE MODE" || fail "the writer did not start"
"$S" --database "$url" diff >out.txt 2>err.txt &
pid=$!
signal_waiter pg_terminate_backend || fail "the diff did not wait for the writer"
wait $pid
check 1 $? "diff whose session was ended in the scratch batch"
grep -qxF "schemagen: error: lost the connection while trying the models in a scratch schema: terminating connection due to administrator command" err.txt ||
	fail "the ended session is not said: $(cat err.txt)"
wait
"$S" --database "$url" diff >out.txt 2>err.txt; check 0 $? "diff once the writer is done"

# --- The server's notices ------------------------------------------------------------------------------------------
# A role with client_min_messages = debug1: libpq printed the server's notices about schemagen's own scratch work
# ("DEBUG:  CREATE TABLE / PRIMARY KEY will create implicit index ...") on stderr, around the one line of the result;
# and a notice the server sends as it ends an idle session ("FATAL:  terminating connection ...", seen when the
# server restarted while a diff loaded its models) came as a line of its own before the error.
dbg="sgfsrv_debug_$$"
psql "$DATABASE_URL" -qc "CREATE ROLE $dbg LOGIN SUPERUSER; ALTER ROLE $dbg SET client_min_messages = 'debug1'" || exit 1
"$S" --database "$url user=$dbg" diff --exit-code >out.txt 2>err.txt; check 3 $? "diff under client_min_messages = debug1"
[ ! -s err.txt ] || fail "the server's notices on stderr: $(head -n 3 err.txt)"
"$S" --database "$url user=$dbg" -m inspected_dbg inspect >out.txt 2>err.txt; check 0 $? "inspect under debug1"
[ "$(wc -l <err.txt)" = 1 ] || fail "inspect printed the server's notices: $(head -n 3 err.txt)"
# check's scratch database made and dropped: the server's DEBUG lines of CREATE and DROP DATABASE were printed.
mkdir -p chk/migrations && cp models/a.yaml chk/ && printf 'SELECT 1;\n' >chk/migrations/000001_a.up.sql &&
	printf 'SELECT 1;\n' >chk/migrations/000001_a.down.sql
"$S" -m chk -d chk/migrations check --scratch-url "$DATABASE_URL user=$dbg" >out.txt 2>err.txt
grep -q "DEBUG:" err.txt && fail "check printed the server's notices: $(head -n 3 err.txt)"
psql "$DATABASE_URL" -qc "DROP ROLE $dbg" || exit 1

# --- A role whose search_path creates elsewhere ----------------------------------------------------------------------
# The files of schema public set no search_path: under a role's `other, public` the migration created t1 in other,
# and the next diff planned t1 again (its migrate then failed: "relation t1 already exists").  The diff says so.
sp="sgfsrv_path_$$"
psql "$DATABASE_URL" -qc "CREATE ROLE $sp LOGIN SUPERUSER; ALTER ROLE $sp SET search_path = other, public" \
	-c "CREATE DATABASE ${db}_sp" || exit 1
psql "$DATABASE_URL dbname=${db}_sp" -qc "CREATE SCHEMA other" || exit 1
mkdir sp && printf 'tables:\n  - { name: t1, columns: [ { name: id, type: int } ] }\n' >sp/a.yaml
"$S" --database "$DATABASE_URL dbname=${db}_sp user=$sp" -m sp -d sp/migrations diff >out.txt 2>err.txt
check 0 $? "diff under a role's search_path = other, public"
grep -qxF "schemagen: warn: this connection's search_path creates in schema 'other', not in 'public', which the models describe: a migration run with these settings puts its objects there (set the role's search_path to public, or give the models 'schema: other')" err.txt ||
	fail "the role's search_path is not said: $(cat err.txt)"
psql "$DATABASE_URL" -qc "ALTER ROLE $sp SET search_path = ''" || exit 1
"$S" --database "$DATABASE_URL dbname=${db}_sp user=$sp" -m sp -d sp/migrations diff >out.txt 2>err.txt
check 0 $? "diff under a role's empty search_path"
grep -q "search_path names no schema to create in" err.txt || fail "an empty search_path is not said: $(cat err.txt)"
"$S" --database "$DATABASE_URL dbname=${db}_sp" -m sp -d sp/migrations diff >out.txt 2>err.txt
check 0 $? "diff under the default search_path"
[ ! -s err.txt ] || fail "a warning under the default search_path: $(cat err.txt)"
psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_sp" -c "DROP ROLE $sp" || exit 1

# --- The server's messages in another language -------------------------------------------------------------------
# A PL/pgSQL body's `later.id%TYPE` names a table the models do not have (another batch's, or another tool's): left
# to run time, told by the error's context.  The test read the context's English words ("invalid type name"): under German messages ("ungültiger
# Typname") the valid model was refused (exit 2, "Syntaxfehler bei »%«").  The locale comes from scripts/setup.sh.
de="sgfsrv_de_$$"
psql "$DATABASE_URL" -qc "CREATE ROLE $de LOGIN SUPERUSER; ALTER ROLE $de SET lc_messages = 'de_DE.utf8'" \
	-c "CREATE DATABASE ${db}_de" || exit 1
deurl="$DATABASE_URL dbname=${db}_de user=$de"
[ "$(psql "$deurl" -Atc "SHOW lc_messages")" = de_DE.utf8 ] || fail "the German locale is missing: run scripts/setup.sh"
mkdir de && cat >de/a.yaml <<'YAML'
functions:
  - name: f_later
    definition: |
      CREATE FUNCTION f_later() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE x later.id%TYPE;
      BEGIN
        RETURN x;
      END $$;
YAML
"$S" --database "$deurl" -m de -d de/none diff >out.txt 2>err.txt; check 0 $? "diff of a %TYPE body under German messages"
# A real syntax error is still one, in German.
sed -i 's/RETURN x;/RETURN x +;/; s/later.id%TYPE/bigint/' de/a.yaml
"$S" --database "$deurl" -m de -d de/none diff >out.txt 2>err.txt; check 2 $? "diff of a bad body under German messages"
grep -q "de/a.yaml:7:19: function 'f_later': Syntaxfehler am Ende der Eingabe (SQLSTATE 42601)" err.txt ||
	fail "a bad body under German messages: $(cat err.txt)"
psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_de" -c "DROP ROLE $de" || exit 1

[ "$failures" = 0 ] || exit 1
echo "fault_server_cli: ok"
