/*
 * test_period6.c - periods (issue 13, period6): a time word that dates an
 * event, not a figure ("last month's G-7 meeting", "the accord last
 * month", "agreed in Geneva last month", "agreed upon last week",
 * "Brazil's decision last month to suspend"), gives the sentence's
 * figures no period (period_carry.c pc_event_time); an amount sold or a
 * price per tonne takes the time of shipment the next sentence writes
 * ("The oats are for delivery May 10/June 10", shipment.c); a month
 * abbreviated with a dot ("the week to Oct. 29") is read as without one.
 * Every sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_period6_time_of_an_event(void **state)
{
	(void)state;
	check_period("Since the accord last month, the peso has fallen six pct against the "
		      "dollar.", "1999-04-07", "six pct", "");
	check_period("Peru's decision last month to suspend payments on 14 billion dlrs of "
		      "debt worried bankers.", "1999-04-07", "14 billion dlrs", "");
	check_period("Last month's OPEC meeting kept output at 16 mln barrels.",
		      "1999-04-07", "16 mln barrels", "");
	check_period("The quota agreed in Geneva last week covers 310,000 tonnes of steel.",
		      "1999-04-07", "310,000 tonnes", "");
	check_period("The quota agreed upon last month covers 310,000 tonnes of steel.",
		      "1999-04-07", "310,000 tonnes", "");
	/* the figure's own time stays */
	check_period("Exports fell six pct last month, after the accord.", "1999-04-07",
		      "six pct", "1999-03");
	check_period("Last month's exports of 310,000 tonnes were a record.", "1999-04-07",
		      "310,000 tonnes", "1999-03");
}

static void test_period6_shipment_in_the_next_sentence(void **state)
{
	const char *s = "The agency accepted a bid to cover the sale of 42,000 tonnes of oats "
			"to Peru.\n    It said the oats are for delivery May 10/June 10, 1999, "
			"and the bonus was 21.50 dlrs per tonne.\n";
	const char *t = "Chile bought 64,000 tonnes of rice at 212 dlrs per tonne.\n"
			"    Shipment is scheduled for July.\n";
	const char *u = "Chile bought 64,000 tonnes of rice.\n    The purchase included "
			"20,000 tonnes for July shipment and 44,000 tonnes for August "
			"shipment.\n";

	(void)state;
	check_period(s, "1999-04-07", "42,000 tonnes", "1999-05-10/1999-06-10");
	check_period(t, "1999-04-07", "64,000 tonnes", "1999-07");
	check_period(t, "1999-04-07", "212 dlrs", "1999-07");
	/* the windows are the parts', not the whole's */
	check_period(u, "1999-04-07", "64,000 tonnes", "");
	/* stocks are no deal */
	check_period("A further 90,000 tonnes remain available.\n    Shipment is scheduled "
		      "for July.\n", "1999-04-07", "90,000 tonnes", "");
}

static void test_period6_abbreviated_month_with_a_dot(void **state)
{
	(void)state;
	check_period("Net sales of wheat came to 410,000 tonnes in the week to Oct. 29, the "
		      "department said.", "2026-11-03", "410,000 tonnes", "2026-10-23/2026-10-29");
	check_period("Net sales of wheat came to 410,000 tonnes in the week ended Sept. 4.",
		      "2026-11-03", "410,000 tonnes", "2026-08-29/2026-09-04");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period6_time_of_an_event),
		cmocka_unit_test(test_period6_shipment_in_the_next_sentence),
		cmocka_unit_test(test_period6_abbreviated_month_with_a_dot),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
