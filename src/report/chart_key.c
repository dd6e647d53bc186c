/*
 * chart_key.c - who is drawn how on a chart, and the legend that says so:
 * the claims' key groups (one point type per source), their places in a
 * period's row, the widths of lines drawn under equal ones, and the legend's
 * entries in drawing order. chart.c lays the chart out and writes the rest
 * of the script.
 *
 * Input: a struct draw whose layout is planned (chart_plan) and whose lines'
 * datablocks are written (has[]). Output: the claims' datablock, D's key
 * groups and counts, D->key.
 *
 * Invariants (chart.c's numbering):
 *  6. Claims of one period from several sources (key groups) stand in a
 *     row centred on the period's day, one place per source, so no source's
 *     mark hides another's; a lone source's marks stay on the day.
 *  7. A latest line is drawn wider by line_widen for each latest line drawn
 *     after it on its axis that meets it (equal values for at least half
 *     the periods both have), for MAX_WIDEN at most: where two series are
 *     equal, both stay visible; lines that merely cross keep their width.
 */
#include "report/report.h"
#include "report/chart_int.h"

#include "base/base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Whether lines i and j of one axis are drawn on each other: at least half
 * the periods both have in the range with values less than 1/250 of the
 * axis apart (about a line's width). Lines that only cross, or touch for a
 * period or two, stay visible without widening; a crowded chart would
 * otherwise widen nearly every line. Points come in period order
 * (export_series_long.sql). */
static int lines_meet(const struct layout *L, size_t i, size_t j)
{
	const struct plot_line *a = &L->spec->lines[i], *b = &L->spec->lines[j];
	const struct group *g = &L->g[L->lg[i]];
	double near = (g->ax.hi - g->ax.lo) / 250 * g->scale;
	size_t both = 0, on = 0;

	for (size_t x = 0, y = 0; x < a->n && y < b->n;) {
		int c = strcmp(a->pts[x].period, b->pts[y].period);

		if (c == 0 && chart_in_range(L, a->pts[x].period, &(long){ 0 })) {
			both++;
			on += fabs(a->pts[x].value - b->pts[y].value) <= near;
		}
		x += c <= 0, y += c >= 0;
	}
	return on > 0 && 2 * on >= both;
}

/* Invariant 7: how many latest lines are drawn over line i and meet it,
 * each of which makes it line_widen wider (0: the style's width). */
static size_t lines_over(const struct layout *L, const int *has, size_t i)
{
	const struct plot_spec *sp = L->spec;
	size_t n = 0;

	if (sp->lines[i].as_of)
		return 0;
	for (size_t j = i + 1; j < sp->nlines && n < MAX_WIDEN; j++)
		n += has[j] && !sp->lines[j].as_of && L->lg[j] == L->lg[i] && lines_meet(L, i, j);
	return n;
}

/* " linewidth (line_width + N * line_widen)" for line i, or "". */
const char *chart_line_width(const struct layout *L, const int *has, size_t i, char *buf,
			     size_t cap)
{
	size_t over = lines_over(L, has, i);

	*buf = 0;
	if (over)
		snprintf(buf, cap, " linewidth (line_width + %zu * line_widen)", over);
	return buf;
}

/* Adds a legend entry: sample (how it is drawn), text cut at MAX_LABEL
 * characters (then an ellipsis), suffix. Past MAX_KEYS entries, nothing. */
static void key_add(struct key *k, const char *sample, const char *text, const char *suffix)
{
	size_t len = 0, chars = 0, cut = 0;

	if (k->n == ARRAY_SIZE(k->text))
		return;
	/* At most MAX_LABEL characters (not bytes), cut at a space, then "...". */
	for (const char *p = text; *p; p++) {
		if (((unsigned char)*p & 0xC0) != 0x80 && ++chars > MAX_LABEL)
			break;
		if (*p == ' ')
			cut = len;
		len++;
	}
	if (text[len]) {
		len = cut > MAX_LABEL / 2 ? cut : len;
		snprintf(k->text[k->n], sizeof(k->text[0]), "%.*s\xE2\x80\xA6%s", (int)len, text,
			 suffix);
		chars = MAX_LABEL + 1;
	} else {
		snprintf(k->text[k->n], sizeof(k->text[0]), "%s%s", text, suffix);
	}
	chars += strlen(suffix);
	snprintf(k->sample[k->n], sizeof(k->sample[0]), "%s", sample);
	k->widest = chars > k->widest ? chars : k->widest;
	k->n++;
}

/* The key group of mark i: its label's place among labels[0..*n), a new
 * one added; MAX_MARK_KEYS once that many are taken ("other sources"). */
static size_t mark_group(const struct plot_spec *spec, size_t i, const char **labels, size_t *n)
{
	const char *l = spec->marks[i].label;
	size_t g;

	for (g = 0; g < *n && g < MAX_MARK_KEYS; g++)
		if ((!l && !labels[g]) || (l && labels[g] && !strcmp(l, labels[g])))
			return g;
	if (g == MAX_MARK_KEYS)
		return MAX_MARK_KEYS;
	labels[(*n)++] = l;
	return g;
}

/* gnuplot point types, one per claim source: dot, square, triangle, diamond, ... */
const int chart_mark_pt[MAX_MARK_KEYS + 1] = { GP_PT_DOT, 5, 9, 13, 11, 15, 4, 8, 1 };

/* The panel and axis mark i is drawn on: panel * 2 + (right axis). */
static int mark_panel(const struct draw *D, size_t i)
{
	const struct plot_spec *sp = D->L.spec;
	const struct group *g = &D->L.g[sp->marks[i].line < sp->nlines ? D->L.lg[sp->marks[i].line] : 0];

	return g->panel * 2 + (g->y2 != 0);
}

/* The drawn marks' key groups, and invariant 6: each mark's place in the
 * row of the sources that give a figure for its period on its panel (the
 * groups there, in key order, centred on the period's day). */
static void place_marks(struct draw *D)
{
	const struct plot_spec *sp = D->L.spec;
	long *day = xcalloc(sp->nmarks + 1, sizeof(*day));

	for (size_t i = 0; i < sp->nmarks; i++) {
		const struct plot_mark *m = &sp->marks[i];
		char date[DATE_LEN];

		D->mgroup[i] = -1;
		if (isfinite(m->value) && chart_period_date(m->period, date) == 0 &&
		    chart_in_range(&D->L, m->period, &day[i]))
			D->mgroup[i] = (int)mark_group(sp, i, D->labels, &D->nlabels);
	}
	for (size_t i = 0; i < sp->nmarks; i++) {
		int seen[MAX_MARK_KEYS + 1] = { 0 }, n = 0, before = 0;

		if (D->mgroup[i] < 0)
			continue;
		for (size_t j = 0; j < sp->nmarks; j++)
			if (D->mgroup[j] >= 0 && day[j] == day[i] &&
			    mark_panel(D, j) == mark_panel(D, i) && !seen[D->mgroup[j]]++) {
				n++;
				before += D->mgroup[j] < D->mgroup[i];
			}
		D->mpos[i] = before - (n - 1) / 2.0;
		D->dodged |= D->mpos[i] != 0;
	}
	free(day);
}

/* The claims' datablock. Columns: date, value, key group (1-based),
 * flagged (0/1), panel, axis, place in its period's row (place_marks).
 * Returns the marks that cannot be drawn. */
size_t chart_put_marks(FILE *out, struct draw *D)
{
	const struct plot_spec *sp = D->L.spec;
	size_t skipped = 0;
	char date[DATE_LEN];

	if (!sp->nmarks)
		return 0;
	place_marks(D);
	fputs("\n$marks << EOD\n", out);
	for (size_t i = 0; i < sp->nmarks; i++) {
		const struct plot_mark *m = &sp->marks[i];
		const struct group *g = &D->L.g[m->line < sp->nlines ? D->L.lg[m->line] : 0];
		char extra[64];
		size_t kg;

		if (!isfinite(m->value) || chart_period_date(m->period, date) < 0) {
			skipped++;
			continue;
		}
		if (D->mgroup[i] < 0)
			continue;
		kg = (size_t)D->mgroup[i];
		snprintf(extra, sizeof(extra), " %zu %d %d %d", kg + 1, m->flagged ? 1 : 0,
			 g->panel, g->y2 ? 2 : 1);
		if (D->dodged)
			snprintf(extra + strlen(extra), sizeof(extra) - strlen(extra), " %g",
				 D->mpos[i]);
		chart_put_row(out, &D->L, m->period, m->value, g->scale, extra);
		D->gcount[kg]++;
		D->nflagged += m->flagged != 0;
	}
	fputs("EOD\n", out);
	return skipped;
}

/* The legend's entries, in drawing order. */
void chart_build_key(struct draw *D)
{
	const struct plot_spec *sp = D->L.spec;
	size_t nlatest = 0;
	int any_first = 0;

	for (size_t i = 0; i < sp->nlines; i++) {
		const struct plot_line *l = &sp->lines[i];
		char sample[96], lw[64];

		if (l->as_of || !D->has[i])
			continue;
		nlatest++;
		snprintf(sample, sizeof(sample), "with %s linetype %zu dashtype %zu%s",
			 D->has[i] == 1 ? "points" : "lines", nlatest, DASH(nlatest),
			 chart_line_width(&D->L, D->has, i, lw, sizeof(lw)));
		key_add(&D->key, sample, l->series.title ? l->series.title : l->series.code,
			D->L.g[D->L.lg[i]].y2 ? " (right axis)" : "");
		any_first |= l->nfirst > 0;
	}
	for (size_t i = 0; i < sp->nlines; i++)
		if (sp->lines[i].as_of && D->has[i]) {
			key_add(&D->key, "with lines linestyle " GP_STR(GP_LS_EARLIER), "earlier vintages", "");
			break;
		}
	if (any_first)
		key_add(&D->key, "with lines linecolor rgb '#555555' dashtype 2 linewidth 1.5",
			"first print (dashed)", "");
	if (D->L.rev_panel)
		key_add(&D->key, "with boxes fillstyle solid 0.55 noborder linecolor rgb '#777777'",
			"revision since first print (bars)", "");
	for (size_t g = 0; g <= MAX_MARK_KEYS; g++) {
		char sample[96];

		if (!D->gcount[g])
			continue;
		snprintf(sample, sizeof(sample), "with points linestyle " GP_STR(GP_LS_CLAIM) " pointtype %d",
			 chart_mark_pt[g]);
		key_add(&D->key, sample, g == MAX_MARK_KEYS ? "other sources" :
			D->labels[g] ? D->labels[g] : "article claims", "");
	}
	if (D->nflagged)
		key_add(&D->key, "with points linestyle " GP_STR(GP_LS_FLAGGED),
			"claim with a finding (ring)", "");
	/* One series and no claims: the title names it, a key would only take room. */
	if (nlatest == 1 && D->key.n == 1)
		D->key.n = 0;
}

