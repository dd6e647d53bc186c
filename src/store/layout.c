/*
 * layout.c - which import layout a header row is in, and which column
 * plays which role: long, wide, ALFRED real-time and all-vintages,
 * SDMX-CSV 1.0 (Eurostat) and 2.0 (ECB, IMF, OECD), UN Comtrade.
 *
 * Input: the header's field names. Output: a struct layout_map; reading
 * the records is the caller's (csvin), which asks the other importfmt.h
 * functions about each field.
 *
 * Invariants:
 *  1. The most specific layout wins: SDMX, Comtrade and ALFRED are tried
 *     before long and wide, each by columns only it has, so a wide file
 *     whose series happen to be called "value" is still wide.
 *  2. SDMX names compare exactly (they are codes), after dropping a
 *     ": label" suffix; long-layout and period names without ASCII case.
 *  3. Roles are found by name, never by position, except the period of a
 *     wide or ALFRED file, which is its first column.
 *  4. Each layout is tried on a map reset to "no column" (-1), so a failed
 *     try leaves no role behind.
 */
#include "store/importfmt.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#define KEY_MAX 64		/* bytes of a column name compared */

/* The name of column i, without an SDMX-CSV 2.0 ": label" suffix. */
static void key(const char *name, char out[static KEY_MAX])
{
	size_t n = strcspn(name, ":");

	str_copy(out, KEY_MAX, name, n);
}

/* Column named w exactly (cased: 1) or without ASCII case (0); -1 if none. */
static int find(const char *const *names, int ncols, const char *w, int cased)
{
	char k[KEY_MAX];

	for (int i = 0; i < ncols; i++) {
		key(names[i], k);
		if (cased ? strcmp(k, w) == 0 : strcasecmp(k, w) == 0)
			return i;
	}
	return -1;
}

/* The first of the names ws (NULL-terminated) that is a column. */
static int find_any(const char *const *names, int ncols, const char *const *ws, int cased)
{
	int c;

	for (; *ws; ws++)
		if ((c = find(names, ncols, *ws, cased)) >= 0)
			return c;
	return -1;
}

#define ANY(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* SDMX columns by role: Eurostat's lowercase dimensions (1.0) and the
 * SDMX global concepts of ECB, IMF and OECD (2.0) both. */
static void sdmx_roles(const char *const *names, int ncols, struct layout_map *m)
{
	int *c = m->col;

	c[ROLE_PERIOD] = find(names, ncols, "TIME_PERIOD", 1);
	c[ROLE_VALUE] = find(names, ncols, "OBS_VALUE", 1);
	c[ROLE_FLAG] = find_any(names, ncols, ANY("OBS_FLAG", "OBS_STATUS"), 1);
	c[ROLE_UNIT] = find_any(names, ncols, ANY("unit", "UNIT_MEASURE", "UNIT", "currency"), 1);
	c[ROLE_UNIT_MULT] = find(names, ncols, "UNIT_MULT", 1);
	c[ROLE_REPORTER] = find_any(names, ncols, ANY("reporter", "geo", "REF_AREA",
						      "COUNTRY", "REPORTER"), 1);
	c[ROLE_PARTNER] = find_any(names, ncols, ANY("partner", "COUNTERPART_AREA",
						     "COUNTERPART_COUNTRY", "PARTNER"), 1);
	c[ROLE_FLOW] = find_any(names, ncols, ANY("stk_flow", "flow", "TRADE_FLOW", "FLOW"), 1);
	c[ROLE_COMMODITY] = find_any(names, ncols, ANY("sitc06", "product", "hs", "cn",
						       "COMMODITY", "PRODUCT"), 1);
	c[ROLE_FREQ] = find_any(names, ncols, ANY("freq", "FREQ", "FREQUENCY"), 1);
	c[ROLE_ADJUSTMENT] = find_any(names, ncols, ANY("s_adj", "ADJUSTMENT"), 1);
	c[ROLE_PRICE] = find(names, ncols, "PRICE_BASE", 1);
	c[ROLE_TITLE] = find_any(names, ncols, ANY("TITLE", "TITLE_TS"), 1);
	c[ROLE_RELEASE] = find(names, ncols, "LAST UPDATE", 1);
}

/* SDMX-CSV 1.0 (DATAFLOW) or 2.0 (STRUCTURE, STRUCTURE_ID): 1 when it is one. */
static int sdmx(const char *const *names, int ncols, struct layout_map *m)
{
	int df = find(names, ncols, "DATAFLOW", 1), st = find(names, ncols, "STRUCTURE", 1);
	int sid = find(names, ncols, "STRUCTURE_ID", 1), act = find(names, ncols, "ACTION", 1);

	if (df < 0 && (st < 0 || sid < 0))
		return 0;
	sdmx_roles(names, ncols, m);
	if (m->col[ROLE_PERIOD] < 0 || m->col[ROLE_VALUE] < 0)
		return 0;
	m->layout = df >= 0 ? LAYOUT_SDMX1 : LAYOUT_SDMX2;
	m->col[ROLE_DATAFLOW] = df >= 0 ? df : sid;
	/* The key dimensions: after the leading columns, before the measure. */
	m->dim_first = 1 + (df >= 0 ? (m->col[ROLE_RELEASE] > df ? m->col[ROLE_RELEASE] : df)
				    : (act > sid ? act : sid));
	m->dim_end = m->col[ROLE_VALUE];
	if (m->dim_end < m->dim_first)
		m->dim_end = m->dim_first;
	return 1;
}

static int comtrade(const char *const *names, int ncols, struct layout_map *m)
{
	int *c = m->col;

	c[ROLE_VALUE] = find(names, ncols, "primaryValue", 1);
	c[ROLE_REPORTER] = find_any(names, ncols, ANY("reporterISO", "reporterCode"), 1);
	c[ROLE_PARTNER] = find_any(names, ncols, ANY("partnerISO", "partnerCode"), 1);
	c[ROLE_FLOW] = find(names, ncols, "flowCode", 1);
	c[ROLE_COMMODITY] = find(names, ncols, "cmdCode", 1);
	c[ROLE_PERIOD] = find_any(names, ncols, ANY("period", "refPeriodId"), 1);
	if (c[ROLE_VALUE] < 0 || c[ROLE_REPORTER] < 0 || c[ROLE_PARTNER] < 0 ||
	    c[ROLE_FLOW] < 0 || c[ROLE_COMMODITY] < 0 || c[ROLE_PERIOD] < 0)
		return 0;
	c[ROLE_FREQ] = find(names, ncols, "freqCode", 1);
	c[ROLE_TITLE] = find(names, ncols, "cmdDesc", 1);
	m->layout = LAYOUT_COMTRADE;
	return 1;
}

int layout_alfred_column(const char *name, char *series, size_t cap,
			 char date[static NOTATION_MAX])
{
	size_t n = strlen(name);
	char why[FMT_WHY];

	if (n < 10 || name[n - 9] != '_' || cap < n - 8 ||
	    notation_release(name + n - 8, 8, date, why) < 0)
		return -1;
	str_copy(series, cap, name, n - 9);
	return 0;
}

/* ALFRED all-vintages: observation_date, then SERIES_YYYYMMDD only. */
static int alfred_all(const char *const *names, int ncols, struct layout_map *m)
{
	char series[KEY_MAX], date[NOTATION_MAX];

	if (ncols < 2 || strcasecmp(names[0], "observation_date") != 0)
		return 0;
	for (int i = 1; i < ncols; i++)
		if (layout_alfred_column(names[i], series, sizeof(series), date) < 0)
			return 0;
	m->layout = LAYOUT_ALFRED_ALL;
	m->col[ROLE_PERIOD] = 0;
	return 1;
}

static int alfred_rt(const char *const *names, int ncols, struct layout_map *m)
{
	int *c = m->col;

	c[ROLE_RELEASE] = find(names, ncols, "realtime_start", 0);
	c[ROLE_RELEASE_END] = find(names, ncols, "realtime_end", 0);
	c[ROLE_PERIOD] = find(names, ncols, "date", 0);
	c[ROLE_VALUE] = find(names, ncols, "value", 0);
	if (c[ROLE_RELEASE] < 0 || c[ROLE_RELEASE_END] < 0 || c[ROLE_PERIOD] < 0 ||
	    c[ROLE_VALUE] < 0)
		return 0;
	c[ROLE_SERIES] = find_any(names, ncols, ANY("series_id", "series"), 0);
	m->layout = LAYOUT_ALFRED_RT;
	return 1;
}

static int long_layout(const char *const *names, int ncols, struct layout_map *m)
{
	static const struct { enum role r; const char *name; } cols[] = {
		{ ROLE_SERIES, "series" }, { ROLE_PERIOD, "period" }, { ROLE_VALUE, "value" },
		{ ROLE_UNIT, "unit" }, { ROLE_TITLE, "title" }, { ROLE_REPORTER, "reporter" },
		{ ROLE_PARTNER, "partner" }, { ROLE_FLOW, "flow" },
		{ ROLE_COMMODITY, "commodity" }, { ROLE_FREQ, "freq" },
		{ ROLE_ADJUSTMENT, "adjustment" }, { ROLE_PRICE, "price" },
	};

	if (find(names, ncols, "series", 0) < 0 || find(names, ncols, "period", 0) < 0 ||
	    find(names, ncols, "value", 0) < 0)
		return 0;
	for (size_t i = 0; i < ARRAY_SIZE(cols); i++)
		m->col[cols[i].r] = find(names, ncols, cols[i].name, 0);
	m->layout = LAYOUT_LONG;
	return 1;
}

/* Names of a wide file's first column: the period (any ASCII case). The
 * words of spreadsheets in de, fr, es are here because Excel users name
 * the column in their language ("Monat;Importe aus China"). */
static const char *const period_names[] = {
	"period", "date", "observation_date", "year", "time", "month", "quarter",
	"Monat", "Datum", "Jahr", "Quartal", "Zeitraum", "Periode",
	"mois", "année", "annee", "trimestre", "période",
	"fecha", "año", "mes", "periodo",
	NULL
};

static int wide(const char *const *names, int ncols, struct layout_map *m)
{
	char k[KEY_MAX];

	if (ncols < 2)
		return 0;
	key(names[0], k);
	for (const char *const *w = period_names; *w; w++)
		if (strcasecmp(k, *w) == 0) {
			m->layout = LAYOUT_WIDE;
			m->col[ROLE_PERIOD] = 0;
			return 1;
		}
	return 0;
}

int layout_detect(const char *const *names, int ncols, struct layout_map *m,
		  char why[static FMT_WHY])
{
	/* Most specific first (invariant 1). */
	static int (*const tries[])(const char *const *, int, struct layout_map *) = {
		sdmx, comtrade, alfred_rt, alfred_all, long_layout, wide,
	};

	for (size_t t = 0; t <= ARRAY_SIZE(tries); t++) {
		m->layout = LAYOUT_UNKNOWN;
		m->ncols = ncols;
		m->dim_first = m->dim_end = 0;
		for (int r = 0; r < ROLE_COUNT; r++)
			m->col[r] = -1;
		if (t < ARRAY_SIZE(tries) && tries[t](names, ncols, m))
			return 0;
	}
	snprintf(why, FMT_WHY, "header is in no known layout: long (series,period,value), "
		 "wide (first column period, date or year), SDMX-CSV, Comtrade or ALFRED");
	return -1;
}

const char *layout_name(enum layout l)
{
	static const char *const names[] = {
		[LAYOUT_UNKNOWN] = "unknown", [LAYOUT_LONG] = "long", [LAYOUT_WIDE] = "wide",
		[LAYOUT_ALFRED_RT] = "ALFRED real-time",
		[LAYOUT_ALFRED_ALL] = "ALFRED all-vintages",
		[LAYOUT_SDMX1] = "SDMX-CSV 1.0", [LAYOUT_SDMX2] = "SDMX-CSV 2.0",
		[LAYOUT_COMTRADE] = "UN Comtrade",
	};

	return (unsigned)l < ARRAY_SIZE(names) ? names[l] : "unknown";
}

size_t layout_sdmx_value(const char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++)
		if (s[i] == ':' && s[i + 1] == ' ')
			return i;
	return n;
}

int layout_sdmx_code(const struct layout_map *m, const char *const *fields, int nf,
		     struct buf *out, char why[static FMT_WHY])
{
	int df = m->col[ROLE_DATAFLOW];
	const char *id, *end;

	buf_reset(out);
	buf_add(out, "", 0);
	if (df < 0 || df >= nf || !*fields[df])
		return snprintf(why, FMT_WHY, "no dataflow"), -1;
	/* AGENCY:ID(VERSION) -> ID */
	id = strchr(fields[df], ':');
	id = id ? id + 1 : fields[df];
	end = id + strcspn(id, "(");
	if (end == id)
		return snprintf(why, FMT_WHY, "bad dataflow '%.40s'", fields[df]), -1;
	buf_add(out, id, (size_t)(end - id));
	for (int i = m->dim_first; i < m->dim_end; i++) {
		size_t n;

		if (i == m->col[ROLE_PERIOD])
			continue;
		if (i >= nf || !(n = layout_sdmx_value(fields[i], strlen(fields[i])))) {
			buf_reset(out);
			return snprintf(why, FMT_WHY, "empty key dimension in column %d", i + 1), -1;
		}
		buf_addc(out, '.');
		buf_add(out, fields[i], n);
	}
	return 0;
}

void layout_comtrade_code(const char *reporter, const struct flowcode *f,
			  const char *partner, const char *cmd, struct buf *out)
{
	int imp = strcmp(f->flow, "import") == 0;

	buf_reset(out);
	buf_addf(out, "%s.%s%s.%s.%s", reporter, f->re ? "RE" : "", imp ? "IMP" : "EXP",
		 partner, cmd);
}

void layout_comtrade_title(const char *reporter, const struct flowcode *f, const char *partner,
			   const char *cmd, const char *desc, struct buf *out)
{
	int imp = strcmp(f->flow, "import") == 0;

	buf_reset(out);
	buf_addf(out, "%s %s%s %s %s, ", country_title_name(reporter), f->re ? "re-" : "",
		 imp ? "imports" : "exports", imp ? "from" : "to", country_title_name(partner));
	if (strcasecmp(cmd, "TOTAL") == 0)
		buf_addf(out, "all commodities");
	else if (desc && *desc)
		buf_addf(out, "%c%s", desc[1] >= 'a' && desc[1] <= 'z' && desc[0] >= 'A' &&
			 desc[0] <= 'Z' ? desc[0] - 'A' + 'a' : desc[0], desc + 1);
	else
		buf_addf(out, "commodity %s", cmd);
}
