/*
 * test_when4.c - periods (issue 13, period4): the base of a comparison in
 * percent ("12 pct below their level in March 1998") is never the figure's
 * own period, and a month's possessive before an earlier value ("above
 * March 1998's 4.1 billion") is that value's, and gives the paragraph no
 * period; a market session's words ("in late morning trading", "by 1400
 * GMT", "closed at") and "today" date a quote by the story; a money
 * market's operation, and the event "today's tender" of a lead, are of
 * their day; a target takes no past period of
 * another clause; an amount with no period takes its sentence's; "9.2 mln
 * against 8.4 mln in 1998/99" is of the crop year after; a forecast takes
 * no past period from its paragraph; the lead's period is not carried into
 * a sentence with a time of its own ("the second year of the pact, which
 * ended August 31"). Every
 * sentence
 * here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_when4_comparison_base_is_not_the_period(void **state)
{
	const char *s = "Coffee exports rose to 3.4 billion reais, 18 pct above the 2.9 billion "
			"reais recorded in March 1998.";

	(void)state;
	check_period(s, "1999-04-20", "2.9 billion reais", "1998-03");
	/* the same month a year on, as news compares (not March 1998) */
	check_period(s, "1999-04-20", "3.4 billion reais", "1999-03");
	check_period("Steel output fell to 8.1 mln tonnes, 6 pct below its level in May 1998.",
		      "1999-06-11", "8.1 mln tonnes", "");
	check_period("Sales abroad in May were 2.2 billion rand, 4 pct lower than in May 1998.",
		      "1999-06-11", "2.2 billion rand", "1999-05");
	/* the month's own figure names its period: unchanged */
	check_period("Imports rose to 5.6 billion dlrs in April, 9 pct over the 5.1 billion "
		      "of April 1998.", "1999-05-20", "5.6 billion dlrs", "1999-04");
}

static void test_when4_possessive_month_of_an_earlier_value(void **state)
{
	const char *s = "Imports were 31 pct above March 1998's 4.1 billion dlrs.";

	(void)state;
	check_period(s, "1999-04-20", "4.1 billion dlrs", "1998-03");
	check_period(s, "1999-04-20", "31 pct", "1999-03");
}

static void test_when4_compared_value_gives_the_paragraph_no_period(void **state)
{
	const char *s = "Wool exports fell 3.2 pct to 1.40 billion dlrs in May but were 7 pct above "
			"May 1998's 1.31 billion dlrs. Meat exports slid 5.1 pct to 610 mln dlrs.";

	(void)state;
	check_period(s, "1999-06-20", "1.31 billion dlrs", "1998-05");
	check_period(s, "1999-06-20", "610 mln dlrs", "1999-05");
}

static void test_when4_market_session_is_the_story_day(void **state)
{
	(void)state;
	check_period("The peso traded at 9.12 to the dollar in late morning trading.",
		      "1999-06-11", "9.12", "1999-06-11");
	check_period("The rand eased to 6.21 to the dollar by 1400 GMT.", "1999-06-11", "6.21",
		      "1999-06-11");
	check_period("Platinum closed at 356.20 dlrs, up 4.10 dlrs.", "1999-06-11", "356.20 dlrs",
		      "1999-06-11");
	check_period("The franc fell to 6.30 francs against the dollar today.", "1999-06-11",
		      "6.30 francs", "1999-06-11");
	check_period("The central bank bought dollars in early afternoon trade at around "
		      "118.40 yen.", "1999-06-11", "118.40 yen", "1999-06-11");
	/* a trading partner, a trading range, a session of parliament: no day */
	check_period("Mexico, its second trading partner, takes 9 pct of its exports.",
		      "1999-06-11", "9 pct", "");
	check_period("The minister told a parliamentary session the peso should trade at "
		      "9.50 to the dollar.", "1999-06-11", "9.50", "");
}

static void test_when4_money_market_operation_is_of_its_day(void **state)
{
	const char *s = "UK MONEY MARKET GETS 310 MLN STG HELP\n\n"
			"LONDON, June 11 - The Bank of England said it gave the money market "
			"310 mln stg assistance this afternoon.\n"
			"    It bought 120 mln stg of bank bills in band two at 5-1/8 pct and "
			"190 mln stg of treasury bills in band one at 5-3/16 pct.\n";
	const char *t = "BANK SETS BILL SALE\n\n"
			"OSAKA, June 11 - The central bank will sell tomorrow 500 billion yen "
			"of bills to absorb a money market surplus of 900 billion yen.\n"
			"    Of the total, 200 billion yen will yield 2.75 pct.\n";
	const char *u = "RATES SEEN STEADY\n\n"
			"BONN, June 11 - Money market dealers said rates would stay low.\n"
			"    Call money is likely to hold at 2.6 pct, they said.\n";

	(void)state;
	check_period(s, "1999-06-11", "120 mln stg", "1999-06-11");
	check_period(s, "1999-06-11", "5-3/16 pct", "1999-06-11");
	check_period(t, "1999-06-11", "200 billion yen", "1999-06-12");
	check_period(t, "1999-06-11", "2.75 pct", "1999-06-12");
	/* dealers of the money market name no operation: no day */
	check_period(u, "1999-06-11", "2.6 pct", "");
}

static void test_when4_day_event_of_the_lead(void **state)
{
	const char *s = "GRAIN TENDER DETAILED\n\n"
			"BRUSSELS, June 10 - The Commission granted licences to export 60,000 "
			"tonnes of rye and 35,000 tonnes of oats at today's weekly tender, "
			"traders said.\n"
			"    The maximum rebate for rye was set at 121.50 Ecus per tonne.\n";
	const char *t = "GRAIN TENDER SEEN\n\n"
			"BRUSSELS, June 10 - Traders expect a quiet tender next week.\n"
			"    The maximum rebate for rye was set at 121.50 Ecus per tonne.\n";

	(void)state;
	check_period(s, "1999-06-10", "60,000 tonnes", "1999-06-10");
	check_period(s, "1999-06-10", "121.50 Ecus", "1999-06-10");
	check_period(t, "1999-06-10", "121.50 Ecus", "");
}

static void test_when4_target_takes_no_past_period_of_another_clause(void **state)
{
	(void)state;
	check_period("After floods ruined the rice crop last year, the ministry plans to raise "
		      "the area by 12 pct.", "1999-03-02", "12 pct", "");
	check_period("The bank hopes a planned 6 pct devaluation will lift sales abroad and "
		      "narrow last year's deficit.", "1999-03-02", "6 pct", "");
	/* written next to it, or the time of its own clause: kept */
	check_period("The target for 1998 was a 3 pct rise.", "1999-03-02", "3 pct", "1998");
	check_period("The central bank moved last month to tenders at a minimum rate of "
		      "4.25 pct.", "1999-03-02", "4.25 pct", "1999-02");
}

static void test_when4_amount_takes_its_sentence_period(void **state)
{
	const char *s = "Cocoa futures volume fell to 41,200 lots in May from 48,900 in April, "
			"and their value eased to 310 mln stg from 352 mln.";

	(void)state;
	check_period(s, "1999-06-04", "310 mln stg", "1999-05");
	/* a figure of another sentence gives none */
	check_period("Cocoa futures volume fell to 41,200 lots in May. Their value was "
		      "310 mln stg.", "1999-06-04", "310 mln stg", "");
}

static void test_when4_crop_year_after_an_earlier_value(void **state)
{
	(void)state;
	check_period("France's barley harvest would be around 9.2 mln tonnes against 8.4 mln "
		      "in 1998/99.", "1999-05-20", "9.2 mln tonnes", "1999/00");
	check_period("France's barley harvest would be around 9.2 mln tonnes against 8.4 mln "
		      "in 1998/99.", "1999-05-20", "8.4 mln", "1998/99");
}

static void test_when4_forecast_takes_no_past_period_of_its_paragraph(void **state)
{
	const char *s = "The trade surplus was 1.4 billion dlrs in 1998. Officials forecast a "
			"surplus of 800 mln dlrs.";
	const char *t = "The trade surplus is expected to be 1.4 billion dlrs in 2000. Officials "
			"forecast a surplus of 800 mln dlrs.";

	(void)state;
	check_period(s, "1999-03-02", "800 mln dlrs", "");
	/* a period still to come is carried */
	check_period(t, "1999-03-02", "800 mln dlrs", "2000");
}

static void test_when4_lead_period_stops_at_a_time_of_its_own(void **state)
{
	const char *s = "MAIZE SHIPMENTS\n\n"
			"OTTAWA, May 6 - Canada shipped 41,300 tonnes of maize to Japan in the "
			"week ended April 30, the board said.\n"
			"    Total shipments in the second year of the supply pact, which ended "
			"August 31, came to 910,000 tonnes of maize.\n"
			"    Canada also shipped 12,000 tonnes of barley.\n";

	(void)state;
	/* not the lead's week; the pact's second year, which the sentence
	 * dates (ended August 31, 1998), is 1997/98 (harvest.c, period6) */
	check_period(s, "1999-05-06", "910,000 tonnes", "1997/98");
	check_period(s, "1999-05-06", "12,000 tonnes", "1999-04-24/1999-04-30");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when4_comparison_base_is_not_the_period),
		cmocka_unit_test(test_when4_possessive_month_of_an_earlier_value),
		cmocka_unit_test(test_when4_compared_value_gives_the_paragraph_no_period),
		cmocka_unit_test(test_when4_market_session_is_the_story_day),
		cmocka_unit_test(test_when4_money_market_operation_is_of_its_day),
		cmocka_unit_test(test_when4_day_event_of_the_lead),
		cmocka_unit_test(test_when4_target_takes_no_past_period_of_another_clause),
		cmocka_unit_test(test_when4_amount_takes_its_sentence_period),
		cmocka_unit_test(test_when4_crop_year_after_an_earlier_value),
		cmocka_unit_test(test_when4_forecast_takes_no_past_period_of_its_paragraph),
		cmocka_unit_test(test_when4_lead_period_stops_at_a_time_of_its_own),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
