/*
 * tol.c - the tolerance conventions every rule shares: what interval a
 * written figure stands for, when two intervals agree, how far apart is a
 * warning and how far an error, and how numbers read in a message.
 *
 * Input: one fact or observation (or two sides). Output: plain values.
 *
 * Invariants:
 *  1. A written number stands for value +/- precision (half a unit of its
 *     last digit); a hedged one for at least TOL_HEDGE_REL of its value.
 *  2. Only changes are signed by direction: "fell 8%" is -8, while "fell to
 *     $11.5 billion" is a level of +11.5 bn.
 *  3. Every rule decides "agree" with tol_overlaps() and the severity of a
 *     disagreement with tol_severity(), so one figure reads the same in
 *     every rule's findings.
 *  4. A figure written with fewer digits than the other and equal to it cut
 *     toward zero ("169 billion" for 169.8 billion) agrees with rounding
 *     (tol_truncated): writers truncate amounts as often as they round
 *     them. Percentages are rounded by those who compute them: not there.
 *  6. A one-sided hedge ("almost 90", "over 3") is open on one side: it
 *     spans TOL_HEDGE_OPEN_REL of its value there (below and above in
 *     struct tol_side), TOL_HEDGE_REL on the other, as every hedge does.
 *  5. Two amounts said to be one figure but more than TOL_SAME_FIGURE_RATIO
 *     apart are more likely two figures misread as one (tol_far_apart):
 *     the rules that compare articles cap such a pair at info.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <string.h>

int tol_is_change(const struct fact *f)
{
	return measure_is_change(measure_parse(f->measure));
}

int tol_hedge_dir(const char *approx)
{
	static const char *const at_most[] = { "almost", "nearly", "close to", "under",
					       "up to", "below", "less than", "just under" };
	static const char *const at_least[] = { "over", "at least", "above", "more than",
						"in excess of" };

	if (!approx)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(at_most); i++)
		if (!strcmp(approx, at_most[i]))
			return -1;
	for (size_t i = 0; i < ARRAY_SIZE(at_least); i++)
		if (!strcmp(approx, at_least[i]))
			return 1;
	return 0;
}

/*
 * Invariant 6: every hedge spans TOL_HEDGE_REL either way; a one-sided one
 * ("almost", "over") spans TOL_HEDGE_OPEN_REL on its open side. Nothing is
 * narrowed: this can only miss a disagreement, never invent one.
 */
struct tol_side tol_side(const struct fact *f)
{
	struct tol_side s = { .value = 0 };
	int dir;

	s.value = f->value;
	if (tol_is_change(f) && !strcmp(f->direction, "down") && s.value > 0)
		s.value = -s.value;
	s.half = isfinite(f->precision) && f->precision > 0 ? f->precision : 0;
	if (f->approx[0] && s.half < TOL_HEDGE_REL * fabs(s.value))
		s.half = TOL_HEDGE_REL * fabs(s.value);
	if (f->approx[0] && (dir = tol_hedge_dir(f->approx)) &&
	    TOL_HEDGE_OPEN_REL * fabs(s.value) > s.half) {
		double more = TOL_HEDGE_OPEN_REL * fabs(s.value) - s.half;

		/* the open side in magnitude: toward zero for "almost", away
		 * from it for "over", whatever the sign */
		if ((dir < 0) == (s.value > 0))
			s.below = more;
		else
			s.above = more;
	}
	return s;
}

void tol_hedge_note(struct buf *b, const struct fact *f)
{
	struct tol_side s = tol_side(f);
	double v = fabs(s.value), p = isfinite(f->precision) ? f->precision : 0;
	char lo[FMT_NUM_MAX], hi[FMT_NUM_MAX];

	if (!f->approx || !f->approx[0] || v == 0 || !(s.half > p))
		return;
	if (s.below == 0 && s.above == 0) {
		buf_addf(b, " ('%s': +/-%s%%)", f->approx, fmt_num(100 * s.half / v, lo));
		return;
	}
	buf_addf(b, " ('%s': -%s%% to +%s%%)", f->approx, fmt_num(100 * (s.half + s.below) / v, lo),
		 fmt_num(100 * (s.half + s.above) / v, hi));
}

/* A release without a known precision is taken as exact. */
struct tol_side tol_obs_side(const struct observation *o)
{
	struct tol_side s = { .value = 0 };

	s.value = o->value;
	s.half = isfinite(o->precision) && o->precision > 0 ? o->precision : 0;
	return s;
}

int tol_overlaps(struct tol_side a, struct tol_side b)
{
	double slack = TOL_SLACK_REL * fmax(fabs(a.value), fabs(b.value));

	return a.value - a.half - a.below <= b.value + b.half + b.above + slack &&
	       b.value - b.half - b.below <= a.value + a.half + a.above + slack;
}

int tol_truncated(const struct fact *w, struct tol_side x)
{
	struct tol_side s = tol_side(w);
	double unit = 2 * s.half, a = fabs(s.value), b = fabs(x.value);
	double slack = TOL_SLACK_REL * fmax(a, b);

	if (strcmp(w->kind, "money") && strcmp(w->kind, "quantity"))
		return 0;
	if (w->approx[0] || !(unit > 0) || !(x.half < s.half) || a == 0 ||
	    (s.value < 0) != (x.value < 0))
		return 0;
	return b + slack >= a && b < a + unit - slack;
}

int tol_far_apart(double a, double b, double *ratio)
{
	double x = fabs(a), y = fabs(b);

	*ratio = 0;
	if (a == 0 || b == 0 || (a < 0) != (b < 0) || !isfinite(a) || !isfinite(b))
		return 0;
	*ratio = fmax(x, y) / fmin(x, y);
	return *ratio > TOL_SAME_FIGURE_RATIO;
}

double tol_rel_error(double actual, double expected)
{
	return expected != 0 ? (actual - expected) / expected : 0;
}

/* Against zero every difference is infinitely large: an error. */
enum severity tol_severity(int agree, double expected, double rel_error)
{
	if (agree)
		return SEV_INFO;
	if (expected != 0 && fabs(rel_error) < TOL_ERROR_REL)
		return SEV_WARNING;
	return SEV_ERROR;
}

double tol_pct_rounded(double p)
{
	double scale;

	if (p == 0 || fabs(p) >= 0.1)
		return round(p * 10) / 10;
	scale = pow(10, 1 - floor(log10(fabs(p))));
	return round(p * scale) / scale;
}

char *tol_fmt_pct(double p, char out[static FMT_NUM_MAX])
{
	double r = tol_pct_rounded(p);

	/* One decimal at least ("+25.0%"): a percentage for a person. */
	if (r == 0)
		snprintf(out, FMT_NUM_MAX, "0");
	else if (fabs(r) >= 0.1)
		snprintf(out, FMT_NUM_MAX, "%s%.1f", r > 0 ? "+" : "", r);
	else
		snprintf(out, FMT_NUM_MAX, "%s%.2g", r > 0 ? "+" : "", r);
	return out;
}

char *tol_fmt_sig(double v, int digits, char out[static FMT_NUM_MAX])
{
	double scale;

	if (v == 0 || !isfinite(v))
		return fmt_num(v, out);
	scale = pow(10, digits - 1 - floor(log10(fabs(v))));
	return fmt_num(round(v * scale) / scale, out);
}

/*
 * The figure a fact is about. Subject fields compare exactly, so an empty
 * flow, reporter or partner matches only an empty one. Treating empty as
 * "any" would not be an equivalence: a fact without a subject would belong
 * both to "CN imports from RU" and to "US imports from RU", which must never
 * be compared with each other, and no sort could form such groups. It would
 * also turn every subject the grammar missed into a comparison with whatever
 * figure happens to share the period. The price: two subjectless facts with
 * the same kind, unit, rate, measure and period are compared even if they
 * are about different trades; the finding quotes both, so a person sees it.
 * per is part of the key: 5.8 Mt a year and 0.5 Mt a month are not the same
 * written figure even when they describe the same trade.
 */
int check_figure_cmp(const struct fact *a, const struct fact *b)
{
	const char *ka[] = { a->kind, a->unit, a->per, a->measure, a->period,
			     a->flow, a->reporter, a->partner, a->commodity };
	const char *kb[] = { b->kind, b->unit, b->per, b->measure, b->period,
			     b->flow, b->reporter, b->partner, b->commodity };
	int c;

	for (size_t i = 0; i < ARRAY_SIZE(ka); i++)
		if ((c = strcmp(ka[i], kb[i])))
			return c;
	return 0;
}

static int same_str(const char *a, const char *b)
{
	return !strcmp(check_text(a), check_text(b));
}

int check_same_qualifiers(const struct fact *a, const struct fact *b)
{
	return same_str(a->adjustment, b->adjustment) && same_str(a->price, b->price) &&
	       same_str(a->basis, b->basis);
}

void tol_finding_sides(struct finding *out, const char *rule, const struct fact *f,
		       struct tol_side actual, struct tol_side expected, int agree)
{
	memset(out, 0, sizeof(*out));
	out->rule = rule;
	out->claim = f;
	out->period = f->period;
	out->has_values = 1;
	out->expected = expected.value;
	out->actual = actual.value;
	out->tolerance = actual.half + expected.half;
	out->rel_error = tol_rel_error(actual.value, expected.value);
	out->severity = tol_severity(agree, expected.value, out->rel_error);
}

void tol_finding_vs_obs(struct finding *out, const char *rule, const struct fact *f,
			const struct fact *other, const struct observation *o, struct tol_side actual,
			int agree)
{
	tol_finding_sides(out, rule, f, actual, tol_obs_side(o), agree);
	out->other = other;
	out->obs = o;
	out->series = o->series;
	out->period = o->period;
}

void tol_finding_vs_claim(struct finding *out, const char *rule, const struct fact *f,
			  const struct fact *other, int agree)
{
	tol_finding_sides(out, rule, f, tol_side(f), tol_side(other), agree);
	out->other = other;
}
