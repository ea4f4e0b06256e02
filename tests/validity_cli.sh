#!/bin/sh
# not_valid, no_inherit and using/using_down end to end, on tables with rows:
# `schemagen diff --write` for each step, `migrate up` and `down`, the
# fixpoint, the rows converted and converted back, `schemagen check` on the
# whole directory (which replays every down and checks it undoes its up), and
# a type change without a conversion refused with exit 2, naming the column.
# Usage: validity_cli.sh SCHEMAGEN MIGRATE
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
set -u
S=$(realpath "$1") M=$(realpath "$2")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
work=$(mktemp -d)
db="sgvalid_$$"
trap 'psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"; rm -rf "$work"' EXIT
psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
url="$DATABASE_URL dbname=$db"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
want() { # code got what
	if [ "$1" != "$2" ]; then fail "$3: exit $2, expected $1; stderr: $(cat err.txt 2>/dev/null)"; fi
}
has() { # file pattern what
	grep -q -- "$2" "$1" || fail "$3: '$2' not in $1: $(cat "$1")"
}
rows() { psql "$url" -Atc "SELECT string_agg(id || ':' || coalesce(at::text, '-') || ':' || coalesce(org_id::text, '-'), ',' ORDER BY id) FROM events"; }
diff_write() { # name, extra options
	name=$1 && shift
	"$S" --database "$url" diff --write "$name" "$@" >out.txt 2>err.txt
}
cd "$work" && mkdir models
model() { # at's type and keys, the check's keys, the foreign key's keys
	cat >models/events.yaml <<YAML
tables:
  - name: orgs
    columns:
      - { name: id, type: bigint, primary_key: true }
  - name: events
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: at, type: $1 }
      - { name: org_id, type: bigint, references: { table: orgs$3 } }
    checks:
      - { name: id_positive, expression: "id > 0"$2 }
YAML
}

model bigint "" ""
diff_write init; want 0 $? "diff --write init"
"$M" --database "$url" up >/dev/null 2>err.txt; want 0 $? "migrate up init"
psql "$url" -qc "INSERT INTO orgs VALUES (1); INSERT INTO events VALUES (1, 1700000000, 1), (2, 0, NULL), (3, NULL, 1)" || exit 1
start=$(rows)

# bigint -> timestamp has no cast: refused before anything is written, naming the column and the key.
model timestamp "" ""
diff_write to_timestamp --allow-destructive; want 2 $? "a type change without a conversion"
has err.txt "models/events.yaml:8:17: column 'at' of table 'events' cannot change from bigint to timestamp without time zone by a cast" "the column is named"
has err.txt "give the conversion as 'using: EXPR'" "the key is suggested"
ls migrations | grep -q to_timestamp && fail "a refused plan was written"

# With the conversions: values converted up and back down.
model "timestamp, using: \"to_timestamp(at) AT TIME ZONE 'UTC'\", using_down: \"extract(epoch FROM at AT TIME ZONE 'UTC')::bigint\"" "" ""
diff_write to_timestamp --allow-destructive; want 0 $? "diff --write to_timestamp"
has migrations/000002_to_timestamp.up.sql "USING to_timestamp(at) AT TIME ZONE 'UTC';" "the up uses 'using'"
has migrations/000002_to_timestamp.down.sql "USING extract(epoch FROM at AT TIME ZONE 'UTC')::bigint;" "the down uses 'using_down'"
"$M" --database "$url" up >/dev/null 2>err.txt; want 0 $? "migrate up to_timestamp"
[ "$(rows)" = "1:2023-11-14 22:13:20:1,2:1970-01-01 00:00:00:-,3:-:1" ] || fail "rows after the conversion: $(rows)"
"$S" --database "$url" diff --exit-code >out.txt 2>err.txt; want 0 $? "no changes once the type matches (using kept)"

# A check and a foreign key the models keep NOT VALID, a NO INHERIT check: re-created so, rows kept.
model "timestamp" ", no_inherit: true, not_valid: true" ", not_valid: true"
diff_write relax; want 0 $? "diff --write relax"
has migrations/000003_relax.up.sql "ADD CONSTRAINT id_positive CHECK (id > 0) NO INHERIT NOT VALID;" "NO INHERIT NOT VALID check"
"$M" --database "$url" up >/dev/null 2>err.txt; want 0 $? "migrate up relax"
"$S" --database "$url" diff --exit-code >out.txt 2>err.txt; want 0 $? "fixpoint after relax"
# The foreign key was valid: the models allow NOT VALID, so nothing changed.
[ "$(psql "$url" -Atc "SELECT string_agg(conname || ':' || convalidated || ':' || connoinherit, ',' ORDER BY conname) FROM pg_constraint WHERE contype IN ('c', 'f') AND conrelid = 'events'::regclass")" = \
	"events_org_id_fkey:true:true,id_positive:false:true" ] || fail "constraints after relax"
# A migration written by hand leaves the foreign key NOT VALID, as the models allow.
cat >migrations/000004_fk_not_valid.up.sql <<'SQL'
ALTER TABLE events DROP CONSTRAINT events_org_id_fkey;
ALTER TABLE events ADD CONSTRAINT events_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs(id) NOT VALID;
SQL
cat >migrations/000004_fk_not_valid.down.sql <<'SQL'
ALTER TABLE events DROP CONSTRAINT events_org_id_fkey;
ALTER TABLE events ADD CONSTRAINT events_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs(id);
SQL
"$M" --database "$url" up >/dev/null 2>err.txt; want 0 $? "migrate up fk_not_valid"
"$S" --database "$url" diff --exit-code >out.txt 2>err.txt; want 0 $? "a NOT VALID foreign key the models keep NOT VALID"

# The models want them valid and inheritable: the check re-created, the foreign key validated in a
# migration of its own.
model "timestamp" "" ""
diff_write strict; want 0 $? "diff --write strict"
has migrations/000005_strict.up.sql "ADD CONSTRAINT id_positive CHECK (id > 0);" "the check without NO INHERIT"
has migrations/000006_strict_validate.up.sql "ALTER TABLE events VALIDATE CONSTRAINT events_org_id_fkey;" "VALIDATE the foreign key"
has migrations/000006_strict_validate.down.sql "ADD CONSTRAINT events_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs(id) NOT VALID;" "the down adds it back NOT VALID"
"$M" --database "$url" up >/dev/null 2>err.txt; want 0 $? "migrate up strict"
"$S" --database "$url" diff --exit-code >out.txt 2>err.txt; want 0 $? "fixpoint after strict"

# The whole directory: replayed, compared with the models, every down checked against its up.
"$S" --database "$url" check >out.txt 2>err.txt; want 0 $? "schemagen check over every migration"

# Every migration again on rows, then every down back to the first: the rows are where they started.
"$M" --database "$url" down --all >/dev/null 2>err.txt; want 0 $? "migrate down --all"
"$M" --database "$url" up 1 >/dev/null 2>err.txt; want 0 $? "migrate up 1 again"
psql "$url" -qc "INSERT INTO orgs VALUES (1); INSERT INTO events VALUES (1, 1700000000, 1), (2, 0, NULL), (3, NULL, 1)" || exit 1
"$M" --database "$url" up >/dev/null 2>err.txt; want 0 $? "migrate up everything on rows"
"$M" --database "$url" down 5 >/dev/null 2>err.txt; want 0 $? "migrate down 5 on rows"
[ "$(rows)" = "$start" ] || fail "rows after the downs: $(rows), expected $start"
[ "$(psql "$url" -Atc "SELECT string_agg(conname || ':' || convalidated || ':' || connoinherit, ',' ORDER BY conname) FROM pg_constraint WHERE contype IN ('c', 'f') AND conrelid = 'events'::regclass")" = \
	"events_org_id_fkey:true:true,id_positive:true:false" ] || fail "constraints after the downs"

[ "$failures" -eq 0 ] && echo "validity CLI: all checks passed"
exit "$failures"
