#!/usr/bin/env bash
# The demo's steps, run by demo.sh with DATABASE_URL pointing at a throwaway server.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
show() { printf '$ %s\n' "$*"; "$@"; }

step "A throwaway PostgreSQL server is running (DATABASE_URL=$DATABASE_URL)"
show psql "$DATABASE_URL" -Atc "SELECT version()"

step "The two tools"
show "$bin/runtime/migrate" --version
show "$bin/generator/schemagen" --version
show "$bin/runtime/migrate" --help
show "$bin/generator/schemagen" --help

step "migrate: apply the project's migrations/ (none yet is fine), then a scratch set in its own database"
if ls migrations/*.up.sql >/dev/null 2>&1; then
	show "$bin/runtime/migrate" -d migrations up
	show "$bin/runtime/migrate" -d migrations status
else
	echo "(migrations/ has no migration yet)"
fi
demo_dir=$(mktemp -d)
trap 'rm -rf "$demo_dir"' EXIT
psql "$DATABASE_URL" -qc "CREATE DATABASE migrate_demo"
demo_url="$DATABASE_URL dbname=migrate_demo"
show "$bin/runtime/migrate" -d "$demo_dir" create create_users
cat >"$demo_dir/000001_create_users.up.sql" <<'SQL'
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
SQL
echo "DROP TABLE users;" >"$demo_dir/000001_create_users.down.sql"
cat >"$demo_dir/000002_users_email_idx.up.sql" <<'SQL'
-- migrate:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);
SQL
show "$bin/runtime/migrate" --database "$demo_url" -d "$demo_dir" status --exit-code || true
show "$bin/runtime/migrate" --database "$demo_url" -d "$demo_dir" up
show "$bin/runtime/migrate" --database "$demo_url" -d "$demo_dir" up
show "$bin/runtime/migrate" --database "$demo_url" -d "$demo_dir" status
show "$bin/runtime/migrate" --database "$demo_url" -d "$demo_dir" history

step "schemagen: the models in models/ match the migrations just applied"
show "$bin/generator/schemagen" validate
show "$bin/generator/schemagen" diff --exit-code

step "schemagen: edit a model (in a scratch copy of models/) and see the plan with its hazards"
edit_dir=$(mktemp -d)
cp -r models "$edit_dir/models"
cat >>"$edit_dir/models/users.yaml" <<'YAML'
  - name: avatars
    comment: Profile pictures
    columns:
      - { name: user_id, type: bigint, primary_key: true, references: { table: users, column: id, on_delete: cascade } }
      - { name: url, type: text, nullable: false }
YAML
echo "(added table 'avatars' to the copy; nothing in the repository changes)"
show "$bin/generator/schemagen" diff -m "$edit_dir/models" || true
rm -rf "$edit_dir"

step "Done: the server is stopped and its directory removed on exit"
