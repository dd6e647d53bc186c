/*
 * gram.c - the claim grammar: tokens -> figures -> claims.
 *
 * Input: a struct doc. Output: claims appended to a struct claims, each a
 * money, quantity or percent figure ("$11.5 billion", "5.8 million tons per
 * year", "+8%") or a date; frame.c then reads the sentence around it.
 *
 * Invariants:
 *  1. A bare number is never a claim: a figure needs a currency, a unit or
 *     a percent sign, so years, days, ordinals ("78th") and counts drop out.
 *  2. A figure never crosses a sentence boundary; its value is finite, at
 *     most MAX_VALUE in magnitude and written with at most MAX_DECIMALS.
 *  3. Claims come out in order of start offset; pair indexes refer to the
 *     caller's array (they include the claims it already held).
 *  4. Any input ends in a bounded number of steps: every loop advances by at
 *     least one token.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- token predicates (shared with frame.c) -------------------------- */

int gram_word(const struct gram *g, size_t i, const char *w)
{
	return i < g->nt && g->t[i].kind == TOK_WORD && strlen(w) == g->t[i].len &&
	       strncasecmp(g->d->buf + g->t[i].off, w, g->t[i].len) == 0;
}

int gram_punct(const struct gram *g, size_t i, const char *p)
{
	return i < g->nt && (g->t[i].kind == TOK_PUNCT || g->t[i].kind == TOK_SYM) &&
	       strlen(p) == g->t[i].len && memcmp(g->d->buf + g->t[i].off, p, g->t[i].len) == 0;
}

int gram_glued(const struct gram *g, size_t i)
{
	return i > 0 && i < g->nt && g->t[i - 1].off + g->t[i - 1].len == g->t[i].off;
}

int gram_in(const struct gram *g, size_t i, size_t s)
{
	return i < g->nt && g->sent[i] == s;
}

/* Token i exists, is a word and lies in sentence s. */
static int word_in(const struct gram *g, size_t i, size_t s)
{
	return i < g->nt && g->t[i].kind == TOK_WORD && g->sent[i] == s;
}

static const char *tok_text(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}

/* ---- figures ----------------------------------------------------------- */

#define MAX_VALUE 1e18		/* |value| above this is not a trade figure */
#define MAX_DECIMALS 15		/* digits after the point a double keeps */

static const char *const hedges1[] = { "about", "around", "nearly", "almost", "some",
				       "over", "roughly", "approximately", "approx",
				       "circa" };
static const char *const hedges2[][2] = { { "more", "than" }, { "an", "estimated" },
					  { "less", "than" }, { "close", "to" } };

/* The hedge just before token t0 (same sentence): sets approx and returns
 * its first token, or t0 when there is none. */
static size_t hedge_before(const struct gram *g, size_t t0, char approx[static 16])
{
	size_t s = g->sent[t0];

	approx[0] = '\0';
	if (t0 >= 2 && g->sent[t0 - 2] == s)
		for (size_t k = 0; k < ARRAY_SIZE(hedges2); k++)
			if (gram_word(g, t0 - 2, hedges2[k][0]) && gram_word(g, t0 - 1, hedges2[k][1])) {
				str_copy(approx, 16, hedges2[k][0], strlen(hedges2[k][0]));
				strcat(approx, " ");
				strncat(approx, hedges2[k][1], 15 - strlen(approx));
				return t0 - 2;
			}
	if (t0 >= 1 && g->sent[t0 - 1] == s)
		for (size_t k = 0; k < ARRAY_SIZE(hedges1); k++)
			if (gram_word(g, t0 - 1, hedges1[k])) {
				str_copy(approx, 16, hedges1[k], strlen(hedges1[k]));
				return t0 - 1;
			}
	return t0;
}

/* A currency written before the number at token i: "$", "€", "US$", "USD".
 * Returns the tokens it takes (0 if none) and sets *iso. */
static size_t currency_before(const struct gram *g, size_t i, const char **iso)
{
	const struct token *t = &g->t[i];
	enum unit_form f;

	if (gram_word(g, i, "US") && gram_punct(g, i + 1, "$") && gram_glued(g, i + 1)) {
		*iso = "USD";
		return 2;
	}
	if (t->kind != TOK_SYM && t->kind != TOK_WORD)
		return 0;
	f = units_currency(tok_text(g, i), t->len, iso);
	if (f == UNIT_SIGN)
		return 1;
	if (f == UNIT_CODE && i + 1 < g->nt && g->t[i + 1].kind == TOK_NUM)
		return 1;
	*iso = NULL;
	return 0;
}

/* The rate after a money or quantity figure: "per year", "a day", "annually".
 * Returns the tokens it takes and copies the unit to per. */
static size_t rate_after(const struct gram *g, size_t j, size_t s, char per[static 8])
{
	static const char *const units[] = { "year", "month", "day" };
	static const char *const adverbs[][2] = { { "annually", "year" }, { "yearly", "year" },
						  { "monthly", "month" }, { "daily", "day" } };

	if (j >= g->nt || g->sent[j] != s)
		return 0;
	for (size_t k = 0; k < ARRAY_SIZE(units); k++) {
		if ((gram_word(g, j, "per") || (gram_punct(g, j, "/") && gram_glued(g, j))) &&
		    word_in(g, j + 1, s) && gram_word(g, j + 1, units[k])) {
			strcpy(per, units[k]);
			return 2;
		}
		/* "a year", but not "a year earlier" or "a year ago". */
		if (gram_word(g, j, "a") && word_in(g, j + 1, s) && gram_word(g, j + 1, units[k]) &&
		    !gram_word(g, j + 2, "earlier") && !gram_word(g, j + 2, "ago") &&
		    !gram_word(g, j + 2, "before") && !gram_word(g, j + 2, "later")) {
			strcpy(per, units[k]);
			return 2;
		}
	}
	if (gram_word(g, j, "per") && word_in(g, j + 1, s) && gram_word(g, j + 1, "annum")) {
		strcpy(per, "year");
		return 2;
	}
	for (size_t k = 0; k < ARRAY_SIZE(adverbs); k++)
		if (gram_word(g, j, adverbs[k][0])) {
			strcpy(per, adverbs[k][1]);
			return 1;
		}
	return 0;
}

/* The unit after the number (token j): percent, currency name or code, or a
 * quantity unit. Sets kind/unit; returns the tokens taken, 0 if none. */
static size_t unit_after(const struct gram *g, size_t j, size_t s, const char **iso,
			 struct claim *cl)
{
	const struct token *t;
	const char *u, *cur;
	int words;

	if (j >= g->nt || g->sent[j] != s)
		return 0;
	t = &g->t[j];
	if (gram_punct(g, j, "%") || gram_word(g, j, "percent") || gram_word(g, j, "pct")) {
		cl->kind = CLAIM_PERCENT;
		strcpy(cl->unit, "%");
		return 1;
	}
	if ((gram_word(g, j, "per") && word_in(g, j + 1, s) && gram_word(g, j + 1, "cent")) ||
	    (gram_word(g, j, "percentage") && word_in(g, j + 1, s) &&
	     (gram_word(g, j + 1, "points") || gram_word(g, j + 1, "point")))) {
		cl->kind = CLAIM_PERCENT;
		strcpy(cl->unit, gram_word(g, j, "per") ? "%" : "pp");
		return 2;
	}
	if (t->kind != TOK_WORD)
		return 0;
	/* "US dollars": the country says which dollar. */
	if (!*iso && gram_word(g, j, "US") && word_in(g, j + 1, s) &&
	    units_currency(tok_text(g, j + 1), g->t[j + 1].len, &cur) == UNIT_NAME &&
	    !strcmp(cur, "USD")) {
		*iso = "USD";
		return 2;
	}
	switch (units_currency(tok_text(g, j), t->len, &cur)) {
	case UNIT_CODE:
	case UNIT_NAME:
		/* "¥5 billion yuan" is yuan; "$5 billion dollars" is still USD. */
		if (!*iso || (!strcmp(*iso, "JPY") && !strcmp(cur, "CNY")) || !strcmp(*iso, cur)) {
			*iso = cur;
			return 1;
		}
		return 0;
	default:
		break;
	}
	if (*iso)
		return 0;
	if (gram_word(g, j, "bpd")) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "bbl");
		strcpy(cl->per, "day");
		return 1;
	}
	u = units_quantity(tok_text(g, j), t->len, word_in(g, j + 1, s) ? tok_text(g, j + 1) : NULL,
			   word_in(g, j + 1, s) ? g->t[j + 1].len : 0, &words);
	if (!u)
		return 0;
	cl->kind = CLAIM_QUANTITY;
	str_copy(cl->unit, sizeof(cl->unit), u, strlen(u));
	return (size_t)words;
}

/*
 * A money, quantity or percent figure starting at token i (no hedge): an
 * optional currency or sign, a number, an optional scale word, a unit and,
 * for money and quantities, an optional rate. Returns 1 and fills f and cl.
 */
static int figure_at(const struct gram *g, size_t i, struct fig *f, struct claim *cl)
{
	size_t s = g->sent[i], j = i, k;
	const char *iso = NULL;
	double num, scale = 1;
	int dec, sign = 0, from_word = 0;

	if (s == NO_SENT)
		return 0;
	memset(cl, 0, sizeof(*cl));
	cl->pair = -1;
	/* A sign glued to what follows and not to what precedes ("2023-11"). */
	if ((gram_punct(g, j, "+") || gram_punct(g, j, "-") || gram_punct(g, j, "\xe2\x88\x92")) &&
	    gram_glued(g, j + 1) && g->sent[j + 1] == s &&
	    (!gram_glued(g, j) || g->t[j - 1].kind == TOK_PUNCT)) {
		sign = gram_punct(g, j, "+") ? 1 : -1;
		j++;
	}
	j += currency_before(g, j, &iso);
	if (j >= g->nt || g->sent[j] != s)
		return 0;
	if (g->t[j].kind == TOK_NUM) {
		/* "G7" is a word; "A/2" or "1.2.3" are not figures worth guessing. */
		if (gram_glued(g, j) && j == i && g->t[j - 1].kind != TOK_PUNCT)
			return 0;
		num = g->t[j].num;
		dec = g->t[j].decimals;
	} else if (g->t[j].kind == TOK_WORD && j == i &&
		   (num = units_number_word(tok_text(g, j), g->t[j].len)) > 0) {
		dec = 0;
		from_word = 1;
	} else {
		return 0;
	}
	j++;
	if (j < g->nt && g->sent[j] == s && g->t[j].kind == TOK_WORD) {
		double sc = units_scale(tok_text(g, j), g->t[j].len);

		if (sc > 0) {
			scale = sc;
			j++;
		} else if (iso && gram_glued(g, j) && (gram_word(g, j, "m") || gram_word(g, j, "k"))) {
			scale = gram_word(g, j, "m") ? 1e6 : 1e3;
			j++;
		} else if (gram_glued(g, j)) {
			return 0;	/* "78th", "5G": not a figure */
		}
	}
	k = unit_after(g, j, s, &iso, cl);
	j += k;
	if (!k && !iso)
		return 0;
	if (from_word && !k && scale == 1)
		return 0;	/* "two" alone, or "$ two" */
	if (iso) {
		cl->kind = CLAIM_MONEY;
		str_copy(cl->unit, sizeof(cl->unit), iso, strlen(iso));
	}
	if (cl->kind != CLAIM_PERCENT && !cl->per[0])
		j += rate_after(g, j, s, cl->per);
	cl->value = num * scale * (sign < 0 ? -1 : 1);
	cl->precision = 0.5 * scale / pow(10, dec);
	/* Not a trade figure: beyond a quintillion, or more decimals than a
	 * double holds (invariant 2). */
	if (!isfinite(cl->value) || !isfinite(cl->precision) || fabs(cl->value) > MAX_VALUE ||
	    dec > MAX_DECIMALS)
		return 0;
	f->t0 = i;
	f->t1 = j;
	f->sign = sign;
	cl->start = g->t[i].off;
	cl->end = g->t[j - 1].off + g->t[j - 1].len;
	return 1;
}

/* ---- dates ------------------------------------------------------------- */

static int weekday_at(const struct gram *g, size_t i)
{
	static const char *const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday",
					    "Friday", "Saturday", "Sunday" };

	for (size_t k = 0; k < ARRAY_SIZE(days); k++)
		if (i < g->nt && g->t[i].kind == TOK_WORD && g->t[i].len == strlen(days[k]) &&
		    !memcmp(tok_text(g, i), days[k], g->t[i].len))
			return 1;
	return 0;
}

static int small_int(const struct gram *g, size_t i, int lo, int hi, size_t maxlen)
{
	return i < g->nt && g->t[i].kind == TOK_NUM && g->t[i].decimals == 0 &&
	       g->t[i].len <= maxlen && g->t[i].num >= lo && g->t[i].num <= hi;
}

/*
 * A date: "September 19", "Tuesday, September 19", "Wednesday (September
 * 20)", "May 22, 2024", "2023-11-07". The weekday is kept in the mention so
 * that a later check can hold it against the calendar.
 */
static int date_at(const struct gram *g, size_t i, struct fig *f, struct claim *cl)
{
	size_t s = g->sent[i], j = i, end;
	int m, day, year = 0, paren = 0;

	if (s == NO_SENT)
		return 0;
	memset(cl, 0, sizeof(*cl));
	cl->pair = -1;
	if (small_int(g, i, 1900, 2100, 4) && gram_punct(g, i + 1, "-") && gram_glued(g, i + 1) &&
	    small_int(g, i + 2, 1, 12, 2) && gram_glued(g, i + 2) && gram_punct(g, i + 3, "-") &&
	    gram_glued(g, i + 3) && small_int(g, i + 4, 1, 31, 2) && gram_glued(g, i + 4) &&
	    !(i + 5 < g->nt && gram_glued(g, i + 5) && g->t[i + 5].kind != TOK_PUNCT)) {
		if (period_resolve_day(NULL, (int)g->t[i + 2].num, (int)g->t[i + 4].num,
				       (int)g->t[i].num, cl->period) < 0)
			return 0;
		j = i + 5;
		goto found;
	}
	if (weekday_at(g, j) && (gram_punct(g, j + 1, ",") || gram_punct(g, j + 1, "("))) {
		paren = gram_punct(g, j + 1, "(");
		j += 2;
	}
	if (j >= g->nt || g->t[j].kind != TOK_WORD || g->sent[j] != s ||
	    !(m = period_month(tok_text(g, j), g->t[j].len)) || !small_int(g, j + 1, 1, 31, 2) ||
	    (j + 2 < g->nt && gram_glued(g, j + 2) && g->t[j + 2].kind == TOK_WORD))
		return 0;
	day = (int)g->t[j + 1].num;
	j += 2;
	if (gram_punct(g, j, ",") && small_int(g, j + 1, 1900, 2100, 4)) {
		year = (int)g->t[j + 1].num;
		j += 2;
	}
	if (paren && gram_punct(g, j, ")"))
		j++;
	if (period_resolve_day(g->d->date, m, day, year, cl->period) < 0)
		return 0;
found:
	for (size_t k = i; k < j; k++)
		if (g->sent[k] != s)
			return 0;
	end = g->t[j - 1].off + g->t[j - 1].len;
	cl->kind = CLAIM_DATE;
	cl->start = g->t[i].off;
	cl->end = end;
	cl->precision = 0.5;
	f->h0 = f->t0 = i;
	f->t1 = j;
	f->sign = 0;
	return 1;
}

/* ---- the document ------------------------------------------------------ */

static void gram_load(struct gram *g, const struct doc *d)
{
	size_t off = 0, next;
	struct token t;

	memset(g, 0, sizeof(*g));
	g->d = d;
	for (;;) {
		next = lex_next(d->buf, d->len, off, &t);
		if (t.kind == TOK_EOF || next <= off)
			break;
		XGROW(g->t, g->talloc, g->nt + 1);
		g->t[g->nt++] = t;
		off = next;
	}
	g->sent = xcalloc(g->nt ? g->nt : 1, sizeof(*g->sent));
	frame_sentences(g);
	frame_prepare(g);
}

static void gram_release(struct gram *g)
{
	frame_release(g);
	free(g->t);
	free(g->sent);
	free(g->s);
	memset(g, 0, sizeof(*g));
}

/* "5 billion yuan ($685 million)": two money figures, the second in
 * parentheses right after the first, in another currency. */
static void link_pairs(const struct gram *g, struct claims *out, size_t base,
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
		/* The converted amount is the same thing in other money. */
		memcpy(b->measure, a->measure, sizeof(b->measure));
		memcpy(b->direction, a->direction, sizeof(b->direction));
		if (!b->period[0])
			memcpy(b->period, a->period, sizeof(b->period));
	}
}

size_t parse_doc(const struct doc *d, struct claims *out)
{
	struct gram g;
	struct fig *figs = NULL;
	size_t base = out->n, falloc = 0, i = 0;

	if (!d || !d->buf)
		return 0;
	gram_load(&g, d);
	while (i < g.nt) {
		struct claim cl;
		struct fig f;

		if (date_at(&g, i, &f, &cl) || figure_at(&g, i, &f, &cl)) {
			if (cl.kind != CLAIM_DATE)
				f.h0 = hedge_before(&g, f.t0, cl.approx);
			frame_fill(&g, &f, &cl);
			XGROW(out->v, out->alloc, out->n + 1);
			out->v[out->n] = cl;
			XGROW(figs, falloc, out->n - base + 1);
			figs[out->n - base] = f;
			out->n++;
			i = f.t1 > i ? f.t1 : i + 1;
		} else {
			i++;
		}
	}
	link_pairs(&g, out, base, figs);
	free(figs);
	gram_release(&g);
	return out->n - base;
}

void claims_init(struct claims *c)
{
	c->v = NULL;
	c->n = c->alloc = 0;
}

void claims_release(struct claims *c)
{
	if (!c)
		return;
	free(c->v);
	claims_init(c);
}

const char *claim_kind_name(enum claim_kind k)
{
	switch (k) {
	case CLAIM_MONEY:
		return "money";
	case CLAIM_QUANTITY:
		return "quantity";
	case CLAIM_PERCENT:
		return "percent";
	case CLAIM_DATE:
		return "date";
	case CLAIM_COUNT:
		return "count";
	}
	return "unknown";
}
