#!/bin/sh
# What the server finds wrong in the models is reported at its line and column
# in the file, inside block scalars too: a view's query (an unknown column,
# an operator), a table's check (at the check, not the table), and a
# function's body.
#
# The bodies of the models' LANGUAGE sql and plpgsql functions are checked by
# the server (catalog/normalize_bodies.c): a syntax error is bad input (exit 2,
# the file, line and column of the error inside the definition, nothing
# written), while a body that reads a table or column the migration creates,
# or that libpg_query's PL/pgSQL parser would not accept (ALIAS FOR $1, a
# cursor), is no error.  Before, such a body was created with
# check_function_bodies off and the migration applied; it failed when called.
# Usage: server_errors_cli.sh SCHEMAGEN MIGRATE
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
S=$(realpath "$1") M=$(realpath "$2")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
db="sgbodies_$$"
trap 'rm -rf "$work"; psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1' EXIT
psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
url="$DATABASE_URL dbname=$db"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
cd "$work" && mkdir models

# refused FILE_TEXT WANT: the models are refused with exit 2 and the one error line WANT; nothing written.
refused() {
	printf '%s' "$1" >models/a.yaml
	"$S" --database "$url" diff --write bad >out.txt 2>err.txt
	rc=$?
	[ "$rc" = 2 ] || fail "exit $rc, expected 2 for: $2 ($(cat err.txt))"
	grep -qxF "schemagen: error: $2" err.txt || fail "expected '$2', got: $(cat err.txt)"
	[ ! -d migrations ] || [ -z "$(ls migrations)" ] || fail "a migration was written for: $2"
}

refused 'functions:
  - name: f
    definition: |
      CREATE FUNCTION f() RETURNS int LANGUAGE sql
      AS $$
        SELECT 1;
        SELEC 2 $$;
' "models/a.yaml:7:9: function 'f': syntax error at or near \"SELEC\" (SQLSTATE 42601)"

refused 'tables:
  - name: t
    columns:
      - { name: id, type: int }
functions:
  - name: touch
    definition: |
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$
      BEGIN
        IF TG_OP = '"'UPDATE'"' THEN
          RETRUN NEW;
        END IF;
      END $body$;
' "models/a.yaml:11:11: function 'touch': syntax error at or near \"RETRUN\" (SQLSTATE 42601)"

# A body between single quotes (quotes doubled inside) on the definition's first line.
refused "functions:
  - name: g
    definition: \"CREATE FUNCTION g() RETURNS text LANGUAGE sql AS 'SELECT ''a'' FORM x'\"
" "models/a.yaml:3:86: function 'g': syntax error at or near \"x\" (SQLSTATE 42601)"

refused 'functions:
  - name: p
    definition: |
      CREATE PROCEDURE p() LANGUAGE plpgsql AS $$
      BEGIN
        x := 1;
      END $$;
' "models/a.yaml:6:9: procedure 'p': \"x\" is not a known variable (SQLSTATE 42601)"

# A BEGIN ATOMIC body is parsed when the function is created: its unknown column was put at the function's name
# (3:11), not in the body.
refused 'tables:
  - name: t
    columns:
      - { name: id, type: int }
functions:
  - name: f1
    definition: |
      CREATE FUNCTION f1() RETURNS int LANGUAGE sql
      BEGIN ATOMIC
        SELECT id
          FROM t WHERE nope = 1;
      END;
' "models/a.yaml:11:24: function 'f1': column \"nope\" does not exist (SQLSTATE 42703)"

# "At end of input" of a PL/pgSQL expression: the server's position is the space after `+`; the file shows the
# expression ending at the `;`.
refused 'functions:
  - name: f2
    definition: |
      CREATE FUNCTION f2() RETURNS int LANGUAGE plpgsql AS $$
      BEGIN
        RETURN 1 + ;
      END $$;
' "models/a.yaml:6:20: function 'f2': syntax error at end of input (SQLSTATE 42601)"

refused 'tables:
  - name: t
    columns:
      - { name: id, type: int }
      - { name: a, type: text }
views:
  - name: v
    query: |
      SELECT id,
        nosuch FROM t
' "models/a.yaml:10:9: view 'v': column \"nosuch\" does not exist (SQLSTATE 42703)"

refused 'tables:
  - name: t
    columns:
      - { name: id, type: int }
      - { name: a, type: text }
views:
  - name: w
    materialized: true
    query: "SELECT id, a + 1 FROM t"
' "models/a.yaml:9:26: materialized view 'w': operator does not exist: text + integer (SQLSTATE 42883)"

refused 'tables:
  - name: t
    columns:
      - { name: id, type: int }
      - { name: a, type: text }
    checks:
      - { name: c0, expression: "id > 0" }
      - { name: c1, expression: "a + 1 > 0" }
' "models/a.yaml:8:17: constraint 'c1' of table 't': operator does not exist: text + integer (SQLSTATE 42883)"

# In a scalar quoted on one line, the escapes before the error (\" \\ and '') take more columns in the file
# than in the text: the column counts them as written (it was 3 and 2 columns early).
refused 'tables:
  - name: t
    columns:
      - { name: id, type: int }
views:
  - { name: v, query: "SELECT '"'"'a\"b'"'"' AS \"X\", nope FROM t" }
' "models/a.yaml:6:48: view 'v': column \"nope\" does not exist (SQLSTATE 42703)"

refused 'functions:
  - name: F
    definition: '"'"'CREATE FUNCTION "F"() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN '"''"'x'"''"'; WHERE; END $$'"'"'
' "models/a.yaml:3:96: function 'F': syntax error at or near \"WHERE\" (SQLSTATE 42601)"

# Valid bodies: no error, and the migration applies.  Tables t001..t401 are created first, then each gains
# a column: 401 changed tables go through the scratch schema in two batches, and the functions read the new
# column of a table of each batch (a %TYPE and a SQL body: the first batch sees the second's table as it is
# live, without the column: not the model's error).
python3 - <<'PY'
tables = ''.join('  - name: t%03d\n    columns:\n      - { name: id, type: int }\n' % i for i in range(1, 402))
open('models/a.yaml', 'w').write('tables:\n' + tables)
PY
"$S" --database "$url" diff --write tables >/dev/null 2>err.txt || fail "401 tables: $(cat err.txt)"
"$M" --database "$url" up >/dev/null 2>err.txt || fail "migrate up of 401 tables: $(cat err.txt)"
python3 - <<'PY'
s = open('models/a.yaml').read().replace('      - { name: id, type: int }\n', '      - { name: id, type: int }\n      - { name: extra, type: text }\n')
s += '''functions:
  - name: first_extra
    definition: |
      CREATE FUNCTION first_extra() RETURNS text LANGUAGE plpgsql AS $$
      DECLARE v t001.extra%TYPE;
      BEGIN SELECT extra INTO v FROM t001 LIMIT 1; RETURN v; END $$;
  - name: last_extra
    definition: |
      CREATE FUNCTION last_extra() RETURNS text LANGUAGE plpgsql AS $$
      DECLARE v t401.extra%TYPE;
      BEGIN SELECT extra INTO v FROM t401 LIMIT 1; RETURN v; END $$;
  - name: count_extra
    definition: |
      CREATE FUNCTION count_extra() RETURNS bigint LANGUAGE sql AS $$
        SELECT count(extra) FROM t401 $$;
  - name: nth
    definition: |
      CREATE FUNCTION nth(integer) RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE n ALIAS FOR $1; c CURSOR FOR SELECT 1;
      BEGIN OPEN c; CLOSE c; RETURN n; END $$;
'''
open('models/a.yaml', 'w').write(s)
PY
"$S" --database "$url" -v diff --write functions >out.txt 2>err.txt || fail "valid bodies refused: $(cat err.txt)"
grep -q "401 of 401 tables normalized on the server in 2 batches" err.txt || fail "not two batches: $(cat err.txt)"
"$M" --database "$url" up >/dev/null 2>err.txt || fail "migrate up of the functions: $(cat err.txt)"
got=$(psql "$url" -qAtc "INSERT INTO t401 VALUES (1, 'x'); SELECT last_extra() || count_extra() || nth(7)")
[ "$got" = "x17" ] || fail "the functions do not run: '$got'"
"$S" --database "$url" diff --exit-code >/dev/null 2>err.txt || fail "no fixpoint: $(cat err.txt)"

# A function the database already runs with a body the server would refuse (created with
# check_function_bodies off, as migrations and pg_dump's restores create them) is not refused while the
# models keep its body: the plan does not change it.  Another function's bad body still is.
psql "$url" -qc "SET check_function_bodies = off; CREATE FUNCTION broken() RETURNS int LANGUAGE sql AS \$\$ SELEC 1 \$\$" ||
	fail "cannot create the broken function"
cat >>models/a.yaml <<'YAML'
  - name: broken
    definition: |
      CREATE FUNCTION broken() RETURNS int LANGUAGE sql AS $$ SELEC 1 $$;
YAML
"$S" --database "$url" diff --exit-code >/dev/null 2>err.txt || fail "a live body refused again: $(cat err.txt)"
cat >>models/a.yaml <<'YAML'
  - name: broken2
    definition: |
      CREATE FUNCTION broken2() RETURNS int LANGUAGE sql AS $$ SELEC 2 $$;
YAML
n=$(grep -c "" models/a.yaml)
"$S" --database "$url" diff >/dev/null 2>err.txt
rc=$?
[ "$rc" = 2 ] && grep -qxF "schemagen: error: models/a.yaml:$n:64: function 'broken2': syntax error at or near \"SELEC\" (SQLSTATE 42601)" err.txt ||
	fail "a new bad body beside a live one: exit $rc, $(cat err.txt)"

# A fill (docs/models.md, "Filling existing rows") is tried on the server as the UPDATE the migration runs,
# explained, not run: a value of a type that does not assign to the column's, or a function that does
# not exist, is refused at the fill's line and column.  A new table's fill is not tried (no rows).
psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_fill" || exit 1
url="$DATABASE_URL dbname=${db}_fill"
psql "$url" -qc "CREATE TABLE f (id int PRIMARY KEY, name text)" || fail "cannot create table f"
mkdir "$work/fill" && cd "$work/fill" && mkdir models
refused 'tables:
  - name: f
    columns:
      - { name: id, type: int, primary_key: true }
      - { name: name, type: text }
      - { name: flag, type: boolean, nullable: false, fill: "42" }
' "models/a.yaml:6:61: fill of column 'flag': column \"flag\" is of type boolean but expression is of type integer (SQLSTATE 42804)"
refused 'tables:
  - name: f
    columns:
      - { name: id, type: int, primary_key: true }
      - name: name
        type: text
        nullable: false
        fill: |
          initials(id)
' "models/a.yaml:8:15: fill of column 'name': function initials(integer) does not exist (SQLSTATE 42883)"
printf '%s' 'tables:
  - name: f
    columns:
      - { name: id, type: int, primary_key: true }
      - { name: name, type: text, nullable: false, fill: "'"'f'"' || id" }
  - name: g
    columns:
      - { name: id, type: int, fill: "nope()" }
' >models/a.yaml
"$S" --database "$url" diff >out.txt 2>err.txt || fail "a good fill refused, or a new table's tried: $(cat err.txt)"
grep -qxF "UPDATE f SET name = ('f' || id) WHERE name IS NULL;" out.txt || fail "the fill is not in the plan: $(cat out.txt)"
cd /
psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_fill WITH (FORCE)" >/dev/null

[ "$failures" -eq 0 ] && echo "server errors CLI: all checks passed"
exit "$failures"
