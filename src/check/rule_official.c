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
 *     finding at info, the claim's subject or period inferred at warning.
 *  6. A claim that quotes an earlier estimate ("previously published") or
 *     calls itself revised is the revision rule's: its value is about a
 *     particular vintage, not about the latest.
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
static void add_asof(struct buf *b, const struct fact *f, const struct obs *latest,
		     const struct obs *asof, struct tol_side c)
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

/* Fills out for claim f against one series' vintages of its period. */
static void compare(const struct fact *f, const struct obs *latest, const struct obs *asof,
		    const struct basis_cmp *bc, struct finding *out, struct buf *msg)
{
	enum severity s0;
	struct tol_side c = tol_side(f), l = tol_obs_side(latest);
	int agree_latest = tol_overlaps(c, l);
	int agree_asof = asof && tol_overlaps(c, tol_obs_side(asof));
	const struct obs *o = !agree_latest && agree_asof ? asof : latest;
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
	s0 = out->severity;
	out->severity = basis_apply(bc, s0);
	basis_explain(msg, bc, s0, out->severity);
	str_copy(out->message, sizeof(out->message), msg->s, msg->len);
}

static int official_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct series_ix ix;
	struct buf msg = BUF_INIT;
	struct finding out;
	int rc = 0;

	series_ix_init(&ix, in);
	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		const struct fact *f = &in->facts[i];
		size_t first, n;

		if (!compared(f))
			continue;
		n = series_ix_find(&ix, f->reporter, f->partner, f->flow, f->measure, f->unit, &first);
		for (size_t k = first; k < first + n && !rc; k++) {
			const struct obs *latest;
			struct basis_cmp bc;
			size_t lo, hi;

			basis_claim_series(f, ix.v[k].head, &bc);
			if (!bc.comparable || !series_commodity_fits(&ix.v[k], f->commodity) ||
			    !series_period(&ix, &ix.v[k], f->period, &lo, &hi) ||
			    !(latest = series_latest(&ix, lo, hi)))
				continue;
			compare(f, latest, series_asof(&ix, lo, hi, f->published), &bc, &out, &msg);
			rc = emit(ctx, &out);
		}
	}
	buf_release(&msg);
	series_ix_release(&ix);
	return rc;
}

const struct rule rule_official = {
	.name = "official",
	.summary = "a level against the recorded series, latest and as of the article's date",
	.run = official_run,
};
