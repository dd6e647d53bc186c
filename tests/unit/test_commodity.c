/*
 * test_commodity.c - the commodity of a figure (src/parse/commodity.c): the
 * lexicon's commodity words, compounds ("durum wheat", "soybean meal", "oil
 * products"), pairs ("wheat and barley"), singular names, and the commodity
 * a paragraph or a title carries to figures that name none. Every sentence
 * here is written for the test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"
#include "lexicon/lexicon.h"

static void test_commodity_words_are_in_the_lexicon(void **state)
{
	uint64_t cls;
	const struct lex_entry *e;

	(void)state;
	e = lexicon_word("Soybeans", 8, &cls);
	assert_non_null(e);
	assert_true(cls & CLS_COMMODITY);
	assert_string_equal(e->commodity, "soybean");	/* singular */
	e = lexicon_word("MAIZE", 5, &cls);
	assert_non_null(e);
	assert_string_equal(e->commodity, "maize");	/* as written, not corn */
	e = lexicon_word("durum", 5, &cls);
	assert_non_null(e);
	assert_true(cls & CLS_COMMODMOD);
	assert_false(cls & CLS_COMMODITY);
	e = lexicon_word("products", 8, &cls);
	assert_true(cls & CLS_COMMODTAIL);
	assert_false(cls & CLS_COMMODITY);
	/* "lead" is a verb far more often than the metal */
	e = lexicon_word("lead", 4, &cls);
	assert_false(cls & (CLS_COMMODITY | CLS_COMMODMOD));
}

static void test_commodity_of_after_a_quantity_is_singular(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Kenya exported 12,000 tonnes of potatoes last month.", "", "12,000 tonnes");
	assert_string_equal(cl.commodity, "potato");
	cl = get("Zambia sold 50,000 tonnes of white maize to Zimbabwe.", "", "50,000 tonnes");
	assert_string_equal(cl.commodity, "white maize");
	cl = get("Zambia sold 50,000 tonnes of maize to Malawi.", "", "50,000 tonnes");
	assert_string_equal(cl.commodity, "maize");
}

static void test_commodity_compounds_keep_their_modifiers(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Algeria bought 300,000 tonnes of durum wheat for March.", "",
		 "300,000 tonnes");
	assert_string_equal(cl.commodity, "durum wheat");
	cl = get("Argentina shipped 80,000 tonnes of soybean meal to Spain.", "",
		 "80,000 tonnes");
	assert_string_equal(cl.commodity, "soybean meal");
	/* a head before the figure, read back from its last word */
	cl = get("Its soft wheat stocks stood at 2.2 mln tonnes.", "", "2.2 mln tonnes");
	assert_string_equal(cl.commodity, "soft wheat");
	cl = get("The refinery makes 40,000 barrels of oil products a day.", "",
		 "40,000 barrels");
	assert_string_equal(cl.commodity, "oil products");
	cl = get("Stocks of crude stood at 310 mln barrels.", "", "310 mln barrels");
	assert_string_equal(cl.commodity, "crude oil");
	/* a person's name is no goods; a board's is */
	cl = get("Minister John Wood said exports reached 5,000 tonnes.", "", "5,000 tonnes");
	assert_string_equal(cl.commodity, "");
	cl = get("The Brazilian Wheat Board bought 5,000 tonnes.", "", "5,000 tonnes");
	assert_string_equal(cl.commodity, "wheat");
	/* a modifier alone names nothing */
	cl = get("The soft market took 20,000 tonnes.", "", "20,000 tonnes");
	assert_string_equal(cl.commodity, "");
}

static void test_commodity_pairs_are_named_together(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Wheat and barley stocks stood at 2.1 mln tonnes.", "", "2.1 mln tonnes");
	assert_string_equal(cl.commodity, "wheat and barley");
	cl = get("Ghana sold 9,000 tonnes of cocoa and coffee.", "", "9,000 tonnes");
	assert_string_equal(cl.commodity, "cocoa and coffee");
	/* a tail alone after "and" shares the first's goods */
	cl = get("Sales of crude and products reached 90,000 barrels.", "", "90,000 barrels");
	assert_string_equal(cl.commodity, "crude oil and products");
	/* a pair too long for the field keeps its first part, whole words */
	cl = get("Exports of cottonseed oil and groundnut meal were 9,000 tonnes.", "",
		 "9,000 tonnes");
	assert_string_equal(cl.commodity, "cottonseed oil");
}

static void test_commodity_carries_through_its_paragraph(void **state)
{
	static const char s[] =
		"MANILA, Jan 5 - The Philippines bought 80,000 tonnes of Thai rice on\n"
		"Monday, traders said. The first cargo of 30,000 tonnes will load in May.\n"
		"    Separately, the port handled 12,000 tonnes in December.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-01-05", "30,000 tonnes");
	assert_string_equal(cl.commodity, "rice");
	/* the next paragraph: still a quantity, the story's last goods */
	cl = get(s, "1990-01-05", "12,000 tonnes");
	assert_string_equal(cl.commodity, "rice");
	/* money with no title about goods takes nothing */
	cl = get("Oslo bought 5,000 tonnes of salmon. The firm earned 5 mln dlrs in 1989.",
		 "1990-01-05", "5 mln dlrs");
	assert_string_equal(cl.commodity, "");
}

static void test_commodity_title_names_the_story_goods(void **state)
{
	static const char s[] =
		"date: 1990-01-05\n"
		"KENYA COFFEE CROP SEEN LOWER\n"
		"\n"
		"NAIROBI, Jan 5 - The crop is forecast at 95,000 tonnes, down 8 pct\n"
		"from last season, growers said.\n"
		"    Kenya's exports to Uganda rose to 300 mln dlrs in 1989, and\n"
		"the trade surplus was 900 mln dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-01-05", "95,000 tonnes");
	assert_string_equal(cl.commodity, "coffee");
	cl = get(s, "1990-01-05", "8 pct");
	assert_string_equal(cl.commodity, "coffee");
	/* a trade flow's money takes a title's goods only when its paragraph
	 * names them; a balance is of all goods */
	cl = get(s, "1990-01-05", "300 mln dlrs");
	assert_string_equal(cl.commodity, "");
	cl = get(s, "1990-01-05", "900 mln dlrs");
	assert_string_equal(cl.commodity, "");
}

/* A lead that gives figures of merchandise trade makes the story's other
 * flows goods, not its title's (which says what it says) nor a total
 * with services; a lead with no figure (a policy) does not. */
static void test_commodity_lead_says_the_story_trade_is_goods(void **state)
{
	static const char s[] =
		"date: 1990-02-10\n"
		"NORWAY TRADE SURPLUS AT 4.2 BLN CROWNS\n"
		"\n"
		"OSLO, Feb 10 - Norway's merchandise trade surplus rose to 4.2\n"
		"billion crowns in January, the statistics office said.\n"
		"    Imports from Sweden fell to 3.1 billion crowns, while exports\n"
		"to Denmark were 2.5 billion.\n"
		"    Including services, exports totalled 12 billion crowns.\n";
	static const char policy[] =
		"date: 1990-02-10\n"
		"OSLO, Feb 10 - Norway must curb imports of goods it can make\n"
		"itself, the minister said.\n"
		"    Norway had a trade deficit of 900 mln crowns in 1989.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-02-10", "3.1 billion crowns");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.commodity, "goods");
	cl = get(s, "1990-02-10", "2.5 billion");
	assert_string_equal(cl.commodity, "goods");
	cl = get(s, "1990-02-10", "4.2 BLN CROWNS");
	assert_string_equal(cl.commodity, "");
	cl = get(s, "1990-02-10", "12 billion crowns");
	assert_string_equal(cl.commodity, "");
	cl = get(policy, "1990-02-10", "900 mln crowns");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.commodity, "");
}

static void test_commodity_paragraph_goods_before_the_title(void **state)
{
	static const char s[] =
		"date: 1990-01-05\n"
		"EGYPT BUYS WHEAT AND MAIZE\n"
		"\n"
		"CAIRO, Jan 5 - Egypt bought 200,000 tonnes of wheat, traders said.\n"
		"    It also bought yellow maize. The 50,000 tonnes will ship in March\n"
		"at 112 dlrs a tonne.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-01-05", "50,000 tonnes");
	assert_string_equal(cl.commodity, "maize");
	cl = get(s, "1990-01-05", "112 dlrs");
	assert_string_equal(cl.commodity, "maize");
}

static void test_commodity_of_money_its_goods_are_sold_for(void **state)
{
	static const char s[] =
		"The delegation bought two aircraft for 90 mln dlrs and textile\n"
		"machinery worth 40 mln dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "", "90 mln dlrs");
	assert_string_equal(cl.commodity, "aircraft");
	cl = get(s, "", "40 mln dlrs");
	assert_string_equal(cl.commodity, "textile machinery");
	cl = get("Tea earnings rose to 45 mln dlrs from 38 mln a year ago.", "", "38 mln");
	assert_string_equal(cl.commodity, "tea");
	cl = get("Silver reserves were 12 mln dlrs at the end of June.", "", "12 mln dlrs");
	assert_string_equal(cl.commodity, "silver");
	/* the earlier value, further back in the same clause */
	cl = get("Silver reserves were 12 mln dlrs at the end of June compared with 9 mln "
		 "at the end of May.", "", "9 mln");
	assert_string_equal(cl.commodity, "silver");
	/* a money figure near goods it is not the value of */
	cl = get("Cocoa prices rose, and the firm earned 12 mln dlrs.", "", "12 mln dlrs");
	assert_string_equal(cl.commodity, "");
}

static void test_commodity_named_after_a_quantity_in_its_clause(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("About 4,000 tonnes were loaded for the cocoa pool in May.", "",
		 "4,000 tonnes");
	assert_string_equal(cl.commodity, "cocoa");
	/* not past a comma: another clause's goods */
	cl = get("Rains cut it to 4,000 tonnes, and cocoa prices rose.", "", "4,000 tonnes");
	assert_string_equal(cl.commodity, "");
}

static void test_commodity_a_price_takes_the_title_goods(void **state)
{
	static const char s[] =
		"date: 1990-01-05\n"
		"PERU BUYS U.S. WHEAT\n"
		"\n"
		"LIMA, Jan 5 - Peru bought 30,000 tonnes of U.S. wheat, traders said.\n"
		"    For June shipment, Peru bought 25,000 tonnes at 90 dlrs per tonne.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-01-05", "90 dlrs");
	assert_string_equal(measure_name(cl.measure), "price");
	assert_string_equal(cl.commodity, "wheat");
}

static void test_commodity_share_of_its_goods(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Farms grow only 40 pct of its food needs.", "", "40 pct");
	assert_string_equal(measure_name(cl.measure), "share");
	assert_string_equal(cl.commodity, "food");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commodity_words_are_in_the_lexicon),
		cmocka_unit_test(test_commodity_of_after_a_quantity_is_singular),
		cmocka_unit_test(test_commodity_compounds_keep_their_modifiers),
		cmocka_unit_test(test_commodity_pairs_are_named_together),
		cmocka_unit_test(test_commodity_carries_through_its_paragraph),
		cmocka_unit_test(test_commodity_title_names_the_story_goods),
		cmocka_unit_test(test_commodity_lead_says_the_story_trade_is_goods),
		cmocka_unit_test(test_commodity_paragraph_goods_before_the_title),
		cmocka_unit_test(test_commodity_of_money_its_goods_are_sold_for),
		cmocka_unit_test(test_commodity_named_after_a_quantity_in_its_clause),
		cmocka_unit_test(test_commodity_a_price_takes_the_title_goods),
		cmocka_unit_test(test_commodity_share_of_its_goods),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
