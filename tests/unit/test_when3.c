/*
 * test_when3.c - periods of earlier values and rates (issue 13, period3):
 * an earlier value with no period of its own after a figure of a year is
 * the year before; "last year" after a figure still to come is the story's
 * last year; a list of earlier values ("and a 1.1 billion deficit in
 * January") keeps its period to itself; "in the year to April"; a rate per
 * year takes no period from its paragraph; "since September 1985" is a
 * span to the story's month; fiscal years by whose they are. Every sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_when3_earlier_value_of_a_year_is_the_year_before(void **state)
{
	const char *s = "Chile's copper exports rose to 4.2 billion dlrs in 2003 from 3.9 billion.";

	(void)state;
	check_period(s, "2004-02-11", "3.9 billion", "2002");
	check_period(s, "2004-02-11", "4.2 billion dlrs", "2003");
	/* a crop year moves as a year */
	check_period("Stocks were put at 5.6 mln tonnes in 2003/04, compared with 6.1 mln.",
		      "2004-02-11", "6.1 mln", "2002/03");
	/* in the second subject of the sentence, after "while" */
	s = "Exports fell to 812 mln dlrs in 2003 from 840 mln in 2002, while imports "
	    "rose to 905 mln dlrs from 870 mln.";
	check_period(s, "2004-02-11", "870 mln", "2002");
	/* a month's earlier value may be the month before or a year before:
	 * it stays empty */
	check_period("Exports rose to 812 mln dlrs in May from 790 mln.", "2004-06-20",
		      "790 mln", "");
}

static void test_when3_earlier_value_that_says_more_keeps_no_year(void **state)
{
	(void)state;
	/* an earlier estimate of the same year: that year (when it was made is
	 * no period; the gold's practice, harvest.c) */
	check_period("The bureau put growth at 2.5 pct in 2004, against 2.8 pct forecast "
		      "in November.", "2004-02-11", "2.8 pct", "2004");
	/* the estimate it replaced is of the same year (GUIDE section 16: the
	 * earlier estimate of the same figure; the 20 such dev gold rows all
	 * share the revised figure's period; session 10, harvest.c) */
	check_period("The ministry cut its 2004 growth estimate to 2.5 pct from the 2.8 pct "
		      "forecast earlier.", "2004-02-11", "2.8 pct", "2004");
	/* the start of a span, another series, years back */
	check_period("Over the decade sales to Peru rose from 95 mln dlrs to 410 mln dlrs "
		      "in 2003.", "2004-02-11", "95 mln dlrs", "");
	check_period("Norway had a 2.3 billion crown deficit in machinery in 2003 compared "
		      "with a 1.9 billion crown surplus in fish.", "2004-02-11",
		      "1.9 billion crown", "");
	check_period("Loans reached 7.1 billion dlrs in 2003, against 3.2 billion ten years "
		      "earlier.", "2004-02-11", "3.2 billion", "");
	/* an estimate raised or cut: the earlier estimate of the same year */
	check_period("The agency raised its estimate of 2003/04 imports to 26 mln tonnes "
		      "from 23 mln.", "2004-02-11", "23 mln", "2003/04");
}

static void test_when3_last_year_after_a_figure_still_to_come(void **state)
{
	const char *s = "The institute sees inflation easing to 1.8 pct in 2005 from 2.3 pct "
			"this year and 2.6 pct last year.";

	(void)state;
	check_period(s, "2004-05-03", "2.6 pct", "2003");
	check_period(s, "2004-05-03", "2.3 pct", "2004");
	check_period("Unemployment should fall to 7.1 pct at end-2005 from 7.6 pct last year.",
		      "2004-05-03", "7.6 pct", "2003-12");
	/* after a figure of this year, last year is a year before it */
	check_period("Exports rose to 612 mln dlrs in March from 540 mln last year.",
		      "2004-05-03", "540 mln", "2003-03");
}

static void test_when3_list_of_earlier_values_keeps_its_periods(void **state)
{
	const char *s = "Net errors were 1.3 billion dlrs in surplus, compared with a 0.9 "
			"billion surplus a year earlier and a 1.1 billion deficit in May.";

	(void)state;
	/* "in May" is the last earlier value's, not the first figure's */
	check_period(s, "2004-07-20", "1.1 billion", "2004-05");
	check_period(s, "2004-07-20", "1.3 billion dlrs", "");
}

static void test_when3_year_to_a_month(void **state)
{
	const char *s = "Consumer prices rose 3.4 pct in the year to end-August, after 3.1 pct "
			"in the year to July.";

	(void)state;
	check_period(s, "2004-09-21", "3.4 pct", "2004-08");
	check_period(s, "2004-09-21", "3.1 pct", "2004-07");
	check_period("Broad money grew 9.2 pct in the year to the end of June.", "2004-09-21",
		      "9.2 pct", "2004-06");
	/* a level over the year to a month: the twelve months to it */
	check_period("Wool sales in the year to March 2004 totalled 41.5 mln dlrs.",
		      "2004-09-21", "41.5 mln dlrs", "2003-04/2004-03");
	/* a fiscal year to a month stays a fiscal year: its twelve months
	 * (fiscal.c, GOLD's convention since gold5) */
	check_period("Revenue in the fiscal year to March rose 4 pct.", "2004-09-21", "4 pct",
		      "2003-04/2004-03");
}

static void test_when3_rate_per_year_takes_no_paragraph_period(void **state)
{
	const char *s = "Ghana imported 420,000 tonnes of rice in 2003, the ministry said. "
			"Ghana must import 500,000 tonnes of rice annually until 2008.";

	(void)state;
	check_period(s, "2004-03-02", "420,000 tonnes", "2003");
	check_period(s, "2004-03-02", "500,000 tonnes", "");
}

static void test_when3_since_a_start_to_the_story(void **state)
{
	(void)state;
	check_period("The rand has lost 18 pct against the dollar since September 2002.",
		      "2004-03-15", "18 pct", "2002-09/2004-03");
	check_period("Since 1998, quotas have been cut 30 pct and the levy has risen 12 pct.",
		      "2004-03-15", "12 pct", "1998-01/2004-03");
	check_period("The peso has gained 4.5 pct since the beginning of 2003.", "2004-03-15",
		      "4.5 pct", "2003-01/2004-03");
	check_period("Funds worth 2.5 billion dlrs have flowed in since early last year.",
		      "2004-03-15", "2.5 billion dlrs", "2003-01/2004-03");
	check_period("Sales abroad have risen 9 pct since the start of the year.", "2004-03-15",
		      "9 pct", "2004-01/2004-03");
	check_period("Copper has fallen 11 pct since the second quarter of 2002.", "2004-03-15",
		      "11 pct", "2002-04/2004-03");
	/* a superlative's "since": the figure's own period */
	check_period("Unemployment was 8.1 pct in February, the highest since May 1994.",
		      "2004-03-15", "8.1 pct", "2004-02");
	/* another subject's clause; no first month named */
	check_period("Tariffs rose 2.25 pct in 2002 but the rate has been fixed since 1991.",
		      "2004-03-15", "2.25 pct", "2002");
	check_period("Mills have sold 90,000 tonnes since the start of the campaign.",
		      "2004-03-15", "90,000 tonnes", "");
}

static void test_when3_fiscal_years_by_whose(void **state)
{
	(void)state;
	/* the current one: the economy named first, else the dateline's */
	check_period("TOKYO, Feb 9 - Japan's current account surplus is seen at 71 billion "
		      "dlrs in the current fiscal year.", "2004-02-09", "71 billion dlrs",
		      "2003-04/2004-03");
	check_period("India's exports are put at 61 billion dlrs in the current financial "
		      "year.", "2004-05-09", "61 billion dlrs", "2004-04/2005-03");
	check_period("WASHINGTON, Feb 9 - Credit guarantees of 40 mln dlrs remain for "
		      "the current fiscal year.", "2004-02-09", "40 mln dlrs", "2003-10/2004-09");
	check_period("The treasurer sees growth of 3.2 pct next financial year.",
		      "2004-02-09", "3.2 pct", "");
	check_period("Australia's treasurer sees growth of 3.2 pct next financial year.",
		      "2004-02-09", "3.2 pct", "2004-07/2005-06");
	/* "fiscal 2004": the U.S. names it by its end, Japan by its start */
	check_period("The U.S. allotted 250 mln dlrs for fiscal 2004.", "2004-02-09",
		      "250 mln dlrs", "2003-10/2004-09");
	check_period("Japan's rice imports for fiscal year 2004 are set at 770,000 tonnes.",
		      "2004-02-09", "770,000 tonnes", "2004-04/2005-03");
	/* an economy whose fiscal year is not in the table: no period */
	check_period("Brazil's surplus reached 24 billion dlrs in the current fiscal year.",
		      "2004-02-09", "24 billion dlrs", "");
}

static void test_when3_amount_reached_before_an_earlier_month(void **state)
{
	(void)state;
	/* an amount of no trade flow: the month after the earlier value's */
	check_period("Futures trade fell to 412,000 tonnes from 455,000 in May, the exchange "
		      "said.", "2004-07-05", "412,000 tonnes", "2004-06");
	/* a percent (a rate) is not moved so */
	check_period("The bank's rate fell to 4.5 pct from 4.75 pct in May.", "2004-07-05",
		      "4.5 pct", "");
}

static void test_when3_lead_period_past_a_change_base(void **state)
{
	const char *s = "LIMA, March 9 - Peru's exports fell 12 pct in January, the central "
			"bank said.\n\n"
			"    Mineral exports amounted to 212 mln dlrs, a fall of 9 pct from last "
			"year.\n\n"
			"    The recent purchases of some 40,000 tonnes of wheat were paid in "
			"cash.\n";

	(void)state;
	/* "from last year" is the change's base: the lead's month holds */
	check_period(s, "2004-03-09", "212 mln dlrs", "2004-01");
	/* "recent": another time than the lead's */
	check_period(s, "2004-03-09", "40,000 tonnes", "");
}

static void test_when3_future_quarter_and_month(void **state)
{
	(void)state;
	/* a forecast of a quarter not begun: this year's, not last year's */
	check_period("Korea's exports in the July-September quarter are expected to rise to "
		      "52 billion dlrs.", "2004-05-28", "52 billion dlrs", "2004-Q3");
	check_period("Shipments will climb to 3.1 mln tonnes in the third quarter.",
		      "2004-05-28", "3.1 mln tonnes", "2004-Q3");
	check_period("Imports are forecast at 880,000 tonnes in August.", "2004-05-28",
		      "880,000 tonnes", "2004-08");
	/* a month just ended, not yet reported: still the latest */
	check_period("April exports are expected to show a rise to 21 billion dlrs.",
		      "2004-05-28", "21 billion dlrs", "2004-04");
	/* the past, whatever follows */
	check_period("Sales rose 4 pct in the September quarter and are not expected to "
		      "fall.", "2004-05-28", "4 pct", "2003-Q3");
	/* "seen" of the past */
	check_period("That reversed the 6 pct fall seen in July.", "2004-05-28", "6 pct",
		      "2003-07");
	/* a year named says which */
	check_period("Exports in the third quarter of 2003 were expected to reach 50 billion "
		      "dlrs.", "2004-05-28", "50 billion dlrs", "2003-Q3");
}

static void test_when3_months_to_end_month_and_the_same_part(void **state)
{
	const char *s = "LIMA, Oct 20 - Peru's trade surplus narrowed to 210 mln dlrs in the "
			"seven months to end-July from 395 mln dlrs in the same 2003 period.\n\n"
			"    Exports in the seven-month period rose to 2.41 billion dlrs from 2.26 "
			"billion in 2003.\n";

	(void)state;
	check_period(s, "2004-10-20", "210 mln dlrs", "2004-01/2004-07");
	check_period(s, "2004-10-20", "395 mln dlrs", "2003-01/2003-07");
	check_period(s, "2004-10-20", "2.41 billion dlrs", "2004-01/2004-07");
	/* "in 2003" after a part of 2004: the same part of 2003 */
	check_period(s, "2004-10-20", "2.26 billion", "2003-01/2003-07");
}

static void test_when3_period_of_the_next_conjunct(void **state)
{
	const char *s = "Unshipped sales of barley for the current season total 45,000 tonnes "
			"and sales for the 2004/05 season total 230,000 tonnes.";

	(void)state;
	/* its own season before it, not the next subject's after "and" */
	check_period(s, "2004-03-10", "45,000 tonnes", "2003/04");
	check_period(s, "2004-03-10", "230,000 tonnes", "2004/05");
	/* with none of its own before, the one after is still its own */
	check_period("Sales totalled 45,000 tonnes and 230,000 tonnes for the 2004/05 season.",
		      "2004-03-10", "45,000 tonnes", "2004/05");
}

static void test_when3_earlier_month_across_while(void **state)
{
	const char *s = "Exports fell to 4.1 billion rand in June from 4.4 billion in May, "
			"while imports rose to 3.2 billion rand from 2.9 billion.";

	(void)state;
	/* the same pair of months on the other side of "while" */
	check_period(s, "2004-07-20", "2.9 billion", "2004-05");
	check_period(s, "2004-07-20", "4.4 billion", "2004-05");
}

static void test_when3_today_and_tomorrow(void **state)
{
	(void)state;
	/* tomorrow's operation, a forecast of today's shortage */
	check_period("The central bank will sell 500 billion yen of bills tomorrow, dealers "
		      "said.", "2004-06-30", "500 billion yen", "2004-07-01");
	check_period("The bank put its forecast of today's shortage at 1.2 billion stg.",
		      "2004-06-30", "1.2 billion stg", "2004-06-30");
	check_period("Licences for 40,000 tonnes of barley were granted at today's tender.",
		      "2004-06-30", "40,000 tonnes", "2004-06-30");
	/* when it was said or will be announced is no figure's period */
	check_period("The ministry said today the levy would rise 4 pct.", "2004-06-30",
		      "4 pct", "");
	check_period("The levy would rise 4 pct, with rates announced later today.",
		      "2004-06-30", "4 pct", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when3_earlier_value_of_a_year_is_the_year_before),
		cmocka_unit_test(test_when3_earlier_value_that_says_more_keeps_no_year),
		cmocka_unit_test(test_when3_last_year_after_a_figure_still_to_come),
		cmocka_unit_test(test_when3_list_of_earlier_values_keeps_its_periods),
		cmocka_unit_test(test_when3_year_to_a_month),
		cmocka_unit_test(test_when3_rate_per_year_takes_no_paragraph_period),
		cmocka_unit_test(test_when3_since_a_start_to_the_story),
		cmocka_unit_test(test_when3_fiscal_years_by_whose),
		cmocka_unit_test(test_when3_amount_reached_before_an_earlier_month),
		cmocka_unit_test(test_when3_lead_period_past_a_change_base),
		cmocka_unit_test(test_when3_future_quarter_and_month),
		cmocka_unit_test(test_when3_months_to_end_month_and_the_same_part),
		cmocka_unit_test(test_when3_period_of_the_next_conjunct),
		cmocka_unit_test(test_when3_earlier_month_across_while),
		cmocka_unit_test(test_when3_today_and_tomorrow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
