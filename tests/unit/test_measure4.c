/*
 * test_measure4.c - what a figure is (issue 13's measure, status and
 * basis, fourth parser pass), on sentences written for these tests: a
 * preliminary release named as the source of a sentence or of the lead;
 * annual rates; what is required or aimed at.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "according to preliminary estimates", "provisional customs figures
 * show": every figure of the sentence comes from that release, the
 * earlier year's too; "a provisional 47 billion" is a word on one figure. */
static void test_measure4_a_preliminary_source_covers_its_sentence(void **state)
{
	const char *d = "2026-03-10";

	(void)state;
	check_status("Exports were 4.1 billion dlrs in 2025 against 3.8 billion in 2024, "
		      "according to preliminary central bank estimates.", d, "3.8 billion",
		      "preliminary");
	check_status("Exports were 4.1 billion dlrs in 2025 against 3.8 billion in 2024, "
		      "according to preliminary central bank estimates.", d,
		      "4.1 billion dlrs", "preliminary");
	check_status("The trade surplus was 612 mln crowns in February after 75 mln in "
		      "January, provisional customs figures show.", d, "75 mln", "preliminary");
	check_status("The deficit rose to a provisional 47 billion forints last year from 12 "
		      "billion in 2024.", d, "12 billion", "");
	check_status("The deficit rose to 47 billion forints last year from 12 billion in "
		      "2024, the ministry said in a preliminary report.", d, "12 billion", "");
}

/* A lead that names a preliminary release ("Preliminary trade figures for
 * February show") makes the story's later figures of February preliminary;
 * not January's, not an earlier value's. */
static const char lead_story[] =
	"RURITANIA FEBRUARY TRADE SURPLUS\n\n"
	"STRELSAU, March 20 - Preliminary trade figures for February show\n"
	"a surplus of 210 mln dlrs, the statistics office said.\n"
	"    Exports rose to 1.42 billion dlrs in February from 1.31 billion in\n"
	"January. January's exports were 1.30 billion dlrs.\n";

static const char plain_story[] =
	"RURITANIA FEBRUARY TRADE SURPLUS\n\n"
	"STRELSAU, March 20 - Ruritania had a trade surplus of 210 mln dlrs\n"
	"in February, the statistics office said.\n"
	"    Exports rose to 1.42 billion dlrs in February from 1.31 billion in\n"
	"January.\n";

static void test_measure4_a_preliminary_lead_covers_its_period(void **state)
{
	const char *d = "2026-03-20";

	(void)state;
	check_status(lead_story, d, "210 mln dlrs", "preliminary");
	check_status(lead_story, d, "1.42 billion dlrs", "preliminary");
	check_status(lead_story, d, "1.31 billion", "");
	check_status(lead_story, d, "1.30 billion dlrs", "");
	check_status(plain_story, d, "1.42 billion dlrs", "");
}

/* "a brisk 4.5 pct annual rate", "an annual growth rate of about three
 * pct": an annualized rate, its words right after or right before the
 * figure; "3 pct annual inflation" and a rate of something else are not. */
static void test_measure4_an_annual_rate_after_or_before_the_figure(void **state)
{
	const char *d = "2026-04-02";

	(void)state;
	check_basis("Output grew at a sluggish 0.9 pct annual rate in the first quarter.", d,
		     "0.9 pct", "annualized");
	check_basis("Economists see an annual growth rate of about 2.5 pct in the second "
		     "quarter.", d, "2.5 pct", "annualized");
	check_basis("Exports rose 4.2 pct in March, while the annual rate of inflation was "
		     "steady.", d, "4.2 pct", "");
	check_basis("Wages rose 3 pct annual in the survey.", d, "3 pct", "");
}

static void assert_measure(const char *s, const char *date, const char *mention,
			   const char *measure, const char *direction)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(measure_name(cl.measure), measure) || strcmp(cl.direction, direction))
		fail_msg("'%s' in '%s': measure '%s' direction '%s', want '%s' '%s'", mention,
			 s, measure_name(cl.measure), cl.direction, measure, direction);
}

/* What is required, demanded or aimed at is a target (a change keeps its
 * direction); what firms seek to do, or what is expected, is not. */
static void test_measure4_what_is_required_is_a_target(void **state)
{
	const char *d = "2026-05-12";

	(void)state;
	assert_measure("The bill would force a 15 pct annual cut in imports of steel.", d,
		       "15 pct", "target", "down");
	assert_measure("Both governments signed a protocol calling for a 40 pct rise in "
		       "two-way trade.", d, "40 pct", "target", "up");
	assert_measure("The law requires exporters to sell at least 300,000 tonnes abroad.", d,
		       "300,000 tonnes", "target", "");
	assert_measure("Ministers pledged to achieve trade of 9 billion dlrs a year.", d,
		       "9 billion dlrs a year", "target", "");
	assert_measure("The union wants the 12 pct sought by its members.", d, "12 pct",
		       "target", "");
	assert_measure("The ministry was targetting a surplus of 3.1 billion dlrs.", d,
		       "3.1 billion dlrs", "target", "");
	/* not a target; a project's size is money put in (GUIDE section 7) */
	assert_measure("Firms seeking to invest in the 2 billion dlr port project met.", d,
		       "2 billion dlr", "investment", "");
	assert_measure("Analysts expect rates to stabilize around 4.5 pct.", d, "4.5 pct",
		       "forecast", "");
	assert_measure("She called the 2.0 billion dlr deficit a disgrace.", d,
		       "2.0 billion dlr", "balance", "");
	assert_measure("They offered 5 pct of the contract, against the 20 pct sought by the "
		       "ministry.", d, "20 pct", "target", "");
	assert_measure("The treaty guarantees Ruritanian sales to Freedonia of 400,000 tonnes of "
		       "rye a year.", d, "400,000 tonnes", "target", "");
	assert_measure("The bank approved 20 mln dlrs in credit guarantees for sales of 90,000 "
		       "tonnes of rye.", d, "90,000 tonnes", "level", "");
	assert_measure("The action reduces the guarantee line for rye sales to 12 mln dlrs.", d,
		       "12 mln dlrs", "level", "");
	assert_measure("The law forces Freedonia to cut its 40 billion dlr trade surplus by "
		       "10 pct a year.", d, "40 billion dlr", "balance", "");
	assert_measure("The law forces Freedonia to cut its 40 billion dlr trade surplus by "
		       "10 pct a year.", d, "10 pct", "target", "down");
}

/* The level of an exchange rate that words before it name: technical
 * support and resistance, "the yen/dollar rate", "It hit ..." after a
 * sentence about the dollar, the next rate of a list; not an amount of
 * money, not the rate's change. */
static void test_measure4_rate_levels_named_before_the_figure(void **state)
{
	const char *d = "2026-06-03";

	(void)state;
	assert_measure("Dealers put support at 7.05 crowns and 118 yen, and resistance about "
		       "7.20 crowns.", d, "7.05 crowns", "price", "");
	assert_measure("Dealers put support at 7.05 crowns and 118 yen, and resistance about "
		       "7.20 crowns.", d, "118 yen", "price", "");
	assert_measure("Dealers put support at 7.05 crowns and 118 yen, and resistance about "
		       "7.20 crowns.", d, "7.20 crowns", "price", "");
	assert_measure("The average yen/dollar rate used for the figures was 121.40 yen.", d,
		       "121.40 yen", "price", "");
	assert_measure("The dollar slid in Tokyo trading. It touched a low of 117.85 yen "
		       "before noon.", d, "117.85 yen", "price", "");
	assert_measure("The dollar slid in Tokyo trading. It rose by one yen later.", d,
		       "one yen", "change", "up");
	assert_measure("Exports slid in May. It cost the firm 400 yen a unit more.", d,
		       "400 yen", "level", "");
}

/* An estimate of the story's own day is a forecast, and so is the estimate
 * it was revised from; the help given today is not; "revised" before a
 * later figure is that figure's. */
static void test_measure4_an_estimate_of_today_is_a_forecast(void **state)
{
	const char *d = "2026-02-11";
	const char *a = "The central bank said it revised down its estimate of the shortage in "
			"the money market today to 600 mln stg from 750 mln.";
	const char *b = "This brings its total help today to 310 mln stg, which compares with "
			"the bank's revised shortage forecast of 600 mln stg.";

	(void)state;
	assert_measure(a, d, "600 mln stg", "forecast", "");
	assert_measure(a, d, "750 mln", "forecast", "");
	assert_measure(b, d, "310 mln stg", "level", "");
	check_status(b, d, "310 mln stg", "");
	check_status(b, d, "600 mln stg", "revised");
	check_status("The deficit was 3.3 mln dlrs (revised from 1.7 mln) in January.", d,
		      "3.3 mln dlrs", "revised");
}

/* What "will" says of a named day is a decided operation, a level; what is
 * expected of it, or "will" of a year, stays a forecast. */
static void test_measure4_an_operation_will_on_a_named_day_is_a_level(void **state)
{
	const char *d = "2026-09-14";

	(void)state;
	assert_measure("The central bank will sell 400 billion yen of bills tomorrow to absorb "
		       "funds, traders said.", d, "400 billion yen", "level", "");
	assert_measure("Traders expect the market surplus tomorrow to reach 400 billion yen.", d,
		       "400 billion yen", "forecast", "");
	assert_measure("The ministry said exports will reach 400 billion yen next year.", d,
		       "400 billion yen", "forecast", "");
}

/* A season against the last one is a change on the year before; "limiting
 * ... to" caps what it governs. */
static void test_measure4_season_on_season_and_limiting(void **state)
{
	const char *d = "2026-04-20";

	(void)state;
	assert_measure("Barley plantings were put at 2.1 mln hectares, 8 pct lower than in the "
		       "previous season.", d, "8 pct", "change_yoy", "down");
	assert_measure("The rice crop rose 4 pct from the last harvest, officials said.", d,
		       "4 pct", "change_yoy", "up");
	assert_measure("The rice crop rose 4 pct in the week, officials said.", d, "4 pct",
		       "change", "up");
	/* a target of growth goes up (the gold's 354 and 5280; measure6) */
	assert_measure("The accord caps shipments, limiting their growth to 1.5 pct a year.", d,
		       "1.5 pct", "target", "up");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure4_a_preliminary_source_covers_its_sentence),
		cmocka_unit_test(test_measure4_a_preliminary_lead_covers_its_period),
		cmocka_unit_test(test_measure4_an_annual_rate_after_or_before_the_figure),
		cmocka_unit_test(test_measure4_what_is_required_is_a_target),
		cmocka_unit_test(test_measure4_rate_levels_named_before_the_figure),
		cmocka_unit_test(test_measure4_an_estimate_of_today_is_a_forecast),
		cmocka_unit_test(test_measure4_an_operation_will_on_a_named_day_is_a_level),
		cmocka_unit_test(test_measure4_season_on_season_and_limiting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
