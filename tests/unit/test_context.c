/*
 * test_context.c - what a story's context gives its figures (issue 13):
 * the dateline's, sub-dateline's and agency's country as the default
 * reporter, a paragraph's stated subject and period carried through it,
 * partners that are never reporters, currency phrases that are no subject,
 * WORLD for totals, signed balances and the constructions of trade prose.
 * Every sentence here was written for these tests.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void test_context_dateline_gives_the_reporter(void **state)
{
	static const char s[] = "date: 2026-05-04\nTRADE NEWS\n\n"
				"OTTAWA, May 4 - Imports were 61.2 billion dlrs in March, the\n"
				"agency said, and exports to Mexico rose 2 pct.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-05-04", "2 pct");
	assert_who(&cl, "export", "CA", "MX");
	/* "Imports were": the flow noun is its clause's subject; all partners. */
	cl = get(s, "2026-05-04", "61.2 billion dlrs");
	assert_who(&cl, "import", "CA", "WORLD");
	assert_string_equal(cl.period, "2026-03");
}

/* The dateline city in capitals is where the story was filed: its country
 * is the default reporter, inferred, not a subject the sentence states. */
static void test_context_dateline_reporter_is_inferred(void **state)
{
	static const char s[] = "date: 1987-04-02\n\n"
				"TOKYO, April 2 - The trade surplus with the United States was\n"
				"5.2 billion dlrs in February. Japan's exports rose 3 pct.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-04-02", "5.2 billion dlrs");
	assert_who(&cl, "trade", "JP", "US");
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
	assert_int_equal(cl.partner_src, SOURCE_STATED);
	cl = get(s, "1987-04-02", "3 pct");
	assert_who(&cl, "export", "JP", "WORLD");
	assert_int_equal(cl.reporter_src, SOURCE_STATED);
}

/* "from Chinese customs" names where the figures come from, not a partner:
 * the reporter, stated by the sentence. */
static void test_context_source_after_from_is_the_reporter(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Some words on trade.\n\nAccording to data from Chinese customs, imports of "
		 "Russian products in August reached $9.9 billion.", "2024-05-22", "$9.9 billion");
	assert_who(&cl, "import", "CN", "RU");
	assert_int_equal(cl.reporter_src, SOURCE_STATED);
	cl = get("Some words on trade.\n\nExports to China rose to $4.1 billion in August.",
		 "2024-05-22", "$4.1 billion");
	assert_string_equal(cl.partner, "CN");
	assert_string_not_equal(cl.reporter, "CN");
}

/* A balance's partner may follow the figure: "a surplus of X with Y". */
static void test_context_balance_partner_after_the_figure(void **state)
{
	static const char s[] = "Some words on trade.\n\nSouth Korea had a trade surplus of 7.2 "
				"billion dlrs with the United States in 1986, against 4.1 billion "
				"in 1985. Its overall surplus was 4.3 billion dlrs in 1986.";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-04-01", "7.2 billion dlrs");
	assert_who(&cl, "trade", "KR", "US");
	assert_int_equal(cl.partner_src, SOURCE_STATED);
	cl = get(s, "1987-04-01", "4.1 billion");
	assert_who(&cl, "trade", "KR", "US");
	assert_string_equal(cl.period, "1985");
	cl = get(s, "1987-04-01", "4.3 billion dlrs");
	assert_string_equal(cl.partner, "WORLD");
}

/* Part of a month is not the month: "the first 20 days of February". */
static void test_context_first_days_of_a_month(void **state)
{
	static const char s[] = "Some words on trade.\n\nJapan's customs-cleared trade surplus in "
				"the first 20 days of February jumped to 3.58 billion dlrs. The surplus "
				"was 8.14 billion dlrs in February.";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-02", "3.58 billion dlrs");
	assert_string_equal(cl.period, "1987-02-01/1987-02-20");
	cl = get(s, "1987-03-02", "8.14 billion dlrs");
	assert_string_equal(cl.period, "1987-02");
}

/* "revised to X from a previously published Y": X revised, Y previous. */
static void test_context_revised_from_previously_published(void **state)
{
	static const char s[] = "U.S. imports from China in December 2016 were revised to 39.36 "
				"billion dlrs from a previously published 39.38 billion dlrs.";
	struct claim cl;

	(void)state;
	cl = get(s, "2019-06-04", "39.36 billion dlrs");
	assert_int_equal(cl.status, STATUS_REVISED);
	cl = get(s, "2019-06-04", "39.38 billion dlrs");
	assert_int_equal(cl.status, STATUS_PREVIOUS);
	assert_string_equal(cl.period, "2016-12");
}

/* "On that basis" after a sentence with no figure that says the basis. */
static void test_context_on_that_basis_after_a_sentence_without_figures(void **state)
{
	static const char s[] = "Some words on trade.\n\nAfter being adjusted for seasonal "
				"fluctuations, the figures look a bit better. On that basis, the trade "
				"surplus declined to 9.16 billion dlrs in February.";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-10", "9.16 billion dlrs");
	assert_int_equal(cl.adjustment, ADJ_SA);
}

static void test_context_agency_gives_the_reporter_without_a_dateline(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Exports fell 3 pct in May, the Census Bureau said.", "2026-07-01", "3 pct");
	assert_who(&cl, "export", "US", "WORLD");
	cl = get("Imports from Japan rose 4 pct, Statistics Canada said.", "2026-07-01", "4 pct");
	assert_who(&cl, "import", "CA", "JP");
}

/* A partner is never the reporter: a US release's "deficit with Mexico". */
static void test_context_partner_is_never_the_reporter(void **state)
{
	static const char s[] = "WASHINGTON, June 4 - The deficit with Mexico grew $2.0 billion\n"
				"to $17.1 billion in April. Exports to Mexico fell $0.4 billion.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-06-04", "$17.1 billion");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_true(cl.value < 0);	/* a deficit */
	assert_who(&cl, "trade", "US", "MX");
	/* "grew" for a deficit moves the signed balance down. */
	cl = get(s, "2026-06-04", "$2.0 billion");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.direction, "down");
	assert_true(cl.value < 0);
	cl = get(s, "2026-06-04", "$0.4 billion");
	assert_who(&cl, "export", "US", "MX");
	assert_string_equal(measure_name(cl.measure), "change");
	assert_string_equal(cl.direction, "down");
	assert_true(cl.value > 0);	/* only a balance's change is signed */
}

/* "in U.S. dollar terms" names a currency, not a subject. */
static void test_context_currency_phrase_is_no_subject(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("BEIJING, May 9 - Imports rose 3.1 percent in April in U.S. dollar terms.",
		 "2026-05-09", "3.1 percent");
	assert_who(&cl, "import", "CN", "WORLD");
}

/* A subject stated in a paragraph carries through it, not past it; a
 * sub-dateline holds for its paragraph. */
static void test_context_paragraph_subject_and_sub_dateline(void **state)
{
	static const char s[] = "date: 2026-04-02\nWIRE\n\n"
				"LONDON, April 2 - Polish exports rose 4 pct in March.\n"
				"Imports were 9.1 billion zlotys.\n"
				"    ZURICH - Swiss watch exports fell 2 pct in March.\n"
				"    Imports fell 1 pct in March.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-04-02", "9.1 billion zlotys");
	assert_who(&cl, "import", "PL", "WORLD");
	assert_string_equal(cl.period, "2026-03");	/* the paragraph's */
	cl = get(s, "2026-04-02", "2 pct");
	assert_who(&cl, "export", "CH", "WORLD");
	assert_string_equal(cl.commodity, "watch");
	cl = get(s, "2026-04-02", "1 pct");
	assert_who(&cl, "import", "GB", "WORLD");
}

static void test_context_trade_between_and_bilateral_trade(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("Trade between Chile and Peru rose 5 pct to $3.1 billion in 2025.", "2026-01-10",
		 "$3.1 billion");
	assert_who(&cl, "trade", "CL", "PE");
	cl = get("MOSCOW, Jan 10 - Bilateral trade with Vietnam grew 7 pct in 2025.", "2026-01-10",
		 "7 pct");
	assert_who(&cl, "trade", "RU", "VN");
	cl = get("Intra-euro area trade rose 1.2% in May.", "2026-07-15", "1.2%");
	assert_who(&cl, "trade", "EA", "EA");
	cl = get("The euro area recorded a EUR 9.9 bn surplus in May.", "2026-07-15", "EUR 9.9 bn");
	assert_who(&cl, "trade", "EA", "WORLD");
}

/* Possessives with modifiers, nationality adjectives, "exports of". */
static void test_context_possessive_and_adjective_subjects(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("France's merchandise imports from Spain were EUR 3 bn.", "2026-03-01", "EUR 3 bn");
	assert_who(&cl, "import", "FR", "ES");
	assert_string_equal(cl.commodity, "goods");
	cl = get("Shipments of Italian furniture to Japan rose 6 pct.", "2026-03-01", "6 pct");
	assert_who(&cl, "export", "IT", "JP");
	assert_string_equal(cl.commodity, "furniture");
	cl = get("Exports of goods and services were $250 billion.", "2026-03-01", "$250 billion");
	assert_string_equal(cl.commodity, "");
	/* "to Asia": a partner that is no one country, never WORLD. */
	cl = get("Japan's exports to Asia rose 3 pct.", "2026-03-01", "3 pct");
	assert_who(&cl, "export", "JP", "");
}

/* Absolute changes, "or N percent", the basis named after the figure, and
 * a month that qualifies the flow. */
static void test_context_changes_and_their_basis(void **state)
{
	static const char s[] = "WASHINGTON, Feb 5 - Exports in 2025 were $3.0 trillion, up\n"
				"$95.0 billion, or 3.2 percent, from 2024. Imports were $4.1\n"
				"trillion, up $107.3 billion.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-02-05", "$95.0 billion");
	assert_string_equal(measure_name(cl.measure), "change_yoy");
	assert_string_equal(cl.direction, "up");
	cl = get(s, "2026-02-05", "3.2 percent");
	assert_string_equal(measure_name(cl.measure), "change_yoy");
	assert_string_equal(cl.direction, "up");
	assert_who(&cl, "export", "US", "WORLD");
	/* The next sentence of the paragraph continues the comparison. */
	cl = get(s, "2026-02-05", "$107.3 billion");
	assert_string_equal(measure_name(cl.measure), "change_yoy");
	assert_string_equal(cl.period, "2025");
	cl = get("The March deficit narrowed $1.2 billion to $40.1 billion.", "2026-05-05",
		 "$1.2 billion");
	assert_string_equal(cl.period, "2026-03");
	assert_string_equal(cl.direction, "up");	/* a deficit that narrows */
	assert_true(cl.value > 0);
}

/* A wire line break is no sentence break: "South\nAfrican". */
static void test_context_wire_wrap_is_no_sentence_break(void **state)
{
	static const char s[] = "date: 2026-05-21\nTITLE\n\n"
				"MOSCOW, May 21 - Exports to the United Arab Emirates and South\n"
				"Africa rose 4 percent in April, the economy ministry said on Monday.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-05-21", "4 percent");
	assert_who(&cl, "export", "RU", "AE");
	assert_string_equal(cl.period, "2026-04");
}

/* A title in capitals gives its own period. */
static void test_context_title_period(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("date: 2026-09-08\nCHINA AUGUST EXPORTS RISE 5.1 PCT\n\nBEIJING, Sept 8 - ...\n",
		 "2026-09-08", "5.1 PCT");
	assert_string_equal(cl.period, "2026-08");
	assert_who(&cl, "export", "CN", "WORLD");
}


/* Point 5: currencies and units by context. */
static void test_context_currencies_and_units(void **state)
{
	static const char nz[] = "date: 2026-03-27\nTITLE\n\n"
				 "WELLINGTON, March 27 - New Zealand's exports rose 120 million\n"
				 "dlrs to 6.1 billion dlrs in February, and gold was 2,300 dls an\n"
				 "ounce.\n"
				 "    ZURICH - Swiss chocolate exports were 1.2 billion francs.\n";
	struct claim cl;

	(void)state;
	cl = get(nz, "2026-03-27", "6.1 billion dlrs");
	assert_string_equal(cl.unit, "NZD");
	cl = get(nz, "2026-03-27", "120 million\ndlrs");
	assert_string_equal(cl.unit, "NZD");
	assert_string_equal(measure_name(cl.measure), "change");
	/* a price per unit stays in US dollars and has no trade subject */
	cl = get(nz, "2026-03-27", "2,300 dls");
	assert_string_equal(cl.unit, "USD");
	assert_string_equal(measure_name(cl.measure), "price");
	assert_string_equal(cl.per, "oz");
	assert_string_equal(cl.commodity, "gold");
	assert_string_equal(cl.flow, "");
	cl = get(nz, "2026-03-27", "1.2 billion francs");
	assert_string_equal(cl.unit, "CHF");
	/* Taiwan counts trade and reserves in U.S. dollars; its own are named */
	static const char tw[] = "date: 1987-03-20\nTITLE\n\n"
				 "TAIPEI, March 20 - Taiwan's trade surplus with the U.S. rose to\n"
				 "13.6 billion dlrs last year. The surplus has boosted foreign exchange\n"
				 "reserves to 50 billion dlrs. The budget is 500 billion Taiwan dlrs.\n";
	cl = get(tw, "1987-03-20", "13.6 billion dlrs");
	assert_string_equal(cl.unit, "USD");
	assert_who(&cl, "trade", "TW", "US");
	/* reserves are a stock: no balance, though the sentence opens with one */
	cl = get(tw, "1987-03-20", "50 billion dlrs");
	assert_string_equal(cl.unit, "USD");
	assert_string_equal(measure_name(cl.measure), "level");
	assert_string_equal(cl.flow, "");
	cl = get(tw, "1987-03-20", "500 billion Taiwan dlrs");
	assert_string_equal(cl.unit, "TWD");
	cl = get("A 40-billion-dlr fund and a 2.5-mln-dlr office.", "", "40-billion-dlr");
	assert_true(num_eq(cl.value, 40e9));
	assert_string_equal(measure_name(cl.measure), "investment");
	cl = get("Exports were Rs 3.2 lakh crore.", "", "Rs 3.2 lakh crore");
	assert_true(num_eq(cl.value, 3.2e12));
	cl = get("Sales to Peru, Chile and Bolivia were $4.1 billion, 2.2 billion and 0.9 billion "
		 "respectively.", "", "2.2 billion");
	assert_string_equal(cl.unit, "USD");	/* a list item takes the first's currency */
	cl = get("Shipments were 2.4 mln t and 3 mmt.", "", "2.4 mln t");
	assert_string_equal(cl.unit, "t");
	cl = get("Shipments were 2.4 mln t and 3 mmt.", "", "3 mmt");
	assert_true(num_eq(cl.value, 3e6));
	cl = get("Vietnam shipped 1.9 million 60-kg bags of coffee.", "", "1.9 million 60-kg bags");
	assert_string_equal(cl.unit, "bag");
	assert_true(num_eq(cl.value, 1.9e6));
	cl = get("Tariffs rose between four and 12 pct.", "", "between four and 12 pct");
	assert_true(num_eq(cl.value, 8));
	cl = get("The bank cut rates by 75 basis points.", "", "75 basis points");
	assert_string_equal(cl.unit, "bp");
	cl = get("Bahrain sold 3.3 billion dirhams and Poland 9 billion zlotys.", "",
		 "3.3 billion dirhams");
	assert_string_equal(cl.unit, "AED");
}

/* Absolute changes against a month, months ending in one, forecasts,
 * targets and prices of a named origin. */
static void test_context_more_constructions(void **state)
{
	static const char us[] = "WASHINGTON, Aug 5 - June exports were $260.1 billion, $1.2\n"
				 "billion less than May exports. The three-month average deficit\n"
				 "was $70.2 billion for the three months ending in June.\n";
	struct claim cl;

	(void)state;
	cl = get(us, "2026-08-05", "$1.2\nbillion");
	assert_string_equal(measure_name(cl.measure), "change_mom");
	assert_string_equal(cl.direction, "down");
	assert_string_equal(cl.period, "2026-06");
	cl = get(us, "2026-08-05", "$70.2 billion");
	assert_string_equal(cl.period, "2026-04/2026-06");
	assert_true(cl.value < 0);
	cl = get("Exports to Asia were seen at 2.1 mln tonnes.", "", "2.1 mln tonnes");
	assert_string_equal(measure_name(cl.measure), "forecast");
	cl = get("Chile and Peru agreed to raise bilateral trade to $9 billion by 2030.", "2026-01-01",
		 "$9 billion");
	assert_string_equal(measure_name(cl.measure), "target");
	assert_string_equal(cl.period, "2030");
	cl = get("Canadian wheat sold to Japan for 310 Canadian dlrs a tonne.", "", "310 Canadian dlrs");
	assert_string_equal(measure_name(cl.measure), "price");
	assert_string_equal(cl.per, "t");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "CA");
	assert_string_equal(cl.partner, "JP");
	assert_string_equal(cl.commodity, "wheat");
}

/* Wire-copy constructions: purchases, exchange rates, an earlier value's
 * period, national statistics, forecasts by their period, adjectival
 * balances, qualifiers and where a field came from. */
static void test_context_wire_constructions(void **state)
{
	struct claim cl;

	(void)state;
	cl = get("CAIRO, May 2 - Egypt bought 200,000 tonnes of Australian wheat.", "1987-05-02",
		 "200,000 tonnes");
	assert_who(&cl, "import", "EG", "AU");
	assert_string_equal(cl.commodity, "wheat");
	cl = get("FRANKFURT, April 3 - The dollar was fixed at 1.8162 marks.", "1987-04-03",
		 "1.8162 marks");
	assert_string_equal(measure_name(cl.measure), "price");
	assert_string_equal(cl.reporter, "");
	cl = get("ANKARA, March 16 - Exports were 7.45 billion dlrs, compared with 7.95 billion "
		 "in 1985.", "1987-03-16", "7.45 billion dlrs");
	assert_string_equal(cl.period, "1986");
	cl = get("ANKARA, March 16 - Wheat output rose to 19 mln tonnes.", "1987-03-16",
		 "19 mln tonnes");
	assert_string_equal(cl.reporter, "TR");	/* a national statistic, no flow */
	assert_int_equal(cl.reporter_src, SOURCE_INFERRED);
	cl = get("Turkey's wheat crop in 1988 is put at 20 mln tonnes.", "1987-03-16",
		 "20 mln tonnes");
	assert_string_equal(measure_name(cl.measure), "forecast");
	assert_string_equal(cl.reporter, "TR");
	assert_int_equal(cl.reporter_src, SOURCE_STATED);
	cl = get("The 15.1 billion dlr February trade deficit was a record.", "1987-04-14",
		 "15.1 billion dlr");
	assert_string_equal(measure_name(cl.measure), "balance");
	assert_true(cl.value < 0);
	cl = get("Exports rose more than 4 pct.", "", "4 pct");
	assert_string_equal(cl.approx, "over");
	/* DESIGN's qualifiers */
	cl = get("On a seasonally adjusted basis, exports fell 0.3 percent in May.", "2026-07-01",
		 "0.3 percent");
	assert_string_equal(adjustment_name(cl.adjustment), "sa");
	cl = get("In volume terms, exports rose 2 pct in May.", "2026-07-01", "2 pct");
	assert_string_equal(price_basis_name(cl.price), "real");
	cl = get("The previously published May deficit was $67.9 billion.", "2026-07-01",
		 "$67.9 billion");
	assert_string_equal(claim_status_name(cl.status), "previous");
	cl = get("The three-month average deficit was $69.9 billion.", "2026-07-01",
		 "$69.9 billion");
	assert_string_equal(rate_basis_name(cl.basis), "avg3m");
	/* the compilation basis */
	cl = get("The trade gap, calculated on a balance-of-payments basis, was $147.7 "
		 "billion in 2026.", "2027-03-20", "$147.7 billion");
	assert_string_equal(rate_basis_name(cl.basis), "bop");
	cl = get("On a balance of payments basis the deficit was $140 billion in 2026.",
		 "2027-03-20", "$140 billion");
	assert_string_equal(rate_basis_name(cl.basis), "bop");
	cl = get("The current account deficit was $120 billion in 2026, and the trade "
		 "deficit $150 billion.", "2027-03-20", "$120 billion");
	assert_string_equal(rate_basis_name(cl.basis), "bop");
	cl = get("The current account deficit was $120 billion in 2026, and the trade "
		 "deficit $150 billion.", "2027-03-20", "$150 billion");
	assert_string_equal(rate_basis_name(cl.basis), "");	/* another clause */
	cl = get("In February 2026 the current account had shown a 6.85 billion mark surplus "
		 "and the trade account a 6.84 billion surplus.", "2026-04-01", "6.84 billion");
	assert_string_equal(rate_basis_name(cl.basis), "");	/* the trade account */
	cl = get("Australia must curb its 100 billion dlr foreign debt and current account "
		 "deficit.", "2026-04-01", "100 billion dlr");
	assert_string_equal(rate_basis_name(cl.basis), "");	/* the debt's */
	cl = get("On a Census basis, the 2026 deficit was $169.8 billion.", "2027-03-20",
		 "$169.8 billion");
	assert_string_equal(rate_basis_name(cl.basis), "customs");
	cl = get("On a customs cleared basis, the surplus was 82.66 billion dlrs in 2026.",
		 "2027-03-20", "82.66 billion dlrs");
	assert_string_equal(rate_basis_name(cl.basis), "customs");
	cl = get("Census Bureau figures put the 2026 deficit at $170 billion.", "2027-03-20",
		 "$170 billion");
	assert_string_equal(rate_basis_name(cl.basis), "customs");
	cl = get("Customs figures put exports at $9 billion in May.", "2026-07-01", "$9 billion");
	assert_string_equal(rate_basis_name(cl.basis), "customs");
	cl = get("The customs office said exports were $9 billion in May.", "2026-07-01",
		 "$9 billion");
	assert_string_equal(rate_basis_name(cl.basis), "");	/* an office, no basis */
	cl = get("The payments were $9 billion in May on a monthly basis.", "2026-07-01",
		 "$9 billion");
	assert_string_equal(rate_basis_name(cl.basis), "");
	/* a release's report: BoP said in the lead is the story's, said in
	 * another paragraph the rest of that paragraph's */
	cl = get("WASHINGTON, March 11 - The U.S. merchandise trade deficit on a balance of "
		 "payments basis was a record 38.37 billion dlrs in the fourth quarter.\n"
		 "    For the full year 2026, the merchandise trade deficit was a record 147.7 "
		 "billion dlrs, the department said.\n", "2027-03-11", "147.7 billion dlrs");
	assert_string_equal(rate_basis_name(cl.basis), "bop");
	cl = get("WASHINGTON, March 11 - The dollar fell against the yen.\n"
		 "    The trade gap, on a balance-of-payments basis, was 38.37 billion dlrs in "
		 "the fourth quarter. The 2026 deficit was 147.7 billion dlrs.\n"
		 "    The 2026 trade deficit was 169.8 billion dlrs, Baker said.\n",
		 "2027-03-11", "147.7 billion dlrs");
	assert_string_equal(rate_basis_name(cl.basis), "bop");
	cl = get("WASHINGTON, March 11 - The dollar fell against the yen.\n"
		 "    The trade gap, on a balance-of-payments basis, was 38.37 billion dlrs in "
		 "the fourth quarter. The 2026 deficit was 147.7 billion dlrs.\n"
		 "    The 2026 trade deficit was 169.8 billion dlrs, Baker said.\n",
		 "2027-03-11", "169.8 billion dlrs");
	assert_string_equal(rate_basis_name(cl.basis), "");	/* another paragraph */
	cl = get("Exports were $9.1 billion in May, a provisional estimate showed.", "2026-07-01",
		 "$9.1 billion");
	assert_string_equal(claim_status_name(cl.status), "preliminary");
	assert_int_equal(cl.flow_src, SOURCE_STATED);
	assert_int_equal(cl.period_src, SOURCE_STATED);
	assert_int_equal(cl.partner_src, SOURCE_INFERRED);	/* WORLD: no partner named */
	/* ranges of days */
	cl = get("Exports in Feb 1-20 were 2.1 mln t.", "2026-03-12", "2.1 mln t");
	assert_string_equal(cl.period, "2026-02-01/2026-02-20");
	cl = get("Exports in the first 10 days of May were 1.1 mln t.", "2026-05-21", "1.1 mln t");
	assert_string_equal(cl.period, "2026-05-01/2026-05-10");
	cl = get("Shipments from Feb 15-June 30 next year are seen at 2 mln t.", "2026-03-27",
		 "2 mln t");
	assert_string_equal(cl.period, "2027-02-15/2027-06-30");
	assert_string_equal(measure_name(cl.measure), "forecast");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_context_dateline_gives_the_reporter),
		cmocka_unit_test(test_context_dateline_reporter_is_inferred),
		cmocka_unit_test(test_context_source_after_from_is_the_reporter),
		cmocka_unit_test(test_context_balance_partner_after_the_figure),
		cmocka_unit_test(test_context_first_days_of_a_month),
		cmocka_unit_test(test_context_revised_from_previously_published),
		cmocka_unit_test(test_context_on_that_basis_after_a_sentence_without_figures),
		cmocka_unit_test(test_context_agency_gives_the_reporter_without_a_dateline),
		cmocka_unit_test(test_context_partner_is_never_the_reporter),
		cmocka_unit_test(test_context_currency_phrase_is_no_subject),
		cmocka_unit_test(test_context_paragraph_subject_and_sub_dateline),
		cmocka_unit_test(test_context_trade_between_and_bilateral_trade),
		cmocka_unit_test(test_context_possessive_and_adjective_subjects),
		cmocka_unit_test(test_context_changes_and_their_basis),
		cmocka_unit_test(test_context_wire_wrap_is_no_sentence_break),
		cmocka_unit_test(test_context_title_period),
		cmocka_unit_test(test_context_currencies_and_units),
		cmocka_unit_test(test_context_more_constructions),
		cmocka_unit_test(test_context_wire_constructions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
