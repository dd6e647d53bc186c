/*
 * test_codelist.c - SDMX unit codes into unit, scale and kind, UNIT_MULT,
 * observation flags kept as text, and Comtrade flows (codelist.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "store/importfmt.h"

static struct unitcode unit(const char *s)
{
	struct unitcode u;
	char why[FMT_WHY];

	if (codelist_unit(s, strlen(s), &u, why) != 0)
		fail_msg("'%s' refused: %s", s, why);
	return u;
}

static void test_codelist_unit_splits_scale_from_currency(void **state)
{
	struct unitcode u;

	(void)state;
	u = unit("MIO_EUR");
	assert_string_equal(u.unit, "EUR");
	assert_true(u.scale == 1e6);
	assert_string_equal(u.what, "million");
	u = unit("THS_USD");
	assert_string_equal(u.unit, "USD");
	assert_true(u.scale == 1e3);
	u = unit("BN_USD");
	assert_string_equal(u.unit, "USD");
	assert_true(u.scale == 1e9);
	u = unit("BIO_EUR");
	assert_true(u.scale == 1e9);
	u = unit("EUR");
	assert_string_equal(u.unit, "EUR");
	assert_true(u.scale == 1);
	assert_int_equal(u.change, CHANGE_NONE);
	assert_null(u.price);
}

static void test_codelist_unit_knows_national_currency_and_price_basis(void **state)
{
	struct unitcode u;

	(void)state;
	assert_string_equal(unit("NAC").unit, "NAC");
	assert_string_equal(unit("XDC").unit, "NAC");	/* the IMF's "domestic currency" */
	u = unit("MIO_NAC");
	assert_string_equal(u.unit, "NAC");
	assert_true(u.scale == 1e6);
	u = unit("CP_MEUR");
	assert_string_equal(u.unit, "EUR");
	assert_true(u.scale == 1e6);
	assert_string_equal(u.price, "nominal");
	u = unit("CLV15_MEUR");
	assert_string_equal(u.unit, "EUR");
	assert_true(u.scale == 1e6);
	assert_string_equal(u.price, "real");
	u = unit("CLV20_MNAC");
	assert_string_equal(u.unit, "NAC");
}

static void test_codelist_unit_percent_and_kind_of_change(void **state)
{
	struct unitcode u;

	(void)state;
	u = unit("PC");
	assert_string_equal(u.unit, "%");
	assert_int_equal(u.change, CHANGE_NONE);
	u = unit("PCH_PRE");
	assert_string_equal(u.unit, "%");
	assert_int_equal(u.change, CHANGE_PREV);
	u = unit("PCH_SM");
	assert_int_equal(u.change, CHANGE_YEAR);
	assert_string_equal(unit("PC_GDP").what, "percent of GDP");
	assert_string_equal(codelist_change_measure(CHANGE_PREV, 'M'), "change_mom");
	assert_string_equal(codelist_change_measure(CHANGE_PREV, 'Q'), "change_qoq");
	assert_string_equal(codelist_change_measure(CHANGE_PREV, 'A'), "change_yoy");
	assert_null(codelist_change_measure(CHANGE_PREV, 'D'));
	assert_string_equal(codelist_change_measure(CHANGE_YEAR, 'M'), "change_yoy");
	assert_string_equal(codelist_change_measure(CHANGE_NONE, 'M'), "level");
}

static void test_codelist_unit_quantities_and_indices(void **state)
{
	struct unitcode u;

	(void)state;
	assert_string_equal(unit("I15").unit, "index");
	assert_string_equal(unit("I21").unit, "index");
	u = unit("THS_T");
	assert_string_equal(u.unit, "t");
	assert_true(u.scale == 1e3);
	u = unit("THS_PER");		/* persons, not a currency "PER" */
	assert_string_equal(u.unit, "persons");
	assert_true(u.scale == 1e3);
	u = unit("HUN_KG");
	assert_string_equal(u.unit, "kg");
	assert_true(u.scale == 100);
}

static void test_codelist_unit_refuses_unknown_codes(void **state)
{
	struct unitcode u = { "keep", 7, CHANGE_NONE, NULL, NULL };
	char why[FMT_WHY];

	(void)state;
	assert_int_equal(codelist_unit("MIO_XYZ", 7, &u, why), -1);	/* no such currency */
	assert_non_null(strstr(why, "unknown unit code 'MIO_XYZ'"));
	assert_string_equal(u.unit, "keep");
	assert_int_equal(codelist_unit("ABC", 3, &u, why), -1);
	assert_int_equal(codelist_unit("mio_eur", 7, &u, why), -1);
	assert_int_equal(codelist_unit("", 0, &u, why), -1);
	assert_int_equal(codelist_unit("CLV1_MEUR", 9, &u, why), -1);
	assert_true(u.scale == 7);
}

static void test_codelist_unit_mult_is_a_power_of_ten(void **state)
{
	double s = 0;
	char why[FMT_WHY];

	(void)state;
	assert_int_equal(codelist_unit_mult("6", 1, &s, why), 0);
	assert_true(s == 1e6);
	assert_int_equal(codelist_unit_mult("0", 1, &s, why), 0);
	assert_true(s == 1);
	assert_int_equal(codelist_unit_mult("9", 1, &s, why), 0);
	assert_true(s == 1e9);
	assert_int_equal(codelist_unit_mult("-2", 2, &s, why), 0);
	assert_true(s > 0.00999 && s < 0.01001);
	assert_int_equal(codelist_unit_mult("13", 2, &s, why), -1);
	assert_non_null(strstr(why, "bad UNIT_MULT '13'"));
	assert_int_equal(codelist_unit_mult("", 0, &s, why), -1);
	assert_int_equal(codelist_unit_mult("6.0", 3, &s, why), -1);
	assert_int_equal(codelist_unit_mult("-", 1, &s, why), -1);
}

static void test_codelist_flag_keeps_eurostat_letters_as_text(void **state)
{
	struct buf out = BUF_INIT;
	char why[FMT_WHY];

	(void)state;
	assert_int_equal(codelist_flag("p", 1, &out, why), 0);
	assert_string_equal(out.s, "provisional");
	assert_int_equal(codelist_flag("bep", 3, &out, why), 0);
	assert_string_equal(out.s, "break in series, estimated, provisional");
	assert_int_equal(codelist_flag("", 0, &out, why), 0);
	assert_string_equal(out.s, "");
	assert_int_equal(codelist_flag("c", 1, &out, why), 0);
	assert_string_equal(out.s, "confidential");
	assert_int_equal(codelist_flag("s", 1, &out, why), 0);
	assert_string_equal(out.s, "Eurostat estimate");
	assert_int_equal(codelist_flag("pp ", 3, &out, why), 0);
	assert_string_equal(out.s, "provisional");
	for (const char *c = "bcdefnprsuz"; *c; c++) {
		assert_int_equal(codelist_flag(c, 1, &out, why), 0);
		assert_true(out.len > 0);
	}
	assert_int_equal(codelist_flag("px", 2, &out, why), -1);
	assert_non_null(strstr(why, "unknown observation flag 'x' in 'px'"));
	assert_int_equal(out.len, 0);
	buf_release(&out);
}

static void test_codelist_flag_reads_sdmx_obs_status(void **state)
{
	struct buf out = BUF_INIT;
	char why[FMT_WHY];

	(void)state;
	assert_int_equal(codelist_flag("A", 1, &out, why), 0);
	assert_string_equal(out.s, "");
	assert_int_equal(codelist_flag("P", 1, &out, why), 0);
	assert_string_equal(out.s, "provisional");
	assert_int_equal(codelist_flag("B", 1, &out, why), 0);
	assert_string_equal(out.s, "break in series");
	assert_int_equal(codelist_flag("Z", 1, &out, why), -1);
	assert_int_equal(codelist_flag("PE", 2, &out, why), -1);
	buf_release(&out);
}

static void test_codelist_flow_reads_comtrade_codes(void **state)
{
	struct flowcode f;
	char why[FMT_WHY];

	(void)state;
	assert_int_equal(codelist_flow("M", 1, &f, why), 0);
	assert_string_equal(f.flow, "import");
	assert_int_equal(f.re, 0);
	assert_int_equal(codelist_flow("X", 1, &f, why), 0);
	assert_string_equal(f.flow, "export");
	assert_int_equal(codelist_flow("RM", 2, &f, why), 0);
	assert_string_equal(f.flow, "import");
	assert_int_equal(f.re, 1);
	assert_int_equal(codelist_flow("RX", 2, &f, why), 0);
	assert_string_equal(f.flow, "export");
	assert_int_equal(f.re, 1);
	assert_int_equal(codelist_flow("Re-export", 9, &f, why), 0);
	assert_int_equal(f.re, 1);
	assert_int_equal(codelist_flow("Import", 6, &f, why), 0);
	assert_int_equal(codelist_flow("EXP", 3, &f, why), 0);	/* Eurostat's stk_flow */
	assert_string_equal(f.flow, "export");
	assert_int_equal(f.re, 0);
	assert_int_equal(codelist_flow("DX", 2, &f, why), -1);
	assert_string_equal(why, "unknown flow 'DX' (M, X, RM, RX, IMP or EXP)");
	assert_int_equal(codelist_flow("m", 1, &f, why), -1);
}

static void test_codelist_adjustment_and_price_basis(void **state)
{
	const char *a = "keep";
	char why[FMT_WHY];

	(void)state;
	assert_int_equal(codelist_adjustment("SCA", 3, &a, why), 0);
	assert_string_equal(a, "sa");
	assert_int_equal(codelist_adjustment("SA", 2, &a, why), 0);
	assert_string_equal(a, "sa");
	assert_int_equal(codelist_adjustment("NSA", 3, &a, why), 0);
	assert_string_equal(a, "nsa");
	assert_int_equal(codelist_adjustment("CA", 2, &a, why), 0);
	assert_string_equal(a, "nsa");
	assert_int_equal(codelist_adjustment("Y", 1, &a, why), 0);
	assert_string_equal(a, "sa");
	assert_int_equal(codelist_adjustment("N", 1, &a, why), 0);
	assert_string_equal(a, "nsa");
	a = "keep";
	assert_int_equal(codelist_adjustment("TC", 2, &a, why), -1);
	assert_string_equal(a, "keep");
	assert_non_null(strstr(why, "adjustment 'TC' is neither"));
	assert_int_equal(codelist_adjustment("sa", 2, &a, why), -1);

	assert_int_equal(codelist_price("V", 1, &a, why), 0);
	assert_string_equal(a, "nominal");
	assert_int_equal(codelist_price("LR", 2, &a, why), 0);
	assert_string_equal(a, "real");
	assert_int_equal(codelist_price("_Z", 2, &a, why), 0);
	assert_null(a);
	assert_int_equal(codelist_price("XX", 2, &a, why), -1);
	assert_string_equal(why, "unknown price base 'XX' (V, LR, Q or _Z)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codelist_unit_splits_scale_from_currency),
		cmocka_unit_test(test_codelist_unit_knows_national_currency_and_price_basis),
		cmocka_unit_test(test_codelist_unit_percent_and_kind_of_change),
		cmocka_unit_test(test_codelist_unit_quantities_and_indices),
		cmocka_unit_test(test_codelist_unit_refuses_unknown_codes),
		cmocka_unit_test(test_codelist_unit_mult_is_a_power_of_ten),
		cmocka_unit_test(test_codelist_flag_keeps_eurostat_letters_as_text),
		cmocka_unit_test(test_codelist_flag_reads_sdmx_obs_status),
		cmocka_unit_test(test_codelist_flow_reads_comtrade_codes),
		cmocka_unit_test(test_codelist_adjustment_and_price_basis),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
