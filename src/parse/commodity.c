/*
 * commodity.c - what goods a figure is of: the commodity a phrase names
 * ("wheat", "durum wheat", "soybean meal", "crude oil and products") and
 * the one a story or paragraph has named for figures that name none ("China
 * bought 1.5 mln tonnes of U.S. wheat ... The sale of 150,000 tonnes"),
 * the goods right before or after a figure ("flaxseed 20,700 tonnes",
 * "barley by 283,800 tonnes", "12 mln tonnes coarse grain") as its own,
 * the goods of a quantity to a change in percent after it in its
 * sentence ("Wheat sales of 362,400 tonnes ... were down by 40 pct"), and
 * a pair's goods to two figures "respectively" ("soymeal and soyoil
 * exports were 2.6 million and 540,000 tonnes respectively").
 *
 * Input: the token array of gram.c (each token's lexicon classes: commodity,
 * commodmod, commodtail of data/lexicon/commodities.tsv). Output: a lower
 * case, singular name, or "".
 *
 * Invariants:
 *  1. A word is a commodity by its lexicon classes only (one lookup per
 *     token, done by the lexer): no word list is scanned here.
 *  2. A name is at most 23 bytes and NUL-terminated; a longer compound or
 *     pair is cut back to the part that fits, never truncated mid-word.
 *  3. subject_commodity() reads only tokens of the given sentence.
 *  4. commodity_carry() reads each token of the document at most once over
 *     all figures (the figures come in order of position), plus the title's
 *     once: a document costs linear time.
 *  5. A name the figure's own sentence gave is never replaced by one of
 *     another sentence: the carry only fills a blank. Only goods named
 *     right at the figure (right_after(), right_before(), change_in()) or
 *     of its own clause's flow noun (clause_flow_of()) replace the
 *     sentence's, and a "respectively" pair is only split.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#define NAME_CAP 24
#define MAX_WORDS 4	/* words of one commodity's name: "hard red winter wheat" */

/* Token i, capitalised after a capitalised word that is no place, month or
 * goods, is part of a name ("John Wood", "Condoleezza Rice"), not goods;
 * "U.S. Wheat", "Brazilian Wheat Board" and titles in capitals are goods. */
static int in_name(const struct gram *g, size_t i, size_t s)
{
	const char *w = tok_text(g, i), *p;

	if (!isupper((unsigned char)w[0]) || g->t[i].len < 2 ||
	    isupper((unsigned char)w[g->t[i].len - 1]) || !gram_in(g, i - 1, s) ||
	    g->t[i - 1].kind != TOK_WORD)
		return 0;
	p = tok_text(g, i - 1);
	return isupper((unsigned char)p[0]) && !isupper((unsigned char)p[g->t[i - 1].len - 1]) &&
	       !tok_has(g, i - 1, CLS_COUNTRY | CLS_MONTH | CLS_COMMODITY | CLS_COMMODMOD);
}

static int com(const struct gram *g, size_t i, size_t s, uint64_t cls)
{
	return gram_in(g, i, s) && g->t[i].kind == TOK_WORD && (g->t[i].cls & cls) &&
	       !in_name(g, i, s);
}

/* Appends the word of token i to out (length *n), lower case as written,
 * or its lexicon name (named 1); 0 if it does not fit (invariant 2). */
static int append(const struct gram *g, size_t i, int named, char out[static NAME_CAP],
		  size_t *n)
{
	const char *w = named ? tok_lex(g, i)->commodity : tok_text(g, i);
	size_t len = named ? strlen(w) : g->t[i].len;

	if (*n + (*n > 0) + len >= NAME_CAP)
		return 0;
	if (*n)
		out[(*n)++] = ' ';
	for (size_t k = 0; k < len; k++)
		out[(*n)++] = (char)tolower((unsigned char)w[k]);
	out[*n] = '\0';
	return 1;
}

/*
 * The compound around token i: its first token *a and end *b (exclusive).
 * Modifiers ("durum", "crude") and commodities chain before the last
 * commodity word, a tail ("products") only right after one. 0 if token i
 * is in none.
 */
static int compound(const struct gram *g, size_t i, size_t s, size_t *a, size_t *b)
{
	const uint64_t any = CLS_COMMODITY | CLS_COMMODMOD;
	size_t j, end = 0;

	if (!com(g, i, s, any | CLS_COMMODTAIL))
		return 0;
	*a = i;
	while (*a > 0 && i - *a + 1 < MAX_WORDS && com(g, *a - 1, s, any))
		(*a)--;
	for (j = *a; j < *a + MAX_WORDS && gram_in(g, j, s); j++) {
		if (com(g, j, s, CLS_COMMODITY))
			end = j + 1;
		else if (com(g, j, s, CLS_COMMODTAIL) && end == j && j > *a)
			end = j + 1;
		else if (!com(g, j, s, CLS_COMMODMOD))
			break;
	}
	if (end <= i)
		return 0;	/* a modifier with no goods after it, or a stray tail */
	*b = end;
	return 1;
}

/* The name of the compound [a, b): its words as written but the last, which
 * is named ("soybean meal", "oil products" -> "oil product", "liquefied
 * natural gas" as written, not its acronym: GUIDE.md 12). */
static int compound_name(const struct gram *g, size_t a, size_t b, char out[static NAME_CAP])
{
	size_t n = 0;

	out[0] = '\0';
	if (b - a == 1)
		return append(g, a, 1, out, &n);
	for (size_t k = a; k + 1 < b; k++)
		if (!append(g, k, 0, out, &n))
			return 0;
	/* "Urals crude", "Brent crude": a grade of crude, as written (only
	 * "crude" alone is crude oil) */
	return append(g, b - 1, !tok_is(g, b - 1, W_CRUDE), out, &n);
}

size_t subject_commodity(const struct gram *g, size_t i, size_t s, char out[static 24])
{
	char name[NAME_CAP], next[NAME_CAP];
	size_t a, b, a2, b2 = 0, n;
	int pair;

	/* "hard and soft wheat", "white and yellow maize": two kinds of one
	 * goods are the goods */
	if (com(g, i, s, CLS_COMMODMOD) && !com(g, i, s, CLS_COMMODITY) && word_s(g, i + 1, s, W_AND) &&
	    compound(g, i + 2, s, &a2, &b2) && a2 == i + 2 && b2 - a2 >= 2 &&
	    compound_name(g, b2 - 1, b2, name)) {
		str_copy(out, 24, name, strlen(name));
		return b2 - i;
	}
	if (!compound(g, i, s, &a, &b) || !compound_name(g, a, b, name))
		return 0;
	/* "wheat and barley", "crude and products" (a tail alone shares the
	 * first's goods): one pair, when it fits */
	pair = word_s(g, b, s, W_AND) &&
	       ((compound(g, b + 1, s, &a2, &b2) && a2 == b + 1) ||
		(com(g, b + 1, s, CLS_COMMODTAIL) && (b2 = b + 2) != 0)) &&
	       compound_name(g, b + 1, b2, next) && strlen(name) + 5 + strlen(next) < NAME_CAP;
	if (pair) {
		n = strlen(name);
		memcpy(name + n, " and ", 5);
		memcpy(name + n + 5, next, strlen(next) + 1);
		b = b2;
	} else if (a >= 2 && word_s(g, a - 1, s, W_AND) && compound(g, a - 2, s, &a2, &b2) &&
		   b2 == a - 1 && compound_name(g, a2, b2, next) &&
		   strlen(name) + 5 + strlen(next) < NAME_CAP) {
		n = strlen(next);	/* the pair's second, read from its end */
		memmove(name + n + 5, name, strlen(name) + 1);
		memcpy(name, next, n);
		memcpy(name + n, " and ", 5);
	}
	str_copy(out, 24, name, strlen(name));
	return b - i;
}

/* The story's title: the tokens of its first line in capitals ("U.K.
 * GRAIN/POTATO FUTURES VOLUME DOWN"), past a "date:" line; its commodity
 * to g->com_title. */
static void title_commodity(struct gram *g)
{
	size_t t0 = 0, words = 0, caps = 0, t1;

	if (g->nt && g->t[0].off > 0)
		return;		/* a later window of a long article: no title */
	if (g->nt && g->t[0].len == 4 && !strncasecmp(tok_text(g, 0), "date", 4))
		while (t0 < g->nt && !(g->t[t0].kind == TOK_WORD && isupper((unsigned char)*tok_text(g, t0))))
			t0++;
	for (t1 = t0; t1 < g->nt && t1 < t0 + 40 && g->t[t1].kind != TOK_NEWLINE; t1++) {
		const char *w = tok_text(g, t1);

		if (g->t[t1].kind != TOK_WORD)
			continue;
		words++;
		caps += !islower((unsigned char)w[g->t[t1].len - 1]);
	}
	if (words < 2 || caps * 10 < words * 8 || t1 >= g->nt || g->t[t1].kind != TOK_NEWLINE)
		return;
	for (size_t k = t0; k < t1 && !g->com_title[0]; k++)
		if (g->sent[k] != NO_SENT)
			subject_commodity(g, k, g->sent[k], g->com_title);
}

/* Reads the tokens up to t: the commodity named last, and its paragraph. */
static void read_to(struct gram *g, size_t t)
{
	while (g->com_next < t && g->com_next < g->nt) {
		size_t k = g->com_next, s = g->sent[k], n;
		char name[NAME_CAP];

		g->com_next++;
		if (s == NO_SENT || !(g->t[k].cls & (CLS_COMMODITY | CLS_COMMODMOD)))
			continue;
		if ((n = subject_commodity(g, k, s, name)) == 0)
			continue;
		memcpy(g->com_last, name, sizeof(g->com_last));
		g->com_par = g->par ? g->par[s] : 0;
		g->com_seen = 1;
		g->com_next = k + n;
	}
}

/* The goods a money figure is the price or proceeds of: "machinery worth
 * 725 mln dlrs", "three planes for 400 mln dlrs", "potatoes valued at 157
 * mln stg", "Coffee earnings were down to 110 mln dlrs against 295 mln". */
static int money_of(const struct gram *g, const struct fig *f, size_t s,
		    char out[static NAME_CAP])
{
	size_t k = f->h0 - 1;

	if (word_s(g, k, s, W_FOR) || word_s(g, k, s, W_WORTH))
		return subject_commodity(g, k - 1, s, out) > 0;
	if (word_s(g, k, s, W_AT) && word_s(g, k - 1, s, W_VALUED))
		return subject_commodity(g, k - 2, s, out) > 0;
	for (size_t n = 0; n < 14 && gram_in(g, k, s) && g->clause[k] == g->clause[f->h0];
	     n++, k--)
		if (tok_has(g, k, CLS_COMMODMONEY) && g->t[k].kind == TOK_WORD)
			return subject_commodity(g, k - 1, s, out) > 0;
	return 0;
}

/* "500 mln dlrs worth of goods", "300 mln dlrs worth of Japanese goods",
 * "1.5 billion yuan worth of grain", "428 mln dlrs' worth of goods": the
 * goods the money is worth, a country between (a class of goods before
 * "goods" is left to the sentence's reading); so are the goods money is
 * "in" ("300 mln dlrs in goods", "1.8 billion dlrs in U.S. goods", "50 mln
 * dlrs in wheat"). */
static int worth_of(const struct gram *g, const struct fig *f, size_t s,
		    char out[static NAME_CAP])
{
	size_t j = f->t1 + (gram_punct(g, f->t1, "'") && gram_glued(g, f->t1)), k = j + 2, n = 0;

	if (word_s(g, f->t1, s, W_IN))
		k = f->t1 + 1;	/* "in goods", "in U.S. goods" */
	else if (!word_s(g, j, s, W_WORTH) || !word_s(g, j + 1, s, W_OF))
		return 0;
	if (gram_in(g, k, s) && isupper((unsigned char)*tok_text(g, k)) &&
	    subject_country_starting(g, k, s, &n) && n)
		k += n;
	if (subject_commodity(g, k, s, out))
		return 1;
	if (!word_s(g, k, s, W_GOODS))
		return 0;
	memcpy(out, "goods", 6);
	return 1;
}

/* "984,960 tonnes were registered for potato futures": the goods named
 * after a quantity in its clause. */
static int named_after(const struct gram *g, const struct fig *f, size_t s,
		       char out[static NAME_CAP])
{
	size_t c = g->clause[f->t1 - 1];

	for (size_t k = f->t1; k < f->t1 + 12 && gram_in(g, k, s) && g->clause[k] == c; k++)
		if (subject_commodity(g, k, s, out))
			return 1;
	return 0;
}

/* "12 mln tonnes coarse grains", "25,000 TONNES FRENCH WHEAT", "80 U.S.
 * DLR WHEAT PRICE": the goods a quantity's unit or an amount's currency
 * runs into (a country between), its own before any other the sentence
 * names; 1 if so. */
static int right_after(const struct gram *g, const struct fig *f, size_t s,
		       char out[static NAME_CAP])
{
	size_t k = f->t1, n = 0;

	if (!gram_in(g, k, s) || g->t[k].kind != TOK_WORD || !gram_in(g, f->t1 - 1, s) ||
	    !tok_has(g, f->t1 - 1, CLS_UNIT | CLS_TONS | CLS_CURNAME))
		return 0;
	if (isupper((unsigned char)*tok_text(g, k)) && subject_country_starting(g, k, s, &n) && n)
		k += n;
	return subject_commodity(g, k, s, out) > 0;
}

/* "flaxseed 20,700 tonnes", "and barley by 283,800 tonnes", "barley to
 * 3.50 mln", "followed by natural gas (21.7%)": goods named right before
 * the figure (a "by", "to", "at" or an opening bracket between) are its
 * own; 1 if so. */
static int right_before(const struct gram *g, const struct fig *f, size_t s,
			char out[static NAME_CAP])
{
	size_t k = f->h0 - 1, a, b;

	if (word_s(g, k, s, W_BY) || word_s(g, k, s, W_TO) || word_s(g, k, s, W_AT) ||
	    (gram_in(g, k, s) && gram_punct(g, k, "(")))
		k--;
	if (!compound(g, k, s, &a, &b) || b != k + 1)
		return 0;
	return subject_commodity(g, a, s, out) == b - a;
}

/* "bid 74 dlrs per tonne for soft wheat and 75 dlrs per tonne for hard
 * red winter wheat", "offered 95 dlrs a tonne for U.S. corn": the goods a
 * price is offered or paid for, right after it (a country between); 1 if
 * so. */
static int price_for(const struct gram *g, const struct fig *f, size_t s,
		     char out[static NAME_CAP])
{
	size_t k = f->t1, n = 0;

	if ((word_s(g, k, s, W_PER) || word_s(g, k, s, W_A)) && gram_in(g, k + 1, s) &&
	    tok_has(g, k + 1, CLS_UNIT | CLS_TONS))
		k += 2;		/* "per tonne", "a tonne" when the figure ends before it */
	if (!word_s(g, k, s, W_FOR) || !gram_in(g, ++k, s))
		return 0;
	if (subject_country_starting(g, k, s, &n) && n)
		k += n;
	return subject_commodity(g, k, s, out) > 0;
}

/* "a 72 pct increase in rice exports", "a 10 pct drop in U.S. corn
 * output": the goods of a change noun's "in" phrase right after a
 * percentage are its own, a country between; 1 if so. */
static int change_in(const struct gram *g, const struct fig *f, size_t s,
		     char out[static NAME_CAP])
{
	size_t k = flow_change_in(g, f, s), n = 0;

	if (!k)
		return 0;
	k++;
	if (gram_in(g, k, s) && isupper((unsigned char)*tok_text(g, k)) &&
	    subject_country_starting(g, k, s, &n) && n)
		k += n;
	return subject_commodity(g, k, s, out) > 0;
}

/* "Russian coal exports fell to 196 mln t; exports of fertilizers rose 3%
 * to nearly 44 mln t": the goods a flow noun of the figure's own clause is
 * "of", when that clause is not the sentence's first, are the figure's
 * over the sentence subject's; 1 if so. */
static int clause_flow_of(const struct gram *g, const struct fig *f, size_t s,
			  char out[static NAME_CAP])
{
	size_t c = g->clause[f->h0], t0 = g->c[c].t0, k, n = 0;

	if (t0 <= g->s[s].t0 || g->clause[t0 - 1] == c || f->h0 < t0 + 3)
		return 0;
	for (k = f->h0 - 2; k >= t0 && k < f->h0; k--) {	/* the last before the figure */
		if (!flow_noun(g, k, s) || !word_s(g, k + 1, s, W_OF))
			continue;
		k += 2;
		if (gram_in(g, k, s) && isupper((unsigned char)*tok_text(g, k)) &&
		    subject_country_starting(g, k, s, &n) && n)
			k += n;
		return k < f->h0 && subject_commodity(g, k, s, out) > 0;
	}
	return 0;
}

/* Token k names a trade flow or a trade balance: "exports", "trade",
 * "deficit". */
static int trade_word(const struct gram *g, size_t k, size_t s)
{
	return gram_in(g, k, s) && g->t[k].kind == TOK_WORD &&
	       (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP) || tok_is(g, k, W_TRADE) ||
		tok_is(g, k, W_DEFICIT) || tok_is(g, k, W_SURPLUS));
}

/* Token i says the trade is of goods: "merchandise exports", "visible
 * trade", "exports of goods", "trade in goods", "goods imports"; never
 * "goods and services" nor "consumer goods". */
static int goods_trade_at(const struct gram *g, size_t i, size_t s)
{
	if (word_s(g, i + 1, s, W_AND) || word_s(g, i - 1, s, W_AND))
		return 0;
	if (tok_is(g, i, W_MERCHANDISE) || tok_is(g, i, W_VISIBLE))
		return trade_word(g, i + 1, s);
	if (!tok_is(g, i, W_GOODS))
		return 0;
	if (word_s(g, i - 1, s, W_OF) || word_s(g, i - 1, s, W_IN))
		return trade_word(g, i - 2, s);
	return trade_word(g, i + 1, s) && !subject_goods_word(g, i - 1, s);
}

/* The lead (the dateline's paragraph) gives figures of trade it says is
 * of goods: "India's merchandise trade deficit widened to Rs 2,28,416
 * crore", "Exports of goods from the euro area fell 1.9%"; 1 if so (not a
 * policy's "tighten imports of goods" with no figure). */
static int lead_goods(const struct gram *g)
{
	if (g->lead_par == NO_SENT)
		return 0;
	for (size_t s = g->lead_par; s < g->ns && g->par[s] == g->lead_par; s++) {
		int goods = 0, num = 0;

		for (size_t i = g->s[s].t0; i < g->s[s].t1; i++) {
			goods |= goods_trade_at(g, i, s);
			num |= g->t[i].kind == TOK_NUM && i >= g->body[s];	/* not the dateline's day */
		}
		if (goods && num)
			return 1;
	}
	return 0;
}

/* A trade flow of a story whose lead says it is of goods, in a sentence
 * after the title that names no services, is of goods ("Imports from
 * China (USD 11.2 billion)" after "India's merchandise trade deficit"). */
static void story_goods(const struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0];

	if (!(g->com_ready & 2) || cl->commodity[0] || !cl->flow[0] || s == NO_SENT ||
	    s < g->lead_par || meaning_sentence_says(g, s, f->t0, W_SERVICES))
		return;
	memcpy(cl->commodity, "goods", 6);
}

static void carry(struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0];
	int story;

	if (!g->com_ready) {
		g->com_ready = 1 | (lead_goods(g) << 1);
		title_commodity(g);
	}
	read_to(g, f->h0);
	if ((cl->kind == CLAIM_QUANTITY || cl->kind == CLAIM_MONEY) && s != NO_SENT &&
	    right_after(g, f, s, cl->commodity))
		return;
	if (cl->kind != CLAIM_DATE && s != NO_SENT && right_before(g, f, s, cl->commodity))
		return;
	if (cl->kind == CLAIM_MONEY && cl->per[0] && s != NO_SENT && price_for(g, f, s, cl->commodity))
		return;
	if (cl->kind == CLAIM_PERCENT && s != NO_SENT && change_in(g, f, s, cl->commodity))
		return;
	if (cl->kind != CLAIM_DATE && s != NO_SENT && clause_flow_of(g, f, s, cl->commodity))
		return;
	if (cl->commodity[0] || cl->kind == CLAIM_DATE || s == NO_SENT)
		return;
	/* "Wheat sales of 362,400 tonnes ... were down by more than half",
	 * "exports totalled 3.76 mln tonnes, 34 pct down on 5.70 mln": a change
	 * in percent after a quantity of its sentence is that quantity's
	 * change, of its goods (invariant 5: only a blank is filled) */
	if (cl->kind == CLAIM_PERCENT && g->com_qty_s == s + 1 &&
	    (measure_is_change(cl->measure) || cl->direction[0])) {
		memcpy(cl->commodity, g->com_qty, sizeof(cl->commodity));
		return;
	}
	if (cl->kind != CLAIM_QUANTITY && cl->measure != MEASURE_BALANCE &&
	    money_of(g, f, s, cl->commodity))
		return;
	if (cl->kind == CLAIM_MONEY && worth_of(g, f, s, cl->commodity))
		return;
	if (cl->kind == CLAIM_QUANTITY && cl->measure != MEASURE_CAPACITY &&
	    named_after(g, f, s, cl->commodity))
		return;
	if (cl->measure == MEASURE_INVESTMENT || cl->measure == MEASURE_BALANCE ||
	    cl->measure == MEASURE_CAPACITY)
		return;		/* a balance is of all goods, a capacity of what it says */
	/* A quantity is always of some goods; prices and percentages only in
	 * a story its title says is about goods, other money never from the
	 * title (a programme's cost, a loan, aid: "WHEAT CERTIFICATES" does
	 * not make 8.5 billion dlrs of certificates wheat), and a trade flow's
	 * only when its paragraph named them ("EU CHEMICALS SURPLUS ...":
	 * Poland's exports to Germany are not all chemicals). */
	story = g->com_title[0] != '\0' &&
		(cl->kind == CLAIM_QUANTITY || cl->measure == MEASURE_PRICE || cl->per[0] ||
		 (!cl->flow[0] && cl->kind == CLAIM_PERCENT));
	if (cl->kind != CLAIM_QUANTITY && !g->com_title[0])
		return;
	if (g->com_seen && g->par && g->com_par == g->par[s])
		str_copy(cl->commodity, sizeof(cl->commodity), g->com_last, strlen(g->com_last));
	else if (story)
		str_copy(cl->commodity, sizeof(cl->commodity), g->com_title, strlen(g->com_title));
	else if (g->com_seen && cl->kind == CLAIM_QUANTITY)
		str_copy(cl->commodity, sizeof(cl->commodity), g->com_last, strlen(g->com_last));
}

/* Token k ends a figure's mention: a number, its scale or its unit. */
static int figure_end(const struct gram *g, size_t k, size_t s)
{
	return gram_in(g, k, s) &&
	       (g->t[k].kind == TOK_NUM || tok_has(g, k, CLS_SCALE | CLS_UNIT | CLS_TONS));
}

/* "soymeal and soyoil exports were 2.6 million and 540,000 tonnes
 * respectively", "wheat and coarse grain stocks at 178 and 210 mln tonnes,
 * respectively, against 160 and 167 mln": the first of two figures joined
 * by "and" is of the pair's first goods, the second of its second. */
static void respective(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	const char *and = strstr(cl->commodity, " and ");
	int second;
	size_t k;

	if (!and || strstr(and + 5, " and "))
		return;
	for (k = g->s[s].t0; k < g->s[s].t1 && !tok_is(g, k, W_RESPECTIVELY); k++)
		;
	if (k >= g->s[s].t1)
		return;
	second = word_s(g, f->h0 - 1, s, W_AND) && figure_end(g, f->h0 - 2, s);
	if (!second && !(word_s(g, f->t1, s, W_AND) &&
			 (gram_in(g, f->t1 + 1, s) && (g->t[f->t1 + 1].kind == TOK_NUM ||
						       tok_has(g, f->t1 + 1, CLS_HEDGE)))))
		return;
	if (second)
		memmove(cl->commodity, and + 5, strlen(and + 5) + 1);
	else
		cl->commodity[and - cl->commodity] = '\0';
}

void commodity_carry(struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0];

	carry(g, f, cl);
	story_goods(g, f, cl);
	if (s != NO_SENT && cl->commodity[0])
		respective(g, f, s, cl);
	if (cl->kind == CLAIM_QUANTITY && cl->commodity[0] && s != NO_SENT) {
		g->com_qty_s = s + 1;	/* the goods a later change may share */
		memcpy(g->com_qty, cl->commodity, sizeof(g->com_qty));
	}
}
