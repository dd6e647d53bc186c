/*
 * report.h - the report stage: CSV for spreadsheets and gnuplot charts.
 *
 * The whole interface of src/report/ (csvout.c, plot.c, gnuplot.c, html.c). This stage only
 * writes: it receives plain structs and rows, never a database handle.
 *
 * Invariants:
 *  1. CSV is RFC 4180: fields quoted when they hold a comma, quote, CR or
 *     LF; quotes doubled; UTF-8 passed through byte for byte.
 *  2. A text cell a spreadsheet would run as a formula (first byte '=', '+',
 *     '-', '@', TAB, CR or LF) is written quoted with a leading apostrophe
 *     (OWASP), and so is every such start after a ';', TAB, CR or LF inside
 *     it (where a spreadsheet opening the file with ';' or TAB as separator
 *     starts a new cell); bytes that are not UTF-8 become U+FFFD; numbers
 *     we format ourselves are written as numbers, without an exponent.
 *  3. Text that came from an article reaches gnuplot only as an escaped
 *     string literal or as datablock data, never as script text.
 */
#ifndef TS_REPORT_H
#define TS_REPORT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "model/model.h"	/* PERIOD_MAX; DATE_LEN (base.h) */

/* ---- CSV (csvout.c) ------------------------------------------------- */

enum csvout_flags {
	CSVOUT_CRLF = 1,	/* end rows with CRLF (RFC 4180) instead of LF */
	CSVOUT_BOM = 2,		/* start with a UTF-8 byte order mark (Excel) */
	CSVOUT_SEMICOLON = 4,	/* cells separated by ';' (Excel where ',' is the decimal sign) */
	CSVOUT_TAB = 8,		/* cells separated by TAB */
	CSVOUT_DECIMAL_COMMA = 16	/* numbers with ',' as the decimal sign (with ';' or TAB) */
};

struct csvout {
	FILE *f;		/* borrowed */
	unsigned flags;
	size_t col;		/* cells written in the current row */
	int err;		/* a write failed */
	size_t n;		/* bytes of the current row in buf, not yet written */
	char buf[4096];		/* the row being written (one fwrite per row) */
};

void csvout_init(struct csvout *w, FILE *f, unsigned flags);
/* A text cell: quoted when needed, neutralised when it looks like a formula. */
void csvout_text(struct csvout *w, const char *s, size_t n);
void csvout_str(struct csvout *w, const char *s);	/* NUL-terminated; NULL is empty */
/* A number cell (fmt_num_plain: no exponent, at most 15 significant digits). */
void csvout_num(struct csvout *w, double v);
void csvout_int(struct csvout *w, int64_t v);
void csvout_empty(struct csvout *w);
void csvout_end_row(struct csvout *w);
/* Flushes; returns 0, or -1 if any write failed (disk full, closed pipe). */
int csvout_finish(struct csvout *w);

/* ---- charts (plot.c) ------------------------------------------------ */

/*
 * Style numbers the script refers to and plots/default.gp defines: change
 * both together (test_plot checks that the built-in style defines each).
 */
#define GP_LINETYPES 8		/* `set linetype 1..8`, `cycle 8`: one colour per series;
				   the next eight are dashed, then dotted (chart.c) */
#define GP_LS_CLAIM 100		/* `set style line 100`: a claim's point */
#define GP_LS_FLAGGED 101	/* `set style line 101`: the ring round a claim with a finding */
#define GP_LS_EARLIER 102	/* `set style line 102`: earlier vintages, faint (chart.c
				   sets it before the style, which may change it) */
#define GP_PT_DOT 7		/* pointtype 7, a filled circle: a series' points */
/* The numbers as text, to paste into script literals: "linestyle " GP_STR(GP_LS_CLAIM). */
#define GP_STR_(x) #x
#define GP_STR(x) GP_STR_(x)

struct plot_point {
	char period[PERIOD_MAX];	/* "2023-08", "2023-08-01", "2023", "2023-Q3" */
	double value;
};

struct plot_line {			/* one official series */
	struct series series;		/* its code, title (may be NULL), unit...; the
					   strings borrowed (model.h) */
	const struct plot_point *pts;	/* borrowed, in period order */
	size_t n;
	const char *as_of;		/* borrowed: NULL for the latest values; the release
					   date of an earlier vintage, drawn faint behind */
	const char *ylabel;		/* borrowed: its axis label ("US$ billion", "" for
					   none); NULL: the spec's. Lines of one label share
					   an axis, lines of another never do */
	double yscale;			/* divide its values by this; 0: the spec's */
	const struct plot_point *first;	/* borrowed: first prints of its periods
					   (plot --revisions), or NULL */
	size_t nfirst;
};

struct plot_mark {			/* one claim drawn as a point */
	char period[PERIOD_MAX];	/* as the claim has it: a range is kept whole */
	double value;			/* in the series' unit (already scaled) */
	const char *label;		/* borrowed: source shown in the key, e.g. outlet and date */
	int flagged;			/* a finding is about this claim: drawn to stand out */
	size_t line;			/* index of the line (latest values) it is about */
};

struct plot_spec {
	const char *out_path;		/* .svg, .png or .pdf picks the terminal */
	const char *title;		/* may be NULL */
	const char *ylabel;		/* "US$ billion"; may be NULL */
	const char *note;		/* source note at the bottom; may be NULL */
	double yscale;			/* divide values by this for display (1e9); 0 = 1 */
	const struct plot_line *lines;	/* borrowed */
	size_t nlines;
	const struct plot_mark *marks;	/* borrowed */
	size_t nmarks;
	const char *style;		/* gnuplot style text (plots/default.gp), borrowed; NULL = built in */
	const char *from, *to;		/* borrowed: periods ("2015", "2015-01", "2015-Q1"):
					   only what falls from the start of from to the
					   end of to is drawn; NULL: no bound */
};

/* Terminal name for a path's extension ("svg", "pngcairo", "pdfcairo"), or NULL. */
const char *plot_terminal(const char *out_path);
/* The terminal's size for a path's extension ("1280,720" pixels, "8in,4.5in"), or NULL. */
const char *plot_terminal_size(const char *out_path);
/* About a claim marker's width on that terminal, as a fraction of the chart's
 * width: the spacing of a row of claims of one period (chart.c invariant 6). */
double plot_terminal_markgap(const char *out_path);
/* Writes the complete gnuplot script (style, datablocks, plot command) to out.
 * Returns 0, or -1 after error() (unknown extension). */
int plot_write_script(FILE *out, const struct plot_spec *spec);
/* The same, with gnuplot writing the chart to output (a temporary file beside
 * spec->out_path, with its extension) instead. */
int plot_write_script_to(FILE *out, const struct plot_spec *spec, const char *output);
/* The script of spec with gnuplot writing to output (report/chart.c):
 * plot_write_script() and plot_write_script_to() call it. Returns 0 or -1
 * after error(). */
int chart_script(FILE *out, const struct plot_spec *spec, const char *output);
/* A period's first day, "YYYY-MM-DD" (2023-Q3 -> 2023-07-01); 0, or -1 if
 * it is not a period. */
int chart_period_date(const char *period, char out[static DATE_LEN]);
/* The same, and the first day after it (2023-Q3 -> 2023-07-01, 2023-10-01). */
int chart_period_span(const char *period, char start[static DATE_LEN], char next[static DATE_LEN]);
/* Ends a chart's script in a batch sent to one gnuplot: closes its file and
 * resets to the defaults for the next (report/plot.c). */
void plot_write_chart_end(FILE *out);
/* Writes s as a gnuplot string literal that expands nothing (report/plot.c). */
void plot_put_string(FILE *out, const char *s);
/* Runs gnuplot as a child process (no shell), the script on its stdin (gnuplot.c).
 * Returns 0, or -1 after error() naming what failed (gnuplot missing, its exit status). */
int plot_run(const struct plot_spec *spec);

/*
 * Many charts from one gnuplot process: start, add each chart (its script is
 * sent at once; the spec may be freed on return), finish. finish() waits for
 * gnuplot and, only if it exited 0 and every chart file is non-empty, moves
 * all of them into place; otherwise it touches no output path and removes
 * the temporary files. After a failed add, call finish all the same (it
 * then returns -1). Each returns 0 or -1 after error(); finish frees b.
 */
struct plot_batch;
int plot_batch_start(struct plot_batch **b);
int plot_batch_add(struct plot_batch *b, const struct plot_spec *spec);
int plot_batch_finish(struct plot_batch *b);
/* plot_batch_* over an array: n charts, one gnuplot. Returns 0 or -1. */
int plot_run_many(const struct plot_spec *specs, size_t n);

/* ---- the bundle's index page (html.c) ------------------------------ */

struct index_chart {		/* one chart of the bundle */
	const char *series;	/* borrowed: code */
	const char *title;	/* borrowed: may be "" */
	const char *file;	/* borrowed: chart file name, relative to the bundle */
	long claims;		/* news claims drawn on it */
	long findings;		/* findings that name the series */
	long revised;		/* periods ever revised; 0: no revisions chart */
	char rev_from[12];	/* its revisions chart starts here: the year before
				   the first period revised ("2013") */
	const char *rev_file;	/* borrowed: its revisions chart, or NULL */
	const char *rev_csv;	/* borrowed: its revisions CSV, or NULL */
};

struct index_claim {		/* one row of the claims table (sql/report_claims.sql) */
	const char *doc, *published, *text, *sentence, *unit, *measure, *period;
	const char *series, *series_unit, *base_period;	/* "" when never compared */
	const char *verdict, *message;	/* "" when never checked */
	const char *label;	/* the article: outlet, title or file name, and date */
	const char *outlet, *doc_title;	/* the article's, "" when no manifest named them */
	double now, now_base;	/* the series now: the period, its base (NAN: none) */
	double then_value, then_base;	/* as known on the article's date */
};

struct index_vintage {		/* one release the report covers */
	const char *released, *source, *path, *series;	/* path: shown by base name */
	long observations;
};

struct index_rule {		/* a rule, for the key */
	const char *name, *summary;
};

struct index_count {		/* findings of one rule and severity */
	const char *rule, *severity;	/* borrowed */
	long n;
};

struct index_finding {		/* one finding worth a person's attention */
	const char *severity, *rule, *doc, *text, *message;	/* borrowed */
};

struct report_index {
	const char *generated;		/* "YYYY-MM-DD" */
	const char *database;		/* the database read: shown by base name only */
	const struct index_claim *claims;	/* most severe first */
	size_t nclaims;
	long more_claims;		/* claims not listed (all are in claims.csv) */
	const struct index_vintage *vintages;
	size_t nvintages;
	const struct index_rule *rules;
	size_t nrules;
	const struct index_chart *charts;
	size_t ncharts;
	const struct index_count *counts;
	size_t ncounts;
	const struct index_finding *findings;	/* errors and warnings, most severe first */
	size_t nfindings;
	long more_findings;		/* errors and warnings not listed */
	const char *const *files;	/* the CSV files of the bundle */
	size_t nfiles;
};

/*
 * Writes index.html: a static page (no scripts, opens from disk) with the
 * findings summary, the errors and warnings, the CSV files and the charts.
 * Every text is HTML-escaped. Returns 0, or -1 if a write failed.
 */
int html_write_index(FILE *out, const struct report_index *ix);

#endif
