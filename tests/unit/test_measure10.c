/*
 * test_measure10.c - what a figure is (issue 13's measure and sign, tenth
 * parser pass), on sentences written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* A government's deficit stated for a period over is a balance, signed;
 * the one expected for a year to come stays a forecast. */
static void test_measure10_a_budget_deficit_is_a_balance(void **state)
{
	const char *d = "1987-05-04";
	const char *s = "Ruritania's budget deficit for January-March was 2.6 billion crowns, "
			"the finance ministry said.";
	const char *t = "The ministry put the central government deficit for 1986 at 14.2 "
			"billion crowns, against a 9.7 billion deficit in 1985.";
	struct claim cl = get(s, d, "2.6 billion crowns");

	(void)state;
	check_measure(s, d, "2.6 billion crowns", "balance");
	assert_true(num_eq(cl.value, -2.6e9));
	check_measure(t, d, "14.2 billion crowns", "balance");
	check_measure(t, d, "9.7 billion", "balance");
	check_measure("The ministry expects the budget deficit to reach 11 billion crowns in "
		      "1988.", d, "11 billion crowns", "forecast");
}

/* The level a change of a balance reaches, after the words that date and
 * compare the change, and the value it leaves, are the balance's. */
static void test_measure10_a_balance_reached_past_the_change(void **state)
{
	const char *d = "1987-04-20";
	const char *s = "Freedonia's trade surplus rose by 35 pct in March, from a year "
			"earlier, to 4.6 billion crowns from 3.4 billion in February.";
	struct claim cl = get(s, d, "3.4 billion");

	(void)state;
	check_measure(s, d, "4.6 billion crowns", "balance");
	check_measure(s, d, "3.4 billion", "balance");
	assert_string_equal(cl.flow, "trade");
}

/* A deficit named before a "while" clause does not sign the figure of
 * that clause. */
static void test_measure10_while_opens_another_subject(void **state)
{
	struct claim cl = get("Ruritania's budget deficit widened, while its state banks lent "
			      "3.5 billion crowns to farmers.", "1987-05-04", "3.5 billion crowns");

	(void)state;
	assert_true(cl.value > 0);
	assert_string_equal(measure_name(cl.measure), "level");
}

/* A crop's condition and progress in percent of its area are shares: a
 * state right after the figure, a rating in a sentence that rates. */
static void test_measure10_crop_condition_and_progress_are_shares(void **state)
{
	const char *d = "1987-04-06";
	const char *s = "Barley condition was rated 10 pct poor, 62 pct fair and 28 pct good.";
	const char *t = "Oats were 35 pct seeded vs 48 pct a year ago.";

	(void)state;
	check_measure(s, d, "10 pct", "share");
	check_measure(s, d, "62 pct", "share");
	check_measure(s, d, "28 pct", "share");
	check_measure(t, d, "35 pct", "share");
	check_measure(t, d, "48 pct", "share");
	check_measure("The island is 90 pct self-sufficient in rice.", d, "90 pct", "share");
	/* no rating without a sentence that rates */
	check_measure("Its reserves cover a 12 pct surplus of output.", d, "12 pct", "level");
}

/* An amount that sizes a project, a plant or a fund as an adjective is
 * money put in, hyphened or not; a loan so sized is not. */
static void test_measure10_a_project_sized_by_an_amount(void **state)
{
	const char *d = "1987-04-06";

	(void)state;
	check_measure("Foreign firms want a share of a 3.5 billion dlr harbour project in "
		      "Ruritania.", d, "3.5 billion dlr", "investment");
	check_measure("Bids for the 900 mln dlr steel plant close in May.", d, "900 mln dlr",
		      "investment");
	check_measure("Ruritania signed a 3.5 billion dlr loan with the banks.", d,
		      "3.5 billion dlr", "level");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure10_a_budget_deficit_is_a_balance),
		cmocka_unit_test(test_measure10_a_balance_reached_past_the_change),
		cmocka_unit_test(test_measure10_while_opens_another_subject),
		cmocka_unit_test(test_measure10_crop_condition_and_progress_are_shares),
		cmocka_unit_test(test_measure10_a_project_sized_by_an_amount),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
