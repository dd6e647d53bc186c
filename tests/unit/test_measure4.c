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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure4_a_preliminary_source_covers_its_sentence),
		cmocka_unit_test(test_measure4_a_preliminary_lead_covers_its_period),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
