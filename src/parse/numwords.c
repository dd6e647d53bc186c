/*
 * numwords.c - numbers written in words, for gram.c and the figure parts of
 * figure.c: "two", "twenty-five", "forty five", "a hundred", "two hundred
 * and fifty", "half a million", "a quarter", "three quarters", "one and a
 * half billion"; a count written in digits or words.
 *
 * Input: the token array of gram.c and a position. Output: the tokens the
 * number takes and its value.
 *
 * Invariants:
 *  1. Only tokens of sentence s are read (word_in()).
 *  2. At most seven tokens are read from the position: no loop.
 */
#include "parse/parse_int.h"
#include "base/base.h"

/* The value of the number word at token i ("twenty-five": 25), else 0. */
static int tok_number(const struct gram *g, size_t i)
{
	return tok_has(g, i, CLS_NUMBER) ? tok_lex(g, i)->num : 0;
}

size_t gram_count_at(const struct gram *g, size_t i, size_t s, double *num)
{
	if (gram_in(g, i, s) && g->t[i].kind == TOK_NUM && !g->t[i].decimals) {
		*num = g->t[i].num;
		return 1;
	}
	return gram_number_words(g, i, s, num);
}

/*
 * Number words from token i: "two", "twenty-five", "forty five", "a
 * hundred", "two hundred and fifty", "half" ("half a million"), "a quarter",
 * "three quarters", "a billion", "one and a half" (before a scale word). Returns the tokens taken (0 if none) and sets *num.
 */
size_t gram_number_words(const struct gram *g, size_t i, size_t s, double *num)
{
	size_t j = i;
	double v = 0;
	int n;

	if (word_in(g, j, s) && tok_is(g, j, W_HALF)) {
		*num = 0.5;
		/* "half a billion", "half a percentage point", "half a point" */
		return 1 + (word_in(g, j + 1, s) && tok_is(g, j + 1, W_A) &&
			    word_in(g, j + 2, s) &&
			    (tok_scale(g, j + 2) > 0 || tok_is(g, j + 2, W_PERCENTAGE) ||
			     tok_is(g, j + 2, W_POINT)));
	}
	/* "a billion euros", "a million tonnes": one of the scale (recall4) */
	if (tok_is(g, j, W_A) && word_in(g, j + 1, s) && tok_scale(g, j + 1) >= 1e6) {
		*num = 1;
		return 1;
	}
	if (tok_is(g, j, W_A) && word_in(g, j + 1, s) &&
	    (tok_is(g, j + 1, W_QUARTER) || tok_is(g, j + 1, W_HUNDRED))) {
		*num = tok_is(g, j + 1, W_QUARTER) ? 0.25 : 100;
		return 2;
	}
	if (word_in(g, j, s) && tok_is(g, j, W_QUARTER)) {
		*num = 0.25;
		return 1;
	}
	if (!word_in(g, j, s) || !(n = tok_number(g, j)))
		return 0;
	v = n;
	j++;
	if (n >= 20 && n % 10 == 0 && word_in(g, j, s) &&
	    (n = tok_number(g, j)) >= 1 && n <= 9) {
		v += n;
		j++;
	} else if (v <= 9 && word_in(g, j, s) && tok_is(g, j, W_QUARTERS)) {
		*num = v / 4;
		return 2;
	}
	/* "one and a half billion", "two and a half mln tonnes" (recall4) */
	if (v <= 99 && word_in(g, j + 3, s) && tok_is(g, j, W_AND) && tok_is(g, j + 1, W_A) &&
	    tok_is(g, j + 2, W_HALF) && tok_scale(g, j + 3) > 0) {
		*num = v + 0.5;
		return j + 3 - i;
	}
	if (v <= 99 && word_in(g, j, s) && tok_is(g, j, W_HUNDRED)) {
		v *= 100;
		j++;
		if (word_in(g, j + 1, s) && tok_is(g, j, W_AND) &&
		    (n = tok_number(g, j + 1)) > 0) {
			v += n;
			j += 2;
		}
	}
	*num = v;
	return j - i;
}
