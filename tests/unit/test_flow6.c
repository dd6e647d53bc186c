/*
 * test_flow6.c - flows and commodities of issue 13's sixth round (branch
 * flow6): a figure that is the object of a verb of sale or purchase with
 * no country as its subject (src/parse/flow_deal.c). Every sentence here
 * was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "agreed to ship N tonnes of wheat to Egypt", "sell an additional N
 * tonnes of ... to Morocco": the seller's exports; the goods' country is
 * the seller when no country stands before the verb; with no country at
 * all ("It will supply the remaining N tonnes") no flow. */
static void test_flow6_object_of_a_sale(void **state)
{
	static const char s[] = "date: 1988-05-04\nGRAIN DEAL\n\n"
				"    LISBON, May 4 - The trading house agreed to ship 40,000 tonnes\n"
				"of wheat to Egypt by June, a spokesman said.\n"
				"    It will supply the remaining 20,000 tonnes in July.\n"
				"    Canadian exporters will sell an additional 150,000 tonnes of\n"
				"durum wheat to Morocco under the plan.\n"
				"    A cooperative will also ship 5,000 to 6,000 tonnes of Danish\n"
				"barley to Poland.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "40,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.partner, "EG");
	assert_string_equal(cl.commodity, "wheat");
	cl = get(s, "1988-05-04", "20,000 tonnes");
	/* carry12: the rest of the same shipment, named by no country of its
	 * own, is of the deal the sentence before stated (scope.c; the gold
	 * of 15916: "awards were made to Louis Dreyfus Corp (200,000 tonnes)"
	 * is the US export to Jordan); before, a sale at home as likely */
	assert_who(&cl, "export", "PT", "EG");
	cl = get(s, "1988-05-04", "150,000 tonnes");
	assert_who(&cl, "export", "CA", "MA");
	assert_string_equal(cl.commodity, "durum wheat");
	cl = get(s, "1988-05-04", "5,000 to 6,000 tonnes");
	assert_who(&cl, "export", "DK", "PL");
	assert_string_equal(cl.commodity, "barley");
}

/* "agreed to buy N dlrs worth of U.S. goods", "buy Japanese machinery
 * worth N dlrs": the buyer's imports from the goods' country; money that
 * buys money or bills is no trade ("sold about 30 mln dlrs", "will sell
 * 400 billion yen in bills"). */
static void test_flow6_object_of_a_purchase(void **state)
{
	static const char s[] = "date: 1988-05-04\nDEALS\n\n"
				"    BANGKOK, May 4 - Thai firms agreed to buy 900 mln dlrs worth\n"
				"of U.S. goods during the mission.\n"
				"    A Thai firm agreed to buy Japanese machinery worth 40 mln dlrs.\n"
				"    The central bank sold about 30 mln dlrs in the market, dealers\n"
				"said.\n"
				"    The Bank will sell 400 billion yen in bills tomorrow.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "900 mln dlrs");
	assert_who(&cl, "import", "TH", "US");
	cl = get(s, "1988-05-04", "40 mln dlrs");
	assert_who(&cl, "import", "TH", "JP");
	assert_string_equal(cl.commodity, "machinery");
	cl = get(s, "1988-05-04", "30 mln dlrs");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-05-04", "400 billion yen");
	assert_string_equal(cl.flow, "");
}

/* A purchase of the story's own country's goods ("buy U.S. products" in a
 * Washington story) is not that country's import: the goods' country is
 * the partner and no reporter is guessed. */
static void test_flow6_purchase_of_the_datelines_goods(void **state)
{
	static const char s[] = "date: 1988-05-04\nMISSION\n\n"
				"    WASHINGTON, May 4 - During the visit a delegation agreed to buy\n"
				"U.S. products valued at 2.5 billion dlrs, officials said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "2.5 billion dlrs");
	assert_who(&cl, "import", "", "US");
}

/* A change in percent after a quantity of its sentence is that
 * quantity's change, of its goods ("Barley sales of N tonnes ... were 40
 * pct below", "shipments totalled N tonnes, 12 pct down on"); a level in
 * percent ("the ratio fell to 18 pct") and a percent before any quantity
 * get none from it. */
static void test_flow6_change_shares_the_quantitys_goods(void **state)
{
	static const char s[] = "date: 1988-05-04\nWEEKLY REPORT\n\n"
				"    WASHINGTON, May 4 - Barley sales of 52,300 tonnes for the\n"
				"current year were 40 pct below the prior week, the agency said.\n"
				"    Dealers said retail prices rose 3 pct in the week.\n"
				"    Oat use fell to 1.2 mln tonnes and the feed ratio fell to 18 pct.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "40 pct");
	assert_string_equal(cl.commodity, "barley");
	cl = get(s, "1988-05-04", "3 pct");
	assert_string_equal(cl.commodity, "");
	cl = get(s, "1988-05-04", "18 pct");
	assert_string_equal(cl.commodity, "");
}

/* "sunflower" names goods on its own ("the sunflower harvest", "planted
 * with sunflower"), and still modifies ("sunflower oil"). */
static void test_flow6_sunflower(void **state)
{
	static const char s[] = "date: 1988-05-04\nCROPS\n\n"
				"    BUENOS AIRES, May 4 - Area planted with sunflower was 2.1 mln\n"
				"hectares, growers said.\n"
				"    Sunflower oil exports reached 200,000 tonnes, traders said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "2.1 mln\nhectares");
	assert_string_equal(cl.commodity, "sunflower");
	cl = get(s, "1988-05-04", "200,000 tonnes");
	assert_string_equal(cl.commodity, "sunflower oil");
}

/* A quantity's unit running into goods names them, before any other
 * goods of the sentence: "14 mln tonnes wheat and 12 mln tonnes coarse
 * grain", "30,000 TONNES DANISH BARLEY". */
static void test_flow6_goods_right_after_the_unit(void **state)
{
	static const char s[] = "date: 1988-05-04\nEGYPT BUYS 30,000 TONNES DANISH BARLEY\n\n"
				"    CAIRO, May 4 - The country has bought 26 mln tonnes grain\n"
				"this season, including 14 mln tonnes wheat and 12 mln tonnes coarse\n"
				"grain, officials said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "30,000 TONNES");
	assert_string_equal(cl.commodity, "barley");
	cl = get(s, "1988-05-04", "14 mln tonnes");
	assert_string_equal(cl.commodity, "wheat");
	cl = get(s, "1988-05-04", "12 mln tonnes");
	assert_string_equal(cl.commodity, "coarse grain");
}

/* Money that is no trade flow - a debt, credits, loans, reserves, national
 * output - has no flow even in a sentence whose subject is one; a share
 * "of exports" after such a noun keeps its flow. */
static void test_flow6_debt_is_no_trade_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    SEOUL, May 4 - Exports rose to 4.5 billion dlrs, helping cut the\n"
				"40.1 billion dlr foreign debt.\n"
				"    Imports grew as GNP grew by about 7.5 pct, officials said.\n"
				"    Exports of coffee rose 12 pct and export credits were 210 mln dlrs.\n"
				"    Debt service will exceed 35 pct of exports in 1988.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "4.5 billion dlrs");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1988-05-04", "40.1 billion dlr");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-05-04", "7.5 pct");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-05-04", "210 mln dlrs");
	assert_string_equal(cl.flow, "");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-05-04", "35 pct");
	assert_string_equal(cl.flow, "export");
}

/* Two figures joined by "and" in a sentence with "respectively" take the
 * pair's goods in order, the earlier values too; without "respectively"
 * the pair stays whole. */
static void test_flow6_respectively_pairs_goods(void **state)
{
	static const char s[] = "date: 2024-05-04\nOILSEEDS\n\n"
				"    BUENOS AIRES, May 4 - Stocks of wheat and barley were 4.1 and 2.2\n"
				"mln tonnes, respectively, against 3.9 and 2.5 mln a year earlier.\n"
				"    Exports of wheat and barley rose to 6.3 mln tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2024-05-04", "4.1");
	assert_string_equal(cl.commodity, "wheat");
	cl = get(s, "2024-05-04", "2.2\nmln tonnes");
	assert_string_equal(cl.commodity, "barley");
	cl = get(s, "2024-05-04", "3.9");
	assert_string_equal(cl.commodity, "wheat");
	cl = get(s, "2024-05-04", "2.5 mln");
	assert_string_equal(cl.commodity, "barley");
	cl = get(s, "2024-05-04", "6.3 mln tonnes");
	assert_string_equal(cl.commodity, "wheat and barley");
}

/* "trade" heading its clause's subject ("Total trade with Iraq fell 30
 * pct", "trade between Chile and Peru would remain", "Trade between the
 * two countries totalled") gives its figure the flow trade, a flow noun
 * after the figure not taking it over; "world trade" is no economy's. */
static void test_flow6_trade_as_subject(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    ANKARA, May 4 - Total trade with Iraq fell 30 pct last year, with\n"
				"imports at 1.2 billion dlrs.\n"
				"    He said trade between Chile and Peru would remain about 900 mln\n"
				"dlrs a year.\n"
				"    Trade between the two countries totalled 3.4 billion dlrs in 1987.\n"
				"    World trade in textiles grew by 4 pct in 1987, the agency said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "30 pct");
	assert_who(&cl, "trade", "TR", "IQ");
	cl = get(s, "1988-05-04", "1.2 billion dlrs");
	assert_string_equal(cl.flow, "import");
	cl = get(s, "1988-05-04", "900 mln\ndlrs a year");
	assert_who(&cl, "trade", "CL", "PE");
	cl = get(s, "1988-05-04", "3.4 billion dlrs");
	assert_string_equal(cl.flow, "trade");
	cl = get(s, "1988-05-04", "4 pct");
	assert_string_equal(cl.flow, "");
}

/* Goods named right before a figure ("and barley by N tonnes", "oats
 * N tonnes", "and rye to N mln") are its own, not the sentence's first. */
static void test_flow6_goods_right_before_the_figure(void **state)
{
	static const char s[] = "date: 1988-05-04\nGRAIN\n\n"
				"    OTTAWA, May 4 - Wheat exports were raised by 120,000 tonnes and\n"
				"oats by 45,000 tonnes, bringing wheat to 9.1 mln tonnes and rye to\n"
				"0.4 mln.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "120,000 tonnes");
	assert_string_equal(cl.commodity, "wheat");
	cl = get(s, "1988-05-04", "45,000 tonnes");
	assert_string_equal(cl.commodity, "oat");
	cl = get(s, "1988-05-04", "0.4 mln");
	assert_string_equal(cl.commodity, "rye");
}

/* Money "worth of" goods is of those goods: "worth of Brazilian goods"
 * (goods), "worth of sugar"; "worth of deposits" is of none. */
static void test_flow6_money_worth_of_goods(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    WASHINGTON, May 4 - The Soviet Union exported 700 mln dlrs worth\n"
				"of goods to Brazil and imported 150 mln dlrs worth of Brazilian goods.\n"
				"    Cuba sold 90 mln dlrs worth of sugar to Japan.\n"
				"    Banks held 400 billion yen worth of deposits.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "700 mln dlrs");
	assert_string_equal(cl.commodity, "goods");
	cl = get(s, "1988-05-04", "150 mln dlrs");
	assert_string_equal(cl.commodity, "goods");
	cl = get(s, "1988-05-04", "90 mln dlrs");
	assert_string_equal(cl.commodity, "sugar");
	cl = get(s, "1988-05-04", "400 billion yen");
	assert_string_equal(cl.commodity, "");
}

/* The imposer of a tariff is the subject of "imposes", not the country
 * the sentence names first: "Brazil would retaliate if the United States
 * imposes 100 pct tariffs on some Brazilian exports" is a U.S. import. */
static void test_flow6_tariff_imposer(void **state)
{
	static const char s[] = "date: 1988-05-04\nTARIFFS\n\n"
				"    BRASILIA, May 4 - Brazil would retaliate if the United States\n"
				"imposes 100 pct tariffs on some Brazilian exports, officials said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "100 pct");
	assert_who(&cl, "import", "US", "BR");
}

/* Purchases or sales "of" financial assets are no trade in goods ("foreign
 * purchases of securities were 12.4 billion dlrs"); purchases of goods
 * keep their flow. */
static void test_flow6_purchases_of_securities(void **state)
{
	static const char s[] = "date: 1988-05-04\nCAPITAL FLOWS\n\n"
				"    WASHINGTON, May 4 - Net foreign purchases of corporate securities\n"
				"were 12.4 billion dlrs in the quarter, the department said.\n"
				"    Foreign purchases of U.S. farm goods were 3.1 billion dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "12.4 billion dlrs");
	assert_string_equal(cl.flow, "");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-05-04", "3.1 billion dlrs");
	assert_string_equal(cl.flow, "import");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flow6_object_of_a_sale),
		cmocka_unit_test(test_flow6_object_of_a_purchase),
		cmocka_unit_test(test_flow6_purchase_of_the_datelines_goods),
		cmocka_unit_test(test_flow6_change_shares_the_quantitys_goods),
		cmocka_unit_test(test_flow6_sunflower),
		cmocka_unit_test(test_flow6_goods_right_after_the_unit),
		cmocka_unit_test(test_flow6_debt_is_no_trade_flow),
		cmocka_unit_test(test_flow6_respectively_pairs_goods),
		cmocka_unit_test(test_flow6_trade_as_subject),
		cmocka_unit_test(test_flow6_goods_right_before_the_figure),
		cmocka_unit_test(test_flow6_money_worth_of_goods),
		cmocka_unit_test(test_flow6_tariff_imposer),
		cmocka_unit_test(test_flow6_purchases_of_securities),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
