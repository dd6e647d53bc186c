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

#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <strings.h>

static const char *const months[] = { "January", "February", "March", "April",
				      "May", "June", "July", "August",
				      "September", "October", "November", "December" };

int period_month(const char *s, size_t n)
{
	if (n < 3 || s[0] < 'A' || s[0] > 'Z')
		return 0;
	for (int i = 0; i < 12; i++) {
		size_t ml = strlen(months[i]);

		if (n == ml && strncmp(s, months[i], n) == 0)
			return i + 1;
		/* "Aug", "Sept": abbreviations of at least three letters. */
		if (n < ml && (n == 3 || (i == 8 && n == 4)) && strncmp(s, months[i], n) == 0)
			return i + 1;
	}
	return 0;
}

/* Year, month and day of a valid "YYYY-MM-DD", or -1. */
static int split_date(const char *d, int *y, int *m, int *day)
{
	if (!d || !date_valid(d))
		return -1;
	if (sscanf(d, "%4d-%2d-%2d", y, m, day) != 3)
		return -1;
	return 0;
}

/* "YYYY-MM" for years YEAR_MIN..YEAR_MAX (what the store holds), else -1 and "". */
static int fmt_month(int year, int month, char out[static 11])
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
			 char out[static 11])
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
		else
			year = month <= dm ? dy : dy - 1;
	}
	return fmt_month(year, month, out);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's formula). */
static long days_from_civil(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/*
 * A day without a year is an event near the article: the occurrence nearest
 * to the document date, in its year or the one before or after ("Thursday,
 * September 21" in a story of September 20 is tomorrow, not last year), and
 * only within half a year of it. With a year, that day.
 */
int period_resolve_day(const char *doc_date, int month, int day, int year, char out[static 11])
{
	int dy, dm, dd, best = 0;
	long doc, gap = 184;
	char tmp[32];

	out[0] = '\0';
	if (month < 1 || month > 12 || day < 1 || day > 31)
		return -1;
	if (year <= 0) {
		if (split_date(doc_date, &dy, &dm, &dd) < 0)
			return -1;
		doc = days_from_civil(dy, dm, dd);
		for (int y = dy - 1; y <= dy + 1; y++) {
			snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", y, month, day);
			if (date_valid(tmp) && labs(days_from_civil(y, month, day) - doc) < gap) {
				gap = labs(days_from_civil(y, month, day) - doc);
				best = y;
			}
		}
		if (!best)
			return -1;
		year = best;
	}
	if (year < YEAR_MIN || year > YEAR_MAX)
		return -1;
	snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", year, month, day);
	if (!date_valid(tmp))
		return -1;
	memcpy(out, tmp, 11);
	return 0;
}

int period_shift_month(const char *p, int delta, char out[static 11])
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
