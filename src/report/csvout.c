/*
 * csvout.c - an RFC 4180 writer for spreadsheets: cells in, CSV bytes out.
 *
 * Input: cells one at a time (text, numbers, empties) and row ends.
 * Output: bytes on a borrowed FILE; write failures are remembered in w->err
 * and reported once by csvout_finish().
 *
 * Invariants:
 *  1. A text cell is quoted only when it holds a comma, quote, CR or LF, the
 *     separator in use (';' or TAB when asked for), or
 *     when it is neutralised; quotes inside are doubled; every other byte is
 *     written as given, so UTF-8 survives byte for byte.
 *  2. A text cell whose first byte is '=', '+', '-', '@', TAB, CR or LF is written
 *     quoted with a leading apostrophe (OWASP CSV injection). Inside a cell,
 *     the same four formula starts after a ';', TAB, CR or LF (with only
 *     quotes or spaces between) get an apostrophe before them: a file opened
 *     with ';' or TAB as separator (most of Europe) splits the cell there,
 *     and the piece must not run either. Number cells are never
 *     neutralised, because we format them ourselves (fmt_num_plain).
 *  3. A NUL byte, and any byte that is not part of valid UTF-8 (a Latin-1
 *     file name), becomes U+FFFD (EF BF BD): the file is always valid UTF-8,
 *     and nothing downstream reads a NUL in CSV the same way.
 *  4. The BOM, when asked for, is the first three bytes written, once.
 */
#include "report/report.h"

#include "base/base.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

/* Private flag bit: the BOM has been written (or was never wanted). */
#define CSVOUT_BOM_DONE (1u << 15)

static void put(struct csvout *w, const void *p, size_t n)
{
	if (n && fwrite(p, 1, n, w->f) != n)
		w->err = 1;
}

/* The BOM goes before the first byte of output, whatever that byte is. */
static void bom(struct csvout *w)
{
	if ((w->flags & CSVOUT_BOM) && !(w->flags & CSVOUT_BOM_DONE)) {
		put(w, "\xEF\xBB\xBF", 3);
		w->flags |= CSVOUT_BOM_DONE;
	}
}

/* Called before every cell: the BOM, then the separator. */
static void cell_start(struct csvout *w)
{
	bom(w);
	if (w->col++)
		put(w, w->flags & CSVOUT_SEMICOLON ? ";" : w->flags & CSVOUT_TAB ? "\t" : ",", 1);
}

void csvout_init(struct csvout *w, FILE *f, unsigned flags)
{
	w->f = f;
	w->flags = flags & ~CSVOUT_BOM_DONE;
	w->col = 0;
	w->err = 0;
}

/* Whether a spreadsheet would evaluate a text cell starting with byte c. */
static int formula_start(unsigned char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ||
	       c == '\n';
}

/* Where a spreadsheet may start a new cell inside our field: at ';' or TAB
 * when the file is opened with that separator (quotes only count at the
 * start of a cell there), at CR or LF when it then splits rows. */
static int cell_break(unsigned char c)
{
	return c == ';' || c == '\t' || c == '\r' || c == '\n';
}

/* Invariant 2: whether the text after a cell_break would start a formula
 * cell there (quotes and spaces before it are dropped by some importers). */
static int formula_after(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && (s[i] == '"' || s[i] == ' '))
		i++;
	return i < n && (s[i] == '=' || s[i] == '+' || s[i] == '-' || s[i] == '@');
}

/* Bytes copied as they are, in runs; the rest is looked at one by one. */
static int plain_byte(unsigned char c)
{
	return c != '"' && c != '\0' && c < 0x80 && !cell_break(c);
}

void csvout_text(struct csvout *w, const char *s, size_t n)
{
	/* A lone "-" (stdin's name in `extract`) cannot run: it stays as DESIGN names it. */
	int neutral = n > 0 && formula_start((unsigned char)s[0]) && !(n == 1 && s[0] == '-');
	int quote = neutral;
	size_t i, run, k;

	for (i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n' ||
			(s[i] == ';' && (w->flags & CSVOUT_SEMICOLON)) ||
			(s[i] == '\t' && (w->flags & CSVOUT_TAB));
	cell_start(w);
	if (quote)
		put(w, "\"", 1);
	if (neutral)
		put(w, "'", 1);
	for (i = 0; i < n; i += run) {
		for (run = 0; i + run < n && plain_byte((unsigned char)s[i + run]); run++)
			;
		put(w, s + i, run);
		if (i + run == n)
			break;
		k = (unsigned char)s[i + run] < 0x80 ? 1 :
		    utf8_decode((const unsigned char *)s + i + run, n - i - run, NULL);
		if (s[i + run] == '"') {
			put(w, "\"\"", 2);
		} else if (s[i + run] == '\0' || k == 0) {
			put(w, "\xEF\xBF\xBD", 3);	/* invariant 3 */
			k = 1;
		} else {
			put(w, s + i + run, k);
			if (cell_break((unsigned char)s[i + run]) &&
			    formula_after(s + i + run + 1, n - i - run - 1))
				put(w, "'", 1);
		}
		run += k;
	}
	if (quote)
		put(w, "\"", 1);
}

void csvout_str(struct csvout *w, const char *s)
{
	csvout_text(w, s ? s : "", s ? strlen(s) : 0);
}

/*
 * NaN and infinities become an empty cell: fmt_num would print "NaN" or
 * "-Infinity", which spreadsheets read as text (and "-Infinity" as a would-be
 * formula), while every spreadsheet, R and pandas read an empty cell as missing.
 */
void csvout_num(struct csvout *w, double v)
{
	char out[NUM_PLAIN_MAX];

	cell_start(w);
	if (isfinite(v)) {
		fmt_num_plain(v, out);
		if ((w->flags & CSVOUT_DECIMAL_COMMA) && strchr(out, '.'))
			*strchr(out, '.') = ',';
		put(w, out, strlen(out));
	}
}

void csvout_int(struct csvout *w, int64_t v)
{
	char out[24];
	int n = snprintf(out, sizeof(out), "%" PRId64, v);

	cell_start(w);
	put(w, out, (size_t)n);
}

void csvout_empty(struct csvout *w)
{
	cell_start(w);
}

void csvout_end_row(struct csvout *w)
{
	bom(w);
	if (w->flags & CSVOUT_CRLF)
		put(w, "\r\n", 2);
	else
		put(w, "\n", 1);
	w->col = 0;
}

/* Silent on purpose: the caller knows the file name and says what failed. */
int csvout_finish(struct csvout *w)
{
	if (fflush(w->f) != 0 || ferror(w->f))
		w->err = 1;
	return w->err ? -1 : 0;
}
