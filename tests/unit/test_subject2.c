/*
 * test_subject2.c - subject constructions of issue 13's second round
 * (branch subject2), each general English found across many unseen wire
 * stories: a balance before a relative clause that holds its figure, a
 * long "N dlr U.S. merchandise trade deficit", money-market shortages that
 * are no trade balance, sales of goods to a country, passive verbs of
 * trade, "the Community", a grade of goods ("13 pct protein"), tenders to
 * buy, "The purchase included", and long export/import alternations. Every sentence here was written for these
 * tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_src(const struct claim *cl, enum field_source rep, enum field_source par,
		       enum field_source flow)
{
	assert_int_equal(cl->reporter_src, rep);
	assert_int_equal(cl->partner_src, par);
	assert_int_equal(cl->flow_src, flow);
}

/* "its trade surplus, which rose to a record N": the balance is named
 * before the comma, the figure sits in the relative clause; a partner
 * named with "with" before the comma stays the partner. A budget
 * deficit's relative clause stays no trade. */
static void test_subject2_balance_before_which(void **state)
{
	static const char s[] = "date: 1988-02-10\nTRADE\n\n"
				"    SEOUL, Feb 10 - Officials want to trim Korea's trade surplus,\n"
				"which rose to a record 7.7 billion dlrs last year.\n\n"
				"    Ministers discussed the deficit with Brazil, which reached\n"
				"900 mln dlrs in 1987.\n\n"
				"    They also cut the budget deficit, which fell to 2.1 billion\n"
				"dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "7.7 billion dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "KR", "WORLD");
	assert_true(cl.value > 0);
	cl = get(s, "1988-02-10", "900 mln dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "KR", "BR");
	assert_true(cl.value < 0);
	cl = get(s, "1988-02-10", "2.1 billion\ndlrs");
	assert_string_equal(cl.flow, "");
}

/* A gap or shortfall of trade before the relative clause is a balance as a
 * surplus or deficit is: "the trade gap with Japan, which widened to N". */
static void test_subject2_gap_before_which(void **state)
{
	static const char s[] = "date: 1987-04-15\nTRADE\n\n"
				"    WASHINGTON, April 15 - Congress looked at the U.S. trade gap\n"
				"with Japan, which widened to 58.6 billion dlrs in 1986.\n\n"
				"    It also looked at the trade shortfall with Canada, which\n"
				"narrowed to 23.3 billion dlrs in 1986.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-04-15", "58.6 billion dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "US", "JP");
	cl = get(s, "1987-04-15", "23.3 billion dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "US", "CA");
}

/* "the 140 billion dlr U.S. merchandise trade deficit": the balance word
 * comes seven tokens after the figure, and its country is the one before
 * it, not the country the sentence opened with. */
static void test_subject2_long_balance_after_figure(void **state)
{
	static const char s[] = "date: 1988-02-10\nTRADE\n\n"
				"    TOKYO, Feb 10 - Canada supplied a tenth of the 140 billion dlr\n"
				"U.S. merchandise trade deficit last year.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "140 billion dlr");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "US", "WORLD");
	assert_string_equal(cl.commodity, "goods");
}

/* A central bank's money-market shortage is no trade balance: "the
 * deficit in the system", "a surplus in the money markets". */
static void test_subject2_money_market_is_no_trade(void **state)
{
	static const char s[] = "date: 1988-02-10\nMONEY\n\n"
				"    LONDON, Feb 10 - The Bank of England put the deficit in the\n"
				"system at 650 mln stg, and later saw a surplus in the money\n"
				"markets of 120 mln stg.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "650 mln stg");
	assert_string_equal(cl.flow, "");
	/* a liquidity position, signed (GUIDE section 2), of no trade flow */
	assert_true(cl.value < 0);
	cl = get(s, "1988-02-10", "120 mln stg");
	assert_string_equal(cl.flow, "");
}

/* A sale of goods to a country is an export: the seller is the goods'
 * origin ("of U.S. sorghum") or the story's country (inferred); the buyer
 * the partner. Credit for a sale and the sale of a building are not. */
static void test_subject2_sales_to_a_country(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    WASHINGTON, Feb 10 - Private exporters reported sales of\n"
				"75,000 tonnes of barley to Morocco for delivery next season.\n\n"
				"    The department accepted an export bonus on 30,000 tonnes of\n"
				"U.S. sorghum to Mexico.\n\n"
				"    Soybean sales to Japan were 41,000 tonnes in the week.\n\n"
				"    The agency approved 12.0 mln dlrs in credit guarantees for sales\n"
				"of U.S. cotton to Turkey.\n\n"
				"    The sale of a Chicago hotel to Swedish investors fetched 90 mln\n"
				"dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "75,000 tonnes");
	assert_who(&cl, "export", "US", "MA");
	assert_src(&cl, SOURCE_INFERRED, SOURCE_STATED, SOURCE_STATED);
	cl = get(s, "1988-02-10", "30,000 tonnes");
	assert_who(&cl, "export", "US", "MX");
	assert_src(&cl, SOURCE_STATED, SOURCE_STATED, SOURCE_STATED);
	cl = get(s, "1988-02-10", "41,000 tonnes");
	assert_who(&cl, "export", "US", "JP");
	cl = get(s, "1988-02-10", "12.0 mln dlrs");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-02-10", "90 mln\ndlrs");
	assert_string_equal(cl.flow, "");
	assert_string_equal(cl.partner, "");
}

/* Passive verbs of trade: goods "have been sold to" a country (the goods'
 * origin sells), "was exported" (the story's country), "were bought by" a
 * country (it imports, from the goods' origin); a sale at home ("sold to
 * the home market") and a denial ("will not be exported") are no export. */
static void test_subject2_passive_verbs(void **state)
{
	static const char s[] = "date: 1988-02-10\nRICE\n\n"
				"    BANGKOK, Feb 10 - Some 120,000 tonnes of Burmese rice have been\n"
				"sold to Senegal this season, traders said.\n\n"
				"    Of the total, 45,000 tonnes was exported in January.\n\n"
				"    Another 600,000 tonnes of Canadian wheat were bought by Brazil.\n\n"
				"    In London, 20,000 tonnes of British feed wheat were sold to the\n"
				"home market.\n\n"
				"    Stocks are 300,000 tonnes, but the surplus will not be exported.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "120,000 tonnes");
	assert_who(&cl, "export", "MM", "SN");
	assert_src(&cl, SOURCE_STATED, SOURCE_STATED, SOURCE_STATED);
	cl = get(s, "1988-02-10", "45,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "TH");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
	cl = get(s, "1988-02-10", "600,000 tonnes");
	assert_who(&cl, "import", "BR", "CA");
	cl = get(s, "1988-02-10", "20,000 tonnes");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-02-10", "300,000 tonnes");
	assert_string_equal(cl.flow, "");
}

/* "the Community", capitalised, is the European Community; "the
 * community" of a town is no country. */
static void test_subject2_the_community(void **state)
{
	static const char s[] = "date: 1988-02-10\nTRADE\n\n"
				"    TOKYO, Feb 10 - Japan's trade surplus with the Community\n"
				"reached 19 billion dlrs last year.\n\n"
				"    Exports to the community rose 4 pct, the mayor said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "19 billion dlrs");
	assert_who(&cl, "trade", "JP", "EU");
	cl = get(s, "1988-02-10", "4 pct");
	assert_string_not_equal(cl.partner, "EU");
}

/* "13 pct protein", "14 pct moisture": a grade of the goods a country
 * buys, no import figure; the tonnes it buys are. */
static void test_subject2_grade_of_goods(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    CAIRO, Feb 10 - Egypt bought 200,000 tonnes of wheat, 13 pct\n"
				"protein and 14 pct moisture, traders said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "200,000 tonnes");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.reporter, "EG");
	cl = get(s, "1988-02-10", "13 pct");
	assert_string_equal(cl.flow, "");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-02-10", "14 pct");
	assert_string_equal(cl.flow, "");
}

/* A tender to buy: the tendering country imports; the goods' origin is
 * the partner, and with none named ("optional origin") the partner is not
 * known - never all partners. "The purchase included ..." goes on about
 * the purchase the sentence before named. A tender for bills, or the
 * EC's tender, is no import. */
static void test_subject2_tenders_and_the_purchase(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    CHICAGO, Feb 10 - Morocco will tender Tuesday for 90,000 tonnes\n"
				"of optional origin barley, exporters said.\n\n"
				"    Tunisia is expected to tender March 3 for 60,000 tonnes of\n"
				"Canadian durum wheat.\n\n"
				"    Pakistan bought 80,000 tonnes of U.S. soybean oil on Monday.\n"
				"    The purchase included 30,000 tonnes for April shipment.\n\n"
				"    Kuwait launched its tender for 25 mln dinars of treasury bills.\n\n"
				"    The EC will tender Wednesday for 40,000 tonnes of barley.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "90,000 tonnes");
	assert_who(&cl, "import", "MA", "");
	cl = get(s, "1988-02-10", "60,000 tonnes");
	assert_who(&cl, "import", "TN", "CA");
	cl = get(s, "1988-02-10", "30,000 tonnes");
	assert_who(&cl, "import", "PK", "US");
	assert_int_equal(cl.flow_src, SOURCE_INFERRED);
	cl = get(s, "1988-02-10", "25 mln dinars");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-02-10", "40,000 tonnes");
	assert_string_not_equal(cl.flow, "import");
}

/* Five alternations of exports and imports in one sentence each keep
 * their own flow (the switches were capped at four). */
static void test_subject2_many_switches(void **state)
{
	static const char s[] = "date: 1988-02-10\nTRADE\n\n"
				"    OSLO, Feb 10 - Exports in January were 9.1 billion crowns and\n"
				"imports 8.2 billion compared with exports of 9.5 billion and imports of\n"
				"8.9 billion in December and exports of 8.4 billion and imports of\n"
				"7.7 billion a year earlier.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "8.4 billion");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1988-02-10", "7.7 billion");
	assert_string_equal(cl.flow, "import");
}

/* "import"/"export" used as a verb after "to" or a modal, with its
 * quantity: "will import 81,000 tonnes of wheat from Canada". */
static void test_subject2_infinitive_flow(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    LISBON, Feb 10 - The millers' association will import 90,000\n"
				"tonnes of wheat from Argentina this year.\n\n"
				"    Growers have asked for licences to export 15,000 tonnes of rice\n"
				"to Egypt.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "90,000\ntonnes");
	assert_who(&cl, "import", "PT", "AR");
	cl = get(s, "1988-02-10", "15,000 tonnes");
	assert_who(&cl, "export", "PT", "EG");
}

/* A year between the country and its flow ("Soviet 1986/87 grain
 * imports", "Brazil's 1987 exports") keeps the country the reporter, not
 * the agency named first; a balance's partner after "last year with";
 * "the federal government reported ... the monthly surplus" is a trade
 * surplus (the budget words are not the balance's); a seat of government
 * names its country ("Bonn"). */
static void test_subject2_year_partner_and_capitals(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    WASHINGTON, Feb 10 - The U.S. Agriculture Department put Soviet\n"
				"1987/88 grain imports at 24 mln tonnes.\n\n"
				"    Korea had a surplus of 2.3 billion dlrs last year with Canada.\n\n"
				"    The federal government said that the monthly surplus rose to 950\n"
				"mln dlrs in January.\n\n"
				"    Bonn expects imports to rise 4 pct this year.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "24 mln tonnes");
	assert_who(&cl, "import", "SU", "WORLD");
	cl = get(s, "1988-02-10", "2.3 billion dlrs");
	assert_who(&cl, "trade", "KR", "CA");
	cl = get(s, "1988-02-10", "950\nmln dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_string_equal(cl.flow, "trade");
	cl = get(s, "1988-02-10", "4 pct");
	assert_who(&cl, "import", "DE", "WORLD");
}

/* A world total is no economy's: not the dateline's country ("world
 * wheat production", "World cereal stocks"); a national figure in the
 * same story keeps it, and the World Bank or a "world price" is no total. */
static void test_subject2_world_totals(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    ROME, Feb 10 - The council put world wheat production at 512\n"
				"mln tonnes.\n\n"
				"    World cereal stocks will rise to 440 mln tonnes.\n\n"
				"    Italian output fell to 8.1 mln tonnes.\n\n"
				"    A World Bank loan of 300 mln dlrs was approved.\n";
	struct claim cl;

	(void)state;
	assert_string_equal(get(s, "1988-02-10", "512\nmln tonnes").reporter, "");
	assert_string_equal(get(s, "1988-02-10", "440 mln tonnes").reporter, "");
	assert_string_equal(get(s, "1988-02-10", "8.1 mln tonnes").reporter, "IT");
	cl = get(s, "1988-02-10", "300 mln dlrs");
	assert_string_equal(cl.reporter, "IT");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
}

/* A program's name is no flow ("the Export Enhancement Program"); goods
 * still "available to" a country are an allocation of exports to it; a
 * sale planned in a dateline story ("plans to sell ... to Japan") finds
 * its buyer although the dateline holds a number; buying bills is no
 * import. */
static void test_subject2_program_names_and_allocations(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    WASHINGTON, Feb 10 - The department accepted bids for export\n"
				"bonuses on sales of 40,000 tonnes of wheat to Morocco.\n\n"
				"    A further 25,000 tonnes of barley are still available to\n"
				"Morocco under the program.\n\n"
				"    CANBERRA, Feb 11 - The board plans to sell 700,000 tonnes of\n"
				"wheat to Japan.\n\n"
				"    NEW YORK, Feb 12 - The central bank bought 400 mln dlrs of U.S.\n"
				"Treasury bills for a customer.\n";
	struct claim cl;

	(void)state;
	cl = get("date: 1988-02-10\nX\n\n    Morocco received 40,000 tonnes of wheat under the\n"
		 "Export Enhancement Program last year.\n", "1988-02-10", "40,000 tonnes");
	assert_string_not_equal(cl.flow, "export");
	cl = get(s, "1988-02-10", "40,000 tonnes");
	assert_who(&cl, "export", "US", "MA");
	cl = get(s, "1988-02-10", "25,000 tonnes");
	assert_who(&cl, "export", "US", "MA");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
	cl = get(s, "1988-02-10", "700,000 tonnes");
	assert_who(&cl, "export", "AU", "JP");
	cl = get(s, "1988-02-10", "400 mln dlrs");
	assert_string_equal(cl.flow, "");
}

/* "while the rate of increase in imports fell to 3 pct": the flow noun
 * six words after the switch word still opens a part of its own. */
static void test_subject2_far_switch(void **state)
{
	static const char s[] = "date: 1988-02-10\nTRADE\n\n"
				"    OSLO, Feb 10 - Exports grew 9 pct in the quarter while the rate\n"
				"of increase in imports slowed to 3 pct.\n";

	(void)state;
	assert_string_equal(get(s, "1988-02-10", "9 pct").flow, "export");
	assert_string_equal(get(s, "1988-02-10", "3 pct").flow, "import");
}

/* A bare "deficit" right after a sentence about the balance of payments
 * is that balance's, no trade flow; one after a trade sentence, or with
 * "trade" in its own sentence, stays trade. */
static void test_subject2_bare_balance_after_payments(void **state)
{
	static const char s[] = "date: 1988-02-10\nPAYMENTS\n\n"
				"    MADRID, Feb 10 - The balance of payments showed a deficit of 900\n"
				"mln dlrs in January.\n"
				"    The deficit compares with a surplus of 300 mln dlrs a year earlier.\n\n"
				"    The trade deficit was 1.2 billion dlrs in January.\n"
				"    The deficit compares with 1.5 billion dlrs in December.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "300 mln dlrs");
	assert_string_equal(cl.flow, "");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	cl = get(s, "1988-02-10", "1.5 billion dlrs");
	assert_string_equal(cl.flow, "trade");
}

/* "agreed to purchase", "Algeria's bid for 75,000 tonnes": purchases;
 * "imports of about 2 mln tonnes": "about" is no commodity. */
static void test_subject2_purchase_and_bid(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    CAIRO, Feb 10 - Egypt agreed to purchase 400,000 tonnes of\n"
				"Australian wheat a year.\n\n"
				"    KANSAS CITY, Feb 11 - Officials accepted Algeria's bid for 60,000\n"
				"tonnes of durum wheat.\n\n"
				"    Egypt's imports of about 7.5 mln tonnes of wheat were a record.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "400,000 tonnes");
	assert_who(&cl, "import", "EG", "AU");
	cl = get(s, "1988-02-10", "60,000\ntonnes");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.reporter, "DZ");
	cl = get(s, "1988-02-10", "7.5 mln tonnes");
	assert_string_equal(cl.commodity, "wheat");
}

/* An exporter's sales of goods in a quantity, no buyer named: exports to
 * all partners ("Wheat sales of 310,000 tonnes", "advance weekly sales
 * for 41,000 tonnes"); "to unknown destinations": partner not known;
 * domestic or retail sales are no exports. */
static void test_subject2_sales_in_a_quantity(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    WASHINGTON, Feb 10 - Wheat sales of 310,000 tonnes were down\n"
				"from the week before, the department said.\n\n"
				"    Private exporters concluded advance weekly sales for 41,000\n"
				"tonnes.\n\n"
				"    Sales to unknown destinations rose by 52,000 tonnes.\n\n"
				"    Domestic sales of fertiliser were 2.1 mln tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "310,000 tonnes");
	assert_who(&cl, "export", "US", "WORLD");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
	cl = get(s, "1988-02-10", "41,000\ntonnes");
	assert_who(&cl, "export", "US", "WORLD");
	cl = get(s, "1988-02-10", "52,000 tonnes");
	assert_who(&cl, "export", "US", "");
	cl = get(s, "1988-02-10", "2.1 mln tonnes");
	assert_string_equal(cl.flow, "");
}

/* "exports from X" name the exporter, "exports from X to Y" both sides;
 * "imports from X" keep X the partner. */
static void test_subject2_exports_from(void **state)
{
	static const char s[] = "date: 1988-02-10\nTRADE\n\n"
				"    SANTIAGO, Feb 10 - Exports from Peru rose 4 pct in January.\n\n"
				"    Exports from Taiwan to China fell to 2.1 billion dlrs.\n\n"
				"    Imports from Brazil were 300 mln dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "4 pct");
	assert_who(&cl, "export", "PE", "WORLD");
	cl = get(s, "1988-02-10", "2.1 billion dlrs");
	assert_who(&cl, "export", "TW", "CN");
	cl = get(s, "1988-02-10", "300 mln dlrs");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "BR");
}

/* "its bilateral trade surplus" with no partner in the sentence: a
 * partner there is, so not WORLD (blank: not known); "its trade surplus"
 * with none is the total, WORLD. Sentences written for this test. */
static void test_subject2_bilateral_balance_is_no_total(void **state)
{
	static const char s[] = "date: 1988-02-10\nTRADE\n\n"
				"    TOKYO, Feb 10 - Japan's bilateral trade surplus widened to\n"
				"48 billion dlrs last year, officials said.\n\n"
				"    Japan's trade surplus rose to 96 billion dlrs in 1987.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "48 billion dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "JP", "");
	cl = get(s, "1988-02-10", "96 billion dlrs");
	assert_who(&cl, "trade", "JP", "WORLD");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject2_balance_before_which),
		cmocka_unit_test(test_subject2_gap_before_which),
		cmocka_unit_test(test_subject2_long_balance_after_figure),
		cmocka_unit_test(test_subject2_money_market_is_no_trade),
		cmocka_unit_test(test_subject2_sales_to_a_country),
		cmocka_unit_test(test_subject2_passive_verbs),
		cmocka_unit_test(test_subject2_the_community),
		cmocka_unit_test(test_subject2_grade_of_goods),
		cmocka_unit_test(test_subject2_tenders_and_the_purchase),
		cmocka_unit_test(test_subject2_many_switches),
		cmocka_unit_test(test_subject2_infinitive_flow),
		cmocka_unit_test(test_subject2_year_partner_and_capitals),
		cmocka_unit_test(test_subject2_world_totals),
		cmocka_unit_test(test_subject2_program_names_and_allocations),
		cmocka_unit_test(test_subject2_far_switch),
		cmocka_unit_test(test_subject2_bare_balance_after_payments),
		cmocka_unit_test(test_subject2_purchase_and_bid),
		cmocka_unit_test(test_subject2_sales_in_a_quantity),
		cmocka_unit_test(test_subject2_exports_from),
		cmocka_unit_test(test_subject2_bilateral_balance_is_no_total),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
