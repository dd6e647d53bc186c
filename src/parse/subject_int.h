/*
 * subject_int.h - private to the subject files of src/parse (subject.c,
 * subject_goods.c, subject_who.c, subject_trade.c, subject_deal.c,
 * subject_switch.c, subject_balance.c): the helpers they share.
 * Nothing else includes it.
 *
 * Invariants:
 *  1. Every helper reads only tokens of the sentence it is given, like the
 *     files that use it.
 *  2. The short names below are aliases of the extern subject_* names, so
 *     that no other file of the library sees them.
 */
#ifndef TS_SUBJECT_INT_H
#define TS_SUBJECT_INT_H

#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>

static inline const char *txt(const struct gram *g, size_t i)
{
	return g->d->buf + g->t[i].off;
}

static inline void set(char *field, size_t cap, const char *v)
{
	str_copy(field, cap, v, strlen(v));
}

#define country_starting subject_country_starting

/* subject_who.c: the country ending at token q names a currency ("U.S.
 * dlrs"); it stands where a partner does ("to China", "from Brazil,
 * Argentina and Mexico"). */
/* subject_who.c: the flow noun at k qualifies people who speak ("export
 * trade sources said"), no flow. */
#define flow_speakers subject_flow_speakers
int subject_flow_speakers(const struct gram *g, size_t k);
#define currency_country subject_currency_country
#define partner_marked subject_partner_marked
int subject_currency_country(const struct gram *g, size_t q, size_t s);
int subject_partner_marked(const struct gram *g, size_t q, size_t s);

/* subject_goods.c: a plain word a commodity can be; its lower-case
 * singular name from tokens [i0, i1); a counterpart that is no one country
 * ("to Asia", *world for "the rest of the world"). subject.c: the verbs of
 * a level after a flow noun ("exports totalled"). */
#define goods_word subject_goods_word
#define goods_name subject_goods_name
#define open_partner subject_open_partner
#define level_verbs subject_level_verbs
int subject_goods_word(const struct gram *g, size_t i, size_t s);
void subject_goods_name(const struct gram *g, size_t i0, size_t i1, char out[static 24]);
int subject_open_partner(const struct gram *g, size_t j, size_t s, int *world);
extern const enum lex_word subject_level_verbs[7];
/* subject_goods.c: a participle in -ed naming goods before "goods" or
 * "products" ("manufactured goods"); the words that are no commodity
 * before or after a flow word ("the", "total", "goods"). */
#define SUBJECT_NOT_GOODS 75
int subject_made_goods(const struct gram *g, size_t i, size_t s);
extern const enum lex_word subject_not_goods_words[SUBJECT_NOT_GOODS];
/* "domestic", "home", "retail", "local": a sale at home, no trade flow
 * (subject_deal.c sales_of_goods(), subject_switch.c subject_other_kind()). */
#define SUBJECT_HOME 4
extern const enum lex_word subject_home_words[SUBJECT_HOME];

/* subject.c: the country before a verb of trade (over "has", "will", "to",
 * ...); the counterpart after its object ("to Egypt", "of French wheat"
 * for a purchase). subject_goods.c: the origin of goods ("of U.S.
 * wheat"), not rep. */
#define verb_subject subject_verb_subject
#define verb_partner subject_verb_partner
#define goods_origin subject_goods_origin
const char *subject_verb_subject(const struct gram *g, size_t k, size_t s);
const char *subject_verb_partner(const struct gram *g, size_t k, size_t s, int buys);
const char *subject_goods_origin(const struct gram *g, size_t s, const char *rep);
/* subject.c: a flow noun at k ("imports"; not in a name, not capital's);
 * a verb of trade at k ("exported", "sold"); k, after a comma, opens a
 * clause with a subject of its own; the subject read from token k0 of
 * sentence s (bare: a clause after a switch word), 1 when one was found
 * (for subject_switch.c). */
#define flow_word subject_flow_word
#define flow_verb subject_flow_verb
#define clause_subject subject_clause_subject
#define scan_from subject_scan_from
const char *subject_flow_word(const struct gram *g, size_t k);
const char *subject_flow_verb(const struct gram *g, size_t k);
int subject_clause_subject(const struct gram *g, size_t k);
int subject_scan_from(const struct gram *g, size_t s, size_t k0, int bare, struct subj *out);

/* subject_deal.c: goods named from q0 on; a passive verb of trade at k
 * about goods; a sale noun at k and the country it goes to; sales of goods
 * in a quantity; "import"/"export" as a verb; a tender or bid to buy at k
 * and the country that makes it. */
#define goods_from subject_goods_from
#define passive_goods subject_passive_goods
#define sale_noun subject_sale_noun
#define sale_partner subject_sale_partner
#define sales_of_goods subject_sales_of_goods
#define infinitive_flow subject_infinitive_flow
#define tender_for subject_tender_for
#define tender_buyer subject_tender_buyer
#define tender_origin subject_tender_origin
int subject_goods_from(const struct gram *g, size_t s, size_t q0);
int subject_passive_goods(const struct gram *g, size_t k, size_t s);
int subject_sale_noun(const struct gram *g, size_t k, size_t s);
const char *subject_sale_partner(const struct gram *g, size_t k, size_t s);
int subject_sales_of_goods(const struct gram *g, size_t k, size_t s);
int subject_infinitive_flow(const struct gram *g, size_t k, size_t s);
int subject_tender_for(const struct gram *g, size_t k, size_t s);
const char *subject_tender_buyer(const struct gram *g, size_t k, size_t s);
const char *subject_tender_origin(const struct gram *g, size_t k, size_t s, const char *rep);

/* subject_deal.c: a verb of buying or selling at k whose object is money,
 * not goods ("will sell 600 billion yen in bills"); the closing comma of
 * an aside naming goods that opens at the comma j (", including steel
 * and coking coal,"), or 0. */
#define money_deal subject_money_deal
#define aside_end subject_aside_end
int subject_money_deal(const struct gram *g, size_t k, size_t s);
size_t subject_aside_end(const struct gram *g, size_t j, size_t s);

/* subject_trade.c: "trade between A and B", "bilateral trade", "total
 * foreign trade rose": out's flow trade with its sides; 1 if found. */
#define trade_phrase subject_trade_phrase
int subject_trade_phrase(const struct gram *g, size_t s, struct subj *out);

#endif
