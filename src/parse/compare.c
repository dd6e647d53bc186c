/*
 * compare.c - what a figure is compared with: the earlier value of a
 * comparison ("rose to 751 mln stg from 723 mln", "against 1.71 billion a
 * year earlier", "(EUR 245.5 bn)" after a change's base), a level a change
 * reaches or leaves ("fell to 12 pct from 17 pct"), and a change stated
 * against what follows it ("2.0 mln tonnes below last year's harvest").
 * frame.c decides the measure with these.
 *
 * Input: the token array, the clause tables of clause.c, the sentence's
 * period candidates and the figure before (g->prev_*, g->last_s, g->chg_s).
 * Output: yes/no answers, and the base a bracketed value belongs to.
 *
 * Invariants:
 *  1. Only f's sentence is read (gram_in()/word_s()), at most a few words
 *     either side of f, and the direction tables of its clause.
 *  2. Nothing of g is written: each function is a predicate over g's
 *     state (compare_own_base() fills its out parameter).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>

/* Words between "to" or "from" and the level it names ("from the present
 * 10.0 pct", "to between 16 and 18 pct"). */
static int level_filler(const struct gram *g, size_t k, size_t s)
{
	return word_s(g, k, s, W_THE) || word_s(g, k, s, W_PRESENT) ||
	       word_s(g, k, s, W_CURRENT) || word_s(g, k, s, W_BETWEEN);
}

/* The direction word nearest before token k in its clause is "growth". */
static int growth_before(const struct gram *g, size_t k, size_t s)
{
	for (size_t j = k - 1; gram_in(g, j, s) && g->clause[j] == g->clause[k]; j--)
		if (g->t[j].cls & (CLS_UP | CLS_DOWN))
			return tok_is(g, j, W_GROWTH);
	return 0;
}

/* "had risen to 40 pct of farmers' earnings, from 20 pct in 1982": the
 * "from" at k follows a comma after a level reached or a share. */
static int reached_before_comma(const struct gram *g, size_t k, size_t s)
{
	return g->prev_s == s && (g->prev_reached || g->prev_m == MEASURE_SHARE) &&
	       !g->prev_prior && gram_punct(g, k - 1, ",") && k <= g->prev_t1 + 8;
}

/*
 * A percent that a change reaches or leaves is a level, not a change:
 * "inflation fell to 12 pct from 17 pct", "declined from 40 pct in 1982 to
 * 35 pct", "to 4.5 pct in 1986/87 and 2.5 pct in 1987/88". Not "up to 50
 * pct" (a hedge) nor "up from 3 pct" (the change before: "rose 5 pct, up
 * from 3 pct").
 */
int compare_level_reached(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	if (g->prev_s == s && g->prev_reached && f->h0 <= g->prev_t1 + 8 && gram_in(g, k, s) &&
	    (tok_is(g, k, W_AND) || gram_punct(g, k, ",")))
		return 1;
	for (int n = 0; n < 2 && level_filler(g, k, s); n++)
		k--;
	/* "dropped to a record low of 4.08 pct", "rose to a 14-month high of
	 * 8.86 pct": the level reached named by its rank */
	if (word_s(g, k, s, W_OF) &&
	    (word_s(g, k - 1, s, W_LOW) || word_s(g, k - 1, s, W_HIGH) || word_s(g, k - 1, s, W_PEAK)))
		for (size_t j = k - 2, n = 0; n < 6 && gram_in(g, j, s) && !gram_punct(g, j, ",");
		     j--, n++)
			if (tok_is(g, j, W_TO)) {
				k = j;
				break;
			}
	/* "export growth was limited to 0.5 pct": a rate of change still */
	if (word_s(g, k, s, W_TO))
		return gram_in(g, k - 1, s) && !tok_is(g, k - 1, W_UP) &&
		       !tok_is(g, k - 1, W_COMPARED) && g->dir_before[k] != 0 &&
		       !(g->dir_before[k] > 0 && growth_before(g, k, s));
	if (word_s(g, k, s, W_FROM))
		return gram_in(g, k - 1, s) && !tok_is(g, k - 1, W_UP) &&
		       !tok_is(g, k - 1, W_DOWN) &&
		       (g->dir_before[k] != 0 || reached_before_comma(g, k, s));
	return 0;
}

/* "an increase of 13.6% compared with March 2024 (EUR 245.5 bn)": the
 * figure in brackets right after a change's base is the base's value; that
 * base, or NULL. */
const struct cand *compare_base_value(const struct gram *g, const struct fig *f, size_t s)
{
	if (!gram_punct(g, f->h0 - 1, "(") || !gram_in(g, f->h0 - 1, s))
		return NULL;
	for (size_t k = 0; k < g->ncands; k++)
		if (g->cands[k].base && g->cands[k].end + 1 == f->h0 && g->cands[k].period[0])
			return &g->cands[k];
	return NULL;
}

/*
 * Figure f is the earlier value of a comparison: "rose to 751 mln stg from
 * 723 mln" and "down from 75,160 tonnes" (a change word before "from" in
 * the clause), "against 1.71 billion a year earlier", "compared with a
 * surplus of 73 mln" (after another figure of the sentence), or "5 bln
 * dlrs a year earlier".
 */
int compare_earlier_value(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	if (compare_base_value(g, f, s))
		return 3;	/* its period is the base's */
	if (when_month_poss(g, f))
		return 1;	/* "from January's 129 mln" */

	/* "from 2.40 billion in 1986/87 and 3.33 billion in 1985/86": the
	 * list of earlier values goes on */
	if (g->prev_s == s && g->prev_prior && f->h0 <= g->prev_t1 + 8 && gram_in(g, k, s) &&
	    (tok_is(g, k, W_AND) || gram_punct(g, k, ",")))
		return 2;	/* its period, when none after it, as for any figure */

	/* Words between "compared" and the earlier value (class priorfill). */
	for (int b = 0; b < 5 && gram_in(g, k, s) && tok_has(g, k, CLS_PRIORFILL); b++)
		k--;
	if (!gram_in(g, k, s))
		return 0;
	/* ", or 1.4 percent, from $888.9 billion"; "rose by 70 pct in
	 * February, year-on-year, to 8.14 billion dlrs from 5.7 billion": the
	 * value left, right after the level a change of the sentence reached */
	if (tok_is(g, k, W_FROM))
		return g->dir_before[k] != 0 || (g->chg_s == s && gram_punct(g, k - 1, ",")) ||
		       reached_before_comma(g, k, s) ||
		       (g->chg_s == s && g->chg_t1 < k && g->prev_s == s && g->prev_t1 == k &&
			!g->prev_prior);
	if (tok_is(g, k, W_AGAINST) || tok_is(g, k, W_VERSUS) || tok_is(g, k, W_VS) ||
	    tok_is(g, k, W_COMPARED) || tok_is(g, k, W_COMPARING))
		return g->last_s == s;
	/* "a record trade surplus of 124 billion marks in 1986, after 86
	 * billion in 1985", "rose to 4.64 billion francs in January after 2.54
	 * billion in December": an amount in millions or more right after
	 * "after", when the figure before it is no change ("rose 29.9 billion
	 * dlrs after a 19.3 billion dlr third-quarter increase"; nor "after
	 * falling two pct", nor the percents of growth rates) */
	if (tok_is(g, k, W_AFTER))
		return f->scale > 1 && g->last_s == s && g->last_s != NO_SENT && g->prev_s == s &&
		       !measure_is_change(g->prev_m);
	return when_year_earlier(g, f);
}

/* f is followed by "above" or "below" (or "more than", "less than") and
 * what it is compared with ("its level", "last year's harvest", "that
 * of"): 2 when that is last year's, else 1; 0 when no such comparison
 * follows. The direction is up after "above" and "more". */
int compare_above(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->t1 + 1;

	/* "six pct less than the four week average", "0.9 percentage points
	 * more than a year before" */
	if ((word_s(g, f->t1, s, W_MORE) || word_s(g, f->t1, s, W_LESS)) &&
	    word_s(g, f->t1 + 1, s, W_THAN))
		k++;
	else if (!(word_s(g, f->t1, s, W_ABOVE) || word_s(g, f->t1, s, W_BELOW)))
		return 0;
	/* "18.2 per cent more than in the previous year" (flow4) */
	if (word_s(g, k, s, W_IN) && !word_s(g, f->t1, s, W_ABOVE) && !word_s(g, f->t1, s, W_BELOW))
		k++;
	if (!gram_in(g, k, s))
		return 0;
	if (tok_is(g, k, W_LAST) && (tok_is(g, k + 1, W_YEAR_S) || tok_is(g, k + 1, W_YEAR)))
		return 2;
	if (tok_is(g, k, W_THE) && (tok_is(g, k + 1, W_PREVIOUS) || tok_is(g, k + 1, W_PRECEDING)) &&
	    tok_is(g, k + 2, W_YEAR))
		return 2;	/* "more than in the previous year" (flow4) */
	if (tok_is(g, k, W_A) && tok_is(g, k + 1, W_YEAR) &&
	    (tok_is(g, k + 2, W_EARLIER) || tok_is(g, k + 2, W_BEFORE) || tok_is(g, k + 2, W_AGO)))
		return 2;
	/* "54 pct above February 1986's 6.88 billion", "above 1986's level"
	 * (flow4): a dated earlier value */
	if ((tok_has(g, k, CLS_MONTH) && gram_in(g, k + 1, s) && g->t[k + 1].kind == TOK_NUM &&
	     elide_year_like(&g->t[k + 1])) ||
	    (g->t[k].kind == TOK_NUM && elide_year_like(&g->t[k])))
		return 1;
	return tok_is(g, k, W_THE) || tok_is(g, k, W_ITS) || tok_is(g, k, W_THAT) ||
	       tok_is(g, k, W_LAST) || tok_is(g, k, W_THEIR);
}

/* The period a change names as its own base, in the phrase that follows
 * it: a word of comparison ("from", "against", "compared", "than",
 * "versus", "over", "above", "below", "on") and then, before the next
 * comma, semicolon or "and", the first dated phrase ("15.6 pct below
 * their level in February 1986", "17.8 pct lower against January 1986",
 * "42 pct above the 16.98 billion dlrs recorded in February 1986", "of 4.7
 * pct compared with March 1986"), or a bare month right after the word,
 * the last such month before the figure's own month p ("fell 0.3 pct
 * against December" in January 1987: 1986-12). 0 when the phrase names
 * none: a cue elsewhere in the clause ("up 2.6 pct from January's ... and
 * 42 pct above") belongs to another figure. */
int compare_own_base(const struct gram *g, const struct fig *f, size_t s, const char *p,
		     char out[static PERIOD_MAX])
{
	static const enum lex_word preps[] = { W_FROM, W_AGAINST, W_COMPARED, W_THAN, W_VERSUS,
					       W_OVER, W_ABOVE, W_BELOW, W_ON };
	size_t prep = 0, stop = f->t1, j;
	int py, pm, m;

	while (stop < f->t1 + 12 && gram_in(g, stop, s) && !gram_punct(g, stop, ",") &&
	       !gram_punct(g, stop, ";") && !gram_punct(g, stop, "(") && !tok_is(g, stop, W_AND))
		stop++;
	for (size_t k = f->t1; k < stop && !prep; k++)
		if (WORD_AMONG(g, k, preps))
			prep = k;
	if (!prep)
		return 0;
	/* "against December", "compared with November": the month alone */
	j = prep + 1 + (tok_is(g, prep, W_COMPARED) && (word_s(g, prep + 1, s, W_WITH) ||
							 word_s(g, prep + 1, s, W_TO)));
	if (j < stop && g->t[j].kind == TOK_WORD && !(j + 1 < stop && g->t[j + 1].kind == TOK_NUM) &&
	    (m = period_month(tok_text(g, j), g->t[j].len)) && strlen(p) == 7 &&
	    sscanf(p, "%4d-%2d", &py, &pm) == 2) {
		snprintf(out, PERIOD_MAX, "%04d-%02d", m < pm ? py : py - 1, m);
		return 1;
	}
	for (size_t c = 0; c < g->ncands; c++)
		if (g->cands[c].tok > prep && g->cands[c].tok < stop && g->cands[c].period[0]) {
			str_copy(out, PERIOD_MAX, g->cands[c].period, strlen(g->cands[c].period));
			return 1;
		}
	return 0;
}
