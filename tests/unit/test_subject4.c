/*
 * test_subject4.c - whose figure it is, issue 13's fifth round (branch
 * subject4), each rule counted on the free pool of unseen wire stories
 * first: a currency's price is no economy's statistic; a country of two
 * words in the possessive; a partner not known is not all of them; a
 * deal's partner carried to the sentences that tell of it. Every sentence here
 * was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "the Australian dollar ... 0.7150 U.S. dlrs", "It rose three cents
 * against the U.S. dollar", "It closed at 29.40", "the won at 812.50", "the
 * yen/dollar rate ... 128 yen": a currency's price, no reporter (the
 * dateline's country, or "Taiwan" in "Taiwan cents", is not whose it is);
 * the same story's trade figures keep theirs. */
static void test_subject4_currency_price_has_no_reporter(void **state)
{
	static const char s[] = "date: 1988-02-10\nCURRENCIES\n\n"
				"    SYDNEY, Feb 10 - Dealers said the Australian dollar, which\n"
				"on Monday reached a high of 0.7150 U.S. dlrs, would hold firm.\n"
				"    Australia's exports rose to 3.1 billion dlrs in January.\n";
	static const char t[] = "date: 1988-02-10\nCURRENCIES\n\n"
				"    TAIPEI, Feb 10 - The Taiwan dollar firmed again on Tuesday.\n"
				"It rose three Taiwan cents against the U.S. dollar. It closed\n"
				"at 29.40.\n";
	static const char u[] = "date: 1988-02-10\nCURRENCIES\n\n"
				"    SEOUL, Feb 10 - The central bank fixed the won at a high of\n"
				"812.50 today, officials said.\n";
	static const char v[] = "date: 1988-02-10\nOUTLOOK\n\n"
				"    TOKYO, Feb 10 - The institute put the average yen/dollar rate\n"
				"at 128 yen in 1988, it said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "0.7150 U.S. dlrs");
	assert_string_equal(cl.reporter, "");
	cl = get(s, "1988-02-10", "3.1 billion dlrs");
	assert_who(&cl, "export", "AU", "WORLD");
	cl = get(t, "1988-02-10", "three Taiwan cents");
	assert_string_equal(cl.reporter, "");
	cl = get(t, "1988-02-10", "29.40");
	assert_string_equal(cl.reporter, "");
	cl = get(u, "1988-02-10", "812.50");
	assert_string_equal(cl.reporter, "");
	cl = get(v, "1988-02-10", "128 yen");
	assert_string_equal(cl.reporter, "");
}

/* An amount with a scale word stays an amount: "sold 400 mln dlrs to
 * support the dollar" is the central bank's, and a price of goods ("120
 * dlrs a tonne") is no currency's. */
static void test_subject4_amount_is_no_currency_price(void **state)
{
	static const char s[] = "date: 1988-02-10\nCURRENCIES\n\n"
				"    TOKYO, Feb 10 - The dollar fell today and the Bank of Japan\n"
				"bought 400 mln dlrs to support it, dealers said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "400 mln dlrs");
	assert_string_equal(cl.reporter, "JP");
}

/* The possessive of a name of two words ("South Africa's", "Hong Kong's",
 * "Sri Lanka's", "the EC's") and "E.C." with points name the economy, not
 * the dateline's. */
static void test_subject4_two_word_possessive(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    WASHINGTON, Feb 10 - The department put South Africa's maize\n"
				"exports at 1.9 mln tonnes. It said Hong Kong's rice imports rose\n"
				"to 310,000 tonnes, Sri Lanka's tea exports to 205,000 tonnes\n"
				"and the EC's barley exports to 8.4 mln tonnes.\n"
				"    E.C. wheat exports are seen at 15.5 mln tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "1.9 mln tonnes");
	assert_who(&cl, "export", "ZA", "WORLD");
	cl = get(s, "1988-02-10", "310,000 tonnes");
	assert_who(&cl, "import", "HK", "WORLD");
	cl = get(s, "1988-02-10", "15.5 mln tonnes");
	assert_who(&cl, "export", "EU", "WORLD");
}

/* A partner named but not known is no total over all partners: "to
 * unknown destinations", "optional origin", "to third countries", a
 * "tender for the import of", a price; a total with no partner named stays
 * WORLD. */
static void test_subject4_unknown_partner_is_not_world(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    WASHINGTON, Feb 10 - Exporters reported sales of 61,000 tonnes\n"
				"of sorghum to unknown destinations, the department said.\n"
				"    Morocco bought 90,000 tonnes of optional origin durum wheat.\n"
				"    Argentina's maize exports were 410,000 tonnes in January, of\n"
				"which 120,000 tonnes went to third countries.\n"
				"    Chile opened a tender for the import of 45,000 tonnes of\n"
				"maize. Its average wheat import price was 96 dlrs a tonne.\n"
				"    Brazil's soybean exports rose to 1.2 mln tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "61,000 tonnes");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-02-10", "90,000 tonnes");
	assert_who(&cl, "import", "MA", "");
	cl = get(s, "1988-02-10", "120,000 tonnes");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-02-10", "45,000 tonnes");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-02-10", "96 dlrs");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-02-10", "1.2 mln tonnes");
	assert_who(&cl, "export", "BR", "WORLD");
}

/* Export licences and rebates of a tender are for destinations it does
 * not name; import licences are of all imports. */
static void test_subject4_export_licences(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    PARIS, Feb 10 - Traders said Italian houses asked for licences\n"
				"to export 85,000 tonnes of durum wheat at the weekly tender.\n"
				"    Import licences for 310,000 tonnes of manioc were issued in\n"
				"January, officials said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "85,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-02-10", "310,000 tonnes");
	assert_string_equal(cl.partner, "WORLD");
}

/* A deal stated with both sides gives its partner to the sentences after
 * it that tell of the same deal without one: the buyer's ("Chile bought
 * 20,000 tonnes from a trading house"; the seller's, turned round, the
 * same way); not a sentence that names its own partner or a third
 * country. */
static void test_subject4_deal_partner_carried(void **state)
{
	static const char s[] = "date: 1988-02-10\nGRAIN\n\n"
				"    SANTIAGO, Feb 10 - Chile bought 60,000 tonnes of Argentine\n"
				"wheat at its tender, traders said.\n"
				"    For April delivery, Chile bought 20,000 tonnes from a trading\n"
				"house at 92 dlrs a tonne.\n";
	static const char t[] = "date: 1988-02-10\nGRAIN\n\n"
				"    PARIS, Feb 10 - Portugal bought 40,000 tonnes of French\n"
				"barley at a tender, traders said.\n"
				"    France sold 300,000 tonnes of barley to Morocco last season.\n";
	static const char u[] = "date: 1988-02-10\nGRAIN\n\n"
				"    PARIS, Feb 10 - Portugal bought 40,000 tonnes of French\n"
				"barley at a tender, traders said.\n"
				"    Spain also bought 30,000 tonnes for March delivery.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "20,000 tonnes");
	assert_who(&cl, "import", "CL", "AR");
	cl = get(t, "1988-02-10", "300,000 tonnes");
	assert_who(&cl, "export", "FR", "MA");
	cl = get(u, "1988-02-10", "30,000 tonnes");
	assert_string_equal(cl.partner, "WORLD");	/* Spain's: another deal */
}

/* A headline writes the goods' origin with no "of": "PERU BUYS 30,000
 * TONNES ARGENTINE WHEAT"; a lower-case word after "tonnes" is none. */
static void test_subject4_title_origin(void **state)
{
	static const char s[] = "date: 1988-02-10\nPERU BUYS 30,000 TONNES ARGENTINE WHEAT\n\n"
				"    LIMA, Feb 10 - Peru bought wheat at its tender, traders said.\n"
				"    Ecuador bought 40,000 tonnes by tender, they said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "30,000 TONNES");
	assert_who(&cl, "import", "PE", "AR");
	cl = get(s, "1988-02-10", "40,000 tonnes");
	assert_string_equal(cl.reporter, "EC");	/* "by tender": no origin */
}

/* A quote that names the balance with one partner, then a sentence with
 * its figure and no partner: the same bilateral balance (inferred); with
 * "overall", or after a sentence with figures of its own, the total. */
static void test_subject4_quoted_balance_partner(void **state)
{
	static const char s[] = "date: 1988-02-10\nTRADE\n\n"
				"    SEOUL, Feb 10 - \"We must cut our trade surplus with Japan,\"\n"
				"the minister said.\n"
				"    South Korea's trade surplus rose to 2.2 billion dlrs last year.\n";
	static const char t[] = "date: 1988-02-10\nTRADE\n\n"
				"    SEOUL, Feb 10 - \"We must cut our trade surplus with Japan,\"\n"
				"the minister said.\n"
				"    South Korea's overall trade surplus rose to 7.7 billion dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-02-10", "2.2 billion dlrs");
	assert_who(&cl, "trade", "KR", "JP");
	assert_int_equal(cl.partner_src, SOURCE_INFERRED);
	cl = get(t, "1988-02-10", "7.7 billion dlrs");
	assert_who(&cl, "trade", "KR", "WORLD");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject4_currency_price_has_no_reporter),
		cmocka_unit_test(test_subject4_amount_is_no_currency_price),
		cmocka_unit_test(test_subject4_two_word_possessive),
		cmocka_unit_test(test_subject4_unknown_partner_is_not_world),
		cmocka_unit_test(test_subject4_export_licences),
		cmocka_unit_test(test_subject4_deal_partner_carried),
		cmocka_unit_test(test_subject4_title_origin),
		cmocka_unit_test(test_subject4_quoted_balance_partner),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
