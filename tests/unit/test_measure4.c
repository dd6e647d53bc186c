/*
 * test_measure4.c - what a figure is (issue 13's measure, status and
 * basis, fourth parser pass), on sentences written for these tests: a
 * preliminary release named as the source of a sentence or of the lead.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_status(const char *s, const char *date, const char *mention,
			  const char *status)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(claim_status_name(cl.status), status))
		fail_msg("'%s' in '%s': status '%s', want '%s'", mention, s,
			 claim_status_name(cl.status), status);
}

/* "according to preliminary estimates", "provisional customs figures
 * show": every figure of the sentence comes from that release, the
 * earlier year's too; "a provisional 47 billion" is a word on one figure. */
static void test_measure4_a_preliminary_source_covers_its_sentence(void **state)
{
	const char *d = "2026-03-10";

	(void)state;
	assert_status("Exports were 4.1 billion dlrs in 2025 against 3.8 billion in 2024, "
		      "according to preliminary central bank estimates.", d, "3.8 billion",
		      "preliminary");
	assert_status("Exports were 4.1 billion dlrs in 2025 against 3.8 billion in 2024, "
		      "according to preliminary central bank estimates.", d,
		      "4.1 billion dlrs", "preliminary");
	assert_status("The trade surplus was 612 mln crowns in February after 75 mln in "
		      "January, provisional customs figures show.", d, "75 mln", "preliminary");
	assert_status("The deficit rose to a provisional 47 billion forints last year from 12 "
		      "billion in 2024.", d, "12 billion", "");
	assert_status("The deficit rose to 47 billion forints last year from 12 billion in "
		      "2024, the ministry said in a preliminary report.", d, "12 billion", "");
}

/* A lead that names a preliminary release ("Preliminary trade figures for
 * February show") makes the story's later figures of February preliminary;
 * not January's, not an earlier value's. */
static const char lead_story[] =
	"RURITANIA FEBRUARY TRADE SURPLUS\n\n"
	"STRELSAU, March 20 - Preliminary trade figures for February show\n"
	"a surplus of 210 mln dlrs, the statistics office said.\n"
	"    Exports rose to 1.42 billion dlrs in February from 1.31 billion in\n"
	"January. January's exports were 1.30 billion dlrs.\n";

static const char plain_story[] =
	"RURITANIA FEBRUARY TRADE SURPLUS\n\n"
	"STRELSAU, March 20 - Ruritania had a trade surplus of 210 mln dlrs\n"
	"in February, the statistics office said.\n"
	"    Exports rose to 1.42 billion dlrs in February from 1.31 billion in\n"
	"January.\n";

static void test_measure4_a_preliminary_lead_covers_its_period(void **state)
{
	const char *d = "2026-03-20";

	(void)state;
	assert_status(lead_story, d, "210 mln dlrs", "preliminary");
	assert_status(lead_story, d, "1.42 billion dlrs", "preliminary");
	assert_status(lead_story, d, "1.31 billion", "");
	assert_status(lead_story, d, "1.30 billion dlrs", "");
	assert_status(plain_story, d, "1.42 billion dlrs", "");
}

static void assert_basis(const char *s, const char *date, const char *mention, const char *basis)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(rate_basis_name(cl.basis), basis))
		fail_msg("'%s' in '%s': basis '%s', want '%s'", mention, s,
			 rate_basis_name(cl.basis), basis);
}

/* "a brisk 4.5 pct annual rate", "an annual growth rate of about three
 * pct": an annualized rate, its words right after or right before the
 * figure; "3 pct annual inflation" and a rate of something else are not. */
static void test_measure4_an_annual_rate_after_or_before_the_figure(void **state)
{
	const char *d = "2026-04-02";

	(void)state;
	assert_basis("Output grew at a sluggish 0.9 pct annual rate in the first quarter.", d,
		     "0.9 pct", "annualized");
	assert_basis("Economists see an annual growth rate of about 2.5 pct in the second "
		     "quarter.", d, "2.5 pct", "annualized");
	assert_basis("Exports rose 4.2 pct in March, while the annual rate of inflation was "
		     "steady.", d, "4.2 pct", "");
	assert_basis("Wages rose 3 pct annual in the survey.", d, "3 pct", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure4_a_preliminary_source_covers_its_sentence),
		cmocka_unit_test(test_measure4_a_preliminary_lead_covers_its_period),
		cmocka_unit_test(test_measure4_an_annual_rate_after_or_before_the_figure),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
