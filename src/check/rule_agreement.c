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
 */
#include "check/check.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

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
static void add_range(struct buf *b, struct tol_side s, const char *unit)
{
	char lo[FMT_NUM_MAX], hi[FMT_NUM_MAX];
	double a = s.value - s.half, z = s.value + s.half;
	int sig = fmt_human_sig(a, z, (z - a) / 20);

	buf_addf(b, "%s to %s", fmt_human(a, unit, sig, lo), fmt_human(z, unit, sig, hi));
}

/*
 * Fills f for the pair (other = earlier fact, claim = later one). msg is
 * scratch space kept across calls, so a million findings cost no million
 * allocations; the message is cut to fit finding.message.
 */
static void compare(const struct fact *other, const struct fact *claim,
		    struct finding *f, struct buf *msg)
{
	struct tol_side o = tol_side(other), c = tol_side(claim);
	int agree = tol_overlaps(o, c);
	char pct[FMT_NUM_MAX];

	tol_finding_vs_claim(f, rule_agreement.name, claim, other, agree);

	buf_reset(msg);
	add_text(msg, claim);
	buf_adds(msg, agree ? " agrees with " : " disagrees with ");
	add_text(msg, other);
	buf_addf(msg, " in %s", other->doc);
	if (!agree && o.value != 0)
		buf_addf(msg, " by %s%%", tol_fmt_pct(f->rel_error * 100, pct));
	buf_adds(msg, " (");
	add_range(msg, c, claim->unit);
	buf_adds(msg, agree ? " overlaps " : " does not overlap ");
	add_range(msg, o, other->unit);
	buf_adds(msg, ")");
	str_copy(f->message, sizeof(f->message), msg->s, msg->len);
}

/* Emits every cross-document pair of one group; returns emit's non-zero value. */
static int run_group(const struct fact *const *members, size_t len,
		     finding_fn emit, void *ctx, struct buf *msg)
{
	struct finding f;
	int rc;

	for (size_t i = 0; i + 1 < len; i++) {
		for (size_t j = i + 1; j < len; j++) {
			if (members[i]->doc_id == members[j]->doc_id)
				continue;
			compare(members[i], members[j], &f, msg);
			if ((rc = emit(ctx, &f)))
				return rc;
		}
	}
	return 0;
}

/*
 * Pairs are visited as (i, j) in lexicographic order of input position:
 * the earliest fact against every later one, then the next.
 */
static int agreement_run(const struct check_input *in, finding_fn emit, void *ctx)
{
	const struct fact **sorted;
	struct group *groups;
	struct buf msg = BUF_INIT;
	size_t n = 0, ngroups = 0;
	int rc = 0;

	if (in->nfacts < 2)
		return 0;
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
		rc = run_group(sorted + groups[g].start, groups[g].len, emit, ctx, &msg);
	buf_release(&msg);
	free(groups);
	free(sorted);
	return rc;
}

const struct rule rule_agreement = {
	.name = "agreement",
	.summary = "the same figure from different articles agrees within its precision",
	.run = agreement_run,
};
