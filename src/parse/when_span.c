/*
 * when_span.c - a run of whole months counted back or forward from the
 * story's date: "in the last three months" (1987-04-07: "1987-01/
 * 1987-03"), "in the past six months", "in the next three months"
 * (1987-04: "1987-04/1987-07"), as the gold writes them (tests/eval/gold/GUIDE.md: month
 * ranges "1987-01/1987-08"). Before, span_open() left each without a
 * period. Runs of years ("over the next five years") stay span_open()'s:
 * the gold dates them as often as it leaves them blank. Also the year to a
 * month a sentence opens with ("Through September, ...": span_through_month()).
 *
 * Input: token k of sentence s; the story's date.
 * Output: the tokens taken and c->period, or 0.
 *
 * Invariants:
 *  1. Only "past", "last", "next" followed by one count of 2 to 36 and
 *     "months" is read; "the last six months of the year" (an "of" after
 *     it) is another span and is left to others.
 *  2. A span back ends with the last whole month before the story's; a
 *     span forward starts with the story's month.
 *  3. Nothing without a valid story date. The span is no base of a
 *     change ("0.1 pct a year over the next two years") and gives no
 *     lead's period (c->open, as span_open()'s).
 *  4. Inside its sentence the span is its clause's and dates only figures
 *     before it ("sales rose to 3 billion dlrs over the next six months
 *     and a 600 mln dlr plant"; "the yen's surge in the past six months
 *     has priced a 40 dlr melon"): c->local and c->before_only; opening
 *     its sentence ("In the last three months money grew at seven pct")
 *     it dates the figures after.
 */
#include "parse/parse_int.h"

#include <stdio.h>

/* The span at k opens sentence s: nothing before it but "in", "over",
 * "during" or "for" and "the". */
static int opens_sentence(const struct gram *g, size_t k, size_t s)
{
	size_t j = k;

	j -= word_s(g, j - 1, s, W_THE);
	j -= word_s(g, j - 1, s, W_IN) || word_s(g, j - 1, s, W_OVER) ||
	     word_s(g, j - 1, s, W_DURING) || word_s(g, j - 1, s, W_FOR);
	return j == g->s[s].t0;
}

size_t when_count_span(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	double num = 0;
	int back, y, m, n;
	char a[DATE_LEN], b[DATE_LEN], cur[DATE_LEN];

	back = tok_is(g, k, W_PAST) || tok_is(g, k, W_LAST);
	if (!back && !tok_is(g, k, W_NEXT))
		return 0;
	if (gram_count_at(g, k + 1, s, &num) != 1 || num < 2 || num > 36 ||
	    !word_s(g, k + 2, s, W_MONTHS) || word_s(g, k + 3, s, W_OF) ||
	    !period_date_ym(g->d->date, &y, &m))
		return 0;
	n = (int)num;
	snprintf(cur, sizeof(cur), "%04d-%02d", y, m);
	if (back ? period_shift_month(cur, -n, a) != 0 || period_shift_month(cur, -1, b) != 0 :
		   period_shift_month(cur, 0, a) != 0 || period_shift_month(cur, n, b) != 0)
		return 0;
	snprintf(c->period, PERIOD_MAX, "%s/%s", a, b);
	c->local = c->before_only = !opens_sentence(g, k, s);
	c->open = 1;	/* no lead's period, no base of a change either */
	return 3;
}

/* "Through September, the deficit totalled $612.5 billion": a sentence or
 * clause that opens with "through" month m (of year, or as rel resolves
 * it) gives the year to that month; "April through November" is read as
 * a range before this is asked. 1 if so, with c->period. */
int span_through_month(const struct gram *g, size_t k, size_t s, int m, int year,
		       enum period_rel rel, struct cand *c)
{
	if (!word_s(g, k - 1, s, W_THROUGH) ||
	    !(k - 1 == context_body(g, s) || gram_punct(g, k - 2, ",") ||
	      gram_punct(g, k - 2, ";") || word_s(g, k - 2, s, W_AND)))
		return 0;
	period_resolve_month(g->d->date, m, year, rel, c->period);
	if (m > 1 && sscanf(c->period, "%4d", &year) == 1)
		snprintf(c->period, sizeof(c->period), "%04d-01/%04d-%02d", year, year, m);
	return 1;
}
