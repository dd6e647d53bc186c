/*
 * test_units7.c - issue 13 point 5 (units7): figures and units found by
 * reading the two free pools of Reuters-21578 stories, checked here on
 * sentences written for these tests: a change of a rate in points glued to
 * a number ("a 25-basis-point cut", "a 0.5-point rise"), and what is no
 * such figure ("a 10-point plan", an index's points); the dinars of a Belgrade story,
 * Yugoslavia's of their day (YUD in 1987), not Kuwait's; an elided figure
 * that "the" makes a noun ("rather than the 210 mln announced"); a range
 * glued by a hyphen to a number the currency before it opens ("$228-232/t",
 * "$1.2-1.5 billion", "EUR 3-4 bn"), as commodity wires and releases write;
 * crore abbreviated "Cr" in Indian releases; two figures that are the ends
 * of one range ("between $3 billion and $4 billion"); a money market's
 * shortage signed as a deficit, the assistance it gets not.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

#define DATE "1987-04-02"

/* The claim of s whose mention is exactly mention has value, unit, per and
 * approx. */
static void fig(const char *s, const char *mention, double value, const char *unit,
		const char *per, const char *approx)
{
	struct claim cl = get(s, DATE, mention);

	if (!num_eq(cl.value, value))
		fail_msg("'%s' in '%s': value %.10g, want %.10g", mention, s, cl.value, value);
	if (strcmp(cl.unit, unit) || strcmp(cl.per, per) || strcmp(cl.approx, approx))
		fail_msg("'%s' in '%s': unit '%s' per '%s' approx '%s', want '%s' '%s' '%s'", mention,
			 s, cl.unit, cl.per, cl.approx, unit, per, approx);
}

/* No figure of s (money, quantity, percent) overlaps the first occurrence
 * of word. */
static void no_fig(const char *s, const char *word)
{
	struct doc d;
	struct claims c;
	const char *w = strstr(s, word);
	size_t a, b;

	assert_non_null(w);
	a = (size_t)(w - s);
	b = a + strlen(word);
	doc_from(&d, s, DATE);
	claims_init(&c);
	parse_doc(&d, &c);
	for (size_t i = 0; i < c.n; i++)
		if (c.v[i].kind != CLAIM_DATE && c.v[i].start < b && a < c.v[i].end)
			fail_msg("a figure at byte %zu over '%s' in '%s'", c.v[i].start, word, s);
	claims_release(&c);
	doc_release(&d);
}

static void test_rate_change_in_points_glued_to_a_number(void **state)
{
	(void)state;
	fig("The bank made a 25-basis-point cut in its lending rate.", "25-basis-point", 25, "bp", "",
	    "");
	fig("A 0.5-point rise in the rate was priced in.", "0.5-point", 0.5, "pp", "", "");
	fig("Rates were raised by a 1.5-percentage-point margin.", "1.5-percentage-point", 1.5, "pp",
	    "", "");
	/* what was read before stays */
	fig("The bank cut its prime rate half a point to 9.25 pct.", "half a point", 0.5, "pp", "",
	    "");
	fig("Deposit rates eased 1/4 point to 9-7/8 pct.", "1/4 point", 0.25, "pp", "", "");
}

static void test_points_that_are_no_rate_change(void **state)
{
	(void)state;
	no_fig("Rates are part of a 10-point plan to cut debt.", "10-point");
	no_fig("The index fell 12 points as the rates rose.", "12 points");
	/* no rate in the sentence */
	no_fig("The team had a 1-point lead after a 25-basis-point cut.", "25-basis-point");
	/* no change sized */
	no_fig("The 25-basis-point rule on rates was dropped from the bill.", "25-basis-point");
	/* points in words alone: the gold's convention (points.c) */
	no_fig("Banks made a modest half-point cut in base lending rates to 10 pct.", "half-point");
}

static void test_dinars_of_a_belgrade_story(void **state)
{
	struct claim cl;
	static const char t[] = "BELGRADE, April 13 - Exports were worth 150 billion dinars in the "
				"first quarter, against 98 billion dinars a year earlier.";

	(void)state;
	/* the first figure of the story too, before any sentence named the
	 * country: the dateline's */
	cl = get(t, "1987-04-13", "150 billion dinars");
	assert_string_equal(cl.unit, "YUD");
	cl = get(t, "1987-04-13", "98 billion dinars");
	assert_string_equal(cl.unit, "YUD");
	/* the dinar of the story's day */
	cl = get(t, "1991-04-13", "150 billion dinars");
	assert_string_equal(cl.unit, "YUN");
	/* a Kuwaiti story's dinars stay Kuwait's */
	cl = get("KUWAIT, April 13 - Kuwait's exports were worth 1.5 billion dinars in March.",
		 "1987-04-13", "1.5 billion dinars");
	assert_string_equal(cl.unit, "KWD");
}

static void test_elided_figure_the_article_makes_a_noun(void **state)
{
	(void)state;
	fig("The crop was revised to 190 mln tonnes, rather than the 210 mln announced.", "210 mln",
	    210e6, "t", "", "");
	fig("Exports rose to 10.4 billion marks, above the 6.84 billion reached a year before.",
	    "6.84 billion", 6.84e9, "DEM", "", "");
	fig("Sales reached 3.33 mln tonnes, close to the 3.37 mln under licence last year.",
	    "3.37 mln", 3.37e6, "t", "", "");
	/* a count the noun after it names stays none */
	no_fig("Sales reached 3.33 mln tonnes, and the 2.5 mln farmers were paid.", "2.5 mln");
}

static void test_currency_before_a_hyphen_range(void **state)
{
	struct claim cl;

	(void)state;
	fig("Wheat was quoted at $228-232/t FOB, traders said.", "$228-232", 230, "USD", "t", "");
	fig("Sovecon put wheat at $234-$236 a ton FOB.", "$234-$236", 235, "USD", "t", "");
	fig("Sales are seen at $1.2-1.5 billion this year.", "$1.2-1.5 billion", 1.35e9, "USD", "",
	    "");
	fig("Investment was EUR 3-4 bn in 2025.", "EUR 3-4 bn", 3.5e9, "EUR", "", "");
	fig("Prices were $4,100-4,200 per tonne.", "$4,100-4,200", 4150, "USD", "t", "");
	/* the precision spans the range */
	cl = get("Sales are seen at $1.2-1.5 billion this year.", DATE, "$1.2-1.5 billion");
	if (cl.precision < 0.15e9)
		fail_msg("precision %g does not span the range", cl.precision);
	/* no range: a date's slash, an upper end ten times the lower */
	no_fig("The $5-10/87 contract expired.", "10/87");
	fig("It paid $5-100 for each share.", "$5", 5, "USD", "", "");
}

static void test_crore_abbreviated(void **state)
{
	(void)state;
	fig("Exports were Rs. 1,980 Cr. a year ago.", "Rs. 1,980 Cr", 1.98e10, "INR", "", "");
	fig("Imports were Rs 3,120 cr in March.", "Rs 3,120 cr", 3.12e10, "INR", "", "");
}

static void test_two_figures_that_are_a_range(void **state)
{
	struct claim cl;

	(void)state;
	fig("Sales were between $3 billion and $4 billion last year.",
	    "between $3 billion and $4 billion", 3.5e9, "USD", "", "");
	fig("Prices ranged from $3,100 to $3,400 a tonne.", "$3,100 to $3,400", 3250, "USD", "t", "");
	fig("Money was lent at between 9-15/16 pct and 10 pct.", "between 9-15/16 pct and 10 pct",
	    9.96875, "%", "", "");
	cl = get("Sales were between $3 billion and $4 billion last year.", DATE,
		 "between $3 billion and $4 billion");
	if (cl.precision < 0.5e9)
		fail_msg("precision %g does not span the range", cl.precision);
	/* "from ... to" alone is a change: two figures */
	fig("Exports rose from $3 billion to $4 billion.", "$3 billion", 3e9, "USD", "", "");
	fig("Exports rose from $3 billion to $4 billion.", "$4 billion", 4e9, "USD", "", "");
	/* ends too far apart, or in two units */
	fig("Sales were between $3 billion and $40 billion.", "$40 billion", 4e10, "USD", "", "");
	fig("Sales were between $3 billion and EUR 4 billion.", "EUR 4 billion", 4e9, "EUR", "", "");
}

static void test_money_market_shortage_is_a_deficit(void **state)
{
	(void)state;
	/* tests/eval/gold/GUIDE.md signs every deficit: a money market's shortage is its
	 * deficit, as "the deficit in the system" already was */
	fig("The Bank of England forecast a shortage of around 700 mln stg in the money market.",
	    "700 mln stg", -7e8, "GBP", "", "around");
	fig("The Bank put the likely liquidity shortage at some 1.75 billion stg.", "1.75 billion stg",
	    -1.75e9, "GBP", "", "some");
	/* the help given to a market short of money is none */
	fig("Meeting today's shortfall, the Bank provided 261 mln stg assistance.", "261 mln stg",
	    2.61e8, "GBP", "", "");
	fig("After a shortage was forecast, the Bank gave the market help of 400 mln stg.",
	    "400 mln stg", 4e8, "GBP", "", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rate_change_in_points_glued_to_a_number),
		cmocka_unit_test(test_points_that_are_no_rate_change),
		cmocka_unit_test(test_dinars_of_a_belgrade_story),
		cmocka_unit_test(test_elided_figure_the_article_makes_a_noun),
		cmocka_unit_test(test_currency_before_a_hyphen_range),
		cmocka_unit_test(test_crore_abbreviated),
		cmocka_unit_test(test_two_figures_that_are_a_range),
		cmocka_unit_test(test_money_market_shortage_is_a_deficit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
