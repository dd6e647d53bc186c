/*
 * test_subject9.c - whose figure it is and with whom, issue 13's first
 * round of session 9 (branch subject9): exports "of goods from" an economy
 * "to the rest of the world" are that economy's, with all partners; the
 * economy a lead states by a flow noun holds for the paragraphs after it;
 * "while those to Sweden" is the same flow with another partner.
 * Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "Exports of <goods> from X to Y": X exports, Y (or the rest of the
 * world) takes them; "imports of <goods> from X" keep X the partner. */
static void test_subject9_exports_of_goods_from(void **state)
{
	static const char s[] = "date: 2026-03-12\nTRADE\n\n"
				"    PARIS, March 12 - Exports of machinery from the euro area to\n"
				"the rest of the world grew 4.2% in January.\n"
				"    Shipments of wine from Chile to Japan rose to 310 million dollars.\n"
				"    Imports of steel from Korea came to 55 million dollars.\n"
				"    Imports of goods such as Korean steel rose 3.5% in January.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-03-12", "4.2%");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "EA");	/* was FR */
	assert_string_equal(cl.partner, "WORLD");	/* was EA */
	cl = get(s, "2026-03-12", "310 million dollars");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "CL");
	assert_string_equal(cl.partner, "JP");
	cl = get(s, "2026-03-12", "55 million dollars");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "KR");
	cl = get(s, "2026-03-12", "3.5%");
	assert_string_equal(cl.partner, "KR");
	assert_string_equal(cl.commodity, "steel");
}

/* The economy whose flow the lead paragraph states by a flow noun is the
 * story's subject in the paragraphs after it, over the dateline's; a
 * buyer the lead names by a verb of a deal is not. */
static void test_subject9_lead_flow_carries(void **state)
{
	static const char s[] = "date: 2026-06-20\nTRADE\n\n"
				"    PARIS, June 20 - Exports of goods from the euro area rose 2.1% in May\n"
				"from a year earlier.\n"
				"    In May, shipments to Brazil, a growing market, rose 3.3%.\n"
				"    Seasonally adjusted, the balance improved to EUR 9.1 bn.\n";
	static const char d[] = "date: 1988-04-20\nCORN\n\n"
				"    MADRID, April 20 - Greece has agreed to buy 30,000 tonnes of\n"
				"corn, a trader said.\n"
				"    The company will also ship 6,000 tonnes of corn to Italy this month.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-06-20", "3.3%");
	assert_string_equal(cl.reporter, "EA");	/* was FR */
	assert_string_equal(cl.partner, "BR");
	cl = get(s, "2026-06-20", "EUR 9.1 bn");
	assert_string_equal(cl.reporter, "EA");	/* was FR */
	assert_string_equal(cl.partner, "WORLD");
	cl = get(d, "1988-04-20", "30,000 tonnes");
	assert_string_equal(cl.reporter, "GR");
	cl = get(d, "1988-04-20", "6,000 tonnes");
	assert_string_equal(cl.reporter, "ES");
	assert_string_equal(cl.partner, "IT");
}

/* "while those to <country>" after a flow: the same flow and reporter,
 * the new partner. */
static void test_subject9_those_to_another_partner(void **state)
{
	static const char s[] = "date: 2026-02-11\nTRADE\n\n"
				"    OSLO, Feb 11 - Exports to Germany fell 5.5% in January, while\n"
				"those to Sweden rose 1.7%.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-02-11", "5.5%");
	assert_who(&cl, "export", "NO", "DE");
	cl = get(s, "2026-02-11", "1.7%");
	assert_who(&cl, "export", "NO", "SE");	/* was DE */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject9_exports_of_goods_from),
		cmocka_unit_test(test_subject9_lead_flow_carries),
		cmocka_unit_test(test_subject9_those_to_another_partner),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
