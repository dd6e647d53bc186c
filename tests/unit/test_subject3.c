/*
 * test_subject3.c - subject constructions of issue 13's fourth round
 * (branch subject3), each found in several unseen wire stories (the free
 * pool) or named by the validator's false alarms: a tender's time between
 * "tender" and "for" and a tendering country that opens its sentence; a
 * bare balance ("The surplus widened") that keeps the partner the sentence
 * before stated; a pair of countries ("the U.S.-Soviet grain agreement")
 * whose other side is the partner. Every sentence here was written for
 * these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* "will tender Friday, June 12, for", "to tender shortly for", "its tender
 * overnight for": a purchase by the tendering country, its seller the
 * goods' origin; "Morocco has launched a new buying tender for": the
 * sentence's subject tenders. An export tender stays no purchase. */
static void test_subject3_tender_time_and_subject(void **state)
{
	static const char s[] = "date: 1988-06-08\nGRAIN\n\n"
				"    CHICAGO, June 8 - Jordan will tender Friday, June 12, for\n"
				"60,000 tonnes of U.S. barley, exporters said.\n\n"
				"    Syria is expected to tender shortly for 80,000 tonnes of\n"
				"durum wheat, covered by export credits, dealers said.\n\n"
				"    Cyprus dropped its tender overnight for 20,000 tonnes of\n"
				"Canadian feed barley, they said.\n\n"
				"    Morocco has launched a new buying tender for 150,000 tonnes\n"
				"of French soft wheat, traders said.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-06-08", "60,000 tonnes");
	assert_who(&cl, "import", "JO", "US");
	cl = get(s, "1988-06-08", "80,000 tonnes");
	assert_who(&cl, "import", "SY", "");	/* not "export" from "export credits" */
	cl = get(s, "1988-06-08", "20,000 tonnes");
	assert_who(&cl, "import", "CY", "CA");
	cl = get(s, "1988-06-08", "150,000 tonnes");
	assert_who(&cl, "import", "MA", "FR");
}

/* A sentence that does not open with its country as the subject of a
 * verb gives no tendering country: "U.S. exporters reported a tender
 * ..." is no U.S. purchase. */
static void test_subject3_tender_subject_is_no_source(void **state)
{
	static const char s[] = "date: 1988-06-08\nGRAIN\n\n"
				"    KANSAS CITY, June 8 - U.S. exporters reported a tender for\n"
				"40,000 tonnes of rice.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-06-08", "40,000 tonnes");
	assert_string_equal(cl.flow, "");	/* no U.S. purchase */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject3_tender_time_and_subject),
		cmocka_unit_test(test_subject3_tender_subject_is_no_source),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
