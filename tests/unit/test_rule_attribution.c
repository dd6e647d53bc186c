/*
 * test_rule_attribution.c - the same figure credited to different sources
 * in different articles. Sentences are the seeds' or close to them.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>

#include "test_check_util.h"

static const char customs[] =
	"Chinese imports of Russian goods rose 3% to $11.5 billion, the latest "
	"Chinese customs data show.";
static const char customs2[] =
	"According to the most recent data from Chinese customs, imports rose to $11.5 billion.";
static const char bureau[] =
	"In August, China\xe2\x80\x99s State Bureau of Statistics reported imports of "
	"$11.5 billion.";
static const char both[] =
	"Customs data and the National Bureau of Statistics put imports at $11.5 billion.";

static struct fact at(int64_t id, int64_t doc_id, const char *doc, const char *sentence)
{
	struct fact f = money(id, doc_id, doc, "$11.5 billion", 11.5 * BN, 0.05 * BN);

	f.sentence = sentence;
	return f;
}

static int run(const struct fact *f, size_t n, struct collected *c)
{
	return run_rule(&rule_attribution, f, n, NULL, 0, c);
}

static void test_attribution_flags_the_bureau_against_customs(void **state)
{
	struct fact f[] = {
		at(1, 1, "a.txt", customs),
		at(2, 2, "b.txt", customs2),
		at(3, 3, "c.txt", bureau),
		at(4, 4, "d.txt", customs),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(f, ARRAY_SIZE(f), &c), 0);
	assert_int_equal(c.n, 1);
	assert_string_equal(c.f[0].rule, "attribution");
	assert_int_equal(c.f[0].severity, SEV_WARNING);
	assert_ptr_equal(c.f[0].claim, &f[2]);
	assert_ptr_equal(c.f[0].other, &f[0]);	/* the earliest crediting customs */
	assert_null(c.f[0].obs);
	assert_string_equal(c.f[0].period, "2023-08");
	assert_true(c.f[0].expected == 11.5 * BN);
	assert_string_equal(c.f[0].message,
			    "$11.5 billion is credited to 'State Bureau of Statistics' here, but "
			    "to 'Chinese customs' in a.txt (3 agreeing figures in other articles "
			    "credit it to customs, not to the statistics bureau)");
	collected_release(&c);
}

static void test_attribution_without_a_subject_is_at_most_info(void **state)
{
	/* "Imports were $11.5 billion in August, customs data show" and the
	 * bureau's "$11.5 billion in August", with no country read in either:
	 * the same figure is a guess - info, and the message says why. */
	struct fact f[] = {
		at(1, 1, "a.txt", customs),
		at(2, 2, "b.txt", customs2),
		at(3, 3, "c.txt", bureau),
	};
	struct collected c = { 0 };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(f); i++)
		f[i].partner = "";
	assert_int_equal(run(f, ARRAY_SIZE(f), &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, " (at most info: partner unknown on both sides)"));
	collected_release(&c);
}

static void test_attribution_is_silent_when_sources_agree_or_are_unnamed(void **state)
{
	struct fact f[] = {
		at(1, 1, "a.txt", customs),
		at(2, 2, "b.txt", customs2),
		at(3, 3, "c.txt", "Imports rose to $11.5 billion."),
		at(4, 4, "d.txt", both),	/* two kinds: credits neither */
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(f, ARRAY_SIZE(f), &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_attribution_compares_only_the_same_agreeing_figure(void **state)
{
	struct fact f[] = {
		at(1, 1, "a.txt", customs),
		at(2, 2, "b.txt", bureau),	/* $15 billion: another number */
		at(3, 3, "c.txt", bureau),	/* July: another figure */
		at(4, 1, "a.txt", bureau),	/* the same document */
	};
	struct collected c = { 0 };

	(void)state;
	f[1].value = 15 * BN;
	f[2].period = "2023-07";
	assert_int_equal(run(f, ARRAY_SIZE(f), &c), 0);
	assert_int_equal(c.n, 0);
	collected_release(&c);
}

static void test_attribution_tie_goes_to_the_earliest_source(void **state)
{
	struct fact f[] = {
		at(1, 1, "a.txt", bureau),
		at(2, 2, "b.txt", customs),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(f, 2, &c), 0);
	assert_int_equal(c.n, 1);
	assert_ptr_equal(c.f[0].claim, &f[1]);
	assert_ptr_equal(c.f[0].other, &f[0]);
	assert_non_null(strstr(c.f[0].message, "(1 agreeing figure in other articles credits "
					      "it to statistics bureau, not to the customs)"));
	collected_release(&c);
}

static void test_attribution_matches_whole_words_in_any_case(void **state)
{
	struct fact f[] = {
		at(1, 1, "a.txt", "THE GENERAL ADMINISTRATION OF CUSTOMS said $11.5 billion."),
		at(2, 2, "b.txt", "Figures from MOFCOM: $11.5 billion."),
		at(3, 3, "c.txt", "The customsdata index: $11.5 billion."),
		at(4, 4, "d.txt", "Ministry of Commerce data show $11.5 billion."),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(f, ARRAY_SIZE(f), &c), 0);
	/* Commerce ministry twice, customs once: "customsdata" is no phrase. */
	assert_int_equal(c.n, 1);
	assert_ptr_equal(c.f[0].claim, &f[0]);
	assert_ptr_equal(c.f[0].other, &f[1]);
	assert_non_null(strstr(c.f[0].message, "credited to 'GENERAL ADMINISTRATION OF CUSTOMS' "
					      "here, but to 'MOFCOM' in b.txt"));
	collected_release(&c);
}

static void test_attribution_stops_at_first_nonzero_emit(void **state)
{
	struct fact f[] = {
		at(1, 1, "a.txt", customs),
		at(2, 2, "b.txt", customs),
		at(3, 3, "c.txt", bureau),
		at(4, 4, "d.txt", bureau),
		at(5, 5, "e.txt", customs),
	};
	struct collected c = { .stop_after = 1 };

	(void)state;
	assert_int_equal(run(f, ARRAY_SIZE(f), &c), 7);
	assert_int_equal(c.n, 1);
	assert_ptr_equal(c.f[0].claim, &f[2]);
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_attribution_flags_the_bureau_against_customs),
		cmocka_unit_test(test_attribution_without_a_subject_is_at_most_info),
		cmocka_unit_test(test_attribution_is_silent_when_sources_agree_or_are_unnamed),
		cmocka_unit_test(test_attribution_compares_only_the_same_agreeing_figure),
		cmocka_unit_test(test_attribution_tie_goes_to_the_earliest_source),
		cmocka_unit_test(test_attribution_matches_whole_words_in_any_case),
		cmocka_unit_test(test_attribution_stops_at_first_nonzero_emit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
