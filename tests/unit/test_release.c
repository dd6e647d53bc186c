/*
 * test_release.c - release-style text (issue 13's six styles): how a
 * statistics office's monthly trade release writes its figures, on
 * sentences written for these tests in the phrasings such releases use:
 * a balance moving "from A (revised) to B", services balances and flows,
 * changes named by a noun ("a decrease in the goods deficit of A to B"),
 * three-month averages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

#define DATE "2031-04-03"

/* The claim of s named mention has these fields ("" for blank). */
static void want(const char *s, const char *mention, double value, const char *measure,
		 const char *direction, const char *flow, const char *commodity)
{
	struct claim cl = get(s, DATE, mention);

	if (!num_eq(cl.value, value) || strcmp(measure_name(cl.measure), measure) ||
	    strcmp(cl.direction, direction) || strcmp(cl.flow, flow) ||
	    strcmp(cl.commodity, commodity))
		fail_msg("'%s' in '%s': %g %s/%s %s %s, want %g %s/%s %s %s", mention, s, cl.value,
			 measure_name(cl.measure), cl.direction, cl.flow, cl.commodity, value,
			 measure, direction, flow, commodity);
}

/* "from A in January (revised) to B in February": the bracketed aside does
 * not cut B off from the balance named before A; the flows named after it
 * ("as imports fell") are not B's. */
static void test_release_balance_from_revised_to(void **state)
{
	const char *s = "WASHINGTON, April 3 - The deficit narrowed from $51.2 billion in "
			"January (revised) to $48.9 billion in February, as imports fell "
			"more than exports.";

	(void)state;
	want(s, "$51.2 billion", -51.2e9, "balance", "", "trade", "");
	want(s, "$48.9 billion", -48.9e9, "balance", "", "trade", "");
	s = "WASHINGTON, April 3 - The surplus grew from $3.1 billion in January "
	    "(preliminary) to $4.0 billion in February, as exports rose.";
	want(s, "$4.0 billion", 4.0e9, "balance", "", "trade", "");
	/* without a balance before the aside, the level stays a flow's */
	s = "WASHINGTON, April 3 - Exports rose from $201.5 billion in January "
	    "(revised) to $203.0 billion in February.";
	want(s, "$203.0 billion", 203.0e9, "level", "", "export", "");
}

/* "the services surplus", "a surplus on services", "exports of services":
 * trade in services, never "no trade flow"; "goods and services" stays
 * the total. */
static void test_release_services(void **state)
{
	const char *s = "WASHINGTON, April 3 - The services surplus shrank $0.6 billion in "
			"February to $24.1 billion.";

	(void)state;
	want(s, "$0.6 billion", -0.6e9, "change", "down", "trade", "services");
	want(s, "$24.1 billion", 24.1e9, "balance", "", "trade", "services");
	s = "WASHINGTON, April 3 - The country ran a surplus on services of $24.1 billion "
	    "in February.";
	want(s, "$24.1 billion", 24.1e9, "balance", "", "trade", "services");
	s = "WASHINGTON, April 3 - Imports of services rose $0.4 billion to $61.7 billion "
	    "in February.";
	want(s, "$0.4 billion", 0.4e9, "change", "up", "import", "services");
	want(s, "$61.7 billion", 61.7e9, "level", "", "import", "services");
	s = "WASHINGTON, April 3 - The goods and services deficit was $48.9 billion in "
	    "February.";
	want(s, "$48.9 billion", -48.9e9, "balance", "", "trade", "");
	/* the current account stays no trade flow */
	s = "WASHINGTON, April 3 - The current account deficit was $210.5 billion in the "
	    "fourth quarter.";
	want(s, "$210.5 billion", -210.5e9, "balance", "", "", "");
}

/* "reflected a decrease in the goods deficit of $1.9 billion to $75.3
 * billion and an increase in the services surplus of $0.2 billion to $24.3
 * billion": each first figure is the change (of a deficit: its decrease is
 * the balance going up), the second the balance reached. */
static void test_release_change_named_by_a_noun(void **state)
{
	const char *s = "WASHINGTON, April 3 - The February decrease in the deficit reflected "
			"a decrease in the goods deficit of $1.9 billion to $75.3 billion and "
			"an increase in the services surplus of $0.2 billion to $24.3 billion.";

	(void)state;
	want(s, "$1.9 billion", 1.9e9, "change", "up", "trade", "goods");
	want(s, "$75.3 billion", -75.3e9, "balance", "", "trade", "goods");
	want(s, "$0.2 billion", 0.2e9, "change", "up", "trade", "services");
	want(s, "$24.3 billion", 24.3e9, "balance", "", "trade", "services");
	s = "OTTAWA, April 3 - Canada's exports posted a rise of 450 mln dlrs in February.";
	want(s, "450 mln dlrs", 450e6, "change", "up", "export", "");
	/* "the value of exports of 3 billion": no direction noun, no change */
	s = "OTTAWA, April 3 - A decline in prices left the value of exports of wheat at "
	    "3 billion dlrs.";
	want(s, "3 billion dlrs", 3e9, "level", "", "export", "wheat");
}

/* A sentence opening with "Average exports" or "the average ... deficit"
 * is a release's three-month moving average. */
static void test_release_three_month_average(void **state)
{
	const char *s = "WASHINGTON, April 3 - Average imports rose $1.1 billion to $330.4 "
			"billion in February.";
	struct claim cl;

	(void)state;
	cl = get(s, DATE, "$1.1 billion");
	assert_int_equal(cl.basis, BASIS_AVG3M);
	cl = get(s, DATE, "$330.4 billion");
	assert_int_equal(cl.basis, BASIS_AVG3M);
	s = "WASHINGTON, April 3 - Year-over-year, the average goods and services "
	    "deficit decreased $2.5 billion from the three months ending in February 2030.";
	cl = get(s, DATE, "$2.5 billion");
	assert_int_equal(cl.basis, BASIS_AVG3M);
	/* an average price, or "average" not opening the sentence: no basis */
	s = "WASHINGTON, April 3 - Average export prices rose 0.4 percent in February.";
	cl = get(s, DATE, "0.4 percent");
	assert_int_equal(cl.basis, BASIS_NONE);
	s = "WASHINGTON, April 3 - Exports rose $2.0 billion, above the average exports "
	    "of last year.";
	cl = get(s, DATE, "$2.0 billion");
	assert_int_equal(cl.basis, BASIS_NONE);
}

/* The claim of s named mention has this period and measure. */
static void want_period(const char *s, const char *mention, const char *period,
			const char *measure)
{
	struct claim cl = get(s, DATE, mention);

	if (strcmp(cl.period, period) || strcmp(measure_name(cl.measure), measure))
		fail_msg("'%s' in '%s': %s %s, want %s %s", mention, s, cl.period,
			 measure_name(cl.measure), period, measure);
}

/* A statistical office's comparisons: "compared with March 2030 (EUR 98.1
 * bn)" gives the bracketed figure the base's period; "compared with
 * January-March 2030" is a base like a single month; "compared with +EUR
 * 4.2 bn in ..." and "compared with a deficit of EUR 4.2 bn in ..." are
 * earlier values whose period is not the sentence's. */
static void test_release_bases_and_earlier_values(void **state)
{
	const char *s = "LUXEMBOURG, April 3 - Ruritania's exports of goods in February 2031 "
			"were EUR 101.7 bn, up 3.7% compared with February 2030 (EUR 98.1 bn).";

	(void)state;
	want_period(s, "EUR 101.7 bn", "2031-02", "level");
	want_period(s, "EUR 98.1 bn", "2030-02", "level");
	s = "LUXEMBOURG, April 3 - In January to March 2031, imports rose to EUR 310.2 bn "
	    "(up 2.2% compared with January-March 2030).";
	want_period(s, "EUR 310.2 bn", "2031-01/2031-03", "level");
	want_period(s, "2.2%", "2031-01/2031-03", "change_yoy");
	s = "LUXEMBOURG, April 3 - In January to March 2031, exports rose to EUR 301.0 bn. "
	    "Ruritania recorded a deficit of EUR 9.2 bn, compared with +EUR 4.2 bn in "
	    "January-March 2030.";
	want_period(s, "EUR 9.2 bn", "2031-01/2031-03", "balance");
	want_period(s, "+EUR 4.2 bn", "2030-01/2030-03", "balance");
	s = "LUXEMBOURG, April 3 - In January to March 2031, exports rose to EUR 301.0 bn. "
	    "Ruritania recorded a deficit of EUR 9.2 bn, compared with a surplus of EUR "
	    "4.2 bn in January-March 2030.";
	want_period(s, "EUR 9.2 bn", "2031-01/2031-03", "balance");
	want_period(s, "EUR 4.2 bn", "2030-01/2030-03", "balance");
}

/* "China's total foreign trade rose 2.5 percent": trade with all partners;
 * "Year-over-year, ... from February 2030": a year after its base. */
static void test_release_total_trade_and_year_over_year(void **state)
{
	const char *s = "BEIJING, April 3 - Ruritania's total foreign trade rose 2.5 percent "
			"to 4.1 trillion yuan in the first quarter.";
	struct claim cl;

	(void)state;
	want(s, "4.1 trillion yuan", 4.1e12, "level", "", "trade", "");
	cl = get(s, DATE, "2.5 percent");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.partner, "WORLD");
	s = "BEIJING, April 3 - External trade totalled 1.2 trillion yuan in March.";
	cl = get(s, DATE, "1.2 trillion yuan");
	assert_string_equal(cl.flow, "trade");
	assert_string_equal(cl.partner, "WORLD");
	/* trade policy, a trade minister: no figure of trade */
	s = "BEIJING, April 3 - The foreign trade minister said tariffs rose 5 percent.";
	cl = get(s, DATE, "5 percent");
	assert_string_equal(cl.flow, "");
	s = "WASHINGTON, April 3 - The deficit was $58.0 billion in February.\n"
	    "    Year-over-year, the goods and services deficit decreased $6.1 billion, "
	    "or 9.5 percent, from February 2030.";
	want_period(s, "$6.1 billion", "2031-02", "change_yoy");
	want_period(s, "9.5 percent", "2031-02", "change_yoy");
	/* a base a year before the story: no period after it yet */
	s = "WASHINGTON, April 3 - The deficit was $58.0 billion in February.\n"
	    "    Year-over-year, exports increased $2.0 billion from June 2030.";
	want_period(s, "$2.0 billion", "", "change_yoy");
}

/* "from the same period in 2030" of a 2031 period: year-on-year. */
static void test_release_same_period_a_year_before(void **state)
{
	const char *s = "WASHINGTON, April 3 - The deficit was $58.0 billion in February.\n"
			"    In January-February 2031, the deficit increased $12.4 billion, or "
			"6.2 percent, from the same period in 2030.";

	(void)state;
	want_period(s, "$12.4 billion", "2031-01/2031-02", "change_yoy");
	want_period(s, "6.2 percent", "2031-01/2031-02", "change_yoy");
	/* the same period two years before is no year-on-year change */
	s = "WASHINGTON, April 3 - The deficit was $58.0 billion in February.\n"
	    "    In January-February 2031, the deficit increased $12.4 billion from the "
	    "same period in 2029.";
	want_period(s, "$12.4 billion", "2031-01/2031-02", "change");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_release_balance_from_revised_to),
		cmocka_unit_test(test_release_services),
		cmocka_unit_test(test_release_change_named_by_a_noun),
		cmocka_unit_test(test_release_three_month_average),
		cmocka_unit_test(test_release_bases_and_earlier_values),
		cmocka_unit_test(test_release_total_trade_and_year_over_year),
		cmocka_unit_test(test_release_same_period_a_year_before),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
