/*
 * test_when11.c - "Through September, ..." opening a sentence or clause: the
 * year to that month (src/parse/when.c; issue 13, session 11). Sentences
 * written for the test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_when11_through_a_month_is_the_year_to_it(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Through August, the deficit totalled $512.5 billion.", "2026-10-05",
		 "$512.5 billion");
	assert_string_equal(cl.period, "2026-01/2026-08");
	cl = get("Exports rose, and through June, they totalled $90.1 billion.", "2026-08-05",
		 "$90.1 billion");
	assert_string_equal(cl.period, "2026-01/2026-06");
	/* a range "April through November" stays the range */
	cl = get("Egypt bought 200,000 tonnes of wheat for April through November shipment.",
		 "1987-03-20", "200,000 tonnes");
	assert_string_equal(cl.period, "1987-04/1987-11");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when11_through_a_month_is_the_year_to_it),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
