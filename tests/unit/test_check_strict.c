/*
 * test_check_strict.c - comparability made strict (issue 16, point 1): a
 * period not over on its article's date (commitments "this year", exports
 * "so far", an estimate for a season under way) is compared with nothing
 * but the same period on the same date, and never with a series; a product
 * group against a series of all goods is at most info; forecasts never meet
 * outcomes; a figure that is the other cut to its written digits agrees
 * with rounding, and says so.
 *
 * Each fact stands for a sentence written for this test, quoted above it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "test_check_util.h"

/* Thailand's rice exports (tonnes) in period, stated in document doc_id
 * published on published. */
static struct fact rice(int64_t id, int64_t doc_id, const char *text, double t,
			const char *period, const char *published)
{
	struct fact f = money(id, doc_id, doc_id == 1 ? "a.txt" : doc_id == 2 ? "b.txt" : "c.txt",
			      text, t, 0.5);

	f.kind = "quantity";
	f.unit = "t";
	f.reporter = "TH";
	f.partner = "WORLD";
	f.flow = "export";
	f.commodity = "rice";
	f.period = period;
	f.published = published;
	return f;
}

/* The U.S. 1986 trade deficit as written in a story of 1987-03-20. */
static struct fact deficit(int64_t id, int64_t doc_id, const char *text, double bn, double half)
{
	struct fact f = money(id, doc_id, doc_id == 1 ? "a.txt" : "b.txt", text, -bn * BN,
			      half * BN);

	f.measure = "balance";
	f.flow = "trade";
	f.reporter = "US";
	f.partner = "WORLD";
	f.commodity = "";
	f.period = "1986";
	f.published = "1987-03-20";
	return f;
}

static size_t agreement(const struct fact *f, size_t n, struct collected *c)
{
	collected_release(c);
	assert_int_equal(run_rule(&rule_agreement, f, n, NULL, 0, c), 0);
	return c->n;
}

/* ---- a period not over on the article's date ------------------------- */

static void test_commitments_this_year_at_two_dates_are_not_compared(void **state)
{
	/* "It has commitments to export another 381,171 tonnes this year."
	 * (April 7) and "... a further 353,045 tonnes this year." (April 9):
	 * outstanding commitments at two dates, not one figure. */
	struct fact f[] = {
		rice(1, 1, "381,171 tonnes", 381171, "1987", "1987-04-07"),
		rice(2, 2, "353,045 tonnes", 353045, "1987", "1987-04-09"),
	};
	struct collected c = { 0 };
	struct basis_cmp b;

	(void)state;
	assert_true(basis_period_open(&f[0]));
	basis_claims(&f[1], &f[0], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "period 1987 not over on 1987-04-09 (b.txt): a figure to "
			    "date, a commitment or an estimate");
	assert_int_equal(agreement(f, 2, &c), 0);
	/* Two stories of the same day may state the same figure to date. */
	f[1].published = "1987-04-07";
	assert_int_equal(agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	/* Once the year is over, 1987 is 1987. */
	f[0].published = "1988-02-01";
	f[1].published = "1988-03-01";
	assert_false(basis_period_open(&f[0]));
	assert_int_equal(agreement(f, 2, &c), 1);
	/* One written during the year, one after it: a part against the whole. */
	f[0].published = "1987-04-07";
	assert_int_equal(agreement(f, 2, &c), 0);
	collected_release(&c);
}

static void test_a_running_total_is_not_the_seasons_estimate(void **state)
{
	/* Two stories of April 9: "USDA estimated Soviet grain imports in
	 * 1986/87 at 28.0 mln tonnes." and "USDA said Moscow already has
	 * purchased over 25 mln tonnes grain for delivery in 1986/87."
	 * Purchases so far are a part of the season, not its estimate. */
	struct fact f[] = {
		rice(1, 1, "28.0 mln tonnes", 28.0e6, "1986/87", "1987-04-09"),
		rice(2, 2, "25 mln tonnes", 25e6, "1986/87", "1987-04-09"),
	};
	struct collected c = { 0 };
	struct basis_cmp b;

	(void)state;
	f[0].sentence = "USDA estimated Soviet grain imports in 1986/87 at 28.0 mln tonnes.";
	f[1].sentence = "USDA said Moscow already has purchased over 25 mln tonnes grain for "
			"delivery in 1986/87.";
	f[1].approx = "over";
	f[1].precision = 0.5e6;
	f[0].precision = 0.05e6;
	assert_false(basis_to_date(&f[0]));
	assert_true(basis_to_date(&f[1]));
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "period 1986/87 not over on 1987-04-09: a figure to date "
			    "(b.txt) against the whole period's");
	assert_int_equal(agreement(f, 2, &c), 0);
	/* two running totals of the same date are one figure told twice */
	f[0].sentence = "Soviet purchases so far total 28.0 mln tonnes for 1986/87.";
	assert_true(basis_to_date(&f[0]));
	assert_int_equal(agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	/* once the season is over, "already" says nothing about a part of it */
	f[0].published = f[1].published = "1988-01-05";
	assert_false(basis_to_date(&f[1]));
	f[0].sentence = "USDA put Soviet grain imports in 1986/87 at 28.0 mln tonnes.";
	assert_int_equal(agreement(f, 2, &c), 1);
	collected_release(&c);
}

static void test_the_base_of_a_figure_to_date_is_at_most_info(void **state)
{
	/* a.txt, April 7: "Imports rose to 7.08 billion from 5.33 billion last
	 * year." read as 1987 and 1986 (after a first-quarter sentence); b.txt,
	 * March 12: "Taiwan's imports were 6.1 billion dlrs in 1986." 5.33 is
	 * the base of a figure to date, the same part of 1986: at most info. */
	struct fact f[] = {
		money(1, 1, "a.txt", "7.08 billion", 7.08 * BN, 0.005 * BN),
		money(2, 1, "a.txt", "5.33 billion", 5.33 * BN, 0.005 * BN),
		money(3, 2, "b.txt", "6.1 billion dlrs", 6.1 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	for (size_t i = 0; i < 3; i++) {
		f[i].reporter = "TW";
		f[i].partner = "WORLD";
		f[i].period = "1986";
		f[i].published = "1987-04-07";
	}
	f[0].period = "1987";
	f[0].sentence = f[1].sentence = "Imports rose to 7.08 billion from 5.33 billion last year.";
	f[2].published = "1987-03-12";
	f[2].sentence = "Taiwan's imports were 6.1 billion dlrs in 1986.";
	assert_ptr_equal(basis_forecast_base(&f[1], f, 3), &f[0]);
	assert_null(basis_forecast_base(&f[2], f, 3));
	assert_int_equal(agreement(f, 3, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "5.33 billion is the base of 7.08 billion for "
				"1987, a period not over on 1987-04-07 (a.txt): the same part of "
				"1986, not its whole"));
	/* once 1987 is over, 7.08 is the year's and 5.33 the whole of 1986, as
	 * the release of 1987 restates it: a revision, not a base to date */
	f[0].published = f[1].published = "1988-02-01";
	assert_null(basis_forecast_base(&f[1], f, 3));
	assert_int_equal(agreement(f, 3, &c), 1);
	assert_null(strstr(c.f[0].message, "is the base of"));
	assert_non_null(strstr(c.f[0].message, "a revision, not a disagreement"));
	/* and without the later figure, 5.33 against 6.1 bn is an error */
	assert_int_equal(agreement(f + 1, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	/* nor is a figure of another trade in the sentence a base */
	f[0].published = f[1].published = "1987-04-07";
	f[0].flow = "export";
	assert_null(basis_forecast_base(&f[1], f, 3));
	collected_release(&c);
}

static void test_ranges_crop_years_and_short_ends_close_when_they_end(void **state)
{
	/* "Thailand exported 1.23 mln tonnes of rice in January/March." (April 7) */
	struct fact f = rice(1, 1, "1.23 mln tonnes", 1.23e6, "1987-01/1987-03", "1987-04-07");

	(void)state;
	assert_false(basis_period_open(&f));
	/* "... so far this year" in a story of April 9: January to April. */
	f.period = "1987-01/1987-04";
	f.published = "1987-04-09";
	assert_true(basis_period_open(&f));
	f.published = "1987-04-30";	/* the month's last day: no final figure yet */
	assert_true(basis_period_open(&f));
	f.published = "1987-05-01";
	assert_false(basis_period_open(&f));
	/* "Soviet grain imports in 1986/87 are estimated at 26 mln tonnes." */
	f.period = "1986/87";
	f.published = "1987-03-11";
	assert_true(basis_period_open(&f));
	f.published = "1988-01-05";
	assert_false(basis_period_open(&f));
	/* "in the first 20 days of February" in a story of February 25 */
	f.period = "1987-02-01/20";
	f.published = "1987-02-25";
	assert_false(basis_period_open(&f));
	f.published = "1987-02-19";
	assert_true(basis_period_open(&f));
	f.period = "1987-Q1";
	f.published = "1987-04-01";
	assert_false(basis_period_open(&f));
	/* "Taiwan's exports ... 11.28 billion in the first quarter", written on
	 * March 31: an estimate, the quarter's data are not out. */
	f.published = "1987-03-31";
	assert_true(basis_period_open(&f));
	/* A day's figure ("reserves on March 31") may be told that day. */
	f.period = "1987-03-31";
	assert_false(basis_period_open(&f));
	/* Unknown date or period: nothing is known to be open. */
	f.published = "";
	assert_false(basis_period_open(&f));
	f.published = "1987-03-01";
	f.period = "weekly";
	assert_false(basis_period_open(&f));
}

static void test_official_never_takes_a_figure_to_date_for_the_period(void **state)
{
	/* "China's imports from Russia so far this month are $4 billion"
	 * (August 2023, written on August 12): not August's value. */
	struct fact f = money(1, 1, "a.txt", "$4 billion", 4 * BN, 0.5 * BN);
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct collected c = { 0 };

	(void)state;
	f.published = "2023-08-12";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	f.published = "2023-09-12";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	collected_release(&c);
}

/* ---- forecasts are never outcomes ------------------------------------ */

static void test_forecast_never_meets_an_outcome(void **state)
{
	/* "The surplus is forecast at $14 billion in August." against "China's
	 * imports from Russia were $11.5 billion in August." */
	struct fact f[] = {
		money(1, 1, "a.txt", "$14 billion", 14 * BN, 0.5 * BN),
		money(2, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct collected c = { 0 };

	(void)state;
	f[0].measure = "forecast";
	assert_int_equal(agreement(f, 2, &c), 0);
	assert_int_equal(run_rule(&rule_official, &f[0], 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	/* A forecast written as a level of a period still to come is open. */
	f[0].measure = "level";
	f[0].published = "2023-06-30";
	assert_int_equal(agreement(f, 2, &c), 0);
	assert_int_equal(run_rule(&rule_official, &f[0], 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

/* ---- a product group against the whole ------------------------------- */

static void test_product_group_against_all_goods_is_at_most_info(void **state)
{
	/* "China's imports of crude oil from Russia were $13 billion in
	 * August." against CN.IMP.RU, all goods. */
	struct fact f = money(1, 1, "a.txt", "$13 billion", 13 * BN, 0.5 * BN);
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct collected c = { 0 };
	struct basis_cmp b;

	(void)state;
	f.commodity = "crude oil";
	basis_claim_series(&f, &o, &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_INFO);
	assert_string_equal(b.why, "commodity crude oil in a.txt, all goods in CN.IMP.RU");
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "(at most info: commodity crude oil in a.txt, "
					       "all goods in CN.IMP.RU)"));
	/* "goods" is all goods: the error stands. */
	f.commodity = "goods";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.f[1].severity, SEV_ERROR);
	/* A claim naming no commodity against a series of one product. */
	f.commodity = "";
	o.commodity = "crude oil";
	basis_claim_series(&f, &o, &b);
	assert_int_equal(b.cap, SEV_INFO);
	assert_string_equal(b.why, "commodity not named in a.txt, crude oil in CN.IMP.RU");
	collected_release(&c);
}

static void test_mirror_against_a_series_caps_a_product_group(void **state)
{
	/* "Russia's exports of crude oil to China were $16 billion in August"
	 * against China's imports of all goods from Russia. */
	struct fact f = money(1, 1, "a.txt", "$16 billion", 16 * BN, 0.5 * BN);
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct collected c = { 0 };

	(void)state;
	f.reporter = "RU";
	f.partner = "CN";
	f.flow = "export";
	f.commodity = "crude oil";
	assert_int_equal(run_rule(&rule_mirror, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	f.commodity = "";
	assert_int_equal(run_rule(&rule_mirror, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.f[1].severity, SEV_WARNING);	/* 16 against 11.5: ratio 1.39 */
	collected_release(&c);
}

/* ---- cut to the written digits ---------------------------------------- */

static void test_a_figure_cut_to_its_digits_agrees_with_rounding(void **state)
{
	/* "the 169 billion dlr trade deficit of 1986" against "a record 169.8
	 * billion dlrs last year" */
	struct fact f[] = {
		deficit(1, 1, "169.8 billion dlrs", 169.8, 0.05),
		deficit(2, 2, "169 billion dlrs", 169, 0.5),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_string_equal(c.f[0].message,
			    "169 billion dlrs agrees with 169.8 billion dlrs in a.txt with "
			    "rounding: 169 billion dlrs is 169.8 billion dlrs cut to its written "
			    "digits, not rounded (-0.5%)");
	assert_near(c.f[0].tolerance, 1.05 * BN, 1);
	/* Either order. */
	f[0].id = 3, f[0].doc_id = 3;
	assert_int_equal(agreement((struct fact[]){ f[1], f[0] }, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	/* 168 is not 169.8 cut: a disagreement. */
	f[1].value = -168 * BN;
	f[1].text = "168 billion dlrs";
	assert_int_equal(agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	/* 170.2 cut is 170, not 169: cutting never rounds up. */
	f[0].value = -170.2 * BN;
	f[1].value = -169 * BN;
	assert_int_equal(agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	collected_release(&c);
}

static void test_cutting_needs_a_finer_figure_and_no_hedge(void **state)
{
	struct fact f[] = {
		deficit(1, 1, "169.8 billion dlrs", 169.8, 0.05),
		deficit(2, 2, "169 billion dlrs", 169, 0.5),
	};
	struct fact p[] = {
		pct(1, 1, "a.txt", "3.8%", 3.8, "change_yoy", "up"),
		pct(2, 2, "b.txt", "3%", 3, "change_yoy", "up"),
	};
	struct tol_side x = { .value = -169.8 * BN, .half = 0.05 * BN };
	struct collected c = { 0 };

	(void)state;
	assert_true(tol_truncated(&f[1], x));
	x.half = 0.5 * BN;	/* as coarse as the other: not a cut */
	assert_false(tol_truncated(&f[1], x));
	x.value = 169.8 * BN;	/* a surplus against a deficit */
	x.half = 0.05 * BN;
	assert_false(tol_truncated(&f[1], x));
	/* "about 150 billion" is hedged: its own interval decides. */
	f[1].approx = "about";
	assert_false(tol_truncated(&f[1], (struct tol_side){ .value = -150.9 * BN, .half = 0.05 * BN }));
	/* Percentages are rounded by whoever computes them: 3% is not 3.8%. */
	p[0].precision = 0.05;
	assert_int_equal(agreement(p, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	collected_release(&c);
}

static void test_official_agrees_with_a_value_cut_to_the_claims_digits(void **state)
{
	/* "China's imports from Russia were $11 billion in August." against a
	 * series value of 11.56 bn. */
	struct fact f = money(1, 1, "a.txt", "$11 billion", 11 * BN, 0.5 * BN);
	struct observation o = cnru(1, "2023-08", 11.56 * BN, "2023-09-07");
	struct collected c = { 0 };

	(void)state;
	o.precision = 0.005 * BN;
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "with rounding: the value cut to the claim's "
					       "written digits, not rounded"));
	o.value = 12.01 * BN;	/* cut to billions: 12, not 11 */
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.f[1].severity, SEV_WARNING);
	collected_release(&c);
}

/* ---- far apart: two figures, not one ----------------------------------- */

static void test_far_apart_amounts_are_at_most_info(void **state)
{
	/* "The surplus widened in the first two months of the year to 2.35
	 * billion dlrs" read as 1986, against "a record 15.6 billion dlrs last
	 * year": six times apart, two figures; 13.6 against 15.6 is one figure
	 * told two ways (a warning). */
	struct fact f[] = {
		deficit(1, 1, "15.6 billion dlrs", 15.6, 0.05),
		deficit(2, 2, "2.35 billion dlrs", 2.35, 0.005),
	};
	struct collected c = { 0 };

	(void)state;
	assert_true(tol_far_apart(15.6, 2.35, &(double){ 0 }));
	assert_false(tol_far_apart(15.6, 13.6, &(double){ 0 }));
	assert_false(tol_far_apart(15.6, -2.35, &(double){ 0 }));
	assert_false(tol_far_apart(15.6, 0, &(double){ 0 }));
	assert_int_equal(agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "(at most info: 6.6 times apart, too far for one "
					       "figure told two ways: more likely another period, "
					       "subject, measure or product read as this one)"));
	f[1].value = -13.6 * BN;
	f[1].precision = 0.05 * BN;
	assert_int_equal(agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);	/* 12.8%, all stated */
	/* Changes are not capped: "up 3%" against "up 9%" are one change. */
	collected_release(&c);
	{
		struct fact p[] = {
			pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up"),
			pct(2, 2, "b.txt", "9%", 9, "change_yoy", "up"),
		};

		assert_int_equal(agreement(p, 2, &c), 1);
		assert_int_equal(c.f[0].severity, SEV_ERROR);
	}
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_commitments_this_year_at_two_dates_are_not_compared),
		cmocka_unit_test(test_a_running_total_is_not_the_seasons_estimate),
		cmocka_unit_test(test_the_base_of_a_figure_to_date_is_at_most_info),
		cmocka_unit_test(test_ranges_crop_years_and_short_ends_close_when_they_end),
		cmocka_unit_test(test_official_never_takes_a_figure_to_date_for_the_period),
		cmocka_unit_test(test_forecast_never_meets_an_outcome),
		cmocka_unit_test(test_product_group_against_all_goods_is_at_most_info),
		cmocka_unit_test(test_mirror_against_a_series_caps_a_product_group),
		cmocka_unit_test(test_a_figure_cut_to_its_digits_agrees_with_rounding),
		cmocka_unit_test(test_cutting_needs_a_finer_figure_and_no_hedge),
		cmocka_unit_test(test_official_agrees_with_a_value_cut_to_the_claims_digits),
		cmocka_unit_test(test_far_apart_amounts_are_at_most_info),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
