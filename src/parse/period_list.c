/*
 * period_list.c - parallel lists of earlier values: "January sales totalled
 * 2.07 mln tonnes against 2.59 mln in December and 2.04 mln a year
 * earlier, while end-month stocks were 233,003 tonnes against 230,764 and
 * 241,567". A list that names its periods (the pattern) lends them, in
 * order, to a later list of the story that names none and compares
 * with a figure of the same period ("against 253,498 and 213,287", "against
 * 255.56 billion and 258.34 billion respectively").
 *
 * Input: each figure as frame_fill() reads it (its sentence, whether it is
 * an earlier value, its period so far). Output: the figure's period, when
 * it is a member of such a later list; g->plist is updated.
 *
 * Invariants:
 *  1. A list is the run of earlier values after a figure of a sentence that
 *     is not one; it ends at the next such figure or sentence.
 *  2. A pattern has at least two members, each with a period, not all the
 *     same; it holds until the next pattern, and only for a list that
 *     compares with a figure of its main's period (the figure it compared
 *     with): "Deposits rose to 33.81 billion against 33.60 billion and
 *     28.02 billion" a paragraph after "from 38.64 billion in November and
 *     37.44 billion in December 1985".
 *  3. Only a member with no period phrase on either side ("against X and
 *     Y", "X and Y respectively") takes the pattern's, and a first member
 *     only when the list's next member names none either; members read
 *     at most LIST_REACH tokens after them.
 */
#include "parse/parse_int.h"
#include "base/base.h"
#include "lexicon/lexicon.h"

#include <string.h>

#define LIST_REACH 8	/* "and 2.32 billion U.S. dlrs respectively," */

/* Token j ends a list member: "and", "while", "respectively", a comma, a
 * full stop or a bracket, or the sentence's end. */
static int member_end(const struct gram *g, size_t j, size_t s)
{
	static const enum lex_word words[] = { W_AND, W_WHILE, W_RESPECTIVELY, W_BUT };

	if (!gram_in(g, j, s))
		return 1;
	return g->t[j].kind == TOK_WORD ? WORD_AMONG(g, j, words) :
	       gram_punct(g, j, ",") || gram_punct(g, j, ".") || gram_punct(g, j, ";") ||
	       gram_punct(g, j, ")");
}

/* Token j opens a list member: "against", "versus", "vs", "with"
 * ("compared with"), "from", "and" or a comma. */
static int member_open(const struct gram *g, size_t j, size_t s)
{
	static const enum lex_word words[] = { W_AGAINST, W_VERSUS, W_VS, W_WITH, W_FROM, W_AND };

	return gram_in(g, j, s) && (WORD_AMONG(g, j, words) || gram_punct(g, j, ","));
}

/* Tokens [j, ...) after "and" are a bare figure: a number, then up to the
 * member's end only words of its unit ("2.32 billion", "43.1 pct"), no
 * period word ("a year ago", "in December", "1986"). */
static int bare_next(const struct gram *g, size_t j, size_t s)
{
	static const enum lex_word dated[] = { W_IN, W_A, W_YEAR, W_AGO, W_EARLIER, W_LAST,
					       W_PREVIOUS, W_THE, W_DURING, W_FOR, W_ON, W_AT };

	if (!gram_in(g, j, s) || g->t[j].kind != TOK_NUM)
		return 0;
	for (size_t k = j + 1; k < j + LIST_REACH; k++) {
		if (member_end(g, k, s))
			return 1;
		if (when_year_tok(g, k, s) || (g->t[k].kind == TOK_WORD &&
					       (tok_has(g, k, CLS_MONTH) || WORD_AMONG(g, k, dated))))
			return 0;
	}
	return 0;
}

/* f names no period of its own: opened by "against", "and"..., ended by
 * "and", a comma...; a first member (idx 0) only before "and" and a bare
 * figure ("against 230,764 and 241,567"). */
static int bare_member(const struct gram *g, const struct fig *f, size_t s, int idx)
{
	if (!member_open(g, f->h0 - 1, s) || !member_end(g, f->t1, s))
		return 0;
	return idx > 0 || (tok_is(g, f->t1, W_AND) && bare_next(g, f->t1 + 1, s));
}

void period_list(struct gram *g, const struct fig *f, size_t s, int prior,
		 char period[static PERIOD_MAX])
{
	struct plist *cur = &g->pl_cur, *pat = &g->pl_pat;
	const char *main = g->last_s == s ? g->last_period : "";
	int idx;

	if (!prior) {
		/* a figure that is no earlier value opens its sentence's next list */
		cur->s = s;
		cur->n = cur->lent = 0;
		return;
	}
	if (cur->s != s)
		return;
	if (cur->n == 0)
		memcpy(cur->main, main, PERIOD_MAX);
	idx = cur->n;
	if (idx >= PLIST_MAX)
		return;
	if (pat->n > idx && main[0] && !strcmp(pat->main, main) &&
	    (idx == 0 || cur->lent == idx) && bare_member(g, f, s, idx)) {
		memcpy(period, pat->per[idx], PERIOD_MAX);
		cur->lent++;
	}
	memcpy(cur->per[idx], period, PERIOD_MAX);
	cur->n++;
	/* a list that names two periods, not one, is the pattern (invariant 2) */
	if (cur->n >= 2 && !cur->lent && cur->main[0]) {
		for (int k = 0; k < cur->n; k++)
			if (!cur->per[k][0])
				return;
		for (int k = 1; k < cur->n; k++)
			if (strcmp(cur->per[k], cur->per[0])) {
				*pat = *cur;
				return;
			}
	}
}
