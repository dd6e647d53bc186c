/*
 * subject.c - who trades what with whom: the flow, reporter, partner and
 * commodity a sentence names ("Chinese imports of Russian goods", "China's
 * exports to Russia", "oil imports from Iraq").
 *
 * Input: the token array of gram.c and a sentence. Output: a struct subj.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (every index is checked
 *     with gram_in(), also those before the sentence or past the array).
 *  2. A flow word counts only when the sentence says more about it (a
 *     country, "of", "from", "to" or a commodity): "its exports" alone is
 *     not a subject.
 *  3. Fields are ISO 3166 alpha-2 codes and lower-case commodity names,
 *     always NUL-terminated; unknown stays "".
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

static const char *txt(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}

static void set(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}



const char *subject_country_ending(const struct gram *g, size_t i, size_t s)
{
	if (!gram_in(g, i, s))
		return NULL;
	if (g->t[i].kind == TOK_WORD) {
		if (tok_is(g, i, W_STATES) && word_s(g, i - 1, s, W_UNITED))
			return "US";
		if (tok_is(g, i, W_KINGDOM) && word_s(g, i - 1, s, W_UNITED))
			return "GB";
		if (tok_is(g, i, W_ZEALAND) && word_s(g, i - 1, s, W_NEW))
			return "NZ";
		if (tok_is(g, i, W_AFRICA) && word_s(g, i - 1, s, W_SOUTH))
			return "ZA";
		if (tok_is(g, i, W_KOREA) && word_s(g, i - 1, s, W_NORTH))
			return "KP";
		const char *c = tok_country(g, i);

		return c ? c : context_country_ending(g, i, s);
	}
	if (gram_punct(g, i, ".") && gram_in(g, i - 3, s) && gram_punct(g, i - 2, ".") &&
	    tok_is(g, i - 3, W_U)) {
		if (tok_is(g, i - 1, W_S))
			return "US";
		if (tok_is(g, i - 1, W_K))
			return "GB";
	}
	return NULL;
}

/* The country named by the tokens starting at i, and how many they are. */
const char *subject_country_starting(const struct gram *g, size_t i, size_t s, size_t *n);
#define country_starting subject_country_starting
const char *subject_country_starting(const struct gram *g, size_t i, size_t s, size_t *n)
{
	/* "China", "United States", "United Arab Emirates", "U . S ." */
	static const size_t lens[] = { 1, 2, 3, 4 };

	for (size_t k = 0; k < ARRAY_SIZE(lens); k++) {
		const char *c = subject_country_ending(g, i + lens[k] - 1, s);

		if (c && !(lens[k] == 1 && tok_is(g, i, W_UNITED)) &&
		    !(lens[k] == 1 && tok_is(g, i, W_SOUTH) && subject_country_ending(g, i + 1, s))) {
			*n = lens[k];
			return c;
		}
	}
	*n = 0;
	return NULL;
}

/* A flow noun ("imports", "shipments"): the lexicon's flowimp and flowexp. */
static const char *flow_word(const struct gram *g, size_t k)
{
	if (!tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP) || g->t[k].kind != TOK_WORD)
		return NULL;
	return g->t[k].cls & CLS_FLOWIMP ? "import" : "export";
}

/* A verb of trade after its country: "Thailand exported", "The U.K.
 * Exported" (wire copy capitalises it), "Brazil shipped", "Cuba sold"
 * (classes verbimp and verbexp). */
static const char *flow_verb(const struct gram *g, size_t k)
{
	if (!tok_has(g, k, CLS_VERBIMP | CLS_VERBEXP) || g->t[k].kind != TOK_WORD)
		return NULL;
	return g->t[k].cls & CLS_VERBIMP ? "import" : "export";
}

/* Words between a verb of trade and its subject: "The USSR has already
 * bought", "Soviets have bought", "Egypt plans to buy". */
static const enum lex_word verb_aux[] = { W_HAS, W_HAVE, W_HAD, W_ALREADY, W_ALSO, W_WILL,
					  W_WOULD, W_MAY, W_COULD, W_SHOULD, W_CAN, W_IS, W_WAS,
					  W_TO, W_NEED, W_NEEDS, W_AGREED, W_PLANS, W_RECENTLY,
					  W_JUST, W_NORMALLY, W_STILL, W_USUALLY };

/* The country whose verb of trade is at k: right before it or before its
 * auxiliaries. */
static const char *verb_subject(const struct gram *g, size_t k, size_t s)
{
	size_t q = k - 1;

	for (int n = 0; n < 3 && gram_in(g, q, s) && WORD_AMONG(g, q, verb_aux); n++)
		q--;
	return subject_country_ending(g, q, s);
}

/* "Brazil bought 75,000 tonnes of French wheat", "sold 2 mln tonnes to
 * Egypt": the counterpart after the verb's object, within a few tokens
 * ("of <Country>" only for a purchase: the goods' origin). */
static const char *verb_partner(const struct gram *g, size_t k, size_t s, int buys)
{
	size_t n;

	for (size_t j = k + 1; j < k + 10 && gram_in(g, j, s); j++) {
		if (gram_punct(g, j, ",") || gram_punct(g, j, ";"))
			break;
		if ((word_s(g, j, s, W_FROM) && buys) || (word_s(g, j, s, W_TO) && !buys) ||
		    (word_s(g, j, s, W_OF) && buys))
			if (subject_country_starting(g, j + 1 + word_s(g, j + 1, s, W_THE), s, &n))
				return subject_country_starting(g, j + 1 + word_s(g, j + 1, s, W_THE),
								s, &n);
	}
	return NULL;
}

/* "exported 1.29 mln tonnes of rice": the commodity after the verb's
 * object, within a few tokens. */
static void verb_commodity(const struct gram *g, size_t k, size_t s, char out[static 24])
{
	for (size_t j = k + 1; j < k + 7 && gram_in(g, j, s); j++)
		if (tok_is(g, j, W_OF) &&
		    (subject_commodity(g, j + 1, s, out) ||	/* "of French wheat" */
		     (tok_has(g, j + 1, CLS_COUNTRY) && subject_commodity(g, j + 2, s, out))))
			return;
}

/* The country ending at token q names a currency, not a subject: "in U.S.
 * dollar terms", "U.S. Dlrs", "Australian dlrs". */
static int currency_country(const struct gram *g, size_t q, size_t s)
{
	const char *iso;

	return gram_in(g, q + 1, s) && g->t[q + 1].kind == TOK_WORD &&
	       units_currency(txt(g, q + 1), g->t[q + 1].len, &iso) != UNIT_NONE;
}

/* The country ending at token q stands where a partner does: after "to",
 * "from", "with", "into" or a list's "and" ("to the UAE and South Africa"). */
static int partner_marked(const struct gram *g, size_t q, size_t s)
{
	static const enum lex_word marks[] = { W_TO, W_FROM, W_WITH, W_INTO };
	/* "data from Chinese customs": a source, not a partner */
	static const enum lex_word sources[] = { W_CUSTOMS, W_DATA, W_OFFICIALS, W_FIGURES,
						 W_STATISTICS, W_GOVERNMENT, W_MINISTRY,
						 W_AUTHORITIES, W_SOURCES };

	if (WORD_AMONG(g, q + 1, sources))
		return 0;

	for (int hops = 0; hops < 8; hops++) {
		size_t start = q, n;

		/* The name's first token: capitalised ("South Africa", "United
		 * Arab Emirates"; never "to Mexico", which ends in a name too). */
		for (size_t len = 2; len <= 4 && len <= q + 1; len++) {
			int caps = 1;

			for (size_t t = q + 1 - len; t < q; t++)
				caps &= gram_in(g, t, s) && ((*txt(g, t) >= 'A' && *txt(g, t) <= 'Z') ||
							     gram_punct(g, t, "."));
			if (caps && country_starting(g, q + 1 - len, s, &n) && n == len)
				start = q + 1 - len;
		}
		if (word_s(g, start - 1, s, W_THE))
			start--;
		if (!gram_in(g, start - 1, s))
			return 0;
		if (WORD_AMONG(g, start - 1, marks))
			return 1;
		/* "from Brazil, Argentina and Mexico": back along the list */
		if (!tok_is(g, start - 1, W_AND) && !gram_punct(g, start - 1, ","))
			return 0;
		q = start - 2;
		if (!subject_country_ending(g, q, s))
			return 0;
	}
	return 0;
}

/* Token q ends in a possessive: "Australia's", "China’s". */
static int possessive(const struct gram *g, size_t q)
{
	const char *w = txt(g, q);
	size_t n = g->t[q].len;

	return g->t[q].kind == TOK_WORD && ((n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') ||
					    (n > 4 && !memcmp(w + n - 4, "\xe2\x80\x99s", 4)));
}

/* The first country, unless a possessive one follows: "the U.S.
 * Agriculture Department forecast Australia's wheat crop at" is
 * Australia's figure. */
const char *subject_country_before(const struct gram *g, size_t s, size_t t)
{
	const char *first = NULL;

	for (size_t q = win_lo(g, s, t) > context_body(g, s) ? win_lo(g, s, t) : context_body(g, s);
	     q < t && q < g->s[s].t1; q++) {
		const char *c = subject_country_ending(g, q, s);

		if (!c || currency_country(g, q, s) || partner_marked(g, q, s))
			continue;
		if (first && possessive(g, q))
			return c;
		if (!first)
			first = c;
	}
	return first;
}

/* The currency named at token i is the thing a sentence is about, not the
 * unit of a figure: "the dollar", "the Swiss franc", "sterling", "yen cash
 * bonds", "Eurodollar deposit rates" - never "5 billion Swiss francs", "1.3
 * billion N.Z. Dlrs", "in dollar terms" or "measured in dollars". Its ISO
 * code in *iso. */
/* units_currency() of token i from the classes lex.c stored: no second lookup. */
static enum unit_form currency_tok(const struct gram *g, size_t i, const char **iso)
{
	const struct lex_entry *e = tok_lex(g, i);
	uint64_t c = g->t[i].cls;

	*iso = NULL;
	if (c & (CLS_CURSIGN | CLS_CURCODE)) {
		*iso = e->cur;
		return c & CLS_CURSIGN ? UNIT_SIGN : UNIT_CODE;
	}
	if ((c & CLS_CURNAME) && e->cur_factor == 1) {
		*iso = e->cur;
		return UNIT_NAME;
	}
	return UNIT_NONE;
}

static int currency_subject(const struct gram *g, size_t i, size_t s, const char **iso)
{
	const char *w = txt(g, i);
	size_t n = g->t[i].len, b = i - 1;

	if (n > 5 && !strncasecmp(w, "euro", 4) && units_currency(w + 4, n - 4, iso) != UNIT_NONE)
		return 1;	/* "Eurodollar", "euromarks" */
	if (n < 3 || currency_tok(g, i, iso) == UNIT_NONE || word_s(g, i + 1, s, W_TERMS))
		return 0;
	/* back over "Swiss", "U.S.", "N.Z.", "Australian" */
	while (gram_in(g, b, s) && (tok_has(g, b, CLS_COUNTRY | CLS_CURADJ) || gram_punct(g, b, ".") ||
				    (g->t[b].kind == TOK_WORD && g->t[b].len == 1)))
		b--;
	if (!gram_in(g, b, s))
		return 1;	/* the sentence starts with it: "Sterling rose" */
	return g->t[b].kind == TOK_WORD && !tok_has(g, b, CLS_SCALE | CLS_NUMBER) &&
	       !word_s(g, b, s, W_IN);
}

int subject_market(const struct gram *g, size_t s, size_t t0, const char *unit)
{
	static const enum lex_word money_markets[] = { W_BOND, W_BONDS, W_CASH, W_DEPOSIT,
						       W_DEPOSITS, W_MARKET };
	size_t c0 = g->clause[context_body(g, s)], cf = g->clause[t0];

	/* the figure's clause and the sentence's first: its subject */
	for (size_t k = context_body(g, s); k < g->s[s].t1 && g->clause[k] <= cf; k++) {
		const char *iso;

		if (g->t[k].kind != TOK_WORD || (g->clause[k] != c0 && g->clause[k] != cf))
			continue;
		if (tok_is(g, k, W_FUTURES) || tok_is(g, k, W_CURRENCY) ||
		    (tok_is(g, k, W_EXCHANGE) && word_s(g, k + 1, s, W_RATE)))
			return 1;
		/* a share index, not a price index */
		if (tok_is(g, k, W_INDEX) && !word_s(g, k - 1, s, W_PRICE) &&
		    !word_s(g, k - 1, s, W_PRICES) && !word_s(g, k - 1, s, W_CONSUMER) &&
		    !word_s(g, k - 1, s, W_WHOLESALE) && !word_s(g, k - 1, s, W_PRODUCER))
			return 1;
		/* a currency priced in another, or its change: not "to support
		 * the dollar ... 400 mln dlrs"; a market in one ("yen cash bonds
		 * ... 140,000 billion yen", "dollar deposits") */
		if (currency_subject(g, k, s, &iso) &&
		    (strcmp(iso, unit) || WORD_AMONG(g, k + 1, money_markets)))
			return 1;
	}
	return 0;
}

/* Words that are not a commodity before or after a flow word. */
static const enum lex_word not_goods_words[] = { W_THE, W_ITS, W_THEIR, W_HIS, W_HER, W_OUR, W_A, W_AN, W_AND, W_OF, W_IN, W_TO, W_FROM, W_SAID, W_THAT, W_WHICH, W_WITH, W_FOR, W_ON, W_AT, W_BY, W_WERE, W_WAS, W_IS, W_ARE, W_TOTAL, W_SEABORNE, W_OVERALL, W_ANNUAL, W_MONTHLY, W_NET, W_DOMESTIC, W_FOREIGN, W_WORLD, W_COUNTRY_S, W_NATION_S, W_ALSO, W_BUT, W_WHILE, W_AS, W_NON_OIL, W_NEW, W_ESTIMATED, W_VALUE, W_VOLUME, W_REST, W_WORTH, W_AMOUNTED, W_TOTALLED, W_TOTALED, W_STOOD, W_REACHED, W_ROSE, W_FELL, W_MOSTLY, W_MAINLY, W_WE, W_THEY, W_IT, W_THESE, W_THOSE, W_THIS, W_WOULD, W_WILL, W_COULD, W_SHOULD, W_MAY, W_RECORD, W_MERCHANDISE, W_GOODS, W_SERVICES, W_COMBINED, W_ALL, W_BILATERAL, W_TWO_WAY };

/* A plain word a commodity can be ("watch", "dairy", "machinery"): a word
 * of letters that is no function word, month or verb form in -ed. */
static int goods_word(const struct gram *g, size_t i, size_t s)
{
	const char *w;
	size_t n;

	if (!gram_in(g, i, s) || g->t[i].kind != TOK_WORD || g->t[i].len < 3 || g->t[i].len > 14)
		return 0;
	w = txt(g, i);
	n = g->t[i].len;
	for (size_t k = 0; k < n; k++)
		if (!((w[k] >= 'a' && w[k] <= 'z') || (k == 0 && w[k] >= 'A' && w[k] <= 'Z')))
			return 0;
	if (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd')
		return 0;
	return !WORD_AMONG(g, i, not_goods_words) && !period_month(w, n) &&
	       !subject_country_ending(g, i, s);
}

/* Lower-case and singular ("watches" -> "watch") into out. */
static void goods_name(const struct gram *g, size_t i0, size_t i1, char out[static 24])
{
	size_t n = 0;

	for (size_t i = i0; i < i1; i++) {
		const char *w = txt(g, i);
		size_t len = g->t[i].len;

		if (n && n + 1 < 24)
			out[n++] = ' ';
		for (size_t k = 0; k < len && n + 1 < 24; k++)
			out[n++] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] | 0x20 : w[k]);
	}
	out[n] = '\0';
}

/* "to Asia", "outside the EU", "to the rest of the world": a counterpart
 * that is no one country. Sets *world for the rest of the world. */
static int open_partner(const struct gram *g, size_t j, size_t s, int *world)
{
	*world = 0;
	if (word_s(g, j, s, W_THE) && word_s(g, j + 1, s, W_REST) && word_s(g, j + 2, s, W_OF) &&
	    word_s(g, j + 4, s, W_WORLD)) {
		*world = 1;
		return 1;
	}
	if (word_s(g, j, s, W_THE))
		j++;
	return gram_in(g, j, s) && g->t[j].kind == TOK_WORD && *txt(g, j) >= 'A' &&
	       *txt(g, j) <= 'Z' && !tok_has(g, j, CLS_MONTH | CLS_WEEKDAY);	/* "from Feb 15" */
}

/* The origin of goods an importer's sentence names: "added 90,000 tonnes
 * of U.S. wheat to its purchases" (US), never the importer itself. */
static const char *goods_origin(const struct gram *g, size_t s, const char *rep)
{
	for (size_t q = context_body(g, s); q + 2 < g->s[s].t1; q++) {
		const char *c;
		char goods[24];
		size_t n;

		if (!tok_is(g, q, W_OF) || !(c = country_starting(g, q + 1, s, &n)) ||
		    (rep && !strcmp(c, rep)) || currency_country(g, q + n, s))
			continue;
		if (subject_commodity(g, q + 1 + n, s, goods) || goods_word(g, q + 1 + n, s))
			return c;
	}
	return NULL;
}

/* A number stands in sentence s before token k. */
static int num_before(const struct gram *g, size_t s, size_t k)
{
	for (size_t q = g->s[s].t0; q < k; q++)
		if (g->t[q].kind == TOK_NUM)
			return 1;
	return 0;
}

/* The country sentence s opens with ("China has", "The Soviet Union
 * said"), not a currency's. */
static const char *opening_country(const struct gram *g, size_t s)
{
	size_t b = context_body(g, s), n;
	const char *c;

	b += word_s(g, b, s, W_THE);
	c = country_starting(g, b, s, &n);
	return c && !currency_country(g, b + n - 1, s) ? c : NULL;
}

/* Verbs of a level after a flow noun ("exports totalled"), and owners
 * that make a flow noun no subject ("its exports", "the company's"). */
static const enum lex_word level_verbs[] = { W_WERE, W_WAS, W_TOTALLED, W_TOTALED, W_AMOUNTED,
					     W_STOOD, W_REACHED };
static const enum lex_word owners[] = { W_ITS, W_THEIR, W_HIS, W_HER, W_COMPANY_S };

/* The flow word at k is the subject of its clause ("Imports were", "On
 * that basis, December exports were"): at most three words after the
 * clause's start, none of them a possessive pronoun ("its exports"). */
static int clause_subject(const struct gram *g, size_t k)
{
	size_t c0 = g->c[g->clause[k]].t0;

	if (k - c0 > 3)
		return 0;
	/* "private export sources said": people, not a flow */
	if (k + 1 < g->nt && g->clause[k + 1] == g->clause[k] && tok_is(g, k + 1, W_SOURCES))
		return 0;
	for (size_t q = c0; q < k; q++)
		if (g->t[q].kind != TOK_WORD || tok_is(g, q, W_ITS) || tok_is(g, q, W_THEIR) ||
		    tok_is(g, q, W_HIS) || tok_is(g, q, W_HER) || tok_is(g, q, W_COMPANY_S))
			return 0;
	return 1;
}

/*
 * The first flow of sentence s from token k0 that says more about itself
 * (invariant 2): "[Chinese] [oil] imports of [Russian] goods", "exports to
 * Russia", "imports from the United States", "Thailand exported", "Swiss
 * watch exports", "shipments of German machinery to China" (an exporter's
 * adjective after "of"), or a flow word that is its clause's subject
 * ("Imports were"). With bare 1, the first flow word counts alone (a
 * switch: "while imports rose"); with bare -1, only a flow that says more
 * (the look-ahead of a clause's subject, which never recurses further). Without a reporter before the flow, the
 * first other country of the sentence is taken ("data from Chinese customs
 * show imports of Russian products"), else the context's (rep_inferred).
 * Returns 1 if a flow was found.
 */
static int scan_from(const struct gram *g, size_t s, size_t k0, int bare, struct subj *out)
{
	const struct sent *se = &g->s[s];

	memset(out, 0, sizeof(*out));
	for (size_t k = k0; k < se->t1; k++) {
		const char *flow = flow_word(g, k), *verb = NULL, *rep = NULL, *par = NULL;
		size_t j = k + 1, n, before = k - 1;
		int said = bare > 0, world = 0;

		if (!flow && (verb = flow_verb(g, k)) && (rep = verb_subject(g, k, s)) != NULL) {
			flow = verb;
			said = 1;
			verb_commodity(g, k, s, out->commodity);
			par = verb_partner(g, k, s, !strcmp(verb, "import"));
		} else if (verb && subject_commodity(g, k - 1, s, out->commodity) == 1 &&
			   (rep = subject_country_ending(g, k - 2, s)) != NULL) {
			flow = verb;	/* "Australian wheat sold to Indonesia" */
			said = 1;
		} else if (verb && (bare > 0 || !num_before(g, s, k)) &&
			   (par = verb_partner(g, k, s, !strcmp(verb, "import"))) != NULL) {
			flow = verb;	/* "plans to sell one mln tonnes to Iran": the
					 * seller is the story's */
			said = 1;
			verb_commodity(g, k, s, out->commodity);
		} else if (verb) {
			out->commodity[0] = '\0';
			verb = NULL;
		}
		/* "coffee earnings", "export earnings": what exports earn;
		 * "exportable surpluses of one mln tonnes" */
		if (!flow && tok_is(g, k, W_EARNINGS) &&
		    (word_s(g, k - 1, s, W_EXPORT) || subject_commodity(g, k - 1, s, out->commodity) == 1)) {
			flow = "export";
			said = 1;
		} else if (!flow && tok_is(g, k, W_EXPORTABLE)) {
			flow = "export";
			said = 1;
		}
		if (!flow)
			continue;
		/* "oil imports", "U.S. grain exports", "Swiss watch exports",
		 * "Korea's merchandise imports", "electronic goods exports" */
		if (!verb) {
			size_t m = 0, g0 = k;

			while (m < 2 && gram_in(g, before, s) && g->t[before].kind == TOK_WORD &&
			       !subject_country_ending(g, before, s)) {
				char c[24] = "";

				if (gram_in(g, before - 1, s) && subject_commodity(g, before - 1, s, c) == 2) {
					set(out->commodity, sizeof(out->commodity), c);
					before -= 2;	/* "palm oil exports" */
					m += 2;
					continue;
				}
				if (tok_is(g, before, W_SERVICES) && !word_s(g, before - 1, s, W_AND)) {
					if (!out->commodity[0])
						set(out->commodity, sizeof(out->commodity), "services");
				} else if (tok_is(g, before, W_MERCHANDISE) || tok_is(g, before, W_GOODS)) {
					if (!out->commodity[0])
						set(out->commodity, sizeof(out->commodity), "goods");
					if (tok_is(g, before, W_GOODS) && goods_word(g, before - 1, s)) {
						goods_name(g, before - 1, before + 1, out->commodity);
						before--;
						m++;
					}
				} else if (subject_commodity(g, before, s, c) == 1) {
					set(out->commodity, sizeof(out->commodity), c);
				} else if (goods_word(g, before, s) && !out->commodity[0] &&
					   subject_country_ending(g, before - 1, s)) {
					g0 = before;	/* named only with a country before it */
				} else if (!WORD_AMONG(g, before, not_goods_words)) {
					break;
				}
				before--;
				m++;
			}
			if (g0 < k && !out->commodity[0])
				goods_name(g, g0, g0 + 1, out->commodity);
			/* "China's rare earth exports" */
			if (!out->commodity[0] && goods_word(g, k - 1, s) && goods_word(g, k - 2, s) &&
			    subject_country_ending(g, k - 3, s)) {
				goods_name(g, k - 2, k, out->commodity);
				before = k - 3;
				m = 0;
			}
			if (m && !subject_country_ending(g, before, s) && !out->commodity[0])
				before = k - 1;
			if (out->commodity[0])
				said = 1;
		}
		if (!verb && (rep = subject_country_ending(g, before, s)))
			said = 1;
		if (!verb && word_s(g, k - 1, s, W_TOTAL))
			said = 1;	/* "total exports": all partners */
		/* "figures showed imports rose", "In 1986 exports totalled": the
		 * flow noun right before its verb is that verb's subject; "the
		 * rise in imports" names the flow that moved. */
		if (!verb && gram_in(g, k + 1, s) &&
		    (tok_has(g, k + 1, CLS_UP | CLS_DOWN) || WORD_AMONG(g, k + 1, level_verbs)) &&
		    !(gram_in(g, k - 1, s) && WORD_AMONG(g, k - 1, owners)))
			said = 1;
		if (!verb && word_s(g, k - 1, s, W_IN) && gram_in(g, k - 2, s) &&
		    tok_has(g, k - 2, CLS_UP | CLS_DOWN))
			said = 1;
		/* "China has added ... to its purchases": "its" is the country
		 * the sentence opens with */
		if (!verb && !rep && (word_s(g, k - 1, s, W_ITS) || word_s(g, k - 1, s, W_THEIR)) &&
		    (rep = opening_country(g, s)) != NULL)
			said = 1;
		if (word_s(g, j, s, W_OF)) {
			size_t c0;

			said = 1;
			j++;
			if (word_s(g, j, s, W_THE))
				j++;
			if ((par = country_starting(g, j, s, &n))) {
				j += n;
				/* "shipments of German machinery": the exporter's */
				if (!strcmp(flow, "export") && !rep && goods_word(g, j, s)) {
					rep = par;
					par = NULL;
				}
			}
			c0 = j;
			if (word_s(g, j, s, W_GOODS) && word_s(g, j + 1, s, W_AND) &&
			    word_s(g, j + 2, s, W_SERVICES)) {
				j += 3;
			} else if (word_s(g, j, s, W_GOODS) || word_s(g, j, s, W_PRODUCTS) ||
				   word_s(g, j, s, W_COMMODITIES)) {
				set(out->commodity, sizeof(out->commodity), "goods");
				j++;
			} else if (word_s(g, j, s, W_SERVICES)) {
				/* "exports of services increased $0.2 billion" */
				set(out->commodity, sizeof(out->commodity), "services");
				j++;
			} else if ((n = subject_commodity(g, j, s, out->commodity)) > 0) {
				j += n;
			} else if (goods_word(g, j, s)) {
				/* "machinery and vehicles" */
				j++;
				if (word_s(g, j, s, W_AND) && goods_word(g, j + 1, s))
					j += 2;
				goods_name(g, c0, j, out->commodity);
			}
			/* "... to China", "... from Russia" after the goods */
			for (size_t q = j; q < j + 2 && !par && gram_in(g, q, s); q++)
				if (word_s(g, q, s, W_TO) || word_s(g, q, s, W_FROM)) {
					size_t p0 = q + 1 + word_s(g, q + 1, s, W_THE);

					if (!(par = country_starting(g, p0, s, &n)) &&
					    open_partner(g, q + 1, s, &world))
						out->par_open = !world;
				}
		} else if (word_s(g, j, s, W_FROM) || word_s(g, j, s, W_TO) || word_s(g, j, s, W_INTO)) {
			j++;
			if ((par = country_starting(g, j + word_s(g, j, s, W_THE), s, &n)))
				said = 1;
			else if (open_partner(g, j, s, &world)) {
				said = 1;
				out->par_open = !world;
			}
		} else if (word_s(g, j, s, W_OUTSIDE)) {
			said = 1;
			out->par_open = 1;
		}
		/* "exports, which totalled 1.53 billion dlrs" */
		if (!said && gram_punct(g, j, ",") && word_s(g, j + 1, s, W_WHICH))
			said = 1;
		if (!said && (bare < 0 || !clause_subject(g, k))) {
			memset(out, 0, sizeof(*out));
			continue;
		}
		if (!said) {
			/* A flow that says more before the next figure wins: "Exports
			 * and imports of oil rose 5%". */
			struct subj more;
			size_t num = k + 1;

			while (num < se->t1 && g->t[num].kind != TOK_NUM)
				num++;
			if (scan_from(g, s, k + 1, -1, &more) && more.tok < num) {
				*out = more;
				return 1;
			}
		}
		out->tok = k;
		set(out->flow, sizeof(out->flow), flow);
		for (size_t q = context_body(g, s); !rep && q < se->t1; q++) {
			const char *c = subject_country_ending(g, q, s);

			/* never a partner of another flow ("and exports to Mexico") */
			if (c && (!par || strcmp(c, par)) && !currency_country(g, q, s) &&
			    !partner_marked(g, q, s))
				rep = c;
		}
		if (!rep && g->doc_country && (!par || strcmp(g->doc_country, par))) {
			rep = g->doc_country;
			out->rep_inferred = 1;
		}
		if (!par && !out->par_open && !strcmp(flow, "import"))
			par = goods_origin(g, s, rep);
		if (rep)
			set(out->reporter, sizeof(out->reporter), rep);
		if (par)
			set(out->partner, sizeof(out->partner), par);
		return 1;
	}
	memset(out, 0, sizeof(*out));
	return 0;
}

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

/* "Trade between China and Russia", "trade turnover between A and B",
 * "Russia's trade turnover with Turkey", "bilateral trade with India",
 * "Intra-euro area trade": flow trade with its two sides. */
static int trade_phrase(const struct gram *g, size_t s, struct subj *out)
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
			if (q + 1 < k) {
				if (!(a = subject_country_ending(g, q, s)) && g->doc_country) {
					a = g->doc_country;
					out->rep_inferred = 1;
				}
				set(out->flow, sizeof(out->flow), "trade");
				set(out->partner, sizeof(out->partner), "WORLD");
				if (a)
					set(out->reporter, sizeof(out->reporter), a);
				return 1;
			}
		}
		if (tok_is(g, k, W_TRADE) && word_s(g, j, s, W_TURNOVER))
			j++;
		bilateral = word_s(g, k - 1, s, W_BILATERAL) || word_s(g, k - 1, s, W_TWO_WAY) ||
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

void subject_scan(const struct gram *g, size_t s, struct subj *out)
{
	if (!scan_from(g, s, g->s[s].t0, 0, out))
		trade_phrase(g, s, out);
}

/* Words that open a clause with a subject of its own. */
static const enum lex_word switch_words[] = { W_WHILE, W_WHEREAS, W_BUT, W_ALTHOUGH, W_AND, W_WITH };

size_t subject_switches(const struct gram *g, size_t s, const struct subj *whole,
			size_t *tok, struct subj *sw, size_t max)
{
	const struct sent *se = &g->s[s];
	size_t n = 0;
	int num = 0;

	for (size_t k = se->t0; k < se->t1 && n < max; k++) {
		size_t j;

		if (g->t[k].kind == TOK_NUM)
			num = 1;
		/* "..., IMPORTS DOWN 1.2 PCT": a flow that opens a clause */
		if (num && flow_word(g, k) && gram_punct(g, k - 1, ",") && clause_subject(g, k) &&
		    scan_from(g, s, k, 1, &sw[n])) {
			if (!sw[n].commodity[0])
				memcpy(sw[n].commodity, whole->commodity, sizeof(sw[n].commodity));
			tok[n++] = k;
			num = 0;
			continue;
		}
		if (!num || g->t[k].kind != TOK_WORD || !WORD_AMONG(g, k, switch_words))
			continue;
		/* A new flow noun within four words: "while oil imports rose",
		 * "and Russian seaborne wheat exports". */
		/* Or a verb of trade within six: "and plans last year to sell
		 * one mln tonnes to Iran". */
		for (j = k + 1; j <= k + 6 && gram_in(g, j, s) && g->t[j].kind == TOK_WORD; j++)
			if ((flow_word(g, j) && j <= k + 4) || flow_verb(g, j))
				break;
		if (!gram_in(g, j, s) || j > k + 6 || !(flow_word(g, j) || flow_verb(g, j)) ||
		    !scan_from(g, s, k + 1, 1, &sw[n]))
			continue;
		if (!sw[n].partner[0] && strcmp(whole->reporter, sw[n].reporter) == 0)
			memcpy(sw[n].partner, whole->partner, sizeof(sw[n].partner));
		if (!sw[n].commodity[0])
			memcpy(sw[n].commodity, whole->commodity, sizeof(sw[n].commodity));
		tok[n++] = k;
		num = 0;
	}
	return n;
}

const char *subject_doc_country(const struct gram *g)
{
	struct {
		const char *code;
		size_t n;
	} seen[32];
	size_t ns = 0, best = 0;

	for (size_t i = 0; i < g->nt; i++) {
		const char *c;
		size_t k;

		if (g->t[i].kind != TOK_WORD || g->t[i].len < 2 || *txt(g, i) < 'A' ||
		    *txt(g, i) > 'Z' || !(g->t[i].cls & CLS_COUNTRY))
			continue;
		c = tok_country(g, i);
		for (k = 0; k < ns && strcmp(seen[k].code, c); k++)
			;
		if (k == ns) {
			if (ns == ARRAY_SIZE(seen))
				continue;
			seen[ns].code = c;
			seen[ns++].n = 0;
		}
		seen[k].n++;
	}
	for (size_t k = 1; k < ns; k++)
		if (seen[k].n > seen[best].n)
			best = k;
	return ns ? seen[best].code : NULL;
}

/* ---- balances and targets ------------------------------------------------ */

#define BALANCE_REACH 12	/* "deficit narrowed to a seasonally adjusted ... 224 mln" */
#define TARGET_REACH 8		/* "aims to raise exports to Russia to $200 billion" */

static const enum lex_word balance_words[] = { W_SURPLUS, W_DEFICIT, W_SURPLUSES, W_DEFICITS, W_BALANCE };
/* Balances that are not of trade in goods. */
static const enum lex_word not_goods[] = { W_ACCOUNT, W_PAYMENTS, W_INVISIBLES, W_INVISIBLE, W_SERVICES };
/* Verbs of saying: what stands before them is who speaks. */
static const enum lex_word reporting[] = { W_SAID, W_SAYS, W_TOLD, W_REPORTED, W_ANNOUNCED };
static const enum lex_word not_trade[] = { W_BUDGET, W_FISCAL, W_GOVERNMENT, W_FEDERAL, W_TREASURY, W_SPENDING, W_MARKET, W_LIQUIDITY };
static const enum lex_word raise_words[] = { W_RAISE, W_BOOST, W_LIFT, W_DOUBLE, W_INCREASE, W_EXPAND, W_BRING, W_TAKE };
static const enum lex_word target_words[] = { W_AIMS, W_AIM, W_AIMING, W_AIMED, W_TARGET, W_TARGETS, W_TARGETED, W_TARGETING, W_GOAL };

/* Token k is a balance: "surplus", "deficit", or "gap" and "shortfall"
 * of trade ("the trade shortfall", "the gap with Korea", a gap in a
 * sentence that names trade). */
static int balance_at(const struct gram *g, size_t k, size_t s)
{
	if (WORD_AMONG(g, k, balance_words))
		return 1;
	if (!(tok_is(g, k, W_GAP) || tok_is(g, k, W_SHORTFALL)))
		return 0;
	if (word_s(g, k - 1, s, W_TRADE) || word_s(g, k + 1, s, W_WITH))
		return 1;
	/* "A $71.6 billion shortfall in goods and services trade", "the
	 * $66.9 billion gap now shown for August" in a sentence of trade */
	for (size_t j = win_lo(g, s, k); j < win_hi(g, s, k); j++)
		if (tok_is(g, j, W_TRADE))
			return 1;
	return 0;
}

/* The goods of the balance word at b: "the merchandise trade deficit"
 * (goods, never "goods and services"), "surplus in trade of chemicals",
 * "a surplus in trade in goods". */
static void balance_goods(const struct gram *g, size_t b, size_t s, char out[static 24])
{
	for (size_t k = 1; k <= 3 && gram_in(g, b - k, s); k++)
		if ((tok_is(g, b - k, W_MERCHANDISE) || tok_is(g, b - k, W_GOODS)) &&
		    !word_s(g, b - k + 1, s, W_AND)) {
			set(out, 24, "goods");
			return;
		}
	for (size_t k = b + 1; k < b + 12 && gram_in(g, k, s); k++) {
		size_t j = k + 2;

		if (!tok_is(g, k, W_TRADE) || !(word_s(g, k + 1, s, W_IN) || word_s(g, k + 1, s, W_OF)))
			continue;
		if (word_s(g, j, s, W_GOODS) && !word_s(g, j + 1, s, W_AND))
			set(out, 24, "goods");
		else if (!subject_commodity(g, j, s, out) && goods_word(g, j, s))
			goods_name(g, j, j + 1, out);
		return;
	}
}

int subject_balance(const struct gram *g, size_t h0, size_t t1, const struct subj *su,
		    struct subj *out)
{
	size_t s = g->sent[h0], b = NO_SENT, n;
	const char *rep = NULL, *par;
	int services = 0;

	memset(out, 0, sizeof(*out));
	if (gram_in(g, t1, s) && balance_at(g, t1, s))
		b = t1;	/* "a 600 mln surplus" */
	else if (gram_punct(g, h0 - 1, "-") && gram_in(g, h0 - 2, s) &&
		 balance_at(g, h0 - 2, s))
		b = h0 - 2;	/* "a trade surplus - 4.5 billion dlrs" */
	/* "the 15.1 billion dlr trade deficit", "a 7.2 billion dlr U.S. surplus" */
	for (size_t k = t1; b == NO_SENT && k < t1 + 5 && gram_in(g, k, s); k++) {
		if (balance_at(g, k, s)) {
			b = k;
			break;
		}
		if (!(g->t[k].kind == TOK_WORD && (tok_is(g, k, W_TRADE) ||
						    tok_has(g, k, CLS_COUNTRY | CLS_MONTH) ||
						    tok_is(g, k, W_U) || tok_is(g, k, W_S) ||
						    tok_is(g, k, W_ANNUAL) || tok_is(g, k, W_MONTHLY) ||
						    tok_is(g, k, W_RECORD) ||
						    tok_is(g, k, W_CURRENT) || tok_is(g, k, W_ACCOUNT) ||
						    tok_is(g, k, W_MERCHANDISE) || tok_is(g, k, W_GOODS))) &&
		    !gram_punct(g, k, "."))
			break;
	}
	for (size_t k = 1; b == NO_SENT && k <= BALANCE_REACH && gram_in(g, h0 - k, s) &&
			   g->clause[h0 - k] == g->clause[h0]; k++)
		if (tok_is(g, h0 - k, W_GAP) && word_s(g, h0 - k - 1, s, W_TRADE))
			b = h0 - k;	/* "TRADE GAP WIDENS TO" */
	for (size_t k = 1, c = g->clause[h0]; b == NO_SENT && k <= BALANCE_REACH &&
			   gram_in(g, h0 - k, s); k++) {
		/* "from $43.6 billion in July (revised) to $42.4 billion": an
		 * aside in brackets does not end the phrase */
		if (g->clause[h0 - k] != c && gram_punct(g, h0 - k, ")"))
			for (size_t q = h0 - k - 1; gram_in(g, q, s) && q + 6 > h0 - k; q--)
				if (gram_punct(g, q, "(")) {
					k = h0 - q + 1;
					c = gram_in(g, q - 1, s) ? g->clause[q - 1] : c;
					break;
				}
		/* "its trade surplus, which hit a record 83 billion dlrs": a
		 * relative clause's subject is the noun before its comma */
		if (g->clause[h0 - k] != c && gram_punct(g, h0 - k, ",") &&
		    word_s(g, h0 - k + 1, s, W_WHICH) && gram_in(g, h0 - k - 1, s)) {
			k++;
			c = g->clause[h0 - k];
		}
		if (!gram_in(g, h0 - k, s) || g->clause[h0 - k] != c)
			break;
		if (balance_at(g, h0 - k, s))
			b = h0 - k;
	}
	/* "Taiwan's trade surplus with the U.S. widened in the first two
	 * months to": its partner's words do not count */
	for (size_t k = BALANCE_REACH + 1; b == NO_SENT && k <= BALANCE_REACH + 6 &&
			   gram_in(g, h0 - k, s) && g->clause[h0 - k] == g->clause[h0]; k++)
		if (balance_at(g, h0 - k, s) && word_s(g, h0 - k + 1, s, W_WITH) &&
		    country_starting(g, h0 - k + 2 + word_s(g, h0 - k + 2, s, W_THE), s, &n))
			b = h0 - k;
	if (b == NO_SENT)
		return 0;
	/* "the services surplus", "the services trade deficit", "a surplus on
	 * services": trade in services (not "goods and services") */
	n = tok_is(g, b - 1, W_TRADE) ? 2 : 1;
	if ((word_s(g, b - n, s, W_SERVICES) && !word_s(g, b - n - 1, s, W_AND)) ||
	    ((word_s(g, b + 1, s, W_ON) || word_s(g, b + 1, s, W_IN)) &&
	     word_s(g, b + 2, s, W_SERVICES) && !word_s(g, b + 3, s, W_AND)))
		services = 1;
	/* "a 2,000 billion yen surplus resulting from government payment of
	 * fiscal funds", "the deficit on invisibles": what follows says too. */
	for (size_t k = b + 1; !services && k <= b + 6 && gram_in(g, k, s); k++) {
		if (WORD_AMONG(g, k, not_trade))
			return 0;
		if (WORD_AMONG(g, k, not_goods) &&
		    !(tok_is(g, k, W_SERVICES) && word_s(g, k - 1, s, W_AND) &&
		      word_s(g, k - 2, s, W_GOODS)))	/* "in goods and services trade" */
			return 1;
	}
	for (size_t k = 1; k <= 2 * BALANCE_REACH && gram_in(g, b - k, s); k++) {
		/* "The government said the trade deficit was": who says is
		 * not what the balance is of */
		if (WORD_AMONG(g, b - k, reporting) ||
		    (tok_is(g, b - k, W_THAT) && !word_s(g, b - k - 1, s, W_OF)))
			break;
		if (WORD_AMONG(g, b - k, not_trade))
			return 0;
		/* "the goods and services deficit" is trade's */
		if (WORD_AMONG(g, b - k, not_goods) && !(services && k <= n) &&
		    !(tok_is(g, b - k, W_SERVICES) && word_s(g, b - k - 1, s, W_AND) &&
		      word_s(g, b - k - 2, s, W_GOODS)))
			return 1;	/* a balance, but of no trade flow */
		if (!rep && k <= 4)
			rep = subject_country_ending(g, b - k, s);
	}
	set(out->flow, sizeof(out->flow), "trade");
	if (services)
		set(out->commodity, sizeof(out->commodity), "services");
	else
		balance_goods(g, b, s, out->commodity);
	if (word_s(g, b + 1, s, W_WITH)) {	/* "a trade surplus with Japan" */
		size_t j = b + 2 + word_s(g, b + 2, s, W_THE);
		int world;

		if ((par = country_starting(g, j, s, &n)))
			set(out->partner, sizeof(out->partner), par);
		else if (open_partner(g, j - word_s(g, b + 2, s, W_THE), s, &world) && !world)
			out->par_open = 1;
	} else if (b < h0 && word_s(g, t1, s, W_WITH)) {
		/* "a trade surplus of 7.2 billion dlrs with the United States" */
		size_t j = t1 + 1 + word_s(g, t1 + 1, s, W_THE);

		if ((par = country_starting(g, j, s, &n)))
			set(out->partner, sizeof(out->partner), par);
	}
	if (!rep && su->reporter[0] && strcmp(su->reporter, out->partner)) {
		rep = su->reporter;
		out->rep_inferred = su->rep_inferred;	/* stated only if it was */
	}
	for (size_t q = context_body(g, s); !rep && q < g->s[s].t1; q++) {
		const char *c = currency_country(g, q, s) ? NULL : subject_country_ending(g, q, s);

		/* never a partner of another balance ("and its shortfall with
		 * Japan") */
		if (c && strcmp(c, out->partner) && !partner_marked(g, q, s))
			rep = c;
	}
	if (!rep && g->doc_country && strcmp(g->doc_country, out->partner)) {
		rep = g->doc_country;
		out->rep_inferred = 1;
	}
	if (rep)
		set(out->reporter, sizeof(out->reporter), rep);
	return 1;
}

int subject_target(const struct gram *g, size_t h0, size_t t1)
{
	size_t s = g->sent[h0];

	for (size_t k = t1; k <= t1 + 1 && gram_in(g, k, s); k++)
		if (tok_is(g, k, W_TARGET) || tok_is(g, k, W_GOAL))
			return 1;	/* "a 5 pct target", "a 5 pct growth target" */
	for (size_t k = 1; k <= TARGET_REACH && gram_in(g, h0 - k, s); k++)
		if (WORD_AMONG(g, h0 - k, target_words))
			return 1;
	/* "agreed to raise bilateral trade to $40 billion by 2030" */
	if (word_s(g, h0 - 1, s, W_TO))
		for (size_t k = 2; k <= TARGET_REACH && gram_in(g, h0 - k, s); k++)
			if (WORD_AMONG(g, h0 - k, raise_words) && word_s(g, h0 - k - 1, s, W_TO))
				return 1;
	return 0;
}
