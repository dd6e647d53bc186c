/*
 * test_rule_revision.c - what an article says about revisions against the
 * vintages: "The previously published April deficit was $61.2 billion" and
 * "$60.9 billion in April, revised", checked against the vintages before and
 * after the release that changed April.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "test_check_util.h"

/* The U.S. trade balance with all partners for April 2023, one release. */
static struct observation bal(int64_t id, double value, const char *released)
{
	struct observation o = cnru(id, "2023-04", value, released);

	o.series = "US.BAL";
	o.reporter = "US";
	o.partner = "WORLD";
	o.flow = "trade";
	o.source = "Census";
	return o;
}

/* A deficit stated with its status in an article of 2023-07-07. */
static struct fact deficit(int64_t id, const char *text, double bn, const char *status)
{
	struct fact f = money(id, 1, "a.txt", text, -bn * BN, 0.05 * BN);

	f.published = "2023-07-07";
	f.period = "2023-04";
	f.measure = "balance";
	f.flow = "trade";
	f.reporter = "US";
	f.partner = "WORLD";
	f.commodity = "";
	f.status = status;
	return f;
}

/* April as first published (2023-06-07) and as revised (2023-07-06). */
static const struct observation *april(void)
{
	static struct observation o[2];

	o[0] = bal(1, -61.2 * BN, "2023-06-07");
	o[1] = bal(2, -60.9 * BN, "2023-07-06");
	return o;
}

static void test_revision_previous_and_revised_match_their_vintages(void **state)
{
	struct fact f[] = {
		deficit(1, "$61.2 billion", 61.2, "previous"),
		deficit(2, "$60.9 billion", 60.9, "revised"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_revision, f, 2, april(), 2, &c), 0);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.f[0].rule, "revision");
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_string_equal(c.f[0].message,
			    "$61.2 billion, quoted as previously published, matches US.BAL 2023-04 "
			    "= -$61.2 bn in the vintage of 2023-06-07, the value in force before "
			    "the vintage of 2023-07-06 revised it to -$60.9 bn");
	assert_true(c.f[0].expected == -61.2 * BN);
	assert_int_equal(c.f[1].severity, SEV_INFO);
	assert_string_equal(c.f[1].message,
			    "$60.9 billion, called revised, matches US.BAL 2023-04 = -$60.9 bn "
			    "in the vintage of 2023-07-06, current on 2023-07-07, which revised "
			    "-$61.2 bn (vintage of 2023-06-07)");
	collected_release(&c);
}

static void test_revision_wrong_previous_figure_is_flagged(void **state)
{
	/* 63.2 against the 61.2 in force before the revision: +3.3%. */
	struct fact f = deficit(1, "$63.2 billion", 63.2, "previous");
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_revision, &f, 1, april(), 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_true(c.f[0].expected == -61.2 * BN);
	assert_non_null(strstr(c.f[0].message, "does not match US.BAL 2023-04 = -$61.2 bn"));
	collected_release(&c);
}

static void test_revision_previous_that_is_the_revised_value_says_so(void **state)
{
	struct fact f = deficit(1, "$60.9 billion", 60.9, "previous");
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_revision, &f, 1, april(), 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message, "; it is the revised value itself"));
	collected_release(&c);
}

static void test_revision_revised_far_off_is_an_error(void **state)
{
	struct fact f = deficit(1, "$70.9 billion", 70.9, "revised");
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_revision, &f, 1, april(), 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_true(c.f[0].expected == -60.9 * BN);
	assert_non_null(strstr(c.f[0].message, "called revised, does not match US.BAL 2023-04"));
	collected_release(&c);
}

static void test_revision_revised_that_is_the_old_value_says_so(void **state)
{
	struct fact f = deficit(1, "$61.2 billion", 61.2, "revised");
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run_rule(&rule_revision, &f, 1, april(), 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message,
			       "; it is the value before that revision (vintage of 2023-06-07)"));
	collected_release(&c);
}

static void test_revision_inferred_subject_caps_at_warning(void **state)
{
	struct fact f = deficit(1, "$70.9 billion", 70.9, "revised");
	struct collected c = { 0 };

	(void)state;
	f.period_src = "inferred";
	assert_int_equal(run_rule(&rule_revision, &f, 1, april(), 2, &c), 0);
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_non_null(strstr(c.f[0].message, "(at most warning: period inferred"));
	collected_release(&c);
}

static void test_revision_without_evidence_is_info(void **state)
{
	struct fact f = deficit(1, "$59.0 billion", 59.0, "previous");
	struct observation one = bal(1, -61.2 * BN, "2023-06-07");
	struct collected c = { 0 };

	(void)state;
	/* Only one vintage: no earlier value to check "previous" against. */
	assert_int_equal(run_rule(&rule_revision, &f, 1, &one, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "cannot be checked"));
	/* No vintage yet on the article's date. */
	f.published = "2023-05-01";
	assert_int_equal(run_rule(&rule_revision, &f, 1, april(), 2, &c), 0);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.f[1].severity, SEV_INFO);
	assert_non_null(strstr(c.f[1].message, "no vintage of US.BAL 2023-04 was released by "
					       "2023-05-01"));
	collected_release(&c);
}

static void test_revision_ignores_claims_without_status_and_other_subjects(void **state)
{
	struct fact f[] = {
		deficit(1, "$70.9 billion", 70.9, ""),
		deficit(2, "$70.9 billion", 70.9, "preliminary"),
		deficit(3, "$70.9 billion", 70.9, "revised"),
	};
	struct collected c = { 0 };

	(void)state;
	f[2].partner = "CN";	/* no series of the U.S. balance with China */
	assert_int_equal(run_rule(&rule_revision, f, 3, april(), 2, &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_revision_is_in_the_rule_table(void **state)
{
	size_t n, found = 0;
	const struct rule *const *r = check_rules(&n);

	(void)state;
	for (size_t i = 0; i < n; i++)
		found += r[i] == &rule_revision || r[i] == &rule_mirror;
	assert_int_equal(found, 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_revision_previous_and_revised_match_their_vintages),
		cmocka_unit_test(test_revision_wrong_previous_figure_is_flagged),
		cmocka_unit_test(test_revision_previous_that_is_the_revised_value_says_so),
		cmocka_unit_test(test_revision_revised_far_off_is_an_error),
		cmocka_unit_test(test_revision_revised_that_is_the_old_value_says_so),
		cmocka_unit_test(test_revision_inferred_subject_caps_at_warning),
		cmocka_unit_test(test_revision_without_evidence_is_info),
		cmocka_unit_test(test_revision_ignores_claims_without_status_and_other_subjects),
		cmocka_unit_test(test_revision_is_in_the_rule_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
