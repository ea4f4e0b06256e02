#!/bin/sh
# Objects the models do not manage that depend on managed ones (issue 13;
# docs/diff.md, "Objects outside the models"), end to end with the commands
# as a user runs them.  Each case builds the `from` models with diff --write
# and migrate up, creates the unmanaged object by hand, then diffs against
# its `to` models:
#  - refused: exit 2, the exact one-line message naming the managed object
#    and the dependent, nothing written (before, the migration was written
#    and its DROP or ALTER failed on the server);
#  - passed: the dependents PostgreSQL carries along (statistics objects,
#    foreign keys of another schema to a retyped key column, composite types
#    holding a table's row type): up, no changes, down, no changes, the
#    dependent still there;
#  - an up that works but whose down would fail (an enum value added while a
#    composite type uses the enum: the down re-creates the enum) gets an
#    `irreversible` hazard naming both in the down file.
# Usage: dependents_cli.sh SCHEMAGEN MIGRATE
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
S=$(realpath "$1") M=$(realpath "$2")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
cd "$work" || exit 1
n=0

# The models: every variable changes one thing (unset: the `from` models).
models() { # dir
	mkdir -p "$1"
	{
		echo "domains:"
		ck=
		[ -n "${DCK:-}" ] && ck=", checks: [{ expression: \"$DCK\" }]"
		echo "  - { name: ${DN:-d_amount}, type: \"${DT:-numeric(10,2)}\"${DREN:+, renamed_from: $DREN}${DDF:+, default: \"$DDF\"}$ck }"
		echo "enums:"
		echo "  - { name: mood, values: [${EV:-sad, happy}] }"
		if [ "${SEQ:-yes}" = yes ]; then
			echo "sequences:"
			echo "  - { name: s }"
		fi
		echo "functions:"
		echo "  - name: f"
		echo "    definition: |"
		echo "      CREATE FUNCTION f(${FA:-x integer, y integer}) RETURNS integer LANGUAGE sql IMMUTABLE RETURN 1;"
		echo "tables:"
		echo "  - name: t"
		echo "    columns:"
		echo "      - { name: id, type: ${IDT:-int}, primary_key: true }"
		[ "${ACOL:-yes}" = yes ] && echo "      - { name: a, type: ${AT:-int} }"
		echo "      - { name: amount, type: ${DN:-d_amount} }"
		echo "      - { name: m, type: mood }"
		[ -n "${ADD:-}" ] && echo "      - $ADD"
		if [ "${T2:-yes}" = yes ]; then
			echo "  - name: t2"
			echo "    columns:"
			echo "      - { name: id, type: int, primary_key: true }"
		fi
		echo "views:"
		echo "  - name: vw"
		echo "    query: ${VQ:-SELECT id, amount FROM t}"
	} >"$1/app.yaml"
}

# setup: SQL run once the `from` models are built; then `diff --write` to the `to` models (the caller's variables).
start() { # name to-variables setup-sql
	n=$((n + 1)) name=$1 vars=$2
	shift
	db="sgdeps_$$_$n" url="$DATABASE_URL dbname=$db"
	psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
	mkdir "$name" "$name/mig"
	(unset DN DREN DT EV SEQ FA IDT ACOL AT ADD T2 VQ; DCK=${DCK_FROM:-} DDF=${DDF_FROM:-} ADD=${ADD_FROM:-}; models "$name/from")
	(eval "$vars"; models "$name/to")
	"$S" --database "$url" -m "$name/from" -d "$name/mig" diff --write from >/dev/null 2>"$name/err.txt" ||
		fail "$name: diff --write from: $(cat "$name/err.txt")"
	"$M" --database "$url" -d "$name/mig" up >/dev/null 2>"$name/err.txt" || fail "$name: up from: $(cat "$name/err.txt")"
	psql "$url" -qX -v ON_ERROR_STOP=1 -c "CREATE SCHEMA other" -c "$2" >/dev/null 2>"$name/err.txt" ||
		fail "$name: setup: $(cat "$name/err.txt")"
	"$S" --database "$url" -m "$name/to" -d "$name/mig" diff --write to --allow-destructive >"$name/out.txt" 2>"$name/err.txt"
	rc=$?
}

# refused name to-variables setup-sql message [server-sql [server-names]]: server-sql, what the plan would run, must
# fail on the server (what `migrate up` would meet), in a transaction rolled back, naming the dependent as the
# message does (or as server-names says).
refused() {
	start "$1" "$2" "$3"
	[ "$rc" = 2 ] || fail "$name: exit $rc, expected 2: $(cat "$name/err.txt" "$name/out.txt" | head -40)"
	grep -qxF "schemagen: error: $4" "$name/err.txt" || fail "$name: message: $(cat "$name/err.txt")"
	[ "$(ls "$name/mig" | wc -l)" = 2 ] || fail "$name: files written: $(ls "$name/mig")"
	if [ -n "${5:-}" ]; then
		psql "$url" -qX -v ON_ERROR_STOP=1 -c "BEGIN" -c "$5" -c "ROLLBACK" >/dev/null 2>"$name/server.txt" &&
			fail "$name: the server runs what the plan would: $5"
		grep -qF "${6:-$(echo "$4" | sed -n "s/.*but '\([^']*\)'.*/\1/p")}" "$name/server.txt" ||
			fail "$name: the server's refusal does not name the dependent: $(cat "$name/server.txt")"
	fi
	psql "$DATABASE_URL" -qc "DROP DATABASE $db" >/dev/null 2>&1
}

# passed name to-variables setup-sql check-sql: the plan runs up and down, the dependent stays (check-sql prints t).
passed() {
	start "$1" "$2" "$3"
	[ "$rc" = 0 ] || fail "$name: diff: exit $rc: $(cat "$name/err.txt")"
	"$M" --database "$url" -d "$name/mig" up >/dev/null 2>"$name/err.txt" || fail "$name: up: $(cat "$name/err.txt")"
	"$S" --database "$url" -m "$name/to" -d "$name/mig" diff --exit-code >"$name/out.txt" 2>&1 ||
		fail "$name: changes after up: $(cat "$name/out.txt")"
	"$M" --database "$url" -d "$name/mig" down 1 >/dev/null 2>"$name/err.txt" || fail "$name: down: $(cat "$name/err.txt")"
	"$S" --database "$url" -m "$name/from" -d "$work/none" diff --exit-code >"$name/out.txt" 2>&1 ||
		fail "$name: changes after down: $(cat "$name/out.txt")"
	[ "$(psql "$url" -Atc "$4")" = t ] || fail "$name: the dependent is gone"
	psql "$DATABASE_URL" -qc "DROP DATABASE $db" >/dev/null 2>&1
}

R="drop that object first and create it again after this migration, or write this step by hand"
# An extension's member: PostgreSQL drops it only with the extension, or once ALTER EXTENSION ... DROP frees it.
RX="take it out of the extension (ALTER EXTENSION plpgsql DROP ...) or change the extension first, or write this step by hand"

# The issue's case: a composite type with an attribute of a domain whose base type changes.
refused composite_domain 'DT="numeric(12,2)"' "CREATE TYPE pair AS (a d_amount, b int)" \
	"this plan drops domain 'd_amount' and creates it again, but 'column a of composite type pair', which the models do not manage, depends on it: $R"
# The column of the domain, which the re-create takes to its base type first, read by a view of another schema.
refused domain_column_view 'DT="numeric(12,2)"' "CREATE VIEW other.amounts AS SELECT amount FROM public.t" \
	"this plan changes the type of column 't.amount', but 'view other.amounts', which the models do not manage, depends on it: $R"
# An array of the domain in a table of another schema.
refused domain_array_other_schema 'DT="numeric(12,2)"' "CREATE TABLE other.x (v public.d_amount[])" \
	"this plan drops domain 'd_amount' and creates it again, but 'column v of table other.x', which the models do not manage, depends on it: $R"
# A range type over the domain.
refused domain_range 'DT="numeric(12,2)"' "CREATE TYPE amount_range AS RANGE (subtype = d_amount)" \
	"this plan drops domain 'd_amount' and creates it again, but 'type amount_range', which the models do not manage, depends on it: $R"
# A foreign table with a column of the domain.
refused domain_foreign_table 'DT="numeric(12,2)"' \
	"CREATE FOREIGN DATA WRAPPER w; CREATE SERVER sv FOREIGN DATA WRAPPER w; CREATE FOREIGN TABLE ft (a d_amount) SERVER sv" \
	"this plan drops domain 'd_amount' and creates it again, but 'column a of foreign table ft', which the models do not manage, depends on it: $R"
# An enum re-created (a value removed) under a composite type, and under a function of another schema.
refused enum_composite 'EV="sad"' "CREATE TYPE feeling AS (m mood)" \
	"this plan drops enum 'mood' and creates it again, but 'column m of composite type feeling', which the models do not manage, depends on it: $R"
refused enum_function_other_schema 'EV="sad"' \
	"CREATE FUNCTION other.h(x public.mood) RETURNS int LANGUAGE sql AS 'SELECT 1'" \
	"this plan drops enum 'mood' and creates it again, but 'function other.h(mood)', which the models do not manage, depends on it: $R"
# A sequence the models drop, read by a default of another schema.
refused sequence_default_other_schema 'SEQ=no' "CREATE TABLE other.y (n bigint DEFAULT nextval('public.s'))" \
	"this plan drops sequence 's', but 'default value for column n of table other.y', which the models do not manage, depends on it: $R"
# A function dropped and created again (an argument renamed), under an operator and an aggregate of the schema.
refused function_operator 'FA="p integer, q integer"' "CREATE OPERATOR ### (LEFTARG = integer, RIGHTARG = integer, FUNCTION = f)" \
	"this plan drops function 'f(x integer, y integer)' and creates it again, but 'operator ###(integer,integer)', which the models do not manage, depends on it: $R"
refused function_aggregate 'FA="p integer, q integer"' "CREATE AGGREGATE agg(integer) (SFUNC = f, STYPE = integer)" \
	"this plan drops function 'f(x integer, y integer)' and creates it again, but 'function agg(integer)', which the models do not manage, depends on it: $R"
# A table dropped while a foreign key of another schema references it.
refused table_foreign_key 'T2=no' "CREATE TABLE other.z (r int REFERENCES public.t2 (id))" \
	"this plan drops table 't2', but 'constraint z_r_fkey on table other.z', which the models do not manage, depends on its column 'id': $R"
# A domain renamed and re-created in the same plan: followed through its rename.
refused domain_renamed_recreated 'DN=money2 DREN=d_amount DT="numeric(12,2)"' "CREATE TYPE pair AS (a d_amount, b int)" \
	"this plan drops domain 'd_amount' and creates it again, but 'column a of composite type pair', which the models do not manage, depends on it: $R"
# A column whose type changes, read by a view of another schema, a policy, a rule, a publication, a function body.
refused column_view_other_schema 'AT=bigint' "CREATE VIEW other.va AS SELECT a FROM public.t" \
	"this plan changes the type of column 't.a', but 'view other.va', which the models do not manage, depends on it: $R"
refused column_policy 'AT=bigint' "CREATE POLICY p ON t USING (a > 0)" \
	"this plan changes the type of column 't.a', but 'policy p on table t', which the models do not manage, depends on it: $R"
refused column_rule 'AT=bigint' "CREATE RULE r AS ON UPDATE TO t WHERE new.a > 0 DO ALSO DELETE FROM t WHERE false" \
	"this plan changes the type of column 't.a', but 'rule r on table t', which the models do not manage, depends on it: $R"
refused column_publication 'AT=bigint' "SET client_min_messages = error; CREATE PUBLICATION pb FOR TABLE t (id, a)" \
	"this plan changes the type of column 't.a', but 'publication of table t in publication pb', which the models do not manage, depends on it: $R"
refused column_function_body 'AT=bigint' \
	"CREATE FUNCTION other.total() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT sum(a) FROM public.t; END" \
	"this plan changes the type of column 't.a', but 'function other.total()', which the models do not manage, depends on it: $R"
# A column dropped while a policy reads it.
refused column_dropped_policy 'ACOL=no' "CREATE POLICY p ON t USING (a > 0)" \
	"this plan drops column 't.a', but 'policy p on table t', which the models do not manage, depends on it: $R"
# A table whose row type a table of another schema stores: no column type change, no column added with a value.
refused row_type_stored 'AT=bigint' "CREATE TABLE other.w (r public.t)" \
	"this plan changes the type of column 't.a', but 'column r of table other.w', which the models do not manage, stores the row type of table 't': $R"
refused row_type_stored_add 'ADD="{ name: b, type: int, nullable: false, default: '\''0'\'' }"' \
	"CREATE TABLE other.w (r public.t[])" \
	"this plan adds column 't.b' with a value for every row, but 'column r of table other.w', which the models do not manage, stores the row type of table 't': $R"
# A column added of a domain with a check: PostgreSQL checks it for every row, a rewrite (random class outside,
# seeds 2007, 2009: "cannot alter table "t27" because column "t_out.r" uses its row type" at migrate up).
DCK_FROM='VALUE > 0'
refused row_type_stored_domain_column 'DCK="VALUE > 0" ADD="{ name: b, type: d_amount }"' "CREATE TABLE other.w (r public.t)" \
	"this plan adds column 't.b' with a value for every row, but 'column r of table other.w', which the models do not manage, stores the row type of table 't': $R"
DCK_FROM=
# Of a domain with a default (random class outside, seed 2009).
DDF_FROM=0
refused row_type_stored_domain_default 'DDF=0 ADD="{ name: b, type: d_amount }"' "CREATE TABLE other.w (r public.t)" \
	"this plan adds column 't.b' with a value for every row, but 'column r of table other.w', which the models do not manage, stores the row type of table 't': $R"
DDF_FROM=
# A check added to a domain a column of the table has: PostgreSQL validates it on every column of the domain
# (random class outside, seed 2004, in a down: "cannot alter type "duse37" because column "t_out.r" uses it").
refused row_type_stored_domain_check 'DCK="VALUE > 0"' "CREATE TABLE other.w (r public.t)" \
	"this plan validates a constraint of domain 'd_amount' on column 't.amount', but 'column r of table other.w', which the models do not manage, stores the row type of table 't': $R"
# A view created again (a column's type changes) under a view of another schema.
refused view_recreated 'VQ="SELECT id, amount::text AS amount FROM t"' "CREATE VIEW other.vv AS SELECT id FROM public.vw" \
	"this plan drops view 'vw' and creates it again, but 'view other.vv', which the models do not manage, depends on its column 'id': $R"

# Casts (session 10): to a managed domain re-created, through a managed function dropped and created again.
refused cast_to_domain 'DT="numeric(12,2)"' "SET client_min_messages = error; CREATE CAST (text AS d_amount) WITH INOUT" \
	"this plan drops domain 'd_amount' and creates it again, but 'cast from text to d_amount', which the models do not manage, depends on it: $R" \
	"DROP DOMAIN d_amount"
refused cast_through_function 'FA="p integer, q integer"' "CREATE CAST (integer AS integer) WITH FUNCTION f(integer, integer)" \
	"this plan drops function 'f(x integer, y integer)' and creates it again, but 'cast from integer to integer', which the models do not manage, depends on it: $R" \
	"DROP FUNCTION f(integer, integer)"
# Members of an extension (plpgsql's, added by hand) that depend on managed objects: refused, the extension named
# (DROP FUNCTION of a member fails: "extension plpgsql requires it").
refused extension_member_function 'EV="sad"' \
	"CREATE FUNCTION other.h(x public.mood) RETURNS int LANGUAGE sql AS 'SELECT 1'; ALTER EXTENSION plpgsql ADD FUNCTION other.h(public.mood)" \
	"this plan drops enum 'mood' and creates it again, but 'function other.h(mood)', a member of extension 'plpgsql', which the models do not manage, depends on it: $RX" \
	"DROP TYPE mood" "extension plpgsql depends on type mood"
refused extension_member_view 'AT=bigint' "CREATE VIEW other.va AS SELECT a FROM public.t; ALTER EXTENSION plpgsql ADD VIEW other.va" \
	"this plan changes the type of column 't.a', but 'view other.va', a member of extension 'plpgsql', which the models do not manage, depends on it: $RX" \
	"ALTER TABLE t ALTER COLUMN a TYPE bigint" "view other.va"
# A rule of a managed table that reads a table the plan drops; a publication's column list or row filter naming a
# column the plan drops or retypes; a policy of another table reading a dropped column.
refused rule_reads_dropped_table 'T2=no' "CREATE RULE r AS ON UPDATE TO t DO ALSO DELETE FROM t2" \
	"this plan drops table 't2', but 'rule r on table t', which the models do not manage, depends on it: $R" "DROP TABLE t2"
refused publication_column_dropped 'ACOL=no' "SET client_min_messages = error; CREATE PUBLICATION pb FOR TABLE t (id, a)" \
	"this plan drops column 't.a', but 'publication of table t in publication pb', which the models do not manage, depends on it: $R" \
	"ALTER TABLE t DROP COLUMN a"
refused publication_row_filter 'AT=bigint' "SET client_min_messages = error; CREATE PUBLICATION pb FOR TABLE t WHERE (a > 0)" \
	"this plan changes the type of column 't.a', but 'publication of table t in publication pb', which the models do not manage, depends on it: $R" \
	"ALTER TABLE t ALTER COLUMN a TYPE bigint"
refused policy_other_table_column_dropped 'ACOL=no' "CREATE POLICY p ON t2 USING (EXISTS (SELECT 1 FROM t WHERE t.a = t2.id))" \
	"this plan drops column 't.a', but 'policy p on table t2', which the models do not manage, depends on it: $R" \
	"ALTER TABLE t DROP COLUMN a"

# What PostgreSQL carries along.
passed column_statistics 'AT=bigint' "CREATE STATISTICS st ON a, id FROM t" \
	"SELECT count(*) = 1 FROM pg_statistic_ext WHERE stxname = 'st'"
passed key_foreign_key_other_schema 'IDT=bigint' "CREATE TABLE other.z (r int REFERENCES public.t (id))" \
	"SELECT count(*) = 1 FROM pg_constraint WHERE conname = 'z_r_fkey'"
passed domain_renamed 'DN=money2 DREN=d_amount' "CREATE TYPE pair AS (a d_amount, b int)" "SELECT to_regtype('pair') IS NOT NULL"
passed row_type_composite 'AT=bigint' "CREATE TYPE wrap AS (r t)" "SELECT to_regtype('wrap') IS NOT NULL"

# A publication of a table the plan drops: the table leaves it (PostgreSQL's automatic dependency), the down does not
# put it back.
start publication_table_dropped 'T2=no' "SET client_min_messages = error; CREATE PUBLICATION pb FOR TABLE t2"
[ "$rc" = 0 ] || fail "$name: diff: exit $rc: $(cat "$name/err.txt")"
"$M" --database "$url" -d "$name/mig" up >/dev/null 2>"$name/err.txt" || fail "$name: up: $(cat "$name/err.txt")"
[ "$(psql "$url" -Atc "SELECT count(*) FROM pg_publication WHERE pubname = 'pb'")" = 1 ] || fail "$name: the publication went"
psql "$DATABASE_URL" -qc "DROP DATABASE $db" >/dev/null 2>&1

# A trigger made by hand on a managed table, calling a function of another schema: the table's triggers are the
# models' (docs/design.md §3), so the plan drops it (and the down creates it again as it was); its function stays.
TG="SELECT string_agg(pg_get_triggerdef(oid), '; ') FROM pg_trigger WHERE tgname = 'tg'"
start trigger_by_hand 'AT=bigint' "CREATE FUNCTION other.tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
	CREATE TRIGGER tg BEFORE UPDATE OF a ON t FOR EACH ROW WHEN (new.a > 0) EXECUTE FUNCTION other.tf()"
[ "$rc" = 0 ] || fail "$name: diff: exit $rc: $(cat "$name/err.txt")"
before=$(psql "$url" -Atc "$TG")
grep -qxF "DROP TRIGGER tg ON t;" "$name"/mig/000002_to.up.sql || fail "$name: the up does not drop it: $(cat "$name"/mig/000002_to.up.sql)"
"$M" --database "$url" -d "$name/mig" up >/dev/null 2>"$name/err.txt" || fail "$name: up: $(cat "$name/err.txt")"
[ -z "$(psql "$url" -Atc "$TG")" ] || fail "$name: the trigger stayed after up"
"$S" --database "$url" -m "$name/to" -d "$name/mig" diff --exit-code >"$name/out.txt" 2>&1 || fail "$name: changes after up: $(cat "$name/out.txt")"
"$M" --database "$url" -d "$name/mig" down 1 >/dev/null 2>"$name/err.txt" || fail "$name: down: $(cat "$name/err.txt")"
[ "$(psql "$url" -Atc "$TG")" = "$before" ] || fail "$name: the down did not bring it back: $(psql "$url" -Atc "$TG")"
[ "$(psql "$url" -Atc "SELECT to_regprocedure('other.tf()') IS NOT NULL")" = t ] || fail "$name: its function went"
psql "$DATABASE_URL" -qc "DROP DATABASE $db" >/dev/null 2>&1

# An up that works, a down that cannot: named in the down file.
start enum_value_down 'EV="sad, happy, meh"' "CREATE TYPE feeling AS (m mood)"
[ "$rc" = 0 ] || fail "$name: exit $rc: $(cat "$name/err.txt")"
grep -qxF -e "-- hazard: irreversible: the down drops enum 'mood', but 'column m of composite type feeling', which the models do not manage, depends on it: the down fails while it exists; $R" \
	"$name"/mig/000002_to*.down.sql || fail "$name: no hazard in the down: $(cat "$name"/mig/000002_to*.down.sql)"

# A column with a default dropped from a table whose row type another table stores: the up works, the down's
# ADD COLUMN ... DEFAULT would fail; its hazard was dropped, the op's down already having the `re-adds column
# 't.b' empty` one (random class outside, seed 3086).
ADD_FROM='{ name: b, type: int, default: "1" }'
start column_default_down_row_type '' "CREATE TABLE other.w (r public.t)"
ADD_FROM=
[ "$rc" = 0 ] || fail "$name: exit $rc: $(cat "$name/err.txt")"
grep -qF -e "the down adds column 't.b' with a value for every row, but 'column r of table other.w', which the models do not manage, stores the row type of table 't': the down fails while it exists; $R" \
	"$name"/mig/000002_to*.down.sql || fail "$name: no hazard in the down: $(cat "$name"/mig/000002_to*.down.sql)"

[ "$failures" -eq 0 ] || exit 1
echo "dependents_cli: $n cases, ok"
