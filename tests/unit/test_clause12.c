/*
 * test_clause12.c - clause-local fields of session 12 (clause12,
 * src/parse/clause_local.c): the goods a sentence opens with for a figure
 * of its predicate that names none ("Spending on food accounts for about
 * one quarter"), not across another subject's clause nor from goods that
 * name a holder ("sugar group"); a rate adverb ending the figure's clause
 * ("... each year"). Each construction has sentences written for the
 * test, one Reuters sentence (dev story or others.txt) and a case that
 * must not change.
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

static void test_clause12_head_reach(void **state)
{
	(void)state;
	/* 9793 (Reuters dev): the subject's goods past five words */
	check_goods("The proportion of world wheat output produced by the five major exporters "
		    "declined in the period covered by the survey from 40 pct in 1982 to 35 pct in "
		    "1987.", "1987-03-20", "35 pct", "wheat");
	/* 3615 (others.txt) */
	check_goods("The average price of rice fell 27 pct, cotton was down 22 pct.", "1987-03-17",
		    "27 pct", "rice");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_clause12_head_goods),
		cmocka_unit_test(test_clause12_rate_at_end),
		cmocka_unit_test(test_clause12_head_reach),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
