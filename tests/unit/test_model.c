/*
 * test_model.c - the model's vocabularies: DESIGN's measure list, names that
 * round-trip, and a zeroed claim that prints empty qualifiers.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "base/base.h"
#include "model/model.h"

static void test_model_measures_are_designs_list_in_order(void **state)
{
	static const char *const design[] = {
		"level", "balance", "change", "change_yoy", "change_mom", "change_qoq", "share",
		"price", "target", "forecast", "investment", "capacity",
	};

	(void)state;
	assert_int_equal(MEASURE_COUNT, ARRAY_SIZE(design) + 1);
	assert_string_equal(measure_name(MEASURE_NONE), "");
	for (size_t i = 0; i < ARRAY_SIZE(design); i++) {
		assert_string_equal(measure_name((enum measure)(i + 1)), design[i]);
		assert_int_equal(measure_parse(design[i]), i + 1);
	}
}

static void test_model_unknown_measure_name_is_none(void **state)
{
	(void)state;
	assert_int_equal(measure_parse(""), MEASURE_NONE);
	assert_int_equal(measure_parse(NULL), MEASURE_NONE);
	assert_int_equal(measure_parse("ytd"), MEASURE_NONE);	/* a series measure */
	assert_int_equal(measure_parse("Level"), MEASURE_NONE);
}

static void test_model_changes_are_the_four_change_measures(void **state)
{
	int n = 0;

	(void)state;
	for (unsigned m = 0; m < MEASURE_COUNT; m++)
		if (measure_is_change((enum measure)m)) {
			assert_memory_equal(measure_name((enum measure)m), "change", 6);
			n++;
		}
	assert_int_equal(n, 4);
}

static void test_model_zeroed_claim_has_empty_qualifiers(void **state)
{
	struct claim c;

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_string_equal(measure_name(c.measure), "");
	assert_string_equal(adjustment_name(c.adjustment), "");
	assert_string_equal(price_basis_name(c.price), "");
	assert_string_equal(rate_basis_name(c.basis), "");
	assert_string_equal(claim_status_name(c.status), "");
	assert_string_equal(field_source_name(c.reporter_src), "");
	assert_string_equal(adjustment_name(ADJ_SA), "sa");
	assert_string_equal(adjustment_name(ADJ_NSA), "nsa");
	assert_string_equal(price_basis_name(PRICE_NOMINAL), "nominal");
	assert_string_equal(rate_basis_name(BASIS_AVG3M), "avg3m");
	assert_string_equal(claim_status_name(STATUS_PREVIOUS), "previous");
	assert_string_equal(field_source_name(SOURCE_INFERRED), "inferred");
}

/* An observation carries its series: each field by name is the same one as
 * in o.of, whichever was written (model.h invariant 4). */
static void test_model_observation_fields_are_its_series(void **state)
{
	struct series s = { .id = 7, .code = "IMPCH", .unit = "USD", .reporter = "US",
			    .partner = "CN", .flow = "import", .freq = "M", .aggregation = "sum" };
	struct observation o = { .id = 1, .vintage = 2, .of = s, .period = "2023-08",
				 .value = 1.5, .path = "impch.csv", .line = 3 };
	struct observation p = { .series_id = 9, .series = "X", .unit = "%", .period = "2023" };

	(void)state;
	assert_int_equal(o.series_id, 7);
	assert_string_equal(o.series, "IMPCH");
	assert_string_equal(o.unit, "USD");
	assert_string_equal(o.partner, "CN");
	assert_string_equal(o.aggregation, "sum");
	assert_null(o.title);
	assert_string_equal(o.period, "2023-08");
	assert_int_equal(p.of.id, 9);
	assert_string_equal(p.of.code, "X");
	assert_string_equal(p.of.unit, "%");
	assert_null(p.of.reporter);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_model_measures_are_designs_list_in_order),
		cmocka_unit_test(test_model_unknown_measure_name_is_none),
		cmocka_unit_test(test_model_changes_are_the_four_change_measures),
		cmocka_unit_test(test_model_zeroed_claim_has_empty_qualifiers),
		cmocka_unit_test(test_model_observation_fields_are_its_series),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
