/*
 * test_subject11b.c - flows, reporters and partners a sentence states
 * (issue 13, session 11): a supplier's share of its market is the market's
 * imports from the supplier (src/parse/flow_supplier.c); the USDA's weekly
 * "sales activity in cotton of N bales" is an export (subject_deal.c,
 * sales_of_goods()); a gap in the paragraph of a trade balance is that
 * balance, and "the gaps with the European Union, $18.7 billion, and with
 * Mexico, $16.2 billion" are balances with each partner
 * (subject_balance.c). Sentences written
 * for the test, and one real Reuters sentence (4988) where the supplier
 * noun stands in an aside with no verb of being, so no share is read, and
 * 2456's cotton sales, and 1964's current account "shortfall" (no trade).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_subject11b_supplier_share(void **state)
{
	static const char s[] =
		"date: 2027-03-24\n"
		"EU ENERGY IMPORTS FALL\n"
		"\n"
		"LUXEMBOURG, March 24 - The United States was the main supplier of\n"
		"liquefied natural gas to the EU in the fourth quarter, with a share\n"
		"of 55.2%, up from 47.9% a year earlier; Qatar's share stood at\n"
		"12.4%. Norway remained the largest supplier of natural gas in the\n"
		"quarter, at 49.8%.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2027-03-24", "55.2%");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.reporter, "EU");
	assert_string_equal(cl.partner, "US");
	assert_int_equal(cl.measure, MEASURE_SHARE);
	cl = get(s, "2027-03-24", "47.9%");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "US");
	cl = get(s, "2027-03-24", "12.4%");
	assert_string_equal(cl.reporter, "EU");
	assert_string_equal(cl.partner, "QA");
	/* the market from the story, a level "at" it a share */
	cl = get(s, "2027-03-24", "49.8%");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.reporter, "EU");
	assert_string_equal(cl.partner, "NO");
	assert_int_equal(cl.measure, MEASURE_SHARE);
	/* a written market of another story */
	cl = get("Australia is the biggest supplier of coal to Japan, with 61 pct of the market.",
		 "1987-03-01", "61 pct");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.reporter, "JP");
	assert_string_equal(cl.partner, "AU");
}

static void test_subject11b_supplier_aside_is_no_share(void **state)
{
	struct claim cl;

	(void)state;
	/* 4988: "a major corn supplier to the USSR" in dashes, no verb */
	cl = get("Dry weather in Argentina -- a major corn supplier to the\n"
		 "USSR -- and reported crop problems prompted USDA to lower its\n"
		 "Argentine 1986/87 corn crop estimate this week to 11.0 mln\n"
		 "tonnes, down from 11.5 mln.", "1987-03-20", "11.0 mln\ntonnes");
	assert_string_equal(cl.flow, "");
	/* "Japan's main supplier": the market named, no supplier read */
	cl = get("Japan's main supplier was 40 pct.", "1987-03-01", "40 pct");
	assert_string_equal(cl.flow, "");
}

static void test_subject11b_sales_activity_is_export(void **state)
{
	static const char s[] =
		"date: 1987-03-05\n"
		"U.S. EXPORT SALES\n"
		"\n"
		"WASHINGTON, March 5 - Combined sales activity in cotton of 75,200 running bales\n"
		"-- 44,700 bales for the current year and 30,500 bales for the\n"
		"1987/88  bales -- were 56 pct below the prior week's good\n"
		"showing, the department said.\n";
	struct claim cl;

	(void)state;
	/* 2456 */
	cl = get(s, "1987-03-05", "75,200 running bales");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "US");
	assert_string_equal(cl.partner, "WORLD");
	cl = get(s, "1987-03-05", "30,500 bales");
	assert_string_equal(cl.flow, "export");
	cl = get("Sales activity in soybeans totalled 12,000 tonnes, Canada's agriculture "
		 "department said.", "1987-03-05", "12,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "CA");
	/* "activity" of no sales: no flow */
	cl = get("Activity in cotton was 12,000 bales.", "1987-03-05", "12,000 bales");
	assert_string_equal(cl.flow, "");
}

static void test_subject11b_gap_of_the_paragraph(void **state)
{
	static const char s[] =
		"date: 2026-11-05\n"
		"WASHINGTON, Nov 5 - The U.S. trade deficit came in at $67.6 billion\n"
		"in September. Economists polled by Reuters had looked for a gap of\n"
		"$70.2 billion. The gap between the two was small, at $2.6 billion.\n"
		"    Economists had looked for a gap of $71.2 billion.\n";
	static const char r1964[] =
		"date: 1987-03-05\n"
		"U.K. FOURTH QUARTER TRADE DEFICIT 2.6 BILLION STG\n"
		"\n"
		"LONDON, March 5 - Britain had a visible trade deficit of\n"
		"2.6 billion stg in the fourth quarter of 1986 against a revised\n"
		"deficit of 2.9 billion in the third quarter, official\n"
		"statistics show.\n"
		"    Seasonally-adjusted figures issued by the Central\n"
		"Statistical Office (CSO) show the current account was in\n"
		"deficit by 760 mln stg against an upwardly revised third\n"
		"quarter shortfall of 930 mln.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-11-05", "$70.2 billion");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.reporter, "US");
	assert_string_equal(cl.partner, "WORLD");
	assert_true(cl.value < 0);
	cl = get(s, "2026-11-05", "$2.6 billion");	/* "the gap between" */
	assert_string_equal(cl.flow, "");
	cl = get(s, "2026-11-05", "$71.2 billion");	/* another paragraph */
	assert_string_equal(cl.flow, "");
	/* 1964: the current account's shortfall, no trade flow */
	cl = get(r1964, "1987-03-05", "930 mln");
	assert_string_equal(cl.flow, "");
}

static void test_subject11b_balances_with_partners_apposed(void **state)
{
	struct claim cl;
	static const char s[] =
		"By partner, the U.S. deficit with China was $21.3 billion; the gaps\n"
		"with the European Union, $18.7 billion, and with Mexico, $16.2\n"
		"billion, both widened.";
	static const char j[] =
		"Japan's surpluses with the United States, 5.1 billion dlrs, and with\n"
		"Canada, 2.0 billion dlrs, rose in March.";

	(void)state;
	cl = get(s, "2026-11-05", "$18.7 billion");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.partner, "EU");
	assert_true(cl.value < 0);
	cl = get(s, "2026-11-05", "$16.2\nbillion");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.reporter, "US");
	assert_string_equal(cl.partner, "MX");
	cl = get(j, "1987-04-20", "5.1 billion dlrs");
	assert_string_equal(cl.reporter, "JP");
	assert_string_equal(cl.partner, "US");
	cl = get(j, "1987-04-20", "2.0 billion dlrs");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.partner, "CA");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject11b_supplier_share),
		cmocka_unit_test(test_subject11b_supplier_aside_is_no_share),
		cmocka_unit_test(test_subject11b_sales_activity_is_export),
		cmocka_unit_test(test_subject11b_gap_of_the_paragraph),
		cmocka_unit_test(test_subject11b_balances_with_partners_apposed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
