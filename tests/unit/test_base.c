/*
 * test_base.c - number formatting, dates, buffers, locations and hashing.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/base.h"

static void assert_fmt(double v, const char *want)
{
	char out[48];

	assert_string_equal(fmt_num(v, out), want);
}

static void test_fmt_num_prints_money_without_exponent(void **state)
{
	(void)state;
	assert_fmt(11.5e9, "11500000000");
	assert_fmt(685e6, "685000000");
	assert_fmt(1e20, "100000000000000000000");
	assert_fmt(0, "0");
}

static void test_fmt_num_keeps_written_decimals_and_sign(void **state)
{
	(void)state;
	assert_fmt(0.65, "0.65");
	assert_fmt(-8, "-8");
	assert_fmt(6.9191, "6.9191");
	assert_fmt(0.000012, "0.000012");
	assert_fmt(24109.185573, "24109.185573");
}

static void test_fmt_num_rounds_float_noise_to_15_digits(void **state)
{
	(void)state;
	assert_fmt(11499999999.999998, "11500000000");
	assert_fmt(0.1 + 0.2, "0.3");
}

static void test_fmt_num_never_overflows_on_absurd_magnitudes(void **state)
{
	(void)state;
	assert_fmt(1e300, "1e+300");
	assert_fmt(-1.5e60, "-1.5e+60");
	assert_fmt(1e-45, "1e-45");
	assert_fmt(1e20, "100000000000000000000");
	assert_fmt(-1.23456789012345e-20, "-0.0000000000000000000123456789012345");
}

static void test_fmt_num_plain_never_writes_an_exponent(void **state)
{
	char out[NUM_PLAIN_MAX], want[NUM_PLAIN_MAX];

	(void)state;
	assert_string_equal(fmt_num_plain(1e300, out), (snprintf(want, sizeof(want), "1%0300d", 0), want));
	assert_int_equal(strlen(fmt_num_plain(-1.7976931348623157e308, out)), 310);
	assert_string_equal(fmt_num_plain(1e-45, out), (snprintf(want, sizeof(want), "0.%044d1", 0), want));
	assert_non_null(fmt_num_plain(4.9406564584124654e-324, out));
	assert_null(strchr(out, 'e'));
	/* DBL_MAX to 15 digits would read back as infinity: it gets 17. */
	assert_string_equal(fmt_num_plain(DBL_MAX, out) + 17, (snprintf(want, sizeof(want), "%0292d", 0), want));
	assert_true(strtod(out, NULL) == DBL_MAX);
	assert_null(strchr(out, 'e'));
	assert_string_equal(fmt_num_plain(11.5e9, out), "11500000000");
}

/* What fmt_num_plain printed before fmt_short(), from printf's rounding to
 * 15 significant digits ("%.14e"), laid out by hand (valid below 1e300). */
static void plain_by_printf(double v, char out[NUM_PLAIN_MAX])
{
	char tmp[64], digits[20];
	int exp10, nd = 0, pos = 0;
	const char *p = tmp;

	if (v == 0) {
		strcpy(out, "0");
		return;
	}
	snprintf(tmp, sizeof(tmp), "%.14e", v);
	exp10 = atoi(strchr(tmp, 'e') + 1);
	if (*p == '-')
		out[pos++] = *p++;
	for (; *p != 'e'; p++)
		if (*p >= '0' && *p <= '9')
			digits[nd++] = *p;
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	if (exp10 >= 0) {
		for (int i = 0; i <= exp10 || i < nd; i++) {
			if (i == exp10 + 1)
				out[pos++] = '.';
			out[pos++] = i < nd ? digits[i] : '0';
		}
	} else {
		out[pos++] = '0';
		out[pos++] = '.';
		for (int i = -1; i > exp10; i--)
			out[pos++] = '0';
		for (int i = 0; i < nd; i++)
			out[pos++] = digits[i];
	}
	out[pos] = '\0';
}

/* Issue 14: fmt_short() (no printf) prints what printf's rounding printed,
 * for decimals of 1 to 17 digits at exponents -25..25, their neighbouring
 * doubles and arbitrary bit patterns; and it takes most written figures. */
static void test_fmt_short_prints_what_printf_rounding_did(void **state)
{
	uint64_t x = 88172645463325252ull;
	char got[NUM_PLAIN_MAX], want[NUM_PLAIN_MAX], dec[64];
	long fast = 0, n = 0;

	(void)state;
	for (int i = 0; i < 60000; i++) {
		double v[4];
		uint64_t m, p = 1;
		int nd, e;

		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		nd = 1 + (int)(x % 17);
		e = (int)((x >> 20) % 51) - 25;
		for (int k = 0; k < nd; k++)
			p *= 10;
		m = (x >> 8) % p;
		snprintf(dec, sizeof(dec), "%s%llue%d", x & 1 ? "-" : "", (unsigned long long)m, e);
		v[0] = strtod(dec, NULL);
		v[1] = nextafter(v[0], 0);
		v[2] = nextafter(v[0], HUGE_VAL);
		memcpy(&v[3], &x, sizeof(v[3]));
		/* m / 10^-e with m < 10^15 and at most 20 decimals: it must take it. */
		if (nd <= 15 && e <= 0 && e >= -20 && m && !fmt_short(v[0], got, NULL))
			fail_msg("fmt_short(%s) refused", dec);
		for (int k = 0; k < 4; k++) {
			if (!isfinite(v[k]) || fabs(v[k]) >= 1e300)
				continue;
			plain_by_printf(v[k], want);
			n++;
			if (fmt_short(v[k], got, NULL)) {
				fast++;
				if (strcmp(got, want) != 0)
					fail_msg("fmt_short(%.17g) = %s, printf: %s", v[k], got, want);
			}
			if (strcmp(fmt_num_plain(v[k], got), want) != 0)
				fail_msg("fmt_num_plain(%.17g) = %s, printf: %s", v[k], got, want);
		}
	}
	assert_true(fast > n / 10);
	{
		int e = 99;

		assert_int_equal(fmt_short(1.5e9, got, &e), 10);
		assert_string_equal(got, "1500000000");
		assert_int_equal(e, 9);
		assert_int_equal(fmt_short(-0.05, got, &e), 5);
		assert_string_equal(got, "-0.05");
		assert_int_equal(e, -2);
		assert_int_equal(fmt_short(0.1 + 0.2, got, NULL), 0);	/* 0.30000000000000004 */
		assert_int_equal(fmt_short(1e15, got, NULL), 0);
		assert_int_equal(fmt_short(1e-21, got, NULL), 0);
		assert_int_equal(fmt_short(NAN, got, NULL), 0);
	}
}

/* Issue 11, item 13: terminal escape sequences in a quoted field are shown, not sent. */
static void test_buf_add_printable_escapes_control_and_invalid_bytes(void **state)
{
	static const char in[] = "a\x1b[31mred\x07\tb\xc2\x9b" "2J caf\xe9 \xc3\xa9";
	struct buf b = BUF_INIT;

	(void)state;
	buf_add_printable(&b, in, sizeof(in) - 1);
	assert_string_equal(b.s, "a\\x1b[31mred\\x07\\x09b\\xc2\\x9b2J caf\\xe9 \xc3\xa9");
	buf_release(&b);
}

static void test_date_valid_knows_the_calendar(void **state)
{
	(void)state;
	assert_true(date_valid("2023-09-19"));
	assert_true(date_valid("2024-02-29"));
	assert_false(date_valid("2023-02-29"));
	assert_false(date_valid("1900-02-29"));
	assert_true(date_valid("2000-02-29"));
	assert_false(date_valid("2023-13-01"));
	assert_false(date_valid("2023-9-19"));
	assert_false(date_valid("2023-09-19x"));
	/* Years the store holds: [12]YYY. */
	assert_false(date_valid("0999-01-01"));
	assert_false(date_valid("3000-01-01"));
	assert_true(date_valid("1000-01-01"));
}

static void test_buf_grows_and_stays_terminated(void **state)
{
	struct buf b = BUF_INIT;
	char *s;
	size_t n;

	(void)state;
	for (int i = 0; i < 1000; i++)
		buf_addf(&b, "%d,", i % 10);
	assert_int_equal(b.len, 2000);
	assert_int_equal(b.s[b.len], '\0');
	buf_reset(&b);
	assert_int_equal(b.len, 0);
	buf_adds(&b, "abc");
	s = buf_detach(&b, &n);
	assert_string_equal(s, "abc");
	assert_int_equal(n, 3);
	assert_null(b.s);
	free(s);
}

static void test_loc_line_col_counts_from_one(void **state)
{
	const char *t = "ab\ncd\n\nef";
	long line, col;

	(void)state;
	loc_line_col(t, strlen(t), 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	loc_line_col(t, strlen(t), 4, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 2);
	loc_line_col(t, strlen(t), 8, &line, &col);
	assert_int_equal(line, 4);
	assert_int_equal(col, 2);
}

/* The whole content of path, or "" (a static buffer). */
static const char *slurp(const char *path)
{
	static char buf[256];
	FILE *f = fopen(path, "rb");
	size_t n = 0;

	if (f) {
		n = fread(buf, 1, sizeof(buf) - 1, f);
		fclose(f);
	}
	buf[n] = '\0';
	return buf;
}

/* Issue 11, item 2: an output is the old file or the whole new one. */
static void test_outfile_commit_replaces_and_abort_keeps(void **state)
{
	char dir[] = "/tmp/tradestat-outfile-XXXXXX", path[128], cmd[160];
	struct outfile o;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/out.csv", dir);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs("old", f);
	fclose(f);
	/* Written, then abandoned: the old file, and no temporary beside it. */
	assert_int_equal(outfile_open(&o, path), 0);
	assert_non_null(o.tmp);
	fputs("half", o.f);
	outfile_abort(&o);
	assert_string_equal(slurp(path), "old");
	/* Committed: the new content, under the same name. */
	assert_int_equal(outfile_open(&o, path), 0);
	fputs("new", o.f);
	assert_string_equal(slurp(path), "old");	/* nothing shows before the commit */
	assert_int_equal(outfile_commit(&o), 0);
	assert_string_equal(slurp(path), "new");
	snprintf(cmd, sizeof(cmd), "test \"$(ls -A '%s')\" = out.csv", dir);
	assert_int_equal(system(cmd), 0);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* Issue 11, item 2: the database by inode (a hard link), its -wal by name
 * in the same folder, even before it exists. */
static void test_outfile_refuses_the_database_by_inode(void **state)
{
	char dir[] = "/tmp/tradestat-outfile-XXXXXX", db[128], other[128], cmd[160];
	struct outfile o;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(db, sizeof(db), "%s/t.db", dir);
	f = fopen(db, "w");
	assert_non_null(f);
	fclose(f);
	outfile_protect(db);
	snprintf(other, sizeof(other), "%s/hard.db", dir);
	assert_int_equal(link(db, other), 0);
	assert_int_equal(outfile_open(&o, other), -1);
	snprintf(other, sizeof(other), "%s/../%s/t.db-wal", dir, path_base(dir));
	assert_int_equal(outfile_check(other), -1);
	snprintf(other, sizeof(other), "%s/t.db-shm.csv", dir);
	assert_int_equal(outfile_check(other), 0);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

static void test_sha256_matches_known_digest(void **state)
{
	char hex[65];

	(void)state;
	sha256_hex("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	sha256_hex("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void test_file_read_refuses_directory_and_missing_file(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	assert_int_equal(file_read("/", &b, 0), -1);
	assert_int_equal(file_read("/nonexistent/tradestat-test", &b, 0), -1);
	buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fmt_num_prints_money_without_exponent),
		cmocka_unit_test(test_fmt_num_keeps_written_decimals_and_sign),
		cmocka_unit_test(test_fmt_num_rounds_float_noise_to_15_digits),
		cmocka_unit_test(test_fmt_num_never_overflows_on_absurd_magnitudes),
		cmocka_unit_test(test_fmt_num_plain_never_writes_an_exponent),
		cmocka_unit_test(test_fmt_short_prints_what_printf_rounding_did),
		cmocka_unit_test(test_buf_add_printable_escapes_control_and_invalid_bytes),
		cmocka_unit_test(test_date_valid_knows_the_calendar),
		cmocka_unit_test(test_buf_grows_and_stays_terminated),
		cmocka_unit_test(test_loc_line_col_counts_from_one),
		cmocka_unit_test(test_outfile_commit_replaces_and_abort_keeps),
		cmocka_unit_test(test_outfile_refuses_the_database_by_inode),
		cmocka_unit_test(test_sha256_matches_known_digest),
		cmocka_unit_test(test_file_read_refuses_directory_and_missing_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
