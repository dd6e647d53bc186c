/*
 * span_week.c - a week named by its last day: "the week ended March 26",
 * "the week ending April 2", "the week to March 31" (the seven days to
 * that day, "1987-03-20/1987-03-26"), as the gold writes day ranges
 * (tests/eval/gold/GUIDE.md section 8). Moved out of spans.c, which had
 * grown past 600 lines.
 *
 * Input: token k of sentence s; the story's date (g->d->date).
 * Output: the tokens taken and c->period, or 0.
 *
 * Invariants:
 *  1. Only tokens of sentence s are read (word_s(), gram_in() check every
 *     index); a constant number of them from k.
 *  2. Nothing without a valid story date and a valid day.
 */
#include "parse/parse_int.h"
#include "lexicon/lexicon.h"

#include <stdio.h>

/* "the week ended March 26", "the week ending April 2", "the week to March
 * 31", "the week up to and including April 6", "the week ending on March
 * 30": the seven days to that day ("1987-03-20/1987-03-26"). */
size_t span_week_ended(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	char a[DATE_LEN], b[DATE_LEN];
	size_t j = k + 2, d;
	int m;

	if (!tok_is(g, k, W_WEEK))
		return 0;
	if (word_s(g, k + 1, s, W_UP) && word_s(g, k + 2, s, W_TO)) {
		j = k + 3;	/* "up to", maybe "and including" */
		if (word_s(g, j, s, W_AND) && word_s(g, j + 1, s, W_INCLUDING))
			j += 2;
	} else if (!(word_s(g, k + 1, s, W_ENDED) || word_s(g, k + 1, s, W_ENDING) ||
		     word_s(g, k + 1, s, W_TO))) {
		return 0;
	} else if (!word_s(g, k + 1, s, W_TO) && word_s(g, j, s, W_ON)) {
		j++;	/* "ended on" */
	}
	if (!(m = when_month_at(g, j, s)))
		return 0;
	d = j + 1;
	d += gram_punct(g, d, ".") && gram_glued(g, d);	/* "the week to Oct. 29" */
	if (!gram_in(g, d, s) ||
	    g->t[d].kind != TOK_NUM || g->t[d].len > 2 || g->t[d].decimals ||
	    period_resolve_day(g->d->date, m, (int)g->t[d].num, 0, b) != 0 ||
	    period_shift_day(b, -6, a) != 0)
		return 0;
	snprintf(c->period, sizeof(c->period), "%s/%s", a, b);
	return d + 1 - k;
}
