/*
 * test_subject9.c - whose figure it is and with whom, issue 13's first
 * round of session 9 (branch subject9): exports "of goods from" an economy
 * "to the rest of the world" are that economy's, with all partners.
 * Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "Exports of <goods> from X to Y": X exports, Y (or the rest of the
 * world) takes them; "imports of <goods> from X" keep X the partner. */
static void test_subject9_exports_of_goods_from(void **state)
{
	static const char s[] = "date: 2026-03-12\nTRADE\n\n"
				"    PARIS, March 12 - Exports of machinery from the euro area to\n"
				"the rest of the world grew 4.2% in January.\n"
				"    Shipments of wine from Chile to Japan rose to 310 million dollars.\n"
				"    Imports of steel from Korea came to 55 million dollars.\n"
				"    Imports of goods such as Korean steel rose 3.5% in January.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-03-12", "4.2%");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "EA");	/* was FR */
	assert_string_equal(cl.partner, "WORLD");	/* was EA */
	cl = get(s, "2026-03-12", "310 million dollars");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "CL");
	assert_string_equal(cl.partner, "JP");
	cl = get(s, "2026-03-12", "55 million dollars");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "KR");
	cl = get(s, "2026-03-12", "3.5%");
	assert_string_equal(cl.partner, "KR");
	assert_string_equal(cl.commodity, "steel");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject9_exports_of_goods_from),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
