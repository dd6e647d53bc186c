/*
 * csvin.c - importing an official release (CSV) as a vintage, through libcsv.
 *
 * Input: a CSV file with a header row, long layout (series,period,value,...),
 * wide layout (period|date|DATE|observation_date, then one column per series),
 * or any shape through a column map (--period-column, --value-column, ...).
 * Output: series rows, one vintage (or one per --vintage-column date) and
 * one observation per value that differs from the one in force when the
 * vintage was released, all in one transaction.
 *
 * Two passes over the file, streamed (never held whole in memory): the first
 * checks every record and learns each series' frequency, the second stores.
 * So a bad record anywhere means nothing is stored, and every bad record is
 * reported, not just the first.
 *
 * Invariants:
 *  1. libcsv runs in strict mode; fields are copied inside the callback.
 *  2. A value is a plain decimal number ("6.9191", "-12", "1.5e3"); thousands
 *     separators, decimal commas, NaN and overflow are refused, never guessed.
 *  3. Empty and "." (FRED's missing) values are counted as missing, not stored.
 *  4. Monthly data dated on the 1st ("2023-08-01") is stored as "2023-08";
 *     a series with any other day of month is daily and keeps its dates.
 *  5. A value differing from the one in force by no more than the rounding
 *     of the coarser print (24109.2 vs 24109.185573) is not a revision: it is
 *     skipped, or stored as "restated" when it carries more digits.
 *  6. Every field is UTF-8 text without NUL bytes; a record with one that
 *     is not (a binary or Latin-1 file) is reported, never stored.
 *  7. Memory is bounded whatever the file: it is streamed, and a line may
 *     hold at most MAX_LINE bytes.
 */
#include "store/store_int.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_REPORTED 50		/* bad records reported per file before "and N more" */
#define MAX_FILE (1u << 30)	/* 1 GiB: a release larger than this is refused */
#define MAX_LINE (4u << 20)	/* 4 MiB: a longer line is refused (memory stays bounded) */

enum { C_SERIES, C_PERIOD, C_VALUE, C_UNIT, C_TITLE, C_REPORTER, C_PARTNER, C_FLOW,
       C_COMMODITY, C_MEASURE, C_FREQ, C_VINTAGE, C_COUNT };

static const char *const col_names[C_COUNT] = {
	"series", "period", "value", "unit", "title", "reporter", "partner", "flow",
	"commodity", "measure", "freq", NULL /* vintage: named by the option */
};

struct smeta {			/* one series seen in the file */
	char *code;		/* owned */
	char *meta[C_COUNT];	/* owned: first non-empty unit, title, ... (by column) */
	char shape;		/* 'A', 'Q', 'M' or 'D' of its first period */
	int day_not_first;	/* a 'D' period with a day other than 01 */
	int64_t id;		/* series.id, pass 2 */
	int fresh;		/* pass 2: it had no observation before this file,
				   and the file is one release: every value is new */
};

struct rel {			/* one release date */
	char date[DATE_LEN];
	int64_t id;		/* vintage.id, pass 2 */
};

/* A libcsv reader that copies fields and knows the line of each record. */
struct csvrd {
	const char *path;	/* borrowed: for messages */
	long line;		/* physical line being fed to libcsv */
	long rec_line;		/* line the current record started on */
	long col;		/* 1-based field a message is about, 0: the record */
	long next_line;		/* line after the last complete record's end */
	struct buf *f;		/* owned: fields of the current record */
	size_t nf, af;
	size_t line_bytes;	/* bytes of the current line fed so far (MAX_LINE) */
	long errors;		/* bad records reported */
	int stop;		/* set by on_record: read no further */
	int skip;		/* the current record has a field that is not text */
	void (*on_record)(struct csvrd *r);
};

struct csvin {
	struct csvrd rd;	/* first: on_record casts back */
	struct store *st;
	const char *path;
	const struct import_opts *o;
	const char *sha256;
	int pass;		/* 1: check, 2: store */
	int have_header, wide;
	int header_bad;		/* the header was refused: records are not read */
	int col[C_COUNT];	/* long layout: field index of each column, or -1 */
	size_t ncols;		/* fields in the header */
	char **hdr;		/* owned: header names (wide: series codes) */
	struct smeta *s;	/* owned */
	size_t ns, as;
	size_t *hash;		/* owned: open addressing, index+1 into s, 0 empty */
	size_t hcap;
	struct rel *r;		/* owned */
	size_t nr, ar;
	char default_date[DATE_LEN];
	int failed;		/* a database error in pass 2 */
	struct import_stats *stats;
};

static int rd_bad(struct csvrd *r, const char *fmt, ...) ATTR_PRINTF(2, 3);

/* Reports a bad record at its line; returns -1. */
static int rd_bad(struct csvrd *r, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (++r->errors > MAX_REPORTED)
		return -1;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return error_at_line(r->path, r->rec_line, r->col, "%s", msg);
}

#define bad(c, ...) rd_bad(&(c)->rd, __VA_ARGS__)

static size_t hash_str(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

static void hash_rebuild(struct csvin *c)
{
	free(c->hash);
	c->hcap = c->hcap ? c->hcap * 2 : 64;
	c->hash = xcalloc(c->hcap, sizeof(*c->hash));
	for (size_t i = 0; i < c->ns; i++) {
		size_t h = hash_str(c->s[i].code) & (c->hcap - 1);

		while (c->hash[h])
			h = (h + 1) & (c->hcap - 1);
		c->hash[h] = i + 1;
	}
}

/* The series with this code, added on first sight when add is set. */
static struct smeta *series_get(struct csvin *c, const char *code, int add)
{
	size_t h;

	if (!c->hcap)
		hash_rebuild(c);
	h = hash_str(code) & (c->hcap - 1);
	for (; c->hash[h]; h = (h + 1) & (c->hcap - 1))
		if (strcmp(c->s[c->hash[h] - 1].code, code) == 0)
			return &c->s[c->hash[h] - 1];
	if (!add)
		return NULL;
	XGROW(c->s, c->as, c->ns + 1);
	memset(&c->s[c->ns], 0, sizeof(c->s[c->ns]));
	c->s[c->ns].code = xstrdup(code);
	c->ns++;
	if (c->ns * 2 > c->hcap)
		hash_rebuild(c);
	else
		c->hash[h] = c->ns;
	return &c->s[c->ns - 1];
}

static struct rel *rel_get(struct csvin *c, const char *date)
{
	for (size_t i = 0; i < c->nr; i++)
		if (strcmp(c->r[i].date, date) == 0)
			return &c->r[i];
	XGROW(c->r, c->ar, c->nr + 1);
	memset(&c->r[c->nr], 0, sizeof(c->r[c->nr]));
	str_copy(c->r[c->nr].date, sizeof(c->r[c->nr].date), date, strlen(date));
	return &c->r[c->nr++];
}

/*
 * The shape of a period: 'A' 2023, 'Q' 2023-Q3, 'M' 2023-08, 'D' 2023-08-01
 * (a real date), or 0 when it is none of them or its year is outside
 * YEAR_MIN..YEAR_MAX.
 */
static char period_shape(const char *p)
{
	size_t n = strlen(p);
	int m;

	for (int i = 0; i < 4; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	if (atoi(p) < YEAR_MIN || atoi(p) > YEAR_MAX)
		return 0;
	if (n == 4)
		return 'A';
	if (p[4] != '-')
		return 0;
	if (n == 7 && p[5] == 'Q' && p[6] >= '1' && p[6] <= '4')
		return 'Q';
	if (n == 7 && p[5] >= '0' && p[5] <= '9' && p[6] >= '0' && p[6] <= '9') {
		m = (p[5] - '0') * 10 + (p[6] - '0');
		return m >= 1 && m <= 12 ? 'M' : 0;
	}
	return n == 10 && date_valid(p) ? 'D' : 0;
}

/* 1 missing, 0 a number in *v, -1 bad (message printed). */
static int parse_value(struct csvin *c, const char *s, const char *colname, double *v)
{
	const char *p = s;
	char *end;

	if (!*s || strcmp(s, ".") == 0)
		return 1;
	if (*p == '+' || *p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return bad(c, "bad number '%s' in column '%s'", s, colname);
	if (strchr(s, ',')) {
		return bad(c, "'%s' in column '%s' has a comma: thousands separators and "
			      "decimal commas are refused (write 1234.5)", s, colname);
	}
	errno = 0;
	*v = strtod(s, &end);
	if (*end)
		return bad(c, "bad number '%s' in column '%s'", s, colname);
	if (errno == ERANGE || !isfinite(*v))
		return bad(c, "number '%s' in column '%s' is out of range", s, colname);
	return 0;
}

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

static int read_header(struct csvin *c)
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
	if (c->o->value_column)
		return map_columns(c);
	if (c->col[C_SERIES] >= 0 && c->col[C_PERIOD] >= 0 && c->col[C_VALUE] >= 0)
		return 0;
	if (c->ncols >= 2 && (name_is(c->hdr[0], "period") || name_is(c->hdr[0], "date") ||
			   name_is(c->hdr[0], "observation_date"))) {
		/* Wide: every column but the first (and a release-date column) is a
		 * series code, even one spelled like a metadata column ("unit"). */
		c->wide = 1;
		for (int k = 0; k < C_VINTAGE; k++)
			c->col[k] = -1;
		for (size_t i = 1; i < c->ncols; i++)
			if (!*c->hdr[i] && (int)i != c->col[C_VINTAGE])
				return bad(c, "column %zu of the header has no series code", i + 1);
		return 0;
	}
	return bad(c, "header has neither the columns series, period, value (long layout) "
		      "nor a first column period or date (wide layout); for other shapes "
		      "give --value-column and --series or --series-column");
}

static const char *field(struct csvin *c, int k)
{
	return c->col[k] >= 0 ? c->rd.f[c->col[k]].s : "";
}

/* Pass 1 learns a series' period shape; pass 2 turns the period into its stored form. */
static int check_period(struct csvin *c, struct smeta *s, const char *p, char out[DATE_LEN])
{
	char shape = period_shape(p);

	if (!shape)
		return bad(c, "unknown period '%s' (use 2023, 2023-Q3, 2023-08 or 2023-08-01)", p);
	if (c->pass == 1) {
		if (!s->shape)
			s->shape = shape;
		else if (s->shape != shape)
			return bad(c, "period '%s' of series '%s' does not match its earlier "
				      "periods' frequency", p, s->code);
		if (shape == 'D' && strcmp(p + 8, "01") != 0)
			s->day_not_first = 1;
	}
	str_copy(out, DATE_LEN, p, strlen(p));
	if (shape == 'D' && !s->day_not_first)
		out[7] = '\0';	/* invariant 4 */
	return 0;
}

/*
 * Half a unit of the last digit written ("6.9191" -> 0.00005), times scale:
 * what a value means as published, so that a later file printing more
 * digits is not taken for a revision, and a claim is compared fairly.
 */
static double written_precision(const char *text, double scale)
{
	const char *dot = strchr(text, '.');
	size_t dec = 0;

	if (dot)
		while (dot[1 + dec] >= '0' && dot[1 + dec] <= '9')
			dec++;
	if (strpbrk(text, "eE"))
		dec = 0;	/* "1.5e3": the exponent moves the digits; call it a unit */
	return 0.5 * pow(10, -(double)dec) * scale;
}

/* Steps a statement that returns no row; a database error fails the import. */
static int step_done(struct csvin *c, const char *name, const struct param *p, size_t n)
{
	sqlite3_stmt *st = store_stmt(c->st, name);
	int rc;

	if (store_bind_all(c->st, st, p, n) < 0)
		return c->failed = -1;
	rc = sqlite3_step(st);
	store_reset(st);
	if (rc == SQLITE_DONE || rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
		return rc;
	error_at_line(c->path, c->rd.rec_line, 0, "cannot store this record");
	store_fail(c->st, name);
	return c->failed = -1;
}

/*
 * What the value in force says of a new one (invariant 5): "new", "revised",
 * "restated", or NULL when it is the same figure (nothing to store).
 */
static const char *classify(struct csvin *c, const struct smeta *s, const char *period,
			    const struct rel *r, double v, double prec)
{
	const struct param p[] = {
		P_INT(":series", s->id), P_TEXT(":period", period),
		P_TEXT(":released", r->date), P_INT(":vintage", r->id),
	};
	sqlite3_stmt *st = store_stmt(c->st, "observation_current");
	const char *status = "new";
	int rc;

	if (store_bind_all(c->st, st, p, ARRAY_SIZE(p)) < 0) {
		c->failed = -1;
		return NULL;
	}
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
		double cur = sqlite3_column_double(st, 0);
		double cur_prec = sqlite3_column_double(st, 1);
		/* A hair of relative slack: 0.1 + 0.2 must equal 0.3 here too. */
		double tol = fmax(prec, cur_prec) + 1e-12 * fmax(fabs(v), fabs(cur));

		if (fabs(v - cur) > tol)
			status = "revised";
		else if (prec < cur_prec)
			status = "restated";
		else
			status = NULL;
	} else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_fail(c->st, "sql/observation_current.sql");
		c->failed = -1;
		status = NULL;
	}
	store_reset(st);
	return status;
}

static int store_value(struct csvin *c, struct smeta *s, const char *period,
		       const char *text, double v, const char *released)
{
	const struct rel *r = rel_get(c, released);
	double prec = written_precision(text, c->o->scale ? c->o->scale : 1);
	const struct param seen[] = {
		P_INT(":series", s->id), P_TEXT(":period", period), P_INT(":vintage", r->id),
	};
	const char *status = "new";
	int rc;

	/* A fresh series has nothing in force to compare with and nothing to
	   withdraw: one statement a row, and observation's own UNIQUE (series,
	   period, vintage) catches a period given twice. */
	if (!s->fresh) {
		rc = step_done(c, "import_seen_add", seen, ARRAY_SIZE(seen));
		if (rc < 0)
			return -1;
		if (rc != SQLITE_DONE)
			return bad(c, "duplicate period '%s' for series '%s'", period, s->code);
		status = classify(c, s, period, r, v, prec);
		if (c->failed)
			return -1;
	}
	if (!status) {
		c->stats->unchanged++;
		return 0;
	}
	{
		const struct param p[] = {
			P_INT(":series", s->id), P_TEXT(":period", period),
			P_TEXT(":status", status), P_REAL(":value", v), P_TEXT(":value_text", text),
			P_REAL(":precision", prec), P_INT(":vintage", r->id),
		};

		rc = step_done(c, "observation_insert", p, ARRAY_SIZE(p));
		if (rc < 0)
			return -1;
		if (rc != SQLITE_DONE)
			return bad(c, "duplicate period '%s' for series '%s'", period, s->code);
	}
	c->stats->observations++;
	if (status[0] == 'n')
		c->stats->added++;
	else if (status[0] == 'r' && status[2] == 'v')
		c->stats->revised++;
	else
		c->stats->restated++;
	return 0;
}

/* The metadata columns the schema constrains: refused here with the line,
 * not later as a database error. */
static int check_meta(struct csvin *c)
{
	static const char *const flows[] = { "import", "export", "trade" };
	static const char *const freqs[] = { "A", "Q", "M", "D" };
	static const char *const measures[] = { "level", "ytd" };
	const char *flow = field(c, C_FLOW), *freq = field(c, C_FREQ);
	const char *measure = field(c, C_MEASURE);
	int ok = !*flow;

	for (size_t i = 0; !ok && i < ARRAY_SIZE(flows); i++)
		ok = strcmp(flow, flows[i]) == 0;
	if (!ok) {
		c->rd.col = c->col[C_FLOW] + 1;
		return bad(c, "bad flow '%s' in column 'flow' (import, export or trade)", flow);
	}
	ok = !*freq;
	for (size_t i = 0; !ok && i < ARRAY_SIZE(freqs); i++)
		ok = strcmp(freq, freqs[i]) == 0;
	if (!ok) {
		c->rd.col = c->col[C_FREQ] + 1;
		return bad(c, "bad frequency '%s' in column 'freq' (A, Q, M or D)", freq);
	}
	ok = !*measure;
	for (size_t i = 0; !ok && i < ARRAY_SIZE(measures); i++)
		ok = strcmp(measure, measures[i]) == 0;
	if (!ok) {
		c->rd.col = c->col[C_MEASURE] + 1;
		return bad(c, "bad measure '%s' in column 'measure' (level or ytd)", measure);
	}
	return 0;
}

/* One value of one series in one data record, in either pass: the period
 * in field pcol, the value in field vcol (0-based, for messages). */
static void take_value(struct csvin *c, const char *code, int pcol, int vcol,
		       const char *released)
{
	struct smeta *s = series_get(c, code, c->pass == 1);
	const char *period = c->rd.f[pcol].s, *text = c->rd.f[vcol].s;
	char norm[DATE_LEN];
	double v = 0;
	int r;

	if (!s) {	/* only when the file changed between the passes */
		bad(c, "series '%s' was not there on the first reading: the file changed "
		       "while it was imported", code);
		return;
	}
	c->rd.col = pcol + 1;
	if (check_period(c, s, period, norm) < 0)
		return;
	c->rd.col = vcol + 1;
	r = parse_value(c, text, c->hdr[vcol], &v);
	c->rd.col = 0;
	if (r < 0)
		return;
	if (r > 0) {
		if (c->pass == 2)
			c->stats->missing++;
		return;
	}
	if (c->pass == 1) {
		if (check_meta(c) < 0)
			return;
		for (int k = C_UNIT; k <= C_FREQ; k++)
			if (!s->meta[k] && c->col[k] >= 0 && *field(c, k))
				s->meta[k] = xstrdup(field(c, k));
		rel_get(c, released);
	} else {
		/* Base units (schema invariant 4); value_text keeps the digits as written. */
		store_value(c, s, norm, text, c->o->scale ? v * c->o->scale : v, released);
	}
}

static void data_record(struct csvin *c)
{
	const char *released = c->default_date, *code;

	if (c->rd.nf != c->ncols) {
		bad(c, "expected %zu field%s as in the header, found %zu", c->ncols,
		    c->ncols == 1 ? "" : "s", c->rd.nf);
		return;
	}
	if (c->pass == 2)
		c->stats->rows++;
	if (c->col[C_VINTAGE] >= 0) {
		released = field(c, C_VINTAGE);
		if (!date_valid(released)) {
			c->rd.col = c->col[C_VINTAGE] + 1;
			bad(c, "bad release date '%s' in column '%s'", released,
			    c->hdr[c->col[C_VINTAGE]]);
			return;
		}
	}
	if (c->wide) {
		for (size_t i = 1; i < c->ncols; i++)
			if ((int)i != c->col[C_VINTAGE])
				take_value(c, c->hdr[i], 0, (int)i, released);
		return;
	}
	code = c->o->series ? c->o->series : field(c, C_SERIES);
	if (!*code) {
		c->rd.col = c->col[C_SERIES] + 1;
		bad(c, "empty series code");
		return;
	}
	take_value(c, code, c->col[C_PERIOD], c->col[C_VALUE], released);
}

/* Offset of the first byte of s[0..n) that is a NUL or not UTF-8, or n. */
static size_t bad_text_at(const char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n) {
		if (s[i] == '\0')
			return i;
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_decode((const unsigned char *)s + i, n - i, NULL);
		if (!k)
			return i;
		i += k;
	}
	return n;
}

/* libcsv field callback: copy the field (invariant 1), refusing what is
 * not text (invariant 5): the record is then skipped. */
static void cb_field(void *data, size_t len, void *ctx)
{
	struct csvrd *r = ctx;
	size_t at;

	if (r->stop)
		return;
	if (r->nf == 0) {
		r->rec_line = r->line;
		r->col = 0;
	}
	if (data && (at = bad_text_at(data, len)) < len && !r->skip) {
		r->skip = 1;
		if (((const char *)data)[at] == '\0')
			rd_bad(r, "field %zu has a NUL byte: not a text file", r->nf + 1);
		else
			rd_bad(r, "field %zu is not UTF-8 (byte 0x%02x at its byte %zu): "
			       "save the file as UTF-8", r->nf + 1,
			       ((const unsigned char *)data)[at], at + 1);
	}
	if (r->nf == r->af) {
		size_t old = r->af;

		XGROW(r->f, r->af, r->nf + 1);
		for (size_t i = old; i < r->af; i++)
			buf_init(&r->f[i]);
	}
	buf_reset(&r->f[r->nf]);
	buf_add(&r->f[r->nf], data ? data : "", data ? len : 0);
	r->nf++;
}

/* libcsv end-of-record callback. */
static void cb_record(int term, void *ctx)
{
	struct csvrd *r = ctx;

	(void)term;
	if (!r->stop && !r->skip)
		r->on_record(r);
	r->nf = 0;
	r->skip = 0;
	r->next_line = r->line + 1;	/* its terminator is the last byte fed */
}

/* Hands bytes [a, b) of chunk to libcsv; -1 after a message when it refuses them. */
static int rd_feed(struct csvrd *r, struct csv_parser *p, const char *chunk, size_t a, size_t b)
{
	if (b <= a || r->stop)
		return 0;
	r->line_bytes += b - a;
	if (r->line_bytes > MAX_LINE) {
		r->rec_line = r->line;
		r->stop = 1;
		return rd_bad(r, "line longer than %u bytes: not a release", MAX_LINE);
	}
	if (csv_parse(p, chunk + a, b - a, cb_field, cb_record, r) != b - a) {
		r->rec_line = r->line;
		r->stop = 1;
		return rd_bad(r, "malformed CSV: %s", csv_strerror(csv_error(p)));
	}
	return 0;
}

/*
 * Streams f to libcsv in chunks (memory stays flat in the file's size), a
 * line at a time so that messages can name the line, and calls
 * r->on_record for each record. A line ends at LF, CRLF or a lone CR, as
 * libcsv ends records. A UTF-8 BOM at the start is skipped. Returns 0 when
 * libcsv accepted the whole file, -1 after a message when it did not.
 */
static int rd_run(struct csvrd *r, FILE *f)
{
	struct csv_parser p;
	char chunk[65536];
	size_t n, a, i;
	int first = 1, cr = 0;	/* cr: the last chunk ended in CR */
	char last = 0;
	int ret = 0;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		die("cannot initialise libcsv");
	/* libcsv grows its field buffer by this much at a time (128 bytes by
	 * default): a long field would cost quadratic copying. */
	csv_set_blk_size(&p, 65536);
	r->nf = 0;
	r->skip = 0;
	r->line = 1;
	r->next_line = 1;
	r->line_bytes = 0;
	while (!r->stop && (n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		a = 0;
		if (first && n >= 3 && memcmp(chunk, "\xEF\xBB\xBF", 3) == 0)
			a = 3;	/* a BOM (Excel's CSV UTF-8) is not part of the header */
		first = 0;
		if (cr && chunk[0] != '\n')
			r->line++, r->line_bytes = 0;
		cr = 0;
		for (i = a; i < n && !r->stop; i++) {
			if (chunk[i] == '\r' && i + 1 == n) {
				cr = 1;	/* CRLF or a lone CR: the next chunk says */
			} else if (chunk[i] == '\n' || (chunk[i] == '\r' && chunk[i + 1] != '\n')) {
				if (rd_feed(r, &p, chunk, a, i + 1) < 0)
					break;
				r->line++;
				r->line_bytes = 0;
				a = i + 1;
			}
		}
		if (!r->stop)
			rd_feed(r, &p, chunk, a, n);
		last = chunk[n - 1];
	}
	if (ferror(f)) {
		r->rec_line = r->line;
		r->stop = 1;
		rd_bad(r, "cannot read: %s", strerror(errno));
	}
	if (last == '\n' || (last == '\r' && !cr))
		r->line--;	/* the line of the last byte, for the message below */
	/* STYLE: never csv_fini with callbacks after a failed csv_parse. */
	if (!r->stop && csv_fini(&p, cb_field, cb_record, r) != 0) {
		r->rec_line = r->next_line;	/* where the open record began */
		ret = rd_bad(r, "malformed CSV: a quote opened in this record is not closed "
			     "before the end of the file (line %ld)", r->line);
	}
	csv_free(&p);
	return r->errors ? -1 : ret;
}

static void rd_release(struct csvrd *r)
{
	for (size_t i = 0; i < r->af; i++)
		buf_release(&r->f[i]);
	free(r->f);
}

static void csvin_record(struct csvrd *r)
{
	struct csvin *c = (struct csvin *)r;

	if (c->failed) {
		r->stop = 1;
		return;
	}
	if (!c->have_header) {
		c->have_header = 1;
		if (c->pass == 1 && read_header(c) < 0)
			c->header_bad = 1;
	} else if (!c->header_bad) {
		data_record(c);
	}
}

/* One pass over the release from its start: pass 1 checks and learns, pass 2 stores. */
static void run_pass(struct csvin *c, FILE *f)
{
	c->have_header = 0;
	c->rd.stop = 0;
	if (fseek(f, 0, SEEK_SET) != 0) {
		c->rd.rec_line = 1;
		bad(c, "cannot read the file again: %s", strerror(errno));
		return;
	}
	rd_run(&c->rd, f);
	if (!c->have_header) {
		c->rd.rec_line = 1;
		bad(c, "empty file: no header row");
	}
}

static int first_int(void *ctx, const struct row *r)
{
	*(int64_t *)ctx = cell_int(&r->cells[0]);
	return 0;
}

/* Series and vintage rows for pass 2, inside the transaction. */
static int create_rows(struct csvin *c)
{
	const char *src = c->o->source ? c->o->source : path_base(c->path);

	const struct import_opts *o = c->o;
	const char *const given[C_COUNT] = {
		[C_UNIT] = o->unit, [C_TITLE] = o->title, [C_REPORTER] = o->reporter,
		[C_PARTNER] = o->partner, [C_FLOW] = o->flow, [C_COMMODITY] = o->commodity,
		[C_MEASURE] = o->measure, [C_FREQ] = o->freq,
	};

	for (size_t i = 0; i < c->ns; i++) {
		struct smeta *s = &c->s[i];
		char freq[2] = { s->shape == 'D' && !s->day_not_first ? 'M' : s->shape, 0 };

		for (int k = C_UNIT; k <= C_FREQ; k++)
			if (!s->meta[k] && given[k])
				s->meta[k] = xstrdup(given[k]);
		const struct param p[] = {
			P_TEXT(":code", s->code), P_TEXT(":title", s->meta[C_TITLE]),
			P_TEXT(":unit", s->meta[C_UNIT]), P_TEXT(":reporter", s->meta[C_REPORTER]),
			P_TEXT(":partner", s->meta[C_PARTNER]), P_TEXT(":flow", s->meta[C_FLOW]),
			P_TEXT(":commodity", s->meta[C_COMMODITY]),
			P_TEXT(":measure", s->meta[C_MEASURE]),
			P_TEXT(":freq", s->meta[C_FREQ] ? s->meta[C_FREQ] : freq),
		};
		sqlite3_stmt *st = store_stmt(c->st, "series_upsert");
		int rc = SQLITE_ERROR;

		if (store_bind_all(c->st, st, p, ARRAY_SIZE(p)) < 0)
			goto fail;
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			s->id = sqlite3_column_int64(st, 0);
fail:
		store_reset(st);
		if (rc != SQLITE_ROW)
			return store_fail(c->st, "cannot store series");
		if (c->nr == 1) {
			const struct param q[] = { P_INT(":series", s->id) };
			int64_t any = 1;

			if (store_select(c->st, "series_has_observations", q, 1, first_int, &any) < 0)
				return -1;
			s->fresh = !any;
		}
	}
	for (size_t i = 0; i < c->nr; i++) {
		const struct param p[] = {
			P_TEXT(":source", src), P_TEXT(":released", c->r[i].date),
			P_TEXT(":path", c->path), P_TEXT(":sha256", c->sha256),
			P_INT(":complete", c->o->complete ? 1 : 0),
		};

		if (store_exec(c->st, "vintage_insert", p, ARRAY_SIZE(p), &c->r[i].id) < 0)
			return -1;
	}
	c->stats->series = (long)c->ns;
	c->stats->vintages = (long)c->nr;
	return 0;
}

/* --complete: the periods of the file's series that it left out are withdrawn. */
static int withdraw_missing(struct csvin *c)
{
	for (size_t i = 0; i < c->ns; i++) {
		for (size_t k = 0; k < c->nr; k++) {
			const struct param p[] = {
				P_INT(":series", c->s[i].id), P_INT(":vintage", c->r[k].id),
				P_TEXT(":released", c->r[k].date),
			};

			if (store_exec(c->st, "observation_withdraw", p, ARRAY_SIZE(p), NULL) < 0)
				return -1;
			c->stats->withdrawn += store_changes(c->st);
			c->stats->observations += store_changes(c->st);
		}
	}
	return 0;
}

static int found_row(void *ctx, const struct row *r)
{
	(void)r;
	*(int *)ctx = 1;
	return 0;
}

static void csvin_release(struct csvin *c)
{
	rd_release(&c->rd);
	for (size_t i = 0; i < c->ncols; i++)
		free(c->hdr[i]);
	free(c->hdr);
	for (size_t i = 0; i < c->ns; i++) {
		free(c->s[i].code);
		for (int k = 0; k < C_COUNT; k++)
			free(c->s[i].meta[k]);
	}
	free(c->s);
	free(c->hash);
	free(c->r);
}

/* Size and modification time: the file must not change between the passes. */
static int same_file(FILE *f, const struct stat *before)
{
	struct stat now;

	return fstat(fileno(f), &now) == 0 && now.st_size == before->st_size &&
	       now.st_mtim.tv_sec == before->st_mtim.tv_sec &&
	       now.st_mtim.tv_nsec == before->st_mtim.tv_nsec;
}

int csvin_import(struct store *st, const char *path, const struct import_opts *o,
		 struct import_stats *stats)
{
	struct csvin c;
	struct stat sb;
	FILE *f;
	char sha[SHA256_HEX_LEN];
	int seen = 0, ret = 0;

	memset(stats, 0, sizeof(*stats));
	memset(&c, 0, sizeof(c));
	c.rd.path = path;
	c.rd.on_record = csvin_record;
	c.st = st;
	c.path = path;
	c.o = o;
	c.stats = stats;
	c.sha256 = sha;
	if (o->vintage) {
		if (!date_valid(o->vintage))
			return error("bad --vintage '%s': use YYYY-MM-DD", o->vintage), 3;
		str_copy(c.default_date, sizeof(c.default_date), o->vintage, strlen(o->vintage));
	} else {
		date_today(c.default_date);
	}
	/* Three streaming reads (hash, check, store), never the whole file in
	 * memory: a release of any size costs the same few pages. */
	f = file_open(path, MAX_FILE);
	if (!f)
		return 3;
	if (fstat(fileno(f), &sb) != 0 || sha256_file(f, path, sha) < 0) {
		fclose(f);
		return 3;
	}
	{
		const struct param p[] = { P_TEXT(":sha256", sha) };

		if (store_select(st, "vintage_find_sha", p, 1, found_row, &seen) < 0) {
			fclose(f);
			return -1;
		}
	}
	if (seen) {
		stats->skipped = 1;
		fclose(f);
		return 0;
	}
	c.pass = 1;
	run_pass(&c, f);
	if (c.rd.errors)
		goto bad_input;
	if (store_begin(st) < 0) {
		ret = -1;
		goto out;
	}
	c.pass = 2;
	if (store_exec(st, "import_seen_clear", NULL, 0, NULL) < 0 || create_rows(&c) < 0)
		c.failed = -1;
	else
		run_pass(&c, f);
	if (!c.failed && !c.rd.errors && o->complete && withdraw_missing(&c) < 0)
		c.failed = -1;
	if (!c.failed && !c.rd.errors && !same_file(f, &sb)) {
		c.rd.rec_line = 1;
		bad(&c, "the file changed while it was imported");
	}
	if (c.failed || c.rd.errors) {
		store_rollback(st);
		if (c.failed) {
			ret = -1;
			goto out;
		}
		goto bad_input;
	}
	if (store_commit(st) < 0) {
		store_rollback(st);
		ret = -1;
	}
	goto out;
bad_input:
	if (c.rd.errors > MAX_REPORTED)
		error("%s: %ld more bad records not shown", path, c.rd.errors - MAX_REPORTED);
	error("%s: nothing imported (%ld bad record%s)", path, c.rd.errors,
	      c.rd.errors == 1 ? "" : "s");
	ret = 3;
out:
	csvin_release(&c);
	fclose(f);
	return ret;
}

/* ---- small tables (manifests) ------------------------------------------ */

struct table {
	struct csvrd rd;	/* first: on_record casts back */
	char **names;		/* owned: header */
	size_t n;
	csv_record_fn fn;
	void *ctx;
	int ret;
};

static void table_record(struct csvrd *r)
{
	struct table *t = (struct table *)r;
	const char **fields;

	if (!t->names) {
		t->n = r->nf;
		t->names = xcalloc(t->n, sizeof(*t->names));
		for (size_t i = 0; i < t->n; i++)
			t->names[i] = xstrdup(r->f[i].s ? r->f[i].s : "");
		return;
	}
	if (r->nf != t->n) {
		rd_bad(r, "expected %zu fields as in the header, found %zu", t->n, r->nf);
		return;
	}
	fields = xcalloc(t->n, sizeof(*fields));
	for (size_t i = 0; i < t->n; i++)
		fields[i] = r->f[i].s ? r->f[i].s : "";
	t->ret = t->fn(t->ctx, r->rec_line, t->n, (const char *const *)t->names, fields);
	free(fields);
	if (t->ret)
		r->stop = 1;
}

int csvin_table(const char *path, csv_record_fn fn, void *ctx)
{
	struct table t;
	FILE *f;
	int ret;

	memset(&t, 0, sizeof(t));
	t.rd.path = path;
	t.rd.on_record = table_record;
	t.fn = fn;
	t.ctx = ctx;
	f = file_open(path, MAX_FILE);
	if (!f)
		return 3;
	rd_run(&t.rd, f);
	fclose(f);
	ret = t.rd.errors ? 3 : t.ret;
	rd_release(&t.rd);
	for (size_t i = 0; i < t.n; i++)
		free(t.names[i]);
	free(t.names);
	return ret;
}
