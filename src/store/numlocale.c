/*
 * numlocale.c - numbers as spreadsheets in any locale write them: decimal
 * point or comma, a thousands separator only when the user opts in.
 *
 * Input: one field and a struct numfmt. Output: a double, or a reason that
 * says which option would read the field ("give --thousands ,").
 *
 * Invariants:
 *  1. Nothing is guessed: "112,586" under a decimal point is refused as
 *     ambiguous (thousands, or a decimal comma?), never read as either.
 *  2. Digit groups after the first have exactly three digits; the first has
 *     one to three. Separators after the decimal mark are refused.
 *  3. Hex ("0x1A"), inf, nan, and values beyond a double's range (written
 *     with or without an exponent) are refused, never stored as inf or 0.
 *  4. The number is rebuilt as plain ASCII ("-112586.1e0") before strtod(),
 *     so it never depends on the process's locale beyond the C decimal
 *     point, which tradestat never changes (no setlocale() call).
 */
#include "store/importfmt.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_SEPS 64		/* separators in one number: more is not a number */
#define MAX_ASCII 400		/* digits kept: a longer mantissa is refused */

struct sep {
	char kind;		/* ',', '.', or ' ' (ASCII, U+00A0, U+202F) */
	size_t group;		/* digits in the group that follows it */
};

struct scan {
	char sign;		/* '-', '+' or 0 */
	size_t first;		/* digits before the first separator */
	struct sep sep[MAX_SEPS];
	int nsep;
	char digits[MAX_ASCII + 1]; /* every mantissa digit, in order */
	size_t ndig;
	const char *exp;	/* borrowed: the exponent after 'e', or NULL */
	size_t nexp;
};

/* Bytes of a space-like separator at p[0..n): ASCII space, NBSP, NNBSP. */
static size_t space_len(const char *p, size_t n)
{
	if (n >= 1 && p[0] == ' ')
		return 1;
	if (n >= 2 && (unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0)
		return 2;
	if (n >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
	    (unsigned char)p[2] == 0xAF)
		return 3;
	return 0;
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Splits s[0..n) into sign, digit groups and separators, and exponent.
 * -1 with why for any other byte or shape. */
static int scan(const char *s, size_t n, struct scan *sc, char why[static FMT_WHY])
{
	size_t i = 0, *group = &sc->first, k;

	memset(sc, 0, sizeof(*sc));
	if (i < n && (s[i] == '-' || s[i] == '+'))
		sc->sign = s[i++];
	if (n - i >= 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X'))
		return snprintf(why, FMT_WHY, "'%.*s' is hexadecimal, not a decimal number",
				(int)(n > 60 ? 60 : n), s), -1;
	for (; i < n; i++) {
		char c = s[i];

		if (is_digit(c)) {
			if (sc->ndig == MAX_ASCII)
				return snprintf(why, FMT_WHY, "'%.40s...' has too many digits", s), -1;
			sc->digits[sc->ndig++] = c;
			++*group;
			continue;
		}
		k = c == ',' || c == '.' ? 1 : space_len(s + i, n - i);
		if (k) {
			/* A separator sits between digits (invariant 2). */
			if (*group == 0 || i + k >= n || !is_digit(s[i + k]) ||
			    sc->nsep == MAX_SEPS)
				goto bad;
			sc->sep[sc->nsep].kind = k == 1 && c != ' ' ? c : ' ';
			group = &sc->sep[sc->nsep++].group;
			i += k - 1;
			continue;
		}
		if ((c == 'e' || c == 'E') && sc->ndig) {
			size_t j = i + 1;

			if (j < n && (s[j] == '-' || s[j] == '+'))
				j++;
			if (j == n)
				goto bad;
			for (size_t t = j; t < n; t++)
				if (!is_digit(s[t]))
					goto bad;
			sc->exp = s + i + 1;
			sc->nexp = n - i - 1;
			return 0;
		}
		goto bad;
	}
	if (sc->ndig)
		return 0;
bad:
	if ((n - (sc->sign != 0) >= 3) &&
	    (strncasecmp(s + (sc->sign != 0), "inf", 3) == 0 ||
	     strncasecmp(s + (sc->sign != 0), "nan", 3) == 0))
		return snprintf(why, FMT_WHY, "'%.*s' is not a finite number",
				(int)(n > 60 ? 60 : n), s), -1;
	return snprintf(why, FMT_WHY, "bad number '%.*s'", (int)(n > 60 ? 60 : n), s), -1;
}

static const char *sep_option(char k)
{
	return k == ',' ? "," : k == '.' ? "." : "space";
}

/* Separators sep[0..nsep) are one kind and group digits by threes. */
static int grouped(const struct scan *sc, int nsep, char *kind)
{
	if (nsep == 0 || sc->first > 3)
		return 0;
	*kind = sc->sep[0].kind;
	for (int i = 0; i < nsep; i++)
		if (sc->sep[i].kind != *kind || sc->sep[i].group != 3)
			return 0;
	return 1;
}

/* Why s does not read in f, naming the option that would read it. */
static int hint(const char *s, size_t n, const struct scan *sc, int nint,
		int has_decimal, const struct numfmt *f, char why[static FMT_WHY])
{
	int q = (int)(n > 60 ? 60 : n);
	char other = f->decimal == '.' ? ',' : '.', k;

	if (grouped(sc, nint, &k)) {
		if (k == f->decimal)
			return snprintf(why, FMT_WHY, "'%.*s' has '%c' as thousands separator: "
					"give --thousands %c --decimal-%s", q, s, k, k,
					k == '.' ? "comma" : "point"), -1;
		if (k == other && nint == 1 && !has_decimal)
			return snprintf(why, FMT_WHY, "'%.*s' is ambiguous: give --thousands %c "
					"if '%c' separates thousands, or --decimal-%s", q, s,
					k, k, k == ',' ? "comma" : "point"), -1;
		return snprintf(why, FMT_WHY, "'%.*s' has a thousands separator: give "
				"--thousands %s", q, s, sep_option(k)), -1;
	}
	if (nint == 1 && !has_decimal && sc->sep[0].kind == other)
		return snprintf(why, FMT_WHY, "'%.*s' has a decimal %s: give --decimal-%s",
				q, s, other == ',' ? "comma" : "point",
				other == ',' ? "comma" : "point"), -1;
	return snprintf(why, FMT_WHY, "bad number '%.*s' (digits grouped wrongly or "
			"separators mixed)", q, s), -1;
}

/* Powers of ten that are doubles exactly, for plain(). */
static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
};

/*
 * Most values of a release: "-DIGITS" or "-DIGITS.DIGITS" with '.' the
 * decimal mark, at most 15 digits. 1 with the value in *v (when v), as
 * num_parse's other path reads it: the digits as an integer m < 10^15 and
 * 10^k are exact doubles, so m / 10^k is the double nearest the decimal,
 * which is what strtod() returns. 0: not of that shape (the other path).
 */
static int plain(const char *s, size_t n, const struct numfmt *f, double *v)
{
	size_t i = s[0] == '-', dot = 0, nd = 0;
	uint64_t m = 0;
	double d;

	if (f->decimal != '.' || f->thousands == '.' || i == n)
		return 0;
	for (; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			m = m * 10 + (uint64_t)(s[i] - '0');
			nd++;
		} else if (s[i] == '.' && !dot && nd && i + 1 < n) {
			dot = i;
		} else {
			return 0;
		}
	}
	if (nd > 15)
		return 0;
	d = (double)m;
	if (dot)
		d /= pow10_exact[n - 1 - dot];
	if (v)
		*v = s[0] == '-' ? -d : d;
	return 1;
}

struct numfmt numfmt_for_delimiter(char delim)
{
	struct numfmt f = { delim == ';' ? ',' : '.', 0 };

	return f;
}

int num_parse(const char *s, size_t n, const struct numfmt *f, double *v,
	      char why[static FMT_WHY])
{
	struct scan sc;
	char ascii[MAX_ASCII + 48], *end, k;
	int ndec = 0, dec = -1, nint, q;
	size_t intdig, len = 0;
	double d;

	why[0] = 0;
	while (n && s[0] == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	q = (int)(n > 60 ? 60 : n);
	if (n == 0)
		return snprintf(why, FMT_WHY, "empty number"), -1;
	if (plain(s, n, f, v))
		return 0;
	if (f->thousands && f->thousands == f->decimal)
		return snprintf(why, FMT_WHY, "the thousands separator and the decimal mark "
				"are both '%c'", f->decimal), -1;
	if (scan(s, n, &sc, why) < 0)
		return -1;
	for (int i = 0; i < sc.nsep; i++)
		if (sc.sep[i].kind == f->decimal)
			ndec++, dec = i;
	if (ndec > 1)
		return hint(s, n, &sc, sc.nsep, 0, f, why);
	if (ndec == 1 && dec != sc.nsep - 1)
		return snprintf(why, FMT_WHY, "bad number '%.*s' (a separator after the "
				"decimal mark)", q, s), -1;
	/* The integer part is everything before the one decimal mark. */
	nint = ndec == 1 ? dec : sc.nsep;
	if (nint > 0 && (!f->thousands || !grouped(&sc, nint, &k) ||
			 k != (f->thousands == ' ' ? ' ' : f->thousands)))
		return hint(s, n, &sc, nint, ndec == 1, f, why);

	/* Rebuild "-DIGITS.DIGITS" + "e..." in ASCII (invariant 4). */
	intdig = sc.first;
	for (int i = 0; i < nint; i++)
		intdig += sc.sep[i].group;
	if (sc.sign == '-')
		ascii[len++] = '-';
	memcpy(ascii + len, sc.digits, intdig);
	len += intdig;
	if (ndec == 1) {
		ascii[len++] = '.';
		memcpy(ascii + len, sc.digits + intdig, sc.ndig - intdig);
		len += sc.ndig - intdig;
	}
	if (sc.exp) {
		if (sc.nexp > 8)
			return snprintf(why, FMT_WHY, "'%.*s' is out of range", q, s), -1;
		ascii[len++] = 'e';
		memcpy(ascii + len, sc.exp, sc.nexp);
		len += sc.nexp;
	}
	ascii[len] = 0;
	/* Only checking (csvin's first pass): up to 300 digits and no exponent
	 * is within range (1e300 > it > 1e-300, or 0), so no strtod. */
	if (!v && !sc.exp && sc.ndig > 0 && sc.ndig <= 300)
		return 0;
	errno = 0;
	d = strtod(ascii, &end);
	if (*end || errno == ERANGE || !isfinite(d))
		return snprintf(why, FMT_WHY, "'%.*s' is out of range", q, s), -1;
	if (v)
		*v = d;
	return 0;
}
