/*
 * test_badinput.c - issue 3's bad input through the whole parse stage:
 * invalid UTF-8, NUL bytes, CRLF line ends, an empty article and a 100 MB
 * article of one line (built here in memory, never committed). Nothing
 * crashes, and every offset is a byte offset into the bytes as given.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <time.h>

#include "parse_test_util.h"

/* Sanitizer builds run about ten times slower: a smaller big article. */
#if defined(__SANITIZE_ADDRESS__)
#define BIG_BYTES (16u << 20)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BIG_BYTES (16u << 20)
#endif
#endif
#ifndef BIG_BYTES
/* The largest article the commands hand the parser (ARTICLE_MAX, 32 MiB):
 * a 100 MB file is refused before parsing, by extract and ingest. */
#define BIG_BYTES (32u << 20)
#endif

/* Parses s[0..n) and checks every claim's offsets against the bytes. */
static void parse_mem(const char *s, size_t n, const char *date, struct doc *d, struct claims *c)
{
	doc_from_mem(d, s, n, date);
	claims_init(c);
	parse_doc(d, c);
	for (size_t i = 0; i < c->n; i++) {
		assert_true(c->v[i].start < c->v[i].end && c->v[i].end <= n);
		assert_true(c->v[i].sent_start <= c->v[i].start && c->v[i].end <= c->v[i].sent_end);
		assert_true(c->v[i].sent_end <= n);
	}
}

/* The claim whose mention starts at byte off, or fails. */
static const struct claim *at(const struct claims *c, size_t off)
{
	for (size_t i = 0; i < c->n; i++)
		if (c->v[i].start == off)
			return &c->v[i];
	fail_msg("no claim at byte %zu", off);
	return NULL;
}

static void test_badinput_invalid_utf8_keeps_byte_offsets(void **state)
{
	/* A Latin-1 "£" (0xa3), a cut sequence and a stray continuation byte. */
	static const char s[] = "\xa3 Exports \xe2\x82 rose 5% to \x80$3 billion in August.";
	struct doc d;
	struct claims c;
	const struct claim *cl;

	(void)state;
	parse_mem(s, sizeof(s) - 1, "2023-09-20", &d, &c);
	assert_int_equal(figures_count(&c), 2);
	cl = at(&c, 18);
	assert_memory_equal(d.buf + cl->start, "5%", 2);
	assert_string_equal(cl->period, "2023-08");
	cl = at(&c, 25);
	assert_int_equal(cl->end, 35);
	assert_true(num_eq(cl->value, 3e9));
	claims_release(&c);
	doc_release(&d);
}

static void test_badinput_nul_bytes_are_punctuation_not_ends(void **state)
{
	static const char s[] = "Exports\0 rose 5%\0 in August.\0\0 Imports of oil fell to 2 mln "
				"tonnes.";
	struct doc d;
	struct claims c;

	(void)state;
	parse_mem(s, sizeof(s) - 1, "2023-09-20", &d, &c);
	assert_int_equal(figures_count(&c), 2);
	assert_int_equal(at(&c, 14)->end, 16);
	/* The figure after the NULs is found at its byte offset. */
	assert_int_equal(at(&c, 54)->end, 66);
	assert_string_equal(at(&c, 54)->commodity, "oil");
	claims_release(&c);
	doc_release(&d);
}

static void test_badinput_crlf_reads_like_lf(void **state)
{
	static const char s[] = "China's exports to Russia rose 5% in August,\r\nofficials "
				"said.\r\n\r\nImports fell 3% in July.\r\n";
	struct doc d;
	struct claims c;
	const struct claim *cl;

	(void)state;
	parse_mem(s, sizeof(s) - 1, "2023-09-20", &d, &c);
	assert_int_equal(figures_count(&c), 2);
	cl = at(&c, 31);
	assert_string_equal(cl->period, "2023-08");
	assert_string_equal(cl->flow, "export");
	/* A wrapped line continues the sentence, which ends at its full stop. */
	assert_int_equal(cl->sent_start, 0);
	assert_int_equal(cl->sent_end, 61);
	/* A CRLF blank line is a paragraph break: no partner carried over
	 * (the flow is the sentence's own subject). */
	cl = at(&c, 78);
	assert_string_equal(cl->period, "2023-07");
	assert_string_equal(cl->flow, "import");
	assert_string_equal(cl->partner, "WORLD");
	claims_release(&c);
	doc_release(&d);
}

static void test_badinput_empty_and_blank_articles(void **state)
{
	struct doc d;
	struct claims c;

	(void)state;
	parse_mem("", 0, "2023-09-20", &d, &c);
	assert_int_equal(c.n, 0);
	claims_release(&c);
	doc_release(&d);
	parse_mem("\r\n\r\n \t\n", 7, NULL, &d, &c);
	assert_int_equal(c.n, 0);
	claims_release(&c);
	doc_release(&d);
}

/* One line of BIG_BYTES without a line feed: every figure found, offsets in
 * bounds, in linear time. */
static void test_badinput_a_100_mb_line_parses(void **state)
{
	static const char unit[] =
		"the value of oil imports rose to 425 mln stg from 352 mln in January while "
		"the department said that the underlying level of non-oil import volume seems "
		"to have stabilised \xff and that exports to the U.S. may be benefiting from "
		"fluctuations in the mark and yen exchange rates \x00 as officials had forecast ";
	const size_t u = sizeof(unit) - 1, reps = BIG_BYTES / u;
	char *s = xmalloc(reps * u + 1);
	struct doc d;
	struct claims c;
	clock_t t0 = clock();
	size_t last = 0;

	(void)state;
	for (size_t k = 0; k < reps; k++)
		memcpy(s + k * u, unit, u);
	doc_init(&d, "big", s, reps * u, "1987-03-26");
	claims_init(&c);
	parse_doc(&d, &c);
	/* Two money figures per repeat; months are not figures. */
	assert_true(figures_count(&c) >= 2 * reps - 2);
	for (size_t i = 0; i < c.n; i++) {
		assert_true(c.v[i].start >= last && c.v[i].end <= d.len);
		last = c.v[i].start;
	}
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 120);
	claims_release(&c);
	doc_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_badinput_invalid_utf8_keeps_byte_offsets),
		cmocka_unit_test(test_badinput_nul_bytes_are_punctuation_not_ends),
		cmocka_unit_test(test_badinput_crlf_reads_like_lf),
		cmocka_unit_test(test_badinput_empty_and_blank_articles),
		cmocka_unit_test(test_badinput_a_100_mb_line_parses),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
