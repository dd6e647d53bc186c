/*
 * chart.c - the gnuplot script of one chart: a plot_spec in, script text out.
 *
 * Input: series (lines) with their axis labels and scales, first prints,
 * claims (marks), a period range. Output: a gnuplot multiplot script that
 * gnuplot.c sends to gnuplot (one process for one chart or many). The plan
 * (which axis or panel each unit gets, the ranges, the ticks) is axis.c's.
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
 *     after it on its axis that meets it (equal values for a period), for
 *     MAX_WIDEN at most: where two series are equal, both stay visible.
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

#define MAX_MARK_KEYS 8		/* more distinct claim labels share "other sources" */
#define MAX_LABEL 60		/* legend text, in characters, before an ellipsis */
#define MAX_KEYS 200		/* legend entries considered (the layout lists fewer) */
#define NOTE_LINES 4		/* lines of the source note at most; the last is not cut */
#define MAX_WIDEN 3		/* a line is widened for this many drawn over it at most */
/* The style has eight colours; the next eight series are dashed, then dotted... */
#define DASH(k) ((((k) - 1) / GP_LINETYPES) % 4 + 1)

/* Whether lines i and j of one axis are drawn on each other somewhere: a
 * period both have, with values less than 1/250 of the axis apart (about a
 * line's width). Points come in period order (export_series_long.sql). */
static int lines_meet(const struct layout *L, size_t i, size_t j)
{
	const struct plot_line *a = &L->spec->lines[i], *b = &L->spec->lines[j];
	const struct group *g = &L->g[L->lg[i]];
	double near = (g->ax.hi - g->ax.lo) / 250 * g->scale;

	for (size_t x = 0, y = 0; x < a->n && y < b->n;) {
		int c = strcmp(a->pts[x].period, b->pts[y].period);

		if (c == 0 && fabs(a->pts[x].value - b->pts[y].value) <= near &&
		    chart_in_range(L, a->pts[x].period, &(long){ 0 }))
			return 1;
		x += c <= 0, y += c >= 0;
	}
	return 0;
}

/* Invariant 7: how many latest lines are drawn over line i and meet it,
 * each of which makes it line_widen wider (0: the style's width). */
static size_t lines_over(const struct layout *L, const int *has, size_t i)
{
	const struct plot_spec *sp = L->spec;
	size_t n = 0;

	if (sp->lines[i].as_of)
		return 0;
	for (size_t j = i + 1; j < sp->nlines && n < MAX_WIDEN; j++)
		n += has[j] && !sp->lines[j].as_of && L->lg[j] == L->lg[i] && lines_meet(L, i, j);
	return n;
}

/* " linewidth (line_width + N * line_widen)" for line i, or "". */
static const char *line_width(const struct layout *L, const int *has, size_t i, char *buf,
			      size_t cap)
{
	size_t over = lines_over(L, has, i);

	*buf = 0;
	if (over)
		snprintf(buf, cap, " linewidth (line_width + %zu * line_widen)", over);
	return buf;
}

/* The legend: one entry per series, claim source, ring and revision sample. */
struct key {
	char text[MAX_KEYS][MAX_LABEL + 24];
	char sample[MAX_KEYS][96];
	size_t n, widest;
};

static void key_add(struct key *k, const char *sample, const char *text, const char *suffix)
{
	size_t len = 0, chars = 0, cut = 0;

	if (k->n == ARRAY_SIZE(k->text))
		return;
	/* At most MAX_LABEL characters (not bytes), cut at a space, then "...". */
	for (const char *p = text; *p; p++) {
		if (((unsigned char)*p & 0xC0) != 0x80 && ++chars > MAX_LABEL)
			break;
		if (*p == ' ')
			cut = len;
		len++;
	}
	if (text[len]) {
		len = cut > MAX_LABEL / 2 ? cut : len;
		snprintf(k->text[k->n], sizeof(k->text[0]), "%.*s\xE2\x80\xA6%s", (int)len, text,
			 suffix);
		chars = MAX_LABEL + 1;
	} else {
		snprintf(k->text[k->n], sizeof(k->text[0]), "%s%s", text, suffix);
	}
	chars += strlen(suffix);
	snprintf(k->sample[k->n], sizeof(k->sample[0]), "%s", sample);
	k->widest = chars > k->widest ? chars : k->widest;
	k->n++;
}

static size_t mark_group(const struct plot_spec *spec, size_t i, const char **labels, size_t *n)
{
	const char *l = spec->marks[i].label;
	size_t g;

	for (g = 0; g < *n && g < MAX_MARK_KEYS; g++)
		if ((!l && !labels[g]) || (l && labels[g] && !strcmp(l, labels[g])))
			return g;
	if (g == MAX_MARK_KEYS)
		return MAX_MARK_KEYS;
	labels[(*n)++] = l;
	return g;
}

/* One datablock row "DATE VALUE[ EXTRA]"; 0 if the point cannot be drawn. */
static int put_row(FILE *out, const struct layout *L, const char *period, double v,
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
			if (put_row(out, L, l->pts[j].period, l->pts[j].value, sc, ""))
				has[i]++, pk = k, prev = idx;
			else
				skipped++;
		}
		fputs("EOD\n", out);
		if (l->nfirst) {
			fprintf(out, "$f%zu << EOD\n", i + 1);
			for (size_t j = 0; j < l->nfirst; j++)
				put_row(out, L, l->first[j].period, l->first[j].value, sc, "");
			fputs("EOD\n", out);
		}
		if (L->rev[i] && L->rev_group == (int)L->lg[i]) {
			fprintf(out, "$r%zu << EOD\n", i + 1);
			for (size_t j = 0; j < l->n; j++)
				put_row(out, L, l->pts[j].period, L->rev[i][j], sc, "");
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

/* What the writing of one script keeps between its parts. */
struct draw {
	struct layout L;
	struct key key;
	int *has, *gaps;		/* owned: points drawn of each line; it has gaps */
	int *mgroup;			/* owned: key group of each mark, -1: not drawn */
	double *mpos;			/* owned: each mark's place in its period's row (0: centre) */
	int dodged;			/* a mark is moved off its period's day (mpos != 0) */
	const char *labels[MAX_MARK_KEYS];	/* borrowed: the marks' key groups */
	size_t nlabels, gcount[MAX_MARK_KEYS + 1], nflagged;
	double lh, keyh, top, bottom, left, right, gap, region;	/* screen fractions */
	int keycols, keyrows;
	size_t note_off[NOTE_LINES], note_len[NOTE_LINES], nnote;	/* the note's lines */
};

/* gnuplot point types, one per claim source: dot, square, triangle, diamond, ... */
static const int mark_pt[MAX_MARK_KEYS + 1] = { GP_PT_DOT, 5, 9, 13, 11, 15, 4, 8, 1 };

/* The panel and axis mark i is drawn on: panel * 2 + (right axis). */
static int mark_panel(const struct draw *D, size_t i)
{
	const struct plot_spec *sp = D->L.spec;
	const struct group *g = &D->L.g[sp->marks[i].line < sp->nlines ? D->L.lg[sp->marks[i].line] : 0];

	return g->panel * 2 + (g->y2 != 0);
}

/* The drawn marks' key groups, and invariant 6: each mark's place in the
 * row of the sources that give a figure for its period on its panel (the
 * groups there, in key order, centred on the period's day). */
static void place_marks(struct draw *D)
{
	const struct plot_spec *sp = D->L.spec;
	long *day = xcalloc(sp->nmarks + 1, sizeof(*day));

	for (size_t i = 0; i < sp->nmarks; i++) {
		const struct plot_mark *m = &sp->marks[i];
		char date[DATE_LEN];

		D->mgroup[i] = -1;
		if (isfinite(m->value) && chart_period_date(m->period, date) == 0 &&
		    chart_in_range(&D->L, m->period, &day[i]))
			D->mgroup[i] = (int)mark_group(sp, i, D->labels, &D->nlabels);
	}
	for (size_t i = 0; i < sp->nmarks; i++) {
		int seen[MAX_MARK_KEYS + 1] = { 0 }, n = 0, before = 0;

		if (D->mgroup[i] < 0)
			continue;
		for (size_t j = 0; j < sp->nmarks; j++)
			if (D->mgroup[j] >= 0 && day[j] == day[i] &&
			    mark_panel(D, j) == mark_panel(D, i) && !seen[D->mgroup[j]]++) {
				n++;
				before += D->mgroup[j] < D->mgroup[i];
			}
		D->mpos[i] = before - (n - 1) / 2.0;
		D->dodged |= D->mpos[i] != 0;
	}
	free(day);
}

/* The claims' datablock. Columns: date, value, key group (1-based),
 * flagged (0/1), panel, axis, place in its period's row (place_marks).
 * Returns the marks that cannot be drawn. */
static size_t put_marks(FILE *out, struct draw *D)
{
	const struct plot_spec *sp = D->L.spec;
	size_t skipped = 0;
	char date[DATE_LEN];

	if (!sp->nmarks)
		return 0;
	place_marks(D);
	fputs("\n$marks << EOD\n", out);
	for (size_t i = 0; i < sp->nmarks; i++) {
		const struct plot_mark *m = &sp->marks[i];
		const struct group *g = &D->L.g[m->line < sp->nlines ? D->L.lg[m->line] : 0];
		char extra[64];
		size_t kg;

		if (!isfinite(m->value) || chart_period_date(m->period, date) < 0) {
			skipped++;
			continue;
		}
		if (D->mgroup[i] < 0)
			continue;
		kg = (size_t)D->mgroup[i];
		snprintf(extra, sizeof(extra), " %zu %d %d %d", kg + 1, m->flagged ? 1 : 0,
			 g->panel, g->y2 ? 2 : 1);
		if (D->dodged)
			snprintf(extra + strlen(extra), sizeof(extra) - strlen(extra), " %g",
				 D->mpos[i]);
		put_row(out, &D->L, m->period, m->value, g->scale, extra);
		D->gcount[kg]++;
		D->nflagged += m->flagged != 0;
	}
	fputs("EOD\n", out);
	return skipped;
}

/* The legend's entries, in drawing order. */
static void build_key(struct draw *D)
{
	const struct plot_spec *sp = D->L.spec;
	size_t nlatest = 0;
	int any_first = 0;

	for (size_t i = 0; i < sp->nlines; i++) {
		const struct plot_line *l = &sp->lines[i];
		char sample[96], lw[64];

		if (l->as_of || !D->has[i])
			continue;
		nlatest++;
		snprintf(sample, sizeof(sample), "with %s linetype %zu dashtype %zu%s",
			 D->has[i] == 1 ? "points" : "lines", nlatest, DASH(nlatest),
			 line_width(&D->L, D->has, i, lw, sizeof(lw)));
		key_add(&D->key, sample, l->series.title ? l->series.title : l->series.code,
			D->L.g[D->L.lg[i]].y2 ? " (right axis)" : "");
		any_first |= l->nfirst > 0;
	}
	for (size_t i = 0; i < sp->nlines; i++)
		if (sp->lines[i].as_of && D->has[i]) {
			key_add(&D->key, "with lines linestyle " GP_STR(GP_LS_EARLIER), "earlier vintages", "");
			break;
		}
	if (any_first)
		key_add(&D->key, "with lines linecolor rgb '#555555' dashtype 2 linewidth 1.5",
			"first print (dashed)", "");
	if (D->L.rev_panel)
		key_add(&D->key, "with boxes fillstyle solid 0.55 noborder linecolor rgb '#777777'",
			"revision since first print (bars)", "");
	for (size_t g = 0; g <= MAX_MARK_KEYS; g++) {
		char sample[96];

		if (!D->gcount[g])
			continue;
		snprintf(sample, sizeof(sample), "with points linestyle " GP_STR(GP_LS_CLAIM) " pointtype %d",
			 mark_pt[g]);
		key_add(&D->key, sample, g == MAX_MARK_KEYS ? "other sources" :
			D->labels[g] ? D->labels[g] : "article claims", "");
	}
	if (D->nflagged)
		key_add(&D->key, "with points linestyle " GP_STR(GP_LS_FLAGGED),
			"claim with a finding (ring)", "");
	/* One series and no claims: the title names it, a key would only take room. */
	if (nlatest == 1 && D->key.n == 1)
		D->key.n = 0;
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
	      "line_width = 2.5\nline_widen = 3.5\nmarkgap = 0.02\n"
	      "# Earlier vintages: faint, behind the latest values.\n"
	      "set style line " GP_STR(GP_LS_EARLIER)
	      " linecolor rgb '#b8b8b8' linewidth 1.2 dashtype 2\n\n", out);
	fputs(style, out);
	if (*style && style[strlen(style) - 1] != '\n')
		fputc('\n', out);
}

/* Days of room on the x axis before the first period and after the last. */
static long x_pad(const struct layout *L)
{
	return axis_period_days(L->freq) / 2 + (L->xhi - L->xlo) / 60;
}

/* The multiplot's settings shared by every panel: margins, x range, title, note. */
static void put_frame(FILE *out, const struct draw *D)
{
	const struct layout *L = &D->L;
	const struct plot_spec *sp = L->spec;
	long pad = x_pad(L);
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
			 86400.0 * (double)(L->xhi - L->xlo + 2 * x_pad(L)) / (D->right - D->left));
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
				DASH(k), line_width(L, D->has, i, lw, sizeof(lw)));
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
				xcol, kg + 1, p, a, a, mark_pt[kg]);
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
	skipped = put_data(out, &D->L, D->has, D->gaps) + put_marks(out, D);
	if (skipped)
		warning("chart '%s': skipped %zu point(s) without a usable period or value",
			path_base(sp->out_path), skipped);
	build_key(D);
	lay_out(D);
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
