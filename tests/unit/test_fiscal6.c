/*
 * test_fiscal6.c - a whole fiscal year is its months (issue 13, period6,
 * src/parse/fiscal.c): a split year ("1986/87") of a sentence or story
 * that says it is a fiscal year ("budget", "fiscal", "financial year",
 * the months written) takes the months the text writes ("ending June
 * 30", "ended February 28", "beginning on July 1"), else its reporter's
 * fiscal calendar (data/lexicon/fiscal.tsv); a crop, season or marketing
 * year stays as written, and so does a split year no text calls fiscal,
 * or whose economy's calendar is not known and whose months are not
 * written; "this year" and "last year" next to a figure of a sentence of
 * split years are the split year in progress and the one before. Every
 * sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_fiscal6_budget_story_by_reporter(void **state)
{
	const char *s = "KARACHI, June 8 - Pakistan's new budget cuts spending on "
			"defence, the finance minister said.\n\n"
			"    Exports rose to 4.1 billion dlrs in 1986/87 from 3.6 billion "
			"dlrs in 1985/86, he said.\n";

	(void)state;
	/* Pakistan's year runs July to June */
	check_period(s, "1987-06-08", "4.1 billion dlrs", "1986-07/1987-06");
	check_period(s, "1987-06-08", "3.6 billion dlrs", "1985-07/1986-06");
	/* the same with Japan's (April to March) */
	check_period("TOKYO, May 3 - Japan's fiscal deficit is likely to narrow.\n\n"
		      "    Imports of manufactures rose 12 pct in 1986/87, officials said.\n",
		      "1987-05-03", "12 pct", "1986-04/1987-03");
}

static void test_fiscal6_months_the_text_writes(void **state)
{
	(void)state;
	/* the text's months before any calendar's: a firm's year */
	check_period("In the year ended February 28, 1986, the cooperative's sales fell "
		      "to 9.5 mln dlrs.", "1987-03-24", "9.5 mln dlrs", "1985-03/1986-02");
	/* a split year with its end written, of an economy the table lacks */
	check_period("Brazilian coffee receipts reached 2.2 billion dlrs in 1986/87 ending "
		      "September 30.", "1987-11-02", "2.2 billion dlrs", "1986-10/1987-09");
	check_period("Chile's new fiscal year 1987/88, beginning on July 1, should see "
		      "revenue of 3.1 billion dlrs.", "1987-05-02", "3.1 billion dlrs",
		      "1987-07/1988-06");
}

static void test_fiscal6_crop_years_stay_as_written(void **state)
{
	const char *s = "NEW DELHI, March 2 - India's budget raises farm support.\n\n"
			"    The 1986/87 wheat crop is put at 46 mln tonnes.\n\n"
			"    Imports fell 8 pct in fiscal 1986/87.\n";

	(void)state;
	check_period(s, "1987-03-02", "46 mln tonnes", "1986/87");
	check_period(s, "1987-03-02", "8 pct", "1986-04/1987-03");
	/* a story of a season and a budget: only a sentence that says fiscal */
	check_period("CANBERRA, Feb 3 - The budget will not change the season's outlook.\n\n"
		      "    Sorghum sales reached 1.2 mln tonnes in 1986/87.\n",
		      "1987-02-03", "1.2 mln tonnes", "1986/87");
}

static void test_fiscal6_unsaid_or_unknown_stays(void **state)
{
	(void)state;
	/* nothing says fiscal: a feed year, a crop year, who knows */
	check_period("TOKYO, June 18 - Japan's feed output rose 2.3 pct to 25.8 mln tonnes "
		      "in 1986/87.", "1987-06-18", "25.8 mln tonnes", "1986/87");
	/* a fiscal year of an economy whose calendar is not known */
	check_period("Chile's budget deficit will fall to 1.1 billion dlrs in 1987/88, the "
		      "minister said.", "1987-05-02", "1.1 billion dlrs", "1987/88");
}

static void test_fiscal6_this_year_among_split_years(void **state)
{
	(void)state;
	check_period("Oats output is seen at 2.3 mln tonnes this year, up from 2.1 mln in "
		      "1996/97.", "1999-03-10", "2.3 mln tonnes", "1998/99");
	check_period("Oats output for 1998/99 is seen at 2.3 mln tonnes.\n    That is well "
		      "above last year's total of 1.9 mln tonnes.\n", "1999-03-10",
		      "1.9 mln tonnes", "1997/98");
	/* in a budget story, the fiscal year's months */
	check_period("DHAKA, March 2 - The budget sees aid of 900 mln dlrs this year, against "
		      "700 mln in 1984/85.", "1999-03-02", "900 mln dlrs", "1998-07/1999-06");
	/* no split year near: the calendar year */
	check_period("Oats output is seen at 2.3 mln tonnes this year.", "1999-03-10",
		      "2.3 mln tonnes", "1999");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fiscal6_budget_story_by_reporter),
		cmocka_unit_test(test_fiscal6_months_the_text_writes),
		cmocka_unit_test(test_fiscal6_crop_years_stay_as_written),
		cmocka_unit_test(test_fiscal6_unsaid_or_unknown_stays),
		cmocka_unit_test(test_fiscal6_this_year_among_split_years),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
