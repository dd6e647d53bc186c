/*
 * test_subject3.c - subject constructions of issue 13's fourth round
 * (branch subject3), each found in several unseen wire stories (the free
 * pool) or named by the validator's false alarms: a tender's time between
 * "tender" and "for" and a tendering country that opens its sentence; a
 * bare balance ("The surplus widened") that keeps the partner the sentence
 * before stated, and "It widened to" after one; whose figures a paragraph
 * gives ("Taiwan's official figures show"). Every sentence here was
 * written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "will tender Friday, June 12, for", "to tender shortly for", "its tender
 * overnight for": a purchase by the tendering country, its seller the
 * goods' origin; "Morocco has launched a new buying tender for": the
 * sentence's subject tenders. An export tender stays no purchase. */
static void test_subject3_tender_time_and_subject(void **state)
{
	static const char s[] = "date: 1988-06-08\nGRAIN\n\n"
				"    CHICAGO, June 8 - Jordan will tender Friday, June 12, for\n"
				"60,000 tonnes of U.S. barley, exporters said.\n\n"
				"    Syria is expected to tender shortly for 80,000 tonnes of\n"
				"durum wheat, covered by export credits, dealers said.\n\n"
				"    Cyprus dropped its tender overnight for 20,000 tonnes of\n"
				"Canadian feed barley, they said.\n\n"
				"    Morocco has launched a new buying tender for 150,000 tonnes\n"
				"of French soft wheat, traders said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-06-08", "60,000 tonnes");
	assert_who(&cl, "import", "JO", "US");
	cl = get(s, "1988-06-08", "80,000 tonnes");
	assert_who(&cl, "import", "SY", "");	/* not "export" from "export credits" */
	cl = get(s, "1988-06-08", "20,000 tonnes");
	assert_who(&cl, "import", "CY", "CA");
	cl = get(s, "1988-06-08", "150,000 tonnes");
	assert_who(&cl, "import", "MA", "FR");
}

/* A sentence that does not open with its country as the subject of a
 * verb gives no tendering country: "U.S. exporters reported a tender
 * ..." is no U.S. purchase. */
static void test_subject3_tender_subject_is_no_source(void **state)
{
	static const char s[] = "date: 1988-06-08\nGRAIN\n\n"
				"    KANSAS CITY, June 8 - U.S. exporters reported a tender for\n"
				"40,000 tonnes of rice.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-06-08", "40,000 tonnes");
	assert_string_equal(cl.flow, "");	/* no U.S. purchase */
}

/* "Korea's trade surplus with Japan ... The surplus narrowed to": the bare
 * balance opening the next sentence is the same bilateral one (partner and
 * reporter inferred, never all partners); after a total, or with
 * "overall", or in a later paragraph that does not follow it, the bare
 * balance stays the story's total. */
static void test_subject3_bare_balance_keeps_partner(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    SEOUL, May 4 - Korea's trade surplus with Japan fell to 1.9\n"
				"billion dlrs in 1987. The surplus narrowed further in the first\n"
				"quarter to 310 mln dlrs from 420 mln a year earlier.\n\n"
				"    Officials expect more imports this year.\n\n"
				"    The trade surplus was 7.6 billion dlrs in 1987.\n";
	static const char t[] = "date: 1988-05-04\nTRADE\n\n"
				"    SEOUL, May 4 - Korea's trade surplus with Japan fell to 1.9\n"
				"billion dlrs in 1987. The overall surplus rose to 7.6 billion\n"
				"dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "310 mln dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "KR", "JP");
	assert_int_equal(cl.partner_src, SOURCE_INFERRED);
	cl = get(s, "1988-05-04", "420 mln");
	assert_who(&cl, "trade", "KR", "JP");
	cl = get(s, "1988-05-04", "7.6 billion dlrs");
	assert_string_not_equal(cl.partner, "JP");
	cl = get(t, "1988-05-04", "7.6 billion\ndlrs");
	assert_string_not_equal(cl.partner, "JP");
}

/* "It widened to N" right after a bilateral balance: that balance again
 * (sides, flow inferred; a deficit's sign kept); "It said" or "It" after
 * a sentence with no balance is none. */
static void test_subject3_it_names_the_balance(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    OTTAWA, May 4 - Canada's trade deficit with Mexico rose to\n"
				"2.4 billion dlrs in 1987. It widened to 700 mln dlrs in the\n"
				"first quarter of 1988 from 520 mln a year earlier.\n\n"
				"    Officials met in the capital. It cost 3 mln dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "700 mln dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "CA", "MX");
	assert_true(cl.value < 0);
	assert_int_equal(cl.flow_src, SOURCE_INFERRED);
	assert_int_equal(cl.partner_src, SOURCE_INFERRED);
	cl = get(s, "1988-05-04", "3 mln dlrs");
	assert_string_equal(cl.flow, "");
}

/* "<Country>'s official figures show", "according to <Nationality>
 * customs": the paragraph's figures of trade are that country's; said
 * from the other side ("Washington's deficit with Taipei"), they turn
 * round (reporter and partner swapped, the balance's sign, a flow). */
static void test_subject3_whose_figures(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    TAIPEI, May 4 - Washington's deficit with Taipei rose to\n"
				"9.1 billion dlrs last year. U.S. exports to Taiwan were 4.2\n"
				"billion dlrs, Taiwan's official figures show.\n\n"
				"    Imports of machinery rose to 800 mln dlrs in 1987,\n"
				"according to Korean customs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "9.1 billion dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "TW", "US");
	assert_true(cl.value > 0);	/* Taiwan's surplus */
	cl = get(s, "1988-05-04", "4.2\nbillion dlrs");
	assert_who(&cl, "import", "TW", "US");
	cl = get(s, "1988-05-04", "800 mln dlrs");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.reporter, "KR");
	assert_int_equal(cl.reporter_src, SOURCE_STATED);
}

/* "its deficit with the island", "with the kingdom": the country of the
 * story's dateline, the partner; a story with no dateline leaves it
 * unknown, never all partners. */
static void test_subject3_with_the_island(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    TOKYO, May 4 - Canberra wants to cut its trade deficit\n"
				"with the island nation, which reached 3.1 billion dlrs last\n"
				"year.\n\n"
				"    Canberra wants to cut its trade deficit with the island,\n"
				"which reached 3.2 billion dlrs last year.\n";
	static const char t[] = "date: 1988-05-04\nTRADE\n\n"
				"    Canberra wants to cut its trade deficit with the island,\n"
				"which reached 3.2 billion dlrs last year.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "3.2 billion dlrs");
	assert_who(&cl, "trade", "AU", "JP");
	cl = get(t, "1988-05-04", "3.2 billion dlrs");
	assert_string_equal(cl.partner, "");
}

/* "the government's target of a 2.5 billion dlr surplus": a target for
 * the trade balance (flow trade, all partners); "the target of criticism
 * over the 40 billion dlr deficit" is no target of a figure. */
static void test_subject3_target_of_a_surplus(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    LIMA, May 4 - Officials said the government's target of a\n"
				"2.5 billion dlr trade surplus for 1988 is within reach.\n\n"
				"    Peru has long been the target of criticism over its 40 billion\n"
				"dlr foreign debt.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "2.5 billion dlr");
	assert_int_equal(cl.measure, MEASURE_TARGET);
	assert_who(&cl, "trade", "PE", "WORLD");
	cl = get(s, "1988-05-04", "40 billion\ndlr");
	assert_string_equal(cl.flow, "");
}

/* A balance and its figure in a dash apposition: "the trade surplus --
 * 7.7 billion dlrs last year -- worried", with an em dash too. */
static void test_subject3_balance_dash_apposition(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    SEOUL, May 4 - Korea's trade surplus -- 7.7 billion dlrs last\n"
				"year -- worried officials. Japan's deficit \xe2\x80\x94 5.1 billion\n"
				"dlrs \xe2\x80\x94 did too.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "7.7 billion dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "KR", "WORLD");
	cl = get(s, "1988-05-04", "5.1 billion\ndlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_true(cl.value < 0);
	assert_who(&cl, "trade", "JP", "WORLD");
}

/* An adverb is no commodity: "purchases of probably 90,000 tonnes of
 * Canadian barley" names barley, not "probably". */
static void test_subject3_adverb_is_no_goods(void **state)
{
	static const char s[] = "date: 1988-05-04\nGRAIN\n\n"
				"    OSLO, May 4 - Norway confirmed purchases of probably\n"
				"90,000 tonnes of Canadian barley last month.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "90,000 tonnes");
	assert_string_equal(cl.commodity, "barley");
}

/* A list of partners after a lead that names the trade: each row's country
 * is the partner ("The main buyers last month were: Japan (52,300
 * tonnes), Iran (41,000) and the Soviet Union (12,500 tonnes)"; "surpluses
 * with two partners -- Brazil 1.2 billion dlrs and Mexico 900 mln"). A
 * list of months or of people's names is no partner list. */
static void test_subject3_list_of_partners(void **state)
{
	static const char s[] = "date: 1988-05-04\nGRAIN\n\n"
				"    OTTAWA, May 4 - Canadian barley shipments rose last month.\n"
				"The main buyers last month were: Japan (52,300 tonnes), Iran\n"
				"(41,000) and the Soviet Union (12,500 tonnes).\n\n"
				"    Canada had surpluses with two partners -- Brazil 1.2 billion\n"
				"dlrs and Mexico 900 mln.\n\n"
				"    Sales were: January 3.1 billion dlrs, February 2.9 billion.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "52,300 tonnes");
	assert_who(&cl, "export", "CA", "JP");
	cl = get(s, "1988-05-04", "41,000");
	assert_who(&cl, "export", "CA", "IR");
	cl = get(s, "1988-05-04", "12,500 tonnes");
	assert_who(&cl, "export", "CA", "SU");
	cl = get(s, "1988-05-04", "1.2 billion\ndlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "CA", "BR");
	assert_true(cl.value > 0);
	cl = get(s, "1988-05-04", "900 mln");
	assert_who(&cl, "trade", "CA", "MX");
	cl = get(s, "1988-05-04", "3.1 billion dlrs");
	assert_string_equal(cl.partner, "");
}

/* Buying or selling money is no trade: "The Bank of Norway will sell 300
 * mln crowns in bills tomorrow" has no flow; "Norway sold 2.1 billion
 * crowns worth of salmon" and "Chile exported 900 mln dlrs" do. */
static void test_subject3_money_deal_is_no_trade(void **state)
{
	static const char s[] = "date: 1988-05-04\nMARKETS\n\n"
				"    OSLO, May 4 - The Bank of Norway will sell 300 mln crowns in\n"
				"bills tomorrow, dealers said.\n\n"
				"    Norway sold 2.1 billion crowns worth of salmon last year.\n\n"
				"    Chile exported 900 mln dlrs last month.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "300 mln crowns");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-05-04", "2.1 billion crowns");
	assert_who(&cl, "export", "NO", "WORLD");
	cl = get(s, "1988-05-04", "900 mln dlrs");
	assert_string_equal(cl.flow, "export");
}

/* "exported ... to Japan and imported 2.3 billion dlrs worth": a second
 * verb of trade after "and" with no subject of its own is the sentence's
 * subject trading again, the other way (partner kept). */
static void test_subject3_and_imported(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    HELSINKI, May 4 - Finland exported 1.9 billion dlrs worth of\n"
				"paper to Japan last year and imported 2.3 billion dlrs worth.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "1.9 billion dlrs");
	assert_who(&cl, "export", "FI", "JP");
	cl = get(s, "1988-05-04", "2.3 billion dlrs");
	assert_who(&cl, "import", "FI", "JP");
}

/* An aside that names some of the goods does not end the verb's phrase:
 * "sold 610 mln dlrs worth of goods, mainly wool and dairy products, to
 * Korea" has partner KR; a plain comma still ends it. */
static void test_subject3_aside_before_partner(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    WELLINGTON, May 4 - New Zealand sold 610 mln dlrs worth of\n"
				"goods, mainly wool and dairy products, to Korea last year.\n\n"
				"    New Zealand sold 300 mln dlrs worth of goods last year, to\n"
				"the surprise of officials in Korea.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "610 mln dlrs");
	assert_who(&cl, "export", "NZ", "KR");
	cl = get(s, "1988-05-04", "300 mln dlrs");
	assert_string_not_equal(cl.partner, "KR");
}

/* A pair of countries names the other side of a flow whose sentence names
 * no partner: "Total shipments under the U.S.-China grains accord
 * amounted to 2.1 mln tonnes of corn" (a U.S. story) go to China; a pair
 * without the reporter says nothing. */
static void test_subject3_pair_partner(void **state)
{
	static const char s[] = "date: 1988-05-04\nGRAIN\n\n"
				"    WASHINGTON, May 4 - Total shipments under the U.S.-China\n"
				"grains accord amounted to 2.1 mln tonnes of corn last year.\n\n"
				"    Total shipments under the Sino-Soviet accord amounted to\n"
				"1.3 mln tonnes of corn last year.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "2.1 mln tonnes");
	assert_who(&cl, "export", "US", "CN");
	assert_int_equal(cl.partner_src, SOURCE_INFERRED);
	cl = get(s, "1988-05-04", "1.3 mln tonnes");
	assert_string_not_equal(cl.partner, "CN");
}

/* "Re-exports" are a flow of exports (Hong Kong's, Singapore's statistics). */
static void test_subject3_re_exports(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    SINGAPORE, May 4 - Re-exports rose 4.2 pct to 3.3 billion dlrs\n"
				"in April.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "3.3 billion dlrs");
	assert_who(&cl, "export", "SG", "WORLD");
}

/* "Egypt's 14.2 billion dlrs in trade last year": a level of trade with
 * all partners; "in trade with Italy" names its partner. */
static void test_subject3_dollars_in_trade(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    CAIRO, May 4 - Barter deals made up a tenth of Egypt's 14.2\n"
				"billion dlrs in trade last year.\n\n"
				"    Egypt did 2.1 billion dlrs in trade with Italy.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "14.2\nbillion dlrs");
	assert_who(&cl, "trade", "EG", "WORLD");
	cl = get(s, "1988-05-04", "2.1 billion dlrs");
	assert_string_not_equal(cl.partner, "WORLD");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject3_tender_time_and_subject),
		cmocka_unit_test(test_subject3_tender_subject_is_no_source),
		cmocka_unit_test(test_subject3_bare_balance_keeps_partner),
		cmocka_unit_test(test_subject3_it_names_the_balance),
		cmocka_unit_test(test_subject3_whose_figures),
		cmocka_unit_test(test_subject3_with_the_island),
		cmocka_unit_test(test_subject3_target_of_a_surplus),
		cmocka_unit_test(test_subject3_balance_dash_apposition),
		cmocka_unit_test(test_subject3_adverb_is_no_goods),
		cmocka_unit_test(test_subject3_list_of_partners),
		cmocka_unit_test(test_subject3_money_deal_is_no_trade),
		cmocka_unit_test(test_subject3_and_imported),
		cmocka_unit_test(test_subject3_aside_before_partner),
		cmocka_unit_test(test_subject3_pair_partner),
		cmocka_unit_test(test_subject3_re_exports),
		cmocka_unit_test(test_subject3_dollars_in_trade),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
