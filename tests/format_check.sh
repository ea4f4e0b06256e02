#!/bin/sh
# Every C file of the listed folders is formatted as .clang-format says:
# `clang-format --dry-run --Werror` prints each difference and fails.
# Usage: format_check.sh SOURCE_ROOT FOLDER...
set -u
root=$1
shift
command -v clang-format >/dev/null || { echo "clang-format is missing: bash scripts/setup.sh installs it"; exit 1; }
cd "$root" || exit 1
files=$(find "$@" -name '*.[ch]' | sort)
[ -n "$files" ] || { echo "no C files under $*"; exit 1; }
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files || { echo "run: clang-format -i on the files above"; exit 1; }
echo "$(echo "$files" | wc -l) files formatted"
