/*
 * Durations on the command line: `500ms`, `30s`, `2m` / `2min`, `1h`, and a
 * bare number meaning seconds.  Pure.
 */
#ifndef SG_DURATION_H
#define SG_DURATION_H

#include "schemagen/error.h"

/*
 * Parse `text` into milliseconds.  -1 with err set (SG_ERR_INPUT, naming
 * `option`) when it is not a non-negative duration or does not fit a long.
 */
int sg_duration_parse(long *ms, const char *text, const char *option, sg_error *err);

#endif
