/*
 * figure.c - the parts of a figure around its number: the currency written
 * before it ("$", "US$", "C $", "USD", "MAUD"), the unit after it (percent,
 * currency, quantity) and its rate ("per year", "a day"); number words are
 * numwords.c's.
 *
 * Input: the token array of gram.c and a position. Output: how many tokens
 * each part takes, and the unit, kind, factor or rate it names.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence s are read (gram_in()).
 *  2. Each function takes nothing (returns 0) rather than guess: gram.c
 *     decides what a figure is from what they take.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* units_currency_ex() of token i, read from the classes the lexer set: a
 * sign, a code as written, or a name (with its factor: "cents" 0.01). */
static enum unit_form tok_currency(const struct gram *g, size_t i, const char **iso,
				   double *factor)
{
	const struct token *t = &g->t[i];

	*iso = NULL;
	*factor = 1;
	if (t->cls & (CLS_CURSIGN | CLS_CURCODE | CLS_CURNAME))
		*iso = tok_lex(g, i)->cur;
	if (t->cls & CLS_CURSIGN)
		return UNIT_SIGN;
	if (t->cls & CLS_CURCODE)
		return UNIT_CODE;
	if (t->cls & CLS_CURNAME) {
		*factor = tok_lex(g, i)->cur_factor;
		return UNIT_NAME;
	}
	return UNIT_NONE;
}

/* units_currency() of token i: a subunit ("cents") is none. */
static enum unit_form tok_currency_unit(const struct gram *g, size_t i, const char **iso)
{
	double factor;
	enum unit_form f = tok_currency(g, i, iso, &factor);

	if (factor != 1) {
		*iso = NULL;
		return UNIT_NONE;
	}
	return f;
}

/* A currency written before the number at token i: "$", "€", "US$", "C $",
 * "U.S. $", "USD", "rmb", "MUSD" (millions). Returns the tokens it takes (0
 * if none) and sets *iso, and *scale for an "M" prefix. */
size_t gram_currency_before(const struct gram *g, size_t i, size_t s, const char **iso,
			      double *scale)
{
	const struct token *t;
	enum unit_form f;
	const char *c;

	*iso = NULL;
	*scale = 1;
	if (!gram_in(g, i, s))
		return 0;
	t = &g->t[i];
	/* "U.S. $", "u.s $" */
	if (tok_is(g, i, W_U) && gram_punct(g, i + 1, ".") && tok_is(g, i + 2, W_S)) {
		size_t k = i + 3 + gram_punct(g, i + 3, ".");

		if (gram_in(g, k, s) && gram_punct(g, k, "$")) {
			*iso = "USD";
			return k + 1 - i;
		}
	}
	/* "US$", "HK$", "Mex$", and in lower-cased wire copy "c $", "hk $": a
	 * prefix that says which dollar ("a $5 million deal" is not "A$"). */
	if (t->kind == TOK_WORD && gram_in(g, i + 1, s) && gram_punct(g, i + 1, "$") &&
	    t->len <= 3 && tok_has(g, i, CLS_DLRPREFIX) && (c = tok_lex(g, i)->prefix_cur) &&
	    (gram_glued(g, i + 1) ||
	     (islower((unsigned char)*tok_text(g, i)) && (t->len > 1 || tok_is(g, i, W_C))))) {
		*iso = c;
		return 2;
	}
	if (t->kind != TOK_SYM && t->kind != TOK_WORD)
		return 0;
	/* Signs are TOK_SYM and never words (lex.c), codes and names are
	 * words; a code counts only before a number, so a word is looked up
	 * only then (this runs for every token of every sentence). */
	if (t->kind == TOK_SYM && tok_currency_unit(g, i, iso) == UNIT_SIGN)
		return 1;
	/* "Rs. 3,45,678 crore": a sign in letters with an abbreviation's dot */
	if (t->kind == TOK_WORD && (t->cls & CLS_CURSIGN) && gram_punct(g, i + 1, ".") &&
	    gram_glued(g, i + 1) && gram_in(g, i + 2, s) && g->t[i + 2].kind == TOK_NUM &&
	    !gram_glued(g, i + 2)) {
		*iso = tok_lex(g, i)->cur;
		return 2;
	}
	if (!gram_in(g, i + 1, s) || g->t[i + 1].kind != TOK_NUM) {
		*iso = NULL;
		return 0;
	}
	f = t->kind == TOK_WORD ? tok_currency_unit(g, i, iso) : UNIT_NONE;
	if (f == UNIT_CODE || (f == UNIT_SIGN && t->kind == TOK_WORD))	/* "Rs 500" */
		return 1;
	if (t->kind == TOK_WORD && tok_has(g, i, CLS_CURCODEANY)) {
		*iso = tok_lex(g, i)->cur;
		return 1;
	}
	/* "MAUD 60": millions of Australian dollars. */
	if (t->kind == TOK_WORD && t->len == 4 && tok_text(g, i)[0] == 'M' &&
	    (*iso = units_currency_code_folded(tok_text(g, i) + 1, 3))) {
		*scale = 1e6;
		return 1;
	}
	*iso = NULL;
	return 0;
}

size_t gram_rate_after(const struct gram *g, size_t j, size_t s, char per[static 8])
{
	static const struct {
		enum lex_word w;
		const char *per;
	} units[] = { { W_YEAR, "year" }, { W_MONTH, "month" }, { W_DAY, "day" } },
	  adverbs[] = { { W_ANNUALLY, "year" }, { W_YEARLY, "year" }, { W_MONTHLY, "month" },
			{ W_DAILY, "day" } };

	if (j >= g->nt || g->sent[j] != s)
		return 0;
	for (size_t k = 0; k < ARRAY_SIZE(units); k++) {
		if ((tok_is(g, j, W_PER) || (gram_punct(g, j, "/") && gram_glued(g, j))) &&
		    word_in(g, j + 1, s) && tok_is(g, j + 1, units[k].w)) {
			strcpy(per, units[k].per);
			return 2;
		}
		/* "a year", but not "a year earlier" or "a year ago". */
		if (tok_is(g, j, W_A) && word_in(g, j + 1, s) && tok_is(g, j + 1, units[k].w) &&
		    !tok_is(g, j + 2, W_EARLIER) && !tok_is(g, j + 2, W_AGO) &&
		    !tok_is(g, j + 2, W_BEFORE) && !tok_is(g, j + 2, W_LATER)) {
			strcpy(per, units[k].per);
			return 2;
		}
	}
	if (tok_is(g, j, W_PER) && word_in(g, j + 1, s) && tok_is(g, j + 1, W_ANNUM)) {
		strcpy(per, "year");
		return 2;
	}
	for (size_t k = 0; k < ARRAY_SIZE(adverbs); k++)
		if (tok_is(g, j, adverbs[k].w)) {
			strcpy(per, adverbs[k].per);
			return 1;
		}
	return 0;
}

/* "Swiss" + "francs", "Australian" + "dlrs" (tokens a and n): the ISO code,
 * or NULL (units_currency_adjective() of two tokens). */
static const char *tok_currency_adjective(const struct gram *g, size_t a, size_t n)
{
	const struct lex_entry *e = tok_lex(g, a);
	size_t sl;

	if (!(g->t[a].cls & CLS_CURADJ))
		return NULL;
	sl = strlen(e->adj_stem);
	/* "Australian dlrs": the wire's abbreviations of a dollar. */
	if (!strcmp(e->adj_stem, lexicon_entries[W_DOLLAR].word) &&
	    (tok_is(g, n, W_DLRS) || tok_is(g, n, W_DLR)))
		return e->adj_cur;
	/* "30 Canadian cts": a hundredth of that dollar (the name's factor) */
	if (!strcmp(e->adj_stem, lexicon_entries[W_DOLLAR].word) &&
	    (tok_is(g, n, W_CTS) || tok_is(g, n, W_CENTS) || tok_is(g, n, W_CENT)))
		return e->adj_cur;
	if (g->t[n].len >= sl && !strncasecmp(tok_text(g, n), e->adj_stem, sl))
		return e->adj_cur;
	return NULL;
}

/* The word at i is a weight a bag or bale is counted in ("kg", "kilogram",
 * "lb"). */
static int weight_unit(const struct gram *g, size_t i)
{
	return tok_has(g, i, CLS_UNIT) &&
	       (!strcmp(tok_lex(g, i)->unit, "kg") || !strcmp(tok_lex(g, i)->unit, "lb"));
}

/* units_quantity_ex() of token a and, when b < g->nt, the word b after it. */
static const char *tok_quantity(const struct gram *g, size_t a, size_t b, int *words,
				double *factor)
{
	*words = 1;
	*factor = 1;
	if (b < g->nt && tok_is(g, a, W_METRIC) && tok_has(g, b, CLS_TONS)) {
		*words = 2;
		return "t";
	}
	if (b < g->nt && tok_is(g, a, W_TROY) && (tok_is(g, b, W_OUNCES) || tok_is(g, b, W_OUNCE))) {
		*words = 2;	/* "350,000 troy ounces" */
		return "oz";
	}
	/* "1.1 mln short tons" (2,000 lb), "long tons" (2,240 lb) */
	if (b < g->nt && (tok_is(g, a, W_SHORT) || tok_is(g, a, W_LONG)) && tok_has(g, b, CLS_TONS)) {
		*words = 2;
		*factor = tok_is(g, a, W_SHORT) ? 0.90718474 : 1.0160469088;
		return "t";
	}
	/* "75,200 running bales": cotton as USDA counts it, bales as packed */
	if (b < g->nt && tok_is(g, a, W_RUNNING) && (tok_is(g, b, W_BALES) || tok_is(g, b, W_BALE))) {
		*words = 2;
		return "bale";
	}
	if (b < g->nt && tok_is(g, a, W_SQUARE) && tok_has(g, b, CLS_METERS)) {
		*words = 2;	/* "40,000 square metres" */
		return "m2";
	}
	if (b < g->nt && tok_is(g, a, W_CUBIC) && tok_has(g, b, CLS_METERS | CLS_FEET)) {
		*words = 2;
		return tok_has(g, b, CLS_METERS) ? "m3" : "ft3";
	}
	if (tok_has(g, a, CLS_UNIT)) {
		*factor = tok_lex(g, a)->unit_factor;
		/* "3.4 Mt" is megatonnes; "500,000 mt", "MT" metric tons */
		if (tok_is(g, a, W_MT) && !memcmp(tok_text(g, a), "Mt", 2))
			*factor = 1e6;
		return tok_lex(g, a)->unit;
	}
	return NULL;
}

/*
 * A currency named after the number at token j: a code in any case ("usd",
 * "MUSD"), a name ("dollars", "cents"), "US dollars", an adjective and a name
 * ("Australian dollars", "Hong Kong dollars", "Swiss francs"), or a sign
 * ("10 €"). Returns the tokens taken, sets *cur and multiplies *factor
 * (0.01 for cents, 1e6 for "MUSD").
 */
static size_t currency_after(const struct gram *g, size_t j, size_t s, const char **cur,
			     double *factor)
{
	const struct token *t = &g->t[j];
	double f = 1;
	const char *c;

	if (t->kind == TOK_SYM && !gram_punct(g, j, "%") && tok_currency_unit(g, j, cur) == UNIT_SIGN &&
	    !(j + 1 < g->nt && gram_glued(g, j + 1) && g->t[j + 1].kind == TOK_NUM))
		return 1;
	/* "132 mln (U.S.) dlrs", "50 mln (Australian) dlrs": whose dollar in
	 * brackets before its name */
	if (gram_punct(g, j, "(") && word_in(g, j + 1, s) && gram_glued(g, j + 1)) {
		size_t c1 = g->t[j + 1].len == 1 && gram_punct(g, j + 2, ".") ? j + 5 : j + 2;

		if (gram_punct(g, c1, ")") && gram_glued(g, c1) && gram_in(g, c1 + 1, s) &&
		    g->sent[j + 1] == s && !gram_glued(g, c1 + 1) &&
		    (c1 == j + 2 || (word_in(g, j + 3, s) && g->t[j + 3].len == 1 &&
				     gram_punct(g, j + 4, "."))) &&
		    tok_currency(g, c1 + 1, cur, &f) == UNIT_NAME && !strcmp(*cur, "USD")) {
			char ini[2] = { *tok_text(g, j + 1), c1 == j + 5 ? *tok_text(g, j + 3) : 0 };

			c = c1 == j + 5 ? units_dollar_prefix(ini, 2) : tok_currency_adjective(g, j + 1, c1 + 1);
			if (c) {
				*cur = c;
				*factor *= f;
				return c1 + 2 - j;
			}
		}
		*cur = NULL;
		return 0;
	}
	if (t->kind != TOK_WORD)
		return 0;
	/* "N.Z. dlrs", "H.K. dollars": initials that say which dollar; "76.85
	 * U.S. cts", "Canadian cents" likewise */
	if (t->len == 1 && gram_punct(g, j + 1, ".") && word_in(g, j + 2, s) && g->t[j + 2].len == 1 &&
	    gram_punct(g, j + 3, ".") && word_in(g, j + 4, s) &&
	    tok_currency(g, j + 4, cur, &f) == UNIT_NAME && !strcmp(*cur, "USD")) {
		char ini[2] = { *tok_text(g, j), *tok_text(g, j + 2) };

		if ((c = units_dollar_prefix(ini, 2))) {
			*cur = c;
			*factor *= f;
			return 5;
		}
	}
	*cur = NULL;
	for (size_t k = 1; k <= 2; k++) {
		size_t a = j + k - 1, n = j + k;

		if (k == 2 && !tok_has(g, j, CLS_CURREGION))
			break;
		if (word_in(g, n, s) && (c = tok_currency_adjective(g, a, n)) &&
		    tok_currency(g, n, cur, &f) == UNIT_NAME) {
			*cur = c;
			*factor *= f;
			return k + 1;
		}
	}
	/* "12 billion Egyptian pounds", "Thai baht", "Kuwaiti dinars": a
	 * country's adjective before a name of money, when that country
	 * issues money of that name (its code starts with the country's) */
	if (tok_has(g, j, CLS_COUNTRY) && word_in(g, j + 1, s) && tok_lex(g, j)->country &&
	    tok_currency(g, j + 1, cur, &f) == UNIT_NAME) {
		const char *own = units_local_name(*cur, tok_lex(g, j)->country);

		if (own)
			*cur = own;
		if (!strncmp(*cur, tok_lex(g, j)->country, 2)) {
			*factor *= f;
			return 2;
		}
	}
	*cur = NULL;
	/* "3 USD50 cards": a code glued to a number is that number's */
	if (j + 1 < g->nt && gram_glued(g, j + 1) && g->t[j + 1].kind == TOK_NUM)
		return 0;
	switch (tok_currency(g, j, cur, &f)) {
	case UNIT_CODE:
	case UNIT_NAME:
		*factor *= f;
		/* "up 10 guilder cents": the hundredth of the currency named */
		if (f == 1 && word_in(g, j + 1, s) && (tok_is(g, j + 1, W_CENTS) || tok_is(g, j + 1, W_CTS) ||
						     tok_is(g, j + 1, W_CENT))) {
			*factor *= 0.01;
			return 2;
		}
		return 1;
	default:
		break;
	}
	if (t->cls & CLS_CURCODEANY) {
		*cur = tok_lex(g, j)->cur;
		return 1;
	}
	if (t->len == 4 && tok_text(g, j)[0] == 'M' &&
	    (*cur = units_currency_code_folded(tok_text(g, j) + 1, 3))) {
		*factor *= 1e6;
		return 1;
	}
	*cur = NULL;
	return 0;
}

/* A quantity unit at token j: "tons", "metric tons", "bcm", "bpd", a glued
 * "t" ("100t"), "(kg)" in brackets, "-gallon" ("a 10-gallon tank"). */
static size_t quantity_after(const struct gram *g, size_t j, size_t s, struct claim *cl,
			     double *factor)
{
	static const char *const open[] = { "(", "[", "{", "<" };
	static const char *const close[] = { ")", "]", "}", ">" };
	const char *u;
	double f = 1;
	int words;

	for (size_t k = 0; k < ARRAY_SIZE(open); k++)
		if (gram_punct(g, j, open[k]) && word_in(g, j + 1, s) && gram_glued(g, j + 1) &&
		    gram_punct(g, j + 2, close[k]) && gram_glued(g, j + 2) &&
		    (u = tok_quantity(g, j + 1, NO_SENT, &words, &f))) {
			cl->kind = CLAIM_QUANTITY;
			str_copy(cl->unit, sizeof(cl->unit), u, strlen(u));
			*factor *= f;
			return 3;
		}
	if (gram_punct(g, j, "-") && gram_glued(g, j) && word_in(g, j + 1, s) &&
	    gram_glued(g, j + 1) && (u = tok_quantity(g, j + 1, NO_SENT, &words, &f))) {
		cl->kind = CLAIM_QUANTITY;
		str_copy(cl->unit, sizeof(cl->unit), u, strlen(u));
		*factor *= f;
		return 2;
	}
	if (tok_is(g, j, W_BPD) || tok_is(g, j, W_B_D)) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "bbl");
		strcpy(cl->per, "day");
		return 1;
	}
	/* "1.2 mbpd", "1.2 mb/d", "450 kb/d": barrels a day, in millions or
	 * thousands */
	if ((tok_is(g, j, W_MBPD) || ((tok_is(g, j, W_MB) || tok_is(g, j, W_KB)) &&
				      gram_punct(g, j + 1, "/") && gram_glued(g, j + 1) &&
				      word_in(g, j + 2, s) && gram_glued(g, j + 2) && tok_is(g, j + 2, W_D)))) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "bbl");
		strcpy(cl->per, "day");
		*factor *= tok_is(g, j, W_KB) ? 1e3 : 1e6;
		return tok_is(g, j, W_MBPD) ? 1 : 3;
	}
	/* "30bp", "25 bps": basis points, in lower case ("BP" is a company) */
	if ((tok_is(g, j, W_BP) || tok_is(g, j, W_BPS)) && *tok_text(g, j) == 'b') {
		cl->kind = CLAIM_PERCENT;
		strcpy(cl->unit, "bp");
		return 1;
	}
	/* "2.1 million 60-kg bags", "1.8 million 480-lb bales": bags, counted */
	if (g->t[j].kind == TOK_NUM && gram_punct(g, j + 1, "-") && gram_glued(g, j + 1) &&
	    word_in(g, j + 2, s) && gram_glued(g, j + 2) && weight_unit(g, j + 2) &&
	    word_in(g, j + 3, s) && (tok_is(g, j + 3, W_BAGS) || tok_is(g, j + 3, W_BALES) ||
				    tok_is(g, j + 3, W_BAG) || tok_is(g, j + 3, W_BALE) ||
				    tok_is(g, j + 3, W_SACKS))) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, tok_is(g, j + 3, W_BALES) || tok_is(g, j + 3, W_BALE) ? "bale" : "bag");
		return 4;
	}
	if (g->t[j].kind != TOK_WORD)
		return 0;
	/* "1.1 mln t", "MLN T" after a scale word */
	if (tok_is(g, j, W_T) && j > 0 && g->t[j - 1].kind == TOK_WORD && tok_has(g, j - 1, CLS_SCALE)) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "t");
		return 1;
	}
	if (tok_is(g, j, W_T) && gram_glued(g, j)) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "t");
		return 1;
	}
	u = tok_quantity(g, j, word_in(g, j + 1, s) ? j + 1 : NO_SENT, &words, &f);
	if (!u)
		return 0;
	cl->kind = CLAIM_QUANTITY;
	str_copy(cl->unit, sizeof(cl->unit), u, strlen(u));
	*factor *= f;
	return (size_t)words;
}

/* The unit after the number (token j): percent, currency or a quantity
 * unit. Sets kind/unit, multiplies *factor; returns the tokens taken, 0 if
 * none. A currency already written before the number ("$5 billion
 * dollars") takes only the same currency after it ("¥5 billion yuan" is
 * yuan). */
size_t gram_unit_after(const struct gram *g, size_t j, size_t s, const char **iso,
			 struct claim *cl, double *factor)
{
	const char *cur = NULL;
	double f = 1;
	size_t k;

	if (!gram_in(g, j, s))
		return 0;
	if (gram_punct(g, j, "%") || tok_is(g, j, W_PERCENT) || tok_is(g, j, W_PCT) ||
	    tok_is(g, j, W_PC) || tok_is(g, j, W_PERCENTS) ||
	    (tok_is(g, j, W_PERCENTAGE) && !word_in(g, j + 1, s)) ||
	    (tok_is(g, j, W_PERCENTAGE) && !tok_is(g, j + 1, W_POINTS) &&
	     !tok_is(g, j + 1, W_POINT))) {
		/* A percent sign glued to more ("30%25" in a URL) is not one. */
		if (j + 1 < g->nt && gram_glued(g, j + 1) && g->t[j + 1].kind != TOK_PUNCT &&
		    g->t[j + 1].kind != TOK_NEWLINE)	/* "5.1 PCT\n\n": a title's end */
			return 0;
		cl->kind = CLAIM_PERCENT;
		strcpy(cl->unit, "%");
		return 1;
	}
	if (tok_is(g, j, W_BASIS) && word_in(g, j + 1, s) && tok_is(g, j + 1, W_POINTS)) {
		cl->kind = CLAIM_PERCENT;	/* "250 basis points" */
		strcpy(cl->unit, "bp");
		return 2;
	}
	if ((tok_is(g, j, W_PER) && word_in(g, j + 1, s) && tok_is(g, j + 1, W_CENT)) ||
	    (tok_is(g, j, W_PERCENTAGE) && word_in(g, j + 1, s) &&
	     (tok_is(g, j + 1, W_POINTS) || tok_is(g, j + 1, W_POINT)))) {
		cl->kind = CLAIM_PERCENT;
		strcpy(cl->unit, tok_is(g, j, W_PER) ? "%" : "pp");
		return 2;
	}
	if (tok_is(g, j, W_US) && word_in(g, j + 1, s) &&
	    tok_currency_unit(g, j + 1, &cur) == UNIT_NAME &&
	    !strcmp(cur, "USD") && (!*iso || !strcmp(*iso, "USD"))) {
		*iso = "USD";
		return 2;
	}
	/* "142 (yen) and 1.83 (marks)": a dealer's currency in brackets */
	if (!*iso && gram_punct(g, j, "(") && word_in(g, j + 1, s) && gram_glued(g, j + 1) &&
	    gram_punct(g, j + 2, ")") && gram_glued(g, j + 2) &&
	    tok_currency_unit(g, j + 1, &cur) == UNIT_NAME) {
		*iso = cur;
		return 3;
	}
	/* "179.44 European currency units": the Ecu */
	if (!*iso && tok_is(g, j, W_EUROPEAN) && word_in(g, j + 1, s) && tok_is(g, j + 1, W_CURRENCY) &&
	    word_in(g, j + 2, s) && tok_is(g, j + 2, W_UNITS)) {
		*iso = "XEU";
		return 3;
	}
	/* "a 6.85 billion mark surplus": the mark only after a scale word
	 * ("the 150 mark" is a level, "the mark" a currency named) */
	if (!*iso && tok_is(g, j, W_MARK) && j > 0 && tok_has(g, j - 1, CLS_SCALE)) {
		*iso = "DEM";
		return 1;
	}
	if ((k = currency_after(g, j, s, &cur, &f))) {
		if (!*iso || (!strcmp(*iso, "JPY") && !strcmp(cur, "CNY")) || !strcmp(*iso, cur)) {
			if (*iso && g->t[j].kind == TOK_SYM)
				return 0;	/* "$5 $" is two signs, not one figure */
			*iso = cur;
			*factor *= f;
			/* "75 USD million" */
			if (word_in(g, j + k, s) && tok_scale(g, j + k) > 0) {
				*factor *= tok_scale(g, j + k);
				k++;
			}
			return k;
		}
		return 0;
	}
	if (*iso)
		return 0;
	return quantity_after(g, j, s, cl, factor);
}

/* Punctuation a number may be glued to on its left: a bracket, a quote, a
 * sign or a dash; not "=" or "%" ("?q=30%25" is a URL), nor "/" (a dealer's
 * "3.55/65 pct" is 3.55 and 3.65, never 65). */
int gram_opens_number(const struct gram *g, size_t i)
{
	static const char *const ok[] = { "(", "[", "{", "\"", "'", "+", "-", "$",
					  "\xe2\x80\x9c", "\xe2\x80\x98", "\xe2\x80\x94",
					  "\xe2\x80\x93", "\xe2\x88\x92", "~", "<", ">" };

	for (size_t k = 0; k < ARRAY_SIZE(ok); k++)
		if (gram_punct(g, i, ok[k]))
			return 1;
	return g->t[i].kind == TOK_SYM && !gram_punct(g, i, "%");
}

/* A sign written on a figure that is no balance ("(-$1.4 billion)", "-0.5%",
 * "+8%") says a change: its direction, the value unsigned (tests/eval/gold/GUIDE.md: only a
 * balance carries a sign), and a level becomes a change. The word "minus"
 * ("minus five percent") names a negative number and keeps it. */
void gram_signed_change(const struct gram *g, const struct fig *f, struct claim *cl)
{
	if (!f->sign || cl->kind == CLAIM_DATE || cl->measure == MEASURE_BALANCE ||
	    tok_is(g, f->t0, W_MINUS))
		return;
	if (cl->measure == MEASURE_LEVEL)
		cl->measure = MEASURE_CHANGE;
	if (!cl->direction[0])
		strcpy(cl->direction, f->sign > 0 ? "up" : "down");
	if (cl->value < 0)
		cl->value = -cl->value;
}

/*
 * A rate per year the words after f state, where gram.c's unit reading
 * did not: "rise 0.1 pct a year", "0.5 pct each year", "a 10 pct annual
 * cut", "a one billion franc annual surplus", "two mln tonnes of grain
 * annually".
 */
void gram_rate_words_after(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	size_t j = f->t1;

	if (cl->per[0] || !gram_in(g, j, s))
		return;
	if (cl->kind == CLAIM_PERCENT && gram_rate_after(g, j, s, cl->per))
		return;
	if (tok_is(g, j, W_EACH) && word_s(g, j + 1, s, W_YEAR)) {
		str_copy(cl->per, sizeof(cl->per), "year", 4);
	} else if (tok_is(g, j, W_ANNUAL) && !word_s(g, j + 1, s, W_RATE)) {
		str_copy(cl->per, sizeof(cl->per), "year", 4);
	} else if (cl->kind == CLAIM_QUANTITY && tok_is(g, j, W_OF)) {
		/* past the goods: words only, at most three */
		for (size_t k = j + 1; k < j + 5 && gram_in(g, k, s) &&
				       g->t[k].kind == TOK_WORD; k++)
			if (tok_is(g, k, W_ANNUALLY) || tok_is(g, k, W_YEARLY)) {
				str_copy(cl->per, sizeof(cl->per), "year", 4);
				return;
			}
	}
}
