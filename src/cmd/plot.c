/*
 * plot.c - `tradestat plot SERIES... -o FILE`: one chart of official series
 * with the news claims about them drawn as points.
 *
 * Input: the latest vintage of each series and the level claims whose
 * subject and unit match it (sql/plot_claims.sql). Output: FILE (.svg, .png
 * or .pdf) drawn by gnuplot, or with --script the gnuplot script itself.
 *
 * Invariants:
 *  1. Every string handed to the report stage is owned here until the chart
 *     is written; report/plot.c escapes whatever came from an article.
 *  2. All series of one chart are drawn on one scale (billion, million...),
 *     chosen from the largest value, and the axis label says which.
 */
#include <stddef.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "report/report.h"
#include "store/store.h"

struct chart {
	struct plot_line *lines;	/* owned */
	struct plot_point **pts;	/* owned: one array per line */
	size_t nlines, alines, apts;	/* apts: capacity of the line being loaded */
	struct plot_mark *marks;	/* owned */
	size_t nmarks, amarks;
	char **strs;			/* owned: every string the spec borrows */
	size_t nstrs, astrs;
	char (*dates)[DATE_LEN];		/* owned: release dates of one series' vintages */
	size_t ndates, adates;
	char unit[32];			/* unit of the first series */
	char source[96];		/* source of the first series' newest value */
	char vintage[DATE_LEN];		/* the newest vintage among its values */
	double maxabs;
};

static const char *keep(struct chart *c, const char *s, size_t n)
{
	XGROW(c->strs, c->astrs, c->nstrs + 1);
	c->strs[c->nstrs] = xstrndup(s, n);
	return c->strs[c->nstrs++];
}

/* Starts a line (the latest values when as_of is NULL); rows go to it. */
static void add_line(struct chart *c, const char *code, const char *as_of)
{
	size_t alloc = c->alines;

	XGROW(c->lines, c->alines, c->nlines + 1);
	if (alloc != c->alines)
		c->pts = xrealloc(c->pts, c->alines * sizeof(*c->pts));
	memset(&c->lines[c->nlines], 0, sizeof(c->lines[0]));
	c->lines[c->nlines].code = code;
	c->lines[c->nlines].as_of = as_of ? keep(c, as_of, strlen(as_of)) : NULL;
	c->pts[c->nlines] = NULL;
	c->apts = 0;
	c->nlines++;
}

static int series_row(void *ctx, const struct row *r)
{
	struct chart *c = ctx;
	size_t cur = c->nlines - 1;
	struct plot_line *l = &c->lines[cur];
	int first_latest = cur == 0;	/* the first line is the first series' latest */
	struct plot_point *p;

	/* series, period, value, unit, vintage, source, title (export_series_*.sql) */
	XGROW(c->pts[cur], c->apts, l->n + 1);
	p = &c->pts[cur][l->n];
	str_copy(p->period, sizeof(p->period), r->cells[1].s, r->cells[1].n);
	p->value = cell_real(&r->cells[2]);
	if (fabs(p->value) > c->maxabs)
		c->maxabs = fabs(p->value);
	if (l->n == 0 && r->cells[6].type == CELL_TEXT)
		l->title = keep(c, r->cells[6].s, r->cells[6].n);
	if (l->n == 0 && first_latest && r->cells[3].type == CELL_TEXT)
		str_copy(c->unit, sizeof(c->unit), r->cells[3].s, r->cells[3].n);
	if (first_latest && r->cells[4].type == CELL_TEXT && r->cells[5].type == CELL_TEXT &&
	    strncmp(r->cells[4].s, c->vintage, sizeof(c->vintage) - 1) > 0) {
		str_copy(c->vintage, sizeof(c->vintage), r->cells[4].s, r->cells[4].n);
		str_copy(c->source, sizeof(c->source), r->cells[5].s, r->cells[5].n);
	}
	l->n++;
	l->pts = c->pts[cur];
	return 0;
}

static int claim_row(void *ctx, const struct row *r)
{
	struct chart *c = ctx;
	struct plot_mark *m;

	/* period, value, doc, text, flagged (plot_claims.sql) */
	XGROW(c->marks, c->amarks, c->nmarks + 1);
	m = &c->marks[c->nmarks++];
	str_copy(m->period, sizeof(m->period), r->cells[0].s, r->cells[0].n);
	m->value = cell_real(&r->cells[1]);
	m->label = keep(c, path_base(r->cells[2].s), strlen(path_base(r->cells[2].s)));
	m->flagged = r->cells[4].type == CELL_INT && r->cells[4].i != 0;
	if (fabs(m->value) > c->maxabs)
		c->maxabs = fabs(m->value);
	return 0;
}

static int date_row(void *ctx, const struct row *r)
{
	struct chart *c = ctx;

	XGROW(c->dates, c->adates, c->ndates + 1);
	str_copy(c->dates[c->ndates++], DATE_LEN, r->cells[0].s, r->cells[0].n);
	return 0;
}

/* "US$ billion", "CNY per USD": the y axis label for a unit and a scale. */
static void axis_label(const char *unit, double scale, char *out, size_t cap)
{
	const char *word = scale >= 1e12 ? " trillion" : scale >= 1e9 ? " billion" :
			   scale >= 1e6 ? " million" : scale >= 1e3 ? " thousand" : "";
	const char *slash = strchr(unit, '/');

	if (slash)
		snprintf(out, cap, "%.*s per %s%s", (int)(slash - unit), unit, slash + 1, word);
	else if (strcmp(unit, "USD") == 0)
		snprintf(out, cap, "US$%s", word);
	else
		snprintf(out, cap, "%s%s", *unit ? unit : "value", word);
}

static void chart_release(struct chart *c)
{
	for (size_t i = 0; i < c->nlines; i++)
		free(c->pts[i]);
	for (size_t i = 0; i < c->nstrs; i++)
		free(c->strs[i]);
	free(c->lines), free(c->pts), free(c->marks), free(c->strs), free(c->dates);
}

/*
 * The earlier vintages of one series as faint lines: the series as known on
 * each of its last CHART_VINTAGES releases before the latest.
 */
#define CHART_VINTAGES 4

static int load_vintages(struct store *st, struct chart *c, const char *code)
{
	const struct param p[] = { P_TEXT(":series", code) };
	size_t first;

	c->ndates = 0;
	if (store_select(st, SQL_PLOT_VINTAGES, p, 1, date_row, c) < 0)
		return -1;
	/* The last date is the latest line itself. */
	first = c->ndates > CHART_VINTAGES + 1 ? c->ndates - CHART_VINTAGES - 1 : 0;
	for (size_t k = first; k + 1 < c->ndates; k++) {
		const struct param q[] = { P_TEXT(":series", code), P_TEXT(":as_of", c->dates[k]) };

		add_line(c, code, c->dates[k]);
		if (store_select(st, SQL_EXPORT_SERIES_AS_OF, q, 2, series_row, c) < 0)
			return -1;
	}
	return 0;
}

int cmd_chart(struct store *st, char *const *series, size_t n, const char *out,
	      const struct chart_opts *o)
{
	struct chart c;
	struct plot_spec spec;
	char ylabel[64], note[256];
	int rc = EXIT_OK;

	memset(&c, 0, sizeof(c));
	for (size_t i = 0; i < n; i++) {
		const struct param p[] = { P_TEXT(":series", series[i]) };

		add_line(&c, series[i], NULL);
		if (store_select(st, SQL_EXPORT_SERIES_LONG, p, 1, series_row, &c) < 0 ||
		    store_select(st, SQL_PLOT_CLAIMS, p, 1, claim_row, &c) < 0) {
			rc = EXIT_DB;
			goto out;
		}
		if (c.lines[c.nlines - 1].n == 0) {
			error("no observations of series '%s'", series[i]);
			rc = EXIT_INPUT;
			goto out;
		}
	}
	for (size_t i = 0; o->revisions && i < n; i++) {
		if (load_vintages(st, &c, series[i]) < 0) {
			rc = EXIT_DB;
			goto out;
		}
	}
	memset(&spec, 0, sizeof(spec));
	spec.out_path = out;
	spec.title = o->title ? o->title : c.lines[0].title ? c.lines[0].title : c.lines[0].code;
	spec.yscale = c.maxabs >= 1e12 ? 1e12 : c.maxabs >= 1e9 ? 1e9 : c.maxabs >= 1e6 ? 1e6 : 1;
	axis_label(c.unit, spec.yscale, ylabel, sizeof(ylabel));
	spec.ylabel = ylabel;
	snprintf(note, sizeof(note), "Source: %s, latest vintage %s. Points: figures in "
		 "news articles, read by tradestat.", c.source, c.vintage);
	spec.note = note;
	spec.lines = c.lines;
	spec.nlines = c.nlines;
	spec.marks = c.marks;
	spec.nmarks = c.nmarks;
	spec.style = o->style;
	if (o->script) {
		struct outfile f;

		if (cmd_open_out(&f, o->script) < 0) {
			rc = EXIT_DB;
			goto out;
		}
		if (plot_write_script(f.f, &spec) < 0)
			rc = EXIT_INPUT;
		if (cmd_close_out(&f, rc == EXIT_OK) < 0 && rc == EXIT_OK)
			rc = EXIT_DB;
	} else if (o->batch ? plot_batch_add(o->batch, &spec) < 0 : plot_run(&spec) < 0) {
		rc = EXIT_DB;
	} else {
		/* In a batch the chart is drawn by then only if the batch succeeds;
		   a failed batch fails the whole command. */
		notice("%s: %zu series, %zu earlier vintages, %zu claims drawn", out, n,
			c.nlines - n, c.nmarks);
	}
out:
	chart_release(&c);
	return rc;
}

/* What `plot` reads from its command line. */
struct plot_opts {
	const char *output, *title, *style, *script;
	int revisions;
};

static int plot_run_cmd(int argc, char **argv, struct cmd_ctx *ctx)
{
	const struct plot_opts *po = ctx->opts;
	struct chart_opts o = { 0 };
	const char *out = po->output, *style_path = po->style;
	struct buf style = BUF_INIT;
	int rc;

	o.title = po->title;
	o.script = po->script;
	o.revisions = po->revisions;
	if (argc < 1)
		return cmd_usage_error(&cmd_plot, "name at least one series");
	if (!out)
		return cmd_usage_error(&cmd_plot, "say where the chart goes: -o FILE.svg|.png|.pdf");
	if (!plot_terminal(out))
		return cmd_usage_error(&cmd_plot, "'%s': the output must end in .svg, .png or .pdf", out);
	if (style_path && file_read(style_path, &style, 1u << 20) < 0) {
		buf_release(&style);
		return EXIT_INPUT;
	}
	if (cmd_open_store(ctx) < 0) {
		buf_release(&style);
		return EXIT_DB;
	}
	o.style = style_path ? style.s : NULL;
	rc = cmd_chart(ctx->store, argv, (size_t)argc, out, &o);
	buf_release(&style);
	return rc;
}

#define F(f) offsetof(struct plot_opts, f)

static const struct opt plot_options[] = {
	{ .name = "output", .short_name = 'o', .kind = OPT_STRING, .off = F(output),
	  .argname = "FILE", .help = "the chart; its extension picks the format (svg, png, pdf)" },
	{ .name = "title", .kind = OPT_STRING, .off = F(title), .argname = "TEXT",
	  .help = "chart title (default: the first series' title)" },
	{ .name = "style", .kind = OPT_STRING, .off = F(style), .argname = "FILE.gp",
	  .help = "gnuplot style to use instead of the built-in plots/default.gp\n"
	  "(gnuplot code: it runs as written, so use only one you trust)" },
	{ .name = "script", .kind = OPT_STRING, .off = F(script), .argname = "FILE",
	  .help = "write the gnuplot script to FILE instead of running gnuplot" },
	{ .name = "revisions", .kind = OPT_FLAG, .off = F(revisions),
	  .help = "draw each series as known before its last releases too,\n"
	  "as faint lines behind the latest values" },
	OPT_END
};

#undef F

const struct cmd cmd_plot = {
	.name = "plot",
	.usage = "-o FILE.svg|.png|.pdf [--title TEXT] [--revisions] [--style FILE.gp] [--script FILE] SERIES...",
	.summary = "chart series over time with the news claims about them as points",
	.opts = plot_options,
	.opts_size = sizeof(struct plot_opts),
	.notes =
	"claims are drawn when their reporter, partner, flow and unit match the series;\n"
	"claims with a warning or error finding are ringed\n",
	.flags = CMD_DB_READ,
	.run = plot_run_cmd,
};
