/*
 * subject_who.c - the countries a sentence names and the part each plays:
 * a country written out ("China", "United States", "U.S."), one that stands
 * where a partner does ("to China", "from Brazil, Argentina and Mexico"),
 * one that names a currency ("U.S. dlrs"), a possessive ("Australia's"),
 * the first country of a sentence that is no partner, a market sentence
 * (the dollar's rate, futures, a share index), the country a story
 * names most, and a flow noun that names people ("export sources").
 *
 * Input: the token array of gram.c and a sentence. Output: ISO 3166
 * alpha-2 codes (static strings) or NULL.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (every index is checked
 *     with gram_in(), also those before the sentence or past the array).
 *  2. A country marked as a partner or naming a currency is never given
 *     out as a sentence's subject (subject_country_before).
 *  3. An unknown name is unknown (NULL), never the next known country.
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"
#include "base/base.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

const char *subject_country_ending(const struct gram *g, size_t i, size_t s)
{
	if (!gram_in(g, i, s))
		return NULL;
	if (g->t[i].kind == TOK_WORD) {
		uint32_t w = context_word(g, i);	/* "South Africa's" too */

		if (w == W_STATES && word_s(g, i - 1, s, W_UNITED))
			return "US";
		if (w == W_KINGDOM && word_s(g, i - 1, s, W_UNITED))
			return "GB";
		if (w == W_ZEALAND && word_s(g, i - 1, s, W_NEW))
			return "NZ";
		if (w == W_AFRICA && word_s(g, i - 1, s, W_SOUTH))
			return "ZA";
		if (w == W_KOREA && word_s(g, i - 1, s, W_NORTH))
			return "KP";
		if ((w == W_GERMANY || w == W_GERMAN) && word_s(g, i - 1, s, W_EAST) &&
		    isupper((unsigned char)tok_text(g, i - 1)[0]))
			return "DD";	/* the GDR, until 1990 (subject7) */
		if (w == W_S && gram_glued(g, i) && gram_punct(g, i - 1, ".") && word_s(g, i - 2, s, W_U) &&
		    gram_glued(g, i - 1) && !(gram_punct(g, i + 1, ".") && gram_glued(g, i + 1)))
			return "US";	/* "trade with the U.S\n": its dot lost (follow8) */
		const char *c = tok_country(g, i);

		return c ? c : context_country_ending(g, i, s);
	}
	if (gram_punct(g, i, ".") && gram_in(g, i - 3, s) && gram_punct(g, i - 2, ".") &&
	    tok_is(g, i - 3, W_U)) {
		if (tok_is(g, i - 1, W_S))
			return "US";
		if (tok_is(g, i - 1, W_K))
			return "GB";
	}
	if (gram_punct(g, i, ".") && gram_in(g, i - 3, s) && gram_punct(g, i - 2, ".") &&
	    tok_is(g, i - 3, W_E) && tok_is(g, i - 1, W_C))
		return "EU";	/* "E.C.", as "U.S." */
	return NULL;
}

/* The country named by the tokens starting at i, and how many they are. */
const char *subject_country_starting(const struct gram *g, size_t i, size_t s, size_t *n)
{
	/* "China", "United States", "United Arab Emirates", "U . S ." */
	static const size_t lens[] = { 1, 2, 3, 4 };

	for (size_t k = 0; k < ARRAY_SIZE(lens); k++) {
		const char *c = subject_country_ending(g, i + lens[k] - 1, s);

		if (c && !(lens[k] == 1 && tok_is(g, i, W_UNITED)) &&
		    !(lens[k] == 1 && tok_is(g, i, W_SOUTH) && subject_country_ending(g, i + 1, s))) {
			*n = lens[k];
			return c;
		}
	}
	*n = 0;
	return NULL;
}


/* The country ending at token q names a currency, not a subject: "in U.S.
 * dollar terms", "U.S. Dlrs", "Australian dlrs". */
int currency_country(const struct gram *g, size_t q, size_t s)
{
	const char *iso;

	return gram_in(g, q + 1, s) && g->t[q + 1].kind == TOK_WORD &&
	       units_currency(txt(g, q + 1), g->t[q + 1].len, &iso) != UNIT_NONE;
}

/* Token k compares a ranking with another country: "behind", "than", or
 * "after" right after a superlative or an ordinal ("the world's third
 * largest after Japan", "the biggest buyer after China"). */
static int ranked_against(const struct gram *g, size_t k, size_t s)
{
	const char *w;
	size_t n;

	if (tok_is(g, k, W_BEHIND) || tok_is(g, k, W_THAN))
		return 1;
	if (!tok_is(g, k, W_AFTER) || !gram_in(g, k - 1, s) || g->t[k - 1].kind != TOK_WORD)
		return 0;
	w = txt(g, k - 1);
	n = g->t[k - 1].len;
	return tok_has(g, k - 1, CLS_ORDINAL) || (n > 4 && !strncasecmp(w + n - 3, "est", 3));
}

/* The country ending at token q stands where a partner does: after "to",
 * "from", "with", "into" or a list's "and" ("to the UAE and South Africa"),
 * or where a ranking compares with it (ranked_against()). */
int partner_marked(const struct gram *g, size_t q, size_t s)
{
	static const enum lex_word marks[] = { W_TO, W_FROM, W_WITH, W_INTO };
	/* "data from Chinese customs": a source, not a partner */
	static const enum lex_word sources[] = { W_CUSTOMS, W_DATA, W_OFFICIALS, W_FIGURES,
						 W_STATISTICS, W_GOVERNMENT, W_MINISTRY,
						 W_AUTHORITIES, W_SOURCES };

	if (WORD_AMONG(g, q + 1, sources))
		return 0;

	for (int hops = 0; hops < 8; hops++) {
		size_t start = q, n;

		/* The name's first token: capitalised ("South Africa", "United
		 * Arab Emirates"; never "to Mexico", which ends in a name too). */
		for (size_t len = 2; len <= 4 && len <= q + 1; len++) {
			int caps = 1;

			for (size_t t = q + 1 - len; t < q; t++)
				caps &= gram_in(g, t, s) && ((*txt(g, t) >= 'A' && *txt(g, t) <= 'Z') ||
							     gram_punct(g, t, "."));
			if (caps && country_starting(g, q + 1 - len, s, &n) && n == len)
				start = q + 1 - len;
		}
		if (word_s(g, start - 1, s, W_THE))
			start--;
		if (!gram_in(g, start - 1, s))
			return 0;
		if (WORD_AMONG(g, start - 1, marks) || ranked_against(g, start - 1, s))
			return 1;
		/* "from Brazil, Argentina and Mexico": back along the list */
		if (!tok_is(g, start - 1, W_AND) && !gram_punct(g, start - 1, ","))
			return 0;
		q = start - 2;
		if (!subject_country_ending(g, q, s))
			return 0;
	}
	return 0;
}

/* Token q ends in a possessive: "Australia's", "China’s". */
static int possessive(const struct gram *g, size_t q)
{
	const char *w = txt(g, q);
	size_t n = g->t[q].len;

	return g->t[q].kind == TOK_WORD && ((n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') ||
					    (n > 4 && !memcmp(w + n - 4, "\xe2\x80\x99s", 4)));
}

/* The first country, unless a possessive one follows: "the U.S.
 * Agriculture Department forecast Australia's wheat crop at" is
 * Australia's figure. */
/* The country ending at q names an agency, the source of a figure rather
 * than its economy: "The U.S. Agriculture Department forecast the Soviet
 * 1986/87 wheat crop at", "the U.S. Embassy's report". */
static int agency_country(const struct gram *g, size_t q, size_t s)
{
	static const enum lex_word agency[] = { W_AGRICULTURE, W_COMMERCE, W_TREASURY, W_CENSUS,
						W_EMBASSY, W_DEPARTMENT };

	return gram_in(g, q + 1, s) && g->t[q + 1].kind == TOK_WORD && *txt(g, q + 1) >= 'A' &&
	       *txt(g, q + 1) <= 'Z' && WORD_AMONG(g, q + 1, agency);
}

const char *subject_country_before(const struct gram *g, size_t s, size_t t)
{
	const char *first = NULL;
	int source = 0;

	for (size_t q = win_lo(g, s, t) > context_body(g, s) ? win_lo(g, s, t) : context_body(g, s);
	     q < t && q < g->s[s].t1; q++) {
		const char *c = subject_country_ending(g, q, s);

		if (!c || currency_country(g, q, s) || partner_marked(g, q, s))
			continue;
		/* the agency's country only told it: "forecast the Soviet
		 * 1986/87 wheat crop", "this year's USSR crop" (a country
		 * before a year, goods or a crop; not "Colombia has been") */
		if (first && (possessive(g, q) ||
			      (source && strcmp(c, first) && gram_in(g, q + 1, s) &&
			       (g->t[q + 1].kind == TOK_NUM ||
				tok_has(g, q + 1, CLS_COMMODITY | CLS_COMMODMOD) ||
				tok_is(g, q + 1, W_CROP) || tok_is(g, q + 1, W_HARVEST)))))
			return c;
		if (!first) {
			first = c;
			source = agency_country(g, q, s);
		}
	}
	return first;
}

/* The currency named at token i is the thing a sentence is about, not the
 * unit of a figure: "the dollar", "the Swiss franc", "sterling", "yen cash
 * bonds", "Eurodollar deposit rates" - never "5 billion Swiss francs", "1.3
 * billion N.Z. Dlrs", "in dollar terms" or "measured in dollars". Its ISO
 * code in *iso. */
/* units_currency() of token i from the classes lex.c stored: no second lookup. */
static enum unit_form currency_tok(const struct gram *g, size_t i, const char **iso)
{
	const struct lex_entry *e = tok_lex(g, i);
	uint64_t c = g->t[i].cls;

	*iso = NULL;
	if (c & (CLS_CURSIGN | CLS_CURCODE)) {
		*iso = e->cur;
		return c & CLS_CURSIGN ? UNIT_SIGN : UNIT_CODE;
	}
	if ((c & CLS_CURNAME) && e->cur_factor == 1) {
		*iso = e->cur;
		return UNIT_NAME;
	}
	return UNIT_NONE;
}

static int currency_subject(const struct gram *g, size_t i, size_t s, const char **iso)
{
	const char *w = txt(g, i);
	size_t n = g->t[i].len, b = i - 1;

	if (n > 5 && !strncasecmp(w, "euro", 4) && units_currency(w + 4, n - 4, iso) != UNIT_NONE)
		return 1;	/* "Eurodollar", "euromarks" */
	if (n < 3 || currency_tok(g, i, iso) == UNIT_NONE || word_s(g, i + 1, s, W_TERMS))
		return 0;
	/* back over "Swiss", "U.S.", "N.Z.", "Australian" */
	while (gram_in(g, b, s) && (tok_has(g, b, CLS_COUNTRY | CLS_CURADJ) || gram_punct(g, b, ".") ||
				    (g->t[b].kind == TOK_WORD && g->t[b].len == 1)))
		b--;
	if (!gram_in(g, b, s))
		return 1;	/* the sentence starts with it: "Sterling rose" */
	return g->t[b].kind == TOK_WORD && !tok_has(g, b, CLS_SCALE | CLS_NUMBER) &&
	       !word_s(g, b, s, W_IN);
}

int subject_market(const struct gram *g, size_t s, size_t t0, const char *unit)
{
	static const enum lex_word money_markets[] = { W_BOND, W_BONDS, W_CASH, W_DEPOSIT,
						       W_DEPOSITS, W_MARKET };
	size_t c0 = g->clause[context_body(g, s)], cf = g->clause[t0];

	/* the figure's clause and the sentence's first: its subject */
	for (size_t k = context_body(g, s); k < g->s[s].t1 && g->clause[k] <= cf; k++) {
		const char *iso;

		if (g->t[k].kind != TOK_WORD || (g->clause[k] != c0 && g->clause[k] != cf))
			continue;
		/* not a central bank's holdings: "gold and currency reserves",
		 * "liabilities in gold or foreign currency rose" */
		if (tok_is(g, k, W_FUTURES) ||
		    (tok_is(g, k, W_CURRENCY) && !word_s(g, k + 1, s, W_RESERVES) &&
		     !word_s(g, k - 1, s, W_FOREIGN)) ||
		    (tok_is(g, k, W_EXCHANGE) && word_s(g, k + 1, s, W_RATE)))
			return 1;
		/* a share index, not a price index */
		if (tok_is(g, k, W_INDEX) && !word_s(g, k - 1, s, W_PRICE) &&
		    !word_s(g, k - 1, s, W_PRICES) && !word_s(g, k - 1, s, W_CONSUMER) &&
		    !word_s(g, k - 1, s, W_WHOLESALE) && !word_s(g, k - 1, s, W_PRODUCER))
			return 1;
		/* a currency priced in another, or its change: not "to support
		 * the dollar ... 400 mln dlrs"; a market in one ("yen cash bonds
		 * ... 140,000 billion yen", "dollar deposits") */
		if (currency_subject(g, k, s, &iso) &&
		    (strcmp(iso, unit) || WORD_AMONG(g, k + 1, money_markets)))
			return 1;
	}
	return 0;
}

int subject_world(const struct gram *g, size_t s, size_t t)
{
	for (size_t q = context_body(g, s); q + 1 < t && q < g->s[s].t1; q++)
		if (tok_is(g, q, W_WORLD) && g->t[q + 1].kind == TOK_WORD &&
		    (*txt(g, q) == 'w' || q == context_body(g, s)) &&	/* not "World Trade Forecast" */
		    !tok_is(g, q + 1, W_BANK) && !tok_is(g, q + 1, W_AND) &&
		    !tok_is(g, q + 1, W_PRICE) && !tok_is(g, q + 1, W_PRICES))
			return 1;
	return 0;
}

/* A share "of world commerce", "of the world's output", "of total world
 * exports" measures the world, not an economy; nor is a share with no flow
 * in a sentence about a trade flow known to be one (branch subject7). */
int subject_share_world(const struct gram *g, size_t s, size_t t1)
{
	size_t k = t1;

	/* a sentence that names a trade flow the share was not given ("after
	 * Beijing banned seafood imports ..., where nearly 70 percent of
	 * Russia's seafood is caught"): whose it is, is not known */
	for (size_t q = context_body(g, s); q < g->s[s].t1; q++)
		if (g->t[q].kind == TOK_WORD && tok_has(g, q, CLS_FLOWIMP | CLS_FLOWEXP))
			return 1;
	if (!word_s(g, k, s, W_OF))
		return 0;
	for (k++; k < t1 + 4 && gram_in(g, k, s) && !tok_is(g, k, W_WORLD); k++)
		if (!tok_is(g, k, W_THE) && !tok_is(g, k, W_TOTAL))
			return 0;
	return word_s(g, k, s, W_WORLD) && !tok_is(g, k + 1, W_BANK);
}

const char *subject_doc_country(const struct gram *g)
{
	struct {
		const char *code;
		size_t n;
	} seen[32];
	size_t ns = 0, best = 0;

	for (size_t i = 0; i < g->nt; i++) {
		const struct token *t = &g->t[i];
		const char *c;
		size_t k;

		/* "U.S.", "U.K." and "United States" count too, not as a
		 * currency's ("U.S. dlrs"): a story from a dateline the table
		 * does not know ("TAUPO, New Zealand - ... U.S. Trade
		 * Representative") is about the country it names most (subject7).
		 * The common token costs one or two compares. */
		if (t->kind == TOK_WORD) {
			if (t->cls & CLS_COUNTRY) {
				if (t->len < 2 || *txt(g, i) < 'A' || *txt(g, i) > 'Z')
					continue;
				c = tok_country(g, i);
			} else if ((t->lex != W_STATES && t->lex != W_KINGDOM) ||
				   !(c = subject_country_ending(g, i, g->sent[i])) ||
				   currency_country(g, i, g->sent[i])) {
				continue;
			}
		} else if (t->len != 1 || i < 3 || g->t[i - 1].len != 1 ||
			   g->d->buf[t->off] != '.' || t->kind != TOK_PUNCT ||
			   !(c = subject_country_ending(g, i, g->sent[i])) ||
			   currency_country(g, i, g->sent[i])) {
			continue;
		}
		for (k = 0; k < ns && strcmp(seen[k].code, c); k++)
			;
		if (k == ns) {
			if (ns == ARRAY_SIZE(seen))
				continue;
			seen[ns].code = c;
			seen[ns++].n = 0;
		}
		seen[k].n++;
	}
	for (size_t k = 1; k < ns; k++)
		if (seen[k].n > seen[best].n)
			best = k;
	return ns ? seen[best].code : NULL;
}

/* ---- a currency's price (branch subject4) ------------------------------ */

/* Sentence s names a currency as a subject ("The dollar fell", "when the
 * currency fell to", "Siew said the Taiwan dollar had risen"): 1. */
static int currency_in(const struct gram *g, size_t s)
{
	const char *iso;

	for (size_t k = context_body(g, s); k < g->s[s].t1; k++)
		if (g->t[k].kind == TOK_WORD &&
		    (currency_subject(g, k, s, &iso) ||
		     (tok_is(g, k, W_CURRENCY) && word_s(g, k - 1, s, W_THE))))
			return 1;
	return 0;
}

/* The currency at k is another economy's than the figure's unit: another
 * code, or one a country names that is not the unit's ("the Australian
 * dollar ... 0.6900 U.S. dlrs"). */
static int other_currency(const struct gram *g, size_t k, size_t s, const char *iso,
			  const char *unit)
{
	const char *c;

	if (strcmp(iso, unit))
		return 1;
	if (!gram_in(g, k - 1, s) || g->t[k - 1].kind != TOK_WORD ||
	    !tok_has(g, k - 1, CLS_COUNTRY | CLS_CURADJ))
		return 0;
	c = tok_country(g, k - 1);
	return !c || strncmp(c, unit, 2);
}

int subject_fx_quote(const struct gram *g, size_t s, size_t t0, size_t t1, const char *unit)
{
	const char *iso = NULL;
	size_t q = context_body(g, s), j;
	int own = 0;

	for (size_t k = t0; k < t1; k++) {
		if (g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_SCALE))
			return 0;	/* "400 mln dlrs to support the dollar": an amount */
		if (g->t[k].kind == TOK_WORD && currency_tok(g, k, &iso) != UNIT_NONE)
			own = 1;
	}
	/* "145 yen to the dollar", "four cents against the U.S. dollar" */
	j = t1 + 1 + word_s(g, t1 + 1, s, W_THE);
	while (gram_in(g, j, s) && j < t1 + 6 &&
	       ((g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_COUNTRY | CLS_CURADJ) &&
		 currency_tok(g, j, &iso) == UNIT_NONE) || gram_punct(g, j, ".") ||
		(g->t[j].kind == TOK_WORD && g->t[j].len == 1)))
		j++;
	if ((word_s(g, t1, s, W_TO) || word_s(g, t1, s, W_AGAINST) || word_s(g, t1, s, W_PER)) &&
	    gram_in(g, j, s) && g->t[j].kind == TOK_WORD && currency_tok(g, j, &iso) != UNIT_NONE)
		return 1;
	/* the currency is the subject of the figure's clause or of the
	 * sentence's first: "the dollar fell to 145 yen", "the Bank fixed the
	 * won at 846.90" (a bare number: the quote's own currency); or a rate
	 * between two is: "the yen/dollar rate was 153.67 yen" */
	if (gram_in(g, q, s) && gram_in(g, t0, s))
		for (size_t k = q; k < t0; k++) {
			if (g->t[k].kind != TOK_WORD ||
			    (g->clause[k] != g->clause[q] && g->clause[k] != g->clause[t0]))
				continue;
			if (currency_subject(g, k, s, &iso) &&
			    (!own || other_currency(g, k, s, iso, unit)))
				return 1;
			if (tok_is(g, k, W_RATE) && gram_in(g, k - 3, s) &&
			    currency_tok(g, k - 1, &iso) != UNIT_NONE && gram_punct(g, k - 2, "/") &&
			    currency_tok(g, k - 3, &iso) != UNIT_NONE)
				return 1;
		}
	/* "It rose four cents to close at 34.59", "Following its fall to a
	 * record 148.40 yen": it is the currency a sentence before named, in
	 * the same paragraph, through a chain of "It" sentences */
	if (!g->par || !gram_in(g, q, s))
		return 0;
	/* "He has forecast a drop to about 125 yen", "But he warned of another
	 * dip to below 145 yen": an amount with no scale, of a currency, right
	 * after a sentence of its paragraph on a currency's moves */
	if (own && s > 0 && g->par[s - 1] == g->par[s] && currency_in(g, s - 1))
		return 1;
	for (size_t k = q; k < t0 && g->clause[k] == g->clause[q]; k++) {
		if (!tok_is(g, k, W_IT) && !tok_is(g, k, W_ITS))
			continue;
		for (size_t p = s; p > 0 && p + 3 > s && g->par[p - 1] == g->par[s]; p--) {
			if (currency_in(g, p - 1))
				return 1;
			if (!word_s(g, context_body(g, p - 1), p - 1, W_IT))
				break;
		}
		return 0;
	}
	return 0;
}

/* ---- what is owed or lent: no trade flow (branch subject6) ------------ */

/* Token k is a noun of what is owed or lent: "debt", "loans", "credits",
 * "debt servicing", "repayments". */
static int owed_word(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word owed[] = { W_DEBT, W_DEBTS, W_LOAN, W_LOANS, W_CREDIT,
					      W_CREDITS, W_SERVICING, W_REPAYMENTS };

	return gram_in(g, k, s) && WORD_AMONG(g, k, owed);
}

int subject_owed(const struct gram *g, size_t s, size_t h0, size_t t1)
{
	/* verbs and words between a debt and the amount it comes to */
	static const enum lex_word link[] = { W_OF, W_WAS, W_WERE, W_IS, W_ARE, W_AT, W_STOOD,
					      W_TOTALLED, W_TOTALED, W_AMOUNTED, W_TO, W_WILL,
					      W_COST, W_WOULD, W_FELL, W_ROSE };
	size_t k = h0;

	/* after it: "its 44.5 billion dlr foreign debt", "24 billion dlrs in
	 * debt servicing", "500 mln dlrs in new loans" */
	for (size_t j = t1, n = 0; n < 3 && gram_in(g, j, s) && g->t[j].kind == TOK_WORD; j++, n++) {
		if (owed_word(g, j, s))
			return 1;
		if (!tok_is(g, j, W_FOREIGN) && !tok_is(g, j, W_EXTERNAL) && !tok_is(g, j, W_IN) &&
		    !tok_is(g, j, W_NEW) && !tok_is(g, j, W_TOTAL))
			break;
	}
	/* before it: "an external debt of 984 mln dlrs", "an export credit of
	 * 250 mln dlrs", "Trade credits were 210 mln dlrs", "debt servicing
	 * will cost 204 mln dlrs"; not "loans to exporters rose 5 pct to" */
	for (int n = 0; n < 3 && gram_in(g, k - 1, s) && WORD_AMONG(g, k - 1, link); n++)
		k--;
	return k < h0 && owed_word(g, k - 1, s);
}

/* ---- a bilateral balance the sentence before named (branch subject4) --- */

const char *subject_balance_partner_before(const struct gram *g, size_t b, size_t s,
					   const char *rep)
{
	static const enum lex_word bal[] = { W_SURPLUS, W_DEFICIT, W_SURPLUSES, W_DEFICITS, W_GAP,
					     W_SHORTFALL, W_BALANCE };
	size_t p = s - 1, n;

	if (s == 0)
		return NULL;
	for (size_t k = 1; k <= 3 && gram_in(g, b - k, s); k++)
		if (tok_is(g, b - k, W_OVERALL) || tok_is(g, b - k, W_TOTAL))
			return NULL;
	for (size_t k = context_body(g, p); k < g->s[p].t1; k++)
		if (g->t[k].kind == TOK_NUM)
			return NULL;	/* a figure: subject_balance's balance_again() */
	for (size_t k = context_body(g, p); k + 2 < g->s[p].t1; k++) {
		const char *c;

		if (!WORD_AMONG(g, k, bal) || !word_s(g, k + 1, p, W_WITH))
			continue;
		c = subject_country_starting(g, k + 2 + word_s(g, k + 2, p, W_THE), p, &n);
		return c && (!rep || strcmp(c, rep)) ? c : NULL;
	}
	return NULL;
}

/* "export trade sources said", "import dealers", "export officials": the
 * flow noun at k qualifies people who speak (over "trade"), no flow. */
int subject_flow_speakers(const struct gram *g, size_t k)
{
	static const enum lex_word people[] = { W_SOURCES, W_TRADERS, W_DEALERS, W_OFFICIALS,
						W_ANALYSTS };
	size_t s = g->sent[k], j = k + 1;

	if (word_s(g, j, s, W_TRADE))
		j++;
	return gram_in(g, j, s) && WORD_AMONG(g, j, people);
}
