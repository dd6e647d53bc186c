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

static int word_s(const struct gram *g, size_t i, size_t s, const char *w)
{
	return gram_in(g, i, s) && gram_word(g, i, w);
}


const char *subject_country_ending(const struct gram *g, size_t i, size_t s)
{
	if (!gram_in(g, i, s))
		return NULL;
	if (g->t[i].kind == TOK_WORD) {
		if (gram_word(g, i, "States") && word_s(g, i - 1, s, "United"))
			return "US";
		if (gram_word(g, i, "Kingdom") && word_s(g, i - 1, s, "United"))
			return "GB";
		if (gram_word(g, i, "Zealand") && word_s(g, i - 1, s, "New"))
			return "NZ";
		if (gram_word(g, i, "Africa") && word_s(g, i - 1, s, "South"))
			return "ZA";
		if (gram_word(g, i, "Korea") && word_s(g, i - 1, s, "North"))
			return "KP";
		const char *c = units_country(txt(g, i), g->t[i].len);

		return c ? c : context_country_ending(g, i, s);
	}
	if (gram_punct(g, i, ".") && gram_in(g, i - 3, s) && gram_punct(g, i - 2, ".") &&
	    gram_word(g, i - 3, "U")) {
		if (gram_word(g, i - 1, "S"))
			return "US";
		if (gram_word(g, i - 1, "K"))
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

		if (c && !(lens[k] == 1 && gram_word(g, i, "United")) &&
		    !(lens[k] == 1 && gram_word(g, i, "South") && subject_country_ending(g, i + 1, s))) {
			*n = lens[k];
			return c;
		}
	}
	*n = 0;
	return NULL;
}

static const struct {
	const char *w[3];	/* lower-case words, NULL-padded */
	const char *code;
} commodities[] = {
	{ { "liquefied", "natural", "gas" }, "lng" }, { { "natural", "gas", NULL }, "natural gas" },
	{ { "petroleum", "products", NULL }, "petroleum products" },
	{ { "crude", "oil", NULL }, "crude oil" }, { { "iron", "ore", NULL }, "iron ore" },
	{ { "palm", "oil", NULL }, "palm oil" }, { { "oil", NULL, NULL }, "oil" }, { { "crude", NULL, NULL }, "oil" },
	{ { "gas", NULL, NULL }, "gas" }, { { "lng", NULL, NULL }, "lng" },
	{ { "grain", NULL, NULL }, "grain" }, { { "grains", NULL, NULL }, "grain" },
	{ { "wheat", NULL, NULL }, "wheat" }, { { "corn", NULL, NULL }, "corn" },
	{ { "maize", NULL, NULL }, "corn" }, { { "soybeans", NULL, NULL }, "soybeans" },
	{ { "soybean", NULL, NULL }, "soybeans" }, { { "soyabeans", NULL, NULL }, "soybeans" },
	{ { "rice", NULL, NULL }, "rice" }, { { "barley", NULL, NULL }, "barley" },
	{ { "sugar", NULL, NULL }, "sugar" }, { { "coffee", NULL, NULL }, "coffee" },
	{ { "cocoa", NULL, NULL }, "cocoa" }, { { "cotton", NULL, NULL }, "cotton" },
	{ { "coal", NULL, NULL }, "coal" }, { { "seafood", NULL, NULL }, "seafood" },
	{ { "steel", NULL, NULL }, "steel" }, { { "copper", NULL, NULL }, "copper" },
	{ { "gold", NULL, NULL }, "gold" }, { { "fertiliser", NULL, NULL }, "fertiliser" },
	{ { "fertilizer", NULL, NULL }, "fertiliser" },
};

size_t subject_commodity(const struct gram *g, size_t i, size_t s, char out[static 24])
{
	for (size_t k = 0; k < ARRAY_SIZE(commodities); k++) {
		size_t n = 0;

		while (n < 3 && commodities[k].w[n] && word_s(g, i + n, s, commodities[k].w[n]))
			n++;
		if (n && (n == 3 || !commodities[k].w[n])) {
			set(out, 24, commodities[k].code);
			return n;
		}
	}
	return 0;
}

static const char *flow_word(const struct gram *g, size_t k)
{
	if (gram_word(g, k, "imports") || gram_word(g, k, "import"))
		return "import";
	if (gram_word(g, k, "exports") || gram_word(g, k, "export") || gram_word(g, k, "shipments"))
		return "export";
	return NULL;
}

/* A verb of trade after its country: "Thailand exported", "The U.K.
 * Exported" (wire copy capitalises it), "Brazil shipped", "Cuba sold". */
static const char *flow_verb(const struct gram *g, size_t k)
{
	if (gram_word(g, k, "imported"))
		return "import";
	if (gram_word(g, k, "exported") || gram_word(g, k, "shipped") || gram_word(g, k, "sold"))
		return "export";
	return NULL;
}

/* "exported 1.29 mln tonnes of rice": the commodity after the verb's
 * object, within a few tokens. */
static void verb_commodity(const struct gram *g, size_t k, size_t s, char out[static 24])
{
	for (size_t j = k + 1; j < k + 7 && gram_in(g, j, s); j++)
		if (gram_word(g, j, "of") && subject_commodity(g, j + 1, s, out))
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
	static const char *const marks[] = { "to", "from", "with", "into" };

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
		if (word_s(g, start - 1, s, "the"))
			start--;
		if (!gram_in(g, start - 1, s))
			return 0;
		if (WORD_AMONG(g, start - 1, marks))
			return 1;
		/* "from Brazil, Argentina and Mexico": back along the list */
		if (!gram_word(g, start - 1, "and") && !gram_punct(g, start - 1, ","))
			return 0;
		q = start - 2;
		if (!subject_country_ending(g, q, s))
			return 0;
	}
	return 0;
}

/* Words that are not a commodity before or after a flow word. */
static const char *const not_goods_words[] = {
	"the", "its", "their", "his", "her", "our", "a", "an", "and", "of", "in", "to", "from",
	"said", "that", "which", "with", "for", "on", "at", "by", "were", "was", "is", "are",
	"total", "seaborne", "overall", "annual", "monthly", "net", "domestic", "foreign",
	"world", "country's", "nation's", "also", "but", "while", "as", "non-oil", "new",
	"estimated", "value", "volume", "rest", "worth", "amounted", "totalled", "totaled",
	"stood", "reached", "rose", "fell", "mostly", "mainly", "we", "they", "it",
	"these", "those", "this", "would", "will", "could", "should", "may", "record",
	"merchandise", "goods", "services", "combined", "all", "bilateral", "two-way",
};

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
	if (word_s(g, j, s, "the") && word_s(g, j + 1, s, "rest") && word_s(g, j + 2, s, "of") &&
	    word_s(g, j + 4, s, "world")) {
		*world = 1;
		return 1;
	}
	if (word_s(g, j, s, "the"))
		j++;
	return gram_in(g, j, s) && g->t[j].kind == TOK_WORD && *txt(g, j) >= 'A' &&
	       *txt(g, j) <= 'Z';
}

/* The flow word at k is the subject of its clause ("Imports were", "On
 * that basis, December exports were"): at most three words after the
 * clause's start, none of them a possessive pronoun ("its exports"). */
static int clause_subject(const struct gram *g, size_t k)
{
	size_t c0 = g->c[g->clause[k]].t0;

	if (k - c0 > 3)
		return 0;
	for (size_t q = c0; q < k; q++)
		if (g->t[q].kind != TOK_WORD || gram_word(g, q, "its") || gram_word(g, q, "their") ||
		    gram_word(g, q, "his") || gram_word(g, q, "her") || gram_word(g, q, "company's"))
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

		if (!flow && (verb = flow_verb(g, k)) &&
		    (rep = subject_country_ending(g, k - 1, s)) != NULL) {
			flow = verb;
			said = 1;
			verb_commodity(g, k, s, out->commodity);
		} else if (verb && subject_commodity(g, k - 1, s, out->commodity) == 1 &&
			   (rep = subject_country_ending(g, k - 2, s)) != NULL) {
			flow = verb;	/* "Australian wheat sold to Indonesia" */
			said = 1;
		} else if (verb) {
			out->commodity[0] = '\0';
			verb = NULL;
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
				if (gram_word(g, before, "services") && !word_s(g, before - 1, s, "and")) {
					if (!out->commodity[0])
						set(out->commodity, sizeof(out->commodity), "services");
				} else if (gram_word(g, before, "merchandise") || gram_word(g, before, "goods")) {
					if (!out->commodity[0])
						set(out->commodity, sizeof(out->commodity), "goods");
					if (gram_word(g, before, "goods") && goods_word(g, before - 1, s)) {
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
		if (!verb && word_s(g, k - 1, s, "total"))
			said = 1;	/* "total exports": all partners */
		if (word_s(g, j, s, "of")) {
			size_t c0;

			said = 1;
			j++;
			if (word_s(g, j, s, "the"))
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
			if (word_s(g, j, s, "goods") && word_s(g, j + 1, s, "and") &&
			    word_s(g, j + 2, s, "services")) {
				j += 3;
			} else if (word_s(g, j, s, "goods") || word_s(g, j, s, "products") ||
				   word_s(g, j, s, "commodities")) {
				set(out->commodity, sizeof(out->commodity), "goods");
				j++;
			} else if ((n = subject_commodity(g, j, s, out->commodity)) > 0) {
				j += n;
			} else if (goods_word(g, j, s)) {
				/* "machinery and vehicles" */
				j++;
				if (word_s(g, j, s, "and") && goods_word(g, j + 1, s))
					j += 2;
				goods_name(g, c0, j, out->commodity);
			}
			/* "... to China", "... from Russia" after the goods */
			for (size_t q = j; q < j + 2 && !par && gram_in(g, q, s); q++)
				if (word_s(g, q, s, "to") || word_s(g, q, s, "from")) {
					size_t p0 = q + 1 + word_s(g, q + 1, s, "the");

					if (!(par = country_starting(g, p0, s, &n)) &&
					    open_partner(g, q + 1, s, &world))
						out->par_open = !world;
				}
		} else if (word_s(g, j, s, "from") || word_s(g, j, s, "to") || word_s(g, j, s, "into")) {
			j++;
			if ((par = country_starting(g, j + word_s(g, j, s, "the"), s, &n)))
				said = 1;
			else if (open_partner(g, j, s, &world)) {
				said = 1;
				out->par_open = !world;
			}
		} else if (word_s(g, j, s, "outside")) {
			said = 1;
			out->par_open = 1;
		}
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
		for (size_t q = se->t0; !rep && q < se->t1; q++) {
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
		    !strncasecmp(txt(g, k), "intra-", 6) && word_s(g, k + 2, s, "trade")) {
			a = context_country_ending(g, k + 1, s);	/* "Intra-euro area" */
			if (!a && gram_word(g, k + 1, "area"))
				a = "EA";
			if (a) {
				set(out->flow, sizeof(out->flow), "trade");
				set(out->reporter, sizeof(out->reporter), a);
				set(out->partner, sizeof(out->partner), a);
				return 1;
			}
		}
		if (!gram_word(g, k, "trade") && !gram_word(g, k, "turnover"))
			continue;
		if (gram_word(g, k, "trade") && word_s(g, j, s, "turnover"))
			j++;
		bilateral = word_s(g, k - 1, s, "bilateral") || word_s(g, k - 1, s, "two-way") ||
			    gram_word(g, k, "turnover") || word_s(g, k + 1, s, "turnover");
		/* "RUSSIA-CHINA TRADE", "RUSSIA, UAE TRADE" (titles) */
		if (gram_word(g, k, "trade") && gram_in(g, k - 1, s) && g->t[k - 1].kind == TOK_WORD &&
		    memchr(txt(g, k - 1), '-', g->t[k - 1].len))
			hyphen_pair(g, k - 1, s, &a, &b);
		if (gram_word(g, k, "trade") && !a && gram_punct(g, k - 2, ",") && gram_in(g, k - 3, s) &&
		    (b = subject_country_ending(g, k - 1, s)) != NULL &&
		    !(a = subject_country_ending(g, k - 3, s)))
			b = NULL;
		if (a && b) {
			bilateral = 1;
		} else if (word_s(g, j, s, "between")) {
			j++;
			if (!(a = country_starting(g, j + word_s(g, j, s, "the"), s, &n)))
				continue;
			j += word_s(g, j, s, "the") + n;
			if (!word_s(g, j, s, "and"))
				continue;
			j++;
			if (!(b = country_starting(g, j + word_s(g, j, s, "the"), s, &n)))
				continue;
		} else if (word_s(g, j, s, "with")) {
			j++;
			if (!(b = country_starting(g, j + word_s(g, j, s, "the"), s, &n)))
				continue;
		} else if (!bilateral) {
			continue;
		}
		if (!a) {
			size_t q = k - 1 - (bilateral && !gram_word(g, k, "turnover") &&
					    !word_s(g, k + 1, s, "turnover"));

			a = subject_country_ending(g, q, s);	/* "Russia's trade turnover" */
			/* "Russia and Kazakhstan agreed to raise bilateral trade" */
			for (size_t q2 = se->t0; !a && q2 < k; q2++)
				if ((a = subject_country_ending(g, q2, s)) != NULL && !b) {
					size_t m = q2 + 1;

					if (word_s(g, m, s, "and"))
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
static const char *const switch_words[] = { "while", "whereas", "but", "although", "and",
					    "with" };

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
		for (j = k + 1; j <= k + 4 && gram_in(g, j, s) && g->t[j].kind == TOK_WORD; j++)
			if (flow_word(g, j))
				break;
		if (!gram_in(g, j, s) || j > k + 4 || !flow_word(g, j) ||
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
		    *txt(g, i) > 'Z' || !(c = units_country(txt(g, i), g->t[i].len)))
			continue;
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

static const char *const balance_words[] = { "surplus", "deficit", "surpluses", "deficits",
					     "balance" };
/* Balances that are not of trade in goods. */
static const char *const not_goods[] = { "account", "payments", "invisibles", "invisible",
					 "services" };
static const char *const not_trade[] = { "budget", "fiscal", "government", "federal",
					 "treasury", "spending", "market", "liquidity" };
static const char *const raise_words[] = { "raise", "boost", "lift", "double", "increase",
					   "expand", "bring", "take" };
static const char *const target_words[] = { "aims", "aim", "aiming", "aimed", "target",
					    "targets", "targeted", "targeting", "goal" };

/* The goods of the balance word at b: "the merchandise trade deficit"
 * (goods, never "goods and services"), "surplus in trade of chemicals",
 * "a surplus in trade in goods". */
static void balance_goods(const struct gram *g, size_t b, size_t s, char out[static 24])
{
	for (size_t k = 1; k <= 3 && gram_in(g, b - k, s); k++)
		if ((gram_word(g, b - k, "merchandise") || gram_word(g, b - k, "goods")) &&
		    !word_s(g, b - k + 1, s, "and")) {
			set(out, 24, "goods");
			return;
		}
	for (size_t k = b + 1; k < b + 12 && gram_in(g, k, s); k++) {
		size_t j = k + 2;

		if (!gram_word(g, k, "trade") || !(word_s(g, k + 1, s, "in") || word_s(g, k + 1, s, "of")))
			continue;
		if (word_s(g, j, s, "goods") && !word_s(g, j + 1, s, "and"))
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

	memset(out, 0, sizeof(*out));
	if (gram_in(g, t1, s) && WORD_AMONG(g, t1, balance_words))
		b = t1;	/* "a 600 mln surplus" */
	for (size_t k = 1; b == NO_SENT && k <= BALANCE_REACH && gram_in(g, h0 - k, s) &&
			   g->clause[h0 - k] == g->clause[h0]; k++)
		if (gram_word(g, h0 - k, "gap") && word_s(g, h0 - k - 1, s, "trade"))
			b = h0 - k;	/* "TRADE GAP WIDENS TO" */
	for (size_t k = 1; b == NO_SENT && k <= BALANCE_REACH && gram_in(g, h0 - k, s) &&
			   g->clause[h0 - k] == g->clause[h0]; k++)
		if (WORD_AMONG(g, h0 - k, balance_words))
			b = h0 - k;
	if (b == NO_SENT)
		return 0;
	/* "a 2,000 billion yen surplus resulting from government payment of
	 * fiscal funds", "the deficit on invisibles": what follows says too. */
	for (size_t k = b + 1; k <= b + 6 && gram_in(g, k, s); k++) {
		if (WORD_AMONG(g, k, not_trade))
			return 0;
		if (WORD_AMONG(g, k, not_goods))
			return 1;
	}
	for (size_t k = 1; k <= 2 * BALANCE_REACH && gram_in(g, b - k, s); k++) {
		if (WORD_AMONG(g, b - k, not_trade))
			return 0;
		/* "the goods and services deficit" is trade's */
		if (WORD_AMONG(g, b - k, not_goods) &&
		    !(gram_word(g, b - k, "services") && word_s(g, b - k - 1, s, "and") &&
		      word_s(g, b - k - 2, s, "goods")))
			return 1;	/* a balance, but of no trade flow */
		if (!rep && k <= 4)
			rep = subject_country_ending(g, b - k, s);
	}
	set(out->flow, sizeof(out->flow), "trade");
	balance_goods(g, b, s, out->commodity);
	if (word_s(g, b + 1, s, "with")) {	/* "a trade surplus with Japan" */
		size_t j = b + 2 + word_s(g, b + 2, s, "the");
		int world;

		if ((par = country_starting(g, j, s, &n)))
			set(out->partner, sizeof(out->partner), par);
		else if (open_partner(g, j - word_s(g, b + 2, s, "the"), s, &world) && !world)
			out->par_open = 1;
	}
	if (!rep && su->reporter[0] && strcmp(su->reporter, out->partner))
		rep = su->reporter;
	for (size_t q = g->s[s].t0; !rep && q < g->s[s].t1; q++) {
		const char *c = currency_country(g, q, s) ? NULL : subject_country_ending(g, q, s);

		if (c && strcmp(c, out->partner))
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
		if (gram_word(g, k, "target") || gram_word(g, k, "goal"))
			return 1;	/* "a 5 pct target", "a 5 pct growth target" */
	for (size_t k = 1; k <= TARGET_REACH && gram_in(g, h0 - k, s); k++)
		if (WORD_AMONG(g, h0 - k, target_words))
			return 1;
	/* "agreed to raise bilateral trade to $40 billion by 2030" */
	if (word_s(g, h0 - 1, s, "to"))
		for (size_t k = 2; k <= TARGET_REACH && gram_in(g, h0 - k, s); k++)
			if (WORD_AMONG(g, h0 - k, raise_words) && word_s(g, h0 - k - 1, s, "to"))
				return 1;
	return 0;
}
