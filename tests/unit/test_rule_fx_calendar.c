/*
 * test_rule_fx_calendar.c - two rules that check a claim against plain
 * facts of the world: an amount in two currencies against the exchange
 * rate (fx), a weekday against the date it is written with (calendar).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>

#include "test_check_util.h"

/* ---- fx ------------------------------------------------------------- */

/* "5 billion yuan ($685 million)" of seed 004, published 2023-09-19. */
static void yuan_pair(struct fact f[2])
{
	f[0] = money(21, 5, "d.txt", "5 billion yuan", 5 * BN, 0.5 * BN);
	f[1] = money(22, 5, "d.txt", "$685 million", 685e6, 0.5e6);
	f[0].unit = "CNY";
	f[0].measure = f[1].measure = "investment";
	f[0].period = f[1].period = "";
	f[0].flow = f[0].reporter = f[0].partner = f[0].commodity = "";
	f[1].flow = f[1].reporter = f[1].partner = f[1].commodity = "";
	f[0].start = 1898, f[0].end = 1912;
	f[1].start = 1914, f[1].end = 1926;
	f[0].pair = 22;
	f[1].pair = 21;
}

/* EXCHUS, CNY per USD, for period, released 2026-07-21. */
static struct observation exchus(int64_t id, const char *period, double value)
{
	struct observation o = cnru(id, period, value, "2026-07-21");

	o.series = "EXCHUS";
	o.unit = "CNY/USD";
	o.reporter = o.partner = o.flow = "";
	o.precision = 0.00005;
	return o;
}

static int run_fx(const struct fact *f, size_t nf, const struct observation *o, size_t no,
		  struct collected *c)
{
	return run_rule(&rule_fx, f, nf, o, no, c);
}

static void test_fx_yuan_and_dollars_agree_with_september_rate(void **state)
{
	struct fact f[2];
	struct observation o[] = { exchus(1, "2023-08", 7.2486), exchus(2, "2023-09", 7.2979) };
	struct collected c = { 0 };

	(void)state;
	yuan_pair(f);
	assert_int_equal(run_fx(f, 2, o, 2, &c), 0);
	assert_int_equal(c.n, 1);		/* once per pair */
	assert_string_equal(c.f[0].rule, "fx");
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].claim, &f[1]);	/* the conversion */
	assert_ptr_equal(c.f[0].other, &f[0]);
	assert_ptr_equal(c.f[0].obs, &o[1]);
	assert_string_equal(c.f[0].series, "EXCHUS");
	assert_string_equal(c.f[0].period, "2023-09");
	assert_true(c.f[0].expected == 7.2979);
	assert_near(c.f[0].actual, 5000.0 / 685, 1e-12);
	/* Only the rounding of $685 million: 5000/684.5 - 5000/685, plus 0.00005. */
	assert_near(c.f[0].tolerance, 5000.0 / 684.5 - 5000.0 / 685 + 0.00005, 1e-12);
	assert_string_equal(c.f[0].message,
			    "5 billion yuan ($685 million) implies 7.299 CNY/USD (7.294 to 7.305 "
			    "by the rounding of $685 million); EXCHUS 2023-09 (the month of the "
			    "article) = 7.298 in the vintage of 2026-07-21, which agrees");
	collected_release(&c);
}

static void test_fx_grades_a_wrong_conversion_by_how_far_it_is(void **state)
{
	struct fact f[2];
	struct observation o[] = { exchus(1, "2023-09", 7.2979) };
	struct collected c = { 0 };

	(void)state;
	yuan_pair(f);
	f[1].value = 650e6;	/* 7.69: 5.4% off */
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	f[1].value = 500e6;	/* 10: 37% off */
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	/* the same in a sentence that states September 2023 */
	f[0].period = f[1].period = "2023-09";
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	/* ... and with September taken from the paragraph */
	f[0].period_src = f[1].period_src = "inferred";
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	assert_int_equal(c.n, 4);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message, ", off by +5.4%"));
	assert_null(strstr(c.f[0].message, "at most"));
	/* 37% off, but the month is the article's: a writer may have used the
	 * day's rate, so no error (issue 13, point 3) */
	assert_int_equal(c.f[1].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[1].message, ", off by +37.0% (at most warning: the month is "
					       "the article's, not stated)"));
	assert_int_equal(c.f[2].severity, SEV_ERROR);
	assert_int_equal(c.f[3].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[3].message, "(at most warning: period 2023-09 inferred from "
					       "context in d.txt)"));
	collected_release(&c);
}

static void test_fx_takes_the_claims_period_before_the_articles_month(void **state)
{
	struct fact f[2];
	struct observation o[] = { exchus(1, "2023-08", 7.2486), exchus(2, "2023-09", 7.2979) };
	struct collected c = { 0 };

	(void)state;
	yuan_pair(f);
	f[0].period = f[1].period = "2023-08";
	assert_int_equal(run_fx(f, 2, o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_ptr_equal(c.f[0].obs, &o[0]);
	assert_null(strstr(c.f[0].message, "the month of the article"));
	collected_release(&c);
}

static void test_fx_reads_either_order_and_either_rate_direction(void **state)
{
	/* "$685 million (5 billion yuan)": the yuan are the conversion. */
	struct fact f[2];
	struct observation o[] = { exchus(1, "2023-09", 1 / 7.2979) };
	struct collected c = { 0 };

	(void)state;
	yuan_pair(f);
	f[0].start = 2000;	/* the yuan now come second */
	f[0].text = "5 billion yuan";
	o[0].unit = "USD/CNY";
	o[0].precision = 0;
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_ptr_equal(c.f[0].claim, &f[0]);
	/* 4.5-5.5 bn yuan for $685 million: a wide rate, which agrees. */
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_near(c.f[0].actual, 685 / 5000.0, 1e-12);	/* USD per CNY */
	collected_release(&c);
}

static void test_fx_skips_pairs_it_cannot_price(void **state)
{
	struct fact f[2];
	struct observation o[] = { exchus(1, "2023-09", 7.2979) };
	struct collected c = { 0 };

	(void)state;
	yuan_pair(f);
	f[0].unit = "RUB";			/* no RUB/USD series */
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	yuan_pair(f);
	f[0].unit = "USD";			/* one currency */
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	yuan_pair(f);
	f[1].pair = f[0].pair = 0;		/* not a pair */
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	yuan_pair(f);
	f[1].published = "2024-01-02";		/* no rate for January */
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	yuan_pair(f);
	f[0].kind = "quantity";
	assert_int_equal(run_fx(f, 2, o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

/* ---- calendar ------------------------------------------------------- */

static struct fact date(int64_t id, const char *text, const char *period)
{
	struct fact f = money(id, 1, "a.txt", text, 0, 0);

	f.kind = "date";
	f.unit = f.measure = f.flow = f.reporter = f.partner = f.commodity = "";
	f.period = period;
	return f;
}

static int run_cal(const struct fact *f, size_t n, struct collected *c)
{
	return run_rule(&rule_calendar, f, n, NULL, 0, c);
}

static void test_calendar_accepts_the_right_weekday(void **state)
{
	struct fact f[] = {
		date(1, "Tuesday, September 19", "2023-09-19"),
		date(2, "Wednesday (September 20)", "2023-09-20"),
		date(3, "Wednesday, May 22, 2024", "2024-05-22"),
		date(4, "Sun., Jan. 1, 2023", "2023-01-01"),
		date(5, "THURS 29 February 1996", "1996-02-29"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_cal(f, ARRAY_SIZE(f), &c), 0);
	assert_int_equal(c.n, ARRAY_SIZE(f));
	for (size_t k = 0; k < c.n; k++) {
		assert_string_equal(c.f[k].rule, "calendar");
		assert_int_equal(c.f[k].severity, SEV_INFO);
		assert_true(c.f[k].expected == c.f[k].actual);
	}
	assert_string_equal(c.f[0].message, "'Tuesday, September 19': 2023-09-19 is a Tuesday");
	assert_null(c.f[0].obs);
	assert_null(c.f[0].other);
	assert_string_equal(c.f[0].period, "2023-09-19");
	collected_release(&c);
}

static void test_calendar_errors_on_the_wrong_weekday_naming_both(void **state)
{
	struct fact f[] = {
		date(1, "Wednesday, September 19, 2023", "2023-09-19"),
		date(2, "Monday, February 29, 2024", "2024-02-29"),
		date(3, "Wednesday, September 19", "2023-09-19"),
		date(4, "Wednesday, September 19, 12023", "2023-09-19"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_cal(f, 4, &c), 0);
	assert_int_equal(c.n, 4);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_true(c.f[0].expected == 2);	/* ISO: Tuesday */
	assert_true(c.f[0].actual == 3);	/* Wednesday */
	assert_string_equal(c.f[0].message,
			    "'Wednesday, September 19, 2023' names a Wednesday, but 2023-09-19 is a "
			    "Tuesday (September 19 falls on a Wednesday in 2018 and 2029)");
	/* 29 February is only in leap years: a Monday in 2016 and 2044. */
	assert_int_equal(c.f[1].severity, SEV_ERROR);
	assert_non_null(strstr(c.f[1].message, "(February 29 falls on a Monday in 2016 and 2044)"));
	/* No year written: it came from the article's date - a warning. */
	assert_int_equal(c.f[2].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[2].message, "(at most warning: the year is not written, it "
					       "was taken from the article's date)"));
	/* 2023 inside a longer number is not the year written */
	assert_int_equal(c.f[3].severity, SEV_WARNING);
	collected_release(&c);
}

static void test_calendar_ignores_dates_without_one_weekday(void **state)
{
	struct fact f[] = {
		date(1, "September 19", "2023-09-19"),
		date(2, "2023-11-07", "2023-11-07"),
		date(3, "Monday or Tuesday, September 19", "2023-09-19"),
		date(4, "Tuesday, September", "2023-09"),	/* not a day */
		date(5, "Mondays", "2023-09-18"),		/* not a weekday's name */
		money(6, 1, "a.txt", "Tuesday", 0, 0),		/* not a date */
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_cal(f, ARRAY_SIZE(f), &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fx_yuan_and_dollars_agree_with_september_rate),
		cmocka_unit_test(test_fx_grades_a_wrong_conversion_by_how_far_it_is),
		cmocka_unit_test(test_fx_takes_the_claims_period_before_the_articles_month),
		cmocka_unit_test(test_fx_reads_either_order_and_either_rate_direction),
		cmocka_unit_test(test_fx_skips_pairs_it_cannot_price),
		cmocka_unit_test(test_calendar_accepts_the_right_weekday),
		cmocka_unit_test(test_calendar_errors_on_the_wrong_weekday_naming_both),
		cmocka_unit_test(test_calendar_ignores_dates_without_one_weekday),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
