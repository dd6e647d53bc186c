/*
 * chart_int.h - what report/chart.c, chart_key.c and axis.c share: periods
 * as days, axis ranges and their tick labels, the legend and the state of one
 * script being written. Not part of the report stage's interface (report.h).
 */
#ifndef TS_CHART_INT_H
#define TS_CHART_INT_H

#include <stddef.h>
#include <stdio.h>

#include "base/base.h"	/* DATE_LEN */

enum freq { F_NONE, F_YEAR, F_QUARTER, F_MONTH, F_DAY };

/* Days since 1970-01-01 of a proleptic Gregorian date, and back. */
/*
 * Reads a period: its kind, its first day and the first day after it (days
 * since 1970), and its index on its own calendar (consecutive periods of a
 * kind differ by 1). Returns the kind, or F_NONE.
 */
enum freq axis_period_parse(const char *p, long *start, long *next, long *idx);
/* "YYYY-MM-DD" of a day number. */
void axis_day_str(long day, char out[static DATE_LEN]);
/* Days of a period of a kind, roughly (365, 91, 30, 1): widths and margins. */
long axis_period_days(enum freq f);
/* "1,234.5": v with dec decimals and thousands separators. */
void axis_fmt_tick(double v, int dec, char *out, size_t cap);

struct axis {
	double lo, hi;		/* data range, then the axis range */
	double step;		/* between ticks */
	int dec;		/* decimals of the tick labels */
	int used;
};

/* Widens a's data range to hold v (NaN and infinities ignored). */
void axis_add(struct axis *a, double v);
/* Round ticks and a range ending on ticks (see axis.c); with_zero: show 0. */
void axis_finish(struct axis *a, int with_zero);
/* `set NAME (...)`: every tick of a labelled by axis_fmt_tick; returns the
 * widest label's length. */
size_t axis_put_ticks(FILE *out, const char *name, const struct axis *a);
/* `set xtics (...)` from day xlo to day xhi: a step that leaves room between
 * labels on plot_px pixels of characters em pixels wide; labels by freq
 * (years, 2023-Q1, Aug 2023), or empty ones when !labelled. */
void axis_put_xtics(FILE *out, long xlo, long xhi, enum freq freq, double plot_px, double em,
		    int labelled);

struct plot_spec;

#define MAX_GROUPS 6		/* units on one chart (stacked panels) */

/* One series axis: the lines, first prints and claims of one unit. */
struct group {
	const char *label;	/* borrowed: axis label, "" for none */
	double scale;
	struct axis ax;
	int panel, y2;
};

/* The plan of one chart: groups of lines by axis label, panels, ranges. */
struct layout {
	const struct plot_spec *spec;
	long from, to;			/* days: drawn are periods starting in [from, to) */
	struct group g[MAX_GROUPS];
	int ng, npanels, rev_panel;	/* rev_panel: a panel of revision bars below */
	size_t *lg;			/* owned: group of each line */
	double **rev;			/* owned: revision (latest - first print) per point, NaN: none */
	struct axis rx;			/* the revision bars' axis */
	int rev_group;			/* whose unit the bars are in */
	long xlo, xhi;			/* days: first and last period drawn */
	enum freq freq;			/* finest frequency drawn */
	double W, H;			/* terminal size in pixels (points for PDF) */
};

/* Whether period is drawn (within --from/--to); its first day in *day. */
int chart_in_range(const struct layout *L, const char *period, long *day);
/* Fills L from L->spec: groups, panels, ranges, revisions. Returns 0, or -1
 * after error() (more units than panels allow, nothing to draw). The caller
 * frees L->lg, L->rev and each L->rev[i]. */
int chart_plan(struct layout *L);

/* What chart.c and chart_key.c share: the legend, and what the writing of
 * one script keeps between its parts. */
#define MAX_MARK_KEYS 8		/* more distinct claim labels share "other sources" */
#define MAX_LABEL 60		/* legend text, in characters, before an ellipsis */
#define MAX_KEYS 200		/* legend entries considered (the layout lists fewer) */
#define NOTE_LINES 4		/* lines of the source note at most; the last is not cut */
#define MAX_WIDEN 3		/* a line is widened for this many drawn over it at most */
/* The style has eight colours; the next eight series are dashed, then dotted... */
#define DASH(k) ((((k) - 1) / GP_LINETYPES) % 4 + 1)

/* The legend: one entry per series, claim source, ring and revision sample. */
struct key {
	char text[MAX_KEYS][MAX_LABEL + 24];
	char sample[MAX_KEYS][96];
	size_t n, widest;
};

/* What the writing of one script keeps between its parts. */
struct draw {
	struct layout L;
	struct key key;
	int *has, *gaps;		/* owned: points drawn of each line; it has gaps */
	int *mgroup;			/* owned: key group of each mark, -1: not drawn */
	double *mpos;			/* owned: each mark's place in its period's row (0: centre) */
	int dodged;			/* a mark is moved off its period's day (mpos != 0) */
	long xpad;			/* days of room on x beyond the periods (chart.c x_pad) */
	const char *labels[MAX_MARK_KEYS];	/* borrowed: the marks' key groups */
	size_t nlabels, gcount[MAX_MARK_KEYS + 1], nflagged;
	double lh, keyh, top, bottom, left, right, gap, region;	/* screen fractions */
	int keycols, keyrows;
	size_t note_off[NOTE_LINES], note_len[NOTE_LINES], nnote;	/* the note's lines */
};

/* gnuplot point types, one per claim key group (chart_key.c). */
extern const int chart_mark_pt[MAX_MARK_KEYS + 1];

/* One datablock row "DATE VALUE[ EXTRA]" (v / scale); 0 if the point cannot
 * be drawn (chart.c). */
int chart_put_row(FILE *out, const struct layout *L, const char *period, double v,
		  double scale, const char *extra);
/* " linewidth (line_width + N * line_widen)" for line i (invariant 7), or ""
 * when nothing meets it; written into buf[cap], which it returns. */
const char *chart_line_width(const struct layout *L, const int *has, size_t i, char *buf,
			     size_t cap);
/* The claims' datablock, their key groups (D->mgroup, D->labels, D->gcount)
 * and places (D->mpos, invariant 6). Returns the marks that cannot be drawn. */
size_t chart_put_marks(FILE *out, struct draw *D);
/* D->key: the legend's entries in drawing order (after chart_put_marks). */
void chart_build_key(struct draw *D);

#endif
