/*
 * axis.c - the chart's axes: periods as days, round tick steps, tick labels
 * with thousands separators, x ticks by the data's frequency, and the plan
 * that gives each unit its axis or panel (chart_plan).
 *
 * Input: periods as written ("2023", "2023-Q3", "2023-08", "2023-08-01") and
 * value ranges. Output: days, ranges and gnuplot `set ...tics` lines.
 *
 * Invariants:
 *  1. A period is drawn at its first day; a month may be written "2023-08"
 *     or "2023-08-01" and is the same month.
 *  2. Tick labels are text made here from digits, ',', '.', '-', month
 *     abbreviations and "Q": nothing from input reaches them.
 */
#include "report/chart_int.h"
#include "report/report.h"

#include "base/base.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const month_abbr[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

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
enum freq axis_period_parse(const char *p, long *start, long *next, long *idx)
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

void axis_day_str(long day, char out[static DATE_LEN])
{
	long y;
	int m, d;

	civil_from_days(day, &y, &m, &d);
	snprintf(out, 11, "%04ld-%02d-%02d", y, m, d);
}

int chart_period_date(const char *period, char out[static DATE_LEN])
{
	long s, e, i;

	if (axis_period_parse(period, &s, &e, &i) == F_NONE)
		return -1;
	axis_day_str(s, out);
	return 0;
}

int chart_period_span(const char *period, char start[static DATE_LEN], char next[static DATE_LEN])
{
	long s, e, i;

	if (axis_period_parse(period, &s, &e, &i) == F_NONE)
		return -1;
	axis_day_str(s, start);
	axis_day_str(e, next);
	return 0;
}

/* "1,234.5": v with dec decimals and thousands separators. */
void axis_fmt_tick(double v, int dec, char *out, size_t cap)
{
	char tmp[64];
	const char *p = tmp;
	size_t k = 0;

	snprintf(tmp, sizeof(tmp), "%.*f", dec, v);
	if (*p == '-') {
		/* "-0.0" is 0: no sign on a value that rounds to zero. */
		if (strspn(tmp + 1, "0.") != strlen(tmp + 1))
			out[k++] = '-';
		p++;
	}
	fmt_group_thousands(p, out + k, cap - k);
}


void axis_add(struct axis *a, double v)
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
void axis_finish(struct axis *a, int with_zero)
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
size_t axis_put_ticks(FILE *out, const char *axis, const struct axis *a)
{
	size_t widest = 0;
	int first = 1;

	fprintf(out, "set %s (", axis);
	for (double v = a->lo; v <= a->hi + a->step * 1e-6; v += a->step) {
		char lab[64];

		axis_fmt_tick(fabs(v) < a->step * 1e-6 ? 0 : v, a->dec, lab, sizeof(lab));
		fprintf(out, "%s'%s' %.15g", first ? "" : ", ", lab, v);
		widest = strlen(lab) > widest ? strlen(lab) : widest;
		first = 0;
	}
	fputs(")\n", out);
	return widest;
}

long axis_period_days(enum freq f)
{
	return f == F_YEAR ? 365 : f == F_QUARTER ? 91 : f == F_MONTH ? 30 : 1;
}

/* x ticks: a step in months (or years) that leaves room between labels. */
void axis_put_xtics(FILE *out, long xlo, long xhi, enum freq freq, double plot_px, double em,
		     int labelled)
{
	static const int steps[] = { 1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200 };
	long y0, y1;
	int m0, m1, d, step = 1200, first = 1;

	civil_from_days(xlo, &y0, &m0, &d);
	civil_from_days(xhi, &y1, &m1, &d);
	for (size_t i = 0; i < ARRAY_SIZE(steps); i++) {
		int s = steps[i], chars = s >= 12 ? 4 : freq == F_QUARTER ? 7 : 8;
		long count = ((y1 * 12 + m1) - (y0 * 12 + m0)) / s + 1;

		if ((freq == F_YEAR && s < 12) || (freq == F_QUARTER && s % 3))
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
		char lab[24], date[DATE_LEN];

		if (step >= 12 ? (m != 0 || y % (step / 12)) : mi % step)
			continue;
		if (days_from_civil(y, m + 1, 1) < xlo - 20)
			continue;
		if (!labelled)
			lab[0] = '\0';
		else if (step >= 12)
			snprintf(lab, sizeof(lab), "%04ld", y);
		else if (freq == F_QUARTER)
			snprintf(lab, sizeof(lab), "%04ld-Q%d", y, m / 3 + 1);
		else
			snprintf(lab, sizeof(lab), "%s %04ld", month_abbr[m], y);
		axis_day_str(days_from_civil(y, m + 1, 1), date);
		fprintf(out, "%s'%s' '%s'", first ? "" : ", ", lab, date);
		first = 0;
	}
	fputs(")\nunset mxtics\n", out);
}

int chart_in_range(const struct layout *L, const char *period, long *day)
{
	long s, e, i;

	if (axis_period_parse(period, &s, &e, &i) == F_NONE)
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
int chart_plan(struct layout *L)
{
	const struct plot_spec *sp = L->spec;
	long s, e, i, day;

	L->from = LONG_MIN / 2, L->to = LONG_MAX / 2;
	if (sp->from && axis_period_parse(sp->from, &s, &e, &i) != F_NONE)
		L->from = s;
	if (sp->to && axis_period_parse(sp->to, &s, &e, &i) != F_NONE)
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
			if (isfinite(l->pts[j].value) && chart_in_range(L, l->pts[j].period, &day)) {
				axis_add(&L->g[g].ax, l->pts[j].value / L->g[g].scale);
				see_x(L, day, axis_period_parse(l->pts[j].period, &s, &e, &i));
			}
		for (size_t j = 0; j < l->nfirst; j++)
			if (chart_in_range(L, l->first[j].period, &day))
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
				    chart_in_range(L, l->pts[j].period, &day)) {
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

		if (L->ng && isfinite(m->value) && chart_in_range(L, m->period, &day)) {
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
