/*
 * timing.c - the periods and comparison bases a figure's words give beyond
 * when.c's phrases: a month that qualifies a flow ("August exports"), a
 * title in capitals, the base named after a change ("from $888.9 billion
 * in 2024"), a sentence that opens with its basis ("Year-over-year,"),
 * "three months ending in June", ranges of days ("Feb 1-20", "the first 10
 * days of May", "between May 21 and June 25"; for shipment, the occurrence
 * not over at the story's date), and whether a period is still to come; the story's
 * latest month, the lead's period for a later paragraph that names none,
 * and a title's figure's period from the body.
 *
 * Input: the token array and a figure or sentence; the story's date.
 * Output: periods as this stage writes them ("2026-08", "2026-Q1",
 * "2026-01/2026-08", "2026-02-01/2026-02-20") and change measures.
 *
 * Invariants:
 *  1. Only the figure's sentence is read, within WINDOW tokens of the
 *     figure (parse_int.h): a run-on sentence costs each figure a constant.
 *  2. A period is resolved against the story's date (d->date) only; an
 *     unresolvable one is left "".
 *  3. What crosses sentences is only what earlier figures noted (the
 *     story's latest month and quarter, the lead's period) and, once a
 *     window is parsed, a title's figures against at most TITLE_LOOK
 *     figures after each.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* 1..12 for a month name in any case ("AUGUST", "Aug"): titles shout. */
static int month_any_case(const struct gram *g, size_t i)
{
	char w[12];
	size_t n = g->t[i].len;

	if (g->t[i].kind != TOK_WORD || n < 3 || n >= sizeof(w))
		return 0;
	for (size_t k = 0; k < n; k++)
		w[k] = (char)(k ? tolower((unsigned char)tok_text(g, i)[k]) :
			      toupper((unsigned char)tok_text(g, i)[k]));
	return period_month(w, n);
}

static int year_at(const struct gram *g, size_t i, size_t s)
{
	return gram_in(g, i, s) && g->t[i].kind == TOK_NUM && !g->t[i].decimals &&
	       g->t[i].len == 4 && g->t[i].num >= 1900 && g->t[i].num <= 2100;
}

static const enum lex_word period_nouns[] = { W_EXPORTS, W_IMPORTS, W_EXPORT, W_IMPORT, W_DEFICIT, W_SURPLUS, W_TRADE, W_SHIPMENTS, W_BALANCE };

/* "August exports rose", "the December deficit narrowed": a month that
 * qualifies a flow or balance noun is the period of its sentence. */
int timing_month_modifier(const struct gram *g, size_t s, size_t t, char out[static PERIOD_MAX])
{
	for (size_t k = win_lo(g, s, t); k + 1 < win_hi(g, s, t); k++) {
		int m;

		if (g->t[k].kind != TOK_WORD || !WORD_AMONG(g, k + 1, period_nouns) ||
		    !(m = period_month(tok_text(g, k), g->t[k].len)) || g->t[k].len < 3)
			continue;
		return period_resolve_month(g->d->date, m, 0, PERIOD_LATEST, out) == 0;
	}
	return 0;
}

/* A title ("CHINA AUGUST EXPORTS RISE 5.1 PCT", "U.S. 2025 TRADE DEFICIT",
 * "CHINA Q1 TRADE WITH RUSSIA", "... IN JAN-APRIL"): its words in capitals,
 * and the year, month, quarter or month range it names. */
int timing_title_period(const struct gram *g, size_t s, size_t k0, size_t k1,
			char out[static PERIOD_MAX])
{
	size_t words = 0, caps = 0;
	int year = 0, m = 0, m0 = 0, m1 = 0, q = 0;

	for (size_t k = k0; k < k1; k++) {
		const char *w = tok_text(g, k), *h;
		size_t n = g->t[k].len;

		if (year_at(g, k, s))
			year = (int)g->t[k].num;
		if (g->t[k].kind != TOK_WORD)
			continue;
		words++;
		caps += isupper((unsigned char)w[n - 1]) || n == 1;
		if (n == 2 && w[0] == 'Q' && w[1] >= '1' && w[1] <= '4')
			q = w[1] - '0';
		else if ((h = memchr(w, '-', n)) != NULL) {
			struct token t = g->t[k];
			struct gram sub = *g;

			/* "JAN-APRIL": both halves months */
			sub.t = &t;
			t.len = (size_t)(h - w);
			m0 = month_any_case(&sub, 0);
			t.off = g->t[k].off + t.len + 1;
			t.len = n - t.len - 1;
			m1 = month_any_case(&sub, 0);
			if (!m0 || !m1)
				m0 = m1 = 0;
		} else if (!m) {
			m = month_any_case(g, k);
		}
	}
	if (words < 3 || caps * 10 < words * 8)
		return 0;
	if (m0)
		return period_resolve_range(g->d->date, m0, m1, year, PERIOD_LATEST, out) == 0;
	if (q)
		return period_resolve_quarter(g->d->date, q, year, PERIOD_LATEST, out) == 0;
	if (m)
		return period_resolve_month(g->d->date, m, year, PERIOD_LATEST, out) == 0;
	if (year) {
		snprintf(out, PERIOD_MAX, "%04d", year);
		return 1;
	}
	return 0;
}

/* A number after token a and at most three tokens before b, the period's
 * own: "compared to USD 31.2 billion in November", not "compared with
 * this year's 1.5 pct". */
static int number_between(const struct gram *g, size_t a, size_t b)
{
	for (size_t k = b > a + 4 ? b - 3 : a + 1; k < b; k++)
		if (g->t[k].kind == TOK_NUM)
			return 1;
	return 0;
}

/* The period a change is measured against, named after it: "from $888.9
 * billion in 2024", "from 2024", "on the same quarter of 2025" (a cue),
 * "compared with June". "" if none. */
void timing_change_base(const struct gram *g, const struct fig *f, size_t s,
			char out[static PERIOD_MAX])
{
	static const enum lex_word preps[] = { W_FROM, W_OVER, W_COMPARED, W_AGAINST, W_THAN, W_VERSUS };

	out[0] = '\0';
	/* "compared to USD 31.2 billion in November 2025, a growth of 8.7 per cent" */
	for (size_t k = win_lo(g, s, f->h0); k < f->h0; k++)
		if (tok_is(g, k, W_COMPARED) || tok_is(g, k, W_AGAINST)) {
			for (size_t c = 0; c < g->ncands; c++)
				if (g->cands[c].tok > k && g->cands[c].tok < k + 10 &&
				    g->cands[c].end < f->h0 && g->cands[c].period[0] &&
				    number_between(g, k, g->cands[c].tok)) {
					memcpy(out, g->cands[c].period, PERIOD_MAX);
					return;
				}
		}
	for (size_t k = f->t1; k < f->t1 + 12 && gram_in(g, k, s); k++) {
		if (!WORD_AMONG(g, k, preps))
			continue;
		for (size_t j = k + 1; j < k + 8 && gram_in(g, j, s); j++) {
			for (size_t c = 0; c < g->ncands; c++)
				if (g->cands[c].tok == j && g->cands[c].period[0] && !g->cands[c].open &&
				    !(tok_is(g, k, W_FROM) && strchr(g->cands[c].period, '/'))) {
					memcpy(out, g->cands[c].period, PERIOD_MAX);
					return;
				}
			if (year_at(g, j, s)) {
				snprintf(out, PERIOD_MAX, "%04d", (int)g->t[j].num);
				return;
			}
			if (gram_punct(g, j, ",") || gram_punct(g, j, ";"))
				break;
		}
		return;
	}
}

/* A sentence that opens with its basis: "Year-over-year, exports ...". */
enum measure timing_lead_basis(const struct gram *g, size_t s)
{
	size_t k = g->s[s].t0;

	if (!gram_punct(g, k + 1, ",") && !(gram_punct(g, k + 3, ",") && tok_is(g, k + 1, W_ON)))
		return MEASURE_NONE;
	if (tok_is(g, k, W_YEAR_OVER_YEAR) || tok_is(g, k, W_YEAR_ON_YEAR) ||
	    (tok_is(g, k, W_YEAR) && tok_is(g, k + 2, W_YEAR)))
		return MEASURE_CHANGE_YOY;
	if (tok_is(g, k, W_MONTH_OVER_MONTH) || tok_is(g, k, W_MONTH_ON_MONTH) ||
	    (tok_is(g, k, W_MONTH) && tok_is(g, k + 2, W_MONTH)))
		return MEASURE_CHANGE_MOM;
	return MEASURE_NONE;
}

/* "the three months ending in June", "in the three months to June": when
 * the sentence says so and the period is that last month, the months up to
 * it ("2026-04/2026-06"). */
void timing_months_ending(const struct gram *g, size_t s, size_t t, char period[static PERIOD_MAX])
{
	for (size_t k = win_lo(g, s, t); k + 3 < win_hi(g, s, t); k++) {
		int n, m;
		size_t j = k + 2;
		char end[PERIOD_MAX];

		if (!tok_is(g, k + 1, W_MONTHS) || !(tok_is(g, j, W_ENDING) ||
							tok_is(g, j, W_ENDED) ||
							tok_is(g, j, W_TO) || tok_is(g, j, W_THROUGH)))
			continue;
		n = g->t[k].kind == TOK_NUM ? (int)g->t[k].num :
		    units_number_word(tok_text(g, k), g->t[k].len);
		j += tok_is(g, j + 1, W_IN) || tok_is(g, j + 1, W_ON);
		if (tok_is(g, j + 1, W_THE) && tok_is(g, j + 2, W_END) && tok_is(g, j + 3, W_OF))
			j += 3;	/* "the eight months to the end of February" */
		if (n < 2 || n > 12 || !gram_in(g, j + 1, s))
			continue;
		m = period_month(tok_text(g, j + 1), g->t[j + 1].len);
		if (!m && g->t[j + 1].kind == TOK_WORD && g->t[j + 1].len > 4 &&
		    !strncasecmp(tok_text(g, j + 1), "end-", 4))
			m = period_month(tok_text(g, j + 1) + 4, g->t[j + 1].len - 4);
		if (!m)	/* "the eight months to end-August" too */
			continue;
		if (period_resolve_month(g->d->date, m, 0, PERIOD_LATEST, end) != 0 ||
		    (period[0] && strcmp(period, end)))
			return;
		{
			char start[PERIOD_MAX];
			int m0 = m - n + 1;

			if (period_shift_month(end, -(n - 1), start) != 0)
				return;
			(void)m0;
			snprintf(period, PERIOD_MAX, "%.7s/%.7s", start, end);
		}
		return;
	}
}

/* The month of "the year to [the end of | end] MONTH [YEAR]" at token k
 * ("end-September" too), resolved in end; 0 if none is there. */
static int year_to_at(const struct gram *g, size_t k, size_t s, char end[static PERIOD_MAX])
{
	size_t j = k + 2;
	int m, year = 0;

	if (!tok_is(g, k, W_YEAR) || !tok_is(g, k + 1, W_TO) || !gram_in(g, k - 1, s) ||
	    !tok_is(g, k - 1, W_THE))
		return 0;
	if (tok_is(g, j, W_THE) && tok_is(g, j + 1, W_END) && tok_is(g, j + 2, W_OF))
		j += 3;	/* "the year to the end of March" */
	else if (tok_is(g, j, W_END))
		j++;	/* "the year to end June" */
	if (!gram_in(g, j, s) || g->t[j].kind != TOK_WORD)
		return 0;
	m = month_any_case(g, j);
	if (!m && g->t[j].len > 4 && !strncasecmp(tok_text(g, j), "end-", 4))
		m = period_month(tok_text(g, j) + 4, g->t[j].len - 4);
	if (!m)
		return 0;
	if (year_at(g, j + 1, s))
		year = (int)g->t[j + 1].num;
	return period_resolve_month(g->d->date, m, year, PERIOD_LATEST, end) == 0;
}

/* "in the year to April", "the year to end-September", "the year to the
 * end of March 1987": a change over the year to a month is that month's
 * change on a year ago, so its period is the month; any other figure over
 * it covers the twelve months to it ("1986-04/1987-03"). Not "the fiscal
 * year to" (a fiscal year, spans.c) nor "the year to date". The phrase
 * right after the figure (within YEAR_TO_AFTER tokens) is its own and
 * replaces what an earlier phrase gave ("3.4 pct in the year to end-August,
 * after 3.1 pct in the year to July"); else the last one before it, only
 * when the figure has no period yet, or that month. */
#define YEAR_TO_AFTER 8
void timing_year_to(const struct gram *g, size_t s, size_t t, int change,
		    char period[static PERIOD_MAX])
{
	char end[PERIOD_MAX], got[PERIOD_MAX] = "", start[PERIOD_MAX];
	int own = 0;

	for (size_t k = win_lo(g, s, t) + 1; k + 2 < win_hi(g, s, t); k++) {
		if (k > t + YEAR_TO_AFTER)
			break;
		if (!year_to_at(g, k, s, end))
			continue;
		memcpy(got, end, PERIOD_MAX);
		if ((own = k > t))
			break;	/* the first after the figure is its own */
	}
	if (!got[0] || (!own && period[0] && strcmp(period, got)))
		return;
	if (change)
		memcpy(period, got, PERIOD_MAX);
	else if (period_shift_month(got, -11, start) == 0)
		snprintf(period, PERIOD_MAX, "%.7s/%.7s", start, got);
}

/* A day number token (1..31, no decimals) at i. */
/* period_month() of token i from the classes lex.c stored: no second lookup. */
static int month_tok(const struct gram *g, size_t i)
{
	return tok_has(g, i, CLS_MONTH) ? tok_lex(g, i)->num : 0;
}

static int day_at(const struct gram *g, size_t i, size_t s)
{
	return gram_in(g, i, s) && g->t[i].kind == TOK_NUM && !g->t[i].decimals &&
	       g->t[i].len <= 2 && g->t[i].num >= 1 && g->t[i].num <= 31 ? (int)g->t[i].num : 0;
}

/* Days m0/d0 to m1/d1 as "YYYY-MM-DD/YYYY-MM-DD", the end the occurrence
 * nearest the story's date (a year on with "next year"). */
static int day_span(const struct gram *g, int m0, int d0, int m1, int d1, int next,
		    char out[static PERIOD_MAX])
{
	char a[DATE_LEN], b[DATE_LEN];
	int y, dy, dm;

	if (period_resolve_day(g->d->date, m1, d1, 0, b) != 0 || sscanf(b, "%4d", &y) != 1 ||
	    period_date_ym(g->d->date, &dy, &dm) == 0)
		return 0;
	/* next < 0: a time of shipment, still to come unless it ended in the
	 * story's month or the one before ("for shipment March 1-10" on March
	 * 24 has shipped; "for April 20-30 shipment" on April 2 is to come) */
	y += next > 0 || (next < 0 && y * 12 + m1 < dy * 12 + dm - 1);
	if (period_resolve_day(NULL, m1, d1, y, b) != 0 ||
	    period_resolve_day(NULL, m0, d0, m0 > m1 ? y - 1 : y, a) != 0)
		return 0;
	snprintf(out, PERIOD_MAX, "%s/%s", a, b);
	return 1;
}

/* "Feb 1-20", "Jan 1-Mar 10", "Feb 15-June 30 next year", "the first 10 days
 * of May", "between May 21 and June 25", "April 15/May 15" near f: a range of days, which replaces the month its phrase
 * gave (or fills an empty period). */
void timing_days_range(const struct gram *g, const struct fig *f, size_t s,
		       char period[static PERIOD_MAX])
{
	char best[PERIOD_MAX] = "";

	/* the nearest phrase before the figure, else the first after it */
	for (size_t k = win_lo(g, s, f->t0); k + 3 < win_hi(g, s, f->t1); k++) {
		char r[PERIOD_MAX];
		int m0, m1, d0, d1, ok = 0;
		size_t e = k;

		if (tok_is(g, k, W_FIRST) && day_at(g, k + 1, s) && tok_is(g, k + 2, W_DAYS) &&
		    tok_is(g, k + 3, W_OF) && gram_in(g, k + 4, s) &&
		    (m0 = month_tok(g, k + 4))) {
			ok = day_span(g, m0, 1, m0, day_at(g, k + 1, s), 0, r);
			e = k + 4;
		} else if (g->t[k].kind == TOK_WORD &&
			   (m0 = month_tok(g, k)) && (d0 = day_at(g, k + 1, s)) &&
			   gram_punct(g, k + 2, "-") && gram_glued(g, k + 2)) {
			if ((d1 = day_at(g, k + 3, s)) && gram_glued(g, k + 3)) {
				m1 = m0;	/* "Feb 1-20" */
				e = k + 3;
			} else if (gram_in(g, k + 3, s) && g->t[k + 3].kind == TOK_WORD &&
				   (m1 = month_tok(g, k + 3)) &&
				   (d1 = day_at(g, k + 4, s))) {
				e = k + 4;	/* "Jan 1-Mar 10" */
			} else {
				continue;
			}
			ok = day_span(g, m0, d0, m1, d1,
				      tok_is(g, e + 1, W_NEXT) && tok_is(g, e + 2, W_YEAR) ? 1 :
				      -span_forward(g, k, e + 1, s), r);
		} else if (g->t[k].kind == TOK_WORD && month_tok(g, k) &&
			   pc_days_between(g, k, s, &m0, &d0, &m1, &d1, &e)) {
			ok = day_span(g, m0, d0, m1, d1, -span_forward(g, k, e + 1, s), r);
		}
		if (!ok)
			continue;
		if (k < f->h0 || !best[0])
			memcpy(best, r, PERIOD_MAX);
		if (k >= f->h0)
			break;
	}
	if (best[0] && (!period[0] || (strlen(period) == 7 && !strncmp(period, best, 7)) ||
			(strlen(period) == 7 && !strncmp(period, best + 11, 7))))
		memcpy(period, best, PERIOD_MAX);
}

/* "change_yoy" when base is the period a year before p, "change_mom" a
 * month before, else NULL. */
enum measure timing_basis_of(const char *p, const char *base)
{
	char prev[PERIOD_MAX];

	if (!p[0] || !base[0])
		return MEASURE_NONE;
	if (period_shift_years(p, -1, prev) == 0 && !strcmp(prev, base))
		return MEASURE_CHANGE_YOY;
	if (period_shift_month(p, -1, prev) == 0 && !strcmp(prev, base))
		return MEASURE_CHANGE_MOM;
	return MEASURE_NONE;
}

/* Period p (as this stage writes them) starts after the story's date:
 * "1988", "1987-07" in April 1987, "1987/88" (a season that starts after
 * June) in a story before July. */
int timing_future(const char *date, const char *p)
{
	int y, m = 0, dy, dm;

	if (!date[0] || !p[0] || sscanf(date, "%4d-%2d", &dy, &dm) != 2 || sscanf(p, "%4d", &y) != 1)
		return 0;
	if (p[4] == '/')
		return y > dy || (y == dy && dm < 6);
	if (p[4] == '-' && p[5] == 'Q')
		m = (p[6] - '1') * 3 + 1;
	else if (p[4] == '-' && sscanf(p + 5, "%2d", &m) != 1)
		return 0;
	return y > dy || (y == dy && m > dm);
}

/* A market session's words at token k of sentence s: a clock time ("about
 * 1300 GMT"), "in early afternoon trading", "in early afternoon trade",
 * "when trading began", "closed at", "opened here at", "was quoted at", "at
 * the close": a quote of the story's day. Not "trading partner", "a trading
 * range", "trade talks", nor a session (of parliament as often as of a
 * market). */
static int session_at(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word at_verbs[] = { W_CLOSED, W_OPENED, W_ENDED, W_FINISHED,
		W_QUOTED, W_TRADED };
	size_t j = k + 1;

	if (tok_is(g, k, W_GMT))
		return 1;
	if (tok_is(g, k, W_TRADING) &&
	    (!gram_in(g, j, s) || g->t[j].kind != TOK_WORD || tok_is(g, j, W_BEGAN) ||
	     tok_is(g, j, W_HERE) || tok_is(g, j, W_TODAY) || tok_is(g, j, W_AND)))
		return 1;
	/* "in early afternoon trade", "in after hours trading" */
	if ((tok_is(g, k, W_TRADING) || tok_is(g, k, W_TRADE)) && gram_in(g, k - 1, s) &&
	    (tok_is(g, k - 1, W_MORNING) || tok_is(g, k - 1, W_AFTERNOON) ||
	     tok_is(g, k - 1, W_EARLY) || tok_is(g, k - 1, W_LATE) || tok_is(g, k - 1, W_HOURS)))
		return 1;
	if (WORD_AMONG(g, k, at_verbs))	/* "closed at", "opened here at" */
		return gram_in(g, j, s) && (tok_is(g, j, W_AT) ||
					    (tok_is(g, j, W_HERE) && word_s(g, j + 1, s, W_AT)));
	return (tok_is(g, k, W_CLOSE) || tok_is(g, k, W_CLOSING) || tok_is(g, k, W_OPENING)) &&
	       gram_in(g, k - 1, s) && (tok_is(g, k - 1, W_THE) || tok_is(g, k - 1, W_ITS) ||
					tok_is(g, k - 1, W_AT));
}

int timing_session_at(const struct gram *g, size_t k, size_t s) { return session_at(g, k, s); }

int timing_spot(const struct gram *g, const struct fig *f, size_t s, char out[static PERIOD_MAX])
{
	static const enum lex_word now[] = { W_TODAY, W_TONIGHT, W_TONIGHT_S, W_CURRENTLY,
		W_NOW, W_MIDDAY, W_FIX, W_FIXED, W_FIXING, W_YESTERDAY, W_YESTERDAY_S };
	int spot = 0;

	if (!date_valid(g->d->date))
		return 0;
	for (size_t k = win_lo(g, s, f->t0); k < win_hi(g, s, f->t1) && !spot; k++) {
		if (g->t[k].kind != TOK_WORD)
			continue;
		if (WORD_AMONG(g, k, now))
			/* "fell to 5 pct yesterday" is yesterday's */
			spot = !when_reported(g, k, s) && !anchor_day_elsewhere(g, k, f, s) &&
			       !((tok_is(g, k, W_YESTERDAY) || tok_is(g, k, W_TODAY)) && k == f->t1);
		else if ((tok_is(g, k, W_MORNING) || tok_is(g, k, W_AFTERNOON)) &&
			 gram_in(g, k - 1, s) && tok_is(g, k - 1, W_THIS))
			spot = 1;	/* "this morning" */
		else if (tok_is(g, k, W_PRESENT) && gram_in(g, k - 1, s) && tok_is(g, k - 1, W_THE))
			spot = 1;	/* "from the present 10.0 pct" */
		else if (session_at(g, k, s))
			spot = 1;
	}
	/* "down from six on Monday": an earlier day's quote, of another
	 * figure, makes this one today's */
	for (size_t c = 0; c < g->ncands && !spot; c++)
		spot = (g->cands[c].prior || g->clause[g->cands[c].tok] != g->clause[f->t0] ||
			g->cands[c].tok >= f->t1) &&
		       anchor_earlier_day(g, &g->cands[c], s);	/* not "Yesterday, USDA issued" */
	if (spot) {
		str_copy(out, PERIOD_MAX, g->d->date, 10);
		return 1;
	}
	if (g->per_par == g->par[s] && strlen(g->ctx_period) == 10 &&	/* else the session's */
	    (strcmp(g->ctx_period, g->d->date) >= 0 || !when_session_before(g, s, out)))
		memcpy(out, g->ctx_period, PERIOD_MAX);
	return out[0] != 0;	/* out is "" on entry */
}

int timing_forward_sale(const struct gram *g, size_t s)
{
	static const enum lex_word words[] = { W_SHIPMENT, W_DELIVERY, W_LOADING, W_ARRIVAL,
		W_SHIPMENTS, W_DELIVERIES, W_LOADINGS, W_ARRIVALS };

	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (g->t[k].kind == TOK_WORD && WORD_AMONG(g, k, words))
			return 1;
	return 0;
}

/* The story's latest month and quarter (g->story_m, g->story_q): period p,
 * a figure's (a range of months by its last), moves them forward, never back ("They were 20.2 billion in
 * February 1986" in a story about February 1987) and never past the
 * story's date (a forecast). */
void timing_story_latest(struct gram *g, const char *p)
{
	char *to = NULL, end[8];

	/* a range of months ("1987-01/1987-08") moves the month to its end */
	if (strlen(p) == 15 && p[4] == '-' && p[7] == '/' && p[12] == '-') {
		memcpy(end, p + 8, 7);
		end[7] = '\0';
		p = end;
	}
	if (strlen(p) == 7 && p[4] == '-')
		to = p[5] == 'Q' ? g->story_q : g->story_m;
	if (!to || timing_future(g->d->date, p))
		return;
	if (!to[0] || strcmp(p, to) > 0)
		memcpy(to, p, 8);
}

/* "declined to 892,700 tonnes from 1.19 mln in January", "down to 110 mln
 * against 295 mln in February 1986": the figure left behind is of month
 * prior; the one reached is the story's latest month, when that is later;
 * else the same month a year on when that is not past the story's date
 * (news compares with the month before or the same month a year ago);
 * else the month after. */
int timing_story_month(const struct gram *g, const char *prior, char out[static PERIOD_MAX])
{
	if (strlen(prior) != 7 || prior[4] != '-' || prior[5] == 'Q')
		return 0;
	char own[PERIOD_MAX];

	if (!(period_shift_month(prior, 12, own) == 0 && !timing_future(g->d->date, own)) &&
	    period_shift_month(prior, 1, own) != 0)
		return 0;
	if (g->story_m[0] && strcmp(g->story_m, prior) > 0 && strcmp(g->story_m, own)) {
		memcpy(out, g->story_m, 8);
		return 2;	/* from the story, not the sentence */
	}
	memcpy(out, own, 8);
	return 1;
}

void timing_story_note(struct gram *g, size_t s, const char *period, int inferred)
{
	if (!g->story_seen) {
		g->story_seen = 1;
		g->story_par = g->lead_par != NO_SENT ? g->lead_par : g->par[s];
	}
	if (!g->story_per[0] && period[0] && !inferred && g->par[s] == g->story_par)
		memcpy(g->story_per, period, PERIOD_MAX);
}

/* A change's base fits period p: the year before it ("from last year" of
 * January 1987), or the month or the same period a year before; "from June
 * 2030" of February 2031 does not. */
static int base_fits(const char *p, const char *base)
{
	char prev[PERIOD_MAX];

	if (strlen(base) == 4 && strlen(p) >= 4)
		return atoi(base) == atoi(p) - 1;
	return (period_shift_years(p, -1, prev) == 0 && !strcmp(prev, base)) ||
	       (period_shift_month(p, -1, prev) == 0 && !strcmp(prev, base));
}

/* "Exports were 7.45 billion dlrs ..." in a story whose lead reported 1986,
 * then a paragraph "Total trade with Gulf states fell some 40 pct, with
 * imports at 1.55 billion dlrs": the lead's period, for a level, balance,
 * share or change (a week's report: "in the prior week" is the week
 * before); never a forecast or target, never where the sentence names a
 * period other than an earlier value's or a change's base that fits the
 * lead's (its own, "from June 2030" of a February 2031 lead), a start
 * ("since"), a stock's date ("as of") or another time ("recently"). */
int timing_story_period(const struct gram *g, size_t s, size_t t, enum measure m,
			char out[static PERIOD_MAX])
{
	if (!g->story_per[0] || !g->story_seen || g->par[s] <= g->story_par ||
	    timing_future(g->d->date, g->story_per) ||
	    !(m == MEASURE_LEVEL || m == MEASURE_BALANCE || m == MEASURE_SHARE ||
	      measure_is_change(m)))
		return 0;
	for (size_t k = 0; k < g->ncands; k++)
		if (gram_in(g, g->cands[k].end, s) && g->t[g->cands[k].end].kind == TOK_NUM &&
		    g->cands[k].end > t)
			continue;	/* "from January's 23.52 billion": a later figure's */
		else if ((g->cands[k].period[0] && !g->cands[k].prior &&
		     !(g->cands[k].base && base_fits(g->story_per, g->cands[k].period))) ||
		    g->cands[k].open ||
		    g->cands[k].same)
			return 0;	/* "increased $2.0 billion from June 2030" */
	for (size_t k = win_lo(g, s, t); k < win_hi(g, s, t); k++)
		if (tok_is(g, k, W_SINCE) || tok_is(g, k, W_RECENTLY) || tok_is(g, k, W_RECENT) ||
		    (tok_is(g, k, W_AS) && tok_is(g, k + 1, W_OF)))
			return 0;	/* "Since 1980, ... cut 45 pct", "as of March 26",
					   "had been bought recently", "the recent
					   purchases of" */
		else if ((month_tok(g, k) && day_at(g, k + 1, s)) ||
			 (tok_is(g, k, W_YEAR) && gram_in(g, k - 1, s) &&
			  tok_has(g, k - 1, CLS_ORDINAL)))
			return 0;	/* "in the third year of the agreement, which
					   ended September 30": a time of its own */
	/* "106,200 tonnes shipped in the prior week", after a lead about a week */
	for (size_t k = t; k < t + 8 && k < win_hi(g, s, t); k++)
		if (tok_is(g, k, W_IN) && span_week_earlier(g, k + 1, s, g->story_per, out))
			return 1;
	memcpy(out, g->story_per, PERIOD_MAX);
	return 1;
}

/* "FINLAND FEBRUARY TRADE SURPLUS AT 641 MLN MARKKA" over a body that says
 * "a 641 mln markka trade surplus in February": a title's figure that names
 * no period takes the period of the same figure (kind, value, unit) in the
 * body, inferred. Each title figure reads at most TITLE_LOOK figures on. */
#define TITLE_LOOK 40
void timing_title_periods(const struct gram *g, struct claims *out, size_t base,
			  const struct fig *figs)
{
	if (g->title_end == NO_SENT)
		return;
	for (size_t k = base; k < out->n; k++) {
		struct claim *a = &out->v[k];

		if (g->sent[figs[k - base].t0] >= g->title_end)
			break;	/* the title is over */
		if (a->kind == CLAIM_DATE || a->period[0])
			continue;
		for (size_t j = k + 1; j < out->n && j <= k + TITLE_LOOK; j++) {
			const struct claim *b = &out->v[j];

			if (g->sent[figs[j - base].t0] < g->title_end || b->kind != a->kind ||
			    b->value != a->value || strcmp(b->unit, a->unit))
				continue;
			if (b->period[0]) {
				memcpy(a->period, b->period, sizeof(a->period));
				a->period_src = SOURCE_INFERRED;
			}
			break;
		}
	}
}
