/*
 * table_period.c - the period of a table's cell from the column it stands
 * in (issue 13, table10), read once a window's claims are done:
 *
 *                   1986/87             1985/86
 *             04/09/87  03/09/87  04/09/87  03/09/87
 *   Exports     101.08    101.20     95.92     95.76
 *
 * Every cell of the first two columns is of the season 1986/87, of the
 * last two of 1985/86: the upper header names the period, the lower one
 * the report each estimate comes from. A header of dates alone dates its
 * columns by the table's lead: "Exports ... between start of current
 * seasons and April 2" with columns "4/2/87  Prev Wk  4/3/86" are of the
 * seasons 1986/87, 1986/87 and 1985/86; "in the week ended April 2" with
 * columns "4/2/87  Prev Week" of the weeks (Friday to Thursday, GUIDE §8)
 * ending April 2 and March 26.
 *
 * Input: the window's claims and figures (gram.c), the document's bytes.
 * Output: the periods of the claims that are table cells under a header
 * of periods; a period so set is stated (the table says it).
 *
 * Invariants:
 *  1. A cell is elide_table_cell()'s (a label, a gap of two spaces, the
 *     number). Its header is the nearest line above it, within the table,
 *     whose column labels are periods; the table ends upwards at a line of
 *     prose (five words or more with single spaces) or after MAX_UP lines.
 *  2. A column is matched by the centre of the cell and of each label: the
 *     nearest label. An upper header is the line right above the header,
 *     when it too names periods; it is matched by the header label's centre.
 *  3. Only labels this file knows are columns: a split year ("1986/87"), a
 *     year, a date ("4/2/87"), a month ("Mar", "March 1987") and "Prev
 *     Wk"/"Prev Week" (the week before the date on its left). A header
 *     line has no other number. Anything else leaves the period as it was.
 *  4. Work per cell is bounded: at most MAX_UP lines of at most 200 bytes.
 */
#include "parse/parse_int.h"
#include "base/base.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

enum { MAX_UP = TABLE_UP, MAX_LINE = TABLE_LINE, MAX_COLS = 12 };

enum col_kind { COL_NONE = 0, COL_SPLIT, COL_YEAR, COL_DATE, COL_MONTH, COL_PREV_WEEK, COL_CHANGE,
		COL_PREVIOUS };

struct col {
	enum col_kind kind;
	int c0, c1;		/* columns (bytes from the line's start), c1 exclusive */
	int y, m, d;		/* COL_SPLIT: y the first year, m the second's two digits */
};

struct header {
	int n;
	struct col v[MAX_COLS];
};

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(char c)
{
	return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Digits of w[*p..n) as a number (at most 4 of them); count in *nd. */
static int digits_at(const char *w, size_t n, size_t *p, int *nd)
{
	int v = 0;

	*nd = 0;
	while (*p < n && is_digit(w[*p]) && *nd < 5) {
		v = v * 10 + (w[*p] - '0');
		(*p)++;
		(*nd)++;
	}
	return v;
}

/* A two-digit year of a 1980s-style table: 87 -> 1987, 25 -> 2025. */
static int full_year(int y, int nd)
{
	return nd == 4 ? y : y >= 50 ? 1900 + y : 2000 + y;
}

/* The word w[0..n) as a numeric column label: "1986/87", "1986/1987",
 * "1987", "4/2/87", "04/09/1987". 1 and c filled, or 0 (some other number:
 * the line is no header), or -1 (no digit in it: a word). */
static int numeric_label(const char *w, size_t n, struct col *c)
{
	size_t p = 0;
	int nd, a, b, y, n2, n3;

	if (!is_digit(w[0]))
		return -1;
	a = digits_at(w, n, &p, &nd);
	if (p == n && nd == 4 && a >= 1900 && a <= 2100) {
		c->kind = COL_YEAR;
		c->y = a;
		return 1;
	}
	if (p >= n || w[p] != '/' || nd > 4)
		return 0;
	p++;
	b = digits_at(w, n, &p, &n2);
	if (nd == 4 && p == n && a >= 1900 && a <= 2100 &&
	    ((n2 == 2 && b == (a + 1) % 100) || (n2 == 4 && b == a + 1))) {
		c->kind = COL_SPLIT;
		c->y = a;
		c->m = b % 100;
		return 1;
	}
	if (nd > 2 || n2 > 2 || p >= n || w[p] != '/')
		return 0;
	p++;
	y = digits_at(w, n, &p, &n3);
	if (p != n || (n3 != 2 && n3 != 4) || a < 1 || a > 12 || b < 1 || b > 31)
		return 0;
	c->kind = COL_DATE;
	c->y = full_year(y, n3);
	c->m = a;
	c->d = b;
	return 1;
}

/* Reads the line buf[ls..le) as a header of period labels into h: 1 when
 * it is one (a label at least, no other number), else 0. Words that are
 * no label (a section's name: "All Wheat  1986/87  1985/86") are let be. */
static int read_header(const char *buf, size_t ls, size_t le, struct header *h)
{
	size_t p = ls;
	int words = 0;

	h->n = 0;
	while (p < le) {
		size_t w0, w1;
		struct col c = { .kind = COL_NONE };
		int r;

		while (p < le && (buf[p] == ' ' || buf[p] == '\t' || buf[p] == '\r'))
			p++;
		if (p >= le)
			break;
		w0 = p;
		while (p < le && buf[p] != ' ' && buf[p] != '\t' && buf[p] != '\r')
			p++;
		w1 = p;
		r = numeric_label(buf + w0, w1 - w0, &c);
		if (r == 0)
			return 0;
		if (r < 0 && (buf[w0] == '%' || (w1 - w0 >= 3 && !strncasecmp(buf + w0, "pct", 3)) ||
			      (w1 - w0 >= 7 && !strncasecmp(buf + w0, "percent", 7))))
			return 0;	/* a column in percent: not the lead's unit */
		if (r < 0) {
			size_t wn = w1 - w0 - (buf[w1 - 1] == '.');	/* "Sept." */
			int m = period_month(buf + w0, wn);

			if (!is_alpha(buf[w0]))
				continue;	/* "--", "(A)" */
			if (w1 - w0 == 4 && !strncasecmp(buf + w0, "prev", 4)) {
				size_t q = w1;

				while (q < le && buf[q] == ' ')
					q++;
				if (q == w1 + 1 && q + 2 <= le &&
				    (!strncasecmp(buf + q, "wk", 2) ||
				     (q + 4 <= le && !strncasecmp(buf + q, "week", 4)))) {
					p = q + 2;
					while (p < le && is_alpha(buf[p]))
						p++;
					c.kind = COL_PREV_WEEK;
					w1 = p;
				}
			} else if ((wn == 8 && !strncasecmp(buf + w0, "previous", 8)) ||
				   (wn == 4 && !strncasecmp(buf + w0, "prev", 4))) {
				c.kind = COL_PREVIOUS;	/* a column of no period it says */
			} else if ((wn == 6 && !strncasecmp(buf + w0, "change", 6)) ||
				   (wn == 3 && !strncasecmp(buf + w0, "chg", 3))) {
				c.kind = COL_CHANGE;
			} else if (m > 0 && wn >= 3) {
				size_t q = w1 + (w1 < le && buf[w1] == ' '), e = q;
				int nd, y = digits_at(buf, le, &e, &nd);

				c.kind = COL_MONTH;
				c.m = m;
				if (q > w1 && nd == 4 && (e == le || buf[e] == ' ' || buf[e] == '\r') &&
				    y >= 1900 && y <= 2100) {
					c.y = y;	/* "Aug 2026" */
					p = w1 = e;
				} else if (q > w1 && nd >= 1 && nd <= 2 && y >= 1 && y <= 31 &&
					   (e == le || buf[e] == ' ' || buf[e] == '\r')) {
					c.kind = COL_DATE;	/* "April 1": its year the story's */
					c.d = y;
					p = w1 = e;
				}
			}
			if (c.kind == COL_NONE) {
				words++;
				continue;
			}
		}
		if (h->n == MAX_COLS)
			return 0;
		c.c0 = (int)(w0 - ls);
		c.c1 = (int)(w1 - ls);
		h->v[h->n++] = c;
	}
	return h->n >= 2 || (h->n == 1 && !words);	/* "X - 1986 rates." is a note */
}

size_t table_line_start(const char *buf, size_t le)
{
	size_t ls = le;

	while (ls > 0 && buf[ls - 1] != '\n' && le - ls <= MAX_LINE)
		ls--;
	return le - ls > MAX_LINE ? le : ls;
}

int table_lead_end(const char *buf, size_t ls, size_t le)
{
	while (le > ls && (buf[le - 1] == ' ' || buf[le - 1] == '\r'))
		le--;
	return le > ls && (buf[le - 1] == ':' || (le - ls >= 2 && buf[le - 1] == '-' && buf[le - 2] == '-'));
}

int table_gap(const char *buf, size_t ls, size_t le)
{
	size_t p = ls;

	while (p < le && buf[p] == ' ')
		p++;
	for (; p + 1 < le; p++)
		if (buf[p] == ' ' && buf[p + 1] == ' ')
			return 1;
	return 0;
}

int table_prose(const char *buf, size_t ls, size_t le)
{
	size_t p = ls;
	int words = 0, in = 0;

	if (table_gap(buf, ls, le))
		return 0;
	for (; p < le; p++)
		if (buf[p] != ' ' && (p == ls || buf[p - 1] == ' ')) {
			words++;
			in |= p + 3 <= le && !strncasecmp(buf + p, "in ", 3);
		}
	/* " Under Regular Nine Month Loan --": a title of the rows below it,
	 * inside the table (a lead declares a unit: "in mln tonnes --") */
	if (words <= 8 && !in && table_lead_end(buf, ls, le))
		return 0;
	return words >= 5;
}

/* The label of h nearest to the centre (twice the column) c2. */
static const struct col *nearest(const struct header *h, int c2)
{
	const struct col *best = NULL;
	int bd = 0;

	for (int k = 0; k < h->n; k++) {
		int d = h->v[k].c0 + h->v[k].c1 - c2;

		d = d < 0 ? -d : d;
		if (!best || d < bd) {
			best = &h->v[k];
			bd = d;
		}
	}
	return best;
}

/* The marketing season a day ("YYYY-MM-DD") of a season-to-date column falls in, from the
 * months every crop's season shares: January to May the season that began
 * the year before, September to December the one that began that year;
 * June to August none (wheat's season has begun, corn's not). */
static int season_of(const char *day, char out[static PERIOD_MAX])
{
	int y, m, y0;

	if (sscanf(day, "%4d-%2d", &y, &m) != 2)
		return 0;
	if (m <= 5)
		y0 = y - 1;
	else if (m >= 9)
		y0 = y;
	else
		return 0;
	snprintf(out, PERIOD_MAX, "%d/%02d", y0, (y0 + 1) % 100);
	return 1;
}

/* What the table's lead (the prose above it, up to 400 bytes back from
 * off) says its dated columns are: 1 seasons to date, 2 weeks, 0 neither. */
static int lead_dates(const char *buf, size_t off)
{
	size_t s = off > 400 ? off - 400 : 0;
	int week = 0;

	for (size_t p = s; p + 6 <= off; p++) {
		if (!strncasecmp(buf + p, "season", 6))
			return 1;
		if (!strncasecmp(buf + p, "week", 4)) {	/* "week ended", over a line break */
			size_t q = p + 4;

			while (q < off && (buf[q] == ' ' || buf[q] == '\n' || buf[q] == '\r'))
				q++;
			week |= q > p + 4 && q + 3 <= off && !strncasecmp(buf + q, "end", 3);
		}
	}
	return week ? 2 : 0;
}

/* The day of a date column: "4/2/87", or "April 1" in the story's year
 * (the latest such day by its date), checked against the calendar. */
static int col_day(const struct col *c, const char *doc_date, char out[static DATE_LEN])
{
	return period_resolve_day(doc_date, c->m, c->d, c->y, out) == 0;
}

/* The week of seven days ending on day (GUIDE §8: a USDA week ended on a
 * Thursday begins the Friday before). */
static int week_ending(const char *day, char out[static PERIOD_MAX])
{
	char first[DATE_LEN];

	if (period_shift_day(day, -6, first) != 0)
		return 0;
	snprintf(out, PERIOD_MAX, "%s/%s", first, day);
	return 1;
}

/* The period of a column c of header h (whose lead says dates are what
 * lead_dates() returns), or 0. */
static int col_period(const struct header *h, const struct col *c, int dates, const char *doc_date,
		      char out[static PERIOD_MAX])
{
	char day[DATE_LEN];

	switch (c->kind) {
	case COL_SPLIT:
		snprintf(out, PERIOD_MAX, "%d/%02d", c->y, c->m);
		return 1;
	case COL_YEAR:
		snprintf(out, PERIOD_MAX, "%d", c->y);
		return 1;
	case COL_MONTH:
		if (c->y) {
			snprintf(out, PERIOD_MAX, "%04d-%02d", c->y, c->m);
			return 1;
		}
		return period_resolve_month(doc_date, c->m, 0, PERIOD_LATEST, out) == 0;
	case COL_DATE:
		if (!col_day(c, doc_date, day))
			return 0;
		if (dates == 1)
			return season_of(day, out);
		if (dates == 2)
			return week_ending(day, out);
		snprintf(out, PERIOD_MAX, "%s", day);
		return 1;
	case COL_PREV_WEEK:
		/* the date on its left, a week before */
		for (const struct col *l = c; l > h->v; l--)
			if (l[-1].kind == COL_DATE) {
				char before[DATE_LEN];

				if (!col_day(&l[-1], doc_date, day))
					return 0;
				if (dates == 1)
					return season_of(day, out);
				if (period_shift_day(day, -7, before) != 0)
					return 0;
				if (dates == 2)
					return week_ending(before, out);
				snprintf(out, PERIOD_MAX, "%s", before);
				return 1;
			}
		return 0;
	default:
		return 0;
	}
}

/* Months from period column a to b (both COL_MONTH or both COL_YEAR), or 0. */
static int months_between(const struct col *a, const struct col *b, const char *doc_date)
{
	char pa[PERIOD_MAX], pb[PERIOD_MAX];
	int ya, ma, yb, mb;

	if (a->kind == COL_YEAR && b->kind == COL_YEAR)
		return (b->y - a->y) * 12;
	if (a->kind != COL_MONTH || b->kind != COL_MONTH || !col_period(NULL, a, 0, doc_date, pa) ||
	    !col_period(NULL, b, 0, doc_date, pb) || sscanf(pa, "%4d-%2d", &ya, &ma) != 2 ||
	    sscanf(pb, "%4d-%2d", &yb, &mb) != 2)
		return 0;
	return (yb - ya) * 12 + mb - ma;
}

/* A cell of a "Change" column of h: the change from the header's second
 * period to its first ("Sept.  Aug.  Change"), of the first's period; a
 * month's change on the month before is change_mom, on the same month a
 * year before (or a year's on the year before) change_yoy. The sign as
 * written gives the direction. 1 when h names two periods. */
static int change_cell(const struct header *h, int sign, const char *doc_date, struct claim *cl)
{
	const struct col *p[2] = { NULL, NULL };
	int n = 0, d;

	for (int k = 0; k < h->n && n < 2; k++)
		if (h->v[k].kind != COL_CHANGE && h->v[k].kind != COL_PREV_WEEK)
			p[n++] = &h->v[k];
	if (n < 2 || !col_period(h, p[0], 0, doc_date, cl->period))
		return 0;
	d = months_between(p[1], p[0], doc_date);
	cl->measure = d == 1 && p[0]->kind == COL_MONTH ? MEASURE_CHANGE_MOM :
		      d == 12 ? MEASURE_CHANGE_YOY : MEASURE_CHANGE;
	if (sign && !cl->direction[0])
		snprintf(cl->direction, sizeof(cl->direction), "%s", sign > 0 ? "up" : "down");
	return 1;
}

/* The label of the upper header up over column c of header h: the k-th
 * of equal groups when h's labels divide among up's ("1986/87" over
 * "04/09/87 03/09/87"), else the nearest. */
static const struct col *upper(const struct header *up, const struct header *h, const struct col *c)
{
	if (up->n > 0 && h->n % up->n == 0)
		return &up->v[(c - h->v) / (h->n / up->n)];
	return nearest(up, c->c0 + c->c1);
}

/* Column c is an earlier report's: its group under the upper label u (all
 * of h's columns u is over) holds dates only, a later one among them. */
static int earlier_report(const struct header *up, const struct header *h, const struct col *c,
			  const struct col *u)
{
	int later = 0;

	for (int k = 0; k < h->n; k++) {
		const struct col *o = &h->v[k];

		if (upper(up, h, o) != u)
			continue;
		if (o->kind != COL_DATE)
			return 0;
		later |= o->y * 400 + o->m * 32 + o->d > c->y * 400 + c->m * 32 + c->d;
	}
	return later && c->kind == COL_DATE;
}

/* Where a cell's column was found: the topmost header line's start, and
 * the season's first year when the column is of a split year. */
struct found {
	size_t top;
	int y0;
};

/* The period (and an earlier report's status) the column of the cell at
 * [cs, ce) gives, in cl; 1 when it gives one, with where in *fd. */
static int cell_period(const struct gram *g, size_t cs, size_t ce, int sign, struct claim *cl,
		       struct found *fd)
{
	const char *b = g->d->buf;
	size_t ls = cs, le;
	struct header h, up;
	const struct col *c;
	int c2;

	if ((ls = table_line_start(b, cs)) == cs)
		return 0;
	c2 = (int)(cs - ls + ce - ls);	/* the cell's centre, twice */
	for (int k = 0; k < MAX_UP && ls > 0; k++) {
		le = ls - 1;	/* the line above: [ls, le) */
		if ((ls = table_line_start(b, le)) == le)
			return 0;	/* no table's line; a blank line ends it */
		if (table_prose(b, ls, le))
			return 0;
		if (!read_header(b, ls, le, &h))
			continue;
		fd->top = ls;
		fd->y0 = 0;
		c = nearest(&h, c2);
		if (c->kind == COL_CHANGE)
			return change_cell(&h, sign, g->d->date, cl);
		if (ls > 0) {	/* an upper header right above */
			size_t ue = ls - 1, us = table_line_start(b, ue);

			if (us < ue && read_header(b, us, ue, &up)) {
				const struct col *u = upper(&up, &h, c);

				if ((u->kind == COL_SPLIT || u->kind == COL_YEAR) &&
				    col_period(&up, u, 0, g->d->date, cl->period)) {
					if (earlier_report(&up, &h, c, u))
						cl->status = STATUS_PREVIOUS;
					fd->top = us;
					fd->y0 = u->kind == COL_SPLIT ? u->y : 0;
					return 1;
				}
			}
		}
		fd->y0 = c->kind == COL_SPLIT ? c->y : 0;
		return col_period(&h, c, lead_dates(b, ls), g->d->date, cl->period);
	}
	return 0;
}

/* The line before the cell at off holds a row's label and cells, not
 * words of a sentence: at most four words before it ("Stocks on Sept 30,
 * 1986, at 947,  vs 947" is prose that happens to have a gap; cells
 * before it are not counted). */
static int row_line(const char *b, size_t off)
{
	size_t ls = table_line_start(b, off);
	int words = 0;

	for (size_t p = ls; p < off; p++)
		if (is_alpha(b[p]) && (p == ls || b[p - 1] == ' '))
			words++;	/* the cells before it are no words */
	return words <= 4;
}

void table_periods(const struct gram *g, struct claims *out, size_t base, const struct fig *figs)
{
	for (size_t k = base; k < out->n; k++) {
		const struct fig *f = &figs[k - base];
		struct claim *cl = &out->v[k];
		struct found fd;
		size_t n = f->t0;

		if (g->t[n].kind != TOK_NUM && n + 1 < f->t1)
			n++;	/* "+3.3", "-1.2": the sign, then the number */
		if (g->t[n].kind != TOK_NUM || !elide_table_cell(g, f->t0, n) ||
		    !row_line(g->d->buf, cl->start))
			continue;
		if (cell_period(g, cl->start, cl->end, f->sign, cl, &fd)) {
			cl->period_src = SOURCE_STATED;
			table_section(g, f, fd.top, cl);
			table_projection(g, f, fd.y0, cl);
			table_row_partner(g, f, cl);
		} else {
			table_lead_cell(g, f, cl);
		}
	}
}
