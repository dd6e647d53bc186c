/*
 * rule_official.c - a level claimed in an article against the recorded
 * series for its subject and period, as the series stands now and as it
 * stood on the day the article appeared.
 *
 * Input: the facts and every vintage of every observation. Output: one
 * finding per (claim, matching series holding the claim's period).
 *
 * Invariants:
 *  1. A claim meets a series only when reporter, partner, flow, measure and
 *     unit are equal (a monthly "level" never meets a "ytd" series) and
 *     the commodities fit (series_commodity_fits). A claim with no subject
 *     at all (no flow, reporter or partner) meets no series: it could be
 *     about anything in that currency.
 *  2. Two vintages are consulted: the latest, and the one current on the
 *     article's date (the last released on or before it). A claim that
 *     agrees with the second but not the first was right when written and
 *     later revised: that is info, never a warning or an error.
 *  3. Tolerance: the claim's interval (precision as written, hedges wider;
 *     tol.c) plus the observation's own precision as published.
 *  4. Lookups are binary searches (series.c); order is the facts' input
 *     order, then the series index order: deterministic.
 *  5. Like with like (basis.c): a series whose adjustment or price differs
 *     from the claim's is not compared; one side's basis unknown caps the
 *     finding at info, the claim's subject or period inferred at warning,
 *     a twin in the claim's sentence (basis_twin) at info, and so the base
 *     of a forecast no official source gives (basis_forecast_base).
 *  6. A claim that quotes an earlier estimate ("previously published") or
 *     calls itself revised is the revision rule's: its value is about a
 *     particular vintage, not about the latest.
 *  7. A claim about a quarter or a year meets a series stored at that
 *     frequency as it is; a series of months (or quarters) answers it only
 *     when it holds every part of the period and says how it adds up:
 *     summed (aggregation sum: flows) or averaged (mean: rates), said in
 *     the finding. A series with no aggregation is not derived from.
 *  8. A claim that is the value cut to its written digits (tol_truncated)
 *     agrees with rounding, and the message says so.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <string.h>

static int compared(const struct fact *f)
{
	if (f->status && (!strcmp(f->status, "previous") || !strcmp(f->status, "revised")))
		return 0;
	return (!strcmp(f->kind, "money") || !strcmp(f->kind, "quantity")) &&
	       (!strcmp(f->measure, "level") || !strcmp(f->measure, "ytd")) &&
	       f->period[0] && !f->per[0] && isfinite(f->value) &&
	       (f->flow[0] || f->reporter[0] || f->partner[0]);
}

/* "; as known on 2023-09-19 (vintage of 2023-09-07): 11500000000, by +3%",
 * the clause about the vintage current on the article's date. */
static void add_asof(struct buf *b, const struct fact *f, const struct observation *latest,
		     const struct observation *asof, struct tol_side c)
{
	char v[FMT_NUM_MAX], p[FMT_NUM_MAX];

	if (!f->published[0]) {
		buf_adds(b, "; the article has no date, so no vintage as of then");
	} else if (!asof) {
		buf_addf(b, "; no vintage was released by %s, when the article appeared",
			 f->published);
	} else if (asof == latest) {
		buf_addf(b, ", also current when the article appeared on %s", f->published);
	} else if (tol_overlaps(c, tol_obs_side(asof))) {
		buf_addf(b, "; as known on %s (vintage of %s) it was %s, which agrees too",
			 f->published, asof->released, fmt_human(asof->value, asof->unit, fmt_human_sig(c.value, asof->value, 0), v));
	} else {
		buf_addf(b, "; as known on %s (vintage of %s) it was %s, by %s%%",
			 f->published, asof->released, fmt_human(asof->value, asof->unit, fmt_human_sig(c.value, asof->value, 0), v),
			 tol_fmt_pct(tol_rel_error(c.value, asof->value) * 100, p));
	}
}

/* The parts of a claim's period in a series whose periods look like
 * sample ("2023-08" months, "2023-Q3" quarters): "2023-Q1" of months is
 * 2023-01..03, "2023" of months 2023-01..12, of quarters 2023-Q1..Q4.
 * Returns how many (0: none, the period is not made of such parts). */
static int period_parts(const char *period, const char *sample, char parts[12][24])
{
	int month = strlen(sample) == 7 && sample[4] == '-' && sample[5] != 'Q';
	int quarter = strlen(sample) == 7 && sample[5] == 'Q';
	size_t n = strlen(period);

	if (n == 7 && period[4] == '-' && period[5] == 'Q' && month) {
		int q = period[6] - '0';

		if (q < 1 || q > 4)
			return 0;
		for (int i = 0; i < 3; i++)
			snprintf(parts[i], sizeof(parts[i]), "%.4s-%02d", period, (q - 1) * 3 + i + 1);
		return 3;
	}
	if (n == 4 && (month || quarter)) {
		for (int i = 0; i < (month ? 12 : 4); i++)
			snprintf(parts[i], sizeof(parts[i]), month ? "%.4s-%02d" : "%.4s-Q%d", period, i + 1);
		return month ? 12 : 4;
	}
	return 0;
}

/*
 * The claim's period derived from a series of shorter periods (invariant
 * 7): *lat and *asof get the latest and as-of values of the whole period,
 * summed or averaged, with the precision of the parts added (averaged); the
 * newest contributing observation's id, vintage and release. *has_asof is 0
 * when some part had no vintage by the article's date. 1 when derived.
 */
static int derive(struct series_ix *ix, const struct series_ent *e, const struct fact *f,
		  struct observation *lat, struct observation *asof, int *has_asof,
		  char how[static 64])
{
	const char *agg = e->head->aggregation;
	char parts[12][24];
	int n, mean = agg && !strcmp(agg, "mean");

	if (!agg || (!mean && strcmp(agg, "sum")) ||
	    !(n = period_parts(f->period, e->head->period, parts)))
		return 0;
	*has_asof = f->published[0] != 0;
	for (int i = 0; i < n; i++) {
		const struct observation *l, *a;
		struct obs_span sp;

		if (!series_period(ix, e, parts[i], &sp) || !(l = series_latest(&sp)))
			return 0;
		a = series_asof(&sp, f->published);
		if (i == 0) {
			*lat = *l;
			lat->value = lat->precision = 0;
			*asof = *lat;
		}
		if (strcmp(l->released, lat->released) > 0)
			lat->released = l->released, lat->id = l->id, lat->vintage = l->vintage;
		lat->value += l->value;
		lat->precision += l->precision;
		if (!a) {
			*has_asof = 0;
		} else {
			if (strcmp(a->released, asof->released) > 0)
				asof->released = a->released, asof->id = a->id,
				asof->vintage = a->vintage;
			asof->value += a->value;
			asof->precision += a->precision;
		}
	}
	if (mean) {
		lat->value /= n, lat->precision /= n;
		asof->value /= n, asof->precision /= n;
	}
	lat->period = asof->period = f->period;
	snprintf(how, 64, "%s over its %d %s", mean ? "the mean" : "the sum", n,
		 n == 4 ? "quarters" : "months");
	return 1;
}

/* Fills out for claim f against one series' vintages of its period. */
static void compare(const struct fact *f, const struct observation *latest,
		    const struct observation *asof, const struct basis_cmp *bc,
		    const char *derived, struct finding *out, struct buf *msg)
{
	struct tol_side c = tol_side(f), l = tol_obs_side(latest);
	int cut_latest = !tol_overlaps(c, l) && tol_truncated(f, l);
	int agree_latest = tol_overlaps(c, l) || cut_latest;
	int agree_asof = asof && (tol_overlaps(c, tol_obs_side(asof)) ||
				  tol_truncated(f, tol_obs_side(asof)));
	const struct observation *o = !agree_latest && agree_asof ? asof : latest;
	char v[FMT_NUM_MAX], w[FMT_NUM_MAX], p[FMT_NUM_MAX];
	int sig = fmt_human_sig(c.value, o->value, 0);

	if (fmt_human_sig(o->value, latest->value, 0) > sig)
		sig = fmt_human_sig(o->value, latest->value, 0);
	/* o is of the claim's own period (series_period above). */
	tol_finding_vs_obs(out, rule_official.name, f, NULL, o, c, agree_latest || agree_asof);

	buf_reset(msg);
	if (agree_latest) {
		buf_addf(msg, "%s agrees with %s %s = %s in the latest vintage (released %s)",
			 f->text, o->series, o->period, fmt_human(o->value, o->unit, sig, v),
			 o->released);
		if (cut_latest)
			buf_adds(msg, ", with rounding: the value cut to the claim's written "
				 "digits, not rounded");
		add_asof(msg, f, latest, asof, c);
	} else if (agree_asof) {
		buf_addf(msg, "%s was right when written: %s %s = %s in the vintage of %s, "
			 "current on %s, since revised to %s (%s%%) in the vintage of %s",
			 f->text, o->series, o->period, fmt_human(o->value, o->unit, sig, v),
			 o->released, f->published, fmt_human(latest->value, o->unit, sig, w),
			 tol_fmt_pct(tol_rel_error(latest->value, o->value) * 100, p),
			 latest->released);
	} else {
		buf_addf(msg, "%s disagrees with %s %s = %s by %s%% in the latest vintage "
			 "(released %s)", f->text, o->series, o->period, fmt_human(o->value, o->unit, sig, v),
			 tol_fmt_pct(out->rel_error * 100, p), o->released);
		add_asof(msg, f, latest, asof, c);
	}
	if (derived)
		buf_addf(msg, " (%s: %s)", latest->period, derived);
	basis_finish(out, bc, msg);
}

static int official_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct series_ix local, *ix = series_ix_of(in, &local);
	struct buf msg = BUF_INIT;
	struct finding out;
	int rc = 0;

	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		const struct fact *f = &in->facts[i];
		size_t first, n;

		if (!compared(f))
			continue;
		n = series_ix_find(ix, f->reporter, f->partner, f->flow, f->measure, f->unit, &first);
		for (size_t k = first; k < first + n && !rc; k++) {
			const struct observation *latest;
			struct observation dl, da;
			struct basis_cmp bc;
			struct obs_span sp;
			int has_asof;
			char how[64];

			if (!basis_claim_entry(f, &ix->v[k], in->facts, in->nfacts, &bc))
				continue;
			basis_cap_forecast_base(&bc, f, basis_forecast_base(f, in->facts, in->nfacts));
			if (series_period(ix, &ix->v[k], f->period, &sp) &&
			    (latest = series_latest(&sp))) {
				compare(f, latest, series_asof(&sp, f->published), &bc,
					NULL, &out, &msg);
			} else if (derive(ix, &ix->v[k], f, &dl, &da, &has_asof, how)) {
				/* The same release and value: the as-of is the latest. */
				const struct observation *asof = !has_asof ? NULL
					: !strcmp(da.released, dl.released) && da.value == dl.value
					? &dl : &da;

				compare(f, &dl, asof, &bc, how, &out, &msg);
			} else {
				continue;
			}
			rc = emit(ctx, &out);
		}
	}
	buf_release(&msg);
	return series_ix_done(ix, &local, rc);
}

const struct rule rule_official = {
	.name = "official",
	.summary = "a level against the recorded series, latest and as of the article's date",
	.order = CHECK_BY_DOCUMENT,
	.run = official_run,
};
