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
 * Input: figure f of sentence s, a price per unit with no period yet.
 * Output: its day (YYYY-MM-DD) or nothing.
 *
 * Invariants:
 *  1. Only f's clause (the day word, rel_day_word()) and its window
 *     (win_lo()..win_hi(), the session's words) are read: constant work
 *     per figure.
 *  2. Nothing without a valid story date; a day word of a statement
 *     ("said today") gives nothing (rel_day_word()).
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
	return 0;
}
