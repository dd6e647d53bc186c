/*
 * test_subject.c - who a figure belongs to (issue 13, the subject branch):
 * reporter, partner and flow of constructions the context tests do not
 * cover. Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_who(const struct claim *cl, const char *flow, const char *rep,
		       const char *par)
{
	assert_string_equal(cl->flow, flow);
	assert_string_equal(cl->reporter, rep);
	assert_string_equal(cl->partner, par);
}

/* The Soviet Union of 1980s copy is SU, whichever way it is written, and a
 * buyer named before "bought" is the importer, whatever the dateline. */
static void test_subject_soviet_union(void **state)
{
	static const char s[] = "date: 1987-03-01\nGRAIN\n\n"
				"    WASHINGTON, March 1 - The Soviet Union bought 3 mln tonnes of\n"
				"maize this season. The USSR bought 2 mln tonnes of barley.\n\n"
				"    Soviet wheat imports were 9 mln tonnes.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-01", "3 mln tonnes");
	assert_who(&cl, "import", "SU", "WORLD");
	cl = get(s, "1987-03-01", "2 mln tonnes");
	assert_who(&cl, "import", "SU", "WORLD");
	cl = get(s, "1987-03-01", "9 mln tonnes");
	assert_who(&cl, "import", "SU", "WORLD");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject_soviet_union),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
