/*
 * govern.c - a figure's measure from the kind of the word that governs its
 * clause (tests/eval/STUDY11.md, work item 3; GUIDE section 7): what is
 * asked, ordered, offered or allowed is a target, not what is.
 *
 *  - a word of compulsion, aim or demand before f (frame_required_before():
 *    "calling for a 50 pct rise", "would force a 10 pct annual cut"), also
 *    of a share ("are required to set aside 20 pct of their base acreage");
 *  - a directive, request or chance offered whose "to" or "that" clause f
 *    is in ("voted to direct the administration to cut the list ... by 40
 *    per cent", "urged Japan to buy", "will have the opportunity to sell an
 *    additional 300,000 tonnes"), a demand "for" it ("is pressing for an
 *    exchange rate of up to 28 dlrs"), a permission of an amount ("to allow
 *    individuals to take 5,000 dlrs in cash out of the country"): the
 *    words of class govern in measure.tsv, their value the kind;
 *  - the earlier value of a target it is moved "from" ("raise the limit
 *    ... to one pct from 0.5 pct"): the old limit, a target too (meaning.c
 *    makes it a level when its period is over);
 *  - a change named by a noun and a relative clause or a participle after
 *    it ("the price cuts, which ranged up to 10 pct", "sterling has risen
 *    sharply, adding almost five pct on its trade-weighted index").
 *
 * Input: the token array, one figure, its sentence and the measure and
 * direction frame.c gave it. Output: the measure (and direction) to keep.
 *
 * Invariants:
 *  1. Pure: reads g and f; writes only *dir.
 *  2. Only f's sentence is read (word_s()/gram_in() bound every index):
 *     its clause at most GOVERN_REACH words back from f, and the sentence
 *     once for a tender or licence: bounded work per figure.
 *  3. A capacity, investment or price is never made a target here, a share
 *     only when required, nor a figure that sizes a balance or flow named
 *     right after it ("to cut its 50 billion dlr trade surplus by":
 *     frame_sizes_named()).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

#define GOVERN_REACH 14	/* "direct the administration to cut the list of controlled exports by" */

enum govern_kind { GOV_ASK = 1, GOV_DEMAND = 2, GOV_ALLOW = 3 };

/* The kind of governing word token k is (enum govern_kind), else 0. */
static int kind_of(const struct gram *g, size_t k)
{
	int n = tok_has(g, k, CLS_VERBROLE) ? tok_lex(g, k)->num : 0;

	return n < VERBROLE_ACT ? n : 0;
}

/* Token k, after "to", may be a verb ("to cut", "to buy"), not what a
 * preposition takes ("subsidies to the farm sector", "to Japan", "to 40
 * pct", "to third countries"): no article, possessive, number, ordinal,
 * hedge ("amount to some five billion"), country or capitalised name. */
static int infinitive(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word det[] = { W_THE, W_A, W_AN, W_ITS, W_THEIR, W_THIS, W_THESE };
	const char *w;

	if (!gram_in(g, k, s) || g->t[k].kind != TOK_WORD || WORD_AMONG(g, k, det) ||
	    tok_has(g, k, CLS_COUNTRY | CLS_ORDINAL | CLS_NUMBER | CLS_MONTH | CLS_HEDGE))
		return 0;
	w = g->d->buf + g->t[k].off;
	return !(*w >= 'A' && *w <= 'Z');
}

/*
 * A word of class govern governs f from k: the clause of f reaches back
 * to it, and what stands between fits its kind: a directive's "to" or
 * "that" ("urged Japan to buy"), a demand's "for" within three words after
 * it ("pressing Washington for"), anything for a permission ("allowing
 * imports of"). Not a flow, goods or an investment right after the word
 * ("direct exports to China of": an adjective).
 */
static int governs(const struct gram *g, const struct fig *f, size_t s, size_t k, int kind)
{
	static const enum lex_word traded[] = { W_TENDER, W_TENDERS, W_LICENCE, W_LICENCES,
		W_LICENSE, W_LICENSES };
	int to = 0, for_ = 0;

	if (gram_in(g, k + 1, s) &&
	    tok_has(g, k + 1, CLS_FLOWIMP | CLS_FLOWEXP | CLS_COMMODITY | CLS_INVEST | CLS_GOODS))
		return 0;
	/* a tender's quantity or a licence's is trade asked for, a level
	 * (GUIDE 7): "its request that tenders be opened for the sale of",
	 * "have requested licences to export 40,000 tonnes ... at today's
	 * European Community tender" */
	for (size_t q = g->s[s].t0; q < g->s[s].t1; q++)
		if (WORD_AMONG(g, q, traded))
			return 0;
	for (size_t q = k + 1; q < f->h0 && gram_in(g, q, s); q++) {
		if ((tok_is(g, q, W_TO) && infinitive(g, q + 1, s)) || tok_is(g, q, W_THAT))
			to = 1;
		if (tok_is(g, q, W_FOR) && q <= k + 3)
			for_ = 1;
	}
	return kind == GOV_ALLOW || (kind == GOV_ASK && to) || (kind == GOV_DEMAND && for_);
}

/* A governing word of class govern before f in its clause, and its kind
 * if it governs f; else 0. The nearest word decides. */
static int governed(const struct gram *g, const struct fig *f, size_t s)
{
	size_t c = g->clause[f->h0];

	for (size_t k = f->h0 - 1, n = 0; n < GOVERN_REACH && gram_in(g, k, s) &&
					  g->clause[k] == c; k--, n++) {
		int kind = kind_of(g, k);

		if (kind)
			return governs(g, f, s, k, kind) ? kind : 0;
	}
	return 0;
}

/* A directive or demand governs f ("is pressing for an exchange rate of
 * up to 28 dlrs"): rate_target.c asks it of an exchange rate. */
int govern_asked(const struct gram *g, const struct fig *f, size_t s)
{
	int kind = governed(g, f, s);

	return kind == GOV_ASK || kind == GOV_DEMAND;
}

/* "the price cuts, which ranged up to 10 pct", "increases ranging from 5
 * to 10 pct": a change noun the range of f is the relative clause of. Its
 * direction, or 0. */
static int ranged_change(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	if (word_s(g, k, s, W_FROM) || word_s(g, k, s, W_BETWEEN))
		k--;
	if (!word_s(g, k, s, W_RANGED) && !word_s(g, k, s, W_RANGING) &&
	    !word_s(g, k, s, W_RANGE) && !word_s(g, k, s, W_RANGES))
		return 0;
	k--;
	if (word_s(g, k, s, W_WHICH) || word_s(g, k, s, W_THAT))
		k--;
	if (gram_punct(g, k, ","))
		k--;
	return gram_in(g, k, s) ? clause_direction_word(g, k) : 0;
}

/* "sterling has risen sharply, adding almost five pct on its index": a
 * participle of "add" set off by a comma, f right after it: a rise. */
static int adding(const struct gram *g, const struct fig *f, size_t s)
{
	return word_s(g, f->h0 - 1, s, W_ADDING) && gram_punct(g, f->h0 - 2, ",");
}

/* "raise the limit on ... to one pct from [f]", "a reduction in the
 * maximum humidity level to 13 pct from [f]": a verb or noun of change,
 * then a word of limit it moves, in f's clause before the new value (not
 * "minimum reserve holdings declined to 57.0 billion marks from", what
 * the limit's holdings did; not "to raise its capital to 703 mln francs
 * from", a plan's amount whose old value is what is). */
static int limit_moved(const struct gram *g, const struct fig *f, size_t s)
{
	size_t c = g->clause[f->h0];
	int limit = 0;

	for (size_t k = f->h0 - 1, n = 0; n < GOVERN_REACH + 6 && gram_in(g, k, s) &&
					  g->clause[k] == c; k--, n++) {
		if (tok_has(g, k, CLS_TARGET) && !clause_direction_word(g, k))
			limit = 1;
		else if (limit && clause_direction_word(g, k))
			return 1;
	}
	return 0;
}

enum measure govern_measure(const struct gram *g, const struct fig *f, size_t s, int prior,
			    enum measure m, const char **dir)
{
	int kind, d;

	/* "raise the limit ... to one pct from 0.5 pct", "cut the limit on
	 * purchases ... to 40 pct from 90 pct of the value": the old limit,
	 * of the same kind as the new one */
	if (prior == 1 && g->prev_s == s && g->prev_m == MEASURE_TARGET && !g->prev_prior &&
	    word_s(g, f->h0 - 1, s, W_FROM) && f->h0 <= g->prev_t1 + 2 && m != MEASURE_CAPACITY &&
	    m != MEASURE_INVESTMENT && limit_moved(g, f, s))
		return MEASURE_TARGET;
	/* "farmers enrolling in the program are required to set aside 20 pct
	 * of their base acreage": a part of a whole required is a target */
	if (m == MEASURE_SHARE && !prior && frame_required_before(g, f, s, prior))
		return MEASURE_TARGET;
	if (m == MEASURE_TARGET || m == MEASURE_SHARE || m == MEASURE_CAPACITY ||
	    m == MEASURE_INVESTMENT || m == MEASURE_PRICE)
		return m;
	if (frame_required_before(g, f, s, prior))
		return MEASURE_TARGET;	/* "calling for a 50 pct rise" */
	if (prior)
		return m;
	if (m == MEASURE_LEVEL && (d = ranged_change(g, f, s))) {
		*dir = d > 0 ? "up" : "down";
		return MEASURE_CHANGE;
	}
	if (m == MEASURE_LEVEL && adding(g, f, s)) {
		*dir = "up";
		return MEASURE_CHANGE;
	}
	kind = governed(g, f, s);
	if (!kind || (kind == GOV_ALLOW && measure_is_change(m)) || frame_sizes_named(g, f, s))
		return m;
	return MEASURE_TARGET;
}
