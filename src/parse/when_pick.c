/*
 * when_pick.c - which of a sentence's period candidates (when_cands()) a
 * figure takes: its own period (when_pick()), the base of a change named
 * in its clauses (when_base()), the period of an earlier value ("from 723
 * mln in January": when_prior()), and the possessive month or "a year
 * earlier" right around it (when_month_poss(), when_year_earlier()).
 *
 * Input: the candidates of f's sentence, f and its clause bounds.
 * Output: a period string (borrowed from the candidates) or a flag.
 *
 * Invariants:
 *  1. Only f's sentence is read: its candidates and, for the phrases
 *     right after f, its tokens (word_s() checks every index).
 *  2. A base of a change or a candidate that belongs to an earlier value
 *     is never a figure's own period (when.c's invariants 2 and 3).
 *  3. No candidate is changed; work is linear in the candidates.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* A candidate before figure f in its clause [c0, f) that is its own (not
 * a base, an earlier value's, a deadline's), so that one after an "and"
 * does not take its place ("sales for the current season amount to
 * 90,000 tonnes and sales for the 1987/88 season amount to 910,000"). */
static int before_own(const struct cand *c, size_t n, const struct fig *f, size_t c0)
{
	for (size_t k = 0; k < n; k++)
		if (c[k].tok >= c0 && c[k].end <= f->h0 && c[k].period[0] && !c[k].base &&
		    !c[k].prior && !c[k].deadline && !c[k].near && !c[k].weak && !c[k].same)
			return 1;
	return 0;
}

const char *when_pick(const struct cand *c, size_t n, const struct fig *f, size_t c0,
		      size_t c1)
{
	const struct cand *before = NULL, *after = NULL, *weak = NULL;

	for (size_t k = 0; k < n; k++) {
		/* "last year's 2.9 pct", "January's 527 mln": right before it */
		if (c[k].end == f->h0 && !c[k].deadline && !c[k].same && c[k].period[0])
			return c[k].period;
		if (c[k].base || (c[k].after_only && c[k].tok >= f->t1) ||
		    (c[k].before_only && c[k].tok < f->h0))
			continue;
		/* "revised from 971 mln in December": right after it, its own. */
		if (((c[k].tok >= f->t1 && c[k].tok <= f->t1 + 1) ||
		     (c[k].lead >= f->t1 && c[k].lead <= f->t1 + 1)) && c[k].near != 2)
			return c[k].period;
		if (c[k].weak && !c[k].prior && !weak && c[k].tok < f->h0)
			weak = &c[k];	/* "Wednesday borrowings were 1.4 billion" */
		if (c[k].prior || c[k].deadline || c[k].near || c[k].weak ||
		    (c[k].local && (c[k].tok < c0 || c[k].tok >= c1)))
			continue;
		/* "30,000 tonnes and 420,000 tonnes for the 1987/88 season": the
		 * later figure's */
		if (c[k].tok >= f->t1 && c[k].tok < c1 &&
		    ((!(c[k].num_before >= f->t1 && c[k].num_before < c[k].tok) &&
		      !(c[k].conj != NO_SENT && c[k].conj >= f->t1 && before_own(c, n, f, c0))) ||
		     (c[k].and_tok == f->t1 && c[k].and_noun)))
			return c[k].period;
		if (c[k].tok < f->h0)
			before = &c[k];
		else if (c[k].tok >= f->t1 && !after)
			after = &c[k];
	}
	return before ? before->period : after ? after->period : weak ? weak->period : "";
}

const char *when_base(const struct cand *c, size_t n, size_t c0, size_t c1)
{
	for (size_t k = 0; k < n; k++)
		if (c[k].base && c[k].tok >= c0 && c[k].tok < c1)
			return c[k].period;
	return NULL;
}

/* A year or a crop year's season: "year", "season", "campaign". */
static int year_word(const struct gram *g, size_t j, size_t s)
{
	return word_s(g, j, s, W_YEAR) || word_s(g, j, s, W_SEASON) || word_s(g, j, s, W_CAMPAIGN);
}

/* "a year earlier", "a year ago", "the previous year", "the year before",
 * "the previous season", "the season before". */
static int year_earlier_at(const struct gram *g, size_t j, size_t s)
{
	return (word_s(g, j, s, W_A) && word_s(g, j + 1, s, W_YEAR) &&
		(word_s(g, j + 2, s, W_EARLIER) || word_s(g, j + 2, s, W_AGO) ||
		 word_s(g, j + 2, s, W_BEFORE))) ||
	       (word_s(g, j, s, W_THE) && (((word_s(g, j + 1, s, W_PREVIOUS) ||
					     word_s(g, j + 1, s, W_PRIOR)) &&
					    year_word(g, j + 2, s)) ||
					   (year_word(g, j + 1, s) &&
					    word_s(g, j + 2, s, W_BEFORE))));
}

/* The first token after figure f that may carry its period: past "at the
 * end of" and a parenthesis ("3.3 mln dlr deficit (revised from 1.7 mln) in
 * January"). */
static size_t after_fig(const struct gram *g, const struct fig *f, size_t s)
{
	size_t j = f->t1;

	if (gram_punct(g, j, "(")) {
		for (size_t k = j + 1; k < j + 10 && gram_in(g, k, s); k++)
			if (gram_punct(g, k, ")")) {
				j = k + 1;
				break;
			}
	}
	if (word_s(g, j, s, W_AT) && word_s(g, j + 1, s, W_THE) && word_s(g, j + 2, s, W_END) &&
	    word_s(g, j + 3, s, W_OF))
		j += 4;
	return j;
}

/* a and b are months ("1987-01") and a is one to twelve months before b. */
static int month_before(const char *a, const char *b)
{
	char t[PERIOD_MAX];

	if (!b || strlen(a) != 7 || strlen(b) != 7 || a[4] != '-' || b[4] != '-' ||
	    a[5] == 'Q' || b[5] == 'Q' || strcmp(a, b) >= 0)
		return 0;
	return period_shift_month(a, 12, t) == 0 && strcmp(t, b) >= 0;
}

/* The first subject states its own month before the earlier value's
 * candidate k ("exports in February rose to 751 mln from 723 mln in
 * January"), so the pair of months is written, not inferred. */
static int month_stated(const struct cand *c, size_t k)
{
	for (size_t j = 0; j < k; j++)
		if (!c[j].prior && !c[j].base && !c[j].same && strlen(c[j].period) == 7 &&
		    c[j].period[4] == '-' && c[j].period[5] != 'Q' && strcmp(c[j].period, c[k].period))
			return 1;
	return 0;
}

void when_prior(const struct gram *g, const struct cand *c, size_t n, const struct fig *f,
		const char *main, char out[static PERIOD_MAX])
{
	size_t s = g->sent[f->t0], t = after_fig(g, f, s);

	out[0] = '\0';
	for (size_t k = 0; k < n; k++) {
		/* "compared with this year's 1.5 pct" */
		if (c[k].end == f->h0 && !c[k].same && !c[k].deadline && c[k].period[0]) {
			memcpy(out, c[k].period, PERIOD_MAX);
			return;
		}
		if (((c[k].tok < f->t1 || c[k].tok > t + 2) &&
		     (c[k].lead < f->t1 || c[k].lead > f->t1 + 1)) || c[k].near == 2)
			continue;
		if (c[k].rel_year == 1 && main && main[0])	/* "from 5 bln last year" */
			period_shift_years(main, rel_last_year_shift(g, main), out);
		else if (c[k].rel_year == -1 && main && main[0] && strlen(main) != 10 &&
			 !(strlen(main) == 7 && main[4] == '-'))
			/* "forecast the 1986/87 crop at 16.7 mln, vs 17.3 mln last
			 * month": last month's estimate of the same crop */
			memcpy(out, main, PERIOD_MAX);
		else if (c[k].same && main && main[0])
			span_same_resolve(&c[k], main, out);
		else if (!rel_same_part(main, c[k].period, out))
			memcpy(out, c[k].period, PERIOD_MAX);
		return;
	}
	/* "versus 992,760 and 164 mln stg in January" */
	for (size_t k = 0; k < n; k++)
		if (c[k].tok >= f->t1 && !c[k].same && c[k].period[0] && !c[k].near &&
		    c[k].and_tok == f->t1) {
			memcpy(out, c[k].period, PERIOD_MAX);
			return;
		}
	/* "compared with 771 mln and 500 mln respectively in the same period
	 * last year": the next candidate of the sentence, when it is one. */
	for (size_t k = 0; k < n; k++)
		if (c[k].tok >= f->t1) {
			if (c[k].same && c[k].tok <= f->t1 + 12) {
				if (main && main[0])
					span_same_resolve(&c[k], main, out);
				else
					memcpy(out, c[k].period, PERIOD_MAX);
				return;
			}
			break;
		}
	if (main && main[0] && (year_earlier_at(g, f->t1, s) || year_earlier_at(g, f->t1 + 1, s))) {
		/* "Exports were 905 mln against 929 mln, revised from 971 mln in
		 * December and 816 mln a year earlier": a year before the
		 * sentence's first month, not the month the list went back to */
		if (g->first_s == s && month_before(main, g->first_period))
			main = g->first_period;
		period_shift_years(main, -1, out);
		return;
	}
	/* "down from 75,160 tonnes the previous week" */
	if (span_week_earlier(g, f->t1, s, main, out) || span_week_earlier(g, f->t1 + 1, s, main, out))
		return;
	/* "from 3.9 billion in the previous quarter", "the prior statement
	 * period" (when_earlier.c) */
	if (when_earlier_span(g, f->t1, s, main, out) ||
	    (word_s(g, f->t1, s, W_IN) && when_earlier_span(g, f->t1 + 1, s, main, out)))
		return;
	/* "from 11.6 billion the month before", "the previous month" */
	if (main && strlen(main) == 7 && (span_month_earlier(g, f->t1, s) ||
					  span_month_earlier(g, f->t1 + 1, s))) {
		period_shift_month(main, -1, out);
		return;
	}
	/* "from 1.19 mln in January, and the value fell to 97 mln from 129
	 * mln": the period of the sentence's earlier value before it, in the
	 * same subject (not across "while oil imports ...") */
	for (size_t k = n; k-- > 0;)
		if (c[k].tok < f->h0 && c[k].prior && !c[k].same && c[k].period[0]) {
			int other = 0;

			for (size_t j = c[k].end; j < f->h0; j++)
				if (g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_SWITCH) &&
				    !tok_is(g, j, W_AND))
					other = 1;
			/* "rose to 751 mln in February from 723 mln in January,
			 * while oil imports rose to 425 mln from 352 mln": across
			 * another subject, only a month before the month of the
			 * figure it follows (the same pair of months) */
			if (!other || (month_before(c[k].period, main) && month_stated(c, k))) {
				memcpy(out, c[k].period, PERIOD_MAX);
				return;
			}
			break;	/* another subject's: the figure it follows decides */
		}
	/* "imports were 11.10 billion dlrs in 1986, from 11.34 billion":
	 * an earlier value that names no period, of a figure of a year (or
	 * a crop year), is the year before; of a month or a quarter it may
	 * be the one before or the same a year ago, so it stays empty. */
	if (!rel_revised_same(g, f, s, main, out))
		rel_year_before(g, f, s, main, out);
}

int when_month_poss(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];

	return gram_in(g, f->h0 - 1, s) && span_month_poss(g, f->h0 - 1);
}

int when_year_earlier(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0], j = f->t1;

	/* "and a 323 mln deficit a year earlier": past its balance or flow noun */
	if (gram_in(g, j, s) && g->t[j].kind == TOK_WORD &&
	    tok_has(g, j, CLS_BALANCE | CLS_FLOWIMP | CLS_FLOWEXP))
		j++;
	return year_earlier_at(g, j, s);
}
