/*
 * rule_calendar.c - a weekday written with a date ("Tuesday, September 19")
 * must be the weekday of the date the grammar resolved it to.
 *
 * Input: the facts of kind "date" whose period is a day ("2023-09-19").
 * Output: one finding per such fact whose mention names a weekday: info
 * when it fits, error (a warning when the year is not written) when it
 * does not, naming both weekdays and the nearest years in which the day
 * and month do fall on the weekday written.
 *
 * Invariants:
 *  1. expected is the ISO weekday of the date (1 = Monday ... 7 = Sunday),
 *     actual the weekday written; the tolerance is 0.
 *  2. A mention naming no weekday, or two different ones, gives nothing.
 *  3. Pure arithmetic on the proleptic Gregorian calendar; no locale, no
 *     time zone, no libc time functions. *  4. An error needs every compared field stated (issue 13, point 3): a
 *     mention that does not write the year ("Monday, September 19") takes
 *     it from the article's date, so a wrong weekday there is a warning;
 *     with the year written ("Monday, September 19, 2023") an error.
 */
#include "check/check.h"

#include "base/base.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* Years searched either way for one whose day and month fit the weekday
 * written: 28 always finds one, even for 29 February (leap years only). */
#define YEARS_AROUND 40

static const char *const day_names[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
};
static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"
};

/* ISO weekday (1 = Monday) of y-m-d, by Sakamoto's method. */
static int weekday(int y, int m, int d)
{
	static const int t[] = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
	int w;

	if (m < 3)
		y--;
	w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;	/* 0 = Sunday */
	return w == 0 ? 7 : w;
}

/* 1-7 when word[0..n) is a weekday's name or its abbreviation ("Tue",
 * "Tues", "Thurs"), in any case; 0 otherwise. */
static int day_word(const char *word, size_t n)
{
	for (int i = 0; i < 7; i++) {
		size_t full = strlen(day_names[i]);

		if (n < 3 || n > full)
			continue;
		if (n != 3 && n != full && !(n == 4 && (i == 1 || i == 3)) &&
		    !(n == 5 && i == 3))
			continue;
		if (!strncasecmp(word, day_names[i], n))
			return i + 1;
	}
	return 0;
}

/* The weekday the text names, 0 for none, -1 for two different ones. */
static int day_named(const char *s)
{
	int found = 0;

	for (size_t i = 0; s[i];) {
		size_t j = i;
		int d;

		while (isalpha((unsigned char)s[j]))
			j++;
		if (j == i) {
			i++;
			continue;
		}
		if ((d = day_word(s + i, j - i))) {
			if (found && found != d)
				return -1;
			found = d;
		}
		i = j;
	}
	return found;
}

static int leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* The year nearest to y, step dir (+1 or -1), in which m-d falls on wday;
 * 0 when none within YEARS_AROUND. */
static int year_with(int y, int m, int d, int wday, int dir)
{
	for (int k = 1; k <= YEARS_AROUND; k++) {
		int z = y + dir * k;

		if (m == 2 && d == 29 && !leap(z))
			continue;
		if (weekday(z, m, d) == wday)
			return z;
	}
	return 0;
}

/* 1 when text writes year y in four digits, not inside a longer number. */
static int year_written(const char *text, int y)
{
	char want[8];
	size_t n = strlen(text);

	snprintf(want, sizeof(want), "%04d", y);
	for (size_t i = 0; i + 4 <= n; i++)
		if (!memcmp(text + i, want, 4) && (i == 0 || !isdigit((unsigned char)text[i - 1])) &&
		    !isdigit((unsigned char)text[i + 4]))
			return 1;
	return 0;
}

static void check_date(const struct fact *f, int y, int m, int d, int written,
		       struct finding *out)
{
	int real = weekday(y, m, d);

	memset(out, 0, sizeof(*out));
	out->rule = rule_calendar.name;
	out->claim = f;
	out->period = f->period;
	out->has_values = 1;
	out->expected = real;
	out->actual = written;
	if (real == written) {
		out->severity = SEV_INFO;
		snprintf(out->message, sizeof(out->message), "'%s': %s is a %s", f->text,
			 f->period, day_names[real - 1]);
		return;
	}
	/* Invariant 4: an error needs the year written. */
	out->severity = year_written(f->text, y) ? SEV_ERROR : SEV_WARNING;
	snprintf(out->message, sizeof(out->message),
		 "'%s' names a %s, but %s is a %s (%s %d falls on a %s in %d and %d)%s",
		 f->text, day_names[written - 1], f->period, day_names[real - 1],
		 month_names[m - 1], d, day_names[written - 1],
		 year_with(y, m, d, written, -1), year_with(y, m, d, written, +1),
		 out->severity == SEV_ERROR ? "" : " (at most warning: the year is not "
		 "written, it was taken from the article's date)");
}

static int calendar_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct finding out;
	int rc = 0;

	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		const struct fact *f = &in->facts[i];
		int y, m, d, written;

		if (strcmp(f->kind, "date") || !date_valid(f->period) ||
		    sscanf(f->period, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
		    (written = day_named(f->text)) <= 0)
			continue;
		check_date(f, y, m, d, written, &out);
		rc = emit(ctx, &out);
	}
	return rc;
}

const struct rule rule_calendar = {
	.name = "calendar",
	.summary = "a weekday written with a date is that date's weekday",
	.order = CHECK_BY_DOCUMENT,
	.run = calendar_run,
};
