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
 */
#include "check/check.h"

#include "base/base.h"

#include <stdio.h>
#include <string.h>

static const char *S(const char *s)
{
	return s ? s : "";
}

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

	a = S(a), b = S(b);
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
		snprintf(why, sizeof(why), "%s unknown in %s", name, a[0] ? S(doc_b) : S(doc_a));
	cap(out, SEV_INFO, why);
}

/* A qualifier: different when both set; set on one side only is unknown. */
static void qualifier(struct basis_cmp *out, const char *name, const char *a, const char *b,
		      const char *doc_a, const char *doc_b)
{
	char why[160];

	a = S(a), b = S(b);
	if (a[0] && b[0]) {
		if (strcmp(a, b)) {
			snprintf(why, sizeof(why), "%s %s against %s", name, a, b);
			not_comparable(out, why);
		}
	} else if (a[0] || b[0]) {
		snprintf(why, sizeof(why), "%s %s in %s, not stated in %s", name, a[0] ? a : b,
			 a[0] ? S(doc_a) : S(doc_b), a[0] ? S(doc_b) : S(doc_a));
		cap(out, SEV_INFO, why);
	}
}

/* The sources of f's subject and period: anything but "stated" on a field
 * that is set caps at warning. */
static void sources(struct basis_cmp *out, const struct fact *f)
{
	const char *field[] = { "reporter", "partner", "flow", "period" };
	const char *val[] = { f->reporter, f->partner, f->flow, f->period };
	const char *src[] = { f->reporter_src, f->partner_src, f->flow_src, f->period_src };
	char why[160];

	for (size_t i = 0; i < ARRAY_SIZE(field); i++) {
		if (!S(val[i])[0] || !strcmp(S(src[i]), "stated"))
			continue;
		snprintf(why, sizeof(why), "%s %s in %s", field[i],
			 !strcmp(S(src[i]), "inferred") ? "inferred from context"
							: "not known to be stated", S(f->doc));
		cap(out, SEV_WARNING, why);
	}
}

int basis_sign(const struct fact *f)
{
	if (strcmp(S(f->measure), "balance"))
		return 0;
	return (f->value > 0) - (f->value < 0);
}

void basis_qualifiers(const struct fact *a, const struct fact *b, struct basis_cmp *out)
{
	init(out);
	qualifier(out, "commodity", a->commodity, b->commodity, a->doc, b->doc);
	qualifier(out, "adjustment", a->adjustment, b->adjustment, a->doc, b->doc);
	qualifier(out, "price", a->price, b->price, a->doc, b->doc);
	qualifier(out, "basis", a->basis, b->basis, a->doc, b->doc);
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
	if (strcmp(S(a->measure), S(b->measure))) {
		snprintf(why, sizeof(why), "measure %s against %s", S(a->measure), S(b->measure));
		not_comparable(out, why);
	}
	if (basis_sign(a) * basis_sign(b) < 0)
		not_comparable(out, basis_sign(a) > 0 ? "a surplus against a deficit"
						      : "a deficit against a surplus");
	if (strcmp(S(a->period), S(b->period))) {
		snprintf(why, sizeof(why), "period %s against %s", S(a->period), S(b->period));
		not_comparable(out, why);
	}
	basis_qualifiers(a, b, &q);
	if (!q.comparable)
		not_comparable(out, q.why);
	else
		cap(out, q.cap, q.why);
}

void basis_claim_series(const struct fact *f, const struct observation *o, struct basis_cmp *out)
{
	init(out);
	subject(out, "reporter", f->reporter, o->reporter, f->doc, o->series);
	subject(out, "partner", f->partner, o->partner, f->doc, o->series);
	subject(out, "flow", f->flow, o->flow, f->doc, o->series);
	qualifier(out, "adjustment", f->adjustment, o->adjustment, f->doc, o->series);
	qualifier(out, "price", f->price, o->price, f->doc, o->series);
	/* A series is the release's own statement of its subject: only the
	 * claim's side can have been inferred. */
	sources(out, f);
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
