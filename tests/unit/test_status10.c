/*
 * test_status10.c - a figure revised away (session 10): "revised upwards
 * from a provisional surplus of 7.21 billion", "a figure revised from the
 * EUR 9.4 bn first published" make the figure after "from" the earlier
 * estimate (status previous) and the figure before "a figure revised" the
 * revised one; an earlier estimate right after the revised figure of its
 * sentence is that figure as first published: its period and balance,
 * not the month the estimate was made. Every sentence here is written for
 * the test.
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status10_revised_from),
		cmocka_unit_test(test_status10_figure_revised),
		cmocka_unit_test(test_status10_forecast_of),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
