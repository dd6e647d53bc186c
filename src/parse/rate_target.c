/*
 * rate_target.c - an exchange rate that someone aims at or undertakes to
 * hold is a target, not a quote (tests/eval/gold/GUIDE.md: "a goal, quota, ceiling ... is
 * target"): "agreed to stabilize the dollar above 150 yen", "an attempt
 * to hold the dollar above 149 yen", "the yen would be kept at around
 * 154", "the Chancellor's disclosure of sterling target rates, around
 * 2.90 marks and 1.60 dlrs", "the reference range to be between 140-150
 * yen", "falling below 150 yen, the floor that ...". quote.c asks this of
 * a figure it has read as a rate.
 * Also what currency a possessive names as a thing ("the dollar's
 * tumble to 144.70 yen"), asked by quote.c's currency_noun().
 *
 * Input: the token array and a figure quote.c took as an exchange rate.
 * Output: yes or no.
 *
 * Invariants:
 *  1. Only f's sentence is read (gram_in()/word_s()), a bounded number of
 *     words either side of f: constant work per figure.
 *  2. A verb of holding counts only in the form of an aim or undertaking:
 *     after "to", a modal or "and" ("to stabilize the dollar above"), or a
 *     participle after a form of "be" ("would be kept at"); never a
 *     market's own move ("The dollar stabilized today just below 1.80
 *     marks") or what is expected of it ("Traders expect the dollar to
 *     hold between 131 and 134 yen", "is likely to hold").
 *  3. A noun of aim (target, reference, floor, ceiling) counts before f
 *     with no other number between (or f continues a list whose first item
 *     it governs), or right after f in apposition (", the floor").
 */
#include "parse/parse_int.h"
#include "base/base.h"

static const enum lex_word hold_base[] = { W_STABILIZE, W_STABILISE, W_HOLD, W_KEEP, W_DEFEND,
					   W_MAINTAIN };
static const enum lex_word hold_part[] = { W_STABILIZED, W_STABILISED, W_HELD, W_KEPT,
					   W_DEFENDED, W_MAINTAINED };
static const enum lex_word modal[] = { W_TO, W_WILL, W_WOULD, W_SHOULD, W_COULD, W_CAN, W_MUST,
				       W_AND };
static const enum lex_word be[] = { W_BE, W_BEEN, W_BEING, W_IS, W_ARE, W_WAS, W_WERE };
static const enum lex_word level_prep[] = { W_ABOVE, W_BELOW, W_AT, W_AROUND, W_NEAR,
					    W_WITHIN, W_BETWEEN, W_UNDER, W_ABOUT };
static const enum lex_word aim_nouns[] = { W_TARGET, W_TARGETS, W_REFERENCE, W_FLOOR,
					   W_CEILING };

/* The "to" at k is what a word of expectation governs ("Traders expect
 * the dollar to hold between 131 and 134 yen", "likely to hold"): a
 * forecast of the market, no aim. */
static int expected_to(const struct gram *g, size_t k, size_t s)
{
	for (size_t j = k - 1, n = 0; n < 4 && gram_in(g, j, s); j--, n++)
		if (tok_has(g, j, CLS_FORECAST))
			return 1;
	return 0;
}

/* "to stabilize the dollar above [f]", "be kept at around [f]": k is the
 * last token before f's number. */
static int held_at(const struct gram *g, size_t k, size_t s)
{
	size_t obj = 0;

	while (gram_in(g, k, s) && (tok_has(g, k, CLS_HEDGE) || WORD_AMONG(g, k, level_prep)))
		k--;
	if (!gram_in(g, k + 1, s) || !WORD_AMONG(g, k + 1, level_prep))
		return 0;	/* no word of level right before f */
	for (; gram_in(g, k, s) && obj <= 3; k--, obj++) {
		if (g->t[k].kind != TOK_WORD)
			return 0;
		if (WORD_AMONG(g, k, hold_base))
			return word_s(g, k - 1, s, W_TO) ? !expected_to(g, k - 1, s) :
			       gram_in(g, k - 1, s) && WORD_AMONG(g, k - 1, modal);
		if (WORD_AMONG(g, k, hold_part))
			return obj == 0 && gram_in(g, k - 1, s) && WORD_AMONG(g, k - 1, be);
	}
	return 0;
}

int quote_rate_target(const struct gram *g, const struct fig *f, size_t s)
{
	if (held_at(g, f->h0 - 1, s) || govern_asked(g, f, s))
		return 1;	/* "is pressing for an exchange rate of up to 28 dlrs" */
	/* "150 yen, the floor that the market believes was set" */
	if (gram_punct(g, f->t1, ",") && word_s(g, f->t1 + 1, s, W_THE) &&
	    gram_in(g, f->t1 + 2, s) && WORD_AMONG(g, f->t1 + 2, aim_nouns))
		return 1;
	/* "sterling target rates, around 2.90 marks and 1.60 dlrs" */
	for (size_t k = f->h0, n = 0; k-- > g->s[s].t0 && n < 10; n++) {
		if (g->t[k].kind == TOK_NUM)
			return g->prev_s == s && g->prev_m == MEASURE_TARGET &&
			       g->prev_t1 + 2 >= f->h0;
		if (WORD_AMONG(g, k, aim_nouns))
			return 1;
	}
	return 0;
}

/* Token k is a currency's possessive, which names the currency as a thing
 * quoted in another ("sterling's rise above 1.60 dlrs", "the dollar's
 * tumble to 144.70 yen", "the yen's rise"): its ISO code, "" for another
 * country's dollar ("the Canadian dollar's"), NULL if none or an amount
 * ("each dollar's worth of orders"). quote.c's currency_noun() asks. */
const char *rate_possessive(const struct gram *g, size_t k, size_t s)
{
	if (tok_is(g, k, W_STERLING_S))
		return "GBP";
	if (word_s(g, k + 1, s, W_WORTH))
		return NULL;
	if (tok_is(g, k, W_YEN_S))
		return "JPY";
	if (tok_is(g, k, W_DOLLAR_S))
		return gram_in(g, k - 1, s) && tok_has(g, k - 1, CLS_COUNTRY) ? "" : "USD";
	return NULL;
}
