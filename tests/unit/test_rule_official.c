/*
 * test_rule_official.c - a level claim against the recorded series, latest
 * vintage and the vintage current on the article's date.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>

#include "test_check_util.h"

static int run(const struct fact *f, size_t nf, const struct observation *o, size_t no,
	       struct collected *c)
{
	return run_rule(&rule_official, f, nf, o, no, c);
}

static struct fact claim(void)
{
	return money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN);
}

/* ---- what it says --------------------------------------------------- */

static void test_official_agrees_with_the_vintage_current_then_and_now(void **state)
{
	struct fact f = claim();
	struct observation o[] = { cnru(1, "2023-08", 11.5 * BN, "2023-09-07") };
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(&f, 1, o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.f[0].rule, "official");
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].claim, &f);
	assert_null(c.f[0].other);
	assert_ptr_equal(c.f[0].obs, &o[0]);
	assert_string_equal(c.f[0].series, "CN.IMP.RU");
	assert_string_equal(c.f[0].period, "2023-08");
	assert_int_equal(c.f[0].has_values, 1);
	assert_true(c.f[0].expected == 11.5 * BN);
	assert_true(c.f[0].actual == 11.5 * BN);
	/* The claim's 0.05 bn plus the release's half unit of its last digit. */
	assert_near(c.f[0].tolerance, 0.05 * BN + 0.5, 1e-3);
	assert_true(c.f[0].rel_error == 0);
	assert_string_equal(c.f[0].message,
			    "$11.5 billion agrees with CN.IMP.RU 2023-08 = $11.5 bn in the "
			    "latest vintage (released 2023-09-07), also current when the article "
			    "appeared on 2023-09-19");
	collected_release(&c);
}

static void test_official_right_when_written_and_revised_since_is_info(void **state)
{
	struct fact f = claim();
	struct observation o[] = {
		cnru(1, "2023-08", 11.5 * BN, "2023-09-07"),
		cnru(2, "2023-08", 12.1 * BN, "2024-01-20"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(&f, 1, o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].obs, &o[0]);	/* the vintage it agrees with */
	assert_true(c.f[0].expected == 11.5 * BN);
	assert_string_equal(c.f[0].message,
			    "$11.5 billion was right when written: CN.IMP.RU 2023-08 = $11.5 bn "
			    "in the vintage of 2023-09-07, current on 2023-09-19, since revised to "
			    "$12.1 bn (+5.2%) in the vintage of 2024-01-20");
	collected_release(&c);
}

static void test_official_wrong_then_and_now_names_both_vintages(void **state)
{
	struct fact f = claim();
	struct observation o[] = {
		cnru(1, "2023-08", 10.9 * BN, "2023-09-07"),
		cnru(2, "2023-08", 11.0 * BN, "2024-01-20"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(&f, 1, o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);	/* +4.5% */
	assert_ptr_equal(c.f[0].obs, &o[1]);
	assert_true(c.f[0].expected == 11.0 * BN);
	assert_near(c.f[0].rel_error, 0.5 / 11.0, 1e-12);
	assert_string_equal(c.f[0].message,
			    "$11.5 billion disagrees with CN.IMP.RU 2023-08 = $11 bn by +4.5% "
			    "in the latest vintage (released 2024-01-20); as known on 2023-09-19 "
			    "(vintage of 2023-09-07) it was $10.9 bn, by +5.5%");
	collected_release(&c);
}

static void test_official_errors_from_ten_percent_off(void **state)
{
	struct fact f = claim();
	struct observation o[] = { cnru(1, "2023-08", 9.2 * BN, "2023-09-07") };
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(&f, 1, o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_near(c.f[0].rel_error, 2.3 / 9.2, 1e-12);
	collected_release(&c);
}

static void test_official_agrees_now_though_the_vintage_then_differed(void **state)
{
	struct fact f = claim();
	struct observation o[] = {
		cnru(1, "2023-08", 11.2 * BN, "2023-09-07"),
		cnru(2, "2023-08", 11.5 * BN, "2024-01-20"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(&f, 1, o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].obs, &o[1]);
	assert_non_null(strstr(c.f[0].message, "; as known on 2023-09-19 (vintage of "
					      "2023-09-07) it was $11.2 bn, by +2.7%"));
	collected_release(&c);
}

static void test_official_says_when_no_vintage_was_out_by_the_article_date(void **state)
{
	struct fact f = claim(), undated = claim();
	struct observation o[] = { cnru(1, "2023-08", 11.5 * BN, "2023-10-01") };
	struct collected c = { 0 };

	(void)state;
	undated.published = "";
	assert_int_equal(run(&f, 1, o, 1, &c), 0);
	assert_int_equal(run(&undated, 1, o, 1, &c), 0);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message,
			       "; no vintage was released by 2023-09-19, when the article appeared"));
	assert_non_null(strstr(c.f[1].message, "; the article has no date"));
	collected_release(&c);
}

static void test_official_tolerance_adds_both_precisions_and_hedges(void **state)
{
	/* $11.5 billion is 11.45-11.55; 11.44 bn written to 10 million is
	 * 11.435-11.445: apart. Written to the unit it misses by 0.01 bn.
	 * (Below, not above: 11.5 may be 11.56 cut to its digits.) */
	struct fact f = claim(), hedged = claim();
	struct observation near[] = { cnru(1, "2023-08", 11.44 * BN, "2023-09-07") };
	struct collected c = { 0 };

	(void)state;
	near[0].precision = 0.005 * BN;
	assert_int_equal(run(&f, 1, near, 1, &c), 0);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	near[0].precision = 0.01 * BN;	/* 11.43-11.45 touches 11.45 */
	assert_int_equal(run(&f, 1, near, 1, &c), 0);
	assert_int_equal(c.f[1].severity, SEV_INFO);
	assert_near(c.f[1].tolerance, 0.06 * BN, 1);
	/* "about $11.5 billion" spans 5%: 10.925-12.075. */
	hedged.approx = "about";
	near[0].value = 12 * BN;
	assert_int_equal(run(&hedged, 1, near, 1, &c), 0);
	assert_int_equal(c.f[2].severity, SEV_INFO);
	collected_release(&c);
}

static void test_official_skips_withdrawn_values(void **state)
{
	struct fact f = claim();
	struct observation o[] = {
		cnru(1, "2023-08", 11.5 * BN, "2023-09-07"),
		cnru(2, "2023-08", NAN, "2024-01-20"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(&f, 1, o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_ptr_equal(c.f[0].obs, &o[0]);
	collected_release(&c);
}

/* ---- what it compares ----------------------------------------------- */

static void test_official_never_compares_a_monthly_claim_with_a_ytd_series(void **state)
{
	struct fact f = claim(), ytd = claim();
	struct observation o[] = { cnru(1, "2023-08", 83.3 * BN, "2023-09-07") };
	struct collected c = { 0 };

	(void)state;
	o[0].series = "CN.IMP.RU.YTD";
	o[0].measure = "ytd";
	assert_int_equal(run(&f, 1, o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	ytd.measure = "ytd";
	ytd.value = 83.3 * BN;
	assert_int_equal(run(&ytd, 1, o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	collected_release(&c);
}

static void test_official_matches_unit_subject_period_and_commodity(void **state)
{
	struct observation o[] = { cnru(1, "2023-08", 11.5 * BN, "2023-09-07") };
	struct fact f[8];
	struct collected c = { 0 };

	(void)state;
	for (size_t k = 0; k < ARRAY_SIZE(f); k++)
		f[k] = claim();
	f[0].unit = "EUR";
	f[1].reporter = "US";
	f[2].partner = "KZ";
	f[3].flow = "export";
	f[4].period = "2023-07";
	f[5].per = "year";		/* a rate, not a month's level */
	f[6].measure = "investment";
	f[7].flow = f[7].reporter = f[7].partner = "";	/* no subject */
	for (size_t k = 0; k < ARRAY_SIZE(f); k++) {
		assert_int_equal(run(&f[k], 1, o, 1, &c), 0);
		if (c.n)
			fail_msg("claim %zu was compared", k);
	}
	/* "goods" meets a series with no commodity; a named one must match. */
	f[0] = claim();
	assert_int_equal(run(&f[0], 1, o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	o[0].commodity = "crude oil";
	assert_int_equal(run(&f[0], 1, o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	collected_release(&c);
}

static void test_official_compares_with_every_matching_series_in_order(void **state)
{
	struct fact f[] = {
		claim(),
		money(2, 2, "b.txt", "$9.2 billion", 9.2 * BN, 0.05 * BN),
	};
	struct observation o[] = {
		cnru(1, "2023-07", 9.2 * BN, "2023-08-08"),
		cnru(2, "2023-08", 11.5 * BN, "2023-09-07"),
		cnru(3, "2023-08", 11.6 * BN, "2023-09-08"),
	};
	struct collected c = { 0 };

	(void)state;
	f[1].period = "2023-07";
	o[2].series = "CN.IMP.RU.B";	/* a second source of the same figure */
	assert_int_equal(run(f, 2, o, 3, &c), 0);
	assert_int_equal(c.n, 3);
	assert_ptr_equal(c.f[0].obs, &o[1]);
	assert_ptr_equal(c.f[1].obs, &o[2]);
	assert_ptr_equal(c.f[2].claim, &f[1]);
	assert_ptr_equal(c.f[2].obs, &o[0]);
	collected_release(&c);
}

static void test_official_stops_at_first_nonzero_emit(void **state)
{
	struct fact f[] = { claim(), claim() };
	struct observation o[] = { cnru(1, "2023-08", 11.5 * BN, "2023-09-07") };
	struct collected c = { .stop_after = 1 };

	(void)state;
	assert_int_equal(run(f, 2, o, 1, &c), 7);
	assert_int_equal(c.n, 1);
	collected_release(&c);
}

/*
 * 100,000 claims against 100,000 observations of one series: binary search
 * makes it instant; a scan per claim would be 1e10 string comparisons.
 */
static void test_official_scales_by_binary_search(void **state)
{
	enum { N = 100000 };	/* periods 1000-01 to 9333-04: four-digit years */
	struct fact *f = xcalloc(N, sizeof(*f));
	struct observation *o = xcalloc(N, sizeof(*o));
	char (*periods)[16] = xcalloc(N, sizeof(*periods));
	struct collected c = { 0 };

	(void)state;
	for (int k = 0; k < N; k++) {
		snprintf(periods[k], sizeof(periods[k]), "%04d-%02d", 1000 + k / 12, k % 12 + 1);
		o[k] = cnru(k + 1, periods[k], 11.5 * BN, "1000-01-01");
		f[k] = claim();
		f[k].period = periods[N - 1 - k];
		f[k].published = "9999-12-31";	/* after every period: each one is over */
	}
	assert_int_equal(run(f, N, o, N, &c), 0);
	assert_int_equal(c.n, N);
	assert_ptr_equal(c.f[0].obs, &o[N - 1]);
	assert_ptr_equal(c.f[N - 1].obs, &o[0]);
	collected_release(&c);
	free(periods);
	free(o);
	free(f);
}


/* ---- a quarter or a year from a series of months (issue 15) ----------- */

static void test_official_sums_months_into_a_quarter_and_says_so(void **state)
{
	struct fact f = money(1, 1, "a.txt", "$33 billion", 33 * BN, 0.5 * BN);
	struct observation o[] = {
		cnru(1, "2023-07", 10 * BN, "2023-10-07"),
		cnru(2, "2023-08", 11 * BN, "2023-10-07"),
		cnru(3, "2023-09", 12 * BN, "2023-10-07"),
	};
	struct collected c = { 0 };

	(void)state;
	f.period = "2023-Q3";
	f.published = "2023-10-20";
	for (size_t i = 0; i < 3; i++)
		o[i].aggregation = "sum";
	assert_int_equal(run(&f, 1, o, 3, &c), 0);
	assert_int_equal(c.n, 1);
	assert_true(c.f[0].expected == 33 * BN);	/* the series' quarter: 10 + 11 + 12 */
	assert_string_equal(c.f[0].period, "2023-Q3");
	assert_string_equal(c.f[0].message,
			    "$33 billion agrees with CN.IMP.RU 2023-Q3 = $33 bn in the latest "
			    "vintage (released 2023-10-07), also current when the article appeared "
			    "on 2023-10-20 (2023-Q3: the sum over its 3 months)");
	collected_release(&c);
	/* A month missing: the quarter is not derived, nothing is said. */
	assert_int_equal(run(&f, 1, o, 2, &c), 0);
	assert_int_equal(c.n, 0);
	/* No aggregation recorded: not derived either. */
	for (size_t i = 0; i < 3; i++)
		o[i].aggregation = "";
	assert_int_equal(run(&f, 1, o, 3, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_official_averages_a_rate_over_a_year(void **state)
{
	struct fact f = money(1, 1, "a.txt", "$7 billion", 7 * BN, 0.05 * BN);
	struct observation o[12];
	char periods[12][24];
	struct collected c = { 0 };

	(void)state;
	f.period = "2023";
	f.published = "2024-01-20";	/* once the year is over */
	for (int i = 0; i < 12; i++) {
		snprintf(periods[i], sizeof(periods[i]), "2023-%02d", i + 1);
		o[i] = cnru(i + 1, periods[i], (6 + i / 6) * BN, "2024-01-15");
		o[i].aggregation = "mean";
	}
	assert_int_equal(run(&f, 1, o, 12, &c), 0);
	assert_int_equal(c.n, 1);
	/* The series' figure is the mean of its months, 6 bn for six, 7 bn for six. */
	assert_true(c.f[0].expected == 6.5 * BN);
	assert_true(c.f[0].actual == 7 * BN);
	assert_non_null(strstr(c.f[0].message, "(2023: the mean over its 12 months)"));
	assert_non_null(strstr(c.f[0].message, "disagrees with CN.IMP.RU 2023 = $6.5 bn"));
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_official_agrees_with_the_vintage_current_then_and_now),
		cmocka_unit_test(test_official_sums_months_into_a_quarter_and_says_so),
		cmocka_unit_test(test_official_averages_a_rate_over_a_year),
		cmocka_unit_test(test_official_right_when_written_and_revised_since_is_info),
		cmocka_unit_test(test_official_wrong_then_and_now_names_both_vintages),
		cmocka_unit_test(test_official_errors_from_ten_percent_off),
		cmocka_unit_test(test_official_agrees_now_though_the_vintage_then_differed),
		cmocka_unit_test(test_official_says_when_no_vintage_was_out_by_the_article_date),
		cmocka_unit_test(test_official_tolerance_adds_both_precisions_and_hedges),
		cmocka_unit_test(test_official_skips_withdrawn_values),
		cmocka_unit_test(test_official_never_compares_a_monthly_claim_with_a_ytd_series),
		cmocka_unit_test(test_official_matches_unit_subject_period_and_commodity),
		cmocka_unit_test(test_official_compares_with_every_matching_series_in_order),
		cmocka_unit_test(test_official_stops_at_first_nonzero_emit),
		cmocka_unit_test(test_official_scales_by_binary_search),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
