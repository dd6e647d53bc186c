/*
 * test_period11.c - periods of session 11 (period11): a figure after
 * "last year's" and a noun ("last year's plantings of 83.3 mln acres",
 * "last year's level of 18.9 billion") in a story of no crop years is of
 * the year before the sentence's figure (a month's same month a year
 * before), not the sentence's own year; not the size of a change ("down
 * from last year's record by more than eight billion"). Sentences are
 * written for the test, except the one marked as Reuters'.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_period(const char *s, const char *date, const char *mention,
			  const char *want)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(cl.period, want))
		fail_msg("'%s' in '%s': period '%s', want '%s'", mention, s, cl.period, want);
}

static void test_period11_last_year_noun(void **state)
{
	(void)state;
	assert_period("Ghana's cocoa exports are expected to reach 310,000 tonnes, up from "
		      "last year's shipments of 280,000 tonnes.", "2031-05-12", "280,000 tonnes",
		      "2030");
	/* a month's figure: the same month a year before */
	assert_period("Chile's March exports fell to 1.9 billion dlrs, 12 pct below last "
		      "year's level of 2.2 billion dlrs.", "2031-04-20", "2.2 billion dlrs",
		      "2030-03");
	/* a figure of a later year: the year before the story's */
	assert_period("Output in 2032 is forecast at 12 mln tonnes, up from last year's "
		      "total of 10 mln tonnes.", "2031-04-20", "10 mln tonnes", "2030");
	/* Reuters 9058 (1987-03-24) */
	assert_period("Agriculture Department analysts said next week's figures will likely "
		      "show a sharp drop in acreage to as low as 65 mln acres, down 22 pct from "
		      "last year's plantings of 83.3 mln acres.", "1987-03-24", "83.3 mln acres",
		      "1986");
}

static void test_period11_last_year_by(void **state)
{
	(void)state;
	/* the size of a change: the sentence's year, not last year */
	assert_period("Farm spending in 2034 will be down from last year's record by more "
		      "than eight billion dlrs.", "2031-04-20", "eight billion dlrs",
		      "2034");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period11_last_year_noun),
		cmocka_unit_test(test_period11_last_year_by),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
