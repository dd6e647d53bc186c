/*
 * explain.c - differences the archive explains by itself: revisions
 * inferred from the releases the articles report, and mirror statistics
 * restated as one side's figure (issue 16, points 2 and 4, where no series
 * with vintages is loaded and no text marks the revision).
 *
 * Input: two claims said to be one figure (the same kind, unit, per,
 * measure, period, reporter, partner, flow and commodity: check_figure_cmp
 * equal) and the claims a rule sees with them. Output: the claim or the
 * dates that explain their difference, or nothing.
 *
 * Invariants:
 *  1. Restated by a later release: the later-dated article also states the
 *     same figure (kind, unit, per, measure, flow, reporter, partner,
 *     commodity, qualifiers) for a period after P, over on its date, and
 *     after every period the earlier article states of it. The later
 *     article reports a later release than the earlier one, and a release
 *     of that period restates P: its P is the later release's, and a
 *     difference from the earlier article's P is a probable revision - but
 *     only when the later article gives P as that release gives it: in the
 *     sentence that reports the later period ("10.44 billion dlrs against
 *     9.85 billion in January"). A P told in a sentence of its own ("a 7.2
 *     billion dlr surplus in 1986. It racked up another 1.4 billion in the
 *     first quarter") is not shown to be restated: a later period's figure
 *     does not make the article's P a later release's. Two
 *     articles whose latest period is the same ("7.3 billion in 1986 from
 *     4.3 billion in 1985" against "7.1 billion ... from 4.9 billion") report
 *     one release (or none is known to be later): nothing; nor on one date.
 *  2. A shift over time: the claims of one figure, by date, fall into
 *     epochs, each agreeing within rounding (or a figure cut to its
 *     digits), each disagreeing with every claim of every earlier epoch (a
 *     value once left never comes back), no date split between two. An
 *     epoch told by at least two articles on two dates and then never
 *     again, and replaced no sooner than EXPLAIN_RELEASE_DAYS after it was
 *     first told, is a figure that a later release revised: a pair with one
 *     side in it and the other in a later epoch is a revision. A single
 *     article's value is no evidence: two claims a month apart stay as they
 *     are; nor is a value replaced within days (no release came between).
 *  3. Mirror evidence: of two claims of A's trade with B (bilateral, level
 *     of exports or imports, or a balance) exactly one matches B's claim
 *     for the same trade with A (the other flow; a balance with the sign
 *     turned) within rounding or cut to its digits, and its article gives
 *     no other period of that trade where B's claim says otherwise, or
 *     where the other claim's article agrees with it (the same statistics,
 *     meeting B's figure once): that one is B's statistics told as A's,
 *     and the pair is a mirror difference, for rule_mirror, not agreement.
 *     The caller gives every period of the country pair (CHECK_BY_SUBJECT).
 *  4. Nothing here decides a severity: the rules do, with basis.c.
 *  6. Two compilation bases: a reporter that publishes its trade balance
 *     on a customs basis (imports CIF, as customs clear them) and on a
 *     balance-of-payments basis (both flows FOB, ownership changes) has two
 *     figures for one period, some 10% of its imports apart. When the
 *     archive shows a reporter's trade stated on each basis (any period:
 *     "on a customs cleared basis", "on a balance of payments basis"), two
 *     figures of it that state no basis and differ by no more than that
 *     gap - 10% of its imports for the period when a claim gives them, else
 *     15% of the larger figure (Japan's 1986 surplus: 82.66 bn customs
 *     cleared, 92.7 bn on the other basis, 10.8% apart), plus both
 *     roundings or hedges - may be one on each basis: explained, not a
 *     contradiction. Neither basis stated, nothing says which; the rule
 *     names the evidence.
 *  7. Identity carries the evidence: a claim that matches (invariant 5)
 *     another article's claim of the same trade, itself the other side's
 *     figure told throughout, is that figure too ("59 billion" against the
 *     U.S. "58 billion" touch only; but 59 is within rounding of another
 *     story's 58.6, which is the U.S. figure, 58 being 58.6 cut).
 *  5. Evidence is a match, not a failure to disagree: a claim is the other
 *     side's figure only when their rounding intervals share more than a
 *     bound ("4.9 billion" is not the U.S. "4.8 billion": 4.85 is the only
 *     value both allow, and one that rounds to 4.9 or 4.8 by convention).
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Trade statistics come monthly: a value replaced sooner after it was first
 * told than one release cycle was not replaced by a later release. */
#define EXPLAIN_RELEASE_DAYS 28

static int eq(const char *a, const char *b)
{
	return !strcmp(check_text(a), check_text(b));
}

static int has_status(const struct fact *f)
{
	return check_text(f->status)[0] != '\0';
}

int explain_agree(const struct fact *a, const struct fact *b)
{
	struct tol_side x = tol_side(a), y = tol_side(b);

	return tol_overlaps(x, y) || tol_truncated(a, y) || tol_truncated(b, x);
}

/* g states the trade f states (any period): kind, unit, per, measure,
 * flow, reporter, partner, commodity and qualifiers equal. */
static int same_trade(const struct fact *f, const struct fact *g)
{
	return eq(f->kind, g->kind) && eq(f->unit, g->unit) && eq(f->per, g->per) &&
	       eq(f->measure, g->measure) && eq(f->flow, g->flow) &&
	       eq(f->reporter, g->reporter) && eq(f->partner, g->partner) &&
	       eq(f->commodity, g->commodity) && check_same_qualifiers(f, g);
}

/* ---- invariant 1: restated by a later release --------------------- */

const struct fact *explain_restated(const struct fact *earlier, const struct fact *later,
				    const struct fact *facts, size_t n)
{
	char last_p[11], first_q[11], e[11];

	if (!check_text(earlier->published)[0] ||
	    strcmp(check_text(later->published), check_text(earlier->published)) <= 0 ||
	    !basis_period_last(later->period, last_p))
		return NULL;
	/* the end of the latest period the earlier article states */
	for (size_t i = 0; i < n; i++)
		if (facts[i].doc_id == earlier->doc_id && same_trade(earlier, &facts[i]) &&
		    basis_period_last(facts[i].period, e) && strcmp(e, last_p) > 0)
			memcpy(last_p, e, sizeof(e));
	for (size_t i = 0; i < n; i++) {
		const struct fact *g = &facts[i];

		if (g->doc_id != later->doc_id || g == later || !same_trade(later, g) ||
		    strcmp(check_text(g->sentence), check_text(later->sentence)) || has_status(g) || !isfinite(g->value) ||
		    !basis_period_first(g->period, first_q) || strcmp(first_q, last_p) <= 0 ||
		    basis_period_open(g))
			continue;
		return g;
	}
	return NULL;
}

/* ---- invariant 2: a shift over time --------------------------------- */

static int by_date(const void *pa, const void *pb)
{
	const struct fact *a = *(const struct fact *const *)pa;
	const struct fact *b = *(const struct fact *const *)pb;
	int c = strcmp(check_text(a->published), check_text(b->published));

	return c ? c : (a > b) - (a < b);
}

/* Days from date a to date b ("YYYY-MM-DD" both), or 0 when either is not one. */
static long days_between(const char *a, const char *b)
{
	if (!date_valid(check_text(a)) || !date_valid(check_text(b)))
		return 0;
	return days_from_civil(atol(b), atoi(b + 5), atoi(b + 8)) -
	       days_from_civil(atol(a), atoi(a + 5), atoi(a + 8));
}

/* Member f of the figure shares the pair's basis: dated, no status, a
 * period over on its date, the same qualifiers and sign as a. */
static int shift_member(const struct fact *f, const struct fact *a)
{
	return check_text(f->published)[0] && !has_status(f) && isfinite(f->value) &&
	       !basis_period_open(f) && check_same_qualifiers(f, a) &&
	       basis_sign(f) == basis_sign(a);
}

int explain_shift(const struct fact *const *v, size_t n, const struct fact *a,
		  const struct fact *b, struct explain_shift *out)
{
	const struct fact **q = xcalloc(n + 1, sizeof(*q));
	size_t *ep = xcalloc(n + 1, sizeof(*ep));	/* epoch of q[i] */
	size_t m = 0, ne = 0, ia = n, ib = n, start = 0;
	int ok = 1;

	if (!shift_member(a, a) || !shift_member(b, a))
		ok = 0;
	for (size_t i = 0; i < n && ok; i++)
		if (shift_member(v[i], a))
			q[m++] = v[i];
	qsort(q, m, sizeof(*q), by_date);
	for (size_t i = 0; i < m && ok; i++) {
		int joins = 1;

		for (size_t k = start; k < i && joins; k++)
			joins = explain_agree(q[i], q[k]);
		if (i && !joins) {
			/* a new epoch: on a new date, and unlike every earlier claim */
			if (!strcmp(check_text(q[i]->published), check_text(q[i - 1]->published))) {
				ok = 0;
				break;
			}
			ne++;
			start = i;
		}
		for (size_t k = 0; k < start && ok; k++)
			if (explain_agree(q[i], q[k]))
				ok = 0;
		ep[i] = ne;
		if (q[i] == a)
			ia = i;
		if (q[i] == b)
			ib = i;
	}
	if (ok && ia < m && ib < m && ep[ia] != ep[ib]) {
		size_t e = ep[ia] < ep[ib] ? ep[ia] : ep[ib], lo = m, hi = 0, docs = 0;

		for (size_t i = 0; i < m; i++) {
			if (ep[i] != e)
				continue;
			if (lo == m)
				lo = i;
			hi = i;
			docs++;
		}
		ok = strcmp(check_text(q[lo]->published), check_text(q[hi]->published)) != 0 &&
		     days_between(q[lo]->published, q[hi + 1]->published) >= EXPLAIN_RELEASE_DAYS;
		if (ok) {
			out->from = q[lo]->published;
			out->to = q[hi]->published;
			out->next = q[hi + 1]->published;
			out->claims = docs;
			out->value = q[lo];
		}
	} else {
		ok = 0;
	}
	free(ep);
	free(q);
	return ok;
}

/* ---- invariant 3: mirror evidence ----------------------------------- */

int explain_bilateral(const struct fact *f)
{
	const char *r = check_text(f->reporter), *p = check_text(f->partner);

	return (eq(f->kind, "money") || eq(f->kind, "quantity")) && check_text(f->period)[0] &&
	       isfinite(f->value) && r[0] && p[0] && strcmp(r, p) && strcmp(r, "WORLD") &&
	       strcmp(p, "WORLD") &&
	       ((eq(f->measure, "level") && (eq(f->flow, "export") || eq(f->flow, "import"))) ||
		eq(f->measure, "balance"));
}

/* y is the other side's report of x's trade: the same kind, unit, per,
 * period and measure, reporter and partner swapped, the other flow (or a
 * balance), qualifiers that may meet. */
static int mirror_side(const struct fact *x, const struct fact *y)
{
	struct basis_cmp bc;

	if (!explain_bilateral(y) || !eq(x->kind, y->kind) || !eq(x->unit, y->unit) ||
	    !eq(x->per, y->per) || !eq(x->period, y->period) || !eq(x->measure, y->measure) ||
	    !eq(x->reporter, y->partner) || !eq(x->partner, y->reporter) ||
	    (!eq(x->measure, "balance") && eq(x->flow, y->flow)) || has_status(y))
		return 0;
	basis_qualifiers(x, y, &bc);
	return bc.comparable;
}

/*
 * Invariant 5: a and b share a value their roundings both allow - the
 * intervals overlap with some width, not only at a bound ("4.9 billion",
 * 4.85 to 4.95, and "4.8 billion", 4.75 to 4.85, touch at 4.85 but are two
 * figures) - or one is the other cut to its digits. Identity claimed as
 * evidence must be shown; a disagreement is only claimed when bounds do
 * not even touch (tol_overlaps), so a pair at 4.85 is neither.
 */
static int explain_same(const struct fact *a, const struct fact *b)
{
	struct tol_side x = tol_side(a), y = tol_side(b);
	double slack = TOL_SLACK_REL * fmax(fabs(x.value), fabs(y.value));

	return fabs(x.value - y.value) < x.half + y.half - slack || tol_truncated(a, y) ||
	       tol_truncated(b, x);
}

/* y, the other side's report, states x's value within rounding (or cut
 * to its digits: the U.S. "58 billion" deficit for Japan's "58.6 billion"
 * surplus), a balance with the sign turned: explain_same, not touching. */
static int mirror_match(const struct fact *x, const struct fact *y)
{
	struct fact turned = *y;

	if (!mirror_side(x, y))
		return 0;
	if (eq(x->measure, "balance")) {
		if (basis_sign(x) * basis_sign(y) >= 0)
			return 0;
		turned.value = -y->value;
	}
	return explain_same(x, &turned);
}

static const struct fact *mirror_of(const struct fact *x, const struct fact *facts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (mirror_match(x, &facts[i]))
			return &facts[i];
	return NULL;
}

/* Invariant 3: x's article gives no other period of x's trade that the
 * other side also reports with a value x's article does not, nor one that
 * own's article (the pair's other claim) gives with the same value: "7.1
 * billion dlrs last year from 4.3 billion in 1985" in Seoul, against the
 * U.S. 7.1 and 4.8 billion, or against another Seoul story's 7.3 billion
 * from 4.3 billion, is Korea's statistics meeting the U.S. figure once, not
 * the U.S. statistics told as Korea's. */
static int told_throughout(const struct fact *x, const struct fact *own,
			   const struct fact *facts, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct fact *g = &facts[i];
		int against = 0;

		if (g->doc_id != x->doc_id || eq(g->period, x->period) || !same_trade(x, g) ||
		    !explain_bilateral(g) || has_status(g))
			continue;
		for (size_t k = 0; k < n && !against; k++) {
			const struct fact *h = &facts[k];

			against = (!mirror_of(g, facts, n) && mirror_side(g, h)) ||
				  (h->doc_id == own->doc_id && same_trade(g, h) &&
				   eq(h->period, g->period) && !has_status(h) && explain_agree(g, h));
		}
		if (against)
			return 0;
	}
	return 1;
}

/* Invariant 7: the other side's figure that x is, directly (mirror_of)
 * or through z, another article's claim of the same trade and period that
 * x matches within rounding (explain_same) and that is itself the other
 * side's figure told throughout (*via gets z). other is the pair's other
 * claim: z is not in its article and does not agree with it. */
static const struct fact *mirror_via(const struct fact *x, const struct fact *other,
				     const struct fact *facts, size_t n, const struct fact **via)
{
	const struct fact *y = mirror_of(x, facts, n);

	*via = NULL;
	if (y)
		return y;
	for (size_t i = 0; i < n; i++) {
		const struct fact *z = &facts[i];

		if (z == x || z->doc_id == x->doc_id || z->doc_id == other->doc_id ||
		    !same_trade(x, z) || !eq(z->period, x->period) || has_status(z) ||
		    !explain_bilateral(z) || !explain_same(x, z) || explain_agree(z, other))
			continue;
		if ((y = mirror_of(z, facts, n)) && told_throughout(z, other, facts, n)) {
			*via = z;
			return y;
		}
	}
	return NULL;
}

const struct fact *explain_mirror_via(const struct fact *a, const struct fact *b,
				      const struct fact *facts, size_t n, const struct fact **told,
				      const struct fact **via)
{
	const struct fact *ya, *yb, *va, *vb;

	*via = NULL;
	if (a->doc_id == b->doc_id || !explain_bilateral(a) || !explain_bilateral(b) ||
	    !same_trade(a, b) || !eq(a->period, b->period) || explain_agree(a, b))
		return NULL;
	ya = mirror_via(a, b, facts, n, &va);
	yb = mirror_via(b, a, facts, n, &vb);
	if (!ya == !yb || !told_throughout(ya ? a : b, ya ? b : a, facts, n))
		return NULL;
	*told = ya ? a : b;
	*via = ya ? va : vb;
	return ya ? ya : yb;
}

const struct fact *explain_mirror(const struct fact *a, const struct fact *b,
				  const struct fact *facts, size_t n, const struct fact **told)
{
	const struct fact *via;

	return explain_mirror_via(a, b, facts, n, told, &via);
}

/* ---- invariant 6: two compilation bases ------------------------------ */

/* g is f's reporter's same trade (any period) stated on basis. */
static int basis_evidence(const struct fact *f, const struct fact *g, const char *basis)
{
	return eq(g->basis, basis) && eq(f->kind, g->kind) && eq(f->unit, g->unit) &&
	       eq(f->per, g->per) && eq(f->measure, g->measure) && eq(f->flow, g->flow) &&
	       eq(f->reporter, g->reporter) && eq(f->partner, g->partner) &&
	       eq(f->commodity, g->commodity) && isfinite(g->value);
}

int explain_basis(const struct fact *a, const struct fact *b, const struct fact *facts, size_t n,
		  struct explain_basis *out)
{
	struct tol_side x = tol_side(a), y = tol_side(b);
	double larger = fmax(fabs(x.value), fabs(y.value));

	memset(out, 0, sizeof(*out));
	if (check_text(a->basis)[0] || check_text(b->basis)[0] || !check_text(a->reporter)[0] ||
	    (!eq(a->kind, "money") && !eq(a->kind, "quantity")) || !same_trade(a, b) ||
	    !eq(a->period, b->period) || tol_is_change(a) ||
	    !(eq(a->measure, "balance") || eq(a->measure, "level")) ||
	    !isfinite(x.value) || !isfinite(y.value) || (x.value < 0) != (y.value < 0))
		return 0;
	for (size_t i = 0; i < n && (!out->customs || !out->bop || !out->imports); i++) {
		const struct fact *g = &facts[i];

		if (!out->customs && basis_evidence(a, g, "customs"))
			out->customs = g;
		if (!out->bop && basis_evidence(a, g, "bop"))
			out->bop = g;
		if (!out->imports && eq(g->kind, a->kind) && eq(g->unit, a->unit) &&
		    eq(g->per, a->per) && eq(g->measure, "level") && eq(g->flow, "import") &&
		    eq(g->reporter, a->reporter) && eq(g->partner, a->partner) &&
		    eq(g->period, a->period) && !has_status(g) && isfinite(g->value) &&
		    eq(g->commodity, a->commodity))
			out->imports = g;
	}
	if (!out->customs || !out->bop)
		return 0;
	out->bound = (out->imports ? EXPLAIN_BASIS_IMPORTS_REL * fabs(out->imports->value)
				   : EXPLAIN_BASIS_BALANCE_REL * larger) + x.half + y.half;
	return fabs(x.value - y.value) <= out->bound;
}
