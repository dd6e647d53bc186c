/*
 * test_recall.c - issue 13's recall rules of the claim grammar (gram.c,
 * figure.c) on sentences written for these tests: figures whose unit is
 * elided or shared, ranges, quotes and units news writes; and what stays no
 * figure (counts, years, range ends).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* The claim of s whose mention is exactly mention has value and unit. */
static void assert_fig(const char *s, const char *mention, double value, const char *unit)
{
	struct claim cl = get(s, "1987-03-20", mention);

	if (!num_eq(cl.value, value))
		fail_msg("'%s': value %.10g, want %.10g", mention, cl.value, value);
	assert_string_equal(cl.unit, unit);
}

/* s has no figure claim whose mention is exactly mention. */
static void assert_no_fig(const char *s, const char *mention)
{
	struct doc d;
	struct claims c;
	long i;

	doc_from(&d, s, "1987-03-20");
	claims_init(&c);
	parse_doc(&d, &c);
	i = claim_find(&d, &c, mention);
	if (i >= 0 && c.v[i].kind != CLAIM_DATE)
		fail_msg("'%s' is a figure in '%s'", mention, s);
	claims_release(&c);
	doc_release(&d);
}

static void test_recall_elided_unit_in_the_sentence(void **state)
{
	(void)state;
	/* an elided unit after a flow noun, before "he said" */
	assert_fig("Sales abroad came to 31.2 billion pesos and purchases 27.9 billion, he said.",
		   "27.9 billion", 27.9e9, "MXP");	/* 1987: the old peso */
	/* after "at ... after", a possessive month */
	assert_fig("Exports stood at 4.2 billion dlrs after 3.9 billion.", "3.9 billion", 3.9e9, "USD");
	assert_fig("The surplus grew to 410 mln stg from March's 388 mln.", "388 mln", 388e6, "GBP");
	/* a balance word after it */
	assert_fig("It showed a 61 mln dlr deficit against a 12 mln surplus.", "12 mln", 12e6, "USD");
	/* a participle or verb after it */
	assert_fig("Shipments rose to 3.1 mln tonnes from the 2.7 mln inspected a week ago.", "2.7 mln",
		   2.7e6, "t");
	assert_fig("Exports were 12.4 billion crowns, down on the 13.1 billion figure of May.",
		   "13.1 billion", 13.1e9, "SEK");
	/* a change and the level it reached, unless the two can be a range */
	assert_fig("Deposits held 4.2 billion Swiss francs; loans rose 310 mln to 19.6 billion.", "310 mln",
		   310e6, "CHF");
	assert_fig("It sees the deficit at 40 billion dlrs, falling by 15 billion to 20 billion dlrs.",
		   "15 billion to 20 billion dlrs", 17.5e9, "USD");
	/* a count of a noun is no figure */
	assert_no_fig("The firm sold 40 mln dlrs of bonds; it has 3 mln shares.", "3 mln");
}

static void test_recall_elided_unit_in_a_later_sentence(void **state)
{
	(void)state;
	assert_fig("Imports rose to 8.12 billion marks from 7.7 billion. Exports rose to 9.3 billion "
		   "from 9.05 billion.", "9.3 billion", 9.3e9, "DEM");
	/* the same scale word only */
	assert_no_fig("Imports rose to 8.12 billion marks. About 2.1 mln were employed.", "2.1 mln");
	/* the next sentence, even in the next paragraph (wire copy's are one
	 * sentence each), but no further */
	assert_fig("Imports rose to 8.12 billion marks.\n    Exports were 9.3 billion.", "9.3 billion",
		   9.3e9, "DEM");
	assert_no_fig("Imports rose to 8.12 billion marks.\n    The bank said so.\n    It sold "
		      "9.3 billion.", "9.3 billion");
	/* a figure of nothing is no figure */
	assert_no_fig("Imports rose to 8.12 billion marks from 0 billion.", "0 billion");
}

static void test_recall_bare_number_after_a_figure(void **state)
{
	(void)state;
	/* the scale and the unit of the figure it is compared with */
	assert_fig("Shipments rose to 512.4 mln dlrs from 498.1 (revised from 497.6) a year ago.",
		   "498.1", 498.1e6, "USD");
	assert_fig("Shipments rose to 512.4 mln dlrs from 498.1 (revised from 497.6) a year ago.",
		   "497.6", 497.6e6, "USD");
	/* a rate quoted after the one before */
	assert_fig("The dollar closed at 1.7922 marks after 1.7850 on Monday.", "1.7850", 1.785, "DEM");
	assert_fig("It closed at 1.7922 marks after Monday's 1.7850.", "1.7850", 1.785, "DEM");
	/* the figure before the last one, when its number is alike */
	assert_fig("It sold 51,200 tonnes worth 9 mln stg, versus 48,900 and 8 mln stg in May.",
		   "48,900", 48900, "t");
	assert_fig("The jobless rate fell to 8.4 pct from 8.7 in May.", "8.7", 8.7, "%");
	/* a year, a far smaller number, a count, a range's lower end: no figure */
	assert_no_fig("The tax rose to 2,100 dlrs from 1986.", "1986");
	assert_no_fig("The bill was 650 dlrs after 3 weeks.", "3");
	assert_no_fig("Output was 4.2 mln tonnes and 7.1 mln tonnes from 3.9 plants.", "3.9");
	assert_fig("Output was put at 4.2 mln tonnes, ranging from 3.9 to 4.5 mln.", "4.2 mln tonnes",
		   4.2e6, "t");
	assert_no_fig("Output was put at 4.2 mln tonnes, against 3.9 to 4.5 mln.", "3.9");
}

static void test_recall_local_currency_names(void **state)
{
	(void)state;
	assert_fig("KARACHI, March 2 - Pakistan raised the support price of cotton. Pakistan said "
		   "growers will get 4.10 rupees per kilo, Pakistan's ministry said.",
		   "4.10 rupees", 4.10, "PKR");
	assert_fig("NEW DELHI, March 2 - India's exports rose. India said it earned 4.1 billion rupees.",
		   "4.1 billion rupees", 4.1e9, "INR");
}

static void test_recall_ranges(void **state)
{
	(void)state;
	/* "ranging from" makes a range of what "from ... to" leaves a change */
	assert_fig("Estimates of the crop were 12.5 mln tonnes, ranging from 11.8 to 13.1 mln.",
		   "11.8 to 13.1 mln", 12.45e6, "t");
	/* a number word as the lower end */
	assert_fig("Banks expect rates of seven to 7.50 pct.", "seven to 7.50 pct", 7.25, "%");
	assert_fig("The bill could cost two to three billion dlrs.", "two to three billion dlrs",
		   2.5e9, "USD");
	/* not a change and the level it reached */
	assert_fig("The rate rose by one to 7.50 pct.", "7.50 pct", 7.5, "%");
	/* the earlier value of a change may be a range */
	assert_fig("The rate moved to around 7.25 to 7.50 pct from seven to 7.10 pct.",
		   "seven to 7.10 pct", 7.05, "%");
}

static void test_recall_dealer_quotes(void **state)
{
	(void)state;
	/* bid and offer: the midpoint, the unit after it or carried */
	assert_fig("The dollar closed at 139.60/70 yen against 138.90/00 in Tokyo.",
		   "139.60/70 yen", 139.65, "JPY");
	assert_fig("The dollar closed at 139.60/70 yen against 138.90/00 in Tokyo.",
		   "138.90/00", 138.95, "JPY");
	/* a rate is quoted offer first */
	assert_fig("Three-month money was at 4.31/19 pct.", "4.31/19 pct", 4.25, "%");
	/* a currency in brackets, the Ecu in words */
	assert_fig("Dealers saw it at 141 (yen) and 1.85 (marks).", "1.85 (marks)", 1.85, "DEM");
	assert_fig("It showed a 4.1 billion mark surplus.", "4.1 billion mark", 4.1e9, "DEM");
	assert_no_fig("The dollar fell below the 150 mark.", "150 mark");
	assert_fig("The price fell to 172.10 European currency units a tonne.",
		   "172.10 European currency units", 172.10, "XEU");
	/* a date is no quote */
	assert_no_fig("Sales in the week to 4/2/87 were firm.", "4/2");
}

static void test_recall_hyphenated_amounts(void **state)
{
	(void)state;
	assert_fig("It aims at a seven-billion-dlr surplus.", "seven-billion-dlr", 7e9, "USD");
	assert_fig("Stocks are a half-mln tonnes above target.", "half-mln tonnes", 5e5, "t");
	assert_no_fig("A one-man show was held.", "one-man");
}

static void test_recall_units_news_writes(void **state)
{
	(void)state;
	assert_fig("The mine produced 412,000 troy ounces of gold.", "412,000 troy ounces", 412000, "oz");
	assert_fig("Output reached 1.7 mln ounces.", "1.7 mln ounces", 1.7e6, "oz");
	assert_fig("It sold 2,500 kilos of saffron.", "2,500 kilos", 2500, "kg");
	assert_fig("It sold 800 litres of oil.", "800 litres", 0.8, "m3");
	assert_fig("The sale drew 640 carcases.", "640 carcases", 640, "carcase");
}

static void test_recall_table_cells(void **state)
{
	static const char story[] =
		"OTTAWA, May 4 - Stocks of grain at terminals, in thousand tonnes,\n"
		"with comparisons --\n"
		"               5/1/87    Prev Wk\n"
		" Barley        1,204.5   1,187.0\n"
		" Oats            312.8-x   301.4\n"
		" x-revised.\n";

	(void)state;
	/* a cell takes the unit and scale of the table's lead */
	assert_fig(story, "1,204.5", 1204500, "t");
	assert_fig(story, "301.4", 301400, "t");
	assert_fig(story, "312.8", 312800, "t");
	/* a date in the header is no cell */
	assert_no_fig(story, "5/1");
	assert_no_fig(story, "87");
	/* a brackets heading names the unit too */
	assert_fig("USDA gave these figures.\n Rice (mln bags)\n Brown      12.4      11.9\n",
		   "11.9", 11.9e6, "bag");
	/* no unit declared, or a number in prose: no figure */
	assert_no_fig(" Barley        1,204.5   1,187.0\n", "1,204.5");
	assert_no_fig("Stocks, in thousand tonnes, rose.\n    They said 12 ships came.\n", "12");
	/* a bracketed figure is no table's lead */
	assert_fig("A deficit of 1.6 billion stg ( $ 2.54 billion ) was seen.", "$ 2.54 billion",
		   -2.54e9, "USD");	/* the deficit's conversion: negative too (recall2) */
}

static void test_recall_earlier_value_of_a_change(void **state)
{
	(void)state;
	/* "from A to B unit": A is a figure of B's unit */
	assert_fig("The support price was cut from 215.60 to 190.25 European currency units.",
		   "215.60", 215.60, "XEU");
	assert_fig("Reserves rose from 7.9 to 8.4 billion dlrs.", "7.9", 7.9e9, "USD");
	assert_fig("Reserves rose from 790 mln to 1.2 billion dlrs.", "790 mln", 790e6, "USD");
	/* a range is one figure; a year, or a far smaller number, is none */
	assert_fig("Bids varied from 20 mln to 80 mln dlrs.", "20 mln to 80 mln dlrs", 50e6, "USD");
	assert_no_fig("Sales rose from 1986 to 2,100 dlrs.", "1986");
	assert_no_fig("Prices rose from 3 to 450 dlrs.", "3");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recall_elided_unit_in_the_sentence),
		cmocka_unit_test(test_recall_elided_unit_in_a_later_sentence),
		cmocka_unit_test(test_recall_bare_number_after_a_figure),
		cmocka_unit_test(test_recall_local_currency_names),
		cmocka_unit_test(test_recall_ranges),
		cmocka_unit_test(test_recall_dealer_quotes),
		cmocka_unit_test(test_recall_hyphenated_amounts),
		cmocka_unit_test(test_recall_table_cells),
		cmocka_unit_test(test_recall_units_news_writes),
		cmocka_unit_test(test_recall_earlier_value_of_a_change),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
