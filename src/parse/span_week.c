/*
 * span_week.c - a week named by its last day: "the week ended March 26",
 * "the week ending April 2", "the week to March 31" (the seven days to
 * that day, "1987-03-20/1987-03-26"), as the gold writes day ranges
 * (tests/eval/gold/GUIDE.md section 8). Moved out of spans.c, which had
 * grown past 600 lines. Also (period11) weeks to a day named by its
 * weekday ("the two weeks to Wednesday", "the week to yesterday"), weeks
 * to the story's day ("in the past two weeks") and "earlier this week"
 * (Monday to the story's day).
 *
 * Input: token k of sentence s; the story's date (g->d->date).
 * Output: the tokens taken and c->period, or 0.
 *
 * Invariants:
 *  1. Only tokens of sentence s are read (word_s(), gram_in() check every
 *     index); a constant number of them from k.
 *  2. Nothing without a valid story date and a valid day.
 *  3. A range of N weeks is the 7N days to its last day, that day
 *     included, as "the week ended March 26" is seven.
 */
#include "parse/parse_int.h"
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <string.h>

#define WEEKS_MAX 8	/* "the past eight weeks"; more is no span of weeks a wire names */

/* The 7n days to day b, in c->period (invariant 3); 1 when valid. */
static int weeks_to(const char *b, int n, struct cand *c)
{
	char a[DATE_LEN];

	if (period_shift_day(b, -(7 * n - 1), a) != 0)
		return 0;
	snprintf(c->period, sizeof(c->period), "%s/%s", a, b);
	return 1;
}

/* "two weeks" at k (n = 2, tokens 2) or "week" (n = 1, tokens 1); else 0. */
static size_t weeks_at(const struct gram *g, size_t k, size_t s, int *n)
{
	double num = 0;

	*n = 1;
	if (tok_is(g, k, W_WEEK))
		return 1;
	if (!word_s(g, k + 1, s, W_WEEKS))
		return 0;	/* (asked at every token: the cheap test first) */
	if (gram_count_at(g, k, s, &num) != 1 || num < 2 || num > WEEKS_MAX ||
	    !word_s(g, k + 1, s, W_WEEKS))
		return 0;
	*n = (int)num;
	return 2;
}

size_t span_weeks_to_day(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	char b[DATE_LEN];
	int n, wd;
	size_t j = weeks_at(g, k, s, &n);

	if (!j)
		return 0;
	j += k;
	if (!(word_s(g, j, s, W_TO) || word_s(g, j, s, W_ENDED) || word_s(g, j, s, W_ENDING)))
		return 0;
	j++;
	if (word_s(g, j, s, W_YESTERDAY)) {
		if (period_shift_day(g->d->date, -1, b) != 0)
			return 0;
	} else if (!gram_in(g, j, s) || (wd = span_weekday(g, j)) < 0 ||
		   period_resolve_weekday(g->d->date, wd, 0, b) != 0) {
		return 0;
	}
	return weeks_to(b, n, c) ? j + 1 - k : 0;
}

size_t span_weeks_back(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	char a[DATE_LEN];
	int n;

	/* "in the past two weeks", "over the last three weeks" */
	if ((tok_is(g, k, W_PAST) || tok_is(g, k, W_LAST)) && weeks_at(g, k + 1, s, &n) == 2)
		return weeks_to(g->d->date, n, c) ? 3 : 0;
	/* "earlier this week": Monday to the story's day, as a weekday (weak,
	 * not the day something was said: "said earlier this week") */
	if (!tok_is(g, k, W_EARLIER) || !word_s(g, k + 1, s, W_THIS) || !word_s(g, k + 2, s, W_WEEK) ||
	    period_resolve_weekday(g->d->date, 0, 0, a) != 0 || !strncmp(a, g->d->date, 10))
		return 0;
	if (!when_reported(g, k, s))
		snprintf(c->period, sizeof(c->period), "%s/%.10s", a, g->d->date);
	c->weak = c->local = 1;
	return 3;
}

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
