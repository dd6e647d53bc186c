/*
 * rule_revision.c - what an article says about revisions, against the
 * stored vintages: "the previously published April deficit was $61.2
 * billion" must be the value in force before the release that changed
 * April, "$60.9 billion in April, revised" the value that release gave.
 *
 * Input: the facts whose status is "previous" or "revised", and every
 * vintage of every observation. Output: one finding per (such claim,
 * matching series holding its period).
 *
 * Invariants:
 *  1. "As of the article's date" is the vintage current then (the last one
 *     released on or before it, series_asof); the release that changed the
 *     period is that vintage when an earlier one held a different value.
 *  2. A "previous" figure is checked against the value in force before that
 *     release; a "revised" one against the value it gave. Agreement is info
 *     naming both vintages; a disagreement is a warning or an error by the
 *     shared tolerances (tol.c), capped by comparability (basis.c).
 *  3. Missing evidence is never a finding above info: no date, no vintage
 *     by then, or no earlier different value to compare a "previous" with.
 *  4. A balance meets the series of its trade (flow "trade", a level):
 *     official balances are levels of the signed difference.
 *  5. Order: the facts' input order, then the series index order.
 *  6. Like with like (basis_claim_series): the series' subject, adjustment
 *     and price; the claim's sources cap at warning (an error needs every
 *     compared field stated), a twin in its sentence (basis_twin) at info.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <string.h>

static int is_status(const struct fact *f, const char *s)
{
	return f->status && !strcmp(f->status, s);
}

static int compared(const struct fact *f)
{
	return (is_status(f, "previous") || is_status(f, "revised")) &&
	       (!strcmp(f->kind, "money") || !strcmp(f->kind, "quantity")) &&
	       (!strcmp(f->measure, "level") || !strcmp(f->measure, "balance")) &&
	       f->period[0] && !f->per[0] && isfinite(f->value) &&
	       (f->flow[0] || f->reporter[0] || f->partner[0]);
}

/* The value in force before cur: the last vintage in obs[lo..cur) with a
 * value different (beyond both roundings) from cur's, or NULL. */
static const struct observation *before(const struct obs_span *sp, const struct observation *cur)
{
	for (const struct observation *o = cur; o > sp->v;) {
		o--;
		if (isfinite(o->value) && !tol_overlaps(tol_obs_side(o), tol_obs_side(cur)))
			return o;
	}
	return NULL;
}

/* Fills out for f against one series' vintages of its period, sp. */
static void check(const struct obs_span *sp, const struct fact *f,
		  const struct basis_cmp *bc, struct finding *out, struct buf *msg)
{
	const struct observation *cur = series_asof(sp, f->published);
	const struct observation *latest = series_latest(sp);
	const struct observation *prev = cur ? before(sp, cur) : NULL;
	const struct observation *want = is_status(f, "previous") ? prev : cur;
	struct tol_side c = tol_side(f);
	char v[FMT_NUM_MAX], w[FMT_NUM_MAX], p[FMT_NUM_MAX];
	int agree;

	buf_reset(msg);
	if (!want) {
		/* Nothing to check against: said, and left at info. */
		tol_finding_vs_obs(out, rule_revision.name, f, NULL, cur ? cur : latest, c, 1);
		if (!f->published[0])
			buf_addf(msg, "%s (%s): the article has no date, so no vintage as of then",
				 f->text, f->status);
		else if (!cur)
			buf_addf(msg, "%s (%s): no vintage of %s %s was released by %s", f->text,
				 f->status, latest->series, latest->period, f->published);
		else
			buf_addf(msg, "%s (previous): no earlier value of %s %s than %s (vintage of "
				 "%s) is recorded, so the earlier estimate cannot be checked",
				 f->text, cur->series, cur->period, fmt_human(cur->value, cur->unit, 3, v),
				 cur->released);
		str_copy(out->message, sizeof(out->message), msg->s, msg->len);
		return;
	}
	agree = tol_overlaps(c, tol_obs_side(want));
	tol_finding_vs_obs(out, rule_revision.name, f, NULL, want, c, agree);
	if (is_status(f, "previous")) {
		buf_addf(msg, "%s, quoted as previously published, %s %s %s = %s in the vintage "
			 "of %s, the value in force before the vintage of %s revised it to %s",
			 f->text, agree ? "matches" : "does not match", want->series, want->period,
			 fmt_human(want->value, want->unit, fmt_human_sig(want->value, cur->value, 0), v),
			 want->released, cur->released,
			 fmt_human(cur->value, cur->unit, fmt_human_sig(want->value, cur->value, 0), w));
		if (!agree && tol_overlaps(c, tol_obs_side(cur)))
			buf_adds(msg, "; it is the revised value itself");
	} else if (agree) {
		buf_addf(msg, "%s, called revised, matches %s %s = %s in the vintage of %s, "
			 "current on %s", f->text, want->series, want->period,
			 fmt_human(want->value, want->unit, prev ? fmt_human_sig(want->value,
				 prev->value, 0) : 3, v), want->released, f->published);
		if (prev)
			buf_addf(msg, ", which revised %s (vintage of %s)", fmt_human(prev->value,
				 prev->unit, fmt_human_sig(want->value, prev->value, 0), w),
				 prev->released);
		else
			buf_adds(msg, "; no earlier different value is recorded");
	} else {
		buf_addf(msg, "%s, called revised, does not match %s %s = %s in the vintage of "
			 "%s, current on %s (by %s%%)", f->text, want->series, want->period,
			 fmt_human(want->value, want->unit, fmt_human_sig(want->value, c.value, 0), v),
			 want->released, f->published, tol_fmt_pct(out->rel_error * 100, p));
		if (prev && tol_overlaps(c, tol_obs_side(prev)))
			buf_addf(msg, "; it is the value before that revision (vintage of %s)",
				 prev->released);
	}
	basis_finish(out, bc, msg);
}

static int revision_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct series_ix local, *ix = series_ix_of(in, &local);
	struct buf msg = BUF_INIT;
	struct finding out;
	int rc = 0;

	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		const struct fact *f = &in->facts[i];
		int balance;
		size_t first, n;

		if (!compared(f))
			continue;
		balance = !strcmp(f->measure, "balance");
		n = series_ix_find(ix, f->reporter, f->partner, balance ? "trade" : f->flow,
				   "level", f->unit, &first);
		for (size_t k = first; k < first + n && !rc; k++) {
			struct basis_cmp bc;
			struct obs_span sp;

			if (!basis_claim_entry(f, &ix->v[k], in->facts, in->nfacts, &bc) ||
			    !series_period(ix, &ix->v[k], f->period, &sp) || !series_latest(&sp))
				continue;
			check(&sp, f, &bc, &out, &msg);
			rc = emit(ctx, &out);
		}
	}
	buf_release(&msg);
	return series_ix_done(ix, &local, rc);
}

const struct rule rule_revision = {
	.name = "revision",
	.summary = "a figure quoted as previous or revised against the vintages around it",
	.order = CHECK_BY_DOCUMENT,
	.run = revision_run,
};
