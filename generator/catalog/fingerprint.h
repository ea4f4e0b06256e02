/*
 * A fingerprint of one schema's catalog, cheap enough to take after every
 * migration of a long replay (`schemagen check`).
 *
 * Reading the whole catalog after each of 1,000 migrations costs O(tables)
 * deparsing each time (90 s for 1,000 one-table migrations).  Instead, every
 * table keeps a content digest (its columns with types, defaults, identity,
 * collation and comments; its constraints and indexes as the server prints
 * them; its inheritance parents; its triggers, policies and rules by name)
 * that is recomputed only when the table's catalog rows changed since the
 * last fingerprint, which one cheap query tells from their xmin (a new row
 * version is written by every DDL command that touches the table).  Whether
 * the schema exists and its schema-wide objects (types, enum values and domain definitions,
 * routines, extensions and their schemas) are digested in full each time;
 * they are few.
 *
 * Equal fingerprints mean equal catalogs for everything the catalog reader
 * reads.  Unequal fingerprints may still be equal catalogs for the diff
 * (column order, extension internals): callers decide those exactly with the
 * catalog reader and the diff (cmd_check.c does).
 */
#ifndef SG_FINGERPRINT_H
#define SG_FINGERPRINT_H

#include <libpq-fe.h>
#include <stddef.h>

#include "schemagen/error.h"

#define SG_FINGERPRINT_LEN 64

/* What is remembered between fingerprints of the same database; zero-initialise. */
typedef struct sg_fingerprinter {
	/* The runner's tracking table (with its _history and _golang_migrate tables and their sequences) is left
	   out, as the diff leaves it out: it appears with the first migration.  NULL: nothing left out. */
	const char *exclude_table;
	struct sg_fp_table *tables; /* sorted by oid */
	size_t ntables;
	size_t digested; /* tables whose content was (re)digested, over every call */
} sg_fingerprinter;

/*
 * Fingerprint schema `schema` of the database behind `conn` (idle) in at most
 * two round trips.  `out` receives SG_FINGERPRINT_LEN hex digits.
 * \return 0, or -1 with err set (SG_ERR_DB, SG_ERR_SYSTEM)
 */
int sg_fingerprint_take(sg_fingerprinter *fp, PGconn *conn, const char *schema, char out[SG_FINGERPRINT_LEN + 1],
			sg_error *err);

/* Forget everything (for a connection to another database).  The struct is zeroed. */
void sg_fingerprinter_release(sg_fingerprinter *fp);

#endif
