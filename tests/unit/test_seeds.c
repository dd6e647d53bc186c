/*
 * test_seeds.c - the five seed articles of data/articles: the exact set of
 * money, quantity and percent claims of each, worked out by reading them
 * (the same figures and fields as tests/eval/seeds.gold.csv).
 * Runs from the repository root (paths are relative to it).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

/* One expected claim; NULL pair means none. Strings compare exactly. */
struct want {
	const char *text;
	enum claim_kind kind;
	double value, precision;
	const char *unit, *per, *approx, *direction, *measure, *period;
	const char *flow, *reporter, *partner, *commodity;
	const char *pair;	/* the mention of the linked figure */
};

#define IMP_CN_RU "import", "CN", "RU", "goods"
#define NO_SUBJ "", "", "", ""
#define SEAFOOD "", "", "", "seafood"

static void load(const char *path, const char *date, struct doc *d, struct claims *c)
{
	struct buf b = BUF_INIT;
	size_t n;
	char *s;

	assert_int_equal(file_read(path, &b, 0), 0);
	s = buf_detach(&b, &n);
	doc_init(d, path, s, n, date);
	claims_init(c);
	parse_doc(d, c);
}

static void check_claim(const struct doc *d, const struct claims *c, const struct want *w)
{
	long i = claim_find(d, c, w->text);
	const struct claim *cl;

	if (i < 0)
		fail_msg("no claim '%s'", w->text);
	cl = &c->v[i];
	assert_int_equal(cl->kind, w->kind);
	if (!num_eq(cl->value, w->value) || !num_eq(cl->precision, w->precision))
		fail_msg("'%s': value %g precision %g", w->text, cl->value, cl->precision);
	assert_string_equal(cl->unit, w->unit);
	assert_string_equal(cl->per, w->per);
	assert_string_equal(cl->approx, w->approx);
	assert_string_equal(cl->direction, w->direction);
	assert_string_equal(measure_name(cl->measure), w->measure);
	assert_string_equal(cl->period, w->period);
	assert_string_equal(cl->flow, w->flow);
	assert_string_equal(cl->reporter, w->reporter);
	assert_string_equal(cl->partner, w->partner);
	assert_string_equal(cl->commodity, w->commodity);
	if (w->pair) {
		long j = claim_find(d, c, w->pair);

		assert_true(j >= 0);
		assert_int_equal(cl->pair, j);
		assert_int_equal(c->v[j].pair, i);
	} else {
		assert_int_equal(cl->pair, -1);
	}
	/* The sentence holds the mention. */
	assert_true(cl->sent_start <= cl->start && cl->start < cl->end && cl->end <= cl->sent_end);
	assert_true(cl->sent_end <= d->len);
}

/* Every figure expected is there, and there are no others. */
static void check_article(const char *path, const char *date, const struct want *w, size_t nw)
{
	struct doc d;
	struct claims c;

	load(path, date, &d, &c);
	for (size_t k = 0; k < nw; k++)
		check_claim(&d, &c, &w[k]);
	assert_int_equal(figures_count(&c), nw);
	for (size_t k = 1; k < c.n; k++)
		assert_true(c.v[k - 1].start < c.v[k].start);
	claims_release(&c);
	doc_release(&d);
}

static void test_seed_000_finds_growth_level_and_share(void **state)
{
	static const struct want w[] = {
		{ "3 percent", CLAIM_PERCENT, 3, 0.5, "%", "", "", "up", "change_yoy", "2023-08",
		  IMP_CN_RU, NULL },
		{ "$11.5 billion", CLAIM_MONEY, 11.5e9, 0.05e9, "USD", "", "", "", "level",
		  "2023-08", IMP_CN_RU, NULL },
		{ "70 percent", CLAIM_PERCENT, 70, 0.5, "%", "", "nearly", "", "share", "",
		  SEAFOOD, NULL },
	};

	(void)state;
	check_article("data/articles/000_adc059eea9562a75.txt", "2023-09-20", w, ARRAY_SIZE(w));
}

static void test_seed_001_resolves_august_and_carries_the_subject_on(void **state)
{
	/* Published 2024-05-22: "in August" and "in July" are 2023's. */
	static const struct want w[] = {
		{ "3%", CLAIM_PERCENT, 3, 0.5, "%", "", "", "up", "change_yoy", "2023-08",
		  IMP_CN_RU, NULL },
		{ "$11.5 billion", CLAIM_MONEY, 11.5e9, 0.05e9, "USD", "", "", "", "level",
		  "2023-08", IMP_CN_RU, NULL },
		/* The next sentence continues this one: same subject, same basis. */
		{ "8%", CLAIM_PERCENT, 8, 0.5, "%", "", "", "down", "change_yoy", "2023-07",
		  IMP_CN_RU, NULL },
		{ "70%", CLAIM_PERCENT, 70, 0.5, "%", "", "around", "", "share", "",
		  SEAFOOD, NULL },
	};

	(void)state;
	check_article("data/articles/001_599f679c58c850b0.txt", "2024-05-22", w, ARRAY_SIZE(w));
}

static void test_seed_002_reads_reversing_a_decline_as_a_yoy_fall(void **state)
{
	static const struct want w[] = {
		{ "3%", CLAIM_PERCENT, 3, 0.5, "%", "", "", "up", "change_yoy", "2023-08",
		  IMP_CN_RU, NULL },
		{ "$11.5 billion", CLAIM_MONEY, 11.5e9, 0.05e9, "USD", "", "", "", "level",
		  "2023-08", IMP_CN_RU, NULL },
		{ "8%", CLAIM_PERCENT, 8, 0.5, "%", "", "", "down", "change_yoy", "2023-07",
		  IMP_CN_RU, NULL },
		{ "70%", CLAIM_PERCENT, 70, 0.5, "%", "", "about", "", "share", "",
		  SEAFOOD, NULL },
	};

	(void)state;
	check_article("data/articles/002_ff16850e60723b87.txt", "2023-09-19", w, ARRAY_SIZE(w));
}

static void test_seed_003_finds_the_two_figures(void **state)
{
	static const struct want w[] = {
		{ "3%", CLAIM_PERCENT, 3, 0.5, "%", "", "", "up", "change_yoy", "2023-08",
		  IMP_CN_RU, NULL },
		{ "$11.5 billion", CLAIM_MONEY, 11.5e9, 0.05e9, "USD", "", "", "", "level",
		  "2023-08", IMP_CN_RU, NULL },
	};

	(void)state;
	check_article("data/articles/003_27848471094c3bd4.txt", "2023-11-07", w, ARRAY_SIZE(w));
}

static void test_seed_004_finds_mom_pair_and_capacities(void **state)
{
	static const struct want w[] = {
		{ "3%", CLAIM_PERCENT, 3, 0.5, "%", "", "", "up", "change_yoy", "2023-08",
		  IMP_CN_RU, NULL },
		{ "$11.5 billion", CLAIM_MONEY, 11.5e9, 0.05e9, "USD", "", "", "", "level",
		  "2023-08", IMP_CN_RU, NULL },
		{ "+8%", CLAIM_PERCENT, 8, 0.5, "%", "", "", "up", "change_mom", "2023-08",
		  IMP_CN_RU, NULL },
		{ "5 billion yuan", CLAIM_MONEY, 5e9, 0.5e9, "CNY", "", "", "", "investment", "",
		  NO_SUBJ, "$685 million" },
		{ "$685 million", CLAIM_MONEY, 685e6, 0.5e6, "USD", "", "", "", "investment", "",
		  NO_SUBJ, "5 billion yuan" },
		{ "5.8 million tons per year", CLAIM_QUANTITY, 5.8e6, 0.05e6, "t", "year", "", "",
		  "capacity", "", "", "", "", "oil", NULL },
		/* Storage capacities of the same centre, by commodity. */
		{ "1 million tons", CLAIM_QUANTITY, 1e6, 0.5e6, "t", "", "", "", "capacity", "",
		  "", "", "", "petroleum products", NULL },
		{ "0.65 million tons", CLAIM_QUANTITY, 650000, 5000, "t", "", "", "", "capacity", "",
		  "", "", "", "liquefied natural gas", NULL },
		{ "200,000 cubic meters per year", CLAIM_QUANTITY, 200000, 0.5, "m3", "year", "", "",
		  "capacity", "", NO_SUBJ, NULL },
	};

	(void)state;
	check_article("data/articles/004_7a0c0015e76c3599.txt", "2023-09-20", w, ARRAY_SIZE(w));
}

/* Dates are claims of their own kind, never money: the weekday stays in
 * the mention for the calendar check. */
static void test_seed_dates_are_resolved_with_their_weekday(void **state)
{
	struct doc d;
	struct claims c;
	long i;

	(void)state;
	load("data/articles/004_7a0c0015e76c3599.txt", "2023-09-20", &d, &c);
	i = claim_find(&d, &c, "Tuesday, September 19");
	assert_true(i >= 0);
	assert_int_equal(c.v[i].kind, CLAIM_DATE);
	assert_string_equal(c.v[i].period, "2023-09-19");
	claims_release(&c);
	doc_release(&d);

	load("data/articles/000_adc059eea9562a75.txt", "2023-09-20", &d, &c);
	i = claim_find(&d, &c, "Wednesday (September 20)");
	assert_true(i >= 0);
	assert_string_equal(c.v[i].period, "2023-09-20");
	claims_release(&c);
	doc_release(&d);
}

static void test_seed_datelines_are_guessed(void **state)
{
	static const struct {
		const char *path, *date;
	} t[] = {
		{ "data/articles/000_adc059eea9562a75.txt", "" },
		{ "data/articles/001_599f679c58c850b0.txt", "2024-05-22" },
		{ "data/articles/002_ff16850e60723b87.txt", "" },
		{ "data/articles/003_27848471094c3bd4.txt", "2023-11-07" },
		{ "data/articles/004_7a0c0015e76c3599.txt", "" },
	};

	(void)state;
	for (size_t k = 0; k < ARRAY_SIZE(t); k++) {
		struct doc d;
		struct claims c;
		char out[11];

		load(t[k].path, NULL, &d, &c);
		assert_int_equal(doc_guess_date(&d, out), t[k].date[0] != '\0');
		assert_string_equal(out, t[k].date);
		claims_release(&c);
		doc_release(&d);
	}
}

/* Without a doc date, "in August" cannot be placed: the period is empty,
 * but the figures are the same. */
static void test_seed_without_doc_date_leaves_months_unresolved(void **state)
{
	struct doc d;
	struct claims c;
	long i;

	(void)state;
	load("data/articles/002_ff16850e60723b87.txt", NULL, &d, &c);
	assert_int_equal(figures_count(&c), 4);
	i = claim_find(&d, &c, "$11.5 billion");
	assert_true(i >= 0);
	assert_string_equal(c.v[i].period, "");
	claims_release(&c);
	doc_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seed_000_finds_growth_level_and_share),
		cmocka_unit_test(test_seed_001_resolves_august_and_carries_the_subject_on),
		cmocka_unit_test(test_seed_002_reads_reversing_a_decline_as_a_yoy_fall),
		cmocka_unit_test(test_seed_003_finds_the_two_figures),
		cmocka_unit_test(test_seed_004_finds_mom_pair_and_capacities),
		cmocka_unit_test(test_seed_dates_are_resolved_with_their_weekday),
		cmocka_unit_test(test_seed_datelines_are_guessed),
		cmocka_unit_test(test_seed_without_doc_date_leaves_months_unresolved),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
