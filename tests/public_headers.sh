#!/bin/sh
# Every public header (include/schemagen/*.h) compiles on its own, first in
# its translation unit, as C11 and as C++11, warnings as errors.
# Usage: public_headers.sh SOURCE_ROOT CC CXX
set -u
root=$1 cc=$2 cxx=$3
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
pq=$(pkg-config --cflags libpq)
failures=0 n=0
for h in "$root"/include/schemagen/*.h; do
	b=$(basename "$h")
	printf '#include <schemagen/%s>\ntypedef int sg_header_alone_check;\n' "$b" >"$t/one.c"
	cp "$t/one.c" "$t/one.cc"
	# shellcheck disable=SC2086
	$cc -std=c11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I"$root/include" $pq "$t/one.c" ||
		{ echo "FAIL: <schemagen/$b> alone as C11"; failures=$((failures + 1)); }
	# shellcheck disable=SC2086
	$cxx -std=c++11 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -I"$root/include" $pq "$t/one.cc" ||
		{ echo "FAIL: <schemagen/$b> alone as C++11"; failures=$((failures + 1)); }
	n=$((n + 1))
done
[ "$n" -ge 6 ] || { echo "FAIL: only $n headers found"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] && echo "$n public headers compile alone as C11 and C++11"
exit "$failures"
