/*
 * test_subject11b.c - flows, reporters and partners a sentence states
 * (issue 13, session 11): a supplier's share of its market is the market's
 * imports from the supplier (src/parse/flow_supplier.c); the USDA's weekly
 * "sales activity in cotton of N bales" is an export (subject_deal.c,
 * sales_of_goods()). Sentences written
 * for the test, and one real Reuters sentence (4988) where the supplier
 * noun stands in an aside with no verb of being, so no share is read, and
 * 2456's cotton sales.
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject11b_supplier_share),
		cmocka_unit_test(test_subject11b_supplier_aside_is_no_share),
		cmocka_unit_test(test_subject11b_sales_activity_is_export),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
