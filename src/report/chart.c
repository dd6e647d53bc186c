/*
 * chart.c - the gnuplot script of one chart: a plot_spec in, script text out.
 *
 * Input: series (lines) with their axis labels and scales, first prints,
 * claims (marks), a period range. Output: a gnuplot multiplot script that
 * report/plot.c sends to gnuplot (one process for one chart or many).
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
 */
#include "report/report.h"

#include "base/base.h"
#include "embed.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MARK_KEYS 8		/* more distinct claim labels share "other sources" */
#define MAX_GROUPS 6		/* units on one chart (stacked panels) */
#define MAX_LABEL 60		/* legend text, in characters, before an ellipsis */
#define MAX_KEYS 200		/* legend entries considered (the layout lists fewer) */
/* The style has eight colours; the next eight series are dashed, then dotted... */
#define DASH(k) ((((k) - 1) / 8) % 4 + 1)

enum freq { F_NONE, F_YEAR, F_QUARTER, F_MONTH, F_DAY };

static const char *const month_abbr[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

/* Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
static long days_from_civil(long y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

/*
 * Reads a period: its kind, its first day and the first day after it (days
 * since 1970), and its index on its own calendar (consecutive periods of a
 * kind differ by 1). Returns the kind, or F_NONE.
 */
static enum freq period_parse(const char *p, long *start, long *next, long *idx)
{
	size_t n = p ? strnlen(p, 11) : 0;
	long y, m, d;

	if (n < 4 || !digits(p, 4))
		return F_NONE;
	y = strtol(p, NULL, 10);
	if (y < YEAR_MIN || y > YEAR_MAX)
		return F_NONE;
	if (n == 4) {
		*start = days_from_civil(y, 1, 1), *next = days_from_civil(y + 1, 1, 1);
		*idx = y;
		return F_YEAR;
	}
	if (n == 7 && p[4] == '-' && p[5] == 'Q' && p[6] >= '1' && p[6] <= '4') {
		m = (p[6] - '1') * 3 + 1;
		*start = days_from_civil(y, (int)m, 1);
		*next = m == 10 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, (int)m + 3, 1);
		*idx = y * 4 + (p[6] - '1');
		return F_QUARTER;
	}
	if (n == 7 && p[4] == '-' && digits(p + 5, 2)) {
		m = strtol(p + 5, NULL, 10);
		if (m < 1 || m > 12)
			return F_NONE;
		*start = days_from_civil(y, (int)m, 1);
		*next = m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, (int)m + 1, 1);
		*idx = y * 12 + m - 1;
		return F_MONTH;
	}
	if (n == 10 && date_valid(p)) {
		m = strtol(p + 5, NULL, 10), d = strtol(p + 8, NULL, 10);
		*start = days_from_civil(y, (int)m, (int)d), *next = *start + 1;
		/* "2023-08-01" is DESIGN's spelling of a month: drawn and ticked as one. */
		*idx = d == 1 ? y * 12 + m - 1 : *start;
		return d == 1 ? F_MONTH : F_DAY;
	}
	return F_NONE;
}

static void day_str(long day, char out[static 11])
{
	long y;
	int m, d;

	civil_from_days(day, &y, &m, &d);
	snprintf(out, 11, "%04ld-%02d-%02d", y, m, d);
}

int chart_period_date(const char *period, char out[static 11])
{
	long s, e, i;

	if (period_parse(period, &s, &e, &i) == F_NONE)
		return -1;
	day_str(s, out);
	return 0;
}

/* "1,234.5": v with dec decimals and thousands separators. */
static void fmt_tick(double v, int dec, char *out, size_t cap)
{
	char tmp[64];
	const char *p = tmp, *dot;
	size_t k = 0, intlen;

	snprintf(tmp, sizeof(tmp), "%.*f", dec, v);
	if (*p == '-') {
		if (strspn(tmp + 1, "0.") != strlen(tmp + 1))
			out[k++] = '-';
		p++;
	}
	dot = strchr(p, '.');
	intlen = dot ? (size_t)(dot - p) : strlen(p);
	for (size_t i = 0; i < intlen && k + 2 < cap; i++) {
		out[k++] = p[i];
		if ((intlen - i - 1) % 3 == 0 && i + 1 < intlen)
			out[k++] = ',';
	}
	for (p += intlen; *p && k + 1 < cap; p++)
		out[k++] = *p;
	out[k] = '\0';
}

struct axis {
	double lo, hi;		/* data range, then the axis range */
	double step;		/* between ticks */
	int dec;		/* decimals of the tick labels */
	int used;
};

static void axis_add(struct axis *a, double v)
{
	if (!isfinite(v))
		return;
	if (!a->used)
		a->lo = a->hi = v, a->used = 1;
	a->lo = fmin(a->lo, v), a->hi = fmax(a->hi, v);
}

/*
 * Round ticks (1, 2, 2.5 or 5 times a power of ten, about five of them) and
 * a range ending on ticks. Levels that reach down towards zero (all
 * non-negative, the smallest under half the largest) are drawn from zero,
 * as a brief would; a rate between 6.1 and 7.3 keeps an axis fitted to it.
 * with_zero: the axis must show 0 (revision bars).
 */
static void axis_finish(struct axis *a, int with_zero)
{
	double lo = a->used ? a->lo : 0, hi = a->used ? a->hi : 1, raw, mag, f;

	if ((lo >= 0 && hi > 0 && lo < hi / 2) || with_zero)
		lo = fmin(lo, 0), hi = fmax(hi, 0);
	if (hi - lo < 1e-12 * fmax(1, fabs(hi))) {
		double d = hi != 0 ? fabs(hi) * 0.1 : 1;

		lo = lo == 0 ? 0 : lo - d, hi += d;
	}
	/* The step whose tick count is nearest six, the smaller on a tie. */
	mag = pow(10, floor(log10((hi - lo) / 6)));
	a->step = 0;
	for (int k = 0, best = 99; k < 10; k++) {
		static const double mult[5] = { 1, 2, 2.5, 5, 10 };
		double s = mult[k % 5] * mag * (k >= 5 ? 10 : 1);
		int count = (int)(ceil(hi / s - 1e-9) - floor(lo / s + 1e-9));

		/* 2.5 only where it needs no second decimal (25, 250, 2,500). */
		if (k % 5 == 2 && s < 10)
			continue;
		if (abs(count - 6) < best)
			best = abs(count - 6), a->step = s;
	}
	(void)raw, (void)f;
	a->lo = floor(lo / a->step + 1e-9) * a->step;
	a->hi = ceil(hi / a->step - 1e-9) * a->step;
	/* Room above and below the data, so no point sits on the frame. */
	if (a->hi - hi < 0.03 * (a->hi - a->lo))
		a->hi += a->step;
	if (lo != 0 && lo - a->lo < 0.03 * (a->hi - a->lo))
		a->lo -= a->step;
	a->dec = a->step >= 1 ? 0 : (int)ceil(-log10(a->step) - 1e-9);
	if (fabs(a->step * pow(10, a->dec) - round(a->step * pow(10, a->dec))) > 1e-6)
		a->dec++;
}

/* `set ytics (...)`: every tick labelled by fmt_tick; returns the widest label. */
static size_t put_ticks(FILE *out, const char *axis, const struct axis *a)
{
	size_t widest = 0;
	int first = 1;

	fprintf(out, "set %s (", axis);
	for (double v = a->lo; v <= a->hi + a->step * 1e-6; v += a->step) {
		char lab[64];

		fmt_tick(fabs(v) < a->step * 1e-6 ? 0 : v, a->dec, lab, sizeof(lab));
		fprintf(out, "%s'%s' %.15g", first ? "" : ", ", lab, v);
		widest = strlen(lab) > widest ? strlen(lab) : widest;
		first = 0;
	}
	fputs(")\n", out);
	return widest;
}

/* One series axis: the lines, first prints and claims of one unit. */
struct group {
	const char *label;	/* borrowed: axis label, "" for none */
	double scale;
	struct axis ax;
	int panel, y2;
};

struct layout {
	const struct plot_spec *spec;
	long from, to;			/* days: drawn are periods starting in [from, to) */
	struct group g[MAX_GROUPS];
	int ng, npanels, rev_panel;	/* rev_panel: a panel of revision bars below */
	size_t *lg;			/* owned: group of each line */
	double **rev;			/* owned: revision (latest - first print) per point, NaN: none */
	struct axis rx;			/* the revision bars' axis */
	int rev_group;			/* whose unit the bars are in */
	long xlo, xhi;			/* days: first and last period drawn */
	enum freq freq;			/* finest frequency drawn */
	double W, H;			/* terminal size in pixels (points for PDF) */
};

static int in_range(const struct layout *L, const char *period, long *day)
{
	long s, e, i;

	if (period_parse(period, &s, &e, &i) == F_NONE)
		return 0;
	*day = s;
	return s >= L->from && s < L->to;
}

static size_t group_of(struct layout *L, const struct plot_line *l)
{
	const struct plot_spec *sp = L->spec;
	const char *label = l->ylabel ? l->ylabel : sp->ylabel ? sp->ylabel : "";
	double scale = l->yscale > 0 ? l->yscale : sp->yscale > 0 ? sp->yscale : 1;
	int k;

	for (k = 0; k < L->ng; k++)
		if (!strcmp(L->g[k].label, label))
			return (size_t)k;
	if (L->ng == MAX_GROUPS)
		return (size_t)-1;
	memset(&L->g[k], 0, sizeof(L->g[k]));
	L->g[k].label = label;
	L->g[k].scale = isfinite(scale) ? scale : 1;
	return (size_t)L->ng++;
}

static void see_x(struct layout *L, long day, enum freq f)
{
	if (L->xlo > L->xhi)
		L->xlo = L->xhi = day;
	L->xlo = day < L->xlo ? day : L->xlo;
	L->xhi = day > L->xhi ? day : L->xhi;
	if (f > L->freq)
		L->freq = f;
}

/* Groups, panels, ranges: everything the script needs before it is written. */
static int plan(struct layout *L)
{
	const struct plot_spec *sp = L->spec;
	long s, e, i, day;

	L->from = LONG_MIN / 2, L->to = LONG_MAX / 2;
	if (sp->from && period_parse(sp->from, &s, &e, &i) != F_NONE)
		L->from = s;
	if (sp->to && period_parse(sp->to, &s, &e, &i) != F_NONE)
		L->to = e;
	L->xlo = 1, L->xhi = 0;
	L->lg = xcalloc(sp->nlines + 1, sizeof(*L->lg));
	L->rev = xcalloc(sp->nlines + 1, sizeof(*L->rev));
	L->rev_group = -1;
	for (size_t k = 0; k < sp->nlines; k++) {
		const struct plot_line *l = &sp->lines[k];
		size_t g = group_of(L, l);

		if (g == (size_t)-1)
			return error("chart '%s': more than %d units on one chart",
				     path_base(sp->out_path), MAX_GROUPS);
		L->lg[k] = g;
		for (size_t j = 0; j < l->n; j++)
			if (isfinite(l->pts[j].value) && in_range(L, l->pts[j].period, &day)) {
				axis_add(&L->g[g].ax, l->pts[j].value / L->g[g].scale);
				see_x(L, day, period_parse(l->pts[j].period, &s, &e, &i));
			}
		for (size_t j = 0; j < l->nfirst; j++)
			if (in_range(L, l->first[j].period, &day))
				axis_add(&L->g[g].ax, l->first[j].value / L->g[g].scale);
		/* Revisions: the latest value less the first print, period by period
		   (both lists in period order). */
		if (l->nfirst && !l->as_of) {
			size_t a = 0;
			int any = 0;

			L->rev[k] = xcalloc(l->n + 1, sizeof(double));
			for (size_t j = 0; j < l->n; j++) {
				L->rev[k][j] = NAN;
				while (a < l->nfirst && strcmp(l->first[a].period, l->pts[j].period) < 0)
					a++;
				if (a < l->nfirst && !strcmp(l->first[a].period, l->pts[j].period) &&
				    in_range(L, l->pts[j].period, &day)) {
					L->rev[k][j] = l->pts[j].value - l->first[a].value;
					any |= isfinite(L->rev[k][j]) && L->rev[k][j] != 0;
				}
			}
			if (any && L->rev_group < 0)
				L->rev_group = (int)g;
			if (any && L->rev_group == (int)g)
				for (size_t j = 0; j < l->n; j++)
					axis_add(&L->rx, L->rev[k][j] / L->g[g].scale);
		}
	}
	for (size_t k = 0; k < sp->nmarks; k++) {
		const struct plot_mark *m = &sp->marks[k];
		size_t g = m->line < sp->nlines ? L->lg[m->line] : 0;

		if (L->ng && isfinite(m->value) && in_range(L, m->period, &day)) {
			axis_add(&L->g[g].ax, m->value / L->g[g].scale);
			see_x(L, day, F_NONE);
		}
	}
	if (L->xlo > L->xhi)
		return error("chart '%s': nothing to plot%s", path_base(sp->out_path),
			     sp->from || sp->to ? " in the periods asked for" : "");
	if (L->freq == F_NONE)
		L->freq = F_MONTH;
	L->npanels = L->ng <= 2 ? 1 : L->ng;
	for (int k = 0; k < L->ng; k++) {
		L->g[k].panel = L->ng <= 2 ? 0 : k;
		L->g[k].y2 = L->ng == 2 && k == 1;
		axis_finish(&L->g[k].ax, 0);
	}
	L->rev_panel = L->rev_group >= 0;
	if (L->rev_panel)
		axis_finish(&L->rx, 1);
	return 0;
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

/* x ticks: a step in months (or years) that leaves room between labels. */
static void put_xtics(FILE *out, const struct layout *L, double plot_px, double em, int labelled)
{
	static const int steps[] = { 1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200 };
	long y0, y1;
	int m0, m1, d, step = 1200, first = 1;

	civil_from_days(L->xlo, &y0, &m0, &d);
	civil_from_days(L->xhi, &y1, &m1, &d);
	for (size_t i = 0; i < ARRAY_SIZE(steps); i++) {
		int s = steps[i], chars = s >= 12 ? 4 : L->freq == F_QUARTER ? 7 : 8;
		long count = ((y1 * 12 + m1) - (y0 * 12 + m0)) / s + 1;

		if ((L->freq == F_YEAR && s < 12) || (L->freq == F_QUARTER && s % 3))
			continue;
		if (count * (chars + 3) * em <= plot_px) {
			step = s;
			break;
		}
	}
	fputs("set xtics (", out);
	for (long mi = y0 * 12 + m0 - 1; mi <= y1 * 12 + m1 - 1; mi++) {
		long y = mi / 12;
		int m = (int)(mi % 12);
		char lab[24], date[11];

		if (step >= 12 ? (m != 0 || y % (step / 12)) : mi % step)
			continue;
		if (days_from_civil(y, m + 1, 1) < L->xlo - 20)
			continue;
		if (!labelled)
			lab[0] = '\0';
		else if (step >= 12)
			snprintf(lab, sizeof(lab), "%04ld", y);
		else if (L->freq == F_QUARTER)
			snprintf(lab, sizeof(lab), "%04ld-Q%d", y, m / 3 + 1);
		else
			snprintf(lab, sizeof(lab), "%s %04ld", month_abbr[m], y);
		day_str(days_from_civil(y, m + 1, 1), date);
		fprintf(out, "%s'%s' '%s'", first ? "" : ", ", lab, date);
		first = 0;
	}
	fputs(")\nunset mxtics\n", out);
}

/* One datablock row "DATE VALUE[ EXTRA]"; 0 if the point cannot be drawn. */
static int put_row(FILE *out, const struct layout *L, const char *period, double v,
		   double scale, const char *extra)
{
	char date[DATE_LEN], num[FMT_NUM_MAX];
	long day;

	if (!isfinite(v) || !in_range(L, period, &day))
		return 0;
	day_str(day, date);
	fprintf(out, "%s %s%s\n", date, fmt_num(v / scale, num), extra);
	return 1;
}

static long period_days(enum freq f)
{
	return f == F_YEAR ? 365 : f == F_QUARTER ? 91 : f == F_MONTH ? 30 : 1;
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

			k = period_parse(l->pts[j].period, &s, &e, &idx);
			if (k == F_NONE) {
				skipped++;
				continue;
			}
			if (!in_range(L, l->pts[j].period, &day))
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

int chart_script(FILE *out, const struct plot_spec *sp, const char *output)
{
	static const int mark_pt[MAX_MARK_KEYS + 1] = { 7, 5, 9, 13, 11, 15, 4, 8, 1 };
	const char *labels[MAX_MARK_KEYS], *style = sp->style ? sp->style : gp_default;
	const char *term = plot_terminal(sp->out_path), *size = plot_terminal_size(sp->out_path);
	size_t nlabels = 0, skipped = 0, nflagged = 0, gcount[MAX_MARK_KEYS + 1] = { 0 };
	size_t ylw[2] = { 0, 0 }, nlatest = 0;
	struct layout L;
	struct key *key;
	int *has, *gaps, *mgroup, any_first = 0, rc = -1;
	double em, lh, top, bottom, left, right, keyh, region, gap, y;
	int keycols = 1, keyrows = 0;
	char date[11];

	if (!term)
		return error("cannot tell the chart format of '%s': use .svg, .png or .pdf",
			     sp->out_path ? sp->out_path : "");
	for (const char *p = output; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7F)
			return error("chart path has a control character");
	memset(&L, 0, sizeof(L));
	L.spec = sp;
	L.W = strtod(size, NULL);
	L.H = strtod(strchr(size, ',') + 1, NULL);
	if (strstr(size, "in"))
		L.W *= 72, L.H *= 72;	/* PDF: points */
	key = xcalloc(1, sizeof(*key));
	has = xcalloc(sp->nlines + 1, sizeof(*has));
	gaps = xcalloc(sp->nlines + 1, sizeof(*gaps));
	mgroup = xcalloc(sp->nmarks + 1, sizeof(*mgroup));
	if (plan(&L) < 0)
		goto out;

	fputs("# tradestat chart: generated for gnuplot 5.4, read on its stdin.\n"
	      "set encoding utf8\n", out);
	fprintf(out, "set terminal %s size %s\n", term, size);
	fputs("set output ", out);
	plot_put_string(out, output);
	fputs("\n# Dates on x; each period is drawn at the first day it covers.\n"
	      "set xdata time\nset timefmt '%Y-%m-%d'\n"
	      "# Look of the source note; the style below may change these.\n"
	      "note_font = ',9'\nnote_color = '#555555'\n"
	      "# Earlier vintages: faint, behind the latest values.\n"
	      "set style line 102 linecolor rgb '#b8b8b8' linewidth 1.2 dashtype 2\n\n", out);
	fputs(style, out);
	if (*style && style[strlen(style) - 1] != '\n')
		fputc('\n', out);

	/* Data first, so that the plot commands below only name datablocks. */
	skipped = put_data(out, &L, has, gaps);
	if (sp->nmarks) {
		/* Columns: date, value, key group (1-based), flagged (0/1), panel, axis. */
		fputs("\n$marks << EOD\n", out);
		for (size_t i = 0; i < sp->nmarks; i++) {
			const struct plot_mark *m = &sp->marks[i];
			size_t g = m->line < sp->nlines ? L.lg[m->line] : 0, kg;
			char extra[64];
			long day;

			mgroup[i] = -1;
			if (!isfinite(m->value) || chart_period_date(m->period, date) < 0) {
				skipped++;
				continue;
			}
			if (!in_range(&L, m->period, &day))
				continue;
			kg = mark_group(sp, i, labels, &nlabels);
			snprintf(extra, sizeof(extra), " %zu %d %d %d", kg + 1, m->flagged ? 1 : 0,
				 L.g[g].panel, L.g[g].y2 ? 2 : 1);
			put_row(out, &L, m->period, m->value, L.g[g].scale, extra);
			gcount[kg]++;
			nflagged += m->flagged != 0;
			mgroup[i] = (int)kg;
		}
		fputs("EOD\n", out);
	}
	if (skipped)
		warning("chart '%s': skipped %zu point(s) without a usable period or value",
			path_base(sp->out_path), skipped);

	/* The legend's entries, in drawing order. */
	for (size_t i = 0; i < sp->nlines; i++) {
		const struct plot_line *l = &sp->lines[i];
		char sample[96];

		if (l->as_of || !has[i])
			continue;
		nlatest++;
		snprintf(sample, sizeof(sample), "with %s linetype %zu dashtype %zu",
			 has[i] == 1 ? "points" : "lines", nlatest, DASH(nlatest));
		key_add(key, sample, l->title ? l->title : l->code,
			L.g[L.lg[i]].y2 ? " (right axis)" : "");
		any_first |= l->nfirst > 0;
	}
	for (size_t i = 0; i < sp->nlines; i++)
		if (sp->lines[i].as_of && has[i]) {
			key_add(key, "with lines linestyle 102", "earlier vintages", "");
			break;
		}
	if (any_first)
		key_add(key, "with lines linecolor rgb '#555555' dashtype 2 linewidth 1.5",
			"first print (dashed)", "");
	if (L.rev_panel)
		key_add(key, "with boxes fillstyle solid 0.55 noborder linecolor rgb '#777777'",
			"revision since first print (bars)", "");
	for (size_t g = 0; g <= MAX_MARK_KEYS; g++) {
		char sample[96];

		if (!gcount[g])
			continue;
		snprintf(sample, sizeof(sample), "with points linestyle 100 pointtype %d", mark_pt[g]);
		key_add(key, sample, g == MAX_MARK_KEYS ? "other sources" :
			labels[g] ? labels[g] : "article claims", "");
	}
	if (nflagged)
		key_add(key, "with points linestyle 101", "claim with a finding (ring)", "");
	/* One series and no claims: the title names it, a key would only take room. */
	if (nlatest == 1 && key->n == 1)
		key->n = 0;

	/* Invariant 3: the layout, in screen fractions. Character cells are
	   estimated from the 11-point tick font. */
	em = 11 * 0.62 / L.W;
	lh = 11 * 1.65 / L.H;
	if (key->n) {
		/* gnuplot sizes key columns by its own estimate of the text, wider
		   than the glyphs: 0.8 of the point size a character. */
		double colw = (double)(key->widest + 8) * 11 * 0.8 / L.W;

		keycols = (int)(0.96 / colw);
		keycols = keycols < 1 ? 1 : keycols > (int)key->n ? (int)key->n : keycols;
		keyrows = ((int)key->n + keycols - 1) / keycols;
		/* Invariant 3: a quarter of the height at most; past it the last
		   entry says how many are not listed (series.csv has them all). */
		while (keyrows > 1 && keyrows * lh > 0.25) {
			size_t keep = (size_t)(keyrows - 1) * (size_t)keycols - 1;

			snprintf(key->text[keep], sizeof(key->text[0]), "and %zu more",
				 key->n - keep);
			snprintf(key->sample[keep], sizeof(key->sample[0]), "with lines linecolor rgb '#ffffff'");
			key->n = keep + 1;
			keyrows--;
		}
	}
	keyh = keyrows ? keyrows * lh + 0.6 * lh : 0;
	bottom = 9 * 2.2 / L.H + keyh + 11 * 3.2 / L.H;
	top = 1 - (sp->title ? 15 * 3.4 / L.H : 11 * 1.5 / L.H);
	for (int k = 0; k < L.ng; k++) {
		struct axis *a = &L.g[k].ax;
		char lo[64], hi[64];
		size_t w;

		fmt_tick(a->lo, a->dec, lo, sizeof(lo)), fmt_tick(a->hi, a->dec, hi, sizeof(hi));
		w = strlen(lo) > strlen(hi) ? strlen(lo) : strlen(hi);
		ylw[L.g[k].y2] = w > ylw[L.g[k].y2] ? w : ylw[L.g[k].y2];
	}
	if (L.rev_panel) {
		char lo[64], hi[64];

		fmt_tick(L.rx.lo, L.rx.dec, lo, sizeof(lo)), fmt_tick(L.rx.hi, L.rx.dec, hi, sizeof(hi));
		ylw[0] = strlen(lo) > ylw[0] ? strlen(lo) : ylw[0];
		ylw[0] = strlen(hi) > ylw[0] ? strlen(hi) : ylw[0];
	}
	left = 0.012 + 12 * 2.2 / L.W + (double)(ylw[0] + 1) * em;
	right = L.ng == 2 ? 1 - (0.012 + 12 * 2.2 / L.W + (double)(ylw[1] + 1) * em) : 1 - 0.025;
	gap = 0.025;
	region = top - bottom - (L.npanels + L.rev_panel - 1) * gap;

	fputs("\n# Layout (screen fractions): plot areas, then the legend below them.\n"
	      "unset key\nset multiplot\n", out);
	fprintf(out, "set lmargin at screen %.4f\nset rmargin at screen %.4f\n", left, right);
	{
		char lo[11], hi[11];
		long pad = period_days(L.freq) / 2 + (L.xhi - L.xlo) / 60;

		day_str(L.xlo - pad, lo), day_str(L.xhi + pad, hi);
		fprintf(out, "set xrange ['%s':'%s']\n", lo, hi);
		/* Bars: 70% of a period, and never thinner than 1/400 of the axis. */
		fprintf(out, "set boxwidth %ld absolute\n",
			86400L * (period_days(L.freq) * 7 / 10 > (L.xhi - L.xlo) / 400 ?
				  period_days(L.freq) * 7 / 10 : (L.xhi - L.xlo) / 400));
	}
	if (sp->title) {
		fputs("set title ", out);
		plot_put_string(out, sp->title);
		fputs(" noenhanced\n", out);
	}
	if (sp->note) {
		fputs("set label 901 ", out);
		plot_put_string(out, sp->note);
		fputs(" at screen 0.01, screen 0.02 left front noenhanced"
		      " font note_font textcolor rgb note_color\n", out);
	}
	y = top;
	for (int p = 0; p < L.npanels + L.rev_panel; p++) {
		int rev = p == L.npanels, nelem = 0, bottom_panel = p == L.npanels + L.rev_panel - 1;
		double h = rev ? region * 0.28 : region * (L.rev_panel ? 0.72 : 1) / L.npanels;

		fprintf(out, "\n# Panel %d%s\n", p + 1, rev ? ": revisions since the first print" : "");
		fprintf(out, "set tmargin at screen %.4f\nset bmargin at screen %.4f\n", y, y - h);
		y -= h + gap;
		put_xtics(out, &L, (right - left) * L.W, 11 * 0.62, bottom_panel);
		fputs("unset y2tics\nunset y2label\nset ytics nomirror\n", out);
		if (rev) {
			const char *u = L.g[L.rev_group].label;

			fprintf(out, "set yrange [%.15g:%.15g]\n", L.rx.lo, L.rx.hi);
			put_ticks(out, "ytics", &L.rx);
			fputs("set ylabel ", out);
			plot_put_string(out, u);
			fputs(" noenhanced\nset xzeroaxis linecolor rgb '#888888' linewidth 1\n"
			      "set label 902 'revision since the first print' at graph 0.01, graph 0.9 "
			      "left front noenhanced font note_font textcolor rgb note_color\n", out);
		}
		for (int k = 0; k < L.ng && !rev; k++) {
			const struct group *g = &L.g[k];
			const char *ax = g->y2 ? "y2" : "y";

			if (g->panel != p)
				continue;
			fprintf(out, "set %srange [%.15g:%.15g]\n", ax, g->ax.lo, g->ax.hi);
			put_ticks(out, g->y2 ? "y2tics" : "ytics", &g->ax);
			/* A unitless axis says nothing rather than "value". */
			fprintf(out, "set %slabel ", ax);
			plot_put_string(out, g->label);
			fputs(" noenhanced\n", out);
			if (g->y2)
				fputs("set border 11\n", out);
		}
		/* Earlier vintages first (pass 0), so that the latest values are drawn
		   over them. */
		for (size_t x = 0, k = 0; x < 2 * sp->nlines; x++) {
			size_t pass = x / sp->nlines, i = x % sp->nlines;
			const struct plot_line *l = &sp->lines[i];
			const struct group *g = &L.g[L.lg[i]];
			const char *axes = g->y2 ? "x1y2" : "x1y1";

			k = i == 0 ? 0 : k;
			k += !l->as_of && has[i];
			if (!has[i] || (rev ? !L.rev[i] || L.rev_group != (int)L.lg[i] : g->panel != p) ||
			    (!l->as_of) != (pass == 1))
				continue;
			next_element(out, &nelem);
			if (rev)
				fprintf(out, "$r%zu using 1:2 with boxes linetype %zu fillstyle solid 0.55 "
					"noborder notitle", i + 1, k);
			else if (l->as_of)
				fprintf(out, "$s%zu using 1:2 axes %s with lines linestyle 102 notitle",
					i + 1, axes);
			else
				fprintf(out, "$s%zu using 1:2 axes %s with %s linetype %zu dashtype %zu "
					"notitle", i + 1, axes, has[i] == 1 ? "points" : gaps[i] ?
					"linespoints pointtype 7 pointsize 0.6" : "lines", k, DASH(k));
			if (!rev && l->nfirst && !l->as_of) {
				next_element(out, &nelem);
				fprintf(out, "$f%zu using 1:2 axes %s with lines linetype %zu dashtype 2 "
					"linewidth 1.5 notitle", i + 1, axes, k);
			}
		}
		for (size_t kg = 0; kg <= MAX_MARK_KEYS && !rev; kg++)
			for (int a = 1; a <= 2 && gcount[kg]; a++) {
				int any = 0;

				for (size_t i = 0; i < sp->nmarks && !any; i++)
					any = mgroup[i] == (int)kg && sp->marks[i].line < sp->nlines &&
					      L.g[L.lg[sp->marks[i].line]].panel == p &&
					      L.g[L.lg[sp->marks[i].line]].y2 + 1 == a;
				if (!any)
					continue;
				next_element(out, &nelem);
				fprintf(out, "$marks using 1:(($3 == %zu && $5 == %d && $6 == %d) ? $2 : NaN) "
					"axes x1y%d with points linestyle 100 pointtype %d notitle",
					kg + 1, p, a, a, mark_pt[kg]);
				if (nflagged) {
					next_element(out, &nelem);
					fprintf(out, "$marks using 1:(($3 == %zu && $4 == 1 && $5 == %d && "
						"$6 == %d) ? $2 : NaN) axes x1y%d with points linestyle 101 "
						"notitle", kg + 1, p, a, a);
				}
			}
		if (!nelem)
			fputs("plot NaN notitle", out);
		fputs("\n", out);
		if (p == 0) {
			/* Drawn once: the title, the note and the style's background. */
			fputs("unset title\nunset label 901\nunset object 1\n", out);
		}
		fputs("unset xzeroaxis\nunset label 902\n", out);
	}
	if (key->n) {
		int nelem = 0;

		fputs("\n# The legend: one key for the whole chart, in rows below the plot areas.\n"
		      "set xdata\nset xrange [0:1]\nset yrange [0:1]\nunset xtics\nunset ytics\n"
		      "unset y2tics\nunset xlabel\nunset ylabel\nunset y2label\nunset grid\n"
		      "set border 0\n", out);
		fprintf(out, "set key at screen 0.5, screen %.4f center top horizontal maxcols %d "
			"samplen 2.5 spacing 1.0 width 1 reverse Left nobox noautotitle\n",
			9 * 2.2 / L.H + keyh, keycols);
		for (size_t i = 0; i < key->n; i++) {
			next_element(out, &nelem);
			fprintf(out, "NaN %s title ", key->sample[i]);
			plot_put_string(out, key->text[i]);
			fputs(" noenhanced", out);
		}
		fputs("\n", out);
	}
	fputs("unset multiplot\n", out);
	rc = 0;
	if (fflush(out) != 0 || ferror(out))
		rc = error("cannot write the gnuplot script: %s", strerror(errno));
out:
	for (size_t i = 0; i < sp->nlines; i++)
		free(L.rev[i]);
	free(L.rev), free(L.lg), free(key), free(has), free(gaps), free(mgroup);
	return rc;
}
