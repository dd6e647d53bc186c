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
 *  5. A row reaches the FILE whole at its end (or in 4 KiB pieces of a long
 *     one): one fwrite instead of one per piece, and the FILE holds only
 *     whole rows between calls, so callers may write to it themselves
 *     between rows.
 */
#include "report/report.h"

#include "base/base.h"

#include <inttypes.h>
#include <math.h>
#include <string.h>

/* Private flag bit: the BOM has been written (or was never wanted). */
#define CSVOUT_BOM_DONE (1u << 15)

static void flush(struct csvout *w)
{
	if (w->n && fwrite(w->buf, 1, w->n, w->f) != w->n)
		w->err = 1;
	w->n = 0;
}

static void put(struct csvout *w, const void *p, size_t n)
{
	if (n == 1 && w->n < sizeof(w->buf)) {	/* separators, quotes */
		w->buf[w->n++] = *(const char *)p;
		return;
	}
	if (n > sizeof(w->buf) - w->n) {
		flush(w);
		if (n > sizeof(w->buf)) {
			if (fwrite(p, 1, n, w->f) != n)
				w->err = 1;
			return;
		}
	}
	memcpy(w->buf + w->n, p, n);
	w->n += n;
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
	w->n = 0;
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

/* What a byte asks of a text cell, as bits: Q_ALWAYS, Q_SEMI, Q_TAB: it is
 * quoted (always; with ';' as the separator; with TAB), NOT_PLAIN: it is
 * looked at by itself, not copied in a run (a quote, NUL, a cell break,
 * a byte of a multibyte character). */
enum { Q_ALWAYS = 1, Q_SEMI = 2, Q_TAB = 4, NOT_PLAIN = 8 };

#define BREAK(c) ((c) == ';' || (c) == '\t' || (c) == '\r' || (c) == '\n')	/* cell_break */
#define CLASS(c) ((((c) == ',' || (c) == '"' || (c) == '\r' || (c) == '\n') ? Q_ALWAYS : 0) | \
		  ((c) == ';' ? Q_SEMI : 0) | ((c) == '\t' ? Q_TAB : 0) | \
		  (((c) == '"' || (c) == 0 || (c) >= 0x80 || BREAK(c)) ? NOT_PLAIN : 0))
#define C4(c) CLASS(c), CLASS((c) + 1), CLASS((c) + 2), CLASS((c) + 3)
#define C16(c) C4(c), C4((c) + 4), C4((c) + 8), C4((c) + 12)
#define C64(c) C16(c), C16((c) + 16), C16((c) + 32), C16((c) + 48)

/* CLASS of every byte: one lookup a byte (constant: writers run on threads). */
static const unsigned char cls[256] = { C64(0), C64(64), C64(128), C64(192) };

void csvout_text(struct csvout *w, const char *s, size_t n)
{
	/* A lone "-" (stdin's name in `extract`) cannot run: it stays as DESIGN names it. */
	int neutral = n > 0 && formula_start((unsigned char)s[0]) && !(n == 1 && s[0] == '-');
	int quote = neutral;
	unsigned qmask = Q_ALWAYS | (w->flags & CSVOUT_SEMICOLON ? Q_SEMI : 0) |
			 (w->flags & CSVOUT_TAB ? Q_TAB : 0);
	size_t i, run, k;

	for (i = 0; i < n && !quote; i++)
		quote = (cls[(unsigned char)s[i]] & qmask) != 0;
	cell_start(w);
	if (quote)
		put(w, "\"", 1);
	if (neutral)
		put(w, "'", 1);
	for (i = 0; i < n; i += run) {
		for (run = 0; i + run < n && !(cls[(unsigned char)s[i + run]] & NOT_PLAIN); run++)
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
		size_t n = fmt_short(v, out, NULL);	/* most figures (text.c) */

		if (!n) {
			fmt_num_plain(v, out);
			n = strlen(out);
		}
		if ((w->flags & CSVOUT_DECIMAL_COMMA) && memchr(out, '.', n))
			*(char *)memchr(out, '.', n) = ',';
		put(w, out, n);
	}
}

void csvout_int(struct csvout *w, int64_t v)
{
	char out[24];
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	size_t i = sizeof(out);

	do
		out[--i] = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		out[--i] = '-';
	cell_start(w);
	put(w, out + i, sizeof(out) - i);
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
	flush(w);
}

/* Silent on purpose: the caller knows the file name and says what failed. */
int csvout_finish(struct csvout *w)
{
	flush(w);
	if (fflush(w->f) != 0 || ferror(w->f))
		w->err = 1;
	return w->err ? -1 : 0;
}
