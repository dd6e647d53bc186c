/*
 * flow_own.c - the flow (and goods) a figure's own words name, where the
 * clause's subject names none or another: the flow noun of a phrase right
 * after it ("cost the U.S. 17 billion dlrs in exports a year", "2.0
 * billion dlrs in purchases from U.S. companies", "rose 23 pct for
 * exports and 12 pct for imports", "a 10.7 pct growth in imports"), of the
 * amount a share is of ("five pct of India's 25.65 billion dlrs in
 * trade"), of a label before a colon ("imports: $333.9 billion"), of the
 * verb's subject across "which" ("exports which totalled"), of "They"
 * after a sentence about a flow, and the flow a price per unit is of ("a
 * maximum export rebate of 130.50 Ecus per tonne"). English puts the flow
 * of an amount in a phrase after it as often as in a subject before it;
 * the figure's own phrase governs the figure over the clause's subject,
 * whose economy and partner it keeps unless the phrase names its own.
 *
 * Input: the token array of gram.c, a figure and its sentence, the
 * figure's subject. Output: a struct subj that frame_fill() applies like a
 * sentence's subject (flow.c's flow_part_of() asks flow_own_noun() first).
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read, each checked with
 *     gram_in() (and a label's words before its colon, which the splitter
 *     may leave in the sentence before, and for "They" the sentence
 *     before); every scan is bounded (a few tokens around the figure, at
 *     most 24 back for a refund's flow, the clause for a price).
 *  2. Between the preposition and the flow noun stand only modifiers: a
 *     determiner or possessive, a capitalised word (a country, "U.S."), a
 *     word of goods, "total", "foreign"; a number, a punctuation mark not
 *     glued inside a word, or any other word ends the scan, so that "rose
 *     5 pct in 1986 while exports" or "in the quarter after purchases"
 *     never reach the later clause's noun.
 *  3. Only the plural flow nouns of flow_noun() count ("exports",
 *     "imports", "purchases", "shipments", "re-exports"; "trade" heading its
 *     phrase): "5 pct for export credits", "in trade sanctions", "on its
 *     trade-weighted index" are none.
 *  4. A partner is set only when the phrase names it after "to", "from" or
 *     "with", else the subject's is kept, else left to meaning.c (all
 *     partners, WORLD, for a flow with none named, as for a subject's).
 *  5. What a flow pays or is paid per unit ("a maximum export rebate of
 *     130.50 Ecus per tonne", "an average oil import price rising to 18.9
 *     dlrs a barrel", "an export subsidy of 25 dlrs a tonne"): the singular
 *     "export"/"import" right before a noun of price, rebate, subsidy, tax,
 *     levy or restitution, in the figure's clause before it with no number
 *     between, gives a money figure that is a price (per unit, priced by
 *     "price" itself, or a rebate or tax with no scale word) its flow, over
 *     the subject's; a price is of no one partner unless the subject's
 *     sentence names one (par_open). A bare rebate, subsidy or restitution
 *     takes the flow its sentence names before it ("granted export
 *     licences for 123,000 tonnes of barley at a maximum rebate of 138.75
 *     Ecus per tonne"); a price in ECUs is the EC's (as context.c gives a
 *     price with no flow).
 *  6. A share of an amount ("less than eight pct of the estimated 18.53
 *     billion dlrs in trade", "five pct of India's 25.65 billion dlrs in
 *     trade") is of the amount's flow: the "of" phrase holds only
 *     modifiers, then the amount (numbers, scale and currency words), then
 *     the flow phrase of invariant 2; the economy named among the
 *     modifiers is the reporter.
 *  7. "They" opening a sentence with a verb of an amount or its change,
 *     its first figure after a few words ("They were 20.2 billion in
 *     February 1986", "They amounted to"), stands for the plural flow noun
 *     the sentence before names before its first number ("Imports rose to
 *     ..."), when that sentence names one flow only; only a figure with no
 *     flow of its own subject takes it, marked inferred.
 *  8. A change noun right after the figure ("a 23 pct gain in automobile
 *     product exports", "a 25 pct cut in exports to the United States")
 *     makes its "in" phrase the figure's own, as invariant 2's.
 *  9. A label before a colon ("exports: $262.3 billion (-$1.4 billion);
 *     imports: $333.9 billion", "goods imports: $250.1 billion") governs the
 *     figures right after it, only numbers, currency and brackets between:
 *     its flow over the sentence's, its goods ("goods", a commodity) or
 *     none.
 * 10. A plural flow noun is the subject of the verb that gives the figure
 *     ("totalled", "amounted to", "reached", "stood at", "were") across a
 *     "which" or "that" ("exports which totalled 1.53 billion dlrs") or a
 *     parenthesis set off by a comma ("imports, excluding oil and wheat
 *     totalled, 1.8 billion dlrs"), at most seven words; only for a figure
 *     whose subject has no flow.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

/* Token k may stand between "in"/"for" and the flow noun (invariant 2). */
static int modifier(const struct gram *g, size_t k, size_t s)
{
	const char *b;

	if (!gram_in(g, k, s))
		return 0;
	if (g->t[k].kind != TOK_WORD)
		return gram_glued(g, k) && g->d->buf[g->t[k].off] == '.';	/* "U.S." */
	b = g->d->buf + g->t[k].off;
	return tok_is(g, k, W_THE) || tok_is(g, k, W_ITS) || tok_is(g, k, W_THEIR) ||
	       tok_is(g, k, W_TOTAL) || tok_is(g, k, W_FOREIGN) ||
	       tok_has(g, k, CLS_COMMODITY | CLS_COMMODMOD | CLS_COMMODTAIL | CLS_GOODS) ||
	       (*b >= 'A' && *b <= 'Z');
}

/* "a 23 pct gain in automobile product exports", "a 10.7 pct annual
 * growth in imports": the "in" of a change noun right after the figure
 * ("annual", "average" between), or 0 (invariant 8). */
size_t flow_change_in(const struct gram *g, const struct fig *f, size_t s)
{
	size_t j = f->t1;

	while (j < f->t1 + 2 && (word_s(g, j, s, W_ANNUAL) || word_s(g, j, s, W_AVERAGE)))
		j++;
	if (!gram_in(g, j, s) || g->t[j].kind != TOK_WORD || !tok_has(g, j, CLS_UP | CLS_DOWN))
		return 0;
	return word_s(g, j + 1, s, W_IN) ? j + 1 : 0;
}

/* "five pct of India's 25.65 billion dlrs in trade": a share of an amount
 * the share's "of" names, whose own flow noun follows it; the token of that
 * amount's "in"/"for", or 0 (invariant 6). */
static size_t amount_of(const struct gram *g, const struct fig *f, size_t s, enum claim_kind kind)
{
	size_t k = f->t1 + 1, n;

	if (kind != CLAIM_PERCENT || !word_s(g, f->t1, s, W_OF))
		return 0;
	for (n = 0; n < 4 && gram_in(g, k, s) && g->t[k].kind != TOK_NUM; k++, n++)
		if (!modifier(g, k, s) && !tok_is(g, k, W_ESTIMATED) && !tok_is(g, k, W_SOME))
			return 0;	/* "of the estimated", "of India's" */
	for (n = 0; n < 5 && gram_in(g, k, s) &&
		    (g->t[k].kind == TOK_NUM ||
		     tok_has(g, k, CLS_SCALE | CLS_CURNAME | CLS_CURSIGN | CLS_CURCODE | CLS_CURADJ));
	     k++, n++)
		;
	return n && (word_s(g, k, s, W_IN) || word_s(g, k, s, W_FOR)) ? k : 0;
}

static int own_noun(const struct gram *g, const struct fig *f, size_t s, size_t j,
		    const struct subj *su, struct subj *out)
{
	size_t k, q, n;
	const char *fl = NULL, *par, *rep = NULL;

	if (!word_s(g, j, s, W_IN) && !word_s(g, j, s, W_FOR))
		return 0;
	for (k = j + 1; k <= j + 5 && gram_in(g, k, s); k++) {
		if ((fl = flow_noun(g, k, s)) != NULL)
			break;
		if (!modifier(g, k, s))
			return 0;
	}
	if (!fl)
		return 0;
	memset(out, 0, sizeof(*out));
	if (su)
		*out = *su;
	str_copy(out->flow, sizeof(out->flow), fl, strlen(fl));
	out->tok = k;
	out->flow_inferred = 0;
	for (q = k - 1; q > f->t1 && !rep; q--)
		rep = subject_country_ending(g, q, s);	/* "in U.S. exports", "of India's" */
	if (rep)
		str_copy(out->reporter, sizeof(out->reporter), rep, strlen(rep));
	q = k + 2 + word_s(g, k + 2, s, W_THE);
	if ((word_s(g, k + 1, s, W_TO) || word_s(g, k + 1, s, W_FROM) ||
	     word_s(g, k + 1, s, W_WITH)) && gram_in(g, q, s) && g->t[q].kind == TOK_WORD &&
	    g->d->buf[g->t[q].off] >= 'A' && g->d->buf[g->t[q].off] <= 'Z' &&
	    (par = subject_country_starting(g, q, s, &n)) != NULL &&
	    strcmp(par, out->reporter)) {
		str_copy(out->partner, sizeof(out->partner), par, strlen(par));
		out->par_open = 0;
		out->par_inferred = 0;
	}
	return 1;
}

/* Nouns of what a flow pays or is paid per unit (invariant 5). */
static const enum lex_word priced[] = { W_PRICE, W_PRICES, W_REBATE, W_REBATES, W_SUBSIDY,
					W_SUBSIDIES, W_TAX, W_TAXES, W_LEVY, W_LEVIES,
					W_RESTITUTION, W_RESTITUTIONS, W_REFUND, W_REFUNDS };

/* The figure is written per unit: "N Ecus per tonne", "N dlrs a barrel". */
static int per_unit(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k = f->t1;

	if (gram_punct(g, k, "(") && gram_punct(g, k + 2, ")"))
		k += 3;		/* "129.40 European currency units (Ecus) per tonne" */
	return (word_s(g, k, s, W_PER) || word_s(g, k, s, W_A) || word_s(g, k, s, W_AN)) &&
	       gram_in(g, k + 1, s) && tok_has(g, k + 1, CLS_UNIT | CLS_TONS);
}

/* What a trade regime refunds or pays per unit of a deal ("a maximum
 * rebate of", "a restitution of"), whose flow the deal's words name. */
static const enum lex_word refunds[] = { W_REBATE, W_REBATES, W_SUBSIDY, W_SUBSIDIES,
					 W_RESTITUTION, W_RESTITUTIONS, W_REFUND, W_REFUNDS };

/* "It granted export licences for 123,000 tonnes of barley at a maximum
 * rebate of": the flow the sentence names before a bare refund noun at k
 * (an "export"/"import" modifier or a plural flow noun, the nearest, at
 * most 24 words back, not past a clause with a subject of its own:
 * deal_clause.c), or NULL (invariant 5). */
static const char *refund_flow(const struct gram *g, size_t k, size_t s)
{
	const char *fl;

	for (size_t j = k - 1, n = 0; n < 24 && gram_in(g, j, s); j--, n++) {
		if (deal_clause_starts(g, j))
			return NULL;	/* "Exports rose, and farmers will get a rebate" */
		if (tok_is(g, j, W_EXPORT))
			return "export";
		if (tok_is(g, j, W_IMPORT))
			return "import";
		if ((fl = flow_noun(g, j, s)) != NULL && strcmp(fl, "trade"))
			return fl;
	}
	return NULL;
}

/* The flow a price the figure is of names ("a maximum export rebate of",
 * "oil import price rising to"): "export", "import" or NULL (invariant 5). */
const char *flow_priced(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k, c = g->clause[f->h0], n;

	for (k = f->h0 - 1, n = 0; n < 8 && gram_in(g, k, s) && g->clause[k] == c; k--, n++) {
		if (g->t[k].kind == TOK_NUM)
			return NULL;
		if (!WORD_AMONG(g, k, priced))
			continue;
		if (word_s(g, k - 1, s, W_EXPORT))
			return "export";
		if (word_s(g, k - 1, s, W_IMPORT))
			return "import";
		return WORD_AMONG(g, k, refunds) ? refund_flow(g, k, s) : NULL;
	}
	return NULL;
}

static int price_of_flow(const struct gram *g, const struct fig *f, size_t s, enum measure m,
			 enum claim_kind kind, const struct subj *su, struct subj *out)
{
	const char *fl;

	if (kind != CLAIM_MONEY || (fl = flow_priced(g, f, s)) == NULL)
		return 0;
	if (m != MEASURE_PRICE && !per_unit(g, f, s)) {
		size_t k;	/* else a "price" itself, or a rate with no scale */

		for (k = f->h0 - 1; gram_in(g, k, s) && !WORD_AMONG(g, k, priced); k--)
			;
		if (!tok_is(g, k, W_PRICE) && !tok_is(g, k, W_PRICES) && f->scale != 1)
			return 0;
	}
	memset(out, 0, sizeof(*out));
	if (su)
		*out = *su;
	str_copy(out->flow, sizeof(out->flow), fl, strlen(fl));
	out->flow_inferred = 0;
	if (!out->commodity[0])
		quote_near_commodity(g, f, s, out->commodity);	/* "French maize at a rebate of" */
	if (!strcmp(out->partner, "WORLD") || out->par_inferred)
		out->partner[0] = '\0';
	for (size_t k = f->t0; k < f->t1 && (!out->reporter[0] || out->rep_inferred); k++)
		if (tok_has(g, k, CLS_CURNAME | CLS_CURCODE) && tok_lex(g, k)->cur &&
		    !strcmp(tok_lex(g, k)->cur, "XEU")) {
			memcpy(out->reporter, "EU", 3);	/* an ECU price is the EC's */
			out->rep_inferred = 0;
		}
	out->par_open = !out->partner[0];	/* a price is of no one partner's */
	return 1;
}

/* Verbs of an amount or its change right after "They" (invariant 7). */
static const enum lex_word amount_verbs[] = { W_WERE, W_ARE, W_TOTALLED, W_TOTALED, W_AMOUNTED,
					      W_REACHED, W_STOOD, W_HAVE, W_HAD,
					      W_WILL, W_WOULD, W_COULD, W_MAY, W_ALSO };

/* "Imports rose to 23.6 billion baht ... They were 20.2 billion in
 * February 1986": the flow of the plural flow noun the sentence before
 * opens with (invariant 7); 1 if so. */
static int they_flow(const struct gram *g, const struct fig *f, size_t s, struct subj *out)
{
	size_t b = context_body(g, s), k, p;
	const char *fl = NULL, *x;

	if (s == 0 || !word_s(g, b, s, W_THEY) || f->h0 > b + 6 || f->h0 <= b ||
	    !(WORD_AMONG(g, b + 1, amount_verbs) || tok_has(g, b + 1, CLS_UP | CLS_DOWN)))
		return 0;	/* not "They said the central bank sold" */
	for (k = b + 1; k < f->h0; k++)
		if (g->t[k].kind != TOK_WORD)
			return 0;	/* the sentence's first figure, no clause between */
	p = s - 1;
	for (k = context_body(g, p); gram_in(g, k, p); k++) {
		if (g->t[k].kind == TOK_NUM && !tok_has(g, k - 1, CLS_MONTH) &&
		    !gram_punct(g, k + 1, "-"))
			break;	/* its first figure (not the dateline's "April 9") */
		if ((x = flow_noun(g, k, p)) == NULL)
			continue;
		if (!strcmp(x, "trade") || (fl && strcmp(fl, x)))
			return 0;	/* "trade" is no "they"; two flows: which? */
		fl = x;
	}
	if (!fl)
		return 0;
	memset(out, 0, sizeof(*out));
	str_copy(out->flow, sizeof(out->flow), fl, strlen(fl));
	out->flow_inferred = 1;
	return 1;
}

/* "exports: $262.3 billion (-$1.4 billion); imports: $333.9 billion
 * (+$3.3 billion)", "goods imports: $250.1 billion": the flow noun of the
 * label before a colon governs the figures after it up to the next label
 * (invariant 9); 1 if so. */
static int label_flow(const struct gram *g, const struct fig *f, size_t s, const struct subj *su,
		      struct subj *out)
{
	size_t k, n, ls;
	const char *fl;

	for (k = f->h0 - 1, n = 0; n < 10 && gram_in(g, k, s); k--, n++) {
		if (gram_punct(g, k, ":"))
			break;
		if (!(g->t[k].kind == TOK_NUM || gram_punct(g, k, "(") || gram_punct(g, k, ")") ||
		      gram_punct(g, k, "-") || gram_punct(g, k, "+") ||
		      tok_has(g, k, CLS_SCALE | CLS_CURSIGN | CLS_CURCODE | CLS_CURNAME |
				      CLS_DLRPREFIX | CLS_CURADJ)))
			return 0;
	}
	if (!gram_punct(g, k, ":") || k == 0)
		return 0;
	ls = g->sent[k - 1];	/* "imports:" may end the sentence before, as split */
	if ((fl = flow_noun(g, k - 1, ls)) == NULL)
		return 0;
	memset(out, 0, sizeof(*out));
	if (su)
		*out = *su;
	str_copy(out->flow, sizeof(out->flow), fl, strlen(fl));
	out->tok = k - 1;
	out->flow_inferred = 0;
	out->commodity[0] = '\0';
	if (word_s(g, k - 2, ls, W_GOODS) || word_s(g, k - 2, ls, W_MERCHANDISE))
		memcpy(out->commodity, "goods", 6);
	else if (gram_in(g, k - 2, ls))
		subject_commodity(g, k - 2, ls, out->commodity);
	return 1;
}

/* Verbs that give a subject's amount (invariant 10). */
static const enum lex_word total_verbs[] = { W_TOTALLED, W_TOTALED, W_AMOUNTED, W_REACHED,
					     W_STOOD, W_WERE, W_WAS };

/* "a rising trend in exports which totalled 1.53 billion dlrs", "imports,
 * excluding oil and wheat totalled, 1.8 billion dlrs": the plural flow noun
 * that is the subject of the verb giving the figure, across a "which" or a
 * parenthesis after the noun (invariant 10); 1 if so. */
static int verb_subject(const struct gram *g, const struct fig *f, size_t s,
			const struct subj *su, struct subj *out)
{
	size_t k = f->h0 - 1, n;
	const char *fl = NULL;

	/* "exports which totalled 1.53 billion dlrs against 1.26 billion": the
	 * earlier value right after the figure before shares its verb */
	if (word_s(g, k, s, W_AGAINST) && g->prev_s == s && g->prev_t1 == k) {
		for (n = 0, k = g->prev_t1 - 1; n < 4 && gram_in(g, k, s) &&
		     (g->t[k].kind == TOK_NUM || tok_has(g, k, CLS_SCALE | CLS_CURNAME | CLS_CURCODE));
		     n++)
			k--;
	}
	if (gram_punct(g, k, ","))
		k--;
	if (word_s(g, k, s, W_TO) || word_s(g, k, s, W_AT))
		k--;
	if (!WORD_AMONG(g, k, total_verbs) || !gram_in(g, k, s))
		return 0;
	k--;
	if (word_s(g, k, s, W_WHICH) || word_s(g, k, s, W_THAT))
		fl = flow_noun(g, k - 1, s);
	else if (flow_noun(g, k, s))
		return 0;	/* "exports totalled": the subject's own, not this */
	for (n = 0; !fl && n < 7 && gram_in(g, k, s) && g->t[k].kind == TOK_WORD; n++, k--)
		if (gram_punct(g, k - 1, ",") && gram_in(g, k - 2, s))
			fl = flow_noun(g, k - 2, s);	/* "imports, excluding ... totalled" */
	if (!fl || !strcmp(fl, "trade"))
		return 0;
	memset(out, 0, sizeof(*out));
	if (su)
		*out = *su;
	str_copy(out->flow, sizeof(out->flow), fl, strlen(fl));
	out->flow_inferred = 0;
	return 1;
}

int flow_own_noun(const struct gram *g, const struct fig *f, size_t s, enum measure m,
		  enum claim_kind kind, const struct subj *su, struct subj *out)
{
	size_t j = amount_of(g, f, s, kind);

	if (!j)
		j = flow_change_in(g, f, s);
	return own_noun(g, f, s, j ? j : f->t1, su, out) || label_flow(g, f, s, su, out) ||
	       price_of_flow(g, f, s, m, kind, su, out) ||
	       (!(su && su->flow[0]) && (they_flow(g, f, s, out) || verb_subject(g, f, s, su, out)));
}
