/*
 * test_measure.c - what kind of figure a figure is (issue 13's measure,
 * direction, status, per and approx), on sentences written for these
 * tests: a level a change reaches or leaves, forecasts, prices and
 * exchange rates, annual changes, revisions and rates per year.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_measure(const char *s, const char *date, const char *mention,
			   const char *measure, const char *direction)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(measure_name(cl.measure), measure) || strcmp(cl.direction, direction))
		fail_msg("'%s' in '%s': %s/%s, want %s/%s", mention, s, measure_name(cl.measure),
			 cl.direction, measure, direction);
}

static void test_measure_a_percent_reached_or_left_is_a_level(void **state)
{
	const char *s = "Unemployment in Ruritania dropped to 6.5 pct in May from 7.25 pct "
			"in April and 8 pct a year before.";

	(void)state;
	assert_measure(s, "1999-06-10", "6.5 pct", "level", "");
	assert_measure(s, "1999-06-10", "7.25 pct", "level", "");
	assert_measure(s, "1999-06-10", "8 pct", "level", "");
	s = "Mortgage rates climbed from the current 9 pct to between 10 and 11 pct.";
	assert_measure(s, "", "9 pct", "level", "");
	assert_measure(s, "", "between 10 and 11 pct", "level", "");
	/* a change and the change before it stay changes */
	s = "Sales grew 4 pct in June, up from 3 pct in May.";
	assert_measure(s, "", "4 pct", "change", "up");
	assert_measure(s, "", "3 pct", "change", "up");
	assert_measure("Duties fell by up to 30 pct.", "", "30 pct", "change", "down");
	/* a growth rate held to a ceiling is still a rate of change */
	assert_measure("Their export growth was limited to 2 pct.", "", "2 pct", "change", "up");
}

static void test_measure_a_share_reached_is_a_share(void **state)
{
	const char *s = "The proportion of rice grown by small farms shrank to 41 pct "
			"from 45 pct.";

	(void)state;
	assert_measure(s, "", "41 pct", "share", "");
	assert_measure(s, "", "45 pct", "share", "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measure_a_percent_reached_or_left_is_a_level),
		cmocka_unit_test(test_measure_a_share_reached_is_a_share),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
