/*
 * test_sniff.c - a file's encoding from its first bytes, UTF-16 turned
 * into UTF-8 in chunks, and the separator of a header line (sniff.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "store/importfmt.h"

#define ENC(lit, bom) sniff_encoding((const unsigned char *)(lit), sizeof(lit) - 1, (bom))

static void test_sniff_tells_utf8_with_and_without_bom(void **state)
{
	size_t bom = 9;

	(void)state;
	assert_int_equal(ENC("DATE,IMPCH\n", &bom), ENC_UTF8);
	assert_int_equal(bom, 0);
	assert_int_equal(ENC("\xEF\xBB\xBFMonat;Importe\r\n", &bom), ENC_UTF8_BOM);
	assert_int_equal(bom, 3);
	/* Latin-1 is not decided here (invariant 1): csvin's UTF-8 check refuses it. */
	assert_int_equal(ENC("Stra\xDF" "e;1\n", &bom), ENC_UTF8);
	assert_int_equal(ENC("", &bom), ENC_UTF8);
}

static void test_sniff_tells_utf16_by_bom_or_nul_pattern(void **state)
{
	size_t bom;

	(void)state;
	assert_int_equal(ENC("\xFF\xFE" "D\0A\0", &bom), ENC_UTF16LE);
	assert_int_equal(bom, 2);
	assert_int_equal(ENC("\xFE\xFF" "\0D\0A", &bom), ENC_UTF16BE);
	assert_int_equal(bom, 2);
	assert_int_equal(ENC("D\0A\0T\0E\0\t\0", &bom), ENC_UTF16LE);
	assert_int_equal(bom, 0);
	assert_int_equal(ENC("\0D\0A\0T\0E", &bom), ENC_UTF16BE);
	assert_int_equal(ENC("\xFF\xFE\0\0" "D\0\0\0", &bom), ENC_UTF32);
	assert_int_equal(bom, 4);
	/* NULs here and there: a binary file, not text */
	assert_int_equal(ENC("PK\x03\x04\0\0\0\x08\0abcdefgh", &bom), ENC_BINARY);
	assert_non_null(strstr(sniff_enc_name(ENC_UTF16LE), "Unicode text"));
	assert_non_null(strstr(sniff_enc_name(ENC_BINARY), "not text"));
	assert_non_null(strstr(sniff_enc_name(ENC_UTF8_BOM), "CSV UTF-8"));
}

static void test_sniff_utf16_converts_to_utf8(void **state)
{
	/* "Jänner\t€ 𝄞" in UTF-16LE: ä U+00E4, € U+20AC, 𝄞 U+1D11E (a pair) */
	static const unsigned char le[] = {
		'J', 0, 0xE4, 0, 'n', 0, 'n', 0, 'e', 0, 'r', 0, '\t', 0, 0xAC, 0x20, ' ', 0,
		0x34, 0xD8, 0x1E, 0xDD,
	};
	static const unsigned char be[] = { 0, 'A', 0x20, 0xAC };
	struct buf out = BUF_INIT;
	size_t bad;

	(void)state;
	assert_int_equal(sniff_utf16_to_utf8(le, sizeof(le), 1, &out, &bad), sizeof(le));
	assert_int_equal(bad, (size_t)-1);
	assert_string_equal(out.s, "J\xC3\xA4nner\t\xE2\x82\xAC \xF0\x9D\x84\x9E");
	buf_reset(&out);
	assert_int_equal(sniff_utf16_to_utf8(be, sizeof(be), 0, &out, &bad), sizeof(be));
	assert_string_equal(out.s, "A\xE2\x82\xAC");
	buf_release(&out);
}

static void test_sniff_utf16_stops_before_a_cut_unit_or_pair(void **state)
{
	static const unsigned char le[] = { 'A', 0, 0x34, 0xD8, 0x1E, 0xDD, 'B' };
	struct buf out = BUF_INIT;
	size_t bad, used;

	(void)state;
	/* chunk ends inside the surrogate pair: only "A" is consumed */
	used = sniff_utf16_to_utf8(le, 4, 1, &out, &bad);
	assert_int_equal(used, 2);
	assert_string_equal(out.s, "A");
	/* the rest, fed again from where it stopped; the odd last byte waits */
	used += sniff_utf16_to_utf8(le + used, sizeof(le) - used, 1, &out, &bad);
	assert_int_equal(used, 6);
	assert_string_equal(out.s, "A\xF0\x9D\x84\x9E");
	assert_int_equal(bad, (size_t)-1);
	buf_release(&out);
}

static void test_sniff_utf16_reports_a_lone_surrogate(void **state)
{
	static const unsigned char lone_lo[] = { 'A', 0, 0x1E, 0xDD, 'B', 0 };
	static const unsigned char hi_then_char[] = { 'A', 0, 'B', 0, 0x34, 0xD8, 'C', 0 };
	struct buf out = BUF_INIT;
	size_t bad;

	(void)state;
	assert_int_equal(sniff_utf16_to_utf8(lone_lo, sizeof(lone_lo), 1, &out, &bad), 2);
	assert_int_equal(bad, 2);
	buf_reset(&out);
	assert_int_equal(sniff_utf16_to_utf8(hi_then_char, sizeof(hi_then_char), 1, &out, &bad), 4);
	assert_int_equal(bad, 4);
	assert_string_equal(out.s, "AB");
	buf_release(&out);
}

static void test_sniff_delimiter_from_the_header(void **state)
{
#define DL(s) sniff_delimiter((s), strlen(s))
	(void)state;
	assert_int_equal(DL("observation_date,IMPCH\n"), ',');
	assert_int_equal(DL("Monat;Importe aus China (Mio. USD)\r\n2023-01;38166,1\r\n"), ';');
	assert_int_equal(DL("Datum\tWert\n"), '\t');
	assert_int_equal(DL("DATE\n1,2,3,4\n"), ',');	/* one column: the data do not count */
	assert_int_equal(DL("\"a;b\",c\n"), ',');		/* quoted ';' does not count */
	assert_int_equal(DL("\"Importe, Mio. USD\";Monat\n"), ';');
	assert_int_equal(DL("a;b,c;d\n"), ';');
	assert_int_equal(DL("a;b\tc\n"), '\t');		/* a tie prefers TAB */
	assert_int_equal(DL(""), ',');
#undef DL
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sniff_tells_utf8_with_and_without_bom),
		cmocka_unit_test(test_sniff_tells_utf16_by_bom_or_nul_pattern),
		cmocka_unit_test(test_sniff_utf16_converts_to_utf8),
		cmocka_unit_test(test_sniff_utf16_stops_before_a_cut_unit_or_pair),
		cmocka_unit_test(test_sniff_utf16_reports_a_lone_surrogate),
		cmocka_unit_test(test_sniff_delimiter_from_the_header),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
