/*
 * meaning.c - what a figure is, once frame.c has read its sentence: the
 * sign of a balance and of a change of one, the basis of a change named
 * after it or by its paragraph, periods from a title, a month that
 * qualifies a flow, a quarter or months "ending in June", "respectively",
 * and the reporter, partner, flow and period the story's context gives;
 * prices, exchange rates, forecasts, ventures and local currencies are
 * quote.c's; the questions fill() asks of the sentence (a deficit, a
 * year's cue, an estimate, a tariff) are meaning_cues.c's.
 *
 * Input: the token array, one figure and the claim frame_fill() made of it.
 * Output: the same claim, its fields filled or corrected.
 *
 * Invariants:
 *  1. A field the sentence states is kept; context only fills a blank (a
 *     partner is never made the reporter), except where a construction
 *     says otherwise (a price quote drops the sentence's trade subject).
 *  2. Only f's sentence is read, plus what context.c prepared per sentence
 *     and the state carried in struct gram (the paragraph's period and
 *     subject, the sentence's last change and balance).
 *  3. Each figure costs a bounded number of token reads (at most its
 *     sentence once, for the few scans done per figure).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void put(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}

/* "imports from Brazil, Argentina and Mexico were $6.2 billion, 1.9
 * billion and 1.4 billion respectively": the list of partners that starts
 * with first, when sentence s ends its figures with "respectively". */
static void respectively(struct gram *g, size_t s, const char *first)
{
	int resp = 0;

	g->resp_s = s;
	g->nresp = g->resp_i = 0;
	for (size_t k = g->s[s].t0; k < g->s[s].t1 && !resp; k++)
		resp = tok_is(g, k, W_RESPECTIVELY);
	if (!resp || !first[0])
		return;
	for (size_t k = g->s[s].t0; k + 1 < g->s[s].t1; k++) {
		size_t n, j = k + 1;
		const char *c;

		if (!tok_is(g, k, W_FROM) && !tok_is(g, k, W_TO) && !tok_is(g, k, W_WITH))
			continue;
		c = subject_country_starting(g, j, s, &n);
		if (!c || strcmp(c, first))
			continue;
		while (c && g->nresp < ARRAY_SIZE(g->resp)) {
			g->resp[g->nresp++] = c;
			j += n;
			if (!gram_punct(g, j, ",") && !tok_is(g, j, W_AND))
				break;
			j += 1 + (gram_punct(g, j, ",") && tok_is(g, j + 1, W_AND));
			c = subject_country_starting(g, j, s, &n);
		}
		return;
	}
}

/* Where the fields fill() set came from (not the sentence: context). */
struct origin {
	int rep, par, per;	/* reporter, partner, period inferred */
};

static void fill(struct gram *g, const struct fig *f, struct claim *cl,
		 const struct subj *su, int bal, int prior, struct origin *o)
{
	size_t s = g->sent[f->t0];
	int is_bal = cl->measure == MEASURE_BALANCE;
	int is_chg = measure_is_change(cl->measure);
	int since;
	const char *rep, *pc;

	/* A balance carries its sign; a change of a deficit moves the signed
	 * balance the other way ("the deficit narrowed $4.4 billion": up). */
	if (is_bal) {
		int deficit = meaning_deficit_of(g, f, s);

		if (deficit && cl->value > 0)
			cl->value = -cl->value;
		if (su && !prior) {
			g->bal_s = s;
			g->bal = *su;
			g->bal_deficit = deficit;
		}
	} else if (bal && is_chg) {
		int deficit = meaning_deficit_of(g, f, s);

		if (deficit && cl->direction[0])
			put(cl->direction, sizeof(cl->direction),
			    cl->direction[0] == 'u' ? "down" : "up");
		if (cl->kind == CLAIM_MONEY && cl->direction[0] == 'd' && cl->value > 0)
			cl->value = -cl->value;
	} else if (!is_chg && cl->kind == CLAIM_MONEY && cl->value > 0 && !cl->per[0] &&
		   cl->measure != MEASURE_PRICE &&
		   gram_deficit_named(g, f, s)) {
		cl->value = -cl->value;	/* a budget's deficit too (recall4) */
	}
	/* "$1.7 billion less than May exports": a change against that month */
	if (cl->kind != CLAIM_PERCENT && !is_bal && !prior && gram_in(g, f->t1 + 1, s) &&
	    (tok_is(g, f->t1, W_LESS) || tok_is(g, f->t1, W_MORE) ||
	     tok_is(g, f->t1, W_LOWER) || tok_is(g, f->t1, W_HIGHER)) &&
	    tok_is(g, f->t1 + 1, W_THAN)) {
		int m = gram_in(g, f->t1 + 2, s) ?
			period_month(tok_text(g, f->t1 + 2), g->t[f->t1 + 2].len) : 0;
		char base[PERIOD_MAX], prev[PERIOD_MAX];

		put(cl->direction, sizeof(cl->direction),
		    tok_is(g, f->t1, W_LESS) || tok_is(g, f->t1, W_LOWER) ? "down" : "up");
		cl->measure = MEASURE_CHANGE;
		if (m && period_resolve_month(g->d->date, m, 0, PERIOD_LATEST, base) == 0 &&
		    period_shift_month(cl->period, -1, prev) == 0 && !strcmp(prev, base))
			cl->measure = MEASURE_CHANGE_MOM;
		is_chg = 1;
	}
	/* "Year-over-year, exports increased ...": the whole sentence's basis */
	if (is_chg && cl->measure == MEASURE_CHANGE && timing_lead_basis(g, s))
		cl->measure = timing_lead_basis(g, s);
	timing_months_ending(g, s, f->t0, cl->period);
	timing_year_to(g, s, f->t0, cl->kind == CLAIM_PERCENT, cl->period);
	if (cl->kind != CLAIM_DATE && !prior)
		timing_days_range(g, f, s, cl->period);
	/* ", or 1.4 percent": the same change as the figure before it. */
	if (cl->kind == CLAIM_PERCENT && g->chg_s == s && g->chg_t1 + 2 == f->h0 &&
	    gram_punct(g, f->h0 - 2, ",") && tok_is(g, f->h0 - 1, W_OR)) {
		cl->measure = g->chg_measure;
		put(cl->direction, sizeof(cl->direction), g->chg_dir);
		if (!cl->flow[0]) {
			memcpy(cl->flow, g->chg.flow, sizeof(cl->flow));
			memcpy(cl->reporter, g->chg.reporter, sizeof(cl->reporter));
			memcpy(cl->partner, g->chg.partner, sizeof(cl->partner));
			memcpy(cl->commodity, g->chg.commodity, sizeof(cl->commodity));
		}
		is_chg = 1;
	} else if (is_chg) {
		char base[PERIOD_MAX];
		enum measure b;

		if (!cl->period[0])
			timing_month_modifier(g, s, f->t0, cl->period);
		timing_change_base(g, f, s, base);
		/* "a growth of 5.6 per cent over April-October 2025": the base is
		 * not its own period; the figure before it in the sentence gives it. */
		if (base[0] && !strcmp(base, cl->period))
			memcpy(cl->period, g->last_s == s ? g->last_period : g->ctx_period,
			       sizeof(cl->period));
		if (cl->measure == MEASURE_CHANGE && (b = timing_basis_of(cl->period, base)) != MEASURE_NONE)
			cl->measure = b;
		else if (cl->measure == MEASURE_CHANGE && meaning_same_year_before(g, f, cl->period))
			cl->measure = MEASURE_CHANGE_YOY;
		else if (cl->measure == MEASURE_CHANGE && cl->kind != CLAIM_PERCENT &&
			 (b = meaning_amount_cue(g, f)) != MEASURE_NONE)
			cl->measure = b;	/* "up 400,000 tonnes from a year earlier" */
		else if (cl->measure == MEASURE_CHANGE && cl->flow[0] && g->basis_par == g->par[s] &&
			 g->basis_sent + 1 >= s && g->basis_sent != NO_SENT)
			cl->measure = g->basis_name;	/* parallel */
	}
	/* "Year-over-year, the deficit decreased $3.4 billion, or 7.5 percent,
	 * from August 2016": a year-on-year change's period is a year after
	 * the base it names, when the sentence names no other */
	if (is_chg && !prior && !cl->period[0] && cl->measure == MEASURE_CHANGE_YOY) {
		char base[PERIOD_MAX];

		timing_change_base(g, f, s, base);
		if (base[0] && period_shift_years(base, 1, cl->period) == 0 &&
		    timing_future(g->d->date, cl->period))
			cl->period[0] = '\0';
	}
	if (is_chg && !prior) {
		g->chg_s = s;
		g->chg_t1 = f->t1;
		g->chg_measure = cl->measure;
		put(g->chg_dir, sizeof(g->chg_dir), cl->direction);
		memcpy(g->chg.flow, cl->flow, sizeof(cl->flow));
		memcpy(g->chg.reporter, cl->reporter, sizeof(cl->reporter));
		memcpy(g->chg.partner, cl->partner, sizeof(cl->partner));
		memcpy(g->chg.commodity, cl->commodity, sizeof(cl->commodity));
		if (cl->measure != MEASURE_CHANGE) {
			g->basis_par = g->par[s];
			g->basis_sent = s;
			g->basis_name = cl->measure;
		}
	}
	if (cl->kind != CLAIM_PERCENT && !prior) {
		if (g->resp_s != s)
			respectively(g, s, cl->partner);
		if (g->nresp > 1 && g->resp_i < g->nresp && cl->flow[0])
			put(cl->partner, sizeof(cl->partner), g->resp[g->resp_i]);
		g->resp_i++;
	}
	if (quote_kind(g, f, s, cl, &su, prior)) {
		if (!cl->period[0] && cl->measure == MEASURE_PRICE && !cl->per[0] &&
		    !rel_day_word(g, f, s, cl->period))	/* "fell to 144 yen today" */
			timing_spot(g, f, s, cl->period);	/* "the dollar was fixed at" */
		else if (!cl->period[0] && cl->measure == MEASURE_PRICE && cl->per[0])
			when_per_quote_day(g, f, s, cl->period);	/* "closed at 436.50 dlrs an ounce" */
		/* "an average price of 6.20 dlrs a kg this year", estimated */
		if (cl->measure == MEASURE_PRICE && meaning_year_running(g->d->date, cl->period) &&
		    meaning_expectation_said(g, s))
			cl->measure = MEASURE_FORECAST;
		return;
	}
	rep = context_reporter(g, s);
	for (size_t k = 0; rep && k < g->nresp && g->resp_s == s; k++)
		if (!strcmp(rep, g->resp[k]))
			rep = NULL;	/* a partner of the list */
	if (is_bal && !cl->flow[0] && !su) {
		/* A current account: the economy's own, against the world. */
		if (!cl->reporter[0] && rep) {
			put(cl->reporter, sizeof(cl->reporter), rep);
			o->rep = 1;
		}
		if (cl->reporter[0]) {
			put(cl->partner, sizeof(cl->partner), "WORLD");
			o->par = 1;
		}
	}
	if (cl->flow[0]) {
		if (!cl->reporter[0] && rep && strcmp(rep, cl->partner)) {
			put(cl->reporter, sizeof(cl->reporter), rep);
			o->rep = 1;
		}
		if (!cl->partner[0] && !(su && su->par_open) &&
		    (pc = subject_pair_partner(g, s, f->h0, cl->reporter)) != NULL) {
			put(cl->partner, sizeof(cl->partner), pc);	/* "the U.S.-USSR agreement" */
			o->par = 1;
		}
		if (!cl->partner[0] && !(su && su->par_open) &&
		    !subject_no_world(g, s, f->h0, f->t1, cl->measure)) {
			put(cl->partner, sizeof(cl->partner), "WORLD");
			o->par = 1;	/* no partner named: all of them */
		}
		/* a flow the lead paragraph states by its noun ("Exports of
		 * goods from the euro area fell") is the story's subject for
		 * the paragraphs after it; a deal's buyer or seller ("Greece
		 * has agreed to buy") is not */
		if (su && !su->rep_inferred && su->reporter[0] && !strcmp(su->reporter, cl->reporter))
			context_stated(g, s, cl->reporter,
				       !strcmp(cl->flow, "trade") ||
					       (su->tok < g->nt &&
						tok_has(g, su->tok, CLS_FLOWIMP | CLS_FLOWEXP)));
	}
	/* A national statistic with no trade flow (output, reserves, rates, a
	 * crop forecast): the economy the sentence names, else the story's;
	 * never a company's figure. */
	if (!cl->flow[0] && !cl->reporter[0] && cl->measure == MEASURE_SHARE &&
	    meaning_flow_before(g, f, s)) {
		/* "the share of energy in EU imports": a share of a trade flow,
		 * whose economy the sentence names, else its story's */
		const char *c = subject_country_before(g, s, f->h0);

		if (c) {
			put(cl->reporter, sizeof(cl->reporter), c);
		} else if (rep) {
			put(cl->reporter, sizeof(cl->reporter), rep);
			o->rep = 1;
		}
	} else if (!cl->flow[0] && !cl->reporter[0] &&
	    (cl->measure != MEASURE_SHARE || !subject_share_world(g, s, f->t1)) &&
	    cl->measure != MEASURE_INVESTMENT && cl->measure != MEASURE_CAPACITY &&
	    !meaning_company_sentence(g, s, f->t0) && !subject_market(g, s, f->t0, cl->unit)) {
		const char *c = subject_country_before(g, s, f->h0);

		if (c) {
			put(cl->reporter, sizeof(cl->reporter), c);
			if (!meaning_table_row(g, s))	/* a row's label is the row's only */
				context_stated(g, s, c, 1);	/* the paragraph's subject now */
		} else if (rep && !subject_world(g, s, f->h0)) {	/* "world wheat output" */
			put(cl->reporter, sizeof(cl->reporter), rep);
			o->rep = 1;
		}
	}
	/* "the wheat crop ... 14 mln tonnes": a quantity's goods, named before it */
	if (cl->kind == CLAIM_QUANTITY && !cl->commodity[0] && cl->measure != MEASURE_CAPACITY)
		quote_near_commodity(g, f, s, cl->commodity);
	if ((cl->flow[0] || (is_bal && cl->reporter[0])) && !cl->commodity[0] && g->story_goods &&
	    !meaning_sentence_says(g, s, f->t0, W_SERVICES))
		put(cl->commodity, sizeof(cl->commodity), "goods");
	quote_local_currency(g, f, s, cl);
	/* A period from the paragraph: the last one a figure of it stated. */
	if (prior)
		return;
	if (!cl->period[0] && (cl->flow[0] || is_bal || is_chg))
		if (!timing_month_modifier(g, s, f->t0, cl->period) &&
		    !timing_title_period(g, s, g->c[g->clause[f->t0]].t0, g->c[g->clause[f->t1 - 1]].t1,
				  cl->period))
			timing_title_period(g, s, win_lo(g, s, f->t0), win_hi(g, s, f->t0), cl->period);
	/* "rose to 7.45 billion dlrs, compared with 7.95 billion in 1985": the
	 * period after the earlier value's, when the figure names none; also
	 * of an amount of no trade flow ("futures trade declined to 892,700
	 * tonnes from 1.19 mln in January") */
	if (!cl->period[0] && (cl->flow[0] || is_bal || cl->reporter[0] ||
			       (cl->kind != CLAIM_PERCENT && cl->measure == MEASURE_LEVEL)))
		for (size_t k = 0; k < g->ncands; k++) {
			const struct cand *c = &g->cands[k];

			if (!c->prior || c->tok < f->t1 || !c->period[0] || c->tok > f->t1 + 12)
				continue;
			/* "from 5.33 billion last year" after a first quarter */
			if (when_relative_base(g, s, c, cl->period))
				o->per = 1;
			/* a year, or a crop year ("against 25.5 mln in 1986/87") */
			else if (strlen(c->period) == 4 || (strlen(c->period) == 7 && c->period[4] == '/'))
				period_shift_years(c->period, 1, cl->period);
			else if (timing_story_month(g, c->period, cl->period) == 2)
				o->per = 1;	/* the story's month */
			break;
		}
	/* "in the quarter", "in the month": the story's last one */
	if (!cl->period[0] && (cl->flow[0] || is_bal || is_chg)) {
		for (size_t k = win_lo(g, s, f->t0) + 1; k < win_hi(g, s, f->t0); k++)
			if (tok_is(g, k - 1, W_THE) && tok_is(g, k, W_QUARTER) && g->story_q[0]) {
				memcpy(cl->period, g->story_q, sizeof(cl->period));
				o->per = 1;
			} else if (tok_is(g, k - 1, W_THE) && tok_is(g, k, W_MONTH) && g->story_m[0] &&
				   !tok_is(g, k + 1, W_BEFORE) && !tok_is(g, k + 1, W_EARLIER)) {
				memcpy(cl->period, g->story_m, sizeof(cl->period));
				o->per = 1;
			}
	}
	if (!cl->period[0] && cl->measure != MEASURE_SHARE)
		rel_day_word(g, f, s, cl->period);	/* "tomorrow", "today's" */
	if (!cl->period[0] && !cl->flow[0] && cl->measure != MEASURE_SHARE &&
	    cl->measure != MEASURE_TARGET && cl->measure != MEASURE_FORECAST)
		timing_spot(g, f, s, cl->period);	/* a quote of the story's day */
	/* "has risen 22 pct since September 1985": to the story's month, a
	 * span of this sentence only (not the paragraph's period) */
	since = cl->measure != MEASURE_FORECAST && cl->measure != MEASURE_TARGET &&
		rel_since_span(g, f, s, cl->period);
	timing_story_latest(g, cl->period);
	if (cl->period[0]) {
		if (!since && !pc_compared_value(g, f, s)) {	/* "above 1986's 6.88 billion" */
			g->per_par = g->par[s];
			memcpy(g->ctx_period, cl->period, sizeof(g->ctx_period));
		}
	} else if ((cl->flow[0] || is_bal || cl->reporter[0]) && g->per_par == g->par[s] &&
		   g->ctx_period[0] && !pc_carry_refused(g, cl, g->ctx_period, s)) {
		memcpy(cl->period, g->ctx_period, sizeof(cl->period));
		o->per = 1;
	} else if (pc_sentence_period(g, f, s, cl)) {
		o->per = 1;	/* "trade declined to 892,700 tonnes from 1.19 mln in
				   January, and the value fell to 97 mln stg" */
	}
	timing_story_note(g, s, cl->period, o->per);
	if (!cl->period[0] && (cl->flow[0] || is_bal || cl->reporter[0]) && !cl->per[0] &&
	    !gram_punct(g, f->h0 - 1, "(") &&
	    timing_story_period(g, s, f->t0, cl->measure, cl->period))
		o->per = 1;	/* the lead's period */
	/* "Exports were down 6.3 pct at 7.45 billion dlrs, compared with 7.95
	 * billion in 1985", in a paragraph about 1986: the basis, once the
	 * paragraph gave the period */
	if (measure_is_change(cl->measure) && cl->period[0] && cl->flow[0]) {
		char base[PERIOD_MAX];
		enum measure b;

		meaning_change_base(g, f, s, cl->measure, cl->period, base);
		if ((b = timing_basis_of(cl->period, base)) != MEASURE_NONE) {
			cl->measure = g->chg_measure = b;
			g->basis_par = g->par[s];
			g->basis_sent = s;
			g->basis_name = b;
		}
	}
	if (cl->kind == CLAIM_PERCENT && cl->measure == MEASURE_CHANGE && cl->period[0] &&
	    meaning_national_accounts(g, f, s))
		cl->measure = meaning_national_basis(g, f, s, cl->period);
	/* "Exports rose 24.5 pct in 1986", "fell 2.1 billion dlrs in fiscal
	 * 1985/86": a change of a whole year's figure is on the year before
	 * (tests/eval/gold/GUIDE.md, as gold5 settled it for both golds), unless the sentence
	 * names another base ("from 1984") or it is a rate per year */
	if (cl->measure == MEASURE_CHANGE && !cl->per[0] && meaning_whole_year(cl->period) &&
	    !meaning_compared_within_year(g, f, s) && !meaning_other_base_year(g, f, s, cl->period) &&
	    (cl->kind == CLAIM_PERCENT ||
	     (cl->kind == CLAIM_MONEY && !o->per && strlen(cl->period) == 4 &&
	      (cl->flow[0] || bal) && !meaning_expectation_said(g, s)))) {
		char base[PERIOD_MAX];

		timing_change_base(g, f, s, base);
		if (!base[0] || timing_basis_of(cl->period, base) == MEASURE_CHANGE_YOY)
			cl->measure = MEASURE_CHANGE_YOY;
	}
	/* a period still to come; but with no word of expectation in a body
	 * sentence, the time a deal done is for ("Wheat sales of 362,400
	 * tonnes for the current season and 151,000 for the 1987/88 season
	 * were down") */
	if ((cl->measure == MEASURE_LEVEL || measure_is_change(cl->measure)) &&
	    !o->per && timing_future(g->d->date, cl->period) && !timing_forward_sale(g, s) &&
	    (meaning_expectation_said(g, s) || meaning_headline(g, s)))
		cl->measure = MEASURE_FORECAST;
	/* "China's estimated wheat crop this year to 87.0 mln tonnes", "an
	 * average oil import price rising to 18.9 dlrs next year from 17.4 dlrs
	 * this year": the whole calendar year the story is written in is not
	 * over, so an amount of it its sentence estimates or expects is a
	 * forecast (not "commitments to export 300,000 tonnes this year",
	 * "assets at the start of this year") */
	if ((cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE ||
	     cl->measure == MEASURE_PRICE) &&
	    !o->per && meaning_year_running(g->d->date, cl->period) && !timing_forward_sale(g, s) &&
	    meaning_expectation_said(g, s))
		cl->measure = MEASURE_FORECAST;
	/* "Total trade with the Soviet Union is estimated at 3.04 billion dlrs
	 * in fiscal 1986/87" in March 1987, "Soybean production for 1986/87 is
	 * now estimated to reach 7.7 mln tonnes": a crop or fiscal year still
	 * under way, estimated, is a forecast as a running calendar year is */
	if ((cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE) && !o->per &&
	    meaning_split_year_under_way(g, f, cl) && !timing_forward_sale(g, s) &&
	    !meaning_hedged_estimate(g, f, s) && meaning_expectation_said(g, s))
		cl->measure = MEASURE_FORECAST;

	/* "The Bank of Japan will sell tomorrow 800 billion yen of bills": an
	 * operation decided for a named day, a level (or a change), once the
	 * day is known */
	if (cl->measure == MEASURE_FORECAST && !prior && quote_scheduled(g, f, s, cl))
		cl->measure = cl->direction[0] ? MEASURE_CHANGE : MEASURE_LEVEL;
	/* "revised down its estimate of the deficit in the system today to 400
	 * mln stg": an estimate of the story's own day, not over yet, is a
	 * forecast (not "the total help today to 571 mln stg, which compares
	 * with its estimate of": the estimate word after the figure) */
	if ((cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE) &&
	    !strcmp(cl->period, g->d->date) && meaning_estimate_before_t(g, s, f->h0))
		cl->measure = MEASURE_FORECAST;
	/* "Washington announced plans to slap up to 300 mln dlrs in tariffs
	 * on Japanese electronic goods": the goods hit, a level (after the
	 * period: a planned penalty takes none from its paragraph) */
	if ((cl->measure == MEASURE_TARGET || cl->measure == MEASURE_FORECAST) && !prior &&
	    meaning_goods_hit(g, f, s, cl))
		cl->measure = MEASURE_LEVEL;
}

static enum field_source source(const char *field, int inferred)
{
	return !field[0] ? SOURCE_NONE : inferred ? SOURCE_INFERRED : SOURCE_STATED;
}

void meaning_fill(struct gram *g, const struct fig *f, struct claim *cl,
		  const struct subj *su, int bal, int prior)
{
	static const enum adjustment adj[] = { ADJ_NSA, ADJ_NONE, ADJ_SA };
	static const enum price_basis price[] = { PRICE_NONE, PRICE_REAL, PRICE_NOMINAL };
	static const enum rate_basis basis[] = { BASIS_NONE, BASIS_ANNUALIZED, BASIS_AVG3M,
						  BASIS_BOP, BASIS_CUSTOMS };
	static const enum claim_status status[] = { STATUS_NONE, STATUS_PRELIMINARY,
						    STATUS_REVISED, STATUS_PREVIOUS };
	struct origin o = { su && su->rep_inferred, su && su->par_inferred, 0 };
	int flow_inferred = su && su->flow_inferred;
	size_t s = g->sent[f->t0];

	fill(g, f, cl, su, bal, prior, &o);
	if (!cl->flow[0] && cl->kind == CLAIM_MONEY && cl->measure != MEASURE_BALANCE &&
	    !cl->per[0] && subject_fx_quote(g, s, f->t0, f->t1, cl->unit)) {
		cl->reporter[0] = cl->partner[0] = '\0';	/* a currency's price */
		o.rep = o.par = 0;
	}
	pc_market_day(g, f, cl, prior, &o.per);	/* "451 mln stg assistance" */
	/* "The operation will raise the outstanding supply of the bills to
	 * 4,800 billion yen", dated by the money market's day just now: a
	 * decided operation's terms, as fill() reads them once the day is
	 * known */
	if (cl->measure == MEASURE_FORECAST && !prior && o.per && quote_scheduled(g, f, s, cl))
		cl->measure = cl->direction[0] ? MEASURE_CHANGE : MEASURE_LEVEL;
	pc_target_past(g, f, cl);	/* "plans to expand it by 50 pct" */
	context_owner_fill(g, s, cl, &o.rep);	/* "Taiwan's official figures show" */
	if (cl->kind == CLAIM_MONEY && (cl->flow[0] || cl->partner[0]) &&
	    subject_owed(g, s, f->h0, f->t1)) {
		cl->flow[0] = cl->partner[0] = '\0';	/* a debt, a loan (subject6) */
		cl->commodity[0] = '\0';
		if (cl->measure == MEASURE_BALANCE)
			cl->measure = MEASURE_LEVEL;
		o.par = 0;
		flow_inferred = 0;
	}
	gram_rate_words_after(g, f, s, cl);
	/* "two mln tonnes of grain annually", "0.5 pct a year": a rate per
	 * year is of no one period the paragraph or the lead gave */
	if (o.per && !strcmp(cl->per, "year")) {
		cl->period[0] = '\0';
		o.per = 0;
	}
	/* "the 1987 grain output target of 405 mln tonnes against 391 mln in
	 * 1986", "down from last year's crop of 8.3 billion bushels": the value
	 * compared with, of a period over, is a level however expected or
	 * aimed at the figure it is compared with (an earlier estimate is one
	 * again by the rule after) */
	if ((cl->measure == MEASURE_FORECAST || cl->measure == MEASURE_TARGET) &&
	    ((prior && quote_period_over(g->d->date, cl->period)) ||
	     (cl->kind != CLAIM_PERCENT && meaning_past_possessive_before(g, f, s)) ||
	     meaning_present_before(g, f, s)))
		cl->measure = bal ? MEASURE_BALANCE : MEASURE_LEVEL;
	/* "the federal budget deficit for January-September was 3.41
	 * trillion roubles", "against a 1.95 billion deficit last year": an
	 * amount signed as a deficit, stated as it is, is a balance whatever
	 * it balances (GUIDE section 7); a money market's shortage is left
	 * as it was (the validator reads it beside the day's help), and so is
	 * a sign written before the figure ("Imports  344.0  344.1  -0.1": a
	 * change, figure.c's gram_signed_change()) */
	if (cl->measure == MEASURE_LEVEL && cl->kind == CLAIM_MONEY && cl->value < 0 && !f->sign &&
	    !meaning_sentence_says(g, s, f->t0, W_SHORTAGE))
		cl->measure = MEASURE_BALANCE;
	/* "production was expected to be between 2.3 and 2.6 mln tonnes, or
	 * 34.1 to 41.5 pct lower than last harvest's", "estimated plantings of
	 * 1.73 mln hectares, down seven pct from": the change the forecast
	 * just given makes is forecast too */
	if (!prior && cl->kind == CLAIM_PERCENT && measure_is_change(cl->measure) &&
	    g->prev_s == s && g->prev_m == MEASURE_FORECAST && !g->prev_prior &&
	    f->h0 <= g->prev_t1 + 6 && meaning_base_after(g, f, s))
		cl->measure = MEASURE_FORECAST;
	/* "forecast ... at 16.70 mln tonnes, vs 17.30 mln tonnes last month":
	 * the estimate before is of the same kind */
	if (prior && g->prev_s == s && g->prev_m == MEASURE_FORECAST &&
	    (cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE) &&
	    (meaning_estimate_before(g, f, s) || meaning_revised_from(g, f, s) || meaning_estimate_after(g, f, s)))
		cl->measure = MEASURE_FORECAST;
	/* "advanced to between 20 and 22 pct of the area planted, compared to
	 * 13 to 15 pct a week ago": the percent an earlier value of a share
	 * gives is the same share then (frame.c reads "from 20 pct" so) */
	else if (prior && g->prev_s == s && g->prev_m == MEASURE_SHARE && !g->prev_prior &&
		 !strcmp(g->prev_unit, "%") && !strcmp(cl->unit, "%") &&
		 cl->measure == MEASURE_LEVEL)
		cl->measure = MEASURE_SHARE;
	/* "10 mln tonnes estimated for this year": an estimate of a period not
	 * over (none named, running or to come); an earlier value so named is
	 * an earlier estimate whatever time the words after it give (the rule
	 * above: "versus 7.8 to 8.2 mln tonnes estimated a week ago") */
	else if (!prior && (cl->measure == MEASURE_LEVEL || cl->measure == MEASURE_BALANCE) &&
		 meaning_estimate_after(g, f, s) &&
		 (!cl->period[0] || meaning_year_running(g->d->date, cl->period) ||
		  meaning_split_year_under_way(g, f, cl) ||
		  timing_future(g->d->date, cl->period)))
		cl->measure = MEASURE_FORECAST;
	/* "household purchasing power to rise 1.8 pct, up from 1.1 pct this
	 * year but less than last year's 2.9 pct", "grew at seven pct, down
	 * from 10 pct": the earlier value of a change (or of a forecast or
	 * target of one) is that change then, of its direction, whatever
	 * word joins them; not a value with a direction word of its own */
	if (prior && cl->kind == CLAIM_PERCENT && g->prev_s == s && g->prev_dir[0] &&
	    !g->prev_reached && !strcmp(g->prev_unit, "%") && cl->measure != MEASURE_SHARE &&
	    (measure_is_change(g->prev_m) || g->prev_m == MEASURE_FORECAST ||
	     g->prev_m == MEASURE_TARGET) &&
	    (!cl->direction[0] ||
	     (word_s(g, f->h0 - 1, s, W_FROM) && gram_in(g, f->h0 - 2, s) &&
	      clause_direction_word(g, f->h0 - 2))))
		put(cl->direction, sizeof(cl->direction), g->prev_dir);
	/* "limiting textile export growth to 0.5 pct a year", "GDP GROWTH
	 * FORECAST AT THREE PCT": a rate of growth, a target or forecast or
	 * level of it, goes up (tests/eval/gold/GUIDE.md: growth forecasts keep it) */
	else if (!cl->direction[0] && cl->kind == CLAIM_PERCENT && cl->measure != MEASURE_SHARE &&
		 cl->measure != MEASURE_PRICE && meaning_growth_named(g, f, s))
		put(cl->direction, sizeof(cl->direction), "up");
	cl->adjustment = adj[qualify_adjustment_at(g, f) + 1];
	cl->price = price[qualify_price(g, f)];
	cl->basis = basis[qualify_basis(g, f)];
	/* "For the full year 1986, the merchandise trade deficit was ..." in a
	 * story whose lead reports "on a balance of payments basis" */
	if (cl->basis == BASIS_NONE && cl->kind == CLAIM_MONEY &&
	    (cl->flow[0] || cl->measure == MEASURE_BALANCE) &&
	    (qualify_bop_context(g, s) || qualify_bop_story(g)))
		cl->basis = BASIS_BOP;
	/* "rose to 7.38 billion dlrs from 3.89 billion a year ago": an earlier
	 * value is on the compilation basis of the figure it is compared with */
	if (cl->basis == BASIS_NONE && prior && g->prev_s == s &&
	    (g->prev_basis == BASIS_BOP || g->prev_basis == BASIS_CUSTOMS) &&
	    !strcmp(g->prev_unit, cl->unit))
		cl->basis = g->prev_basis;
	/* "..., the China Daily said, quoting customs figures." then "It said
	 * imports of sugar were 25,165 tonnes": a trade figure of a story
	 * whose lead (or whose paragraph before it) names customs figures */
	if (cl->basis == BASIS_NONE && (cl->flow[0] || cl->measure == MEASURE_BALANCE) &&
	    cl->measure != MEASURE_FORECAST && cl->measure != MEASURE_TARGET &&
	    qualify_customs_context(g, s))
		cl->basis = BASIS_CUSTOMS;
	cl->status = status[qualify_status(g, f, prior)];
	/* "Preliminary trade figures for February show ...", then "Exports
	 * rose to 998.4 mln dlrs" in February: a later figure of the lead's
	 * period is from the same release (not an earlier value, a forecast
	 * or a target) */
	if (cl->status == STATUS_PRELIMINARY && !prior && cl->period[0] && !g->pre_period[0] &&
	    g->story_seen && g->par[s] == g->story_par && qualify_preliminary_source(g, s))
		memcpy(g->pre_period, cl->period, sizeof(g->pre_period));
	else if (cl->status == STATUS_NONE && !prior && g->pre_period[0] &&
		 g->par[s] != g->story_par && cl->measure != MEASURE_FORECAST &&
		 cl->measure != MEASURE_TARGET && !strcmp(cl->period, g->pre_period))
		cl->status = STATUS_PRELIMINARY;
	cl->reporter_src = source(cl->reporter, o.rep);
	cl->partner_src = source(cl->partner, o.par);
	cl->flow_src = source(cl->flow, flow_inferred);
	cl->period_src = source(cl->period, o.per);
	source_fill(g, s, cl);	/* source.c: "the Bank of Thailand said" */
}
