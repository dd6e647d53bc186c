/*
 * export.c - `tradestat export series|claims|findings`: CSV for spreadsheets.
 *
 * Input: the store. Output: RFC 4180 CSV, UTF-8, LF line endings by default
 * (what R, pandas, LibreOffice and Excel all read; --crlf for strict RFC 4180
 * consumers), '.' decimals, ISO periods, numbers with at most 15 significant
 * digits and no exponent, formula-like text neutralised (report.h).
 *
 * Layouts for series: long (one row per series and period, with the vintage
 * that published the value) and wide (one row per period, one column per
 * series: what a spreadsheet chart wants).
 */
#include <stddef.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "report/report.h"
#include "store/store.h"

/* The wide layout: a period x series grid filled from the long rows. */
struct wide {
	char **codes, **periods;	/* owned */
	size_t ncodes, acodes, nperiods, aperiods;
	struct { size_t p, c; double v; } *cells;	/* owned */
	size_t ncells, acells;
};

static size_t intern(char ***v, size_t *n, size_t *alloc, const char *s, size_t len)
{
	/* Rows arrive sorted by series then period: the last code is the usual hit. */
	for (size_t i = *n; i-- > 0;)
		if (strlen((*v)[i]) == len && memcmp((*v)[i], s, len) == 0)
			return i;
	XGROW(*v, *alloc, *n + 1);
	(*v)[*n] = xstrndup(s, len);
	return (*n)++;
}

static int wide_row(void *ctx, const struct row *r)
{
	struct wide *w = ctx;

	XGROW(w->cells, w->acells, w->ncells + 1);
	w->cells[w->ncells].c = intern(&w->codes, &w->ncodes, &w->acodes, row_text(r, "series"),
				       row_len(r, "series"));
	w->cells[w->ncells].p = intern(&w->periods, &w->nperiods, &w->aperiods,
				       row_text(r, "period"), row_len(r, "period"));
	/* A NULL value (the statements leave withdrawn ones out) would be NAN: empty. */
	w->cells[w->ncells].v = row_double(r, "value");
	w->ncells++;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int export_wide(struct store *st, enum sql_id stmt, const struct param *p, size_t np,
		       struct csvout *out)
{
	struct wide w;
	size_t *rank;
	char **sorted;
	double *grid;
	int rc;

	memset(&w, 0, sizeof(w));
	rc = store_select(st, stmt, p, np, wide_row, &w);
	/* Periods in time order: ISO text sorts chronologically. */
	sorted = xcalloc(w.nperiods + 1, sizeof(*sorted));
	if (w.nperiods) {	/* no rows: periods is NULL, and memcpy(NULL) is UB */
		memcpy(sorted, w.periods, w.nperiods * sizeof(*sorted));
		qsort(sorted, w.nperiods, sizeof(*sorted), cmp_str);
	}
	rank = xcalloc(w.nperiods + 1, sizeof(*rank));
	for (size_t i = 0; i < w.nperiods; i++) {
		char **hit = bsearch(&w.periods[i], sorted, w.nperiods, sizeof(*sorted), cmp_str);

		rank[i] = (size_t)(hit - sorted);
	}
	grid = xcalloc(w.nperiods * w.ncodes + 1, sizeof(*grid));
	for (size_t i = 0; i < w.nperiods * w.ncodes; i++)
		grid[i] = NAN;	/* no value: an empty cell */
	for (size_t i = 0; i < w.ncells; i++)
		grid[rank[w.cells[i].p] * w.ncodes + w.cells[i].c] = w.cells[i].v;
	csvout_str(out, "period");
	for (size_t c = 0; c < w.ncodes; c++)
		csvout_str(out, w.codes[c]);
	csvout_end_row(out);
	for (size_t p = 0; p < w.nperiods; p++) {
		csvout_str(out, sorted[p]);
		for (size_t c = 0; c < w.ncodes; c++)
			csvout_num(out, grid[p * w.ncodes + c]);
		csvout_end_row(out);
	}
	for (size_t i = 0; i < w.ncodes; i++)
		free(w.codes[i]);
	for (size_t i = 0; i < w.nperiods; i++)
		free(w.periods[i]);
	free(w.codes), free(w.periods), free(w.cells), free(sorted), free(rank), free(grid);
	return rc ? -1 : 0;
}

int cmd_export_to(struct store *st, const struct export_opts *o, const char *out_path)
{
	struct param p[3];
	enum sql_id stmt;
	size_t np = 0;
	struct csvout w;
	struct outfile f;
	int rc;

	/* Each statement gets exactly its parameters (an unknown one is an error). */
	if (strcmp(o->what, "series") != 0) {
		stmt = strcmp(o->what, "claims") == 0 ? SQL_EXPORT_CLAIMS : SQL_EXPORT_FINDINGS;
	} else {
		p[np++] = (struct param)P_TEXT(":series", o->series);
		if (o->revisions) {
			stmt = SQL_EXPORT_SERIES_REVISIONS;
			p[np++] = (struct param)P_TEXT(":period", o->period);
		} else if (o->as_of) {
			stmt = SQL_EXPORT_SERIES_AS_OF;
			p[np++] = (struct param)P_TEXT(":as_of", o->as_of);
		} else {
			stmt = SQL_EXPORT_SERIES_LONG;
		}
	}
	if (cmd_open_out(&f, out_path) < 0)
		return EXIT_DB;
	csvout_init(&w, f.f, o->flags);
	if (o->wide)
		rc = export_wide(st, stmt, p, np, &w);
	else
		rc = cmd_query_csv(st, stmt, np ? p : NULL, np, &w);
	if (csvout_finish(&w) < 0) {
		/* A write failed (the rows stopped there): commit says why, and
		   removes the temporary file; a closed pipe (`| head`) is fine. */
		rc = cmd_close_out(&f, 1) < 0 ? -1 : 0;
		return rc ? EXIT_DB : EXIT_OK;
	}
	if (cmd_close_out(&f, rc == 0) < 0)
		rc = -1;
	return rc ? EXIT_DB : EXIT_OK;
}

/* What `export` reads from its command line. */
struct export_cmd_opts {
	const char *output;	/* -o, or NULL: stdout */
	const char *layout;	/* "long" or "wide"; NULL: long */
	const char *series, *as_of, *period;
	const char *delimiter;	/* ",", ";" or "tab"; NULL: "," */
	int bom, crlf, revisions, decimal_comma;
};

static int found_row(void *ctx, const struct row *r)
{
	(void)r;
	*(int *)ctx = 1;
	return 0;
}

/* export_first_release.sql: first (NULL when nothing is stored) */
static int first_row(void *ctx, const struct row *r)
{
	if (row_cell(r, "first")->type == CELL_TEXT)
		str_copy(ctx, DATE_LEN, row_text(r, "first"), row_len(r, "first"));
	return 0;
}

static int export_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	const struct export_cmd_opts *c = ctx->opts;
	struct export_opts o = { 0 };
	int rc;

	if (argc != 1)
		return cmd_usage_error(&cmd_export, "say what to export: series, claims or findings");
	o.what = argv[0];
	o.wide = c->layout && strcmp(c->layout, "wide") == 0;
	o.series = c->series;
	o.as_of = c->as_of;
	o.revisions = c->revisions;
	o.period = c->period;
	o.flags = (c->bom ? CSVOUT_BOM : 0) | (c->crlf ? CSVOUT_CRLF : 0);
	if (cmd_csv_flags(&cmd_export, c->delimiter, c->decimal_comma, &o.flags))
		return EXIT_USAGE;
	if (strcmp(o.what, "series") != 0 && strcmp(o.what, "claims") != 0 &&
	    strcmp(o.what, "findings") != 0)
		return cmd_usage_error(&cmd_export, "cannot export '%s' (series, claims or findings)", o.what);
	if ((o.wide || o.series || o.as_of || o.revisions || o.period) && strcmp(o.what, "series") != 0)
		return cmd_usage_error(&cmd_export, "--layout, --series, --as-of, --revisions and "
				       "--period apply to series only");
	if (o.revisions && (o.as_of || o.wide))
		return cmd_usage_error(&cmd_export, "--revisions lists every vintage: not with "
				       "--as-of or --layout wide");
	if (o.period && !o.revisions)
		return cmd_usage_error(&cmd_export, "--period goes with --revisions");
	if (cmd_open_store(ctx) < 0)
		return EXIT_DB;
	if (o.series) {
		const struct param p[] = { P_TEXT(":series", o.series) };
		int found = 0;

		if (store_select(ctx->store, SQL_SERIES_FIND, p, 1, found_row, &found) < 0)
			return EXIT_DB;
		/* An unknown name on the command line is a usage error, as for plot. */
		if (!found)
			return cmd_no_series(ctx->store, o.series);
	}
	rc = cmd_export_to(ctx->store, &o, c->output);
	if (rc == EXIT_OK && o.as_of) {
		const struct param p[] = { P_TEXT(":series", o.series) };
		char first[DATE_LEN] = "";

		/* A date before every release: the file is only a header; say why. */
		if (store_select(ctx->store, SQL_EXPORT_FIRST_RELEASE, p, 1, first_row, first) < 0)
			return EXIT_DB;
		if (*first && strcmp(o.as_of, first) < 0)
			notice("export: nothing was known as of %s: the first release stored%s%s is "
			       "dated %s, so only the header was written", o.as_of,
			       o.series ? " of " : "", o.series ? o.series : "", first);
	}
	return rc;
}

static const char *const layouts[] = { "long", "wide", NULL };

#define F(f) offsetof(struct export_cmd_opts, f)

static const struct opt export_options[] = {
	{ .name = "output", .short_name = 'o', .kind = OPT_STRING, .off = F(output),
	  .argname = "FILE", .help = "write to FILE instead of standard output" },
	{ .name = "layout", .kind = OPT_CHOICE, .off = F(layout), .choices = layouts,
	  .help = "series: one row per series and period with its vintage\n"
	  "(long, default) or one row per period (wide)" },
	{ .name = "series", .kind = OPT_STRING, .off = F(series), .argname = "CODE",
	  .help = "series: only this series" },
	CMD_CSV_OPTIONS(struct export_cmd_opts),
	{ .name = "bom", .kind = OPT_FLAG, .off = F(bom),
	  .help = "start with a UTF-8 byte order mark (for Excel)" },
	{ .name = "crlf", .kind = OPT_FLAG, .off = F(crlf), .help = "end rows with CRLF instead of LF" },
	{ .name = "as-of", .kind = OPT_DATE, .off = F(as_of), .argname = "DATE",
	  .help = "series: the values as they were known on DATE (the\n"
	  "vintage in force then), instead of the latest" },
	{ .name = "revisions", .kind = OPT_FLAG, .off = F(revisions),
	  .help = "series: every stored value of each observation that was\n"
	  "ever revised or withdrawn, in release order, with the\nvalue it replaced" },
	{ .name = "period", .kind = OPT_STRING, .off = F(period), .argname = "P",
	  .help = "with --revisions: the history of this period only" },
	OPT_END
};

#undef F

const struct cmd cmd_export = {
	.name = "export",
	.usage = "[-o FILE] [--layout long|wide] [--series CODE] [--as-of DATE | --revisions\n"
	"       [--period P]] [--bom] [--crlf] [--delimiter SEP] [--decimal-comma]\n"
	"       series|claims|findings",
	.summary = "write series, claims or findings as CSV (stdout or -o FILE)",
	.opts = export_options,
	.opts_size = sizeof(struct export_cmd_opts),
	.notes =
	"series are the latest vintage of each value; claims carry their document,\n"
	"byte offsets and sentence; findings carry both sides\n",
	.flags = CMD_DB_READ,
	.run = export_run,
};
