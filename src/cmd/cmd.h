/*
 * cmd.h - the command table's entries: one source file per command.
 *
 * To add a command: write src/cmd/NAME.c ending with its `const struct cmd
 * cmd_NAME`, declare it here, and add one row to cmds[] in main.c.
 *
 * Invariants:
 *  1. Only main.c and the files of cmd/ choose exit codes (enum exit_code).
 *  2. main.c handles --help and --db for every command; run() sees argv
 *     starting at the command name, with getopt's optind reset, and opens
 *     the database itself (cmd_open_store) once its options are known.
 *  3. A command that writes stdout leaves error detection to main, which
 *     checks fflush/ferror(stdout) after run() returns.
 */
#ifndef TS_CMD_H
#define TS_CMD_H

#include <stddef.h>
#include <stdio.h>

#include "base/base.h"

struct store;

enum exit_code {
	EXIT_OK = 0,		/* success */
	EXIT_FINDINGS = 1,	/* validation found problems at or above --fail-on */
	EXIT_USAGE = 2,		/* bad command line */
	EXIT_INPUT = 3,		/* bad input: the message names file:line or file:byte */
	EXIT_DB = 4		/* database or I/O error */
};

enum cmd_flags {
	CMD_DB = 1,		/* the command writes: the store is created if missing */
	CMD_DB_READ = 2		/* the command reads an existing store */
};

struct cmd_ctx {
	const char *db_path;	/* --db, $TRADESTAT_DB or ./tradestat.db */
	unsigned flags;		/* the command's CMD_DB / CMD_DB_READ */
	struct store *store;	/* set by cmd_open_store(); main closes it */
};

/*
 * Opens the database as the command's flags say (CMD_DB: create or migrate;
 * CMD_DB_READ: an existing one, read-only) into ctx->store. Commands call it
 * after parsing their options, so a usage error never creates a database.
 * Returns 0, or -1 after a message (the command then exits EXIT_DB).
 */
int cmd_open_store(struct cmd_ctx *ctx);

struct cmd {
	const char *name;
	const char *usage;	/* arguments after the name: "[OPTIONS] FILE..." */
	const char *summary;	/* one line for `tradestat --help` */
	const char *help;	/* the options, one per line, for `tradestat NAME --help` */
	unsigned flags;
	int (*run)(int argc, char **argv, struct cmd_ctx *ctx);
};

extern const struct cmd cmd_export;
extern const struct cmd cmd_extract;
extern const struct cmd cmd_import;
extern const struct cmd cmd_ingest;
extern const struct cmd cmd_init;
extern const struct cmd cmd_plot;
extern const struct cmd cmd_report;
extern const struct cmd cmd_validate;

/* ---- shared by the commands (cmd/common.c) ---------------------------- */

struct doc;
struct csvout;
struct param;
struct row;
struct plot_batch;

/* Largest article read (bytes): past it, a clear message and exit 3. */
#define ARTICLE_MAX (32u << 20)

/* Publication dates of articles, from a manifest CSV (columns file, published). */
struct article_dates {
	struct article_date {
		char *file;	/* owned: base name */
		char date[11];	/* "YYYY-MM-DD", or "" */
	} *v;			/* owned */
	size_t n, alloc;
};

/* Loads a manifest; returns 0, or EXIT_INPUT after naming file:line. */
int cmd_dates_load(const char *path, struct article_dates *m);
void cmd_dates_release(struct article_dates *m);

/* Options shared by extract and ingest: --date ('d') and --dates ('m').
 * Returns 0, or the exit code to return (m is then released). */
int cmd_article_option(const struct cmd *c, int opt, const char *arg, const char **date,
		       struct article_dates *m);
#define CMD_ARTICLE_OPTIONS \
	{ "date", required_argument, NULL, 'd' }, \
	{ "dates", required_argument, NULL, 'm' }

/*
 * Reads the article at path into d with its date: date (--date) if given,
 * else the manifest's row for its base name, else its own dateline, else
 * unknown. The SHA-256 is not computed (extract never needs it): ingest calls
 * doc_hash(). Returns 0, or EXIT_INPUT after a message naming the file.
 */
int cmd_doc_load(const char *path, const char *date, const struct article_dates *m,
		 struct doc *d);

/* Writes the named query's header and rows as CSV (text neutralised, numbers
 * as numbers). Returns 0 or -1. */
int cmd_query_csv(struct store *st, const char *stmt, const struct param *p, size_t np,
		  struct csvout *w);

/* What `export` writes. */
struct export_opts {
	const char *what;	/* "series", "claims" or "findings" */
	int wide;		/* series: one row per period, one column per series */
	const char *series;	/* series: only this code, or NULL */
	const char *as_of;	/* series: as known on this date, or NULL: latest */
	int revisions;		/* series: the revision history instead */
	const char *period;	/* with revisions: only this period, or NULL */
	unsigned flags;		/* csvout flags (BOM, CRLF) */
};

/* Writes o's CSV to out_path ("-" or NULL: stdout). Returns an exit code. */
int cmd_export_to(struct store *st, const struct export_opts *o, const char *out_path);

/* How `plot` (and each chart of `report`) draws. */
struct chart_opts {
	const char *title;	/* NULL: one covering every series drawn */
	const char *style;	/* gnuplot style text, or NULL: built in (plots/default.gp) */
	const char *script;	/* write the gnuplot script here instead of running it */
	int revisions;		/* each series' first prints dashed, and the revision
				   since (latest less first print) as bars below */
	const char *from, *to;	/* periods: draw only these (checked by the caller) */
	int quiet;		/* no "FILE: ... drawn" message (report says its own) */
	struct plot_batch *batch;	/* borrowed: draw in this gnuplot run (report's
					   charts share one), or NULL: a run of its own */
};

/*
 * A claim's article as a person names it: its title (the first line of head,
 * its first n bytes, that reads as a headline: three words or more, not a
 * bare date) cut at a word, and its date: "China Urges Deeper Trade Ties...
 * (2023-09-19)". Appends to out.
 */
void cmd_claim_label(const char *head, size_t n, const char *published, struct buf *out);

/* Whether s is a period chart --from/--to take: 2015, 2015-Q1, 2015-01, 2015-01-31. */
int cmd_period_valid(const char *s);

/*
 * Draws one chart of the named series (latest vintage) with the claims about
 * them, to out (.svg/.png/.pdf). A series that does not exist is a usage
 * error (EXIT_USAGE, named on stderr). Returns an exit code.
 */
int cmd_chart(struct store *st, char *const *series, size_t n, const char *out,
	      const struct chart_opts *o);

/* Opens path for writing ("-" or NULL: stdout); exits nothing, returns NULL after error(). */
FILE *cmd_open_out(const char *path);
/* Closes what cmd_open_out opened, reporting a failed write; returns 0 or -1. */
int cmd_close_out(FILE *f, const char *path);

/* ---- query rows into arrays of plain structs (cmd/rowmap.c) ----------- */

/* Where a result column goes in a struct: by column name. */
struct rowmap_col {
	const char *name;	/* result column name */
	char type;		/* 't' text (const char *), 'i' int64_t, 'r' double */
	size_t off;		/* offsetof the field */
};
#define ROWMAP_TEXT(T, f, n) { (n), 't', offsetof(T, f) }
#define ROWMAP_INT(T, f, n) { (n), 'i', offsetof(T, f) }
#define ROWMAP_REAL(T, f, n) { (n), 'r', offsetof(T, f) }

/* An array of structs filled from query rows; all text in one arena. */
struct rowmap {
	const struct rowmap_col *cols;	/* borrowed */
	size_t ncols, size;	/* columns; bytes per struct */
	char *v;		/* owned: n structs */
	size_t n, alloc;
	size_t *offs;		/* owned: arena offset of each text column of each row */
	size_t ntext;		/* text columns */
	struct buf arena;	/* owned: the text, NUL-separated; offset 0 is "" */
	int *at;		/* owned: result column of each table column, -1: none */
	const char **at_name;	/* owned: the name pointer that column had (borrowed) */
};

void rowmap_init(struct rowmap *m, const struct rowmap_col *cols, size_t ncols, size_t size);
/* A row_fn for store_select: appends one struct. Text NULL becomes "", a
 * numeric NULL becomes NAN (real) or 0 (int). */
int rowmap_row(void *ctx, const struct row *r);
/* Points every text field into the arena (which no longer moves) and returns
 * the array: valid until rowmap_release. */
void *rowmap_done(struct rowmap *m);
void rowmap_release(struct rowmap *m);

/* Prints "usage: tradestat NAME USAGE" and a hint to stderr; returns EXIT_USAGE. */
int cmd_usage_error(const struct cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
