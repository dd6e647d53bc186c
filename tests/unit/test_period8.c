/*
 * test_period8.c - days of market events (issue 13, period8): a
 * possessive weekday of five letters ("Monday's close of 150.10 yen",
 * "Friday's finish"; span_weekday() read only longer ones), a day that
 * opens its sentence ("On May 4 the central bank bought 80 mln dlrs",
 * "But on May 4 ...", with its year "On May 4, 1985, ...") dates the
 * clause's event, where before it dated only a figure right before it;
 * a period after "on" right after a change ("up 3.4 per cent on March
 * 2030", "6 pct lower on June 1991") is the change's base, not its period
 * nor that of the figures after it; and a quote of a market report in
 * the sentence after a session's ("by 1030 GMT", "closed at") takes the
 * story's day, not an earlier day named there for another figure. Every
 * sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_period8_possessive_weekday(void **state)
{
	(void)state;
	/* 1992-05-06 is a Wednesday */
	check_period("The peso could not get back to Monday's close of 3,050 pesos.",
		      "1992-05-06", "3,050 pesos", "1992-05-04");
	check_period("Bond yields rose above Friday's finish of 7.95 pct.", "1992-05-06",
		      "7.95 pct", "1992-05-01");
}

static void test_period8_day_opens_sentence(void **state)
{
	(void)state;
	check_period("On May 4 the central bank bought 80 mln dlrs to steady the peso.",
		      "1992-05-06", "80 mln dlrs", "1992-05-04");
	check_period("The bank stayed out. But on April 28 it sold 60 mln dlrs of marks.",
		      "1992-05-06", "60 mln dlrs", "1992-04-28");
	check_period("On June 12, 1989, the franc touched 6.95 francs to the dollar.",
		      "1992-05-06", "6.95 francs", "1989-06-12");
	/* a day inside the sentence dates only the figure right before it */
	check_period("The bank sold 60 mln dlrs, against purchases on April 28.",
		      "1992-05-06", "60 mln dlrs", "");
}

static void test_period8_on_base_of_change(void **state)
{
	const char *s = "Sales abroad in March 2031 came to 7.4 billion dlrs, up 3.4 per cent "
			"on March 2030, and purchases 9.1 billion dlrs, up 5.0 per cent.";

	(void)state;
	check_period(s, "2031-04-20", "3.4 per cent", "2031-03");
	check_period(s, "2031-04-20", "9.1 billion dlrs", "2031-03");
	check_period(s, "2031-04-20", "5.0 per cent", "2031-03");
	check_period("Retail prices in July 1992 were 6 pct lower on June 1991, the office said.",
		      "1992-08-10", "6 pct", "1992-07");
	/* "on" after no change: the period of the figure */
	check_period("Output rose to 3.1 mln tonnes on March 2031 estimates.", "2031-04-20",
		      "3.1 mln tonnes", "2031-03");
}

static void test_period8_session_goes_on(void **state)
{
	const char *s = "ZURICH, Oct 7 - Spot platinum eased 0.6% to $1,020.40 an ounce by 0930 "
			"GMT, having touched a peak of $1,061.00 on Friday. Palladium lost 2.2% "
			"to $990.10 per ounce.";

	(void)state;
	/* 2031-10-07 is a Tuesday */
	check_period(s, "2031-10-07", "$1,061.00", "2031-10-03");
	check_period(s, "2031-10-07", "2.2%", "2031-10-07");
	check_period(s, "2031-10-07", "$990.10", "2031-10-07");
	/* no session before: the earlier day stays, a price per unit gets none */
	check_period("ZURICH, Oct 7 - Platinum touched a peak of $1,061.00 on Friday. Palladium "
		      "lost 2.2% to $990.10 per ounce.", "2031-10-07", "$990.10", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period8_possessive_weekday),
		cmocka_unit_test(test_period8_day_opens_sentence),
		cmocka_unit_test(test_period8_on_base_of_change),
		cmocka_unit_test(test_period8_session_goes_on),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
