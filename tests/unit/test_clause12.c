/*
 * test_clause12.c - clause-local fields of session 12 (clause12,
 * src/parse/clause_local.c): the goods a sentence opens with for a figure
 * of its predicate that names none ("Spending on food accounts for about
 * one quarter"), not across another subject's clause nor from goods that
 * name a holder ("sugar group"); a gapped head shared from the next
 * conjunct ("tonnes of hard red winter and 35,000 tonnes of soft red
 * winter wheat"); a forecast word after the figure's phrase ("the 50
 * billion surplus forecast by", "the three pct forecast for the U.K.");
 * a rate adverb ending the figure's clause ("... each year"); a bracketed
 * list member's own country ("China (1.5 mln tonnes) and Egypt (2.0 mln
 * tonnes)"); a share's goods past "world" ("65 pct of world tin"); an
 * export quantity's destination after it ("two mln tonnes of that booked
 * for April-June delivery to the USSR"). Each construction has sentences written for the test, one
 * Reuters sentence (dev story or others.txt) and a case that must not
 * change.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void check_goods(const char *s, const char *date, const char *mention, const char *want)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(cl.commodity, want))
		fail_msg("'%s' in '%s': commodity '%s', want '%s'", mention, s, cl.commodity, want);
}

static void test_clause12_head_goods(void **state)
{
	(void)state;
	check_goods("Coffee accounts for 55 pct of Kenya's export earnings, the bank said.",
		    "2031-03-17", "55 pct", "coffee");
	check_goods("Rice was rated 20 pct fair, 70 pct good and 10 pct excellent.",
		    "2031-05-17", "70 pct", "rice");
	check_goods("Rice was rated 20 pct fair, 70 pct good and 10 pct excellent.",
		    "2031-05-17", "10 pct", "rice");
	/* 16777 (Reuters dev) */
	check_goods("Spending on food accounts for about one quarter of the average household's "
		    "budget and roughly 10 pct of the gross national product (GNP), according to "
		    "a study by Chew.", "1987-04-13", "10 pct", "food");
	/* 11091 (others.txt) */
	check_goods("Wheat was rated 16 pct fair, 56 pct good and 28 pct excellent.",
		    "1987-05-26", "28 pct", "wheat");
	/* not another predicate, a complement clause, a holder, or money */
	check_goods("Rice is the main staple and provides an income for 17 pct of the workforce.",
		    "2031-03-17", "17 pct", "");
	check_goods("A study on grain certificates could show that certificates cost the "
		    "government 10 to 15 pct more than cash outlays.", "1987-02-26",
		    "10 to 15 pct", "");
	check_goods("French sugar group Beghin-Say, which is 49.6 pct owned by Italy's Gruppo "
		    "Ferruzzi, is to raise its capital.", "1987-03-23", "49.6 pct", "");
	check_goods("Total gold and currency reserves rose 173 mln guilders to 56.4 billion "
		    "guilders.", "1987-03-17", "173 mln guilders", "");
}

static void test_clause12_gapped_goods(void **state)
{
	(void)state;
	check_goods("Egypt bought 50,000 tonnes of white and 20,000 tonnes of red sorghum.",
		    "2031-03-17", "50,000 tonnes", "white sorghum");
	check_goods("Egypt bought 50,000 tonnes of white and 20,000 tonnes of red sorghum.",
		    "2031-03-17", "20,000 tonnes", "red sorghum");
	/* 15916 (Reuters dev) */
	check_goods("The Commodity Credit Corporation (CCC) accepted eight bonus offers from two "
		    "exporters on sales of 190,000 tonnes of hard red winter and 35,000 tonnes of "
		    "soft red winter wheat to Jordan, the U.S. Agriculture Department said.",
		    "1987-04-09", "190,000 tonnes", "hard red winter wheat");
	/* full goods in both conjuncts stay their own */
	check_goods("Egypt bought 50,000 tonnes of wheat and 20,000 tonnes of red sorghum.",
		    "2031-03-17", "50,000 tonnes", "wheat");
}

static void test_clause12_forecast_after(void **state)
{
	struct claim cl;

	(void)state;
	check_measure("The surplus is far below the 20 billion dlr surplus forecast by the "
		      "ministry in 2029.", "2031-03-17", "20 billion dlr", "forecast");
	/* 4078 (Reuters dev) */
	check_measure("France's 1986 current account surplus was revised upwards to 25.8 billion "
		      "francs from 25.4 billion francs, the Finance Ministry said.     "
		      "This compares with a 1.5 billion deficit in 1985, and while it is the first "
		      "surplus since 1979, is substantially lower than the 50 billion surplus "
		      "forecast by the previous socialist government before they lost office in "
		      "March last year.", "1987-03-18", "50 billion", "forecast");
	/* 8884 (Reuters dev) */
	cl = get("Sterling was also supported by signs of a weakening in the West German and "
		 "Japanese economies, where growth for 1987 is trailing behind the three pct "
		 "forecast for the U.K.", "1987-03-23", "three pct");
	assert_string_equal(measure_name(cl.measure), "forecast");
	assert_string_equal(cl.reporter, "GB");
	/* a valuation after it is no forecast */
	check_measure("Exports rose to 20 billion dlrs in 2030, the ministry said.",
		      "2031-03-17", "20 billion dlrs", "level");
	check_measure("Output of 10 mln tonnes forecast at a record was cut.", "2031-03-17",
		      "10 mln tonnes", "level");
}

static void test_clause12_rate_at_end(void **state)
{
	(void)state;
	/* 4093 (Reuters dev) */
	assert_string_equal(get("Taiwan last year eased some of its financial regulations to allow "
				"individuals to take 5,000 U.S. Dlrs in cash out of the country "
				"each year.", "1987-03-17", "5,000 U.S. Dlrs").per, "year");
	/* 17383 (others.txt) */
	assert_string_equal(get("The U.K. Is pledged to supply 110,700 tonnes of cereals each "
				"year.", "1987-04-08", "110,700 tonnes").per, "year");
	assert_string_equal(get("Farmers would idle an additional 3.5 mln acres of cropland every "
				"year.", "2031-03-16", "3.5 mln acres").per, "year");
	/* not past another figure or a break */
	assert_string_equal(get("It will supply 100,000 tonnes in 2031, and 50,000 tonnes each "
				"year after that.", "2031-03-16", "100,000 tonnes").per, "");
}

static void test_clause12_list_member(void **state)
{
	struct claim cl;

	(void)state;
	/* 1377 (Reuters dev) */
	cl = get("For example the recent large sales of wheat to China (1.5 mln tonnes) and Egypt "
		 "(2.0 mln tonnes) were well below the breakeven export price, it said.",
		 "1987-03-03", "2.0 mln tonnes");
	assert_string_equal(cl.partner, "EG");
	cl = get("Canada sold wheat to Japan (300,000 tonnes) and South Korea (200,000 tonnes).",
		 "2031-03-03", "200,000 tonnes");
	assert_string_equal(cl.partner, "KR");
	cl = get("Canada sold wheat to Japan (300,000 tonnes) and South Korea (200,000 tonnes).",
		 "2031-03-03", "300,000 tonnes");
	assert_string_equal(cl.partner, "JP");
}

static void test_clause12_share_of_world(void **state)
{
	(void)state;
	/* 11224 (Reuters dev) */
	check_goods("Malaysia is a member of the Association of Tin Producing Countries (ATPC) "
		    "which produce 65 pct of world tin.", "1987-04-01", "65 pct", "tin");
	check_goods("Growers produce 30 pct of world cocoa, the group said.", "2031-04-01",
		    "30 pct", "cocoa");
	/* 9793 (Reuters dev): the subject's goods past five words */
	check_goods("The proportion of world wheat output produced by the five major exporters "
		    "declined in the period covered by the survey from 40 pct in 1982 to 35 pct in "
		    "1987.", "1987-03-20", "35 pct", "wheat");
}

static void test_clause12_delivery_to(void **state)
{
	struct claim cl;

	(void)state;
	/* 4988 (Reuters dev) */
	cl = get("Argentina has already committed four mln tonnes of this year's corn for export, a "
		 "USDA official said, with two mln tonnes of that booked for April-June delivery to "
		 "the USSR.", "1987-03-12", "two mln tonnes");
	assert_string_equal(cl.partner, "SU");
	cl = get("Canada exported 50,000 tonnes of wheat for shipment to Egypt in May.",
		 "2031-06-12", "50,000 tonnes");
	assert_string_equal(cl.partner, "EG");
	/* not past another figure */
	cl = get("Canada exported 50,000 tonnes of wheat, and 20,000 tonnes for shipment to Egypt.",
		 "2031-06-12", "50,000 tonnes");
	assert_string_not_equal(cl.partner, "EG");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clause12_head_goods),
		cmocka_unit_test(test_clause12_gapped_goods),
		cmocka_unit_test(test_clause12_forecast_after),
		cmocka_unit_test(test_clause12_rate_at_end),
		cmocka_unit_test(test_clause12_list_member),
		cmocka_unit_test(test_clause12_share_of_world),
		cmocka_unit_test(test_clause12_delivery_to),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
