/*
 * test_lex.c - the scanner: numbers, words, symbols, paragraph breaks, and
 * hostile bytes (NUL, invalid or cut UTF-8, huge numbers) within bounds.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "parse/parse.h"

#define MAXTOK 64

/* Scans a malloc'd copy of s[0..n) of exactly n bytes (no NUL after it,
 * so ASan catches a read past len) into t; returns the token count. */
static size_t scan(const char *s, size_t n, struct token *t)
{
	char *b = malloc(n ? n : 1);
	size_t off = 0, k = 0;

	memcpy(b, s, n);
	while (k < MAXTOK) {
		size_t next = lex_next(b, n, off, &t[k]);

		if (t[k].kind == TOK_EOF)
			break;
		assert_true(next > off);
		assert_true(t[k].len >= 1);
		assert_true(t[k].off + t[k].len <= n);
		off = next;
		k++;
	}
	free(b);
	return k;
}

#define SCAN(lit, t) scan((lit), sizeof(lit) - 1, (t))

static void test_lex_splits_thousands_commas(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("200,000 tons", t), 2);
	assert_int_equal(t[0].kind, TOK_NUM);
	assert_int_equal(t[0].len, 7);
	assert_true(t[0].num == 200000);
	assert_int_equal(t[0].decimals, 0);
	/* A comma not followed by exactly three digits is punctuation. */
	assert_int_equal(SCAN("12345,678 and 1,23", t), 7);
	assert_true(t[0].num == 12345);
	assert_int_equal(t[1].kind, TOK_PUNCT);
	assert_true(t[2].num == 678);
	assert_true(t[4].num == 1);
}

static void test_lex_reads_decimals_exactly(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("1,234.5 0.65 11.5.", t), 4);
	assert_true(t[0].num == 1234.5);
	assert_int_equal(t[0].decimals, 1);
	assert_true(t[1].num == 0.65);
	assert_int_equal(t[1].decimals, 2);
	assert_true(t[2].num == 11.5);
	assert_int_equal(t[3].kind, TOK_PUNCT);	/* the full stop */
}

static void test_lex_keeps_inner_apostrophes_and_hyphens_in_words(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("Russia's year-on-year China\xe2\x80\x99s", t), 3);
	assert_int_equal(t[0].kind, TOK_WORD);
	assert_int_equal(t[0].len, 8);
	assert_int_equal(t[1].len, 12);
	assert_int_equal(t[2].len, 9);
	/* A trailing hyphen or apostrophe is not part of the word. */
	assert_int_equal(SCAN("gas- countries'", t), 4);
	assert_int_equal(t[0].len, 3);
}

static void test_lex_makes_each_currency_sign_one_symbol(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("$\xe2\x82\xac\xc2\xa3\xc2\xa5\xe2\x82\xbd\xe2\x82\xb9%", t), 7);
	for (int i = 0; i < 7; i++)
		assert_int_equal(t[i].kind, TOK_SYM);
	assert_int_equal(t[1].len, 3);
	assert_int_equal(t[2].len, 2);
	assert_int_equal(t[6].len, 1);
}

static void test_lex_makes_curly_quotes_single_punctuation(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("\xe2\x80\x9csolid,\xe2\x80\x9d \xe2\x80\x99", t), 5);
	assert_int_equal(t[0].kind, TOK_PUNCT);
	assert_int_equal(t[0].len, 3);
	assert_int_equal(t[1].kind, TOK_WORD);
	assert_int_equal(t[3].len, 3);
	assert_int_equal(t[4].len, 3);
}

static void test_lex_separates_glued_suffixes_from_numbers(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("$9.36bn 78th", t), 5);
	assert_int_equal(t[0].kind, TOK_SYM);
	assert_true(t[1].num == 9.36);
	assert_int_equal(t[2].kind, TOK_WORD);
	assert_int_equal(t[2].len, 2);
	assert_int_equal(t[3].kind, TOK_NUM);
	assert_int_equal(t[4].kind, TOK_WORD);
}

static void test_lex_reports_paragraph_breaks_only_for_blank_lines(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("a\nb\n \n\nc\n", t), 4);
	assert_int_equal(t[0].kind, TOK_WORD);
	assert_int_equal(t[1].kind, TOK_WORD);
	assert_int_equal(t[2].kind, TOK_NEWLINE);
	assert_int_equal(t[2].off, 3);
	assert_int_equal(t[3].kind, TOK_WORD);
}

static void test_lex_treats_no_break_space_as_blank(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("11.5\xc2\xa0" "billion\xe2\x80\xaf%", t), 3);
	assert_int_equal(t[1].len, 7);
	assert_int_equal(t[2].kind, TOK_SYM);
}

static void test_lex_treats_nul_and_invalid_bytes_as_punctuation(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	assert_int_equal(SCAN("a\0b\xff\xc0\x80", t), 6);
	assert_int_equal(t[0].kind, TOK_WORD);
	assert_int_equal(t[1].kind, TOK_PUNCT);
	assert_int_equal(t[1].len, 1);
	assert_int_equal(t[2].kind, TOK_WORD);
	assert_int_equal(t[3].len, 1);	/* 0xff */
	assert_int_equal(t[4].len, 1);	/* overlong C0 80: two bad bytes */
	assert_int_equal(t[5].len, 1);
}

static void test_lex_never_reads_past_a_cut_utf8_sequence(void **state)
{
	struct token t[MAXTOK];

	(void)state;
	/* "€" cut after two of its three bytes, then a lone lead byte. */
	assert_int_equal(scan("5 \xe2\x82", 4, t), 3);
	assert_int_equal(t[1].kind, TOK_PUNCT);
	assert_int_equal(t[1].len, 1);
	assert_int_equal(t[2].len, 1);
	assert_int_equal(scan("\xf0", 1, t), 1);
	assert_int_equal(scan("x\xe2\x80", 3, t), 3);	/* cut ’ after a word */
}

static void test_lex_scans_a_lone_dollar_and_the_empty_buffer(void **state)
{
	struct token t[MAXTOK], e;

	(void)state;
	assert_int_equal(scan("$", 1, t), 1);
	assert_int_equal(t[0].kind, TOK_SYM);
	assert_int_equal(scan("", 0, t), 0);
	assert_int_equal(scan("  \t ", 4, t), 0);
	assert_int_equal(lex_next(NULL, 0, 0, &e), 0);
	assert_int_equal(e.kind, TOK_EOF);
	assert_int_equal(lex_next("abc", 3, 99, &e), 3);
	assert_int_equal(e.kind, TOK_EOF);
}

static void test_lex_survives_a_ten_thousand_digit_number(void **state)
{
	size_t n = 10000 + 12;
	char *s = malloc(n);
	struct token t[MAXTOK];

	(void)state;
	memset(s, '9', 10000);
	memcpy(s + 10000, ".5 percent!", 11);
	s[n - 1] = '%';
	assert_int_equal(scan(s, n, t), 4);
	assert_int_equal(t[0].kind, TOK_NUM);
	assert_int_equal(t[0].len, 10002);
	assert_true(isinf(t[0].num));
	/* Ten thousand decimals: the value underflows to a finite number. */
	memset(s, '0', n);
	s[1] = '.';
	assert_int_equal(scan(s, 10000, t), 1);
	assert_false(isnan(t[0].num));
	free(s);
}

static void test_lex_ends_on_random_bytes(void **state)
{
	struct token t[MAXTOK];
	unsigned seed = 12345;
	char b[200];

	(void)state;
	for (int round = 0; round < 2000; round++) {
		size_t n = (size_t)(round % 200);
		size_t off = 0, steps = 0;
		char *h;

		for (size_t i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			b[i] = (char)(seed >> 16);
		}
		h = malloc(n ? n : 1);
		memcpy(h, b, n);
		for (;;) {
			size_t next = lex_next(h, n, off, &t[0]);

			if (t[0].kind == TOK_EOF)
				break;
			assert_true(next > off && next <= n);
			assert_true(t[0].off + t[0].len <= n);
			off = next;
			assert_true(++steps <= n);
		}
		free(h);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lex_splits_thousands_commas),
		cmocka_unit_test(test_lex_reads_decimals_exactly),
		cmocka_unit_test(test_lex_keeps_inner_apostrophes_and_hyphens_in_words),
		cmocka_unit_test(test_lex_makes_each_currency_sign_one_symbol),
		cmocka_unit_test(test_lex_makes_curly_quotes_single_punctuation),
		cmocka_unit_test(test_lex_separates_glued_suffixes_from_numbers),
		cmocka_unit_test(test_lex_reports_paragraph_breaks_only_for_blank_lines),
		cmocka_unit_test(test_lex_treats_no_break_space_as_blank),
		cmocka_unit_test(test_lex_treats_nul_and_invalid_bytes_as_punctuation),
		cmocka_unit_test(test_lex_never_reads_past_a_cut_utf8_sequence),
		cmocka_unit_test(test_lex_scans_a_lone_dollar_and_the_empty_buffer),
		cmocka_unit_test(test_lex_survives_a_ten_thousand_digit_number),
		cmocka_unit_test(test_lex_ends_on_random_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
