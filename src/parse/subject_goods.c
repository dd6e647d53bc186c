/*
 * subject_goods.c - the goods and counterparts around a flow word, moved
 * out of subject.c unchanged: a plain word a commodity can be ("watch",
 * "machinery"), a participle naming goods ("manufactured goods"), the
 * lower-case name of goods, a counterpart that is no one country ("to
 * Asia", "the rest of the world") and the origin of an importer's goods
 * ("of U.S. wheat").
 *
 * Input: the token array of gram.c and a sentence. Output: flags, names
 * and ISO 3166 alpha-2 codes for scan_from() and the other subject files.
 *
 * Invariants:
 *  1. Only tokens of the given sentence are read (every index is checked
 *     with gram_in()); goods_origin() makes one pass over the sentence,
 *     the others read a constant number of tokens.
 *  2. Names are lower case and NUL-terminated within 24 bytes.
 */
#include "parse/parse_int.h"
#include "parse/subject_int.h"
#include "base/base.h"

#include <string.h>

/* Words that are not a commodity before or after a flow word. */
const enum lex_word subject_not_goods_words[SUBJECT_NOT_GOODS] = { W_THE, W_ITS, W_THEIR, W_HIS, W_HER, W_OUR, W_A, W_AN, W_AND, W_OF, W_IN, W_TO, W_FROM, W_SAID, W_THAT, W_WHICH, W_WITH, W_FOR, W_ON, W_AT, W_BY, W_WERE, W_WAS, W_IS, W_ARE, W_TOTAL, W_SEABORNE, W_OVERALL, W_ANNUAL, W_MONTHLY, W_NET, W_DOMESTIC, W_FOREIGN, W_WORLD, W_COUNTRY_S, W_NATION_S, W_ALSO, W_BUT, W_WHILE, W_AS, W_NON_OIL, W_NEW, W_ESTIMATED, W_VALUE, W_VOLUME, W_REST, W_WORTH, W_AMOUNTED, W_TOTALLED, W_TOTALED, W_STOOD, W_REACHED, W_ROSE, W_FELL, W_MOSTLY, W_MAINLY, W_WE, W_THEY, W_IT, W_THESE, W_THOSE, W_THIS, W_WOULD, W_WILL, W_COULD, W_SHOULD, W_MAY, W_RECORD, W_MERCHANDISE, W_GOODS, W_SERVICES, W_COMBINED, W_ALL, W_BILATERAL, W_TWO_WAY };

/* A plain word a commodity can be ("watch", "dairy", "machinery"): a word
 * of letters that is no function word, month, verb form in -ed or adverb
 * in -ly. */
int goods_word(const struct gram *g, size_t i, size_t s)
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
	/* an adverb: "purchases of probably 250,000 tonnes", "mostly" */
	if (n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y' && !tok_has(g, i, CLS_COMMODITY))
		return 0;
	return !WORD_AMONG(g, i, subject_not_goods_words) && !period_month(w, n) &&
	       !tok_has(g, i, CLS_HEDGE | CLS_NUMBER | CLS_SCALE) &&	/* "of about 2.4 mln" */
	       !subject_country_ending(g, i, s);
}

/* "manufactured goods", "processed products": a participle in -ed that
 * names a class of goods before "goods" or "products" (flow4). */
int subject_made_goods(const struct gram *g, size_t i, size_t s)
{
	const char *w;
	size_t n;

	if (!gram_in(g, i, s) || g->t[i].kind != TOK_WORD || g->t[i].len < 5 ||
	    !(word_s(g, i + 1, s, W_GOODS) || word_s(g, i + 1, s, W_PRODUCTS)))
		return 0;
	w = txt(g, i);
	n = g->t[i].len;
	for (size_t k = 0; k < n; k++)
		if (!(w[k] >= 'a' && w[k] <= 'z'))
			return 0;
	return w[n - 2] == 'e' && w[n - 1] == 'd';
}

/* Lower-case and singular ("watches" -> "watch") into out. */
void goods_name(const struct gram *g, size_t i0, size_t i1, char out[static 24])
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
int open_partner(const struct gram *g, size_t j, size_t s, int *world)
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
 * of U.S. wheat to its purchases" (US), "bought U.S. corn", never the
 * importer itself. */
const char *goods_origin(const struct gram *g, size_t s, const char *rep)
{
	for (size_t q = context_body(g, s); q + 2 < g->s[s].t1; q++) {
		const char *c;
		char goods[24];
		size_t n;

		/* "of U.S. wheat"; a title's "25,000 TONNES FRENCH WHEAT"; a
		 * verb of buying right before them ("Jamaica bought U.S.
		 * corn, wheat and rice", deal11) */
		if ((!tok_is(g, q, W_OF) &&
		     !((tok_is(g, q, W_TONNES) || tok_has(g, q, CLS_VERBIMP)) &&
		       g->t[q + 1].kind == TOK_WORD &&
		       *txt(g, q + 1) >= 'A' && *txt(g, q + 1) <= 'Z')) ||
		    !(c = country_starting(g, q + 1, s, &n)) ||
		    (rep && !strcmp(c, rep)) || currency_country(g, q + n, s))
			continue;
		if (subject_commodity(g, q + 1 + n, s, goods) || goods_word(g, q + 1 + n, s))
			return c;
	}
	return NULL;
}
