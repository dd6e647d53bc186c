/*
 * csvin_int.h - what the files of the release importer share (src/store/
 * only): the libcsv reader (csvread.c), the header (header.c) and
 * the import itself (csvin.c); vintage.c derives what the rows mean.
 */
#ifndef TS_CSVIN_INT_H
#define TS_CSVIN_INT_H

#include <stdio.h>

#include "store/store_int.h"

#define MAX_REPORTED 50		/* bad records reported per file before "and N more" */
#define MAX_FILE (1u << 30)	/* 1 GiB: a release larger than this is refused */
#define MAX_LINE (4u << 20)	/* 4 MiB: a longer line or record is refused (memory stays bounded) */

/* The columns a release may have, by meaning (header.c finds them). */
enum { C_SERIES, C_PERIOD, C_VALUE, C_UNIT, C_TITLE, C_REPORTER, C_PARTNER, C_FLOW,
       C_COMMODITY, C_MEASURE, C_FREQ, C_VINTAGE, C_COUNT };


struct smeta {			/* one series seen in the file */
	char *code;		/* owned */
	char *meta[C_COUNT];	/* owned: first non-empty unit, title, ... (by column) */
	char shape;		/* 'A', 'Q', 'M' or 'D' of its first period */
	int day_not_first;	/* a 'D' period with a day other than 01 */
	int64_t id;		/* series.id, pass 2 */
	enum { S_FRESH = 1, S_APPEND, S_PLACE } mode;	/* pass 2, how its values get a status:
				   FRESH no value before a one-release file (all new);
				   APPEND one release newer than all of the series' (each
				   judged against the value in force as it is stored);
				   PLACE anything else (vintage_recompute after the rows) */
	struct scale_pairs pairs;	/* APPEND: values in force and new ones */
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
	size_t rec_bytes;	/* bytes of the current record fed so far (MAX_LINE):
				   a quoted field may span lines */
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
	char *options;		/* owned: the identity options (o->identity, or "") */
	long counts[ST_COUNT];	/* statuses given as stored (FRESH and APPEND series) */
	int failed;		/* a database error in pass 2 */
	struct import_stats *stats;
};

/* ---- csvread.c: the libcsv reader --------------------------------------- */

/* Reports a bad record at r's line (and column r->col, when set) unless
 * MAX_REPORTED are already; returns -1. */
int csvrd_bad(struct csvrd *r, const char *fmt, ...) ATTR_PRINTF(2, 3);
#define bad(c, ...) csvrd_bad(&(c)->rd, __VA_ARGS__)
/*
 * Streams f to libcsv in chunks (memory stays flat in the file's size), a
 * line at a time so that messages can name the line, and calls
 * r->on_record for each record. Returns 0, or -1 after messages.
 */
int csvrd_run(struct csvrd *r, FILE *f);
void csvrd_release(struct csvrd *r);

/* ---- header.c: the header --------------------------------------------- */

/* Reads the header record (c->rd's fields): the columns by name and the
 * layout (the first of header.c's table whose test it passes). Returns 0,
 * or -1 after a message naming line 1. */
int header_read(struct csvin *c);

#endif
