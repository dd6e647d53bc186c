/*
 * vintage.c - what each release says, whatever order releases arrive in:
 * statuses and withdrawals derived from release-date order, the scale guard.
 *
 * Input: the series in temp.touched (and, for an import, its vintages in
 * temp.fresh). Output: those series' withdrawn rows and statuses as release
 * order gives them; counts of the fresh rows by status; a scale verdict.
 *
 * Invariants:
 *  1. Every value a release holds is a row (a repeat too), so what is in
 *     force on a date never depends on which file came first: the latest
 *     value of a period is the one in the newest release that holds it; as
 *     of D, the one in the newest release dated on or before D.
 *  2. Release order is (released, id); statuses are recomputed from it after
 *     every import and drop, and a status is the only column ever updated.
 *  3. The value in force is the last row that was not "unchanged": a repeat
 *     printed coarser does not move it, so a revision cannot slip through
 *     a chain of reprints each within rounding of the one before.
 *  4. Withdrawals are derived too: a complete release withdraws what an
 *     earlier release held and its import (up to its date) does not.
 */
#include "store/store_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const status_name[ST_COUNT] = {
	"new", "revised", "restated", "unchanged", "withdrawn"
};

const char *vintage_status_name(enum obs_status s)
{
	return status_name[s];
}

static enum obs_status status_of(const char *s)
{
	for (int i = 0; i < ST_COUNT; i++)
		if (strcmp(s, status_name[i]) == 0)
			return (enum obs_status)i;
	return ST_COUNT;
}

enum obs_status vintage_classify(double v, double prec, double cur, double cur_prec)
{
	/* Within the rounding of the coarser print is the same figure; on its
	 * very edge (0.0015 then 2e-3) it is not: a print that could be either
	 * is taken for a revision, not dropped as unchanged. */
	double tol = fmax(prec, cur_prec) * (1 - 1e-9);

	return fabs(v - cur) >= tol ? ST_REVISED : prec < cur_prec ? ST_RESTATED : ST_UNCHANGED;
}

struct walk {
	struct store *st;
	struct recompute *out;
	int64_t series;		/* current group */
	char period[16];
	int have;		/* a value is in force in this group */
	double val, prec;	/* the value in force (invariant 3) */
	int val_fresh;		/* it came from the running import */
	struct scale_pairs before, after;	/* scale guard of the current series */
	struct { int64_t id; enum obs_status s; } *upd;	/* statuses to write */
	size_t nupd, aupd;
};

/* Whether b is about a times a power of ten other than 1 (within a factor
 * 10^0.1, so that the revisions a release also carries do not hide a slip
 * of its scale); adds the pair to p. */
void scale_pair_add(struct scale_pairs *p, const char *period, double a, double b)
{
	double e;
	int k;

	if (a == 0 && b == 0)
		return;
	if (p->n++ == 0) {
		p->same = 1;
		p->k = 0;
		str_copy(p->period, sizeof(p->period), period, strlen(period));
		p->from = a;
		p->to = b;
	}
	if (!p->same)
		return;
	if (a == 0 || b == 0 || (a < 0) != (b < 0)) {
		p->same = 0;
		return;
	}
	e = log10(fabs(b / a));
	k = (int)lround(e);
	if (k == 0 || (p->n > 1 && k != p->k) || fabs(e - k) > 0.1) {
		p->same = 0;
		return;
	}
	p->k = k;
}

int scale_slip(const struct scale_pairs *p)
{
	return p->n >= 3 && p->same;
}

/* End of a series: a scale verdict when every overlapping value (with the
 * release before the import, else with the one after) is 10^k apart. */
static void series_end(struct walk *w)
{
	struct scale_pairs *p = w->before.n >= 3 ? &w->before : w->after.n >= 3 ? &w->after : NULL;

	if (p && scale_slip(p) && !w->out->scale_series) {
		w->out->scale_series = w->series;
		w->out->scale_k = p == &w->before ? p->k : -p->k;
		w->out->scale_n = p->n;
		str_copy(w->out->scale_period, sizeof(w->out->scale_period), p->period,
			 strlen(p->period));
		w->out->scale_from = p == &w->before ? p->from : p->to;
		w->out->scale_to = p == &w->before ? p->to : p->from;
	}
	memset(&w->before, 0, sizeof(w->before));
	memset(&w->after, 0, sizeof(w->after));
}

/* Writes the statuses collected so far. Called from inside the walk too:
 * only status changes, which no index holds, so the walk's cursor is not
 * disturbed, and memory stays bounded whatever the series' length. */
static int flush(struct walk *w)
{
	for (size_t i = 0; i < w->nupd; i++) {
		const struct param p[] = {
			P_INT(":id", w->upd[i].id), P_TEXT(":status", status_name[w->upd[i].s]),
		};

		if (store_exec(w->st, SQL_OBSERVATION_SET_STATUS, p, ARRAY_SIZE(p), NULL) < 0)
			return -1;
	}
	w->nupd = 0;
	return 0;
}

static int walk_row(void *ctx, const struct row *r)
{
	struct walk *w = ctx;
	int64_t id = row_int(r, "id"), series = row_int(r, "series");
	const struct cell *period = row_cell(r, "period");
	enum obs_status old = status_of(row_text(r, "status")), now;
	int null = row_null(r, "value"), fresh = row_int(r, "fresh") != 0;
	double v = row_double(r, "value"), prec = row_double(r, "precision");

	if (series != w->series) {
		if (w->series)
			series_end(w);
		w->series = series;
		w->period[0] = '\0';
	}
	if (period->n != strlen(w->period) || memcmp(period->s, w->period, period->n) != 0) {
		str_copy(w->period, sizeof(w->period), period->s, period->n);
		w->have = 0;
	}
	if (isnan(prec))
		prec = 0;
	if (null) {
		now = ST_WITHDRAWN;
		w->have = 0;
	} else if (!w->have) {
		now = ST_NEW;
	} else {
		if (fresh && !w->val_fresh)
			scale_pair_add(&w->before, w->period, w->val, v);
		else if (!fresh && w->val_fresh)
			scale_pair_add(&w->after, w->period, w->val, v);
		now = vintage_classify(v, prec, w->val, w->prec);
	}
	if (!null && now != ST_UNCHANGED) {
		w->have = 1;
		w->val = v;
		w->prec = prec;
		w->val_fresh = fresh;
	}
	if (fresh)
		w->out->fresh[now]++;
	if (now != old) {
		if (!fresh)
			w->out->reclassified++;
		XGROW(w->upd, w->aupd, w->nupd + 1);
		w->upd[w->nupd].id = id;
		w->upd[w->nupd].s = now;
		if (++w->nupd == 65536 && flush(w) < 0)
			return -1;
	}
	return 0;
}

int vintage_recompute(struct store *st, struct recompute *out)
{
	static const enum sql_id steps[] = {
		SQL_WTARGET_CLEAR, SQL_WTARGET_FILL, SQL_WTARGET_PRUNE, SQL_WALK_ADD_WITHDRAWN,
		SQL_FINDING_WITHDRAW_STALE, SQL_OBSERVATION_WITHDRAW_STALE, SQL_OBSERVATION_WITHDRAW,
	};
	struct walk w;
	int ret = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < ARRAY_SIZE(steps); i++)
		if (store_exec(st, steps[i], NULL, 0, NULL) < 0)
			return -1;
	memset(&w, 0, sizeof(w));
	w.st = st;
	w.out = out;
	if (store_select(st, SQL_OBSERVATION_WALK, NULL, 0, walk_row, &w) != 0) {
		free(w.upd);
		return -1;
	}
	if (w.series)
		series_end(&w);
	ret = flush(&w);
	free(w.upd);
	if (!ret)
		ret = store_exec(st, SQL_WTARGET_CLEAR, NULL, 0, NULL);
	return ret;
}

int vintage_touch_clear(struct store *st)
{
	return store_exec(st, SQL_TOUCHED_CLEAR, NULL, 0, NULL) < 0 ||
	       store_exec(st, SQL_FRESH_CLEAR, NULL, 0, NULL) < 0 ||
	       store_exec(st, SQL_WALK_CLEAR, NULL, 0, NULL) < 0 ? -1 : 0;
}

/* ---- import identity and same-day releases ----------------------------- */


static int first_id(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "id");
	return 0;
}

int vintage_imported(struct store *st, const char *sha256, const char *options)
{
	const struct param p[] = { P_TEXT(":sha256", sha256), P_TEXT(":options", options) };
	int64_t id = 0;

	if (store_select(st, SQL_VINTAGE_FIND_IMPORT, p, ARRAY_SIZE(p), first_id, &id) < 0)
		return -1;
	return id != 0;
}

int vintage_same_day(struct store *st, const char *source, const char *released,
		     int64_t vintage, int64_t series, int replace, int64_t *old)
{
	const struct param p[] = {
		P_TEXT(":source", source), P_TEXT(":released", released),
		P_INT(":vintage", vintage), P_INT(":series", series),
	};
	const struct param q[] = { P_INT(":vintage", 0), P_INT(":series", series) };
	struct param r[2];

	int64_t id;
	int found = 0;

	/* Before version 2 two such releases could be stored: replace them all. */
	for (;;) {
		id = 0;
		if (store_select(st, SQL_VINTAGE_SAME_DAY, p, ARRAY_SIZE(p), first_id, &id) < 0)
			return -1;
		if (!id)
			return found;
		*old = id;
		if (!replace)
			return 1;
		found = 1;
		memcpy(r, q, sizeof(r));
		r[0].v.i = id;
		if (store_exec(st, SQL_FINDING_REPLACE, r, 2, NULL) < 0 ||
		    store_exec(st, SQL_OBSERVATION_REPLACE, r, 2, NULL) < 0 ||
		    store_exec(st, SQL_VINTAGE_DELETE_EMPTY, r, 1, NULL) < 0)
			return -1;
	}
}

/* ---- undo ---------------------------------------------------------------- */

static int one_id(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = row_int(r, "id");	/* 0 for NULL: no heir */
	return 0;
}

static int vintage_drop_one(struct store *st, int64_t id, struct drop_stats *out)
{
	const struct param p[] = { P_INT(":vintage", id) };
	int64_t heir = 0;
	struct recompute rc;

	if (vintage_touch_clear(st) < 0 ||
	    store_exec(st, SQL_TOUCHED_VINTAGE, p, 1, NULL) < 0 ||
	    store_exec(st, SQL_WALK_ADD_VINTAGE, p, 1, NULL) < 0 ||
	    store_exec(st, SQL_FINDING_DROP_VINTAGE, p, 1, NULL) < 0)
		return -1;
	out->findings += store_changes(st);
	if (store_exec(st, SQL_OBSERVATION_DROP_VINTAGE, p, 1, NULL) < 0)
		return -1;
	out->observations += store_changes(st);
	if (store_select(st, SQL_VINTAGE_HEIR, p, 1, one_id, &heir) < 0)
		return -1;
	if (heir) {
		const struct param q[] = { P_INT(":vintage", id), P_INT(":heir", heir) };

		if (store_exec(st, SQL_VINTAGE_REPOINT, q, 2, NULL) < 0)
			return -1;
	}
	if (store_exec(st, SQL_VINTAGE_DELETE, p, 1, NULL) < 0)
		return -1;
	if (store_changes(st) != 1)
		return error("%s: no vintage %lld", st->path, (long long)id);
	/* What was in force for its series changes: statuses and withdrawals
	 * follow from the releases that stay. */
	if (vintage_recompute(st, &rc) < 0 || store_exec(st, SQL_SERIES_DROP_ORPHANS, NULL, 0, NULL) < 0)
		return -1;
	out->series += store_changes(st);
	out->reclassified += rc.reclassified;
	return vintage_touch_clear(st);
}

int store_vintage_drop(struct store *st, int64_t id, struct drop_stats *out)
{
	memset(out, 0, sizeof(*out));
	if (store_begin(st) < 0)
		return -1;
	if (vintage_drop_one(st, id, out) < 0 || store_commit(st) < 0) {
		store_rollback(st);
		return -1;
	}
	return 0;
}
