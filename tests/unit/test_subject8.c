/*
 * test_subject8.c - whose figure it is and of which flow, issue 13's second
 * round of this session (branch subject8), each rule read on the fresh dev
 * stories' errors and counted on the two free pools: a bare "deficit" in a
 * story that last named a budget is that budget's, not a trade balance;
 * a figure of the world's ("global") is no economy's.
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject8_bare_deficit_after_a_budget),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
