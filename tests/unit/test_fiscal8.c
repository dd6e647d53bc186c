/*
 * test_fiscal8.c - a government budget's year is its fiscal year (issue
 * 13, period8, src/parse/fiscal_budget.c): a budget figure's plain year
 * ("the deficit for 1992", "the 1991 target of a 90 billion dlr deficit")
 * under a headline, paragraph or sentence that says "budget" or "fiscal"
 * is the fiscal year that year names in its reporter's calendar
 * (data/lexicon/fiscal.tsv: the U.S. by the year it ends in, Japan by the
 * year it starts in); a trade figure, a country whose calendar is the
 * calendar year or unknown, and a story that never says budget keep the
 * calendar year. Every sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_fiscal8_budget_headline(void **state)
{
	const char *s = "HOUSE PANEL VOTES NEW U.S. BUDGET PLAN\n\n"
			"WASHINGTON, May 6 - A House panel voted a plan that would hold "
			"the deficit for 1992 to 88 billion dlrs.\n\n"
			"    The deficit reached a record 203 billion dlrs in 1990, the "
			"panel said.\n";

	(void)state;
	check_period(s, "1991-05-06", "88 billion dlrs", "1991-10/1992-09");
	check_period(s, "1991-05-06", "203 billion dlrs", "1989-10/1990-09");
}

static void test_fiscal8_budget_sentence(void **state)
{
	(void)state;
	/* the sentence says budget: no headline needed */
	check_period("WASHINGTON, May 6 - Congress set the 1991 budget deficit target at "
		      "64 billion dlrs.\n", "1990-05-06", "64 billion dlrs", "1990-10/1991-09");
	/* Japan names its fiscal year by the year it starts in */
	check_period("TOKYO, Jan 9 - The Finance Ministry's budget sees tax revenue of "
		      "51 trillion yen in 1990.\n", "1990-01-09", "51 trillion yen",
		      "1990-04/1991-03");
}

static void test_fiscal8_calendar_year_stays(void **state)
{
	(void)state;
	/* a trade figure in a budget story: the calendar year */
	check_period("U.S. BUDGET TALKS RESUME\n\nWASHINGTON, May 6 - The trade deficit "
		      "was 101 billion dlrs in 1990, officials said.\n", "1991-05-06",
		      "101 billion dlrs", "1990");
	/* a country whose year is the calendar year, or not known */
	check_period("BONN, May 6 - The federal budget deficit will be 70 billion marks in "
		      "1991.\n", "1991-05-06", "70 billion marks", "1991");
	/* a deficit no sentence, paragraph or headline calls a budget's */
	check_period("WASHINGTON, May 6 - The deficit for 1992 may be 88 billion dlrs, "
		      "analysts said.\n", "1991-05-06", "88 billion dlrs", "1992");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fiscal8_budget_headline),
		cmocka_unit_test(test_fiscal8_budget_sentence),
		cmocka_unit_test(test_fiscal8_calendar_year_stays),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
