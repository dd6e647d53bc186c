/*
 * flow_supplier.c - a share a supplier holds of its market: "The United
 * States was the main supplier of liquefied natural gas to the EU in the
 * fourth quarter of 2026, with a share of 55.2%, up from 47.9% a year
 * earlier; Qatar's share stood at 12.4%", "Norway remained the largest
 * supplier of natural gas in gaseous state in the quarter, at 49.8%".
 * What one economy supplies, another imports: the share is of the market's
 * imports (GUIDE sections 9-11), so the flow is import, the reporter the
 * market ("to the EU", else the story's economy) and the partner the
 * supplier, or the country whose share the clause names after it
 * ("Qatar's share stood at").
 *
 * Input: the token array of gram.c, a percent figure and its sentence.
 * Output: a struct subj that frame_fill() applies like a sentence's
 * subject; 1 if the figure is such a share.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence before the figure are read, each
 *     checked with gram_in(), at most SUPPLIER_REACH back from the figure.
 *  2. The supplier noun ("supplier", "suppliers") follows a verb of being
 *     ("was", "is", "remained", "became") with at most four words between
 *     (a determiner and its rankings: "the main", "the second-largest
 *     single"); the supplier is the country ending right before that verb.
 *     "Japan's main supplier" (the market named, no supplier) is not read.
 *  3. The market is the country after "to" ("to the EU") before the figure,
 *     else the story's economy (rep_inferred); a market that is the
 *     supplier itself, or no market at all, gives nothing.
 *  4. The partner is the last country before the figure after the supplier
 *     noun that is not the market ("Qatar's share"), else the supplier.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

#define SUPPLIER_REACH 40	/* "... was the main supplier of ... to the EU in the fourth quarter of 2026, with a share of" */
#define SUPPLIER_WORDS 4	/* "the second-largest single" */

static void put(char *field, size_t cap, const char *v)
{
	snprintf(field, cap, "%s", v ? v : "");
}

/* The supplier of the noun at k (invariant 2), or NULL. */
static const char *supplier_of(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word be[] = { W_WAS, W_IS, W_REMAINED, W_REMAINS, W_BECAME };

	for (size_t v = k - 1; gram_in(g, v, s) && v + SUPPLIER_WORDS + 1 >= k; v--) {
		if (WORD_AMONG(g, v, be))
			return subject_country_ending(g, v - 1, s);
		if (g->t[v].kind != TOK_WORD && !gram_punct(g, v, "-"))
			return NULL;
		if (subject_country_ending(g, v, s))
			return NULL;	/* "Japan's main supplier" */
	}
	return NULL;
}

int flow_supplier(const struct gram *g, const struct fig *f, size_t s, struct subj *out)
{
	const char *who = NULL, *rep = NULL, *par = NULL, *c;
	size_t k, n;

	memset(out, 0, sizeof(*out));
	for (k = f->h0 - 1; gram_in(g, k, s) && k + SUPPLIER_REACH > f->h0; k--)
		if ((tok_is(g, k, W_SUPPLIER) || tok_is(g, k, W_SUPPLIERS)) &&
		    (who = supplier_of(g, k, s)) != NULL)
			break;
	if (!who)
		return 0;
	for (size_t q = k + 1; q < f->h0; q++) {
		size_t j = q + 1 + word_s(g, q + 1, s, W_THE);

		if (!rep && tok_is(g, q, W_TO) && gram_in(g, j, s) &&
		    (c = subject_country_starting(g, j, s, &n)) != NULL) {
			rep = c;
			q = j + n - 1;
			continue;
		}
		if ((c = subject_country_ending(g, q, s)) != NULL && (!rep || strcmp(c, rep)))
			par = c;
	}
	if (!rep && (rep = g->doc_country) != NULL)
		out->rep_inferred = 1;
	if (!par)
		par = who;
	if (!rep || !strcmp(rep, par))
		return 0;
	put(out->flow, sizeof(out->flow), "import");
	put(out->reporter, sizeof(out->reporter), rep);
	put(out->partner, sizeof(out->partner), par);
	if (word_s(g, k + 1, s, W_OF))
		subject_commodity(g, k + 2, s, out->commodity);
	return 1;
}
