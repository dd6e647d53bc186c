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

/* "Korea's trade surplus with Japan ... The surplus narrowed to": the bare
 * balance opening the next sentence is the same bilateral one (partner and
 * reporter inferred, never all partners); after a total, or with
 * "overall", or in a later paragraph that does not follow it, the bare
 * balance stays the story's total. */
static void test_subject3_bare_balance_keeps_partner(void **state)
{
	static const char s[] = "date: 1988-05-04\nTRADE\n\n"
				"    SEOUL, May 4 - Korea's trade surplus with Japan fell to 1.9\n"
				"billion dlrs in 1987. The surplus narrowed further in the first\n"
				"quarter to 310 mln dlrs from 420 mln a year earlier.\n\n"
				"    Officials expect more imports this year.\n\n"
				"    The trade surplus was 7.6 billion dlrs in 1987.\n";
	static const char t[] = "date: 1988-05-04\nTRADE\n\n"
				"    SEOUL, May 4 - Korea's trade surplus with Japan fell to 1.9\n"
				"billion dlrs in 1987. The overall surplus rose to 7.6 billion\n"
				"dlrs.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1988-05-04", "310 mln dlrs");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_who(&cl, "trade", "KR", "JP");
	assert_int_equal(cl.partner_src, SOURCE_INFERRED);
	cl = get(s, "1988-05-04", "420 mln");
	assert_who(&cl, "trade", "KR", "JP");
	cl = get(s, "1988-05-04", "7.6 billion dlrs");
	assert_string_not_equal(cl.partner, "JP");
	cl = get(t, "1988-05-04", "7.6 billion\ndlrs");
	assert_string_not_equal(cl.partner, "JP");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subject3_tender_time_and_subject),
		cmocka_unit_test(test_subject3_tender_subject_is_no_source),
		cmocka_unit_test(test_subject3_bare_balance_keeps_partner),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
