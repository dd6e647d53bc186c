/*
 * rule_growth.c - a percentage change against the series it describes, and
 * a level with its change in one sentence against the base they imply.
 *
 * Input: the facts and every vintage of every observation. Output:
 *  a. per change claim (change_yoy, change_mom, or "change" with the basis
 *     unstated) and matching level series: the claim against the change the
 *     series shows (Aug 2023 over Aug 2022, or over Jul 2023);
 *  b. per level and change claim of one sentence, period and subject ("rose
 *     3% to $11.5 billion"): the base they imply ($11.17 billion a year
 *     before) against the series' value for the base period, when it holds one.
 *
 * Invariants:
 *  1. A change is signed by its direction ("fell 8%" is -8; tol.c).
 *  2. Tolerance of a: the claim's interval plus what the observations'
 *     precisions allow the ratio, 100 (dn + r db) / b percentage points.
 *     Tolerance of b: the implied base's interval (the level's and the
 *     change's intervals at their extremes, taken symmetric at its widest)
 *     plus the base observation's precision.
 *  3. An unstated basis is year-on-year, as trade news means it, and
 *     month-on-month only when no year-ago value is recorded. A change that
 *     misses its basis but fits the other one says so.
 *  4. a uses the latest vintages, and those current on the article's date
 *     when the latest disagree (right when written: info); b uses the latest.
 *  5. A change meets every level series of its subject whatever the unit
 *     (a percentage says nothing of value or volume); the finding names the
 *     series. A level meets only series in its own unit.
 *  6. Lookups are binary searches; findings come in the facts' input order.
 *  7. Like with like (basis_claim_series, for the change and for the level
 *     of b): a series whose subject, adjustment or price is not the claim's
 *     is not compared, nor a period not over on the article's date; a
 *     product group against a series of all goods, or a field unknown on
 *     one side, caps at info; a subject or period inferred from context (or
 *     whose source was not recorded) caps at warning, so an error needs
 *     every compared field stated; a twin in the sentence (basis_twin) caps
 *     at info.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/*
 * A change that misses by less than one percentage point beyond its
 * tolerance, in the right direction, is a warning (a revision, another
 * rounding); from one point on, or the wrong direction, an error. Relative
 * error means little for percentages (3% vs 2.7% is 11% apart), so the
 * gap is read in points.
 */
#define WARN_PP 1.0

enum basis { YOY, MOM };

static const char *const basis_names[] = { "year-on-year", "month-on-month" };

static enum basis flip(enum basis b)
{
	return b == YOY ? MOM : YOY;
}

/* A change as a series shows it. */
struct chg {
	const struct observation *now, *base;	/* borrowed */
	double pct;	/* (now / base - 1) * 100 */
	double half;	/* what the two precisions allow it, percentage points */
};

/*
 * The period one basis step before p: a year before for YOY ("2023-08" ->
 * "2022-08", "2023-Q3" -> "2022-Q3", "2023" -> "2022"), a month before for
 * MOM ("2023-01" -> "2022-12"; months only). Returns -1 when p has none.
 */
static int period_before(const char *p, enum basis b, char out[static 16])
{
	size_t n = strlen(p);
	int y, m;

	if (n < 4 || sscanf(p, "%4d", &y) != 1 || y <= YEAR_MIN)
		return -1;
	if (n == 7 && p[4] == '-' && sscanf(p + 5, "%2d", &m) == 1 && m >= 1 && m <= 12) {
		if (b == YOY)
			y--;
		else if (--m == 0)
			m = 12, y--;	/* December of the year before */
		snprintf(out, 16, "%04d-%02d", y, m);
		return 0;
	}
	if (b == MOM)
		return -1;
	if (n == 4 || (n == 7 && p[4] == '-' && p[5] == 'Q')) {
		snprintf(out, 16, "%04d%s", y - 1, p + 4);
		return 0;
	}
	return -1;
}

static const struct observation *pick(const struct obs_span *sp, const char *date)
{
	return date ? series_asof(sp, date) : series_latest(sp);
}

/* The change e shows at period over basis b, from the latest vintages
 * (date NULL) or those current on date. Returns 0 when it shows none. */
static int change_at(struct series_ix *ix, const struct series_ent *e,
		     const char *period, enum basis b, const char *date, struct chg *out)
{
	char base[16];
	struct obs_span sp;
	double r;

	if (period_before(period, b, base) < 0 || !series_period(ix, e, period, &sp) ||
	    !(out->now = pick(&sp, date)) || !series_period(ix, e, base, &sp) ||
	    !(out->base = pick(&sp, date)) || out->base->value == 0)
		return 0;
	r = out->now->value / out->base->value;
	out->pct = (r - 1) * 100;
	out->half = 100 * (tol_obs_side(out->now).half + fabs(r) * tol_obs_side(out->base).half) /
		    fabs(out->base->value);
	return 1;
}

static int subject_known(const struct fact *f)
{
	return f->flow[0] || f->reporter[0] || f->partner[0];
}

static int is_change_claim(const struct fact *f)
{
	return !strcmp(f->kind, "percent") && !strcmp(f->unit, "%") && tol_is_change(f) &&
	       f->period[0] && isfinite(f->value) && subject_known(f);
}

static int is_level_claim(const struct fact *f)
{
	return (!strcmp(f->kind, "money") || !strcmp(f->kind, "quantity")) &&
	       measure_parse(f->measure) == MEASURE_LEVEL && !f->per[0] && f->period[0] &&
	       isfinite(f->value) && subject_known(f);
}

/* "3% (up, year-on-year)", "8% (down, basis unstated)" */
static void add_claim(struct buf *b, const struct fact *f)
{
	buf_addf(b, "%s (", f->text);
	if (f->direction[0])
		buf_addf(b, "%s, ", f->direction);
	enum measure m = measure_parse(f->measure);

	if (m == MEASURE_CHANGE_YOY)
		buf_adds(b, "year-on-year)");
	else if (m == MEASURE_CHANGE_MOM)
		buf_adds(b, "month-on-month)");
	else
		buf_adds(b, "basis unstated)");
}

/* "CN.IMP.RU 2023-08 over 2022-08 is +2.7% (11500000000 over 11200000000,
 * vintages of 2023-09-07 and 2022-09-10)" */
static void add_chg(struct buf *b, const struct chg *c)
{
	char p[FMT_NUM_MAX], n[FMT_NUM_MAX], d[FMT_NUM_MAX];
	int sig = fmt_human_sig(c->now->value, c->base->value, 0);

	buf_addf(b, "%s %s over %s is %s%% (%s over %s, vintages of %s and %s)",
		 c->now->series, c->now->period, c->base->period, tol_fmt_pct(c->pct, p),
		 fmt_human(c->now->value, c->now->unit, sig, n),
		 fmt_human(c->base->value, c->base->unit, sig, d),
		 c->now->released, c->base->released);
}

static int chg_fits(struct tol_side c, const struct chg *s)
{
	return tol_overlaps(c, (struct tol_side){ .value = s->pct, .half = s->half });
}

static void fill(struct finding *out, const struct fact *f, struct tol_side c,
		 const struct chg *s)
{
	memset(out, 0, sizeof(*out));
	out->rule = rule_growth.name;
	out->claim = f;
	out->obs = s->now;
	out->series = s->now->series;
	out->period = f->period;
	out->has_values = 1;
	out->expected = s->pct;
	out->actual = c.value;
	out->tolerance = c.half + s->half;
	out->rel_error = tol_rel_error(c.value, s->pct);
}

/*
 * Part a for one claim and one series; returns 0 with nothing in out when
 * the series shows no change for the claim's basis.
 */
static int compare_change(struct series_ix *ix, const struct series_ent *e,
			  const struct fact *f, const struct basis_cmp *bc, struct finding *out,
			  struct buf *msg)
{
	struct tol_side c = tol_side(f);
	enum measure m = measure_parse(f->measure);
	int unstated = m == MEASURE_CHANGE;
	enum basis b = m == MEASURE_CHANGE_MOM ? MOM : YOY;
	struct chg want, other, then;
	int have_other, fits_other;
	char p[FMT_NUM_MAX];

	if (!change_at(ix, e, f->period, b, NULL, &want)) {
		/* An unstated basis falls back to the only one recorded. */
		if (!unstated || !change_at(ix, e, f->period, flip(b), NULL, &want))
			return 0;
		b = flip(b);
		have_other = 0;
	} else {
		have_other = change_at(ix, e, f->period, flip(b), NULL, &other);
	}
	fits_other = have_other && chg_fits(c, &other);
	buf_reset(msg);
	add_claim(msg, f);
	if (chg_fits(c, &want)) {
		fill(out, f, c, &want);
		out->severity = SEV_INFO;
		buf_addf(msg, " agrees with the %s change: ", basis_names[b]);
		add_chg(msg, &want);
	} else if (change_at(ix, e, f->period, b, f->published, &then) && chg_fits(c, &then)) {
		fill(out, f, c, &then);
		out->severity = SEV_INFO;
		buf_addf(msg, " was right when written (%s): ", f->published);
		add_chg(msg, &then);
		buf_addf(msg, "; revised since to %s%%", tol_fmt_pct(want.pct, p));
	} else if (fits_other && unstated) {
		/* Nothing was written about the basis: the one that fits is it. */
		fill(out, f, c, &other);
		out->severity = SEV_INFO;
		buf_addf(msg, " agrees with the %s change: ", basis_names[flip(b)]);
		add_chg(msg, &other);
		buf_addf(msg, " (%s it is %s%%)", basis_names[b], tol_fmt_pct(want.pct, p));
	} else {
		double gap = fabs(c.value - want.pct) - c.half - want.half;

		fill(out, f, c, &want);
		if (fits_other)
			out->severity = SEV_WARNING;
		else if ((c.value > 0 && want.pct < 0) || (c.value < 0 && want.pct > 0) ||
			 gap >= WARN_PP)
			out->severity = SEV_ERROR;
		else
			out->severity = SEV_WARNING;
		buf_addf(msg, " disagrees with the %s change: ", basis_names[b]);
		add_chg(msg, &want);
		if (fits_other)
			buf_addf(msg, "; it fits the %s change (%s%%): written as %s, it is %s",
				 basis_names[flip(b)], tol_fmt_pct(other.pct, p), basis_names[b],
				 basis_names[flip(b)]);
		else if (have_other)
			buf_addf(msg, "; %s it is %s%%, %s", basis_names[flip(b)],
				 tol_fmt_pct(other.pct, p),
				 fabs(c.value - other.pct) < fabs(c.value - want.pct)
				 ? "closer but no fit either" : "no fit either");
	}
	basis_finish(out, bc, msg);
	return 1;
}

/* ---- b: a level and its change in one sentence ----------------------- */

/* Levels sort by where they stand: document, period, subject, sentence
 * (the long string last, so it is compared only when all else is equal). */
static int sentence_cmp(const struct fact *a, const struct fact *b)
{
	const char *ka[] = { a->period, a->reporter, a->partner, a->flow, a->commodity,
			     a->sentence };
	const char *kb[] = { b->period, b->reporter, b->partner, b->flow, b->commodity,
			     b->sentence };
	int c;

	if (a->doc_id != b->doc_id)
		return (a->doc_id > b->doc_id) - (a->doc_id < b->doc_id);
	for (size_t i = 0; i < ARRAY_SIZE(ka); i++)
		if ((c = strcmp(ka[i], kb[i])))
			return c;
	return 0;
}

static int level_ptr_cmp(const void *pa, const void *pb)
{
	const struct fact *a = *(const struct fact *const *)pa;
	const struct fact *b = *(const struct fact *const *)pb;
	int c = sentence_cmp(a, b);

	return c ? c : (a > b) - (a < b);
}

/*
 * Part b for change f, level l and the level's series e: returns 0 when the
 * series has no value for the base period or the change is -100% or less.
 */
static int compare_base(struct series_ix *ix, const struct series_ent *e,
			const struct fact *f, const struct fact *l, const struct basis_cmp *bc,
			struct finding *out, struct buf *msg)
{
	struct tol_side c = tol_side(f), v = tol_side(l), implied = { .value = 0 };
	enum basis b = measure_parse(f->measure) == MEASURE_CHANGE_MOM ? MOM : YOY;
	const struct observation *o;
	char base[16], x[FMT_NUM_MAX], lo_s[FMT_NUM_MAX], hi_s[FMT_NUM_MAX], ov[FMT_NUM_MAX], p[FMT_NUM_MAX];
	double lo, hi;
	struct obs_span sp;
	int agree, sig;

	if (period_before(l->period, b, base) < 0 || !series_period(ix, e, base, &sp) ||
	    !(o = series_latest(&sp)) || 1 + (c.value + c.half) / 100 <= 0 ||
	    1 + (c.value - c.half) / 100 <= 0)
		return 0;
	implied.value = v.value / (1 + c.value / 100);
	lo = (v.value - v.half) / (1 + (c.value + c.half) / 100);
	hi = (v.value + v.half) / (1 + (c.value - c.half) / 100);
	implied.half = fmax(implied.value - lo, hi - implied.value);
	agree = tol_overlaps(implied, tol_obs_side(o));

	tol_finding_vs_obs(out, rule_growth.name, f, l, o, implied, agree);

	buf_reset(msg);
	buf_addf(msg, "%s with ", l->text);
	add_claim(msg, f);
	sig = fmt_human_sig(lo, hi, (hi - lo) / 20);
	if (fmt_human_sig(implied.value, o->value, 0) > sig)
		sig = fmt_human_sig(implied.value, o->value, 0);
	buf_addf(msg, " implies %s in %s (%s to %s); %s %s = %s in the vintage of %s",
		 fmt_human(implied.value, o->unit, sig, x), base, fmt_human(lo, o->unit, sig, lo_s),
		 fmt_human(hi, o->unit, sig, hi_s), o->series, o->period,
		 fmt_human(o->value, o->unit, sig, ov), o->released);
	if (agree)
		buf_adds(msg, ", which agrees");
	else
		buf_addf(msg, ", off by %s%%", tol_fmt_pct(out->rel_error * 100, p));
	basis_finish(out, bc, msg);
	return 1;
}

/* The levels in the sentence of change f, as [*first, *first + count) of
 * the sorted levels, by binary search. */
static size_t levels_of(const struct fact *const *lv, size_t n, const struct fact *f,
			size_t *first)
{
	size_t lo = 0, hi = n, end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sentence_cmp(lv[mid], f) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < n && !sentence_cmp(lv[end], f); end++)
		;
	*first = lo;
	return end - lo;
}

/*
 * Invariant 7: whether change f (and level l, or NULL) may meet the series
 * of head, and the cap on the finding: each claim against the series as
 * basis_claim_series() has it (subject, adjustment, price, product group
 * against all goods, a period not over, the claims' sources), the lower cap
 * of the two, and a twin of either in its sentence caps at info.
 */
static int comparable(const struct fact *f, const struct fact *l,
		      const struct observation *head, const struct fact *facts, size_t nfacts,
		      struct basis_cmp *out)
{
	struct basis_cmp lb;

	basis_claim_series(f, head, out);
	if (!out->comparable)
		return 0;
	if (l) {
		basis_claim_series(l, head, &lb);
		if (!lb.comparable)
			return 0;
		if (lb.cap < out->cap)
			*out = lb;
		basis_cap_twin(out, l, basis_twin_in(l, facts, nfacts));
	}
	basis_cap_twin(out, f, basis_twin_in(f, facts, nfacts));
	return 1;
}

static int growth_fact(struct series_ix *ix, const struct fact *const *lv, size_t nlv,
		       const struct fact *facts, size_t nfacts, const struct fact *f,
		       finding_fn emit, void *ctx, struct buf *msg)
{
	struct finding out;
	size_t first, n, lf, ln;
	int rc = 0;

	n = series_ix_find(ix, f->reporter, f->partner, f->flow, measure_name(MEASURE_LEVEL),
			   NULL, &first);
	for (size_t k = first; k < first + n && !rc; k++) {
		struct basis_cmp bc;

		if (!comparable(f, NULL, ix->v[k].head, facts, nfacts, &bc))
			continue;
		if (series_commodity_fits(&ix->v[k], f->commodity) &&
		    compare_change(ix, &ix->v[k], f, &bc, &out, msg))
			rc = emit(ctx, &out);
	}

	ln = levels_of(lv, nlv, f, &lf);
	for (size_t j = lf; j < lf + ln && !rc; j++) {
		const struct fact *l = lv[j];

		n = series_ix_find(ix, l->reporter, l->partner, l->flow,
				   measure_name(MEASURE_LEVEL), l->unit, &first);
		for (size_t k = first; k < first + n && !rc; k++) {
			struct basis_cmp bc;

			if (!comparable(f, l, ix->v[k].head, facts, nfacts, &bc))
				continue;
			if (series_commodity_fits(&ix->v[k], l->commodity) &&
			    compare_base(ix, &ix->v[k], f, l, &bc, &out, msg))
				rc = emit(ctx, &out);
		}
	}
	return rc;
}

static int growth_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct series_ix local, *ix;
	struct buf msg = BUF_INIT;
	const struct fact **lv;
	size_t nlv = 0;
	int rc = 0;

	if (!in->nfacts || (!in->ix && !in->nobs))
		return 0;
	ix = series_ix_of(in, &local);
	lv = xcalloc(in->nfacts, sizeof(*lv));
	for (size_t i = 0; i < in->nfacts; i++)
		if (is_level_claim(&in->facts[i]))
			lv[nlv++] = &in->facts[i];
	qsort(lv, nlv, sizeof(*lv), level_ptr_cmp);
	for (size_t i = 0; i < in->nfacts && !rc; i++)
		if (is_change_claim(&in->facts[i]))
			rc = growth_fact(ix, lv, nlv, in->facts, in->nfacts, &in->facts[i], emit,
					 ctx, &msg);
	free(lv);
	buf_release(&msg);
	return series_ix_done(ix, &local, rc);
}

const struct rule rule_growth = {
	.name = "growth",
	.summary = "a yoy or mom change against the series, and a level with its change",
	.order = CHECK_BY_DOCUMENT,
	.run = growth_run,
};
