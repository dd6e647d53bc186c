/*
 * chart.c - the gnuplot script of one chart: a plot_spec in, script text out.
 *
 * Input: series (lines) with their axis labels and scales, first prints,
 * claims (marks), a period range. Output: a gnuplot multiplot script that
 * gnuplot.c sends to gnuplot (one process for one chart or many). The plan
 * (which axis or panel each unit gets, the ranges, the ticks) is axis.c's;
 * the claims' datablock, the line widths and the legend's entries are
 * chart_key.c's (invariants 6 and 7).
 *
 * Invariants:
 *  1. Lines of one axis label share an axis; two labels are the left and the
 *     right axis of one panel; more are stacked panels, one label each. No
 *     axis ever carries two units.
 *  2. Every label from outside reaches the script through plot_put_string()
 *     with `noenhanced`; tick labels and datablock rows are text we format
 *     ourselves (digits, commas, month names), so no line of data can read
 *     "EOD" (report.h, invariant 3).
 *  3. The layout is computed here, in screen fractions from the terminal's
 *     size: the legend goes below the plot areas in as many rows as it
 *     needs, so it never narrows them; plot areas span the width but for
 *     the tick labels.
 *  4. A period is plotted at the first day it covers (chart_period_date);
 *     tick labels follow the finest frequency drawn: years, 2023-Q1, months.
 *  5. The source note is cut into lines that fit the width (at "; ", ". ",
 *     else a space), and the bottom margin grows by the lines it needs.
 *  6. Claims of one period from several sources (key groups) stand in a
 *     row centred on the period's day, one place per source, so no source's
 *     mark hides another's; a lone source's marks stay on the day.
 *  7. A latest line is drawn wider by line_widen for each latest line drawn
 *     after it on its axis that meets it (equal values for at least half
 *     the periods both have), for MAX_WIDEN at most: where two series are
 *     equal, both stay visible; lines that merely cross keep their width.
 */
#include "report/report.h"
#include "report/chart_int.h"

#include "base/base.h"
#include "embed.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int chart_put_row(FILE *out, const struct layout *L, const char *period, double v,
		  double scale, const char *extra)
{
	char date[DATE_LEN], num[FMT_NUM_MAX];
	long day;

	if (!isfinite(v) || !chart_in_range(L, period, &day))
		return 0;
	axis_day_str(day, date);
	fprintf(out, "%s %s%s\n", date, fmt_num(v / scale, num), extra);
	return 1;
}


/* Writes the datablocks; returns the points drawn of each line in has[]. */
static size_t put_data(FILE *out, const struct layout *L, int *has, int *gaps)
{
	const struct plot_spec *sp = L->spec;
	size_t skipped = 0;

	for (size_t i = 0; i < sp->nlines; i++) {
		const struct plot_line *l = &sp->lines[i];
		double sc = L->g[L->lg[i]].scale;
		long prev = 0, s, e, idx;
		enum freq pk = F_NONE, k;

		fprintf(out, "\n$s%zu << EOD\n", i + 1);
		for (size_t j = 0; j < l->n; j++) {
			long day;

			k = axis_period_parse(l->pts[j].period, &s, &e, &idx);
			if (k == F_NONE) {
				skipped++;
				continue;
			}
			if (!chart_in_range(L, l->pts[j].period, &day))
				continue;
			/* A blank line breaks the line: a missing period is not interpolated. */
			if (has[i] && k == pk && k != F_DAY && idx - prev > 1) {
				fputc('\n', out);
				gaps[i] = 1;
			}
			if (chart_put_row(out, L, l->pts[j].period, l->pts[j].value, sc, ""))
				has[i]++, pk = k, prev = idx;
			else
				skipped++;
		}
		fputs("EOD\n", out);
		if (l->nfirst) {
			fprintf(out, "$f%zu << EOD\n", i + 1);
			for (size_t j = 0; j < l->nfirst; j++)
				chart_put_row(out, L, l->first[j].period, l->first[j].value, sc, "");
			fputs("EOD\n", out);
		}
		if (L->rev[i] && L->rev_group == (int)L->lg[i]) {
			fprintf(out, "$r%zu << EOD\n", i + 1);
			for (size_t j = 0; j < l->n; j++)
				chart_put_row(out, L, l->pts[j].period, L->rev[i][j], sc, "");
			fputs("EOD\n", out);
		}
	}
	return skipped;
}

/* Plot elements are joined by ", \" so each sits on a line of its own. */
static void next_element(FILE *out, int *nelem)
{
	fputs(*nelem ? ", \\\n     " : "plot ", out);
	(*nelem)++;
}

/* The widest tick label of axis a, in characters. */
static size_t tick_width(const struct axis *a)
{
	char lo[64], hi[64];

	axis_fmt_tick(a->lo, a->dec, lo, sizeof(lo));
	axis_fmt_tick(a->hi, a->dec, hi, sizeof(hi));
	return strlen(lo) > strlen(hi) ? strlen(lo) : strlen(hi);
}

/* The byte where a note line from s, at most max bytes, ends: after the
   last "; " or ". " in its second half, else before its last space, else at
   max (never inside a UTF-8 character). */
static size_t note_cut(const char *s, size_t max)
{
	for (const char *sep = ";."; *sep; sep++)
		for (size_t i = max - 1; i > max / 2; i--)
			if (s[i] == *sep && s[i + 1] == ' ')
				return i + 1;
	for (size_t i = max; i > max / 2; i--)
		if (s[i] == ' ')
			return i;
	while (max > 1 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

/* Invariant 5: the note's lines, each as wide as fits the terminal in the
   9-point note font (cairo's glyphs average 0.7 of the point size). */
static void note_lines(struct draw *D, const char *note)
{
	size_t max = (size_t)(0.96 * D->L.W / (9 * 0.7)), n = strlen(note), s = 0;

	if (max < 40)
		max = 40;
	D->nnote = 0;
	do {	/* an empty note is one empty line, as given */
		size_t e = n - s > max && D->nnote + 1 < NOTE_LINES ? s + note_cut(note + s, max) : n;

		D->note_off[D->nnote] = s;
		D->note_len[D->nnote++] = e - s;
		for (s = e; note[s] == ' '; s++)
			;
	} while (s < n);
}

/*
 * Invariant 3: the layout, in screen fractions. Character cells are
 * estimated from the 11-point tick font; gnuplot sizes key columns by its own
 * estimate of the text, wider than the glyphs: 0.8 of the point size a
 * character.
 */
static void lay_out(struct draw *D)
{
	const struct layout *L = &D->L;
	double em = 11 * 0.62 / L->W;
	size_t ylw[2] = { 0, 0 };

	D->lh = 11 * 1.65 / L->H;
	D->keycols = 1, D->keyrows = 0;
	if (D->key.n) {
		double colw = (double)(D->key.widest + 8) * 11 * 0.8 / L->W;

		D->keycols = (int)(0.96 / colw);
		D->keycols = D->keycols < 1 ? 1 : D->keycols > (int)D->key.n ? (int)D->key.n : D->keycols;
		D->keyrows = ((int)D->key.n + D->keycols - 1) / D->keycols;
		/* A quarter of the height at most; past it the last entry says how
		   many are not listed (series.csv has them all). */
		while (D->keyrows > 1 && D->keyrows * D->lh > 0.25) {
			size_t keep = (size_t)(D->keyrows - 1) * (size_t)D->keycols - 1;
			/* The rings' entry (last) stays: a ring is drawn whatever the key lists. */
			size_t ring = D->nflagged && keep > 0 ? 1 : 0;

			if (ring) {
				memcpy(D->key.text[keep], D->key.text[D->key.n - 1], sizeof(D->key.text[0]));
				memcpy(D->key.sample[keep], D->key.sample[D->key.n - 1],
				       sizeof(D->key.sample[0]));
			}
			snprintf(D->key.text[keep - ring], sizeof(D->key.text[0]), "and %zu more",
				 D->key.n - keep - ring);
			snprintf(D->key.sample[keep - ring], sizeof(D->key.sample[0]),
				 "with lines linecolor rgb '#ffffff'");
			D->key.n = keep + 1;
			D->keyrows--;
		}
	}
	D->keyh = D->keyrows ? D->keyrows * D->lh + 0.6 * D->lh : 0;
	D->bottom = 9 * 2.2 / L->H + D->keyh + 11 * 3.2 / L->H;
	if (L->spec->note) {
		note_lines(D, L->spec->note);
		D->bottom += (double)(D->nnote ? D->nnote - 1 : 0) * 9 * 1.3 / L->H;
	}
	D->top = 1 - (L->spec->title ? 15 * 3.4 / L->H : 11 * 1.5 / L->H);
	for (int k = 0; k < L->ng; k++) {
		size_t w = tick_width(&L->g[k].ax);

		ylw[L->g[k].y2] = w > ylw[L->g[k].y2] ? w : ylw[L->g[k].y2];
	}
	if (L->rev_panel && tick_width(&L->rx) > ylw[0])
		ylw[0] = tick_width(&L->rx);
	D->left = 0.012 + 12 * 2.2 / L->W + (double)(ylw[0] + 1) * em;
	D->right = L->ng == 2 ? 1 - (0.012 + 12 * 2.2 / L->W + (double)(ylw[1] + 1) * em) : 1 - 0.025;
	D->gap = 0.025;
	D->region = D->top - D->bottom - (L->npanels + L->rev_panel - 1) * D->gap;
}

/* The script's start: terminal, output, the style, the shared x range. */
static void put_head(FILE *out, const struct draw *D, const char *output)
{
	const struct layout *L = &D->L;
	const struct plot_spec *sp = L->spec;
	const char *style = sp->style ? sp->style : gp_default;

	fputs("# tradestat chart: generated for gnuplot 5.4, read on its stdin.\n"
	      "set encoding utf8\n", out);
	fprintf(out, "set terminal %s size %s\n", plot_terminal(sp->out_path),
		plot_terminal_size(sp->out_path));
	fputs("set output ", out);
	plot_put_string(out, output);
	fputs("\n# Dates on x; each period is drawn at the first day it covers.\n"
	      "set xdata time\nset timefmt '%Y-%m-%d'\n"
	      "# Look of the source note; the style below may change these.\n"
	      "note_font = ',9'\nnote_color = '#555555'\n"
	      "# Lines drawn over others on a panel widen the ones below (line_widen\n"
	      "# each); claims of one period stand in a row markgap screen widths apart.\n"
	      "line_width = 2.5\nline_widen = 3.5\n", out);
	fprintf(out, "markgap = %.3f\n", plot_terminal_markgap(sp->out_path));
	fputs(
	      "# Earlier vintages: faint, behind the latest values.\n"
	      "set style line " GP_STR(GP_LS_EARLIER)
	      " linecolor rgb '#b8b8b8' linewidth 1.2 dashtype 2\n\n", out);
	fputs(style, out);
	if (*style && style[strlen(style) - 1] != '\n')
		fputc('\n', out);
}

/* Days of room on the x axis before the first period and after the last:
 * half a period and 1/60 of the span, or more when a row of claims
 * (invariant 6) reaches further: a mark whose centre falls outside the
 * x range is not drawn at all. The row's place k lies k * markgap screen
 * widths off its day, and a screen width covers (span + 2 pad) / (plot
 * area's width) days, hence pad >= a (span + 2 pad), a = (k + 1/2) markgap
 * / area. */
static long x_pad(const struct draw *D)
{
	const struct layout *L = &D->L;
	long span = L->xhi - L->xlo, pad = axis_period_days(L->freq) / 2 + span / 60;
	double far = 0, a;

	if (!D->dodged)
		return pad;
	for (size_t i = 0; i < L->spec->nmarks; i++)
		if (D->mgroup[i] >= 0 && fabs(D->mpos[i]) > far)
			far = fabs(D->mpos[i]);
	a = (far + 0.5) * plot_terminal_markgap(L->spec->out_path) / (D->right - D->left);
	if (a > 0 && a < 0.25 && (double)pad < a * (double)span / (1 - 2 * a))
		pad = (long)ceil(a * (double)span / (1 - 2 * a));
	return pad;
}

/* The multiplot's settings shared by every panel: margins, x range, title, note. */
static void put_frame(FILE *out, const struct draw *D)
{
	const struct layout *L = &D->L;
	const struct plot_spec *sp = L->spec;
	long pad = D->xpad;
	long bar = axis_period_days(L->freq) * 7 / 10;
	char lo[DATE_LEN], hi[DATE_LEN];

	fputs("\n# Layout (screen fractions): plot areas, then the legend below them.\n"
	      "unset key\nset multiplot\n", out);
	fprintf(out, "set lmargin at screen %.4f\nset rmargin at screen %.4f\n", D->left, D->right);
	axis_day_str(L->xlo - pad, lo), axis_day_str(L->xhi + pad, hi);
	fprintf(out, "set xrange ['%s':'%s']\n", lo, hi);
	/* Bars: 70% of a period, and never thinner than 1/400 of the axis. */
	if (bar < (L->xhi - L->xlo) / 400)
		bar = (L->xhi - L->xlo) / 400;
	fprintf(out, "set boxwidth %ld absolute\n", 86400L * bar);
	if (sp->title) {
		fputs("set title ", out);
		plot_put_string(out, sp->title);
		fputs(" noenhanced\n", out);
	}
	/* Labels 901, 911, 912...: the note's lines, the last at the bottom. */
	for (size_t i = 0; i < D->nnote; i++) {
		char *line = xstrndup(sp->note + D->note_off[i], D->note_len[i]);

		fprintf(out, "set label %zu ", i ? 910 + i : 901);
		plot_put_string(out, line);
		fprintf(out, " at screen 0.01, screen %.4f left front noenhanced"
			" font note_font textcolor rgb note_color\n",
			0.02 + (double)(D->nnote - 1 - i) * 9 * 1.3 / D->L.H);
		free(line);
	}
}

/* Panel p's axes: the revision bars' (rev), or those of its groups. */
static void put_axes(FILE *out, const struct layout *L, int p, int rev)
{
	fputs("unset y2tics\nunset y2label\nset ytics nomirror\n", out);
	if (rev) {
		fprintf(out, "set yrange [%.15g:%.15g]\n", L->rx.lo, L->rx.hi);
		axis_put_ticks(out, "ytics", &L->rx);
		fputs("set ylabel ", out);
		plot_put_string(out, L->g[L->rev_group].label);
		fputs(" noenhanced\nset xzeroaxis linecolor rgb '#888888' linewidth 1\n"
		      "set label 902 'revision since the first print' at graph 0.01, graph 0.9 "
		      "left front noenhanced font note_font textcolor rgb note_color\n", out);
		return;
	}
	for (int k = 0; k < L->ng; k++) {
		const struct group *g = &L->g[k];
		const char *ax = g->y2 ? "y2" : "y";

		if (g->panel != p)
			continue;
		fprintf(out, "set %srange [%.15g:%.15g]\n", ax, g->ax.lo, g->ax.hi);
		axis_put_ticks(out, g->y2 ? "y2tics" : "ytics", &g->ax);
		/* A unitless axis says nothing rather than "value". */
		fprintf(out, "set %slabel ", ax);
		plot_put_string(out, g->label);
		fputs(" noenhanced\n", out);
		if (g->y2)
			fputs("set border 11\n", out);
	}
}

/* Panel p's plot command: its lines (earlier vintages first, so that the
 * latest values are drawn over them), first prints, bars and claims. */
static void put_plot(FILE *out, const struct draw *D, int p, int rev)
{
	const struct layout *L = &D->L;
	const struct plot_spec *sp = L->spec;
	char xcol[96] = "1", lw[64];
	int nelem = 0;

	/* Invariant 6: a row of marks, markgap screen widths apart. */
	if (D->dodged)
		snprintf(xcol, sizeof(xcol), "(timecolumn(1, '%%Y-%%m-%%d') + $7 * markgap * %.0f)",
			 86400.0 * (double)(L->xhi - L->xlo + 2 * D->xpad) / (D->right - D->left));
	for (size_t x = 0, k = 0; x < 2 * sp->nlines; x++) {
		size_t pass = x / sp->nlines, i = x % sp->nlines;
		const struct plot_line *l = &sp->lines[i];
		const struct group *g = &L->g[L->lg[i]];
		const char *axes = g->y2 ? "x1y2" : "x1y1";

		k = i == 0 ? 0 : k;	/* k: the line's number among the latest */
		k += !l->as_of && D->has[i];
		if (!D->has[i] || (rev ? !L->rev[i] || L->rev_group != (int)L->lg[i] : g->panel != p) ||
		    (!l->as_of) != (pass == 1))
			continue;
		next_element(out, &nelem);
		if (rev)
			fprintf(out, "$r%zu using 1:2 with boxes linetype %zu fillstyle solid 0.55 "
				"noborder notitle", i + 1, k);
		else if (l->as_of)
			fprintf(out, "$s%zu using 1:2 axes %s with lines linestyle " GP_STR(GP_LS_EARLIER)
				" notitle",
				i + 1, axes);
		else
			fprintf(out, "$s%zu using 1:2 axes %s with %s linetype %zu dashtype %zu%s "
				"notitle", i + 1, axes, D->has[i] == 1 ? "points" : D->gaps[i] ?
				"linespoints pointtype " GP_STR(GP_PT_DOT) " pointsize 0.6" : "lines", k,
				DASH(k), chart_line_width(L, D->has, i, lw, sizeof(lw)));
		if (!rev && l->nfirst && !l->as_of) {
			next_element(out, &nelem);
			fprintf(out, "$f%zu using 1:2 axes %s with lines linetype %zu dashtype 2 "
				"linewidth 1.5 notitle", i + 1, axes, k);
		}
	}
	for (size_t kg = 0; kg <= MAX_MARK_KEYS && !rev; kg++)
		for (int a = 1; a <= 2 && D->gcount[kg]; a++) {
			int any = 0;

			for (size_t i = 0; i < sp->nmarks && !any; i++)
				any = D->mgroup[i] == (int)kg && sp->marks[i].line < sp->nlines &&
				      L->g[L->lg[sp->marks[i].line]].panel == p &&
				      L->g[L->lg[sp->marks[i].line]].y2 + 1 == a;
			if (!any)
				continue;
			next_element(out, &nelem);
			fprintf(out, "$marks using %s:(($3 == %zu && $5 == %d && $6 == %d) ? $2 : NaN) "
				"axes x1y%d with points linestyle " GP_STR(GP_LS_CLAIM) " pointtype %d notitle",
				xcol, kg + 1, p, a, a, chart_mark_pt[kg]);
			if (D->nflagged) {
				next_element(out, &nelem);
				fprintf(out, "$marks using %s:(($3 == %zu && $4 == 1 && $5 == %d && "
					"$6 == %d) ? $2 : NaN) axes x1y%d with points linestyle "
					GP_STR(GP_LS_FLAGGED) " "
					"notitle", xcol, kg + 1, p, a, a);
			}
		}
	if (!nelem)
		fputs("plot NaN notitle", out);
	fputs("\n", out);
}

/* The legend: one key for the whole chart, drawn by a plot of NaNs whose
 * only visible part is the key, in rows below the plot areas. */
static void put_legend(FILE *out, const struct draw *D)
{
	int nelem = 0;

	if (!D->key.n)
		return;
	fputs("\n# The legend: one key for the whole chart, in rows below the plot areas.\n"
	      "set xdata\nset xrange [0:1]\nset yrange [0:1]\nunset xtics\nunset ytics\n"
	      "unset y2tics\nunset xlabel\nunset ylabel\nunset y2label\nunset grid\n"
	      "set border 0\n", out);
	fprintf(out, "set key at screen 0.5, screen %.4f center top horizontal maxcols %d "
		"samplen 2.5 spacing 1.0 width 1 reverse Left nobox noautotitle\n",
		9 * 2.2 / D->L.H + D->keyh, D->keycols);
	for (size_t i = 0; i < D->key.n; i++) {
		next_element(out, &nelem);
		fprintf(out, "NaN %s title ", D->key.sample[i]);
		plot_put_string(out, D->key.text[i]);
		fputs(" noenhanced", out);
	}
	fputs("\n", out);
}

int chart_script(FILE *out, const struct plot_spec *sp, const char *output)
{
	const char *size = plot_terminal_size(sp->out_path);
	struct draw *D;
	size_t skipped;
	double y;
	int rc = -1;

	if (!size)
		return error("cannot tell the chart format of '%s': use .svg, .png or .pdf",
			     sp->out_path ? sp->out_path : "");
	for (const char *p = output; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			return error("chart path has a control character");
	D = xcalloc(1, sizeof(*D));
	D->L.spec = sp;
	D->L.W = strtod(size, NULL);
	D->L.H = strtod(strchr(size, ',') + 1, NULL);
	if (strstr(size, "in"))
		D->L.W *= 72, D->L.H *= 72;	/* PDF: points */
	D->has = xcalloc(sp->nlines + 1, sizeof(*D->has));
	D->gaps = xcalloc(sp->nlines + 1, sizeof(*D->gaps));
	D->mgroup = xcalloc(sp->nmarks + 1, sizeof(*D->mgroup));
	D->mpos = xcalloc(sp->nmarks + 1, sizeof(*D->mpos));
	if (chart_plan(&D->L) < 0)
		goto out;
	put_head(out, D, output);
	/* Data first, so that the plot commands below only name datablocks. */
	skipped = put_data(out, &D->L, D->has, D->gaps) + chart_put_marks(out, D);
	if (skipped)
		warning("chart '%s': skipped %zu point(s) without a usable period or value",
			path_base(sp->out_path), skipped);
	chart_build_key(D);
	lay_out(D);
	D->xpad = x_pad(D);	/* after the marks' places and the margins */
	put_frame(out, D);
	y = D->top;
	for (int p = 0; p < D->L.npanels + D->L.rev_panel; p++) {
		int rev = p == D->L.npanels;
		double h = rev ? D->region * 0.28 :
			   D->region * (D->L.rev_panel ? 0.72 : 1) / D->L.npanels;

		fprintf(out, "\n# Panel %d%s\n", p + 1, rev ? ": revisions since the first print" : "");
		fprintf(out, "set tmargin at screen %.4f\nset bmargin at screen %.4f\n", y, y - h);
		y -= h + D->gap;
		if (rev)
			fputs("set border 3\n", out);
		/* Only the bottom panel labels its x ticks. */
		axis_put_xtics(out, D->L.xlo, D->L.xhi, D->L.freq, (D->right - D->left) * D->L.W,
			       11 * 0.62, p == D->L.npanels + D->L.rev_panel - 1);
		put_axes(out, &D->L, p, rev);
		put_plot(out, D, p, rev);
		/* Drawn once: the title, the note and the style's background. */
		if (p == 0) {
			fputs("unset title\nunset label 901\nunset object 1\n", out);
			for (size_t i = 1; i < D->nnote; i++)
				fprintf(out, "unset label %zu\n", 910 + i);
		}
		fputs("unset xzeroaxis\nunset label 902\n", out);
	}
	put_legend(out, D);
	fputs("unset multiplot\n", out);
	rc = 0;
	if (fflush(out) != 0 || ferror(out))
		rc = error("cannot write the gnuplot script: %s", strerror(errno));
out:
	for (size_t i = 0; i < sp->nlines; i++)
		free(D->L.rev[i]);
	free(D->L.rev), free(D->L.lg), free(D->has), free(D->gaps), free(D->mgroup), free(D->mpos);
	free(D);
	return rc;
}
