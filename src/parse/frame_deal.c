/*
 * frame_deal.c - a figure an agreement sizes is a target (tests/eval/gold/GUIDE.md: "a
 * goal, quota, ceiling ... is target"; what an accord commits its parties
 * to is what will be, if kept, not what was): "a one billion dollar
 * accord", "a 500 mln dlr trade deal", "signed an exchange agreement for
 * 88 mln dlrs", "the agreement was to exchange one billion dollars worth
 * of goods", "the accord by which the EC will import two mln tonnes",
 * "under the pact, Japan would buy 300,000 tonnes". And a limit or quota
 * moved "to" a figure ("cut the limit on purchases of forward dollars to
 * 40 pct"): the figure is the new limit.
 *
 * Input: the token array, one figure and its sentence. Output: yes or no.
 *
 * Invariants:
 *  1. Pure: reads g and f, writes nothing.
 *  2. Only f's sentence is read (word_s()/gram_in() bound every index),
 *     at most sixteen words either side of f: constant work per
 *     figure.
 *  3. A money-market agreement ("repurchase agreement", "repurchase
 *     accord") sizes a loan, not a commitment: never a target here.
 *  4. Before f, the agreement governs f only through an infinitive or a
 *     modal ("was to exchange", "will import") or "for" right after it,
 *     with no other number between: "the agreement signed last year cut
 *     imports 12 pct" states what happened.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

static const enum lex_word deal_nouns[] = { W_AGREEMENT, W_AGREEMENTS, W_ACCORD, W_ACCORDS,
					    W_PACT, W_PACTS, W_DEAL, W_DEALS };

static int deal_at(const struct gram *g, size_t k, size_t s)
{
	return gram_in(g, k, s) && WORD_AMONG(g, k, deal_nouns) &&
	       !word_s(g, k - 1, s, W_REPURCHASE);
}

/* "a one billion dollar accord", "a 500 mln dlr trade deal", "a 50 mln
 * dlr barter agreement" */
static int deal_after(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word mods[] = { W_TRADE, W_EXCHANGE, W_BARTER, W_SUPPLY };
	size_t k = f->t1;

	if (gram_in(g, k, s) && WORD_AMONG(g, k, mods))
		k++;
	return deal_at(g, k, s);
}

/* "agreement for 88 mln dlrs", "the agreement was to exchange", "the
 * accord by which the EC ... will import", "under the pact, Japan would
 * buy" */
static int deal_before(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word modal[] = { W_TO, W_WILL, W_WOULD, W_SHALL };
	int governed = 0;

	if (deal_at(g, f->h0 - 1, s))
		return 0;	/* "the 1986 accord": f is no amount */
	if (word_s(g, f->h0 - 1, s, W_FOR) && deal_at(g, f->h0 - 2, s))
		return 1;
	for (size_t k = f->h0 - 1, n = 0; n < 16 && gram_in(g, k, s); k--, n++) {
		if (g->t[k].kind == TOK_NUM)
			return 0;
		/* "was to exchange", not the "to" of "risen to" right before f */
		if (WORD_AMONG(g, k, modal) && (!tok_is(g, k, W_TO) || k + 1 < f->h0))
			governed = 1;
		if (governed && deal_at(g, k, s))
			return 1;
	}
	return 0;
}

/* "cut the limit on central bank purchases of forward dollars to 40 pct":
 * a limit word before f, "to" right before f, no number between. */
static int limit_moved_to(const struct gram *g, const struct fig *f, size_t s)
{
	if (!word_s(g, f->h0 - 1, s, W_TO))
		return 0;
	for (size_t k = f->h0 - 2, n = 0; n < 16 && gram_in(g, k, s); k--, n++) {
		if (g->t[k].kind == TOK_NUM)
			return 0;
		if (tok_is(g, k, W_LIMIT) || tok_is(g, k, W_QUOTA) || tok_is(g, k, W_CEILING))
			return 1;
	}
	return 0;
}

int frame_deal_target(const struct gram *g, const struct fig *f, size_t s)
{
	return deal_after(g, f, s) || deal_before(g, f, s) || limit_moved_to(g, f, s);
}

/* "calls for investment of 80 mln dlrs in 1987, 120 mln in 1988 and 160
 * mln in 1989", "will import two mln tonnes of maize and 300,000 tonnes of
 * sorghum", "15 mln tonnes will be wheat, 12 mln tonnes coarse grains, and
 * the remaining one mln tonnes": the next item of a list whose item before
 * is of measure m (not an earlier value) in the same unit, joined by a
 * comma or "and" (then "the remaining") at most five words after it, is of
 * measure m too. */
int frame_list_goes_on(const struct gram *g, const struct fig *f, size_t s, const char *unit,
		       enum measure m)
{
	size_t k = f->h0 - 1;

	if (word_s(g, k, s, W_REMAINING) && word_s(g, k - 1, s, W_THE))
		k -= 2;
	if (g->prev_s != s || g->prev_m != m || g->prev_prior ||
	    g->prev_t1 > k || k - g->prev_t1 > 5 || strcmp(g->prev_unit, unit))
		return 0;
	if (!word_s(g, k, s, W_AND) && !(gram_punct(g, k, ",") && gram_in(g, k, s)))
		return 0;
	for (size_t j = g->prev_t1; j < k; j++)
		if (g->t[j].kind == TOK_NUM && !when_year_tok(g, j, s))
			return 0;
	return 1;
}
