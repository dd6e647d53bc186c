/*
 * chart.c - one chart of official series with the news claims about them
 * drawn as points: cmd_chart, which `plot` and each chart of `report` call.
 *
 * Input: the latest vintage of each series and the level claims whose
 * subject and unit match it (sql/plot_claims.sql). Output: FILE (.svg, .png
 * or .pdf) drawn by gnuplot, or with --script the gnuplot script itself.
 *
 * Invariants:
 *  1. Every string handed to the report stage is owned here until the chart
 *     is written; report/plot.c escapes whatever came from an article.
 *  2. Series of one unit are drawn on one scale (billion, million...),
 *     chosen from the largest value of that unit, and the axis label says
 *     which; series of another unit get an axis (or panel) of their own
 *     (report/chart.c).
 *  3. A series named that does not exist is a usage error (exit 2), one that
 *     has no value yet is bad input (exit 3).
 *  4. A --from/--to that leaves nothing to draw is a usage error (exit 2)
 *     that names the periods the series do cover.
 *  5. A claim is drawn once on an axis, however many of its series it is
 *     about.
 */
#include <stddef.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "report/report.h"
#include "store/store.h"

struct chart {
	struct plot_line *lines;	/* owned */
	struct plot_point **pts;	/* owned: one array per line */
	struct plot_point **first;	/* owned: first prints of each line, or NULL */
	struct line_info {
		char source[96];	/* source of its newest value */
		char vintage[DATE_LEN];	/* the newest vintage among its values */
		double maxabs;		/* largest value drawn, claims included */
	} *info;			/* owned: one per line */
	size_t nlines, alines, apts;	/* apts: capacity of the array being loaded */
	struct plot_mark *marks;	/* owned */
	size_t nmarks, amarks;
	struct claim_key {
		int64_t document, seq;	/* the claim of marks[i] */
	} *mkeys;			/* owned: one per mark */
	size_t amkeys;
	char **strs;			/* owned: every string the spec borrows */
	size_t nstrs, astrs;
	size_t cur;			/* the line that claim_row and first_row fill */
};

static const char *keep(struct chart *c, const char *s, size_t n)
{
	XGROW(c->strs, c->astrs, c->nstrs + 1);
	c->strs[c->nstrs] = xstrndup(s, n);
	return c->strs[c->nstrs++];
}

/* Starts a line; rows go to it. */
static void add_line(struct chart *c, const char *code)
{
	size_t alloc = c->alines;

	XGROW(c->lines, c->alines, c->nlines + 1);
	if (alloc != c->alines) {
		c->pts = xrealloc(c->pts, c->alines * sizeof(*c->pts));
		c->first = xrealloc(c->first, c->alines * sizeof(*c->first));
		c->info = xrealloc(c->info, c->alines * sizeof(*c->info));
	}
	memset(&c->lines[c->nlines], 0, sizeof(c->lines[0]));
	memset(&c->info[c->nlines], 0, sizeof(c->info[0]));
	c->lines[c->nlines].series.code = code;
	c->pts[c->nlines] = c->first[c->nlines] = NULL;
	c->apts = 0;
	c->cur = c->nlines++;
}

static void see(struct line_info *li, double v)
{
	if (isfinite(v) && fabs(v) > li->maxabs)
		li->maxabs = fabs(v);
}

/* A series stored without a title is named from its subject, code kept
   (cmd_series_name). */
static void untitled_name(struct chart *c, struct plot_line *l, const struct row *r)
{
	char rep[8], par[8] = "", flow[16] = "";
	struct buf t = BUF_INIT;

	if (row_cell(r, "reporter")->type != CELL_TEXT)
		return;
	str_copy(rep, sizeof(rep), row_text(r, "reporter"), row_len(r, "reporter"));
	if (row_cell(r, "partner")->type == CELL_TEXT)
		str_copy(par, sizeof(par), row_text(r, "partner"), row_len(r, "partner"));
	if (row_cell(r, "flow")->type == CELL_TEXT)
		str_copy(flow, sizeof(flow), row_text(r, "flow"), row_len(r, "flow"));
	cmd_series_name(rep, par, flow, l->series.code, &t);
	l->series.title = keep(c, t.s, t.len);
	buf_release(&t);
}

static int series_row(void *ctx, const struct row *r)
{
	struct chart *c = ctx;
	struct plot_line *l = &c->lines[c->cur];
	struct line_info *li = &c->info[c->cur];
	struct plot_point *p;

	XGROW(c->pts[c->cur], c->apts, l->n + 1);
	p = &c->pts[c->cur][l->n];
	str_copy(p->period, sizeof(p->period), row_text(r, "period"), row_len(r, "period"));
	p->value = row_double(r, "value");
	see(li, p->value);
	if (l->n == 0 && row_cell(r, "title")->type == CELL_TEXT)
		l->series.title = keep(c, row_text(r, "title"), row_len(r, "title"));
	if (l->n == 0 && row_cell(r, "unit")->type == CELL_TEXT)
		l->series.unit = keep(c, row_text(r, "unit"), row_len(r, "unit"));
	if (l->n == 0 && !l->series.title)
		untitled_name(c, l, r);
	if (row_cell(r, "vintage")->type == CELL_TEXT && row_cell(r, "source")->type == CELL_TEXT &&
	    strncmp(row_text(r, "vintage"), li->vintage, sizeof(li->vintage) - 1) > 0) {
		str_copy(li->vintage, sizeof(li->vintage), row_text(r, "vintage"),
			 row_len(r, "vintage"));
		str_copy(li->source, sizeof(li->source), row_text(r, "source"), row_len(r, "source"));
	}
	l->n++;
	l->pts = c->pts[c->cur];
	return 0;
}

/* plot_first_print.sql: period, value, released */
static int first_row(void *ctx, const struct row *r)
{
	struct chart *c = ctx;
	struct plot_line *l = &c->lines[c->cur];
	struct plot_point *p;

	XGROW(c->first[c->cur], c->apts, l->nfirst + 1);
	p = &c->first[c->cur][l->nfirst++];
	str_copy(p->period, sizeof(p->period), row_text(r, "period"), row_len(r, "period"));
	p->value = row_double(r, "value");
	see(&c->info[c->cur], p->value);
	l->first = c->first[c->cur];
	return 0;
}

/* The unit of line i's series, "" when it has none. */
static const char *unit_of(const struct chart *c, size_t i)
{
	return c->lines[i].series.unit ? c->lines[i].series.unit : "";
}

static int claim_row(void *ctx, const struct row *r)
{
	struct chart *c = ctx;
	struct plot_mark *m;
	struct buf label = BUF_INIT;
	char o[200] = "", t[400] = "", path[400] = "", date[DATE_LEN] = "";

	/* plot_claims.sql. A claim already drawn for a line on the same axis
	   (two series of one subject and unit) is drawn once. */
	for (size_t i = 0; i < c->nmarks; i++)
		if (c->mkeys[i].document == row_int(r, "document") &&
		    c->mkeys[i].seq == row_int(r, "seq") &&
		    !strcmp(unit_of(c, c->marks[i].line), unit_of(c, c->cur)))
			return 0;
	XGROW(c->mkeys, c->amkeys, c->nmarks + 1);
	c->mkeys[c->nmarks].document = row_int(r, "document");
	c->mkeys[c->nmarks].seq = row_int(r, "seq");
	str_copy(o, sizeof(o), row_text(r, "outlet"), row_len(r, "outlet"));
	str_copy(t, sizeof(t), row_text(r, "doc_title"), row_len(r, "doc_title"));
	XGROW(c->marks, c->amarks, c->nmarks + 1);
	m = &c->marks[c->nmarks++];
	memset(m, 0, sizeof(*m));
	str_copy(m->period, sizeof(m->period), row_text(r, "period"), row_len(r, "period"));
	m->value = row_double(r, "value");
	str_copy(date, sizeof(date), row_text(r, "published"), row_len(r, "published"));
	str_copy(path, sizeof(path), row_text(r, "doc"), row_len(r, "doc"));
	cmd_claim_label(o, t, path, date, &label);
	m->label = keep(c, label.s, label.len);
	buf_release(&label);
	m->flagged = row_int(r, "flagged") != 0;
	m->line = c->cur;
	see(&c->info[c->cur], m->value);
	return 0;
}

static int found_row(void *ctx, const struct row *r)
{
	(void)r;
	*(int *)ctx = 1;
	return 0;
}

/* The scale of a largest value: 1e12, 1e9, 1e6, or 1. */
static double scale_of(double maxabs)
{
	return maxabs >= 1e12 ? 1e12 : maxabs >= 1e9 ? 1e9 : maxabs >= 1e6 ? 1e6 : 1;
}

/* "US$ billion", "CNY per USD", "million" (no unit), "" (no unit, no scale). */
static void axis_label(const char *unit, double scale, char *out, size_t cap)
{
	const char *word = scale >= 1e12 ? "trillion" : scale >= 1e9 ? "billion" :
			   scale >= 1e6 ? "million" : scale >= 1e3 ? "thousand" : "";
	const char *slash = strchr(unit, '/');

	if (slash)
		snprintf(out, cap, "%.*s per %s%s%s", (int)(slash - unit), unit, slash + 1,
			 *word ? " " : "", word);
	else if (strcmp(unit, "USD") == 0)
		snprintf(out, cap, "US$%s%s", *word ? " " : "", word);
	else
		snprintf(out, cap, "%s%s%s", unit, *unit && *word ? " " : "", word);
}

static void chart_release(struct chart *c)
{
	for (size_t i = 0; i < c->nlines; i++)
		free(c->pts[i]), free(c->first[i]);
	for (size_t i = 0; i < c->nstrs; i++)
		free(c->strs[i]);
	free(c->lines), free(c->pts), free(c->first), free(c->info), free(c->marks);
	free(c->mkeys);
	free(c->strs);
}

/* Characters of a title that fit one line of the smallest chart (SVG, 960 px). */
#define TITLE_MAX 90

/* The title or code of line i. */
static const char *line_name(const struct chart *c, size_t i)
{
	return c->lines[i].series.title ? c->lines[i].series.title : c->lines[i].series.code;
}

/* The length of t's subject: t cut before its first comma or parenthesis
   after 10 bytes ("U.S. imports of goods from China (customs basis)"),
   spaces trimmed. */
static size_t subject_len(const char *t)
{
	size_t n = strlen(t), k = n < 10 ? n : 10;

	while (k < n && t[k] != ',' && t[k] != '(')
		k++;
	while (k > 0 && t[k - 1] == ' ')
		k--;
	return k;
}

/*
 * Two or three series of one subject: "China imports from Russia" as GACC
 * reports it and as the IMF's Direction of Trade has it. Every title starts
 * with the shortest one's subject, followed by nothing, a space, a comma or
 * a parenthesis; the title says the subject once, and each key what tells
 * its line apart: its source when every line has a source of its own, else
 * the rest of its title ("January to date", a code in parentheses, without
 * them), else its code. Returns 0, out untouched, for series of different
 * subjects.
 */
static int one_subject(struct chart *c, struct buf *out)
{
	size_t best = 0, h;
	int by_source = 1;
	const char *t0;

	for (size_t i = 1; i < c->nlines; i++)
		if (strlen(line_name(c, i)) < strlen(line_name(c, best)))
			best = i;
	t0 = line_name(c, best);
	h = subject_len(t0);
	for (size_t i = 0; i < c->nlines; i++) {
		const char *t = line_name(c, i);

		if (h < 10 || strncmp(t, t0, h) || (t[h] && !strchr(" ,(", t[h])))
			return 0;
		by_source &= *c->info[i].source != '\0';
		for (size_t j = 0; j < i; j++)
			by_source &= strcmp(c->info[i].source, c->info[j].source) != 0;
	}
	buf_add(out, t0, h);
	for (size_t i = 0; i < c->nlines; i++) {
		const char *t = line_name(c, i) + h, *e = t + strlen(t);

		while (*t == ' ' || *t == ',' || *t == '(')
			t++;
		while (e > t && (e[-1] == ' ' || e[-1] == ')'))
			e--;
		if (by_source)
			t = c->info[i].source, e = t + strlen(t);
		else if (e == t)
			t = c->lines[i].series.code, e = t + strlen(t);
		c->lines[i].series.title = keep(c, t, (size_t)(e - t));
	}
	return 1;
}

/*
 * A title that covers every series: one title; two or three of one subject
 * (one_subject); two or three joined; more:
 * the words their titles share around as many as fit a line, at least two,
 * "China's exports to Austria, Belgium and 26 more". Then, with more than three, each line's
 * key shows only what differs ("Austria"): the title says the rest.
 */
static void chart_title(struct chart *c, struct buf *out)
{
	const char *t0 = line_name(c, 0);
	size_t pre = strlen(t0), suf = strlen(t0), n0 = strlen(t0);

	for (size_t i = 1; i < c->nlines; i++) {
		const char *t = line_name(c, i);
		size_t k = 0, n = strlen(t);

		while (k < pre && t[k] == t0[k])
			k++;
		pre = k;
		for (k = 0; k < suf && k < n && t[n - 1 - k] == t0[n0 - 1 - k]; k++)
			;
		suf = k;
	}
	/* Whole words only, and something left between them in every title. */
	while (pre > 0 && t0[pre - 1] != ' ')
		pre--;
	while (suf > 0 && t0[n0 - suf] != ' ')
		suf--;
	for (size_t i = 0; i < c->nlines; i++)
		if (strlen(line_name(c, i)) <= pre + suf)
			pre = suf = 0;
	if (c->nlines <= 3 && c->nlines > 1 && one_subject(c, out))
		return;
	if (c->nlines <= 3) {
		/* Titles joined while they fit a line (the key has them whole);
		   else each cut before its first comma or parenthesis ("U.S.
		   imports of goods from China"); else the codes. */
		for (int way = 0; way < 3; way++) {
			buf_reset(out);
			for (size_t i = 0; i < c->nlines; i++) {
				const char *t = way == 2 ? c->lines[i].series.code : line_name(c, i);
				size_t n = strlen(t), k = 10;

				while (way == 1 && k < n && t[k] != ',' && t[k] != '(')
					k++;
				if (way == 1)
					while (k > 0 && t[k - 1] == ' ')
						k--;
				buf_addf(out, "%s%.*s", !i ? "" : i + 1 < c->nlines ? ", " : " and ",
					 (int)(way == 1 && k < n ? k : n), t);
			}
			if (out->len <= TITLE_MAX)
				break;
		}
		return;
	}
	/* As many as fit a line, at least two: "China, Japan, South Korea and
	   Taiwan", "China's exports to Austria, Belgium and 26 more". */
	for (size_t k = c->nlines; k >= 2; k--) {
		buf_reset(out);
		buf_add(out, t0, pre);
		for (size_t i = 0; i < k; i++) {
			const char *t = line_name(c, i);

			buf_addf(out, "%s%.*s", !i ? "" : k == c->nlines && i + 1 == k ? " and " : ", ",
				 (int)(strlen(t) - pre - suf), t + pre);
		}
		if (k < c->nlines)
			buf_addf(out, " and %zu more", c->nlines - k);
		buf_addf(out, "%s", t0 + n0 - suf);
		if (out->len <= TITLE_MAX || k == 2)
			break;
	}
	for (size_t i = 0; i < c->nlines && pre + suf; i++) {
		const char *t = line_name(c, i);

		c->lines[i].series.title = keep(c, t + pre, strlen(t) - pre - suf);
	}
}

/* Whether period p starts in [from, to); widens [first, last] (periods,
   compared by their first days lo and hi) by it. */
static int span_see(const char *p, const char *from, const char *to, const char **first,
		    const char **last, char lo[DATE_LEN], char hi[DATE_LEN])
{
	char s[DATE_LEN], e[DATE_LEN];

	if (chart_period_span(p, s, e) < 0)
		return 0;
	if (!*first || strcmp(s, lo) < 0)
		*first = p, memcpy(lo, s, DATE_LEN);
	if (!*last || strcmp(s, hi) > 0)
		*last = p, memcpy(hi, s, DATE_LEN);
	return strcmp(s, from) >= 0 && strcmp(s, to) < 0;
}

/* Invariant 4: whether --from/--to leave nothing of c to draw; if so, says
   so with the periods the series and claims cover. */
static int range_empty(const struct chart *c, const struct chart_opts *o)
{
	char from[DATE_LEN] = "0000-00-00", to[DATE_LEN] = "9999-99-99";
	char lo[DATE_LEN] = "", hi[DATE_LEN] = "", s[DATE_LEN], e[DATE_LEN];
	const char *first = NULL, *last = NULL;
	int any = 0;

	if ((!o->from && !o->to) || (o->from && chart_period_span(o->from, from, e) < 0) ||
	    (o->to && chart_period_span(o->to, s, to) < 0))
		return 0;
	for (size_t i = 0; i < c->nlines; i++)
		for (size_t j = 0; j < c->lines[i].n; j++)
			if (isfinite(c->lines[i].pts[j].value))
				any |= span_see(c->lines[i].pts[j].period, from, to, &first, &last,
						lo, hi);
	for (size_t k = 0; k < c->nmarks; k++)
		if (isfinite(c->marks[k].value))
			any |= span_see(c->marks[k].period, from, to, &first, &last, lo, hi);
	if (any || !first)
		return 0;
	error("nothing to plot in the periods asked for (%s%s%s%s%s): %s %s from %s to %s",
	      o->from ? "--from " : "", o->from ? o->from : "", o->from && o->to ? " " : "",
	      o->to ? "--to " : "", o->to ? o->to : "",
	      c->nlines == 1 ? c->lines[0].series.code : "the series",
	      c->nlines == 1 ? "has values" : "have values", first, last);
	return 1;
}

/* "Source: A, latest vintage D; B, D2." for every distinct source drawn. */
static void chart_note(const struct chart *c, int revisions, struct buf *out)
{
	size_t shown = 0, distinct = 0;

	for (size_t i = 0; i < c->nlines; i++) {
		size_t j = 0;

		while (j < i && strcmp(c->info[j].source, c->info[i].source))
			j++;
		if (j < i || !*c->info[i].source)
			continue;
		distinct++;
		if (shown == 3)
			continue;
		buf_addf(out, "%s%s, latest vintage %s", shown ? "; " : "Source: ",
			 c->info[i].source, c->info[i].vintage);
		shown++;
	}
	if (distinct > shown)
		buf_addf(out, "; and %zu more sources", distinct - shown);
	buf_adds(out, shown ? "." : "");
	if (c->nmarks)
		buf_adds(out, " Points: figures in news articles, read by tradestat.");
	if (revisions)
		buf_adds(out, " Dashed: the first print of each period.");
}

int cmd_chart(struct store *st, char *const *series, size_t n, const char *out,
	      const struct chart_opts *o)
{
	struct chart c;
	struct plot_spec spec;
	struct buf title = BUF_INIT, note = BUF_INIT;
	char (*ylabels)[64] = xcalloc(n + 1, sizeof(*ylabels));
	int rc = EXIT_OK;

	memset(&c, 0, sizeof(c));
	for (size_t i = 0; i < n; i++) {
		const struct param p[] = { P_TEXT(":series", series[i]) };
		int found = 0;

		if (store_select(st, SQL_SERIES_FIND, p, 1, found_row, &found) < 0) {
			rc = EXIT_DB;
			goto out;
		}
		if (!found) {
			rc = cmd_no_series(st, series[i]);
			goto out;
		}
		add_line(&c, series[i]);
		if (store_select(st, SQL_EXPORT_SERIES_LONG, p, 1, series_row, &c) < 0 ||
		    store_select(st, SQL_PLOT_CLAIMS, p, 1, claim_row, &c) < 0) {
			rc = EXIT_DB;
			goto out;
		}
		if (c.lines[i].n == 0) {
			error("no observations of series '%s'", series[i]);
			rc = EXIT_INPUT;
			goto out;
		}
		c.apts = 0;
		if (o->revisions && store_select(st, SQL_PLOT_FIRST_PRINT, p, 1, first_row, &c) < 0) {
			rc = EXIT_DB;
			goto out;
		}
	}
	if (range_empty(&c, o)) {
		rc = EXIT_USAGE;
		goto out;
	}
	/* Invariant 2: one scale per unit, from the largest value of that unit. */
	for (size_t i = 0; i < n; i++) {
		double maxabs = 0;

		for (size_t j = 0; j < n; j++)
			if (!strcmp(unit_of(&c, j), unit_of(&c, i)))
				maxabs = fmax(maxabs, c.info[j].maxabs);
		c.lines[i].yscale = scale_of(maxabs);
		axis_label(unit_of(&c, i), c.lines[i].yscale, ylabels[i], sizeof(ylabels[i]));
		c.lines[i].ylabel = ylabels[i];
	}
	memset(&spec, 0, sizeof(spec));
	spec.out_path = out;
	if (o->title)
		buf_adds(&title, o->title);
	else
		chart_title(&c, &title);
	spec.title = title.s;
	chart_note(&c, o->revisions, &note);
	spec.note = note.s;
	spec.lines = c.lines;
	spec.nlines = c.nlines;
	spec.marks = c.marks;
	spec.nmarks = c.nmarks;
	spec.style = o->style;
	spec.from = o->from;
	spec.to = o->to;
	if (o->script) {
		struct outfile f;

		if (cmd_open_out(&f, o->script) < 0) {
			rc = EXIT_DB;
			goto out;
		}
		if (plot_write_script(f.f, &spec) < 0)
			rc = EXIT_INPUT;
		if (cmd_close_out(&f, rc == EXIT_OK) < 0 && rc == EXIT_OK)
			rc = EXIT_DB;
	} else if (o->batch ? plot_batch_add(o->batch, &spec) < 0 : plot_run(&spec) < 0) {
		rc = EXIT_DB;
	} else if (!o->quiet) {
		size_t drawn = 0;

		for (size_t i = 0; i < c.nmarks; i++)
			drawn += (!o->from || strcmp(c.marks[i].period, o->from) >= 0) &&
				 (!o->to || strncmp(c.marks[i].period, o->to, strlen(o->to)) <= 0);
		notice("%s: %zu series, %zu claim%s drawn", out, n, drawn, drawn == 1 ? "" : "s");
	}
out:
	chart_release(&c);
	buf_release(&title);
	buf_release(&note);
	free(ylabels);
	return rc;
}
