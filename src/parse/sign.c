/*
 * sign.c - what the words around a figure say about its sign and its unit
 * of change (recall4, issue 13 point 5): a deficit named before a money
 * figure that is no trade balance (tests/eval/gold/GUIDE.md signs every deficit), and a gap
 * between two rates, which is in percentage points.
 *
 * Input: the token array of gram.c and a figure's tokens. Output: 1 or 0.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence s are read (gram_in()).
 *  2. No state: each function only reads the tokens.
 */
#include "parse/parse_int.h"
#include "base/base.h"

/*
 * Money figure f of sentence s is a deficit named before it, though no
 * trade balance (a budget's, the money market's, a current account
 * forecast's: "the deficit in the system ... revised down to 1.10 billion
 * stg from 1.15 billion", "the budget deficit is forecast to be 2.8 billion
 * dlrs against 2.9 billion dlrs"): tests/eval/gold/GUIDE.md signs every deficit. The
 * nearest subject before it, at most 20 tokens back, is "deficit",
 * "shortfall" or "shortage" (a money market's), or the word right after
 * it is; a surplus, a flow or a trade
 * verb nearer says it is not, as does a "while" or "whereas" opening a
 * clause of its own between, and "by" right before it (a change:
 * "cut the deficit by 2 billion").
 * Returns 1 for a deficit (recall4).
 */
int gram_deficit_named(const struct gram *g, const struct fig *f, size_t s)
{
	if (f->h0 == 0 || !gram_in(g, f->h0 - 1, s) || tok_is(g, f->h0 - 1, W_BY) ||
	    (gram_in(g, f->t1, s) &&
	     (tok_is(g, f->t1, W_A) || tok_is(g, f->t1, W_AN) || tok_is(g, f->t1, W_PER) ||
	      tok_is(g, f->t1, W_ASSISTANCE) || tok_is(g, f->t1, W_HELP))))
		return 0;	/* "a 1.50 dlrs a barrel rise": a price; "261 mln stg
				 * assistance" to a money market short of it */
	/* "its revised forecast of a one billion stg deficit": the deficit
	 * the figure sizes, right after it (subject6) */
	if (gram_in(g, f->t1, s) && (tok_is(g, f->t1, W_DEFICIT) || tok_is(g, f->t1, W_SHORTFALL) ||
				      tok_is(g, f->t1, W_SHORTAGE)))
		return 1;
	for (size_t k = f->h0; k-- > 0 && gram_in(g, k, s) && f->h0 - k <= 20;) {
		if (g->t[k].kind != TOK_WORD)
			continue;
		/* a money market's "shortage" is its deficit (units7) */
		if (tok_is(g, k, W_DEFICIT) || tok_is(g, k, W_DEFICITS) || tok_is(g, k, W_SHORTFALL) ||
		    tok_is(g, k, W_SHORTAGE))
			return 1;
		/* "while the government borrowed 2.1 billion dlrs": a clause
		 * of a subject of its own */
		if (tok_has(g, k, CLS_BALANCE | CLS_FLOWIMP | CLS_FLOWEXP | CLS_VERBIMP | CLS_VERBEXP) ||
		    tok_is(g, k, W_ASSISTANCE) || tok_is(g, k, W_HELP) || tok_is(g, k, W_WHILE) ||
		    tok_is(g, k, W_WHEREAS))
			return 0;
	}
	return 0;
}

/*
 * "Sterling rates are about four pct above Japanese rates", "dinar interest
 * rates now roughly one pct below those for the dollar": a percent figure
 * at token i whose unit ends before token j, followed by "above" or
 * "below", in a sentence that spoke of rates before it (not "exchange
 * rates"), is a gap between rates: percentage points.
 */
int gram_rate_gap(const struct gram *g, size_t i, size_t j, size_t s)
{
	if (!gram_in(g, j, s) || !(tok_is(g, j, W_ABOVE) || tok_is(g, j, W_BELOW)))
		return 0;
	for (size_t k = g->s[s].t0; k < i; k++)
		if (tok_is(g, k, W_RATES) && !(k > g->s[s].t0 && tok_is(g, k - 1, W_EXCHANGE)))
			return 1;
	return 0;
}
