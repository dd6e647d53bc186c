/*
 * test_gram_parts.c - parse_doc_part: a long article parsed part by part,
 * each part's claims dropped before the next (as extract writes them), gives
 * parse_doc's claims, with pair indexes inside their part.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* Every field of a claim equal but pair (compared by the caller). */
static void same_claim(const struct claim *a, const struct claim *b)
{
	assert_int_equal(b->start, a->start);
	assert_int_equal(b->end, a->end);
	assert_int_equal(b->sent_start, a->sent_start);
	assert_int_equal(b->sent_end, a->sent_end);
	assert_int_equal(b->kind, a->kind);
	assert_memory_equal(&b->value, &a->value, sizeof(double));
	assert_memory_equal(&b->precision, &a->precision, sizeof(double));
	assert_string_equal(b->unit, a->unit);
	assert_string_equal(b->per, a->per);
	assert_string_equal(b->approx, a->approx);
	assert_string_equal(b->direction, a->direction);
	assert_int_equal(b->measure, a->measure);
	assert_string_equal(b->period, a->period);
	assert_string_equal(b->flow, a->flow);
	assert_string_equal(b->reporter, a->reporter);
	assert_string_equal(b->partner, a->partner);
	assert_string_equal(b->commodity, a->commodity);
	assert_int_equal(b->reporter_src, a->reporter_src);
	assert_int_equal(b->partner_src, a->partner_src);
	assert_int_equal(b->flow_src, a->flow_src);
	assert_int_equal(b->period_src, a->period_src);
}

/* About 1.6 MB: paragraphs with paired currencies, then one paragraph of
 * 400 KB without a break (cut in a stretch of words), then paragraphs. */
static char *long_article(size_t *len)
{
	struct buf b = BUF_INIT;

	for (int i = 0; i < 6000; i++)
		buf_addf(&b, "China's imports from Russia rose %d%% to 5 billion yuan ($%d million) "
			 "in August %d.\n\n", i % 40 + 1, 100 + i % 900, 1990 + i % 30);
	for (int i = 0; i < 5000; i++)
		buf_addf(&b, "Exports fell %d.%d pct to %d mln dlrs in the quarter, the ministry "
			 "said in a statement on the matter. ", i % 9 + 1, i % 10, 10 + i % 500);
	buf_adds(&b, "\n\n");
	for (int i = 0; i < 6000; i++)
		buf_addf(&b, "Japan's trade surplus widened to %d billion dlrs ($%d.%d billion) "
			 "last year.\n\n", 10 + i % 80, 10 + i % 80, i % 10);
	return buf_detach(&b, len);
}

static void test_parts_give_parse_docs_claims(void **state)
{
	struct doc d;
	struct claims whole, part;
	size_t len, k = 0, parts = 0, pairs_late = 0;
	char *s = long_article(&len);

	(void)state;
	doc_init(&d, "long", s, len, "2023-09-20");
	claims_init(&whole);
	claims_init(&part);
	parse_doc(&d, &whole);
	assert_true(whole.n > 20000);
	for (size_t off = 0; off < d.len; parts++) {
		size_t next = parse_doc_part(&d, off, &part);

		assert_true(next > off && next <= d.len);
		off = next;
		for (size_t i = 0; i < part.n; i++, k++) {
			assert_true(k < whole.n);
			same_claim(&whole.v[k], &part.v[i]);
			if (whole.v[k].pair < 0) {
				assert_int_equal(part.v[i].pair, -1);
				continue;
			}
			/* the same partner, as an index among this part's claims */
			assert_true(part.v[i].pair >= 0 && (size_t)part.v[i].pair < part.n);
			assert_int_equal(whole.v[k].pair - (long)k, part.v[i].pair - (long)i);
			pairs_late += parts > 0;
		}
		part.n = 0;
	}
	assert_int_equal(k, whole.n);
	assert_true(parts >= 4);
	assert_true(pairs_late > 1000);
	/* Past the end: nothing more, and it says so. */
	assert_int_equal(parse_doc_part(&d, d.len, &part), d.len);
	assert_int_equal(part.n, 0);
	claims_release(&part);
	claims_release(&whole);
	doc_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parts_give_parse_docs_claims),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
