/*
 * subject_trade.c - trade with two sides: "trade between A and B",
 * "Russia's trade turnover with Turkey", "bilateral trade", "China's total
 * foreign trade rose" (partner WORLD). Balances and targets around a
 * figure are subject_balance.c's.
 *
 * Input: the token array of gram.c and a sentence.
 * Output: a struct subj with flow "trade".
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (every index is checked
 *     with gram_in()).
 *  2. A partner named with "with" is a partner, never the subject.
 *  3. rep_inferred is 1 exactly when the reporter came from context.
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

/* "RUSSIA-CHINA" at i: the two countries. */
static void hyphen_pair(const struct gram *g, size_t i, size_t s, const char **a, const char **b)
{
	const char *w = txt(g, i), *h = memchr(w, '-', g->t[i].len);
	char x[24], y[24];
	size_t n1 = (size_t)(h - w), n2 = g->t[i].len - n1 - 1;

	(void)s;
	if (n1 < 2 || n2 < 2 || n1 >= sizeof(x) || n2 >= sizeof(y))
		return;
	for (size_t k = 0; k < n1; k++)
		x[k] = (char)(k && w[k] >= 'A' && w[k] <= 'Z' ? w[k] | 0x20 : w[k]);
	for (size_t k = 0; k < n2; k++)
		y[k] = (char)(k && h[1 + k] >= 'A' && h[1 + k] <= 'Z' ? h[1 + k] | 0x20 : h[1 + k]);
	*a = units_country(x, n1);
	*b = units_country(y, n2);
	if (!*a || !*b)
		*a = *b = NULL;
}

const char *subject_pair_partner(const struct gram *g, size_t s, size_t t, const char *rep)
{
	if (!rep || !rep[0])
		return NULL;
	/* "India's share of Russia's total exports", "China's share of U.S.
	 * goods imports": the economy whose share of the reporter's flow it
	 * is, is that flow's partner */
	for (size_t q = g->s[s].t0 + 1; q < t && gram_in(g, q + 1, s); q++) {
		const char *c;
		size_t n;

		if (!tok_is(g, q, W_SHARE) || !tok_is(g, q + 1, W_OF) ||
		    g->t[q - 1].kind != TOK_WORD || (n = g->t[q - 1].len) < 3 ||
		    txt(g, q - 1)[n - 1] != 's' || txt(g, q - 1)[n - 2] != '\'')
			continue;
		c = subject_country_ending(g, q - 1, s);
		if (c && strcmp(c, rep))
			return c;
	}
	for (size_t q = win_lo(g, s, t) + 1; q + 1 < win_hi(g, s, t); q++) {
		const char *a = NULL, *b = NULL;
		size_t n;

		if (g->t[q].kind == TOK_WORD && memchr(txt(g, q), '-', g->t[q].len)) {
			hyphen_pair(g, q, s, &a, &b);	/* "RUSSIA-CHINA" */
		} else if (gram_punct(g, q, "-") && gram_glued(g, q) && gram_glued(g, q + 1)) {
			a = subject_country_ending(g, q - 1, s);	/* "U.S.-USSR" */
			b = country_starting(g, q + 1, s, &n);
		}
		if (!a || !b || !strcmp(a, b))
			continue;
		if (!strcmp(a, rep))
			return b;
		if (!strcmp(b, rep))
			return a;
	}
	return NULL;
}

/* "Trade between China and Russia", "trade turnover between A and B",
 * "Russia's trade turnover with Turkey", "bilateral trade with India",
 * "Intra-euro area trade": flow trade with its two sides. */
/* Trade with all partners (WORLD) of reporter a, else of the story's
 * country (then inferred); 1. */
static int trade_with_all(const struct gram *g, const char *a, struct subj *out)
{
	if (!a && g->doc_country) {
		a = g->doc_country;
		out->rep_inferred = 1;
	}
	set(out->flow, sizeof(out->flow), "trade");
	set(out->partner, sizeof(out->partner), "WORLD");
	if (a)
		set(out->reporter, sizeof(out->reporter), a);
	return 1;
}

#define PAIR_REACH 12	/* sentences back to the one naming "the two countries" */

/* "the two countries" (or "nations") at token j. */
static int two_countries(const struct gram *g, size_t j, size_t s)
{
	return word_s(g, j, s, W_THE) && word_s(g, j + 1, s, W_TWO) &&
	       (word_s(g, j + 2, s, W_COUNTRIES) || word_s(g, j + 2, s, W_NATIONS));
}

/* The two countries a story's "two countries", "bilateral" or "two-way"
 * trade is between: the first two a sentence names, the nearest sentence
 * up to s that names two ("France and Yugoslavia agreed to set up a
 * commission ... trade between the two countries", "Canada is the United
 * States' largest trading partner, with two-way trade"); a currency's
 * country is none. Returns 1 with *a and *b set, else 0. */
static int story_pair(const struct gram *g, size_t s, const char **a, const char **b)
{
	for (size_t p = s + 1, n = 0; p-- > 0 && n < PAIR_REACH; n++) {
		*a = *b = NULL;
		for (size_t q = g->s[p].t0; q < g->s[p].t1; q++) {
			const char *c;

			if (g->t[q].kind == TOK_WORD && !(g->t[q].cls & CLS_COUNTRY) &&
			    !tok_has(g, q, CLS_CURADJ) && *txt(g, q) >= 'a')
				continue;	/* a lower-case word names none */
			c = context_country_on(subject_country_ending(g, q, p), g->d->date);
			if (!c || currency_country(g, q, p) || (*a && !strcmp(c, *a)))
				continue;
			if (!*a) {
				*a = c;
			} else {
				*b = c;
				return 1;
			}
		}
	}
	return 0;
}

int trade_phrase(const struct gram *g, size_t s, struct subj *out)
{
	const struct sent *se = &g->s[s];

	memset(out, 0, sizeof(*out));
	for (size_t k = se->t0; k < se->t1; k++) {
		const char *a = NULL, *b = NULL;
		size_t j = k + 1, n;
		int bilateral;

		if (g->t[k].kind == TOK_WORD && g->t[k].len > 6 &&
		    !strncasecmp(txt(g, k), "intra-", 6) && word_s(g, k + 2, s, W_TRADE)) {
			a = context_country_ending(g, k + 1, s);	/* "Intra-euro area" */
			if (!a && tok_is(g, k + 1, W_AREA))
				a = "EA";
			if (a) {
				set(out->flow, sizeof(out->flow), "trade");
				set(out->reporter, sizeof(out->reporter), a);
				set(out->partner, sizeof(out->partner), a);
				return 1;
			}
		}
		if (!tok_is(g, k, W_TRADE) && !tok_is(g, k, W_TURNOVER))
			continue;
		/* "China's total foreign trade rose 2.5 percent", "external trade
		 * totalled": a total over all partners */
		if (tok_is(g, k, W_TRADE) && gram_in(g, k + 1, s) &&
		    (tok_has(g, k + 1, CLS_UP | CLS_DOWN) || WORD_AMONG(g, k + 1, level_verbs))) {
			size_t q = k - 1;

			while (gram_in(g, q, s) && (tok_is(g, q, W_TOTAL) || tok_is(g, q, W_FOREIGN) ||
						    tok_is(g, q, W_EXTERNAL) || tok_is(g, q, W_OVERALL)))
				q--;
			if (q + 1 < k)
				return trade_with_all(g, subject_country_ending(g, q, s), out);
		}
		/* "India's 25.65 billion dlrs in trade during fiscal 1985/86":
		 * a level of trade, with all partners unless one is named */
		if (tok_is(g, k, W_TRADE) && word_s(g, k - 1, s, W_IN) && gram_in(g, k - 2, s) &&
		    (g->t[k - 2].kind == TOK_NUM ||
		     tok_has(g, k - 2, CLS_CURNAME | CLS_CURCODE | CLS_SCALE)) &&
		    !word_s(g, j, s, W_WITH) && !word_s(g, j, s, W_BETWEEN))
			return trade_with_all(g, subject_country_before(g, s, k), out);
		if (tok_is(g, k, W_TRADE) && word_s(g, j, s, W_TURNOVER))
			j++;
		bilateral = word_s(g, k - 1, s, W_BILATERAL) || word_s(g, k - 1, s, W_TWO_WAY) ||
			    word_s(g, k - 1, s, W_CROSS_BORDER) ||
			    tok_is(g, k, W_TURNOVER) || word_s(g, k + 1, s, W_TURNOVER);
		/* "RUSSIA-CHINA TRADE", "RUSSIA, UAE TRADE" (titles) */
		if (tok_is(g, k, W_TRADE) && gram_in(g, k - 1, s) && g->t[k - 1].kind == TOK_WORD &&
		    memchr(txt(g, k - 1), '-', g->t[k - 1].len))
			hyphen_pair(g, k - 1, s, &a, &b);
		if (tok_is(g, k, W_TRADE) && !a && gram_punct(g, k - 2, ",") && gram_in(g, k - 3, s) &&
		    (b = subject_country_ending(g, k - 1, s)) != NULL &&
		    !(a = subject_country_ending(g, k - 3, s)))
			b = NULL;
		if (a && b) {
			bilateral = 1;
		} else if (word_s(g, j, s, W_BETWEEN) && two_countries(g, j + 1, s)) {
			/* "total trade between the two countries" */
			const char *p, *q, *r = subject_country_before(g, s, k);

			if (!story_pair(g, s, &p, &q))
				continue;
			r = context_country_on(r, g->d->date);
			a = r && !strcmp(r, q) ? q : p;
			b = a == p ? q : p;
			out->par_inferred = 1;	/* from the story, not the sentence */
			out->rep_inferred = !r || strcmp(r, a);
		} else if (word_s(g, j, s, W_BETWEEN)) {
			j++;
			if (!(a = country_starting(g, j + word_s(g, j, s, W_THE), s, &n)))
				continue;
			j += word_s(g, j, s, W_THE) + n;
			if (!word_s(g, j, s, W_AND))
				continue;
			j++;
			if (!(b = country_starting(g, j + word_s(g, j, s, W_THE), s, &n)))
				continue;
		} else if (word_s(g, j, s, W_WITH)) {
			j++;
			if (!(b = country_starting(g, j + word_s(g, j, s, W_THE), s, &n)))
				continue;
		} else if (!bilateral) {
			continue;
		}
		if (!a) {
			size_t q = k - 1 - (bilateral && !tok_is(g, k, W_TURNOVER) &&
					    !word_s(g, k + 1, s, W_TURNOVER));

			a = subject_country_ending(g, q, s);	/* "Russia's trade turnover" */
			/* "Russia and Kazakhstan agreed to raise bilateral trade" */
			for (size_t q2 = win_lo(g, s, k); !a && q2 < k; q2++)
				if ((a = subject_country_ending(g, q2, s)) != NULL && !b) {
					size_t m = q2 + 1;

					if (word_s(g, m, s, W_AND))
						b = country_starting(g, m + 1, s, &n);
				}
		}
		if (!a && g->doc_country && (!b || strcmp(g->doc_country, b))) {
			a = g->doc_country;
			out->rep_inferred = 1;
		}
		if (!b && !bilateral)
			continue;
		/* "two-way trade", "bilateral trade" of one side of the story's
		 * pair: with the other */
		if (!b && a) {
			const char *p, *q;

			if (story_pair(g, s, &p, &q) &&
			    (!strcmp(context_country_on(a, g->d->date), p) ||
			     !strcmp(context_country_on(a, g->d->date), q))) {
				b = !strcmp(context_country_on(a, g->d->date), p) ? q : p;
				out->par_inferred = 1;
			}
		}
		set(out->flow, sizeof(out->flow), "trade");
		if (a)
			set(out->reporter, sizeof(out->reporter), a);
		if (b)
			set(out->partner, sizeof(out->partner), b);
		else
			out->par_open = 1;
		return 1;
	}
	return 0;
}

int subject_turnover(const struct gram *g, size_t s)
{
	struct subj t;

	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++)
		if (tok_has(g, k, CLS_BALANCE))
			return 0;
	return trade_phrase(g, s, &t) && t.partner[0] && strcmp(t.partner, "WORLD");
}
