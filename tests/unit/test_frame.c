/*
 * test_frame.c - what the sentence around a figure says: subject forms,
 * commodities, a sentence that continues the one before, the sentence
 * boundary as a hard wall, and linear time on run-on text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <time.h>

#include "parse_test_util.h"

static void assert_subject(const struct claim *cl, const char *flow, const char *rep,
			   const char *par, const char *commodity)
{
	assert_string_equal(cl->flow, flow);
	assert_string_equal(cl->reporter, rep);
	assert_string_equal(cl->partner, par);
	assert_string_equal(cl->commodity, commodity);
}

static void test_frame_reads_exports_to_and_imports_from_a_country(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("China's exports to Russia jumped 21% in August.", "2023-09-20", "21%");
	assert_subject(&cl, "export", "CN", "RU", "");
	cl = get("Japan's oil imports from the United States rose 4% to $2 billion.", "", "4%");
	assert_subject(&cl, "import", "JP", "US", "oil");
	/* An article about China: its imports from Russia are China's. */
	cl = get("China bought more.\n\nChina said imports from Russia rose 5%.", "", "5%");
	assert_subject(&cl, "import", "CN", "RU", "");
	cl = get("China and its neighbours.\n\nImports from Russia rose 5%.", "", "5%");
	assert_subject(&cl, "import", "CN", "RU", "");
	/* "its exports" alone names no subject. */
	cl = get("The firm said its exports rose 5%.", "", "5%");
	assert_subject(&cl, "", "", "", "");
}

static void test_frame_names_the_commodity_of_a_quantity(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Egypt bought 200,000 tonnes of wheat.", "", "200,000 tonnes");
	assert_string_equal(cl.commodity, "wheat");
	cl = get("a terminal for storing crude oil (3 million tons) and coal", "",
		 "3 million tons");
	assert_string_equal(measure_name(cl.measure), "capacity");
	assert_string_equal(cl.commodity, "crude oil");	/* as written */
	cl = get("a centre for liquefied natural gas (0.65 million tons)", "", "0.65 million tons");
	assert_string_equal(cl.commodity, "liquefied natural gas");	/* as written */
	cl = get("About 70% of the nation's seafood is caught there.", "", "70%");
	assert_string_equal(measure_name(cl.measure), "share");
	assert_string_equal(cl.commodity, "seafood");
}

static void test_frame_carries_subject_and_basis_to_a_continuing_sentence(void **state)
{
	static const char s[] = "Imports of Russian goods in August rose 3% from a year earlier. "
				"This marks a reversal from the 8% decline seen in July.";
	struct claim cl;

	(void)state;
	cl = get(s, "2023-09-20", "8%");
	assert_string_equal(measure_name(cl.measure), "change_yoy");
	assert_string_equal(cl.direction, "down");
	assert_string_equal(cl.period, "2023-07");
	assert_string_equal(cl.flow, "import");
	assert_string_equal(cl.partner, "RU");
	/* A new paragraph, or a sentence that does not refer back, starts afresh. */
	cl = get("Imports of Russian goods rose 3% from a year earlier.\n\n"
		 "This marks a fall of 8% in July.", "2023-09-20", "8%");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.flow, "");
	cl = get("Imports of Russian goods rose 3% from a year earlier. "
		 "Steel output fell 8% in July.", "2023-09-20", "8%");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.flow, "");
	/* Within one sentence, a later change shares the first one's basis. */
	cl = get("Imports rose 3% from a year earlier, reversing a decline of 8% in July.",
		 "2023-09-20", "8%");
	assert_string_equal(measure_name(cl.measure), "change_yoy");
}

/* Review finding F12: the words just before a figure or after a month are
 * read only when they lie in the figure's own sentence. */
static void test_frame_never_reads_across_the_sentence_boundary(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Plans to invest\n$5 billion arrived", "", "$5 billion");
	assert_string_equal(measure_name(cl.measure), "level");
	cl = get("Exports rose 5% in August\nLast year they fell.", "2023-09-20", "5%");
	assert_string_equal(cl.period, "2023-08");
	cl = get("It gave up its share of\n40% were sold", "", "40%");
	assert_string_equal(measure_name(cl.measure), "level");
	cl = get("Sales rose by\n$2 billion came in", "", "$2 billion");
	assert_string_equal(measure_name(cl.measure), "level");
}

/* Review finding (perf): 200,000 figures in run-on text without a single
 * comma or full stop (clauses of 1,600 tokens) parse in linear time. */
static void test_frame_stays_linear_on_text_without_punctuation(void **state)
{
	static const char unit[] = "imports of Russian goods rose 5% in August and exports fell "
				   "3 pct from a year earlier while ";
	size_t k, n = 100000 * (sizeof(unit) - 1);
	char *s = xmalloc(n + 1);
	struct doc d;
	struct claims c;
	clock_t t0 = clock();

	(void)state;
	for (k = 0; k < 100000; k++)
		memcpy(s + k * (sizeof(unit) - 1), unit, sizeof(unit) - 1);
	doc_init(&d, "test", s, n, "2023-09-20");
	claims_init(&c);
	parse_doc(&d, &c);
	assert_int_equal(figures_count(&c), 200000);
	/* Quadratic work took minutes here; linear takes well under a second
	 * (generous for sanitizer builds). */
	assert_true((double)(clock() - t0) / CLOCKS_PER_SEC < 20);
	claims_release(&c);
	doc_release(&d);
}

/* Reuters-21578 9770.txt: four figures, two flows, two periods. */
static void test_frame_earlier_value_takes_its_own_period_and_clause_subject(void **state)
{
	static const char s[] = "The value of British oil exports in February rose to 751\n"
				"mln stg from 723 mln in Jnauary while oil imports rose to 425\n"
				"mln from 352 mln.";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-26", "751\nmln stg");
	assert_string_equal(cl.period, "1987-02");
	assert_string_equal(measure_name(cl.measure), "level");
	assert_subject(&cl, "export", "GB", "WORLD", "oil");
	/* "from 723 mln in Jnauary": the earlier value, its month misspelt. */
	cl = get(s, "1987-03-26", "723 mln");
	assert_string_equal(cl.period, "1987-01");
	assert_string_equal(measure_name(cl.measure), "level");
	assert_string_equal(cl.direction, "");
	assert_subject(&cl, "export", "GB", "WORLD", "oil");
	/* After "while oil imports" the flow is import. */
	cl = get(s, "1987-03-26", "425\nmln");
	assert_string_equal(cl.period, "1987-02");
	assert_subject(&cl, "import", "GB", "WORLD", "oil");
	/* No period written next to it: never the first figure's (February),
	 * but the first subject's earlier month, January (period3: the same
	 * pair of months across "while"; test_when3.c). */
	cl = get(s, "1987-03-26", "352 mln");
	assert_string_equal(cl.period, "1987-01");
	assert_string_equal(measure_name(cl.measure), "level");
	assert_subject(&cl, "import", "GB", "WORLD", "oil");
}

static void test_frame_earlier_value_a_year_earlier_is_the_year_before(void **state)
{
	static const char s[] = "Thailand exported 1.29 mln tonnes of rice so far in 1987, "
				"down from 1.39 mln tonnes a year ago.";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-04-09", "1.29 mln tonnes");
	/* year to date (tests/eval/gold/GUIDE.md) */
	assert_string_equal(cl.period, "1987-01/1987-04");
	assert_subject(&cl, "export", "TH", "WORLD", "rice");
	cl = get(s, "1987-04-09", "1.39 mln tonnes");
	assert_string_equal(cl.period, "1986-01/1986-04");
	assert_string_equal(measure_name(cl.measure), "level");
	assert_string_equal(cl.direction, "");
	assert_subject(&cl, "export", "TH", "WORLD", "rice");
	/* "against" after another figure; "compared with a surplus of". */
	cl = get("Exports rose to 6.67 billion rand in 1987 against 5.1 billion a year earlier.",
		 "1987-04-09", "5.1 billion");
	assert_string_equal(cl.period, "1986");
	assert_string_equal(measure_name(cl.measure), "level");
	cl = get("Exports showed a surplus of 376 mln stg in February compared with a surplus "
		 "of 73 mln in January.", "1987-03-26", "376 mln stg");
	assert_string_equal(cl.period, "1987-02");
	cl = get("Exports showed a surplus of 376 mln stg in February compared with a surplus "
		 "of 73 mln in January.", "1987-03-26", "73 mln");
	assert_string_equal(cl.period, "1987-01");
	/* "last month ... from 6.20 billion in January". */
	cl = get("Exports rose to a record 6.93 billion stg last month from 6.20 billion in "
		 "January.", "1987-03-26", "6.93 billion stg");
	assert_string_equal(cl.period, "1987-02");
	cl = get("Exports rose to a record 6.93 billion stg last month from 6.20 billion in "
		 "January.", "1987-03-26", "6.20 billion");
	assert_string_equal(cl.period, "1987-01");
	/* A percent from a year earlier is a change, not an earlier value. */
	cl = get("Imports of Russian goods rose 3% from a year earlier to $11.5 billion in August.",
		 "2023-09-20", "3%");
	assert_string_equal(measure_name(cl.measure), "change_yoy");
	assert_string_equal(cl.period, "2023-08");
}

/* Wire copy capitalises the verb; a country before it is the reporter. */
static void test_frame_reads_a_country_and_its_trade_verb(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("LONDON, March 3 - The U.K. Exported 535,460 tonnes of wheat\n"
		 "and 336,750 tonnes of barley in January, the HGCA said.", "1987-03-03",
		 "336,750 tonnes");
	assert_subject(&cl, "export", "GB", "WORLD", "barley");
	assert_string_equal(cl.period, "1987-01");
	cl = get("Thailand exported 56,652 tonnes of rice in the week ended April 7, down "
		 "from 75,160 tonnes the previous week.", "1987-04-09", "75,160 tonnes");
	assert_subject(&cl, "export", "TH", "WORLD", "rice");
	assert_string_equal(cl.period, "1987-03-25/1987-03-31");	/* the week before */
	cl = get("Brazil imported 1.2 mln tonnes of wheat in 1986.", "1987-04-09",
		 "1.2 mln tonnes");
	assert_subject(&cl, "import", "BR", "WORLD", "wheat");
	/* A firm is not a reporter. */
	cl = get("Cargill sold 1,503.5 tonnes of wheat.", "1987-04-09", "1,503.5 tonnes");
	assert_subject(&cl, "", "", "", "wheat");
}

/* "and" + a new flow noun after a figure switches the flow; "exports and
 * imports" before any figure does not. */
static void test_frame_switches_subject_per_clause(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("China's exports to Russia rose 5% in August and imports fell 3%.", "2023-09-20",
		 "3%");
	assert_subject(&cl, "import", "CN", "RU", "");
	cl = get("China's exports to Russia rose 5% in August and imports fell 3%.", "2023-09-20",
		 "5%");
	assert_subject(&cl, "export", "CN", "RU", "");
	cl = get("Japan's exports and imports to the United States rose 5%.", "2023-09-20", "5%");
	assert_string_equal(cl.flow, "export");
	cl = get("Exports of oil rose 4% whereas imports of Russian goods fell 2%.", "2023-09-20",
		 "2%");
	assert_subject(&cl, "import", "", "RU", "goods");
}

/* Reuters-21578 9770.txt and 5508.txt: a balance is measure "balance",
 * flow "trade"; the current account's has no trade flow; a budget's is none. */
static void test_frame_reads_trade_balances(void **state)
{
	static const char uk[] = "Britain's visible trade deficit narrowed to a seasonally "
				 "adjusted provisional 224 mln stg in February from 527 mln in "
				 "January, the Department said.";
	struct claim cl;

	(void)state;
	cl = get(uk, "1987-03-26", "224 mln stg");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_string_equal(cl.period, "1987-02");
	/* visible trade is trade in goods (tests/eval/gold/GUIDE.md: goods totals, flow4) */
	assert_subject(&cl, "trade", "GB", "WORLD", "goods");
	cl = get(uk, "1987-03-26", "527 mln");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_string_equal(cl.period, "1987-01");
	assert_subject(&cl, "trade", "GB", "WORLD", "goods");
	cl = get("France posted a trade deficit of 400 mln francs in February.", "1987-03-16",
		 "400 mln francs");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_subject(&cl, "trade", "FR", "WORLD", "");
	cl = get("Japan's trade surplus with the United States rose to $5 billion.", "", "$5 billion");
	assert_subject(&cl, "trade", "JP", "US", "");
	cl = get("Invisibles were put at a 600 mln stg surplus.", "", "600 mln stg");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_subject(&cl, "", "", "", "");
	cl = get("The current account balance of payments showed a surplus of 376 mln stg.", "",
		 "376 mln stg");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_subject(&cl, "", "", "", "");
	/* a budget's deficit is a balance of no trade flow (GUIDE section 7) */
	cl = get("The budget deficit was 5 billion dlrs.", "", "5 billion dlrs");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_subject(&cl, "", "", "", "");
	/* no balance of trade: a money market's liquidity, and expected (issue 13) */
	cl = get("The money market expects a 2,000 billion yen surplus.", "", "2,000 billion yen");
	assert_string_equal(measure_name(cl.measure), "forecast");
}

static void test_frame_reads_targets(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("China aims to raise exports to Russia to $200 billion by 2024.", "2023-09-20",
		 "$200 billion");
	assert_string_equal(measure_name(cl.measure), "target");
	assert_string_equal(cl.period, "2024");
	assert_subject(&cl, "export", "CN", "RU", "");
	cl = get("India set an export target of $2 trillion by 2030.", "2023-09-20", "$2 trillion");
	assert_string_equal(measure_name(cl.measure), "target");
	cl = get("The government has a 5 pct growth target.", "", "5 pct");
	assert_string_equal(measure_name(cl.measure), "target");
	cl = get("Exports rose 5% to $3 billion.", "", "$3 billion");
	assert_string_equal(measure_name(cl.measure), "level");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frame_reads_exports_to_and_imports_from_a_country),
		cmocka_unit_test(test_frame_names_the_commodity_of_a_quantity),
		cmocka_unit_test(test_frame_carries_subject_and_basis_to_a_continuing_sentence),
		cmocka_unit_test(test_frame_never_reads_across_the_sentence_boundary),
		cmocka_unit_test(test_frame_stays_linear_on_text_without_punctuation),
		cmocka_unit_test(test_frame_earlier_value_takes_its_own_period_and_clause_subject),
		cmocka_unit_test(test_frame_earlier_value_a_year_earlier_is_the_year_before),
		cmocka_unit_test(test_frame_reads_a_country_and_its_trade_verb),
		cmocka_unit_test(test_frame_switches_subject_per_clause),
		cmocka_unit_test(test_frame_reads_trade_balances),
		cmocka_unit_test(test_frame_reads_targets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
