/*
 * test_units_news.c - issue 13 point 5 (recall2): units, currencies and
 * rates as news writes them, on sentences written for these tests: a
 * yield per hectare or acre, a price per troy ounce or acre, currency
 * words, and numbers that are no figure.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* The claim of s whose mention is exactly mention has value, unit and per. */
static void assert_fig(const char *s, const char *mention, double value, const char *unit,
		       const char *per)
{
	struct claim cl = get(s, "1987-03-20", mention);

	if (!num_eq(cl.value, value))
		fail_msg("'%s': value %.10g, want %.10g", mention, cl.value, value);
	if (strcmp(cl.unit, unit) || strcmp(cl.per, per))
		fail_msg("'%s' in '%s': unit '%s' per '%s', want '%s' per '%s'", mention, s, cl.unit,
			 cl.per, unit, per);
}

static void test_units_yield_per_area(void **state)
{
	(void)state;
	assert_fig("Farmers harvested 4.2 tonnes per hectare last season.", "4.2 tonnes per hectare",
		   4.2, "t", "ha");
	assert_fig("Corn yields averaged 118 bushels per acre.", "118 bushels per acre", 118, "bu",
		   "acre");
	assert_fig("Yields of 2.1 to 2.4 tonnes per ha are normal.", "2.1 to 2.4 tonnes per ha", 2.25,
		   "t", "ha");
	/* a yield is a level, not a capacity as a rate per year is */
	assert_string_equal(measure_name(get("Farmers harvested 4.2 tonnes per hectare.", "1987-03-20",
					     "4.2 tonnes per hectare").measure), "level");
	/* "per" before something else is no rate */
	assert_fig("It shipped 500 tonnes per the contract.", "500 tonnes", 500, "t", "");
}

static void test_units_price_per_troy_ounce_and_acre(void **state)
{
	(void)state;
	assert_fig("Platinum ended at 562.10 dlrs a troy ounce.", "562.10 dlrs", 562.10, "USD", "oz");
	assert_fig("Rents averaged 48.20 dlrs per acre.", "48.20 dlrs", 48.20, "USD", "acre");
	assert_fig("Land sold for 2,100 dlrs a hectare.", "2,100 dlrs", 2100, "USD", "ha");
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

/* The claim of s (a story with its dateline) whose mention is mention. */
static void assert_money_in(const char *s, const char *mention, double value, const char *unit)
{
	assert_fig(s, mention, value, unit, "");
}

static void test_units_currency_words(void **state)
{
	(void)state;
	assert_money_in("Reserves stood at 512.3 mln kyats in June.", "512.3 mln kyats", 512.3e6,
			"BUK");	/* 1987: Burma's kyat */
	/* the singular as a modifier, a Copenhagen story's crowns */
	assert_money_in("COPENHAGEN, May 4 - Denmark had a 240 mln crown trade surplus in April.",
			"240 mln crown", 240e6, "DKK");
	assert_money_in("Stockholm posted a 1.2 billion crown surplus.", "1.2 billion crown", 1.2e9,
			"SEK");
	/* "dls" in an Ottawa story about Canada's own figures */
	assert_money_in("OTTAWA, May 4 - Canada's exports rose to 10.2 billion dls in March.",
			"10.2 billion dls", 10.2e9, "CAD");
}

static void test_units_bare_dollar_after_a_local_one(void **state)
{
	(void)state;
	assert_money_in("Re-exports rose to 4.1 billion H.K. Dlrs in 1986 from 3.6 billion dlrs in 1985.",
			"3.6 billion dlrs", 3.6e9, "HKD");
	assert_money_in("Sales reached 900 mln Taiwan dlrs, against 820 mln dollars a year ago.",
			"820 mln dollars", 820e6, "TWD");
	/* a conversion in brackets, or another sentence, is not */
	assert_money_in("It costs 5.1 billion H.K. Dlrs (650 mln dlrs).", "650 mln dlrs", 650e6, "USD");
	assert_money_in("It costs 5.1 billion H.K. Dlrs. The U.S. firm paid 65 mln dlrs.", "65 mln dlrs",
			65e6, "USD");
	/* nor a price quoted after it */
	assert_fig("Exports rose to 6.1 billion N.Z. dlrs, and gold was 2,300 dls an ounce.", "2,300 dls",
		   2300, "USD", "oz");
	/* a deficit converted in brackets is negative in both currencies */
	assert_money_in("The trade deficit was Rs 98,310 crore (US$ 11.84 billion).", "US$ 11.84 billion",
			-11.84e9, "USD");
	/* a U.S. dollar named before it stays one */
	assert_money_in("Exports were 13.6 billion U.S. Dlrs, up from 10.2 billion dlrs.",
			"10.2 billion dlrs", 10.2e9, "USD");
}

static void test_units_quantities_news_writes(void **state)
{
	(void)state;
	assert_fig("Mills wove 2.4 billion metres of cloth.", "2.4 billion metres", 2.4e9, "m", "");
	assert_fig("The plant covers 40,000 square metres.", "40,000 square metres", 40000, "m2", "");
	assert_fig("Tanks hold 90,000 cubic metres of gas.", "90,000 cubic metres", 90000, "m3", "");
	assert_fig("Rice stocks were 71 mln cwt in July.", "71 mln cwt", 71e6, "cwt", "");
	assert_fig("Stocks fell 9 mln hundredweight.", "9 mln hundredweight", 9e6, "cwt", "");
	/* a short ton is 2,000 lb, a long ton 2,240 lb */
	assert_fig("The quota is 1.2 mln short tons.", "1.2 mln short tons", 1.2e6 * 0.90718474, "t", "");
	assert_fig("It chartered a ship for 30,000 long tons.", "30,000 long tons", 30000 * 1.0160469088,
		   "t", "");
	assert_money_in("Senegal borrowed 45 billion CFA francs.", "45 billion CFA francs", 45e9, "XOF");
}

static void test_units_table_lead_with_two_units(void **state)
{
	const char *s = "The table gives the payment, in cts per lb, and the quantity, in short tons\n"
			"raw sugar.\n"
			"    QUANTITY    1988    1989\n"
			"First 350      6.000   4.500\n";

	(void)state;
	assert_no_fig(s, "6.000");
	assert_no_fig(s, "4.500");
}

static void test_units_fractions_and_points(void **state)
{
	(void)state;
	assert_fig("The bank cut its discount rate by 1/4 pct.", "1/4 pct", 0.25, "%", "");
	assert_fig("Sugar rose 3/8 cent on the day.", "3/8 cent", 0.00375, "USD", "");
	/* fractions of a point in a sentence about rates are percentage
	 * points; in words ("a quarter-point cut") the gold counts none */
	assert_no_fig("Banks raised their prime rates by a quarter-point.", "quarter-point");
	assert_fig("The rate fell 3/8 point.", "3/8 point", 0.375, "pp", "");
	assert_fig("A cut of half a percentage point is likely.", "half a percentage point", 0.5, "pp",
		   "");
	/* a share's points are no percentage points; a date is no fraction */
	assert_no_fig("Shares of the company rose 1/4 point.", "1/4 point");
	assert_no_fig("The company's shares gained a half-point.", "half-point");
	assert_no_fig("On 3/4/87 the rate was unchanged.", "3/4");
	/* a dealer's two-way quote, a whole number before: part of the quote */
	assert_no_fig("Deposits were quoted at 6-3/4, 5/8 pct.", "5/8 pct");
	assert_no_fig("Bonds lost 2-1/4 points as rates rose.", "1/4 points");
	/* a grain quote: 5.01 dlrs and half a cent */
	assert_fig("Soybeans settled at 5.01-1/2 dlrs per bushel.", "5.01-1/2 dlrs", 5.015, "USD", "bu");
}

static void test_units_dealer_quotes_and_fraction_ranges(void **state)
{
	(void)state;
	/* a two-way quote: bid and offer, the offer's whole number left out */
	assert_fig("Three-month deposits were quoted at 7-1/4, 1/8 pct.", "7-1/4, 1/8 pct", 7.1875, "%",
		   "");
	assert_fig("Overnight money eased to eight, 7-3/4 pct.", "eight, 7-3/4 pct", 7.875, "%", "");
	assert_fig("Call money traded at 4-5/8 1/2 pct.", "4-5/8 1/2 pct", 4.5625, "%", "");
	/* with no unit, after a percent quote of its sentence */
	assert_fig("Deposits eased to 7-1/4, 1/8 pct from 7-3/8, 1/4 on Friday.", "7-3/8, 1/4", 7.3125, "%",
		   "");
	assert_no_fig("Rooms 6-3/8, 1/4 were let.", "6-3/8, 1/4");
	/* two rates a point apart are two figures, a list */
	assert_fig("The rates were 6, 8 pct and 9 pct.", "8 pct", 8, "%", "");
	/* a fraction as a range's lower end; "between ... to" */
	assert_fig("Rates may rise 1/4 to 1/2 point.", "1/4 to 1/2 point", 0.375, "pp", "");
	assert_fig("Call money was at 5-3/8 to 5-1/2 pct.", "5-3/8 to 5-1/2 pct", 5.4375, "%", "");
	assert_fig("It sold between 40,000 to 60,000 tonnes of flour.", "between 40,000 to 60,000 tonnes",
		   50000, "t", "");
}

static void test_units_list_of_prices_shares_its_rate(void **state)
{
	(void)state;
	/* the rate stated on the first item, or on the last */
	assert_fig("Rice sold at 310 dlrs per tonne fob, 20,000 tonnes from Houston at 305 dlrs fob.",
		   "305 dlrs", 305, "USD", "t");
	assert_fig("The rebate for oats was 131.50 Ecus and for rye 128.75 Ecus per tonne.", "131.50 Ecus",
		   131.50, "XEU", "t");
	/* an amount of another size, or a rate of its own, does not share it */
	assert_fig("It paid 95 dlrs a tonne, or 4.2 mln dlrs in all.", "4.2 mln dlrs", 4.2e6, "USD", "");
	assert_fig("Bids were 95 dlrs a tonne, against a 900 dlr deposit.", "900 dlr", 900, "USD", "");
	assert_fig("Support is 12 cents per lb, 6.10 dlrs per hundredweight and 4.40 dlrs per bushel.",
		   "6.10 dlrs", 6.10, "USD", "cwt");
}

static void test_units_list_item_before_the_unit(void **state)
{
	(void)state;
	assert_fig("Private and state mills milled 41,200 and 12,800 tonnes respectively.", "41,200", 41200,
		   "t", "");
	assert_fig("Stocks are put at 3.15 and 2.80 mln tonnes.", "3.15", 3.15e6, "t", "");
	assert_fig("Deficits were 412 and 96 mln stg, respectively.", "412", -412e6, "GBP", "");
	/* labelled items, both written out in full */
	assert_fig("Chile took 23,400 and South Korea 18,900 tonnes.", "23,400", 23400, "t", "");
	assert_no_fig("In May 1987 and South Korea 18,900 tonnes.", "1987");
	/* no decimals and no "respectively": a count, an article */
	assert_no_fig("Section 301 and 100 pct tariffs were discussed.", "301");
	assert_no_fig("In 1985 and 1986 exports rose 4 pct.", "1986");
	assert_no_fig("Version 2.1 and 15 pct more memory.", "2.1");
	assert_fig("Yields were between 5 and 6 pct.", "between 5 and 6 pct", 5.5, "%", "");
}

static void test_units_bracketed_list_and_us_cents(void **state)
{
	(void)state;
	assert_fig("Buyers were Peru (52,300 tonnes), Chile (41,800) and Cuba (12,050).", "41,800", 41800,
		   "t", "");
	assert_fig("Buyers were Peru (52,300 tonnes), Chile (41,800) and Cuba (12,050).", "12,050", 12050,
		   "t", "");
	assert_fig("Sales: Oslo (1.2 mln tonnes), Bergen (900,000) and Tromso (0.4).", "900,000", 900000,
		   "t", "");
	/* labelled items written out in full share the first one's unit */
	assert_fig("Buyers were Chile 61,250 tonnes wheat, Peru 40,800 wheat and Cuba 12,050 maize.",
		   "40,800", 40800, "t", "");
	assert_fig("Buyers were Chile 61,250 tonnes wheat, Peru 40,800 wheat and Cuba 12,050 maize.",
		   "12,050", 12050, "t", "");
	/* labelled items after a unit declared in their line */
	assert_fig("CANADA GRAIN SHIPMENTS, IN THOUS TONNES  WHEAT 1,204 BARLEY 310 CANOLA 1,050\n",
		   "1,204", 1204e3, "t", "");
	/* a quote written to the same decimals, near the one of its sentence */
	assert_fig("Sterling rose to 1.6120 dlrs before easing to a steady 1.6085 at noon.", "1.6085", 1.6085,
		   "USD", "");
	assert_no_fig("Sterling rose to 1.6120 dlrs, and 2.50 of them were sold.", "2.50");
	assert_fig("The dollar fell below 148 yen at 147.90 yen. It closed at 148.35.", "148.35", 148.35,
		   "JPY", "");
	/* the story's one currency, for a bare amount after a flow or balance */
	assert_fig("LONDON, May 4 - Britain had a trade deficit of 224 mln stg in April.\n\n"
		   "    Imports rose to 7.16 billion.\n", "7.16 billion", 7.16e9, "GBP", "");
	assert_no_fig("LONDON, May 4 - Britain had a trade deficit of 224 mln stg in April.\n\n"
		      "    Output fell to 4.1 billion, and imports rose.\n", "4.1 billion");
	assert_no_fig("LONDON, May 4 - It paid 5 mln stg and 3 mln dlrs in April.\n\n"
		      "    Imports rose to 7.16 billion.\n", "7.16 billion");
	/* a bare rate of exchange takes no unit from a figure before it */
	assert_no_fig("It may move 2.25 pct either side of 3.6725 to the dollar.", "3.6725");
	assert_no_fig("The band is 7.25 pct around 4.7619 to the SDR.", "4.7619");
	/* a quote's denominator is no figure */
	assert_no_fig("The rupiah's rate per 100 yen was 1,129.78.", "100 yen");
	assert_no_fig("Barley was 42 marks per 100 kilos.", "100 kilos");
	assert_fig("Barley was 42 marks per 100 kilos.", "42 marks", 0.42, "DEM", "kg");
	/* not a count with a noun of its own, nor a date */
	assert_no_fig("Buyers were Chile 61,250 tonnes, with 4,100,000 grain cubics of space.", "4,100,000");
	assert_no_fig("It shipped 61,250 tonnes by March 1,250 days ago.", "1,250");
	/* a labelled list with last year's figure in brackets */
	assert_fig("Sales were Chile 61,250 tonnes (48,000), Peru 40,800 (51,200).", "40,800", 40800, "t",
		   "");
	assert_fig("Sales were Chile 61,250 tonnes (48,000), Peru 40,800 (51,200).", "51,200", 51200, "t",
		   "");
	assert_fig("Sales were Chile 61,250 tonnes (48,000), Peru 40,800 (51,200).", "48,000", 48000, "t",
		   "");
	/* a bracketed year or a bracket with no figure before it is none */
	assert_no_fig("Peru (52,300 tonnes) signed a deal (1986).", "1986");
	assert_no_fig("The index (112) fell.", "112");
	assert_fig("The Canadian dollar rose to 76.85 U.S. cts.", "76.85 U.S. cts", 0.7685, "USD", "");
	assert_fig("The mark rose 12 guilder cents.", "12 guilder cents", 0.12, "NLG", "");
	assert_fig("Farmers got 30 Canadian cts a bushel.", "30 Canadian cts", 0.30, "CAD", "bu");
}

static void test_units_signs_and_abbreviations_papers_write(void **state)
{
	(void)state;
	/* a sign in letters glued to the number */
	assert_fig("Exports rose to RM3.4 billion.", "RM3.4 billion", 3.4e9, "MYR", "");
	assert_fig("Spending was Rp 12.3 trillion.", "Rp 12.3 trillion", 12.3e12, "IDR", "");
	assert_fig("Re-exports were Dh4.5 billion.", "Dh4.5 billion", 4.5e9, "AED", "");
	assert_fig("Rice sales were Bt21.6 billion.", "Bt21.6 billion", 21.6e9, "THB", "");
	assert_fig("Remittances hit \xe2\x82\xb1" "5.6 billion.", "\xe2\x82\xb1" "5.6 billion", 5.6e9,
		   "PHP", "");
	/* not a sign: a model name, a lower-case word */
	assert_no_fig("The RM3 engine and the Bt7 model sold well.", "RM3");
	/* tons, barrels a day and basis points as the trade press writes them */
	assert_fig("India shipped 500,000 mt of rice.", "500,000 mt", 500000, "t", "");
	assert_fig("Steel output was 3.4 Mt.", "3.4 Mt", 3.4e6, "t", "");
	assert_fig("Supply rose to 1.2 mb/d.", "1.2 mb/d", 1.2e6, "bbl", "day");
	assert_fig("Output was 450 kb/d.", "450 kb/d", 450e3, "bbl", "day");
	assert_fig("Output was 2.1 mbpd.", "2.1 mbpd", 2.1e6, "bbl", "day");
	assert_fig("Yields fell 30bp.", "30bp", 30, "bp", "");
	assert_fig("Spreads widened 12 bps.", "12 bps", 12, "bp", "");
	assert_fig("Exports were 12.5 million 60-kilogram bags.", "12.5 million 60-kilogram bags", 12.5e6,
		   "bag", "");
	assert_fig("Output was 2.1 million 480-lb bales.", "2.1 million 480-lb bales", 2.1e6, "bale", "");
	/* Indian releases: "Rs." with its dot, lakh metric tonnes */
	assert_fig("Exports were Rs. 2,14,312 crore in March. Imports rose.", "Rs. 2,14,312 crore",
		   2.14312e12, "INR", "");
	assert_fig("Procurement was 31.6 LMT.", "31.6 LMT", 3.16e6, "t", "");
	assert_fig("Output was 1.5m tonnes.", "1.5m tonnes", 1.5e6, "t", "");
	/* a rate after a slash */
	assert_fig("Gold fixed at $1,980/oz.", "$1,980", 1980, "USD", "oz");
	assert_fig("Corn traded at 2,410 yuan/tonne.", "2,410 yuan", 2410, "CNY", "t");
	/* a scale glued by a hyphen, a rate in the compound */
	assert_fig("It posted a $45.6-billion gap.", "$45.6-billion", 45.6e9, "USD", "");
	assert_fig("It ran a $3.5 billion-a-month surplus.", "$3.5 billion-a-month", 3.5e9, "USD",
		   "month");
}

static void test_units_change_or_level_before_the_unit(void **state)
{
	struct claim cl = get("Reserves rose 310 mln to 42.6 billion guilders.", "1987-03-20", "310 mln");

	(void)state;
	assert_true(num_eq(cl.value, 310e6));
	assert_string_equal(cl.unit, "NLG");
	assert_string_equal(cl.direction, "up");
	assert_fig("Exports grew to 61.2 billion from 58.9 billion dlrs.", "61.2 billion", 61.2e9, "USD", "");
	/* no scale word: a count; not a range either */
	assert_no_fig("Staff rose 310 to 42.6 billion dlrs of assets.", "310");
}

static void test_units_after_merge_checks(void **state)
{
	(void)state;
	/* a first list item is the list's, not the story's currency */
	assert_fig("WINNIPEG, May 4 - Canada's exports earned 2.1 billion dlrs.\n\n"
		   "    Exports of oats and barley were 1.6 million and 410,000 tonnes respectively.\n",
		   "1.6 million", 1.6e6, "t", "");
	/* a move of a price shares its rate */
	assert_fig("Robusta settled $62 lower at $4,388 a tonne.", "$62", 62, "USD", "t");
	/* a price per 100 kilos is a price per kilo */
	assert_fig("Barley was quoted at 42 marks per 100 kilos.", "42 marks", 0.42, "DEM", "kg");
	/* thousands grouped by a space, a decimal part after them */
	assert_fig("Exports were EUR 2 611.5 bn in 2025.", "EUR 2 611.5 bn", 2611.5e9, "EUR", "");
	assert_fig("Imports were EUR 1\xe2\x80\x89" "234 bn.", "EUR 1\xe2\x80\x89" "234 bn", 1234e9, "EUR", "");
	assert_no_fig("In 2026 125 firms sold 3 tonnes.", "2026 125");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_units_yield_per_area),
		cmocka_unit_test(test_units_price_per_troy_ounce_and_acre),
		cmocka_unit_test(test_units_currency_words),
		cmocka_unit_test(test_units_bare_dollar_after_a_local_one),
		cmocka_unit_test(test_units_quantities_news_writes),
		cmocka_unit_test(test_units_table_lead_with_two_units),
		cmocka_unit_test(test_units_fractions_and_points),
		cmocka_unit_test(test_units_dealer_quotes_and_fraction_ranges),
		cmocka_unit_test(test_units_list_of_prices_shares_its_rate),
		cmocka_unit_test(test_units_list_item_before_the_unit),
		cmocka_unit_test(test_units_bracketed_list_and_us_cents),
		cmocka_unit_test(test_units_signs_and_abbreviations_papers_write),
		cmocka_unit_test(test_units_change_or_level_before_the_unit),
		cmocka_unit_test(test_units_after_merge_checks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
