#!/bin/sh
# `schemagen diff --online` on tables with rows, judged by squawk (the
# PostgreSQL migration linter, npm package squawk-cli, pinned below and
# installed into the build directory on the first run) and by the round trip:
#   stage 1, changes that have a lock-friendly form: squawk finds nothing in
#     any up file (only the rules that judge the runner are left out, see
#     docs/diff.md);
#   stage 2, changes that have none (rewrites): every squawk finding is in an
#     operation whose hazards say so (rule -> hazard code below).
# Each stage: `diff --online --write`, squawk, `migrate up`, `diff` finds no
# changes, the rows seeded before are unchanged, `migrate down` of the
# stage's files gives back the same schema (pg_dump) and rows, `diff` against
# the previous models finds no changes, then `migrate up` again; at the end
# `schemagen check` replays and reverts the whole directory.
# Usage: schemagen_online_cli.sh SCHEMAGEN MIGRATE SQUAWK_DIR
# Uses $DATABASE_URL when set, otherwise starts a throwaway server itself.
# Needs npm and the npm registry on the first run: a failed install fails the test.
set -u
SQUAWK_VERSION=2.66.0
S=$(realpath "$1") M=$(realpath "$2") SQ=$3
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
mkdir -p "$SQ" && SQ=$(realpath "$SQ")
squawk="$SQ/node_modules/.bin/squawk"
if [ "$("$squawk" --version 2>/dev/null)" != "squawk $SQUAWK_VERSION" ]; then
	if ! npm install --prefix "$SQ" --no-audit --no-fund --no-save "squawk-cli@$SQUAWK_VERSION" >"$SQ/install.log" 2>&1; then
		echo "FAIL: could not install squawk-cli@$SQUAWK_VERSION with npm (this test needs the npm registry):"
		tail -n 20 "$SQ/install.log"
		exit 1
	fi
fi
[ "$("$squawk" --version 2>/dev/null)" = "squawk $SQUAWK_VERSION" ] ||
	{ echo "FAIL: $squawk is not squawk $SQUAWK_VERSION"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sgonline_$$"
psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
url="$DATABASE_URL dbname=$db"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
want() { # want got what
	[ "$1" = "$2" ] || fail "$3: exit $2, expected $1"
}
pgmajor=$(psql "$url" -Atc "SELECT current_setting('server_version_num')::int / 10000")
# Rules that judge how the file is run rather than its SQL: timeouts (migrate --lock-timeout and
# --statement-timeout set them for each migration), IF [NOT] EXISTS and "missing transaction"
# (the runner's transaction and its dirty state make a rerun safe), and transaction nesting (the
# runner owns the transaction; schemagen never writes BEGIN).
runner_rules=require-timeout-settings,require-lock-timeout,require-statement-timeout,prefer-robust-stmts,transaction-nesting
# The hazard code an operation must carry for squawk's finding on it to be expected.
hazard_for() {
	case "$1" in
	changing-column-type | adding-field-with-default) echo rewrite ;;
	ban-drop-column | ban-drop-table) echo data-loss ;;
	adding-required-field) echo needs-backfill ;;
	*) echo blocking ;;
	esac
}
# lint FILE: squawk's findings as "RULE LINE" (1-based), transactional files as migrate runs them.
# Anything else squawk says (a bad option, a file it cannot read) fails the test: it must not pass as silence.
finding='^[^:]*:\([0-9]*\):[0-9]*: [a-z]*: \([a-z0-9-]*\) .*'
lint() {
	mode=--assume-in-transaction
	head -n 1 "$1" | grep -q '^-- migrate:no-transaction' && mode=--no-assume-in-transaction
	"$squawk" $mode --pg-version "$pgmajor" --exclude "$runner_rules" --reporter gcc "$1" >"$work/squawk.out" 2>&1
	rc=$?
	if [ "$rc" -gt 1 ] || grep -qv "$finding" "$work/squawk.out" || { [ "$rc" -eq 1 ] && [ ! -s "$work/squawk.out" ]; }; then
		fail "squawk exits $rc on $1: $(head -n 5 "$work/squawk.out")" >&2
	fi
	sed -n "s/$finding/\\2 \\1/p" "$work/squawk.out" | while read -r rule line; do echo "$rule $((line + 1))"; done
}
# hazards_at FILE LINE: the hazard codes of the operation that holds LINE (operations are blank-line separated).
hazards_at() {
	head -n "$2" "$1" | awk 'BEGIN { RS = "" } { op = $0 } END { print op }' |
		sed -n 's/^-- hazard: \([a-z-]*\):.*/\1/p'
}
# pg_dump 15.14+ writes a random \restrict key into every dump.
dump() { pg_dump --schema-only --no-owner -T 'schema_migrations*' "$url" | grep -v '^\\\(un\)\{0,1\}restrict '; }
rows() {
	for t in users orgs posts; do
		echo "== $t"
		psql "$url" -Atc "SELECT $(cat "$work/cols.$t") FROM $t ORDER BY 1"
	done
}

cd "$work"
mkdir models
cat >models/app.yaml <<'YAML'
enums:
  - { name: mood, values: [ok, sad] }
tables:
  - name: users
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: email, type: text, nullable: false }
      - { name: nick, type: text }
      - { name: mood, type: mood }
      - { name: city, type: text }
  - name: orgs
    columns:
      - { name: id, type: bigint }
      - { name: name, type: text }
  - name: posts
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: user_id, type: bigint }
      - { name: author_email, type: text }
      - { name: title, type: text }
      - { name: score, type: bigint }
      - { name: created_at, type: timestamptz, nullable: false, default: now() }
    indexes:
      - { columns: [title] }
YAML
echo "id, email, nick, mood" >cols.users
echo "id, name" >cols.orgs
echo "id, user_id, author_email, title, score::bigint AS score, created_at" >cols.posts
"$S" --database "$url" diff --write init >/dev/null; want 0 $? "diff --write init"
"$M" --database "$url" up >/dev/null; want 0 $? "migrate up init"
psql "$url" -q -v ON_ERROR_STOP=1 <<'SQL' || exit 1
INSERT INTO users SELECT g, 'u' || g || '@example.org', 'nick' || g, CASE WHEN g % 3 = 0 THEN 'sad' ELSE 'ok' END::mood
  FROM generate_series(1, 3000) g;
INSERT INTO orgs SELECT g, 'org ' || g FROM generate_series(1, 500) g;
INSERT INTO posts SELECT g, g % 3000 + 1, 'u' || (g % 3000 + 1) || '@example.org', 'post ' || g, g % 17,
  '2026-01-01'::timestamptz + g * interval '1 minute' FROM generate_series(1, 5000) g;
SQL

# stage NAME EXPECT YAML: EXPECT is "clean" (no squawk finding at all) or "hazards" (each finding on a hazard).
stage() {
	name=$1 expect=$2
	cp -r models "models.before_$name"
	printf '%s\n' "$3" >models/app.yaml
	dump >"dump.before_$name"
	rows >"rows.before_$name"
	ls migrations >"files.before_$name"
	"$S" --database "$url" diff --online --allow-destructive --write "$name" >"plan.$name" 2>&1
	want 0 $? "$name: diff --online --write"
	new=$(ls migrations | comm -13 "files.before_$name" - | grep '\.up\.sql$')
	n=$(echo "$new" | grep -c .)
	found=0
	for f in $new; do
		lint "migrations/$f" >"lint.$f"
		while read -r rule line; do
			found=$((found + 1))
			code=$(hazard_for "$rule")
			if [ "$expect" = clean ]; then
				fail "$name: squawk $rule at $f:$line: $(sed -n "${line}p" "migrations/$f")"
			elif ! hazards_at "migrations/$f" "$line" | grep -qx "$code"; then
				fail "$name: squawk $rule at $f:$line, but the operation has no '$code' hazard: $(sed -n "${line}p" "migrations/$f")"
			fi
		done <"lint.$f"
	done
	[ "$expect" = clean ] || [ "$found" -gt 0 ] || fail "$name: squawk found nothing to check the hazards against"
	echo "$name: $n migrations ($(echo $new | tr '\n' ' ')), $found squawk findings"
	"$M" --database "$url" up >"up.$name" 2>&1; want 0 $? "$name: migrate up ($(tail -n 3 "up.$name"))"
	"$S" --database "$url" diff --exit-code >"fix.$name" 2>&1; want 0 $? "$name: no changes after up ($(tail -n 5 "fix.$name"))"
	rows >"rows.after_$name"
	cmp -s "rows.before_$name" "rows.after_$name" || fail "$name: rows changed by the up: $(diff "rows.before_$name" "rows.after_$name" | head -n 5)"
	"$M" --database "$url" down "$n" >"down.$name" 2>&1; want 0 $? "$name: migrate down $n ($(tail -n 3 "down.$name"))"
	dump >"dump.after_$name"
	cmp -s "dump.before_$name" "dump.after_$name" || fail "$name: the downs left another schema: $(diff "dump.before_$name" "dump.after_$name" | head -n 10)"
	rows >"rows.down_$name"
	cmp -s "rows.before_$name" "rows.down_$name" || fail "$name: rows changed by the downs: $(diff "rows.before_$name" "rows.down_$name" | head -n 5)"
	"$S" --database "$url" -m "models.before_$name" -d "$work/none" diff --exit-code >"back.$name" 2>&1
	want 0 $? "$name: no changes against the previous models after the downs ($(tail -n 5 "back.$name"))"
	"$M" --database "$url" up >/dev/null 2>&1; want 0 $? "$name: migrate up again"
}

# Stage 1: every change here has a lock-friendly form.
stage lockfree clean "$(cat <<'YAML'
functions:
  - name: org_count
    definition: |
      CREATE FUNCTION org_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM orgs);
enums:
  - { name: mood, values: [ok, meh, sad] }
tables:
  - name: users
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: email, type: text, nullable: false, unique: true }
      - { name: nick, type: text, nullable: false }
      - { name: mood, type: mood, default: "'meh'" }
      - { name: token, type: uuid, nullable: false, default: gen_random_uuid() }
      - { name: serial_no, type: bigserial }
      - { name: active, type: boolean, nullable: false, default: "true" }
      - { name: bio, type: text, comment: shown on the profile }
      - { name: seen, type: bigint, nullable: false, default: org_count() }
      - { name: city, type: text, nullable: false, fill: "'city' || id % 7" }
      - { name: region, type: text, nullable: false, fill: "'eu'" }
      - { name: login, type: text, nullable: false, fill: "lower(email)" }
      - { name: ticket, type: uuid, nullable: false, fill: gen_random_uuid() }
  - name: orgs
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: name, type: text }
  - name: posts
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: user_id, type: bigint, references: { table: users } }
      - { name: author_email, type: text, references: { table: users, column: email } }
      - { name: title, type: text }
      - { name: score, type: bigint, default: "0" }
      - { name: created_at, type: timestamptz, nullable: false, default: now() }
    checks:
      - { name: posts_score_check, expression: "score >= 0", comment: "no negative score, it's checked" }
    indexes:
      - { columns: [title, score] }
      - { columns: [created_at], comment: "built CONCURRENTLY,\nthen commented" }
      - { columns: [user_id, id], unique: true }
  - name: tags
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: post_id, type: bigint, nullable: false, references: { table: posts } }
      - { name: label, type: text }
    indexes:
      - { columns: [post_id] }
YAML
)"
grep -q "^DROP INDEX CONCURRENTLY posts_title_idx;" migrations/*lockfree_concurrently.up.sql ||
	fail "lockfree: posts_title_idx is not dropped CONCURRENTLY after its replacement is built"
c=$(ls migrations/*lockfree_concurrently.up.sql)
grep -q "^ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;" "$c" ||
	fail "lockfree: users_email_key is not attached USING INDEX in the _concurrently step"
grep -q "^ALTER TABLE orgs ADD CONSTRAINT orgs_pkey PRIMARY KEY USING INDEX orgs_pkey;" "$c" ||
	fail "lockfree: orgs_pkey is not attached USING INDEX in the _concurrently step"
grep -q "^ALTER TABLE posts VALIDATE CONSTRAINT posts_author_email_fkey;" "$c" ||
	fail "lockfree: the foreign key to the new key is not validated after it in the _concurrently step"
# Rows written between the steps keep the column filled: the backfill left no NULL behind.
left=$(psql "$url" -Atc "SELECT count(*) FROM users WHERE token IS NULL OR serial_no IS NULL OR seen <> 500")
[ "$left" = 0 ] || fail "lockfree: $left rows of users left unfilled by the backfill"
# The fills (docs/models.md, "Filling existing rows"): a column made NOT NULL gets its NULLs filled in
# batches, a new one its rows (a constant as the ADD COLUMN's default, dropped after; a fill that reads
# the row or is volatile in batches); no default is left behind.
left=$(psql "$url" -Atc "SELECT count(*) FROM users WHERE city IS DISTINCT FROM 'city' || id % 7 OR region <> 'eu'
	OR login <> lower(email) OR ticket IS NULL")
[ "$left" = 0 ] || fail "lockfree: $left rows of users not filled by their fills"
[ "$(psql "$url" -Atc "SELECT count(DISTINCT ticket) FROM users")" = 3000 ] ||
	fail "lockfree: a volatile fill did not give each row its own value"
defaults=$(psql "$url" -Atc "SELECT count(*) FROM pg_attrdef d JOIN pg_attribute a ON (a.attrelid, a.attnum) = (d.adrelid, d.adnum)
	WHERE d.adrelid = 'users'::regclass AND a.attname IN ('city', 'region', 'login', 'ticket')")
[ "$defaults" = 0 ] || fail "lockfree: a fill was left as a default ($defaults)"
grep -q "^ALTER TABLE users ADD COLUMN region text DEFAULT 'eu' NOT NULL;" migrations/*_lockfree.up.sql ||
	fail "lockfree: the constant fill is not the ADD COLUMN's default"
grep -q "UPDATE users SET city = ('city' || id % 7)" migrations/*lockfree_backfill.up.sql ||
	fail "lockfree: the NULLs of city are not filled in the _backfill step"

# Stage 2: none of these has a lock-friendly form; each must say so in a hazard.
stage rewrites hazards "$(cat <<'YAML'
functions:
  - name: org_count
    definition: |
      CREATE FUNCTION org_count() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT count(*) FROM orgs);
enums:
  - { name: mood, values: [ok, meh, sad] }
tables:
  - name: users
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: email, type: text, nullable: false, unique: true }
      - { name: nick, type: text, nullable: false }
      - { name: mood, type: mood, default: "'meh'" }
      - { name: token, type: uuid, nullable: false, default: gen_random_uuid() }
      - { name: serial_no, type: bigserial }
      - { name: active, type: boolean, nullable: false, default: "true" }
      - { name: bio, type: text, comment: shown on the profile }
      - { name: seen, type: bigint, nullable: false, default: org_count() }
      - { name: city, type: text, nullable: false, fill: "'city' || id % 7" }
      - { name: region, type: text, nullable: false, fill: "'eu'" }
      - { name: login, type: text, nullable: false, fill: "lower(email)" }
      - { name: ticket, type: uuid, nullable: false, fill: gen_random_uuid() }
      - { name: domain, type: text, generated: "split_part(email, '@', 2)" }
  - name: orgs
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: name, type: text }
      - { name: rank, type: bigint, identity: by_default }
  - name: posts
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: user_id, type: bigint, references: { table: users } }
      - { name: author_email, type: text, references: { table: users, column: email } }
      - { name: title, type: text }
      - { name: score, type: "numeric(20,2)", default: "0" }
      - { name: created_at, type: timestamptz, nullable: false, default: now() }
    checks:
      - { name: posts_score_check, expression: "score >= 0", comment: "no negative score, it's checked" }
    indexes:
      - { columns: [title, score] }
      - { columns: [created_at], comment: "built CONCURRENTLY,\nthen commented" }
      - { columns: [user_id, id], unique: true }
  - name: tags
    columns:
      - { name: id, type: bigint, primary_key: true }
      - { name: post_id, type: bigint, nullable: false, references: { table: posts } }
      - { name: label, type: text }
    indexes:
      - { columns: [post_id] }
YAML
)"

"$S" --database "$url" check --scratch-url "$DATABASE_URL" >check.out 2>&1
want 0 $? "schemagen check of the whole directory ($(tail -n 5 check.out))"
cd /
psql "$DATABASE_URL" -qc "DROP DATABASE $db WITH (FORCE)"
[ "$failures" -eq 0 ] && echo "schemagen diff --online: all checks passed"
exit "$failures"
