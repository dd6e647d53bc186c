/*
 * test_check_tol.c - the shared conventions of the rules (tol.c) and the
 * series lookup by binary search (series.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>

#include "test_check_util.h"

/* ---- tol.c ---------------------------------------------------------- */

static void test_tol_side_signs_changes_down_but_not_levels(void **state)
{
	struct fact down = pct(1, 1, "a.txt", "8%", 8, "change", "down");
	struct fact level = money(2, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN);

	(void)state;
	level.direction = "down";
	assert_true(tol_side(&down).value == -8);
	assert_true(tol_side(&down).half == 0.5);
	assert_true(tol_side(&level).value == 11.5 * BN);
}

static void test_tol_side_widens_hedged_figures_to_five_percent(void **state)
{
	struct fact f = money(1, 1, "a.txt", "$11 billion", 11 * BN, 0.5 * BN);

	(void)state;
	f.approx = "about";
	/* 5% of 11 bn is 0.55 bn, wider than the 0.5 bn of its digits. */
	assert_near(tol_side(&f).half, 0.55 * BN, 1);
	f.precision = NAN;
	assert_near(tol_side(&f).half, 0.55 * BN, 1);
}

static void test_one_sided_hedges_are_open_on_their_side(void **state)
{
	struct fact almost = money(1, 1, "a.txt", "almost 90 billion", 90 * BN, 0.5 * BN);
	struct fact over = money(2, 1, "a.txt", "over 3 billion", 3 * BN, 0.5 * BN);
	struct fact x = money(3, 2, "b.txt", "83 billion", 83 * BN, 0.5 * BN);
	struct buf b = BUF_INIT;

	(void)state;
	almost.approx = "almost";
	over.approx = "over";
	assert_int_equal(tol_hedge_dir("almost"), -1);
	assert_int_equal(tol_hedge_dir("up to"), -1);
	assert_int_equal(tol_hedge_dir("at least"), 1);
	assert_int_equal(tol_hedge_dir("about"), 0);
	assert_int_equal(tol_hedge_dir(""), 0);
	/* almost 90: 81 to 94.5 - 83 (82.5 to 83.5) agrees; 80 does not */
	assert_near(tol_side(&almost).below, 4.5 * BN, 1);
	assert_true(tol_side(&almost).above == 0);
	assert_true(tol_overlaps(tol_side(&almost), tol_side(&x)));
	assert_true(tol_overlaps(tol_side(&x), tol_side(&almost)));
	x.value = 80 * BN, x.precision = 0.05 * BN;
	assert_false(tol_overlaps(tol_side(&almost), tol_side(&x)));
	/* the closed side keeps 5%: 95 is beyond almost 90 */
	x.value = 95 * BN;
	assert_false(tol_overlaps(tol_side(&almost), tol_side(&x)));
	/* over 3 billion (precision 0.5: 2.5 to 3.5 already wider than 10%) */
	assert_true(tol_side(&over).above == 0);
	over.precision = 0.05 * BN;
	assert_near(tol_side(&over).above, 0.15 * BN, 1);
	x.value = 3.28 * BN, x.precision = 0.005 * BN;
	assert_true(tol_overlaps(tol_side(&over), tol_side(&x)));
	x.value = 2.8 * BN;
	assert_false(tol_overlaps(tol_side(&over), tol_side(&x)));
	/* a deficit of almost 90 (-90): open toward zero */
	almost.value = -90 * BN;
	assert_near(tol_side(&almost).above, 4.5 * BN, 1);
	assert_true(tol_side(&almost).below == 0);
	almost.value = 90 * BN;
	tol_hedge_note(&b, &almost);
	assert_string_equal(b.s, " ('almost': -10% to +5%)");
	buf_reset(&b);
	almost.approx = "about";
	tol_hedge_note(&b, &almost);
	assert_string_equal(b.s, " ('about': +/-5%)");
	buf_release(&b);
}

static void test_tol_obs_side_takes_unknown_precision_as_exact(void **state)
{
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");

	(void)state;
	assert_true(tol_obs_side(&o).half == 0.5);
	o.precision = NAN;
	assert_true(tol_obs_side(&o).half == 0);
}

static void test_tol_severity_reads_ten_percent_as_the_error_line(void **state)
{
	(void)state;
	assert_int_equal(tol_severity(1, 5, 3), SEV_INFO);
	assert_int_equal(tol_severity(0, 5, 0.099), SEV_WARNING);
	assert_int_equal(tol_severity(0, 5, -0.099), SEV_WARNING);
	assert_int_equal(tol_severity(0, 5, 0.1), SEV_ERROR);
	assert_int_equal(tol_severity(0, 0, 0), SEV_ERROR);
	assert_true(tol_rel_error(3, 0) == 0);
	assert_true(tol_rel_error(11, 10) == (11.0 - 10) / 10);
}

static void test_tol_formats_percentages_signed_and_numbers_rounded(void **state)
{
	char b[48];

	(void)state;
	assert_string_equal(tol_fmt_pct(2.678571, b), "+2.7");
	assert_string_equal(tol_fmt_pct(-8.174468, b), "-8.2");
	assert_string_equal(tol_fmt_pct(0, b), "0");
	assert_string_equal(tol_fmt_pct(0.0123, b), "+0.012");
	assert_string_equal(tol_fmt_sig(11165048543.69, 4, b), "11170000000");
	assert_string_equal(tol_fmt_sig(7.299270073, 5, b), "7.2993");
	assert_string_equal(tol_fmt_sig(0, 4, b), "0");
}

static void test_check_figure_cmp_separates_subjects_and_periods(void **state)
{
	struct fact a = money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN);
	struct fact b = money(2, 2, "b.txt", "$15 billion", 15 * BN, 0.5 * BN);

	(void)state;
	assert_int_equal(check_figure_cmp(&a, &b), 0);	/* the value is not the figure */
	b.period = "2023-07";
	assert_true(check_figure_cmp(&a, &b) > 0);
	assert_true(check_figure_cmp(&b, &a) < 0);
	b.period = a.period;
	b.partner = "";
	assert_true(check_figure_cmp(&a, &b) != 0);
}

/* ---- series.c ------------------------------------------------------- */

/* Sorted as check.h says check_input.obs is: series, period, release date. */
static void sample(struct observation o[8])
{
	o[0] = cnru(1, "2023-07", 9.2 * BN, "2023-08-08");
	o[1] = cnru(2, "2023-08", 11.5 * BN, "2023-09-07");
	o[2] = cnru(3, "2023-08", 11.8 * BN, "2024-01-20");
	o[3] = cnru(4, "2023-08", NAN, "2024-06-01");	/* withdrawn */
	o[4] = cnru(5, "2023-08", 11.5 * BN, "2023-09-07");
	o[4].series = "CN.IMP.RU.T";			/* the same trade in tonnes */
	o[4].unit = "t";
	o[5] = cnru(6, "2023-08", 83.3 * BN, "2023-09-07");
	o[5].series = "CN.IMP.RU.YTD";
	o[5].measure = "ytd";
	o[6] = cnru(7, "2023-08", 7.2979, "2026-07-21");
	o[6].series = "EXCHUS";
	o[6].unit = "CNY/USD";
	o[6].reporter = o[6].partner = o[6].flow = "";
	o[7] = cnru(8, "2023-08", 1.0, "2026-07-21");
	o[7].series = "XX";
	o[7].unit = "USD";
	o[7].reporter = o[7].partner = o[7].flow = "";
}

static void test_series_ix_finds_series_by_subject_measure_and_unit(void **state)
{
	struct observation o[8];
	struct check_input in = { NULL, 0, o, 8, NULL };
	struct series_ix ix;
	size_t first, n;

	(void)state;
	sample(o);
	series_ix_init(&ix, &in);
	assert_int_equal(ix.n, 5);
	n = series_ix_find(&ix, "CN", "RU", "import", "level", "USD", &first);
	assert_int_equal(n, 1);
	assert_string_equal(ix.v[first].head->series, "CN.IMP.RU");
	assert_int_equal(ix.v[first].start, 0);
	assert_int_equal(ix.v[first].end, 4);
	/* Any unit: the value series and the one in tonnes, sorted by unit. */
	n = series_ix_find(&ix, "CN", "RU", "import", "level", NULL, &first);
	assert_int_equal(n, 2);
	assert_string_equal(ix.v[first + 1].head->series, "CN.IMP.RU.T");
	n = series_ix_find(&ix, "CN", "RU", "import", "ytd", "USD", &first);
	assert_int_equal(n, 1);
	assert_string_equal(ix.v[first].head->series, "CN.IMP.RU.YTD");
	/* "" matches only "": a subjectless claim never meets CN.IMP.RU. */
	n = series_ix_find(&ix, "", "", "", "level", "USD", &first);
	assert_int_equal(n, 1);
	assert_string_equal(ix.v[first].head->series, "XX");
	assert_int_equal(series_ix_find(&ix, "CN", "RU", "export", "level", "USD", &first), 0);
	series_ix_release(&ix);
	assert_int_equal(ix.n, 0);
}

static void test_series_period_latest_and_asof_pick_vintages(void **state)
{
	struct observation o[8];
	struct check_input in = { NULL, 0, o, 8, NULL };
	struct series_ix ix;
	size_t first;
	struct obs_span sp;

	(void)state;
	sample(o);
	series_ix_init(&ix, &in);
	series_ix_find(&ix, "CN", "RU", "import", "level", "USD", &first);
	assert_true(series_period(&ix, &ix.v[first], "2023-08", &sp));
	assert_ptr_equal(sp.v, &o[1]);
	assert_int_equal(sp.n, 3);
	/* The withdrawal of 2024-06-01 is skipped: 11.8 bn is the latest value. */
	assert_ptr_equal(series_latest(&sp), &o[2]);
	assert_ptr_equal(series_asof(&sp, "2023-09-19"), &o[1]);
	assert_ptr_equal(series_asof(&sp, "2023-09-07"), &o[1]);	/* same day */
	assert_ptr_equal(series_asof(&sp, "2030-01-01"), &o[2]);
	assert_null(series_asof(&sp, "2023-09-06"));
	assert_null(series_asof(&sp, ""));
	assert_false(series_period(&ix, &ix.v[first], "2022-08", &sp));
	assert_false(series_period(&ix, &ix.v[first], "2023-09", &sp));
	series_ix_release(&ix);
}

static void test_series_commodity_fits_when_either_is_empty(void **state)
{
	struct observation o = cnru(1, "2023-08", 1, "2023-09-07");
	struct series_ent e = { &o, 0, 1, 0 };

	(void)state;
	assert_true(series_commodity_fits(&e, "goods"));
	assert_true(series_commodity_fits(&e, ""));
	o.commodity = "crude oil";
	assert_true(series_commodity_fits(&e, "crude oil"));
	assert_true(series_commodity_fits(&e, ""));
	assert_false(series_commodity_fits(&e, "coal"));
}

static void test_series_ix_of_no_observations_is_empty(void **state)
{
	struct check_input in = { NULL, 0, NULL, 0, NULL };
	struct series_ix ix;
	size_t first = 99;

	(void)state;
	series_ix_init(&ix, &in);
	assert_int_equal(ix.n, 0);
	assert_int_equal(series_ix_find(&ix, "CN", "RU", "import", "level", NULL, &first), 0);
	series_ix_release(&ix);
}

/* A store stand-in for the fetch mode: serves sample()'s observations by
 * (series code, period), counting the lookups; fail makes them fail. */
struct fake_store {
	const struct observation *o;
	size_t n;
	int calls, fail;
};

static int fake_fetch(void *ctx, struct series_ix *ix, const struct series_ent *e,
		      const char *period)
{
	struct fake_store *fs = ctx;

	fs->calls++;
	if (fs->fail)
		return -1;
	for (size_t k = 0; k < fs->n; k++) {
		if (strcmp(fs->o[k].series, e->head->series) || strcmp(fs->o[k].period, period))
			continue;
		struct observation c = fs->o[k];
		char released[16];

		/* The index copies the strings and takes the metadata from the head. */
		snprintf(released, sizeof(released), "%s", c.released);
		c.released = released;
		c.series = c.unit = "wrong";
		series_ix_add(ix, &c);
	}
	return 0;
}

/* The heads of sample()'s five series, each one's id its series id. */
static void sample_heads(const struct observation o[8], struct observation heads[5])
{
	const int first[] = { 0, 4, 5, 6, 7 };

	for (int k = 0; k < 5; k++) {
		heads[k] = o[first[k]];
		heads[k].id = 100 + k;
	}
}

static void test_series_ix_fetch_looks_up_each_period_once_per_group(void **state)
{
	struct observation o[8], heads[5];
	struct fake_store fs = { o, 8, 0, 0 };
	struct series_ix ix;
	struct obs_span sp, again;
	size_t first;

	(void)state;
	sample(o);
	sample_heads(o, heads);
	series_ix_init_fetch(&ix, heads, 5, fake_fetch, &fs);
	assert_int_equal(series_ix_find(&ix, "CN", "RU", "import", "level", "USD", &first), 1);
	assert_int_equal(ix.v[first].id, 100);
	assert_true(series_period(&ix, &ix.v[first], "2023-08", &sp));
	assert_int_equal(fs.calls, 1);
	assert_int_equal(sp.n, 3);
	assert_int_equal(sp.v[0].id, 2);
	assert_string_equal(sp.v[1].released, "2024-01-20");
	assert_string_equal(sp.v[1].series, "CN.IMP.RU");
	assert_string_equal(sp.v[1].unit, "USD");
	assert_int_equal(series_latest(&sp)->id, 3);	/* the withdrawal skipped */
	assert_int_equal(series_asof(&sp, "2023-09-19")->id, 2);
	assert_null(series_asof(&sp, "2023-09-06"));
	/* Looked up again in the same group: no second fetch, the same span. */
	assert_true(series_period(&ix, &ix.v[first], "2023-08", &again));
	assert_int_equal(fs.calls, 1);
	assert_ptr_equal(again.v, sp.v);
	assert_false(series_period(&ix, &ix.v[first], "2022-08", &again));
	assert_int_equal(fs.calls, 2);
	/* A new group fetches again. */
	series_ix_forget(&ix);
	assert_int_equal(ix.nruns, 0);
	assert_true(series_period(&ix, &ix.v[first], "2023-08", &sp));
	assert_int_equal(fs.calls, 3);
	assert_int_equal(series_ix_done(&ix, NULL, 7), 7);
	/* A failed lookup finds nothing, marks the index, and fails the rule. */
	fs.fail = 1;
	series_ix_forget(&ix);
	assert_false(series_period(&ix, &ix.v[first], "2023-08", &sp));
	assert_int_equal(ix.failed, 1);
	assert_int_equal(series_ix_done(&ix, NULL, 0), -1);
	series_ix_release(&ix);
}

/* A rule gives the same findings with observations fetched as in memory. */
static void test_rule_official_fetched_equals_in_memory(void **state)
{
	struct observation o[8], heads[5];
	struct fake_store fs = { o, 8, 0, 0 };
	struct fact f[2] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$13 billion", 13 * BN, 0.5 * BN),
	};
	struct series_ix ix;
	struct collected mem = { 0 }, got = { 0 };
	struct check_input in = { f, 2, NULL, 0, &ix };

	(void)state;
	sample(o);
	sample_heads(o, heads);
	assert_int_equal(run_rule(&rule_official, f, 2, o, 8, &mem), 0);
	assert_int_equal(mem.n, 2);
	series_ix_init_fetch(&ix, heads, 5, fake_fetch, &fs);
	assert_int_equal(rule_official.run(&in, collect, &got), 0);
	assert_int_equal(got.n, mem.n);
	for (size_t k = 0; k < got.n; k++) {
		assert_int_equal(got.f[k].severity, mem.f[k].severity);
		assert_ptr_equal(got.f[k].claim, mem.f[k].claim);
		assert_int_equal(got.f[k].obs->id, mem.f[k].obs->id);
		assert_near(got.f[k].expected, mem.f[k].expected, 0);
		assert_string_equal(got.f[k].message, mem.f[k].message);
	}
	assert_int_equal(fs.calls, 1);	/* one (series, period) for both claims */
	series_ix_release(&ix);
	collected_release(&mem);
	collected_release(&got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tol_side_signs_changes_down_but_not_levels),
		cmocka_unit_test(test_tol_side_widens_hedged_figures_to_five_percent),
		cmocka_unit_test(test_one_sided_hedges_are_open_on_their_side),
		cmocka_unit_test(test_tol_obs_side_takes_unknown_precision_as_exact),
		cmocka_unit_test(test_tol_severity_reads_ten_percent_as_the_error_line),
		cmocka_unit_test(test_tol_formats_percentages_signed_and_numbers_rounded),
		cmocka_unit_test(test_check_figure_cmp_separates_subjects_and_periods),
		cmocka_unit_test(test_series_ix_finds_series_by_subject_measure_and_unit),
		cmocka_unit_test(test_series_period_latest_and_asof_pick_vintages),
		cmocka_unit_test(test_series_commodity_fits_when_either_is_empty),
		cmocka_unit_test(test_series_ix_of_no_observations_is_empty),
		cmocka_unit_test(test_series_ix_fetch_looks_up_each_period_once_per_group),
		cmocka_unit_test(test_rule_official_fetched_equals_in_memory),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
