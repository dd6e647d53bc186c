/*
 * test_period10.c - periods of session 10 (period10): a month range that
 * is a calendar quarter written with the quarter's ordinal ("the
 * July-September third quarter of 2031") is that quarter, not its months;
 * a year named as one ("for the full year 2030", "for all of 2030") is
 * the figure's period, not the year of an earlier value after it; a
 * figure whose sentence says "in recent years" takes no period from its
 * paragraph; an earlier value with no period of its own in a sentence that
 * revises an estimate ("revised its estimate ... to 300 mln from 250
 * mln") is the earlier estimate of the same period, but not a value
 * called revised ("from a revised 4 billion"); a figure right after "last
 * year's" ("last season's") in a sentence about a crop year is the crop
 * year before; a quarter with no year after quarters in the year's order,
 * the first of a written year ("in the first quarter of 2031, ... in the
 * third quarter"), is of that year; "the March deficit last year" is
 * March of last year. Every sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_period10_months_quarter(void **state)
{
	(void)state;
	check_period("Chile's trade surplus narrowed to 410 mln dlrs in the July-September "
		      "third quarter of 2031 from 520 mln dlrs in the second quarter.",
		      "2031-11-20", "410 mln dlrs", "2031-Q3");
	/* months alone stay months */
	check_period("Chile's copper exports rose to 3.1 billion dlrs in July-September.",
		      "2031-11-20", "3.1 billion dlrs", "2031-07/2031-09");
}

static void test_period10_named_year(void **state)
{
	(void)state;
	check_period("For the full year 2030, Peru's imports grew 1.2 billion dlrs after "
		      "a rise of 900 mln dlrs in 2029.", "2031-02-11", "1.2 billion dlrs", "2030");
	check_period("For all of 2030, Peru's exports of fishmeal were 2.3 mln tonnes, "
		      "against 2.0 mln tonnes in 2029.", "2031-02-11", "2.3 mln tonnes", "2030");
	check_period("For all 2030, Peru's exports of fishmeal were 2.3 mln tonnes, "
		      "against 2.0 mln tonnes in 2029.", "2031-02-11", "2.3 mln tonnes", "2030");
}

static void test_period10_recent_years(void **state)
{
	(void)state;
	check_period("Kenya exported 90,000 tonnes of tea in 2030, the minister said. In "
		      "recent years Kenya has imported over 40,000 tonnes of wheat.",
		      "2031-04-02", "40,000 tonnes", "");
	check_period("Kenya exported 90,000 tonnes of tea in 2030, the minister said. It "
		      "imported 40,000 tonnes of wheat.", "2031-04-02", "40,000 tonnes", "2030");
}

static void test_period10_revised_same(void **state)
{
	const char *s = "The central bank said it revised up its estimate of the shortage in "
			"the money market today to 300 mln crowns from 250 mln.";

	(void)state;
	check_period(s, "2031-06-05", "300 mln crowns", "2031-06-05");
	check_period(s, "2031-06-05", "250 mln", "2031-06-05");
	check_period("Chile's exports rose to 5 billion dlrs in May from a revised 4 billion, "
		      "the bank said.", "2031-06-05", "4 billion", "");
}

static void test_period10_last_crop(void **state)
{
	const char *s = "Uruguay's 2030/31 rice crop is estimated at 1.4 mln tonnes, up 6 pct "
			"from last year's total of 1.32 mln tonnes.";

	(void)state;
	check_period(s, "2031-05-14", "1.4 mln tonnes", "2030/31");
	check_period(s, "2031-05-14", "1.32 mln tonnes", "2029/30");
	check_period("Area sown for the 2030/31 harvest was 160,000 hectares, against last "
		      "season's 152,000 hectares.", "2031-05-14", "152,000 hectares", "2029/30");
}

static void test_period10_quarter_year(void **state)
{
	const char *s = "Analysts expect Chile's output to grow 1.2 pct in the first quarter "
			"of 2031, pick up in the second quarter and rise 3.4 pct in the third "
			"quarter.";

	(void)state;
	check_period(s, "2031-02-20", "1.2 pct", "2031-Q1");
	check_period(s, "2031-02-20", "3.4 pct", "2031-Q3");
	/* no year written: the latest third quarter */
	check_period("Chile's output grew 0.8 pct in the fourth quarter after 0.5 pct in the "
		      "third quarter.", "2031-02-20", "0.5 pct", "2030-Q3");
}

static void test_period10_month_last_year(void **state)
{
	(void)state;
	check_period("Peru's trade surplus was 210 mln dlrs in March. The March deficit "
		      "last year was 45 mln dlrs.", "2031-04-22", "45 mln dlrs", "2030-03");
	/* no month before the noun: the year */
	check_period("Peru's trade surplus was 210 mln dlrs in March. Its imports last year "
		      "were 9.1 billion dlrs.", "2031-04-22", "9.1 billion dlrs", "2030");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period10_months_quarter),
		cmocka_unit_test(test_period10_named_year),
		cmocka_unit_test(test_period10_recent_years),
		cmocka_unit_test(test_period10_revised_same),
		cmocka_unit_test(test_period10_last_crop),
		cmocka_unit_test(test_period10_quarter_year),
		cmocka_unit_test(test_period10_month_last_year),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
