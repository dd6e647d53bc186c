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
	/* The line after the LF is a cell of its own where ';' splits rows too. */
	ASSERT_CELL("\n=1+1", "\"'\n'=1+1\"\n");
	/* Quotes are still doubled behind the apostrophe. */
	ASSERT_CELL("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"\n");
	/* Otherwise only the first byte counts (and formula starts after ';',
	   TAB, CR, LF: see the test below). */
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

/* Issue 11, item 13: DBL_MAX used to come out as 1.79769313486232e+308. */
static void test_csvout_writes_huge_and_tiny_numbers_as_digits(void **state)
{
	struct sink k;
	char want[400];

	(void)state;
	open_sink(&k, 0);
	csvout_num(&k.w, 1.79769313486231e+308);
	csvout_num(&k.w, -1e-30);
	csvout_end_row(&k.w);
	done(&k);
	assert_null(memchr(k.s, 'e', k.len));
	/* 179769313486231 and 294 zeros; 29 zeros after the point, then 1. */
	snprintf(want, sizeof(want), "179769313486231%0294d,-0.%029d1\n", 0, 0);
	assert_bytes(&k, want, strlen(want));
}

/* Issue 11, item 11: opened with ';' or TAB as separator, a spreadsheet starts
 * a new cell inside the field; the piece after it must not run either. */
static void test_csvout_neutralises_formulas_after_semicolon_and_tab(void **state)
{
	(void)state;
	ASSERT_CELL("rose;=1+1;to $2", "rose;'=1+1;to $2\n");
	ASSERT_CELL("a\t@SUM(A1)", "a\t'@SUM(A1)\n");
	ASSERT_CELL("x;+cmd", "x;'+cmd\n");
	ASSERT_CELL("x; -2+3", "x;' -2+3\n");
	ASSERT_CELL("x;\"=1\"", "\"x;'\"\"=1\"\"\"\n");
	/* A new line splits rows in such an import: the next line is a cell too. */
	ASSERT_CELL("a\n=1+1", "\"a\n'=1+1\"\n");
	/* Only before a formula start: other text after ';' is left as written. */
	ASSERT_CELL("a;b;1", "a;b;1\n");
	ASSERT_CELL("=a;=b", "\"'=a;'=b\"\n");
}

/* Issue 11, item 13: a Latin-1 file name must not make the CSV invalid UTF-8. */
static void test_csvout_replaces_invalid_utf8_with_replacement_character(void **state)
{
	(void)state;
	ASSERT_CELL("caf\xe9.txt", "caf\xEF\xBF\xBD.txt\n");
	ASSERT_CELL("\xc3", "\xEF\xBF\xBD\n");		/* truncated sequence */
	ASSERT_CELL("\xed\xa0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\n"); /* surrogate */
	ASSERT_CELL("caf\xc3\xa9", "caf\xc3\xa9\n");	/* valid UTF-8 untouched */
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

/* Issue 14: integers without printf, every digit and sign. */
static void test_csvout_writes_integers_at_both_ends(void **state)
{
	struct sink k;

	(void)state;
	open_sink(&k, 0);
	csvout_int(&k.w, 0);
	csvout_int(&k.w, -7);
	csvout_int(&k.w, 1234567890);
	csvout_int(&k.w, INT64_MAX);
	csvout_int(&k.w, INT64_MIN);
	csvout_end_row(&k.w);
	done(&k);
	ASSERT_OUT(&k, "0,-7,1234567890,9223372036854775807,-9223372036854775808\n");
}

/* Issue 14: a row is written at its end, whole (a row longer than the
 * writer's buffer too), so a caller's own bytes between rows stay there. */
static void test_csvout_rows_reach_the_stream_whole_and_in_order(void **state)
{
	struct sink k;
	char *big = malloc(10000), *want = malloc(20100);
	size_t n = 0;

	(void)state;
	assert_non_null(big);
	assert_non_null(want);
	memset(big, 'x', 10000);
	open_sink(&k, 0);
	csvout_str(&k.w, "a");
	assert_int_equal(fflush(k.f), 0);
	assert_int_equal(k.len, 0);	/* not before the row's end */
	csvout_num(&k.w, 2.5);
	csvout_end_row(&k.w);
	fputs("between\n", k.f);
	for (int i = 0; i < 2; i++)
		csvout_text(&k.w, big, 10000);
	csvout_text(&k.w, "q\"", 2);
	csvout_end_row(&k.w);
	done(&k);
	n += (size_t)sprintf(want, "a,2.5\nbetween\n");
	memcpy(want + n, big, 10000);
	n += 10000;
	want[n++] = ',';
	memcpy(want + n, big, 10000);
	n += 10000;
	n += (size_t)sprintf(want + n, ",\"q\"\"\"\n");
	assert_bytes(&k, want, n);
	free(big);
	free(want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csvout_quotes_only_fields_that_need_it),
		cmocka_unit_test(test_csvout_writes_integers_at_both_ends),
		cmocka_unit_test(test_csvout_rows_reach_the_stream_whole_and_in_order),
		cmocka_unit_test(test_csvout_doubles_quotes_inside_a_field),
		cmocka_unit_test(test_csvout_separates_cells_and_ends_rows_with_lf),
		cmocka_unit_test(test_csvout_ends_rows_with_crlf_when_asked),
		cmocka_unit_test(test_csvout_writes_bom_once_before_first_cell),
		cmocka_unit_test(test_csvout_neutralises_each_formula_trigger),
		cmocka_unit_test(test_csvout_leaves_a_lone_dash_as_written),
		cmocka_unit_test(test_csvout_keeps_negative_numbers_as_numbers),
		cmocka_unit_test(test_csvout_prints_numbers_without_exponent),
		cmocka_unit_test(test_csvout_writes_huge_and_tiny_numbers_as_digits),
		cmocka_unit_test(test_csvout_neutralises_formulas_after_semicolon_and_tab),
		cmocka_unit_test(test_csvout_replaces_invalid_utf8_with_replacement_character),
		cmocka_unit_test(test_csvout_writes_nan_and_infinity_as_empty_cells),
		cmocka_unit_test(test_csvout_passes_utf8_through_byte_for_byte),
		cmocka_unit_test(test_csvout_replaces_nul_with_replacement_character),
		cmocka_unit_test(test_csvout_finish_reports_write_error_on_full_disk),
		cmocka_unit_test(test_csvout_finish_reports_error_on_unwritable_stream),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
