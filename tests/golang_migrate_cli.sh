#!/bin/sh
# golang-migrate's command lines, run verbatim against a real server: the five
# lines of issue 15 that teams have in their Makefiles and Dockerfiles, then
# every form of golang-migrate's usage text (create with -ext -dir -seq -digits
# -format -tz, goto, up N, down N / -all / bare, drop / -f, force V / -1,
# version, -prefetch, -lock-timeout, -verbose, -source, -version, -help) and
# its URL options.  Each line's exit code and what it left in the database
# are checked.  `migrate` is on PATH, so the lines read as they are written;
# only golang-migrate's `/app/migrations` becomes "$APP/migrations", a
# directory of this test.  A terminal, where one must answer, is script(1)'s.
# Usage: golang_migrate_cli.sh MIGRATE
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
mkdir "$work/bin" "$work/proj"
ln -s "$M" "$work/bin/migrate"
PATH="$work/bin:$PATH"
export PATH
cd "$work/proj" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The server as golang-migrate is given it: a postgres:// URL (a password comes from PGPASSWORD).
set -- $(psql "$ADMIN_URL" -XAtc "SELECT coalesce(host(inet_server_addr()),
	split_part(current_setting('unix_socket_directories'), ',', 1)), current_setting('port'), current_user" -F ' ')
PGH=$1 PGP=$2 PGU=$3
newdb() { # NAME: a fresh database; prints its URL
	psql "$ADMIN_URL" -qXc "CREATE DATABASE $1" >/dev/null || exit 1
	dbs="$dbs $1"
	echo "postgres://$PGU@/$1?host=$PGH&port=$PGP&sslmode=disable"
}
q() { psql "$DATABASE_URL" -XAtc "$1" 2>&1; }
# run CODE WHAT CMD...: run CMD (stdout in out.txt, stderr in err.txt) and check its exit code
run() {
	want=$1 what=$2
	shift 2
	"$@" >"$work/out.txt" 2>"$work/err.txt"
	got=$?
	[ "$got" = "$want" ] || fail "$what: exit $got, expected $want: $(cat "$work/err.txt")"
}
# on a terminal: tty ANSWER CODE WHAT CMD... (the answer is typed at the prompt)
tty() {
	answer=$1 want=$2 what=$3
	shift 3
	printf '%s\n' "$answer" | script -qec "$*" /dev/null >"$work/err.txt" 2>&1
	got=$?
	[ "$got" = "$want" ] || fail "$what: exit $got, expected $want: $(cat "$work/err.txt")"
}
has() { grep -qF -- "$2" "$work/$1" || fail "$3: no '$2' in $1: $(cat "$work/$1")"; }
is() { [ "$1" = "$2" ] || fail "$3: got '$1', expected '$2'"; }

mkdir -p backend/migrations migrations
printf 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n' >backend/migrations/000001_create_users.up.sql
printf 'DROP TABLE users;\n' >backend/migrations/000001_create_users.down.sql
printf 'CREATE TABLE tags (id int, name text);\n' >backend/migrations/000002_add_tags.up.sql
printf 'DROP TABLE tags;\n' >backend/migrations/000002_add_tags.down.sql
APP="$work/app"
mkdir -p "$APP/migrations" && cp backend/migrations/* "$APP/migrations/"
cp backend/migrations/* migrations/
printf 'CREATE TABLE posts (id int);\n' >migrations/000003_posts.up.sql
printf 'DROP TABLE posts;\n' >migrations/000003_posts.down.sql

# ---- the five lines of the issue ----
DATABASE_URL=$(newdb gm_line1)
run 0 "line 1" migrate -path backend/migrations -database "$DATABASE_URL" up
has err.txt "2 applied, now at 000002" "line 1"
is "$(q "SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations")" "1,2" "line 1 ledger"
is "$(q "SELECT count(*) FROM pg_tables WHERE tablename IN ('users', 'tags')")" 2 "line 1 tables"
is "$(cat "$work/out.txt")" "" "line 1 prints nothing on stdout"

run 0 "line 4" migrate create -ext sql -dir backend/migrations -seq add_user_avatar
[ -f backend/migrations/000003_add_user_avatar.up.sql ] && [ -f backend/migrations/000003_add_user_avatar.down.sql ] ||
	fail "line 4: no 000003_add_user_avatar pair: $(ls backend/migrations)"
printf 'ALTER TABLE users ADD COLUMN avatar text;\n' >backend/migrations/000003_add_user_avatar.up.sql
printf 'ALTER TABLE users DROP COLUMN avatar;\n' >backend/migrations/000003_add_user_avatar.down.sql
run 0 "line 1 again, after line 4" migrate -path backend/migrations -database "$DATABASE_URL" up
is "$(q "SELECT count(*) FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'avatar'")" 1 \
	"the created migration ran"

DATABASE_URL=$(newdb gm_line2)
run 0 "line 2" migrate -path "$APP"/migrations -database $DATABASE_URL up
is "$(q "SELECT max(version) FROM schema_migrations")" 2 "line 2 ledger"

DATABASE_URL=$(newdb gm_line3)
run 0 "line 3 set-up" migrate -path migrations -database "$DATABASE_URL" up
run 0 "line 3" migrate -source file://migrations -database "$DATABASE_URL" down 1
has err.txt "OK  000003_posts.down.sql" "line 3"
is "$(q "SELECT to_regclass('posts') IS NULL AND to_regclass('tags') IS NOT NULL")" t "line 3 reverted only posts"
is "$(q "SELECT max(version) FROM schema_migrations")" 2 "line 3 ledger"

run 0 "line 5" migrate -path migrations -database "$DATABASE_URL" force 3
is "$(q "SELECT version || ' ' || method || ' ' || dirty FROM schema_migrations WHERE version = 3")" "3 force false" \
	"line 5: 3 declared applied and clean"
is "$(q "SELECT to_regclass('posts') IS NULL")" t "line 5 ran nothing"

# ---- the rest of golang-migrate's usage text ----
run 0 "-version" migrate -version
has out.txt "migrate " "-version"
run 0 "-help" migrate -help
has out.txt "--database, -database URL" "-help shows both spellings"
has out.txt "-path DIR" "-help shows -path"
has out.txt "-d, --migrations DIR" "-help shows ours"
run 0 "-h" migrate -h

run 0 "force -1" migrate -path migrations -database "$DATABASE_URL" force -1
is "$(q "SELECT count(*) FROM schema_migrations")" 0 "force -1: nothing applied"
is "$(q "SELECT count(*) FROM schema_migrations_history WHERE action = 'force' AND outcome = 'unapplied'")" 3 \
	"force -1 kept what it removed in the history"
run 2 "force -2" migrate -path migrations -database "$DATABASE_URL" force -2

DATABASE_URL=$(newdb gm_usage)
run 0 "up 1" migrate -path migrations -database "$DATABASE_URL" up 1
is "$(q "SELECT max(version) FROM schema_migrations")" 1 "up 1"
run 0 "goto 3" migrate -path migrations -database "$DATABASE_URL" goto 3
is "$(q "SELECT max(version) FROM schema_migrations")" 3 "goto 3"
run 0 "version" migrate -path migrations -database "$DATABASE_URL" version
is "$(cat "$work/out.txt")" "000003" "version prints on stdout"
run 0 "goto 1" migrate -path migrations -database "$DATABASE_URL" goto 1
is "$(q "SELECT max(version) FROM schema_migrations")" 1 "goto 1"
run 0 "down -all" migrate -path migrations -database "$DATABASE_URL" down -all
is "$(q "SELECT count(*) FROM schema_migrations")" 0 "down -all"
run 2 "down 1 -all" migrate -path migrations -database "$DATABASE_URL" down 1 -all
run 0 "-verbose up" migrate -verbose -path migrations -database "$DATABASE_URL" up
has err.txt "finished after" "-verbose prints the time"
run 0 "-prefetch, -lock-timeout" migrate -prefetch 10 -lock-timeout 15 -path migrations -database "$DATABASE_URL" up
has err.txt "no change, at 000003" "-prefetch 10 -lock-timeout 15 up"
run 0 "--flag=value, as Go reads it too" migrate --path=migrations -database="$DATABASE_URL" -verbose=false version
is "$(cat "$work/out.txt")" "000003" "--path=migrations -database=URL version"

# A bare down reverts everything, but only once a person says so.
run 4 "bare down without a terminal" migrate -path migrations -database "$DATABASE_URL" down
is "$(q "SELECT count(*) FROM schema_migrations")" 3 "bare down without a terminal reverted nothing"
tty n 4 "bare down answered n" migrate -path migrations -database "'$DATABASE_URL'" down
has err.txt "Are you sure you want to apply all down migrations? [y/N]" "the question"
is "$(q "SELECT count(*) FROM schema_migrations")" 3 "bare down answered n reverted nothing"
tty y 0 "bare down answered y" migrate -path migrations -database "'$DATABASE_URL'" down
is "$(q "SELECT count(*) FROM schema_migrations")" 0 "bare down answered y reverted all"

# golang-migrate's -lock-timeout bounds the wait for the migration lock, and nothing else.
mkdir lt
printf "CREATE TABLE seen AS SELECT current_setting('lock_timeout') AS lt;\n" >lt/000001_seen.up.sql
DATABASE_URL=$(newdb gm_lock)
key=$(q "SELECT ('x' || left(encode(sha256(convert_to('public.schema_migrations', 'UTF8')), 'hex'), 16))::bit(64)::bigint")
psql "$DATABASE_URL" -qXc "SELECT pg_advisory_lock($key), pg_sleep(4)" >/dev/null 2>&1 &
holder=$!
sleep 0.5
t0=$(date +%s)
run 1 "-lock-timeout 1 while another holds the lock" migrate -path lt -database "$DATABASE_URL" -lock-timeout 1 up
has err.txt "lock timeout" "-lock-timeout 1"
[ $(($(date +%s) - t0)) -le 3 ] || fail "-lock-timeout 1 waited $(($(date +%s) - t0)) s"
wait $holder
run 0 "-lock-timeout 15 up" migrate -path lt -database "$DATABASE_URL" -lock-timeout 15 up
is "$(q "SELECT lt FROM seen")" "0" "-lock-timeout leaves each migration's lock_timeout alone"

# The URL: golang-migrate's options out, the rest for libpq and the server.
mkdir st
printf 'SELECT pg_sleep(2);\n' >st/000001_slow.up.sql
DATABASE_URL=$(newdb gm_url)
run 1 "x-statement-timeout" migrate -path st -database "$DATABASE_URL&x-statement-timeout=200" up
has err.txt "statement timeout" "x-statement-timeout=200"
run 0 "x-multi-statement" migrate -verbose -path backend/migrations -database "$DATABASE_URL&x-multi-statement=true" up
has err.txt "x-multi-statement has no effect" "-verbose says x-multi-statement does nothing"
run 2 "unknown x- option" migrate -path migrations -database "$DATABASE_URL&x-no-such=1" up
has err.txt "unknown option 'x-no-such'" "unknown x- option named"
DATABASE_URL=$(newdb gm_search_path)
q "CREATE SCHEMA app" >/dev/null
run 0 "search_path in the URL" migrate -path migrations -database "$DATABASE_URL&search_path=app" up
is "$(q "SELECT count(*) FROM app.schema_migrations")" 3 "search_path=app: the ledger is in app"
is "$(q "SELECT to_regclass('app.posts') IS NOT NULL")" t "search_path=app: the migrations ran in app"
DATABASE_URL=$(newdb gm_table)
run 0 "x-migrations-table" migrate -path migrations -database "$DATABASE_URL&x-migrations-table=my_ledger" up
is "$(q "SELECT count(*) FROM public.my_ledger")" 3 "x-migrations-table=my_ledger"
run 2 "-source github://" migrate -source github://owner/repo/migrations -database "$DATABASE_URL" up
has err.txt "source 'github' is not supported" "other source drivers"
run 2 "-database mysql://" migrate -path migrations -database "mysql://u@h/db" up
has err.txt "scheme 'mysql' is not PostgreSQL's" "other database drivers"
run 2 "--table against x-migrations-table" migrate -path migrations --table other \
	-database "$DATABASE_URL&x-migrations-table=my_ledger" up
has err.txt "--table 'other' and the database URL's x-migrations-table 'my_ledger' disagree" "a contradiction"
run 2 "-d against -path" migrate -d backend/migrations -path migrations -database "$DATABASE_URL" up
has err.txt "name different migrations directories" "two directories"
run 0 "-d and -source naming one directory" migrate -d migrations/ -source file://migrations \
	-database "$DATABASE_URL&x-migrations-table=my_ledger" version
DATABASE_URL=$(newdb gm_pgx)
run 0 "pgx5://" migrate -path migrations -database "pgx5://${DATABASE_URL#postgres://}&x-migrations-table=pgx_ledger" up
is "$(q "SELECT count(*) FROM pgx_ledger")" 3 "pgx5:// URLs"

# ---- create ----
mkdir c && cd c || exit 1
run 0 "create -digits 4" migrate create -ext sql -dir d4 -seq -digits 4 first
run 0 "create -digits 4 again" migrate create -ext sql -dir d4 -seq -digits 4 second
is "$(ls d4 | tr '\n' ' ')" "0001_first.down.sql 0001_first.up.sql 0002_second.down.sql 0002_second.up.sql " "-digits 4"
run 0 "create -seq" migrate create -ext sql -dir seq -seq add_user_avatar
is "$(ls seq | tr '\n' ' ')" "000001_add_user_avatar.down.sql 000001_add_user_avatar.up.sql " "-seq"
before=$(TZ=Asia/Tokyo date +%Y%m%d%H)
run 0 "create -format -tz" migrate create -ext sql -dir tz -format 2006010215 -tz Asia/Tokyo stamp
after=$(TZ=Asia/Tokyo date +%Y%m%d%H)
f=$(ls tz | head -1)
[ "$f" = "${before}_stamp.down.sql" ] || [ "$f" = "${after}_stamp.down.sql" ] ||
	fail "-format 2006010215 -tz Asia/Tokyo: '$f', expected ${before}_stamp.down.sql"
before=$(date -u +%Y%m%d%H%M%S)
run 0 "create with the default timestamp" migrate create -ext sql -dir ts plain
after=$(date -u +%Y%m%d%H%M%S)
v=$(ls ts | head -1 | cut -d_ -f1)
[ "$v" -ge "$before" ] && [ "$v" -le "$after" ] || fail "default timestamp $v not in $before..$after"
before=$(date +%s)
run 0 "create -format unix" migrate create -ext .sql -dir ux -format unix u
after=$(date +%s)
v=$(ls ux | head -1 | cut -d_ -f1)
[ "$v" -ge "$before" ] && [ "$v" -le "$after" ] || fail "-format unix: $v not in $before..$after"
run 0 "create -format 2006" migrate create -ext sql -dir yr -format 2006 yearly
run 2 "create -format 2006 twice" migrate create -ext sql -dir yr -format 2006 again
has err.txt "duplicate migration version: $(date -u +%Y)" "a duplicate version is refused"
is "$(ls yr | wc -l)" 2 "the duplicate left no file"
run 2 "create without -ext" migrate create -dir x -seq name
has err.txt "-ext flag must be specified" "-ext is required with golang-migrate's flags"
run 2 "create -seq -format" migrate create -ext sql -seq -format 2006 x
has err.txt "mutually exclusive" "-seq and -format"
run 2 "create -ext json" migrate create -ext json -seq x
run 2 "create -format 2006-01-02" migrate create -ext sql -dir bad -format 2006-01-02 x
run 2 "create -tz Mars/Olympus" migrate create -ext sql -dir bad -tz Mars/Olympus x
mkdir here && cd here || exit 1
run 0 "create without -dir" migrate create -ext sql -seq here
[ -f 000001_here.up.sql ] || fail "without -dir, golang-migrate writes in the current directory: $(ls)"
cd "$work/proj" || exit 1

# ---- drop ----
DATABASE_URL=$(newdb gm_drop)
mkdir d
cat >d/000001_all.up.sql <<'SQL'
CREATE EXTENSION citext;
CREATE TYPE mood AS ENUM ('ok', 'meh');
CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE SEQUENCE counter;
CREATE TABLE users (id bigserial PRIMARY KEY, email citext, m mood, n posint DEFAULT nextval('counter'));
CREATE TABLE orders (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint REFERENCES users);
CREATE VIEW v AS SELECT id FROM users;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM v;
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS 'SELECT x + 1';
CREATE SCHEMA keep;
CREATE TABLE keep.t (id int);
SQL
printf 'SELECT 1;\n' >d/000001_all.down.sql
run 0 "drop set-up" migrate -path d -database "$DATABASE_URL" up
run 4 "drop without -f and without a terminal" migrate -path d -database "$DATABASE_URL" drop
has err.txt "give -f" "drop without -f"
is "$(q "SELECT to_regclass('users') IS NOT NULL")" t "drop without -f dropped nothing"
q "CREATE VIEW keep.w AS SELECT id FROM public.users" >/dev/null
run 4 "drop -f with a view of another schema on a table" migrate -path d -database "$DATABASE_URL" drop -f
has err.txt "view keep.w" "drop names what would go outside the schema"
is "$(q "SELECT to_regclass('users') IS NOT NULL AND to_regclass('keep.w') IS NOT NULL")" t \
	"a refused drop dropped nothing"
q "DROP VIEW keep.w" >/dev/null
tty n 4 "drop answered n" migrate -path d -database "'$DATABASE_URL'" drop
has err.txt "Are you sure you want to drop the entire database schema" "drop's question"
is "$(q "SELECT to_regclass('users') IS NOT NULL")" t "drop answered n dropped nothing"
run 0 "drop -f --dry-run" migrate -path d -database "$DATABASE_URL" drop -f --dry-run
has err.txt "would drop table public.users" "drop --dry-run lists"
has err.txt "nothing changed, at 000001" "drop --dry-run changed nothing"
run 0 "drop -f" migrate -path d -database "$DATABASE_URL" drop -f
left=$(q "SELECT string_agg(c.relname, ',' ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
	WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'S')")
is "$left" "schema_migrations_history,schema_migrations_history_id_seq" "drop -f left only the history"
is "$(q "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public'
	AND t.typname IN ('mood', 'posint')") $(q "SELECT count(*) FROM pg_proc WHERE proname = 'f'")" "0 0" \
	"types, domains and functions dropped"
is "$(q "SELECT count(*) FROM pg_extension WHERE extname = 'citext'") $(q "SELECT to_regclass('keep.t') IS NOT NULL")" \
	"1 t" "the extension and the other schema are left alone"
is "$(q "SELECT count(*) FROM schema_migrations_history WHERE action = 'drop'")" 1 "the drop is in the history"
run 0 "version after drop" migrate -path d -database "$DATABASE_URL" version
is "$(cat "$work/out.txt")" "none" "nothing applied after drop"
q "DROP EXTENSION citext; DROP SCHEMA keep CASCADE" >/dev/null
run 0 "up after drop" migrate -path d -database "$DATABASE_URL" up
is "$(q "SELECT to_regclass('mv') IS NOT NULL")" t "up after drop built it again"
tty y 0 "drop answered y" migrate -path d -database "'$DATABASE_URL'" drop
is "$(q "SELECT to_regclass('users') IS NULL AND to_regclass('keep.t') IS NOT NULL")" t "drop answered y"

[ "$failures" -eq 0 ] && echo "golang-migrate command lines: all checks passed"
exit "$failures"
