/*
 * date.c - dates in the text: "September 19", "Tuesday, September 19",
 * "Wednesday (September 20)", "May 22, 2024", "2023-11-07", "Oct. 30".
 *
 * Input: the token array of gram.c and a position. Output: a claim of kind
 * CLAIM_DATE whose period is the resolved day.
 *
 * Invariants:
 *  1. A date never crosses a sentence boundary and every day written out is
 *     a real calendar day (period_resolve_day()).
 *  2. The weekday stays in the mention, so that a check can hold it against
 *     the calendar.
 *  3. gram_date_at() writes *cl only on the way to a date: on 0 it may be
 *     untouched or partly written, and parse_doc() does not read it.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

static int weekday_at(const struct gram *g, size_t i)
{
	return i < g->nt && g->t[i].kind == TOK_WORD && tok_has(g, i, CLS_WEEKDAY);
}

static int small_int(const struct gram *g, size_t i, int lo, int hi, size_t maxlen)
{
	return i < g->nt && g->t[i].kind == TOK_NUM && g->t[i].decimals == 0 &&
	       g->t[i].len <= maxlen && g->t[i].num >= lo && g->t[i].num <= hi;
}

/*
 * A date: "September 19", "Tuesday, September 19", "Wednesday (September
 * 20)", "May 22, 2024", "2023-11-07". The weekday is kept in the mention so
 * that a later check can hold it against the calendar.
 */
int gram_date_at(const struct gram *g, size_t i, struct fig *f, struct claim *cl)
{
	size_t s = g->sent[i], j = i, end;
	int m, day, year = 0, paren = 0;

	if (s == NO_SENT)
		return 0;
	/* Runs at every token: cl is cleared only once a date is in sight (on
	 * 0, the caller does not read it). */
	if (small_int(g, i, 1900, 2100, 4) && gram_punct(g, i + 1, "-") && gram_glued(g, i + 1) &&
	    small_int(g, i + 2, 1, 12, 2) && gram_glued(g, i + 2) && gram_punct(g, i + 3, "-") &&
	    gram_glued(g, i + 3) && small_int(g, i + 4, 1, 31, 2) && gram_glued(g, i + 4) &&
	    !(i + 5 < g->nt && gram_glued(g, i + 5) && g->t[i + 5].kind != TOK_PUNCT)) {
		memset(cl, 0, sizeof(*cl));
		cl->pair = -1;
		if (period_resolve_day(NULL, (int)g->t[i + 2].num, (int)g->t[i + 4].num,
				       (int)g->t[i].num, cl->period) < 0)
			return 0;
		j = i + 5;
		goto found;
	}
	if (weekday_at(g, j) && (gram_punct(g, j + 1, ",") || gram_punct(g, j + 1, "("))) {
		paren = gram_punct(g, j + 1, "(");
		j += 2;
	}
	if (j >= g->nt || g->t[j].kind != TOK_WORD || g->sent[j] != s || !tok_has(g, j, CLS_MONTH))
		return 0;
	m = tok_lex(g, j)->num;
	if (g->t[j].len <= 4 && gram_punct(g, j + 1, ".") && gram_glued(g, j + 1))
		j++;	/* "Oct. 30" */
	if (!small_int(g, j + 1, 1, 31, 2) ||
	    (j + 2 < g->nt && gram_glued(g, j + 2) && g->t[j + 2].kind == TOK_WORD))
		return 0;
	day = (int)g->t[j + 1].num;
	j += 2;
	if (gram_punct(g, j, ",") && small_int(g, j + 1, 1900, 2100, 4)) {
		year = (int)g->t[j + 1].num;
		j += 2;
	}
	if (paren && gram_punct(g, j, ")"))
		j++;
	memset(cl, 0, sizeof(*cl));
	cl->pair = -1;
	if (period_resolve_day(g->d->date, m, day, year, cl->period) < 0)
		return 0;
found:
	for (size_t k = i; k < j; k++)
		if (g->sent[k] != s)
			return 0;
	end = g->t[j - 1].off + g->t[j - 1].len;
	cl->kind = CLAIM_DATE;
	cl->start = g->t[i].off;
	cl->end = end;
	cl->precision = 0.5;
	f->h0 = f->t0 = i;
	f->t1 = j;
	f->sign = 0;
	f->scale = f->factor = 1;
	return 1;
}
