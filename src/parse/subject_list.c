/*
 * subject_list.c - figures in a list of partners after a lead that names
 * the trade: "The major destinations in February were: China (419,196
 * tonnes), Egypt (301,909) and the Soviet Union (100,056 tonnes)", "The
 * U.S. had deficits with three partners -- South Korea 7.1 billion dlrs,
 * Hong Kong 6.4 billion and China 2.1 billion". Each row's country is the
 * partner of the lead's flow; the lead's country (else the story's) is the
 * reporter. frame.c asks for flows, subject_balance() for balances.
 *
 * Input: the token array of gram.c and a figure's first token.
 * Output: a struct subj.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read (gram_in()), at most
 *     LIST_REACH tokens back from the figure and LEAD_REACH of the lead
 *     (and subject_country_before()'s window): constant work per figure.
 *  2. A row is a country right before its figure (or before its opening
 *     bracket, or "with"), itself after a list separator or the lead; an
 *     earlier value after the row's figure ("against 717,689", "(532,299)")
 *     is the same row's; the lead ends with ":" or a dash before the first
 *     row, or "were" after its noun ("the main buyers were"), or with
 *     "from"/"to" after a flow word ("Imports from"). Without both,
 *     nothing is found.
 *  3. The partner is never the reporter; flows come only from the lead's
 *     words (a flow or balance noun, "destinations", "suppliers").
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"
#include "base/base.h"

#include <string.h>

#define LIST_REACH 64	/* tokens from a row's figure back to its lead's end */
#define LEAD_REACH 24	/* tokens of the lead read before its end */

/* Token q separates the items of a list, or opens a row's bracket. */
static int separator(const struct gram *g, size_t q, size_t s)
{
	return gram_punct(g, q, ",") || gram_punct(g, q, ";") || gram_punct(g, q, ":") ||
	       gram_punct(g, q, "-") || gram_punct(g, q, "--") ||
	       gram_punct(g, q, "\xe2\x80\x94") || word_s(g, q, s, W_AND);
}

/* The nouns of a list's lead that say which side its rows are. */
static int lead_noun(const struct gram *g, size_t q)
{
	return tok_is(g, q, W_DESTINATIONS) || tok_is(g, q, W_BUYERS) ||
	       tok_is(g, q, W_CUSTOMERS) || tok_is(g, q, W_SUPPLIERS) || tok_is(g, q, W_ORIGINS);
}

/* Token q ends a lead: ":", "--", "- -" or an em dash; or "were"/"was"
 * after such a noun ("the main buyers were Italy with 1.89 mln", "The
 * main suppliers in 1986 were Australia (44 pct)", branch subject6); or
 * "from"/"to" right after a flow word (branch subject8). */
static int lead_end(const struct gram *g, size_t q)
{
	if (tok_is(g, q, W_WERE) || tok_is(g, q, W_WAS)) {
		for (size_t k = q, n = 0; k-- > 0 && n < 5; n++)
			if (lead_noun(g, k))
				return 1;
		return 0;
	}
	/* "Imports from China (USD 11.2 billion), Russia (USD 5.3 billion)
	 * and the UAE", "exports to Japan (41 pct), Korea (...)": a flow
	 * word and its preposition */
	if ((tok_is(g, q, W_FROM) || tok_is(g, q, W_TO)) && q > 0 && g->t[q - 1].kind == TOK_WORD &&
	    tok_has(g, q - 1, CLS_FLOWIMP | CLS_FLOWEXP))
		return 1;
	return gram_punct(g, q, ":") || gram_punct(g, q, "--") ||
	       gram_punct(g, q, "\xe2\x80\x94") || (gram_punct(g, q, "-") && gram_punct(g, q - 1, "-"));
}

/* The row's figure before h0 that h0 is an earlier value of: "480,450
 * tonnes against 717,689", "462,048 (532,299)", "two mln tonnes versus
 * 1.9 mln": the first token of that figure, else h0. */
static size_t row_earlier(const struct gram *g, size_t h0, size_t s)
{
	size_t q = h0 - 1;

	if (!(gram_punct(g, q, "(") || word_s(g, q, s, W_AGAINST) || word_s(g, q, s, W_VERSUS) ||
	      word_s(g, q, s, W_VS)))
		return h0;
	/* back over the figure: its unit words, then its number(s) */
	for (int n = 0; n < 3 && gram_in(g, q - 1, s) && g->t[q - 1].kind == TOK_WORD &&
			tok_has(g, q - 1, CLS_UNIT | CLS_TONS | CLS_SCALE); n++)
		q--;
	if (!gram_in(g, q - 1, s) || !(g->t[q - 1].kind == TOK_NUM || tok_has(g, q - 1, CLS_NUMBER)))
		return h0;
	return q - 1;
}

/* The country of the row whose figure starts at h0, its first token in
 * *st: the capitalised words before the figure (or its bracket), at most
 * three ("the Soviet Union", "South Korea"), after a separator. */
static const char *row_country(const struct gram *g, size_t h0, size_t s, size_t *st)
{
	size_t q, b;
	const char *c;

	h0 = row_earlier(g, h0, s);
	q = h0 - 1;
	if (gram_punct(g, q, "(") || word_s(g, q, s, W_WITH))
		q--;	/* "China (419,196 tonnes)", "Italy with 1.89 mln" */
	if (!gram_in(g, q, s) || !(c = subject_country_ending(g, q, s)) || currency_country(g, q, s))
		return NULL;
	for (b = q; b + 4 > q && gram_in(g, b - 1, s) &&
		    ((g->t[b - 1].kind == TOK_WORD && tok_text(g, b - 1)[0] >= 'A' &&
		      tok_text(g, b - 1)[0] <= 'Z') || gram_punct(g, b - 1, ".")); b--)
		;	/* "the Soviet Union", "South Korea", "the U.S." */
	b -= word_s(g, b - 1, s, W_THE);
	*st = b;
	return gram_in(g, b - 1, s) && (separator(g, b - 1, s) || lead_end(g, b - 1)) ? c : NULL;
}

int subject_list_row(const struct gram *g, size_t h0, size_t s, struct subj *out, int *bal)
{
	size_t st, l, b0 = context_body(g, s);
	const char *par = row_country(g, h0, s, &st), *rep;
	const char *flow = NULL;

	memset(out, 0, sizeof(*out));
	*bal = 0;
	if (!par)
		return 0;
	for (l = st - 1; gram_in(g, l, s) && l >= b0 && l + LIST_REACH > h0 && !lead_end(g, l); l--)
		if (g->t[l].kind == TOK_WORD && (tok_is(g, l, W_WERE) || tok_is(g, l, W_WAS)) &&
		    !lead_end(g, l))
			return 0;	/* "... were": a verb of its own between */
	if (!gram_in(g, l, s) || l < b0 || l + LIST_REACH <= h0 || !lead_end(g, l))
		return 0;
	for (size_t q = l > b0 + LEAD_REACH ? l - LEAD_REACH : b0; q < l && !flow; q++) {
		if (tok_is(g, q, W_DEFICITS) || tok_is(g, q, W_SURPLUSES) ||
		    tok_is(g, q, W_DEFICIT) || tok_is(g, q, W_SURPLUS)) {
			flow = "trade";
			*bal = 1;
		} else if (g->t[q].kind == TOK_WORD && tok_has(g, q, CLS_FLOWIMP | CLS_FLOWEXP)) {
			flow = g->t[q].cls & CLS_FLOWIMP ? "import" : "export";
		} else if (tok_is(g, q, W_DESTINATIONS) || tok_is(g, q, W_BUYERS) ||
			   tok_is(g, q, W_CUSTOMERS)) {
			flow = "export";
		} else if (tok_is(g, q, W_SUPPLIERS) || tok_is(g, q, W_ORIGINS)) {
			flow = "import";
		}
	}
	if (!flow)
		return 0;
	rep = subject_country_before(g, s, l);
	/* "Main EC destinations were": the rows' region, not the reporter */
	for (size_t q = l > b0 + LEAD_REACH ? l - LEAD_REACH : b0; rep && q + 1 < l; q++)
		if (lead_noun(g, q + 1) && subject_country_ending(g, q, s))
			rep = NULL;
	if (!rep && (rep = g->doc_country) != NULL)
		out->rep_inferred = 1;
	if (rep && !strcmp(rep, par))
		return 0;	/* a row of the reporter itself: no partner */
	set(out->flow, sizeof(out->flow), flow);
	set(out->partner, sizeof(out->partner), par);
	if (rep)
		set(out->reporter, sizeof(out->reporter), rep);
	for (size_t q = l > b0 + LEAD_REACH ? l - LEAD_REACH : b0; q < l && !out->commodity[0]; q++)
		subject_commodity(g, q, s, out->commodity);
	return 1;
}
