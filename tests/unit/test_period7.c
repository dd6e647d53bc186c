/*
 * test_period7.c - periods (issue 13, period7): an earlier value named by
 * its distance from the figure it is compared with, beyond years, months
 * and weeks: "in the previous quarter", "a quarter earlier", "the quarter
 * before" (the quarter before the compared figure's), "the prior
 * statement period", "the previous period" (the run of days or months of
 * the compared figure's length just before it) (when_earlier.c); a price
 * per unit quoted in a market session ("closed at 12.40 dlrs a bushel")
 * or with a day word ("tonight") is of that day, not one "currently" paid
 * under a programme (when_quote.c); a period phrase after a price's unit
 * ("2.90 dlrs per kilo on May 3") is right after that price; whole months
 * counted from the story's date ("in the last three months", "in the next
 * three months") are a month range, a run of years stays blank
 * (when_span.c); a value "last year" after a sentence about a quarter is
 * that quarter a year back, and the figure compared with it the quarter
 * (when_earlier.c, when_relative_base); a day after a month abbreviated
 * with a dot ("on Oct. 30", when.c, date.c) and a year after "early" or
 * "late" ("in late 1998", as "in mid-1998") are read.
 * Every sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_period7_quarter_before(void **state)
{
	const char *s = "Exports rose to 4.1 billion dlrs in the fourth quarter from 3.9 billion "
			"dlrs in the previous quarter.";
	const char *t = "Steel exports fell to 310,000 tonnes in the first quarter, against "
			"290,000 tonnes a quarter earlier.";
	const char *u = "Output rose 0.8 pct in the first three months, compared with 0.5 pct "
			"in the preceding quarter.";

	(void)state;
	check_period(s, "1999-02-10", "4.1 billion dlrs", "1998-Q4");
	check_period(s, "1999-02-10", "3.9 billion dlrs", "1998-Q3");
	/* across the new year */
	check_period(t, "1999-05-10", "290,000 tonnes", "1998-Q4");
	check_period("The surplus widened to 2.2 billion marks in the second quarter from "
		      "1.8 billion the quarter before.", "1999-08-10", "1.8 billion", "1999-Q1");
	/* three months of a quarter are that quarter */
	check_period(u, "1999-04-20", "0.5 pct", "1998-Q4");
	/* the earlier year stays a year back */
	check_period("Sales rose to 410,000 tonnes in the first quarter from 390,000 tonnes "
		      "in the previous year.", "1999-04-20", "390,000 tonnes", "1998-Q1");
	/* no compared period, no earlier one */
	check_period("Sales were 390,000 tonnes in the previous quarter.", "1999-04-20",
		      "390,000 tonnes", "");
}

static void test_period7_period_before(void **state)
{
	(void)state;
	check_period("Deposits were 4.1 billion dlrs in the first two months, against 3.9 "
		      "billion dlrs in the previous period.", "1999-04-20", "3.9 billion dlrs",
		      "1998-11/1998-12");
	check_period("Borrowings averaged 393 mln dlrs in the week ended April 7, up from 265 "
		      "mln dlrs in the prior statement period.", "1999-04-09", "265 mln dlrs",
		      "1999-03-25/1999-03-31");
}

static void test_period7_price_per_unit_of_a_session(void **state)
{
	(void)state;
	check_period("Platinum rose 9.50 dlrs and closed at 512.40 dlrs an ounce in New York.",
		      "1999-04-09", "512.40 dlrs", "1999-04-09");
	check_period("Copper opened here at 1,410 stg a tonne, dealers said.", "1999-04-09",
		      "1,410 stg", "1999-04-09");
	check_period("Jordan is tendering tonight for 40,000 tonnes of barley at 82.00 dlrs "
		      "per tonne, exporters said.", "1999-04-09", "82.00 dlrs", "1999-04-09");
	/* a programme's rate, a deal's price: no session, no day */
	check_period("Farmers currently receive payments of three dlrs per bushel for idled "
		      "land.", "1999-04-09", "three dlrs", "");
	check_period("The bonuses awarded averaged 38.75 dlrs per tonne, the department said.",
		      "1999-04-09", "38.75 dlrs", "");
}

static void test_period7_period_after_the_unit(void **state)
{
	const char *s = "The retail price of sugar fell from 2.90 dlrs per kilo on May 3 to "
			"2.75 dlrs on May 28.";
	const char *u = "Barley traded at 61 dlrs a tonne on Monday and 63 dlrs a tonne on "
			"Wednesday.";

	(void)state;
	check_period(s, "1999-06-02", "2.90 dlrs", "1999-05-03");
	check_period(s, "1999-06-02", "2.75 dlrs", "1999-05-28");
	check_period(u, "1999-06-04", "61 dlrs", "1999-05-31");
	check_period(u, "1999-06-04", "63 dlrs", "1999-06-02");
	check_period("Inflation was cut from 180 pct a year in the first half of 1998 to 60 pct.",
		      "1999-06-04", "180 pct", "1998-01/1998-06");
}

static void test_period7_months_counted_from_the_story(void **state)
{
	(void)state;
	check_period("In the last three months bank lending grew at an annual rate of eight "
		      "pct.", "1999-04-07", "eight pct", "1999-01/1999-03");
	check_period("Dealers expect the rand to trade between 6.10 and 6.40 to the dollar in "
		      "the next three months.", "1999-11-09", "between 6.10 and 6.40",
		      "1999-11/2000-02");
	check_period("Chile bought about 1.2 mln tonnes of wheat in the past six months, the "
		      "department said.", "1999-02-10", "1.2 mln tonnes", "1998-08/1999-01");
	/* inside the sentence: only a figure before it */
	check_period("Prices have soared in the last six months and a 90 dlr radio is out of "
		      "reach.", "1999-04-07", "90 dlr", "");
	/* "the last six months of the year" is another span */
	check_period("The surplus would be one billion dlrs in each of the last six months of "
		      "the year.", "1999-04-07", "one billion dlrs", "");
	/* a run of years stays blank */
	check_period("Exports to Japan could reach five billion dlrs in the next five years.",
		      "1999-04-07", "five billion dlrs", "");
}

static void test_period7_last_year_after_a_quarter(void **state)
{
	const char *s = "Chile's copper exports rose to 4.2 billion dlrs in the first quarter "
			"from 3.6 billion a year earlier. Imports rose to 2.9 billion dlrs "
			"from 2.4 billion last year.\n";

	(void)state;
	check_period(s, "1999-04-20", "2.9 billion dlrs", "1999-Q1");
	check_period(s, "1999-04-20", "2.4 billion", "1998-Q1");
	/* the next paragraph is another's: no quarter from it */
	{
		struct claim cl = get("Chile's copper exports rose to 4.2 billion dlrs in the "
				      "first quarter.\n    Imports rose to 2.9 billion dlrs from "
				      "2.4 billion last year.\n", "1999-04-20", "2.9 billion dlrs");

		if (!strcmp(cl.period, "1999-Q1"))
			fail_msg("'2.9 billion dlrs' took the quarter of the paragraph before");
	}
}

static void test_period7_dotted_month_and_late_year(void **state)
{
	(void)state;
	check_period("Reserves stood at 31.2 billion dlrs on Oct. 30, the central bank said.",
		      "1999-04-07", "31.2 billion dlrs", "1998-10-30");
	check_period("Reserves stood at 31.4 billion dlrs on Feb. 26, the central bank said.",
		      "1999-04-07", "31.4 billion dlrs", "1999-02-26");
	check_period("The current account deficit narrowed to 900 mln dlrs in late 1998.",
		      "1999-04-07", "900 mln dlrs", "1998");
	check_period("The current account deficit was 1.3 billion dlrs in early 1997.",
		      "1999-04-07", "1.3 billion dlrs", "1997");
	/* a full month name ending its sentence stays a sentence end */
	check_period("Exports were 4.1 billion dlrs in March. 30 pct went to Asia.",
		      "1999-04-07", "4.1 billion dlrs", "1999-03");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period7_quarter_before),
		cmocka_unit_test(test_period7_period_before),
		cmocka_unit_test(test_period7_price_per_unit_of_a_session),
		cmocka_unit_test(test_period7_period_after_the_unit),
		cmocka_unit_test(test_period7_months_counted_from_the_story),
		cmocka_unit_test(test_period7_last_year_after_a_quarter),
		cmocka_unit_test(test_period7_dotted_month_and_late_year),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
