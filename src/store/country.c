/*
 * country.c - a country as users and agencies write it, turned into the
 * ISO 3166-1 alpha-2 code the store keeps: codes (CN, CHN, 156, Comtrade's
 * 842 and W00, Eurostat's EL and UK), names (Russian Federation, Russia,
 * U.S., Viet Nam), and the closest names when none matches.
 *
 * The ISO rows come from Debian's iso-codes (iso_table.h, generated at
 * build time); the names agencies and news use besides them are the alias
 * table below. When the lexicon module (gperf over the same JSON plus
 * the data/lexicon TSV files) lands, the four functions here ask it instead: their
 * interface in importfmt.h stays.
 *
 * Invariants:
 *  1. Names compare folded: ASCII case, dots, and runs of spaces ignored,
 *     a leading "the" dropped ("The Netherlands", "U.S." = "us").
 *  2. Codes are not names: "CHN" is a code; country_resolve() tries codes
 *     first, so a two- or three-letter name never shadows a code.
 *  3. Aggregates are stored as EU, EA and WORLD, as DESIGN's claim columns.
 */
#include "store/importfmt.h"
#include "store/iso_table.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NAME_MAX_FOLD 96	/* folded bytes compared; longer input never matches */

/* Names besides ISO's name, official name and common name. */
static const struct alias {
	const char *name, *code;
} aliases[] = {
	{ "Russia", "RU" }, { "U.S.", "US" }, { "U.S.A.", "US" }, { "America", "US" },
	{ "United States of America", "US" }, { "UK", "GB" }, { "U.K.", "GB" },
	{ "Britain", "GB" }, { "Great Britain", "GB" }, { "Turkey", "TR" },
	{ "Korea", "KR" }, { "Rep. of Korea", "KR" }, { "Mainland China", "CN" },
	{ "China, Hong Kong SAR", "HK" }, { "China, Macao SAR", "MO" }, { "Macau", "MO" },
	{ "Ivory Coast", "CI" }, { "Holland", "NL" }, { "Burma", "MM" },
	{ "Swaziland", "SZ" }, { "Cape Verde", "CV" }, { "DR Congo", "CD" },
	{ "UAE", "AE" }, { "Czech Republic", "CZ" }, { "Dem. Rep. of the Congo", "CD" },
	{ "European Union", "EU" }, { "Euro area", "EA" }, { "Eurozone", "EA" },
	{ "World", "WORLD" },
};

/* Codes besides ISO's: Eurostat's geo and partner codes, Comtrade's. */
static const struct alias codes[] = {
	{ "EL", "GR" }, { "UK", "GB" }, { "EU", "EU" }, { "EU27_2020", "EU" },
	{ "EU28", "EU" }, { "EA", "EA" }, { "EA19", "EA" }, { "EA20", "EA" },
	{ "W00", "WORLD" }, { "WORLD", "WORLD" }, { "WLD", "WORLD" },
	/* UN Comtrade's M49 codes that are not ISO 3166 numeric (reporters
	 * whose territory differs: USA with Puerto Rico, France with Monaco). */
	{ "0", "WORLD" }, { "842", "US" }, { "251", "FR" }, { "381", "IT" },
	{ "579", "NO" }, { "699", "IN" }, { "757", "CH" }, { "97", "EU" },
};

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c | 0x20 : c;
}

/* Folds s[0..n) into out (invariant 1); returns its length, or -1 when too long. */
static int fold(const char *s, size_t n, char out[static NAME_MAX_FOLD])
{
	size_t k = 0;
	int space = 0;

	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (c == '.')
			continue;
		if (c == ' ' || c == '\t') {
			space = k > 0;
			continue;
		}
		if (k + 2 >= NAME_MAX_FOLD)
			return -1;
		if (space)
			out[k++] = ' ', space = 0;
		out[k++] = (char)lower((unsigned char)c);
	}
	out[k] = 0;
	if (k > 4 && memcmp(out, "the ", 4) == 0) {
		memmove(out, out + 4, k - 3);
		k -= 4;
	}
	return (int)k;
}

static int folded_eq(const char *name, const char *f)
{
	char g[NAME_MAX_FOLD];

	return *name && fold(name, strlen(name), g) >= 0 && strcmp(g, f) == 0;
}

static void put(char out[static COUNTRY_MAX], const char *code)
{
	snprintf(out, COUNTRY_MAX, "%s", code);
}

int country_from_code(const char *s, size_t n, char out[static COUNTRY_MAX])
{
	char c[16];

	while (n && s[0] == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	if (n == 0 || n >= sizeof(c))
		return -1;
	for (size_t i = 0; i < n; i++)
		c[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
	c[n] = 0;
	if (strspn(c, "0123456789") == n) {
		long v = strtol(c, NULL, 10);

		if (n > 3)
			return -1;
		snprintf(c, sizeof(c), "%ld", v);	/* "068" is "68" */
		for (size_t i = 0; i < ARRAY_SIZE(codes); i++)
			if (strcmp(codes[i].name, c) == 0)
				return put(out, codes[i].code), 0;
		for (size_t i = 0; i < iso_country_count; i++)
			if (atol(iso_countries[i].num) == v)
				return put(out, iso_countries[i].a2), 0;
		return -1;
	}
	for (size_t i = 0; i < ARRAY_SIZE(codes); i++)
		if (strcmp(codes[i].name, c) == 0)
			return put(out, codes[i].code), 0;
	for (size_t i = 0; i < iso_country_count; i++)
		if ((n == 2 && strcmp(iso_countries[i].a2, c) == 0) ||
		    (n == 3 && strcmp(iso_countries[i].a3, c) == 0))
			return put(out, iso_countries[i].a2), 0;
	return -1;
}

int country_from_name(const char *s, size_t n, char out[static COUNTRY_MAX])
{
	char f[NAME_MAX_FOLD];

	if (fold(s, n, f) <= 0)
		return -1;
	for (size_t i = 0; i < iso_country_count; i++) {
		const struct iso_country *e = &iso_countries[i];

		if (folded_eq(e->name, f) || folded_eq(e->official, f) || folded_eq(e->common, f))
			return put(out, e->a2), 0;
	}
	for (size_t i = 0; i < ARRAY_SIZE(aliases); i++)
		if (folded_eq(aliases[i].name, f))
			return put(out, aliases[i].code), 0;
	return -1;
}

int country_resolve(const char *s, size_t n, char out[static COUNTRY_MAX])
{
	return country_from_code(s, n, out) == 0 ? 0 : country_from_name(s, n, out);
}

/* Levenshtein distance of a and b, both folded and < NAME_MAX_FOLD. */
static int distance(const char *a, const char *b)
{
	int row[NAME_MAX_FOLD + 1], la = (int)strlen(a), lb = (int)strlen(b);

	for (int j = 0; j <= lb; j++)
		row[j] = j;
	for (int i = 1; i <= la; i++) {
		int diag = row[0];

		row[0] = i;
		for (int j = 1; j <= lb; j++) {
			int up = row[j], best = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

struct cand {
	const char *name;	/* static: as printed */
	int d;
};

static void consider(struct cand best[3], const char *name, const char *f, int limit)
{
	char g[NAME_MAX_FOLD];
	int d;

	/* Abbreviations (UK, U.S.A., UAE) are codes more than names: not offered. */
	if (!*name || fold(name, strlen(name), g) <= 3)
		return;
	d = distance(f, g);
	if (d > limit)
		return;
	for (int i = 0; i < 3; i++)
		if (best[i].name && strcmp(best[i].name, name) == 0)
			return;
	for (int i = 0; i < 3; i++)
		if (!best[i].name || d < best[i].d) {
			memmove(best + i + 1, best + i, (size_t)(2 - i) * sizeof(*best));
			best[i].name = name, best[i].d = d;
			return;
		}
}

int country_suggest(const char *s, size_t n, struct buf *out)
{
	struct cand best[3] = { { NULL, 0 }, { NULL, 0 }, { NULL, 0 } };
	char f[NAME_MAX_FOLD];
	int len = fold(s, n, f), limit, count = 0;

	if (len <= 0)
		return 0;
	limit = len / 3 > 2 ? len / 3 : 2;
	for (size_t i = 0; i < iso_country_count; i++) {
		consider(best, iso_countries[i].name, f, limit);
		consider(best, iso_countries[i].common, f, limit);
		consider(best, iso_countries[i].official, f, limit);
	}
	for (size_t i = 0; i < ARRAY_SIZE(aliases); i++)
		consider(best, aliases[i].name, f, limit);
	for (int i = 0; i < 3 && best[i].name; i++, count++)
		buf_addf(out, "%s'%s'", i ? ", " : "", best[i].name);
	return count;
}

void country_unknown(const char *s, size_t n, char why[static FMT_WHY])
{
	struct buf b = BUF_INIT;
	int q = (int)(n > 40 ? 40 : n);

	if (country_suggest(s, n, &b) > 0)
		snprintf(why, FMT_WHY, "unknown country '%.*s' (did you mean %s?)", q, s, b.s);
	else
		snprintf(why, FMT_WHY, "unknown country '%.*s' (give a name or an ISO 3166 code: "
			 "CN, CHN, 156)", q, s);
	buf_release(&b);
}
