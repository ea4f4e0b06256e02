/*
 * sg_log: levelled, optionally coloured diagnostics on stderr.
 */
#include "log.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static const char *const level_names[] = {
    [SG_LOG_ERROR] = "error",
    [SG_LOG_WARN] = "warn",
    [SG_LOG_INFO] = "info",
    [SG_LOG_DEBUG] = "debug",
};
_Static_assert(sizeof(level_names) / sizeof(level_names[0]) == SG_LOG_LEVEL_COUNT, "a name per level");

static const char *const paint_codes[] = {
    [SG_PAINT_RESET] = "\033[0m",   [SG_PAINT_RED] = "\033[31m", [SG_PAINT_GREEN] = "\033[32m",
    [SG_PAINT_YELLOW] = "\033[33m", [SG_PAINT_BOLD] = "\033[1m", [SG_PAINT_DIM] = "\033[2m",
};
_Static_assert(sizeof(paint_codes) / sizeof(paint_codes[0]) == SG_PAINT_COUNT, "a code per paint");

const char *sg_paint_code(bool color, sg_paint paint)
{
	if (!color || (int)paint < 0 || paint >= SG_PAINT_COUNT)
		return "";
	return paint_codes[paint];
}

int sg_log_level_parse(const char *name, sg_log_level *out)
{
	if (!name)
		return -1;
	for (int i = 0; i < SG_LOG_LEVEL_COUNT; i++) {
		if (strcasecmp(name, level_names[i]) == 0) {
			*out = (sg_log_level)i;
			return 0;
		}
	}
	if (strcasecmp(name, "warning") == 0) {
		*out = SG_LOG_WARN;
		return 0;
	}
	return -1;
}

int sg_color_mode_parse(const char *name, sg_color_mode *out)
{
	static const char *const names[] = {"auto", "always", "never"};
	for (int i = 0; i < 3; i++) {
		if (strcmp(name, names[i]) == 0) {
			*out = (sg_color_mode)i;
			return 0;
		}
	}
	return -1;
}

bool sg_color_wanted(sg_color_mode mode, int fd)
{
	if (mode == SG_COLOR_NEVER)
		return false;
	if (mode == SG_COLOR_ALWAYS)
		return true;
	const char *no_color = getenv("NO_COLOR");
	if (no_color && no_color[0])
		return false;
	const char *term = getenv("TERM");
	if (term && strcmp(term, "dumb") == 0)
		return false;
	return isatty(fd) == 1;
}

void sg_log_init(sg_log *log, const char *prog, FILE *out, int quiet, int verbose)
{
	log->prog = prog;
	log->out = out ? out : stderr;
	log->level = SG_LOG_INFO;
	log->color = sg_color_wanted(SG_COLOR_AUTO, fileno(log->out));
	const char *env = getenv("LOG_LEVEL");
	if (env && env[0] && sg_log_level_parse(env, &log->level) != 0)
		sg_log_warn(log, "ignoring LOG_LEVEL '%s': expected error, warn, info or debug", env);
	if (verbose)
		log->level = SG_LOG_DEBUG;
	if (quiet)
		log->level = SG_LOG_ERROR;
}

static void emit(const sg_log *log, sg_log_level level, const char *fmt, va_list ap)
{
	if (level > log->level)
		return;
	static const sg_paint paints[] = {
	    [SG_LOG_ERROR] = SG_PAINT_RED,
	    [SG_LOG_WARN] = SG_PAINT_YELLOW,
	    [SG_LOG_INFO] = SG_PAINT_RESET,
	    [SG_LOG_DEBUG] = SG_PAINT_DIM,
	};
	FILE *out = log->out ? log->out : stderr;
	if (level == SG_LOG_INFO) {
		fprintf(out, "%s: ", log->prog);
	} else {
		fprintf(out, "%s: %s%s%s: ", log->prog, sg_paint_code(log->color, paints[level]), level_names[level],
			sg_paint_code(log->color, SG_PAINT_RESET));
	}
	vfprintf(out, fmt, ap);
	fputc('\n', out);
	fflush(out);
}

#define DEFINE_LOG_FN(fn, level)                                                                                       \
	void fn(const sg_log *log, const char *fmt, ...)                                                               \
	{                                                                                                              \
		va_list ap;                                                                                            \
		va_start(ap, fmt);                                                                                     \
		emit(log, level, fmt, ap);                                                                             \
		va_end(ap);                                                                                            \
	}

DEFINE_LOG_FN(sg_log_error, SG_LOG_ERROR)
DEFINE_LOG_FN(sg_log_warn, SG_LOG_WARN)
DEFINE_LOG_FN(sg_log_info, SG_LOG_INFO)
DEFINE_LOG_FN(sg_log_debug, SG_LOG_DEBUG)

void sg_log_sg_error(const sg_log *log, const sg_error *err)
{
	sg_log_error(log, "%s", err && err->message ? err->message : "unknown error");
}
