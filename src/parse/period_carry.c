/*
 * period_carry.c - periods a figure takes from beyond its own words
 * (issue 13, branch period4): the base of a comparison in percent ("42 pct
 * above the 16.98 billion dlrs recorded in February 1986", "12 pct below
 * their level in February 1986"), which is never the sentence's own period,
 * and the value compared with ("54 pct above February 1986's 6.88
 * billion"), whose period is no period for the paragraph; the day of a
 * money market's operation, or of the event a lead names ("at today's EC
 * tender"), for every figure of it; no past period for a target that
 * does not write one next to it ("plans to expand this area by 50 pct"
 * after "damage to its crop last year"); an amount's
 * period from an earlier figure of its sentence ("and the value fell to
 * 97 mln stg from 129 mln"); and no past period of its paragraph for a
 * forecast ("The surplus was 1.2 billion dlrs in 1986. Officials forecast
 * a surplus of 900 mln"), nor for a figure whose sentence names a span no
 * one period names ("in recent years", "over the next four years"); the week's last day for an amount held at the
 * end of a week ("loans rose by 1.2 billion guilders to 10.7 billion in
 * the week ended April 6": the 10.7 billion on April 6, the change over
 * the week); the year's last day for a commodity stock at a year's end
 * ("wheat stocks at the end of 1986 were 390,000 tonnes, up from 223,000
 * at end-1985": 1986-12-31, 1985-12-31; tests/eval/gold/README.md, 254).
 *
 * Input: the token array of gram.c, a sentence and a token in it, or a
 * figure and its claim as meaning.c filled it; the story's date.
 * Output: whether a period phrase at that token is a comparison's base;
 * the claim's period.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (word_s(), gram_in()),
 *     and, once per story, those of its title and lead's first sentence
 *     (mm_story()).
 *  2. Each test reads at most CMP_REACH tokens back from where it starts;
 *     whether a sentence names a money market is read once per sentence.
 *  3. A period is resolved against the story's date only; a figure that
 *     already has one keeps it, but for a target's past period of another
 *     clause (pc_target_past(), which only removes).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define CMP_REACH 9	/* "pct above the 16.98 billion dlrs recorded in": the words between */

/* A percent unit at token i: "pct", "percent", "%". */
static int percent_at(const struct gram *g, size_t i, size_t s)
{
	return word_s(g, i, s, W_PCT) || word_s(g, i, s, W_PERCENT) ||
	       (gram_in(g, i, s) && gram_punct(g, i, "%"));
}

/* "pct above", "percent below", "pct over", "pct higher than", "pct lower
 * than" ending at token j: a percentage that compares with a base. */
static int comparative_at(const struct gram *g, size_t j, size_t s)
{
	if ((word_s(g, j, s, W_ABOVE) || word_s(g, j, s, W_BELOW) || word_s(g, j, s, W_OVER)) &&
	    percent_at(g, j - 1, s))
		return 1;
	return word_s(g, j, s, W_THAN) && (word_s(g, j - 1, s, W_HIGHER) || word_s(g, j - 1, s, W_LOWER)) &&
	       percent_at(g, j - 2, s);
}

int pc_comparison_base(const struct gram *g, size_t k, size_t s, int *number)
{
	*number = 0;
	for (size_t b = 1; b <= CMP_REACH && gram_in(g, k - b, s); b++) {
		size_t j = k - b;

		if (gram_punct(g, j, ",") || gram_punct(g, j, ";") ||
		    (g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_SWITCH)))
			return 0;	/* another clause */
		if (comparative_at(g, j, s))
			return 1;
		if (g->t[j].kind == TOK_NUM && !when_year_tok(g, j, s))
			*number = 1;
	}
	return 0;
}

int pc_compared_value(const struct gram *g, const struct fig *f, size_t s)
{
	int number;

	return pc_comparison_base(g, f->h0, s, &number) && !number;
}

/* Sentence s names a money market's operation: "money market(s)" with
 * "assistance", "help", "shortage", "surplus", "deficit", "bills" or
 * "liquidity" ("provided the money market with 451 mln stg assistance",
 * "to help absorb a projected money market surplus"); not "money market
 * dealers said", "money market rates". A central bank's in the securities
 * market: "securities market" with "repurchase" or "reserves" ("The
 * Federal Reserve entered the U.S. Government securities market to
 * arrange 1.5 billion dlrs of customer repurchase agreements"). Cached for
 * the last sentence. */
static int mm_named(struct gram *g, size_t s)
{
	static const enum lex_word op[] = { W_ASSISTANCE, W_HELP, W_SHORTAGE, W_SURPLUS,
		W_DEFICIT, W_BILLS, W_LIQUIDITY };
	int market = 0, oper = 0, secs = 0, repo = 0;

	if (g->mm_s == s + 1)
		return g->mm_named;
	for (size_t k = g->s[s].t0; k < g->s[s].t1 && !(market && oper); k++) {
		int mkt = gram_in(g, k + 1, s) &&
			  (tok_is(g, k + 1, W_MARKET) || tok_is(g, k + 1, W_MARKETS));

		if (g->t[k].kind != TOK_WORD)
			continue;
		if (tok_is(g, k, W_MONEY) && mkt)
			market = 1;
		else if (WORD_AMONG(g, k, op))
			oper = 1;
		secs |= tok_is(g, k, W_SECURITIES) && mkt;
		repo |= tok_is(g, k, W_REPURCHASE) || tok_is(g, k, W_RESERVES);
	}
	g->mm_s = s + 1;
	g->mm_named = (market && oper) || (secs && repo);
	return g->mm_named;
}

/* Sentence s names the day's event: "today's" before "tender", "auction"
 * or "fixing" within three words ("at today's weekly EC cereals tender"). */
static int day_event_named(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (tok_is(g, k, W_TODAY_S))
			for (size_t j = k + 1; j <= k + 4 && gram_in(g, j, s); j++)
				if (tok_is(g, j, W_TENDER) || tok_is(g, j, W_AUCTION) ||
				    tok_is(g, j, W_FIXING))
					return 1;
	return 0;
}

/* The story is about a money market's operations: its title or the lead's
 * first sentence names one ("U.K. MONEY MARKET GIVEN 451 MLN STG AFTERNOON
 * HELP"), or the lead's first sentence the day's event ("French operators
 * have requested licences to export ... at today's EC tender": 3). Read
 * once. */
static int mm_story(struct gram *g)
{
	if (!g->mm_story) {
		g->mm_story = 1;
		for (size_t s = 0; s < g->ns && g->mm_story == 1; s++) {
			if (g->lead_par != NO_SENT ? s > g->lead_par : s > 1)
				break;
			if (mm_named(g, s))
				g->mm_story = 2;
			else if (g->lead_par != NO_SENT && s == g->lead_par && day_event_named(g, s))
				g->mm_story = 3;
		}
	}
	return g->mm_story >= 2;
}

/* A stock at the end of a week: an amount of money that is a level, of no
 * flow and no unit price, dated by a seven-day range ("the week ending
 * March 30") is held on the range's last day (GUIDE.md section 8: stock
 * figures on the day, the flow over the week the range). */
void pc_week_stock_day(struct claim *cl)
{
	char a[DATE_LEN];

	if (cl->kind != CLAIM_MONEY || cl->measure != MEASURE_LEVEL || cl->flow[0] ||
	    cl->per[0] || strlen(cl->period) != 21 || cl->period[10] != '/' ||
	    period_shift_day(cl->period + 11, -6, a) != 0 || strncmp(a, cl->period, 10))
		return;
	memmove(cl->period, cl->period + 11, 11);
}

/* Sentence s names a commodity stock: "stocks", "stock", "inventories". */
static int names_stock(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (tok_is(g, k, W_STOCKS) || tok_is(g, k, W_STOCK) || tok_is(g, k, W_INVENTORIES))
			return 1;
	return 0;
}

/* Sentence s writes the end of year y: "end-1986", "the end of 1986". */
static int names_year_end(const struct gram *g, size_t s, int y)
{
	char w[9];

	snprintf(w, sizeof(w), "end-%04d", y);
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		if (g->t[k].len == 8 && !strncasecmp(tok_text(g, k), w, 8))
			return 1;
		if (tok_is(g, k, W_END) && word_s(g, k + 1, s, W_OF) && when_year_tok(g, k + 2, s) &&
		    (int)g->t[k + 2].num == y)
			return 1;
	}
	return 0;
}

void pc_year_end_stock(const struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0];
	int y;

	when_stock_day(g, f, cl);	/* "March 1 stocks of" (when_stock.c) */
	if (cl->kind != CLAIM_QUANTITY || strlen(cl->period) != 7 || strcmp(cl->period + 4, "-12") ||
	    sscanf(cl->period, "%4d", &y) != 1 || !names_stock(g, s) || !names_year_end(g, s, y))
		return;
	memcpy(cl->period + 7, "-31", 4);
}

void pc_market_day(struct gram *g, const struct fig *f, struct claim *cl, int prior,
		   int *inferred)
{
	size_t s = g->sent[f->t0];
	int own;

	if (!date_valid(g->d->date) || cl->kind == CLAIM_DATE)
		return;
	if (cl->period[0]) {
		/* "will sell tomorrow a total of 800 billion yen": the day of
		 * the story's operation */
		if (!g->mm_day[0] && strlen(cl->period) == 10 && mm_story(g))
			str_copy(g->mm_day, sizeof(g->mm_day), cl->period, 10);
		return;
	}
	/* a title's figure takes the body's (timing_title_periods()); a day's
	 * event (a tender) is of flows and prices per tonne too */
	if (prior || (g->lead_par != NO_SENT && s < g->lead_par) ||
	    ((cl->flow[0] || cl->per[0]) && !(mm_story(g) && g->mm_story == 3)))
		return;
	own = mm_named(g, s);
	if (own)
		g->mm_par = g->par[s] + 1;
	else if (g->mm_par != g->par[s] + 1 && !mm_story(g))
		return;
	/* a forecast in a sentence that does not name the market may be of
	 * anything ("call money is likely to hold at 3.6 pct"), unless the
	 * operation itself is to come ("will sell tomorrow ... Of the total,
	 * 300 billion yen will yield 3.8992 pct") */
	if (!own && !g->mm_day[0] &&
	    (cl->measure == MEASURE_FORECAST || cl->measure == MEASURE_TARGET))
		return;
	str_copy(cl->period, sizeof(cl->period), g->mm_day[0] ? g->mm_day : g->d->date, 10);
	*inferred = !own;
}

/* Period p (as this stage writes them) ends before the month of date
 * ("1986", "1986-12", "1986-Q4", "1985/86", "1986-01/1986-06" in March
 * 1987). */
static int period_over(const char *p, const char *date)
{
	int y, m = 12, dy, dm;
	size_t n = strlen(p);

	if (!period_date_ym(date, &dy, &dm) || n < 4 || sscanf(p, "%4d", &y) != 1)
		return 0;
	if (n == 15 && p[7] == '/')
		p += 8;	/* a range of months: its end */
	else if (n >= 7 && p[4] == '/')
		y++, m = 6;	/* a crop or fiscal year: its second year's middle */
	if (strlen(p) >= 7 && p[4] == '-' && p[5] == 'Q')
		m = (p[6] - '0') * 3;
	else if (strlen(p) >= 7 && p[4] == '-' && sscanf(p, "%4d-%2d", &y, &m) != 2)
		return 0;
	return y < dy || (y == dy && m < dm);
}

void pc_target_past(const struct gram *g, const struct fig *f, struct claim *cl)
{
	if (cl->measure != MEASURE_TARGET || !cl->period[0] || g->cand_s != g->sent[f->t0] ||
	    !period_over(cl->period, g->d->date))
		return;
	for (size_t k = 0; k < g->ncands; k++) {
		const struct cand *c = &g->cands[k];
		int poss = (c->end >= 2 && gram_punct(g, c->end - 2, "'")) ||
			   gram_punct(g, c->end, "'");

		if ((c->tok >= f->t1 && c->tok <= f->t1 + 2) || (c->end <= f->h0 && c->end + 2 >= f->h0))
			return;	/* "a target of 5 pct for 1986", "1986's target of" */
		/* "switched last month to tenders at a minimum rate of 3.50
		 * pct": the time of the figure's own clause, before it; not
		 * "will spur exports and redress last year's deficit" (after
		 * the target, another noun's) */
		if (!strcmp(c->period, cl->period) && g->clause[c->tok] == g->clause[f->h0] &&
		    c->tok < f->h0 && !poss)
			return;
	}
	cl->period[0] = '\0';
}

int pc_sentence_period(const struct gram *g, const struct fig *f, size_t s, struct claim *cl)
{
	(void)f;
	if (cl->period[0] || cl->kind == CLAIM_PERCENT || cl->per[0] || g->last_s != s ||
	    !g->last_period[0] ||
	    !(cl->measure == MEASURE_LEVEL || measure_is_change(cl->measure)))
		return 0;
	memcpy(cl->period, g->last_period, PERIOD_MAX);
	return 1;
}

/* Sentence s is a poll's expectation of a figure just released: "had"
 * right before "expected", "forecast", "predicted" or "looked" ("Analysts
 * had expected a surplus of $95.0 billion", "Economists polled by Reuters
 * had looked for a gap of $70.2 billion"). */
static int poll_expected(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k + 1 < g->s[s].t1; k++)
		if (tok_is(g, k, W_HAD) && (word_s(g, k + 1, s, W_EXPECTED) ||
					    word_s(g, k + 1, s, W_FORECAST) ||
					    word_s(g, k + 1, s, W_PREDICTED) ||
					    word_s(g, k + 1, s, W_LOOKED)))
			return 1;
	return 0;
}

int pc_carry_refused(const struct gram *g, const struct claim *cl, const char *p, size_t s)
{
	for (size_t k = 0; k < g->ncands; k++)
		if (g->cands[k].open)
			return 1;	/* "imports in recent years of 10 mln tonnes" */
	return (cl->measure == MEASURE_FORECAST || cl->measure == MEASURE_TARGET) &&
	       period_over(p, g->d->date) && !poll_expected(g, s);
}

/* A day number (1..31, no decimals) at token i of sentence s, else 0. */
static int day_num(const struct gram *g, size_t i, size_t s)
{
	return gram_in(g, i, s) && g->t[i].kind == TOK_NUM && !g->t[i].decimals &&
	       g->t[i].len <= 2 && g->t[i].num >= 1 && g->t[i].num <= 31 ? (int)g->t[i].num : 0;
}

/* The month named by word token i of sentence s (any case the lexicon
 * knows), else 0. */
static int month_num(const struct gram *g, size_t i, size_t s)
{
	return gram_in(g, i, s) && g->t[i].kind == TOK_WORD && tok_has(g, i, CLS_MONTH) ?
		       (int)tok_lex(g, i)->num : 0;
}

int pc_days_between(const struct gram *g, size_t k, size_t s, int *m0, int *d0, int *m1, int *d1,
		    size_t *e)
{
	size_t j;

	if (!(*m0 = month_num(g, k, s)) || !(*d0 = day_num(g, k + 1, s)))
		return 0;
	if (word_s(g, k - 1, s, W_BETWEEN) && word_s(g, k + 2, s, W_AND)) {
		j = k + 3;	/* "between May 21 and June 25", "between June 5 and 20" */
		*m1 = month_num(g, j, s);
		j += *m1 != 0;
		if (!*m1)
			*m1 = *m0;
	} else if (gram_punct(g, k + 2, "/") && (*m1 = month_num(g, k + 3, s))) {
		j = k + 4;	/* "April 15/May 15" */
	} else {
		return 0;
	}
	if (!(*d1 = day_num(g, j, s)) || (*m1 == *m0 && *d1 <= *d0))
		return 0;
	*e = j;
	return 1;
}

/* An event's noun at i: "meeting", "accord", "talks", "decision". */
static int event_noun(const struct gram *g, size_t i, size_t s)
{
	static const enum lex_word ev[] = { W_MEETING, W_AGREEMENT, W_ACCORD, W_DECISION, W_TALKS,
					    W_CONFERENCE, W_SUMMIT, W_PACT };

	return gram_in(g, i, s) && WORD_AMONG(g, i, ev);
}

int pc_event_time(const struct gram *g, size_t k, size_t end, size_t s)
{
	size_t j = k;

	if (tok_is(g, k, W_YEAR))
		return 0;	/* "the agreement year, which ends this September 30": its own */
	/* "last month's G-6 meeting", "February's accord": the noun within
	 * two words after a possessive */
	if (end > k && gram_in(g, end - 1, s) &&
	    (tok_is(g, end - 1, W_MONTH_S) || tok_is(g, end - 1, W_WEEK_S) ||
	     tok_is(g, end - 1, W_YEAR_S)))
		return event_noun(g, end, s) || event_noun(g, end + 1, s);
	/* "the accord last month", "the meeting in February", "agreed in
	 * Paris last month", "agreed upon last month", "a conference in
	 * Kampala last week" */
	j -= word_s(g, j - 1, s, W_IN);
	if (gram_in(g, j - 1, s) && g->t[j - 1].kind == TOK_WORD && tok_text(g, j - 1)[0] >= 'A' &&
	    tok_text(g, j - 1)[0] <= 'Z' && !g->t[j - 1].lex && word_s(g, j - 2, s, W_IN))
		j -= 2;	/* "in Paris" */
	if (event_noun(g, j - 1, s) || anchor_act_when(g, k, end, s))
		return 1;	/* "the figure announced last month" */
	return (j < k && (word_s(g, j - 1, s, W_AGREED) || word_s(g, j - 1, s, W_DECIDED) ||
			  word_s(g, j - 1, s, W_COMMITTED))) ||
	       (word_s(g, j - 1, s, W_UPON) && word_s(g, j - 2, s, W_AGREED));
}
