/*
 * deal_clause.c - where a deal's words stop holding for a price read back
 * from it (follow8, review7's follow-ups on 99ea975 and f4d99bb): a price
 * "at" so much a unit (quote.c sells_abroad) and a bare rebate or subsidy
 * (flow_own.c refund_flow) take the flow of a deal named earlier in their
 * sentence, but not across a clause with a subject and verb of its own
 * ("Egypt bought 200,000 tonnes ... and the May futures contract stood at
 * 2.90 dlrs", "Exports rose, and farmers will get a rebate of 20 Ecus").
 *
 * Input: the token array of gram.c and one token k met walking back from
 * the price. Output: 1 when k ends the deal's reach, else 0.
 *
 * Invariants:
 *  1. Only token k and its neighbours k - 1, k + 1 are read: each call
 *     costs a bounded number of reads (no list scans; words by lexicon id).
 *  2. Neither function decides a flow: they only stop the callers' walks.
 */
#include "parse/parse_int.h"

/* Token k opens a contrasting clause: "while", "whereas" or ";". */
static int contrast_at(const struct gram *g, size_t k)
{
	return tok_is(g, k, W_WHILE) || tok_is(g, k, W_WHEREAS) || gram_punct(g, k, ";");
}

/* Token k, on the way back from a price "at" so much a unit, is another
 * price's: a futures market word or a verb a market quote is read with
 * ("the May futures contract stood at", "as corn futures traded at"); or,
 * when far (beyond the deal's own phrase), a contrast that opens a clause
 * of its own ("while robusta settled at", "but", ";"). */
int deal_price_other(const struct gram *g, size_t k, int far)
{
	if (tok_is(g, k, W_FUTURES) || tok_is(g, k, W_STOOD) || tok_is(g, k, W_TRADED) ||
	    tok_is(g, k, W_QUOTED) || tok_is(g, k, W_CLOSED))
		return 1;
	return far && (contrast_at(g, k) || tok_is(g, k, W_BUT));
}

/* Token k, on the way back from a bare rebate or subsidy, starts a
 * coordinate clause with a subject of its own: a clause word after a comma
 * (", and farmers will get", ", but the government set"), a contrast
 * word ("while", "whereas", "although") or a semicolon. "for wheat and
 * barley at a rebate" (no comma) goes on. */
int deal_clause_starts(const struct gram *g, size_t k)
{
	if (contrast_at(g, k) || tok_is(g, k, W_ALTHOUGH))
		return 1;
	return k > 0 && gram_punct(g, k - 1, ",") && (tok_is(g, k, W_AND) || tok_is(g, k, W_BUT));
}
