/*
 * test_recall3.c - issue 13 point 5 (recall3): figures news and releases
 * write that the grammar missed, on sentences written for these tests:
 * shares written as fractions in words, ranges whose lower end is a number
 * word after a verb, currencies named by the story's date, and release
 * phrasing (US Census/BEA, Eurostat, China customs, India's commerce
 * ministry, Japan's MOF, commodity wires).
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

#define DATE "1987-04-02"

/* The claim of s (dated date) whose mention is exactly mention has value,
 * unit and approx. */
static void fig_dated(const char *s, const char *date, const char *mention, double value,
		      const char *unit, const char *approx)
{
	struct claim cl = get(s, date, mention);

	if (!num_eq(cl.value, value))
		fail_msg("'%s' in '%s': value %.10g, want %.10g", mention, s, cl.value, value);
	if (strcmp(cl.unit, unit) || strcmp(cl.approx, approx))
		fail_msg("'%s' in '%s': unit '%s' approx '%s', want '%s' '%s'", mention, s, cl.unit,
			 cl.approx, unit, approx);
}

static void fig(const char *s, const char *mention, double value, const char *unit,
		const char *approx)
{
	fig_dated(s, DATE, mention, value, unit, approx);
}

/* s has no figure claim whose mention contains word. */
static void no_fig(const char *s, const char *word)
{
	struct doc d;
	struct claims c;

	doc_from(&d, s, DATE);
	claims_init(&c);
	parse_doc(&d, &c);
	for (size_t i = 0; i < c.n; i++) {
		const struct claim *cl = &c.v[i];

		if (cl->kind != CLAIM_DATE &&
		    memmem(d.buf + cl->start, cl->end - cl->start, word, strlen(word)))
			fail_msg("'%s' in '%s': unexpected figure '%.*s'", word, s,
				 (int)(cl->end - cl->start), d.buf + cl->start);
	}
	claims_release(&c);
	doc_release(&d);
}

static void test_fraction_shares(void **state)
{
	(void)state;
	fig("Coffee will earn only one-third of total exports this year.", "one-third", 33.33, "%", "");
	fig("Rice accounted for one third of the island's shipments.", "one third", 33.33, "%", "");
	fig("Exports to Europe made up about two-thirds of the total.", "two-thirds", 66.67, "%",
	    "about");
	fig("Asian buyers took almost one-fifth of the crop.", "one-fifth", 20, "%", "nearly");
	fig("The tariff applies when imports reach half of domestic demand.", "half", 50, "%", "");
	fig("Sales of maize were nearly a third below the four-week average.", "a third", 33.33,
	    "%", "nearly");
	fig("Wheat sales fell by more than half from the week before.", "half", 50, "%", "over");
	fig("Import quotas for textile mills were cut by a third.", "a third", 33.33, "%", "");
	fig("Buyers in Japan take half its rubber exports.", "half", 50, "%", "");
	fig("Three quarters of the sugar went to the Soviet Union.", "Three quarters", 75, "%", "");
	fig("Steel shipments rose four-fifths from a year earlier.", "four-fifths", 80, "%", "");
	fig("Most will come from lower imports, but at least one-third will be due to exports.",
	    "one-third", 33.33, "%", "at least");
	/* and the share is a share */
	assert_string_equal(measure_name(get("Cotton made up one-third of total exports in 1986.",
					     DATE, "one-third").measure), "share");
}

static void test_fraction_not_shares(void **state)
{
	(void)state;
	/* parts of a period, ordinals, multiples, points */
	no_fig("Exports rose in the first half of 1987.", "half");
	no_fig("Imports fell in the second half.", "half");
	no_fig("Output grew in the past three quarters of the year.", "quarters");
	no_fig("It was the third year of the agreement.", "third");
	no_fig("Egypt bid for a third time in the tender.", "third");
	no_fig("The bank cut rates for a third and final time.", "third");
	no_fig("Brokers sell chips to a third country.", "third");
	no_fig("Officials said the talks were cut in half.", "half");
	no_fig("The Third World debt weighs on trade.", "Third");
	no_fig("Sales were two and three-quarter times last week's.", "quarter");
	no_fig("The rate rose one-half point to 7.5 pct.", "one-half");
	no_fig("Growth was three-quarters of a point higher.", "three-quarters");
	no_fig("Intervention has been half-hearted.", "half");
	no_fig("Exports in one quarter doubled.", "quarter");
	no_fig("A third was sold at auction.", "third");
	/* a share of a count of people, firms or states is no figure */
	no_fig("Two-thirds of the 92 GATT members backed the plan.", "Two-thirds");
	no_fig("Half of them voted against the quota.", "Half");
	no_fig("About a third of the EC farmers object.", "third");
	no_fig("A third of its 12 member states agreed.", "third");
	no_fig("A two-thirds majority is needed.", "two-thirds");
}

static void test_range_word_lower_end_after_a_verb(void **state)
{
	(void)state;
	/* a change written as a range: the ends within a factor two */
	fig("GNP is seen rising by two to 2.5 pct this year.", "two to 2.5 pct", 2.25, "%", "");
	fig("The surplus may end up three to five billion dlrs higher.",
	    "three to five billion dlrs", 4e9, "USD", "");
	fig("Shipments must increase ten to eleven pct a year.", "ten to eleven pct", 10.5, "%", "");
	/* a change and the level it reached stay two */
	fig("The discount rate rose by one to 7.50 pct.", "7.50 pct", 7.5, "%", "");
}

static void test_currency_of_the_story_date(void **state)
{
	(void)state;
	/* the code of the currency in force on the story's date */
	fig_dated("Soviet trade with Finland should reach 2.5 billion roubles next year.",
		  "1987-03-20", "2.5 billion roubles", 2.5e9, "SUR", "");
	fig_dated("Russia's trade with Finland reached 2.5 billion roubles last year.",
		  "2021-03-20", "2.5 billion roubles", 2.5e9, "RUB", "");
	fig_dated("The bank set the rate at 14.50 bolivars to the dollar.", "1987-06-29",
		  "14.50 bolivars", 14.5, "VEB", "");
	fig_dated("Reserves fell to 407.9 mln kyats in September.", "1987-03-23",
		  "407.9 mln kyats", 407.9e6, "BUK", "");
	fig_dated("Exports earned 1.2 billion Turkish lira.", "1987-03-23",
		  "1.2 billion Turkish lira", 1.2e9, "TRL", "");
	fig_dated("Exports earned 1.2 billion Turkish lira.", "2012-03-23",
		  "1.2 billion Turkish lira", 1.2e9, "TRY", "");
	/* no date: today's code */
	fig_dated("Trade reached 2.5 billion roubles.", "", "2.5 billion roubles", 2.5e9, "RUB", "");
}

static void test_rate_quotes_bare(void **state)
{
	(void)state;
	/* "N to the dollar": N of the currency quoted before it */
	fig("The Kuwaiti dinar was fixed today at 0.29045 to the dollar.", "0.29045", 0.29045, "KWD",
	    "");
	fig("Tokyo wants the yen kept at around 160 to the dollar.", "160", 160, "JPY", "around");
	fig("The spot riyal was steady at 3.7505/08 to the dollar.", "3.7505/08", 3.75065, "SAR", "");
	fig("Venezuela sold oil dollars at 9.50 to the dollar and bought them at 14.50 bolivars.",
	    "9.50", 9.5, "VEB", "");
	/* the currency of the sentence before, in its paragraph */
	fig("The Saudi riyal firmed. Dealers said it ended at 3.7498 to the dollar.", "3.7498", 3.7498,
	    "SAR", "");
	/* a fixing or a close, with decimals, ending the sentence */
	fig("The central bank fixed the won at a new high of 812.40.", "812.40", 812.40, "KRW", "");
	fig("The Taiwan dollar rose against the U.S. Dollar. It rose by two Taiwan cents today to "
	    "close at 33.17.", "33.17", 33.17, "TWD", "");
	/* quoted in dollars: sterling's rate is in dollars, the dollar's in the other */
	fig("Sterling rose to 1.6210 against the dollar.", "1.6210", 1.6210, "USD", "");
	fig("The dollar fell to 144.90 against the yen.", "144.90", 144.90, "JPY", "");
	/* no currency quoted: no figure; the dollar's own close is in no named one */
	no_fig("Oil rose to 18.50 to the dollar index.", "18.50");
	no_fig("The dollar closed at 1.8050.", "1.8050");
	no_fig("Shares closed at 1,803.08.", "1,803.08");
	/* "the mark" is the currency quoted, never an earlier one */
	fig("The yen rose but the mark was fixed at 1.8162 to the dollar.", "1.8162", 1.8162, "DEM",
	    "");
}

static void test_running_bales(void **state)
{
	(void)state;
	fig("Net cotton sales were 61,400 running bales in the week.", "61,400 running bales", 61400,
	    "bale", "");
}

/* Release and wire phrasing, written after reading US Census/BEA, Eurostat,
 * China customs, India commerce ministry, Japan MOF and commodity-wire
 * pages: every figure of each sentence comes out, value and unit right. */
static void test_release_style_sentences(void **state)
{
	(void)state;
#define REL(s, m, v, u) fig_dated(s, "2026-08-05", m, v, u, "")
	/* a market wire's headline: billions as "B", a sign after the "$" */
	REL("Headline: goods and services deficit $-71.3B; exports $262.9B or +0.4%.", "$-71.3B",
	    -71.3e9, "USD");
	REL("Headline: goods and services deficit $-71.3B; exports $262.9B or +0.4%.", "$262.9B",
	    262.9e9, "USD");
	REL("June exports were $262.9 billion, $1.1 billion more than May exports.",
	    "$1.1 billion", 1.1e9, "USD");
	REL("The euro area recorded a EUR 14.2 bn surplus in trade in goods in June.", "EUR 14.2 bn",
	    14.2e9, "EUR");
	REL("Extra-EU imports fell 3.1 per cent to €205.6 billion.", "3.1 per cent", 3.1, "%");
	REL("The balance for chemicals was +€21.3 bn.", "+€21.3 bn", 21.3e9, "EUR");
	REL("The surplus was 1.67 trillion yuan (US$249.79 billion), customs said.",
	    "US$249.79 billion", 249.79e9, "USD");
	REL("Non-petroleum exports were 31.67 USD billion in July.", "31.67 USD billion", 31.67e9,
	    "USD");
	REL("Imports in April-July stood at Rs 8,12,345 crore.", "Rs 8,12,345 crore", 8123450e6,
	    "INR");
	REL("Exports to China rose to ¥1.62tn, the Finance Ministry said.", "¥1.62tn", 1.62e12, "JPY");
	REL("Non-oil domestic exports fell to S$14.3 billion.", "S$14.3 billion", 14.3e9, "SGD");
	REL("Brazil shipped 3.2 million 60-kg bags of coffee.", "3.2 million 60-kg bags", 3.2e6, "bag");
	REL("The crop is put at 12.4 mmt.", "12.4 mmt", 12.4e6, "t");
#undef REL
	/* a "B" with no currency before it is no scale */
	no_fig("The plant makes 5B engines.", "5B");
}

static void test_hedge_across_fillers_and_moved_verbs(void **state)
{
	(void)state;
	/* a hedge before "another", "a record", "a further" hedges the figure */
	fig("Up to another 4.2 billion dlrs of credits could follow.", "4.2 billion dlrs", 4.2e9, "USD",
	    "up to");
	fig("The harvest may reach about a record 9.1 mln tonnes.", "9.1 mln tonnes", 9.1e6, "t",
	    "about");
	fig("Traders expect nearly a further 300,000 tonnes.", "300,000 tonnes", 300000, "t", "nearly");
	/* "revised their forecasts of imports up to" moves the figure: no hedge */
	fig("Dealers revised their forecasts of Chinese imports up to 11-12 mln tonnes.",
	    "11-12 mln tonnes", 11.5e6, "t", "");
	/* a ceiling stays one */
	fig("Sales could reach up to 2.5 mln tonnes.", "2.5 mln tonnes", 2.5e6, "t", "up to");
}

static void test_price_list_per_hundred_kilos(void **state)
{
	(void)state;
	/* the items of a price list quoted per 100 kilos are per kilo too */
	fig_dated("Maize was offered at 31 marks per 100 kilos against 36 marks in May and 33 marks "
		  "a year ago.", "1987-06-02", "36 marks", 0.36, "DEM", "");
	fig_dated("Maize was offered at 31 marks per 100 kilos against 36 marks in May and 33 marks "
		  "a year ago.", "1987-06-02", "33 marks", 0.33, "DEM", "");
	fig_dated("Maize was offered at 31 marks per 100 kilos against 36 marks in May.", "1987-06-02",
		  "31 marks", 0.31, "DEM", "");
}

static void test_elided_unit_before_what_it_counts(void **state)
{
	(void)state;
	/* the carried unit, the figure followed by what it counts or "worth" */
	fig("Canada sold 612 mln Canadian dlrs' worth of goods to Korea and bought 288.4 mln worth "
	    "of machinery.", "288.4 mln", 288.4e6, "CAD", "");
	fig("Output will fall to 48.5 mln barrels in 1987. Exports of 17.2 mln of crude are "
	    "forecast.", "17.2 mln", 17.2e6, "bbl", "");
	fig("Sales should reach 3.1 mln tonnes, comprising 2.2 mln wheat and 0.9 mln barley.",
	    "2.2 mln", 2.2e6, "t", "");
	/* a count of a noun stays none */
	no_fig("Sales reached 3.1 mln tonnes, officials said, as 2.2 mln wheat farmers voted.",
	       "2.2 mln");
}

static void test_signed_figures_are_changes(void **state)
{
	struct claim cl;

	(void)state;
	/* a sign on a figure that is no balance: a change, unsigned */
	cl = get("October (change from September in brackets) - exports: $251.7 billion "
		 "(-$2.2 billion).", "2026-12-04", "-$2.2 billion");
	assert_true(num_eq(cl.value, 2.2e9));
	assert_string_equal(cl.direction, "down");
	assert_string_equal(measure_name(cl.measure), "change");
	cl = get("Exports moved -0.7% in July.", "2026-08-05", "-0.7%");
	assert_true(num_eq(cl.value, 0.7));
	assert_string_equal(cl.direction, "down");
	/* the word "minus" names a negative number (as Recognizers-Text reads it) */
	cl = get("Growth of minus two percent is forecast.", "2026-08-05", "minus two percent");
	assert_true(num_eq(cl.value, -2));
	/* "plus or minus" is a band's width, no sign */
	cl = get("A rate of plus or minus 8 yen from 160 yen would be tolerated.", "1987-03-13",
		 "8 yen");
	assert_true(num_eq(cl.value, 8));
	assert_string_equal(cl.direction, "");
	/* a balance keeps its sign */
	cl = get("Headline: goods deficit $-84.1B.", "2026-08-05", "$-84.1B");
	assert_true(num_eq(cl.value, -84.1e9));
	assert_string_equal(measure_name(cl.measure), "balance");
}

static void test_figure_wrapped_across_a_line(void **state)
{
	(void)state;
	/* wire copy wraps inside a figure, before a capital */
	fig("Taiwan recorded a 1.27 billion\nU.S. Dlr surplus in March.", "1.27 billion\nU.S. Dlr",
	    1.27e9, "USD", "");
	fig("Japan posted a 3.9\nBillion yen surplus.", "3.9\nBillion yen", 3.9e9, "JPY", "");
	/* a bare number at a line's end keeps the break */
	no_fig("The dollar ended at 145.80\nDollar trading was thin.", "145.80");
}

static void test_move_of_a_forward_price_shares_its_rate(void **state)
{
	struct claim cl;

	(void)state;
	/* "$58 lower at $4,120 a tonne" for a delivery month: per tonne too */
	cl = get("Arabica for March delivery settled $58 lower at $4,120 a tonne.", "2026-11-02",
		 "$58");
	assert_string_equal(cl.per, "t");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fraction_shares),
		cmocka_unit_test(test_fraction_not_shares),
		cmocka_unit_test(test_range_word_lower_end_after_a_verb),
		cmocka_unit_test(test_currency_of_the_story_date),
		cmocka_unit_test(test_rate_quotes_bare),
		cmocka_unit_test(test_running_bales),
		cmocka_unit_test(test_release_style_sentences),
		cmocka_unit_test(test_hedge_across_fillers_and_moved_verbs),
		cmocka_unit_test(test_price_list_per_hundred_kilos),
		cmocka_unit_test(test_elided_unit_before_what_it_counts),
		cmocka_unit_test(test_signed_figures_are_changes),
		cmocka_unit_test(test_figure_wrapped_across_a_line),
		cmocka_unit_test(test_move_of_a_forward_price_shares_its_rate),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
