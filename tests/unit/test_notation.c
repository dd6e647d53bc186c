/*
 * test_notation.c - period notations read into stored periods, the
 * frequency of data dated on the first of each period, and dates restated
 * at a frequency (notation.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "store/importfmt.h"

/* The frequency notation_period() gives s, with the stored form in out. */
static char per(const char *s, unsigned flags, char out[static NOTATION_MAX])
{
	return notation_period(s, strlen(s), flags, out);
}

static void expect(const char *s, unsigned flags, char freq, const char *want)
{
	char out[NOTATION_MAX] = "junk";

	assert_int_equal(per(s, flags, out), freq);
	assert_string_equal(out, want);
}

static void test_notation_reads_quarters_in_every_spelling(void **state)
{
	(void)state;
	expect("2023-Q3", 0, 'Q', "2023-Q3");
	expect("2023Q3", 0, 'Q', "2023-Q3");
	expect("2023 Q3", 0, 'Q', "2023-Q3");
	expect("1985Q1", 0, 'Q', "1985-Q1");
	expect("1985q4", 0, 'Q', "1985-Q4");
	expect("2023-Q5", 0, 0, "");
	expect("2023-Q0", 0, 0, "");
	expect("2023Q", 0, 0, "");
}

static void test_notation_reads_months_in_every_spelling(void **state)
{
	(void)state;
	expect("2023-M09", 0, 'M', "2023-09");
	expect("2023M09", 0, 'M', "2023-09");
	expect("2023-09", 0, 'M', "2023-09");
	expect("2023M9", 0, 0, "");
	expect("2023-M13", 0, 0, "");
	expect("2023-00", 0, 0, "");
}

static void test_notation_six_digits_are_a_month_only_for_a_yyyymm_column(void **state)
{
	(void)state;
	expect("202309", 0, 0, "");
	expect("202309", NOTATION_YYYYMM, 'M', "2023-09");
	expect("202213", NOTATION_YYYYMM, 0, "");
	assert_true(notation_is_yyyymm("202207", 6));
	assert_false(notation_is_yyyymm("202213", 6));
	assert_false(notation_is_yyyymm("099907", 6));
	assert_false(notation_is_yyyymm("2022", 4));
	assert_false(notation_is_yyyymm("2022-7", 6));
}

static void test_notation_reads_dates_and_years(void **state)
{
	(void)state;
	expect("20230901", 0, 'D', "2023-09-01");
	expect("2023-09-01", 0, 'D', "2023-09-01");
	expect("2023", 0, 'A', "2023");
	expect("  2023-09-01 ", 0, 'D', "2023-09-01");
	expect("2024-02-29", 0, 'D', "2024-02-29");
	expect("2023-02-29", 0, 0, "");
	expect("20230230", 0, 0, "");
	expect("2023-9-1", 0, 0, "");
	expect("01.09.2023", 0, 'D', "2023-09-01");
	expect("31.12.2023", 0, 'D', "2023-12-31");
	expect("12.31.2023", 0, 0, "");
	expect("09/01/2023", 0, 0, "");
}

static void test_notation_refuses_what_is_no_period(void **state)
{
	(void)state;
	expect("0999", 0, 0, "");
	expect("3000-Q1", 0, 0, "");
	expect("2023-W05", 0, 0, "");
	expect("2023-S1", 0, 0, "");
	expect("2023-H1", 0, 0, "");
	expect("Sep 2023", 0, 0, "");
	expect("", 0, 0, "");
	expect("2023-09-01T00:00:00", 0, 0, "");
	/* Not NUL-terminated: only n bytes are read. */
	{
		char out[NOTATION_MAX];

		assert_int_equal(notation_period("2023-Q3junk", 7, 0, out), 'Q');
		assert_string_equal(out, "2023-Q3");
	}
}

static void test_notation_infers_quarterly_and_annual_fred_dates(void **state)
{
	const char *q[] = { "2023-01-01", "2023-04-01", "2023-07-01", "2023-10-01", "2024-01-01" };
	const char *a[] = { "2021-01-01", "2022-01-01", "2023-01-01" };
	const char *m[] = { "2023-01-01", "2023-02-01", "2023-03-01" };
	const char *gap[] = { "2023-01-01", "2023-07-01" };	/* a quarter missing */
	const char *d[] = { "2023-01-01", "2023-01-02" };
	const char *one[] = { "2023-04-01" };
	const char *same[] = { "2023-04-01", "2023-04-01" };
	const char *bad[] = { "2023-04-01", "2023-04" };

	(void)state;
	assert_int_equal(notation_freq_of_dates(q, 5), 'Q');
	assert_int_equal(notation_freq_of_dates(a, 3), 'A');
	assert_int_equal(notation_freq_of_dates(m, 3), 'M');
	assert_int_equal(notation_freq_of_dates(gap, 2), 'Q');
	assert_int_equal(notation_freq_of_dates(d, 2), 'D');
	assert_int_equal(notation_freq_of_dates(one, 1), 0);
	assert_int_equal(notation_freq_of_dates(same, 2), 0);
	assert_int_equal(notation_freq_of_dates(bad, 2), 0);
	assert_int_equal(notation_freq_of_dates(q, 0), 0);
}

static void test_notation_restates_first_days_at_a_frequency(void **state)
{
	char out[NOTATION_MAX], why[FMT_WHY];

	(void)state;
	assert_int_equal(notation_restate("2023-04-01", 'Q', out, why), 0);
	assert_string_equal(out, "2023-Q2");
	assert_int_equal(notation_restate("2023-10-01", 'Q', out, why), 0);
	assert_string_equal(out, "2023-Q4");
	assert_int_equal(notation_restate("2023-01-01", 'A', out, why), 0);
	assert_string_equal(out, "2023");
	assert_int_equal(notation_restate("2023-04-01", 'M', out, why), 0);
	assert_string_equal(out, "2023-04");
	assert_int_equal(notation_restate("2023-04-17", 'D', out, why), 0);
	assert_string_equal(out, "2023-04-17");

	assert_int_equal(notation_restate("2023-05-01", 'Q', out, why), -1);
	assert_string_equal(out, "");
	assert_string_equal(why, "'2023-05-01' is not the first day of a quarter");
	assert_int_equal(notation_restate("2023-04-01", 'A', out, why), -1);
	assert_string_equal(why, "'2023-04-01' is not the first day of a year");
	assert_int_equal(notation_restate("2023-04-02", 'M', out, why), -1);
	assert_int_equal(notation_restate("2023-04", 'M', out, why), -1);
	assert_string_equal(why, "'2023-04' is not a date");
	assert_int_equal(notation_restate("2023-04-01", 'W', out, why), -1);
	assert_non_null(strstr(why, "unknown frequency 'W'"));
}

static void test_notation_release_reads_eurostat_iso_and_alfred_dates(void **state)
{
	char out[NOTATION_MAX], why[FMT_WHY];
	static const char *const good[][2] = {
		{ "2026-09-15", "2026-09-15" }, { "2026-09-15T23:00:00", "2026-09-15" },
		{ "2026-09-15T23:00:00Z", "2026-09-15" }, { "2026-09-15 23:00:00+01:00", "2026-09-15" },
		{ "15/09/26 23:00:00", "2026-09-15" }, { "06/06/21 23:00:00", "2021-06-06" },
		{ "28/08/26", "2026-08-28" }, { "15.09.2026", "2026-09-15" },
		{ "15/09/2026 11:00", "2026-09-15" }, { "20170303", "2017-03-03" },
	};
	static const char *const bad[] = {
		"", "2026-09-31", "31/02/26 00:00:00", "2026/09/15", "15-09-26", "20171303",
		"2026-09-15junk", "15/09/26x", "09/15/26 23:00:00", "0999-01-01",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		if (notation_release(good[i][0], strlen(good[i][0]), out, why) != 0)
			fail_msg("'%s' refused: %s", good[i][0], why);
		assert_string_equal(out, good[i][1]);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		if (notation_release(bad[i], strlen(bad[i]), out, why) != -1)
			fail_msg("'%s' read as %s", bad[i], out);
		assert_string_equal(out, "");
		assert_non_null(strstr(why, "bad release date"));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_notation_reads_quarters_in_every_spelling),
		cmocka_unit_test(test_notation_reads_months_in_every_spelling),
		cmocka_unit_test(test_notation_six_digits_are_a_month_only_for_a_yyyymm_column),
		cmocka_unit_test(test_notation_reads_dates_and_years),
		cmocka_unit_test(test_notation_refuses_what_is_no_period),
		cmocka_unit_test(test_notation_infers_quarterly_and_annual_fred_dates),
		cmocka_unit_test(test_notation_restates_first_days_at_a_frequency),
		cmocka_unit_test(test_notation_release_reads_eurostat_iso_and_alfred_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
