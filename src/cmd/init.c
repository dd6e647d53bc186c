/*
 * init.c - `tradestat init`: create or migrate the database.
 *
 * The only command that creates a database (CMD_DB_CREATE): it opens the
 * store with STORE_CREATE, which creates, checks or migrates it;
 * this command reports what the database holds. Running it twice changes
 * nothing (idempotent), so a cron script may start with it.
 */
#include <stdio.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/store.h"

static int print_counts(void *ctx, const struct row *r)
{
	const char *path = ctx;

	printf("%s: schema version %d", path, STORE_SCHEMA_VERSION);
	for (int i = 0; i < r->ncols; i++)
		printf(", %lld %s", (long long)r->cells[i].i, r->names[i]);
	printf("\n");
	return 0;
}

static int init_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	(void)argv;
	if (argc > 0)
		return cmd_usage_error(&cmd_init, "takes no arguments");
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	return store_select(ctx->store, SQL_DB_COUNTS, NULL, 0, print_counts,
			    (void *)ctx->db_path) ? EXIT_DB : EXIT_OK;
}

const struct cmd cmd_init = {
	.name = "init",
	.usage = "",
	.summary = "create or migrate the database (idempotent) and say what it holds",
	.flags = CMD_DB | CMD_DB_CREATE,
	.run = init_run,
};
