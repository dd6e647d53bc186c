/*
 * figure.c - the parts of a figure around its number: the currency written
 * before it ("$", "US$", "C $", "USD", "MAUD"), number words ("twenty-five",
 * "half a"), the unit after it (percent, currency, quantity) and its rate
 * ("per year", "a day").
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

static int word_in(const struct gram *g, size_t i, size_t s)
{
	return i < g->nt && g->t[i].kind == TOK_WORD && g->sent[i] == s;
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
	if (gram_word(g, i, "U") && gram_punct(g, i + 1, ".") && gram_word(g, i + 2, "S")) {
		size_t k = i + 3 + gram_punct(g, i + 3, ".");

		if (gram_in(g, k, s) && gram_punct(g, k, "$")) {
			*iso = "USD";
			return k + 1 - i;
		}
	}
	/* "US$", "HK$", "Mex$", and in lower-cased wire copy "c $", "hk $": a
	 * prefix that says which dollar ("a $5 million deal" is not "A$"). */
	if (t->kind == TOK_WORD && gram_in(g, i + 1, s) && gram_punct(g, i + 1, "$") &&
	    t->len <= 3 && (c = units_dollar_prefix(tok_text(g, i), t->len)) &&
	    (gram_glued(g, i + 1) ||
	     (islower((unsigned char)*tok_text(g, i)) && (t->len > 1 || gram_word(g, i, "c"))))) {
		*iso = c;
		return 2;
	}
	if (t->kind != TOK_SYM && t->kind != TOK_WORD)
		return 0;
	/* Signs are TOK_SYM and never words (lex.c), codes and names are
	 * words; a code counts only before a number, so a word is looked up
	 * only then (this runs for every token of every sentence). */
	if (t->kind == TOK_SYM && units_currency(tok_text(g, i), t->len, iso) == UNIT_SIGN)
		return 1;
	if (!gram_in(g, i + 1, s) || g->t[i + 1].kind != TOK_NUM) {
		*iso = NULL;
		return 0;
	}
	f = t->kind == TOK_WORD ? units_currency(tok_text(g, i), t->len, iso) : UNIT_NONE;
	if (f == UNIT_CODE || (f == UNIT_SIGN && t->kind == TOK_WORD))	/* "Rs 500" */
		return 1;
	if (t->kind == TOK_WORD && t->len == 3 &&
	    (*iso = units_currency_code_folded(tok_text(g, i), t->len)))
		return 1;
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
	static const char *const units[] = { "year", "month", "day" };
	static const char *const adverbs[][2] = { { "annually", "year" }, { "yearly", "year" },
						  { "monthly", "month" }, { "daily", "day" } };

	if (j >= g->nt || g->sent[j] != s)
		return 0;
	for (size_t k = 0; k < ARRAY_SIZE(units); k++) {
		if ((gram_word(g, j, "per") || (gram_punct(g, j, "/") && gram_glued(g, j))) &&
		    word_in(g, j + 1, s) && gram_word(g, j + 1, units[k])) {
			strcpy(per, units[k]);
			return 2;
		}
		/* "a year", but not "a year earlier" or "a year ago". */
		if (gram_word(g, j, "a") && word_in(g, j + 1, s) && gram_word(g, j + 1, units[k]) &&
		    !gram_word(g, j + 2, "earlier") && !gram_word(g, j + 2, "ago") &&
		    !gram_word(g, j + 2, "before") && !gram_word(g, j + 2, "later")) {
			strcpy(per, units[k]);
			return 2;
		}
	}
	if (gram_word(g, j, "per") && word_in(g, j + 1, s) && gram_word(g, j + 1, "annum")) {
		strcpy(per, "year");
		return 2;
	}
	for (size_t k = 0; k < ARRAY_SIZE(adverbs); k++)
		if (gram_word(g, j, adverbs[k][0])) {
			strcpy(per, adverbs[k][1]);
			return 1;
		}
	return 0;
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
	static const char *const two_word[] = { "hong", "new", "south", "sri", "west" };
	const struct token *t = &g->t[j];
	double f = 1;
	const char *c;

	if (t->kind == TOK_SYM && !gram_punct(g, j, "%") &&
	    units_currency(tok_text(g, j), t->len, cur) == UNIT_SIGN &&
	    !(j + 1 < g->nt && gram_glued(g, j + 1) && g->t[j + 1].kind == TOK_NUM))
		return 1;
	if (t->kind != TOK_WORD)
		return 0;
	/* "N.Z. dlrs", "H.K. dollars": initials that say which dollar. */
	if (t->len == 1 && gram_punct(g, j + 1, ".") && word_in(g, j + 2, s) && g->t[j + 2].len == 1 &&
	    gram_punct(g, j + 3, ".") && word_in(g, j + 4, s) &&
	    units_currency(tok_text(g, j + 4), g->t[j + 4].len, cur) == UNIT_NAME &&
	    !strcmp(*cur, "USD")) {
		char ini[2] = { *tok_text(g, j), *tok_text(g, j + 2) };

		if ((c = units_dollar_prefix(ini, 2))) {
			*cur = c;
			return 5;
		}
	}
	*cur = NULL;
	for (size_t k = 1; k <= 2; k++) {
		size_t a = j + k - 1, n = j + k;

		if (k == 2 && !WORD_AMONG(g, j, two_word))
			break;
		if (word_in(g, n, s) &&
		    (c = units_currency_adjective(tok_text(g, a), g->t[a].len, tok_text(g, n),
						  g->t[n].len)) &&
		    units_currency_ex(tok_text(g, n), g->t[n].len, cur, &f) == UNIT_NAME) {
			*cur = c;
			*factor *= f;
			return k + 1;
		}
	}
	switch (units_currency_ex(tok_text(g, j), t->len, cur, &f)) {
	case UNIT_CODE:
	case UNIT_NAME:
		*factor *= f;
		return 1;
	default:
		break;
	}
	if (t->len == 3 && (*cur = units_currency_code_folded(tok_text(g, j), 3)))
		return 1;
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
		    (u = units_quantity_ex(tok_text(g, j + 1), g->t[j + 1].len, NULL, 0, &words,
					   &f))) {
			cl->kind = CLAIM_QUANTITY;
			str_copy(cl->unit, sizeof(cl->unit), u, strlen(u));
			*factor *= f;
			return 3;
		}
	if (gram_punct(g, j, "-") && gram_glued(g, j) && word_in(g, j + 1, s) &&
	    gram_glued(g, j + 1) && (u = units_quantity_ex(tok_text(g, j + 1), g->t[j + 1].len,
							   NULL, 0, &words, &f))) {
		cl->kind = CLAIM_QUANTITY;
		str_copy(cl->unit, sizeof(cl->unit), u, strlen(u));
		*factor *= f;
		return 2;
	}
	if (gram_word(g, j, "bpd") || gram_word(g, j, "b/d")) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "bbl");
		strcpy(cl->per, "day");
		return 1;
	}
	/* "2.1 million 60-kg bags", "1.8 million 170-kg bales": bags, counted */
	if (g->t[j].kind == TOK_NUM && gram_punct(g, j + 1, "-") && gram_glued(g, j + 1) &&
	    word_in(g, j + 2, s) && gram_glued(g, j + 2) && gram_word(g, j + 2, "kg") &&
	    word_in(g, j + 3, s) && (gram_word(g, j + 3, "bags") || gram_word(g, j + 3, "bales") ||
				    gram_word(g, j + 3, "bag") || gram_word(g, j + 3, "bale") ||
				    gram_word(g, j + 3, "sacks"))) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, gram_word(g, j + 3, "bales") || gram_word(g, j + 3, "bale") ?
				 "bale" : "bag");
		return 4;
	}
	if (g->t[j].kind != TOK_WORD)
		return 0;
	/* "65 million bags" (of coffee), "bales" (of cotton): counted */
	if (gram_word(g, j, "bags") || gram_word(g, j, "bales") || gram_word(g, j, "sacks")) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, gram_word(g, j, "bales") ? "bale" : "bag");
		return 1;
	}
	/* "1.1 mln t", "MLN T" after a scale word; "mmt" is million tonnes */
	if ((gram_word(g, j, "t") && j > 0 && g->t[j - 1].kind == TOK_WORD &&
	     units_scale(tok_text(g, j - 1), g->t[j - 1].len) > 0) || gram_word(g, j, "mmt")) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "t");
		if (gram_word(g, j, "mmt"))
			*factor *= 1e6;
		return 1;
	}
	if (gram_word(g, j, "t") && gram_glued(g, j)) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "t");
		return 1;
	}
	u = units_quantity_ex(tok_text(g, j), g->t[j].len,
			      word_in(g, j + 1, s) ? tok_text(g, j + 1) : NULL,
			      word_in(g, j + 1, s) ? g->t[j + 1].len : 0, &words, &f);
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
	if (gram_punct(g, j, "%") || gram_word(g, j, "percent") || gram_word(g, j, "pct") ||
	    gram_word(g, j, "pc") || gram_word(g, j, "percents") ||
	    (gram_word(g, j, "percentage") && !word_in(g, j + 1, s)) ||
	    (gram_word(g, j, "percentage") && !gram_word(g, j + 1, "points") &&
	     !gram_word(g, j + 1, "point"))) {
		/* A percent sign glued to more ("30%25" in a URL) is not one. */
		if (j + 1 < g->nt && gram_glued(g, j + 1) && g->t[j + 1].kind != TOK_PUNCT &&
		    g->t[j + 1].kind != TOK_NEWLINE)	/* "5.1 PCT\n\n": a title's end */
			return 0;
		cl->kind = CLAIM_PERCENT;
		strcpy(cl->unit, "%");
		return 1;
	}
	if (gram_word(g, j, "basis") && word_in(g, j + 1, s) && gram_word(g, j + 1, "points")) {
		cl->kind = CLAIM_PERCENT;	/* "250 basis points" */
		strcpy(cl->unit, "bp");
		return 2;
	}
	if ((gram_word(g, j, "per") && word_in(g, j + 1, s) && gram_word(g, j + 1, "cent")) ||
	    (gram_word(g, j, "percentage") && word_in(g, j + 1, s) &&
	     (gram_word(g, j + 1, "points") || gram_word(g, j + 1, "point")))) {
		cl->kind = CLAIM_PERCENT;
		strcpy(cl->unit, gram_word(g, j, "per") ? "%" : "pp");
		return 2;
	}
	if (gram_word(g, j, "US") && word_in(g, j + 1, s) &&
	    units_currency(tok_text(g, j + 1), g->t[j + 1].len, &cur) == UNIT_NAME &&
	    !strcmp(cur, "USD") && (!*iso || !strcmp(*iso, "USD"))) {
		*iso = "USD";
		return 2;
	}
	if ((k = currency_after(g, j, s, &cur, &f))) {
		if (!*iso || (!strcmp(*iso, "JPY") && !strcmp(cur, "CNY")) || !strcmp(*iso, cur)) {
			if (*iso && g->t[j].kind == TOK_SYM)
				return 0;	/* "$5 $" is two signs, not one figure */
			*iso = cur;
			*factor *= f;
			/* "75 USD million" */
			if (word_in(g, j + k, s) && units_scale(tok_text(g, j + k), g->t[j + k].len) > 0) {
				*factor *= units_scale(tok_text(g, j + k), g->t[j + k].len);
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

/*
 * Number words from token i: "two", "twenty-five", "forty five", "a
 * hundred", "two hundred and fifty", "half" ("half a million"), "a quarter",
 * "three quarters". Returns the tokens taken (0 if none) and sets *num.
 */
size_t gram_number_words(const struct gram *g, size_t i, size_t s, double *num)
{
	size_t j = i;
	double v = 0;
	int n;

	if (word_in(g, j, s) && gram_word(g, j, "half")) {
		*num = 0.5;
		return 1 + (word_in(g, j + 1, s) && gram_word(g, j + 1, "a") &&
			    word_in(g, j + 2, s) && units_scale(tok_text(g, j + 2), g->t[j + 2].len) > 0);
	}
	if (gram_word(g, j, "a") && word_in(g, j + 1, s) &&
	    (gram_word(g, j + 1, "quarter") || gram_word(g, j + 1, "hundred"))) {
		*num = gram_word(g, j + 1, "quarter") ? 0.25 : 100;
		return 2;
	}
	if (word_in(g, j, s) && gram_word(g, j, "quarter")) {
		*num = 0.25;
		return 1;
	}
	if (!word_in(g, j, s) || !(n = units_number_word(tok_text(g, j), g->t[j].len)))
		return 0;
	v = n;
	j++;
	if (n >= 20 && n % 10 == 0 && word_in(g, j, s) &&
	    (n = units_number_word(tok_text(g, j), g->t[j].len)) >= 1 && n <= 9) {
		v += n;
		j++;
	} else if (v <= 9 && word_in(g, j, s) && gram_word(g, j, "quarters")) {
		*num = v / 4;
		return 2;
	}
	if (v <= 99 && word_in(g, j, s) && gram_word(g, j, "hundred")) {
		v *= 100;
		j++;
		if (word_in(g, j + 1, s) && gram_word(g, j, "and") &&
		    (n = units_number_word(tok_text(g, j + 1), g->t[j + 1].len)) > 0) {
			v += n;
			j += 2;
		}
	}
	*num = v;
	return j - i;
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
