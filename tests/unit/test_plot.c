/*
 * test_plot.c - chart terminals, the gnuplot script (escaping, datablocks,
 * period dates) and real gnuplot runs into SVG and PNG files.
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
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/base.h"
#include "report/report.h"
#include "plot_test_util.h"
#include "embed.h"

static const struct plot_point exports[] = {
	{ "2023-05", 10.2e9 }, { "2023-06", 10.9e9 }, { "2023-07", 11.1e9 },
	{ "2023-08", 11.5e9 }, { "2023-09", 10.8e9 }, { "2023-10", 11.9e9 },
	{ "2023-11", 12.4e9 }, { "2023-12", 12.1e9 },
};
static const struct plot_point imports[] = {
	{ "2023-05-01", 7.1e9 }, { "2023-06-01", 7.4e9 }, { "2023-07-01", 7.0e9 },
	{ "2023-08-01", 7.8e9 }, { "2023-09-01", 8.2e9 }, { "2023-10-01", 8.0e9 },
	{ "2023-11-01", 8.6e9 }, { "2023-12-01", 8.3e9 },
};
static const struct plot_line lines[] = {
	{ { .code = "X_CN", .title = "Exports to China" }, exports, ARRAY_SIZE(exports), NULL, NULL, 0, NULL, 0 },
	{ { .code = "M_CN" }, imports, ARRAY_SIZE(imports), NULL, NULL, 0, NULL, 0 },
};
static const struct plot_mark marks[] = {
	{ "2023-08", 11.5e9, "reuters-2023-09-19.txt", 0, 0 },
	{ "2023-10", 13.0e9, "tass-2023-11-02.txt", 1, 0 },
	{ "2023-Q4", 12.0e9, "reuters-2023-09-19.txt", 0, 0 },
};

static struct plot_spec chart(const char *path)
{
	struct plot_spec s = {
		.out_path = path,
		.title = "Exports and imports, China",
		.ylabel = "US$ billion",
		.note = "Source: customs statistics (vintage 2024-01-20); points: claims in news articles",
		.yscale = 1e9,
		.lines = lines, .nlines = ARRAY_SIZE(lines),
		.marks = marks, .nmarks = ARRAY_SIZE(marks),
	};

	return s;
}

/* Whether some line of script equals line exactly. */
static int has_line(const char *script, const char *line)
{
	size_t n = strlen(line);

	for (const char *p = script; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, line, n) && (p[n] == '\n' || p[n] == '\0'))
			return 1;
	return 0;
}

static void test_plot_terminal_follows_extension_in_any_case(void **state)
{
	(void)state;
	assert_string_equal(plot_terminal("out/chart.svg"), "svg");
	assert_string_equal(plot_terminal("chart.PNG"), "pngcairo");
	assert_string_equal(plot_terminal("a.b/chart.Pdf"), "pdfcairo");
	assert_null(plot_terminal("chart.jpg"));
	assert_null(plot_terminal("chart"));
	assert_null(plot_terminal("dir.svg/chart"));
	assert_null(plot_terminal("chart.svg.txt"));
	assert_null(plot_terminal(NULL));
}

static void test_plot_script_sets_terminal_output_and_time_axis(void **state)
{
	struct plot_spec s = chart("/tmp/it's here.png");
	int rc;
	char *sc = script_of(&s, &rc);

	(void)state;
	assert_int_equal(rc, 0);
	assert_true(has_line(sc, "set terminal pngcairo size 1280,720"));
	assert_true(has_line(sc, "set output '/tmp/it'.\"'\".'s here.png'"));
	assert_true(has_line(sc, "set xdata time"));
	assert_true(has_line(sc, "set timefmt '%Y-%m-%d'"));
	assert_true(has_line(sc, "set ylabel 'US$ billion' noenhanced"));
	/* The built-in style is there, and it leaves terminal and output to us. */
	assert_non_null(strstr(sc, "set style line 101"));
	assert_null(strstr(sc, "set terminal svg"));
	free(sc);
}

/* A line of the built-in style (plots/default.gp) that starts with what. */
static int style_has(const char *what)
{
	size_t n = strlen(what);

	for (const char *s = gp_default; s; s = strchr(s, '\n'), s = s ? s + 1 : NULL)
		if (strncmp(s, what, n) == 0)
			return 1;
	return 0;
}

/* The style numbers the script refers to (report.h's GP_*) are the ones
 * plots/default.gp defines: renumber one and this fails. */
static void test_plot_default_style_defines_the_numbers_the_script_uses(void **state)
{
	char want[64];

	(void)state;
	snprintf(want, sizeof(want), "set style line %d ", GP_LS_CLAIM);
	assert_true(style_has(want));
	snprintf(want, sizeof(want), "set style line %d ", GP_LS_FLAGGED);
	assert_true(style_has(want));
	for (int k = 1; k <= GP_LINETYPES; k++) {
		snprintf(want, sizeof(want), "set linetype %d ", k);
		assert_true(style_has(want));
	}
	snprintf(want, sizeof(want), "set linetype %d ", GP_LINETYPES + 1);
	assert_false(style_has(want));
	snprintf(want, sizeof(want), "set linetype cycle %d", GP_LINETYPES);
	assert_true(style_has(want));
	snprintf(want, sizeof(want), "pointtype %d", GP_PT_DOT);
	assert_non_null(strstr(gp_default, want));
	assert_string_equal(GP_STR(GP_LS_EARLIER), "102");
}

static void test_plot_script_neutralises_hostile_title(void **state)
{
	struct plot_spec s = chart("c.svg");
	int rc;
	char *sc;

	(void)state;
	s.title = "it's\nsystem(\"rm -rf /\")\r\n`touch /tmp/x` @macro {b} ^2 _x & ~";
	s.note = "line one\nsystem('id')";
	sc = script_of(&s, &rc);
	assert_int_equal(rc, 0);
	assert_false(has_line(sc, "system(\"rm -rf /\")"));
	for (const char *p = sc; p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		assert_false(!strncmp(p, "system", 6));
	assert_true(has_line(sc, "set title 'it'.\"'\".'s system(\"rm -rf /\")  "
				 "`touch /tmp/x` @macro {b} ^2 _x & ~' noenhanced"));
	assert_non_null(strstr(sc, "set label 901 'line one system('.\"'\".'id'.\"'\".')' at screen"));
	free(sc);
}

static void test_plot_script_replaces_invalid_utf8_in_labels(void **state)
{
	struct plot_spec s = chart("c.svg");
	int rc;
	char *sc;

	(void)state;
	s.title = "Nizhneleninskoye\xE2\x80\x99s \xC0\xAF bad \xFF";
	sc = script_of(&s, &rc);
	assert_int_equal(rc, 0);
	assert_true(has_line(sc, "set title 'Nizhneleninskoye\xE2\x80\x99s "
				 "\xEF\xBF\xBD\xEF\xBF\xBD bad \xEF\xBF\xBD' noenhanced"));
	free(sc);
}

/* Issue 11, item 13: U+FFFF (and U+FFFE, C1 controls) made an SVG no XML
 * parser reads; they become U+FFFD (and spaces). */
static void test_plot_script_replaces_xml_noncharacters(void **state)
{
	struct plot_spec s = chart("c.svg");
	int rc;
	char *sc;

	(void)state;
	s.title = "a\xEF\xBF\xBF b\xEF\xBF\xBE c\xC2\x85" "d";
	sc = script_of(&s, &rc);
	assert_int_equal(rc, 0);
	assert_true(has_line(sc, "set title 'a\xEF\xBF\xBD b\xEF\xBF\xBD c d' noenhanced"));
	free(sc);
}

/* Issue 11, item 7: gnuplot reads a leading '' as an empty string, so a label
 * starting with an apostrophe is built from pieces. */
static void test_plot_script_quotes_labels_that_start_with_an_apostrophe(void **state)
{
	struct plot_spec s = chart("c.svg");
	int rc;
	char *sc;

	(void)state;
	s.title = "'quoted' ''twice";
	s.ylabel = "'";
	s.note = "";
	sc = script_of(&s, &rc);
	assert_int_equal(rc, 0);
	assert_true(has_line(sc, "set title \"'\".'quoted'.\"'\".' '.\"''\".'twice' noenhanced"));
	assert_true(has_line(sc, "set ylabel \"'\" noenhanced"));
	assert_non_null(strstr(sc, "set label 901 '' at screen"));
	free(sc);
}

static void test_plot_script_puts_scaled_series_in_datablocks(void **state)
{
	struct plot_spec s = chart("c.svg");
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	d = datablock(sc, "$s1");
	assert_string_equal(d, "2023-05-01 10.2\n2023-06-01 10.9\n2023-07-01 11.1\n"
			       "2023-08-01 11.5\n2023-09-01 10.8\n2023-10-01 11.9\n"
			       "2023-11-01 12.4\n2023-12-01 12.1\n");
	free(d);
	d = datablock(sc, "$s2");
	assert_non_null(strstr(d, "2023-08-01 7.8\n"));
	free(d);
	/* Marks: date, value, key group, flagged, panel, axis, and (two
	   sources for October) the place in the period's row. */
	d = datablock(sc, "$marks");
	assert_string_equal(d, "2023-08-01 11.5 1 0 0 1 0\n2023-10-01 13 2 1 0 1 0.5\n"
			       "2023-10-01 12 1 0 0 1 -0.5\n");
	free(d);
	/* A series without a title is named by its code, in the one legend. */
	assert_non_null(strstr(sc, "$s2 using 1:2 axes x1y1 with lines linetype 2 dashtype 1 notitle"));
	assert_non_null(strstr(sc, "NaN with lines linetype 2 dashtype 1 title 'M_CN' noenhanced"));
	assert_non_null(strstr(sc, "title 'reuters-2023-09-19.txt' noenhanced"));
	assert_non_null(strstr(sc, "$4 == 1 && $5 == 0 && $6 == 1) ? $2 : NaN) axes x1y1 "
			    "with points linestyle 101"));
	free(sc);
}

static void test_plot_script_maps_each_period_form_to_its_first_day(void **state)
{
	static const struct plot_point pts[] = {
		{ "2023", 1 }, { "2023-Q1", 2 }, { "2023-Q3", 3 }, { "2023-Q4", 4 },
		{ "2023-08", 5 }, { "2023-09-19", 6 },
		/* Not drawable: skipped, with a warning. */
		{ "2023-13", 7 }, { "2023-Q5", 8 }, { "", 9 }, { "2023-02-30", 10 },
		{ "2024-01", NAN },
	};
	const struct plot_line l = { { .code = "X" }, pts, ARRAY_SIZE(pts), NULL, NULL, 0, NULL, 0 };
	struct plot_spec s = { .out_path = "c.pdf", .lines = &l, .nlines = 1 };
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	d = datablock(sc, "$s1");
	/* The blank line: Q2 is missing between Q1 and Q3 (a gap, not interpolated). */
	assert_string_equal(d, "2023-01-01 1\n2023-01-01 2\n\n2023-07-01 3\n2023-10-01 4\n"
			       "2023-08-01 5\n2023-09-19 6\n");
	free(d);
	free(sc);
}

static void test_plot_script_draws_levels_near_zero_from_zero(void **state)
{
	static const struct plot_point level[] = { { "1985-01", 265 }, { "2018-10", 52000 } };
	static const struct plot_point rate[] = { { "2015-01", 6.1 }, { "2023-09", 7.3 } };
	static const struct plot_point neg[] = { { "2023-01", -8 }, { "2023-02", 3 } };
	struct plot_line l = { { .code = "X" }, level, 2, NULL, NULL, 0, NULL, 0 };
	struct plot_spec s = { .out_path = "c.svg", .lines = &l, .nlines = 1 };
	int rc;
	char *sc;

	(void)state;
	sc = script_of(&s, &rc);
	assert_non_null(strstr(sc, "set yrange [0:60000]"));
	/* Thousands separators on the ticks. */
	assert_non_null(strstr(sc, "set ytics ('0' 0, '10,000' 10000, '20,000' 20000,"));
	/* One series and no claims: no key either. */
	assert_non_null(strstr(sc, "unset key"));
	assert_null(strstr(sc, "set key at"));
	free(sc);
	l.pts = rate;
	sc = script_of(&s, &rc);
	assert_non_null(strstr(sc, "set yrange [6:7.4]"));
	assert_non_null(strstr(sc, "'6.2' 6.2"));
	free(sc);
	l.pts = neg;
	sc = script_of(&s, &rc);
	assert_non_null(strstr(sc, "set yrange [-10:4]"));
	assert_non_null(strstr(sc, "'-10' -10"));
	free(sc);
}

static void test_plot_script_draws_earlier_vintages_faint_and_first(void **state)
{
	static const struct plot_point now[] = { { "2016-01", 37 }, { "2016-02", 36.07 } };
	static const struct plot_point then[] = { { "2016-01", 37.2 }, { "2016-02", 36.16 } };
	const struct plot_line l[] = {
		{ { .code = "IMPCH", .title = "Imports" }, now, 2, NULL, NULL, 0, NULL, 0 },
		{ { .code = "IMPCH", .title = "Imports" }, then, 2, "2017-03-03", NULL, 0, NULL, 0 },
		{ { .code = "IMPCH", .title = "Imports" }, then, 2, "2019-05-10", NULL, 0, NULL, 0 },
	};
	struct plot_spec s = { .out_path = "c.svg", .lines = l, .nlines = 3 };
	int rc;
	char *sc = script_of(&s, &rc), *faint, *latest;

	(void)state;
	assert_int_equal(rc, 0);
	faint = strstr(sc, "$s2 using 1:2 axes x1y1 with lines linestyle 102 notitle");
	latest = strstr(sc, "$s1 using 1:2 axes x1y1 with lines linetype 1 dashtype 1 notitle");
	assert_non_null(faint);
	assert_non_null(latest);
	assert_true(faint < latest);	/* drawn behind */
	assert_non_null(strstr(sc, "$s3 using 1:2 axes x1y1 with lines linestyle 102 notitle"));
	assert_non_null(strstr(sc, "NaN with lines linestyle 102 title 'earlier vintages'"));
	free(sc);
}

static void test_plot_script_breaks_line_at_missing_periods(void **state)
{
	static const struct plot_point pts[] = {
		{ "2022-07", 10 }, { "2022-08", 11 }, { "2023-07", 9 }, { "2023-08", 12 },
		{ "2023-09", 12 }, { "2025", 1 }, { "2027", 2 },
	};
	const struct plot_line l = { { .code = "X" }, pts, ARRAY_SIZE(pts), NULL, NULL, 0, NULL, 0 };
	struct plot_spec s = { .out_path = "c.svg", .lines = &l, .nlines = 1 };
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	d = datablock(sc, "$s1");
	/* Jul-Aug 2022, then Jul-Sep 2023: a break between; a month then a year
	   are different calendars (no break); 2025 to 2027 misses 2026. */
	assert_string_equal(d, "2022-07-01 10\n2022-08-01 11\n\n2023-07-01 9\n2023-08-01 12\n"
			       "2023-09-01 12\n2025-01-01 1\n\n2027-01-01 2\n");
	/* Points are marked when a series has gaps, or a lone month would vanish. */
	assert_non_null(strstr(sc, "with linespoints"));
	free(d);
	free(sc);
}

static void test_plot_script_draws_lone_point_and_skips_undrawable_marks(void **state)
{
	static const struct plot_point one[] = { { "2023-Q2", 5e9 } };
	const struct plot_line l = { { .code = "X", .title = "Annual" }, one, 1, NULL, NULL, 0, NULL, 0 };
	const struct plot_mark m[] = {
		{ "", 1e9, "undated.txt", 1, 0 },
		{ "2023-06", NAN, "nan.txt", 1, 0 },
		{ "2023-06", 2e9, NULL, 0, 0 },
	};
	struct plot_spec s = { .out_path = "c.svg", .yscale = 1e9,
			       .lines = &l, .nlines = 1, .marks = m, .nmarks = 3 };
	int rc;
	char *sc = script_of(&s, &rc), *d;

	(void)state;
	assert_int_equal(rc, 0);
	assert_non_null(strstr(sc, "$s1 using 1:2 axes x1y1 with points linetype 1 dashtype 1 notitle"));
	assert_non_null(strstr(sc, "NaN with points linetype 1 dashtype 1 title 'Annual'"));
	d = datablock(sc, "$marks");
	assert_string_equal(d, "2023-06-01 2 1 0 0 1\n");
	free(d);
	/* The one drawable mark has no label, and no finding is drawn. */
	assert_non_null(strstr(sc, "title 'article claims'"));
	assert_null(strstr(sc, "undated.txt"));
	assert_null(strstr(sc, "nan.txt"));
	assert_null(strstr(sc, "linestyle 101 title"));
	free(sc);
}

static void test_plot_script_data_cannot_forge_eod(void **state)
{
	struct plot_mark m[] = {
		{ "EOD", 1, "EOD", 1, 0 },
		{ "2023-01", 2, "x\nEOD\nsystem('id')", 1, 0 },
	};
	struct plot_spec s = chart("c.svg");
	int rc, eods = 0, blocks = 0, inside = 0;
	char *sc;

	(void)state;
	s.marks = m;
	s.nmarks = ARRAY_SIZE(m);
	sc = script_of(&s, &rc);
	assert_int_equal(rc, 0);
	/* Inside a datablock every line is "DATE NUMBER..." until its one EOD. */
	for (const char *p = sc, *nl; (nl = strchr(p, '\n')); p = nl + 1) {
		size_t n = (size_t)(nl - p);

		if (n > 7 && !strncmp(nl - 7, " << EOD", 7)) {
			assert_int_equal(inside, 0);
			inside = 1;
			blocks++;
		} else if (inside && n == 3 && !strncmp(p, "EOD", 3)) {
			inside = 0;
			eods++;
		} else if (inside) {
			assert_true(n > 11 && p[4] == '-' && p[7] == '-' && p[10] == ' ');
			for (const char *q = p; q < nl; q++)
				assert_non_null(strchr("0123456789.- ", *q));
		}
	}
	assert_int_equal(blocks, 3);
	assert_int_equal(eods, 3);
	assert_non_null(strstr(sc, "title 'x EOD system('.\"'\".'id'.\"'\".')' noenhanced"));
	free(sc);
}

static void test_plot_script_groups_many_sources_in_key(void **state)
{
	char names[12][16];
	struct plot_mark m[12];
	struct plot_spec s = chart("c.svg");
	int rc;
	char *sc;

	(void)state;
	for (int i = 0; i < 12; i++) {
		snprintf(names[i], sizeof(names[i]), "doc%d", i);
		m[i] = (struct plot_mark){ "2023-08", i, names[i], 0, 0 };
	}
	s.marks = m;
	s.nmarks = 12;
	sc = script_of(&s, &rc);
	assert_int_equal(rc, 0);
	assert_non_null(strstr(sc, "title 'doc7'"));
	assert_null(strstr(sc, "title 'doc8'"));
	assert_non_null(strstr(sc, "$3 == 9 && $5 == 0 && $6 == 1) ? $2 : NaN) axes x1y1 with points "
			    "linestyle 100 pointtype 1 notitle"));
	assert_non_null(strstr(sc, "NaN with points linestyle 100 pointtype 1 title 'other sources'"));
	/* No finding, no key entry for findings. */
	assert_null(strstr(sc, "linestyle 101 title"));
	free(sc);
}

static void test_plot_script_uses_given_style(void **state)
{
	struct plot_spec s = chart("c.svg");
	int rc;
	char *sc;

	(void)state;
	s.style = "set grid # no newline at the end";
	sc = script_of(&s, &rc);
	assert_int_equal(rc, 0);
	assert_true(has_line(sc, "set grid # no newline at the end"));
	assert_null(strstr(sc, "set style line 101"));
	free(sc);
}

static void test_plot_script_refuses_unknown_extension_and_empty_chart(void **state)
{
	struct plot_spec s = chart("chart.jpg");
	struct plot_spec empty = { .out_path = "c.svg" };
	int rc;

	(void)state;
	free(script_of(&s, &rc));
	assert_int_equal(rc, -1);
	free(script_of(&empty, &rc));
	assert_int_equal(rc, -1);
	s.out_path = "bad\npath.svg";
	free(script_of(&s, &rc));
	assert_int_equal(rc, -1);
	assert_int_equal(plot_run(&empty), -1);
}

/* ---- real gnuplot runs ------------------------------------------------ */

static int have_gnuplot(void)
{
	const char *path = getenv("PATH");
	char *dirs, *dir, *save = NULL, full[4096];
	int found = 0;

	if (!path)
		return 0;
	dirs = strdup(path);
	for (dir = strtok_r(dirs, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
		snprintf(full, sizeof(full), "%s/gnuplot", *dir ? dir : ".");
		found = access(full, X_OK) == 0;
	}
	free(dirs);
	return found;
}

/* A fresh temporary directory per test, removed with what is left in it. */
static int make_dir(void **state)
{
	char *d = strdup("/tmp/tradestat-plot-XXXXXX");

	if (!mkdtemp(d))
		return -1;
	*state = d;
	return 0;
}

static int remove_dir(void **state)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", (char *)*state);
	free(*state);
	return system(cmd) == 0 ? 0 : -1;
}

/* The first n bytes of path into buf; returns the file's size (0 if missing). */
static long file_head(const char *path, char *buf, size_t n)
{
	struct stat st;
	FILE *f = fopen(path, "rb");

	memset(buf, 0, n);
	if (!f)
		return 0;
	if (fread(buf, 1, n, f) == 0)
		buf[0] = '\0';
	fclose(f);
	return stat(path, &st) == 0 ? (long)st.st_size : 0;
}

/* Number of entries in dir other than . and .., to catch stray temp files. */
static int dir_entries(const char *dir)
{
	char cmd[160];
	FILE *p;
	int n = -1;

	snprintf(cmd, sizeof(cmd), "ls -A '%s' | wc -l", dir);
	p = popen(cmd, "r");
	assert_non_null(p);
	assert_int_equal(fscanf(p, "%d", &n), 1);
	pclose(p);
	return n;
}

static void test_plot_run_writes_svg(void **state)
{
	char path[256], head[64];
	struct plot_spec s;

	if (!have_gnuplot())
		skip();
	snprintf(path, sizeof(path), "%s/chart.svg", (char *)*state);
	s = chart(path);
	s.title = "Exports <script>alert(1)</script> & it's {fine} ^_^";
	assert_int_equal(plot_run(&s), 0);
	assert_true(file_head(path, head, sizeof(head)) > 1000);
	assert_true(!strncmp(head, "<?xml", 5) || !strncmp(head, "<svg", 4));
	assert_int_equal(dir_entries(*state), 1);
}

static void test_plot_run_writes_png(void **state)
{
	char path[256], head[8];
	struct plot_spec s;

	if (!have_gnuplot())
		skip();
	snprintf(path, sizeof(path), "%s/chart.png", (char *)*state);
	s = chart(path);
	assert_int_equal(plot_run(&s), 0);
	assert_true(file_head(path, head, sizeof(head)) > 1000);
	assert_memory_equal(head, "\x89PNG\r\n\x1a\n", 8);
	assert_int_equal(dir_entries(*state), 1);
	if (getenv("TRADESTAT_KEEP_PNG")) {
		char cmd[600];

		snprintf(cmd, sizeof(cmd), "cp '%s' '%s'", path, getenv("TRADESTAT_KEEP_PNG"));
		assert_int_equal(system(cmd), 0);
	}
}

static void test_plot_run_failure_leaves_previous_file_alone(void **state)
{
	char path[256], head[16];
	struct plot_spec s;
	FILE *f;

	if (!have_gnuplot())
		skip();
	snprintf(path, sizeof(path), "%s/chart.svg", (char *)*state);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("previous chart", f);
	fclose(f);
	s = chart(path);
	s.style = "set no_such_option\n";
	assert_int_equal(plot_run(&s), -1);
	assert_int_equal(file_head(path, head, sizeof(head)), 14);
	assert_string_equal(head, "previous chart");
	assert_int_equal(dir_entries(*state), 1);

	/* With no earlier file, a failed run leaves none. */
	unlink(path);
	assert_int_equal(plot_run(&s), -1);
	assert_int_equal(dir_entries(*state), 0);
}

/* Issue 11, item 7: such a chart is drawn, the title shown as written. */
static void test_plot_run_draws_a_title_that_starts_with_an_apostrophe(void **state)
{
	char path[256], cmd[400];
	struct plot_spec s;

	if (!have_gnuplot())
		skip();
	snprintf(path, sizeof(path), "%s/'chart.svg", (char *)*state);
	s = chart(path);
	s.title = "'Exports' of 'x";
	assert_int_equal(plot_run(&s), 0);
	snprintf(cmd, sizeof(cmd), "grep -q \"&#39;Exports&#39; of &#39;x\\|'Exports' of 'x\" \"%s\"",
		 path);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(dir_entries(*state), 1);
}

/* Issue 11, item 6: gnuplot exits 0 after a failed write; a truncated chart
 * is caught by its missing end, and the previous chart stays. */
static void test_plot_run_refuses_a_truncated_chart(void **state)
{
	static const char *const exts[] = { "svg", "png", "pdf" };
	char path[256], head[16];
	struct plot_spec s;
	struct rlimit old, lim;
	FILE *f;

	if (!have_gnuplot())
		skip();
	/* What a full disk does: writes past 4 KiB fail (the signal ignored,
	   as a full disk sends none), gnuplot carries on and exits 0. */
	signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	lim = old;
	lim.rlim_cur = 4096;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	for (size_t i = 0; i < 3; i++) {
		snprintf(path, sizeof(path), "%s/chart.%s", (char *)*state, exts[i]);
		f = fopen(path, "w");
		assert_non_null(f);
		fputs("previous chart", f);
		fclose(f);
		s = chart(path);
		assert_int_equal(plot_run(&s), -1);
		assert_int_equal(file_head(path, head, sizeof(head)), 14);
		assert_string_equal(head, "previous chart");
		assert_int_equal(dir_entries(*state), (int)i + 1);
	}
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, SIG_DFL);
	/* The same chart with room to write it is complete, and replaces it. */
	s = chart(path);
	assert_int_equal(plot_run(&s), 0);
	assert_true(file_head(path, head, sizeof(head)) > 4096);
}

static void test_plot_run_reports_missing_gnuplot(void **state)
{
	char path[256], *old = getenv("PATH") ? strdup(getenv("PATH")) : NULL;
	struct plot_spec s;
	int rc;

	snprintf(path, sizeof(path), "%s/chart.png", (char *)*state);
	s = chart(path);
	assert_int_equal(setenv("PATH", *(char **)state, 1), 0);
	rc = plot_run(&s);
	if (old) {
		setenv("PATH", old, 1);
		free(old);
	}
	assert_int_equal(rc, -1);
	assert_int_equal(dir_entries(*state), 0);
}

/* The whole of a small file as a string (the caller frees it), or NULL. */
static char *file_text(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *s;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	s = calloc(1, (size_t)n + 1);
	if (fread(s, 1, (size_t)n, f) != (size_t)n)
		s[0] = '\0';
	fclose(f);
	return s;
}

/* 1 if an SVG shows text as a text element (a key entry), not only as a <title>. */
static int has_key_entry(const char *svg, const char *text)
{
	char a[128], b[128];

	snprintf(a, sizeof(a), "<text>%s</text>", text);
	snprintf(b, sizeof(b), ">%s</tspan>", text);
	return strstr(svg, a) || strstr(svg, b);
}

/*
 * Puts a "gnuplot" first on PATH that counts its runs in DIR/runs and then
 * runs the real one. Returns the old PATH (the caller restores and frees it).
 */
static char *count_gnuplot_runs(const char *dir)
{
	const char *path = getenv("PATH");
	char *dirs = strdup(path), *d, *save = NULL, real[4096] = "", wrapper[512], newpath[8192];
	FILE *f;

	for (d = strtok_r(dirs, ":", &save); d && !real[0]; d = strtok_r(NULL, ":", &save)) {
		snprintf(real, sizeof(real), "%s/gnuplot", *d ? d : ".");
		if (access(real, X_OK) != 0)
			real[0] = '\0';
	}
	free(dirs);
	assert_true(real[0]);
	snprintf(wrapper, sizeof(wrapper), "%s/bin", dir);
	assert_int_equal(mkdir(wrapper, 0777), 0);
	strcat(wrapper, "/gnuplot");
	f = fopen(wrapper, "w");
	assert_non_null(f);
	fprintf(f, "#!/bin/sh\necho run >> '%s/runs'\nexec '%s' \"$@\"\n", dir, real);
	fclose(f);
	assert_int_equal(chmod(wrapper, 0755), 0);
	snprintf(newpath, sizeof(newpath), "%s/bin:%s", dir, path);
	path = strdup(path);
	setenv("PATH", newpath, 1);
	return (char *)path;
}

static void test_plot_run_many_draws_every_chart_with_one_gnuplot(void **state)
{
	const char *dir = *state;
	char p1[256], p2[256], p3[256], runs[256], head[8], *old, *svg1, *svg3, *count;
	struct plot_spec s[3];

	if (!have_gnuplot())
		skip();
	snprintf(p1, sizeof(p1), "%s/one.svg", dir);
	snprintf(p2, sizeof(p2), "%s/two.png", dir);
	snprintf(p3, sizeof(p3), "%s/three.svg", dir);
	snprintf(runs, sizeof(runs), "%s/runs", dir);
	/* One series and no claims: that chart unsets the key... */
	s[0] = chart(p1);
	s[0].nlines = 1, s[0].nmarks = 0;
	s[0].title = "First <chart> it's";
	s[1] = chart(p2);
	/* ...which must not leak into the next chart of the same gnuplot. */
	s[2] = chart(p3);
	old = count_gnuplot_runs(dir);
	assert_int_equal(plot_run_many(s, 3), 0);
	setenv("PATH", old, 1);
	free(old);
	count = file_text(runs);
	assert_string_equal(count, "run\n");
	free(count);
	svg1 = file_text(p1);
	svg3 = file_text(p3);
	assert_non_null(strstr(svg1, "</svg>"));
	assert_non_null(strstr(svg3, "</svg>"));
	assert_non_null(strstr(svg1, "First &lt;chart"));
	/* A key entry is a <text>; the <title> of the plot element is always there. */
	assert_false(has_key_entry(svg1, "Exports to China"));	/* no key */
	assert_true(has_key_entry(svg3, "Exports to China"));	/* key is back */
	free(svg1), free(svg3);
	assert_true(file_head(p2, head, sizeof(head)) > 1000);
	assert_memory_equal(head, "\x89PNG\r\n\x1a\n", 8);
	assert_int_equal(dir_entries(dir), 5);	/* three charts, bin/, runs */
}

static void test_plot_run_many_failure_touches_no_chart(void **state)
{
	const char *dir = *state;
	char p1[256], p2[256], head[16];
	struct plot_spec s[2];
	FILE *f;

	if (!have_gnuplot())
		skip();
	snprintf(p1, sizeof(p1), "%s/good.svg", dir);
	snprintf(p2, sizeof(p2), "%s/bad.svg", dir);
	f = fopen(p1, "w");
	assert_non_null(f);
	fputs("previous chart", f);
	fclose(f);
	s[0] = chart(p1);
	s[1] = chart(p2);
	s[1].style = "set no_such_option\n";
	assert_int_equal(plot_run_many(s, 2), -1);
	/* The good chart was drawn, but the batch failed: neither is moved in. */
	assert_int_equal(file_head(p1, head, sizeof(head)), 14);
	assert_string_equal(head, "previous chart");
	assert_int_equal(dir_entries(dir), 1);

	/* A chart that cannot be made stops the batch the same way. */
	s[1] = chart(p2);
	s[1].nlines = 0, s[1].nmarks = 0;
	assert_int_equal(plot_run_many(s, 2), -1);
	assert_int_equal(file_head(p1, head, sizeof(head)), 14);
	assert_int_equal(dir_entries(dir), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plot_terminal_follows_extension_in_any_case),
		cmocka_unit_test(test_plot_script_sets_terminal_output_and_time_axis),
		cmocka_unit_test(test_plot_script_neutralises_hostile_title),
		cmocka_unit_test(test_plot_script_replaces_invalid_utf8_in_labels),
		cmocka_unit_test(test_plot_script_replaces_xml_noncharacters),
		cmocka_unit_test(test_plot_script_quotes_labels_that_start_with_an_apostrophe),
		cmocka_unit_test(test_plot_script_puts_scaled_series_in_datablocks),
		cmocka_unit_test(test_plot_script_maps_each_period_form_to_its_first_day),
		cmocka_unit_test(test_plot_script_breaks_line_at_missing_periods),
		cmocka_unit_test(test_plot_script_draws_earlier_vintages_faint_and_first),
		cmocka_unit_test(test_plot_script_draws_levels_near_zero_from_zero),
		cmocka_unit_test(test_plot_script_draws_lone_point_and_skips_undrawable_marks),
		cmocka_unit_test(test_plot_script_data_cannot_forge_eod),
		cmocka_unit_test(test_plot_script_groups_many_sources_in_key),
		cmocka_unit_test(test_plot_script_uses_given_style),
		cmocka_unit_test(test_plot_default_style_defines_the_numbers_the_script_uses),
		cmocka_unit_test(test_plot_script_refuses_unknown_extension_and_empty_chart),
		cmocka_unit_test_setup_teardown(test_plot_run_writes_svg, make_dir, remove_dir),
		cmocka_unit_test_setup_teardown(test_plot_run_writes_png, make_dir, remove_dir),
		cmocka_unit_test_setup_teardown(test_plot_run_failure_leaves_previous_file_alone,
						make_dir, remove_dir),
		cmocka_unit_test_setup_teardown(test_plot_run_draws_a_title_that_starts_with_an_apostrophe,
						make_dir, remove_dir),
		cmocka_unit_test_setup_teardown(test_plot_run_refuses_a_truncated_chart,
						make_dir, remove_dir),
		cmocka_unit_test_setup_teardown(test_plot_run_reports_missing_gnuplot,
						make_dir, remove_dir),
		cmocka_unit_test_setup_teardown(test_plot_run_many_draws_every_chart_with_one_gnuplot,
						make_dir, remove_dir),
		cmocka_unit_test_setup_teardown(test_plot_run_many_failure_touches_no_chart,
						make_dir, remove_dir),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
