/*
 * test_subject7.c - whose figure it is and with whom, issue 13's eighth
 * round (branch subject7), each rule counted on the two free pools of
 * unseen wire stories first: a share of a national aggregate with no
 * trade flow is the economy's ("Chile spends four pct of its budget on
 * health"), not when it is a share of the world's something.
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
				"    The country grows some three pct of world copper output.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "35 pct");
	assert_string_equal(cl.reporter, "CL");	/* was blank */
	cl = get(s, "1988-05-04", "12 pct");
	assert_string_equal(cl.reporter, "CL");	/* the story's: was blank */
	cl = get(s, "1988-05-04", "three pct");
	assert_string_equal(cl.reporter, "");	/* of world output */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject7_share_of_a_national_aggregate),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
