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
 * A hedged figure ("about $11 billion", "nearly 3%") is wider than its
 * digits: we allow 5% of its value either way, or its rounding interval when
 * that is wider. Journalists hedge with "about" over a few percent at most;
 * 5% keeps "about $11 billion" in agreement with $11.4 billion but not with
 * $12 billion. "over"/"more than" are one-sided in truth; we treat every
 * hedge as symmetric, which can only miss a disagreement, never invent one.
 */
#define HEDGE_REL 0.05

/*
 * Two figures that do not overlap are a warning when they differ by less
 * than 10% of the earlier one (a revision, a rounding by a different source,
 * a typo in the last digit), an error from 10% on (another figure altogether,
 * or a wrong one). The test is on |rel_error| as printed in the finding, so
 * that the severity can be read off the row.
 */
#define ERROR_REL 0.10

/*
 * Bounds that meet exactly must count as overlapping, but 1.1 - 1.0 is
 * 0.10000000000000009 in binary, not 0.1. The slack is a billionth of the
 * numbers compared: far below any precision a person writes, far above the
 * error of a few additions.
 */
#define SLACK_REL 1e-9

/* One fact as the rule compares it: signed value and its interval. */
struct side {
	double value;	/* base units; negative for a change stated as "down" */
	double half;	/* half-width of the interval, base units, >= 0 */
};

static int kind_compared(const char *kind)
{
	return !strcmp(kind, "money") || !strcmp(kind, "quantity") ||
	       !strcmp(kind, "percent");
}

static int is_change(const struct fact *f)
{
	return !strncmp(f->measure, "change", 6);
}

/*
 * "fell 8%" is stored as value 8, direction down: as a change it is -8.
 * Only changes are signed so: "fell to $11.5 billion" is a level of
 * +11.5 bn whatever the direction of the move that led to it.
 */
static struct side side_of(const struct fact *f)
{
	struct side s;

	s.value = f->value;
	if (is_change(f) && !strcmp(f->direction, "down") && s.value > 0)
		s.value = -s.value;
	s.half = isfinite(f->precision) && f->precision > 0 ? f->precision : 0;
	if (f->approx[0] && s.half < HEDGE_REL * fabs(s.value))
		s.half = HEDGE_REL * fabs(s.value);
	return s;
}

static int overlaps(struct side a, struct side b)
{
	double slack = SLACK_REL * fmax(fabs(a.value), fabs(b.value));

	return fabs(a.value - b.value) <= a.half + b.half + slack;
}

/*
 * The figure a fact is about. Subject fields compare exactly, so an empty
 * flow, reporter or partner matches only an empty one. Treating empty as
 * "any" would not be an equivalence: a fact without a subject would belong
 * both to "CN imports from RU" and to "US imports from RU", which must never
 * be compared with each other, and no sort could form such groups. It would
 * also turn every subject the grammar missed into a comparison with whatever
 * figure happens to share the period. The price: two subjectless facts with
 * the same kind, unit, rate, measure and period are compared even if they
 * are about different trades; the finding quotes both, so a person sees it.
 * per is part of the key: 5.8 Mt a year and 0.5 Mt a month are not the same
 * written figure even when they describe the same trade.
 */
static int key_cmp(const struct fact *a, const struct fact *b)
{
	const char *ka[] = { a->kind, a->unit, a->per, a->measure, a->period,
			     a->flow, a->reporter, a->partner, a->commodity };
	const char *kb[] = { b->kind, b->unit, b->per, b->measure, b->period,
			     b->flow, b->reporter, b->partner, b->commodity };
	int c;

	for (size_t i = 0; i < ARRAY_SIZE(ka); i++)
		if ((c = strcmp(ka[i], kb[i])))
			return c;
	return 0;
}

/* Sorts by key, then by position in the input, so each group is one run
 * whose members keep their input order and whose first member is its
 * earliest fact. The pointers all point into one array. */
static int fact_ptr_cmp(const void *pa, const void *pb)
{
	const struct fact *a = *(const struct fact *const *)pa;
	const struct fact *b = *(const struct fact *const *)pb;
	int c = key_cmp(a, b);

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
	if (is_change(f) && f->direction[0])
		buf_addf(b, " (%s)", f->direction);
}

/* "11450000000 to 11550000000" */
static void add_range(struct buf *b, struct side s)
{
	char lo[48], hi[48];

	buf_addf(b, "%s to %s", fmt_num(s.value - s.half, lo),
		 fmt_num(s.value + s.half, hi));
}

/* A percentage for a message: one decimal ("5.2"), or two significant
 * digits below 0.1 so that a real difference never prints as "0". */
static double pct_rounded(double p)
{
	double scale;

	if (p == 0 || fabs(p) >= 0.1)
		return round(p * 10) / 10;
	scale = pow(10, 1 - floor(log10(fabs(p))));
	return round(p * scale) / scale;
}

/*
 * Fills f for the pair (other = earlier fact, claim = later one). msg is
 * scratch space kept across calls, so a million findings cost no million
 * allocations; the message is cut to fit finding.message.
 */
static void compare(const struct fact *other, const struct fact *claim,
		    struct finding *f, struct buf *msg)
{
	struct side o = side_of(other), c = side_of(claim);
	int agree = overlaps(o, c);
	char pct[48];

	memset(f, 0, sizeof(*f));
	f->rule = rule_agreement.name;
	f->claim = claim;
	f->other = other;
	f->series = NULL;
	f->period = claim->period;
	f->has_values = 1;
	f->expected = o.value;
	f->actual = c.value;
	f->tolerance = o.half + c.half;
	f->rel_error = o.value != 0 ? (c.value - o.value) / o.value : 0;
	/* Against zero every difference is infinitely large: an error. */
	if (agree)
		f->severity = SEV_INFO;
	else if (o.value != 0 && fabs(f->rel_error) < ERROR_REL)
		f->severity = SEV_WARNING;
	else
		f->severity = SEV_ERROR;

	buf_reset(msg);
	add_text(msg, claim);
	buf_adds(msg, agree ? " agrees with " : " disagrees with ");
	add_text(msg, other);
	buf_addf(msg, " in %s", other->doc);
	if (!agree && o.value != 0)
		buf_addf(msg, " by %s%s%%", f->rel_error > 0 ? "+" : "",
			 fmt_num(pct_rounded(f->rel_error * 100), pct));
	buf_adds(msg, " (");
	add_range(msg, c);
	buf_adds(msg, agree ? " overlaps " : " does not overlap ");
	add_range(msg, o);
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
		    isfinite(f->value))
			sorted[n++] = f;
	}
	qsort(sorted, n, sizeof(*sorted), fact_ptr_cmp);

	/* Groups of one have no pairs: only larger runs are kept. */
	groups = xcalloc(n / 2 + 1, sizeof(*groups));
	for (size_t s = 0, e; s < n; s = e) {
		for (e = s + 1; e < n && !key_cmp(sorted[s], sorted[e]); e++)
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
