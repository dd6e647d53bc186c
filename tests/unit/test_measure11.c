/*
 * test_measure11.c - measures of session 11 (measure11): a net item of the
 * balance of payments stated as a level ("Net service receipts declined
 * to") is a balance; money whose subject is an investment ("Canadian
 * investment ... rose to", "investment commitments totalling") is an
 * investment, and so is the earlier value given after it; a figure a
 * proposal governs ("proposed to buy", "proposes to invest") is a
 * target, and an adjectival amount of an investment called for ("a
 * proposal calling for a one billion dlr investment") stays one; an
 * amount in one currency after another bought or sold ("bought dollars at
 * around 142.20 yen", "a modest amount of dollars around 148.50 yen") is
 * the exchange rate, a price; an estimate of a crop's quantity for a split
 * year is a forecast through May of its second year (marketing years end
 * in May at the earliest), not an area sown nor output said to be actual;
 * a figure after a verb of change and ", by" ("also rose, by 477 mln
 * guilders") is a change of that direction; a levy's size ("could face a
 * penalty of", "would reimpose a 40 pct tariff") is a level, or a price
 * per unit, however expected, and so is its amount in another currency
 * in brackets; the next item of a list after a forecast ("15 mln tonnes
 * will be wheat, 12 mln tonnes coarse grains, and the remaining one mln
 * tonnes") is a forecast. Each
 * construction has sentences written for the test and one Reuters
 * sentence (dev story or others.txt).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_measure11_net_item(void **state)
{
	(void)state;
	check_measure("Chile's net service receipts fell to 410 mln dlrs in the fourth quarter "
		      "from 520 mln dlrs in the third.", "2031-03-17", "410 mln dlrs", "balance");
	check_measure("Net unilateral transfers were 2.1 billion dlrs in 2030, the bank said.",
		      "2031-03-17", "2.1 billion dlrs", "balance");
	/* 5941 (Reuters dev) */
	check_measure("Net service receipts declined to 5.5 billion dlrs in the final quarter "
		      "from six billion dlrs in the third quarter.", "1987-03-17",
		      "5.5 billion dlrs", "balance");
	/* not a company's net income, nor net sales or net inflows */
	check_measure("The company's net income rose to 45 mln dlrs in 2030.", "2031-03-17",
		      "45 mln dlrs", "level");
	check_measure("The net capital inflow rose to five billion baht in the quarter.",
		      "2031-03-17", "five billion baht", "level");
}

static void test_measure11_investment_subject(void **state)
{
	(void)state;
	check_measure("Peru's 2030 investment in Chile totalled 460 mln dlrs, official "
		      "statistics show.", "2031-04-21", "460 mln dlrs", "investment");
	check_measure("Outflows for Peruvian direct investment abroad fell to 1.7 billion dlrs "
		      "from 2.2 billion dlrs in the third quarter.", "2031-03-17",
		      "2.2 billion dlrs", "investment");
	check_measure("The policy has attracted investment commitments totalling 90 mln dlrs, "
		      "he said.", "2031-03-23", "90 mln dlrs", "investment");
	/* 2406 (others.txt) */
	check_measure("Canadian investment, including the buying of foreign companies, stocks "
		      "and bonds, rose to 12.53 billion dlrs from 6.19 billion dlrs in 1985.",
		      "1987-03-04", "12.53 billion dlrs", "investment");
	/* a change of it stays a change; exports named between are their own */
	check_measure("Peru's investment in Chile rose 300 mln dlrs in 2030.", "2031-04-21",
		      "300 mln dlrs", "change");
	check_measure("Investment is rising and exports rose to 3.1 billion dlrs in May.",
		      "2031-06-21", "3.1 billion dlrs", "level");
}

static void test_measure11_plan_target(void **state)
{
	(void)state;
	check_measure("The ministry proposed to buy 400,000 tonnes of wheat abroad.",
		      "2031-04-27", "400,000 tonnes", "target");
	check_measure("Peru proposes to invest 300 mln dlrs in Chilean mines.", "2031-04-21",
		      "300 mln dlrs", "target");
	/* 9535 (others.txt) */
	check_measure("He cited news reports that Germany would increase a proposed tax cut for "
		      "1988 by about five billion marks to stimulate domestic growth.",
		      "1987-04-10", "five billion marks", "target");
	/* 16964 (Reuters dev): the title */
	check_measure("TAIWAN PROPOSES TO INVEST ONE BILLION DLRS IN U.S.", "1987-04-21",
		      "ONE BILLION DLRS", "target");
}

static void test_measure11_called_for_investment(void **state)
{
	(void)state;
	check_measure("The council approved a proposal calling for a two billion dlr investment "
		      "by Chilean firms in Peru.", "2031-04-21", "two billion dlr", "target");
	/* a fund planned is the fund's money */
	check_measure("Moscow plans a 25-billion-dlr investment fund with Gulf partners.",
		      "2031-04-21", "25-billion-dlr", "investment");
	/* 16964 (Reuters dev) */
	check_measure("Taiwan's Economic Ministry has approved an ambitious proposal calling for "
		      "a one billion U.S. Dollar investment by private and public companies in the "
		      "United States over the next five years.", "1987-04-21",
		      "one billion U.S. Dollar", "target");
}

static void test_measure11_currency_bought_at(void **state)
{
	(void)state;
	check_measure("The Bank of Korea bought dollars at around 820 won in late trade, "
		      "dealers said.", "2031-04-13", "820 won", "price");
	check_measure("The Bundesbank was selling a small amount of marks around 1.80 francs, "
		      "dealers said.", "2031-04-13", "1.80 francs", "price");
	/* 16111 (others.txt) */
	check_measure("The Bank of Japan actively bought dollars here in early afternoon trade "
		      "at around 142.20 yen, dealers said.", "1987-04-13", "142.20 yen", "price");
	/* an amount of the currency bought is no rate */
	check_measure("Japan bought dollars worth 500 billion yen last month.", "2031-04-13",
		      "500 billion yen", "level");
}

static void test_measure11_crop_year_estimate(void **state)
{
	(void)state;
	check_measure("The department raised its estimate of 2030/31 Kenyan maize imports to "
		      "1.2 mln tonnes.", "2031-04-09", "1.2 mln tonnes", "forecast");
	check_measure("Kenya's 2030/31 wheat crop is estimated at 400,000 tonnes.", "2031-05-20",
		      "400,000 tonnes", "forecast");
	/* 15893 (Reuters dev) */
	check_measure("The U.S. Agriculture Department increased its estimate of 1986/87 grain "
		      "purchases by the Soviet Union to 28 mln tonnes, up two mln tonnes from "
		      "last month.", "1987-04-09", "28 mln tonnes", "forecast");
	/* after May; money of a fiscal year (April-March) over; an area; actual */
	check_measure("Kenya's 2030/31 wheat crop is estimated at 400,000 tonnes.", "2031-06-20",
		      "400,000 tonnes", "level");
	check_measure("Kenya's 2030/31 budget deficit is estimated at 400 mln dlrs.",
		      "2031-04-20", "400 mln dlrs", "balance");
	check_measure("The ministry estimated 2030/31 wheat sowings at 1.2 mln hectares.",
		      "2031-04-20", "1.2 mln hectares", "level");
	check_measure("Actual output was estimated at 151 mln tonnes in 2030/31.", "2031-04-20",
		      "151 mln tonnes", "level");
}

static void test_measure11_comma_by(void **state)
{
	(void)state;
	check_change("Chile's copper exports also fell, by 12 pct, in the first quarter.",
		     "2031-04-07", "12 pct", "change", "down");
	check_change("Loans to the state rose, by 300 mln pesos, to 4.1 billion pesos.",
		     "2031-04-07", "300 mln pesos", "change", "up");
	/* 14207 (Reuters dev) */
	check_change("Paper discounted with the Bank also rose, by 477 mln guilders to 916 mln.",
		     "1987-04-07", "477 mln guilders", "change", "up");
	/* the level reached stays a level */
	check_change("Loans to the state rose, by 300 mln pesos, to 4.1 billion pesos.",
		     "2031-04-07", "4.1 billion pesos", "level", "");
}

static void test_measure11_levy_sized(void **state)
{
	(void)state;
	check_measure("The firm could face a fine of 20 mln pesos (1.1 mln dlrs) for late "
		      "shipments.", "2031-04-20", "20 mln pesos", "level");
	check_measure("The firm could face a fine of 20 mln pesos (1.1 mln dlrs) for late "
		      "shipments.", "2031-04-20", "1.1 mln dlrs", "level");
	check_measure("Chile would impose a 35 pct duty on Peruvian sugar.", "2031-04-20",
		      "35 pct", "level");
	check_measure("Peru will levy a tax at a rate of three dlrs per tonne on fishmeal "
		      "exports.", "2031-04-20", "three dlrs", "price");
	/* 17426 (Reuters dev) */
	check_measure("A pro-government Bengali daily reported today that Continental Grain "
		      "could face a penalty of 200 mln taka (6.49 mln dlrs) for alleged failure "
		      "to maintain shipment schedule.", "1987-04-20", "200 mln taka", "level");
	/* no levy: a forecast stays one, its bracketed pair too */
	check_measure("Exports will reach 200 mln pesos (11 mln dlrs) next year.", "2031-04-20",
		      "11 mln dlrs", "forecast");
}

static void test_measure11_forecast_list(void **state)
{
	const char *s = "Of the total, 900,000 tonnes will be wheat, 400,000 tonnes maize, and "
			"the remaining 100,000 tonnes barley.";

	(void)state;
	check_measure(s, "2031-04-09", "900,000 tonnes", "forecast");
	check_measure(s, "2031-04-09", "400,000 tonnes", "forecast");
	check_measure(s, "2031-04-09", "100,000 tonnes", "forecast");
	/* 15893 (Reuters dev) */
	check_measure("Of the 28 mln tonnes total, 15 mln tonnes will be wheat, 12 mln tonnes "
		      "coarse grains, and the remaining one mln tonnes miscellaneous grains and "
		      "pulses, USDA said.", "1987-04-09", "one mln tonnes", "forecast");
	/* a level's list stays levels */
	check_measure("Of the total, 900,000 tonnes were wheat, 400,000 tonnes maize, and "
		      "the remaining 100,000 tonnes barley.", "2031-04-09", "100,000 tonnes",
		      "level");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure11_net_item),
		cmocka_unit_test(test_measure11_investment_subject),
		cmocka_unit_test(test_measure11_plan_target),
		cmocka_unit_test(test_measure11_called_for_investment),
		cmocka_unit_test(test_measure11_currency_bought_at),
		cmocka_unit_test(test_measure11_crop_year_estimate),
		cmocka_unit_test(test_measure11_comma_by),
		cmocka_unit_test(test_measure11_levy_sized),
		cmocka_unit_test(test_measure11_forecast_list),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
