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

/* ---- token predicates (shared with frame.c); words are tested by their
 * lexicon classes (tok_is(), tok_has() in parse_int.h) ------------------ */

int gram_punct_spelt(const struct gram *g, size_t i, const char *p)
{
	const char *q;
	size_t n, k;

	if (i >= g->nt || (g->t[i].kind != TOK_PUNCT && g->t[i].kind != TOK_SYM))
		return 0;
	q = g->d->buf + g->t[i].off;
	n = g->t[i].len;
	if (*q != *p)
		return 0;
	for (k = 1; k < n && p[k] && q[k] == p[k]; k++)
		;
	return k == n && p[n] == '\0';
}

/* ---- figures ----------------------------------------------------------- */

#define MAX_VALUE GRAM_MAX_VALUE	/* |value| above this is not a trade figure */
#define MAX_DECIMALS 15		/* digits after the point a double keeps */

static int hyphen_compound(const struct gram *g, size_t i, double *scale, const char **iso,
			   struct claim *cl);

/* The dollar's names, and the dollars issue 13 names besides the U.S. one. */
const enum lex_word gram_dollar_words[5] = { W_DLRS, W_DLR, W_DOLLARS, W_DOLLAR, W_DLS };

/* The tail w[0..n) of a hyphenated compound is a one-word quantity unit
 * ("four-mln-tonne", "2.5-mln-tonne", "a 1.2-million-barrel"): sets cl's
 * kind and unit and *factor; returns 1, or 0 (nothing set). */
static int hyphen_quantity(const char *w, size_t n, struct claim *cl, double *factor)
{
	int words;
	const char *u = units_quantity_ex(w, n, NULL, 0, &words, factor);

	if (!u)
		return 0;
	cl->kind = CLAIM_QUANTITY;
	str_copy(cl->unit, sizeof(cl->unit), u, strlen(u));
	return 1;
}

/*
 * The word at i is a number word, a scale and perhaps a currency joined by
 * hyphens: "eight-billion-dlr", "twenty-five-mln-dlr", "half-mln" (a
 * half-mln tonnes). Sets *num, multiplies *scale, sets *iso when a currency
 * ends it; returns 1, or 0 (nothing set) for any other word.
 */
static int hyphen_number(const struct gram *g, size_t i, double *num, double *scale,
			 const char **iso, struct claim *cl)
{
	const char *w = tok_text(g, i), *h, *r, *h2;
	size_t n = g->t[i].len;
	const char *cur = NULL;
	double v, sc, qf = 1;

	for (h = memchr(w, '-', n); h; h = memchr(h + 1, '-', n - (size_t)(h + 1 - w))) {
		size_t pl = (size_t)(h - w), rl = n - pl - 1;

		uint64_t hc;

		if (lexicon_word(w, pl, &hc) == &lexicon_entries[W_HALF])
			v = 0.5;
		else if ((v = units_number_word(w, pl)) <= 0)
			continue;
		r = h + 1;
		h2 = memchr(r, '-', rl);
		if ((sc = units_scale(r, h2 ? (size_t)(h2 - r) : rl)) <= 0)
			continue;
		if (h2 && (units_currency(h2 + 1, rl - (size_t)(h2 - r) - 1, &cur) == UNIT_NONE || !cur) &&
		    !hyphen_quantity(h2 + 1, rl - (size_t)(h2 - r) - 1, cl, &qf))
			return 0;
		*num = v;
		*scale *= sc * qf;
		*iso = cur;
		return 1;
	}
	return 0;
}

/*
 * A money, quantity or percent figure starting at token i (no hedge): an
 * optional sign, an optional currency, a number, an optional scale word, a
 * unit and, for money and quantities, an optional rate. cr is the unit
 * of the last figures before it, for an elided one ("rose to 9.5 billion
 * dlrs from 7.1 billion"), or NULL. Returns 1 and fills f and cl.
 */
static int figure_at(const struct gram *g, size_t i, const struct carry *cr,
		     const struct table *tb, struct fig *f, struct claim *cl)
{
	size_t s = g->sent[i], j = i, k, nw = 0;
	const char *iso = NULL;
	double num, scale = 1, factor = 1, cscale, frac = 0, qalt = 0, rhalf = 0;
	int dec, sign = 0, bare = 0, qcarried = 0, plain = 0, fraction = 0, twoway = 0;

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
	} else if (tok_is(g, j, W_MINUS) && gram_in(g, j + 1, s) &&	/* not "plus or minus" */
		   !(tok_is(g, j - 1, W_OR) && tok_is(g, j - 2, W_PLUS) && gram_in(g, j - 2, s))) {
		sign = -1;
		j++;
	}
	j += gram_currency_before(g, j, s, &iso, &cscale);
	scale = cscale;
	/* "$-71.3B": a sign after the currency */
	if (iso && !sign && (gram_punct(g, j, "-") || gram_punct(g, j, "+")) && gram_glued(g, j) &&
	    gram_glued(g, j + 1) && gram_in(g, j + 1, s) && g->t[j + 1].kind == TOK_NUM)
		sign = gram_punct(g, j++, "+") ? 1 : -1;
	if (!gram_in(g, j, s))
		return 0;
	if (g->t[j].kind == TOK_NUM) {
		/* "G7" is a word; "A/2" or "1.2.3" are not figures worth guessing. */
		if (gram_glued(g, j) && j == i && !gram_opens_number(g, j - 1))
			return 0;
		/* "in '000 tonnes": a table's scale, no figure of zero */
		if (g->t[j].len >= 2 && tok_text(g, j)[0] == '0' && tok_text(g, j)[1] == '0')
			return 0;
		num = g->t[j].num;
		dec = g->t[j].decimals;
		j++;
		/* "9-3/4 pct", "6-3/16": a whole number and a fraction; a grain
		 * quote's "5.01-1/2 dlrs" is 5.01 and half a cent (below). */
		if (dec <= 2 && gram_punct(g, j, "-") && gram_glued(g, j) && gram_in(g, j + 4, s) &&
		    g->t[j + 1].kind == TOK_NUM && gram_glued(g, j + 1) && !g->t[j + 1].decimals &&
		    gram_punct(g, j + 2, "/") && gram_glued(g, j + 2) &&
		    g->t[j + 3].kind == TOK_NUM && gram_glued(g, j + 3) && !g->t[j + 3].decimals &&
		    g->t[j + 3].num > g->t[j + 1].num && g->t[j + 3].num <= 64) {
			num += g->t[j + 1].num / g->t[j + 3].num / pow(10, dec);
			frac = g->t[j + 3].num * pow(10, dec);
			dec = 0;
			j += 4;
		}
		/* "1/4 pct", "3/8 point", "1/2 cent": a fraction alone, in
		 * halves to sixty-fourths (not a date's "3/4/87") */
		if (!dec && !frac && j == i + 1 && !gram_after_number(g, i, s) && gram_punct(g, j, "/") &&
		    gram_glued(g, j) &&
		    gram_in(g, j + 1, s) && g->t[j + 1].kind == TOK_NUM && gram_glued(g, j + 1) &&
		    !g->t[j + 1].decimals && num >= 1 && num < g->t[j + 1].num &&
		    gram_fraction_den(g->t[j + 1].num) &&
		    !(gram_punct(g, j + 2, "/") && gram_glued(g, j + 2))) {
			frac = g->t[j + 1].num;
			num /= frac;
			j += 2;
			fraction = 1;
		}
		plain = j == i + 1 + !!sign;	/* one token, its sign aside */
		/* "146.40/50 yen", "3.7498/7501", "145.90-95 yen" (all decimals again, not
		 * "1.5-2 pct"): a dealer's bid and offer; the quote is the midpoint */
		if (dec && dec <= 6 && gram_in(g, j + 1, s) && (gram_punct(g, j, "/") ||
		    (gram_punct(g, j, "-") && dec >= 2 && g->t[j + 1].len == (size_t)dec)) &&
		    gram_glued(g, j) && g->t[j + 1].kind == TOK_NUM && gram_glued(g, j + 1) && !g->t[j + 1].decimals &&
		    g->t[j + 1].len <= (size_t)dec && !(gram_punct(g, j + 2, "/") && gram_glued(g, j + 2))) {
			double p10 = pow(10, dec), tail = pow(10, g->t[j + 1].len);
			double lo = llround(num * p10), hi = floor(lo / tail) * tail + g->t[j + 1].num;

			/* "146.95/05" is 147.05 for a currency; a rate is quoted
			 * offer first, "4.13/00 pct" 4.13 and 4.00 */
			if (hi < lo)
				qalt = (lo + hi) / 2 / p10;
			if (hi < lo)
				hi += tail;
			num = (lo + hi) / 2 / p10;
			dec++;		/* the midpoint's half step */
			j += 2;
			plain = 1;
			twoway = 1;
		}
		j += fraction || twoway ? 0 : gram_range_after(g, j, s, iso, &num, &rhalf);	/* range.c */
	} else if (j == i && !sign && !iso && g->t[j].kind == TOK_WORD && !g->t[j].lex &&
		   hyphen_number(g, j, &num, &scale, &iso, cl)) {
		dec = 0;
		nw = 1;
		j++;
		if (iso) {	/* "an eight-billion-dlr surplus" */
			k = 1;
			cl->kind = CLAIM_MONEY;
			str_copy(cl->unit, sizeof(cl->unit), iso, strlen(iso));
			goto unit_done;
		}
		if (cl->unit[0]) {	/* "a four-mln-tonne offer" */
			k = 1;
			goto unit_done;
		}
	} else if ((nw = gram_number_words(g, j, s, &num)) > 0 && (j == i || sign)) {
		dec = 0;
		j += nw;
	} else {
		return 0;
	}
	/* "a $45.6-billion gap": the scale glued by a hyphen */
	if (gram_punct(g, j, "-") && gram_glued(g, j) && gram_in(g, j + 1, s) && gram_glued(g, j + 1) &&
	    g->t[j + 1].kind == TOK_WORD && tok_has(g, j + 1, CLS_SCALE))
		j++;
	if (gram_in(g, j, s) && g->t[j].kind == TOK_WORD && !g->t[j].lex && gram_scale_rate_word(g, j, &scale, cl->per)) {
		j++;	/* "a $3.5 billion-a-month surplus" */
	} else if (gram_in(g, j, s) && g->t[j].kind == TOK_WORD) {
		if (tok_has(g, j, CLS_SCALE)) {
			scale *= tok_lex(g, j)->scale;
			j++;
			/* "20.14 lakh crore": 1e5 * 1e7 */
			if (tok_lex(g, j - 1)->scale < 1e9 && gram_in(g, j, s) &&
			    g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_SCALE) &&
			    tok_lex(g, j)->scale >= 1e7 && tok_lex(g, j)->scale < 1e9) {
				scale *= tok_lex(g, j)->scale;
				j++;
			}
		} else if ((iso || (gram_in(g, j + 1, s) && tok_has(g, j + 1, CLS_UNIT))) &&
			   gram_glued(g, j) && (tok_is(g, j, W_M) || tok_is(g, j, W_K) ||
						(iso && tok_is(g, j, W_B)))) {
			/* "$5m", "1.5m tonnes", "$262.9B" */
			scale *= tok_is(g, j, W_M) ? 1e6 : tok_is(g, j, W_K) ? 1e3 : 1e9;
			j++;
		}
	}
	/* "25-billion-dlr", "3.5-mln-dlr": scale and currency glued by hyphens. */
	if (!iso && gram_punct(g, j, "-") && gram_glued(g, j) && gram_in(g, j + 1, s) &&
	    gram_glued(g, j + 1) && g->t[j + 1].kind == TOK_WORD &&
	    hyphen_compound(g, j + 1, &scale, &iso, cl)) {
		j += 2;
		k = 2;
		if (iso) {
			cl->kind = CLAIM_MONEY;
			str_copy(cl->unit, sizeof(cl->unit), iso, strlen(iso));
		}
		goto unit_done;
	}
	/* "1.9 mln pounds of pasta" is a weight, "361 mln pounds" money. */
	if ((tok_is(g, j, W_POUNDS) || tok_is(g, j, W_POUND)) && tok_is(g, j + 1, W_OF) &&
	    gram_in(g, j + 1, s) && !iso) {
		cl->kind = CLAIM_QUANTITY;
		strcpy(cl->unit, "lb");
		k = 1;
	} else {
		k = gram_unit_after(g, j, s, &iso, cl, &factor);
	}
	/* "1/4 point", "a half-point cut" in a sentence about rates (points.c) */
	if (!k && !iso && scale == 1)
		k = gram_point_after(g, i, j, s, num, nw, fraction, cl);
	bare = k == 1 && gram_in(g, j, s) && g->t[j].kind == TOK_WORD;
	/* "fell to 7.45 billion H.K. dlrs from 8.59 billion dlrs": a bare
	 * dollar compared with a local one named before it in its sentence is
	 * that one (not a conversion in brackets: "5 bln H.K. dlrs (640 mln
	 * dlrs)", nor a price: "and gold was 2,300 dls an ounce") */
	if (bare && iso && !strcmp(iso, "USD") && cr && cr->last.s == s && cr->last.t < i &&
	    units_local_dollar(cr->last.unit) && WORD_AMONG(g, j, gram_dollar_words) && gram_in(g, i - 1, s) &&
	    (tok_is(g, i - 1, W_FROM) || tok_is(g, i - 1, W_AGAINST) || tok_is(g, i - 1, W_AFTER) ||
	     tok_has(g, i - 1, CLS_PRIOR)))
		iso = cr->last.unit;	/* the earlier value of a change, or one compared */
	if (!k && gram_in(g, j, s) && gram_glued(g, j) && g->t[j].kind == TOK_WORD)
		return 0;	/* "78th", "5G": not a figure */
	j += k;
	/* "the Taiwan dollar ... rose four cents against the U.S. Dollar":
	 * that dollar's cents (recall4) */
	if (bare && iso && factor == 0.01 && !strcmp(iso, "USD")) {
		const char *q = gram_move_currency(g, i, j, s, cr);

		if (q)
			iso = q;
	}
	/* "rose to 9.5 billion dlrs from 7.1 billion": the same dollars; so
	 * are the items of a list ("$6.2 billion, 1.9 billion and ..."), a
	 * figure followed by what ends an elided one ("imports 14.5 billion,
	 * he added"; elide_before()), and one of the next sentence or a
	 * later one of the paragraph with the same scale word ("Exports rose
	 * to 6.93 billion from 6.20 billion." after "7.16 billion stg"). */
	/* "the dirham ... fixed at 3.671 to the dollar", "fixed the won at
	 * 846.90.": a bare rate of exchange is in the currency quoted before
	 * it (lists.c), never in the unit of the figures before it */
	if (!k && !iso && scale == 1 && !sign && !nw && num > 0 && !elide_year_like(&g->t[i]) &&
	    (iso = gram_rate_quote(g, i, j, s, dec)) == NULL && gram_in(g, j + 2, s) &&
	    tok_is(g, j, W_TO) && tok_is(g, j + 1, W_THE) &&
	    (tok_has(g, j + 2, CLS_CURNAME) || tok_is(g, j + 2, W_SDR)))
		return 0;
	if (!k && !iso && cr && num > 0) {
		const struct slot *c = &cr->last;
		int same = c->s == s, take = 0;

		/* the previous sentence: a paragraph of wire copy is often one */
		if (scale >= 1e3 && c->unit[0])
			take = (same && gram_in(g, i - 1, s) &&
				((g->t[i - 1].kind == TOK_WORD && tok_has(g, i - 1, CLS_ELISION)) ||
				 (gram_punct(g, i - 1, ",") && g->fig_end == i - 1)) &&
				/* not "150,000 ounces of gold and 2.3 mln carats": a
				 * word the lexicon does not know after it is a noun
				 * that says what it counts (recall4) */
				(!gram_in(g, j, s) || g->t[j].kind != TOK_WORD || g->t[j].lex ||
				 elide_before(g, i, j, s, num * scale))) ||
			       ((same || (c->s < s && c->s + 1 == s && scale == c->scale) ||
				 (c->s < s && g->par && g->par[c->s] == g->par[s] && scale == c->scale)) &&
				elide_before(g, i, j, s, num * scale));
		else if (scale == 1 && !nw && !sign && plain && (c = elide_bare(g, i, j, s, cr))) {
			take = 1;
			scale = c->scale;
			factor = c->factor;
		} else if ((c = &cr->last) && scale == 1 && !nw && !sign && plain && dec >= 2 &&
			   (same || (c->s < s && g->par && g->par[c->s] == g->par[s] && num >= 0.9 * c->mant &&
				     num <= 1.1 * c->mant)) &&
			   c->kind == CLAIM_MONEY &&
			   c->scale == 1 && c->mant > 0 && num >= 0.8 * c->mant && num <= 1.25 * c->mant &&
			   (elide_before(g, i, j, s, num) ||
			    (twoway && gram_in(g, i - 1, s) &&
			     (tok_is(g, i - 1, W_AGAINST) || tok_is(g, i - 1, W_FROM))))) {
			/* "peaked at 1.6075 dlrs, before settling to a steady
			 * 1.6050": a quote written with decimals, near the one of
			 * its sentence (or within a tenth, of its paragraph); a
			 * dealer's two-way quote compared with it whatever follows
			 * ("to 0.5940/50 U.S. Dlrs, against 0.5970/77 just before
			 * the budget"; recall4) */
			take = 1;
			factor = c->factor;
		}
		if (take && c->kind != CLAIM_MONEY) {
			/* "to 14.7 mln tonnes from 14.0 mln": the same tonnes */
			cl->kind = c->kind;
			str_copy(cl->unit, sizeof(cl->unit), c->unit, strlen(c->unit));
			qcarried = 1;
		} else if (take) {
			iso = c->unit;
		}
	}
	/* list items and the story's currency (lists.c) */
	if (!k && !iso && !qcarried && !sign && cr && num > 0 &&
	    gram_list_unit(g, i, j, s, cr, tb, num, dec, nw, plain, &scale, &factor, &iso, cl))
		qcarried = !iso;
	/* a cell of a table whose lead named its unit, signed ("+3.3") or not */
	if (!k && !iso && !qcarried && tb && tb->unit[0] && tb->t < i && scale == 1 &&
	    plain && !elide_year_like(&g->t[i + !!sign]) && elide_table_cell(g, i, i + !!sign)) {
		scale = tb->scale;
		factor = tb->factor;
		cl->kind = tb->kind;
		str_copy(cl->unit, sizeof(cl->unit), tb->unit, strlen(tb->unit));
		qcarried = 1;
	}
unit_done:
	if (!k && !iso && !qcarried)
		return 0;
	if (nw && !k && scale == 1)
		return 0;	/* "two" alone, or "$ two" */
	if (qalt && cl->kind == CLAIM_PERCENT)
		num = qalt;
	if (iso) {
		cl->kind = CLAIM_MONEY;
		str_copy(cl->unit, sizeof(cl->unit), iso, strlen(iso));
	}
	if (cl->kind != CLAIM_PERCENT && !cl->per[0])
		j += gram_rate_after(g, j, s, cl->per);
	/* "300,000 tonnes of sorghum a year": a rate after what the figure
	 * counts, outside its span (recall4) */
	if (cl->kind != CLAIM_PERCENT && !cl->per[0] && gram_in(g, j + 1, s) && tok_is(g, j, W_OF)) {
		size_t q = j + 1;

		while (q < j + 4 && gram_in(g, q, s) && g->t[q].kind == TOK_WORD &&
		       tok_has(g, q, CLS_COMMODITY | CLS_COMMODMOD))
			q++;
		if (q > j + 1)
			gram_rate_after(g, q, s, cl->per);
	}
	/* "1.9 tonnes per hectare", "32 bushels per acre": a yield, per a
	 * unit (a price's "per tonne" is meaning.c's, after the figure) */
	if (cl->kind == CLAIM_QUANTITY && !cl->per[0] && gram_in(g, j + 1, s) &&
	    (tok_is(g, j, W_PER) ||	/* "3.2 tonnes/ha" (units6) */
	     (gram_punct(g, j, "/") && gram_glued(g, j) && gram_glued(g, j + 1))) &&
	    g->t[j + 1].kind == TOK_WORD && tok_has(g, j + 1, CLS_UNIT) &&
	    tok_lex(g, j + 1)->unit_factor == 1) {
		const char *u = tok_lex(g, j + 1)->unit;

		str_copy(cl->per, sizeof(cl->per), u, strlen(u));
		j += 2;
	}
	/* "Sterling rates are about four pct above Japanese rates" (sign.c) */
	if (cl->kind == CLAIM_PERCENT && !strcmp(cl->unit, "%") && gram_rate_gap(g, i, j, s))
		strcpy(cl->unit, "pp");
	cl->value = num * scale * factor * (sign < 0 ? -1 : 1);
	cl->precision = (0.5 / (frac ? frac : pow(10, dec)) + rhalf) * scale * factor;
	/* A bare "pesos", "crowns", "rupees" or "dinars" is the article's
	 * country's own (a Karachi story's rupees are Pakistan's). */
	if (bare) {
		/* a pound is the country the story names most ("Sudan has
		 * rejected ..." from Cairo), the others the sentence's, else
		 * the dateline's (Belgrade: no country the lexicon names) */
		const char *home = !strcmp(cl->unit, "GBP") && g->doc_freq ? g->doc_freq :
				   g->doc_country ? g->doc_country : context_reporter(g, s);
		const char *own = home ? units_local_name(cl->unit, home) : NULL;

		if (own)
			str_copy(cl->unit, sizeof(cl->unit), own, strlen(own));
	}
	/* "the middle rate per 100 yen was 1,129.78", "dlrs per 100 kg": the
	 * denominator of a quote is no figure */
	if (i > 0 && tok_is(g, i - 1, W_PER) && g->sent[i - 1] == s && scale == 1 && !dec && !sign &&
	    (num == 1 || num == 10 || num == 100 || num == 1000))
		return 0;
	/* "the RM3 engine": a sign in letters glued to a small whole number
	 * with no scale is a name, not money ("RM3.50", "RM3 billion" are) */
	if (iso && !sign && g->t[i].kind == TOK_WORD && (g->t[i].cls & CLS_CURSIGN) && i + 1 < g->nt &&
	    gram_glued(g, i + 1) && scale == 1 && !dec && num < 1000)
		return 0;
	/* Not a trade figure: beyond a quintillion, or more decimals than a
	 * double holds (invariant 2). */
	if (!isfinite(cl->value) || !isfinite(cl->precision) || fabs(cl->value) > MAX_VALUE ||
	    dec > MAX_DECIMALS)
		return 0;
	f->h0 = f->t0 = i;
	f->t1 = j;
	f->sign = sign;
	f->scale = scale;
	f->factor = factor;
	cl->start = g->t[i].off;
	cl->end = g->t[j - 1].off + g->t[j - 1].len;
	return 1;
}

/* The word at i is "billion-dlr" or "mln-dlr" (after "25-"): sets *scale
 * (times the scale) and *iso; or "mln-tonne" (after "2.5-"): sets cl's
 * kind and unit, *iso NULL. */
static int hyphen_compound(const struct gram *g, size_t i, double *scale, const char **iso,
			   struct claim *cl)
{
	const char *w = tok_text(g, i), *h = memchr(w, '-', g->t[i].len);
	size_t n = g->t[i].len;
	double sc, qf = 1;

	if (!h || (sc = units_scale(w, (size_t)(h - w))) <= 0)
		return 0;
	if (units_currency(h + 1, n - (size_t)(h - w) - 1, iso) == UNIT_NONE || !*iso) {
		*iso = NULL;
		if (!hyphen_quantity(h + 1, n - (size_t)(h - w) - 1, cl, &qf))
			return 0;
	}
	*scale *= sc * qf;
	return 1;
}

/* ---- the document ------------------------------------------------------ */

/*
 * Memory per article is bounded by parsing it a window at a time: a token
 * costs ~66 bytes with its sentence, clause and direction entries (~5 bytes
 * of text each), 13-15 bytes per byte of text for a whole 25 MB article.
 * An article of up to two windows is one window, so every real article is
 * parsed whole as before; a longer one is cut after the first paragraph
 * break past each PARSE_WINDOW bytes (or, in a paragraph longer than two
 * windows, in a stretch of words without a number), and context (the
 * article's main country, what a sentence carries to the next) does not
 * cross a cut.
 * Tokens are the same either way: lex_next is a pure function of the offset.
 */
#define PARSE_WINDOW ((size_t)256 << 10)

/*
 * The tokens of the window that starts at ws (a token boundary), and their
 * sentences and clauses; offsets stay offsets into the whole document.
 * Returns where the next window starts (d->len: none). See PARSE_WINDOW.
 */
static size_t gram_load(struct gram *g, const struct doc *d, size_t ws)
{
	int whole = d->len - ws <= 2 * PARSE_WINDOW;
	size_t off = ws, next, num_end = 0;	/* tokens up to the last number or sign */
	struct token t;

	memset(g, 0, sizeof(*g));
	g->d = d;
	for (;;) {
		next = lex_next(d->buf, d->len, off, &t);
		if (t.kind == TOK_EOF || next <= off) {
			off = d->len;
			break;
		}
		/* Past two windows of one paragraph: cut before a word eight tokens
		 * after the last number or sign, where no figure can be cut in
		 * two (or anywhere, past three windows). */
		if (!whole && g->nt && t.off >= ws + 2 * PARSE_WINDOW &&
		    ((t.kind == TOK_WORD && g->nt - num_end >= 8) ||
		     t.off >= ws + 3 * PARSE_WINDOW))
			break;
		XGROW(g->t, g->talloc, g->nt + 1);
		g->t[g->nt++] = t;
		if (t.kind == TOK_NUM || t.kind == TOK_SYM)
			num_end = g->nt;
		off = next;
		/* Past one window: cut after a paragraph break. */
		if (!whole && t.kind == TOK_NEWLINE && t.off >= ws + PARSE_WINDOW)
			break;
	}
	/* Grown by doubling: up to half of it unused, which the window's other
	 * tables, allocated next, can have back. */
	if (g->nt && g->nt < g->talloc) {
		g->t = xrealloc(g->t, g->nt * sizeof(*g->t));
		g->talloc = g->nt;
	}
	g->sent = xcalloc(g->nt ? g->nt : 1, sizeof(*g->sent));
	frame_sentences(g);
	frame_prepare(g);
	return off;
}

static void gram_release(struct gram *g)
{
	frame_release(g);
	free(g->t);
	free(g->sent);
	free(g->s);
	memset(g, 0, sizeof(*g));
}

/* What a claim takes from its story (the story's dollar, "monthly", a
 * converted pair) is gram_story.c's. */

/* Appends the claims of the window that starts at ws; returns where the
 * next one starts. */
static size_t parse_window(const struct doc *d, size_t ws, struct claims *out)
{
	struct gram g;
	struct fig *figs = NULL;
	size_t base = out->n, falloc = 0, i = 0, floor = 0;
	struct carry cr = { .last.s = NO_SENT, .prev.s = NO_SENT, .pct.s = NO_SENT };
	struct table tb = { .t = 0 };
	size_t next = gram_load(&g, d, ws);
	while (i < g.nt) {
		struct claim cl;
		struct fig f;

		if (tok_is(&g, i, W_IN) || gram_punct(&g, i, "("))
			elide_table_unit(&g, i, &tb);
		if (gram_date_at(&g, i, &f, &cl) ||
		    ((g.t[i].kind == TOK_NUM || (g.t[i].cls & CLS_NUMBER)) &&
		     gram_quote_at(&g, i, cr.pct.s == g.sent[i], &f, &cl)) ||
		    figure_at(&g, i, &cr, &tb, &f, &cl) ||
		    (g.t[i].kind == TOK_WORD &&	/* cheap tests first: it runs for every word */
		     ((g.t[i].cls & (CLS_NUMBER | CLS_FRACTION)) || g.t[i].lex == W_A ||
		      (!g.t[i].lex && g.t[i].len >= 8)) &&
		     gram_word_fraction_at(&g, i, &f, &cl))) {
			struct claim ca, cx[4];
			struct fig fa, fx[4];
			int from = 0, listed = 0;
			size_t nx = 0;

			if (cl.kind != CLAIM_DATE && gram_range_before(&g, floor, &f, &cl)) {
				/* "around 6.25 to 6.35 pct": a hedge before a range
				 * hedges it (its precision already spans it) */
				if (f.h0 > floor && f.h0 == f.t0)
					f.h0 = gram_hedge_before(&g, f.t0, cl.approx);
			} else if (cl.kind != CLAIM_DATE) {
				from = gram_from_before(&g, floor, &f, &cl, &fa, &ca) ||
				       (listed = gram_list_before(&g, floor, &f, &cl, &fa, &ca)) ||
				       gram_joined_before(&g, floor, &f, &cl, &fa, &ca);
				f.h0 = gram_hedge_before(&g, f.t0, cl.approx);
			}
			if (cl.kind != CLAIM_DATE)
				gram_hedge_after(&g, f.t1, cl.approx);
			/* "1.2, 0.8 and 0.3 mln tonnes": the items before the
			 * list's last two, emitted first (invariant 3) */
			while (listed && nx < ARRAY_SIZE(fx) &&
			       gram_list_comma_before(&g, floor, nx ? &fx[nx - 1] : &fa,
						      nx ? &cx[nx - 1] : &ca, &fx[nx], &cx[nx]))
				nx++;
			for (int k = !from - (int)nx; k < 2; k++) {
				struct fig *pf = k > 0 ? &f : k == 0 ? &fa : &fx[-k - 1];
				struct claim *pc = k > 0 ? &cl : k == 0 ? &ca : &cx[-k - 1];

				frame_fill(&g, pf, pc);
				if (pc->kind == CLAIM_MONEY)	/* 1987's roubles are SUR */
					units_dated_currency(pc->unit, sizeof(pc->unit), d->date);
				gram_signed_change(&g, pf, pc);
				gram_story_dollar(&g, pf, pc, &cr);
				/* after frame_fill(): a Wellington story's dlrs are NZD */
				elide_carry_set(&g, pf, pc, &cr);
				/* after elide_carry_set(): "monthly shipments averaged
				 * 160,000 tonnes" gives its unit as any figure does */
				gram_rate_adjective(&g, pf, pc);
				floor = pf->t1;
				g.fig_end = pf->t1;
				XGROW(out->v, out->alloc, out->n + 1);
				out->v[out->n] = *pc;
				XGROW(figs, falloc, out->n - base + 1);
				figs[out->n - base] = *pf;
				out->n++;
			}
			i = f.t1 > i ? f.t1 : i + 1;
		} else {
			i++;
		}
	}
	gram_join_ranges(&g, out, base, figs);	/* "between $3 billion and $4 billion" */
	gram_link_pairs(&g, out, base, figs);
	gram_share_rates(&g, out, base, figs);
	timing_title_periods(&g, out, base, figs);
	harvest_periods(&g, out, base, figs);	/* "versus 7.8 mln estimated a week ago" */
	shipment_periods(&g, out, base, figs);	/* "The barley is for delivery April" */
	fiscal_months(&g, out, base, figs);	/* "1986/87" of a budget: its months */
	fiscal_budget_years(&g, out, base, figs);	/* "the deficit for 1987" */
	table_periods(&g, out, base, figs);	/* a cell under "1986/87" */
	scope_frames(&g, out, base, figs);	/* the deal's fields to its silent figures */
	free(figs);
	gram_release(&g);
	return next;
}

size_t parse_doc(const struct doc *d, struct claims *out)
{
	size_t base = out->n;

	if (!d || !d->buf)
		return 0;
	for (size_t ws = 0; ws < d->len;)
		ws = parse_window(d, ws, out);
	return out->n - base;
}

size_t parse_doc_part(const struct doc *d, size_t off, struct claims *out)
{
	if (!d || !d->buf || off >= d->len)
		return d && d->buf ? d->len : 0;
	return parse_window(d, off, out);
}
