#!/bin/sh
# Fetch the PostgreSQL schemas that Debian 12 packages ship, for the
# `schemagen inspect` round trip (tests/inspect_debian.sh).  Nothing of them is
# kept in the repository: each package is downloaded with `apt-get download`
# into CACHE/debs, unpacked with `dpkg-deb -x`, and its plain SQL schema is
# copied to CACHE/schemas/NAME.sql.  Packages already in the cache are not
# downloaded again.
#
# Usage: scripts/fetch-debian-schemas.sh CACHE_DIR
# Prints one line per schema: NAME PACKAGE VERSION PATH-IN-PACKAGE.
# Exits non-zero, naming the package, when a download or an extraction fails
# (no network, no package lists: run `apt-get update`).
set -eu
cache=${1:?usage: fetch-debian-schemas.sh CACHE_DIR}
mkdir -p "$cache/debs" "$cache/x" "$cache/schemas"
cache=$(cd "$cache" && pwd)

# name  package  file inside the package (.gz files are uncompressed; for a directory, its *-create.sql
# files in name order after standard-create.sql, the order kamailio's kamdbctl uses)
schemas='
zabbix zabbix-server-pgsql usr/share/zabbix-server-pgsql/schema.sql.gz
icinga2_ido icinga2-ido-pgsql usr/share/icinga2-ido-pgsql/schema/pgsql.sql
bacula bacula-director-pgsql usr/share/dbconfig-common/data/bacula-director-pgsql/install/pgsql
pdns pdns-backend-pgsql usr/share/pdns-backend-pgsql/schema/schema.pgsql.sql
roundcube roundcube-core usr/share/roundcube/SQL/postgres.initial.sql
kamailio kamailio-postgres-modules usr/share/kamailio/postgres
'

echo "$schemas" | while read -r name pkg path; do
	[ -n "$name" ] || continue
	deb=$(ls "$cache/debs/${pkg}"_*.deb 2>/dev/null | head -n 1 || true)
	if [ -z "$deb" ]; then
		# apt's download sandbox user cannot write into a root-owned cache: download as the caller.
		if ! (cd "$cache/debs" && apt-get -q -o APT::Sandbox::User="$(id -un)" download "$pkg" >"$cache/debs/$pkg.log" 2>&1); then
			echo "fetch-debian-schemas: 'apt-get download $pkg' failed (network? package lists? try 'apt-get update'):" >&2
			cat "$cache/debs/$pkg.log" >&2
			exit 1
		fi
		deb=$(ls "$cache/debs/${pkg}"_*.deb | head -n 1)
	fi
	rm -rf "$cache/x/$pkg"
	dpkg-deb -x "$deb" "$cache/x/$pkg"
	src="$cache/x/$pkg/$path"
	if [ -d "$src" ] && [ -f "$src/standard-create.sql" ]; then
		{
			cat "$src/standard-create.sql"
			for f in "$src"/*-create.sql; do
				[ "$f" = "$src/standard-create.sql" ] || cat "$f"
			done
		} >"$cache/schemas/$name.sql"
	elif [ -f "$src" ]; then
		case "$src" in
		*.gz) gzip -dc "$src" >"$cache/schemas/$name.sql" ;;
		*) cp "$src" "$cache/schemas/$name.sql" ;;
		esac
	else
		echo "fetch-debian-schemas: $pkg has no '$path' any more" >&2
		exit 1
	fi
	version=$(dpkg-deb -f "$deb" Version)
	echo "$name $pkg $version $path"
done
