/*
 * frame.c - the sentence around a figure: bounds, direction, measure,
 * period and subject.
 *
 * Input: the token array of gram.c and one figure. Output: the claim's
 * sentence_start/end, direction, measure, period, flow, reporter, partner
 * and commodity.
 *
 * Invariants:
 *  1. Only the figure's own sentence is read (every index is checked with
 *     gram_in()); direction and the yoy/mom cues only within its clause
 *     (between commas, parentheses, quotes). The one exception is stated:
 *     a sentence that continues the previous one ("This marks a reversal
 *     from the 8% decline") inherits its subject and its yoy/mom basis.
 *  2. A month is a period only in a context that makes it one ("in August",
 *     "August this year", "July 2023"); "compared to July 2023" is the base
 *     of a change, never the claim's own period.
 *  3. Every field written fits its array in struct claim and is
 *     NUL-terminated; unknown stays "".
 *  4. Linear time (parse_int.h invariant 4): clause tables are built once per
 *     clause that holds a figure, period candidates and the subject once per
 *     sentence that holds one; a figure then costs a constant. A sentence
 *     still has at most 5 * MAX_SENT_TOKENS tokens, so that a run-on text
 *     does not give one figure the subject of another a page away.
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
						!wrapped_number(g, i) && !context_wrap(g, i)) ||
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
};
static const int mom_cues[][4] = {
	{ W_MONTH_ON_MONTH, END }, { W_MONTH, W_ON, W_MONTH, END }, { W_M, SLASH, W_M, END },
	{ W_PREVIOUS, W_MONTH, END }, { W_PRIOR, W_MONTH, END }, { W_A, W_MONTH, W_EARLIER, END },
	{ W_A, W_MONTH, W_AGO, END }, { W_A, W_MONTH, W_BEFORE, END },
};

/* +1 for a word of rise ("rose"), -1 of fall ("fell"), else 0: the lexicon's
 * classes up and down. */
static int direction_word(const struct gram *g, size_t i)
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
	g->prev_s = NO_SENT;
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
static void clause_ready(struct gram *g, size_t c)
{
	struct clause *cl = &g->c[c];
	int d = 0;

	if (cl->yoy & 0x80000000u)
		return;
	for (size_t i = cl->t0; i < cl->t1; i++) {
		int w = direction_word(g, i);

		g->dir_before[i] = (signed char)d;
		g->dir_from[i] = (signed char)w;	/* kept for the pass back */
		if (w)
			d = w;
		if (g->t[i].kind == TOK_WORD || gram_punct(g, i, "/")) {
			cl->yoy += (unsigned)cue_at(g, i, c, yoy_cues, ARRAY_SIZE(yoy_cues));
			cl->mom += (unsigned)cue_at(g, i, c, mom_cues, ARRAY_SIZE(mom_cues));
		}
	}
	d = 0;
	for (size_t i = cl->t1; i > cl->t0; i--) {
		int w = g->dir_from[i - 1];	/* direction_word(), from the first pass */

		if (w)
			d = w;
		g->dir_from[i - 1] = (signed char)d;
	}
	cl->yoy |= 0x80000000u;
}

static unsigned cues_of(const struct gram *g, size_t c0, size_t c1, int mom)
{
	unsigned n = 0;

	for (size_t c = c0; c <= c1; c++)
		n += (mom ? g->c[c].mom : g->c[c].yoy) & 0x7fffffffu;
	return n;
}

/* ---- direction ---------------------------------------------------------- */

static const char *dir_name(int d)
{
	return d > 0 ? "up" : d < 0 ? "down" : "";
}

/* The sign as written, else the word right after the figure ("the 8%
 * decline"), else the nearest one before it in the clause, else after. */
static const char *direction_of(const struct gram *g, const struct fig *f)
{
	int d;

	if (f->sign)
		return f->sign > 0 ? "up" : "down";
	if (f->t1 < g->nt && g->clause[f->t1] == g->clause[f->t1 - 1] &&
	    (d = direction_word(g, f->t1)))
		return dir_name(d);
	if ((d = g->dir_before[f->h0]))
		return dir_name(d);
	if (f->t1 < g->nt && g->clause[f->t1] == g->clause[f->t1 - 1])
		return dir_name(g->dir_from[f->t1]);
	return "";
}


/* ---- measure ------------------------------------------------------------ */

static void set(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}

/* "70% of Russia's seafood": the commodity after "of", past "the" and
 * possessives ("the nation's", "Russia's", "its"). */
static void share_commodity(const struct gram *g, size_t j, size_t s, struct claim *cl)
{
	for (int k = 0; k < 3 && gram_in(g, j, s); k++, j++) {
		size_t n = g->t[j].len;
		const char *w = txt(g, j);

		if (tok_is(g, j, W_THE) || tok_is(g, j, W_ITS) || tok_is(g, j, W_THEIR) || (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') ||
		    (n > 4 && !memcmp(w + n - 4, "\xe2\x80\x99s", 4)))
			continue;
		subject_commodity(g, j, s, cl->commodity);
		return;
	}
}

/* "a decrease of $2 billion", "an increase in the services surplus of $0.4
 * billion": a direction noun, then "of" right before the figure (with "in"
 * and what moved between them, in the figure's clause). Its direction, or 0. */
static int change_noun_before(const struct gram *g, const struct fig *f, size_t s)
{
	if (!word_s(g, f->h0 - 1, s, W_OF))
		return 0;
	for (size_t k = f->h0 - 2; gram_in(g, k, s) && k + 8 >= f->h0 &&
			   g->clause[k] == g->clause[f->h0]; k--) {
		int d = direction_word(g, k);

		if (g->t[k].kind == TOK_NUM)
			return 0;
		if (d && (k + 2 == f->h0 || word_s(g, k + 1, s, W_IN)) &&
		    (word_s(g, k - 1, s, W_A) || word_s(g, k - 1, s, W_AN) ||
		     word_s(g, k - 1, s, W_THE)))
			return d;
	}
	return 0;
}

static enum measure percent_measure(struct gram *g, const struct fig *f, size_t c0, size_t c1,
				   const char *period, const char *base, const char *dir)
{
	size_t s = g->sent[f->t0];
	char prev[DATE_LEN];

	if (word_s(g, f->t1, s, W_OF) ||
	    (word_s(g, f->h0 - 1, s, W_OF) && word_s(g, f->h0 - 2, s, W_SHARE)))
		return MEASURE_SHARE;
	if (cues_of(g, g->clause[c0], g->clause[c1 - 1], 0))
		return MEASURE_CHANGE_YOY;
	if (cues_of(g, g->clause[c0], g->clause[c1 - 1], 1))
		return MEASURE_CHANGE_MOM;
	if (base && period[0]) {
		if (period_shift_month(period, -1, prev) == 0 && !strcmp(prev, base))
			return MEASURE_CHANGE_MOM;
		if (period_shift_month(period, -12, prev) == 0 && !strcmp(prev, base))
			return MEASURE_CHANGE_YOY;
		return MEASURE_CHANGE;
	}
	return dir[0] || base ? MEASURE_CHANGE : MEASURE_LEVEL;
}


/* Words between "to" or "from" and the level it names ("from the present
 * 10.0 pct", "to between 16 and 18 pct"). */
static int level_filler(const struct gram *g, size_t k, size_t s)
{
	return word_s(g, k, s, W_THE) || word_s(g, k, s, W_PRESENT) ||
	       word_s(g, k, s, W_CURRENT) || word_s(g, k, s, W_BETWEEN);
}

/* The direction word nearest before token k in its clause is "growth". */
static int growth_before(const struct gram *g, size_t k, size_t s)
{
	for (size_t j = k - 1; gram_in(g, j, s) && g->clause[j] == g->clause[k]; j--)
		if (g->t[j].cls & (CLS_UP | CLS_DOWN))
			return tok_is(g, j, W_GROWTH);
	return 0;
}

/*
 * A percent that a change reaches or leaves is a level, not a change:
 * "inflation fell to 12 pct from 17 pct", "declined from 40 pct in 1982 to
 * 35 pct", "to 4.5 pct in 1986/87 and 2.5 pct in 1987/88". Not "up to 50
 * pct" (a hedge) nor "up from 3 pct" (the change before: "rose 5 pct, up
 * from 3 pct").
 */
static int level_reached(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	if (g->prev_s == s && g->prev_reached && f->h0 <= g->prev_t1 + 8 && gram_in(g, k, s) &&
	    (tok_is(g, k, W_AND) || gram_punct(g, k, ",")))
		return 1;
	for (int n = 0; n < 2 && level_filler(g, k, s); n++)
		k--;
	/* "export growth was limited to 0.5 pct": a rate of change still */
	if (word_s(g, k, s, W_TO))
		return gram_in(g, k - 1, s) && !tok_is(g, k - 1, W_UP) &&
		       !tok_is(g, k - 1, W_COMPARED) && g->dir_before[k] != 0 &&
		       !(g->dir_before[k] > 0 && growth_before(g, k, s));
	if (word_s(g, k, s, W_FROM))
		return gram_in(g, k - 1, s) && !tok_is(g, k - 1, W_UP) &&
		       !tok_is(g, k - 1, W_DOWN) && g->dir_before[k] != 0;
	return 0;
}

/* "The share of energy in EU imports fell to 14.3%", "the proportion of
 * world output": a level reached that is a share. */
static int share_subject(const struct gram *g, const struct fig *f, size_t s)
{
	for (size_t k = win_lo(g, s, f->h0); k + 1 < f->h0; k++)
		if ((tok_is(g, k, W_SHARE) || tok_is(g, k, W_PROPORTION) ||
		     tok_is(g, k, W_PERCENTAGE)) && tok_is(g, k + 1, W_OF))
			return 1;
	return 0;
}

/* Sentence s continues the one before it, in the same paragraph: "This
 * marks a reversal from the 8% decline seen in July." */
static int continues(const struct gram *g, size_t s)
{
	return s > 0 && g->s[s - 1].t1 == g->s[s].t0 && tok_has(g, g->s[s].t0, CLS_CONTINUER);
}

/* The sentence-level caches: period candidates and the subject of s. */
static void sentence_ready(struct gram *g, size_t s)
{
	if (g->cand_s == s)
		return;
	g->cand_s = s;
	g->ncands = when_cands(g, s, g->cands);
	g->doc_country = context_reporter(g, s);
	subject_scan(g, s, &g->subj);
	if (g->subj.flow[0]) {
		g->carry = g->subj;
		g->carry_s = s;
	} else if (g->carry_s != NO_SENT && g->carry_s + 1 == s && continues(g, s)) {
		g->subj = g->carry;
		g->subj.flow_inferred = g->subj.rep_inferred = 1;	/* "This marks ..." */
		g->carry_s = s;
	} else {
		context_lead_subject(g, s, &g->subj);	/* a table's rows */
	}
	if (g->basis_s != NO_SENT && g->basis_s + 1 == s && continues(g, s))
		g->basis_s = s;	/* the basis carries on, see frame_fill() */
	g->nsw = subject_switches(g, s, &g->subj, g->sw_tok, g->sw, MAX_SWITCH);
}


/*
 * Figure f is the earlier value of a comparison: "rose to 751 mln stg from
 * 723 mln" and "down from 75,160 tonnes" (a change word before "from" in
 * the clause), "against 1.71 billion a year earlier", "compared with a
 * surplus of 73 mln" (after another figure of the sentence), or "5 bln
 * dlrs a year earlier".
 */
/* A stock, not a flow: "boosted foreign exchange reserves to 50 billion
 * dlrs", "reserves of 50 billion": money held, which a balance or trade
 * subject earlier in the sentence ("The surplus has boosted ...") is not. */
static int reserves_figure(const struct gram *g, const struct fig *f, size_t s)
{
	size_t i = f->h0 - 1;

	if (word_s(g, i, s, W_TO) || word_s(g, i, s, W_OF) || word_s(g, i, s, W_AT) ||
	    word_s(g, i, s, W_WERE))
		i--;
	return word_s(g, i, s, W_RESERVES) || word_s(g, f->t1, s, W_RESERVES);
}

/* "an increase of 13.6% compared with March 2024 (EUR 245.5 bn)": the
 * figure in brackets right after a change's base is the base's value; that
 * base, or NULL. */
static const struct cand *base_value(const struct gram *g, const struct fig *f, size_t s)
{
	if (!gram_punct(g, f->h0 - 1, "(") || !gram_in(g, f->h0 - 1, s))
		return NULL;
	for (size_t k = 0; k < g->ncands; k++)
		if (g->cands[k].base && g->cands[k].end + 1 == f->h0 && g->cands[k].period[0])
			return &g->cands[k];
	return NULL;
}

static int earlier_value(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	if (base_value(g, f, s))
		return 3;	/* its period is the base's */

	/* "from 2.40 billion in 1986/87 and 3.33 billion in 1985/86": the
	 * list of earlier values goes on */
	if (g->prev_s == s && g->prev_prior && f->h0 <= g->prev_t1 + 8 && gram_in(g, k, s) &&
	    (tok_is(g, k, W_AND) || gram_punct(g, k, ",")))
		return 2;	/* its period, when none after it, as for any figure */

	/* Words between "compared" and the earlier value (class priorfill). */
	for (int b = 0; b < 5 && gram_in(g, k, s) && tok_has(g, k, CLS_PRIORFILL); b++)
		k--;
	if (!gram_in(g, k, s))
		return 0;
	if (tok_is(g, k, W_FROM))	/* ", or 1.4 percent, from $888.9 billion" */
		return g->dir_before[k] != 0 || (g->chg_s == s && gram_punct(g, k - 1, ","));
	if (tok_is(g, k, W_AGAINST) || tok_is(g, k, W_VERSUS) || tok_is(g, k, W_VS) ||
	    tok_is(g, k, W_COMPARED) || tok_is(g, k, W_COMPARING))
		return g->last_s == s;
	return when_year_earlier(g, f);
}

/* f is followed by "above" or "below" and what it is compared with ("its
 * level", "last year's harvest", "that of"): 2 when that is last year's,
 * else 1; 0 when no such comparison follows. */
static int compared_above(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->t1 + 1;

	if (!(word_s(g, f->t1, s, W_ABOVE) || word_s(g, f->t1, s, W_BELOW)) || !gram_in(g, k, s))
		return 0;
	if (tok_is(g, k, W_LAST) && (tok_is(g, k + 1, W_YEAR_S) || tok_is(g, k + 1, W_YEAR)))
		return 2;
	if (tok_is(g, k, W_A) && tok_is(g, k + 1, W_YEAR) && tok_is(g, k + 2, W_EARLIER))
		return 2;
	return tok_is(g, k, W_THE) || tok_is(g, k, W_ITS) || tok_is(g, k, W_THAT) ||
	       tok_is(g, k, W_LAST) || tok_is(g, k, W_THEIR);
}

/* A word of class target (a limit, a plan, an aim) governs f: at most six
 * words before it in its clause ("limited to 0.5 pct", "a maximum of 7.5
 * pct of", "plans last year to sell one mln tonnes"). */
static int limit_before(const struct gram *g, const struct fig *f, size_t s)
{
	size_t c = g->clause[f->h0];

	for (size_t k = f->h0 - 1, n = 0; n < 6 && gram_in(g, k, s) && g->clause[k] == c; k--, n++)
		if (tok_has(g, k, CLS_TARGET))
			return 1;
	return 0;
}

/* "Such loans account for 20 pct": a share. */
static int accounts_for(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->h0 - 1;

	if (!word_s(g, k, s, W_FOR))
		k--;	/* "account for slightly over 20 pct" */
	return word_s(g, k, s, W_FOR) &&
	       (word_s(g, k - 1, s, W_ACCOUNT) || word_s(g, k - 1, s, W_ACCOUNTS) ||
		word_s(g, k - 1, s, W_ACCOUNTED) || word_s(g, k - 1, s, W_ACCOUNTING));
}

/* The subject of the part of sentence s where f stands: after "while oil
 * imports", the clause's own (subject_switches()). */
static const struct subj *subject_at(const struct gram *g, const struct fig *f)
{
	const struct subj *su = &g->subj;

	for (size_t k = 0; k < g->nsw && g->sw_tok[k] < f->h0; k++)
		su = &g->sw[k];
	return su;
}

/* A rate per hectare or acre is a yield, not a capacity. */
static int per_area(const char *per)
{
	return !strcmp(per, "ha") || !strcmp(per, "acre");
}

/* A quantity is a capacity when it is a rate ("5.8 million tons per year")
 * or its sentence is about storing or handling it. */
static int capacity_sentence(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_CAPACITY))
			return 1;
	return 0;
}

void frame_fill(struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0], c0, c1;
	const char *dir = "";
	enum measure m = MEASURE_LEVEL;
	const struct subj *su;
	struct subj bal;
	int subject = 1, prior, stock = 0, reached = 0, d;

	cl->sent_start = g->t[g->s[s].t0].off;
	cl->sent_end = g->t[g->s[s].t1 - 1].off + g->t[g->s[s].t1 - 1].len;
	if (cl->kind == CLAIM_DATE)
		return;
	c0 = g->c[g->clause[f->h0]].t0;
	c1 = g->c[g->clause[f->t1 - 1]].t1;
	if (f->t1 < g->nt && g->clause[f->t1] == g->clause[f->t1 - 1])
		c1 = g->c[g->clause[f->t1]].t1;
	for (size_t c = g->clause[c0]; c <= g->clause[c1 - 1]; c++)
		clause_ready(g, c);
	sentence_ready(g, s);
	prior = earlier_value(g, f, s);
	if (prior)
		when_prior(g, g->cands, g->ncands, f, g->last_s == s ? g->last_period : NULL,
			   cl->period);
	if (prior == 3)
		set(cl->period, sizeof(cl->period), base_value(g, f, s)->period);
	else if (prior == 2 && !cl->period[0])	/* "and 500 mln respectively in 1986" */
		set(cl->period, sizeof(cl->period), when_pick(g->cands, g->ncands, f, c0, c1));
	else if (!prior)
		set(cl->period, sizeof(cl->period), when_pick(g->cands, g->ncands, f, c0, c1));

	if (prior && cl->kind != CLAIM_PERCENT) {
		m = MEASURE_LEVEL;	/* the value it had; the change belongs to the other */
	} else if (cl->kind == CLAIM_PERCENT) {
		const char *base = when_base(g->cands, g->ncands, c0, c1);

		dir = direction_of(g, f);
		m = percent_measure(g, f, c0, c1, cl->period, base, dir);
		if (accounts_for(g, f, s))
			m = MEASURE_SHARE;
		if (m != MEASURE_SHARE && !prior && compared_above(g, f, s)) {
			m = compared_above(g, f, s) == 2 ? MEASURE_CHANGE_YOY : MEASURE_CHANGE;
			dir = tok_is(g, f->t1, W_ABOVE) ? "up" : "down";
		} else if (m != MEASURE_SHARE && (reached = level_reached(g, f, s))) {
			m = share_subject(g, f, s) ? MEASURE_SHARE : MEASURE_LEVEL;
			dir = "";
		} else if (m == MEASURE_SHARE) {
			dir = "";
			subject = 0;
			share_commodity(g, f->t1 + 1, s, cl);
		} else if (m == MEASURE_CHANGE_YOY || m == MEASURE_CHANGE_MOM) {
			g->basis = m;
			g->basis_s = s;
		} else if (m == MEASURE_CHANGE && !base &&
			   (word_s(g, f->h0 - 1, s, W_AT) ||
			    (word_s(g, f->h0 - 1, s, W_OF) && word_s(g, f->h0 - 2, s, W_RATE) &&
			     word_s(g, f->h0 - 3, s, W_A) && word_s(g, f->h0 - 4, s, W_AT)))) {
			/* "trading at 6-3/16 pct", "at a rate of 3.80 pct": a level,
			 * whatever moved earlier in the clause. */
			m = MEASURE_LEVEL;
			dir = "";
		} else if (m == MEASURE_CHANGE && !base && g->basis_s == s) {
			/* "rose 3% from a year earlier, reversing a decline of 8%":
			 * the same basis as the change before it. */
			m = g->basis;
		}
	} else if (cl->kind == CLAIM_MONEY && (stock = reserves_figure(g, f, s))) {
		m = MEASURE_LEVEL;
		subject = 0;
	} else if ((word_s(g, f->h0 - 1, s, W_OF) && (word_s(g, f->h0 - 2, s, W_INVESTMENT) ||
						       word_s(g, f->h0 - 2, s, W_INVESTMENTS))) ||
		   (gram_in(g, f->h0 - 1, s) && tok_has(g, f->h0 - 1, CLS_INVEST))) {
		m = MEASURE_INVESTMENT;
		subject = 0;
	} else if (word_s(g, f->h0 - 1, s, W_BY) && g->dir_before[f->h0 - 1]) {
		/* "rose by $2 billion", "reduce first quarter output by 10,000
		 * tonnes": a change in money or goods, not a level. */
		m = MEASURE_CHANGE;
		dir = dir_name(g->dir_before[f->h0 - 1]);
	} else if ((d = change_noun_before(g, f, s))) {
		/* "a decrease in the goods deficit of $1.1 billion to": a change */
		m = MEASURE_CHANGE;
		dir = dir_name(d);
	} else if (gram_in(g, f->h0 - 1, s) && direction_word(g, f->h0 - 1) &&
		   !word_s(g, f->h0 - 1, s, W_LOWER) && !word_s(g, f->h0 - 1, s, W_HIGHER)) {
		/* "up $12.3 billion", "narrowed $4.4 billion to": a change. */
		m = MEASURE_CHANGE;
		dir = dir_name(direction_word(g, f->h0 - 1));
	} else if (!prior && compared_above(g, f, s)) {
		/* "2.0 mln tonnes below last year's harvest", "20 pct above its
		 * level at the end of 1986": a change, against what follows */
		m = compared_above(g, f, s) == 2 ? MEASURE_CHANGE_YOY : MEASURE_CHANGE;
		dir = tok_is(g, f->t1, W_ABOVE) ? "up" : "down";
	} else if (cl->kind == CLAIM_QUANTITY && ((cl->per[0] && !per_area(cl->per)) ||
						  capacity_sentence(g, s))) {
		m = MEASURE_CAPACITY;
		subject = 0;
	}
	/* "oil (5.8 million tons per year)": the commodity ends right before. */
	if (cl->kind == CLAIM_QUANTITY && gram_punct(g, f->h0 - 1, "(") && gram_in(g, f->h0 - 1, s))
		for (size_t back = 3; back >= 1 && !cl->commodity[0]; back--)
			if (gram_in(g, f->h0 - 1 - back, s) &&
			    subject_commodity(g, f->h0 - 1 - back, s, cl->commodity) != back)
				cl->commodity[0] = '\0';
	if (cl->kind == CLAIM_QUANTITY && !cl->commodity[0] && word_s(g, f->t1, s, W_OF))
		subject_commodity(g, f->t1 + 1, s, cl->commodity);	/* "tonnes of wheat" */
	su = subject_at(g, f);
	if ((subject_target(g, f->h0, f->t1) && m != MEASURE_SHARE) || limit_before(g, f, s)) {
		m = MEASURE_TARGET;
		dir = "";
		subject = 1;
	} else if (cl->kind == CLAIM_MONEY && prior && g->last_s == s && g->last_balance) {
		m = MEASURE_BALANCE;	/* "deficit narrowed to 224 mln from 527 mln" */
		bal = g->last_bal;
		su = &bal;
	} else if (cl->kind == CLAIM_MONEY && prior && g->bal_s == s) {
		m = MEASURE_BALANCE;	/* "deficit was X, up Y, or Z pct, from W in 2024" */
		bal = g->bal;
		su = &bal;
	} else if (measure_is_change(m) && cl->kind != CLAIM_QUANTITY &&
		   subject_balance(g, f->h0, f->t1, su, &bal) && bal.flow[0]) {
		su = &bal;	/* "the deficit narrowed $4.4 billion": its change */
	} else if (measure_is_change(m) && cl->kind != CLAIM_QUANTITY && !su->flow[0] &&
		   g->bal_s == s) {
		bal = g->bal;	/* "deficit was ..., up $12.3 billion, or 1.4 percent" */
		su = &bal;
	} else if (cl->kind == CLAIM_MONEY && m != MEASURE_CHANGE && m != MEASURE_INVESTMENT &&
		   !stock && subject_balance(g, f->h0, f->t1, su, &bal)) {
		/* Flow "trade", measure "balance": the schema's flows are
		 * import, export and trade. */
		m = MEASURE_BALANCE;
		su = &bal;
	}
	cl->measure = m;
	set(cl->direction, sizeof(cl->direction), dir);
	if (su == &bal && !bal.flow[0])
		subject = 0;	/* current account, invisibles: no trade flow */
	if (subject && su->flow[0]) {
		set(cl->flow, sizeof(cl->flow), su->flow);
		set(cl->reporter, sizeof(cl->reporter), su->reporter);
		set(cl->partner, sizeof(cl->partner), su->partner);
		if (!cl->commodity[0])
			set(cl->commodity, sizeof(cl->commodity), su->commodity);
	}
	meaning_fill(g, f, cl, subject ? su : NULL, su == &bal, prior);
	g->prev_s = s;
	g->prev_t1 = f->t1;
	g->prev_m = cl->measure;
	g->prev_prior = prior;
	g->prev_reached = reached;
	memcpy(g->prev_per, cl->per, sizeof(g->prev_per));
	memcpy(g->prev_unit, cl->unit, sizeof(g->prev_unit));
	if (!prior) {
		g->last_s = s;
		memcpy(g->last_period, cl->period, sizeof(g->last_period));
		g->last_balance = su == &bal;
		if (g->last_balance)
			g->last_bal = bal;
	}
	commodity_carry(g, f, cl);	/* a commodity named before, if none here */
}
