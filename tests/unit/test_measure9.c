/*
 * test_measure9.c - what a figure is (issue 13's measure, direction,
 * status, adjustment and basis, ninth parser pass), on sentences written
 * for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_adjustment(const char *s, const char *date, const char *mention,
			      const char *adj)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(adjustment_name(cl.adjustment), adj))
		fail_msg("'%s' in '%s': adjustment '%s', want '%s'", mention, s,
			 adjustment_name(cl.adjustment), adj);
}

/* A lead "seasonally adjusted:" holds for every row of the table under
 * it, one paragraph a row; not for the prose after the table. */
static void test_measure9_a_lead_holds_for_its_table_rows(void **state)
{
	const char *d = "2026-08-06";
	const char *t = "RURITANIA TRADE\n\nZENDA, Aug 6 - The trade deficit was 4.1 billion "
			"crowns in July.\n    The ministry's table for July, in billions of "
			"crowns, seasonally adjusted:\n\n               July     June\n"
			"   Exports     51.2     50.7\n   Imports     55.3     54.9\n\n"
			"    Exports to Freedonia were 7.5 billion crowns.\n";

	(void)state;
	assert_adjustment(t, d, "51.2", "sa");
	assert_adjustment(t, d, "50.7", "sa");
	assert_adjustment(t, d, "55.3", "sa");
	assert_adjustment(t, d, "54.9", "sa");
	assert_adjustment(t, d, "7.5 billion crowns", "");
}

/* What follows a colon or a semicolon keeps the adjustment its sentence
 * said; the next sentence does not. */
static void test_measure9_an_adjustment_goes_on_past_a_colon(void **state)
{
	const char *d = "2026-08-06";
	const char *t = "    July, not seasonally adjusted - exports: 51.2 billion crowns;\n"
			"imports:\n55.3 billion crowns. Exports to Freedonia rose to 7.5 billion "
			"crowns.\n";

	(void)state;
	assert_adjustment(t, d, "51.2 billion crowns", "nsa");
	assert_adjustment(t, d, "55.3 billion crowns", "nsa");
	assert_adjustment(t, d, "7.5 billion crowns", "");
}

/* What a poll of forecasters looked for is a forecast, also of a month
 * over; the figure published beside it is not. */
static void test_measure9_a_poll_looks_for_a_forecast(void **state)
{
	const char *d = "2026-08-06";
	const char *s = "Ruritania's trade deficit widened to 4.1 billion crowns in July, "
			"above the 3.8 billion crowns analysts surveyed by Reuters had "
			"predicted.";

	(void)state;
	check_measure("Analysts polled by Reuters had looked for exports of 51.2 billion "
		       "crowns in July.", d, "51.2 billion crowns", "forecast");
	check_measure("Ruritania's imports were 55.3 billion crowns in July, against the "
		       "54.0 billion crowns median of a Reuters poll.", d, "54.0 billion crowns",
		       "forecast");
	check_measure("Ruritania's imports were 55.3 billion crowns in July, against the "
		       "54.0 billion crowns median of a Reuters poll.", d, "55.3 billion crowns",
		       "level");
	check_measure(s, d, "3.8 billion crowns", "forecast");
	check_measure(s, d, "4.1 billion crowns", "balance");
}

/* A sentence that opens "Previously," on what was said gives an earlier
 * estimate; "previously" elsewhere does not. */
static void test_measure9_previously_said(void **state)
{
	const char *d = "2026-08-06";
	struct claim cl;

	(void)state;
	cl = get("Ruritania's June deficit was revised to 4.1 billion crowns. Previously, "
		 "the ministry said the June deficit was 4.4 billion crowns.", d,
		 "4.4 billion crowns");
	assert_int_equal(cl.status, STATUS_PREVIOUS);
	cl = get("Ruritania's exporters, who previously sold little abroad, said June "
		 "exports were 4.4 billion crowns.", d, "4.4 billion crowns");
	assert_int_equal(cl.status, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure9_a_lead_holds_for_its_table_rows),
		cmocka_unit_test(test_measure9_an_adjustment_goes_on_past_a_colon),
		cmocka_unit_test(test_measure9_a_poll_looks_for_a_forecast),
		cmocka_unit_test(test_measure9_previously_said),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
