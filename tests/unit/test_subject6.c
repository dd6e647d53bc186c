/*
 * test_subject6.c - whose figure it is and with whom, issue 13's seventh
 * round (branch subject6), counted on the two free pools of unseen wire
 * stories first: an export sale's destination when an agency whose name
 * holds "Credit" accepts the bonus ("the Commodity Credit Corporation,
 * CCC, has accepted bids for export bonuses to cover sales of ... to
 * Iraq"); a money market's shortage after the central bank's help is no
 * trade balance ("compares with its forecast of a 600 mln stg deficit");
 * a country by the story's date (Moscow's figures of 1987 are the USSR's);
 * a central bank's currency reserves are no currency market; a Brussels
 * story that names no European Community is Belgium's; a debt, a loan or
 * a credit is no trade flow; a price of goods in a national currency is
 * that economy's; "the two countries", "two-way" and "bilateral" trade of
 * the pair the story names; a list of partners after "the main buyers
 * were" with earlier values in brackets or after "against"; a clause
 * switch keeps a partner its sentence named but does not know; an
 * agency's country only tells another economy's figure; "purchases by";
 * a sale in a later clause is not sold by the buyers an earlier one named.
 * Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "Credit" in a name ("Commodity Credit Corporation") is no credit that
 * finances the sale: the sale's "to <country>" is the partner, and the
 * bonus per tonne is of that sale too. */
static void test_subject6_credit_in_a_name_keeps_the_sale(void **state)
{
	static const char s[] = "date: 1988-05-04\nBONUS\n\n"
				"    WASHINGTON, May 4 - The Commodity Credit Corporation,\n"
				"CCC, has accepted offers for export bonuses to cover sales of\n"
				"42,000 tonnes of rice to Ghana, the U.S. Agriculture\n"
				"Department said.\n"
				"    The bonuses averaged 31.50 dlrs per tonne, it said.\n\n"
				"    Export Credit guarantees for sales of 15,000 tonnes of\n"
				"wheat to Peru were also approved.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "42,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "US");
	assert_string_equal(cl.partner, "GH");	/* was WORLD */
	cl = get(s, "1988-05-04", "31.50 dlrs");
	assert_string_equal(cl.partner, "GH");
	/* a credit that finances a sale ("Credit" before a lower-case word)
	 * is still no sale to that country, as before */
	cl = get(s, "1988-05-04", "15,000 tonnes");
	assert_string_not_equal(cl.partner, "PE");
}

/* A bare deficit in a sentence about the central bank's help or
 * assistance, or after a sentence about the money market, is the money
 * market's: no trade flow, no partner; still a deficit, so negative. A
 * trade deficit named as such keeps its flow. */
static void test_subject6_money_market_deficit_is_no_trade(void **state)
{
	static const char s[] = "date: 1988-05-04\nMONEY\n\n"
				"    LONDON, May 4 - The Bank of England gave the money\n"
				"market 215 mln stg of assistance this afternoon. That takes\n"
				"its help so far today to 480 mln stg and compares with its\n"
				"forecast of a 600 mln stg deficit.\n"
				"    The central bank had earlier seen a deficit of 550 mln stg.\n\n"
				"    The trade deficit was 900 mln stg in April.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "600 mln stg");
	assert_string_equal(cl.flow, "");	/* was trade */
	assert_string_equal(cl.partner, "");	/* was WORLD */
	assert_true(cl.value < 0);
	cl = get(s, "1988-05-04", "550 mln stg");
	assert_string_equal(cl.flow, "");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-05-04", "900 mln stg");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.partner, "WORLD");
}

/* Moscow in a story of 1987 is the Soviet Union (SU), in one of 2005
 * Russia (RU); a partner too. */
static void test_subject6_country_by_the_story_date(void **state)
{
	static const char s[] = "date: 1988-05-04\nGRAIN\n\n"
				"    LONDON, May 4 - Moscow imported 4.1 mln tonnes of wheat\n"
				"from Canada last year, and Finland exported 300 mln dlrs of\n"
				"machinery to Moscow.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "4.1 mln tonnes");
	assert_string_equal(cl.reporter, "SU");
	cl = get(s, "2005-05-04", "4.1 mln tonnes");
	assert_string_equal(cl.reporter, "RU");
	cl = get(s, "1988-05-04", "300 mln dlrs");
	assert_string_equal(cl.partner, "SU");
}

/* "currency reserves" and "foreign currency" held are a national figure
 * of the story's economy; a currency's own price stays without one. */
static void test_subject6_currency_reserves_are_national(void **state)
{
	static const char s[] = "date: 1988-05-04\nRESERVES\n\n"
				"    OSLO, May 4 - The central bank's gold and currency reserves\n"
				"fell 610 mln crowns in April, and its claims in foreign\n"
				"currency rose to 41.2 billion crowns.\n"
				"    The crown rose 1.5 pct against the mark.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "610 mln crowns");
	assert_string_equal(cl.reporter, "NO");	/* was blank: a market */
	cl = get(s, "1988-05-04", "41.2 billion crowns");
	assert_string_equal(cl.reporter, "NO");
	cl = get(s, "1988-05-04", "1.5 pct");
	assert_string_equal(cl.reporter, "");
}

/* BRUSSELS gives the EC only to a story that names the Community; else
 * Belgium, whose francs are BEF. */
static void test_subject6_brussels_without_the_community(void **state)
{
	static const char be[] = "date: 1988-05-04\nTRADE\n\n"
				 "    BRUSSELS, May 4 - The trade deficit narrowed to 8.1\n"
				 "billion francs in March from 12.4 billion in February,\n"
				 "the statistics institute said.\n";
	static const char eu[] = "date: 1988-05-04\nTRADE\n\n"
				 "    BRUSSELS, May 4 - The trade deficit narrowed to 8.1\n"
				 "billion Ecus in March, the EC statistics office said.\n";
	struct claim cl;

	(void)state;
	cl = get(be, "1988-05-04", "8.1\nbillion francs");
	assert_string_equal(cl.reporter, "BE");	/* was EU */
	assert_string_equal(cl.unit, "BEF");
	cl = get(eu, "1988-05-04", "8.1\nbillion Ecus");
	assert_string_equal(cl.reporter, "EU");
}

/* An amount that sizes a debt, its servicing, a loan or a credit is no
 * trade flow and has no partner, though its sentence speaks of trade;
 * the trade figure beside it keeps its flow. */
static void test_subject6_debt_is_no_trade_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nDEBT\n\n"
				"    LIMA, May 4 - Peru needs its trade surplus to service its\n"
				"16.2 billion dlr foreign debt, the minister said.\n"
				"    Export earnings rose to 2.9 billion dlrs in 1987, while\n"
				"debt servicing will cost 640 mln dlrs.\n"
				"    An export credit of 90 mln dlrs was granted to textile\n"
				"makers, and exports of textiles rose to 310 mln dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "16.2 billion dlr");
	assert_string_equal(cl.flow, "");	/* was trade, a balance */
	assert_string_equal(cl.partner, "");
	assert_int_not_equal(cl.measure, MEASURE_BALANCE);
	cl = get(s, "1988-05-04", "640 mln dlrs");
	assert_string_equal(cl.flow, "");	/* was export */
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-05-04", "2.9 billion dlrs");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1988-05-04", "90 mln dlrs");
	assert_string_equal(cl.flow, "");	/* was export */
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-05-04", "310 mln dlrs");
	assert_string_equal(cl.flow, "export");
}

/* A price per unit of goods in a national currency, its sentence naming
 * no economy, is the currency's economy's; a dollar price and an exchange
 * rate stay without one. */
static void test_subject6_price_in_a_national_currency(void **state)
{
	static const char s[] = "date: 1988-05-04\nPRICES\n\n"
				"    LONDON, May 4 - Dealers quoted rice at 3.40 rupees per kilo\n"
				"and sorghum at 0.38 yuan a kilo, while the maximum rebate\n"
				"was set at 141.20 Ecus per tonne.\n"
				"    Wheat was offered at 96 dlrs a tonne, and the dollar was\n"
				"quoted at 1.71 marks.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "3.40 rupees");
	assert_string_equal(cl.reporter, "IN");
	cl = get(s, "1988-05-04", "0.38 yuan");
	assert_string_equal(cl.reporter, "CN");
	cl = get(s, "1988-05-04", "141.20 Ecus");
	assert_string_equal(cl.reporter, "EU");
	cl = get(s, "1988-05-04", "96 dlrs");
	assert_string_not_equal(cl.reporter, "US");
	cl = get(s, "1988-05-04", "1.71 marks");
	assert_string_equal(cl.reporter, "");
	/* a futures quote is no economy's, nor is a price in euros */
	static const char fut[] = "date: 2024-05-04\nPALM OIL\n\n"
				  "    KUALA LUMPUR, May 4 - Palm oil futures for July delivery\n"
				  "rose to 3,950 ringgit a tonne, and Paris wheat was quoted\n"
				  "at 221 euros a tonne.\n";
	cl = get(fut, "2024-05-04", "3,950 ringgit");
	assert_string_equal(cl.reporter, "");
	cl = get(fut, "2024-05-04", "221 euros");
	assert_string_not_equal(cl.reporter, "EA");
}

/* "trade between the two countries", "two-way trade", "bilateral trade":
 * the two are the nearest sentence's pair that names two; one is the
 * reporter, the other the partner (inferred); a pair the story never
 * names leaves the partner unknown. */
static void test_subject6_the_two_countries(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    ROME, May 4 - Italy and Argentina signed an accord on\n"
				"farm trade, officials said.\n"
				"    Trade between the two countries should reach 1.9 billion\n"
				"dlrs next year, from 1.4 billion in 1987.\n"
				"    Two-way trade rose 6 pct in 1987, they said.\n";
	static const char one[] = "date: 1988-05-04\nTRADE\n\n"
				  "    ROME, May 4 - Bilateral trade rose 6 pct in 1987,\n"
				  "officials said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "1.9 billion\ndlrs");
	assert_string_equal(cl.flow, "trade");	/* was none */
	assert_string_equal(cl.reporter, "IT");
	assert_string_equal(cl.partner, "AR");
	assert_int_equal(cl.partner_src, SOURCE_INFERRED);
	cl = get(s, "1988-05-04", "6 pct");
	assert_string_equal(cl.partner, "AR");	/* was unknown */
	cl = get(one, "1988-05-04", "6 pct");
	assert_string_equal(cl.partner, "");
}

/* "The main buyers were Italy with X against Y, West Germany X (Y) and the
 * U.S. X": each row's country is the partner of the story's exports, its
 * earlier value the same row's; a region before the lead's noun ("Main
 * EC destinations") is no reporter. */
static void test_subject6_list_after_were(void **state)
{
	static const char s[] = "date: 1988-05-04\nBARLEY\n\n"
				"    PARIS, May 4 - French barley exports rose 9 pct to 3.1 mln\n"
				"tonnes in the season so far, the office said.\n"
				"    Main EC destinations were Italy with 900,000 tonnes against\n"
				"810,000, Belgium 420,000 (380,000) and the U.S. 60,000 tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "900,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "FR");	/* was EU */
	assert_string_equal(cl.partner, "IT");
	cl = get(s, "1988-05-04", "810,000");
	assert_string_equal(cl.partner, "IT");
	cl = get(s, "1988-05-04", "420,000");
	assert_string_equal(cl.partner, "BE");
	cl = get(s, "1988-05-04", "380,000");
	assert_string_equal(cl.partner, "BE");
	cl = get(s, "1988-05-04", "60,000 tonnes");
	assert_string_equal(cl.partner, "US");
}

/* "Exports to ASEAN countries rose ..., while imports were ...": the
 * clause's imports are with the same unknown partners, not all (WORLD);
 * a sentence with no partner leaves its clause at all partners. */
static void test_subject6_switch_keeps_an_unknown_partner(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    SEOUL, May 4 - Exports to ASEAN countries rose to 3.3 billion\n"
				"dlrs in 1987, while imports were 2.9 billion.\n"
				"    Exports rose to 47.3 billion dlrs in 1987, while imports\n"
				"were 41.0 billion.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "2.9 billion");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "");	/* was WORLD */
	cl = get(s, "1988-05-04", "41.0 billion");
	assert_string_equal(cl.partner, "WORLD");
}

/* "The U.S. Agriculture Department forecast the Argentine 1987/88 maize
 * crop at": the country of the agency is the source, the crop's is the
 * figure's; "grain purchases by the Soviet Union": the buyer. Not a
 * country that is a clause's subject after the agency ("announced Peru
 * has been made eligible for sales of"). */
static void test_subject6_agency_country_is_a_source(void **state)
{
	static const char s[] = "date: 1988-05-04\nUSDA\n\n"
				"    WASHINGTON, May 4 - The U.S. Agriculture Department forecast\n"
				"the Argentine 1987/88 maize crop at 9.1 mln tonnes.\n"
				"    The U.S. Agriculture Department raised its estimate of grain\n"
				"purchases by the Soviet Union to 31 mln tonnes.\n"
				"    The U.S. Agriculture Department announced Peru has been made\n"
				"eligible for sales of up to 40,000 tonnes of rice.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "9.1 mln tonnes");
	assert_string_equal(cl.reporter, "AR");	/* was US */
	cl = get(s, "1988-05-04", "31 mln tonnes");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.reporter, "SU");	/* was US */
	cl = get(s, "1988-05-04", "40,000 tonnes");
	assert_string_not_equal(cl.reporter, "PE");
}

/* "Brazil, Peru and Chile were the main buyers ..., while sales to Egypt
 * fell by": the sale to Egypt is the story's exporter's, not Brazil's; a
 * sale whose seller is named right before it or is the first clause's
 * subject keeps that seller. */
static void test_subject6_sale_in_a_later_clause(void **state)
{
	static const char s[] = "date: 1988-05-04\nSALES\n\n"
				"    WASHINGTON, May 4 - Brazil, Peru and Chile were the main\n"
				"wheat buyers this week, while sales to Egypt fell by 45,000\n"
				"tonnes, the department said.\n"
				"    Canada said its sales of 120,000 tonnes of barley to China\n"
				"were completed.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "45,000\ntonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "US");	/* was BR */
	assert_string_equal(cl.partner, "EG");
	cl = get(s, "1988-05-04", "120,000 tonnes");
	assert_string_equal(cl.reporter, "CA");
	assert_string_equal(cl.partner, "CN");
}

/* A country iso-codes names in one word that news seldom writes ("Angola",
 * "Cambodia") is a partner as the ones news writes often are; a name news
 * writes for something else ("New Jersey", "Georgia") is none. */
static void test_subject6_iso_country_names(void **state)
{
	static const char s[] = "date: 1987-03-01\nEXPORTS\n\n"
				"    LISBON, March 1 - Portugal exported 50 mln dlrs of wine\n"
				"to Angola in 1986, the ministry said.\n"
				"    Thailand exported 20,000 tonnes of rice to Cambodia in 1986.\n"
				"    New Jersey exported 40 mln dlrs of chemicals to Georgia in 1986.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-01", "50 mln dlrs");
	assert_string_equal(cl.reporter, "PT");
	assert_string_equal(cl.partner, "AO");	/* was WORLD */
	cl = get(s, "1987-03-01", "20,000 tonnes");
	assert_string_equal(cl.partner, "KH");
	cl = get(s, "1987-03-01", "40 mln dlrs");
	assert_string_not_equal(cl.reporter, "JE");
	assert_string_not_equal(cl.partner, "GE");
}

/* A sale to a counterpart the lexicon does not know as a country ("to
 * Zaire" in a 1987 story, a made-up name here) has no known partner: blank,
 * never WORLD; a purchase from a trading house keeps the goods' origin. */
static void test_subject6_sale_to_an_unknown_name(void **state)
{
	static const char s[] = "date: 1987-03-01\nSALES\n\n"
				"    LISBON, March 1 - Portugal sold 50 mln dlrs of wine to\n"
				"Ruritania in 1986, the ministry said.\n"
				"    Brazil bought 75,000 tonnes of French wheat at the tender.\n"
				"    Brazil also bought 25,000 tonnes from J. Souflet.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-01", "50 mln dlrs");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "PT");
	assert_string_equal(cl.partner, "");	/* was WORLD */
	cl = get(s, "1987-03-01", "25,000 tonnes");
	assert_string_equal(cl.partner, "FR");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject6_credit_in_a_name_keeps_the_sale),
		cmocka_unit_test(test_subject6_money_market_deficit_is_no_trade),
		cmocka_unit_test(test_subject6_country_by_the_story_date),
		cmocka_unit_test(test_subject6_currency_reserves_are_national),
		cmocka_unit_test(test_subject6_brussels_without_the_community),
		cmocka_unit_test(test_subject6_debt_is_no_trade_flow),
		cmocka_unit_test(test_subject6_price_in_a_national_currency),
		cmocka_unit_test(test_subject6_the_two_countries),
		cmocka_unit_test(test_subject6_list_after_were),
		cmocka_unit_test(test_subject6_switch_keeps_an_unknown_partner),
		cmocka_unit_test(test_subject6_agency_country_is_a_source),
		cmocka_unit_test(test_subject6_sale_in_a_later_clause),
		cmocka_unit_test(test_subject6_iso_country_names),
		cmocka_unit_test(test_subject6_sale_to_an_unknown_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
