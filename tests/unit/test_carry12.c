/*
 * test_carry12.c - the discourse frame of session 12 (carry12, scope.c):
 * a deal's or release's flow, reporter, partner and period reach the
 * later quantities of it whose sentence states no flow ("The bonus awards
 * were made to Louis Dreyfus Corp (200,000 tonnes)"); a flow's goods reach
 * its later figures that name none ("The main suppliers in 1986 were
 * Australia (44 pct)"); a currency's move keeps no goods of the story's
 * title. And the stops: a country outside the deal's two sides, a head
 * of another kind (stocks, yields), a table row's cell, a flow stated
 * anew, a total. Each construction has sentences written for the test
 * and one Reuters sentence (dev story or others.txt).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_carry12_deal_frame(void **state)
{
	const char *s = "WASHINGTON, May 4 - Ruritania sold 300,000 tonnes of wheat to Egypt for "
			"delivery in June-August, the ministry said.\n"
			"    The sales were made through two trading houses (200,000 tonnes and "
			"100,000 tonnes), it said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2031-05-04", "200,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.partner, "EG");
	cl = get(s, "2031-05-04", "100,000 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.partner, "EG");
}

/* 15916 (Reuters dev): the awards of the bonus sales to Jordan */
static void test_carry12_deal_frame_reuters(void **state)
{
	const char *s =
		"EXPORT BONUS WHEAT FOR JORDAN --USDA\n\n"
		"WASHINGTON, April 9 - The Commodity Credit Corporation\n"
		"(CCC) accepted eight bonus offers from two exporters on sales\n"
		"of 190,000 tonnes of hard red winter and 35,000 tonnes of soft\n"
		"red winter wheat to Jordan, the U.S. Agriculture Department\n"
		"said.\n"
		"    The department said the bonuses awarded averaged 38.08 dlrs\n"
		"per tonne and the wheat is for delivery May-November, 1987.\n"
		"    The bonus awards were made to Louis Dreyfus Corp (200,000\n"
		"tonnes), and Continental Grain Co (25,000 tonnes) and will be\n"
		"paid in the form of commodities from CCC stocks.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-04-09", "25,000 tonnes");
	assert_who(&cl, "export", "US", "JO");
	assert_string_equal(cl.period, "1987-05/1987-11");
	/* the second figure of the sale's sentence: the first's period */
	cl = get(s, "1987-04-09", "35,000 tonnes");
	assert_string_equal(cl.period, "1987-05/1987-11");
}

/* What the deal's frame must not reach. */
static void test_carry12_deal_stops(void **state)
{
	struct claim cl;

	(void)state;
	/* another country: another deal */
	cl = get("Ruritania sold 300,000 tonnes of wheat to Egypt, the ministry said.\n"
		 "    Morocco received 50,000 tonnes last week, traders said.\n",
		 "2031-05-04", "50,000 tonnes");
	assert_string_equal(cl.flow, "");
	/* a head of another kind: stocks (254, Reuters dev) */
	cl = get("JAKARTA, March 2 - Indonesia's wheat imports are expected to fall to 1.5 "
		 "mln tonnes in calendar 1987 from 1.69 mln in 1986, the U.S. Embassy's "
		 "annual agriculture report said.\n"
		 "    It said the drop was expected, because there will be a drawdown on "
		 "stocks built up near the end of 1986.\n"
		 "    It said wheat stocks at the end of 1986 were 390,000 tonnes, up from "
		 "223,000 at end-1985.\n", "1987-03-01", "223,000");
	assert_string_equal(cl.flow, "");
	/* a yield per hectare (12887, Reuters dev) */
	cl = get("Ruritania may export one mln tonnes of wheat next year, the minister said.\n"
		 "    The aim is to raise yields from the current 1.8 tonnes per ha, he said.\n",
		 "2031-04-03", "1.8 tonnes per ha");
	assert_string_equal(cl.flow, "");
	/* a table row's cell (15906, others.txt) */
	cl = get("The department made these projections, in mln tonnes --\n"
		 " Imports      97.57    98.27\n"
		 " Total Domes 517.26   514.89\n", "1987-04-09", "514.89");
	assert_string_equal(cl.flow, "");
}

/* 8993 (others.txt): the sales of the agreement's year, and their parts */
static void test_carry12_deal_parts(void **state)
{
	const char *s =
		"    Sales of corn to the USSR for delivery during the fourth\n"
		"year of the agreement -- which began October 1, 1986 -- now\n"
		"total 2,600,000  tonnes, it said.\n"
		"    In the third agreement year sales totaled 6,960,700 tonnes\n"
		"-- 152,600 tonnes of wheat and 6,808,100 tonnes of corn.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-24", "152,600 tonnes");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.partner, "SU");
}

static void test_carry12_flow_goods(void **state)
{
	struct claim cl;

	(void)state;
	/* 254 (Reuters dev) */
	cl = get("JAKARTA, March 2 - Indonesia's wheat imports are expected to fall to 1.5 "
		 "mln tonnes in calendar 1987 from 1.69 mln in 1986, the U.S. Embassy's "
		 "annual agriculture report said.\n"
		 "    The main suppliers in 1986 were Australia (44 pct), the U.S. (29 pct) "
		 "and Canada (12 pct).\n", "1987-03-01", "29 pct");
	assert_string_equal(cl.commodity, "wheat");
	cl = get("Ruritania's coffee exports rose to 900 mln dlrs in 2030, the bank said.\n"
		 "    The main buyers were Germany (40 pct) and Japan (20 pct).\n",
		 "2031-03-01", "20 pct");
	assert_string_equal(cl.commodity, "coffee");
	/* a flow stated anew, or a total: no goods carried */
	cl = get("Ruritania's coffee exports rose to 900 mln dlrs in 2030, the bank said.\n"
		 "    Total exports rose to 4.1 billion dlrs.\n", "2031-03-01",
		 "4.1 billion dlrs");
	assert_string_equal(cl.commodity, "");
}

static void test_carry12_currency_move(void **state)
{
	struct claim cl;

	(void)state;
	/* 17074 (Reuters dev) */
	cl = get("TAIWAN WINS REVISED TEXTILE ACCORD FROM U.S.\n\n"
		 "TAIPEI, April 24 - Taiwan and the U.S. have revised their textile accord.\n"
		 "    The Taiwan currency has risen 17 pct against the U.S. Dollar since "
		 "September 1985.\n", "1987-04-24", "17 pct");
	assert_string_equal(cl.commodity, "");
	/* the goods named in the sentence stay */
	cl = get("COFFEE PRICES FALL\n\n"
		 "LONDON, May 2 - Coffee prices fell 12 pct this week, dealers said.\n",
		 "2031-05-02", "12 pct");
	assert_string_equal(cl.commodity, "coffee");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_carry12_deal_frame),
		cmocka_unit_test(test_carry12_deal_frame_reuters),
		cmocka_unit_test(test_carry12_deal_stops),
		cmocka_unit_test(test_carry12_deal_parts),
		cmocka_unit_test(test_carry12_flow_goods),
		cmocka_unit_test(test_carry12_currency_move),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
