/*
 * Diagnostics on stderr for both tools: a level set by -q / -v / LOG_LEVEL,
 * and colour only when it is wanted (a terminal, no NO_COLOR, not TERM=dumb).
 * A logger is a plain value the command owns and passes down; there is no
 * global logger.
 */
#ifndef SG_LOG_H
#define SG_LOG_H

#include <stdbool.h>
#include <stdio.h>

#include "schemagen/error.h"

typedef enum sg_log_level { SG_LOG_ERROR = 0, SG_LOG_WARN, SG_LOG_INFO, SG_LOG_DEBUG, SG_LOG_LEVEL_COUNT } sg_log_level;

typedef enum sg_color_mode { SG_COLOR_AUTO = 0, SG_COLOR_ALWAYS, SG_COLOR_NEVER } sg_color_mode;

typedef struct sg_log {
	const char *prog;   /* borrowed; printed before every message */
	FILE *out;	    /* stderr unless a test redirects it */
	sg_log_level level; /* messages above this level are dropped */
	bool color;
} sg_log;

/*
 * Set the level from LOG_LEVEL (error|warn|info|debug; unknown values are
 * ignored with a warning), then let -q (error only) and -v (debug) win, since
 * flags are more specific than the environment.
 */
void sg_log_init(sg_log *log, const char *prog, FILE *out, int quiet, int verbose);
/* 0 and *out set for a known level name (case-insensitive, "warning" too), -1 otherwise. */
int sg_log_level_parse(const char *name, sg_log_level *out);
/* 0 and *out set for "auto", "always" or "never"; -1 otherwise. */
int sg_color_mode_parse(const char *name, sg_color_mode *out);
/*
 * Whether to colour output on `fd`: never for SG_COLOR_NEVER, always for
 * SG_COLOR_ALWAYS (an explicit flag beats the environment, as no-color.org
 * recommends); for SG_COLOR_AUTO only on a terminal, with NO_COLOR unset or
 * empty and TERM not "dumb".
 */
bool sg_color_wanted(sg_color_mode mode, int fd);

void sg_log_error(const sg_log *log, const char *fmt, ...) SG_PRINTF(2, 3);
void sg_log_warn(const sg_log *log, const char *fmt, ...) SG_PRINTF(2, 3);
void sg_log_info(const sg_log *log, const char *fmt, ...) SG_PRINTF(2, 3);
void sg_log_debug(const sg_log *log, const char *fmt, ...) SG_PRINTF(2, 3);
/* Report an sg_error at error level ("prog: error: message"). */
void sg_log_sg_error(const sg_log *log, const sg_error *err);

/* ANSI colour for terminal text; empty strings when colour is off. */
typedef enum sg_paint {
	SG_PAINT_RESET,
	SG_PAINT_RED,
	SG_PAINT_GREEN,
	SG_PAINT_YELLOW,
	SG_PAINT_BOLD,
	SG_PAINT_DIM,
	SG_PAINT_COUNT
} sg_paint;
const char *sg_paint_code(bool color, sg_paint paint);

#endif
