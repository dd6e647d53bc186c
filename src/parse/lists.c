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

/* A country labels the item at token i, after a comma or "and" ("averaged
 * 95.8 pct, the EC 28.1 and the U.S. 17.2", "West Germany 1.8"): the
 * country's words, perhaps abbreviated with stops, and perhaps "the"
 * before them. */
static int country_item(const struct gram *g, size_t i, size_t s)
{
	size_t k = i - 1, n = 0;
	int country = 0;

	while (n < 5 && gram_in(g, k, s) &&
	       ((g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_COUNTRY)) ||
		(g->t[k].kind == TOK_WORD && g->t[k].len <= 2 && *tok_text(g, k) >= 'A' &&
		 *tok_text(g, k) <= 'Z') ||
		(gram_punct(g, k, ".") && gram_glued(g, k)) ||
		(country && g->t[k].kind == TOK_WORD && *tok_text(g, k) >= 'A' &&
		 *tok_text(g, k) <= 'Z' && !tok_has(g, k, CLS_MONTH | CLS_WEEKDAY)))) {
		country |= g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_COUNTRY);
		k--;
		n++;
	}
	if (!n || !gram_in(g, k, s))
		return 0;
	if (tok_is(g, k, W_THE))
		k--;
	return (country || n >= 2) && gram_in(g, k, s) &&
	       (gram_punct(g, k, ",") || tok_is(g, k, W_AND));
}

/* The figure of sentence s whose items follow it before token i: the
 * later of the last money or quantity figure and the last percent. */
static const struct slot *item_head(const struct carry *cr, size_t s, size_t i)
{
	const struct slot *a = &cr->last, *b = &cr->pct;
	int oka = a->unit[0] && a->s == s && a->t < i, okb = b->unit[0] && b->s == s && b->t < i;

	if (oka && okb)
		return a->t > b->t ? a : b;
	return oka ? a : okb ? b : NULL;
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
	/* "Japan's PSE averaged 95.8 pct, the EC 28.1 and the U.S. 17.2":
	 * items labelled by a country after a figure of their sentence, written
	 * alike (with as many decimals), share its unit and scale (recall4) */
	if (plain && *scale == 1 && dec >= 1 && !nw) {
		const struct slot *c = item_head(cr, s, i);

		if (c && i - c->t <= 30 && c->mant > 0 && num * 20 >= c->mant && num <= c->mant * 20 &&
		    g->t[c->t].kind == TOK_NUM && g->t[c->t].decimals == dec &&
		    country_item(g, i, s) && list_item_end(g, j, s)) {
			*scale = c->scale;
			*factor = c->factor;
			if (c->kind == CLAIM_MONEY) {
				*iso = c->unit;
			} else {
				cl->kind = c->kind;
				str_copy(cl->unit, sizeof(cl->unit), c->unit, strlen(c->unit));
			}
			return 1;
		}
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
	 * to four mln" counts chips); "the last trade deficit was a 428 mln
	 * shortfall" (recall4) */
	if (cr->money[0] && !cr->mixed && *scale >= 1e6 &&
	    (plain || nw) && cr->last.s != NO_SENT &&
	    (elide_before(g, i, j, s, num * *scale) || tok_is(g, j, W_SHORTFALL)) &&
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

/* ---- a currency's rate, quoted bare (recall3, issue 13) --------------- */

/* A currency name's code in the story's country ("the dinar" in an Algiers
 * story is Algeria's, "The shilling" in a Kampala one Uganda's). */
static const char *own_name(const struct gram *g, const char *iso)
{
	const char *o = g->doc_country ? units_local_name(iso, g->doc_country) : NULL;

	return o ? o : iso;
}

/* The currency token k names as one quoted: "the yen", "The Kuwaiti
 * dinar", "the spot riyal", "the Taiwan dollar", "YEN" opening a headline, "14.50 bolivars"
 * (a figure's unit); NULL for a subunit ("cents") or a name with none of
 * these before it ("Japan won concessions"). */
static const char *quoted_currency(const struct gram *g, size_t k, size_t s)
{
	const char *iso;

	/* "the mark", "the West German mark" ("mark" alone is no currency) */
	if (tok_is(g, k, W_MARK) && gram_in(g, k - 1, s) &&
	    (tok_is(g, k - 1, W_THE) || tok_has(g, k - 1, CLS_COUNTRY)))
		return "DEM";
	if (!tok_has(g, k, CLS_CURNAME) || tok_lex(g, k)->cur_factor != 1)
		return NULL;
	iso = tok_lex(g, k)->cur;
	if (!gram_in(g, k - 1, s))
		return k == g->s[s].t0 ? own_name(g, iso) : NULL;
	if (tok_has(g, k - 1, CLS_CURADJ)) {
		const char *a = units_currency_adjective(tok_text(g, k - 1), g->t[k - 1].len,
							 tok_text(g, k), g->t[k].len);

		return a ? a : iso;
	}
	if (tok_has(g, k - 1, CLS_COUNTRY))
		return iso;	/* "the Kuwaiti dinar" in an Algiers story */
	if (tok_is(g, k - 1, W_THE) || tok_has(g, k - 1, CLS_SCALE) || g->t[k - 1].kind == TOK_NUM)
		return own_name(g, iso);
	/* "The spot riyal", "the local won": one word between */
	if (g->t[k - 1].kind == TOK_WORD && word_s(g, k - 2, s, W_THE))
		return own_name(g, iso);
	return NULL;
}

/* The nearest currency quoted in sentence s before token i (all of it when
 * i is past its end), other than base; NULL if none. */
static const char *quoted_before(const struct gram *g, size_t s, size_t i, const char *base)
{
	const char *q;

	if (i > g->s[s].t1)
		i = g->s[s].t1;
	for (size_t k = i; k-- > win_lo(g, s, i) && k >= g->s[s].t0;) {
		if ((q = quoted_currency(g, k, s)) && (!base || strcmp(q, base)))
			return q;
		/* a currency not told apart (not a subunit, not "U.S. Dollar"):
		 * never one named before it */
		if (!q && (tok_is(g, k, W_MARK) ||
			   (tok_has(g, k, CLS_CURNAME) && tok_lex(g, k)->cur_factor == 1 &&
			    strcmp(tok_lex(g, k)->cur, "USD"))))
			return NULL;
	}
	return NULL;
}

/* The currency a bare rate quote of sentence s is in: one quoted before it
 * in s, else a figure's later in s, else one quoted in the sentence before
 * it in its paragraph, or, when s opens
 * with "It" ("It rose four cents ... to close at 34.59"), in one of the
 * three sentences before. */
static const char *quoted_for(const struct gram *g, size_t s, size_t i, const char *base)
{
	const char *q = quoted_before(g, s, i, base);
	int it = tok_is(g, g->s[s].t0, W_IT);

	/* "sold its dollars at 7.50 to the dollar but bought ... at 14.50
	 * bolivars": a figure's currency later in the sentence */
	for (size_t k = i + 1; !q && k < win_hi(g, s, i); k++)
		if (g->t[k - 1].kind == TOK_NUM && (q = quoted_currency(g, k, s)) && base &&
		    !strcmp(q, base))
			q = NULL;

	for (size_t b = 1; !q && b <= 3 && b <= s; b++) {
		if (!it && (b > 1 || !g->par || g->par[s - b] != g->par[s]))
			break;
		q = quoted_before(g, s - b, SIZE_MAX, base);
	}
	return q;
}

/* Currencies the market quotes in dollars ("sterling at 1.6050", "the
 * Australian dollar at 0.6900"), and the dollar itself ("the dollar closed
 * at 145.20" is in yen): a bare quote of theirs is not in them. */
static int quoted_in_dollars(const char *q)
{
	static const char *const in_usd[] = { "USD", "GBP", "AUD", "NZD", "IEP", "XEU", "EUR" };

	for (size_t k = 0; k < ARRAY_SIZE(in_usd); k++)
		if (!strcmp(q, in_usd[k]))
			return 1;
	return 0;
}

/*
 * "the Taiwan dollar ... It rose four cents against the U.S. Dollar": a
 * move in cents against the dollar is in cents of the currency quoted
 * before it, when the market quotes that one as so many to the dollar (not
 * sterling, nor the Canadian dollar, quoted in U.S. cents), or cents after
 * a local dollar's cents (cr). Token j follows the figure at i; NULL when
 * this is no such move.
 */
const char *gram_move_currency(const struct gram *g, size_t i, size_t j, size_t s,
			       const struct carry *cr)
{
	const char *q;
	size_t k = j;

	/* "rising two to five Taiwan cents a day, against a rise of five to
	 * eight cents in May": the cents of a local dollar before it in its
	 * sentence (words9) */
	if (cr && cr->last.s == s && cr->last.t < i && cr->last.factor == 0.01 &&
	    units_local_dollar(cr->last.unit))
		return cr->last.unit;
	if (!word_s(g, k, s, W_AGAINST))
		return NULL;
	k += 1 + word_s(g, k + 1, s, W_THE);
	if (word_s(g, k, s, W_U) && gram_punct(g, k + 1, "."))
		k += 2 + tok_is(g, k + 2, W_S) + gram_punct(g, k + 3, ".");
	if (!gram_in(g, k, s) || !tok_has(g, k, CLS_CURNAME) || !tok_lex(g, k)->cur ||
	    strcmp(tok_lex(g, k)->cur, "USD"))
		return NULL;
	q = quoted_for(g, s, i, "USD");
	return q && !quoted_in_dollars(q) && strcmp(q, "CAD") ? q : NULL;
}

const char *gram_rate_quote(const struct gram *g, size_t i, size_t j, size_t s, int dec)
{
	const char *base = NULL, *q;
	size_t k = j;

	/* "0.27095/129 to the dollar", "154 to the dollar", "140 (to the
	 * dollar)", "4.7619 to the SDR", "145.20 against the dollar", "the
	 * ruble traded at 92.45 per dollar" (units6) */
	if (gram_punct(g, k, "(") && gram_in(g, k, s))
		k++;
	if (word_s(g, k, s, W_TO) || word_s(g, k, s, W_AGAINST) || word_s(g, k, s, W_PER)) {
		k += 1 + word_s(g, k + 1, s, W_THE);
		if (word_s(g, k, s, W_U) && gram_punct(g, k + 1, "."))
			k += 2 + tok_is(g, k + 2, W_S) + gram_punct(g, k + 3, ".");
		if (word_s(g, k, s, W_SDR))
			base = "XDR";
		else if (gram_in(g, k, s) && tok_has(g, k, CLS_CURNAME) && tok_lex(g, k)->cur_factor == 1)
			base = tok_lex(g, k)->cur;
		else
			return NULL;
		/* "sterling rose to 1.6050 against the dollar" is in dollars,
		 * "the dollar fell to 145.20 against the yen" in yen */
		q = quoted_for(g, s, i, base);
		return q && quoted_in_dollars(q) ? base : q;
	}
	/* "fixed the won at a two-year high of 846.90.", "to close at 31.08.":
	 * a fixing or a close, written with decimals, ending its sentence */
	if (dec < 2 || !gram_in(g, i - 1, s) || !(tok_is(g, i - 1, W_AT) || tok_is(g, i - 1, W_OF)) ||
	    !(!gram_in(g, j, s) || gram_punct(g, j, ".") || tok_is(g, j, W_TODAY) ||
	      tok_is(g, j, W_YESTERDAY)))
		return NULL;
	for (size_t v = win_lo(g, s, i); v < i; v++)
		if (tok_is(g, v, W_FIXED) || tok_is(g, v, W_CLOSE) || tok_is(g, v, W_CLOSED) ||
		    tok_is(g, v, W_ENDED) || tok_is(g, v, W_FINISHED) || tok_is(g, v, W_OPENED) ||
		    tok_is(g, v, W_QUOTED) || tok_is(g, v, W_TRADED) || tok_is(g, v, W_STOOD) ||
		    tok_is(g, v, W_SET))
			return (q = quoted_for(g, s, i, NULL)) && !quoted_in_dollars(q) ? q : NULL;
	return NULL;
}
