/*
 * test_subject11.c - a country a ranking compares with is not the
 * sentence's subject (src/parse/subject_who.c, partner_marked(); issue 13,
 * session 11): "the world's third largest after Japan", "behind the United
 * States", "than". Sentences written for the test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_subject11_ranking_country_is_no_reporter(void **state)
{
	static const char s[] =
		"date: 1990-06-19\n"
		"TAIWAN RESERVES RISE\n"
		"\n"
		"TAIPEI, June 19 - The reserves, the world's third largest after Japan\n"
		"and West Germany, now total 61 billion U.S. Dlrs, the central bank said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1990-06-19", "61 billion U.S. Dlrs");
	assert_string_equal(cl.reporter, "TW");
	cl = get("Brazil's reserves, second only behind Mexico's, rose to 9 billion dlrs.",
		 "1990-06-19", "9 billion dlrs");
	assert_string_equal(cl.reporter, "BR");
	/* "after" as time keeps its country: a subject of its own clause */
	cl = get("After Japan, Korea's reserves rose to 9 billion dlrs.", "1990-06-19",
		 "9 billion dlrs");
	assert_string_equal(cl.reporter, "KR");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject11_ranking_country_is_no_reporter),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
