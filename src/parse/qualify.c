/*
 * qualify.c - what else a figure is (DESIGN.md's adjustment, price, basis
 * and status columns): "seasonally adjusted" (and "On that basis" after
 * it, and a paragraph's lead), "in real terms" / "in value terms",
 * "annualized" / "three-month average", "on a balance of payments basis" /
 * "on a Census basis", "revised", "previously published",
 * "provisional" / "first estimate". The status (revised, previous,
 * preliminary) is qualify_status.c's.
 *
 * Input: the token array and a figure or sentence. Output: small codes
 * (see parse_int.h), 0 for unsaid.
 *
 * Invariants:
 *  1. Only the figure's sentence is read (and the per-sentence lead
 *     adjustments context_prepare() computed).
 *  2. A word counts only in the scope the release writes it for: its
 *     sentence (adjustment, basis, preliminary), the nearest phrase before
 *     the figure (price), its clause (revised). A balance-of-payments basis
 *     said in the headline or lead is the whole story's, said elsewhere the
 *     rest of its paragraph's (qualify_bop_context(): a release's report).
 *  3. A story whose headline or lead is the balance of payments or the
 *     current account and which gives the invisibles is a balance-of-
 *     payments report as a whole (qualify_bop_story(), read once).
 *  4. A sentence that names a preliminary release as its source makes all
 *     its figures preliminary, earlier values too; named in the lead, it
 *     makes the story's later figures of the lead's period preliminary
 *     (meaning.c applies it).
 */
#include "parse/parse_int.h"
#include "base/base.h"

/* Sentence s says "seasonally adjusted" (1), "not seasonally adjusted" or
 * "unadjusted" (-1), or neither (0). *lead: it ends with "adjusted:" (a
 * paragraph's lead: "Goods by geographic area, not seasonally adjusted:"). */
int qualify_adjustment_said(const struct gram *g, size_t s, int *lead)
{
	*lead = 0;
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		uint32_t w = g->t[k].lex;
		int v = 0;

		/* Runs for every token: one compare rejects all other words. */
		if (w != W_ADJUSTED && w != W_UNADJUSTED && w != W_NON_SEASONALLY && w != W_NSA)
			continue;
		if (tok_is(g, k, W_UNADJUSTED) || tok_is(g, k, W_NON_SEASONALLY) ||
		    tok_is(g, k, W_NSA))
			v = -1;
		else if (tok_is(g, k, W_ADJUSTED) && k > g->s[s].t0 &&
			 tok_is(g, k - 1, W_SEASONALLY))
			v = tok_is(g, k - 2, W_NOT) && gram_in(g, k - 2, s) ? -1 : 1;
		else if (tok_is(g, k, W_ADJUSTED) && word_s(g, k + 1, s, W_FOR) &&
			 word_s(g, k + 2, s, W_SEASONAL))
			v = 1;	/* "adjusted for seasonal fluctuations" */
		if (v) {
			*lead = gram_punct(g, k + 1, ":") || gram_punct(g, k + 2, ":");
			return v;
		}
	}
	return 0;
}

/* Sentence s opens with its adjustment: "Seasonally adjusted figures
 * showed", "Seasonally adjusted, imports rose", "Not seasonally adjusted,
 * the deficit ...". */
static int adjustment_opens(const struct gram *g, size_t s)
{
	size_t t0 = context_body(g, s);

	return tok_is(g, t0, W_UNADJUSTED) ||
	       (tok_is(g, t0, W_SEASONALLY) && tok_is(g, t0 + 1, W_ADJUSTED)) ||
	       (tok_is(g, t0, W_NOT) && tok_is(g, t0 + 1, W_SEASONALLY) &&
		tok_is(g, t0 + 2, W_ADJUSTED));
}

int qualify_adjustment(struct gram *g, size_t s)
{
	int lead, v;

	if (g->adj_s == s)
		return g->adj_v;
	v = qualify_adjustment_said(g, s, &lead);
	/* "On that basis, December exports were ...": the sentence before's,
	 * though it has no figure ("After being adjusted for seasonal
	 * fluctuations, the figures look a bit better.") */
	if (!v && tok_is(g, g->s[s].t0, W_ON) && tok_is(g, g->s[s].t0 + 1, W_THAT) &&
	    tok_is(g, g->s[s].t0 + 2, W_BASIS) && s > 0)
		v = g->adj_s == s - 1 ? g->adj_v : qualify_adjustment_said(g, s - 1, &lead);
	/* "seasonally adjusted - exports: $262.3 billion; imports: $333.9
	 * billion": what follows a colon or semicolon is the same sentence's */
	if (!v && s > 0 && g->par[s - 1] == g->par[s] && g->s[s - 1].t1 > g->s[s - 1].t0 &&
	    (gram_punct(g, g->s[s - 1].t1 - 1, ";") || gram_punct(g, g->s[s - 1].t1 - 1, ":")))
		v = qualify_adjustment(g, s - 1);
	(void)lead;
	if (!v && g->adj_def)
		v = g->adj_def[s];	/* a lead's, see context_prepare() */
	/* "Seasonally adjusted figures showed imports rose ... Exports rose to
	 * a record 6.93 billion": a sentence of the paragraph that opens with
	 * the adjustment frames the next ones of its paragraph, until one says
	 * another (at most three sentences back) */
	for (size_t j = s, n = 0; !v && j > 0 && n < 3 && g->par[j - 1] == g->par[s]; j--, n++) {
		int w = qualify_adjustment_said(g, j - 1, &lead);

		if (w) {
			if (adjustment_opens(g, j - 1))
				v = w;
			break;
		}
	}
	g->adj_s = s;
	g->adj_v = v;
	return v;
}

int qualify_adjustment_at(struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0], c = g->clause[f->h0];

	for (size_t k = f->h0; k-- > g->s[s].t0 && k + 12 > f->h0 && g->clause[k] == c;) {
		if (tok_is(g, k, W_UNADJUSTED))
			return -1;
		/* "the adjusted surplus", "adjusted February trade deficit"; not
		 * "adjusted for inflation", "adjusted discount window borrowings" */
		if (!tok_is(g, k, W_ADJUSTED))
			continue;
		for (size_t j = k + 1; j <= k + 3 && gram_in(g, j, s) && j < f->h0; j++)
			if (tok_has(g, j, CLS_BALANCE | CLS_FLOWIMP | CLS_FLOWEXP) || tok_is(g, j, W_TRADE))
				return word_s(g, k - 2, s, W_NOT) && word_s(g, k - 1, s, W_SEASONALLY) ? -1 : 1;
	}
	return qualify_adjustment(g, s);
}

/* "Goods by geographic area, not seasonally adjusted:": a lead that holds
 * for its paragraph and the next; fills g->adj_def, once per document. */
void qualify_adjustment_leads(struct gram *g)
{
	g->adj_def = xcalloc(g->ns ? g->ns : 1, 1);
	signed char cur = 0;

	for (size_t s = 0, lead_par = NO_SENT, next = NO_SENT; s < g->ns; s++) {
		int lead, v = qualify_adjustment_said(g, s, &lead);

		if (v && lead) {
			cur = (signed char)v;
			lead_par = g->par[s];
			next = NO_SENT;
			continue;
		}
		if (lead_par == NO_SENT)
			continue;
		if (g->par[s] != lead_par && next == NO_SENT)
			next = g->par[s];
		/* a table's rows, one paragraph each, after its heading row */
		else if (g->par[s] != lead_par && g->par[s] != next && s > 0 &&
			 g->adj_def[s - 1] == cur && meaning_table_row(g, s))
			next = g->par[s];
		if (g->par[s] == lead_par || g->par[s] == next)
			g->adj_def[s] = cur;
		else
			lead_par = NO_SENT;
	}
}

/* "in real terms", "in volume terms", "at constant prices" (real); "in
 * value terms", "in nominal terms", "at current prices" (nominal): the
 * nearest before f in its sentence, else after it in its clause. */
int qualify_price(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];
	int v = 0;

	for (size_t k = win_lo(g, s, f->h0); k + 1 < win_hi(g, s, f->t1); k++) {
		int w = 0;

		if (tok_is(g, k + 1, W_TERMS) || tok_is(g, k + 1, W_PRICES)) {
			if (tok_is(g, k, W_REAL) || tok_is(g, k, W_VOLUME) ||
			    tok_is(g, k, W_CONSTANT))
				w = 1;
			else if (tok_is(g, k, W_VALUE) || tok_is(g, k, W_NOMINAL) ||
				 tok_is(g, k, W_CURRENT))
				w = 2;
		}
		if (!w)
			continue;
		if (k < f->h0)
			v = w;
		else if (g->clause[k] == g->clause[f->t1 - 1] && !v)
			return w;
		else
			break;
	}
	return v;
}

/* "Average exports decreased $1.7 billion", "Year-over-year, the average
 * goods and services deficit increased": a release's three-month moving
 * average opens its sentence (or a lead's clause), "average" right before
 * the flow or balance it is of (past "goods and services", "trade"). */
static int average_subject(const struct gram *g, size_t s, size_t t)
{
	size_t t0 = context_body(g, s);

	for (size_t k = t0; k < t && k < t0 + 10; k++) {
		size_t j = k + 1;

		if (!tok_is(g, k, W_AVERAGE) ||
		    !(k == t0 || gram_punct(g, k - 1, ",") ||
		      (tok_is(g, k - 1, W_THE) && (k - 1 == t0 || gram_punct(g, k - 2, ",")))))
			continue;
		while (j < k + 5 && j < t && (tok_is(g, j, W_GOODS) || tok_is(g, j, W_SERVICES) ||
					      tok_is(g, j, W_AND) || tok_is(g, j, W_TRADE) ||
					      tok_is(g, j, W_MERCHANDISE)))
			j++;
		if (j < t && (tok_has(g, j, CLS_FLOWIMP | CLS_FLOWEXP | CLS_BALANCE)) &&
		    !tok_is(g, j + 1, W_PRICE) && !tok_is(g, j + 1, W_PRICES))
			return 1;
	}
	return 0;
}

/* The compilation basis the sentence names: "on a balance of payments
 * basis", "balance-of-payments basis", "BOP basis", "current account" (before
 * f in its clause, no "trade" between: a sentence may give the trade
 * balance and the current account) (3); "on a Census basis", "customs basis", "customs cleared
 * basis", "customs figures", "Census Bureau figures" (4); else 0. */
/* "the current account ... and the trade account a 6.84 billion surplus":
 * "trade" in [a, b) names another account. */
static int trade_between(const struct gram *g, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		if (tok_is(g, k, W_TRADE))
			return 1;
	return 0;
}

/* "customs-cleared", and the wire's "custom-cleared". */
static int cleared_word(uint32_t w)
{
	return w == W_CUSTOMS_CLEARED || w == W_CUSTOM_CLEARED;
}

/* A word that may name customs figures (customs_at() says whether it does). */
static int customs_word(uint32_t w)
{
	return w == W_CUSTOMS || w == W_CENSUS || cleared_word(w);
}

/* Customs figures named at token k (before hi): "customs-cleared",
 * "customs figures", "customs basis", "Census Bureau figures", "Customs
 * Board preliminary figures", "Customs and Excise figures": the customs
 * word, then within four words and no punctuation the figures' noun (not
 * "data": the styles gold reads "customs data showed" as a source only). */
static int customs_at(const struct gram *g, size_t k, size_t hi)
{
	if (k < g->nt && g->t[k].kind == TOK_WORD && cleared_word(g->t[k].lex))
		return 1;
	if (!tok_is(g, k, W_CUSTOMS) && !tok_is(g, k, W_CENSUS))
		return 0;
	for (size_t j = k + 1; j < hi && j <= k + 4 && g->t[j].kind == TOK_WORD; j++)
		if (tok_is(g, j, W_BASIS) || tok_is(g, j, W_FIGURES) || tok_is(g, j, W_CLEARED))
			return 1;
	return 0;
}

/* (read for every token of a story once: the word is tested first) */
static int customs_said(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		uint32_t w = g->t[k].lex;

		if (customs_word(w) && customs_at(g, k, g->s[s].t1))
			return 1;
	}
	return 0;
}

int qualify_customs_context(struct gram *g, size_t s)
{
	if (!g->customs_story) {	/* the story's first such sentence, once */
		g->customs_story = 1;
		for (size_t k = 0; k < g->nt; k++) {
			uint32_t w = g->t[k].lex;
			size_t i = g->sent[k];

			if (!customs_word(w) ||
			    i == NO_SENT || !customs_at(g, k, g->s[i].t1))
				continue;
			g->customs_s = i;
			g->customs_story = (g->lead_par != NO_SENT && g->par ?
						    i < g->lead_par || g->par[i] == g->lead_par : i < 2) ?
						   3 : 2;
			break;
		}
	}
	if (g->customs_story != 2)
		return g->customs_story == 3;
	for (size_t i = s; g->par && i-- > g->customs_s && g->par[i] == g->par[s];)
		if (customs_said(g, i))
			return 1;
	return 0;
}

/* "Invisibles were put at a 600 mln surplus", "a 500 mln mark deficit in
 * the services account", "a 400 mln mark deficit in transfer payments",
 * "Net unilateral transfers were down to 3.9 billion": a part of the
 * current account besides goods, which only the balance of payments
 * compiles (not "services trade", "exports of goods and services"): in
 * the figure's clause, before it with no other number between or a few
 * words after it. */
/* A number token in [a, b): another figure stands between. */
static int number_in(const struct gram *g, size_t a, size_t b)
{
	for (size_t j = a; j < b; j++)
		if (g->t[j].kind == TOK_NUM)
			return 1;
	return 0;
}

static int bop_part(const struct gram *g, size_t k, size_t hi)
{
	if (tok_is(g, k, W_INVISIBLE) || tok_is(g, k, W_INVISIBLES) || tok_is(g, k, W_TRANSFERS))
		return 1;
	return k + 1 < hi && ((tok_is(g, k, W_TRANSFER) && tok_is(g, k + 1, W_PAYMENTS)) ||
			      (tok_is(g, k, W_SERVICES) && (tok_is(g, k + 1, W_ACCOUNT) ||
							    tok_is(g, k + 1, W_BALANCE))));
}

static int compilation(const struct gram *g, const struct fig *f, size_t s)
{
	size_t lo = win_lo(g, s, f->h0), hi = win_hi(g, s, f->t1);

	for (size_t k = lo; k < hi; k++) {
		uint32_t w = g->t[k].lex;

		if (g->clause[k] == g->clause[f->h0] && bop_part(g, k, hi) &&
		    (k >= f->t1 ? k < f->t1 + 5 : !number_in(g, k, f->h0)))
			return 3;
		if (w != W_BALANCE_OF_PAYMENTS && w != W_PAYMENTS && w != W_BOP &&
		    w != W_CURRENT && !customs_word(w))
			continue;
		if ((tok_is(g, k, W_BALANCE_OF_PAYMENTS) || tok_is(g, k, W_PAYMENTS) ||
		     tok_is(g, k, W_BOP)) && k + 1 < hi && tok_is(g, k + 1, W_BASIS))
			return 3;
		if (tok_is(g, k, W_CURRENT) && k + 1 < hi && tok_is(g, k + 1, W_ACCOUNT) &&
		    k < f->h0 && g->clause[k] == g->clause[f->h0] && !trade_between(g, k + 2, f->h0))
			return 3;
		/* "a 31 billion dlr payments surplus": the payments balance
		 * named as the figure's account, before it in its clause (not
		 * "the balance of payments surplus", the overall balance,
		 * which the gold leaves without a basis) */
		if (tok_is(g, k, W_PAYMENTS) && tok_has(g, k + 1, CLS_BALANCE) &&
		    !(k > lo && tok_is(g, k - 1, W_OF)) &&
		    (k == f->t1 || (k < f->h0 && g->clause[k] == g->clause[f->h0] &&
				    !trade_between(g, k + 1, f->h0))))
			return 3;
		if (customs_at(g, k, hi))
			return 4;
	}
	return 0;
}

/* Sentence s says "balance of payments basis" (or "BOP basis"). */
static int bop_said(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k + 1 < g->s[s].t1; k++)
		if ((tok_is(g, k, W_BALANCE_OF_PAYMENTS) || tok_is(g, k, W_PAYMENTS) ||
		     tok_is(g, k, W_BOP)) && tok_is(g, k + 1, W_BASIS))
			return 1;
	return 0;
}

/* Sentence s names the balance of payments or the current account:
 * "balance of payments", "balance-of-payments", "payments surplus/deficit",
 * "current account" (the headline's capitals too). */
static int bop_named(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k < g->s[s].t1; k++) {
		if (tok_is(g, k, W_BALANCE_OF_PAYMENTS) ||
		    (tok_is(g, k, W_CURRENT) && tok_is(g, k + 1, W_ACCOUNT)))
			return 1;
		if (tok_is(g, k, W_PAYMENTS) && k + 1 < g->s[s].t1 &&
		    ((k >= g->s[s].t0 + 2 && tok_is(g, k - 1, W_OF) &&
		      tok_is(g, k - 2, W_BALANCE)) ||
		     tok_has(g, k + 1, CLS_BALANCE) || tok_is(g, k + 1, W_GAP)))
			return 1;
	}
	return 0;
}

/* Sentence s names the current account itself (not only the balance of
 * payments, whose "surplus" may be the overall balance). */
static int current_account_named(const struct gram *g, size_t s)
{
	for (size_t k = g->s[s].t0; k + 1 < g->s[s].t1; k++)
		if (tok_is(g, k, W_CURRENT) && tok_is(g, k + 1, W_ACCOUNT))
			return 1;
	return 0;
}

/* A sentence of the headline or lead is one named() accepts. */
static int bop_headline(const struct gram *g, int (*named)(const struct gram *, size_t))
{
	for (size_t s = 0; s < g->ns; s++) {
		int lead = g->lead_par != NO_SENT ? s < g->lead_par || g->par[s] == g->lead_par
						  : s < 2;

		if (!lead)
			break;
		if (named(g, s))
			return 1;
	}
	return 0;
}

int qualify_payments_only(const struct gram *g)
{
	if (!bop_headline(g, current_account_named))
		return 0;
	for (size_t k = 0; k < g->nt; k++)
		if (g->t[k].kind == TOK_WORD &&
		    (tok_is(g, k, W_TRADE) || tok_is(g, k, W_MERCHANDISE) || tok_is(g, k, W_VISIBLE) ||
		     tok_is(g, k, W_GOODS) || tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP)))
			return 0;
	return 1;
}

/* The story is a balance-of-payments report: its headline or lead names
 * the balance of payments or the current account, and some sentence gives
 * the invisibles ("the deficit on invisible trade", "Invisibles were put
 * at a 600 mln surplus") or none names trade at all (qualify_payments_only()).
 * Its trade balance, exports and imports are then
 * the goods account of the balance of payments (both sides f.o.b.), not
 * the customs figures (imports c.i.f.) the same country also publishes.
 * Read once per story: g->bop_story is 0 unread, 1 no, 2 yes. */
int qualify_bop_story(struct gram *g)
{
	int head, invisible = 0;

	if (g->bop_story)
		return g->bop_story == 2;
	head = bop_headline(g, bop_named);
	for (size_t k = 0; head && !invisible && k < g->nt; k++)
		invisible = tok_is(g, k, W_INVISIBLE) || tok_is(g, k, W_INVISIBLES);
	g->bop_story = head && (invisible || qualify_payments_only(g)) ? 2 : 1;
	return g->bop_story == 2;
}

int qualify_bop_context(const struct gram *g, size_t s)
{
	for (size_t i = 0; i < s; i++) {
		int lead = g->lead_par != NO_SENT && (i < g->lead_par || g->par[i] == g->lead_par);

		if ((lead || g->par[i] == g->par[s]) && bop_said(g, i))
			return 1;
	}
	return 0;
}

/* The compilation basis (3, 4: see compilation()), else "annualized", "at
 * an annual rate" (1); "three-month average" (2). A figure has one basis
 * column: the compilation basis wins, as the one economists never compare
 * across. */
int qualify_basis(const struct gram *g, const struct fig *f)
{
	size_t s = g->sent[f->t0];
	int c = compilation(g, f, s);

	if (c)
		return c;
	if (average_subject(g, s, f->h0))
		return 2;
	/* "GDP grew at an annual 1.8 pct in the quarter" */
	if (word_s(g, f->h0 - 1, s, W_ANNUAL) && word_s(g, f->h0 - 2, s, W_AN) &&
	    word_s(g, f->h0 - 3, s, W_AT))
		return 1;
	/* "grew at a modest 1.1 pct annual rate", "a 4.5 pct annualized
	 * rate": the rate's words right after the figure */
	if ((word_s(g, f->t1, s, W_ANNUAL) || word_s(g, f->t1, s, W_ANNUALIZED) ||
	     word_s(g, f->t1, s, W_ANNUALISED)) &&
	    (word_s(g, f->t1 + 1, s, W_RATE) ||
	     (word_s(g, f->t1 + 1, s, W_GROWTH) && word_s(g, f->t1 + 2, s, W_RATE))))
		return 1;
	/* "an annual growth rate of about three pct", "at an annual rate of
	 * 2.1 pct": the rate named right before the figure */
	if (word_s(g, f->h0 - 1, s, W_OF) && word_s(g, f->h0 - 2, s, W_RATE) &&
	    (word_s(g, f->h0 - 3, s, W_ANNUAL) ||
	     (word_s(g, f->h0 - 3, s, W_GROWTH) && word_s(g, f->h0 - 4, s, W_ANNUAL))))
		return 1;
	for (size_t k = win_lo(g, s, f->h0); k < win_hi(g, s, f->t1); k++) {
		if (tok_is(g, k, W_ANNUALIZED) || tok_is(g, k, W_ANNUALISED) ||
		    (tok_is(g, k, W_ANNUAL) && tok_is(g, k + 1, W_RATE) && k > 0 &&
		     tok_is(g, k - 1, W_AN)))
			return 1;
		if ((tok_is(g, k, W_THREE_MONTH) || tok_is(g, k, W_3_MONTH)) &&
		    (tok_is(g, k + 1, W_AVERAGE) ||
		     (tok_is(g, k + 1, W_MOVING) && tok_is(g, k + 2, W_AVERAGE))))
			return 2;
	}
	return 0;
}
