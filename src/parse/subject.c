/*
 * subject.c - who trades what with whom: the flow, reporter, partner and
 * commodity a sentence names ("Chinese imports of Russian goods", "China's
 * exports to Russia", "oil imports from Iraq", "Thailand exported"), and
 * the subject switches inside a sentence ("while oil imports rose").
 * Countries come from subject_who.c, goods and open counterparts from
 * subject_goods.c, trade phrases and balances from subject_trade.c, the
 * words of a deal (sales, tenders, passive verbs) from subject_deal.c; the
 * switches are read by subject_switch.c.
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
 *  4. rep_inferred is 1 exactly when the reporter did not come from the
 *     sentence (the story's country).
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

/* Token k is capitalised and lower-case after its first letter ("Export",
 * not "EXPORTS" of a title). */
static int title_case(const struct gram *g, size_t k)
{
	const char *w = txt(g, k);

	return g->t[k].kind == TOK_WORD && g->t[k].len > 1 && w[0] >= 'A' && w[0] <= 'Z' &&
	       w[1] >= 'a' && w[1] <= 'z';
}

/* A flow noun ("imports", "shipments"): the lexicon's flowimp and flowexp;
 * not capital's ("capital exports"), nor one in a name ("the Export Enhancement Program", "Export Credit
 * Guarantee", "the Export-Import Bank": a capitalised flow word before
 * another capitalised word that is no country, inside a sentence). */
const char *subject_flow_word(const struct gram *g, size_t k)
{
	if (!tok_has(g, k, CLS_FLOWIMP | CLS_FLOWEXP) || g->t[k].kind != TOK_WORD)
		return NULL;
	if (title_case(g, k) && k + 1 < g->nt && g->sent[k + 1] == g->sent[k] &&
	    title_case(g, k + 1) && !tok_has(g, k + 1, CLS_COUNTRY | CLS_MONTH) &&
	    k > g->s[g->sent[k]].t0 && !gram_punct(g, k - 1, "-"))
		return NULL;
	/* "Swiss capital exports rose": money lent abroad; "export sources" */
	if ((k > 0 && tok_is(g, k - 1, W_CAPITAL) && g->sent[k - 1] == g->sent[k]) || flow_speakers(g, k))
		return NULL;
	return g->t[k].cls & CLS_FLOWIMP ? "import" : "export";
}

/* A verb of trade after its country: "Thailand exported", "The U.K.
 * Exported" (wire copy capitalises it), "Brazil shipped", "Cuba sold"
 * (classes verbimp and verbexp). */
const char *subject_flow_verb(const struct gram *g, size_t k)
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
					  W_JUST, W_NORMALLY, W_STILL, W_USUALLY, W_EXPECTED };

/* The comma at q closes an apposition that opens with a determiner
 * (", the world's largest potash producer,", ", a major buyer of
 * grain,"): the token before its opening comma, or 0. */
static size_t apposition_before(const struct gram *g, size_t q, size_t s)
{
	static const enum lex_word opens[] = { W_THE, W_A, W_AN, W_ONE, W_ITS };

	if (!gram_punct(g, q, ","))
		return 0;
	for (size_t p = q - 1, n = 0; n < 12 && gram_in(g, p, s); p--, n++) {
		if (g->t[p].kind == TOK_NUM || gram_punct(g, p, ";") || gram_punct(g, p, "(") ||
		    flow_word(g, p) || flow_verb(g, p))
			return 0;
		if (gram_punct(g, p, ","))
			return p + 1 < q && WORD_AMONG(g, p + 1, opens) && gram_in(g, p - 1, s) ? p - 1
												 : 0;
	}
	return 0;
}

/* The country whose verb of trade is at k: right before it or before its
 * auxiliaries, or before an apposition ("Canada, the world's largest
 * potash producer, exported"). */
const char *verb_subject(const struct gram *g, size_t k, size_t s)
{
	size_t q = k - 1, p;

	for (int n = 0; n < 3 && gram_in(g, q, s) && WORD_AMONG(g, q, verb_aux); n++)
		q--;
	if (gram_in(g, q, s) && (p = apposition_before(g, q, s)) != 0)
		q = p;
	return subject_country_ending(g, q, s);
}

/* "Brazil bought 75,000 tonnes of French wheat", "sold 2 mln tonnes to
 * Egypt": the counterpart after the verb's object, within a few tokens
 * ("of <Country>" only for a purchase: the goods' origin). */
const char *verb_partner(const struct gram *g, size_t k, size_t s, int buys)
{
	size_t n;

	for (size_t j = k + 1, end = k + 10; j < end && gram_in(g, j, s); j++) {
		size_t q;

		if (gram_punct(g, j, ",") && (q = aside_end(g, j, s)) != 0) {
			end = q + 6;	/* ", including steel and coking coal, to" */
			j = q;
			continue;
		}
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

/* "sold 50 mln dlrs of wine to Ruritania", "exported to Asia": the verb
 * names a counterpart after "to" (a sale) or "from" (a purchase) that is
 * no country the lexicon knows; *world for "the rest of the world". Asked
 * of sales only: a purchase "from J. Souflet" names the trading house,
 * and the goods' origin ("French wheat") is the partner. */
static int verb_open_partner(const struct gram *g, size_t k, size_t s, int buys, int *world)
{
	for (size_t j = k + 1; j < k + 10 && gram_in(g, j, s); j++) {
		size_t n;

		if (gram_punct(g, j, ",") || gram_punct(g, j, ";"))
			break;
		if ((word_s(g, j, s, W_FROM) && buys) || (word_s(g, j, s, W_TO) && !buys))
			return !subject_country_starting(g, j + 1 + word_s(g, j + 1, s, W_THE), s, &n) &&
			       open_partner(g, j + 1, s, world);
	}
	return 0;
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

/* A number stands in sentence s before token k (not the dateline's day). */
static int num_before(const struct gram *g, size_t s, size_t k)
{
	for (size_t q = context_body(g, s); q < k; q++)
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
const enum lex_word level_verbs[] = { W_WERE, W_WAS, W_TOTALLED, W_TOTALED, W_AMOUNTED,
					     W_STOOD, W_REACHED };
static const enum lex_word owners[] = { W_ITS, W_THEIR, W_HIS, W_HER, W_COMPANY_S };

/* The flow word at k is the subject of its clause ("Imports were", "On
 * that basis, December exports were"): at most three words after the
 * clause's start, none of them a possessive pronoun ("its exports"). */
int subject_clause_subject(const struct gram *g, size_t k)
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

/* The seller of a sale noun at k: a country right before it ("EC sales to
 * Brazil", "U.S. wheat sales"), else the sentence's subject when the sale
 * is in the sentence's first clause; in a later clause, a country of an
 * earlier one is no seller ("Egypt, Japan and Iraq were the major wheat
 * buyers ..., while sales to China decreased": the story's, subject6). */
static const char *seller_before(const struct gram *g, size_t s, size_t k)
{
	for (size_t q = k - 1, n = 0; n < 3 && gram_in(g, q, s); q--, n++) {
		const char *c = subject_country_ending(g, q, s);

		if (c && !currency_country(g, q, s) && !partner_marked(g, q, s))
			return c;
		if (g->t[q].kind != TOK_WORD)
			break;
	}
	if (g->clause[k] != g->clause[context_body(g, s)])
		return NULL;
	return subject_country_before(g, s, k);
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
int subject_scan_from(const struct gram *g, size_t s, size_t k0, int bare, struct subj *out)
{
	const struct sent *se = &g->s[s];

	memset(out, 0, sizeof(*out));
	for (size_t k = k0; k < se->t1; k++) {
		const char *flow = flow_word(g, k), *verb = NULL, *rep = NULL, *par = NULL;
		size_t j = k + 1, n, before = k - 1;
		int said = bare > 0, world = 0;

		if (!flow && (verb = flow_verb(g, k)) && (rep = verb_subject(g, k, s)) != NULL &&
		    !money_deal(g, k, s)) {
			flow = verb;
			said = 1;
			verb_commodity(g, k, s, out->commodity);
			par = verb_partner(g, k, s, !strcmp(verb, "import"));
		} else if (verb && subject_commodity(g, k - 1, s, out->commodity) == 1 &&
			   (rep = subject_country_ending(g, k - 2, s)) != NULL) {
			flow = verb;	/* "Australian wheat sold to Indonesia" */
			said = 1;
		} else if (verb && (bare > 0 || !num_before(g, s, k)) && goods_from(g, s, k) &&
			   (par = verb_partner(g, k, s, !strcmp(verb, "import"))) != NULL) {
			flow = verb;	/* "plans to sell one mln tonnes to Iran": the
					 * seller is the story's; goods, not "bought 550
					 * mln dlrs of U.S. Treasury bills" */
			said = 1;
			verb_commodity(g, k, s, out->commodity);
		} else if (verb && passive_goods(g, k, s)) {
			/* "300,000 tonnes of French wheat have been sold to
			 * Tunisia", "150,000 tonnes was exported": the goods'
			 * origin sells, the story's country when none is named */
			size_t m;

			flow = verb;
			said = 1;
			par = verb_partner(g, k, s, !strcmp(verb, "import"));
			if (!strcmp(verb, "export") && word_s(g, k + 1, s, W_FROM))
				rep = country_starting(g, k + 2 + word_s(g, k + 2, s, W_THE), s, &m);
			else if (!strcmp(verb, "export"))
				rep = goods_origin(g, s, par);
			else if (word_s(g, k + 1, s, W_BY))	/* "bought by the Soviet Union" */
				rep = country_starting(g, k + 2 + word_s(g, k + 2, s, W_THE), s, &m);
			if (!strcmp(verb, "import") && !par)
				par = goods_origin(g, s, rep);
			if (!rep)
				rep = subject_country_before(g, s, k);
			j = se->t1;	/* what follows the verb is read */
		} else if (verb && bare > 0 && k <= k0 + 2) {
			/* "exported 500 mln dlrs worth of goods to the United
			 * States and imported 1.5 billion dlrs worth": the
			 * sentence's subject trades again */
			flow = verb;
			said = 1;
			verb_commodity(g, k, s, out->commodity);
			par = verb_partner(g, k, s, !strcmp(verb, "import"));
		} else if (verb) {
			out->commodity[0] = '\0';
			verb = NULL;
		}
		/* "sales of 340,000 tonnes of wheat to China", "export bonuses
		 * on 36,000 tonnes of durum wheat to Algeria": a sale to a
		 * country is an export; the seller is the goods' origin ("of
		 * U.S. rice") or the sentence's or story's country. */
		if (!flow && sale_noun(g, k, s) && (par = sale_partner(g, k, s)) != NULL) {
			flow = "export";
			said = 1;
			verb = flow;	/* no flow noun's modifiers to read */
			j = se->t1;
			if (!(rep = goods_origin(g, s, par)))
				rep = seller_before(g, s, k);	/* "EC sales to Brazil" */
			if (!rep && (rep = g->doc_country) != NULL)
				out->rep_inferred = 1;
		}
		/* "will import 81,000 tonnes of wheat from Canada", "plans to
		 * export 675,500 tonnes": the noun used as a verb, with its
		 * quantity after it */
		if (flow && !verb && infinitive_flow(g, k, s)) {
			verb = flow;
			said = 1;
			j = se->t1;
			rep = verb_subject(g, k, s);
			par = verb_partner(g, k, s, !strcmp(flow, "import"));
			verb_commodity(g, k, s, out->commodity);
		}
		/* "Wheat sales of 362,400 tonnes", "Net sales of soybeans
		 * totalling 274,200 tonnes", "advance weekly sales for 48,062
		 * tonnes": an exporter's sales of goods in a quantity, to no
		 * country named (all partners; "to unknown destinations": not
		 * known); not "domestic", "home", "retail" or "local" sales. */
		if (!flow && sales_of_goods(g, k, s)) {
			int world_;

			flow = "export";
			said = 1;
			verb = flow;
			j = se->t1;
			if (word_s(g, k + 1, s, W_TO) && open_partner(g, k + 2, s, &world_))
				out->par_open = !world_;
			else if (word_s(g, k + 1, s, W_TO))
				out->par_open = 1;	/* "to unknown destinations" */
			if (!(rep = goods_origin(g, s, NULL)))
				rep = seller_before(g, s, k);
			if (!rep && (rep = g->doc_country) != NULL)
				out->rep_inferred = 1;
		}
		/* "Egypt will tender Thursday for 200,000 tonnes of optional
		 * origin corn", "in its tender for", "Tunisia is expected to
		 * tender for 100,000 tonnes of French wheat": a purchase by
		 * the tendering country; the seller is the goods' origin, not
		 * known (no WORLD) when none is named. */
		if (!flow && tender_for(g, k, s) && (rep = tender_buyer(g, k, s)) != NULL) {
			flow = "import";
			said = 1;
			verb = flow;
			j = se->t1;
			if (!(par = goods_origin(g, s, rep)) && !(par = tender_origin(g, k, s, rep)))
				out->par_open = out->par_unsaid = 1;
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
				} else if (!WORD_AMONG(g, before, subject_not_goods_words)) {
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
		/* "Soviet 1986/87 grain imports", "Japan's 1987 exports": a
		 * year between the country and the flow */
		if (!verb && gram_in(g, before - 3, s) && span_crop_year(g, before - 2, s) &&
		    subject_country_ending(g, before - 3, s))
			before -= 3;	/* "1986 / 87" */
		else if (!verb && gram_in(g, before - 1, s) && when_year_tok(g, before, s) &&
			 subject_country_ending(g, before - 1, s))
			before--;
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
			/* "imports of goods such as Japanese photocopiers" */
			if ((word_s(g, j, s, W_GOODS) || word_s(g, j, s, W_PRODUCTS)) &&
			    word_s(g, j + 1, s, W_SUCH) && word_s(g, j + 2, s, W_AS))
				j += 3;
			/* a name starts capitalised: "of goods from Chile" is no
			 * country of three words */
			if (gram_in(g, j, s) && *txt(g, j) >= 'A' && *txt(g, j) <= 'Z' &&
			    (par = country_starting(g, j, s, &n))) {
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
			} else if (goods_word(g, j, s) || subject_made_goods(g, j, s)) {
				/* "machinery and vehicles" */
				j++;
				if (word_s(g, j, s, W_AND) && goods_word(g, j + 1, s))
					j += 2;
				/* "consumer goods", "manufactured goods" (flow4) */
				if (word_s(g, j, s, W_GOODS) || word_s(g, j, s, W_PRODUCTS))
					j++;
				goods_name(g, c0, j, out->commodity);
			}
			/* "... to China", "... from Russia" after the goods */
			for (size_t q = j; q < j + 2 && !par && gram_in(g, q, s); q++)
				if (word_s(g, q, s, W_TO) || word_s(g, q, s, W_FROM)) {
					size_t p0 = q + 1 + word_s(g, q + 1, s, W_THE);

					if (!(par = country_starting(g, p0, s, &n)) &&
					    open_partner(g, q + 1, s, &world))
						out->par_open = !world;
					/* "exports of goods from the euro area to the
					 * rest of the world": where they come from is
					 * the exporter, the partner follows */
					if (par && !rep && !strcmp(flow, "export") &&
					    word_s(g, q, s, W_FROM)) {
						rep = par;
						par = NULL;
						j = p0 + n;
						q = j - 1;
					}
				}
		} else if (!strcmp(flow, "export") && !rep && word_s(g, j, s, W_FROM) &&
			   (rep = country_starting(g, j + 1 + word_s(g, j + 1, s, W_THE), s, &n))) {
			/* "exports from China climbed", "exports from Taiwan to
			 * China": the country exports comes from is the exporter */
			size_t q = j + 1 + word_s(g, j + 1, s, W_THE) + n;

			said = 1;
			if (word_s(g, q, s, W_TO))
				par = country_starting(g, q + 1 + word_s(g, q + 1, s, W_THE), s, &n);
		} else if (!rep && word_s(g, j, s, W_BY) &&
			   gram_in(g, j + 1 + word_s(g, j + 1, s, W_THE), s) &&
			   *txt(g, j + 1 + word_s(g, j + 1, s, W_THE)) >= 'A' &&
			   *txt(g, j + 1 + word_s(g, j + 1, s, W_THE)) <= 'Z' &&
			   (rep = country_starting(g, j + 1 + word_s(g, j + 1, s, W_THE), s, &n))) {
			/* "grain purchases by the Soviet Union", "exports by
			 * Brazil": who buys or sells (subject6) */
			said = 1;
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
		/* a counterpart the verb names but no known country: not
		 * known, never WORLD ("exported ... to Ruritania") */
		if (!par && !out->par_open && verb && !strcmp(verb, "export") &&
		    verb_open_partner(g, k, s, 0, &world))
			out->par_open = !world;
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

void subject_scan(const struct gram *g, size_t s, struct subj *out)
{
	if (!scan_from(g, s, g->s[s].t0, 0, out))
		trade_phrase(g, s, out);
}
