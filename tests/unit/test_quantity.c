/*
 * test_quantity.c - quantity units of trade: bcm into cubic metres,
 * kilolitres, gallons, cubic feet, kilograms, bushels, barrels a day, TEU,
 * units glued or in brackets, and rates.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_qty(const char *s, const char *mention, double value, const char *unit,
		       const char *per)
{
	struct doc d;
	struct claims c;
	long i;

	doc_from(&d, s, "");
	claims_init(&c);
	parse_doc(&d, &c);
	i = claim_find(&d, &c, mention);
	if (i < 0)
		fail_msg("no claim '%s' in '%s'", mention, s);
	assert_int_equal(c.v[i].kind, CLAIM_QUANTITY);
	if (!num_eq(c.v[i].value, value))
		fail_msg("'%s': value %g, want %g", mention, c.v[i].value, value);
	assert_string_equal(c.v[i].unit, unit);
	assert_string_equal(c.v[i].per, per);
	claims_release(&c);
	doc_release(&d);
}

static void test_quantity_normalises_bcm_to_cubic_metres(void **state)
{
	(void)state;
	assert_qty("Gazprom sent 22 bcm to China.", "22 bcm", 22e9, "m3", "");
	assert_qty("Power of Siberia carries 38 bcm a year.", "38 bcm a year", 38e9, "m3", "year");
	assert_qty("Japan imported 5,000 kilolitres of LNG.", "5,000 kilolitres", 5000, "m3", "");
	assert_qty("Canada may export 0.9 trillion cubic feet of gas.", "0.9 trillion cubic feet",
		   0.9e12, "ft3", "");
}

static void test_quantity_reads_trade_units(void **state)
{
	(void)state;
	assert_qty("Output fell by 500,000 barrels a day.", "500,000 barrels a day", 500000, "bbl",
		   "day");
	assert_qty("Saudi output was 4.5 mln bpd.", "4.5 mln bpd", 4.5e6, "bbl", "day");
	assert_qty("The USDA estimates 2.1 billion bushels.", "2.1 billion bushels", 2.1e9, "bu", "");
	assert_qty("He buys some 2.4 billion gallons of fuel.", "2.4 billion gallons", 2.4e9, "gal",
		   "");
	assert_qty("The port handled 1.2 million TEUs.", "1.2 million TEUs", 1.2e6, "TEU", "");
	assert_qty("India will ship 25 lakh tonnes of sugar.", "25 lakh tonnes", 2.5e6, "t", "");
	assert_qty("a 10-gallon water cooler", "10-gallon", 10, "gal", "");
}

static void test_quantity_reads_glued_and_bracketed_units(void **state)
{
	(void)state;
	assert_qty("the Max. capacity is 100t and more", "100t", 100, "t", "");
	assert_qty("The weight is 20 (kg)", "20 (kg)", 20, "kg", "");
	assert_qty("The weight is 20 [kg]", "20 [kg]", 20, "kg", "");
	assert_qty("You weigh 200lbs.", "200lbs", 200, "lb", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quantity_normalises_bcm_to_cubic_metres),
		cmocka_unit_test(test_quantity_reads_trade_units),
		cmocka_unit_test(test_quantity_reads_glued_and_bracketed_units),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
