/*
 * test_subject.c - who a figure belongs to (issue 13, the subject branch):
 * reporter, partner and flow of constructions the context tests do not
 * cover. Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* The Soviet Union of 1980s copy is SU, whichever way it is written, and a
 * buyer named before "bought" is the importer, whatever the dateline. */
static void test_subject_soviet_union(void **state)
{
	static const char s[] = "date: 1987-03-01\nGRAIN\n\n"
				"    WASHINGTON, March 1 - The Soviet Union bought 3 mln tonnes of\n"
				"maize this season. The USSR bought 2 mln tonnes of barley.\n\n"
				"    Soviet wheat imports were 9 mln tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-01", "3 mln tonnes");
	assert_who(&cl, "import", "SU", "WORLD");
	cl = get(s, "1987-03-01", "2 mln tonnes");
	assert_who(&cl, "import", "SU", "WORLD");
	cl = get(s, "1987-03-01", "9 mln tonnes");
	assert_who(&cl, "import", "SU", "WORLD");
}

/* A market's figures (a currency priced in another, its change, futures
 * volumes, a share index) are no economy's statistic: no reporter, even
 * from the dateline; a price index and the money of a national figure
 * keep theirs. */
static void test_subject_market_figures_have_no_reporter(void **state)
{
	static const char s[] = "date: 1987-04-03\nMARKETS\n\n"
				"    FRANKFURT, April 3 - The dollar closed at 1.8120 marks, and\n"
				"the Swiss franc eased to 120.10 marks per 100.\n\n"
				"    Sterling gained 1.5 pct on the day. Cocoa futures volume rose\n"
				"to 41,000 tonnes. The share index fell 2 pct.\n\n"
				"    The consumer price index rose 0.3 pct. Reserves were 80\n"
				"billion marks, and the central bank sold 2 billion marks to\n"
				"support the mark.\n";
	struct claim cl;

	(void)state;
	assert_string_equal(get(s, "1987-04-03", "1.8120 marks").reporter, "");
	assert_string_equal(get(s, "1987-04-03", "120.10 marks").reporter, "");
	assert_string_equal(get(s, "1987-04-03", "1.5 pct").reporter, "");
	assert_string_equal(get(s, "1987-04-03", "41,000 tonnes").reporter, "");
	assert_string_equal(get(s, "1987-04-03", "2 pct").reporter, "");
	cl = get(s, "1987-04-03", "0.3 pct");
	assert_string_equal(cl.reporter, "DE");
	cl = get(s, "1987-04-03", "80\nbillion marks");
	assert_string_equal(cl.reporter, "DE");
	cl = get(s, "1987-04-03", "2 billion marks");
	assert_string_equal(cl.reporter, "DE");
	/* a market in the currency of the figure */
	cl = get("date: 1987-04-03\nX\n\n    TOKYO, April 3 - Dealers said yen deposits held\n"
		 "abroad reached 9,000 billion yen.\n", "1987-04-03", "9,000 billion yen");
	assert_string_equal(cl.reporter, "");
}

/* A flow noun right before its verb is the subject, wherever the clause
 * starts ("Customs data showed imports rose", "In 1990 exports totalled");
 * "the rise in imports" names the flow; "its exports" alone does not. */
static void test_subject_flow_noun_before_its_verb(void **state)
{
	static const char s[] = "date: 1991-03-20\nTRADE\n\n"
				"    OTTAWA, March 20 - Customs data showed imports rose in\n"
				"February to 9.4 billion dlrs. In 1990 exports totalled 120 billion\n"
				"dlrs. Officials welcomed the fall in imports to 8.1 billion dlrs\n"
				"in January.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-03-20", "9.4 billion dlrs");
	assert_who(&cl, "import", "CA", "WORLD");
	cl = get(s, "1991-03-20", "120 billion\ndlrs");
	assert_who(&cl, "export", "CA", "WORLD");
	cl = get(s, "1991-03-20", "8.1 billion dlrs");
	assert_who(&cl, "import", "CA", "WORLD");
	cl = get("date: 1991-03-20\nX\n\nThe firm said its exports rose to 9 mln dlrs.",
		 "1991-03-20", "9 mln dlrs");
	assert_string_equal(cl.flow, "");
}

/* An agency of one country reporting another's statistic: the possessive
 * names whose it is ("the U.S. Agriculture Department put Canada's oats
 * crop at"), and that subject carries through its paragraph ("It put
 * ..."). */
static void test_subject_possessive_over_the_agency(void **state)
{
	static const char s[] = "date: 1988-05-10\nCROPS\n\n"
				"    WASHINGTON, May 10 - The U.S. Agriculture Department put\n"
				"Canada's oats crop at 3.1 mln tonnes. It put last season's crop\n"
				"at 2.9 mln tonnes.\n\n"
				"    Stocks were 14 mln tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-10", "3.1 mln tonnes");
	assert_string_equal(cl.reporter, "CA");
	cl = get(s, "1988-05-10", "2.9 mln tonnes");
	assert_string_equal(cl.reporter, "CA");
	cl = get(s, "1988-05-10", "14 mln tonnes");	/* the lead's, over the dateline's */
	assert_string_equal(cl.reporter, "CA");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
}

/* A balance whose figure comes long after it, past its partner and a
 * period ("surplus with Canada grew in the first nine months of this year
 * to"), and "a N billion franc annual surplus". */
static void test_subject_balance_far_and_annual(void **state)
{
	static const char s[] = "date: 1989-11-02\nTRADE\n\n"
				"    Mexico's trade surplus with the United States grew in the\n"
				"first nine months of this year to 3.4 billion dlrs. Economists\n"
				"expect a 4 billion dlr annual surplus next year.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1989-11-02", "3.4 billion dlrs");
	assert_who(&cl, "trade", "MX", "US");
	assert_string_equal(measure_name(cl.measure), "balance");
	cl = get(s, "1989-11-02", "4 billion dlr");
	assert_who(&cl, "trade", "MX", "WORLD");
}

/* Verbs of trade: the buyer imports, the seller exports, past auxiliaries
 * ("has already bought"); a sale with its buyer named needs no seller in
 * the sentence (the story's); an importer's goods of a named origin have
 * that origin as partner. */
static void test_subject_verbs_of_trade(void **state)
{
	static const char s[] = "date: 1987-06-01\nGRAIN\n\n"
				"    OTTAWA, June 1 - Egypt has already bought 400,000 tonnes of\n"
				"barley this season.\n\n"
				"    The Wheat Board said stocks were 9 mln tonnes, and it plans\n"
				"next month to sell 500,000 tonnes to Peru.\n"
				"Algeria has added 60,000 tonnes of French wheat to its purchases.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-06-01", "400,000 tonnes");
	assert_who(&cl, "import", "EG", "WORLD");
	cl = get(s, "1987-06-01", "500,000 tonnes");
	assert_who(&cl, "export", "CA", "PE");
	cl = get(s, "1987-06-01", "60,000 tonnes");
	assert_who(&cl, "import", "DZ", "FR");
}

/* Wiesbaden, seat of the Federal Statistics Office, and the Office itself
 * give Germany as the default reporter; a current account is against all
 * partners. */
static void test_subject_wiesbaden_and_the_federal_office(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("date: 1988-02-10\nX\n\n    WIESBADEN, Feb 10 - The current account surplus\n"
		 "widened to 6.1 billion marks in December.\n", "1988-02-10", "6.1 billion marks");
	assert_string_equal(cl.reporter, "DE");
	assert_string_equal(cl.partner, "WORLD");
	cl = get("date: 1988-02-10\nX\n\n    The Federal Statistics Office said imports rose\n"
		 "to 35 billion marks in December.\n", "1988-02-10", "35 billion marks");
	assert_who(&cl, "import", "DE", "WORLD");
}

/* A lead that states whose figures the story reports (a Washington story
 * on China's crop) gives that reporter to the paragraphs after it, over
 * the dateline; "The EU" is the EU, not the euro area a lead named. */
static void test_subject_lead_states_the_story_reporter(void **state)
{
	static const char s[] = "date: 1988-03-27\nCROP\n\n"
				"WASHINGTON, March 27 - Frost cut China's rice crop to 170 mln\n"
				"tonnes, an agricultural attache said in a report.\n"
				"    The report said imports next season are projected at 1.1 mln\n"
				"tonnes.\n";
	static const char e[] = "date: 2026-09-16\nX\n\n"
				"BRUSSELS, Sept 16 - The euro area recorded a EUR 9.1 bn surplus\n"
				"in July.\n"
				"    The EU recorded a EUR 4.2 bn surplus in July.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-27", "1.1 mln\ntonnes");
	assert_who(&cl, "import", "CN", "WORLD");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
	cl = get(e, "2026-09-16", "EUR 9.1 bn");
	assert_string_equal(cl.reporter, "EA");
	cl = get(e, "2026-09-16", "EUR 4.2 bn");
	assert_string_equal(cl.reporter, "EU");
	assert_int_equal(cl.reporter_src, SOURCE_STATED);
}

/* What exports earn is an export ("cocoa earnings", "export earnings"),
 * and so is an exportable surplus; a company's earnings are no economy's. */
static void test_subject_export_earnings(void **state)
{
	static const char s[] = "date: 1989-07-04\nX\n\n"
				"    ACCRA, July 4 - Cocoa earnings fell to 310 mln dlrs in June.\n"
				"Ghana may have an exportable surplus of 40,000 tonnes of maize.\n"
				"The company's earnings rose to 5 mln dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1989-07-04", "310 mln dlrs");
	assert_who(&cl, "export", "GH", "WORLD");
	assert_string_equal(cl.commodity, "cocoa");
	cl = get(s, "1989-07-04", "40,000 tonnes");
	assert_who(&cl, "export", "GH", "WORLD");
	cl = get(s, "1989-07-04", "5 mln dlrs");
	assert_who(&cl, "", "", "");
}

/* "export sources said": people who speak, not a flow of the clause. */
static void test_subject_export_sources_are_no_flow(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("date: 1989-07-04\nX\n\n    Jordan will buy 50,000 tonnes of\n"
		 "barley, 12 pct moisture, private export sources said.\n", "1989-07-04",
		 "12 pct");
	assert_string_equal(cl.flow, "");
}

/* A country named as a balance's partner is never another balance's
 * reporter: "its 2.2 billion dlr deficit with Japan" is not Japan's. */
static void test_subject_balance_partner_is_no_reporter(void **state)
{
	static const char s[] = "date: 1989-07-04\nX\n\n"
				"    SEOUL, July 4 - The minister said the cuts would reduce the\n"
				"4.1 billion dlr surplus with France and its 2.2 billion dlr\n"
				"deficit with Japan.\n";
	static const char p[] = "date: 1989-07-04\nX\n\n"
				"    SEOUL, July 4 - The minister said purchases would cut the\n"
				"4.1 billion dlr surplus with France.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1989-07-04", "2.2 billion dlr");
	assert_who(&cl, "trade", "KR", "JP");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
	cl = get(s, "1989-07-04", "4.1 billion dlr");
	assert_who(&cl, "trade", "KR", "FR");
	/* a reporter the sentence's flow only inferred stays inferred */
	cl = get(p, "1989-07-04", "4.1 billion dlr");
	assert_who(&cl, "trade", "KR", "FR");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
}

/* A table's rows take the flow its lead states ("Imports of the
 * following goods, in thousand tonnes --"), inferred, each row its own
 * goods; prose after the table does not. */
static void test_subject_table_rows_take_the_lead(void **state)
{
	static const char s[] = "date: 1990-05-02\nX\n\n"
				"    OTTAWA, May 2 - Imports of the following goods in April,\n"
				"in thousand tonnes --\n"
				"               April     March\n"
				" Barley        112.5     98.1\n"
				" Oats           41.0     39.7\n\n"
				"    Officials said the harvest in the west was expected to be\n"
				"late this year because of the cold spring, and put it at 9.1 mln\n"
				"tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-05-02", "112.5");
	assert_who(&cl, "import", "CA", "WORLD");
	assert_int_equal(cl.flow_src, SOURCE_INFERRED);
	cl = get(s, "1990-05-02", "39.7");
	assert_who(&cl, "import", "CA", "WORLD");
	cl = get(s, "1990-05-02", "9.1 mln\ntonnes");
	assert_string_equal(cl.flow, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject_soviet_union),
		cmocka_unit_test(test_subject_market_figures_have_no_reporter),
		cmocka_unit_test(test_subject_flow_noun_before_its_verb),
		cmocka_unit_test(test_subject_possessive_over_the_agency),
		cmocka_unit_test(test_subject_balance_far_and_annual),
		cmocka_unit_test(test_subject_verbs_of_trade),
		cmocka_unit_test(test_subject_wiesbaden_and_the_federal_office),
		cmocka_unit_test(test_subject_lead_states_the_story_reporter),
		cmocka_unit_test(test_subject_export_earnings),
		cmocka_unit_test(test_subject_export_sources_are_no_flow),
		cmocka_unit_test(test_subject_balance_partner_is_no_reporter),
		cmocka_unit_test(test_subject_table_rows_take_the_lead),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
