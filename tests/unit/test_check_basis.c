/*
 * test_check_basis.c - comparability (basis.c) and what it does to the
 * agreement and official rules: one test per compared field, the caps for
 * unknown and inferred fields, and revisions told from disagreements.
 *
 * Facts are built by hand (test_check_util.h): money() is China's imports
 * from Russia in August 2023, every subject field stated.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "test_check_util.h"

/* Two articles' figures 20% apart: an error when all is on the same basis. */
static void pair(struct fact f[2])
{
	f[0] = money(1, 1, "a.txt", "$10 billion", 10 * BN, 0.5 * BN);
	f[1] = money(2, 2, "b.txt", "$12 billion", 12 * BN, 0.5 * BN);
}

static size_t run_agreement(const struct fact *f, size_t n, struct collected *c)
{
	assert_int_equal(run_rule(&rule_agreement, f, n, NULL, 0, c), 0);
	return c->n;
}

/* ---- basis_claims, field by field ------------------------------------ */

static void test_basis_same_basis_allows_an_error(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_ERROR);
	assert_string_equal(b.why, "");
}

static void test_basis_different_reporter_is_not_comparable(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[1].reporter = "IN";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "reporter CN against IN");
}

static void test_basis_bilateral_against_world_is_not_comparable(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[1].partner = "WORLD";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "a bilateral figure (partner RU) against a total (WORLD)");
}

static void test_basis_partner_unknown_on_one_side_caps_at_info(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[1].partner = "";
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_INFO);
	assert_string_equal(b.why, "partner unknown in b.txt");
}

static void test_basis_flow_unknown_on_both_sides_caps_at_info(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[0].flow = f[1].flow = "";
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_INFO);
	assert_string_equal(b.why, "flow unknown on both sides");
}

static void test_basis_different_flow_or_measure_is_not_comparable(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[1].flow = "export";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	pair(f);
	f[1].measure = "balance";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "measure level against balance");
}

static void test_basis_surplus_is_never_compared_with_deficit(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[0].measure = f[1].measure = "balance";
	f[0].flow = f[1].flow = "trade";
	f[1].value = -12 * BN;
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "a surplus against a deficit");
	/* Two deficits are comparable. */
	f[0].value = -10 * BN;
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(basis_sign(&f[0]), -1);
}

static void test_basis_different_period_or_commodity_is_not_comparable(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[1].period = "2023-07";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	pair(f);
	f[1].commodity = "oil";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "commodity goods against oil");
	pair(f);
	f[1].commodity = "";
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_INFO);
}

static void test_basis_adjustment_price_basis_must_agree(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[0].adjustment = "sa";
	f[1].adjustment = "nsa";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "adjustment sa against nsa");

	pair(f);
	f[0].price = "real";
	f[1].price = "nominal";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);

	pair(f);
	f[0].basis = "annualized";
	f[1].basis = "avg3m";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
}

static void test_basis_qualifier_on_one_side_only_caps_at_info(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[0].adjustment = "sa";
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_INFO);
	assert_string_equal(b.why, "adjustment sa in a.txt, not stated in b.txt");
	/* Both unstated: the same unstated convention, no cap. */
	pair(f);
	f[0].price = f[1].price = "";
	basis_claims(&f[0], &f[1], &b);
	assert_int_equal(b.cap, SEV_ERROR);
}

static void test_basis_inferred_or_unrecorded_source_caps_at_warning(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[1].period_src = "inferred";
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_WARNING);
	assert_string_equal(b.why, "period inferred from context in b.txt");

	pair(f);
	f[0].reporter_src = NULL;	/* a parser that records no sources */
	basis_claims(&f[0], &f[1], &b);
	assert_int_equal(b.cap, SEV_WARNING);
	assert_string_equal(b.why, "reporter not known to be stated in a.txt");
}

static void test_basis_unknown_wins_over_inferred(void **state)
{
	struct fact f[2];
	struct basis_cmp b;

	(void)state;
	pair(f);
	f[0].flow_src = "inferred";
	f[1].partner = "";
	basis_claims(&f[0], &f[1], &b);
	assert_int_equal(b.cap, SEV_INFO);
	assert_int_equal(basis_apply(&b, SEV_ERROR), SEV_INFO);
	assert_int_equal(basis_apply(&b, SEV_INFO), SEV_INFO);
}

/* Invariant 8: the compilation basis. */
static void test_basis_compilation_bases_are_never_compared_across(void **state)
{
	struct fact f[2];
	struct basis_cmp b;
	struct collected c = { 0 };
	struct observation o = cnru(1, "2023-08", 12 * BN, "2023-09-07");

	(void)state;
	pair(f);
	f[0].basis = "bop";
	f[1].basis = "customs";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	assert_string_equal(b.why, "basis bop against customs");
	assert_int_equal(run_agreement(f, 2, &c), 0);	/* 10 against 12: no finding */
	/* BoP stated, the other unstated (a U.S. figure is usually Census): info */
	pair(f);
	f[0].basis = "bop";
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_INFO);
	assert_string_equal(b.why, "basis bop in a.txt, not stated in b.txt");
	/* customs stated, the other not: the other's basis is unknown, not
	 * presumed customs - at most info (issue 16, point 1) */
	pair(f);
	f[1].basis = "customs";
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_INFO);
	assert_string_equal(b.why, "basis customs in b.txt, not stated in a.txt");
	/* the same basis on both sides: comparable, but the basis has no
	 * recorded source (the parser carries a BoP basis from the story's
	 * lead), so it is not known to be stated - at most warning */
	pair(f);
	f[0].basis = f[1].basis = "bop";
	basis_claims(&f[0], &f[1], &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_WARNING);
	assert_string_equal(b.why, "basis bop in a.txt not known to be stated (it may be "
			    "carried from context)");
	f[0].basis = f[1].basis = "customs";
	basis_claims(&f[0], &f[1], &b);
	assert_int_equal(b.cap, SEV_WARNING);
	/* nothing said on either side caps nothing */
	f[0].basis = f[1].basis = "";
	basis_claims(&f[0], &f[1], &b);
	assert_int_equal(b.cap, SEV_ERROR);
	/* an annualized rate against a BoP figure: different bases */
	f[0].basis = "annualized";
	f[1].basis = "bop";
	basis_claims(&f[0], &f[1], &b);
	assert_false(b.comparable);
	/* against a series, which records no compilation basis */
	pair(f);
	f[0].basis = "bop";
	basis_claim_series(&f[0], &o, &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_INFO);
	/* customs, as trade series are: comparable, not known to be stated */
	f[0].basis = "customs";
	basis_claim_series(&f[0], &o, &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_WARNING);
	f[0].basis = "";
	basis_claim_series(&f[0], &o, &b);
	assert_int_equal(b.cap, SEV_ERROR);
}

static void test_basis_claim_series_compares_adjustment_and_price(void **state)
{
	struct fact f = money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN);
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct basis_cmp b;

	(void)state;
	basis_claim_series(&f, &o, &b);
	assert_true(b.comparable);
	assert_int_equal(b.cap, SEV_ERROR);
	o.adjustment = "sa";
	f.adjustment = "nsa";
	basis_claim_series(&f, &o, &b);
	assert_false(b.comparable);
	f.adjustment = "";
	basis_claim_series(&f, &o, &b);
	assert_int_equal(b.cap, SEV_INFO);
	assert_string_equal(b.why, "adjustment sa in CN.IMP.RU, not stated in a.txt");
	o.adjustment = "";
	o.price = "real";
	f.price = "nominal";
	basis_claim_series(&f, &o, &b);
	assert_false(b.comparable);
}

/* ---- agreement on the same basis only -------------------------------- */

static void test_agreement_error_only_when_all_stated(void **state)
{
	struct fact f[2];
	struct collected c = { 0 };

	(void)state;
	pair(f);
	assert_int_equal(run_agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	collected_release(&c);

	pair(f);
	f[1].reporter_src = "inferred";
	assert_int_equal(run_agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message,
			       "(at most warning: reporter inferred from context in b.txt)"));
	collected_release(&c);
}

static void test_agreement_partner_unknown_is_at_most_info(void **state)
{
	struct fact f[2];
	struct collected c = { 0 };

	(void)state;
	pair(f);
	f[0].partner = f[1].partner = "";	/* a lost partner, as on Reuters */
	assert_int_equal(run_agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_true(c.f[0].rel_error > 0.19);	/* the difference is still shown */
	assert_non_null(strstr(c.f[0].message, "disagrees with"));
	assert_non_null(strstr(c.f[0].message, "(at most info: partner unknown on both sides)"));
	collected_release(&c);
}

static void test_agreement_skips_pairs_not_on_the_same_basis(void **state)
{
	struct fact f[2];
	struct collected c = { 0 };

	(void)state;
	pair(f);
	f[0].adjustment = "sa";
	f[1].adjustment = "nsa";
	assert_int_equal(run_agreement(f, 2, &c), 0);
	pair(f);
	f[0].measure = f[1].measure = "balance";
	f[0].flow = f[1].flow = "trade";
	f[0].value = -10 * BN;	/* a deficit against a surplus */
	assert_int_equal(run_agreement(f, 2, &c), 0);
	collected_release(&c);
}

static void test_agreement_status_makes_a_revision_naming_the_first(void **state)
{
	struct fact f[2];
	struct collected c = { 0 };

	(void)state;
	pair(f);
	f[0].published = "2023-09-19";
	f[0].status = "preliminary";
	f[1].published = "2023-10-20";
	f[1].status = "revised";
	assert_int_equal(run_agreement(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_string_equal(c.f[0].message,
			    "a revision, not a disagreement: $10 billion (preliminary, a.txt, "
			    "2023-09-19) came first, then $12 billion (revised, b.txt, 2023-10-20)");
	collected_release(&c);
}

static void test_agreement_vintages_show_a_revision(void **state)
{
	struct fact f[2];
	struct observation o[] = {
		cnru(1, "2023-08", 10 * BN, "2023-09-07"),
		cnru(2, "2023-08", 12 * BN, "2023-10-13"),
	};
	struct collected c = { 0 };

	(void)state;
	pair(f);
	f[0].published = "2023-09-19";
	f[1].published = "2023-10-20";
	assert_int_equal(run_rule(&rule_agreement, f, 2, o, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_string_equal(c.f[0].message,
			    "a revision, not a disagreement: $10 billion (a.txt, 2023-09-19) came "
			    "first, then $12 billion (b.txt, 2023-10-20); CN.IMP.RU 2023-08 was "
			    "$10 bn in the vintage of 2023-09-07 and $12 bn in the "
			    "vintage of 2023-10-13, each current on its article's date");
	collected_release(&c);
}

static void test_agreement_a_month_apart_without_vintages_is_no_revision(void **state)
{
	struct fact f[2];
	/* One vintage only: nothing shows the period changed. */
	struct observation o[] = { cnru(1, "2023-08", 12 * BN, "2023-09-07") };
	struct collected c = { 0 };

	(void)state;
	pair(f);
	f[0].published = "2023-09-19";
	f[1].published = "2023-10-20";
	assert_int_equal(run_rule(&rule_agreement, f, 2, o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_null(strstr(c.f[0].message, "revision"));
	collected_release(&c);
}

/* ---- official on the same basis only --------------------------------- */

static void test_official_skips_a_series_on_another_basis(void **state)
{
	struct fact f = money(1, 1, "a.txt", "$13 billion", 13 * BN, 0.5 * BN);
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct collected c = { 0 };

	(void)state;
	f.adjustment = "sa";
	o.adjustment = "nsa";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	o.adjustment = "";	/* the series does not say: at most info */
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "(at most info: adjustment sa in a.txt, "
					       "not stated in CN.IMP.RU)"));
	collected_release(&c);
}

static void test_official_leaves_previous_and_revised_to_the_revision_rule(void **state)
{
	struct fact f = money(1, 1, "a.txt", "$13 billion", 13 * BN, 0.5 * BN);
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct collected c = { 0 };

	(void)state;
	f.status = "previous";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	f.status = "revised";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 0);
	f.status = "preliminary";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_basis_same_basis_allows_an_error),
		cmocka_unit_test(test_basis_different_reporter_is_not_comparable),
		cmocka_unit_test(test_basis_bilateral_against_world_is_not_comparable),
		cmocka_unit_test(test_basis_partner_unknown_on_one_side_caps_at_info),
		cmocka_unit_test(test_basis_flow_unknown_on_both_sides_caps_at_info),
		cmocka_unit_test(test_basis_different_flow_or_measure_is_not_comparable),
		cmocka_unit_test(test_basis_surplus_is_never_compared_with_deficit),
		cmocka_unit_test(test_basis_different_period_or_commodity_is_not_comparable),
		cmocka_unit_test(test_basis_adjustment_price_basis_must_agree),
		cmocka_unit_test(test_basis_qualifier_on_one_side_only_caps_at_info),
		cmocka_unit_test(test_basis_inferred_or_unrecorded_source_caps_at_warning),
		cmocka_unit_test(test_basis_unknown_wins_over_inferred),
		cmocka_unit_test(test_basis_compilation_bases_are_never_compared_across),
		cmocka_unit_test(test_basis_claim_series_compares_adjustment_and_price),
		cmocka_unit_test(test_agreement_error_only_when_all_stated),
		cmocka_unit_test(test_agreement_partner_unknown_is_at_most_info),
		cmocka_unit_test(test_agreement_skips_pairs_not_on_the_same_basis),
		cmocka_unit_test(test_agreement_status_makes_a_revision_naming_the_first),
		cmocka_unit_test(test_agreement_vintages_show_a_revision),
		cmocka_unit_test(test_agreement_a_month_apart_without_vintages_is_no_revision),
		cmocka_unit_test(test_official_skips_a_series_on_another_basis),
		cmocka_unit_test(test_official_leaves_previous_and_revised_to_the_revision_rule),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
