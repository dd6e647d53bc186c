/*
 * ingest.c - `tradestat ingest FILE...`: articles and their claims into the store.
 *
 * Articles are read and parsed (on --jobs threads, cmd/jobs.c) outside the
 * write lock, a batch at a time; each batch is then written by this thread
 * in one transaction, each file in its own savepoint. `--claims FILE.jsonl`
 * loads documents and claims that `extract --format jsonl` wrote elsewhere
 * (cmd/jsonl.c) through the same batches.
 *
 * Invariants:
 *  1. Each input file is atomic: the document and all its claims, or nothing
 *     (a savepoint per file; a file that fails is rolled back to it, and the
 *     files before it in the batch are committed).
 *  2. A batch is what was parsed in BATCH_SECONDS (at most BATCH_FILES
 *     files), and its transaction is committed after BATCH_SECONDS of
 *     writing at the latest; the lock is not held while parsing: a second
 *     run waiting on the lock gets in, and a crash loses at most the open
 *     batch (a re-run skips what landed).
 *  3. A document already stored (same SHA-256, whatever its path, from
 *     articles or from JSONL) is skipped, unless --date or --dates gives an
 *     article another date than the stored one (or it had none): it is then
 *     re-dated and its claims parsed again (store_document_redate).
 *  4. "stored"/"skipped" is said of a file only once its batch is committed.
 *  5. A bad file (missing, a directory, too large, a bad JSONL record) is
 *     reported and the others still go in; the exit status is then 3.
 *  6. The claims' subject index (only plot_claims.sql reads it) is not
 *     ingest's to build: a bulk load (BULK_MIN_FILES files or more, and at
 *     least a third as many as the documents stored) drops it and leaves it
 *     out; a smaller ingest keeps it up to date when it is there. `validate`
 *     builds it when missing (one sort), before the readers that use it;
 *     without it they get the same answers, slower.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "parse/parse.h"
#include "store/store.h"

/*
 * A batch: at most this many files, this many article bytes (memory), and
 * what was parsed in BATCH_SECONDS. Measured on 1,966 generated articles
 * (3 MB, bench/gen.c): one transaction per file wrote 92.7 MB for a 5.7 MB
 * database; batches of 16, 64, 256 and 1024 files write 33.7, 19.3, 13.7
 * and 11.7 MB (pwrite64 bytes, strace). On 19,665 (30 MiB, a 58 MB
 * database), with store_bulk()'s cache: 256 files a batch wrote 227 MB to
 * the WAL, 1024 files 144 MB (4096: 142 MB, the half second bounds it).
 */
#define BATCH_FILES 1024
#define BATCH_BYTES (32u << 20)
/* Longest time spent gathering a batch, and longest time a transaction
 * stays open writing one (invariant 2): a commit at least every second. */
#define BATCH_SECONDS 0.5

/*
 * A bulk load: the claims' subject index is dropped first and left to
 * `validate` (invariant 6). Measured on the 30 MiB bench corpus (19,665
 * files, 270 k claims, fresh database): keeping it up to date cost ~0.6 s
 * of ~3.2 s CPU (a random insert per claim, its pages rewritten in the WAL
 * by every batch); building it in one sort, 0.14 s, ~0.5 us a claim against
 * ~2.2 us kept up to date. So dropping it pays while the claims already
 * stored are fewer than ~3.4 times those coming in; documents stand for
 * claims. Until session 6 each bulk load built it again at its end, which
 * through `xargs` (bench/run.sh: five invocations, four of them bulk)
 * sorted the claims stored so far four times and saved nothing. Smaller
 * runs (a day's articles) keep it up to date when it is there.
 */
#define BULK_MIN_FILES 256
#define BULK_STORED_PER_FILE 3

/* What became of a file of the batch. */
enum fate { STORED, SKIPPED, REDATED };

/* Files parsed and waiting to be written, then reported. */
struct batch {
	double t0;		/* when its first file was added (now()) */
	const char *date;	/* borrowed: --date, or NULL */
	const struct article_dates *dates;	/* borrowed: --dates, or NULL */
	struct parsed_file *v;	/* owned */
	int64_t *ids;		/* owned: document id of each, once written */
	struct outcome {
		enum fate fate;
		char old[DATE_LEN];	/* REDATED: the date it had ("" unknown) */
	} *out;			/* owned: one per file */
	size_t n, alloc, bytes;
};

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Moves *p into the batch, its claims array cut to size (the parser grows
 * it by doubling: a short article would hold ~3 KB unused until written). */
static void batch_add(struct batch *b, struct parsed_file *p)
{
	size_t alloc = b->alloc;

	if (p->c.v && p->c.alloc > p->c.n && p->c.n) {
		p->c.v = xrealloc(p->c.v, p->c.n * sizeof(*p->c.v));
		p->c.alloc = p->c.n;
	}

	XGROW(b->v, b->alloc, b->n + 1);
	if (b->alloc != alloc) {
		b->ids = xrealloc(b->ids, b->alloc * sizeof(*b->ids));
		b->out = xrealloc(b->out, b->alloc * sizeof(*b->out));
	}
	if (b->n == 0)
		b->t0 = now();
	b->v[b->n] = *p;
	b->ids[b->n] = 0;
	memset(&b->out[b->n], 0, sizeof(b->out[0]));
	b->bytes += p->d.len;
	b->n++;
	memset(p, 0, sizeof(*p));
}

static int batch_full(const struct batch *b)
{
	return b->n >= BATCH_FILES || b->bytes >= BATCH_BYTES ||
	       now() - b->t0 >= BATCH_SECONDS;
}

/* Frees the files of the batch; the arrays stay for the next one. */
static void batch_clear(struct batch *b)
{
	for (size_t i = 0; i < b->n; i++)
		parsed_release(&b->v[i]);
	b->n = b->bytes = 0;
}

static void batch_release(struct batch *b)
{
	batch_clear(b);
	free(b->v);
	free(b->ids);
	free(b->out);
}

/* Whether the command line gives path's date (--date, or a --dates row
 * with a date): only then does it re-date an article already stored. A
 * JSONL document (path_owned) keeps the date extract gave it. */
static int date_given(const struct batch *b, const struct parsed_file *p)
{
	const struct article_dates *m = b->dates;

	if (p->path_owned)
		return 0;
	for (size_t i = 0; !b->date && m && i < m->n; i++)
		if (strcmp(m->v[i].file, path_base(p->path)) == 0 && m->v[i].date[0])
			return 1;
	return b->date != NULL;
}

/* Writes file k of the batch inside its savepoint (invariant 1); returns 0,
 * or -1 with the savepoint still open for the caller to roll back to. */
static int write_one(struct store *st, struct batch *b, size_t k)
{
	struct parsed_file *p = &b->v[k];
	struct outcome *o = &b->out[k];
	int rc;

	if (store_savepoint(st) < 0)
		return -1;
	rc = store_document_find(st, doc_hash(&p->d), &b->ids[k]);
	if (rc < 0)
		return -1;
	o->fate = rc ? SKIPPED : STORED;
	if (rc && date_given(b, p)) {
		/* Stored undated or with another date: the date given now wins,
		 * and the claims' periods are resolved again against it. */
		rc = store_document_redate(st, b->ids[k], &p->d, &p->c, o->old);
		if (rc < 0)
			return -1;
		if (rc == 1)
			o->fate = REDATED;
	} else if (!rc && (store_document_add(st, &p->d, &b->ids[k]) < 0 ||
			   store_claims_add(st, b->ids[k], &p->d, &p->c) < 0)) {
		return -1;
	}
	return store_release(st);
}

/* Says what became of files [from, to), once committed (invariant 4). */
static void report(const struct batch *b, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		const struct parsed_file *p = &b->v[i];

		if (b->out[i].fate == SKIPPED)
			notice("%s: already stored as document %lld (same SHA-256), skipped",
			       p->path, (long long)b->ids[i]);
		else if (b->out[i].fate == REDATED)
			notice("%s: re-dated from %s to %s (document %lld): its %zu claims "
			       "parsed again against the new date", p->path,
			       b->out[i].old[0] ? b->out[i].old : "unknown", p->d.date,
			       (long long)b->ids[i], p->c.n);
		else
			notice("%s: %zu claims, dated %s (document %lld)", p->path, p->c.n,
			       p->d.date[0] ? p->d.date : "unknown", (long long)b->ids[i]);
	}
}

/*
 * Writes the batch: one transaction, committed early when it has been open
 * for BATCH_SECONDS (invariant 2). Returns EXIT_OK, or EXIT_DB after a
 * message (what was committed before the failure stays). Clears the batch.
 */
static int batch_write(struct store *st, struct batch *b)
{
	size_t done = 0;
	int ret = EXIT_OK;

	while (done < b->n && ret == EXIT_OK) {
		size_t i = done;
		double t0;

		if (store_begin(st) < 0) {
			ret = EXIT_DB;
			break;
		}
		t0 = now();
		while (i < b->n && now() - t0 < BATCH_SECONDS) {
			if (write_one(st, b, i) < 0) {
				ret = EXIT_DB;
				break;
			}
			i++;
		}
		if (ret != EXIT_OK && store_rollback_to(st) < 0) {
			/* SQLite ended the transaction itself: the batch is gone. */
			store_rollback(st);
			error("the %zu files before '%s' were not stored either", i - done,
			      b->v[i].path);
			break;
		}
		if (store_commit(st) < 0) {
			store_rollback(st);
			ret = EXIT_DB;
			break;
		}
		report(b, done, i);
		done = i;
	}
	batch_clear(b);
	return ret;
}

/* What `ingest` reads from its command line. */
struct ingest_opts {
	const char *date;	/* --date, or NULL */
	const char *dates;	/* --dates manifest, or NULL */
	unsigned jobs;		/* --jobs: files read and parsed at once (0 or 1: one) */
	struct opt_list claims;	/* --claims: extract's JSONL files, in order */
};

/* Loads one JSONL file of extract's into the batches; returns an exit code. */
static int load_claims(struct store *st, const char *path, struct batch *b)
{
	struct jsonl_reader *r = jsonl_open(path);
	struct parsed_file p;
	int rc, ret = EXIT_OK;

	if (!r)
		return EXIT_INPUT;
	while ((rc = jsonl_next(r, &p)) != 0) {
		if (rc < 0) {
			ret = EXIT_INPUT;	/* that document is skipped (invariant 5) */
			continue;
		}
		batch_add(b, &p);
		if (batch_full(b) && batch_write(st, b) != EXIT_OK) {
			ret = EXIT_DB;
			break;
		}
	}
	jsonl_close(r);
	return ret;
}

static int count_documents(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "documents");
	return 0;
}

/* Whether nfiles files are a bulk load into the store (invariant 6). */
static int bulk_load(struct store *st, size_t nfiles, int *bulk)
{
	int64_t docs = 0;

	*bulk = 0;
	if (nfiles < BULK_MIN_FILES)
		return 0;
	if (store_select(st, SQL_DB_COUNTS, NULL, 0, count_documents, &docs) < 0)
		return -1;
	*bulk = docs <= (int64_t)(nfiles * BULK_STORED_PER_FILE);
	return 0;
}

static int ingest_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	const struct ingest_opts *o = ctx->opts;
	struct article_dates m = { 0 };
	struct batch b = { .date = o->date, .dates = &m };
	int ret = EXIT_OK, bulk = 0;

	if (argc < 1 && o->claims.n == 0)
		return cmd_usage_error(&cmd_ingest, "no article to ingest");
	if (o->dates && cmd_dates_load(o->dates, &m) != 0) {
		cmd_dates_release(&m);
		return EXIT_INPUT;
	}
	if (cmd_open_store(ctx) < 0 || store_bulk(ctx->store) < 0 ||
	    bulk_load(ctx->store, (size_t)argc, &bulk) < 0 ||
	    (bulk && store_claim_index(ctx->store, 0) < 0)) {
		cmd_dates_release(&m);
		return EXIT_DB;
	}
	{
		struct jobs_opts jo = { .jobs = o->jobs, .date = o->date, .dates = &m, .hash = 1 };
		struct jobs *j = jobs_start(argv, (size_t)argc, &jo);
		struct parsed_file p;

		while (ret != EXIT_DB && jobs_next(j, &p)) {
			if (p.rc) {
				ret = EXIT_INPUT;
				parsed_release(&p);
				continue;
			}
			batch_add(&b, &p);
			if (batch_full(&b) && batch_write(ctx->store, &b) != EXIT_OK)
				ret = EXIT_DB;
		}
		jobs_finish(j);
	}
	for (size_t i = 0; i < o->claims.n && ret != EXIT_DB; i++) {
		int rc = load_claims(ctx->store, o->claims.v[i], &b);

		if (rc)
			ret = rc;
	}
	if (ret != EXIT_DB && b.n && batch_write(ctx->store, &b) != EXIT_OK)
		ret = EXIT_DB;
	batch_release(&b);
	cmd_dates_release(&m);
	return ret;
}

static const struct opt ingest_options[] = {
	CMD_ARTICLE_OPTIONS(struct ingest_opts),
	CMD_JOBS_OPTION(struct ingest_opts),
	{ .name = "claims", .kind = OPT_STRING, .flags = OPT_REPEAT,
	  .off = offsetof(struct ingest_opts, claims), .argname = "FILE.jsonl",
	  .help = "load the documents and claims `extract --format jsonl` wrote\n"
	  "(elsewhere); repeatable, - for stdin" },
	OPT_END
};

const struct cmd cmd_ingest = {
	.name = "ingest",
	.usage = "[--date DATE | --dates MANIFEST.csv] [--jobs N] [--claims FILE.jsonl]... [FILE...]",
	.summary = "parse articles and store documents and claims (same SHA-256: skipped)",
	.opts = ingest_options,
	.opts_size = sizeof(struct ingest_opts),
	.notes =
	"without either, the date is read from the article's dateline when it has one;\n"
	"relative periods (\"in August\") are resolved against it; a JSONL document\n"
	"keeps the date extract gave it\n"
	"files are written in batches (up to 1024 files, committed at least every\n"
	"second), each file whole or not at all; a document already stored is skipped\n"
	"256 files or more into a store of at most three times as many documents are a\n"
	"bulk load: the claims' subject index is dropped (validate builds it again)\n",
	.flags = CMD_DB,
	.run = ingest_run,
};
