/*
 * test_layout.c - the layout of every fixture in tests/data/ from its
 * header, and each fixture's fields read the way the layout code will
 * read them: encoding and separator sniffed, periods, numbers, units,
 * countries and flows through importfmt.h (layout.c with the others).
 *
 * The fixtures are read with a small splitter of this test's own (quotes,
 * no embedded newlines: enough for these files); csvin uses libcsv.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "store/importfmt.h"

#define MAXF 64
#define MAXR 32

struct table {
	char delim;
	enum text_enc enc;
	int nrows;		/* header included */
	int nf[MAXR];
	char *f[MAXR][MAXF];	/* owned */
};

static void split(struct table *t, char *line)
{
	int r = t->nrows++, n = 0;
	char *out = line;

	assert_true(r < MAXR);
	t->f[r][n++] = out;
	for (char *p = line; *p; p++) {
		if (*p == '"') {
			while (*++p && *p != '"')
				*out++ = *p;
			continue;
		}
		if (*p == t->delim) {
			*out++ = 0;
			assert_true(n < MAXF);
			t->f[r][n++] = out;
			continue;
		}
		*out++ = *p;
	}
	*out = 0;
	t->nf[r] = n;
}

/* Reads path as the layout code will: sniffed, UTF-16 converted, BOM and
 * CR dropped, split by the sniffed separator. */
static void load(const char *path, struct table *t)
{
	struct buf raw = BUF_INIT, text = BUF_INIT;
	size_t bom, bad;
	char *p, *nl;

	memset(t, 0, sizeof(*t));
	assert_int_equal(file_read(path, &raw, 0), 0);
	t->enc = sniff_encoding((unsigned char *)raw.s, raw.len, &bom);
	if (t->enc == ENC_UTF16LE || t->enc == ENC_UTF16BE) {
		size_t used = sniff_utf16_to_utf8((unsigned char *)raw.s + bom, raw.len - bom,
						  t->enc == ENC_UTF16LE, &text, &bad);
		assert_int_equal(used, raw.len - bom);
		assert_int_equal(bad, (size_t)-1);
	} else {
		buf_add(&text, raw.s + bom, raw.len - bom);
	}
	buf_release(&raw);
	t->delim = sniff_delimiter(text.s, text.len);
	p = buf_detach(&text, NULL);
	t->f[MAXR - 1][MAXF - 1] = p;	/* the block every field points into */
	for (char *line = p; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		assert_non_null(nl);
		*nl = 0;
		if (nl > line && nl[-1] == '\r')
			nl[-1] = 0;
		split(t, line);
	}
}

static void unload(struct table *t)
{
	free(t->f[MAXR - 1][MAXF - 1]);
}

static struct layout_map detect(struct table *t)
{
	struct layout_map m;
	char why[FMT_WHY];

	if (layout_detect((const char *const *)t->f[0], t->nf[0], &m, why) != 0)
		fail_msg("%s", why);
	return m;
}

static const char *cell(struct table *t, int row, int col)
{
	assert_true(col >= 0 && col < t->nf[row]);
	return t->f[row][col];
}

static double number(const char *s, struct numfmt f)
{
	char why[FMT_WHY];
	double v;

	if (num_parse(s, strlen(s), &f, &v, why) != 0)
		fail_msg("%s", why);
	return v;
}

static void test_layout_alfred_all_vintages_fixture(void **state)
{
	struct table t;
	struct layout_map m;
	char series[16], date[NOTATION_MAX], out[NOTATION_MAX];

	(void)state;
	load("tests/data/alfred_impch_all_vintages.csv", &t);
	m = detect(&t);
	assert_int_equal(m.layout, LAYOUT_ALFRED_ALL);
	assert_int_equal(m.col[ROLE_PERIOD], 0);
	assert_int_equal(t.nf[0], 4);
	assert_int_equal(layout_alfred_column(t.f[0][1], series, sizeof(series), date), 0);
	assert_string_equal(series, "IMPCH");
	assert_string_equal(date, "2017-03-03");
	assert_int_equal(layout_alfred_column(t.f[0][3], series, sizeof(series), date), 0);
	assert_string_equal(date, "2026-02-28");
	/* 2017-01 was not yet published in the vintage of 2017-03-03 */
	assert_string_equal(cell(&t, 7, 0), "2017-01-01");
	assert_string_equal(cell(&t, 7, 1), ".");
	assert_true(number(cell(&t, 1, 1), (struct numfmt){ '.', 0 }) == 24109.2);
	assert_int_equal(notation_period(cell(&t, 1, 0), 10, 0, out), 'D');
	unload(&t);
}

static void test_layout_fred_quarterly_fixture_is_quarters(void **state)
{
	struct table t;
	const char *dates[MAXR];
	char out[NOTATION_MAX], why[FMT_WHY];
	int n = 0;

	(void)state;
	load("tests/data/fred_impch_quarterly_sum.csv", &t);
	assert_int_equal(detect(&t).layout, LAYOUT_WIDE);
	for (int r = 1; r < t.nrows; r++)
		dates[n++] = cell(&t, r, 0);
	assert_int_equal(notation_freq_of_dates(dates, (size_t)n), 'Q');
	assert_int_equal(notation_restate(dates[1], 'Q', out, why), 0);
	assert_string_equal(out, "2023-Q2");
	unload(&t);

	load("tests/data/fred_impch_annual_sum.csv", &t);
	n = 0;
	for (int r = 1; r < t.nrows; r++)
		dates[n++] = cell(&t, r, 0);
	assert_int_equal(notation_freq_of_dates(dates, (size_t)n), 'A');
	unload(&t);
}

static void test_layout_period_notation_fixtures(void **state)
{
	static const struct { const char *file; unsigned flags; char freq; const char *first; } f[] = {
		{ "tests/data/year_column_impch.csv", 0, 'A', "2021" },
		{ "tests/data/period_1985q1_impch.csv", 0, 'Q', "1985-Q1" },
		{ "tests/data/period_2023_m09_impch.csv", 0, 'M', "2023-07" },
		{ "tests/data/period_yyyymm_impch.csv", NOTATION_YYYYMM, 'M', "2023-07" },
		{ "tests/data/period_yyyymmdd_impch.csv", 0, 'D', "2023-07-01" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++) {
		struct table t;
		char out[NOTATION_MAX];

		load(f[i].file, &t);
		assert_int_equal(detect(&t).layout, LAYOUT_WIDE);
		for (int r = 1; r < t.nrows; r++) {
			const char *p = cell(&t, r, 0);

			if (f[i].flags)
				assert_true(notation_is_yyyymm(p, strlen(p)));
			assert_int_equal(notation_period(p, strlen(p), f[i].flags, out), f[i].freq);
			if (r == 1)
				assert_string_equal(out, f[i].first);
		}
		unload(&t);
	}
}

static void test_layout_excel_german_and_unicode_text_fixtures(void **state)
{
	static const char *const files[] = {
		"tests/data/excel_de_impch_2023.csv", "tests/data/excel_unicode_text_impch_2023.txt",
	};

	(void)state;
	for (size_t i = 0; i < 2; i++) {
		struct table t;
		struct layout_map m;
		char iso[MAXR][NOTATION_MAX];
		const char *dates[MAXR];
		int n = 0;

		load(files[i], &t);
		assert_int_equal(t.enc, i == 0 ? ENC_UTF8_BOM : ENC_UTF16LE);
		assert_int_equal(t.delim, i == 0 ? ';' : '\t');
		m = detect(&t);
		assert_int_equal(m.layout, LAYOUT_WIDE);
		assert_string_equal(t.f[0][0], "Monat");
		assert_string_equal(t.f[0][1], "Importe aus China (Mio. USD)");
		assert_true(number(cell(&t, 1, 1), (struct numfmt){ ',', 0 }) == 38166.1);
		for (int r = 1; r < t.nrows; r++, n++) {
			assert_int_equal(notation_period(cell(&t, r, 0), 10, 0, iso[n]), 'D');
			dates[n] = iso[n];
		}
		/* day-first dates on the 1st of each month: monthly */
		assert_int_equal(n, 12);
		assert_string_equal(iso[1], "2023-02-01");
		assert_int_equal(notation_freq_of_dates(dates, (size_t)n), 'M');
		unload(&t);
	}
}

static void test_layout_thousands_fixture_needs_the_option(void **state)
{
	struct table t;
	char why[FMT_WHY];
	double v;
	const char *s;

	(void)state;
	load("tests/data/thousands_comma_impch_2023.csv", &t);
	assert_int_equal(t.delim, ',');
	s = cell(&t, 1, 1);
	assert_string_equal(s, "38,166.1");
	assert_int_equal(num_parse(s, strlen(s), &(struct numfmt){ '.', 0 }, &v, why), -1);
	assert_string_equal(why, "'38,166.1' has a thousands separator: give --thousands ,");
	assert_true(number(s, (struct numfmt){ '.', ',' }) == 38166.1);
	unload(&t);
}

static void test_layout_sdmx1_eurostat_fixtures(void **state)
{
	struct table t;
	struct layout_map m;
	struct unitcode u;
	struct buf flag = BUF_INIT;
	char why[FMT_WHY], out[NOTATION_MAX], cc[COUNTRY_MAX];

	(void)state;
	load("tests/data/sdmx1_eurostat_ext_st_eu27_2020sitc.csv", &t);
	m = detect(&t);
	assert_int_equal(m.layout, LAYOUT_SDMX1);
	assert_string_equal(t.f[0][m.col[ROLE_REPORTER]], "geo");
	assert_string_equal(t.f[0][m.col[ROLE_PARTNER]], "partner");
	assert_string_equal(t.f[0][m.col[ROLE_FLOW]], "stk_flow");
	assert_string_equal(t.f[0][m.col[ROLE_COMMODITY]], "sitc06");
	assert_string_equal(t.f[0][m.col[ROLE_FLAG]], "OBS_FLAG");
	assert_string_equal(t.f[0][m.col[ROLE_RELEASE]], "LAST UPDATE");
	assert_int_equal(m.col[ROLE_UNIT], -1);
	/* the key: freq,indic_et,stk_flow,sitc06,partner,geo */
	assert_string_equal(t.f[0][m.dim_first], "freq");
	assert_string_equal(t.f[0][m.dim_end - 1], "TIME_PERIOD");
	assert_int_equal(m.col[ROLE_PERIOD], m.dim_end - 1);
	assert_int_equal(notation_release(cell(&t, 1, 1), strlen(cell(&t, 1, 1)), out, why), 0);
	assert_string_equal(out, "2026-09-15");
	assert_int_equal(country_from_code(cell(&t, 1, m.col[ROLE_REPORTER]), 9, cc), 0);
	assert_string_equal(cc, "EU");
	assert_int_equal(codelist_flag(cell(&t, 8, m.col[ROLE_FLAG]), 2, &flag, why), 0);
	assert_string_equal(flag.s, "estimated, provisional");
	unload(&t);

	load("tests/data/sdmx1_eurostat_namq_10_gdp.csv", &t);
	m = detect(&t);
	assert_int_equal(m.layout, LAYOUT_SDMX1);
	assert_string_equal(t.f[0][m.col[ROLE_ADJUSTMENT]], "s_adj");
	{
		const char *adj;

		assert_int_equal(codelist_adjustment(cell(&t, 1, m.col[ROLE_ADJUSTMENT]), 3, &adj,
						     why), 0);
		assert_string_equal(adj, "sa");
	}
	assert_int_equal(codelist_unit(cell(&t, 1, m.col[ROLE_UNIT]), 10, &u, why), 0);
	assert_string_equal(u.unit, "EUR");
	assert_true(u.scale == 1e6);
	assert_string_equal(u.price, "real");
	assert_int_equal(codelist_unit(cell(&t, 5, m.col[ROLE_UNIT]), 6, &u, why), 0);
	assert_int_equal(u.change, CHANGE_YEAR);
	assert_int_equal(notation_period(cell(&t, 1, m.col[ROLE_PERIOD]), 7, 0, out), 'Q');
	buf_release(&flag);
	unload(&t);
}

static void test_layout_sdmx2_fixture(void **state)
{
	struct table t;
	struct layout_map m;
	struct unitcode u;
	double scale;
	char why[FMT_WHY], cc[COUNTRY_MAX];

	(void)state;
	load("tests/data/sdmx2_imf_dots_cn_imports_from_ru.csv", &t);
	m = detect(&t);
	assert_int_equal(m.layout, LAYOUT_SDMX2);
	assert_string_equal(t.f[0][m.col[ROLE_DATAFLOW]], "STRUCTURE_ID");
	assert_string_equal(t.f[0][m.dim_first], "FREQ");
	assert_string_equal(t.f[0][m.col[ROLE_REPORTER]], "REF_AREA");
	assert_string_equal(t.f[0][m.col[ROLE_PARTNER]], "COUNTERPART_AREA");
	assert_string_equal(t.f[0][m.col[ROLE_UNIT]], "UNIT_MEASURE");
	assert_string_equal(t.f[0][m.col[ROLE_FLAG]], "OBS_STATUS");
	assert_int_equal(m.col[ROLE_RELEASE], -1);
	assert_int_equal(country_resolve(cell(&t, 1, m.col[ROLE_PARTNER]), 2, cc), 0);
	assert_string_equal(cc, "RU");
	assert_int_equal(codelist_unit(cell(&t, 1, m.col[ROLE_UNIT]), 3, &u, why), 0);
	assert_string_equal(u.unit, "USD");
	assert_int_equal(codelist_unit_mult(cell(&t, 1, m.col[ROLE_UNIT_MULT]), 1, &scale, why), 0);
	assert_true(number(cell(&t, 4, m.col[ROLE_VALUE]), (struct numfmt){ '.', 0 }) * scale ==
		    11500000000.0);
	unload(&t);
}

static void test_layout_comtrade_fixtures(void **state)
{
	struct table t;
	struct layout_map m;
	struct flowcode fl;
	char why[FMT_WHY], out[NOTATION_MAX], cc[COUNTRY_MAX];
	const char *p;

	(void)state;
	load("tests/data/comtrade_cn_imports_from_ru_monthly.csv", &t);
	assert_int_equal(t.nf[0], 47);
	m = detect(&t);
	assert_int_equal(m.layout, LAYOUT_COMTRADE);
	assert_string_equal(t.f[0][m.col[ROLE_PERIOD]], "period");
	assert_string_equal(t.f[0][m.col[ROLE_REPORTER]], "reporterISO");
	assert_string_equal(t.f[0][m.col[ROLE_FREQ]], "freqCode");
	assert_int_equal(country_from_code(cell(&t, 1, m.col[ROLE_REPORTER]), 3, cc), 0);
	assert_string_equal(cc, "CN");
	assert_int_equal(country_from_code(cell(&t, 1, m.col[ROLE_PARTNER]), 3, cc), 0);
	assert_string_equal(cc, "RU");
	assert_int_equal(codelist_flow(cell(&t, 1, m.col[ROLE_FLOW]), 1, &fl, why), 0);
	assert_string_equal(fl.flow, "import");
	p = cell(&t, 1, m.col[ROLE_PERIOD]);
	assert_int_equal(notation_period(p, strlen(p), NOTATION_YYYYMM, out), 'M');
	assert_string_equal(out, "2022-07");
	assert_true(number(cell(&t, 4, m.col[ROLE_VALUE]), (struct numfmt){ '.', 0 }) ==
		    11500000000.0);
	unload(&t);

	load("tests/data/comtrade_us_imports_from_cn_annual.csv", &t);
	m = detect(&t);
	assert_int_equal(m.layout, LAYOUT_COMTRADE);
	/* reporterISO is USA; the M49 reporterCode 842 says the same */
	assert_int_equal(country_from_code(cell(&t, 1, m.col[ROLE_REPORTER]), 3, cc), 0);
	assert_string_equal(cc, "US");
	assert_int_equal(country_from_code(cell(&t, 1, 6), 3, cc), 0);
	assert_string_equal(cc, "US");
	assert_int_equal(notation_period(cell(&t, 1, m.col[ROLE_PERIOD]), 4, 0, out), 'A');
	assert_string_equal(out, "2022");
	unload(&t);
}

static struct layout_map of(const char *const *names, int n)
{
	struct layout_map m;
	char why[FMT_WHY];

	if (layout_detect(names, n, &m, why) != 0)
		m.layout = LAYOUT_UNKNOWN;
	return m;
}

static void test_layout_long_wide_alfred_rt_and_labels(void **state)
{
	const char *longh[] = { "series", "period", "value", "unit", "reporter", "Price" };
	const char *rt[] = { "realtime_start", "realtime_end", "date", "value" };
	const char *wide_date[] = { "DATE", "IMPCH" };
	const char *fred[] = { "observation_date", "IMPCH" };	/* no suffix: plain wide */
	const char *mixed[] = { "observation_date", "IMPCH_20170303", "EXPCH" };
	const char *value_series[] = { "date", "value" };	/* a series named value */
	const char *labels[] = { "STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ:Frequency",
				 "REF_AREA:Reference area", "TIME_PERIOD:Time period or range",
				 "OBS_VALUE:Observation Value", "UNIT_MULT:Unit Multiplier",
				 "PRICE_BASE:Price base" };
	const char *none[] = { "Country", "Date", "Exchange rate" };
	const char *no_time[] = { "DATAFLOW", "LAST UPDATE", "geo", "OBS_VALUE" };
	struct layout_map m;
	char why[FMT_WHY];

	(void)state;
	m = of(longh, 6);
	assert_int_equal(m.layout, LAYOUT_LONG);
	assert_int_equal(m.col[ROLE_REPORTER], 4);
	assert_int_equal(m.col[ROLE_PRICE], 5);
	assert_int_equal(m.col[ROLE_FLOW], -1);
	m = of(rt, 4);
	assert_int_equal(m.layout, LAYOUT_ALFRED_RT);
	assert_int_equal(m.col[ROLE_RELEASE], 0);
	assert_int_equal(m.col[ROLE_RELEASE_END], 1);
	assert_int_equal(m.col[ROLE_PERIOD], 2);
	assert_int_equal(of(wide_date, 2).layout, LAYOUT_WIDE);
	assert_int_equal(of(fred, 2).layout, LAYOUT_WIDE);
	assert_int_equal(of(mixed, 3).layout, LAYOUT_WIDE);
	assert_int_equal(of(value_series, 2).layout, LAYOUT_WIDE);
	m = of(labels, 9);
	assert_int_equal(m.layout, LAYOUT_SDMX2);
	assert_int_equal(m.col[ROLE_PRICE], 8);
	assert_int_equal(m.col[ROLE_REPORTER], 4);
	assert_int_equal(m.col[ROLE_UNIT_MULT], 7);
	assert_int_equal(m.dim_first, 3);
	assert_int_equal(m.dim_end, 6);
	assert_int_equal(layout_detect(none, 3, &m, why), -1);
	assert_non_null(strstr(why, "no known layout"));
	assert_int_equal(m.col[ROLE_PERIOD], -1);
	assert_int_equal(layout_detect(no_time, 4, &m, why), -1);
	assert_int_equal(m.col[ROLE_REPORTER], -1);	/* no role left behind */
	assert_string_equal(layout_name(LAYOUT_ALFRED_ALL), "ALFRED all-vintages");
	assert_string_equal(layout_name(LAYOUT_COMTRADE), "UN Comtrade");
}

static void test_layout_alfred_column_names(void **state)
{
	char series[16], date[NOTATION_MAX];

	(void)state;
	assert_int_equal(layout_alfred_column("EXPCH_20190510", series, sizeof(series), date), 0);
	assert_string_equal(series, "EXPCH");
	assert_string_equal(date, "2019-05-10");
	assert_int_equal(layout_alfred_column("A_B_20190510", series, sizeof(series), date), 0);
	assert_string_equal(series, "A_B");
	assert_int_equal(layout_alfred_column("IMPCH_20191310", series, sizeof(series), date), -1);
	assert_int_equal(layout_alfred_column("IMPCH20190510", series, sizeof(series), date), -1);
	assert_int_equal(layout_alfred_column("_20190510", series, sizeof(series), date), -1);
	assert_int_equal(layout_alfred_column("VERYLONGSERIESCODE_20190510", series, 8, date), -1);
}

static void test_layout_series_codes_of_sdmx_and_comtrade(void **state)
{
	struct table t;
	struct layout_map m;
	struct buf code = BUF_INIT;
	struct flowcode fl = { "import", 0 };
	char why[FMT_WHY];
	const char *lab[] = { "dataflow", "BIS:WS_SPP(1.0): Selected residential property prices",
			      "I", "Q: Quarterly", "US: United States", "2023-Q1", "117.5" };
	const char *hdr[] = { "STRUCTURE", "STRUCTURE_ID", "ACTION", "FREQ", "REF_AREA",
			      "TIME_PERIOD", "OBS_VALUE" };
	const char *hole[] = { "dataflow", "BIS:WS_SPP(1.0)", "I", "Q", "", "2023-Q1", "1" };

	(void)state;
	load("tests/data/sdmx1_eurostat_ext_st_eu27_2020sitc.csv", &t);
	m = detect(&t);
	assert_int_equal(layout_sdmx_code(&m, (const char *const *)t.f[5], t.nf[5], &code, why), 0);
	assert_string_equal(code.s, "EXT_ST_EU27_2020SITC.M.TRD_VAL.EXP.TOTAL.CN.EU27_2020");
	unload(&t);
	load("tests/data/sdmx2_imf_dots_cn_imports_from_ru.csv", &t);
	m = detect(&t);
	assert_int_equal(layout_sdmx_code(&m, (const char *const *)t.f[1], t.nf[1], &code, why), 0);
	assert_string_equal(code.s, "DOT.M.CN.TMG_CIF_USD.RU");
	unload(&t);

	/* values "with labels": the code before ": " */
	assert_int_equal(layout_sdmx_value("US: United States", 17), 2);
	assert_int_equal(layout_sdmx_value("EU27_2020", 9), 9);
	assert_int_equal(layout_sdmx_value("a:b", 3), 3);
	m = of(hdr, 7);
	assert_int_equal(m.layout, LAYOUT_SDMX2);
	assert_int_equal(layout_sdmx_code(&m, lab, 7, &code, why), 0);
	assert_string_equal(code.s, "WS_SPP.Q.US");
	assert_int_equal(layout_sdmx_code(&m, hole, 7, &code, why), -1);
	assert_string_equal(why, "empty key dimension in column 5");
	assert_int_equal(code.len, 0);

	layout_comtrade_code("CN", &fl, "RU", "TOTAL", &code);
	assert_string_equal(code.s, "CN.IMP.RU.TOTAL");
	fl = (struct flowcode){ "export", 1 };
	layout_comtrade_code("US", &fl, "WORLD", "27", &code);
	assert_string_equal(code.s, "US.REEXP.WORLD.27");
	buf_release(&code);
}

/* A Comtrade title names reporter, flow, partner and commodity (not
 * cmdDesc alone, "All Commodities"). */
static void test_layout_comtrade_titles(void **state)
{
	struct flowcode fl = { "import", 0 };
	struct buf t = BUF_INIT;

	(void)state;
	layout_comtrade_title("CN", &fl, "RU", "TOTAL", "All Commodities", &t);
	assert_string_equal(t.s, "China imports from Russia, all commodities");
	fl = (struct flowcode){ "export", 1 };
	layout_comtrade_title("CN", &fl, "WORLD", "27", "Mineral fuels, mineral oils", &t);
	assert_string_equal(t.s, "China re-exports to the world, mineral fuels, mineral oils");
	fl = (struct flowcode){ "export", 0 };
	layout_comtrade_title("DE", &fl, "CN", "8703", "", &t);
	assert_string_equal(t.s, "Germany exports to China, commodity 8703");
	layout_comtrade_title("DE", &fl, "CN", "27", "HS chapter 27", &t);	/* an acronym kept */
	assert_string_equal(t.s, "Germany exports to China, HS chapter 27");
	buf_release(&t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_layout_alfred_all_vintages_fixture),
		cmocka_unit_test(test_layout_fred_quarterly_fixture_is_quarters),
		cmocka_unit_test(test_layout_period_notation_fixtures),
		cmocka_unit_test(test_layout_excel_german_and_unicode_text_fixtures),
		cmocka_unit_test(test_layout_thousands_fixture_needs_the_option),
		cmocka_unit_test(test_layout_sdmx1_eurostat_fixtures),
		cmocka_unit_test(test_layout_sdmx2_fixture),
		cmocka_unit_test(test_layout_comtrade_fixtures),
		cmocka_unit_test(test_layout_long_wide_alfred_rt_and_labels),
		cmocka_unit_test(test_layout_alfred_column_names),
		cmocka_unit_test(test_layout_series_codes_of_sdmx_and_comtrade),
		cmocka_unit_test(test_layout_comtrade_titles),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
