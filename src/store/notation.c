/*
 * notation.c - period notations as statistical agencies write them, turned
 * into the periods the store keeps, and the frequency of data dated on the
 * first day of each period (FRED's quarterly and annual files).
 *
 * Input: one field (pointer, length), or a column's dates. Output: "2023",
 * "2023-Q3", "2023-09" or "2023-09-01", with the frequency as 'A' 'Q' 'M' 'D'.
 *
 * Invariants:
 *  1. A year is four digits in YEAR_MIN..YEAR_MAX, a month 01..12 (two
 *     digits: "2023-M9" is refused), a quarter 1..4, a date a real one.
 *  2. Six digits are a year-month only when the caller says the whole
 *     column is (NOTATION_YYYYMM): alone, "202309" could be many things.
 *  3. A date stays a date ('D') here; only notation_restate() turns it into
 *     a month, quarter or year, and only when it is that period's first day.
 */
#include "store/importfmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int num(const char *s, size_t n)
{
	int v = 0;

	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* The year of s[0..4) when it is four digits in range, else 0. */
static int year_of(const char *s)
{
	int y;

	if (!digits(s, 4))
		return 0;
	y = num(s, 4);
	return y >= YEAR_MIN && y <= YEAR_MAX ? y : 0;
}

/* v's last width digits at p, zero-padded ("%0*u" of v % 10^width),
 * without a printf per period; returns the byte after them. */
static char *put_digits(char *p, unsigned v, int width)
{
	for (int i = width - 1; i >= 0; i--, v /= 10)
		p[i] = (char)('0' + v % 10);
	return p + width;
}

static char put_month(int y, int m, char out[static NOTATION_MAX])
{
	char *p;

	if (m < 1 || m > 12)
		return 0;
	p = put_digits(out, (unsigned)y, 4);
	*p++ = '-';
	*put_digits(p, (unsigned)m, 2) = 0;
	return 'M';
}

static char put_date(int y, int m, int d, char out[static NOTATION_MAX])
{
	char tmp[NOTATION_MAX], *p;

	if (m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	p = put_digits(tmp, (unsigned)y, 4);
	*p++ = '-';
	p = put_digits(p, (unsigned)m, 2);
	*p++ = '-';
	*put_digits(p, (unsigned)d, 2) = 0;
	if (!date_valid(tmp))
		return 0;
	memcpy(out, tmp, sizeof(tmp));
	return 'D';
}

int notation_is_yyyymm(const char *s, size_t n)
{
	int m;

	if (n != 6 || !digits(s, 6) || !year_of(s))
		return 0;
	m = num(s + 4, 2);
	return m >= 1 && m <= 12;
}

/* What follows "YYYY" (rest[0..n)), with the year y already checked. */
static char after_year(int y, const char *r, size_t n, unsigned flags,
		       char out[static NOTATION_MAX])
{
	if (n == 0) {
		*put_digits(out, (unsigned)y, 4) = 0;
		return 'A';
	}
	/* 2023Q3, 2023-Q3, 2023 Q3, 1985q1 */
	if ((n == 2 && (r[0] == 'Q' || r[0] == 'q')) ||
	    (n == 3 && (r[0] == '-' || r[0] == ' ') && (r[1] == 'Q' || r[1] == 'q'))) {
		char q = r[n - 1], *p;

		if (q < '1' || q > '4')
			return 0;
		p = put_digits(out, (unsigned)y, 4);
		*p++ = '-', *p++ = 'Q', *p++ = q, *p = 0;
		return 'Q';
	}
	/* 2023M09, 2023-M09 */
	if ((n == 3 && (r[0] == 'M' || r[0] == 'm') && digits(r + 1, 2)) ||
	    (n == 4 && r[0] == '-' && (r[1] == 'M' || r[1] == 'm') && digits(r + 2, 2)))
		return put_month(y, num(r + n - 2, 2), out);
	/* 2023-09 */
	if (n == 3 && r[0] == '-' && digits(r + 1, 2))
		return put_month(y, num(r + 1, 2), out);
	/* 2023-09-01 */
	if (n == 6 && r[0] == '-' && r[3] == '-' && digits(r + 1, 2) && digits(r + 4, 2))
		return put_date(y, num(r + 1, 2), num(r + 4, 2), out);
	/* 20230901 */
	if (n == 4 && digits(r, 4))
		return put_date(y, num(r, 2), num(r + 2, 2), out);
	/* 202309: only for a column of year-months (invariant 2) */
	if (n == 2 && digits(r, 2) && (flags & NOTATION_YYYYMM))
		return put_month(y, num(r, 2), out);
	return 0;
}

char notation_period(const char *s, size_t n, unsigned flags, char out[static NOTATION_MAX])
{
	char f;
	int y;

	out[0] = 0;
	while (n && s[0] == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	/* 01.09.2023: the day-first date of Excel in de, ru, pl... locales
	 * (dots are never month-first; slashes are, in the US: refused). */
	if (n == 10 && s[2] == '.' && s[5] == '.' && digits(s, 2) && digits(s + 3, 2) &&
	    (y = year_of(s + 6)))
		return put_date(y, num(s + 3, 2), num(s, 2), out);
	if (n < 4 || !(y = year_of(s)))
		return 0;
	f = after_year(y, s + 4, n - 4, flags, out);
	if (!f)
		out[0] = 0;
	return f;
}

/* Year and month of a YYYY-MM-DD date, and whether it is on the 1st;
 * -1 when it is not such a date. */
static int split_date(const char *d, int *y, int *m, int *first)
{
	if (!d || strlen(d) != 10 || !date_valid(d))
		return -1;
	*y = num(d, 4);
	*m = num(d + 5, 2);
	*first = d[8] == '0' && d[9] == '1';
	return 0;
}

char notation_freq_of_dates(const char *const *dates, size_t n)
{
	int y, m, first, all_jan = 1, all_qstart = 1, distinct = 0;

	for (size_t i = 0; i < n; i++) {
		if (split_date(dates[i], &y, &m, &first) < 0)
			return 0;
		if (!first)
			return 'D';
		all_jan &= m == 1;
		all_qstart &= (m - 1) % 3 == 0;
		if (!distinct && strcmp(dates[i], dates[0]) != 0)
			distinct = 1;
	}
	if (!distinct)
		return 0;
	return all_jan ? 'A' : all_qstart ? 'Q' : 'M';
}

int notation_restate(const char *date, char freq, char out[static NOTATION_MAX],
		     char why[static FMT_WHY])
{
	int y, m, first;

	out[0] = 0;
	if (split_date(date, &y, &m, &first) < 0) {
		snprintf(why, FMT_WHY, "'%.20s' is not a date", date ? date : "");
		return -1;
	}
	switch (freq) {
	case 'D':
		memcpy(out, date, NOTATION_MAX);
		return 0;
	case 'M':
		if (first)
			return put_month(y, m, out) ? 0 : -1;
		break;
	case 'Q':
		if (first && (m - 1) % 3 == 0) {
			char *p = put_digits(out, (unsigned)y, 4);

			*p++ = '-', *p++ = 'Q', *p++ = (char)('1' + (m - 1) / 3), *p = 0;
			return 0;
		}
		break;
	case 'A':
		if (first && m == 1) {
			*put_digits(out, (unsigned)y, 4) = 0;
			return 0;
		}
		break;
	default:
		snprintf(why, FMT_WHY, "unknown frequency '%c' (A, Q, M or D)", freq ? freq : '?');
		return -1;
	}
	snprintf(why, FMT_WHY, "'%s' is not the first day of a %s", date,
		 freq == 'M' ? "month" : freq == 'Q' ? "quarter" : "year");
	return -1;
}

int notation_release(const char *s, size_t n, char out[static NOTATION_MAX],
		     char why[static FMT_WHY])
{
	const char *rest = "";
	size_t nrest = 0;
	int y = 0, m = 0, d = 0;

	out[0] = 0;
	while (n && s[0] == ' ')
		s++, n--;
	while (n && s[n - 1] == ' ')
		n--;
	if (n >= 10 && s[4] == '-' && s[7] == '-' && digits(s, 4) && digits(s + 5, 2) &&
	    digits(s + 8, 2)) {
		y = num(s, 4), m = num(s + 5, 2), d = num(s + 8, 2);
		rest = s + 10, nrest = n - 10;
		if (nrest && rest[0] != 'T' && rest[0] != ' ')
			goto bad;
	} else if (n >= 8 && (s[2] == '/' || s[2] == '.') && s[5] == s[2] && digits(s, 2) &&
		   digits(s + 3, 2)) {
		/* 15/09/26 23:00:00 (Eurostat) or 15.09.2026 */
		d = num(s, 2), m = num(s + 3, 2);
		if (n >= 10 && digits(s + 6, 4))
			y = num(s + 6, 4), rest = s + 10, nrest = n - 10;
		else if (digits(s + 6, 2) && (n == 8 || s[8] == ' '))
			y = 2000 + num(s + 6, 2), rest = s + 8, nrest = n - 8;
		else
			goto bad;
		if (nrest && rest[0] != ' ')
			goto bad;
	} else if (n == 8 && digits(s, 8)) {
		y = num(s, 4), m = num(s + 4, 2), d = num(s + 6, 2);
	} else {
		goto bad;
	}
	/* The time after the date is not kept, but must look like one. */
	for (size_t i = 0; i < nrest; i++)
		if (!strchr("0123456789:TZ+-. ", rest[i]))
			goto bad;
	if (y >= YEAR_MIN && y <= YEAR_MAX && put_date(y, m, d, out) == 'D')
		return 0;
bad:
	out[0] = 0;
	snprintf(why, FMT_WHY, "bad release date '%.*s' (use 2026-09-15, 15/09/26 or 20260915)",
		 (int)(n > 40 ? 40 : n), s);
	return -1;
}
