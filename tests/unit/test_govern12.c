/*
 * test_govern12.c - a figure's measure from the word that governs its
 * clause (parse/govern.c, session 12): a directive, request or chance
 * offered whose infinitive the figure is in ("voted to direct the
 * administration to cut ... by 40 per cent", "the opportunity to sell"),
 * a demand "for" it ("pressing for an exchange rate of"), a permission of
 * an amount ("to allow individuals to take 5,000 dlrs") are targets; the
 * earlier value of a target moved "from" is a target too; a change noun
 * with a relative clause of range ("price cuts, which ranged up to 10
 * pct") and ", adding N" after a rise are changes; an intention ("farmers
 * intend to plant") is a forecast; a threshold is a target; a part of a
 * whole required ("are required to set aside 20 pct of") is a target; a
 * level "was unlikely" after it is a forecast. Each
 * construction has sentences written for the test, one Reuters sentence
 * (dev story or others.txt) and a case that must not change.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_govern12_directive(void **state)
{
	(void)state;
	check_change("The committee voted to direct the ministry to cut the list of controlled "
		     "exports by 40 pct.", "2031-04-27", "40 pct", "target", "down");
	check_measure("The minister urged Japan to buy 200,000 tonnes of rice this year.",
		      "2031-04-27", "200,000 tonnes", "target");
	/* 6926 (Reuters dev) */
	check_change("The House Foreign Affairs Subcommittee on International Economic Policy "
		     "voted to direct the administration to cut the list of controlled exports "
		     "by 40 per cent by removing items no longer considered important to U.S. "
		     "military security.", "1987-03-18", "40 per cent", "target", "down");
	/* not what was done, nor an adjective "direct" with a preposition "to" */
	check_change("The committee cut the list of controlled exports by 40 pct.", "2031-04-27",
		     "40 pct", "change", "down");
	/* 16777 (Reuters dev) */
	check_measure("Direct central government subsidies to the farm sector amount to some "
		      "five billion dlrs per year.", "1987-04-17", "five billion dlrs per year",
		      "level");
}

static void test_govern12_opportunity(void **state)
{
	(void)state;
	/* 5648 (Reuters dev) */
	check_measure("U.S. exporters will have the opportunity to sell an additional 300,000 "
		      "tonnes of U.S. durum wheat to Algeria under the Export Enhancement "
		      "Program, EEP, the U.S. Agriculture Department said.", "1987-03-16",
		      "300,000 tonnes", "target");
	check_measure("Exporters will have the opportunity to sell 50,000 tonnes of barley.",
		      "2031-03-16", "50,000 tonnes", "target");
	/* a tender's quantity stays a level (GUIDE 7); 7336 (Reuters dev) */
	check_measure("Spain had received no answer from the committee to its request that "
		      "tenders be opened for the sale to third countries of 450,000 tonnes of "
		      "maize.", "1987-03-25", "450,000 tonnes", "level");
}

static void test_govern12_demand_for(void **state)
{
	(void)state;
	/* 4093 (Reuters dev) */
	check_measure("The government has denied local press reports Washington is pressing "
		      "for an exchange rate of up to 28 dlrs.", "1987-03-12", "28 dlrs",
		      "target");
	check_measure("Farmers asked for a quota of 300,000 tonnes of sugar.", "2031-03-12",
		      "300,000 tonnes", "target");
	/* no "for": what was done */
	check_measure("Exporters pressed ahead and sold 300,000 tonnes of sugar.", "2031-03-12",
		      "300,000 tonnes", "level");
}

static void test_govern12_permission(void **state)
{
	(void)state;
	/* 4093 (Reuters dev) */
	check_measure("Taiwan last year eased some of its financial regulations to enable Taiwan "
		      "nationals to invest in foreign government bonds and to allow individuals "
		      "to take 5,000 U.S. Dlrs in cash out of the country each year.",
		      "1987-03-12", "5,000 U.S. Dlrs", "target");
	check_measure("The new rules allow each bank to hold 20 mln dlrs in foreign currency.",
		      "2031-03-12", "20 mln dlrs", "target");
	/* a change allowed happened: a change */
	check_change("The central bank allowed the yen to rise 3 pct last week.", "2031-03-12",
		     "3 pct", "change", "up");
}

static void test_govern12_old_limit(void **state)
{
	(void)state;
	/* 17074 (Reuters dev) */
	check_measure("The U.S. Has agreed to raise the limit on annual growth of Taiwan's "
		      "textile and apparel exports to one pct from 0.5 pct for calendar 1989, he "
		      "said.", "1987-03-21", "0.5 pct", "target");
	check_measure("The bank cut the limit on forward purchases to 40 pct from 90 pct of "
		      "the value of a contract.", "2031-06-20", "90 pct", "target");
	/* the earlier value of a level stays a level */
	check_measure("Exports rose to 5.1 billion dlrs from 4.2 billion dlrs.", "2031-06-20",
		      "4.2 billion dlrs", "level");
}

static void test_govern12_change_noun(void **state)
{
	(void)state;
	/* 17509 (Reuters dev) */
	check_change("Observers in the capital expressed disillusionment with the small extent "
		     "of the price cuts, which ranged up to 10 pct on items such as blankets, "
		     "soap, detergents and baby food.", "1987-04-30", "10 pct", "change",
		     "down");
	check_change("The tariff increases, ranging up to 25 pct, take effect in May.",
		     "2031-04-30", "25 pct", "change", "up");
	/* 8884 (Reuters dev) */
	check_change("Since the six-nation accord last month, sterling has risen sharply, adding "
		     "almost five pct on its trade-weighted index.", "1987-03-23",
		     "five pct", "change", "up");
	/* no change noun: a level */
	check_measure("Interest rates on the loans ranged up to 10 pct.", "2031-04-30",
		      "10 pct", "level");
}

static void test_govern12_intention(void **state)
{
	(void)state;
	/* 11739 (Reuters dev) */
	check_measure("The U.S. Department of Agriculture said farmers intend to plant 67.6 mln "
		      "acres of corn, down from 76.7 mln planted last year.", "1987-03-31",
		      "67.6 mln acres", "forecast");
	check_measure("Farmers intend to sow 12 mln hectares of wheat.", "2031-03-31",
		      "12 mln hectares", "forecast");
	/* what was planted stays a level */
	check_measure("Farmers planted 12 mln hectares of wheat last year.", "2031-03-31",
		      "12 mln hectares", "level");
}

static void test_govern12_threshold(void **state)
{
	(void)state;
	check_measure("Banks must report transfers above a threshold of 10,000 dlrs.",
		      "2031-03-12", "10,000 dlrs", "target");
}

static void test_govern12_required_share(void **state)
{
	(void)state;
	/* 9058 (Reuters dev) */
	check_measure("Currently farmers enrolling in the program are required to set aside 20 "
		      "pct of their base acreage and then are eligible for payments.",
		      "1987-03-25", "20 pct", "target");
	check_measure("Mills are required to buy 30 pct of their wheat at home.", "2031-03-25",
		      "30 pct", "target");
	/* a share stated stays a share */
	check_measure("Farmers set aside 20 pct of their base acreage last year.", "2031-03-25",
		      "20 pct", "share");
}

static void test_govern12_likely_after(void **state)
{
	(void)state;
	/* 8884 (Reuters dev) */
	check_measure("Analysts said a further base rate cut to 9-1/2 pct was unlikely to "
		      "affect sterling.", "1987-03-24", "9-1/2 pct", "forecast");
	check_measure("A cut in the discount rate to 2.5 pct is likely next month.",
		      "2031-03-24", "2.5 pct", "forecast");
	/* what was: a level */
	check_measure("The base rate was cut to 9-1/2 pct last week.", "2031-03-24", "9-1/2 pct",
		      "level");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_govern12_directive),
		cmocka_unit_test(test_govern12_opportunity),
		cmocka_unit_test(test_govern12_demand_for),
		cmocka_unit_test(test_govern12_permission),
		cmocka_unit_test(test_govern12_old_limit),
		cmocka_unit_test(test_govern12_change_noun),
		cmocka_unit_test(test_govern12_intention),
		cmocka_unit_test(test_govern12_threshold),
		cmocka_unit_test(test_govern12_required_share),
		cmocka_unit_test(test_govern12_likely_after),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
