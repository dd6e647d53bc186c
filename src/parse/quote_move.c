/*
 * quote_move.c - a market price's move is the price's own: "Spot gold was
 * down 0.4% at $3,412.60 an ounce", "robusta settled $62 lower at $4,388 a
 * tonne", "closed 38 ringgit, or 0.9%, higher at 4,236 ringgit a tonne",
 * "rose $3 to $236 per tonne" (gram_quote_moves()). The move takes the
 * flow, reporter and partner of the price it ends at, as meaning.c and
 * quote.c gave them: a market quote has none (GUIDE.md section 10), so the
 * story's country is not the move's either; a price an authority sets
 * keeps its economy, and so does its move. A price that only took its
 * rate from such a quote ("after hitting a record of $3,468.20") loses the
 * reporter the story gave it, as context_owner_fill() does to a quote.
 *
 * Input: a window's claims (base.. of out) and their figures, after
 * gram_share_rates() has shared the rates of a sentence's prices.
 * Output: the same claims, flow, reporter and partner copied or cleared.
 *
 * Invariants:
 *  1. Only claims of one sentence are linked; the move comes before its
 *     price, at most MOVE_REACH tokens, with nothing between but the words
 *     of a move ("lower", "higher", "at", "to", an aside ", or 0.9%,"),
 *     and "at" or "to" right before the price.
 *  2. Only the price's fields are copied, never invented: a move is
 *     no flow of its own, even in a sentence that names one elsewhere
 *     ("Vietnam shipped ..., while robusta settled $62 lower at"); a
 *     companion price loses only a reporter the story inferred.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

#define MOVE_REACH 10	/* "38 ringgit , or 0.9 % , higher at" */

/* Token q may stand between a move and the price it reaches. */
static int move_word(const struct gram *g, size_t q)
{
	static const enum lex_word words[] = { W_OR, W_HIGHER, W_LOWER, W_UP, W_DOWN, W_AT, W_TO };

	return gram_punct(g, q, ",") || WORD_AMONG(g, q, words);
}

/* The claim of out at or after index k + 1 that is the price figure fa's
 * move reaches, or NULL; *dir the move's way a word between says ("38
 * ringgit, or 0.9%, higher at": 1, "lower": -1), else 0. */
static struct claim *price_reached(const struct gram *g, struct claims *out,
					 size_t base, const struct fig *figs, size_t k, int *dir)
{
	const struct fig *fa = &figs[k - base];
	size_t s = g->sent[fa->t0], n = k + 1, q = fa->t1;

	*dir = 0;

	while (q < fa->t1 + MOVE_REACH && gram_in(g, q, s)) {
		const struct fig *fb = n < out->n ? &figs[n - base] : NULL;

		if (fb && q == fb->t0) {
			struct claim *b = &out->v[n];

			if (b->kind == CLAIM_MONEY && b->measure == MEASURE_PRICE && b->per[0] &&
			    (word_s(g, q - 1, s, W_AT) || word_s(g, q - 1, s, W_TO)))
				return b;
			if (b->kind != CLAIM_PERCENT)	/* only ", or 0.9%," between */
				return NULL;
			q = fb->t1;
			n++;
			continue;
		}
		if (!move_word(g, q))
			return NULL;
		if (tok_is(g, q, W_HIGHER) || tok_is(g, q, W_LOWER))
			*dir = tok_is(g, q, W_HIGHER) ? 1 : -1;
		q++;
	}
	return NULL;
}

/* "export prices for Russian wheat rose $3 to $236": the flow whose
 * prices the clause of figure f quotes, before it ("export prices"), or
 * NULL. */
static const char *prices_flow(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0], c = g->clause[f->t0];

	for (size_t k = f->t0 - 1, n = 0; n < 12 && gram_in(g, k, s) && g->clause[k] == c; k--, n++)
		if (class_s(g, k, s, CLS_FLOWIMP | CLS_FLOWEXP) &&
		    (word_s(g, k + 1, s, W_PRICE) || word_s(g, k + 1, s, W_PRICES)))
			return g->t[k].cls & CLS_FLOWIMP ? "import" : "export";
	return NULL;
}

void gram_take_subject(struct claim *a, const struct claim *b)
{
	memcpy(a->flow, b->flow, sizeof(a->flow));
	memcpy(a->reporter, b->reporter, sizeof(a->reporter));
	memcpy(a->partner, b->partner, sizeof(a->partner));
	a->flow_src = b->flow_src;
	a->reporter_src = b->reporter_src;
	a->partner_src = b->partner_src;
}

/* Claim q is a market's quote: a price with no flow and no reporter that
 * a move of one of the two claims before it reaches ("down 0.4% at
 * $3,412.60 an ounce"). Not a price a list states bare ("rebates between
 * 138.94 and 145 Ecus"). */
static int market_quote(const struct gram *g, struct claims *out, size_t base,
			const struct fig *figs, size_t q)
{
	const struct claim *b = &out->v[q];
	int dir;

	if (b->measure != MEASURE_PRICE || b->flow[0] || b->reporter[0])
		return 0;
	for (size_t r = q > base + 2 ? q - 2 : base; r < q; r++)
		if (price_reached(g, out, base, figs, r, &dir) == b &&
		    (dir || measure_is_change(out->v[r].measure)))
			return 1;
	return 0;
}

/* Claim a is a price that shares the rate of a market's quote of its
 * sentence, in the same unit and per: a record or earlier level of that
 * quote. */
static int quote_companion(const struct gram *g, struct claims *out, size_t base,
			   const struct fig *figs, size_t k)
{
	const struct claim *a = &out->v[k];
	size_t s = g->sent[figs[k - base].t0];

	for (size_t q = base; q < out->n; q++) {
		const struct claim *b = &out->v[q];

		if (q != k && g->sent[figs[q - base].t0] == s && !strcmp(b->per, a->per) &&
		    !strcmp(b->unit, a->unit) && market_quote(g, out, base, figs, q))
			return 1;
	}
	return 0;
}

int quote_futures_word(const struct gram *g, size_t k)
{
	size_t s = g->sent[k];

	if (tok_is(g, k, W_FUTURES))
		return 1;
	if (!tok_is(g, k, W_CONTRACT))
		return 0;
	for (size_t n = 1; n <= 4; n++)
		if ((gram_in(g, k - n, s) && (tok_has(g, k - n, CLS_MONTH) ||
					      tok_is(g, k - n, W_BENCHMARK))) ||
		    word_s(g, k + n, s, W_DERIVATIVES))
			return 1;
	return 0;
}

void gram_quote_moves(const struct gram *g, struct claims *out, size_t base, const struct fig *figs)
{
	for (size_t k = base; k < out->n; k++) {
		struct claim *a = &out->v[k];
		struct claim *b;
		const char *fp;
		size_t t;
		int dir;

		if (a->kind == CLAIM_DATE)
			continue;
		if (a->measure == MEASURE_PRICE && a->per[0] && !a->flow[0] &&
		    a->reporter_src == SOURCE_INFERRED && quote_companion(g, out, base, figs, k)) {
			a->reporter[0] = '\0';
			a->reporter_src = SOURCE_NONE;
			continue;
		}
		if ((a->kind != CLAIM_MONEY && a->kind != CLAIM_PERCENT) ||
		    (a->measure != MEASURE_LEVEL && a->measure != MEASURE_PRICE &&
		     !measure_is_change(a->measure)))
			continue;
		if ((b = price_reached(g, out, base, figs, k, &dir)) == NULL)
			continue;
		/* "rose $4 to $212 per tonne": the verb before says the way */
		t = figs[k - base].t0;
		if (!dir && class_s(g, t - 1, g->sent[t], CLS_UP | CLS_DOWN))
			dir = tok_has(g, t - 1, CLS_UP) ? 1 : -1;
		if (!measure_is_change(a->measure) && !dir)
			continue;
		/* "closed 38 ringgit, or 0.9%, higher at": a move, of that way */
		if (!measure_is_change(a->measure)) {
			a->measure = MEASURE_CHANGE;
			str_copy(a->direction, sizeof(a->direction), dir > 0 ? "up" : "down",
				 dir > 0 ? 2 : 4);
		}
		gram_take_subject(a, b);
		/* a quote of a flow's prices is of that flow, a market's still */
		if ((fp = prices_flow(g, &figs[k - base])) != NULL) {
			str_copy(a->flow, sizeof(a->flow), fp, strlen(fp));
			str_copy(b->flow, sizeof(b->flow), fp, strlen(fp));
			a->flow_src = b->flow_src = SOURCE_STATED;
		}
	}
}
