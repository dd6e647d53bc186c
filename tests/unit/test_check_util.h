/*
 * test_check_util.h - what the rule tests share: a collector of findings,
 * facts and observations built by hand. Included by tests/unit/test_check*.c
 * and test_rule_*.c after cmocka.h; everything is static inline so that a
 * test binary that uses a part only does not warn about the rest.
 */
#ifndef TS_TEST_CHECK_UTIL_H
#define TS_TEST_CHECK_UTIL_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "check/check.h"

#define BN 1e9

/* cmocka's assert_float_equal compares floats, 7 digits: too few for
 * billions. This compares doubles and prints both. */
#define assert_near(a, b, eps) do {						\
	double a_ = (a), b_ = (b);						\
	if (!(fabs(a_ - b_) <= (eps)))						\
		fail_msg("%.17g != %.17g (eps %g)", a_, b_, (double)(eps));	\
} while (0)

/* Every finding emitted, copied; stop_after > 0 makes emit return 7 then. */
struct collected {
	struct finding *f;	/* owned */
	size_t n, alloc;
	size_t stop_after;
};

static inline int collect(void *ctx, const struct finding *f)
{
	struct collected *c = ctx;

	XGROW(c->f, c->alloc, c->n + 1);
	c->f[c->n++] = *f;
	return c->stop_after && c->n == c->stop_after ? 7 : 0;
}

static inline void collected_release(struct collected *c)
{
	free(c->f);
	memset(c, 0, sizeof(*c));
}

/* Runs one rule over facts and observations (obs sorted as check.h says). */
static inline int run_rule(const struct rule *r, const struct fact *facts, size_t nfacts,
			   const struct observation *obs, size_t nobs, struct collected *c)
{
	struct check_input in = { facts, nfacts, obs, nobs, NULL };

	return r->run(&in, collect, c);
}

/* CN imports of goods from RU in 2023-08, a level in USD, from document
 * doc_id published on 2023-09-19; subject and period stated in its own
 * sentence (as in the seeds: "China's imports from Russia in August"), the
 * basis (adjustment, price, basis, status) not said. */
static inline struct fact money(int64_t id, int64_t doc_id, const char *doc,
				const char *text, double value, double precision)
{
	return (struct fact){
		.id = id, .doc_id = doc_id, .doc = doc, .published = "2023-09-19",
		.start = 10 * id, .end = 10 * id + (int64_t)strlen(text),
		.text = text, .sentence = "", .kind = "money",
		.value = value, .precision = precision,
		.unit = "USD", .per = "", .approx = "", .direction = "",
		.measure = "level", .period = "2023-08",
		.flow = "import", .reporter = "CN", .partner = "RU", .commodity = "goods",
		.adjustment = "", .price = "", .basis = "", .status = "",
		.reporter_src = "stated", .partner_src = "stated", .flow_src = "stated",
		.period_src = "stated",
	};
}

/* A change in percent of the same trade: measure "change_yoy", "change_mom"
 * or "change"; direction "up", "down" or "". */
static inline struct fact pct(int64_t id, int64_t doc_id, const char *doc, const char *text,
			      double value, const char *measure, const char *direction)
{
	struct fact f = money(id, doc_id, doc, text, value, 0.5);

	f.kind = "percent";
	f.unit = "%";
	f.measure = measure;
	f.direction = direction;
	return f;
}

/* One vintage of CN.IMP.RU (China's imports from Russia, USD, a monthly
 * level) for period, released on released; id and vintage from id. */
static inline struct observation cnru(int64_t id, const char *period, double value,
					      const char *released)
{
	return (struct observation){
		.id = id, .vintage = 100 + id, .series = "CN.IMP.RU", .unit = "USD",
		.reporter = "CN", .partner = "RU", .flow = "import", .commodity = "",
		.measure = "level", .adjustment = "", .price = "",
		.period = period, .value = value, .precision = 0.5,
		.released = released, .source = "GACC",
	};
}

#endif
