#!/bin/sh
# Fetch the PostgreSQL schemas that Debian 12 packages ship, for the
# `schemagen inspect` round trip (tests/inspect_debian.sh).  Nothing of them is
# kept in the repository: each package is downloaded with `apt-get download`
# into CACHE/debs, unpacked with `dpkg-deb -x`, and its plain SQL files are
# concatenated, in the order the package's own installer runs them, into
# CACHE/schemas/NAME.sql.  Packages already in the cache are not downloaded
# again.
#
# Usage: scripts/fetch-debian-schemas.sh [--release NAME] CACHE_DIR
# Prints one line per schema: NAME PACKAGES VERSIONS PATHS (packages and their
# versions joined with ',', in the order of first use; paths as package:path).
# Exits non-zero, naming the package, when a download or an extraction fails
# (no network, no package lists: run `apt-get update`).
#
# --release NAME (e.g. trixie, for tests/upgrade_debian.sh) takes the same packages
# from that Debian release instead of from the machine's own apt sources, which are
# left alone: the release's InRelease is checked with gpgv against
# /usr/share/keyrings/debian-archive-keyring.gpg, its main/binary-amd64/Packages.gz
# against the InRelease's SHA256, each .deb against the Packages entry's SHA256
# (downloads by apt's own /usr/lib/apt/apt-helper, from $DEBIAN_MIRROR, by default
# http://deb.debian.org/debian).  A schema one of whose packages that release does
# not have is printed as NAME absent PACKAGE.
#
# The one edit made to a package's text: a line `CREATE LANGUAGE plpgsql;` is
# left out (gammu's schema, written for PostgreSQL 8; since 9.0 plpgsql is in
# every database and the statement fails).
set -eu
release=""
if [ "${1:-}" = --release ]; then
	release=${2:?usage: fetch-debian-schemas.sh [--release NAME] CACHE_DIR}
	shift 2
fi
cache=${1:?usage: fetch-debian-schemas.sh [--release NAME] CACHE_DIR}
mkdir -p "$cache/debs" "$cache/x" "$cache/schemas"
cache=$(cd "$cache" && pwd)

# name  package:file ... (read in this order; .gz files are uncompressed; a directory stands for its
# *-create.sql files in name order after standard-create.sql, the order kamailio's kamdbctl uses; of
# the ims_*-create.sql files kamailio 6.0 adds, kamdbctl's module lists name ims_icscf only, and the
# others are left out as it leaves them out: ims_dialog's tables are dialog's again)
#
# The first six are the schemas issue 7 adopted.  The others, for issues 13 and 14:
# - tryton: every id a standalone sequence read by a nextval() default (trytond's init.sql);
# - rt (Request Tracker): the same, 27 standalone sequences (etc/schema.Pg, what rt-setup-database loads);
# - director (Icinga Director): a domain with two checks (d_smallint), enums, a function;
# - prelude (Prelude manager): 33 CHECKs `col IN (...)` on varchar columns;
# - davical: awl's tables then DAViCal's, in the order of its create-database.sh and
#   update-davical-database: a foreign key MATCH FULL, standalone sequences, 42 functions (one read
#   by a CHECK), 7 triggers.  Two files the installer also loads are left out, as they need kinds no
#   issue manages: views/dav_principal.sql (a view updated through three rules) and
#   rrule_functions.sql (composite types);
# - ledgersmb: 164 tables with functions, views and triggers, and also aggregates, rules, a
#   composite type and privileges;
# - gammu (gammu-smsd): an updated_at trigger function and its triggers, varchar IN checks.
d=usr/share/davical/dba
schemas="
zabbix zabbix-server-pgsql:usr/share/zabbix-server-pgsql/schema.sql.gz
icinga2_ido icinga2-ido-pgsql:usr/share/icinga2-ido-pgsql/schema/pgsql.sql
bacula bacula-director-pgsql:usr/share/dbconfig-common/data/bacula-director-pgsql/install/pgsql
pdns pdns-backend-pgsql:usr/share/pdns-backend-pgsql/schema/schema.pgsql.sql
roundcube roundcube-core:usr/share/roundcube/SQL/postgres.initial.sql
kamailio kamailio-postgres-modules:usr/share/kamailio/postgres
tryton tryton-server:usr/lib/python3/dist-packages/trytond/backend/postgresql/init.sql
rt request-tracker5:usr/share/request-tracker5/etc/schema.Pg
director icingaweb2-module-director:usr/share/icingaweb2/modules/director/schema/pgsql.sql
prelude prelude-manager:usr/share/dbconfig-common/data/prelude-manager/install/pgsql
davical libawl-php:usr/share/awl/dba/awl-tables.sql libawl-php:usr/share/awl/dba/schema-management.sql davical:$d/davical.sql davical:$d/supported_locales.sql davical:$d/caldav_functions.sql
ledgersmb ledgersmb:usr/share/ledgersmb/sql/Pg-database.sql
gammu gammu-smsd:usr/share/doc/gammu-smsd/examples/pgsql.sql
"

mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
helper=/usr/lib/apt/apt-helper

# index: the release's package index, verified, into $cache/Packages (once per run that downloads).
index() {
	[ -f "$cache/Packages.ok" ] && return 0
	rm -f "$cache/InRelease" "$cache/Packages.gz" "$cache/Packages"
	if ! "$helper" download-file "$mirror/dists/$release/InRelease" "$cache/InRelease" >"$cache/index.log" 2>&1 ||
		! gpgv --keyring /usr/share/keyrings/debian-archive-keyring.gpg "$cache/InRelease" >>"$cache/index.log" 2>&1; then
		echo "fetch-debian-schemas: no verified InRelease for '$release' from $mirror:" >&2
		cat "$cache/index.log" >&2
		return 1
	fi
	sum=$(awk '/^SHA256:/ { in256 = 1; next } /^[^ ]/ { in256 = 0 }
		in256 && $3 == "main/binary-amd64/Packages.gz" { print $1 }' "$cache/InRelease")
	if [ -z "$sum" ] || ! "$helper" download-file "$mirror/dists/$release/main/binary-amd64/Packages.gz" \
		"$cache/Packages.gz" "SHA256:$sum" >"$cache/index.log" 2>&1; then
		echo "fetch-debian-schemas: no verified main/binary-amd64/Packages.gz for '$release':" >&2
		cat "$cache/index.log" >&2
		return 1
	fi
	gzip -dc "$cache/Packages.gz" >"$cache/Packages"
	: >"$cache/Packages.ok"
}

# download PKG: the release's .deb of PKG into $cache/debs (1: the release has no such package).
download() {
	index || return 2
	set -- $(awk -v p="$1" 'BEGIN { RS = "" } $0 ~ ("(^|\n)Package: " p "\n") {
		n = split($0, l, "\n"); f = ""; h = ""
		for (i = 1; i <= n; i++) {
			if (l[i] ~ /^Filename: /) f = substr(l[i], 11)
			if (l[i] ~ /^SHA256: /) h = substr(l[i], 9)
		}
		print f, h; exit }' "$cache/Packages")
	[ $# -eq 2 ] || return 1
	"$helper" download-file "$mirror/$1" "$cache/debs/${1##*/}" "SHA256:$2" >"$cache/debs/$pkg.log" 2>&1 || {
		echo "fetch-debian-schemas: could not download '$mirror/$1':" >&2
		cat "$cache/debs/$pkg.log" >&2
		return 2
	}
}

# unpack PKG: download it once, extract it once per run; prints the .deb's path.
unpack() {
	pkg=$1
	deb=$(ls "$cache/debs/${pkg}"_*.deb 2>/dev/null | head -n 1 || true)
	if [ -z "$deb" ] && [ -n "$release" ]; then
		download "$pkg" || return $?
		deb=$(ls "$cache/debs/${pkg}"_*.deb | head -n 1)
	elif [ -z "$deb" ]; then
		# apt's download sandbox user cannot write into a root-owned cache: download as the caller.
		if ! (cd "$cache/debs" && apt-get -q -o APT::Sandbox::User="$(id -un)" download "$pkg" >"$cache/debs/$pkg.log" 2>&1); then
			echo "fetch-debian-schemas: 'apt-get download $pkg' failed (network? package lists? try 'apt-get update'):" >&2
			cat "$cache/debs/$pkg.log" >&2
			return 1
		fi
		deb=$(ls "$cache/debs/${pkg}"_*.deb | head -n 1)
	fi
	if [ ! -f "$cache/x/$pkg.done" ]; then
		rm -rf "$cache/x/$pkg"
		dpkg-deb -x "$deb" "$cache/x/$pkg"
		: >"$cache/x/$pkg.done"
	fi
	echo "$deb"
}

rm -f "$cache"/x/*.done "$cache/Packages.ok"
echo "$schemas" | while read -r name files; do
	[ -n "$name" ] || continue
	pkgs="" versions=""
	out="$cache/schemas/$name.sql"
	: >"$out.tmp"
	for file in $files; do
		pkg=${file%%:*} path=${file#*:}
		rc=0
		deb=$(unpack "$pkg") || rc=$?
		if [ "$rc" -eq 1 ] && [ -n "$release" ]; then
			rm -f "$out.tmp" "$out"
			echo "$name absent $pkg"
			continue 2
		fi
		[ "$rc" -eq 0 ] || exit 1
		case ",$pkgs," in
		*",$pkg,"*) ;;
		*)
			pkgs="${pkgs:+$pkgs,}$pkg"
			versions="${versions:+$versions,}$(dpkg-deb -f "$deb" Version)"
			;;
		esac
		src="$cache/x/$pkg/$path"
		if [ -d "$src" ] && [ -f "$src/standard-create.sql" ]; then
			cat "$src/standard-create.sql"
			for f in "$src"/*-create.sql; do
				case "$f" in
				"$src/standard-create.sql" | "$src"/ims_charging-* | "$src"/ims_dialog-* | "$src"/ims_usrloc_*) ;;
				*) cat "$f" ;;
				esac
			done
		elif [ -f "$src" ]; then
			case "$src" in
			*.gz) gzip -dc "$src" ;;
			*) cat "$src" ;;
			esac
			# A file whose last line has no newline must not join the next file's first line.
			echo
		else
			echo "fetch-debian-schemas: $pkg has no '$path' any more" >&2
			exit 1
		fi >>"$out.tmp"
	done
	grep -v '^CREATE LANGUAGE plpgsql;[[:space:]]*$' "$out.tmp" >"$out" || true
	rm -f "$out.tmp"
	echo "$name $pkgs $versions $files"
done
