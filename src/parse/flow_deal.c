/*
 * flow_deal.c - the flow of a figure that is the object of a verb of sale
 * or purchase with no flow noun and no country as its subject: "the
 * trading house agreed to ship 100,000 tonnes of wheat to Bangladesh",
 * "exporters will sell an additional 300,000 tonnes of U.S. durum wheat to
 * Algeria" (the seller's exports), "his
 * country's firms agreed to buy 1.8 billion dlrs worth of U.S. goods",
 * "to buy U.S. products valued at 1.8 billion dlrs" (the buyer's imports).
 *
 * Input: the token array of gram.c, a figure and its sentence. Output: a
 * struct subj that frame_fill() applies like a sentence's subject (through
 * flow_part_of() in flow.c).
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read, each index checked
 *     with gram_in(); the scans are bounded (a few tokens before the
 *     figure for the verb, a dozen after it for the partner), besides one
 *     pass over the sentence for the country before the verb and one for
 *     the goods' origin.
 *  2. A deal makes a flow only over goods: a quantity, or money "worth
 *     of", "in" or "of" goods (a commodity or "goods"/"products"), or
 *     goods "worth"/"valued at" the money - never a currency, bills or
 *     bonds ("the central bank sold 30 mln dlrs", "sell 600 billion yen in
 *     bills").
 *  3. A deal crosses a border only when the sentence names a country: the
 *     dealer before the verb, the other side after "to"/"from", or the
 *     goods' ("U.S. goods") or calls them foreign; "the company agreed to ship 100,000 tonnes"
 *     alone keeps no flow (a sale at home as likely).
 *  4. A partner only when named: "to"/"from" a country, or the goods'
 *     country for a purchase ("U.S. goods"); otherwise par_open, so that no
 *     one fills in all partners (WORLD). The reporter is the country named
 *     before the verb, for a sale else the goods' country ("Spanish corn");
 *     none leaves it to the story's context.
 *  5. flow_commitments_noun() only finds the noun of a buyer's commitments
 *     for flow.c; it reads at most two dozen tokens of the sentence.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

static const enum lex_word sell_verbs[] = { W_SELL, W_SELLS, W_SOLD, W_SELLING, W_SHIP,
					    W_SHIPPED, W_SUPPLY, W_SUPPLIES, W_SUPPLIED };
static const enum lex_word buy_verbs[] = { W_BUY, W_BUYS, W_BOUGHT, W_BUYING, W_PURCHASE,
					   W_PURCHASED };
/* Words between a verb and its object's number: "an additional", "the
 * remaining", "another", "only", "some". */
static const enum lex_word object_words[] = { W_A, W_AN, W_THE, W_ADDITIONAL, W_REMAINING,
					      W_ANOTHER, W_FURTHER, W_ONLY };

/* The verb of a deal at k: +1 a sale, -1 a purchase, 0 none. */
static int deal_verb(const struct gram *g, size_t k, size_t s)
{
	if (!gram_in(g, k, s))
		return 0;
	if (WORD_AMONG(g, k, sell_verbs))
		return 1;
	return WORD_AMONG(g, k, buy_verbs) ? -1 : 0;
}

/* Goods are named from token j on, within a few words ("worth of U.S.
 * goods", "in American wheat", "of durum wheat"): 1 if so. */
static int goods_after(const struct gram *g, size_t j, size_t s)
{
	for (size_t k = j; k < j + 5 && gram_in(g, k, s); k++) {
		if (g->t[k].kind != TOK_WORD && !gram_glued(g, k))
			return 0;
		if (tok_has(g, k, CLS_COMMODITY | CLS_GOODS))
			return 1;
		if (tok_is(g, k, W_TO) || tok_is(g, k, W_FROM) || tok_is(g, k, W_FOR) ||
		    tok_is(g, k, W_BY) || tok_is(g, k, W_AND))
			return 0;
	}
	return 0;
}

/* The token of the deal verb whose object is figure f, or 0; *goods_at
 * the first token after which its goods may be named. */
static size_t verb_of_object(const struct gram *g, const struct fig *f, size_t s,
			     enum claim_kind kind)
{
	size_t k = f->h0 - 1, n;

	if (kind == CLAIM_MONEY &&
	    (word_s(g, k, s, W_WORTH) || (word_s(g, k, s, W_AT) && word_s(g, k - 1, s, W_VALUED)))) {
		/* "sell a drilling rig worth 40 mln dlrs", "buy U.S. products
		 * valued at 1.8 billion dlrs": the goods stand between */
		size_t e = word_s(g, k, s, W_AT) ? k - 1 : k;

		for (n = 1; n <= 8 && gram_in(g, e - n, s); n++) {
			if (deal_verb(g, e - n, s))
				return n > 1 && goods_after(g, e - n + 1, s) ? e - n : 0;
			if (g->t[e - n].kind != TOK_WORD && !gram_glued(g, e - n))
				return 0;
		}
		return 0;
	}
	for (n = 0; n < 5 && gram_in(g, k, s); n++) {
		if (tok_has(g, k, CLS_HEDGE) || WORD_AMONG(g, k, object_words))
			k--;
		else if (tok_is(g, k, W_OF) && word_s(g, k - 1, s, W_TOTAL))
			k -= 2;	/* "bought a total of" */
		else
			break;
	}
	if (!deal_verb(g, k, s))
		return 0;
	if (kind == CLAIM_QUANTITY)
		return k;
	/* money: "worth of U.S. goods", "in American wheat", "of machinery" */
	if (kind == CLAIM_MONEY && word_s(g, f->t1, s, W_WORTH) && word_s(g, f->t1 + 1, s, W_OF))
		return goods_after(g, f->t1 + 2, s) ? k : 0;
	if (kind == CLAIM_MONEY && (word_s(g, f->t1, s, W_IN) || word_s(g, f->t1, s, W_OF)))
		return goods_after(g, f->t1 + 1, s) ? k : 0;
	return 0;
}

/* The country named after "to" (sale) or "from" (purchase) within a
 * dozen tokens after the figure, or NULL. */
static const char *named_side(const struct gram *g, const struct fig *f, size_t s, int sale)
{
	size_t n;

	for (size_t k = f->t1; k < f->t1 + 12 && gram_in(g, k, s); k++) {
		size_t c = k + 1 + word_s(g, k + 1, s, W_THE);

		if (!(sale ? tok_is(g, k, W_TO) : tok_is(g, k, W_FROM)) || !gram_in(g, c, s))
			continue;
		return subject_country_starting(g, c, s, &n);
	}
	return NULL;
}

/* The country of the goods of the deal: the one right before them,
 * after the verb ("buy U.S. products valued at") or after the figure
 * ("tonnes of Danish barley", "dlrs worth of U.S. goods", "in American
 * wheat"), or NULL. */
static const char *goods_country(const struct gram *g, const struct fig *f, size_t s, size_t v)
{
	size_t j = f->t1, n = 0;
	const char *c;

	if (v + 1 < f->h0) {
		j = v + 1 + word_s(g, v + 1, s, W_A) + word_s(g, v + 1, s, W_THE);
	} else {
		if (word_s(g, j, s, W_WORTH))
			j++;
		if (!word_s(g, j, s, W_OF) && !word_s(g, j, s, W_IN))
			return NULL;
		j++;
	}
	if (!gram_in(g, j, s) || g->t[j].kind != TOK_WORD ||
	    g->d->buf[g->t[j].off] < 'A' || g->d->buf[g->t[j].off] > 'Z' ||
	    !(c = subject_country_starting(g, j, s, &n)) || !n)
		return NULL;
	return tok_has(g, j + n, CLS_COMMODITY | CLS_COMMODMOD | CLS_GOODS) &&
	       gram_in(g, j + n, s) ? c : NULL;
}

/* The deal's goods are called foreign or imported ("buy one billion dlrs
 * worth of foreign industrial products"): 1 if so. */
static int foreign_goods(const struct gram *g, const struct fig *f, size_t s, size_t v)
{
	for (size_t k = v + 1; k < f->t1 + 4 && gram_in(g, k, s); k++)
		if ((k < f->h0 || k >= f->t1) &&
		    (tok_is(g, k, W_FOREIGN) || tok_is(g, k, W_IMPORTED)) && goods_after(g, k + 1, s))
			return 1;
	return 0;
}

int flow_deal_object(const struct gram *g, const struct fig *f, size_t s, enum claim_kind kind,
		     struct subj *out)
{
	size_t v;
	int sale;
	const char *rep, *par, *origin;

	if (kind != CLAIM_QUANTITY && kind != CLAIM_MONEY)
		return 0;
	v = verb_of_object(g, f, s, kind);
	if (!v)
		return 0;
	sale = deal_verb(g, v, s) > 0;
	rep = subject_country_before(g, s, v);
	par = named_side(g, f, s, sale);
	origin = goods_country(g, f, s, v);
	if (!rep && !par && !origin && !foreign_goods(g, f, s, v))
		return 0;	/* "the board will sell 190,000 tonnes of maize": a
				   sale at home as likely as abroad */
	if (sale && !rep)
		rep = origin;	/* "ship ... of Spanish corn to Italy" */
	if (!sale && !par)
		par = origin;	/* "buy ... worth of U.S. goods" */
	if (rep && par && !strcmp(par, rep))
		par = NULL;	/* (the story's economy buying its own goods is left
			   without a reporter by meaning_fill(), not without
			   the goods' country: "buy U.S. products" in a
			   Washington story is not the U.S.'s import) */
	str_copy(out->flow, sizeof(out->flow), sale ? "export" : "import", 6);
	if (rep)
		str_copy(out->reporter, sizeof(out->reporter), rep, strlen(rep));
	if (par)
		str_copy(out->partner, sizeof(out->partner), par, strlen(par));
	else
		out->par_open = 1;
	for (size_t k = v + 1; k < f->t1 + 6 && gram_in(g, k, s) && !out->commodity[0]; k++)
		if (k < f->h0 || k >= f->t1)
			subject_commodity(g, k, s, out->commodity);
	return 1;
}

/* "total corn commitments of 1,011,200 tonnes" (the noun before the figure,
 * within 16 tokens), "China has added 30,000 tonnes of U.S. corn to its
 * previous commitments" (deal11: after the figure, as what it is added to:
 * "to" its or their commitments, "previous" or "outstanding" between). */
size_t flow_commitments_noun(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k;

	for (k = f->h0 - 1; gram_in(g, k, s) && k + 16 >= f->h0; k--)
		if (tok_is(g, k, W_COMMITMENTS))
			return k;
	for (k = f->t1; k < f->t1 + 8 && gram_in(g, k, s) && !word_s(g, k, s, W_TO); k++)
		if (g->t[k].kind == TOK_NUM)
			return 0;
	if (!word_s(g, k, s, W_TO) || !(word_s(g, k + 1, s, W_ITS) || word_s(g, k + 1, s, W_THEIR)))
		return 0;
	k += 2;
	k += word_s(g, k, s, W_PREVIOUS) || word_s(g, k, s, W_OUTSTANDING);
	return word_s(g, k, s, W_COMMITMENTS) ? k : 0;
}
