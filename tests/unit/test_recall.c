/*
 * test_recall.c - issue 13's recall rules of the claim grammar (gram.c,
 * figure.c) on sentences written for these tests: figures whose unit is
 * elided or shared, ranges, quotes and units news writes; and what stays no
 * figure (counts, years, range ends).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* The claim of s whose mention is exactly mention has value and unit. */
static void assert_fig(const char *s, const char *mention, double value, const char *unit)
{
	struct claim cl = get(s, "1987-03-20", mention);

	if (!num_eq(cl.value, value))
		fail_msg("'%s': value %.10g, want %.10g", mention, cl.value, value);
	assert_string_equal(cl.unit, unit);
}

/* s has no figure claim whose mention is exactly mention. */
static void assert_no_fig(const char *s, const char *mention)
{
	struct doc d;
	struct claims c;
	long i;

	doc_from(&d, s, "1987-03-20");
	claims_init(&c);
	parse_doc(&d, &c);
	i = claim_find(&d, &c, mention);
	if (i >= 0 && c.v[i].kind != CLAIM_DATE)
		fail_msg("'%s' is a figure in '%s'", mention, s);
	claims_release(&c);
	doc_release(&d);
}

static void test_recall_elided_unit_in_the_sentence(void **state)
{
	(void)state;
	/* an elided unit after a flow noun, before "he said" */
	assert_fig("Sales abroad came to 31.2 billion pesos and purchases 27.9 billion, he said.",
		   "27.9 billion", 27.9e9, "MXN");
	/* after "at ... after", a possessive month */
	assert_fig("Exports stood at 4.2 billion dlrs after 3.9 billion.", "3.9 billion", 3.9e9, "USD");
	assert_fig("The surplus grew to 410 mln stg from March's 388 mln.", "388 mln", 388e6, "GBP");
	/* a balance word after it */
	assert_fig("It showed a 61 mln dlr deficit against a 12 mln surplus.", "12 mln", 12e6, "USD");
	/* a count of a noun is no figure */
	assert_no_fig("The firm sold 40 mln dlrs of bonds; it has 3 mln shares.", "3 mln");
}

static void test_recall_elided_unit_in_a_later_sentence(void **state)
{
	(void)state;
	assert_fig("Imports rose to 8.12 billion marks from 7.7 billion. Exports rose to 9.3 billion "
		   "from 9.05 billion.", "9.3 billion", 9.3e9, "DEM");
	/* the same scale word only */
	assert_no_fig("Imports rose to 8.12 billion marks. About 2.1 mln were employed.", "2.1 mln");
	/* not across a paragraph */
	assert_no_fig("Imports rose to 8.12 billion marks.\n\nIt sold 9.3 billion.", "9.3 billion");
}

static void test_recall_bare_number_after_a_figure(void **state)
{
	(void)state;
	/* the scale and the unit of the figure it is compared with */
	assert_fig("Shipments rose to 512.4 mln dlrs from 498.1 (revised from 497.6) a year ago.",
		   "498.1", 498.1e6, "USD");
	assert_fig("Shipments rose to 512.4 mln dlrs from 498.1 (revised from 497.6) a year ago.",
		   "497.6", 497.6e6, "USD");
	/* a rate quoted after the one before */
	assert_fig("The dollar closed at 1.7922 marks after 1.7850 on Monday.", "1.7850", 1.785, "DEM");
	assert_fig("The jobless rate fell to 8.4 pct from 8.7 in May.", "8.7", 8.7, "%");
	/* a year, a far smaller number, a count, a range's lower end: no figure */
	assert_no_fig("The tax rose to 2,100 dlrs from 1986.", "1986");
	assert_no_fig("The bill was 650 dlrs after 3 weeks.", "3");
	assert_no_fig("Output was 4.2 mln tonnes and 7.1 mln tonnes from 3.9 plants.", "3.9");
	assert_fig("Output was put at 4.2 mln tonnes, ranging from 3.9 to 4.5 mln.", "4.2 mln tonnes",
		   4.2e6, "t");
	assert_no_fig("Output was put at 4.2 mln tonnes, against 3.9 to 4.5 mln.", "3.9");
}

static void test_recall_local_currency_names(void **state)
{
	(void)state;
	assert_fig("KARACHI, March 2 - Pakistan raised the support price of cotton. Pakistan said "
		   "growers will get 4.10 rupees per kilo, Pakistan's ministry said.",
		   "4.10 rupees", 4.10, "PKR");
	assert_fig("NEW DELHI, March 2 - India's exports rose. India said it earned 4.1 billion rupees.",
		   "4.1 billion rupees", 4.1e9, "INR");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recall_elided_unit_in_the_sentence),
		cmocka_unit_test(test_recall_elided_unit_in_a_later_sentence),
		cmocka_unit_test(test_recall_bare_number_after_a_figure),
		cmocka_unit_test(test_recall_local_currency_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
