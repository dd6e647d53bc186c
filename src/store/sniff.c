/*
 * sniff.c - what a CSV file is before it is parsed: its encoding (UTF-8
 * with or without BOM, Excel's UTF-16 "Unicode text", binary) from its
 * first bytes, UTF-16 turned into UTF-8, and its field separator from the
 * header line.
 *
 * Invariants:
 *  1. Only a BOM or the pattern of NUL bytes decides UTF-16: a text in
 *     Latin-1 is still "UTF-8" here, and the UTF-8 check of csvin refuses it
 *     with the line of its first bad byte.
 *  2. sniff_utf16_to_utf8() never splits a surrogate pair or a code unit
 *     across calls: it stops before them and says how much it consumed.
 *  3. The separator is decided by the header alone, counting outside quotes.
 */
#include "store/importfmt.h"

#include <string.h>

#define SNIFF_MAX 4096		/* bytes looked at for NUL patterns */

enum text_enc sniff_encoding(const unsigned char *p, size_t n, size_t *bom)
{
	size_t odd = 0, even = 0, m = n < SNIFF_MAX ? n : SNIFF_MAX;

	*bom = 0;
	if (n >= 4 && ((p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) ||
		       (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF)))
		return *bom = 4, ENC_UTF32;
	if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		return *bom = 3, ENC_UTF8_BOM;
	if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
		return *bom = 2, ENC_UTF16LE;
	if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
		return *bom = 2, ENC_UTF16BE;
	for (size_t i = 0; i < m; i++)
		if (!p[i])
			++*(i % 2 ? &odd : &even);
	if (!odd && !even)
		return ENC_UTF8;
	/* ASCII text in UTF-16 without BOM: a NUL in (nearly) every other byte. */
	m &= ~(size_t)1;
	if (odd * 10 >= m / 2 * 9 && even == 0)
		return ENC_UTF16LE;
	if (even * 10 >= m / 2 * 9 && odd == 0)
		return ENC_UTF16BE;
	return ENC_BINARY;
}

const char *sniff_enc_name(enum text_enc enc)
{
	switch (enc) {
	case ENC_UTF8:
		return "UTF-8 text";
	case ENC_UTF8_BOM:
		return "UTF-8 text with a byte-order mark (Excel's \"CSV UTF-8\")";
	case ENC_UTF16LE:
		return "UTF-16LE text (Excel's \"Unicode text\")";
	case ENC_UTF16BE:
		return "UTF-16BE text";
	case ENC_UTF32:
		return "UTF-32 text";
	case ENC_BINARY:
		break;
	}
	return "binary data, not text (a NUL byte)";
}

static void put_utf8(struct buf *out, unsigned long cp)
{
	char b[4];
	size_t n;

	if (cp < 0x80) {
		b[0] = (char)cp, n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | cp >> 6), b[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | cp >> 12), b[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
	} else {
		b[0] = (char)(0xF0 | cp >> 18), b[1] = (char)(0x80 | (cp >> 12 & 0x3F));
		b[2] = (char)(0x80 | (cp >> 6 & 0x3F)), b[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
	}
	buf_add(out, b, n);
}

size_t sniff_utf16_to_utf8(const unsigned char *p, size_t n, int le, struct buf *out,
			   size_t *bad)
{
	size_t i = 0;

	*bad = (size_t)-1;
	while (i + 2 <= n) {
		unsigned long u = le ? p[i] | (unsigned)p[i + 1] << 8 : (unsigned)p[i] << 8 | p[i + 1];

		if (u >= 0xD800 && u <= 0xDBFF) {
			unsigned long lo;

			if (i + 4 > n)
				break;	/* the pair's second half is in the next chunk */
			lo = le ? p[i + 2] | (unsigned)p[i + 3] << 8 : (unsigned)p[i + 2] << 8 | p[i + 3];
			if (lo < 0xDC00 || lo > 0xDFFF) {
				*bad = i;
				break;
			}
			put_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
			i += 4;
			continue;
		}
		if (u >= 0xDC00 && u <= 0xDFFF) {
			*bad = i;
			break;
		}
		put_utf8(out, u);
		i += 2;
	}
	if (!out->s)
		buf_add(out, "", 0);
	return i;
}

char sniff_delimiter(const char *p, size_t n)
{
	size_t comma = 0, semi = 0, tab = 0;
	int quoted = 0;

	for (size_t i = 0; i < n; i++) {
		char c = p[i];

		if (c == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (c == '\n' || c == '\r')
			break;
		else if (c == ',')
			comma++;
		else if (c == ';')
			semi++;
		else if (c == '\t')
			tab++;
	}
	if (tab && tab >= semi && tab >= comma)
		return '\t';
	if (semi && semi >= comma)
		return ';';
	return ',';
}
