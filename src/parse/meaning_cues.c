/*
 * meaning_cues.c - the questions meaning.c's fill() asks of a figure's
 * sentence: is it a deficit, a table's row, a company's, a headline; does
 * a year, a base, an estimate, a revision, growth or a tariff's goods
 * stand around the figure; is a year whole or still running at the
 * story's date. Each answers yes or no (or a basis) and changes nothing.
 *
 * Input: the token array, one figure and its sentence (a claim for
 * meaning_goods_hit() only, a period string for the year tests).
 * Output: a truth value or a measure; no state is written.
 *
 * Invariants:
 *  1. Pure: every function reads g (and f, cl) and writes nothing.
 *  2. Only f's sentence is read (win_lo()/win_hi() bound the scans), plus
 *     the state carried in struct gram (the balance of the sentence
 *     before, the period candidates, the clause tables).
 *  3. Each call costs a bounded number of token reads (at most its
 *     sentence once).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const enum lex_word balance_nouns[] = { W_SURPLUS, W_SURPLUSES, W_DEFICIT, W_DEFICITS, W_GAP, W_SHORTFALL, W_BALANCE };

/* The balance word of figure f: right after it ("a 600 mln deficit"), else
 * the nearest before it in its sentence. 1 for a deficit; with none in the
 * sentence, the balance "It" names again (subject_balance(): "It widened
 * to"; frame_pronoun_balance(): "Last year it was"), that of the sentence
 * before. */
int meaning_deficit_of(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k;

	/* "a 600 mln deficit", "the 15.1 billion dlr February trade deficit",
	 * "the 170 billion dlr U.S. merchandise trade deficit" ("U.S." is four
	 * tokens) */
	/* "1.4 billion dlrs in deficit" */
	if (word_s(g, f->t1, s, W_IN) && gram_in(g, f->t1 + 1, s) &&
	    WORD_AMONG(g, f->t1 + 1, balance_nouns)) {
		k = f->t1 + 1;
		goto found;
	}
	for (k = f->t1; k <= f->t1 + 7 && gram_in(g, k, s); k++) {
		if (WORD_AMONG(g, k, balance_nouns))
			goto found;
		if (!(tok_is(g, k, W_TRADE) || tok_has(g, k, CLS_COUNTRY | CLS_MONTH) ||
		      tok_is(g, k, W_U) || tok_is(g, k, W_S) || gram_punct(g, k, ".") ||
		      tok_is(g, k, W_MERCHANDISE) || tok_is(g, k, W_CURRENT) ||
		      tok_is(g, k, W_ACCOUNT)))
			break;
	}
	for (k = f->h0 - 1; gram_in(g, k, s); k--)
		if (WORD_AMONG(g, k, balance_nouns))
			goto found;
	if (g->bal_s != NO_SENT && g->bal_s + 1 == s && word_s(g, context_body(g, s), s, W_IT))
		return g->bal_deficit;
	/* "... deficit was seen at 934 mln dlrs in 1987. It was 696 mln" */
	if ((k = frame_pronoun_balance(g, f, s)) == NO_SENT)
		return 0;
found:
	/* "15-20 BILLION DLR U.S. TRADE DEFICIT REDUCTION": a change of the
	 * deficit, unsigned (recall4) */
	if (k >= f->t1 && gram_in(g, k + 1, s) &&
	    (tok_is(g, k + 1, W_REDUCTION) || tok_is(g, k + 1, W_CUT) || tok_is(g, k + 1, W_CUTS) ||
	     tok_is(g, k + 1, W_INCREASE) || tok_is(g, k + 1, W_RISE) || tok_is(g, k + 1, W_FALL) ||
	     tok_is(g, k + 1, W_DECLINE) || tok_is(g, k + 1, W_DROP) ||
	     tok_is(g, k + 1, W_NARROWING) || tok_is(g, k + 1, W_WIDENING)))
		return 0;
	return tok_is(g, k, W_DEFICIT) || tok_is(g, k, W_DEFICITS) ||
	       tok_is(g, k, W_GAP) || tok_is(g, k, W_SHORTFALL);
}

/* Sentence s is about a company ("the company said", "Cargill Inc"). */
/* Sentence s is a table's row: a short line with two figures or more and
 * no full stop ("  TAIWAN    791.0    836.0"). */
int meaning_table_row(const struct gram *g, size_t s)
{
	size_t t0 = g->s[s].t0, t1 = g->s[s].t1, nums = 0;

	if (t1 - t0 > 16 || (t1 > t0 && gram_punct(g, t1 - 1, ".")))
		return 0;
	for (size_t k = t0; k < t1; k++)
		nums += g->t[k].kind == TOK_NUM;
	return nums >= 2;
}

int meaning_company_sentence(const struct gram *g, size_t s, size_t t)
{
	static const enum lex_word firm[] = { W_COMPANY, W_COMPANY_S, W_FIRM, W_CORP, W_INC, W_LTD,
					      W_PLC };

	for (size_t k = win_lo(g, s, t); k < win_hi(g, s, t); k++)
		if (WORD_AMONG(g, k, firm))
			return 1;
	return 0;
}

int meaning_sentence_says(const struct gram *g, size_t s, size_t t, enum lex_word w)
{
	for (size_t k = win_lo(g, s, t); k < win_hi(g, s, t); k++)
		if (tok_is(g, k, w))
			return 1;
	return 0;
}


/* A flow noun before f in its clause ("in EU imports"). */
int meaning_flow_before(const struct gram *g, const struct fig *f, size_t s)
{
	for (size_t k = win_lo(g, s, f->h0); k < f->h0; k++)
		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP) && g->clause[k] == g->clause[f->h0])
			return 1;
	return 0;
}

/* "increased $23.2 billion from the same period in 2018" (of a 2019
 * period), "from the same months a year earlier": the same span a year
 * before, after f: a year-on-year change. */
int meaning_same_year_before(const struct gram *g, const struct fig *f, const char *period)
{
	for (size_t c = 0; c < g->ncands; c++) {
		const struct cand *k = &g->cands[c];
		int y;

		if (!k->same || k->tok < f->t1 || k->tok > f->t1 + 12)
			continue;
		if (!k->same_year)
			return 1;
		return sscanf(period, "%4d", &y) == 1 && y == k->same_year + 1;
	}
	return 0;
}

/*
 * f's clause, before it or right after ("1.3 pct GNP growth"), names a
 * national accounts aggregate: GDP, GNP, "gross domestic product", "the
 * economy", "economic growth"; no trade flow in between.
 */
int meaning_national_accounts(const struct gram *g, const struct fig *f, size_t s)
{
	size_t c = g->clause[f->h0];

	if (word_s(g, f->t1, s, W_GDP) || word_s(g, f->t1, s, W_GNP))
		return 1;
	for (size_t k = f->h0 - 1, n = 0; n < 12 && gram_in(g, k, s) && g->clause[k] == c;
	     k--, n++) {
		if (tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE))
			return 0;
		if (tok_is(g, k, W_GDP) || tok_is(g, k, W_GNP) || tok_is(g, k, W_ECONOMY) ||
		    (tok_is(g, k, W_GROSS) && (word_s(g, k + 1, s, W_DOMESTIC) ||
					       word_s(g, k + 1, s, W_NATIONAL))) ||
		    (tok_is(g, k, W_ECONOMIC) && word_s(g, k + 1, s, W_GROWTH)))
			return 1;
	}
	return 0;
}

/*
 * The national accounts' convention for a growth rate whose basis the
 * text leaves unstated: GDP "grew 2.5 pct in 1986" is on the year before
 * (change_yoy), "grew 0.8 pct in the fourth quarter" on the quarter before
 * (change_qoq), unless the rate is annualized ("at an annual 1.8 pct").
 * Any other period keeps the basis unstated.
 */
enum measure meaning_national_basis(const struct gram *g, const struct fig *f, size_t s,
				    const char *period)
{
	size_t n = strlen(period);

	if ((n == 4 || (n == 7 && period[4] == '/')) && isdigit((unsigned char)period[0]))
		return MEASURE_CHANGE_YOY;	/* a year, a fiscal or crop year */
	if (n == 7 && period[4] == '-' && period[5] == 'Q' && qualify_basis(g, f) != 1 &&
	    !word_s(g, f->h0 - 1, s, W_ANNUAL))
		return MEASURE_CHANGE_QOQ;
	return MEASURE_CHANGE;
}

/* The basis a change of money or goods has from the cues of its clauses
 * ("up 400,000 tonnes from a year earlier", "from last month"; clause.c's
 * tables, ready since frame_fill()), or MEASURE_NONE. */
enum measure meaning_amount_cue(const struct gram *g, const struct fig *f)
{
	size_t c0 = g->clause[f->h0], c1 = g->clause[f->t1 - 1];

	if (f->t1 < g->nt && g->clause[f->t1] == g->clause[f->t1 - 1])
		c1 = g->clause[f->t1];
	for (size_t k = 0; k < g->ncands; k++)
		if (g->cands[k].same && g->cands[k].tok >= f->t1 && g->cands[k].tok <= f->t1 + 12)
			return MEASURE_NONE;	/* "the same period in 2029": meaning_same_year_before() */
	if (clause_cues(g, c0, c1, 0))
		return MEASURE_CHANGE_YOY;
	if (clause_cues(g, c0, c1, 1))
		return MEASURE_CHANGE_MOM;
	if (clause_cues(g, c0, c1, 2))
		return MEASURE_CHANGE_QOQ;
	return MEASURE_NONE;
}

/* p is the calendar year of date, and date is not in its last month. */
int meaning_year_running(const char *date, const char *p)
{
	return strlen(p) == 4 && date[0] && !strncmp(date, p, 4) && strncmp(date + 4, "-12", 3);
}

/* p is a split year ("1986/87": a crop, marketing or fiscal year) under way
 * at date: from the middle of its first calendar year to the end of the
 * first quarter of its second, where every such year (April-March fiscal
 * years, June-May to October-September crop years) is still running; for
 * a quantity of goods (crop), whose marketing years end in May at the
 * earliest, to the end of May ("increased its estimate of 1986/87 grain
 * purchases by the Soviet Union to 28 mln tonnes" in April 1987); or a
 * fiscal year written as its twelve months, the date's month among them. */
int meaning_split_year_running(const char *date, const char *p, int crop)
{
	int y, dy, dm, y0, m0, y1, m1;

	if (sscanf(date, "%4d-%2d", &dy, &dm) != 2)
		return 0;
	/* twelve months written out ("1986-04/1987-03"): the story's month
	 * within them */
	if (strlen(p) == 15 && sscanf(p, "%4d-%2d/%4d-%2d", &y0, &m0, &y1, &m1) == 4)
		return (y1 * 12 + m1) - (y0 * 12 + m0) == 11 && y0 * 12 + m0 <= dy * 12 + dm &&
		       dy * 12 + dm <= y1 * 12 + m1;
	if (strlen(p) != 7 || p[4] != '/' || sscanf(p, "%4d", &y) != 1)
		return 0;
	return (y == dy && dm >= 6) || (y + 1 == dy && dm <= (crop ? 5 : 3));
}

/* cl's period is a split year under way at the story's date
 * (meaning_split_year_running()), the later end for a crop's quantity:
 * one of goods, not an area ("estimates of winter cereal sowings for the
 * 1986/87 campaign ... at 6.606 mln hectares": sown, known), nor said to
 * be actual ("Actual output was estimated at 151 mln tonnes in 1986/87"). */
int meaning_split_year_under_way(const struct gram *g, const struct fig *f,
				 const struct claim *cl)
{
	size_t s = g->sent[f->t0];
	int crop = cl->kind == CLAIM_QUANTITY && strcmp(cl->unit, "ha") &&
		   strcmp(cl->unit, "acre") && !meaning_sentence_says(g, s, f->t0, W_ACTUAL);

	return meaning_split_year_running(g->d->date, cl->period, crop);
}

/* p is a whole year: a calendar year ("1986"), a crop or fiscal year as
 * written ("1986/87") or as twelve months ("1986-04/1987-03"). */
int meaning_whole_year(const char *p)
{
	int y0, m0, y1, m1;

	if (!isdigit((unsigned char)p[0]))
		return 0;
	if (strlen(p) == 4 || (strlen(p) == 7 && p[4] == '/'))
		return 1;
	return strlen(p) == 15 && sscanf(p, "%4d-%2d/%4d-%2d", &y0, &m0, &y1, &m1) == 4 &&
	       (y1 * 12 + m1) - (y0 * 12 + m0) == 11;
}

/* The rest of f's sentence compares with a week, month or quarter ("56 pct
 * below the prior week's", "down by more than half from the previous
 * week's combined sales"): the change is not of the year it names. */
int meaning_compared_within_year(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word units[] = { W_WEEK, W_WEEKS, W_WEEK_S, W_MONTH, W_MONTHS,
		W_MONTH_S, W_QUARTER, W_QUARTERS };

	for (size_t k = f->t1; k < g->s[s].t1; k++)
		if (WORD_AMONG(g, k, units))
			return 1;
	return 0;
}

/* A year named in the words after f that is neither its own year nor the
 * one before ("up 32 pct on 1980" of 1986): another base. */
int meaning_other_base_year(const struct gram *g, const struct fig *f, size_t s, const char *p)
{
	int y = atoi(p);

	for (size_t k = f->t1; k < f->t1 + 8 && gram_in(g, k, s); k++)
		if (when_year_tok(g, k, s) && (int)g->t[k].num != y && (int)g->t[k].num != y - 1)
			return 1;
	return 0;
}

/* An estimate named right after figure f, a reduced relative clause: "versus
 * 7.8 to 8.2 mln tonnes estimated a week ago", "10 mln tonnes forecast last
 * month" (not "500,000 tonnes estimated at 100 mln dlrs", "valued at": the
 * words after value the figure, not estimate it). */
int meaning_estimate_after(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->t1;

	if (!(word_s(g, k, s, W_ESTIMATED) || word_s(g, k, s, W_FORECAST) ||
	      word_s(g, k, s, W_PROJECTED)))
		return 0;
	return !(word_s(g, k + 1, s, W_AT) || word_s(g, k + 1, s, W_TO) ||
		 word_s(g, k + 1, s, W_ABOUT) ||
		 (word_s(g, k + 1, s, W_BY) && gram_in(g, k + 2, s) &&
		  g->t[k + 2].kind == TOK_NUM));
}

/* "fell to an estimated 12 pct this fiscal year": "an estimated" right
 * before f hedges a level reached, it names no estimate of what is to come */
int meaning_hedged_estimate(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = word_s(g, f->h0 - 1, s, W_ESTIMATED) ? f->h0 - 1 : f->t0 - 1;

	return word_s(g, k, s, W_ESTIMATED) &&
	       (word_s(g, k - 1, s, W_AN) || word_s(g, k - 1, s, W_THE));
}

int meaning_expectation_said(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (tok_has(g, k, CLS_FORECAST) || tok_is(g, k, W_ESTIMATED) ||
		    tok_is(g, k, W_ESTIMATE) || tok_is(g, k, W_ESTIMATES) ||
		    tok_is(g, k, W_HOPING) || tok_is(g, k, W_HOPES) || tok_is(g, k, W_SAW) ||
		    tok_is(g, k, W_SEE) || (tok_is(g, k, W_PUT) && tok_is(g, k + 1, W_AT)))
			return 1;
	return 0;
}

/* A noun or participle of estimating stands before token t in sentence s
 * ("its estimate of the deficit in the system", "the Bank's revised deficit
 * forecast of", "estimated"). */
int meaning_estimate_before_t(const struct gram *g, size_t s, size_t t)
{
	static const enum lex_word words[] = { W_ESTIMATE, W_ESTIMATES, W_ESTIMATED, W_FORECAST,
		W_FORECASTS, W_PROJECTION, W_PROJECTED };

	for (size_t k = win_lo(g, s, t); k < t; k++)
		if (WORD_AMONG(g, k, words))
			return 1;
	return 0;
}

/* Sentence s is a headline, whose verbs are left out ("U.S. 1988 WHEAT
 * CROP 2.1 BLN BUSHELS"): before the dateline's paragraph, or with no
 * dateline known, written in capitals. Read only for a figure of a period
 * to come. */
int meaning_headline(const struct gram *g, size_t s)
{
	if (g->lead_par != NO_SENT)
		return s < g->lead_par;
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		for (size_t i = 0; g->t[k].kind == TOK_WORD && i < g->t[k].len; i++)
			if (islower((unsigned char)g->d->buf[g->t[k].off + i]))
				return 0;
	return 1;
}

/* A time over named by a possessive that ends at token q: "last year's",
 * "last season's", "last harvest's", "the previous crop's", "1986's". */
static int season_s(const struct gram *g, size_t q)
{
	static const char *const w[] = { "season's", "harvest's", "crop's" };
	size_t n = g->t[q].len;

	for (size_t i = 0; i < ARRAY_SIZE(w); i++)
		if (n == strlen(w[i]) && !strncasecmp(tok_text(g, q), w[i], n))
			return 1;
	return 0;
}

static int past_possessive(const struct gram *g, size_t q, size_t s)
{
	if (tok_is(g, q, W_YEAR_S) || (g->t[q].kind == TOK_WORD && season_s(g, q)))
		return word_s(g, q - 1, s, W_LAST) || word_s(g, q - 1, s, W_PREVIOUS) ||
		       word_s(g, q - 1, s, W_PRECEDING);
	return gram_in(g, q - 1, s) && g->t[q - 1].kind == TOK_NUM &&
	       elide_year_like(&g->t[q - 1]) && *tok_text(g, q) == '\'';
}

/* f, an amount, is named as of a time over by a possessive a few words
 * before it in its clause: "down from last year's crop of 8.3 billion
 * bushels", "than last harvest's record 4.1 mln tonnes", "little change
 * from 1986's record 112.2 billion marks"; not an earlier estimate ("from
 * last year's forecast of 23 mln tonnes"), no other number between, and
 * not past "to", "by", "at" ("double 1985's aid to 7.6 billion dlrs"). */
int meaning_past_possessive_before(const struct gram *g, const struct fig *f, size_t s)
{
	size_t c = g->clause[f->h0];

	for (size_t k = 1; k <= 6 && gram_in(g, f->h0 - k, s); k++) {
		size_t q = f->h0 - k;

		if (g->clause[q] != c)
			return 0;
		if (past_possessive(g, q, s))
			return 1;
		if (g->t[q].kind != TOK_WORD || tok_has(g, q, CLS_FORECAST) ||
		    tok_is(g, q, W_TO) || tok_is(g, q, W_BY) || tok_is(g, q, W_AT) ||
		    tok_is(g, q, W_FOR) || tok_is(g, q, W_ON) ||
		    tok_is(g, q, W_ESTIMATE) || tok_is(g, q, W_ESTIMATES) ||
		    tok_is(g, q, W_ESTIMATED) || tok_is(g, q, W_TARGET))
			return 0;
	}
	return 0;
}

/* f is said to be the value now: "currently" or "present" at most three
 * words before it in its clause ("rates, currently averaging around 6.1
 * pct, to stop easing", "from its present 10.9 pct"), no verb of change
 * between. */
int meaning_present_before(const struct gram *g, const struct fig *f, size_t s)
{
	for (size_t k = 1; k <= 3 && gram_in(g, f->h0 - k, s) &&
			   g->clause[f->h0 - k] == g->clause[f->h0]; k++) {
		size_t q = f->h0 - k;

		if (tok_is(g, q, W_CURRENTLY) || tok_is(g, q, W_PRESENT))
			return 1;
		if (g->t[q].kind != TOK_WORD || clause_direction_word(g, q) || tok_is(g, q, W_TO))
			return 0;
	}
	return 0;
}

static int growth_word(const struct gram *g, size_t k)
{
	return tok_is(g, k, W_GROWTH) || tok_is(g, k, W_GROW) || tok_is(g, k, W_GREW) ||
	       tok_is(g, k, W_GROWN) || tok_is(g, k, W_GROWS) || tok_is(g, k, W_GROWING);
}

/* f, a percent, is a rate of growth: "growth" (or "grow", "grew", "grown")
 * at most six words before it in its clause with no other number and no
 * word of a fall between ("limiting textile export growth to 0.5 pct a
 * year", "would have grown by 3.5 pct", "a GDP growth rate of three to
 * four pct"), or "growth" within three words after it ("a 9.8 pct average
 * annual growth in exports"). */
int meaning_growth_named(const struct gram *g, const struct fig *f, size_t s)
{
	size_t c = g->clause[f->h0];

	for (size_t k = 1; k <= 6 && gram_in(g, f->h0 - k, s); k++) {
		size_t q = f->h0 - k;

		if (g->clause[q] != c || g->t[q].kind == TOK_NUM || tok_has(g, q, CLS_DOWN))
			break;
		if (growth_word(g, q))
			return 1;
	}
	for (size_t q = f->t1; q < f->t1 + 3 && gram_in(g, q, s) && g->clause[q] == g->clause[f->t1 - 1];
	     q++) {
		if (g->t[q].kind != TOK_WORD)
			break;
		if (tok_is(g, q, W_GROWTH))
			return 1;
	}
	return 0;
}

/* A base of comparison follows f at once: "down 22 pct from", "pct lower
 * than", "pct below the 1985/86 record", "pct above last year", "a drop of
 * 17.5 pct over". */
int meaning_base_after(const struct gram *g, const struct fig *f, size_t s)
{
	static const enum lex_word w[] = { W_FROM, W_THAN, W_OVER, W_BELOW, W_ABOVE, W_AGAINST,
		W_ON, W_LOWER, W_HIGHER, W_LESS, W_MORE };

	for (size_t k = f->t1; k < f->t1 + 2 && gram_in(g, k, s); k++)
		if (WORD_AMONG(g, k, w))
			return 1;
	return 0;
}

/* A tariff, duty, sanction or penalty at k (in sentence s). */
static int penalty_word(const struct gram *g, size_t k, size_t s)
{
	return word_s(g, k, s, W_TARIFFS) || word_s(g, k, s, W_TARIFF) ||
	       word_s(g, k, s, W_DUTIES) || word_s(g, k, s, W_SANCTIONS) ||
	       word_s(g, k, s, W_PENALTIES);
}

/* f, an amount of money, is the value of the goods a tariff or sanction
 * hits, named right before or after it: "plans to slap up to 300 mln dlrs
 * in tariffs on", "300 mln dlrs of tariffs", "planned 300 mln dlr
 * sanctions against", "tariffs worth up to 30 mln dlrs", "the tariffs on
 * 300 mln dlrs worth of goods". That value is a level of trade, however
 * planned or expected the penalty is (the gold's reading throughout). */
int meaning_goods_hit(const struct gram *g, const struct fig *f, size_t s,
		      const struct claim *cl)
{
	size_t j = f->t1, h = f->h0;

	if (cl->kind != CLAIM_MONEY || cl->per[0])
		return 0;
	if (penalty_word(g, j, s) ||
	    ((word_s(g, j, s, W_IN) || word_s(g, j, s, W_OF)) && penalty_word(g, j + 1, s)))
		return 1;
	return (word_s(g, h - 1, s, W_ON) || word_s(g, h - 1, s, W_WORTH)) &&
	       penalty_word(g, h - 2, s);
}

/* A levy at k: a tariff, duty, tax, levy, penalty or fine. */
static int levy_word(const struct gram *g, size_t k, size_t s)
{
	static const enum lex_word w[] = { W_TARIFF, W_TARIFFS, W_DUTY, W_DUTIES, W_TAX,
		W_TAXES, W_LEVY, W_LEVIES, W_PENALTY, W_PENALTIES, W_FINE, W_FINES };

	return gram_in(g, k, s) && WORD_AMONG(g, k, w);
}

int meaning_levy_sized(const struct gram *g, const struct fig *f, size_t s)
{
	size_t h = f->h0;

	if (levy_word(g, f->t1, s))
		return 1;	/* "a 40 pct tariff" */
	if (!word_s(g, h - 1, s, W_OF))
		return 0;
	if (word_s(g, h - 2, s, W_A) || word_s(g, h - 2, s, W_AN))
		h--;
	if (levy_word(g, h - 2, s))
		return 1;	/* "a penalty of 200 mln taka" */
	return word_s(g, h - 2, s, W_RATE) && word_s(g, h - 3, s, W_A) &&
	       word_s(g, h - 4, s, W_AT) && levy_word(g, h - 5, s);	/* "at a rate of" */
}

/* f, an earlier value, is an earlier estimate: "vs 17.30 mln tonnes last
 * month" after an estimate or forecast (or meaning_revised_from()). */
int meaning_estimate_before(const struct gram *g, const struct fig *f, size_t s)
{
	return word_s(g, f->t1, s, W_LAST) &&
	       (word_s(g, f->t1 + 1, s, W_MONTH) || word_s(g, f->t1 + 1, s, W_WEEK));
}

/* f, an earlier value, is what a revision started from: "revised down its
 * estimate ... to 400 mln stg from 450 mln" ("from" right before f, a word
 * of revising before it in its sentence). */
int meaning_revised_from(const struct gram *g, const struct fig *f, size_t s)
{
	if (!word_s(g, f->h0 - 1, s, W_FROM))
		return 0;
	for (size_t k = win_lo(g, s, f->h0); k < f->h0; k++)
		if (tok_is(g, k, W_REVISED) || tok_is(g, k, W_REVISING))
			return 1;
	return 0;
}

/* "Re-exports fell 11.6 pct ... from 12.0 billion dlrs in January but were
 * 54 pct above February 1986's 6.88 billion": the base a change names
 * right after it is its own, whatever cue another figure of the clause
 * gave; only a plain change looks further (timing_change_base()). */
void meaning_change_base(const struct gram *g, const struct fig *f, size_t s, enum measure m,
			 const char *p, char base[static PERIOD_MAX])
{
	base[0] = '\0';
	if (!compare_own_base(g, f, s, p, base) && m == MEASURE_CHANGE)
		timing_change_base(g, f, s, base);
}
