/*
 * test_vintage.c - the vintage logic of import: what a new release adds,
 * revises, restates or withdraws, and what was known on each date.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/store.h"

#include "fixture_store.h"

static struct import_opts release(const char *date)
{
	struct import_opts o = { .vintage = date, .source = "test" };

	return o;
}

/* The value of series A, period p, as known on date d ("" when none). */
struct known {
	const char *period;
	char value[48];
};

static int known_row(void *ctx, const struct row *r)
{
	struct known *k = ctx;

	if (row_len(r, "period") == strlen(k->period) &&
	    memcmp(row_text(r, "period"), k->period, row_len(r, "period")) == 0)
		fmt_num(row_double(r, "value"), k->value);
	return 0;
}

static const char *as_of(struct fixture *fx, const char *period, const char *date, char out[48])
{
	struct known k = { period, "" };
	const struct param p[] = { P_TEXT(":series", "A"), P_TEXT(":as_of", date) };

	assert_int_equal(store_select(fx->st, SQL_EXPORT_SERIES_AS_OF, p, 2, known_row, &k), 0);
	strcpy(out, k.value);
	return out;
}

static void test_vintage_unchanged_value_is_kept_as_unchanged(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2024-01-10"), b = release("2024-02-10");
	struct import_stats s;
	int64_t n[6];

	assert_int_equal(import_text(fx, "period,A\n2023-11,5\n2023-12,6\n", &a, &s), 0);
	/* A new release repeats December and adds January. */
	assert_int_equal(import_text(fx, "period,A\n2023-12,6\n2024-01,7\n", &b, &s), 0);
	assert_int_equal(s.unchanged, 1);
	assert_int_equal(s.added, 1);
	assert_int_equal(s.revised, 0);
	/* Every value a release holds is a row (a repeat too, status unchanged),
	 * so a release imported later but dated earlier can be placed. */
	counts(fx, n);
	assert_int_equal(n[4], 4);
}

static void test_vintage_revision_is_a_new_row_and_old_stays(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2018-10-10"), b = release("2018-10-17"),
			   c = release("2018-11-05");
	struct import_stats s;
	char v[48];

	assert_int_equal(import_text(fx, "DATE,A\n2018-10-01,6.8680\n", &a, &s), 0);
	assert_int_equal(import_text(fx, "DATE,A\n2018-10-01,6.8878\n", &b, &s), 0);
	assert_int_equal(s.revised, 1);
	assert_int_equal(import_text(fx, "DATE,A\n2018-10-01,6.9191\n", &c, &s), 0);
	assert_int_equal(s.revised, 1);
	/* As known at each boundary: the day before, on, and after each release. */
	assert_string_equal(as_of(fx, "2018-10", "2018-10-09", v), "");
	assert_string_equal(as_of(fx, "2018-10", "2018-10-10", v), "6.868");
	assert_string_equal(as_of(fx, "2018-10", "2018-10-16", v), "6.868");
	assert_string_equal(as_of(fx, "2018-10", "2018-10-17", v), "6.8878");
	assert_string_equal(as_of(fx, "2018-10", "2018-11-04", v), "6.8878");
	assert_string_equal(as_of(fx, "2018-10", "2018-11-05", v), "6.9191");
	assert_string_equal(as_of(fx, "2018-10", "2030-01-01", v), "6.9191");
	assert_string_equal(latest(fx, "A").vintage, "2018-11-05");
}

static void test_vintage_more_digits_is_a_restatement_not_a_revision(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2017-03-03"), b = release("2019-05-10"),
			   c = release("2020-01-01");
	struct import_stats s;
	char v[48];

	/* 24109.2 as printed covers 24109.15..24109.25: 24109.185573 is the same figure. */
	assert_int_equal(import_text(fx, "DATE,A\n2006-12-01,24109.2\n2007-01-01,25640.6\n", &a, &s), 0);
	assert_int_equal(import_text(fx, "DATE,A\n2006-12-01,24109.185573\n2007-01-01,25700.1\n",
				     &b, &s), 0);
	assert_int_equal(s.restated, 1);
	assert_int_equal(s.revised, 1);
	assert_string_equal(as_of(fx, "2006-12", "2019-05-10", v), "24109.185573");
	/* A coarser reprint of the same figure is unchanged: the finer one stays in force. */
	assert_int_equal(import_text(fx, "DATE,A\n2006-12-01,24109.2\n", &c, &s), 0);
	assert_int_equal(s.unchanged, 1);
	assert_int_equal(s.observations, 1);
	assert_string_equal(as_of(fx, "2006-12", "2020-01-01", v), "24109.185573");
}

static void test_vintage_partial_release_withdraws_nothing(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2024-01-10"), b = release("2024-02-10");
	struct import_stats s;
	char v[48];

	assert_int_equal(import_text(fx, "period,A\n2023-10,4\n2023-11,5\n2023-12,6\n", &a, &s), 0);
	assert_int_equal(import_text(fx, "period,A\n2024-01,7\n", &b, &s), 0);
	assert_int_equal(s.withdrawn, 0);
	assert_string_equal(as_of(fx, "2023-10", "2024-03-01", v), "4");
}

static void test_vintage_complete_release_withdraws_missing_periods(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2024-01-10"), b = release("2024-02-10");
	struct import_stats s;
	char v[48];
	int64_t n[6];

	b.complete = 1;
	assert_int_equal(import_text(fx, "period,A,B\n2023-10,4,1\n2023-11,5,2\n2023-12,6,3\n",
				     &a, &s), 0);
	/* The whole of A: October is gone. B is not in the file: untouched. */
	assert_int_equal(import_text(fx, "period,A\n2023-11,5\n2023-12,6\n", &b, &s), 0);
	assert_int_equal(s.withdrawn, 1);
	assert_string_equal(as_of(fx, "2023-10", "2024-02-09", v), "4");
	assert_string_equal(as_of(fx, "2023-10", "2024-02-10", v), "");
	assert_int_equal(latest(fx, "B").n, 3);
	counts(fx, n);
	assert_int_equal(n[4], 9);	/* 6 + 2 repeated values + 1 withdrawal; the old October stays */
}

static void test_vintage_duplicate_period_refused_even_when_unchanged(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2024-01-10"), b = release("2024-02-10");
	struct import_stats s;

	assert_int_equal(import_text(fx, "period,A\n2023-12,6\n", &a, &s), 0);
	assert_int_equal(import_text(fx, "series,period,value\nA,2023-12,6\nA,2023-12,6\n", &b, &s), 3);
}

static void test_vintage_out_of_order_import_is_placed_by_release_date(void **state)
{
	struct fixture *fx = *state;
	struct import_opts late = release("2024-03-01"), early = release("2024-01-01");
	struct import_stats s;
	char v[48];

	assert_int_equal(import_text(fx, "period,A\n2023-12,8\n", &late, &s), 0);
	assert_int_equal(import_text(fx, "period,A\n2023-12,6\n", &early, &s), 0);
	assert_string_equal(as_of(fx, "2023-12", "2024-02-01", v), "6");
	assert_string_equal(as_of(fx, "2023-12", "2024-03-01", v), "8");
	assert_string_equal(latest(fx, "A").vintage, "2024-03-01");
}

static void test_vintage_column_map_reads_a_file_in_neither_layout(void **state)
{
	struct fixture *fx = *state;
	struct import_opts o = { .vintage = "2026-07-21", .source = "fred", .series = "A",
				 .period_column = "Date", .value_column = "Exchange rate",
				 .unit = "CNY/USD" };
	struct import_stats s;
	char v[48];

	assert_int_equal(import_text(fx, "Date,Country,Exchange rate\r\n1981-01-01,China,1.5518\r\n"
				     "1981-02-01,China,1.6131\r\n", &o, &s), 0);
	assert_int_equal(s.added, 2);
	assert_string_equal(as_of(fx, "1981-02", "2026-07-21", v), "1.6131");
	/* A map naming a column the file lacks is refused with the header line. */
	o.value_column = "Value";
	assert_int_equal(import_text(fx, "Date,Country,Exchange rate\n1981-01-01,China,1.5\n",
				     &o, &s), 3);
}

static void test_vintage_series_column_map(void **state)
{
	struct fixture *fx = *state;
	struct import_opts o = { .vintage = "2026-07-21", .source = "fred",
				 .series_column = "Country", .value_column = "Exchange rate" };
	struct import_stats s;

	assert_int_equal(import_text(fx, "Date,Country,Exchange rate\n2020-01-01,China,6.9\n"
				     "2020-01-01,Japan,109.3\n", &o, &s), 0);
	assert_int_equal(s.series, 2);
	assert_int_equal(latest(fx, "Japan").n, 1);
}

/* Issue 11's repro: a release backfilled between two others. */
static void test_vintage_backfilled_release_keeps_what_the_newer_one_said(void **state)
{
	struct fixture *fx = *state;
	struct import_opts jan = release("2024-01-15"), mar = release("2024-03-15"),
			   feb = release("2024-02-15");
	struct import_stats s;
	char v[48];

	assert_int_equal(import_text(fx, "period,A\n2023-12,10\n", &jan, &s), 0);
	assert_int_equal(import_text(fx, "period,A\n2023-12,10\n", &mar, &s), 0);
	assert_int_equal(s.unchanged, 1);
	assert_int_equal(import_text(fx, "period,A\n2023-12,12\n", &feb, &s), 0);
	assert_int_equal(s.revised, 1);
	assert_int_equal(s.reclassified, 1);	/* March's 10 is now a revision of 12 */
	assert_string_equal(latest(fx, "A").vintage, "2024-03-15");
	assert_string_equal(as_of(fx, "2023-12", "2024-03-20", v), "10");
	assert_string_equal(as_of(fx, "2023-12", "2024-02-20", v), "12");
	assert_string_equal(as_of(fx, "2023-12", "2024-01-20", v), "10");
}

/* Invariant 3 of vintage.c: reprints within rounding of the one before do
 * not walk the value in force away from what was published. */
static void test_vintage_coarse_reprints_do_not_hide_a_revision(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2024-01-01"), b = release("2024-02-01"),
			   c = release("2024-03-01");
	struct import_stats s;

	assert_int_equal(import_text(fx, "period,A\n2023-12,10.04\n", &a, &s), 0);
	assert_int_equal(import_text(fx, "period,A\n2023-12,10.0\n", &b, &s), 0);
	assert_int_equal(s.unchanged, 1);
	/* 9.96 is within 0.05 of 10.0 but 0.08 from 10.04, still in force. */
	assert_int_equal(import_text(fx, "period,A\n2023-12,9.96\n", &c, &s), 0);
	assert_int_equal(s.revised, 1);
}

static void test_vintage_same_day_release_refused_unless_replace(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2024-01-01");
	struct import_stats s;
	char v[48];

	assert_int_equal(import_text(fx, "period,A\n2023-12,5\n", &a, &s), 0);
	assert_int_equal(import_text(fx, "period,A\n2023-12,6\n", &a, &s), 3);
	a.replace = 1;
	assert_int_equal(import_text(fx, "period,A\n2023-12,6\n", &a, &s), 0);
	assert_int_equal(s.replaced, 1);
	assert_int_equal(s.added, 1);		/* the old release is gone: 6 is new */
	assert_string_equal(as_of(fx, "2023-12", "2024-01-01", v), "6");
}

static void test_vintage_scale_slip_refused_unless_allowed(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2024-01-01"), b = release("2024-02-01");
	struct import_stats s;
	int64_t n[6];

	assert_int_equal(import_text(fx, "period,A\n2023-10,492\n2023-11,500\n2023-12,510\n",
				     &a, &s), 0);
	/* Every shared value times 10^6, one also revised by 1%: a slip. */
	assert_int_equal(import_text(fx, "period,A\n2023-10,492000000\n2023-11,505000000\n"
				     "2023-12,510000000\n2024-01,520000000\n", &b, &s), 3);
	counts(fx, n);
	assert_int_equal(n[4], 3);
	b.allow_rescale = 1;
	assert_int_equal(import_text(fx, "period,A\n2023-10,492000000\n2023-11,505000000\n"
				     "2023-12,510000000\n2024-01,520000000\n", &b, &s), 0);
	assert_int_equal(s.revised, 3);
}

static void test_vintage_drop_restores_what_stood_before(void **state)
{
	struct fixture *fx = *state;
	struct import_opts a = release("2024-01-01"), b = release("2024-02-01"),
			   c = release("2024-03-01");
	struct import_stats s;
	struct drop_stats d;
	char v[48];
	int64_t n[6];

	assert_int_equal(import_text(fx, "period,A\n2023-12,5\n", &a, &s), 0);
	assert_int_equal(import_text(fx, "period,A\n2023-12,7\n", &b, &s), 0);
	assert_int_equal(import_text(fx, "period,A\n2023-12,7\n2024-01,8\n", &c, &s), 0);
	/* Drop February's release: March's 7 becomes the revision of 5. */
	assert_int_equal(store_vintage_drop(fx->st, 2, &d), 0);
	assert_int_equal(d.observations, 1);
	assert_int_equal(d.reclassified, 1);
	assert_string_equal(as_of(fx, "2023-12", "2024-02-15", v), "5");
	assert_string_equal(as_of(fx, "2023-12", "2024-03-01", v), "7");
	assert_int_equal(store_vintage_drop(fx->st, 2, &d), -1);	/* gone */
	assert_int_equal(store_vintage_drop(fx->st, 1, &d), 0);
	assert_int_equal(store_vintage_drop(fx->st, 3, &d), 0);
	assert_int_equal(d.series, 1);		/* A left without values */
	counts(fx, n);
	assert_int_equal(n[2], 0);
	assert_int_equal(n[3], 0);
	assert_int_equal(n[4], 0);
}

static void test_vintage_identity_is_the_file_and_its_shaping_options(void **state)
{
	struct fixture *fx = *state;
	struct import_opts o = { .vintage = "2024-04-01", .source = "t", .series = "EX",
				 .value_column = "Exports" };
	struct import_opts today = { .source = "t" };
	const char *text = "Date,Exports,Imports\n2024-01,1,2\n";
	struct import_stats s;
	char *id, *id2;

	/* import's option table says which options are part of it (OPT_SHAPES_STORE). */
	o.identity = id = opts_identity(&cmd_import, &o);
	assert_int_equal(import_text(fx, text, &o, &s), 0);
	assert_int_equal(import_text(fx, text, &o, &s), 0);
	assert_int_equal(s.skipped, 1);
	o.series = "IM", o.value_column = "Imports";
	o.identity = id2 = opts_identity(&cmd_import, &o);
	assert_int_equal(import_text(fx, text, &o, &s), 0);
	assert_int_equal(s.skipped, 0);
	assert_string_equal(id2, "vintage=2024-04-01\nvalue-column=Imports\nseries=IM\n");
	free(id), free(id2);
	/* A defaulted release date is not part of it; a stated one is. */
	id = opts_identity(&cmd_import, &today);
	assert_string_equal(id, "");
	free(id);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_vintage_unchanged_value_is_kept_as_unchanged, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_revision_is_a_new_row_and_old_stays, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_more_digits_is_a_restatement_not_a_revision, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_partial_release_withdraws_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_complete_release_withdraws_missing_periods, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_duplicate_period_refused_even_when_unchanged, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_out_of_order_import_is_placed_by_release_date, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_column_map_reads_a_file_in_neither_layout, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_series_column_map, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_backfilled_release_keeps_what_the_newer_one_said, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_coarse_reprints_do_not_hide_a_revision, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_same_day_release_refused_unless_replace, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_scale_slip_refused_unless_allowed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_drop_restores_what_stood_before, setup, teardown),
		cmocka_unit_test_setup_teardown(test_vintage_identity_is_the_file_and_its_shaping_options, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
