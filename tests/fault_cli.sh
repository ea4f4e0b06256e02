#!/bin/bash
# Faults and hostile input around both commands, each a defect class found by
# probing (docs/migrate.md, "Faults"; docs/diff.md, "Writing the files"):
#  - two writers numbering migrations in one directory at once: `diff --write`
#    and `migrate create` lock the directory, and a diff whose directory gained
#    a migration while it planned writes nothing (exit 4), never a second file
#    of one version;
#  - a plan of several migrations whose second pair cannot be written leaves
#    none of them behind;
#  - migrate: a file starting with a UTF-8 byte order mark runs; a fifo or a
#    device named like a migration is refused (exit 2); a role with CREATE on
#    its schema but not on the database creates the tracking table; a role whose
#    search_path is pg_temp is refused before anything is created (exit 4);
#    a connection dropped inside a migration names the file and statement; a
#    run killed after a no-transaction file's last statement, before its
#    ledger write, is reported as complete with 'migrate force V' as the fix;
#  - inspect --split writes every file or none; diff interrupted by a signal
#    is exit 1 and one line, nothing written; a role's statement_timeout does
#    not fail the diff's rolled-back scratch work;
#  - check --scratch-url killed by SIGKILL: the next check drops its scratch
#    database (a live check's stays);
#  - models: a directory symlink loop, a directory over 16 levels deep and
#    YAML nested 100,000 deep are each one clear error (exit 2); bytes that are
#    not UTF-8 are placed at their line:column and byte offset; a file over
#    64 MiB, or files over 256 MiB together, are refused naming them (exit 2).
# Usage: fault_cli.sh SCHEMAGEN MIGRATE
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
S=$(realpath "$1") M=$(realpath "$2")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
holder=
trap '[ -n "$holder" ] && kill "$holder" 2>/dev/null; rm -rf "$work"' EXIT
db="sgfault_$$"
failures=0
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }
check() { # want got what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1 ($(tail -n 3 "$work/err.txt" 2>/dev/null))"
}
versions_unique() { # dir what
	local dup
	dup=$(ls "$1" | grep '\.up\.sql$' | cut -d_ -f1 | sort | uniq -d)
	[ -z "$dup" ] || fail "$2: two up files of version $dup: $(ls "$1" | tr '\n' ' ')"
}
# Wait until process $1 waits for a flock(2) (a line '-> FLOCK ... PID' in /proc/locks), or has ended.
wait_blocked() {
	for _ in $(seq 1 300); do
		grep -q -- "-> FLOCK .* $1 " /proc/locks && return 0
		kill -0 "$1" 2>/dev/null || return 1
		sleep 0.05
	done
	return 1
}
# Hold directory $1's lock in a background process of its own ($!), as another writer would.
hold_lock() {
	(
		exec 9<"$1"
		flock 9
		exec sleep 60
	) &
}
psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
url="$DATABASE_URL dbname=$db"
cd "$work"
mkdir models migrations
cat >models/a.yaml <<'YAML'
tables:
  - name: t1
    columns:
      - { name: id, type: bigint, primary_key: true }
YAML

# --- Two writers at once -----------------------------------------------------------------------------------------
# Another writer holds the directory's lock while this diff plans; once the diff waits for the lock, the other writer
# adds 000001_other and lets go.  Without the lock the diff wrote 000001_mine beside it: two files of version 1.
hold_lock migrations
holder=$!
sleep 0.2
"$S" --database "$url" diff --write mine >out.txt 2>err.txt &
pid=$!
wait_blocked $pid || fail "diff --write did not wait for the directory's lock"
printf 'CREATE TABLE other (id int);\n' >migrations/000001_other.up.sql
kill $holder
wait $holder 2>/dev/null
holder=
wait $pid
check 4 $? "diff --write whose directory gained a migration while it planned"
grep -q "'migrations/000001_other.up.sql' appeared while the plan was made" err.txt ||
	fail "the new migration is not named: $(cat err.txt)"
versions_unique migrations "diff --write racing another writer"
[ ! -e migrations/000001_mine.up.sql ] || fail "diff --write wrote 000001_mine beside 000001_other"
ls migrations | grep -q 'tmp' && fail "a temporary file stayed: $(ls migrations)"
rm migrations/000001_other.up.sql

# migrate create waits for the lock too, then numbers after what the other writer added.
hold_lock migrations
holder=$!
sleep 0.2
"$M" -d migrations create mine >out.txt 2>err.txt &
pid=$!
wait_blocked $pid || fail "migrate create did not wait for the directory's lock"
printf 'CREATE TABLE other (id int);\n' >migrations/000001_other.up.sql
kill $holder
wait $holder 2>/dev/null
holder=
wait $pid
check 0 $? "migrate create after another writer"
[ -e migrations/000002_mine.up.sql ] || fail "migrate create did not number after 000001_other: $(ls migrations)"
versions_unique migrations "migrate create racing another writer"
rm migrations/*

# Two diffs at once, for real: one writes, the other writes nothing or numbers after it, never a duplicate.
for round in 1 2 3; do
	"$S" --database "$url" diff --write aaa >/dev/null 2>err_a.txt &
	pa=$!
	"$S" --database "$url" diff --write bbb >/dev/null 2>err_b.txt
	wait $pa
	versions_unique migrations "two diff --write at once, round $round"
	rm -f migrations/*
done

# --- A plan of several migrations written whole or not at all ----------------------------------------------------
# A new enum value is its own migration (000001_..._enum_values), then the main step.  With a file size limit the
# small first pair is written and the second's up is not (EFBIG): every file of the plan must go.
cat >models/a.yaml <<'YAML'
enums:
  - { name: mood, values: [sad, ok] }
tables:
  - name: t1
    columns:
      - { name: id, type: bigint, primary_key: true }
YAML
"$S" --database "$url" diff --write init >/dev/null 2>err.txt; check 0 $? "diff --write init"
"$M" --database "$url" up >/dev/null 2>err.txt; check 0 $? "migrate up init"
python3 - <<'PY'
cols = "\n".join(f"      - {{ name: c{i}, type: mood, default: \"'happy'\", comment: \"column {i} of many\" }}"
                 for i in range(200))
open("models/a.yaml", "w").write(f"""enums:
  - {{ name: mood, values: [sad, ok, happy] }}
tables:
  - name: t1
    columns:
      - {{ name: id, type: bigint, primary_key: true }}
{cols}
""")
PY
(
	trap '' XFSZ
	ulimit -f 4
	exec "$S" --database "$url" diff --write grow 2>err.txt
) | cat >out.txt # the limit is the files' only: the plan printed goes through a pipe
check 1 "${PIPESTATUS[0]}" "diff --write whose second pair exceeds the file size limit"
grep -q "cannot write 'migrations/000003_grow.up.sql'" err.txt || fail "the file not written is not named: $(cat err.txt)"
[ "$(ls migrations | grep -c grow)" = 0 ] || fail "part of the plan stayed: $(ls migrations | tr '\n' ' ')"
grep '^wrote' out.txt && fail "'wrote' printed for files that were removed"
"$S" --database "$url" diff --write grow >out.txt 2>err.txt; check 0 $? "diff --write grow with room"
[ "$(ls migrations | grep -c grow)" = 4 ] || fail "the whole plan was not written: $(ls migrations | tr '\n' ' ')"

# --- diff and inspect interrupted ------------------------------------------------------------------------------------
# SIGTERM (or SIGINT) cancels the statement running and ends the command with exit 1 and one line, nothing written;
# it ended by the signal before (exit 143, no word, the server's backend left running its statement).
cat >models/a.yaml <<'YAML'
tables:
  - name: t1
    columns:
      - { name: id, type: bigint, primary_key: true }
  - name: t_new
    columns:
      - { name: id, type: bigint, primary_key: true }
YAML
mkfifo models/z.yaml
"$S" --database "$url" diff --write interrupted >out.txt 2>err.txt &
pid=$!
# Once its backend has read the catalog (idle after COMMIT), the diff waits for the models' last file.
for _ in $(seq 1 300); do
	[ "$(psql "$url" -Atc "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'schemagen'
		AND state = 'idle' AND query = 'COMMIT'")" = 1 ] && break
	sleep 0.1
done
kill -TERM $pid
sleep 0.5
(exec 7<>models/z.yaml) # lets a reader still waiting on the fifo go on: it reads an empty file
wait $pid
check 1 $? "diff --write interrupted by SIGTERM"
grep -q "interrupted: the diff stopped, nothing was written" err.txt || fail "diff interrupted: $(cat err.txt)"
[ -z "$(ls migrations | grep interrupted)" ] || fail "an interrupted diff wrote: $(ls migrations)"
rm models/z.yaml
ls migrations | grep -q tmp && fail "temporary files after the interrupted diff: $(ls migrations)"

# --- diff under a role's statement_timeout ---------------------------------------------------------------------------
# The scratch schema's batch of 400 tables takes longer than a role's 100 ms: the diff failed, "the server rejected
# the models as a whole but each statement alone".  The rolled-back scratch work runs without the role's timeouts.
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_t" || exit 1
trole="sgfault_timeout_$$"
psql "$DATABASE_URL" -qc "CREATE ROLE $trole LOGIN SUPERUSER; ALTER ROLE $trole SET statement_timeout = '100ms';
	ALTER ROLE $trole SET idle_in_transaction_session_timeout = '100ms'" || exit 1
mkdir -p "$work/many" && python3 - "$work/many/m.yaml" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("tables:\n")
    for i in range(400):
        f.write(f"  - name: t{i}\n    columns:\n      - {{ name: id, type: bigint, primary_key: true }}\n"
                f"      - {{ name: v, type: text, nullable: false, default: \"'x'\", unique: true }}\n")
PY
"$S" --database "$DATABASE_URL dbname=${db}_t user=$trole" -m "$work/many" -d "$work/many/none" diff >out.txt 2>err.txt
check 0 $? "diff of 400 tables under a role's statement_timeout of 100 ms"
psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_t WITH (FORCE)" -c "DROP ROLE $trole" || exit 1

# --- inspect --split: all files or none ------------------------------------------------------------------------------
# One table's file exceeds the file size limit: the files before it stayed (a partial models directory, which a diff
# reads as "drop every other table"); with --force the old files were removed first.
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_i" || exit 1
iurl="$DATABASE_URL dbname=${db}_i"
psql "$iurl" -qc "CREATE TABLE a_small (id int); CREATE TABLE b_small (id int); CREATE TABLE zz_big (id int);
	COMMENT ON TABLE zz_big IS '$(head -c 6000 /dev/zero | tr '\0' x)'" || exit 1
(
	trap '' XFSZ
	ulimit -f 4
	exec "$S" --database "$iurl" -m split inspect --split 2>err.txt
) | cat >out.txt
check 1 "${PIPESTATUS[0]}" "inspect --split with a file over the size limit"
grep -q "cannot write 'split/zz_big.yaml'" err.txt || fail "the file not written is not named: $(cat err.txt)"
[ -z "$(ls -A split 2>/dev/null)" ] || fail "inspect --split left part of the models: $(ls -A split | tr '\n' ' ')"
mkdir -p old && printf 'tables: []\n' >old/keep.yaml
(
	trap '' XFSZ
	ulimit -f 4
	exec "$S" --database "$iurl" -m old inspect --split --force 2>err.txt
) | cat >out.txt
check 1 "${PIPESTATUS[0]}" "inspect --split --force with a file over the size limit"
[ "$(ls -A old)" = keep.yaml ] || fail "inspect --split --force changed the directory it failed to write: $(ls -A old)"
"$S" --database "$iurl" -m split inspect --split >out.txt 2>err.txt; check 0 $? "inspect --split with room"
[ "$(ls split | wc -l)" = 4 ] || fail "inspect --split with room: $(ls split | tr '\n' ' ')"

# --- models directories a hostile operator makes ------------------------------------------------------------------
mkdir -p bad/sub && printf 'tables:\n  - { name: m1, columns: [ { name: id, type: int } ] }\n' >bad/a.yaml
# A symbolic link back up: every file was read again at each level until the path was too long (80 errors).
ln -s .. bad/sub/loop
"$S" -m bad validate >out.txt 2>err.txt; check 2 $? "validate with a symbolic link loop"
grep -q "models directory 'bad/sub/loop' is 'bad' again (a symbolic link loop)" err.txt ||
	fail "the loop is not named: $(head -c 600 err.txt)"
[ "$(wc -l <err.txt)" = 1 ] || fail "the loop gave $(wc -l <err.txt) lines, not one"
rm bad/sub/loop
# Deeper than 16 levels: the files were left out without a word (a diff would drop their tables).
mkdir -p "bad/$(printf 'd/%.0s' $(seq 1 17))"
printf 'tables:\n  - { name: deep, columns: [ { name: id, type: int } ] }\n' >"bad/$(printf 'd/%.0s' $(seq 1 17))deep.yaml"
"$S" -m bad validate >out.txt 2>err.txt; check 2 $? "validate with a model file 18 levels down"
grep -q "is nested more than 16 levels deep" err.txt || fail "the deep directory is not named: $(cat err.txt)"
rm -r bad/d
# Collections nested 100,000 deep: libyaml's scanner is quadratic there (minutes); refused at level 100.
python3 -c "print('tables: ' + '[' * 100000 + ']' * 100000)" >bad/a.yaml
timeout 20 "$S" -m bad validate >out.txt 2>err.txt; check 2 $? "validate of YAML nested 100,000 deep"
grep -q "bad/a.yaml:1:.*collections nested more than 100 levels deep" err.txt || fail "deep YAML: $(cat err.txt)"
# Bytes that are not UTF-8 in the third line: reported at 1:1 before, with no offset.
printf 'tables:\n  - name: t\n    comment: caf\xff\n    columns: [ { name: id, type: int } ]\n' >bad/a.yaml
"$S" -m bad validate >out.txt 2>err.txt; check 2 $? "validate of a file that is not UTF-8"
grep -q "bad/a.yaml:3:17: invalid YAML: invalid leading UTF-8 octet at byte offset 36 (0xFF)" err.txt ||
	fail "not UTF-8: $(cat err.txt)"
# Size limits (docs/models.md, "Limits"): a 100 MB comment took 16 s and 583 MB to load.  Refused before it is
# parsed, the file named; a fifo is counted as it is read; the files together too.
printf 'tables:\n  - { name: m1, columns: [ { name: id, type: int } ] }\n' >bad/a.yaml
truncate -s 65M bad/b.yaml
timeout 20 "$S" -m bad validate >out.txt 2>err.txt; check 2 $? "validate of a 65 MiB model file"
grep -qxF "schemagen: error: model file 'bad/b.yaml' is larger than 64 MiB (65.0 MiB), the limit of a model file: split it, or take out what is not the schema" err.txt ||
	fail "a model file over the limit: $(cat err.txt)"
rm bad/b.yaml && mkfifo bad/b.yaml
(printf 'tables: []\n# '; head -c 70000000 /dev/zero | tr '\0' x) >bad/b.yaml &
timeout 20 "$S" -m bad validate >out.txt 2>err.txt; check 2 $? "validate of a fifo over the limit"
wait
grep -qxF "schemagen: error: model file 'bad/b.yaml' is larger than 64 MiB, the limit of a model file: split it, or take out what is not the schema" err.txt ||
	fail "a fifo over the limit: $(cat err.txt)"
rm bad/b.yaml
for f in b c d e f; do truncate -s 60M "bad/$f.yaml"; done
timeout 20 "$S" -m bad validate >out.txt 2>err.txt; check 2 $? "validate of 300 MiB of model files"
grep -qxF "schemagen: error: the model files of 'bad' are larger than 256 MiB together (300.0 MiB), the limit of all model files" err.txt ||
	fail "model files over the limit together: $(cat err.txt)"
rm -r bad

# --- check --scratch-url killed: its scratch database does not stay for ever ------------------------------------------
# A check killed with SIGKILL cannot drop its database; the next check on the server drops those of this host whose
# process is gone (named in the database's comment), and leaves a running check's alone.
mkdir -p "$work/chk/models" "$work/chk/migrations" && cd "$work/chk"
printf 'tables:\n  - { name: c1, columns: [ { name: id, type: int } ] }\n' >models/a.yaml
printf 'CREATE TABLE c1 (id int);\n' >migrations/000001_c1.up.sql
printf 'DROP TABLE c1;\n' >migrations/000001_c1.down.sql
printf 'SELECT pg_sleep(30);\n' >migrations/000002_slow.up.sql
printf 'SELECT 1;\n' >migrations/000002_slow.down.sql
"$S" check --scratch-url "$DATABASE_URL" >out.txt 2>err.txt &
pid=$!
for _ in $(seq 1 300); do
	[ "$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'
		AND datname LIKE 'schemagen\_check\_${pid}\_%'")" = 1 ] && break
	sleep 0.1
done
kill -KILL $pid
wait $pid 2>/dev/null
killed=$(psql "$DATABASE_URL" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'schemagen\_check\_${pid}\_%'")
[ -n "$killed" ] || fail "the killed check's scratch database was not seen"
# A database a live check of this host owns (this shell's pid, start time unknown): kept.
live="schemagen_check_$$_99"
psql "$DATABASE_URL" -qc "CREATE DATABASE $live" -c "COMMENT ON DATABASE $live IS
	'schemagen check host $(uname -n) pid $$ start 0'" || exit 1
rm migrations/000002_slow.*
"$S" check --scratch-url "$DATABASE_URL" >out.txt 2>err.txt; check 0 $? "check after a killed check"
[ -z "$(psql "$DATABASE_URL" -Atc "SELECT datname FROM pg_database WHERE datname = '$killed'")" ] ||
	fail "the killed check's scratch database '$killed' is still there"
[ -n "$(psql "$DATABASE_URL" -Atc "SELECT datname FROM pg_database WHERE datname = '$live'")" ] ||
	fail "a live check's scratch database was dropped"
psql "$DATABASE_URL" -qc "DROP DATABASE $live" || exit 1
cd "$work"

# --- migrate: a byte order mark ----------------------------------------------------------------------------------
# Windows editors start a file with EF BB BF: it was sent to the server, a syntax error at "\xEF\xBB\xBFcreate".
# It is skipped (the directive after it still counts); the checksum stays the file's bytes.
mkdir "$work/bom" && cd "$work/bom"
printf '\xef\xbb\xbfCREATE TABLE bom_t (id int);\r\nINSERT INTO bom_t VALUES (1);\r\n' >000001_bom.up.sql
printf '\xef\xbb\xbf-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY bom_i ON bom_t (id);\n' >000002_cic.up.sql
printf '\xef\xbb\xbfSELECT 1;\nSELECT nosuch;\n' >000003_err.up.sql
"$M" --database "$url" --table bom_migrations -d . up 2 >out.txt 2>err.txt; check 0 $? "migrate up of files with a byte order mark"
[ "$(psql "$url" -Atc "SELECT checksum FROM bom_migrations WHERE version = 1")" = \
	"$(sha256sum 000001_bom.up.sql | cut -d' ' -f1)" ] || fail "the checksum is not the file's bytes'"
[ "$(psql "$url" -Atc "SELECT statements_total FROM bom_migrations WHERE version = 2")" = 1 ] ||
	fail "the no-transaction directive after a byte order mark was not seen"
"$M" --database "$url" --table bom_migrations -d . up >out.txt 2>err.txt; check 1 $? "migrate up of a failing file with a byte order mark"
grep -q "000003_err.up.sql:2:8: ERROR 42703" err.txt || fail "position after a byte order mark: $(cat err.txt)"
rm 000003_err.up.sql
cd "$work"

# --- migrate: a pipe or a device named like a migration --------------------------------------------------------------
# Reading a fifo waited for ever; a link to /dev/zero was hashed for ever, before its first byte was checked.
mkdir "$work/special" && cd "$work/special"
mkfifo 000001_fifo.up.sql
timeout -s KILL 20 "$M" --database "$url" -d . up >out.txt 2>err.txt; check 2 $? "migrate up with a fifo"
grep -q "'000001_fifo.up.sql' is not a regular file" err.txt || fail "the fifo is not named: $(cat err.txt)"
rm 000001_fifo.up.sql && ln -s /dev/zero 000001_zero.up.sql
timeout -s KILL 20 "$M" -d . validate >out.txt 2>err.txt; check 2 $? "migrate validate with a link to /dev/zero"
grep -q "'000001_zero.up.sql' is not a regular file" err.txt || fail "/dev/zero is not named: $(cat err.txt)"
cd "$work"

# --- migrate: a role that may create in its schema, not in the database --------------------------------------------
# CREATE SCHEMA IF NOT EXISTS public needs CREATE on the database even when public exists: the first up failed with
# "permission denied for database" for the role PostgreSQL 15's public schema asks to be granted CREATE on it.
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_g" || exit 1
gurl="$DATABASE_URL dbname=${db}_g"
grole="sgfault_grant_$$"
psql "$gurl" -qc "CREATE ROLE $grole LOGIN; REVOKE CREATE ON DATABASE ${db}_g FROM PUBLIC;
	REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT CREATE ON SCHEMA public TO $grole" || exit 1
mkdir "$work/grant" && printf 'CREATE TABLE granted (id int);\n' >"$work/grant/000001_g.up.sql"
"$M" --database "$gurl user=$grole" -d "$work/grant" up >out.txt 2>err.txt; check 0 $? "up by a role with CREATE on public"
"$M" --database "$gurl user=$grole" -d "$work/grant" --schema other up >out.txt 2>err.txt
check 1 $? "up by that role into a schema it may not create"
grep -q "cannot create the tracking table other.schema_migrations: ERROR:  permission denied for database" err.txt ||
	fail "a schema the role may not create: $(cat err.txt)"
psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_g WITH (FORCE)" -c "DROP ROLE $grole" || exit 1

# --- migrate: a role whose search_path creates in pg_temp ----------------------------------------------------------
# The migration's table went to the session's temporary schema and vanished; the version stayed recorded as applied.
role="sgfault_tmp_$$"
psql "$url" -qc "CREATE ROLE $role LOGIN SUPERUSER; ALTER ROLE $role SET search_path = pg_temp" || exit 1
mkdir "$work/tmp" && printf 'CREATE TABLE kept (id int);\n' >"$work/tmp/000001_kept.up.sql"
"$M" --database "$url user=$role" -d "$work/tmp" --table tmp_migrations up >out.txt 2>err.txt
check 4 $? "migrate up with search_path = pg_temp"
grep -q "search_path ('pg_temp') creates in its temporary schema" err.txt || fail "pg_temp not said: $(cat err.txt)"
[ "$(psql "$url" -Atc "SELECT count(*) FROM pg_class WHERE relname IN ('tmp_migrations', 'kept')")" = 0 ] ||
	fail "something was created under search_path = pg_temp"
psql "$url" -qc "DROP OWNED BY $role; DROP ROLE $role" || exit 1

# --- migrate: the server connection dropped inside a migration -------------------------------------------------------
# Wait until the migration's pg_sleep runs, then end its backend as an operator (or a failover) would.
terminate_sleeper() {
	for _ in $(seq 1 300); do
		n=$(psql "$url" -Atc "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE query LIKE 'SELECT pg_sleep(30)%' AND pid <> pg_backend_pid()")
		[ "$n" = 1 ] && return 0
		sleep 0.1
	done
	return 1
}
mkdir "$work/drop" && cd "$work/drop"
printf 'CREATE TABLE d1 (id int);\nSELECT pg_sleep(30);\nCREATE TABLE d2 (id int);\n' >000001_d.up.sql
"$M" --database "$url" --table drop_migrations -d . up >out.txt 2>err.txt &
pid=$!
terminate_sleeper || fail "the transactional migration's statement was not seen running"
wait $pid
check 1 $? "migrate up whose connection was dropped"
grep -q "FAIL  000001_d.up.sql" err.txt || fail "no FAIL line for the migration that lost its connection: $(cat err.txt)"
grep -q "error: ./000001_d.up.sql: statement 2 of 3 (SELECT pg_sleep(30)): lost the connection" err.txt ||
	fail "the lost connection does not name the file and statement: $(cat err.txt)"
grep -q "'migrate status' tells" err.txt || fail "the outcome is not said: $(cat err.txt)"
"$M" --database "$url" --table drop_migrations -d . status >out.txt 2>err.txt
grep -q "000001 .*pending" out.txt || fail "after the drop: $(cat out.txt)"
[ "$(psql "$url" -Atc "SELECT count(*) FROM pg_class WHERE relname IN ('d1', 'd2')")" = 0 ] ||
	fail "part of the migration stayed after the connection was dropped"
# The same in a no-transaction file: left dirty, the message without a made-up SQLSTATE.
printf -- '-- migrate:no-transaction\nCREATE TABLE n1 (id int);\nSELECT pg_sleep(30);\n' >000001_d.up.sql
"$M" --database "$url" --table drop2_migrations -d . up >out.txt 2>err.txt &
pid=$!
terminate_sleeper || fail "the no-transaction migration's statement was not seen running"
wait $pid
check 1 $? "migrate up (no transaction) whose connection was dropped"
grep -q "000001_d.up.sql:3:1: the connection failed: server closed the connection" err.txt ||
	fail "no-transaction lost connection: $(cat err.txt)"
grep -q '?????' err.txt && fail "a made-up SQLSTATE: $(cat err.txt)"
"$M" --database "$url" --table drop2_migrations -d . up >out.txt 2>err.txt; check 4 $? "up after the drop (dirty)"
grep -q "stopped after 1 of 2 statements" err.txt || fail "dirty progress after the drop: $(cat err.txt)"
cd "$work"

# --- migrate --wait interrupted: said as an interruption, not as a wait that ran out --------------------------------
mkdir "$work/wait"
"$M" --database "host=$work/no-server dbname=x" --wait 60s -d "$work/wait" up >out.txt 2>err.txt &
pid=$!
sleep 1
kill -TERM $pid
wait $pid
check 1 $? "migrate --wait interrupted"
grep -q "interrupted while waiting for the server" err.txt || fail "--wait interrupted: $(cat err.txt)"

# --- migrate: killed between a no-transaction file's last statement and its ledger write ------------------------------
# Another session holds the history table while the file's last statement runs, so the run blocks when it marks the
# version clean; it is killed there.  Every statement ran: the repair is 'migrate force V', not "fix the database by
# hand" (which it said, as for a file stopped half-way).
mkdir "$work/kill" && cd "$work/kill"
printf -- '-- migrate:no-transaction\nCREATE TABLE k1 (id int);\nSELECT pg_sleep(3);\n' >000001_k.up.sql
"$M" --database "$url" --table k_migrations -d . up >out.txt 2>err.txt &
pid=$!
for _ in $(seq 1 300); do
	[ "$(psql "$url" -Atc "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(3)%'")" = 1 ] && break
	sleep 0.1
done
PGAPPNAME=fault_holder psql "$url" -qc "BEGIN; LOCK TABLE k_migrations_history IN EXCLUSIVE MODE;
	SELECT pg_sleep(60)" >/dev/null 2>&1 &
holder_psql=$!
for _ in $(seq 1 300); do
	[ "$(psql "$url" -Atc "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'schemagen migrate'
		AND wait_event_type = 'Lock'")" = 1 ] && break
	sleep 0.1
done
kill -KILL $pid
wait $pid 2>/dev/null
psql "$url" -Atc "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
	WHERE application_name IN ('fault_holder', 'schemagen migrate')" >/dev/null
wait $holder_psql 2>/dev/null
"$M" --database "$url" --table k_migrations -d . status >out.txt 2>err.txt
grep -q "up file: all 2 statements completed, the run was gone before it recorded the end" out.txt ||
	fail "status after a kill at the ledger write: $(cat out.txt)"
"$M" --database "$url" --table k_migrations -d . up >out.txt 2>err.txt; check 4 $? "up after a kill at the ledger write"
grep -q "all 2 statements of its up file completed.*record it with 'migrate force 000001'" err.txt ||
	fail "the repair after a kill at the ledger write: $(cat err.txt)"
"$M" --database "$url" --table k_migrations -d . force 000001 >out.txt 2>err.txt; check 0 $? "force after the kill"
"$M" --database "$url" --table k_migrations -d . up >out.txt 2>err.txt; check 0 $? "up after force"
cd "$work"

psql "$DATABASE_URL" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null 2>&1
psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_i WITH (FORCE)" >/dev/null 2>&1
[ "$failures" = 0 ] || exit 1
echo "fault_cli: ok"
