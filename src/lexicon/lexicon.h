/*
 * lexicon.h - every word the program asks about, in one table: months,
 * number and scale words, currencies (signs, codes, names, issuers),
 * quantity units, countries (ISO 3166-1 names and codes, adjectives,
 * capitals), agencies, commodities, and the grammar's word classes (directions,
 * flows, hedges, period words...); and every name and code of a country that
 * import resolves (ISO 3166-1 names of several words, alpha-3, numeric and
 * UN M49 codes, agencies' codes), which the parser never asks about.
 *
 * The table is generated at build time (src/lexicon/lexicon_gen.py) from
 * Debian's iso-codes JSON and the .tsv files of data/lexicon into a GNU gperf perfect
 * hash: one lookup gives every class of a word as bits, with its payloads.
 * It sits below parse and store: it includes only the C library.
 *
 * Invariants:
 *  1. Keys are words with ASCII letters folded to lower case (other bytes,
 *     UTF-8 included, as written), at most LEX_MAX bytes.
 *  2. An entry's classes in `any` hold in any ASCII case; those of
 *     exact[k] only when the word is written byte for byte as its spell
 *     ("China", "USD", "May"; "Mar" a month, "MAR" Morocco's alpha-3):
 *     lexicon_word() applies both rules.
 *  3. A payload is set only for the classes that carry it (see each
 *     field); a rule tests the class bit before it reads the payload.
 *  4. lexicon_entries[W_X] is the entry of the word x (build/lexicon_words.h):
 *     a rule names one word by its constant, never by a string. Entry 0 is
 *     no word (no class, no payload): an index 0 means "not in the lexicon".
 *  5. A country name's key (CLS_COUNTRYNAME) is folded as lexicon_fold_name()
 *     folds: dots dropped, blanks one space, a leading "the" dropped, up to
 *     LEX_NAME_MAX bytes. Such a key may hold spaces, which no token does:
 *     the parser never meets it, so names of several words cost it nothing.
 */
#ifndef TS_LEXICON_H
#define TS_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#define LEX_MAX 40	/* bytes of the longest word looked up */
#define LEX_SPELLINGS 2	/* spellings of one key with classes of their own */
#define LEX_NAME_MAX 64	/* bytes of the longest country name key (invariant 5) */

/* Word classes, one bit each (the names after CLS_ are data/lexicon's). */
#define CLS_MONTH	(UINT64_C(1) << 0)	/* "August", "Aug", "Sept": num 1..12 */
#define CLS_WEEKDAY	(UINT64_C(1) << 1)	/* "Tuesday" */
#define CLS_NUMBER	(UINT64_C(1) << 2)	/* "one".."ninety-nine": num */
#define CLS_SCALE	(UINT64_C(1) << 3)	/* "million", "mln", "crore": scale */
#define CLS_CURSIGN	(UINT64_C(1) << 4)	/* "$", "€": cur */
#define CLS_CURCODE	(UINT64_C(1) << 5)	/* "USD", "RMB" as written: cur */
#define CLS_CURCODEANY	(UINT64_C(1) << 6)	/* the same codes in any case: cur */
#define CLS_CURNAME	(UINT64_C(1) << 7)	/* "dollars", "stg", "cents": cur, cur_factor */
#define CLS_CURADJ	(UINT64_C(1) << 8)	/* "Swiss" (francs): adj_stem, adj_cur */
#define CLS_DLRPREFIX	(UINT64_C(1) << 9)	/* "HK" ($): prefix_cur */
#define CLS_CURREGION	(UINT64_C(1) << 10)	/* "Hong" (Kong dollars) */
#define CLS_UNIT	(UINT64_C(1) << 11)	/* "tonnes", "bcm", "TEU": unit, unit_factor */
#define CLS_TONS	(UINT64_C(1) << 12)	/* (metric) "tons" */
#define CLS_METERS	(UINT64_C(1) << 13)	/* (cubic) "meters" */
#define CLS_FEET	(UINT64_C(1) << 14)	/* (cubic) "feet" */
#define CLS_COUNTRY	(UINT64_C(1) << 15)	/* what the parser takes for a country: country */
#define CLS_ISOCOUNTRY	(UINT64_C(1) << 16)	/* an ISO 3166-1 name of one word: country */
#define CLS_ISO2	(UINT64_C(1) << 17)	/* ISO 3166-1 alpha-2, EU, EA, WORLD: country */
#define CLS_ISO3	(UINT64_C(1) << 18)	/* ISO 3166-1 alpha-3: country */
#define CLS_ISO4217	(UINT64_C(1) << 19)	/* an ISO 4217 code: cur */
#define CLS_WITHDRAWN	(UINT64_C(1) << 20)	/* a withdrawn ISO 4217 code ("FRF") */
#define CLS_AGENCY	(UINT64_C(1) << 21)	/* "Eurostat": country */
#define CLS_UP		(UINT64_C(1) << 22)	/* "rose" */
#define CLS_DOWN	(UINT64_C(1) << 23)	/* "fell" */
#define CLS_FLOWIMP	(UINT64_C(1) << 24)	/* "imports" */
#define CLS_FLOWEXP	(UINT64_C(1) << 25)	/* "exports", "shipments" */
#define CLS_VERBIMP	(UINT64_C(1) << 26)	/* "imported" */
#define CLS_VERBEXP	(UINT64_C(1) << 27)	/* "exported", "sold" */
#define CLS_HEDGE	(UINT64_C(1) << 28)	/* "about", "nearly" */
#define CLS_ABBREV	(UINT64_C(1) << 29)	/* "Co", "Aug": its dot is no full stop */
#define CLS_CLAUSESTART	(UINT64_C(1) << 30)	/* "and", "which" */
#define CLS_CONTINUER	(UINT64_C(1) << 31)	/* "This", "Such" */
#define CLS_SWITCH	(UINT64_C(1) << 32)	/* "while", "whereas" */
#define CLS_INVEST	(UINT64_C(1) << 33)	/* "investment" */
#define CLS_CAPACITY	(UINT64_C(1) << 34)	/* "capacity", "throughput" */
#define CLS_PRIORFILL	(UINT64_C(1) << 35)	/* "compared with [a surplus of]" */
#define CLS_BALANCE	(UINT64_C(1) << 36)	/* "surplus", "deficit" */
#define CLS_NOTGOODS	(UINT64_C(1) << 37)	/* "account", "invisibles" */
#define CLS_NOTTRADE	(UINT64_C(1) << 38)	/* "budget", "fiscal" */
#define CLS_TARGET	(UINT64_C(1) << 39)	/* "aims", "target" */
#define CLS_ELISION	(UINT64_C(1) << 40)	/* "from" (7.1 billion) */
#define CLS_GOODS	(UINT64_C(1) << 41)	/* "goods", "products" */
#define CLS_MONTHPREP	(UINT64_C(1) << 42)	/* "in" (August) */
#define CLS_BASEPREP	(UINT64_C(1) << 43)	/* "from" (July): a base */
#define CLS_YEARPREP	(UINT64_C(1) << 44)	/* "in" (1986) */
#define CLS_CROPPREP	(UINT64_C(1) << 45)	/* "the" (1986/87 season) */
#define CLS_CROPNOUN	(UINT64_C(1) << 46)	/* "season", "harvest" */
#define CLS_YEARBASE	(UINT64_C(1) << 47)	/* "on" (last year) */
#define CLS_DEADLINE	(UINT64_C(1) << 48)	/* "until" */
#define CLS_PRIOR	(UINT64_C(1) << 49)	/* "against" (an earlier value) */
#define CLS_ORDINAL	(UINT64_C(1) << 50)	/* "first".."fourth": num */
#define CLS_QUARTER	(UINT64_C(1) << 51)	/* "third-quarter": num 1..4 */
#define CLS_COMMODITY	(UINT64_C(1) << 52)	/* "wheat", "soybeans": commodity */
#define CLS_COMMODMOD	(UINT64_C(1) << 53)	/* "durum" (wheat), "crude" (oil) */
#define CLS_COMMODTAIL	(UINT64_C(1) << 54)	/* (oil) "products": commodity */
#define CLS_COMMODMONEY	(UINT64_C(1) << 55)	/* (coffee) "earnings", (gold) "reserves" */
#define CLS_FORECAST	(UINT64_C(1) << 59)	/* "forecast", "could" (reach) */
#define CLS_FRACTION	(UINT64_C(1) << 60)	/* "third", "quarters", "half": num, the denominator */
#define CLS_FISCAL	(UINT64_C(1) << 61)	/* "JP", an alpha-2 code as written, whose
						   government's fiscal year is known:
						   fiscal_m0, fiscal_named (parse/fiscal.c) */
#define CLS_VERBROLE	(UINT64_C(1) << 62)	/* a verb's role over a figure or a date,
						   num: 1..3 the kind of figure it governs
						   ("directed", "urged", "allowed":
						   parse/govern.c), 4 an act or statement
						   whose date a date next to it is ("said",
						   "sent": parse/anchor.c) */
#define CLS_SOURCENAME	(UINT64_C(1) << 63)	/* an agency's name, folded as a country name
						   (invariant 5): name, its short name
						   ("business economics department":
						   "Commerce Ministry"; parse/source.c) */
/* What import resolves (store/country.c), not the parser: */
#define CLS_COUNTRYNAME	(UINT64_C(1) << 56)	/* a name of a country in any case, as folded
						   (invariant 5): ISO's name, official and
						   common name, countries.tsv's ("Russia",
						   "U.S."): country, name */
#define CLS_COUNTRYCODE	(UINT64_C(1) << 57)	/* an agency's code ("EL", "EU27_2020", "W00"): country */
#define CLS_M49		(UINT64_C(1) << 58)	/* ISO 3166-1 numeric or UN M49 code without
						   leading zeros ("156", Comtrade's "842"): country */

struct lex_entry {
	const char *word;	/* the key (invariant 1) */
	uint64_t any;		/* classes in any case (invariant 2) */
	struct {
		const char *spell;	/* as written, or NULL */
		uint64_t cls;		/* the classes of that spelling */
	} exact[LEX_SPELLINGS];
	int num;		/* MONTH, NUMBER, ORDINAL, QUARTER, GOVERN */
	double scale;		/* SCALE */
	const char *cur;	/* CURSIGN, CURCODE(ANY), CURNAME, ISO4217: ISO 4217 */
	double cur_factor;	/* CURNAME: 0.01 for a subunit, else 1 */
	const char *adj_stem;	/* CURADJ: how the currency's name starts ("franc") */
	const char *adj_cur;	/* CURADJ: ISO 4217 */
	const char *prefix_cur;	/* DLRPREFIX: ISO 4217 */
	const char *unit;	/* UNIT: "t", "m3", "bbl" */
	double unit_factor;	/* UNIT: to that unit ("bcm": 1e9) */
	const char *country;	/* COUNTRY, ISOCOUNTRY, ISO2, ISO3, AGENCY, COUNTRYNAME,
				   COUNTRYCODE, M49: alpha-2 (or EU, EA, WORLD) */
	const char *name;	/* COUNTRYNAME: the name as first written (ISO's
				   before countries.tsv's), for messages;
				   SOURCENAME: the agency's short name */
	const char *commodity;	/* COMMODITY, COMMODTAIL: its name, lower case and
				   singular ("soybeans": "soybean") */
	int fiscal_m0;		/* FISCAL: the month 1..12 its fiscal year starts in */
	char fiscal_named;	/* FISCAL: 'S' "fiscal 1987" starts in 1987 (Japan),
				   'E' ends in 1987 (the U.S.), 0 unsaid */
};

/* Generated (build/lexicon_gen.c): the entries, and W_ constants indexing
 * them (build/lexicon_words.h). */
extern const struct lex_entry lexicon_entries[];
extern const size_t lexicon_count;	/* entry 0 included */
/* The entry of key[0..n), already folded (invariant 1), or NULL. */
const struct lex_entry *lexicon_find_folded(const char *key, size_t n);

/*
 * The entry of the word s[0..n), ASCII case folded, or NULL (also for n == 0
 * or n > LEX_MAX). *cls, when not NULL, gets the classes s has as written
 * (invariant 2): 0 when there is no entry.
 */
const struct lex_entry *lexicon_word(const char *s, size_t n, uint64_t *cls);

/* The classes of e in every spelling (any, and each exact[k]): for callers
 * that compare without case, as import does with codes ("chn"). */
uint64_t lexicon_classes(const struct lex_entry *e);

/*
 * Folds the country name s[0..n) into out as name keys are (invariant 5):
 * ASCII letters lower case, dots dropped, runs of blanks one space, blanks
 * at either end and a leading "the " dropped ("The  U.S." -> "us"). Returns
 * the folded length, or 0 when nothing is left or it needs size bytes or
 * more (out is NUL-terminated whenever size > 0).
 */
size_t lexicon_fold_name(const char *s, size_t n, char *out, size_t size);

#endif
