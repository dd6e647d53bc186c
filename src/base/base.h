/*
 * base.h - shared plumbing: errors, allocation, growable buffers, files,
 * byte offsets turned into line:column, number formatting, SHA-256.
 *
 * Every other module may include this header; it includes nothing of theirs.
 *
 * Invariants:
 *  1. error()/error_at*() print one line to stderr and return -1; they never exit.
 *  2. xmalloc() and friends never return NULL: out of memory is die().
 *  3. A struct buf is always NUL-terminated once it has been written to, so
 *     buf.s can be handed to C string functions; buf.len excludes the NUL.
 */
#ifndef TS_BASE_H
#define TS_BASE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define TS_VERSION "0.1.0"

#define ATTR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define ATTR_NORETURN __attribute__((noreturn))
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* ---- errors --------------------------------------------------------- */

/* "tradestat: MESSAGE" on stderr; returns -1 so callers can `return error(...)`. */
int error(const char *fmt, ...) ATTR_PRINTF(1, 2);
/* "tradestat: warning: MESSAGE" on stderr. */
void warning(const char *fmt, ...) ATTR_PRINTF(1, 2);
/* "FILE:LINE: MESSAGE", or "FILE:LINE:COL: MESSAGE" when col > 0; returns -1. */
int error_at_line(const char *file, long line, long col, const char *fmt, ...)
	ATTR_PRINTF(4, 5);
/* "FILE:LINE:COL: MESSAGE" for byte offset off of buf[0..len); returns -1. */
int error_at_off(const char *file, const char *buf, size_t len, size_t off,
		 const char *fmt, ...) ATTR_PRINTF(5, 6);
/* Out of memory or another condition nothing can recover from: message, exit(4). */
void die(const char *fmt, ...) ATTR_PRINTF(1, 2) ATTR_NORETURN;
/* A broken invariant of our own: message with file:line, abort(). */
#define BUG(...) bug_at(__FILE__, __LINE__, __VA_ARGS__)
void bug_at(const char *file, int line, const char *fmt, ...) ATTR_PRINTF(3, 4) ATTR_NORETURN;

/* ---- allocation (never NULL) ---------------------------------------- */

void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Grow *p (an array of *alloc elements of size sz) to hold at least need elements. */
void xgrow(void **p, size_t *alloc, size_t need, size_t sz);
#define XGROW(p, alloc, need) xgrow((void **)&(p), &(alloc), (need), sizeof(*(p)))

/* ---- growable byte buffer (git strbuf) ------------------------------ */

struct buf {
	char *s;	/* owned; NUL-terminated once written; NULL before */
	size_t len;	/* bytes used, excluding the NUL */
	size_t cap;	/* bytes allocated */
};
#define BUF_INIT { NULL, 0, 0 }

void buf_init(struct buf *b);
/* Frees the bytes and leaves b empty and reusable. */
void buf_release(struct buf *b);
/* Keeps the allocation, sets len to 0. */
void buf_reset(struct buf *b);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
void buf_addf(struct buf *b, const char *fmt, ...) ATTR_PRINTF(2, 3);
/* Hands the bytes to the caller (who frees them) and leaves b empty. */
char *buf_detach(struct buf *b, size_t *len);

/* ---- files ---------------------------------------------------------- */

/*
 * Reads the whole of path ("-" is stdin) into b, which it resets first.
 * Refuses a directory and anything over max bytes (0: no limit), naming the
 * file in the message. Returns 0, or -1 after error().
 */
int file_read(const char *path, struct buf *b, size_t max);
/*
 * Opens path ("-" is stdin) for reading, so that it can be read more than
 * once (rewind): stdin is first copied to an anonymous temporary file.
 * Refuses a directory and a file over max bytes (0: no limit), naming the
 * file. Returns the stream (the caller fcloses it), or NULL after error().
 */
FILE *file_open(const char *path, size_t max);
/* Basename of path, pointing into path (borrowed). */
const char *path_base(const char *path);

/* ---- locations ------------------------------------------------------ */

/* 1-based line and column (in bytes) of offset off in buf[0..len). */
void loc_line_col(const char *buf, size_t len, size_t off, long *line, long *col);

/* ---- numbers and text ----------------------------------------------- */

/*
 * Formats v with at most 15 significant digits and no exponent:
 * 11500000000, 0.65, -8, 6.9191. Spreadsheets keep 15 digits, so nothing
 * printed here changes when a spreadsheet reads it back. Magnitudes beyond
 * 1e20 or below 1e-20 (never a trade figure) get an exponent ("1e+300")
 * rather than 300 digits. Returns out.
 */
char *fmt_num(double v, char out[static 48]);
/*
 * Length (1-4) of the valid UTF-8 character at s[0..n), with its code point
 * in *cp when cp is not NULL; 0 for an invalid, overlong, surrogate or
 * truncated sequence. The one UTF-8 check of the program.
 */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/* Copies at most cap-1 bytes of s[0..n) into out and NUL-terminates it. */
void str_copy(char *out, size_t cap, const char *s, size_t n);
/* Years a date or period may have: what the schema's CHECKs hold ([12]YYY).
 * Every parser of dates and periods uses this range, so text outside it is
 * refused as bad input, never passed on to fail as a database error. */
#define YEAR_MIN 1000
#define YEAR_MAX 2999

/* 1 if s is a calendar date "YYYY-MM-DD" that exists (leap years counted),
 * with a year in YEAR_MIN..YEAR_MAX. */
int date_valid(const char *s);
/* Today's date (UTC) as "YYYY-MM-DD". */
void date_today(char out[static 11]);

/* ---- numbers for a person (human.c) ---------------------------------- */

/*
 * v as a person reads it in a message: at most sig significant digits
 * (trailing zeros dropped), "trn", "bn" or "mn" past a million, thousands
 * separators below, and the unit: "$11.5 bn", "CNY 5 bn", "9.2 bn" (no
 * unit), "6.87 CNY/USD", "3%", "52,000 t". CSV never uses this: it keeps
 * every digit (fmt_num). Returns out.
 */
char *fmt_human(double v, const char *unit, int sig, char out[static 48]);
/*
 * The significant digits, 3 to 6, for printing a and b together: the
 * fewest at which two different values still print differently and, when
 * resolve > 0, each is within resolve of its printed value (a range
 * 11.45-11.55 bn needs 4). 3 when nothing needs more.
 */
int fmt_human_sig(double a, double b, double resolve);

/* ---- hashing -------------------------------------------------------- */

/* Lowercase hex SHA-256 of p[0..n) (nettle). */
void sha256_hex(const void *p, size_t n, char out[static 65]);
/* The same of what remains of f, read in chunks to its end (memory stays
 * flat in the file's size). Returns 0, or -1 after error() naming path. */
int sha256_file(FILE *f, const char *path, char out[static 65]);

#endif
