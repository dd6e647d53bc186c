/*
 * test_measure7.c - what a figure is (issue 13's measure, direction,
 * status and basis, seventh parser pass), on sentences written for these
 * tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* A change's own dated base, right after it, decides its basis, over a
 * cue another figure of the clause gave ("from April"). */
static void test_measure7_a_change_against_its_own_base(void **state)
{
	const char *d = "2026-06-20";
	const char *s = "Ruritania's export prices fell 1.2 pct in May from April to stand "
			"6.4 pct below their level in May 2025, the statistics office said.";
	const char *t = "Freedonia's May imports totalled 4.1 billion crowns, a rise of 3 pct "
			"from April and of 9 pct compared with May 2025.";
	const char *u = "Ruritania's May exports rose 2 pct from April and were 11 pct "
			"higher than in May last year.";

	(void)state;
	check_measure(s, d, "1.2 pct", "change_mom");
	check_measure(s, d, "6.4 pct", "change_yoy");
	check_measure(t, d, "3 pct", "change_mom");
	check_measure(t, d, "9 pct", "change_yoy");
	check_measure(u, d, "2 pct", "change_mom");
	check_measure(u, d, "11 pct", "change_yoy");
	/* a bare month after the word of comparison: the last such month */
	check_measure("In May Ruritania's exports fell 0.8 pct against April to stand 4.2 "
		       "pct lower than in May 2025.", d, "0.8 pct", "change_mom");
}

/* The current account's parts besides goods (invisibles, services
 * account, transfers) are compiled on the balance of payments; services
 * trade and goods are not. */
static void test_measure7_parts_of_the_current_account(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "Ruritania's invisibles were put at a 310 mln crown surplus in April.";
	const char *t = "There was a 120 mln crown deficit in the services account and a 45 "
			"mln crown deficit in transfer payments in April.";
	const char *u = "Invisible earnings rose to 2.4 billion crowns while exports of goods "
			"fell to 9.1 billion crowns.";
	const char *v = "Freedonia ran a 3 billion dlr surplus in services trade with Ruritania.";

	(void)state;
	check_basis(s, d, "310 mln crown", "bop");
	check_basis(t, d, "120 mln crown", "bop");
	check_basis(t, d, "45 mln crown", "bop");
	check_basis(u, d, "2.4 billion crowns", "bop");
	check_basis(u, d, "9.1 billion crowns", "");
	check_basis(v, d, "3 billion dlr", "");
}

/* An exchange rate someone aims at or undertakes to hold is a target; the
 * market's own move to it is a price. */
static void test_measure7_a_rate_aimed_at(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "The finance ministers agreed to stabilize the crown above 9.50 "
			"to the dollar, officials said.";
	const char *t = "The central bank sold francs in an attempt to hold the dollar above "
			"1.52 francs, dealers said.";
	const char *u = "Officials said the crown would be kept at around 9.40 to the dollar.";
	const char *v = "The minister disclosed target rates for sterling, around 2.45 marks "
			"and 1.32 dlrs.";
	const char *w = "The dollar stabilized today just below 1.52 francs, dealers said.";
	const char *x = "The dollar fell below 1.50 francs, the floor that dealers believe "
			"the ministers set.";

	(void)state;
	check_measure(s, d, "9.50", "target");
	check_measure(t, d, "1.52 francs", "target");
	check_measure(u, d, "9.40", "target");
	check_measure(v, d, "2.45 marks", "target");
	check_measure(v, d, "1.32 dlrs", "target");
	check_measure(w, d, "1.52 francs", "price");
	check_measure(x, d, "1.50 francs", "target");
	/* what traders expect of the market is a forecast */
	check_measure("Traders expect the dollar to hold above 1.48 francs next week.", d,
		       "1.48 francs", "forecast");
}

/* "it" opening a sentence names again the balance of the sentence before,
 * which gave it no figure: a balance, signed; not a flow named after the
 * balance, not an "it" that is no subject of a level. */
static void test_measure7_it_names_the_balance_again(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "Ruritania still has a trade deficit with Freedonia. Last year it "
			"was 420 mln dlrs, officials said.";
	const char *t = "Ruritania had a trade deficit last year, and its exports fell. "
			"It was 3.1 billion crowns in 2025.";
	const char *u = "Ruritania has a trade surplus with Freedonia. It signed 420 mln dlrs "
			"of new orders.";
	struct claim cl = get(s, d, "420 mln dlrs");

	(void)state;
	check_measure(s, d, "420 mln dlrs", "balance");
	assert_true(cl.value < 0);
	assert_string_equal(cl.flow, "trade");
	check_measure(t, d, "3.1 billion crowns", "level");
	check_measure(u, d, "420 mln dlrs", "level");
}

/* An amount right after "after" is the value before the figure it follows:
 * a balance after a balance, with its own period; not after a change. */
static void test_measure7_the_value_after_after(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "Ruritania posted a record trade surplus of 12 billion crowns in 2025, "
			"after 8.6 billion in 2024.";
	const char *t = "Bank claims on foreigners rose 2.9 billion dlrs after a 1.3 billion "
			"dlr increase in the third quarter.";
	struct claim cl = get(s, d, "8.6 billion");

	(void)state;
	check_measure(s, d, "8.6 billion", "balance");
	assert_string_equal(cl.period, "2024");
	check_measure(t, d, "1.3 billion dlr", "change");
}

static void assert_direction(const char *s, const char *date, const char *mention,
			     const char *dir)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(cl.direction, dir))
		fail_msg("'%s' in '%s': direction '%s', want '%s'", mention, s, cl.direction, dir);
}

/* A target of a change keeps the change's direction; a level aimed at has
 * none. A currency devalued or revalued moves down or up. */
static void test_measure7_the_direction_of_targets(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "Ruritania plans to reduce its surplus by 12 pct a year.";
	const char *t = "Ruritania plans to raise exports to 40 billion crowns by 2030.";
	const char *u = "The central bank said it would devalue the crown by 6 pct.";

	(void)state;
	check_measure(s, d, "12 pct", "target");
	assert_direction(s, d, "12 pct", "down");
	check_measure(t, d, "40 billion crowns", "target");
	assert_direction(t, d, "40 billion crowns", "");
	assert_direction(u, d, "6 pct", "down");
}

/* An adverb of what may be governs the figure after it ("possibly to"):
 * a forecast; right before a figure it only hedges what was. */
static void test_measure7_possibly_to(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "Dealers expect the dollar to hold steady against the franc but to "
			"weaken further against the crown, possibly to 9.20 crowns.";
	const char *t = "Brokers look for a further, more gradual fall, perhaps to 1.45 francs "
			"by the end of the year.";
	const char *u = "The change follows recent purchases of probably 40,000 tonnes of "
			"Ruritanian barley, traders said.";

	(void)state;
	check_measure(s, d, "9.20 crowns", "forecast");
	check_measure(t, d, "1.45 francs", "forecast");
	check_measure(u, d, "40,000 tonnes", "level");
}

/* A change of import or export prices is no trade flow; a change of
 * imports after it is. */
static void test_measure7_prices_of_a_flow(void **state)
{
	const char *d = "2026-05-04";
	const char *s = "Ruritania's import prices fell 0.4 pct in April from March, while "
			"exports rose 3 pct.";
	const char *t = "The decline followed a 1.2 pct fall in export prices, the office said.";
	struct claim a = get(s, d, "0.4 pct"), b = get(s, d, "3 pct"), c = get(t, d, "1.2 pct");

	(void)state;
	assert_string_equal(a.flow, "");
	assert_string_equal(b.flow, "export");
	assert_string_equal(c.flow, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure7_a_change_against_its_own_base),
		cmocka_unit_test(test_measure7_parts_of_the_current_account),
		cmocka_unit_test(test_measure7_a_rate_aimed_at),
		cmocka_unit_test(test_measure7_it_names_the_balance_again),
		cmocka_unit_test(test_measure7_the_value_after_after),
		cmocka_unit_test(test_measure7_the_direction_of_targets),
		cmocka_unit_test(test_measure7_possibly_to),
		cmocka_unit_test(test_measure7_prices_of_a_flow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
