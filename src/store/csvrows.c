/*
 * csvrows.c - the series and vintage rows of an import (csvin.c), and its
 * one-pass path.
 *
 * Input: what the reading of a release learnt (c->s, c->r). Output: a
 * series row per series (created or described again), a vintage row per
 * release date, and how each series' values get their status (smeta.mode).
 *
 * One pass or two. The two-pass import reads the file once to check every
 * record and learn each series' frequency, metadata and release dates, then
 * again to store. Most releases need nothing from the end of the file to
 * store their first row: one release date, periods that say their frequency
 * (not dates), every record good. For those, csvin.c first reads the file
 * once, checking and storing in the same pass inside the file's transaction
 * or savepoint (csvrows_first_sight() writes a series' rows when the series
 * is first seen). Anything the one pass cannot decide as the two-pass path
 * would (csvrows_bail(): a bad record, a second release date, a date as a
 * period, a series that already has a release of that day, a file of
 * missing values only) undoes the transaction and the import starts again
 * with two passes, which report what is wrong as they always did.
 *
 * Invariants:
 *  1. The one pass prints nothing about the file (csvrd.quiet): a message
 *     would otherwise be printed twice, or differ from the two-pass path's.
 *  2. The one pass stores what the two passes would: the same rows in the
 *     same order, with the same ids (a series is created where the two-pass
 *     path's first pass first sees it), or it bails.
 *  3. Metadata seen after a series' row was written (a unit first given on
 *     its third record) is written again at the end (smeta.redo); the
 *     upsert keeps what is not said, so twice is once with all of it.
 */
#include "store/csvin_int.h"

#include <stdlib.h>
#include <string.h>

static int any_row(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "any");
	return 0;
}

static int later_row(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "later");
	return 0;
}

/* How a series adds up over time when no --aggregation says: flows sum
 * (a quarter's imports are its months'), rates, indices and prices
 * average; NULL when neither unit nor flow tells. */
static const char *aggregation_of(const char *unit, const char *flow)
{
	if (unit && (strcmp(unit, "%") == 0 || strcmp(unit, "index") == 0 || strchr(unit, '/')))
		return "mean";
	return flow ? "sum" : NULL;
}

/* The series' row, created or described again (its id in s->id); with one
 * release date, whether any value of it is stored yet (S_FRESH when none,
 * S_PLACE until series_mode says). 0, or -1 after a message. */
static int series_row(struct csvin *c, struct smeta *s)
{
	const struct import_opts *o = c->o;
	const char *const given[C_COUNT] = {
		[C_UNIT] = o->unit, [C_TITLE] = o->title, [C_REPORTER] = o->reporter,
		[C_PARTNER] = o->partner, [C_FLOW] = o->flow, [C_COMMODITY] = o->commodity,
		[C_MEASURE] = o->measure, [C_ADJUSTMENT] = o->adjustment, [C_PRICE] = o->price,
	};
	char freq[2] = { s->freq, 0 };

	for (int k = C_UNIT; k < C_VINTAGE; k++)
		if (given[k] && (!s->meta[k] || k == C_ADJUSTMENT || k == C_PRICE ||
				 k == C_MEASURE)) {
			free(s->meta[k]);	/* what the user says of the series wins */
			s->meta[k] = xstrdup(given[k]);
		}
	const struct series ser = {	/* NULL: not said, an earlier release's stays */
		.code = s->code, .title = s->meta[C_TITLE], .unit = s->meta[C_UNIT],
		.reporter = s->meta[C_REPORTER], .partner = s->meta[C_PARTNER],
		.flow = s->meta[C_FLOW], .commodity = s->meta[C_COMMODITY],
		.measure = s->meta[C_MEASURE], .freq = freq,
		.adjustment = s->meta[C_ADJUSTMENT], .price = s->meta[C_PRICE],
		.aggregation = o->aggregation ? o->aggregation
			: aggregation_of(s->meta[C_UNIT], s->meta[C_FLOW]),
	};
	const struct param p[] = {
		P_TEXT(":code", ser.code), P_TEXT(":title", ser.title),
		P_TEXT(":unit", ser.unit), P_TEXT(":reporter", ser.reporter),
		P_TEXT(":partner", ser.partner), P_TEXT(":flow", ser.flow),
		P_TEXT(":commodity", ser.commodity), P_TEXT(":measure", ser.measure),
		P_TEXT(":freq", ser.freq), P_TEXT(":adjustment", ser.adjustment),
		P_TEXT(":price", ser.price), P_TEXT(":aggregation", ser.aggregation),
	};
	sqlite3_stmt *st = store_stmt(c->st, SQL_SERIES_UPSERT);
	int rc = SQLITE_ERROR;

	if (store_bind_all(c->st, st, p, ARRAY_SIZE(p)) < 0)
		goto fail;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		s->id = sqlite3_column_int64(st, store_col(c->st, SQL_SERIES_UPSERT, "id"));
fail:
	store_reset(st);
	if (rc != SQLITE_ROW)
		return store_fail(c->st, "cannot store series");
	s->redo = 0;
	if (s->mode)
		return 0;	/* described again (invariant 3) */
	{
		const struct param q[] = { P_INT(":series", s->id) };
		int64_t any = 1;

		if (c->nr == 1 && store_select(c->st, SQL_SERIES_HAS_OBSERVATIONS, q, 1,
					       any_row, &any) < 0)
			return -1;
		s->mode = any ? S_PLACE : S_FRESH;
	}
	return 0;
}

/* Release date i's vintage row (newest: the file's newest date). */
static int vintage_row(struct csvin *c, size_t i, size_t newest)
{
	const char *src = c->o->source ? c->o->source : path_base(c->path);
	const struct param p[] = {
		P_TEXT(":source", src), P_TEXT(":released", c->r[i].date),
		P_TEXT(":path", c->path), P_TEXT(":sha256", c->sha256),
		P_INT(":complete", c->o->complete && i == newest ? 1 : 0),
		P_TEXT(":options", c->options),
		i ? (struct param)P_INT(":import", c->r[0].id) : (struct param)P_NULL(":import"),
	};

	if (store_exec(c->st, SQL_VINTAGE_INSERT, p, ARRAY_SIZE(p), &c->r[i].id) < 0)
		return -1;
	{
		const struct param q[] = { P_INT(":vintage", c->r[i].id) };

		return store_exec(c->st, SQL_FRESH_ADD, q, 1, NULL);
	}
}

/* After the vintages (temp.fresh): whether a series not S_FRESH appends
 * (one release newer than all of its values) or is placed. */
static int series_mode(struct csvin *c, struct smeta *s)
{
	const struct param q[] = { P_INT(":series", s->id) };
	const struct param r[] = {
		P_INT(":series", s->id), P_TEXT(":released", c->nr ? c->r[0].date : ""),
	};
	int64_t later = 1;

	if (s->mode == S_FRESH)
		return 0;
	if (c->nr == 1 && !c->o->complete &&
	    store_select(c->st, SQL_SERIES_RELEASED_SINCE, r, 2, later_row, &later) < 0)
		return -1;
	s->mode = later ? S_PLACE : S_APPEND;
	if (s->mode == S_PLACE && store_exec(c->st, SQL_TOUCHED_ADD, q, 1, NULL) < 0)
		return -1;
	return 0;
}

int create_rows(struct csvin *c)
{
	size_t newest = 0;

	for (size_t i = 0; i < c->ns; i++)
		if (series_row(c, &c->s[i]) < 0)
			return -1;
	/* --complete with --vintage-column: the file as a whole is the series,
	 * as of its newest release date (wtarget_fill.sql). */
	for (size_t i = 1; i < c->nr; i++)
		if (strcmp(c->r[i].date, c->r[newest].date) > 0)
			newest = i;
	for (size_t i = 0; i < c->nr; i++)
		if (vintage_row(c, i, newest) < 0)
			return -1;
	for (size_t i = 0; i < c->ns; i++)
		if (series_mode(c, &c->s[i]) < 0)
			return -1;
	c->stats->series = (long)c->ns;
	c->stats->vintages = (long)c->nr;
	return 0;
}

/* Whether series i already has a release of this source dated r[k]: -1 on a
 * database error, 1 when it has (refused, or replaced with --replace). */
static int same_day_one(struct csvin *c, size_t k, size_t i, int64_t *old)
{
	const char *src = c->o->source ? c->o->source : path_base(c->path);

	*old = 0;
	return vintage_same_day(c->st, src, c->r[k].date, c->r[k].id, c->s[i].id, c->o->replace,
				old);
}

int same_day(struct csvin *c)
{
	const char *src = c->o->source ? c->o->source : path_base(c->path);

	for (size_t k = 0; k < c->nr; k++) {
		for (size_t i = 0; i < c->ns; i++) {
			int64_t old = 0;
			int rc = same_day_one(c, k, i, &old);

			if (rc < 0)
				return c->failed = -1;
			if (rc > 0 && !c->o->replace) {
				c->rd.rec_line = 1;
				return bad(c, "series '%s' already has a release of '%s' dated %s "
					   "(vintage %lld): give --replace if this file supersedes "
					   "it, or another --vintage or --source", c->s[i].code, src,
					   c->r[k].date, (long long)old);
			}
			if (rc > 0)
				c->stats->replaced++;
		}
	}
	return 0;
}

/* ---- the one pass ------------------------------------------------------ */

int csvrows_bail(struct csvin *c)
{
	c->bail = 1;
	c->rd.stop = 1;
	return -1;
}

/*
 * A series seen for the first time in the one pass, on a record released
 * on `released`: its frequency (as decide_freq would: its periods' shape),
 * the file's vintage when this is the first series, the series' row and
 * how its values get their status. 0, or -1: bail (or c->failed).
 */
int csvrows_first_sight(struct csvin *c, struct smeta *s, const char *released)
{
	const struct param q[] = { P_TEXT(":code", s->code) };
	const char *given = c->o->freq;
	char stored = 0;
	int64_t old = 0;
	int rc;

	if (s->shape == 'D' || (given && *given != s->shape))
		return csvrows_bail(c);
	s->freq = s->shape;
	if (store_select(c->st, SQL_SERIES_FREQ, q, 1, freq_row, &stored) < 0)
		return c->failed = -1;
	if (stored && stored != s->freq)
		return csvrows_bail(c);
	if (!c->nr) {
		struct rel *r;

		XGROW(c->r, c->ar, 1);
		r = &c->r[c->nr++];
		memset(r, 0, sizeof(*r));
		str_copy(r->date, sizeof(r->date), released, strlen(released));
		if (vintage_row(c, 0, 0) < 0)
			return c->failed = -1;
	} else if (strcmp(c->r[0].date, released) != 0) {
		return csvrows_bail(c);
	}
	if (series_row(c, s) < 0 || series_mode(c, s) < 0)
		return c->failed = -1;
	rc = same_day_one(c, 0, (size_t)(s - c->s), &old);
	if (rc < 0)
		return c->failed = -1;
	return rc > 0 ? csvrows_bail(c) : 0;
}

/* After the one pass, its rows flushed: metadata learnt late (invariant 3),
 * and the import's counts. 0, or -1: bail (or c->failed). */
int csvrows_end(struct csvin *c)
{
	if (c->bail || c->rd.errors || !c->values)
		return csvrows_bail(c);
	for (size_t i = 0; i < c->ns; i++)
		if (c->s[i].redo && series_row(c, &c->s[i]) < 0)
			return c->failed = -1;
	c->stats->series = (long)c->ns;
	c->stats->vintages = (long)c->nr;
	return 0;
}
