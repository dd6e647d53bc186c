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
		return tok_country(g, i);
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
static const char *country_starting(const struct gram *g, size_t i, size_t s, size_t *n)
{
	static const size_t lens[] = { 1, 2, 4 };	/* "China", "United States", "U . S ." */

	for (size_t k = 0; k < ARRAY_SIZE(lens); k++) {
		const char *c = subject_country_ending(g, i + lens[k] - 1, s);

		if (c && !(lens[k] == 1 && tok_is(g, i, W_UNITED))) {
			*n = lens[k];
			return c;
		}
	}
	*n = 0;
	return NULL;
}

static const struct {
	int w[3];		/* words, END-padded */
	const char *code;
} commodities[] = {
#define END (-1)
	{ { W_LIQUEFIED, W_NATURAL, W_GAS }, "lng" }, { { W_NATURAL, W_GAS, END }, "gas" },
	{ { W_PETROLEUM, W_PRODUCTS, END }, "petroleum products" },
	{ { W_CRUDE, W_OIL, END }, "oil" }, { { W_IRON, W_ORE, END }, "iron ore" },
	{ { W_OIL, END, END }, "oil" }, { { W_CRUDE, END, END }, "oil" },
	{ { W_GAS, END, END }, "gas" }, { { W_LNG, END, END }, "lng" },
	{ { W_GRAIN, END, END }, "grain" }, { { W_GRAINS, END, END }, "grain" },
	{ { W_WHEAT, END, END }, "wheat" }, { { W_CORN, END, END }, "corn" },
	{ { W_MAIZE, END, END }, "corn" }, { { W_SOYBEANS, END, END }, "soybeans" },
	{ { W_SOYBEAN, END, END }, "soybeans" }, { { W_SOYABEANS, END, END }, "soybeans" },
	{ { W_RICE, END, END }, "rice" }, { { W_BARLEY, END, END }, "barley" },
	{ { W_SUGAR, END, END }, "sugar" }, { { W_COFFEE, END, END }, "coffee" },
	{ { W_COCOA, END, END }, "cocoa" }, { { W_COTTON, END, END }, "cotton" },
	{ { W_COAL, END, END }, "coal" }, { { W_SEAFOOD, END, END }, "seafood" },
	{ { W_STEEL, END, END }, "steel" }, { { W_COPPER, END, END }, "copper" },
	{ { W_GOLD, END, END }, "gold" }, { { W_FERTILISER, END, END }, "fertiliser" },
	{ { W_FERTILIZER, END, END }, "fertiliser" },
};

size_t subject_commodity(const struct gram *g, size_t i, size_t s, char out[static 24])
{
	if (i >= g->nt || !g->t[i].lex)
		return 0;	/* every commodity starts with a word of the lexicon */
	for (size_t k = 0; k < ARRAY_SIZE(commodities); k++) {
		size_t n = 0;

		while (n < 3 && commodities[k].w[n] != END &&
		       word_s(g, i + n, s, (enum lex_word)commodities[k].w[n]))
			n++;
		if (n && (n == 3 || commodities[k].w[n] == END)) {
			set(out, 24, commodities[k].code);
			return n;
		}
	}
	return 0;
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

/* "exported 1.29 mln tonnes of rice": the commodity after the verb's
 * object, within a few tokens. */
static void verb_commodity(const struct gram *g, size_t k, size_t s, char out[static 24])
{
	for (size_t j = k + 1; j < k + 7 && gram_in(g, j, s); j++)
		if (tok_is(g, j, W_OF) && subject_commodity(g, j + 1, s, out))
			return;
}

/*
 * The first flow of sentence s from token k0 that says more about itself
 * (invariant 2): "[Chinese] [oil] imports of [Russian] goods", "exports to
 * Russia", "imports from the United States", "Thailand exported". With bare
 * set, the first flow word counts alone (a switch: "while imports rose").
 * Without a reporter before the flow, the first other country of the
 * sentence is taken ("data from Chinese customs show imports of Russian
 * products"), else the article's own. Returns 1 if a flow was found.
 */
static int scan_from(const struct gram *g, size_t s, size_t k0, int bare, struct subj *out)
{
	const struct sent *se = &g->s[s];

	memset(out, 0, sizeof(*out));
	for (size_t k = k0; k < se->t1; k++) {
		const char *flow = flow_word(g, k), *verb = NULL, *rep = NULL, *par = NULL;
		size_t j = k + 1, n, before = k - 1;
		int said = bare;

		if (!flow && (verb = flow_verb(g, k)) &&
		    (rep = subject_country_ending(g, k - 1, s)) != NULL) {
			flow = verb;
			said = 1;
			verb_commodity(g, k, s, out->commodity);
		}
		if (!flow)
			continue;
		bare = 0;
		/* "oil imports", "U.S. grain exports" */
		if (!verb && gram_in(g, before, s) && g->t[before].kind == TOK_WORD &&
		    subject_commodity(g, before, s, out->commodity) == 1) {
			before--;
			said = 1;
		}
		if (!verb && (rep = subject_country_ending(g, before, s)))
			said = 1;
		if (word_s(g, j, s, W_OF)) {
			said = 1;
			j++;
			if (word_s(g, j, s, W_THE))
				j++;
			if ((par = country_starting(g, j, s, &n)))
				j += n;
			if (gram_in(g, j, s) && g->t[j].kind == TOK_WORD && tok_has(g, j, CLS_GOODS))
				set(out->commodity, sizeof(out->commodity), "goods");
			subject_commodity(g, j, s, out->commodity);
		} else if (word_s(g, j, s, W_FROM) || word_s(g, j, s, W_TO) || word_s(g, j, s, W_INTO)) {
			j++;
			if (word_s(g, j, s, W_THE))
				j++;
			if ((par = country_starting(g, j, s, &n)))
				said = 1;
		}
		if (!said) {
			memset(out, 0, sizeof(*out));
			continue;
		}
		set(out->flow, sizeof(out->flow), flow);
		for (size_t q = se->t0; !rep && q < se->t1; q++) {
			const char *c = subject_country_ending(g, q, s);

			if (c && (!par || strcmp(c, par)))
				rep = c;
		}
		if (!rep && g->doc_country && (!par || strcmp(g->doc_country, par)))
			rep = g->doc_country;
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
	scan_from(g, s, g->s[s].t0, 0, out);
}


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
		/* A word that opens a clause with a subject of its own (class switch). */
		if (!num || g->t[k].kind != TOK_WORD || !tok_has(g, k, CLS_SWITCH))
			continue;
		/* A new flow noun within three words: "while oil imports rose". */
		for (j = k + 1; j <= k + 3 && gram_in(g, j, s) && g->t[j].kind == TOK_WORD; j++)
			if (flow_word(g, j))
				break;
		if (!gram_in(g, j, s) || j > k + 3 || !flow_word(g, j) ||
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

/* The lexicon's classes: CLS_BALANCE "surplus", "deficit"; CLS_NOTGOODS a
 * balance not of trade in goods ("account", "invisibles"); CLS_NOTTRADE not
 * of trade ("budget", "fiscal"); CLS_TARGET "aims", "target". */
static int class_at(const struct gram *g, size_t i, uint64_t cls)
{
	return i < g->nt && g->t[i].kind == TOK_WORD && tok_has(g, i, cls);
}

int subject_balance(const struct gram *g, size_t h0, size_t t1, const struct subj *su,
		    struct subj *out)
{
	size_t s = g->sent[h0], b = NO_SENT, n;
	const char *rep = NULL, *par;

	memset(out, 0, sizeof(*out));
	if (gram_in(g, t1, s) && class_at(g, t1, CLS_BALANCE))
		b = t1;	/* "a 600 mln surplus" */
	for (size_t k = 1; b == NO_SENT && k <= BALANCE_REACH && gram_in(g, h0 - k, s) &&
			   g->clause[h0 - k] == g->clause[h0]; k++)
		if (class_at(g, h0 - k, CLS_BALANCE))
			b = h0 - k;
	if (b == NO_SENT)
		return 0;
	/* "a 2,000 billion yen surplus resulting from government payment of
	 * fiscal funds", "the deficit on invisibles": what follows says too. */
	for (size_t k = b + 1; k <= b + 6 && gram_in(g, k, s); k++) {
		if (class_at(g, k, CLS_NOTTRADE))
			return 0;
		if (class_at(g, k, CLS_NOTGOODS))
			return 1;
	}
	for (size_t k = 1; k <= 2 * BALANCE_REACH && gram_in(g, b - k, s); k++) {
		if (class_at(g, b - k, CLS_NOTTRADE))
			return 0;
		if (class_at(g, b - k, CLS_NOTGOODS))
			return 1;	/* a balance, but of no trade flow */
		if (!rep && k <= 4)
			rep = subject_country_ending(g, b - k, s);
	}
	set(out->flow, sizeof(out->flow), "trade");
	if (!rep && su->reporter[0])
		rep = su->reporter;
	for (size_t q = g->s[s].t0; !rep && q < g->s[s].t1; q++)
		rep = subject_country_ending(g, q, s);
	if (!rep)
		rep = g->doc_country;
	if (rep)
		set(out->reporter, sizeof(out->reporter), rep);
	if (word_s(g, b + 1, s, W_WITH)) {	/* "a trade surplus with Japan" */
		size_t j = b + 2 + word_s(g, b + 2, s, W_THE);

		if ((par = country_starting(g, j, s, &n)))
			set(out->partner, sizeof(out->partner), par);
	}
	return 1;
}

int subject_target(const struct gram *g, size_t h0, size_t t1)
{
	size_t s = g->sent[h0];

	for (size_t k = t1; k <= t1 + 1 && gram_in(g, k, s); k++)
		if (tok_is(g, k, W_TARGET) || tok_is(g, k, W_GOAL))
			return 1;	/* "a 5 pct target", "a 5 pct growth target" */
	for (size_t k = 1; k <= TARGET_REACH && gram_in(g, h0 - k, s); k++)
		if (class_at(g, h0 - k, CLS_TARGET))
			return 1;
	return 0;
}
