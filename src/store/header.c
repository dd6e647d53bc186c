/*
 * header.c - what a release's header says: which column holds what, and
 * which layout the file is in. The layouts themselves are layout.c's
 * (layout_detect, one table of tries, most specific first); this file turns
 * its roles into the importer's columns and reads the options that map
 * columns by name (--value-column, --vintage-column).
 *
 * Input: the header record. Output: c->hdr, c->map, c->col[] (field index
 * of each column by meaning, or -1), c->wide, and for ALFRED all-vintages
 * c->code[] and c->coldate[] (each column's series and release).
 *
 * Invariants:
 *  1. One layout mapper: layout.c decides the layout and the roles; nothing
 *     here tests a header for a layout.
 *  2. A column map (--value-column) wins over any layout: the user said
 *     where things are. The release-date column (--vintage-column) is found
 *     by its exact name in every layout.
 *  3. Columns layout.c has no role for (measure) are found by name only in
 *     the layouts whose rows are self-describing (long, column map).
 */
#include "store/csvin_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The header column named name (case-insensitive), or -1. */
static int find_column(const struct csvin *c, const char *name)
{
	for (size_t i = 0; i < c->ncols; i++)
		if (strcasecmp(c->hdr[i], name) == 0)
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

	c->map.layout = LAYOUT_LONG;
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

/* layout.c's roles as the importer's columns. */
static void map_roles(struct csvin *c)
{
	static const struct { int c; enum role r; } roles[] = {
		{ C_SERIES, ROLE_SERIES }, { C_PERIOD, ROLE_PERIOD }, { C_VALUE, ROLE_VALUE },
		{ C_UNIT, ROLE_UNIT }, { C_TITLE, ROLE_TITLE }, { C_REPORTER, ROLE_REPORTER },
		{ C_PARTNER, ROLE_PARTNER }, { C_FLOW, ROLE_FLOW }, { C_COMMODITY, ROLE_COMMODITY },
		{ C_FREQ, ROLE_FREQ }, { C_ADJUSTMENT, ROLE_ADJUSTMENT }, { C_PRICE, ROLE_PRICE },
	};

	for (size_t i = 0; i < ARRAY_SIZE(roles); i++)
		c->col[roles[i].c] = c->map.col[roles[i].r];
}

/* Wide and ALFRED all-vintages: every column but the period's (and a
 * release-date column) is a series, even one spelled like a metadata
 * column ("unit"). */
static int map_series_columns(struct csvin *c)
{
	c->wide = 1;
	c->code = xcalloc(c->ncols, sizeof(*c->code));
	c->coldate = xcalloc(c->ncols, sizeof(*c->coldate));
	for (size_t i = 1; i < c->ncols; i++) {
		char series[256];

		if ((int)i == c->col[C_VINTAGE])
			continue;
		if (!*c->hdr[i])
			return bad(c, "column %zu of the header has no series code", i + 1);
		if (c->map.layout == LAYOUT_ALFRED_ALL &&
		    layout_alfred_column(c->hdr[i], series, sizeof(series), c->coldate[i]) == 0) {
			c->code[i] = xstrdup(series);
		} else {
			c->code[i] = xstrdup(c->hdr[i]);
		}
	}
	return 0;
}

int header_read(struct csvin *c)
{
	const char *vcol = c->o->vintage_column;
	char why[FMT_WHY];

	c->ncols = c->rd.nf;
	c->hdr = xcalloc(c->ncols, sizeof(*c->hdr));
	for (size_t i = 0; i < c->ncols; i++)
		c->hdr[i] = xstrdup(c->rd.f[i].s ? c->rd.f[i].s : "");
	for (int k = 0; k < C_COUNT; k++)
		c->col[k] = -1;
	c->indicator = -1;
	if (vcol) {
		for (size_t i = 0; i < c->ncols && c->col[C_VINTAGE] < 0; i++)
			if (strcmp(c->hdr[i], vcol) == 0)
				c->col[C_VINTAGE] = (int)i;
		if (c->col[C_VINTAGE] < 0)
			return bad(c, "no column '%s' (given by --vintage-column) in the header", vcol);
	}
	if (c->o->value_column) {	/* invariant 2 */
		for (int k = C_UNIT; k < C_VINTAGE; k++) {
			static const char *const names[C_COUNT] = {
				[C_UNIT] = "unit", [C_TITLE] = "title", [C_REPORTER] = "reporter",
				[C_PARTNER] = "partner", [C_FLOW] = "flow",
				[C_COMMODITY] = "commodity", [C_MEASURE] = "measure",
				[C_FREQ] = "freq", [C_ADJUSTMENT] = "adjustment",
				[C_PRICE] = "price",
			};
			c->col[k] = find_column(c, names[k]);
		}
		return map_columns(c);
	}
	if (layout_detect((const char *const *)c->hdr, (int)c->ncols, &c->map, why) < 0)
		return bad(c, "%s; for other shapes give --value-column and --series or "
			   "--series-column", why);
	map_roles(c);
	c->indicator = find_column(c, "INDICATOR");
	if (c->o->series && c->map.layout != LAYOUT_ALFRED_RT)
		return bad(c, "--series without --value-column names the series of an ALFRED "
			   "real-time file; this file is %s", layout_name(c->map.layout));
	if (c->o->series_prefix && c->map.layout != LAYOUT_WIDE)
		return bad(c, "--series-prefix names the series of a file of one row per date "
			   "and country (a period, a country and a value column); this file is %s",
			   layout_name(c->map.layout));
	switch (c->map.layout) {
	case LAYOUT_LONG:
		c->col[C_MEASURE] = find_column(c, "measure");	/* invariant 3 */
		return 0;
	case LAYOUT_WIDE:
	case LAYOUT_ALFRED_ALL:
		return map_series_columns(c);
	case LAYOUT_ALFRED_RT:
		if (c->col[C_SERIES] < 0 && !c->o->series)
			return bad(c, "an ALFRED real-time file names no series: give --series CODE");
		if (c->col[C_VINTAGE] < 0)
			c->col[C_VINTAGE] = c->map.col[ROLE_RELEASE];
		return 0;
	default:
		return 0;
	}
}

/* The series' prefix from the file's name (fred_h10_monthly_all_countries.csv
 * -> FRED_H10_MONTHLY_ALL_COUNTRIES), a date at its end dropped, so that
 * each month's download (h10_2026-07-21.csv) names the same series. */
static void prefix_of_path(const char *path, char out[static 64])
{
	const char *b = path_base(path), *dot = strrchr(b, '.');
	size_t n = dot && dot != b ? (size_t)(dot - b) : strlen(b), k = 0, digits = 0, cut;

	for (size_t i = 0; i < n && k < 48; i++) {
		unsigned char ch = (unsigned char)b[i];

		if ((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z'))
			out[k++] = (char)ch;
		else if (ch >= 'a' && ch <= 'z')
			out[k++] = (char)(ch - 'a' + 'A');
		else if (k && out[k - 1] != '_')
			out[k++] = '_';
	}
	/* A trailing _YYYYMMDD or _YYYY_MM_DD is a date. */
	for (cut = k; cut && digits < 8 && ((out[cut - 1] >= '0' && out[cut - 1] <= '9') ||
					   out[cut - 1] == '_'); cut--)
		digits += out[cut - 1] != '_';
	if (digits == 8 && cut > 1 && out[cut - 1] == '_')
		k = cut - 1;
	while (k && out[k - 1] == '_')
		k--;
	out[k] = 0;
}

/* A missing value as spreadsheets write it (n/a, NA, -): no name. */
static int no_value(const char *s)
{
	static const char *const words[] = { "n/a", "na", "nan", "null", "none", "n.a.", "-",
					     "--", "x", "..", "(na)", NULL };

	for (const char *const *w = words; *w; w++)
		if (strcasecmp(s, *w) == 0)
			return 1;
	return strlen(s) < 2;
}

int header_shape(struct csvin *c)
{
	const struct import_opts *o = c->o;
	int cols[2], n = 0, text = -1, texts = 0;
	char why[FMT_WHY], cc[COUNTRY_MAX];

	c->shape_seen = 1;
	for (size_t i = 1; i < c->ncols && n < 3; i++)
		if ((int)i != c->col[C_VINTAGE]) {
			if (n < 2)
				cols[n] = (int)i;
			n++;
		}
	if (n == 2)
		for (int i = 0; i < 2; i++) {
			const char *s = c->rd.f[cols[i]].s ? c->rd.f[cols[i]].s : "";

			if (*s && strcmp(s, ".") && num_parse(s, strlen(s), &c->num, NULL, why) < 0 &&
			    !strpbrk(s, "0123456789") && !no_value(s))
				text = cols[i], texts++;
		}
	if (texts != 1) {
		if (o->series_prefix) {
			c->rd.stop = 1;
			return bad(c, "--series-prefix names the series of a file of one row per date "
				   "and country (a period, a country and a value column); this file is "
				   "wide");
		}
		return 0;
	}
	{
		const char *s = c->rd.f[text].s;
		int value = cols[0] == text ? cols[1] : cols[0];

		if (country_resolve(s, strlen(s), cc) < 0 && strcasecmp(s, "euro")) {
			c->rd.col = text + 1;
			c->rd.stop = 1;
			return bad(c, "'%s' in column '%s' is text, not a number: for a file of one "
				   "row per date and series give --series-column '%s' --value-column "
				   "'%s'%s%s%s", s, c->hdr[text], c->hdr[text], c->hdr[value],
				   strcasecmp(c->hdr[0], "period") && strcasecmp(c->hdr[0], "date")
				   ? " --period-column '" : "",
				   strcasecmp(c->hdr[0], "period") && strcasecmp(c->hdr[0], "date")
				   ? c->hdr[0] : "",
				   strcasecmp(c->hdr[0], "period") && strcasecmp(c->hdr[0], "date")
				   ? "'" : "");
		}
		if (o->series_prefix)
			str_copy(c->prefix, sizeof(c->prefix), o->series_prefix,
				 strlen(o->series_prefix));
		else
			prefix_of_path(c->path, c->prefix);
		if (!*c->prefix) {
			c->rd.stop = 1;
			return bad(c, "one row per date and country ('%s'): give --series-prefix to "
				   "name the series", c->hdr[text]);
		}
		c->wide = 0;
		/* A column of partners (US imports by partner) is the partner's. */
		c->bycountry = strncasecmp(c->hdr[text], "partner", 7) &&
			       strncasecmp(c->hdr[text], "counterpart", 11) ? C_REPORTER : C_PARTNER;
		c->col[C_PERIOD] = 0;
		c->col[C_VALUE] = value;
		c->col[c->bycountry] = text;
		str_copy(c->stats->bycountry, sizeof(c->stats->bycountry), c->prefix,
			 strlen(c->prefix));
		str_copy(c->stats->bycountry_col, sizeof(c->stats->bycountry_col), c->hdr[text],
			 strlen(c->hdr[text]));
	}
	return 0;
}
