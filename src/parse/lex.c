/*
 * lex.c - the scanner: article bytes -> one token at a time.
 *
 * Input: a byte view buf[0..len) and an offset. Output: the next token as an
 * (off, len) view plus, for numbers, their value and written decimals.
 *
 * Invariants:
 *  1. Pure: no allocation, no state kept between calls, nothing printed.
 *  2. Never reads buf[len] or beyond, even inside a UTF-8 sequence: text
 *     cut in the middle of a character is punctuation, not an overrun.
 *  3. Every token has len >= 1 (except TOK_EOF) and the returned offset is
 *     past it, so a loop over lex_next() always ends.
 *  4. A valid multi-byte UTF-8 character is one token or part of a word,
 *     never split; an invalid byte or a NUL is a one-byte TOK_PUNCT.
 *  5. Every word and sign is looked up once, here, in the lexicon: the
 *     grammar reads its classes from the token and compares no strings.
 */
#include "base/base.h"
#include "lexicon/lexicon.h"
#include "parse/parse.h"

#include <math.h>
#include <string.h>

/* Spaces that separate tokens: ASCII blanks, no-break and thin spaces. */
static int is_space_cp(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ||
	       c == 0xa0 || c == 0x2009 || c == 0x200a || c == 0x200b || c == 0x202f ||
	       c == 0x2002 || c == 0x2003 || c == 0xfeff;
}

/* Letters of any script, roughly: everything above Latin-1 punctuation that
 * is not in a punctuation or symbol block. */
static int is_letter_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (c < 0xc0 || c == 0xd7 || c == 0xf7)
		return 0;
	if (c >= 0x2000 && c <= 0x2bff)
		return 0;
	if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe6f) ||
	    (c >= 0xff00 && c <= 0xff20) || c == 0xfeff)
		return 0;
	return 1;
}

static int is_sym_cp(uint32_t c)
{
	if (c < 0x80)
		return c == '$' || c == '%';
	return c == 0x20ac /* € */ || c == 0xa3 /* £ */ ||
	       c == 0xa5 /* ¥ */ || c == 0x20bd /* ₽ */ || c == 0x20b9 /* ₹ */ ||
	       c == 0x20a9 /* ₩ */ || c == 0x20ba /* ₺ */ || c == 0x20a1 /* ₡ */ ||
	       c == 0x20be /* ₾ */ || c == 0x20ad /* ₭ */ || c == 0x5143 /* 元 */ ||
	       c == 0x20b1 /* ₱ */ || c == 0x20a6 /* ₦ */ || c == 0x20ab /* ₫ */ ||
	       c == 0x20b4 /* ₴ */ || c == 0x20b8 /* ₸ */;
}

static int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* The code point at off, or 0 with *n = 1 for a byte that starts no valid
 * character (so an invalid byte and a NUL look alike: not a letter). */
static uint32_t cp_at(const char *buf, size_t len, size_t off, size_t *n)
{
	uint32_t c = 0;

	*n = utf8_decode((const unsigned char *)buf + off, len - off, &c);
	if (!*n) {
		*n = 1;
		return 0;
	}
	return c;
}

static int is_ascii_alnum(unsigned char c)
{
	return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* ASCII fast paths below: a byte under 0x80 is its own code point, so
 * utf8_decode() is called only for the rest (it was ~2 calls per byte). */
static int alnum_at(const char *buf, size_t len, size_t off)
{
	size_t n;

	if (off >= len)
		return 0;
	if ((unsigned char)buf[off] < 0x80)
		return is_ascii_alnum((unsigned char)buf[off]);
	return is_letter_cp(cp_at(buf, len, off, &n));
}

/* The blank at q that may group digits: one ASCII space, a no-break,
 * thin or narrow no-break space; its bytes, or 0. */
static size_t group_blank(const char *buf, size_t len, size_t q)
{
	if (q < len && buf[q] == ' ')
		return 1;
	if (q + 1 < len && (unsigned char)buf[q] == 0xc2 && (unsigned char)buf[q + 1] == 0xa0)
		return 2;
	if (q + 2 < len && (unsigned char)buf[q] == 0xe2 && (unsigned char)buf[q + 1] == 0x80 &&
	    ((unsigned char)buf[q + 2] == 0x89 || (unsigned char)buf[q + 2] == 0xaf))
		return 3;
	return 0;
}

/*
 * Digits with thousands commas (a comma counts only when exactly three
 * digits follow it and the first group had at most three; or Indian lakh
 * grouping, "12,34,567", pairs then a final three) and one decimal
 * point followed by a digit. The value is the integer mantissa divided by
 * a power of ten, so short decimals ("11.5", "0.65") come out exactly as
 * strtod() would give them; an overlong number becomes HUGE_VAL.
 */
static size_t scan_number(const char *buf, size_t len, size_t off, struct token *t)
{
	size_t p = off, first_group = 0;
	double m = 0;
	int dec = 0;

	while (p < len && is_digit((unsigned char)buf[p])) {
		m = m * 10 + (buf[p] - '0');
		p++;
		first_group++;
	}
	/* Indian grouping "12,34,567": pairs of digits, then a group of three. */
	if (first_group <= 2) {
		size_t q = p;

		while (q + 3 < len && buf[q] == ',' && is_digit((unsigned char)buf[q + 1]) &&
		       is_digit((unsigned char)buf[q + 2]) && buf[q + 3] == ',')
			q += 3;
		if (q > p && q + 3 < len && buf[q] == ',' && is_digit((unsigned char)buf[q + 1]) &&
		    is_digit((unsigned char)buf[q + 2]) && is_digit((unsigned char)buf[q + 3]) &&
		    (q + 4 >= len || !is_digit((unsigned char)buf[q + 4]))) {
			for (; p < q + 4; p++)
				if (buf[p] != ',')
					m = m * 10 + (buf[p] - '0');
			first_group = 4;	/* no Western groups after it */
		}
	}
	while (first_group <= 3 && p + 3 < len && buf[p] == ',' &&
	       is_digit((unsigned char)buf[p + 1]) && is_digit((unsigned char)buf[p + 2]) &&
	       is_digit((unsigned char)buf[p + 3]) &&
	       (p + 4 >= len || !is_digit((unsigned char)buf[p + 4]))) {
		for (int i = 1; i <= 3; i++)
			m = m * 10 + (buf[p + i] - '0');
		p += 4;
	}
	/* "EUR 2 611.5 bn", "1 234 567" with thin or no-break spaces: groups of
	 * three after a blank; after an ASCII space only when a decimal part
	 * ends the number (so "in 2026 125 firms" stays two numbers) */
	if (first_group <= 3) {
		size_t q = p, n, groups = 0;
		double mm = m;
		int ascii = 0;

		while ((n = group_blank(buf, len, q))) {
			if (q + n + 3 > len || !is_digit((unsigned char)buf[q + n]) ||
			    !is_digit((unsigned char)buf[q + n + 1]) || !is_digit((unsigned char)buf[q + n + 2]) ||
			    (q + n + 3 < len && is_digit((unsigned char)buf[q + n + 3])))
				break;
			ascii |= buf[q] == ' ';
			for (int i = 0; i < 3; i++)
				mm = mm * 10 + (buf[q + n + i] - '0');
			q += n + 3;
			groups++;
		}
		if (groups && (!ascii || (q + 1 < len && buf[q] == '.' && is_digit((unsigned char)buf[q + 1])))) {
			m = mm;
			p = q;
		}
	}
	if (p + 1 < len && buf[p] == '.' && is_digit((unsigned char)buf[p + 1])) {
		p++;
		while (p < len && is_digit((unsigned char)buf[p])) {
			m = m * 10 + (buf[p] - '0');
			dec++;
			p++;
		}
	}
	t->kind = TOK_NUM;
	t->off = off;
	t->len = p - off;
	t->decimals = dec;
	if (!isfinite(m))
		t->num = HUGE_VAL;
	else
		t->num = dec ? m / pow(10, dec) : m;
	if (isnan(t->num))
		t->num = HUGE_VAL;
	return p;
}

/*
 * The lexicon entry and classes of the word or sign s[0..n) (invariant 5). A
 * possessive ("Russia's", "China’s") is a country when its stem is one; a
 * country's key never ends in 's (lexicon_gen.py checks).
 */
static void lookup(const char *s, size_t n, struct token *t)
{
	const struct lex_entry *e = lexicon_word(s, n, &t->cls), *stem;
	uint64_t c;

	t->lex = e ? (uint32_t)(e - lexicon_entries) : 0;
	if (t->cls & CLS_COUNTRY)
		return;
	if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's')
		stem = lexicon_word(s, n - 2, &c);
	else if (n > 4 && memcmp(s + n - 4, "\xe2\x80\x99s", 4) == 0)
		stem = lexicon_word(s, n - 4, &c);
	else
		return;
	if (c & CLS_COUNTRY) {
		t->cls |= CLS_COUNTRY;
		t->stem = (uint32_t)(stem - lexicon_entries);
	}
}

/* s[0..n) is a currency sign written in letters ("RM", "Rp", "Rs") or a
 * code ("USD3.4bn", "EUR12.7bn"; words9), as written: asked only where
 * letters meet a digit inside a word. */
static int sign_word(const char *s, size_t n)
{
	uint64_t c;

	for (size_t k = 0; k < n; k++)
		if (!((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
			return 0;
	return lexicon_word(s, n, &c) && (c & (CLS_CURSIGN | CLS_CURCODE));
}

/*
 * Letters and digits, with an inner apostrophe (' or ’) or hyphen kept when
 * a letter or digit follows it: "year-on-year", "Russia's", "China’s".
 */
static size_t scan_word(const char *buf, size_t len, size_t off, struct token *t)
{
	size_t p = off, n;

	for (;;) {
		if (p >= len)
			break;
		if (is_ascii_alnum((unsigned char)buf[p])) {
			p++;
			continue;
		}
		if (alnum_at(buf, len, p)) {
			cp_at(buf, len, p, &n);
			p += n;
			continue;
		}
		if ((buf[p] == '\'' || buf[p] == '-') && alnum_at(buf, len, p + 1)) {
			p++;
			continue;
		}
		if (p + 3 <= len && memcmp(buf + p, "\xe2\x80\x99", 3) == 0 &&
		    alnum_at(buf, len, p + 3)) {
			p += 3;
			continue;
		}
		break;
	}
	/* "RM1.2 billion", "Rs500 crore": a currency's sign written in
	 * letters, glued to the number, is a word of its own */
	if (buf[off] >= 'A' && buf[off] <= 'Z' && p - off > 1)
		for (size_t k = 1; k <= 3 && off + k < p; k++)
			if (is_digit((unsigned char)buf[off + k])) {
				if (sign_word(buf + off, k))
					p = off + k;
				break;
			}
	t->kind = TOK_WORD;
	t->off = off;
	t->len = p - off;
	lookup(buf + off, p - off, t);
	return p;
}

size_t lex_next(const char *buf, size_t len, size_t off, struct token *t)
{
	size_t p = off, n, nl = 0, first_nl = 0, last_nl = 0;
	uint32_t c;

	memset(t, 0, sizeof(*t));
	if (!buf || off >= len) {
		t->kind = TOK_EOF;
		t->off = buf && off < len ? off : len;
		return len;
	}
	/* Blanks, counting line feeds: two or more make a paragraph break. */
	while (p < len) {
		if (buf[p] == '\n') {
			if (!nl++)
				first_nl = p;
			last_nl = p;
			p++;
			continue;
		}
		if ((unsigned char)buf[p] < 0x80) {
			if (!is_space_cp((unsigned char)buf[p]))
				break;
			p++;
			continue;
		}
		c = cp_at(buf, len, p, &n);
		if (!is_space_cp(c))
			break;
		p += n;
	}
	if (nl >= 2) {
		t->kind = TOK_NEWLINE;
		t->off = first_nl;
		t->len = last_nl + 1 - first_nl;
		return last_nl + 1;
	}
	if (p >= len) {
		t->kind = TOK_EOF;
		t->off = len;
		return len;
	}
	if (is_digit((unsigned char)buf[p]))
		return scan_number(buf, len, p, t);
	if ((unsigned char)buf[p] < 0x80) {
		c = (unsigned char)buf[p];
		n = 1;
	} else {
		c = cp_at(buf, len, p, &n);
	}
	if (is_letter_cp(c) && !is_sym_cp(c))
		return scan_word(buf, len, p, t);
	t->kind = is_sym_cp(c) ? TOK_SYM : TOK_PUNCT;
	t->off = p;
	t->len = n;
	if (t->kind == TOK_SYM)
		lookup(buf + p, n, t);
	return p + n;
}
