/*
 * subject_open.c - a partner not known, not all of them (branch subject4):
 * "to unknown destinations", "optional origin corn", "to third countries",
 * a tender "for the export of" with no counterpart, export licences and
 * rebates of a tender, a price - figures whose partner is open, never
 * WORLD (GUIDE.md section 11). Moved out of subject_who.c, unchanged.
 *
 * Input: the token array of gram.c, a sentence and a figure's tokens.
 * Output: 1 or 0.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (every index is checked
 *     with gram_in() or bounded by the sentence's tokens).
 *  2. The scan around a figure is bounded (OPEN_REACH tokens each side) and
 *     stops at another figure.
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"

#define OPEN_REACH 12	/* "sales of 104,000 tonnes of corn to unknown destinations" */

static const enum lex_word vague[] = { W_UNKNOWN, W_UNNAMED, W_UNSPECIFIED, W_UNDISCLOSED,
				       W_OPTIONAL, W_THIRD, W_ANY };
static const enum lex_word sides[] = { W_DESTINATION, W_DESTINATIONS, W_ORIGIN, W_ORIGINS,
				       W_BUYER, W_BUYERS, W_COUNTRIES, W_MARKETS };

int subject_vague_partner(const struct gram *g, size_t s)
{
	for (size_t k = context_body(g, s); k + 1 < g->s[s].t1; k++)
		if (WORD_AMONG(g, k, vague) && WORD_AMONG(g, k + 1, sides))
			return 1;
	return 0;
}

int subject_no_world(const struct gram *g, size_t s, size_t t0, size_t t1, enum measure m)
{
	static const enum lex_word deals[] = { W_IMPORT, W_EXPORT, W_SALE, W_PURCHASE };
	size_t lo = t0 > OPEN_REACH ? t0 - OPEN_REACH : 0;

	static const enum lex_word permits[] = { W_LICENCE, W_LICENCES, W_LICENSE, W_LICENSES };

	if (m == MEASURE_PRICE)
		return 1;	/* a price, of no total over partners */
	/* "granted export licences for 123,000 tonnes of barley", "licences
	 * to export", "a maximum rebate of": export licences and rebates of a
	 * tender, for destinations it does not name (import licences are of
	 * all imports) */
	for (size_t k = context_body(g, s); k < t0 && gram_in(g, k, s); k++) {
		if (tok_is(g, k, W_REBATE) || tok_is(g, k, W_REBATES))
			return 1;
		if (!WORD_AMONG(g, k, permits))
			continue;
		for (size_t j = k > 3 ? k - 3 : 0; j <= k + 3; j++)
			if (gram_in(g, j, s) && tok_is(g, j, W_EXPORT))
				return 1;
	}
	if (lo < context_body(g, s))
		lo = context_body(g, s);
	for (size_t k = lo; k < t0; k++)
		if (g->t[k].kind == TOK_NUM)
			lo = k + 1;	/* no other figure between */
	for (size_t k = lo; k + 1 < t1 + OPEN_REACH && gram_in(g, k + 1, s); k++) {
		if (k >= t0 && k < t1)
			continue;
		if (k >= t1 && g->t[k].kind == TOK_NUM)
			break;
		/* "to unknown destinations", "optional origin corn", "to third
		 * countries" */
		if (WORD_AMONG(g, k, vague) && WORD_AMONG(g, k + 1, sides))
			return 1;
		/* "tenders for the export of 15,000 tonnes", "a tender for the
		 * import of": one deal, its counterpart not named */
		if (k < t0 && (tok_is(g, k, W_TENDER) || tok_is(g, k, W_TENDERS)) &&
		    word_s(g, k + 1, s, W_FOR) && word_s(g, k + 2, s, W_THE) &&
		    gram_in(g, k + 3, s) && WORD_AMONG(g, k + 3, deals) && word_s(g, k + 4, s, W_OF))
			return 1;
	}
	return 0;
}
