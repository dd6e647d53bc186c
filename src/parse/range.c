/*
 * range.c - a bare number before a figure that shares its unit: the lower
 * end of a range ("7.8 to 8.2 mln tonnes", "between five and 15 pct", "10
 * or 15 pct", "1/4 to 1/2 point"), the earlier value of a change ("from 7.1
 * to 9.5 billion dlrs") and the earlier item of a list ("36,552 and 38,608
 * tonnes respectively").
 *
 * Input: the token array of gram.c, a figure f and its claim, and floor
 * (the first token after the last figure). Output: f and its claim
 * widened to the range, or a second figure and claim for the bare number.
 *
 * Invariants:
 *  1. Only tokens of f's sentence from floor on are read: a number inside
 *     an earlier figure is never taken again.
 *  2. The bare number is never a year and stays within a bounded factor of
 *     f (ten for a range or list, twenty for an earlier value).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <math.h>
#include <string.h>

#define MAX_VALUE GRAM_MAX_VALUE

/* "ranging from 60.7 to 69.0 mln": a range, where "from ... to" is a change. */
static const enum lex_word range_verbs[] = { W_RANGING, W_RANGED, W_RANGE, W_VARYING,
					     W_VARIED, W_VARIES, W_VARY };

static int word_is_between(const struct gram *g, size_t i, size_t s)
{
	return gram_in(g, i, s) && tok_is(g, i, W_BETWEEN);
}

/*
 * "7.8 to 8.2 mln tonnes", "37-38 billion dlrs", "between 5 and 6 billion":
 * a bare number (with or without its own scale) joined to the figure f,
 * whose unit it shares. The claim becomes the whole range: its midpoint,
 * with a precision that covers both ends (approx stays "": no hedge).
 * "from 7.1 to 9.5" is a change, not a range (but "ranging from 7.1 to 9.5"
 * is one); the lower end is never a
 * year, never inside an earlier figure (tokens before floor) and at least a
 * tenth of the upper. Returns 1 when it extended f and cl.
 */
int gram_range_before(const struct gram *g, size_t floor, struct fig *f, struct claim *cl)
{
	size_t s = g->sent[f->t0], k = f->t0 - 1, m;
	double lo, hi = cl->value, sc = f->scale, flo = 0;
	int between = 0, word_lo = 0;
	size_t fm;

	if (f->sign || f->t0 < floor + 2 || !gram_in(g, k, s) || cl->kind == CLAIM_DATE)
		return 0;
	if (gram_punct(g, k, "-")) {
		if (!gram_glued(g, k) || !gram_glued(g, f->t0))
			return 0;
	} else if (!tok_is(g, k, W_TO) && !tok_is(g, k, W_AND) && !tok_is(g, k, W_OR)) {
		return 0;	/* "10 or 15 pct": the writer's range too */
	}
	m = k - 1;
	if (gram_in(g, m, s) && g->t[m].kind == TOK_WORD && tok_has(g, m, CLS_SCALE)) {
		sc = tok_lex(g, m)->scale;
		m--;
	}
	/* "between five and 15 pct", "six to 6.10 pct", "three to four
	 * billion": a number word as the lower end; not "by one to 5 pct" or
	 * "rose one to ..." (a change and the level it reached), unless the
	 * two ends are within a factor two ("rising by two to 2.5 pct", "end
	 * up three to five billion dlrs higher", "increase ten to eleven
	 * pct": a change written as a range) */
	if (m >= floor && gram_in(g, m, s) && g->t[m].kind == TOK_WORD && f->t0 == f->h0 &&
	    tok_has(g, m, CLS_NUMBER) &&
	    ((tok_is(g, k, W_AND) && word_is_between(g, m - 1, s)) || tok_is(g, k, W_OR) ||
	     (tok_is(g, k, W_TO) && !(gram_in(g, m - 1, s) &&
				      ((tok_is(g, m - 1, W_FROM) && m - 1 != floor) ||
				       ((tok_is(g, m - 1, W_BY) ||
					 tok_has(g, m - 1, CLS_UP | CLS_DOWN)) &&
					tok_lex(g, m)->num * sc * f->factor * 2 < hi &&
					/* "down two to seven pct from the 3.85 mln
					 * hectares": a range of the change (recall4) */
					!(gram_in(g, f->t1, s) && tok_is(g, f->t1, W_FROM))))))))
		word_lo = tok_lex(g, m)->num;
	else if ((fm = gram_fraction_before(g, m, s, &flo)) >= floor && fm <= m && f->t0 == f->h0 &&
		 !(gram_glued(g, fm) && g->t[fm - 1].kind != TOK_PUNCT))
		m = fm;	/* "1/4 to 1/2 point", "5-1/2 to six pct" */
	else if (m < floor || !gram_in(g, m, s) || g->t[m].kind != TOK_NUM || f->t0 != f->h0 ||
	    (g->t[m].len == 4 && !g->t[m].decimals && g->t[m].num >= 1900 && g->t[m].num <= 2100 &&
	     sc == f->scale && sc == 1) ||
	    (gram_glued(g, m) && g->t[m - 1].kind != TOK_PUNCT))
		return 0;
	between = tok_is(g, m - 1, W_BETWEEN) && gram_in(g, m - 1, s);
	/* "ranging from 60.7 to 69.0 mln" is a range, "from 7.1 to 9.5" a
	 * change, but not right after a figure ("to 6.25 pct from six to 6.10
	 * pct": its earlier value is the range) */
	/* "between 50,000 to 100,000 tonnes": "between ... to" as wires write it */
	if ((tok_is(g, k, W_AND) && !between) || (!tok_is(g, k, W_AND) && between && !tok_is(g, k, W_TO)) ||
	    (tok_is(g, m - 1, W_FROM) && gram_in(g, m - 1, s) && m - 1 != floor &&
	     !(gram_in(g, m - 2, s) && WORD_AMONG(g, m - 2, range_verbs))))
		return 0;
	lo = (word_lo ? word_lo : flo > 0 ? flo : g->t[m].num) * sc * f->factor;
	if (!(lo > 0 && lo < hi && lo * 10 >= hi))
		return 0;
	cl->value = (lo + hi) / 2;
	cl->precision += (hi - lo) / 2;
	f->t0 = m;
	f->h0 = between ? m - 1 : m;
	cl->start = g->t[f->h0].off;
	cl->approx[0] = '\0';	/* a range is no hedge: its precision spans it */
	return 1;
}

/*
 * "$228-232/t", "$1.2-1.5 billion", "EUR 3-4 bn", "$234-$236 a ton": a
 * currency written before a number (iso) and a range glued to it by a
 * hyphen, whose upper end (token j + 1, or j + 2 after the same currency
 * again) follows. The number *num becomes the midpoint and *half half the
 * range, before any scale; never a date ("$5-10/87") and the upper end
 * within ten times the lower (invariant 2). Returns the tokens taken, or 0
 * (units7).
 */
size_t gram_range_after(const struct gram *g, size_t j, size_t s, const char *iso, double *num,
			double *half)
{
	size_t k = j + 1;
	const char *iso2 = NULL;
	double hi, sc = 1;

	if (!iso || !gram_punct(g, j, "-") || !gram_glued(g, j) || !gram_in(g, k, s) || !gram_glued(g, k))
		return 0;
	if (g->t[k].kind != TOK_NUM &&
	    !(gram_currency_before(g, k, s, &iso2, &sc) == 1 && sc == 1 && !strcmp(iso2, iso) &&
	      gram_in(g, ++k, s) && gram_glued(g, k)))
		return 0;
	if (g->t[k].kind != TOK_NUM || (gram_punct(g, k + 1, "/") && gram_glued(g, k + 1) &&
					gram_in(g, k + 2, s) && g->t[k + 2].kind == TOK_NUM))
		return 0;
	hi = g->t[k].num;
	if (!(*num > 0 && hi > *num && hi <= *num * 10))
		return 0;
	*half = (hi - *num) / 2;
	*num = (hi + *num) / 2;
	return k + 1 - j;
}

/*
 * "between $3 billion and $4 billion", "ranged from $3,100 to $3,400 a
 * tonne": two figures, each with its unit, that are the two ends of one
 * range ("between" before the first and "and" or "to" between them, or
 * "from" after a range verb and "to"). The first becomes the range (its
 * midpoint, a precision that spans it, its span to the second's end) and
 * the second is dropped. Same kind, unit and scale of value (the upper end
 * above the lower, within ten times it, invariant 2); "from $3 billion to
 * $4 billion" alone is a change and stays two figures (units7).
 */
void gram_join_ranges(const struct gram *g, struct claims *out, size_t base, struct fig *figs)
{
	for (size_t k = base; k + 1 < out->n; k++) {
		struct claim *a = &out->v[k], *b = &out->v[k + 1];
		struct fig *fa = &figs[k - base], *fb = &figs[k + 1 - base];
		size_t s = g->sent[fa->t0], p = fa->h0 - 1;
		int between = fa->h0 > 0 && word_is_between(g, p, s);

		if (a->kind == CLAIM_DATE || a->kind != b->kind || strcmp(a->unit, b->unit) ||
		    g->sent[fb->t0] != s || fb->h0 != fa->t1 + 1 || fb->h0 != fb->t0 || a->approx[0] ||
		    !(a->value > 0 && b->value > a->value && b->value <= a->value * 10) ||
		    !(between ? tok_is(g, fa->t1, W_AND) || tok_is(g, fa->t1, W_TO)
			      : tok_is(g, fa->t1, W_TO) && fa->h0 > 1 && tok_is(g, p, W_FROM) &&
					gram_in(g, p - 1, s) && WORD_AMONG(g, p - 1, range_verbs)))
			continue;
		a->precision += (b->value - a->value) / 2;
		a->value = (a->value + b->value) / 2;
		a->end = b->end;
		if (!a->per[0])
			memcpy(a->per, b->per, sizeof(a->per));
		if (between)
			a->start = g->t[p].off;
		fa->t1 = fb->t1;
		if (between)
			fa->h0 = p;
		memmove(b, b + 1, (out->n - k - 2) * sizeof(*b));
		memmove(fb, fb + 1, (out->n - k - 2) * sizeof(*fb));
		out->n--;
	}
}

static void item_before(const struct gram *g, const struct fig *f, const struct claim *cl, size_t m,
			size_t k, double sc, struct fig *fa, struct claim *ca);

/*
 * "fell from 209.30 to 179.44 European currency units", "from 7.1 to 9.5
 * billion dlrs": the bare number after "from" is the earlier value of the
 * change to f, in f's unit (and scale, unless it has its own). Fills fa and
 * ca with it and returns 1; never a year, nothing inside an earlier figure
 * (before floor), and the two within a factor twenty.
 */
int gram_from_before(const struct gram *g, size_t floor, const struct fig *f,
		       const struct claim *cl, struct fig *fa, struct claim *ca)
{
	size_t s = g->sent[f->t0], k = f->t0 - 1, m;
	double sc = f->scale, v;

	if (f->sign || f->t0 < floor + 3 || cl->kind == CLAIM_DATE || !tok_is(g, k, W_TO) ||
	    !gram_in(g, k, s))
		return 0;
	m = k - 1;
	if (gram_in(g, m, s) && g->t[m].kind == TOK_WORD && tok_has(g, m, CLS_SCALE)) {
		sc = tok_lex(g, m)->scale;
		m--;
	}
	if (m < floor + 1 || !gram_in(g, m, s) || g->t[m].kind != TOK_NUM ||
	    !tok_is(g, m - 1, W_FROM) || !gram_in(g, m - 1, s) ||
	    (gram_glued(g, m) && g->t[m - 1].kind != TOK_PUNCT) || gram_glued(g, m + 1) ||
	    (sc == 1 && elide_year_like(&g->t[m])) || g->t[m].decimals > 15)
		return 0;
	v = g->t[m].num * sc * f->factor;
	if (!(v > 0) || v * 20 < fabs(cl->value) || v > fabs(cl->value) * 20 || v > MAX_VALUE)
		return 0;
	item_before(g, f, cl, m, k, sc, fa, ca);
	return 1;
}

/* Fills fa and ca with the bare number at token m (tokens m..k-1, scale
 * sc) in f's unit: the earlier value or the earlier item of cl. */
static void item_before(const struct gram *g, const struct fig *f, const struct claim *cl, size_t m,
			size_t k, double sc, struct fig *fa, struct claim *ca)
{
	double v = g->t[m].num * sc * f->factor;

	*ca = *cl;
	ca->value = cl->value < 0 ? -v : v;
	ca->precision = 0.5 * sc * f->factor / pow(10, g->t[m].decimals);
	ca->approx[0] = '\0';
	ca->pair = -1;
	ca->start = g->t[m].off;
	ca->end = g->t[k - 1].off + g->t[k - 1].len;
	memset(fa, 0, sizeof(*fa));
	fa->h0 = fa->t0 = m;
	fa->t1 = k;
	fa->scale = sc;
	fa->factor = f->factor;
}

/*
 * "shipped 36,552 and 38,608 tonnes respectively", "estimated at 1.47 and
 * 2.09 mln tonnes": a bare number joined by "and" to the figure f is an
 * item of the same list, in f's unit and scale (unless it has its own
 * scale word). Only when "respectively" follows in the sentence or the
 * number has decimals (a count or an article's number has none: "Section
 * 301 and 100 pct tariffs"), never a year, within a factor ten of f, and
 * not a range ("between 5 and 6 pct" is range_before()'s). Fills fa and ca
 * like from_before() and returns 1.
 */
/* Token k labels a list item: a country, a commodity or a capitalised
 * word that is no month ("South Korea", "Poland", "sorghum"). */
static int label_word(const struct gram *g, size_t k)
{
	const char *w = tok_text(g, k);

	if (tok_has(g, k, CLS_MONTH | CLS_WEEKDAY | CLS_SCALE))
		return 0;
	return tok_has(g, k, CLS_COUNTRY | CLS_COMMODITY) || (*w >= 'A' && *w <= 'Z');
}

/* Token k is part of a label written with stops or an article ("the
 * U.S. 5.4 pct", "the E.C. 13.6"), or a month ("127.50 and June 129.50
 * stg"; *month set). */
static int label_part(const struct gram *g, size_t k, int *month)
{
	if (gram_punct(g, k, ".") && gram_glued(g, k) && k > 0 && g->t[k - 1].kind == TOK_WORD &&
	    g->t[k - 1].len <= 2)
		return 1;
	if (g->t[k].kind != TOK_WORD)
		return 0;
	if (tok_is(g, k, W_THE))
		return 1;
	if (tok_has(g, k, CLS_MONTH) && !tok_has(g, k, CLS_WEEKDAY | CLS_SCALE)) {
		*month = 1;
		return 1;
	}
	return 0;
}

int gram_list_before(const struct gram *g, size_t floor, const struct fig *f,
		       const struct claim *cl, struct fig *fa, struct claim *ca)
{
	size_t s = g->sent[f->t0], k = f->t0 - 1, m, e;
	double sc = f->scale, v;
	int resp = 0, own = 0, labels = 0, month = 0;

	if (f->sign || f->t0 < floor + 2 || cl->kind == CLAIM_DATE || !gram_in(g, k, s))
		return 0;
	/* "54,500 and South Korea 50,000 tonnes": labels between; "the EC
	 * 13.6 and the U.S. 5.4 pct" (recall4): an article and stops too */
	while (labels < 6 && k > floor && gram_in(g, k, s) && !tok_is(g, k, W_AND) &&
	       ((g->t[k].kind == TOK_WORD && label_word(g, k)) || label_part(g, k, &month))) {
		k--;
		labels++;
	}
	if (!tok_is(g, k, W_AND) || !gram_in(g, k, s) || k < 1)
		return 0;
	m = k - 1;
	if (gram_in(g, m, s) && g->t[m].kind == TOK_WORD && tok_has(g, m, CLS_SCALE)) {
		sc = tok_lex(g, m)->scale;
		m--;
		own = 1;	/* "2.09 billion and 1.722 billion dlrs" */
	}
	if (m < floor || !gram_in(g, m, s) || g->t[m].kind != TOK_NUM ||
	    (gram_glued(g, m) && g->t[m - 1].kind != TOK_PUNCT) || gram_glued(g, m + 1) ||
	    elide_year_like(&g->t[m]) || g->t[m].decimals > 15 ||
	    (gram_in(g, m - 1, s) && (tok_is(g, m - 1, W_BETWEEN) || gram_punct(g, m - 1, "/"))))
		return 0;
	for (e = f->t1; e < f->t1 + 12 && gram_in(g, e, s) && !resp; e++)
		resp = tok_is(g, e, W_RESPECTIVELY);
	/* without "respectively", two measurements written alike ("1.47 and
	 * 2.09 mln"), not "Version 2.1 and 15 pct" */
	if (!labels && !resp && (!g->t[m].decimals || g->t[f->t0].kind != TOK_NUM ||
				 (!own && g->t[m].decimals != g->t[f->t0].decimals)) &&
	    /* or both written out in full: "38,950 and 27,400 tonnes" (recall4) */
	    !(!own && f->scale == 1 && g->t[f->t0].kind == TOK_NUM && !g->t[m].decimals &&
	      !g->t[f->t0].decimals && memchr(tok_text(g, m), ',', g->t[m].len) &&
	      memchr(tok_text(g, f->t0), ',', g->t[f->t0].len)))
		return 0;
	/* labelled items: both written out in full, no scale word; or both
	 * written alike with decimals ("the EC 13.6 and the U.S. 5.4 pct",
	 * "April 127.50 and June 129.50 stg per tonne"; recall4) */
	if (labels && (own || f->scale != 1 || g->t[f->t0].kind != TOK_NUM ||
		       !memchr(tok_text(g, m), ',', g->t[m].len) ||
		       !memchr(tok_text(g, f->t0), ',', g->t[f->t0].len)) &&
	    (own || g->t[f->t0].kind != TOK_NUM || !g->t[m].decimals ||
	     g->t[m].decimals != g->t[f->t0].decimals))
		return 0;
	if (month && (!g->t[m].decimals || g->t[m].decimals != g->t[f->t0].decimals))
		return 0;	/* "in May and June 3.1 pct": no list */
	v = g->t[m].num * sc * f->factor;
	if (!(v > 0) || v * 10 < fabs(cl->value) || v > fabs(cl->value) * 10 || v > MAX_VALUE)
		return 0;
	item_before(g, f, cl, m, k, sc, fa, ca);
	return 1;
}

/*
 * "output was 1.2, 0.8 and 0.3 mln tonnes", "exports of 4.5, 3.2 and 1.1
 * billion dlrs": the items of a list before its last two, each followed by
 * a comma, share the unit of the list's last item (recall4). The item fa
 * (claim ca) was taken by gram_list_before() or by this; the number before
 * it and a comma is written alike (as many decimals, at least one, or both
 * written out in full with thousands commas), is no year, nothing inside
 * an earlier figure (before floor), within a factor ten of ca. Fills fb and
 * cb like gram_from_before() and returns 1.
 */
int gram_list_comma_before(const struct gram *g, size_t floor, const struct fig *fa,
			   const struct claim *ca, struct fig *fb, struct claim *cb)
{
	size_t s = g->sent[fa->t0], k = fa->t0 - 1, m;
	double sc = fa->scale, v;
	const struct token *a = &g->t[fa->t0];

	if (fa->t0 < floor + 2 || !gram_in(g, k, s) || !gram_punct(g, k, ",") || !gram_glued(g, k) ||
	    a->kind != TOK_NUM)
		return 0;
	m = k - 1;
	if (gram_in(g, m, s) && g->t[m].kind == TOK_WORD && tok_has(g, m, CLS_SCALE)) {
		sc = tok_lex(g, m)->scale;
		m--;
	}
	if (m < floor || !gram_in(g, m, s) || g->t[m].kind != TOK_NUM ||
	    (gram_glued(g, m) && g->t[m - 1].kind != TOK_PUNCT) ||
	    elide_year_like(&g->t[m]) || g->t[m].decimals > 15 ||
	    (gram_in(g, m - 1, s) && (tok_is(g, m - 1, W_BETWEEN) || gram_punct(g, m - 1, "/"))))
		return 0;
	if (!(g->t[m].decimals && g->t[m].decimals == a->decimals) &&
	    !(memchr(tok_text(g, m), ',', g->t[m].len) && memchr(tok_text(g, fa->t0), ',', a->len)))
		return 0;
	v = g->t[m].num * sc * fa->factor;
	if (!(v > 0) || v * 10 < fabs(ca->value) || v > fabs(ca->value) * 10 || v > MAX_VALUE)
		return 0;
	item_before(g, fa, ca, m, k, sc, fb, cb);
	return 1;
}

/*
 * "reserves rose 484 mln to 56.89 billion guilders" (a change, then the
 * level it reached), "the deficit grew to 147.7 billion from 124.4 billion
 * dlrs" (a level, then the earlier one): a bare number with its own scale
 * word joined by "to" or "from" to the figure f is another figure in f's
 * unit. Its scale word is required (else it could be a count), no year;
 * a change is below the level it reached (down to a ten-thousandth), an
 * earlier value within a factor twenty. Fills fa and ca like
 * gram_from_before() and returns 1.
 */
int gram_joined_before(const struct gram *g, size_t floor, const struct fig *f,
		       const struct claim *cl, struct fig *fa, struct claim *ca)
{
	size_t s = g->sent[f->t0], k = f->t0 - 1, m;
	double sc, v, a = fabs(cl->value);
	int to;

	if (f->sign || f->t0 < floor + 3 || cl->kind == CLAIM_DATE || !gram_in(g, k, s) ||
	    !(tok_is(g, k, W_TO) || tok_is(g, k, W_FROM)))
		return 0;
	to = tok_is(g, k, W_TO);
	m = k - 1;
	if (!gram_in(g, m, s) || g->t[m].kind != TOK_WORD || !tok_has(g, m, CLS_SCALE))
		return 0;
	sc = tok_lex(g, m)->scale;
	m--;
	if (m < floor + 1 || !gram_in(g, m - 1, s) || g->t[m].kind != TOK_NUM ||
	    (gram_glued(g, m) && g->t[m - 1].kind != TOK_PUNCT) || g->t[m].decimals > 15)
		return 0;
	/* "rose 484 mln to", "by 484 mln to"; "to 147.7 billion from" */
	if (to ? !(tok_has(g, m - 1, CLS_UP | CLS_DOWN) || tok_is(g, m - 1, W_BY)) :
		 !tok_is(g, m - 1, W_TO))
		return 0;
	v = g->t[m].num * sc * f->factor;
	if (!(v > 0) || v > GRAM_MAX_VALUE ||
	    (to ? (v >= a || v * 10000 < a) : (v * 20 < a || v > a * 20)))
		return 0;
	item_before(g, f, cl, m, k, sc, fa, ca);
	if (to)
		ca->value = v;	/* a change carries no sign: its direction says it */
	return 1;
}
