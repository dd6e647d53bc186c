/*
 * when_earlier.c - the period of an earlier value named by its distance
 * from the figure it is compared with, for the spans when_pick.c's year,
 * month and week readers do not cover: a quarter ("from 3.9 billion in the
 * previous quarter", "a quarter earlier", "the quarter before") and a
 * reporting period ("265 mln dlrs in the prior statement period", "the
 * previous period"), whatever its length; and the figure compared with
 * a "last year" value in a paragraph about part of a year ("Imports rose
 * to 7.08 billion from 5.33 billion last year" after a first-quarter
 * sentence: the first quarter, when_relative_base()); "last year's" value
 * in a sentence about a crop year ("production for 1986/87 ... than last
 * year's total of 7.1 mln tonnes": 1985/86, when_last_crop()).
 *
 * Input: the tokens right after an earlier value (when_prior()) and the
 * period of the figure it is compared with (main).
 * Output: the earlier period, or nothing.
 *
 * Invariants:
 *  1. Only tokens of sentence s are read (word_s() checks every index).
 *  2. Nothing is given without main: "the previous quarter" is one
 *     quarter before the compared figure's, not before the story's date.
 *  3. A quarter is given only for a quarter ("1986-Q4") or the three
 *     months of one ("1987-01/1987-03"); a period only for a run of days
 *     or of months, shifted back by its own length, so the earlier value's
 *     period has the compared figure's length and ends where it begins.
 *  4. when_relative_base() gives only the paragraph's own period (the
 *     one its last figure took, g->ctx_period), only for a "last year"
 *     written after the earlier value, and only when that period is part
 *     of the year after the earlier value's year.
 *  5. when_last_crop() moves a figure right after "last year's" (at most
 *     three words between) to the crop year before the crop year its
 *     sentence names, else its paragraph's; with a word between, in a
 *     story that writes no crop year, "last year's" alone to the year before
 *     the sentence's figure's period (last_year_noun()); not the size of a
 *     change ("down from last year's record by 8 billion") nor an estimate
 *     made last year ("last year's forecast of 2.1 mln").
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "previous", "prior", "preceding" */
static int earlier_adj(const struct gram *g, size_t j, size_t s)
{
	return word_s(g, j, s, W_PREVIOUS) || word_s(g, j, s, W_PRIOR) ||
	       word_s(g, j, s, W_PRECEDING);
}

/* Noun at j (W_QUARTER or W_PERIOD) named as the one before: "the
 * previous quarter", "a quarter earlier", "a quarter ago", "the quarter
 * before"; for a period also "the prior statement period". */
static int earlier_at(const struct gram *g, size_t j, size_t s, enum lex_word noun)
{
	if (word_s(g, j, s, W_THE) && earlier_adj(g, j + 1, s))
		return word_s(g, j + 2, s, noun) ||
		       (noun == W_PERIOD && word_s(g, j + 2, s, W_STATEMENT) &&
			word_s(g, j + 3, s, W_PERIOD));
	if (word_s(g, j, s, W_A) && word_s(g, j + 1, s, noun))
		return word_s(g, j + 2, s, W_EARLIER) || word_s(g, j + 2, s, W_AGO);
	return word_s(g, j, s, W_THE) && word_s(g, j + 1, s, noun) &&
	       word_s(g, j + 2, s, W_BEFORE);
}

/* The quarter (1..4) and year of p, a quarter or the three months of
 * one; 0 when p is neither. */
static int quarter_of(const char *p, int *y)
{
	int q, m0, m1, y1;
	size_t n = strlen(p);

	if (n == 7 && p[4] == '-' && p[5] == 'Q' && sscanf(p, "%4d-Q%1d", y, &q) == 2 &&
	    q >= 1 && q <= 4)
		return q;
	if (n == 15 && p[7] == '/' && sscanf(p, "%4d-%2d/%4d-%2d", y, &m0, &y1, &m1) == 4 &&
	    y1 == *y && m0 % 3 == 1 && m1 == m0 + 2)
		return m0 / 3 + 1;
	return 0;
}

/* main shifted back by its own length: a run of days ("2026-03-26/
 * 2026-04-08" -> "2026-03-12/2026-03-25") or of months. */
static int period_before(const char *main, char out[static PERIOD_MAX])
{
	char a[DATE_LEN], b[DATE_LEN], e[DATE_LEN], t[DATE_LEN];
	size_t n = strlen(main);
	int len;

	if (n == 21 && main[10] == '/') {
		memcpy(a, main, 10);
		a[10] = '\0';
		memcpy(e, main + 11, DATE_LEN);
		for (len = 0; len < 400; len++)	/* days in main, less one */
			if (period_shift_day(a, len, t) != 0 || !strcmp(t, e))
				break;
		if (len == 400 || !t[0] || period_shift_day(a, -1, b) != 0 ||
		    period_shift_day(b, -len, t) != 0)
			return 0;
		snprintf(out, PERIOD_MAX, "%s/%s", t, b);
		return 1;
	}
	if (n == 15 && main[4] == '-' && main[7] == '/' && main[12] == '-') {
		int y0, m0, y1, m1;

		if (sscanf(main, "%4d-%2d/%4d-%2d", &y0, &m0, &y1, &m1) != 4)
			return 0;
		len = (y1 * 12 + m1) - (y0 * 12 + m0) + 1;
		if (len < 2 || len > 24)
			return 0;
		memcpy(t, main, 7);
		t[7] = '\0';
		if (period_shift_month(t, -len, a) != 0 || period_shift_month(t, -1, b) != 0)
			return 0;
		snprintf(out, PERIOD_MAX, "%s/%s", a, b);
		return 1;
	}
	return 0;
}

int when_earlier_span(const struct gram *g, size_t j, size_t s, const char *main,
		      char out[static PERIOD_MAX])
{
	int q, y;

	if (!main || !main[0])
		return 0;
	if (earlier_at(g, j, s, W_QUARTER) && (q = quarter_of(main, &y)) != 0) {
		if (--q == 0) {
			q = 4;
			y--;
		}
		snprintf(out, PERIOD_MAX, "%04d-Q%d", y, q);
		return 1;
	}
	return earlier_at(g, j, s, W_PERIOD) && period_before(main, out);
}

int when_relative_base(const struct gram *g, size_t s, const struct cand *c,
		       char out[static PERIOD_MAX])
{
	const char *p = g->ctx_period;
	size_t n = strlen(p);

	if (c->rel_year != 1 || strlen(c->period) != 4 || g->per_par != g->par[s] ||
	    !(n == 7 || n == 15) || p[4] != '-' || strncmp(p, c->period, 4) <= 0 ||
	    atoi(p) != atoi(c->period) + 1)
		return 0;
	memcpy(out, p, n + 1);
	return 1;
}

/* A crop year "YYYY/YY" (the form span_crop_year() gives). */
static int crop_year(const char *p)
{
	return strlen(p) == 7 && p[4] == '/';
}

/* "last year's", "last season's", "last harvest's" ending right before
 * token e of sentence s: the token of "last", else 0. */
static size_t last_crop_poss(const struct gram *g, size_t e, size_t s)
{
	uint32_t w = gram_in(g, e - 1, s) && !g->t[e - 1].lex ? context_word(g, e - 1) : 0;

	/* "season's", "harvest's", "crop's": a possessive, read by its stem */
	if (!word_s(g, e - 1, s, W_YEAR_S) && w != (uint32_t)W_SEASON &&
	    w != (uint32_t)W_HARVEST && w != (uint32_t)W_CROP)
		return 0;
	return word_s(g, e - 2, s, W_LAST) ? e - 2 : 0;
}

/* "forecast", "estimate", "projection": "last year's forecast of 2.1 mln"
 * was made last year, of a period the text need not give. */
static int estimate_at(const struct gram *g, size_t j, size_t s)
{
	return word_s(g, j, s, W_FORECAST) || word_s(g, j, s, W_ESTIMATE) ||
	       word_s(g, j, s, W_ESTIMATES) || word_s(g, j, s, W_PROJECTION) ||
	       word_s(g, j, s, W_PROJECTIONS);
}

/* "down 22 pct from last year's plantings of 83.3 mln acres", "25 pct
 * below last year's level of 18.9 billion" in a sentence of no crop year:
 * the year before the period of the sentence's figure (a month's or a
 * quarter's a year before, as "a year ago"; rel_last_year_shift() for a
 * figure of a later year), else before the story's year. */
static void last_year_noun(const struct gram *g, size_t s, char period[static PERIOD_MAX])
{
	const char *p = g->last_s == s ? g->last_period : "";
	size_t n = strlen(p);
	char now[5];

	if (n == 4 || (n == 7 && p[4] == '-')) {
		period_shift_years(p, rel_last_year_shift(g, p), period);
	} else if (date_valid(g->d->date)) {
		str_copy(now, sizeof(now), g->d->date, 4);
		period_shift_years(now, -1, period);
	}
}

void when_last_crop(const struct gram *g, const struct fig *f, size_t s,
		    char period[static PERIOD_MAX])
{
	const char *main = NULL;
	size_t e = f->h0;
	int found = 0, b;

	/* "last year's 7.1 mln", "last year's total of 7.1 mln", "last
	 * harvest's record 4.1 mln": at most three words between */
	for (b = 0; b <= 3 && !found; b++, e--)
		if (last_crop_poss(g, e, s))
			found = 1;
		else if (!gram_in(g, e - 1, s) || g->t[e - 1].kind != TOK_WORD)
			return;
	if (!found)
		return;
	for (size_t k = 0; k < g->ncands && !main; k++)
		if (crop_year(g->cands[k].period) && !g->cands[k].base && !g->cands[k].prior)
			main = g->cands[k].period;	/* "Soybean production for 1986/87" */
	if (!main && g->last_s == s && crop_year(g->last_period))
		main = g->last_period;	/* "The current harvest ... 2.3 mln tonnes" */
	if (!main && g->per_par == g->par[s] && crop_year(g->ctx_period))
		main = g->ctx_period;
	if (main)
		period_shift_years(main, -1, period);
	else if (b > 1 && word_s(g, e, s, W_YEAR_S) && !strchr(period, '/') &&
		 !span_story_crop_years(g) &&
		 !word_s(g, e + 1, s, W_BY) && !word_s(g, e + 2, s, W_BY) && !estimate_at(g, e + 1, s))
		last_year_noun(g, s, period);	/* e: "year's", b - 1 words after it */
}
