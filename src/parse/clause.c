/*
 * clause.c - the spans a figure's words are read in: sentences (cut at a
 * full stop, a paragraph break or a line that is not a wrapped one) and
 * clauses (cut at commas, brackets, quotes, dashes), with per clause the
 * direction words around each token and the year-on-year and
 * month-on-month cues that start in it. frame.c reads a figure's sentence
 * through these tables.
 *
 * Input: the token array of gram.c. Output: g->sent and g->s (sentences),
 * g->clause and g->c (clauses), g->dir_before and g->dir_from, each
 * clause's yoy and mom counts (filled on demand by clause_ready()).
 *
 * Invariants:
 *  1. Sentences and clauses are contiguous token ranges in order; a clause
 *     never spans two sentences, and a paragraph break (TOK_NEWLINE of a
 *     blank line) is in no sentence (NO_SENT).
 *  2. A sentence has at most 5 * MAX_SENT_TOKENS tokens, so that a run-on
 *     text does not give one figure the subject of another a page away.
 *  3. Linear time (parse_int.h invariant 4): the sentence and clause cuts
 *     take one pass over the tokens; a clause's tables are built once, two
 *     passes over its tokens, the first time a figure in it asks.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SENT_TOKENS 400

static const char *txt(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}

/* Runs for every token (sentence and clause breaks): words are rejected
 * at once and rows whose first byte differs are skipped here. */
static int punct_in(const struct gram *g, size_t i, const char *const *set, size_t n)
{
	char c;

	if (i >= g->nt || (g->t[i].kind != TOK_PUNCT && g->t[i].kind != TOK_SYM))
		return 0;
	c = g->d->buf[g->t[i].off];
	for (size_t k = 0; k < n; k++)
		if (set[k][0] == c && gram_punct(g, i, set[k]))
			return 1;
	return 0;
}

#define PUNCT_IN(g, i, set) punct_in((g), (i), (set), ARRAY_SIZE(set))

/* ---- sentences ----------------------------------------------------------- */

static const char *const terminals[] = { ".", "!", "?", "\xe2\x80\xa6" };
static const char *const closers[] = { "\"", "'", ")", "]", "\xe2\x80\x9d", "\xe2\x80\x99" };
static int starts_lower(const struct gram *g, size_t i)
{
	return i < g->nt && g->t[i].kind == TOK_WORD && islower((unsigned char)*txt(g, i));
}

/* A line feed in the blank between tokens i and i+1. */
static int newline_between(const struct gram *g, size_t i)
{
	for (size_t p = g->t[i].off + g->t[i].len; p < g->t[i + 1].off; p++)
		if (g->d->buf[p] == '\n')
			return 1;
	return 0;
}

/* "tonnes in\n1985/86": a year that starts a line after a lower-case word
 * continues the sentence (wire copy wraps anywhere; other numbers keep the
 * line break as a boundary, as a headline's figures need). */
static int wrapped_number(const struct gram *g, size_t i)
{
	const struct token *t = &g->t[i + 1];

	return t->kind == TOK_NUM && t->len == 4 && !t->decimals && t->num >= 1900 &&
	       t->num <= 2100 && starts_lower(g, i);
}

/* "a 3.51 billion\nH.K. Dlr deficit", "1.2 mln\nTonnes", "3.51\nBillion
 * yen": a scale word at a line's end and the unit or currency starting the
 * next (past a country's initials, "U.S.", "H.K."), or a number and its
 * scale word, are one figure. (A bare number and a currency are not: "at
 * 145.80\nDollar rates" may start a line of its own.) */
static int wrapped_figure(const struct gram *g, size_t i)
{
	size_t k = i + 1;

	if (g->t[i].kind == TOK_NUM)
		return tok_has(g, k, CLS_SCALE);
	if (!tok_has(g, i, CLS_SCALE))
		return 0;
	/* initials: "U.S.", "H.K.", "N.Z." */
	while (k + 1 < g->nt && k < i + 7 && g->t[k].kind == TOK_WORD && g->t[k].len == 1 &&
	       gram_punct(g, k + 1, ".") && gram_glued(g, k + 1))
		k += 2;
	return k < g->nt && tok_has(g, k, CLS_CURNAME | CLS_CURSIGN | CLS_CURCODE | CLS_UNIT |
					   CLS_TONS);
}

/* The dot at i ends an abbreviation or an initial ("U.S.", "Co."). */
static int abbrev_dot(const struct gram *g, size_t i)
{
	if (!gram_punct(g, i, ".") || !gram_glued(g, i) || g->t[i - 1].kind != TOK_WORD)
		return 0;
	/* "Co. and", "Mr. Wang", "Aug. 5": the lexicon's class abbrev. */
	return g->t[i - 1].len == 1 || tok_has(g, i - 1, CLS_ABBREV);
}

/* A run-on sentence is cut after a comma past MAX_SENT_TOKENS, before a
 * word that starts a clause (class clausestart: "and", "which") past four
 * times that, so that the cut never splits a figure ("5 billion dollars"), and anywhere past five times (where a
 * figure may be lost: no prose runs that long without either). */
static int overlong(const struct gram *g, size_t start, size_t i)
{
	size_t n = i + 1 - start;

	return n >= 5 * MAX_SENT_TOKENS ||
	       (n >= 4 * MAX_SENT_TOKENS && tok_has(g, i + 1, CLS_CLAUSESTART)) ||
	       (n >= MAX_SENT_TOKENS && (gram_punct(g, i, ",") || gram_punct(g, i, ";")));
}

static void close_sentence(struct gram *g, size_t a, size_t b)
{
	if (b <= a)
		return;
	XGROW(g->s, g->salloc, g->ns + 1);
	g->s[g->ns].t0 = a;
	g->s[g->ns].t1 = b;
	for (size_t k = a; k < b; k++)
		g->sent[k] = g->ns;
	g->ns++;
}

/*
 * A sentence ends at . ! ? (and the quotes or brackets glued after it) when
 * a paragraph break, the end, or a spaced token that does not start in
 * lower case follows; or at a line feed unless the next line starts in
 * lower case (a wrapped line). Headlines without a stop end at their line.
 */
void frame_sentences(struct gram *g)
{
	size_t start = 0;

	for (size_t i = 0; i < g->nt; i++) {
		size_t last = i, k;
		int end = 0;

		if (g->t[i].kind == TOK_NEWLINE) {
			close_sentence(g, start, i);
			g->sent[i] = NO_SENT;
			start = i + 1;
			continue;
		}
		if (PUNCT_IN(g, i, terminals) && !abbrev_dot(g, i)) {
			for (k = i + 1; k < g->nt && gram_glued(g, k) &&
			     (PUNCT_IN(g, k, closers) || (g->t[k].kind == TOK_PUNCT &&
							  !g->d->buf[g->t[k].off])); k++)
				;
			if (k >= g->nt || g->t[k].kind == TOK_NEWLINE ||
			    (!gram_glued(g, k) && !starts_lower(g, k))) {
				end = 1;
				last = k - 1;
			}
		}
		if (!end && (i + 1 >= g->nt || (newline_between(g, i) && !starts_lower(g, i + 1) &&
						!wrapped_number(g, i) && !wrapped_figure(g, i) &&
						!context_wrap(g, i)) ||
			     overlong(g, start, i)))
			end = 1;
		if (end) {
			close_sentence(g, start, last + 1);
			i = last;
			start = last + 1;
		}
	}
	close_sentence(g, start, g->nt);
}

/* ---- clauses ------------------------------------------------------------- */

static const char *const breaks[] = { ",", ";", ":", "(", ")", "[", "]", "\"",
				      "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x94",
				      "\xe2\x80\x93" };

/* Cues of a year-on-year or month-on-month change, as token sequences
 * ("y/y" is three tokens: SLASH stands for the "/"), END-terminated. */
enum { END = -1, SLASH = -2 };
static const int yoy_cues[][4] = {
	{ W_YEAR_ON_YEAR, END }, { W_YEAR, W_ON, W_YEAR, END }, { W_Y, SLASH, W_Y, END },
	{ W_YOY, END }, { W_A, W_YEAR, W_EARLIER, END }, { W_A, W_YEAR, W_AGO, END },
	{ W_A, W_YEAR, W_BEFORE, END }, { W_PREVIOUS, W_YEAR, END }, { W_PRIOR, W_YEAR, END },
	{ W_CORRESPONDING, W_MONTH, END }, { W_SAME, W_MONTH, END },
	{ W_CORRESPONDING, W_PERIOD, END }, { W_SAME, W_PERIOD, END },
	{ W_YEAR_EARLIER, END }, { W_LAST, W_YEAR_S, END }, { W_SAME, W_QUARTER, END },
	{ W_CORRESPONDING, W_QUARTER, END },
	/* "up 400,000 tonnes from last year", "rose 5 pct on last year",
	 * "51.9 pct in the year to end-April" (not "the year to date") */
	{ W_FROM, W_LAST, W_YEAR, END }, { W_ON, W_LAST, W_YEAR, END },
	{ W_OVER, W_LAST, W_YEAR, END }, { W_YEAR, W_TO, END },
	/* "up 6.9% on the year" (not "the year's") */
	{ W_ON, W_THE, W_YEAR, END },
	/* "21.1 pct lower than the 12.8 mln tonnes produced in the last
	 * harvest", "five pct higher than last season": a season against the
	 * one a year before */
	{ W_LAST, W_HARVEST, END }, { W_PREVIOUS, W_HARVEST, END }, { W_LAST, W_SEASON, END },
	{ W_PREVIOUS, W_SEASON, END }, { W_LAST, W_CROP, END }, { W_PREVIOUS, W_CROP, END },
	{ W_PREVIOUS, W_CAMPAIGN, END },
};
static const int qoq_cues[][4] = {
	{ W_QUARTER_ON_QUARTER, END }, { W_QUARTER, W_ON, W_QUARTER, END }, { W_QOQ, END },
	{ W_PREVIOUS, W_QUARTER, END }, { W_PRIOR, W_QUARTER, END },
	{ W_A, W_QUARTER, W_EARLIER, END }, { W_A, W_QUARTER, W_AGO, END },
	{ W_ON, W_THE, W_QUARTER, END },	/* "up 0.4% on the quarter" */
};
static const int mom_cues[][4] = {
	{ W_MONTH_ON_MONTH, END }, { W_MONTH, W_ON, W_MONTH, END }, { W_M, SLASH, W_M, END },
	{ W_PREVIOUS, W_MONTH, END }, { W_PRIOR, W_MONTH, END }, { W_A, W_MONTH, W_EARLIER, END },
	{ W_A, W_MONTH, W_AGO, END }, { W_A, W_MONTH, W_BEFORE, END },
	{ W_FROM, W_LAST, W_MONTH, END }, { W_ON, W_LAST, W_MONTH, END },
	{ W_OVER, W_LAST, W_MONTH, END },
	{ W_ON, W_THE, W_MONTH, END },	/* "fell 0.5% on the month" */
};

/* +1 for a word of rise ("rose"), -1 of fall ("fell"), else 0: the lexicon's
 * classes up and down. */
int clause_direction_word(const struct gram *g, size_t i)
{
	if (i >= g->nt || g->t[i].kind != TOK_WORD)
		return 0;
	if (g->t[i].cls & CLS_UP)
		return 1;
	if (g->t[i].cls & CLS_DOWN)
		return -1;
	return 0;
}

/* The cue of table cues that starts at token i and stays in clause c. */
static int cue_at(const struct gram *g, size_t i, size_t c, const int (*cues)[4], size_t n)
{
	if (i >= g->c[c].t1 || g->t[i].kind != TOK_WORD || !g->t[i].lex)
		return 0;	/* every cue starts with a word of the lexicon */
	for (size_t k = 0; k < n; k++) {
		size_t m = 1;

		if (g->t[i].lex != (uint32_t)cues[k][0])
			continue;	/* the first word (never SLASH): tok_is(g, i, ...) */
		for (; m < 4 && cues[k][m] != END; m++) {
			size_t j = i + m;

			if (j >= g->c[c].t1 ||
			    !(cues[k][m] == SLASH ? gram_punct(g, j, "/")
						  : tok_is(g, j, (enum lex_word)cues[k][m])))
				break;
		}
		if (m == 4 || cues[k][m] == END)
			return 1;
	}
	return 0;
}

/*
 * "after declining 0.8 pct in the third quarter and 2.7 pct a year
 * earlier", "after a 0.2% decline in the previous month": a cue right
 * after a percent change (its number, its percent word, a word of change
 * and "in the" between) that is no earlier value (not "from 3 pct a year
 * earlier") says when that change happened, its period, not the basis of
 * every change in the clause. "rose 5% on the previous month" stays one.
 */
static int period_of_figure_before(const struct gram *g, size_t i)
{
	size_t p = i - 1, n;

	if (i < 3)
		return 0;
	if (tok_is(g, p, W_THE) && !tok_is(g, i, W_A))
		p--;
	if ((tok_is(g, p, W_IN) || tok_is(g, p, W_DURING)) && !tok_is(g, i, W_A))
		p--;
	else if (p != i - 1)
		return 0;	/* "on the previous month", "from the same period" */
	else if (!tok_is(g, i, W_A))
		return 0;	/* "4.8% year on year": its basis */
	if (p != i - 1 && clause_direction_word(g, p) && p > 0)
		p--;		/* "a 0.2% decline in the previous month" */
	if (!(gram_punct(g, p, "%") || tok_is(g, p, W_PCT) || tok_is(g, p, W_PERCENT) ||
	      tok_is(g, p, W_PC) || (tok_is(g, p, W_CENT) && p > 0 && tok_is(g, p - 1, W_PER))))
		return 0;
	n = p - (tok_is(g, p, W_CENT) ? 1 : 0);	/* the number's last token + 1 */
	if (n < 2 || (g->t[n - 1].kind != TOK_NUM && !tok_has(g, n - 1, CLS_NUMBER)))
		return 0;
	n -= 1;
	return !(tok_is(g, n - 1, W_FROM) || tok_is(g, n - 1, W_AGAINST) ||
		 tok_is(g, n - 1, W_VS) || tok_is(g, n - 1, W_VERSUS) ||
		 tok_is(g, n - 1, W_WITH) || tok_is(g, n - 1, W_THAN) ||
		 tok_is(g, n - 1, W_ON) || tok_is(g, n - 1, W_OVER));
}

void frame_prepare(struct gram *g)
{
	size_t n = g->nt ? g->nt : 1;
	int prev_brk = 1;

	g->clause = xcalloc(n, sizeof(*g->clause));
	g->dir_before = xcalloc(n, 1);
	g->dir_from = xcalloc(n, 1);
	for (size_t i = 0; i < g->nt; i++) {
		/* A spaced or doubled hyphen is a dash: "bales -- 43,800 bales". */
		int brk = g->sent[i] == NO_SENT || PUNCT_IN(g, i, breaks) ||
			  (gram_punct(g, i, "-") && i + 1 < g->nt && !gram_glued(g, i + 1));

		if (i == 0 || brk || prev_brk || g->sent[i] != g->sent[i - 1]) {
			if (g->nc)
				g->c[g->nc - 1].t1 = i;
			XGROW(g->c, g->calloc_, g->nc + 1);
			memset(&g->c[g->nc], 0, sizeof(g->c[0]));
			g->c[g->nc++].t0 = i;
		}
		g->clause[i] = g->nc - 1;
		prev_brk = brk;
	}
	if (g->nc)
		g->c[g->nc - 1].t1 = g->nt;
	g->doc_country = g->doc_freq = subject_doc_country(g);
	context_prepare(g);
	g->cand_s = g->subj_s = g->carry_s = g->basis_s = g->last_s = NO_SENT;
	g->prev_s = g->first_s = g->pl_cur.s = g->pl_pat.s = NO_SENT;
	g->pl_pat.n = 0;
}

void frame_release(struct gram *g)
{
	context_release(g);
	free(g->clause);
	free(g->c);
	free(g->dir_before);
	free(g->dir_from);
	g->clause = NULL;
	g->c = NULL;
	g->dir_before = g->dir_from = NULL;
	g->nc = g->calloc_ = 0;
}

/*
 * Fills the direction tables and cue counts of clause c, once: two passes
 * over its tokens. The yoy and mom counters keep bit 31 as "ready".
 */
void clause_ready(struct gram *g, size_t c)
{
	struct clause *cl = &g->c[c];
	int d = 0;

	if (cl->yoy & 0x80000000u)
		return;
	for (size_t i = cl->t0; i < cl->t1; i++) {
		int w = clause_direction_word(g, i);

		g->dir_before[i] = (signed char)d;
		g->dir_from[i] = (signed char)w;	/* kept for the pass back */
		if (w)
			d = w;
		if (g->t[i].kind == TOK_WORD || gram_punct(g, i, "/")) {
			/* "in the year to April" is a period and its basis;
			 * "the year to date" a period only */
			int year_to = tok_is(g, i, W_YEAR) && tok_is(g, i + 1, W_TO);

			if (year_to ? tok_is(g, i + 2, W_DATE) : period_of_figure_before(g, i))
				continue;
			cl->yoy += (unsigned)cue_at(g, i, c, yoy_cues, ARRAY_SIZE(yoy_cues));
			cl->mom += (unsigned)cue_at(g, i, c, mom_cues, ARRAY_SIZE(mom_cues));
			cl->qoq += (unsigned)cue_at(g, i, c, qoq_cues, ARRAY_SIZE(qoq_cues));
		}
	}
	d = 0;
	for (size_t i = cl->t1; i > cl->t0; i--) {
		int w = g->dir_from[i - 1];	/* clause_direction_word(), from the first pass */

		if (w)
			d = w;
		g->dir_from[i - 1] = (signed char)d;
	}
	cl->yoy |= 0x80000000u;
}

unsigned clause_cues(const struct gram *g, size_t c0, size_t c1, int mom)
{
	unsigned n = 0;

	for (size_t c = c0; c <= c1; c++)
		n += (mom == 2 ? g->c[c].qoq : mom ? g->c[c].mom : g->c[c].yoy) & 0x7fffffffu;
	return n;
}
