/*
 * test_human.c - numbers in messages for a person (base/human.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include <math.h>

#include "base/base.h"

static void test_human_scales_money_with_symbol_and_three_digits(void **state)
{
	char b[48];

	(void)state;
	assert_string_equal(fmt_human(11500000000, "USD", 3, b), "$11.5 bn");
	assert_string_equal(fmt_human(9200000000, NULL, 3, b), "9.2 bn");
	assert_string_equal(fmt_human(10648148148.1481, "USD", 3, b), "$10.6 bn");
	assert_string_equal(fmt_human(685e6, "USD", 3, b), "$685 mn");
	assert_string_equal(fmt_human(5e9, "CNY", 3, b), "CNY 5 bn");
	assert_string_equal(fmt_human(-4.6e9, "EUR", 3, b), "-\xE2\x82\xAC" "4.6 bn");
	assert_string_equal(fmt_human(2.3e12, "USD", 3, b), "$2.3 trn");
	assert_string_equal(fmt_human(52000, "t", 3, b), "52,000 t");
	assert_string_equal(fmt_human(1234567, "", 7, b), "1.234567 mn");
	assert_string_equal(fmt_human(7.29927007, "CNY/USD", 4, b), "7.299 CNY/USD");
	assert_string_equal(fmt_human(2.5, "%", 3, b), "2.5%");
	assert_string_equal(fmt_human(0, "USD", 3, b), "$0");
	/* Rounded up to the next scale, never "1,000 mn". */
	assert_string_equal(fmt_human(999.96e6, "USD", 3, b), "$1 bn");
	assert_string_equal(fmt_human(NAN, "USD", 3, b), "NaN");
}

static void test_group_thousands_separates_the_integer_part_only(void **state)
{
	char out[16];

	(void)state;
	fmt_group_thousands("1234567.5", out, sizeof(out));
	assert_string_equal(out, "1,234,567.5");
	fmt_group_thousands("999.125", out, sizeof(out));
	assert_string_equal(out, "999.125");
	fmt_group_thousands("1000", out, sizeof(out));
	assert_string_equal(out, "1,000");
	fmt_group_thousands("1234567", out, 6);	/* cut to fit 6 bytes with the NUL */
	assert_true(strlen(out) < 6);
	assert_true(strlen(out) > 0);
	assert_memory_equal(out, "1,234,567", strlen(out));
}

static void test_human_sig_adds_digits_only_to_tell_values_apart(void **state)
{
	(void)state;
	assert_int_equal(fmt_human_sig(11.5e9, 9.2e9, 0), 3);
	assert_int_equal(fmt_human_sig(11.5e9, 11.5e9, 0), 3);
	assert_int_equal(fmt_human_sig(7.2993, 7.2979, 0), 4);
	/* A range of +-0.05 bn needs the digit that shows it. */
	assert_int_equal(fmt_human_sig(11.45e9, 11.55e9, 0.1e9 / 20), 4);
	assert_int_equal(fmt_human_sig(2.5, 3.5, 0.05), 3);
	assert_int_equal(fmt_human_sig(1.0000001, 1.0000002, 0), 6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_human_scales_money_with_symbol_and_three_digits),
		cmocka_unit_test(test_human_sig_adds_digits_only_to_tell_values_apart),
		cmocka_unit_test(test_group_thousands_separates_the_integer_part_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
