/*
 * span_forward.c - months that are a time still to come: of shipment or
 * delivery ("for June-July delivery", "Sept/Dec shipments", "April
 * deliveries traded at 123 and May at 124"), resolved forward from the
 * story's date (tests/eval/gold/GUIDE.md section 8). Moved out of
 * spans.c, which had grown past 600 lines.
 *
 * Input: tokens [k, end) of sentence s, a month or a range of months.
 * Output: 1 when they are such a time, else 0.
 *
 * Invariants:
 *  1. Only tokens of sentence s are read (word_s(), gram_in() check every
 *     index).
 *  2. At most FORWARD_REACH tokens back from k are read.
 *
 * Also the part of a month that qualifies it ("late June", "early July":
 * span_month_part()), which when.c reads through in a range, so that the
 * range's shipment word is found ("late June/early July shipment":
 * 1987-06/1987-07 in April).
 */
#include "parse/parse_int.h"
#include "lexicon/lexicon.h"

/* A word that puts a month still to come: "shipment", "deliveries". */
static int forward_noun(const struct gram *g, size_t i, size_t s)
{
	static const enum lex_word nouns[] = { W_SHIPMENT, W_SHIPMENTS, W_DELIVERY, W_DELIVERIES,
					       W_LOADING, W_LOADINGS, W_ARRIVAL, W_ARRIVALS };

	return gram_in(g, i, s) && WORD_AMONG(g, i, nouns);
}

/* A futures contract named after months: "contract" or "futures" at i or
 * up to two plain words after it ("the August palm oil contract", "June
 * yen futures"). */
static int contract_after(const struct gram *g, size_t i, size_t s)
{
	for (size_t j = i; j < i + 3 && gram_in(g, j, s) && g->t[j].kind == TOK_WORD; j++) {
		if (tok_is(g, j, W_CONTRACT) || tok_is(g, j, W_FUTURES))
			return 1;
		if (tok_has(g, j, CLS_MONTH))
			return 0;
	}
	return 0;
}

int span_month_part(const struct gram *g, size_t j, size_t s)
{
	return (word_s(g, j, s, W_EARLY) || word_s(g, j, s, W_LATE) || word_s(g, j, s, W_MID)) &&
	       when_month_at(g, j + 1, s);
}

/* The months at [k, end) are a time of shipment, so still to come: "for
 * June-July delivery", "Sept/Dec shipments", "for shipment between April
 * and June", "for delivery during May-August"; or a futures contract's
 * delivery ("the benchmark August palm oil contract"). */
static int forward_at(const struct gram *g, size_t k, size_t end, size_t s)
{
	size_t b = k - (word_s(g, k - 1, s, W_BETWEEN) || word_s(g, k - 1, s, W_DURING) ||
			word_s(g, k - 1, s, W_IN) || word_s(g, k - 1, s, W_FOR));

	return forward_noun(g, end, s) || (b < k && forward_noun(g, b - 1, s)) ||
	       forward_noun(g, k - 1, s) || contract_after(g, end, s);
}

#define FORWARD_REACH 14	/* "April deliveries of feed wheat traded at 123 and May" */

/* ... and the months of a list that goes on from such a time: "April
 * deliveries traded at 123 and May at 124", "340,000 tonnes for May/Aug
 * shipments, with 210,000 tonnes for Aug/Sept" (not across a comparison:
 * "for May shipment, against 50,000 in April"). */
int span_forward(const struct gram *g, size_t k, size_t end, size_t s)
{
	if (forward_at(g, k, end, s))
		return 1;
	for (size_t j = k; j-- > 0 && j + FORWARD_REACH > k && gram_in(g, j, s);) {
		if (g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_BASEPREP | CLS_PRIOR))
			return 0;
		if (g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_MONTH) && forward_at(g, j, j + 1, s))
			return 1;
	}
	return 0;
}
