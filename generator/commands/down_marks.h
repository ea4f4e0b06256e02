/*
 * The mark a down migration carries when it cannot undo its up on purpose:
 *
 *     -- schemagen:irreversible: the dropped rows cannot come back
 *
 * `schemagen check` does not run such a down (docs/check.md).  The mark counts
 * only among the file's leading comment lines, before the first statement:
 * the place the runner reads `-- migrate:no-transaction` from (split.h), and
 * the place a reviewer looks for what a file says about itself.  A mark on a
 * comment line further down is reported as misplaced rather than ignored, so
 * a down that was meant to be skipped is never run silently.
 *
 * Pure: text in, verdict out; no I/O, no allocation.
 */
#ifndef SG_DOWN_MARKS_H
#define SG_DOWN_MARKS_H

#include <stddef.h>

/* The comment that declares a down migration deliberately irreversible. */
#define SG_DOWN_IRREVERSIBLE_MARK "-- schemagen:irreversible"

typedef enum sg_down_mark_kind {
	SG_DOWN_MARK_NONE = 0,	   /* no mark: the down is meant to undo its up */
	SG_DOWN_MARK_IRREVERSIBLE, /* the mark, among the leading comment lines */
	SG_DOWN_MARK_MISPLACED	   /* the mark on a comment line after the first statement only */
} sg_down_mark_kind;

typedef struct sg_down_mark {
	sg_down_mark_kind kind;
	size_t line;	    /* 1-based line of the mark; 0 for SG_DOWN_MARK_NONE */
	const char *reason; /* points into the text: what follows the mark, trimmed; NULL when nothing does */
	size_t reason_len;
} sg_down_mark;

/*
 * Read the mark of a down file's text (`len` bytes; it need not be
 * NUL-terminated).  The rules, line by line:
 * - a UTF-8 byte order mark at the very start is skipped;
 * - the leading lines are blank lines and lines whose first non-blank
 *   characters are `--`; the first other line (a statement, a block comment)
 *   ends them;
 * - a mark is `--`, optional spaces or tabs, then `schemagen:irreversible`
 *   (case as written), followed by the end of the line, a `:` or a space or
 *   tab; the rest of the line, after an optional `:` and with blanks and a
 *   CR trimmed at both ends, is the reason;
 * - the first mark among the leading lines gives SG_DOWN_MARK_IRREVERSIBLE;
 *   without one, the first mark on a later comment line gives
 *   SG_DOWN_MARK_MISPLACED (lines only: a later line of a string or dollar-
 *   quoted body that looks like the mark counts too).
 * Always fills *out and returns out->kind.
 */
sg_down_mark_kind sg_down_marks_read(sg_down_mark *out, const char *text, size_t len);

#endif
