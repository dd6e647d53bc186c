/*
 * test_flow4.c - flows named by what a figure is part of (src/parse/flow.c,
 * issue 13's fifth round, branch flow4): a share of a flow ("28 pct of
 * Dutch exports"), a tariff or duty ("a 25 pct duty on U.S. steel
 * imports"), a buyer's commitments in an export sales report, and the
 * direction of a change against a dated value ("18 pct above March
 * 1986's"), each a construction of wire stories read in the free pool. Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "N pct of [Irish beef] exports": the share has the flow of the noun it
 * is part of, the economy among its modifiers, and the taker named before
 * it as the partner; its commodity from the modifiers. */
static void test_flow4_share_of_a_flow(void **state)
{
	static const char s[] = "date: 1988-03-02\nBEEF\n\n"
				"    DUBLIN, March 2 - Britain took 18 pct of Irish beef exports\n"
				"last year, the board said.\n\n"
				"    The U.S. supplied 35 pct of Egyptian wheat imports in 1987,\n"
				"officials said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "18 pct");
	assert_string_equal(cl.measure == MEASURE_SHARE ? "share" : "other", "share");
	assert_who(&cl, "export", "IE", "GB");
	assert_string_equal(cl.commodity, "beef");
	cl = get(s, "1988-03-02", "35 pct");
	assert_who(&cl, "import", "EG", "US");
	assert_string_equal(cl.commodity, "wheat");
}

/* A share of "total exports" is of all partners; "exports to Japan" names
 * its partner; a share of no flow noun ("its trade weighted index", "of
 * export credits") stays without a flow. */
static void test_flow4_share_total_and_partner(void **state)
{
	static const char s[] = "date: 1988-03-02\nCOFFEE\n\n"
				"    BOGOTA, March 2 - Coffee, Colombia's main crop, will account for\n"
				"about 40 pct of total exports this year, planners said.\n\n"
				"    Chile sends 22 pct of its exports to Japan, the bank said.\n\n"
				"    Sterling stood at 71.5 pct of its trade weighted index.\n\n"
				"    Banks covered 60 pct of export credits, it said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "40 pct");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.partner, "WORLD");
	cl = get(s, "1988-03-02", "22 pct");
	assert_who(&cl, "export", "CL", "JP");
	cl = get(s, "1988-03-02", "71.5 pct");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-03-02", "60 pct");
	assert_string_equal(cl.flow, "");
}

/* A tariff or duty is on the imposer's imports from the goods' country:
 * "a 25 pct duty on U.S. steel imports", "tariffs of up to 200 mln dlrs
 * on American corn gluten", "100 pct tariffs on 50 mln dlrs worth of
 * Brazilian shoes" (both figures); the imposer named right before the
 * noun ("EC duties") wins over the sentence's first country. */
static void test_flow4_tariff_is_the_imposers_import(void **state)
{
	static const char s[] = "date: 1988-03-02\nTRADE\n\n"
				"    OTTAWA, March 2 - Canada said it would impose a 25 pct duty on\n"
				"U.S. steel imports from May.\n\n"
				"    The European Community threatened tariffs of up to 200 mln dlrs\n"
				"on American corn gluten, diplomats said.\n\n"
				"    Washington will put 100 pct tariffs on 50 mln dlrs worth of\n"
				"Brazilian shoes.\n\n"
				"    Spain fears 75 mln dlrs in EC duties on Moroccan tomatoes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "25 pct");
	assert_who(&cl, "import", "CA", "US");
	assert_string_equal(cl.commodity, "steel");
	cl = get(s, "1988-03-02", "200 mln dlrs");
	assert_who(&cl, "import", "EU", "US");
	cl = get(s, "1988-03-02", "100 pct");
	assert_who(&cl, "import", "US", "BR");
	cl = get(s, "1988-03-02", "50 mln dlrs");
	assert_who(&cl, "import", "US", "BR");
	cl = get(s, "1988-03-02", "75 mln dlrs");
	assert_who(&cl, "import", "EU", "MA");
}

/* An export duty falls on the imposer's exports; a figure whose tariff is
 * no trade tariff ("a 0.5 pct lower tariff for special advances") gets no
 * flow; and a flow that is the clause's own subject after the word
 * ("Despite tariffs, imports of cloth grew 12 pct") stays that flow. */
static void test_flow4_export_duty_and_no_trade_tariff(void **state)
{
	static const char s[] = "date: 1988-03-02\nPALM OIL\n\n"
				"    JAKARTA, March 2 - Indonesia set an export duty of 20 pct on\n"
				"crude palm oil, traders said.\n\n"
				"    The central bank set a 0.5 pct lower tariff for special\n"
				"advances.\n\n"
				"    Despite tariffs, Indonesian imports of cloth grew 12 pct in 1987.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "20 pct");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "ID");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-03-02", "0.5 pct");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-03-02", "12 pct");
	assert_who(&cl, "import", "ID", "WORLD");
}

/* A buyer's commitments in an export sales report are its imports from
 * the reporting seller (the dateline's country); "export commitments" are
 * the seller's exports; commitments with no holder named before them
 * ("Commitments for foreign loans") give no flow. */
static void test_flow4_commitments(void **state)
{
	static const char s[] = "date: 1988-05-04\nGRAIN\n\n"
				"    WASHINGTON, May 4 - Egypt has outstanding wheat commitments\n"
				"for the 1987/88 season of 120,000 tonnes and 80,000 tonnes for\n"
				"1988/89, the U.S. Agriculture Department said.\n\n"
				"    The U.S. has export commitments of 90,000 tonnes of rice.\n\n"
				"    Commitments for foreign loans total 2.5 billion dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "120,000 tonnes");
	assert_who(&cl, "import", "EG", "US");
	assert_string_equal(cl.commodity, "wheat");
	cl = get(s, "1988-05-04", "80,000 tonnes");
	assert_who(&cl, "import", "EG", "US");
	cl = get(s, "1988-05-04", "90,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "US");
	cl = get(s, "1988-05-04", "2.5 billion dlrs");
	assert_string_equal(cl.flow, "");
}

/* "were 18 pct above March 1986's 410 mln dlrs": a change against a dated
 * earlier value, up after "above" whatever fell earlier in the sentence;
 * "9 pct below 1985 levels" down. */
static void test_flow4_above_a_dated_value(void **state)
{
	static const char s[] = "date: 1987-04-20\nCOFFEE\n\n"
				"    BOGOTA, April 20 - Coffee exports fell 3.2 pct in March but\n"
				"were 18 pct above March 1986's 410 mln dlrs, the institute said.\n"
				"Shipments were 9 pct below 1985 levels.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-04-20", "18 pct");
	assert_string_equal(cl.direction, "up");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1987-04-20", "9 pct");
	assert_string_equal(cl.direction, "down");
}

/* "imports of consumer goods", "exports of manufactured goods": a class
 * of goods keeps its head noun (not "consumer"; a participle in -ed names
 * goods before "goods" or "products"). */
static void test_flow4_class_of_goods(void **state)
{
	static const char s[] = "date: 1988-03-02\nTRADE\n\n"
				"    OSLO, March 2 - Imports of consumer goods rose 4 pct in\n"
				"February. Exports of manufactured goods totalled 2.1 billion\n"
				"crowns.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "4 pct");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.commodity, "consumer goods");
	cl = get(s, "1988-03-02", "2.1 billion\ncrowns");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.commodity, "manufactured goods");
}

/* "visible trade" is trade in goods: its balance's commodity is goods,
 * before the balance word or after it ("a deficit in visible trade"). */
static void test_flow4_visible_trade_is_goods(void **state)
{
	static const char s[] = "date: 1988-03-02\nTRADE\n\n"
				"    LONDON, March 2 - Britain's visible trade deficit widened to\n"
				"1.1 billion stg in January. Analysts had expected a deficit in\n"
				"visible trade of about 900 mln stg.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "1.1 billion stg");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.commodity, "goods");
	cl = get(s, "1988-03-02", "900 mln stg");
	assert_string_equal(cl.commodity, "goods");
}

/* A bare deficit after a budget's (in its sentence or the one before) is
 * the budget's, no trade balance; after a trade deficit it stays trade. */
static void test_flow4_budget_deficit_is_no_trade(void **state)
{
	static const char s[] = "date: 1988-03-02\nBUDGET\n\n"
				"    WELLINGTON, March 2 - The budget deficit is forecast at 3.1\n"
				"billion dlrs in 1988/89.\n"
				"    This compares with the government's 1987/88 deficit figure of\n"
				"3.4 billion dlrs.\n";
	static const char t[] = "date: 1988-03-02\nTRADE\n\n"
				"    WELLINGTON, March 2 - The trade deficit is forecast at 3.1\n"
				"billion dlrs in 1988.\n"
				"    This compares with the 1987 deficit of 3.4 billion dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "3.4 billion dlrs");
	assert_string_equal(cl.flow, "");
	assert_string_equal(cl.partner, "");
	cl = get(t, "1988-03-02", "3.4 billion dlrs");
	assert_string_equal(cl.flow, "trade");
}

/* Whose flow a duty falls on: the imposer's own exports ("on its timber
 * exports"), the exports of the goods' country ("on exports of Greek
 * olive oil"), a possessive country's shipments as the partner of the
 * imposer's imports; a duty that names no goods keeps its sentence's
 * partner ("imports of goods such as Korean tyres, where it imposed"). */
static void test_flow4_whose_duty(void **state)
{
	static const char s[] = "date: 1988-03-02\nTRADE\n\n"
				"    OTTAWA, March 2 - Canada agreed to impose a 12 pct duty on its\n"
				"timber exports this year.\n\n"
				"    The Commission set a levy of 9 pct on exports of Greek olive oil.\n\n"
				"    Steel makers in Ohio want a 30 pct tariff on Brazil's shipments.\n\n"
				"    The EC has curbed imports of goods such as Korean tyres, where\n"
				"it imposed 18 pct anti-dumping duties.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "12 pct");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "CA");
	cl = get(s, "1988-03-02", "9 pct");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "GR");
	cl = get(s, "1988-03-02", "30 pct");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "BR");
	cl = get(s, "1988-03-02", "18 pct");
	assert_who(&cl, "import", "EU", "KR");
}

/* "80 pct of the imports": the imports just named, of their goods. */
static void test_flow4_share_of_the_imports(void **state)
{
	static const char s[] = "date: 1988-03-02\nSUGAR\n\n"
				"    MANILA, March 2 - The Philippines will import 150,000 tonnes of\n"
				"sugar this year.\n"
				"    About 60 pct of the imports will come from Thailand.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "60 pct");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.commodity, "sugar");
	assert_string_not_equal(cl.partner, "WORLD");	/* a part, not all partners */
}

/* An export bonus per tonne is paid on the export sale the story named
 * (its seller, buyer and goods); in a story of no export bonus, a bonus
 * is no trade figure. */
static void test_flow4_export_bonus(void **state)
{
	static const char s[] = "date: 1988-03-02\nBONUS\n\n"
				"    WASHINGTON, March 2 - The CCC accepted a bid for an export\n"
				"bonus to cover a sale of 25,000 tonnes of U.S. barley to Cyprus,\n"
				"the department said.\n"
				"    The bonus awarded was 38.10 dlrs per tonne.\n";
	static const char t[] = "date: 1988-03-02\nPAY\n\n"
				"    DETROIT, March 2 - The company sold 25,000 cars to Egypt.\n"
				"    The bonus awarded was 1,500 dlrs per worker.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-03-02", "38.10 dlrs");
	assert_who(&cl, "export", "US", "CY");
	assert_string_equal(cl.commodity, "barley");
	cl = get(t, "1988-03-02", "1,500 dlrs");
	assert_string_equal(cl.flow, "");
}

/* "12.5 per cent more than in the previous year": a change up against
 * the year before, the "in" before the base read through. */
static void test_flow4_more_than_in_the_previous_year(void **state)
{
	static const char s[] = "date: 1988-07-02\nTRADE\n\n"
				"    KARACHI, July 2 - Kenya's 1987/88 exports were 1.2 billion dlrs,\n"
				"12.5 per cent more than in the previous year, officials said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-07-02", "12.5 per cent");
	assert_string_equal(cl.direction, "up");
	assert_string_equal(measure_name(cl.measure), "change_yoy");
}

/* A quantity licensed in a story of import licences is imported, by the
 * country its sentence names; a licence in a story that names no import
 * or export licence gives no flow. */
static void test_flow4_licences(void **state)
{
	static const char s[] = "date: 1988-05-04\nCASSAVA\n\n"
				"    BONN, May 4 - Import licences for 310,000 tonnes of cassava have\n"
				"been issued since January, traders said.\n"
				"    Belgium has licensed a total of 95,000 tonnes, they said.\n";
	static const char t[] = "date: 1988-05-04\nRADIO\n\n"
				"    BONN, May 4 - Belgium has licensed a total of 95,000 tonnes of\n"
				"fishing quota to local boats.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "95,000 tonnes");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.reporter, "BE");
	cl = get(t, "1988-05-04", "95,000 tonnes");
	assert_string_equal(cl.flow, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flow4_share_of_a_flow),
		cmocka_unit_test(test_flow4_share_total_and_partner),
		cmocka_unit_test(test_flow4_tariff_is_the_imposers_import),
		cmocka_unit_test(test_flow4_export_duty_and_no_trade_tariff),
		cmocka_unit_test(test_flow4_commitments),
		cmocka_unit_test(test_flow4_above_a_dated_value),
		cmocka_unit_test(test_flow4_class_of_goods),
		cmocka_unit_test(test_flow4_visible_trade_is_goods),
		cmocka_unit_test(test_flow4_budget_deficit_is_no_trade),
		cmocka_unit_test(test_flow4_whose_duty),
		cmocka_unit_test(test_flow4_share_of_the_imports),
		cmocka_unit_test(test_flow4_export_bonus),
		cmocka_unit_test(test_flow4_more_than_in_the_previous_year),
		cmocka_unit_test(test_flow4_licences),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
