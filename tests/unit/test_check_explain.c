/*
 * test_check_explain.c - differences the archive explains by itself
 * (check/explain.c; issue 16, points 2 and 4, without vintages):
 *  - a later release restates the period: its article also states a later
 *    period than any the earlier article states;
 *  - a shift over time: a value told on two dates or more, then never again;
 *  - mirror evidence: of two claims of A's trade with B, one is B's own
 *    figure (a claim of B's trade with A says so): a mirror difference;
 * and what is not explained: two claims a month apart with nothing else,
 * two articles of one release, a value that comes back, a series with
 * vintages of the period (its vintages decide).
 *
 * Each fact stands for a sentence written for this test, quoted above it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "test_check_util.h"

/* A trade balance (USD, from a stated sentence) of reporter with partner
 * for period, told in document doc_id (named doc) published on date;
 * precision from the written digits (half a unit of the last one). */
static struct fact bal(int64_t id, int64_t doc_id, const char *doc, const char *date,
		       const char *text, double value, double half, const char *reporter,
		       const char *partner, const char *period)
{
	struct fact f = money(id, doc_id, doc, text, value, half);

	f.published = date;
	f.measure = "balance";
	f.flow = "trade";
	f.reporter = reporter;
	f.partner = partner;
	f.commodity = "";
	f.period = period;
	return f;
}

static size_t run(const struct rule *r, const struct fact *f, size_t n,
		  const struct observation *o, size_t no, struct collected *c)
{
	collected_release(c);
	assert_int_equal(run_rule(r, f, n, o, no, c), 0);
	return c->n;
}

/* The finding about the claims with ids a and b (either way round), or NULL. */
static const struct finding *about(const struct collected *c, int64_t a, int64_t b)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct finding *f = &c->f[i];

		if (f->claim && f->other && ((f->claim->id == a && f->other->id == b) ||
					     (f->claim->id == b && f->other->id == a)))
			return f;
	}
	return NULL;
}

static void test_period_bounds(void **state)
{
	char d[11];

	(void)state;
	assert_true(basis_period_first("1987", d));
	assert_string_equal(d, "1987-01-01");
	assert_true(basis_period_first("1987-Q2", d));
	assert_string_equal(d, "1987-04-01");
	assert_true(basis_period_first("1987-02", d));
	assert_string_equal(d, "1987-02-01");
	assert_true(basis_period_first("1987-02-01/20", d));
	assert_string_equal(d, "1987-02-01");
	assert_true(basis_period_first("1986-01/1986-02", d));
	assert_string_equal(d, "1986-01-01");
	assert_true(basis_period_last("1986-01/1986-02", d));
	assert_string_equal(d, "1986-02-28");
	assert_false(basis_period_first("", d));
	assert_false(basis_period_first("soon", d));
}

/* ---- a later release restates the period ------------------------------ */

static void test_next_release_restating_the_month_is_a_revision(void **state)
{
	/* a.txt, March 12: "Canada had a trade surplus of 533 mln dlrs in
	 * January." b.txt, April 9: "Canada's trade surplus rose to 1.25 billion
	 * dlrs in February from 623 mln dlrs in January." b reports February's
	 * release, which restates January: 533 against 623 is a revision. */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-03-12", "533 mln dlrs", 533e6, 0.5e6, "CA", "WORLD",
		    "1987-01"),
		bal(2, 2, "b.txt", "1987-04-09", "1.25 billion dlrs", 1.25 * BN, 0.005 * BN, "CA",
		    "WORLD", "1987-02"),
		bal(3, 2, "b.txt", "1987-04-09", "623 mln dlrs", 623e6, 0.5e6, "CA", "WORLD",
		    "1987-01"),
	};
	struct collected c = { 0 };
	const struct finding *x;

	(void)state;
	f[1].sentence = f[2].sentence = "Canada's trade surplus rose to 1.25 billion dlrs in "
					"February from 623 mln dlrs in January.";
	assert_ptr_equal(explain_restated(&f[0], &f[2], f, 3), &f[1]);
	assert_null(explain_restated(&f[2], &f[0], f, 3));	/* b is the later */
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 3));
	assert_int_equal(x->severity, SEV_INFO);
	assert_non_null(strstr(x->message, "a revision, not a disagreement: 533 mln dlrs "
			       "(a.txt, 1987-03-12) came first, then 623 mln dlrs (b.txt, "
			       "1987-04-09)"));
	assert_non_null(strstr(x->message, "b.txt (1987-04-09) also gives 1.25 billion dlrs "
			       "for 1987-02, after 1987-01"));
	collected_release(&c);
}

static void test_a_later_period_in_a_sentence_of_its_own_restates_nothing(void **state)
{
	/* a.txt, April 8: "Its surplus with the U.S. rose to 7.4 billion dlrs in
	 * 1986." b.txt, April 21: "South Korea had a 7.2 billion dlr trade
	 * surplus with Washington in 1986. It racked up another 1.4 billion
	 * dlrs in surplus in the first quarter of this year." b gives a later
	 * period, but not 1986 as that release gives it: no revision shown, so
	 * 7.4 against 7.2 stays a disagreement (2.7%: a warning). */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-04-08", "7.4 billion dlrs", 7.4 * BN, 0.05 * BN, "KR",
		    "US", "1986"),
		bal(2, 2, "b.txt", "1987-04-21", "7.2 billion dlr", 7.2 * BN, 0.05 * BN, "KR", "US",
		    "1986"),
		bal(3, 2, "b.txt", "1987-04-21", "1.4 billion dlrs", 1.4 * BN, 0.05 * BN, "KR",
		    "US", "1987-Q1"),
	};
	struct collected c = { 0 };
	const struct finding *x;

	(void)state;
	f[0].sentence = "Its surplus with the U.S. rose to 7.4 billion dlrs in 1986.";
	f[1].sentence = "South Korea had a 7.2 billion dlr trade surplus with Washington in 1986.";
	f[2].sentence = "It racked up another 1.4 billion dlrs in surplus in the first quarter.";
	assert_null(explain_restated(&f[0], &f[1], f, 3));
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_int_equal(x->severity, SEV_WARNING);
	assert_null(strstr(x->message, "revision"));
	/* the same 1.4 billion in 7.2's sentence ("... 7.2 billion in 1986, and
	 * 1.4 billion in the first quarter") is that release's report of 1986 */
	f[2].sentence = f[1].sentence;
	assert_ptr_equal(explain_restated(&f[0], &f[1], f, 3), &f[2]);
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_int_equal(x->severity, SEV_INFO);
	assert_non_null(strstr(x->message, "a revision, not a disagreement"));
	collected_release(&c);
}

static void test_two_claims_a_month_apart_stay_a_disagreement(void **state)
{
	/* The same two stories without February's figure: nothing says b is a
	 * later release (issue 16: no such evidence, not a revision). */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-03-12", "533 mln dlrs", 533e6, 0.5e6, "CA", "WORLD",
		    "1987-01"),
		bal(3, 2, "b.txt", "1987-04-09", "623 mln dlrs", 623e6, 0.5e6, "CA", "WORLD",
		    "1987-01"),
	};
	struct collected c = { 0 };

	(void)state;
	assert_int_equal(run(&rule_agreement, f, 2, NULL, 0, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	assert_null(strstr(c.f[0].message, "revision"));
	collected_release(&c);
}

static void test_two_articles_of_one_release_are_no_revision(void **state)
{
	/* a.txt, April 8: "South Korea's surplus with the U.S. rose to 7.1
	 * billion dlrs in 1986 from 4.9 billion in 1985." b.txt, June 1: "...
	 * rose to 7.1 billion dlrs in 1986 from 4.3 billion in 1985." Both
	 * latest periods are 1986: b is not known to be a later release, so
	 * 4.9 against 4.3 stays an error (12% apart). */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-04-08", "7.1 billion dlrs", 7.1 * BN, 0.05 * BN, "KR",
		    "US", "1986"),
		bal(2, 1, "a.txt", "1987-04-08", "4.9 billion", 4.9 * BN, 0.05 * BN, "KR", "US",
		    "1985"),
		bal(3, 2, "b.txt", "1987-06-01", "7.1 billion dlrs", 7.1 * BN, 0.05 * BN, "KR",
		    "US", "1986"),
		bal(4, 2, "b.txt", "1987-06-01", "4.3 billion", 4.3 * BN, 0.05 * BN, "KR", "US",
		    "1985"),
	};
	struct collected c = { 0 };
	const struct finding *x;

	(void)state;
	assert_null(explain_restated(&f[1], &f[3], f, 4));
	run(&rule_agreement, f, 4, NULL, 0, &c);
	assert_non_null(x = about(&c, 2, 4));
	assert_int_equal(x->severity, SEV_ERROR);
	collected_release(&c);
}

static void test_vintages_of_the_period_decide_before_inference(void **state)
{
	/* China's imports from Russia in August 2023: 11.5 billion (a.txt,
	 * September 19), 13.0 billion (b.txt, October 20, which also gives
	 * September's 12.9 billion). The series has August, never revised from
	 * 11.5: the vintages say no revision happened, and they decide. */
	struct fact f[] = {
		money(1, 1, "a.txt", "11.5 billion dlrs", 11.5 * BN, 0.05 * BN),
		money(2, 2, "b.txt", "13.0 billion dlrs", 13.0 * BN, 0.05 * BN),
		money(3, 2, "b.txt", "12.9 billion dlrs", 12.9 * BN, 0.05 * BN),
	};
	struct observation o[] = { cnru(1, "2023-08", 11.5 * BN, "2023-09-07") };
	struct collected c = { 0 };
	const struct finding *x;

	(void)state;
	f[1].published = f[2].published = "2023-10-20";
	f[2].period = "2023-09";
	/* without the series, b restates August */
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_int_equal(x->severity, SEV_INFO);
	assert_non_null(strstr(x->message, "inferred from the releases"));
	/* with it, a disagreement */
	run(&rule_agreement, f, 3, o, 1, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_int_equal(x->severity, SEV_ERROR);
	assert_null(strstr(x->message, "revision"));
	collected_release(&c);
}

/* ---- a shift over time ---------------------------------------------- */

/* The U.S. 1986 trade deficit as told from March to October 1987. */
static struct fact us(int64_t id, const char *date, const char *text, double bn, double half)
{
	static char docs[16][16];

	snprintf(docs[id % 16], sizeof(docs[0]), "%c.txt", (char)('a' + id - 1));
	return bal(id, id, docs[id % 16], date, text, -bn * BN, half * BN, "US", "WORLD", "1986");
}

static void test_a_value_told_until_a_date_then_never_again_was_revised(void **state)
{
	/* "a record 169.8 billion dlrs" (March 4), "169 billion dlrs" (March 20,
	 * the same figure cut), "170 billion dlrs" (April 27), then "a record
	 * 166.3 billion dlrs" (June 19) and "156 billion dlrs" (October 19). */
	struct fact f[] = {
		us(1, "1987-03-04", "169.8 billion dlrs", 169.8, 0.05),
		us(2, "1987-03-20", "169 billion dlrs", 169, 0.5),
		us(3, "1987-04-27", "170 billion dlrs", 170, 0.5),
		us(4, "1987-06-19", "166.3 billion dlrs", 166.3, 0.05),
		us(5, "1987-10-19", "156 billion dlrs", 156, 0.5),
	};
	const struct fact *v[] = { &f[0], &f[1], &f[2], &f[3], &f[4] };
	struct explain_shift sh;
	struct collected c = { 0 };
	const struct finding *x;

	(void)state;
	assert_true(explain_shift(v, 5, &f[0], &f[3], &sh));
	assert_string_equal(sh.from, "1987-03-04");
	assert_string_equal(sh.to, "1987-04-27");
	assert_string_equal(sh.next, "1987-06-19");
	assert_int_equal(sh.claims, 3);
	assert_true(explain_shift(v, 5, &f[4], &f[1], &sh));
	/* 166.3 was told once: no evidence it was the figure for a while */
	assert_false(explain_shift(v, 5, &f[3], &f[4], &sh));
	run(&rule_agreement, f, 5, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 4));
	assert_int_equal(x->severity, SEV_INFO);
	assert_non_null(strstr(x->message, "3 claims from 1987-03-04 to 1987-04-27 gave "
			       "169.8 billion dlrs, none from 1987-06-19 on"));
	assert_non_null(x = about(&c, 4, 5));
	assert_int_equal(x->severity, SEV_WARNING);	/* 6.2% apart */
	collected_release(&c);
}

static void test_no_shift_from_one_date_or_a_value_that_comes_back(void **state)
{
	struct fact f[] = {
		us(1, "1987-03-04", "169.8 billion dlrs", 169.8, 0.05),
		us(2, "1987-03-04", "169.8 billion dlrs", 169.8, 0.05),
		us(3, "1987-06-19", "166.3 billion dlrs", 166.3, 0.05),
		us(4, "1987-07-01", "169.8 billion dlrs", 169.8, 0.05),
	};
	const struct fact *v[] = { &f[0], &f[1], &f[2], &f[3] };
	struct explain_shift sh;
	struct collected c = { 0 };

	(void)state;
	/* told on one date only (two stories of March 4): no evidence */
	assert_false(explain_shift(v, 3, &f[0], &f[2], &sh));
	/* 169.8 comes back in July: 166.3 is more likely wrong than a revision */
	f[1].published = "1987-03-20";
	assert_true(explain_shift(v, 3, &f[0], &f[2], &sh));
	assert_false(explain_shift(v, 4, &f[0], &f[2], &sh));
	/* replaced 22 days after it was first told: no release cycle between */
	f[2].published = "1987-03-26";
	assert_false(explain_shift(v, 3, &f[0], &f[2], &sh));
	f[2].published = "1987-06-19";
	run(&rule_agreement, f, 4, NULL, 0, &c);
	assert_non_null(about(&c, 1, 3));
	assert_int_equal(about(&c, 1, 3)->severity, SEV_WARNING);
	collected_release(&c);
}

/* ---- mirror evidence ------------------------------------------------ */

static void test_one_side_told_as_the_other_is_a_mirror_difference(void **state)
{
	/* a.txt (April 2): "Japan's 1986 trade surplus with the United States
	 * was 51.5 billion dlrs." b.txt (April 20): "Japan's trade surplus with
	 * the U.S. hit 58.6 billion dlrs in 1986." c.txt (March 17): "The U.S.
	 * trade deficit with Japan was 58.6 billion dlrs in 1986." b's figure is
	 * the U.S. one: a against b is a mirror gap, not a disagreement. */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-04-02", "51.5 billion dlrs", 51.5 * BN, 0.05 * BN, "JP",
		    "US", "1986"),
		bal(2, 2, "b.txt", "1987-04-20", "58.6 billion dlrs", 58.6 * BN, 0.05 * BN, "JP",
		    "US", "1986"),
		bal(3, 3, "c.txt", "1987-03-17", "58.6 billion dlrs", -58.6 * BN, 0.05 * BN, "US",
		    "JP", "1986"),
	};
	struct collected c = { 0 };
	const struct fact *told = NULL;
	const struct finding *x;

	(void)state;
	assert_ptr_equal(explain_mirror(&f[0], &f[1], f, 3, &told), &f[2]);
	assert_ptr_equal(told, &f[1]);
	/* agreement leaves the pair alone */
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_null(about(&c, 1, 2));
	/* mirror reports it, beyond the band (ratio 1.14) */
	run(&rule_mirror, f, 3, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_string_equal(x->rule, "mirror");
	assert_int_equal(x->severity, SEV_WARNING);
	assert_ptr_equal(x->claim, &f[1]);
	assert_non_null(strstr(x->message, "58.6 billion dlrs (JP's balance with US, b.txt) is "
			       "US's own figure, 58.6 billion dlrs (US's balance with JP, c.txt), "
			       "told as JP's; against 51.5 billion dlrs (JP's balance with US, "
			       "a.txt)"));
	/* the other side's "58 billion" is 58.6 cut to its digits: a match */
	f[2].value = -58 * BN, f[2].precision = 0.5 * BN;
	assert_ptr_equal(explain_mirror(&f[0], &f[1], f, 3, &told), &f[2]);
	f[2].precision = 0.05 * BN;
	assert_null(explain_mirror(&f[0], &f[1], f, 3, &told));	/* 58.0: not 58.6 */
	/* within the band it is info: 7.3 against the U.S. 7.1 */
	f[0].value = 7.3 * BN, f[0].text = "7.3 billion dlrs";
	f[1].value = 7.1 * BN, f[2].value = -7.1 * BN;
	run(&rule_mirror, f, 3, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_int_equal(x->severity, SEV_INFO);
	collected_release(&c);
}

static void test_no_mirror_evidence_without_exactly_one_match(void **state)
{
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-04-02", "51.5 billion dlrs", 51.5 * BN, 0.05 * BN, "JP",
		    "US", "1986"),
		bal(2, 2, "b.txt", "1987-04-20", "58.6 billion dlrs", 58.6 * BN, 0.05 * BN, "JP",
		    "US", "1986"),
		bal(3, 3, "c.txt", "1987-03-17", "60.1 billion dlrs", -60.1 * BN, 0.05 * BN, "US",
		    "JP", "1986"),
		bal(4, 4, "d.txt", "1987-03-18", "51.5 billion dlrs", -51.5 * BN, 0.05 * BN, "US",
		    "JP", "1986"),
	};
	struct collected c = { 0 };
	const struct fact *told = NULL;

	(void)state;
	/* the other side says neither: an agreement error */
	assert_null(explain_mirror(&f[0], &f[1], f, 3, &told));
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_non_null(about(&c, 1, 2));
	assert_int_equal(about(&c, 1, 2)->severity, SEV_ERROR);
	/* a match with the same sign (two surpluses) is no evidence either */
	f[2].value = 58.6 * BN;
	assert_null(explain_mirror(&f[0], &f[1], f, 3, &told));
	/* the other side says both: nothing says which is whose */
	f[2].value = -58.6 * BN;
	assert_null(explain_mirror(&f[0], &f[1], f, 4, &told));
	/* a total (WORLD) has no mirror */
	f[0].partner = f[1].partner = "WORLD";
	assert_null(explain_mirror(&f[0], &f[1], f, 3, &told));
	collected_release(&c);
}

static void test_a_story_of_the_same_statistics_is_no_mirror_evidence(void **state)
{
	/* a.txt (June 1): "South Korea's surplus with the U.S. rose to 7.3
	 * billion dlrs in 1986 from 4.3 billion in 1985." b.txt (April 8): "...
	 * 7.1 billion dlrs in 1986 from 4.3 billion in 1985." c.txt: "The U.S.
	 * deficit with South Korea was 7.1 billion dlrs in 1986." b meets the
	 * U.S. figure in 1986, but its 1985 is a's: Korea's statistics both. */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-06-01", "7.3 billion dlrs", 7.3 * BN, 0.05 * BN, "KR",
		    "US", "1986"),
		bal(2, 2, "b.txt", "1987-04-08", "7.1 billion dlrs", 7.1 * BN, 0.05 * BN, "KR",
		    "US", "1986"),
		bal(3, 3, "c.txt", "1987-03-19", "7.1 billion dlrs", -7.1 * BN, 0.05 * BN, "US",
		    "KR", "1986"),
		bal(4, 1, "a.txt", "1987-06-01", "4.3 billion", 4.3 * BN, 0.05 * BN, "KR", "US",
		    "1985"),
		bal(5, 2, "b.txt", "1987-04-08", "4.3 billion", 4.3 * BN, 0.05 * BN, "KR", "US",
		    "1985"),
	};
	const struct fact *told = NULL;
	struct collected c = { 0 };

	(void)state;
	/* without the 1985 figures, b is taken for the U.S. figure */
	assert_ptr_equal(explain_mirror(&f[0], &f[1], f, 3, &told), &f[2]);
	assert_null(explain_mirror(&f[0], &f[1], f, 5, &told));
	/* b's 1985 against the other side's, not a's: evidence again */
	f[3].value = 4.9 * BN;
	assert_ptr_equal(explain_mirror(&f[0], &f[1], f, 5, &told), &f[2]);
	f[3].value = 4.3 * BN;
	run(&rule_agreement, f, 5, NULL, 0, &c);
	assert_non_null(about(&c, 1, 2));
	assert_int_equal(about(&c, 1, 2)->severity, SEV_WARNING);
	collected_release(&c);
}

static void test_touching_roundings_are_no_mirror_evidence(void **state)
{
	/* a.txt (April 8, Seoul): "South Korea's surplus with the U.S. was 4.3
	 * billion dlrs in 1985." b.txt (April 7, Hong Kong): "... up from 4.9
	 * billion dlrs in 1985." c.txt (March 19): "The U.S. deficit with South
	 * Korea was 4.8 billion in 1985." 4.9 (4.85 to 4.95) and 4.8 (4.75 to
	 * 4.85) touch at 4.85 only: b is not shown to be the U.S. figure. */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-04-08", "4.3 billion dlrs", 4.3 * BN, 0.05 * BN, "KR",
		    "US", "1985"),
		bal(2, 2, "b.txt", "1987-04-07", "4.9 billion dlrs", 4.9 * BN, 0.05 * BN, "KR",
		    "US", "1985"),
		bal(3, 3, "c.txt", "1987-03-19", "4.8 billion", -4.8 * BN, 0.05 * BN, "US", "KR",
		    "1985"),
	};
	struct collected c = { 0 };
	const struct fact *told = NULL;

	(void)state;
	assert_null(explain_mirror(&f[0], &f[1], f, 3, &told));
	/* so the pair stays an agreement finding (4.9 against 4.3, +14%) */
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_non_null(about(&c, 1, 2));
	assert_int_equal(about(&c, 1, 2)->severity, SEV_ERROR);
	run(&rule_mirror, f, 3, NULL, 0, &c);
	assert_null(about(&c, 1, 2));
	/* the U.S. 4.88 (4.875 to 4.885) lies inside 4.9's interval: a match */
	f[2].value = -4.88 * BN, f[2].precision = 0.005 * BN;
	assert_ptr_equal(explain_mirror(&f[0], &f[1], f, 3, &told), &f[2]);
	assert_ptr_equal(told, &f[1]);
	collected_release(&c);
}

static void test_two_compilation_bases_explain_a_gap_within_theirs(void **state)
{
	/* a.txt: "Japan's trade surplus hit a record 83 billion dlrs in 1986."
	 * b.txt: "Japan's trade surplus -- 92.7 billion dlrs last year --".
	 * c.txt: "On a customs cleared basis, the 1986 surplus was 82.66
	 * billion dlrs." d.txt: "The trade account, on a balance of payments
	 * basis, showed a surplus of 8.14 billion dlrs in February 1987." Japan
	 * is shown to publish its trade balance on both bases; 83 and 92.7
	 * state none, and are 9.7 bn apart, within 15% of 92.7 (13.9 bn). */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-03-05", "83 billion dlrs", 83 * BN, 0.5 * BN, "JP", "WORLD",
		    "1986"),
		bal(2, 2, "b.txt", "1987-03-31", "92.7 billion dlrs", 92.7 * BN, 0.05 * BN, "JP",
		    "WORLD", "1986"),
		bal(3, 3, "c.txt", "1987-06-15", "82.66 billion dlrs", 82.66 * BN, 0.005 * BN, "JP",
		    "WORLD", "1986"),
		bal(4, 4, "d.txt", "1987-03-27", "8.14 billion dlrs", 8.14 * BN, 0.005 * BN, "JP",
		    "WORLD", "1987-02"),
	};
	struct explain_basis eb;
	struct collected c = { 0 };
	const struct finding *x;

	(void)state;
	f[2].basis = "customs";
	f[3].basis = "bop";
	assert_true(explain_basis(&f[0], &f[1], f, 4, &eb));
	assert_ptr_equal(eb.customs, &f[2]);
	assert_ptr_equal(eb.bop, &f[3]);
	assert_null(eb.imports);
	run(&rule_agreement, f, 4, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_int_equal(x->severity, SEV_INFO);
	assert_non_null(strstr(x->message, "may differ by compilation basis: JP gives this "
			       "trade on a customs basis (82.66 billion dlrs, c.txt) and a "
			       "balance-of-payments one (8.14 billion dlrs, d.txt)"));
	/* without the balance-of-payments evidence: an error (-10.5%) */
	f[3].basis = "";
	assert_false(explain_basis(&f[0], &f[1], f, 4, &eb));
	run(&rule_agreement, f, 4, NULL, 0, &c);
	assert_int_equal(about(&c, 1, 2)->severity, SEV_ERROR);
	/* beyond the gap (83 against 110: 27 bn, over 15% of 110): not explained */
	f[3].basis = "bop";
	f[1].value = 110 * BN, f[1].text = "110 billion dlrs";
	assert_false(explain_basis(&f[0], &f[1], f, 4, &eb));
	/* with imports for the period, 10% of them bound the gap: 126 bn of
	 * imports allow 12.6 bn, so 92.7 is explained again; 60 bn allow 6 */
	f[1].value = 92.7 * BN;
	{
		struct fact g[5];

		memcpy(g, f, sizeof(f));
		g[4] = bal(5, 5, "e.txt", "1987-03-01", "126 billion dlrs", 126 * BN, 0.5 * BN,
			   "JP", "WORLD", "1986");
		g[4].measure = "level", g[4].flow = "import";
		assert_true(explain_basis(&g[0], &g[1], g, 5, &eb));
		assert_ptr_equal(eb.imports, &g[4]);
		g[4].value = 60 * BN;
		assert_false(explain_basis(&g[0], &g[1], g, 5, &eb));
	}
	/* one side stating its basis is invariant 10's (at most info) */
	f[1].basis = "bop";
	assert_false(explain_basis(&f[0], &f[1], f, 4, &eb));
	collected_release(&c);
}

static void test_the_base_of_a_private_forecast_is_at_most_info(void **state)
{
	/* a.txt: "Morgan expects Taiwan's overall trade surplus to grow to 18.5
	 * billion dlrs in 1987 from 15.2 billion last year." b.txt: "Taiwan's
	 * trade surplus reached a record 15.6 billion dlrs last year." */
	static const char *const s1 = "Morgan expects Taiwan's overall trade surplus to grow to "
				      "18.5 billion dlrs in 1987 from 15.2 billion last year.";
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-03-19", "15.2 billion", 15.2 * BN, 0.05 * BN, "TW", "WORLD",
		    "1986"),
		bal(2, 2, "b.txt", "1987-03-12", "15.6 billion dlrs", 15.6 * BN, 0.05 * BN, "TW",
		    "WORLD", "1986"),
		bal(3, 1, "a.txt", "1987-03-19", "18.5 billion dlrs", 18.5 * BN, 0.05 * BN, "TW",
		    "WORLD", "1987"),
	};
	struct collected c = { 0 };
	const struct finding *x;

	(void)state;
	f[0].sentence = f[2].sentence = s1;
	f[2].measure = "forecast";
	assert_ptr_equal(basis_forecast_base(&f[0], f, 3), &f[2]);
	assert_null(basis_forecast_base(&f[2], f, 3));	/* the forecast is no base */
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_int_equal(x->severity, SEV_INFO);
	assert_non_null(strstr(x->message, "15.2 billion is the base of a forecast (18.5 billion "
			       "dlrs for 1987) in a sentence of a.txt naming no official source"));
	/* a ministry's forecast keeps its base: a warning (-2.6%) */
	f[0].sentence = f[2].sentence = "The Finance Ministry expects Taiwan's trade surplus to "
					 "grow to 18.5 billion dlrs in 1987 from 15.2 billion last year.";
	assert_null(basis_forecast_base(&f[0], f, 3));
	run(&rule_agreement, f, 3, NULL, 0, &c);
	assert_int_equal(about(&c, 1, 2)->severity, SEV_ERROR - 1);
	/* a forecast of another reporter, or of an earlier period, is not its */
	f[0].sentence = f[2].sentence = s1;
	f[2].reporter = "KR";
	assert_null(basis_forecast_base(&f[0], f, 3));
	f[2].reporter = "TW", f[2].period = "1986";
	assert_null(basis_forecast_base(&f[0], f, 3));
	assert_true(basis_official_sentence("the central bank said"));
	assert_true(basis_official_sentence("Officials expect"));
	assert_false(basis_official_sentence("Morgan Guaranty expects"));
	assert_false(basis_official_sentence("unofficial estimates"));
	collected_release(&c);
}

static void test_a_figure_within_rounding_of_one_told_as_the_other_side_is_it_too(void **state)
{
	/* a.txt: "Japan had a 51.5 billion dlr surplus with the United States
	 * in 1986." b.txt: "Tokyo had a 59-billion-dlr surplus with the United
	 * States last year." c.txt: "a U.S. trade deficit with Japan which hit
	 * 58 billion dlrs last year". d.txt: "Japan's trade surplus with the
	 * United States reached a record 58.6 billion dlrs in 1986." 59 and 58
	 * touch only; 59 is 58.6 rounded, and 58.6 is the U.S. 58 (58 is 58.6
	 * cut): b is the U.S. figure too. */
	struct fact f[] = {
		bal(1, 1, "a.txt", "1987-04-02", "51.5 billion dlr", 51.5 * BN, 0.05 * BN, "JP", "US",
		    "1986"),
		bal(2, 2, "b.txt", "1987-03-24", "59-billion-dlr", 59 * BN, 0.5 * BN, "JP", "US",
		    "1986"),
		bal(3, 3, "c.txt", "1987-04-22", "58 billion dlrs", -58 * BN, 0.5 * BN, "US", "JP",
		    "1986"),
		bal(4, 4, "d.txt", "1987-04-27", "58.6 billion dlrs", 58.6 * BN, 0.05 * BN, "JP",
		    "US", "1986"),
	};
	struct collected c = { 0 };
	const struct fact *told = NULL, *via = NULL;
	const struct finding *x;

	(void)state;
	assert_null(explain_mirror_via(&f[0], &f[1], f, 3, &told, &via));
	assert_ptr_equal(explain_mirror_via(&f[0], &f[1], f, 4, &told, &via), &f[2]);
	assert_ptr_equal(told, &f[1]);
	assert_ptr_equal(via, &f[3]);
	run(&rule_mirror, f, 4, NULL, 0, &c);
	assert_non_null(x = about(&c, 1, 2));
	assert_int_equal(x->severity, SEV_WARNING);
	assert_non_null(strstr(x->message, "59-billion-dlr (JP's balance with US, b.txt) is US's "
			       "own figure as 58.6 billion dlrs (d.txt) is, within rounding of it, "
			       "58 billion dlrs (US's balance with JP, c.txt), told as JP's"));
	run(&rule_agreement, f, 4, NULL, 0, &c);
	assert_null(about(&c, 1, 2));
	/* a 58.6 in b's own article, or one that agrees with a, carries nothing */
	f[3].doc_id = 2;
	assert_null(explain_mirror_via(&f[0], &f[1], f, 4, &told, &via));
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period_bounds),
		cmocka_unit_test(test_next_release_restating_the_month_is_a_revision),
		cmocka_unit_test(test_a_later_period_in_a_sentence_of_its_own_restates_nothing),
		cmocka_unit_test(test_two_claims_a_month_apart_stay_a_disagreement),
		cmocka_unit_test(test_two_articles_of_one_release_are_no_revision),
		cmocka_unit_test(test_vintages_of_the_period_decide_before_inference),
		cmocka_unit_test(test_a_value_told_until_a_date_then_never_again_was_revised),
		cmocka_unit_test(test_no_shift_from_one_date_or_a_value_that_comes_back),
		cmocka_unit_test(test_one_side_told_as_the_other_is_a_mirror_difference),
		cmocka_unit_test(test_no_mirror_evidence_without_exactly_one_match),
		cmocka_unit_test(test_a_story_of_the_same_statistics_is_no_mirror_evidence),
		cmocka_unit_test(test_touching_roundings_are_no_mirror_evidence),
		cmocka_unit_test(test_a_figure_within_rounding_of_one_told_as_the_other_side_is_it_too),
		cmocka_unit_test(test_two_compilation_bases_explain_a_gap_within_theirs),
		cmocka_unit_test(test_the_base_of_a_private_forecast_is_at_most_info),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
