/*
 * when_year.c - the words before a bare year that make it a figure's
 * period (issue 13, branch period10): a preposition ("in 1986", "for
 * 1986"), "calendar 1986", a noun it qualifies ("the 1986 deficit"), "in
 * late 1986", and, read here, the year named as one: "for the full year
 * 1986", "in the year 1986", "for all 1986", "for all of 1986".
 *
 * Input: the token array of gram.c, a sentence s and a year token k in it.
 * Output: whether the year at k is a period phrase.
 *
 * Invariants:
 *  1. Only tokens of sentence s are read (word_s(), gram_in()), at most
 *     three before k.
 *  2. "the fiscal year 1986", "the marketing year 1986" are not read here:
 *     a fiscal or crop year is not its calendar year (rel_fiscal_at(),
 *     span_crop_year()).
 */
#include "parse/parse_int.h"

static int yearprep(const struct gram *g, size_t i, size_t s)
{
	return gram_in(g, i, s) && g->t[i].kind == TOK_WORD && tok_has(g, i, CLS_YEARPREP);
}

int when_year_led(const struct gram *g, size_t k, size_t s)
{
	if (yearprep(g, k - 1, s) || word_s(g, k - 1, s, W_CALENDAR) || span_modifies_noun(g, k, s))
		return 1;
	/* "in late 1986": the year, as "in mid-1986" */
	if ((word_s(g, k - 1, s, W_EARLY) || word_s(g, k - 1, s, W_LATE)) && yearprep(g, k - 2, s))
		return 1;
	/* "the full year 1986", "the year 1986"; not "fiscal year 1986" */
	if (word_s(g, k - 1, s, W_YEAR))
		return !word_s(g, k - 2, s, W_FISCAL) && !word_s(g, k - 2, s, W_FINANCIAL) &&
		       !word_s(g, k - 2, s, W_BUDGET) &&
		       !(gram_in(g, k - 2, s) && g->t[k - 2].kind == TOK_WORD &&
			 tok_has(g, k - 2, CLS_CROPNOUN));
	/* "for all 1986", "for all of 1986"; not "for all 1987 crops" */
	if (gram_in(g, k + 1, s) && g->t[k + 1].kind == TOK_WORD && !word_s(g, k + 1, s, W_THE))
		return 0;
	if (word_s(g, k - 1, s, W_OF))
		return word_s(g, k - 2, s, W_ALL) && yearprep(g, k - 3, s);
	return word_s(g, k - 1, s, W_ALL) && yearprep(g, k - 2, s);
}
