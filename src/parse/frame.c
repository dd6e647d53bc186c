/*
 * frame.c - the sentence around a figure: bounds, direction, measure,
 * period and subject.
 *
 * Input: the token array of gram.c and one figure. Output: the claim's
 * sentence_start/end, direction, measure, period, flow, reporter, partner
 * and commodity.
 *
 * Invariants:
 *  1. Only the figure's own sentence is read; direction and the yoy/mom
 *     cues only within its clause (between commas, parentheses, quotes).
 *  2. A month is a period only in a context that makes it one ("in August",
 *     "August this year", "July 2023"); "compared to July 2023" is the base
 *     of a change, never the claim's own period.
 *  3. Every field written fits its array in struct claim and is
 *     NUL-terminated; unknown stays "".
 *  4. A sentence has at most 4 * MAX_SENT_TOKENS tokens (a longer run is
 *     cut, at a comma if it can be), so the work per figure is bounded and
 *     hostile text stays linear.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <string.h>

#define MAX_CANDS 16
#define MAX_SENT_TOKENS 400

static const char *txt(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}

static int punct_in(const struct gram *g, size_t i, const char *const *set, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (gram_punct(g, i, set[k]))
			return 1;
	return 0;
}

static int word_among(const struct gram *g, size_t i, const char *const *set, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (gram_word(g, i, set[k]))
			return 1;
	return 0;
}

#define PUNCT_IN(g, i, set) punct_in((g), (i), (set), ARRAY_SIZE(set))
#define WORD_AMONG(g, i, set) word_among((g), (i), (set), ARRAY_SIZE(set))

/* ---- sentences ----------------------------------------------------------- */

static const char *const terminals[] = { ".", "!", "?", "\xe2\x80\xa6" };
static const char *const closers[] = { "\"", "'", ")", "]", "\xe2\x80\x9d", "\xe2\x80\x99" };
/* Words whose dot is not a full stop: "Co. and", "Mr. Wang", "Aug. 5". */
static const char *const abbrevs[] = { "Co", "Corp", "Inc", "Ltd", "Mr", "Mrs", "Ms", "Dr",
				       "St", "Jr", "Sr", "No", "vs", "Gov", "Gen", "Sen", "Rep",
				       "Prof", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
				       "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "e.g", "i.e" };

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

/* The dot at i ends an abbreviation or an initial ("U.S.", "Co."). */
static int abbrev_dot(const struct gram *g, size_t i)
{
	if (!gram_punct(g, i, ".") || !gram_glued(g, i) || g->t[i - 1].kind != TOK_WORD)
		return 0;
	return g->t[i - 1].len == 1 || WORD_AMONG(g, i - 1, abbrevs);
}

/* A run-on sentence is cut after a comma past MAX_SENT_TOKENS, and
 * anywhere past four times that (a figure there may be lost). */
static int overlong(const struct gram *g, size_t start, size_t i)
{
	size_t n = i + 1 - start;

	return n >= 4 * MAX_SENT_TOKENS ||
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
			for (k = i + 1; k < g->nt && gram_glued(g, k) && PUNCT_IN(g, k, closers); k++)
				;
			if (k >= g->nt || g->t[k].kind == TOK_NEWLINE ||
			    (!gram_glued(g, k) && !starts_lower(g, k))) {
				end = 1;
				last = k - 1;
			}
		}
		if (!end && (i + 1 >= g->nt || (newline_between(g, i) && !starts_lower(g, i + 1)) ||
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

/* ---- clauses and their words --------------------------------------------- */

static const char *const breaks[] = { ",", ";", ":", "(", ")", "[", "]", "\"",
				      "\xe2\x80\x9c", "\xe2\x80\x9d", "\xe2\x80\x94",
				      "\xe2\x80\x93" };

/* The clause [*c0, *c1) around tokens [t0, t1) within their sentence. */
static void clause_of(const struct gram *g, size_t t0, size_t t1, size_t *c0, size_t *c1)
{
	const struct sent *s = &g->s[g->sent[t0]];
	size_t a = t0, b = t1;

	while (a > s->t0 && !PUNCT_IN(g, a - 1, breaks))
		a--;
	while (b < s->t1 && !PUNCT_IN(g, b, breaks))
		b++;
	*c0 = a;
	*c1 = b;
}

/* Lower-case words of tokens [a, b) as " w w w ", so that a cue is a
 * substring search: glued tokens stay glued ("y/y"), other punctuation is a
 * space. */
static void clause_words(const struct gram *g, size_t a, size_t b, struct buf *out)
{
	buf_reset(out);
	buf_addc(out, ' ');
	for (size_t k = a; k < b; k++) {
		const struct token *t = &g->t[k];

		if (k > a && !gram_glued(g, k))
			buf_addc(out, ' ');
		if (t->kind == TOK_WORD || t->kind == TOK_NUM || gram_punct(g, k, "/")) {
			for (size_t p = 0; p < t->len; p++)
				buf_addc(out, (char)tolower((unsigned char)txt(g, k)[p]));
		} else {
			buf_addc(out, ' ');
		}
	}
	buf_addc(out, ' ');
}

static int has_cue(const struct buf *b, const char *const *cues, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (strstr(b->s, cues[k]))
			return 1;
	return 0;
}

static const char *const yoy_cues[] = {
	" year-on-year ", " year on year ", " y/y ", " yoy ", " a year earlier ",
	" a year ago ", " a year before ", " previous year ", " prior year ",
	" corresponding month ", " same month ", " corresponding period ", " same period ",
};
static const char *const mom_cues[] = {
	" month-on-month ", " month on month ", " m/m ", " previous month ", " prior month ",
	" a month earlier ", " a month ago ", " a month before ",
};

/* ---- direction ---------------------------------------------------------- */

static const char *const ups[] = { "rose", "rise", "rises", "rising", "risen", "increased",
				   "increase", "increases", "increasing", "up", "grew", "grow",
				   "grows", "growing", "growth", "gained", "gain", "gains",
				   "jumped", "jump", "climbed", "surged", "soared", "rebounded",
				   "higher" };
static const char *const downs[] = { "fell", "fall", "falls", "falling", "fallen", "declined",
				     "decline", "declines", "declining", "down", "dropped", "drop",
				     "drops", "decreased", "decrease", "decreases", "slumped",
				     "slump", "plunged", "shrank", "contracted", "contraction",
				     "slid", "tumbled", "lower" };

static const char *direction_word(const struct gram *g, size_t i)
{
	if (WORD_AMONG(g, i, ups))
		return "up";
	if (WORD_AMONG(g, i, downs))
		return "down";
	return NULL;
}

/* The sign as written, else the word right after the figure ("the 8%
 * decline"), else the nearest one before it in the clause, else after. */
static const char *direction_of(const struct gram *g, const struct fig *f, size_t c0, size_t c1)
{
	const char *d;

	if (f->sign)
		return f->sign > 0 ? "up" : "down";
	if (f->t1 < c1 && (d = direction_word(g, f->t1)))
		return d;
	for (size_t k = f->h0; k > c0; k--)
		if ((d = direction_word(g, k - 1)))
			return d;
	for (size_t k = f->t1; k < c1; k++)
		if ((d = direction_word(g, k)))
			return d;
	return "";
}

/* ---- periods ------------------------------------------------------------ */

struct cand {
	size_t tok;		/* the month or year token */
	int base;		/* 1: "compared to July": the base of a change */
	char period[11];
};

static const char *const month_preps[] = { "in", "for", "during", "since", "until",
					   "through", "of", "by", "between", "and" };
static const char *const base_preps[] = { "from", "versus", "vs", "than", "over" };

static int year_tok(const struct gram *g, size_t i, size_t s)
{
	return i < g->nt && g->sent[i] == s && g->t[i].kind == TOK_NUM &&
	       g->t[i].decimals == 0 && g->t[i].len == 4 && g->t[i].num >= 1900 &&
	       g->t[i].num <= 2100 && !(i + 1 < g->nt && gram_glued(g, i + 1) &&
					g->t[i + 1].kind == TOK_WORD);
}

/* Months and years of sentence s that can be a period (invariant 2). */
static size_t period_cands(const struct gram *g, size_t s, struct cand *c)
{
	const struct sent *se = &g->s[s];
	size_t n = 0;

	for (size_t k = se->t0; k < se->t1 && n < MAX_CANDS; k++) {
		int m, year = 0, base, ctx;
		enum period_rel rel = PERIOD_LATEST;

		if (g->t[k].kind == TOK_NUM && k > se->t0 && year_tok(g, k, s) &&
		    (gram_word(g, k - 1, "in") || gram_word(g, k - 1, "during") ||
		     gram_word(g, k - 1, "for"))) {
			c[n].tok = k;
			c[n].base = 0;
			str_copy(c[n].period, sizeof(c[n].period), txt(g, k), 4);
			n++;
			continue;
		}
		if (g->t[k].kind != TOK_WORD || !(m = period_month(txt(g, k), g->t[k].len)))
			continue;
		if (k + 1 < se->t1 && g->t[k + 1].kind == TOK_NUM && g->t[k + 1].len <= 2)
			continue;	/* "September 19": a day, see date_at() */
		if (year_tok(g, k + 1, s))
			year = (int)g->t[k + 1].num;
		else if (gram_word(g, k + 1, "this") && gram_word(g, k + 2, "year"))
			rel = PERIOD_THIS_YEAR;
		else if (gram_word(g, k + 1, "last") && gram_word(g, k + 2, "year"))
			rel = PERIOD_LAST_YEAR;
		base = k > se->t0 + 1 && (gram_word(g, k - 1, "to") || gram_word(g, k - 1, "with")) &&
		       (gram_word(g, k - 2, "compared") || gram_word(g, k - 2, "compare") ||
			gram_word(g, k - 2, "comparison"));
		base |= k > se->t0 && WORD_AMONG(g, k - 1, base_preps);
		ctx = base || year || rel != PERIOD_LATEST ||
		      (k > se->t0 && WORD_AMONG(g, k - 1, month_preps));
		if (!ctx)
			continue;	/* "May" the verb, a name */
		if (period_resolve_month(g->d->date, m, year, rel, c[n].period) < 0)
			continue;
		c[n].tok = k;
		c[n].base = base;
		n++;
	}
	return n;
}

/* The claim's own period: a month later in its clause ("8% in July"), else
 * the nearest before it in the sentence ("In August, ... 3%"), else the
 * first after it. */
static const char *period_pick(const struct cand *c, size_t n, const struct fig *f, size_t c1)
{
	const struct cand *before = NULL, *after = NULL;

	for (size_t k = 0; k < n; k++) {
		if (c[k].base)
			continue;
		if (c[k].tok >= f->t1 && c[k].tok < c1)
			return c[k].period;
		if (c[k].tok < f->h0)
			before = &c[k];
		else if (c[k].tok >= f->t1 && !after)
			after = &c[k];
	}
	return before ? before->period : after ? after->period : "";
}

/* The base of a change named in the clause ("compared to July 2023"). */
static const char *period_base(const struct cand *c, size_t n, size_t c0, size_t c1)
{
	for (size_t k = 0; k < n; k++)
		if (c[k].base && c[k].tok >= c0 && c[k].tok < c1)
			return c[k].period;
	return NULL;
}

/* ---- subject ------------------------------------------------------------ */

/* The country named by the tokens ending at i: "Chinese", "China’s",
 * "United States", "U.S." (the last dot at i or i-1). */
static const char *country_ending(const struct gram *g, size_t i, size_t s)
{
	if (i >= g->nt || g->sent[i] != s)
		return NULL;
	if (g->t[i].kind == TOK_WORD) {
		if (gram_word(g, i, "States") && i > 0 && gram_word(g, i - 1, "United"))
			return "US";
		return units_country(txt(g, i), g->t[i].len);
	}
	if (gram_punct(g, i, ".") && i >= 3 && gram_word(g, i - 1, "S") &&
	    gram_punct(g, i - 2, ".") && gram_word(g, i - 3, "U"))
		return "US";
	return NULL;
}

static void set(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}

/*
 * "[Chinese] imports of [Russian] goods": flow, reporter, partner and
 * commodity. Without a reporter before the flow, the first other country
 * named in the sentence ("data from Chinese customs, imports of Russian
 * products") is taken as the reporter.
 */
static void subject_of(const struct gram *g, size_t s, struct claim *cl)
{
	static const char *const goods[] = { "goods", "products", "commodities" };
	static const char *const named[] = { "oil", "gas", "grain", "coal", "seafood", "LNG" };
	const struct sent *se = &g->s[s];
	const char *rep = NULL, *par = NULL, *flow;
	size_t j;

	for (size_t k = se->t0; k < se->t1; k++) {
		if (gram_word(g, k, "imports") || gram_word(g, k, "import"))
			flow = "import";
		else if (gram_word(g, k, "exports") || gram_word(g, k, "export"))
			flow = "export";
		else
			continue;
		if (!gram_word(g, k + 1, "of") || g->sent[k + 1] != s)
			continue;
		set(cl->flow, sizeof(cl->flow), flow);
		if (k > se->t0)
			rep = country_ending(g, k - 1, s);
		j = k + 2;
		if ((par = country_ending(g, j, s)))
			j++;
		if (j < se->t1 && WORD_AMONG(g, j, goods))
			set(cl->commodity, sizeof(cl->commodity), "goods");
		else if (j < se->t1 && WORD_AMONG(g, j, named))
			str_copy(cl->commodity, sizeof(cl->commodity), txt(g, j), g->t[j].len);
		for (size_t q = se->t0; !rep && q < se->t1; q++) {
			const char *c = country_ending(g, q, s);

			if (c && (!par || strcmp(c, par)))
				rep = c;
		}
		if (rep)
			set(cl->reporter, sizeof(cl->reporter), rep);
		if (par)
			set(cl->partner, sizeof(cl->partner), par);
		for (char *p = cl->commodity; *p; p++)
			*p = (char)tolower((unsigned char)*p);
		return;
	}
}

/* ---- measure ------------------------------------------------------------ */

static const char *percent_measure(const struct gram *g, const struct fig *f, size_t c0,
				   size_t c1, const char *period, const char *base,
				   const char *dir)
{
	struct buf b = BUF_INIT;
	const char *m = NULL;
	char prev[11];

	if (gram_word(g, f->t1, "of") && g->sent[f->t1] == g->sent[f->t0])
		return "share";
	if (f->h0 >= 2 && gram_word(g, f->h0 - 1, "of") && gram_word(g, f->h0 - 2, "share"))
		return "share";
	clause_words(g, c0, c1, &b);
	if (has_cue(&b, yoy_cues, ARRAY_SIZE(yoy_cues)))
		m = "change_yoy";
	else if (has_cue(&b, mom_cues, ARRAY_SIZE(mom_cues)))
		m = "change_mom";
	buf_release(&b);
	if (m)
		return m;
	if (base && period[0]) {
		if (period_shift_month(period, -1, prev) == 0 && !strcmp(prev, base))
			return "change_mom";
		if (period_shift_month(period, -12, prev) == 0 && !strcmp(prev, base))
			return "change_yoy";
		return "change";
	}
	return dir[0] || base ? "change" : "level";
}

static const char *const invest_words[] = { "invest", "invested", "investing", "investment" };

void frame_fill(const struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0], c0, c1, nc;
	struct cand cands[MAX_CANDS];
	const char *dir = "", *m = "level";

	cl->sent_start = g->t[g->s[s].t0].off;
	cl->sent_end = g->t[g->s[s].t1 - 1].off + g->t[g->s[s].t1 - 1].len;
	if (cl->kind == CLAIM_DATE)
		return;
	clause_of(g, f->h0, f->t1, &c0, &c1);
	nc = period_cands(g, s, cands);
	set(cl->period, sizeof(cl->period), period_pick(cands, nc, f, c1));

	if (cl->kind == CLAIM_PERCENT) {
		dir = direction_of(g, f, c0, c1);
		m = percent_measure(g, f, c0, c1, cl->period, period_base(cands, nc, c0, c1), dir);
		if (!strcmp(m, "share"))
			dir = "";
	} else if (f->h0 >= 2 && gram_word(g, f->h0 - 1, "of") &&
		   (gram_word(g, f->h0 - 2, "investment") || gram_word(g, f->h0 - 2, "investments"))) {
		m = "investment";
	} else if (f->h0 >= 1 && WORD_AMONG(g, f->h0 - 1, invest_words)) {
		m = "investment";
	} else if (f->h0 >= 2 && gram_word(g, f->h0 - 1, "by") && direction_word(g, f->h0 - 2)) {
		/* "rose by $2 billion": a change in money, not a level. */
		m = "change";
		dir = direction_word(g, f->h0 - 2);
	} else if (cl->kind == CLAIM_QUANTITY && cl->per[0]) {
		m = "capacity";
	}
	set(cl->measure, sizeof(cl->measure), m);
	set(cl->direction, sizeof(cl->direction), dir);
	if (strcmp(m, "share") && strcmp(m, "investment") && strcmp(m, "capacity"))
		subject_of(g, s, cl);
}
