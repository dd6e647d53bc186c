/*
 * units.c - the word tables of the grammar: currencies, scale words, number
 * words, quantity units and countries.
 *
 * Input: one word as a (pointer, length) view. Output: a normalised code.
 *
 * Invariants:
 *  1. Tables only: no state, no allocation; every returned string is static.
 *  2. Codes and proper names match case-sensitively ("USD", "China"), common
 *     words in any case ("Billion", "yuan"), so "us" is never the US.
 *  3. A possessive ("Russia's", "China’s") matches like its stem.
 */
#include "parse/parse.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

struct entry {
	const char *word;
	const char *code;
};

static const struct entry currency_signs[] = {
	{ "$", "USD" }, { "\xe2\x82\xac", "EUR" }, { "\xc2\xa3", "GBP" },
	{ "\xc2\xa5", "JPY" }, { "\xe2\x82\xbd", "RUB" }, { "\xe2\x82\xb9", "INR" },
};

static const struct entry currency_codes[] = {
	{ "USD", "USD" }, { "CNY", "CNY" }, { "RMB", "CNY" }, { "EUR", "EUR" },
	{ "JPY", "JPY" }, { "GBP", "GBP" }, { "RUB", "RUB" }, { "INR", "INR" },
	{ "HKD", "HKD" }, { "CHF", "CHF" },
};

static const struct entry currency_names[] = {
	{ "dollars", "USD" }, { "dollar", "USD" }, { "dlrs", "USD" },
	{ "yuan", "CNY" }, { "renminbi", "CNY" }, { "euros", "EUR" }, { "euro", "EUR" },
	{ "yen", "JPY" }, { "roubles", "RUB" }, { "rouble", "RUB" }, { "rubles", "RUB" },
	{ "ruble", "RUB" }, { "rupees", "INR" }, { "rupee", "INR" },
};

static const struct entry countries[] = {
	{ "China", "CN" }, { "Chinese", "CN" }, { "Beijing", "CN" }, { "Sino", "CN" },
	{ "Russia", "RU" }, { "Russian", "RU" }, { "Moscow", "RU" }, { "Kremlin", "RU" },
	{ "US", "US" }, { "USA", "US" }, { "America", "US" }, { "American", "US" },
	{ "Washington", "US" },
	{ "Japan", "JP" }, { "Japanese", "JP" }, { "Tokyo", "JP" },
	{ "India", "IN" }, { "Indian", "IN" }, { "Ukraine", "UA" }, { "Ukrainian", "UA" },
	{ "Germany", "DE" }, { "German", "DE" }, { "France", "FR" }, { "French", "FR" },
	{ "Britain", "GB" }, { "British", "GB" }, { "UK", "GB" },
	{ "Turkey", "TR" }, { "Turkish", "TR" }, { "Brazil", "BR" }, { "Brazilian", "BR" },
	{ "Kazakhstan", "KZ" }, { "Mongolia", "MN" },
};

static int eq(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

static int ieq(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && strncasecmp(s, w, n) == 0;
}

static const char *find(const struct entry *t, size_t nt, const char *s, size_t n, int fold)
{
	for (size_t i = 0; i < nt; i++)
		if (fold ? ieq(s, n, t[i].word) : eq(s, n, t[i].word))
			return t[i].code;
	return NULL;
}

enum unit_form units_currency(const char *s, size_t n, const char **iso)
{
	const char *c;

	*iso = NULL;
	if ((c = find(currency_signs, ARRAY_SIZE(currency_signs), s, n, 0))) {
		*iso = c;
		return UNIT_SIGN;
	}
	if ((c = find(currency_codes, ARRAY_SIZE(currency_codes), s, n, 0))) {
		*iso = c;
		return UNIT_CODE;
	}
	if ((c = find(currency_names, ARRAY_SIZE(currency_names), s, n, 1))) {
		*iso = c;
		return UNIT_NAME;
	}
	return UNIT_NONE;
}

double units_scale(const char *s, size_t n)
{
	static const struct {
		const char *word;
		double scale;
	} t[] = {
		{ "thousand", 1e3 }, { "million", 1e6 }, { "mln", 1e6 }, { "mn", 1e6 },
		{ "billion", 1e9 }, { "bln", 1e9 }, { "bn", 1e9 }, { "trillion", 1e12 },
		{ "tn", 1e12 },
	};

	for (size_t i = 0; i < ARRAY_SIZE(t); i++)
		if (ieq(s, n, t[i].word))
			return t[i].scale;
	return 0;
}

int units_number_word(const char *s, size_t n)
{
	static const char *const w[] = { "one", "two", "three", "four", "five",
					 "six", "seven", "eight", "nine", "ten" };

	for (size_t i = 0; i < ARRAY_SIZE(w); i++)
		if (ieq(s, n, w[i]))
			return (int)i + 1;
	return 0;
}

const char *units_quantity(const char *a, size_t an, const char *b, size_t bn, int *words)
{
	static const char *const tons[] = { "tons", "tonnes", "ton", "tonne" };
	static const char *const meters[] = { "meters", "metres", "meter", "metre" };

	*words = 1;
	if (b && ieq(a, an, "metric"))
		for (size_t i = 0; i < ARRAY_SIZE(tons); i++)
			if (ieq(b, bn, tons[i])) {
				*words = 2;
				return "t";
			}
	if (b && ieq(a, an, "cubic"))
		for (size_t i = 0; i < ARRAY_SIZE(meters); i++)
			if (ieq(b, bn, meters[i])) {
				*words = 2;
				return "m3";
			}
	for (size_t i = 0; i < ARRAY_SIZE(tons); i++)
		if (ieq(a, an, tons[i]))
			return "t";
	if (ieq(a, an, "barrels") || ieq(a, an, "barrel") || ieq(a, an, "bbl"))
		return "bbl";
	if (eq(a, an, "TEU") || eq(a, an, "TEUs"))
		return "TEU";
	return NULL;
}

const char *units_country(const char *s, size_t n)
{
	/* "Russia's" and "China’s" look the country up by its stem. */
	if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's')
		n -= 2;
	else if (n > 4 && memcmp(s + n - 4, "\xe2\x80\x99s", 4) == 0)
		n -= 4;
	return find(countries, ARRAY_SIZE(countries), s, n, 0);
}
