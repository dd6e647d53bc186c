/*
 * fraction.c - how rates and prices are quoted in fractions: a fraction's
 * denominator, a fraction before a range's upper end ("1/4 to 1/2 point"),
 * and a
 * dealer's two-way quote ("6-1/4, 1/8 pct": bid and offer, the offer's
 * whole number left out; "seven, 6-15/16 pct"; "9-3/4 7/8 pct"), whose
 * figure is the midpoint, like "146.40/50 yen" in gram.c.
 *
 * Input: the token array of gram.c and a position. Output: a value and the
 * tokens it takes.
 *
 * Invariants:
 *  1. Only tokens of the sentence s are read (gram_in()).
 *  2. A fraction is n/d with d one of 2, 4, ... 64 and 0 < n < d, glued
 *     ("1/4", not "1 / 4" nor a date's "3/4/87").
 *  3. A two-way quote's two sides are within half a point of each other and
 *     its figure needs a percent word after it, or a percent figure before
 *     it in its sentence: anything else is no quote.
 *  4. A list of prices shares a rate only within a sentence and a currency.
 *
 * Also here: a scale and a rate in one word ("billion-a-month") and the
 * prices of a list that share the rate one of them states.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <math.h>
#include <string.h>
#include <strings.h>

int gram_fraction_den(double d)
{
	return d == 2 || d == 4 || d == 8 || d == 16 || d == 32 || d == 64;
}

/* Tokens p, p+1, p+2 are a glued fraction n/d (invariant 2). */
static int fraction_at(const struct gram *g, size_t p, size_t s)
{
	return gram_in(g, p + 2, s) && g->t[p].kind == TOK_NUM && !g->t[p].decimals &&
	       gram_punct(g, p + 1, "/") && gram_glued(g, p + 1) && gram_glued(g, p + 2) &&
	       g->t[p + 2].kind == TOK_NUM && !g->t[p + 2].decimals &&
	       gram_fraction_den(g->t[p + 2].num) && g->t[p].num >= 1 &&
	       g->t[p].num < g->t[p + 2].num && !(gram_punct(g, p + 3, "/") && gram_glued(g, p + 3));
}

size_t gram_fraction_before(const struct gram *g, size_t m, size_t s, double *v)
{
	size_t a;

	if (m < 2 || !fraction_at(g, m - 2, s))
		return SIZE_MAX;
	a = m - 2;
	*v = g->t[a].num / g->t[m].num;
	if (a >= 2 && gram_in(g, a - 2, s) && gram_punct(g, a - 1, "-") && gram_glued(g, a - 1) &&
	    gram_glued(g, a) && g->t[a - 2].kind == TOK_NUM && !g->t[a - 2].decimals) {
		a -= 2;
		*v += g->t[a].num;
	}
	return a;
}

int gram_after_number(const struct gram *g, size_t i, size_t s)
{
	size_t k = i - 1;

	if (i == 0 || !gram_in(g, k, s))
		return 0;
	if ((gram_punct(g, k, "-") || gram_punct(g, k, ",")) && k > 0)
		k--;
	return gram_in(g, k, s) && g->t[k].kind == TOK_NUM;
}

int gram_rate_sentence(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (tok_is(g, k, W_RATE) || tok_is(g, k, W_RATES) || tok_is(g, k, W_PCT) ||
		    tok_is(g, k, W_PERCENT) || gram_punct(g, k, "%"))
			return 1;
	return 0;
}

/*
 * A rate as dealers write it at token p: "6", "six", "6-1/4" or "1/8"
 * (*only_frac: a fraction alone). Sets *v and returns its tokens, or 0.
 */
static size_t rate_number(const struct gram *g, size_t p, size_t s, double *v, int *only_frac)
{
	*only_frac = 0;
	if (!gram_in(g, p, s))
		return 0;
	if (g->t[p].kind == TOK_WORD && tok_has(g, p, CLS_NUMBER) && tok_lex(g, p)->num <= 20) {
		*v = tok_lex(g, p)->num;
		return 1;
	}
	if (g->t[p].kind != TOK_NUM || g->t[p].decimals || g->t[p].num >= 100)
		return 0;
	if (fraction_at(g, p, s)) {
		*v = g->t[p].num / g->t[p + 2].num;
		*only_frac = 1;
		return 3;
	}
	*v = g->t[p].num;
	if (gram_punct(g, p + 1, "-") && gram_glued(g, p + 1) && gram_glued(g, p + 2) &&
	    fraction_at(g, p + 2, s)) {
		*v += g->t[p + 2].num / g->t[p + 4].num;
		return 5;
	}
	return 1;
}

int gram_quote_at(const struct gram *g, size_t i, int pct_before, struct fig *f, struct claim *cl)
{
	size_t s = g->sent[i], j, n, m;
	double a, b;
	int fa, fb, comma;

	/* this runs at every token: a small whole number or a number word
	 * first, then the rest */
	if (g->t[i].kind == TOK_NUM ? g->t[i].decimals || g->t[i].num >= 100 :
				      !(g->t[i].kind == TOK_WORD && (g->t[i].cls & CLS_NUMBER)))
		return 0;
	if (s == NO_SENT || (gram_glued(g, i) && i > 0 && g->t[i - 1].kind != TOK_PUNCT) ||
	    gram_after_number(g, i, s) || !(n = rate_number(g, i, s, &a, &fa)) || fa)
		return 0;
	j = i + n;
	comma = gram_punct(g, j, ",");
	/* "9-3/4 7/8 pct": without a comma, a whole number and a fraction first */
	if (!comma && n != 5)
		return 0;
	j += comma;
	if (!gram_in(g, j, s) || gram_glued(g, j) || !(m = rate_number(g, j, s, &b, &fb)) ||
	    (!comma && !fb))
		return 0;
	if (fb) {	/* "6-1/4, 1/8": 6-1/8; "seven, 15/16" 6-15/16 */
		b += floor(a);
		if (b > a + 0.5)
			b -= 1;
	}
	j += m;
	if (b == a || fabs(a - b) > 0.5)
		return 0;
	if (gram_in(g, j, s) && (tok_is(g, j, W_PCT) || tok_is(g, j, W_PERCENT) || gram_punct(g, j, "%")))
		j++;
	/* "to 6-1/4, 1/8 pct from 6-1/2, 1/4 on Monday": a quote with no
	 * unit after a percent quote of its sentence shares it */
	else if (!pct_before || !comma || (gram_in(g, j, s) && g->t[j].kind == TOK_NUM))
		return 0;
	memset(cl, 0, sizeof(*cl));
	memset(f, 0, sizeof(*f));
	cl->pair = -1;
	cl->kind = CLAIM_PERCENT;
	strcpy(cl->unit, "%");
	cl->value = (a + b) / 2;
	cl->precision = fabs(a - b) / 2 + 1.0 / 128;
	f->h0 = f->t0 = i;
	f->t1 = j;
	f->scale = f->factor = 1;
	cl->start = g->t[i].off;
	cl->end = g->t[j - 1].off + g->t[j - 1].len;
	return 1;
}

/*
 * The word at i is a scale and a rate joined by hyphens: "billion-a-month",
 * "mln-a-year", "million-a-day". Multiplies *scale, sets per; 1, or 0.
 */
int gram_scale_rate_word(const struct gram *g, size_t i, double *scale, char per[static 8])
{
	static const char *const rates[][2] = { { "-a-year", "year" }, { "-a-month", "month" },
						{ "-a-day", "day" } };
	const char *w = tok_text(g, i), *h = memchr(w, '-', g->t[i].len);
	size_t n = g->t[i].len;
	double sc;

	if (!h || (sc = units_scale(w, (size_t)(h - w))) <= 0)
		return 0;
	for (size_t k = 0; k < ARRAY_SIZE(rates); k++)
		if (n - (size_t)(h - w) == strlen(rates[k][0]) &&
		    !strncasecmp(h, rates[k][0], strlen(rates[k][0]))) {
			*scale *= sc;
			strcpy(per, rates[k][1]);
			return 1;
		}
	return 0;
}

/* Claim b (figure fb) is a price whose rate a (fa) may share, nearer than
 * *bd tokens (then *bd is its distance): same currency, no scale word,
 * within a factor two unless a moved the price. */
static int rate_source(const struct claim *a, const struct fig *fa, const struct claim *b,
		       const struct fig *fb, int moved, size_t *bd)
{
	size_t d = fb->t0 > fa->t0 ? fb->t0 - fa->t0 : fa->t0 - fb->t0;

	/* a forward price ("for January delivery settled ... at $4,388 a
	 * tonne") is a price too */
	if (b->kind != CLAIM_MONEY ||
	    (b->measure != MEASURE_PRICE && b->measure != MEASURE_FORECAST) || !b->per[0] ||
	    strcmp(b->unit, a->unit) || fb->scale != 1 || !(b->value > 0) ||
	    (!moved && (b->value > 2 * a->value || a->value > 2 * b->value)) || d >= *bd)
		return 0;
	*bd = d;
	return 1;
}

/*
 * "sold at 1,603 francs per tonne fob, 15,000 tonnes from Rouen at 1,596
 * francs fob", "137.25 Ecus and for maize at 129.75 Ecus per tonne": the
 * items of a list of prices share the rate one of them states. A money
 * figure with no rate takes the nearest price of its sentence (before it,
 * else after it) in the same currency, with no scale word either and
 * within a factor two, 30 tokens away at most.
 */
/* Figure a (fa) is the earlier item of a list "and" joins to b (fb), with
 * only what the items are of between ("two mln tonnes of maize and 300,000
 * tonnes of sorghum annually": "of", commodities, countries, commas), at
 * most six tokens. */
static int list_item_of(const struct gram *g, const struct fig *fa, const struct fig *fb)
{
	int and = 0;

	if (fb->t0 <= fa->t1 || fb->t0 - fa->t1 > 6)
		return 0;
	for (size_t q = fa->t1; q < fb->t0; q++) {
		if (g->sent[q] != g->sent[fa->t0] ||
		    !(gram_punct(g, q, ",") || tok_is(g, q, W_OF) || tok_is(g, q, W_AND) ||
		      (g->t[q].kind == TOK_WORD &&
		       tok_has(g, q, CLS_COMMODITY | CLS_COMMODMOD | CLS_COUNTRY))))
			return 0;	/* not "85 mln dlrs this year and to 300 mln annually" */
		and |= tok_is(g, q, W_AND);
	}
	return and;
}

/* The token after an aside at j that gives the move in percent too ("38
 * ringgit, or 0.9%, higher"), or j when there is none. */
static size_t past_pct_aside(const struct gram *g, size_t j)
{
	size_t s = g->sent[j - 1];

	if (!gram_punct(g, j, ",") || !word_s(g, j + 1, s, W_OR) || !gram_in(g, j + 2, s) ||
	    g->t[j + 2].kind != TOK_NUM)
		return j;
	for (size_t k = j + 3; k < j + 6 && gram_in(g, k, s); k++)
		if (gram_punct(g, k, ","))
			return k + 1;
	return j;
}

/* "the average price paid per barrel dropped $1.35 to $61.40": the unit a
 * price named before figure f (eight tokens back at most, in its clause)
 * is per, or NULL. */
static const char *price_per_before(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->h0], c = g->clause[f->h0];

	for (size_t k = f->h0 - 1, n = 0; n < 8 && gram_in(g, k, s) && g->clause[k] == c; k--, n++)
		if (tok_is(g, k, W_PER) && gram_in(g, k + 1, s) && tok_has(g, k + 1, CLS_UNIT) &&
		    tok_lex(g, k + 1)->unit_factor == 1 && k >= 2 &&
		    (word_s(g, k - 1, s, W_PRICE) || word_s(g, k - 2, s, W_PRICE)))
			return tok_lex(g, k + 1)->unit;
	return NULL;
}

void gram_share_rates(const struct gram *g, struct claims *out, size_t base, const struct fig *figs)
{
	/* "to sell two mln tonnes of maize and 300,000 tonnes of sorghum
	 * annually": a time rate written after a list's last item is every
	 * item's, in the same unit (recall4) */
	for (size_t k = out->n; k-- > base + 1;) {
		struct claim *a = &out->v[k - 1];
		const struct claim *b = &out->v[k];

		if (!a->per[0] && b->per[0] && a->kind == b->kind && a->kind != CLAIM_PERCENT &&
		    a->kind != CLAIM_DATE && !strcmp(a->unit, b->unit) &&
		    (!strcmp(b->per, "year") || !strcmp(b->per, "month") || !strcmp(b->per, "day")) &&
		    list_item_of(g, &figs[k - 1 - base], &figs[k - base]))
			memcpy(a->per, b->per, sizeof(a->per));
	}
	/* "spends some 25.8 billion dlrs a year ... and the EC 21.7 billion":
	 * a figure whose unit is elided (it ends on its scale word) shares the
	 * time rate the figure before it in its sentence writes or shares
	 * ("..., while Japan spends only 2.9 billion"; words9) */
	for (size_t k = base + 1, shared = 0; k < out->n; k++) {
		static const enum lex_word rate_words[] = { W_YEAR, W_MONTH, W_DAY, W_ANNUALLY,
							    W_YEARLY, W_MONTHLY, W_DAILY, W_ANNUM };
		struct claim *a = &out->v[k];
		const struct claim *b = &out->v[k - 1];
		const struct fig *fa = &figs[k - base];

		if (!a->per[0] && a->kind == CLAIM_MONEY && b->kind == CLAIM_MONEY &&
		    (shared || WORD_AMONG(g, figs[k - 1 - base].t1 - 1, rate_words)) &&
		    !strcmp(a->unit, b->unit) && g->sent[figs[k - 1 - base].t0] == g->sent[fa->t0] &&
		    (!strcmp(b->per, "year") || !strcmp(b->per, "month") || !strcmp(b->per, "day")) &&
		    tok_has(g, fa->t1 - 1, CLS_SCALE)) {
			memcpy(a->per, b->per, sizeof(a->per));
			shared = 1;
		} else {
			shared = 0;
		}
	}
	for (size_t k = base; k < out->n; k++) {
		struct claim *a = &out->v[k];
		const struct fig *fa = &figs[k - base];
		const struct claim *best = NULL;
		const char *pb;
		size_t bd = 31, sa = g->sent[fa->t0], e;
		int moved;

		/* "6.50 dlrs per hundredweight": a rate of its own */
		if (a->kind != CLAIM_MONEY || a->per[0] || fa->scale != 1 || !(a->value > 0) ||
		    tok_is(g, fa->t1, W_PER))
			continue;
		/* "$62 lower at $4,388 a tonne", "$4.10 below": a move of the
		 * price, of any size */
		e = past_pct_aside(g, fa->t1);
		moved = measure_is_change(a->measure) || tok_is(g, e, W_LOWER) ||
			tok_is(g, e, W_HIGHER) || tok_is(g, e, W_BELOW) || tok_is(g, e, W_ABOVE);
		/* claims are in text order: look only at the sentence's own,
		 * outward from k, the one before it first (it wins a tie) */
		for (size_t q = k; q-- > base && g->sent[figs[q - base].t0] == sa;)
			if (rate_source(a, fa, &out->v[q], &figs[q - base], moved, &bd))
				best = &out->v[q];
		for (size_t q = k + 1; q < out->n && g->sent[figs[q - base].t0] == sa; q++)
			if (rate_source(a, fa, &out->v[q], &figs[q - base], moved, &bd))
				best = &out->v[q];
		if (!best && (pb = price_per_before(g, fa)) != NULL) {
			str_copy(a->per, sizeof(a->per), pb, strlen(pb));
			continue;	/* its measure is meaning.c's */
		}
		if (!best)
			continue;
		memcpy(a->per, best->per, sizeof(a->per));
		if (!moved) {	/* a move keeps its measure and direction */
			a->measure = MEASURE_PRICE;
			a->direction[0] = '\0';
		}
	}
	gram_quote_moves(g, out, base, figs);	/* "down 0.4% at $3,412.60 an ounce" */
}


/* ---- shares written as fractions in words (recall3, issue 13) ---------- */

/* After "of", the tokens from k name a period ("the first half of 1987",
 * "three quarters of this year", "of the year", "of a point"): the
 * fraction is part of a period or a point, not a share. */
static int period_after_of(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word period_nouns[] = { W_YEAR, W_MONTH, W_WEEK, W_QUARTER, W_HALF,
						      W_SEASON, W_CROP, W_HARVEST, W_DECADE,
						      W_FISCAL, W_CALENDAR, W_PERIOD };

	if (!gram_in(g, k, s))
		return 0;
	if (tok_is(g, k, W_THE) || tok_is(g, k, W_A))
		k++;
	if (!gram_in(g, k, s))
		return 0;
	if (g->t[k].kind == TOK_NUM)
		return !g->t[k].decimals && g->t[k].num >= 1900 && g->t[k].num <= 2100;
	/* "of this year", "of last season", not "of this tonnage" (words9) */
	if (tok_is(g, k, W_THIS) || tok_is(g, k, W_LAST) || tok_is(g, k, W_NEXT) ||
	    tok_is(g, k, W_CURRENT))
		return !gram_in(g, k + 1, s) || g->t[k + 1].kind != TOK_WORD ||
		       WORD_AMONG(g, k + 1, period_nouns) || tok_has(g, k + 1, CLS_MONTH);
	return tok_has(g, k, CLS_MONTH) || tok_is(g, k, W_YEAR) || tok_is(g, k, W_FISCAL) ||
	       tok_is(g, k, W_DECADE) || tok_is(g, k, W_POINT) ||
	       tok_is(g, k, W_PERCENTAGE) || tok_is(g, k, W_PCT) || tok_is(g, k, W_PERCENT);
}

/* After "of", the tokens from k count people, firms or states ("the 92
 * members", "its 12 member states", "them", "the country's farmers"): a
 * share of a count, which tests/eval/gold/GUIDE.md does not count as a figure. */
static int count_after_of(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word counted[] = { W_MEMBERS, W_COUNTRIES, W_NATIONS, W_STATES,
						 W_COMPANIES, W_FIRMS, W_BANKS, W_PEOPLE, W_WORKERS,
						 W_FARMERS, W_DELEGATES, W_THEM, W_THOSE,
						 W_SHAREHOLDERS, W_VOTERS };

	for (size_t n = 0; n < 5 && gram_in(g, k, s); n++, k++) {
		if (WORD_AMONG(g, k, counted))
			return 1;
		if (g->t[k].kind == TOK_NUM)	/* "of the 92 GATT members" */
			continue;
		if (g->t[k].kind != TOK_WORD || tok_has(g, k, CLS_UNIT | CLS_CURNAME | CLS_SCALE |
							    CLS_COMMODITY | CLS_FLOWIMP | CLS_FLOWEXP |
							    CLS_BALANCE | CLS_GOODS))
			return 0;
	}
	return 0;
}

/* The words before a fraction that make it a part of a period or an
 * ordinal ("the first half", "the second half", "the past three quarters",
 * "the other third", "one and a half"). */
static int fraction_bad_before(const struct gram *g, size_t k, size_t s)
{
	return gram_in(g, k, s) &&
	       (g->t[k].kind == TOK_NUM || tok_has(g, k, CLS_ORDINAL | CLS_NUMBER) ||
		tok_is(g, k, W_THE) || tok_is(g, k, W_LATTER) || tok_is(g, k, W_OTHER) ||
		tok_is(g, k, W_PAST) || tok_is(g, k, W_LAST) || tok_is(g, k, W_NEXT) ||
		tok_is(g, k, W_REMAINING) || tok_is(g, k, W_EVERY) || tok_is(g, k, W_EACH) ||
		tok_is(g, k, W_THIS) || tok_is(g, k, W_AND) || tok_is(g, k, W_A) ||
		tok_is(g, k, W_AN));
}

/*
 * The tokens from j let the fraction before them be a share: "of" before
 * no period and no count of people or firms ("one third of total
 * exports"; not "two-thirds of the 92 members"), a comparison ("nearly a
 * third below the average", "down by more than half from the previous
 * week"; a verb is none: "one quarter doubled"). Only when weak is 0 (the
 * fraction is written with a number, "one-third", or hedged, or after
 * "by": "accounted for about one-third.", "cut by a third in 1986"): also
 * the sentence's end, a separating sign, a preposition, clause word or
 * auxiliary verb ("at least one-third will be"); and for "half" a
 * determiner ("taking half its oil exports": "half" is never an ordinal).
 * "a third and final round", "cut in half.", "a two-thirds majority" are
 * no shares. A quarter (den 4) needs "of" or a comparison: "one quarter"
 * alone is a period.
 */
static int fraction_ok_after(const struct gram *g, size_t j, size_t s, int den, int weak)
{
	if (tok_is(g, j, W_OF) && gram_in(g, j, s))
		return !period_after_of(g, j + 1, s) && !count_after_of(g, j + 1, s);
	if (gram_in(g, j, s) &&
	    (tok_is(g, j, W_UP) || tok_is(g, j, W_DOWN) || tok_is(g, j, W_BELOW) ||
	     tok_is(g, j, W_ABOVE) || tok_is(g, j, W_LOWER) || tok_is(g, j, W_HIGHER) ||
	     tok_is(g, j, W_LESS) || tok_is(g, j, W_MORE) || tok_is(g, j, W_FROM) ||
	     tok_is(g, j, W_THAN)))
		return 1;
	if (den == 4 || tok_is(g, j, W_MAJORITY))	/* "a two-thirds majority" */
		return 0;
	if (den == 2 && gram_in(g, j, s) &&
	    (tok_is(g, j, W_ITS) || tok_is(g, j, W_THEIR) || tok_is(g, j, W_THE) ||
	     tok_is(g, j, W_HIS) || tok_is(g, j, W_ALL)))
		return 1;
	if (weak)
		return 0;
	if (!gram_in(g, j, s) || g->t[j].kind == TOK_NEWLINE)
		return 1;
	if (g->t[j].kind == TOK_PUNCT)
		return !(gram_glued(g, j) && (gram_punct(g, j, "-") || gram_punct(g, j, "/")));
	/* "at least one-third will be due to exports": the subject of a verb */
	static const enum lex_word verbs[] = { W_WILL, W_WOULD, W_IS, W_WAS, W_WERE, W_ARE, W_HAS,
					       W_HAVE, W_HAD, W_COULD, W_MAY, W_SHOULD, W_MIGHT,
					       W_CAN, W_WENT };

	/* "with nearly a third going to the U.S.": a participle (recall4) */
	if (g->t[j].kind == TOK_WORD && g->t[j].len > 4 &&
	    !memcmp(tok_text(g, j) + g->t[j].len - 3, "ing", 3))
		return 1;
	return tok_has(g, j, CLS_CLAUSESTART | CLS_MONTHPREP | CLS_YEARPREP) ||
	       tok_is(g, j, W_IN) || tok_is(g, j, W_TO) || tok_is(g, j, W_SINCE) ||
	       tok_is(g, j, W_OVER) || WORD_AMONG(g, j, verbs);
}

/* "one-third", "Two-Thirds", "four-fifths": one word, a number word (below
 * the denominator) and a denominator joined by a hyphen. */
static int fraction_word(const struct gram *g, size_t i, int *num, int *den)
{
	const char *w = tok_text(g, i), *h = memchr(w, '-', g->t[i].len);
	size_t pl;

	if (!h)
		return 0;
	pl = (size_t)(h - w);
	*num = units_number_word(w, pl);
	*den = units_fraction_word(h + 1, g->t[i].len - pl - 1);
	return *num >= 1 && *den > *num;
}

int gram_word_fraction_at(const struct gram *g, size_t i, struct fig *f, struct claim *cl)
{
	size_t s = g->sent[i], j;
	int num = 1, den, weak = 0;

	/* it runs for every word: the cheap tests first */
	if (g->t[i].kind != TOK_WORD || s == NO_SENT ||
	    !(g->t[i].cls & (CLS_NUMBER | CLS_FRACTION) || tok_is(g, i, W_A) ||
	      (!g->t[i].lex && memchr(tok_text(g, i), '-', g->t[i].len))) ||
	    fraction_bad_before(g, i - 1, s))
		return 0;
	if (!g->t[i].lex && fraction_word(g, i, &num, &den)) {
		j = i + 1;	/* "one-third", "two-thirds" */
	} else if (tok_has(g, i, CLS_NUMBER) && gram_in(g, i + 1, s) &&
		   (den = tok_has(g, i + 1, CLS_FRACTION) ? tok_lex(g, i + 1)->num : 0) &&
		   (num = tok_lex(g, i)->num) >= 1 && num < den && (den > 2 || num == 1)) {
		j = i + 2;	/* "one third", "two thirds", "one half" */
	} else if (tok_is(g, i, W_A) && gram_in(g, i + 1, s) && !tok_is(g, i + 1, W_HALF) &&
		   (den = tok_has(g, i + 1, CLS_FRACTION) ? tok_lex(g, i + 1)->num : 0)) {
		j = i + 2;	/* "a third", "a fifth" (not "a half": "a half mln") */
		weak = 1;
	} else if (tok_is(g, i, W_HALF)) {
		/* "cut by half a point", "half a percentage point": half of a
		 * point, no share of anything (recall4) */
		if (gram_in(g, i + 2, s) && tok_is(g, i + 1, W_A) &&
		    (tok_is(g, i + 2, W_POINT) || tok_is(g, i + 2, W_POINTS) ||
		     tok_is(g, i + 2, W_PERCENTAGE)))
			return 0;
		den = 2;
		j = i + 1;
		weak = 1;
	} else {
		return 0;
	}
	if (weak) {	/* "about a third", "by half", "by more than half" */
		char approx[16] = "";
		size_t h = gram_hedge_before(g, i, approx);

		weak = !approx[0] && !word_s(g, h - 1, s, W_BY);
	}
	if (!fraction_ok_after(g, j, s, den, weak))
		return 0;
	memset(cl, 0, sizeof(*cl));
	cl->pair = -1;
	cl->kind = CLAIM_PERCENT;
	strcpy(cl->unit, "%");
	cl->value = round(10000.0 * num / den) / 100;	/* a third: 33.33 */
	cl->precision = 0.005;
	f->h0 = f->t0 = i;
	f->t1 = j;
	f->sign = 0;
	f->scale = 1;
	f->factor = 1;
	cl->start = g->t[i].off;
	cl->end = g->t[j - 1].off + g->t[j - 1].len;
	return 1;
}
