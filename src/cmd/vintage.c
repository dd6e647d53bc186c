/*
 * vintage.c - `tradestat vintage list|drop`: the imports stored, and undoing one.
 *
 * list: one CSV row per vintage (release), oldest release first, to stdout.
 * drop ID... | drop --released DATE --source NAME: removes each vintage and
 * everything it stored (store_vintage_drop: one transaction each) and says
 * what went on stderr.
 *
 * Invariants:
 *  1. Nothing is removed unless every vintage named exists: the names are
 *     resolved first, and an unknown one is a usage error (exit 2).
 *  2. Its two options are rows of its table (opts_parse fills them).
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "report/report.h"
#include "store/store.h"

struct found {
	int64_t *ids;		/* owned */
	size_t n, alloc;
};

static int add_id(void *ctx, const struct row *r)
{
	struct found *f = ctx;

	XGROW(f->ids, f->alloc, f->n + 1);
	f->ids[f->n++] = row_int(r, "id");
	return 0;
}

/* Prints "dropped vintage 3 ('GACC', released 2024-02-15, rel.csv)". */
static int say_vintage(void *ctx, const struct row *r)
{
	(void)ctx;
	fprintf(stderr, "dropped vintage %lld ('%s', released %s, %s)",
		(long long)row_int(r, "id"), row_text(r, "source"), row_text(r, "released"),
		row_text(r, "path"));
	return 0;
}

static int list(struct cmd_ctx *ctx)
{
	struct csvout w;

	ctx->flags = CMD_DB_READ;	/* listing reads: read-only, one snapshot */
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	csvout_init(&w, stdout, 0);
	if (cmd_query_csv(ctx->store, SQL_VINTAGE_LIST, NULL, 0, &w) < 0)
		return EXIT_DB;
	return csvout_finish(&w) < 0 ? EXIT_DB : EXIT_OK;
}

/* What `vintage` reads from its command line. */
struct vintage_opts {
	const char *released;	/* drop --released DATE */
	const char *source;	/* drop --source NAME */
};

/* argv: the ids after "drop" (argc of them). */
static int drop(int argc, char **argv, struct cmd_ctx *ctx)
{
	const struct vintage_opts *o = ctx->opts;
	const char *released = o->released, *source = o->source;
	struct found f = { NULL, 0, 0 };
	int ret = EXIT_OK;

	if (!released != !source)
		return cmd_usage_error(&cmd_vintage, "--released and --source go together");
	if (!released && argc < 1)
		return cmd_usage_error(&cmd_vintage, "drop what? give vintage ids or "
				       "--released DATE --source NAME");
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	for (int i = 0; i < argc; i++) {
		char *end;
		long long id = strtoll(argv[i], &end, 10);
		const struct param p[] = { P_INT(":vintage", id) };
		size_t had = f.n;

		if (*end || end == argv[i] ||
		    store_select(ctx->store, SQL_VINTAGE_GET, p, 1, add_id, &f) < 0 || f.n == had) {
			free(f.ids);
			return cmd_usage_error(&cmd_vintage, "no vintage '%s' (see tradestat "
					       "vintage list)", argv[i]);
		}
	}
	if (released) {
		const struct param p[] = { P_TEXT(":released", released), P_TEXT(":source", source) };
		size_t had = f.n;

		if (store_select(ctx->store, SQL_VINTAGE_FIND_DATE, p, 2, add_id, &f) < 0 || f.n == had) {
			free(f.ids);
			return cmd_usage_error(&cmd_vintage, "no vintage of '%s' released %s",
					       source, released);
		}
	}
	for (size_t i = 0; i < f.n && ret == EXIT_OK; i++) {
		const struct param p[] = { P_INT(":vintage", f.ids[i]) };
		struct drop_stats d;

		if (i && f.ids[i] == f.ids[i - 1])
			continue;
		if (store_select(ctx->store, SQL_VINTAGE_GET, p, 1, say_vintage, NULL) < 0 ||
		    store_vintage_drop(ctx->store, f.ids[i], &d) < 0) {
			fputc('\n', stderr);
			ret = EXIT_DB;
			break;
		}
		fprintf(stderr, ": %ld observations, %ld findings resting on them, %ld series "
			"left empty; %ld values of other releases re-classified\n", d.observations,
			d.findings, d.series, d.reclassified);
	}
	free(f.ids);
	return ret;
}

static int vintage_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	const struct vintage_opts *o = ctx->opts;

	if (argc < 1)
		return cmd_usage_error(&cmd_vintage, "list or drop?");
	if (strcmp(argv[0], "list") == 0)
		return argc > 1 || o->released || o->source ?
		       cmd_usage_error(&cmd_vintage, "list takes no arguments") : list(ctx);
	if (strcmp(argv[0], "drop") == 0)
		return drop(argc - 1, argv + 1, ctx);
	return cmd_usage_error(&cmd_vintage, "'%s' is not list or drop", argv[0]);
}

static const struct opt vintage_options[] = {
	{ .name = "released", .kind = OPT_DATE, .off = offsetof(struct vintage_opts, released),
	  .argname = "DATE", .help = "drop: the vintages released on DATE (with --source)" },
	{ .name = "source", .kind = OPT_STRING, .off = offsetof(struct vintage_opts, source),
	  .argname = "NAME", .help = "drop: the vintages of NAME (with --released)" },
	OPT_END
};

const struct cmd cmd_vintage = {
	.name = "vintage",
	.usage = "list | drop ID... | drop --released DATE --source NAME",
	.summary = "the imports stored (CSV), and undoing one with everything it stored",
	.opts = vintage_options,
	.opts_size = sizeof(struct vintage_opts),
	.notes =
	"list: one CSV row per vintage (release): id, source, released, path, import,\n"
	"observations, options...\n"
	"drop ID...: remove these vintages, their values and the findings resting on\n"
	"them (one transaction each); statuses of the releases that stay are recomputed\n"
	"drop --released DATE --source NAME: the same for NAME's vintages of DATE\n",
	.flags = CMD_DB,
	.run = vintage_run,
};
