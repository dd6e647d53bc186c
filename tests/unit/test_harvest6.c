/*
 * test_harvest6.c - periods of crop reports (issue 13, period6,
 * src/parse/harvest.c): an earlier estimate ("versus 3.1 mln tonnes
 * estimated a week ago", "projected in mid-January") is of the period of
 * the estimate it is compared with; a harvest's progress ("the rice harvest
 * has covered 30 pct of the area planted", "growers had harvested 12 pct of
 * the area sown") is of the crop year in progress, in a story that writes
 * crop years, and of no period elsewhere; an ordinal year of an agreement
 * is the split year the story dates ("the second year of the pact, which
 * ended June 30"). Every sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_harvest6_earlier_estimates(void **state)
{
	const char *s = "Rice output for 1998/99 is now put at 3.0 mln tonnes, versus 3.1 mln "
			"tonnes estimated a week ago and 3.3 mln tonnes projected in "
			"mid-January.";

	(void)state;
	check_period(s, "1999-03-10", "3.1 mln tonnes",
		      "1998/99");
	/* not January, when the estimate was made */
	check_period(s, "1999-03-10", "3.3 mln tonnes", "1998/99");
	/* a month's estimate */
	check_period("Exports in May are seen at 410,000 tonnes, against 380,000 tonnes "
		      "forecast last month.", "1999-06-02", "380,000 tonnes", "1999-05");
}

static void test_harvest6_progress_of_a_crop_year(void **state)
{
	const char *s = "Cotton output in 1998/99 is expected at 1.1 mln bales.\n\n"
			"    The rice harvest has covered 30 to 34 pct of the area planted, "
			"against 21 pct a week earlier.\n\n"
			"    Growers had harvested 12 pct of the total area sown with maize.\n";

	(void)state;
	check_period(s, "1999-04-07", "30 to 34 pct", "1998/99");
	check_period(s, "1999-04-07", "21 pct", "1998/99");
	check_period(s, "1999-04-07", "12 pct", "1998/99");
	/* after July the crop year in progress is the next one */
	check_period(s, "1999-09-07", "12 pct", "1999/00");
	/* a story with no crop year: no period */
	check_period("The rice harvest has covered 30 pct of the area planted.", "1999-04-07",
		      "30 pct", "");
}

static void test_harvest6_years_of_an_agreement(void **state)
{
	const char *s = "Chile has bought 410,000 tonnes of Canadian barley for delivery in "
			"the third year of the Canada-Chile barley pact.\n"
			"    Shipments in the second year of the pact, which ended June 30, came "
			"to 95,300 tonnes.\n"
			"    In the first year of the pact Chile took 88,000 tonnes.\n";

	(void)state;
	check_period(s, "1999-03-10", "410,000 tonnes", "1998/99");
	check_period(s, "1999-03-10", "95,300 tonnes", "1997/98");
	check_period(s, "1999-03-10", "88,000 tonnes", "1996/97");
	/* dated by its start, the year written */
	check_period("Mexico bought 60,000 tonnes in the second year of the accord, which "
		      "began October 1, 1997.", "1999-03-10", "60,000 tonnes", "1997/98");
	/* no date for any of its years: no period */
	check_period("Chile has bought 410,000 tonnes of barley for delivery in the third year "
		      "of the pact.", "1999-03-10", "410,000 tonnes", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_harvest6_earlier_estimates),
		cmocka_unit_test(test_harvest6_progress_of_a_crop_year),
		cmocka_unit_test(test_harvest6_years_of_an_agreement),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
