/*
 * document.c - `tradestat document list|drop`: the articles stored, and
 * undoing an ingest.
 *
 * list: one CSV row per document to stdout. drop ID...: removes each
 * document with its claims and the findings on them (store_document_drop:
 * one transaction each) and says what went on stderr.
 *
 * Invariants:
 *  1. Nothing is removed unless every id named exists (exit 2 otherwise).
 *  2. It has no options: list and drop are operands.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "report/report.h"
#include "store/store.h"

static int found(void *ctx, const struct row *r)
{
	(void)r;
	*(int *)ctx = 1;
	return 0;
}

static int say_document(void *ctx, const struct row *r)
{
	(void)ctx;
	fprintf(stderr, "dropped document %lld (%s, dated %s)", (long long)row_int(r, "id"),
		row_text(r, "path"), row_null(r, "published") ? "unknown" : row_text(r, "published"));
	return 0;
}

static int document_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	struct csvout w;
	int ret = EXIT_OK;

	if (argc < 1 || (strcmp(argv[0], "list") && strcmp(argv[0], "drop")))
		return cmd_usage_error(&cmd_document, "list or drop?");
	if (strcmp(argv[0], "list") == 0) {
		if (argc > 1)
			return cmd_usage_error(&cmd_document, "list takes no arguments");
		ctx->flags = CMD_DB_READ;	/* listing reads: read-only, one snapshot */
		if (cmd_open_store(ctx) < 0)
			return EXIT_DB;
		csvout_init(&w, stdout, 0);
		if (cmd_query_csv(ctx->store, SQL_DOCUMENT_LIST, NULL, 0, &w) < 0)
			return EXIT_DB;
		return csvout_finish(&w) < 0 ? EXIT_DB : EXIT_OK;
	}
	if (argc < 2)
		return cmd_usage_error(&cmd_document, "drop which? give document ids");
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	for (int i = 1; i < argc; i++) {
		char *end;
		long long id = strtoll(argv[i], &end, 10);
		const struct param p[] = { P_INT(":document", id) };
		int there = 0;

		if (*end || end == argv[i] ||
		    store_select(ctx->store, SQL_DOCUMENT_GET, p, 1, found, &there) < 0 || !there)
			return cmd_usage_error(&cmd_document, "no document '%s' (see tradestat "
					       "document list)", argv[i]);
	}
	for (int i = 1; i < argc && ret == EXIT_OK; i++) {
		const struct param p[] = { P_INT(":document", strtoll(argv[i], NULL, 10)) };
		struct drop_stats d;

		if (store_select(ctx->store, SQL_DOCUMENT_GET, p, 1, say_document, NULL) < 0 ||
		    store_document_drop(ctx->store, p[0].v.i, &d) < 0) {
			fputc('\n', stderr);
			ret = EXIT_DB;
			break;
		}
		fprintf(stderr, ": %ld claims, %ld findings resting on them\n", d.claims, d.findings);
	}
	return ret;
}

const struct cmd cmd_document = {
	.name = "document",
	.usage = "list | drop ID...",
	.summary = "the articles stored (CSV), and undoing an ingest",
	.notes =
	"list: one CSV row per document: id, path, published, bytes, claims...\n"
	"drop ID...: remove these documents, their claims and the findings on them\n"
	"(one transaction each)\n",
	.flags = CMD_DB,
	.run = document_run,
};
