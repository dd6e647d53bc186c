/*
 * test_when12.c - a year set off by a comma after a range of months
 * ("during January-August, 1987.") is that range's year, where the year
 * ends the phrase; a number after the comma that goes on to a unit ("in
 * the first half, 2000 tonnes were shipped") is a figure, not a year.
 * Sentences are written for the test, except those marked as Reuters'.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_when12_comma_year(void **state)
{
	(void)state;
	/* a range written before the story's date that would otherwise be
	 * the latest January-August, a year back */
	check_period("Exports rose 5.2 pct in January-August, 2031, to 12 billion dlrs, the "
		     "ministry said.", "2031-03-20", "5.2 pct", "2031-01/2031-08");
	check_period("Exports fell 3 pct in the first half, 2029.", "2031-03-20", "3 pct",
		     "2029-01/2029-06");
	/* Reuters 6259 (1987-03-17) */
	check_period("The department said an additional 4.3 billion dlrs in\ncertificates has "
		     "been authorized for issuance during\nJanuary-August, 1987.", "1987-03-17",
		     "4.3 billion dlrs", "1987-01/1987-08");
	/* not a year: the number after the comma is the next figure */
	check_period("In the first half, 2000 tonnes were shipped.", "2031-03-20", "2000 tonnes",
		     "2030-01/2030-06");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when12_comma_year),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
