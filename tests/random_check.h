/*
 * `schemagen check` on a pair of the randomized diff suite
 * (test_diff_random.c): the command line, as CI runs it.
 */
#ifndef SG_TEST_RANDOM_CHECK_H
#define SG_TEST_RANDOM_CHECK_H

#include "order.h"
#include "strbuf.h"

/*
 * Run `schemagen check` ($SG_SCHEMAGEN_EXE, else the build tree's; scratch databases on
 * $DATABASE_URL's server) over B's models (YAML text `yaml_b`) and the
 * migrations of `create_a` (A from empty) then `a_to_b`: 0 when it passes,
 * else -1 with its output in msg.  Its temporary directory is removed.
 */
int random_check(const sg_steps *create_a, const sg_steps *a_to_b, const char *yaml_b, sg_strbuf *msg);

/*
 * $env, else the build tree's tool at `rel` from the build directory
 * ("/generator/schemagen", "/runtime/migrate"), found beside this binary's
 * tests/ directory (in buf); NULL when neither.
 */
const char *random_exe(char *buf, size_t len, const char *env, const char *rel);

#endif
