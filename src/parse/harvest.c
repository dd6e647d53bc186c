/*
 * harvest.c - periods of crop reports that the figure's own words do not
 * write (issue 13, period6), read once a window's claims are done:
 *  - an earlier estimate is of what the new one is of: "Soybean production
 *    for 1986/87 is now estimated at 7.7 to eight mln tonnes, versus 7.8
 *    to 8.2 mln tonnes estimated a week ago and eight to 8.4 mln tonnes
 *    estimated in mid-February": both earlier figures are of 1986/87 (not
 *    of no period, nor of February, when the estimate was made);
 *  - a harvest's progress is of the crop year in progress: "The maize
 *    harvest advanced to between 20 and 22 pct of the total area planted,
 *    compared to 13 to 15 pct a week ago", in a story that writes its years
 *    as crop years ("1986/87"), is of 1986/87 (July to June, as
 *    spans.c's "this season");
 *  - a year of an agreement is the split year the story dates it by:
 *    "Total shipments in the third year of the U.S.-USSR grains agreement,
 *    which ended September 30, amounted to 152,600 tonnes" (a story of
 *    March 1987: 1985/86), then "purchased 1.0 mln tonnes for delivery in
 *    the fourth year" (1986/87) and "in the second year" (1984/85).
 *
 * Input: the token array of gram.c and the claims a window made, with
 * their figures (after every period rule).
 * Output: the claims' periods.
 *
 * Also: a figure revised away right after the revised figure of its
 * sentence is that figure as first published (revised_away_of()).
 *
 * Invariants:
 *  1. An earlier estimate takes the period of the figure of its sentence
 *     right before it that is no earlier estimate and has a period; none,
 *     nothing changes.
 *  2. A harvest's progress is a percent with no period of its own, in a
 *     sentence that names a harvest before it and the area planted (sown,
 *     harvested): a share of an area, not a change of output.
 *  3. Each claim reads a constant number of tokens after it; the story is
 *     read for crop years once per window, only when a harvest's progress
 *     is met, and for a dated year of an agreement once, only when a
 *     sentence with a figure and no period names an ordinal year.
 *  4. An agreement's year is dated only by the story's own words ("which
 *     ended September 30", "which began October 1, 1986", of an ordinal
 *     year of an agreement, accord or pact); none, no period. Only an
 *     amount of goods (a quantity) is read so.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* After token k: "estimated a week ago", "forecast last month", "projected
 * in mid-February", "estimated earlier": when an estimate was made, not
 * what it is of. */
static int stamp_after(const struct gram *g, size_t k, size_t s)
{
	size_t j = k + 1;

	if (!(word_s(g, k, s, W_ESTIMATED) || word_s(g, k, s, W_FORECAST) ||
	      word_s(g, k, s, W_PROJECTED)))
		return 0;
	if (word_s(g, j, s, W_LAST) || word_s(g, j, s, W_EARLIER))
		return 1;
	if (word_s(g, j, s, W_A) || word_s(g, j, s, W_ONE))
		return word_s(g, j + 2, s, W_AGO) || word_s(g, j + 2, s, W_EARLIER);
	if (word_s(g, j, s, W_IN))
		for (size_t i = j + 1; i <= j + 2 && gram_in(g, i, s); i++)
			if (tok_has(g, i, CLS_MONTH) ||
			    (g->t[i].kind == TOK_WORD && g->t[i].len > 4 &&
			     !strncasecmp(tok_text(g, i), "mid-", 4)))
				return 1;
	return 0;
}

/* The figure f is an earlier estimate: a stamp right after it, and
 * "versus", "against", "compared with/to", "from" or "and" (a list of
 * them) before it in its sentence. */
static int earlier_estimate(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0], k = f->h0;

	if (!stamp_after(g, f->t1, s))
		return 0;
	return word_s(g, k - 1, s, W_VERSUS) || word_s(g, k - 1, s, W_VS) ||
	       word_s(g, k - 1, s, W_AGAINST) || word_s(g, k - 1, s, W_FROM) ||
	       word_s(g, k - 1, s, W_AND) ||
	       ((word_s(g, k - 1, s, W_WITH) || word_s(g, k - 1, s, W_TO)) &&
		word_s(g, k - 2, s, W_COMPARED));
}

/* The story writes a crop year ("1986/87") somewhere. */
static int crop_years(const struct gram *g)
{
	for (size_t k = 0; k + 2 < g->nt; k++)
		if (g->t[k].kind == TOK_NUM && span_crop_year(g, k, g->sent[k]))
			return 1;
	return 0;
}

/* The percent at f is a harvest's progress (invariant 2). */
static int progress(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];
	int harvest = 0, area = 0;

	for (size_t k = win_lo(g, s, f->h0); k < f->h0 && !harvest; k++)
		harvest = tok_is(g, k, W_HARVEST) || tok_is(g, k, W_HARVESTED) ||
			  tok_is(g, k, W_HARVESTING);
	for (size_t k = win_lo(g, s, f->h0); k < win_hi(g, s, f->t1) && harvest && !area; k++)
		area = tok_is(g, k, W_PLANTED) || tok_is(g, k, W_SOWN) ||
		       (tok_is(g, k, W_AREA) && !tok_is(g, k + 1, W_OF));
	return harvest && area;
}

#define AGREE_REACH 12	/* "the third year of the U.S.-USSR grains agreement" */

/* "the third year of": the ordinal's number at k ("year" at k + 1), or 0. */
static int ordinal_year(const struct gram *g, size_t k, size_t s)
{
	return tok_has(g, k, CLS_ORDINAL) && gram_in(g, k, s) && word_s(g, k + 1, s, W_YEAR) &&
	       word_s(g, k + 2, s, W_OF) ? tok_lex(g, k)->num : 0;
}

/* The first year of the split year the story dates an ordinal year of an
 * agreement by, as the year of ordinal 0 (invariant 4): "the third year of
 * the ... agreement, which ended September 30" in March 1987 gives 1982
 * (1985 - 3); 0 when the story dates none. */
static int agreement_base(const struct gram *g)
{
	int dy, dm;

	if (!period_date_ym(g->d->date, &dy, &dm))
		return 0;
	for (size_t k = 0; k < g->nt; k++) {
		size_t s = g->sent[k], j, w;
		int n, m, y, began;

		if (g->t[k].kind != TOK_WORD || !(n = ordinal_year(g, k, s)))
			continue;
		for (w = k + 3; w < k + 3 + AGREE_REACH && gram_in(g, w, s); w++)
			if (tok_is(g, w, W_AGREEMENT) || tok_is(g, w, W_ACCORD) || tok_is(g, w, W_PACT))
				break;
		if (!gram_in(g, w, s) || w >= k + 3 + AGREE_REACH)
			continue;
		j = w + 1 + gram_punct(g, w + 1, ",");
		if (!word_s(g, j, s, W_WHICH))
			continue;
		began = word_s(g, j + 1, s, W_BEGAN) || word_s(g, j + 1, s, W_STARTED);
		if ((!began && !word_s(g, j + 1, s, W_ENDED)) || !(m = when_month_at(g, j + 2, s)))
			continue;
		j += 3;
		j += gram_in(g, j, s) && g->t[j].kind == TOK_NUM && g->t[j].len <= 2;	/* the day */
		j += gram_punct(g, j, ",");
		if (when_year_tok(g, j, s))
			y = (int)g->t[j].num;
		else
			y = m <= dm ? dy : dy - 1;	/* the latest such month */
		if (began ? m == 1 : m == 12)
			continue;	/* a calendar year */
		return (began ? y : y - 1) - n;
	}
	return 0;
}

/* The ordinal year nearest figure f in its sentence, at most ORD_BEFORE
 * tokens before it ("in the third year of the U.S.-USSR grains agreement,
 * which ended September 30, amounted to 152,600 tonnes of wheat, 6,808,100
 * tonnes of corn and 1,518,700 tonnes") or ORD_AFTER after it ("sales of
 * 1.0 mln tonnes to the USSR -- previously reported under the daily
 * reporting system -- were the first sales for delivery to the USSR under
 * the fourth year of"), or 0. */
#define ORD_BEFORE 40
#define ORD_AFTER 30
static int ordinal_near(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0], best = 0;
	size_t lo = f->h0 > g->s[s].t0 + ORD_BEFORE ? f->h0 - ORD_BEFORE : g->s[s].t0;
	size_t hi = f->t1 + ORD_AFTER < g->s[s].t1 ? f->t1 + ORD_AFTER : g->s[s].t1;
	int n = 0;

	for (size_t k = lo; k < hi; k++) {
		int o = ordinal_year(g, k, s);
		size_t d = k < f->h0 ? f->h0 - k : k - f->t1 + 1;

		if (o && (!n || d < best))
			n = o, best = d;
	}
	return n;
}

/* A month or a year among the three tokens after f, in its sentence:
 * "revised from 207 mln, in December" (not "889.2 mln (revised from
 * 889.5) in January", the bracket's figure). */
static int dated_after(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];

	if (gram_punct(g, f->t1, ")"))
		return 0;
	for (size_t k = f->t1; k < f->t1 + 3 && gram_in(g, k, s); k++)
		if (tok_has(g, k, CLS_MONTH) || (g->t[k].kind == TOK_NUM && elide_year_like(&g->t[k])))
			return 1;
	return 0;
}

/* Claim i, an earlier estimate (status previous), right after the revised
 * figure of its sentence ("11.9 bn in April, a figure revised from the
 * EUR 12.3 bn first published") is that figure as first published: its
 * period, its measure when a balance (signed as it is) and the subject it
 * does not name. 1 when so. */
static int revised_away_of(const struct gram *g, struct claims *out, size_t base,
			   const struct fig *figs, size_t i)
{
	struct claim *cl = &out->v[i];
	const struct claim *r = &out->v[i - 1];

	if (r->status != STATUS_REVISED || r->kind != cl->kind || strcmp(r->unit, cl->unit) ||
	    g->sent[figs[i - 1 - base].t0] != g->sent[figs[i - base].t0])
		return 0;
	/* a forecast's earlier estimate is of what it forecasts ("to 2.2 pct
	 * from 3.2 pct in December": December is when it was made); an
	 * outturn's keeps a period of its own ("from 203 mln, revised from 207
	 * mln, in December") */
	if (r->period[0] && (!cl->period[0] || r->measure == MEASURE_FORECAST ||
			     r->measure == MEASURE_TARGET || !dated_after(g, &figs[i - base])) &&
	    strcmp(cl->period, r->period)) {
		/* the same figure's period, as sure as the revised one's: "revised
		 * to 39.36 billion from a previously published 44.38 billion" */
		memcpy(cl->period, r->period, sizeof(cl->period));
		cl->period_src = r->period_src;
	}
	if (r->measure == MEASURE_BALANCE && cl->measure == MEASURE_LEVEL) {
		cl->measure = MEASURE_BALANCE;
		if (r->value < 0 && cl->value > 0)
			cl->value = -cl->value;
	}
	if (!cl->flow[0])
		memcpy(cl->flow, r->flow, sizeof(cl->flow));
	if (!cl->partner[0])
		memcpy(cl->partner, r->partner, sizeof(cl->partner));
	if (!cl->reporter[0])
		memcpy(cl->reporter, r->reporter, sizeof(cl->reporter));
	return 1;
}

void harvest_periods(const struct gram *g, struct claims *out, size_t base, const struct fig *figs)
{
	int crop = -1, agree = -1, dy, dm, n;

	for (size_t i = base; i < out->n; i++) {
		struct claim *cl = &out->v[i];
		const struct fig *f = &figs[i - base];

		if (cl->kind == CLAIM_DATE)
			continue;
		if (cl->status == STATUS_PREVIOUS && i > base && revised_away_of(g, out, base, figs, i))
			continue;
		if (earlier_estimate(g, f)) {
			for (size_t j = i; j-- > base;) {
				const struct fig *e = &figs[j - base];

				if (g->sent[e->t0] != g->sent[f->t0] || out->v[j].kind == CLAIM_DATE)
					break;
				if (earlier_estimate(g, e))
					continue;
				if (out->v[j].period[0]) {
					memcpy(cl->period, out->v[j].period, sizeof(cl->period));
					cl->period_src = SOURCE_INFERRED;
				}
				break;
			}
			continue;
		}
		if (!cl->period[0] && cl->kind == CLAIM_QUANTITY && (n = ordinal_near(g, f))) {
			if (agree < 0)
				agree = agreement_base(g);
			if (agree > 0 && agree + n >= YEAR_MIN && agree + n + 1 < YEAR_MAX) {
				snprintf(cl->period, sizeof(cl->period), "%04d/%02d", agree + n,
					 (agree + n + 1) % 100);
				cl->period_src = SOURCE_INFERRED;
			}
			continue;
		}
		if (cl->kind != CLAIM_PERCENT || cl->period[0] || !progress(g, f))
			continue;
		if (crop < 0)
			crop = crop_years(g);
		if (!crop || !period_date_ym(g->d->date, &dy, &dm))
			continue;
		dy -= dm < 7;
		snprintf(cl->period, sizeof(cl->period), "%04d/%02d", dy, (dy + 1) % 100);
		cl->period_src = SOURCE_INFERRED;
	}
}
