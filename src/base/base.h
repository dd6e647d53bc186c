/*
 * base.h - shared plumbing: errors, allocation, growable buffers, files,
 * byte offsets turned into line:column, number formatting, SHA-256.
 *
 * Every other module may include this header; it includes nothing of theirs.
 *
 * Invariants:
 *  1. error()/error_at*() print one line to stderr and return -1; they never exit.
 *     Every message goes through buf_add_printable(): input quoted in it
 *     (file names, CSV fields) cannot send escape sequences to a terminal.
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

/* Buffer sizes, NUL included, named so that a reader sees what a buffer holds. */
#define DATE_LEN 11		/* "YYYY-MM-DD" */
#define SHA256_HEX_LEN 65	/* 64 lowercase hex digits */
#define FMT_NUM_MAX 48		/* what fmt_num() and the tol_fmt_*() write */

/* ---- errors --------------------------------------------------------- */

/* "tradestat: MESSAGE" on stderr; returns -1 so callers can `return error(...)`. */
int error(const char *fmt, ...) ATTR_PRINTF(1, 2);
/* "tradestat: warning: MESSAGE" on stderr. */
void warning(const char *fmt, ...) ATTR_PRINTF(1, 2);
/* "MESSAGE" on stderr: a command's account of what it did ("x.csv: 3 rows"). */
void notice(const char *fmt, ...) ATTR_PRINTF(1, 2);
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

/* ---- output files (outfile.c) ------------------------------------- */

/*
 * An output that is the previous good file or the complete new one: a
 * regular file is written beside its target and renamed over it on commit;
 * stdout ("-" or NULL), a pipe, a FIFO or a device is written directly.
 */
struct outfile {
	FILE *f;	/* write here; stdout is borrowed, the rest owned */
	char *path;	/* owned: the target; NULL for stdout */
	char *tmp;	/* owned: the temporary file, or NULL when written directly */
};

/* Protects the database at db_path and its -wal and -shm: no outfile, chart
 * or report may write over them (matched by device and inode). */
void outfile_protect(const char *db_path);
/* 0 if path is not a protected file; -1 after error() if it is. */
int outfile_check(const char *path);
/* Opens o for path (refusing a protected file, a directory). Returns 0, or -1
 * after error() naming path. */
int outfile_open(struct outfile *o, const char *path);
/* Flushes, fsyncs and renames into place; on a failed write removes the
 * temporary file (the target stays as it was). A closed pipe on stdout is
 * not an error. Returns 0, or -1 after error() naming the path. */
int outfile_commit(struct outfile *o);
/* Closes and removes the temporary file: the target stays as it was. */
void outfile_abort(struct outfile *o);
/* Creates an empty file (or a folder) beside path named STEM.tmp-PID-N.EXT,
 * the extension kept. Returns the name (the caller frees it), or NULL after error(). */
char *outfile_temp(const char *path);
char *outfile_temp_dir(const char *path);
/* fsyncs tmp, renames it over path (keeping path's permissions), fsyncs the
 * folder. Returns 0, or -1 after error() naming path (tmp is left to the caller). */
int outfile_install(const char *tmp, const char *path);
/* Runs check before every outfile_install (and so every commit); a -1 from
 * it (after its error()) keeps the previous file. NULL: none. */
void outfile_before_install(int (*check)(void));
/* The file an output to path replaces: path itself, or, when path is a
 * symbolic link to a regular file, that file. The caller frees it. */
char *outfile_target(const char *path);
/* Removes the temporary files of path left by runs that were killed. */
void outfile_sweep(const char *path);
/* 1 if the folder entry name is a temporary of base left by a dead process. */
int outfile_stale(const char *name, const char *base);

/* ---- output folders (outdir.c) ------------------------------------ */

/* 1 if dir may be replaced: missing, empty, or holding dir/marker_name. */
int outdir_replaceable(const char *dir, const char *marker_name);
/* Removes the temporary siblings of dir that killed runs left. */
void outdir_sweep(const char *dir);
/* tmp (a sibling of dir) becomes dir, the previous dir removed; -1 after
 * error() when it cannot, dir then as it was. */
int outdir_swap(const char *tmp, const char *dir);
/* Removes a folder tree we wrote, never following links; warns on failure. */
void outdir_remove(const char *path);
/* 1 if stdout is a pipe whose reader has gone (`| head`). */
int stdout_pipe_closed(void);

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
char *fmt_num(double v, char out[static FMT_NUM_MAX]);
/* Enough for any double in positional digits: 309 digits, a sign, "0." and
 * 323 zeros before the smallest denormal's digits. */
#define NUM_PLAIN_MAX 360
/* fmt_num() without the exponent escape: every finite double as positional
 * digits (1.79769313486232e+308 is 309 digits), for CSV. Returns out. */
char *fmt_num_plain(double v, char out[static NUM_PLAIN_MAX]);
#define FMT_SHORT_MAX 40
/* v positional, when it is the double nearest a decimal of at most 15
 * significant digits, at most 20 decimals, below 10^15: that decimal, with
 * the fewest digits ("1500000000", "0.05", "-2.5"), what fmt_num() prints.
 * Returns its length, and its decimal exponent in *exp10 (when not NULL:
 * 1500000000 is 9, 0.05 is -2); 0 for any other v (out unspecified). */
size_t fmt_short(double v, char out[static FMT_SHORT_MAX], int *exp10);
/*
 * Length (1-4) of the valid UTF-8 character at s[0..n), with its code point
 * in *cp when cp is not NULL; 0 for an invalid, overlong, surrogate or
 * truncated sequence. The one UTF-8 check of the program.
 */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
/*
 * Appends s[0..n) to b for a terminal: control characters (C0, DEL, C1) and
 * bytes that are not UTF-8 become \xNN, so a file name or a CSV field in a
 * message can neither move the cursor nor change the terminal's state.
 */
void buf_add_printable(struct buf *b, const char *s, size_t n);
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
/* Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard
 * Hinnant's algorithms; any y, m 1..12, d 1..31). */
long days_from_civil(long y, int m, int d);
void civil_from_days(long z, long *y, int *m, int *d);
/* Today's date (UTC) as "YYYY-MM-DD". */
void date_today(char out[static DATE_LEN]);

/* ---- numbers for a person (human.c) ---------------------------------- */

/*
 * v as a person reads it in a message: at most sig significant digits
 * (trailing zeros dropped), "trn", "bn" or "mn" past a million, thousands
 * separators below, and the unit: "$11.5 bn", "CNY 5 bn", "9.2 bn" (no
 * unit), "6.87 CNY/USD", "3%", "52,000 t". CSV never uses this: it keeps
 * every digit (fmt_num). Returns out.
 */
char *fmt_human(double v, const char *unit, int sig, char out[static FMT_NUM_MAX]);
/*
 * The significant digits, 3 to 6, for printing a and b together: the
 * fewest at which two different values still print differently and, when
 * resolve > 0, each is within resolve of its printed value (a range
 * 11.45-11.55 bn needs 4). 3 when nothing needs more.
 */
int fmt_human_sig(double a, double b, double resolve);
/*
 * digits, an unsigned decimal as printf writes it ("1234567.5"), into out
 * with a comma between thousands of its integer part ("1,234,567.5"), cut
 * to fit cap bytes with the NUL. Charts' tick labels and fmt_human share it.
 */
void fmt_group_thousands(const char *digits, char *out, size_t cap);

/* ---- hashing -------------------------------------------------------- */

/* Lowercase hex SHA-256 of p[0..n) (nettle). */
void sha256_hex(const void *p, size_t n, char out[static SHA256_HEX_LEN]);
/* The same of what remains of f, read in chunks to its end (memory stays
 * flat in the file's size). Returns 0, or -1 after error() naming path. */
int sha256_file(FILE *f, const char *path, char out[static SHA256_HEX_LEN]);

#endif
