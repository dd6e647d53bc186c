/*
 * when_quote.c - the day of a price per unit quoted in a market session:
 * "gold closed at 436.50 dlrs a troy ounce", "silver 22.5 cents to 6.86
 * dlrs a troy ounce" after it, "tendering tonight for wheat at 94.00 dlrs
 * per tonne", "prices rose by 0.25 pesetas a kilo today". timing_spot()
 * dates prices with no unit of quantity; a price per unit also names
 * deals, bonuses and programme rates that are no quote of the day, so it
 * takes a day only from a session's words or a day word, never from "now",
 * "currently" or the paragraph's last day.
 *
 * A market report goes on in the next sentence of its paragraph without
 * the session's words ("Spot gold was down 0.4% at $3,412.60 an ounce by
 * 1105 GMT, after a record on Monday. Silver slipped 1.1% to $38.95 per
 * ounce."): a quote there with no day of its own is the session's, the
 * story's day (when_session_before()), not the day named for another
 * figure (timing_spot()'s paragraph day).
 *
 * Also where a period phrase after such a price counts as right after
 * it (when_per_lead()): "3.11 rupees per kilo on March 1", "4.10 dlrs a
 * tonne on Monday", "5 dlrs per 100 kilos in March" - the unit of the
 * price stands between the figure and its period.
 *
 * Input: figure f of sentence s, a price per unit with no period yet; or
 * the lead of a period phrase (span_lead()).
 * Output: its day (YYYY-MM-DD) or nothing; the lead moved to "a", "an",
 * "per" or kept.
 *
 * Invariants:
 *  1. Only f's clause (the day word, rel_day_word()) and its window
 *     (win_lo()..win_hi(), the session's words) are read: constant work
 *     per figure.
 *  2. Nothing without a valid story date; a day word of a statement
 *     ("said today") gives nothing (rel_day_word()).
 *  3. A lead moves only from a preposition ("in", "on") back over "a",
 *     "an" or "per", at most one number and at most two words, and only
 *     when a number or a word stands right before that "a" (never across
 *     punctuation).
 *  4. when_session_before() reads only the sentence before s, in s's
 *     paragraph, and gives only the story's day.
 */
#include "parse/parse_int.h"
#include "base/base.h"

int when_per_quote_day(const struct gram *g, const struct fig *f, size_t s,
		       char out[static PERIOD_MAX])
{
	if (!date_valid(g->d->date))
		return 0;
	if (rel_day_word(g, f, s, out))
		return 1;
	for (size_t k = win_lo(g, s, f->t0); k < win_hi(g, s, f->t1); k++)
		if (g->t[k].kind == TOK_WORD && timing_session_at(g, k, s)) {
			str_copy(out, PERIOD_MAX, g->d->date, 10);
			return 1;
		}
	return when_session_before(g, s, out);
}

int when_session_before(const struct gram *g, size_t s, char out[static PERIOD_MAX])
{
	size_t p = s - 1;

	if (!s || g->par[p] != g->par[s] || !date_valid(g->d->date))
		return 0;
	for (size_t k = g->s[p].t0; k < g->s[p].t1; k++)
		if (g->t[k].kind == TOK_WORD &&
		    (timing_session_at(g, k, p) ||
		     ((tok_is(g, k, W_TODAY) || tok_is(g, k, W_TODAY_S)) && !when_reported(g, k, p)))) {
			str_copy(out, PERIOD_MAX, g->d->date, 10);
			return 1;
		}
	return 0;
}

/* "in"/"on" at p follows a unit of price: "per kilo", "a troy ounce",
 * "per 100 kilos". */
static size_t per_start(const struct gram *g, size_t p, size_t s)
{
	size_t j = p, w = 0;

	while (w < 2 && gram_in(g, j - 1, s) && g->t[j - 1].kind == TOK_WORD &&
	       !tok_is(g, j - 1, W_A) && !tok_is(g, j - 1, W_AN) && !tok_is(g, j - 1, W_PER)) {
		j--;
		w++;
	}
	if (!w)
		return p;
	if (gram_in(g, j - 1, s) && g->t[j - 1].kind == TOK_NUM && word_s(g, j - 2, s, W_PER))
		j--;	/* "per 100 kilos" */
	if (!(word_s(g, j - 1, s, W_A) || word_s(g, j - 1, s, W_AN) || word_s(g, j - 1, s, W_PER)))
		return p;
	j--;
	return gram_in(g, j - 1, s) &&
	       (g->t[j - 1].kind == TOK_NUM || g->t[j - 1].kind == TOK_WORD) ? j : p;
}

size_t when_per_lead(const struct gram *g, size_t lead, size_t s)
{
	if (!(word_s(g, lead, s, W_IN) || word_s(g, lead, s, W_ON)))
		return lead;
	return per_start(g, lead, s);
}
