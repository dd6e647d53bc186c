/*
 * test_rule_mirror.c - the same bilateral flow reported by each side: info
 * within the +/-10% CIF/FOB and timing band, warning beyond, never an error;
 * and a claim against the series of the other side.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "test_check_util.h"

/* reporter's flow with partner in 1986, in document doc_id. */
static struct fact side(int64_t id, int64_t doc_id, const char *text, double bn,
			const char *reporter, const char *partner, const char *flow)
{
	struct fact f = money(id, doc_id, doc_id == 1 ? "a.txt" : "b.txt", text, bn * BN,
			      0.05 * BN);

	f.period = "1986";
	f.reporter = reporter;
	f.partner = partner;
	f.flow = flow;
	f.commodity = "";
	return f;
}

static struct fact balance(int64_t id, int64_t doc_id, const char *text, double bn,
			   const char *reporter, const char *partner)
{
	struct fact f = side(id, doc_id, text, bn, reporter, partner, "trade");

	f.measure = "balance";
	return f;
}

static void test_mirror_exports_against_imports_within_band_is_info(void **state)
{
	/* Israel's exports to the U.S. 2.3 bn, U.S. imports from Israel 2.5 bn. */
	struct fact f[] = {
		side(1, 1, "2.3 billion dlrs", 2.3, "IL", "US", "export"),
		side(2, 2, "2.5 billion dlrs", 2.5, "US", "IL", "import"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.f[0].rule, "mirror");
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_ptr_equal(c.f[0].claim, &f[1]);
	assert_ptr_equal(c.f[0].other, &f[0]);
	assert_true(c.f[0].expected == 2.3 * BN);
	assert_true(c.f[0].actual == 2.5 * BN);
	assert_near(c.f[0].tolerance, 0.25 * BN + 0.1 * BN, 1);
	assert_string_equal(c.f[0].message,
			    "mirror statistics: 2.5 billion dlrs (US's imports from IL, b.txt) "
			    "against 2.3 billion dlrs (IL's exports to US, a.txt): ratio 1.09, "
			    "within the usual mirror gap of +/-10% (CIF/FOB, timing)");
	collected_release(&c);
}

static void test_mirror_beyond_band_is_a_warning_never_an_error(void **state)
{
	struct fact f[] = {
		side(1, 1, "2.3 billion dlrs", 2.3, "IL", "US", "export"),
		side(2, 2, "3.1 billion dlrs", 3.1, "US", "IL", "import"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message, "ratio 1.35, beyond the usual mirror gap"));
	/* Twice the other side: more likely a part or another period taken
	 * for the flow than a gap between two offices (tol_far_apart). */
	collected_release(&c);
	f[1].value = 4.6 * BN;
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "ratio 2, beyond the usual mirror gap of +/-10% "
					       "(CIF/FOB, timing) (at most info: 2 times apart, too "
					       "far for the two sides of one flow"));
	/* The agreement rule never sees the two sides as one figure. */
	collected_release(&c);
	assert_int_equal(run_rule(&rule_agreement, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_mirror_surplus_against_deficit_compares_magnitudes(void **state)
{
	/* Japan's surplus with the U.S. +58.6, the U.S. deficit with Japan -66.5
	 * (signed, as DESIGN stores balances): ratio 1.13, a warning. */
	struct fact f[] = {
		balance(1, 1, "58.6 billion dlrs", 58.6, "JP", "US"),
		balance(2, 2, "66.5 billion dlrs", -66.5, "US", "JP"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_true(c.f[0].expected == 58.6 * BN);
	assert_true(c.f[0].actual == 66.5 * BN);
	assert_non_null(strstr(c.f[0].message, "(US's balance with JP, b.txt) against "
					       "58.6 billion dlrs (JP's balance with US, a.txt): "
					       "ratio 1.13, beyond"));
	/* Within 10%: info. */
	f[1].value = -62 * BN;
	collected_release(&c);
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	collected_release(&c);
}

static void test_mirror_two_deficits_against_each_other_are_a_warning(void **state)
{
	struct fact f[] = {
		balance(1, 1, "5 billion dlrs", -5, "JP", "US"),
		balance(2, 2, "5 billion dlrs", -5, "US", "JP"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message, "each side reports the same sign"));
	collected_release(&c);
}

static void test_mirror_needs_opposite_sides_and_complementary_flows(void **state)
{
	struct fact f[] = {
		side(1, 1, "2.3 billion dlrs", 2.3, "IL", "US", "export"),
		side(2, 2, "4.6 billion dlrs", 4.6, "US", "IL", "export"),	/* the other flow */
		side(3, 2, "4.6 billion dlrs", 4.6, "IL", "US", "export"),	/* same side */
		side(4, 2, "4.6 billion dlrs", 4.6, "US", "WORLD", "import"),	/* a total */
		side(5, 2, "4.6 billion dlrs", 4.6, "US", "", "import"),	/* unknown */
		balance(6, 2, "4.6 billion dlrs", 4.6, "US", "IL"),		/* a balance */
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_mirror, f, ARRAY_SIZE(f), NULL, 0, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_mirror_needs_same_period_unit_and_basis(void **state)
{
	struct fact f[] = {
		side(1, 1, "2.3 billion dlrs", 2.3, "IL", "US", "export"),
		side(2, 2, "4.6 billion dlrs", 4.6, "US", "IL", "import"),
	};
	struct collected c = { 0 };

	(void)state;
	f[1].period = "1985";
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	f[1].period = "1986";
	f[1].unit = "EUR";
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	f[1].unit = "USD";
	f[0].price = "real";
	f[1].price = "nominal";
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.n, 0);
	/* Price stated on one side only: a pair, at most info. */
	f[1].price = "";
	assert_int_equal(run_rule(&rule_mirror, f, 2, NULL, 0, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "(at most info: price real in a.txt, not stated "
					       "in b.txt)"));
	collected_release(&c);
}

static void test_mirror_claim_against_the_other_sides_series(void **state)
{
	/* Russia's exports to China in August 2023 against China's imports
	 * from Russia (CN.IMP.RU): 12.9 against 11.5 bn, ratio 0.89: beyond. */
	struct fact f = money(1, 1, "a.txt", "$10.2 billion", 10.2 * BN, 0.05 * BN);
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct collected c = { 0 };

	(void)state;
	f.reporter = "RU";
	f.partner = "CN";
	f.flow = "export";
	assert_int_equal(run_rule(&rule_mirror, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_ptr_equal(c.f[0].obs, &o);
	assert_string_equal(c.f[0].series, "CN.IMP.RU");
	assert_string_equal(c.f[0].message,
			    "mirror statistics: $10.2 billion (RU's exports to CN) against "
			    "CN.IMP.RU 2023-08 = $11.5 bn (CN's imports from RU, vintage of "
			    "2023-09-07): ratio 0.887, beyond the usual mirror gap of +/-10% "
			    "(CIF/FOB, timing)");
	f.value = 11 * BN;
	collected_release(&c);
	assert_int_equal(run_rule(&rule_mirror, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	/* The official rule does not compare it with CN.IMP.RU at all. */
	collected_release(&c);
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_mirror_stops_at_first_nonzero_emit(void **state)
{
	struct fact f[] = {
		side(1, 1, "2.3 billion dlrs", 2.3, "IL", "US", "export"),
		side(2, 2, "2.4 billion dlrs", 2.4, "US", "IL", "import"),
		side(3, 3, "2.5 billion dlrs", 2.5, "US", "IL", "import"),
	};
	struct collected c = { .stop_after = 1 };

	(void)state;
	assert_int_equal(run_rule(&rule_mirror, f, 3, NULL, 0, &c), 7);
	assert_int_equal(c.n, 1);
	collected_release(&c);
}

/* ---- official mirror pairs in the series (rule_mirror.series) -------- */

/* One vintage of a series of reporter's flow with partner, in billions. */
static struct observation sobs(int64_t id, const char *series, const char *reporter,
		       const char *partner, const char *flow, const char *period, double bn,
		       const char *released)
{
	struct observation o = cnru(id, period, bn * BN, released);

	o.series = series;
	o.reporter = reporter;
	o.partner = partner;
	o.flow = flow;
	o.precision = 0.05 * BN;
	return o;
}

static int run_series(const struct observation *o, size_t n, struct collected *c)
{
	struct check_input in = { NULL, 0, o, n, NULL };

	collected_release(c);
	return rule_mirror.series(&in, collect, c);
}

static void test_mirror_series_pairs_period_by_period(void **state)
{
	/* Sorted by series, period, release (check.h). IL.EXP.US: Israel's
	 * exports to the U.S.; US.IMP.IL: U.S. imports from Israel, March
	 * revised; April on one side only. */
	struct observation o[] = {
		sobs(1, "IL.EXP.US", "IL", "US", "export", "1986-01", 1.7, "1986-06-15"),
		sobs(2, "IL.EXP.US", "IL", "US", "export", "1986-02", 1.9, "1986-06-15"),
		sobs(3, "IL.EXP.US", "IL", "US", "export", "1986-03", 2.1, "1986-06-15"),
		sobs(4, "IL.EXP.US", "IL", "US", "export", "1986-04", 2.0, "1986-06-15"),
		sobs(5, "US.IMP.IL", "US", "IL", "import", "1986-01", 1.8, "1986-06-10"),
		sobs(6, "US.IMP.IL", "US", "IL", "import", "1986-02", 2.5, "1986-06-10"),
		sobs(7, "US.IMP.IL", "US", "IL", "import", "1986-03", 2.4, "1986-06-10"),
		sobs(8, "US.IMP.IL", "US", "IL", "import", "1986-03", 2.2, "1986-07-10"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_series(o, ARRAY_SIZE(o), &c), 0);
	assert_int_equal(c.n, 3);
	for (size_t k = 0; k < 3; k++) {
		assert_null(c.f[k].claim);
		assert_string_equal(c.f[k].rule, "mirror");
		assert_string_equal(c.f[k].series, "IL.EXP.US");
		assert_string_equal(c.f[k].other_series, "US.IMP.IL");
	}
	assert_int_equal(c.f[0].severity, SEV_INFO);	/* 1.7 / 1.8 */
	assert_int_equal(c.f[1].severity, SEV_WARNING);	/* 1.9 / 2.5 */
	assert_int_equal(c.f[2].severity, SEV_INFO);	/* 2.1 / 2.2, the latest */
	assert_ptr_equal(c.f[2].obs, &o[2]);
	assert_ptr_equal(c.f[2].other_obs, &o[7]);
	assert_true(c.f[2].expected == 2.2 * BN && c.f[2].actual == 2.1 * BN);
	assert_string_equal(c.f[1].message,
			    "mirror statistics: IL.EXP.US 1986-02 = $1.9 bn (IL's exports to US; "
			    "GACC, vintage of 1986-06-15) against US.IMP.IL 1986-02 = $2.5 bn "
			    "(US's imports from IL; GACC, vintage of 1986-06-10): ratio 0.76, "
			    "beyond the usual mirror gap of +/-10% (CIF/FOB, timing)");
	/* check_run runs the series pass too. */
	collected_release(&c);
	assert_int_equal(check_run(&(struct check_input){ NULL, 0, o, ARRAY_SIZE(o), NULL },
				   "mirror", collect, &c), 0);
	assert_int_equal(c.n, 3);
	collected_release(&c);
}

static void test_mirror_series_need_the_same_basis(void **state)
{
	struct observation o[] = {
		sobs(1, "IL.EXP.US", "IL", "US", "export", "1986-01", 1.9, "1986-06-15"),
		sobs(2, "US.IMP.IL", "US", "IL", "import", "1986-01", 2.5, "1986-06-10"),
	};
	struct collected c = { 0 };

	(void)state;
	o[0].commodity = o[1].commodity = "diamonds";
	assert_int_equal(run_series(o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	o[1].commodity = "";	/* a product against all goods: at most info */
	assert_int_equal(run_series(o, 2, &c), 0);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "(at most info: commodity diamonds in IL.EXP.US, "
					       "all goods in US.IMP.IL)"));
	o[1].commodity = "fruit";	/* two products: no pair */
	assert_int_equal(run_series(o, 2, &c), 0);
	assert_int_equal(c.n, 0);
	o[1].commodity = "diamonds";
	o[0].adjustment = "sa";
	o[1].adjustment = "nsa";
	assert_int_equal(run_series(o, 2, &c), 0);
	assert_int_equal(c.n, 0);
	/* Another unit, a total (WORLD) or one side only: no pair. */
	o[1].adjustment = "sa";
	o[1].unit = "EUR";
	assert_int_equal(run_series(o, 2, &c), 0);
	o[1].unit = "USD";
	o[0].partner = "WORLD";
	assert_int_equal(run_series(o, 2, &c), 0);
	o[0].partner = "US";
	o[1].flow = "export";
	assert_int_equal(run_series(o, 2, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mirror_exports_against_imports_within_band_is_info),
		cmocka_unit_test(test_mirror_beyond_band_is_a_warning_never_an_error),
		cmocka_unit_test(test_mirror_surplus_against_deficit_compares_magnitudes),
		cmocka_unit_test(test_mirror_two_deficits_against_each_other_are_a_warning),
		cmocka_unit_test(test_mirror_needs_opposite_sides_and_complementary_flows),
		cmocka_unit_test(test_mirror_needs_same_period_unit_and_basis),
		cmocka_unit_test(test_mirror_claim_against_the_other_sides_series),
		cmocka_unit_test(test_mirror_stops_at_first_nonzero_emit),
		cmocka_unit_test(test_mirror_series_pairs_period_by_period),
		cmocka_unit_test(test_mirror_series_need_the_same_basis),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
