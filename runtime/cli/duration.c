/*
 * sg_duration: parsing of --lock-timeout, --statement-timeout and --wait values.
 */
#include "duration.h"

#include <limits.h>
#include <string.h>

int sg_duration_parse(long *ms, const char *text, const char *option, sg_error *err)
{
	static const struct {
		const char *unit;
		long factor;
	} units[] = {{"ms", 1}, {"s", 1000}, {"", 1000}, {"m", 60000}, {"min", 60000}, {"h", 3600000}};
	const char *p = text;
	long value = 0;
	if (*p < '0' || *p > '9')
		goto bad;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (value > (LONG_MAX - (*p - '0')) / 10)
			goto bad;
		value = value * 10 + (*p - '0');
	}
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		if (strcmp(p, units[i].unit) == 0) {
			if (value > LONG_MAX / units[i].factor)
				goto bad;
			*ms = value * units[i].factor;
			return 0;
		}
	}
bad:
	return sg_error_set(err, SG_ERR_INPUT, "option '--%s' takes a duration such as 500ms, 30s, 2m or 1h, not '%s'",
			    option, text);
}
