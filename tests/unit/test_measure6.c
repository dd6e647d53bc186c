/*
 * test_measure6.c - what a figure is (issue 13's measure, basis and
 * status, sixth parser pass), on sentences written for these tests: the
 * compilation basis of earlier values and of a customs release's later
 * figures.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* An earlier value is on the compilation basis of the figure it is
 * compared with, in another clause too; a figure of another account after
 * it is not. */
static void test_measure6_an_earlier_value_keeps_the_basis(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "Ruritania's current account surplus was 4.1 billion crowns in "
			"April, up from a 2.2 billion surplus in March.";
	const char *t = "Freedonia's current account deficit narrowed to 800 mln dlrs "
			"in March from 1.3 billion in February and 950 mln a year earlier.";
	const char *u = "The current account deficit was 800 mln dlrs in March; exports "
			"rose to 2.1 billion dlrs from 1.9 billion.";

	(void)state;
	check_basis(s, d, "4.1 billion crowns", "bop");
	check_basis(s, d, "2.2 billion", "bop");
	check_basis(t, d, "1.3 billion", "bop");
	check_basis(t, d, "950 mln", "bop");
	check_basis(u, d, "1.9 billion", "");
}

/* Customs figures named as the source, with words between ("Customs
 * Board provisional figures", "Customs and Excise figures"); in the lead
 * they are the story's later trade figures' basis, not a forecast's; an
 * agency named "Census and Statistics" or "customs duties" is none. */
static void test_measure6_a_customs_release(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "OSLO, May 4 - Ruritania had a 912 mln crown trade surplus in "
			"April, Customs Board provisional figures showed.\n\n"
			"Exports rose to 9.1 billion crowns from 8.7 billion in March.\n\n"
			"Traders expect exports to reach 10 billion crowns in June.";
	const char *t = "Freedonia's trade deficit was 3.1 billion dlrs in April, Customs "
			"and Excise figures show.";
	const char *u = "LISBON, May 4 - Freedonia had a 912 mln dlr trade surplus in April, "
			"the Census and Statistics Department said.\n\n"
			"Exports rose to 9.1 billion dlrs from 8.7 billion in March.";
	const char *v = "Exports rose to 9.1 billion dlrs in April, while customs duties "
			"were cut to 4 pct.";

	(void)state;
	check_basis(s, d, "912 mln crown", "customs");
	check_basis(s, d, "9.1 billion crowns", "customs");
	check_basis(s, d, "8.7 billion", "customs");
	check_basis(s, d, "10 billion crowns", "");
	check_basis(t, d, "3.1 billion dlrs", "customs");
	check_basis(u, d, "912 mln dlr", "");
	check_basis(u, d, "9.1 billion dlrs", "");
	check_basis(v, d, "9.1 billion dlrs", "");
}

/* "a 31 billion dlr payments surplus" is the current account's; "the
 * balance of payments surplus", the overall balance, has no basis (as the
 * gold reads it). */
static void test_measure6_a_payments_surplus(void **state)
{
	const char *d = "2026-05-04";

	(void)state;
	check_basis("The institute expects Ruritania to post a 31 billion dlr payments surplus "
		      "this year.", d, "31 billion dlr", "bop");
	check_basis("The balance of payments surplus narrowed to 3.2 billion dlrs in April.", d,
		     "3.2 billion dlrs", "");
}

/* The value of the goods a tariff or sanction hits is a level, however
 * planned or expected the penalty; the penalty's rate or a planned amount
 * of something else is not. */
static void test_measure6_the_goods_a_penalty_hits(void **state)
{
	const char *d = "2026-05-04";

	(void)state;
	check_measure("Ruritania plans to impose up to 90 mln dlrs in tariffs on Freedonian "
		       "steel next month.", d, "90 mln dlrs", "level");
	check_measure("The government will go ahead with planned 40 mln dlr sanctions against "
		       "Freedonian textiles.", d, "40 mln dlr", "level");
	check_measure("Officials said the duties on 75 mln dlrs worth of cheese could be lifted "
		       "soon.", d, "75 mln dlrs", "level");
	check_measure("Ruritania plans to raise its exports to 90 mln dlrs next year.", d,
		       "90 mln dlrs", "target");
	check_measure("Ruritania plans a 25 pct tariff on Freedonian steel.", d, "25 pct",
		       "target");
}

/* The value a target or forecast is compared with, of a period over, is a
 * level; of a period still running it stays what it is compared as. */
static void test_measure6_a_past_value_beside_a_target(void **state)
{
	const char *d = "2026-03-20";

	(void)state;
	check_measure("The plan sets a 2026 steel output target of 95 mln tonnes against 88 mln "
		       "in 2025.", d, "88 mln", "level");
	check_measure("The plan sets a 2026 steel output target of 95 mln tonnes against 88 mln "
		       "in 2025.", d, "95 mln tonnes", "target");
	check_measure("The plan sets a steel output target of 95 mln tonnes for 2027 against "
		       "90 mln for 2026.", d, "90 mln", "target");
}

/* An amount named as of a time over by a possessive before it is a level
 * beside a forecast; an earlier estimate so named, or an aim "to" an
 * amount after a possessive, is not. */
static void test_measure6_last_years_value_beside_a_forecast(void **state)
{
	const char *d = "2026-03-20";
	const char *s = "Analysts said the 2026 rice crop could end up around 9 mln tonnes, "
			"down from last year's crop of 11.2 mln tonnes.";

	(void)state;
	check_measure(s, d, "9 mln tonnes", "forecast");
	check_measure(s, d, "11.2 mln tonnes", "level");
	check_measure("Output is expected to hit 9 mln tonnes, 12 pct less than last season's "
		       "record 10.2 mln tonnes.", d, "10.2 mln tonnes", "level");
	check_measure("Exports would show little change from 2025's record 4.1 billion dlrs.", d,
		       "4.1 billion dlrs", "level");
	check_measure("The board raised its estimate of rice imports to 2.6 mln tonnes from last "
		       "year's forecast of 2.1 mln tonnes.", d, "2.1 mln tonnes", "forecast");
	check_measure("The plan will urge the government to double 2025's aid to 7.6 billion "
		       "dlrs within five years.", d, "7.6 billion dlrs", "target");
}

/* A value said to be the present one is a level beside a forecast. */
static void test_measure6_the_present_value_beside_a_forecast(void **state)
{
	const char *d = "2026-03-20";
	const char *s = "The bank expects bond yields, currently averaging around 4.1 pct, to "
			"stabilize around 3.6 pct next year.";

	(void)state;
	check_measure(s, d, "4.1 pct", "level");
	check_measure(s, d, "3.6 pct", "forecast");
	check_measure("Unemployment could climb to 9.5 pct by mid-2027 from its present 8.9 pct.",
		       d, "8.9 pct", "level");
}

static void assert_direction(const char *s, const char *date, const char *mention,
			     const char *dir)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(cl.direction, dir))
		fail_msg("'%s' in '%s': direction '%s', want '%s'", mention, s, cl.direction, dir);
}

/* A rate of growth goes up, a target or forecast of it too; the earlier
 * value of a change is that change then, whatever word joins them; a
 * level reached and the level it left have none. */
static void test_measure6_growth_and_earlier_changes(void **state)
{
	const char *d = "2026-03-20";
	const char *s = "The accord limits annual textile export growth to 0.5 pct a year.";
	const char *t = "Money stock grew at an annual rate of seven pct, down from 10 pct in the "
			"previous quarter.";
	const char *u = "Inflation fell to 3.1 pct in February, down from 3.4 pct in January.";

	(void)state;
	assert_direction(s, d, "0.5 pct", "up");
	assert_direction("The institute forecast GDP growth of 2.5 pct this year, from 1.9 pct in "
			 "2025.", d, "1.9 pct", "up");
	assert_direction(t, d, "seven pct", "up");
	assert_direction(t, d, "10 pct", "up");
	assert_direction(u, d, "3.1 pct", "");
	assert_direction(u, d, "3.4 pct", "");
	assert_direction("The economy would have grown by 3.5 pct last year.", d, "3.5 pct", "up");
}

/* An estimate said to change ("raised its estimate ... to X from Y"), or
 * compared with an estimate of an earlier time, is revised, the one it
 * replaced previous; an estimate set beside last month's with no word of
 * change is neither. */
static void test_measure6_revised_estimates(void **state)
{
	const char *d = "2026-03-20";
	const char *s = "The ministry raised its estimate of 2025/26 rice imports to 2.6 mln "
			"tonnes from last month's projection of 2.1 mln tonnes.";
	const char *t = "Maize output is expected to reach 9.9 mln tonnes, versus 10.2 mln tonnes "
			"estimated a week ago.";
	const char *u = "The borrowing requirement is now down to 950 mln dlrs from a predicted "
			"1.75 billion.";
	const char *v = "The ministry forecast rice imports at 2.6 mln tonnes, vs 2.1 mln tonnes "
			"last month.";

	(void)state;
	check_status(s, d, "2.6 mln tonnes", "revised");
	check_status(s, d, "2.1 mln tonnes", "previous");
	check_status(t, d, "9.9 mln tonnes", "revised");
	check_status(t, d, "10.2 mln tonnes", "previous");
	check_status(u, d, "950 mln dlrs", "revised");
	check_status(u, d, "1.75 billion", "previous");
	check_status(v, d, "2.6 mln tonnes", "");
	check_status(v, d, "2.1 mln tonnes", "previous");
	check_status("Exports rose to 2.82 billion dlrs from a revised 2.74 billion in January.",
		      d, "2.74 billion", "revised");
}

/* "N in surplus" is a balance, of the one named before in the paragraph,
 * signed; "in deficit financing bills" names no balance. */
static void test_measure6_an_amount_in_surplus(void **state)
{
	const char *d = "2026-04-20";
	const char *s = "Freedonia had a 7.2 billion dlr trade surplus with Ruritania in 2025. It "
			"racked up another 1.4 billion dlrs in surplus in the first quarter.";
	struct claim cl = get(s, d, "1.4 billion dlrs");
	struct claim dl = get("The Payments Office said errors and omissions were 2.65 billion "
			      "dlrs in deficit in February.", d, "2.65 billion dlrs");

	(void)state;
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(measure_name(dl.measure), "balance");
	assert_true(dl.value < 0);
	check_measure("The central bank will sell 800 billion yen in deficit financing bills "
		       "today.", d, "800 billion yen", "level");
}

/* Another country's dollar, or the U.S. Dollar written with its
 * country, quoted in another currency is an exchange rate, a price; an
 * amount with a scale is money. */
static void test_measure6_a_dollar_quoted(void **state)
{
	const char *d = "2026-04-20";

	(void)state;
	check_measure("Dealers said the Canadian dollar, which rose to 74.85 U.S. cts early this "
		       "morning, was steady.", d, "74.85 U.S. cts", "price");
	check_measure("The Taiwan dollar rose four cents against the U.S. Dollar today to close "
		       "at 31.59.", d, "31.59", "price");
	check_measure("The Canadian dollar rally lifted exports to 1.5 billion U.S. dlrs.", d,
		       "1.5 billion U.S. dlrs", "level");
}

/* The change a forecast just given makes, against a base, is forecast
 * too; a change of its own after a level is not. */
static void test_measure6_the_change_a_forecast_makes(void **state)
{
	const char *d = "2026-03-20";

	(void)state;
	check_measure("Rice output is expected to total between 9.5 and 10 mln tonnes this year, "
		       "or 12 to 16 pct less than the 11.4 mln tonnes harvested in 2025.", d,
		       "12 to 16 pct", "forecast");
	check_measure("Analysts said plantings will likely drop to 61 mln acres, down 9 pct from "
		       "last year's 67 mln acres.", d, "9 pct", "forecast");
	check_measure("Plantings were 61 mln acres in 2025, down 9 pct from 67 mln acres in 2024.",
		       d, "9 pct", "change_yoy");
}

/* A noun of change right after the figure makes it a change of that
 * direction; not past a verb or a season. */
static void test_measure6_a_change_named_after(void **state)
{
	const char *d = "2026-06-05";

	(void)state;
	check_measure("The rupee has held steady since its 19 pct devaluation against the dollar.",
		       d, "19 pct", "change");
	assert_direction("The rupee has held steady since its 19 pct devaluation against the "
			 "dollar.", d, "19 pct", "down");
	check_measure("Traders pointed to the record 2.8 billion stg rise in May reserves.", d,
		       "2.8 billion stg", "change");
	assert_direction("Claims rose 9.9 billion dlrs after a 4.3 billion dlr third-quarter "
			 "increase.", d, "4.3 billion dlr", "up");
	check_measure("Farmers planted 5 mln acres of wheat this fall.", d, "5 mln acres", "level");
	assert_direction("Reserves grew 3.4 billion dlrs in 2025 after a 2024 decrease of 1.9 "
			 "billion dlrs.", d, "1.9 billion dlrs", "down");
}

/* "will" of an operation dated by the money market's day is its terms, a
 * level, in the sentences after the one that schedules it too. */
static void test_measure6_a_scheduled_operation(void **state)
{
	const char *s = "TOKYO, May 4 - The central bank will sell 500 billion yen of bills "
			"today to absorb a money market surplus, money traders said.\n"
			"    The operation will raise the outstanding supply of the bills to "
			"2,900 billion yen.";

	(void)state;
	check_measure(s, "2026-05-04", "500 billion yen", "level");
	check_measure(s, "2026-05-04", "2,900 billion yen", "level");
	check_measure("Exports will rise to 2,900 billion yen next year, traders said.",
		       "2026-05-04", "2,900 billion yen", "forecast");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure6_an_earlier_value_keeps_the_basis),
		cmocka_unit_test(test_measure6_a_customs_release),
		cmocka_unit_test(test_measure6_a_payments_surplus),
		cmocka_unit_test(test_measure6_the_goods_a_penalty_hits),
		cmocka_unit_test(test_measure6_a_past_value_beside_a_target),
		cmocka_unit_test(test_measure6_a_scheduled_operation),
		cmocka_unit_test(test_measure6_last_years_value_beside_a_forecast),
		cmocka_unit_test(test_measure6_the_present_value_beside_a_forecast),
		cmocka_unit_test(test_measure6_growth_and_earlier_changes),
		cmocka_unit_test(test_measure6_revised_estimates),
		cmocka_unit_test(test_measure6_an_amount_in_surplus),
		cmocka_unit_test(test_measure6_a_dollar_quoted),
		cmocka_unit_test(test_measure6_the_change_a_forecast_makes),
		cmocka_unit_test(test_measure6_a_change_named_after),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
