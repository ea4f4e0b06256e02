#!/usr/bin/env bash
# Build the Debian packages (debian/: debhelper with meson) from a clean copy of
# the committed and staged files, and check them with lintian (no errors).
# With --install (CI, a fresh root machine): install them on this machine with
# apt-get, then run the installed `migrate --version` and build examples/startup
# against the installed files (pkg-config, schemagen-embed) and run it against
# a throwaway server; the packages are purged at the end.
#
#   bash scripts/package.sh              # build/deb/*.deb and lintian
#   bash scripts/package.sh --install    # and install, use, purge
set -euo pipefail
cd "$(dirname "$0")/.."
install=false
[ "${1:-}" = --install ] && install=true
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
bash scripts/setup.sh

out=$PWD/build/deb
rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# dpkg-buildpackage writes its packages next to the source tree: build a copy in a scratch directory.
mkdir "$work/schemagen"
git ls-files -z --cached | tar --null -T - -cf - | tar -xf - -C "$work/schemagen"
t0=$EPOCHREALTIME
(cd "$work/schemagen" && dpkg-buildpackage -us -uc -b) >"$out/build.log" 2>&1 ||
	{ tail -n 40 "$out/build.log"; echo "package: dpkg-buildpackage failed (build/deb/build.log)"; exit 1; }
cp "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo "$out/"
echo "package: built $(cd "$out" && ls -- *.deb | grep -v dbgsym | tr '\n' ' ')in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }') s"

# lintian: errors fail (warnings and info are printed).
lrc=0
lintian --fail-on error -I "$out"/schemagen_*.changes >"$out/lintian.log" 2>&1 || lrc=$?
grep -v 'running with root privileges' "$out/lintian.log" || true
[ "$lrc" -eq 0 ] || { echo "package: lintian reports errors (build/deb/lintian.log)"; exit 1; }
echo "package: lintian: no errors"

$install || exit 0

debs=("$out"/schemagen_*.deb "$out"/libschemagen-migrate0_*.deb "$out"/libschemagen-migrate-dev_*.deb)
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -q --no-install-recommends "${debs[@]}" >"$out/install.log" 2>&1 ||
	{ cat "$out/install.log"; echo "package: the packages do not install"; exit 1; }
purge() { $sudo apt-get purge -y -q schemagen libschemagen-migrate0 libschemagen-migrate-dev >/dev/null 2>&1 || true; }
trap 'purge; rm -rf "$work"' EXIT

[ "$(command -v migrate)" = /usr/bin/migrate ] || { echo "package: migrate is not /usr/bin/migrate"; exit 1; }
/usr/bin/migrate --version
for f in /usr/bin/schemagen /usr/bin/with-throwaway-postgres /usr/bin/schemagen-embed \
	/usr/include/schemagen/migrate.h /usr/share/man/man1/migrate.1.gz /usr/share/man/man5/schemagen-models.5.gz; do
	[ -e "$f" ] || { echo "package: $f is not installed"; exit 1; }
done
pkg-config --exists schemagen-migrate || { echo "package: pkg-config does not find schemagen-migrate"; exit 1; }

# The example against the installed files only: the system's pkg-config and schemagen-embed.
meson setup "$work/ex" examples/startup -Dwerror=true >"$out/example.log" 2>&1 &&
	meson compile -C "$work/ex" >>"$out/example.log" 2>&1 ||
	{ cat "$out/example.log"; echo "package: the example does not build against the packages"; exit 1; }
ldd "$work/ex/startup" | grep -Eq 'libschemagen-migrate.so.0 => (/usr)?/lib/' ||
	{ echo "package: the example does not load the installed library"; exit 1; }
/usr/bin/with-throwaway-postgres -- sh -c '
	"$1/startup" && "$1/startup" && /usr/bin/migrate -d examples/../migrations status --exit-code >/dev/null' _ "$work/ex" |
	tee "$out/example.out"
n=$(ls migrations | grep -c '\.up\.sql$')
grep -q "^startup: $n applied" "$out/example.out" && grep -q '^startup: 0 applied' "$out/example.out" ||
	{ echo "package: the example did not migrate"; exit 1; }
echo "package: installed, migrate --version and the example against the installed files: ok"
