/*
 * units.c - the word tables of the grammar as functions of a string:
 * currencies, scale words, number words, quantity units and countries.
 * The words themselves live in the lexicon (the .tsv files of data/lexicon, iso-codes;
 * src/lexicon/): the grammar reads a token's classes, set once by the lexer;
 * these functions answer the same for a string (a part of a word, tests).
 *
 * Input: one word as a (pointer, length) view. Output: a normalised code.
 *
 * Invariants:
 *  1. No state, no allocation; every returned string is static.
 *  2. Codes and proper names match case-sensitively ("USD", "China"), common
 *     words in any case ("Billion", "yuan"), so "us" is never the US (the
 *     lexicon's exact and folded classes).
 *  3. A possessive ("Russia's", "China’s") matches like its stem.
 */
#include "parse/parse_int.h"
#include "base/base.h"
#include "lexicon/lexicon.h"
#include "lexicon_words.h"

#include <string.h>
#include <strings.h>

/* The classes of s[0..n) as written, and its entry (NULL if none). */
static const struct lex_entry *word(const char *s, size_t n, uint64_t *cls)
{
	return lexicon_word(s, n, cls);
}

enum unit_form units_currency_ex(const char *s, size_t n, const char **iso, double *factor)
{
	uint64_t c;
	const struct lex_entry *e = word(s, n, &c);

	*iso = NULL;
	*factor = 1;
	if (c & CLS_CURSIGN) {
		*iso = e->cur;
		return UNIT_SIGN;
	}
	if (c & CLS_CURCODE) {
		*iso = e->cur;
		return UNIT_CODE;
	}
	if (c & CLS_CURNAME) {
		*iso = e->cur;
		*factor = e->cur_factor;
		return UNIT_NAME;
	}
	return UNIT_NONE;
}

enum unit_form units_currency(const char *s, size_t n, const char **iso)
{
	double factor;
	enum unit_form f = units_currency_ex(s, n, iso, &factor);

	if (factor != 1) {
		*iso = NULL;
		return UNIT_NONE;
	}
	return f;
}

const char *units_currency_code_folded(const char *s, size_t n)
{
	uint64_t c;
	const struct lex_entry *e = word(s, n, &c);

	return c & CLS_CURCODEANY ? e->cur : NULL;
}

const char *units_currency_adjective(const char *adj, size_t an, const char *name, size_t nn)
{
	uint64_t c, nc;
	const struct lex_entry *e = word(adj, an, &c), *ne = word(name, nn, &nc);
	size_t sl;

	if (!(c & CLS_CURADJ))
		return NULL;
	sl = strlen(e->adj_stem);
	/* "Australian dlrs": the wire's abbreviations of a dollar. */
	if (!strcmp(e->adj_stem, lexicon_entries[W_DOLLAR].word) &&
	    (ne == &lexicon_entries[W_DLRS] || ne == &lexicon_entries[W_DLR]))
		return e->adj_cur;
	if (nn >= sl && strncasecmp(name, e->adj_stem, sl) == 0)
		return e->adj_cur;
	return NULL;
}

const char *units_dollar_prefix(const char *s, size_t n)
{
	uint64_t c;
	const struct lex_entry *e = word(s, n, &c);

	return c & CLS_DLRPREFIX ? e->prefix_cur : NULL;
}

double units_scale(const char *s, size_t n)
{
	uint64_t c;
	const struct lex_entry *e = word(s, n, &c);

	return c & CLS_SCALE ? e->scale : 0;
}

int units_number_word(const char *s, size_t n)
{
	uint64_t c;
	const struct lex_entry *e = word(s, n, &c);

	return c & CLS_NUMBER ? e->num : 0;
}

/*
 * ISO 4217 gives a currency a new code when it is redenominated or renamed;
 * a story names the currency of its day ("2.5 billion roubles" in 1987 is
 * the Soviet rouble, SUR). Each row: today's code, the day the next code
 * of the row (or today's) began, the code before that day.
 */
static const struct {
	const char *now, *from, *before;
} dated_codes[] = {
	{ "RUB", "1998-01-01", "RUR" }, { "RUR", "1992-01-01", "SUR" },
	{ "VES", "2018-08-20", "VEF" }, { "VEF", "2008-01-01", "VEB" },
	{ "MMK", "1990-01-01", "BUK" }, { "TRY", "2005-01-01", "TRL" },
	{ "MXN", "1993-01-01", "MXP" }, { "PLN", "1995-01-01", "PLZ" },
	{ "RON", "2005-07-01", "ROL" }, { "BGN", "1999-07-05", "BGL" },
	{ "GHS", "2007-07-01", "GHC" }, { "ZMW", "2013-01-01", "ZMK" },
	{ "PEN", "1991-07-01", "PEI" }, { "ILS", "1985-09-04", "ILR" },
	{ "ARS", "1992-01-01", "ARA" }, { "ARA", "1985-06-15", "ARP" },
	{ "BRL", "1994-07-01", "BRR" }, { "BRR", "1993-08-01", "BRE" },
	{ "BRE", "1990-03-16", "BRN" }, { "BRN", "1989-01-16", "BRC" },
	{ "AZN", "2006-01-01", "AZM" }, { "MZN", "2006-07-01", "MZM" },
	{ "SDG", "2007-01-10", "SDD" }, { "SDD", "1992-06-08", "SDP" },
	{ "BYN", "2016-07-01", "BYR" },
	/* the dinars of Belgrade: Serbia's, Serbia and Montenegro's, then
	 * Yugoslavia's five (1987's is YUD) */
	{ "RSD", "2006-10-25", "CSD" }, { "CSD", "2003-07-03", "YUM" },
	{ "YUM", "1994-01-24", "YUG" }, { "YUG", "1994-01-01", "YUO" },
	{ "YUO", "1993-10-01", "YUR" }, { "YUR", "1992-07-01", "YUN" },
	{ "YUN", "1990-01-01", "YUD" },
};

void units_dated_currency(char *unit, size_t cap, const char *date)
{
	if (!date || strlen(date) < 10)
		return;
	for (size_t k = 0; k < ARRAY_SIZE(dated_codes); k++)
		if (unit[0] == dated_codes[k].now[0] && !strcmp(unit, dated_codes[k].now) &&
		    strncmp(date, dated_codes[k].from, 10) < 0)
			str_copy(unit, cap, dated_codes[k].before, strlen(dated_codes[k].before));
}

/* The name a currency's word ("pesos", "crowns", "rupees", "dinars") has in
 * country's own money: its code, or NULL (then the word's own is meant). */
const char *units_local_name(const char *unit, const char *country)
{
	static const char *const local[][3] = {
		{ "MXN", "PH", "PHP" }, { "MXN", "AR", "ARS" }, { "MXN", "CL", "CLP" },
		{ "MXN", "CO", "COP" }, { "SEK", "NO", "NOK" }, { "SEK", "DK", "DKK" },
		{ "NOK", "DK", "DKK" }, { "NOK", "SE", "SEK" }, { "SEK", "IS", "ISK" },
		{ "INR", "PK", "PKR" }, { "INR", "LK", "LKR" }, { "INR", "NP", "NPR" },
		{ "SAR", "QA", "QAR" }, { "SAR", "OM", "OMR" }, { "AED", "MA", "MAD" },
		{ "KWD", "IQ", "IQD" }, { "KWD", "JO", "JOD" }, { "KWD", "BH", "BHD" },
		{ "KWD", "DZ", "DZD" }, { "KWD", "TN", "TND" }, { "KWD", "LY", "LYD" },
		{ "MXN", "UY", "UYU" }, { "KWD", "YU", "YUM" }, { "KWD", "RS", "RSD" },
		/* "pounds" in a Cairo, Beirut, Damascus or Khartoum
		 * story (the wire writes sterling "stg") */
		{ "GBP", "EG", "EGP" }, { "GBP", "LB", "LBP" }, { "GBP", "SY", "SYP" },
		{ "GBP", "SD", "SDG" },
		{ "KES", "UG", "UGX" }, { "KES", "TZ", "TZS" }, { "KES", "SO", "SOS" },
		{ "IRR", "OM", "OMR" }, { "IRR", "YE", "YER" },
	};

	for (size_t q = 0; q < ARRAY_SIZE(local); q++)
		if (!strcmp(unit, local[q][0]) && !strcmp(country, local[q][1]))
			return local[q][2];
	return NULL;
}

int units_local_dollar(const char *unit)
{
	static const char *const local[] = { "HKD", "TWD", "NZD", "AUD", "CAD", "SGD" };

	for (size_t k = 0; k < ARRAY_SIZE(local); k++)
		if (!strcmp(unit, local[k]))
			return 1;
	return 0;
}

int units_fraction_word(const char *s, size_t n)
{
	uint64_t c;
	const struct lex_entry *e = word(s, n, &c);

	return c & CLS_FRACTION ? e->num : 0;
}

const char *units_quantity_ex(const char *a, size_t an, const char *b, size_t bn, int *words,
			      double *factor)
{
	uint64_t c, bc = 0;
	const struct lex_entry *e = word(a, an, &c);

	*words = 1;
	*factor = 1;
	if (b)
		word(b, bn, &bc);
	if (b && e == &lexicon_entries[W_METRIC] && (bc & CLS_TONS)) {
		*words = 2;
		return "t";
	}
	if (b && e == &lexicon_entries[W_CUBIC] && (bc & (CLS_METERS | CLS_FEET))) {
		*words = 2;
		return bc & CLS_METERS ? "m3" : "ft3";
	}
	if (c & CLS_UNIT) {
		*factor = e->unit_factor;
		return e->unit;
	}
	return NULL;
}

const char *units_quantity(const char *a, size_t an, const char *b, size_t bn, int *words)
{
	double factor;

	return units_quantity_ex(a, an, b, bn, words, &factor);
}

const char *units_country(const char *s, size_t n)
{
	uint64_t c;
	const struct lex_entry *e;

	/* "Russia's" and "China’s" look the country up by its stem. */
	if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's')
		n -= 2;
	else if (n > 4 && memcmp(s + n - 4, "\xe2\x80\x99s", 4) == 0)
		n -= 4;
	e = word(s, n, &c);
	return c & CLS_COUNTRY ? e->country : NULL;
}
