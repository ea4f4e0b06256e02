#!/bin/sh
# Real upgrade histories written by other people: the PostgreSQL schemas of the same
# Debian packages in two releases, Debian 12 (bookworm, the machine's own apt sources)
# and Debian 13 (trixie, `fetch-debian-schemas.sh --release trixie`).  For each package
# whose schema differs between the two, in databases of their own:
#   1. the old schema loaded into A, the new one into B; `schemagen inspect` of each
#      gives models_old and models_new;
#   2. database C: `diff --write init` from models_old, `migrate up`, then one row in
#      every table that can take one (tests/upgrade_seed.sql);
#   3. models_new: `diff --write upgrade --allow-destructive` against C (the upgrades drop
#      tables and columns: data-loss hazards, which diff writes only with that flag),
#      `migrate up`; `diff --exit-code`: no changes; C's schema is B's (pg_dump
#      --schema-only, the columns of each table compared as a set: a column the upgrade
#      adds goes last, where the new release's CREATE TABLE may put it anywhere);
#   4. the rows: every table of both releases keeps its row count, and the values of the
#      columns both releases have with the same type;
#   5. `migrate down` of the upgrade: in database D, where init and the upgrade ran without
#      rows, the schema is the one after init again, exactly (columns as a set too: a column
#      the down adds back goes last); in C, with rows, it is that less what the rows do not
#      allow, each shortfall warned by the down (a dropped NOT NULL column comes back empty
#      and nullable, its primary key not restored: docs/diff.md, "Downs on tables with
#      rows"), and the rows are as in 4 (a column the up dropped comes back empty: it is
#      not compared);
#   6. `schemagen check` of models_new with both migrations.
# Prints one line per package: versions, what changed between the schemas (tables,
# columns, indexes, functions... added, dropped, changed), the result, the time.  A package
# whose schema is the same in both releases, or that the new release no longer has, is
# said so and is not counted.
#
# Where the models need what a person adopting the new release would add (a conversion
# `using` that no cast gives), `hints` below says so per package and the test adds it to
# models_new.  A package that cannot pass for a kind schemagen does not manage is in
# `expected` with its reason: it fails as XFAIL (its first differences printed); passing,
# it is XPASS and fails the test.
#
# Usage: upgrade_debian.sh SCHEMAGEN MIGRATE SOURCE_ROOT CACHE_DIR
# SG_DEBIAN_ONLY="name ..." runs those packages only; SG_DEBIAN_KEEP=1 keeps the work
# directory (models, migrations, dumps) and says where.  Uses $DATABASE_URL when set,
# otherwise starts a throwaway server itself.  A failed download fails the test.
set -u
S=$(realpath "$1") M=$(realpath "$2") ROOT=$(realpath "$3") CACHE=$4
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$S")/../runtime/with-throwaway-postgres" -- "$0" "$@"
fi
. "$ROOT/tests/debian_util.sh"

# package  why it cannot pass (a kind not managed, or a known defect named as such)
expected='
'

# package table column key value: what a person adopting the new release adds to its models, as its
# authors' own upgrade scripts do it, where the upgrade needs more than the two schemas say:
# - using / using_down: the conversion of a type change no cast gives (docs/models.md, "Type
#   conversions"), kept in models_new for the one upgrade;
# - fill: what the rows there get in a column the upgrade adds (docs/models.md, "Filling existing
#   rows"): a NOT NULL column without a default would fail on a table with rows (the needs-backfill
#   hazard), and a nullable one would be left NULL where the authors' upgrade gives it a value.
# rt 5.0.4's upgrade adds CustomRoles.LookupType nullable and fills it with 'RT::Queue-RT::Ticket';
# director's upgrade_186.sql fills the two uuid columns from gen_random_uuid(), and upgrade_189.sql
# turns its two timestamps into UNIX_TIMESTAMP(...) * 1000 (its own function: milliseconds).
# zabbix 7.0's group_discovery gains a key, groupdiscoveryid, whose values its server's own upgrade
# (C code, no SQL) takes from its ids table: random ones here.  bacula's 11.0.0~1017 upgrade adds
# UnsavedFiles.Filename NOT NULL as 15.0 has it, which works on the empty table it always is.
hints="
zabbix   group_discovery    groupdiscoveryid fill      (random() * 1e15)::bigint
bacula   unsavedfiles       filename        fill       ''
rt       customroles        lookuptype      fill       'RT::Queue-RT::Ticket'
director director_datalist  uuid            fill       decode(replace(gen_random_uuid()::text, '-', ''), 'hex')
director director_datafield uuid            fill       decode(replace(gen_random_uuid()::text, '-', ''), 'hex')
director director_job       ts_last_attempt using      unix_timestamp(ts_last_attempt) * 1000
director director_job       ts_last_attempt using_down to_timestamp(ts_last_attempt / 1000.0)
director director_job       ts_last_error   using      unix_timestamp(ts_last_error) * 1000
director director_job       ts_last_error   using_down to_timestamp(ts_last_error / 1000.0)
"

# hint FILE TABLE COLUMN KEY VALUE: KEY: "VALUE" added to the column (written in block form by
# inspect) of the table in the models file; fails when there is no such column.
hint() {
	v=$(printf '%s' "$5" | sed 's/["\\]/\\&/g')
	awk -v t="$2" -v c="$3" -v line="        $4: \"$v\"" '
		/^  - name: / { intable = ($0 == "  - name: " t) }
		{ print }
		intable && $0 == "      - name: " c { print line; done = 1 }
		END { exit !done }' "$1" >"$1.hinted" && mv "$1.hinted" "$1"
}

for rel in old new; do
	opt=""
	[ "$rel" = new ] && opt="--release trixie"
	mkdir -p "$CACHE"
	if ! "$ROOT/scripts/fetch-debian-schemas.sh" $opt "$CACHE/$rel" >"$CACHE/$rel.list" 2>"$CACHE/$rel.err"; then
		echo "FAIL: could not fetch the $rel Debian schemas (this test needs Debian's package archive):"
		cat "$CACHE/$rel.err"
		exit 1
	fi
done
work=$(mktemp -d)
if [ -n "${SG_DEBIAN_KEEP:-}" ]; then
	echo "work directory kept: $work"
else
	trap 'rm -rf "$work"' EXIT
fi
only=${SG_DEBIAN_ONLY:-}
failures=0 count=0 passed=0 xfailed=0 same=0 absent=0

# dump URL FILE: pg_dump --schema-only of the database (tests/debian_util.sh), the column lines of each
# CREATE TABLE sorted (their order set aside, see above).
dump() { debian_dump "$1" "$2" sorted; }

# columns URL: "table column type" of every column of schema public's tables.
columns() {
	psql "$1" -AtF ' ' -c "SELECT c.relname, a.attname, replace(format_type(a.atttypid, a.atttypmod), ' ', '_')
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
		WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0
			AND NOT a.attisdropped AND c.relname NOT LIKE 'schema_migrations%'
		ORDER BY 1, 2" | sort
}

# rows URL COLUMNS-FILE: per table of the file, its row count and a digest of the values of
# the file's columns.
rows() {
	awk '{ c = $2; gsub(/"/, "\"\"", c); c = "\"" c "\""
		if ($1 != t) {
			if (t != "") print s " FROM " q ";"
			t = $1; q = t; gsub(/"/, "\"\"", q); q = "\"" q "\""
			s = "SELECT '\''" t "'\'', count(*), md5(coalesce(string_agg(row(" c ")::text, '\''|'\'' ORDER BY row(" c ")::text), '\'''\''))"
		} else
			gsub(/row\(/, "row(" c ", ", s)
	}
	END { if (t != "") print s " FROM " q ";" }' "$2" | psql "$1" -At -v ON_ERROR_STOP=1 -f - 2>&1
}

# changes OLD-DB NEW-DB: what differs between two schemas, in words: tables, columns,
# indexes and constraints, functions, views, sequences, triggers added (+), dropped (-) or
# changed (~, columns: type or nullability or default).
changes() {
	q="SELECT 'table ' || relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')
	UNION ALL SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
		|| CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
		|| coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
		FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
		LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
		WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
	UNION ALL SELECT 'index ' || pg_get_indexdef(indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
		WHERE c.relnamespace = 'public'::regnamespace
	UNION ALL SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
		WHERE connamespace = 'public'::regnamespace AND contype IN ('c', 'f')
	UNION ALL SELECT 'function ' || oid::regprocedure FROM pg_proc WHERE pronamespace = 'public'::regnamespace
		AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = 'pg_proc'::regclass AND e.objid = pg_proc.oid AND e.deptype = 'e')
	UNION ALL SELECT 'view ' || relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('v', 'm')
	UNION ALL SELECT 'sequence ' || relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'S'
	UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
		WHERE c.relnamespace = 'public'::regnamespace AND NOT tgisinternal"
	psql "$1" -At -c "$q" | sort >"$work/ch.old"
	psql "$2" -At -c "$q" | sort >"$work/ch.new"
	comm -3 "$work/ch.old" "$work/ch.new" | awk -F'\t' '
		{ line = ($1 != "") ? $1 : $2; sign = ($1 != "") ? "-" : "+"; split(line, w, " "); kind = w[1]
		  key = (kind == "column") ? w[2] : line
		  if (kind == "column") { if (sign == "-") oldcol[key] = 1; else newcol[key] = 1 }
		  else n[kind sign]++ }
		END {
			for (k in oldcol) if (k in newcol) n["column~"]++; else n["column-"]++
			for (k in newcol) if (!(k in oldcol)) n["column+"]++
			split("table column index constraint function view sequence trigger", kinds, " ")
			split("tables columns indexes constraints functions views sequences triggers", plural, " ")
			out = ""
			for (i = 1; i <= 8; i++) {
				s = ""
				if (n[kinds[i] "+"]) s = s " +" n[kinds[i] "+"]
				if (n[kinds[i] "-"]) s = s " -" n[kinds[i] "-"]
				if (n[kinds[i] "~"]) s = s " ~" n[kinds[i] "~"]
				if (s != "") out = out (out == "" ? "" : ", ") plural[i] s
			}
			print (out == "" ? "no change in the catalog" : out)
		}'
}

now() { date +%s.%N; }
begin=$(now)

while read -r name pkgs versions paths; do
	if [ -n "$only" ]; then
		case " $only " in *" $name "*) ;; *) continue ;; esac
	fi
	start=$(now)
	new=$(awk -v n="$name" '$1 == n' "$CACHE/new.list")
	set -- $new
	if [ "${2:-absent}" = absent ]; then
		printf '%-11s %s -> not in trixie (%s): not counted\n' "$name" "$versions" "${3:-?}"
		absent=$((absent + 1))
		continue
	fi
	nversions=$3
	if cmp -s "$CACHE/old/schemas/$name.sql" "$CACHE/new/schemas/$name.sql"; then
		printf '%-11s %s -> %s: the same schema, not counted\n' "$name" "$versions" "$nversions"
		same=$((same + 1))
		continue
	fi
	count=$((count + 1))
	db="sgupg_${name}_$$"
	a="$DATABASE_URL dbname=${db}_a" b="$DATABASE_URL dbname=${db}_b" c="$DATABASE_URL dbname=${db}_c"
	d="$DATABASE_URL dbname=${db}_d"
	for x in a b c d; do psql "$DATABASE_URL" -qc "CREATE DATABASE ${db}_$x" >/dev/null; done
	w="$work/$name"
	mkdir -p "$w"
	why="$w/why"
	: >"$why"
	result="" ok=1 what=""
	step() { result="$result $1"; }
	bad() { # bad STEP DETAIL-FILE: a failed step, its first lines kept for the report
		result="$result $1"
		ok=0
		{
			echo "$1:"
			head -n 16 "$2" | sed 's/^/    /'
		} >>"$why"
	}
	run() { # run STEP OUT CMD...: CMD, its output into OUT; a failure is a bad step
		st=$1 out=$2
		shift 2
		if "$@" >"$out" 2>&1; then return 0; fi
		bad "$st=FAILED" "$out"
		return 1
	}
	while :; do
		run load-old "$w/load.old" psql "$a" -q -v ON_ERROR_STOP=1 -f "$CACHE/old/schemas/$name.sql" || break
		run load-new "$w/load.new" psql "$b" -q -v ON_ERROR_STOP=1 -f "$CACHE/new/schemas/$name.sql" || break
		what=$(changes "$a" "$b")
		run inspect-old "$w/inspect.old" "$S" --database "$a" inspect -m "$w/models_old" || break
		run inspect-new "$w/inspect.new" "$S" --database "$b" inspect -m "$w/models_new" || break
		# 2. C from the old models, with rows
		run init "$w/init" "$S" --database "$c" -m "$w/models_old" -d "$w/mig" diff --write init || break
		run up-init "$w/up.init" "$M" -q --database "$c" -d "$w/mig" up || break
		dump "$c" "$w/c.init.sql" || { bad pg_dump=FAILED "$w/c.init.sql.err"; break; }
		run seed "$w/seed" psql "$c" -q -v ON_ERROR_STOP=1 -f "$ROOT/tests/upgrade_seed.sql" || break
		columns "$c" >"$w/cols.old"
		columns "$b" >"$w/cols.new"
		comm -12 "$w/cols.old" "$w/cols.new" >"$w/cols.kept"
		rows "$c" "$w/cols.kept" >"$w/rows.seed"
		ntables=$(awk '{ print $1 }' "$w/cols.old" | sort -u | wc -l)
		nfilled=$(sed -n 's/.*NOTICE:  filled: //p' "$w/seed" | wc -w)
		step "rows=$nfilled/$ntables"
		# 3. the upgrade
		before=$(ls "$w"/mig/*.up.sql | wc -l)
		hinted=1
		echo "$hints" | while read -r p table col key value; do
			[ "$p" = "$name" ] || continue
			hint "$w/models_new/schema.yaml" "$table" "$col" "$key" "$value" ||
				{ echo "no column '$col' of table '$table' to give '$key'" >>"$w/hints"; exit 1; }
		done || hinted=0
		[ "$hinted" -eq 1 ] || { bad hints=FAILED "$w/hints"; break; }
		fills=$(echo "$hints" | awk -v n="$name" '$1 == n && $4 == "fill"' | wc -l)
		run upgrade "$w/upgrade" "$S" --database "$c" -m "$w/models_new" -d "$w/mig" diff --write upgrade \
			--allow-destructive || break
		steps=$(($(ls "$w"/mig/*.up.sql | wc -l) - before))
		hz=$(cat "$w"/mig/*upgrade*.up.sql | grep -c -- '^-- hazard:')
		step "upgrade=${steps}migrations,${hz}hazards$([ "$fills" -gt 0 ] && echo ",${fills}filled")"
		run up "$w/up" "$M" -q --database "$c" -d "$w/mig" up || break
		# the fills: every row there has a value in the column (the fill, not NULL)
		echo "$hints" | awk -v n="$name" '$1 == n && $4 == "fill" { print $2, $3 }' | while read -r table col; do
			psql "$c" -Atc "SELECT '$table.$col: ' || count(*) || ' of ' || (SELECT count(*) FROM \"$table\")
				|| ' rows NULL' FROM \"$table\" WHERE \"$col\" IS NULL"
		done >"$w/fills" 2>&1
		if [ "$(grep -c ': 0 of' "$w/fills")" -ne "$fills" ] || grep -qv ': 0 of' "$w/fills"; then
			bad fills=NULL "$w/fills"
		fi
		if "$S" --database "$c" -m "$w/models_new" -d "$w/mig" diff --exit-code >"$w/rediff" 2>&1; then
			step no-changes
		else
			bad CHANGES "$w/rediff"
		fi
		dump "$b" "$w/b.sql" && dump "$c" "$w/c.up.sql" || { bad pg_dump=FAILED "$w/b.sql.err"; break; }
		if diff -u "$w/b.sql" "$w/c.up.sql" >"$w/dump.up.diff"; then
			step catalog=B
		else
			bad catalog=DIFFERENT "$w/dump.up.diff"
		fi
		# 4. rows after the up
		rows "$c" "$w/cols.kept" >"$w/rows.up"
		if diff -u "$w/rows.seed" "$w/rows.up" >"$w/rows.up.diff"; then
			step rows-up=kept
		else
			bad rows-up=CHANGED "$w/rows.up.diff"
		fi
		# 5. the down: without rows (database D), exactly the schema after init; with rows (C), what
		# the rows allow, each shortfall with its warning (docs/diff.md, "Downs on tables with rows")
		run up-empty "$w/up.empty" "$M" -q --database "$d" -d "$w/mig" up || break
		run down-empty "$w/down.empty" "$M" -q --database "$d" -d "$w/mig" down "$steps" || break
		dump "$d" "$w/d.down.sql" || { bad pg_dump=FAILED "$w/d.down.sql.err"; break; }
		if diff -u "$w/c.init.sql" "$w/d.down.sql" >"$w/dump.down.empty.diff"; then
			step down-empty=init
		else
			bad down-empty=DIFFERENT "$w/dump.down.empty.diff"
		fi
		run down "$w/down" "$M" --database "$c" -d "$w/mig" down "$steps" || break
		warned=$(grep -c 'schemagen: ' "$w/down")
		dump "$c" "$w/c.down.sql" || { bad pg_dump=FAILED "$w/c.down.sql.err"; break; }
		if diff -u "$w/c.init.sql" "$w/c.down.sql" >"$w/dump.down.diff"; then
			step down=init
		elif [ "$warned" -gt 0 ]; then
			step "down=init-less-${warned}-warned"
		else
			bad down=DIFFERENT "$w/dump.down.diff"
		fi
		rows "$c" "$w/cols.kept" >"$w/rows.down"
		if diff -u "$w/rows.seed" "$w/rows.down" >"$w/rows.down.diff"; then
			step rows-down=kept
		else
			bad rows-down=CHANGED "$w/rows.down.diff"
		fi
		# 6. check
		if "$S" --scratch-url "$DATABASE_URL" -m "$w/models_new" -d "$w/mig" check >"$w/check" 2>&1; then
			step check=ok
		else
			bad check=FAILED "$w/check"
		fi
		break
	done
	for x in a b c d; do psql "$DATABASE_URL" -qc "DROP DATABASE ${db}_$x WITH (FORCE)" >/dev/null; done
	listed=$(echo "$expected" | awk -v n="$name" '$1 == n { $1 = ""; sub(/^ /, ""); print }')
	if [ "$ok" -eq 1 ] && [ -z "$listed" ]; then
		verdict=PASS
		passed=$((passed + 1))
	elif [ "$ok" -eq 1 ]; then
		verdict="XPASS (listed as expected to fail for: $listed; take it out of the list)"
		failures=$((failures + 1))
	elif [ -n "$listed" ]; then
		verdict="XFAIL (expected: $listed)"
		xfailed=$((xfailed + 1))
	else
		verdict=FAIL
		failures=$((failures + 1))
	fi
	secs=$(echo "$start $(now)" | awk '{ printf "%.1fs", $2 - $1 }')
	printf '%-11s %s -> %s: %s; %s %s:%s\n' "$name" "$versions" "$nversions" "$what" "$secs" "$verdict" "$result"
	[ "$ok" -eq 1 ] || sed 's/^/    /' "$why"
done <"$CACHE/old.list"
secs=$(echo "$begin $(now)" | awk '{ printf "%.0fs", $2 - $1 }')
echo "upgrade old -> new on $count Debian packages whose schema changed: $passed passed, $xfailed expected failures, $failures failed ($same the same, $absent not in trixie; $secs)"
[ "$failures" -eq 0 ]
