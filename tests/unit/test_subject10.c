/*
 * test_subject10.c - whose figure it is, issue 13's round of session 10
 * (branch subject10): a market price's move is the price's own (no
 * economy for a market quote, the flow of "export prices" kept); a price
 * sharing a quote's rate loses the story's country; a futures contract's
 * price in a local currency is no economy's; "export sources said" names
 * who speaks, not a flow; "deliveries" and "supplies" to a country are
 * exports; "according to data from China's customs" in a lead makes the
 * story's figures China's.
 * Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "Copper was up 1.2% at $9,120 a tonne": the move of a market quote has
 * no reporter, as the quote has none; nor has a record it reached. */
static void test_subject10_quote_move(void **state)
{
	static const char s[] = "date: 2026-05-06\nMETALS\n\n"
				"    TOKYO, May 6 - Japan's copper imports rose 4% in April.\n"
				"    Three-month copper was up 1.2% at $9,120 a tonne in late trade,\n"
				"after touching a peak of $9,250 on Tuesday. Nickel dropped 0.7% to\n"
				"$15,400 per tonne.\n"
				"    Robusta for July delivery settled $41 lower at $3,905 a tonne.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-05-06", "1.2%");
	assert_who(&cl, "", "", "");	/* was JP */
	cl = get(s, "2026-05-06", "$9,250");
	assert_string_equal(cl.reporter, "");	/* was JP */
	cl = get(s, "2026-05-06", "0.7%");
	assert_who(&cl, "", "", "");	/* was JP */
	cl = get(s, "2026-05-06", "$41");
	assert_who(&cl, "", "", "");
	assert_string_equal(cl.direction, "down");
}

/* "closed 25 ringgit, or 0.6%, lower at": both sizes of the move are a
 * change, down; a futures contract's quote in ringgit is not Malaysia's. */
static void test_subject10_contract_move(void **state)
{
	static const char s[] = "date: 2026-07-02\nPALM OIL\n\n"
				"    KUALA LUMPUR, July 2 - The benchmark September palm oil contract\n"
				"closed 25 ringgit, or 0.6%, lower at 4,010 ringgit a tonne.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-07-02", "25 ringgit");
	assert_int_equal(cl.measure, MEASURE_CHANGE);	/* was level */
	assert_string_equal(cl.direction, "down");
	assert_string_equal(cl.reporter, "");	/* was MY */
	cl = get(s, "2026-07-02", "0.6%");
	assert_int_equal(cl.measure, MEASURE_CHANGE);
	assert_string_equal(cl.reporter, "");
	cl = get(s, "2026-07-02", "4,010 ringgit");
	assert_string_equal(cl.reporter, "");	/* was MY */
}

/* "export prices for Ukrainian corn rose $4 to $212 per tonne": a quote of
 * a flow's prices is of that flow, with no reporter or partner. */
static void test_subject10_export_price_move(void **state)
{
	static const char s[] = "date: 2026-10-14\nGRAIN\n\n"
				"    KIEV, Oct 14 - Ukraine's corn exports fell to 1.9 mln t in\n"
				"September, traders said, while export prices for Ukrainian corn at\n"
				"Odesa rose $4 to $212 per tonne.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-10-14", "$4");
	assert_who(&cl, "export", "", "");	/* was UA, WORLD */
	cl = get(s, "2026-10-14", "$212");
	assert_who(&cl, "export", "", "");	/* was no flow */
}

/* "export trade sources said": the people who speak, no flow; the verb
 * "bought" (after "is rumored to have") decides it is the buyer's import. */
static void test_subject10_export_sources(void **state)
{
	static const char s[] = "date: 1987-05-04\nGRAIN\n\n"
				"    KANSAS CITY, May 4 - Poland is rumored to have bought 900,000\n"
				"tonnes of U.S. sorghum, export trade sources said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-05-04", "900,000\ntonnes");
	assert_who(&cl, "import", "PL", "US");	/* was export, WORLD */
}

/* "deliveries" and "supplies" to a country are exports to it (a sale's
 * noun); "while Kazakh supplies to Turkey" switches the subject; not when
 * another flow stands before the figure. */
static void test_subject10_deliveries_to(void **state)
{
	static const char s[] = "date: 2026-04-09\nTRADE\n\n"
				"    ANKARA, April 9 - Turkey's deliveries to Kazakhstan in the first\n"
				"quarter rose 6.2% to $1.4 billion, while Kazakh supplies to Turkey\n"
				"fell to $0.9 billion.\n"
				"    Grain deliveries to Iraq jumped 14% to 2.2 mln tonnes last year.\n"
				"    If deliveries to Iraq go on, the market could import 300,000 tonnes\n"
				"of Russian wheat next year.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-04-09", "6.2%");
	assert_who(&cl, "export", "TR", "KZ");	/* was no flow */
	cl = get(s, "2026-04-09", "$0.9 billion");
	assert_who(&cl, "export", "KZ", "TR");
	cl = get(s, "2026-04-09", "2.2 mln tonnes");
	assert_who(&cl, "export", "TR", "IQ");
	cl = get(s, "2026-04-09", "300,000 tonnes");
	assert_string_equal(cl.flow, "import");
}

/* "according to data from China's customs" in the lead: China's figures,
 * for the paragraphs after it too; "Russian supplies to China" in them is
 * China's import from Russia; trade between two countries falls from
 * either side. */
static void test_subject10_lead_data_from(void **state)
{
	static const char s[] = "date: 2026-07-14\nTRADE\n\n"
				"    MOSCOW, July 14 - Trade between Russia and China fell 2.1% in\n"
				"January-June, according to data from China's customs agency.\n"
				"    Russian supplies to China came to $61.5 billion in the period.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-07-14", "2.1%");
	assert_who(&cl, "trade", "CN", "RU");	/* was RU, CN */
	assert_string_equal(cl.direction, "down");
	cl = get(s, "2026-07-14", "$61.5 billion");
	assert_who(&cl, "import", "CN", "RU");	/* was no flow */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject10_quote_move),
		cmocka_unit_test(test_subject10_contract_move),
		cmocka_unit_test(test_subject10_export_price_move),
		cmocka_unit_test(test_subject10_export_sources),
		cmocka_unit_test(test_subject10_deliveries_to),
		cmocka_unit_test(test_subject10_lead_data_from),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
