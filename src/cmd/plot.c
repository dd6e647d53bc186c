/*
 * plot.c - `tradestat plot SERIES... -o FILE`: its options, checked, and one
 * chart drawn by cmd_chart (chart.c).
 *
 * Invariants:
 *  1. --from and --to are periods (2015, 2015-Q1, 2015-01), --from not after
 *     --to, and the output's extension names a format gnuplot writes; else a
 *     usage error (exit 2) before the database is opened.
 *  2. --style is read whole before anything is drawn: a style that cannot be
 *     read is bad input (exit 3).
 */
#include <stddef.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "report/report.h"

int cmd_period_valid(const char *s)
{
	char day[DATE_LEN];

	return s && chart_period_date(s, day) == 0;
}

/* What `plot` reads from its command line. */
struct plot_opts {
	const char *output, *title, *style, *script;
	const char *from, *to;	/* periods, checked by period_arg */
	int revisions;
};

/* --from/--to: a period (2015, 2015-Q1, 2015-01, 2015-01-31). */
static int period_arg(const char *arg, void *field)
{
	if (!cmd_period_valid(arg))
		return -1;
	*(const char **)field = arg;
	return 0;
}

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
	o.from = po->from;
	o.to = po->to;
	if (argc < 1)
		return cmd_usage_error(&cmd_plot, "name at least one series");
	if (!out)
		return cmd_usage_error(&cmd_plot, "say where the chart goes: -o FILE.svg|.png|.pdf");
	if (!plot_terminal(out))
		return cmd_usage_error(&cmd_plot, "'%s': the output must end in .svg, .png or .pdf", out);
	if (o.from && o.to) {
		char a[DATE_LEN], z[DATE_LEN];

		if (chart_period_date(o.from, a) == 0 && chart_period_date(o.to, z) == 0 &&
		    strcmp(a, z) > 0)
			return cmd_usage_error(&cmd_plot, "--from %s is after --to %s", o.from, o.to);
	}
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
	  .help = "chart title (default: one covering every series drawn)" },
	{ .name = "style", .kind = OPT_STRING, .off = F(style), .argname = "FILE.gp",
	  .help = "gnuplot style to use instead of the built-in plots/default.gp\n"
	  "(gnuplot code: it runs as written, so use only one you trust)" },
	{ .name = "script", .kind = OPT_STRING, .off = F(script), .argname = "FILE",
	  .help = "write the gnuplot script to FILE instead of running gnuplot" },
	{ .name = "revisions", .kind = OPT_FLAG, .off = F(revisions),
	  .help = "draw each period's first print (dashed) against the latest,\n"
	  "and the revision since as bars in a panel below" },
	{ .name = "from", .kind = OPT_STRING, .off = F(from), .argname = "PERIOD",
	  .parse = period_arg, .hint = "e.g. 2015, 2015-Q1 or 2015-01",
	  .help = "draw only from this period on (2015, 2015-Q1, 2015-01)" },
	{ .name = "to", .kind = OPT_STRING, .off = F(to), .argname = "PERIOD",
	  .parse = period_arg, .hint = "e.g. 2023, 2023-Q4 or 2023-12",
	  .help = "draw only up to the end of this period (--to 2023: all of 2023)" },
	OPT_END
};

#undef F

const struct cmd cmd_plot = {
	.name = "plot",
	.usage = "-o FILE.svg|.png|.pdf [--from PERIOD] [--to PERIOD] [--title TEXT] [--revisions]\n"
	"       [--style FILE.gp] [--script FILE] SERIES...",
	.summary = "chart series over time with the news claims about them as points",
	.opts = plot_options,
	.opts_size = sizeof(struct plot_opts),
	.notes =
	"claims are drawn when their reporter, partner, flow and unit match the series;\n"
	"claims with a warning or error finding are ringed; series of two units get\n"
	"a left and a right axis, of more units a panel each; a series that does not\n"
	"exist, or --from/--to that leave nothing to draw, is a usage error (exit 2)\n",
	.flags = CMD_DB_READ,
	.run = plot_run_cmd,
};
