/*
 * test_measure.c - what kind of figure a figure is (issue 13's measure,
 * direction, status, per and approx), on sentences written for these
 * tests: a level a change reaches or leaves, forecasts, prices and
 * exchange rates, annual changes, revisions and rates per year.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_measure(const char *s, const char *date, const char *mention,
			   const char *measure, const char *direction)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(measure_name(cl.measure), measure) || strcmp(cl.direction, direction))
		fail_msg("'%s' in '%s': %s/%s, want %s/%s", mention, s, measure_name(cl.measure),
			 cl.direction, measure, direction);
}

static void test_measure_a_percent_reached_or_left_is_a_level(void **state)
{
	const char *s = "Unemployment in Ruritania dropped to 6.5 pct in May from 7.25 pct "
			"in April and 8 pct a year before.";

	(void)state;
	assert_measure(s, "1999-06-10", "6.5 pct", "level", "");
	assert_measure(s, "1999-06-10", "7.25 pct", "level", "");
	assert_measure(s, "1999-06-10", "8 pct", "level", "");
	s = "Mortgage rates climbed from the current 9 pct to between 10 and 11 pct.";
	assert_measure(s, "", "9 pct", "level", "");
	assert_measure(s, "", "between 10 and 11 pct", "level", "");
	/* a change and the change before it stay changes */
	s = "Sales grew 4 pct in June, up from 3 pct in May.";
	assert_measure(s, "", "4 pct", "change", "up");
	assert_measure(s, "", "3 pct", "change", "up");
	assert_measure("Duties fell by up to 30 pct.", "", "30 pct", "change", "down");
	/* a growth rate that slows to a pace is still a rate of change */
	assert_measure("Their export growth slowed to 2 pct.", "", "2 pct", "change", "up");
}

static void test_measure_a_share_reached_is_a_share(void **state)
{
	const char *s = "The proportion of rice grown by small farms shrank to 41 pct "
			"from 45 pct.";

	(void)state;
	assert_measure(s, "", "41 pct", "share", "");
	assert_measure(s, "", "45 pct", "share", "");
}

static void test_measure_a_forecast_is_governed_by_its_clause(void **state)
{
	const char *s = "The ministry forecast that Freedonia could harvest 4.2 mln tonnes "
			"of barley.";

	(void)state;
	assert_measure(s, "1990-03-01", "4.2 mln tonnes", "forecast", "");
	/* the deficit is a forecast; the year over is not (a balance, GUIDE
	 * section 7), the year running is */
	s = "The budget deficit is projected to narrow to 3.1 billion dlrs in 1991 from "
	    "3.6 billion in 1990 and 4.4 billion in 1989.";
	assert_measure(s, "1990-03-01", "3.1 billion dlrs", "forecast", "");
	assert_measure(s, "1990-03-01", "3.6 billion", "forecast", "");
	assert_measure(s, "1990-03-01", "4.4 billion", "balance", "");
	s = "Output should rise 3 pct in 1991 after 2 pct growth in 1989.";
	assert_measure(s, "1990-03-01", "3 pct", "forecast", "up");
	/* a rate now, an outcome better than expected, a comparison */
	s = "Rates are expected to drop to 8 pct from the present 9 pct.";
	assert_measure(s, "", "8 pct", "forecast", "");
	assert_measure(s, "", "9 pct", "level", "");
	assert_measure("Sales were a better than expected 5 mln dlrs.", "", "5 mln dlrs",
		       "level", "");
	assert_measure("This would compare with a surplus of 2 mln dlrs in 1989.", "1990-03-01",
		       "2 mln dlrs", "balance", "");
	/* "May" the month is no modal */
	assert_measure("In May exports were 3 mln dlrs.", "1990-06-01", "3 mln dlrs", "level", "");
}

static void test_measure_a_change_above_or_below_what_it_is_compared_with(void **state)
{
	(void)state;
	assert_measure("The rye crop was put at 3.1 mln tonnes, 0.4 mln below last year's.",
		       "", "0.4 mln", "change_yoy", "down");
	assert_measure("The index closed at 812, some 15 pct above its level in March.", "",
		       "15 pct", "change", "up");
	/* "above" before a figure is no comparison after it */
	assert_measure("Silver held above 6 dlrs.", "", "6 dlrs", "level", "");
}

static void test_measure_a_basis_from_the_earlier_value_after_it(void **state)
{
	/* the paragraph gives 1995; the earlier value's 1994 makes it a yoy change */
	const char *s = "Freedonia's trade in 1995 was mixed.\n\nExports were down 4.2 pct at "
			"2.9 billion dlrs, compared with 3.0 billion in 1994, while imports "
			"were down 1.1 pct at 4.5 billion dlrs from 4.55 billion.";

	(void)state;
	assert_measure(s, "1996-02-10", "4.2 pct", "change_yoy", "down");
	assert_measure(s, "1996-02-10", "1.1 pct", "change_yoy", "down");
}

static void test_measure_a_currency_quoted_in_another_is_a_price(void **state)
{
	struct claim cl;

	(void)state;
	assert_measure("The dollar ended in Zurich at 1.45 Swiss francs.", "", "1.45 Swiss francs",
		       "price", "");
	assert_measure("Sterling's climb above 1.55 dlrs lifted gilts.", "", "1.55 dlrs", "price", "");
	assert_measure("The lira was fixed at 0.0721 marks.", "", "0.0721 marks", "price", "");
	assert_measure("Marks per 100 units: 88.6 marks per 100.", "", "88.6 marks", "price", "");
	assert_measure("The budget assumed 1.95 marks to the dollar.", "", "1.95 marks", "price", "");
	assert_measure("The krone was fixed at 3.62 marks, after 3.60 on Monday.", "", "3.60",
		       "price", "");
	/* amounts in a currency named as a medium, or a trade flow in it */
	assert_measure("Deals were settled in roubles, with a credit line of 60 billion roubles.",
		       "", "60 billion roubles", "level", "");
	assert_measure("Despite the strong dollar, exports rose to 5 billion marks.", "",
		       "5 billion marks", "level", "");
	/* the other end of a price per unit; a price the sentence names */
	cl = get("Rice fell from 9.20 pesos per kilo in May to 8.75 pesos in June.", "", "8.75 pesos");
	assert_string_equal(measure_name(cl.measure), "price");
	assert_string_equal(cl.per, "kg");
	assert_measure("The support price was raised to 210 dlrs.", "", "210 dlrs", "price", "");
	cl = get("Copper sold at 1,020 dlrs fob per tonne.", "", "1,020 dlrs");
	assert_string_equal(measure_name(cl.measure), "price");
	assert_string_equal(cl.per, "t");
}

static void assert_per_status(const char *s, const char *mention, const char *per,
			      const char *status)
{
	struct claim cl = get(s, "", mention);

	assert_string_equal(cl.per, per);
	assert_string_equal(claim_status_name(cl.status), status);
}

static void test_measure_a_rate_per_year_after_the_figure(void **state)
{
	(void)state;
	assert_per_status("Wages are to rise 1.5 pct a year.", "1.5 pct", "year", "");
	assert_per_status("Quotas grow 3 pct each year.", "3 pct", "year", "");
	assert_per_status("It agreed to a 4 pct annual reduction.", "4 pct", "year", "");
	assert_per_status("Ghana buys 40,000 tonnes of rice annually.", "40,000 tonnes", "year", "");
	/* a year earlier is no rate */
	assert_per_status("Prices were 6 pct a year earlier.", "6 pct", "", "");
	assert_per_status("It grew at a 4 pct annual rate.", "4 pct", "", "");
}

static void test_measure_status_of_revisions_and_earlier_estimates(void **state)
{
	const char *s = "The deficit was 41 mln dlrs in May, after 12 mln dlrs (revised from "
			"15 mln) in April.";

	(void)state;
	assert_per_status(s, "41 mln dlrs", "", "");
	assert_per_status(s, "12 mln dlrs", "", "revised");
	assert_per_status(s, "15 mln", "", "previous");
	s = "The board estimated the oat crop at 2.2 mln tonnes, vs 2.4 mln tonnes last month.";
	assert_per_status(s, "2.2 mln tonnes", "", "");
	assert_per_status(s, "2.4 mln tonnes", "", "previous");
	assert_per_status("The 3 billion dlr deficit compared with a revised 2 billion dlrs.",
			  "3 billion dlr", "", "");
	assert_per_status("The surplus provisionally rose to 2 billion marks.", "2 billion marks",
			  "", "preliminary");
}

static void test_measure_above_and_below_hedge_a_figure(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Dealers want the dollar to stay above 1.90 marks.", "", "1.90 marks");
	assert_string_equal(cl.approx, "over");
	cl = get("The lira slipped below 900 to the dollar, to 905 lire.", "", "905 lire");
	assert_string_equal(cl.approx, "");
	cl = get("Output was below 2 mln tonnes.", "", "2 mln tonnes");
	assert_string_equal(cl.approx, "under");
}

static void test_measure_a_change_made_by_an_amount(void **state)
{
	(void)state;
	assert_measure("Mills were told to reduce second half output by 40,000 tonnes.", "",
		       "40,000 tonnes", "change", "down");
	assert_measure("Duties on cars were raised last week by 8 pct.", "", "8 pct", "change",
		       "up");
	assert_measure("Tariff cuts of up to 25 pct were agreed.", "", "25 pct", "change", "down");
	assert_measure("Peru cancelled 12,000 tonnes of maize purchases.", "", "12,000 tonnes",
		       "change", "down");
	/* a level reached stays a level */
	assert_measure("The mill cut output to 40,000 tonnes.", "", "40,000 tonnes", "level", "");
	assert_per_status("The band was raised to 4 pct from 3.5 pct previously.", "3.5 pct", "",
			  "previous");
}

static void test_measure_limits_plans_and_shares(void **state)
{
	(void)state;
	assert_measure("Banks may lend at most a maximum of 9 pct of their capital.", "", "9 pct",
		       "target", "");
	assert_measure("Sugar imports are limited to 80,000 tonnes.", "", "80,000 tonnes",
		       "target", "");
	assert_measure("It planned to sell 5 mln dlrs of bonds.", "", "5 mln dlrs", "target", "");
	assert_measure("Small firms account for nearly 35 pct.", "", "35 pct", "share", "");
	assert_measure("Cocoa accounted for 12 pct of export earnings.", "", "12 pct", "share", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure_a_percent_reached_or_left_is_a_level),
		cmocka_unit_test(test_measure_a_share_reached_is_a_share),
		cmocka_unit_test(test_measure_a_forecast_is_governed_by_its_clause),
		cmocka_unit_test(test_measure_a_change_above_or_below_what_it_is_compared_with),
		cmocka_unit_test(test_measure_a_basis_from_the_earlier_value_after_it),
		cmocka_unit_test(test_measure_a_currency_quoted_in_another_is_a_price),
		cmocka_unit_test(test_measure_a_rate_per_year_after_the_figure),
		cmocka_unit_test(test_measure_status_of_revisions_and_earlier_estimates),
		cmocka_unit_test(test_measure_above_and_below_hedge_a_figure),
		cmocka_unit_test(test_measure_a_change_made_by_an_amount),
		cmocka_unit_test(test_measure_limits_plans_and_shares),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
