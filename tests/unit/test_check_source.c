/*
 * test_check_source.c - the agreement rule and a claim's source (issue 16):
 * two figures credited to two named agencies of the same reporter are two
 * compilations, at most info, naming both; the same agency on both sides, or
 * a source named on one side only, leaves the finding as it was.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_check_util.h"

/* Thailand's first-quarter exports, in baht, from two stories. */
static struct fact thai(int64_t id, const char *text, double bn, const char *source)
{
	struct fact f = money(id, id, id == 1 ? "a.txt" : "b.txt", text, bn * BN, 0.05 * BN);

	f.unit = "THB";
	f.flow = "export";
	f.reporter = "TH";
	f.partner = "WORLD";
	f.commodity = "";
	f.period = "1987-Q1";
	f.source = source;
	return f;
}

static const struct finding *run(struct fact *facts, struct collected *c)
{
	assert_int_equal(run_rule(&rule_agreement, facts, 2, NULL, 0, c), 0);
	assert_int_equal(c->n, 1);
	return &c->f[0];
}

static void test_two_agencies_are_two_compilations(void **state)
{
	struct fact facts[] = {
		thai(1, "60.6 billion baht", 60.6, "Commerce Ministry"),
		thai(2, "63.2 billion baht", 63.2, "Bank of Thailand"),
	};
	struct collected c = { 0 };
	const struct finding *f;

	(void)state;
	f = run(facts, &c);
	assert_int_equal(f->severity, SEV_INFO);
	assert_non_null(strstr(f->message, "two compilations: Bank of Thailand vs Commerce "
				"Ministry, two agencies of TH"));
	collected_release(&c);
}

/* The same agency (in any case), one side unnamed, NULL (a test's struct),
 * or two agencies of different reporters: the finding is what it was. */
static void test_same_agency_or_one_named_unchanged(void **state)
{
	const char *pairs[][2] = {
		{ "Commerce Ministry", "Commerce Ministry" },
		{ "Commerce Ministry", "commerce ministry" },
		{ "Commerce Ministry", "" },
		{ "", "Bank of Thailand" },
		{ NULL, "Bank of Thailand" },
	};
	struct collected base = { 0 };
	struct fact plain[] = {
		thai(1, "60.6 billion baht", 60.6, ""),
		thai(2, "63.2 billion baht", 63.2, ""),
	};
	enum severity want;

	(void)state;
	want = run(plain, &base)->severity;
	assert_true(want > SEV_INFO);
	for (size_t i = 0; i < ARRAY_SIZE(pairs); i++) {
		struct fact facts[] = {
			thai(1, "60.6 billion baht", 60.6, pairs[i][0]),
			thai(2, "63.2 billion baht", 63.2, pairs[i][1]),
		};
		struct collected c = { 0 };
		const struct finding *f = run(facts, &c);

		assert_int_equal(f->severity, want);
		assert_null(strstr(f->message, "two compilations"));
		collected_release(&c);
	}
	collected_release(&base);
}

/* A control byte in a name never reaches the message. */
static void test_message_has_no_control_bytes(void **state)
{
	struct fact facts[] = {
		thai(1, "60.6 billion baht", 60.6, "Acme\nBoard"),
		thai(2, "63.2 billion baht", 63.2, "Bank of Thailand"),
	};
	struct collected c = { 0 };
	const struct finding *f;

	(void)state;
	f = run(facts, &c);
	assert_int_equal(f->severity, SEV_INFO);
	assert_non_null(strstr(f->message, "two compilations: Bank of Thailand vs Acme Board"));
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_agencies_are_two_compilations),
		cmocka_unit_test(test_same_agency_or_one_named_unchanged),
		cmocka_unit_test(test_message_has_no_control_bytes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
