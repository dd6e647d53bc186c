/*
 * test_units_news.c - issue 13 point 5 (recall2): units, currencies and
 * rates as news writes them, on sentences written for these tests: a
 * yield per hectare or acre, a price per troy ounce or acre, currency
 * words, and numbers that are no figure.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* The claim of s whose mention is exactly mention has value, unit and per. */
static void assert_fig(const char *s, const char *mention, double value, const char *unit,
		       const char *per)
{
	struct claim cl = get(s, "1987-03-20", mention);

	if (!num_eq(cl.value, value))
		fail_msg("'%s': value %.10g, want %.10g", mention, cl.value, value);
	if (strcmp(cl.unit, unit) || strcmp(cl.per, per))
		fail_msg("'%s' in '%s': unit '%s' per '%s', want '%s' per '%s'", mention, s, cl.unit,
			 cl.per, unit, per);
}

static void test_units_yield_per_area(void **state)
{
	(void)state;
	assert_fig("Farmers harvested 4.2 tonnes per hectare last season.", "4.2 tonnes per hectare",
		   4.2, "t", "ha");
	assert_fig("Corn yields averaged 118 bushels per acre.", "118 bushels per acre", 118, "bu",
		   "acre");
	assert_fig("Yields of 2.1 to 2.4 tonnes per ha are normal.", "2.1 to 2.4 tonnes per ha", 2.25,
		   "t", "ha");
	/* a yield is a level, not a capacity as a rate per year is */
	assert_string_equal(measure_name(get("Farmers harvested 4.2 tonnes per hectare.", "1987-03-20",
					     "4.2 tonnes per hectare").measure), "level");
	/* "per" before something else is no rate */
	assert_fig("It shipped 500 tonnes per the contract.", "500 tonnes", 500, "t", "");
}

static void test_units_price_per_troy_ounce_and_acre(void **state)
{
	(void)state;
	assert_fig("Platinum ended at 562.10 dlrs a troy ounce.", "562.10 dlrs", 562.10, "USD", "oz");
	assert_fig("Rents averaged 48.20 dlrs per acre.", "48.20 dlrs", 48.20, "USD", "acre");
	assert_fig("Land sold for 2,100 dlrs a hectare.", "2,100 dlrs", 2100, "USD", "ha");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_units_yield_per_area),
		cmocka_unit_test(test_units_price_per_troy_ounce_and_acre),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
