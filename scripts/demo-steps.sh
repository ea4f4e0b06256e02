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

step "Done: the server is stopped and its directory removed on exit"
