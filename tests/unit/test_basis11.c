/*
 * test_basis11.c - the compilation basis a story gives its figures (issue
 * 13, session 11; src/parse/qualify.c, subject_balance.c): the wire's
 * "custom-cleared" is customs-cleared; a story whose headline or lead names
 * the current account and that never names trade makes a bare "surplus"
 * the current account's (no trade flow, on a balance of payments basis);
 * a clause's own adjustment ("but the adjusted surplus fell to").
 * Sentences written for the test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_basis11_custom_cleared_is_customs(void **state)
{
	static const char s[] =
		"date: 1990-06-19\n"
		"JAPAN'S INTERIM TRADE SURPLUS NARROWS\n"
		"\n"
		"TOKYO, June 19 - Japan's custom-cleared trade surplus narrowed to\n"
		"1.2 billion dlrs in the first 10 days of June, the Finance Ministry said.\n"
		"    The surplus compares with a 1.5 billion dlr surplus a year earlier.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-06-19", "1.2 billion dlrs");
	assert_string_equal(rate_basis_name(cl.basis), "customs");
	cl = get(s, "1990-06-19", "1.5 billion dlr");
	assert_string_equal(rate_basis_name(cl.basis), "customs");
}

static void test_basis11_current_account_story(void **state)
{
	static const char s[] =
		"date: 1990-03-12\n"
		"SPANISH 1989 CURRENT ACCOUNT SURPLUS REVISED\n"
		"\n"
		"MADRID, March 12 - The Spanish 1989 current account surplus has been\n"
		"revised to 30.2 billion pesetas, the ministry said.\n"
		"    In the fourth quarter alone the adjusted surplus fell to 7.4 billion\n"
		"pesetas from 9.1 billion in the third.\n";
	static const char t[] =
		"date: 1990-03-12\n"
		"SPANISH 1989 CURRENT ACCOUNT SURPLUS REVISED\n"
		"\n"
		"MADRID, March 12 - The Spanish 1989 current account surplus has been\n"
		"revised to 30.2 billion pesetas, the ministry said.\n"
		"    Exports rose and the surplus fell to 7.4 billion pesetas.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-03-12", "7.4 billion\npesetas");
	assert_string_equal(cl.flow, "");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_string_equal(rate_basis_name(cl.basis), "bop");
	/* a story that names exports keeps its bare surplus the trade balance */
	cl = get(t, "1990-03-12", "7.4 billion pesetas");
	assert_string_equal(cl.flow, "trade");
}

/* A clause's own adjustment wins over its sentence's first. */
static void test_basis11_adjustment_of_the_clause(void **state)
{
	static const char s[] =
		"In the fourth quarter the unadjusted surplus rose to 14.1 billion francs "
		"from 6.6 billion, but the adjusted surplus fell to 7.4 billion from 9.1 billion.";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-12", "14.1 billion francs");
	assert_string_equal(adjustment_name(cl.adjustment), "nsa");
	cl = get(s, "1987-03-12", "7.4 billion");
	assert_string_equal(adjustment_name(cl.adjustment), "sa");
	cl = get(s, "1987-03-12", "9.1 billion");
	assert_string_equal(adjustment_name(cl.adjustment), "sa");
	/* the Fed's "adjusted borrowings" are no seasonal adjustment */
	cl = get("Average adjusted discount window borrowings were 385 mln dlrs.", "1987-06-19",
		 "385 mln dlrs");
	assert_string_equal(adjustment_name(cl.adjustment), "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basis11_custom_cleared_is_customs),
		cmocka_unit_test(test_basis11_current_account_story),
		cmocka_unit_test(test_basis11_adjustment_of_the_clause),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
