/*
 * lists.c - the unit a bare number takes from the list or story it stands
 * in: bracketed items ("China (419,196 tonnes), Egypt (301,909)"), labelled
 * items written out in full ("Saudi Arabia 90,944 tonnes barley, China
 * 87,259 wheat"), items after a unit their line declares ("IN THOUS BUSHELS
 * SOYBEANS 17,683 WHEAT 20,717"), and a bare amount in a story whose money
 * is all in one currency ("Imports were 7.16 billion.").
 *
 * Input: the token array of gram.c, the bare number at token i (its unit
 * would start at j), what came before (struct carry, struct table).
 * Output: the unit (a currency in *iso, else cl's kind and unit), scale
 * and factor.
 *
 * Invariants:
 *  1. Only tokens of the number's sentence s are read.
 *  2. A number takes a unit only from a figure of its own sentence, a
 *     table unit its sentence declares, or (money with a scale word,
 *     after a flow or balance word) the story's single currency so far.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

/* Token i labels a list item: a country or commodity, or a capitalised
 * word that is no month or weekday ("Poland 54,500", "wheat 20,717"). */
static int list_label(const struct gram *g, size_t i, size_t s)
{
	const char *w;

	if (!gram_in(g, i, s) || g->t[i].kind != TOK_WORD || tok_has(g, i, CLS_MONTH | CLS_WEEKDAY))
		return 0;
	if (tok_has(g, i, CLS_COUNTRY | CLS_COMMODITY))
		return 1;
	w = tok_text(g, i);
	return *w >= 'A' && *w <= 'Z' && !tok_has(g, i, CLS_SCALE | CLS_CLAUSESTART);
}

/* Sentence s names a flow or a balance ("exports", "surplus"; not a verb:
 * "it sold 9.3 billion" sold anything) before token i. */
static int trade_before(const struct gram *g, size_t s, size_t i)
{
	for (size_t k = g->s[s].t0; k < i; k++)
		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE))
			return 1;
	return 0;
}

/* Slot c is a figure of sentence s, written out in full, at most 40 tokens
 * before token i: the first item of a labelled list. */
static int full_item(const struct slot *c, size_t s, size_t i)
{
	return c->unit[0] && c->s == s && c->scale == 1 && c->mant >= 1000 && c->t < i &&
	       i - c->t <= 40;
}

/* Token j ends a list item: a comma, "and", a bracket or the sentence's
 * end, perhaps after a commodity ("87,259 wheat,"). */
static int list_item_end(const struct gram *g, size_t j, size_t s)
{
	if (gram_in(g, j, s) && tok_has(g, j, CLS_COMMODITY))
		j++;	/* "87,259 wheat," but not "4,952,000 grain cubics" */
	return !gram_in(g, j, s) || gram_punct(g, j, ",") || gram_punct(g, j, ";") ||
	       gram_punct(g, j, ")") || gram_punct(g, j, "(") || gram_punct(g, j, ".") ||
	       tok_is(g, j, W_AND);
}

int gram_list_unit(const struct gram *g, size_t i, size_t j, size_t s, const struct carry *cr,
		   const struct table *tb, double num, int dec, int nw, int plain, double *scale,
		   double *factor, const char **iso, struct claim *cl)
{
	/* "China (419,196 tonnes), Egypt (301,909), Iraq (142,055)": a list
	 * of bracketed items shares the first one's unit; so does a bracketed
	 * number right after a figure ("Netherlands 500,000 (600,000)") */
	if (plain && *scale == 1 &&
	    cr->last.unit[0] && cr->last.s == s && cr->last.t > 0 && cr->last.t < i &&
	    (gram_punct(g, cr->last.t - 1, "(") || g->fig_end == i - 1) && gram_punct(g, i - 1, "(") &&
	    gram_punct(g, j, ")") &&
	    !elide_year_like(&g->t[i])) {
		const struct slot *c = &cr->last;

		/* "(one mln), Netherlands 500,000 (600,000)": a number written
		 * out in full has no scale word to share */
		*scale = num >= 1000 && c->mant < 1000 ? 1 : c->scale;
		*factor = c->factor;
		if (c->kind == CLAIM_MONEY) {
			*iso = c->unit;
		} else {
			cl->kind = c->kind;
			str_copy(cl->unit, sizeof(cl->unit), c->unit, strlen(c->unit));
		}
		return 1;
	}
	/* "Saudi Arabia 90,944 tonnes barley, China 87,259 wheat, Algeria
	 * 64,896": the labelled items of a list written out in full share
	 * the first one's unit */
	if (plain && *scale == 1 && !dec && num >= 1000 &&
	    memchr(tok_text(g, i), ',', g->t[i].len) && list_label(g, i - 1, s) &&
	    list_item_end(g, j, s) && (full_item(&cr->last, s, i) || full_item(&cr->prev, s, i))) {
		/* the last figure, or the one before it ("Belgium 500,000
		 * tonnes (one mln), Netherlands 500,000") */
		const struct slot *c = full_item(&cr->last, s, i) ? &cr->last : &cr->prev;

		*factor = c->factor;
		if (c->kind == CLAIM_MONEY) {
			*iso = c->unit;
		} else {
			cl->kind = c->kind;
			str_copy(cl->unit, sizeof(cl->unit), c->unit, strlen(c->unit));
		}
		return 1;
	}
	/* "EXPORT INSPECTIONS, IN THOUS BUSHELS SOYBEANS 17,683 WHEAT 20,717":
	 * labelled items after a unit declared in their sentence */
	if (tb && tb->unit[0] && tb->t < i && g->sent[tb->t] == s &&
	    plain && *scale == 1 && !dec && num >= 1000 && memchr(tok_text(g, i), ',', g->t[i].len) &&
	    list_label(g, i - 1, s) && list_item_end(g, j, s)) {
		*scale = tb->scale;
		*factor = tb->factor;
		cl->kind = tb->kind;
		str_copy(cl->unit, sizeof(cl->unit), tb->unit, strlen(tb->unit));
		return 1;
	}
	/* "Imports were 7.16 billion." in a story whose money so far is all
	 * in one currency (stg): that currency, when a scale word says it is
	 * an amount and its sentence spoke of trade before it ("output fell
	 * to four mln" counts chips) */
	if (cr->money[0] && !cr->mixed && *scale >= 1e6 &&
	    (plain || nw) && cr->last.s != NO_SENT && elide_before(g, i, j, s, num * *scale) &&
	    gram_in(g, i - 1, s) && g->t[i - 1].kind == TOK_WORD && trade_before(g, s, i) &&
	    !(gram_in(g, j + 1, s) && g->t[j + 1].kind == TOK_NUM &&
	      (tok_is(g, j, W_AND) || tok_is(g, j, W_TO) || tok_is(g, j, W_OR)))) {
		/* not "put at 2.6 million and 540,000 tonnes respectively": a
		 * list's first item takes the list's unit (range.c) */
		*iso = cr->money;
		return 1;
	}
	return 0;
}
