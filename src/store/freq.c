/*
 * freq.c - the periods of a release's series and the frequency each is
 * stored at: every notation read (notation.c), dates on the first of a
 * period restated at the series' frequency (FRED's quarterly 2023-04-01 is
 * 2023-Q2), decided after the checking pass from the notation, --freq, the
 * spacing of its dates, or the frequency it is stored at.
 *
 * Invariants:
 *  1. One series, one frequency: periods of two shapes in a file, or a file
 *     at another frequency than the stored series, are refused, never mixed.
 *  2. Memory is flat in the file's size: a series keeps at most FREQ_DATES
 *     dates, the ones that decide its frequency (date_sample).
 *  3. A six-digit period is a year-month only when every period of the
 *     file so far is one (c->yyyymm): 202309 beside 2023 is refused.
 */
#include "store/csvin_int.h"

#include <string.h>

/* Keeps the dates that decide a series' frequency (notation_freq_of_dates),
 * never all of them: the first, a second distinct one, the first of each
 * month of the year, the first not on the 1st. Memory stays flat. */
static void date_sample(struct smeta *s, const char *d)
{
	int first_day = strcmp(d + 8, "01") == 0, need = s->ndates < 2;

	for (int i = 0; i < s->ndates; i++)
		if (strcmp(s->dates[i], d) == 0)
			return;
	if (!need) {
		need = 1;
		for (int i = 0; i < s->ndates && need; i++)
			need = first_day ? memcmp(s->dates[i] + 5, d + 5, 2) != 0
					 : strcmp(s->dates[i] + 8, "01") == 0;
	}
	if (need && s->ndates < FREQ_DATES)
		str_copy(s->dates[s->ndates++], NOTATION_MAX, d, strlen(d));
}

static const char *freq_name(char f)
{
	return f == 'A' ? "annual" : f == 'Q' ? "quarterly" : f == 'M' ? "monthly" : "daily";
}

/*
 * Pass 1 learns a series' period shape (and for dates, the dates that tell
 * its frequency); pass 2 writes the stored period: a date at the series'
 * frequency ("2023-04-01" of a quarterly series is "2023-Q2").
 */
int check_period(struct csvin *c, struct smeta *s, const char *p, char out[DATE_LEN])
{
	char norm[NOTATION_MAX], why[FMT_WHY];
	char shape;

	if (c->pass == 1 && c->yyyymm && !notation_is_yyyymm(p, strlen(p))) {
		c->yyyymm = 0;
		/* The two passes read every period with the file's final
		 * yyyymm: the one pass read some with another. */
		if (c->one && c->periods)
			return csvrows_bail(c);
	}
	c->periods++;
	shape = notation_period(p, strlen(p), c->yyyymm ? NOTATION_YYYYMM : 0, norm);
	if (!shape)
		return bad(c, "unknown period '%s' (use 2023, 2023-Q3, 2023Q3, 2023-M09, "
			      "2023-09, 2023-09-01, 20230901 or 01.09.2023)", p);
	if (c->pass == 1) {
		if (!s->shape)
			s->shape = shape;
		else if (s->shape != shape)
			return bad(c, "period '%s' of series '%s' does not match its earlier "
				      "periods' frequency", p, s->code);
		if (shape == 'D')
			date_sample(s, norm);
	}
	if (shape != 'D' || c->pass == 1) {
		str_copy(out, DATE_LEN, norm, strlen(norm));
		return 0;
	}
	if (notation_restate(norm, s->freq, out, why) < 0)
		return bad(c, "series '%s' is %s: %s", s->code, freq_name(s->freq), why);
	return 0;
}

int freq_row(void *ctx, const struct row *r)
{
	const char *f = row_text(r, "freq");

	if (f && strlen(f) == 1)
		*(char *)ctx = f[0];
	return 0;
}

/* One series holds one frequency: a file of another is refused, never
 * mixed in (2023 beside 2023-01 would count the year twice). */
static void freq_clash(struct csvin *c, const struct smeta *s, char stored)
{
	if (stored && stored != s->freq)
		bad(c, "series '%s' is stored as %s; this file's periods are %s: give it "
		       "another code (--series, or rename the column)", s->code,
		    freq_name(stored), freq_name(s->freq));
}

/*
 * After pass 1: the frequency each series is stored at. Its notation says
 * (2023-Q3 is quarterly), else --freq, else the spacing of its dates
 * (FRED dates quarterly data on 2023-01-01, 2023-04-01...). Returns 0, or
 * -1 after a message for a series nothing decides (one date alone).
 */
int decide_freq(struct csvin *c)
{
	const char *given = c->o->freq;

	for (size_t i = 0; i < c->ns; i++) {
		struct smeta *s = &c->s[i];
		const char *dates[FREQ_DATES];
		const struct param q[] = { P_TEXT(":code", s->code) };
		char f, stored = 0;

		c->rd.rec_line = s->line;
		if (store_select(c->st, SQL_SERIES_FREQ, q, 1, freq_row, &stored) < 0)
			return c->failed = -1;
		if (s->shape != 'D') {
			s->freq = s->shape;
			if (given && *given != s->shape)
				bad(c, "series '%s' has %s periods, not %s as --freq %s says",
				    s->code, freq_name(s->shape), freq_name(*given), given);
			else
				freq_clash(c, s, stored);
			continue;
		}
		for (int k = 0; k < s->ndates; k++)
			dates[k] = s->dates[k];
		f = notation_freq_of_dates(dates, (size_t)s->ndates);
		if (given)
			f = *given;
		else if (s->meta[C_FREQ] && strchr("AQMD", *s->meta[C_FREQ]))
			f = *s->meta[C_FREQ];
		/* One date: the series' own frequency, when it is stored already.
		 * Dates spaced by quarters or years are that, even for a series
		 * stored as months (freq_clash then refuses the file). */
		if (!f)
			f = stored;
		/* One first of a month that starts no quarter is a month. */
		if (!f && s->ndates == 1 && strcmp(s->dates[0] + 8, "01") == 0 &&
		    strstr("01,04,07,10", (char[3]){ s->dates[0][5], s->dates[0][6], 0 }) == NULL)
			f = 'M';
		if (!f)
			bad(c, "series '%s' has one date, '%s': monthly, quarterly or annual? "
			    "give --freq", s->code, s->dates[0]);
		s->freq = f;
		if (f)
			freq_clash(c, s, stored);
	}
	return c->rd.errors ? -1 : 0;
}

