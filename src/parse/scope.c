/*
 * scope.c - the discourse frame of a story (issue 13, STUDY11 item 1):
 * the fields a figure's own clause leaves silent, taken from the last
 * figure of the same kind that stated them, up to an explicit stop.
 *
 * Runs once per window, after every figure has its own fields
 * (frame_fill() and the window's other passes). Two frames are kept:
 *
 *  - the deal or release frame: the last stated flow, reporter, partner,
 *    period and quantity unit of a trade flow in goods ("accepted bonus
 *    offers on sales of 190,000 tonnes of wheat to Jordan ... the wheat
 *    is for delivery May-November ... awards were made to Louis Dreyfus
 *    Corp (200,000 tonnes)"). A quantity in that unit whose sentence
 *    states no flow takes the frame's flow, reporter and partner, and its
 *    period when it has none;
 *  - the flow's goods: the commodity a flow (reporter and flow) was last
 *    stated with ("Indonesia's wheat imports ... The main suppliers in
 *    1986 were Australia (44 pct)"), for a later figure of that flow whose
 *    sentence names no goods, no flow noun and no total of its own.
 *
 * Stops (where a frame ends): a sentence that names a country outside the
 * frame's two sides, a flow stated anew with other sides, more than
 * SCOPE_REACH sentences without a figure of the frame, a figure whose
 * clause is of another kind (stocks, production, output, consumption, a
 * currency as the subject: subject_other_kind()). Besides, a figure of a
 * currency's move whose sentence names no goods keeps no commodity from
 * the story's title (OVERCARRY: "TEXTILE ACCORD ... The Taiwan currency
 * has risen 17 pct").
 *
 * Input: the window's claims and figures, the token array of gram.c.
 * Output: blank fields of those claims filled (or a carried commodity
 * cleared).
 *
 * Invariants:
 *  1. Only a blank field is filled; a field the figure's sentence states
 *     is never replaced (the one exception, clearing, touches only a
 *     commodity its sentence does not name).
 *  2. Only tokens of a claim's own sentence, or of the sentences between
 *     it and its frame (at most SCOPE_REACH), are read; every index is
 *     checked with gram_in().
 *  3. Linear time: each claim is visited once, each sentence read a
 *     bounded number of times.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

#define SCOPE_REACH 4	/* sentences a frame reaches past its last figure */

struct scope {
	int set;
	size_t s;		/* the sentence of the frame's last figure */
	size_t period_s;	/* the sentence whose figure stated the period */
	int cell;		/* the frame's last figure is a table row's cell */
	char flow[8], reporter[4], partner[8], unit[12], per[8];
	char period[PERIOD_MAX];
};

static void put(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}

static int trade_flow(const char *flow)
{
	return !strcmp(flow, "import") || !strcmp(flow, "export");
}

/* The figure at f is an earlier value quoted for comparison ("from 1.69
 * mln in 1986", "against 3.03 mln", "compared with"): its period is no
 * period of the frame. An earlier estimate of the same period (status
 * previous: "VS 26.0 IN MARCH" after a season's estimate) keeps it. */
static int compared(const struct gram *g, const struct fig *f, const struct claim *cl)
{
	size_t s = g->sent[f->t0], k = f->h0 - 1;

	if (cl->status == STATUS_PREVIOUS)
		return 0;
	return gram_in(g, k, s) && (tok_is(g, k, W_FROM) || tok_is(g, k, W_AGAINST) ||
				    tok_is(g, k, W_WITH) || tok_is(g, k, W_THAN));
}

/* Sentence s names goods: a commodity word, "goods", a commodity's tail. */
static int goods_said(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_COMMODITY | CLS_COMMODTAIL | CLS_GOODS))
			return 1;
	return 0;
}

/* The words before figure f in its clause (and its sentence) say "total"
 * ("out of total exports to the U.S. of 7.8 billion"). */
static int total_said(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];

	for (size_t k = f->h0 - 1; gram_in(g, k, s) && k + 8 >= f->h0 &&
			       g->t[k].kind != TOK_NUM; k--)
		if (tok_is(g, k, W_TOTAL) || tok_is(g, k, W_OVERALL))
			return 1;
	return 0;
}

/* Figure f is a cell of a table row ("Total Domes 796.33 793.64"): a
 * number right before or after it. A row's label is its own subject. */
static int table_cell(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];

	return (gram_in(g, f->t1, s) && g->t[f->t1].kind == TOK_NUM) ||
	       (gram_in(g, f->h0 - 1, s) && g->t[f->h0 - 1].kind == TOK_NUM);
}

/* The frame ends before sentence s: too far, or a sentence between names
 * another country. */
static int frame_reaches(const struct gram *g, const struct scope *fr, size_t s)
{
	if (!fr->set || s < fr->s || s > fr->s + SCOPE_REACH)
		return 0;
	for (size_t q = fr->s + 1; q <= s && q < g->ns; q++)
		if (subject_other_country(g, q, fr->reporter, fr->partner))
			return 0;
	return 1;
}

/* The deal's frame gives a silent quantity of it its sides and period;
 * 1 if it did. other: an earlier figure of f's sentence was of another
 * kind ("wheat stocks ... were 390,000 tonnes, up from 223,000"). */
static int deal_fill(const struct gram *g, const struct scope *fr, const struct fig *f,
		     struct claim *cl, int other)
{
	size_t s = g->sent[f->t0];

	if (cl->kind == CLAIM_QUANTITY && !cl->period[0] && fr->period[0] && !other &&
	    !table_cell(g, f) && !strcmp(cl->flow, fr->flow) && !strcmp(cl->reporter, fr->reporter) &&
	    !strcmp(cl->partner, fr->partner) && !strcmp(cl->unit, fr->unit) &&
	    fr->set && s == fr->period_s && !compared(g, f, cl)) {
		/* a figure of the deal in the sentence that stated it, whose
		 * own words gave its sides: the period of the sentence's
		 * figure before it ("sales of 190,000 tonnes of hard red
		 * winter and 35,000 tonnes of soft red winter wheat"); not
		 * across sentences ("An additional 246,000 tonnes ... are
		 * still available") */
		put(cl->period, sizeof(cl->period), fr->period);
		cl->period_src = SOURCE_INFERRED;
		return 0;
	}
	if (cl->kind != CLAIM_QUANTITY || cl->flow[0] || strcmp(cl->unit, fr->unit) ||
	    strcmp(cl->per, fr->per) ||
	    (cl->measure != MEASURE_LEVEL && cl->measure != MEASURE_FORECAST &&
	     cl->measure != MEASURE_TARGET && !measure_is_change(cl->measure)) ||
	    (cl->reporter[0] && strcmp(cl->reporter, fr->reporter)) || !frame_reaches(g, fr, s) ||
	    other || table_cell(g, f) || fr->cell || subject_flow_said(g, s, g->s[s].t1))
		return 0;	/* a table's frame stays in its rows (context_lead_subject()) */
	put(cl->flow, sizeof(cl->flow), fr->flow);
	cl->flow_src = SOURCE_INFERRED;
	if (!cl->reporter[0] && fr->reporter[0]) {
		put(cl->reporter, sizeof(cl->reporter), fr->reporter);
		cl->reporter_src = SOURCE_INFERRED;
	}
	if (!cl->partner[0] && fr->partner[0]) {
		put(cl->partner, sizeof(cl->partner), fr->partner);
		cl->partner_src = SOURCE_INFERRED;
	}
	if (!cl->period[0] && fr->period[0] && !compared(g, f, cl)) {
		put(cl->period, sizeof(cl->period), fr->period);
		cl->period_src = SOURCE_INFERRED;
	}
	return 1;
}

/* A figure of a trade flow in goods states the frame (again). */
static void deal_note(const struct gram *g, struct scope *fr, const struct fig *f,
		      const struct claim *cl)
{
	size_t s = g->sent[f->t0];
	int same = fr->set && !strcmp(cl->flow, fr->flow) && !strcmp(cl->reporter, fr->reporter) &&
		   !strcmp(cl->partner, fr->partner);

	if (!trade_flow(cl->flow) || !cl->reporter[0] || cl->measure == MEASURE_SHARE ||
	    cl->measure == MEASURE_CAPACITY || cl->measure == MEASURE_BALANCE)
		return;
	if (!same) {
		memset(fr, 0, sizeof(*fr));
		fr->set = 1;
		put(fr->flow, sizeof(fr->flow), cl->flow);
		put(fr->reporter, sizeof(fr->reporter), cl->reporter);
		put(fr->partner, sizeof(fr->partner), cl->partner);
	}
	fr->s = s;
	fr->cell = table_cell(g, f);
	if (cl->kind == CLAIM_QUANTITY) {
		put(fr->unit, sizeof(fr->unit), cl->unit);
		put(fr->per, sizeof(fr->per), cl->per);
	}
	if (cl->period[0] && !compared(g, f, cl)) {
		put(fr->period, sizeof(fr->period), cl->period);
		fr->period_s = s;
	}
}

/* The goods of a flow, to its later figures that name none. */
struct goods {
	int set;
	char flow[8], reporter[4], commodity[24];
};

static void goods_fill(const struct gram *g, struct goods *gd, const struct fig *f,
		       struct claim *cl, int other)
{
	size_t s = g->sent[f->t0];

	if (!trade_flow(cl->flow))
		return;
	if (cl->commodity[0]) {
		gd->set = 1;
		put(gd->flow, sizeof(gd->flow), cl->flow);
		put(gd->reporter, sizeof(gd->reporter), cl->reporter);
		put(gd->commodity, sizeof(gd->commodity), cl->commodity);
		return;
	}
	if (!gd->set || strcmp(gd->flow, cl->flow) || strcmp(gd->reporter, cl->reporter) ||
	    cl->measure == MEASURE_BALANCE || goods_said(g, s) || subject_flow_said(g, s, g->s[s].t1) ||
	    total_said(g, f) || other || table_cell(g, f))
		return;
	put(cl->commodity, sizeof(cl->commodity), gd->commodity);
}

/* A currency's move keeps no goods its sentence does not name. */
static void currency_clear(const struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0];

	if (cl->kind == CLAIM_PERCENT && cl->commodity[0] && !cl->flow[0] &&
	    subject_currency_before(g, f) && !goods_said(g, s))
		cl->commodity[0] = '\0';
}

void scope_frames(const struct gram *g, struct claims *out, size_t base, const struct fig *figs)
{
	struct scope fr = { .set = 0 };
	struct goods gd = { .set = 0 };
	size_t other_s = NO_SENT;	/* the sentence of the last figure of another kind */

	for (size_t k = base; k < out->n; k++) {
		struct claim *cl = &out->v[k];
		const struct fig *f = &figs[k - base];
		size_t s;
		int other;

		if (cl->kind == CLAIM_DATE || f->t0 >= g->nt || g->sent[f->t0] == NO_SENT)
			continue;
		s = g->sent[f->t0];
		other = subject_other_kind(g, f);
		if (other)
			other_s = s;
		other |= other_s == s;
		/* a figure the frame filled states nothing: the frame's reach
		 * is counted from the figures that state it */
		if (!(fr.set && deal_fill(g, &fr, f, cl, other)))
			deal_note(g, &fr, f, cl);
		goods_fill(g, &gd, f, cl, other);
		currency_clear(g, f, cl);
	}
}
