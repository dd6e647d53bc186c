/*
 * test_numlocale.c - numbers in the decimal mark and thousands separator
 * of any locale, and the hints that name the option a refused number
 * needs (numlocale.c).
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

#include "store/importfmt.h"

static const struct numfmt POINT = { '.', 0 }, COMMA = { ',', 0 };

static double ok(const char *s, struct numfmt f)
{
	char why[FMT_WHY];
	double v = -12345;

	if (num_parse(s, strlen(s), &f, &v, why) != 0)
		fail_msg("'%s' refused: %s", s, why);
	return v;
}

/* The reason s is refused in f. */
static const char *refused(const char *s, struct numfmt f)
{
	static char why[FMT_WHY];
	double v = 42;

	assert_int_equal(num_parse(s, strlen(s), &f, &v, why), -1);
	assert_true(v == 42);	/* untouched */
	return why;
}

static void test_num_reads_plain_numbers_in_both_marks(void **state)
{
	(void)state;
	assert_true(ok("6.9191", POINT) == 6.9191);
	assert_true(ok("-12", POINT) == -12);
	assert_true(ok("+3", POINT) == 3);
	assert_true(ok("1.5e3", POINT) == 1500);
	assert_true(ok("38166,1", COMMA) == 38166.1);
	assert_true(ok("-0,25", COMMA) == -0.25);
	assert_true(ok(" 38166 ", COMMA) == 38166);
	assert_true(ok("2,5E-1", COMMA) == 0.25);
}

static void test_num_reads_opted_in_thousands_separators(void **state)
{
	(void)state;
	assert_true(ok("112,586.1", ((struct numfmt){ '.', ',' })) == 112586.1);
	assert_true(ok("1,234,567", ((struct numfmt){ '.', ',' })) == 1234567);
	assert_true(ok("1.234.567,8", ((struct numfmt){ ',', '.' })) == 1234567.8);
	assert_true(ok("38 166,1", ((struct numfmt){ ',', ' ' })) == 38166.1);
	/* U+00A0 and U+202F, as LibreOffice and newer Excel write in fr_FR */
	assert_true(ok("38\xC2\xA0" "166,1", ((struct numfmt){ ',', ' ' })) == 38166.1);
	assert_true(ok("1\xE2\x80\xAF" "234\xE2\x80\xAF" "567", ((struct numfmt){ ',', ' ' })) ==
		    1234567);
	/* Opting in does not make separators mandatory. */
	assert_true(ok("112586.1", ((struct numfmt){ '.', ',' })) == 112586.1);
}

static void test_num_refuses_thousands_not_opted_in_with_a_hint(void **state)
{
	(void)state;
	assert_string_equal(refused("112,586.1", POINT),
			    "'112,586.1' has a thousands separator: give --thousands ,");
	assert_string_equal(refused("1,234,567", POINT),
			    "'1,234,567' has a thousands separator: give --thousands ,");
	assert_string_equal(refused("38 166,1", COMMA),
			    "'38 166,1' has a thousands separator: give --thousands space");
	assert_string_equal(refused("1.234,5", COMMA),
			    "'1.234,5' has a thousands separator: give --thousands .");
	assert_string_equal(refused("1.234.567", POINT),
			    "'1.234.567' has '.' as thousands separator: give --thousands . "
			    "--decimal-comma");
}

static void test_num_refuses_the_other_decimal_mark_with_a_hint(void **state)
{
	(void)state;
	assert_string_equal(refused("38166,1", POINT),
			    "'38166,1' has a decimal comma: give --decimal-comma");
	assert_string_equal(refused("6.9191", COMMA),
			    "'6.9191' has a decimal point: give --decimal-point");
	/* The wrong separator opted in is no help. */
	assert_string_equal(refused("38166,1", ((struct numfmt){ '.', ' ' })),
			    "'38166,1' has a decimal comma: give --decimal-comma");
}

static void test_num_refuses_ambiguous_grouping(void **state)
{
	(void)state;
	assert_string_equal(refused("112,586", POINT),
			    "'112,586' is ambiguous: give --thousands , if ',' separates "
			    "thousands, or --decimal-comma");
	assert_string_equal(refused("1.234", COMMA),
			    "'1.234' is ambiguous: give --thousands . if '.' separates "
			    "thousands, or --decimal-point");
	assert_non_null(strstr(refused("1,23,456", ((struct numfmt){ '.', ',' })),
			       "grouped wrongly"));
	assert_non_null(strstr(refused("1234,567.5", ((struct numfmt){ '.', ',' })),
			       "grouped wrongly"));
	assert_non_null(strstr(refused("1,234 567", ((struct numfmt){ '.', ',' })),
			       "grouped wrongly"));
	assert_non_null(strstr(refused("1.5.2", ((struct numfmt){ ',', 0 })), "bad number"));
	assert_non_null(strstr(refused("1,234.5,6", ((struct numfmt){ '.', ',' })),
			       "after the decimal mark"));
	assert_string_equal(refused("1,5", ((struct numfmt){ ',', ',' })),
			    "the thousands separator and the decimal mark are both ','");
}

static void test_num_refuses_hex_inf_nan_and_overflow(void **state)
{
	char big[400];

	(void)state;
	assert_string_equal(refused("0x1A", POINT), "'0x1A' is hexadecimal, not a decimal number");
	assert_string_equal(refused("-0X10", POINT),
			    "'-0X10' is hexadecimal, not a decimal number");
	assert_string_equal(refused("inf", POINT), "'inf' is not a finite number");
	assert_string_equal(refused("-Infinity", POINT), "'-Infinity' is not a finite number");
	assert_string_equal(refused("NaN", POINT), "'NaN' is not a finite number");
	assert_string_equal(refused("1e400", POINT), "'1e400' is out of range");
	assert_string_equal(refused("1e-400", POINT), "'1e-400' is out of range");
	assert_string_equal(refused("1e999999999999", POINT), "'1e999999999999' is out of range");
	/* 310 digits and no exponent: beyond DBL_MAX */
	memset(big, '9', 310);
	big[310] = 0;
	assert_non_null(strstr(refused(big, POINT), "is out of range"));
	/* 300 digits still fit */
	big[300] = 0;
	assert_true(ok(big, POINT) > 9e299);
}

static void test_num_refuses_junk(void **state)
{
	(void)state;
	assert_string_equal(refused("", POINT), "empty number");
	assert_string_equal(refused("   ", POINT), "empty number");
	assert_string_equal(refused("n/a", POINT), "bad number 'n/a'");
	assert_string_equal(refused("12%", POINT), "bad number '12%'");
	assert_string_equal(refused("-", POINT), "bad number '-'");
	assert_string_equal(refused(".5", POINT), "bad number '.5'");
	assert_string_equal(refused("5.", POINT), "bad number '5.'");
	assert_string_equal(refused("1e", POINT), "bad number '1e'");
	assert_string_equal(refused("e5", POINT), "bad number 'e5'");
	assert_string_equal(refused("1,,5", COMMA), "bad number '1,,5'");
	assert_string_equal(refused("$5", POINT), "bad number '$5'");
}

/* Without v (csvin's checking pass) the verdicts are the same, though
 * strtod is skipped where the digits cannot be out of range. */
static void test_num_checking_alone_gives_the_same_verdicts(void **state)
{
	static char big[8][420];
	const char *cases[] = {
		"1", "-0.5", "1.5e3", "1e400", "1e-400", "0x1A", "nan", "-", "5.", "1,5",
		big[0], big[1], big[2], big[3], big[4], big[5],
	};

	(void)state;
	memset(big[0], '9', 310);	/* 310 digits: out of range */
	memset(big[1], '9', 300);	/* 300: in range, not converted */
	memset(big[2], '9', 301);	/* 301: converted, in range */
	memcpy(big[3], "0.", 2);	/* 1e-320 written out: out of range */
	memset(big[3] + 2, '0', 319);
	big[3][321] = '1';
	memcpy(big[4], "0.", 2);	/* 1e-299: in range, not converted */
	memset(big[4] + 2, '0', 298);
	big[4][300] = '1';
	memset(big[5], '9', 401);	/* more digits than are kept */
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char why_v[FMT_WHY], why_check[FMT_WHY];
		double v;
		int a = num_parse(cases[i], strlen(cases[i]), &POINT, &v, why_v);
		int b = num_parse(cases[i], strlen(cases[i]), &POINT, NULL, why_check);

		if (a != b || strcmp(why_v, why_check) != 0)
			fail_msg("case %zu: %d '%s' with v, %d '%s' without", i, a, why_v, b,
				 why_check);
	}
	assert_int_equal(num_parse(big[3], strlen(big[3]), &POINT, NULL, big[7]), -1);
	assert_int_equal(num_parse(big[4], strlen(big[4]), &POINT, NULL, big[7]), 0);
}

/* Issue 14: plain decimals (num_parse's path without scan()) read exactly as
 * strtod does, the sign of zero included, for 1 to 17 digits, with and
 * without a thousands option; and what is not plain still goes the long way. */
static void test_num_reads_plain_decimals_as_strtod(void **state)
{
	const struct numfmt fmts[] = { { '.', 0 }, { '.', ',' }, { '.', ' ' } };
	uint64_t x = 0x9E3779B97F4A7C15ull;
	char s[64], why[FMT_WHY];
	double v;

	(void)state;
	for (int i = 0; i < 100000; i++) {
		int nd, k, len = 0;

		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		nd = 1 + (int)(x % 17);
		k = (int)((x >> 8) % (uint64_t)nd);	/* digits after the point, 0: none */
		if (x & (1ull << 40))
			s[len++] = '-';
		for (int d = 0; d < nd; d++) {
			if (k && d == nd - k)
				s[len++] = '.';
			s[len++] = (char)('0' + (x >> (12 + 2 * (d % 20))) % 10);
		}
		s[len] = '\0';
		for (size_t f = 0; f < sizeof(fmts) / sizeof(fmts[0]); f++) {
			double want = strtod(s, NULL);

			if (num_parse(s, (size_t)len, &fmts[f], &v, why) != 0)
				fail_msg("'%s' refused: %s", s, why);
			if (v != want || signbit(v) != signbit(want))
				fail_msg("'%s' read as %.17g, strtod: %.17g", s, v, want);
			assert_int_equal(num_parse(s, (size_t)len, &fmts[f], NULL, why), 0);
		}
	}
	assert_int_equal(num_parse("-0.0", 4, &fmts[0], &v, why), 0);
	assert_true(v == 0 && signbit(v));
	assert_int_equal(num_parse("1.", 2, &fmts[0], &v, why), -1);
	assert_int_equal(num_parse(".5", 2, &fmts[0], &v, why), -1);
	assert_int_equal(num_parse("1.2.3", 5, &fmts[0], &v, why), -1);
	assert_int_equal(num_parse("-", 1, &fmts[0], &v, why), -1);
	assert_int_equal(num_parse("1.5", 3, &(struct numfmt){ ',', '.' }, &v, why), -1);
}

static void test_num_semicolon_files_read_decimal_commas(void **state)
{
	(void)state;
	assert_int_equal(numfmt_for_delimiter(';').decimal, ',');
	assert_int_equal(numfmt_for_delimiter(',').decimal, '.');
	assert_int_equal(numfmt_for_delimiter('\t').decimal, '.');
	assert_int_equal(numfmt_for_delimiter(';').thousands, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_num_reads_plain_numbers_in_both_marks),
		cmocka_unit_test(test_num_reads_opted_in_thousands_separators),
		cmocka_unit_test(test_num_refuses_thousands_not_opted_in_with_a_hint),
		cmocka_unit_test(test_num_refuses_the_other_decimal_mark_with_a_hint),
		cmocka_unit_test(test_num_refuses_ambiguous_grouping),
		cmocka_unit_test(test_num_refuses_hex_inf_nan_and_overflow),
		cmocka_unit_test(test_num_refuses_junk),
		cmocka_unit_test(test_num_checking_alone_gives_the_same_verdicts),
		cmocka_unit_test(test_num_semicolon_files_read_decimal_commas),
		cmocka_unit_test(test_num_reads_plain_decimals_as_strtod),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
