/*
 * test_rule_balance.c - a trade balance against exports minus imports: in
 * one article, and against the export and import series of its subject.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>

#include "test_check_util.h"

/* A figure of Japan's trade with the U.S. in February 1987, in a.txt of
 * 1987-03-17, every field stated: flow "export", "import" or "trade" (a
 * balance, measure "balance"). Written to 0.01 bn (half 0.005 bn) unless
 * precision says otherwise. */
static struct fact jp(int64_t id, const char *flow, const char *text, double bn, double half)
{
	struct fact f = money(id, 1, "a.txt", text, bn * BN, half * BN);

	f.published = "1987-03-17";
	f.period = "1987-02";
	f.reporter = "JP";
	f.partner = "US";
	f.flow = flow;
	f.commodity = "";
	f.measure = strcmp(flow, "trade") ? "level" : "balance";
	return f;
}

static int run(const struct fact *f, size_t nf, const struct observation *o, size_t no,
	       struct collected *c)
{
	return run_rule(&rule_balance, f, nf, o, no, c);
}

/* The three of a.txt: balance b (in bn, half 0.05), exports 6.53 and
 * imports 2.31 (X - M = 4.22, half 0.01). */
static void three(struct fact v[3], double b)
{
	v[0] = jp(1, "trade", "4.2 billion dlrs", b, 0.05);
	v[1] = jp(2, "export", "6.53 billion dlrs", 6.53, 0.005);
	v[2] = jp(3, "import", "2.31 billion dlrs", 2.31, 0.005);
}

static void test_balance_agrees_with_exports_minus_imports(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	three(v, 4.2);
	assert_int_equal(run(v, 3, NULL, 0, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].claim, &v[0]);
	assert_ptr_equal(c.f[0].other, &v[1]);
	assert_near(c.f[0].expected, 4.22 * BN, 1);
	assert_near(c.f[0].actual, 4.2 * BN, 1);
	assert_near(c.f[0].tolerance, 0.06 * BN, 1);
	assert_non_null(strstr(c.f[0].message, "agrees within rounding"));
	/* all three named with their sources */
	assert_non_null(strstr(c.f[0].message, "'4.2 billion dlrs' (a.txt [10,26))"));
	assert_non_null(strstr(c.f[0].message, "'6.53 billion dlrs' (a.txt [20,37))"));
	assert_non_null(strstr(c.f[0].message, "'2.31 billion dlrs' (a.txt [30,47))"));
	collected_release(&c);
}

static void test_balance_just_beyond_rounding_is_a_warning(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	/* 4.1 +/- 0.05 against 4.22 +/- 0.01: 0.12 apart, 0.06 allowed, 2.8% */
	three(v, 4.1);
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message, "differs by"));
	collected_release(&c);
}

static void test_balance_within_rounding_of_all_three_is_info(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	/* 4.17 is 0.05 from 4.22: inside 0.05 + 0.005 + 0.005 */
	three(v, 4.17);
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	collected_release(&c);
}

static void test_balance_ten_percent_off_with_every_field_stated_is_an_error(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	three(v, 5.2);
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_near(c.f[0].rel_error, (5.2 - 4.22) / 4.22, 1e-9);
	assert_null(strstr(c.f[0].message, "sign error"));
	collected_release(&c);
}

static void test_balance_deficit_where_exports_exceed_imports_is_a_sign_error(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	three(v, -4.2);
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_non_null(strstr(c.f[0].message, "a sign error: a deficit stated where exports "
					       "minus imports is a surplus"));
	collected_release(&c);
}

static void test_balance_with_one_field_inferred_is_at_most_a_warning(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	three(v, 5.2);
	v[2].reporter_src = "inferred";	/* "its imports": Japan from the sentence before */
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message, "(at most warning: reporter inferred from context"));
	collected_release(&c);
}

static void test_balance_with_a_partner_unknown_on_one_side_is_info(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	three(v, 5.2);
	v[0].partner = "";
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "(at most info: partner unknown in a.txt)"));
	collected_release(&c);
}

static void test_balance_meets_no_other_partner_period_or_adjustment(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	three(v, 5.2);
	v[2].partner = "WORLD";	/* total imports: not the bilateral figure */
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 0);

	three(v, 5.2);
	v[1].period = "1986-02";
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 0);

	three(v, 5.2);
	v[0].adjustment = "sa";
	v[1].adjustment = "sa";
	v[2].adjustment = "nsa";
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_balance_rival_reading_stops_a_disagreement_not_an_agreement(void **state)
{
	struct collected c = { 0 };
	struct fact v[4];

	(void)state;
	/* "a surplus of 4.2 billion ... against 3.6 billion a year earlier",
	 * the year-ago figure read as February 1987 too */
	three(v, 4.2);
	v[3] = jp(4, "trade", "3.6 billion dlrs", 3.6, 0.05);
	run(v, 4, NULL, 0, &c);
	assert_int_equal(c.n, 1);
	assert_ptr_equal(c.f[0].claim, &v[0]);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	collected_release(&c);
}

static void test_balance_provisional_is_the_articles_figure_previous_is_not(void **state)
{
	struct collected c = { 0 };
	struct fact v[3];

	(void)state;
	/* "the trade surplus fell to a provisional 4.2 billion" */
	three(v, 4.2);
	v[0].status = "preliminary";
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	collected_release(&c);

	/* "the previously published surplus of 5.2 billion" */
	three(v, 5.2);
	v[0].status = "previous";
	run(v, 3, NULL, 0, &c);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

/* ---- against the series --------------------------------------------- */

static struct observation ser(int64_t id, const char *code, const char *flow, double bn,
			      const char *released)
{
	return (struct observation){
		.id = id, .vintage = 100 + id, .series = code, .unit = "USD",
		.reporter = "JP", .partner = "US", .flow = flow, .commodity = "",
		.measure = "level", .adjustment = "", .price = "",
		.period = "1987-02", .value = bn * BN, .precision = 0.0005 * BN,
		.released = released, .source = "MOF",
	};
}

static void test_balance_against_series_latest_and_as_of(void **state)
{
	struct collected c = { 0 };
	struct fact b = jp(1, "trade", "4.2 billion dlrs", 4.2, 0.05);
	/* sorted by series, period, release: exports revised up after the
	 * article, imports unchanged */
	struct observation o[] = {
		ser(1, "JP.EXP.US", "export", 6.53, "1987-03-10"),
		ser(2, "JP.EXP.US", "export", 7.03, "1987-04-10"),
		ser(3, "JP.IMP.US", "import", 2.31, "1987-03-10"),
	};

	(void)state;
	assert_int_equal(run(&b, 1, o, 3, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].obs, &o[0]);
	assert_ptr_equal(c.f[0].other_obs, &o[2]);
	assert_string_equal(c.f[0].series, "JP.EXP.US");
	assert_string_equal(c.f[0].other_series, "JP.IMP.US");
	assert_non_null(strstr(c.f[0].message, "right when written (1987-03-17)"));
	collected_release(&c);

	/* 5.2 fits neither vintage: an error, every field stated */
	b.value = 5.2 * BN;
	run(&b, 1, o, 3, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_ptr_equal(c.f[0].obs, &o[1]);
	assert_non_null(strstr(c.f[0].message, "JP.IMP.US 1987-02"));
	collected_release(&c);

	/* seasonally adjusted imports, exports and the claim not said: the
	 * basis unknown on one side, at most info */
	o[2].adjustment = "sa";
	run(&b, 1, o, 3, &c);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "(at most info: adjustment sa in JP.IMP.US"));
	collected_release(&c);

	/* a seasonally adjusted balance against unadjusted series: another basis */
	b.adjustment = "sa";
	o[0].adjustment = o[1].adjustment = o[2].adjustment = "nsa";
	run(&b, 1, o, 3, &c);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_balance_agrees_with_exports_minus_imports),
		cmocka_unit_test(test_balance_just_beyond_rounding_is_a_warning),
		cmocka_unit_test(test_balance_within_rounding_of_all_three_is_info),
		cmocka_unit_test(test_balance_ten_percent_off_with_every_field_stated_is_an_error),
		cmocka_unit_test(test_balance_deficit_where_exports_exceed_imports_is_a_sign_error),
		cmocka_unit_test(test_balance_with_one_field_inferred_is_at_most_a_warning),
		cmocka_unit_test(test_balance_with_a_partner_unknown_on_one_side_is_info),
		cmocka_unit_test(test_balance_meets_no_other_partner_period_or_adjustment),
		cmocka_unit_test(test_balance_rival_reading_stops_a_disagreement_not_an_agreement),
		cmocka_unit_test(test_balance_provisional_is_the_articles_figure_previous_is_not),
		cmocka_unit_test(test_balance_against_series_latest_and_as_of),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
