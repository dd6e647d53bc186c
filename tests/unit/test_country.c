/*
 * test_country.c - countries by ISO and agency codes and by name, into
 * ISO 3166-1 alpha-2, and the closest names for an unknown one
 * (country.c over the lexicon, generated from Debian's iso-codes and
 * data/lexicon/country_names.tsv).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "store/importfmt.h"

static const char *code(const char *s)
{
	static char out[COUNTRY_MAX];

	return country_from_code(s, strlen(s), out) == 0 ? out : "-";
}

static const char *name(const char *s)
{
	static char out[COUNTRY_MAX];

	return country_from_name(s, strlen(s), out) == 0 ? out : "-";
}

static const char *resolve(const char *s)
{
	static char out[COUNTRY_MAX];

	return country_resolve(s, strlen(s), out) == 0 ? out : "-";
}

static void test_country_codes_iso2_iso3_and_numeric(void **state)
{
	(void)state;
	assert_string_equal(code("CN"), "CN");
	assert_string_equal(code("cn"), "CN");
	assert_string_equal(code("CHN"), "CN");
	assert_string_equal(code("RUS"), "RU");
	assert_string_equal(code("156"), "CN");
	assert_string_equal(code("643"), "RU");
	assert_string_equal(code("068"), "BO");	/* leading zeros as ISO writes them */
	assert_string_equal(code("68"), "BO");	/* and as Comtrade's reporterCode does */
	assert_string_equal(code(" DEU "), "DE");
	assert_string_equal(code("XX"), "-");
	assert_string_equal(code("ZZZ"), "-");
	assert_string_equal(code("999"), "-");
	assert_string_equal(code("1560"), "-");
	assert_string_equal(code(""), "-");
}

static void test_country_codes_of_agencies(void **state)
{
	(void)state;
	/* UN Comtrade: M49 reporter codes that differ from ISO numeric, and World */
	assert_string_equal(code("842"), "US");
	assert_string_equal(code("840"), "US");
	assert_string_equal(code("251"), "FR");
	assert_string_equal(code("699"), "IN");
	assert_string_equal(code("0"), "WORLD");
	assert_string_equal(code("W00"), "WORLD");
	/* Eurostat: EL is Greece, UK the United Kingdom; the aggregates */
	assert_string_equal(code("EL"), "GR");
	assert_string_equal(code("UK"), "GB");
	assert_string_equal(code("EU27_2020"), "EU");
	assert_string_equal(code("EA20"), "EA");
}

static void test_country_names_iso_official_common_and_news(void **state)
{
	(void)state;
	assert_string_equal(name("China"), "CN");
	assert_string_equal(name("Russian Federation"), "RU");
	assert_string_equal(name("Russia"), "RU");
	assert_string_equal(name("United States"), "US");
	assert_string_equal(name("United States of America"), "US");
	assert_string_equal(name("U.S."), "US");
	assert_string_equal(name("u.s."), "US");
	assert_string_equal(name("Viet Nam"), "VN");
	assert_string_equal(name("Vietnam"), "VN");
	assert_string_equal(name("People's Republic of China"), "CN");
	assert_string_equal(name("the  Netherlands"), "NL");
	assert_string_equal(name("Korea, Republic of"), "KR");
	assert_string_equal(name("South Korea"), "KR");
	assert_string_equal(name("Rep. of Korea"), "KR");
	assert_string_equal(name("Türkiye"), "TR");
	assert_string_equal(name("Turkey"), "TR");
	assert_string_equal(name("World"), "WORLD");
	assert_string_equal(name("Chine"), "-");
	assert_string_equal(name(""), "-");
	assert_string_equal(name("the"), "-");
}

static void test_country_resolve_takes_codes_then_names(void **state)
{
	(void)state;
	assert_string_equal(resolve("China"), "CN");
	assert_string_equal(resolve("Russian Federation"), "RU");
	assert_string_equal(resolve("U.S."), "US");
	assert_string_equal(resolve("United States"), "US");
	assert_string_equal(resolve("CHN"), "CN");
	assert_string_equal(resolve("156"), "CN");
	assert_string_equal(resolve("USA"), "US");
	assert_string_equal(resolve("UK"), "GB");
	assert_string_equal(resolve("Atlantis"), "-");
}

static void test_country_suggests_the_closest_names(void **state)
{
	struct buf out = BUF_INIT;

	(void)state;
	assert_true(country_suggest("Rusia", 5, &out) >= 1);
	assert_non_null(strstr(out.s, "'Russia'"));
	buf_reset(&out);
	assert_true(country_suggest("Chine", 5, &out) >= 1);
	/* one edit from both: ties keep the table's order */
	assert_string_equal(out.s, "'Chile', 'China'");
	buf_reset(&out);
	assert_true(country_suggest("Untied States", 13, &out) >= 1);
	assert_true(strncmp(out.s, "'United States'", 15) == 0);
	buf_reset(&out);
	assert_int_equal(country_suggest("Xqzwvkjh Plmn", 13, &out), 0);
	assert_int_equal(out.len, 0);
	assert_true(country_suggest("Germny", 6, &out) <= 3);
	assert_non_null(strstr(out.s, "'Germany'"));
	buf_release(&out);
}

static void test_country_unknown_says_what_was_meant(void **state)
{
	char why[FMT_WHY];

	(void)state;
	country_unknown("Chine", 5, why);
	assert_string_equal(why, "unknown country 'Chine' (did you mean 'Chile', 'China'?)");
	country_unknown("Xqzwvkjh Plmn", 13, why);
	assert_string_equal(why, "unknown country 'Xqzwvkjh Plmn' (give a name or an ISO 3166 "
			    "code: CN, CHN, 156)");
}

/* One table since issue 15: names only the parser's lexicon knew resolve,
 * and parser words that are no names (adjectives, capitals) do not. */
static void test_country_names_the_parser_knew(void **state)
{
	(void)state;
	assert_string_equal(name("EEC"), "EU");
	assert_string_equal(name("European Community"), "EU");
	assert_string_equal(name("Euro zone"), "EA");
	assert_string_equal(name("Emirates"), "AE");
	assert_string_equal(resolve("eec"), "EU");
	assert_string_equal(name("Chinese"), "-");
	assert_string_equal(name("Beijing"), "-");
	assert_string_equal(name("Kremlin"), "-");
	assert_string_equal(code("China"), "-");	/* a name is no code */
	assert_string_equal(code("mar"), "MA");	/* "Mar" is a month for the parser */
}

static void test_country_suggests_names_of_both_tables(void **state)
{
	struct buf out = BUF_INIT;

	(void)state;
	assert_true(country_suggest("Holand", 6, &out) >= 1);	/* import's alias */
	assert_non_null(strstr(out.s, "'Holland'"));
	buf_reset(&out);
	assert_true(country_suggest("Europaen Community", 18, &out) >= 1);	/* the parser's */
	assert_true(strncmp(out.s, "'European Community'", 20) == 0);
	buf_reset(&out);
	/* an official name of more than LEX_MAX bytes, one edit away */
	assert_true(country_suggest("United Kingdom of Great Britain and Northern Irland", 51,
				    &out) >= 1);
	assert_true(strncmp(out.s, "'United Kingdom of Great Britain and Northern Ireland'", 54) == 0);
	buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_country_codes_iso2_iso3_and_numeric),
		cmocka_unit_test(test_country_codes_of_agencies),
		cmocka_unit_test(test_country_names_iso_official_common_and_news),
		cmocka_unit_test(test_country_resolve_takes_codes_then_names),
		cmocka_unit_test(test_country_suggests_the_closest_names),
		cmocka_unit_test(test_country_unknown_says_what_was_meant),
		cmocka_unit_test(test_country_names_the_parser_knew),
		cmocka_unit_test(test_country_suggests_names_of_both_tables),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
