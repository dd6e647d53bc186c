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
#include "parse/parse_int.h"
#include "base/base.h"

#include <string.h>
#include <strings.h>

struct entry {
	const char *word;
	size_t len;		/* bytes of word, so a lookup compares lengths first */
	const char *code;
};

/* A table row with its word's length, counted by the compiler. */
#define E(w, c) { w, sizeof(w) - 1, c }

static const struct entry currency_signs[] = {
	E("$", "USD"), E("\xe2\x82\xac", "EUR"), E("\xc2\xa3", "GBP"),
	E("\xc2\xa5", "JPY"), E("\xe2\x82\xbd", "RUB"), E("\xe2\x82\xb9", "INR"),
	E("\xe2\x82\xa9", "KRW"), E("\xe2\x82\xba", "TRY"), E("\xe2\x82\xa1", "CRC"),
	E("\xe2\x82\xbe", "GEL"), E("\xe2\x82\xad", "LAK"), E("\xe5\x85\x83", "CNY"),
};

/* ISO 4217 codes, upper case as written; lower case too when next to a
 * number (gram.c decides). */
static const struct entry currency_codes[] = {
	E("USD", "USD"), E("CNY", "CNY"), E("RMB", "CNY"), E("EUR", "EUR"),
	E("JPY", "JPY"), E("GBP", "GBP"), E("RUB", "RUB"), E("INR", "INR"),
	E("HKD", "HKD"), E("CHF", "CHF"), E("AUD", "AUD"), E("CAD", "CAD"),
	E("NZD", "NZD"), E("MXN", "MXN"), E("TRY", "TRY"), E("KRW", "KRW"),
	E("SGD", "SGD"), E("SEK", "SEK"), E("NOK", "NOK"), E("DKK", "DKK"),
	E("BRL", "BRL"), E("ZAR", "ZAR"), E("SAR", "SAR"), E("AED", "AED"),
	E("TWD", "TWD"), E("IDR", "IDR"), E("MYR", "MYR"), E("THB", "THB"),
	E("PLN", "PLN"), E("KZT", "KZT"), E("UAH", "UAH"), E("VND", "VND"),
};

/* Names after the number; factor turns a subunit into the unit. */
static const struct {
	const char *word;
	size_t len;
	const char *code;
	double factor;
} currency_names[] = {
	{ "dollars", sizeof("dollars") - 1, "USD", 1 }, { "dollar", sizeof("dollar") - 1, "USD", 1 }, { "dlrs", sizeof("dlrs") - 1, "USD", 1 }, { "dlr", sizeof("dlr") - 1, "USD", 1 },
	{ "yuan", sizeof("yuan") - 1, "CNY", 1 }, { "renminbi", sizeof("renminbi") - 1, "CNY", 1 }, { "euros", sizeof("euros") - 1, "EUR", 1 }, { "euro", sizeof("euro") - 1, "EUR", 1 },
	{ "yen", sizeof("yen") - 1, "JPY", 1 }, { "roubles", sizeof("roubles") - 1, "RUB", 1 }, { "rouble", sizeof("rouble") - 1, "RUB", 1 }, { "rubles", sizeof("rubles") - 1, "RUB", 1 },
	{ "ruble", sizeof("ruble") - 1, "RUB", 1 }, { "rupees", sizeof("rupees") - 1, "INR", 1 }, { "rupee", sizeof("rupee") - 1, "INR", 1 }, { "won", sizeof("won") - 1, "KRW", 1 },
	{ "stg", sizeof("stg") - 1, "GBP", 1 }, { "sterling", sizeof("sterling") - 1, "GBP", 1 }, { "pounds", sizeof("pounds") - 1, "GBP", 1 }, { "pound", sizeof("pound") - 1, "GBP", 1 },
	{ "francs", sizeof("francs") - 1, "FRF", 1 }, { "franc", sizeof("franc") - 1, "FRF", 1 }, { "marks", sizeof("marks") - 1, "DEM", 1 },
	{ "guilders", sizeof("guilders") - 1, "NLG", 1 }, { "guilder", sizeof("guilder") - 1, "NLG", 1 }, { "lire", sizeof("lire") - 1, "ITL", 1 },
	{ "lira", sizeof("lira") - 1, "TRY", 1 }, { "liras", sizeof("liras") - 1, "TRY", 1 }, { "pesetas", sizeof("pesetas") - 1, "ESP", 1 }, { "peseta", sizeof("peseta") - 1, "ESP", 1 },
	{ "markka", sizeof("markka") - 1, "FIM", 1 }, { "markkaa", sizeof("markkaa") - 1, "FIM", 1 }, { "pesos", sizeof("pesos") - 1, "MXN", 1 }, { "peso", sizeof("peso") - 1, "MXN", 1 },
	{ "rand", sizeof("rand") - 1, "ZAR", 1 }, { "riyals", sizeof("riyals") - 1, "SAR", 1 }, { "rupiah", sizeof("rupiah") - 1, "IDR", 1 }, { "ringgit", sizeof("ringgit") - 1, "MYR", 1 },
	{ "baht", sizeof("baht") - 1, "THB", 1 }, { "crowns", sizeof("crowns") - 1, "SEK", 1 }, { "kronor", sizeof("kronor") - 1, "SEK", 1 }, { "kroner", sizeof("kroner") - 1, "NOK", 1 },
	{ "hryvnia", sizeof("hryvnia") - 1, "UAH", 1 },
	{ "tenge", sizeof("tenge") - 1, "KZT", 1 }, { "\xe0\xae\xb0\xe0\xaf\x82", sizeof("\xe0\xae\xb0\xe0\xaf\x82") - 1, "LKR", 1 },
	{ "cents", sizeof("cents") - 1, "USD", 0.01 }, { "cent", sizeof("cent") - 1, "USD", 0.01 }, { "cts", sizeof("cts") - 1, "USD", 0.01 },
	{ "pence", sizeof("pence") - 1, "GBP", 0.01 }, { "penny", sizeof("penny") - 1, "GBP", 0.01 },
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
	E("US", "USD"), E("C", "CAD"), E("A", "AUD"), E("NZ", "NZD"), E("HK", "HKD"),
	E("S", "SGD"), E("NT", "TWD"), E("Mex", "MXN"), E("R", "BRL"), E("Z", "NZD"),
	E("USD", "USD"), E("CAD", "CAD"), E("AUD", "AUD"), E("NZD", "NZD"), E("HKD", "HKD"),
	E("MXN", "MXN"), E("SGD", "SGD"),
};

static const struct entry countries[] = {
	E("China", "CN"), E("Chinese", "CN"), E("Beijing", "CN"), E("Sino", "CN"),
	E("Russia", "RU"), E("Russian", "RU"), E("Moscow", "RU"), E("Kremlin", "RU"),
	E("US", "US"), E("USA", "US"), E("America", "US"), E("American", "US"),
	E("Washington", "US"),
	E("Japan", "JP"), E("Japanese", "JP"), E("Tokyo", "JP"),
	E("India", "IN"), E("Indian", "IN"), E("Ukraine", "UA"), E("Ukrainian", "UA"),
	E("Germany", "DE"), E("German", "DE"), E("France", "FR"), E("French", "FR"),
	E("Britain", "GB"), E("British", "GB"), E("UK", "GB"),
	E("Turkey", "TR"), E("Turkish", "TR"), E("Brazil", "BR"), E("Brazilian", "BR"),
	E("Kazakhstan", "KZ"), E("Mongolia", "MN"),
	E("Philippines", "PH"), E("Philippine", "PH"), E("Manila", "PH"),
	E("Argentina", "AR"), E("Argentine", "AR"), E("Chile", "CL"), E("Chilean", "CL"),
	E("Sweden", "SE"), E("Swedish", "SE"), E("Stockholm", "SE"), E("Norway", "NO"),
	E("Norwegian", "NO"), E("Oslo", "NO"), E("Denmark", "DK"), E("Danish", "DK"),
	E("Copenhagen", "DK"), E("Colombia", "CO"), E("Colombian", "CO"), E("Mexico", "MX"), E("Mexican", "MX"),
	/* Trade reporters of wire copy (Reuters-21578 names them as subjects). */
	E("Thailand", "TH"), E("Thai", "TH"), E("Egypt", "EG"), E("Egyptian", "EG"),
	E("Iraq", "IQ"), E("Iraqi", "IQ"), E("Iran", "IR"), E("Iranian", "IR"),
	E("Canada", "CA"), E("Canadian", "CA"), E("Australia", "AU"), E("Australian", "AU"),
	E("Italy", "IT"), E("Italian", "IT"), E("Spain", "ES"), E("Spanish", "ES"),
	E("Netherlands", "NL"), E("Dutch", "NL"), E("Belgium", "BE"), E("Belgian", "BE"),
	E("Pakistan", "PK"), E("Pakistani", "PK"), E("Indonesia", "ID"), E("Indonesian", "ID"),
	E("Malaysia", "MY"), E("Malaysian", "MY"), E("Singapore", "SG"), E("Taiwan", "TW"),
	E("Taiwanese", "TW"), E("Korea", "KR"), E("Korean", "KR"), E("Nigeria", "NG"),
	E("Poland", "PL"), E("Polish", "PL"), E("Switzerland", "CH"), E("Swiss", "CH"),
	E("Austria", "AT"), E("Austrian", "AT"), E("Israel", "IL"), E("Israeli", "IL"),
	E("Peru", "PE"), E("Peruvian", "PE"), E("Venezuela", "VE"), E("Venezuelan", "VE"),
	E("Ecuador", "EC"), E("Cuba", "CU"), E("Cuban", "CU"), E("Saudi", "SA"),
	E("Kuwait", "KW"), E("Portugal", "PT"), E("Greece", "GR"), E("Greek", "GR"),
	E("Ireland", "IE"), E("Irish", "IE"), E("Finland", "FI"), E("Morocco", "MA"),
	E("Algeria", "DZ"), E("Bangladesh", "BD"), E("Vietnam", "VN"),
};

static inline int lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

/*
 * s[0..n) equals the NUL-terminated w, exactly (eq) or with ASCII letters
 * folded (ieq; strncasecmp() in the C locale folds only those). No strlen()
 * or library call: these run over whole tables for every word, and most
 * rows differ at the first byte.
 */
static inline int eq(const char *s, size_t n, const char *w)
{
	size_t k = 0;

	if (!n || *s != *w)
		return 0;

	while (k < n && w[k] && s[k] == w[k])
		k++;
	return n && k == n && w[n] == '\0';
}

static inline int ieq(const char *s, size_t n, const char *w)
{
	size_t k = 0;

	if (!n || lower((unsigned char)*s) != lower((unsigned char)*w))
		return 0;

	while (k < n && w[k] && lower((unsigned char)s[k]) == lower((unsigned char)w[k]))
		k++;
	return n && k == n && w[n] == '\0';
}

/* The row of t whose word is s[0..n): lengths first (stored in the row). */
static const char *find(const struct entry *t, size_t nt, const char *s, size_t n, int fold)
{
	for (size_t i = 0; i < nt; i++)
		if (t[i].len == n && (fold ? ieq(s, n, t[i].word) : eq(s, n, t[i].word)))
			return t[i].code;
	return NULL;
}

enum unit_form units_currency_ex(const char *s, size_t n, const char **iso, double *factor)
{
	const char *c;

	*iso = NULL;
	*factor = 1;
	/* Signs are "$" or start with a byte above ASCII; codes have three letters. */
	if (n && (*s == '$' || (unsigned char)*s >= 0x80) &&
	    (c = find(currency_signs, ARRAY_SIZE(currency_signs), s, n, 0))) {
		*iso = c;
		return UNIT_SIGN;
	}
	if (n == 3 && (c = find(currency_codes, ARRAY_SIZE(currency_codes), s, n, 0))) {
		*iso = c;
		return UNIT_CODE;
	}
	/* "Rs 500 crore": the Indian rupee's written sign, case as written (not "rs"). */
	if (n == 2 && s[0] == 'R' && (s[1] == 's' || s[1] == 'S')) {
		*iso = "INR";
		return UNIT_SIGN;
	}
	for (size_t i = 0; i < ARRAY_SIZE(currency_names); i++)
		if (currency_names[i].len == n && ieq(s, n, currency_names[i].word)) {
			*iso = currency_names[i].code;
			*factor = currency_names[i].factor;
			return UNIT_NAME;
		}
	if (n >= 2 && (*iso = context_currency_name(s, n)) != NULL)
		return UNIT_NAME;	/* context.c's supplement */
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
		size_t sl;
		int dlrs;

		if (!ieq(adj, an, currency_adjectives[i].adj))
			continue;	/* the adjective first: it rules out most rows */
		sl = strlen(currency_adjectives[i].name);
		dlrs = !strcmp(currency_adjectives[i].name, "dollar") &&
		       (ieq(name, nn, "dlrs") || ieq(name, nn, "dlr"));
		if (dlrs || (nn >= sl && strncasecmp(name, currency_adjectives[i].name, sl) == 0))
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
	/* With their lengths (W() counts them), compared before the bytes: this
	 * runs for every word that might start a figure. */
#define W(w) { w, sizeof(w) - 1 }
	static const struct {
		const char *word;
		size_t len;
	} ones[] = { W("one"), W("two"), W("three"), W("four"), W("five"), W("six"),
		     W("seven"), W("eight"), W("nine"), W("ten"), W("eleven"), W("twelve"),
		     W("thirteen"), W("fourteen"), W("fifteen"), W("sixteen"), W("seventeen"),
		     W("eighteen"), W("nineteen") },
	  tens[] = { W("twenty"), W("thirty"), W("forty"), W("fifty"), W("sixty"),
		     W("seventy"), W("eighty"), W("ninety") };
#undef W
	const char *dash = memchr(s, '-', n);

	/* "twenty-five": a ten, a hyphen and a unit. */
	if (dash) {
		size_t a = (size_t)(dash - s);
		int t = units_number_word(s, a), u = units_number_word(dash + 1, n - a - 1);

		return t >= 20 && t % 10 == 0 && u >= 1 && u <= 9 ? t + u : 0;
	}
	for (size_t i = 0; i < ARRAY_SIZE(ones); i++)
		if (ones[i].len == n && ieq(s, n, ones[i].word))
			return (int)i + 1;
	for (size_t i = 0; i < ARRAY_SIZE(tens); i++)
		if (tens[i].len == n && ieq(s, n, tens[i].word))
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
