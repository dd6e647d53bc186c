/*
 * period_carry.c - periods a figure takes from beyond its own words
 * (issue 13, branch period4): the base of a comparison in percent ("42 pct
 * above the 16.98 billion dlrs recorded in February 1986", "12 pct below
 * their level in February 1986"), which is never the sentence's own period,
 * and the value compared with ("54 pct above February 1986's 6.88
 * billion"), whose period is no period for the paragraph.
 *
 * Input: the token array of gram.c, a sentence and a token in it.
 * Output: whether a period phrase at that token is a comparison's base.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (word_s(), gram_in()).
 *  2. Each test reads at most CMP_REACH tokens back from where it starts.
 */
#include "parse/parse_int.h"

#define CMP_REACH 9	/* "pct above the 16.98 billion dlrs recorded in": the words between */

/* A percent unit at token i: "pct", "percent", "%". */
static int percent_at(const struct gram *g, size_t i, size_t s)
{
	return word_s(g, i, s, W_PCT) || word_s(g, i, s, W_PERCENT) ||
	       (gram_in(g, i, s) && gram_punct(g, i, "%"));
}

/* "pct above", "percent below", "pct over", "pct higher than", "pct lower
 * than" ending at token j: a percentage that compares with a base. */
static int comparative_at(const struct gram *g, size_t j, size_t s)
{
	if ((word_s(g, j, s, W_ABOVE) || word_s(g, j, s, W_BELOW) || word_s(g, j, s, W_OVER)) &&
	    percent_at(g, j - 1, s))
		return 1;
	return word_s(g, j, s, W_THAN) && (word_s(g, j - 1, s, W_HIGHER) || word_s(g, j - 1, s, W_LOWER)) &&
	       percent_at(g, j - 2, s);
}

int pc_comparison_base(const struct gram *g, size_t k, size_t s, int *number)
{
	*number = 0;
	for (size_t b = 1; b <= CMP_REACH && gram_in(g, k - b, s); b++) {
		size_t j = k - b;

		if (gram_punct(g, j, ",") || gram_punct(g, j, ";") ||
		    (g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_SWITCH)))
			return 0;	/* another clause */
		if (comparative_at(g, j, s))
			return 1;
		if (g->t[j].kind == TOK_NUM && !when_year_tok(g, j, s))
			*number = 1;
	}
	return 0;
}

int pc_compared_value(const struct gram *g, const struct fig *f, size_t s)
{
	int number;

	return pc_comparison_base(g, f->h0, s, &number) && !number;
}
