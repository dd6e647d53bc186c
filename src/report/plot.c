/*
 * plot.c - gnuplot charts: a plot_spec in, a gnuplot script out.
 *
 * Input: official series (lines) and article claims (marks) with ISO periods.
 * Output: a complete gnuplot script (plot_write_script); gnuplot.c runs it.
 *
 * Invariants:
 *  1. Text from outside (titles, labels, notes, paths) reaches the script only
 *     as single-quoted gnuplot strings, apostrophes as "'" pieces joined by
 *     '.' (put_string), control characters as spaces, invalid UTF-8 and
 *     XML non-characters as U+FFFD, and `noenhanced` on every label, so no
 *     backquote, macro or enhanced-text markup in it is ever interpreted.
 *  2. Datablock lines hold only dates and numbers we format ourselves, so no
 *     line of data can read "EOD" and end a datablock early.
 *  3. A period is plotted at the first day it covers (see period_date()).
 */
#include "report/report.h"

#include "base/base.h"
#include "embed.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* More distinct mark labels than this share one key entry ("other sources"). */
#define MAX_MARK_KEYS 8

static const struct {
	const char *ext;	/* with the dot, compared case-insensitively */
	const char *terminal;
	const char *size;	/* in the terminal's own unit */
} terminals[] = {
	{ ".svg", "svg", "960,540" },		/* pixels */
	{ ".png", "pngcairo", "1280,720" },	/* pixels */
	{ ".pdf", "pdfcairo", "8in,4.5in" },
};

static int terminal_index(const char *out_path)
{
	const char *base, *dot;

	if (!out_path)
		return -1;
	base = strrchr(out_path, '/');
	dot = strrchr(base ? base : out_path, '.');
	if (!dot)
		return -1;
	for (size_t i = 0; i < ARRAY_SIZE(terminals); i++)
		if (!strcasecmp(dot, terminals[i].ext))
			return (int)i;
	return -1;
}

const char *plot_terminal(const char *out_path)
{
	int i = terminal_index(out_path);

	return i < 0 ? NULL : terminals[i].terminal;
}

/*
 * Writes s as a gnuplot string expression. Inside single quotes gnuplot
 * expands nothing (no `command`, no @macro, no backslash escapes), so text
 * goes there; but gnuplot's tokenizer reads a leading '' as an empty string,
 * so a doubled quote cannot escape a quote at the start. Each run of
 * apostrophes is therefore a piece of its own, in double quotes (holding
 * nothing else, so nothing in it is expanded either), joined with the
 * string operator: x'y -> 'x'."'".'y'. A newline would end the command, so
 * control characters (C0, DEL, C1) become spaces; bytes that are not UTF-8,
 * and U+FFFE and U+FFFF (not characters in XML: an SVG holding one does not
 * parse), become U+FFFD.
 */
static void put_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t n = strlen((const char *)p), len;
	int open = 0, pieces = 0;
	uint32_t cp = 0;

	for (size_t i = 0; i < n; i += len) {
		if (p[i] == '\'') {
			for (len = 0; i + len < n && p[i + len] == '\''; len++)
				;
			if (open)
				fputc('\'', out), open = 0;
			if (pieces++)
				fputc('.', out);
			fputc('"', out);
			for (size_t k = 0; k < len; k++)
				fputc('\'', out);
			fputc('"', out);
			continue;
		}
		if (!open) {
			if (pieces++)
				fputc('.', out);
			fputc('\'', out);
			open = 1;
		}
		len = utf8_decode(p + i, n - i, &cp);
		if (!len) {
			fputs("\xEF\xBF\xBD", out);
			len = 1;
		} else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
			fputc(' ', out);
		} else if (cp == 0xFFFE || cp == 0xFFFF) {
			fputs("\xEF\xBF\xBD", out);
		} else {
			fwrite(p + i, 1, len, out);
		}
	}
	if (open)
		fputc('\'', out);
	if (!pieces)
		fputs("''", out);
}

static int all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/*
 * The date a period is plotted at: its first day. "2023" -> 2023-01-01,
 * "2023-Q3" -> 2023-07-01, "2023-08" -> 2023-08-01, a day as it is. This is
 * DESIGN's convention for monthly data ("2023-08-01" means August), so a
 * series is drawn the same whichever way its file spelled the month, and a
 * point sits on the tic mark of the month it belongs to. Returns 0 or -1.
 */
static int period_date(const char period[11], char out[static 11])
{
	size_t n = strnlen(period, 11);

	if (n < 4 || !all_digits(period, 4))
		return -1;
	if (n == 4)
		snprintf(out, 11, "%.4s-01-01", period);
	else if (n == 7 && period[4] == '-' && period[5] == 'Q' &&
		 period[6] >= '1' && period[6] <= '4')
		snprintf(out, 11, "%.4s-%02d-01", period, (period[6] - '0') * 3 - 2);
	else if (n == 7 && period[4] == '-' && all_digits(period + 5, 2))
		snprintf(out, 11, "%.7s-01", period);
	else if (n == 10)
		snprintf(out, 11, "%.10s", period);
	else
		return -1;
	return date_valid(out) ? 0 : -1;
}

/*
 * Position of a period on its own calendar (years, quarters or months since
 * year 0), returning its kind (1 year, 2 quarter, 3 month), or 0 for a date
 * or anything else: consecutive periods of one kind differ by exactly 1, so
 * a larger step is a gap in the series.
 */
static int period_index(const char period[11], long *idx)
{
	size_t n = strnlen(period, 11);
	long y;

	if (n < 4 || !all_digits(period, 4))
		return 0;
	y = strtol(period, NULL, 10);
	if (n == 4)
		return *idx = y, 1;
	if (n == 7 && period[5] == 'Q')
		return *idx = y * 4 + (period[6] - '1'), 2;
	if (n == 7 && all_digits(period + 5, 2))
		return *idx = y * 12 + strtol(period + 5, NULL, 10) - 1, 3;
	return 0;
}

/* 1 if points i-1 and i of l are not neighbours (a missing period between). */
static int gap_before(const struct plot_line *l, size_t i)
{
	long a, b;
	int kind;

	return i > 0 && (kind = period_index(l->pts[i - 1].period, &a)) != 0 &&
	       period_index(l->pts[i].period, &b) == kind && b - a > 1;
}

/*
 * 1 when every value is non-negative and the smallest is under half the
 * largest: trade levels, drawn from zero. A series far from zero (an exchange
 * rate between 6.1 and 7.3) keeps an axis fitted to its range.
 */
static int starts_near_zero(const struct plot_spec *spec)
{
	double lo = INFINITY, hi = -INFINITY;

	for (size_t i = 0; i < spec->nlines; i++)
		for (size_t j = 0; j < spec->lines[i].n; j++) {
			double v = spec->lines[i].pts[j].value;

			if (isfinite(v))
				lo = fmin(lo, v), hi = fmax(hi, v);
		}
	for (size_t i = 0; i < spec->nmarks; i++)
		if (isfinite(spec->marks[i].value))
			lo = fmin(lo, spec->marks[i].value), hi = fmax(hi, spec->marks[i].value);
	return lo >= 0 && hi > 0 && lo < hi / 2;
}

/* One datablock row "DATE VALUE[ EXTRA]"; 0 if the point cannot be drawn. */
static int put_row(FILE *out, const char period[11], double v, double yscale,
		   const char *extra)
{
	char date[11], num[48];

	if (!isfinite(v) || period_date(period, date) < 0)
		return 0;
	fprintf(out, "%s %s%s\n", date, fmt_num(v / yscale, num), extra);
	return 1;
}

/* Index of the key group of mark i: its label's first appearance, capped. */
static size_t mark_group(const struct plot_spec *spec, size_t i,
			 const char **labels, size_t *nlabels)
{
	const char *l = spec->marks[i].label;
	size_t g;

	for (g = 0; g < *nlabels && g < MAX_MARK_KEYS; g++)
		if ((!l && !labels[g]) || (l && labels[g] && !strcmp(l, labels[g])))
			return g;
	if (g == MAX_MARK_KEYS)
		return MAX_MARK_KEYS;	/* "other sources" */
	labels[(*nlabels)++] = l;
	return g;
}

/* Plot elements are joined by ", \" so each sits on a line of its own. */
static void next_element(FILE *out, int *nelem)
{
	fputs(*nelem ? ", \\\n     " : "plot ", out);
	(*nelem)++;
}

/*
 * The script for spec, with gnuplot writing to output (spec->out_path, or
 * the temporary file plot_run() renames into place; both share one extension).
 */
static int write_script(FILE *out, const struct plot_spec *spec, const char *output)
{
	static const int mark_pt[MAX_MARK_KEYS + 1] = { 7, 5, 9, 13, 11, 15, 4, 8, 1 };
	const char *labels[MAX_MARK_KEYS];
	size_t nlabels = 0, skipped = 0, nflagged = 0, gcount[MAX_MARK_KEYS + 1] = { 0 };
	double yscale = spec->yscale;
	const char *style = spec->style ? spec->style : gp_default;
	int t = terminal_index(spec->out_path), nelem = 0, nfaint = 0, *has, *gaps;

	if (t < 0)
		return error("cannot tell the chart format of '%s': use .svg, .png or .pdf",
			     spec->out_path ? spec->out_path : "");
	for (const char *p = output; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			return error("chart path has a control character");
	if (yscale == 0 || !isfinite(yscale))
		yscale = 1;

	fputs("# tradestat chart: generated for gnuplot 5.4, read on its stdin.\n"
	      "set encoding utf8\n", out);
	fprintf(out, "set terminal %s size %s\n", terminals[t].terminal, terminals[t].size);
	fputs("set output ", out);
	put_string(out, output);
	fputs("\n# Dates on x; each period is drawn at the first day it covers.\n"
	      "set xdata time\nset timefmt '%Y-%m-%d'\n"
	      "# Look of the source note; the style below may change these.\n"
	      "note_font = ',9'\nnote_color = '#555555'\n\n", out);

	fputs("# Earlier vintages (plot --revisions): faint, behind the latest values.\n"
	      "set style line 102 linecolor rgb '#b8b8b8' linewidth 1.2 dashtype 2\n\n", out);
	fputs(style, out);
	if (*style && style[strlen(style) - 1] != '\n')
		fputc('\n', out);
	if (spec->nlines == 1 && spec->nmarks == 0)
		fputs("# One series and no claims: the title names it, a key would only take room.\n"
		      "unset key\n", out);
	if (starts_near_zero(spec))
		fputs("# Levels that reach down towards zero are drawn from zero, as a brief\n"
		      "# would: the style's margins must not push the axis below it.\n"
		      "set yrange [0:*]\n", out);

	fputs("\n# Labels: quoted, and noenhanced so ^ _ @ & ~ { } print as typed.\n", out);
	if (spec->title) {
		fputs("set title ", out);
		put_string(out, spec->title);
		fputs(" noenhanced\n", out);
	}
	if (spec->ylabel) {
		fputs("set ylabel ", out);
		put_string(out, spec->ylabel);
		fputs(" noenhanced\n", out);
	}
	if (spec->note) {
		fputs("set label ", out);
		put_string(out, spec->note);
		fputs(" at screen 0.01, screen 0.025 left front noenhanced"
		      " font note_font textcolor rgb note_color\n", out);
	}

	/* Data first, so the plot command below only names datablocks. */
	has = xcalloc(spec->nlines + 1, sizeof(*has));
	gaps = xcalloc(spec->nlines + 1, sizeof(*gaps));
	for (size_t i = 0; i < spec->nlines; i++) {
		const struct plot_line *l = &spec->lines[i];

		fprintf(out, "\n$s%zu << EOD\n", i + 1);
		for (size_t j = 0; j < l->n; j++) {
			int ok;

			/* A blank line breaks the line: a missing period is not interpolated. */
			if (gap_before(l, j)) {
				fputc('\n', out);
				gaps[i] = 1;
			}
			ok = put_row(out, l->pts[j].period, l->pts[j].value, yscale, "");

			has[i] += ok;
			skipped += !ok;
		}
		fputs("EOD\n", out);
	}
	if (spec->nmarks) {
		/* Columns: date, value, key group (1-based), flagged (0/1). */
		fputs("\n$marks << EOD\n", out);
		for (size_t i = 0; i < spec->nmarks; i++) {
			const struct plot_mark *m = &spec->marks[i];
			char extra[48], date[11];
			size_t g;

			/* Undrawable marks take no place in the key. */
			if (!isfinite(m->value) || period_date(m->period, date) < 0) {
				skipped++;
				continue;
			}
			g = mark_group(spec, i, labels, &nlabels);
			snprintf(extra, sizeof(extra), " %zu %d", g + 1, m->flagged ? 1 : 0);
			put_row(out, m->period, m->value, yscale, extra);
			gcount[g]++;
			nflagged += m->flagged != 0;
		}
		fputs("EOD\n", out);
	}
	if (skipped)
		warning("chart '%s': skipped %zu point(s) without a usable period or value",
			path_base(spec->out_path), skipped);

	fputc('\n', out);
	/* Earlier vintages first, so that the latest values are drawn over them;
	   one key entry stands for all of them. */
	for (size_t i = 0; i < spec->nlines; i++) {
		if (!has[i] || !spec->lines[i].as_of)
			continue;
		next_element(out, &nelem);
		fprintf(out, "$s%zu using 1:2 with lines linestyle 102 ", i + 1);
		if (nfaint++ == 0)
			fputs("title 'earlier vintages' noenhanced", out);
		else
			fputs("notitle", out);
	}
	for (size_t i = 0, k = 0; i < spec->nlines; i++) {
		const struct plot_line *l = &spec->lines[i];

		if (!has[i] || l->as_of)
			continue;
		next_element(out, &nelem);
		/* A line through one point draws nothing: show that point instead;
		   a series with gaps marks its points, or a lone month would vanish. */
		fprintf(out, "$s%zu using 1:2 with %s linetype %zu title ", i + 1,
			has[i] == 1 ? "points" : gaps[i] ? "linespoints pointtype 7 pointsize 0.6"
							 : "lines", ++k);
		put_string(out, l->title ? l->title : l->code);
		fputs(" noenhanced", out);
	}
	free(has);
	free(gaps);
	/* One element per distinct label keeps labels out of the data (inv. 1, 2). */
	for (size_t g = 0; g <= MAX_MARK_KEYS; g++) {
		if (!gcount[g])
			continue;
		next_element(out, &nelem);
		fprintf(out, "$marks using 1:($3 == %zu ? $2 : NaN) with points "
			"linestyle 100 pointtype %d title ", g + 1, mark_pt[g]);
		if (g == MAX_MARK_KEYS)
			put_string(out, "other sources");
		else
			put_string(out, labels[g] ? labels[g] : "article claims");
		fputs(" noenhanced", out);
	}
	if (nflagged) {
		next_element(out, &nelem);
		fputs("$marks using 1:($4 == 1 ? $2 : NaN) with points linestyle 101 "
		      "title 'claim with a finding' noenhanced", out);
	}
	if (!nelem)
		return error("chart '%s': nothing to plot", path_base(spec->out_path));
	fputc('\n', out);
	if (fflush(out) != 0 || ferror(out))
		return error("cannot write the gnuplot script: %s", strerror(errno));
	return 0;
}

int plot_write_script(FILE *out, const struct plot_spec *spec)
{
	return write_script(out, spec, spec->out_path);
}

int plot_write_script_to(FILE *out, const struct plot_spec *spec, const char *output)
{
	return write_script(out, spec, output);
}

