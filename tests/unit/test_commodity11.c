/*
 * test_commodity11.c - the commodity of a figure, session 11 (issue 13,
 * src/parse/commodity.c): a title's goods are not those of money that is
 * no flow and no price (a programme's cost, a loan, aid); an amount's
 * currency running into goods ("80 U.S. DLR WHEAT PRICE"); the goods a
 * price is bid or paid "for"; two kinds of one goods ("hard and soft
 * wheat"); U.S. wheat classes of four words; "rare earths"; grades of
 * crude ("Urals crude"); goods before a bracketed figure. Sentences
 * written for the test, and one of Reuters-21578 (1369.txt, not a gold
 * story).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static const char story[] =
	"date: 1990-03-16\n"
	"USDA SAYS WHEAT CERTIFICATES COST MORE\n"
	"\n"
	"WASHINGTON, March 16 - The government spent 3.2 billion dlrs on\n"
	"farm programs in 1989, the Agriculture Department said.\n"
	"    Farmers received 12 pct more than a year earlier.\n"
	"    The certificates were worth 2.10 dlrs per bushel, it said.\n";

/* Money that is neither a flow nor a price takes no title goods; a
 * percentage and a price still do. */
static void test_commodity11_title_goods_skip_programme_money(void **state)
{
	struct claim cl;

	(void)state;
	cl = get(story, "1990-03-16", "3.2 billion dlrs");
	assert_string_equal(cl.commodity, "");
	cl = get(story, "1990-03-16", "12 pct");
	assert_string_equal(cl.commodity, "wheat");
	cl = get(story, "1990-03-16", "2.10 dlrs");
	assert_string_equal(cl.commodity, "wheat");
}

static void test_commodity11_currency_runs_into_goods(void **state)
{
	static const char s[] =
		"date: 1990-04-02\n"
		"USDA REJECTS PERU'S 80 U.S. DLR MAIZE PRICE\n"
		"\n"
		"LIMA, April 2 - Peru bid again, traders said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-04-02", "80 U.S. DLR");
	assert_string_equal(cl.commodity, "maize");
	/* a currency followed by other words keeps nothing of them */
	cl = get("The plant cost 80 mln dlrs last year.", "1990-04-02", "80 mln dlrs");
	assert_string_equal(cl.commodity, "");
}

static void test_commodity11_price_for_goods(void **state)
{
	static const char s[] =
		"Peru bid 91 dlrs per tonne for soft wheat and 93 dlrs a tonne for "
		"hard red winter wheat in its tender for 50,000 tonnes of hard and soft wheat.";
	/* Reuters-21578 1369.txt */
	static const char r[] =
		"National weighted average market prices for the first five months of the "
		"season were 1.46 dlrs per bushel for corn and 1.33 dlrs per bushel for sorghum.";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-04-02", "91 dlrs");
	assert_string_equal(cl.commodity, "soft wheat");
	cl = get(s, "1990-04-02", "93 dlrs");
	assert_string_equal(cl.commodity, "hard red winter wheat");
	/* two kinds of one goods are the goods */
	cl = get(s, "1990-04-02", "50,000 tonnes");
	assert_string_equal(cl.commodity, "wheat");
	cl = get(r, "1987-03-04", "1.46 dlrs");
	assert_string_equal(cl.commodity, "corn");
	cl = get(r, "1987-03-04", "1.33 dlrs");
	assert_string_equal(cl.commodity, "sorghum");
}

static void test_commodity11_named_goods(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("China's exports of rare earths were 5,100 tonnes in May.", "2026-06-07",
		 "5,100 tonnes");
	assert_string_equal(cl.commodity, "rare earth");
	cl = get("Exports of gems and jewellery rose to USD 2.1 billion.", "2026-06-07",
		 "USD 2.1 billion");
	assert_string_equal(cl.commodity, "gems and jewellery");
	cl = get("Shippers sold 30,000 tonnes of northern spring wheat to Japan.",
		 "1990-04-02", "30,000 tonnes");
	assert_string_equal(cl.commodity, "northern spring wheat");
}

/* A grade of crude is written as it is; goods right before a bracketed
 * figure are its own. */
static void test_commodity11_crude_grades_and_brackets(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Urals crude averaged $58.70 per barrel in May.", "2026-06-07", "$58.70");
	assert_string_equal(cl.commodity, "urals crude");
	cl = get("Crude exports fell to 4.1 million tonnes.", "2026-06-07", "4.1 million tonnes");
	assert_string_equal(cl.commodity, "crude oil");
	cl = get("Coal led the import bill (40.1%), followed by natural gas (21.7%).",
		 "2026-06-07", "21.7%");
	assert_string_equal(cl.commodity, "natural gas");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commodity11_title_goods_skip_programme_money),
		cmocka_unit_test(test_commodity11_currency_runs_into_goods),
		cmocka_unit_test(test_commodity11_price_for_goods),
		cmocka_unit_test(test_commodity11_named_goods),
		cmocka_unit_test(test_commodity11_crude_grades_and_brackets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
