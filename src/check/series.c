/*
 * series.c - finding a claim's series and a period's vintages by binary
 * search over check_input.obs, for the rules that compare with the data.
 *
 * Input: the observations, sorted by series, period, release date (check.h).
 * Output: a series index (one entry per series code) and, per lookup, the
 * run of vintages of one (series, period).
 *
 * Invariants:
 *  1. Nothing is scanned per claim: a subject is found by binary search over
 *     the index, a period by binary search inside its series' run, so a rule
 *     over n claims and m observations costs O((n + m) log m).
 *  2. A series' metadata is its first observation's: the loader joins it
 *     from the series table, so every observation of a code carries the same.
 *  3. The observations are never changed or copied; the index holds offsets.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A partner "WORLD" (all partners, as extract writes a total) is the same
 * key as a series' empty partner (a total imported without one). */
static const char *partner_key(const char *p)
{
	return strcmp(p, "WORLD") ? p : "";
}

/* The subject key of a series, in the order the index sorts by. */
static int key_cmp(const struct obs *a, const char *reporter, const char *partner,
		   const char *flow, const char *measure, const char *unit, int depth)
{
	const char *ka[] = { a->reporter, partner_key(a->partner), a->flow, a->measure, a->unit };
	const char *kb[] = { reporter, partner_key(partner), flow, measure, unit };
	int c;

	for (int i = 0; i < depth; i++)
		if ((c = strcmp(ka[i], kb[i])))
			return c;
	return 0;
}

static int ent_cmp(const void *pa, const void *pb)
{
	const struct obs *a = ((const struct series_ent *)pa)->head;
	const struct obs *b = ((const struct series_ent *)pb)->head;
	int c = key_cmp(a, b->reporter, b->partner, b->flow, b->measure, b->unit, 5);

	return c ? c : strcmp(a->series, b->series);
}

void series_ix_init(struct series_ix *ix, const struct check_input *in)
{
	size_t alloc = 0;

	memset(ix, 0, sizeof(*ix));
	ix->obs = in->obs;
	for (size_t s = 0, e; s < in->nobs; s = e) {
		for (e = s + 1; e < in->nobs && !strcmp(in->obs[e].series, in->obs[s].series); e++)
			;
		XGROW(ix->v, alloc, ix->n + 1);
		ix->v[ix->n++] = (struct series_ent){ &in->obs[s], s, e };
	}
	if (ix->n)
		qsort(ix->v, ix->n, sizeof(*ix->v), ent_cmp);
}

void series_ix_release(struct series_ix *ix)
{
	free(ix->v);
	memset(ix, 0, sizeof(*ix));
}

size_t series_ix_find(const struct series_ix *ix, const char *reporter, const char *partner,
		      const char *flow, const char *measure, const char *unit, size_t *first)
{
	int depth = unit ? 5 : 4;
	size_t lo = 0, hi = ix->n, end;

	/* Lower bound, then upper bound, of the equal run. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (key_cmp(ix->v[mid].head, reporter, partner, flow, measure, unit, depth) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	for (end = lo, hi = ix->n; end < hi;) {
		size_t mid = end + (hi - end) / 2;

		if (key_cmp(ix->v[mid].head, reporter, partner, flow, measure, unit, depth) <= 0)
			end = mid + 1;
		else
			hi = mid;
	}
	return end - lo;
}

/*
 * "goods" against a series with no commodity is the whole trade: a series
 * that says nothing about its commodity is taken as all goods, as customs
 * totals are. Two named commodities must be the same.
 */
int series_commodity_fits(const struct series_ent *e, const char *commodity)
{
	return !commodity[0] || !e->head->commodity[0] || !strcmp(commodity, e->head->commodity);
}

int series_period(const struct series_ix *ix, const struct series_ent *e,
		  const char *period, size_t *lo, size_t *hi)
{
	size_t a = e->start, b = e->end, c;

	while (a < b) {
		size_t mid = a + (b - a) / 2;

		if (strcmp(ix->obs[mid].period, period) < 0)
			a = mid + 1;
		else
			b = mid;
	}
	/* A period has a handful of vintages: walking them is O(vintages). */
	for (c = a; c < e->end && !strcmp(ix->obs[c].period, period); c++)
		;
	*lo = a;
	*hi = c;
	return c > a;
}

const struct obs *series_latest(const struct series_ix *ix, size_t lo, size_t hi)
{
	while (hi > lo) {
		const struct obs *o = &ix->obs[--hi];

		if (isfinite(o->value))
			return o;
	}
	return NULL;
}

const struct obs *series_asof(const struct series_ix *ix, size_t lo, size_t hi,
			      const char *date)
{
	if (!date[0])
		return NULL;
	while (hi > lo) {
		const struct obs *o = &ix->obs[--hi];

		if (strcmp(o->released, date) <= 0 && isfinite(o->value))
			return o;
	}
	return NULL;
}
