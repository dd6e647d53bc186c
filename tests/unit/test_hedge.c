/*
 * test_hedge.c - issue 13's approx field (gram.c) on sentences written for
 * these tests: hedges of three words before a figure, hedges written after
 * it, and a hedge before a range.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* The claim of s whose mention is exactly mention has approx want. */
static void assert_approx(const char *s, const char *mention, const char *want)
{
	struct claim cl = get(s, "1987-03-20", mention);

	if (strcmp(cl.approx, want))
		fail_msg("'%s' in '%s': approx '%s', want '%s'", mention, s, cl.approx, want);
}

static void test_hedge_as_much_as_is_a_ceiling(void **state)
{
	(void)state;
	assert_approx("Buyers may take as much as 2.5 mln tonnes of barley.", "2.5 mln tonnes",
		      "up to");
	assert_approx("Losses could run as high as 40 mln stg this year.", "40 mln stg", "up to");
	assert_approx("The port handled as many as 900 TEU last week.", "900 TEU", "up to");
	/* "as" alone, or "as well as", hedges nothing */
	assert_approx("It sold rice as well as 30,000 tonnes of maize.", "30,000 tonnes", "");
	assert_approx("Output was put at 12 mln tonnes.", "12 mln tonnes", "");
}

static void test_hedge_written_after_the_figure(void **state)
{
	(void)state;
	assert_approx("Traders expect sales of 500 mln dlrs or more next month.", "500 mln dlrs",
		      "at least");
	assert_approx("Tariffs would fall to eight pct or less by 1990.", "eight pct", "up to");
	assert_approx("The mill needs 40,000 tonnes or so of wheat.", "40,000 tonnes", "about");
	/* "or" before another figure is a range, not a hedge */
	assert_approx("Rates may rise by 10 or 15 pct.", "10 or 15 pct", "");
	/* a hedge before it wins */
	assert_approx("They bought about 20 mln dlrs or more of bonds.", "20 mln dlrs", "about");
	/* "or more than" compares with something else */
	assert_approx("It holds 5 pct or more than any rival.", "5 pct", "");
}

static void test_hedge_before_a_range(void **state)
{
	(void)state;
	assert_approx("Growth should be about 2.5 to 3 pct this year.", "2.5 to 3 pct", "about");
	assert_approx("Yields were around 4.1 to 4.3 tonnes per hectare.", "4.1 to 4.3 tonnes per hectare",
		      "around");
	assert_approx("Exports rose to between 7.8 and 8.2 mln tonnes.", "between 7.8 and 8.2 mln tonnes",
		      "");
}

static void test_hedge_no_more_than(void **state)
{
	(void)state;
	assert_approx("Purchases came to no more than 40 mln dlrs.", "40 mln dlrs", "up to");
	assert_approx("Farmers must plant no less than 80 pct of base acres.", "80 pct", "at least");
	assert_approx("Purchases came to more than 40 mln dlrs.", "40 mln dlrs", "over");
}

static void test_hedge_or_range(void **state)
{
	struct claim cl = get("The currency is 10 or 15 pct undervalued.", "1987-03-20", "10 or 15 pct");

	(void)state;
	/* "10 or 15 pct" is the writer's range: its midpoint */
	assert_true(num_eq(cl.value, 12.5));
	assert_approx("He saw growth of about 2.5 or 3 pct.", "2.5 or 3 pct", "about");
}

static void test_hedge_verbs(void **state)
{
	(void)state;
	/* a verb that puts the figure above it */
	assert_approx("Barter now exceeds 80 pct of their trade.", "80 pct", "over");
	assert_approx("Unless the deficit tops 2.5 billion dlrs, it is safe.", "2.5 billion dlrs", "over");
	assert_approx("Quotas may not exceed 400,000 tonnes.", "400,000 tonnes", "up to");
	assert_approx("Imports may reach or exceed 2 mln tonnes.", "2 mln tonnes", "at least");
	/* "up 6 pct over" a base is no hedge */
	assert_approx("Exports rose 6 pct over 41.2 billion dlrs in 1986.", "41.2 billion dlrs", "");
	assert_approx("Output rises up to 3.4 mln tonnes.", "3.4 mln tonnes", "");
	/* "revised up to" moves a figure, it sets no ceiling */
	assert_approx("The bank revised up to 900 mln stg its forecast.", "900 mln stg", "");
	assert_approx("Sales could be up to 900 mln stg.", "900 mln stg", "up to");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hedge_as_much_as_is_a_ceiling),
		cmocka_unit_test(test_hedge_written_after_the_figure),
		cmocka_unit_test(test_hedge_before_a_range),
		cmocka_unit_test(test_hedge_no_more_than),
		cmocka_unit_test(test_hedge_or_range),
		cmocka_unit_test(test_hedge_verbs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
