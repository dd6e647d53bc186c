/*
 * test_rule_growth.c - a change against the series, and a level with its
 * change against the base they imply. The numbers are the seeds': CN.IMP.RU
 * 2022-07 10.019 bn, 2022-08 11.2 bn, 2023-07 9.2 bn, 2023-08 11.5 bn.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>

#include "test_check_util.h"

/* The four months of China's imports from Russia the seeds speak of. */
static void seeds(struct observation o[4])
{
	o[0] = cnru(1, "2022-07", 10.019 * BN, "2022-08-09");
	o[1] = cnru(2, "2022-08", 11.2 * BN, "2022-09-10");
	o[2] = cnru(3, "2023-07", 9.2 * BN, "2023-08-08");
	o[3] = cnru(4, "2023-08", 11.5 * BN, "2023-09-07");
}

static int run(const struct fact *f, size_t nf, const struct observation *o, size_t no,
	       struct collected *c)
{
	return run_rule(&rule_growth, f, nf, o, no, c);
}

/* ---- a change against the series ----------------------------------- */

static void test_growth_three_percent_yoy_agrees_with_two_point_seven(void **state)
{
	struct observation o[4];
	struct fact f = pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up");
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	assert_int_equal(run(&f, 1, o, 4, &c), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.f[0].rule, "growth");
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].obs, &o[3]);
	assert_string_equal(c.f[0].series, "CN.IMP.RU");
	assert_string_equal(c.f[0].period, "2023-08");
	assert_near(c.f[0].expected, (11.5 / 11.2 - 1) * 100, 1e-9);
	assert_true(c.f[0].actual == 3);
	assert_near(c.f[0].tolerance, 0.5, 1e-6);
	assert_string_equal(c.f[0].message,
			    "3% (up, year-on-year) agrees with the year-on-year change: CN.IMP.RU "
			    "2023-08 over 2022-08 is +2.7% ($11.5 bn over $11.2 bn, vintages "
			    "of 2023-09-07 and 2022-09-10)");
	collected_release(&c);
}

static void test_growth_july_decline_of_eight_percent_agrees(void **state)
{
	struct observation o[4];
	struct fact f = pct(1, 1, "a.txt", "8%", 8, "change", "down");
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	f.period = "2023-07";
	assert_int_equal(run(&f, 1, o, 4, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_true(c.f[0].actual == -8);
	assert_near(c.f[0].expected, (9.2 / 10.019 - 1) * 100, 1e-9);
	assert_non_null(strstr(c.f[0].message, "8% (down, basis unstated) agrees with the "
					      "year-on-year change"));
	collected_release(&c);
}

static void test_growth_plus_eight_percent_over_july_is_an_error(void **state)
{
	struct observation o[4];
	struct fact f = pct(1, 1, "a.txt", "+8%", 8, "change_mom", "up");
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	assert_int_equal(run(&f, 1, o, 4, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_near(c.f[0].expected, 25, 1e-9);
	assert_near(c.f[0].rel_error, -0.68, 1e-9);
	assert_string_equal(c.f[0].message,
			    "+8% (up, month-on-month) disagrees with the month-on-month change: "
			    "CN.IMP.RU 2023-08 over 2023-07 is +25.0% ($11.5 bn over $9.2 bn, "
			    "vintages of 2023-09-07 and 2023-08-08); year-on-year it is +2.7%, "
			    "closer but no fit either");
	collected_release(&c);
}

static void test_growth_says_when_a_change_fits_the_other_basis(void **state)
{
	struct observation o[4];
	/* Written as month-on-month, but 3% is the year-on-year change. */
	struct fact mom = pct(1, 1, "a.txt", "3%", 3, "change_mom", "up");
	/* Written as year-on-year, but 25% is the month-on-month change. */
	struct fact yoy = pct(2, 1, "a.txt", "25%", 25, "change_yoy", "up");
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	assert_int_equal(run(&mom, 1, o, 4, &c), 0);
	assert_int_equal(run(&yoy, 1, o, 4, &c), 0);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_near(c.f[0].expected, 25, 1e-9);	/* the basis as written */
	assert_non_null(strstr(c.f[0].message, "; it fits the year-on-year change (+2.7%): "
					      "written as month-on-month, it is year-on-year"));
	assert_int_equal(c.f[1].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[1].message, "; it fits the month-on-month change (+25.0%): "
					      "written as year-on-year, it is month-on-month"));
	collected_release(&c);
}

static void test_growth_unstated_basis_takes_the_one_that_fits(void **state)
{
	struct observation o[4];
	struct fact f = pct(1, 1, "a.txt", "25%", 25, "change", "up");
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	assert_int_equal(run(&f, 1, o, 4, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_near(c.f[0].expected, 25, 1e-9);
	assert_ptr_equal(c.f[0].obs, &o[3]);
	assert_non_null(strstr(c.f[0].message, "agrees with the month-on-month change"));
	assert_non_null(strstr(c.f[0].message, "(year-on-year it is +2.7%)"));
	collected_release(&c);
}

static void test_growth_unstated_basis_falls_back_to_mom_without_a_year_ago(void **state)
{
	struct observation o[] = {
		cnru(1, "2022-12", 10 * BN, "2023-01-13"),
		cnru(2, "2023-01", 9 * BN, "2023-02-07"),
	};
	struct fact f = pct(1, 1, "a.txt", "10%", 10, "change", "down");
	struct collected c = { 0 };

	(void)state;
	f.period = "2023-01";	/* over December of the year before */
	assert_int_equal(run(&f, 1, o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_near(c.f[0].expected, -10, 1e-9);
	assert_non_null(strstr(c.f[0].message, "2023-01 over 2022-12 is -10.0%"));
	/* A stated year-on-year change has nothing to compare with. */
	f.measure = "change_yoy";
	assert_int_equal(run(&f, 1, o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	collected_release(&c);
}

static void test_growth_wrong_direction_is_an_error_a_near_miss_a_warning(void **state)
{
	struct observation o[4];
	struct fact f[] = {
		pct(1, 1, "a.txt", "3%", 3, "change_yoy", "down"),	/* -3 vs +2.7 */
		pct(2, 1, "a.txt", "3.6%", 3.6, "change_yoy", "up"),	/* 0.87 points off */
		pct(3, 1, "a.txt", "5%", 5, "change_yoy", "up"),	/* 2.3 points off */
	};
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	f[1].precision = 0.05;
	assert_int_equal(run(f, 3, o, 4, &c), 0);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_int_equal(c.f[1].severity, SEV_WARNING);
	assert_int_equal(c.f[2].severity, SEV_ERROR);
	collected_release(&c);
}

static void test_growth_right_when_written_is_info(void **state)
{
	struct observation o[5];
	struct fact f = pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up");
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	o[4] = cnru(5, "2023-08", 12.5 * BN, "2024-03-01");	/* revised: +11.6% */
	assert_int_equal(run(&f, 1, o, 5, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].obs, &o[3]);
	assert_non_null(strstr(c.f[0].message, "3% (up, year-on-year) was right when written "
					      "(2023-09-19)"));
	assert_non_null(strstr(c.f[0].message, "; revised since to +11.6%"));
	collected_release(&c);
}

static void test_growth_compares_quarters_and_years_year_on_year(void **state)
{
	struct observation o[] = {
		cnru(1, "2022", 100 * BN, "2023-01-13"),
		cnru(2, "2022-Q3", 30 * BN, "2022-10-13"),
		cnru(3, "2023", 110 * BN, "2024-01-12"),
		cnru(4, "2023-Q3", 27 * BN, "2023-10-13"),
	};
	struct fact f[] = {
		pct(1, 1, "a.txt", "10%", 10, "change_yoy", "up"),
		pct(2, 1, "a.txt", "10%", 10, "change", "down"),
	};
	struct collected c = { 0 };

	(void)state;
	f[0].period = "2023";
	f[1].period = "2023-Q3";
	/* told after both periods ended (on 2023-09-19 neither was over) */
	f[0].published = f[1].published = "2024-02-01";
	assert_int_equal(run(f, 2, o, 4, &c), 0);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_int_equal(c.f[1].severity, SEV_INFO);
	assert_non_null(strstr(c.f[1].message, "2023-Q3 over 2022-Q3 is -10.0%"));
	collected_release(&c);
}

static void test_growth_needs_a_subject_and_a_percent_change(void **state)
{
	struct observation o[4];
	struct fact f[] = {
		pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up"),
		pct(2, 1, "a.txt", "3%", 3, "share", ""),
		pct(3, 1, "a.txt", "3 points", 3, "change_yoy", "up"),
		pct(4, 1, "a.txt", "3%", 3, "change_yoy", "up"),
	};
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	f[0].flow = f[0].reporter = f[0].partner = "";
	f[2].unit = "pp";
	f[3].partner = "KZ";
	assert_int_equal(run(f, 4, o, 4, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

/* ---- a level and its change ------------------------------------------ */

static const char sentence[] =
	"Chinese imports of Russian goods rose 3% from a year earlier to $11.5 billion.";

static void test_growth_level_and_change_imply_the_year_before(void **state)
{
	struct observation o[4];
	struct fact f[] = {
		pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up"),
		money(2, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	f[0].sentence = f[1].sentence = sentence;
	assert_int_equal(run(f, 2, o, 4, &c), 0);
	assert_int_equal(c.n, 2);
	assert_null(c.f[0].other);			/* 3% against the series */
	assert_ptr_equal(c.f[1].claim, &f[0]);		/* 3% and $11.5 billion */
	assert_ptr_equal(c.f[1].other, &f[1]);
	assert_ptr_equal(c.f[1].obs, &o[1]);
	assert_string_equal(c.f[1].period, "2022-08");
	assert_int_equal(c.f[1].severity, SEV_INFO);
	assert_true(c.f[1].expected == 11.2 * BN);
	assert_near(c.f[1].actual, 11.5 * BN / 1.03, 1);
	/* 11.45/1.035 to 11.55/1.025, taken at its wider side. */
	assert_near(c.f[1].tolerance, 11.55 * BN / 1.025 - 11.5 * BN / 1.03 + 0.5, 1);
	assert_string_equal(c.f[1].message,
			    "$11.5 billion with 3% (up, year-on-year) implies $11.17 bn in 2022-08 "
			    "($11.06 bn to $11.27 bn); CN.IMP.RU 2022-08 = $11.2 bn in the "
			    "vintage of 2022-09-10, which agrees");
	collected_release(&c);
}

static void test_growth_level_and_wrong_mom_change_disagree_with_july(void **state)
{
	struct observation o[4];
	struct fact f[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		pct(2, 1, "a.txt", "+8%", 8, "change_mom", "up"),
	};
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	f[0].sentence = f[1].sentence = sentence;
	assert_int_equal(run(f, 2, o, 4, &c), 0);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.f[1].severity, SEV_ERROR);
	assert_string_equal(c.f[1].period, "2023-07");
	assert_near(c.f[1].rel_error, 11.5 / 1.08 / 9.2 - 1, 1e-9);
	assert_non_null(strstr(c.f[1].message, "implies $10.65 bn in 2023-07"));
	assert_non_null(strstr(c.f[1].message, "off by +15.7%"));
	collected_release(&c);
}

static void test_growth_pairs_only_one_sentence_period_and_subject(void **state)
{
	struct observation o[4];
	struct fact f[] = {
		pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up"),
		money(2, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),	/* other sentence */
		money(3, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),	/* other document */
		money(4, 1, "a.txt", "$9.2 billion", 9.2 * BN, 0.05 * BN),	/* other period */
		money(5, 1, "a.txt", "$1 billion", 1 * BN, 0.5 * BN),		/* other partner */
	};
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	f[0].sentence = f[2].sentence = f[3].sentence = f[4].sentence = sentence;
	f[1].sentence = "Another sentence.";
	f[3].period = "2023-07";
	f[4].partner = "KZ";
	assert_int_equal(run(f, 5, o, 4, &c), 0);
	assert_int_equal(c.n, 1);	/* only 3% against the series */
	assert_null(c.f[0].other);
	collected_release(&c);
}

static void test_growth_level_and_change_without_a_base_value_say_nothing(void **state)
{
	struct observation o[] = { cnru(4, "2023-08", 11.5 * BN, "2023-09-07") };
	struct fact f[] = {
		pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up"),
		money(2, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	f[0].sentence = f[1].sentence = sentence;
	assert_int_equal(run(f, 2, o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_growth_stops_at_first_nonzero_emit(void **state)
{
	struct observation o[4];
	struct fact f[] = {
		pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up"),
		money(2, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct collected c = { .stop_after = 1 };

	(void)state;
	seeds(o);
	f[0].sentence = f[1].sentence = sentence;
	assert_int_equal(run(f, 2, o, 4, &c), 7);
	assert_int_equal(c.n, 1);
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_growth_three_percent_yoy_agrees_with_two_point_seven),
		cmocka_unit_test(test_growth_july_decline_of_eight_percent_agrees),
		cmocka_unit_test(test_growth_plus_eight_percent_over_july_is_an_error),
		cmocka_unit_test(test_growth_says_when_a_change_fits_the_other_basis),
		cmocka_unit_test(test_growth_unstated_basis_takes_the_one_that_fits),
		cmocka_unit_test(test_growth_unstated_basis_falls_back_to_mom_without_a_year_ago),
		cmocka_unit_test(test_growth_wrong_direction_is_an_error_a_near_miss_a_warning),
		cmocka_unit_test(test_growth_right_when_written_is_info),
		cmocka_unit_test(test_growth_compares_quarters_and_years_year_on_year),
		cmocka_unit_test(test_growth_needs_a_subject_and_a_percent_change),
		cmocka_unit_test(test_growth_level_and_change_imply_the_year_before),
		cmocka_unit_test(test_growth_level_and_wrong_mom_change_disagree_with_july),
		cmocka_unit_test(test_growth_pairs_only_one_sentence_period_and_subject),
		cmocka_unit_test(test_growth_level_and_change_without_a_base_value_say_nothing),
		cmocka_unit_test(test_growth_stops_at_first_nonzero_emit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
