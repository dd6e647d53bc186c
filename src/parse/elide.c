/*
 * elide.c - figures whose unit is written elsewhere (gram.c asks): an elided
 * unit taken from a figure before ("rose to 9.5 billion dlrs from 7.1
 * billion", "imports 14.5 billion, he added", "after 1.8270 yesterday") and
 * the cells of a statistical story's table, whose lead declares the unit
 * ("in thousand tonnes, unless noted --").
 *
 * Input: the token array of gram.c, a position, the figures before it.
 * Output: whether the number there is such a figure, and whose unit it takes.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read, and the line of a
 *     table cell (at most 160 bytes back): the work per number is bounded.
 *  2. A carried unit comes only from a figure of the same sentence, the
 *     sentence before or the same paragraph (with the same scale word); a
 *     bare number takes one only within a factor three of its number.
 *  3. Nothing here makes a figure of a year, a count of a noun ("3 mln
 *     shares"), zero or a range's lower end (range_before() takes that).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <math.h>
#include <string.h>

/* Words that may follow a table's unit in its lead ("in tonnes, with
 * comparisons", "in mln tonnes, except where noted"). */
static const enum lex_word table_next[] = { W_UNLESS, W_EXCEPT, W_WITH, W_BY, W_ARE, W_AS,
					    W_SHOWING };

/* Token i starts a table's unit: "(" or "in", an optional scale ("thousand",
 * "thousands of", "mln"), a currency or quantity unit (a scale after it: "in
 * EUR bn"), then a sign, the
 * line's end or a word of table_next[]. Sets tb and returns 1, or 0 (tb
 * as it was, but for a lead naming a second unit: no unit). */
int elide_table_unit(const struct gram *g, size_t i, struct table *tb)
{
	size_t s = g->sent[i], j = i, k;
	struct claim cl;
	const char *iso = NULL;
	double sc = 1, factor = 1;

	if (s == NO_SENT)
		return 0;
	if (gram_punct(g, j, "("))
		j++;
	if (tok_is(g, j, W_IN) && gram_in(g, j, s))
		j++;
	if (j == i || !gram_in(g, j, s))
		return 0;
	if (tok_has(g, j, CLS_SCALE)) {
		sc = tok_lex(g, j)->scale;
		j++;
		if (tok_is(g, j, W_OF))
			j++;
	}
	memset(&cl, 0, sizeof(cl));
	if (!gram_in(g, j, s) || g->t[j].kind != TOK_WORD ||	/* "in mln" ending the text */
	    !(k = gram_unit_after(g, j, s, &iso, &cl, &factor)) ||
	    cl.per[0] || cl.kind == CLAIM_PERCENT)
		return 0;
	j += k;
	if (sc == 1 && gram_in(g, j, s) && tok_has(g, j, CLS_SCALE))
		sc = tok_lex(g, j++)->scale;	/* "in EUR bn:" */
	if (gram_in(g, j, s) && g->t[j].kind != TOK_PUNCT && g->t[j].kind != TOK_WORD)
		return 0;	/* "( $ 2.54 billion )" is a figure */
	if (gram_in(g, j, s) && g->t[j].kind == TOK_WORD && !WORD_AMONG(g, j, table_next) &&
	    g->t[j].off <= g->t[j - 1].off + g->t[j - 1].len + 1 &&
	    !memchr(g->d->buf + g->t[j - 1].off + g->t[j - 1].len, '\n',
		    g->t[j].off - g->t[j - 1].off - g->t[j - 1].len))
		return 0;
	/* "the rate of payments, in cts per lb, ... and the quantity, in
	 * short tons", "in mln bushels, except feedgrains, which is in mln
	 * tonnes": a lead naming two units gives its table neither */
	for (size_t q = g->s[s].t0; q + 1 < i; q++) {
		struct claim c2;
		const char *iso2 = NULL;
		double f2 = 1;
		size_t u = q + 1 + (q + 2 < i && tok_has(g, q + 1, CLS_SCALE));	/* "in mln bushels" */

		memset(&c2, 0, sizeof(c2));
		if (tok_is(g, q, W_IN) && g->t[u].kind == TOK_WORD &&
		    gram_unit_after(g, u, s, &iso2, &c2, &f2)) {
			if (tb->t >= g->s[s].t0 && tb->t < i)
				tb->unit[0] = '\0';	/* the first unit's, set before */
			return 0;
		}
	}
	if (iso) {
		cl.kind = CLAIM_MONEY;
		str_copy(cl.unit, sizeof(cl.unit), iso, strlen(iso));
	}
	memcpy(tb->unit, cl.unit, sizeof(tb->unit));
	tb->kind = cl.kind;
	tb->scale = sc;
	tb->factor = factor;
	tb->t = j - 1;
	return 1;
}

/*
 * The number at token i (or its sign, the number at n) is a cell of a
 * table: its line starts with a label followed by a gap of two spaces or
 * more ("Soybean Meal  4,098.0   3,880.6", "Balance   -67.6   +3.4"),
 * a space or "(" comes before it and a space, the line's end, ")" or ","
 * after it (a footnote mark "-x" between). Reads at most a line's bytes.
 */
int elide_table_cell(const struct gram *g, size_t i, size_t n)
{
	const char *b = g->d->buf;
	size_t off = g->t[i].off, end = g->t[n].off + g->t[n].len, len = g->d->len, ls = off, gap = 0,
	       run = 0;
	int label = 0;

	while (ls > 0 && b[ls - 1] != '\n' && off - ls < 160)
		ls--;
	if (ls > 0 && b[ls - 1] != '\n')
		return 0;
	if (off == ls || (b[off - 1] != ' ' && b[off - 1] != '('))
		return 0;
	for (size_t p = ls; p < off; p++) {
		if (b[p] == ' ') {
			if (label && ++run >= 2)
				gap = 1;
			continue;
		}
		run = 0;
		if (!label && !((b[p] | 0x20) >= 'a' && (b[p] | 0x20) <= 'z'))
			return 0;	/* a line starting with a number is prose or a date */
		label = 1;
	}
	if (!gap)
		return 0;
	if (end + 1 < len && b[end] == '-' && ((b[end + 1] | 0x20) >= 'a' && (b[end + 1] | 0x20) <= 'z'))
		end += 2;
	return end >= len || b[end] == ' ' || b[end] == '\n' || b[end] == '\r' || b[end] == ')' ||
	       b[end] == ',';
}

/* Words after which an elided number is still a figure: "6.20 billion in
 * January", "the 76.67 mln planted last year", "889.5) in January". */
static const enum lex_word elided_next[] = {
	W_AFTER, W_YESTERDAY, W_TODAY, W_PLANTED, W_HARVESTED, W_PRODUCED, W_LAST, W_THIS,
	W_NEXT, W_PREVIOUS, W_EARLIER, W_AGO, W_BEFORE, W_REVISED, W_PROVISIONAL, W_AT,
	W_RESPECTIVELY, W_INSPECTED, W_SOWN, W_SET, W_POSTED, W_REQUIRED, W_RECORDED,
	W_REGISTERED, W_REPORTED, W_FORECAST, W_ESTIMATED, W_IS, W_WAS, W_WERE, W_HAD, W_FIGURE,
	W_WORTH,	/* "bought 170.5 mln worth of items" */
};

/*
 * The tokens from j say that the number before them is a figure whose unit
 * was elided, not a count of something ("1.5 mln shares"): the end of the
 * sentence, a closing or separating sign, a preposition, conjunction,
 * balance, direction or period word; "of" only before a month or number.
 * Never the lower end of a range ("60.7 to 69.0 mln", "between 150 mln and
 * 600 mln dlrs"; the figure starts at token i and is v without its unit):
 * range_before() takes that with the upper end's unit.
 */
int elide_before(const struct gram *g, size_t i, size_t j, size_t s, double v)
{
	if (!gram_in(g, j, s) || g->t[j].kind == TOK_NEWLINE)
		return 1;
	if (g->t[j].kind == TOK_PUNCT)	/* a spaced dash ends it, a glued one joins */
		return !(gram_punct(g, j, "-") && gram_glued(g, j)) && !gram_punct(g, j, "/") &&
		       !gram_punct(g, j, "%") && !gram_punct(g, j, "$");
	if (g->t[j].kind != TOK_WORD)
		return 0;
	/* "rose 360 mln to 27.7 billion": a change and the level it reached,
	 * where the two can be no range ("fall by 15 billion to 20 billion
	 * dlrs" can) */
	if (tok_is(g, j, W_TO) && gram_in(g, i - 1, s) && v > 0 &&
	    (tok_has(g, i - 1, CLS_UP | CLS_DOWN) || tok_is(g, i - 1, W_BY)) &&
	    gram_in(g, j + 2, s) && g->t[j + 1].kind == TOK_NUM && tok_has(g, j + 2, CLS_SCALE) &&
	    g->t[j + 1].num * tok_lex(g, j + 2)->scale > v * 10)
		return 1;
	if ((tok_is(g, j, W_TO) || tok_is(g, j, W_AND) || tok_is(g, j, W_OR)) && gram_in(g, j + 1, s) &&
	    (g->t[j + 1].kind == TOK_NUM || tok_has(g, j + 1, CLS_NUMBER)))
		return tok_is(g, j, W_AND) && !(gram_in(g, i - 1, s) && tok_is(g, i - 1, W_BETWEEN));
	/* "exports of 22.9 mln of crude", "1.5 mln wheat/1.0 mln barley":
	 * what the carried unit counts, named after it */
	if (tok_is(g, j, W_OF))
		return gram_in(g, j + 1, s) && (g->t[j + 1].kind == TOK_NUM ||
						tok_has(g, j + 1, CLS_MONTH | CLS_COMMODITY | CLS_COMMODMOD));
	if (tok_has(g, j, CLS_COMMODITY) && !tok_has(g, j + 1, CLS_COMMODTAIL) &&
	    !(gram_in(g, j + 1, s) && g->t[j + 1].kind == TOK_WORD && !tok_has(g, j + 1, CLS_CLAUSESTART)))
		return 1;
	/* "rather than the 210 mln announced", "above the 6.84 billion
	 * reached in", "close to the 3.37 mln under licence": "the" makes the
	 * figure a noun, a participle or "under" tells of it (units7) */
	if (i > 0 && gram_in(g, i - 1, s) && tok_is(g, i - 1, W_THE) &&
	    (tok_is(g, j, W_UNDER) || (g->t[j].len > 4 && tok_text(g, j)[0] >= 'a' &&
				      !memcmp(tok_text(g, j) + g->t[j].len - 2, "ed", 2))))
		return 1;
	return tok_has(g, j, CLS_ELISION | CLS_PRIOR | CLS_BASEPREP | CLS_MONTHPREP | CLS_YEARPREP |
			      CLS_YEARBASE | CLS_CLAUSESTART | CLS_BALANCE | CLS_MONTH | CLS_SWITCH |
			      CLS_UP | CLS_DOWN | CLS_HEDGE | CLS_DEADLINE | CLS_VERBIMP |
			      CLS_VERBEXP) ||
	       WORD_AMONG(g, j, elided_next);
}

/* A number of up to 4 digits that could be a year ("from 1986"). */
int elide_year_like(const struct token *t)
{
	return !t->decimals && t->num >= 1900 && t->num <= 2100 && t->len == 4;
}

/*
 * The number at token n (no scale, no unit) is an elided figure of the same
 * unit and scale as a figure of cr in its sentence:
 * "998.4 mln dlrs, from 889.2 mln (revised from 889.5) in January and 903.2
 * in February", "fixed at 1.8162 marks after 1.8270 yesterday", "to 9.5 pct
 * from 9.7". It follows a comparing word (from, against, after, and, than,
 * of, a possessive...), is within a factor three of the carried number
 * (two for a percent) and is no year. Returns the figure whose unit, scale
 * and factor it takes, or NULL.
 */
const struct slot *elide_bare(const struct gram *g, size_t n, size_t j, size_t s,
					const struct carry *cr)
{
	const struct token *t = &g->t[n];
	const struct slot *c[2] = { &cr->last, &cr->prev };
	const char *w;
	size_t wl;
	int poss;
	double r;

	if (elide_year_like(t) || !gram_in(g, n - 1, s) || g->t[n - 1].kind != TOK_WORD ||
	    !elide_before(g, n, j, s, 0))
		return NULL;
	/* "between June 2 and 13", "from March 3 to 9": a date's day (words9) */
	if (gram_in(g, n - 3, s) && g->t[n - 2].kind == TOK_NUM && tok_has(g, n - 3, CLS_MONTH) &&
	    (tok_is(g, n - 1, W_AND) || tok_is(g, n - 1, W_TO)) && !t->decimals && t->num >= 1 &&
	    t->num <= 31)
		return NULL;
	/* "after yesterday's 2.910" */
	w = tok_text(g, n - 1);
	wl = g->t[n - 1].len;
	poss = wl > 2 && w[wl - 2] == '\'' && (w[wl - 1] == 's' || w[wl - 1] == 'S');
	if (cr->pct.unit[0] && cr->pct.s == s && (cr->last.s != s || cr->pct.t > cr->last.t)) {
		if (cr->pct.mant > 0 &&
		    (tok_has(g, n - 1, CLS_PRIOR | CLS_BASEPREP) || tok_is(g, n - 1, W_AFTER)) &&
		    (r = t->num / cr->pct.mant) >= 0.5 && r <= 2)
			return &cr->pct;
		return NULL;
	}
	if (!(tok_has(g, n - 1, CLS_ELISION) || tok_is(g, n - 1, W_AFTER) || poss))
		return NULL;
	for (size_t k = 0; k < 2; k++)
		if (c[k]->unit[0] && c[k]->s == s && c[k]->mant > 0 &&
		    (r = t->num / c[k]->mant) >= 1 / 3.0 && r <= 3)
			return c[k];
	return NULL;
}

/* Remembers figure f (claim cl) as the one a later elided figure takes its
 * unit from: money, a quantity that is no price, or a percent. */
void elide_carry_set(const struct gram *g, const struct fig *f, const struct claim *cl,
		      struct carry *cr)
{
	struct slot n = { .kind = cl->kind, .s = g->sent[f->t0], .t = f->t0, .scale = f->scale,
			  .factor = f->factor };
	double m = f->scale * f->factor;

	n.mant = m > 0 ? fabs(cl->value) / m : 0;
	str_copy(n.unit, sizeof(n.unit), cl->unit, strlen(cl->unit));
	/* the story's currency: its first, unless another one follows */
	if (cl->kind == CLAIM_MONEY && !cr->money[0])
		str_copy(cr->money, sizeof(cr->money), cl->unit, strlen(cl->unit));
	else if (cl->kind == CLAIM_MONEY && strcmp(cr->money, cl->unit))
		cr->mixed = 1;
	if (cl->kind == CLAIM_MONEY || (cl->kind == CLAIM_QUANTITY && !cl->per[0])) {
		cr->prev = cr->last;
		cr->last = n;
	} else if (cl->kind == CLAIM_PERCENT) {
		cr->pct = n;
	}
}

