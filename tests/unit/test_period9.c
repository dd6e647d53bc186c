/*
 * test_period9.c - periods of session 9 (period9): a week named by its
 * last day with "up to and including" ("the week up to and including May
 * 11") or "ended on" is the seven days to that day; a stock of money at
 * the end of such a week (a level, no trade flow: "rose by 300 mln crowns
 * to 4.2 billion in the week ended May 11") is that day, while its change
 * keeps the week; a futures contract named after a month ("the benchmark
 * October rubber contract", "September cotton futures") is that month,
 * still to come; a period right after an earlier value that follows
 * "after" ("a deficit of 2.1 billion after 3.4 billion in 1990") is that
 * value's, not the figure's before it; "the half-year" is the last whole
 * half-year before the story's month. Every sentence here is written for
 * the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_period9_week_up_to(void **state)
{
	const char *s = "Deposits at the central bank rose by 300 mln crowns to 4.2 billion "
			"crowns in the week up to and including May 11, the bank said.";

	(void)state;
	check_period(s, "1992-05-12", "300 mln crowns", "1992-05-05/1992-05-11");
	check_period(s, "1992-05-12", "4.2 billion crowns", "1992-05-11");
	check_period("Gold holdings of the bank fell 90 mln crowns in the week ended on "
		      "May 11.", "1992-05-12", "90 mln crowns", "1992-05-05/1992-05-11");
}

static void test_period9_week_stock_day(void **state)
{
	(void)state;
	/* a stock: the week's last day; its change: the week */
	check_period("Notes in circulation fell 150 mln crowns to 31.6 billion crowns in "
		      "the week ending May 11.", "1992-05-12", "31.6 billion crowns",
		      "1992-05-11");
	check_period("Notes in circulation fell 150 mln crowns to 31.6 billion crowns in "
		      "the week ending May 11.", "1992-05-12", "150 mln crowns",
		      "1992-05-05/1992-05-11");
	/* a flow over the week keeps the week */
	check_period("Sweden's exports of wheat rose to 80,000 tonnes worth 12 mln dlrs "
		      "in the week ended May 7.", "1992-05-12", "80,000 tonnes",
		      "1992-05-01/1992-05-07");
}

static void test_period9_contract_month(void **state)
{
	(void)state;
	/* 1992-05-12: October and September are still to come */
	check_period("The benchmark October rubber contract in Singapore ended 2.5 cents "
		      "higher.", "1992-05-12", "2.5 cents", "1992-10");
	check_period("September cotton futures settled at 61.40 cents per lb.", "1992-05-12",
		      "61.40 cents", "1992-09");
	/* March is past: a month of a report, not a contract */
	check_period("Cotton exports fell to 2,400 tonnes in March.", "1992-05-12",
		      "2,400 tonnes", "1992-03");
}

static void test_period9_after_prior(void **state)
{
	const char *s = "Norway's trade balance improved in 1991. The current account showed a "
			"deficit of 2.1 billion crowns after 3.4 billion in 1990.";

	(void)state;
	check_period(s, "1992-03-10", "2.1 billion crowns", "1991");
	check_period(s, "1992-03-10", "3.4 billion", "1990");
}

static void test_period9_half_year(void **state)
{
	(void)state;
	check_period("Sales abroad to Chile and Peru climbed 6.2 percent and 3.9 percent "
		      "respectively in the half-year.", "2031-07-15", "6.2 percent",
		      "2031-01/2031-06");
	check_period("Shipments of coal rose 4.4 percent in the half year, the ministry said.",
		      "2031-02-03", "4.4 percent", "2030-07/2030-12");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period9_week_up_to),
		cmocka_unit_test(test_period9_week_stock_day),
		cmocka_unit_test(test_period9_contract_month),
		cmocka_unit_test(test_period9_after_prior),
		cmocka_unit_test(test_period9_half_year),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
