/*
 * points.c - a change of a rate written in points (units7, issue 13 point
 * 5): "1/4 point" and "cut rates half a point to 9.25 pct" in a sentence
 * about rates (recall4), and a number glued to its point unit, as
 * releases and modern wires write it: "a 25-basis-point cut", "a
 * 0.5-point rise in the rate". tests/eval/gold/GUIDE.md: percentage points are `pp`, basis
 * points `bp`.
 *
 * Points in words alone ("a half-point cut", "by a quarter-point", "a
 * one-point rise") are no figure here: the gold suites count them in some
 * stories and not in others (tests/eval/gold/README.md), and counting them
 * cost figure precision on the Reuters test half twice (fe1ee7c; units7).
 *
 * Input: the token array of gram.c, a number figure_at() read and the
 * tokens after it. Output: the tokens the point unit takes, with kind
 * CLAIM_PERCENT and unit "pp" or "bp" set on the claim (0: none).
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence s are read (gram_in()), at most
 *     three before the figure and two after it: the work per number is
 *     bounded.
 *  2. The sentence speaks of a rate or a percent (gram_rate_sentence()):
 *     "the index fell 12 points", "a 10-point plan" are no figures.
 *  3. A number glued to "-point" or "-basis-point" is a figure only where a
 *     change says so: a change word after it ("cut", "rise", also after
 *     "rate"), or "by" or a change verb before it ("by a 0.5-point
 *     margin" is none). "At one point" is none.
 *  4. A fraction of a point ("1/4 point") or "half a point" in such a
 *     sentence needs no change word (recall4): dealers write rate moves so.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

/* The change the point figure from token a to token b (exclusive) sizes:
 * a change word after it (past one "rate" or "rates"), or "by" or a change
 * verb before it (past "a", "another", "further"). */
static int point_change(const struct gram *g, size_t a, size_t b, size_t s)
{
	size_t q = b, p = a;

	if (p > 0 && gram_in(g, p - 1, s) &&
	    (tok_is(g, p - 1, W_A) || tok_is(g, p - 1, W_AN) || tok_is(g, p - 1, W_ANOTHER) ||
	     tok_is(g, p - 1, W_FURTHER)))
		p--;
	if (p > 0 && gram_in(g, p - 1, s) && tok_is(g, p - 1, W_AT))
		return 0;	/* "at one point rates rose" */
	if (gram_in(g, q, s) && (tok_is(g, q, W_RATE) || tok_is(g, q, W_RATES)))
		q++;
	if (gram_in(g, q, s) && g->t[q].kind == TOK_WORD && tok_has(g, q, CLS_UP | CLS_DOWN))
		return 1;
	return p > 0 && gram_in(g, p - 1, s) && g->t[p - 1].kind == TOK_WORD &&
	       (tok_is(g, p - 1, W_BY) || tok_has(g, p - 1, CLS_UP | CLS_DOWN));
}

static const char *const units[] = { "percentage-points", "percentage-point", "basis-points",
				     "basis-point", "points", "point" };

/* The word w (n bytes) is one of units[]: 1 and *bp for basis points, or 0. */
static int point_unit(const char *w, size_t n, int *bp)
{
	for (size_t k = 0; k < ARRAY_SIZE(units); k++)
		if (n == strlen(units[k]) && !strncasecmp(w, units[k], n)) {
			*bp = units[k][0] == 'b';
			return 1;
		}
	return 0;
}

static void set_points(struct claim *cl, int bp)
{
	cl->kind = CLAIM_PERCENT;
	strcpy(cl->unit, bp ? "bp" : "pp");
}

/*
 * The number at tokens i..j-1 (value num; fraction: a fraction alone; nw:
 * its words, "half a" is two) is followed at j by a point unit: "point",
 * "points" ("1/4 point", "half a point"), or a glued "-basis-point" or
 * "-point" ("25-basis-point", "0.5-point"). Returns the tokens the unit
 * takes and sets the claim's kind and unit, or 0 (invariants 2 to 4).
 */
size_t gram_point_after(const struct gram *g, size_t i, size_t j, size_t s, double num, size_t nw,
			int fraction, struct claim *cl)
{
	int bp = 0;

	if (!gram_in(g, j, s))
		return 0;
	if ((tok_is(g, j, W_POINT) || tok_is(g, j, W_POINTS)) && gram_rate_sentence(g, s)) {
		/* "cut its prime rate half a point to 9.25 pct", "1/4 point"
		 * (recall4; tests/eval/gold/README.md) */
		if (!(fraction || (nw == 2 && tok_is(g, i, W_HALF))))
			return 0;
		set_points(cl, 0);
		return 1;
	}
	/* "a 25-basis-point cut", "a 0.5-point rise" */
	if (!nw && num > 0 && gram_punct(g, j, "-") && gram_glued(g, j) && gram_in(g, j + 1, s) &&
	    gram_glued(g, j + 1) && g->t[j + 1].kind == TOK_WORD) {
		if (!point_unit(tok_text(g, j + 1), g->t[j + 1].len, &bp) || (!bp && num > 10) ||
		    !gram_rate_sentence(g, s) || !point_change(g, i, j + 2, s))
			return 0;
		set_points(cl, bp);
		return 2;
	}
	return 0;
}
