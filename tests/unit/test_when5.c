/*
 * test_when5.c - periods (issue 13, period5): in a story that writes its
 * years as crop years ("1998/99"), "this harvest", "the current harvest",
 * "the current wheat crop", "last harvest's" and "the previous harvest" are
 * crop years counted from the one in progress, as "this season" is; in a
 * story with no crop year they are left alone ("last crop" may be a
 * calendar year's); "a similar period last year", "the comparable
 * quarter of 1997" are "the same period" of the figure compared with; a
 * time of shipment is still to come (the story's month included, a list's
 * later months, "between May 10 and June 5", "April 10/May 10").
 * Every sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_when5_harvest_of_a_crop_year_story(void **state)
{
	const char *s = "Rye output for 1998/99 is put at 2.1 mln tonnes.\n\n"
			"    Farmers sowed 640,000 hectares for this harvest, against 700,000 "
			"hectares sown in the previous harvest.\n\n"
			"    The current oats crop should yield 1.3 mln tonnes, well below last "
			"harvest's 1.6 mln tonnes.\n";

	(void)state;
	check_period(s, "1999-03-10", "640,000 hectares", "1998/99");
	check_period(s, "1999-03-10", "700,000 hectares", "1997/98");
	check_period(s, "1999-03-10", "1.3 mln tonnes", "1998/99");
	/* after the story's July the crop year in progress is the next one */
	check_period(s, "1999-09-10", "640,000 hectares", "1999/00");
}

static void test_when5_harvest_of_a_calendar_story_is_left_alone(void **state)
{
	(void)state;
	check_period("Farmers sowed 640,000 hectares for this harvest, the ministry said.",
		      "1999-03-10", "640,000 hectares", "");
}

static void test_when5_similar_or_comparable_period(void **state)
{
	(void)state;
	check_period("Car exports rose to 4.2 billion rand in the first quarter from 3.9 billion "
		      "in a similar period last year.", "1999-04-24", "3.9 billion", "1998-Q1");
	check_period("Sales abroad fell to 310 mln dlrs in the March quarter, against 350 mln "
		      "dlrs in the comparable quarter of 1997.", "1999-04-24", "350 mln dlrs",
		      "1997-Q1");
}

/* A time of shipment is still to come: the story's own month included, the
 * months of a list that goes on from one, and ranges of days. */
static void test_when5_shipment_times_to_come(void **state)
{
	(void)state;
	check_period("Mills bought 12,000 tonnes of maize for April shipment.", "1999-04-06",
		      "12,000 tonnes", "1999-04");
	check_period("Buyers paid 96 stg for March deliveries of barley and July at 99 stg.",
		      "1999-03-16", "99 stg", "1999-07");
	check_period("Egypt took 80,000 tonnes for May/June shipments, with 40,000 tonnes "
		      "for Sept/Oct.", "1999-03-16", "40,000 tonnes", "1999-09/1999-10");
	/* not across a comparison: an earlier value's month stays in the past */
	check_period("Mills bought 12,000 tonnes for May shipment, against 9,000 tonnes in "
		      "November.", "1999-03-16", "9,000 tonnes", "1998-11");
	check_period("Syria will buy 50,000 tonnes of flour for delivery between May 10 and "
		      "June 5.", "1999-03-16", "50,000 tonnes", "1999-05-10/1999-06-05");
	check_period("Syria will buy 50,000 tonnes of flour for shipment between June 5 and 20.",
		      "1999-03-16", "50,000 tonnes", "1999-06-05/1999-06-20");
	check_period("The agency accepted a bid for an export bonus on 20,000 tonnes of flour "
		      "to Yemen.\n\n    The flour is for delivery April 10/May 10 and the bonus "
		      "was 38.20 dlrs per tonne.\n", "1999-03-16", "38.20 dlrs",
		      "1999-04-10/1999-05-10");
	check_period("Peru bought 30,000 tonnes for Jan 5-Feb 5 shipment.", "1999-10-16",
		      "30,000 tonnes", "2000-01-05/2000-02-05");
	/* a window that ended this month has shipped */
	check_period("Peru bought 30,000 tonnes for shipment March 1-10.", "1999-03-16",
		      "30,000 tonnes", "1999-03-01/1999-03-10");
	/* no shipment: the latest such days */
	check_period("Shipments of rice totalled 30,000 tonnes between Nov 5 and 20.",
		      "1999-03-16", "30,000 tonnes", "1998-11-05/1998-11-20");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when5_harvest_of_a_crop_year_story),
		cmocka_unit_test(test_when5_harvest_of_a_calendar_story_is_left_alone),
		cmocka_unit_test(test_when5_similar_or_comparable_period),
		cmocka_unit_test(test_when5_shipment_times_to_come),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
