/*
 * test_status12.c - a season's estimate against the one made in an
 * earlier month ("USDA ESTIMATES 1986/87 USSR GRAIN IMPORTS 28.0 MLN
 * TONNES VS 26.0 IN MARCH", the title's capitals too): the earlier value
 * is the previous estimate of the same season (status previous, the
 * season's period), which the validator does not hold against the new
 * one. A month's figure against another month's ("March exports ... vs 4
 * mln in February") stays a figure of its own month.
 * Sentences are written for the test, except those marked as Reuters'.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_status12_estimate_of_a_month(void **state)
{
	(void)state;
	/* Reuters 15842 (1987-04-09), the title */
	check_status("USDA ESTIMATES 1986/87 USSR GRAIN IMPORTS  28.0 MLN TONNES VS 26.0 IN "
		     "MARCH, 29.9 YEAR AGO\n\nWASHINGTON, April 9 - The U.S. Agriculture "
		     "Department estimated Soviet grain imports.\n", "1987-04-09", "26.0",
		     "previous");
	check_period("USDA ESTIMATES 1986/87 USSR GRAIN IMPORTS  28.0 MLN TONNES VS 26.0 IN "
		     "MARCH, 29.9 YEAR AGO\n\nWASHINGTON, April 9 - The U.S. Agriculture "
		     "Department estimated Soviet grain imports.\n", "1987-04-09", "26.0",
		     "1986/87");
	check_status("The board estimates 2030/31 wheat exports at 12.5 mln tonnes vs 12.0 mln "
		     "in May.", "2031-06-10", "12.0 mln", "previous");
	/* no season: a month's own figure */
	check_status("The board estimates March exports at 5 mln tonnes vs 4 mln in February.",
		     "2031-04-10", "4 mln", "");
	/* no estimate */
	check_status("Wheat exports in 2030/31 were 12.5 mln tonnes vs 12.0 mln in May.",
		     "2031-06-10", "12.0 mln", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status12_estimate_of_a_month),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
