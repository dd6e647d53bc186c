/*
 * report.c - `tradestat report -o DIR`: the monthly bundle.
 *
 * Output, in DIR: series.csv (long), series_wide.csv, revisions.csv,
 * claims.csv, findings.csv, one SVG chart per series (CODE.svg), for each
 * revised series its revisions chart and CSV (CODE-revisions.svg, .csv), and
 * index.html (report/html.c: findings, the claims table, the key to rules,
 * severities, points and rings, the vintages covered). Nothing is run here
 * that `export` and `plot` do not also do: the bundle is their output,
 * together, with --bom, --delimiter and --decimal-comma on every CSV.
 *
 * Invariants:
 *  1. The bundle is written into a fresh sibling folder and swapped into
 *     place only when complete (base/outdir.c): a failed run leaves the
 *     previous bundle as it was.
 *  2. An existing DIR is replaced only if it is a bundle (it holds the
 *     marker file .tradestat-report) or empty: `-o ~` never deletes a home.
 *  3. Chart file names are built from series codes reduced to [A-Za-z0-9._-],
 *     unique in the bundle, so a code can never name a path outside it.
 *  4. The sibling folder is named DIR.tmp-PID-N (outfile_temp_dir): a killed
 *     run's is recognised by its dead PID and removed by the next run. A
 *     trailing slash in -o DIR/ names the same folder.
 */
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/base.h"
#include "check/check.h"
#include "cmd/cmd.h"
#include "report/report.h"
#include "store/store.h"

#define MARKER ".tradestat-report"
#define MAX_LISTED 50		/* errors and warnings listed on the index page */
#define MAX_CLAIMS 200		/* claims listed on the index page (claims.csv has all) */

struct bundle {
	struct index_chart *charts;	/* owned */
	size_t ncharts, acharts;
	struct index_count *counts;	/* owned */
	size_t ncounts, acounts;
	struct index_finding *findings;	/* owned */
	size_t nfindings, afindings;
	long more;
	char **strs;			/* owned: every string the index borrows */
	size_t nstrs, astrs;
	long claims;			/* counted by count_row */
	unsigned csv_flags;		/* csvout flags of every CSV (--bom, --delimiter...) */
	struct rowmap claim_rows, vintage_rows;	/* the claims table, the vintages */
	long more_claims;		/* claims past MAX_CLAIMS */
	struct index_rule *rules;	/* owned */
	size_t nrules, ncsv;		/* ncsv: CSV files written */
};

static const char *keep(struct bundle *b, const struct cell *c)
{
	XGROW(b->strs, b->astrs, b->nstrs + 1);
	b->strs[b->nstrs] = c->type == CELL_TEXT ? xstrndup(c->s, c->n) : xstrdup("");
	return b->strs[b->nstrs++];
}

/* series_list.sql: series, title, ..., findings */
static int series_item(void *ctx, const struct row *r)
{
	struct bundle *b = ctx;
	struct index_chart *c;

	XGROW(b->charts, b->acharts, b->ncharts + 1);
	c = &b->charts[b->ncharts++];
	memset(c, 0, sizeof(*c));
	c->series = keep(b, row_cell(r, "series"));
	c->title = keep(b, row_cell(r, "title"));
	if (!*c->title && row_cell(r, "reporter")->type == CELL_TEXT) {
		/* Untitled (SDMX, a column map): named from its subject, as its chart is. */
		const char *rep = keep(b, row_cell(r, "reporter"));
		const char *par = keep(b, row_cell(r, "partner"));
		struct buf t = BUF_INIT;
		struct cell name;

		cmd_series_name(rep, par, keep(b, row_cell(r, "flow")), NULL, &t);
		name = (struct cell){ .type = CELL_TEXT, .s = t.s, .n = t.len };
		c->title = keep(b, &name);
		buf_release(&t);
	}
	c->findings = row_int(r, "findings");
	return 0;
}

static int count_row(void *ctx, const struct row *r)
{
	(void)r;
	((struct bundle *)ctx)->claims++;
	return 0;
}

static int count_item(void *ctx, const struct row *r)
{
	struct bundle *b = ctx;

	XGROW(b->counts, b->acounts, b->ncounts + 1);
	b->counts[b->ncounts].rule = keep(b, row_cell(r, "rule"));
	b->counts[b->ncounts].severity = keep(b, row_cell(r, "severity"));
	b->counts[b->ncounts].n = row_int(r, "n");
	b->ncounts++;
	return 0;
}

/* export_findings.sql: rule, severity, doc, start, end, text, ..., message */
static int finding_item(void *ctx, const struct row *r)
{
	struct bundle *b = ctx;
	struct index_finding *f;
	const struct cell *sev = row_cell(r, "severity");

	if (sev->n == 4 && memcmp(sev->s, "info", 4) == 0)
		return 0;
	if (b->nfindings == MAX_LISTED) {
		b->more++;
		return 0;
	}
	XGROW(b->findings, b->afindings, b->nfindings + 1);
	f = &b->findings[b->nfindings++];
	f->rule = keep(b, row_cell(r, "rule"));
	f->severity = keep(b, sev);
	/* A finding about two series (the mirror rule's official pairs) has
	 * no document: the series stand in the document and claim columns. */
	f->doc = keep(b, row_cell(r, row_len(r, "doc") ? "doc" : "series"));
	f->text = keep(b, row_cell(r, row_len(r, "doc") ? "text" : "other_series"));
	f->message = keep(b, row_cell(r, "message"));
	return 0;
}

/* Whether name is taken by a file of the first k charts (case-insensitively:
 * some file systems fold case). */
static int name_taken(const struct bundle *b, size_t k, const char *name)
{
	for (size_t j = 0; j < k; j++) {
		const struct index_chart *c = &b->charts[j];

		if (!strcasecmp(c->file, name) || (c->rev_file && !strcasecmp(c->rev_file, name)) ||
		    (c->rev_csv && !strcasecmp(c->rev_csv, name)))
			return 1;
	}
	return 0;
}

/* Invariant 3: the code reduced to [A-Za-z0-9._-] with suffix ("" or
 * "-revisions") and ext, "-2", "-3"... on a clash. */
static char *chart_name(const struct bundle *b, size_t k, const char *suffix, const char *ext)
{
	const char *code = b->charts[k].series;
	char base[104];
	struct buf name = BUF_INIT;
	size_t i = 0;

	for (; *code && i < 100; code++, i++) {
		char ch = *code;

		base[i] = ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			   (ch >= '0' && ch <= '9') || ch == '.' || ch == '-') ? ch : '_';
	}
	base[i] = '\0';
	if (!base[0])
		strcpy(base, "_");
	else if (base[0] == '.')
		base[0] = '_';	/* no hidden files, no ".." */
	buf_addf(&name, "%s%s%s", base, suffix, ext);
	for (int n = 2; name_taken(b, k, name.s) ||
	     !strcasecmp(name.s, "index.html") || !strcasecmp(name.s, "series.csv") ||
	     !strcasecmp(name.s, "claims.csv") || !strcasecmp(name.s, "findings.csv") ||
	     !strcasecmp(name.s, "revisions.csv") || !strcasecmp(name.s, "series_wide.csv"); n++) {
		buf_reset(&name);
		buf_addf(&name, "%s%s-%d%s", base, suffix, n, ext);
	}
	return buf_detach(&name, NULL);
}

static void bundle_release(struct bundle *b)
{
	for (size_t i = 0; i < b->nstrs; i++)
		free(b->strs[i]);
	free(b->strs), free(b->charts), free(b->counts), free(b->findings), free(b->rules);
	rowmap_release(&b->claim_rows);
	rowmap_release(&b->vintage_rows);
}

static char *bundle_keep(struct bundle *b, char *s)
{
	XGROW(b->strs, b->astrs, b->nstrs + 1);
	return b->strs[b->nstrs++] = s;
}

/* series_revised.sql: series, periods */
static int revised_item(void *ctx, const struct row *r)
{
	struct bundle *b = ctx;

	for (size_t i = 0; i < b->ncharts; i++)
		if (strlen(b->charts[i].series) == row_len(r, "series") &&
		    !memcmp(b->charts[i].series, row_text(r, "series"), row_len(r, "series"))) {
			b->charts[i].revised = row_int(r, "periods");
			/* A revision or two in decades of data would be a hairline:
			   the chart starts the year before the first one. */
			if (row_len(r, "first") >= 4 && atoi(row_text(r, "first")) > 1000)
				snprintf(b->charts[i].rev_from, sizeof(b->charts[i].rev_from), "%d",
					 atoi(row_text(r, "first")) - 1);
		}
	return 0;
}

/* report_claims.sql into index_claim, MAX_CLAIMS of them; the rest counted. */
static const struct rowmap_col claim_cols[] = {
	ROWMAP_TEXT(struct index_claim, doc, "doc"),
	ROWMAP_TEXT(struct index_claim, published, "published"),
	ROWMAP_TEXT(struct index_claim, text, "text"),
	ROWMAP_TEXT(struct index_claim, sentence, "sentence"),
	ROWMAP_TEXT(struct index_claim, unit, "unit"),
	ROWMAP_TEXT(struct index_claim, measure, "measure"),
	ROWMAP_TEXT(struct index_claim, period, "period"),
	ROWMAP_TEXT(struct index_claim, series, "series"),
	ROWMAP_TEXT(struct index_claim, series_unit, "series_unit"),
	ROWMAP_TEXT(struct index_claim, base_period, "base_period"),
	ROWMAP_TEXT(struct index_claim, verdict, "verdict"),
	ROWMAP_TEXT(struct index_claim, message, "message"),
	ROWMAP_TEXT(struct index_claim, outlet, "outlet"),
	ROWMAP_TEXT(struct index_claim, doc_title, "doc_title"),
	ROWMAP_REAL(struct index_claim, now, "now"),
	ROWMAP_REAL(struct index_claim, now_base, "now_base"),
	ROWMAP_REAL(struct index_claim, then_value, "then_value"),
	ROWMAP_REAL(struct index_claim, then_base, "then_base"),
};

static const struct rowmap_col vintage_cols[] = {
	ROWMAP_TEXT(struct index_vintage, released, "released"),
	ROWMAP_TEXT(struct index_vintage, source, "source"),
	ROWMAP_TEXT(struct index_vintage, path, "path"),
	ROWMAP_TEXT(struct index_vintage, series, "series"),
	ROWMAP_INT(struct index_vintage, observations, "observations"),
};

static int claim_item(void *ctx, const struct row *r)
{
	struct bundle *b = ctx;

	if (b->claim_rows.n == MAX_CLAIMS) {
		b->more_claims++;
		return 0;
	}
	return rowmap_row(&b->claim_rows, r);
}

/* The claims table, the vintages and the rules' key, into ix. */
static int index_data(struct store *st, struct bundle *b, struct report_index *ix)
{
	const struct param lim[] = { P_INT(":limit", -1) };
	const struct rule *const *rules;
	struct index_claim *cl;

	rowmap_init(&b->claim_rows, claim_cols, ARRAY_SIZE(claim_cols), sizeof(struct index_claim));
	rowmap_init(&b->vintage_rows, vintage_cols, ARRAY_SIZE(vintage_cols),
		    sizeof(struct index_vintage));
	if (store_select(st, SQL_REPORT_CLAIMS, lim, 1, claim_item, b) < 0 ||
	    store_select(st, SQL_REPORT_VINTAGES, NULL, 0, rowmap_row, &b->vintage_rows) < 0)
		return -1;
	cl = rowmap_done(&b->claim_rows);
	for (size_t i = 0; i < b->claim_rows.n; i++) {
		struct buf label = BUF_INIT;

		cmd_claim_label(cl[i].outlet, cl[i].doc_title, cl[i].doc, cl[i].published, &label);
		cl[i].label = bundle_keep(b, buf_detach(&label, NULL));
	}
	ix->claims = cl;
	ix->nclaims = b->claim_rows.n;
	ix->more_claims = b->more_claims;
	ix->vintages = rowmap_done(&b->vintage_rows);
	ix->nvintages = b->vintage_rows.n;
	rules = check_rules(&b->nrules);
	b->rules = xcalloc(b->nrules + 1, sizeof(*b->rules));
	for (size_t i = 0; i < b->nrules; i++)
		b->rules[i] = (struct index_rule){ rules[i]->name, rules[i]->summary };
	ix->rules = b->rules;
	ix->nrules = b->nrules;
	return 0;
}

/* "report: 7 CSV files, 6 charts (2 of revisions), index.html", of the final folder. */
static void report_summary(const char *dir, const struct bundle *b)
{
	size_t charts = b->ncharts, rev = 0;
	char revs[48] = "";

	for (size_t i = 0; i < b->ncharts; i++)
		rev += b->charts[i].rev_file != NULL;
	charts += rev;
	if (rev)
		snprintf(revs, sizeof(revs), " (%zu of revisions)", rev);
	notice("%s: %zu CSV file%s, %zu chart%s%s, index.html", dir, b->ncsv,
	       b->ncsv == 1 ? "" : "s", charts, charts == 1 ? "" : "s", revs);
}

/* Writes every file of the bundle into tmp. */
static int write_bundle(struct store *st, const char *db, const char *tmp, const char *style,
			struct bundle *b)
{
	static const struct { const char *file, *what; int wide, revisions; } csvs[] = {
		{ "series.csv", "series", 0, 0 }, { "series_wide.csv", "series", 1, 0 },
		{ "revisions.csv", "series", 0, 1 },
		{ "claims.csv", "claims", 0, 0 }, { "findings.csv", "findings", 0, 0 },
	};
	const char *files[ARRAY_SIZE(csvs)];
	const struct param all[] = { P_NULL(":series") };
	struct plot_batch *batch = NULL;	/* owned: started with the first chart */
	struct report_index ix;
	struct buf path = BUF_INIT;
	char today[DATE_LEN];
	int rc = EXIT_OK;
	struct outfile f;

	memset(&ix, 0, sizeof(ix));
	if (store_select(st, SQL_SERIES_LIST, all, 1, series_item, b) < 0 ||
	    store_select(st, SQL_SERIES_REVISED, NULL, 0, revised_item, b) < 0 ||
	    store_select(st, SQL_FINDINGS_SUMMARY, NULL, 0, count_item, b) < 0 ||
	    store_select(st, SQL_EXPORT_FINDINGS, NULL, 0, finding_item, b) < 0 ||
	    index_data(st, b, &ix) < 0)
		return EXIT_DB;
	for (size_t i = 0; i < ARRAY_SIZE(csvs) && rc == EXIT_OK; i++) {
		struct export_opts eo = { .what = csvs[i].what, .wide = csvs[i].wide,
					  .revisions = csvs[i].revisions, .flags = b->csv_flags };

		files[i] = csvs[i].file;
		b->ncsv++;
		buf_reset(&path);
		buf_addf(&path, "%s/%s", tmp, csvs[i].file);
		rc = cmd_export_to(st, &eo, path.s);
	}
	/* A chart for every series, and a revisions chart and CSV for each
	   revised one, all drawn by one gnuplot (started with the first chart). */
	for (size_t i = 0; i < b->ncharts && rc == EXIT_OK; i++) {
		struct index_chart *c = &b->charts[i];
		const struct param p[] = { P_TEXT(":series", c->series) };
		struct chart_opts co = { .style = style, .quiet = 1 };

		b->claims = 0;
		if (store_select(st, SQL_PLOT_CLAIMS, p, 1, count_row, b) < 0 ||
		    (!batch && plot_batch_start(&batch) < 0)) {
			rc = EXIT_DB;
			break;
		}
		co.batch = batch;
		c->claims = b->claims;
		c->file = bundle_keep(b, chart_name(b, i, "", ".svg"));
		buf_reset(&path);
		buf_addf(&path, "%s/%s", tmp, c->file);
		rc = cmd_chart(st, (char *const *)&c->series, 1, path.s, &co);
		if (rc != EXIT_OK || !c->revised)
			continue;
		c->rev_file = bundle_keep(b, chart_name(b, i, "-revisions", ".svg"));
		c->rev_csv = bundle_keep(b, chart_name(b, i, "-revisions", ".csv"));
		co.revisions = 1;
		co.from = *c->rev_from ? c->rev_from : NULL;
		buf_reset(&path);
		buf_addf(&path, "%s/%s", tmp, c->rev_file);
		rc = cmd_chart(st, (char *const *)&c->series, 1, path.s, &co);
		if (rc == EXIT_OK) {
			struct export_opts eo = { .what = "series", .series = c->series,
						  .revisions = 1, .flags = b->csv_flags };

			buf_reset(&path);
			buf_addf(&path, "%s/%s", tmp, c->rev_csv);
			rc = cmd_export_to(st, &eo, path.s);
			b->ncsv++;
		}
	}
	/* Only now are the charts in the folder (or, on failure, none is). */
	if (batch && plot_batch_finish(batch) < 0 && rc == EXIT_OK)
		rc = EXIT_DB;
	if (rc != EXIT_OK)
		return buf_release(&path), rc;
	date_today(today);
	ix.generated = today;
	ix.database = db;
	ix.charts = b->charts;
	ix.ncharts = b->ncharts;
	ix.counts = b->counts;
	ix.ncounts = b->ncounts;
	ix.findings = b->findings;
	ix.nfindings = b->nfindings;
	ix.more_findings = b->more;
	ix.files = files;
	ix.nfiles = ARRAY_SIZE(files);
	buf_reset(&path);
	buf_addf(&path, "%s/index.html", tmp);
	if (cmd_open_out(&f, path.s) < 0)
		return buf_release(&path), EXIT_DB;
	html_write_index(f.f, &ix);	/* a failed write: commit says so */
	if (cmd_close_out(&f, 1) < 0)
		rc = EXIT_DB;
	buf_reset(&path);
	buf_addf(&path, "%s/%s", tmp, MARKER);
	if (rc == EXIT_OK && (cmd_open_out(&f, path.s) < 0 ||
			      (fputs("a tradestat report bundle: `report -o` replaces this folder\n",
				     f.f), cmd_close_out(&f, 1) < 0)))
		rc = EXIT_DB;
	buf_release(&path);
	return rc;
}

/* Findings made before the newest import or ingest rest on data that has
 * changed since: said, so that a stale bundle is not taken for a fresh one. */
static int say_stale(void *ctx, const struct row *r)
{
	(void)ctx;
	const char *findings = row_text(r, "findings"), *newest = row_text(r, "newest");

	if (*findings && *newest && strcmp(findings, newest) < 0)
		warning("the findings (%s) are older than the newest import or ingest (%s): "
			"run 'tradestat validate' first", findings, newest);
	return 0;
}

/* What `report` reads from its command line. */
struct report_opts {
	const char *output;	/* -o DIR */
	const char *style;	/* --style FILE.gp, or NULL */
	const char *delimiter;	/* the CSVs' separator: ",", ";" or "tab"; NULL: "," */
	int bom, decimal_comma;	/* the CSVs start with a BOM; numbers with ',' */
};

static int report_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	const struct report_opts *o = ctx->opts;
	const char *dir = o->output, *style_path = o->style;
	struct buf style = BUF_INIT, clean = BUF_INIT;
	char *tmp = NULL;
	struct bundle b;
	int rc;

	(void)argv;
	unsigned csv_flags = o->bom ? CSVOUT_BOM : 0;

	if (!dir || !*dir || argc > 0)
		return cmd_usage_error(&cmd_report, "give the output folder with -o DIR, and nothing else");
	if (cmd_csv_flags(&cmd_report, o->delimiter, o->decimal_comma, &csv_flags))
		return EXIT_USAGE;
	/* Invariant 4: "out/" is "out" (the sibling must not land inside it). */
	buf_adds(&clean, dir);
	while (clean.len > 1 && clean.s[clean.len - 1] == '/')
		clean.s[--clean.len] = '\0';
	dir = clean.s;
	if (!strcmp(dir, "/") || !strcmp(path_base(dir), ".") || !strcmp(path_base(dir), "..")) {
		rc = cmd_usage_error(&cmd_report, "-o '%s': name the bundle's own folder", dir);
		buf_release(&clean);
		return rc;
	}
	if (!outdir_replaceable(dir, MARKER))
		return error("'%s' exists and is not a tradestat report (no %s in it): "
			     "give -o a new or empty folder", dir, MARKER), buf_release(&clean), EXIT_USAGE;
	if (style_path && file_read(style_path, &style, 1u << 20) < 0) {
		buf_release(&style), buf_release(&clean);
		return EXIT_INPUT;
	}
	if (cmd_open_store(ctx) < 0 ||
	    store_select(ctx->store, SQL_FINDINGS_STALE, NULL, 0, say_stale, NULL) < 0) {
		buf_release(&style), buf_release(&clean);
		return EXIT_DB;
	}
	if (outfile_check(dir) < 0) {	/* a folder named t.db-wal would stop SQLite */
		buf_release(&style), buf_release(&clean);
		return EXIT_DB;
	}
	outdir_sweep(dir);
	/* A sibling, so that the final rename stays on one file system. */
	if (!(tmp = outfile_temp_dir(dir))) {
		buf_release(&style), buf_release(&clean);
		return EXIT_DB;
	}
	memset(&b, 0, sizeof(b));
	b.csv_flags = csv_flags;
	rc = write_bundle(ctx->store, ctx->db_path, tmp, style_path ? style.s : NULL, &b);
	if (rc == EXIT_OK && (store_read_unchanged() < 0 || outdir_swap(tmp, dir) < 0))
		rc = EXIT_DB;
	if (rc != EXIT_OK)
		outdir_remove(tmp);	/* the previous bundle stays as it was */
	else
		report_summary(dir, &b);
	bundle_release(&b);
	buf_release(&style);
	buf_release(&clean);
	free(tmp);
	return rc;
}

static const struct opt report_options[] = {
	{ .name = "output", .short_name = 'o', .kind = OPT_STRING,
	  .off = offsetof(struct report_opts, output), .argname = "DIR",
	  .help = "the bundle's folder: created, or replaced whole when it is\n"
	  "an earlier bundle (a failed run leaves it as it was)" },
	{ .name = "style", .kind = OPT_STRING, .off = offsetof(struct report_opts, style),
	  .argname = "FILE.gp", .help = "gnuplot style for the charts (default: built-in plots/default.gp)\n"
	  "(gnuplot code: it runs as written, so use only one you trust)" },
	{ .name = "bom", .kind = OPT_FLAG, .off = offsetof(struct report_opts, bom),
	  .help = "start every CSV with a UTF-8 byte order mark (for Excel)" },
	CMD_CSV_OPTIONS(struct report_opts),
	OPT_END
};

const struct cmd cmd_report = {
	.name = "report",
	.usage = "-o DIR [--style FILE.gp] [--bom] [--delimiter SEP] [--decimal-comma]",
	.summary = "the monthly bundle: CSVs, a chart per series, claims, findings, an index page",
	.opts = report_options,
	.opts_size = sizeof(struct report_opts),
	.notes =
	"the bundle: series.csv, series_wide.csv, revisions.csv, claims.csv,\n"
	"findings.csv, a chart per series (CODE.svg) and for each revised series a\n"
	"revisions chart (from the year before its first revised period) and CSV\n"
	"(CODE-revisions.svg, .csv), index.html (claims table,\n"
	"the key to rules and severities, the vintages covered)\n",
	.flags = CMD_DB_READ,
	.run = report_run,
};
