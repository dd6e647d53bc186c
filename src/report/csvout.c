/*
 * csvout.c - an RFC 4180 writer for spreadsheets: cells in, CSV bytes out.
 *
 * Input: cells one at a time (text, numbers, empties) and row ends.
 * Output: bytes on a borrowed FILE; write failures are remembered in w->err
 * and reported once by csvout_finish().
 *
 * Invariants:
 *  1. A text cell is quoted only when it holds a comma, semicolon, TAB, quote,
 *     CR or LF (any of the separators csvout writes), or
 *     when it is neutralised; quotes inside are doubled; every other byte is
 *     written as given, so UTF-8 survives byte for byte.
 *  2. A text cell whose first byte is '=', '+', '-', '@', TAB, CR or LF is written
 *     quoted with a leading apostrophe (OWASP CSV injection); number cells are
 *     never neutralised, because we format them ourselves (fmt_num).
 *  3. A NUL byte in text becomes U+FFFD (EF BF BD): nothing downstream reads a
 *     NUL in CSV the same way, and many tools truncate the file there.
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

void csvout_text(struct csvout *w, const char *s, size_t n)
{
	/* A lone "-" (stdin's name in `extract`) cannot run: it stays as DESIGN names it. */
	int neutral = n > 0 && formula_start((unsigned char)s[0]) && !(n == 1 && s[0] == '-');
	int quote = neutral;
	size_t i, run;

	for (i = 0; i < n && !quote; i++)
		quote = s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n' || s[i] == ';' ||
			s[i] == '\t';
	cell_start(w);
	if (quote)
		put(w, "\"", 1);
	if (neutral)
		put(w, "'", 1);
	/* Copy runs of ordinary bytes in one fwrite; stop at '"' and NUL only. */
	for (i = 0; i < n; i += run) {
		for (run = 0; i + run < n && s[i + run] != '"' && s[i + run] != '\0'; run++)
			;
		put(w, s + i, run);
		if (i + run == n)
			break;
		if (s[i + run] == '"')
			put(w, "\"\"", 2);
		else
			put(w, "\xEF\xBF\xBD", 3);
		run++;
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
	char out[48];

	cell_start(w);
	if (isfinite(v)) {
		fmt_num(v, out);
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
