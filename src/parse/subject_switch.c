/*
 * subject_switch.c - the subject switches inside a sentence: after a
 * figure, "while", "whereas", "but", "although", "and" or "with" may open
 * a clause with a subject of its own ("while oil imports rose"), which the
 * figures after it take instead of the sentence's (subject_switches()).
 *
 * Input: the token array and a sentence, with the subject subject_scan()
 * read from its start. Output: the switch tokens and their subjects.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (subject.c's invariant 1).
 *  2. A clause about no trade flow ("while U.S. production rose") switches
 *     to an empty subject, so the figures after it take none.
 *  3. At most max switches are written, in order of position.
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"
#include "base/base.h"

#include <string.h>

/* Words that open a clause with a subject of its own. */
static const enum lex_word switch_words[] = { W_WHILE, W_WHEREAS, W_BUT, W_ALTHOUGH, W_AND, W_WITH };

/* Nouns of what an economy makes, holds, owes or spends: the subject of a
 * clause that is no trade flow ("while U.S. production rose", "while its
 * debt to the Exchequer doubled"). */
static const enum lex_word other_nouns[] = { W_PRODUCTION, W_OUTPUT, W_CONSUMPTION, W_STOCKS,
					     W_INVENTORIES, W_DEBT, W_DEBTS, W_RESERVES,
					     W_INFLATION, W_UNEMPLOYMENT, W_SPENDING, W_BUDGET,
					     W_GNP, W_GDP, W_CROP, W_HARVEST };

/* Token j is a currency as a subject ("the dollar", "the Zimbabwe
 * dollar"), not an amount ("seven mln stg"): after "the", or after a
 * capitalised word past lo. */
static int currency_subject(const struct gram *g, size_t j, size_t lo)
{
	const char *iso;

	return units_currency(txt(g, j), g->t[j].len, &iso) != UNIT_NONE &&
	       (tok_is(g, j - 1, W_THE) ||
		(j - 1 > lo && tok_text(g, j - 1)[0] >= 'A' && tok_text(g, j - 1)[0] <= 'Z'));
}

/* The switch word at k opens a clause whose subject, within four words, is
 * one of other_nouns or a currency ("and the Zimbabwe dollar has
 * depreciated by"), with no flow noun, verb of trade or balance before it
 * and a verb after it (a noun that a figure follows at once is the
 * object of the first clause's verb: "and output of 3 mln tonnes"). */
static int other_subject(const struct gram *g, size_t k, size_t s)
{
	if (tok_is(g, k, W_WITH))
		return 0;
	/* four words; "U.S." is five tokens */
	for (size_t j = k + 1; j <= k + 6 && gram_in(g, j, s) &&
			       (g->t[j].kind == TOK_WORD || gram_punct(g, j, ".")); j++) {
		if (g->t[j].kind != TOK_WORD)
			continue;
		if (flow_word(g, j) || flow_verb(g, j) || tok_has(g, j, CLS_BALANCE))
			return 0;
		/* a currency as a subject ("the dollar", "the Zimbabwe dollar"),
		 * not an amount ("seven mln stg") */
		if (WORD_AMONG(g, j, other_nouns) || currency_subject(g, j, k)) {
			if (!gram_in(g, j + 1, s) || g->t[j + 1].kind != TOK_WORD ||
			    tok_is(g, j + 1, W_OF))
				return 0;
			/* nor a flow named before the clause's figure: "while
			 * the dollar value of imports rose" */
			for (size_t q = j + 1; q <= j + 8 && gram_in(g, q, s) &&
					       g->t[q].kind != TOK_NUM && !gram_punct(g, q, ","); q++)
				if (flow_word(g, q) || flow_verb(g, q) || tok_has(g, q, CLS_BALANCE))
					return 0;
			return 1;
		}
	}
	return 0;
}

size_t subject_switches(const struct gram *g, size_t s, const struct subj *whole,
			size_t *tok, struct subj *sw, size_t max)
{
	const struct sent *se = &g->s[s];
	size_t n = 0;
	int num = 0;

	for (size_t k = se->t0; k < se->t1 && n < max; k++) {
		size_t j;

		if (g->t[k].kind == TOK_NUM)
			num = 1;
		/* "..., IMPORTS DOWN 1.2 PCT", "...; imports fell 4 pct": a flow
		 * that opens a clause */
		if (num && flow_word(g, k) && (gram_punct(g, k - 1, ",") || gram_punct(g, k - 1, ";")) &&
		    clause_subject(g, k) &&
		    scan_from(g, s, k, 1, &sw[n])) {
			if (!sw[n].commodity[0])
				memcpy(sw[n].commodity, whole->commodity, sizeof(sw[n].commodity));
			tok[n++] = k;
			num = 0;
			continue;
		}
		if (!num || g->t[k].kind != TOK_WORD || !WORD_AMONG(g, k, switch_words))
			continue;
		/* "shipments to the United States dropped 9.4%, while those to
		 * China gained 2.2%": the same flow with another partner */
		if (whole->flow[0] && (word_s(g, k + 1, s, W_THOSE) || word_s(g, k + 1, s, W_THAT)) &&
		    (word_s(g, k + 2, s, W_TO) || word_s(g, k + 2, s, W_FROM) ||
		     word_s(g, k + 2, s, W_WITH))) {
			size_t p0 = k + 3 + word_s(g, k + 3, s, W_THE), m;
			const char *c = gram_in(g, p0, s) && *txt(g, p0) >= 'A' && *txt(g, p0) <= 'Z' ?
						country_starting(g, p0, s, &m) : NULL;

			if (c && strcmp(c, whole->reporter)) {
				sw[n] = *whole;
				set(sw[n].partner, sizeof(sw[n].partner), c);
				sw[n].par_open = sw[n].par_inferred = 0;
				sw[n].tok = k;
				tok[n++] = k;
				num = 0;
				continue;
			}
		}
		if (other_subject(g, k, s)) {
			/* "while U.S. production rose only 1.9 pct": no flow */
			memset(&sw[n], 0, sizeof(sw[n]));
			memcpy(sw[n].reporter, whole->reporter, sizeof(sw[n].reporter));
			sw[n].rep_inferred = whole->rep_inferred;
			sw[n].tok = k;
			tok[n++] = k;
			num = 0;
			continue;
		}
		/* A new flow noun within six words: "while oil imports rose",
		 * "while the rate of increase in imports fell",
		 * "and Russian seaborne wheat exports". */
		/* Or a verb of trade within six: "and plans last year to sell
		 * one mln tonnes to Iran"; or a noun of a sale: "while Russian
		 * supplies to China came to". */
		for (j = k + 1; j <= k + 6 && gram_in(g, j, s) && g->t[j].kind == TOK_WORD; j++)
			if (flow_word(g, j) || flow_verb(g, j) || sale_noun(g, j, s))
				break;
		if (!gram_in(g, j, s) || j > k + 6 || g->t[j].kind != TOK_WORD ||
		    !scan_from(g, s, k + 1, 1, &sw[n]))
			continue;
		if (!sw[n].partner[0] && strcmp(whole->reporter, sw[n].reporter) == 0)
			memcpy(sw[n].partner, whole->partner, sizeof(sw[n].partner));
		/* "Exports to OECD countries rose ..., while imports were 4.56
		 * billion": the partner the sentence named but does not know is
		 * the clause's too, not all (subject6) */
		if (!sw[n].partner[0] && !sw[n].par_open && whole->par_open &&
		    strcmp(whole->reporter, sw[n].reporter) == 0)
			sw[n].par_open = 1;
		if (!sw[n].commodity[0])
			memcpy(sw[n].commodity, whole->commodity, sizeof(sw[n].commodity));
		tok[n++] = k;
		num = 0;
	}
	return n;
}

#define KIND_REACH 10	/* words back from a figure to the head of its clause */

/* Heads of a figure of another kind besides other_nouns: what a field
 * yields, holds back or uses, and its area. */
static const enum lex_word kind_nouns[] = { W_YIELD, W_YIELDS, W_RESERVE, W_ACREAGE, W_PLANTINGS,
					    W_USE, W_CARRYOVER, W_DISAPPEARANCE, W_AREA };

/* The words before figure f, back to the figure before it in its sentence
 * (at most KIND_REACH), name what f is of: one of other_nouns ("wheat
 * stocks at the end of 1986 were 390,000 tonnes", "Soviet grain
 * production"), a figure of another kind than a trade flow (scope.c). A
 * year is no figure: the words go on past it. */
int subject_other_kind(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];

	for (size_t k = f->h0 - 1; gram_in(g, k, s) && k + KIND_REACH >= f->h0 &&
			       (g->t[k].kind != TOK_NUM || when_year_tok(g, k, s)); k--)
		if (WORD_AMONG(g, k, other_nouns) || WORD_AMONG(g, k, kind_nouns) ||
		    tok_among(g, k, subject_home_words, SUBJECT_HOME))	/* "Domestic sales of" */
			return 1;
	return 0;
}

/* The same words name a currency as the subject ("The Taiwan currency has
 * risen 17 pct", "the Korean won rose by some six pct"). */
int subject_currency_before(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];

	for (size_t k = f->h0 - 1; gram_in(g, k, s) && k + KIND_REACH >= f->h0 &&
			       g->t[k].kind != TOK_NUM; k--)
		if (tok_is(g, k, W_CURRENCY) ||
		    (g->t[k].kind == TOK_WORD && k > g->s[s].t0 && currency_subject(g, k, g->s[s].t0)))
			return 1;
	return 0;
}

/* Sentence s states a flow (a flow noun or a verb of trade) from its body
 * up to token end (scope.c: a flow stated anew ends the frame's). */
int subject_flow_said(const struct gram *g, size_t s, size_t end)
{
	for (size_t k = context_body(g, s); k < end && gram_in(g, k, s); k++)
		if (g->t[k].kind == TOK_WORD && (flow_word(g, k) || flow_verb(g, k)))
			return 1;
	return 0;
}
