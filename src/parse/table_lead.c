/*
 * table_lead.c - what a table's lead and section titles say of its cells
 * (issue 13, table10; table_period.c reads the column headers):
 *  - a cell under no header of periods takes the lead's one period, and a
 *    signed cell of a lead on balances is a balance as signed ("the
 *    largest balances with non-EU countries in January-May 2026 were, in
 *    EUR bn:" then "France  -31.5");
 *  - a section title right above a header names the economy its cells
 *    are of ("    USSR COARSE GRAIN" then "1986/87  1985/86"): the reporter;
 *  - a row labelled by a country alone, of a trade flow whose reporter is
 *    another economy, is of that partner ("sales ... by destination":
 *    " Japan   490.4   662.2" is exports to Japan);
 *  - a lead of projections or supply/demand estimates makes the columns of
 *    a season still running forecasts, except what is already known
 *    (area, yield, opening stocks, production), and every row of a season
 *    still to come (GUIDE "Tables").
 *
 * Input: the token array of gram.c, a cell's figure and claim.
 * Output: the claim's period, measure, reporter.
 *
 * Invariants:
 *  1. The lead is the nearest line above the table that is prose or ends
 *     with ":" or "--" with no gap; its periods count only up to its end
 *     (a note under the table is none); two periods in it give none.
 *  2. A section title is one line of at most eight words, no number but in a
 *     name ("EC-12"), right above the topmost header.
 *  3. Work per cell is bounded by TABLE_UP lines of TABLE_LINE bytes
 *     (table_line_start()).
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

enum { MAX_UP = TABLE_UP, STORY_LEAD = 600 /* bytes */ };

/* The first token at or after offset ls, walking back from token k. */
static size_t token_from(const struct gram *g, size_t k, size_t ls)
{
	while (k > 0 && g->t[k - 1].off >= ls)
		k--;
	return k;
}

/* The first token of the lead of the table whose cell figure f is: the
 * nearest line of prose above it (blank lines let through), or one that
 * ends with ":" or "--"; g->nt when none is in this window. *end is where
 * that line ends: the table starts after it. */
size_t table_lead_token(const struct gram *g, const struct fig *f, size_t *end)
{
	const char *b = g->d->buf;
	size_t ls = table_line_start(b, g->t[f->t0].off), le = ls, k;

	for (int n = 0; n < MAX_UP && ls > 0; n++) {
		le = ls - 1;
		if ((ls = table_line_start(b, le)) == le && le > 0 && b[le - 1] != '\n')
			return g->nt;	/* a line too long for a table's */
		while (le > ls && (b[le - 1] == ' ' || b[le - 1] == '\r'))
			le--;
		if (le > ls && (table_prose(b, ls, le) ||
				(table_lead_end(b, ls, le) && !table_gap(b, ls, le))))
			break;	/* a row ending in "--" (no value) is no lead */
		if (n == MAX_UP - 1)
			return g->nt;
	}
	k = token_from(g, f->t0, ls);
	*end = le;
	return k < f->t0 && g->t[k].off < le ? k : g->nt;
}

/* A cell under no header of periods takes what the table's lead says of
 * every cell: its one period ("the largest balances with non-EU countries
 * in January-May 2026 were, in EUR bn:"), and, when the lead names
 * balances and the cell is signed ("+84.6", "-31.5"), a balance as signed
 * (surplus positive, deficit negative), of trade. */
void table_lead_cell(const struct gram *g, const struct fig *f, struct claim *cl)
{
	struct cand c[MAX_CANDS];
	size_t end = 0, k = table_lead_token(g, f, &end), s, n;
	const char *p = NULL;
	int bal = 0;

	if (k >= g->nt || (s = g->sent[k]) == NO_SENT || s == g->sent[f->t0])
		return;
	n = when_cands(g, s, c);
	for (size_t q = 0; q < n; q++) {
		if (c[q].base || c[q].prior || !c[q].period[0] || g->t[c[q].tok].off >= end)
			continue;	/* a note under the table ("X - 1986 rates") is none */
		if (p && strcmp(p, c[q].period))
			return;	/* two periods: the lead's columns, not one */
		p = c[q].period;
	}
	for (size_t q = g->s[s].t0; q < g->s[s].t1 && g->t[q].off < end; q++)
		bal |= tok_is(g, q, W_BALANCES) || tok_has(g, q, CLS_BALANCE);
	if (p) {
		snprintf(cl->period, sizeof(cl->period), "%s", p);
		cl->period_src = SOURCE_STATED;
	}
	if (bal && f->sign) {
		cl->measure = MEASURE_BALANCE;
		cl->direction[0] = '\0';
		cl->value = f->sign * (cl->value < 0 ? -cl->value : cl->value);
		if (!cl->flow[0])
			snprintf(cl->flow, sizeof(cl->flow), "trade");
	}
}


/* Section titles, countries in them: "USSR COARSE GRAIN", "EC-12 COARSE
 * GRAIN, in mln tonnes --". Sets cl's reporter when the line above top
 * (the topmost header's start) is a title naming one economy. */
void table_section(const struct gram *g, const struct fig *f, size_t top, struct claim *cl)
{
	const char *b = g->d->buf, *cc = NULL;
	size_t ls, le, k;
	int words = 0;

	if (top == 0)
		return;
	le = top - 1;
	ls = table_line_start(b, le);
	if (ls == le || table_gap(b, ls, le))
		return;
	for (size_t p = ls; p < le; p++)
		if (b[p] != ' ' && (p == ls || b[p - 1] == ' '))
			words++;
	if (words > 8)
		return;
	for (k = token_from(g, f->t0, ls); k < f->t0 && g->t[k].off < le; k++) {
		size_t n = 1;
		const char *c = g->t[k].kind == TOK_WORD ?
				 subject_country_starting(g, k, g->sent[k], &n) : NULL;

		if (g->t[k].kind == TOK_NUM && !(k > 0 && gram_glued(g, k)))
			return;	/* a row, not a title ("EC-12" is a name) */
		if (c && cc && strcmp(c, cc))
			return;	/* two economies */
		if (c) {
			cc = c;	/* "SOUTH AFRICA CORN": one country of two words */
			k += n - 1;
		}
	}
	if (cc) {
		snprintf(cl->reporter, sizeof(cl->reporter), "%s", cc);
		cl->reporter_src = SOURCE_STATED;
	}
}

/* Row labels of what a running season already knows (GUIDE "Tables"). */
static const char *const known_rows[] = { "prod", "area", "yield", "start", "begin", "beg ",
					  "opening", "carry", "plant", "harvest" };

/* Token k says projections: "projections", "projected", "supply/demand"
 * (not "forecasts": "AWF's state area forecasts ..., with 1986/87
 * production" gives a past season's columns beside the forecast). */
static int projects_at(const struct gram *g, size_t k)
{
	return tok_is(g, k, W_PROJECTIONS) || tok_is(g, k, W_PROJECTION) ||
	       tok_is(g, k, W_PROJECTED) ||
	       (tok_is(g, k, W_SUPPLY) && gram_punct(g, k + 1, "/") && tok_is(g, k + 2, W_DEMAND));
}

/* The table's lead says projections, or the story's first STORY_LEAD
 * bytes do (a section's own lead, "SOUTH AFRICA CORN, in mln tonnes --",
 * says only what it is of). */
static int lead_projects(const struct gram *g, const struct fig *f)
{
	size_t end = 0, k = table_lead_token(g, f, &end);

	if (k >= g->nt || g->sent[k] == NO_SENT)
		return 0;
	for (size_t q = g->s[g->sent[k]].t0; q < f->t0 && g->t[q].off < end; q++)
		if (projects_at(g, q))
			return 1;
	for (size_t q = 0; q < f->t0 && g->t[q].off < STORY_LEAD; q++)
		if (projects_at(g, q))
			return 1;
	return 0;
}

/* A cell of season y0/y0+1 (split year) in a table of projections: a
 * forecast when the season is still to come at the story's date, or runs
 * and the row is not one it already knows. */
void table_projection(const struct gram *g, const struct fig *f, int y0, struct claim *cl)
{
	const char *b = g->d->buf;
	size_t ls = table_line_start(b, cl->start);
	int y, m, future, running;

	if (!y0 || cl->measure != MEASURE_LEVEL || !period_date_ym(g->d->date, &y, &m))
		return;
	future = y < y0 || (y == y0 && m < 6);
	running = !future && (y == y0 || (y == y0 + 1 && m <= 8));
	if (!future && !running)
		return;
	while (ls < cl->start && b[ls] == ' ')
		ls++;
	if (!future)
		for (size_t q = 0; q < ARRAY_SIZE(known_rows); q++)
			if (!strncasecmp(b + ls, known_rows[q], strlen(known_rows[q])))
				return;
	if (lead_projects(g, f))
		cl->measure = MEASURE_FORECAST;
}

/* A row labelled by one country alone (" China   90.0   90.0"), of an
 * export or import whose reporter is another economy: that partner. */
void table_row_partner(const struct gram *g, const struct fig *f, struct claim *cl)
{
	const char *b = g->d->buf, *c;
	size_t k, n = 0;

	if (strcmp(cl->flow, "export") && strcmp(cl->flow, "import"))
		return;
	k = token_from(g, f->t0, table_line_start(b, cl->start));
	if (k >= f->t0 || g->t[k].kind != TOK_WORD ||
	    !(c = subject_country_starting(g, k, g->sent[k], &n)) || k + n > f->t0 ||
	    !cl->reporter[0] || !strcmp(c, cl->reporter))
		return;
	for (size_t q = k + n; q < f->t0; q++)
		if (g->t[q].kind == TOK_WORD)
			return;	/* "Other Asia and Oceania": more than the name */
	snprintf(cl->partner, sizeof(cl->partner), "%s", c);
	cl->partner_src = SOURCE_STATED;
}
