/*
 * test_csvin.c - importing releases: layouts, vintages, and refusing bad
 * files whole (nothing stored when any record is bad).
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

static void test_import_long_layout_stores_one_vintage(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;
	int64_t n[6];

	assert_int_equal(import_text(fx,
		"series,period,value,unit\n"
		"CN.IMP.RU,2023-07,9200000000,USD\n"
		"CN.IMP.RU,2023-08,11500000000,USD\n", NULL, &s), 0);
	assert_int_equal(s.rows, 2);
	assert_int_equal(s.observations, 2);
	assert_int_equal(s.series, 1);
	assert_int_equal(s.vintages, 1);
	counts(fx, n);
	assert_int_equal(n[2], 1);
	assert_int_equal(n[3], 1);
	assert_int_equal(n[4], 2);
}

static void test_import_same_file_twice_is_a_noop(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;
	int64_t n[6];
	const char *text = "series,period,value\nX,2023-01,1\n";

	assert_int_equal(import_text(fx, text, NULL, &s), 0);
	assert_int_equal(s.skipped, 0);
	assert_int_equal(import_text(fx, text, NULL, &s), 0);
	assert_int_equal(s.skipped, 1);
	counts(fx, n);
	assert_int_equal(n[3], 1);
	assert_int_equal(n[4], 1);
}

static void test_import_revision_keeps_old_value(void **state)
{
	struct fixture *fx = *state;
	/* One date alone does not tell a new series' frequency: --freq; the
	 * second release then reads it at the stored one. */
	struct import_opts o1 = { .vintage = "2018-10-10", .source = "fred", .freq = "M" };
	struct import_opts o2 = { .vintage = "2018-10-17", .source = "fred" };
	struct import_stats s;
	struct obs o;
	int64_t n[6];

	assert_int_equal(import_text(fx, "DATE,EXCHUS\n2018-10-01,6.8680\n", &o1, &s), 0);
	assert_int_equal(import_text(fx, "DATE,EXCHUS\n2018-10-01,6.8878\n", &o2, &s), 0);
	counts(fx, n);
	assert_int_equal(n[4], 2);
	o = latest(fx, "EXCHUS");
	assert_int_equal(o.n, 1);
	assert_string_equal(o.period, "2018-10");
	assert_float_equal(o.value, 6.8878, 1e-12);
	assert_string_equal(o.vintage, "2018-10-17");
}

static void test_import_wide_fred_layout_monthly_on_the_first(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;
	struct obs o;

	assert_int_equal(import_text(fx,
		"observation_date,IMPCH\n2016-01-01,37148.5\n2016-02-01,36066.892525\n",
		NULL, &s), 0);
	o = latest(fx, "IMPCH");
	assert_int_equal(o.n, 2);
	assert_string_equal(o.period, "2016-01");
}

static void test_import_daily_series_keeps_dates(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;
	struct obs o;

	assert_int_equal(import_text(fx, "date,D1\n2023-09-01,1\n2023-09-04,2\n", NULL, &s), 0);
	o = latest(fx, "D1");
	assert_string_equal(o.period, "2023-09-01");
}

static void test_import_strips_bom_and_reads_crlf(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;

	assert_int_equal(import_text(fx, "\xEF\xBB\xBFseries,period,value\r\nB,2023,5\r\n",
				     NULL, &s), 0);
	assert_int_equal(s.observations, 1);
	assert_int_equal(latest(fx, "B").n, 1);
}

static void test_import_counts_missing_values_without_storing_them(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;

	assert_int_equal(import_text(fx, "DATE,M\n2020-01-01,.\n2020-02-01,\n2020-03-01,3\n",
				     NULL, &s), 0);
	assert_int_equal(s.missing, 2);
	assert_int_equal(s.observations, 1);
}

static void assert_refused(struct fixture *fx, const char *text)
{
	struct import_stats s;
	int64_t n[6];

	assert_int_equal(import_text(fx, text, NULL, &s), 3);
	counts(fx, n);
	assert_int_equal(n[2], 0);	/* no series */
	assert_int_equal(n[3], 0);	/* no vintage */
	assert_int_equal(n[4], 0);	/* no observation */
}

static void test_import_refuses_bad_number_and_stores_nothing(void **state)
{
	assert_refused(*state, "series,period,value\nA,2023-01,1\nA,2023-02,n/a\n");
}

static void test_import_refuses_thousands_separator_and_decimal_comma(void **state)
{
	/* A grouping nothing opted in, and a decimal comma in a ',' file: refused.
	 * (A ';' file reads its decimal comma: test_import_reads_semicolon_...) */
	assert_refused(*state, "series,period,value\nA,2023-01,\"1,234\"\n");
	assert_refused(*state, "series,period,value\nA,2023-01,\"1,5\"\n");
	assert_refused(*state, "series,period,value\nA,2023-01,\"1,234.5\"\n");
}

static void test_import_reads_semicolon_file_with_decimal_comma(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;
	struct import_opts o = { .vintage = "2024-01-01", .thousands = "." };

	assert_int_equal(import_text(fx, "series;period;value\nA;2023-01;1,5\n", NULL, &s), 0);
	assert_float_equal(latest(fx, "A").value, 1.5, 0);
	assert_int_equal(import_text(fx, "series;period;value\nB;2023-01;1.234,5\n", &o, &s), 0);
	assert_float_equal(latest(fx, "B").value, 1234.5, 0);
}

static void test_import_refuses_overflow_and_nan(void **state)
{
	assert_refused(*state, "series,period,value\nA,2023-01,1e309\n");
	assert_refused(*state, "series,period,value\nA,2023-01,NaN\n");
}

static void test_import_refuses_unknown_period(void **state)
{
	assert_refused(*state, "series,period,value\nA,2023-13,1\n");
	assert_refused(*state, "series,period,value\nA,Aug 2023,1\n");
	assert_refused(*state, "series,period,value\nA,2023-02-30,1\n");
}

static void test_import_refuses_ragged_row_and_open_quote(void **state)
{
	assert_refused(*state, "series,period,value\nA,2023-01\n");
	assert_refused(*state, "series,period,value\nA,2023-01,\"1\n");
}

static void test_import_refuses_duplicate_period_in_one_file(void **state)
{
	assert_refused(*state, "series,period,value\nA,2023-01,1\nA,2023-01,2\n");
}

static void test_import_refuses_header_without_layout(void **state)
{
	assert_refused(*state, "Country,Exchange rate\nChina,6.9\n");
	assert_refused(*state, "");
}

static void test_import_refuses_bad_flow_freq_and_year(void **state)
{
	assert_refused(*state, "series,period,value,flow\nA,2023-01,1,imports\n");
	assert_refused(*state, "series,period,value,freq\nA,2023-01,1,monthly\n");
	assert_refused(*state, "series,period,value\nA,0999-01,1\n");
	assert_refused(*state, "series,period,value\nA,3000,1\n");
}

static void test_import_wide_layout_with_vintage_column(void **state)
{
	struct fixture *fx = *state;
	struct import_opts o = { .vintage = "2024-01-01", .source = "x",
				 .vintage_column = "reported_on" };
	struct import_stats s;

	/* "unit" is a series code here: wide files have no metadata columns. */
	assert_int_equal(import_text(fx, "date,A,reported_on,unit\n"
				     "2023-01-01,1,2023-02-15,7\n2023-02-01,2,2023-03-15,8\n",
				     &o, &s), 0);
	assert_int_equal(s.series, 2);
	assert_int_equal(s.vintages, 2);
	assert_int_equal(s.observations, 4);
	assert_int_equal(latest(fx, "unit").n, 2);
}

static void test_import_vintage_column_makes_one_vintage_per_date(void **state)
{
	struct fixture *fx = *state;
	struct import_opts o = { .vintage = "2024-01-01", .source = "press",
				 .vintage_column = "reported_on" };
	struct import_stats s;
	struct obs ob;

	assert_int_equal(import_text(fx,
		"series,period,value,unit,reported_on\n"
		"CN.IMP.RU,2023-07,9200000000,USD,2023-08-08\n"
		"CN.IMP.RU,2023-08,11500000000,USD,2023-09-07\n", &o, &s), 0);
	assert_int_equal(s.vintages, 2);
	ob = latest(fx, "CN.IMP.RU");
	assert_string_equal(ob.vintage, "2023-08-08");
}

struct meta {
	char unit[16], title[64];
	double value;
	char value_text[32];
};

static int series_meta_row(void *ctx, const struct row *r)
{
	struct meta *m = ctx;

	if (!row_null(r, "unit"))
		str_copy(m->unit, sizeof(m->unit), row_text(r, "unit"), row_len(r, "unit"));
	if (!row_null(r, "title"))
		str_copy(m->title, sizeof(m->title), row_text(r, "title"), row_len(r, "title"));
	m->value = row_double(r, "value");
	return 1;	/* the first row is enough */
}

static void test_import_scale_and_metadata_for_a_bare_fred_file(void **state)
{
	struct fixture *fx = *state;
	struct import_opts o = { .vintage = "2019-05-10", .source = "fred", .scale = 1e6,
				 .unit = "USD", .title = "U.S. imports from China",
				 .reporter = "US", .partner = "CN", .flow = "import",
				 .freq = "M" };
	struct import_stats s;
	struct meta m;
	const struct param p[] = { P_TEXT(":series", "IMPCH") };

	memset(&m, 0, sizeof(m));
	assert_int_equal(import_text(fx, "DATE,IMPCH\n2016-02-01,36081.829315\n", &o, &s), 0);
	assert_int_equal(store_select(fx->st, SQL_EXPORT_SERIES_LONG, p, 1, series_meta_row, &m), 1);
	/* Millions in the file, US dollars in the store (base units). */
	assert_float_equal(m.value, 36081829315.0, 1e-3);
	assert_string_equal(m.unit, "USD");
	assert_string_equal(m.title, "U.S. imports from China");
}

/* Issue 15: the file's unit is used when the user gave none; both given and
 * different is an error naming both, never a silent win of either. */
static void test_import_refuses_file_unit_that_disagrees_with_option(void **state)
{
	struct fixture *fx = *state;
	struct import_opts o = { .vintage = "2024-01-01", .source = "x", .unit = "EUR" };
	struct import_opts same = { .vintage = "2024-01-02", .source = "x", .unit = "usd" };
	struct import_stats s;
	struct meta m;
	const struct param p[] = { P_TEXT(":series", "A") };

	memset(&m, 0, sizeof(m));
	assert_int_equal(import_text(fx, "series,period,value,unit\nA,2023,5,USD\n", &o, &s), 3);
	assert_int_equal(import_text(fx, "series,period,value,unit\nA,2023,5,USD\n", &same, &s), 0);
	assert_int_equal(store_select(fx->st, SQL_EXPORT_SERIES_LONG, p, 1, series_meta_row, &m), 1);
	assert_string_equal(m.unit, "USD");
	assert_float_equal(m.value, 5, 0);
}

static void write_bytes(struct fixture *fx, const char *p, size_t n)
{
	FILE *f = fopen(fx->path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(p, 1, n, f), n);
	fclose(f);
}

static void assert_bytes_refused(struct fixture *fx, const char *p, size_t n)
{
	struct import_opts o = { .vintage = "2024-01-15", .source = "test" };
	struct import_stats s;
	int64_t c[6];

	write_bytes(fx, p, n);
	assert_int_equal(csvin_import(fx->st, fx->path, &o, &s), 3);
	counts(fx, c);
	assert_int_equal(c[2] + c[3] + c[4], 0);
}

static void test_import_refuses_nul_bytes_and_invalid_utf8(void **state)
{
	static const char nul[] = "series,period,value\nA\0B,2023-01,1\n";
	static const char latin1[] = "series,period,value,title\nA,2023-01,1,C\xf4te d'Ivoire\n";
	static const char overlong[] = "series,period,value\nA,2023-01,1\xc0\xaf\n";

	assert_bytes_refused(*state, nul, sizeof(nul) - 1);
	assert_bytes_refused(*state, latin1, sizeof(latin1) - 1);
	assert_bytes_refused(*state, overlong, sizeof(overlong) - 1);
}

static void test_import_refuses_a_line_over_the_limit(void **state)
{
	size_t n = 5u << 20;
	char *p = xmalloc(n);
	const char *head = "series,period,value\nA,2023-01,";

	memcpy(p, head, strlen(head));
	memset(p + strlen(head), '1', n - strlen(head) - 1);
	p[n - 1] = '\n';
	assert_bytes_refused(*state, p, n);
	free(p);
}

static void test_import_reads_lone_cr_line_ends(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;

	assert_int_equal(import_text(fx, "series,period,value\rA,2023-01,1\rA,2023-02,2\r",
				     NULL, &s), 0);
	assert_int_equal(s.observations, 2);
}

struct lines {
	long line[8];
	size_t n;
	char first_name[16];
};

static int lines_row(void *ctx, long line, size_t n, const char *const *names,
		     const char *const *fields)
{
	struct lines *l = ctx;

	(void)fields;
	if (l->n < 8)
		l->line[l->n++] = line;
	if (n > 0)
		str_copy(l->first_name, sizeof(l->first_name), names[0], strlen(names[0]));
	return 0;
}

/* csvin_table on bytes p[0..n): the line of each record. */
static struct lines table_lines(struct fixture *fx, const char *p, size_t n)
{
	struct lines l;

	memset(&l, 0, sizeof(l));
	write_bytes(fx, p, n);
	assert_int_equal(csvin_table(fx->path, lines_row, &l), 0);
	return l;
}

static void test_table_numbers_lines_ending_in_lf_crlf_or_lone_cr(void **state)
{
	static const char *const texts[] = {
		"k,v\nx,1\n\"y\",2\nz,3", "k,v\r\nx,1\r\ny,2\r\nz,3\r\n", "k,v\rx,1\ry,2\rz,3\r",
		"k,v\nx,1\r\ny,2\rz,3\n",
	};

	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		struct lines l = table_lines(*state, texts[i], strlen(texts[i]));

		assert_int_equal(l.n, 3);
		assert_int_equal(l.line[0], 2);
		assert_int_equal(l.line[1], 3);
		assert_int_equal(l.line[2], 4);
	}
}

/* The reader streams 64 KiB chunks: a CRLF or a lone CR split between two
 * chunks still ends exactly one line. */
static void test_table_numbers_lines_across_read_chunks(void **state)
{
	for (int lone = 0; lone < 2; lone++) {
		size_t cut = 65536, n = cut + 64;
		char *p = xmalloc(n);
		struct lines l;
		size_t k = 0;

		memcpy(p, "k,v\nx,", 6);
		k = 6;
		memset(p + k, 'a', cut - 1 - k);	/* line 2 runs to the chunk's end */
		p[cut - 1] = '\r';
		k = cut;
		if (!lone)
			p[k++] = '\n';
		memcpy(p + k, "y,2\nz,3\n", 8);
		n = k + 8;
		l = table_lines(*state, p, n);
		assert_int_equal(l.n, 3);
		assert_int_equal(l.line[1], 3);
		assert_int_equal(l.line[2], 4);
		free(p);
	}
}

static void test_table_skips_a_bom(void **state)
{
	struct lines l = table_lines(*state, "\xEF\xBB\xBF" "file,published\na.txt,2023-09-19\n", 34);

	assert_string_equal(l.first_name, "file");
	assert_int_equal(l.line[0], 2);
}

/* Inside the caller's transaction (import's batch, issue 14) a file is a
 * savepoint: a file that fails while storing leaves nothing, the file
 * before it stays for the caller to commit, and nothing is committed by
 * the files themselves (the caller's rollback takes them all). */
static void test_import_in_a_batch_is_a_savepoint(void **state)
{
	struct fixture *fx = *state;
	struct import_stats s;
	int64_t n[6];

	assert_int_equal(store_begin(fx->st), 0);
	assert_int_equal(import_text(fx, "series,period,value\nA,2023-01,1\n", NULL, &s), 0);
	/* a duplicate period is found in the storing pass, after the series row */
	assert_int_equal(import_text(fx, "series,period,value\nB,2023-01,1\nB,2023-01,2\n",
				     NULL, &s), 3);
	assert_true(store_in_transaction(fx->st));
	counts(fx, n);
	assert_int_equal(n[2], 1);	/* A, not B */
	assert_int_equal(n[3], 1);
	assert_int_equal(store_rollback(fx->st), 0);
	counts(fx, n);
	assert_int_equal(n[2], 0);
	/* The same file twice in one batch: the second sees the first. */
	assert_int_equal(store_begin(fx->st), 0);
	assert_int_equal(import_text(fx, "series,period,value\nA,2023-01,1\n", NULL, &s), 0);
	assert_false(s.skipped);
	assert_int_equal(import_text(fx, "series,period,value\nA,2023-01,1\n", NULL, &s), 0);
	assert_true(s.skipped);
	assert_int_equal(store_commit(fx->st), 0);
	counts(fx, n);
	assert_int_equal(n[3], 1);
	assert_false(store_in_transaction(fx->st));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_import_long_layout_stores_one_vintage, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_same_file_twice_is_a_noop, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_revision_keeps_old_value, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_wide_fred_layout_monthly_on_the_first, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_daily_series_keeps_dates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_strips_bom_and_reads_crlf, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_counts_missing_values_without_storing_them, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_bad_number_and_stores_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_thousands_separator_and_decimal_comma, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_reads_semicolon_file_with_decimal_comma, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_overflow_and_nan, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_unknown_period, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_ragged_row_and_open_quote, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_duplicate_period_in_one_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_header_without_layout, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_vintage_column_makes_one_vintage_per_date, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_bad_flow_freq_and_year, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_wide_layout_with_vintage_column, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_scale_and_metadata_for_a_bare_fred_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_file_unit_that_disagrees_with_option, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_nul_bytes_and_invalid_utf8, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_refuses_a_line_over_the_limit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_reads_lone_cr_line_ends, setup, teardown),
		cmocka_unit_test_setup_teardown(test_table_numbers_lines_ending_in_lf_crlf_or_lone_cr, setup, teardown),
		cmocka_unit_test_setup_teardown(test_table_numbers_lines_across_read_chunks, setup, teardown),
		cmocka_unit_test_setup_teardown(test_table_skips_a_bom, setup, teardown),
		cmocka_unit_test_setup_teardown(test_import_in_a_batch_is_a_savepoint, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
