/*
 * test_when_news.c - periods as news and releases write them (issue 13,
 * period2): months of a shipment still to come, a month's possessive as
 * the month compared with, a year that dates the earlier value ("against a
 * 2003 deficit of"), fiscal years named by their last month ("the year
 * ended March 31"), a year earlier of a crop year or of a range of days,
 * when an estimate was made ("forecast in March") as no period, and the
 * story's latest month. Every sentence here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_news_range_resolves_forward(void **state)
{
	char out[PERIOD_MAX];

	(void)state;
	assert_int_equal(period_resolve_range("2004-06-15", 6, 7, 0, PERIOD_NEXT, out), 0);
	assert_string_equal(out, "2004-06/2004-07");
	assert_int_equal(period_resolve_range("2004-09-10", 1, 3, 0, PERIOD_NEXT, out), 0);
	assert_string_equal(out, "2005-01/2005-03");
	assert_int_equal(period_resolve_range("2004-11-10", 12, 2, 0, PERIOD_NEXT, out), 0);
	assert_string_equal(out, "2004-12/2005-02");
	/* the latest such months, as before */
	assert_int_equal(period_resolve_range("2004-06-15", 6, 7, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2003-06/2003-07");
}

static void test_news_shipment_months_are_still_to_come(void **state)
{
	(void)state;
	check_period("Morocco will tender for 150,000 tonnes of barley for May-July shipment.",
		      "2004-04-20", "150,000 tonnes", "2004-05/2004-07");
	check_period("Syria seeks 80,000 tonnes of durum for shipment between June and August.",
		      "2004-04-20", "80,000 tonnes", "2004-06/2004-08");
	check_period("Japan bought 90,000 tonnes of sorghum for Oct/Dec shipments.",
		      "2004-03-10", "90,000 tonnes", "2004-10/2004-12");
	check_period("Peru will buy 40,000 tonnes of rice for delivery during August-October.",
		      "2004-03-10", "40,000 tonnes", "2004-08/2004-10");
	check_period("Dealers said April deliveries of maize traded at 131 dlrs a tonne.",
		      "2004-03-12", "131 dlrs", "2004-04");
	/* shipped: a past range stays in the past */
	check_period("Kenya shipped 12,000 tonnes of tea in May-July.", "2004-04-20",
		      "12,000 tonnes", "2003-05/2003-07");
}

static void test_news_month_possessive_is_the_month_compared_with(void **state)
{
	const char *s = "The surplus widened to 812 mln dlrs in June from May's 604 mln.";

	(void)state;
	check_period(s, "2004-07-28", "604 mln", "2004-05");
	check_period(s, "2004-07-28", "812 mln dlrs", "2004-06");
	s = "Imports reached 2.1 billion dlrs in April, below March's 2.4 billion and "
	    "February's 2.2 billion.";
	check_period(s, "2004-05-20", "2.4 billion", "2004-03");
	check_period(s, "2004-05-20", "2.2 billion", "2004-02");
	check_period(s, "2004-05-20", "2.1 billion dlrs", "2004-04");
}

static void test_news_year_that_dates_the_earlier_value(void **state)
{
	const char *s = "The board put 2004/05 stocks at 3.1 mln tonnes against 2003/04's 2.6 mln.";

	(void)state;
	check_period(s, "2005-02-10", "3.1 mln tonnes", "2004/05");
	check_period(s, "2005-02-10", "2.6 mln", "2003/04");
	s = "He said 2004 was the first year Chile had a surplus of 3.2 billion dlrs, "
	    "against a 2003 deficit of 400 mln dlrs.";
	check_period(s, "2005-02-10", "400 mln dlrs", "2003");
	check_period("Output was estimated at 15 mln tonnes, 700,000 tonnes below the "
		      "preliminary 2003/04 figure.", "2005-02-10", "15 mln tonnes", "");
}

static void test_news_fiscal_year_named_by_its_end(void **state)
{
	(void)state;
	check_period("Exports to the bloc rose 12 pct in the year ended March 31.", "2004-06-10",
		      "12 pct", "2003-04/2004-03");	/* its months (fiscal.c) */
	check_period("Growth will be 3.5 pct in the fiscal year ending June 30.", "2004-03-01",
		      "3.5 pct", "2003-07/2004-06");
	check_period("Insured exports fell to 11.2 billion stg in the year ended March 31, 2003.",
		      "2004-06-10", "11.2 billion stg", "2002-04/2003-03");
	check_period("The deficit for the fiscal year to the end of March 2005 is put at "
		      "2.1 billion dlrs.", "2004-06-10", "2.1 billion dlrs", "2004-04/2005-03");
	check_period("Sales rose 4 pct in the year ended December 31.", "2004-02-10", "4 pct",
		      "2003");
	/* "the year to April" is the twelve months of a change, not a fiscal
	 * year: the change of April on a year ago (period3, test_when3.c) */
	check_period("Prices rose 3.2 pct in the year to April.", "2004-05-20", "3.2 pct", "2004-04");
}

static void test_news_year_earlier_of_a_season_or_of_days(void **state)
{
	char out[PERIOD_MAX];

	(void)state;
	assert_int_equal(period_shift_years("2004-05-01/2004-05-10", -1, out), 0);
	assert_string_equal(out, "2003-05-01/2003-05-10");
	assert_int_equal(period_shift_years("2004-02-01/2004-02-29", -1, out), -1);
	check_period("Exports totalled 2.3 mln tonnes in the 2003/04 season, against 2.0 mln the "
		      "previous season.", "2004-09-10", "2.0 mln", "2002/03");
	check_period("The surplus was 1.2 billion dlrs in the first 10 days of May, down from "
		      "0.9 billion a year earlier.", "2004-05-14", "0.9 billion", "2003-05-01/2003-05-10");
}

static void test_news_when_an_estimate_was_made_is_no_period(void **state)
{
	const char *s = "The agency raised its 2004/05 import estimate to 26 mln tonnes from last "
			"month's projection of 23 mln tonnes.";

	(void)state;
	check_period(s, "2005-03-09", "26 mln tonnes", "2004/05");
	check_period(s, "2005-03-09", "23 mln tonnes", "2004/05");
	check_period("Import growth, forecast in November at 4.5 pct, is now seen at 3.8 pct in 2005.",
		      "2005-01-10", "4.5 pct", "2005");
}

static void test_news_story_latest_month(void **state)
{
	const char *s = "Exports rose to 4.1 billion dlrs in March from 3.9 billion in February.\n"
			"They were 3.5 billion dlrs in March 2003.\n"
			"The trade deficit for the three months was 1.2 billion dlrs.\n"
			"Imports fell to 3.0 billion dlrs against 3.3 billion in March last year.";

	(void)state;
	check_period(s, "2004-04-20", "1.2 billion dlrs", "2004-01/2004-03");
	check_period(s, "2004-04-20", "3.0 billion dlrs", "2004-03");
	check_period(s, "2004-04-20", "3.3 billion", "2003-03");
}

static void test_news_weeks_and_corresponding_periods(void **state)
{
	const char *s = "Italy had a deficit of 1,200 billion lire in May against a surplus of 900 "
			"billion lire in the corresponding month of 2003.";

	(void)state;
	check_period("Chile shipped 41,300 tonnes of copper in the week ended June 4.", "2004-06-10",
		      "41,300 tonnes", "2004-05-29/2004-06-04");
	check_period(s, "2004-06-18", "900 billion lire", "2003-05");
	check_period(s, "2004-06-18", "1,200 billion lire", "2004-05");
	check_period("The surplus for the first four months was 310 billion lire against a deficit "
		      "of 85 billion in the corresponding 2003 period.", "2004-06-18", "85 billion",
		      "2003-01/2003-04");
}

static void test_news_year_possessive_and_year_ago_month(void **state)
{
	const char *s = "The surplus rose to 13.6 billion dlrs in 2003 from 2002's 10.2 billion.";

	(void)state;
	check_period(s, "2004-03-25", "10.2 billion", "2002");
	check_period(s, "2004-03-25", "13.6 billion dlrs", "2003");
	/* a year's possessive dates its own figure only */
	check_period("The plan would double 2003's aid budget to 7.6 billion dlrs.", "2004-03-25",
		      "7.6 billion dlrs", "");
	/* the earlier value a year before: the figure is of that month a year on */
	check_period("The trade balance showed a 35 mln dlr surplus, compared with a 56 mln dlr "
		      "surplus in January 2003.", "2004-04-09", "35 mln dlr", "2004-01");
	check_period("Exports fell to 310 mln dlrs from 340 mln in February.", "2004-04-09",
		      "310 mln dlrs", "2004-03");
}

static void test_news_year_ranges_and_year_earlier_periods(void **state)
{
	(void)state;
	check_period("The debt ratio fell to 48 pct in the fiscal year to end-March 2004.",
		      "2004-05-02", "48 pct", "2003-04/2004-03");
	check_period("The ratio was 50 pct in 2002-2003, the council said.", "2004-05-02", "50 pct",
		      "2002/03");
	/* years that no one period names */
	check_period("The 2004-09 plan targets 9.8 pct average annual growth in exports.",
		      "2004-05-02", "9.8 pct", "");
	check_period("Exports to the U.S. rose over the past ten years to 2.3 billion dlrs.",
		      "2004-05-02", "2.3 billion dlrs", "");
	check_period("The deficit with the island rose to 2.35 billion dlrs in the first two months "
		      "of 2004 from 1.87 billion in the year-earlier period.", "2004-03-12",
		      "1.87 billion", "2003-01/2003-02");
}

/* The lead states the period once; a later paragraph's figure that names
 * none takes it, inferred. */
static void test_news_lead_period_carries_to_later_paragraphs(void **state)
{
	const char *s = "ANKARA, May 16 - Chile's trade deficit rose to 3.2 billion dlrs in 2003 "
			"from 2.9 billion in 2002, the institute said.\n\n"
			"    Exports to Asia fell 12 pct, with copper exports at 1.55 billion dlrs.\n\n"
			"    Since 1998, textile exports have fallen 30 pct.\n\n"
			"    Imports of grain are expected at 2.1 mln tonnes a year.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2004-05-16", "1.55 billion dlrs");
	assert_string_equal(cl.period, "2003");
	assert_int_equal(cl.period_src, SOURCE_INFERRED);
	/* "since 1998": a span to the story's month (period3) */
	check_period(s, "2004-05-16", "30 pct", "1998-01/2004-05");
	check_period(s, "2004-05-16", "2.1 mln tonnes a year", "");
	/* a share of a flow too, and the earlier value a year before it */
	s = "BRUSSELS, July 17 - The EU surplus in chemicals reached EUR 58.2 bn in the first "
	    "quarter of 2026.\n\n"
	    "    The share of energy in EU imports fell to 14.3% from 17.8% a year earlier.\n";
	check_period(s, "2026-07-17", "14.3%", "2026-Q1");
	check_period(s, "2026-07-17", "17.8%", "2025-Q1");
	/* a lead about shipments still to come carries to nothing */
	s = "PARIS, April 8 - Tunisia will tender for 100,000 tonnes of wheat for delivery "
	    "between May and August, traders said.\n\n"
	    "    France has sold 200,000 tonnes of wheat to Tunisia, they said.\n";
	check_period(s, "2004-04-08", "200,000 tonnes", "");
}

/* A title restates a body's figure: its period is the body's, inferred. */
static void test_news_title_takes_the_body_period(void **state)
{
	const char *s = "date: 2004-03-23\nNORWAY TRADE SURPLUS AT 641 MLN CROWNS\n\n"
			"OSLO, March 23 - Norway had a trade surplus of 641 mln crowns in February, "
			"the bureau said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2004-03-23", "641 MLN CROWNS");
	assert_string_equal(cl.period, "2004-02");
	assert_int_equal(cl.period_src, SOURCE_INFERRED);
	/* a story month taken from another sentence is inferred too; the
	 * month a year on from the earlier value's is the sentence's own */
	s = "Exports rose to 4.1 billion dlrs in March.\n"
	    "Imports fell to 3.0 billion dlrs from 3.3 billion in January.";
	cl = get(s, "2004-04-20", "3.0 billion dlrs");
	assert_string_equal(cl.period, "2004-03");
	assert_int_equal(cl.period_src, SOURCE_INFERRED);
	s = "Exports rose to 4.1 billion dlrs in March.\n"
	    "Imports fell to 3.0 billion dlrs against 3.3 billion in March last year.";
	cl = get(s, "2004-04-20", "3.0 billion dlrs");
	assert_string_equal(cl.period, "2004-03");
	assert_int_equal(cl.period_src, SOURCE_STATED);
}

/* Two figures joined by "and" share the period written after the second. */
static void test_news_coordinated_figures_share_a_period(void **state)
{
	const char *s = "Exports in May were 6.4 billion dlrs and imports 5.7 billion, against "
			"exports of 6.7 billion and imports of 6.6 billion in April and exports of "
			"6.9 billion and imports of 6.3 billion in May last year.";

	(void)state;
	check_period(s, "2004-06-23", "6.7 billion", "2004-04");
	check_period(s, "2004-06-23", "6.6 billion", "2004-04");
	check_period(s, "2004-06-23", "6.9 billion", "2003-05");
	check_period(s, "2004-06-23", "6.4 billion dlrs", "2004-05");
	check_period("Potato futures traded 984,960 tonnes in May, versus 992,760 and 164 mln stg "
		      "in April.", "2004-06-05", "992,760", "2004-04");
}

/* "the September rise in imports": a month after an article names the
 * change's period; "since March" is where a change starts: the span from
 * it to the story's month (period3: tests/eval/gold/GUIDE.md's year to date; test_when3.c). */
static void test_news_month_before_a_change_noun_and_since(void **state)
{
	(void)state;
	check_period("The September rise in imports of 3.1 pct was the largest since March.",
		      "2004-10-05", "3.1 pct", "2004-09");
	check_period("A May rise of 2 pct followed, the bureau said.", "2004-10-05", "2 pct",
		      "2004-05");
	check_period("Its terms of trade have fallen by 19.9 pct since the fourth quarter of 2001.",
		      "2004-10-05", "19.9 pct", "2001-10/2004-10");
	check_period("The peso has risen 22 pct against the dollar since September 2002.",
		      "2004-10-05", "22 pct", "2002-09/2004-10");
}

/* Seasons counted from the one in progress (July to June). */
static void test_news_this_and_last_season(void **state)
{
	(void)state;
	check_period("Traders expect exports to the USSR this season to reach 2.5 mln tonnes.",
		      "2004-03-31", "2.5 mln tonnes", "2003/04");
	check_period("Exports this season should reach 2.5 mln tonnes.", "2004-09-30",
		      "2.5 mln tonnes", "2004/05");
	/* an earlier value "last season" is the figure's own period a year before */
	check_period("Cumulative wheat exports for July 1-March 13 reached 3.66 mln tonnes, "
		      "against 1.47 mln tonnes last season.", "2004-03-31", "1.47 mln tonnes",
		      "2002-07-01/2003-03-13");
}

/* A weekly report: the week carries to later paragraphs; the week before
 * is "the previous week"; "so far in 2004" is the year to date. */
static void test_news_weekly_report(void **state)
{
	const char *s = "BANGKOK, April 9 - Thailand exported 56,652 tonnes of rice in the week "
			"ended April 7, down from 75,160 tonnes the previous week, the ministry said.\n\n"
			"    Private exporters shipped 15,045 tonnes.\n\n"
			"    That compares with 20,100 tonnes shipped in the prior week.\n\n"
			"    Thailand exported 1.29 mln tonnes of rice so far in 2004, down from 1.39 mln "
			"tonnes a year ago.\n\n"
			"    Rice stocks stood at 2.1 mln tonnes as of April 7.\n";

	(void)state;
	check_period(s, "2004-04-09", "56,652 tonnes", "2004-04-01/2004-04-07");
	check_period(s, "2004-04-09", "75,160 tonnes", "2004-03-25/2004-03-31");
	check_period(s, "2004-04-09", "15,045 tonnes", "2004-04-01/2004-04-07");
	check_period(s, "2004-04-09", "20,100 tonnes", "2004-03-25/2004-03-31");
	check_period(s, "2004-04-09", "1.29 mln tonnes", "2004-01/2004-04");
	check_period(s, "2004-04-09", "1.39 mln tonnes", "2003-01/2003-04");
	check_period(s, "2004-04-09", "2.1 mln tonnes", "");
}

static void test_news_month_range_quarter_and_recently(void **state)
{
	const char *s = "HAMBURG, March 3 - Imports of soymeal may reach one mln tonnes between "
			"January and September, the newsletter said.\n\n"
			"    At least 500,000 tonnes may be shipped in the January/March quarter.\n\n"
			"    An additional 200,000 tonnes of maize had been bought recently.\n";

	(void)state;
	check_period(s, "2004-03-03", "500,000 tonnes", "2004-Q1");
	check_period(s, "2004-03-03", "200,000 tonnes", "");
	/* half of a month is days, not half of a year */
	check_period("CINDASA will ship 6,000 tonnes of corn to Italy in the second half of this "
		      "month.", "2004-04-03", "6,000 tonnes", "2004-04-16/2004-04-30");
	check_period("It shipped 9,000 tonnes in the first half of February.", "2004-04-03",
		      "9,000 tonnes", "2004-02-01/2004-02-15");
}

static void test_news_month_comma_year(void **state)
{
	const char *s = "February exports were 10.44 billion dlrs against 9.85 billion in January "
			"and 10.05 billion in February, 2003.";

	(void)state;
	check_period(s, "2004-04-09", "10.05 billion", "2003-02");
	check_period(s, "2004-04-09", "9.85 billion", "2004-01");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_news_range_resolves_forward),
		cmocka_unit_test(test_news_shipment_months_are_still_to_come),
		cmocka_unit_test(test_news_month_possessive_is_the_month_compared_with),
		cmocka_unit_test(test_news_year_that_dates_the_earlier_value),
		cmocka_unit_test(test_news_fiscal_year_named_by_its_end),
		cmocka_unit_test(test_news_year_earlier_of_a_season_or_of_days),
		cmocka_unit_test(test_news_when_an_estimate_was_made_is_no_period),
		cmocka_unit_test(test_news_story_latest_month),
		cmocka_unit_test(test_news_weeks_and_corresponding_periods),
		cmocka_unit_test(test_news_year_possessive_and_year_ago_month),
		cmocka_unit_test(test_news_year_ranges_and_year_earlier_periods),
		cmocka_unit_test(test_news_lead_period_carries_to_later_paragraphs),
		cmocka_unit_test(test_news_title_takes_the_body_period),
		cmocka_unit_test(test_news_coordinated_figures_share_a_period),
		cmocka_unit_test(test_news_month_before_a_change_noun_and_since),
		cmocka_unit_test(test_news_this_and_last_season),
		cmocka_unit_test(test_news_month_comma_year),
		cmocka_unit_test(test_news_weekly_report),
		cmocka_unit_test(test_news_month_range_quarter_and_recently),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
