# Helpers shared by tests/inspect_debian.sh and tests/upgrade_debian.sh, sourced by both
# (`. "$ROOT/tests/debian_util.sh"`); POSIX sh.

# debian_dump URL FILE [sorted]: the schema of a whole database as pg_dump writes it, less
#  - the runner's tracking tables (schema_migrations and its history): they are migrate's, never
#    part of a model (docs/design.md §3);
#  - pg_dump's `\restrict KEY` / `\unrestrict KEY` lines: a random key per run.
# Nothing else is filtered: sequence values and rows are not in a --schema-only dump.  With
# `sorted`, the column lines of each CREATE TABLE are sorted (their trailing comma dropped): a
# column an upgrade adds goes last, where another release's CREATE TABLE may put it anywhere.
# pg_dump's own output is kept in FILE.raw, its messages in FILE.err; 1 when pg_dump fails.
debian_dump() {
	pg_dump --schema-only --no-password -T public.schema_migrations -T public.schema_migrations_history \
		-d "$1" >"$2.raw" 2>"$2.err" || return 1
	if [ "${3:-}" = sorted ]; then
		grep -Ev '^\\(un)?restrict ' "$2.raw" | awk '
			/^CREATE TABLE .*\($/ { print; intable = 1; n = 0; next }
			intable && /^\)/ {
				for (i = 1; i <= n; i++) {
					for (j = i + 1; j <= n; j++) if (cols[j] < cols[i]) { t = cols[i]; cols[i] = cols[j]; cols[j] = t }
					print cols[i]
				}
				intable = 0; print; next
			}
			intable { sub(/,$/, ""); cols[++n] = $0; next }
			{ print }' >"$2"
	else
		grep -Ev '^\\(un)?restrict ' "$2.raw" >"$2"
	fi
}

