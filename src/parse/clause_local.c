/*
 * clause_local.c - fields a figure's own noun phrase states right around
 * it (issue 13, STUDY11 item 4): the goods after "tonnes of", with a
 * gapped head shared from the next conjunct ("190,000 tonnes of hard red
 * winter and 35,000 tonnes of soft red winter wheat": hard red winter
 * wheat); a forecast participle or noun after the figure's phrase ("the 50
 * billion surplus forecast by the previous government", "the three pct
 * forecast for the U.K.": a forecast, of that country); a rate adverb
 * that ends the figure's clause ("to take 5,000 dlrs in cash out of the
 * country each year": per year).
 *
 * Input: the token array of gram.c and the figure frame.c fills. Output:
 * fields of the claim, each only where the text states it in the figure's
 * own clause.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read, each window bounded
 *     by a constant: a figure costs constant time.
 *  2. A field is only filled where it is blank (the goods, per, reporter),
 *     or the measure only moved from a plain reading (level, balance,
 *     change) to forecast.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

#define MAX_MODS 3	/* "hard red winter": a gapped conjunct's modifiers */
#define MAX_GAP 6	/* "and 35,000 tonnes of": tokens to the next "of" */

/* Token k is a modifier of goods that is no goods by itself ("hard",
 * "red", "white"), in sentence s. */
static int goods_mod(const struct gram *g, size_t k, size_t s)
{
	return gram_in(g, k, s) && g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_COMMODMOD) &&
	       !tok_has(g, k, CLS_COMMODITY);
}

/*
 * "N tonnes of MODS and M tonnes of MODS' HEAD": the first conjunct names
 * only modifiers of goods (1..MAX_MODS, from i), the second a compound
 * whose head follows its own modifiers. Writes the first's modifiers with
 * the second's head to out; returns 1, or 0 (out untouched).
 */
static int gapped_goods(const struct gram *g, size_t i, size_t s, char out[static 24])
{
	size_t m = 0, k, of2 = 0, m2 = 0, len = 0, used;
	int num = 0;
	char second[24], name[24];
	const char *head;

	while (m < MAX_MODS && goods_mod(g, i + m, s))
		m++;
	if (!m || !word_s(g, i + m, s, W_AND))
		return 0;
	for (k = i + m + 1; k < i + m + 1 + MAX_GAP && gram_in(g, k, s); k++) {
		if (g->t[k].kind == TOK_NUM)
			num = 1;
		else if (tok_is(g, k, W_OF)) {
			of2 = k;
			break;
		} else if (g->t[k].kind != TOK_WORD)
			return 0;
	}
	if (!of2 || !num)
		return 0;
	while (m2 < MAX_MODS && goods_mod(g, of2 + 1 + m2, s))
		m2++;
	used = subject_commodity(g, of2 + 1, s, second);
	if (!m2 || used <= m2)
		return 0;
	/* the second's name less its m2 modifier words is the shared head */
	head = second;
	for (k = 0; k < m2 && head; k++) {
		head = strchr(head, ' ');
		if (head)
			head++;
	}
	if (!head || !*head)
		return 0;
	for (k = i; k < i + m; k++) {
		size_t n = g->t[k].len;

		if (len + n + 1 >= sizeof(name))
			return 0;
		for (size_t c = 0; c < n; c++) {
			char ch = tok_text(g, k)[c];

			name[len++] = (char)(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
		}
		name[len++] = ' ';
	}
	if (len + strlen(head) >= sizeof(name))
		return 0;
	memcpy(name + len, head, strlen(head) + 1);
	str_copy(out, 24, name, strlen(name));
	return 1;
}

void clause_goods_after(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	size_t n = 0;

	if (cl->kind != CLAIM_QUANTITY || cl->commodity[0] || !word_s(g, f->t1, s, W_OF))
		return;
	/* "tonnes of wheat", "tonnes of U.S. barley" (flow4) */
	if (subject_commodity(g, f->t1 + 1, s, cl->commodity))
		return;
	if (subject_country_starting(g, f->t1 + 1, s, &n) && n &&
	    subject_commodity(g, f->t1 + 1 + n, s, cl->commodity))
		return;
	gapped_goods(g, f->t1 + 1, s, cl->commodity);
}

/* The noun of the figure's own phrase right after it that a forecast
 * word may follow: "the 50 billion surplus forecast by". */
static int phrase_noun(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word nouns[] = { W_SURPLUS, W_DEFICIT, W_GROWTH, W_RISE,
		W_INCREASE, W_DECLINE, W_CUT, W_INFLATION };

	return gram_in(g, k, s) && WORD_AMONG(g, k, nouns);
}

/* Token k ends the figure's clause: the sentence's end or a break. */
static int clause_end(const struct gram *g, size_t k, size_t s)
{
	return !gram_in(g, k, s) || g->t[k].kind == TOK_PUNCT || g->t[k].kind == TOK_SYM;
}

/*
 * A forecast word right after figure f's phrase, as a reduced relative
 * clause or a noun it modifies: "the 50 billion surplus forecast by the
 * previous government", "the three pct forecast for the U.K.", "2.5 mln
 * tonnes projected for 1988". Not "forecast at", "forecast to" (the words
 * after value the figure or say where it goes). Returns the forecast
 * word's token, or 0.
 */
static size_t forecast_after(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->t1;

	if (phrase_noun(g, k, s))
		k++;
	if (!(word_s(g, k, s, W_FORECAST) || word_s(g, k, s, W_PROJECTED) ||
	      word_s(g, k, s, W_PREDICTED)))
		return 0;
	if (word_s(g, k + 1, s, W_BY) || word_s(g, k + 1, s, W_FOR) || clause_end(g, k + 1, s))
		return k;
	return 0;
}

/* "the U.K.", "Britain" at k: its country, or NULL. */
static const char *for_country_at(const struct gram *g, size_t k, size_t s)
{
	size_t n = 0;

	if (word_s(g, k, s, W_THE))
		k++;
	return subject_country_starting(g, k, s, &n);
}

/* "for the U.K.", "for Britain" at k: its country, or NULL. */
static const char *for_country(const struct gram *g, size_t k, size_t s)
{
	return word_s(g, k, s, W_FOR) ? for_country_at(g, k + 1, s) : NULL;
}

/* A rate adverb that ends the figure's clause with words only between:
 * "to take 5,000 dlrs in cash out of the country each year". */
static int rate_at_clause_end(const struct gram *g, const struct fig *f, size_t s)
{
	for (size_t k = f->t1; k < f->t1 + 10 && gram_in(g, k, s); k++) {
		if (g->t[k].kind != TOK_WORD)
			return 0;
		if (((tok_is(g, k, W_EACH) || tok_is(g, k, W_EVERY)) && word_s(g, k + 1, s, W_YEAR) &&
		     clause_end(g, k + 2, s)) ||
		    (tok_is(g, k, W_PER) && word_s(g, k + 1, s, W_ANNUM) && clause_end(g, k + 2, s)) ||
		    (tok_is(g, k, W_ANNUALLY) && clause_end(g, k + 1, s)))
			return 1;
	}
	return 0;
}

static void clause_list_partner(const struct gram *g, const struct fig *f, size_t s,
				struct claim *cl);

#define DELIVERY_REACH 10	/* "of that booked for April-June delivery to" */

/*
 * An export quantity whose destination its own clause names after it:
 * "two mln tonnes of that booked for April-June delivery to the USSR",
 * "50,000 tonnes for shipment to Egypt". Words only between (no other
 * figure, no break). The destination's country, or NULL.
 */
static const char *delivery_to(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word nouns[] = { W_DELIVERY, W_DELIVERIES, W_SHIPMENT,
		W_SHIPMENTS };

	for (size_t k = f->t1; k < f->t1 + DELIVERY_REACH && gram_in(g, k, s); k++) {
		if (g->t[k].kind != TOK_WORD)
			return NULL;
		if (WORD_AMONG(g, k, nouns) && word_s(g, k + 1, s, W_TO))
			return for_country_at(g, k + 2, s);
	}
	return NULL;
}

void clause_local_fill(const struct gram *g, const struct fig *f, size_t s, int prior,
		       struct claim *cl)
{
	size_t k;
	const char *c;

	if (cl->kind == CLAIM_DATE)
		return;
	if (!prior && (k = forecast_after(g, f, s)) &&
	    (cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE ||
	     measure_is_change(cl->measure))) {
		cl->measure = MEASURE_FORECAST;
		if (!cl->reporter[0] && (c = for_country(g, k + 1, s)))
			str_copy(cl->reporter, sizeof(cl->reporter), c, strlen(c));
	}
	if (!cl->per[0] && cl->kind != CLAIM_PERCENT && rate_at_clause_end(g, f, s))
		str_copy(cl->per, sizeof(cl->per), "year", 4);
	clause_list_partner(g, f, s, cl);
	if (cl->kind == CLAIM_QUANTITY && !strcmp(cl->flow, "export") &&
	    (!cl->partner[0] || !strcmp(cl->partner, "WORLD")) && (c = delivery_to(g, f, s)) &&
	    strcmp(c, cl->reporter))
		str_copy(cl->partner, sizeof(cl->partner), c, strlen(c));
}

#define HEAD_LEAD 5	/* "The Australian wheat": words before the subject's goods */
#define HEAD_REACH 40	/* tokens from the subject's goods to the figure */

/*
 * The goods the head of figure f's sentence names, when the sentence
 * opens with them and names no other goods before the figure: "Spending
 * on food accounts for about one quarter of ... and roughly 10 pct of
 * GNP", "Wheat condition was rated 15 pct fair", "Australian wheat
 * farmers ... receive an advance payment ... calculated at 90 pct". Not
 * across "while", "but", "whereas", "that" (another subject's clause)
 * nor an "and" that starts another predicate; not goods that name their
 * holder ("sugar group", "grain certificates"); money only as a price.
 * Fills a blank only.
 */
void clause_head_goods(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	static const enum lex_word holders[] = { W_GROUP, W_GROUPS, W_COMPANY, W_COMPANIES,
		W_FIRM, W_FIRMS, W_CORP, W_CERTIFICATES };
	size_t t0, k, used = 0;
	char name[24];

	/* money only as a price: "gold and currency reserves rose 173 mln
	 * guilders" are no gold */
	if (cl->kind == CLAIM_DATE || (cl->kind == CLAIM_MONEY && !cl->per[0]) ||
	    cl->commodity[0] || cl->measure == MEASURE_BALANCE || s == NO_SENT)
		return;
	t0 = g->body && g->body[s] > g->s[s].t0 && g->body[s] < g->s[s].t1 ? g->body[s] : g->s[s].t0;
	for (k = t0; k <= t0 + HEAD_LEAD && k < f->h0; k++) {
		if (g->t[k].kind == TOK_NUM)
			return;
		if ((used = subject_commodity(g, k, s, name)) != 0)
			break;
	}
	if (!used || k + used > f->h0 || f->h0 - (k + used) > HEAD_REACH ||
	    (gram_in(g, k + used, s) && WORD_AMONG(g, k + used, holders)))
		return;	/* "French sugar group Beghin-Say, which is 49.6 pct owned" */
	for (size_t j = k + used; j < f->h0; j++)
		if (tok_has(g, j, CLS_COMMODITY) || tok_is(g, j, W_WHILE) || tok_is(g, j, W_BUT) ||
		    tok_is(g, j, W_WHEREAS) || tok_is(g, j, W_THAT) || gram_punct(g, j, ";") ||
		    (tok_is(g, j, W_AND) && f->h0 > j + 2))
			return;	/* "rice is the main staple and provides an income
				   for 17 pct of the workforce": another predicate;
				   not "... and roughly 10 pct" */
	str_copy(cl->commodity, sizeof(cl->commodity), name, strlen(name));
}

#define LIST_BACK 16	/* tokens back to the list's member before */

/*
 * "sales of wheat to China (1.5 mln tonnes) and Egypt (2.0 mln tonnes)":
 * a figure in brackets right after a country is that member's, when the
 * partner it was given is a member before it in the same bracketed list.
 * Returns the member's country, or NULL.
 */
static const char *list_member(const struct gram *g, const struct fig *f, size_t s,
			       const char *partner)
{
	const char *c, *p;

	if (!partner[0] || f->h0 < 2 || !gram_punct(g, f->h0 - 1, "(") ||
	    !(c = subject_country_ending(g, f->h0 - 2, s)) ||
	    !strcmp(c, partner))
		return NULL;
	for (size_t k = f->h0 - 2; k > 1 && k + LIST_BACK > f->h0 && gram_in(g, k - 1, s); k--)
		if (gram_punct(g, k, "(") && (p = subject_country_ending(g, k - 1, s)) &&
		    !strcmp(p, partner))
			return c;
	return NULL;
}

static void clause_list_partner(const struct gram *g, const struct fig *f, size_t s,
				struct claim *cl)
{
	const char *c;

	if (cl->kind != CLAIM_DATE && (c = list_member(g, f, s, cl->partner)) != NULL)
		str_copy(cl->partner, sizeof(cl->partner), c, strlen(c));
}
