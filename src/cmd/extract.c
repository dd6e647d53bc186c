/*
 * extract.c - `tradestat extract FILE...`: print every claim, no database.
 *
 * A pure filter (bytes in, rows out) so that it runs under any batch engine.
 * CSV by default (the columns of DESIGN.md, found by name), JSON Lines with
 * --format jsonl (cmd/jsonl.c: a document record, then its claims; what
 * `ingest --claims` loads). --jobs N reads and parses N files at once
 * (cmd/jobs.c), and their output is written in input order.
 *
 * Invariants:
 *  1. start/end are byte offsets into the file as read, end exclusive;
 *     text is exactly those bytes.
 *  2. The output is the same bytes whatever --jobs: files in input order.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "parse/parse.h"
#include "report/report.h"

static const char *const columns[] = {
	"file", "start", "end", "text", "kind", "value", "unit", "per", "approx",
	"direction", "measure", "period", "flow", "reporter", "partner", "commodity",
	"doc_date", "precision", "pair_start", "sent_start", "sent_end",
	"adjustment", "price", "basis", "status", "reporter_src", "partner_src", "flow_src",
	"period_src", "source"
};

/* The qualifiers after the columns above, in their order: names from the
 * model's tables ("" while the parser leaves them unknown). */
static void qualifiers(const struct claim *c, const char *v[8])
{
	v[0] = adjustment_name(c->adjustment);
	v[1] = price_basis_name(c->price);
	v[2] = rate_basis_name(c->basis);
	v[3] = claim_status_name(c->status);
	v[4] = field_source_name(c->reporter_src);
	v[5] = field_source_name(c->partner_src);
	v[6] = field_source_name(c->flow_src);
	v[7] = field_source_name(c->period_src);
}

static void csv_claim(struct csvout *w, const struct doc *d, const struct claims *cs, size_t k)
{
	const struct claim *c = &cs->v[k];
	const char *q[8];

	csvout_str(w, d->path);
	csvout_int(w, (int64_t)c->start);
	csvout_int(w, (int64_t)c->end);
	csvout_text(w, d->buf + c->start, c->end - c->start);
	csvout_str(w, claim_kind_name(c->kind));
	csvout_num(w, c->value);
	csvout_str(w, c->unit);
	csvout_str(w, c->per);
	csvout_str(w, c->approx);
	csvout_str(w, c->direction);
	csvout_str(w, measure_name(c->measure));
	csvout_str(w, c->period);
	csvout_str(w, c->flow);
	csvout_str(w, c->reporter);
	csvout_str(w, c->partner);
	csvout_str(w, c->commodity);
	csvout_str(w, d->date);
	csvout_num(w, c->precision);
	if (c->pair >= 0)
		csvout_int(w, (int64_t)cs->v[c->pair].start);
	else
		csvout_empty(w);
	csvout_int(w, (int64_t)c->sent_start);
	csvout_int(w, (int64_t)c->sent_end);
	qualifiers(c, q);
	for (size_t i = 0; i < ARRAY_SIZE(q); i++)
		csvout_str(w, q[i]);
	csvout_str(w, c->source);
	csvout_end_row(w);
}

/* The output of one part of a file (jobs_opts.fmt: on a worker thread, or
 * straight to stdout): the document record first in JSONL, then the part's
 * claims. */
struct fmt_ctx {
	int jsonl;
};

static void format_part(const struct parsed_file *p, size_t part, FILE *f, void *ctx)
{
	struct csvout w;

	if (((struct fmt_ctx *)ctx)->jsonl) {
		if (part == 0)	/* hashed: jobs_opts.hash */
			jsonl_write(f, (struct doc *)&p->d, &p->c);
		else
			jsonl_write_claims(f, &p->d, &p->c);
		return;
	}
	csvout_init(&w, f, 0);
	for (size_t k = 0; k < p->c.n; k++)
		csv_claim(&w, &p->d, &p->c, k);
}

/* What `extract` reads from its command line. */
struct extract_opts {
	const char *format;	/* "csv" or "jsonl"; NULL: csv */
	const char *date;	/* --date, or NULL */
	const char *dates;	/* --dates manifest, or NULL */
	unsigned jobs;		/* --jobs: files read and parsed at once (0 or 1: one) */
};

static int extract_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	const struct extract_opts *o = ctx->opts;
	struct article_dates m = { 0 };
	int jsonl = o->format && strcmp(o->format, "jsonl") == 0, ret = EXIT_OK;
	struct csvout w;

	if (argc < 1)
		return cmd_usage_error(&cmd_extract, "no article (give FILE, or - for stdin)");
	if (o->dates && cmd_dates_load(o->dates, &m) != 0) {
		cmd_dates_release(&m);
		return EXIT_INPUT;
	}
	csvout_init(&w, stdout, 0);
	if (!jsonl) {
		for (size_t i = 0; i < ARRAY_SIZE(columns); i++)
			csvout_str(&w, columns[i]);
		csvout_end_row(&w);
	}
	{
		struct fmt_ctx fc = { jsonl };
		struct jobs_opts jo = { .jobs = o->jobs, .date = o->date, .dates = &m, .hash = jsonl,
					 .fmt = format_part, .out = stdout, .fmt_ctx = &fc };
		struct jobs *j = jobs_start(argv, (size_t)argc, &jo);

		/* Files not read were reported; a write error is csvout_finish()'s. */
		if (jobs_write_all(j))
			ret = EXIT_INPUT;
		jobs_finish(j);
	}
	cmd_dates_release(&m);
	/* A closed pipe (`| head`) is not an error (main.c, invariant 3). */
	if (csvout_finish(&w) < 0 && !stdout_pipe_closed())
		return error("cannot write standard output"), EXIT_DB;
	return ret;
}

static const char *const formats[] = { "csv", "jsonl", NULL };

static const struct opt extract_options[] = {
	{ .name = "format", .kind = OPT_CHOICE, .off = offsetof(struct extract_opts, format),
	  .choices = formats, .help = "output format (default csv, RFC 4180 with a header)" },
	CMD_ARTICLE_OPTIONS(struct extract_opts),
	CMD_JOBS_OPTION(struct extract_opts),
	OPT_END
};

const struct cmd cmd_extract = {
	.name = "extract",
	.usage = "[--format csv|jsonl] [--date DATE | --dates MANIFEST.csv] [--jobs N] FILE...",
	.summary = "parse articles and print their claims (no database)",
	.opts = extract_options,
	.opts_size = sizeof(struct extract_opts),
	.notes =
	"columns: file,start,end (byte offsets, end exclusive),text,kind,value (base\n"
	"units),unit,per,approx,direction,measure,period,flow,reporter,partner,\n"
	"commodity,doc_date,precision,pair_start,sent_start,sent_end,adjustment,price,\n"
	"basis,status,reporter_src,partner_src,flow_src,period_src (empty where the\n"
	"text does not say),source (the agency the figure is attributed to, or empty)\n"
	"jsonl: per file a record {\"type\":\"document\",\"path\",\"sha256\",\"bytes\",\"date\",\n"
	"\"body\"}, then one {\"type\":\"claim\",...} per claim with the columns above;\n"
	"`ingest --claims` loads it (see README, Bulk)\n",
	.flags = 0,
	.run = extract_run,
};
