/*
 * period.c - month names and relative periods resolved with a doc date.
 *
 * Input: a month (and maybe a day or year) as written, plus the article's
 * date "YYYY-MM-DD". Output: an ISO period "YYYY-MM" or "YYYY-MM-DD".
 *
 * Invariants:
 *  1. A month without a year is the latest such month not after the doc
 *     date: with a doc of 2024-05-22, "August" is 2023-08, "May" 2024-05.
 *  2. Without a doc date nothing relative resolves: out is "" and -1.
 *  3. Every day written out passes date_valid().
 */
#include "parse/parse.h"
#include "base/base.h"
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

/* Month names and abbreviations are the lexicon's (class month, as written). */
int period_month(const char *s, size_t n)
{
	uint64_t c;
	const struct lex_entry *e = lexicon_word(s, n, &c);

	return c & CLS_MONTH ? e->num : 0;
}

/* Year, month and day of a valid "YYYY-MM-DD", or -1. */
static int split_date(const char *d, int *y, int *m, int *day)
{
	if (!d || !date_valid(d))
		return -1;
	/* date_valid() checked the digits: read them as sscanf("%4d-%2d-%2d") would */
	*y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
	*m = (d[5] - '0') * 10 + (d[6] - '0');
	*day = (d[8] - '0') * 10 + (d[9] - '0');
	return 0;
}

int period_date_ym(const char *date, int *y, int *m)
{
	int d;

	return split_date(date, y, m, &d) == 0;
}

/* date_valid() of "%04d-%02d-%02d" of y, m, d (m 1..12, d 1..31), with no
 * string built: the same range and month lengths. */
static int ymd_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (y < YEAR_MIN || y > YEAR_MAX || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

/* "YYYY-MM" for years YEAR_MIN..YEAR_MAX (what the store holds), else -1 and "". */
static int fmt_month(int year, int month, char out[static DATE_LEN])
{
	char tmp[32];

	out[0] = '\0';
	if (year < YEAR_MIN || year > YEAR_MAX)
		return -1;
	snprintf(tmp, sizeof(tmp), "%04d-%02d", year, month);
	memcpy(out, tmp, 8);
	return 0;
}

int period_resolve_month(const char *doc_date, int month, int year, enum period_rel rel,
			 char out[static DATE_LEN])
{
	int dy, dm, dd;

	out[0] = '\0';
	if (month < 1 || month > 12)
		return -1;
	if (year <= 0) {
		if (split_date(doc_date, &dy, &dm, &dd) < 0)
			return -1;
		if (rel == PERIOD_THIS_YEAR)
			year = dy;
		else if (rel == PERIOD_LAST_YEAR)
			year = dy - 1;
		else if (rel == PERIOD_NEXT)
			year = month > dm ? dy : dy + 1;
		else if (rel == PERIOD_COMING)
			year = month >= dm ? dy : dy + 1;
		else
			year = month <= dm ? dy : dy - 1;
	}
	return fmt_month(year, month, out);
}

/* "YYYY-MM-DD" of a day whose month and day are valid; -1 (out untouched)
 * for a year outside YEAR_MIN..YEAR_MAX, whose four digits it writes. */
static int fmt_day(long y, int m, int d, char out[static DATE_LEN])
{
	if (y < YEAR_MIN || y > YEAR_MAX)
		return -1;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = out[7] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
	return 0;
}

/*
 * A day without a year is an event near the article: the occurrence nearest
 * to the document date, in its year or the one before or after ("Thursday,
 * September 21" in a story of September 20 is tomorrow, not last year), and
 * only within half a year of it. With a year, that day.
 */
int period_resolve_day(const char *doc_date, int month, int day, int year, char out[static DATE_LEN])
{
	int dy, dm, dd, best = 0;
	long doc, gap = 184;

	out[0] = '\0';
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return -1;
	if (year <= 0) {
		if (split_date(doc_date, &dy, &dm, &dd) < 0)
			return -1;
		doc = days_from_civil(dy, dm, dd);
		for (int y = dy - 1; y <= dy + 1; y++) {
			if (ymd_valid(y, month, day) && labs(days_from_civil(y, month, day) - doc) < gap) {
				gap = labs(days_from_civil(y, month, day) - doc);
				best = y;
			}
		}
		if (!best)
			return -1;
		year = best;
	}
	if (!ymd_valid(year, month, day))
		return -1;
	return fmt_day(year, month, day, out);
}

int period_resolve_weekday(const char *doc_date, int wd, int before, char out[static DATE_LEN])
{
	int y, m, d;
	long doc, back, ly;

	out[0] = '\0';
	if (wd < 0 || wd > 6 || split_date(doc_date, &y, &m, &d) < 0)
		return -1;
	doc = days_from_civil(y, m, d);
	/* 1970-01-01 was a Thursday (3 with Monday 0) */
	back = (((doc + 3) % 7 + 7) % 7 - wd + 7) % 7;
	if (before && back == 0)
		back = 7;
	civil_from_days(doc - back, &ly, &m, &d);
	return fmt_day(ly, m, d, out);
}

int period_shift_day(const char *date, int delta, char out[static DATE_LEN])
{
	int y, m, d;
	long ly;

	out[0] = '\0';
	if (split_date(date, &y, &m, &d) < 0)
		return -1;
	civil_from_days(days_from_civil(y, m, d) + delta, &ly, &m, &d);
	return fmt_day(ly, m, d, out);
}

int period_shift_month(const char *p, int delta, char out[static DATE_LEN])
{
	int y, m, k;

	out[0] = '\0';
	if (!p || strlen(p) != 7 || p[4] != '-' || sscanf(p, "%4d-%2d", &y, &m) != 2 ||
	    m < 1 || m > 12)
		return -1;
	k = y * 12 + (m - 1) + delta;
	if (k < 0)
		return -1;
	return fmt_month(k / 12, k % 12 + 1, out);
}

int period_month_typo(const char *s, size_t n)
{
	char w[16];
	uint64_t c;
	const struct lex_entry *e;

	if (n < 5 || n >= sizeof(w) || s[0] < 'A' || s[0] > 'Z')
		return 0;
	/* Swap each neighbouring pair back: one swap must give the full name
	 * (five letters or more: no abbreviation). */
	for (size_t k = 1; k + 1 < n; k++) {
		if (s[k] == s[k + 1])
			continue;
		memcpy(w, s, n);
		w[k] = s[k + 1];
		w[k + 1] = s[k];
		if ((e = lexicon_word(w, n, &c)) && (c & CLS_MONTH))
			return e->num;
	}
	return 0;
}

/* The year that rel gives a month-like period ending in month m. */
static int resolve_year(const char *doc_date, int m, enum period_rel rel, int *year)
{
	int dy, dm, dd;

	if (split_date(doc_date, &dy, &dm, &dd) < 0)
		return -1;
	if (rel == PERIOD_THIS_YEAR)
		*year = dy;
	else if (rel == PERIOD_LAST_YEAR)
		*year = dy - 1;
	else
		*year = m <= dm ? dy : dy - 1;
	return 0;
}

int period_resolve_quarter(const char *doc_date, int q, int year, enum period_rel rel,
			   char out[static PERIOD_MAX])
{
	out[0] = '\0';
	if (q < 1 || q > 4)
		return -1;
	/* A quarter counts from its first month: in-progress is "latest". */
	if (year <= 0 && resolve_year(doc_date, 3 * q - 2, rel, &year) < 0)
		return -1;
	if (year < YEAR_MIN || year > YEAR_MAX)
		return -1;
	snprintf(out, PERIOD_MAX, "%04d-Q%d", year % 10000, q);
	return 0;
}

int period_resolve_range(const char *doc_date, int m0, int m1, int year, enum period_rel rel,
			 char out[static PERIOD_MAX])
{
	char tmp[FMT_NUM_MAX];
	int y0;

	out[0] = '\0';
	if (m0 < 1 || m0 > 12 || m1 < 1 || m1 > 12 || m0 == m1)
		return -1;
	if (year <= 0 && (rel == PERIOD_NEXT || rel == PERIOD_COMING)) {
		/* "for June-July delivery": the first such months whose start
		 * is not before the doc date's month */
		int dy, dm, dd;

		if (split_date(doc_date, &dy, &dm, &dd) < 0)
			return -1;
		y0 = m0 >= dm ? dy : dy + 1;
		year = m0 > m1 ? y0 + 1 : y0;
	} else if (year <= 0 && resolve_year(doc_date, m1, rel, &year) < 0) {
		return -1;
	}
	y0 = m0 > m1 ? year - 1 : year;
	if (y0 < YEAR_MIN || year > YEAR_MAX)
		return -1;
	snprintf(tmp, sizeof(tmp), "%04d-%02d/%04d-%02d", y0, m0, year, m1);
	memcpy(out, tmp, PERIOD_MAX);	/* 15 bytes and the NUL: years have 4 digits */
	return 0;
}

static int digits(const char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return 1;
}

int period_shift_years(const char *p, int years, char out[static PERIOD_MAX])
{
	size_t n = p ? strlen(p) : 0;
	int y, y1;
	char tmp[32];

	out[0] = '\0';
	if (n < 4 || n >= PERIOD_MAX || !digits(p, 4))
		return -1;
	y = atoi(p) + years;
	if (y < YEAR_MIN || y > YEAR_MAX)
		return -1;
	if (n == 15 && p[7] == '/' && digits(p + 8, 4)) {	/* "2023-01/2023-08" */
		y1 = atoi(p + 8) + years;
		if (y1 < YEAR_MIN || y1 > YEAR_MAX)
			return -1;
		snprintf(tmp, sizeof(tmp), "%04d%.3s/%04d%.3s", y, p + 4, y1, p + 12);
	} else if (n == 21 && p[10] == '/' && digits(p + 11, 4)) {	/* days */
		y1 = atoi(p + 11) + years;
		if (y1 < YEAR_MIN || y1 > YEAR_MAX)
			return -1;
		snprintf(tmp, sizeof(tmp), "%04d%.6s/%04d%.6s", y, p + 4, y1, p + 15);
		tmp[10] = '\0';
		if (!date_valid(tmp) || !date_valid(tmp + 11))	/* 29 February */
			return -1;
		tmp[10] = '/';
	} else if (n == 7 && p[4] == '/' && digits(p + 5, 2)) {	/* "1986/87" */
		snprintf(tmp, sizeof(tmp), "%04d/%02d", y, (y + 1) % 100);
	} else if (n == 4 || n == 7 || n == 10) {
		snprintf(tmp, sizeof(tmp), "%04d%s", y, p + 4);
		if (n == 10 && !date_valid(tmp))	/* 29 February */
			return -1;
	} else {
		return -1;
	}
	memcpy(out, tmp, strlen(tmp) + 1);
	return 0;
}
