/*
 * test_when.c - the periods a figure takes from the phrases around it
 * (when.c, period.c): crop years, years and months that qualify a noun,
 * quarters named by a month, year to date, "the same period of 1986", days
 * and weekdays, months still to come. Every sentence here is written for
 * the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_when_weekday_resolves_to_the_latest_such_day(void **state)
{
	char out[DATE_LEN];

	(void)state;
	/* 2024-05-22 is a Wednesday */
	assert_int_equal(period_resolve_weekday("2024-05-22", 0, 0, out), 0);
	assert_string_equal(out, "2024-05-20");
	assert_int_equal(period_resolve_weekday("2024-05-22", 2, 0, out), 0);
	assert_string_equal(out, "2024-05-22");
	assert_int_equal(period_resolve_weekday("2024-05-22", 2, 1, out), 0);
	assert_string_equal(out, "2024-05-15");
	assert_int_equal(period_resolve_weekday("2024-03-01", 3, 0, out), 0);
	assert_string_equal(out, "2024-02-29");
	assert_int_equal(period_resolve_weekday("", 1, 0, out), -1);
	assert_string_equal(out, "");
}

static void test_when_crop_year_without_a_season_word(void **state)
{
	(void)state;
	check_period("The ministry put Canada's 2004/05 barley crop at 12.1 mln tonnes.",
		      "2005-02-10", "12.1 mln tonnes", "2004/05");
	check_period("Exports in 2003/04 reached 9.3 mln tonnes.", "2005-02-10",
		      "9.3 mln tonnes", "2003/04");
	/* half of a crop year: no period the store can hold, rather than a wrong one */
	check_period("Rates will ease to 7 pct over the second half of 2005/06.", "2005-02-10",
		      "7 pct", "");
}

static void test_when_year_or_month_that_qualifies_a_noun(void **state)
{
	(void)state;
	check_period("He said Chile had a 2003 trade surplus of 3.5 billion dlrs.", "2005-02-10",
		      "3.5 billion dlrs", "2003");
	check_period("The 9.0 billion dlr December deficit compared with a November deficit of 7.2 billion dlrs.",
		      "2005-02-10", "7.2 billion dlrs", "2004-11");
	check_period("Inflation fell to 4.1 pct in calendar 2004.", "2005-02-10", "4.1 pct", "2004");
	/* a year that names no period noun stays out */
	check_period("Since the 1998 crisis the surplus was 3 billion dlrs in March.",
		      "2005-02-10", "3 billion dlrs", "2004-03");
}

static void test_when_ends_and_middles_of_years(void **state)
{
	(void)state;
	check_period("Inflation should fall to 2.5 pct at end-2006.", "2005-02-10", "2.5 pct",
		      "2006-12");
	check_period("Inflation was 3.1 pct at end 2004.", "2005-02-10", "3.1 pct", "2004-12");
	check_period("Output should reach 20 mln tonnes by mid-2008.", "2005-02-10",
		      "20 mln tonnes", "2008");
	check_period("Credit fell from 9 billion dlrs in early December.", "2005-02-10",
		      "9 billion dlrs", "2004-12");
}

static void test_when_next_year_and_months_to_come(void **state)
{
	(void)state;
	check_period("Oil should average 41 dlrs a barrel next year.", "2005-02-10",
		      "41 dlrs", "2006");
	check_period("Inflation is forecast to fall to 3 pct by next January.", "2005-02-10",
		      "3 pct", "2006-01");
	check_period("For April shipment, Egypt bought 60,000 tonnes of wheat.", "2005-02-10",
		      "60,000 tonnes", "2005-04");
}

static void test_when_year_to_date(void **state)
{
	(void)state;
	check_period("Car exports so far this year rose 12 pct.", "2005-05-20", "12 pct",
		      "2005-01/2005-05");
	check_period("Year-to-date imports were 3.2 billion dlrs.", "2005-05-20",
		      "3.2 billion dlrs", "2005-01/2005-05");
}

static void test_when_quarters_named_by_a_month(void **state)
{
	(void)state;
	check_period("GDP grew 2.2 pct in the quarter to September.", "2005-02-10", "2.2 pct",
		      "2004-Q3");
	check_period("GDP grew 1.4 pct in the December quarter.", "2005-02-10", "1.4 pct",
		      "2004-Q4");
	/* issue 15: a quarter claim, as the validator compares it with a quarterly series */
	check_period("Exports rose 3 pct to 41 billion dlrs in the first quarter of 2023.",
		      "2023-05-10", "41 billion dlrs", "2023-Q1");
	check_period("Exports were 39 billion dlrs in the second quarter of 2022, the agency said.",
		      "2023-05-10", "39 billion dlrs", "2022-Q2");
}

static void test_when_same_period_of_an_earlier_year(void **state)
{
	const char *s = "Exports in the first five months of 2005 were 120 mln dlrs, compared "
			"with 98 mln in the same period of 2004.";

	(void)state;
	check_period(s, "2005-07-01", "120 mln dlrs", "2005-01/2005-05");
	check_period(s, "2005-07-01", "98 mln", "2004-01/2004-05");
	s = "Exports in the first five months were 120 mln dlrs and imports 90 mln, compared "
	    "with 98 mln and 85 mln respectively in the same period last year.";
	check_period(s, "2005-07-01", "98 mln", "2004-01/2004-05");
	check_period(s, "2005-07-01", "85 mln", "2004-01/2004-05");
	/* a change measured "on the same quarter" keeps its own quarter */
	check_period("The surplus reached EUR 12.1 bn in the second quarter of 2005, up EUR 1.3 bn on "
		      "the same quarter of 2004.", "2005-09-01", "EUR 1.3 bn", "2005-Q2");
}

static void test_when_days_and_weekdays(void **state)
{
	const char *s = "The price fell from 5.10 pesos on May 2 to 4.80 pesos on May 16.";

	(void)state;
	check_period(s, "2005-05-20", "5.10 pesos", "2005-05-02");
	check_period(s, "2005-05-20", "4.80 pesos", "2005-05-16");
	/* 2005-05-20 is a Friday */
	check_period("Tuesday borrowings were 2.1 billion dlrs.", "2005-05-20",
		      "2.1 billion dlrs", "2005-05-17");
	/* the day of the statement is not the figure's */
	check_period("The bank said on Tuesday that reserves stood at 2.1 billion dlrs in April.",
		      "2005-05-20", "2.1 billion dlrs", "2005-04");
}

static void test_when_a_period_right_before_or_around_an_earlier_value(void **state)
{
	(void)state;
	check_period("Growth will be 2 pct in 2006, below last year's 3.4 pct.", "2005-02-10",
		      "3.4 pct", "2004");
	check_period("Reserves were 90 mln dlrs, against 80 mln at the end of March.",
		      "2005-05-20", "80 mln", "2005-03");
	check_period("This compares with a 4.1 mln dlr surplus (revised from 3.9 mln) in March.",
		      "2005-05-20", "4.1 mln dlr", "2005-03");
	check_period("The surplus doubled in february to 2 billion dlrs.", "2005-05-20",
		      "2 billion dlrs", "2005-02");
	/* "this year's" right before the earlier value is its own, not a base */
	check_period("Growth will be 2.1 pct in 2006, compared with this year's 1.7 pct and "
		      "last year's 2.4 pct.", "2005-05-20", "2.4 pct", "2004");
	/* "nine billion" in words is the earlier value "in early December" belongs to */
	check_period("Credit fell from nine billion dlrs in early December to 4 billion dlrs.",
		      "2005-05-20", "4 billion dlrs", "");
}

static void test_when_earlier_values_of_a_parallel_or_a_month_before(void **state)
{
	const char *s = "Wool sales fell to 3,100 tonnes from 4,000 in March, and their value "
			"fell to 9 mln stg from 12 mln stg.";

	(void)state;
	check_period(s, "2005-05-20", "12 mln stg", "2005-03");
	check_period("The surplus narrowed to 2.1 billion dlrs in April from 2.6 billion dlrs "
		      "the month before.", "2005-05-20", "2.6 billion dlrs", "2005-03");
	check_period("The deficit for the five months to the end of April was 6.2 billion dlrs.",
		      "2005-05-20", "6.2 billion dlrs", "2004-12/2005-04");
	/* last month's estimate of the same crop, not last month's crop */
	/* a period after a second figure is that figure's, not the first's */
	check_period("In the 2004/05 season it sold 30,000 tonnes and 50,000 tonnes for "
		      "delivery in the 2005/06 season.", "2005-05-20", "30,000 tonnes", "2004/05");
	check_period("In the 2004/05 season it sold 30,000 tonnes and 50,000 tonnes for "
		      "delivery in the 2005/06 season.", "2005-05-20", "50,000 tonnes", "2005/06");
	check_period("The board put the 2004/05 harvest at 12.2 mln tonnes, against 12.9 mln "
		      "tonnes last month.", "2005-05-20", "12.9 mln tonnes", "2004/05");
	check_period("Exports rose to 2.2 billion dlrs, against 2.1 billion dlrs last month.",
		      "2005-05-20", "2.1 billion dlrs", "2005-04");
}

static void test_when_spans_no_one_period_names(void **state)
{
	(void)state;
	check_period("The ministry sees a surplus of 2 billion dlrs this year and next.",
		      "2005-05-20", "2 billion dlrs", "");
	check_period("Spending rose 2 pct in 2004 and should rise 3 pct a year over the next "
		      "three years.", "2005-05-20",
		      "3 pct", "");
	check_period("Sales may reach 40 mln dlrs (of the total) in the near future.", "2005-05-20",
		      "40 mln dlrs", "");
}

static void test_when_quotes_of_the_story_day(void **state)
{
	(void)state;
	check_period("The dollar was fixed at 1.4420 Swiss francs at midday.", "2005-05-20",
		      "1.4420 Swiss francs", "2005-05-20");
	check_period("Overnight rates eased to 3-1/4 pct from 3-1/2 pct yesterday.", "2005-05-20",
		      "3-1/4 pct", "2005-05-20");
	check_period("Three-month rates are currently 4.15 pct.", "2005-05-20", "4.15 pct",
		      "2005-05-20");
	/* the quote next to "yesterday" is yesterday's, the other today's */
	check_period("The dollar was fixed at 1.4420 Swiss francs after 1.4510 yesterday.",
		      "2005-05-20", "1.4510", "2005-05-19");
	check_period("It was fixed at 2.31 marks after yesterday's 2.29.", "2005-05-20",
		      "2.29", "2005-05-19");
	check_period("It was fixed at 2.31 marks after yesterday's 2.29.", "2005-05-20",
		      "2.31 marks", "2005-05-20");
	/* a weekday after the figure is a later quote's, making this one today's */
	check_period("The yen rose to 104.50 yen from Tokyo's Thursday close of 105.10.",
		      "2005-05-20", "104.50 yen", "2005-05-20");
	/* the day of a statement is not a quote's */
	check_period("The central bank said today that reserves were 1.2 billion dlrs.",
		      "2005-05-20", "1.2 billion dlrs", "");
}

static void test_when_a_forward_sale_is_not_a_forecast(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("For June shipment, Egypt bought 50,000 tonnes of wheat.", "2005-05-20",
		 "50,000 tonnes");
	assert_string_equal(cl.period, "2005-06");
	assert_int_not_equal(cl.measure, MEASURE_FORECAST);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when_weekday_resolves_to_the_latest_such_day),
		cmocka_unit_test(test_when_crop_year_without_a_season_word),
		cmocka_unit_test(test_when_year_or_month_that_qualifies_a_noun),
		cmocka_unit_test(test_when_ends_and_middles_of_years),
		cmocka_unit_test(test_when_next_year_and_months_to_come),
		cmocka_unit_test(test_when_year_to_date),
		cmocka_unit_test(test_when_quarters_named_by_a_month),
		cmocka_unit_test(test_when_same_period_of_an_earlier_year),
		cmocka_unit_test(test_when_days_and_weekdays),
		cmocka_unit_test(test_when_a_period_right_before_or_around_an_earlier_value),
		cmocka_unit_test(test_when_earlier_values_of_a_parallel_or_a_month_before),
		cmocka_unit_test(test_when_spans_no_one_period_names),
		cmocka_unit_test(test_when_quotes_of_the_story_day),
		cmocka_unit_test(test_when_a_forward_sale_is_not_a_forecast),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
