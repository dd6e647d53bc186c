/*
 * frame_cues.c - the questions frame_fill() asks of a figure's sentence to
 * decide its measure and subject: a stock held (reserves), a limit or
 * requirement, a balance named before it or a list of balances going on,
 * what a figure "accounts for", a capacity, a change stated with a gap,
 * listed, "added to" or "left", a rate "at", and the subject of the part
 * of the sentence where the figure stands.
 *
 * Input: the token array, one figure, its sentence (and for some its
 * claim or subject). Output: a truth value, a token, or a subject.
 *
 * Invariants:
 *  1. Pure: every function reads g (and f, cl, su) and writes nothing
 *     but its out parameter (frame_balance_subject_before()).
 *  2. Only f's sentence is read (gram_in() bounds each index), and within
 *     it mostly f's clause, as frame.c's invariant 1 says.
 *  3. Each call costs a bounded number of token reads.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

/* A stock, not a flow: "boosted foreign exchange reserves to 50 billion
 * dlrs", "reserves of 50 billion": money held, which a balance or trade
 * subject earlier in the sentence ("The surplus has boosted ...") is not. */
int frame_reserves_figure(const struct gram *g, const struct fig *f, size_t s)
{
	size_t i = f->h0 - 1;

	if (word_s(g, i, s, W_TO) || word_s(g, i, s, W_OF) || word_s(g, i, s, W_AT) ||
	    word_s(g, i, s, W_WERE))
		i--;
	return word_s(g, i, s, W_RESERVES) || word_s(g, f->t1, s, W_RESERVES);
}

/* A word of class target (a limit, a plan, an aim) governs f: at most six
 * words before it in its clause ("limited to 0.5 pct", "a maximum of 7.5
 * pct of", "plans last year to sell one mln tonnes"). */
int frame_limit_before(const struct gram *g, const struct fig *f, size_t s)
{
	size_t c = g->clause[f->h0];

	for (size_t k = f->h0 - 1, n = 0; n < 6 && gram_in(g, k, s) && g->clause[k] == c; k--, n++)
		if (tok_has(g, k, CLS_TARGET))
			return 1;
	return 0;
}

/*
 * A word of compulsion, aim or demand governs f: "would force a 10 pct
 * annual cut in imports", "an accord guarantees sales to Spain of two mln
 * tonnes", "would seek to force Japan ... to slash their
 * surplus by 10 pct a year", "an accord calling for a 50 pct rise", "would
 * work to achieve a total of 2.5 billion roubles", "targetting a fall in
 * the surplus to 8.0 billion", at most twelve words before f in its clause
 * ("call" only with "for" after it: "called for", not "called"); or
 * "sought", "demanded", "required" right after f ("the 25 pct sought by
 * New Delhi", an earlier value too); not a figure that sizes a balance or
 * flow named right after it ("to cut its 50 billion dlr trade surplus by").
 * What is required, sought or aimed at is a target, not what
 * will be. Not "seeking to invest", "stabilize" (what firms or prices do).
 */
/* The balance noun of "in surplus", "in deficit" ends its phrase at k: the
 * sentence ends or goes on with a comma or a preposition ("1.4 billion
 * dlrs in surplus in the first quarter"), not with a noun it qualifies
 * ("800 billion yen in deficit financing bills"). */
int frame_balance_phrase_ends(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word next[] = { W_IN, W_WITH, W_FOR, W_ON, W_DURING, W_COMPARED,
		W_AGAINST, W_FROM, W_LAST, W_THIS, W_AND, W_VERSUS, W_AFTER, W_BY };

	return !gram_in(g, k, s) || g->t[k].kind != TOK_WORD || WORD_AMONG(g, k, next);
}

/* "force Japan to cut its 50 billion dlr trade surplus by 10 pct": f sizes
 * the balance or flow named right after it (past "trade" and a country),
 * what is now, not what is required. */
int frame_sizes_named(const struct gram *g, const struct fig *f, size_t s)
{
	for (size_t k = f->t1; k < f->t1 + 3 && gram_in(g, k, s); k++) {
		if (tok_has(g, k, CLS_BALANCE | CLS_FLOWIMP | CLS_FLOWEXP))
			return 1;
		if (!tok_is(g, k, W_TRADE) && !tok_has(g, k, CLS_COUNTRY))
			break;
	}
	return 0;
}

int frame_required_before(const struct gram *g, const struct fig *f, size_t s, int prior)
{
	static const enum lex_word verbs[] = { W_FORCE, W_FORCES, W_FORCING, W_MANDATE,
		W_MANDATES, W_MANDATING, W_REQUIRE, W_REQUIRES, W_REQUIRING, W_REQUIRED, W_SOUGHT,
		W_PLEDGE, W_PLEDGES, W_PLEDGED, W_PLEDGING, W_ACHIEVE, W_TARGETTING, W_TARGETTED };
	static const enum lex_word call[] = { W_CALL, W_CALLS, W_CALLING, W_CALLED };
	static const enum lex_word after[] = { W_SOUGHT, W_DEMANDED, W_REQUIRED };
	size_t c = g->clause[f->h0];

	if (gram_in(g, f->t1, s) && WORD_AMONG(g, f->t1, after))
		return 1;	/* an earlier value too: "against the 25 pct sought by" */
	if (prior || frame_sizes_named(g, f, s))
		return 0;
	for (size_t k = f->h0 - 1, n = 0; n < 12 && gram_in(g, k, s) && g->clause[k] == c;
	     k--, n++) {
		if (WORD_AMONG(g, k, verbs))
			return 1;
		if (WORD_AMONG(g, k, call) && word_s(g, k + 1, s, W_FOR))
			return 1;
		/* the verb ("an accord guarantees sales of"), not the noun:
		 * "credit guarantees for sales of", "in guarantees of", "the
		 * guarantee line authorized for" */
		if (tok_is(g, k, W_GUARANTEES) && !word_s(g, k + 1, s, W_FOR) &&
		    !word_s(g, k + 1, s, W_OF) && !word_s(g, k - 1, s, W_CREDIT) &&
		    !word_s(g, k - 1, s, W_IN) && !word_s(g, k - 1, s, W_THE))
			return 1;
	}
	return 0;
}

/* Words that put the level f is before: a verb of change or of a level
 * reached, at most four words before f in its clause ("climbed to a
 * record", "has averaged under", "registering a record", "was"). */
static int level_verb_before(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word verbs[] = { W_REACHED, W_HIT, W_TOTALLED, W_TOTALED, W_STOOD,
		W_AMOUNTED, W_REGISTERED, W_REGISTERING, W_RECORDED, W_RECORDING, W_POSTED,
		W_WAS, W_WERE, W_AVERAGED, W_AVERAGING };
	size_t c = g->clause[f->h0];

	for (size_t k = f->h0 - 1, n = 0; n < 4 && gram_in(g, k, s) && g->clause[k] == c; k--, n++)
		if ((g->t[k].cls & (CLS_UP | CLS_DOWN)) || WORD_AMONG(g, k, verbs))
			return 1;
	/* in apposition: "the trade shortfall, at 7.6 billion francs", "its
	 * trade deficit, running at a record 169.8 billion dlrs" */
	for (size_t k = f->h0 - 1, n = 0; n < 3 && gram_in(g, k, s); k--, n++)
		if (tok_is(g, k, W_AT) && gram_in(g, k - 1, s) &&
		    (gram_punct(g, k - 1, ",") || word_s(g, k - 1, s, W_RUNNING) ||
		     word_s(g, k - 1, s, W_STANDING)))
			return 1;
	/* the level a change just given reaches, past the words that date
	 * or compare it: "rose by 70 pct in February, year-on-year, to 8.14
	 * billion dlrs" */
	return word_s(g, f->h0 - 1, s, W_TO) && g->chg_s == s && g->chg_t1 < f->h0 &&
	       f->h0 <= g->chg_t1 + 10 && g->last_s == s && g->last_balance;
}

/* Token k names another flow, a stock or a budget: a balance named before
 * it is not what a figure after it measures. */
static int other_subject(const struct gram *g, size_t k)
{
	return tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP | CLS_VERBIMP | CLS_VERBEXP | CLS_NOTTRADE |
			     CLS_INVEST) ||
	       tok_is(g, k, W_RESERVES) || tok_is(g, k, W_DEBT) || tok_is(g, k, W_DEBTS) ||
	       tok_is(g, k, W_ASSETS);
}

/*
 * The balance a money figure is the level of, named a clause or more
 * before it: "the rising trade shortfall, which climbed to a record 166.3
 * billion dlrs", "the nation's trade gap, calculated on a balance-of-
 * payments basis, swelled to a record 38.37 billion dlrs", "the trade
 * surplus plunged to 211 mln dlrs in October and since then has averaged
 * under 150 mln". A verb of change or of a level reached stands right
 * before f; between the balance and f no other flow, stock or budget is
 * named, and no figure but the balance's own. Fills out as
 * subject_balance() does; 0 if none.
 */
int frame_balance_subject_before(const struct gram *g, const struct fig *f, size_t s,
				 const struct subj *su, struct subj *out)
{
	if (!level_verb_before(g, f, s))
		return 0;
	for (size_t k = f->h0 - 1, n = 0; n < 24 && gram_in(g, k, s); k--, n++) {
		if (other_subject(g, k))
			return 0;
		if (g->t[k].kind == TOK_NUM && !(g->last_s == s && g->last_balance))
			return 0;	/* a figure of something else between */
		if (tok_has(g, k, CLS_BALANCE) || tok_is(g, k, W_SHORTFALL) || tok_is(g, k, W_GAP))
			return subject_balance(g, k, k, su, out);
	}
	return 0;
}

/* "Such loans account for 20 pct": a share. */
int frame_accounts_for(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	if (!word_s(g, k, s, W_FOR))
		k--;	/* "account for slightly over 20 pct" */
	return word_s(g, k, s, W_FOR) &&
	       (word_s(g, k - 1, s, W_ACCOUNT) || word_s(g, k - 1, s, W_ACCOUNTS) ||
		word_s(g, k - 1, s, W_ACCOUNTED) || word_s(g, k - 1, s, W_ACCOUNTING));
}

/* The subject of the part of sentence s where f stands: after "while oil
 * imports", the clause's own (subject_switches()). */
const struct subj *frame_subject_at(const struct gram *g, const struct fig *f)
{
	const struct subj *su = &g->subj;

	for (size_t k = 0; k < g->nsw && g->sw_tok[k] < f->h0; k++)
		su = &g->sw[k];
	return su;
}

/* A rate per hectare or acre is a yield, not a capacity. */
int frame_per_area(const char *per)
{
	return !strcmp(per, "ha") || !strcmp(per, "acre");
}

/* A quantity is a capacity when it is a rate ("5.8 million tons per year")
 * or its sentence is about storing or handling it. */
int frame_capacity_sentence(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_CAPACITY))
			return 1;
	return 0;
}

/*
 * "intends to increase trade by 220 pct, industrial output by 90 pct and
 * farm production by 40 pct": a figure after "by" whose clause moves
 * nothing before it, later in a sentence whose last change came before
 * it, is that change's verb gapped: the same kind of change.
 */
int frame_gapped_change(const struct gram *g, const struct fig *f, size_t s)
{
	return word_s(g, f->h0 - 1, s, W_BY) && g->chg_s == s && g->chg_t1 <= f->h0 &&
	       g->chg_dir[0] && !g->dir_before[f->h0 - 1] &&
	       !clause_direction_word(g, f->h0 - 1);
}

/* "grew 8.1 percent, 2.4 percent and 11.6 percent respectively": a bare
 * percent right after the change before it, joined by a comma or "and",
 * is the next item of that change's list. */
int frame_listed_change(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	if (g->chg_s != s || !g->chg_dir[0] || g->chg_t1 > k)
		return 0;
	if (word_s(g, k, s, W_AND))
		k -= gram_punct(g, k - 1, ",") ? 2 : 1;
	else if (gram_punct(g, k, ",") && gram_in(g, k, s))
		k--;
	else
		return 0;
	return k + 1 == g->chg_t1;
}

/* "has added 50,000 tonnes to its previous purchases": "added" right
 * before the amount, "to" after it in its clause. */
int frame_added_to(const struct gram *g, const struct fig *f, size_t s)
{
	if (!word_s(g, f->h0 - 1, s, W_ADDED))
		return 0;
	for (size_t k = f->t1; k < f->t1 + 8 && gram_in(g, k, s) &&
			       g->clause[k] == g->clause[f->t1 - 1]; k++)
		if (tok_is(g, k, W_TO))
			return 1;
	return 0;
}

/*
 * f, a percent that is an earlier value after "up from" or "down from",
 * is compared with the percent before it in its sentence, which is a
 * level, share, forecast or target ("produces only 30 pct of its needs,
 * down from 61 pct"): f is a value of that kind, not a change ("rose 5
 * pct, up from 3 pct" compares two changes).
 */
int frame_left_like(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	while (gram_in(g, k, s) && (tok_is(g, k, W_THE) || tok_is(g, k, W_PRESENT)) &&
	       k + 3 > f->h0)
		k--;
	if (!word_s(g, k, s, W_FROM) || !(word_s(g, k - 1, s, W_UP) || word_s(g, k - 1, s, W_DOWN)))
		return 0;
	return g->prev_s == s && !g->prev_prior && !strcmp(g->prev_unit, "%") &&
	       (g->prev_m == MEASURE_LEVEL || g->prev_m == MEASURE_SHARE ||
		g->prev_m == MEASURE_FORECAST || g->prev_m == MEASURE_TARGET);
}

/*
 * "surpluses of 1.17 billion dlrs in 1985, 1.01 billion in 1984 and 293
 * mln in 1983": f, an amount in the unit of the balance before it in its
 * sentence, follows it after a comma or "and", with nothing between but
 * the period phrases of a list: the same balance in another period.
 */
int frame_balance_list_goes_on(const struct gram *g, const struct fig *f, size_t s,
			       const struct claim *cl)
{
	if (g->prev_s != s || !g->prev_balance || strcmp(g->prev_unit, cl->unit) ||
	    f->h0 > g->prev_t1 + 10 || f->h0 <= g->prev_t1 ||
	    !(gram_punct(g, f->h0 - 1, ",") || word_s(g, f->h0 - 1, s, W_AND)))
		return 0;
	for (size_t k = g->prev_t1; k < f->h0; k++) {
		int in_period = 0;

		for (size_t c = 0; c < g->ncands && !in_period; c++)
			in_period = k >= g->cands[c].tok && k < g->cands[c].end;
		if (!in_period && !gram_punct(g, k, ",") && !tok_is(g, k, W_AND) &&
		    !tok_is(g, k, W_IN) && !tok_is(g, k, W_FOR))
			return 0;
	}
	return 1;
}

/* "at 6-3/16 pct", "at a rate of 3.80 pct": the token of "at", else 0. */
size_t frame_rate_at(const struct gram *g, const struct fig *f, size_t s)
{
	if (word_s(g, f->h0 - 1, s, W_AT))
		return f->h0 - 1;
	if (word_s(g, f->h0 - 1, s, W_OF) && word_s(g, f->h0 - 2, s, W_RATE) &&
	    word_s(g, f->h0 - 3, s, W_A) && word_s(g, f->h0 - 4, s, W_AT))
		return f->h0 - 4;
	return 0;
}

/*
 * The balance "it" names again, from the sentence before, when that
 * sentence gave it no figure of its own kind ("Poland has a dwindling
 * trade surplus with the West. Last year it was one billion dlrs", "The
 * current account deficit was seen at 934 mln dlrs in 1987. It was 696
 * mln dlrs in 1986."): "it" opens f's sentence (after at most a time
 * phrase of four words), a verb of a level or a change follows it and f
 * within six words; the sentence before, of the same paragraph, names a
 * balance last, with no flow noun after it. The balance noun's token, or
 * NO_SENT.
 */
size_t frame_pronoun_balance(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word verbs[] = { W_WAS, W_WERE, W_IS, W_STOOD, W_TOTALLED,
					       W_TOTALED, W_AMOUNTED, W_REACHED };
	size_t q = context_body(g, s), b = NO_SENT;

	for (size_t n = 0; n < 4 && gram_in(g, q, s) && !tok_is(g, q, W_IT); n++, q++)
		if (g->t[q].kind == TOK_NUM && !when_year_tok(g, q, s))
			return NO_SENT;
	if (!word_s(g, q, s, W_IT) || f->h0 <= q || f->h0 > q + 6 || s == 0 || !g->par ||
	    g->par[s - 1] != g->par[s] || !gram_in(g, q + 1, s) ||
	    !(tok_has(g, q + 1, CLS_UP | CLS_DOWN) || WORD_AMONG(g, q + 1, verbs)))
		return NO_SENT;
	for (size_t k = g->s[s - 1].t0; k < g->s[s - 1].t1; k++)
		if (tok_has(g, k, CLS_BALANCE))
			b = k;
		else if (b != NO_SENT && tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP))
			b = NO_SENT;
	return b;
}

/* Token k is a flow noun naming prices: "import prices", "the export price
 * index", "prices of imports". */
static int flow_prices_at(const struct gram *g, size_t k, size_t s)
{
	if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP))
		return word_s(g, k + 1, s, W_PRICES) || word_s(g, k + 1, s, W_PRICE);
	return word_s(g, k, s, W_PRICES) && word_s(g, k + 1, s, W_OF) && gram_in(g, k + 2, s) &&
	       tok_has(g, k + 2, CLS_FLOWIMP | CLS_FLOWEXP);
}

/*
 * Percent f is a change of a flow's prices, not of the flow: the nearest
 * flow noun before it in its sentence names prices ("Import prices in West
 * Germany fell 0.7 pct in February ... to stand 15.6 pct below", "the
 * import price index ... was 17.8 pct lower"), or a change noun after it
 * does ("a 1.1 pct fall in export prices"). A price index is no trade
 * flow: the validator must not compare it with the value of imports.
 */
int frame_flow_prices(const struct gram *g, const struct fig *f, size_t s)
{
	if (word_s(g, f->t1 + 1, s, W_IN) && tok_has(g, f->t1, CLS_UP | CLS_DOWN) &&
	    flow_prices_at(g, f->t1 + 2, s))
		return 1;
	for (size_t k = f->h0 - 1, n = 0; n < 30 && gram_in(g, k, s); k--, n++) {
		if (tok_is(g, k, W_PRICES) && flow_prices_at(g, k, s))
			return 1;
		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP))
			return flow_prices_at(g, k, s);
	}
	return 0;
}

/* "The main suppliers in 1986 were Australia (44 pct), the U.S. (29
 * pct)": a percent alone in brackets right after a country, in a sentence
 * that names suppliers, markets, buyers, customers or destinations before
 * it, is that partner's share (the later items follow the first). */
static int share_of_partner(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word who[] = { W_SUPPLIERS, W_MARKETS, W_BUYERS, W_CUSTOMERS,
					     W_DESTINATIONS };

	if (!gram_punct(g, f->t1, ")") || f->h0 < 2 || !tok_country(g, f->h0 - 2))
		return 0;
	for (size_t k = g->s[s].t0; k + 1 < f->h0; k++)
		if (WORD_AMONG(g, k, who))
			return 1;
	return 0;
}

/*
 * A percent that is a share by the words around it, beyond "share of":
 * "Qatar's share stood at 12.4%", "its share was 30 pct" (the noun share
 * right before a verb of level, at most four words before f); "petroleum
 * oils accounted for the largest part of the import bill (68.5%)" (a
 * bracketed percent in a clause of "account for", at most eighteen words
 * on), and the next bracketed item of such a list ("followed by natural
 * gas (21.7%)"); "the main suppliers were Australia (44 pct)"
 * (share_of_partner()).
 */
int frame_share_named(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word verbs[] = { W_STOOD, W_WAS, W_IS, W_REACHED };
	size_t k;

	for (k = f->h0 - 1; k + 5 > f->h0 && gram_in(g, k, s); k--)
		if (tok_is(g, k, W_SHARE) && WORD_AMONG(g, k + 1, verbs) && k + 1 < f->h0)
			return 1;
	if (!gram_punct(g, f->h0 - 1, "(") || !gram_in(g, f->h0 - 1, s))
		return 0;
	if (g->prev_s == s && g->prev_m == MEASURE_SHARE && !strcmp(g->prev_unit, "%") &&
	    f->h0 <= g->prev_t1 + 10)
		return 1;
	if (share_of_partner(g, f, s))
		return 1;
	for (k = f->h0 - 2; k + 20 > f->h0 && gram_in(g, k, s); k--) {
		if (g->t[k].kind == TOK_NUM)
			return 0;
		if ((tok_is(g, k, W_ACCOUNTED) || tok_is(g, k, W_ACCOUNT) ||
		     tok_is(g, k, W_ACCOUNTS)) && word_s(g, k + 1, s, W_FOR))
			return 1;
	}
	return 0;
}

/*
 * A crop's condition or progress in percent of its area, a share (GUIDE
 * section 7): a state right after f ("eight pct planted", "100 pct
 * self-sufficient"), or a rating ("15 pct fair, 84 pct good", "30 pct
 * adequate and 70 pct surplus") in a sentence that rates something before
 * f ("Wheat condition was rated", "Soil moisture supplies rated").
 */
int frame_state_share(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word states[] = { W_PLANTED, W_HARVESTED, W_SOWN, W_SEEDED,
		W_HEADED, W_EMERGED, W_JOINTED, W_COMPLETED, W_SELF_SUFFICIENT };
	static const enum lex_word ratings[] = { W_FAIR, W_GOOD, W_EXCELLENT, W_POOR, W_ADEQUATE,
		W_SHORT, W_SURPLUS };
	size_t k = f->t1;

	if (!gram_in(g, k, s))
		return 0;
	if (WORD_AMONG(g, k, states))
		return 1;
	if (!WORD_AMONG(g, k, ratings))
		return 0;
	for (size_t j = g->s[s].t0; j < f->h0; j++)
		if (tok_is(g, j, W_RATED) || tok_is(g, j, W_CONDITION))
			return 1;
	return 0;
}

/* An item of the balance of payments after "net": "Net service receipts",
 * "Net unilateral transfers", "net invisibles", "net investment income"
 * (not "net income", a company's, nor "net sales", "net purchases"). */
static int net_item(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word items[] = { W_SERVICE, W_SERVICES, W_TRANSFERS, W_INVISIBLES };

	if (!word_s(g, k, s, W_NET))
		return 0;
	for (size_t j = k + 1; j <= k + 2 && gram_in(g, j, s); j++) {
		if (WORD_AMONG(g, j, items))
			return 1;
		if (word_s(g, j, s, W_INVESTMENT) && word_s(g, j + 1, s, W_INCOME))
			return 1;
	}
	return 0;
}

/*
 * What the subject a money level is stated of makes it, the subject
 * opening the sentence's part before a verb of change or of a level
 * reached right before f ("totalling" too): a net item of the balance of
 * payments is a balance (GUIDE section 7: a net position), "Net service
 * receipts declined to 5.5 billion dlrs", "Net unilateral transfers
 * during the fourth quarter ..., covering foreign aid, were down to 3.9
 * billion dlrs"; an investment is money invested, "Taiwan's 1986
 * investment in the U.S. totalled 46 mln", "Outflows for U.S. direct
 * investment abroad fell to 5.7 billion", "has attracted investment
 * commitments totalling 250 mln". No other figure (a year aside), flow,
 * stock, budget or balance between. MEASURE_BALANCE, MEASURE_INVESTMENT,
 * else MEASURE_NONE.
 */
enum measure frame_subject_measure(const struct gram *g, const struct fig *f, size_t s)
{
	if (!level_verb_before(g, f, s) && !word_s(g, f->h0 - 1, s, W_TOTALLING) &&
	    !word_s(g, f->h0 - 1, s, W_TOTALING))
		return MEASURE_NONE;
	for (size_t k = f->h0 - 1, n = 0; n < 24 && gram_in(g, k, s); k--, n++) {
		if (g->t[k].kind == TOK_NUM && !elide_year_like(&g->t[k]))
			return MEASURE_NONE;
		if (net_item(g, k, s))
			return MEASURE_BALANCE;
		if ((tok_is(g, k, W_INVESTMENT) || tok_is(g, k, W_INVESTMENTS)) &&
		    !word_s(g, k + 1, s, W_INCOME) && !word_s(g, k - 1, s, W_NET))
			return MEASURE_INVESTMENT;
		if (other_subject(g, k) || tok_has(g, k, CLS_BALANCE))
			return MEASURE_NONE;
	}
	return MEASURE_NONE;
}
