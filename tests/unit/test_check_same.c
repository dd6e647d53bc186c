/*
 * test_check_same.c - agreement pairs two figures only when they could be
 * the same statistic (rule_agreement.c, invariant 15): two bare figures (no
 * flow, no commodity, not a balance) of one subject, unit and period are
 * compared only when their sentences name them with the same word; figures
 * of a known trade flow or balances are compared as before.
 *
 * And a claim of a country's total trade with a partner ("goods", or no
 * commodity named) is the total over commodities: it meets a series of
 * all commodities (Comtrade's "TOTAL") as the same figure.
 *
 * Each fact stands for a sentence written for this test, quoted in it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "test_check_util.h"

/* A Bank of England money-market figure: subject GB, no partner, flow or
 * commodity, a level in GBP dated by its story, in sentence s. */
static struct fact market(int64_t id, int64_t doc_id, const char *text, double mn, const char *s)
{
	struct fact f = money(id, doc_id, doc_id == 1 ? "a.txt" : doc_id == 2 ? "b.txt" : "c.txt",
			      text, mn * 1e6, 0.5e6);

	f.unit = "GBP";
	f.published = "1987-03-13";
	f.period = "1987-03-13";
	f.reporter = "GB";
	f.partner = "";
	f.flow = "";
	f.commodity = "";
	f.partner_src = "";
	f.flow_src = "";
	f.sentence = s;
	return f;
}

static size_t findings_of(struct fact *facts, size_t n, struct collected *c)
{
	memset(c, 0, sizeof(*c));
	assert_int_equal(run_rule(&rule_agreement, facts, n, NULL, 0, c), 0);
	return c->n;
}

static void test_help_is_not_a_shortage(void **state)
{
	struct fact f[2] = {
		market(1, 1, "195 mln stg", 195,
		       "The Bank of England said it gave the money market 195 mln stg of help."),
		market(2, 2, "1.10 billion stg", 1100,
		       "The Bank forecast a 1.10 billion stg shortage in the system today."),
	};
	struct collected c;

	(void)state;
	assert_int_equal(findings_of(f, 2, &c), 0);
	collected_release(&c);
}

static void test_same_word_after_or_before_is_compared(void **state)
{
	/* "a shortage of around 800 mln stg" names it before the figure, "a
	 * 700 mln stg shortage" after it: one statistic, revised. */
	struct fact f[3] = {
		market(1, 1, "800 mln stg", 800,
		       "The Bank of England forecast a shortage of around 800 mln stg in the market today."),
		market(2, 2, "700 mln stg", 700,
		       "The Bank revised its estimate to a 700 mln stg shortage."),
		market(3, 3, "700 mln stg", 700,
		       "It estimated today's shortages at 700 mln stg, down from 800 mln."),
	};
	struct collected c;

	(void)state;
	f[0].approx = "around";
	assert_int_equal(findings_of(f, 3, &c), 3);
	assert_string_equal(c.f[0].rule, "agreement");
	collected_release(&c);
}

static void test_headline_words_are_compared_in_any_case(void **state)
{
	/* "GIVEN 120 MLN STG LATE HELP" and "late help of 120 mln stg". */
	struct fact f[2] = {
		market(1, 1, "120 MLN STG", 120, "U.K. MONEY MARKET GIVEN 120 MLN STG LATE HELP"),
		market(2, 2, "120 mln stg", 120,
		       "The Bank provided the market with late help of 120 mln stg."),
	};
	struct collected c;

	(void)state;
	assert_int_equal(findings_of(f, 2, &c), 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	collected_release(&c);
}

static void test_a_trade_flow_or_balance_is_compared_whatever_the_words(void **state)
{
	/* "imports rose to 10 billion dlrs" against "10.5 billion dlrs of
	 * purchases": a stated flow on both sides makes them one statistic. */
	struct fact f[2] = {
		money(1, 1, "a.txt", "$10 billion", 10 * BN, 0.5 * BN),
		money(2, 2, "b.txt", "$10.5 billion", 10.5 * BN, 0.05 * BN),
	};
	struct collected c;

	(void)state;
	f[0].sentence = "China's imports from Russia rose to $10 billion in August.";
	f[1].sentence = "China made $10.5 billion of purchases from Russia in August.";
	assert_int_equal(findings_of(f, 2, &c), 1);
	collected_release(&c);
	/* and a balance with no flow: "a surplus of" against "in the black". */
	f[0].flow = f[1].flow = "";
	f[0].commodity = f[1].commodity = "";
	f[0].measure = f[1].measure = "balance";
	f[0].sentence = "Russia's surplus with China was $10 billion in August.";
	f[1].sentence = "Trade with China was $10.5 billion in the black in August.";
	assert_int_equal(findings_of(f, 2, &c), 1);
	collected_release(&c);
}

static void test_a_disagreement_between_different_words_is_not_raised(void **state)
{
	/* Without the rule this pair is a disagreement (800 against 900), at
	 * most info since the flow is not known (basis.c). */
	struct fact f[2] = {
		market(1, 1, "800 mln stg", 800,
		       "LONDON - The Bank of England said it provided 800 mln stg of assistance."),
		market(2, 2, "900 mln stg", 900,
		       "Bills maturing in official hands would drain 900 mln stg from the system."),
	};
	struct collected c;

	(void)state;
	assert_int_equal(findings_of(f, 2, &c), 0);
	collected_release(&c);
	/* the same figure named alike is still a disagreement */
	f[1].sentence = "The Bank said it gave the market 900 mln stg of assistance.";
	assert_int_equal(findings_of(f, 2, &c), 1);
	assert_non_null(strstr(c.f[0].message, "disagrees"));
	collected_release(&c);
}

static void test_whole_trade_is_goods_blank_or_total(void **state)
{
	(void)state;
	assert_true(basis_whole_trade(""));
	assert_true(basis_whole_trade(NULL));
	assert_true(basis_whole_trade("goods"));
	assert_true(basis_whole_trade("TOTAL"));
	assert_true(basis_whole_trade("Total"));
	assert_false(basis_whole_trade("oil"));
	assert_false(basis_whole_trade("27"));	/* an HS chapter: a product group */
	assert_false(basis_whole_trade("totals of oil"));
}

static void test_total_imports_meet_an_all_commodities_series(void **state)
{
	/* "China's imports from Russia were $13 billion in August", against
	 * Comtrade's CN imports from RU, All Commodities: 11.5 bn, +13%. */
	struct fact f = money(1, 1, "a.txt", "$13 billion", 13 * BN, 0.5 * BN);
	struct observation o = cnru(1, "2023-08", 11.5 * BN, "2023-09-07");
	struct collected c = { 0 };

	(void)state;
	o.series = "CN.IMP.RU.TOTAL";
	o.commodity = "TOTAL";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	collected_release(&c);
	/* no commodity named on the claim: the same */
	f.commodity = "";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_ERROR);
	collected_release(&c);
	/* a product group is part of the total: at most info, and says why */
	f.commodity = "oil";
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	assert_non_null(strstr(c.f[0].message, "commodity oil in a.txt, TOTAL in CN.IMP.RU.TOTAL"));
	collected_release(&c);
	/* and agreeing figures are info */
	f.commodity = "goods";
	o.value = 13.1 * BN;
	assert_int_equal(run_rule(&rule_official, &f, 1, &o, 1, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.f[0].severity, SEV_INFO);
	collected_release(&c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_help_is_not_a_shortage),
		cmocka_unit_test(test_same_word_after_or_before_is_compared),
		cmocka_unit_test(test_headline_words_are_compared_in_any_case),
		cmocka_unit_test(test_a_trade_flow_or_balance_is_compared_whatever_the_words),
		cmocka_unit_test(test_a_disagreement_between_different_words_is_not_raised),
		cmocka_unit_test(test_whole_trade_is_goods_blank_or_total),
		cmocka_unit_test(test_total_imports_meet_an_all_commodities_series),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
