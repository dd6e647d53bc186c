/*
 * subject_balance.c - a trade surplus or deficit around a figure ("a trade
 * surplus of 7.2 billion dlrs with the United States": subject_balance())
 * and targets ("aims to raise exports to $200 billion": subject_target()).
 * Trade with two sides is subject_trade.c's.
 *
 * Input: the token array of gram.c and a figure's tokens [h0, t1).
 * Output: a struct subj with flow "trade", or a flag.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (every index is checked
 *     with gram_in()).
 *  2. A balance's partner is never its reporter; a partner named with
 *     "with" is a partner, never the subject.
 *  3. A balance of no trade flow (current account, invisibles, a budget)
 *     gives no flow; rep_inferred is 1 exactly when the reporter came from
 *     context.
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

#define BALANCE_REACH 12	/* "deficit narrowed to a seasonally adjusted ... 224 mln" */
#define BALANCE_AFTER 8	/* "170 billion dlr U . S . merchandise trade deficit" */
#define TARGET_REACH 8		/* "aims to raise exports to Russia to $200 billion" */

static const enum lex_word balance_words[] = { W_SURPLUS, W_DEFICIT, W_SURPLUSES, W_DEFICITS, W_BALANCE };
/* Balances that are not of trade in goods. */
static const enum lex_word not_goods[] = { W_ACCOUNT, W_PAYMENTS, W_INVISIBLES, W_INVISIBLE, W_SERVICES };
static const enum lex_word not_trade[] = { W_BUDGET, W_BUDGETARY, W_FISCAL, W_GOVERNMENT, W_FEDERAL, W_TREASURY, W_SPENDING, W_MARKET, W_LIQUIDITY,
					     W_MARKETS, W_SYSTEM };	/* "the deficit in the system" */
static const enum lex_word raise_words[] = { W_RAISE, W_BOOST, W_LIFT, W_DOUBLE, W_INCREASE, W_EXPAND, W_BRING, W_TAKE };
static const enum lex_word target_words[] = { W_AIMS, W_AIM, W_AIMING, W_AIMED, W_TARGET, W_TARGETS, W_TARGETED, W_TARGETING, W_GOAL };
/* Words between a balance's comma and its amount ("deficit, now running
 * at a record"). */
static const enum lex_word apposed[] = { W_AT, W_RUNNING, W_NOW, W_CURRENTLY, W_A, W_AN, W_RECORD,
					 W_ESTIMATED, W_WHICH, W_WAS, W_IS, W_STOOD, W_ALREADY, W_PUT };
/* Verbs of saying: what stands before them is who speaks. */
static const enum lex_word reporting[] = { W_SAID, W_SAYS, W_TOLD, W_REPORTED, W_ANNOUNCED };

/* Token k is a balance: "surplus", "deficit", or "gap" and "shortfall"
 * of trade ("the trade shortfall", "the gap with Korea", a gap in a
 * sentence that names trade or in the paragraph of a trade balance). */
static int balance_at(const struct gram *g, size_t k, size_t s)
{
	if (WORD_AMONG(g, k, balance_words))
		return 1;
	if (!(tok_is(g, k, W_GAP) || tok_is(g, k, W_SHORTFALL) || tok_is(g, k, W_GAPS)))
		return 0;
	if (word_s(g, k - 1, s, W_TRADE) || word_s(g, k + 1, s, W_WITH))
		return 1;
	/* "A $71.6 billion shortfall in goods and services trade", "the
	 * $66.9 billion gap now shown for August" in a sentence of trade */
	for (size_t j = win_lo(g, s, k); j < win_hi(g, s, k); j++)
		if (tok_is(g, j, W_TRADE))
			return 1;
	/* "Economists polled by Reuters had looked for a gap of $70.2
	 * billion" in the paragraph of a trade balance, at most two sentences
	 * on: that balance again (not "the gap between ...") */
	return g->bal_s != NO_SENT && g->bal_s < s && g->bal_s + 2 >= s && g->par &&
	       g->par[g->bal_s] == g->par[s] && !strcmp(g->bal.flow, "trade") &&
	       !word_s(g, k + 1, s, W_BETWEEN);
}

/* The goods of the balance word at b: "the merchandise trade deficit"
 * (goods, never "goods and services"), "surplus in trade of chemicals",
 * "a surplus in trade in goods". */
static void balance_goods(const struct gram *g, size_t b, size_t s, char out[static 24])
{
	for (size_t k = 1; k <= 3 && gram_in(g, b - k, s); k++)
		if ((tok_is(g, b - k, W_MERCHANDISE) || tok_is(g, b - k, W_GOODS) ||
		     tok_is(g, b - k, W_VISIBLE) || tok_is(g, b - k, W_VISIBLES)) &&
		    !word_s(g, b - k + 1, s, W_AND)) {
			set(out, 24, "goods");	/* "Britain's visible trade deficit" (flow4) */
			return;
		}
	for (size_t k = b + 1; k < b + 12 && gram_in(g, k, s); k++) {
		size_t j = k + 2;

		/* "a deficit in visible trade" (flow4) */
		if (tok_is(g, k, W_VISIBLE) && word_s(g, k + 1, s, W_TRADE)) {
			set(out, 24, "goods");
			return;
		}

		if (!tok_is(g, k, W_TRADE) || !(word_s(g, k + 1, s, W_IN) || word_s(g, k + 1, s, W_OF)))
			continue;
		if (word_s(g, j, s, W_GOODS) && !word_s(g, j + 1, s, W_AND))
			set(out, 24, "goods");
		else if (!subject_commodity(g, j, s, out) && goods_word(g, j, s))
			goods_name(g, j, j + 1, out);
		return;
	}
}

/* Token q names the money market: "the system", "liquidity", "the
 * market", "money markets" (not "Market forecasts"). */
static int money_market(const struct gram *g, size_t q, size_t s)
{
	return tok_is(g, q, W_SYSTEM) || tok_is(g, q, W_LIQUIDITY) ||
	       ((tok_is(g, q, W_MARKET) || tok_is(g, q, W_MARKETS)) &&
		(word_s(g, q - 1, s, W_THE) || word_s(g, q - 1, s, W_MONEY)));
}

/* The balance word at b says nothing of what it balances: its sentence
 * names no trade, merchandise, goods, exports or imports, and no account,
 * payments or services in the three words around it, no partner ("with
 * Japan"). */
static int bare_balance(const struct gram *g, size_t b, size_t s)
{
	static const enum lex_word kinds[] = { W_ACCOUNT, W_PAYMENTS, W_SERVICES, W_INVISIBLES,
					       W_INVISIBLE };

	for (size_t q = g->s[s].t0; q < g->s[s].t1; q++)
		if (tok_is(g, q, W_TRADE) || tok_is(g, q, W_MERCHANDISE) || tok_is(g, q, W_GOODS) ||
		    (g->t[q].kind == TOK_WORD && tok_has(g, q, CLS_FLOWIMP | CLS_FLOWEXP)))
			return 0;
	for (size_t k = 1; k <= 3; k++)
		if ((gram_in(g, b - k, s) && WORD_AMONG(g, b - k, kinds)) ||
		    (gram_in(g, b + k, s) && WORD_AMONG(g, b + k, kinds)))
			return 0;
	return !word_s(g, b + 1, s, W_WITH);
}

/* A budget's balance is named in sentence s before token b, or in the
 * sentence before s when that names no trade: "the budget deficit", "a
 * fiscal surplus" (flow4). A bare balance after it ("The 1987/88 budget
 * deficit is forecast ... This compares with the government's 1986/87
 * deficit figure of", "On the budget deficit, which tripled, ... an
 * approved target deficit of") is that budget's. */
static int budget_before(const struct gram *g, size_t s, size_t b)
{
	size_t q0 = g->s[s].t0;

	if (s > 0 && g->s[s - 1].t1 == g->s[s].t0) {
		for (size_t q = g->s[s - 1].t0; q < g->s[s - 1].t1 && q < g->s[s - 1].t0 + 60; q++)
			if (tok_is(g, q, W_TRADE) || tok_is(g, q, W_MERCHANDISE))
				return 0;
		q0 = g->s[s - 1].t0;
	}
	for (size_t q = q0; q + 1 < b; q++)
		if ((tok_is(g, q, W_BUDGET) || tok_is(g, q, W_FISCAL)) &&
		    WORD_AMONG(g, q + 1, balance_words))
			return 1;
	return 0;
}

#define BUDGET_REACH 150	/* tokens back a bare balance looks for what it is of */

/* A bare balance ("slashing the deficit", "a huge deficit ... that year")
 * in a sentence that names no trade is of what the story last named before
 * it: a budget ("the budget", "fiscal", "budgetary") when that comes nearer
 * than any word of trade ("trade", "merchandise", an import or export
 * word), at most BUDGET_REACH tokens back. */
static int budget_nearer(const struct gram *g, size_t b)
{
	for (size_t k = 1; k <= BUDGET_REACH && b >= k; k++) {
		size_t q = b - k;

		if (g->t[q].kind != TOK_WORD)
			continue;
		if (tok_is(g, q, W_TRADE) || tok_is(g, q, W_MERCHANDISE) ||
		    tok_has(g, q, CLS_FLOWIMP | CLS_FLOWEXP))
			return 0;
		if (tok_is(g, q, W_BUDGET) || tok_is(g, q, W_BUDGETARY) || tok_is(g, q, W_FISCAL))
			return 1;
	}
	return 0;
}

/* Token q is the noun of a central bank's operations in the money
 * market: "assistance", or "help" after "total", "its", "the" or a
 * possessive ("the Bank's total help"), not the verb ("will help reduce
 * the trade surplus"). */
static int money_help(const struct gram *g, size_t q)
{
	static const enum lex_word det[] = { W_TOTAL, W_ITS, W_THE, W_THEIR, W_FURTHER };
	size_t n;

	if (tok_is(g, q, W_ASSISTANCE))
		return 1;
	if (!tok_is(g, q, W_HELP) || q == 0 || g->t[q - 1].kind != TOK_WORD)
		return 0;
	n = g->t[q - 1].len;
	return WORD_AMONG(g, q - 1, det) ||
	       (n > 2 && txt(g, q - 1)[n - 2] == '\'' && txt(g, q - 1)[n - 1] == 's');
}

/* A central bank's operations in the money market are named in sentence
 * s before token b ("This brings the Bank's total help so far today to
 * 945 mln stg and compares with its revised forecast of a one billion stg
 * deficit", "late assistance of"), or in the sentence before, or a money
 * market is: a bare deficit there is the market's shortage, no trade. */
static int money_help_before(const struct gram *g, size_t s, size_t b)
{
	for (size_t q = g->s[s].t0; q < b; q++)
		if (money_help(g, q))
			return 1;
	if (s == 0 || g->s[s - 1].t1 != g->s[s].t0)
		return 0;
	for (size_t q = g->s[s - 1].t0 + 1; q < g->s[s - 1].t1 && q < g->s[s - 1].t0 + 60; q++)
		if ((tok_is(g, q, W_MARKET) && tok_is(g, q - 1, W_MONEY)) || money_help(g, q))
			return 1;
	return 0;
}

/* The sentence before s names a current account or balance of payments
 * and no trade ("Italy's overall balance of payments showed a deficit of
 * 3,211 billion lire"): a bare "deficit" after it is that balance's. Reads
 * at most 60 tokens of it. */
static int payments_before(const struct gram *g, size_t s)
{
	int bop = 0;

	if (s == 0 || g->s[s - 1].t1 != g->s[s].t0)
		return 0;
	for (size_t q = g->s[s - 1].t0; q < g->s[s - 1].t1 && q < g->s[s - 1].t0 + 60; q++) {
		if (tok_is(g, q, W_TRADE) || tok_is(g, q, W_MERCHANDISE))
			return 0;
		if ((tok_is(g, q, W_ACCOUNT) || tok_is(g, q, W_PAYMENTS)) && q > g->s[s - 1].t0)
			bop = 1;
	}
	return bop;
}

/* A balance named before a relative clause that holds the figure at h0:
 * "its trade surplus, which hit a record 83 billion dlrs", "the trade
 * deficit with the island, which rose to 2.35 billion". The balance word's
 * token, or NO_SENT. */
static size_t balance_which(const struct gram *g, size_t h0, size_t s)
{
	size_t w = NO_SENT;

	/* "which" at most a few words before the figure, no number between */
	for (size_t k = 1; k <= 6 && gram_in(g, h0 - k, s); k++) {
		if (g->t[h0 - k].kind == TOK_NUM || gram_punct(g, h0 - k, ","))
			return NO_SENT;
		if (tok_is(g, h0 - k, W_WHICH)) {
			w = h0 - k;
			break;
		}
	}
	if (w == NO_SENT || !gram_punct(g, w - 1, ",") || !gram_in(g, w - 1, s))
		return NO_SENT;
	/* the noun phrase before the comma: "... surplus [with the U.S.],",
	 * "the trade gap with Korea," (a gap or shortfall of trade, as
	 * balance_at() has them everywhere else) */
	for (size_t k = 2; k <= 7 && gram_in(g, w - k, s); k++) {
		size_t q = w - k;

		if (balance_at(g, q, s))
			return q;
		if (!(g->t[q].kind == TOK_WORD || gram_punct(g, q, ".")))
			return NO_SENT;
	}
	return NO_SENT;
}

/* "the gaps with the European Union, $18.7 billion, and with Mexico, $16.2
 * billion": a balance "with" a country, its amount set off by a comma
 * right before the figure at h0, the list going on with ", and with"
 * after an earlier item's amount. The balance word, its partner (the
 * country of h0's own item) in *par; or NO_SENT. */
static size_t balance_apposed(const struct gram *g, size_t h0, size_t s, const char **par)
{
	size_t q = h0 - 1, w, j, n;
	const char *c;

	*par = NULL;
	for (int item = 0; item < 4; item++) {
		if (!gram_punct(g, q, ",") || !gram_in(g, q, s))
			return NO_SENT;
		for (w = q - 1; gram_in(g, w, s) && w + 6 > q && !tok_is(g, w, W_WITH); w--)
			;
		if (!gram_in(g, w, s) || !tok_is(g, w, W_WITH))
			return NO_SENT;
		j = w + 1 + word_s(g, w + 1, s, W_THE);
		if (!(c = country_starting(g, j, s, &n)) || j + n != q)
			return NO_SENT;
		if (!*par)
			*par = c;
		if (gram_in(g, w - 1, s) && balance_at(g, w - 1, s))
			return w - 1;
		/* ", and with": the earlier item's amount before it */
		q = w - 1 - word_s(g, w - 1, s, W_AND);
		if (!gram_punct(g, q, ",") || !gram_in(g, q, s))
			return NO_SENT;
		for (q--; gram_in(g, q, s) && (g->t[q].kind == TOK_NUM ||
					      tok_has(g, q, CLS_SCALE | CLS_CURSIGN | CLS_CURNAME |
								CLS_CURCODE)); q--)
			;
	}
	return NO_SENT;
}

/* "the island", "the kingdom", "the republic" at j (after "the"): the
 * country of the story's dateline or agency ("Washington wants to cut its
 * trade deficit with the island" in a Taipei story), or NULL. */
static int home_word(const struct gram *g, size_t j, size_t s)
{
	return word_s(g, j - 1, s, W_THE) && gram_in(g, j, s) &&
	       (tok_is(g, j, W_ISLAND) || tok_is(g, j, W_KINGDOM) || tok_is(g, j, W_REPUBLIC));
}

static const char *home_country(const struct gram *g, size_t j, size_t s)
{
	const char *c = g->place ? g->place[s] : NULL;	/* not the country named most */

	return home_word(g, j, s) && c && strcmp(c, "EU") ? c : NULL;
}

/* The balance at b names the bilateral balance of the sentence before
 * again: it opens its sentence bare ("The surplus", "The trade deficit",
 * "This gap"; no country, no "overall"), and the last balance of the story
 * stood in the sentence before or earlier in the paragraph with one
 * partner country. The caller has found no country in the sentence. */
static int balance_again(const struct gram *g, size_t b, size_t s)
{
	static const enum lex_word det[] = { W_THE, W_THIS, W_THAT };
	size_t q = context_body(g, s);

	if (g->bal_s == NO_SENT || g->bal_s >= s || !g->bal.flow[0] || !g->bal.partner[0] ||
	    !strcmp(g->bal.partner, "WORLD") || !g->par ||
	    (g->bal_s + 1 != s && g->par[g->bal_s] != g->par[s]))
		return 0;
	if (!gram_in(g, q, s) || !WORD_AMONG(g, q, det))
		return 0;
	for (q++; q < b && (tok_is(g, q, W_TRADE) || tok_is(g, q, W_MERCHANDISE) ||
			    tok_is(g, q, W_BILATERAL)); q++)
		;
	return q == b && (tok_is(g, b, W_SURPLUS) || tok_is(g, b, W_DEFICIT) ||
			  tok_is(g, b, W_GAP) || tok_is(g, b, W_SHORTFALL));
}

/* The figure at h0 is what "It" opening its sentence did, right after a
 * sentence whose last figure of trade was a balance: "It widened to 3.61
 * billion", "It was 10.2 billion in 1985" ("It", then a verb of change or
 * of a level, the figure within a few words, in the first clause). */
static int balance_it(const struct gram *g, size_t h0, size_t s)
{
	size_t q = context_body(g, s);

	if (g->bal_s == NO_SENT || g->bal_s + 1 != s || !g->bal.flow[0] || !g->par ||
	    g->par[g->bal_s] != g->par[s] || !word_s(g, q, s, W_IT) || h0 > q + 6 ||
	    g->clause[h0] != g->clause[q])
		return 0;
	q++;
	if (word_s(g, q, s, W_HAS) || word_s(g, q, s, W_HAD))
		q += 1 + word_s(g, q + 1, s, W_BEEN);
	return gram_in(g, q, s) && g->t[q].kind == TOK_WORD &&
	       (tok_has(g, q, CLS_UP | CLS_DOWN) || WORD_AMONG(g, q, level_verbs));
}

int subject_balance(const struct gram *g, size_t h0, size_t t1, const struct subj *su,
		    struct subj *out)
{
	size_t s = g->sent[h0], b = NO_SENT, n;
	const char *rep = NULL, *par, *item_par = NULL;
	int services = 0;

	memset(out, 0, sizeof(*out));
	if (gram_in(g, t1, s) && balance_at(g, t1, s))
		b = t1;	/* "a 600 mln surplus" */
	else if (gram_punct(g, h0 - 1, "-") && gram_in(g, h0 - 2, s) &&
		 balance_at(g, h0 - 2, s))
		b = h0 - 2;	/* "a trade surplus - 4.5 billion dlrs" */
	else if ((gram_punct(g, h0 - 1, "--") || gram_punct(g, h0 - 1, "\xe2\x80\x94")) &&
		 gram_in(g, h0 - 2, s) && balance_at(g, h0 - 2, s))
		b = h0 - 2;	/* "Japan's trade surplus -- 92.7 billion dlrs last year --" */
	else if (gram_punct(g, h0 - 1, "-") && gram_punct(g, h0 - 2, "-") && gram_in(g, h0 - 3, s) &&
		 balance_at(g, h0 - 3, s))
		b = h0 - 3;
	/* "the 15.1 billion dlr trade deficit", "a 7.2 billion dlr U.S. surplus",
	 * "the 170 billion dlr U.S. merchandise trade deficit" */
	for (size_t k = t1; b == NO_SENT && k < t1 + BALANCE_AFTER && gram_in(g, k, s); k++) {
		if (balance_at(g, k, s)) {
			b = k;
			break;
		}
		if (!(g->t[k].kind == TOK_WORD && (tok_is(g, k, W_TRADE) ||
						    tok_has(g, k, CLS_COUNTRY | CLS_MONTH) ||
						    tok_is(g, k, W_U) || tok_is(g, k, W_S) ||
						    tok_is(g, k, W_ANNUAL) || tok_is(g, k, W_MONTHLY) ||
						    tok_is(g, k, W_RECORD) ||
						    tok_is(g, k, W_CURRENT) || tok_is(g, k, W_ACCOUNT) ||
						    tok_is(g, k, W_MERCHANDISE) || tok_is(g, k, W_GOODS))) &&
		    !gram_punct(g, k, "."))
			break;
	}
	for (size_t k = 1; b == NO_SENT && k <= BALANCE_REACH && gram_in(g, h0 - k, s) &&
			   g->clause[h0 - k] == g->clause[h0]; k++)
		if (tok_is(g, h0 - k, W_GAP) && word_s(g, h0 - k - 1, s, W_TRADE))
			b = h0 - k;	/* "TRADE GAP WIDENS TO" */
	for (size_t k = 1, c = g->clause[h0]; b == NO_SENT && k <= BALANCE_REACH &&
			   gram_in(g, h0 - k, s); k++) {
		/* "from $43.6 billion in July (revised) to $42.4 billion": an
		 * aside in brackets does not end the phrase */
		if (g->clause[h0 - k] != c && gram_punct(g, h0 - k, ")"))
			for (size_t q = h0 - k - 1; gram_in(g, q, s) && q + 6 > h0 - k; q--)
				if (gram_punct(g, q, "(")) {
					k = h0 - q + 1;
					c = gram_in(g, q - 1, s) ? g->clause[q - 1] : c;
					break;
				}
		if (!gram_in(g, h0 - k, s) || g->clause[h0 - k] != c)
			break;
		if (balance_at(g, h0 - k, s))
			b = h0 - k;
	}
	/* "its trade deficit, running at a record 169.8 billion dlrs",
	 * "France's trade shortfall, at 7.6 billion francs", "the surplus,
	 * which was 2.1 billion": a balance and its amount in apposition */
	for (size_t k = 1; b == NO_SENT && k <= 7 && gram_in(g, h0 - k - 1, s); k++) {
		size_t q = h0 - k;

		if (gram_punct(g, q, ",")) {
			if (balance_at(g, q - 1, s))
				b = q - 1;
			break;
		}
		if (!WORD_AMONG(g, q, apposed))
			break;
	}
	/* "Taiwan's trade surplus with the U.S. widened in the first two
	 * months to": its partner's words do not count */
	for (size_t k = BALANCE_REACH + 1; b == NO_SENT && k <= BALANCE_REACH + 6 &&
			   gram_in(g, h0 - k, s) && g->clause[h0 - k] == g->clause[h0]; k++)
		if (balance_at(g, h0 - k, s) && word_s(g, h0 - k + 1, s, W_WITH) &&
		    country_starting(g, h0 - k + 2 + word_s(g, h0 - k + 2, s, W_THE), s, &n))
			b = h0 - k;
	if (b == NO_SENT)
		b = balance_which(g, h0, s);
	if (b == NO_SENT)
		b = balance_apposed(g, h0, s, &item_par);
	if (b == NO_SENT) {
		/* "deficits with three partners -- South Korea 7.1 billion dlrs" */
		int bal = 0;

		if (subject_list_row(g, h0, s, out, &bal) && bal)
			return 1;
		memset(out, 0, sizeof(*out));
	}
	if (b == NO_SENT && balance_it(g, h0, s)) {
		/* "It widened to 3.61 billion": the balance just named */
		*out = g->bal;
		out->rep_inferred = out->flow_inferred = 1;
		out->par_inferred = out->partner[0] != '\0';
		return 1;
	}
	if (b == NO_SENT)
		return 0;
	/* "the services surplus", "the services trade deficit", "a surplus on
	 * services": trade in services (not "goods and services") */
	n = tok_is(g, b - 1, W_TRADE) ? 2 : 1;
	if ((word_s(g, b - n, s, W_SERVICES) && !word_s(g, b - n - 1, s, W_AND)) ||
	    ((word_s(g, b + 1, s, W_ON) || word_s(g, b + 1, s, W_IN)) &&
	     word_s(g, b + 2, s, W_SERVICES) && !word_s(g, b + 3, s, W_AND)))
		services = 1;
	/* "a 2,000 billion yen surplus resulting from government payment of
	 * fiscal funds", "the deficit on invisibles": what follows says too. */
	for (size_t k = b + 1; !services && k <= b + 6 && gram_in(g, k, s); k++) {
		if (WORD_AMONG(g, k, not_trade))
			return 0;
		if (WORD_AMONG(g, k, not_goods) &&
		    !(tok_is(g, k, W_SERVICES) && word_s(g, k - 1, s, W_AND) &&
		      word_s(g, k - 2, s, W_GOODS)))	/* "in goods and services trade" */
			return 1;
	}
	for (size_t k = 1; k <= 2 * BALANCE_REACH && gram_in(g, b - k, s); k++) {
		/* "The government said the trade deficit was": who says is
		 * not what the balance is of */
		if (WORD_AMONG(g, b - k, reporting) ||
		    (tok_is(g, b - k, W_THAT) && !word_s(g, b - k - 1, s, W_OF)))
			break;
		/* "the federal budget deficit", not "The federal government
		 * reported today that the monthly surplus" nor "Treasury
		 * Secretary Baker expected the trade deficit": a source's words
		 * count in the balance's last words only; a budget's, its
		 * spending's or a money market's anywhere before */
		if (WORD_AMONG(g, b - k, not_trade) &&
		    (k <= 3 || tok_is(g, b - k, W_BUDGET) || tok_is(g, b - k, W_FISCAL) ||
		     tok_is(g, b - k, W_SPENDING) || money_market(g, b - k, s)))
			return 0;
		/* "the goods and services deficit" is trade's */
		if (WORD_AMONG(g, b - k, not_goods) && !(services && k <= n) &&
		    !(tok_is(g, b - k, W_SERVICES) && word_s(g, b - k - 1, s, W_AND) &&
		      word_s(g, b - k - 2, s, W_GOODS)))
			return 1;	/* a balance, but of no trade flow */
		if (!rep && k <= 4)
			rep = subject_country_ending(g, b - k, s);
	}
	if (bare_balance(g, b, s) && (payments_before(g, s) || qualify_payments_only(g)))
		return 1;	/* "The May deficit compares with ..." after a current account */
	if (bare_balance(g, b, s) && (budget_before(g, s, b) || budget_nearer(g, b) ||
					     money_help_before(g, s, b)))
		return 0;	/* a budget's or a money market's, no trade balance */
	set(out->flow, sizeof(out->flow), "trade");
	/* "Japan's bilateral trade surplus": there is one partner, named
	 * elsewhere if at all - never all of them (WORLD) */
	for (size_t k = 1; k <= 3 && gram_in(g, b - k, s); k++)
		if (tok_is(g, b - k, W_BILATERAL))
			out->par_open = 1;
	if (services)
		set(out->commodity, sizeof(out->commodity), "services");
	else
		balance_goods(g, b, s, out->commodity);
	if (word_s(g, b + 1, s, W_WITH)) {	/* "a trade surplus with Japan" */
		size_t j = b + 2 + word_s(g, b + 2, s, W_THE);
		int world;

		if ((par = country_starting(g, j, s, &n)) || (par = home_country(g, j, s)))
			set(out->partner, sizeof(out->partner), par);
		else if (home_word(g, j, s))
			out->par_open = 1;	/* an island, but which is not known */
		else if (open_partner(g, j - word_s(g, b + 2, s, W_THE), s, &world) && !world)
			out->par_open = 1;
	} else if (b < h0) {
		/* "a trade surplus of 7.2 billion dlrs with the United States",
		 * "a surplus of 1.09 billion dlrs last year with the EC" */
		for (size_t q = t1; q < t1 + 5 && gram_in(g, q, s) && g->clause[q] == g->clause[t1 - 1];
		     q++) {
			size_t j = q + 1 + word_s(g, q + 1, s, W_THE);

			if (!tok_is(g, q, W_WITH))
				continue;
			if ((par = country_starting(g, j, s, &n)))
				set(out->partner, sizeof(out->partner), par);
			break;
		}
	}
	if (item_par)	/* "..., and with Mexico, $16.2 billion": its own item's */
		set(out->partner, sizeof(out->partner), item_par);
	if (!rep && su->reporter[0] && strcmp(su->reporter, out->partner)) {
		rep = su->reporter;
		out->rep_inferred = su->rep_inferred;	/* stated only if it was */
	}
	for (size_t q = context_body(g, s); !rep && q < g->s[s].t1; q++) {
		const char *c = currency_country(g, q, s) ? NULL : subject_country_ending(g, q, s);

		/* never a partner of another balance ("and its shortfall with
		 * Japan") */
		if (c && strcmp(c, out->partner) && !partner_marked(g, q, s))
			rep = c;
	}
	if (!rep && !out->partner[0] && !out->par_open && balance_again(g, b, s)) {
		/* "Taiwan's surplus with the U.S. rose to ... The surplus widened
		 * to": the same bilateral balance, its sides from before */
		set(out->partner, sizeof(out->partner), g->bal.partner);
		rep = g->bal.reporter;
		out->rep_inferred = out->par_inferred = 1;
		if (!out->commodity[0])
			set(out->commodity, sizeof(out->commodity), g->bal.commodity);
	}
	if (!rep && g->doc_country && strcmp(g->doc_country, out->partner)) {
		rep = g->doc_country;
		out->rep_inferred = 1;
	}
	if (!out->partner[0] && !out->par_open &&
	    (par = subject_balance_partner_before(g, b, s, rep)) != NULL) {
		set(out->partner, sizeof(out->partner), par);
		out->par_inferred = 1;
	}
	if (rep)
		set(out->reporter, sizeof(out->reporter), rep);
	return 1;
}

int subject_target(const struct gram *g, size_t h0, size_t t1)
{
	size_t s = g->sent[h0];

	for (size_t k = t1; k <= t1 + 1 && gram_in(g, k, s); k++)
		if (tok_is(g, k, W_TARGET) || tok_is(g, k, W_GOAL))
			return 1;	/* "a 5 pct target", "a 5 pct growth target" */
	for (size_t k = 1; k <= TARGET_REACH && gram_in(g, h0 - k, s); k++)
		if (WORD_AMONG(g, h0 - k, target_words))
			return 1;
	/* "agreed to raise bilateral trade to $40 billion by 2030" */
	if (word_s(g, h0 - 1, s, W_TO))
		for (size_t k = 2; k <= TARGET_REACH && gram_in(g, h0 - k, s); k++)
			if (WORD_AMONG(g, h0 - k, raise_words) && word_s(g, h0 - k - 1, s, W_TO))
				return 1;
	return 0;
}
