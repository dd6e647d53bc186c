/*
 * fiscal_budget.c - a government budget's year is its fiscal year (issue
 * 13, tests/eval/gold/GUIDE.md: a whole fiscal year as its months). A Washington story
 * that writes "the deficit for 1987 is estimated at over 170 billion dlrs",
 * "the 1987 target of a 144 billion dlr deficit" or "a huge deficit ...
 * nearly 79 billion dlrs that year" (1981) under a headline about the
 * budget means the federal fiscal years, "1986-10/1987-09" and
 * "1980-10/1981-09", as official budget series store them; when.c read
 * each as the calendar year "1987". The year names the fiscal year the way
 * the country names one ("fiscal 1987": the U.S. by the year it ends in,
 * Japan by the year it starts in; data/lexicon/fiscal.tsv, relative.c).
 *
 * Input: the token array of gram.c and the claims a window made, with
 * their figures (after every period rule: a pass over finished claims).
 * Output: the claims' periods.
 *
 * Invariants:
 *  1. Only a period written "YYYY" changes, and only into the twelve months
 *     "YYYY-MM/YYYY-MM" of the fiscal year that year names.
 *  2. Only a figure of a budget: its sentence names a deficit, surplus,
 *     spending, revenue, taxes or debt and no trade (no "trade", exports,
 *     imports, shipments, "current account", "payments"), and the
 *     sentence, its paragraph or the story's headline says "budget" or
 *     "fiscal"; a crop, season or harvest named in the sentence keeps it.
 *  3. Only a reporter (else the sentence's place) whose fiscal calendar
 *     and way of naming a fiscal year fiscal.tsv holds; a calendar-year
 *     fiscal year (month 1) changes nothing.
 *  4. Each sentence is read once per window; the headline once.
 */
#include "parse/parse_int.h"
#include "lexicon/lexicon.h"

#include <stdlib.h>
#include <string.h>

/* What tokens of sentence s say: bit 1 "budget"/"fiscal"/"budgetary",
 * bit 2 a budget's amount (deficit, surplus, spending, revenue, taxes,
 * debt), bit 4 trade or a crop (which keeps the calendar year). */
static int budget_says(const struct gram *g, size_t s)
{
	int r = 0;

	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		if (g->t[k].kind != TOK_WORD)
			continue;
		if (tok_is(g, k, W_BUDGET) || tok_is(g, k, W_FISCAL))
			r |= 1;
		else if (tok_has(g, k, CLS_BALANCE) || tok_is(g, k, W_SPENDING) ||
			 tok_is(g, k, W_REVENUE) || tok_is(g, k, W_TAXES) || tok_is(g, k, W_DEBT))
			r |= 2;
		if (tok_is(g, k, W_TRADE) || tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP) ||
		    tok_is(g, k, W_PAYMENTS) || tok_is(g, k, W_ACCOUNT) ||
		    tok_is(g, k, W_CROP) || tok_is(g, k, W_SEASON) || tok_is(g, k, W_HARVEST))
			r |= 4;
	}
	return r;
}

/* The story's headline (the sentences before the lead's paragraph) says
 * "budget" or "fiscal". */
static int head_says(const struct gram *g)
{
	for (size_t s = 0; g->lead_par != NO_SENT && s < g->lead_par && s < g->ns; s++)
		if (budget_says(g, s) & 1)
			return 1;
	return 0;
}

/* Sentence s's paragraph says "budget" or "fiscal" (its sentences, up to
 * a constant many). */
static int par_says(const struct gram *g, size_t s)
{
	size_t p = g->par[s];

	for (size_t i = p; i < g->ns && i < p + 8 && g->par[i] == p; i++)
		if (i != s && (budget_says(g, i) & 1))
			return 1;
	return 0;
}

void fiscal_budget_years(const struct gram *g, struct claims *out, size_t base,
			 const struct fig *figs)
{
	int head = -1, sent = 0, ok = 0;
	size_t last = NO_SENT;

	for (size_t i = base; i < out->n; i++) {
		struct claim *cl = &out->v[i];
		size_t s = g->sent[figs[i - base].t0];
		const char *cc;
		char named = 0;
		int m0, y, y0;

		if (strlen(cl->period) != 4 || cl->kind == CLAIM_DATE)
			continue;
		if (s != last) {	/* a sentence once (invariant 4) */
			last = s;
			sent = budget_says(g, s);
			ok = 0;
			if ((sent & 2) && !(sent & 4)) {
				if (!(sent & 1) && head < 0)
					head = head_says(g);
				ok = (sent & 1) || head == 1 || par_says(g, s);
			}
		}
		if (!ok)
			continue;
		cc = cl->reporter[0] ? cl->reporter : g->place ? g->place[s] : NULL;
		if (!cc || !fiscal_calendar(cc, &m0, &named) || !named || m0 <= 1 || m0 > 12)
			continue;	/* invariant 3 */
		y = atoi(cl->period);
		y0 = y - (named == 'E');
		if (y0 < YEAR_MIN || y0 >= YEAR_MAX)
			continue;
		fiscal_year_months(y0, m0, cl->period, sizeof(cl->period));
	}
}
