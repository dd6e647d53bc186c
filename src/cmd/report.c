/*
 * report.c - `tradestat report -o DIR`: the monthly bundle.
 *
 * Output, in DIR: series.csv (long), series_wide.csv, claims.csv,
 * findings.csv, one SVG chart per series, and index.html linking them with
 * a count of findings by severity. Nothing is run here that `export` and
 * `plot` do not also do: the bundle is those commands' output, together.
 *
 * Invariants:
 *  1. Every text that reaches index.html is HTML-escaped: series titles and
 *     findings come from releases and articles.
 *  2. Chart file names are built from series codes reduced to [A-Za-z0-9._-],
 *     so a code can never name a path outside DIR.
 */
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/store.h"

struct listing {
	char **codes, **titles;	/* owned */
	char **charts;		/* owned: each series' chart file name, unique in DIR */
	size_t n, alloc;
	long sev[3];		/* findings: error, warning, info */
};

static int series_item(void *ctx, const struct row *r)
{
	struct listing *l = ctx;
	size_t alloc = l->alloc;

	XGROW(l->codes, l->alloc, l->n + 1);
	if (alloc != l->alloc)
		l->titles = xrealloc(l->titles, l->alloc * sizeof(*l->titles));
	l->codes[l->n] = xstrndup(r->cells[0].s, r->cells[0].n);
	l->titles[l->n] = r->cells[1].type == CELL_TEXT ? xstrndup(r->cells[1].s, r->cells[1].n)
						       : xstrdup("");
	l->n++;
	return 0;
}

static int finding_item(void *ctx, const struct row *r)
{
	struct listing *l = ctx;
	const char *sev = r->cells[1].s;	/* rule, severity, ... */

	l->sev[strcmp(sev, "error") == 0 ? 0 : strcmp(sev, "warning") == 0 ? 1 : 2]++;
	return 0;
}

static void html(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default: fputc(*s, f);
		}
	}
}

/*
 * Invariant 2: the code reduced to [A-Za-z0-9._-] (at most 100 bytes), with
 * "-2", "-3"... when an earlier series of the bundle already has that name
 * ("A/B" and "A_B"; case-insensitively, for file systems that fold case).
 */
static char *chart_name(const struct listing *l, size_t k)
{
	const char *code = l->codes[k];
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
	buf_addf(&name, "%s.svg", base);
	for (int n = 2;; n++) {
		size_t j = 0;

		while (j < k && strcasecmp(l->charts[j], name.s) != 0)
			j++;
		if (j == k)
			break;
		buf_reset(&name);
		buf_addf(&name, "%s-%d.svg", base, n);
	}
	return buf_detach(&name, NULL);
}

static int write_index(const char *dir, const struct listing *l)
{
	struct buf path = BUF_INIT;
	FILE *f;
	int rc;

	buf_addf(&path, "%s/index.html", dir);
	if (!(f = cmd_open_out(path.s))) {
		buf_release(&path);
		return EXIT_DB;
	}
	fputs("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	      "<title>tradestat report</title></head><body>\n<h1>tradestat report</h1>\n", f);
	fprintf(f, "<p>Findings: %ld error(s), %ld warning(s), %ld info — "
		"<a href=\"findings.csv\">findings.csv</a></p>\n", l->sev[0], l->sev[1], l->sev[2]);
	fputs("<p>Data: <a href=\"series.csv\">series.csv</a> (long), "
	      "<a href=\"series_wide.csv\">series_wide.csv</a> (wide), "
	      "<a href=\"claims.csv\">claims.csv</a> (claims with document, offsets, sentence)</p>\n", f);
	for (size_t i = 0; i < l->n; i++) {
		fputs("<h2>", f);
		html(f, l->codes[i]);
		if (*l->titles[i]) {
			fputs(": ", f);
			html(f, l->titles[i]);
		}
		fputs("</h2>\n<img src=\"", f);
		html(f, l->charts[i]);
		fputs("\" alt=\"chart of ", f);
		html(f, l->codes[i]);
		fputs("\">\n", f);
	}
	fputs("</body></html>\n", f);
	rc = cmd_close_out(f, path.s) < 0 ? EXIT_DB : EXIT_OK;
	buf_release(&path);
	return rc;
}

static int report_run(int argc, char **argv, struct cmd_ctx *ctx)
{
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "style", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	static const struct { const char *file, *what; int wide; } csvs[] = {
		{ "series.csv", "series", 0 }, { "series_wide.csv", "series", 1 },
		{ "claims.csv", "claims", 0 }, { "findings.csv", "findings", 0 },
	};
	const char *dir = NULL, *style_path = NULL;
	struct buf style = BUF_INIT, path = BUF_INIT;
	struct listing l;
	int opt, rc = EXIT_OK;

	while ((opt = getopt_long(argc, argv, "o:", longopts, NULL)) != -1) {
		switch (opt) {
		case 'o': dir = optarg; break;
		case 's': style_path = optarg; break;
		default: return cmd_usage_error(&cmd_report, "unknown option");
		}
	}
	if (!dir || optind < argc)
		return cmd_usage_error(&cmd_report, "give the output folder with -o DIR, and nothing else");
	if (style_path && file_read(style_path, &style, 1u << 20) < 0) {
		buf_release(&style);
		return EXIT_INPUT;
	}
	if (cmd_open_store(ctx) < 0) {
		buf_release(&style);
		return EXIT_DB;
	}
	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		buf_release(&style);
		return error("cannot create '%s': %s", dir, strerror(errno)), EXIT_DB;
	}
	memset(&l, 0, sizeof(l));
	{
		const struct param p[] = { P_NULL(":series") };

		if (store_select(ctx->store, "series_list", p, 1, series_item, &l) < 0 ||
		    store_select(ctx->store, "export_findings", NULL, 0, finding_item, &l) < 0)
			rc = EXIT_DB;
	}
	for (size_t i = 0; i < ARRAY_SIZE(csvs) && rc == EXIT_OK; i++) {
		struct export_opts eo = { .what = csvs[i].what, .wide = csvs[i].wide };

		buf_reset(&path);
		buf_addf(&path, "%s/%s", dir, csvs[i].file);
		rc = cmd_export_to(ctx->store, &eo, path.s);
	}
	l.charts = xcalloc(l.n + 1, sizeof(*l.charts));
	for (size_t i = 0; i < l.n; i++)
		l.charts[i] = chart_name(&l, i);
	for (size_t i = 0; i < l.n && rc == EXIT_OK; i++) {
		buf_reset(&path);
		buf_addf(&path, "%s/%s", dir, l.charts[i]);
		rc = cmd_chart(ctx->store, &l.codes[i], 1, path.s, NULL,
			       style_path ? style.s : NULL, NULL);
	}
	if (rc == EXIT_OK)
		rc = write_index(dir, &l);
	if (rc == EXIT_OK)
		fprintf(stderr, "%s: 4 CSV files, %zu charts, index.html\n", dir, l.n);
	for (size_t i = 0; i < l.n; i++)
		free(l.codes[i]), free(l.titles[i]), free(l.charts ? l.charts[i] : NULL);
	free(l.codes), free(l.titles), free(l.charts);
	buf_release(&style);
	buf_release(&path);
	return rc;
}

const struct cmd cmd_report = {
	.name = "report",
	.usage = "-o DIR [--style FILE.gp]",
	.summary = "the monthly bundle: CSVs, one chart per series, findings, an index page",
	.help =
	"  -o, --output DIR  folder to write (created if missing; files in it are replaced)\n"
	"  --style FILE.gp   gnuplot style for the charts (default: built-in plots/default.gp)\n",
	.flags = CMD_DB_READ,
	.run = report_run,
};
