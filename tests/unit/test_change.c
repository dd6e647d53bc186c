/*
 * test_change.c - which figure is a change and what it is measured
 * against (issue 13's measure and direction), on sentences written for
 * these tests: a period phrase after a change is not a basis for its
 * clause, a basis cue makes no change of a figure that did not move, the
 * national accounts' convention for growth rates, gapped verbs, amounts
 * added, earlier values of a share, currencies that appreciate, a
 * balance named before a relative clause, a figure originally reported.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_change_a_year_earlier_after_a_change_is_its_period(void **state)
{
	const char *s = "Ruritania's terms of trade fell 2.4 pct in the second quarter after "
			"sliding 1.1 pct in the first quarter and 3.2 pct a year earlier.";
	const char *t = "Ruritania's imports rose 4.1 pct from a year earlier in May.";

	(void)state;
	check_change(s, "1987-08-01", "2.4 pct", "change", "down");
	check_change(s, "1987-08-01", "1.1 pct", "change", "down");
	check_change(s, "1987-08-01", "3.2 pct", "change", "down");
	check_change(t, "1987-08-01", "4.1 pct", "change_yoy", "up");	/* a basis still */
	/* "in the previous month" after a change is when it happened */
	check_change("Ruritania's imports fell 3.4% in May after a 0.2% decline in the "
		     "previous month.", "1987-06-09", "3.4%", "change", "down");
	check_change("Ruritania's imports fell 3.4% in May after a 0.2% decline in the "
		     "previous month.", "1987-06-09", "0.2%", "change", "down");
	check_change("Ruritania's imports rose 0.5% on the previous month in May.",
		     "1987-06-09", "0.5%", "change_mom", "up");
	check_change("Ruritania's imports rose 0.5% year on year in May.", "1987-06-09",
		     "0.5%", "change_yoy", "up");
}

static void test_change_a_basis_cue_makes_no_change_of_a_figure_that_did_not_move(void **state)
{
	const char *s = "Barley - 12 pct harvested vs 30 pct a year ago and 21 pct average.";

	(void)state;
	/* no change; harvest progress in percent of the area is a share
	 * (tests/eval/gold/GUIDE.md section 7) */
	check_change(s, "1987-07-01", "12 pct", "share", "");
	check_change(s, "1987-07-01", "30 pct", "share", "");
	check_change("Sales in Ruritania were up 7 pct year-on-year in June.", "1987-07-20",
		     "7 pct", "change_yoy", "up");
}

static void test_change_growth_at_a_rate_is_a_change(void **state)
{
	(void)state;
	check_change("Officials said Ruritania's economy grew at 3.1 pct in 1986.", "1987-04-02",
		     "3.1 pct", "change_yoy", "up");
	check_change("Call money was trading at 4.2 pct after rates rose earlier.",
		     "1987-04-02", "4.2 pct", "level", "");
}

static void test_change_national_accounts_basis_of_growth_rates(void **state)
{
	const char *q = "Ruritania's GDP grew at an annual 2.4 pct in the third quarter of 1986.";
	struct claim cl;

	(void)state;
	check_change("Gross domestic product rose 1.9 pct in 1986, the bureau said.",
		     "1987-03-10", "1.9 pct", "change_yoy", "up");
	check_change("The economy shrank 0.6 pct in the third quarter of 1986.", "1987-03-10",
		     "0.6 pct", "change_qoq", "down");
	check_change(q, "1987-03-10", "2.4 pct", "change", "up");
	cl = get(q, "1987-03-10", "2.4 pct");
	assert_int_equal(cl.basis, BASIS_ANNUALIZED);
	/* a trade flow's change of a whole year is on the year before too
	 * (tests/eval/gold/GUIDE.md, gold5's convention; it was left unstated before) */
	check_change("Ruritania's exports rose 4 pct in 1986, the bureau said.", "1987-03-10",
		     "4 pct", "change_yoy", "up");
}

static void test_change_a_gapped_verb_makes_each_item_a_change(void **state)
{
	const char *s = "The plan would raise grain output by 12 pct, meat production by 8 pct "
			"and fish catches by 5 pct by 1990.";
	const char *t = "The ministry cut wheat imports by 200,000 tonnes, maize by 150,000 "
			"tonnes and barley by 90,000 tonnes.";

	(void)state;
	check_change(s, "1987-01-15", "8 pct", "forecast", "up");
	check_change(s, "1987-01-15", "5 pct", "forecast", "up");
	check_change("Sales to Freedonia, Ruritania and Gondor grew 8.1 percent, 2.4 percent "
		     "and 11.6 percent respectively.", "1987-01-15", "2.4 percent", "change",
		     "up");
	check_change("Sales to Freedonia, Ruritania and Gondor grew 8.1 percent, 2.4 percent "
		     "and 11.6 percent respectively.", "1987-01-15", "11.6 percent", "change",
		     "up");
	check_change(t, "1987-01-15", "150,000 tonnes", "change", "down");
	check_change(t, "1987-01-15", "90,000 tonnes", "change", "down");
	check_change("Output fell by 3 pct while the plan came in by 2 pct of the budget.",
		     "1987-01-15", "3 pct", "change", "down");
}

static void test_change_an_amount_added_to_a_total_is_a_change(void **state)
{
	(void)state;
	check_change("Egypt has added 45,000 tonnes of wheat flour to its earlier purchases, "
		     "the department said.", "1987-05-06", "45,000 tonnes", "change", "up");
	check_change("World wheat trade is estimated two mln tonnes higher at 95 mln tonnes.",
		     "1987-05-06", "two mln tonnes", "change", "up");
	check_change("World wheat trade is estimated two mln tonnes higher at 95 mln tonnes.",
		     "1987-05-06", "95 mln tonnes", "level", "");
	/* "added" for "said" */
	check_change("He added 45,000 tonnes were shipped in April.", "1987-05-06",
		     "45,000 tonnes", "level", "");
}

static void test_change_an_earlier_value_is_of_the_kind_it_is_compared_with(void **state)
{
	const char *s = "Ruritania now grows only 40 pct of its rice needs, down from 75 pct "
			"in 1970.";
	const char *t = "Exports rose 6 pct in 1986, up from 4 pct in 1985.";
	struct claim cl;

	(void)state;
	check_change(s, "1987-05-06", "40 pct", "share", "");
	check_change(s, "1987-05-06", "75 pct", "share", "");
	check_change("Fuel costs have risen to 35 pct of farm incomes, from 22 pct in 1980.",
		     "1987-05-06", "22 pct", "share", "");
	/* a share of a year still to come that a forecast word governs */
	check_change("The deficit should fall to 2.5 pct of GDP in 1989, the plan says.",
		     "1987-05-06", "2.5 pct", "forecast", "");
	check_change("The deficit fell to 2.5 pct of GDP in 1986, the plan says.",
		     "1987-05-06", "2.5 pct", "share", "");
	cl = get(t, "1987-05-06", "4 pct");	/* two changes: a change still */
	assert_true(measure_is_change(cl.measure));
	assert_string_equal(cl.direction, "up");
}

static void test_change_a_currency_appreciates_or_depreciates(void **state)
{
	const char *s = "The lira is seen firming this year after last year's 11 pct appreciation.";

	(void)state;
	check_change(s, "1987-03-27", "11 pct", "change_yoy", "up");
	check_change("The rand has depreciated by 9 pct since January.", "1987-03-27", "9 pct",
		     "change", "down");
	check_change("The peso has lost more than 60 pct of its value since 1985.",
		     "1987-03-27", "60 pct", "change", "down");
	check_change("The peso accounts for 60 pct of its value.", "1987-03-27", "60 pct",
		     "share", "");
}

static void test_change_a_balance_before_a_relative_clause_is_its_figures(void **state)
{
	const char *s = "Officials want to cut Ruritania's trade deficit with Freedonia, which "
			"widened to a record 4.2 billion dlrs last year.";
	struct claim cl = get(s, "1987-04-02", "4.2 billion dlrs");

	(void)state;
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_string_equal(cl.flow, "trade");
	assert_true(cl.value < 0);	/* a deficit */
}

static void test_change_a_balance_after_who_said_it_and_gaps_of_trade(void **state)
{
	const char *s[] = {
		"The government said the trade deficit was 1.6 billion dlrs in May.",
		"The federal government reported today that the monthly surplus rose to 1.6 "
		"billion dlrs in May.",
		"Ruritania's trade shortfall with Freedonia was 1.6 billion dlrs in May.",
		"The gap with Freedonia was 1.6 billion dlrs in May.",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(s) / sizeof(s[0]); i++) {
		struct claim cl = get(s[i], "1987-06-20", "1.6 billion dlrs");

		if (strcmp(measure_name(cl.measure), "balance") || strcmp(cl.flow, "trade"))
			fail_msg("'%s': %s/%s, want balance/trade", s[i], measure_name(cl.measure),
				 cl.flow);
	}
	/* a budget's balance is no trade balance; a price gap no balance */
	assert_string_equal(get("The federal budget deficit was 1.6 billion dlrs in May.",
				"1987-06-20", "1.6 billion dlrs").flow, "");
	assert_int_not_equal(get("The quality gap between the two grades was 12 dlrs.",
				 "1987-06-20", "12 dlrs").measure, MEASURE_BALANCE);
}

static void test_change_a_list_of_balances_goes_on(void **state)
{
	const char *s = "The figure compared with surpluses of 1.17 billion dlrs in 1985, "
			"1.01 billion in 1984 and 293 mln in 1983.";
	const char *t = "The current account deficit is forecast to shrink to 1.3 billion dlrs "
			"in 1988 from 2.4 billion in 1986.";
	struct claim cl;

	(void)state;
	check_change(s, "1987-03-18", "1.01 billion", "balance", "");
	check_change(s, "1987-03-18", "293 mln", "balance", "");
	/* "shrink" is a change: "from 2.4 billion" its earlier value, a deficit */
	cl = get(t, "1987-03-18", "2.4 billion");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_true(cl.value < 0);
	/* a status word between "from" and the earlier value */
	cl = get("Ruritania's trade deficit widened to a provisional 1.2 billion dlrs in "
		 "February from a revised 900 mln dlrs in January.", "1987-03-05",
		 "900 mln dlrs");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_true(cl.value < 0);
	assert_int_equal(cl.status, STATUS_REVISED);
	/* another subject after the comma is not the list's */
	check_change("The deficit was 1.17 billion dlrs in 1985, and exports 1.01 billion "
		     "in 1984.", "1987-03-18", "1.01 billion", "level", "");
}

static void test_change_what_a_tender_is_for_is_a_level(void **state)
{
	(void)state;
	check_change("Morocco will tender on Friday for 150,000 tonnes of durum wheat.",
		     "1987-05-04", "150,000 tonnes", "level", "");
	/* a forecast word that governs the amount itself still makes one */
	check_change("Morocco will import 150,000 tonnes of durum wheat.", "1987-05-04",
		     "150,000 tonnes", "forecast", "");
}

static void test_change_a_figure_originally_reported_is_previous(void **state)
{
	(void)state;
	assert_int_equal(get("The January deficit was originally reported at 850 mln dlrs.",
			     "1987-03-05", "850 mln dlrs").status, STATUS_PREVIOUS);
	assert_int_equal(get("Exports were initially estimated at 4.1 billion dlrs.",
			     "1987-03-05", "4.1 billion dlrs").status, STATUS_PREVIOUS);
	assert_int_equal(get("The January deficit was 850 mln dlrs, originally.", "1987-03-05",
			     "850 mln dlrs").status, STATUS_NONE);
	/* the estimate a revision replaced */
	assert_int_equal(get("The bank revised its forecast of the shortage down to 300 mln stg "
			     "from 420 mln.", "1987-03-05", "420 mln").status, STATUS_PREVIOUS);
	assert_int_equal(get("The bank revised its forecast of the shortage down to 300 mln stg "
			     "from 420 mln.", "1987-03-05", "300 mln stg").status, STATUS_REVISED);
	assert_int_equal(get("Output was 3.2 mln tonnes against an earlier estimate of 3.4 mln "
			     "tonnes.", "1987-03-05", "3.4 mln tonnes").status, STATUS_PREVIOUS);
}

static void test_change_an_amount_in_billions_is_no_rate_quoted(void **state)
{
	const char *s = "The central bank spent 2 billion dlrs to halt the rise in the yen, "
			"and other banks about 500 mln dlrs.";

	(void)state;
	check_change(s, "1987-04-01", "500 mln dlrs", "level", "");
	check_change("Ruritania's hard currency debt rose to 7.8 billion dlrs last year.",
		     "1987-04-01", "7.8 billion dlrs", "level", "");
	/* a rate quoted is still a price */
	check_change("The dollar was fixed at 1.8162 marks in Frankfurt.", "1987-04-01",
		     "1.8162 marks", "price", "");
}

static void test_change_an_amount_changed_from_last_year_or_in_the_year_to(void **state)
{
	(void)state;
	check_change("Licences rose to 2.9 mln tonnes, up 400,000 tonnes from a year earlier.",
		     "1987-05-10", "400,000 tonnes", "change_yoy", "up");
	check_change("Exports rose 400,000 tonnes from the previous month.", "1987-05-10",
		     "400,000 tonnes", "change_mom", "up");
	check_change("Exports fell 5 pct from last year.", "1987-05-10", "5 pct", "change_yoy",
		     "down");
	check_change("Total trade reached 290 mln dlrs in 1986, up 32 pct on 1985.",
		     "1987-05-10", "32 pct", "change_yoy", "up");
	check_change("Total trade reached 290 mln dlrs in 1986, up 32 pct on 1980.",
		     "1987-05-10", "32 pct", "change", "up");
	check_change("Money supply rose a seasonally adjusted 51.9 pct in the year to April.",
		     "1987-05-10", "51.9 pct", "change_yoy", "up");
	/* the year to date is a period only (tests/eval/gold/GUIDE.md: a basis when stated) */
	check_change("Exports rose 5 pct in the year to date.", "1987-05-10", "5 pct", "change",
		     "up");
}

static void test_change_quarter_on_quarter_flows_per_day_and_trade_gaps(void **state)
{
	const char *s = "A $71.6 billion shortfall in goods and services trade was recorded "
			"in September, wider than the $66.9 billion gap shown for August.";
	struct claim cl;

	(void)state;
	check_change("Ruritania's exports declined by 1.2% quarter on quarter.", "1987-05-10",
		     "1.2%", "change_qoq", "down");
	check_change("Ruritania's exports rose 2.1 bln dlrs from the previous quarter.",
		     "1987-05-10", "2.1 bln dlrs", "change_qoq", "up");
	/* a flow per day is that flow's level; a plant's rate a capacity */
	check_change("Ruritania's crude oil exports rose to 1.41 million barrels per day in "
		     "April.", "1987-05-10", "1.41 million barrels per day", "level", "");
	check_change("The refinery can process 200,000 barrels per day.", "1987-05-10",
		     "200,000 barrels per day", "capacity", "");
	cl = get(s, "1987-11-04", "$71.6 billion");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(measure_name(get(s, "1987-11-04", "$66.9 billion").measure),
			    "balance");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_change_a_year_earlier_after_a_change_is_its_period),
		cmocka_unit_test(test_change_a_basis_cue_makes_no_change_of_a_figure_that_did_not_move),
		cmocka_unit_test(test_change_growth_at_a_rate_is_a_change),
		cmocka_unit_test(test_change_national_accounts_basis_of_growth_rates),
		cmocka_unit_test(test_change_a_gapped_verb_makes_each_item_a_change),
		cmocka_unit_test(test_change_an_amount_added_to_a_total_is_a_change),
		cmocka_unit_test(test_change_an_earlier_value_is_of_the_kind_it_is_compared_with),
		cmocka_unit_test(test_change_a_currency_appreciates_or_depreciates),
		cmocka_unit_test(test_change_a_balance_before_a_relative_clause_is_its_figures),
		cmocka_unit_test(test_change_a_balance_after_who_said_it_and_gaps_of_trade),
		cmocka_unit_test(test_change_a_list_of_balances_goes_on),
		cmocka_unit_test(test_change_what_a_tender_is_for_is_a_level),
		cmocka_unit_test(test_change_a_figure_originally_reported_is_previous),
		cmocka_unit_test(test_change_an_amount_in_billions_is_no_rate_quoted),
		cmocka_unit_test(test_change_an_amount_changed_from_last_year_or_in_the_year_to),
		cmocka_unit_test(test_change_quarter_on_quarter_flows_per_day_and_trade_gaps),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
