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
	{ "\xe2\x82\xa9", "KRW" }, { "\xe2\x82\xba", "TRY" }, { "\xe2\x82\xa1", "CRC" },
	{ "\xe2\x82\xbe", "GEL" }, { "\xe2\x82\xad", "LAK" }, { "\xe5\x85\x83", "CNY" },
};

/* ISO 4217 codes, upper case as written; lower case too when next to a
 * number (gram.c decides). */
static const struct entry currency_codes[] = {
	{ "USD", "USD" }, { "CNY", "CNY" }, { "RMB", "CNY" }, { "EUR", "EUR" },
	{ "JPY", "JPY" }, { "GBP", "GBP" }, { "RUB", "RUB" }, { "INR", "INR" },
	{ "HKD", "HKD" }, { "CHF", "CHF" }, { "AUD", "AUD" }, { "CAD", "CAD" },
	{ "NZD", "NZD" }, { "MXN", "MXN" }, { "TRY", "TRY" }, { "KRW", "KRW" },
	{ "SGD", "SGD" }, { "SEK", "SEK" }, { "NOK", "NOK" }, { "DKK", "DKK" },
	{ "BRL", "BRL" }, { "ZAR", "ZAR" }, { "SAR", "SAR" }, { "AED", "AED" },
	{ "TWD", "TWD" }, { "IDR", "IDR" }, { "MYR", "MYR" }, { "THB", "THB" },
	{ "PLN", "PLN" }, { "KZT", "KZT" }, { "UAH", "UAH" }, { "VND", "VND" },
};

/* Names after the number; factor turns a subunit into the unit. */
static const struct {
	const char *word, *code;
	double factor;
} currency_names[] = {
	{ "dollars", "USD", 1 }, { "dollar", "USD", 1 }, { "dlrs", "USD", 1 }, { "dlr", "USD", 1 },
	{ "yuan", "CNY", 1 }, { "renminbi", "CNY", 1 }, { "euros", "EUR", 1 }, { "euro", "EUR", 1 },
	{ "yen", "JPY", 1 }, { "roubles", "RUB", 1 }, { "rouble", "RUB", 1 }, { "rubles", "RUB", 1 },
	{ "ruble", "RUB", 1 }, { "rupees", "INR", 1 }, { "rupee", "INR", 1 }, { "won", "KRW", 1 },
	{ "stg", "GBP", 1 }, { "sterling", "GBP", 1 }, { "pounds", "GBP", 1 }, { "pound", "GBP", 1 },
	{ "francs", "FRF", 1 }, { "franc", "FRF", 1 }, { "marks", "DEM", 1 },
	{ "guilders", "NLG", 1 }, { "guilder", "NLG", 1 }, { "lire", "ITL", 1 },
	{ "lira", "TRY", 1 }, { "liras", "TRY", 1 }, { "pesetas", "ESP", 1 }, { "peseta", "ESP", 1 },
	{ "markka", "FIM", 1 }, { "markkaa", "FIM", 1 }, { "pesos", "MXN", 1 }, { "peso", "MXN", 1 },
	{ "rand", "ZAR", 1 }, { "riyals", "SAR", 1 }, { "rupiah", "IDR", 1 }, { "ringgit", "MYR", 1 },
	{ "baht", "THB", 1 }, { "crowns", "SEK", 1 }, { "kronor", "SEK", 1 }, { "kroner", "NOK", 1 },
	{ "hryvnia", "UAH", 1 },
	{ "tenge", "KZT", 1 }, { "\xe0\xae\xb0\xe0\xaf\x82", "LKR", 1 },
	{ "cents", "USD", 0.01 }, { "cent", "USD", 0.01 }, { "cts", "USD", 0.01 },
	{ "pence", "GBP", 0.01 }, { "penny", "GBP", 0.01 },
};

/* "Australian dollars", "Swiss francs": an adjective that names the issuer. */
static const struct {
	const char *adj, *name, *code;	/* name: a currency name's stem */
} currency_adjectives[] = {
	{ "australian", "dollar", "AUD" }, { "canadian", "dollar", "CAD" },
	{ "kong", "dollar", "HKD" }, { "zealand", "dollar", "NZD" },
	{ "singapore", "dollar", "SGD" }, { "taiwan", "dollar", "TWD" }, { "us", "dollar", "USD" },
	{ "american", "dollar", "USD" }, { "swiss", "franc", "CHF" }, { "french", "franc", "FRF" },
	{ "belgian", "franc", "BEF" }, { "chinese", "yuan", "CNY" }, { "japanese", "yen", "JPY" },
	{ "dutch", "guilder", "NLG" }, { "finnish", "markka", "FIM" }, { "turkish", "lira", "TRY" },
	{ "italian", "lir", "ITL" }, { "mexican", "peso", "MXN" }, { "indian", "rupee", "INR" },
	{ "russian", "r", "RUB" }, { "korean", "won", "KRW" },
	{ "german", "mark", "DEM" }, { "norwegian", "crown", "NOK" },
	{ "swedish", "crown", "SEK" }, { "danish", "crown", "DKK" }, { "british", "pound", "GBP" },
	{ "lankan", "rupee", "LKR" }, { "saudi", "riyal", "SAR" },
};

/* A prefix glued or spaced before "$": "C$", "HK$", "US$", "c $". */
static const struct entry dollar_prefixes[] = {
	{ "US", "USD" }, { "C", "CAD" }, { "A", "AUD" }, { "NZ", "NZD" }, { "HK", "HKD" },
	{ "S", "SGD" }, { "NT", "TWD" }, { "Mex", "MXN" }, { "R", "BRL" }, { "Z", "NZD" },
	{ "USD", "USD" }, { "CAD", "CAD" }, { "AUD", "AUD" }, { "NZD", "NZD" }, { "HKD", "HKD" },
	{ "MXN", "MXN" }, { "SGD", "SGD" },
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
	{ "Philippines", "PH" }, { "Philippine", "PH" }, { "Manila", "PH" },
	{ "Argentina", "AR" }, { "Argentine", "AR" }, { "Chile", "CL" }, { "Chilean", "CL" },
	{ "Sweden", "SE" }, { "Swedish", "SE" }, { "Stockholm", "SE" }, { "Norway", "NO" },
	{ "Norwegian", "NO" }, { "Oslo", "NO" }, { "Denmark", "DK" }, { "Danish", "DK" },
	{ "Copenhagen", "DK" }, { "Colombia", "CO" }, { "Colombian", "CO" }, { "Mexico", "MX" }, { "Mexican", "MX" },
	/* Trade reporters of wire copy (Reuters-21578 names them as subjects). */
	{ "Thailand", "TH" }, { "Thai", "TH" }, { "Egypt", "EG" }, { "Egyptian", "EG" },
	{ "Iraq", "IQ" }, { "Iraqi", "IQ" }, { "Iran", "IR" }, { "Iranian", "IR" },
	{ "Canada", "CA" }, { "Canadian", "CA" }, { "Australia", "AU" }, { "Australian", "AU" },
	{ "Italy", "IT" }, { "Italian", "IT" }, { "Spain", "ES" }, { "Spanish", "ES" },
	{ "Netherlands", "NL" }, { "Dutch", "NL" }, { "Belgium", "BE" }, { "Belgian", "BE" },
	{ "Pakistan", "PK" }, { "Pakistani", "PK" }, { "Indonesia", "ID" }, { "Indonesian", "ID" },
	{ "Malaysia", "MY" }, { "Malaysian", "MY" }, { "Singapore", "SG" }, { "Taiwan", "TW" },
	{ "Taiwanese", "TW" }, { "Korea", "KR" }, { "Korean", "KR" }, { "Nigeria", "NG" },
	{ "Poland", "PL" }, { "Polish", "PL" }, { "Switzerland", "CH" }, { "Swiss", "CH" },
	{ "Austria", "AT" }, { "Austrian", "AT" }, { "Israel", "IL" }, { "Israeli", "IL" },
	{ "Peru", "PE" }, { "Peruvian", "PE" }, { "Venezuela", "VE" }, { "Venezuelan", "VE" },
	{ "Ecuador", "EC" }, { "Cuba", "CU" }, { "Cuban", "CU" }, { "Saudi", "SA" },
	{ "Kuwait", "KW" }, { "Portugal", "PT" }, { "Greece", "GR" }, { "Greek", "GR" },
	{ "Ireland", "IE" }, { "Irish", "IE" }, { "Finland", "FI" }, { "Morocco", "MA" },
	{ "Algeria", "DZ" }, { "Bangladesh", "BD" }, { "Vietnam", "VN" },
};

/* The first byte first: these run over whole tables for every word. */
static int eq(const char *s, size_t n, const char *w)
{
	return n && *s == *w && strncmp(s, w, n) == 0 && w[n] == '\0';
}

static int ieq(const char *s, size_t n, const char *w)
{
	return n && (*s | 0x20) == (*w | 0x20) && strncasecmp(s, w, n) == 0 && w[n] == '\0';
}

static const char *find(const struct entry *t, size_t nt, const char *s, size_t n, int fold)
{
	for (size_t i = 0; i < nt; i++)
		if (fold ? ieq(s, n, t[i].word) : eq(s, n, t[i].word))
			return t[i].code;
	return NULL;
}

enum unit_form units_currency_ex(const char *s, size_t n, const char **iso, double *factor)
{
	const char *c;

	*iso = NULL;
	*factor = 1;
	if ((c = find(currency_signs, ARRAY_SIZE(currency_signs), s, n, 0))) {
		*iso = c;
		return UNIT_SIGN;
	}
	if ((c = find(currency_codes, ARRAY_SIZE(currency_codes), s, n, 0))) {
		*iso = c;
		return UNIT_CODE;
	}
	for (size_t i = 0; i < ARRAY_SIZE(currency_names); i++)
		if (ieq(s, n, currency_names[i].word)) {
			*iso = currency_names[i].code;
			*factor = currency_names[i].factor;
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
	return find(currency_codes, ARRAY_SIZE(currency_codes), s, n, 1);
}

const char *units_currency_adjective(const char *adj, size_t an, const char *name, size_t nn)
{
	for (size_t i = 0; i < ARRAY_SIZE(currency_adjectives); i++) {
		size_t sl = strlen(currency_adjectives[i].name);

		int dlrs = !strcmp(currency_adjectives[i].name, "dollar") &&
			   (ieq(name, nn, "dlrs") || ieq(name, nn, "dlr"));

		if (ieq(adj, an, currency_adjectives[i].adj) &&
		    (dlrs || (nn >= sl && strncasecmp(name, currency_adjectives[i].name, sl) == 0)))
			return currency_adjectives[i].code;
	}
	return NULL;
}

const char *units_dollar_prefix(const char *s, size_t n)
{
	return find(dollar_prefixes, ARRAY_SIZE(dollar_prefixes), s, n, 1);
}

double units_scale(const char *s, size_t n)
{
	static const struct {
		const char *word;
		double scale;
	} t[] = {
		{ "thousand", 1e3 }, { "million", 1e6 }, { "mln", 1e6 }, { "mn", 1e6 },
		{ "billion", 1e9 }, { "bln", 1e9 }, { "bn", 1e9 }, { "trillion", 1e12 },
		{ "tn", 1e12 }, { "trln", 1e12 }, { "lakh", 1e5 }, { "lakhs", 1e5 },
		{ "crore", 1e7 }, { "crores", 1e7 }, { "millions", 1e6 }, { "billions", 1e9 },
	};

	for (size_t i = 0; i < ARRAY_SIZE(t); i++)
		if (ieq(s, n, t[i].word))
			return t[i].scale;
	return 0;
}

int units_number_word(const char *s, size_t n)
{
	static const char *const ones[] = { "one", "two", "three", "four", "five", "six", "seven",
					    "eight", "nine", "ten", "eleven", "twelve", "thirteen",
					    "fourteen", "fifteen", "sixteen", "seventeen",
					    "eighteen", "nineteen" };
	static const char *const tens[] = { "twenty", "thirty", "forty", "fifty", "sixty",
					    "seventy", "eighty", "ninety" };
	const char *dash = memchr(s, '-', n);

	/* "twenty-five": a ten, a hyphen and a unit. */
	if (dash) {
		size_t a = (size_t)(dash - s);
		int t = units_number_word(s, a), u = units_number_word(dash + 1, n - a - 1);

		return t >= 20 && t % 10 == 0 && u >= 1 && u <= 9 ? t + u : 0;
	}
	for (size_t i = 0; i < ARRAY_SIZE(ones); i++)
		if (ieq(s, n, ones[i]))
			return (int)i + 1;
	for (size_t i = 0; i < ARRAY_SIZE(tens); i++)
		if (ieq(s, n, tens[i]))
			return (int)(i + 2) * 10;
	return 0;
}

const char *units_quantity_ex(const char *a, size_t an, const char *b, size_t bn, int *words,
			      double *factor)
{
	static const char *const tons[] = { "tons", "tonnes", "ton", "tonne" };
	static const char *const meters[] = { "meters", "metres", "meter", "metre" };
	static const char *const feet[] = { "feet", "foot" };
	static const struct {
		const char *word, *unit;
		double factor;
	} one[] = {
		{ "barrels", "bbl", 1 }, { "barrel", "bbl", 1 }, { "bbl", "bbl", 1 },
		{ "bcm", "m3", 1e9 }, { "mcm", "m3", 1e6 }, { "bcf", "ft3", 1e9 },
		{ "tcf", "ft3", 1e12 }, { "kilolitres", "m3", 1 }, { "kiloliters", "m3", 1 },
		{ "kilolitre", "m3", 1 }, { "kiloliter", "m3", 1 }, { "kl", "m3", 1 },
		{ "gallons", "gal", 1 }, { "gallon", "gal", 1 }, { "kg", "kg", 1 }, { "kgs", "kg", 1 },
		{ "kilograms", "kg", 1 }, { "kilogram", "kg", 1 }, { "kilogrammes", "kg", 1 },
		{ "lbs", "lb", 1 }, { "lb", "lb", 1 }, { "bushels", "bu", 1 }, { "bushel", "bu", 1 },
	};

	*words = 1;
	*factor = 1;
	if (b && ieq(a, an, "metric"))
		for (size_t i = 0; i < ARRAY_SIZE(tons); i++)
			if (ieq(b, bn, tons[i])) {
				*words = 2;
				return "t";
			}
	if (b && ieq(a, an, "cubic")) {
		for (size_t i = 0; i < ARRAY_SIZE(meters); i++)
			if (ieq(b, bn, meters[i])) {
				*words = 2;
				return "m3";
			}
		for (size_t i = 0; i < ARRAY_SIZE(feet); i++)
			if (ieq(b, bn, feet[i])) {
				*words = 2;
				return "ft3";
			}
	}
	for (size_t i = 0; i < ARRAY_SIZE(tons); i++)
		if (ieq(a, an, tons[i]))
			return "t";
	for (size_t i = 0; i < ARRAY_SIZE(one); i++)
		if (ieq(a, an, one[i].word)) {
			*factor = one[i].factor;
			return one[i].unit;
		}
	if (eq(a, an, "TEU") || eq(a, an, "TEUs"))
		return "TEU";
	return NULL;
}

const char *units_quantity(const char *a, size_t an, const char *b, size_t bn, int *words)
{
	double factor;

	return units_quantity_ex(a, an, b, bn, words, &factor);
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
