/*
 * Errors as values: a kind (which decides the exit code) and one line of text
 * a user can act on.  Functions that can fail take an `sg_error *err` and
 * return 0 or a negative number; the message stays with the error.
 */
#ifndef SCHEMAGEN_ERROR_H
#define SCHEMAGEN_ERROR_H

#include "schemagen/export.h"
#include "schemagen/exit.h"

SG_BEGIN_DECLS

#if defined(__GNUC__)
#define SG_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define SG_PRINTF(f, a)
#endif

/**
 * An error: zero-initialise it (`sg_error err = {0};`), release it with
 * sg_error_clear().  Read the message with sg_error_message(): it is owned by
 * the error and valid until the next sg_error_set(), sg_error_prefix(),
 * sg_error_move() or sg_error_clear() on it.  An error is not thread-safe;
 * give each thread its own.
 */
typedef struct sg_error {
	sg_error_kind kind; /**< SG_ERR_NONE while no error is set */
	char *message;	    /**< one line, lowercase, no final period; NULL while no error is set */
} sg_error;

/**
 * Record an error, replacing (and freeing) any earlier one.  Newlines and tabs
 * in the text become spaces, trailing blanks go.  When memory runs out the
 * message is "out of memory" and the kind is still `kind`.
 * \param err where to record it; may be NULL (the error is then dropped)
 * \param kind what went wrong, which decides the exit code
 * \param fmt printf-style message: one line, lowercase, subject in quotes
 * \return always -1, so that `return sg_error_set(err, ...);` reads naturally
 */
SG_API int sg_error_set(sg_error *err, sg_error_kind kind, const char *fmt, ...) SG_PRINTF(3, 4);

/**
 * Put context in front of the message already recorded: "CONTEXT: message".
 * Add context once, where it is known (a file name, an object).  The kind is
 * kept; when memory runs out the message is left as it was.
 * \param err the error; nothing happens when it is NULL or holds no error
 * \return always -1
 */
SG_API int sg_error_prefix(sg_error *err, const char *fmt, ...) SG_PRINTF(2, 3);

/**
 * Move an error: `to` takes what `from` holds (kind and message, nothing
 * copied, so it cannot fail) after its own message is freed, and `from` is
 * left as "no error".  For passing an error met in a local sg_error up to the
 * caller's unchanged.
 * \param to where the error goes; NULL drops it (`from` is still cleared)
 * \param from the error to move; must not be NULL; when it holds no error,
 *        `to` is left holding none either
 * \return always -1, so that `return sg_error_move(err, &e);` reads naturally
 */
SG_API int sg_error_move(sg_error *to, sg_error *from);

/** Free the message and reset the error to "no error".  Accepts NULL. */
SG_API void sg_error_clear(sg_error *err);

/**
 * The message, or "" when `err` is NULL or holds no error.  Never NULL;
 * borrowed from the error (see sg_error).
 */
SG_API const char *sg_error_message(const sg_error *err);

SG_END_DECLS

#endif
