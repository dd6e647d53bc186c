/*
 * meaning.c - what a figure is, once frame.c has read its sentence: the
 * sign of a balance and of a change of one, the basis of a change named
 * after it or by its paragraph, a price per unit, a forecast, a venture's
 * money, periods from a title, a month that qualifies a flow, a quarter or
 * months "ending in June", local dollars and francs, "respectively", and
 * the reporter, partner, flow and period the story's context gives.
 *
 * Input: the token array, one figure and the claim frame_fill() made of it.
 * Output: the same claim, its fields filled or corrected.
 *
 * Invariants:
 *  1. A field the sentence states is kept; context only fills a blank (a
 *     partner is never made the reporter), except where a construction
 *     says otherwise (a price quote drops the sentence's trade subject).
 *  2. Only f's sentence is read, plus what context.c prepared per sentence
 *     and the state carried in struct gram (the paragraph's period and
 *     subject, the sentence's last change and balance).
 *  3. Each figure costs a bounded number of token reads (at most its
 *     sentence once, for the few scans done per figure).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* ---- per figure ------------------------------------------------------- */

/* The commodity named last before f in its sentence ("Gold prices were at"). */
static void near_commodity(const struct gram *g, const struct fig *f, size_t s,
			   char out[static 24])
{
	for (size_t k = f->h0 - 1; gram_in(g, k, s) && k + 16 > f->h0; k--)
		if (g->t[k].kind == TOK_WORD && subject_commodity(g, k, s, out))
			return;
}

/* "Australian wheat sold to Indonesia for ...", "Brazil bought 25,000
 * tonnes ... at": an export or import price. */
static int sells_abroad(const struct gram *g, const struct fig *f, size_t s)
{
	for (size_t k = f->h0 - 1; gram_in(g, k, s) && k + 10 > f->h0; k--)
		if (tok_is(g, k, W_SOLD) || tok_is(g, k, W_EXPORTED) || tok_is(g, k, W_SHIPPED) ||
		    tok_is(g, k, W_BOUGHT))
			return 1;
	return 0;
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

static const enum lex_word balance_nouns[] = { W_SURPLUS, W_SURPLUSES, W_DEFICIT, W_DEFICITS, W_GAP, W_SHORTFALL, W_BALANCE };

/* The balance word of figure f: right after it ("a 600 mln deficit"), else
 * the nearest before it in its sentence. 1 for a deficit. */
static int deficit_of(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k;

	/* "a 600 mln deficit", "the 15.1 billion dlr February trade deficit" */
	for (k = f->t1; k <= f->t1 + 4 && gram_in(g, k, s); k++) {
		if (WORD_AMONG(g, k, balance_nouns))
			goto found;
		if (!(tok_is(g, k, W_TRADE) || tok_has(g, k, CLS_COUNTRY | CLS_MONTH) ||
		      tok_is(g, k, W_U) || tok_is(g, k, W_S) || gram_punct(g, k, ".") ||
		      tok_is(g, k, W_MERCHANDISE) || tok_is(g, k, W_CURRENT) ||
		      tok_is(g, k, W_ACCOUNT)))
			break;
	}
	for (k = f->h0 - 1; gram_in(g, k, s); k--)
		if (WORD_AMONG(g, k, balance_nouns))
			goto found;
	return 0;
found:
	return tok_is(g, k, W_DEFICIT) || tok_is(g, k, W_DEFICITS) ||
	       tok_is(g, k, W_GAP) || tok_is(g, k, W_SHORTFALL);
}

static void put(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}

/* "imports from Brazil, Argentina and Mexico were $6.2 billion, 1.9
 * billion and 1.4 billion respectively": the list of partners that starts
 * with first, when sentence s ends its figures with "respectively". */
static void respectively(struct gram *g, size_t s, const char *first)
{
	int resp = 0;

	g->resp_s = s;
	g->nresp = g->resp_i = 0;
	for (size_t k = g->s[s].t0; k < g->s[s].t1 && !resp; k++)
		resp = tok_is(g, k, W_RESPECTIVELY);
	if (!resp || !first[0])
		return;
	for (size_t k = g->s[s].t0; k + 1 < g->s[s].t1; k++) {
		size_t n, j = k + 1;
		const char *c;

		if (!tok_is(g, k, W_FROM) && !tok_is(g, k, W_TO) && !tok_is(g, k, W_WITH))
			continue;
		c = subject_country_starting(g, j, s, &n);
		if (!c || strcmp(c, first))
			continue;
		while (c && g->nresp < ARRAY_SIZE(g->resp)) {
			g->resp[g->nresp++] = c;
			j += n;
			if (!gram_punct(g, j, ",") && !tok_is(g, j, W_AND))
				break;
			j += 1 + (gram_punct(g, j, ",") && tok_is(g, j + 1, W_AND));
			c = subject_country_starting(g, j, s, &n);
		}
		return;
	}
}

/* Sentence s is about a company ("the company said", "Cargill Inc"). */
static int company_sentence(const struct gram *g, size_t s, size_t t)
{
	static const enum lex_word firm[] = { W_COMPANY, W_COMPANY_S, W_FIRM, W_CORP, W_INC, W_LTD,
					      W_PLC };

	for (size_t k = win_lo(g, s, t); k < win_hi(g, s, t); k++)
		if (WORD_AMONG(g, k, firm))
			return 1;
	return 0;
}

static int sentence_says(const struct gram *g, size_t s, size_t t, enum lex_word w)
{
	for (size_t k = win_lo(g, s, t); k < win_hi(g, s, t); k++)
		if (tok_is(g, k, w))
			return 1;
	return 0;
}

/* Economies whose "dollars" and "francs" a story from there means. Not
 * Taiwan: its customs and central bank count trade and reserves in U.S.
 * dollars, and the wire writes "Taiwan dlrs" for its own. */
static const struct {
	const char *place, *name, *code;	/* name: "d" dollars, "f" francs */
} local_money[] = {
	{ "NZ", "d", "NZD" }, { "AU", "d", "AUD" }, { "CA", "d", "CAD" }, { "HK", "d", "HKD" },
	{ "SG", "d", "SGD" }, { "CH", "f", "CHF" }, { "EU", "f", "BEF" },
	{ "LU", "f", "LUF" },
};

/*
 * "2.53 billion dlrs" in a Wellington story about New Zealand's figures is
 * NZD, "2.1 billion francs" from Zurich CHF: a bare dollar or franc name
 * (no "U.S.", "US$", adjective) in a paragraph placed there, unless the
 * figure is a price per unit (gold in "dls an ounce" is priced in USD).
 */
static void local_currency(struct gram *g, const struct fig *f, size_t s, struct claim *cl)
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
static int period_over(const char *date, const char *p)
{
	int y, m, dy, dm;

	if (!date[0] || sscanf(date, "%4d-%2d", &dy, &dm) != 2 || !period_end(p, &y, &m))
		return 0;
	return y < dy || (y == dy && m < dm);
}

/*
 * A word of class forecast governs f: before it in its clause, at most 16
 * words back ("Aziz forecast that Pakistan may have exportable surpluses
 * of", "is expected to fall to"); not "than expected" or "would compare
 * with", and not a level said to be now ("from the present 10 pct").
 */
static int forecast_before(const struct gram *g, const struct fig *f, size_t s)
{
	size_t c = g->clause[f->h0];

	if (word_s(g, f->h0 - 1, s, W_PRESENT) || word_s(g, f->h0 - 1, s, W_CURRENT))
		return 0;
	for (size_t k = f->h0 - 1, n = 0; n < 16 && gram_in(g, k, s) && g->clause[k] == c;
	     k--, n++)
		if (tok_has(g, k, CLS_FORECAST) && !word_s(g, k - 1, s, W_THAN) &&
		    !word_s(g, k + 1, s, W_COMPARE))
			return 1;
	return 0;
}

/* f is a forecast by its words: one governs it and its period, if any, is
 * not over ("should grow by 2.3 pct in 1988 after two pct growth this year
 * and 2.1 pct in 1986": the first two). An earlier value must name a
 * period still running ("to fall to nine pct from 18.2 pct in 1986": a
 * level). */
static int forecast_of(const struct gram *g, const struct fig *f, size_t s, const struct claim *cl,
		       int prior)
{
	return forecast_before(g, f, s) && (!prior || cl->period[0]) &&
	       !period_over(g->d->date, cl->period);
}
static const enum lex_word venture_words[] = { W_INVESTMENT, W_FUND, W_PROJECT, W_PLANT, W_FACTORY, W_OFFICE, W_FACILITY, W_VENTURE };

/* Token k names one currency as a thing, not as the unit of a number
 * before it ("the dollar", "sterling's rise", "the currency"; not "5
 * billion marks", "N.Z. Dlrs", "made in roubles"; a plural is an
 * amount): its ISO code, "" for
 * "currency" or "the unit", NULL if none. */
static const char *currency_noun(const struct gram *g, size_t k, size_t s)
{
	const struct lex_entry *e = tok_lex(g, k);
	size_t n = g->t[k].len;

	if (tok_is(g, k, W_CURRENCY) || (tok_is(g, k, W_UNIT) && word_s(g, k - 1, s, W_THE)))
		return "";
	if (tok_is(g, k, W_STERLING_S))
		return "GBP";
	if (!(g->t[k].cls & CLS_CURNAME) || !e->cur || e->cur_factor != 1 ||
	    tok_text(g, k)[n - 1] == 's' || tok_text(g, k)[n - 1] == 'S')
		return NULL;
	if (gram_in(g, k - 1, s) &&
	    (g->t[k - 1].kind != TOK_WORD || tok_is(g, k - 1, W_IN) ||
	     tok_has(g, k - 1, CLS_SCALE | CLS_DLRPREFIX)))
		return NULL;
	return e->cur;
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

		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE | CLS_VERBIMP | CLS_VERBEXP))
			return 0;
		if ((c = currency_noun(g, k, s)) && strcmp(c, cl->unit))
			return 1;
	}
	return 0;
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
static int what_kind(struct gram *g, const struct fig *f, size_t s, struct claim *cl,
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
				/* "rising to 18.9 dlrs a barrel next year" */
				if (forecast_of(g, f, s, cl, prior) ||
				    (period_in_clause(g, f) && timing_future(g->d->date, cl->period)))
					cl->measure = MEASURE_FORECAST;
				if (!sells_abroad(g, f, s)) {
					cl->commodity[0] = '\0';
					near_commodity(g, f, s, cl->commodity);
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
	/* "the dollar was fixed at 1.8162 marks": an exchange rate, a price */
	if (cl->kind == CLAIM_MONEY && quoted_currency(g, f, s, cl)) {
		cl->measure = MEASURE_PRICE;
		cl->direction[0] = '\0';
		cl->flow[0] = cl->reporter[0] = cl->partner[0] = '\0';
		cl->commodity[0] = '\0';
		*su = NULL;
		return 1;
	}
	/* "from 3.11 rupees per kilo to 2.85 rupees": the other end of a price */
	if (cl->kind == CLAIM_MONEY && price_joined(g, f, s, cl)) {
		cl->measure = forecast_of(g, f, s, cl, prior) ? MEASURE_FORECAST : MEASURE_PRICE;
		cl->direction[0] = '\0';
		if (g->prev_s == s && (g->prev_m == MEASURE_PRICE || g->prev_m == MEASURE_FORECAST) &&
		    !strcmp(g->prev_unit, cl->unit))
			put(cl->per, sizeof(cl->per), g->prev_per);
		return 0;
	}
	if (cl->kind != CLAIM_PERCENT && g->t[f->t0].kind == TOK_NUM && f->t1 > f->t0 + 1 &&
	    gram_punct(g, f->t0 + 1, "-") && tok_is(g, f->h0 - 1, W_A))
		for (size_t k = j; k < j + 3 && gram_in(g, k, s); k++)
			if (WORD_AMONG(g, k, venture_words)) {
				/* "a 25-billion-dlr investment fund" */
				cl->measure = MEASURE_INVESTMENT;
				cl->flow[0] = cl->reporter[0] = cl->partner[0] = '\0';
				cl->commodity[0] = cl->period[0] = '\0';
				*su = NULL;
				return 1;
			}
	/* "were seen at", "will rise 5 pct", "forecast at", "is expected to
	 * shrink to": a forecast (a growth forecast keeps its direction); not
	 * a target or a share */
	if ((cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE ||
	     measure_is_change(cl->measure)) && forecast_of(g, f, s, cl, prior))
		cl->measure = MEASURE_FORECAST;
	return 0;
}

/* A flow noun before f in its clause ("in EU imports"). */
static int flow_before(const struct gram *g, const struct fig *f, size_t s)
{
	for (size_t k = win_lo(g, s, f->h0); k < f->h0; k++)
		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP) && g->clause[k] == g->clause[f->h0])
			return 1;
	return 0;
}

/* Where the fields fill() set came from (not the sentence: context). */
struct origin {
	int rep, par, per;	/* reporter, partner, period inferred */
};

/* "increased $23.2 billion from the same period in 2018" (of a 2019
 * period), "from the same months a year earlier": the same span a year
 * before, after f: a year-on-year change. */
static int same_year_before(const struct gram *g, const struct fig *f, const char *period)
{
	for (size_t c = 0; c < g->ncands; c++) {
		const struct cand *k = &g->cands[c];
		int y;

		if (!k->same || k->tok < f->t1 || k->tok > f->t1 + 12)
			continue;
		if (!k->same_year)
			return 1;
		return sscanf(period, "%4d", &y) == 1 && y == k->same_year + 1;
	}
	return 0;
}

static void fill(struct gram *g, const struct fig *f, struct claim *cl,
		 const struct subj *su, int bal, int prior, struct origin *o)
{
	size_t s = g->sent[f->t0];
	int is_bal = cl->measure == MEASURE_BALANCE;
	int is_chg = measure_is_change(cl->measure);
	const char *rep;

	/* A balance carries its sign; a change of a deficit moves the signed
	 * balance the other way ("the deficit narrowed $4.4 billion": up). */
	if (is_bal) {
		int deficit = deficit_of(g, f, s);

		if (deficit && cl->value > 0)
			cl->value = -cl->value;
		if (su && !prior) {
			g->bal_s = s;
			g->bal = *su;
			g->bal_deficit = deficit;
		}
	} else if (bal && is_chg) {
		int deficit = deficit_of(g, f, s);

		if (deficit && cl->direction[0])
			put(cl->direction, sizeof(cl->direction),
			    cl->direction[0] == 'u' ? "down" : "up");
		if (cl->kind == CLAIM_MONEY && cl->direction[0] == 'd' && cl->value > 0)
			cl->value = -cl->value;
	}
	/* "$1.7 billion less than May exports": a change against that month */
	if (cl->kind != CLAIM_PERCENT && !is_bal && !prior && gram_in(g, f->t1 + 1, s) &&
	    (tok_is(g, f->t1, W_LESS) || tok_is(g, f->t1, W_MORE) ||
	     tok_is(g, f->t1, W_LOWER) || tok_is(g, f->t1, W_HIGHER)) &&
	    tok_is(g, f->t1 + 1, W_THAN)) {
		int m = gram_in(g, f->t1 + 2, s) ?
			period_month(tok_text(g, f->t1 + 2), g->t[f->t1 + 2].len) : 0;
		char base[PERIOD_MAX], prev[PERIOD_MAX];

		put(cl->direction, sizeof(cl->direction),
		    tok_is(g, f->t1, W_LESS) || tok_is(g, f->t1, W_LOWER) ? "down" : "up");
		cl->measure = MEASURE_CHANGE;
		if (m && period_resolve_month(g->d->date, m, 0, PERIOD_LATEST, base) == 0 &&
		    period_shift_month(cl->period, -1, prev) == 0 && !strcmp(prev, base))
			cl->measure = MEASURE_CHANGE_MOM;
		is_chg = 1;
	}
	/* "Year-over-year, exports increased ...": the whole sentence's basis */
	if (is_chg && cl->measure == MEASURE_CHANGE && timing_lead_basis(g, s))
		cl->measure = timing_lead_basis(g, s);
	timing_months_ending(g, s, f->t0, cl->period);
	if (cl->kind != CLAIM_DATE && !prior)
		timing_days_range(g, f, s, cl->period);
	/* ", or 1.4 percent": the same change as the figure before it. */
	if (cl->kind == CLAIM_PERCENT && g->chg_s == s && g->chg_t1 + 2 == f->h0 &&
	    gram_punct(g, f->h0 - 2, ",") && tok_is(g, f->h0 - 1, W_OR)) {
		cl->measure = g->chg_measure;
		put(cl->direction, sizeof(cl->direction), g->chg_dir);
		if (!cl->flow[0]) {
			memcpy(cl->flow, g->chg.flow, sizeof(cl->flow));
			memcpy(cl->reporter, g->chg.reporter, sizeof(cl->reporter));
			memcpy(cl->partner, g->chg.partner, sizeof(cl->partner));
			memcpy(cl->commodity, g->chg.commodity, sizeof(cl->commodity));
		}
		is_chg = 1;
	} else if (is_chg) {
		char base[PERIOD_MAX];
		enum measure b;

		if (!cl->period[0])
			timing_month_modifier(g, s, f->t0, cl->period);
		timing_change_base(g, f, s, base);
		/* "a growth of 5.6 per cent over April-October 2025": the base is
		 * not its own period; the figure before it in the sentence gives it. */
		if (base[0] && !strcmp(base, cl->period))
			memcpy(cl->period, g->last_s == s ? g->last_period : g->ctx_period,
			       sizeof(cl->period));
		if (cl->measure == MEASURE_CHANGE && (b = timing_basis_of(cl->period, base)) != MEASURE_NONE)
			cl->measure = b;
		else if (cl->measure == MEASURE_CHANGE && same_year_before(g, f, cl->period))
			cl->measure = MEASURE_CHANGE_YOY;
		else if (cl->measure == MEASURE_CHANGE && cl->flow[0] && g->basis_par == g->par[s] &&
			 g->basis_sent + 1 >= s && g->basis_sent != NO_SENT)
			cl->measure = g->basis_name;	/* parallel */
	}
	/* "Year-over-year, the deficit decreased $3.4 billion, or 7.5 percent,
	 * from August 2016": a year-on-year change's period is a year after
	 * the base it names, when the sentence names no other */
	if (is_chg && !prior && !cl->period[0] && cl->measure == MEASURE_CHANGE_YOY) {
		char base[PERIOD_MAX];

		timing_change_base(g, f, s, base);
		if (base[0] && period_shift_years(base, 1, cl->period) == 0 &&
		    timing_future(g->d->date, cl->period))
			cl->period[0] = '\0';
	}
	if (is_chg && !prior) {
		g->chg_s = s;
		g->chg_t1 = f->t1;
		g->chg_measure = cl->measure;
		put(g->chg_dir, sizeof(g->chg_dir), cl->direction);
		memcpy(g->chg.flow, cl->flow, sizeof(cl->flow));
		memcpy(g->chg.reporter, cl->reporter, sizeof(cl->reporter));
		memcpy(g->chg.partner, cl->partner, sizeof(cl->partner));
		memcpy(g->chg.commodity, cl->commodity, sizeof(cl->commodity));
		if (cl->measure != MEASURE_CHANGE) {
			g->basis_par = g->par[s];
			g->basis_sent = s;
			g->basis_name = cl->measure;
		}
	}
	if (cl->kind != CLAIM_PERCENT && !prior) {
		if (g->resp_s != s)
			respectively(g, s, cl->partner);
		if (g->nresp > 1 && g->resp_i < g->nresp && cl->flow[0])
			put(cl->partner, sizeof(cl->partner), g->resp[g->resp_i]);
		g->resp_i++;
	}
	if (what_kind(g, f, s, cl, &su, prior)) {
		if (!cl->period[0] && cl->measure == MEASURE_PRICE && !cl->per[0])
			timing_spot(g, f, s, cl->period);	/* "the dollar was fixed at" */
		return;
	}
	rep = context_reporter(g, s);
	for (size_t k = 0; rep && k < g->nresp && g->resp_s == s; k++)
		if (!strcmp(rep, g->resp[k]))
			rep = NULL;	/* a partner of the list */
	if (is_bal && !cl->flow[0] && !su) {
		/* A current account: the economy's own, against the world. */
		if (!cl->reporter[0] && rep) {
			put(cl->reporter, sizeof(cl->reporter), rep);
			o->rep = 1;
		}
		if (cl->reporter[0]) {
			put(cl->partner, sizeof(cl->partner), "WORLD");
			o->par = 1;
		}
	}
	if (cl->flow[0]) {
		if (!cl->reporter[0] && rep && strcmp(rep, cl->partner)) {
			put(cl->reporter, sizeof(cl->reporter), rep);
			o->rep = 1;
		}
		if (!cl->partner[0] && !(su && su->par_open)) {
			put(cl->partner, sizeof(cl->partner), "WORLD");
			o->par = 1;	/* no partner named: all of them */
		}
		if (su && !su->rep_inferred && su->reporter[0] && !strcmp(su->reporter, cl->reporter))
			context_stated(g, s, cl->reporter, 0);
	}
	/* A national statistic with no trade flow (output, reserves, rates, a
	 * crop forecast): the economy the sentence names, else the story's;
	 * never a company's figure. */
	if (!cl->flow[0] && !cl->reporter[0] && cl->measure == MEASURE_SHARE &&
	    flow_before(g, f, s)) {
		/* "the share of energy in EU imports": a share of a trade flow,
		 * whose economy the sentence names, else its story's */
		const char *c = subject_country_before(g, s, f->h0);

		if (c) {
			put(cl->reporter, sizeof(cl->reporter), c);
		} else if (rep) {
			put(cl->reporter, sizeof(cl->reporter), rep);
			o->rep = 1;
		}
	} else if (!cl->flow[0] && !cl->reporter[0] && cl->measure != MEASURE_SHARE &&
	    cl->measure != MEASURE_INVESTMENT && cl->measure != MEASURE_CAPACITY &&
	    !company_sentence(g, s, f->t0) && !subject_market(g, s, f->t0, cl->unit)) {
		const char *c = subject_country_before(g, s, f->h0);

		if (c) {
			put(cl->reporter, sizeof(cl->reporter), c);
			context_stated(g, s, c, 1);	/* the paragraph's subject now */
		} else if (rep) {
			put(cl->reporter, sizeof(cl->reporter), rep);
			o->rep = 1;
		}
	}
	/* "the wheat crop ... 14 mln tonnes": a quantity's goods, named before it */
	if (cl->kind == CLAIM_QUANTITY && !cl->commodity[0] && cl->measure != MEASURE_CAPACITY)
		near_commodity(g, f, s, cl->commodity);
	if ((cl->flow[0] || (is_bal && cl->reporter[0])) && !cl->commodity[0] && g->story_goods &&
	    !sentence_says(g, s, f->t0, W_SERVICES))
		put(cl->commodity, sizeof(cl->commodity), "goods");
	local_currency(g, f, s, cl);
	/* A period from the paragraph: the last one a figure of it stated. */
	if (prior)
		return;
	if (!cl->period[0] && (cl->flow[0] || is_bal || is_chg))
		if (!timing_month_modifier(g, s, f->t0, cl->period) &&
		    !timing_title_period(g, s, g->c[g->clause[f->t0]].t0, g->c[g->clause[f->t1 - 1]].t1,
				  cl->period))
			timing_title_period(g, s, win_lo(g, s, f->t0), win_hi(g, s, f->t0), cl->period);
	/* "rose to 7.45 billion dlrs, compared with 7.95 billion in 1985": the
	 * period after the earlier value's, when the figure names none */
	if (!cl->period[0] && (cl->flow[0] || is_bal || cl->reporter[0]))
		for (size_t k = 0; k < g->ncands; k++) {
			const struct cand *c = &g->cands[k];

			if (!c->prior || c->tok < f->t1 || !c->period[0] || c->tok > f->t1 + 12)
				continue;
			if (strlen(c->period) == 4)
				period_shift_years(c->period, 1, cl->period);
			else
				period_shift_month(c->period, 1, cl->period);
			break;
		}
	/* "in the quarter", "in the month": the story's last one */
	if (!cl->period[0] && (cl->flow[0] || is_bal || is_chg)) {
		for (size_t k = win_lo(g, s, f->t0) + 1; k < win_hi(g, s, f->t0); k++)
			if (tok_is(g, k - 1, W_THE) && tok_is(g, k, W_QUARTER) && g->story_q[0]) {
				memcpy(cl->period, g->story_q, sizeof(cl->period));
				o->per = 1;
			} else if (tok_is(g, k - 1, W_THE) && tok_is(g, k, W_MONTH) && g->story_m[0] &&
				   !tok_is(g, k + 1, W_BEFORE) && !tok_is(g, k + 1, W_EARLIER)) {
				memcpy(cl->period, g->story_m, sizeof(cl->period));
				o->per = 1;
			}
	}
	if (!cl->period[0] && !cl->flow[0] && cl->measure != MEASURE_SHARE &&
	    cl->measure != MEASURE_TARGET && cl->measure != MEASURE_FORECAST)
		timing_spot(g, f, s, cl->period);	/* a quote of the story's day */
	if (cl->period[0] && strstr(cl->period, "-Q"))
		memcpy(g->story_q, cl->period, sizeof(g->story_q));
	else if (strlen(cl->period) == 7 && cl->period[4] == '-')
		memcpy(g->story_m, cl->period, sizeof(g->story_m));
	if (cl->period[0]) {
		g->per_par = g->par[s];
		memcpy(g->ctx_period, cl->period, sizeof(g->ctx_period));
	} else if ((cl->flow[0] || is_bal || cl->reporter[0]) && g->per_par == g->par[s] &&
		   g->ctx_period[0]) {
		memcpy(cl->period, g->ctx_period, sizeof(cl->period));
		o->per = 1;
	}
	/* "Exports were down 6.3 pct at 7.45 billion dlrs, compared with 7.95
	 * billion in 1985", in a paragraph about 1986: the basis, once the
	 * paragraph gave the period */
	if (cl->measure == MEASURE_CHANGE && cl->period[0] && cl->flow[0]) {
		char base[PERIOD_MAX];
		enum measure b;

		timing_change_base(g, f, s, base);
		if ((b = timing_basis_of(cl->period, base)) != MEASURE_NONE) {
			cl->measure = g->chg_measure = b;
			g->basis_par = g->par[s];
			g->basis_sent = s;
			g->basis_name = b;
		}
	}
	if ((cl->measure == MEASURE_LEVEL || measure_is_change(cl->measure)) &&
	    !o->per && timing_future(g->d->date, cl->period) && !timing_forward_sale(g, s))
		cl->measure = MEASURE_FORECAST;	/* a period still to come */
}

/*
 * A rate per year the words after f state, where gram.c's unit reading
 * did not: "rise 0.1 pct a year", "0.5 pct each year", "a 10 pct annual
 * cut", "a one billion franc annual surplus", "two mln tonnes of grain
 * annually".
 */
static void rate_after(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	size_t j = f->t1;

	if (cl->per[0] || !gram_in(g, j, s))
		return;
	if (cl->kind == CLAIM_PERCENT && gram_rate_after(g, j, s, cl->per))
		return;
	if (tok_is(g, j, W_EACH) && word_s(g, j + 1, s, W_YEAR)) {
		put(cl->per, sizeof(cl->per), "year");
	} else if (tok_is(g, j, W_ANNUAL) && !word_s(g, j + 1, s, W_RATE)) {
		put(cl->per, sizeof(cl->per), "year");
	} else if (cl->kind == CLAIM_QUANTITY && tok_is(g, j, W_OF)) {
		/* past the goods: words only, at most three */
		for (size_t k = j + 1; k < j + 5 && gram_in(g, k, s) &&
				       g->t[k].kind == TOK_WORD; k++)
			if (tok_is(g, k, W_ANNUALLY) || tok_is(g, k, W_YEARLY)) {
				put(cl->per, sizeof(cl->per), "year");
				return;
			}
	}
}

/* f, an earlier value, is an earlier estimate: "vs 17.30 mln tonnes last
 * month" after an estimate or forecast. */
static int estimate_before(const struct gram *g, const struct fig *f, size_t s)
{
	return word_s(g, f->t1, s, W_LAST) &&
	       (word_s(g, f->t1 + 1, s, W_MONTH) || word_s(g, f->t1 + 1, s, W_WEEK));
}

static enum field_source source(const char *field, int inferred)
{
	return !field[0] ? SOURCE_NONE : inferred ? SOURCE_INFERRED : SOURCE_STATED;
}

void meaning_fill(struct gram *g, const struct fig *f, struct claim *cl,
		  const struct subj *su, int bal, int prior)
{
	static const enum adjustment adj[] = { ADJ_NSA, ADJ_NONE, ADJ_SA };
	static const enum price_basis price[] = { PRICE_NONE, PRICE_REAL, PRICE_NOMINAL };
	static const enum rate_basis basis[] = { BASIS_NONE, BASIS_ANNUALIZED, BASIS_AVG3M,
						  BASIS_BOP, BASIS_CUSTOMS };
	static const enum claim_status status[] = { STATUS_NONE, STATUS_PRELIMINARY,
						    STATUS_REVISED, STATUS_PREVIOUS };
	struct origin o = { su && su->rep_inferred, 0, 0 };
	int flow_inferred = su && su->flow_inferred;
	size_t s = g->sent[f->t0];

	fill(g, f, cl, su, bal, prior, &o);
	rate_after(g, f, s, cl);
	/* "forecast ... at 16.70 mln tonnes, vs 17.30 mln tonnes last month":
	 * the estimate before is of the same kind */
	if (prior && g->prev_s == s && g->prev_m == MEASURE_FORECAST &&
	    (cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE) &&
	    estimate_before(g, f, s))
		cl->measure = MEASURE_FORECAST;
	cl->adjustment = adj[qualify_adjustment(g, s) + 1];
	cl->price = price[qualify_price(g, f)];
	cl->basis = basis[qualify_basis(g, f)];
	/* "For the full year 1986, the merchandise trade deficit was ..." in a
	 * story whose lead reports "on a balance of payments basis" */
	if (cl->basis == BASIS_NONE && cl->kind == CLAIM_MONEY &&
	    (cl->flow[0] || cl->measure == MEASURE_BALANCE) && qualify_bop_context(g, s))
		cl->basis = BASIS_BOP;
	cl->status = status[qualify_status(g, f, prior)];
	cl->reporter_src = source(cl->reporter, o.rep);
	cl->partner_src = source(cl->partner, o.par);
	cl->flow_src = source(cl->flow, flow_inferred);
	cl->period_src = source(cl->period, o.per);
}
