/*
 * test_table10.c - a table's cell takes its period from its column's header
 * (table_period.c, session 10): marketing years over report dates (the
 * earlier report's column is status previous); dates alone dated by the
 * lead (seasons to date, or weeks ended); months, a year beside each, and a
 * "Change" column, whose cells are the change from the second month to the
 * first; a table with no header of periods, or one cut off by prose, gives
 * none; under no header, the lead's one period and, when it names
 * balances, signed balances; a section title's economy is the reporter,
 * and a table of projections gives forecasts for a running season's
 * columns but for what is known; a row of one country in a table of
 * exports is the partner; a title of rows inside the table ("Under Regular
 * Nine Month Loan --") does not end it; a lead naming two units gives its
 * cells neither; "May 1" is a day of the story's year, "Previous" a column
 * of no period. Every table here is written for the test.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "parse_test_util.h"

static void assert_cell(const char *s, const char *date, const char *mention, const char *period,
			enum claim_status status)
{
	struct claim cl = get(s, date, mention);

	if (strcmp(cl.period, period))
		fail_msg("'%s': period '%s', want '%s'", mention, cl.period, period);
	if (cl.status != status)
		fail_msg("'%s': status %d, want %d", mention, (int)cl.status, (int)status);
	if (cl.period_src != SOURCE_STATED)
		fail_msg("'%s': period not stated", mention);
}

static const char seasons_over_reports[] =
	"WASHINGTON, May 12 - The department made the following oats\n"
	"estimates in its monthly report, in mln tonnes, except where noted --\n"
	"                 1991/92            1990/91\n"
	"            05/12/92  04/10/92  05/12/92  04/10/92\n"
	" Production    31.25     31.40     29.70     29.65\n"
	" Exports        4.15      4.05      3.90      3.85\n";

static void test_table10_seasons_over_reports(void **state)
{
	const char *d = "1992-05-12";

	(void)state;
	assert_cell(seasons_over_reports, d, "31.25", "1991/92", STATUS_NONE);
	assert_cell(seasons_over_reports, d, "31.40", "1991/92", STATUS_PREVIOUS);
	assert_cell(seasons_over_reports, d, "29.70", "1990/91", STATUS_NONE);
	assert_cell(seasons_over_reports, d, "3.85", "1990/91", STATUS_PREVIOUS);
}

static void test_table10_season_to_date(void **state)
{
	const char *s = "WASHINGTON, March 5 - Shipments of the following crops\n"
			"since the start of the current seasons, as reported by\n"
			"shippers, in thousand tonnes --\n"
			"               2/26/92   Prev Wk   2/27/91\n"
			" Barley        1,204.5   1,150.2     980.7\n"
			" Rye             310.4     301.9     295.0\n";

	(void)state;
	assert_cell(s, "1992-03-05", "1,204.5", "1991/92", STATUS_NONE);
	assert_cell(s, "1992-03-05", "1,150.2", "1991/92", STATUS_NONE);
	assert_cell(s, "1992-03-05", "980.7", "1990/91", STATUS_NONE);
	/* "Prev Wk" beside a month and day: the day's year is the story's */
	assert_cell("WASHINGTON, March 5 - Shipments of the following crops\n"
		    "since the start of the current seasons, in thousand tonnes --\n"
		    "               Feb 27   Prev Wk\n"
		    " Barley        1,204.5   1,150.2\n", "1992-03-05", "1,150.2", "1991/92",
		    STATUS_NONE);
}

static void test_table10_weeks_ended(void **state)
{
	const char *s = "WASHINGTON, March 5 - Inspections for export in the week\n"
			"ended February 27, in tonnes --\n"
			"               2/27/92   Prev Week\n"
			" Barley         61,250     58,400\n";

	(void)state;
	assert_cell(s, "1992-03-05", "61,250", "1992-02-21/1992-02-27", STATUS_NONE);
	assert_cell(s, "1992-03-05", "58,400", "1992-02-14/1992-02-20", STATUS_NONE);
}

static void test_table10_months_and_change(void **state)
{
	const char *s = "OTTAWA, Aug 4 - The agency's monthly figures, in billions of\n"
			"dollars:\n"
			"\n"
			"                     June     May    Change\n"
			"      Exports        51.7    50.2     +1.5\n"
			"      Imports        49.3    49.9     -0.6\n";
	const char *y = "NEW DELHI, Aug 4 - Figures for the month, in USD billion:\n"
			"\n"
			"                  Jun 2026    Jun 2025\n"
			"      Exports        41.06       39.12\n";
	struct claim cl;

	(void)state;
	assert_cell(s, "2026-08-04", "51.7", "2026-06", STATUS_NONE);
	assert_cell(s, "2026-08-04", "49.9", "2026-05", STATUS_NONE);
	cl = get(s, "2026-08-04", "+1.5");
	assert_string_equal(cl.period, "2026-06");
	assert_int_equal(cl.measure, MEASURE_CHANGE_MOM);
	assert_string_equal(cl.direction, "up");
	cl = get(s, "2026-08-04", "-0.6");
	assert_int_equal(cl.measure, MEASURE_CHANGE_MOM);
	assert_string_equal(cl.direction, "down");
	assert_true(cl.value > 0);	/* a change is unsigned, its sign the direction */
	assert_cell(y, "2026-08-04", "41.06", "2026-06", STATUS_NONE);
	assert_cell(y, "2026-08-04", "39.12", "2025-06", STATUS_NONE);
}

static void test_table10_no_header(void **state)
{
	/* a header above prose is another table's: the cell has no column */
	const char *s = "WASHINGTON, March 5 - Last season's figures, in tonnes --\n"
			"               1990/91   1989/90\n"
			" Barley        900,100   850,300\n"
			"    The agency gave no comparisons for the following crops,\n"
			"in tonnes --\n"
			" Millet         12,345\n";
	struct claim cl;

	(void)state;
	assert_cell(s, "1992-03-05", "900,100", "1990/91", STATUS_NONE);
	cl = get(s, "1992-03-05", "12,345");
	assert_string_equal(cl.period, "");
}

static void test_table10_lead_balances(void **state)
{
	/* no header: the lead's one period; signed cells of balances are
	 * balances as signed, a note under a table no header */
	const char *s = "BRUSSELS, Sept 18 - Among the members, the largest balances with\n"
			"the rest of the world in January-July 2026 were, in EUR bn:\n"
			"\n"
			"      Austria     +12.4\n"
			"      Portugal     -7.9\n";
	const char *n = "WASHINGTON, May 4 - The department's stocks of the\n"
			"following grains, in thousand tonnes --\n"
			"          Farm   Reserve\n"
			" Oats     121.5    143.5\n"
			" X - 1991 estimates.\n"
			"          Farm   Reserve\n"
			" Rye      187.5    202.5\n";
	struct claim cl;

	(void)state;
	cl = get(s, "2026-09-18", "+12.4");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_true(cl.value > 0);
	assert_string_equal(cl.direction, "");
	assert_string_equal(cl.period, "2026-01/2026-07");
	assert_string_equal(cl.flow, "trade");
	cl = get(s, "2026-09-18", "-7.9");
	assert_int_equal(cl.measure, MEASURE_BALANCE);
	assert_true(cl.value < 0);
	cl = get(n, "1991-05-04", "202.5");
	assert_string_equal(cl.period, "");
}

static void test_table10_sections_and_projections(void **state)
{
	/* a section title names the economy; a story of supply/demand
	 * projections makes a running season's columns forecasts but for what
	 * is known (production), a past season's levels */
	const char *s = "WASHINGTON, May 12 - The department gave its supply/demand\n"
			"projections for barley by country, in mln tonnes --\n"
			"    NEW ZEALAND BARLEY\n"
			"                 1991/92            1990/91\n"
			"            05/12/92  04/10/92  05/12/92  04/10/92\n"
			" Production     0.41      0.43      0.39      0.38\n"
			" Exports        0.07      0.06      0.05      0.04\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1992-05-12", "0.41");
	assert_string_equal(cl.reporter, "NZ");
	assert_int_equal(cl.measure, MEASURE_LEVEL);
	cl = get(s, "1992-05-12", "0.07");
	assert_string_equal(cl.reporter, "NZ");
	assert_int_equal(cl.measure, MEASURE_FORECAST);
	assert_string_equal(cl.period, "1991/92");
	cl = get(s, "1992-05-12", "0.05");
	assert_int_equal(cl.measure, MEASURE_LEVEL);
	assert_string_equal(cl.period, "1990/91");
}

static void test_table10_row_partner(void **state)
{
	/* sales by destination: a row of one country is the partner; a row
	 * of more than a name is none */
	const char *s = "WASHINGTON, May 14 - Outstanding export sales of barley by\n"
			"destination for the current season, in thousand tonnes --\n"
			"               5/7/92   Prev Wk\n"
			" Mexico          41.5      38.5\n"
			" Other Asia      12.5      11.5\n";
	struct claim cl;

	(void)state;
	cl = get(s, "1992-05-14", "38.5");
	assert_string_equal(cl.flow, "export");
	assert_string_equal(cl.reporter, "US");
	assert_string_equal(cl.partner, "MX");
	assert_int_equal(cl.partner_src, SOURCE_STATED);
	cl = get(s, "1992-05-14", "11.5");
	assert_string_not_equal(cl.partner, "MX");
}

static void test_table10_titles_and_two_units(void **state)
{
	/* a title of rows under the header is inside the table; a lead
	 * naming two units gives its cells neither */
	const char *s = "WASHINGTON, May 12 - The department gave projected stocks of\n"
			"oats and rye, with comparisons, as follows, in mln bushels --\n"
			"                1991/92            1990/91\n"
			"           05/12/92 04/10/92  05/12/92 04/10/92\n"
			" Under Regular Nine Month Loan --\n"
			"       OATS    125     130       141     141\n";
	const char *two = "WASHINGTON, May 12 - The department gave stocks of oats and\n"
			  "rye, as follows, in mln bushels, except rye, which is in mln\n"
			  "tonnes --\n"
			  "                1991/92            1990/91\n"
			  "       OATS    125     130       141     142\n"
			  "        RYE    4.5     4.6       4.7     4.8\n";
	struct doc d;
	struct claims c;

	(void)state;
	assert_cell(s, "1992-05-12", "125", "1991/92", STATUS_NONE);
	assert_cell(s, "1992-05-12", "130", "1991/92", STATUS_PREVIOUS);
	doc_from(&d, two, "1992-05-12");
	claims_init(&c);
	parse_doc(&d, &c);
	assert_int_equal(claim_find(&d, &c, "4.5"), -1);
	assert_int_equal(claim_find(&d, &c, "142"), -1);
	claims_release(&c);
	doc_release(&d);
}

static void test_table10_day_and_previous(void **state)
{
	/* "May 1" is that day of the story's year; "Previous" a column of
	 * no period it names */
	const char *s = "WASHINGTON, May 6 - Grain in the reserve as of May 1, with\n"
			"comparisons, in mln bushels --\n"
			"             May 1   Previous\n"
			" Oats        41.3      40.9\n";
	struct claim cl;

	(void)state;
	assert_cell(s, "1992-05-06", "41.3", "1992-05-01", STATUS_NONE);
	cl = get(s, "1992-05-06", "40.9");
	assert_string_equal(cl.period, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table10_seasons_over_reports),
		cmocka_unit_test(test_table10_season_to_date),
		cmocka_unit_test(test_table10_weeks_ended),
		cmocka_unit_test(test_table10_months_and_change),
		cmocka_unit_test(test_table10_no_header),
		cmocka_unit_test(test_table10_lead_balances),
		cmocka_unit_test(test_table10_sections_and_projections),
		cmocka_unit_test(test_table10_row_partner),
		cmocka_unit_test(test_table10_titles_and_two_units),
		cmocka_unit_test(test_table10_day_and_previous),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
