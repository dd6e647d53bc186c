/*
 * codelist.c - the code lists of statistical agencies that say what a
 * number is: SDMX unit codes (Eurostat's MIO_EUR, PCH_SM, CLV15_MEUR; the
 * ECB's and IMF's EUR, XDC with UNIT_MULT), observation flags (Eurostat's
 * letters, SDMX OBS_STATUS), and UN Comtrade's flow codes.
 *
 * Input: one field. Output: a stored unit with its scale and the kind of
 * figure, a flag text to keep, or a flow.
 *
 * Invariants:
 *  1. A scale comes from the code's prefix (THS_ MIO_ BN_ BIO_, the M of
 *     CP_MEUR) or from UNIT_MULT, never both: the caller applies one scale.
 *  2. A currency is an ISO 4217 code (the lexicon's CLS_ISO4217, as written)
 *     or NAC/XDC, "national
 *     currency"; an unknown code is refused, never taken as a currency
 *     because it has three letters (THS_PER is thousands of persons).
 *  3. Flag letters are case-sensitive: Eurostat's are lowercase, SDMX
 *     OBS_STATUS codes uppercase, and 'p' is not 'P'.
 */
#include "store/importfmt.h"
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

static int is_currency(const char *s, size_t n)
{
	uint64_t cls;

	return n == 3 && lexicon_word(s, n, &cls) && (cls & CLS_ISO4217);
}

static int eq(const char *s, size_t n, const char *w)
{
	return strlen(w) == n && memcmp(s, w, n) == 0;
}

/* Units whose whole code is fixed (percentages, indices, quantities). */
static const struct fixed {
	const char *code, *unit, *what;
	double scale;
	enum unit_change change;
} fixed[] = {
	{ "PC", "%", "percent", 1, CHANGE_NONE },
	{ "PCT", "%", "percent", 1, CHANGE_NONE },
	{ "PT", "%", "percent", 1, CHANGE_NONE },
	{ "PC_GDP", "%", "percent of GDP", 1, CHANGE_NONE },
	{ "PC_TOT", "%", "percent of total", 1, CHANGE_NONE },
	{ "PCPA", "%", "percent per annum", 1, CHANGE_NONE },
	{ "PCH_PRE", "%", "percentage change on the previous period", 1, CHANGE_PREV },
	{ "PCCH", "%", "percentage change on the previous period", 1, CHANGE_PREV },
	{ "PCH_SM", "%", "percentage change on the same period a year earlier", 1,
	  CHANGE_YEAR },
	{ "NR", "number", "number", 1, CHANGE_NONE },
	{ "PURE_NUMB", "number", "number", 1, CHANGE_NONE },
	{ "PER", "persons", "persons", 1, CHANGE_NONE },
	{ "THS_PER", "persons", "thousand persons", 1e3, CHANGE_NONE },
	{ "T", "t", "tonnes", 1, CHANGE_NONE },
	{ "THS_T", "t", "thousand tonnes", 1e3, CHANGE_NONE },
	{ "MIO_T", "t", "million tonnes", 1e6, CHANGE_NONE },
	{ "KG", "kg", "kilograms", 1, CHANGE_NONE },
	{ "HUN_KG", "kg", "hundreds of kilograms", 1e2, CHANGE_NONE },
	{ "NAC", "NAC", "national currency", 1, CHANGE_NONE },
	{ "XDC", "NAC", "national currency", 1, CHANGE_NONE },
};

/* THS_ MIO_ BN_ BIO_ before a currency: the multiplier and its word. */
static const struct prefix {
	const char *p;
	double scale;
	const char *what;
} prefixes[] = {
	{ "THS_", 1e3, "thousand" }, { "MIO_", 1e6, "million" },
	{ "BN_", 1e9, "billion" }, { "BIO_", 1e9, "billion" },
};

/* The currency part "EUR", "NAC" of a code, with its scale. */
static int currency(const char *s, size_t n, struct unitcode *u)
{
	if (eq(s, n, "NAC") || eq(s, n, "XDC"))
		memcpy(u->unit, "NAC", 4);
	else if (is_currency(s, n))
		memcpy(u->unit, s, 3), u->unit[3] = 0;
	else
		return -1;
	return 0;
}

int codelist_unit(const char *s, size_t n, struct unitcode *u, char why[static FMT_WHY])
{
	struct unitcode r = { "", 1, CHANGE_NONE, NULL, NULL };
	int q = (int)(n > 40 ? 40 : n);

	for (size_t i = 0; i < ARRAY_SIZE(fixed); i++)
		if (eq(s, n, fixed[i].code)) {
			snprintf(r.unit, sizeof(r.unit), "%s", fixed[i].unit);
			r.scale = fixed[i].scale, r.change = fixed[i].change;
			r.what = fixed[i].what;
			*u = r;
			return 0;
		}
	/* I15, I21: an index with that base year. */
	if (n == 3 && s[0] == 'I' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9') {
		memcpy(r.unit, "index", 6);
		r.what = "index";
		*u = r;
		return 0;
	}
	if (currency(s, n, &r) == 0) {
		r.what = "currency units";
		*u = r;
		return 0;
	}
	for (size_t i = 0; i < ARRAY_SIZE(prefixes); i++) {
		size_t k = strlen(prefixes[i].p);

		if (n > k && memcmp(s, prefixes[i].p, k) == 0 && currency(s + k, n - k, &r) == 0) {
			r.scale = prefixes[i].scale, r.what = prefixes[i].what;
			*u = r;
			return 0;
		}
	}
	/* CP_MEUR (current prices), CLV10_MEUR / CLV15_MNAC (chain-linked
	 * volumes): the M is millions. */
	if (n > 4 && memcmp(s, "CP_M", 4) == 0 && currency(s + 4, n - 4, &r) == 0) {
		r.scale = 1e6, r.price = "nominal", r.what = "million, current prices";
		*u = r;
		return 0;
	}
	if (n > 8 && memcmp(s, "CLV", 3) == 0 && s[3] >= '0' && s[3] <= '9' &&
	    s[4] >= '0' && s[4] <= '9' && s[5] == '_' && s[6] == 'M' &&
	    currency(s + 7, n - 7, &r) == 0) {
		r.scale = 1e6, r.price = "real", r.what = "million, chain-linked volumes";
		*u = r;
		return 0;
	}
	snprintf(why, FMT_WHY, "unknown unit code '%.*s' (known: MIO_EUR, THS_USD, BN_USD, "
		 "EUR, NAC, PC, PCH_PRE, PCH_SM, I15, T...)", q, s);
	return -1;
}

int codelist_unit_mult(const char *s, size_t n, double *scale, char why[static FMT_WHY])
{
	int neg = 0, v = 0;
	size_t i = 0;

	if (n && s[0] == '-')
		neg = 1, i = 1;
	if (i == n || n - i > 2)
		goto bad;
	for (; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			goto bad;
		v = v * 10 + (s[i] - '0');
	}
	if (v > 12)
		goto bad;
	*scale = 1;
	for (int k = 0; k < v; k++)
		*scale = neg ? *scale / 10 : *scale * 10;
	return 0;
bad:
	snprintf(why, FMT_WHY, "bad UNIT_MULT '%.*s' (a power of ten, 0 to 12)",
		 (int)(n > 20 ? 20 : n), s);
	return -1;
}

const char *codelist_change_measure(enum unit_change c, char freq)
{
	switch (c) {
	case CHANGE_NONE:
		return "level";
	case CHANGE_YEAR:
		return "change_yoy";
	case CHANGE_PREV:
		return freq == 'M' ? "change_mom" : freq == 'Q' ? "change_qoq"
		       : freq == 'A' ? "change_yoy" : NULL;
	}
	return NULL;
}

/* Eurostat's flag letters (lowercase), then SDMX OBS_STATUS (uppercase). */
static const char *const eurostat_flags[26] = {
	['b' - 'a'] = "break in series", ['c' - 'a'] = "confidential",
	['d' - 'a'] = "definition differs", ['e' - 'a'] = "estimated",
	['f' - 'a'] = "forecast", ['n' - 'a'] = "not significant",
	['p' - 'a'] = "provisional", ['r' - 'a'] = "revised",
	['s' - 'a'] = "Eurostat estimate", ['u' - 'a'] = "low reliability",
	['z' - 'a'] = "not applicable",
};

static const char *const obs_status[26] = {
	['A' - 'A'] = "", ['B' - 'A'] = "break in series", ['D' - 'A'] = "definition differs",
	['E' - 'A'] = "estimated", ['F' - 'A'] = "forecast", ['G' - 'A'] = "experimental",
	['I' - 'A'] = "imputed", ['L' - 'A'] = "missing, not collected",
	['M' - 'A'] = "missing, cannot exist", ['N' - 'A'] = "not significant",
	['O' - 'A'] = "missing", ['P' - 'A'] = "provisional", ['S' - 'A'] = "strike",
	['U' - 'A'] = "low reliability", ['V' - 'A'] = "unvalidated",
};

int codelist_flag(const char *s, size_t n, struct buf *out, char why[static FMT_WHY])
{
	while (n && s[0] == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	buf_reset(out);
	buf_add(out, "", 0);
	if (n == 1 && s[0] >= 'A' && s[0] <= 'Z' && obs_status[s[0] - 'A']) {
		buf_adds(out, obs_status[s[0] - 'A']);
		return 0;
	}
	for (size_t i = 0; i < n; i++) {
		char c = s[i];

		if (c < 'a' || c > 'z' || !eurostat_flags[c - 'a']) {
			buf_reset(out);
			snprintf(why, FMT_WHY, "unknown observation flag '%c' in '%.*s' "
				 "(b c d e f n p r s u z, or one SDMX OBS_STATUS letter)",
				 c, (int)(n > 20 ? 20 : n), s);
			return -1;
		}
		if (memchr(s, c, i))
			continue;	/* "pp": once is enough */
		if (out->len)
			buf_adds(out, ", ");
		buf_adds(out, eurostat_flags[c - 'a']);
	}
	return 0;
}

int codelist_flow(const char *s, size_t n, struct flowcode *f, char why[static FMT_WHY])
{
	static const struct {
		const char *code, *desc, *flow;
		int re;
	} flows[] = {
		{ "M", "Import", "import", 0 }, { "X", "Export", "export", 0 },
		{ "RM", "Re-import", "import", 1 }, { "RX", "Re-export", "export", 1 },
		/* Eurostat's stk_flow */
		{ "IMP", "Imports", "import", 0 }, { "EXP", "Exports", "export", 0 },
	};

	for (size_t i = 0; i < ARRAY_SIZE(flows); i++)
		if (eq(s, n, flows[i].code) ||
		    (strlen(flows[i].desc) == n && strncasecmp(s, flows[i].desc, n) == 0)) {
			f->flow = flows[i].flow;
			f->re = flows[i].re;
			return 0;
		}
	snprintf(why, FMT_WHY, "unknown flow '%.*s' (M, X, RM, RX, IMP or EXP)", (int)(n > 20 ? 20 : n), s);
	return -1;
}

int codelist_adjustment(const char *s, size_t n, const char **out, char why[static FMT_WHY])
{
	static const struct { const char *code, *adj; } adj[] = {
		{ "SA", "sa" }, { "SCA", "sa" }, { "S", "sa" }, { "Y", "sa" },
		{ "NSA", "nsa" }, { "CA", "nsa" }, { "N", "nsa" }, { "C", "nsa" }, { "W", "nsa" },
	};

	for (size_t i = 0; i < ARRAY_SIZE(adj); i++)
		if (eq(s, n, adj[i].code)) {
			*out = adj[i].adj;
			return 0;
		}
	snprintf(why, FMT_WHY, "adjustment '%.*s' is neither seasonally adjusted (SA, SCA, S, Y) "
		 "nor unadjusted (NSA, CA, N, C, W)", (int)(n > 20 ? 20 : n), s);
	return -1;
}

int codelist_price(const char *s, size_t n, const char **out, char why[static FMT_WHY])
{
	if (eq(s, n, "V"))
		*out = "nominal";
	else if (eq(s, n, "LR") || eq(s, n, "Q"))
		*out = "real";
	else if (eq(s, n, "_Z") || n == 0)
		*out = NULL;
	else
		return snprintf(why, FMT_WHY, "unknown price base '%.*s' (V, LR, Q or _Z)",
				(int)(n > 20 ? 20 : n), s), -1;
	return 0;
}
