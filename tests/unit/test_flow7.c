/*
 * test_flow7.c - flows and commodities of issue 13's seventh round (branch
 * flow7). Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* The flow noun of the figure's own phrase after it ("N in exports", "N
 * pct for imports") governs the figure (src/parse/flow_own.c); the phrase's
 * partner after "to"/"from"; a later clause's noun ("in 1986 while
 * imports") or a noun that modifies another ("in export credits", "in
 * trade sanctions") does not. */
static void test_flow7_flow_noun_after_the_figure(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE MISSION\n\n"
				"    OSLO, May 4 - The strike cost Norway about 900 mln crowns in\n"
				"exports last month, the ministry said.\n"
				"    Trade with Sweden in 1987 rose 14 pct for exports and 12 pct for\n"
				"imports in crown terms, but fell three pct for exports in dollar terms.\n"
				"    The mission hopes for 300 mln crowns in new purchases from\n"
				"Danish firms.\n"
				"    The country paid 150 mln crowns for export credits.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "900 mln crowns");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "NO");
	cl = get(s, "1988-05-04", "14 pct");
	assert_who(&cl, "export", "NO", "SE");
	cl = get(s, "1988-05-04", "12 pct");
	assert_who(&cl, "import", "NO", "SE");
	cl = get(s, "1988-05-04", "300 mln crowns");
	assert_who(&cl, "import", "NO", "DK");
	cl = get(s, "1988-05-04", "150 mln crowns");
	assert_string_equal(cl.flow, "");
}

/* What a flow pays or is paid per unit ("a maximum export rebate of N
 * Ecus per tonne", "an oil import price rising to N dlrs a barrel") is of
 * that flow, of no one partner (src/parse/flow_own.c); a total spent on
 * subsidies (a scale word) or a price with no flow named is not. */
static void test_flow7_price_of_a_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nGRAIN\n\n"
				"    PARIS, May 4 - The European Community Commission granted licences\n"
				"for 20,000 tonnes of French barley at a maximum export rebate of\n"
				"131.25 European currency units (Ecus) per tonne, traders said.\n"
				"    The budget assumed an average oil import price rising to 19.5\n"
				"dlrs a barrel next year.\n"
				"    The Community spent 1.2 billion Ecus on export subsidies last year.\n"
				"    Barley traded at 25 dlrs a tonne on the local market.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "131.25 European currency units");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.partner, "");
	assert_string_equal(cl.commodity, "barley");
	cl = get(s, "1988-05-04", "19.5\ndlrs");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "");
	assert_string_equal(cl.commodity, "oil");
	cl = get(s, "1988-05-04", "1.2 billion Ecus");
	assert_string_equal(cl.flow, "");
	cl = get(s, "1988-05-04", "25 dlrs");
	assert_string_equal(cl.flow, "");
}

/* A share of an amount with its own flow phrase ("six pct of Chile's 8.2
 * billion dlrs in exports") is of that flow, the economy named in the "of"
 * phrase its reporter (src/parse/flow_own.c); a share of an amount with no
 * flow phrase is not. */
static void test_flow7_share_of_an_amount_in_a_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nBARTER\n\n"
				"    LIMA, May 4 - Barter deals made up only six pct of Chile's\n"
				"8.2 billion dlrs in exports last year, officials said.\n"
				"    They also took less than four pct of the estimated 3.1 billion\n"
				"dlrs in trade with Peru.\n"
				"    Wages took 40 pct of the 2.5 billion dlrs in the budget.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "six pct");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "CL");
	cl = get(s, "1988-05-04", "four pct");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.partner, "PE");
	cl = get(s, "1988-05-04", "40 pct");
	assert_string_equal(cl.flow, "");
}

/* "They" opening a sentence with a verb of amount stands for the plural
 * flow noun the sentence before opens with (src/parse/flow_own.c); "They
 * said" (the dealers) does not. */
static void test_flow7_they_after_a_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nTHAI TRADE\n\n"
				"    BANGKOK, May 4 - Exports rose to 31.5 billion baht in April from\n"
				"29.8 billion in March, the bank said.\n"
				"    They were 27.1 billion in April 1987.\n"
				"    Dealers made heavy purchases of dollars in the market.\n"
				"    They said the bank sold about 40 mln dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "27.1 billion");
	assert_who(&cl, "export", "TH", "WORLD");
	assert_string_equal(cl.period, "1987-04");
	cl = get(s, "1988-05-04", "40 mln dlrs");
	assert_string_equal(cl.flow, "");
}

/* Money "in" goods or "dlrs' worth of" goods is of those goods
 * (src/parse/commodity.c, worth_of()); money "in bills" is of none. */
static void test_flow7_money_in_goods(void **state)
{
	static const char s[] = "date: 1988-05-04\nBARTER\n\n"
				"    AMMAN, May 4 - Jordan and Iraq will exchange 120 mln dlrs' worth\n"
				"of goods a year under the accord.\n"
				"    The decision affects only 250 mln dlrs in goods, officials said.\n"
				"    The bank sold 50 mln dlrs in bills.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "120 mln dlrs");
	assert_string_equal(cl.commodity, "goods");
	cl = get(s, "1988-05-04", "250 mln dlrs");
	assert_string_equal(cl.commodity, "goods");
	cl = get(s, "1988-05-04", "50 mln dlrs");
	assert_string_equal(cl.commodity, "");
}

/* A change noun right after a percentage makes its "in" phrase the
 * figure's own: its flow ("a 11.2 pct growth in imports") and its goods
 * ("a 65 pct increase in rice exports"), over the sentence's
 * (src/parse/flow_own.c, commodity.c change_in()). */
static void test_flow7_change_in_a_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nFARM TRADE\n\n"
				"    MANILA, May 4 - The plan targets a 9.5 pct average annual growth\n"
				"in exports and a 11.2 pct growth in imports.\n"
				"    The loan program led to a 200 pct increase in U.S. cotton exports\n"
				"and a 65 pct increase in rice exports, the senator said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "9.5 pct");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1988-05-04", "11.2 pct");
	assert_string_equal(cl.flow, "import");
	cl = get(s, "1988-05-04", "200 pct");
	assert_string_equal(cl.commodity, "cotton");
	cl = get(s, "1988-05-04", "65 pct");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.commodity, "rice");
}

/* A label before a colon governs the figures after it, up to the next
 * label, even when the wire breaks the line after the colon
 * (src/parse/flow_own.c). */
static void test_flow7_label_before_a_colon(void **state)
{
	static const char s[] = "date: 2026-11-04\nCANADA TRADE\n\n"
				"    OTTAWA, Nov 4 - October, seasonally adjusted (change from\n"
				"September in brackets) - exports: C$64.1 billion (+C$0.4 billion);\n"
				"imports:\nC$65.0 billion (-C$0.9 billion).\n"
				"    Goods exports: C$55.2 billion; goods imports: C$56.8 billion.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-11-04", "C$64.1 billion");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "2026-11-04", "C$65.0 billion");
	assert_string_equal(cl.flow, "import");
	cl = get(s, "2026-11-04", "-C$0.9 billion");
	assert_string_equal(cl.flow, "import");
	cl = get(s, "2026-11-04", "C$56.8 billion");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.commodity, "goods");
}

/* The goods a flow noun of the figure's own later clause is "of" are the
 * figure's over the sentence subject's ("...; exports of sunflower oil
 * rose 4%"), the last such noun before the figure ("imports of textiles
 * grew 20 pct and imports of apparel grew 11 pct"); a commodity keeps the
 * spelling written ("fertilizer", "fertiliser"). */
static void test_flow7_goods_of_the_clause(void **state)
{
	static const char s[] = "date: 2027-03-03\nRUSSIA\n\n"
				"    MOSCOW, March 3 - Russian grain exports in 2026 fell to 52 mln t,\n"
				"of which about 20 mln t went to Egypt; exports of sunflower oil rose\n"
				"4% to a record of nearly 6 mln t.\n"
				"    Imports of textiles grew 20 pct and imports of apparel grew 11 pct.\n"
				"    Exports of fertilizers rose to 9 mln t.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2027-03-03", "52 mln t");
	assert_string_equal(cl.commodity, "grain");
	cl = get(s, "2027-03-03", "4%");
	assert_string_equal(cl.commodity, "sunflower oil");
	cl = get(s, "2027-03-03", "6 mln t");
	assert_string_equal(cl.commodity, "sunflower oil");
	cl = get(s, "2027-03-03", "11 pct");
	assert_string_equal(cl.commodity, "apparel");
	cl = get(s, "2027-03-03", "9 mln t");
	assert_string_equal(cl.commodity, "fertilizer");
}

/* A plural flow noun is the subject of the verb giving the figure across
 * "which" or a parenthesis set off by a comma (src/parse/flow_own.c). */
static void test_flow7_subject_across_which(void **state)
{
	static const char s[] = "date: 1988-05-04\nCHILE\n\n"
				"    SANTIAGO, May 4 - Officials noted a rising trend in imports which\n"
				"totalled 610 mln dlrs in April.\n"
				"    In the first four months exports, excluding copper and fruit\n"
				"totalled, 1.2 billion dlrs.\n"
				"    Officials said the central bank which reached 300 mln dlrs in\n"
				"reserves was calm.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "610 mln dlrs");
	assert_who(&cl, "import", "CL", "WORLD");
	cl = get(s, "1988-05-04", "1.2 billion dlrs");
	assert_who(&cl, "export", "CL", "WORLD");
	cl = get(s, "1988-05-04", "300 mln dlrs");
	assert_string_equal(cl.flow, "");
}

/* "a N pct share of imports" is a share of that flow, as "N pct of
 * imports" (src/parse/flow.c, share_noun()). */
static void test_flow7_share_of_a_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nSHARES\n\n"
				"    TOKYO, May 4 - U.S. makers won a 10 pct share of imports last\n"
				"year.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "10 pct");
	assert_who(&cl, "import", "JP", "US");
}

/* A bare rebate takes the flow its sentence names before it ("granted
 * export licences for ... at a maximum rebate of"), and a price in ECUs is
 * the EC's whatever the dateline (src/parse/flow_own.c). */
static void test_flow7_bare_rebate(void **state)
{
	static const char s[] = "date: 1988-05-04\nEC GRAIN\n\n"
				"    LONDON, May 4 - The EC Commission granted export licences for\n"
				"45,000 tonnes of barley at a maximum rebate of 128.50 Ecus per\n"
				"tonne, traders said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "128.50 Ecus");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "EU");
	assert_string_equal(cl.partner, "");
}

/* "cross-border trade", like "two-way trade", is trade between the two
 * countries the sentence names (src/parse/subject_trade.c). */
static void test_flow7_cross_border_trade(void **state)
{
	static const char s[] = "date: 1991-02-04\nTALKS\n\n"
				"    OTTAWA, Feb 4 - Canada and Mexico, whose cross-border trade\n"
				"reached 60 billion dlrs in 1990, met on Monday.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-02-04", "60 billion dlrs");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.reporter, "CA");
	assert_string_equal(cl.partner, "MX");
}

/* An earlier value "against" the figure before shares the flow that
 * figure's verb gives ("imports which amounted to X against Y";
 * src/parse/flow_own.c verb_subject). */
static void test_flow7_earlier_value_against_shares_the_flow(void **state)
{
	static const char s[] = "date: 1991-02-04\nTALKS\n\n"
				"    LIMA, Feb 4 - Officials noted a recovery in imports which amounted\n"
				"to 900 mln dlrs against 750 mln a year earlier, the bank said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-02-04", "900 mln dlrs");
	assert_string_equal(cl.flow, "import");
	cl = get(s, "1991-02-04", "750 mln");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "WORLD");
}

/* A flow that opens a clause after a semicolon switches the flow, as one
 * after a comma does ("exports rose 2 pct; imports fell 4 pct";
 * src/parse/subject_switch.c). */
static void test_flow7_flow_after_a_semicolon(void **state)
{
	static const char s[] = "date: 1991-02-04\nTRADE\n\n"
				"    LIMA, Feb 4 - Peru's exports rose 2 pct in January; imports\n"
				"fell 4 pct, the central bank said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1991-02-04", "2 pct");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1991-02-04", "4 pct");
	assert_string_equal(cl.flow, "import");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flow7_flow_noun_after_the_figure),
		cmocka_unit_test(test_flow7_price_of_a_flow),
		cmocka_unit_test(test_flow7_share_of_an_amount_in_a_flow),
		cmocka_unit_test(test_flow7_they_after_a_flow),
		cmocka_unit_test(test_flow7_money_in_goods),
		cmocka_unit_test(test_flow7_change_in_a_flow),
		cmocka_unit_test(test_flow7_label_before_a_colon),
		cmocka_unit_test(test_flow7_goods_of_the_clause),
		cmocka_unit_test(test_flow7_subject_across_which),
		cmocka_unit_test(test_flow7_share_of_a_flow),
		cmocka_unit_test(test_flow7_bare_rebate),
		cmocka_unit_test(test_flow7_cross_border_trade),
		cmocka_unit_test(test_flow7_earlier_value_against_shares_the_flow),
		cmocka_unit_test(test_flow7_flow_after_a_semicolon),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
