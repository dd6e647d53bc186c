/*
 * when_year.c - the words before a bare year that make it a figure's
 * period (issue 13, branch period10): a preposition ("in 1986", "for
 * 1986"), "calendar 1986", a noun it qualifies ("the 1986 deficit"), "in
 * late 1986", and, read here, the year named as one: "for the full year
 * 1986", "in the year 1986", "for all 1986", "for all of 1986".
 *
 * Also a quarter that a sentence names after a quarter of a written year,
 * with no year of its own ("1.5 pct in the first quarter of 1987 and 4.5
 * pct in the third quarter"): a quarter of that year.
 *
 * And a month that qualifies a flow or balance noun in a sentence dated
 * "last year" ("The January surplus last year was 1.19 billion"): that
 * month of last year.
 *
 * Input: the token array of gram.c, a sentence s and a year token k in it;
 * or the candidates of s so far.
 * Output: whether the year at k is a period phrase; a candidate's year.
 *
 * Invariants:
 *  1. Only tokens of sentence s are read (word_s(), class_s(),
 *     when_year_tok()), at most three before k.
 *  2. "the fiscal year 1986", "the marketing year 1986" are not read here:
 *     a fiscal or crop year is not its calendar year (rel_fiscal_at(),
 *     span_crop_year()).
 *  3. A quarter takes the year of a quarter its sentence named before it
 *     only when that one's year is written and the quarters between (none
 *     a base or an earlier value's) come in the year's order; its own
 *     written year wins.
 *  4. A month is added only to a whole year that "last year" gave, and
 *     only from a month right before a flow or balance noun
 *     (timing_month_modifier()).
 */
#include "parse/parse_int.h"

#include <string.h>

int when_year_led(const struct gram *g, size_t k, size_t s)
{
	if (class_s(g, k - 1, s, CLS_YEARPREP) || word_s(g, k - 1, s, W_CALENDAR) ||
	    span_modifies_noun(g, k, s))
		return 1;
	/* "in late 1986": the year, as "in mid-1986" */
	if ((word_s(g, k - 1, s, W_EARLY) || word_s(g, k - 1, s, W_LATE)) &&
	    class_s(g, k - 2, s, CLS_YEARPREP))
		return 1;
	/* "the full year 1986", "the year 1986"; not "fiscal year 1986" */
	if (word_s(g, k - 1, s, W_YEAR))
		return !word_s(g, k - 2, s, W_FISCAL) && !word_s(g, k - 2, s, W_FINANCIAL) &&
		       !word_s(g, k - 2, s, W_BUDGET) &&
		       !class_s(g, k - 2, s, CLS_CROPNOUN);
	/* "for all 1986", "for all of 1986"; not "for all 1987 crops" */
	if (gram_in(g, k + 1, s) && g->t[k + 1].kind == TOK_WORD && !word_s(g, k + 1, s, W_THE))
		return 0;
	if (word_s(g, k - 1, s, W_OF))
		return word_s(g, k - 2, s, W_ALL) && class_s(g, k - 3, s, CLS_YEARPREP);
	return word_s(g, k - 1, s, W_ALL) && class_s(g, k - 2, s, CLS_YEARPREP);
}

/* A quarter's period, "YYYY-Qn". */
static int quarter_p(const char *p)
{
	return strlen(p) == 7 && p[4] == '-' && p[5] == 'Q';
}

/* A year token among tokens [t0, t1) of sentence s. */
static int year_written(const struct gram *g, size_t s, size_t t0, size_t t1)
{
	for (size_t t = t0; t < t1; t++)
		if (when_year_tok(g, t, s))
			return 1;
	return 0;
}

int when_quarter_year(const struct gram *g, size_t s, struct cand *c, size_t n)
{
	char q = c[n].period[6];

	if (!quarter_p(c[n].period) || year_written(g, s, c[n].tok, c[n].end + 2))
		return 0;
	/* back over quarters named in the year's order ("the first quarter
	 * of 1987, ... during the second quarter and ... in the third
	 * quarter") to the one whose year is written */
	for (size_t j = n; j-- > 0;) {
		if (c[j].base || c[j].prior || c[j].same || !quarter_p(c[j].period))
			continue;
		if (c[j].period[6] >= q)
			return 0;
		if (year_written(g, s, c[j].tok, c[j].end)) {
			memcpy(c[n].period, c[j].period, 4);	/* "the third quarter": of 1987 */
			return 1;
		}
		q = c[j].period[6];
	}
	return 0;
}

void when_month_last_year(const struct gram *g, const struct fig *f, size_t s,
			  char period[static PERIOD_MAX])
{
	char m[PERIOD_MAX];

	if (strlen(period) != 4)
		return;
	for (size_t k = 0; k < g->ncands; k++) {
		const struct cand *c = &g->cands[k];

		if (strcmp(c->period, period) || c->base || c->prior || !tok_is(g, c->tok, W_LAST) ||
		    !word_s(g, c->tok + 1, s, W_YEAR))
			continue;
		if (timing_month_modifier(g, s, f->t0, m) && strlen(m) == 7)
			memcpy(period + 4, m + 4, 4);	/* "1986" -> "1986-01" */
		return;
	}
}
