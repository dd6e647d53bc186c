/*
 * qualify.c - what else a figure is (DESIGN.md's adjustment, price, basis
 * and status columns): "seasonally adjusted" (and "On that basis" after
 * it, and a paragraph's lead), "in real terms" / "in value terms",
 * "annualized" / "three-month average", "revised", "previously published",
 * "provisional" / "first estimate".
 *
 * Input: the token array and a figure or sentence. Output: small codes
 * (see parse_int.h), 0 for unsaid.
 *
 * Invariants:
 *  1. Only the figure's sentence is read (and the per-sentence lead
 *     adjustments context_prepare() computed).
 *  2. A word counts only in the scope the release writes it for: its
 *     sentence (adjustment, basis, preliminary), the nearest phrase before
 *     the figure (price), its clause (revised).
 */
#include "parse/parse_int.h"
#include "base/base.h"

/* Sentence s says "seasonally adjusted" (1), "not seasonally adjusted" or
 * "unadjusted" (-1), or neither (0). *lead: it ends with "adjusted:" (a
 * paragraph's lead: "Goods by geographic area, not seasonally adjusted:"). */
int qualify_adjustment_said(const struct gram *g, size_t s, int *lead)
{
	*lead = 0;
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		int v = 0;

		if (gram_word(g, k, "unadjusted") || gram_word(g, k, "non-seasonally") ||
		    gram_word(g, k, "nsa"))
			v = -1;
		else if (gram_word(g, k, "adjusted") && k > g->s[s].t0 &&
			 gram_word(g, k - 1, "seasonally"))
			v = gram_word(g, k - 2, "not") && gram_in(g, k - 2, s) ? -1 : 1;
		if (v) {
			*lead = gram_punct(g, k + 1, ":") || gram_punct(g, k + 2, ":");
			return v;
		}
	}
	return 0;
}

int qualify_adjustment(struct gram *g, size_t s)
{
	int lead, v;

	if (g->adj_s == s)
		return g->adj_v;
	v = qualify_adjustment_said(g, s, &lead);
	/* "On that basis, December exports were ...": the sentence before's */
	if (!v && gram_word(g, g->s[s].t0, "on") && gram_word(g, g->s[s].t0 + 1, "that") &&
	    gram_word(g, g->s[s].t0 + 2, "basis") && s > 0 && g->adj_s == s - 1)
		v = g->adj_v;
	(void)lead;
	if (!v && g->adj_def)
		v = g->adj_def[s];	/* a lead's, see context_prepare() */
	g->adj_s = s;
	g->adj_v = v;
	return v;
}

/* "in real terms", "in volume terms", "at constant prices" (real); "in
 * value terms", "in nominal terms", "at current prices" (nominal): the
 * nearest before f in its sentence, else after it in its clause. */
int qualify_price(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];
	int v = 0;

	for (size_t k = g->s[s].t0; k + 1 < g->s[s].t1; k++) {
		int w = 0;

		if (gram_word(g, k + 1, "terms") || gram_word(g, k + 1, "prices")) {
			if (gram_word(g, k, "real") || gram_word(g, k, "volume") ||
			    gram_word(g, k, "constant"))
				w = 1;
			else if (gram_word(g, k, "value") || gram_word(g, k, "nominal") ||
				 gram_word(g, k, "current"))
				w = 2;
		}
		if (!w)
			continue;
		if (k < f->h0)
			v = w;
		else if (g->clause[k] == g->clause[f->t1 - 1] && !v)
			return w;
		else
			break;
	}
	return v;
}

/* "annualized", "at an annual rate" (1); "three-month average" (2). */
int qualify_basis(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		if (gram_word(g, k, "annualized") || gram_word(g, k, "annualised") ||
		    (gram_word(g, k, "annual") && gram_word(g, k + 1, "rate") && k > 0 &&
		     gram_word(g, k - 1, "an")))
			return 1;
		if ((gram_word(g, k, "three-month") || gram_word(g, k, "3-month")) &&
		    (gram_word(g, k + 1, "average") ||
		     (gram_word(g, k + 1, "moving") && gram_word(g, k + 2, "average"))))
			return 2;
	}
	return 0;
}

/* preliminary (1): "provisional", "preliminary", "flash", "first estimate",
 * "advance estimate" in the sentence (not of an earlier value); revised (2):
 * "revised" in f's clause or the clause right after it; previous (3):
 * "previously published/reported" before f in its sentence. */
int qualify_status(const struct gram *g, const struct fig *f, int prior)
{
	size_t s = g->sent[f->t0], c = g->clause[f->t0];
	int pre = 0;

	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		if (gram_word(g, k, "previously") && k < f->h0 &&
		    (gram_word(g, k + 1, "published") || gram_word(g, k + 1, "reported") ||
		     gram_word(g, k + 1, "estimated")))
			return 3;
		if ((gram_word(g, k, "revised") || gram_word(g, k, "revision")) &&
		    (g->clause[k] == c || (k >= f->t1 && g->clause[k] <= g->clause[f->t1 - 1] + 2 &&
					   gram_punct(g, k - 1, ","))))
			return 2;
		if (gram_word(g, k, "provisional") || gram_word(g, k, "preliminary") ||
		    gram_word(g, k, "flash") ||
		    ((gram_word(g, k, "first") || gram_word(g, k, "advance")) &&
		     gram_word(g, k + 1, "estimate")))
			pre = 1;
	}
	return pre && !prior ? 1 : 0;
}
