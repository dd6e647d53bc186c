/*
 * clause_local.c - fields a figure's own clause states around it (issue
 * 13, STUDY11 item 4): the goods after "tonnes of"; the goods the
 * sentence's head opens with, for a figure of its predicate that names
 * none ("Spending on food accounts for about one quarter"); a rate adverb
 * that ends the figure's clause ("to take 5,000 dlrs in cash out of the
 * country each year": per year).
 *
 * Input: the token array of gram.c and the figure frame.c fills. Output:
 * fields of the claim, each only where the text states it in the figure's
 * own clause.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read, each window bounded
 *     by a constant: a figure costs constant time.
 *  2. A field is only filled where it is blank (the goods, per).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

void clause_goods_after(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	size_t n = 0;

	if (cl->kind != CLAIM_QUANTITY || cl->commodity[0] || !word_s(g, f->t1, s, W_OF))
		return;
	/* "tonnes of wheat", "tonnes of U.S. barley" (flow4) */
	if (subject_commodity(g, f->t1 + 1, s, cl->commodity))
		return;
	if (subject_country_starting(g, f->t1 + 1, s, &n) && n)
		subject_commodity(g, f->t1 + 1 + n, s, cl->commodity);
}

/* Token k ends the figure's clause: the sentence's end or a break. */
static int clause_end(const struct gram *g, size_t k, size_t s)
{
	return !gram_in(g, k, s) || g->t[k].kind == TOK_PUNCT || g->t[k].kind == TOK_SYM;
}

/* A rate adverb that ends the figure's clause with words only between:
 * "to take 5,000 dlrs in cash out of the country each year". */
static int rate_at_clause_end(const struct gram *g, const struct fig *f, size_t s)
{
	for (size_t k = f->t1; k < f->t1 + 10 && gram_in(g, k, s); k++) {
		if (g->t[k].kind != TOK_WORD)
			return 0;
		if (((tok_is(g, k, W_EACH) || tok_is(g, k, W_EVERY)) && word_s(g, k + 1, s, W_YEAR) &&
		     clause_end(g, k + 2, s)) ||
		    (tok_is(g, k, W_PER) && word_s(g, k + 1, s, W_ANNUM) && clause_end(g, k + 2, s)) ||
		    (tok_is(g, k, W_ANNUALLY) && clause_end(g, k + 1, s)))
			return 1;
	}
	return 0;
}

void clause_local_fill(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	if (cl->kind == CLAIM_DATE)
		return;
	if (!cl->per[0] && cl->kind != CLAIM_PERCENT && rate_at_clause_end(g, f, s))
		str_copy(cl->per, sizeof(cl->per), "year", 4);
}

#define HEAD_LEAD 5	/* "The Australian wheat": words before the subject's goods */
#define HEAD_REACH 40	/* tokens from the subject's goods to the figure */

/*
 * The goods the head of figure f's sentence names, when the sentence
 * opens with them and names no other goods before the figure: "Spending
 * on food accounts for about one quarter of ... and roughly 10 pct of
 * GNP", "Wheat condition was rated 15 pct fair", "Australian wheat
 * farmers ... receive an advance payment ... calculated at 90 pct". Not
 * across "while", "but", "whereas", "that" (another subject's clause)
 * nor an "and" that starts another predicate; not goods that name their
 * holder ("sugar group", "grain certificates"); money only as a price.
 * Fills a blank only.
 */
void clause_head_goods(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	static const enum lex_word holders[] = { W_GROUP, W_GROUPS, W_COMPANY, W_COMPANIES,
		W_FIRM, W_FIRMS, W_CORP, W_CERTIFICATES };
	size_t t0, k, used = 0;
	char name[24];

	/* money only as a price: "gold and currency reserves rose 173 mln
	 * guilders" are no gold */
	if (cl->kind == CLAIM_DATE || (cl->kind == CLAIM_MONEY && !cl->per[0]) ||
	    cl->commodity[0] || cl->measure == MEASURE_BALANCE || s == NO_SENT)
		return;
	t0 = g->body && g->body[s] > g->s[s].t0 && g->body[s] < g->s[s].t1 ? g->body[s] : g->s[s].t0;
	for (k = t0; k <= t0 + HEAD_LEAD && k < f->h0; k++) {
		if (g->t[k].kind == TOK_NUM)
			return;
		if ((used = subject_commodity(g, k, s, name)) != 0)
			break;
	}
	if (!used || k + used > f->h0 || f->h0 - (k + used) > HEAD_REACH ||
	    (gram_in(g, k + used, s) && WORD_AMONG(g, k + used, holders)))
		return;	/* "French sugar group Beghin-Say, which is 49.6 pct owned" */
	for (size_t j = k + used; j < f->h0; j++)
		if (tok_has(g, j, CLS_COMMODITY) || tok_is(g, j, W_WHILE) || tok_is(g, j, W_BUT) ||
		    tok_is(g, j, W_WHEREAS) || tok_is(g, j, W_THAT) || gram_punct(g, j, ";") ||
		    (tok_is(g, j, W_AND) && f->h0 > j + 2))
			return;	/* "rice is the main staple and provides an income
				   for 17 pct of the workforce": another predicate;
				   not "... and roughly 10 pct" */
	str_copy(cl->commodity, sizeof(cl->commodity), name, strlen(name));
}
