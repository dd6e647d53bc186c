/*
 * rule_balance.c - a trade balance against the exports and imports it is
 * derived from (issue 16, point 1: "or when one is derivable from the
 * other"): B = X - M, in one article, and against the export and import
 * series of the balance's subject.
 *
 * Input: one document's facts (CHECK_BY_DOCUMENT) and the series index.
 * Output: per balance claim B and each comparable export claim X and import
 * claim M of its article, one finding; per B and each pair of export and
 * import series of its subject holding its period, one finding.
 *
 * Invariants:
 *  1. B is signed (a surplus positive, a deficit negative; DESIGN), so a
 *     deficit stated where X - M is positive disagrees by more than its
 *     size: an error, said as a sign error.
 *  2. Tolerance: the three intervals added, hB + hX + hM (precision as
 *     written, hedges wider; tol.c), or hB plus both observations' halves.
 *  3. Like with like, pairwise (basis_claims): B seen as X's flow and
 *     measure against X, the same against M, and X seen as an import
 *     against M. Reporter, partner, period, commodity, adjustment, price
 *     and basis set and different on any pair: not compared; unknown on
 *     one side: at most info; a subject or period inferred, or a qualifier
 *     set: at most warning. An error needs every field stated on all three.
 *  4. Against series: basis_claim_series for B seen as each flow, and the
 *     two series a pair (basis_series_pair); the latest vintages, and those
 *     current on the article's date when the latest disagree (right when
 *     written: info), as the official rule does.
 *  5. A twin in B's sentence (basis_twin) caps a finding against series at
 *     info. In an article a twin of any of the three is a rival reading
 *     (invariant 8), which already stops a disagreement.
 *  6. In one article a figure marked preliminary or revised is the
 *     article's figure like an unmarked one ("a provisional 10.1 billion"
 *     with March's exports and imports); one marked previous (an earlier
 *     estimate quoted) meets only others so marked. Against series a
 *     previous or revised balance is the revision rule's, not this one's.
 *  7. The finding's claim is B, its other claim X (or its observation X's
 *     and other observation M's); M is named in the message, with file and
 *     offsets, as are B and X.
 *  8. A disagreement needs one reading: when another claim of the article
 *     could stand in for B, X or M (the same figure, meeting the other
 *     two, a value that does not overlap), which balance exports minus
 *     imports makes is not known (a current account, last year's balance
 *     or another month read as this one), and the triple is not compared
 *     unless it agrees. Read on Reuters-21578 (10297, 7543, 17375): a
 *     capital account, invisible trade, transfers or the year-ago balance
 *     read as this trade balance; 41 of the rule's 44 warnings went.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <string.h>

static int amount(const struct fact *f)
{
	return (!strcmp(check_text(f->kind), "money") ||
		!strcmp(check_text(f->kind), "quantity")) &&
	       !check_text(f->per)[0] && check_text(f->period)[0] && isfinite(f->value);
}

static int is_balance(const struct fact *f)
{
	return amount(f) && !strcmp(check_text(f->measure), "balance");
}

static int is_flow(const struct fact *f, const char *flow)
{
	return amount(f) && !strcmp(check_text(f->measure), "level") &&
	       !strcmp(check_text(f->flow), flow);
}

/* An earlier estimate the text quotes ("previously published"). */
static int quoted_earlier(const struct fact *f)
{
	return !strcmp(check_text(f->status), "previous");
}

/* Kind, unit and period equal, and both the article's own figures or both
 * quoted earlier ones (invariant 6): the rest is basis_claims's to judge. */
static int same_figure_kind(const struct fact *a, const struct fact *b)
{
	return !strcmp(check_text(a->kind), check_text(b->kind)) &&
	       !strcmp(check_text(a->unit), check_text(b->unit)) &&
	       !strcmp(check_text(a->period), check_text(b->period)) &&
	       quoted_earlier(a) == quoted_earlier(b);
}

/* The lower cap of two, with its reason. */
static void lower(struct basis_cmp *acc, const struct basis_cmp *b)
{
	if (b->cap < acc->cap)
		*acc = *b;
}

/*
 * Invariants 3 and 4: a compared as the level of flow against claim b, or
 * (b NULL) against the series of observation head (basis_claims and
 * basis_claim_series need one measure and flow on both sides; the
 * balance's flow "trade" is its own, the subject and period are what must
 * agree). The seen copy keeps a's sources. 0 when not comparable; else
 * the cap lowered into acc.
 */
static int seen_as(const struct fact *a, const char *flow, const struct fact *b,
		   const struct observation *head, struct basis_cmp *acc)
{
	struct fact seen = *a;
	struct basis_cmp bc;

	seen.flow = flow;
	seen.measure = "level";
	if (b)
		basis_claims(&seen, b, &bc);
	else
		basis_claim_series(&seen, head, &bc);
	if (!bc.comparable)
		return 0;
	lower(acc, &bc);
	return 1;
}

/* "'4.2 billion dlrs' (a.txt [200,216))" */
static void add_fact(struct buf *m, const struct fact *f)
{
	buf_addf(m, "'%s' (%s [%lld,%lld))", check_text(f->text), check_text(f->doc),
		 (long long)f->start, (long long)f->end);
}

static const char *balance_word(double v)
{
	return v > 0 ? "a surplus" : v < 0 ? "a deficit" : "a balance";
}

/* The verdict sentence shared by both parts: agrees, sign, or off by. */
static void add_verdict(struct buf *m, struct tol_side b, struct tol_side d, int agree,
			const char *unit)
{
	char x[FMT_NUM_MAX], p[FMT_NUM_MAX];
	int sig = fmt_human_sig(b.value, d.value, 0);
	double gap = b.value - d.value;

	/* binary noise (2.4 - 4.31 is not -1.91) prints as 0 */
	if (fabs(gap) <= TOL_SLACK_REL * fmax(fabs(b.value), fabs(d.value)))
		gap = 0;

	if (agree) {
		buf_addf(m, ": agrees within rounding (difference %s, tolerance %s)",
			 fmt_human(gap, unit, sig, x),
			 fmt_human(b.half + d.half, unit, 3, p));
		return;
	}
	buf_addf(m, ": differs by %s", fmt_human(gap, unit, sig, x));
	buf_addf(m, " (tolerance %s", fmt_human(b.half + d.half, unit, 3, x));
	if (d.value != 0)
		buf_addf(m, ", %s%%", tol_fmt_pct(tol_rel_error(b.value, d.value) * 100, p));
	buf_adds(m, ")");
	if ((b.value < 0 && d.value > 0) || (b.value > 0 && d.value < 0))
		buf_addf(m, "; a sign error: %s stated where exports minus imports is %s",
			 balance_word(b.value), balance_word(d.value));
}

/* ---- a: the three in one article ------------------------------------ */

/* Invariant 3: whether b, x and m may meet, and the lowest cap of the
 * three pairs in acc (set up first). */
static int triple_ok(const struct fact *b, const struct fact *x, const struct fact *m,
		     struct basis_cmp *acc)
{
	*acc = (struct basis_cmp){ 1, SEV_ERROR, "" };
	return seen_as(b, "export", x, NULL, acc) && seen_as(b, "import", m, NULL, acc) &&
	       seen_as(x, "import", m, NULL, acc);
}

/*
 * Invariant 8: another claim of the article that could stand in place of
 * one of the three (a balance, an export or an import of the same figure,
 * meeting the other two) with a value that does not overlap it. An article
 * that gives its current account, its trade balance and last year's, all
 * read as one figure, says nothing about which of them exports minus
 * imports makes: a disagreement is then not known to be one. NULL: none.
 */
static const struct fact *rival(const struct fact *b, const struct fact *x,
				const struct fact *m, const struct fact *facts, size_t n)
{
	struct basis_cmp scratch;

	for (size_t i = 0; i < n; i++) {
		const struct fact *g = &facts[i];

		if (g->doc_id != b->doc_id || g == b || g == x || g == m)
			continue;
		if (is_balance(g) && same_figure_kind(b, g) &&
		    !tol_overlaps(tol_side(g), tol_side(b)) && triple_ok(g, x, m, &scratch))
			return g;
		if (is_flow(g, "export") && same_figure_kind(b, g) &&
		    !tol_overlaps(tol_side(g), tol_side(x)) && triple_ok(b, g, m, &scratch))
			return g;
		if (is_flow(g, "import") && same_figure_kind(b, g) &&
		    !tol_overlaps(tol_side(g), tol_side(m)) && triple_ok(b, x, g, &scratch))
			return g;
	}
	return NULL;
}

static int triple(const struct fact *b, const struct fact *x, const struct fact *m,
		  const struct fact *facts, size_t n, finding_fn emit, void *ctx,
		  struct buf *msg)
{
	struct basis_cmp acc;
	struct tol_side bs = tol_side(b), xs = tol_side(x), ms = tol_side(m), d = { .value = 0 };
	struct finding out;
	char v[3][FMT_NUM_MAX];
	int agree, sig;

	if (!triple_ok(b, x, m, &acc))
		return 0;
	d.value = xs.value - ms.value;
	d.half = xs.half + ms.half;
	agree = tol_overlaps(bs, d);
	if (!agree && rival(b, x, m, facts, n))
		return 0;
	tol_finding_sides(&out, rule_balance.name, b, bs, d, agree);
	out.other = x;

	sig = fmt_human_sig(xs.value, ms.value, 0);
	buf_reset(msg);
	buf_addf(msg, "balance ");
	add_fact(msg, b);
	buf_addf(msg, " = %s against exports ", fmt_human(bs.value, b->unit, sig, v[0]));
	add_fact(msg, x);
	buf_adds(msg, " minus imports ");
	add_fact(msg, m);
	buf_addf(msg, " = %s - %s = %s", fmt_human(xs.value, x->unit, sig, v[1]),
		 fmt_human(ms.value, m->unit, sig, v[2]),
		 fmt_human(d.value, x->unit, fmt_human_sig(d.value, bs.value, 0), v[0]));
	add_verdict(msg, bs, d, agree, b->unit);
	basis_finish(&out, &acc, msg);
	return emit(ctx, &out);
}

static int balance_claims(const struct check_input *in, const struct fact *b,
			  finding_fn emit, void *ctx, struct buf *msg)
{
	int rc = 0;

	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		const struct fact *x = &in->facts[i];

		if (x->doc_id != b->doc_id || !is_flow(x, "export") || !same_figure_kind(b, x))
			continue;
		for (size_t j = 0; j < in->nfacts && !rc; j++) {
			const struct fact *m = &in->facts[j];

			if (m->doc_id == b->doc_id && is_flow(m, "import") &&
			    same_figure_kind(b, m))
				rc = triple(b, x, m, in->facts, in->nfacts, emit, ctx, msg);
		}
	}
	return rc;
}

/* ---- b: against the export and import series ------------------------ */

/* "US.EXP.JP 1987-02 = $6.5 bn (vintage of 1987-03-17)" */
static void add_obs(struct buf *m, const struct observation *o, int sig)
{
	char v[FMT_NUM_MAX];

	buf_addf(m, "%s %s = %s (vintage of %s)", o->series, o->period,
		 fmt_human(o->value, o->unit, sig, v), o->released);
}

static struct tol_side diff(const struct observation *x, const struct observation *m)
{
	struct tol_side a = tol_obs_side(x), b = tol_obs_side(m);

	return (struct tol_side){ .value = a.value - b.value, .half = a.half + b.half };
}

static int series_pair(struct series_ix *ix, const struct fact *b, const struct series_ent *ex,
		       const struct series_ent *im, const struct basis_cmp *cap,
		       finding_fn emit, void *ctx, struct buf *msg)
{
	const struct observation *xl, *ml, *xa = NULL, *ma = NULL, *xo, *mo;
	struct obs_span sx, sm;
	struct tol_side bs = tol_side(b), dl, da = { .value = 0 };
	struct finding out;
	char v[FMT_NUM_MAX];
	int agree_l, agree_a = 0, sig;

	if (!series_period(ix, ex, b->period, &sx) || !(xl = series_latest(&sx)))
		return 0;
	xa = series_asof(&sx, check_text(b->published));
	if (!series_period(ix, im, b->period, &sm) || !(ml = series_latest(&sm)))
		return 0;
	ma = series_asof(&sm, check_text(b->published));
	dl = diff(xl, ml);
	agree_l = tol_overlaps(bs, dl);
	if (!agree_l && xa && ma) {
		da = diff(xa, ma);
		agree_a = tol_overlaps(bs, da);
	}
	xo = agree_a ? xa : xl;
	mo = agree_a ? ma : ml;
	tol_finding_sides(&out, rule_balance.name, b, bs, agree_a ? da : dl, agree_l || agree_a);
	out.obs = xo;
	out.other_obs = mo;
	out.series = xo->series;
	out.other_series = mo->series;

	sig = fmt_human_sig(xo->value, mo->value, 0);
	buf_reset(msg);
	buf_adds(msg, "balance ");
	add_fact(msg, b);
	buf_addf(msg, " = %s against exports ", fmt_human(bs.value, b->unit, sig, v));
	add_obs(msg, xo, sig);
	buf_adds(msg, " minus imports ");
	add_obs(msg, mo, sig);
	buf_addf(msg, " = %s", fmt_human(out.expected, xo->unit, sig, v));
	add_verdict(msg, bs, agree_a ? da : dl, agree_l || agree_a, b->unit);
	if (agree_a)
		buf_addf(msg, "; right when written (%s): the latest vintages give %s",
			 check_text(b->published), fmt_human(dl.value, xl->unit, sig, v));
	basis_finish(&out, cap, msg);
	return emit(ctx, &out);
}

static int balance_series(struct series_ix *ix, const struct check_input *in,
			  const struct fact *b, finding_fn emit, void *ctx, struct buf *msg)
{
	size_t fx, nx, fm, nm;
	int rc = 0;

	if (quoted_earlier(b) || !strcmp(check_text(b->status), "revised") ||
	    (!check_text(b->reporter)[0] && !check_text(b->partner)[0]))
		return 0;
	nx = series_ix_find(ix, check_text(b->reporter), check_text(b->partner), "export", "level",
			    check_text(b->unit), &fx);
	nm = series_ix_find(ix, check_text(b->reporter), check_text(b->partner), "import", "level",
			    check_text(b->unit), &fm);
	for (size_t i = fx; i < fx + nx && !rc; i++) {
		for (size_t j = fm; j < fm + nm && !rc; j++) {
			struct basis_cmp acc = { 1, SEV_ERROR, "" }, pc;

			basis_series_pair(ix->v[i].head, ix->v[j].head, &pc);
			if (!pc.comparable ||
			    !series_commodity_fits(&ix->v[i], check_text(b->commodity)) ||
			    !series_commodity_fits(&ix->v[j], check_text(b->commodity)) ||
			    !seen_as(b, "export", NULL, ix->v[i].head, &acc) ||
			    !seen_as(b, "import", NULL, ix->v[j].head, &acc))
				continue;
			lower(&acc, &pc);
			basis_cap_twin(&acc, b, basis_twin_in(b, in->facts, in->nfacts));
			rc = series_pair(ix, b, &ix->v[i], &ix->v[j], &acc, emit, ctx, msg);
		}
	}
	return rc;
}

static int balance_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	struct series_ix local, *ix = NULL;
	struct buf msg = BUF_INIT;
	int rc = 0;

	if (in->ix || in->nobs)
		ix = series_ix_of(in, &local);
	for (size_t i = 0; i < in->nfacts && !rc; i++) {
		const struct fact *b = &in->facts[i];

		if (!is_balance(b))
			continue;
		rc = balance_claims(in, b, emit, ctx, &msg);
		if (!rc && ix)
			rc = balance_series(ix, in, b, emit, ctx, &msg);
	}
	buf_release(&msg);
	return ix ? series_ix_done(ix, &local, rc) : rc;
}

const struct rule rule_balance = {
	.name = "balance",
	.summary = "a trade balance against exports minus imports, in its article and in the series",
	.order = CHECK_BY_DOCUMENT,
	.run = balance_run,
};
