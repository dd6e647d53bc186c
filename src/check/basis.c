/*
 * basis.c - comparability: whether two figures (or a figure and a series)
 * are on the same basis, and how certain a finding about them may be.
 *
 * Input: two facts, or a fact and an observation's series metadata.
 * Output: a struct basis_cmp: comparable or not (and why), and the cap on
 * severity (DESIGN, "Validation rules"; README, "Severity").
 *
 * Invariants:
 *  1. Set on both sides and different: not comparable. A bilateral partner
 *     is never compared with WORLD (all partners), a surplus never with a
 *     deficit, seasonally adjusted never with unadjusted.
 *  2. Unknown ("") on one side: at most info. For the subject (reporter,
 *     partner, flow) "" on both sides is unknown too; for the qualifiers
 *     (adjustment, price, basis, commodity) "" on both sides is the same
 *     unstated convention, so it caps nothing.
 *  3. A subject field or period inferred from context, or whose source was
 *     not recorded: at most warning. An error needs every one stated.
 *  4. Only the cap is decided here: whether two values agree is tol.c's.
 *  5. A NULL string counts as "" (facts built by hand may leave the newer
 *     fields unset), so no caller has to fill every field.
 *  6. A period not over on its article's date (nor on its last day, for
 *     a period longer than a day: 1987 in a story of April 1987, "so far
 *     this year", commitments "this year", a forecast written as a level)
 *     holds a figure to that date, a commitment or an estimate,
 *     never the period's value: it is compared only with another of the same
 *     period from an article of the same date, and never with a series.
 *     Of two such figures, one a running total (basis_to_date: "already
 *     has purchased over 25 mln tonnes", "so far this season") and the
 *     other not (the season's estimate, 28.0 mln tonnes) are two figures,
 *     a part of the period against the whole: not comparable either.
 *  7. Against a series, a product group (any commodity but "goods", the
 *     whole of merchandise trade) and a series of the whole (no commodity,
 *     or an all-commodities code: Comtrade's "TOTAL"), or the other way
 *     round, cap at info: one may be a part of the other. A claim with no
 *     commodity or "goods" (a country's imports from a partner) is the
 *     total over commodities: it is the whole (basis_whole_trade).
 *  8. The compilation basis (basis "bop": balance of payments, or a current
 *     account; "customs": customs or Census) is never compared across:
 *     bop against customs is not comparable, as is any basis against
 *     another. Set on one side only: at most info (invariant 10).
 *     Against a series, which records no compilation basis (trade series
 *     are customs figures), a bop claim caps at info.
 *  9. Twins (basis_twin): a figure whose own sentence holds another figure
 *     read with the same kind, unit, measure, period, subject, commodity
 *     and qualifiers but a value that does not overlap it ("10.4 billion
 *     marks in February from 7.2 billion", both read as January) gives one
 *     sentence two values for one figure: at least one of them was misread,
 *     and nothing says which. Any finding about either is at most info, and
 *     says so. Figures marked preliminary, revised or previous are no twins
 *     ("revised to X from a previously published Y" is a revision), nor
 *     two amounts of one sign more than TOL_SAME_FIGURE_RATIO apart.
 *  10. The compilation basis set on one side only is a field unknown on
 *     the other: at most info (issue 16, point 1), customs as bop. *  11. A qualifier (adjustment, price, basis) has no recorded source, and
 *     the parser carries some from context (a balance-of-payments basis
 *     from the lead, "on that basis"): set, it is not known to be stated,
 *     so an error is not allowed (issue 13, point 3) - at most warning.
 *     A parser source for them (basis_src...) would lift this.
 *  12. The base of a forecast and 13. the base of a figure to date, and
 *     running totals: base.c.
 */
#include "check/check.h"

#include "base/base.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void init(struct basis_cmp *out)
{
	out->comparable = 1;
	out->cap = SEV_ERROR;
	out->why[0] = '\0';
}

/* Records the first reason only: the message names one field, the first
 * in DESIGN's order, rather than a list a person has to read through. */
static void cap(struct basis_cmp *out, enum severity s, const char *why)
{
	if (s < out->cap) {
		out->cap = s;
		/* not comparable: why says why not, whatever caps follow */
		if (out->comparable)
			snprintf(out->why, sizeof(out->why), "%s", why);
	}
}

static void not_comparable(struct basis_cmp *out, const char *why)
{
	if (out->comparable)
		snprintf(out->why, sizeof(out->why), "%s", why);
	out->comparable = 0;
}

/* A subject field: different when both are set is another figure; unknown
 * on either side (or both) caps at info. */
static void subject(struct basis_cmp *out, const char *name, const char *a, const char *b,
		    const char *doc_a, const char *doc_b)
{
	char why[160];

	a = check_text(a), b = check_text(b);
	if (a[0] && b[0]) {
		if (!strcmp(a, b))
			return;
		if (!strcmp(name, "partner") && (!strcmp(a, "WORLD") || !strcmp(b, "WORLD")))
			snprintf(why, sizeof(why), "a bilateral figure (partner %s) against a "
				 "total (WORLD)", strcmp(a, "WORLD") ? a : b);
		else
			snprintf(why, sizeof(why), "%s %s against %s", name, a, b);
		not_comparable(out, why);
		return;
	}
	if (!a[0] && !b[0])
		snprintf(why, sizeof(why), "%s unknown on both sides", name);
	else
		snprintf(why, sizeof(why), "%s unknown in %s", name,
			 a[0] ? check_text(doc_b) : check_text(doc_a));
	cap(out, SEV_INFO, why);
}

/* A qualifier: different when both set; set on one side only is unknown. */
static void qualifier(struct basis_cmp *out, const char *name, const char *a, const char *b,
		      const char *doc_a, const char *doc_b)
{
	char why[160];

	a = check_text(a), b = check_text(b);
	if (a[0] && b[0]) {
		if (strcmp(a, b)) {
			snprintf(why, sizeof(why), "%s %s against %s", name, a, b);
			not_comparable(out, why);
		}
	} else if (a[0] || b[0]) {
		snprintf(why, sizeof(why), "%s %s in %s, not stated in %s", name, a[0] ? a : b,
			 a[0] ? check_text(doc_a) : check_text(doc_b),
			 a[0] ? check_text(doc_b) : check_text(doc_a));
		cap(out, SEV_INFO, why);
	}
}

/* Invariants 8 and 10: the basis column, which holds the compilation basis
 * (bop, customs) or the rate basis (annualized, avg3m). Set on one side only
 * is unknown on the other, whichever basis it is: "customs" against a figure
 * whose basis is not stated might be presumed the same (most trade figures
 * are customs figures), but a presumption is not a stated field, and
 * Japan's "customs cleared" 82.66 bn against its "global trade surplus of
 * almost 90 billion" (balance of payments, not said) is a basis difference. */
static void rate_or_compilation(struct basis_cmp *out, const char *a, const char *b,
				const char *doc_a, const char *doc_b)
{
	qualifier(out, "basis", a, b, doc_a, doc_b);
}

/* The sources of f's subject and period: anything but "stated" on a field
 * that is set caps at warning. The qualifiers adjustment, price and basis
 * have no recorded source, and the parser carries them from context (a
 * balance-of-payments basis from the story's lead, "on that basis" after a
 * seasonally adjusted figure): one that is set is not known to be stated,
 * so it caps at warning too (invariant 11). */
static void sources(struct basis_cmp *out, const struct fact *f)
{
	const char *field[] = { "reporter", "partner", "flow", "period" };
	const char *val[] = { f->reporter, f->partner, f->flow, f->period };
	const char *src[] = { f->reporter_src, f->partner_src, f->flow_src, f->period_src };
	const char *qual[] = { "adjustment", "price", "basis" };
	const char *qval[] = { f->adjustment, f->price, f->basis };
	char why[160];

	for (size_t i = 0; i < ARRAY_SIZE(field); i++) {
		if (!check_text(val[i])[0] || !strcmp(check_text(src[i]), "stated"))
			continue;
		snprintf(why, sizeof(why), "%s %s in %s", field[i],
			 !strcmp(check_text(src[i]), "inferred") ? "inferred from context"
								 : "not known to be stated",
			 check_text(f->doc));
		cap(out, SEV_WARNING, why);
	}
	for (size_t i = 0; i < ARRAY_SIZE(qual); i++) {
		if (!check_text(qval[i])[0])
			continue;
		snprintf(why, sizeof(why), "%s %s in %s not known to be stated (it may be "
			 "carried from context)", qual[i], qval[i], check_text(f->doc));
		cap(out, SEV_WARNING, why);
	}
}

/* The last day of a period, "YYYY-MM-DD" in out: of "1987" 1987-12-31, of
 * "1987-Q1" 1987-03-31, of a range its end ("1987-01/1987-03", "1987-02-01/20"
 * abbreviated as ISO 8601 allows), of a crop year "1986/87" the end of 1987
 * (seasons end in different months: the latest is taken). 0 when period is
 * none of these. */
static int last_day(const char *period, char out[static 11])
{
	char end[PERIOD_MAX];
	const char *slash = strchr(period, '/');
	size_t n = strlen(period);
	int y, m = 12, d = 31;

	if (slash) {
		size_t ls = (size_t)(slash - period), le = strlen(slash + 1);

		if (!le || le > ls || ls >= sizeof(end))
			return 0;
		memcpy(end, period, ls - le);
		memcpy(end + ls - le, slash + 1, le + 1);
	} else {
		if (n >= sizeof(end))
			return 0;
		memcpy(end, period, n + 1);
	}
	n = strlen(end);
	for (size_t i = 0; i < n; i++)
		if (!(end[i] >= '0' && end[i] <= '9') && !((i == 4 || i == 7) && end[i] == '-') &&
		    !(i == 5 && end[i] == 'Q'))
			return 0;
	if (n < 4 || (n > 4 && end[4] != '-'))
		return 0;
	y = atoi(end);
	if (n == 7 && end[5] == 'Q')
		m = 3 * (end[6] - '0');
	else if (n == 7 || n == 10)
		m = atoi(end + 5);
	else if (n != 4)
		return 0;
	if (n == 10)
		d = atoi(end + 8);
	if (m < 1 || m > 12)
		return 0;
	for (int least = n == 10 ? d : 28; d >= least; d--) {
		char date[32];

		snprintf(date, sizeof(date), "%04d-%02d-%02d", y, m, d);
		if (strlen(date) == 10 && date_valid(date)) {
			memcpy(out, date, 11);
			return 1;
		}
	}
	return 0;
}

int basis_period_last(const char *period, char out[static 11])
{
	return last_day(check_text(period), out);
}

int basis_period_first(const char *period, char out[static 11])
{
	char last[11];
	const char *p = check_text(period);
	int m = 1, d = 1;

	/* the first day of what last_day() reads: the part before '/' */
	if (!last_day(p, last) || strlen(p) < 4)
		return 0;
	if (p[4] == '-' && p[5] == 'Q')
		m = 3 * (p[6] - '0') - 2;
	else if (p[4] == '-') {
		m = atoi(p + 5);
		if (p[7] == '-')
			d = atoi(p + 8);
	}
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	{
		char date[32];

		snprintf(date, sizeof(date), "%04d-%02d-%02d", atoi(p) % 10000, m, d);
		if (strlen(date) != 10)
			return 0;
		memcpy(out, date, 11);
	}
	return 1;
}

int basis_period_open(const struct fact *f)
{
	const char *p = check_text(f->period);
	char last[11];
	int c;

	if (!check_text(f->published)[0] || !last_day(p, last))
		return 0;
	c = strcmp(f->published, last);
	/* A day's figure may be told that day; no month's, quarter's or
	 * year's is final on its last day. */
	return c < 0 || (c == 0 && (strlen(p) != 10 || strchr(p, '/')));
}

/* Invariant 6: a period not over on one side's date. */
static void open_period(struct basis_cmp *out, const struct fact *a, const struct fact *b)
{
	int oa = basis_period_open(a), ob = basis_period_open(b);
	int ta = basis_to_date(a), tb = basis_to_date(b);
	const struct fact *f = oa ? a : b;
	char why[200];

	if (oa && ob && !strcmp(a->published, b->published) && ta != tb) {
		f = ta ? a : b;
		snprintf(why, sizeof(why), "period %s not over on %s: a figure to date (%s) "
			 "against the whole period's", check_text(f->period), f->published,
			 check_text(f->doc));
		not_comparable(out, why);
		return;
	}
	if ((!oa && !ob) || (oa && ob && !strcmp(a->published, b->published)))
		return;
	snprintf(why, sizeof(why), "period %s not over on %s (%s): a figure to date, a "
		 "commitment or an estimate", check_text(f->period), f->published,
		 check_text(f->doc));
	not_comparable(out, why);
}

int basis_sign(const struct fact *f)
{
	if (strcmp(check_text(f->measure), "balance"))
		return 0;
	return (f->value > 0) - (f->value < 0);
}

void basis_qualifiers(const struct fact *a, const struct fact *b, struct basis_cmp *out)
{
	init(out);
	qualifier(out, "commodity", a->commodity, b->commodity, a->doc, b->doc);
	qualifier(out, "adjustment", a->adjustment, b->adjustment, a->doc, b->doc);
	qualifier(out, "price", a->price, b->price, a->doc, b->doc);
	rate_or_compilation(out, a->basis, b->basis, a->doc, b->doc);
	open_period(out, a, b);
	sources(out, a);
	sources(out, b);
}

void basis_claims(const struct fact *a, const struct fact *b, struct basis_cmp *out)
{
	struct basis_cmp q;
	char why[160];

	init(out);
	subject(out, "reporter", a->reporter, b->reporter, a->doc, b->doc);
	subject(out, "partner", a->partner, b->partner, a->doc, b->doc);
	subject(out, "flow", a->flow, b->flow, a->doc, b->doc);
	if (strcmp(check_text(a->measure), check_text(b->measure))) {
		snprintf(why, sizeof(why), "measure %s against %s", check_text(a->measure),
			 check_text(b->measure));
		not_comparable(out, why);
	}
	if (basis_sign(a) * basis_sign(b) < 0)
		not_comparable(out, basis_sign(a) > 0 ? "a surplus against a deficit"
						      : "a deficit against a surplus");
	if (strcmp(check_text(a->period), check_text(b->period))) {
		snprintf(why, sizeof(why), "period %s against %s", check_text(a->period),
			 check_text(b->period));
		not_comparable(out, why);
	}
	basis_qualifiers(a, b, &q);
	if (!q.comparable)
		not_comparable(out, q.why);
	else
		cap(out, q.cap, q.why);
}

int basis_whole_trade(const char *commodity)
{
	commodity = check_text(commodity);
	return !commodity[0] || !strcmp(commodity, "goods") || !strcasecmp(commodity, "total");
}

void basis_claim_series(const struct fact *f, const struct observation *o, struct basis_cmp *out)
{
	char why[160];

	init(out);
	if (basis_period_open(f)) {
		snprintf(why, sizeof(why), "period %s not over on %s, when %s appeared: a figure "
			 "to date, a commitment or an estimate, not the period's value",
			 check_text(f->period), f->published, check_text(f->doc));
		not_comparable(out, why);
	}
	subject(out, "reporter", f->reporter, o->reporter, f->doc, o->series);
	subject(out, "partner", f->partner, o->partner, f->doc, o->series);
	subject(out, "flow", f->flow, o->flow, f->doc, o->series);
	qualifier(out, "adjustment", f->adjustment, o->adjustment, f->doc, o->series);
	qualifier(out, "price", f->price, o->price, f->doc, o->series);
	if (!strcmp(check_text(f->basis), "bop")) {
		snprintf(why, sizeof(why), "basis bop in %s; %s records no compilation basis "
			 "(trade series are on a customs basis)", check_text(f->doc),
			 check_text(o->series));
		cap(out, SEV_INFO, why);
	}
	if (basis_whole_trade(check_text(f->commodity)) !=
	    basis_whole_trade(check_text(o->commodity))) {
		snprintf(why, sizeof(why), "commodity %s in %s, %s in %s",
			 check_text(f->commodity)[0] ? f->commodity : "not named",
			 check_text(f->doc),
			 check_text(o->commodity)[0] ? o->commodity : "all goods",
			 check_text(o->series));
		cap(out, SEV_INFO, why);
	}
	/* A series is the release's own statement of its subject: only the
	 * claim's side can have been inferred. */
	sources(out, f);
}

int basis_claim_entry(const struct fact *f, const struct series_ent *e, const struct fact *facts,
		      size_t n, struct basis_cmp *out)
{
	basis_claim_series(f, e->head, out);
	if (!out->comparable || !series_commodity_fits(e, f->commodity))
		return 0;
	basis_cap_twin(out, f, basis_twin_in(f, facts, n));
	return 1;
}

void basis_series_pair(const struct observation *a, const struct observation *b,
		       struct basis_cmp *out)
{
	const char *ca = check_text(a->commodity), *cb = check_text(b->commodity);
	char why[160];

	init(out);
	if (!basis_whole_trade(ca) && !basis_whole_trade(cb) && strcmp(ca, cb)) {
		snprintf(why, sizeof(why), "commodity %s against %s", ca, cb);
		not_comparable(out, why);
	} else if (basis_whole_trade(ca) != basis_whole_trade(cb)) {
		snprintf(why, sizeof(why), "commodity %s in %s, %s in %s",
			 ca[0] ? ca : "all goods", check_text(a->series), cb[0] ? cb : "all goods",
			 check_text(b->series));
		cap(out, SEV_INFO, why);
	}
	qualifier(out, "adjustment", a->adjustment, b->adjustment, a->series, b->series);
	qualifier(out, "price", a->price, b->price, a->series, b->series);
}

enum severity basis_apply(const struct basis_cmp *b, enum severity s)
{
	return s > b->cap ? b->cap : s;
}

void basis_explain(struct buf *msg, const struct basis_cmp *b, enum severity s0,
		   enum severity s1)
{
	if (s1 < s0)
		buf_addf(msg, " (at most %s: %s)", severity_name(s1), b->why);
}

void basis_finish(struct finding *out, const struct basis_cmp *b, struct buf *msg)
{
	enum severity s0 = out->severity;

	out->severity = basis_apply(b, s0);
	basis_explain(msg, b, s0, out->severity);
	str_copy(out->message, sizeof(out->message), msg->s, msg->len);
}

/* Invariant 9: g is a twin of f. Two amounts of the same sign more than
 * TOL_SAME_FIGURE_RATIO apart are no twins: a third figure can be near one
 * of them at most, and a pair with the other is capped as far apart by the
 * rules that compare amounts ("fivefold, from 417 mln dlrs to 2.5 billion
 * in 1986", the 417 mln read as 1986 too, leaves 2.5 billion comparable).
 * Changes and percentages are never capped as far apart, so any two are
 * twins; so are a surplus and a deficit. */
static int twin_of(const struct fact *f, const struct fact *g)
{
	struct tol_side a, b;

	if (g == f || g->doc_id != f->doc_id || !check_text(f->sentence)[0] ||
	    strcmp(check_text(g->sentence), check_text(f->sentence)) ||
	    check_figure_cmp(f, g) || !check_same_qualifiers(f, g) ||
	    check_text(f->status)[0] || check_text(g->status)[0] || !isfinite(f->value) ||
	    !isfinite(g->value))
		return 0;
	a = tol_side(f), b = tol_side(g);
	if (tol_overlaps(a, b))
		return 0;
	return tol_is_change(f) || !strcmp(check_text(f->kind), "percent") ||
	       !tol_far_apart(a.value, b.value, &(double){ 0 });
}

const struct fact *basis_twin(const struct fact *f, const struct fact *const *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (twin_of(f, v[i]))
			return v[i];
	return NULL;
}

const struct fact *basis_twin_in(const struct fact *f, const struct fact *facts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (twin_of(f, &facts[i]))
			return &facts[i];
	return NULL;
}

void basis_cap_twin(struct basis_cmp *out, const struct fact *f, const struct fact *twin)
{
	char why[160];

	if (!twin)
		return;
	snprintf(why, sizeof(why), "%s and %s in one sentence of %s were both read as this "
		 "figure: one of them is misread", f->text, twin->text, check_text(f->doc));
	for (char *p = why; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	cap(out, SEV_INFO, why);
}
