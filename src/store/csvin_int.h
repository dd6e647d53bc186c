/*
 * csvin_int.h - what the files of the release importer share (src/store/
 * only): the libcsv reader (csvread.c), the header (header.c) and
 * the import itself (csvin.c); vintage.c derives what the rows mean.
 */
#ifndef TS_CSVIN_INT_H
#define TS_CSVIN_INT_H

#include <stdio.h>

#include "store/importfmt.h"
#include "store/store_int.h"

#define MAX_REPORTED 50		/* bad records reported per file before "and N more" */
#define MAX_FILE (1u << 30)	/* 1 GiB: a release larger than this is refused */
#define MAX_LINE (4u << 20)	/* 4 MiB: a longer line or record is refused (memory stays bounded) */

/* What a record says, by meaning (header.c maps layout.c's roles to these).
 * C_UNIT..C_PRICE are series metadata, kept per series from its first
 * record that gives them. */
enum { C_SERIES, C_PERIOD, C_VALUE, C_UNIT, C_TITLE, C_REPORTER, C_PARTNER, C_FLOW,
       C_COMMODITY, C_MEASURE, C_FREQ, C_ADJUSTMENT, C_PRICE, C_VINTAGE, C_COUNT };

#define FREQ_DATES 14		/* dates kept per series to tell its frequency (one per
				   month of the year, and two more: notation.c's test) */


struct smeta {			/* one series seen in the file */
	char *code;		/* owned */
	char *meta[C_COUNT];	/* owned: first non-empty unit, title, ... (by column) */
	char shape;		/* 'A', 'Q', 'M' or 'D' of its first period */
	char freq;		/* the stored frequency, decided after pass 1: 'D' periods
				   are restated at it (2023-04-01 -> 2023-Q2) */
	char dates[FREQ_DATES][NOTATION_MAX];	/* 'D': the dates that decide freq:
				   each new month of the year, and a second distinct date */
	int ndates;
	long line;		/* the line of its first value, for messages */
	double scale;		/* the file's own scale of its values (unit code,
				   UNIT_MULT), or 0: none given */
	int64_t id;		/* series.id, pass 2 */
	enum { S_FRESH = 1, S_APPEND, S_PLACE } mode;	/* pass 2, how its values get a status:
				   FRESH no value before a one-release file (all new);
				   APPEND one release newer than all of the series' (each
				   judged against the value in force as it is stored);
				   PLACE anything else (vintage_recompute after the rows) */
	struct scale_pairs pairs;	/* APPEND: values in force and new ones */
	int redo;		/* the one pass: metadata learnt after its row was
				   written (csvrows.c invariant 3) */
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
	int quiet;		/* a bad record is counted and stops the reading,
				   unreported (csvrows.c's one pass) */
	int skip;		/* the current record has a field that is not text */
	char delim;		/* field separator; 0: ',' */
	void (*on_record)(struct csvrd *r);
};

struct csvin {
	struct csvrd rd;	/* first: on_record casts back */
	struct store *st;
	const char *path;
	const struct import_opts *o;
	const char *sha256;
	int pass;		/* 1: check, 2: store */
	int one;		/* with pass 1: the one pass, checking and storing (csvrows.c) */
	int bail;		/* the one pass cannot go on: two passes instead */
	long values;		/* the one pass: values stored */
	long periods;		/* the one pass: periods read */
	int have_header, wide;
	int header_bad;		/* the header was refused: records are not read */
	int shape_seen;		/* the first data record was looked at (header_shape) */
	int bycountry;		/* one row per date and country: C_REPORTER or C_PARTNER,
				   the column of the countries (series prefix.ISO2); 0: not */
	char prefix[64];	/* bycountry: the series' prefix */
	struct layout_map map;	/* layout.c's reading of the header */
	int col[C_COUNT];	/* field index of each column, or -1 */
	size_t ncols;		/* fields in the header */
	char **hdr;		/* owned: header names (wide: series codes) */
	char **code;		/* owned: ALFRED all-vintages: each column's series */
	char (*coldate)[NOTATION_MAX];	/* owned: and its release date */
	struct numfmt num;	/* how numbers are written (delimiter, options) */
	int yyyymm;		/* every period so far is six-digit YYYYMM */
	int indicator;		/* SDMX: an INDICATOR column, or -1 */
	int unit_told;		/* unit or scale disagreements reported (the first only) */
	struct buf tmp[4];	/* per record: series code, flag, scratch */
	struct buf title[2];	/* Comtrade: the last series code and its title (a
				   title walks the lexicon: once per run of a series) */
	struct {		/* the last reporter and partner field resolved and its
				   code: a series' rows repeat them (record.c) */
		struct buf in;
		char out[COUNTRY_MAX];
	} country[2];
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
	struct obsrows *rows;	/* owned: pass 2's values not yet stored (obsrows.c) */
	struct import_stats *stats;
};

/* What one data record says besides its value (record.c). */
struct recmeta {
	const char *meta[C_COUNT];	/* borrowed: series metadata C_UNIT..C_PRICE, or NULL */
	const char *code;		/* borrowed: its series (SDMX, Comtrade), or NULL */
	const char *released;		/* borrowed: its release date, or NULL: the default */
	const char *flag;		/* borrowed: the observation's flag as written, or NULL */
	const char *unit_code;		/* borrowed: the unit as the file wrote it, or NULL */
	double scale;			/* the file's scale of the value, 0: none given */
	char reporter[COUNTRY_MAX], partner[COUNTRY_MAX];
	char unit[16];
	char release[NOTATION_MAX];
};

/* ---- record.c ---------------------------------------------------------- */

/* Reads what the current record says (c->rd.f) as its layout writes it.
 * Returns 0, or -1 after a message naming its line. */
int record_read(struct csvin *c, struct recmeta *m);

/* Reports why (a code list's or country.c's reason) about column col, the
 * column named before the advice: "'1,5' has a decimal comma in column 'B':
 * give --decimal-comma". */
void bad_in_column(struct csvin *c, const char *why, const char *col);

/* The scale the record's value is multiplied by (record.c invariant 4).
 * 0 with *scale, or -1 after a message naming the file's and the option's. */
int record_scale(struct csvin *c, const struct recmeta *m, double *scale);

/* The number s as a canonical decimal ("38.166,1" -> "38166.1") in b:
 * value_text, the digits as written in one notation. Returns b->s. */
const char *canon_number(const char *s, const struct numfmt *f, struct buf *b);

/* ---- obsrows.c: the observation rows ---------------------------------- */

/* Queues one value's row (text and flag are copied); a full batch is
 * stored. 0, or -1 after a message (c->failed set on a database error). */
int obsrows_put(struct csvin *c, struct smeta *s, const char *period, enum obs_status status,
		double v, const char *text, double prec, int64_t vintage, const char *flag);
/* Stores the rows queued: after pass 2, before anything reads them. */
int obsrows_flush(struct csvin *c);
void obsrows_release(struct csvin *c);

/* ---- csvrows.c: series and vintage rows, the one pass ----------------- */

/* After pass 1, in the transaction: each series' row, each release date's
 * vintage, how each series' values get their status. 0, or -1 after a
 * message. */
int create_rows(struct csvin *c);
/* Refuses (or, with --replace, replaces) a release of the same source and
 * day; before the rows. 0, or -1 after a message (c->failed: database). */
int same_day(struct csvin *c);
/* The one pass cannot store as the two passes would: it stops; returns -1. */
int csvrows_bail(struct csvin *c);
/* The one pass: a series' rows when it is first seen (released: its
 * record's release date). 0, or -1 (bailed, or c->failed). */
int csvrows_first_sight(struct csvin *c, struct smeta *s, const char *released);
/* The one pass, after its rows: late metadata and the counts. 0 or -1. */
int csvrows_end(struct csvin *c);

/* ---- freq.c: periods and frequency ------------------------------------ */

/* sql/series_freq.sql's row callback: ctx is a char, the stored frequency. */
int freq_row(void *ctx, const struct row *r);

/* Pass 1 learns a series' period shape (and the dates that tell its
 * frequency); pass 2 writes the stored period into out. 0, or -1 after a
 * message. */
int check_period(struct csvin *c, struct smeta *s, const char *p, char out[DATE_LEN]);
/* After pass 1: each series' stored frequency (s->freq). 0, or -1 (after
 * messages; c->failed set on a database error). */
int decide_freq(struct csvin *c);

/* ---- textin.c: the file as text ---------------------------------------- */

/* The FILE the passes read (f, or a converted copy in *conv for the caller
 * to close) with c->rd.delim and c->num set; NULL after a message. */
FILE *text_of(struct csvin *c, FILE *f, FILE **conv);

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

/* The first data record of a wide file of a period and two columns: one of
 * countries and one of numbers is a file of one row per date and country
 * (c->bycountry, the columns remapped); another text column is refused in
 * one message naming the column map to give. Pass 1 only. 0, or -1 after
 * the message (the reading stops). */
int header_shape(struct csvin *c);

#endif
