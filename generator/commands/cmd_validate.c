/*
 * `schemagen validate`: load and check the models without a database.  Every
 * problem is printed on stderr as "file:line:column: message"; any error
 * exits 2 (docs/design.md §7) and nothing is written.  Success prints a one-line
 * summary on stdout: how many objects of each managed kind the models define.
 */
#include <stdio.h>

#include "commands.h"
#include "model.h"
#include "schema_print.h"
#include "strbuf.h"

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

int sg_cmd_validate(sg_cli_ctx *ctx)
{
	const char *dir = sg_cli_value(ctx->args, "models");
	if (!dir || !dir[0])
		dir = "models";
	sg_model_diags diags = {0};
	sg_error err = {0};
	sg_schema *schema = NULL;
	int rc = sg_model_load_dir(&schema, dir, &diags, &err);
	sg_model_diags_print(&diags, &ctx->log);
	int code = SG_EXIT_OK;
	if (rc != 0) {
		if (diags.nerrors)
			sg_log_error(&ctx->log, "%zu %s in models directory '%s'", diags.nerrors,
				     plural(diags.nerrors, "error", "errors"), dir);
		else
			sg_log_sg_error(&ctx->log, &err);
		code = sg_exit_code_for(err.kind);
	} else {
		sg_strbuf line = SG_STRBUF_INIT;
		sg_strbuf_adds(&line, "models ok: ");
		sg_schema_print_counts(&line, schema);
		if (diags.nwarnings)
			sg_strbuf_addf(&line, " (%zu %s)", diags.nwarnings,
				       plural(diags.nwarnings, "warning", "warnings"));
		if (sg_strbuf_failed(&line)) {
			sg_log_error(&ctx->log, "out of memory");
			code = sg_exit_code_for(SG_ERR_SYSTEM);
		} else {
			printf("%s\n", line.data);
		}
		sg_strbuf_release(&line);
	}
	sg_schema_free(schema);
	sg_model_diags_release(&diags);
	sg_error_clear(&err);
	return code;
}
