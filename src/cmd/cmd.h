/*
 * cmd.h - the command table's entries: one source file per command.
 *
 * To add a command: write src/cmd/NAME.c ending with its option rows and its
 * `const struct cmd cmd_NAME`, and add one row to CMD_TABLE below. To add an option: one row in the command's table and the field it
 * fills in the command's options struct.
 *
 * Invariants:
 *  1. Only main.c and the files of cmd/ choose exit codes (enum exit_code).
 *  2. main.c handles --help and --db for every command and fills the
 *     command's options struct from its rows (opts_parse, cmd/opts.c) before
 *     run(); run() sees the operands only, and opens the database itself
 *     (cmd_open_store) once they are checked.
 *  3. A command that writes stdout leaves error detection to main, which
 *     checks fflush/ferror(stdout) after run() returns.
 *  4. --help, usage errors and "did you mean" are written from the same
 *     option rows the parser reads: an option is declared once.
 */
#ifndef TS_CMD_H
#define TS_CMD_H

#include <stddef.h>
#include <stdio.h>

#include "base/base.h"
#include "model/model.h"	/* struct doc and struct claims, held by struct parsed_file */
#include "sql_ids.h"	/* generated: enum sql_id (store.h) */

struct store;

enum exit_code {
	EXIT_OK = 0,		/* success */
	EXIT_FINDINGS = 1,	/* validation found problems at or above --fail-on */
	EXIT_USAGE = 2,		/* bad command line */
	EXIT_INPUT = 3,		/* bad input: the message names file:line or file:byte */
	EXIT_DB = 4		/* database or I/O error */
};

enum cmd_flags {
	CMD_DB = 1,		/* the command writes an existing store (migrated if older) */
	CMD_DB_READ = 2,	/* the command reads an existing store */
	CMD_DB_CREATE = 4	/* with CMD_DB: creates the store if missing (init only) */
};

struct cmd_ctx {
	const char *db_path;	/* --db, $TRADESTAT_DB or ./tradestat.db */
	unsigned flags;		/* the command's CMD_DB / CMD_DB_READ */
	struct store *store;	/* set by cmd_open_store(); main closes it */
	void *opts;		/* owned by main: the command's options struct
				   (opts_size bytes) as opts_parse filled it */
};

/*
 * Opens the database as the command's flags say (CMD_DB: an existing one,
 * migrated; with CMD_DB_CREATE created if missing; CMD_DB_READ: an existing
 * one, read-only) into ctx->store. Commands call it
 * after parsing their options, so a usage error never creates a database.
 * Returns 0, or -1 after a message (the command then exits EXIT_DB).
 */
int cmd_open_store(struct cmd_ctx *ctx);

/* ---- options declared once (cmd/opts.c; tmux args_parse, git parse-options) -- */

enum opt_kind {
	OPT_FLAG,		/* no value: the int field is set to 1 */
	OPT_STRING,		/* const char * field: the argument (borrowed from argv) */
	OPT_DATE,		/* const char * field: a valid YYYY-MM-DD */
	OPT_NUMBER,		/* double field: a finite number (or .parse's reading) */
	OPT_CHOICE		/* const char * field: one of .choices / .choice_at(i) (that
				   table's own string) */
};

enum opt_flags {
	OPT_SHAPES_STORE = 1,	/* the value shapes what is stored: the recorder's
				   import identity includes it */
	OPT_REPEAT = 2		/* may be given more than once: the field is a struct
				   opt_list collecting every value, in order */
};

/* Every value of an OPT_REPEAT option; v owned by the options struct
 * (opts_release frees it), the strings borrowed from argv or a choice table. */
struct opt_list {
	const char **v;
	size_t n, alloc;
};

/* One option of a command: parsed, checked, shown in --help, all from here. */
struct opt {
	const char *name;	/* long name without "--"; NULL ends a table */
	char short_name;	/* 'o' for -o, or 0 */
	enum opt_kind kind;
	unsigned flags;		/* enum opt_flags */
	size_t off;		/* offsetof the field in the command's options struct */
	const char *argname;	/* value name for help ("FILE"); NULL for a choice:
				   its names joined by '|' */
	const char *help;	/* one line for --help ('\n' continues it, indented) */
	const char *const *choices;	/* OPT_CHOICE: NULL-terminated names, or */
	const char *(*choice_at)(size_t i);	/* OPT_CHOICE: the i-th name of another
						   table (NULL past its end) */
	int (*parse)(const char *arg, void *field);	/* replaces the kind's conversion;
							   0, or -1: a bad value */
	const char *hint;	/* for a bad value: "e.g. 1e6 or million" */
};
#define OPT_END { .name = NULL }

struct cmd {
	const char *name;
	const char *usage;	/* operands after the name: "[OPTIONS] FILE..." */
	const char *summary;	/* one line for `tradestat --help` */
	const struct opt *opts;	/* the options, ended by OPT_END; NULL: none */
	size_t opts_size;	/* sizeof the struct they fill (0: none) */
	const char *notes;	/* text after the options in `tradestat NAME --help` */
	unsigned flags;
	/* argv: the operands only (options removed, "--" dropped), argc of them;
	 * ctx->opts: the filled options struct. Returns an exit code. */
	int (*run)(int argc, char **argv, struct cmd_ctx *ctx);
};

enum { OPTS_HELP = -1 };

/*
 * Fills opts (opts_size bytes, zeroed by the caller) from argv[1..argc) by
 * c's rows, the GNU way: options and operands in any order, "--opt=value" or
 * "--opt value", "-o value" or "-ovalue", an unambiguous prefix of a long
 * name, "--" ends the options, "-" is an operand. Moves the operands, in
 * order, to argv[0..*nargs). Returns 0; OPTS_HELP when --help or -h comes
 * before "--" (nothing else is read: help wins over a bad option); or
 * EXIT_USAGE after a usage error on stderr naming the option, with a
 * "did you mean" for a near miss.
 */
int opts_parse(const struct cmd *c, int argc, char **argv, void *opts, int *nargs);
/* Frees what opts_parse allocated in opts (OPT_REPEAT lists); not opts itself. */
void opts_release(const struct cmd *c, void *opts);
/* `tradestat NAME --help`: usage, summary, one block per option, then notes. */
void opts_help(FILE *f, const struct cmd *c);
/* Optimal string alignment distance (edits, adjacent swaps count one),
 * capped at 99 for names over 63 bytes. */
unsigned opts_distance(const char *a, const char *b);
/*
 * The values of c's options marked OPT_SHAPES_STORE in opts, as `name=value`
 * lines in table order (unset ones left out: a defaulted value is not part
 * of it): with the file's SHA-256, an import's identity. Caller frees.
 */
char *opts_identity(const struct cmd *c, const void *opts);
/* Whether a typed word is near enough to a name to suggest it. */
int opts_near(const char *typed, const char *name);

/* Prints "tradestat NAME: MESSAGE", the usage line and a hint to stderr;
 * returns EXIT_USAGE. */
int cmd_usage_error(const struct cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/*
 * The command table, one row a command, sorted by name. Each row declares
 * `cmd_NAME` here and puts it in main.c's table. To add a command: write
 * src/cmd/NAME.c ending in its option rows and `const struct cmd cmd_NAME`,
 * its test, and add one row here.
 */
#define CMD_TABLE(X) \
	X(document) \
	X(export) \
	X(extract) \
	X(import) \
	X(ingest) \
	X(init) \
	X(plot) \
	X(report) \
	X(validate) \
	X(vintage)

#define CMD_DECLARE(name) extern const struct cmd cmd_##name;
CMD_TABLE(CMD_DECLARE)
#undef CMD_DECLARE

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
		char date[DATE_LEN];	/* "YYYY-MM-DD", or "" */
		char *outlet, *title;	/* owned: the manifest's columns of the same
					   names, or NULL when absent or empty */
	} *v;			/* owned */
	size_t n, alloc;
};

/* Loads a manifest (columns file, published; optionally outlet, title);
 * returns 0, or EXIT_INPUT after naming file:line. */
int cmd_dates_load(const char *path, struct article_dates *m);
void cmd_dates_release(struct article_dates *m);

/* The option rows shared by extract and ingest, into T's fields date and dates. */
#define CMD_ARTICLE_OPTIONS(T) \
	{ .name = "date", .kind = OPT_DATE, .off = offsetof(T, date), .argname = "DATE", \
	  .help = "publication date of every FILE (YYYY-MM-DD)" }, \
	{ .name = "dates", .kind = OPT_STRING, .off = offsetof(T, dates), .argname = "FILE.csv", \
	  .help = "publication dates by file name (columns file,published)" }

/*
 * Reads the article at path into d with its date: date (--date) if given,
 * else the manifest's row for its base name, else its own dateline, else
 * unknown. The SHA-256 is not computed (extract never needs it): ingest calls
 * doc_hash(). Returns 0, or EXIT_INPUT after a message naming the file.
 */
int cmd_doc_load(const char *path, const char *date, const struct article_dates *m,
		 struct doc *d);

/* ---- articles read and parsed on N threads (cmd/jobs.c) -------------- */

/* One article read and parsed (or loaded from JSONL); the caller owns it
 * (parsed_release). */
struct parsed_file {
	const char *path;	/* borrowed: as given on the command line, or path_owned */
	char *path_owned;	/* owned: the path a JSONL document record names, or NULL */
	int rc;			/* 0, or EXIT_INPUT after a message naming the file */
	int loaded;		/* d and c hold the article (rc == 0) */
	struct doc d;		/* the article and its date (and SHA-256 when asked) */
	struct claims c;	/* its claims */
	char *out;		/* owned: its output, formatted on a worker thread
				   (jobs_opts.format), or NULL: not formatted */
	size_t outlen;		/* bytes in out */
};

/* Frees what p holds and zeroes it; a zeroed p is a no-op. */
void parsed_release(struct parsed_file *p);

struct jobs_opts {
	unsigned jobs;		/* threads; 0 or 1: none, the caller's thread reads */
	const char *date;	/* borrowed: --date, or NULL */
	const struct article_dates *dates;	/* borrowed: --dates, or NULL */
	int hash;		/* compute each doc's SHA-256 on the threads too */
	/* NULL: each file comes back parsed whole (d and c). Else each file's
	 * output is written by fmt as it is parsed, one part at a time (p->c
	 * holds the claims of part `part` only: parse_doc_part), and the doc
	 * and claims are freed then: jobs_write_all() writes them all to `out`,
	 * in input order (with threads, formatted on the worker threads into
	 * memory, then written there by whichever worker finds them next in
	 * line). The same bytes either way. */
	void (*fmt)(const struct parsed_file *p, size_t part, FILE *f, void *ctx);
	FILE *out;		/* borrowed: where fmt's output goes */
	void *fmt_ctx;		/* borrowed: fmt's ctx */
};

struct jobs;

/*
 * Starts reading and parsing paths[0..n) on o->jobs threads, a bounded window
 * of files ahead of the consumer. paths and o's pointers are borrowed until
 * jobs_finish(). Never fails: with no thread it reads in the caller's thread.
 */
struct jobs *jobs_start(char *const *paths, size_t n, const struct jobs_opts *o);
/* Moves the next file, in input order, into *out (waiting for it): 1, or 0
 * after the last one. The caller releases *out. Not with jobs_opts.fmt. */
int jobs_next(struct jobs *j, struct parsed_file *out);
/* With jobs_opts.fmt: writes every file's output to jobs_opts.out in input
 * order (with threads, each on the worker that finds it next in line; a
 * write error is left in ferror(out)) and returns the number of files that
 * could not be read (each reported already). */
size_t jobs_write_all(struct jobs *j);
/* Stops the threads (files not taken are dropped) and frees j; NULL: no-op. */
void jobs_finish(struct jobs *j);
/* The online CPUs (1..256). */
unsigned jobs_online(void);
/* An option's .parse for --jobs N: 1..256 into an unsigned field, 0 for
 * one per online CPU; -1 for anything else. */
int jobs_parse_count(const char *arg, void *field);

/* The --jobs row of extract and ingest, into T's unsigned field jobs. */
#define CMD_JOBS_OPTION(T) \
	{ .name = "jobs", .short_name = 'j', .kind = OPT_NUMBER, .off = offsetof(T, jobs), \
	  .argname = "N", .parse = jobs_parse_count, .hint = "1 to 256, or 0 for one per CPU", \
	  .help = "read and parse N files at once (default 1; 0: one per CPU);\n" \
	  "the result is the same as with one, in input order" }

/* ---- the bulk JSON Lines of extract and ingest --claims (cmd/jsonl.c) -- */

/* Writes d's document record (path, SHA-256, bytes, date, body), then one
 * record per claim of c, to f. Computes d's SHA-256 if not yet done. */
void jsonl_write(FILE *f, struct doc *d, const struct claims *c);
/* The claim records alone (the rest of a document written part by part). */
void jsonl_write_claims(FILE *f, const struct doc *d, const struct claims *c);

struct jsonl_reader;

/* Opens extract's JSONL at path ("-": stdin); NULL after a message. */
struct jsonl_reader *jsonl_open(const char *path);
/*
 * Reads the next document with its claims into *p (owned by the caller;
 * parsed_release): 1; 0 at the end; -1 after messages naming FILE:LINE for a
 * bad record (that document's records are skipped: call again for the next).
 */
int jsonl_next(struct jsonl_reader *r, struct parsed_file *p);
void jsonl_close(struct jsonl_reader *r);

/* Writes the named query's header and rows as CSV (text neutralised, numbers
 * as numbers). Returns 0 or -1. */
int cmd_query_csv(struct store *st, enum sql_id stmt, const struct param *p, size_t np,
		  struct csvout *w);
/* The same, rows only (a query run again after its header was written). */
int cmd_query_csv_rows(struct store *st, enum sql_id stmt, const struct param *p, size_t np,
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

/* --delimiter's value: ",", ";" or "tab" (the field is the argument); 0 or -1. */
int cmd_delimiter_arg(const char *arg, void *field);

/* The option rows shared by export and report, into T's fields delimiter
 * (const char *) and decimal_comma (int). */
#define CMD_CSV_OPTIONS(T) \
	{ .name = "delimiter", .kind = OPT_STRING, .off = offsetof(T, delimiter), \
	  .argname = "SEP", .parse = cmd_delimiter_arg, .hint = "',', ';' or tab", .help = "CSV cell separator (default ','): ';' is what " \
	  "Excel\nopens by double-click where ',' is the decimal sign" }, \
	{ .name = "decimal-comma", .kind = OPT_FLAG, .off = offsetof(T, decimal_comma), \
	  .help = "numbers with ',' as the decimal sign (separator ';'\nunless --delimiter tab)" }

/* csvout flags for --delimiter and --decimal-comma (a decimal comma with ','
 * as separator is a usage error of c). Returns 0 or EXIT_USAGE. */
int cmd_csv_flags(const struct cmd *c, const char *delimiter, int decimal_comma, unsigned *flags);

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
 * A claim's article as a person names it, and its date: its outlet
 * ("Pluralia (2023-09-19)"), else its title in quotes, cut at a word
 * ("“Despite criticism from the West, China calls for…” (2024-05-22)"),
 * else the file's name ("001_599f.txt (2024-05-22)"): never words of its body,
 * which may be a site's slogan. outlet, title and path may be NULL or "".
 * Appends to out; whoever writes it escapes it (plot_put_string, html).
 */
void cmd_claim_label(const char *outlet, const char *title, const char *path,
		     const char *published, struct buf *out);

/* Whether s is a period chart --from/--to take: 2015, 2015-Q1, 2015-01, 2015-01-31. */
int cmd_period_valid(const char *s);

/*
 * Says that no series is named code (plot, export --series), with what it may
 * have meant: "no series 'impch' (did you mean IMPCH?)", else a few of the
 * codes the database holds. Returns EXIT_USAGE, or EXIT_DB if the lookup failed.
 */
int cmd_no_series(struct store *st, const char *code);

/*
 * Appends a title for a series stored without one, from its subject:
 * "China imports from Russia (DOT.M.CN.TMG_CIF_USD.RU)" (countries by their
 * shortest name in the lexicon, WORLD "the world"; flow "import", "export",
 * "reexport" or other, "trade" when empty; partner may be empty; code NULL:
 * without the parentheses).
 */
void cmd_series_name(const char *reporter, const char *partner, const char *flow,
		     const char *code, struct buf *out);

/*
 * Draws one chart of the named series (latest vintage) with the claims about
 * them, to out (.svg/.png/.pdf). A series that does not exist is a usage
 * error (EXIT_USAGE, named on stderr). Returns an exit code.
 */
int cmd_chart(struct store *st, char *const *series, size_t n, const char *out,
	      const struct chart_opts *o);

/* Opens path for writing ("-" or NULL: stdout) as an outfile (base.h):
 * a temporary beside a regular file, never the database. Returns 0, or -1
 * after error(). */
int cmd_open_out(struct outfile *o, const char *path);
/* With ok, commits what cmd_open_out opened (rename into place, reporting a
 * failed write; a closed pipe on stdout is fine); without, discards it and
 * leaves the previous file. Returns 0 or -1 (after error() when it wrote). */
int cmd_close_out(struct outfile *o, int ok);

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
	int *at;		/* owned: result column of each table column */
	const char *const *at_names; /* borrowed: the statement's names at[] was resolved in */
};

void rowmap_init(struct rowmap *m, const struct rowmap_col *cols, size_t ncols, size_t size);
/* A row_fn for store_select: appends one struct. Text NULL becomes "", a
 * numeric NULL becomes NAN (real) or 0 (int). */
int rowmap_row(void *ctx, const struct row *r);
/* Points every text field into the arena (which no longer moves) and returns
 * the array: valid until rowmap_release. */
void *rowmap_done(struct rowmap *m);
/* rowmap_done() for an array that is complete (no row will be added): its
 * allocations cut to what the rows use, the offsets freed. */
void *rowmap_done_fit(struct rowmap *m);
void rowmap_release(struct rowmap *m);

#endif
