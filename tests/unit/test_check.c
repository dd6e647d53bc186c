/*
 * test_check.c - the rule table, severities, and the agreement rule.
 *
 * Facts are built by hand from string literals (test_check_util.h); a
 * collector records every finding so that a test can look at severities,
 * values, order and messages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "test_check_util.h"	/* collect, money, pct: shared with the rule tests */

/* ---- helpers -------------------------------------------------------- */

static int run_agreement(const struct fact *facts, size_t n, struct collected *c)
{
	struct check_input in = { .facts = facts, .nfacts = n };

	return rule_agreement.run(&in, collect, c);
}

/* A year-on-year change in percent of the same trade, of the given precision. */
static struct fact change(int64_t id, int64_t doc_id, const char *doc,
			  const char *text, double value, double precision,
			  const char *direction)
{
	struct fact f = pct(id, doc_id, doc, text, value, "change_yoy", direction);

	f.precision = precision;
	return f;
}

/* ---- rule table and severities -------------------------------------- */

static void test_check_rules_lists_agreement_first(void **state)
{
	size_t n = 0;
	const struct rule *const *rules = check_rules(&n);

	(void)state;
	assert_true(n >= 1);
	assert_ptr_equal(rules[0], &rule_agreement);
	assert_string_equal(rules[0]->name, "agreement");
	assert_non_null(rules[0]->summary);
}

static void test_check_run_rejects_unknown_rule_name(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct check_input in = { .facts = facts, .nfacts = ARRAY_SIZE(facts) };
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(check_run(&in, "agreemnt", collect, &c), -1);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_check_run_runs_only_the_named_rule_or_all(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct check_input in = { .facts = facts, .nfacts = ARRAY_SIZE(facts) };
	struct collected named = { 0 }, all = { 0 };

	(void)state;
	assert_int_equal(check_run(&in, "agreement", collect, &named), 0);
	assert_int_equal(check_run(&in, NULL, collect, &all), 0);
	assert_int_equal(named.n, 1);
	assert_true(all.n >= named.n);
	assert_string_equal(named.f[0].rule, "agreement");
	collected_release(&named);
	collected_release(&all);
}

static void test_check_run_propagates_emit_stop(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(3, 3, "c.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct check_input in = { .facts = facts, .nfacts = ARRAY_SIZE(facts) };
	struct collected c = { .stop_after = 1 };

	(void)state;
	assert_int_equal(check_run(&in, NULL, collect, &c), 7);
	assert_int_equal(c.n, 1);
	collected_release(&c);
}

static void test_severity_name_and_parse_round_trip(void **state)
{
	enum severity all[] = { SEV_INFO, SEV_WARNING, SEV_ERROR };
	const char *names[] = { "info", "warning", "error" };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(all); i++) {
		enum severity got = SEV_ERROR + 1;

		assert_string_equal(severity_name(all[i]), names[i]);
		assert_int_equal(severity_parse(severity_name(all[i]), &got), 0);
		assert_int_equal(got, all[i]);
	}
}

static void test_severity_parse_rejects_other_words(void **state)
{
	enum severity got = SEV_WARNING;

	(void)state;
	assert_int_equal(severity_parse("Warning", &got), -1);
	assert_int_equal(severity_parse("warn", &got), -1);
	assert_int_equal(severity_parse("errors", &got), -1);
	assert_int_equal(severity_parse("", &got), -1);
	assert_int_equal(severity_parse(NULL, &got), -1);
	assert_int_equal(got, SEV_WARNING);
}

/* ---- agreement: who agrees ----------------------------------------- */

static void test_agreement_same_figure_in_five_documents_gives_ten_infos(void **state)
{
	struct fact facts[5];
	const char *docs[] = { "data/articles/001.txt", "data/articles/002.txt",
			       "data/articles/003.txt", "data/articles/004.txt",
			       "data/articles/005.txt" };
	struct collected c = { 0 };

	(void)state;
	for (int i = 0; i < 5; i++)
		facts[i] = money(i + 1, i + 1, docs[i], "$11.5 billion", 11.5 * BN, 0.05 * BN);
	assert_int_equal(run_agreement(facts, 5, &c), 0);
	assert_int_equal(c.n, 10);
	for (size_t k = 0; k < c.n; k++) {
		assert_int_equal(c.f[k].severity, SEV_INFO);
		assert_true(c.f[k].claim > c.f[k].other);
	}
	assert_string_equal(c.f[0].message,
			    "$11.5 billion agrees with $11.5 billion in data/articles/001.txt "
			    "($11.45 bn to $11.55 bn overlaps $11.45 bn to $11.55 bn)");
	collected_release(&c);
}

static void test_agreement_finding_names_both_sides_and_values(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$11.54 billion", 11.54 * BN, 0.005 * BN),
	};
	struct collected c = { 0 };
	const struct finding *f;

	(void)state;
	assert_int_equal(run_agreement(facts, 2, &c), 0);
	assert_int_equal(c.n, 1);
	f = &c.f[0];
	assert_string_equal(f->rule, "agreement");
	assert_ptr_equal(f->claim, &facts[1]);
	assert_ptr_equal(f->other, &facts[0]);
	assert_null(f->series);
	assert_string_equal(f->period, "2023-08");
	assert_int_equal(f->has_values, 1);
	assert_true(f->expected == 11.5 * BN);
	assert_true(f->actual == 11.54 * BN);
	assert_float_equal(f->tolerance, 0.055 * BN, 1);
	assert_float_equal(f->rel_error, 0.04 / 11.5, 1e-12);
	collected_release(&c);
}

static void test_agreement_warns_when_figures_differ_by_five_percent(void **state)
{
	struct fact facts[] = {
		money(1, 1, "data/articles/001.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "data/articles/002.txt", "$12.1 billion", 12.1 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_agreement(facts, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_true(c.f[0].expected == 11.5 * BN);
	assert_true(c.f[0].actual == 12.1 * BN);
	assert_float_equal(c.f[0].tolerance, 0.1 * BN, 1);
	assert_float_equal(c.f[0].rel_error, 0.6 / 11.5, 1e-12);
	assert_string_equal(c.f[0].message,
			    "$12.1 billion disagrees with $11.5 billion in data/articles/001.txt "
			    "by +5.2% ($12.05 bn to $12.15 bn does not overlap "
			    "$11.45 bn to $11.55 bn)");
	collected_release(&c);
}

static void test_agreement_errors_when_figures_differ_by_ten_percent_or_more(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$15 billion", 15 * BN, 0.5 * BN),
		/* 12.65 is exactly 10% over 11.5: the threshold itself is an error. */
		money(3, 3, "c.txt", "$12.65 billion", 12.65 * BN, 0.005 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_agreement(facts, 3, &c), 0);
	assert_int_equal(c.n, 3);
	assert_int_equal(c.f[0].severity, SEV_ERROR);	/* 15 vs 11.5: +30.4% */
	assert_int_equal(c.f[1].severity, SEV_ERROR);	/* 12.65 vs 11.5: +10% */
	assert_true(c.f[1].rel_error == 0.1);
	assert_int_equal(c.f[2].severity, SEV_ERROR);	/* 12.65 vs 15: -15.7% */
	collected_release(&c);
}

static void test_agreement_uses_precision_as_written(void **state)
{
	/* 11.54 is written to two decimals: 11.535-11.545, inside 11.45-11.55. */
	struct fact near[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$11.54 billion", 11.54 * BN, 0.005 * BN),
	};
	/* 11.44 is 11.435-11.445: it misses 11.45-11.55 by half a hundredth.
	 * (Not 11.56 above: 11.5 may be 11.56 cut to its digits, tol_truncated.) */
	struct fact far[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$11.44 billion", 11.44 * BN, 0.005 * BN),
	};
	struct collected c1 = { 0 }, c2 = { 0 };

	(void)state;
	assert_int_equal(run_agreement(near, 2, &c1), 0);
	assert_int_equal(run_agreement(far, 2, &c2), 0);
	assert_int_equal(c1.n, 1);
	assert_int_equal(c1.f[0].severity, SEV_INFO);
	assert_int_equal(c2.n, 1);
	assert_int_equal(c2.f[0].severity, SEV_WARNING);
	collected_release(&c1);
	collected_release(&c2);
}

static void test_agreement_counts_touching_bounds_as_overlap(void **state)
{
	/* Precisions computed the way a parser would, with binary noise. */
	double tenth = 0.5 * 0.1, hundredth = 0.5 * 0.01;
	struct fact facts[] = {
		/* 11.45-11.55 and 11.55-11.65 touch at 11.55. */
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, tenth * BN),
		money(2, 2, "b.txt", "$11.6 billion", 11.6 * BN, tenth * BN),
		/* 11.545-11.555 vs 11.45-11.55 overlaps; vs 11.55-11.65 too. */
		money(3, 3, "c.txt", "$11.55 billion", 11.55 * BN, hundredth * BN),
	};
	/* 1.1 - 1.0 is 0.10000000000000009 in doubles; 1.05 is the shared bound. */
	struct fact pct[] = {
		change(1, 1, "a.txt", "1.0%", 1.0, tenth, ""),
		change(2, 2, "b.txt", "1.1%", 1.1, tenth, ""),
		/* 1.155-1.165 misses 0.95-1.05 and 1.05-1.15: really apart. */
		change(3, 3, "c.txt", "1.16%", 1.16, hundredth, ""),
	};
	/* Exact in binary: 3.5 is both the upper and the lower bound. */
	struct fact exact[] = {
		change(1, 1, "a.txt", "3%", 3, 0.5, "up"),
		change(2, 2, "b.txt", "4%", 4, 0.5, "up"),
	};
	struct collected c = { 0 }, p = { 0 }, e = { 0 };

	(void)state;
	assert_int_equal(run_agreement(exact, 2, &e), 0);
	assert_int_equal(e.n, 1);
	assert_int_equal(e.f[0].severity, SEV_INFO);
	collected_release(&e);
	assert_int_equal(run_agreement(facts, 3, &c), 0);
	assert_int_equal(c.n, 3);
	for (size_t k = 0; k < c.n; k++)
		assert_int_equal(c.f[k].severity, SEV_INFO);
	assert_int_equal(run_agreement(pct, 3, &p), 0);
	assert_int_equal(p.n, 3);
	assert_int_equal(p.f[0].severity, SEV_INFO);	/* 1.0 vs 1.1 */
	assert_int_equal(p.f[1].severity, SEV_ERROR);	/* 1.0 vs 1.16 */
	assert_int_equal(p.f[2].severity, SEV_WARNING);	/* 1.1 vs 1.16 */
	collected_release(&c);
	collected_release(&p);
}

static void test_agreement_widens_hedged_figures_by_five_percent(void **state)
{
	/* "about 40%" spans 38-42; "40%" alone 39.5-40.5. */
	struct fact hedged[] = {
		change(1, 1, "a.txt", "40%", 40, 0.5, "up"),
		change(2, 2, "b.txt", "41.5%", 41.5, 0.05, "up"),
		change(3, 3, "c.txt", "43%", 43, 0.5, "up"),
	};
	struct collected plain = { 0 }, wide = { 0 };

	(void)state;
	assert_int_equal(run_agreement(hedged, 3, &plain), 0);
	assert_int_equal(plain.n, 3);
	assert_int_equal(plain.f[0].severity, SEV_WARNING);	/* 41.45 misses 40.5 */
	assert_int_equal(plain.f[1].severity, SEV_WARNING);	/* 43 vs 40: +7.5% */

	hedged[0].approx = "about";
	assert_int_equal(run_agreement(hedged, 3, &wide), 0);
	assert_int_equal(wide.n, 3);
	assert_int_equal(wide.f[0].severity, SEV_INFO);		/* 41.45-41.55 in 38-42 */
	assert_float_equal(wide.f[0].tolerance, 2.05, 1e-12);
	/* The hedge is 5%, not more: 42.5-43.5 still misses 38-42. */
	assert_int_equal(wide.f[1].severity, SEV_WARNING);
	assert_float_equal(wide.f[1].tolerance, 2.5, 1e-12);
	collected_release(&plain);
	collected_release(&wide);
}

static void test_agreement_keeps_rounding_interval_when_wider_than_hedge(void **state)
{
	/* "about 3%": 5% of 3 is 0.15, less than the 0.5 its digits allow;
	 * with 0.15 alone, 3.45% would not agree. */
	struct fact facts[] = {
		change(1, 1, "a.txt", "3%", 3, 0.5, "up"),
		change(2, 2, "b.txt", "3.45%", 3.45, 0.005, "up"),
	};
	struct collected c = { 0 };

	(void)state;
	facts[0].approx = "about";
	assert_int_equal(run_agreement(facts, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_float_equal(c.f[0].tolerance, 0.505, 1e-12);
	collected_release(&c);
}

static void test_agreement_compares_changes_with_their_sign(void **state)
{
	struct fact opposite[] = {
		change(1, 1, "a.txt", "3%", 3, 0.5, "up"),
		change(2, 2, "b.txt", "3%", 3, 0.5, "down"),
	};
	struct fact same[] = {
		change(1, 1, "a.txt", "-8%", -8, 0.5, ""),
		change(2, 2, "b.txt", "8%", 8, 0.5, "down"),
	};
	struct collected c1 = { 0 }, c2 = { 0 };

	(void)state;
	assert_int_equal(run_agreement(opposite, 2, &c1), 0);
	assert_int_equal(c1.n, 1);
	assert_int_equal(c1.f[0].severity, SEV_ERROR);
	assert_true(c1.f[0].expected == 3);
	assert_true(c1.f[0].actual == -3);
	assert_float_equal(c1.f[0].rel_error, -2, 1e-12);
	assert_string_equal(c1.f[0].message,
			    "3% (down) disagrees with 3% (up) in a.txt by -200.0% "
			    "(-3.5% to -2.5% does not overlap 2.5% to 3.5%)");

	assert_int_equal(run_agreement(same, 2, &c2), 0);
	assert_int_equal(c2.n, 1);
	assert_int_equal(c2.f[0].severity, SEV_INFO);
	assert_true(c2.f[0].actual == -8);
	assert_true(c2.f[0].expected == -8);
	collected_release(&c1);
	collected_release(&c2);
}

static void test_agreement_does_not_sign_levels_by_direction(void **state)
{
	/* "fell to $11.5 billion" is still a level of +11.5 bn. */
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	facts[1].direction = "down";
	assert_int_equal(run_agreement(facts, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_true(c.f[0].actual == 11.5 * BN);
	collected_release(&c);
}

static void test_agreement_against_zero_is_an_error_with_zero_rel_error(void **state)
{
	struct fact facts[] = {
		change(1, 1, "a.txt", "0%", 0, 0.5, ""),
		change(2, 2, "b.txt", "3%", 3, 0.5, "up"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_agreement(facts, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_true(c.f[0].rel_error == 0);
	assert_string_equal(c.f[0].message,
			    "3% (up) disagrees with 0% in a.txt "
			    "(2.5% to 3.5% does not overlap -0.5% to 0.5%)");
	collected_release(&c);
}

/* ---- agreement: who is compared ------------------------------------ */

static void test_agreement_skips_pairs_within_one_document(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 1, "a.txt", "$15 billion", 15 * BN, 0.5 * BN),
		money(3, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_agreement(facts, 3, &c), 0);
	assert_int_equal(c.n, 2);
	assert_ptr_equal(c.f[0].other, &facts[0]);
	assert_ptr_equal(c.f[0].claim, &facts[2]);
	assert_ptr_equal(c.f[1].other, &facts[1]);
	assert_ptr_equal(c.f[1].claim, &facts[2]);
	collected_release(&c);
}

static void test_agreement_keeps_different_figures_apart(void **state)
{
	struct fact base = money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN);
	struct fact other[9];
	struct collected c = { 0 };

	(void)state;
	for (size_t k = 0; k < ARRAY_SIZE(other); k++)
		other[k] = money(2, 2, "b.txt", "$15 billion", 15 * BN, 0.5 * BN);
	other[0].period = "2023-07";
	other[1].measure = "change";
	other[2].unit = "EUR";
	other[3].flow = "export";
	other[4].reporter = "IN";
	other[5].partner = "US";
	other[6].commodity = "crude oil";
	other[7].kind = "quantity";
	other[8].per = "year";
	for (size_t k = 0; k < ARRAY_SIZE(other); k++) {
		struct fact pair[] = { base, other[k] };

		assert_int_equal(run_agreement(pair, 2, &c), 0);
		if (c.n)
			fail_msg("figure %zu was compared", k);
	}
	collected_release(&c);
}

static void test_agreement_ignores_facts_without_period_measure_or_numeric_kind(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$15 billion", 15 * BN, 0.5 * BN),
		money(3, 3, "c.txt", "$15 billion", 15 * BN, 0.5 * BN),
		money(4, 4, "d.txt", "2023", 2023, 0.5),
		money(5, 5, "e.txt", "2023", 2023, 0.5),
	};
	struct collected c = { 0 };

	(void)state;
	facts[0].period = "";		/* no period */
	facts[1].period = "";		/* neither period nor measure */
	facts[1].measure = "";
	facts[2].measure = "";		/* no measure */
	facts[3].kind = "date";		/* a kind the rule does not compare */
	facts[4].kind = "date";
	assert_int_equal(run_agreement(facts, 5, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_agreement_matches_empty_subject_only_with_empty(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(3, 3, "c.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	/* b and c name only the reporter; a names reporter, partner and flow. */
	for (int k = 1; k < 3; k++)
		facts[k].flow = facts[k].partner = "";
	assert_int_equal(run_agreement(facts, 3, &c), 0);
	assert_int_equal(c.n, 1);
	assert_ptr_equal(c.f[0].other, &facts[1]);
	assert_ptr_equal(c.f[0].claim, &facts[2]);
	collected_release(&c);
}

static void test_agreement_leaves_out_figures_with_no_subject(void **state)
{
	struct fact facts[] = {
		money(1, 1, "a.txt", "$2 billion", 2 * BN, 0.5 * BN),
		money(2, 2, "b.txt", "$7 billion", 7 * BN, 0.5 * BN),
		money(3, 3, "c.txt", "$2 billion", 2 * BN, 0.5 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	/* Same unit, measure and period, but no country's trade in particular: in
	   different stories these are different figures, not a disagreement. */
	for (int k = 0; k < 3; k++)
		facts[k].reporter = facts[k].partner = "";
	assert_int_equal(run_agreement(facts, 3, &c), 0);
	assert_int_equal(c.n, 0);
	/* A commodity alone is not a subject either ("tonnes of wheat"). */
	for (int k = 0; k < 3; k++)
		facts[k].flow = "", facts[k].commodity = "wheat";
	assert_int_equal(run_agreement(facts, 3, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

/* ---- agreement: order, stopping, input ----------------------------- */

static void test_agreement_orders_groups_by_first_fact_and_pairs_by_input(void **state)
{
	/* Group A (2023-08) comes first in the input, but B (2022-08) sorts first. */
	struct fact facts[] = {
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(2, 1, "a.txt", "$9 billion", 9 * BN, 0.5 * BN),
		money(3, 2, "b.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		money(4, 2, "b.txt", "$9 billion", 9 * BN, 0.5 * BN),
		money(5, 3, "c.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	const int64_t want[][2] = { { 1, 3 }, { 1, 5 }, { 3, 5 }, { 2, 4 } };
	struct collected c = { 0 };

	(void)state;
	facts[1].period = facts[3].period = "2022-08";
	assert_int_equal(run_agreement(facts, 5, &c), 0);
	assert_int_equal(c.n, ARRAY_SIZE(want));
	for (size_t k = 0; k < c.n; k++) {
		assert_int_equal(c.f[k].other->id, want[k][0]);
		assert_int_equal(c.f[k].claim->id, want[k][1]);
	}
	assert_string_equal(c.f[3].period, "2022-08");
	collected_release(&c);
}

static void test_agreement_stops_at_first_nonzero_emit(void **state)
{
	struct fact facts[5];
	struct collected c = { .stop_after = 3 };

	(void)state;
	for (int i = 0; i < 5; i++)
		facts[i] = money(i + 1, i + 1, "x.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN);
	assert_int_equal(run_agreement(facts, 5, &c), 7);
	assert_int_equal(c.n, 3);
	collected_release(&c);
}

static void test_agreement_leaves_input_unchanged(void **state)
{
	struct fact facts[] = {
		money(3, 3, "c.txt", "$15 billion", 15 * BN, 0.5 * BN),
		change(2, 2, "b.txt", "3%", 3, 0.5, "down"),
		money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
		change(4, 4, "d.txt", "3%", 3, 0.5, "up"),
	};
	struct fact copy[ARRAY_SIZE(facts)];
	struct collected c = { 0 };

	(void)state;
	memcpy(copy, facts, sizeof(facts));
	assert_int_equal(run_agreement(facts, ARRAY_SIZE(facts), &c), 0);
	assert_int_equal(c.n, 2);
	assert_memory_equal(copy, facts, sizeof(facts));
	collected_release(&c);
}

static void test_agreement_handles_no_facts_and_one_fact(void **state)
{
	struct fact one = money(1, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN);
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_agreement(NULL, 0, &c), 0);
	assert_int_equal(run_agreement(&one, 1, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

/*
 * 200,000 facts in 100,000 groups of two: quick when grouping sorts, about
 * 2e10 comparisons (minutes) if a pass compared every fact with every other.
 */
static void test_agreement_scales_to_many_small_groups(void **state)
{
	enum { NGROUPS = 100000 };
	struct fact *facts = xcalloc(2 * NGROUPS, sizeof(*facts));
	char (*periods)[32] = xcalloc(NGROUPS, sizeof(*periods));
	struct collected c = { 0 };

	(void)state;
	for (int g = 0; g < NGROUPS; g++) {
		snprintf(periods[g], sizeof(periods[g]), "%d-%02d", 1000 + g / 12, g % 12 + 1);
		for (int k = 0; k < 2; k++) {
			struct fact *f = &facts[k * NGROUPS + g];

			*f = money(k * NGROUPS + g, k + 1, k ? "b.txt" : "a.txt",
				   "$11.5 billion", 11.5 * BN, 0.05 * BN);
			f->period = periods[g];
		}
	}
	assert_int_equal(run_agreement(facts, 2 * NGROUPS, &c), 0);
	assert_int_equal(c.n, NGROUPS);
	/* Groups come in order of their first fact: group g is facts[g]. */
	assert_ptr_equal(c.f[0].other, &facts[0]);
	assert_ptr_equal(c.f[NGROUPS - 1].other, &facts[NGROUPS - 1]);
	assert_ptr_equal(c.f[NGROUPS - 1].claim, &facts[2 * NGROUPS - 1]);
	collected_release(&c);
	free(periods);
	free(facts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_check_rules_lists_agreement_first),
		cmocka_unit_test(test_check_run_rejects_unknown_rule_name),
		cmocka_unit_test(test_check_run_runs_only_the_named_rule_or_all),
		cmocka_unit_test(test_check_run_propagates_emit_stop),
		cmocka_unit_test(test_severity_name_and_parse_round_trip),
		cmocka_unit_test(test_severity_parse_rejects_other_words),
		cmocka_unit_test(test_agreement_same_figure_in_five_documents_gives_ten_infos),
		cmocka_unit_test(test_agreement_finding_names_both_sides_and_values),
		cmocka_unit_test(test_agreement_warns_when_figures_differ_by_five_percent),
		cmocka_unit_test(test_agreement_errors_when_figures_differ_by_ten_percent_or_more),
		cmocka_unit_test(test_agreement_uses_precision_as_written),
		cmocka_unit_test(test_agreement_counts_touching_bounds_as_overlap),
		cmocka_unit_test(test_agreement_widens_hedged_figures_by_five_percent),
		cmocka_unit_test(test_agreement_keeps_rounding_interval_when_wider_than_hedge),
		cmocka_unit_test(test_agreement_compares_changes_with_their_sign),
		cmocka_unit_test(test_agreement_does_not_sign_levels_by_direction),
		cmocka_unit_test(test_agreement_against_zero_is_an_error_with_zero_rel_error),
		cmocka_unit_test(test_agreement_skips_pairs_within_one_document),
		cmocka_unit_test(test_agreement_keeps_different_figures_apart),
		cmocka_unit_test(test_agreement_ignores_facts_without_period_measure_or_numeric_kind),
		cmocka_unit_test(test_agreement_matches_empty_subject_only_with_empty),
		cmocka_unit_test(test_agreement_leaves_out_figures_with_no_subject),
		cmocka_unit_test(test_agreement_orders_groups_by_first_fact_and_pairs_by_input),
		cmocka_unit_test(test_agreement_stops_at_first_nonzero_emit),
		cmocka_unit_test(test_agreement_leaves_input_unchanged),
		cmocka_unit_test(test_agreement_handles_no_facts_and_one_fact),
		cmocka_unit_test(test_agreement_scales_to_many_small_groups),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
