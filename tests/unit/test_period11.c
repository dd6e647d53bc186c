/*
 * test_period11.c - periods of session 11 (period11): a figure after
 * "last year's" and a noun ("last year's plantings of 83.3 mln acres",
 * "last year's level of 18.9 billion") in a story of no crop years is of
 * the year before the sentence's figure (a month's same month a year
 * before), not the sentence's own year; not the size of a change ("down
 * from last year's record by more than eight billion"). "a year earlier"
 * after a list that went back to an earlier month ("revised from 971 mln
 * in December and 816 mln a year earlier") is a year before the
 * sentence's first figure's month, also past a balance noun ("and a 323
 * mln deficit a year earlier"). A list of earlier values that names no
 * period ("against 230,764 and 241,567") takes, in order, those of the
 * last list that did for a figure of the same period. A commodity stock
 * at a year's end ("stocks at the end of 2030", "end-2031 stocks") is
 * dated the year's last day (gold README, 254). Weeks to a weekday ("the
 * two weeks to Wednesday", "the week to yesterday") are the 7N days to
 * it; "the past two weeks" the 14 days to the story's day; "earlier this
 * week" Monday to the story's day, unless it dates a statement ("said
 * earlier this week"). A month qualified by "late", "early" or "mid" in a
 * time of shipment is still to come, alone ("for late June shipment") or
 * in a range ("for late June/early July shipment"). Sentences are
 * written for the test, except those marked as Reuters'.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* The pattern's period is not lent: the figure names its own. */
static void assert_not_period(const char *s, const char *date, const char *mention,
			      const char *not)
{
	struct claim cl = get(s, date, mention);

	if (!strcmp(cl.period, not))
		fail_msg("'%s' in '%s': period '%s'", mention, s, cl.period);
}

static void test_period11_last_year_noun(void **state)
{
	(void)state;
	check_period("Ghana's cocoa exports are expected to reach 310,000 tonnes, up from "
		      "last year's shipments of 280,000 tonnes.", "2031-05-12", "280,000 tonnes",
		      "2030");
	/* a month's figure: the same month a year before */
	check_period("Chile's March exports fell to 1.9 billion dlrs, 12 pct below last "
		      "year's level of 2.2 billion dlrs.", "2031-04-20", "2.2 billion dlrs",
		      "2030-03");
	/* a figure of a later year: the year before the story's */
	check_period("Output in 2032 is forecast at 12 mln tonnes, up from last year's "
		      "total of 10 mln tonnes.", "2031-04-20", "10 mln tonnes", "2030");
	/* Reuters 9058 (1987-03-24) */
	check_period("Agriculture Department analysts said next week's figures will likely "
		      "show a sharp drop in acreage to as low as 65 mln acres, down 22 pct from "
		      "last year's plantings of 83.3 mln acres.", "1987-03-24", "83.3 mln acres",
		      "1986");
}

static void test_period11_last_year_by(void **state)
{
	(void)state;
	/* the size of a change: the sentence's year, not last year */
	check_period("Farm spending in 2034 will be down from last year's record by more "
		      "than eight billion dlrs.", "2031-04-20", "eight billion dlrs",
		      "2034");
}

static void test_period11_year_earlier_first_month(void **state)
{
	(void)state;
	check_period("Exports were 905 mln dlrs in January against 929 mln, revised from 971 "
		      "mln in December and 816 mln a year earlier.", "2031-03-04", "816 mln",
		      "2030-01");
	check_period("Chile showed a surplus of 53 mln dlrs in January, revised from 203 mln "
		      "in December and a 323 mln deficit a year earlier.", "2031-03-04",
		      "323 mln", "2030-01");
	/* no earlier month in the list: the figure's own month, as before */
	check_period("Exports were 905 mln dlrs in January against 816 mln a year earlier.",
		      "2031-03-04", "816 mln", "2030-01");
}

static void test_period11_parallel_list(void **state)
{
	(void)state;
	check_period("Peru's January sales totalled 2.07 mln tonnes against 2.59 mln in "
		      "December and 2.04 mln a year earlier, while stocks were 233,003 tonnes "
		      "against 230,764 and 241,567.", "2031-03-23", "241,567", "2030-01");
	check_period("Peru's January sales totalled 2.07 mln tonnes against 2.59 mln in "
		      "December and 2.04 mln a year earlier, while stocks were 233,003 tonnes "
		      "against 230,764 and 241,567.", "2031-03-23", "230,764", "2030-12");
	/* a later paragraph, "respectively" */
	check_period("Lending rose to 146.61 billion dlrs in December from 134.76 billion in "
		      "November and 104.93 billion in December 2029.\n    Deposits increased "
		      "in December to 158.52 billion dlrs against 147.95 billion and 120.03 "
		      "billion, respectively.", "2031-01-20", "120.03 billion", "2029-12");
	/* the next member names its own period: no pattern */
	assert_not_period("Peru's January sales totalled 2.07 mln tonnes against 2.59 mln in "
		      "December and 2.04 mln a year earlier. January exports rose 12.7 pct to "
		      "63.2 billion soles compared with 14.4 pct and 56.1 billion a year ago.",
		      "2031-03-23", "14.4 pct", "2030-12");
	/* Reuters 9171 (1987-03-25) */
	check_period("January imports fell to a provisional 228.86 billion francs from "
		      "240.24 billion in December and 281.65 billion a year earlier, but exports "
		      "were also lower, at 219.41 billion francs against 255.56 billion and "
		      "258.34 billion respectively.", "1987-03-25", "258.34 billion", "1986-01");
}

static void test_period11_year_end_stock(void **state)
{
	(void)state;
	check_period("Kenya's maize stocks at the end of 2030 were 410,000 tonnes, up from "
		      "300,000 at end-2029.", "2031-03-01", "410,000 tonnes", "2030-12-31");
	check_period("Kenya's maize stocks at the end of 2030 were 410,000 tonnes, up from "
		      "300,000 at end-2029.", "2031-03-01", "300,000", "2029-12-31");
	check_period("It forecast end-2031 stocks at around 290,000 tonnes.", "2031-03-01",
		      "290,000 tonnes", "2031-12-31");
	/* not a stock: the month */
	check_period("Kenya's foreign debt stood at 4.5 billion dlrs at the end of 2030.",
		      "2031-03-01", "4.5 billion dlrs", "2030-12");
	/* Reuters 254 (1987-03-01) */
	check_period("It said wheat stocks at the end of 1986 were 390,000 tonnes, up from "
		      "223,000 at end-1985.", "1987-03-01", "390,000 tonnes", "1986-12-31");
}

static void test_period11_weeks(void **state)
{
	(void)state;
	/* 2031-04-10 is a Thursday */
	check_period("Net borrowings averaged 393 mln dlrs in the two weeks to Wednesday.",
		      "2031-04-10", "393 mln dlrs", "2031-03-27/2031-04-09");
	check_period("Soybean prices rose 2 pct in the week to yesterday.", "2031-04-10",
		      "2 pct", "2031-04-03/2031-04-09");
	check_period("Reserves rose about 500 mln dlrs in the past two weeks.", "2031-04-10",
		      "500 mln dlrs", "2031-03-28/2031-04-10");
	check_period("Corn was selling earlier this week for around 71 dlrs per tonne.",
		      "2031-04-10", "71 dlrs", "2031-04-07/2031-04-10");
	/* the day of a statement, and its sentence's own month */
	check_period("The office said earlier this week that February import prices fell "
		      "0.7 pct.", "2031-04-10", "0.7 pct", "2031-02");
	/* Reuters 16053 (1987-04-09) */
	check_period("Data out today show net borrowings from the Fed averaged 393 mln dlrs "
		      "in the two weeks to Wednesday, up from 265 mln dlrs in the prior "
		      "statement period.", "1987-04-09", "393 mln dlrs", "1987-03-26/1987-04-08");
}

static void test_period11_month_part_shipment(void **state)
{
	(void)state;
	check_period("Egypt bought 200,000 tonnes of wheat for late June shipment.",
		      "2031-04-21", "200,000 tonnes", "2031-06");
	check_period("Egypt bought 200,000 tonnes of wheat for late June/early July shipment.",
		      "2031-04-21", "200,000 tonnes", "2031-06/2031-07");
	/* no shipment: the latest June */
	check_period("Egypt bought 200,000 tonnes of wheat in late June.", "2031-04-21",
		      "200,000 tonnes", "2030-06");
	/* Reuters 17022 (1987-04-21) */
	check_period("South Korea yesterday bought 50,000 tonnes of Canadian feed wheat for "
		      "late June/early July shipment at 95.00 dlrs per tonne FOB Vancouver, trade "
		      "sources said.", "1987-04-21", "95.00 dlrs", "1987-06/1987-07");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period11_last_year_noun),
		cmocka_unit_test(test_period11_last_year_by),
		cmocka_unit_test(test_period11_year_earlier_first_month),
		cmocka_unit_test(test_period11_parallel_list),
		cmocka_unit_test(test_period11_year_end_stock),
		cmocka_unit_test(test_period11_weeks),
		cmocka_unit_test(test_period11_month_part_shipment),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
