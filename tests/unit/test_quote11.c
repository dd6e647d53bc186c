/*
 * test_quote11.c - an exchange rate a sentence gives with no currency of
 * its own subject, after a sentence of its paragraph on a currency's moves
 * (src/parse/subject_who.c, subject_fx_quote(); issue 13, session 11):
 * no reporter, as GUIDE.md section 10 says of exchange rates; a bid and
 * offer written with a hyphen (src/parse/gram.c). Sentences written for
 * the test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static const char story[] =
	"date: 1990-04-02\n"
	"DOLLAR SEEN WEAKER IN TOKYO\n"
	"\n"
	"TOKYO, April 2 - The dollar fell to 147.20 yen today, dealers said.\n"
	"    The dollar is likely to rebound, one dealer said. But he warned of\n"
	"another dip to below 145 yen.\n"
	"    Japan's exports rose to 21 billion dlrs in March.\n"
	"    The ministry expects a surplus of 900 billion yen. It will spend\n"
	"400 yen per head on the plan.\n";

static void test_quote11_rate_after_a_sentence_on_the_dollar(void **state)
{
	struct claim cl;

	(void)state;
	cl = get(story, "1990-04-02", "145 yen");
	assert_string_equal(cl.reporter, "");
	/* an amount with a scale is no rate, nor is one in a paragraph with no
	 * currency's moves */
	cl = get(story, "1990-04-02", "21 billion dlrs");
	assert_string_equal(cl.reporter, "JP");
	cl = get(story, "1990-04-02", "900 billion yen");
	assert_string_equal(cl.reporter, "JP");
}

/* A dealer's bid and offer with a hyphen, the offer's decimals again
 * ("145.90-95 yen"), is one quote, their midpoint; "1.5-2 pct" stays a
 * range (range.c). */
static void test_quote11_bid_offer_with_a_hyphen(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("The dollar closed at 145.90-95 yen in Tokyo.", "1987-04-01", "145.90-95 yen");
	assert_true(cl.value > 145.924 && cl.value < 145.926);
	assert_string_equal(cl.unit, "JPY");
	cl = get("Growth will be 1.5-2 pct this year.", "1987-04-01", "1.5-2 pct");
	assert_true(cl.value > 1.749 && cl.value < 1.751);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quote11_rate_after_a_sentence_on_the_dollar),
		cmocka_unit_test(test_quote11_bid_offer_with_a_hyphen),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
