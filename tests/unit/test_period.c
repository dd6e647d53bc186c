/*
 * test_period.c - month names, months and days resolved against the doc
 * date, month arithmetic, and the period a claim takes from its sentence.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static int month_of(const char *s)
{
	return period_month(s, strlen(s));
}

static void test_period_month_knows_names_and_abbreviations(void **state)
{
	(void)state;
	assert_int_equal(month_of("August"), 8);
	assert_int_equal(month_of("Aug"), 8);
	assert_int_equal(month_of("Sept"), 9);
	assert_int_equal(month_of("May"), 5);
	assert_int_equal(month_of("august"), 0);
	assert_int_equal(month_of("Mayday"), 0);
	assert_int_equal(month_of("Ju"), 0);
	assert_int_equal(month_of(""), 0);
}

static void test_period_month_after_doc_month_goes_to_previous_year(void **state)
{
	char out[11];

	(void)state;
	assert_int_equal(period_resolve_month("2023-09-20", 8, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2023-08");
	assert_int_equal(period_resolve_month("2024-05-22", 8, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2023-08");
	assert_int_equal(period_resolve_month("2024-05-22", 5, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2024-05");
	assert_int_equal(period_resolve_month("2024-01-05", 12, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2023-12");
	assert_int_equal(period_resolve_month("2024-01-05", 1, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2024-01");
}

static void test_period_month_honours_this_year_last_year_and_explicit_year(void **state)
{
	char out[11];

	(void)state;
	assert_int_equal(period_resolve_month("2023-09-20", 12, 0, PERIOD_THIS_YEAR, out), 0);
	assert_string_equal(out, "2023-12");
	assert_int_equal(period_resolve_month("2023-09-20", 8, 0, PERIOD_LAST_YEAR, out), 0);
	assert_string_equal(out, "2022-08");
	assert_int_equal(period_resolve_month("2023-09-20", 7, 2021, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2021-07");
	assert_int_equal(period_resolve_month(NULL, 7, 2021, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2021-07");
}

static void test_period_month_without_doc_date_is_unknown(void **state)
{
	char out[11];

	(void)state;
	assert_int_equal(period_resolve_month("", 8, 0, PERIOD_LATEST, out), -1);
	assert_string_equal(out, "");
	assert_int_equal(period_resolve_month("2023-02-30", 8, 0, PERIOD_LATEST, out), -1);
	assert_int_equal(period_resolve_month("2023-09-20", 13, 0, PERIOD_LATEST, out), -1);
	assert_string_equal(out, "");
}

static void test_period_day_is_the_occurrence_nearest_the_doc(void **state)
{
	char out[11];

	(void)state;
	assert_int_equal(period_resolve_day("2023-09-20", 9, 19, 0, out), 0);
	assert_string_equal(out, "2023-09-19");
	assert_int_equal(period_resolve_day("2023-09-20", 9, 20, 0, out), 0);
	assert_string_equal(out, "2023-09-20");
	/* Tomorrow, not last year (Reuters 11065: "Wednesday, April 1", dated 1987-03-30). */
	assert_int_equal(period_resolve_day("2023-09-20", 9, 21, 0, out), 0);
	assert_string_equal(out, "2023-09-21");
	assert_int_equal(period_resolve_day("1987-03-30", 4, 1, 0, out), 0);
	assert_string_equal(out, "1987-04-01");
	/* Across the new year, both ways. */
	assert_int_equal(period_resolve_day("2024-01-03", 12, 28, 0, out), 0);
	assert_string_equal(out, "2023-12-28");
	assert_int_equal(period_resolve_day("2023-12-28", 1, 3, 0, out), 0);
	assert_string_equal(out, "2024-01-03");
	/* 29 February exists only in leap years. */
	assert_int_equal(period_resolve_day("2023-03-01", 2, 29, 0, out), -1);
	assert_string_equal(out, "");
	assert_int_equal(period_resolve_day("2024-03-01", 2, 29, 0, out), 0);
	assert_string_equal(out, "2024-02-29");
	assert_int_equal(period_resolve_day(NULL, 4, 31, 2024, out), -1);
}

static void test_period_shift_month_crosses_years(void **state)
{
	char out[11];

	(void)state;
	assert_int_equal(period_shift_month("2023-08", -1, out), 0);
	assert_string_equal(out, "2023-07");
	assert_int_equal(period_shift_month("2023-01", -1, out), 0);
	assert_string_equal(out, "2022-12");
	assert_int_equal(period_shift_month("2023-08", -12, out), 0);
	assert_string_equal(out, "2022-08");
	assert_int_equal(period_shift_month("2023-12", 1, out), 0);
	assert_string_equal(out, "2024-01");
	assert_int_equal(period_shift_month("2023", -1, out), -1);
	assert_int_equal(period_shift_month("2023-13", -1, out), -1);
	assert_int_equal(period_shift_month("0000-01", -1, out), -1);
	assert_string_equal(out, "");
}

static void test_period_claim_takes_the_month_of_its_sentence(void **state)
{
	(void)state;
	check_period("In August, exports rose 5% to $3 billion.", "2024-05-22", "5%", "2023-08");
	check_period("In May, exports rose 5% to $3 billion.", "2024-05-22", "$3 billion",
		      "2024-05");
	check_period("Exports rose 5% in August this year.", "2023-09-20", "5%", "2023-08");
	check_period("Exports rose 5% in July last year.", "2023-09-20", "5%", "2022-07");
	check_period("Exports rose 5% in March 2021.", "2023-09-20", "5%", "2021-03");
	check_period("Exports rose 5% in 2022.", "2023-09-20", "5%", "2022");
	/* No month: no period; and another sentence's month does not count. */
	check_period("In August, trade grew. Exports rose 5%.", "2023-09-20", "5%", "");
	check_period("In August, exports rose 5%.", NULL, "5%", "");
}

static void test_period_claim_prefers_the_month_in_its_own_clause(void **state)
{
	const char *s = "In August, imports rose 3% to $11.5 billion, reversing a decline of "
			"8% in July, data show.";

	(void)state;
	check_period(s, "2023-09-19", "3%", "2023-08");
	check_period(s, "2023-09-19", "$11.5 billion", "2023-08");
	check_period(s, "2023-09-19", "8%", "2023-07");
}

static void test_period_comparison_month_is_a_base_not_the_period(void **state)
{
	struct doc d;
	struct claims c;
	long i;

	(void)state;
	doc_from(&d, "In August, imports reached $11.5 billion (+8% compared to July 2023).",
		 "2023-09-20");
	claims_init(&c);
	parse_doc(&d, &c);
	i = claim_find(&d, &c, "+8%");
	assert_true(i >= 0);
	assert_string_equal(c.v[i].period, "2023-08");
	assert_string_equal(measure_name(c.v[i].measure), "change_mom");
	claims_release(&c);
	doc_release(&d);

	/* Against the same month a year before, the change is year-on-year. */
	doc_from(&d, "In August, imports rose 4% compared with August 2022.", "2023-09-20");
	claims_init(&c);
	parse_doc(&d, &c);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.v[0].period, "2023-08");
	assert_string_equal(measure_name(c.v[0].measure), "change_yoy");
	claims_release(&c);
	doc_release(&d);
}

static void test_period_may_the_verb_is_not_a_month(void **state)
{
	(void)state;
	check_period("Exports May rise 5% next year.", "2023-09-20", "5%", "2024");
	check_period("Exports rose 5% in May.", "2023-09-20", "5%", "2023-05");
}

static void test_period_quarters_resolve_against_the_article_date(void **state)
{
	char out[PERIOD_MAX];

	(void)state;
	assert_int_equal(period_resolve_quarter("2023-11-07", 3, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2023-Q3");
	assert_int_equal(period_resolve_quarter("2023-02-01", 3, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2022-Q3");
	assert_int_equal(period_resolve_quarter("", 3, 0, PERIOD_LATEST, out), -1);
	check_period("Exports rose 5% in the third quarter.", "2023-11-07", "5%", "2023-Q3");
	check_period("Exports rose 5% in the third quarter.", "2023-02-01", "5%", "2022-Q3");
	check_period("Exports rose 5% in Q3 2023.", "2024-05-22", "5%", "2023-Q3");
	check_period("Third-quarter exports rose 5%.", "2023-11-07", "5%", "2023-Q3");
	check_period("Exports rose 5% in the first quarter of 1987.", "1987-06-01", "5%", "1987-Q1");
	check_period("Exports rose 5% in the fourth quarter last year.", "2023-11-07", "5%",
		      "2022-Q4");
}

static void test_period_years_and_crop_years(void **state)
{
	(void)state;
	check_period("Exports rose 5% in 2023.", "2024-05-22", "5%", "2023");
	/* A crop or marketing year stays as written, normalised to YYYY/YY. */
	check_period("Taiwan purchased 296,300 tonnes for the 1986/87 season.", "1987-04-01",
		      "296,300 tonnes", "1986/87");
	check_period("Wheat imports are forecast at 15 mln tonnes in 1986/1987.", "1987-04-01",
		      "15 mln tonnes", "1986/87");
	/* Only its own clause: not "143,000 tonnes, with 56,000 ... 1986/87". */
	check_period("It sold 143,000 tonnes, with 56,000 tonnes for the 1986/87 season.",
		      "1987-04-01", "143,000 tonnes", "");
	/* "this year", "last year", "last month". */
	check_period("The harvest could total 18 mln tonnes this year.", "1987-04-01",
		      "18 mln tonnes", "1987");
	check_period("Exports were 6.9 billion stg last month.", "1987-03-26", "6.9 billion stg",
		      "1987-02");
	check_period("Exports were 6.9 billion stg last year.", "1987-03-26", "6.9 billion stg",
		      "1986");
	/* "below last year's level" is the base of the change. */
	check_period("Exports were 25 pct below last year's level.", "1987-03-26", "25 pct", "");
}

static void test_period_month_ranges_are_emitted_as_ranges(void **state)
{
	char out[PERIOD_MAX];

	(void)state;
	assert_int_equal(period_resolve_range("2023-09-20", 1, 8, 0, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "2023-01/2023-08");
	assert_int_equal(period_resolve_range(NULL, 11, 2, 1987, PERIOD_LATEST, out), 0);
	assert_string_equal(out, "1986-11/1987-02");
	check_period("Exports rose 5% in January-February.", "1987-03-26", "5%",
		      "1987-01/1987-02");
	check_period("Exports rose 5% from January to August.", "2023-09-20", "5%",
		      "2023-01/2023-08");
	check_period("Exports rose 5% in January to August 2022.", "2023-09-20", "5%",
		      "2022-01/2022-08");
	check_period("Exports rose 5% in the first eight months.", "2023-09-20", "5%",
		      "2023-01/2023-08");
	check_period("Exports rose 5% in the first eight months.", "2023-03-20", "5%",
		      "2022-01/2022-08");
	check_period("Total exports for the first two months of 1987 were 6.67 billion rand.",
		      "1987-03-26", "6.67 billion rand", "1987-01/1987-02");
	check_period("Exports rose 5% in the first half.", "2023-09-20", "5%", "2023-01/2023-06");
	/* Months of a crop year whose start is not given: no period. */
	check_period("Exports fell to 4.13 mln tonnes in the first seven months of the 1986/87 "
		      "season.", "1987-03-01", "4.13 mln tonnes", "");
}

static void test_period_shift_years_keeps_the_form(void **state)
{
	char out[PERIOD_MAX];

	(void)state;
	assert_int_equal(period_shift_years("1987", -1, out), 0);
	assert_string_equal(out, "1986");
	assert_int_equal(period_shift_years("2023-Q3", -1, out), 0);
	assert_string_equal(out, "2022-Q3");
	assert_int_equal(period_shift_years("2023-01/2023-08", -1, out), 0);
	assert_string_equal(out, "2022-01/2022-08");
	assert_int_equal(period_shift_years("1986/87", -1, out), 0);
	assert_string_equal(out, "1985/86");
	assert_int_equal(period_shift_years("2024-02-29", -1, out), -1);
	assert_int_equal(period_shift_years("soon", -1, out), -1);
	assert_string_equal(out, "");
	assert_int_equal(period_month_typo("Jnauary", 7), 1);
	assert_int_equal(period_month_typo("Febraury", 8), 2);
	assert_int_equal(period_month_typo("January", 7), 0);
	assert_int_equal(period_month_typo("Jnue", 4), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period_month_knows_names_and_abbreviations),
		cmocka_unit_test(test_period_month_after_doc_month_goes_to_previous_year),
		cmocka_unit_test(test_period_month_honours_this_year_last_year_and_explicit_year),
		cmocka_unit_test(test_period_month_without_doc_date_is_unknown),
		cmocka_unit_test(test_period_day_is_the_occurrence_nearest_the_doc),
		cmocka_unit_test(test_period_shift_month_crosses_years),
		cmocka_unit_test(test_period_claim_takes_the_month_of_its_sentence),
		cmocka_unit_test(test_period_claim_prefers_the_month_in_its_own_clause),
		cmocka_unit_test(test_period_comparison_month_is_a_base_not_the_period),
		cmocka_unit_test(test_period_may_the_verb_is_not_a_month),
		cmocka_unit_test(test_period_quarters_resolve_against_the_article_date),
		cmocka_unit_test(test_period_years_and_crop_years),
		cmocka_unit_test(test_period_month_ranges_are_emitted_as_ranges),
		cmocka_unit_test(test_period_shift_years_keeps_the_form),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
