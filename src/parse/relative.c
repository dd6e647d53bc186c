/*
 * relative.c - periods that are relative to something else: an earlier
 * value's, relative to the figure it follows ("to 4.2 billion dlrs in 2003
 * from 3.9 billion": 2002; "to two pct in 1988 from 2.7 pct last year":
 * the story's last year), a span that runs from a start named by
 * "since" to the story ("has risen 22 pct since September 1985":
 * "1985-09/1987-06"), fiscal years by whose they are ("the current
 * fiscal year" in a Tokyo story of March 1987: "1986/87"; "fiscal 1987"
 * of the U.S.: October 1986 to September 1987, "1986/87"), a month or
 * quarter of a sentence about the future ("exports in the second quarter
 * are expected to rise", in a story of March 1987: 1987-Q2), and the day
 * a day word in the figure's clause names ("will sell 600 billion yen in
 * bills tomorrow": the story's day + 1).
 *
 * Input: the token array of gram.c, a figure and its sentence, the
 * sentence's period candidates (when.c) and the story's date.
 * Output: a period or a count of years to move one by.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read, within WINDOW of it
 *     (gram_in(), win_lo(), win_hi()) or within its clause.
 *  2. A period is resolved against the story's date only; without one
 *     nothing is written.
 *  3. Nothing here guesses: an earlier value that says more than its
 *     number ("1.65 mln forecast in March", "3.54 billion five years
 *     previously"), a superlative's "since" ("the lowest since 1980") and a
 *     start no month names ("since the start of the campaign") give no
 *     period; nor does a fiscal year of an economy whose fiscal year
 *     data/lexicon/fiscal.tsv does not hold.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int rel_last_year_shift(const struct gram *g, const char *main)
{
	int dy = 0, dm = 0, my = 0;

	if (!period_date_ym(g->d->date, &dy, &dm) ||
	    sscanf(main, "%4d", &my) != 1 || my <= dy)
		return -1;
	return dy - 1 - my;
}

int rel_year_only(const char *p)
{
	size_t n = strlen(p);

	return (n == 4 || (n == 7 && p[4] == '/')) && p[0] >= '1' && p[0] <= '2';
}

int rel_stands_alone(const struct gram *g, const struct fig *f, size_t s)
{
	size_t j = f->t1;

	if (gram_in(g, j, s) && g->t[j].kind == TOK_WORD &&
	    tok_has(g, j, CLS_BALANCE | CLS_FLOWIMP | CLS_FLOWEXP))
		j++;
	if (!gram_in(g, j, s))
		return 1;
	if (g->t[j].kind == TOK_PUNCT)
		return gram_punct(g, j, ",") || gram_punct(g, j, ".") || gram_punct(g, j, ";") ||
		       gram_punct(g, j, ")");
	return tok_is(g, j, W_AND) || tok_is(g, j, W_BUT) || tok_is(g, j, W_WHILE) ||
	       tok_is(g, j, W_WHEREAS);
}

int rel_year_before(const struct gram *g, const struct fig *f, size_t s, const char *main,
		    char out[static PERIOD_MAX])
{
	static const enum lex_word estimates[] = { W_ESTIMATE, W_ESTIMATED, W_ESTIMATES,
		W_FORECAST, W_FORECASTS, W_PROJECTED, W_PROJECTION, W_PROJECTIONS, W_PREDICTED,
		W_OUTLOOK, W_REVISED, W_REVISION, W_TARGET };

	if (!main || !rel_year_only(main) || !rel_stands_alone(g, f, s))
		return 0;
	/* "raised its estimate of 1986/87 imports to 26 mln tonnes from 23
	 * mln": an earlier estimate of the same year */
	for (size_t k = win_lo(g, s, f->t0); k < win_hi(g, s, f->t0); k++)
		if (g->t[k].kind == TOK_WORD && WORD_AMONG(g, k, estimates))
			return 0;
	return period_shift_years(main, -1, out) == 0;
}

int rel_revised_same(const struct gram *g, const struct fig *f, size_t s, const char *main,
		     char out[static PERIOD_MAX])
{
	static const enum lex_word revise[] = { W_REVISE, W_REVISED, W_REVISES, W_REVISING };

	if (!main || !main[0] || !rel_stands_alone(g, f, s))
		return 0;
	for (size_t k = win_lo(g, s, f->t0); k < win_hi(g, s, f->t0); k++)
		if (g->t[k].kind == TOK_WORD && WORD_AMONG(g, k, revise) &&
		    !(k < f->h0 && k + 3 >= f->h0)) {	/* not "from a revised 4 billion" */
			memcpy(out, main, PERIOD_MAX);
			return 1;
		}
	return 0;
}

int rel_same_part(const char *main, const char *year, char out[static PERIOD_MAX])
{
	size_t n = main ? strlen(main) : 0;

	if (strlen(year) != 4 || n <= 4 || main[4] != '-' || atoi(main) != atoi(year) + 1 ||
	    (n == 15 && atoi(main + 8) != atoi(main)))
		return 0;	/* a range across the new year: no one part of a year */
	return period_shift_years(main, -1, out) == 0;
}

/* A superlative or "first" right before "since" at k: "the lowest reading
 * since March 1980", "the first change in the rate since last August" - a
 * figure of its own period, compared with the span. */
static int superlative_before(const struct gram *g, size_t k, size_t s)
{
	for (size_t b = 1; b <= 4 && gram_in(g, k - b, s); b++) {
		const char *w = tok_text(g, k - b);
		size_t n = g->t[k - b].len;

		if (g->t[k - b].kind != TOK_WORD)
			continue;
		if ((n > 4 && !strncasecmp(w + n - 3, "est", 3)) || tok_is(g, k - b, W_FIRST) ||
		    tok_is(g, k - b, W_WORST) || tok_is(g, k - b, W_BEST))
			return 1;
	}
	return 0;
}

/* "since" at k describes figure f: at most SINCE_NEAR tokens from it with
 * no clause of another subject between ("while", "but"; not "and"):
 * "Since 1980, allocations have been cut 45 pct and the currency has lost
 * 60 pct", but not "a band of 7.25 pct but has been fixed since 1980". */
#define SINCE_NEAR 20
static int near_since(const struct gram *g, const struct fig *f, size_t k)
{
	size_t a = k < f->t0 ? k : f->t1, b = k < f->t0 ? f->t0 : k;

	if (b - a > SINCE_NEAR)
		return 0;
	for (size_t j = a; j < b; j++)
		if (g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_SWITCH) && !tok_is(g, j, W_AND))
			return 0;
	return 1;
}

/* The first month of period p ("1985-09", "1986" -> "1986-01", "1983-Q4"
 * -> "1983-10", "1986-03/1986-05" -> "1986-03", a day -> its month) in
 * out; 0, or -1 for anything else (a crop year: its months are the
 * crop's). */
static int first_month(const char *p, char out[static PERIOD_MAX])
{
	size_t n = strlen(p);

	if (n < 4 || p[0] < '1' || p[0] > '2')
		return -1;
	if (n == 4) {
		snprintf(out, PERIOD_MAX, "%.4s-01", p);
	} else if (n >= 7 && p[4] == '-' && p[5] == 'Q' && p[6] >= '1' && p[6] <= '4') {
		snprintf(out, PERIOD_MAX, "%.4s-%02d", p, (p[6] - '0') * 3 - 2);
	} else if (n >= 7 && p[4] == '-' && (n == 7 || p[7] == '/' || p[7] == '-')) {
		snprintf(out, PERIOD_MAX, "%.7s", p);
	} else {
		return -1;
	}
	return 0;
}

/* "since the beginning of" / "since the start of" at k (the word after
 * "since"): tokens to skip, or 0. */
static size_t start_of(const struct gram *g, size_t k, size_t s)
{
	size_t j = k + word_s(g, k, s, W_THE);

	if ((word_s(g, j, s, W_BEGINNING) || word_s(g, j, s, W_BEGINING) ||
	     word_s(g, j, s, W_START) || word_s(g, j, s, W_OUTSET)) && word_s(g, j + 1, s, W_OF))
		return j + 2 - k;
	return 0;
}

int rel_since_span(const struct gram *g, const struct fig *f, size_t s,
		   char period[static PERIOD_MAX])
{
	char start[PERIOD_MAX], now[PERIOD_MAX];

	if (!date_valid(g->d->date) || g->cand_s != s)
		return 0;
	snprintf(now, sizeof(now), "%.7s", g->d->date);
	for (size_t k = win_lo(g, s, f->t0); k < win_hi(g, s, f->t0); k++) {
		size_t j = k + 1;
		const char *own = "";	/* the start's own period, as a candidate */

		if (!tok_is(g, k, W_SINCE) || superlative_before(g, k, s) || !near_since(g, f, k))
			continue;
		j += start_of(g, j, s);
		if (word_s(g, j, s, W_LATE) || word_s(g, j, s, W_END))
			continue;	/* "since late 1985": no first month */
		j += word_s(g, j, s, W_EARLY) || word_s(g, j, s, W_MID);
		start[0] = '\0';
		if (word_s(g, j, s, W_THE) && word_s(g, j + 1, s, W_YEAR) && start_of(g, k + 1, s))
			/* "since the beginning of the year": this year's */
			snprintf(start, sizeof(start), "%.4s-01", g->d->date);
		else if (when_year_tok(g, j, s) && !span_crop_year(g, j, s))
			/* "since 1980", "since the beginning of 1986" */
			snprintf(start, sizeof(start), "%04d-01", (int)g->t[j].num);
		for (size_t c = 0; c < g->ncands && !start[0]; c++)
			if ((g->cands[c].tok == j || g->cands[c].tok == j + 1) &&
			    g->cands[c].period[0] && !g->cands[c].same) {
				own = g->cands[c].period;
				if (first_month(own, start) != 0)
					start[0] = '\0';
			}
		if (!start[0] || strcmp(start, now) >= 0)
			continue;
		/* a period the figure has from elsewhere stays; but "since early
		 * last year" may have given it "1986", and a quote the story's
		 * day ("has fallen 18 pct since August"): those go */
		if (period[0] && strcmp(period, own) && strcmp(period, g->d->date))
			return 0;
		snprintf(period, PERIOD_MAX, "%.7s/%.7s", start, now);
		return 1;
	}
	return 0;
}

/* Fiscal years: the month they start in, and the year "fiscal 1987" names
 * (data/lexicon/fiscal.tsv, fiscal_calendar()): the one they end in ('E':
 * the U.S. federal year, October 1986 to September 1987), the one they
 * begin in ('S': Japan's April 1987 to March 1988), or unsaid (0: Britain
 * and India write "1987/88"). Written as crop years are, by the first
 * year ("1986/87"); fiscal.c writes its months once the claim is done. */
struct fiscal_year {
	int m0;
	char named_by;
};

/* Whose fiscal year a phrase at k names: the first country sentence s
 * names before it ("Japan's surplus ... in the current fiscal year"),
 * else the story's reporter for s (dateline, lead, agency). */
static const struct fiscal_year *fiscal_whose(const struct gram *g, size_t k, size_t s,
					      struct fiscal_year *fy)
{
	const char *cc = NULL;
	size_t n;

	for (size_t i = context_body(g, s); i < k && !cc; i++)
		if (g->t[i].kind == TOK_WORD)
			cc = subject_country_starting(g, i, s, &n);
	if (!cc)
		cc = context_reporter(g, s);
	return fiscal_calendar(cc, &fy->m0, &fy->named_by) ? fy : NULL;
}

size_t rel_fiscal_at(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	struct fiscal_year whose;
	const struct fiscal_year *fy;
	int dy, dm, y0, shift = 0;
	size_t n;

	/* called at every token of a sentence with figures: the cheap token
	 * tests come first, the story's date is read only on a match */
	if (!tok_is(g, k, W_FISCAL) && !(word_s(g, k + 1, s, W_FISCAL) ||
					 word_s(g, k + 1, s, W_FINANCIAL)))
		return 0;
	if (!period_date_ym(g->d->date, &dy, &dm))
		return 0;
	if ((tok_is(g, k, W_CURRENT) || tok_is(g, k, W_THIS) || tok_is(g, k, W_PRESENT) ||
	     tok_is(g, k, W_NEXT) || tok_is(g, k, W_COMING) || tok_is(g, k, W_LAST) ||
	     tok_is(g, k, W_PREVIOUS) || tok_is(g, k, W_PAST)) &&
	    (word_s(g, k + 1, s, W_FISCAL) || word_s(g, k + 1, s, W_FINANCIAL)) &&
	    word_s(g, k + 2, s, W_YEAR)) {
		/* "the current fiscal year", "next fiscal year", "the previous
		 * financial year": the one the story's date falls in, moved */
		shift = tok_is(g, k, W_NEXT) || tok_is(g, k, W_COMING) ? 1 :
			tok_is(g, k, W_LAST) || tok_is(g, k, W_PREVIOUS) || tok_is(g, k, W_PAST) ? -1 : 0;
		if (!(fy = fiscal_whose(g, k, s, &whose)))
			return 0;
		y0 = (dm >= fy->m0 ? dy : dy - 1) + shift;
		n = 3;
	} else if (tok_is(g, k, W_FISCAL)) {
		/* "fiscal 1987", "for the fiscal year 1987" (not "fiscal
		 * 1986/87", a crop year's phrase) */
		n = 1 + word_s(g, k + 1, s, W_YEAR);
		if (!when_year_tok(g, k + n, s) || span_crop_year(g, k + n, s) ||
		    !(fy = fiscal_whose(g, k, s, &whose)) || !fy->named_by)
			return 0;
		y0 = (int)g->t[k + n].num - (fy->named_by == 'E');
		n++;
	} else {
		return 0;
	}
	if (y0 < YEAR_MIN || y0 >= YEAR_MAX)
		return 0;
	snprintf(c->period, sizeof(c->period), "%04d/%02d", y0, (y0 + 1) % 100);
	return n;
}

/* Months since year 0 of "YYYY-MM", or -1. */
static int month_index(const char *p)
{
	if (strlen(p) < 7 || p[4] != '-' || p[5] < '0' || p[5] > '1')
		return -1;
	return atoi(p) * 12 + atoi(p + 5) - 1;
}

/* The first and last month index of a month, quarter or month range
 * ("1986-06", "1986-Q2", "1986-04/1986-06"); 0, or -1 for anything else. */
static int month_span(const char *p, int *a, int *b)
{
	size_t n = strlen(p);

	if (n == 7 && p[4] == '-' && p[5] == 'Q' && p[6] >= '1' && p[6] <= '4') {
		*a = atoi(p) * 12 + (p[6] - '1') * 3;
		*b = *a + 2;
		return 0;
	}
	if (n == 7 && (*a = month_index(p)) >= 0) {
		*b = *a;
		return 0;
	}
	if (n == 15 && p[7] == '/' && (*a = month_index(p)) >= 0 &&
	    (*b = month_index(p + 8)) >= *a)
		return 0;
	return -1;
}

/* A future word ("expected", "will") in the clause of tokens [k, end),
 * after it (dir +1) or before it (-1), with no "was", "were", "had",
 * "and" or "but" between. */
static int future_word(const struct gram *g, size_t k, size_t end, int dir)
{
	size_t c0 = g->c[g->clause[k]].t0, c1 = g->c[g->clause[k]].t1;
	size_t n = dir > 0 ? (end < c1 ? c1 - end : 0) : k - c0;

	for (size_t q = 0; q < n; q++) {
		size_t j = dir > 0 ? end + q : k - 1 - q;

		if (g->t[j].kind != TOK_WORD)
			continue;
		if (tok_is(g, j, W_WAS) || tok_is(g, j, W_WERE) || tok_is(g, j, W_HAD) ||
		    tok_is(g, j, W_AND) || tok_is(g, j, W_BUT))
			return 0;
		/* "seen" is a forecast's ("seen rising") and the past's ("the
		 * decline seen in July") */
		if (tok_has(g, j, CLS_FORECAST) && !tok_is(g, j, W_SEEN))
			return 1;
	}
	return 0;
}

#define FORWARD_AHEAD 6	/* months ahead the coming one may start */
#define FORWARD_BACK 4	/* months back the past one must have ended */
void rel_forward(const struct gram *g, size_t s, size_t k, size_t end,
		 char period[static PERIOD_MAX])
{
	int a, b, now, dy, dm;
	char next[PERIOD_MAX];

	if (!period[0] || month_span(period, &a, &b) != 0 || !period_date_ym(g->d->date, &dy, &dm))
		return;
	now = dy * 12 + dm - 1;
	/* a year written ("the second quarter of 1987") or a relative one
	 * ("this year", "last year") says which */
	for (size_t j = k; j < end + 2 && gram_in(g, j, s); j++)
		if (when_year_tok(g, j, s) || tok_is(g, j, W_YEAR) || tok_is(g, j, W_LAST) ||
		    tok_is(g, j, W_THIS) || tok_is(g, j, W_NEXT))
			return;
	if (b >= now - FORWARD_BACK + 1 || a + 12 - now > FORWARD_AHEAD)
		return;	/* the latest one is recent, or the next one far */
	/* the future word in the phrase's own clause, not past a past verb
	 * or another verb phrase ("and", "but") from it: "exports in the
	 * second quarter are expected to rise", "will climb to 3.1 mln in
	 * the third quarter"; not "rose 4 pct in the September quarter and
	 * are not expected to fall", "improved in the September quarter was
	 * due to ... and is not expected to continue" */
	if ((future_word(g, k, end, +1) || future_word(g, k, end, -1)) &&
	    period_shift_years(period, 1, next) == 0)
		memcpy(period, next, PERIOD_MAX);
}

int rel_day_word(const struct gram *g, const struct fig *f, size_t s, char out[static PERIOD_MAX])
{
	size_t c = g->clause[f->t0];
	int shift = -1;

	if (!date_valid(g->d->date))
		return 0;
	for (size_t k = g->c[c].t0; k < g->c[c].t1 && shift < 0; k++) {
		int day = tok_is(g, k, W_TOMORROW) || tok_is(g, k, W_TOMORROW_S) ? 1 :
			  tok_is(g, k, W_TODAY) || tok_is(g, k, W_TODAY_S) ||
			  tok_is(g, k, W_TONIGHT) || tok_is(g, k, W_TONIGHT_S) ? 0 : -1;

		/* the day word first: the statement tests only where one is */
		if (day < 0 || when_reported(g, k, s) || anchor_day_elsewhere(g, k, f, s) ||
		    (gram_in(g, k - 1, s) && tok_is(g, k - 1, W_LATER)))
			continue;	/* "said today", "to be announced later today" */
		shift = day;
	}
	return shift >= 0 && period_shift_day(g->d->date, shift, out) == 0;
}
