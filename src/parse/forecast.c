/*
 * forecast.c - the words that make a figure a forecast (DESIGN.md's
 * measure): a word of class forecast before it in its clause ("is
 * expected to fall to"), a modal or "is expected" after it ("could be
 * issued"), and what "will" says of a named day (a decided operation).
 * quote.c asks these once frame.c has read the sentence.
 *
 * Input: the token array, one figure and its claim. Output: yes or no.
 *
 * Invariants:
 *  1. Only f's clause is read, 16 words back and six after at most.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdint.h>
#include <string.h>

/*
 * A word of class forecast governs f: before it in its clause, at most 16
 * words back ("Aziz forecast that Pakistan may have exportable surpluses
 * of", "is expected to fall to"); not "than expected" or "would compare
 * with", and not a level said to be now ("from the present 10 pct").
 */
size_t quote_forecast_word(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word hedging[] = { W_POSSIBLY, W_PROBABLY, W_PERHAPS };
	size_t c = g->clause[f->h0];

	if (word_s(g, f->h0 - 1, s, W_PRESENT) || word_s(g, f->h0 - 1, s, W_CURRENT))
		return SIZE_MAX;
	for (size_t k = f->h0 - 1, n = 0; n < 16 && gram_in(g, k, s) && g->clause[k] == c;
	     k--, n++) {
		/* "will tender Thursday for 200,000 tonnes": what it is for */
		if (n < 4 && (tok_is(g, k, W_TENDER) || tok_is(g, k, W_TENDERS) ||
			      tok_is(g, k, W_TENDERED)) && word_s(g, f->h0 - 1, s, W_FOR))
			return SIZE_MAX;
		if (tok_has(g, k, CLS_FORECAST) && !word_s(g, k - 1, s, W_THAN) &&
		    !word_s(g, k + 1, s, W_COMPARE) && !(n == 0 && WORD_AMONG(g, k, hedging)))
			return k;	/* not "purchases of probably 250,000 tonnes" */
	}
	return SIZE_MAX;
}

static int forecast_before(const struct gram *g, const struct fig *f, size_t s)
{
	return quote_forecast_word(g, f, s) != SIZE_MAX;
}

/* f is the subject of a verb of what will or may be: "Up to another 6.7
 * billion dlrs worth could be issued", "At least 500,000 tonnes of soymeal
 * may be shipped", "shipments of 35,000 to 50,000 tonnes of barley were
 * also expected this month", "a further base rate cut to 9-1/2 pct was
 * unlikely" (govern12): a modal, or "is/are/was/were (also)
 * expected/seen/projected/forecast/likely/unlikely", at most six words after f in its
 * clause, with only what f is of between (no figure, no verb of change,
 * no "and", "which" and the like that start another clause). */
static int forecast_after(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word modals[] = { W_WILL, W_WOULD, W_COULD, W_MAY, W_MIGHT, W_SHOULD,
						W_SHALL };
	static const enum lex_word be[] = { W_IS, W_ARE, W_WAS, W_WERE };
	static const enum lex_word seen[] = { W_EXPECTED, W_SEEN, W_PROJECTED, W_FORECAST,
					      W_LIKELY, W_UNLIKELY };
	static const enum lex_word joins[] = { W_AND, W_BUT, W_OR, W_WHILE, W_WHICH, W_THAT };
	size_t c = g->clause[f->t1 - 1];

	for (size_t k = f->t1, n = 0; n < 6 && gram_in(g, k, s) && g->clause[k] == c; k++, n++) {
		/* "averaged 40.42 dlrs per tonne and will be paid": another verb's */
		if (g->t[k].kind == TOK_NUM || tok_has(g, k, CLS_UP | CLS_DOWN) ||
		    WORD_AMONG(g, k, joins))
			return 0;
		if (WORD_AMONG(g, k, modals) && tok_has(g, k, CLS_FORECAST))
			return !word_s(g, k + 1, s, W_NOT) && !word_s(g, k + 1, s, W_HAVE);
		if (WORD_AMONG(g, k, be)) {
			size_t j = k + 1 + word_s(g, k + 1, s, W_ALSO);

			return gram_in(g, j, s) && WORD_AMONG(g, j, seen);
		}
	}
	return 0;
}

/* f is what a poll of forecasters looked for: "Economists polled by
 * Reuters had looked for a gap of $70.2 billion" (a poll word before f in
 * its clause, no figure between), "the USD 27.1 billion median of a
 * Reuters poll", "the $72.0 billion economists polled by Reuters had
 * forecast" (right after f, or "had" and a forecast word); a forecast
 * also of a period over. */
static int poll_of(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word poll[] = { W_POLLED, W_POLL, W_MEDIAN, W_CONSENSUS };
	size_t c = g->clause[f->h0];

	for (size_t k = f->h0 - 1, n = 0; n < 16 && gram_in(g, k, s) && g->clause[k] == c &&
					   g->t[k].kind != TOK_NUM; k--, n++)
		if (WORD_AMONG(g, k, poll))
			return 1;
	for (size_t k = f->t1, n = 0; n < 6 && gram_in(g, k, s) && g->t[k].kind == TOK_WORD;
	     k++, n++) {
		if (n < 3 && WORD_AMONG(g, k, poll))
			return 1;
		if ((tok_is(g, k, W_HAD) || tok_is(g, k, W_HAVE)) && gram_in(g, k + 1, s) &&
		    tok_has(g, k + 1, CLS_FORECAST) && !tok_is(g, k + 1, W_SEEN))
			return 1;
	}
	return 0;
}

/* f is a forecast by its words: one governs it and its period, if any, is
 * not over ("should grow by 2.3 pct in 1988 after two pct growth this year
 * and 2.1 pct in 1986": the first two). An earlier value must name a
 * period still running ("to fall to nine pct from 18.2 pct in 1986": a
 * level). */
int quote_forecast_of(const struct gram *g, const struct fig *f, size_t s, const struct claim *cl,
		       int prior)
{
	return poll_of(g, f, s) ||
	       ((forecast_before(g, f, s) || (!prior && forecast_after(g, f, s))) &&
		(!prior || cl->period[0]) && !quote_period_over(g->d->date, cl->period));
}
/* "The Bank of Japan will sell tomorrow a total of 800 billion yen of
 * bills", "300 billion yen will yield 3.8992 pct", "the yield ... will be
 * 3.8498 pct compared with the rate today of 3.8125 pct": what "will"
 * (or "shall") says of a named day (a period of one day) is a decided
 * operation and its terms, a level, not a forecast; "expected", "estimate",
 * "could" of a day stay forecasts. */
int quote_scheduled(const struct gram *g, const struct fig *f, size_t s, const struct claim *cl)
{
	size_t k;

	if (strlen(cl->period) != 10)
		return 0;
	k = quote_forecast_word(g, f, s);
	if (k == SIZE_MAX)
		for (k = f->t1; k < f->t1 + 6 && gram_in(g, k, s) &&
				g->clause[k] == g->clause[f->t1 - 1]; k++)
			if (tok_has(g, k, CLS_FORECAST))
				break;	/* "300 billion yen will yield" */
	return gram_in(g, k, s) && (tok_is(g, k, W_WILL) || tok_is(g, k, W_SHALL));
}
