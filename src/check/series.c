/*
 * series.c - finding a claim's series and a period's vintages, for the
 * rules that compare with the data: by binary search over check_input.obs,
 * or (validate) through a fetch function that looks each (series, period)
 * up in the store.
 *
 * Input: the observations, sorted by series, period, release date (check.h),
 * or the series' metadata and a fetch function.
 * Output: a series index (one entry per series code) and, per lookup, the
 * span of vintages of one (series, period).
 *
 * Invariants:
 *  1. Nothing is scanned per claim: a subject is found by binary search over
 *     the index, a period by binary search inside its series' run (or one
 *     indexed lookup in the store), so a rule over n claims and m
 *     observations costs O((n + m) log m).
 *  2. A series' metadata is its first observation's: the loader joins it
 *     from the series table, so every observation of a code carries the same.
 *  3. In memory, the observations are never changed or copied; the index
 *     holds offsets. Fetched, each (series, period) is fetched once until
 *     series_ix_forget(), and what a span points to stays put until then.
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
static int key_cmp(const struct observation *a, const char *reporter, const char *partner,
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
	const struct observation *a = ((const struct series_ent *)pa)->head;
	const struct observation *b = ((const struct series_ent *)pb)->head;
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
		ix->v[ix->n++] = (struct series_ent){ &in->obs[s], s, e, 0 };
	}
	if (ix->n)
		qsort(ix->v, ix->n, sizeof(*ix->v), ent_cmp);
}

void series_ix_init_fetch(struct series_ix *ix, const struct observation *heads, size_t n,
			  series_fetch_fn fetch, void *ctx)
{
	memset(ix, 0, sizeof(*ix));
	ix->fetch = fetch;
	ix->fetch_ctx = ctx;
	ix->v = xcalloc(n + 1, sizeof(*ix->v));
	for (size_t k = 0; k < n; k++)
		ix->v[k] = (struct series_ent){ &heads[k], 0, 0, heads[k].id };
	ix->n = n;
	if (n)
		qsort(ix->v, n, sizeof(*ix->v), ent_cmp);
}

/* One fetched (series, period): its vintages and their strings, in one block. */
struct series_run {
	const struct series_ent *e;
	int all;		/* every period (series_all), not one */
	const char *period;	/* in text; "" when all */
	size_t n;
	struct observation *v;		/* right after this header, then the strings: the
				   period, then each vintage's three */
};

static const char field_none[] = "";

void series_ix_add(struct series_ix *ix, const struct observation *o)
{
	const char *str[3] = { o->period, o->released, o->source };

	size_t alloc = ix->pend_alloc;

	XGROW(ix->pend, ix->pend_alloc, ix->npend + 1);
	if (ix->pend_alloc != alloc)
		ix->pend_off = xrealloc(ix->pend_off, ix->pend_alloc * 3 * sizeof(*ix->pend_off));
	ix->pend[ix->npend] = *o;
	for (int k = 0; k < 3; k++) {
		ix->pend_off[ix->npend * 3 + k] = ix->pend_text.len;
		buf_adds(&ix->pend_text, str[k] ? str[k] : field_none);
		buf_addc(&ix->pend_text, '\0');
	}
	ix->npend++;
}

/* Fetches (e, period) into a new run kept until series_ix_forget(). */
static struct series_run *fetch_run(struct series_ix *ix, const struct series_ent *e,
				    const char *period)
{
	struct series_run *r;
	size_t plen = (period ? strlen(period) : 0) + 1, vbytes, tbytes;
	char *text;

	ix->npend = 0;
	buf_reset(&ix->pend_text);
	if (ix->fetch(ix->fetch_ctx, ix, e, period) < 0) {
		ix->failed = 1;
		return NULL;
	}
	vbytes = ix->npend * sizeof(struct observation);
	tbytes = plen + ix->pend_text.len;
	/* The obs array right after the header, aligned as the header is. */
	r = xmalloc(sizeof(*r) + vbytes + tbytes);
	r->e = e;
	r->all = !period;
	r->n = ix->npend;
	r->v = (struct observation *)(void *)(r + 1);
	text = (char *)(r->v + ix->npend);
	memcpy(text, period ? period : "", plen);
	r->period = text;
	if (ix->pend_text.len)
		memcpy(text + plen, ix->pend_text.s, ix->pend_text.len);
	for (size_t k = 0; k < ix->npend; k++) {
		struct observation *o = &r->v[k];
		const struct observation *h = e->head;

		*o = ix->pend[k];
		o->series = h->series, o->unit = h->unit, o->reporter = h->reporter;
		o->partner = h->partner, o->flow = h->flow, o->commodity = h->commodity;
		o->measure = h->measure, o->adjustment = h->adjustment, o->price = h->price;
		o->aggregation = h->aggregation;
		o->period = text + plen + ix->pend_off[k * 3];
		o->released = text + plen + ix->pend_off[k * 3 + 1];
		o->source = text + plen + ix->pend_off[k * 3 + 2];
	}
	XGROW(ix->runs, ix->runs_alloc, ix->nruns + 1);
	ix->runs[ix->nruns++] = r;
	return r;
}

void series_ix_forget(struct series_ix *ix)
{
	for (size_t k = 0; k < ix->nruns; k++)
		free(ix->runs[k]);
	ix->nruns = 0;
}

void series_ix_release(struct series_ix *ix)
{
	series_ix_forget(ix);
	free(ix->runs);
	free(ix->pend);
	free(ix->pend_off);
	buf_release(&ix->pend_text);
	free(ix->v);
	memset(ix, 0, sizeof(*ix));
}

struct series_ix *series_ix_of(const struct check_input *in, struct series_ix *local)
{
	if (in->ix)
		return in->ix;
	series_ix_init(local, in);
	return local;
}

int series_ix_done(struct series_ix *ix, struct series_ix *local, int rc)
{
	if (ix->failed)
		rc = -1;
	if (ix == local)
		series_ix_release(local);
	return rc;
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
 * totals are, and so is one of all commodities (basis_whole_trade:
 * Comtrade's "TOTAL"): it fits any claim, and basis_claim_series caps a
 * product group against it at info. Two named products must be the same.
 */
int series_commodity_fits(const struct series_ent *e, const char *commodity)
{
	return !commodity[0] || basis_whole_trade(e->head->commodity) ||
	       !strcmp(commodity, e->head->commodity);
}

int series_period(struct series_ix *ix, const struct series_ent *e, const char *period,
		  struct obs_span *out)
{
	size_t a, b, c;

	out->v = NULL;
	out->n = 0;
	if (ix->fetch) {
		struct series_run *r = NULL;

		/* A group looks up a handful of (series, period): newest first. */
		for (size_t k = ix->nruns; k-- > 0;)
			if (ix->runs[k]->e == e && !ix->runs[k]->all &&
			    !strcmp(ix->runs[k]->period, period)) {
				r = ix->runs[k];
				break;
			}
		if (!r && !ix->failed)
			r = fetch_run(ix, e, period);
		if (!r || !r->n)
			return 0;
		out->v = r->v;
		out->n = r->n;
		return 1;
	}
	a = e->start, b = e->end;
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
	out->v = ix->obs + a;
	out->n = c - a;
	return c > a;
}

int series_all(struct series_ix *ix, const struct series_ent *e, struct obs_span *out)
{
	out->v = NULL;
	out->n = 0;
	if (ix->fetch) {
		struct series_run *r = NULL;

		for (size_t k = ix->nruns; k-- > 0;)
			if (ix->runs[k]->e == e && ix->runs[k]->all) {
				r = ix->runs[k];
				break;
			}
		if (!r && !ix->failed)
			r = fetch_run(ix, e, NULL);
		if (!r || !r->n)
			return 0;
		out->v = r->v;
		out->n = r->n;
		return 1;
	}
	out->v = ix->obs + e->start;
	out->n = e->end - e->start;
	return out->n > 0;
}

const struct observation *series_latest(const struct obs_span *s)
{
	for (size_t k = s->n; k-- > 0;)
		if (isfinite(s->v[k].value))
			return &s->v[k];
	return NULL;
}

const struct observation *series_asof(const struct obs_span *s, const char *date)
{
	if (!date[0])
		return NULL;
	for (size_t k = s->n; k-- > 0;) {
		const struct observation *o = &s->v[k];

		if (strcmp(o->released, date) <= 0 && isfinite(o->value))
			return o;
	}
	return NULL;
}
