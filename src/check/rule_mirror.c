/*
 * rule_mirror.c - mirror statistics: the same bilateral flow reported by
 * each side. A's exports to B against B's imports from A, A's surplus with B
 * against B's deficit with A; and a claim against the series of the other
 * side (a claim about China's exports to the U.S. against U.S. imports from
 * China).
 *
 * Input: the facts and every vintage of every observation. Output: one
 * finding per mirror pair: info within MIRROR_BAND, warning beyond; never an
 * error, never an agreement finding. Official mirror pairs in the series
 * get the same treatment (rule_mirror.series, run once per validate): a
 * series of A's exports to B against one of B's imports from A, period by
 * period, the latest value of each, a finding that rests on the two
 * observations and names both series, sources and vintages.
 *
 * Invariants:
 *  1. The two sides of a mirror pair are expected to differ: imports are
 *     valued CIF (with freight and insurance), exports FOB, and goods in
 *     transit at the turn of a month or year are counted in different
 *     periods. MIRROR_BAND (10% of the larger value, plus both roundings)
 *     covers the usual gap; beyond it the gap is worth a look, not a
 *     contradiction.
 *  2. Only named bilateral pairs: reporter and partner set, different,
 *     neither WORLD. Balances compare in magnitude (signs are opposite by
 *     definition); two deficits (or two surpluses) reported by each side
 *     against the other are beyond the band whatever their size.
 *  3. Qualifiers must fit (basis_qualifiers): a known difference in
 *     adjustment, price or commodity is no pair; one unknown caps at info.
 *  4. Work: O(n log n) sort of candidate facts by (period, unit, the
 *     unordered country pair), pairs only inside each group. Output order
 *     depends only on input order.
 *  5. Series pairs: the export side's series in the index's order, its
 *     mirror found by binary search (same unit and measure), both walked
 *     by period at once; only one pair's observations are held at a time.
 *  6. A claim more than TOL_SAME_FIGURE_RATIO from the other side (a
 *     claim or a series) is at most info: read on Reuters-21578, such pairs
 *     were a product group or another period taken for the whole flow.
 *     Official series against each other are not capped: no text was read.
 *  7. A claim with a twin in its sentence (basis_twin) is at most info; so
 *     is the base of a forecast no official source gives (basis.c, 12).
 *  8. Mirror evidence (explain_mirror): two articles' claims of A's trade
 *     with B, of which exactly one matches B's own claim for it, are one
 *     flow seen from each side - the matching one is B's statistics told as
 *     A's. The pair is compared as a mirror pair (the band, the caps of
 *     basis_claims as agreement would have them), naming the evidence;
 *     rule_agreement leaves the pair to this rule. A claim within rounding
 *     of another article's claim shown so is shown too (explain.c, 7), and
 *     the message names the claim it goes through.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The band the two sides of a mirror pair may differ by before a warning,
 * as a fraction of the larger one: the CIF/FOB margin (about 5-7% for most
 * trade) plus timing. Stated in the README. */
#define MIRROR_BAND 0.10

static int is_balance(const struct fact *f)
{
	return !strcmp(f->measure, "balance");
}

static int bilateral(const char *reporter, const char *partner)
{
	return reporter[0] && partner[0] && strcmp(reporter, partner) &&
	       strcmp(reporter, "WORLD") && strcmp(partner, "WORLD");
}

static int candidate(const struct fact *f)
{
	return (!strcmp(f->kind, "money") || !strcmp(f->kind, "quantity")) && f->period[0] &&
	       isfinite(f->value) && bilateral(f->reporter, f->partner) &&
	       ((!strcmp(f->measure, "level") &&
		 (!strcmp(f->flow, "export") || !strcmp(f->flow, "import"))) || is_balance(f));
}

static const char *lo_country(const struct fact *f)
{
	return strcmp(f->reporter, f->partner) < 0 ? f->reporter : f->partner;
}

static const char *hi_country(const struct fact *f)
{
	return strcmp(f->reporter, f->partner) < 0 ? f->partner : f->reporter;
}

/* The key of a group: what both sides share, the country pair unordered. */
static int key_cmp(const struct fact *a, const struct fact *b)
{
	const char *ka[] = { a->kind, a->unit, a->per, a->period, lo_country(a), hi_country(a) };
	const char *kb[] = { b->kind, b->unit, b->per, b->period, lo_country(b), hi_country(b) };
	int c;

	for (size_t i = 0; i < ARRAY_SIZE(ka); i++)
		if ((c = strcmp(ka[i], kb[i])))
			return c;
	return 0;
}

static int ptr_cmp(const void *pa, const void *pb)
{
	const struct fact *a = *(const struct fact *const *)pa;
	const struct fact *b = *(const struct fact *const *)pb;
	int c = key_cmp(a, b);

	/* then (document, position): the pair's sides do not depend on how
	 * the caller ordered the group */
	if (!c)
		c = (a->doc_id > b->doc_id) - (a->doc_id < b->doc_id);
	if (!c)
		c = (a->start > b->start) - (a->start < b->start);
	return c ? c : (a > b) - (a < b);
}

/* a and b are each side's report of one flow: opposite subjects, and
 * exports against imports or a balance against a balance. */
static int mirrored(const struct fact *a, const struct fact *b)
{
	if (strcmp(a->reporter, b->partner) || strcmp(a->partner, b->reporter))
		return 0;
	if (is_balance(a) || is_balance(b))
		return is_balance(a) && is_balance(b);
	return strcmp(a->flow, b->flow) != 0;
}

/* "JP's exports to US" / "US's balance with JP" */
static void add_subject(struct buf *b, const char *reporter, const char *partner,
			const char *flow, int balance)
{
	buf_addf(b, "%s's %s %s %s", reporter,
		 balance ? "balance" : !strcmp(flow, "export") ? "exports" : "imports",
		 balance ? "with" : !strcmp(flow, "export") ? "to" : "from", partner);
}

/*
 * Fills out: x is the other side's value (expected), y this side's
 * (actual), both as magnitudes for balances; same_sign marks two deficits
 * or two surpluses. The rule writes the message's start.
 */
static int judge(struct finding *out, double x, double xhalf, double y, double yhalf,
		 int same_sign, const struct basis_cmp *bc)
{
	double band = MIRROR_BAND * fmax(fabs(x), fabs(y));
	int within = !same_sign && fabs(x - y) <= band + xhalf + yhalf;

	out->rule = rule_mirror.name;
	out->has_values = 1;
	out->expected = x;
	out->actual = y;
	out->tolerance = band + xhalf + yhalf;
	out->rel_error = tol_rel_error(y, x);
	out->severity = basis_apply(bc, within ? SEV_INFO : SEV_WARNING);
	return within;
}

static void add_ratio(struct buf *msg, const struct finding *out, int same_sign, int within)
{
	char r[FMT_NUM_MAX], pct[FMT_NUM_MAX];

	if (same_sign) {
		buf_adds(msg, ": each side reports the same sign against the other, "
			 "beyond any CIF/FOB or timing gap");
		return;
	}
	buf_addf(msg, ": ratio %s", out->expected != 0
		 ? tol_fmt_sig(out->actual / out->expected, 3, r) : "n/a");
	buf_addf(msg, ", %s the usual mirror gap of +/-%s%% (CIF/FOB, timing)",
		 within ? "within" : "beyond", fmt_num(MIRROR_BAND * 100, pct));
}

/* Starts out as a finding about claim against other (a balance compared by
 * size), judged (judge), with msg emptied for its sentence; returns whether
 * the two agree within the band. */
static int start_finding(struct finding *out, const struct fact *claim, const struct fact *other,
			 int same_sign, const struct basis_cmp *bc, struct buf *msg)
{
	struct tol_side o = tol_side(other), c = tol_side(claim);
	int bal = is_balance(claim);

	memset(out, 0, sizeof(*out));
	out->claim = claim;
	out->other = other;
	out->period = claim->period;
	buf_reset(msg);
	return judge(out, bal ? fabs(o.value) : o.value, o.half, bal ? fabs(c.value) : c.value,
		     c.half, same_sign, bc);
}

/* The pair (other earlier, claim later) of two articles' claims. */
static void pair_finding(const struct fact *other, const struct fact *claim,
			 const struct basis_cmp *bc, struct finding *out, struct buf *msg)
{
	int bal = is_balance(claim);
	int same_sign = bal && basis_sign(claim) < 0 && basis_sign(other) < 0;
	int within = start_finding(out, claim, other, same_sign, bc, msg);

	buf_addf(msg, "mirror statistics: %s ", claim->text);
	buf_adds(msg, "(");
	add_subject(msg, claim->reporter, claim->partner, claim->flow, bal);
	buf_addf(msg, ", %s) against %s (", claim->doc, other->text);
	add_subject(msg, other->reporter, other->partner, other->flow, bal);
	buf_addf(msg, ", %s)", other->doc);
	add_ratio(msg, out, same_sign, within);
	basis_explain(msg, bc, within ? SEV_INFO : SEV_WARNING, out->severity);
	str_copy(out->message, sizeof(out->message), msg->s, msg->len);
}

/* Invariant 8: own (A's figure) against told (B's figure, matching B's
 * claim y, told as A's). */
static void evidence_finding(const struct fact *own, const struct fact *told,
			     const struct fact *y, const struct fact *via,
			     const struct basis_cmp *bc, struct finding *out, struct buf *msg)
{
	int bal = is_balance(told);
	int within = start_finding(out, told, own, 0, bc, msg);

	buf_addf(msg, "mirror statistics: %s (", told->text);
	add_subject(msg, told->reporter, told->partner, told->flow, bal);
	buf_addf(msg, ", %s) is %s's own figure", told->doc, y->reporter);
	if (via)
		buf_addf(msg, " as %s (%s) is, within rounding of it", via->text, via->doc);
	buf_addf(msg, ", %s (", y->text);
	add_subject(msg, y->reporter, y->partner, y->flow, bal);
	buf_addf(msg, ", %s), told as %s's; against %s (", y->doc, told->reporter, own->text);
	add_subject(msg, own->reporter, own->partner, own->flow, bal);
	buf_addf(msg, ", %s)", own->doc);
	add_ratio(msg, out, 0, within);
	basis_explain(msg, bc, within ? SEV_INFO : SEV_WARNING, out->severity);
	str_copy(out->message, sizeof(out->message), msg->s, msg->len);
}

/* Invariant 6: a claim's side more than TOL_SAME_FIGURE_RATIO from the
 * other is at most info. */
static void cap_far_apart(struct basis_cmp *bc, double x, double y)
{
	double ratio;
	char r[FMT_NUM_MAX];

	if (bc->cap == SEV_INFO || !tol_far_apart(fabs(x), fabs(y), &ratio))
		return;
	bc->cap = SEV_INFO;
	snprintf(bc->why, sizeof(bc->why), "%s times apart, too far for the two sides of one "
		 "flow: more likely another period, partner or product read as this one",
		 tol_fmt_sig(ratio, 2, r));
}

/* The caps a pair v[i], v[j] of one group takes whether or not the two are
 * mirrored: far apart (invariant 6), either side's twin (tw) or forecast
 * base (fc), both computed once per group. */
static void cap_pair(struct basis_cmp *bc, const struct fact *const *v, const struct fact **tw,
		     const struct fact **fc, size_t i, size_t j)
{
	cap_far_apart(bc, v[i]->value, v[j]->value);
	basis_cap_twin(bc, v[j], tw[j]);
	basis_cap_twin(bc, v[i], tw[i]);
	basis_cap_forecast_base(bc, v[j], fc[j]);
	basis_cap_forecast_base(bc, v[i], fc[i]);
}

static int claims_pass(const struct check_input *in, finding_fn emit, void *ctx,
		       struct buf *msg)
{
	const struct fact **v = xcalloc(in->nfacts + 1, sizeof(*v));
	const struct fact **tw = xcalloc(in->nfacts + 1, sizeof(*tw));
	const struct fact **fc = xcalloc(in->nfacts + 1, sizeof(*fc));
	struct finding out;
	size_t n = 0;
	int rc = 0;

	for (size_t k = 0; k < in->nfacts; k++)
		if (candidate(&in->facts[k]))
			v[n++] = &in->facts[k];
	qsort(v, n, sizeof(*v), ptr_cmp);
	for (size_t s = 0, e; s < n && !rc; s = e) {
		for (e = s + 1; e < n && !key_cmp(v[s], v[e]); e++)
			;
		/* Each member's twin, once (invariant 7): the group holds every
		 * fact of the period and country pair, so it holds the twins. */
		for (size_t i = s; i < e; i++) {
			tw[i] = basis_twin(v[i], v + s, e - s);
			fc[i] = basis_forecast_base(v[i], in->facts, in->nfacts);
		}
		for (size_t i = s; i + 1 < e && !rc; i++) {
			for (size_t j = i + 1; j < e && !rc; j++) {
				struct basis_cmp bc;
				const struct fact *y, *told, *via;

				if (!mirrored(v[i], v[j])) {
					/* Invariant 8: one side's two figures. */
					y = explain_mirror_via(v[i], v[j], in->facts, in->nfacts,
							       &told, &via);
					if (!y)
						continue;
					basis_claims(v[j], v[i], &bc);
					if (!bc.comparable)
						continue;
					cap_pair(&bc, v, tw, fc, i, j);
					evidence_finding(told == v[i] ? v[j] : v[i], told, y, via, &bc,
							 &out, msg);
					rc = emit(ctx, &out);
					continue;
				}
				basis_qualifiers(v[j], v[i], &bc);
				if (!bc.comparable)
					continue;
				cap_pair(&bc, v, tw, fc, i, j);
				pair_finding(v[i], v[j], &bc, &out, msg);
				rc = emit(ctx, &out);
			}
		}
	}
	free(fc);
	free(tw);
	free(v);
	return rc;
}

/* A level claim against the series that reports the other side of its flow. */
static int series_pass(const struct check_input *in, finding_fn emit, void *ctx,
		       struct buf *msg)
{
	struct series_ix local, *ix = series_ix_of(in, &local);
	struct finding out;
	int rc = 0;

	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		const struct fact *f = &in->facts[i];
		const char *flow;
		size_t first, n;

		if (!candidate(f) || is_balance(f) || f->per[0])
			continue;
		flow = !strcmp(f->flow, "export") ? "import" : "export";
		n = series_ix_find(ix, f->partner, f->reporter, flow, "level", f->unit, &first);
		for (size_t k = first; k < first + n && !rc; k++) {
			const struct observation *o;
			struct basis_cmp bc;
			struct tol_side c = tol_side(f), ob;
			char num[FMT_NUM_MAX];
			struct obs_span sp;
			int within;

			/* Qualifiers and the claim's sources, as against its own series;
			 * the subjects are mirrored by construction. */
			basis_claim_series(f, &(struct observation){ .series = ix->v[k].head->series,
				.reporter = f->reporter, .partner = f->partner, .flow = f->flow,
				.commodity = ix->v[k].head->commodity,
				.adjustment = ix->v[k].head->adjustment,
				.price = ix->v[k].head->price }, &bc);
			if (!bc.comparable || !series_commodity_fits(&ix->v[k], f->commodity) ||
			    !series_period(ix, &ix->v[k], f->period, &sp) ||
			    !(o = series_latest(&sp)))
				continue;
			ob = tol_obs_side(o);
			cap_far_apart(&bc, ob.value, c.value);
			basis_cap_twin(&bc, f, basis_twin_in(f, in->facts, in->nfacts));
			basis_cap_forecast_base(&bc, f, basis_forecast_base(f, in->facts, in->nfacts));
			memset(&out, 0, sizeof(out));
			out.claim = f;
			out.obs = o;
			out.series = o->series;
			out.period = o->period;
			within = judge(&out, ob.value, ob.half, c.value, c.half, 0, &bc);
			buf_reset(msg);
			buf_addf(msg, "mirror statistics: %s (", f->text);
			add_subject(msg, f->reporter, f->partner, f->flow, 0);
			buf_addf(msg, ") against %s %s = %s (", o->series, o->period,
				 fmt_human(o->value, o->unit, fmt_human_sig(o->value, c.value, 0), num));
			add_subject(msg, f->partner, f->reporter, flow, 0);
			buf_addf(msg, ", vintage of %s)", o->released);
			add_ratio(msg, &out, 0, within);
			basis_explain(msg, &bc, within ? SEV_INFO : SEV_WARNING, out.severity);
			str_copy(out.message, sizeof(out.message), msg->s, msg->len);
			rc = emit(ctx, &out);
		}
	}
	return series_ix_done(ix, &local, rc);
}

/* "US.EXP.CN 2023-08 = $12.1 bn (US's exports to CN; FRED, vintage of 2023-10-05)" */
static void add_series_side(struct buf *msg, const struct observation *o, double other)
{
	char num[FMT_NUM_MAX];

	buf_addf(msg, "%s %s = %s (", o->series, o->period,
		 fmt_human(o->value, o->unit, fmt_human_sig(o->value, other, 0), num));
	add_subject(msg, o->reporter, o->partner, o->flow, 0);
	buf_addf(msg, "; %s, vintage of %s)", o->source, o->released);
}

/* One period of a pair: a (the export side) against b, their latest values. */
static int series_pair_finding(const struct observation *a, const struct observation *b,
			       const struct basis_cmp *bc, finding_fn emit, void *ctx,
			       struct buf *msg)
{
	struct tol_side sa = tol_obs_side(a), sb = tol_obs_side(b);
	struct finding out;
	int within;

	memset(&out, 0, sizeof(out));
	out.obs = a;
	out.other_obs = b;
	out.series = a->series;
	out.other_series = b->series;
	out.period = a->period;
	within = judge(&out, sb.value, sb.half, sa.value, sa.half, 0, bc);
	buf_reset(msg);
	buf_adds(msg, "mirror statistics: ");
	add_series_side(msg, a, b->value);
	buf_adds(msg, " against ");
	add_series_side(msg, b, a->value);
	add_ratio(msg, &out, 0, within);
	basis_explain(msg, bc, within ? SEV_INFO : SEV_WARNING, out.severity);
	str_copy(out.message, sizeof(out.message), msg->s, msg->len);
	return emit(ctx, &out);
}

/* Walks the vintages of two series (each by period, oldest first) and
 * compares the latest values of every period both hold. */
static int walk_pair(const struct obs_span *a, const struct obs_span *b,
		     const struct basis_cmp *bc, finding_fn emit, void *ctx, struct buf *msg)
{
	size_t i = 0, j = 0;
	int rc = 0;

	while (i < a->n && j < b->n && !rc) {
		int c = strcmp(a->v[i].period, b->v[j].period);
		size_t ie = i + 1, je = j + 1;
		const struct observation *la, *lb;

		while (ie < a->n && !strcmp(a->v[ie].period, a->v[i].period))
			ie++;
		while (je < b->n && !strcmp(b->v[je].period, b->v[j].period))
			je++;
		if (c) {
			if (c < 0)
				i = ie;
			else
				j = je;
			continue;
		}
		la = series_latest(&(struct obs_span){ a->v + i, ie - i });
		lb = series_latest(&(struct obs_span){ b->v + j, je - j });
		if (la && lb)
			rc = series_pair_finding(la, lb, bc, emit, ctx, msg);
		i = ie, j = je;
	}
	return rc;
}

/* rule_mirror.series: every official mirror pair, the export side first. */
static int mirror_series(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct series_ix local, *ix = series_ix_of(in, &local);
	struct buf msg = BUF_INIT;
	int rc = 0;

	for (size_t k = 0; k < ix->n && !rc && !ix->failed; k++) {
		const struct observation *a = ix->v[k].head;
		size_t first, n;

		if (strcmp(a->flow, "export") || !bilateral(a->reporter, a->partner))
			continue;
		n = series_ix_find(ix, a->partner, a->reporter, "import", a->measure, a->unit,
				   &first);
		for (size_t j = first; j < first + n && !rc; j++) {
			struct basis_cmp bc;
			struct obs_span sa, sb;

			basis_series_pair(a, ix->v[j].head, &bc);
			if (bc.comparable && series_all(ix, &ix->v[k], &sa) &&
			    series_all(ix, &ix->v[j], &sb))
				rc = walk_pair(&sa, &sb, &bc, emit, ctx, &msg);
			series_ix_forget(ix);
		}
	}
	buf_release(&msg);
	return series_ix_done(ix, &local, rc);
}

static int mirror_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct buf msg = BUF_INIT;
	int rc = claims_pass(in, emit, ctx, &msg);

	if (!rc)
		rc = series_pass(in, emit, ctx, &msg);
	buf_release(&msg);
	return rc;
}

const struct rule rule_mirror = {
	.name = "mirror",
	.summary = "the same bilateral flow as reported by each side: a gap of its own kind",
	.order = CHECK_BY_SUBJECT,
	.run = mirror_run,
	.series = mirror_series,
};
