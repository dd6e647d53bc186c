/*
 * test_subject7.c - whose figure it is and with whom, issue 13's eighth
 * round (branch subject7), each rule counted on the two free pools of
 * unseen wire stories first: a share of a national aggregate with no
 * trade flow is the economy's ("Chile spends four pct of its budget on
 * health"), not when it is a share of the world's something; a price
 * "at" so much a tonne after a deal's amount is the deal's; countries of
 * the 1980s wire (Zaire, East Germany, Kampuchea); the
 * country a story names most counts "U.S."; a budgetary deficit is no
 * trade balance.
 * Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* A share with no trade flow is the economy the sentence names, else the
 * story's, as a level is; one "of world" output or commerce is nobody's. */
static void test_subject7_share_of_a_national_aggregate(void **state)
{
	static const char s[] = "date: 1988-05-04\nFARMS\n\n"
				"    SANTIAGO, May 4 - Chile's farmers have planted 35 pct of\n"
				"the area they intend to sow, the ministry said.\n"
				"    Subsidies take about 12 pct of the budget, officials said.\n"
				"    The country grows some three pct of world copper output.\n"
				"    Peru banned fish imports from Chile, where about 60 pct of\n"
				"the catch is landed in the south.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "35 pct");
	assert_string_equal(cl.reporter, "CL");	/* was blank */
	cl = get(s, "1988-05-04", "12 pct");
	assert_string_equal(cl.reporter, "CL");	/* the story's: was blank */
	cl = get(s, "1988-05-04", "three pct");
	assert_string_equal(cl.reporter, "");	/* of world output */
	/* a sentence about a trade flow the share is not part of: unknown */
	cl = get(s, "1988-05-04", "60 pct");
	assert_string_equal(cl.reporter, "");
}

/* A price "at" so much per unit after a deal's amount is the deal's price:
 * the buyer's import from the goods' origin, however far the verb. A price
 * quoted with no deal stays no economy's trade flow. */
static void test_subject7_deal_price_far_from_its_verb(void **state)
{
	static const char s[] = "date: 1988-05-04\nMAIZE\n\n"
				"    LIMA, May 4 - Peru yesterday bought 30,000 tonnes of\n"
				"Argentine maize for late May and early June shipment at\n"
				"101.50 dlrs per tonne fob, trade sources said.\n"
				"    Maize on the Rosario market traded at 97.00 dlrs per tonne.\n"
				"    Chile shipped 12,000 tonnes of maize in April, while\n"
				"sorghum for June delivery closed two dlrs higher at 88.00\n"
				"dlrs a tonne.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "101.50 dlrs");
	assert_string_equal(cl.flow, "import");	/* was blank */
	assert_string_equal(cl.reporter, "PE");
	assert_string_equal(cl.partner, "AR");
	cl = get(s, "1988-05-04", "97.00 dlrs");
	assert_string_equal(cl.flow, "");
	/* a quote in a clause of its own is not the deal's */
	cl = get(s, "1988-05-04", "88.00\ndlrs");
	assert_string_equal(cl.flow, "");
}

/* Countries of the 1980s wire: a withdrawn code where the country was one
 * then (Zaire ZR, Czechoslovakia CS, East Germany DD, as the Soviet Union's
 * SU), Kampuchea Cambodia's; West Germany stays DE. */
static void test_subject7_countries_of_the_eighties(void **state)
{
	static const char s[] = "date: 1987-05-04\nCOPPER\n\n"
				"    KINSHASA, May 4 - Zaire exported 40,000 tonnes of copper\n"
				"in April, the mining company said.\n"
				"    East Germany bought 12,000 tonnes of wheat from Kampuchea\n"
				"and Czechoslovakia imported 3,000 tonnes of rice.\n"
				"    West German imports of coffee were 9,000 tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-05-04", "40,000 tonnes");
	assert_string_equal(cl.reporter, "ZR");	/* was blank */
	cl = get(s, "1987-05-04", "12,000 tonnes");
	assert_string_equal(cl.reporter, "DD");	/* was DE */
	assert_string_equal(cl.partner, "KH");
	cl = get(s, "1987-05-04", "3,000 tonnes");
	assert_string_equal(cl.reporter, "CS");
	cl = get(s, "1987-05-04", "9,000 tonnes");
	assert_string_equal(cl.reporter, "DE");
}

/* A story from a place the dateline table does not know is about the
 * country it names most, "U.S." and "United States" counted as the
 * one-word names are; not a currency's "U.S. dlrs". */
static void test_subject7_story_country_counts_us(void **state)
{
	static const char s[] = "date: 1988-05-04\nTALKS\n\n"
				"    HARROGATE, May 4 - U.S. and Japanese negotiators met here\n"
				"today, U.S. officials said.\n"
				"    The chief negotiator said Congress was worried about the 150\n"
				"billion dlr trade deficit.\n";
	static const char b[] = "date: 1988-05-04\nRESERVES\n\n"
				"    HARROGATE, May 4 - Korean reserves rose to 30 billion U.S.\n"
				"dlrs from 28 billion U.S. dlrs, Korean officials said.\n"
				"    The trade surplus was 900 mln dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "150\nbillion dlr");
	assert_string_equal(cl.reporter, "US");	/* was JP */
	cl = get(b, "1988-05-04", "900 mln dlrs");
	assert_string_equal(cl.reporter, "KR");	/* the dollars are no subject */
}

/* A budgetary deficit is no trade balance, as a budget deficit already
 * was; a trade deficit still is, in a sector too, and "budgetary" far before
 * a trade surplus says nothing of it. */
static void test_subject7_budgetary_deficit_is_no_trade(void **state)
{
	static const char s[] = "date: 1987-03-01\nBUDGET\n\n"
				"    ROME, March 1 - Italy will have a budgetary deficit of\n"
				"110,000 billion lire this year, officials said.\n"
				"    The trade deficit was 900 billion lire in January.\n";
	static const char e[] = "date: 1987-03-01\nSURPLUS\n\n"
				"    SEOUL, March 1 - South Korea's electronics sector trade\n"
				"surplus reached 4.2 billion dlrs last year, officials said.\n"
				"    Despite budgetary restraint at home, the country's trade\n"
				"surplus with Japan was 1.1 billion dlrs in January.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-01", "110,000 billion lire");
	assert_string_equal(cl.flow, "");	/* was trade */
	assert_string_equal(cl.partner, "");	/* was WORLD */
	cl = get(s, "1987-03-01", "900 billion lire");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.partner, "WORLD");
	cl = get(e, "1987-03-01", "4.2 billion dlrs");
	assert_string_equal(cl.flow, "trade");
	cl = get(e, "1987-03-01", "1.1 billion dlrs");
	assert_string_equal(cl.flow, "trade");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject7_share_of_a_national_aggregate),
		cmocka_unit_test(test_subject7_deal_price_far_from_its_verb),
		cmocka_unit_test(test_subject7_countries_of_the_eighties),
		cmocka_unit_test(test_subject7_story_country_counts_us),
		cmocka_unit_test(test_subject7_budgetary_deficit_is_no_trade),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
