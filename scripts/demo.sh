#!/usr/bin/env bash
# The demo: set up, build, start a throwaway PostgreSQL and walk through the
# workflow on the example models in models/ and the migrations in migrations/.
# Nothing in the repository is changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh >/dev/null
exec build/runtime/with-throwaway-postgres -- bash scripts/demo-steps.sh
