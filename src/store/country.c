/*
 * country.c - a country as users and agencies write it, turned into the
 * ISO 3166-1 alpha-2 code the store keeps: codes (CN, CHN, 156, Comtrade's
 * 842 and W00, Eurostat's EL and UK), names (Russian Federation, Russia,
 * U.S., Viet Nam), and the closest names when none matches.
 *
 * Every name and code is a row of the lexicon (lexicon.h), the one country
 * table the parser reads too: ISO's from Debian's iso-codes, the rest from
 * data/lexicon/country_names.tsv. This file only normalises what it looks
 * up, and ranks the lexicon's names for a suggestion.
 *
 * Invariants:
 *  1. Names compare folded (lexicon_fold_name): ASCII case, dots, and runs
 *     of spaces ignored, a leading "the" dropped ("The Netherlands", "U.S."
 *     = "us").
 *  2. Codes are not names: "CHN" is a code; country_resolve() tries codes
 *     first, so a two- or three-letter name never shadows a code.
 *  3. Aggregates are stored as EU, EA and WORLD, as DESIGN's claim columns.
 *  4. One lookup per code or name; only a suggestion (an error message)
 *     walks the lexicon's entries.
 */
#include "store/importfmt.h"
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_FOLD 96	/* folded bytes compared; longer input never matches */

/* The country of the entry of key[0..n) (folded) when it has one of cls. */
static int lookup(const char *key, size_t n, uint64_t cls, char out[static COUNTRY_MAX])
{
	const struct lex_entry *e = lexicon_find_folded(key, n);

	if (!e || !(lexicon_classes(e) & cls) || !e->country)
		return -1;
	snprintf(out, COUNTRY_MAX, "%s", e->country);
	return 0;
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
		c[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
	c[n] = 0;
	if (strspn(c, "0123456789") == n) {
		if (n > 3)
			return -1;
		n = (size_t)snprintf(c, sizeof(c), "%ld", strtol(c, NULL, 10)); /* "068" is "68" */
		return lookup(c, n, CLS_M49, out);
	}
	return lookup(c, n, CLS_ISO2 | CLS_ISO3 | CLS_COUNTRYCODE, out);
}

int country_from_name(const char *s, size_t n, char out[static COUNTRY_MAX])
{
	char f[NAME_MAX_FOLD];
	size_t k = lexicon_fold_name(s, n, f, sizeof(f));

	return k ? lookup(f, k, CLS_COUNTRYNAME, out) : -1;
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

/* Ranks the name of entry e (its key g, folded) against f, the folded input. */
static void consider(struct cand best[3], const struct lex_entry *e, const char *f, int limit)
{
	const char *g = e->word;
	int d;

	/* Abbreviations (UK, USA, UAE) are codes more than names: not offered. */
	if (!e->name || strlen(g) <= 3 || strlen(g) >= NAME_MAX_FOLD)
		return;
	d = distance(f, g);
	if (d > limit)
		return;
	for (int i = 0; i < 3; i++)
		if (!best[i].name || d < best[i].d) {
			memmove(best + i + 1, best + i, (size_t)(2 - i) * sizeof(*best));
			best[i].name = e->name, best[i].d = d;
			return;
		}
}

int country_suggest(const char *s, size_t n, struct buf *out)
{
	struct cand best[3] = { { NULL, 0 }, { NULL, 0 }, { NULL, 0 } };
	char f[NAME_MAX_FOLD];
	int len = (int)lexicon_fold_name(s, n, f, sizeof(f)), limit, count = 0;

	if (len <= 0)
		return 0;
	limit = len / 3 > 2 ? len / 3 : 2;
	/* Every name of the lexicon, in its (sorted) order: ties keep it. */
	for (size_t i = 1; i < lexicon_count; i++)
		if (lexicon_entries[i].any & CLS_COUNTRYNAME)
			consider(best, &lexicon_entries[i], f, limit);
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

const char *country_title_name(const char *code)
{
	const char *best = NULL;

	if (!strcmp(code, "WORLD"))
		return "the world";
	for (size_t i = 1; i < lexicon_count; i++) {
		const struct lex_entry *e = &lexicon_entries[i];

		if ((e->any & CLS_COUNTRYNAME) && e->country && e->name && !strcmp(e->country, code) &&
		    strlen(e->name) > 2 && (!best || strlen(e->name) < strlen(best) ||
					    (strlen(e->name) == strlen(best) && strcmp(e->name, best) < 0)))
			best = e->name;
	}
	return best ? best : code;
}
