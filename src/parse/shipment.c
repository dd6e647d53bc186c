/*
 * shipment.c - a deal's time of shipment written in a sentence of its own
 * (issue 13, period6): "The CCC accepted a bid ... to cover the sale of
 * 30,000 tonnes of barley to Israel. The barley is for delivery April
 * 15/May 15 and the bonus awarded was 41.24 dlrs per ton." - the amount
 * sold and its price per tonne are of the time the goods ship
 * ("1987-04-15/1987-05-15"), as a deal's figures are when the window is
 * in their own sentence ("for May shipment": when.c, spans.c). USDA's
 * export bonus and tender wires write it so ("shipment was scheduled for
 * June 20-30", "is scheduled for delivery during May-Oct 1987", "for
 * shipment during April").
 *
 * Input: the token array of gram.c and the claims a window made, with
 * their figures (after every period rule).
 * Output: the periods of claims that had none.
 *
 * Invariants:
 *  1. Only a deal's figure with no period takes one: an amount sold or
 *     bought ("the sale of 18,000 tonnes", "bought 150,000 tonnes") or a
 *     price per tonne; not an amount "still available", a stock or a
 *     flow's total.
 *  2. The window is a span of days in the sentence of "delivery" or
 *     "shipment" (timing.c), else the first period phrase within SHIP_REACH
 *     words after that word, in one of the SHIP_AHEAD sentences after the
 *     deal's (a window in the deal's own sentence is when.c's, and what it
 *     left is another figure's); a sentence with an amount of its own ends
 *     the search (the window would be that amount's).
 *  3. Each claim reads at most SHIP_AHEAD sentences, each within
 *     WINDOW tokens of its shipment word.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

#define SHIP_REACH 5	/* "shipment was scheduled for June 20-30": the words between */
#define SHIP_AHEAD 2	/* sentences after the deal's */

/* The figure f of claim cl is an amount sold or bought, or a price per
 * tonne (invariant 1). */
static int deal(const struct gram *g, const struct fig *f, const struct claim *cl)
{
	size_t s = g->sent[f->t0], k = f->h0;

	if (cl->kind == CLAIM_MONEY)
		return cl->measure == MEASURE_PRICE && !strcmp(cl->per, "t");
	if (cl->kind != CLAIM_QUANTITY)
		return 0;
	if (word_s(g, k - 1, s, W_OF) &&
	    (word_s(g, k - 2, s, W_SALE) || word_s(g, k - 2, s, W_SALES) ||
	     word_s(g, k - 2, s, W_PURCHASE) || word_s(g, k - 2, s, W_PURCHASES)))
		return 1;
	for (size_t j = k; j-- > 0 && j + 4 > k && gram_in(g, j, s);)
		if (tok_is(g, j, W_BOUGHT) || tok_is(g, j, W_SOLD) || tok_is(g, j, W_PURCHASED))
			return 1;
	return 0;
}

/* Sentence s writes a time of shipment (invariant 2): into out, 1. */
static int window_in(const struct gram *g, size_t s, char out[static PERIOD_MAX])
{
	struct cand c[MAX_CANDS];
	size_t n = 0, at = NO_SENT;

	for (size_t k = g->s[s].t0; k < g->s[s].t1 && at == NO_SENT; k++)
		if (tok_is(g, k, W_DELIVERY) || tok_is(g, k, W_SHIPMENT))
			at = k;
	if (at == NO_SENT)
		return 0;
	/* "for delivery April 15/May 15", "scheduled for June 20-30": a span
	 * of days (timing.c), read as for a figure at the shipment word */
	{
		struct fig at_f = { .h0 = at, .t0 = at, .t1 = at + 1, .scale = 1, .factor = 1 };

		out[0] = '\0';
		timing_days_range(g, &at_f, s, out);
		if (out[0])
			return 1;
	}
	if (!(n = when_cands(g, s, c)))
		return 0;
	for (size_t i = 0; i < n; i++)
		if (c[i].tok > at && c[i].tok <= at + SHIP_REACH && c[i].period[0] && !c[i].base &&
		    !c[i].prior && !c[i].same && !c[i].open) {
			int year = 0;

			for (size_t k = c[i].tok; k < c[i].end; k++)
				year |= when_year_tok(g, k, s);
			/* "Shipment is scheduled for July" in April: a time still
			 * to come, as "for July shipment" (a month before the
			 * story's, no year written: next year's) */
			if (!year && strlen(c[i].period) >= 7 && c[i].period[4] == '-' &&
			    strncmp(c[i].period, g->d->date, 7) < 0 &&
			    period_shift_years(c[i].period, 1, out) == 0)
				return 1;
			memcpy(out, c[i].period, PERIOD_MAX);
			return 1;
		}
	return 0;
}

void shipment_periods(const struct gram *g, struct claims *out, size_t base,
		      const struct fig *figs)
{
	for (size_t i = base; i < out->n; i++) {
		struct claim *cl = &out->v[i];
		size_t s = g->sent[figs[i - base].t0], j = i + 1;

		if (cl->period[0] || !deal(g, &figs[i - base], cl))
			continue;
		for (size_t s2 = s + 1; s2 <= s + SHIP_AHEAD && s2 < g->ns; s2++) {
			int other = 0;

			/* an amount of its own in a later sentence ("The purchase
			 * included 51,880 tonnes for May shipment"): its window */
			for (; j < out->n && g->sent[figs[j - base].t0] <= s2; j++)
				other |= g->sent[figs[j - base].t0] == s2 &&
					 out->v[j].kind == CLAIM_QUANTITY;
			if (other)
				break;
			if (window_in(g, s2, cl->period)) {
				cl->period_src = SOURCE_INFERRED;
				break;
			}
		}
	}
}
