/*
 * when_stock.c - the day a stock is counted at: "The report showed March 1
 * stocks of 1.4 billion bushels of soybeans, 8.3 billion bushels of corn,
 * and 2.3 billion bushels of wheat", "wheat stocks on March 1 were 2.3
 * billion bushels", "reserves as of March 1 stood at 51 billion dlrs". A
 * stock is a level at a day, so a day written next to its noun (before it,
 * or after it with "on", "at", "as of") is the period of every figure of
 * the stock after that noun in the sentence, a list's too.
 *
 * Input: figure f and its claim, whose period is still "". Output: the
 * day ("1987-03-01") in cl->period, or nothing.
 *
 * Invariants:
 *  1. Only tokens of f's sentence before f are read (word_s(), gram_in()).
 *  2. A day is a month and a day number 1..31, with the year after it if
 *     written, else the latest such day not after the story's date.
 *  3. Percentages are never a stock's level; a figure with a period keeps
 *     it.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

static int stock_noun(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word nouns[] = { W_STOCKS, W_INVENTORIES, W_RESERVES, W_HOLDINGS };

	return gram_in(g, k, s) && g->t[k].kind == TOK_WORD && WORD_AMONG(g, k, nouns);
}

/* A month and a day number at k ("March 1"), with a year after it or not:
 * the day in out, 1; else 0. */
static int day_at(const struct gram *g, size_t k, size_t s, char out[static PERIOD_MAX])
{
	int m = when_month_at(g, k, s), y = 0;

	if (!m || !gram_in(g, k + 1, s) || g->t[k + 1].kind != TOK_NUM || g->t[k + 1].decimals ||
	    g->t[k + 1].num < 1 || g->t[k + 1].num > 31 || g->t[k + 1].len > 2)
		return 0;
	if (gram_punct(g, k + 2, ",") && when_year_tok(g, k + 3, s))
		y = (int)g->t[k + 3].num;
	else if (when_year_tok(g, k + 2, s))
		y = (int)g->t[k + 2].num;
	return period_resolve_day(g->d->date, m, (int)g->t[k + 1].num, y, out) == 0;
}

void when_stock_day(const struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0];
	char day[PERIOD_MAX];

	if (cl->period[0] || cl->kind == CLAIM_PERCENT || cl->kind == CLAIM_DATE ||
	    !date_valid(g->d->date))
		return;
	for (size_t k = g->s[s].t0; k < f->h0 && k < g->s[s].t1; k++) {
		size_t j = k + 1;

		if (!stock_noun(g, k, s))
			continue;
		/* "March 1 stocks", "March 1, 1987 stocks" */
		for (size_t b = k >= 4 ? k - 4 : 0; b + 1 < k; b++)
			if (b >= g->s[s].t0 && day_at(g, b, s, day) &&
			    (b + 2 == k || (b + 3 == k && when_year_tok(g, b + 2, s)) ||
			     (b + 4 == k && gram_punct(g, b + 2, ",")))) {
				memcpy(cl->period, day, PERIOD_MAX);
				return;
			}
		/* "stocks on March 1", "stocks at March 1", "stocks as of March 1" */
		if (word_s(g, j, s, W_AS) && word_s(g, j + 1, s, W_OF))
			j += 2;
		else if (word_s(g, j, s, W_ON) || word_s(g, j, s, W_AT))
			j++;
		else
			continue;
		if (j < f->h0 && day_at(g, j, s, day)) {
			memcpy(cl->period, day, PERIOD_MAX);
			return;
		}
	}
}
