/*
 * test_period11b.c - periods of session 11, second period branch
 * (period11b): a title's figure takes the period of the same figure in
 * the body also when the dateline's city is one context.c does not know
 * ("KANSAS CITY, April 9 -"): the dateline still ends the title. A split
 * year ("2026-27") in a story that gave a figure of the same fiscal year to
 * date, from its reporter's fiscal first month ("exports for April-December
 * 2026"), is that fiscal year's months, though no word says "fiscal". A
 * central bank's operation in the securities market ("entered the
 * Government securities market to arrange 1.5 billion dlrs of customer
 * repurchase agreements") is of the story's day, as a money market's is.
 * A year whose end a relative clause writes ("the agreement year, which
 * ends this September 30", "which ended last September", "1986/87, which
 * ended in March") is the twelve months to that end. A poll's
 * expectation of a figure just released ("Analysts had expected a surplus
 * of $95.0 billion") takes its paragraph's period, though it is past.
 * Sentences are written for the test, except those marked as Reuters'.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_period11b_unknown_dateline(void **state)
{
	(void)state;
	check_period("PERU SEEKS 80,000 TONNES RICE\n\nPORTLAND, May 4 - Peru is expected "
		      "to tender for 80,000 tonnes of rice for June shipment, exporters said.\n",
		      "2031-05-04", "80,000 TONNES", "2031-06");
	/* a city and its country, a city of several words */
	check_period("KENYA TEA EXPORTS UP 12 PCT\n\nMOMBASA, Kenya, May 4 - Kenya's tea "
		      "exports rose 12 pct in April, brokers said.\n", "2031-05-04", "12 PCT",
		      "2031-04");
	check_period("PERU SEEKS 80,000 TONNES RICE\n\nNew Orleans, Sept. 14 - Peru is to "
		      "tender for 80,000 tonnes of rice for October shipment, traders said.\n",
		      "2031-09-14", "80,000 TONNES", "2031-10");
	/* a title's dash is no dateline: the title stays without a period */
	check_period("PERU RICE 80,000 TONNES - TRADERS\n\nPeru is to tender for 80,000 tonnes "
		      "of rice for October shipment, traders said.\n", "2031-09-14",
		      "80,000 TONNES", "");
	/* Reuters 16012 (1987-04-09) */
	check_period("EGYPT SEEKING 500,000 TONNES CORN - U.S. TRADERS\n\nKANSAS CITY, April 9 "
		      "- Egypt is expected to tender April 22\nfor 500,000 tonnes of corn for May "
		      "through September shipments,\nprivate export sources said.\n Reuter\n",
		      "1987-04-09", "500,000 TONNES", "1987-05/1987-09");
}

static void test_period11b_fiscal_to_date(void **state)
{
	(void)state;
	check_period("NEW DELHI, Jan 15 - India's exports for April-December 2030 stood at "
		      "USD 310 billion, and the government kept its USD 800 billion target "
		      "for 2030-31.\n", "2031-01-15", "USD 800 billion", "2030-04/2031-03");
	check_period("TOKYO, Feb 20 - Japan's exports in the April-January period rose to "
		      "30 trillion yen, officials said, and may reach 36 trillion yen in "
		      "2030/31.\n", "2031-02-20", "36 trillion yen", "2030-04/2031-03");
	/* a quarter is no fiscal year to date; a crop story stays as written */
	check_period("NEW DELHI, Jan 15 - India's exports for April-June 2030 stood at "
		      "USD 110 billion, and the government kept its USD 800 billion target "
		      "for 2030-31.\n", "2031-01-15", "USD 800 billion", "2030/31");
	check_period("NEW DELHI, Jan 15 - India's wheat exports for April-December 2030 "
		      "were 2.1 mln tonnes and may reach 3.0 mln tonnes in the 2030/31 "
		      "season.\n", "2031-01-15", "3.0 mln tonnes", "2030/31");
	/* styles dev india_commerce_07 (2027-01-15); no Reuters story of
	 * others.txt or dev writes this (none names a fiscal year to date) */
	check_period("NEW DELHI, Jan 15 - Cumulative merchandise exports for April-December "
		      "2026 stood\nat USD 332.47 billion, and with services the total came to "
		      "USD\n615.2 billion, putting the government's USD 850-billion export\n"
		      "target for 2026-27 within reach, officials said.\n", "2027-01-15",
		      "USD 850-billion", "2026-04/2027-03");
}

static void test_period11b_securities_market(void **state)
{
	(void)state;
	check_period("OTTAWA, May 6 - The Bank of Canada entered the government securities "
		      "market to add 800 mln dlrs of reserves.\n", "2031-05-06",
		      "800 mln dlrs", "2031-05-06");
	check_period("OTTAWA, May 6 - The Bank of Canada is expected to enter the securities "
		      "market to arrange 500 mln dlrs of repurchase agreements, dealers "
		      "said.\n", "2031-05-06", "500 mln dlrs", "2031-05-06");
	/* a securities market that is no operation: no day */
	check_period("OTTAWA, May 6 - Foreign investors bought 800 mln dlrs of Canadian "
		      "bonds in the securities market, a survey said.\n", "2031-05-06",
		      "800 mln dlrs", "");
	/* Reuters 7769 (1987-03-20), others.txt */
	check_period("NEW YORK, March 20 - The Federal Reserve entered the U.S.\nGovernment "
		      "securities market to arrange 1.5 billion dlrs of\ncustomer repurchase "
		      "agreements, a Fed spokesman said.\n", "1987-03-20",
		      "1.5 billion dlrs", "1987-03-20");
}

static void test_period11b_year_which_ends(void **state)
{
	(void)state;
	check_period("WASHINGTON, May 2 - Egypt has bought 1.2 mln tonnes of wheat in the "
		      "programme year, which ends this September 30, officials said.\n",
		      "2031-05-02", "1.2 mln tonnes", "2030-10/2031-09");
	check_period("WASHINGTON, May 2 - Egypt bought 3.1 mln tonnes of wheat during the "
		      "last programme year, which ended last September.\n", "2031-05-02",
		      "3.1 mln tonnes", "2029-10/2030-09");
	check_period("NEW DELHI, May 2 - Output grew four pct in 2030/31, which ended "
		      "in March, the bank said.\n", "2031-05-02",
		      "four pct", "2030-04/2031-03");
	/* a meeting's time is still the meeting's */
	check_period("WASHINGTON, May 2 - Egypt buys 1.2 mln tonnes of wheat under the "
		      "agreement last year.\n", "2031-05-02", "1.2 mln tonnes", "");
	/* Reuters 12055 (1987-04-01), others.txt */
	check_period("WASHINGTON, April 1 - The USDA has to date reported USSR purchases of "
		      "2.6 mln\ntonnes of U.S. corn for delivery in the current U.S.-USSR grain\n"
		      "agreement year, which ends this September 30, it said.\n", "1987-04-01",
		      "2.6 mln\ntonnes", "1986-10/1987-09");
}

static void test_period11b_poll_expected(void **state)
{
	(void)state;
	check_period("LIMA, June 5 - Peru's trade surplus widened to 610 mln dlrs in April. "
		      "Economists had expected a surplus of 550 mln dlrs.\n", "2031-06-05",
		      "550 mln dlrs", "2031-04");
	check_period("LIMA, June 5 - Peru's trade surplus widened to 610 mln dlrs in April. "
		      "Economists polled by Reuters had looked for a surplus of 550 mln dlrs.\n",
		      "2031-06-05", "550 mln dlrs", "2031-04");
	/* a forecast now is of no past period */
	check_period("LIMA, June 5 - Peru's trade surplus widened to 610 mln dlrs in April. "
		      "Economists expect a surplus of 550 mln dlrs.\n", "2031-06-05",
		      "550 mln dlrs", "");
	/* styles dev china_customs_06 (2026-11-07); no Reuters story of dev or
	 * others.txt puts a figure after "had expected" */
	check_period("BEIJING, Nov 7 - The trade surplus narrowed to $88.5 billion last month "
		      "from\n$97.1 billion in September. Analysts had expected a surplus of\n"
		      "$95.0 billion.\n", "2026-11-07", "$95.0 billion", "2026-10");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period11b_unknown_dateline),
		cmocka_unit_test(test_period11b_fiscal_to_date),
		cmocka_unit_test(test_period11b_securities_market),
		cmocka_unit_test(test_period11b_year_which_ends),
		cmocka_unit_test(test_period11b_poll_expected),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
