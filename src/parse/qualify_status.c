/*
 * qualify_status.c - DESIGN.md's status column: "revised" (2), "previously
 * published" or an earlier estimate (3), "provisional" / "first estimate" /
 * a preliminary release named as the source (1) (qualify_status(),
 * qualify_preliminary_source()). The other columns are qualify.c's.
 *
 * Input: the token array and a figure or sentence. Output: a small code,
 * 0 for unsaid.
 *
 * Invariants:
 *  1. Only the figure's sentence is read.
 *  2. "revised" counts only in the figure's clause; a sentence that names
 *     a preliminary release as its source makes all its figures
 *     preliminary, earlier values too (qualify.c's invariants 2 and 4).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

/* Sentence s says it estimates or forecasts, before token t. */
static int estimate_said(const struct gram *g, size_t s, size_t t)
{
	for (size_t k = win_lo(g, s, t); k < t; k++)
		if (tok_has(g, k, CLS_FORECAST) || tok_is(g, k, W_ESTIMATED) ||
		    tok_is(g, k, W_ESTIMATE) || tok_is(g, k, W_ESTIMATES))
			return 1;
	return 0;
}

/* preliminary (1): "provisional", "preliminary", "flash", "first estimate",
 * "advance estimate" in the sentence (not of an earlier value); revised (2):
 * "revised" in f's clause or the clause right after it; previous (3):
 * "previously published/reported", "originally reported" before f in its
 * sentence. */
/* "previously published", "originally reported", "originally was
 * reported", "initially estimated" at token k: a figure said before. */
static int former_said(const struct gram *g, size_t k, size_t s)
{
	if (!(tok_is(g, k, W_PREVIOUSLY) || tok_is(g, k, W_ORIGINALLY) ||
	      tok_is(g, k, W_INITIALLY)))
		return 0;
	/* "Previously, the department said the deficit was": a sentence
	 * that opens on what was said before */
	if (k == context_body(g, s) && gram_punct(g, k + 1, ",")) {
		for (size_t j = k + 2; j <= k + 6 && gram_in(g, j, s); j++)
			if (tok_is(g, j, W_SAID) || tok_is(g, j, W_REPORTED) ||
			    tok_is(g, j, W_ESTIMATED) || tok_is(g, j, W_PUBLISHED))
				return 1;
	}
	for (size_t j = k + 1; j <= k + 2 && gram_in(g, j, s); j++)
		if (tok_is(g, j, W_PUBLISHED) || tok_is(g, j, W_REPORTED) ||
		    tok_is(g, j, W_ESTIMATED) || tok_is(g, j, W_ANNOUNCED))
			return 1;
	return 0;
}

/*
 * f is the estimate a revision replaced: an earlier value after "revised down
 * its estimate ... to 400 mln stg from 450 mln", "revising its forecast to
 * a fall of 0.5 pct against the one pct drop forecast in December" (a word
 * of revising before it in its sentence), or "against an earlier forecast
 * of 2.45 billion", "from its earlier estimate of a 150 mln".
 */
static int revised_away(const struct gram *g, const struct fig *f, size_t s, int prior)
{
	for (size_t k = f->h0 >= 5 ? f->h0 - 5 : 0; k < f->h0; k++)
		if (gram_in(g, k, s) && tok_is(g, k, W_EARLIER) &&
		    (word_s(g, k + 1, s, W_FORECAST) || word_s(g, k + 1, s, W_ESTIMATE) ||
		     word_s(g, k + 1, s, W_PROJECTION)))
			return 1;
	for (size_t k = win_lo(g, s, f->h0); prior && k < f->h0; k++)
		if (tok_is(g, k, W_REVISED) || tok_is(g, k, W_REVISING) ||
		    tok_is(g, k, W_REVISE) || tok_is(g, k, W_REVISES))
			return !word_s(g, k - 1, s, W_A) && !word_s(g, k - 1, s, W_AN) &&
			       !word_s(g, k - 1, s, W_UPWARD) && !word_s(g, k - 1, s, W_DOWNWARD) &&
			       k + 1 != f->h0;	/* "a revised 900 mln": the revised one */
	return 0;
}

/*
 * Sentence s gives its figures as those of a preliminary release, by its
 * source: "according to preliminary central bank estimates", "provisional
 * Bank of Italy figures show", "Preliminary trade figures for February
 * show", "Customs Board preliminary figures showed". "preliminary" or
 * "provisional", a noun of statistics at most four words after it, then
 * "according to" right before or a verb of showing at most four words
 * after the noun, no figure between. Not "a provisional 47 billion", a
 * word on one figure.
 */
int qualify_preliminary_source(const struct gram *g, size_t s)
{
	static const enum lex_word nouns[] = { W_FIGURES, W_DATA, W_ESTIMATES, W_STATISTICS };
	static const enum lex_word show[] = { W_SHOW, W_SHOWS, W_SHOWED, W_SHOWN };
	size_t t1 = g->s[s].t1;

	for (size_t k = g->s[s].t0; k < t1; k++) {
		if (!tok_is(g, k, W_PRELIMINARY) && !tok_is(g, k, W_PROVISIONAL))
			continue;
		for (size_t j = k + 1; j <= k + 5 && j < t1 && g->t[j].kind != TOK_NUM; j++) {
			if (!WORD_AMONG(g, j, nouns))
				continue;
			for (size_t a = k; a + 4 >= k && a > g->s[s].t0; a--)
				if (tok_is(g, a - 1, W_ACCORDING) && tok_is(g, a, W_TO))
					return 1;
			for (size_t v = j + 1; v <= j + 4 && v < t1 && g->t[v].kind != TOK_NUM; v++)
				if (WORD_AMONG(g, v, show))
					return 1;
			break;
		}
	}
	return 0;
}

/* "revised" at token k, after f, qualifies a figure after it: "722 mln
 * which compares with the Bank's revised deficit forecast of 800 mln stg"
 * (a figure within six words after k, "revised" not followed by "from" or
 * "to": "(revised from 1.7 mln)" is f's). */
static int revised_later(const struct gram *g, const struct fig *f, size_t k, size_t s)
{
	if (k < f->t1 || word_s(g, k + 1, s, W_FROM) || word_s(g, k + 1, s, W_TO))
		return 0;
	for (size_t j = k + 1; j <= k + 6 && gram_in(g, j, s); j++)
		if (g->t[j].kind == TOK_NUM)
			return 1;
	return 0;
}

/* Token k says an estimate was made earlier: "estimated a week ago",
 * "forecast last month", "estimated earlier", "projected in mid-February"
 * (not "estimated for the 1986/87 year": of another period). */
static int estimated_earlier(const struct gram *g, size_t k, size_t s)
{
	size_t j = k + 1;

	if (!(word_s(g, k, s, W_ESTIMATED) || word_s(g, k, s, W_FORECAST) ||
	      word_s(g, k, s, W_PROJECTED)))
		return 0;
	if (word_s(g, j, s, W_LAST) || word_s(g, j, s, W_EARLIER) ||
	    word_s(g, j, s, W_PREVIOUSLY))
		return 1;
	if (word_s(g, j, s, W_A) || word_s(g, j, s, W_AN) || word_s(g, j, s, W_ONE))
		return word_s(g, j + 2, s, W_AGO) || word_s(g, j + 2, s, W_EARLIER);
	if (word_s(g, j, s, W_IN))
		for (size_t i = j + 1; i <= j + 3 && gram_in(g, i, s); i++)
			if (tok_has(g, i, CLS_MONTH))
				return 1;
	return 0;
}

static int estimate_noun(const struct gram *g, size_t k, size_t s)
{
	return word_s(g, k, s, W_ESTIMATE) || word_s(g, k, s, W_ESTIMATES) ||
	       word_s(g, k, s, W_FORECAST) || word_s(g, k, s, W_FORECASTS) ||
	       word_s(g, k, s, W_PROJECTION) || word_s(g, k, s, W_PROJECTIONS);
}

/* Before token t in its sentence, an estimate is said to change: a word of
 * revising or a verb of rise or fall, then "its" (their, the, his, her)
 * and an estimate noun at most three words after that ("increased its
 * estimate of Soviet grain imports to", "cut its 1987 growth rate
 * forecasts for West Germany to", "revising its fiscal 1987 GDP
 * forecast"); not "import growth, forecast in December at". */
static int estimate_changed_at(const struct gram *g, size_t s, size_t k, size_t t)
{
	uint32_t d = g->t[k + 1].lex;

	/* the verb's object: "its", "their", "the", "his", "her" */
	if (!(d == W_ITS || d == W_THEIR || d == W_THE || d == W_HIS || d == W_HER) ||
	    g->t[k + 1].kind != TOK_WORD)
		return 0;
	if (!(tok_is(g, k, W_REVISED) || tok_is(g, k, W_REVISING) || tok_is(g, k, W_REVISES) ||
	      tok_is(g, k, W_REVISE) || (g->t[k].kind == TOK_WORD && tok_has(g, k, CLS_UP | CLS_DOWN))))
		return 0;
	for (size_t j = k + 2; j <= k + 5 && j < t; j++)
		if (estimate_noun(g, j, s))
			return 1;
	return 0;
}

/* estimate_changed() reads each sentence once: the first verb of such a
 * phrase (g->estchg_k, SIZE_MAX for none) for sentence g->estchg_s - 1. */
static int estimate_changed(struct gram *w, size_t s, size_t t)
{
	const struct gram *g = w;

	if (w->estchg_s != s + 1) {
		w->estchg_s = s + 1;
		w->estchg_k = SIZE_MAX;
		for (size_t k = g->s[s].t0; k + 1 < g->s[s].t1; k++)
			if (estimate_changed_at(g, s, k, g->s[s].t1)) {
				w->estchg_k = k;
				break;
			}
	}
	if (w->estchg_k == SIZE_MAX || w->estchg_k + 1 >= t)
		return 0;
	if (w->estchg_k >= win_lo(g, s, t) && estimate_changed_at(g, s, w->estchg_k, t))
		return 1;
	/* a later phrase in the window (rare): read it */
	for (size_t k = win_lo(g, s, t); k + 1 < t; k++)
		if (k > w->estchg_k && estimate_changed_at(g, s, k, t))
			return 1;
	return 0;
}

/* "Soybean production is now estimated to reach 7.7 mln tonnes, versus 7.8
 * mln tonnes estimated a week ago", "the requirement is now down to 950 mln
 * from a predicted 1.75 billion": after f a comparing word then, within ten
 * words, an estimate of an earlier time ("estimated a week ago"), or with
 * "now" before f in its clause a predicted or earlier estimate. */
static int now_revised(const struct gram *g, const struct fig *f, size_t s)
{
	int now = 0;

	for (size_t k = 1; k <= 8 && !now && gram_in(g, f->h0 - k, s) &&
			   g->clause[f->h0 - k] == g->clause[f->h0]; k++)
		now = tok_is(g, f->h0 - k, W_NOW);
	for (size_t k = f->t1; k < f->t1 + 4 && gram_in(g, k, s); k++) {
		if (!(tok_is(g, k, W_VERSUS) || tok_is(g, k, W_VS) || tok_is(g, k, W_AGAINST) ||
		      tok_is(g, k, W_FROM) || tok_is(g, k, W_COMPARED)))
			continue;
		for (size_t j = k + 1; j <= k + 10 && gram_in(g, j, s); j++) {
			uint32_t w = g->t[j].lex;

			if (w != W_ESTIMATED && w != W_FORECAST && w != W_PROJECTED &&
			    w != W_PREDICTED && w != W_EARLIER)
				continue;
			if (estimated_earlier(g, j, s))
				return 1;	/* "versus 10 mln tonnes estimated a week ago" */
			if (now && (tok_is(g, j, W_PREDICTED) ||
				    (tok_is(g, j, W_EARLIER) && estimate_noun(g, j + 1, s))))
				return 1;
		}
		return 0;
	}
	return 0;
}

/* A month at token k, also in a title's capitals ("IN MARCH"). */
static int month_any_case(const struct gram *g, size_t k, size_t s)
{
	char w[10];
	size_t n;

	if (when_month_at(g, k, s))
		return 1;
	if (!gram_in(g, k, s) || g->t[k].kind != TOK_WORD || (n = g->t[k].len) < 3 || n > 9)
		return 0;
	memcpy(w, g->d->buf + g->t[k].off, n);
	for (size_t i = 1; i < n; i++)
		if (w[i] >= 'A' && w[i] <= 'Z')
			w[i] = (char)(w[i] - 'A' + 'a');
	return period_month(w, n) != 0;
}

/* A crop year ("1986/87") in sentence s before token t. */
static int crop_year_before(const struct gram *g, size_t s, size_t t)
{
	for (size_t k = g->s[s].t0; k < t; k++)
		if (span_crop_year(g, k, s))
			return 1;
	return 0;
}

int qualify_status(struct gram *g, const struct fig *f, int prior)
{
	size_t s = g->sent[f->t0], c = g->clause[f->t0];
	int pre = 0, after = 0;

	/* "revised to 39.36 billion from a previously published 39.38 billion":
	 * the earlier estimate is named right before its figure */
	for (size_t k = f->h0 >= 3 ? f->h0 - 3 : 0; k < f->h0; k++)
		if (gram_in(g, k, s) && former_said(g, k, s))
			return 3;
	/* "from 6.10 pct previously": an earlier value said to be the former */
	if (prior && (word_s(g, f->t1, s, W_PREVIOUSLY) || word_s(g, f->t1 + 1, s, W_PREVIOUSLY)))
		return 3;
	/* "(revised from 1.7 mln)", "revised upwards from a provisional
	 * surplus of 11.94 billion", "a figure revised from the EUR 12.3 bn
	 * first published": the figure revised away, "from" at most five
	 * words before it */
	for (size_t k = 1; k <= 6 && gram_in(g, f->h0 - k, s) && g->t[f->h0 - k].kind == TOK_WORD;
	     k++)
		if (tok_is(g, f->h0 - k, W_FROM)) {
			size_t j = f->h0 - k - 1;

			if (word_s(g, j, s, W_UPWARD) || word_s(g, j, s, W_UPWARDS) ||
			    word_s(g, j, s, W_DOWNWARD) || word_s(g, j, s, W_DOWN) ||
			    word_s(g, j, s, W_UP))
				j--;
			if (word_s(g, j, s, W_REVISED))
				return 3;
			break;
		}
	/* "The February figure has been revised to USD 39.87 billion from USD
	 * 38.94 billion": the figure revised away */
	if (word_s(g, f->h0 - 1, s, W_FROM))
		for (size_t k = f->h0 - 2, n = 0, to = 0; n < 12 && gram_in(g, k, s); k--, n++) {
			if (tok_is(g, k, W_TO))
				to = 1;
			if (tok_is(g, k, W_REVISED) || tok_is(g, k, W_REVISING))
				return to && !word_s(g, k - 1, s, W_NOT) ? 3 : 0;
		}
	if (revised_away(g, f, s, prior))
		return 3;
	/* "increased its estimate of Soviet 1986/87 grain imports to 26 mln
	 * tonnes from last month's projection of 23 mln": the new estimate
	 * revised, the one it replaced previous */
	for (size_t k = 1; !prior && k <= 4 && gram_in(g, f->h0 - k, s) &&
			   g->t[f->h0 - k].kind == TOK_WORD; k++)
		if (tok_is(g, f->h0 - k, W_TO)) {	/* "to a fall of 0.5 pct" */
			if (estimate_changed(g, s, f->h0 - k))
				return 2;
			break;
		}
	/* "from a predicted 1.75 billion" */
	if (word_s(g, f->h0 - 1, s, W_PREDICTED) &&
	    (word_s(g, f->h0 - 2, s, W_FROM) ||
	     (word_s(g, f->h0 - 2, s, W_A) && word_s(g, f->h0 - 3, s, W_FROM))))
		return 3;
	/* (an earlier value, or one named an estimate after "from": "from last
	 * month's projection of 23 mln") */
	for (size_t k = 1; k <= 5 && gram_in(g, f->h0 - k, s) && g->t[f->h0 - k].kind == TOK_WORD;
	     k++) {
		int named = 0;

		if (g->t[f->h0 - k].lex != W_FROM)
			continue;
		for (size_t j = f->h0 - k + 1; !prior && !named && j < f->h0; j++)
			named = estimate_noun(g, j, s);
		if ((prior || named) && estimate_changed(g, s, f->h0 - k))
			return 3;
		break;
	}
	if (!prior && now_revised(g, f, s))
		return 2;
	/* "vs 16.13 mln last month" after an estimate: the one before */
	if (prior && word_s(g, f->t1, s, W_LAST) &&
	    (word_s(g, f->t1 + 1, s, W_MONTH) || word_s(g, f->t1 + 1, s, W_WEEK)) &&
	    estimate_said(g, s, f->h0))
		return 3;
	/* "USDA ESTIMATES 1986/87 USSR GRAIN IMPORTS 28.0 MLN TONNES VS 26.0
	 * IN MARCH": a season's estimate against the one made in a month
	 * (not "March exports ... vs 4 mln in February": no season) */
	if (prior && word_s(g, f->t1, s, W_IN) && month_any_case(g, f->t1 + 1, s) &&
	    estimate_said(g, s, f->h0) && crop_year_before(g, s, f->h0))
		return 3;
	/* "versus 7.8 to 8.2 mln tonnes estimated a week ago", "eight mln
	 * estimated in mid-February": an earlier value named as the estimate
	 * of an earlier time, after the new estimate */
	if (prior && estimated_earlier(g, f->t1, s) && estimate_said(g, s, f->h0))
		return 3;
	for (size_t k = win_lo(g, s, f->h0); k < win_hi(g, s, f->t1); k++) {
		if (k < f->h0 && former_said(g, k, s))
			return 3;
		if (k >= f->t1 && (tok_is(g, k, W_COMPARED) || tok_is(g, k, W_AGAINST) ||
				   tok_is(g, k, W_VS) || tok_is(g, k, W_VERSUS) ||
				   tok_is(g, k, W_FROM)))
			after = 1;	/* "compared with a revised January deficit": its */
		/* "the $66.9 billion gap now shown for August, which was revised
		 * from $65.4 billion": a relative clause right after f's */
		if (tok_is(g, k, W_REVISED) && k >= f->t1 && !after &&
		    !revised_later(g, f, k, s) && g->clause[k] <= g->clause[f->t1 - 1] + 2 &&
		    (tok_is(g, g->c[g->clause[k]].t0, W_WHICH) ||
		     tok_is(g, g->c[g->clause[k]].t0 + 1, W_WHICH)))
			return 2;
		if ((tok_is(g, k, W_REVISED) || tok_is(g, k, W_REVISION)) && !after &&
		    !revised_later(g, f, k, s) &&
		    (g->clause[k] == c || (k >= f->t1 && g->clause[k] <= g->clause[f->t1 - 1] + 2 &&
					   (gram_punct(g, k - 1, ",") || gram_punct(g, k - 1, "(") ||
					    /* "11.9 bn in April, a figure revised from" */
					    (tok_is(g, k - 1, W_FIGURE) && word_s(g, k - 2, s, W_A) &&
					     gram_punct(g, k - 3, ","))))))
			return 2;
		if (tok_is(g, k, W_PROVISIONAL) || tok_is(g, k, W_PRELIMINARY) ||
		    tok_is(g, k, W_PROVISIONALLY) ||
		    tok_is(g, k, W_FLASH) ||
		    ((tok_is(g, k, W_FIRST) || tok_is(g, k, W_ADVANCE)) &&
		     tok_is(g, k + 1, W_ESTIMATE)))
			pre = 1;
	}
	/* an earlier value is preliminary too when the sentence names the
	 * release all its figures come from ("..., according to preliminary
	 * estimates") */
	return pre && (!prior || qualify_preliminary_source(g, s)) ? 1 : 0;
}
