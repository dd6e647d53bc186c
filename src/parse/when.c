/*
 * when.c - the periods a sentence names, and which one a figure takes.
 *
 * Input: the token array of gram.c and a sentence. Output: period
 * candidates ("in August", "the third quarter", "January-February", "in the
 * first eight months", "in 1986/87", "last month"), each resolved against
 * the article's date; then the period of one figure. The rarer phrases
 * (crop years, "the same period of 1986", weekdays, "this year and next",
 * ...) are read by spans.c; which candidate a figure takes is
 * when_pick.c's.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (word_s() and when_year_tok()
 *     check every index with gram_in()).
 *  2. A month alone is a period only in a context that makes it one ("in
 *     August", "August this year", "July 2023"); "compared to July 2023" is
 *     the base of a change, never a figure's own period.
 *  3. A period written next to an earlier value ("from 723 mln in January")
 *     is that value's (prior), never the period of another figure.
 *  4. Work per sentence is bounded by its tokens times a constant (each
 *     phrase reads at most PHRASE_MAX tokens from where it starts).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define NUM_BEFORE 4	/* "723 mln in January": the number before a prior period */
#define PRIOR_BEFORE 5	/* "compared with a surplus of 73 mln": the word before it */

static const char *txt(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}

int when_year_tok(const struct gram *g, size_t i, size_t s)
{
	return gram_in(g, i, s) && g->t[i].kind == TOK_NUM &&
	       g->t[i].decimals == 0 && g->t[i].len == 4 && g->t[i].num >= 1900 &&
	       g->t[i].num <= 2100 && !(i + 1 < g->nt && gram_glued(g, i + 1) &&
					g->t[i + 1].kind == TOK_WORD);
}

/* The word classes of periods are the lexicon's (data/lexicon/grammar.tsv):
 * CLS_MONTHPREP "in" (August), CLS_BASEPREP "from" (July), CLS_YEARPREP "in"
 * (1986), CLS_CROPPREP "the" (1986/87 season), CLS_CROPNOUN "season",
 * CLS_YEARBASE "on" (last year), CLS_ORDINAL "third" (quarter), CLS_DEADLINE
 * "until", CLS_PRIOR "against" (an earlier value). */

/* 1..12 for a month word at i, misspelt only after a preposition. */
int when_month_at(const struct gram *g, size_t i, size_t s)
{
	if (!gram_in(g, i, s) || g->t[i].kind != TOK_WORD)
		return 0;
	if (tok_has(g, i, CLS_MONTH))
		return tok_lex(g, i)->num;
	if (!class_s(g, i - 1, s, CLS_MONTHPREP))
		return 0;
	/* "in february": a full name in lower case, after a preposition */
	if (g->t[i].len >= 4 && g->t[i].len <= 9 && txt(g, i)[0] >= 'a' && txt(g, i)[0] <= 'z') {
		char w[10];
		int m;

		memcpy(w, txt(g, i), g->t[i].len);
		w[0] = (char)(w[0] - 'a' + 'A');
		if ((m = period_month(w, g->t[i].len)) && g->t[i].len > 3)
			return m;
	}
	return period_month_typo(txt(g, i), g->t[i].len);
}

/* "January-February", "Jan-Aug" as one hyphenated word: m0 and m1. */
static int hyphen_months(const struct gram *g, size_t i, int *m0, int *m1)
{
	const char *w = txt(g, i), *h;
	size_t n = g->t[i].len;

	if (g->t[i].kind != TOK_WORD || !(h = memchr(w, '-', n)))
		return 0;
	*m0 = period_month(w, (size_t)(h - w));
	*m1 = period_month(h + 1, n - (size_t)(h - w) - 1);
	return *m0 && *m1;
}

/* A year after a phrase ending before j: "2023", "of 2023", "this year", "of
 * last year", "of the year". Sets *year or *rel and returns the tokens taken. */
size_t when_year_after(const struct gram *g, size_t j, size_t s, int *year,
			 enum period_rel *rel)
{
	size_t of = word_s(g, j, s, W_OF);

	*year = 0;
	*rel = PERIOD_LATEST;
	if (span_crop_year(g, j + of, s))
		return 0;
	if (when_year_tok(g, j + of, s)) {
		*year = (int)g->t[j + of].num;
		return of + 1;
	}
	/* "in January-August, 1987.", not "in the first half, 2000 tonnes" */
	if (!of && gram_punct(g, j, ",") && when_year_tok(g, j + 1, s) &&
	    (!gram_in(g, j + 2, s) || g->t[j + 2].kind == TOK_PUNCT)) {
		*year = (int)g->t[j + 1].num;
		return 2;
	}
	if (!word_s(g, j + of + 1, s, W_YEAR))
		return 0;
	if (word_s(g, j + of, s, W_THIS))
		*rel = PERIOD_THIS_YEAR;
	else if (word_s(g, j + of, s, W_LAST))
		*rel = PERIOD_LAST_YEAR;
	else if (!(of && word_s(g, j + of, s, W_THE)))
		return 0;
	return of + 2;
}

/* "the third quarter (of 2023)", "third-quarter", "Q3 2023": *q and tokens. */
static size_t quarter_at(const struct gram *g, size_t k, size_t s, int *q)
{
	const char *w = txt(g, k);
	size_t n = g->t[k].len;

	if (n == 2 && w[0] == 'Q' && w[1] >= '1' && w[1] <= '4') {
		*q = w[1] - '0';
		return 1;
	}
	if (tok_has(g, k, CLS_ORDINAL) && word_s(g, k + 1, s, W_QUARTER)) {
		*q = tok_lex(g, k)->num;
		return 2;
	}
	if (tok_has(g, k, CLS_QUARTER)) {
		*q = tok_lex(g, k)->num;
		return 1;
	}
	return 0;
}

/* "the first eight months", "the first half", "second half": m0..m1. */
static size_t months_span_at(const struct gram *g, size_t k, size_t s, int *m0, int *m1)
{
	double num = 0;
	size_t n;

	if (!tok_is(g, k, W_FIRST) && !tok_is(g, k, W_SECOND))
		return 0;
	if (word_s(g, k + 1, s, W_HALF)) {
		*m0 = tok_is(g, k, W_FIRST) ? 1 : 7;
		*m1 = *m0 + 5;
		return 2;
	}
	if (!tok_is(g, k, W_FIRST))
		return 0;
	n = gram_count_at(g, k + 1, s, &num);
	if (n != 1 || num < 2 || num > 11 || !word_s(g, k + 2, s, W_MONTHS))
		return 0;
	*m0 = 1;
	*m1 = (int)num;
	return 3;
}

/* "and" before the number that ends at token j, past the number's other
 * tokens ("1.10 billion") and an article: "and a 1.10 billion deficit". */
static int and_before_number(const struct gram *g, size_t j, size_t s)
{
	for (int q = 0; q < 3 && gram_in(g, j - 1, s) &&
			(g->t[j - 1].kind == TOK_NUM ||
			 (g->t[j - 1].kind == TOK_WORD && tok_has(g, j - 1, CLS_NUMBER)));
	     q++)
		j--;
	j -= word_s(g, j - 1, s, W_A) || word_s(g, j - 1, s, W_AN);
	return word_s(g, j - 1, s, W_AND);
}

/* A prior period (invariant 3): a number at most NUM_BEFORE tokens before
 * token k, and at most PRIOR_BEFORE before that number "from", "against",
 * "compared": "from 723 mln in January", "against $1.7 billion in 1986";
 * not "from the 8% decline seen in July" (the number is further away). */
static int prior_before(const struct gram *g, size_t k, size_t s)
{
	/* "compared with a 56 mln dlr surplus in January 1986": one more, a
	 * balance or flow noun, between the number and the period */
	size_t most = NUM_BEFORE + (gram_in(g, k - 2, s) &&
				    tok_has(g, k - 2, CLS_BALANCE | CLS_FLOWIMP | CLS_FLOWEXP));

	for (size_t b = 2; b <= most && gram_in(g, k - b, s); b++) {
		size_t reach = PRIOR_BEFORE;

		if (g->t[k - b].kind != TOK_NUM &&
		    !(g->t[k - b].kind == TOK_WORD && tok_has(g, k - b, CLS_NUMBER)))
			continue;	/* "from around nine billion markka in December" */
		/* "against 229 mln in March and 245 mln in April 1986": the
		 * second earlier value of a list, also as "and a 1.10 billion
		 * deficit in January" (the article and the number's words
		 * between "and" and the period's own number word). */
		if (and_before_number(g, k - b, s))
			reach = 3 * PRIOR_BEFORE;
		/* "compared with +EUR 63.0 bn", "against US$ 1.2 billion": the
		 * figure's sign and currency are its own, not words before it */
		for (int q = 0; q < 3 && gram_in(g, k - b - 1, s) &&
				(tok_has(g, k - b - 1, CLS_CURSIGN | CLS_CURCODE | CLS_CURCODEANY) ||
				 gram_punct(g, k - b - 1, "+") || gram_punct(g, k - b - 1, "-"));
		     q++)
			b++;
		for (size_t a = 1; a <= reach && gram_in(g, k - b - a, s); a++) {
			/* "a surplus of 4.8 billion after 2.6 billion in 1985" */
			if (class_s(g, k - b - a, s, CLS_PRIOR) ||
			    (a == 1 && word_s(g, k - b - 1, s, W_AFTER)))
				return 1;
			/* "from a year earlier to $11.5 billion in August": the
			 * value reached, not the one left */
			if (word_s(g, k - b - a, s, W_TO) && !class_s(g, k - b - a - 1, s, CLS_PRIOR))
				return 0;
		}
		return 0;
	}
	return 0;
}

/* "until all imports are liberalised in 1990": a deadline, not the
 * period of a figure elsewhere in the sentence. */
static int deadline_before(const struct gram *g, size_t k, size_t s)
{
	for (size_t b = 1; b <= NUM_BEFORE + 2 && gram_in(g, k - b, s); b++)
		if (class_s(g, k - b, s, CLS_DEADLINE))
			return 1;
	return 0;
}

/* A year ("in 1986", "calendar 1986", "end 1987", "a 1985 deficit") or a
 * crop year at number token k. */
static size_t year_phrase_at(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	size_t n;

	if (!when_year_tok(g, k, s))
		return 0;
	/* "the 1986/87 season", "Australia's 1986/87 wheat crop": a crop or
	 * fiscal year, which nothing else writes so. */
	if (span_crop_year(g, k, s)) {
		snprintf(c->period, sizeof(c->period), "%.4s/%02d", txt(g, k),
			 ((int)g->t[k].num + 1) % 100);
		/* "with 56,000 tonnes for the 1986/87 season": its own clause's;
		 * "In 1984/85, ...", "the current 1986/87 crop ...": the sentence's */
		c->local = class_s(g, k - 1, s, CLS_CROPPREP) && !class_s(g, k - 1, s, CLS_YEARPREP);
		c->after_only = span_prior_word(g, k, s);
		/* "against 1986/87's 2.87 mln": the figure right after it */
		if (gram_punct(g, k + 3, "'") && gram_glued(g, k + 3) && gram_glued(g, k + 4) &&
		    gram_in(g, k + 4, s) && g->t[k + 4].len == 1 && (txt(g, k + 4)[0] | 0x20) == 's')
			return 5;
		return 3;
	}
	if ((n = span_year_pair(g, k, s, c)))
		return n;
	/* "at end 1987", "the end of 1987": its last month */
	if (word_s(g, k - 1, s, W_END) || (word_s(g, k - 1, s, W_OF) && word_s(g, k - 2, s, W_END))) {
		snprintf(c->period, sizeof(c->period), "%.4s-12", txt(g, k));
		return 1;
	}
	if (!when_year_led(g, k, s))
		return 0;	/* "in 1986", "the 1986 deficit", "for all 1986" */
	str_copy(c->period, sizeof(c->period), txt(g, k), 4);
	c->base = span_since(g, k, s);	/* "since 1985" */
	/* "against a 1985 deficit of 900 mln dlrs": the earlier value's */
	c->after_only = span_modifies_noun(g, k, s) && span_prior_word(g, k, s);
	return 1;
}

/* Token j, right before an "on", ends a change: "up 2.36 per cent on
 * December 2025", "3 pct down on 1985", "5 pct higher on February 1986":
 * what follows the "on" is the change's base (British and Indian usage). */
static int change_before_on(const struct gram *g, size_t j, size_t s)
{
	return gram_in(g, j, s) &&
	       (gram_punct(g, j, "%") || tok_is(g, j, W_PCT) || tok_is(g, j, W_PERCENT) ||
		tok_is(g, j, W_CENT) || tok_is(g, j, W_UP) || tok_is(g, j, W_DOWN) ||
		tok_is(g, j, W_HIGHER) || tok_is(g, j, W_LOWER));
}

/* Token o ("on") opens sentence s, or follows only "But"/"And" opening it
 * or a dateline's dash ("TOKYO, March 24 - On March 11 ..."). */
static int when_day_opens(const struct gram *g, size_t o, size_t s)
{
	size_t t0 = g->s[s].t0;

	if (o == t0)
		return 1;
	return o == t0 + 1 ? tok_is(g, t0, W_BUT) || tok_is(g, t0, W_AND) :
	       o > t0 && gram_punct(g, o - 1, "-") && !gram_glued(g, o);
}

/* One candidate at token k, or 0: the tokens it takes (at least 1). */
static size_t phrase_at(const struct gram *g, size_t k, size_t s, struct cand *c)
{
	enum period_rel rel = PERIOD_LATEST;
	const char *date = g->d->date;
	size_t n = 0, q;
	int m, mk, m0, m1, qt, year = 0, base = 0, wd;

	c->period[0] = '\0';
	c->rel_year = c->local = c->same = c->same_year = c->near = c->weak = c->open = 0;
	c->after_only = c->before_only = 0;
	if (g->t[k].kind == TOK_NUM)
		return year_phrase_at(g, k, s, c);
	if (g->t[k].kind != TOK_WORD)
		return 0;
	if ((tok_is(g, k, W_PAST) || tok_is(g, k, W_LAST) || tok_is(g, k, W_NEXT)) &&
	    (n = when_count_span(g, k, s, c)))
		return n;	/* "the last three months" (when_span.c) */
	if ((n = span_open(g, k, s))) {
		c->open = 1;
		return n;
	}
	if ((n = rel_fiscal_at(g, k, s, c)))
		return n;	/* "the current fiscal year", "fiscal 1987" */
	if ((n = span_prefixed(g, k, s, c)) || (n = span_month_quarter(g, k, s, c)) ||
	    (n = span_story_months(g, k, s, c)))
		return n;
	if ((n = span_same(g, k, s, c))) {
		c->same = 1;	/* resolved against the figure it compares with */
		return n;
	}
	/* "so far in 1987": the year to date, in the story's year */
	if (tok_is(g, k, W_SO) && word_s(g, k + 1, s, W_FAR) && word_s(g, k + 2, s, W_IN) &&
	    when_year_tok(g, k + 3, s) && !strncmp(txt(g, k + 3), date, 4)) {
		span_year_to_date(g, c);
		return 4;
	}
	if (tok_is(g, k, W_YEAR_TO_DATE) ||
	    (tok_is(g, k, W_YEAR) && word_s(g, k + 1, s, W_TO) && word_s(g, k + 2, s, W_DATE))) {
		span_year_to_date(g, c);
		return tok_is(g, k, W_YEAR) ? 3 : 1;
	}
	if ((n = span_year_ending(g, k, s, c)) || (n = span_week_ended(g, k, s, c)) ||
	    (n = span_weeks_to_day(g, k, s, c)) || (n = span_weeks_back(g, k, s, c)) ||
	    (n = span_half_month(g, k, s, c)))
		return n;
	/* "from January's 129 mln", "April's 2,040 billion surplus": the
	 * figure right after it; "February's current account showed a ...
	 * deficit": the sentence's */
	if ((m = span_month_poss(g, k))) {
		period_resolve_month(date, m, 0, PERIOD_LATEST, c->period);
		if (gram_in(g, k + 1, s) && (g->t[k + 1].kind == TOK_NUM ||
					     tok_has(g, k + 1, CLS_CURSIGN | CLS_NUMBER)))
			c->near = 2;
		c->after_only = 1;
		return 1;
	}
	/* "Wednesday borrowings", "on Tuesday", "last Thursday": that day, not
	 * the day a statement was made ("said on Tuesday"). */
	/* "after 1.8270 yesterday", "after yesterday's 2.910": the quote
	 * right before or after it */
	if (tok_is(g, k, W_YESTERDAY) || tok_is(g, k, W_YESTERDAY_S)) {
		period_shift_day(date, -1, c->period);
		c->near = 1 + tok_is(g, k, W_YESTERDAY_S);	/* 2: the next figure's only */
		return 1;
	}
	if ((wd = span_weekday(g, k)) >= 0) {
		if (!when_reported(g, k, s))
			period_resolve_weekday(date, wd, word_s(g, k - 1, s, W_LAST), c->period);
		c->weak = c->local = 1;
		return 1;
	}
	if ((n = quarter_at(g, k, s, &qt))) {
		if (when_year_tok(g, k - 1, s) && !when_year_tok(g, k + n, s))
			year = (int)g->t[k - 1].num;	/* "1987 first quarter" */
		else
			n += when_year_after(g, k + n, s, &year, &rel);
		period_resolve_quarter(date, qt, year, rel, c->period);
		c->base = span_since(g, k, s);
		return n;
	}
	mk = when_month_at(g, k, s);	/* once: the range below and the month at the end */
	if ((n = months_span_at(g, k, s, &m0, &m1)) ||
	    (hyphen_months(g, k, &m0, &m1) && (n = 1)) ||
	    ((m0 = mk) && (word_s(g, k + 1, s, W_TO) ||
					 word_s(g, k + 1, s, W_THROUGH) ||
					 (gram_punct(g, k + 1, "-") && gram_glued(g, k + 1)) ||
					 (gram_punct(g, k + 1, "/") && gram_glued(g, k + 1) &&
					  gram_glued(g, k + 2)) ||
					 (word_s(g, k + 1, s, W_AND) && word_s(g, k - 1, s, W_BETWEEN))) &&
	     (m1 = when_month_at(g, k + 2 + (q = span_month_part(g, k + 2, s)), s)) &&
	     !(gram_in(g, k + 3 + q, s) && g->t[k + 3 + q].kind == TOK_NUM &&
	       g->t[k + 3 + q].len <= 2) && (n = 3 + q))) {
		size_t span = n;

		n += when_year_after(g, k + n, s, &year, &rel);
		/* "compared with January-March 2024": a base */
		base = (word_s(g, k - 1, s, W_TO) || word_s(g, k - 1, s, W_WITH)) &&
		       (word_s(g, k - 2, s, W_COMPARED) || word_s(g, k - 2, s, W_COMPARISON));
		if (n == 1 && m0 == 0)
			return 0;
		/* "the first seven months of the 1986/87 season", "the second
		 * half of 1987/88": months of a crop year whose start the text
		 * does not give. */
		for (size_t j = k + span; n == span && j < k + span + 8; j++) {
			if (!gram_in(g, j, s) || g->t[j].kind == TOK_SYM || gram_punct(g, j, ",") ||
			    gram_punct(g, j, ";"))
				break;	/* "..., down from $23.5 billion a year earlier" */
			if (class_s(g, j, s, CLS_CROPNOUN) || span_crop_year(g, j, s))
				return j + 1 - k;
		}
		if (!year && rel == PERIOD_LATEST && span_forward(g, k, k + n, s))
			rel = PERIOD_NEXT;	/* "for June-July delivery" */
		/* "the January/March quarter", "the October-December fourth
		 * quarter of 1986": that quarter */
		if (m0 % 3 == 1 && m1 == m0 + 2 && (word_s(g, k + n, s, W_QUARTER) ||
		    (!year && gram_in(g, k + n, s) && quarter_at(g, k + n, s, &qt) == 2 && qt == (m1 + 2) / 3))) {
			n += word_s(g, k + n, s, W_QUARTER) ? 1 : 2 + when_year_after(g, k + n + 2, s, &year, &rel);
			period_resolve_quarter(date, (m1 + 2) / 3, year, rel, c->period);
			return n;
		}
		period_resolve_range(date, m0, m1, year, rel, c->period);
		c->base = base;
		return n;
	}
	if ((tok_is(g, k, W_LAST) || tok_is(g, k, W_THIS) || tok_is(g, k, W_NEXT)) &&
	    (word_s(g, k + 1, s, W_MONTH) || word_s(g, k + 1, s, W_MONTH_S))) {
		char now[DATE_LEN];

		str_copy(now, sizeof(now), date, 7);
		if (date_valid(date))
			period_shift_month(now, tok_is(g, k, W_LAST) ? -1 : tok_is(g, k, W_NEXT), c->period);
		c->rel_year = -tok_is(g, k, W_LAST);	/* see when_prior() */
		/* "from last month's projection of 23 mln": when an estimate
		 * was made, not the period it is of */
		if (word_s(g, k + 1, s, W_MONTH_S) &&
		    (word_s(g, k + 2, s, W_ESTIMATE) || word_s(g, k + 2, s, W_ESTIMATES) ||
		     word_s(g, k + 2, s, W_PROJECTION) || word_s(g, k + 2, s, W_PROJECTIONS) ||
		     word_s(g, k + 2, s, W_FORECAST)))
			c->near = 2;
		return 2;
	}
	if ((tok_is(g, k, W_LAST) || tok_is(g, k, W_THIS) || tok_is(g, k, W_NEXT)) &&
	    (word_s(g, k + 1, s, W_YEAR) || word_s(g, k + 1, s, W_YEAR_S))) {
		char now[5];

		if (tok_is(g, k, W_THIS) && ((word_s(g, k - 1, s, W_FAR) && word_s(g, k - 2, s, W_SO)) ||
					     (word_s(g, k + 2, s, W_TO) && word_s(g, k + 3, s, W_DATE)))) {
			span_year_to_date(g, c);	/* "so far this year", "this year to date" */
			return word_s(g, k + 2, s, W_TO) ? 4 : 2;
		}
		str_copy(now, sizeof(now), date, 4);
		if (date_valid(date))
			period_shift_years(now, tok_is(g, k, W_LAST) ? -1 : tok_is(g, k, W_NEXT), c->period);
		c->rel_year = tok_is(g, k, W_LAST);
		c->base = class_s(g, k - 1, s, CLS_BASEPREP | CLS_YEARBASE);
		return 2;
	}
	if ((n = span_season(g, k, s, c)))
		return n;
	if (tok_is(g, k, W_NEXT) && (m = when_month_at(g, k + 1, s))) {
		period_resolve_month(date, m, 0, PERIOD_NEXT, c->period);	/* "by next March" */
		return 2;
	}
	if (!(m = mk))
		return 0;
	n = 1 + (g->t[k].len <= 4 && gram_punct(g, k + 1, ".") && gram_glued(g, k + 1) &&
		 word_s(g, k - 1, s, W_ON));	/* "on Oct. 30"; "by Nov." stays a month */
	if (gram_in(g, k + n, s) && g->t[k + n].kind == TOK_NUM && g->t[k + n].len <= 2) {
		/* "September 19": a day, see gram_date_at(); "from 3.11 rupees
		 * on March 1": the day of the figure right before it; "on Oct. 30" */
		int dy = 0, dn = 1;

		/* "On February 25, 1985, the dollar peaked": that year's day */
		if (gram_punct(g, k + n + 1, ",") && when_year_tok(g, k + n + 2, s) &&
		    when_day_opens(g, k - 1, s)) {
			dy = (int)g->t[k + n + 2].num;
			dn = 3;
		}
		if (!word_s(g, k - 1, s, W_ON) || when_year_tok(g, k + n + 1, s) ||
		    period_resolve_day(date, m, (int)g->t[k + n].num, dy, c->period) != 0)
			return 0;
		/* "On June 2 the central bank cut the limit to 40 pct", "But on
		 * March 11 the Fed ...": a day that opens its sentence dates its
		 * clause's event, not only the figure before it */
		c->near = !when_day_opens(g, k - 1, s);
		return n + dn;
	}
	n = 0;
	if (when_year_tok(g, k + 1, s)) {
		year = (int)g->t[k + 1].num;
		n = 2;
	} else if (gram_punct(g, k + 1, ",") && when_year_tok(g, k + 2, s) &&
		   class_s(g, k - 1, s, CLS_MONTHPREP)) {
		year = (int)g->t[k + 2].num;	/* "in February, 1986" */
		n = 3;
	} else if (word_s(g, k + 1, s, W_THIS) && word_s(g, k + 2, s, W_YEAR)) {
		rel = PERIOD_THIS_YEAR;
		n = 3;
	} else if (word_s(g, k + 1, s, W_LAST) && word_s(g, k + 2, s, W_YEAR)) {
		rel = PERIOD_LAST_YEAR;
		n = 3;
	} else {
		n = 1;
	}
	/* "for May shipment", "April deliveries", "for delivery in May": a
	 * month still to come */
	if (!year && rel == PERIOD_LATEST && span_forward(g, k, k + 1, s))
		rel = PERIOD_COMING;
	if (span_through_month(g, k, s, m, year, rel, c))
		return n;	/* "Through September, the deficit totalled" */
	base = (word_s(g, k - 1, s, W_TO) || word_s(g, k - 1, s, W_WITH)) &&
	       (word_s(g, k - 2, s, W_COMPARED) || word_s(g, k - 2, s, W_COMPARE) ||
		word_s(g, k - 2, s, W_COMPARISON));
	base |= class_s(g, k - 1, s, CLS_BASEPREP) || span_since(g, k, s) ||
		(word_s(g, k - 1, s, W_ON) && change_before_on(g, k - 2, s));
	if (!base && !year && rel == PERIOD_LATEST && !class_s(g, k - 1, s, CLS_MONTHPREP) &&
	    !((word_s(g, k - 1, s, W_EARLY) || word_s(g, k - 1, s, W_LATE) ||
	       word_s(g, k - 1, s, W_MID)) && class_s(g, k - 2, s, CLS_MONTHPREP)) &&
	    !(tok_has(g, k, CLS_MONTH) && span_modifies_noun(g, k, s)))
		return 0;	/* "May" the verb, a name */
	period_resolve_month(date, m, year, rel, c->period);
	c->base = base;
	if (!year && rel == PERIOD_LATEST && span_stamp(g, k, s))
		c->period[0] = '\0';	/* no candidate: its tokens are taken */
	return n;
}

size_t when_cands(const struct gram *g, size_t s, struct cand *c)
{
	const struct sent *se = &g->s[s];
	size_t n = 0;

	for (size_t k = se->t0; k < se->t1 && n < MAX_CANDS;) {
		size_t took;

		c[n].base = 0;
		if (!(took = phrase_at(g, k, s, &c[n]))) {
			k++;
			continue;
		}
		if (c[n].same) {
			/* its figure's own period moved: until that figure is
			 * known, the period before it in the sentence, else the
			 * paragraph's */
			const char *p = g->per_par == g->par[s] ? g->ctx_period : "";

			for (size_t j = n; j-- > 0;)
				if (!c[j].same && !c[j].base && !c[j].prior && c[j].period[0]) {
					p = c[j].period;
					break;
				}
			span_same_resolve(&c[n], p, c[n].period);
		}
		if (c[n].period[0] && !c[n].same && pc_event_time(g, k, k + took, s))
			c[n].period[0] = '\0';	/* "agreed in Paris last month" */
		if (c[n].period[0] || c[n].same || c[n].open) {
			/* "February 1986's 6.88 billion": the possessive is the phrase's */
			if (gram_punct(g, k + took, "'") && gram_glued(g, k + took) &&
			    gram_in(g, k + took + 1, s) && gram_glued(g, k + took + 1) &&
			    g->t[k + took + 1].len == 1 && (txt(g, k + took + 1)[0] | 0x20) == 's') {
				took += 2;
				c[n].after_only |= gram_in(g, k + took, s) &&
						   g->t[k + took].kind == TOK_NUM;
			}
			c[n].lead = when_per_lead(g, span_lead(g, k, s), s);
			c[n].num_before = k;
			for (size_t j = k; j-- > se->t0 && j + 12 > k;)
				if (g->t[j].kind == TOK_NUM && !when_year_tok(g, j, s)) {
					c[n].num_before = j;
					break;
				}
			if (c[n].same && tok_is(g, c[n].lead, W_ON))
				c[n].lead = k;	/* "up 3.4 bn on the same quarter of 2025": a base */
			c[n].tok = k;
			c[n].end = k + took;
			c[n].prior = c[n].same ||
				     (!c[n].base && prior_before(g, c[n].lead < k ? c[n].lead + 1 : k, s));
			/* "42 pct above the 16.98 billion dlrs recorded in
			 * February 1986": the base's (period_carry.c) */
			if (!c[n].base && !c[n].prior && !c[n].same && !c[n].open) {
				int num;

				/* "above February 1986's 6.88 billion": of the value */
				if (pc_comparison_base(g, k, s, &num))
					*(num || (gram_in(g, k + took, s) &&
						  g->t[k + took].kind == TOK_NUM) ?
					  &c[n].prior : &c[n].base) = 1;
			}
			c[n].deadline = deadline_before(g, k, s);
			c[n].and_tok = span_and_before(g, &c[n], s);
			c[n].conj = NO_SENT;
			for (size_t j = k; j-- > c[n].num_before && j + 12 > k;)
				if (g->t[j].kind == TOK_WORD &&
				    (tok_is(g, j, W_AND) || tok_has(g, j, CLS_SWITCH))) {
					c[n].conj = j;
					break;
				}
			/* "in the first quarter of 1987 ... the third quarter" (when_year.c);
			 * "exports in the April-June quarter are expected to rise" */
			if (!c[n].base && !c[n].prior && !c[n].same && !when_quarter_year(g, s, c, n))
				rel_forward(g, s, k, k + took, c[n].period);
			n++;
		}
		k += took;
	}
	return n;
}
