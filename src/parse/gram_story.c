/*
 * gram_story.c - what a claim takes from the story around it, once
 * frame_fill() has read its sentence: the story's own dollar for a bare
 * "dlrs" (gram_story_dollar()), a rate per day, month or year from
 * "daily", "monthly", "annual" before it (gram_rate_adjective()), and the
 * pairing of an amount with its conversion in brackets (gram_link_pairs()).
 *
 * Input: the window's tokens, one figure and its claim (or the window's
 * claims, for the pairs). Output: the same claims, a field set or copied.
 *
 * Invariants:
 *  1. A field the figure states is kept: a unit is rewritten only for a
 *     bare "dlrs", a rate only when per is blank.
 *  2. Only the figure's sentence is read (names_us(): the story's dollar
 *     amount's sentence), plus the dollar carried in struct carry.
 *  3. Pairs link neighbours only: claim k and k + 1 of the same window.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

/* "5 billion yuan ($685 million)": two money figures, the second in
 * parentheses right after the first, in another currency. */
void gram_link_pairs(const struct gram *g, struct claims *out, size_t base,
		     const struct fig *figs)
{
	for (size_t k = base; k + 1 < out->n; k++) {
		struct claim *a = &out->v[k], *b = &out->v[k + 1];
		const struct fig *fa = &figs[k - base], *fb = &figs[k + 1 - base];

		if (a->kind != CLAIM_MONEY || b->kind != CLAIM_MONEY || !strcmp(a->unit, b->unit))
			continue;
		if (!gram_punct(g, fa->t1, "(") || fb->h0 != fa->t1 + 1 || !gram_punct(g, fb->t1, ")"))
			continue;
		a->pair = (long)(k + 1);
		b->pair = (long)k;
		/* The converted amount is the same thing in other money: a
		 * deficit's is negative too ("Rs 1,55,671 crore (US$ 18.71
		 * billion)") */
		b->measure = a->measure;
		if (a->measure == MEASURE_BALANCE && (a->value < 0) != (b->value < 0))
			b->value = -b->value;
		memcpy(b->direction, a->direction, sizeof(b->direction));
		if (!b->period[0]) {
			memcpy(b->period, a->period, sizeof(b->period));
			b->period_src = a->period_src;
		}
		gram_take_subject(b, a);	/* ... of the same economy and flow */
		if (a->measure == MEASURE_PRICE)
			memcpy(b->per, a->per, sizeof(b->per));
	}
}

/*
 * "fell 13 pct to 7.45 billion H.K. Dlrs ... Taiwan's exports to China
 * through Hong Kong fell to 6.33 billion dlrs": once a story has written an
 * amount in a dollar that is not the U.S. one (H.K., N.Z., Australian,
 * Canadian, Singapore), its later bare "dlrs" are that dollar, until it
 * writes an amount in U.S. dollars ("U.S. Dlrs", "$", "US$"); in a later
 * sentence, only when it does not name the U.S. ("The U.S. firm paid 65
 * mln dlrs"). Not the
 * Taiwan dollar (Taiwan counts its trade in U.S. dollars, the wire writes
 * "Taiwan dlrs" only for its own), not the U.S.'s figures ("the 169.8
 * billion dlr U.S. trade deficit"), not a price per unit ("dlrs an ounce").
 */
/* Sentence s names the United States ("U.S.", "American"). */
static int names_us(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		const char *c = g->t[k].kind == TOK_WORD ? tok_country(g, k) : NULL;

		if ((c && !strcmp(c, "US")) ||
		    (tok_is(g, k, W_U) && gram_punct(g, k + 1, ".") && tok_is(g, k + 2, W_S)))
			return 1;
	}
	return 0;
}

void gram_story_dollar(const struct gram *g, const struct fig *f, struct claim *cl,
		       struct carry *cr)
{
	size_t u = f->t1 - 1, s = g->sent[u];
	int usd = !strcmp(cl->unit, "USD"), name, named = 0;

	if (cl->kind != CLAIM_MONEY || u <= f->t0)
		return;
	name = g->t[u].kind == TOK_WORD && WORD_AMONG(g, u, gram_dollar_words);
	if (name && (g->t[u - 1].kind == TOK_NUM || tok_has(g, u - 1, CLS_SCALE))) {
		/* not a conversion in brackets: "5.1 billion H.K. Dlrs (650
		 * mln dlrs)" */
		if (usd && cr->dollar[0] && strcmp(cl->reporter, "US") &&
		    !(f->h0 > 0 && gram_punct(g, f->h0 - 1, "(")) &&
		    !(gram_in(g, f->t1, s) && (tok_is(g, f->t1, W_A) || tok_is(g, f->t1, W_AN) ||
					       tok_is(g, f->t1, W_PER))) &&
		    (g->sent[f->h0] == g->sent[cr->dollar_t] || !names_us(g, s)))
			str_copy(cl->unit, sizeof(cl->unit), cr->dollar, strlen(cr->dollar));
		return;
	}
	/* whose dollar is written: "H.K. Dlrs", "Canadian dlrs", "HK$",
	 * "U.S. Dlrs", "$", "USD" */
	named = name;
	for (size_t k = f->t0; k < f->t1 && !named; k++)
		named = g->t[k].kind == TOK_SYM || tok_is(g, k, W_USD);
	if (!named)
		return;
	if (units_local_dollar(cl->unit) && strcmp(cl->unit, "TWD")) {
		str_copy(cr->dollar, sizeof(cr->dollar), cl->unit, strlen(cl->unit));
		cr->dollar_t = f->t0;
	}
	else if (usd)
		cr->dollar[0] = '\0';
}

/*
 * "monthly corn consumption stood at about 331,000 tonnes", "will double
 * its annual budget to 20 billion pesetas", "Daily transactions ... now
 * stand at 200 to 300 billion yen": an amount of what is said to be daily,
 * monthly or annual (before the figure, after the figure before it, at most
 * 14 words back, in its clause) is per day, month or year. Not a
 * publication, meeting or rate ("its monthly report", "the annual meeting",
 * "an annual rate of"), a stock averaged over days ("daily average reserve
 * holdings"), a newspaper ("the People's Daily", "the Bengali
 * daily \"Dainik Janata\""), nor a figure of one such period ("the monthly
 * surplus rose to 1.25 billion dlrs in February").
 */
/* Token k is the word w (lower case), written in any case. */
static int word_ci(const struct gram *g, size_t k, const char *w)
{
	size_t n = strlen(w);

	return g->t[k].len == n && !strncasecmp(tok_text(g, k), w, n);
}

void gram_rate_adjective(const struct gram *g, const struct fig *f, struct claim *cl)
{
	static const enum lex_word not_rated[] = {
		W_REPORT, W_REPORTS, W_OUTLOOK, W_FIGURES, W_DATA, W_STATEMENT, W_RATE, W_GROWTH,
		W_BASIS, W_TERMS, W_INFLATION, W_BULLETIN, W_MEETING, W_REVIEW, W_SURVEY,
		W_SESSION, W_CONFERENCE, W_NEWSPAPER, W_MAGAZINE, W_JOURNAL, W_PUBLICATION,
		W_EDITION, W_PAPER, W_TALKS, W_RESERVE, W_RESERVES, W_HOLDINGS, W_STOCK, W_STOCKS,
	};
	static const enum lex_word said[] = { W_SAID, W_SAYS, W_REPORTED };
	static const enum lex_word joins[] = { W_AND, W_BUT, W_OR, W_WHICH, W_WHILE };
	size_t s = g->sent[f->t0], lo = g->s[s].t0, len = strlen(cl->period);
	const char *per = NULL;

	if (cl->per[0] || (cl->kind != CLAIM_MONEY && cl->kind != CLAIM_QUANTITY) ||
	    cl->measure == MEASURE_PRICE)
		return;
	if (g->fig_end > lo && g->fig_end <= f->h0)
		lo = g->fig_end;
	for (size_t k = f->h0; k-- > lo && f->h0 - k <= 14 && g->clause[k] == g->clause[f->h0];) {
		if (g->t[k].kind != TOK_WORD)
			continue;
		/* in any case: "Daily" starting a sentence is also a
		 * newspaper's name to the lexicon ("China Daily") */
		per = word_ci(g, k, "daily")	 ? "day"
		      : word_ci(g, k, "monthly") ? "month"
		      : word_ci(g, k, "annual") || word_ci(g, k, "yearly") ? "year"
								   : NULL;
		if (!per)
			continue;
		if ((k > g->s[s].t0 && tok_text(g, k)[0] >= 'A' && tok_text(g, k)[0] <= 'Z') ||
		    !gram_in(g, k + 1, s) || g->t[k + 1].kind != TOK_WORD || tok_text(g, k + 1)[0] < 'a' ||
		    tok_text(g, k + 1)[0] > 'z' || WORD_AMONG(g, k + 1, said) ||
		    tok_has(g, k + 1, CLS_CLAUSESTART | CLS_MONTHPREP | CLS_YEARPREP | CLS_ELISION))
			return;
		/* its noun phrase, up to three words ("its monthly food outlook
		 * bulletin"), and nothing that starts a clause of its own before
		 * the figure ("annual payment limitations ... and could save") */
		for (size_t n = k + 1; n < f->h0; n++)
			if ((n <= k + 3 && WORD_AMONG(g, n, not_rated)) || WORD_AMONG(g, n, joins) ||
			    tok_has(g, n, CLS_SWITCH))
				return;
		/* the figure of a month, a year or a crop year (a day's
		 * "Daily turnover now stands at" is per day all the same) */
		if ((per[0] == 'm' && len == 7 && cl->period[5] != 'Q') ||
		    (per[0] == 'y' && (len == 4 || (len == 7 && cl->period[4] == '/'))))
			return;
		str_copy(cl->per, sizeof(cl->per), per, strlen(per));
		return;
	}
}
