/*
 * anchor.c - which verb of its sentence a date belongs to. A sentence
 * often holds two verbs: one of a statement or an act ("said", "sent a
 * proposal", "announced", "issued a report", "introduced") and the one
 * of the figure ("be cut by between five and 50 pct", "exceeding one
 * mln dlrs"). A date next to the first is the statement's or the act's
 * day, never the figure's: "He said the ministry sent a proposal today
 * to the cabinet that the tariffs ... be cut by between five and 50 pct"
 * (no period), "from the 25.4 billion franc figure announced last month"
 * (not February 1987), "A penalty rate of interest of 19 pct is now
 * introduced" (no day of its own: GUIDE 8, a rule's rate is no quote of
 * the day), "Yesterday, USDA issued a report showing that ... of the
 * 3.85 billion dlrs in PIK certificates".
 *
 * Two tests, both on the words around the date only:
 *  - the date is next to an act verb (lexicon class actverb): right after
 *    it, or after it and its object's determiner and noun ("sent a
 *    proposal today"); for a day word also right before it, past
 *    "is"/"was"/"has"/"been" ("is now introduced"), or opening its
 *    sentence before the verb's subject ("Yesterday, USDA issued"). A
 *    period phrase before a statement verb is the figure's ("In 1986,
 *    the ministry said exports rose"), so only the first holds for it;
 *  - a clause opener ("that", "whether", "because", "if") or a verb of
 *    saying that opens its complement ("analysts said a further cut")
 *    stands between the date and the figure. An act in a time clause
 *    ("when", "since", "after") dates the figure: its date stays.
 *
 * Input: the token array, a date's tokens [k, end) in sentence s, figure
 * f. Output: 1 (the date is another verb's) or 0.
 *
 * Invariants:
 *  1. Only tokens of sentence s are read (word_s(), class_s(), gram_in()).
 *  2. Constant work per date, except the span between the date and the
 *     figure, which is bounded by the caller's window (WINDOW tokens).
 *  3. A number between the act verb and the date stops the object: "Japan
 *     issued 500 billion yen of bonds today" dates the bonds.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

#define TIME_CLAUSE 8	/* "when the auction system was first introduced": its words */
#define ACT_SUBJECT 3	/* "Yesterday, the USDA issued": words of the act's subject */

/* "is", "was", "has", "been" ... between a date and the verb after it. */
static int aux_at(const struct gram *g, size_t j, size_t s)
{
	static const enum lex_word aux[] = { W_IS, W_WAS, W_WERE, W_BEEN, W_HAS, W_HAVE, W_HAD };

	return gram_in(g, j, s) && g->t[j].kind == TOK_WORD && WORD_AMONG(g, j, aux);
}

/* A determiner that opens an act's object: "sent a proposal today". */
static int det_at(const struct gram *g, size_t j, size_t s)
{
	static const enum lex_word det[] = { W_A, W_AN, W_THE, W_ITS, W_THEIR };

	return gram_in(g, j, s) && g->t[j].kind == TOK_WORD && WORD_AMONG(g, j, det);
}

int anchor_act_verb(const struct gram *g, size_t k, size_t s)
{
	return class_s(g, k, s, CLS_VERBROLE) && tok_lex(g, k)->num == VERBROLE_ACT;
}

int anchor_act_before(const struct gram *g, size_t k, size_t s)
{
	size_t j = k;

	if (!gram_in(g, k, s))
		return 0;
	/* "said today", "announced last month", "said on Tuesday" */
	j -= word_s(g, j - 1, s, W_ON) || word_s(g, j - 1, s, W_IN);
	if (anchor_act_verb(g, j - 1, s))
		return 1;
	/* "sent a proposal today", "issued a report yesterday": the act's
	 * object, a determiner and one word that is no verb of change */
	return gram_in(g, j - 1, s) && g->t[j - 1].kind == TOK_WORD &&
	       !tok_has(g, j - 1, CLS_UP | CLS_DOWN | CLS_SCALE | CLS_UNIT) &&
	       !anchor_act_verb(g, j - 1, s) &&
	       det_at(g, j - 2, s) && anchor_act_verb(g, j - 3, s);
}

int anchor_act_when(const struct gram *g, size_t k, size_t end, size_t s)
{
	static const enum lex_word time_conj[] = { W_WHEN, W_SINCE, W_AFTER, W_BEFORE, W_UNTIL };
	size_t j = k - (word_s(g, k - 1, s, W_ON) || word_s(g, k - 1, s, W_IN));

	/* "said 1987 corn production", "said the current 1986/87 crop": a
	 * year that qualifies a noun is the subject's, not the verb's day */
	if (!gram_in(g, k, s) || end <= k || g->t[k].kind == TOK_NUM ||
	    (gram_in(g, end, s) && g->t[end].kind == TOK_WORD && !tok_is(g, end, W_THAT) &&
	     !tok_is(g, end, W_BY) && !tok_is(g, end, W_TO) && !tok_is(g, end, W_AND)))
		return 0;
	if (!anchor_act_verb(g, j - 1, s))
		return 0;
	/* "when the auction system was first introduced in October 1985": an
	 * act in a time clause dates the figure the clause is of */
	for (size_t i = j - 1; i-- > g->s[s].t0 && i + TIME_CLAUSE >= j;)
		if (g->t[i].kind != TOK_WORD)
			break;
		else if (WORD_AMONG(g, i, time_conj))
			return 0;
	return 1;
}

int anchor_act_date(const struct gram *g, size_t k, size_t end, size_t s)
{
	size_t j, w;

	if (!gram_in(g, k, s) || end <= k)
		return 0;
	if (anchor_act_before(g, k, s))
		return 1;
	/* after it: "is now introduced", "today said" */
	for (j = end; aux_at(g, j, s); j++)
		;
	if (anchor_act_verb(g, j, s))
		return 1;
	/* "Yesterday, USDA issued a report", "Today, the ministry said" */
	if (k != g->s[s].t0 || !gram_punct(g, end, ","))
		return 0;
	for (j = end + 1, w = 0; w < ACT_SUBJECT && gram_in(g, j, s) && g->t[j].kind == TOK_WORD &&
	     !anchor_act_verb(g, j, s); j++, w++)
		;
	while (aux_at(g, j, s))
		j++;
	return anchor_act_verb(g, j, s);
}

/* Token j opens a clause of its own verb: "that", "whether", "because",
 * "if", or a verb of saying followed by its complement's first word
 * ("analysts said a further cut", "said the ministry"), not by a comma
 * ("dealers said, ..."). Not "when": a time clause dates the figure ("stood
 * at 2.2 per dollar when the system was introduced in October 1985"). */
static int opener_at(const struct gram *g, size_t j, size_t s)
{
	static const enum lex_word openers[] = { W_THAT, W_WHETHER, W_BECAUSE, W_IF };
	static const enum lex_word saying[] = { W_SAID, W_SAYS, W_SHOWED, W_SHOWS, W_SHOW };

	if (!gram_in(g, j, s) || g->t[j].kind != TOK_WORD)
		return 0;
	if (WORD_AMONG(g, j, openers))
		return 1;
	return WORD_AMONG(g, j, saying) && gram_in(g, j + 1, s) && g->t[j + 1].kind == TOK_WORD;
}

int anchor_other_clause(const struct gram *g, size_t k, const struct fig *f, size_t s)
{
	size_t a = k < f->h0 ? k + 1 : f->t1, b = k < f->h0 ? f->h0 : k;

	for (size_t j = a; j < b; j++)
		if (opener_at(g, j, s))
			return 1;
	return 0;
}

int anchor_day_elsewhere(const struct gram *g, size_t k, const struct fig *f, size_t s)
{
	return anchor_act_date(g, k, k + 1, s) || anchor_other_clause(g, k, f, s);
}

int anchor_earlier_day(const struct gram *g, const struct cand *c, size_t s)
{
	return strlen(c->period) == 10 && strcmp(c->period, g->d->date) < 0 &&
	       !anchor_act_date(g, c->tok, c->end, s);
}
