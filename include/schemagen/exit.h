/*
 * Process exit codes shared by `migrate` and `schemagen` (docs/design.md §7), and
 * the error kinds that map onto them.  This is the only place the mapping lives.
 */
#ifndef SCHEMAGEN_EXIT_H
#define SCHEMAGEN_EXIT_H

#include "schemagen/export.h"

SG_BEGIN_DECLS

/** Exit codes of both command-line tools. */
typedef enum sg_exit {
	SG_EXIT_OK = 0,	     /**< success; for check / diff --exit-code: no differences */
	SG_EXIT_DB = 1,	     /**< the database refused or failed: SQL error, connection, lock timeout */
	SG_EXIT_USAGE = 2,   /**< bad usage or bad input; nothing was changed */
	SG_EXIT_DIFFERS = 3, /**< differences found, or migrations pending (status --exit-code) */
	SG_EXIT_REFUSED = 4  /**< refused for safety: destructive plan, dirty version, checksum... */
} sg_exit;

/** What went wrong, as carried by an sg_error; each kind has one exit code. */
typedef enum sg_error_kind {
	SG_ERR_NONE = 0,
	SG_ERR_DB,	/**< the server refused or failed, or could not be reached */
	SG_ERR_INPUT,	/**< bad usage, flags, YAML, file names, unparseable SQL */
	SG_ERR_DIFFERS, /**< a comparison found differences */
	SG_ERR_REFUSED, /**< a safety check refused to go on */
	SG_ERR_SYSTEM,	/**< the operating system failed us: I/O, fork, out of memory */
	SG_ERR_KIND_COUNT
} sg_error_kind;

/**
 * The exit code for an error kind.
 * \param kind an sg_error_kind
 * \return the sg_exit code the process should end with
 */
SG_API int sg_exit_code_for(sg_error_kind kind);

SG_END_DECLS

#endif
