/*
 * test_anchor12.c - the verb a date belongs to (session 12, anchor12;
 * src/parse/anchor.c): a date next to a verb of a statement or an act
 * ("said today", "sent a proposal today", "the figure announced last
 * month", "is now introduced", "Yesterday, USDA issued a report") or on
 * the other side of a clause opener ("that", "when", "said the ...") is
 * not the period of a figure of another verb; the story's day goes only
 * to the day's quote (GUIDE 8). A stock is counted at the day written next
 * to its noun ("March 1 stocks of", "stocks on March 1"). Each construction has sentences written
 * for the test, one Reuters sentence (dev story or others.txt), and a
 * case that must not change.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_anchor12_act_object(void **state)
{
	(void)state;
	check_period("The ministry sent a proposal today that import duties on cars be cut "
		     "by 20 pct.", "2031-05-06", "20 pct", "");
	/* 16357 (Reuters dev) */
	check_period("He said the ministry sent a proposal today to the cabinet that the "
		     "tariffs on such products as cosmetics, bicycles, apples, radios, "
		     "garments, soybeans and television sets be cut by between five and 50 "
		     "pct.", "1987-04-13", "between five and 50 pct", "");
	/* the day's quote keeps its day: the statement is after it */
	check_period("The dollar fell to 144.50 yen today, dealers said.", "2031-05-06",
		     "144.50 yen", "2031-05-06");
	check_period("Sterling closed at 1.6050 dlrs today.", "2031-05-06", "1.6050 dlrs",
		     "2031-05-06");
}

static void test_anchor12_announced_last_month(void **state)
{
	(void)state;
	check_period("The deficit was revised to 3.1 billion dlrs from the 2.9 billion dlr "
		     "figure announced last month.", "2031-05-06", "2.9 billion dlr", "");
	/* 4078 (Reuters dev): the sentence's own year is the earlier figure's */
	check_period("The French 1986 current account balance of payments surplus has been "
		     "revised slightly upwards to 25.8 billion francs from the 25.4 billion "
		     "franc figure announced last month, the Finance Ministry said.",
		     "1987-03-12", "25.4 billion franc", "1986");
	/* a year that qualifies the noun after "said" is the figure's */
	check_period("Analysts said 2031 corn production could drop to around seven billion "
		     "bushels.", "2031-03-17", "seven billion bushels", "2031");
	/* 6083 (others.txt): an act in a time clause dates the figure */
	check_period("The kwacha stood at 2.2 per dollar when the auction system was first "
		     "introduced in October 1985.", "1987-03-17", "2.2", "1985-10");
	/* a month a figure is in, not one a statement was made in */
	check_period("Exports rose to 3.1 billion dlrs last month.", "2031-05-06",
		     "3.1 billion dlrs", "2031-04");
}

static void test_anchor12_act_after(void **state)
{
	(void)state;
	check_period("A reserve ratio of 12 pct is now imposed on foreign deposits.",
		     "2031-05-06", "12 pct", "");
	/* 7710 (Reuters dev) */
	check_period("A penalty rate of interest of 19 pct is now introduced if the limit is "
		     "exceeded.", "1987-03-20", "19 pct", "");
	/* 6588 (Reuters dev) */
	check_period("Yesterday, USDA issued a report showing that only slightly more than 50 "
		     "pct of the 3.85 billion dlrs in PIK certificates it has issued to "
		     "farmers (in lieu of cash payments) had to date been exchanged for "
		     "grain.", "1987-03-18", "3.85 billion dlrs", "");
	/* the act's own object keeps its day: 5056 (others.txt) */
	check_period("Authorizations to purchase 50 mln dlrs worth of U.S. wheat and wheat "
		     "flour under Public Law 480 were issued to Sudan today, the Agriculture "
		     "Department said.", "1987-03-13", "50 mln dlrs", "1987-03-13");
	/* a rate quoted now keeps the story's day */
	check_period("The call money rate is now 4.5 pct.", "2031-05-06", "4.5 pct",
		     "2031-05-06");
}

static void test_anchor12_clause_opener(void **state)
{
	(void)state;
	check_period("Base rates are now 10 pct, and analysts said a further cut to 9-1/2 pct "
		     "was unlikely.", "2031-03-24", "10 pct", "2031-03-24");
	check_period("Dealers noted today that a rate of 7.5 pct would be hard to defend.",
		     "2031-03-24", "7.5 pct", "");
	/* a day word in the figure's own clause stays */
	check_period("The Bank of Japan will sell 600 billion yen in bills tomorrow.",
		     "2031-03-24", "600 billion yen", "2031-03-25");
}

static void test_anchor12_stock_day(void **state)
{
	(void)state;
	check_period("Wheat stocks on March 1 were 2.3 billion bushels.", "2031-03-31",
		     "2.3 billion bushels", "2031-03-01");
	check_period("Gold reserves as of June 30, 2030 stood at 1,040 tonnes.", "2031-03-31",
		     "1,040 tonnes", "2030-06-30");
	/* 11739 (Reuters dev): the list's figures after the noun, each */
	check_period("The report showed March 1 stocks of 1.4 billion bushels of soybeans, 8.3 "
		     "billion bushels of corn, and 2.3 billion bushels of wheat, all below trade "
		     "guesses.", "1987-03-31", "2.3 billion bushels", "1987-03-01");
	/* a figure with its own period keeps it; a percentage is no stock */
	check_period("Wheat stocks on March 1 were 2.3 billion bushels, against 2.1 billion in "
		     "1986.", "2031-03-31", "2.1 billion", "1986");
	check_period("Stocks on March 1 were down 12 pct.", "2031-03-31", "12 pct", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_anchor12_act_object),
		cmocka_unit_test(test_anchor12_announced_last_month),
		cmocka_unit_test(test_anchor12_act_after),
		cmocka_unit_test(test_anchor12_clause_opener),
		cmocka_unit_test(test_anchor12_stock_day),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
