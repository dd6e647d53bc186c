/*
 * record.c - what one data record of a release says besides its value:
 * its series, the series' metadata (unit, reporter, partner, flow, ...),
 * the file's own scale, the observation's flag and its release date, read
 * as its layout writes them (importfmt.h's code lists and countries).
 *
 * Input: the current record (c->rd.f) and the header's map. Output: a
 * struct recmeta whose strings are fields of the record, static strings or
 * c->tmp[] buffers, valid until the next record.
 *
 * Invariants:
 *  1. A country column in a file of ours (long, Comtrade) must resolve:
 *     an unknown name is a bad record with the closest names. An SDMX
 *     dimension is taken as a country only when its code is one (geo is
 *     also "DE_TOT", partner "EXT_EU27_2020").
 *  2. A unit code the code lists know becomes base unit plus scale
 *     (MIO_EUR -> EUR x 1e6); an unknown one is kept as written, unscaled.
 *  3. Nothing here stores: both passes call it, pass 1 reports.
 *  4. A unit or scale is the file's when the options give none, the
 *     options' when the file gives none; both and different is refused
 *     naming both (record_scale), so a scale is applied exactly once.
 */
#include "store/csvin_int.h"

#include <string.h>
#include <strings.h>

#include "base/base.h"

void bad_in_column(struct csvin *c, const char *why, const char *col)
{
	const char *a = strstr(why, ": "), *b = strstr(why, " (");
	const char *advice = a && (!b || a < b) ? a : b ? b : why + strlen(why);

	bad(c, "%.*s in column '%s'%s", (int)(advice - why), why, col, advice);
}

static const char *fld(const struct csvin *c, int col)
{
	return col >= 0 && (size_t)col < c->rd.nf && c->rd.f[col].s ? c->rd.f[col].s : "";
}

/* A field of an SDMX file without its ": label", copied NUL-terminated into b. */
static const char *sdmx_code(const struct csvin *c, int col, struct buf *b)
{
	const char *s = fld(c, col);

	buf_reset(b);
	buf_add(b, s, layout_sdmx_value(s, strlen(s)));
	return b->s ? b->s : "";
}

/* A country column that must resolve (invariant 1): 0, or -1 after a message.
 * The last field resolved in the column and its code are kept (c->country):
 * a series' rows repeat the same names, and a lookup scans the ISO table. */
static int country_column(struct csvin *c, struct recmeta *m, int k, char out[COUNTRY_MAX])
{
	const char *s = fld(c, c->col[k]);
	size_t n = strlen(s);
	struct buf *last = &c->country[k == C_PARTNER].in;
	char *code = c->country[k == C_PARTNER].out;
	char why[FMT_WHY];

	if (!n)
		return 0;
	if (last->len == n && memcmp(last->s, s, n) == 0) {
		memcpy(out, code, COUNTRY_MAX);
	} else if (country_resolve(s, n, out) < 0) {
		country_unknown(s, n, why);
		c->rd.col = c->col[k] + 1;
		bad_in_column(c, why, c->hdr[c->col[k]]);
		return -1;
	} else {
		buf_reset(last);
		buf_add(last, s, n);
		memcpy(code, out, COUNTRY_MAX);
	}
	m->meta[k] = out;
	return 0;
}

/* Metadata columns with a closed set of values: refused here with the line,
 * not later as a database error. */
static int check_closed(struct csvin *c, const struct recmeta *m)
{
	static const struct {
		int k;
		const char *what, *values[5];
		const char *say;
	} closed[] = {
		{ C_FLOW, "flow", { "import", "export", "trade" }, "import, export or trade" },
		{ C_FREQ, "frequency", { "A", "Q", "M", "D" }, "A, Q, M or D" },
		{ C_MEASURE, "measure", { "level", "ytd" }, "level or ytd" },
		{ C_ADJUSTMENT, "adjustment", { "sa", "nsa" }, "sa or nsa" },
		{ C_PRICE, "price", { "real", "nominal" }, "real or nominal" },
	};

	for (size_t i = 0; i < ARRAY_SIZE(closed); i++) {
		const char *v = m->meta[closed[i].k];
		int ok = !v;

		for (size_t j = 0; !ok && closed[i].values[j]; j++)
			ok = strcmp(v, closed[i].values[j]) == 0;
		if (!ok) {
			c->rd.col = c->col[closed[i].k] + 1;
			return bad(c, "bad %s '%s' in column '%s' (%s)", closed[i].what, v, c->hdr[c->col[closed[i].k]],
				   closed[i].say);
		}
	}
	return 0;
}

/* SDMX-CSV 1.0 / 2.0: the series from the dataflow and the key dimensions,
 * the rest from the dimensions and attributes whose codes say so. */
static int sdmx_record(struct csvin *c, struct recmeta *m)
{
	const int *col = c->map.col;
	const char *fields[1024];
	int nf = c->rd.nf < ARRAY_SIZE(fields) ? (int)c->rd.nf : (int)ARRAY_SIZE(fields);
	char why[FMT_WHY];
	const char *s;
	struct flowcode f;
	struct unitcode u;
	double mult;

	for (int i = 0; i < nf; i++)
		fields[i] = fld(c, i);
	if (layout_sdmx_code(&c->map, fields, nf, &c->tmp[0], why) < 0)
		return bad(c, "%s", why);
	m->code = c->tmp[0].s;
	for (int k = C_UNIT; k < C_VINTAGE; k++)
		m->meta[k] = NULL;
	s = sdmx_code(c, col[ROLE_REPORTER], &c->tmp[2]);
	if (*s && country_from_code(s, strlen(s), m->reporter) == 0)
		m->meta[C_REPORTER] = m->reporter;
	s = sdmx_code(c, col[ROLE_PARTNER], &c->tmp[2]);
	if (*s && country_from_code(s, strlen(s), m->partner) == 0)
		m->meta[C_PARTNER] = m->partner;
	s = sdmx_code(c, col[ROLE_FLOW], &c->tmp[2]);
	if (*s && codelist_flow(s, strlen(s), &f, why) == 0 && !f.re)
		m->meta[C_FLOW] = f.flow;
	if (!m->meta[C_FLOW] && c->indicator >= 0) {
		/* The IMF's Direction of Trade names the flow in its indicator:
		 * TMG_CIF_USD goods imports, TXG_FOB_USD goods exports. */
		s = sdmx_code(c, c->indicator, &c->tmp[2]);
		if (strncmp(s, "TMG_", 4) == 0)
			m->meta[C_FLOW] = "import";
		else if (strncmp(s, "TXG_", 4) == 0)
			m->meta[C_FLOW] = "export";
	}
	s = sdmx_code(c, col[ROLE_COMMODITY], &c->tmp[3]);
	if (*s)
		m->meta[C_COMMODITY] = s;
	s = sdmx_code(c, col[ROLE_UNIT], &c->tmp[2]);
	if (*s && codelist_unit(s, strlen(s), &u, why) == 0) {	/* invariant 2 */
		str_copy(m->unit, sizeof(m->unit), u.unit, strlen(u.unit));
		m->meta[C_UNIT] = m->unit;
		m->scale = u.scale;
		m->unit_code = s;
		if (u.price)
			m->meta[C_PRICE] = u.price;
	} else if (*s) {
		str_copy(m->unit, sizeof(m->unit), s, strlen(s));
		m->meta[C_UNIT] = m->unit;
		m->unit_code = s;
	}
	s = sdmx_code(c, col[ROLE_UNIT_MULT], &c->tmp[1]);
	if (*s) {
		if (codelist_unit_mult(s, strlen(s), &mult, why) < 0) {
			c->rd.col = col[ROLE_UNIT_MULT] + 1;
			return bad(c, "%s", why);
		}
		m->scale = (m->scale ? m->scale : 1) * mult;
	}
	s = sdmx_code(c, col[ROLE_ADJUSTMENT], &c->tmp[1]);
	if (*s)
		codelist_adjustment(s, strlen(s), &m->meta[C_ADJUSTMENT], why);
	s = sdmx_code(c, col[ROLE_PRICE], &c->tmp[1]);
	if (*s)
		codelist_price(s, strlen(s), &m->meta[C_PRICE], why);
	s = sdmx_code(c, col[ROLE_FREQ], &c->tmp[1]);
	if (strlen(s) == 1 && strchr("AQMD", s[0]))
		m->meta[C_FREQ] = s[0] == 'A' ? "A" : s[0] == 'Q' ? "Q" : s[0] == 'M' ? "M" : "D";
	if (*fld(c, col[ROLE_TITLE]))
		m->meta[C_TITLE] = fld(c, col[ROLE_TITLE]);
	/* The flag as written ("p", "ep"), when the code lists say it is one:
	 * OBS_STATUS A (normal) is no flag. */
	s = sdmx_code(c, col[ROLE_FLAG], &c->tmp[1]);
	if (*s) {
		struct buf said = BUF_INIT;

		if (codelist_flag(s, strlen(s), &said, why) < 0 || said.len)
			m->flag = s;
		buf_release(&said);
	}
	if (!c->o->vintage && c->col[C_VINTAGE] < 0 && col[ROLE_RELEASE] >= 0 && *fld(c, col[ROLE_RELEASE])) {
		s = fld(c, col[ROLE_RELEASE]);
		if (notation_release(s, strlen(s), m->release, why) < 0) {
			c->rd.col = col[ROLE_RELEASE] + 1;
			bad_in_column(c, why, c->hdr[col[ROLE_RELEASE]]);
			return -1;
		}
		m->released = m->release;
	}
	return 0;
}

/* UN Comtrade: one series per reporter, partner, flow and commodity. */
static int comtrade_record(struct csvin *c, struct recmeta *m)
{
	const char *s = fld(c, c->col[C_FLOW]);
	char why[FMT_WHY];
	struct flowcode f;

	m->meta[C_FLOW] = NULL;
	if (country_column(c, m, C_REPORTER, m->reporter) < 0 ||
	    country_column(c, m, C_PARTNER, m->partner) < 0)
		return -1;
	if (!m->meta[C_REPORTER] || !m->meta[C_PARTNER]) {
		c->rd.col = c->col[m->meta[C_REPORTER] ? C_PARTNER : C_REPORTER] + 1;
		return bad(c, "empty country");
	}
	if (codelist_flow(s, strlen(s), &f, why) < 0) {
		c->rd.col = c->col[C_FLOW] + 1;
		return bad(c, "%s", why);
	}
	m->meta[C_FLOW] = f.flow;
	s = fld(c, c->col[C_COMMODITY]);
	if (!*s) {
		c->rd.col = c->col[C_COMMODITY] + 1;
		return bad(c, "empty commodity code");
	}
	layout_comtrade_code(m->reporter, &f, m->partner, s, &c->tmp[0]);
	m->code = c->tmp[0].s;
	/* The title names reporter, flow, partner and commodity, not cmdDesc
	 * alone ("All Commodities"). */
	if (!c->title[0].s || strcmp(c->title[0].s, m->code) != 0) {
		buf_reset(&c->title[0]);
		buf_add(&c->title[0], m->code, c->tmp[0].len);
		layout_comtrade_title(m->reporter, &f, m->partner, s,
				      c->map.col[ROLE_TITLE] >= 0 ? fld(c, c->map.col[ROLE_TITLE]) : NULL,
				      &c->title[1]);
	}
	m->meta[C_TITLE] = c->title[1].s;
	m->meta[C_UNIT] = "USD";	/* Comtrade's values are US dollars */
	m->unit_code = "USD";
	return check_closed(c, m);
}

/* One row per date and country (header_shape): the series is the prefix
 * and the country's code (FX.AU), titled with the value column's name and
 * the country as written ("Exchange rate, Australia"). Exchange-rate tables
 * by country (FRED's H.10 as DataHub republishes it) call the euro area's
 * row "Euro": here, and only here, that is EA. */
static int bycountry_record(struct csvin *c, struct recmeta *m)
{
	int k = c->bycountry;
	const char *s = fld(c, c->col[k]);
	char *out = k == C_REPORTER ? m->reporter : m->partner;
	char why[FMT_WHY];

	c->rd.col = c->col[k] + 1;
	if (!*s)
		return bad(c, "empty country in column '%s'", c->hdr[c->col[k]]);
	if (strcasecmp(s, "euro") == 0) {
		str_copy(out, COUNTRY_MAX, "EA", 2);
	} else if (country_resolve(s, strlen(s), out) < 0) {
		country_unknown(s, strlen(s), why);
		bad_in_column(c, why, c->hdr[c->col[k]]);
		return -1;
	}
	c->rd.col = 0;
	m->meta[k] = out;
	buf_reset(&c->tmp[0]);
	buf_addf(&c->tmp[0], "%s.%s", c->prefix, out);
	m->code = c->tmp[0].s;
	buf_reset(&c->tmp[1]);
	buf_addf(&c->tmp[1], "%s, %s", c->hdr[c->col[C_VALUE]], s);
	m->meta[C_TITLE] = c->tmp[1].s;
	return 0;
}

int record_read(struct csvin *c, struct recmeta *m)
{
	const char *s;
	char why[FMT_WHY];

	memset(m, 0, sizeof(*m));
	for (int k = C_UNIT; k < C_VINTAGE; k++)
		if (*fld(c, c->col[k]))
			m->meta[k] = fld(c, c->col[k]);
	if (c->col[C_VINTAGE] >= 0) {
		s = fld(c, c->col[C_VINTAGE]);
		if (notation_release(s, strlen(s), m->release, why) < 0) {
			c->rd.col = c->col[C_VINTAGE] + 1;
			return bad(c, "bad release date '%s' in column '%s'", s,
				   c->hdr[c->col[C_VINTAGE]]);
		}
		m->released = m->release;
	}
	switch (c->map.layout) {
	case LAYOUT_SDMX1:
	case LAYOUT_SDMX2:
		return sdmx_record(c, m);
	case LAYOUT_COMTRADE:
		return comtrade_record(c, m);
	default:
		m->meta[C_REPORTER] = m->meta[C_PARTNER] = NULL;
		if (c->bycountry)
			return bycountry_record(c, m);
		if (country_column(c, m, C_REPORTER, m->reporter) < 0 ||
		    country_column(c, m, C_PARTNER, m->partner) < 0)
			return -1;
		m->unit_code = m->meta[C_UNIT];
		return check_closed(c, m);
	}
}

/*
 * The scale a record's value is multiplied by, given once: the file's own
 * (a unit code such as MIO_EUR, UNIT_MULT) when the user gave none, the
 * user's when the file gives none; both, when they agree. Likewise the
 * unit. 0 with *scale, or -1 after a message naming both.
 */
int record_scale(struct csvin *c, const struct recmeta *m, double *scale)
{
	const char *fu = m->meta[C_UNIT], *uu = c->o->unit;
	double fs = m->scale, us = c->o->scale;
	char a[48], b[48];

	*scale = fs ? fs : us ? us : 1;
	if (fu && uu && strcasecmp(fu, uu) != 0) {
		if (c->unit_told++)
			return c->rd.errors++, -1;
		return bad(c, "the file's unit '%s'%s%s%s and --unit %s disagree", m->unit_code,
			   strcmp(m->unit_code, fu) ? " (" : "", strcmp(m->unit_code, fu) ? fu : "",
			   strcmp(m->unit_code, fu) ? ")" : "", uu);
	}
	if (fs && us && fs != us) {
		if (c->unit_told++)
			return c->rd.errors++, -1;
		return bad(c, "the file's scale %s (unit '%s') and --scale %s disagree",
			   fmt_num(fs, a), m->unit_code ? m->unit_code : "UNIT_MULT",
			   fmt_num(us, b));
	}
	return 0;
}

/* The number as a canonical decimal ("38.166,1" -> "38166.1") into b, for
 * value_text and its precision: the digits as written, in one notation. */
const char *canon_number(const char *s, const struct numfmt *f, struct buf *b)
{
	size_t k = 0;

	buf_reset(b);
	buf_add(b, s, strlen(s));	/* then rewritten in place, never longer */
	for (size_t i = 0; i < b->len; i++) {
		unsigned char ch = (unsigned char)b->s[i];

		if (ch == ' ' || (f->thousands && ch == (unsigned char)f->thousands &&
				  f->thousands != f->decimal))
			continue;
		if (f->thousands == ' ' && ch >= 0x80)	/* U+00A0, U+202F */
			continue;
		b->s[k++] = ch == (unsigned char)f->decimal ? '.' : (char)ch;
	}
	b->s[k] = '\0';
	b->len = k;
	return b->s;
}
