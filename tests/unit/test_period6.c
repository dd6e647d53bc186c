/*
 * test_period6.c - periods (issue 13, period6): a time word that dates an
 * event, not a figure ("last month's G-7 meeting", "the accord last
 * month", "agreed in Geneva last month", "agreed upon last week",
 * "Brazil's decision last month to suspend"), gives the sentence's
 * figures no period (period_carry.c pc_event_time). Every sentence here
 * is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_period(const char *s, const char *date, const char *mention,
			  const char *want)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(cl.period, want))
		fail_msg("'%s' in '%s': period '%s', want '%s'", mention, s, cl.period, want);
}

static void test_period6_time_of_an_event(void **state)
{
	(void)state;
	assert_period("Since the accord last month, the peso has fallen six pct against the "
		      "dollar.", "1999-04-07", "six pct", "");
	assert_period("Peru's decision last month to suspend payments on 14 billion dlrs of "
		      "debt worried bankers.", "1999-04-07", "14 billion dlrs", "");
	assert_period("Last month's OPEC meeting kept output at 16 mln barrels.",
		      "1999-04-07", "16 mln barrels", "");
	assert_period("The quota agreed in Geneva last week covers 310,000 tonnes of steel.",
		      "1999-04-07", "310,000 tonnes", "");
	assert_period("The quota agreed upon last month covers 310,000 tonnes of steel.",
		      "1999-04-07", "310,000 tonnes", "");
	/* the figure's own time stays */
	assert_period("Exports fell six pct last month, after the accord.", "1999-04-07",
		      "six pct", "1999-03");
	assert_period("Last month's exports of 310,000 tonnes were a record.", "1999-04-07",
		      "310,000 tonnes", "1999-03");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period6_time_of_an_event),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
