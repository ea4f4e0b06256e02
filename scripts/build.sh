#!/usr/bin/env bash
# Configure (once) and build into build/: AddressSanitizer and
# UndefinedBehaviorSanitizer on, warnings are errors.  Used by test.sh and demo.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/build.ninja ]; then
	meson setup build -Db_sanitize=address,undefined -Dwerror=true -Dtests=enabled
fi
meson compile -C build
