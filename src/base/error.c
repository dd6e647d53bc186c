/*
 * error.c - one-line messages on stderr, and the two ways out (die, BUG).
 *
 * Messages follow git's guidelines: lowercase, no full stop, the subject in
 * quotes, the place first when there is one ("data/rel.csv:14: bad number 'n/a'").
 *
 * Invariants:
 *  1. Nothing here exits except die() (exit 4) and bug_at() (abort).
 *  2. Each message is written with one fwrite so lines from concurrent
 *     processes do not interleave mid-line.
 *  3. A message is one line of printable text: control characters and bytes
 *     that are not UTF-8, from whatever input it quotes, are shown as \xNN.
 */
#include "base/base.h"

#include <stdlib.h>
#include <string.h>

static void vreport(const char *prefix, const char *fmt, va_list ap)
{
	char msg[4096];
	struct buf line = BUF_INIT;

	vsnprintf(msg, sizeof(msg), fmt, ap);
	/* Invariant 3: the prefix names a file too. */
	buf_add_printable(&line, prefix, strlen(prefix));
	buf_add_printable(&line, msg, strlen(msg));
	buf_addc(&line, '\n');
	fwrite(line.s, 1, line.len, stderr);
	buf_release(&line);
}

int error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("tradestat: ", fmt, ap);
	va_end(ap);
	return -1;
}

void warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("tradestat: warning: ", fmt, ap);
	va_end(ap);
}

void notice(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("", fmt, ap);
	va_end(ap);
}

int error_at_line(const char *file, long line, long col, const char *fmt, ...)
{
	char where[1024];
	va_list ap;

	if (col > 0)
		snprintf(where, sizeof(where), "%s:%ld:%ld: ", file, line, col);
	else
		snprintf(where, sizeof(where), "%s:%ld: ", file, line);
	va_start(ap, fmt);
	vreport(where, fmt, ap);
	va_end(ap);
	return -1;
}

int error_at_off(const char *file, const char *buf, size_t len, size_t off,
		 const char *fmt, ...)
{
	char where[1024];
	long line, col;
	va_list ap;

	loc_line_col(buf, len, off, &line, &col);
	snprintf(where, sizeof(where), "%s:%ld:%ld: ", file, line, col);
	va_start(ap, fmt);
	vreport(where, fmt, ap);
	va_end(ap);
	return -1;
}

void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport("tradestat: fatal: ", fmt, ap);
	va_end(ap);
	exit(4);
}

void bug_at(const char *file, int line, const char *fmt, ...)
{
	char where[512];
	va_list ap;

	snprintf(where, sizeof(where), "tradestat: BUG: %s:%d: ", file, line);
	va_start(ap, fmt);
	vreport(where, fmt, ap);
	va_end(ap);
	abort();
}

/* Offsets, not lines: only messages need a line, so it is counted here, late. */
void loc_line_col(const char *buf, size_t len, size_t off, long *line, long *col)
{
	long l = 1;
	size_t bol = 0;

	if (off > len)
		off = len;
	for (size_t i = 0; i < off; i++) {
		if (buf[i] == '\n') {
			l++;
			bol = i + 1;
		}
	}
	*line = l;
	*col = (long)(off - bol) + 1;
}
