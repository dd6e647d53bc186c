/*
 * csvread.c - the libcsv reader under every CSV the program reads: releases
 * (csvin.c) and small tables such as the --dates manifest (csvin_table).
 *
 * Input: a FILE streamed in 64 KiB chunks. Output: one callback per record
 * with its fields copied and the line it started on.
 *
 * Invariants:
 *  1. libcsv runs in strict mode; fields are copied inside the callback.
 *  2. Every field is UTF-8 text without NUL bytes; a record with one that
 *     is not (a binary or Latin-1 file) is reported, never handed on.
 *  3. Memory is bounded whatever the file: it is streamed, and a line or a
 *     record (a quoted field may span lines) holds at most MAX_LINE bytes.
 *  4. The only file of the program that includes <csv.h>.
 */
#include "store/csvin_int.h"

#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Reports a bad record at its line; returns -1. */
int csvrd_bad(struct csvrd *r, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (r->quiet) {
		r->errors++;
		r->stop = 1;
		return -1;
	}
	if (++r->errors > MAX_REPORTED)
		return -1;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return error_at_line(r->path, r->rec_line, r->col, "%s", msg);
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
			csvrd_bad(r, "field %zu has a NUL byte: not a text file", r->nf + 1);
		else
			csvrd_bad(r, "field %zu is not UTF-8 (byte 0x%02x at its byte %zu): "
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
	r->rec_bytes = 0;
	r->next_line = r->line + 1;	/* its terminator is the last byte fed */
}

/* Blanks libcsv trims around fields in a TAB-separated file: not TAB. */
static int blank_not_tab(unsigned char c)
{
	return c == ' ';
}

/* Hands bytes [a, b) of chunk to libcsv; -1 after a message when it refuses them. */
static int rd_feed(struct csvrd *r, struct csv_parser *p, const char *chunk, size_t a, size_t b)
{
	if (b <= a || r->stop)
		return 0;
	r->line_bytes += b - a;
	r->rec_bytes += b - a;
	if (r->line_bytes > MAX_LINE) {
		r->rec_line = r->line;
		r->stop = 1;
		return csvrd_bad(r, "line longer than %u bytes: not a release", MAX_LINE);
	}
	if (r->rec_bytes > MAX_LINE) {	/* rec_line: where the record began */
		r->stop = 1;
		r->rec_line = r->next_line;
		return csvrd_bad(r, "record longer than %u bytes (a quote left open?): not a "
			      "release", MAX_LINE);
	}
	if (csv_parse(p, chunk + a, b - a, cb_field, cb_record, r) != b - a) {
		r->rec_line = r->line;
		r->stop = 1;
		return csvrd_bad(r, "malformed CSV: %s", csv_strerror(csv_error(p)));
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
int csvrd_run(struct csvrd *r, FILE *f)
{
	struct csv_parser p;
	char chunk[65536];
	size_t n, a, i;
	int first = 1, cr = 0;	/* cr: the last chunk ended in CR */
	char last = 0;
	int ret = 0;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		die("cannot initialise libcsv");
	if (r->delim)
		csv_set_delim(&p, (unsigned char)r->delim);
	if (r->delim == '\t')	/* libcsv trims TAB as a blank unless told */
		csv_set_space_func(&p, blank_not_tab);
	/* libcsv grows its field buffer by this much at a time (128 bytes by
	 * default): a long field would cost quadratic copying. */
	csv_set_blk_size(&p, 65536);
	r->nf = 0;
	r->skip = 0;
	r->line = 1;
	r->next_line = 1;
	r->line_bytes = 0;
	r->rec_bytes = 0;
	while (!r->stop && (n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		a = 0;
		if (first && n >= 3 && memcmp(chunk, "\xEF\xBB\xBF", 3) == 0)
			a = 3;	/* a BOM (Excel's CSV UTF-8) is not part of the header */
		first = 0;
		if (cr && chunk[0] != '\n')
			r->line++, r->line_bytes = 0;
		cr = 0;
		for (i = a; i < n && !r->stop; i++) {
			/* To the next CR or LF (memchr: no loop over every byte). */
			const char *lf = memchr(chunk + i, '\n', n - i);
			const char *cr0 = memchr(chunk + i, '\r', (lf ? (size_t)(lf - chunk) : n) - i);

			if (!cr0 && !lf)
				break;
			i = (size_t)((cr0 ? cr0 : lf) - chunk);
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
		csvrd_bad(r, "cannot read: %s", strerror(errno));
	}
	if (last == '\n' || (last == '\r' && !cr))
		r->line--;	/* the line of the last byte, for the message below */
	/* STYLE: never csv_fini with callbacks after a failed csv_parse. */
	if (!r->stop && csv_fini(&p, cb_field, cb_record, r) != 0) {
		r->rec_line = r->next_line;	/* where the open record began */
		ret = csvrd_bad(r, "malformed CSV: a quote opened in this record is not closed "
			     "before the end of the file (line %ld)", r->line);
	}
	csv_free(&p);
	return r->errors ? -1 : ret;
}

void csvrd_release(struct csvrd *r)
{
	for (size_t i = 0; i < r->af; i++)
		buf_release(&r->f[i]);
	free(r->f);
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
		csvrd_bad(r, "expected %zu fields as in the header, found %zu", t->n, r->nf);
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
	csvrd_run(&t.rd, f);
	fclose(f);
	ret = t.rd.errors ? 3 : t.ret;
	csvrd_release(&t.rd);
	for (size_t i = 0; i < t.n; i++)
		free(t.names[i]);
	free(t.names);
	return ret;
}
