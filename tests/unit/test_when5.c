/*
 * test_when5.c - periods (issue 13, period5): in a story that writes its
 * years as crop years ("1998/99"), "this harvest", "the current harvest",
 * "the current wheat crop", "last harvest's" and "the previous harvest" are
 * crop years counted from the one in progress, as "this season" is; in a
 * story with no crop year they are left alone ("last crop" may be a
 * calendar year's); "a similar period last year", "the comparable
 * quarter of 1997" are "the same period" of the figure compared with.
 * Every sentence here is written for the test.
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

static void test_when5_harvest_of_a_crop_year_story(void **state)
{
	const char *s = "Rye output for 1998/99 is put at 2.1 mln tonnes.\n\n"
			"    Farmers sowed 640,000 hectares for this harvest, against 700,000 "
			"hectares sown in the previous harvest.\n\n"
			"    The current oats crop should yield 1.3 mln tonnes, well below last "
			"harvest's 1.6 mln tonnes.\n";

	(void)state;
	assert_period(s, "1999-03-10", "640,000 hectares", "1998/99");
	assert_period(s, "1999-03-10", "700,000 hectares", "1997/98");
	assert_period(s, "1999-03-10", "1.3 mln tonnes", "1998/99");
	/* after the story's July the crop year in progress is the next one */
	assert_period(s, "1999-09-10", "640,000 hectares", "1999/00");
}

static void test_when5_harvest_of_a_calendar_story_is_left_alone(void **state)
{
	(void)state;
	assert_period("Farmers sowed 640,000 hectares for this harvest, the ministry said.",
		      "1999-03-10", "640,000 hectares", "");
}

static void test_when5_similar_or_comparable_period(void **state)
{
	(void)state;
	assert_period("Car exports rose to 4.2 billion rand in the first quarter from 3.9 billion "
		      "in a similar period last year.", "1999-04-24", "3.9 billion", "1998-Q1");
	assert_period("Sales abroad fell to 310 mln dlrs in the March quarter, against 350 mln "
		      "dlrs in the comparable quarter of 1997.", "1999-04-24", "350 mln dlrs",
		      "1997-Q1");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_when5_harvest_of_a_crop_year_story),
		cmocka_unit_test(test_when5_harvest_of_a_calendar_story_is_left_alone),
		cmocka_unit_test(test_when5_similar_or_comparable_period),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
