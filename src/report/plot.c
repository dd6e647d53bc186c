/*
 * plot.c - gnuplot charts: a plot_spec in, a gnuplot script out.
 *
 * Input: official series (lines) and article claims (marks) with ISO periods.
 * Output: a complete gnuplot script (plot_write_script, laid out by
 * chart.c); gnuplot.c runs it. Here: terminals and string quoting.
 *
 * Invariants:
 *  1. Text from outside (titles, labels, notes, paths) reaches the script only
 *     as single-quoted gnuplot strings, apostrophes as "'" pieces joined by
 *     '.' (put_string), control characters as spaces, invalid UTF-8 and
 *     XML non-characters as U+FFFD, and `noenhanced` on every label, so no
 *     backquote, macro or enhanced-text markup in it is ever interpreted.
 *  2. Datablock lines hold only dates and numbers we format ourselves, so no
 *     line of data can read "EOD" and end a datablock early.
 *  3. A period is plotted at the first day it covers (chart_period_date()).
 */
#include "report/report.h"

#include "base/base.h"
#include "embed.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *ext;	/* with the dot, compared case-insensitively */
	const char *terminal;
	const char *size;	/* in the terminal's own unit */
	double markgap;		/* about a claim marker's width, in chart widths */
} terminals[] = {
	{ ".svg", "svg", "960,540", 0.022 },		/* pixels; markers ~21 px */
	{ ".png", "pngcairo", "1280,720", 0.008 },	/* pixels; markers ~10 px */
	{ ".pdf", "pdfcairo", "8in,4.5in", 0.012 },
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

/* The script itself is laid out by report/chart.c. */
int plot_write_script(FILE *out, const struct plot_spec *spec)
{
	return chart_script(out, spec, spec->out_path);
}

int plot_write_script_to(FILE *out, const struct plot_spec *spec, const char *output)
{
	return chart_script(out, spec, output);
}

void plot_put_string(FILE *out, const char *s)
{
	put_string(out, s);
}

const char *plot_terminal_size(const char *out_path)
{
	int i = terminal_index(out_path);

	return i < 0 ? NULL : terminals[i].size;
}

double plot_terminal_markgap(const char *out_path)
{
	int i = terminal_index(out_path);

	return i < 0 ? 0.01 : terminals[i].markgap;
}

void plot_write_chart_end(FILE *out)
{
	fputs("unset output\nreset\n", out);
}
