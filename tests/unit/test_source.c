/*
 * test_source.c - a claim's source (parse/source.c, issue 16): the agency
 * or organisation a figure is attributed to, from its sentence, else its
 * paragraph, else the story lead; known agencies by their short name
 * (data/lexicon/sources.tsv), others as written, bounded and cleaned; blank
 * when none is named. Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

#define DATE "1987-04-29"

static const char *src_of(const char *s, const char *mention)
{
	static char out[SOURCE_MAX];
	struct claim cl = get(s, DATE, mention);

	memcpy(out, cl.source, sizeof(out));
	return out;
}

/* "X said", "according to X", "X figures show", "X's statistics", "said X",
 * in the figure's own sentence. */
static void test_source_sentence_forms(void **state)
{
	(void)state;
	assert_string_equal(src_of("BANGKOK, April 29 - Exports rose to 63.2 billion baht in the "
				   "first quarter, the Bank of Thailand said.\n", "63.2 billion baht"),
			    "Bank of Thailand");
	assert_string_equal(src_of("TOKYO, April 29 - According to the Ministry of International "
				   "Trade and Industry, exports fell 3.1 pct in March.\n", "3.1 pct"),
			    "MITI");
	assert_string_equal(src_of("BONN, April 29 - Federal Statistics Office figures show exports "
				   "of 41.2 billion marks in March.\n", "41.2 billion marks"),
			    "Statistics Office");
	assert_string_equal(src_of("WASHINGTON, April 29 - The Census Bureau's statistics put "
				   "imports at 32.1 billion dlrs in March.\n", "32.1 billion dlrs"),
			    "Census Bureau");
	assert_string_equal(src_of("SEOUL, April 29 - Exports rose 12 pct in March, said the "
				   "Trade Ministry.\n", "12 pct"), "Trade Ministry");
	assert_string_equal(src_of("PEKING, April 29 - Imports were 3.4 billion dlrs in March, "
				   "customs figures show.\n", "3.4 billion dlrs"), "customs");
	/* the longest tail the lexicon knows: "U.S. Commerce Department" */
	assert_string_equal(src_of("WASHINGTON, April 29 - The U.S. Commerce Department reported "
				   "a deficit of 15.1 billion dlrs in March.\n", "15.1 billion dlrs"),
			    "Commerce Department");
}

/* A sentence with no attribution takes its paragraph's, else the lead's;
 * a pronoun or a person is no source. */
static void test_source_paragraph_then_lead(void **state)
{
	static const char s[] =
		"date: 1987-04-29\nTHAI EXPORTS RISE\n\n"
		"BANGKOK, April 29 - Thailand's economy grew 4.5 pct last year, the Bank\n"
		"of Thailand said.\n"
		"    He said imports rose to 70.7 billion baht in the first quarter.\n"
		"    First quarter exports increased to 63.2 billion baht.\n"
		"    The Kasikorn Research Institute said rice exports were 9.5 billion\n"
		"baht. Rubber exports were 2.2 billion baht.\n";

	(void)state;
	assert_string_equal(src_of(s, "70.7 billion baht"), "Bank of Thailand");	/* lead */
	assert_string_equal(src_of(s, "63.2 billion baht"), "Bank of Thailand");	/* lead */
	assert_string_equal(src_of(s, "9.5 billion\nbaht"), "Kasikorn Research Institute");
	assert_string_equal(src_of(s, "2.2 billion baht"), "Kasikorn Research Institute"); /* paragraph */
}

/* "The department said": the department the story named before, by its
 * short name; a bare head word with none named before is no source. */
static void test_source_the_department(void **state)
{
	static const char s[] =
		"date: 1987-04-08\nTHAI DEFICIT\n\n"
		"BANGKOK, April 8 - Thailand's trade deficit widened to 4.5 billion baht,\n"
		"the Business Economics Department said.\n"
		"    The department said first quarter exports expanded to 60.6\n"
		"billion baht.\n";
	static const char bare[] =
		"date: 1987-04-08\nTRADE\n\n"
		"Exports rose to 2.2 billion dlrs, the ministry said.\n";

	(void)state;
	assert_string_equal(src_of(s, "60.6\nbillion baht"), "Commerce Ministry");
	assert_string_equal(src_of(s, "4.5 billion baht"), "Commerce Ministry");
	assert_string_equal(src_of(bare, "2.2 billion dlrs"), "");
}

/* None named: blank. Officials, analysts and persons are no organisation;
 * a person's title ends the organisation's name; a bracketed abbreviation
 * is no part of it. */
static void test_source_none_and_people(void **state)
{
	(void)state;
	assert_string_equal(src_of("Exports rose 5 pct to 12.1 billion dlrs in March.\n",
				   "12.1 billion dlrs"), "");
	assert_string_equal(src_of("Exports rose to 12.1 billion dlrs in March, analysts said.\n",
				   "12.1 billion dlrs"), "");
	assert_string_equal(src_of("Exports rose to 12.1 billion dlrs in March, Siri Karn said.\n",
				   "12.1 billion dlrs"), "");
	assert_string_equal(src_of("LONDON, April 29 - Imports were 8.1 billion stg, Bank of "
				   "England Governor Robin Leigh said.\n", "8.1 billion stg"),
			    "Bank of England");
	assert_string_equal(src_of("LONDON, April 29 - Exports were 1.2 mln tonnes, the Home Grown "
				   "Cereals Authority (HGCA) said.\n", "1.2 mln tonnes"),
			    "Home Grown Cereals Authority");
}

/* Article text is hostile: control bytes are dropped and a long name is
 * cut at a word to fit, never inside a UTF-8 sequence. */
static void test_source_hostile_text(void **state)
{
	static const char ctl[] = "Exports were 3.1 billion dlrs, the Acme\x01\x7f Trading Board said.\n";
	static const char longname[] =
		"Exports were 3.1 billion dlrs, the Grand Consolidated Amalgamated Federated "
		"Universal Intercontinental \xc3\x89xport Board said.\n";
	const char *v;

	(void)state;
	assert_string_equal(src_of(ctl, "3.1 billion dlrs"), "Acme Trading Board");
	v = src_of(longname, "3.1 billion dlrs");
	assert_true(strlen(v) > 0 && strlen(v) < SOURCE_MAX);
	assert_string_equal(v, "Grand Consolidated Amalgamated Federated");
	for (const char *p = v; *p; p++)
		assert_true((unsigned char)*p >= 0x20 && *p != 0x7f);
	/* one word longer than the bound, of two-byte letters: cut between them */
	char one[200] = "Exports were 3.1 billion dlrs, the ";
	for (int i = 0; i < 30; i++)
		strcat(one, "\xc3\x89");
	strcat(one, " Board said.\n");
	v = src_of(one, "3.1 billion dlrs");
	assert_int_equal(strlen(v), 46);
	for (size_t i = 0; i < 46; i += 2)
		assert_memory_equal(v + i, "\xc3\x89", 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_source_sentence_forms),
		cmocka_unit_test(test_source_paragraph_then_lead),
		cmocka_unit_test(test_source_the_department),
		cmocka_unit_test(test_source_none_and_people),
		cmocka_unit_test(test_source_hostile_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
