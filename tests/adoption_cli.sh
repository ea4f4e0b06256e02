#!/bin/sh
# The README's "Adopting schemagen" steps, run as written, on a database that
# GORM's AutoMigrate built (its DDL as GORM v2 sends it): inspect writes the
# models, diff finds nothing, a baseline migration is generated on an empty
# throwaway server, `migrate baseline` records it on the existing database
# without running it, and from then on check, diff and migrate work as for a
# project that always used schemagen.
# Usage: adoption_cli.sh SCHEMAGEN MIGRATE
set -u
S=$(realpath "$1") M=$(realpath "$2")
if [ -z "${DATABASE_URL:-}" ]; then
	exec "$(dirname "$M")/with-throwaway-postgres" -- "$0" "$@"
fi
T="$(dirname "$M")/with-throwaway-postgres"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sgadopt_$$"
psql "$DATABASE_URL" -qc "CREATE DATABASE $db" || exit 1
export DATABASE_URL="$DATABASE_URL dbname=$db"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
want() { # code got what
	if [ "$1" != "$2" ]; then fail "$3: exit $2, expected $1: $(cat err.txt 2>/dev/null)"; fi
}
cd "$work"

# The production database as AutoMigrate left it, with rows in it.
psql "$DATABASE_URL" -q -v ON_ERROR_STOP=1 <<'SQL' || exit 1
CREATE TABLE "companies" ("id" bigserial,"created_at" timestamptz,"updated_at" timestamptz,"deleted_at" timestamptz,"name" text NOT NULL,PRIMARY KEY ("id"));
CREATE INDEX IF NOT EXISTS "idx_companies_deleted_at" ON "companies" ("deleted_at");
CREATE TABLE "users" ("id" bigserial,"created_at" timestamptz,"updated_at" timestamptz,"deleted_at" timestamptz,"name" text,"email" varchar(191) NOT NULL,"age" smallint,"active" boolean DEFAULT true,"company_id" bigint,PRIMARY KEY ("id"),CONSTRAINT "fk_companies_users" FOREIGN KEY ("company_id") REFERENCES "companies"("id"));
CREATE UNIQUE INDEX IF NOT EXISTS "idx_users_email" ON "users" ("email");
CREATE INDEX IF NOT EXISTS "idx_users_deleted_at" ON "users" ("deleted_at");
CREATE TABLE "orders" ("id" bigserial,"created_at" timestamptz,"updated_at" timestamptz,"deleted_at" timestamptz,"user_id" bigint NOT NULL,"amount" decimal(10,2) DEFAULT 0,"status" varchar(20) DEFAULT 'new',"meta" jsonb DEFAULT '{}',PRIMARY KEY ("id"),CONSTRAINT "fk_users_orders" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,CONSTRAINT "chk_orders_amount" CHECK (amount >= 0));
CREATE INDEX IF NOT EXISTS "idx_orders_deleted_at" ON "orders" ("deleted_at");
CREATE INDEX IF NOT EXISTS "idx_orders_user_status" ON "orders" ("user_id","status");
INSERT INTO companies (name) VALUES ('acme');
INSERT INTO users (email, company_id) VALUES ('a@example.com', 1);
INSERT INTO orders (user_id, amount) VALUES (1, 9.50);
SQL

# Step 1: models for what is there.
"$S" inspect -m models --split >out.txt 2>err.txt; want 0 $? "1. schemagen inspect -m models --split"
[ -f models/users.yaml ] && [ -f models/orders.yaml ] || fail "1. no models/users.yaml, models/orders.yaml: $(ls models)"
# Step 2: the models describe the database exactly.
"$S" diff --exit-code >out.txt 2>err.txt; want 0 $? "2. schemagen diff --exit-code after inspect"
grep -q "no changes" out.txt || fail "2. diff did not say 'no changes': $(cat out.txt)"
# Step 3: the first migration creates that schema from nothing, generated on an empty throwaway server.
"$T" -- "$S" diff --write baseline >out.txt 2>err.txt; want 0 $? "3. baseline generated on an empty server"
[ -f migrations/000001_baseline.up.sql ] || fail "3. migrations/000001_baseline.up.sql not written"
# Step 4: the existing database records it as applied without running it.
"$M" baseline 1 >out.txt 2>err.txt; want 0 $? "4. migrate baseline 1"
"$M" status >out.txt 2>err.txt; want 0 $? "4. migrate status"
grep -q "000001 .*baseline .*applied" out.txt || fail "4. status does not show 000001 applied: $(cat out.txt)"
"$M" up >out.txt 2>err.txt; want 0 $? "4. migrate up after baseline"
grep -q "no change, at 000001" err.txt || fail "4. up ran something: $(cat err.txt)"
rows=$(psql "$DATABASE_URL" -Atc "SELECT count(*) FROM orders")
[ "$rows" = 1 ] || fail "4. the data changed: $rows orders"
# Step 5: CI's check and the normal workflow.
"$S" check >out.txt 2>err.txt; want 0 $? "5. schemagen check"
"$S" diff --exit-code >out.txt 2>err.txt; want 0 $? "5. diff after baseline"
sed -i 's/^    columns:$/&\n      - { name: note, type: text }/' models/orders.yaml
"$S" diff --write order_note >out.txt 2>err.txt; want 0 $? "5. the next change: diff --write order_note"
[ -f migrations/000002_order_note.up.sql ] || fail "5. 000002_order_note not written: $(ls migrations)"
"$M" up >out.txt 2>err.txt; want 0 $? "5. migrate up 000002"
"$S" diff --exit-code >out.txt 2>err.txt; want 0 $? "5. fixpoint after 000002"
"$S" check >out.txt 2>err.txt; want 0 $? "5. check after 000002"

psql "${DATABASE_URL% dbname=*}" -qc "DROP DATABASE $db WITH (FORCE)"
[ "$failures" -eq 0 ] && echo "adoption steps: all checks passed"
exit "$failures"
