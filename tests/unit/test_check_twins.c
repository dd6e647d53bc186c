/*
 * test_check_twins.c - findings never claim more certainty than the fields
 * support (issue 16, points 1 and 5; issue 13, point 3):
 *  - twins: two values in one sentence read as one figure (same subject,
 *    measure, period) cap any finding about either at info;
 *  - growth compares like with like and caps by the claim's sources, as
 *    official does: an error needs every compared field stated;
 *  - a compilation basis stated on one side only is unknown on the other.
 *
 * Each fact stands for a sentence written for this test, quoted above it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "test_check_util.h"

/* West Germany's trade surplus (DEM) in period, in document doc_id
 * published on 1987-04-07, in sentence s. */
static struct fact surplus(int64_t id, int64_t doc_id, const char *text, double bn,
			   const char *period, const char *s)
{
	struct fact f = money(id, doc_id, doc_id == 1 ? "a.txt" : doc_id == 2 ? "b.txt" : "c.txt",
			      text, bn * BN, 0.05 * BN);

	f.unit = "DEM";
	f.measure = "balance";
	f.flow = "trade";
	f.reporter = "DE";
	f.partner = "WORLD";
	f.commodity = "";
	f.period = period;
	f.published = "1987-04-07";
	f.sentence = s;
	return f;
}

static size_t run(const struct rule *r, const struct fact *f, size_t n,
		  const struct observation *o, size_t no, struct collected *c)
{
	collected_release(c);
	assert_int_equal(run_rule(r, f, n, o, no, c), 0);
	return c->n;
}

/* The four months of China's imports from Russia the seeds speak of. */
static void seeds(struct observation o[4])
{
	o[0] = cnru(1, "2022-07", 10.019 * BN, "2022-08-09");
	o[1] = cnru(2, "2022-08", 11.2 * BN, "2022-09-10");
	o[2] = cnru(3, "2023-07", 9.2 * BN, "2023-08-08");
	o[3] = cnru(4, "2023-08", 11.5 * BN, "2023-09-07");
}

/* ---- twins ------------------------------------------------------------ */

static void test_two_months_read_as_one_cap_the_pair_at_info(void **state)
{
	/* a: "The surplus widened to 10.45 billion marks in February from
	 * January's 7.20 billion", both read as February 1987;
	 * b: "The February surplus was 10.4 billion marks" (another story).
	 * Against b, a's 7.20 billion disagrees by 31% - but a's sentence gave
	 * the same figure two values, one of them misread: info, and why. */
	static const char s[] = "The surplus widened to 10.45 billion marks in February "
				"from January's 7.20 billion.";
	struct fact f[] = {
		surplus(1, 1, "10.45 billion marks", 10.45, "1987-02", s),
		surplus(2, 1, "7.20 billion", 7.20, "1987-02", s),
		surplus(3, 2, "10.4 billion marks", 10.4, "1987-02", "The February surplus was "
			"10.4 billion marks."),
	};
	struct collected c = { 0 };

	(void)state;
	assert_ptr_equal(basis_twin_in(&f[1], f, 3), &f[0]);
	assert_ptr_equal(basis_twin_in(&f[0], f, 3), &f[1]);
	assert_null(basis_twin_in(&f[2], f, 3));
	assert_int_equal(run(&rule_agreement, f, 3, NULL, 0, &c), 2);
	for (size_t i = 0; i < c.n; i++)
		assert_int_equal(c.f[i].severity, SEV_INFO);
	/* 7.20 against 10.4: capped, and the message names both twins */
	assert_true(c.f[1].claim == &f[2] || c.f[1].other == &f[2]);
	assert_non_null(strstr(c.f[1].message, "(at most info: 7.20 billion and 10.45 billion "
					       "marks in one sentence of a.txt were both read as "
					       "this figure: one of them is misread)"));
	/* The control: January's figure read as January is no twin, and the
	 * same 31% is a disagreement again (all stated: an error). */
	f[1].period = "1987-01";
	f[2].period = "1987-01";
	f[2].value = 10.4 * BN;
	assert_null(basis_twin_in(&f[1], f, 3));
	assert_int_equal(run(&rule_agreement, f, 3, NULL, 0, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	collected_release(&c);
}

static void test_what_is_no_twin(void **state)
{
	/* "Exports rose fivefold, from 417 mln dlrs to 2.5 billion in 1986":
	 * two amounts six times apart; a third figure can be near one of
	 * them only, and the far-apart cap takes care of the other. */
	static const char s[] = "Exports rose fivefold, from 417 mln dlrs to 2.5 billion in 1986.";
	struct fact f[] = {
		money(1, 1, "a.txt", "417 mln dlrs", 417e6, 0.5e6),
		money(2, 1, "a.txt", "2.5 billion", 2.5 * BN, 0.05 * BN),
		money(3, 2, "b.txt", "2.3 billion dlrs", 2.3 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	for (size_t i = 0; i < 3; i++)
		f[i].period = "1986", f[i].published = "1987-06-01";
	f[0].sentence = f[1].sentence = s;
	f[2].sentence = "Exports were 2.3 billion dlrs in 1986.";
	assert_null(basis_twin_in(&f[1], f, 3));
	assert_int_equal(run(&rule_agreement, f, 3, NULL, 0, &c), 2);
	/* 2.5 against 2.3 (8.7%, all stated): a warning, not capped */
	assert_true(c.f[1].claim == &f[2] || c.f[1].other == &f[2]);
	assert_int_equal(c.f[1].severity, SEV_WARNING);
	/* "revised to 2.5 billion from a previously published 2.3 billion": a
	 * revision, no twins */
	f[0].value = 2.3 * BN;
	f[0].precision = 0.05 * BN;
	f[0].status = "previous";
	f[1].status = "revised";
	assert_null(basis_twin_in(&f[1], f, 3));
	f[0].status = f[1].status = "";
	/* the same values in one sentence of unknown text: no twin either */
	f[0].sentence = f[1].sentence = "";
	assert_null(basis_twin_in(&f[1], f, 3));
	/* different adjustment: "2.3 billion unadjusted, 2.5 billion adjusted" */
	f[0].sentence = f[1].sentence = s;
	f[0].adjustment = "nsa";
	f[1].adjustment = "sa";
	assert_null(basis_twin_in(&f[1], f, 3));
	/* the same adjustment: twins */
	f[0].adjustment = "sa";
	assert_ptr_equal(basis_twin_in(&f[1], f, 3), &f[0]);
	collected_release(&c);
}

static void test_changes_and_a_surplus_with_a_deficit_are_twins_whatever_apart(void **state)
{
	/* "Exports fell a half pct, imports fell 10-1/2 pct", both read as
	 * imports: 21 times apart, but changes are never capped as far apart. */
	static const char s[] = "Exports fell a half pct, imports fell 10-1/2 pct.";
	struct fact p[] = {
		pct(1, 1, "a.txt", "half pct", 0.5, "change_yoy", "down"),
		pct(2, 1, "a.txt", "10-1/2 pct", 10.5, "change_yoy", "down"),
	};
	/* "last month's 3,211 billion lire deficit, which compares with April's
	 * 2,040 billion surplus", both read as May */
	static const char t[] = "last month's 3,211 billion lire deficit, which compares with "
				"April's 2,040 billion surplus";
	struct fact b[] = {
		surplus(1, 1, "3,211 billion lire", -3211, "1987-05", t),
		surplus(2, 1, "2,040 billion", 2040, "1987-05", t),
	};

	(void)state;
	p[0].sentence = p[1].sentence = s;
	assert_ptr_equal(basis_twin_in(&p[1], p, 2), &p[0]);
	assert_ptr_equal(basis_twin_in(&b[1], b, 2), &b[0]);
}

static void test_mirror_and_official_cap_a_claim_with_a_twin(void **state)
{
	/* "China's imports from Russia were $13.5 billion in August, up from
	 * $11.5 billion in July", both read as August: against CN.IMP.RU
	 * 2023-08 = 11.5 bn, the 13.5 is 17% off - an error without the twin,
	 * info with it. */
	static const char s[] = "China's imports from Russia were $13.5 billion in August, up "
				"from $11.5 billion in July.";
	struct observation o[4];
	struct fact f[] = {
		money(1, 1, "a.txt", "$13.5 billion", 13.5 * BN, 0.05 * BN),
		money(2, 1, "a.txt", "$11.5 billion", 11.5 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	f[0].sentence = f[1].sentence = s;
	assert_int_equal(run(&rule_official, f, 1, o, 4, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_int_equal(run(&rule_official, f, 2, o, 4, &c), 2);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "one of them is misread"));
	/* Russia's exports to China told the other way: a mirror claim whose
	 * sentence has a twin is info too. */
	f[0].reporter = f[1].reporter = "RU";
	f[0].partner = f[1].partner = "CN";
	f[0].flow = f[1].flow = "export";
	f[0].value = 15 * BN;
	assert_int_equal(run(&rule_mirror, f, 1, o, 4, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);	/* 15 against 11.5: beyond 10% */
	assert_int_equal(run(&rule_mirror, f, 2, o, 4, &c), 2);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	collected_release(&c);
}

/* ---- growth: like with like, and sources ----------------------------- */

static void test_growth_error_needs_every_compared_field_stated(void **state)
{
	/* "This marks a reversal from the 18% decline seen in July": China and
	 * imports come from the sentence before (inferred). The series says
	 * -8.2%: 10 points off, an error when stated, a warning when inferred. */
	struct observation o[4];
	struct fact f = pct(1, 1, "a.txt", "18%", 18, "change_yoy", "down");
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	f.period = "2023-07";
	assert_int_equal(run(&rule_growth, &f, 1, o, 4, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	f.reporter_src = "inferred";
	f.flow_src = "inferred";
	assert_int_equal(run(&rule_growth, &f, 1, o, 4, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message, "(at most warning: reporter inferred from "
					       "context in a.txt)"));
	/* a source not recorded is not stated either */
	f.reporter_src = f.flow_src = "";
	assert_int_equal(run(&rule_growth, &f, 1, o, 4, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	collected_release(&c);
}

static void test_growth_compares_only_like_with_like(void **state)
{
	/* "Seasonally adjusted, China's imports from Russia rose 9% in
	 * August" against an unadjusted series: not the same change. */
	struct observation o[4];
	struct fact f = pct(1, 1, "a.txt", "9%", 9, "change_yoy", "up");
	struct collected c = { 0 };

	(void)state;
	seeds(o);
	for (size_t i = 0; i < 4; i++)
		o[i].adjustment = "nsa";
	f.adjustment = "sa";
	assert_int_equal(run(&rule_growth, &f, 1, o, 4, &c), 0);
	/* said on the claim's side only: at most info */
	for (size_t i = 0; i < 4; i++)
		o[i].adjustment = "";
	assert_int_equal(run(&rule_growth, &f, 1, o, 4, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "adjustment sa in a.txt, not stated in CN.IMP.RU"));
	/* "imports of Russian crude rose 9%": a product group against all goods */
	f.adjustment = "";
	f.commodity = "crude oil";
	assert_int_equal(run(&rule_growth, &f, 1, o, 4, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	/* "so far this year imports are up 9%", told in September: the year
	 * is not over, no yearly change to compare with */
	f.commodity = "goods";
	f.period = "2023";
	f.published = "2023-09-19";
	assert_int_equal(run(&rule_growth, &f, 1, o, 4, &c), 0);
	collected_release(&c);
}

static void test_growth_level_and_change_cap_by_both(void **state)
{
	/* "imports rose 3% to $13.5 billion in August" with the level's
	 * reporter inferred: the implied base ($13.1 bn for 2022-08, against
	 * 11.2) is 17% off - an error when stated, here at most a warning. */
	static const char s[] = "Imports rose 3% to $13.5 billion in August.";
	struct observation o[4];
	struct fact f[] = {
		pct(1, 1, "a.txt", "3%", 3, "change_yoy", "up"),
		money(2, 1, "a.txt", "$13.5 billion", 13.5 * BN, 0.05 * BN),
	};
	struct collected c = { 0 };
	size_t base = 0;

	(void)state;
	seeds(o);
	f[0].sentence = f[1].sentence = s;
	assert_int_equal(run(&rule_growth, f, 2, o, 4, &c), 2);
	assert_int_equal(c.f[1].severity, SEV_ERROR);
	f[1].reporter_src = "inferred";
	assert_int_equal(run(&rule_growth, f, 2, o, 4, &c), 2);
	for (size_t i = 0; i < c.n; i++)
		if (c.f[i].other == &f[1])
			base = i + 1;
	assert_true(base > 0);
	assert_int_equal(c.f[base - 1].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[base - 1].message, "(at most warning: reporter inferred"));
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_months_read_as_one_cap_the_pair_at_info),
		cmocka_unit_test(test_what_is_no_twin),
		cmocka_unit_test(test_changes_and_a_surplus_with_a_deficit_are_twins_whatever_apart),
		cmocka_unit_test(test_mirror_and_official_cap_a_claim_with_a_twin),
		cmocka_unit_test(test_growth_error_needs_every_compared_field_stated),
		cmocka_unit_test(test_growth_compares_only_like_with_like),
		cmocka_unit_test(test_growth_level_and_change_cap_by_both),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
