/*
 * spans.c - the period phrases when.c reads beyond months, quarters and
 * ranges: crop years as written ("Australia's 1986/87 wheat crop"), years
 * and months that qualify a noun ("a 1985 deficit of"), "end-1988",
 * "mid-1993", weekdays, quarters named by their last month ("the June
 * quarter", "the quarter to September"), year to date, "the two months",
 * "the same period of 1986", spans no one period names ("this year and
 * next"), and where a phrase counts as right after a figure; and (issue
 * 13) fiscal years named by their end ("the year ended March 31"), "the
 * week ended March 26" (span_week.c), seasons ("last season"), years
 * joined ("1985-86") or possessive ("1985's"), months still to come
 * ("for June-July delivery", span_forward.c), months' possessives
 * ("January's"), the words that make what follows an earlier value ("against a"), a base ("since"), the day an
 * estimate was made ("forecast in March") and the "and" that joins two
 * figures sharing one period.
 *
 * Input: the token array of gram.c, a sentence and a token in it; the
 * story's date (g->d->date) and its last month (g->story_m).
 * Output: a period candidate (struct cand) or a token count.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (word_s(), gram_in() and
 *     when_year_tok() check every index).
 *  2. Each phrase reads a constant number of tokens from where it starts.
 *  3. A period is resolved against the story's date only; an unresolvable
 *     one is left "".
 */
#include "parse/parse_int.h"
#include "base/base.h"
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* "1986/87", "1986/1987" at k: a crop or fiscal year (the second year the next). */
int span_crop_year(const struct gram *g, size_t k, size_t s)
{
	return when_year_tok(g, k, s) && gram_punct(g, k + 1, "/") && gram_glued(g, k + 1) &&
	       gram_in(g, k + 2, s) && gram_glued(g, k + 2) && g->t[k + 2].kind == TOK_NUM &&
	       !g->t[k + 2].decimals && (g->t[k + 2].len == 2 || g->t[k + 2].len == 4) &&
	       ((int)g->t[k + 2].num % 100) == ((int)g->t[k].num + 1) % 100;
}

/* The doc date's year and month, or 0. */
static int doc_ym(const struct gram *g, int *y, int *m)
{
	return period_date_ym(g->d->date, y, m);
}

/* Nouns a year or month before them can date: "a 1985 deficit", "the 1986
 * grain harvest", "a revised January deficit", "a 1988 rise". */
static int period_noun(const struct gram *g, size_t i, int dirs)
{
	static const enum lex_word nouns[] = { W_TRADE, W_OUTPUT, W_PRODUCTION, W_CURRENT,
		W_FORECAST, W_AVERAGE, W_INFLATION, W_SALES, W_EARNINGS, W_LEVEL, W_FIGURE,
		W_FIGURES, W_ESTIMATE, W_BALANCE };

	return g->t[i].kind == TOK_WORD &&
	       (tok_has(g, i, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE | CLS_CROPNOUN |
			       CLS_TARGET | CLS_NOTTRADE) || WORD_AMONG(g, i, nouns) ||
		(dirs && tok_has(g, i, CLS_UP | CLS_DOWN)));
}

/* The year or month at k qualifies a period noun within the next three
 * words ("1985 deficit of", "January current account"), with no
 * preposition before it that makes it a start, a base or a deadline. A
 * change noun only after a year ("a 1988 rise"): "May rise" is a verb. */
int span_modifies_noun(const struct gram *g, size_t k, size_t s)
{
	/* "a 1988 rise"; "the August decrease", "a May rise": after an article
	 * a month names the noun's period too ("May rise" alone is a verb) */
	int dirs = g->t[k].kind == TOK_NUM || word_s(g, k - 1, s, W_THE) || word_s(g, k - 1, s, W_A) ||
		   word_s(g, k - 1, s, W_AN);

	if (gram_in(g, k - 1, s) && g->t[k - 1].kind == TOK_WORD &&
	    tok_has(g, k - 1, CLS_MONTHPREP | CLS_BASEPREP | CLS_DEADLINE | CLS_PRIOR | CLS_YEARBASE))
		return 0;
	for (size_t j = k + 1; j <= k + 3 && gram_in(g, j, s) && g->t[j].kind == TOK_WORD; j++)
		if (period_noun(g, j, dirs))
			return 1;
	return 0;
}

/* 0 (Monday) .. 6 for a weekday, possessive too ("Wednesday's"), else -1. */
int span_weekday(const struct gram *g, size_t i)
{
	static const char names[] = "MonTueWedThuFriSatSun";
	const char *w = tok_text(g, i);
	size_t n = g->t[i].len;
	uint64_t cls = 0;

	if (g->t[i].kind != TOK_WORD || n < 6 || w[0] < 'A' || w[0] > 'Z')
		return -1;
	if (!tok_has(g, i, CLS_WEEKDAY) &&
	    !(n >= 8 && w[n - 2] == '\'' && w[n - 1] == 's' && lexicon_word(w, n - 2, &cls) &&
	      (cls & CLS_WEEKDAY)))
		return -1;
	for (int d = 0; d < 7; d++)
		if (!strncmp(w, names + 3 * d, 3))
			return d;
	return -1;
}

/* The day of a statement, not of a figure: "said on Tuesday", "said today". */
int when_reported(const struct gram *g, size_t k, size_t s)
{
	k -= word_s(g, k - 1, s, W_ON) || word_s(g, k - 1, s, W_LAST);
	return anchor_act_verb(g, k - 1, s);
}

/* "end-1988", "mid-1993", "end-June": a word with the period glued on. */
size_t span_prefixed(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	const char *w = tok_text(g, k);
	size_t n = g->t[k].len;
	int end, m, y = 0;

	if (n < 7 || w[3] != '-' || (strncasecmp(w, "end", 3) && strncasecmp(w, "mid", 3)))
		return 0;
	end = !strncasecmp(w, "end", 3);
	if (n == 8 && w[4] >= '1' && w[4] <= '2' && sscanf(w + 4, "%4d", &y) == 1 &&
	    y >= 1900 && y <= 2100) {
		snprintf(c->period, sizeof(c->period), end ? "%04d-12" : "%04d", y);
		return 1;
	}
	if (!(m = period_month(w + 4, n - 4)))
		return 0;
	if (when_year_tok(g, k + 1, s))
		y = (int)g->t[k + 1].num;
	period_resolve_month(g->d->date, m, y, PERIOD_LATEST, c->period);
	return y ? 2 : 1;
}

/* "the same period of 1986", "the same months last year", "the same 1986
 * period", "the same period a year ago", "the corresponding month of 1986", "the
 * comparable quarter of 1986", "a similar period last year", "the
 * year-earlier period": the period of the figure it
 * compares with, moved to that year (cand.same). Tokens taken, or 0. */
size_t span_same(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	static const enum lex_word spans[] = { W_PERIOD, W_MONTHS, W_MONTH, W_QUARTER };
	size_t j = k + 1, n;

	/* "the year-earlier period", "the year-ago quarter" */
	if ((tok_is(g, k, W_YEAR_EARLIER) || tok_is(g, k, W_YEAR_AGO)) && gram_in(g, k + 1, s) &&
	    WORD_AMONG(g, k + 1, spans))
		return 2;
	if (!tok_is(g, k, W_SAME) && !tok_is(g, k, W_CORRESPONDING) &&
	    !tok_is(g, k, W_SIMILAR) && !tok_is(g, k, W_COMPARABLE))
		return 0;	/* "the corresponding month of 1986", "a similar period last year" */
	if (when_year_tok(g, j, s) && word_s(g, j + 1, s, W_PERIOD)) {
		c->same_year = (int)g->t[j].num;
		return 3;
	}
	if (!gram_in(g, j, s) || !WORD_AMONG(g, j, spans))
		return 0;
	j++;
	n = word_s(g, j, s, W_OF) || word_s(g, j, s, W_IN);
	if (when_year_tok(g, j + n, s)) {
		c->same_year = (int)g->t[j + n].num;
		return j + n + 1 - k;
	}
	if (word_s(g, j + n, s, W_LAST) && word_s(g, j + n + 1, s, W_YEAR))
		return j + n + 2 - k;
	if (word_s(g, j + n, s, W_A) && word_s(g, j + n + 1, s, W_YEAR) &&
	    (word_s(g, j + n + 2, s, W_AGO) || word_s(g, j + n + 2, s, W_EARLIER)))
		return j + n + 3 - k;
	if (word_s(g, j + n, s, W_THE) && word_s(g, j + n + 1, s, W_PREVIOUS) &&
	    word_s(g, j + n + 2, s, W_YEAR))
		return j + n + 3 - k;
	return 0;
}

/* The main period p moved as same-period candidate c says, into out. */
void span_same_resolve(const struct cand *c, const char *p, char out[static PERIOD_MAX])
{
	int y;

	out[0] = '\0';
	if (!p || !p[0] || sscanf(p, "%4d", &y) != 1)
		return;
	period_shift_years(p, c->same_year ? c->same_year - y : -1, out);
}

/* "so far this year", "this year to date", "year-to-date": January to the
 * story's month. */
void span_year_to_date(const struct gram *g, struct cand *c)
{
	int y, m;

	if (!doc_ym(g, &y, &m))
		return;
	if (m == 1)
		snprintf(c->period, sizeof(c->period), "%04d-01", y);
	else
		period_resolve_range(g->d->date, 1, m, y, PERIOD_LATEST, c->period);
}

/* "the half-year", "the half year": the last whole half-year before the
 * story's month ("1987-01/1987-06" in July to December). */
static size_t half_year_at(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	size_t n = tok_is(g, k, W_HALF_YEAR) ? 1 :
		   2 * (size_t)(tok_is(g, k, W_HALF) && word_s(g, k + 1, s, W_YEAR));
	int y, m;

	if (!n || !word_s(g, k - 1, s, W_THE) || !doc_ym(g, &y, &m))
		return 0;
	snprintf(c->period, sizeof(c->period), m > 6 ? "%04d-01/%04d-06" : "%04d-07/%04d-12",
		 y - (m <= 6), y - (m <= 6));
	return n;
}

/* "the June quarter", "the quarter to September", "the quarter ended
 * March 31": a quarter named by its last month; or a half-year. */
size_t span_month_quarter(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	enum period_rel rel = PERIOD_LATEST;
	int m = 0, year = 0;
	size_t n = half_year_at(g, k, s, c);

	if (n)
		return n;
	if (tok_is(g, k, W_QUARTER) && (word_s(g, k + 1, s, W_TO) || word_s(g, k + 1, s, W_ENDED) ||
				       word_s(g, k + 1, s, W_ENDING) || word_s(g, k + 1, s, W_THROUGH))) {
		if ((m = when_month_at(g, k + 2, s)))
			n = 3 + (gram_in(g, k + 3, s) && g->t[k + 3].kind == TOK_NUM &&
				 g->t[k + 3].len <= 2);
	} else if ((m = when_month_at(g, k, s)) && word_s(g, k + 1, s, W_QUARTER)) {
		n = 2;
	}
	if (!n || m % 3)
		return 0;
	n += when_year_after(g, k + n, s, &year, &rel);
	period_resolve_quarter(g->d->date, m / 3, year, rel, c->period);
	return n;
}

/* "eight-month period" at k, as one token or as "eight" "-" "month"
 * glued: the tokens taken and the count in *num, or 0. */
static size_t month_period(const struct gram *g, size_t k, size_t s, double *num)
{
	const char *w;
	size_t len;

	if (!gram_in(g, k, s) || g->t[k].kind != TOK_WORD)
		return 0;
	w = tok_text(g, k);
	len = g->t[k].len;
	if (len > 6 && !strncasecmp(w + len - 6, "-month", 6) && word_s(g, k + 1, s, W_PERIOD)) {
		*num = units_number_word(w, len - 6);
		return *num >= 2 && *num <= 12 ? 2 : 0;
	}
	if (gram_punct(g, k + 1, "-") && gram_glued(g, k + 1) && gram_glued(g, k + 2) &&
	    word_s(g, k + 2, s, W_MONTH) && word_s(g, k + 3, s, W_PERIOD)) {
		*num = units_number_word(w, len);
		return *num >= 2 && *num <= 12 ? 4 : 0;
	}
	return 0;
}

/* "the two months", "in the three months", "the eight-month period": the
 * months up to the story's last month. */
size_t span_story_months(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	double num = 0;
	size_t n;

	if (!tok_is(g, k, W_THE) || !g->story_m[0])
		return 0;
	if ((n = month_period(g, k + 1, s, &num)))
		goto found;	/* "the eight-month period" */
	n = gram_count_at(g, k + 1, s, &num);
	if (n != 1 || num < 2 || num > 12 || !word_s(g, k + 2, s, W_MONTHS) ||
	    word_s(g, k + 3, s, W_TO) || word_s(g, k + 3, s, W_ENDING) ||
	    word_s(g, k + 3, s, W_ENDED) || word_s(g, k + 3, s, W_OF) ||
	    word_s(g, k + 3, s, W_THROUGH))
		return 0;
	n = 2;
found:
	{
		char start[PERIOD_MAX];

		if (period_shift_month(g->story_m, -((int)num - 1), start) != 0)
			return 0;
		snprintf(c->period, sizeof(c->period), "%.7s/%.7s", start, g->story_m);
	}
	return n + 1;
}

/* "this year and next", "the next four years", "the past two years", "in
 * later years", "in the near future", "in coming years", "in recent years": a span no one period names (cand.open).
 * Tokens taken, or 0. */
size_t span_open(const struct gram *g, size_t k, size_t s)
{
	double num = 0;
	size_t n;

	if (tok_is(g, k, W_THIS) && word_s(g, k + 1, s, W_YEAR) && word_s(g, k + 2, s, W_AND) &&
	    word_s(g, k + 3, s, W_NEXT))
		return 4 + word_s(g, k + 4, s, W_YEAR);
	if ((tok_is(g, k, W_LATER) || tok_is(g, k, W_COMING) || tok_is(g, k, W_RECENT)) &&
	    (word_s(g, k + 1, s, W_YEARS) || (tok_is(g, k, W_RECENT) && word_s(g, k + 1, s, W_MONTHS))))
		return 2;
	if (tok_is(g, k, W_NEAR) && word_s(g, k + 1, s, W_FUTURE))
		return 2;
	/* "over the past two years", "in the last six months": no one period */
	if (!tok_is(g, k, W_NEXT) && !tok_is(g, k, W_PAST) && !tok_is(g, k, W_LAST))
		return 0;
	n = gram_count_at(g, k + 1, s, &num);
	return n == 1 && num >= 2 && (word_s(g, k + 2, s, W_YEARS) || word_s(g, k + 2, s, W_MONTHS)) ?
	       3 : 0;
}

/* Where a phrase at k counts as right after a figure: its preposition ("in
 * early December", "in the same period"), before a parenthesis
 * that ends at k ("deficit (revised from 1.7 mln) in January"), before "at
 * the end of" (April), before "respectively" (in the same period). */
size_t span_lead(const struct gram *g, size_t k, size_t s)
{
	size_t j = k;

	j -= word_s(g, j - 1, s, W_EARLY) || word_s(g, j - 1, s, W_LATE) || word_s(g, j - 1, s, W_MID);
	j -= word_s(g, j - 1, s, W_THE);
	if (word_s(g, j - 1, s, W_IN) || word_s(g, j - 1, s, W_ON))
		j--;
	else
		j = k;
	if (word_s(g, j - 1, s, W_OF) && word_s(g, j - 2, s, W_END) && word_s(g, j - 3, s, W_THE) &&
	    word_s(g, j - 4, s, W_AT))
		return j - 4;
	if (word_s(g, j - 1, s, W_RESPECTIVELY))
		return j - 1;
	if (gram_punct(g, j - 1, ")"))
		for (size_t b = j - 2; b + 10 > j && gram_in(g, b, s); b--)
			if (gram_punct(g, b, "("))
				return b;
	return j;
}

/* "the previous month", "the month before", "a month earlier", "a month ago". */
int span_month_earlier(const struct gram *g, size_t j, size_t s)
{
	return (word_s(g, j, s, W_A) && word_s(g, j + 1, s, W_MONTH) &&
		(word_s(g, j + 2, s, W_EARLIER) || word_s(g, j + 2, s, W_AGO) ||
		 word_s(g, j + 2, s, W_BEFORE))) ||
	       (word_s(g, j, s, W_THE) && (((word_s(g, j + 1, s, W_PREVIOUS) ||
					     word_s(g, j + 1, s, W_PRIOR)) &&
					    word_s(g, j + 2, s, W_MONTH)) ||
					   (word_s(g, j + 1, s, W_MONTH) &&
					    word_s(g, j + 2, s, W_BEFORE))));
}


/* "January's" (or "January’s"): the month, 1..12; 0 for any other word. */
int span_month_poss(const struct gram *g, size_t k)
{
	const char *w = tok_text(g, k);
	size_t n = g->t[k].len;

	if (g->t[k].kind != TOK_WORD || g->t[k].lex || n < 5)
		return 0;
	if (w[n - 2] == '\'' && w[n - 1] == 's')
		return period_month(w, n - 2);
	if (n > 6 && !memcmp(w + n - 4, "\xe2\x80\x99s", 4))
		return period_month(w, n - 4);
	return 0;
}

/* "the year ended March 31, 1986", "the fiscal year ending June 30", "the fiscal year to
 * the end of March 1988", "the agreement year, which ends this September 30": a fiscal
 * year, written as crop years are ("1985/86"), or the calendar year when it ends in
 * December. Without a year, "ended" is the latest such end, "ending" the next one. "The
 * year to April" is a change's twelve months. */
size_t span_year_ending(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	size_t j, n;
	int m, y, dy, dm, ending;

	if (!tok_is(g, k, W_YEAR))
		return 0;
	ending = fiscal_end_word(g, j = k + 1 + fiscal_which(g, k + 1, s), s); /* 2 ending, 1 ended */
	if (!ending && !(word_s(g, j, s, W_TO) && word_s(g, k - 1, s, W_FISCAL)))
		return 0;
	ending = ending == 2;
	j += 1 + fiscal_month_lead(g, j + 1, s);
	if (word_s(g, j, s, W_THE) && word_s(g, j + 1, s, W_END) && word_s(g, j + 2, s, W_OF))
		j += 3;
	m = when_month_at(g, j, s);
	if (!m && gram_in(g, j, s) && g->t[j].kind == TOK_WORD && g->t[j].len > 4 &&
	    !strncasecmp(tok_text(g, j), "end-", 4))
		m = period_month(tok_text(g, j) + 4, g->t[j].len - 4);	/* "to end-March 1987" */
	if (!m || !doc_ym(g, &dy, &dm))
		return 0;
	n = j + 1 - k;
	if (gram_in(g, j + 1, s) && g->t[j + 1].kind == TOK_NUM && g->t[j + 1].len <= 2)
		n++;	/* the day */
	if (gram_punct(g, k + n, ",") && when_year_tok(g, k + n + 1, s))
		n++;
	if (when_year_tok(g, k + n, s))
		y = (int)g->t[k + n++].num;
	else if (ending)
		y = m >= dm ? dy : dy + 1;
	else
		y = m <= dm ? dy : dy - 1;
	if (m == 12)
		snprintf(c->period, sizeof(c->period), "%04d", y);
	else
		snprintf(c->period, sizeof(c->period), "%04d/%02d", y - 1, y % 100);
	return n;
}

/* "against", "compared with", "versus", "from", "below", "than", maybe with
 * "a" or "the" and a word that qualifies a figure ("the preliminary"), right
 * before token k: what follows is the earlier value of a comparison. */
int span_prior_word(const struct gram *g, size_t k, size_t s)
{
	k -= word_s(g, k - 1, s, W_PRELIMINARY) || word_s(g, k - 1, s, W_REVISED) ||
	     word_s(g, k - 1, s, W_RECORD);
	k -= word_s(g, k - 1, s, W_A) || word_s(g, k - 1, s, W_AN) || word_s(g, k - 1, s, W_THE);
	if (word_s(g, k - 1, s, W_WITH) || word_s(g, k - 1, s, W_TO))
		return word_s(g, k - 2, s, W_COMPARED);
	return (gram_in(g, k - 1, s) && tok_has(g, k - 1, CLS_PRIOR)) || word_s(g, k - 1, s, W_BELOW) ||
	       word_s(g, k - 1, s, W_ABOVE) || word_s(g, k - 1, s, W_THAN);
}

/* "since March", "since the fourth quarter of 1983", "since early 1985":
 * where a change starts, the base of a change up to now, not a period. */
int span_since(const struct gram *g, size_t k, size_t s)
{
	k -= word_s(g, k - 1, s, W_EARLY) || word_s(g, k - 1, s, W_LATE) || word_s(g, k - 1, s, W_MID);
	k -= word_s(g, k - 1, s, W_THE);
	return word_s(g, k - 1, s, W_SINCE);
}

/* "forecast in March", "estimated in mid-April": when an estimate was
 * made, not the period of a figure. */
int span_stamp(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word made[] = { W_FORECAST, W_FORECASTS, W_ESTIMATED, W_PROJECTED,
					      W_PREDICTED };

	k -= word_s(g, k - 1, s, W_EARLY) || word_s(g, k - 1, s, W_LATE) || word_s(g, k - 1, s, W_MID);
	return word_s(g, k - 1, s, W_IN) && gram_in(g, k - 2, s) && WORD_AMONG(g, k - 2, made);
}

/* The "and" that joins a figure to the one right before candidate c, so
 * that both share c: "exports of 6.72 billion and imports of 6.64 billion
 * in January", "versus 992,760 and 164 mln stg in January" ("and", maybe a
 * flow noun and "of", the number, its unit words, then c); else NO_SENT. */
size_t span_and_before(const struct gram *g, struct cand *c, size_t s)
{
	size_t j = c->num_before;

	c->and_noun = 0;
	if (j >= c->tok || c->lead > j + 5)
		return NO_SENT;
	for (size_t k = j + 1; k < c->lead; k++)
		if (g->t[k].kind != TOK_WORD || tok_has(g, k, CLS_PRIOR | CLS_BASEPREP))
			return NO_SENT;
	for (int w = 0; w < 2 && gram_in(g, j - 1, s) && g->t[j - 1].kind == TOK_WORD &&
			(tok_has(g, j - 1, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE) ||
			 tok_is(g, j - 1, W_OF)); w++)
		c->and_noun |= !tok_is(g, --j, W_OF);
	return word_s(g, j - 1, s, W_AND) ? j - 1 : NO_SENT;
}

/* The story writes a crop or fiscal year ("1986/87") somewhere: read only
 * when a "this harvest"-like phrase is met, a few times a story. */
int span_story_crop_years(const struct gram *g)
{
	for (size_t k = 0; k + 2 < g->nt; k++)
		if (g->t[k].kind == TOK_NUM && span_crop_year(g, k, g->sent[k]))
			return 1;
	return 0;
}

/* "last season", "this season", "the current season", "next season",
 * "the previous season": a crop year counted from the one in progress (July
 * to June); "from 1.47 mln last season" moves the figure's own, as "last
 * year" does (cand.rel_year). "this harvest", "the current crop", "last
 * harvest's" likewise, in a story that writes its years as crop years
 * ("1986/87"), where a harvest is one (elsewhere "last crop" may be a
 * calendar year's). */
size_t span_season(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	int dy, dm, y, last = tok_is(g, k, W_LAST) || tok_is(g, k, W_PREVIOUS);
	size_t n;

	if (!(last || tok_is(g, k, W_THIS) || tok_is(g, k, W_NEXT) ||
	      tok_is(g, k, W_CURRENT) || tok_is(g, k, W_COMING)))
		return 0;
	if (word_s(g, k + 1, s, W_SEASON))
		n = 2;
	else {
		/* "this harvest", "last harvest's", "the current maize crop" */
		size_t j = k + 1 + (gram_in(g, k + 2, s) && gram_in(g, k + 1, s) && tok_has(g, k + 1, CLS_COMMODITY));
		uint32_t w = gram_in(g, j, s) ? context_word(g, j) : 0;

		if ((w != (uint32_t)W_HARVEST && w != (uint32_t)W_CROP) || !span_story_crop_years(g))
			return 0;
		n = j + 1 - k;
	}
	if (!doc_ym(g, &dy, &dm))
		return n;
	y = (dm >= 7 ? dy : dy - 1) - last + (tok_is(g, k, W_NEXT) || tok_is(g, k, W_COMING));
	snprintf(c->period, sizeof(c->period), "%04d/%02d", y, (y + 1) % 100);
	c->rel_year = last;
	c->base = last && gram_in(g, k - 1, s) && tok_has(g, k - 1, CLS_BASEPREP | CLS_YEARBASE);
	return n;
}

/* At year token k: "in 1985-1986", "1985-86", a fiscal year written as
 * crop years are; "the 1987-92 plan", "over 1979-81", years no one period
 * names (cand.open); "from 1985's 10.2 billion", the figure right after it
 * and no other ("double 1985's aid to 7.6 billion dlrs"). Tokens, or 0. */
size_t span_year_pair(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	const char *w = tok_text(g, k);

	if (gram_punct(g, k + 1, "-") && gram_glued(g, k + 1) && gram_glued(g, k + 2) &&
	    gram_in(g, k + 2, s) && g->t[k + 2].kind == TOK_NUM && !g->t[k + 2].decimals &&
	    (g->t[k + 2].len == 2 || g->t[k + 2].len == 4) &&
	    (int)g->t[k + 2].num % 100 > (int)g->t[k].num % 100) {
		if ((int)g->t[k + 2].num % 100 == ((int)g->t[k].num + 1) % 100)
			snprintf(c->period, sizeof(c->period), "%.4s/%02d", w,
				 ((int)g->t[k].num + 1) % 100);
		else
			c->open = 1;
		return 3;
	}
	if (gram_punct(g, k + 1, "'") && gram_glued(g, k + 1) && gram_glued(g, k + 2) &&
	    gram_in(g, k + 2, s) && g->t[k + 2].len == 1 && (tok_text(g, k + 2)[0] | 0x20) == 's') {
		str_copy(c->period, sizeof(c->period), w, 4);
		c->after_only = 1;
		c->near = 2;
		return 3;
	}
	return 0;
}

/* "the previous week", "the prior week", "the preceding week", "a week
 * earlier", "a week ago": the seven days before the week main (a range of
 * seven days) into out; 0 when main is no week. */
int span_week_earlier(const struct gram *g, size_t j, size_t s, const char *main,
		      char out[static PERIOD_MAX])
{
	char a[DATE_LEN], b[DATE_LEN], e[DATE_LEN];

	if (!((word_s(g, j, s, W_THE) && (word_s(g, j + 1, s, W_PREVIOUS) ||
					  word_s(g, j + 1, s, W_PRIOR) ||
					  word_s(g, j + 1, s, W_PRECEDING)) &&
	       word_s(g, j + 2, s, W_WEEK)) ||
	      (word_s(g, j, s, W_A) && word_s(g, j + 1, s, W_WEEK) &&
	       (word_s(g, j + 2, s, W_EARLIER) || word_s(g, j + 2, s, W_AGO)))))
		return 0;
	if (!main || strlen(main) != 21 || main[10] != '/')
		return 0;
	memcpy(e, main + 11, DATE_LEN);
	if (period_shift_day(e, -6, a) != 0 || strncmp(a, main, 10) ||
	    period_shift_day(e, -7, b) != 0 || period_shift_day(b, -6, a) != 0)
		return 0;	/* not seven days */
	snprintf(out, PERIOD_MAX, "%s/%s", a, b);
	return 1;
}

/* "the second half of this month", "the first half of May": days 1-15 or
 * 16 to the month's end ("2004-04-16/2004-04-30"). Tokens, or 0. */
size_t span_half_month(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	char m[PERIOD_MAX], a[DATE_LEN], b[DATE_LEN];
	int second = tok_is(g, k, W_SECOND), mo, y, last;
	size_t n;

	if (!(second || tok_is(g, k, W_FIRST)) || !word_s(g, k + 1, s, W_HALF) ||
	    !word_s(g, k + 2, s, W_OF) || !date_valid(g->d->date))
		return 0;
	if (word_s(g, k + 3, s, W_THIS) && word_s(g, k + 4, s, W_MONTH)) {
		str_copy(m, sizeof(m), g->d->date, 7);
		n = 5;
	} else if ((mo = when_month_at(g, k + 3, s)) &&
		   period_resolve_month(g->d->date, mo, 0, PERIOD_LATEST, m) == 0) {
		n = 4;
	} else {
		return 0;
	}
	if (sscanf(m, "%4d-%2d", &y, &mo) != 2)
		return 0;
	for (last = 31; last > 27 && period_resolve_day(NULL, mo, last, y, b) != 0; last--)
		;
	if (period_resolve_day(NULL, mo, second ? 16 : 1, y, a) != 0 ||
	    period_resolve_day(NULL, mo, second ? last : 15, y, b) != 0)
		return 0;
	snprintf(c->period, sizeof(c->period), "%s/%s", a, b);
	return n;
}
