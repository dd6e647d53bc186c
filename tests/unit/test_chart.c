/*
 * test_chart.c - the chart's layout (report/chart.c): an axis per unit,
 * panels past two units, --from/--to, tick labels by frequency, revision
 * bars, a legend below that leaves the plot areas their width.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "report/report.h"
#include "plot_test_util.h"

static size_t occurrences(const char *s, const char *what)
{
	size_t n = 0;

	for (const char *p = s; (p = strstr(p, what)); p++)
		n++;
	return n;
}

/* The number after "set NAME at screen " (lmargin, rmargin...), or NAN. */
static double margin(const char *s, const char *name)
{
	char key[64];
	const char *p;

	snprintf(key, sizeof(key), "set %s at screen ", name);
	p = strstr(s, key);
	return p ? strtod(p + strlen(key), NULL) : NAN;
}

static const struct plot_point usd[] = { { "2023-06", 9.1e9 }, { "2023-07", 9.2e9 },
					  { "2023-08", 11.5e9 } };
static const struct plot_point rate[] = { { "2023-06", 7.2 }, { "2023-07", 7.25 },
					   { "2023-08", 7.3 } };
static const struct plot_point tons[] = { { "2023-06", 5.1e6 }, { "2023-07", 5.8e6 },
					   { "2023-08", 6.0e6 } };

static void test_chart_gives_a_second_unit_the_right_axis(void **state)
{
	const struct plot_line l[] = {
		{ { .code = "M", .title = "Imports" }, usd, 3, NULL, "US$ billion", 1e9, NULL, 0 },
		{ { .code = "FX", .title = "CNY per USD" }, rate, 3, NULL, "CNY per USD", 1, NULL, 0 },
	};
	struct plot_spec s = { .out_path = "c.png", .lines = l, .nlines = 2 };
	int rc;
	char *sc = script_of(&s, &rc);

	(void)state;
	assert_int_equal(rc, 0);
	assert_non_null(strstr(sc, "set ylabel 'US$ billion' noenhanced"));
	assert_non_null(strstr(sc, "set y2label 'CNY per USD' noenhanced"));
	assert_non_null(strstr(sc, "set y2range [7.18:7.32]"));
	assert_non_null(strstr(sc, "$s2 using 1:2 axes x1y2 with lines"));
	assert_non_null(strstr(sc, "$s1 using 1:2 axes x1y1 with lines"));
	assert_non_null(strstr(sc, "title 'CNY per USD (right axis)' noenhanced"));
	/* One panel: the rate is not squashed onto the dollar axis. */
	assert_int_equal(occurrences(sc, "set tmargin at screen"), 1);
	free(sc);
}

static void test_chart_stacks_panels_past_two_units(void **state)
{
	const struct plot_line l[] = {
		{ { .code = "M", .title = "Imports" }, usd, 3, NULL, "US$ billion", 1e9, NULL, 0 },
		{ { .code = "FX", .title = "Rate" }, rate, 3, NULL, "CNY per USD", 1, NULL, 0 },
		{ { .code = "T", .title = "Tonnes" }, tons, 3, NULL, "t million", 1e6, NULL, 0 },
		{ { .code = "M2", .title = "Exports" }, usd, 3, NULL, "US$ billion", 1e9, NULL, 0 },
	};
	const struct plot_mark m[] = { { "2023-08", 6.2e6, "tass (2023-09-02)", 1, 2 } };
	struct plot_spec s = { .out_path = "c.svg", .lines = l, .nlines = 4, .marks = m, .nmarks = 1 };
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	assert_int_equal(occurrences(sc, "set tmargin at screen"), 3);
	assert_null(strstr(sc, "y2range"));
	/* Both dollar series share the first panel's axis. */
	assert_non_null(strstr(sc, "$s4 using 1:2 axes x1y1"));
	assert_int_equal(occurrences(sc, "set ylabel 'US$ billion'"), 1);
	/* The claim about tonnes sits in the third panel (index 2), scaled by 1e6. */
	d = datablock(sc, "$marks");
	assert_string_equal(d, "2023-08-01 6.2 1 1 2 1\n");
	free(d);
	assert_non_null(strstr(sc, "$5 == 2 && $6 == 1) ? $2 : NaN) axes x1y1 with points"));
	/* Only the bottom panel labels its x ticks. */
	assert_int_equal(occurrences(sc, "set xtics ('Jun 2023'"), 1);
	assert_int_equal(occurrences(sc, "set xtics ('' '2023-06-01'"), 2);
	free(sc);
}

static void test_chart_draws_only_the_periods_asked_for(void **state)
{
	static const struct plot_point pts[] = {
		{ "2022-11", 1 }, { "2022-12", 2 }, { "2023-01", 3 }, { "2023-06", 4 },
		{ "2023-12", 5 }, { "2024-01", 6 },
	};
	const struct plot_line l = { { .code = "X", .title = "X" }, pts, ARRAY_SIZE(pts), NULL, "", 1, NULL, 0 };
	const struct plot_mark m[] = { { "2022-12", 2, "a", 0, 0 }, { "2023-03", 3, "b", 0, 0 } };
	struct plot_spec s = { .out_path = "c.svg", .lines = &l, .nlines = 1, .marks = m,
			       .nmarks = 2, .from = "2023-01", .to = "2023" };
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	/* --to 2023 is the end of 2023: December is in, January 2024 out. */
	d = datablock(sc, "$s1");
	assert_string_equal(d, "2023-01-01 3\n\n2023-06-01 4\n\n2023-12-01 5\n");
	free(d);
	d = datablock(sc, "$marks");
	assert_string_equal(d, "2023-03-01 3 1 0 0 1\n");
	free(d);
	free(sc);
	/* A range with nothing in it is an error, said as such. */
	s.from = "2030";
	s.to = NULL;
	free(script_of(&s, &rc));
	assert_int_equal(rc, -1);
}

static void test_chart_labels_ticks_by_frequency(void **state)
{
	static const struct plot_point years[] = { { "2010", 1 }, { "2011", 2 }, { "2012", 3 } };
	static const struct plot_point quarters[] = { { "2023-Q1", 1 }, { "2023-Q2", 2 },
						      { "2023-Q3", 3 }, { "2023-Q4", 4 } };
	static const struct plot_point long_months[] = { { "1990-01", 1 }, { "2020-12", 2 } };
	struct plot_line l = { { .code = "X", .title = "X" }, years, 3, NULL, "", 1, NULL, 0 };
	struct plot_spec s = { .out_path = "c.png", .lines = &l, .nlines = 1 };
	int rc;
	char *sc;

	(void)state;
	sc = script_of(&s, &rc);
	assert_non_null(strstr(sc, "set xtics ('2010' '2010-01-01', '2011' '2011-01-01', "
				   "'2012' '2012-01-01')"));
	free(sc);
	l.pts = quarters, l.n = 4;
	sc = script_of(&s, &rc);
	assert_non_null(strstr(sc, "'2023-Q1' '2023-01-01', '2023-Q2' '2023-04-01'"));
	assert_null(strstr(sc, "Jan 2023"));
	free(sc);
	l.pts = long_months, l.n = 2;
	sc = script_of(&s, &rc);
	/* Thirty years of months: years, every second (16 labels fit 1280 pixels). */
	assert_non_null(strstr(sc, "'1990' '1990-01-01', '1992' '1992-01-01'"));
	assert_null(strstr(sc, "Jan 1990"));
	free(sc);
}

static void test_chart_draws_revisions_as_bars_under_the_line(void **state)
{
	static const struct plot_point latest[] = { { "2016-01", 37e9 }, { "2016-02", 36.07e9 },
						    { "2016-03", 30e9 } };
	static const struct plot_point first[] = { { "2016-01", 37.2e9 }, { "2016-02", 36.16e9 },
						   { "2016-03", 30e9 } };
	const struct plot_line l = { { .code = "IMPCH", .title = "Imports" }, latest, 3, NULL, "US$ billion", 1e9,
				     first, 3 };
	struct plot_spec s = { .out_path = "c.svg", .lines = &l, .nlines = 1 };
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	d = datablock(sc, "$r1");
	assert_string_equal(d, "2016-01-01 -0.2\n2016-02-01 -0.09\n2016-03-01 0\n");
	free(d);
	d = datablock(sc, "$f1");
	assert_string_equal(d, "2016-01-01 37.2\n2016-02-01 36.16\n2016-03-01 30\n");
	free(d);
	assert_int_equal(occurrences(sc, "set tmargin at screen"), 2);
	assert_non_null(strstr(sc, "$r1 using 1:2 with boxes"));
	assert_non_null(strstr(sc, "$f1 using 1:2 axes x1y1 with lines linetype 1 dashtype 2"));
	assert_non_null(strstr(sc, "title 'revision since first print (bars)'"));
	assert_non_null(strstr(sc, "title 'first print (dashed)'"));
	free(sc);
}

static void test_chart_keeps_a_unitless_axis_unlabelled(void **state)
{
	const struct plot_line l = { { .code = "IDX", .title = "Index" }, rate, 3, NULL, "", 1, NULL, 0 };
	struct plot_spec s = { .out_path = "c.svg", .lines = &l, .nlines = 1 };
	int rc;
	char *sc = script_of(&s, &rc);

	(void)state;
	assert_non_null(strstr(sc, "set ylabel '' noenhanced"));
	assert_null(strstr(sc, "label 'value"));
	free(sc);
}

static void test_chart_legend_for_28_series_leaves_the_plot_its_width(void **state)
{
	struct plot_line l[28];
	char names[28][24];
	struct plot_spec s = { .out_path = "c.png", .lines = l, .nlines = 28 };
	int rc, cols;
	char *sc;
	const char *k;

	(void)state;
	for (int i = 0; i < 28; i++) {
		snprintf(names[i], sizeof(names[i]), "Country %02d", i);
		l[i] = (struct plot_line){ { .code = names[i], .title = names[i] }, usd, 3, NULL, "US$ billion", 1e9,
					   NULL, 0 };
	}
	sc = script_of(&s, &rc);
	assert_int_equal(rc, 0);
	/* Plot area: at least 85% of the width, and 55% of the height. */
	assert_true(margin(sc, "rmargin") - margin(sc, "lmargin") >= 0.85);
	assert_true(margin(sc, "tmargin") - margin(sc, "bmargin") >= 0.55);
	/* The legend below in columns; the colours repeat after 8, dashed.
	   The 28 lines are equal: each is widened for three drawn over it at
	   most (invariant 7). */
	k = strstr(sc, "horizontal maxcols ");
	assert_non_null(k);
	cols = atoi(k + strlen("horizontal maxcols "));
	assert_true(cols >= 5);
	assert_non_null(strstr(sc, "linetype 9 dashtype 2 linewidth (line_width + 3 * line_widen) "
				   "title 'Country 08'"));
	assert_non_null(strstr(sc, "linetype 28 dashtype 4 title 'Country 27'"));
	assert_int_equal(occurrences(sc, "NaN with lines"), 28);
	free(sc);
}

/* Invariant 6: three sources' figures for August stand in a row about its
 * day, each source in its own place (its two figures at one place); a
 * lone source's figure for July stays on its day. */
static void test_chart_sets_several_sources_of_one_period_in_a_row(void **state)
{
	const struct plot_line l[] = {
		{ { .code = "M", .title = "Imports" }, usd, 3, NULL, "US$ billion", 1e9, NULL, 0 },
	};
	const struct plot_mark m[] = {
		{ "2023-08", 11.5e9, "A (2023-09-19)", 0, 0 },
		{ "2023-08", 11.536e9, "A (2023-09-19)", 0, 0 },
		{ "2023-08", 11.5e9, "B (2023-09-20)", 1, 0 },
		{ "2023-08", 11.5e9, "C (2023-11-07)", 0, 0 },
		{ "2023-07", 9.2e9, "B (2023-09-20)", 0, 0 },
	};
	struct plot_spec s = { .out_path = "c.svg", .lines = l, .nlines = 1, .marks = m, .nmarks = 5 };
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	d = datablock(sc, "$marks");
	assert_string_equal(d, "2023-08-01 11.5 1 0 0 1 -1\n"
			       "2023-08-01 11.536 1 0 0 1 -1\n"
			       "2023-08-01 11.5 2 1 0 1 0\n"
			       "2023-08-01 11.5 3 0 0 1 1\n"
			       "2023-07-01 9.2 2 0 0 1 0\n");
	free(d);
	/* Every mark and ring (three sources, a ring plot each) is drawn at its
	 * place, markgap screen widths apart. */
	assert_int_equal(occurrences(sc, "$marks using (timecolumn(1, '%Y-%m-%d') + $7 * markgap * "), 6);
	assert_int_equal(occurrences(sc, "$marks using 1:"), 0);
	assert_non_null(strstr(sc, "markgap = "));
	free(sc);
}

/* One source per period: the marks stay on their days, as before. */
static void test_chart_leaves_a_lone_source_on_its_day(void **state)
{
	const struct plot_line l[] = {
		{ { .code = "M", .title = "Imports" }, usd, 3, NULL, "US$ billion", 1e9, NULL, 0 },
	};
	const struct plot_mark m[] = {
		{ "2023-08", 11.5e9, "A (2023-09-19)", 0, 0 },
		{ "2023-07", 9.2e9, "B (2023-09-20)", 0, 0 },
	};
	struct plot_spec s = { .out_path = "c.svg", .lines = l, .nlines = 1, .marks = m, .nmarks = 2 };
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	d = datablock(sc, "$marks");
	assert_string_equal(d, "2023-08-01 11.5 1 0 0 1\n2023-07-01 9.2 2 0 0 1\n");
	free(d);
	assert_null(strstr(sc, "timecolumn"));
	free(sc);
}

/* Invariant 7: GACC's and the IMF's series equal for a month: the first,
 * drawn under, is wider by line_widen, in the plot and in its key; a third
 * series apart from both keeps the style's width, and so does the last. */
static void test_chart_widens_a_line_drawn_under_an_equal_one(void **state)
{
	static const struct plot_point imf[] = { { "2023-06", 8.0e9 }, { "2023-07", 9.2e9 } };
	static const struct plot_point far[] = { { "2023-06", 2.0e9 }, { "2023-07", 2.5e9 },
						  { "2023-08", 3.0e9 } };
	const struct plot_line l[] = {
		{ { .code = "G", .title = "GACC" }, usd, 3, NULL, "US$ billion", 1e9, NULL, 0 },
		{ { .code = "F", .title = "Far" }, far, 3, NULL, "US$ billion", 1e9, NULL, 0 },
		{ { .code = "I", .title = "IMF" }, imf, 2, NULL, "US$ billion", 1e9, NULL, 0 },
	};
	struct plot_spec s = { .out_path = "c.svg", .lines = l, .nlines = 3 };
	int rc;
	char *sc = script_of(&s, &rc);

	(void)state;
	assert_int_equal(rc, 0);
	assert_non_null(strstr(sc, "$s1 using 1:2 axes x1y1 with lines linetype 1 dashtype 1 "
				   "linewidth (line_width + 1 * line_widen) notitle"));
	assert_non_null(strstr(sc, "NaN with lines linetype 1 dashtype 1 "
				   "linewidth (line_width + 1 * line_widen) title 'GACC'"));
	assert_non_null(strstr(sc, "$s2 using 1:2 axes x1y1 with lines linetype 2 dashtype 1 notitle"));
	assert_non_null(strstr(sc, "$s3 using 1:2 axes x1y1 with lines linetype 3 dashtype 1 notitle"));
	assert_non_null(strstr(sc, "line_widen = "));
	free(sc);
}


/* Invariant 7: lines that cross, equal for one period of four, are not
 * drawn on each other: neither is widened (a crowded chart would otherwise
 * widen nearly every line). */
static void test_chart_keeps_the_width_of_lines_that_cross(void **state)
{
	static const struct plot_point up[] = { { "2023-05", 8.0e9 }, { "2023-06", 9.0e9 },
						 { "2023-07", 10.0e9 }, { "2023-08", 11.0e9 } };
	static const struct plot_point down[] = { { "2023-05", 12.0e9 }, { "2023-06", 9.0e9 },
						   { "2023-07", 7.0e9 }, { "2023-08", 5.0e9 } };
	const struct plot_line l[] = {
		{ { .code = "U", .title = "Up" }, up, 4, NULL, "US$ billion", 1e9, NULL, 0 },
		{ { .code = "D", .title = "Down" }, down, 4, NULL, "US$ billion", 1e9, NULL, 0 },
	};
	struct plot_spec s = { .out_path = "c.png", .lines = l, .nlines = 2 };
	int rc;
	char *sc = script_of(&s, &rc);

	(void)state;
	assert_int_equal(rc, 0);
	assert_null(strstr(sc, "* line_widen)"));
	assert_non_null(strstr(sc, "$s1 using 1:2 axes x1y1 with lines linetype 1 dashtype 1 notitle"));
	free(sc);
}

/* The day number of "YYYY-MM-DD" (base.h's days_from_civil). */
static double day_of(const char *s)
{
	int y, m, d;

	assert_int_equal(sscanf(s, "%d-%d-%d", &y, &m, &d), 3);
	return (double)days_from_civil(y, m, d);
}

/* Invariant 6: five sources' claims for the LAST period stand in a row; the
 * x range leaves room for the whole row (a mark whose centre falls outside
 * the range is not drawn), on SVG (large markers) and PNG alike. */
static void test_chart_row_of_claims_at_the_edge_stays_in_range(void **state)
{
	const struct plot_line l[] = {
		{ { .code = "M", .title = "Imports" }, usd, 3, NULL, "US$ billion", 1e9, NULL, 0 },
	};
	const struct plot_mark m[] = {
		{ "2023-08", 11.5e9, "A (2023-09-19)", 0, 0 },
		{ "2023-08", 11.5e9, "B (2023-09-20)", 0, 0 },
		{ "2023-08", 11.5e9, "C (2023-11-07)", 0, 0 },
		{ "2023-08", 11.5e9, "D (2023-09-19)", 0, 0 },
		{ "2023-08", 11.5e9, "E (2024-05-22)", 1, 0 },
	};
	const char *outs[] = { "c.svg", "c.png", "c.pdf" };

	(void)state;
	for (size_t o = 0; o < sizeof(outs) / sizeof(outs[0]); o++) {
		struct plot_spec s = { .out_path = outs[o], .lines = l, .nlines = 1, .marks = m,
				       .nmarks = 5 };
		int rc;
		char *sc = script_of(&s, &rc), *p;
		char lo[11] = "", hi[11] = "";
		double gap, left = margin(sc, "lmargin"), right = margin(sc, "rmargin");

		assert_int_equal(rc, 0);
		p = strstr(sc, "set xrange ['");
		assert_non_null(p);
		assert_int_equal(sscanf(p, "set xrange ['%10[0-9-]':'%10[0-9-]']", lo, hi), 2);
		p = strstr(sc, "markgap = ");
		assert_non_null(p);
		gap = strtod(p + strlen("markgap = "), NULL);
		assert_true(gap > 0);
		/* places -2..2: the outermost, and half a marker beyond it */
		double width = day_of(hi) - day_of(lo), reach = 2.5 * gap * width / (right - left);
		assert_true(day_of("2023-08-01") + reach <= day_of(hi));
		free(sc);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_chart_gives_a_second_unit_the_right_axis),
		cmocka_unit_test(test_chart_stacks_panels_past_two_units),
		cmocka_unit_test(test_chart_draws_only_the_periods_asked_for),
		cmocka_unit_test(test_chart_labels_ticks_by_frequency),
		cmocka_unit_test(test_chart_draws_revisions_as_bars_under_the_line),
		cmocka_unit_test(test_chart_keeps_a_unitless_axis_unlabelled),
		cmocka_unit_test(test_chart_legend_for_28_series_leaves_the_plot_its_width),
		cmocka_unit_test(test_chart_sets_several_sources_of_one_period_in_a_row),
		cmocka_unit_test(test_chart_leaves_a_lone_source_on_its_day),
		cmocka_unit_test(test_chart_widens_a_line_drawn_under_an_equal_one),
		cmocka_unit_test(test_chart_keeps_the_width_of_lines_that_cross),
		cmocka_unit_test(test_chart_row_of_claims_at_the_edge_stays_in_range),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
