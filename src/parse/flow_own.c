/*
 * flow_own.c - the flow a figure's own noun names right after it: "cost
 * the U.S. 17 billion dlrs in exports a year", "looking for 2.0 billion
 * dlrs in purchases from U.S. companies", "25.65 billion dlrs in trade",
 * "Trade with the U.S. rose 23 pct for exports and 12 pct for imports".
 * English puts the flow of an amount in a prepositional phrase after it
 * ("in", "for") as often as in a subject before it; the noun of the
 * figure's own phrase governs the figure over the clause's subject, whose
 * economy and partner it keeps unless the phrase names its own ("in
 * exports to Japan").
 *
 * Input: the token array of gram.c, a figure and its sentence, the
 * figure's subject. Output: a struct subj that frame_fill() applies like a
 * sentence's subject.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read, each checked with
 *     gram_in(); the scan is bounded (at most five tokens after the figure,
 *     and the country names after the noun's "to"/"from"/"with").
 *  2. Between the preposition and the flow noun stand only modifiers: a
 *     determiner or possessive, a capitalised word (a country, "U.S."), a
 *     word of goods, "total", "foreign"; a number, a punctuation mark not
 *     glued inside a word, or any other word ends the scan, so that "rose
 *     5 pct in 1986 while exports" or "in the quarter after purchases"
 *     never reach the later clause's noun.
 *  3. Only the plural flow nouns of flow_noun() count ("exports",
 *     "imports", "purchases", "shipments", "re-exports"; "trade" heading its
 *     phrase): "5 pct for export credits", "in trade sanctions", "on its
 *     trade-weighted index" are none.
 *  4. A partner is set only when the phrase names it after "to", "from" or
 *     "with", else the subject's is kept, else none (par_open).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

/* Token k may stand between "in"/"for" and the flow noun (invariant 2). */
static int modifier(const struct gram *g, size_t k, size_t s)
{
	const char *b;

	if (!gram_in(g, k, s))
		return 0;
	if (g->t[k].kind != TOK_WORD)
		return gram_glued(g, k) && g->d->buf[g->t[k].off] == '.';	/* "U.S." */
	b = g->d->buf + g->t[k].off;
	return tok_is(g, k, W_THE) || tok_is(g, k, W_ITS) || tok_is(g, k, W_THEIR) ||
	       tok_is(g, k, W_TOTAL) || tok_is(g, k, W_FOREIGN) ||
	       tok_has(g, k, CLS_COMMODITY | CLS_GOODS) || (*b >= 'A' && *b <= 'Z');
}

int flow_own_noun(const struct gram *g, const struct fig *f, size_t s, const struct subj *su,
		  struct subj *out)
{
	size_t j = f->t1, k, q, n;
	const char *fl = NULL, *par, *rep = NULL;

	if (!word_s(g, j, s, W_IN) && !word_s(g, j, s, W_FOR))
		return 0;
	for (k = j + 1; k <= j + 5 && gram_in(g, k, s); k++) {
		if ((fl = flow_noun(g, k, s)) != NULL)
			break;
		if (!modifier(g, k, s))
			return 0;
	}
	if (!fl)
		return 0;
	memset(out, 0, sizeof(*out));
	if (su)
		*out = *su;
	str_copy(out->flow, sizeof(out->flow), fl, strlen(fl));
	out->tok = k;
	out->flow_inferred = 0;
	for (q = k - 1; q > j && !rep; q--)
		rep = subject_country_ending(g, q, s);	/* "in U.S. exports" */
	if (rep)
		str_copy(out->reporter, sizeof(out->reporter), rep, strlen(rep));
	q = k + 2 + word_s(g, k + 2, s, W_THE);
	if ((word_s(g, k + 1, s, W_TO) || word_s(g, k + 1, s, W_FROM) ||
	     word_s(g, k + 1, s, W_WITH)) && gram_in(g, q, s) && g->t[q].kind == TOK_WORD &&
	    g->d->buf[g->t[q].off] >= 'A' && g->d->buf[g->t[q].off] <= 'Z' &&
	    (par = subject_country_starting(g, q, s, &n)) != NULL &&
	    strcmp(par, out->reporter)) {
		str_copy(out->partner, sizeof(out->partner), par, strlen(par));
		out->par_open = 0;
		out->par_inferred = 0;
	} else if (!out->partner[0]) {
		out->par_open = 1;
	}
	return 1;
}
