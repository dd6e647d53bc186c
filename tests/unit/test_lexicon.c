/*
 * test_lexicon.c - the generated lexicon (src/lexicon/): one lookup gives
 * every class of a word and its payloads, case folded for common words and
 * exact for names and codes; the lexer stores what it found on the token.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "lexicon/lexicon.h"
#include "lexicon_words.h"
#include "parse/parse.h"

/* The classes of the literal word w as written, and its entry in *e. */
static uint64_t cls_of(const char *w, const struct lex_entry **e)
{
	uint64_t c = 0;

	*e = lexicon_word(w, strlen(w), &c);
	return c;
}

static void test_lexicon_month_and_abbreviation(void **state)
{
	const struct lex_entry *e;

	(void)state;
	assert_true(cls_of("August", &e) & CLS_MONTH);
	assert_int_equal(e->num, 8);
	assert_true(cls_of("Aug", &e) & CLS_MONTH);
	assert_int_equal(e->num, 8);
	assert_true(cls_of("Sept", &e) & CLS_MONTH);
	assert_int_equal(e->num, 9);
	/* "Augu" is no abbreviation: only three letters, and "Sept". */
	assert_false(cls_of("Augu", &e) & CLS_MONTH);
}

static void test_lexicon_number_words(void **state)
{
	const struct lex_entry *e;

	(void)state;
	assert_true(cls_of("seventeen", &e) & CLS_NUMBER);
	assert_int_equal(e->num, 17);
	assert_true(cls_of("Twenty-Five", &e) & CLS_NUMBER);	/* generated compound */
	assert_int_equal(e->num, 25);
	assert_false(cls_of("twenty-ten", &e) & CLS_NUMBER);
	assert_true(cls_of("mln", &e) & CLS_SCALE);
	assert_true(e->scale == 1e6);
	assert_true(cls_of("crore", &e) & CLS_SCALE);
	assert_true(e->scale == 1e7);
}

static void test_lexicon_country_by_name_adjective_and_code(void **state)
{
	const struct lex_entry *e;

	(void)state;
	assert_true(cls_of("China", &e) & CLS_COUNTRY);
	assert_string_equal(e->country, "CN");
	assert_true(cls_of("Chinese", &e) & CLS_COUNTRY);	/* supplement: adjective */
	assert_string_equal(e->country, "CN");
	assert_true(cls_of("Beijing", &e) & CLS_COUNTRY);	/* supplement: capital */
	assert_string_equal(e->country, "CN");
	/* ISO 3166-1 from iso-codes: alpha-2, alpha-3 and a one-word name. */
	assert_true(cls_of("DE", &e) & CLS_ISO2);
	assert_string_equal(e->country, "DE");
	assert_true(cls_of("DEU", &e) & CLS_ISO3);
	assert_string_equal(e->country, "DE");
	assert_true(cls_of("Kenya", &e) & CLS_ISOCOUNTRY);
	assert_string_equal(e->country, "KE");
	/* A one-word ISO name is a country for the parser too (Tuvalu: no row
	 * of countries.tsv names it), but for those news writes for something
	 * else (countries.tsv's notcountry rows: Georgia, Jersey). */
	assert_true(cls_of("Tuvalu", &e) & CLS_COUNTRY);
	assert_string_equal(e->country, "TV");
	assert_true(cls_of("Georgia", &e) & CLS_ISOCOUNTRY);
	assert_false(cls_of("Georgia", &e) & CLS_COUNTRY);
	assert_false(cls_of("Jersey", &e) & CLS_COUNTRY);
	assert_true(cls_of("WORLD", &e) & CLS_ISO2);	/* the aggregates of the supplement */
	assert_true(cls_of("EU", &e) & CLS_ISO2);
	assert_true(cls_of("Eurostat", &e) & CLS_AGENCY);
	assert_string_equal(e->country, "EU");
}

static void test_lexicon_currency_by_code_and_word(void **state)
{
	const struct lex_entry *e;
	uint64_t c;

	(void)state;
	c = cls_of("USD", &e);
	assert_true(c & CLS_CURCODE);
	assert_true(c & CLS_ISO4217);
	assert_string_equal(e->cur, "USD");
	assert_true(cls_of("MAD", &e) & CLS_ISO4217);	/* from iso-codes only */
	assert_false(cls_of("MAD", &e) & CLS_CURCODE);	/* a word: the parser does not take it */
	assert_true(cls_of("KES", &e) & CLS_CURCODE);	/* words9: releases write it */
	assert_true(cls_of("dlrs", &e) & CLS_CURNAME);
	assert_string_equal(e->cur, "USD");
	assert_true(cls_of("stg", &e) & CLS_CURNAME);
	assert_string_equal(e->cur, "GBP");
	assert_true(cls_of("cents", &e) & CLS_CURNAME);
	assert_true(e->cur_factor == 0.01);
	assert_true(cls_of("\xe2\x82\xac", &e) & CLS_CURSIGN);	/* € */
	assert_string_equal(e->cur, "EUR");
	assert_true(cls_of("Swiss", &e) & CLS_CURADJ);
	assert_string_equal(e->adj_stem, "franc");
	assert_string_equal(e->adj_cur, "CHF");
}

static void test_lexicon_word_in_two_classes_gets_both(void **state)
{
	const struct lex_entry *e;
	uint64_t c;

	(void)state;
	/* "US": the parser's country, ISO alpha-2, a dollar prefix and (any
	 * case) a currency adjective, all in one lookup. */
	c = cls_of("US", &e);
	assert_true(c & CLS_COUNTRY);
	assert_true(c & CLS_ISO2);
	assert_true(c & CLS_DLRPREFIX);
	assert_true(c & CLS_CURADJ);
	assert_string_equal(e->country, "US");
	assert_string_equal(e->prefix_cur, "USD");
	assert_string_equal(e->adj_cur, "USD");
	/* "from": a base, an elision and a prior-value word. */
	c = cls_of("from", &e);
	assert_true((c & (CLS_BASEPREP | CLS_ELISION | CLS_PRIOR)) ==
		    (CLS_BASEPREP | CLS_ELISION | CLS_PRIOR));
	/* "Mar" a month, "MAR" Morocco: two spellings of one key. */
	assert_true(cls_of("Mar", &e) & CLS_MONTH);
	assert_false(cls_of("Mar", &e) & CLS_ISO3);
	assert_true(cls_of("MAR", &e) & CLS_ISO3);
	assert_false(cls_of("MAR", &e) & CLS_MONTH);
	assert_string_equal(e->country, "MA");
}

static void test_lexicon_unknown_word_has_no_class(void **state)
{
	const struct lex_entry *e;
	char longw[LEX_MAX + 2];

	(void)state;
	assert_int_equal(cls_of("zzyzx", &e), 0);
	assert_null(e);
	assert_int_equal(cls_of("", &e), 0);
	assert_null(e);
	memset(longw, 'a', sizeof(longw) - 1);
	longw[sizeof(longw) - 1] = '\0';
	assert_int_equal(cls_of(longw, &e), 0);
	assert_null(lexicon_word(NULL, 3, NULL));
}

static void test_lexicon_case_folding(void **state)
{
	const struct lex_entry *e, *e2;

	(void)state;
	/* Common words in any case: a wire title is upper case. */
	assert_true(cls_of("ROSE", &e) & CLS_UP);
	assert_true(cls_of("Billion", &e) & CLS_SCALE);
	assert_true(cls_of("usd", &e) & CLS_CURCODEANY);
	/* Names and codes only as written. */
	assert_false(cls_of("usd", &e) & CLS_CURCODE);
	assert_false(cls_of("CHINA", &e) & CLS_COUNTRY);
	assert_false(cls_of("may", &e) & CLS_MONTH);
	assert_false(cls_of("MAY", &e) & CLS_MONTH);
	assert_false(cls_of("us", &e) & CLS_COUNTRY);
	assert_true(cls_of("us", &e) & CLS_CURADJ);
	/* One entry per folded key; W_ constants index it. */
	cls_of("Imports", &e);
	cls_of("IMPORTS", &e2);
	assert_ptr_equal(e, e2);
	assert_ptr_equal(e, &lexicon_entries[W_IMPORTS]);
	assert_int_equal(lexicon_entries[0].any, 0);	/* entry 0: no word */
	assert_null(lexicon_entries[0].country);
	assert_true(e->any & CLS_FLOWIMP);
}

/* The lexer looks each word and sign up once and keeps the result. */
static void test_lexicon_on_tokens(void **state)
{
	static const char text[] = "China's rose $ CHINA'S";
	struct token t;
	size_t off = 0;

	(void)state;
	off = lex_next(text, sizeof(text) - 1, off, &t);
	assert_int_equal(t.kind, TOK_WORD);
	assert_true(t.cls & CLS_COUNTRY);	/* a possessive: its stem's country */
	assert_string_equal(lexicon_entries[t.stem].country, "CN");
	assert_int_equal(t.lex, 0);	/* "china's" itself is no word of the lexicon */
	off = lex_next(text, sizeof(text) - 1, off, &t);
	assert_int_equal(t.lex, W_ROSE);
	assert_int_equal(t.stem, 0);
	assert_true(t.cls & CLS_UP);
	off = lex_next(text, sizeof(text) - 1, off, &t);
	assert_int_equal(t.kind, TOK_SYM);
	assert_true(t.cls & CLS_CURSIGN);
	assert_string_equal(lexicon_entries[t.lex].cur, "USD");
	lex_next(text, sizeof(text) - 1, off, &t);
	assert_false(t.cls & CLS_COUNTRY);	/* "'S" is not stripped, "CHINA" no name */
	assert_int_equal(t.stem, 0);
}

/* What import resolves (store/country.c) is in the same table: names of
 * several words, folded; numeric codes; agencies' codes. None is a word the
 * parser looks up, and none changes the classes of one it does. */
static const struct lex_entry *name_entry(const char *name)
{
	char key[96];
	size_t n = lexicon_fold_name(name, strlen(name), key, sizeof(key));

	return n ? lexicon_find_folded(key, n) : NULL;
}

static void test_lexicon_country_names_of_several_words(void **state)
{
	const struct lex_entry *e;

	(void)state;
	assert_non_null(e = name_entry("Russian Federation"));	/* ISO name */
	assert_true(e->any & CLS_COUNTRYNAME);
	assert_string_equal(e->country, "RU");
	assert_string_equal(e->name, "Russian Federation");
	assert_non_null(e = name_entry("United Kingdom of Great Britain and Northern Ireland"));
	assert_string_equal(e->country, "GB");	/* official name: longer than LEX_MAX */
	assert_non_null(e = name_entry("the  U.K."));	/* country_names.tsv, folded */
	assert_string_equal(e->country, "GB");
	/* Before: only import's table knew these; the parser's had no such word. */
	assert_non_null(e = name_entry("Holland"));
	assert_string_equal(e->country, "NL");
	assert_non_null(e = name_entry("China, Hong Kong SAR"));
	assert_string_equal(e->country, "HK");
	/* Before: only the parser's (countries.tsv, context.c) knew these. */
	assert_non_null(e = name_entry("EEC"));
	assert_true(e->any & CLS_COUNTRYNAME);
	assert_string_equal(e->country, "EU");
	assert_non_null(e = name_entry("euro zone"));
	assert_string_equal(e->country, "EA");
	/* A parser word that is no name: "Beijing" is a country for the parser,
	 * not a name import accepts. */
	assert_non_null(e = name_entry("Beijing"));
	assert_false(lexicon_classes(e) & CLS_COUNTRYNAME);
	assert_true(e->exact[0].cls & CLS_COUNTRY);
}

static void test_lexicon_country_codes_numeric_and_agencies(void **state)
{
	const struct lex_entry *e;

	(void)state;
	assert_non_null(e = lexicon_find_folded("156", 3));	/* ISO 3166-1 numeric */
	assert_true(e->any & CLS_M49);
	assert_string_equal(e->country, "CN");
	assert_non_null(e = lexicon_find_folded("842", 3));	/* Comtrade's USA */
	assert_string_equal(e->country, "US");
	assert_non_null(e = lexicon_find_folded("eu27_2020", 9));
	assert_true(e->any & CLS_COUNTRYCODE);
	assert_string_equal(e->country, "EU");
	/* Alpha-3 stays exact for the parser ("MAR" Morocco, "Mar" a month);
	 * lexicon_classes() gives every spelling's classes to import. */
	assert_non_null(e = lexicon_word("mar", 3, NULL));
	assert_true(lexicon_classes(e) & CLS_ISO3);
	assert_true(lexicon_classes(e) & CLS_MONTH);
	assert_false(cls_of("mar", &e) & CLS_ISO3);
	/* The parser's classes of a word stay what they were: "China" as
	 * written is a country, and also a name import accepts. */
	assert_true(cls_of("China", &e) & CLS_COUNTRY);
	assert_true(cls_of("China", &e) & CLS_COUNTRYNAME);
	assert_false(cls_of("china", &e) & CLS_COUNTRY);
}

static void test_lexicon_fold_name(void **state)
{
	char out[16];

	(void)state;
	assert_int_equal(lexicon_fold_name(" The  U.S.A. ", 13, out, sizeof(out)), 3);
	assert_string_equal(out, "usa");
	assert_int_equal(lexicon_fold_name("Viet\tNam", 8, out, sizeof(out)), 8);
	assert_string_equal(out, "viet nam");
	assert_int_equal(lexicon_fold_name("the", 3, out, sizeof(out)), 3);	/* no name after it */
	assert_int_equal(lexicon_fold_name("...", 3, out, sizeof(out)), 0);
	assert_int_equal(lexicon_fold_name("Republic of Nowhere", 19, out, sizeof(out)), 0);
	assert_string_equal(out, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lexicon_month_and_abbreviation),
		cmocka_unit_test(test_lexicon_number_words),
		cmocka_unit_test(test_lexicon_country_by_name_adjective_and_code),
		cmocka_unit_test(test_lexicon_currency_by_code_and_word),
		cmocka_unit_test(test_lexicon_word_in_two_classes_gets_both),
		cmocka_unit_test(test_lexicon_unknown_word_has_no_class),
		cmocka_unit_test(test_lexicon_case_folding),
		cmocka_unit_test(test_lexicon_on_tokens),
		cmocka_unit_test(test_lexicon_country_names_of_several_words),
		cmocka_unit_test(test_lexicon_country_codes_numeric_and_agencies),
		cmocka_unit_test(test_lexicon_fold_name),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
