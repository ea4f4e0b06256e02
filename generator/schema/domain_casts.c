/*
 * The types a domain's default and checks cast to (domain_casts.h).
 */
#include "domain_casts.h"

#include <ctype.h>
#include <string.h>

static bool name_char(int c)
{
	return isalnum(c) || c == '_' || c == '$' || c >= 0x80;
}

bool sg_domain_casts_next(sg_domain_casts *it, char *out, size_t len)
{
	for (;;) {
		if (!it->p) {
			if (it->text > it->d->nchecks)
				return false;
			it->p = it->text == 0 ? it->d->default_expr : it->d->checks[it->text - 1].expression;
			it->text++;
			if (!it->p)
				continue;
		}
		const char *c = strstr(it->p, "::");
		if (!c) {
			it->p = NULL;
			continue;
		}
		const char *start = c + 2;
		for (c = start;;) { /* a name, maybe qualified: its last part */
			while (*c == ' ')
				c++;
			start = c;
			if (*c == '"') {
				for (c++; *c && (*c != '"' || c[1] == '"'); c += *c == '"' ? 2 : 1)
					;
				c += *c == '"';
			} else {
				while (name_char((unsigned char)*c))
					c++;
			}
			if (*c != '.')
				break;
			c++;
		}
		it->p = c;
		size_t n = (size_t)(c - start);
		if (n == 0 || n >= len)
			continue;
		memcpy(out, start, n);
		out[n] = '\0';
		return true;
	}
}
