/*
 * dateline.c - a dateline whose city context.c's table does not know
 * ("KANSAS CITY, April 9 -", "TAUPO, New Zealand, April 2 -", "New
 * Orleans, March 3 -"): it still ends the title and opens the lead, so a
 * title's figure can take its period from the body (timing.c) even where
 * no country follows from the city.
 *
 * Input: the token array of gram.c; token i, the first of a paragraph.
 * Output: 1 when a dateline of the wire's shape starts there.
 *
 * Invariants:
 *  1. Only the shape is read: one to four capitalised words (a comma may
 *     join a country to the city), a comma, a month name, a day of one or
 *     two digits and a dash. No list of cities (those that give a country
 *     stay in context.c).
 *  2. At most DATELINE_WORDS + 8 tokens from i are read; every index is
 *     checked against g->nt.
 */
#include "parse/parse_int.h"

#include <ctype.h>
#include <string.h>

#define DATELINE_WORDS 4

/* Token k is a word written with a capital first letter. */
static int capital_word(const struct gram *g, size_t k)
{
	return k < g->nt && g->t[k].kind == TOK_WORD &&
	       isupper((unsigned char)g->d->buf[g->t[k].off]);
}

int dateline_unknown(const struct gram *g, size_t i)
{
	size_t k = i, words = 0;

	while (words < DATELINE_WORDS + 1 && (capital_word(g, k) || (words && gram_punct(g, k, ".")))) {
		if (g->t[k].kind == TOK_WORD)
			words++;
		k++;
		/* "TAUPO, New Zealand, April 2 -": a country after the city */
		if (words && gram_punct(g, k, ",") && capital_word(g, k + 1) &&
		    !period_month(tok_text(g, k + 1), g->t[k + 1].len))
			k++;
	}
	if (!words || words > DATELINE_WORDS || !gram_punct(g, k, ",") || k + 3 >= g->nt ||
	    g->t[k + 1].kind != TOK_WORD || !period_month(tok_text(g, k + 1), g->t[k + 1].len))
		return 0;
	k += 2;
	if (gram_punct(g, k, "."))	/* "Sept." */
		k++;
	return k + 1 < g->nt && g->t[k].kind == TOK_NUM && g->t[k].len <= 2 &&
	       (gram_punct(g, k + 1, "-") || gram_punct(g, k + 1, "\xe2\x80\x94"));
}
