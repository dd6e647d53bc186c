/*
 * test_subject8.c - whose figure it is and of which flow, issue 13's second
 * round of this session (branch subject8), each rule read on the fresh dev
 * stories' errors and counted on the two free pools: a bare "deficit" in a
 * story that last named a budget is that budget's, not a trade balance;
 * "Brazil's share of Chile's exports" has Brazil for partner; in "exports
 * to Japan (X), Korea (Y) and Taiwan (Z)" each bracket is its row's; a
 * balance and its amount in apposition ("its trade gap, running at X");
 * a market price of no trade flow is not the dateline country's.
 * Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* A bare balance whose sentence names no trade is of what the story named
 * last: a budget some sentences before it, or trade when trade came
 * nearer. */
static void test_subject8_bare_deficit_after_a_budget(void **state)
{
	static const char s[] = "date: 1988-05-04\nBUDGET\n\n"
				"    WASHINGTON, May 4 - The House passed the budget plan for\n"
				"fiscal 1989 by a narrow margin.\n"
				"    Lawmakers said the vote was close and the talks long.\n"
				"    The plan would cut the deficit to 130 billion dlrs.\n"
				"    The trade figures for March come out on Friday.\n"
				"    Economists expect the deficit to be 12 billion dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "130 billion dlrs");
	assert_string_equal(cl.flow, "");	/* was trade */
	assert_string_equal(cl.partner, "");	/* was WORLD */
	cl = get(s, "1988-05-04", "12 billion dlrs");
	assert_string_equal(cl.flow, "trade");	/* trade came nearer */
}

/* A possessive economy's share of the reporter's flow names the flow's
 * partner; a share with no such possessive is of all partners. */
static void test_subject8_possessive_share_is_the_partner(void **state)
{
	static const char s[] = "date: 2026-05-04\nCOPPER\n\n"
				"    SANTIAGO, May 4 - Brazil's share of Chile's total exports\n"
				"rose to 6.1% in April, the central bank said.\n"
				"    Copper made up 48.5% of the country's exports in April.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-05-04", "6.1%");
	assert_string_equal(cl.reporter, "CL");
	assert_string_equal(cl.partner, "BR");	/* was WORLD */
	assert_string_equal(cl.flow, "export");
}

/* A flow word and its preposition lead a list of bracketed rows: each row's
 * country is its partner, none of them the reporter. */
static void test_subject8_rows_after_flow_preposition(void **state)
{
	static const char s[] = "date: 2026-05-04\nWINE\n\n"
				"    SANTIAGO, May 4 - Wine exports to Japan (USD 41.5 million),\n"
				"Korea (USD 12.2 million) and Canada (USD 9.8 million) rose in\n"
				"April, the ministry said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-05-04", "USD 41.5 million");
	assert_string_equal(cl.reporter, "CL");
	assert_string_equal(cl.partner, "JP");
	cl = get(s, "2026-05-04", "USD 12.2 million");
	assert_string_equal(cl.reporter, "CL");
	assert_string_equal(cl.partner, "KR");
	cl = get(s, "2026-05-04", "USD 9.8 million");
	assert_string_equal(cl.reporter, "CL");
	assert_string_equal(cl.partner, "CA");
	assert_string_equal(cl.flow, "export");
}

/* A balance noun, a comma and "at"/"running at"/"which was" before the
 * amount: the amount is the balance. */
static void test_subject8_balance_in_apposition(void **state)
{
	static const char s[] = "date: 1988-05-04\nGAP\n\n"
				"    OTTAWA, May 4 - Ministers hope to narrow the trade deficit,\n"
				"now running at 4.2 billion dlrs a quarter, officials said.\n"
				"    They discussed Chile's trade surplus, at 900 mln dlrs\n"
				"in 1987, with the visitors.\n"
				"    Their hotel bill, at 300 mln dlrs, was paid in cash.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "4.2 billion dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);	/* was level */
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.partner, "WORLD");
	cl = get(s, "1988-05-04", "900 mln dlrs");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.reporter, "CL");
	cl = get(s, "1988-05-04", "300 mln dlrs");
	assert_string_equal(cl.flow, "");	/* no balance before the comma */
}

/* An earlier oil price in a London story is no British statistic; the
 * British exports after it stay British. */
static void test_subject8_market_price_has_no_story_reporter(void **state)
{
	static const char s[] = "date: 1988-05-04\nOIL\n\n"
				"    LONDON, May 4 - The institute said it saw oil prices falling to\n"
				"around 14.50 dlrs a barrel by end-1988 from about 17 dlrs last year.\n"
				"    It saw British exports rising to 90 billion stg.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "17 dlrs");
	assert_int_equal(cl.measure, MEASURE_PRICE);
	assert_string_equal(cl.reporter, "");	/* was GB */
	cl = get(s, "1988-05-04", "90 billion stg");
	assert_string_equal(cl.reporter, "GB");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject8_bare_deficit_after_a_budget),
		cmocka_unit_test(test_subject8_possessive_share_is_the_partner),
		cmocka_unit_test(test_subject8_rows_after_flow_preposition),
		cmocka_unit_test(test_subject8_balance_in_apposition),
		cmocka_unit_test(test_subject8_market_price_has_no_story_reporter),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
