/*
 * rule_agreement.c - the same figure reported by different articles must agree.
 *
 * Input: the facts. Output: one finding per pair of facts from different
 * documents that state the same figure: info when they agree within the
 * precision as written, warning or error when they do not.
 *
 * Invariants:
 *  1. A written number stands for the interval its rounding allows,
 *     value +/- precision ("$11.5 billion" is 11.45-11.55 bn); two facts agree
 *     when their intervals overlap, bounds included.
 *  2. The input is never changed: grouping sorts an array of pointers.
 *  3. Work is O(n log n) for the sort plus O(size^2) inside each group; never
 *     a comparison of every fact with every other.
 *  4. Output order depends only on input order: groups by the position of
 *     their first fact, pairs (i < j) in input order within a group.
 *  5. Like with like (basis.c): a pair not on the same basis (partner WORLD
 *     against a bilateral one, a surplus against a deficit, sa against nsa)
 *     gives no finding; one whose basis is partly unknown or inferred is
 *     capped at info or warning, and the message says why.
 *  6. A revision is not a disagreement: two figures of which one is marked
 *     preliminary, revised or previous, or which each match the vintage of
 *     the series current on their own article's date (two different
 *     vintages), differ as a revision: info, naming which came first.
 *  7. A figure that is the other cut to its written digits ("169 billion"
 *     for 169.8 billion, tol_truncated) agrees with rounding: info, and the
 *     message says so.
 *  8. Two amounts (levels, balances) more than TOL_SAME_FIGURE_RATIO apart
 *     are at most info (tol_far_apart): more likely two figures than one.
 *  9. A figure with a twin in its own sentence (basis_twin: another value
 *     read as the same figure) is at most info: one of the two was misread.
 * 10. A revision the texts do not mark is inferred from the releases
 *     themselves (explain.c) when no series covers the period (vintages,
 *     when there are any, decide): the later article also states a later
 *     period of the same trade (its figure is a later release's), or the
 *     earlier value was told on two dates or more and never after a date
 *     (a shift over time). Either is info, naming the evidence.
 * 11. Mirror evidence (explain_mirror: one of the two matches the other
 *     side's own figure) makes the pair a mirror difference: no agreement
 *     finding; rule_mirror reports it, with the same test.
 * 12. The input is grouped by subject (CHECK_BY_SUBJECT): every period,
 *     measure and flow of one country pair, so that the evidence of 10 and
 *     11 is in the group; pairs are only formed inside one figure.
 * 13. The base of a forecast in a sentence naming no official source
 *     (basis_forecast_base: "Morgan expects ... to grow to 18.5 billion dlrs
 *     in 1987 from 15.2 billion last year") is the forecaster's figure: at
 *     most info.
 * 14. Two figures of a trade that its reporter is shown (in the archive)
 *     to publish on a customs and on a balance-of-payments basis, neither
 *     stating its basis, within the gap the bases make (explain_basis), may
 *     be one on each basis: info, naming the evidence.
 * 15. A bare figure - no flow, no commodity, not a balance: nothing says it
 *     is a trade figure - is the same statistic as another bare one only
 *     when the two sentences name it with the same word (statistic.c):
 *     "195 mln stg of help" is not "a 1.10 billion stg shortage" of the
 *     same day, though subject, unit and period are the same. Such pairs
 *     give no finding.
 * 16. Two compilations: both figures attributed to a named agency (claim
 *     source), the two agencies different and of the same reporter ("the
 *     Bank of Thailand said" against "the department said" of the Commerce
 *     Ministry), differ as two agencies' compilations of one trade: at most
 *     info, naming both. A source named on one side only, or the same agency
 *     on both, changes nothing.
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*
 * The tolerances (a hedge widens a figure by TOL_HEDGE_REL, a disagreement
 * is an error from TOL_ERROR_REL on, touching bounds overlap) are the ones
 * every rule shares: see tol.c. A hedge of 5% keeps "about $11 billion" in
 * agreement with $11.4 billion but not with $12 billion; 10% separates a
 * revision or a last-digit typo (warning) from another figure (error).
 */

static int kind_compared(const char *kind)
{
	return !strcmp(kind, "money") || !strcmp(kind, "quantity") ||
	       !strcmp(kind, "percent");
}

/*
 * Two articles' figures are the same figure only when the sentences say whose
 * trade they are: "$2 billion in March" in a story about Japan's surplus and
 * in one about a bank's loan share unit, measure and period but nothing else.
 * Over the Reuters-21578 trade stories, comparing figures with no subject gave
 * 15,000 false errors, and comparing by commodity alone 55 more ("1.85 mln
 * tonnes of wheat" left in one country's market against another's exports).
 * So a figure takes part only when it names a country: reporter or partner.
 */
static int has_subject(const struct fact *f)
{
	return f->reporter[0] || f->partner[0];
}

/* Sorts by key, then by position in the input, so each group is one run
 * whose members keep their input order and whose first member is its
 * earliest fact. The pointers all point into one array. */
static int fact_ptr_cmp(const void *pa, const void *pb)
{
	const struct fact *a = *(const struct fact *const *)pa;
	const struct fact *b = *(const struct fact *const *)pb;
	int c = check_figure_cmp(a, b);

	if (c)
		return c;
	return (a > b) - (a < b);
}

/* A run of same-key facts inside the sorted pointer array. */
struct group {
	size_t start, len;		/* indexes into the sorted array */
	const struct fact *first;	/* borrowed: earliest fact of the group */
};

static int group_cmp(const void *pa, const void *pb)
{
	const struct group *a = pa, *b = pb;

	return (a->first > b->first) - (a->first < b->first);
}

/* "3%", or "3% (down)" when a direction gives a change its sign. */
static void add_text(struct buf *b, const struct fact *f)
{
	buf_adds(b, f->text);
	if (tol_is_change(f) && f->direction[0])
		buf_addf(b, " (%s)", f->direction);
}

/* "$11.45 bn to $11.55 bn": as many digits as the range needs. */
/* "$11.45 bn to $11.55 bn", and for a hedged figure the hedge and what it
 * allows: "$81 bn to $94.5 bn ('almost': -10% to +5%)" (tol_hedge_note). */
static void add_range_of(struct buf *b, struct tol_side s, const struct fact *f);

static void add_range(struct buf *b, struct tol_side s, const char *unit)
{
	char lo[FMT_NUM_MAX], hi[FMT_NUM_MAX];
	double a = s.value - s.half - s.below, z = s.value + s.half + s.above;
	int sig = fmt_human_sig(a, z, (z - a) / 20);

	buf_addf(b, "%s to %s", fmt_human(a, unit, sig, lo), fmt_human(z, unit, sig, hi));
}

static void add_range_of(struct buf *b, struct tol_side s, const struct fact *f)
{
	add_range(b, s, f->unit);
	tol_hedge_note(b, f);
}

/* What a run carries from pair to pair. msg is scratch space kept across
 * calls, so a million findings cost no million allocations. */
struct run {
	struct series_ix *ix;	/* the series, for revisions shown by vintages */
	const struct fact *facts;	/* borrowed: the input, for evidence (explain.c) */
	size_t nfacts;
	const struct fact *const *members;	/* borrowed: the figure being paired */
	size_t nmembers;
	struct buf msg;
	struct buf why;		/* scratch: what explains a revision, for the message */
	finding_fn emit;
	void *ctx;
};

/* Which of the two came first: by the article's date, else by status
 * (previous and preliminary before revised), else input order. */
static int first_is_other(const struct fact *other, const struct fact *claim)
{
	static const char *const order[] = { "previous", "preliminary", "", "revised" };
	int ro = 2, rc = 2;
	int d = strcmp(other->published, claim->published);

	if (other->published[0] && claim->published[0] && d)
		return d < 0;
	for (int k = 0; k < 4; k++) {
		if (!strcmp(check_text(other->status), order[k]))
			ro = k;
		if (!strcmp(check_text(claim->status), order[k]))
			rc = k;
	}
	return ro <= rc;
}

static int has_status(const struct fact *f)
{
	return f->status && f->status[0];
}

/*
 * The vintages that show a revision between the two articles: the series of
 * their subject whose value for the period, as current on each article's
 * date, matches that article's figure, the two current values being
 * different releases. Returns 1 and sets *va, *vb (the vintage each side
 * matches) when one series shows it; *covered gets 1 when a series of
 * their subject has the period as of both dates (its vintages, not
 * inference, then decide whether it was revised).
 */
static int revision_by_vintages(struct run *r, const struct fact *a, const struct fact *b,
				const struct observation **va, const struct observation **vb,
				int *covered)
{
	size_t first, n;

	*covered = 0;
	if (!a->published[0] || !b->published[0] || !strcmp(a->published, b->published) ||
	    tol_is_change(a))
		return 0;
	n = series_ix_find(r->ix, a->reporter, a->partner, a->flow, "level", a->unit, &first);
	for (size_t k = first; k < first + n; k++) {
		const struct observation *oa, *ob;
		struct obs_span sp;

		if (!series_commodity_fits(&r->ix->v[k], a->commodity) ||
		    !series_period(r->ix, &r->ix->v[k], a->period, &sp))
			continue;
		oa = series_asof(&sp, a->published);
		ob = series_asof(&sp, b->published);
		if (oa && ob)
			*covered = 1;
		if (oa && ob && oa != ob && !tol_overlaps(tol_obs_side(oa), tol_obs_side(ob)) &&
		    tol_overlaps(tol_side(a), tol_obs_side(oa)) &&
		    tol_overlaps(tol_side(b), tol_obs_side(ob))) {
			*va = oa;
			*vb = ob;
			return 1;
		}
	}
	return 0;
}

/* "$60.9 billion (revised, b.txt, 1987-06-12)" */
static void add_side(struct buf *b, const struct fact *f)
{
	add_text(b, f);
	buf_adds(b, " (");
	if (has_status(f))
		buf_addf(b, "%s, ", f->status);
	buf_addf(b, "%s%s%s)", f->doc, f->published[0] ? ", " : "", f->published);
}

/*
 * Invariant 10: a revision no text marks, inferred from the releases the
 * two articles report; the evidence appended to r->why. 1 when found.
 */
static int infer_revision(struct run *r, const struct fact *a, const struct fact *b)
{
	int ab = strcmp(a->published, b->published);
	const struct fact *early = ab < 0 ? a : b, *late = ab < 0 ? b : a, *g;
	struct explain_shift sh;

	if (ab && (g = explain_restated(early, late, r->facts, r->nfacts))) {
		buf_addf(&r->why, "; inferred from the releases: %s (%s) also gives ", late->doc,
			 late->published);
		add_text(&r->why, g);
		buf_addf(&r->why, " for %s, after %s: its %s figure is a later release's",
			 g->period, late->period, late->period);
		return 1;
	}
	if (explain_shift(r->members, r->nmembers, a, b, &sh)) {
		buf_addf(&r->why, "; inferred from the releases: %zu claim%s from %s to %s gave ",
			 sh.claims, sh.claims == 1 ? "" : "s", sh.from, sh.to);
		add_text(&r->why, sh.value);
		buf_addf(&r->why, ", none from %s on", sh.next);
		return 1;
	}
	return 0;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* Invariant 15: two agencies of one reporter, each named. */
static int two_compilations(const struct fact *a, const struct fact *b)
{
	const char *sa = check_text(a->source), *sb = check_text(b->source);

	return sa[0] && sb[0] && strcasecmp(sa, sb) != 0 && a->reporter[0] &&
	       !strcmp(a->reporter, b->reporter);
}

/* Invariant 14: the cap and its reason, naming the evidence. */
static void cap_basis(struct basis_cmp *bc, const struct fact *a, const struct fact *b,
		      const struct explain_basis *eb)
{
	char lim[FMT_NUM_MAX], pct[FMT_NUM_MAX];
	int n;

	bc->cap = SEV_INFO;
	n = snprintf(bc->why, sizeof(bc->why), "may differ by compilation basis: %s gives this "
		     "trade on a customs basis (%s, %s) and a balance-of-payments one (%s, %s); "
		     "neither figure states its basis; gap allowed %s (%s%% of ",
		     a->reporter, eb->customs->text, base_name(eb->customs->doc), eb->bop->text,
		     base_name(eb->bop->doc),
		     fmt_human(eb->bound, a->unit, fmt_human_sig(eb->bound, eb->bound, 0), lim),
		     fmt_num((eb->imports ? EXPLAIN_BASIS_IMPORTS_REL : EXPLAIN_BASIS_BALANCE_REL) * 100,
			     pct));
	if (n > 0 && (size_t)n < sizeof(bc->why))
		snprintf(bc->why + n, sizeof(bc->why) - (size_t)n, "%s)",
			 eb->imports ? "its imports" : "the larger");
	(void)b;
	for (char *p = bc->why; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
}

/*
 * Fills f for the pair (other = earlier fact, claim = later one), or
 * returns 0 when the two are not on the same basis (no finding). The
 * message is cut to fit finding.message.
 */
static int compare(struct run *r, const struct fact *other, const struct fact *claim,
		   const struct fact *other_twin, const struct fact *claim_twin,
		   const struct fact *other_fc, const struct fact *claim_fc, struct finding *f)
{
	struct tol_side o = tol_side(other), c = tol_side(claim);
	int agree = tol_overlaps(o, c);
	/* Invariant 7: which side, if either, is the other cut to its digits. */
	const struct fact *cut = agree ? NULL : tol_truncated(claim, o) ? claim
				   : tol_truncated(other, c) ? other : NULL;
	struct basis_cmp bc;
	struct explain_basis eb;
	const struct observation *va = NULL, *vb = NULL;
	const struct fact *told;
	struct buf *msg = &r->msg;
	enum severity s0;
	int covered = 0, inferred = 0;
	double ratio;
	char pct[FMT_NUM_MAX], pct2[FMT_NUM_MAX];

	basis_claims(claim, other, &bc);
	if (!bc.comparable || !statistic_same(claim, other))
		return 0;
	/* Invariant 11: the other side's figure told as this side's. */
	if (!agree && !cut && explain_mirror(other, claim, r->facts, r->nfacts, &told))
		return 0;
	/* Invariant 9: a twin in either sentence. */
	basis_cap_twin(&bc, claim, claim_twin);
	basis_cap_twin(&bc, other, other_twin);
	/* Invariant 13: the base of a forecast no official source gives. */
	basis_cap_forecast_base(&bc, claim, claim_fc);
	basis_cap_forecast_base(&bc, other, other_fc);
	if (cut)
		agree = 1;
	tol_finding_vs_claim(f, rule_agreement.name, claim, other, agree);
	if (cut)
		f->tolerance = 2 * tol_side(cut).half + tol_side(cut == claim ? other : claim).half;
	buf_reset(msg);
	buf_reset(&r->why);
	if (!agree && !has_status(claim) && !has_status(other) &&
	    !revision_by_vintages(r, other, claim, &va, &vb, &covered) && !covered)
		inferred = infer_revision(r, other, claim);
	if (!agree && (has_status(claim) || has_status(other) || va || inferred)) {
		int of = first_is_other(other, claim);

		f->severity = SEV_INFO;
		buf_adds(msg, "a revision, not a disagreement: ");
		add_side(msg, of ? other : claim);
		buf_adds(msg, " came first, then ");
		add_side(msg, of ? claim : other);
		if (va)
			buf_addf(&r->why, "; %s %s was %s in the vintage of %s and %s in the "
				 "vintage of %s, each current on its article's date", va->series,
				 va->period, fmt_human(va->value, va->unit,
				 fmt_human_sig(va->value, vb->value, 0), pct), va->released,
				 fmt_human(vb->value, vb->unit, fmt_human_sig(va->value, vb->value, 0),
					   pct2), vb->released);
		buf_add(msg, r->why.s, r->why.len);
		str_copy(f->message, sizeof(f->message), msg->s, msg->len);
		return 1;
	}
	/* Invariant 14: one figure on each compilation basis. */
	if (!agree && bc.cap > SEV_INFO && explain_basis(other, claim, r->facts, r->nfacts, &eb))
		cap_basis(&bc, claim, other, &eb);
	/* Invariant 8: far apart, probably not one figure. */
	if (!agree && bc.cap > SEV_INFO && !tol_is_change(claim) && strcmp(claim->kind, "percent") &&
	    tol_far_apart(o.value, c.value, &ratio)) {
		bc.cap = SEV_INFO;
		snprintf(bc.why, sizeof(bc.why), "%s times apart, too far for one figure told "
			 "two ways: more likely another period, subject, measure or product read "
			 "as this one", tol_fmt_sig(ratio, 2, pct));
	}
	/* Invariant 15: two agencies' compilations (after 8: two
	 * figures far apart are more likely not one figure at all). */
	if (!agree && bc.cap > SEV_INFO && two_compilations(claim, other)) {
		bc.cap = SEV_INFO;
		snprintf(bc.why, sizeof(bc.why), "two compilations: %s vs %s, two agencies "
			 "of %s", claim->source, other->source, claim->reporter);
		for (char *p = bc.why; *p; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				*p = ' ';
	}
	s0 = f->severity;
	f->severity = basis_apply(&bc, s0);

	add_text(msg, claim);
	buf_adds(msg, agree ? " agrees with " : " disagrees with ");
	add_text(msg, other);
	buf_addf(msg, " in %s", other->doc);
	if (!agree && o.value != 0)
		buf_addf(msg, " by %s%%", tol_fmt_pct(f->rel_error * 100, pct));
	if (cut) {
		buf_addf(msg, " with rounding: %s is %s cut to its written digits, not "
			 "rounded (%s%%)", cut->text, (cut == claim ? other : claim)->text,
			 tol_fmt_pct(f->rel_error * 100, pct));
	} else {
		buf_adds(msg, " (");
		add_range_of(msg, c, claim);
		buf_adds(msg, agree ? " overlaps " : " does not overlap ");
		add_range_of(msg, o, other);
		buf_adds(msg, ")");
	}
	basis_explain(msg, &bc, s0, f->severity);
	str_copy(f->message, sizeof(f->message), msg->s, msg->len);
	return 1;
}

/* Emits every cross-document pair of one group; returns emit's non-zero value. */
static int run_group(struct run *r, const struct fact *const *members, size_t len)
{
	struct finding f;
	/* Each member's twin, once (invariant 9): the group holds every fact
	 * read as this figure, so it holds the twins. */
	const struct fact **tw = xcalloc(len, sizeof(*tw));
	/* and the forecast each is the base of (invariant 13), from the
	 * subject's facts: the forecast is another measure */
	const struct fact **fc = xcalloc(len, sizeof(*fc));
	int rc = 0;

	for (size_t i = 0; i < len; i++) {
		tw[i] = basis_twin(members[i], members, len);
		fc[i] = basis_forecast_base(members[i], r->facts, r->nfacts);
	}
	r->members = members;
	r->nmembers = len;
	for (size_t i = 0; i + 1 < len && !rc; i++) {
		for (size_t j = i + 1; j < len && !rc; j++) {
			if (members[i]->doc_id == members[j]->doc_id ||
			    !compare(r, members[i], members[j], tw[i], tw[j], fc[i], fc[j], &f))
				continue;
			rc = r->emit(r->ctx, &f);
		}
	}
	free(tw);
	free(fc);
	return rc;
}

/*
 * Pairs are visited as (i, j) in lexicographic order of input position:
 * the earliest fact against every later one, then the next.
 */
static int agreement_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	const struct fact **sorted;
	struct group *groups;
	struct run r = { .facts = in->facts, .nfacts = in->nfacts, .msg = BUF_INIT,
			 .why = BUF_INIT, .emit = emit, .ctx = ctx };
	struct series_ix local;
	size_t n = 0, ngroups = 0;
	int rc = 0;

	if (in->nfacts < 2)
		return 0;
	r.ix = series_ix_of(in, &local);
	sorted = xcalloc(in->nfacts, sizeof(*sorted));
	for (size_t k = 0; k < in->nfacts; k++) {
		const struct fact *f = &in->facts[k];

		if (kind_compared(f->kind) && f->period[0] && f->measure[0] &&
		    has_subject(f) && isfinite(f->value))
			sorted[n++] = f;
	}
	qsort(sorted, n, sizeof(*sorted), fact_ptr_cmp);

	/* Groups of one have no pairs: only larger runs are kept. */
	groups = xcalloc(n / 2 + 1, sizeof(*groups));
	for (size_t s = 0, e; s < n; s = e) {
		for (e = s + 1; e < n && !check_figure_cmp(sorted[s], sorted[e]); e++)
			;
		if (e - s > 1)
			groups[ngroups++] = (struct group){ s, e - s, sorted[s] };
	}
	qsort(groups, ngroups, sizeof(*groups), group_cmp);

	for (size_t g = 0; g < ngroups && !rc; g++)
		rc = run_group(&r, sorted + groups[g].start, groups[g].len);
	buf_release(&r.msg);
	buf_release(&r.why);
	free(groups);
	free(sorted);
	return series_ix_done(r.ix, &local, rc);
}

const struct rule rule_agreement = {
	.name = "agreement",
	.summary = "the same figure from different articles agrees within its precision",
	.order = CHECK_BY_SUBJECT,
	.run = agreement_run,
};
