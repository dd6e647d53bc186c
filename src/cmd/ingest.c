/*
 * ingest.c - `tradestat ingest FILE...`: articles and their claims into the store.
 *
 * One transaction per article: the document and all its claims, or nothing.
 * An article already stored (same SHA-256, whatever its path) is skipped,
 * unless --date or --dates gives it another date than the stored one (or
 * it had none): it is then re-dated and its claims parsed again.
 * A bad file (missing, a directory, too large) is reported and the others
 * are still ingested; the exit status is then 3.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "parse/parse.h"
#include "store/store.h"

/* Whether the command line gives path's date (--date, or a --dates row
 * with a date): only then does it re-date an article already stored. */
static int date_given(const char *path, const char *date, const struct article_dates *m)
{
	for (size_t i = 0; !date && m && i < m->n; i++)
		if (strcmp(m->v[i].file, path_base(path)) == 0 && m->v[i].date[0])
			return 1;
	return date != NULL;
}

/* Stores one article; returns EXIT_OK, EXIT_INPUT or EXIT_DB. */
static int ingest_one(struct store *st, const char *path, const char *date,
		      const struct article_dates *m)
{
	struct doc d;
	struct claims c;
	int64_t id;
	int found, rc;
	char old[11];

	if ((rc = cmd_doc_load(path, date, m, &d)) != 0)
		return rc;
	claims_init(&c);
	parse_doc(&d, &c);	/* before BEGIN: the write lock is held only to store */
	if (store_begin(st) < 0) {
		rc = EXIT_DB;
		goto out;
	}
	found = store_document_find(st, doc_hash(&d), &id);	/* fills d.sha256 */
	if (found == 1 && date_given(path, date, m)) {
		/* Stored undated or with another date: the date given now wins,
		 * and the claims' periods are resolved again against it. */
		rc = store_document_redate(st, id, &d, &c, old);
		if (rc < 0 || (rc == 1 && store_commit(st) < 0)) {
			store_rollback(st);
			rc = EXIT_DB;
			goto out;
		}
		if (rc == 1) {
			fprintf(stderr, "%s: re-dated from %s to %s (document %lld): its %zu "
				"claims parsed again against the new date\n", path,
				old[0] ? old : "unknown", d.date, (long long)id, c.n);
			rc = EXIT_OK;
			goto out;
		}
		rc = EXIT_OK;
	}
	if (found == 1) {
		store_rollback(st);
		notice("%s: already stored as document %lld (same SHA-256), skipped",
			path, (long long)id);
		goto out;
	}
	if (found < 0 || store_document_add(st, &d, &id) < 0 ||
	    store_claims_add(st, id, &d, &c) < 0 || store_commit(st) < 0) {
		store_rollback(st);
		rc = EXIT_DB;
		goto out;
	}
	notice("%s: %zu claims, dated %s (document %lld)", path, c.n,
		d.date[0] ? d.date : "unknown", (long long)id);
out:
	claims_release(&c);
	doc_release(&d);
	return rc;
}

/* What `ingest` reads from its command line. */
struct ingest_opts {
	const char *date;	/* --date, or NULL */
	const char *dates;	/* --dates manifest, or NULL */
};

static int ingest_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	const struct ingest_opts *o = ctx->opts;
	struct article_dates m = { 0 };
	int ret = EXIT_OK;

	if (argc < 1)
		return cmd_usage_error(&cmd_ingest, "no article to ingest");
	if (o->dates && cmd_dates_load(o->dates, &m) != 0) {
		cmd_dates_release(&m);
		return EXIT_INPUT;
	}
	if (cmd_open_store(ctx) < 0) {
		cmd_dates_release(&m);
		return EXIT_DB;
	}
	for (int i = 0; i < argc; i++) {
		int rc = ingest_one(ctx->store, argv[i], o->date, &m);

		if (rc == EXIT_DB) {
			ret = rc;
			break;
		}
		if (rc)
			ret = rc;
	}
	cmd_dates_release(&m);
	return ret;
}

static const struct opt ingest_options[] = {
	CMD_ARTICLE_OPTIONS(struct ingest_opts),
	OPT_END
};

const struct cmd cmd_ingest = {
	.name = "ingest",
	.usage = "[--date DATE | --dates MANIFEST.csv] FILE...",
	.summary = "parse articles and store documents and claims (same SHA-256: skipped)",
	.opts = ingest_options,
	.opts_size = sizeof(struct ingest_opts),
	.notes =
	"without either, the date is read from the article's dateline when it has one;\n"
	"relative periods (\"in August\") are resolved against it\n",
	.flags = CMD_DB,
	.run = ingest_run,
};
