/*
 * quote.c - what the words around a money or quantity figure make it
 * beyond a level or a change: a price per unit ("352.50 dlrs a tonne"),
 * the other end of a price ("from 3.11 rupees ... to 2.85 rupees"), an
 * exchange rate ("the dollar was fixed at 1.8162 marks"), a forecast ("were
 * seen at"), a venture's money ("a 25-billion-dlr investment fund"); and
 * whose dollars or francs a story from Wellington or Zurich means.
 * meaning.c calls these once frame.c has read the sentence.
 *
 * Input: the token array, one figure and its claim. Output: the claim's
 * measure, per, commodity, unit, and (for a quote) its subject cleared.
 *
 * Invariants:
 *  1. Only f's sentence is read, plus the figure before it (g->prev_*):
 *     a price's other end takes that figure's unit and per.
 *  2. A price quote, an exchange rate and a venture's money are no trade
 *     flow: their flow, reporter and partner are cleared, unless the
 *     sentence sells the goods abroad ("sold to Indonesia for").
 *  3. Each figure costs a bounded number of token reads (16 words back at
 *     most, or its sentence's period candidates once).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The commodity named last before f in its sentence ("Gold prices were at"). */
void quote_near_commodity(const struct gram *g, const struct fig *f, size_t s,
			  char out[static 24])
{
	for (size_t k = f->h0 - 1; gram_in(g, k, s) && k + 16 > f->h0; k--)
		if (g->t[k].kind == TOK_WORD && subject_commodity(g, k, s, out))
			return;
}

/* "Australian wheat sold to Indonesia for ...", "Brazil bought 25,000
 * tonnes ... at": an export or import price; "the bonus awarded was 42.44
 * dlrs per tonne": the export bonus paid on a sale (flow.c, flow4); "Jordan
 * today bid 74 dlrs per tonne", "offers of 94 dlrs/tonne": a bid or offer
 * in a buyer's tender, when the sentence has the tender's flow (deal11). */
static int sells_abroad(const struct gram *g, const struct fig *f, size_t s)
{
	/* "bought 50,000 tonnes of Canadian feed wheat for late June
	 * shipment at 95.00 dlrs per tonne": a price "at" after the deal's
	 * amount is the deal's, however far its verb (subject7); also after
	 * an aside ("an offer by an Egyptian company, Islamic Corp, at") */
	int at = word_s(g, f->h0 - 1, s, W_AT) && gram_in(g, f->h0 - 2, s) &&
		 (g->t[f->h0 - 2].kind == TOK_WORD || gram_punct(g, f->h0 - 2, ","));

	for (size_t k = f->h0 - 1; gram_in(g, k, s) && (at || k + 10 > f->h0); k--) {
		/* not across a clause of its own ("Vietnam shipped ..., while
		 * robusta settled at", "... as corn futures traded at") */
		if (at && deal_price_other(g, k, k + 10 <= f->h0))
			return 0;
		if (tok_is(g, k, W_SOLD) || tok_is(g, k, W_EXPORTED) || tok_is(g, k, W_SHIPPED) ||
		    tok_is(g, k, W_BOUGHT) || tok_is(g, k, W_BONUS) || tok_is(g, k, W_BONUSES) ||
		    tok_is(g, k, W_BID) || tok_is(g, k, W_BIDS) || tok_is(g, k, W_OFFER) ||
		    tok_is(g, k, W_OFFERS) || tok_is(g, k, W_OFFERED) ||
		    (at && (tok_is(g, k, W_PURCHASED) || tok_is(g, k, W_EXPORT) ||
			    tok_is(g, k, W_SALE) || tok_is(g, k, W_PURCHASE))))
			return 1;
	}
	return flow_priced(g, f, s) != NULL;	/* "a maximum export rebate of" (flow_own.c) */
}

/* A period phrase in f's own clause (a price quote takes no other). */
static int period_in_clause(const struct gram *g, const struct fig *f)
{
	size_t c = g->clause[f->t0];

	for (size_t k = 0; k < g->ncands; k++)
		if (g->clause[g->cands[k].tok] == c && g->cands[k].period[0])
			return 1;
	return 0;
}

static void put(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}

/* Economies whose "dollars" and "francs" a story from there means. Not
 * Taiwan: its customs and central bank count trade and reserves in U.S.
 * dollars, and the wire writes "Taiwan dlrs" for its own. */
static const struct {
	const char *place, *name, *code;	/* name: "d" dollars, "f" francs */
} local_money[] = {
	{ "NZ", "d", "NZD" }, { "AU", "d", "AUD" }, { "CA", "d", "CAD" }, { "HK", "d", "HKD" },
	{ "SG", "d", "SGD" }, { "CH", "f", "CHF" }, { "EU", "f", "BEF" }, { "BE", "f", "BEF" },
	{ "LU", "f", "LUF" },
};

/*
 * "2.53 billion dlrs" in a Wellington story about New Zealand's figures is
 * NZD, "2.1 billion francs" from Zurich CHF: a bare dollar or franc name
 * (no "U.S.", "US$", adjective) in a paragraph placed there, unless the
 * figure is a price per unit (gold in "dls an ounce" is priced in USD).
 */
void quote_local_currency(struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	const char *place = g->place ? g->place[s] : NULL, *name;
	size_t u = f->t1 - 1, b;
	int dollar, franc;

	if (cl->kind != CLAIM_MONEY || !place || g->t[u].kind != TOK_WORD ||
	    (strcmp(cl->unit, "USD") && strcmp(cl->unit, "FRF")))
		return;
	name = tok_text(g, u);
	dollar = !strcmp(cl->unit, "USD") && (tok_is(g, u, W_DLRS) || tok_is(g, u, W_DOLLARS) ||
					       tok_is(g, u, W_DLR) || tok_is(g, u, W_DOLLAR) ||
					       tok_is(g, u, W_DLS));
	franc = !strcmp(cl->unit, "FRF");
	b = u - 1;	/* the word before the name: a scale or the number */
	if ((!dollar && !franc) || !(g->t[b].kind == TOK_NUM || tok_has(g, b, CLS_SCALE)))
		return;	/* "0.71 U.S. Dlrs", "Australian dlrs" say whose */
	if (cl->reporter[0] && strcmp(cl->reporter, place))
		return;	/* "the 169.8 billion dlr U.S. trade deficit" in a Hong Kong story */
	if (gram_in(g, f->t1, s) && (tok_is(g, f->t1, W_A) || tok_is(g, f->t1, W_AN) ||
				      tok_is(g, f->t1, W_PER)))
		return;
	(void)name;
	for (size_t k = 0; k < ARRAY_SIZE(local_money); k++)
		if (!strcmp(local_money[k].place, place) && local_money[k].name[0] == (dollar ? 'd' : 'f')) {
			put(cl->unit, sizeof(cl->unit), local_money[k].code);
			return;
		}
}

/* Units a price is quoted per ("$232 a tonne", "2,310 dls an ounce"). */
static const struct {
	enum lex_word word;
	const char *per;
} price_units[] = {
	{ W_TONNE, "t" }, { W_TON, "t" }, { W_T, "t" }, { W_MT, "t" }, { W_OUNCE, "oz" },
	{ W_OZ, "oz" }, { W_POUND, "lb" }, { W_LB, "lb" }, { W_BARREL, "bbl" }, { W_BBL, "bbl" },
	{ W_BUSHEL, "bu" }, { W_KG, "kg" }, { W_KILO, "kg" }, { W_GALLON, "gal" },
	{ W_ACRE, "acre" }, { W_HECTARE, "ha" }, { W_HA, "ha" }, { W_HUNDREDWEIGHT, "cwt" },
	{ W_CWT, "cwt" },
};

/* The last (year, month) of period p ("1987" 1987-12, "1986/87" 1987-06,
 * "1987-Q1" 1987-03, a range its end); 0 if p is none of these. */
static int period_end(const char *p, int *y, int *m)
{
	const char *r = strchr(p, '/');

	if (r && r - p == 7)
		p = r + 1;	/* "1987-01/1987-08" */
	if (sscanf(p, "%4d", y) != 1 || *y < 1000)
		return 0;
	*m = 12;
	if (p[4] == '/') {
		*y += 1;
		*m = 6;
	} else if (p[4] == '-' && p[5] == 'Q') {
		*m = (p[6] - '0') * 3;
	} else if (p[4] == '-' && sscanf(p + 5, "%2d", m) != 1) {
		return 0;
	}
	return 1;
}

/* Period p was over before the story's date ("1986" in a story of 1987). */
int quote_period_over(const char *date, const char *p)
{
	int y, m, dy, dm;

	if (!period_date_ym(date, &dy, &dm) || !period_end(p, &y, &m))
		return 0;
	return y < dy || (y == dy && m < dm);
}

/* f is written as a dealer's two-way quote, bid and offer ("147.15/25",
 * "1.8135/45 marks"): a price, whatever its sentence says of it. */
static int two_way(const struct gram *g, const struct fig *f)
{
	for (size_t k = f->t0; k + 2 < f->t1; k++)
		if (g->t[k].kind == TOK_NUM && g->t[k].decimals && gram_punct(g, k + 1, "/") &&
		    gram_glued(g, k + 1) && g->t[k + 2].kind == TOK_NUM && gram_glued(g, k + 2))
			return 1;
	return 0;
}

/* An exchange rate a forecast word governs: "dealers expect the dollar to
 * trade between 147 and 150 yen", "the dollar may return to around 152
 * yen", "sterling was seen staying between 2.90 and 2.93 marks"; not what
 * a market "could not" or "should have" done ("could not prevent the
 * dollar from skidding through 150 yen"), a condition ("might intervene if
 * the dollar fell below 148 yen"), or a period already over. */
static int rate_forecast(const struct gram *g, const struct fig *f, size_t s,
			 const struct claim *cl, int prior)
{
	size_t k = quote_forecast_word(g, f, s);

	if (k == SIZE_MAX || word_s(g, k + 1, s, W_NOT) || word_s(g, k + 1, s, W_HAVE))
		return 0;
	for (size_t j = k + 1; j < f->h0; j++)
		if (tok_is(g, j, W_IF) || tok_is(g, j, W_UNLESS) || tok_is(g, j, W_ONCE))
			return 0;	/* "might occur if the dollar fell below 148 yen" */
	return (!prior || cl->period[0]) && !quote_period_over(g->d->date, cl->period);
}

static const enum lex_word venture_words[] = { W_INVESTMENT, W_FUND, W_PROJECT, W_PLANT, W_FACTORY, W_OFFICE, W_FACILITY, W_VENTURE };

/* f sizes the noun after it, as an adjective: "a 25-billion-dlr" (a
 * hyphened amount after "a"), "a six billion dlr", "the eight billion dlr"
 * (a currency word in the singular after "a", "an" or "the"). */
static int adjectival_amount(const struct gram *g, const struct fig *f, size_t s)
{
	size_t u = f->t1 - 1;

	if (g->t[f->t0].kind == TOK_NUM && f->t1 > f->t0 + 1 && gram_punct(g, f->t0 + 1, "-") &&
	    tok_is(g, f->h0 - 1, W_A))
		return 1;
	return f->h0 > 0 && gram_in(g, f->h0 - 1, s) &&
	       (tok_is(g, f->h0 - 1, W_A) || tok_is(g, f->h0 - 1, W_AN) ||
		tok_is(g, f->h0 - 1, W_THE)) &&
	       f->t1 > f->t0 + 1 && g->t[u].kind == TOK_WORD && tok_has(g, u, CLS_CURNAME) &&
	       tok_text(g, u)[g->t[u].len - 1] != 's' && tok_text(g, u)[g->t[u].len - 1] != 'S';
}

/* Token k names one currency as a thing, not as the unit of a number
 * before it ("the dollar", "sterling's rise", "the currency"; not "5
 * billion marks", "N.Z. Dlrs", "made in roubles"; a plural is an
 * amount): its ISO code, "" for "currency" or "the unit", NULL if none. */
static const char *currency_noun(const struct gram *g, size_t k, size_t s)
{
	const struct lex_entry *e = tok_lex(g, k);
	const char *poss = rate_possessive(g, k, s);	/* "the dollar's", "sterling's" */
	size_t n = g->t[k].len;

	if (tok_is(g, k, W_CURRENCY) || (tok_is(g, k, W_UNIT) && word_s(g, k - 1, s, W_THE)))
		return "";
	if (poss)
		return poss;
	if (!(g->t[k].cls & CLS_CURNAME) || !e->cur || e->cur_factor != 1 ||
	    tok_text(g, k)[n - 1] == 's' || tok_text(g, k)[n - 1] == 'S')
		return NULL;
	/* "against the U.S. Dollar" (not "a 1.5 billion U.S. dollar loan") */
	if (gram_punct(g, k - 1, ".") && word_s(g, k - 2, s, W_S) && gram_punct(g, k - 3, ".") &&
	    word_s(g, k - 4, s, W_U))
		return gram_in(g, k - 5, s) && (g->t[k - 5].kind == TOK_NUM ||
						 tok_has(g, k - 5, CLS_SCALE)) ? NULL : e->cur;
	/* "the Canadian dollar", "the Taiwan dollar": another country's
	 * dollar, whose code the name does not give ("") */
	if (!strcmp(e->cur, "USD") && gram_in(g, k - 1, s) && tok_has(g, k - 1, CLS_COUNTRY) &&
	    tok_lex(g, k - 1)->country && strcmp(tok_lex(g, k - 1)->country, "US"))
		return "";
	if (gram_in(g, k - 1, s) &&
	    (g->t[k - 1].kind != TOK_WORD || tok_is(g, k - 1, W_IN) ||
	     tok_has(g, k - 1, CLS_SCALE | CLS_DLRPREFIX)))
		return NULL;
	return e->cur;
}

/* Token k is a currency bought or sold, other than unit: "bought dollars
 * (here in early afternoon trade at around 142.20 yen)", "buying dollars",
 * "bought a modest amount of dollars (around 148.50 yen)", "sold yen"; the
 * plural too, which currency_noun() leaves to amounts ("a billion
 * dollars"), since the verb or "amount of" stands right before it. */
static int traded_currency(const struct gram *g, size_t k, size_t s, const char *unit)
{
	const struct lex_entry *e = tok_lex(g, k);
	size_t v = k - 1;

	if (!gram_in(g, k, s) || !(g->t[k].cls & CLS_CURNAME) || !e->cur || e->cur_factor != 1 ||
	    !strcmp(e->cur, unit))
		return 0;
	if (word_s(g, v, s, W_OF) && (word_s(g, v - 1, s, W_AMOUNT) || word_s(g, v - 1, s, W_AMOUNTS)))
		for (v -= 2; gram_in(g, v, s) && v + 6 > k && g->t[v].kind == TOK_WORD &&
			     !tok_has(g, v, CLS_VERBIMP | CLS_VERBEXP) && !tok_is(g, v, W_BUYING) &&
			     !tok_is(g, v, W_SELLING); v--)
			;	/* "a modest amount of", "small amounts of" */
	return gram_in(g, v, s) && (tok_has(g, v, CLS_VERBIMP | CLS_VERBEXP) ||
				    tok_is(g, v, W_BUYING) || tok_is(g, v, W_SELLING));
}

/* Sentence s, before token t, names a currency as a thing (currency_noun()):
 * that currency's code ("" for "the currency"), else NULL. */
static const char *currency_named(const struct gram *g, size_t s, size_t t)
{
	const char *c = NULL;

	for (size_t k = win_lo(g, s, t); k < t; k++) {
		const char *n = currency_noun(g, k, s);

		if (n)
			c = n;
	}
	return c;
}

/*
 * f, an amount in a currency with no scale, is the level of an exchange
 * rate the words before it name: "technical support at 1.825 marks and
 * resistance about 1.83 marks"; "the average yen/dollar rate used was
 * 153.67 yen", "the exchange rate" (a rate word after a currency, no flow
 * or balance between); "It hit a record
 * low of 148.20 yen", "Following its fall today to 148.40 yen", where "it"
 * or "its" opens the sentence or stands right before the verb and the
 * sentence before named another currency as a thing ("the dollar"); the
 * next item after such a rate ("at 1.825 marks and 145 yen"). Not a change
 * of the rate ("It rose by one Taiwan cent").
 */
static int rate_level(const struct gram *g, const struct fig *f, size_t s,
		      const struct claim *cl)
{
	size_t lo = win_lo(g, s, f->h0);

	if (measure_is_change(cl->measure) && cl->direction[0])
		return 0;	/* "It rose by one Taiwan cent": the rate's change */
	/* "support at 1.825 marks and 145 yen": the next item of a list of rates */
	if (g->prev_s == s && g->prev_m == MEASURE_PRICE && !g->prev_per[0] &&
	    g->prev_t1 + 1 == f->h0 && (word_s(g, f->h0 - 1, s, W_AND) ||
					 gram_punct(g, f->h0 - 1, ",")))
		return 1;
	for (size_t k = f->h0 - 1, n = 0; n < 10 && k >= lo && gram_in(g, k, s); k--, n++) {
		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE | CLS_VERBIMP |
				      CLS_VERBEXP) || g->t[k].kind == TOK_NUM)
			break;
		if (tok_is(g, k, W_SUPPORT) || tok_is(g, k, W_RESISTANCE) ||
		    ((tok_is(g, k, W_RATE) || tok_is(g, k, W_RATES)) && k > lo &&
		     (word_s(g, k - 1, s, W_EXCHANGE) || currency_noun(g, k - 1, s) ||
		      (tok_has(g, k - 1, CLS_CURNAME) && gram_punct(g, k - 2, "/")))))
			return 1;
		if (k == lo)
			break;
	}
	for (size_t k = context_body(g, s), n = 0; k < f->h0 && n < 4; k++, n++)
		if (tok_is(g, k, W_IT) || tok_is(g, k, W_ITS)) {
			const char *c;

			if (s == 0 || g->par[s - 1] != g->par[s] || g->s[s - 1].t1 != g->s[s].t0)
				return 0;
			c = currency_named(g, s - 1, g->s[s - 1].t1);
			return c && strcmp(c, cl->unit);	/* "" : "the currency" */
		}
	return 0;
}

/*
 * A currency quoted in another: "the dollar was fixed at 1.8162 marks",
 * "sterling's rise above 1.60 dlrs", "the yen rose to 1.244 marks per
 * 100", "a high for the currency of 0.71 U.S. Dlrs", "sterling was fixed
 * at 2.924 marks": a currency other than f's named before it in its
 * sentence (16 words), no flow or balance in between; or f "fixed at", or
 * "to the dollar" after f, or f a bare number after such a quote.
 */
static int quoted_currency(const struct gram *g, const struct fig *f, size_t s,
			   const struct claim *cl)
{
	size_t k = f->h0 - 1, j = f->t1 + word_s(g, f->t1 + 1, s, W_THE);

	/* "6.20 francs to the dollar", "140 yen per dollar" */
	if ((word_s(g, f->t1, s, W_TO) || word_s(g, f->t1, s, W_PER) ||
	     word_s(g, f->t1, s, W_AGAINST)) && gram_in(g, j + 1, s)) {
		const char *c = currency_noun(g, j + 1, s);

		if (c && c[0] && strcmp(c, cl->unit))
			return 1;
	}
	/* "at 2.924 marks after yesterday's 2.910", "a low of 1.5960": a bare
	 * number that took its unit from a quote before it */
	if (g->prev_s == s && g->prev_m == MEASURE_PRICE && !g->prev_per[0] &&
	    !strcmp(g->prev_unit, cl->unit) && f->t1 == f->t0 + 1 &&
	    g->t[f->t0].kind == TOK_NUM && f->h0 <= g->prev_t1 + 16)
		return 1;

	if (word_s(g, k, s, W_AT) && (word_s(g, k - 1, s, W_FIXED) || word_s(g, k - 2, s, W_FIXED) ||
				      word_s(g, k - 1, s, W_FIX) || word_s(g, k - 1, s, W_FIXING)))
		return 1;
	for (size_t n = 0; n < 16 && gram_in(g, k, s); k--, n++) {
		const char *c;

		if (traded_currency(g, k, s, cl->unit))
			return 1;	/* "bought dollars at around 142.20 yen" */
		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE | CLS_VERBIMP | CLS_VERBEXP))
			return 0;
		if ((c = currency_noun(g, k, s)) && strcmp(c, cl->unit))
			return 1;
	}
	return 0;
}

/* The count a price before token j was quoted per ("27 marks per 100
 * kilos": 100), else 1. */
static double per_count(const struct gram *g, size_t j, size_t s)
{
	if (word_s(g, j, s, W_PER) && gram_in(g, j + 2, s) && g->t[j + 1].kind == TOK_NUM &&
	    g->t[j + 1].num > 1 && !g->t[j + 1].decimals)
		for (size_t k = 0; k < ARRAY_SIZE(price_units); k++)
			if (tok_is(g, j + 2, price_units[k].word) ||
			    (tok_has(g, j + 2, CLS_UNIT) &&
			     !strcmp(tok_lex(g, j + 2)->unit, price_units[k].per) &&
			     tok_lex(g, j + 2)->unit_factor == 1))
				return g->t[j + 1].num;
	return 1;
}

/* f is the other end of a price the figure before it gave, in the same
 * currency: "from 3.11 rupees per kilo on March 1 to 2.85 rupees", "rose to
 * 193 dlrs from 168 dlrs"; or the sentence prices it: "the intervention
 * price rose to 193 dlrs" (not "at current prices"). */
static int price_joined(const struct gram *g, const struct fig *f, size_t s,
			const struct claim *cl)
{
	size_t k = f->h0 - 1;

	if (g->prev_s == s && g->prev_per[0] && !strcmp(g->prev_unit, cl->unit) &&
	    (g->prev_m == MEASURE_PRICE || g->prev_m == MEASURE_FORECAST) && f->h0 <= g->prev_t1 + 10 && gram_in(g, k, s) &&
	    (tok_is(g, k, W_TO) || tok_is(g, k, W_FROM) || tok_is(g, k, W_AGAINST) ||
	     tok_is(g, k, W_VS) || tok_is(g, k, W_AFTER) || tok_is(g, k, W_AND)))
		return 1;
	for (size_t n = 0; n < 8 && gram_in(g, k, s) && g->clause[k] == g->clause[f->h0]; k--, n++) {
		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE))
			return 0;
		if ((tok_is(g, k, W_PRICE) || tok_is(g, k, W_PRICES)) &&
		    !word_s(g, k - 1, s, W_AT) && !word_s(g, k - 1, s, W_IN) &&
		    !word_s(g, k - 1, s, W_CURRENT) && !word_s(g, k - 1, s, W_CONSTANT))
			return 1;
	}
	return 0;
}

/*
 * What else the words around f make it: a price per unit ("352.50
 * Australian dlrs a tonne"; no trade subject unless its sentence sells the
 * goods abroad), a forecast ("were seen at"), a venture's money ("a
 * 25-billion-dlr investment fund", no trade subject). Returns 1 when the
 * figure then has no subject to fill (*su cleared).
 */
int quote_kind(struct gram *g, const struct fig *f, size_t s, struct claim *cl,
	       const struct subj **su, int prior)
{
	size_t j = f->t1;

	/* "4,120 ringgit ($873.40) a tonne": past the bracketed pair */
	if (gram_punct(g, j, "(")) {
		for (size_t k = j + 1; k < j + 6 && gram_in(g, k, s); k++)
			if (gram_punct(g, k, ")")) {
				j = k + 1;
				break;
			}
	} else if (gram_punct(g, j, ")") && gram_in(g, j, s)) {
		j++;
	}
	if (word_s(g, j, s, W_FOB) || word_s(g, j, s, W_CIF))
		j++;	/* "83.49 dlrs fob per tonne" */
	/* "27 marks per 100 kilos": a price per kilo, 0.27 marks (recall2) */
	if (cl->kind == CLAIM_MONEY && word_s(g, j, s, W_PER) && gram_in(g, j + 2, s) &&
	    g->t[j + 1].kind == TOK_NUM && g->t[j + 1].num > 1 && !g->t[j + 1].decimals)
		for (size_t k = 0; k < ARRAY_SIZE(price_units); k++)
			if (tok_is(g, j + 2, price_units[k].word) ||
			    (tok_has(g, j + 2, CLS_UNIT) && !strcmp(tok_lex(g, j + 2)->unit, price_units[k].per) &&
			     tok_lex(g, j + 2)->unit_factor == 1)) {
				cl->value /= g->t[j + 1].num;
				cl->precision /= g->t[j + 1].num;
				put(cl->per, sizeof(cl->per), price_units[k].per);
				cl->measure = MEASURE_PRICE;
				cl->direction[0] = '\0';
				cl->flow[0] = cl->reporter[0] = cl->partner[0] = '\0';
				*su = NULL;
				return 1;
			}
	/* "119.86 marks per 100" (francs): an exchange rate */
	if (cl->kind == CLAIM_MONEY && word_s(g, j, s, W_PER) && gram_in(g, j + 1, s) &&
	    g->t[j + 1].kind == TOK_NUM) {
		cl->measure = MEASURE_PRICE;
		cl->direction[0] = '\0';
		cl->flow[0] = cl->reporter[0] = cl->partner[0] = cl->commodity[0] = '\0';
		*su = NULL;
		return 1;
	}
	if (cl->kind == CLAIM_MONEY && (tok_is(g, j, W_A) || tok_is(g, j, W_AN) ||
					tok_is(g, j, W_PER) ||
					(gram_punct(g, j, "/") && gram_glued(g, j))) &&	/* "$2,150/oz" */
	    gram_in(g, j + 1, s)) {
		for (size_t k = 0; k < ARRAY_SIZE(price_units); k++)
			if (tok_is(g, j + 1 + word_s(g, j + 1, s, W_TROY), price_units[k].word)) {
				cl->measure = MEASURE_PRICE;
				put(cl->per, sizeof(cl->per), price_units[k].per);
				cl->direction[0] = '\0';
				/* "pushed corn prices up by around 0.25 pesetas a kilo",
				 * "lowered the price by between 35 and 45 cents per
				 * bushel": a change of the price */
				if (word_s(g, f->h0 - 1, s, W_BY) && g->dir_before[f->h0 - 1]) {
					cl->measure = MEASURE_CHANGE;
					put(cl->direction, sizeof(cl->direction),
					    g->dir_before[f->h0 - 1] > 0 ? "up" : "down");
				}
				/* "rising to 18.9 dlrs a barrel next year" in a forecast; not
				 * "robusta for January delivery settled at $4,388 a tonne" */
				if (quote_forecast_of(g, f, s, cl, prior) ||
				    (period_in_clause(g, f) && timing_future(g->d->date, cl->period) &&
				     meaning_expectation_said(g, s)))
					cl->measure = MEASURE_FORECAST;
				if (!sells_abroad(g, f, s)) {
					cl->commodity[0] = '\0';
					quote_near_commodity(g, f, s, cl->commodity);
				}
				/* a quote, not a trade flow: its own clause's period only */
				if (!cl->flow[0] || !sells_abroad(g, f, s)) {
					cl->flow[0] = cl->reporter[0] = cl->partner[0] = '\0';
					if (!period_in_clause(g, f))
						cl->period[0] = '\0';
					*su = NULL;
					return 1;
				}
				return 0;
			}
	}
	/* "fixed at 1.8162 marks": a rate, a price (never an amount in millions) */
	if (cl->kind == CLAIM_MONEY && f->scale == 1 &&
	    (quoted_currency(g, f, s, cl) || two_way(g, f) ||
	     (rate_level(g, f, s, cl) && !price_joined(g, f, s, cl)))) {
		cl->measure = !prior && quote_rate_target(g, f, s) ? MEASURE_TARGET :
			      rate_forecast(g, f, s, cl, prior) ? MEASURE_FORECAST : MEASURE_PRICE;
		cl->direction[0] = '\0';
		cl->flow[0] = cl->reporter[0] = cl->partner[0] = '\0';
		cl->commodity[0] = '\0';
		*su = NULL;
		return 1;
	}
	/* "from 3.11 rupees per kilo to 2.85 rupees": the other end of a price */
	if (cl->kind == CLAIM_MONEY && price_joined(g, f, s, cl)) {
		cl->measure = quote_forecast_of(g, f, s, cl, prior) ? MEASURE_FORECAST : MEASURE_PRICE;
		cl->direction[0] = '\0';
		if (g->prev_s == s && (g->prev_m == MEASURE_PRICE || g->prev_m == MEASURE_FORECAST) &&
		    !strcmp(g->prev_unit, cl->unit)) {
			/* "27 marks per 100 kilos against 37 marks in March and
			 * 34 marks": 0.37 and 0.34 a kilo (the list's price) */
			double d = 1;

			for (size_t k = f->h0; k-- > win_lo(g, s, f->h0) && d == 1;)
				d = per_count(g, k, s);

			put(cl->per, sizeof(cl->per), g->prev_per);
			cl->value /= d;
			cl->precision /= d;
		}
		return 0;
	}
	/* "a proposal calling for a one billion U.S. Dollar investment": what
	 * is called for stays a target ("plans a 25-billion-dlr investment
	 * fund" is the fund's money) */
	if (cl->kind != CLAIM_PERCENT && adjectival_amount(g, f, s) &&
	    !(cl->measure == MEASURE_TARGET && frame_required_before(g, f, s, prior)))
		for (size_t k = j; k < j + 3 && gram_in(g, k, s); k++)
			if (WORD_AMONG(g, k, venture_words)) {
				/* "a 25-billion-dlr investment fund", "a six
				 * billion dlr international airport project" */
				cl->measure = MEASURE_INVESTMENT;
				cl->flow[0] = cl->reporter[0] = cl->partner[0] = '\0';
				cl->commodity[0] = cl->period[0] = '\0';
				*su = NULL;
				return 1;
			}
	/* "were seen at", "will rise 5 pct", "forecast at", "is expected to
	 * shrink to": a forecast (a growth forecast keeps its direction); not
	 * a target; a share only for a period still to come ("should be cut
	 * to 2.2 pct of GDP in 1988") */
	if ((cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE ||
	     measure_is_change(cl->measure) ||
	     (cl->measure == MEASURE_SHARE && timing_future(g->d->date, cl->period))) &&
	    quote_forecast_of(g, f, s, cl, prior))
		cl->measure = MEASURE_FORECAST;
	return 0;
}
