/*
 * test_deal11.c - the deal of a commodity story carried to its figures
 * (session 11, deal11): a tender's or bid's origin named after its "for"
 * ("bids for U.S. soft wheat") is the purchase's partner; a tender "on" a
 * date "for" goods is a purchase; a deal a title or lead states with no
 * figure of its own is the story's deal too; a later sentence of no flow
 * that speaks of the deal's goods (offers, a shipment, commitments) takes
 * the deal's flow, buyer and origin, and a bid or offer price in it is
 * the deal's; a buyer's tender of no origin leaves the partner open; the
 * figure added "to its previous commitments" is the holder's purchase.
 * Not carried: a sale to the home market, a sentence naming another
 * country or a verb of the deal's other side. Each test's last sentences
 * are from Reuters dev stories (14721, 17057, 12726, 15836, 18954) or others.txt (10519); the
 * others are written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static struct claim claim_of(const char *s, const char *mention)
{
	return get(s, "1987-04-07", mention);
}

/* "its bids for U.S. soft wheat" in a lead with no figure: the origin of
 * the tender the next sentence sizes, and of the bid's price. */
static void test_deal11_lead_bid_origin(void **state)
{
	static const char s[] = "date: 1987-04-07\nMOROCCO WHEAT\n\n"
				"RABAT, April 7 - Morocco has raised its bids for Canadian\n"
				"durum wheat, trade sources said.\n"
				"    Morocco today bid 96 dlrs per tonne for durum wheat in its\n"
				"tender for 60,000 tonnes of durum wheat.\n";
	static const char r[] = "date: 1987-04-07\nJORDAN BOOSTS BIDS IN EXPORT BONUS WHEAT TENDER\n\n"
				"KANSAS CITY, April 7 - Jordan has boosted its bids for U.S.\n"
				"soft and hard wheat under Export Bonus, private export sources\n"
				"said.\n"
				"    Jordan today bid 74 dlrs per tonne for soft wheat and 75\n"
				"dlrs per tonne for hard red winter wheat in its tender for\n"
				"225,000 tonnes of hard and soft wheat for April through\n"
				"November shipment.\n";
	struct claim cl;

	(void)state;
	cl = claim_of(s, "60,000 tonnes");
	assert_who(&cl, "import", "MA", "CA");
	cl = claim_of(s, "96 dlrs");
	assert_who(&cl, "import", "MA", "CA");
	cl = claim_of(r, "225,000 tonnes");
	assert_who(&cl, "import", "JO", "US");
	cl = claim_of(r, "74 dlrs");
	assert_string_equal(cl.measure == MEASURE_PRICE ? "price" : "other", "price");
	assert_who(&cl, "import", "JO", "US");
}

/* "will tender on April 29 for two cargoes of U.S. maize", "TO TENDER UP
 * TO 87,000 TONNES OF U.S. MAIZE": a purchase by the tendering country,
 * from the goods' origin. */
static void test_deal11_tender_on_a_date(void **state)
{
	static const char s[] = "date: 1987-04-07\nKOREA MAIZE\n\n"
				"SEOUL, April 7 - Korea will tender on Friday for 50,000\n"
				"tonnes of Argentine maize, importers said.\n";
	static const char r[] = "date: 1987-04-24\nTAIWAN MAIZE\n\n"
				"TAIPEI, April 24 - The joint committee of Taiwan's maize\n"
				"importers will tender on April 29 for two cargoes of U.S.\n"
				"Maize, totalling between 54,000 and 87,000 tonnes for delivery\n"
				"between May 21 and June 25, a committee spokesman told Reuters.\n";
	static const char t[] = "date: 1987-04-07\nKENYA TO TENDER 30,000 TONNES OF U.S. WHEAT\n\n"
				"NAIROBI, April 7 - Kenya will buy wheat, officials said.\n";
	static const char u[] = "date: 1987-04-24\nTAIWAN TO TENDER UP TO 87,000 TONNES OF U.S. MAIZE\n\n"
				"TAIPEI, April 24 - The joint committee of Taiwan's maize\n"
				"importers will tender on April 29, a spokesman said.\n";
	struct claim cl;

	(void)state;
	cl = claim_of(s, "50,000\ntonnes");
	assert_who(&cl, "import", "KR", "AR");
	cl = get(r, "1987-04-24", "between 54,000 and 87,000 tonnes");
	assert_who(&cl, "import", "TW", "US");
	/* a title's "TO TENDER (UP TO) N TONNES OF": the verb's object */
	cl = claim_of(t, "30,000 TONNES");
	assert_who(&cl, "import", "KE", "US");
	cl = get(u, "1987-04-24", "87,000 TONNES");
	assert_who(&cl, "import", "TW", "US");
}

/* The deal of the sentence before, carried whole to one of no flow that
 * speaks of its goods ("it accepted offers ... for 50,000 tonnes"); not
 * to one that names another country or the other side's verb. */
static void test_deal11_deal_carried_whole(void **state)
{
	static const char s[] = "date: 1987-04-07\nPERU WHEAT\n\n"
				"LIMA, April 7 - Peru bought 40,000 tonnes of Argentine wheat\n"
				"at its tender, officials said.\n"
				"    For June shipment, it accepted offers for 20,000 tonnes of\n"
				"wheat at 90 dlrs per tonne.\n"
				"    Offers for 30,000 tonnes of Australian wheat were rejected.\n";
	static const char o[] = "date: 1987-04-07\nWHEAT OFFER\n\n"
				"COLOMBO, April 7 - Officials said a U.S. firm's offer to supply\n"
				"52,500 tonnes of soft wheat to Sri Lanka was rejected.\n"
				"    The Food Department then offered to buy 40,000 tonnes of wheat\n"
				"at 85 dlrs, they said.\n";
	static const char r[] = "date: 1987-04-02\nBRAZIL BUYS FRENCH WHEAT AT TENDER\n\n"
				"RIO DE JANEIRO, April 2 - Brazil bought 75,000 tonnes of\n"
				"French wheat at tonight's tender, a Brazilian Wheat Board\n"
				"spokesman said.\n"
				"    For May shipment, it accepted offers from J. Souflet for\n"
				"50,000 tonnes of wheat at 83.49 dlrs Fob per tonne.\n";
	struct claim cl;

	(void)state;
	cl = claim_of(s, "20,000 tonnes");
	assert_who(&cl, "import", "PE", "AR");
	cl = claim_of(s, "90 dlrs");
	assert_who(&cl, "import", "PE", "AR");
	cl = claim_of(s, "30,000 tonnes");
	assert_string_not_equal(cl.partner, "AR");
	cl = claim_of(o, "40,000 tonnes");
	assert_string_not_equal(cl.flow, "export");
	cl = get(r, "1987-04-02", "50,000 tonnes");
	assert_who(&cl, "import", "BR", "FR");
	cl = get(r, "1987-04-02", "83.49 dlrs");
	assert_who(&cl, "import", "BR", "FR");
}

/* A buyer's tender of no origin ("any origin wheat") is the story's deal
 * with no partner: the offers in it are the buyer's, of no partner; a
 * sale to the home market is no deal abroad to carry. */
static void test_deal11_open_tender(void **state)
{
	static const char s[] = "date: 1987-04-07\nUK WHEAT SOLD TO HOME MARKET\n\n"
				"LONDON, April 7 - A total of 2,000 tonnes of British feed\n"
				"wheat were sold at today's tender for the home market, the\n"
				"authority said.\n";
	static const char r[] = "date: 1987-04-09\nEGYPT CANCELS WHEAT TENDER\n\n"
				"PARIS, April 9 - Egypt has cancelled its April 2 tender for\n"
				"200,000 tonnes of any origin wheat for April 15-30 shipment,\n"
				"trade and Egyptian official sources said.\n"
				"    Trade sources said the cancellation followed an offer by an\n"
				"Egyptian company, Islamic Corp, at 85.80 dlrs/tonne cost and\n"
				"freight, undercutting other traders' offers of between 93.90\n"
				"and 94.49 dlrs/tonne.\n";
	struct claim cl;

	(void)state;
	cl = claim_of(s, "2,000 tonnes");
	assert_string_equal(cl.flow, "");
	cl = get(r, "1987-04-09", "85.80 dlrs");
	assert_who(&cl, "import", "EG", "");
	cl = get(r, "1987-04-09", "between 93.90\nand 94.49 dlrs");
	assert_who(&cl, "import", "EG", "");
}

/* "added 30,000 tonnes of U.S. corn to its previous commitments": the
 * holder's purchase from the goods' origin; the total of its commitments
 * in the next sentence, which names no holder, is the same deal's. */
static void test_deal11_commitments(void **state)
{
	static const char s[] = "date: 1987-04-07\nUSSR ADDS WHEAT\n\n"
				"WASHINGTON, April 7 - The Soviet Union has added 20,000 tonnes\n"
				"of Canadian wheat to its outstanding commitments, traders said.\n";
	static const char r[] = "date: 1987-06-18\nCHINA ADDS CORN TO COMMITMENTS - USDA\n\n"
				"WASHINGTON, June 18 - China has added 30,000 tonnes of U.S.\n"
				"corn to its previous commitments, according to the U.S.\n"
				"Agriculture Department's latest Export Sales report.\n"
				"    Total corn commitments for delivery in the 1986/87 season\n"
				"amount to 1,083,400 tonnes.\n";
	struct claim cl;

	(void)state;
	cl = claim_of(s, "20,000 tonnes");
	assert_who(&cl, "import", "SU", "CA");
	cl = get(r, "1987-06-18", "30,000 tonnes");
	assert_who(&cl, "import", "CN", "US");
	cl = get(r, "1987-06-18", "1,083,400 tonnes");
	assert_who(&cl, "import", "CN", "US");
}

/* "Jamaica bought U.S. corn and wheat at its tender": the goods' origin
 * right after the verb of buying is the purchase's partner, and the deal
 * the lead states carries to "The purchase consisted of ..."; "bought
 * Argentine wheat, 30,000 tonnes" is Argentina's, not all partners'. */
static void test_deal11_origin_after_the_verb(void **state)
{
	static const char s[] = "date: 1987-03-27\nPERU BUYS WHEAT\n\n"
				"LIMA, March 27 - Peru bought Argentine wheat, 30,000 tonnes\n"
				"in all, at its tender.\n";
	static const char r[] = "date: 1987-03-27\nJAMAICA BUYS U.S. PL-480 CORN, WHEAT AND RICE\n\n"
				"CHICAGO, March 27 - Jamaica bought U.S. corn, wheat and\n"
				"rice at its tender earlier this week using PL-480 funds, a U.S.\n"
				"Department of Agriculture official said.\n"
				"    The purchase consisted of 10,000 tonnes of wheat for May\n"
				"shipment.\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1987-03-27", "30,000 tonnes");
	assert_who(&cl, "import", "PE", "AR");
	cl = get(r, "1987-03-27", "10,000 tonnes");
	assert_who(&cl, "import", "JM", "US");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deal11_lead_bid_origin),
		cmocka_unit_test(test_deal11_tender_on_a_date),
		cmocka_unit_test(test_deal11_deal_carried_whole),
		cmocka_unit_test(test_deal11_open_tender),
		cmocka_unit_test(test_deal11_commitments),
		cmocka_unit_test(test_deal11_origin_after_the_verb),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
