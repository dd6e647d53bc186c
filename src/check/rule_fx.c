/*
 * rule_fx.c - an amount given in two currencies ("5 billion yuan ($685
 * million)") against the exchange-rate series for that month.
 *
 * Input: the facts (fact.pair links the two halves) and the observations.
 * Output: one finding per pair and rate series holding its month: the rate
 * the article implies, the rate recorded, and whether they agree.
 *
 * Invariants:
 *  1. A rate series is any series whose unit is "A/B" (units of A per B,
 *     "CNY/USD"); a pair in A and B meets "A/B" and "B/A" alike.
 *  2. The amount written first is the original and taken as exact; the one
 *     written second is the conversion, rounded, and its rounding (hedge
 *     included) is the whole width of the implied rate: 5000/685.5 to
 *     5000/684.5. The recorded rate adds its own precision.
 *  3. The month is the claim's period when it has one, else the month of
 *     the article's date; the value is the latest vintage's (an exchange
 *     rate is seldom revised; a monthly average is final once published).
 *  4. Each pair gives findings once, at its second half; the pair is found
 *     by binary search on claim ids, the series by binary search on units. *  5. An error needs the month compared stated (issue 13, point 3): the
 *     month of the article, or a period inferred from context (or whose
 *     source was not recorded), makes a conversion off by 10% or more at
 *     most a warning - a writer may convert at the day's rate, or another
 *     month's - and the message says why.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int id_cmp(const void *pa, const void *pb)
{
	const struct fact *a = *(const struct fact *const *)pa;
	const struct fact *b = *(const struct fact *const *)pb;

	return (a->id > b->id) - (a->id < b->id);
}

static const struct fact *by_id(const struct fact *const *ids, size_t n, int64_t id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ids[mid]->id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && ids[lo]->id == id ? ids[lo] : NULL;
}

static int is_amount(const struct fact *f)
{
	return !strcmp(f->kind, "money") && f->unit[0] && isfinite(f->value) && f->value > 0;
}

/* Rate series sorted by unit, then code. */
static int rate_cmp(const void *pa, const void *pb)
{
	const struct series_ent *a = *(const struct series_ent *const *)pa;
	const struct series_ent *b = *(const struct series_ent *const *)pb;
	int c = strcmp(a->head->unit, b->head->unit);

	return c ? c : strcmp(a->head->series, b->head->series);
}

/* [*first, *first + count) of the rates in unit. */
static size_t rates_in(const struct series_ent *const *r, size_t n, const char *unit,
		       size_t *first)
{
	size_t lo = 0, hi = n, end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(r[mid]->head->unit, unit) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < n && !strcmp(r[end]->head->unit, unit); end++)
		;
	*first = lo;
	return end - lo;
}

/*
 * Fills out for original g and conversion f against rate o, whose unit is
 * num/den; f_is_num says which side the conversion is on. Returns 0 when
 * the conversion's interval reaches zero (no rate bound).
 */
static int compare(const struct fact *g, const struct fact *f, int f_is_num,
		   const struct observation *o, int month_of_article, struct finding *out, struct buf *msg)
{
	struct tol_side c = tol_side(f), implied = { .value = 0 };
	double lo, hi;
	char r[FMT_NUM_MAX], l[FMT_NUM_MAX], h[FMT_NUM_MAX], v[FMT_NUM_MAX], p[FMT_NUM_MAX];
	int agree, sig;

	if (c.value - c.half <= 0)
		return 0;
	if (f_is_num) {
		implied.value = c.value / g->value;
		lo = (c.value - c.half) / g->value;
		hi = (c.value + c.half) / g->value;
	} else {
		implied.value = g->value / c.value;
		lo = g->value / (c.value + c.half);
		hi = g->value / (c.value - c.half);
	}
	implied.half = fmax(implied.value - lo, hi - implied.value);
	agree = tol_overlaps(implied, tol_obs_side(o));

	tol_finding_vs_obs(out, rule_fx.name, f, g, o, implied, agree);

	sig = fmt_human_sig(lo, hi, (hi - lo) / 20);
	if (fmt_human_sig(implied.value, o->value, 0) > sig)
		sig = fmt_human_sig(implied.value, o->value, 0);
	buf_reset(msg);
	buf_addf(msg, "%s (%s) implies %s %s (%s to %s by the rounding of %s); "
		 "%s %s%s = %s in the vintage of %s", g->text, f->text,
		 fmt_human(implied.value, NULL, sig, r), o->unit, fmt_human(lo, NULL, sig, l),
		 fmt_human(hi, NULL, sig, h), f->text, o->series, o->period,
		 month_of_article ? " (the month of the article)" : "",
		 fmt_human(o->value, NULL, sig, v), o->released);
	if (agree)
		buf_adds(msg, ", which agrees");
	else
		buf_addf(msg, ", off by %s%%", tol_fmt_pct(out->rel_error * 100, p));
	/* Invariant 5: the month compared must be stated for an error. */
	if (out->severity > SEV_WARNING) {
		const struct fact *pf = f->period[0] ? f : g;

		if (month_of_article) {
			out->severity = SEV_WARNING;
			buf_adds(msg, " (at most warning: the month is the article's, not stated)");
		} else if (strcmp(check_text(pf->period_src), "stated")) {
			out->severity = SEV_WARNING;
			buf_addf(msg, " (at most warning: period %s %s in %s)", pf->period,
				 pf->period_src && !strcmp(pf->period_src, "inferred")
				 ? "inferred from context" : "not known to be stated", pf->doc);
		}
	}
	str_copy(out->message, sizeof(out->message), msg->s, msg->len);
	return 1;
}

/* Every rate series of the pair (g first, f second) holding its month. */
static int fx_pair(struct series_ix *ix, const struct series_ent *const *rates,
		   size_t nrates, const struct fact *g, const struct fact *f,
		   finding_fn emit, void *ctx, struct buf *msg)
{
	struct finding out;
	char unit[2][64], month[8] = "";
	const char *period = f->period[0] ? f->period : g->period;
	int rc = 0;

	if (!period[0]) {
		if (strlen(f->published) < 7)
			return 0;
		memcpy(month, f->published, 7);
		month[7] = '\0';
	}
	/* unit[0] has the conversion as numerator, unit[1] as denominator. */
	snprintf(unit[0], sizeof(unit[0]), "%s/%s", f->unit, g->unit);
	snprintf(unit[1], sizeof(unit[1]), "%s/%s", g->unit, f->unit);
	for (int u = 0; u < 2 && !rc; u++) {
		size_t first, n = rates_in(rates, nrates, unit[u], &first);

		for (size_t k = first; k < first + n && !rc; k++) {
			const struct observation *o;
			struct obs_span sp;

			if (!series_period(ix, rates[k], period[0] ? period : month, &sp) ||
			    !(o = series_latest(&sp)) ||
			    !compare(g, f, u == 0, o, !period[0], &out, msg))
				continue;
			rc = emit(ctx, &out);
		}
	}
	return rc;
}

static int fx_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct series_ix local, *ix;
	struct buf msg = BUF_INIT;
	const struct fact **ids;
	const struct series_ent **rates;
	size_t nids = 0, nrates = 0;
	int rc = 0;

	if (!in->nfacts || (!in->ix && !in->nobs))
		return 0;
	/* validate runs this per document: most have no pair at all. */
	for (nids = 0; nids < in->nfacts && !in->facts[nids].pair; nids++)
		;
	if (nids == in->nfacts)
		return 0;
	nids = 0;
	ix = series_ix_of(in, &local);
	rates = xcalloc(ix->n + 1, sizeof(*rates));
	for (size_t k = 0; k < ix->n; k++)
		if (strchr(ix->v[k].head->unit, '/'))
			rates[nrates++] = &ix->v[k];
	qsort(rates, nrates, sizeof(*rates), rate_cmp);
	ids = xcalloc(in->nfacts, sizeof(*ids));
	for (size_t i = 0; i < in->nfacts; i++)
		if (in->facts[i].pair)
			ids[nids++] = &in->facts[i];
	qsort(ids, nids, sizeof(*ids), id_cmp);

	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		const struct fact *f = &in->facts[i], *g;

		if (!f->pair || !is_amount(f) || !(g = by_id(ids, nids, f->pair)) ||
		    !is_amount(g) || g->doc_id != f->doc_id || !strcmp(f->unit, g->unit))
			continue;
		/* The second half written is the conversion. */
		if (f->start < g->start || (f->start == g->start && f->id < g->id))
			continue;
		rc = fx_pair(ix, rates, nrates, g, f, emit, ctx, &msg);
	}
	free(ids);
	free(rates);
	buf_release(&msg);
	return series_ix_done(ix, &local, rc);
}

const struct rule rule_fx = {
	.name = "fx",
	.summary = "an amount in two currencies against the exchange rate of its month",
	.order = CHECK_BY_DOCUMENT,
	.run = fx_run,
};
