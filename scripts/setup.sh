#!/usr/bin/env bash
# Install what building and testing schemagen needs, from Debian's packages.
# Does nothing when everything is already there; otherwise runs apt-get update
# once and installs the missing packages (as root, or through sudo).
set -euo pipefail

packages=(
	gcc meson ninja-build pkg-config
	libpq-dev        # libpq: the database connection
	libcyaml-dev     # YAML models
	libcmocka-dev    # unit and integration tests
	libssl-dev       # libcrypto: SHA-256 checksums of migration files
	libpg-query-dev  # PostgreSQL's own parser: splitting and checking SQL
	postgresql       # initdb/postgres for the throwaway test and demo servers
	pgbouncer        # the pooler the migrate suite starts in front of its server (lock per pooling mode)
	clang-format     # the suite checks that the C sources are formatted as .clang-format says
	git              # the tests of schemagen check's git history (tests/test_git_edits.c)
	scdoc            # the man pages' source format (man/*.scd)
	man-db           # the suite renders the man pages with man -l (tests/man_pages.py)
	g++              # the suite compiles every public header as C++ too
	debhelper        # the Debian packages (debian/, scripts/package.sh)
	lintian          # checks those packages
	locales          # localedef: the German locale a suite runs the server's messages in (below)
)

missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm installs squawk-cli, the PostgreSQL migration linter, for the --online suite
# (tests/schemagen_online_cli.sh).  Any npm will do: Debian's only when there is none
# (a machine may have Node.js from elsewhere, whose npm Debian's npm package would fight).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if [ ${#missing[@]} -gt 0 ]; then
	echo "setup: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -q
	$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# tests/fault_server_cli.sh runs a role with lc_messages in German (the server's messages translated, as
# postgresql's packages ship them): nothing may depend on their English text.  A server started before the
# locale was made does not see it.
if ! locale -a 2>/dev/null | grep -qx 'de_DE.utf8'; then
	echo "setup: generating the locale de_DE.UTF-8"
	$sudo localedef -i de_DE -f UTF-8 de_DE.UTF-8
fi
