/*
 * test_csvout.c - the RFC 4180 writer: quoting, line ends, BOM, formula
 * neutralisation, numbers, UTF-8 and NUL bytes, and write errors.
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

#include "report/report.h"

/* A writer on a memory stream; done() finishes it and hands back the bytes. */
struct sink {
	struct csvout w;
	FILE *f;
	char *s;
	size_t len;
};

static void open_sink(struct sink *k, unsigned flags)
{
	k->s = NULL;
	k->len = 0;
	k->f = open_memstream(&k->s, &k->len);
	assert_non_null(k->f);
	csvout_init(&k->w, k->f, flags);
}

static void done(struct sink *k)
{
	assert_int_equal(csvout_finish(&k->w), 0);
	assert_int_equal(fclose(k->f), 0);
}

/* The bytes written, compared with want[0..n) (n, because of NULs and BOMs). */
static void assert_bytes(struct sink *k, const char *want, size_t n)
{
	if (k->len != n || memcmp(k->s, want, n))
		fail_msg("got %zu bytes '%.*s', want %zu bytes '%.*s'",
			 k->len, (int)k->len, k->s, n, (int)n, want);
	free(k->s);
}

#define ASSERT_OUT(k, lit) assert_bytes((k), (lit), sizeof(lit) - 1)

/* One text cell, one row, LF: the whole file as a string. */
static void assert_cell(const char *in, size_t n, const char *want, size_t wn)
{
	struct sink k;

	open_sink(&k, 0);
	csvout_text(&k.w, in, n);
	csvout_end_row(&k.w);
	done(&k);
	assert_bytes(&k, want, wn);
}

#define ASSERT_CELL(in, want) assert_cell((in), strlen(in), (want), sizeof(want) - 1)

static void test_csvout_quotes_only_fields_that_need_it(void **state)
{
	(void)state;
	ASSERT_CELL("plain text", "plain text\n");
	ASSERT_CELL("a,b", "\"a,b\"\n");
	ASSERT_CELL("two\nlines", "\"two\nlines\"\n");
	ASSERT_CELL("cr\rhere", "\"cr\rhere\"\n");
	ASSERT_CELL("", "\n");
}

static void test_csvout_doubles_quotes_inside_a_field(void **state)
{
	(void)state;
	ASSERT_CELL("the \"record\" figure", "\"the \"\"record\"\" figure\"\n");
	ASSERT_CELL("\"", "\"\"\"\"\n");
}

static void test_csvout_separates_cells_and_ends_rows_with_lf(void **state)
{
	struct sink k;

	(void)state;
	open_sink(&k, 0);
	csvout_str(&k.w, "series");
	csvout_str(&k.w, "period");
	csvout_str(&k.w, NULL);
	csvout_end_row(&k.w);
	csvout_str(&k.w, "X");
	csvout_empty(&k.w);
	csvout_int(&k.w, 7);
	csvout_end_row(&k.w);
	done(&k);
	ASSERT_OUT(&k, "series,period,\nX,,7\n");
}

static void test_csvout_ends_rows_with_crlf_when_asked(void **state)
{
	struct sink k;

	(void)state;
	open_sink(&k, CSVOUT_CRLF);
	csvout_str(&k.w, "a");
	csvout_str(&k.w, "b\nc");
	csvout_end_row(&k.w);
	csvout_int(&k.w, 1);
	csvout_end_row(&k.w);
	done(&k);
	/* The LF inside a quoted field stays as written. */
	ASSERT_OUT(&k, "a,\"b\nc\"\r\n1\r\n");
}

static void test_csvout_writes_bom_once_before_first_cell(void **state)
{
	struct sink k;

	(void)state;
	open_sink(&k, CSVOUT_BOM);
	csvout_str(&k.w, "period");
	csvout_end_row(&k.w);
	csvout_str(&k.w, "2023-08");
	csvout_end_row(&k.w);
	done(&k);
	ASSERT_OUT(&k, "\xEF\xBB\xBFperiod\n2023-08\n");

	open_sink(&k, CSVOUT_BOM | CSVOUT_CRLF);
	csvout_num(&k.w, -8);
	csvout_end_row(&k.w);
	done(&k);
	ASSERT_OUT(&k, "\xEF\xBB\xBF-8\r\n");

	open_sink(&k, 0);
	csvout_str(&k.w, "x");
	csvout_end_row(&k.w);
	done(&k);
	ASSERT_OUT(&k, "x\n");
}

static void test_csvout_neutralises_each_formula_trigger(void **state)
{
	(void)state;
	ASSERT_CELL("=1+1", "\"'=1+1\"\n");
	ASSERT_CELL("+1", "\"'+1\"\n");
	ASSERT_CELL("-8", "\"'-8\"\n");
	ASSERT_CELL("@SUM(A1)", "\"'@SUM(A1)\"\n");
	ASSERT_CELL("\tx", "\"'\tx\"\n");
	ASSERT_CELL("\rx", "\"'\rx\"\n");
	ASSERT_CELL("\n=1+1", "\"'\n=1+1\"\n");
	/* Quotes are still doubled behind the apostrophe. */
	ASSERT_CELL("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"\n");
	/* Only the first byte counts. */
	ASSERT_CELL("1=1", "1=1\n");
	ASSERT_CELL(" =1", " =1\n");
}

static void test_csvout_leaves_a_lone_dash_as_written(void **state)
{
	(void)state;
	/* extract names stdin "-" (DESIGN); no spreadsheet runs a lone operator. */
	ASSERT_CELL("-", "-\n");
	ASSERT_CELL("--", "\"'--\"\n");
	ASSERT_CELL("+", "\"'+\"\n");
}

static void test_csvout_keeps_negative_numbers_as_numbers(void **state)
{
	struct sink k;

	(void)state;
	open_sink(&k, 0);
	csvout_num(&k.w, -8);
	csvout_int(&k.w, -42);
	csvout_num(&k.w, -0.65);
	csvout_end_row(&k.w);
	done(&k);
	ASSERT_OUT(&k, "-8,-42,-0.65\n");
}

static void test_csvout_prints_numbers_without_exponent(void **state)
{
	struct sink k;

	(void)state;
	open_sink(&k, 0);
	csvout_num(&k.w, 1.15e10);
	csvout_num(&k.w, 0.000012);
	csvout_num(&k.w, 0.1 + 0.2);
	csvout_int(&k.w, INT64_MIN);
	csvout_end_row(&k.w);
	done(&k);
	ASSERT_OUT(&k, "11500000000,0.000012,0.3,-9223372036854775808\n");
}

static void test_csvout_writes_nan_and_infinity_as_empty_cells(void **state)
{
	struct sink k;

	(void)state;
	open_sink(&k, 0);
	csvout_num(&k.w, NAN);
	csvout_num(&k.w, INFINITY);
	csvout_num(&k.w, -INFINITY);
	csvout_num(&k.w, 1);
	csvout_end_row(&k.w);
	done(&k);
	ASSERT_OUT(&k, ",,,1\n");
}

static void test_csvout_passes_utf8_through_byte_for_byte(void **state)
{
	/* U+2019 RIGHT SINGLE QUOTATION MARK, Cyrillic and a 4-byte emoji. */
	static const char s[] = "Nizhneleninskoye\xE2\x80\x99s \xD0\xB3\xD1\x80\xD1\x83\xD0\xB7 \xF0\x9F\x9A\xA2";

	(void)state;
	assert_cell(s, strlen(s), "Nizhneleninskoye\xE2\x80\x99s \xD0\xB3\xD1\x80\xD1\x83\xD0\xB7 \xF0\x9F\x9A\xA2\n",
		    strlen(s) + 1);
}

static void test_csvout_replaces_nul_with_replacement_character(void **state)
{
	(void)state;
	/* All n bytes are written: the NUL does not end the cell. */
	assert_cell("ab\0cd", 5, "ab\xEF\xBF\xBD" "cd\n", 8);
	assert_cell("\0", 1, "\xEF\xBF\xBD\n", 4);
	assert_cell("a\0\"", 3, "\"a\xEF\xBF\xBD\"\"\"\n", 9);
}

static void test_csvout_finish_reports_write_error_on_full_disk(void **state)
{
	struct csvout w;
	FILE *f = fopen("/dev/full", "w");

	(void)state;
	if (!f)
		skip();
	csvout_init(&w, f, CSVOUT_BOM);
	for (int i = 0; i < 10; i++) {
		csvout_str(&w, "a cell that goes nowhere");
		csvout_num(&w, i);
		csvout_end_row(&w);
	}
	assert_int_equal(csvout_finish(&w), -1);
	fclose(f);
}

static void test_csvout_finish_reports_error_on_unwritable_stream(void **state)
{
	struct csvout w;
	FILE *f = fopen("/dev/null", "r");

	(void)state;
	assert_non_null(f);
	csvout_init(&w, f, 0);
	csvout_str(&w, "x");
	csvout_end_row(&w);
	assert_int_equal(csvout_finish(&w), -1);
	fclose(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csvout_quotes_only_fields_that_need_it),
		cmocka_unit_test(test_csvout_doubles_quotes_inside_a_field),
		cmocka_unit_test(test_csvout_separates_cells_and_ends_rows_with_lf),
		cmocka_unit_test(test_csvout_ends_rows_with_crlf_when_asked),
		cmocka_unit_test(test_csvout_writes_bom_once_before_first_cell),
		cmocka_unit_test(test_csvout_neutralises_each_formula_trigger),
		cmocka_unit_test(test_csvout_leaves_a_lone_dash_as_written),
		cmocka_unit_test(test_csvout_keeps_negative_numbers_as_numbers),
		cmocka_unit_test(test_csvout_prints_numbers_without_exponent),
		cmocka_unit_test(test_csvout_writes_nan_and_infinity_as_empty_cells),
		cmocka_unit_test(test_csvout_passes_utf8_through_byte_for_byte),
		cmocka_unit_test(test_csvout_replaces_nul_with_replacement_character),
		cmocka_unit_test(test_csvout_finish_reports_write_error_on_full_disk),
		cmocka_unit_test(test_csvout_finish_reports_error_on_unwritable_stream),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
