/*
 * test_measure8.c - what a figure is (issue 13's measure, eighth parser
 * pass: targets an agreement sizes, balances named in apposition), on
 * sentences written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* What an agreement commits its parties to is a target: an amount sizing
 * the accord, "for" right after it, or governed through an infinitive or
 * a modal; a money-market agreement and what happened under an accord
 * are not. */
static void test_measure8_an_agreement_sizes_a_target(void **state)
{
	const char *d = "2026-03-18";

	(void)state;
	check_measure("Ruritania and Freedonia signed a 300 mln crown barter agreement on "
		       "Monday.", d, "300 mln crown", "target");
	check_measure("Ruritania signed a trade accord for 45 mln dlrs with Freedonia.", d,
		       "45 mln dlrs", "target");
	check_measure("The minister said the pact was to supply 200,000 tonnes of rice to "
		       "Freedonia.", d, "200,000 tonnes", "target");
	check_measure("Under the deal Freedonia will buy 1.5 mln tonnes of maize and 400,000 "
		       "tonnes of barley.", d, "400,000 tonnes", "target");
	check_measure("The plan calls for investment of 50 mln dlrs in 2027, 70 mln in 2028 "
		       "and 90 mln in 2029.", d, "70 mln", "target");
	check_measure("The plan calls for investment of 50 mln dlrs in 2027, 70 mln in 2028 "
		       "and 90 mln in 2029.", d, "90 mln", "target");
	/* not a commitment */
	check_measure("The central bank injected 300 billion crowns through a repurchase "
		       "agreement.", d, "300 billion crowns", "level");
	check_measure("Since the accord was signed exports have risen to 4.2 billion dlrs.",
		       d, "4.2 billion dlrs", "level");
}

/* A limit or quota moved "to" a figure: the figure is the new limit. */
static void test_measure8_a_limit_moved_to(void **state)
{
	const char *d = "2026-03-18";

	(void)state;
	check_measure("The central bank cut the ceiling on its purchases of forward dollars "
		       "from the banks to 35 pct.", d, "35 pct", "target");
	check_measure("The central bank cut its purchases of forward dollars from the banks "
		       "to 35 pct of the total.", d, "35 pct", "share");
}

/* A balance named, then its level in apposition after a comma or
 * "running at". */
static void test_measure8_a_balance_in_apposition(void **state)
{
	const char *d = "2026-03-18";

	(void)state;
	check_measure("Freedonia wants to cut its trade deficit, running at a record 48.2 "
		       "billion dlrs, by selling more grain.", d, "48.2 billion dlrs", "balance");
	check_measure("He expects a fall in Ruritania's trade surplus, at 3.1 billion crowns "
		       "in the first half.", d, "3.1 billion crowns", "balance");
}

static void assert_direction(const char *s, const char *date, const char *mention,
			     const char *dir)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(cl.direction, dir))
		fail_msg("'%s' in '%s': direction '%s', want '%s'", mention, s, cl.direction,
			 dir);
}

/* A rate a change reaches, named by its rank ("a record low of", "a
 * 14-month high of"), is a level, of no direction. */
static void test_measure8_a_level_reached_named_by_rank(void **state)
{
	const char *d = "2026-03-18";
	const char *s = "The yield on the key ten-year bond dropped to a record low of 3.12 "
			"pct today.";
	const char *t = "Ruritania's prime rate rose this week to a 14-month high of 9.25 pct "
			"from 8.5 pct.";

	(void)state;
	check_measure(s, d, "3.12 pct", "level");
	assert_direction(s, d, "3.12 pct", "");
	check_measure(t, d, "9.25 pct", "level");
	assert_direction(t, d, "9.25 pct", "");
	check_measure(t, d, "8.5 pct", "level");
}

/* A currency's possessive names it as a thing quoted in another: the
 * amount is an exchange rate; "each dollar's worth" names an amount. */
static void test_measure8_a_currency_possessive_quotes_it(void **state)
{
	const char *d = "2026-03-18";

	(void)state;
	check_measure("TOKYO, March 18 - The dollar's tumble to a record low of 131.20 yen "
		       "in Tokyo today alarmed investors.", d, "131.20 yen", "price");
	check_measure("Dealers said the dollar's break below the key 130 yen level was "
		       "significant.", d, "130 yen", "price");
	check_measure("The yen's rise above 0.95 U.S. cents worried exporters.", d,
		       "0.95 U.S. cents", "price");
}

/* "on the year", "on the month", "on the quarter" after a change name its
 * basis, as release prose writes it. */
static void test_measure8_on_the_year(void **state)
{
	const char *d = "2026-11-07";

	(void)state;
	check_measure("Ruritania's exports to Freedonia were up 6.9% on the year in October.",
		       d, "6.9%", "change_yoy");
	check_measure("Ruritania's imports fell 0.5% on the month in October.", d, "0.5%",
		       "change_mom");
	check_measure("Ruritania's exports rose 1.2% on the quarter in the third quarter.", d,
		       "1.2%", "change_qoq");
}

/* A percent named a share by the words around it: the noun share right
 * before a verb of level, a bracketed percent in a clause of "account
 * for" and the next bracketed item; not "share prices". */
static void test_measure8_a_share_named_around_it(void **state)
{
	const char *d = "2026-11-07";
	const char *s = "Petroleum oils accounted for the largest part of Ruritania's energy "
			"import bill in the third quarter (61.5%), followed by natural gas (24.2%).";

	(void)state;
	check_measure(s, d, "61.5%", "share");
	check_measure(s, d, "24.2%", "share");
	check_measure("Freedonia's share stood at 12.4% in the quarter.", d, "12.4%", "share");
	check_measure("Share prices were 5 pct higher.", d, "5 pct", "change");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure8_an_agreement_sizes_a_target),
		cmocka_unit_test(test_measure8_a_limit_moved_to),
		cmocka_unit_test(test_measure8_a_balance_in_apposition),
		cmocka_unit_test(test_measure8_a_level_reached_named_by_rank),
		cmocka_unit_test(test_measure8_a_currency_possessive_quotes_it),
		cmocka_unit_test(test_measure8_on_the_year),
		cmocka_unit_test(test_measure8_a_share_named_around_it),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
