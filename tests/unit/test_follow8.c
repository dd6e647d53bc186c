/*
 * test_follow8.c - review7's follow-ups (branch follow8): where a deal's
 * words stop holding for a price read back from them, "U.S" without its
 * final dot, and "refund" as a flow's price word. Every sentence here was
 * written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* A price "at" so much a unit is a deal's however far its verb, but not
 * the price of a futures market or a quote with a verb of its own later in
 * the deal's sentence (src/parse/deal_clause.c, quote.c). */
static void test_follow8_price_after_a_deal(void **state)
{
	static const char s[] = "date: 1987-06-10\nGRAIN DEALS\n\n"
				"    CAIRO, June 10 - Egypt purchased 150,000 tonnes of U.S. wheat for\n"
				"August shipment and the September wheat futures contract in Chicago\n"
				"stood at 2.75 dlrs a bushel, dealers said.\n"
				"    Jordan bought 40,000 tonnes of white sugar for July shipment from\n"
				"French trade houses at 215 dlrs per tonne, traders said.\n"
				"    Morocco bought 60,000 tonnes of corn, the ministry said, as the\n"
				"local maize price traded at 120 dlrs per tonne.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-06-10", "2.75 dlrs");
	assert_string_equal(cl.flow, "");
	assert_string_equal(cl.reporter, "");
	cl = get(s, "1987-06-10", "120 dlrs");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1987-06-10", "215 dlrs");
	assert_who(&cl, "import", "JO", "FR");
}

/* A bare rebate or subsidy takes the flow named before it in its
 * sentence, but not across a coordinate clause with a subject of its own
 * (", and growers", ", but the ministry"); "wheat and rye" goes on. */
static void test_follow8_refund_stops_at_a_clause(void **state)
{
	static const char s[] = "date: 1987-06-10\nFARM AID\n\n"
				"    ROME, June 10 - Exports climbed, and growers will receive a subsidy\n"
				"of 12 dlrs per tonne on seed purchases.\n"
				"    Imports slowed, but the ministry fixed a rebate of 30 Ecus per\n"
				"tonne for dairy feed.\n"
				"    Export licences for 50,000 tonnes of wheat and rye were awarded at a\n"
				"maximum rebate of 140 Ecus per tonne.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-06-10", "12 dlrs");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1987-06-10", "30 Ecus");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1987-06-10", "140 Ecus");
	assert_string_equal(cl.flow, "export");
}

/* "an export refund of N Ecus per tonne": refund is a flow's price word as
 * rebate is (src/parse/flow_own.c, data/lexicon/grammar.tsv). */
static void test_follow8_export_refund(void **state)
{
	static const char s[] = "date: 1987-06-10\nSUGAR\n\n"
				"    BRUSSELS, June 10 - The Commission fixed an export refund of 88\n"
				"Ecus per tonne for white sugar at this week's tender.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-06-10", "88\nEcus");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "EU");
}

/* "U.S" at the end of a line or sentence, its last dot lost, is the
 * United States (src/parse/subject_who.c). */
static void test_follow8_us_without_its_dot(void **state)
{
	static const char s[] = "date: 1987-06-10\nCANADA TRADE\n\n"
				"    OTTAWA, June 10 - Canada's trade surplus with the U.S\n"
				"rose to 1.5 billion dlrs in April, Statistics Canada said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-06-10", "1.5 billion dlrs");
	assert_string_equal(cl.reporter, "CA");
	assert_string_equal(cl.partner, "US");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_follow8_price_after_a_deal),
		cmocka_unit_test(test_follow8_refund_stops_at_a_clause),
		cmocka_unit_test(test_follow8_export_refund),
		cmocka_unit_test(test_follow8_us_without_its_dot),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
