/*
 * header.c - what a release's header says: which column holds what, and
 * which layout the file is in, told apart by a table of layouts.
 *
 * Input: the header record. Output: c->hdr, c->col[] (field index of each
 * column by meaning, or -1) and c->wide.
 *
 * Invariants:
 *  1. Columns are found by name, case-insensitively, whatever their order;
 *     the release-date column (--vintage-column) by its exact name.
 *  2. The layouts are tried in the order of layouts[]: the first whose test
 *     the header passes maps it. A new format is one row (and its two
 *     functions), never a new branch in read_header.
 */
#include "store/csvin_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const col_names[C_COUNT] = {
	"series", "period", "value", "unit", "title", "reporter", "partner", "flow",
	"commodity", "measure", "freq", NULL /* vintage: named by the option */
};

/* Case-insensitive match of a header name. */
static int name_is(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

/* The header column named name (case-insensitive), or -1. */
static int find_column(const struct csvin *c, const char *name)
{
	for (size_t i = 0; i < c->ncols; i++)
		if (name_is(c->hdr[i], name))
			return (int)i;
	return -1;
}

/*
 * The column map (import_opts): the value and period columns by name (the
 * period defaults to a column named period or date), the series named or
 * read from a column. Other columns keep their long-layout meaning by name.
 */
static int map_columns(struct csvin *c)
{
	const struct import_opts *o = c->o;
	const char *pname = o->period_column;

	if (!o->series == !o->series_column)
		return bad(c, "a column map needs one of --series CODE or --series-column NAME");
	if ((c->col[C_VALUE] = find_column(c, o->value_column)) < 0)
		return bad(c, "no column '%s' (given by --value-column) in the header", o->value_column);
	if (pname)
		c->col[C_PERIOD] = find_column(c, pname);
	else if ((c->col[C_PERIOD] = find_column(c, "period")) < 0)
		c->col[C_PERIOD] = find_column(c, "date");
	if (c->col[C_PERIOD] < 0)
		return bad(c, "no column '%s' in the header (give --period-column)",
			   pname ? pname : "period");
	c->col[C_SERIES] = o->series_column ? find_column(c, o->series_column) : -1;
	if (o->series_column && c->col[C_SERIES] < 0)
		return bad(c, "no column '%s' (given by --series-column) in the header",
			   o->series_column);
	return 0;
}

/* A column map (--value-column): the options say where things are. */
static int is_mapped(const struct csvin *c)
{
	return c->o->value_column != NULL;
}

/* Long: series, period and value columns by name. */
static int is_long(const struct csvin *c)
{
	return c->col[C_SERIES] >= 0 && c->col[C_PERIOD] >= 0 && c->col[C_VALUE] >= 0;
}

static int map_long(struct csvin *c)
{
	(void)c;
	return 0;	/* the columns found by name are the map */
}

/* Wide: a first column period, date, DATE or observation_date (FRED). */
static int is_wide(const struct csvin *c)
{
	return c->ncols >= 2 && (name_is(c->hdr[0], "period") || name_is(c->hdr[0], "date") ||
				 name_is(c->hdr[0], "observation_date"));
}

static int map_wide(struct csvin *c)
{
	/* Every column but the first (and a release-date column) is a series
	 * code, even one spelled like a metadata column ("unit"). */
	c->wide = 1;
	for (int k = 0; k < C_VINTAGE; k++)
		c->col[k] = -1;
	for (size_t i = 1; i < c->ncols; i++)
		if (!*c->hdr[i] && (int)i != c->col[C_VINTAGE])
			return bad(c, "column %zu of the header has no series code", i + 1);
	return 0;
}

static const struct layout {
	const char *name;
	int (*test)(const struct csvin *c);	/* the header is in this layout */
	int (*map)(struct csvin *c);		/* fills c->col, c->wide; 0 or -1 */
} layouts[] = {
	{ "column map", is_mapped, map_columns },
	{ "long", is_long, map_long },
	{ "wide", is_wide, map_wide },
};

int header_read(struct csvin *c)
{
	const char *vcol = c->o->vintage_column;

	c->ncols = c->rd.nf;
	c->hdr = xcalloc(c->ncols, sizeof(*c->hdr));
	for (size_t i = 0; i < c->ncols; i++)
		c->hdr[i] = xstrdup(c->rd.f[i].s ? c->rd.f[i].s : "");
	for (int k = 0; k < C_COUNT; k++)
		c->col[k] = -1;
	for (size_t i = 0; i < c->ncols; i++) {
		for (int k = 0; k < C_COUNT; k++)
			if (col_names[k] && c->col[k] < 0 && name_is(c->hdr[i], col_names[k]))
				c->col[k] = (int)i;
		if (vcol && c->col[C_VINTAGE] < 0 && strcmp(c->hdr[i], vcol) == 0)
			c->col[C_VINTAGE] = (int)i;
	}
	if (vcol && c->col[C_VINTAGE] < 0)
		return bad(c, "no column '%s' (given by --vintage-column) in the header", vcol);
	for (size_t i = 0; i < ARRAY_SIZE(layouts); i++)
		if (layouts[i].test(c))
			return layouts[i].map(c);
	return bad(c, "header has neither the columns series, period, value (long layout) "
		      "nor a first column period or date (wide layout); for other shapes "
		      "give --value-column and --series or --series-column");
}
