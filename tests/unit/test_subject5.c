/*
 * test_subject5.c - whose figure it is and of which flow, issue 13's sixth
 * round (branch subject5), counted on the free pool of unseen wire stories
 * first: a clause that turns to what an economy makes, owes or holds
 * ("while U.S. production rose", "while its debt doubled", "and the
 * rand has depreciated") carries no trade flow from the clause before;
 * an apposition between a country and its verb of trade ("Canada, the
 * world's largest potash producer, exported"); capital exports are no
 * trade; a table row's country is no paragraph's subject.
 * Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* A figure in a clause whose subject is production, debt, stocks or a
 * currency is no import or export of the clause before it; the first
 * clause's figure keeps its flow. */
static void test_subject5_other_subject_clause_has_no_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    WASHINGTON, May 4 - Imports of footwear rose 12 pct last\n"
				"year while U.S. production fell 4.5 pct, the group said.\n\n"
				"    Steel exports fell to 8.2 billion dlrs, while its debt\n"
				"to the treasury rose to 410 mln dlrs.\n\n"
				"    Imports have been cut 30 pct and the rand has\n"
				"depreciated by 25 pct since 1985.\n\n"
				"    Coffee exports rose to 1.2 mln bags while stocks fell\n"
				"to 300,000 bags.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "12 pct");
	assert_string_equal(cl.flow, "import");
	cl = get(s, "1988-05-04", "4.5 pct");
	assert_string_equal(cl.flow, "");	/* production, not imports */
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-05-04", "8.2 billion dlrs");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1988-05-04", "410 mln dlrs");
	assert_string_equal(cl.flow, "");	/* a debt */
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-05-04", "30 pct");
	assert_string_equal(cl.flow, "import");
	cl = get(s, "1988-05-04", "25 pct");
	assert_string_equal(cl.flow, "");	/* a currency's fall */
	cl = get(s, "1988-05-04", "1.2 mln bags");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1988-05-04", "300,000 bags");
	assert_string_equal(cl.flow, "");	/* stocks held */
}

/* What is no clause of another subject keeps the flow: an amount in a
 * currency ("and seven mln dlrs in"), "and output of" as the object of the
 * first verb, a clause naming its own flow, a currency that is no subject
 * but measures the flow named after it ("the dollar value of imports"). */
static void test_subject5_same_subject_keeps_flow(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    OTTAWA, May 4 - Canada exported 46 mln dlrs of lumber\n"
				"to Japan in March and seven mln dlrs in April, officials\n"
				"said.\n\n"
				"    Wheat exports rose 8 pct in April while production exports\n"
				"of barley fell 3 pct.\n\n"
				"    Exports rose 2 pct in volume while the dollar value of\n"
				"imports rose 6 pct.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "seven mln dlrs");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1988-05-04", "3 pct");
	assert_string_equal(cl.flow, "export");
	cl = get(s, "1988-05-04", "6 pct");
	assert_string_equal(cl.flow, "import");	/* the dollar is no subject */
}

/* "Chile, the world's largest copper producer, has exported": the
 * country before an apposition that opens with a determiner is the
 * subject of the verb of trade after it; an aside with a figure in it is
 * no apposition. */
static void test_subject5_apposition_before_trade_verb(void **state)
{
	static const char s[] = "date: 1988-05-04\nMETALS\n\n"
				"    SANTIAGO, May 4 - Chile, the world's largest copper\n"
				"producer, has exported 310,000 tonnes of copper to Japan so far\n"
				"this year.\n\n"
				"    Egypt, a major buyer of grain, imported 4.1 mln tonnes\n"
				"of wheat in 1987.\n\n"
				"    Peru, with 9 pct of world output, exported 88,000 tonnes\n"
				"of zinc.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "310,000 tonnes");
	assert_who(&cl, "export", "CL", "JP");
	cl = get(s, "1988-05-04", "4.1 mln tonnes");
	assert_who(&cl, "import", "EG", "WORLD");
	cl = get(s, "1988-05-04", "88,000 tonnes");
	assert_string_equal(cl.flow, "");	/* "with 9 pct": no apposition */
}

/* "capital exports" are money lent or invested abroad, no trade flow;
 * "capital goods" are goods. */
static void test_subject5_capital_exports_are_no_trade(void **state)
{
	static const char s[] = "date: 1988-07-04\nFINANCE\n\n"
				"    ZURICH, July 4 - Swiss capital exports fell to 3.9 billion\n"
				"francs in June from 4.4 billion in May, the central bank said.\n\n"
				"    Imports of capital goods rose 5 pct in June and capital\n"
				"goods imports from Germany fell 3 pct.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-07-04", "3.9 billion\nfrancs");
	assert_string_equal(cl.flow, "");
	assert_string_equal(cl.partner, "");
	cl = get(s, "1988-07-04", "5 pct");
	assert_string_equal(cl.flow, "import");
	cl = get(s, "1988-07-04", "3 pct");
	assert_who(&cl, "import", "CH", "DE");
}

/* A table row's label ("Japan  52.4  21.0") is the row's, not the subject
 * of the rows after it: "Other Asia" keeps the story's country. */
static void test_subject5_row_label_is_no_paragraph_subject(void **state)
{
	static const char s[] = "date: 1988-05-04\nEXPORT SALES\n\n"
				"WASHINGTON, May 4 - Outstanding sales of sorghum by\n"
				"destination, in thousand tonnes.\n"
				"              5/1/88  Prev Wk\n"
				" Japan         52.4    21.0\n"
				" Other Asia    30.1    27.5\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "30.1");
	assert_string_not_equal(cl.reporter, "JP");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject5_other_subject_clause_has_no_flow),
		cmocka_unit_test(test_subject5_same_subject_keeps_flow),
		cmocka_unit_test(test_subject5_apposition_before_trade_verb),
		cmocka_unit_test(test_subject5_capital_exports_are_no_trade),
		cmocka_unit_test(test_subject5_row_label_is_no_paragraph_subject),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
