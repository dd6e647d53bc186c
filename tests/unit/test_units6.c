/*
 * test_units6.c - issue 13 point 5 (units6): figures, units and hedges
 * found by reading the two free pools of Reuters-21578 stories, checked here
 * on sentences written for these tests: hedge synonyms in tests/eval/gold/GUIDE.md's words,
 * quantity units in hyphenated compounds, whose dollar in brackets, a
 * story's local dollar after it was named once in an amount, pounds in a
 * story about Egypt or Sudan, an amount of what is said to be daily, monthly
 * or annual (per day, month, year); and constructions of issue 13 point 5 that
 * had no unit test of their own (a number word as a range's lower end after
 * "between", a fraction of a cent).
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

static void test_hedge_synonyms_take_gold_words(void **state)
{
	(void)state;
	fig("Shipments reached almost 40 pct of the crop.", "40 pct", 40, "%", "", "nearly");
	fig("The deal is worth roughly 3 billion dlrs.", "3 billion dlrs", 3e9, "USD", "", "about");
	fig("Sales were approximately 20 pct higher.", "20 pct", 20, "%", "", "about");
	fig("Stocks stood at close to 5 mln tonnes.", "5 mln tonnes", 5e6, "t", "", "nearly");
	fig("Sales were in excess of 2 mln tonnes.", "2 mln tonnes", 2e6, "t", "", "over");
	fig("Output could reach upwards of 7 mln tonnes.", "7 mln tonnes", 7e6, "t", "", "over");
	fig("Stocks fell to fewer than 2 mln tonnes.", "2 mln tonnes", 2e6, "t", "", "under");
	/* "excess" alone hedges nothing */
	fig("Excess stocks of 2 mln tonnes were sold.", "2 mln tonnes", 2e6, "t", "", "");
	/* the words tests/eval/gold/GUIDE.md names stay as they are */
	fig("Stocks stood at nearly 5 mln tonnes.", "5 mln tonnes", 5e6, "t", "", "nearly");
	fig("Stocks stood at about 5 mln tonnes.", "5 mln tonnes", 5e6, "t", "", "about");
}

static void test_quantity_in_a_hyphenated_compound(void **state)
{
	(void)state;
	fig("Traders said a four-mln-tonne wheat offer was made.", "four-mln-tonne", 4e6, "t", "",
	    "");
	fig("They signed a 2.5-mln-tonne grain accord.", "2.5-mln-tonne", 2.5e6, "t", "", "");
	fig("A 1.2-million-barrel cargo was sold.", "1.2-million-barrel", 1.2e6, "bbl", "", "");
	/* the currency compounds stay money */
	fig("It ran a 25-billion-dlr deficit.", "25-billion-dlr", -25e9, "USD", "", "");
	fig("It ran an eight-billion-dlr surplus.", "eight-billion-dlr", 8e9, "USD", "", "");
}

static void test_whose_dollar_in_brackets(void **state)
{
	(void)state;
	fig("The board sold 2 mln tonnes. It will pay about 132 mln (U.S.) dlrs to farmers.",
	    "132 mln (U.S.) dlrs", 132e6, "USD", "", "about");
	fig("Exports earned 50 mln (Australian) dlrs last year.", "50 mln (Australian) dlrs", 50e6,
	    "AUD", "", "");
}

static void test_local_dollar_named_once_in_an_amount(void **state)
{
	static const char hk[] =
		"HONG KONG, March 3 - Trade between Taiwan and China via the colony rose to "
		"9.2 billion H.K. Dlrs last year, officials said.\n"
		"    Taiwan's exports to China fell to 2.1 billion dlrs from 2.4 billion.\n";
	static const char us[] =
		"HONG KONG, March 3 - Trade between Taiwan and China via the colony rose to "
		"9.2 billion H.K. Dlrs last year, officials said.\n"
		"    Bankers put inflows at 300 mln U.S. Dlrs. Taiwan's exports to China fell "
		"to 2.1 billion dlrs.\n";

	(void)state;
	fig(hk, "2.1 billion dlrs", 2.1e9, "HKD", "", "");
	fig(hk, "2.4 billion", 2.4e9, "HKD", "", "");
	/* a U.S. dollar amount written since: bare dollars are U.S. again */
	fig(us, "2.1 billion dlrs", 2.1e9, "USD", "", "");
	/* the Taiwan dollar is no story's dollar: Taiwan counts in U.S. dollars */
	fig("Remittances of 10 mln Taiwan dlrs were cleared. Exports rose to 4.1 billion dlrs.",
	    "4.1 billion dlrs", 4.1e9, "USD", "", "");
	/* a price per unit keeps the U.S. dollar */
	fig("Imports reached 8.5 billion H.K. Dlrs. Gold closed at 410 dlrs an ounce.",
	    "410 dlrs", 410, "USD", "oz", "");
}

static void test_pounds_of_the_story_country(void **state)
{
	static const char eg[] =
		"CAIRO, March 3 - Egypt raised fuel prices, the ministry said. Fuel oil "
		"will sell for 28 Egyptian pounds a ton, instead of 7.5 pounds.\n";
	static const char sd[] =
		"CAIRO, March 3 - Sudan has rejected a devaluation of its currency, Sudan's "
		"finance minister said. Sudan's official rate is 2.5 pounds to the dollar.\n";

	(void)state;
	fig(eg, "7.5 pounds", 7.5, "EGP", "", "");
	/* 1987's Sudanese pound is SDP */
	fig(sd, "2.5 pounds", 2.5, "SDP", "", "");
	/* a London story's pounds are sterling */
	fig("LONDON, March 3 - Britain's reserves rose by 500 mln pounds in February.",
	    "500 mln pounds", 500e6, "GBP", "", "");
}

static void test_point5_word_lower_end_and_cent_fraction(void **state)
{
	(void)state;
	/* "between five and 50 pct": the midpoint, no hedge */
	fig("Tariffs will rise between five and 50 pct next year.", "between five and 50 pct", 27.5,
	    "%", "", "");
	/* "up 3/4 cent" in a grain sentence: a cent's fraction, per bushel */
	fig("Soybeans closed at 5.04-1/2 dlrs a bushel and corn was up 3/4 cent.", "3/4 cent",
	    0.0075, "USD", "bu", "");
}

static void test_daily_monthly_annual_amount_is_per(void **state)
{
	(void)state;
	fig("Officials said monthly wheat consumption stood at about 250,000 tonnes.",
	    "250,000 tonnes", 250000, "t", "month", "about");
	fig("The agency will double its annual budget to 40 billion pesetas.", "40 billion pesetas",
	    40e9, "ESP", "year", "");
	fig("Daily turnover in the cash market now stands at 300 billion yen, dealers said.",
	    "300 billion yen", 300e9, "JPY", "day", "");
	fig("The plan sets an annual export quota of two mln tonnes of maize.", "two mln tonnes",
	    2e6, "t", "year", "");
	/* a figure of one such period: its own, no rate */
	fig("The monthly surplus rose to 1.5 billion dlrs in March.", "1.5 billion dlrs", 1.5e9, "USD",
	    "", "");
	/* a publication, a meeting, a newspaper, a stock, another clause */
	fig("The ministry said in its monthly food outlook bulletin that output would fall 3 mln "
	    "tonnes.", "3 mln tonnes", 3e6, "t", "", "");
	fig("The annual meeting approved loans of 500 mln dlrs.", "500 mln dlrs", 500e6, "USD", "",
	    "");
	fig("The party daily said losses amounted to 7.3 mln roubles.", "7.3 mln roubles", 7.3e6,
	    "SUR", "", "");
	fig("Daily average reserve holdings rose to 54.7 billion marks.", "54.7 billion marks",
	    54.7e9, "DEM", "", "");
	fig("Annual payment limits are one option and could save 150 mln dlrs.", "150 mln dlrs",
	    150e6, "USD", "", "");
}

static void test_kilotonnes_and_rates_per_dollar(void **state)
{
	(void)state;
	fig("Coal shipments totalled 31.5 Mt and grain 480 kt in the quarter.", "480 kt", 480e3, "t",
	    "", "");
	fig("Exports of 1,250 kilotonnes were recorded.", "1,250 kilotonnes", 1.25e6, "t", "", "");
	/* a rate quoted per dollar is in the currency quoted */
	fig("The kwacha slid to around 15 per dollar at the auction.", "15", 15, "ZMK", "", "around");
	fig("The Canadian dollar traded at 1.3218/23 per U.S. dollar.", "1.3218/23", 1.32205, "CAD",
	    "", "");
	/* a monthly amount still gives its unit to an elided one */
	fig("Monthly shipments have averaged 160,000 tonnes, above earlier estimates of 150,000.",
	    "150,000", 150000, "t", "", "");
}

static void test_yield_with_a_slash_and_no_zero_figure(void **state)
{
	struct doc d;
	struct claims c;
	static const char t[] = "Stocks were 345 '000 tonnes at the end of June.";

	(void)state;
	fig("Yields were 3.2 tonnes/ha in the south.", "3.2 tonnes/ha", 3.2, "t", "ha", "");
	/* "'000 tonnes" is a table's scale: no figure of zero tonnes */
	doc_from(&d, t, "2026-07-01");
	claims_init(&c);
	parse_doc(&d, &c);
	for (size_t i = 0; i < c.n; i++)
		if (c.v[i].kind != CLAIM_DATE && c.v[i].value == 0)
			fail_msg("a figure of zero at byte %zu in '%s'", c.v[i].start, t);
	claims_release(&c);
	doc_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hedge_synonyms_take_gold_words),
		cmocka_unit_test(test_quantity_in_a_hyphenated_compound),
		cmocka_unit_test(test_whose_dollar_in_brackets),
		cmocka_unit_test(test_local_dollar_named_once_in_an_amount),
		cmocka_unit_test(test_pounds_of_the_story_country),
		cmocka_unit_test(test_point5_word_lower_end_and_cent_fraction),
		cmocka_unit_test(test_daily_monthly_annual_amount_is_per),
		cmocka_unit_test(test_kilotonnes_and_rates_per_dollar),
		cmocka_unit_test(test_yield_with_a_slash_and_no_zero_figure),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
