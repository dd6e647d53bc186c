/*
 * fiscal.c - a whole fiscal year as the months it runs over (issue 13,
 * gold5's convention, tests/eval/gold/GUIDE.md): "Exports were 3.6 billion dlrs in 1986/87"
 * in a Pakistani budget story is "1986-07/1987-06", India's "fiscal
 * 1985/86 ended March" is "1985-04/1986-03", the U.S. "fiscal 1987"
 * (relative.c: "1986/87") is "1986-10/1987-09". A crop, marketing or
 * season year stays as written ("the 1986/87 wheat crop": "1986/87"): its
 * months depend on the crop and the country, not on a calendar.
 *
 * Which months: the text's ("the year ending June 30", "1987/88 ending
 * March 31", "the fiscal year 1987/88 beginning on July 1"), in the
 * figure's sentence, else anywhere in the story; else the fiscal calendar
 * of the figure's reporter (else of its sentence's dateline or agency, else
 * of the country the story names most), which data/lexicon/fiscal.tsv
 * holds (class fiscal on the alpha-2 code). Which split years are fiscal:
 * those of a sentence that says so ("fiscal", "financial year", "budget",
 * the text's months), and, in a story that says so and names no crop,
 * season, harvest or marketing year anywhere, every one.
 *
 * Input: the token array of gram.c and the claims a window made, with
 * their figures (after every period rule: a pass over finished claims).
 * Output: the claims' periods.
 *
 * Invariants:
 *  1. Only a period written "YYYY/YY" changes, and only into the month
 *     range "YYYY-MM/YYYY-MM" of twelve months starting in its first year
 *     (the year the fiscal year starts in).
 *  2. Nothing guesses: a split year whose story and sentence say nothing
 *     of a fiscal year, a sentence naming a crop or season, or a reporter
 *     whose calendar is not known and no months written keep "1986/87".
 *  3. The story is read once per window, and only when a claim of it has a
 *     split year its sentence does not settle; a sentence once.
 */
#include "parse/parse_int.h"
#include "base/base.h"
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int fiscal_calendar(const char *cc, int *m0, char *named)
{
	const struct lex_entry *e;
	uint64_t cls = 0;

	if (!cc || !cc[0] || !(e = lexicon_word(cc, strlen(cc), &cls)) || !(cls & CLS_FISCAL))
		return 0;
	*m0 = e->fiscal_m0;
	if (named)
		*named = e->fiscal_named;
	return 1;
}

void fiscal_year_months(int y0, int m0, char *out, size_t cap)
{
	if (m0 == 1)
		snprintf(out, cap, "%04d-01/%04d-12", y0, y0);
	else
		snprintf(out, cap, "%04d-%02d/%04d-%02d", y0, m0, y0 + 1, m0 - 1);
}

/* The month a month word at i names ("March", "end-March"), or 0. */
static int month_word(const struct gram *g, size_t i, size_t s)
{
	int m = when_month_at(g, i, s);

	if (!m && gram_in(g, i, s) && g->t[i].kind == TOK_WORD && g->t[i].len > 4 &&
	    !strncasecmp(tok_text(g, i), "end-", 4))
		m = period_month(tok_text(g, i) + 4, g->t[i].len - 4);
	return m;
}

size_t fiscal_which(const struct gram *g, size_t i, size_t s)
{
	size_t n = 0;

	while (n < 2 && (gram_punct(g, i + n, ",") || gram_punct(g, i + n, "-")) && gram_in(g, i + n, s))
		n++;
	return n + word_s(g, i + n, s, W_WHICH);
}

int fiscal_end_word(const struct gram *g, size_t i, size_t s)
{
	return word_s(g, i, s, W_ENDING) || word_s(g, i, s, W_ENDS) ? 2 : word_s(g, i, s, W_ENDED);
}

int fiscal_month_lead(const struct gram *g, size_t i, size_t s)
{
	return word_s(g, i, s, W_ON) || word_s(g, i, s, W_IN) || word_s(g, i, s, W_THIS) ||
	       word_s(g, i, s, W_LAST);
}

/* The month a fiscal year starts in, as the words at k write it after
 * "year" or a split year: "ending June 30", "ended March", "to the end of
 * March", "to end-June" (the month after), "beginning on July 1",
 * "started April 1" (that month); else 0. */
static int months_at(const struct gram *g, size_t k, size_t s)
{
	int end = fiscal_end_word(g, k, s) || tok_is(g, k, W_TO);
	int m;

	if (!end && !tok_is(g, k, W_BEGINNING) && !tok_is(g, k, W_STARTING) &&
	    !tok_is(g, k, W_STARTED) && !tok_is(g, k, W_BEGAN))
		return 0;
	k++;
	k += fiscal_month_lead(g, k, s);
	if (word_s(g, k, s, W_THE) && word_s(g, k + 1, s, W_END) && word_s(g, k + 2, s, W_OF))
		k += 3;
	if (!(m = month_word(g, k, s)))
		return 0;
	return end ? m % 12 + 1 : m;
}

/* Token k is "year" or a split year's last part ("1986/87"): what follows
 * may write its months. */
static int year_word(const struct gram *g, size_t k, size_t s)
{
	return tok_is(g, k, W_YEAR) ||
	       (k >= 2 && g->t[k].kind == TOK_NUM && gram_punct(g, k - 1, "/") &&
		span_crop_year(g, k - 2, s));
}

/* The months the tokens [t0, t1) write for a fiscal year, or 0. */
static int text_months(const struct gram *g, size_t t0, size_t t1)
{
	for (size_t k = t0; k + 1 < t1; k++) {
		size_t s, j = k + 1;
		int m;

		/* the cheap test first: it runs on every token of a story */
		if (g->t[k].kind == TOK_WORD ? g->t[k].lex != (uint32_t)W_YEAR :
		    g->t[k].kind != TOK_NUM || k < 2 || g->t[k - 1].kind != TOK_PUNCT)
			continue;
		s = g->sent[k];
		if (!year_word(g, k, s))
			continue;
		j += fiscal_which(g, j, s);	/* "the year, which ends this September 30" */
		/* "the year to March" is a fiscal year's only after "fiscal" or
		 * a split year ("1985/86 to end-June"); "the year to April" is a
		 * change's twelve months (timing.c) */
		if (tok_is(g, j, W_TO) && tok_is(g, k, W_YEAR) &&
		    !(k > 0 && word_s(g, k - 1, s, W_FISCAL)))
			continue;
		if ((m = months_at(g, j, s)))
			return m;
	}
	return 0;
}

/* What tokens [t0, t1) say: bit 1 a fiscal year ("fiscal", "budget",
 * "financial year", "FY"), bit 2 a crop's ("season", "crop", "harvest",
 * "marketing", "campaign", "agricultural year", "the coffee year"). */
static int says(const struct gram *g, size_t t0, size_t t1)
{
	int r = 0;

	for (size_t k = t0; k < t1 && r != 3; k++) {
		const struct token *t = &g->t[k];
		uint32_t w = t->lex;

		if (t->kind != TOK_WORD)
			continue;
		if (!w) {
			/* "season's", "season\u2019s": the stem's */
			if (t->len > 4 && tok_text(g, k)[t->len - 1] == 's' &&
			    (tok_text(g, k)[t->len - 2] == '\'' || tok_text(g, k)[t->len - 2] == '\x99'))
				w = context_word(g, k);
			if (!w)
				continue;
		}
		if (w == W_FISCAL || w == W_BUDGET || w == W_FY ||
		    (w == W_FINANCIAL && tok_is(g, k + 1, W_YEAR)))
			r |= 1;
		else if (w == W_SEASON || w == W_CROP || w == W_CROPS || w == W_HARVEST ||
			 w == W_HARVESTING || w == W_MARKETING || w == W_CAMPAIGN ||
			 (w == W_YEAR && k > 0 &&
			  (tok_is(g, k - 1, W_AGRICULTURAL) || tok_has(g, k - 1, CLS_COMMODITY))))
			r |= 2;
	}
	return r;
}

/* "1986/87" (a period as relative.c and spans.c write a split year). */
static int split_year(const char *p)
{
	return strlen(p) == 7 && p[4] == '/' && p[0] >= '1' && p[0] <= '2';
}

/* Sentence s writes a split year ("1986/87"). */
static int split_said(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k + 2 < g->s[s].t1; k++)
		if (g->t[k].kind == TOK_NUM && gram_punct(g, k + 1, "/") && span_crop_year(g, k, s))
			return 1;
	return 0;
}

/* "this year" (1) or "last year", "last year's" (-1) next to figure f of
 * sentence s ("last year's total of 7.1 mln", "600 mln dlrs this year"),
 * naming the year y of its period (0: none yet); else 0. */
static int year_word_near(const struct gram *g, const struct fig *f, size_t s, int y, int dy)
{
	size_t k0 = f->h0 >= 4 ? f->h0 - 4 : 0;

	for (size_t k = k0; k <= f->t1 && gram_in(g, k + 1, s); k++)
		if ((k + 2 <= f->h0 || k == f->t1) && gram_in(g, k, s) &&
		    (tok_is(g, k + 1, W_YEAR) || tok_is(g, k + 1, W_YEAR_S)) &&
		    ((tok_is(g, k, W_THIS) && y == dy) ||
		     (tok_is(g, k, W_LAST) && (y == dy - 1 || (!y && k + 2 <= f->h0)))))
			return tok_is(g, k, W_THIS) ? 1 : -1;
	return 0;
}

/* "remittances would rise to 600 mln dlrs this year from 425 mln in
 * 1981/82", "16.4 pct greater than last year's total of 7.1 mln tonnes"
 * after "Soybean production for 1986/87": in a sentence that writes split
 * years, or right after one, "this year" is the split year in progress (from
 * July, as spans.c's "this season") and "last year" the one before. */
static void split_this_year(const struct gram *g, struct claim *cl, const struct fig *f, size_t s)
{
	int dy, dm, y, w;

	if ((cl->period[0] && strlen(cl->period) != 4) || !period_date_ym(g->d->date, &dy, &dm))
		return;
	/* no period yet: "above last year's total of 1.9 mln" (a base) */
	y = cl->period[0] ? atoi(cl->period) : 0;
	if (!(w = year_word_near(g, f, s, y, dy)) ||
	    !(split_said(g, s) || (s > 0 && split_said(g, s - 1))))
		return;
	y = (dm >= 7 ? dy : dy - 1) + (w < 0 ? -1 : 0);
	snprintf(cl->period, sizeof(cl->period), "%04d/%02d", y, (y + 1) % 100);
}

/* A figure of the story so far is of the months of fiscal year y0 to date,
 * from the fiscal calendar's first month m0 (not January): "exports for
 * April-December 2026 stood at USD 332.47 billion" in an Indian story,
 * "2026-04/2026-12". Then its "2026-27" is that fiscal year. */
static int fiscal_to_date(const struct claims *out, int m0, int y0)
{
	for (size_t i = 0; m0 > 1 && i < out->n; i++) {
		const char *p = out->v[i].period;
		int y1, m1, y2, m2, n;

		if (strlen(p) != 15 || p[7] != '/' ||
		    sscanf(p, "%4d-%2d/%4d-%2d", &y1, &m1, &y2, &m2) != 4)
			continue;
		n = (y2 * 12 + m2) - (y1 * 12 + m1);
		if (y1 == y0 && m1 == m0 && n >= 3 && n <= 10)
			return 1;	/* four months or more, not the whole year */
	}
	return 0;
}

void fiscal_months(const struct gram *g, struct claims *out, size_t base, const struct fig *figs)
{
	int story = -1, story_m = -1, sent = 0, m_sent = 0, splits = 0;
	size_t last = NO_SENT;

	/* no claim of a split year: nothing to do (the cheap test first) */
	for (size_t i = base; i < out->n && !splits; i++)
		splits = split_year(out->v[i].period);
	if (!splits)
		return;
	for (size_t i = base; i < out->n; i++) {
		struct claim *cl = &out->v[i];
		size_t s = g->sent[figs[i - base].t0];
		const char *cc;
		int m0, y0;

		if (strlen(cl->period) == 4 || !cl->period[0])	/* "this year" among split years */
			split_this_year(g, cl, &figs[i - base], s);
		if (!split_year(cl->period))
			continue;
		if (s != last) {	/* a sentence is read once (invariant 3) */
			last = s;
			sent = says(g, g->s[s].t0, g->s[s].t1);
			m_sent = sent & 2 ? 0 : text_months(g, g->s[s].t0, g->s[s].t1);
		}
		if (sent & 2)
			continue;	/* "the 1986/87 wheat crop" */
		m0 = m_sent;
		if (!m0) {
			if (story < 0)
				story = says(g, 0, g->nt);
			if (!(sent & 1) && (story & 2))
				continue;	/* a story of crops too */
			if (story_m < 0)
				story_m = text_months(g, 0, g->nt);
			m0 = story_m;
		}
		cc = cl->reporter[0] ? cl->reporter : g->place ? g->place[s] : NULL;
		if (!cc)
			cc = g->doc_freq;
		if (!m0 && !fiscal_calendar(cc, &m0, NULL))
			continue;	/* whose fiscal year is not known */
		y0 = atoi(cl->period);
		if (!(sent & 1) && !(story & 1) && !m_sent && !story_m && !fiscal_to_date(out, m0, y0))
			continue;	/* no fiscal year said */
		if (y0 < YEAR_MIN || y0 >= YEAR_MAX || m0 < 1 || m0 > 12)
			continue;
		fiscal_year_months(y0, m0, cl->period, sizeof(cl->period));
	}
}
