/*
 * parse_test_util.h - helpers shared by the parse stage's unit tests:
 * documents built from strings, claims found by their mention text.
 * Included after <cmocka.h>; everything is static inline.
 */
#ifndef TS_PARSE_TEST_UTIL_H
#define TS_PARSE_TEST_UTIL_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "parse/parse.h"

/* A doc owning a malloc'd copy of s[0..n) (exactly n+1 bytes, so that ASan
 * sees any read past the end). */
static inline void doc_from_mem(struct doc *d, const char *s, size_t n, const char *date)
{
	char *b = xmalloc(n + 1);

	memcpy(b, s, n);
	b[n] = '\0';
	doc_init(d, "test", b, n, date);
}

static inline void doc_from(struct doc *d, const char *s, const char *date)
{
	doc_from_mem(d, s, strlen(s), date);
}

static inline int num_eq(double a, double b)
{
	return fabs(a - b) <= 1e-9 * (fabs(b) > 1 ? fabs(b) : 1);
}

/* The index of the claim whose mention is exactly text, or -1. */
static inline long claim_find(const struct doc *d, const struct claims *c, const char *text)
{
	size_t n = strlen(text);

	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].end - c->v[i].start == n && !memcmp(d->buf + c->v[i].start, text, n))
			return (long)i;
	return -1;
}

/* Number of claims of kind money, quantity or percent. */
static inline size_t figures_count(const struct claims *c)
{
	size_t n = 0;

	for (size_t i = 0; i < c->n; i++)
		n += c->v[i].kind == CLAIM_MONEY || c->v[i].kind == CLAIM_QUANTITY ||
		     c->v[i].kind == CLAIM_PERCENT;
	return n;
}

/* The claim of s whose mention is exactly mention (fails if none). */
static inline struct claim get(const char *s, const char *date, const char *mention)
{
	struct doc d;
	struct claims c;
	struct claim cl;
	long i;

	doc_from(&d, s, date);
	claims_init(&c);
	parse_doc(&d, &c);
	i = claim_find(&d, &c, mention);
	if (i < 0)
		fail_msg("no claim '%s' in '%s'", mention, s);
	cl = c.v[i];
	claims_release(&c);
	doc_release(&d);
	return cl;
}

/* The claim of s whose mention is mention has this measure (its name). */
static inline void check_measure(const char *s, const char *date, const char *mention,
				 const char *measure)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(measure_name(cl.measure), measure))
		fail_msg("'%s' in '%s' (%s): measure '%s', want '%s'", mention, s, date,
			 measure_name(cl.measure), measure);
}

/* The claim of s whose mention is mention has this measure (its name) and
 * direction. */
static inline void check_change(const char *s, const char *date, const char *mention,
				const char *measure, const char *direction)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(measure_name(cl.measure), measure) || strcmp(cl.direction, direction))
		fail_msg("'%s' in '%s': %s/%s, want %s/%s", mention, s, measure_name(cl.measure),
			 cl.direction, measure, direction);
}

/* The claim of s whose mention is mention has this period. */
static inline void check_period(const char *s, const char *date, const char *mention,
				const char *want)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(cl.period, want))
		fail_msg("'%s' in '%s': period '%s', want '%s'", mention, s, cl.period, want);
}

/* The claim of s whose mention is mention has this basis (its name). */
static inline void check_basis(const char *s, const char *date, const char *mention,
			       const char *basis)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(rate_basis_name(cl.basis), basis))
		fail_msg("'%s' in '%s': basis '%s', want '%s'", mention, s,
			 rate_basis_name(cl.basis), basis);
}

/* The claim of s whose mention is mention has this status (its name). */
static inline void check_status(const char *s, const char *date, const char *mention,
				const char *status)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(claim_status_name(cl.status), status))
		fail_msg("'%s' in '%s': status '%s', want '%s'", mention, s,
			 claim_status_name(cl.status), status);
}

/* The flow, reporter and partner of cl are these. */
static inline void assert_who(const struct claim *cl, const char *flow, const char *rep,
			      const char *par)
{
	assert_string_equal(cl->flow, flow);
	assert_string_equal(cl->reporter, rep);
	assert_string_equal(cl->partner, par);
}

#endif
