/*
 * flow.c - the trade flow of a figure that names it by what the figure is
 * part of, not by a subject of its own: a share of a flow ("25 pct of
 * Chilean copper exports", "one-third of total exports", "800 mln dlrs of
 * the purchases") and a tariff or duty ("a 40 pct tariff on EC pasta",
 * "300 mln dlrs in tariffs on Japanese electronic goods", "100 pct
 * tariffs on 300 mln dlrs worth of Japanese goods", "the countervailing
 * duty on U.S. corn imports should be cut to"): the flow the tariff falls
 * on, the imposer's imports from the goods' country (an export tariff or
 * duty: the imposer's exports); a buyer's commitments in an export sales
 * report ("China has outstanding wheat commitments ... of 30,000 tonnes");
 * an export bonus per tonne of a sale named before ("the bonus awarded was
 * 42.44 dlrs per tonne"); a quantity licensed in a story of import or
 * export licences ("have licensed a total of 4.22 mln tonnes").
 *
 * Input: the token array of gram.c, a figure and its sentence. Output: a
 * struct subj that frame_fill() applies like a sentence's subject.
 *
 * Invariants:
 *  1. Only tokens of the figure's sentence are read, each index checked
 *     with gram_in(); the scans are bounded (a few tokens around the figure
 *     and one pass back over its sentence for the country before it) -
 *     except that an export bonus or a licence looks back over the story
 *     for the words that name its flow ("export bonus", "import licences"),
 *     once per such figure, and a bonus reads the sentence of the sale.
 *  2. A partner is set only when the text names it (the tariff's goods'
 *     country, the share's taker); otherwise par_open is set, so that no
 *     one fills in all partners (WORLD) by default - except a share of
 *     "total" exports or imports, which is of all partners.
 *  3. Fields are ISO 3166 alpha-2 codes and lower-case commodities, as in
 *     subject.c; unknown stays "".
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

static void put_field(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}

/* Token k is a word that begins with a capital, as a country's name does
 * (subject_country_starting() also takes a name that ends a few words on). */
static int capital(const struct gram *g, size_t k, size_t s)
{
	return gram_in(g, k, s) && g->t[k].kind == TOK_WORD &&
	       g->d->buf[g->t[k].off] >= 'A' && g->d->buf[g->t[k].off] <= 'Z';
}

/* Words that end the modifiers of a noun: prepositions, conjunctions,
 * verbs of being, pronouns ("one-third of it in trade with Japan"). */
static const enum lex_word stop_words[] = { W_OF, W_IN, W_WITH, W_TO, W_FROM, W_FOR, W_BY,
					    W_AT, W_ON, W_AND, W_OR, W_WAS, W_WERE, W_IT,
					    W_THAT, W_WHICH, W_THIS };

/* Words after "trade" that leave it the head of its phrase. */
static const enum lex_word trade_next[] = { W_WITH, W_BETWEEN, W_FLOWS, W_OF, W_IN, W_DURING,
					    W_FOR, W_AND, W_LAST, W_THIS, W_WAS, W_WERE };

/* A flow noun in the plural at k ("exports", "imports", "shipments",
 * "purchases", "re-exports"; "trade", "turnover" for trade): the flow, or
 * NULL. The singular "export"/"import" modifies another noun ("export
 * credits", "import licences") and is none. */
const char *flow_noun(const struct gram *g, size_t k, size_t s)
{
	if (!gram_in(g, k, s) || g->t[k].kind != TOK_WORD)
		return NULL;
	/* "trade" heads its phrase only when no other noun follows ("trade
	 * with Japan", "trade flows", not "its trade weighted index") */
	if (tok_is(g, k, W_TRADE) || tok_is(g, k, W_TURNOVER))
		return !gram_in(g, k + 1, s) || g->t[k + 1].kind != TOK_WORD ||
		       WORD_AMONG(g, k + 1, trade_next) ? "trade" : NULL;
	if (tok_is(g, k, W_IMPORT) || tok_is(g, k, W_EXPORT) || tok_is(g, k, W_RE_EXPORT) ||
	    !tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP))
		return NULL;
	return g->t[k].cls & CLS_FLOWIMP ? "import" : "export";
}

/* The commodity named among tokens [i0, i1) ("copper", "grain", "computer
 * products"), copied to out; 1 if one. */
static int commodity_among(const struct gram *g, size_t i0, size_t i1, size_t s,
			   char out[static 24])
{
	for (size_t i = i0; i < i1; i++) {
		char c[24] = "";
		size_t n = subject_commodity(g, i, s, c);

		if (n && i + n <= i1) {
			put_field(out, 24, c);
			return 1;
		}
	}
	return 0;
}

/*
 * "N [share] of [the|its|total|record|Chilean|copper ...] exports": up to five
 * modifiers between "of" and a flow noun, none of them a number, a
 * preposition or a punctuation mark that is not glued inside a word
 * ("U.S.", "Korea's"). Returns the flow noun's token, or 0.
 */
static size_t share_noun(const struct gram *g, const struct fig *f, size_t s)
{
	size_t j = f->t1 + word_s(g, f->t1, s, W_SHARE);	/* "a 10 pct share of imports" */

	if (!word_s(g, j, s, W_OF))
		return 0;
	for (size_t k = j + 1; k <= j + 6 && gram_in(g, k, s); k++) {
		if (flow_noun(g, k, s))
			return k;
		if (g->t[k].kind == TOK_NUM || WORD_AMONG(g, k, stop_words) ||
		    tok_has(g, k, CLS_UP | CLS_DOWN | CLS_VERBIMP | CLS_VERBEXP))
			return 0;
		if (g->t[k].kind != TOK_WORD && !gram_glued(g, k))
			return 0;
	}
	return 0;
}

static int share_of_flow(const struct gram *g, const struct fig *f, size_t s, struct subj *out)
{
	size_t n = share_noun(g, f, s), q, m;
	const char *rep = NULL, *par, *to;
	int total = 0;

	if (!n)
		return 0;
	put_field(out->flow, sizeof(out->flow), flow_noun(g, n, s));
	for (q = n - 1; q > f->t1 && !rep; q--)
		rep = subject_country_ending(g, q, s);
	for (q = f->t1 + 1; q < n; q++)
		total |= tok_is(g, q, W_TOTAL);
	commodity_among(g, f->t1 + 1, n, s, out->commodity);
	/* "80 pct of the imports": the imports just named, of the goods named
	 * last (commodity.c's reading, up to the figure before) */
	if (!out->commodity[0] && n == f->t1 + 2 && word_s(g, f->t1 + 1, s, W_THE) && g->com_seen)
		put_field(out->commodity, sizeof(out->commodity), g->com_last);
	/* the share's taker or supplier, named before it: "the U.S. supplied
	 * 41 pct of Soviet grain imports", "Germany took 28 pct of Dutch
	 * exports", "providing 26 pct of imports"; the flow's own economy is
	 * then the one among the modifiers, else the story's (frame_fill()
	 * leaves it to context). A share of "total exports" is of all partners
	 * ("coffee, Colombia's major export, will account for one-third of
	 * total exports"), unless the noun names its sides ("total trade
	 * flows between the two countries"). */
	par = subject_country_before(g, s, f->h0);
	if (word_s(g, n + 1, s, W_FLOWS))
		n++;	/* "trade flows between" */
	/* "30 pct of its exports to Japan": the partner the noun names */
	if ((word_s(g, n + 1, s, W_TO) || word_s(g, n + 1, s, W_FROM) ||
	     word_s(g, n + 1, s, W_WITH)) &&
	    capital(g, n + 2 + word_s(g, n + 2, s, W_THE), s) &&
	    (to = subject_country_starting(g, n + 2 + word_s(g, n + 2, s, W_THE), s, &m)) != NULL) {
		if (!rep && par && strcmp(par, to))
			rep = par;	/* "Chile sends 22 pct of its exports to Japan" */
		par = to;
		total = 0;
	}
	if (rep)
		put_field(out->reporter, sizeof(out->reporter), rep);
	if (total && !(word_s(g, n + 1, s, W_BETWEEN) || word_s(g, n + 1, s, W_WITH) ||
		       word_s(g, n + 1, s, W_TO) || word_s(g, n + 1, s, W_FROM)))
		put_field(out->partner, sizeof(out->partner), "WORLD");
	else if (par && (!rep || strcmp(par, rep)))
		put_field(out->partner, sizeof(out->partner), par);
	else
		out->par_open = 1;
	return 1;
}

/* A tariff noun at k: "tariff(s)", "duty", "duties", "levy", "levies". */
static int tariff_noun(const struct gram *g, size_t k, size_t s)
{
	return word_s(g, k, s, W_TARIFF) || word_s(g, k, s, W_TARIFFS) ||
	       word_s(g, k, s, W_DUTY) || word_s(g, k, s, W_DUTIES) ||
	       word_s(g, k, s, W_LEVY) || word_s(g, k, s, W_LEVIES);
}

/* What a tariff falls on (tariff_object()). */
struct tariff_on {
	const char *par;	/* the goods' country ("Japanese", "Canada's"), or NULL */
	const char *flow;	/* the flow noun named ("exports"), or NULL */
	int own;		/* "on its softwood lumber exports": the imposer's own */
	int goods;		/* goods, a country or a flow are named */
};

/*
 * What a tariff falls on, from token k (right after "on"): "[imports of]
 * [certain] Japanese electronic goods", "EC pasta", "U.S. corn imports",
 * "Canada's shipments", "its softwood lumber exports", "300 mln dlrs
 * worth of Japanese goods". Fills *to and com (the commodity); returns
 * to->goods, 1 when it names goods, a country or a flow (a trade tariff,
 * not "a tariff for special advances").
 */
static int tariff_object(const struct gram *g, size_t k, size_t s, struct tariff_on *to,
			 char com[static 24])
{
	size_t end = k + 8, m;

	memset(to, 0, sizeof(*to));
	for (size_t i = k; i < end && gram_in(g, i, s); i++) {
		const char *c;

		if (flow_noun(g, i, s)) {
			if (!to->flow)
				to->flow = flow_noun(g, i, s);
			to->goods = 1;
			continue;
		}
		if (tok_is(g, i, W_ITS) || tok_is(g, i, W_THEIR)) {
			to->own = 1;
			continue;
		}
		if (tok_is(g, i, W_THE) || tok_is(g, i, W_OF) || tok_is(g, i, W_WORTH) ||
		    g->t[i].kind == TOK_NUM || tok_has(g, i, CLS_SCALE | CLS_CURNAME))
			continue;
		if (capital(g, i, s) && (((c = subject_country_starting(g, i, s, &m)) != NULL) ||
					 ((c = subject_country_ending(g, i, s)) != NULL && (m = 1)))) {
			if (!to->par)
				to->par = c;
			to->goods = 1;
			i += m - 1;
			continue;
		}
		if (!com[0] && subject_commodity(g, i, s, com)) {
			to->goods = 1;
			continue;
		}
		if (tok_has(g, i, CLS_GOODS)) {
			if (!com[0] && tok_is(g, i, W_GOODS) && i > k && subject_goods_word(g, i - 1, s))
				subject_goods_name(g, i - 1, i + 1, com);
			to->goods = 1;
			break;
		}
		if (g->t[i].kind != TOK_WORD || WORD_AMONG(g, i, stop_words))
			break;
	}
	return to->goods;
}

/*
 * The tariff noun that figure f measures, or 0: right after it ("a 40 pct
 * tariff", "100 pct import tariffs", "300 mln dlrs in U.S. tariffs"), or
 * before it with no other number between ("tariffs of as much as 300 mln
 * dlrs", "the duty ... should be cut to 30 cts", "tariffs worth up to"),
 * or "tariffs on 300 mln dlrs worth of" (the goods it falls on).
 */
static size_t tariff_at(const struct gram *g, const struct fig *f, size_t s, size_t *on)
{
	size_t k, m;

	for (k = f->t1; k <= f->t1 + 5 && gram_in(g, k, s); k++) {
		if (tariff_noun(g, k, s))
			goto found;
		if (capital(g, k, s) && subject_country_starting(g, k, s, &m) && m > 0) {
			k += m - 1;	/* "in U.S. tariffs", "in EC duties" */
			continue;
		}
		if (!(tok_is(g, k, W_IN) || tok_is(g, k, W_OF) || tok_is(g, k, W_IMPORT) ||
		      tok_is(g, k, W_EXPORT) || tok_is(g, k, W_CUSTOMS) ||
		      tok_is(g, k, W_COUNTERVAILING) || tok_is(g, k, W_ANTI_DUMPING)))
			break;
	}
	for (k = f->h0 - 1; gram_in(g, k, s) && k + 10 >= f->h0; k--) {
		if (g->t[k].kind == TOK_NUM || tok_has(g, k, CLS_VERBIMP | CLS_VERBEXP))
			return 0;
		/* "tariffs, imports of textiles grew 26 pct": the flow is the
		 * clause's subject; but "the duty on U.S. corn imports should
		 * be cut to" names what the duty falls on */
		if (flow_noun(g, k, s) && !word_s(g, k - 1, s, W_ON) && !word_s(g, k - 2, s, W_ON) &&
		    !word_s(g, k - 3, s, W_ON))
			return 0;
		if (tariff_noun(g, k, s))
			goto found;
	}
	return 0;
found:
	/* the object after the noun ("tariffs on Japanese goods"), else after
	 * the figure ("tariffs of 300 mln dlrs on Japanese exports") */
	*on = 0;
	for (size_t j = k + 1; j <= k + 3 && gram_in(g, j, s) && !*on; j++)
		if (tok_is(g, j, W_ON))
			*on = j;
	for (size_t j = f->t1; j <= f->t1 + 2 && gram_in(g, j, s) && !*on; j++)
		if (tok_is(g, j, W_ON))
			*on = j;
	return k;
}

static int tariff_flow(const struct gram *g, const struct fig *f, size_t s,
		       const struct subj *su, struct subj *out)
{
	size_t on = 0, k = tariff_at(g, f, s, &on), q;
	const char *rep = NULL;
	struct tariff_on to = { 0 };
	int exp, trade;

	if (!k)
		return 0;
	q = k - 1;
	exp = word_s(g, q, s, W_EXPORT);
	trade = exp || word_s(g, q, s, W_IMPORT) || word_s(g, q, s, W_CUSTOMS) ||
		word_s(g, q, s, W_COUNTERVAILING) || word_s(g, q, s, W_ANTI_DUMPING);
	if (trade)
		q--;
	if (on && tariff_object(g, on + 1, s, &to, out->commodity))
		trade = 1;
	if (!trade)
		return 0;
	/* the imposer: its adjective right before ("U.S. tariffs"), else the
	 * country the sentence names first ("Washington announced plans to
	 * slap"), never the goods' own */
	rep = subject_country_ending(g, q, s);
	/* "Japan would act if the United States imposes 100 pct tariffs": the
	 * subject of the verb of imposing, the country right before it */
	for (size_t v = (k < f->h0 ? k : f->h0) - 1; !rep && gram_in(g, v, s) &&
	     g->clause[v] == g->clause[k < f->h0 ? k : f->h0] && v + 4 >= (k < f->h0 ? k : f->h0);
	     v--)
		if (tok_is(g, v, W_IMPOSES) || tok_is(g, v, W_IMPOSED) || tok_is(g, v, W_IMPOSE))
			rep = v > 0 ? subject_country_ending(g, v - 1, s) : NULL;
	if (!rep)
		rep = subject_country_before(g, s, k < f->h0 ? k : f->h0);
	/* "a 15 pct duty on its softwood lumber exports": a duty on the
	 * imposer's own exports; "a levy on exports of Spanish maize": on the
	 * exports of the goods' country; but "tariffs on Japanese electronic
	 * exports" fall on the imposer's imports */
	if (to.flow && !strcmp(to.flow, "export") &&
	    (to.own || word_s(g, on + 1, s, W_EXPORTS) || (rep && to.par && !strcmp(rep, to.par))))
		exp = 1;
	if (exp && to.par && !to.own) {
		rep = to.par;	/* the exporter, no partner */
		to.par = NULL;
	} else if (exp && to.par && rep && !strcmp(rep, to.par)) {
		to.par = NULL;
	}
	if (rep && to.par && !strcmp(rep, to.par))
		rep = NULL;
	/* "imports of goods such as Japanese photocopiers, where it has
	 * imposed 20 pct anti-dumping duties": a duty that names no goods
	 * keeps the flow its sentence names with a partner; with none (or
	 * all of them) its goods, the partner left unknown */
	if (!to.goods && su && !strcmp(su->flow, exp ? "export" : "import")) {
		if (su->partner[0] && strcmp(su->partner, "WORLD"))
			return 0;
		memcpy(out->commodity, su->commodity, sizeof(out->commodity));
	}
	put_field(out->flow, sizeof(out->flow), exp ? "export" : "import");
	if (rep)
		put_field(out->reporter, sizeof(out->reporter), rep);
	if (to.par)
		put_field(out->partner, sizeof(out->partner), to.par);
	else
		out->par_open = 1;
	return 1;
}

/*
 * A buyer's commitments in an export sales report: "China has outstanding
 * wheat commitments for the 1986/87 season of 30,000 tonnes", "total corn
 * commitments of 1,011,200 tonnes" after the holder: purchases contracted
 * and not yet shipped, the holder's imports from the reporting seller
 * (the dateline's or agency's country, else the goods' origin); "U.S.
 * export commitments" are the seller's exports. The noun stands before
 * the figure (other figures of its list between), or after it as what the
 * figure was added to; the holder before it.
 */
static int commitments_flow(const struct gram *g, const struct fig *f, size_t s,
			    struct subj *out)
{
	size_t k, q;
	const char *holder, *par = NULL;
	int exp;

	if (!(k = flow_commitments_noun(g, f, s)))	/* flow_deal.c */
		return 0;
	q = k - 1;
	if (gram_in(g, q, s))
		commodity_among(g, q > 2 && gram_in(g, q - 2, s) ? q - 2 : q, k, s, out->commodity);
	exp = word_s(g, q, s, W_EXPORT) || word_s(g, q - 1, s, W_EXPORT);
	holder = subject_country_before(g, s, k);
	if (!holder)
		return 0;
	put_field(out->flow, sizeof(out->flow), exp ? "export" : "import");
	put_field(out->reporter, sizeof(out->reporter), holder);
	if (!exp) {
		par = subject_goods_origin(g, s, holder);
		if (!par && g->place && g->place[s] && strcmp(g->place[s], holder))
			par = g->place[s];
	}
	if (par)
		put_field(out->partner, sizeof(out->partner), par);
	else
		out->par_open = 1;
	return 1;
}

/*
 * An export bonus per unit of a sale the story named: "the bonus awarded
 * was 42.44 dlrs per tonne", "The bonuses awarded averaged 36.22 dlrs per
 * tonne" in a story of "an export bonus to cover a sale of durum wheat to
 * Algeria": the subsidy paid on that export, of its flow, seller, buyer
 * and goods (the last sentence subject with a flow, when it is that
 * export). The story must name an "export bonus" before the figure (not a
 * company's bonus). Reads back to the story's start, only for a money
 * figure right after "bonus" or "bonuses".
 */
static int bonus_flow(const struct gram *g, const struct fig *f, size_t s, enum claim_kind kind,
		      struct subj *out)
{
	size_t k = f->h0 - 1;
	int said = 0;

	if (kind != CLAIM_MONEY)
		return 0;
	while (gram_in(g, k, s) && k + 5 > f->h0 &&
	       (tok_is(g, k, W_AWARDED) || tok_is(g, k, W_WAS) || tok_is(g, k, W_WERE) ||
		tok_is(g, k, W_AVERAGED) || tok_is(g, k, W_OF) || tok_is(g, k, W_AT)))
		k--;
	if (!word_s(g, k, s, W_BONUS) && !word_s(g, k, s, W_BONUSES))
		return 0;
	for (size_t i = 1; i < f->h0 && !said; i++)
		said = tok_is(g, i - 1, W_EXPORT) && (tok_is(g, i, W_BONUS) || tok_is(g, i, W_BONUSES));
	if (!said || g->carry_s == NO_SENT || g->carry_s > s || strcmp(g->carry.flow, "export"))
		return 0;
	*out = g->carry;
	out->flow_inferred = out->rep_inferred = 1;
	/* the sale's goods, named in its sentence */
	for (size_t i = g->s[g->carry_s].t0; i < g->s[g->carry_s].t1 && !out->commodity[0]; i++)
		if (g->t[i].kind == TOK_WORD)
			subject_commodity(g, i, g->carry_s, out->commodity);
	if (!out->partner[0] || !strcmp(out->partner, "WORLD")) {
		out->partner[0] = '\0';	/* one sale's buyer, not all of them */
		out->par_open = 1;
	}
	out->par_inferred = out->partner[0] != '\0';
	return 1;
}

/* A word of a licence to trade: "licences", "licensed", "certificates". */
static int licence_word(const struct gram *g, size_t k)
{
	return tok_is(g, k, W_LICENCE) || tok_is(g, k, W_LICENCES) || tok_is(g, k, W_LICENSE) ||
	       tok_is(g, k, W_LICENSES) || tok_is(g, k, W_LICENSED) ||
	       tok_is(g, k, W_CERTIFICATES);
}

/*
 * A quantity licensed in a story of import or export licences: "import
 * licences for only 420,000 tonnes have been registered ... The EC
 * countries have licensed a total of 4.22 mln tonnes", "It granted export
 * licences for 123,000 tonnes of barley ... Licences for 100,000 tonnes
 * of the barley were awarded": the flow the nearest "import licences" or
 * "export licences" before names (also "licences to export"). The licence
 * word stands in the figure's sentence before it or right after it
 * ("licences for"). Reads back to the story's start, only for such a
 * figure.
 */
static int licence_flow(const struct gram *g, const struct fig *f, size_t s, enum claim_kind kind,
			struct subj *out)
{
	size_t k;
	const char *rep;
	int found = 0;

	if (kind != CLAIM_QUANTITY)
		return 0;
	for (k = f->h0 - 1; gram_in(g, k, s) && !found; k--)
		found = licence_word(g, k);
	if (!found)
		return 0;
	for (k = f->h0; k-- > 1;) {
		if (!licence_word(g, k))
			continue;
		if (tok_is(g, k - 1, W_IMPORT) || (tok_is(g, k + 1, W_TO) && tok_is(g, k + 2, W_IMPORT))) {
			put_field(out->flow, sizeof(out->flow), "import");
			break;
		}
		if (tok_is(g, k - 1, W_EXPORT) || (tok_is(g, k + 1, W_TO) && tok_is(g, k + 2, W_EXPORT))) {
			put_field(out->flow, sizeof(out->flow), "export");
			break;
		}
	}
	if (!out->flow[0])
		return 0;
	out->flow_inferred = 1;
	/* who licenses: the sentence's country ("The Netherlands is
	 * registering an increase in licences"), else the story's */
	rep = subject_country_before(g, s, f->h0);
	if (rep)
		put_field(out->reporter, sizeof(out->reporter), rep);
	commodity_among(g, f->t1, f->t1 + 5, s, out->commodity);
	return 1;
}

/* Nouns of money that is no trade flow: debt, credit, loans, guarantees,
 * reserves, national output (tests/eval/gold/GUIDE.md: "a loan" has the trade fields
 * blank). */
static const enum lex_word no_trade_nouns[] = { W_DEBT, W_DEBTS, W_CREDIT, W_CREDITS, W_LOAN,
						W_LOANS, W_GUARANTEE, W_GUARANTEES, W_RESERVES,
						W_GDP, W_GNP };
/* Words between such a noun and its amount: "foreign debt of", "credits
 * were", "debts totalling", "a 44.5 billion dlr foreign debt", "24
 * billion dlrs in debt servicing". */
static const enum lex_word no_trade_glue[] = { W_OF, W_IN, W_WAS, W_WERE, W_IS, W_ARE, W_TOTALLED,
					       W_TOTALLING, W_TOTALING, W_AMOUNTED, W_TO, W_STOOD,
					       W_AT, W_NOW, W_TOTAL, W_FOREIGN, W_EXTERNAL,
					       W_COMMERCIAL, W_HARD, W_CURRENCY };

/* The figure is the amount of a noun of money that is no trade flow, right
 * after it ("its 44.5 billion dlr foreign debt", "eight pct GNP growth",
 * "25 mln dlrs in credit guarantees") or right before it ("an external
 * debt of 984 mln dlrs", "Trade credits were 210 mln dlrs", "foreign debts
 * totalling", "GNP grew by 7.5 pct"). A share "of exports" after such a noun ("debt service of
 * 35 pct of exports") is the flow's share, not this. */
static int no_trade_amount(const struct gram *g, const struct fig *f, size_t s)
{
	size_t k, n;

	if (word_s(g, f->t1, s, W_OF) && share_noun(g, f, s))
		return 0;
	for (k = f->t1, n = 0; n < 3 && gram_in(g, k, s); k++, n++) {
		if (WORD_AMONG(g, k, no_trade_nouns))
			return 1;
		if (!WORD_AMONG(g, k, no_trade_glue))
			break;
	}
	for (k = f->h0 - 1, n = 0; n < 3 && gram_in(g, k, s); k--, n++) {
		if (WORD_AMONG(g, k, no_trade_nouns) ||
		    (word_s(g, k, s, W_SERVICING) && word_s(g, k - 1, s, W_DEBT)))
			return 1;
		/* "GNP grew by", "reserves rose to" */
		if (!WORD_AMONG(g, k, no_trade_glue) && !word_s(g, k, s, W_BY) &&
		    !tok_has(g, k, CLS_UP | CLS_DOWN))
			break;
	}
	return 0;
}

/*
 * "Total trade with Gulf states fell some 40 pct", "total trade between
 * the two countries would remain between two and three billion dlrs",
 * "Trade between the two countries totalled 3.2 billion dlrs": "trade" that
 * heads its phrase (flow_noun()) is the subject of its clause's figure,
 * no other flow noun or number between; a flow noun after the figure
 * ("..., with imports at 1.55 billion") does not take it over; "world
 * trade" is no one economy's flow and is left alone. The partner
 * after "with", the sides after "between"; else none (par_open).
 */
static int trade_subject(const struct gram *g, const struct fig *f, size_t s,
			 const struct subj *su, struct subj *out)
{
	size_t k, c = g->clause[f->h0], n, q;
	const char *fl = NULL, *a, *b = NULL;

	if (su && su->flow[0] && (!strcmp(su->flow, "trade") || su->tok < f->h0))
		return 0;
	for (k = f->h0 - 1; gram_in(g, k, s) && g->clause[k] == c && k + 14 > f->h0; k--) {
		if (g->t[k].kind == TOK_NUM)
			return 0;
		if ((fl = flow_noun(g, k, s)) != NULL)
			break;
	}
	if (!fl || strcmp(fl, "trade") || !gram_in(g, k, s) || g->clause[k] != c)
		return 0;
	for (q = k - 1; gram_in(g, q, s) && q + 3 >= k; q--)
		if (tok_is(g, q, W_WORLD) || tok_is(g, q, W_GLOBAL))
			return 0;	/* "world cereals trade": no one economy's */
	put_field(out->flow, sizeof(out->flow), "trade");
	q = k + 2 + word_s(g, k + 2, s, W_THE);
	if (word_s(g, k + 1, s, W_WITH) && capital(g, q, s) &&
	    (a = subject_country_starting(g, q, s, &n)) != NULL) {
		put_field(out->partner, sizeof(out->partner), a);
		return 1;
	}
	if (word_s(g, k + 1, s, W_BETWEEN) && capital(g, q, s) &&
	    (a = subject_country_starting(g, q, s, &n)) != NULL && word_s(g, q + n, s, W_AND)) {
		q += n + 1 + word_s(g, q + n + 1, s, W_THE);
		if (capital(g, q, s))
			b = subject_country_starting(g, q, s, &n);
		if (b && strcmp(a, b)) {
			put_field(out->reporter, sizeof(out->reporter), a);
			put_field(out->partner, sizeof(out->partner), b);
			return 1;
		}
	}
	out->par_open = 1;
	return 1;
}

/* Financial assets a flow noun may be "of": "foreign purchases of
 * securities", "sales of U.S. Treasury bonds" are no trade in goods. */
static const enum lex_word assets[] = { W_SECURITIES, W_BONDS, W_BILLS, W_SHARES, W_STOCKS,
					W_EQUITIES, W_TREASURIES, W_ASSETS, W_DOLLARS };

/* The subject's flow noun is "of" financial assets ("Net foreign purchases
 * of securities other than ... were 11.8 billion dlrs"): 1 if so. */
static int flow_of_assets(const struct gram *g, size_t s, const struct subj *su)
{
	size_t k = su->tok;

	if (!gram_in(g, k, s) || !flow_noun(g, k, s) || !word_s(g, k + 1, s, W_OF))
		return 0;
	for (size_t j = k + 2; j < k + 9 && gram_in(g, j, s) &&
			       (g->t[j].kind == TOK_WORD || gram_glued(g, j)); j++) {
		if (WORD_AMONG(g, j, assets))
			return 1;
		if (tok_has(g, j, CLS_COMMODITY | CLS_GOODS) || WORD_AMONG(g, j, stop_words))
			return 0;
	}
	return 0;
}

int flow_part_of(const struct gram *g, const struct fig *f, size_t s, enum measure m,
		 enum claim_kind kind, const struct subj *su, struct subj *out)
{
	int has_flow = su && su->flow[0];

	memset(out, 0, sizeof(*out));
	if (m == MEASURE_BALANCE)
		return 0;
	if (kind != CLAIM_QUANTITY &&
	    (no_trade_amount(g, f, s) || (has_flow && flow_of_assets(g, s, su))))
		return 1;	/* no flow: frame_fill() applies the empty subject */
	if (flow_own_noun(g, f, s, m, kind, su, out) || tariff_flow(g, f, s, su, out))
		return 1;
	memset(out, 0, sizeof(*out));
	if (m != MEASURE_SHARE && trade_subject(g, f, s, su, out))
		return 1;
	memset(out, 0, sizeof(*out));
	if (!has_flow && share_of_flow(g, f, s, out))
		return 1;
	memset(out, 0, sizeof(*out));
	if (!has_flow && m != MEASURE_SHARE && commitments_flow(g, f, s, out))
		return 1;
	memset(out, 0, sizeof(*out));
	if (!has_flow && bonus_flow(g, f, s, kind, out))
		return 1;
	memset(out, 0, sizeof(*out));
	if (!has_flow && licence_flow(g, f, s, kind, out))
		return 1;
	memset(out, 0, sizeof(*out));
	if (!has_flow && m != MEASURE_SHARE && flow_deal_object(g, f, s, kind, out))
		return 1;	/* "agreed to ship 100,000 tonnes of wheat" (flow_deal.c) */
	memset(out, 0, sizeof(*out));
	return 0;
}
