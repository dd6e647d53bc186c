/*
 * test_measure5.c - what a figure is (issue 13's measure and status, fifth
 * parser pass), on sentences written for these tests: estimates of a crop
 * or fiscal year still under way, estimates named after their figure,
 * earlier estimates ("estimated a week ago"), earlier shares, and changes
 * of a whole year.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* A crop or fiscal year under way at the story's date, estimated, is a
 * forecast, as a running calendar year is; once it is long over, or with
 * "an estimated" as a hedge on a level reached, it is a level. */
static void test_measure5_an_estimate_of_a_running_split_year(void **state)
{
	const char *s = "Freedonia's rice exports are estimated at 2.4 mln tonnes in "
			"2025/26, the farm ministry said.";

	(void)state;
	check_measure(s, "2026-02-14", "2.4 mln tonnes", "forecast");
	check_measure(s, "2025-09-02", "2.4 mln tonnes", "forecast");
	check_measure(s, "2026-11-20", "2.4 mln tonnes", "level");
	check_measure("Freedonia's rice exports were 2.4 mln tonnes in 2025/26, the farm "
		       "ministry said.", "2026-02-14", "2.4 mln tonnes", "level");
	check_measure("Exports in the fiscal year ending March 2026 are estimated at 5.1 "
		       "billion dlrs.", "2026-02-14", "5.1 billion dlrs", "forecast");
	check_measure("Ruritanian inflation fell to an estimated 9 pct in fiscal 2025/26 "
		       "from 14 pct.", "2026-02-14", "9 pct", "level");
}

/* "N tonnes estimated ..." right after the figure: an estimate, of a period
 * not over; "estimated at" values the figure, it is no estimate of it. */
static void test_measure5_an_estimate_named_after_its_figure(void **state)
{
	const char *d = "2026-03-05";

	(void)state;
	check_measure("Oats output of 900,000 tonnes estimated by the board is a record.", d,
		       "900,000 tonnes", "forecast");
	check_measure("Sales of 500,000 tonnes estimated at 90 mln dlrs were signed.", d,
		       "500,000 tonnes", "level");
	check_measure("The 2024 harvest of 900,000 tonnes estimated by the board was a record.",
		       d, "900,000 tonnes", "level");
}

/* "versus 3.1 mln tonnes estimated a week ago": an earlier estimate, a
 * forecast marked previous; an estimate of another period is not one. */
static void test_measure5_an_earlier_estimate(void **state)
{
	const char *d = "2026-03-05";
	const char *s = "Sorghum production is now estimated at 2.9 mln tonnes, versus "
			"3.1 mln tonnes estimated a week ago.";
	const char *t = "The harvest is forecast at 2.9 mln tonnes, against 3.3 mln "
			"forecast last month.";

	(void)state;
	check_measure(s, d, "2.9 mln tonnes", "forecast");
	check_measure(s, d, "3.1 mln tonnes", "forecast");
	check_status(s, d, "3.1 mln tonnes", "previous");
	/* the new estimate beside one of an earlier time is revised (the
	 * gold's 6890; measure6's now_revised) */
	check_status(s, d, "2.9 mln tonnes", "revised");
	check_status(t, d, "3.3 mln", "previous");
	check_status("Imports are estimated at 1.2 mln tonnes, against 0.2 mln tonnes "
		      "estimated for the year before.", d, "0.2 mln tonnes", "");
}

/* "X pct of Y, compared with Z pct a year earlier": the earlier percent of
 * a share is the same share then. */
static void test_measure5_an_earlier_share(void **state)
{
	const char *d = "2026-03-05";
	const char *s = "Oil made up 40 pct of total imports in March, compared with 44 pct a "
			"year earlier.";

	(void)state;
	check_measure(s, d, "40 pct", "share");
	check_measure(s, d, "44 pct", "share");
	check_measure("Japan accounted for 35 pct of Ruritania's exports last year, against "
		       "31 pct in 2024.", d, "31 pct", "share");
	check_measure("Exports were 12 pct of output in 2025, against 9 pct in 2024.", d,
		       "9 pct", "share");
}

/* A change of a whole year's figure, in percent or (a trade flow's) in
 * money, is on the year before (tests/eval/gold/GUIDE.md, gold5's convention); not when the
 * sentence compares with a week or names another base. */
static void test_measure5_a_years_change_is_year_on_year(void **state)
{
	const char *d = "2026-03-05";

	(void)state;
	check_measure("Ruritania's exports rose 9 pct in 2025, the ministry said.", d, "9 pct",
		       "change_yoy");
	check_measure("Exports rose 1.2 billion dlrs in 2025 to 8.3 billion.", d,
		       "1.2 billion dlrs", "change_yoy");
	check_measure("Freedonia's rice exports fell 14 pct in the 2024/25 crop year.", d,
		       "14 pct", "change_yoy");
	check_measure("Coffee sales for the 2025/26 season were 40 pct below the prior week's.",
		       d, "40 pct", "change");
	check_measure("Exports rose 20 pct in 2025 from 2022.", d, "20 pct", "change");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure5_an_estimate_of_a_running_split_year),
		cmocka_unit_test(test_measure5_an_estimate_named_after_its_figure),
		cmocka_unit_test(test_measure5_an_earlier_estimate),
		cmocka_unit_test(test_measure5_an_earlier_share),
		cmocka_unit_test(test_measure5_a_years_change_is_year_on_year),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
