/*
 * test_status10.c - a figure revised away (session 10): "revised upwards
 * from a provisional surplus of 7.21 billion", "a figure revised from the
 * EUR 9.4 bn first published" make the figure after "from" the earlier
 * estimate (status previous) and the figure before "a figure revised" the
 * revised one; an earlier estimate right after the revised figure of its
 * sentence is that figure as first published: its period and balance,
 * not the month the estimate was made, while an outturn's keeps the month
 * written after it; a bracketed percent after a country, in a sentence of
 * suppliers or markets, is that partner's share. Every sentence here is
 * written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_status10_revised_from(void **state)
{
	const char *s = "VIENNA, Feb 20 - Austria had a trade surplus of 3.8 billion "
			"schillings in January after a December surplus of 8.05 billion "
			"schillings, revised upwards from a provisional surplus of 7.21 "
			"billion, the statistics office said.";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-02-20", "8.05 billion schillings");
	assert_int_equal(cl.status, STATUS_REVISED);
	cl = get(s, "1991-02-20", "7.21 billion");
	assert_int_equal(cl.status, STATUS_PREVIOUS);
	assert_string_equal(cl.period, "1990-12");
}

static void test_status10_figure_revised(void **state)
{
	const char *s = "OSLO, Aug 14 - The surplus widened to 12.2 billion crowns in July "
			"from 10.1 billion crowns in June, a figure revised from the 9.4 "
			"billion crowns first published.";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-08-14", "10.1 billion crowns");
	assert_int_equal(cl.status, STATUS_REVISED);
	cl = get(s, "1991-08-14", "9.4 billion crowns");
	assert_int_equal(cl.status, STATUS_PREVIOUS);
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_string_equal(cl.period, "1991-06");
	cl = get(s, "1991-08-14", "12.2 billion crowns");
	assert_int_equal(cl.status, STATUS_NONE);
}

static void test_status10_forecast_of(void **state)
{
	/* the earlier forecast is of the year forecast, not of December */
	const char *s = "LONDON, March 2 - The institute cut its 1991 growth forecast for "
			"Sweden to 1.2 pct from 2.1 pct in December.";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-03-02", "2.1 pct");
	assert_int_equal(cl.status, STATUS_PREVIOUS);
	assert_string_equal(cl.period, "1991");
}

static void test_status10_outturn_keeps_period(void **state)
{
	/* an outturn revised away keeps the month written after it; in
	 * brackets right after the revised one it is that one's */
	const char *s = "WELLINGTON, March 4 - The deficit was 190 mln dlrs in January "
			"from 180 mln, revised from 186 mln, in December.";
	const char *b = "WELLINGTON, March 4 - Exports rose to 912.5 mln dlrs from 870.2 "
			"mln (revised from 871.4) in January.";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-03-04", "186 mln");
	assert_int_equal(cl.status, STATUS_PREVIOUS);
	assert_string_equal(cl.period, "1990-12");
	cl = get(b, "1991-03-04", "871.4");
	assert_int_equal(cl.status, STATUS_PREVIOUS);
	assert_string_equal(cl.period, get(b, "1991-03-04", "870.2 mln").period);
}

static void test_status10_supplier_shares(void **state)
{
	/* "the main suppliers were A (N pct), B (M pct)": each a share */
	const char *s = "JAKARTA, March 2 - The main suppliers of rice in 1990 were "
			"Thailand (52 pct), Vietnam (31 pct) and Burma (9 pct), the "
			"bureau said.";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-03-02", "52 pct");
	assert_int_equal(cl.measure, MEASURE_SHARE);
	cl = get(s, "1991-03-02", "31 pct");
	assert_int_equal(cl.measure, MEASURE_SHARE);
	assert_string_equal(cl.partner, "VN");
	/* a change in brackets is no share */
	cl = get("JAKARTA, March 2 - Rice imports from Thailand (up 52 pct) led the "
		 "main suppliers.", "1991-03-02", "52 pct");
	assert_int_not_equal(cl.measure, MEASURE_SHARE);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status10_revised_from),
		cmocka_unit_test(test_status10_figure_revised),
		cmocka_unit_test(test_status10_forecast_of),
		cmocka_unit_test(test_status10_outturn_keeps_period),
		cmocka_unit_test(test_status10_supplier_shares),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
