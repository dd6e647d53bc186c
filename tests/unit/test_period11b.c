/*
 * test_period11b.c - periods of session 11, second period branch
 * (period11b): a title's figure takes the period of the same figure in
 * the body also when the dateline's city is one context.c does not know
 * ("KANSAS CITY, April 9 -"): the dateline still ends the title.
 * Sentences are written for the test, except those marked as Reuters'.
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

static void test_period11b_unknown_dateline(void **state)
{
	(void)state;
	assert_period("PERU SEEKS 80,000 TONNES RICE\n\nPORTLAND, May 4 - Peru is expected "
		      "to tender for 80,000 tonnes of rice for June shipment, exporters said.\n",
		      "2031-05-04", "80,000 TONNES", "2031-06");
	/* a city and its country, a city of several words */
	assert_period("KENYA TEA EXPORTS UP 12 PCT\n\nMOMBASA, Kenya, May 4 - Kenya's tea "
		      "exports rose 12 pct in April, brokers said.\n", "2031-05-04", "12 PCT",
		      "2031-04");
	assert_period("PERU SEEKS 80,000 TONNES RICE\n\nNew Orleans, Sept. 14 - Peru is to "
		      "tender for 80,000 tonnes of rice for October shipment, traders said.\n",
		      "2031-09-14", "80,000 TONNES", "2031-10");
	/* a title's dash is no dateline: the title stays without a period */
	assert_period("PERU RICE 80,000 TONNES - TRADERS\n\nPeru is to tender for 80,000 tonnes "
		      "of rice for October shipment, traders said.\n", "2031-09-14",
		      "80,000 TONNES", "");
	/* Reuters 16012 (1987-04-09) */
	assert_period("EGYPT SEEKING 500,000 TONNES CORN - U.S. TRADERS\n\nKANSAS CITY, April 9 "
		      "- Egypt is expected to tender April 22\nfor 500,000 tonnes of corn for May "
		      "through September shipments,\nprivate export sources said.\n Reuter\n",
		      "1987-04-09", "500,000 TONNES", "1987-05/1987-09");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period11b_unknown_dateline),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
