/*
 * frame.c - the sentence around a figure: bounds, direction, measure,
 * period and subject. Sentences, clauses and their direction and cue
 * tables are clause.c's; earlier values and levels reached compare.c's;
 * the questions frame_fill() asks of the sentence frame_cues.c's.
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
 *     sentence that holds one; a figure then costs a constant.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <math.h>
#include <string.h>

static const char *txt(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}

/* ---- direction ---------------------------------------------------------- */

static const char *dir_name(int d)
{
	return d > 0 ? "up" : d < 0 ? "down" : "";
}

/* "Paper discounted with the Bank also rose, by 477 mln guilders to 916
 * mln", "the terms of trade also fell, by 18 pct, over the past two
 * years": a verb of change right before the comma that sets off "by" and
 * f, which the comma puts in a clause of its own. Its direction, or 0. */
static int comma_by(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];

	if (!word_s(g, f->h0 - 1, s, W_BY) || !gram_punct(g, f->h0 - 2, ",") ||
	    !gram_in(g, f->h0 - 3, s))
		return 0;
	return clause_direction_word(g, f->h0 - 3);
}

/* The sign as written, else the word right after the figure ("the 8%
 * decline"), else a verb before ", by" ("fell, by 18 pct"), else the
 * nearest one before it in the clause, else after. */
static const char *direction_of(const struct gram *g, const struct fig *f)
{
	int d;

	if (f->sign)
		return f->sign > 0 ? "up" : "down";
	if (f->t1 < g->nt && g->clause[f->t1] == g->clause[f->t1 - 1] &&
	    (d = clause_direction_word(g, f->t1)))
		return dir_name(d);
	if ((d = comma_by(g, f)))
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
 * possessives ("the nation's", "Russia's",
 * "its"). */
static void share_commodity(const struct gram *g, size_t j, size_t s, struct claim *cl)
{
	for (int k = 0; k < 3 && gram_in(g, j, s); k++, j++) {
		size_t n = g->t[j].len;
		const char *w = txt(g, j);

		if (tok_is(g, j, W_THE) || tok_is(g, j, W_ITS) || tok_is(g, j, W_THEIR) ||
		    (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') ||
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
		int d = clause_direction_word(g, k);

		if (g->t[k].kind == TOK_NUM)
			return 0;
		if (d && (k + 2 == f->h0 || word_s(g, k + 1, s, W_IN)) &&
		    (word_s(g, k - 1, s, W_A) || word_s(g, k - 1, s, W_AN) ||
		     word_s(g, k - 1, s, W_THE) ||
		     /* "after a 1985 decrease of 1.9 billion dlrs" */
		     (gram_in(g, k - 1, s) && g->t[k - 1].kind == TOK_NUM &&
		      elide_year_like(&g->t[k - 1]) &&
		      (word_s(g, k - 2, s, W_A) || word_s(g, k - 2, s, W_THE)))))
			return d;
	}
	return 0;
}

/* A noun of change right after f, past at most three words that qualify
 * it ("the 40 pct drop in the dollar", "its 31 pct devaluation against",
 * "a 19.3 billion dlr third-quarter increase", "the record 4.8 billion stg
 * rise in reserves", "a 10 pct surplus cutback"): its direction (1 up, -1
 * down), else 0. Only past words that qualify a noun (a month, a country,
 * "annual", "record", a hyphenated word), never a verb or modal ("could
 * drop") or a season ("this fall"). */
static int change_noun_after(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word nouns[] = { W_RISE, W_INCREASE, W_GAIN, W_JUMP, W_SURGE,
		W_GROWTH, W_APPRECIATION, W_REVALUATION, W_FALL, W_DROP, W_DECLINE, W_DECREASE,
		W_SLUMP, W_PLUNGE, W_CUT, W_CUTBACK, W_REDUCTION, W_DEPRECIATION, W_DEVALUATION };
	static const enum lex_word mods[] = { W_ANNUAL, W_AVERAGE, W_MONTHLY, W_YEARLY,
		W_QUARTER, W_FIRST, W_SECOND, W_THIRD, W_FOURTH, W_RECORD, W_FURTHER, W_SURPLUS,
		W_DEFICIT, W_TRADE };

	for (size_t k = f->t1; k < f->t1 + 4 && gram_in(g, k, s); k++) {
		if (g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_UP | CLS_DOWN))
			return !WORD_AMONG(g, k, nouns) ? 0 : tok_has(g, k, CLS_UP) ? 1 : -1;
		/* what may stand between: "third-quarter", "May", "annual",
		 * "record", "surplus"; nothing else ("could drop", "this fall") */
		if (!((g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_MONTH | CLS_COUNTRY)) ||
		      gram_punct(g, k, "-") || WORD_AMONG(g, k, mods) ||
		      (g->t[k].kind == TOK_WORD && memchr(txt(g, k), '-', g->t[k].len))))
			return 0;
	}
	return 0;
}

static enum measure percent_measure(struct gram *g, const struct fig *f, size_t c0, size_t c1,
				   const char *period, const char *base, const char *dir)
{
	size_t s = g->sent[f->t0];
	char prev[DATE_LEN];

	/* "has lost more than 80 pct of its value": a currency's change */
	if (dir[0] && word_s(g, f->t1, s, W_OF) &&
	    (word_s(g, f->t1 + 1, s, W_ITS) || word_s(g, f->t1 + 1, s, W_THEIR)) &&
	    word_s(g, f->t1 + 2, s, W_VALUE))
		return MEASURE_CHANGE;
	if (word_s(g, f->t1, s, W_OF) ||
	    (word_s(g, f->h0 - 1, s, W_OF) && word_s(g, f->h0 - 2, s, W_SHARE)))
		return MEASURE_SHARE;
	/* "8 pct headed vs 27 pct a year ago": a cue of a basis makes a
	 * change only of a figure that moved (a direction) or has a base */
	if (!dir[0] && !base)
		return MEASURE_LEVEL;
	/* "up 32 pct on 1985", "(+1.9% on 2025)": a year named as the base */
	if (word_s(g, f->t1, s, W_ON) && gram_in(g, f->t1 + 1, s) && when_year_tok(g, f->t1 + 1, s)) {
		int y = (int)g->t[f->t1 + 1].num, py;

		if (!period[0] || (sscanf(period, "%4d", &py) == 1 && py == y + 1))
			return MEASURE_CHANGE_YOY;
		return MEASURE_CHANGE;
	}
	if (clause_cues(g, g->clause[c0], g->clause[c1 - 1], 0))
		return MEASURE_CHANGE_YOY;
	if (clause_cues(g, g->clause[c0], g->clause[c1 - 1], 1))
		return MEASURE_CHANGE_MOM;
	if (clause_cues(g, g->clause[c0], g->clause[c1 - 1], 2))
		return MEASURE_CHANGE_QOQ;	/* "declined by 1.2% quarter on quarter" */
	if (base && period[0]) {
		if (period_shift_month(period, -1, prev) == 0 && !strcmp(prev, base))
			return MEASURE_CHANGE_MOM;
		if (period_shift_month(period, -12, prev) == 0 && !strcmp(prev, base))
			return MEASURE_CHANGE_YOY;
		return MEASURE_CHANGE;
	}
	return dir[0] || base ? MEASURE_CHANGE : MEASURE_LEVEL;
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

/* "target of an eight billion dlr surplus", "goal of a": the figure is
 * the object of a target word right before it (not "the target of
 * congressional discouragement over last year's 169 billion dlr deficit"). */
static int target_of(const struct gram *g, const struct fig *f, size_t s)
{
	size_t q = f->h0 - 1;

	if (word_s(g, q, s, W_A) || word_s(g, q, s, W_AN))
		q--;
	return word_s(g, q, s, W_OF) && (word_s(g, q - 1, s, W_TARGET) || word_s(g, q - 1, s, W_GOAL));
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
	} else if (g->carry_s != NO_SENT && g->carry_s + 1 == s &&
		   (continues(g, s) || subject_anaphor(g, s))) {
		g->subj = g->carry;
		g->subj.flow_inferred = g->subj.rep_inferred = 1;	/* "This marks ..." */
		g->carry_s = s;
	} else {
		context_lead_subject(g, s, &g->subj);	/* a table's rows */
	}
	subject_deal_carry(g, s, &g->subj);	/* "Brazil bought 25,000 tonnes" after its deal */
	if (g->basis_s != NO_SENT && g->basis_s + 1 == s && continues(g, s))
		g->basis_s = s;	/* the basis carries on, see frame_fill() */
	g->nsw = subject_switches(g, s, &g->subj, g->sw_tok, g->sw, MAX_SWITCH);
}

void frame_fill(struct gram *g, const struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0], c0, c1, at, pb;
	const char *dir = "";
	enum measure m = MEASURE_LEVEL;
	const struct subj *su;
	struct subj bal, row, part, sup;
	int row_bal = 0;
	int subject = 1, prior, stock = 0, reached = 0, d, named = 0;

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
	prior = compare_earlier_value(g, f, s);
	if (prior)
		when_prior(g, g->cands, g->ncands, f, g->last_s == s ? g->last_period : NULL,
			   cl->period);
	if (prior == 3)
		set(cl->period, sizeof(cl->period), compare_base_value(g, f, s)->period);
	else if (prior == 2 && !cl->period[0])	/* "and 500 mln respectively in 1986" */
		set(cl->period, sizeof(cl->period), when_pick(g->cands, g->ncands, f, c0, c1));
	else if (!prior)
		set(cl->period, sizeof(cl->period), when_pick(g->cands, g->ncands, f, c0, c1));
	when_last_crop(g, f, s, cl->period);	/* "than last year's total of 7.1 mln" */
	when_month_last_year(g, f, s, cl->period);	/* "The January surplus last year" */
	period_list(g, f, s, prior, cl->period);	/* "against 230,764 and 241,567" */
	pc_year_end_stock(g, f, cl);	/* "wheat stocks at the end of 1986": 1986-12-31 */

	if (cl->kind != CLAIM_PERCENT && f->sign && gram_punct(g, f->h0 - 1, "(") &&
	    gram_in(g, f->h0 - 1, s)) {
		/* "exports: $262.3 billion (-$1.4 billion)": a signed amount in
		 * brackets is the change of the figure it follows; the sign goes
		 * to the direction (a balance's change is signed again later) */
		m = MEASURE_CHANGE;
		dir = f->sign > 0 ? "up" : "down";
		cl->value = fabs(cl->value);
	} else if (prior && cl->kind != CLAIM_PERCENT) {
		m = MEASURE_LEVEL;	/* the value it had; the change belongs to the other */
	} else if (cl->kind == CLAIM_PERCENT) {
		const char *base = when_base(g->cands, g->ncands, c0, c1);

		dir = direction_of(g, f);
		m = percent_measure(g, f, c0, c1, cl->period, base, dir);
		if (frame_accounts_for(g, f, s) ||
		    (m == MEASURE_LEVEL && !dir[0] && (named = frame_share_named(g, f, s))) ||
		    (m == MEASURE_LEVEL && !dir[0] && frame_state_share(g, f, s)))
			m = MEASURE_SHARE;
		if (m != MEASURE_SHARE && !prior && compare_above(g, f, s)) {
			m = compare_above(g, f, s) == 2 ? MEASURE_CHANGE_YOY : MEASURE_CHANGE;
			dir = tok_is(g, f->t1, W_ABOVE) || tok_is(g, f->t1, W_MORE) ? "up" : "down";
		} else if (m != MEASURE_SHARE && (reached = compare_level_reached(g, f, s))) {
			/* "risen to 40 pct of farmers' earnings, from 20 pct in
			 * 1982": the level left is a share like the one reached */
			m = share_subject(g, f, s) || (prior && g->prev_s == s &&
						       g->prev_m == MEASURE_SHARE &&
						       !strcmp(g->prev_unit, "%")) ?
				    MEASURE_SHARE : MEASURE_LEVEL;
			dir = "";
		} else if (m == MEASURE_SHARE) {
			dir = "";
			/* "accounted for the largest part of the import bill
			 * (68.5%)": a share of the flow the sentence names */
			subject = named;
			share_commodity(g, f->t1 + 1, s, cl);
		} else if (m == MEASURE_CHANGE_YOY || m == MEASURE_CHANGE_MOM) {
			g->basis = m;
			g->basis_s = s;
		} else if (m == MEASURE_CHANGE && !base && (at = frame_rate_at(g, f, s)) &&
			   !clause_direction_word(g, at - 1)) {
			/* "trading at 6-3/16 pct", "at a rate of 3.80 pct": a level,
			 * whatever moved earlier in the clause; but "the economy
			 * grew at 2.5 pct" is the rate of the change. */
			m = MEASURE_LEVEL;
			dir = "";
		} else if (m == MEASURE_CHANGE && !base && g->basis_s == s) {
			/* "rose 3% from a year earlier, reversing a decline of 8%":
			 * the same basis as the change before it. */
			m = g->basis;
		} else if (m == MEASURE_LEVEL && !prior && (frame_gapped_change(g, f, s) ||
							    frame_listed_change(g, f, s))) {
			m = g->chg_measure;	/* "..., output by 90 pct" */
			dir = g->chg_dir;
		}
		if (prior == 1 && measure_is_change(m) && frame_left_like(g, f, s)) {
			/* "30 pct of its needs, down from 61 pct": the value the
			 * figure before it had, of its kind */
			m = g->prev_m;
			dir = "";
		}
	} else if (cl->kind == CLAIM_MONEY && (stock = frame_reserves_figure(g, f, s))) {
		m = MEASURE_LEVEL;
		subject = 0;
	} else if ((word_s(g, f->h0 - 1, s, W_OF) && (word_s(g, f->h0 - 2, s, W_INVESTMENT) ||
						       word_s(g, f->h0 - 2, s, W_INVESTMENTS))) ||
		   (gram_in(g, f->h0 - 1, s) && tok_has(g, f->h0 - 1, CLS_INVEST))) {
		m = MEASURE_INVESTMENT;
		subject = 0;
	} else if (word_s(g, f->h0 - 1, s, W_BY) && (g->dir_before[f->h0 - 1] || comma_by(g, f))) {
		/* "rose by $2 billion", "reduce first quarter output by 10,000
		 * tonnes", "also rose, by 477 mln guilders": a change in money
		 * or goods, not a level. */
		m = MEASURE_CHANGE;
		dir = dir_name(g->dir_before[f->h0 - 1] ? g->dir_before[f->h0 - 1] : comma_by(g, f));
	} else if (frame_gapped_change(g, f, s)) {
		m = g->chg_measure;	/* "raise wheat stocks by 2 mln tonnes and maize by 1 mln" */
		dir = g->chg_dir;
	} else if ((word_s(g, f->t1, s, W_HIGHER) || word_s(g, f->t1, s, W_LOWER)) &&
		   word_s(g, f->t1 + 1, s, W_AT)) {
		/* "estimated two mln tonnes higher at 173 mln": the change */
		m = MEASURE_CHANGE;
		dir = word_s(g, f->t1, s, W_HIGHER) ? "up" : "down";
	} else if (frame_added_to(g, f, s)) {
		m = MEASURE_CHANGE;	/* "has added 90,000 tonnes of wheat to its purchases" */
		dir = "up";
	} else if ((d = change_noun_before(g, f, s))) {
		/* "a decrease in the goods deficit of $1.1 billion to": a change */
		m = MEASURE_CHANGE;
		dir = dir_name(d);
	} else if (gram_in(g, f->h0 - 1, s) && clause_direction_word(g, f->h0 - 1) &&
		   !word_s(g, f->h0 - 1, s, W_LOWER) && !word_s(g, f->h0 - 1, s, W_HIGHER)) {
		/* "up $12.3 billion", "narrowed $4.4 billion to": a change. */
		m = MEASURE_CHANGE;
		dir = dir_name(clause_direction_word(g, f->h0 - 1));
	} else if (!prior && compare_above(g, f, s)) {
		/* "2.0 mln tonnes below last year's harvest", "20 pct above its
		 * level at the end of 1986": a change, against what follows */
		m = compare_above(g, f, s) == 2 ? MEASURE_CHANGE_YOY : MEASURE_CHANGE;
		dir = tok_is(g, f->t1, W_ABOVE) || tok_is(g, f->t1, W_MORE) ? "up" : "down";
	} else if (cl->kind == CLAIM_QUANTITY && (frame_capacity_sentence(g, s) ||
						  (cl->per[0] && !frame_per_area(cl->per) &&
						   !frame_subject_at(g, f)->flow[0]))) {
		/* a rate of a trade flow ("oil exports edged up to 3.41 million
		 * barrels per day") is that flow's level, not a capacity; a yield
		 * per hectare is a level too */
		m = MEASURE_CAPACITY;
		subject = 0;
	}
	/* "fell 0.7 pct in February from January to stand 15.6 pct below
	 * their level in February 1986": a change's own dated base, right after
	 * it, decides its basis over a cue of another figure in the clause */
	if (!prior && measure_is_change(m) && cl->period[0]) {
		char ob[PERIOD_MAX];
		enum measure b = compare_own_base(g, f, s, cl->period, ob) ?
					 timing_basis_of(cl->period, ob) : MEASURE_NONE;

		if (b != MEASURE_NONE)
			m = b;
	}
	/* "oil (5.8 million tons per year)": the commodity ends right before. */
	if (cl->kind == CLAIM_QUANTITY && gram_punct(g, f->h0 - 1, "(") && gram_in(g, f->h0 - 1, s))
		for (size_t back = 3; back >= 1 && !cl->commodity[0]; back--)
			if (gram_in(g, f->h0 - 1 - back, s) &&
			    subject_commodity(g, f->h0 - 1 - back, s, cl->commodity) != back)
				cl->commodity[0] = '\0';
	clause_goods_after(g, f, s, cl);	/* "tonnes of wheat" (clause_local.c) */
	su = frame_subject_at(g, f);
	/* "destinations were: China (419,196 tonnes), Egypt (301,909)"; a row
	 * names its own partner over the sentence's first ("Imports from
	 * China (USD 11.2 billion), Russia (USD 5.3 billion)", subject8) */
	if (subject_list_row(g, f->h0, s, &row, &row_bal) && !row_bal &&
	    (!su->flow[0] || (su->partner[0] && (strcmp(su->partner, row.partner) ||
						 strcmp(su->reporter, row.reporter)))))
		su = &row;
	if ((subject_target(g, f->h0, f->t1) && m != MEASURE_SHARE) || frame_limit_before(g, f, s)) {
		/* "plans to expand this area by as much as 50 pct", "slash their
		 * surplus by 10 pct a year": a target of a change keeps its
		 * direction; a level aimed at ("to $200 billion") has none */
		if (!measure_is_change(m) || word_s(g, f->h0 - 1, s, W_TO))
			dir = "";
		m = MEASURE_TARGET;
		subject = 1;
		/* "the government's target of an eight billion dlr surplus": a
		 * target for the trade balance */
		if (cl->kind == CLAIM_MONEY && !su->flow[0] && !stock && target_of(g, f, s) &&
		    subject_balance(g, f->h0, f->t1, su, &bal) && bal.flow[0])
			su = &bal;
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
	} else if (cl->kind == CLAIM_MONEY && m == MEASURE_LEVEL && !stock && !prior &&
		   frame_subject_measure(g, f, s) == MEASURE_BALANCE) {
		m = MEASURE_BALANCE;	/* "Net service receipts declined to 5.5 billion" */
		memset(&bal, 0, sizeof(bal));
		su = &bal;
	} else if (cl->kind == CLAIM_MONEY && m == MEASURE_LEVEL && !stock &&
		   frame_balance_list_goes_on(g, f, s, cl)) {
		m = MEASURE_BALANCE;	/* "surpluses of 1.17 billion dlrs in 1985, 1.01 billion in 1984" */
		bal = g->prev_bal;
		su = &bal;
	} else if (cl->kind == CLAIM_MONEY && m == MEASURE_LEVEL && !stock &&
		   word_s(g, f->t1, s, W_IN) &&
		   (word_s(g, f->t1 + 1, s, W_SURPLUS) || word_s(g, f->t1 + 1, s, W_DEFICIT)) &&
		   frame_balance_phrase_ends(g, f->t1 + 2, s)) {
		/* "It racked up another 1.4 billion dlrs in surplus": a balance,
		 * of the one the sentence before named if any */
		m = MEASURE_BALANCE;
		if (g->bal_s != NO_SENT && g->bal_s < s && g->par && g->par[g->bal_s] == g->par[s])
			bal = g->bal;
		else
			memset(&bal, 0, sizeof(bal));
		su = &bal;
	} else if (cl->kind == CLAIM_MONEY && m == MEASURE_LEVEL && !stock && !prior &&
		   f->scale > 1 && frame_balance_subject_before(g, f, s, su, &bal)) {
		m = MEASURE_BALANCE;	/* "the trade shortfall, which climbed to 166.3 billion" */
		su = &bal;
	} else if (cl->kind == CLAIM_MONEY && m == MEASURE_LEVEL && !stock && !prior &&
		   (pb = frame_pronoun_balance(g, f, s)) != NO_SENT &&
		   subject_balance(g, pb, pb, su, &bal)) {
		m = MEASURE_BALANCE;	/* "... a trade surplus. Last year it was one billion dlrs" */
		su = &bal;
	}
	/* "the 40 pct drop in the dollar", "a 19.3 billion dlr third-quarter
	 * increase": the noun right after says what moved and which way */
	if (!prior && (m == MEASURE_LEVEL || measure_is_change(m) || m == MEASURE_TARGET ||
		       m == MEASURE_FORECAST) && (d = change_noun_after(g, f, s))) {
		if (m == MEASURE_LEVEL)
			m = MEASURE_CHANGE;
		dir = dir_name(d);
	}
	/* "calling for a 50 pct rise", "urged Japan to buy": a target, of a
	 * change keeping its direction (govern.c) */
	m = govern_measure(g, f, s, prior, m, &dir);
	/* "a one billion dollar accord", "calls for investment of 80 mln" */
	if (m != MEASURE_TARGET && m != MEASURE_SHARE && m != MEASURE_CAPACITY && !prior &&
	    (frame_deal_target(g, f, s) ||
	     (m == MEASURE_INVESTMENT && frame_required_before(g, f, s, prior)))) {
		if (!measure_is_change(m))
			dir = "";
		m = MEASURE_TARGET;
	} else if ((m == MEASURE_LEVEL || m == MEASURE_FORECAST) && !prior &&
		   frame_list_goes_on(g, f, s, cl->unit, MEASURE_TARGET)) {
		m = MEASURE_TARGET;	/* "80 mln in 1987, 120 mln in 1988" */
	} else if (m == MEASURE_LEVEL && !prior && !quote_period_over(g->d->date, cl->period) &&
		   frame_list_goes_on(g, f, s, cl->unit, MEASURE_FORECAST)) {
		/* "15 mln tonnes will be wheat, 12 mln tonnes coarse grains";
		 * not "from 3.6 billion in 1990 and 4.4 billion in 1989" */
		m = MEASURE_FORECAST;
	}
	/* "The United States was the main supplier of LNG to the EU, with a
	 * share of 55.2%", "Norway remained the largest supplier ..., at
	 * 49.8%": the market's imports from the supplier, a share */
	if (cl->kind == CLAIM_PERCENT && !su->flow[0] && !dir[0] &&
	    (m == MEASURE_SHARE || m == MEASURE_LEVEL) && flow_supplier(g, f, s, &sup)) {
		m = MEASURE_SHARE;
		su = &sup;
		subject = 1;
	}
	cl->measure = m;
	set(cl->direction, sizeof(cl->direction), dir);
	if (cl->kind == CLAIM_PERCENT && subject_grade(g, f->t1, s))
		subject = 0;	/* "12 pct moisture": a grade of the goods */
	if (su == &bal && !bal.flow[0])
		subject = 0;	/* current account, invisibles: no trade flow */
	if (subject && cl->kind == CLAIM_PERCENT && frame_flow_prices(g, f, s))
		subject = 0;	/* "Import prices fell 0.7 pct": no trade flow */
	/* "a 40 pct tariff on EC pasta", "25 pct of Chilean copper exports":
	 * the flow the figure is part of (flow.c), also of an earlier value
	 * "against" it ("exports which totalled X against Y") */
	if ((!prior || word_s(g, f->h0 - 1, s, W_AGAINST)) && su != &bal &&
	    (subject || m == MEASURE_SHARE) &&
	    flow_part_of(g, f, s, m, cl->kind, subject ? su : NULL, &part)) {
		su = &part;
		subject = 1;
		subject_deal_note(g, s, &part);	/* "added ... of U.S. corn to its commitments" */
	}
	if (subject && su->flow[0]) {
		set(cl->flow, sizeof(cl->flow), su->flow);
		set(cl->reporter, sizeof(cl->reporter), su->reporter);
		set(cl->partner, sizeof(cl->partner), su->partner);
		if (!cl->commodity[0])
			set(cl->commodity, sizeof(cl->commodity), su->commodity);
	}
	meaning_fill(g, f, cl, subject ? su : NULL, su == &bal, prior);
	clause_local_fill(g, f, s, cl);	/* "... each year" (clause_local.c) */
	/* "Canadian investment ... rose to 12.53 billion dlrs from 6.19
	 * billion dlrs in 1985": money invested, of the economy and period a
	 * level of it has (and so the earlier value the figure before gives) */
	if (cl->kind == CLAIM_MONEY && cl->measure == MEASURE_LEVEL &&
	    ((!prior && frame_subject_measure(g, f, s) == MEASURE_INVESTMENT) ||
	     (prior == 1 && g->prev_s == s && g->prev_m == MEASURE_INVESTMENT)))
		cl->measure = MEASURE_INVESTMENT;
	/* "could face a penalty of 200 mln taka (6.49 mln dlrs)", "would
	 * reimpose a 40 pct tariff", "will have to pay penalty at a rate of two
	 * dlrs per tonne": a levy's size is a level (a price per unit) however
	 * expected (GUIDE section 7), and so is its other currency's amount */
	if (cl->measure == MEASURE_FORECAST && !prior &&
	    (meaning_levy_sized(g, f, s) ||
	     (cl->kind == CLAIM_MONEY && gram_punct(g, f->h0 - 1, "(") && g->prev_s == s &&
	      g->prev_t1 + 1 == f->h0 && !g->prev_dir[0] && strcmp(g->prev_unit, cl->unit) &&
	      (g->prev_m == MEASURE_LEVEL || g->prev_m == MEASURE_PRICE))))
		cl->measure = cl->kind == CLAIM_MONEY && cl->per[0] ? MEASURE_PRICE : MEASURE_LEVEL;
	g->prev_s = s;
	g->prev_t1 = f->t1;
	g->prev_m = cl->measure;
	g->prev_basis = (int)cl->basis;
	memcpy(g->prev_dir, cl->direction, sizeof(g->prev_dir));
	g->prev_prior = prior;
	g->prev_reached = reached;
	g->prev_balance = su == &bal;
	if (g->prev_balance)
		g->prev_bal = bal;
	memcpy(g->prev_per, cl->per, sizeof(g->prev_per));
	memcpy(g->prev_unit, cl->unit, sizeof(g->prev_unit));
	if (!prior) {
		if (g->first_s != s)
			memcpy(g->first_period, cl->period, sizeof(g->first_period));
		g->first_s = g->last_s = s;
		memcpy(g->last_period, cl->period, sizeof(g->last_period));
		pc_week_stock_day(cl);	/* the week's stock: its last day */
		g->last_balance = su == &bal;
		if (g->last_balance)
			g->last_bal = bal;
	}
	clause_head_goods(g, f, s, cl);	/* "Spending on food accounts for" */
	commodity_carry(g, f, cl);	/* a commodity named before, if none here */
}
