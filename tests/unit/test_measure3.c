/*
 * test_measure3.c - what a figure is (issue 13's measure and basis, third
 * parser pass), on sentences written for these tests: a balance-of-
 * payments report's trade figures are on that basis; an expected exchange
 * rate, an estimate of the year still running are forecasts; a dealer's
 * two-way quote is a price.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* A central bank's balance-of-payments report: its trade balance, exports
 * and imports are the goods account of the balance of payments. */
static const char bop_story[] =
	"RURITANIA 2026 BALANCE OF PAYMENTS SURPLUS WIDENS\n\n"
	"STRELSAU, March 2 - Ruritania's balance of payments surplus widened\n"
	"to 4.1 billion dlrs in 2026 from 3.2 billion, the central bank said.\n"
	"    The trade surplus rose to 5.5 billion dlrs from 4.9 billion.\n"
	"    Exports were 21.3 billion dlrs and imports 15.8 billion.\n"
	"    The deficit on invisibles widened to 1.4 billion dlrs.\n";

/* The same figures from the customs office: no invisibles, no basis. */
static const char customs_story[] =
	"RURITANIA 2026 TRADE SURPLUS WIDENS\n\n"
	"STRELSAU, March 2 - Ruritania's trade surplus rose to 5.5 billion\n"
	"dlrs in 2026 from 4.9 billion, the customs office said.\n"
	"    Exports were 21.3 billion dlrs and imports 15.8 billion.\n";

/* A current account headline without invisibles: the trade figures could
 * be the customs ones ("trade, current account data due"). */
static const char ca_story[] =
	"RURITANIA CURRENT ACCOUNT SURPLUS NARROWS\n\n"
	"STRELSAU, March 2 - Ruritania's current account surplus narrowed to\n"
	"1.1 billion dlrs in January from 2.3 billion in December.\n"
	"    The January trade surplus fell to 2.0 billion dlrs.\n";

static void test_measure3_trade_in_a_balance_of_payments_report_is_bop(void **state)
{
	(void)state;
	check_basis(bop_story, "2027-03-02", "5.5 billion dlrs", "bop");
	check_basis(bop_story, "2027-03-02", "4.9 billion", "bop");
	check_basis(bop_story, "2027-03-02", "21.3 billion dlrs", "bop");
	check_basis(bop_story, "2027-03-02", "15.8 billion", "bop");
	check_basis(customs_story, "2027-03-02", "5.5 billion\ndlrs", "");
	check_basis(customs_story, "2027-03-02", "21.3 billion dlrs", "");
	check_basis(ca_story, "2027-03-02", "2.0 billion dlrs", "");
	check_basis(ca_story, "2027-03-02", "1.1 billion dlrs", "bop");	/* said so */
}

/* An exchange rate a forecast word governs is a forecast; a quote, a
 * condition or what the market could not do stays a price. */
static void test_measure3_an_expected_exchange_rate_is_a_forecast(void **state)
{
	(void)state;
	check_measure("Traders expect the dollar to hold between 131 and 134 yen next week.",
		       "2026-05-04", "between 131 and 134 yen", "forecast");
	check_measure("The dollar may weaken to around 7.10 crowns, one dealer said.",
		       "2026-05-04", "7.10 crowns", "forecast");
	check_measure("The dollar closed at 132.40 yen.", "2026-05-04", "132.40 yen", "price");
	check_measure("Dealers said the central bank would step in if the dollar fell below "
		       "128 yen.", "2026-05-04", "128 yen", "price");
	check_measure("Heavy buying could not stop the dollar from sliding through 130 yen.",
		       "2026-05-04", "130 yen", "price");
	check_measure("The remarks should have come when the dollar was still above 135 yen.",
		       "2026-05-04", "135 yen", "price");
}

/* An amount of the calendar year the story is written in, which its
 * sentence estimates or expects, is a forecast: the year is not over. */
static void test_measure3_an_estimate_of_the_running_year_is_a_forecast(void **state)
{
	const char *d = "2026-04-10";

	(void)state;
	check_measure("Ruritania estimated its barley crop this year at 2.4 mln tonnes.", d,
		       "2.4 mln tonnes", "forecast");
	check_measure("The ministry estimates the average wool price at 6.20 dlrs a kg this "
		       "year.", d, "6.20 dlrs", "forecast");
	check_measure("The surplus is likely to narrow to 900 mln dlrs.", d, "900 mln dlrs",
		       "forecast");
	/* what is held or committed now, and a year that is over */
	check_measure("Ruritania has commitments to export another 150,000 tonnes this year.", d,
		       "150,000 tonnes", "level");
	check_measure("The fund had assets of 3.5 billion dlrs at the start of this year.", d,
		       "3.5 billion dlrs", "level");
	check_measure("The ministry estimated exports at 4.1 billion dlrs in 2025.", d,
		       "4.1 billion dlrs", "level");
	/* a deal done for a season to come is no forecast; one expected is */
	check_measure("Corn sales of 210,000 tonnes for the 2026/27 season were reported "
		       "last week.", d, "210,000 tonnes", "level");
	check_measure("Corn sales of 210,000 tonnes for the 2026/27 season are expected.", d,
		       "210,000 tonnes", "forecast");
	check_measure("RURITANIA 2027 BARLEY CROP 2.6 MLN TONNES\n\nSTRELSAU, April 10 - The "
		       "barley crop was put at 2.6 mln tonnes.\n", d, "2.6 MLN TONNES", "forecast");
	/* what a grains exchange "sees", a price for a delivery to come */
	check_measure("The exchange sees the 2026/27 barley crop at 3.1 mln tonnes.", d,
		       "3.1 mln tonnes", "forecast");
	check_measure("Cocoa for September delivery settled at 2,310 dlrs a tonne.", d,
		       "2,310 dlrs", "price");
	check_measure("The institute said it saw copper prices falling to 8,900 dlrs a tonne by "
		       "end-2027.", d, "8,900 dlrs", "forecast");
	/* a condition is no forecast of a rate */
	check_measure("The central bank would sell dollars once the dollar fell below 7.5 "
		       "crowns.", d, "7.5 crowns", "price");
}

/* A signed amount in brackets after a figure is its change. */
static void test_measure3_a_signed_amount_in_brackets_is_a_change(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("In May, exports were 41.2 billion dlrs (+2.3 billion dlrs) and imports 39.5 "
		 "billion dlrs (-0.8 billion dlrs).", "2026-07-01", "+2.3 billion dlrs");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.direction, "up");
	cl = get("In May, exports were 41.2 billion dlrs (+2.3 billion dlrs) and imports 39.5 "
		 "billion dlrs (-0.8 billion dlrs).", "2026-07-01", "-0.8 billion dlrs");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.direction, "down");
	assert_true(cl.value > 0);	/* the sign is in the direction */
	cl = get("The balance was -3.1 billion dlrs in May.", "2026-07-01", "-3.1 billion dlrs");
	assert_string_not_equal(measure_name(cl.measure), "change");	/* not in brackets */
}

/* "N more/less than" what follows is a change against it. */
static void test_measure3_more_or_less_than_a_base_is_a_change(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Wool sales of 3,100 tonnes were 12 pct less than the previous week's.",
		 "2026-07-01", "12 pct");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.direction, "down");
	cl = get("Germany took 14.2% of exports, 0.6 percentage points more than a year before.",
		 "2026-07-01", "0.6 percentage points");
	assert_string_equal(measure_name(cl.measure), "change_yoy");
	assert_string_equal(cl.direction, "up");
	cl = get("Exports fell 4 pct, less than analysts had feared.", "2026-07-01", "4 pct");
	assert_string_equal(cl.direction, "down");	/* a comma: no comparison of 4 pct */
}

/* A balance named a clause before the figure it reached. */
static void test_measure3_a_balance_a_clause_before_its_level(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Officials blamed the growing trade shortfall, which climbed to a record 41.5 "
		 "billion dlrs last year, on the strong currency.", "2026-05-04", "41.5 "
		 "billion dlrs");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_string_equal(cl.flow, "trade");
	assert_true(cl.value < 0);	/* a shortfall */
	cl = get("The trade surplus fell to 310 mln dlrs in January and since then has averaged "
		 "under 200 mln dlrs.", "2026-05-04", "200 mln dlrs");
	assert_string_equal(measure_name(cl.measure), "balance");
	/* another subject between: reserves, a budget, a flow */
	cl = get("The trade surplus narrowed, and foreign exchange reserves fell to 41.5 billion "
		 "dlrs.", "2026-05-04", "41.5 billion dlrs");
	assert_string_not_equal(measure_name(cl.measure), "balance");
	cl = get("Despite the trade surplus, exports fell to 9.5 billion dlrs.", "2026-05-04",
		 "9.5 billion dlrs");
	assert_string_equal(measure_name(cl.measure), "level");
	cl = get("The trade deficit narrowed, the ministry said, while the government borrowed "
		 "2.1 billion dlrs.", "2026-05-04", "2.1 billion dlrs");
	assert_string_equal(measure_name(cl.measure), "level");	/* no verb of a level */
}

/* A sentence that opens with the adjustment frames the next ones of its
 * paragraph; not those of the next paragraph, nor after an unsaid one. */
static void test_measure3_an_opening_adjustment_frames_its_paragraph(void **state)
{
	const char *t = "Seasonally adjusted, imports rose in May to 4.1 billion dlrs. Exports "
			"rose to 3.9 billion dlrs.\n    Exports to Freedonia were 0.7 billion "
			"dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(t, "2026-07-01", "3.9 billion dlrs");
	assert_string_equal(adjustment_name(cl.adjustment), "sa");
	cl = get(t, "2026-07-01", "0.7 billion dlrs");
	assert_string_equal(adjustment_name(cl.adjustment), "");
	cl = get("Imports rose in May to 4.1 billion dlrs, seasonally adjusted. Exports rose to "
		 "3.9 billion dlrs.", "2026-07-01", "3.9 billion dlrs");
	assert_string_equal(adjustment_name(cl.adjustment), "");	/* not opening */
}

/* What a revision says of the figures on either side of it. */
static void test_measure3_revised_to_from_and_which_was_revised(void **state)
{
	const char *t = "The March import figure was revised to 12.4 billion dlrs from 12.1 "
			"billion dlrs.";
	const char *u = "The deficit widened from the 8.2 billion dlrs now shown for April, "
			"which was revised from 8.5 billion dlrs.";
	struct claim cl;

	(void)state;
	cl = get(t, "2026-06-01", "12.4 billion dlrs");
	assert_string_equal(claim_status_name(cl.status), "revised");
	cl = get(t, "2026-06-01", "12.1 billion dlrs");
	assert_string_equal(claim_status_name(cl.status), "previous");
	cl = get(u, "2026-06-01", "8.2 billion dlrs");
	assert_string_equal(claim_status_name(cl.status), "revised");
	cl = get(u, "2026-06-01", "8.5 billion dlrs");
	assert_string_equal(claim_status_name(cl.status), "previous");
	cl = get("Imports rose to 12.4 billion dlrs from 12.1 billion dlrs.", "2026-06-01",
		 "12.1 billion dlrs");
	assert_string_equal(claim_status_name(cl.status), "");	/* no revision said */
}

/* A price per unit moved "by" an amount is a change of the price. */
static void test_measure3_a_price_moved_by_an_amount_is_a_change(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("The drought pushed barley prices up by about 4 dlrs a tonne.", "2026-06-01",
		 "4 dlrs");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.direction, "up");
	cl = get("The subsidy lowered the price of maize by 12 cents per bushel.", "2026-06-01",
		 "12 cents");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.direction, "down");
	cl = get("Barley prices rose to 212 dlrs a tonne.", "2026-06-01", "212 dlrs");
	assert_string_equal(measure_name(cl.measure), "price");	/* a price reached */
}

/* A figure that is the subject of "may", "could", "were expected". */
static void test_measure3_a_figure_that_may_be_is_a_forecast(void **state)
{
	const char *d = "2026-04-10";

	(void)state;
	check_measure("At least 300,000 tonnes of barley may be shipped in the second "
		       "quarter.", d, "300,000 tonnes", "forecast");
	check_measure("Shipments of 40,000 tonnes of malting barley were also expected this "
		       "month.", d, "40,000 tonnes", "forecast");
	check_measure("The premiums averaged 31.20 dlrs per tonne and will be paid in kind.", d,
		       "31.20 dlrs", "price");	/* another verb's */
	check_measure("Exports of 2.1 mln tonnes were expected in 2025, against 2.4 mln "
		       "shipped.", d, "2.1 mln tonnes", "level");	/* a year over */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure3_trade_in_a_balance_of_payments_report_is_bop),
		cmocka_unit_test(test_measure3_an_expected_exchange_rate_is_a_forecast),
		cmocka_unit_test(test_measure3_an_estimate_of_the_running_year_is_a_forecast),
		cmocka_unit_test(test_measure3_a_signed_amount_in_brackets_is_a_change),
		cmocka_unit_test(test_measure3_more_or_less_than_a_base_is_a_change),
		cmocka_unit_test(test_measure3_a_balance_a_clause_before_its_level),
		cmocka_unit_test(test_measure3_an_opening_adjustment_frames_its_paragraph),
		cmocka_unit_test(test_measure3_revised_to_from_and_which_was_revised),
		cmocka_unit_test(test_measure3_a_price_moved_by_an_amount_is_a_change),
		cmocka_unit_test(test_measure3_a_figure_that_may_be_is_a_forecast),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
