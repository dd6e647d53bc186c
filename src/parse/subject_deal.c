/*
 * subject_deal.c - the words of a deal that make a flow where no flow noun
 * stands: passive verbs of trade ("300,000 tonnes of French wheat have
 * been sold to Tunisia"), sales ("sales of 75,000 tonnes of barley to
 * Morocco", "Wheat sales of 362,400 tonnes", goods "still available to
 * Iraq"), "import"/"export" used as verbs ("will import 81,000 tonnes"),
 * tenders and bids to buy ("Egypt will tender Thursday for"), "The
 * purchase included ..." and grades of goods ("13 pct protein"); a
 * purchase or sale of money itself ("will sell 600 billion yen in bills"),
 * and asides that name goods (", including steel and coking coal,").
 * scan_from() in subject.c asks these; each only reads. Last, the story's
 * deal (frame.c, per sentence): stated with both sides or as a buyer's
 * tender of no origin, in a title or lead with no figure too, it gives its
 * partner, or its whole flow, to the sentences of its details.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (every index is checked
 *     with gram_in()), at most a constant number of them per call besides
 *     one pass over the sentence.
 *  2. A deal makes a flow only over goods: a commodity, "goods" or a unit
 *     of goods in the sentence (not bills, bonds, a hotel, credit for a
 *     sale).
 *  3. A partner is a country named after "to", "from" or "of", never the
 *     dealing country itself; none named leaves it to the caller.
 *  4. The deal's carry writes only g->deal, g->deal_s and g->deal_next and
 *     the given subject; each sentence is read for a deal once.
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"
#include "base/base.h"

#include <string.h>

/* Sentence s names goods from token q0 on: a commodity, "goods", or a
 * unit of goods ("tonnes"), not only money ("550 mln dlrs of bills"). */
int goods_from(const struct gram *g, size_t s, size_t q0)
{
	for (size_t q = q0; q < g->s[s].t1; q++)
		if (g->t[q].kind == TOK_WORD &&
		    tok_has(g, q, CLS_UNIT | CLS_TONS | CLS_COMMODITY | CLS_GOODS))
			return 1;
	return 0;
}

/* The verb of trade at k is a passive one about goods: "have been sold
 * to Tunisia", "was exported", "to be shipped" - after a form of "be"
 * (with at most "already", "also" between), and said of goods (a
 * commodity or a unit of goods before it in the sentence) or with a partner
 * country after it (not "the unit was sold for 50 mln dlrs"). */
int passive_goods(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word be[] = { W_BEEN, W_BE, W_BEING, W_WAS, W_WERE, W_IS, W_ARE };
	size_t q = k - 1;
	char c[24];

	while (gram_in(g, q, s) && (tok_is(g, q, W_ALREADY) || tok_is(g, q, W_ALSO)))
		q--;
	if (!gram_in(g, q, s) || !WORD_AMONG(g, q, be) || word_s(g, q - 1, s, W_NOT))
		return 0;	/* "will not be exported" */
	if (verb_partner(g, k, s, tok_has(g, k, CLS_VERBIMP)))
		return 1;
	/* "sold", "bought" alone may be a sale at home ("sold to the home
	 * market", "sold under open-market operations") */
	if (!tok_is(g, k, W_EXPORTED) && !tok_is(g, k, W_IMPORTED) && !tok_is(g, k, W_SHIPPED) &&
	    !word_s(g, k + 1, s, W_BY))
		return 0;
	for (size_t i = context_body(g, s); i < q; i++)
		if ((g->t[i].kind == TOK_WORD && tok_has(g, i, CLS_UNIT | CLS_TONS)) ||
		    subject_commodity(g, i, s, c))
			return 1;	/* "150,000 tonnes was exported" */
	return 0;
}

int subject_grade(const struct gram *g, size_t t, size_t s)
{
	return word_s(g, t, s, W_MOISTURE) || word_s(g, t, s, W_PROTEIN) ||
	       word_s(g, t, s, W_BROKENS);
}

/* "credit" at q is a sale's financing ("credit guarantees for sales"),
 * not a word of a name ("the Commodity Credit Corporation, CCC, has
 * accepted bids for export bonuses to cover sales of"). */
static int credit_word(const struct gram *g, size_t q, size_t s)
{
	return tok_is(g, q, W_CREDIT) &&
	       !(*txt(g, q) >= 'A' && *txt(g, q) <= 'Z' && gram_in(g, q + 1, s) &&
		 g->t[q + 1].kind == TOK_WORD && *txt(g, q + 1) >= 'A' && *txt(g, q + 1) <= 'Z');
}

/* A noun of a sale at k: "sales", "sale", "export bonus(es)"; goods
 * "available to" a country (an allocation for it: "an additional 150,000
 * tonnes of wheat flour are still available to Iraq"); "deliveries" and
 * "supplies" to a country or of goods ("China's deliveries to Russia",
 * "gas supplies to Europe": goods by their noun, sale_partner() names
 * where they go) with no other flow before the figure. */
int sale_noun(const struct gram *g, size_t k, size_t s)
{
	/* the word at k first: it is called on every token of a sentence */
	if ((tok_is(g, k, W_DELIVERIES) || tok_is(g, k, W_SUPPLIES)) &&
	    (word_s(g, k + 1, s, W_TO) || word_s(g, k + 1, s, W_OF))) {
		/* the noun before the figure: not "if deliveries to Senegal
		 * remain on track, ... expected to import 140,000 tonnes" */
		for (size_t q = k + 1; gram_in(g, q, s) && g->t[q].kind != TOK_NUM; q++)
			if (flow_word(g, q) || flow_verb(g, q))
				return 0;
		return 1;
	}
	if (!(tok_is(g, k, W_SALES) || tok_is(g, k, W_SALE) ||
	      (tok_is(g, k, W_AVAILABLE) && word_s(g, k + 1, s, W_TO)) ||
	      ((tok_is(g, k, W_BONUS) || tok_is(g, k, W_BONUSES)) &&
	       word_s(g, k - 1, s, W_EXPORT))))
		return 0;
	/* "credit guarantees for sales of U.S. rice": its financing */
	for (size_t q = context_body(g, s); q < k; q++)
		if (credit_word(g, q, s) || tok_is(g, q, W_GUARANTEE) || tok_is(g, q, W_GUARANTEES))
			return 0;
	/* a sale of goods: a commodity or a unit of goods in the sentence (not
	 * "the sale of the Regent Hotel to Japanese interests") */
	return goods_from(g, s, g->s[s].t0);
}

/* Sales of goods in a quantity at k: "sales" or "sale" before "of",
 * "for" or "to", or after a commodity or "net", or "sales activity" (the
 * USDA's weekly "Combined sales activity in cotton of 75,200 running
 * bales"); a unit of goods ("tonnes", "bales") in the sentence; not
 * domestic sales. */
const enum lex_word subject_home_words[SUBJECT_HOME] = { W_DOMESTIC, W_HOME, W_RETAIL, W_LOCAL };

int sales_of_goods(const struct gram *g, size_t k, size_t s)
{
	int unit = 0;
	char c[24];

	if (!tok_is(g, k, W_SALES) && !tok_is(g, k, W_SALE))
		return 0;
	if (!word_s(g, k + 1, s, W_OF) && !word_s(g, k + 1, s, W_FOR) &&
	    !word_s(g, k + 1, s, W_TO) && !word_s(g, k - 1, s, W_NET) &&
	    !word_s(g, k + 1, s, W_ACTIVITY) &&
	    !(gram_in(g, k - 1, s) && subject_commodity(g, k - 1, s, c)))
		return 0;
	for (size_t q = k - 1; q + 3 >= k && gram_in(g, q, s); q--)
		if (tok_among(g, q, subject_home_words, SUBJECT_HOME) || tok_is(g, q, W_CREDIT) || tok_is(g, q, W_GUARANTEE))
			return 0;
	for (size_t q = context_body(g, s); q < g->s[s].t1 && !unit; q++)
		unit = g->t[q].kind == TOK_WORD && tok_has(g, q, CLS_UNIT | CLS_TONS);
	return unit;
}

/* The country a sale at k goes to: "to <Country>" after its goods, in its
 * clause ("sales of 104,000 tonnes of corn to the Soviet Union"). */
const char *sale_partner(const struct gram *g, size_t k, size_t s)
{
	size_t n;

	if (!word_s(g, k + 1, s, W_OF) && !word_s(g, k + 1, s, W_ON) && !word_s(g, k + 1, s, W_TO))
		return NULL;
	for (size_t j = k + 1; j < k + 24 && gram_in(g, j, s); j++) {
		const char *c;

		if (gram_punct(g, j, ",") || gram_punct(g, j, ";") || tok_is(g, j, W_FROM))
			return NULL;
		if (!tok_is(g, j, W_TO))
			continue;
		c = country_starting(g, j + 1 + word_s(g, j + 1, s, W_THE), s, &n);
		if (c && !currency_country(g, j + word_s(g, j + 1, s, W_THE) + n, s))
			return c;
	}
	return NULL;
}

/* The flow noun at k is a verb: "import" or "export" after "to" or a
 * modal, a number within three words after it. */
int infinitive_flow(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word modal[] = { W_TO, W_WILL, W_WOULD, W_COULD, W_MAY, W_SHOULD,
					       W_CAN };

	if (!(tok_is(g, k, W_IMPORT) || tok_is(g, k, W_EXPORT)) || !gram_in(g, k - 1, s) ||
	    !WORD_AMONG(g, k - 1, modal))
		return 0;
	for (size_t q = k + 1; q <= k + 3 && gram_in(g, q, s); q++)
		if (g->t[q].kind == TOK_NUM)
			return 1;
	return 0;
}

/* Token j tells when a tender is: a weekday, a date, "shortly",
 * "overnight", "today", "tomorrow", "soon", the comma of a date, or the
 * "on" before a date ("will tender on April 29 for"). */
static int tender_time(const struct gram *g, size_t j)
{
	static const enum lex_word when[] = { W_SHORTLY, W_OVERNIGHT, W_TODAY, W_TOMORROW,
					      W_TONIGHT, W_SOON, W_ON };

	return tok_has(g, j, CLS_WEEKDAY | CLS_MONTH) || WORD_AMONG(g, j, when) ||
	       gram_punct(g, j, ",") ||
	       (g->t[j].kind == TOK_NUM && tok_has(g, j - 1, CLS_MONTH));
}

/* A tender to buy at k: "tender for", "tender Thursday for" (tender_time()),
 * "Algeria's bid for 75,000 tonnes", "to tender (up to) 87,000 tonnes of
 * maize" - not one for a sale ("a tender for the sale of
 * 450,000 tonnes", an export tender, "bids for export bonuses"). The
 * token before the goods (its "for", or the verb), or 0. */
static size_t tender_for_at(const struct gram *g, size_t k, size_t s)
{
	size_t j = k + 1;

	if (!tok_is(g, k, W_TENDER) && !tok_is(g, k, W_TENDERS) && !tok_is(g, k, W_BID) &&
	    !tok_is(g, k, W_BIDS))
		return 0;
	/* its time between: "tender Thursday for", "tender Thursday, March
	 * 26, for", "tender shortly for", "its tender overnight for" */
	while (j < k + 6 && gram_in(g, j, s) && !tok_is(g, j, W_FOR) && tender_time(g, j))
		j++;
	/* "TO TENDER UP TO 87,000 TONNES OF U.S. MAIZE": the verb's object
	 * right after it (deal11), of goods */
	if (j == k + 1 && word_s(g, k - 1, s, W_TO) && gram_in(g, j + 2, s) &&
	    (g->t[j].kind == TOK_NUM || (tok_is(g, j, W_UP) && tok_is(g, j + 1, W_TO) &&
					  g->t[j + 2].kind == TOK_NUM)))
		return goods_from(g, s, j) ? k : 0;
	if (!word_s(g, j, s, W_FOR))
		return 0;
	for (size_t q = j + 1; q <= j + 3 && gram_in(g, q, s); q++)
		if (tok_is(g, q, W_SALE) || tok_is(g, q, W_EXPORT))
			return 0;
	/* goods, not "a tender for two mln dinars of treasury bills" */
	return goods_from(g, s, j + 1) ? j : 0;
}

int tender_for(const struct gram *g, size_t k, size_t s)
{
	return tender_for_at(g, k, s) != 0;
}

/* The origin of the goods a tender or bid at k is for, named right after
 * its "for" (deal11): "its bids for U.S. soft and hard wheat" (US), a
 * country then goods within four words; never the buyer itself. */
const char *tender_origin(const struct gram *g, size_t k, size_t s, const char *rep)
{
	size_t j = tender_for_at(g, k, s), n = 0;
	const char *c;
	char goods[24];

	if (!j)
		return NULL;
	j += 1 + word_s(g, j + 1, s, W_THE);
	if (!(c = country_starting(g, j, s, &n)) || !n || (rep && !strcmp(c, rep)) ||
	    currency_country(g, j + n - 1, s))
		return NULL;
	for (size_t q = j + n; q < j + n + 4 && gram_in(g, q, s) && g->t[q].kind == TOK_WORD; q++)
		if (subject_commodity(g, q, s, goods) || goods_word(g, q, s))
			return c;
	return NULL;
}

/* The country sentence s opens with as the subject of a verb before k:
 * "Tunisia has launched a fresh buying tender", "Pakistan invited ... a
 * tender" (a country, then "has", "will", ... or a verb in -ed), not
 * "U.S. exporters said". */
static const char *opening_subject(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word aux[] = { W_HAS, W_HAVE, W_HAD, W_WILL, W_IS, W_WAS, W_WOULD };
	size_t b = context_body(g, s), n;
	const char *c;

	b += word_s(g, b, s, W_THE);
	if (!(c = country_starting(g, b, s, &n)) || b + n >= k || currency_country(g, b + n - 1, s))
		return NULL;
	b += n;
	if (WORD_AMONG(g, b, aux))
		return c;
	return g->t[b].kind == TOK_WORD && g->t[b].len > 3 && tok_text(g, b)[0] >= 'a' &&
	       !memcmp(tok_text(g, b) + g->t[b].len - 2, "ed", 2) ? c : NULL;
}

/* The country that tenders at k: "Jordan will tender", "Egypt's tender",
 * "Bangladesh passed on its weekend tender" (the sentence's country
 * before it), else the sentence's subject (opening_subject()); never the
 * EC, whose tenders sell intervention stocks. */
const char *tender_buyer(const struct gram *g, size_t k, size_t s)
{
	const char *c = verb_subject(g, k, s);

	for (size_t q = k - 1; !c && q + 4 >= k && gram_in(g, q, s) && g->t[q].kind == TOK_WORD; q--) {
		if (tok_is(g, q, W_ITS) || tok_is(g, q, W_THEIR))
			c = subject_country_before(g, s, q);
		else
			c = subject_country_ending(g, q, s);
		if (!c && tok_is(g, q, W_THE))
			break;
	}
	if (!c)
		c = opening_subject(g, k, s);
	return c && strcmp(c, "EU") ? c : NULL;
}

/* Goods named in the window of token k (as goods_from(): a commodity,
 * "goods" or a unit of goods). */
static int goods_in(const struct gram *g, size_t s, size_t k)
{
	for (size_t q = win_lo(g, s, k); q < win_hi(g, s, k); q++)
		if (g->t[q].kind == TOK_WORD &&
		    tok_has(g, q, CLS_UNIT | CLS_TONS | CLS_COMMODITY | CLS_GOODS))
			return 1;
	return 0;
}

/* The verb of trade at k buys or sells ("sold", "buy", "purchased", not
 * "exported" or "shipped") in a sentence that names no goods (no goods
 * word; no "worth", nor "of" and a word, right after its object): money
 * itself ("The Bank of Japan will sell 600 billion yen in bills", "the
 * central bank bought 1.5 billion dlrs"), no trade flow. */
int money_deal(const struct gram *g, size_t k, size_t s)
{
	if (tok_is(g, k, W_EXPORTED) || tok_is(g, k, W_IMPORTED) || tok_is(g, k, W_SHIPPED) ||
	    goods_in(g, s, k))
		return 0;
	/* "sold 2.1 billion crowns worth of salmon", "sold 900 mln dlrs of copper" */
	for (size_t q = k + 1; q <= k + 6 && gram_in(g, q, s); q++)
		if (tok_is(g, q, W_WORTH) || (tok_is(g, q, W_OF) && goods_word(g, q + 1, s)))
			return 0;
	return 1;
}

/* The comma at j opens an aside that names some of the goods (",
 * including steel and coking coal,", ", mainly coffee,"): the token of its
 * closing comma, at most 12 tokens on, or 0. */
size_t aside_end(const struct gram *g, size_t j, size_t s)
{
	static const enum lex_word aside[] = { W_INCLUDING, W_MAINLY, W_MOSTLY, W_NOTABLY,
					       W_CHIEFLY, W_ESPECIALLY, W_LARGELY,
					       W_PRINCIPALLY, W_PRIMARILY };

	if (!gram_in(g, j + 1, s) || !WORD_AMONG(g, j + 1, aside))
		return 0;
	for (size_t q = j + 2; q < j + 14 && gram_in(g, q, s); q++) {
		if (gram_punct(g, q, ","))
			return q;
		if (gram_punct(g, q, ";") || g->t[q].kind == TOK_NUM)
			return 0;
	}
	return 0;
}

int subject_anaphor(const struct gram *g, size_t s)
{
	size_t b = context_body(g, s);

	if (!word_s(g, b, s, W_THE) && !word_s(g, b, s, W_THIS) && !word_s(g, b, s, W_THAT))
		return 0;
	return word_s(g, b + 1, s, W_PURCHASE) || word_s(g, b + 1, s, W_PURCHASES) ||
	       word_s(g, b + 1, s, W_SALE) || word_s(g, b + 1, s, W_SALES) ||
	       word_s(g, b + 1, s, W_TENDER);
}

/* ---- a deal's partner carried (branch subject4) ------------------------ */

#define DEAL_REACH 4	/* sentences: the lead's deal and its details */

/* Sentence s speaks of a deal: bought, sold, sales, a tender, a bid or an
 * offer in it, a shipment, a buyer's commitments. */
static int deal_said(const struct gram *g, size_t s)
{
	static const enum lex_word deal[] = { W_BOUGHT, W_BUY, W_BUYS, W_PURCHASED, W_PURCHASE,
					      W_PURCHASES, W_SOLD, W_SELL, W_SELLS, W_SALE, W_SALES,
					      W_TENDER, W_SHIPMENT, W_DELIVERY, W_BID, W_BIDS,
					      W_OFFER, W_OFFERS, W_OFFERED, W_COMMITMENTS };

	for (size_t k = context_body(g, s); k < g->s[s].t1; k++)
		if (g->t[k].kind == TOK_WORD && WORD_AMONG(g, k, deal))
			return 1;
	return 0;
}

/* su, of sentence s, states a deal: a purchase or sale whose dealer the
 * sentence names and whose other side it names too, or leaves open in a
 * buyer's tender ("its tender for 200,000 tonnes of any origin wheat");
 * never all partners (WORLD). */
static int deal_stated(const struct gram *g, size_t s, const struct subj *su)
{
	if ((strcmp(su->flow, "import") && strcmp(su->flow, "export")) || !su->reporter[0] ||
	    su->rep_inferred || su->par_inferred || su->flow_inferred || !deal_said(g, s))
		return 0;
	if (su->partner[0])
		return strcmp(su->partner, "WORLD") != 0;
	return su->par_unsaid;	/* not "UK wheat sold to the home market" */
}

int subject_other_country(const struct gram *g, size_t s, const char *reporter,
			  const char *partner)
{
	for (size_t k = context_body(g, s); k < g->s[s].t1; k++) {
		const char *c = g->t[k].kind == TOK_WORD || gram_punct(g, k, ".") ?
				subject_country_ending(g, k, s) : NULL;

		if (c && strcmp(c, reporter) && strcmp(c, partner))
			return 1;
	}
	return 0;
}

/* Sentence s has a verb of the deal's other side: "Sri Lanka made a
 * counter-offer to five U.S. firms to buy wheat" after "a U.S. firm's
 * offer ... to supply 52,500 tonnes of soft wheat to Colombo" (a purchase
 * where the deal is a sale, a sale where it is a purchase). */
static int other_side_verb(const struct gram *g, size_t s, const struct subj *deal)
{
	int buys = !strcmp(deal->flow, "import");

	for (size_t k = context_body(g, s); k < g->s[s].t1; k++)
		if (g->t[k].kind == TOK_WORD &&
		    (tok_has(g, k, buys ? CLS_VERBEXP : CLS_VERBIMP) ||
		     (buys && (tok_is(g, k, W_SUPPLY) || tok_is(g, k, W_SHIP)))))
			return 1;
	return 0;
}

/* The sentences of the title and lead before s ("Jordan has boosted its
 * bids for U.S. soft and hard wheat", no figure in it): the last deal one of
 * them states (deal11). Each sentence is read once; none past the lead
 * (reading every sentence a second time cost 3% of extract's time). */
static void deal_read_back(struct gram *g, size_t s)
{
	const char *doc = g->doc_country;
	struct subj su;

	for (size_t q = g->deal_next; q < s; q++) {
		if (g->lead_par != NO_SENT && g->par && q > g->lead_par && g->par[q] != g->lead_par)
			break;	/* past the lead: the figures' sentences state deals */
		g->doc_country = context_reporter(g, q);
		subject_scan(g, q, &su);
		if (deal_stated(g, q, &su)) {
			g->deal = su;
			g->deal_s = q;
		}
	}
	g->doc_country = doc;
	if (g->deal_next <= s)
		g->deal_next = s + 1;
}

/* Sentence s, in the deal's reach, says no flow of its own but speaks of
 * the deal's goods (deal11): "For May shipment, it accepted offers from J.
 * Souflet for 50,000 tonnes of wheat at 83.49 dlrs", "other traders'
 * offers of between 93.90 and 94.49 dlrs/tonne" in Egypt's tender. The
 * deal's flow, dealer and other side, all inferred; not where it names
 * another country. */
static void deal_whole(const struct gram *g, size_t s, struct subj *su)
{
	if (su->flow[0] || g->deal_s == NO_SENT || s <= g->deal_s || s > g->deal_s + DEAL_REACH ||
	    !deal_said(g, s) || !goods_from(g, s, context_body(g, s)) ||
	    subject_other_country(g, s, g->deal.reporter, g->deal.partner) ||
	    other_side_verb(g, s, &g->deal))
		return;
	*su = g->deal;
	su->tok = g->nt;	/* no flow word of this sentence */
	su->flow_inferred = su->rep_inferred = 1;
	su->par_inferred = su->partner[0] != '\0';
	su->commodity[0] = '\0';	/* the sentence's own, else the story's (commodity.c) */
}

void subject_deal_note(struct gram *g, size_t s, const struct subj *su)
{
	if (su->partner[0] && deal_stated(g, s, su)) {
		g->deal = *su;
		g->deal_s = s;
	}
}

void subject_deal_carry(struct gram *g, size_t s, struct subj *su)
{
	const char *par;
	size_t n = sizeof(su->partner);
	int same;

	deal_read_back(g, s);
	deal_whole(g, s, su);
	if (strcmp(su->flow, "import") && strcmp(su->flow, "export"))
		return;
	if ((su->par_inferred || su->flow_inferred) && su->partner[0] && subject_vague_partner(g, s)) {
		su->partner[0] = '\0';	/* "This follows its tender for 25,000
					   tonnes of optional origin wheat" */
		su->par_inferred = 0;
		su->par_open = 1;
		return;
	}
	/* "Jordan today bid ... in its tender for 225,000 tonnes of hard and
	 * soft wheat" after "its bids for U.S. soft and hard wheat": the same
	 * tender, whose origin the lead named */
	same = g->deal_s != NO_SENT && s > g->deal_s && s <= g->deal_s + DEAL_REACH &&
	       g->deal.partner[0] && !strcmp(su->reporter, g->deal.reporter) &&
	       !strcmp(su->flow, g->deal.flow);
	if (deal_stated(g, s, su) && !(su->par_unsaid && same)) {
		g->deal = *su;	/* both sides stated, or a tender's left open */
		g->deal_s = s;
		return;
	}
	if (su->partner[0] || (su->par_open && !su->par_unsaid) || !su->reporter[0] ||
	    (su->par_unsaid && subject_vague_partner(g, s)) ||	/* "any origin wheat" */
	    g->deal_s == NO_SENT || s > g->deal_s + DEAL_REACH || s <= g->deal_s ||
	    !deal_said(g, s) || !g->deal.partner[0])
		return;
	if (!strcmp(su->reporter, g->deal.reporter) && !strcmp(su->flow, g->deal.flow))
		par = g->deal.partner;	/* the buyer's again */
	else if (!strcmp(su->reporter, g->deal.partner) && strcmp(su->flow, g->deal.flow))
		par = g->deal.reporter;	/* the seller's side of it */
	else
		return;
	/* another country named ("Colombia has been made eligible for sale
	 * of U.S. barley"): another deal; the partner itself, but not as one
	 * ("to the surprise of officials in Korea"): the sentence's own
	 * reading stands */
	for (size_t k = context_body(g, s); k < g->s[s].t1; k++) {
		const char *c = g->t[k].kind == TOK_WORD || gram_punct(g, k, ".") ?
				subject_country_ending(g, k, s) : NULL;

		if (c && strcmp(c, su->reporter))
			return;
	}
	str_copy(su->partner, n, par, strlen(par));
	su->par_inferred = 1;
	su->par_open = su->par_unsaid = 0;
}
