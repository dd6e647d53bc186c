/*
 * model.c - the name tables of the model's enums, and the lifecycles of a
 * document and a claims array (model.h).
 *
 * Invariants:
 *  1. Each table is indexed by its enum and has exactly its _COUNT entries
 *     (checked at build time), entry 0 being "".
 *  2. d->buf is never NULL after doc_init() and d->buf[d->len] is NUL.
 *  3. d->date is "" or a valid calendar date (date_valid()).
 *  4. d->sha256 is "" or the digest of buf[0..len): doc_hash() fills it once.
 *  5. struct observation's fields by name lie where its struct series has
 *     them (checked at build time below).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "model/model.h"

static const char *const measure_names[] = {
	[MEASURE_NONE] = "", [MEASURE_LEVEL] = "level", [MEASURE_BALANCE] = "balance",
	[MEASURE_CHANGE] = "change", [MEASURE_CHANGE_YOY] = "change_yoy",
	[MEASURE_CHANGE_MOM] = "change_mom", [MEASURE_CHANGE_QOQ] = "change_qoq",
	[MEASURE_SHARE] = "share", [MEASURE_PRICE] = "price", [MEASURE_TARGET] = "target",
	[MEASURE_FORECAST] = "forecast", [MEASURE_INVESTMENT] = "investment",
	[MEASURE_CAPACITY] = "capacity",
};
static const char *const adjustment_names[] = { "", "sa", "nsa" };
static const char *const price_names[] = { "", "real", "nominal" };
static const char *const basis_names[] = { "", "annualized", "avg3m", "bop", "customs" };
static const char *const status_names[] = { "", "preliminary", "revised", "previous" };
static const char *const source_names[] = { "", "stated", "inferred" };

/* model.h invariant 4: o->unit is o->of.unit, and so for every field. */
#define SAME_PLACE(f, g) _Static_assert(offsetof(struct observation, f) == \
	offsetof(struct observation, of) + offsetof(struct series, g), "observation." #f)
SAME_PLACE(series_id, id);
SAME_PLACE(series, code);
SAME_PLACE(title, title);
SAME_PLACE(unit, unit);
SAME_PLACE(reporter, reporter);
SAME_PLACE(partner, partner);
SAME_PLACE(flow, flow);
SAME_PLACE(commodity, commodity);
SAME_PLACE(measure, measure);
SAME_PLACE(freq, freq);
SAME_PLACE(adjustment, adjustment);
SAME_PLACE(price, price);
SAME_PLACE(aggregation, aggregation);
#undef SAME_PLACE
_Static_assert(offsetof(struct observation, aggregation) + sizeof(const char *) ==
	       offsetof(struct observation, of) + sizeof(struct series),
	       "struct series has a field the observation does not name");

_Static_assert(ARRAY_SIZE(measure_names) == MEASURE_COUNT, "a measure without a name");
_Static_assert(ARRAY_SIZE(adjustment_names) == ADJ_COUNT, "an adjustment without a name");
_Static_assert(ARRAY_SIZE(price_names) == PRICE_COUNT, "a price basis without a name");
_Static_assert(ARRAY_SIZE(basis_names) == BASIS_COUNT, "a rate basis without a name");
_Static_assert(ARRAY_SIZE(status_names) == STATUS_COUNT, "a status without a name");
_Static_assert(ARRAY_SIZE(source_names) == SOURCE_COUNT, "a source without a name");

static const char *name_of(const char *const *names, unsigned n, unsigned v, const char *what)
{
	if (v >= n)
		BUG("%s %u out of range", what, v);
	return names[v];
}

const char *measure_name(enum measure m)
{
	return name_of(measure_names, MEASURE_COUNT, m, "measure");
}

const char *adjustment_name(enum adjustment a)
{
	return name_of(adjustment_names, ADJ_COUNT, a, "adjustment");
}

const char *price_basis_name(enum price_basis p)
{
	return name_of(price_names, PRICE_COUNT, p, "price basis");
}

const char *rate_basis_name(enum rate_basis b)
{
	return name_of(basis_names, BASIS_COUNT, b, "rate basis");
}

const char *claim_status_name(enum claim_status s)
{
	return name_of(status_names, STATUS_COUNT, s, "status");
}

const char *field_source_name(enum field_source s)
{
	return name_of(source_names, SOURCE_COUNT, s, "field source");
}

enum measure measure_parse(const char *s)
{
	for (unsigned m = 1; s && *s && m < MEASURE_COUNT; m++)
		if (strcmp(s, measure_names[m]) == 0)
			return (enum measure)m;
	return MEASURE_NONE;
}

int measure_is_change(enum measure m)
{
	return m == MEASURE_CHANGE || m == MEASURE_CHANGE_YOY || m == MEASURE_CHANGE_MOM ||
	       m == MEASURE_CHANGE_QOQ;
}

void doc_init_unhashed(struct doc *d, const char *path, char *buf, size_t len,
		       const char *date)
{
	memset(d, 0, sizeof(*d));
	d->path = path;
	if (!buf) {
		buf = xmalloc(1);
		len = 0;
	}
	buf[len] = '\0';
	d->buf = buf;
	d->len = len;
	if (date && date_valid(date))
		memcpy(d->date, date, DATE_LEN);
}

void doc_init(struct doc *d, const char *path, char *buf, size_t len, const char *date)
{
	doc_init_unhashed(d, path, buf, len, date);
	sha256_hex(d->buf, d->len, d->sha256);
}

/* A hex digest is never "", so "" can mean "not computed yet". */
const char *doc_hash(struct doc *d)
{
	if (!d->sha256[0])
		sha256_hex(d->buf, d->len, d->sha256);
	return d->sha256;
}

void doc_release(struct doc *d)
{
	if (!d)
		return;
	free(d->buf);
	memset(d, 0, sizeof(*d));
}

void claims_init(struct claims *c)
{
	c->v = NULL;
	c->n = c->alloc = 0;
}

void claims_release(struct claims *c)
{
	if (!c)
		return;
	free(c->v);
	claims_init(c);
}

const char *claim_kind_name(enum claim_kind k)
{
	switch (k) {
	case CLAIM_MONEY:
		return "money";
	case CLAIM_QUANTITY:
		return "quantity";
	case CLAIM_PERCENT:
		return "percent";
	case CLAIM_DATE:
		return "date";
	case CLAIM_COUNT:
		return "count";
	}
	return "unknown";
}
