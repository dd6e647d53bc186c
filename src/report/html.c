/*
 * html.c - the report bundle's index page.
 *
 * Input: a struct report_index of borrowed strings (series titles, claims,
 * findings: text that came from releases and articles). Output: one static
 * HTML page, UTF-8, no scripts and no external resources, so it opens from
 * disk on any machine and is safe to mail.
 *
 * Invariants:
 *  1. Every string from the index is written through html_text(), which
 *     escapes & < > " ' and writes a byte that is not UTF-8 as U+FFFD;
 *     nothing else is interpolated.
 *  2. Links and image sources are the bundle's own file names (built by
 *     cmd/report.c from [A-Za-z0-9._-]) and are escaped too; no path on the
 *     page is absolute: the database and the releases are named by their
 *     base names, articles by headline, date and base name.
 *  3. Numbers on the page are for a person (fmt_human): the CSV files beside
 *     it keep every digit.
 */
#include <math.h>
#include <string.h>

#include "base/base.h"
#include "report/report.h"

static void html_text(FILE *f, const char *s)
{
	size_t k;

	for (; s && *s; s++) {
		if ((unsigned char)*s >= 0x80) {
			/* The page says UTF-8: a byte that is not (a Latin-1 file name) is U+FFFD. */
			k = utf8_decode((const unsigned char *)s, strlen(s), NULL);
			if (k)
				fwrite(s, 1, k, f), s += k - 1;
			else
				fputs("\xEF\xBF\xBD", f);
			continue;
		}
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default: fputc(*s, f);
		}
	}
}

static const char style[] =
	"<style>\n"
	"body{font-family:Helvetica,Arial,sans-serif;max-width:75em;margin:2em auto;color:#222}\n"
	"table{border-collapse:collapse;margin:1em 0}\n"
	"td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}\n"
	"td.n{text-align:right;white-space:nowrap}\n"
	"td.s{font-size:90%;color:#444;min-width:18em;max-width:30em}\n"
	".error{color:#b00020;font-weight:bold}.warning{color:#9a5b00;font-weight:bold}\n"
	"dt{font-weight:bold;margin-top:.4em}\n"
	"img{max-width:100%;border:1px solid #eee}\n"
	"</style>\n";

/* One cell of a row: text escaped in <td>, or in <td class="cls"> when cls
 * is set (a severity names its own class). */
static void cell(FILE *f, const char *cls, const char *text)
{
	if (cls) {
		fputs("<td class=\"", f);
		html_text(f, cls);
		fputs("\">", f);
	} else {
		fputs("<td>", f);
	}
	html_text(f, text);
	fputs("</td>", f);
}

static void counts_table(FILE *f, const struct report_index *ix)
{
	if (!ix->ncounts) {
		fputs("<p>No findings: run <code>tradestat validate</code> before the report.</p>\n", f);
		return;
	}
	fputs("<table>\n<tr><th>rule</th><th>severity</th><th>findings</th></tr>\n", f);
	for (size_t i = 0; i < ix->ncounts; i++) {
		fputs("<tr>", f);
		cell(f, NULL, ix->counts[i].rule);
		cell(f, ix->counts[i].severity, ix->counts[i].severity);
		fprintf(f, "<td class=\"n\">%ld</td></tr>\n", ix->counts[i].n);
	}
	fputs("</table>\n", f);
}

static void findings_table(FILE *f, const struct report_index *ix)
{
	if (!ix->nfindings)
		return;
	fputs("<h2>Errors and warnings</h2>\n<table>\n<tr><th>severity</th><th>rule</th>"
	      "<th>document</th><th>claim</th><th>finding</th></tr>\n", f);
	for (size_t i = 0; i < ix->nfindings; i++) {
		const struct index_finding *x = &ix->findings[i];

		fputs("<tr>", f);
		cell(f, x->severity, x->severity);
		cell(f, NULL, x->rule);
		cell(f, NULL, path_base(x->doc));
		cell(f, NULL, x->text);
		cell(f, NULL, x->message);
		fputs("</tr>\n", f);
	}
	fputs("</table>\n", f);
	if (ix->more_findings)
		fprintf(f, "<p>%ld more in <a href=\"findings.csv\">findings.csv</a>.</p>\n",
			ix->more_findings);
}

/* The series' figure a claim is compared with, as of its values (v, base). */
static void official(FILE *f, const struct index_claim *c, double v, double base, double other)
{
	char num[FMT_NUM_MAX];

	if (!isfinite(v)) {
		fputs("&mdash;", f);
	} else if (*c->base_period) {
		if (!isfinite(base) || base == 0)
			fputs("&mdash;", f);
		else
			fprintf(f, "%+.1f%%", (v / base - 1) * 100);
	} else {
		html_text(f, fmt_human(v, c->series_unit, fmt_human_sig(v, other, 0), num));
	}
}

static void claims_table(FILE *f, const struct report_index *ix)
{
	fputs("<h2 id=\"claims\">Claims</h2>\n", f);
	if (!ix->nclaims) {
		fputs("<p>No claims: <code>tradestat ingest</code> stores the articles' figures.</p>\n", f);
		return;
	}
	fputs("<p>Each figure read from an article, the official value of its period as it "
	      "was known on the article's date and as it is now (for a change: the change "
	      "between the period and a year or a month before), and the verdict of the "
	      "checks. Most severe first. Dates read from the articles are in "
	      "<a href=\"claims.csv\">claims.csv</a>, here only when a check found something "
	      "about them.</p>\n<table>\n<tr><th>article</th><th>claim</th>"
	      "<th>sentence</th><th>series, period</th><th>official then</th>"
	      "<th>official now</th><th>verdict</th></tr>\n", f);
	for (size_t i = 0; i < ix->nclaims; i++) {
		const struct index_claim *c = &ix->claims[i];
		const char *verdict = !*c->verdict ? "not checked" :
				      !strcmp(c->verdict, "info") ? "consistent" : c->verdict;

		fputs("<tr><td>", f);
		html_text(f, c->label);
		fputs("<br><small>", f);
		html_text(f, path_base(c->doc));
		fputs("</small></td>", f);
		cell(f, NULL, c->text);
		cell(f, "s", c->sentence);
		fputs("<td>", f);
		if (*c->series) {
			html_text(f, c->series);
			fputs(" ", f);
			html_text(f, c->period);
			if (*c->base_period) {
				fputs(" over ", f);
				html_text(f, c->base_period);
			}
		} else {
			fputs("&mdash;", f);
		}
		fputs("</td><td class=\"n\">", f);
		official(f, c, c->then_value, c->then_base, c->now);
		fputs("</td><td class=\"n\">", f);
		official(f, c, c->now, c->now_base, c->then_value);
		fputs("</td><td><span class=\"", f);
		html_text(f, c->verdict);
		fputs("\">", f);
		html_text(f, verdict);
		fputs("</span>", f);
		if (*c->message) {
			fputs("<br><small>", f);
			html_text(f, c->message);
			fputs("</small>", f);
		}
		fputs("</td></tr>\n", f);
	}
	fputs("</table>\n", f);
	if (ix->more_claims)
		fprintf(f, "<p>%ld more in <a href=\"claims.csv\">claims.csv</a>.</p>\n",
			ix->more_claims);
}

/* What the rules, severities, points and rings mean. */
static void key(FILE *f, const struct report_index *ix)
{
	fputs("<h2 id=\"key\">Key</h2>\n<dl>\n<dt>Rules</dt><dd><ul>\n", f);
	for (size_t i = 0; i < ix->nrules; i++) {
		fputs("<li><b>", f);
		html_text(f, ix->rules[i].name);
		fputs("</b>: ", f);
		html_text(f, ix->rules[i].summary);
		fputs("</li>\n", f);
	}
	fputs("</ul></dd>\n"
	      "<dt>Severities</dt><dd><span class=\"error\">error</span>: the text contradicts "
	      "the data, or another text on the same basis, beyond rounding; "
	      "<span class=\"warning\">warning</span>: probably wrong, but one side's basis "
	      "was inferred from context; info (<i>consistent</i>): agreement, or a difference "
	      "explained (a revision, a basis).</dd>\n"
	      "<dt>Lines, points and rings</dt><dd>On a series' chart the line is the latest "
	      "vintage; each article's figures are points, one shape per article (a change is "
	      "drawn at the level it implies from the series); a red ring marks a claim with a "
	      "warning or an error. On a revisions chart the dashed line is each period's first "
	      "print and the bars below are the revision since (latest less first print).</dd>\n"
	      "</dl>\n", f);
}

static void vintages_table(FILE *f, const struct report_index *ix)
{
	fputs("<h2 id=\"vintages\">Vintages covered</h2>\n", f);
	if (!ix->nvintages) {
		fputs("<p>No release imported.</p>\n", f);
		return;
	}
	fputs("<table>\n<tr><th>released</th><th>source</th><th>file</th><th>values</th>"
	      "<th>series</th></tr>\n", f);
	for (size_t i = 0; i < ix->nvintages; i++) {
		const struct index_vintage *v = &ix->vintages[i];

		fputs("<tr>", f);
		cell(f, NULL, v->released);
		cell(f, NULL, v->source);
		cell(f, NULL, path_base(v->path));
		fprintf(f, "<td class=\"n\">%ld</td>", v->observations);
		cell(f, NULL, v->series);
		fputs("</tr>\n", f);
	}
	fputs("</table>\n", f);
}

static void link(FILE *f, const char *file)
{
	fputs("<a href=\"", f);
	html_text(f, file);
	fputs("\">", f);
	html_text(f, file);
	fputs("</a>", f);
}

static void charts(FILE *f, const struct report_index *ix)
{
	fputs("<h2 id=\"charts\">Series</h2>\n", f);
	if (!ix->ncharts)
		fputs("<p>No series has values yet.</p>\n", f);
	for (size_t i = 0; i < ix->ncharts; i++) {
		const struct index_chart *c = &ix->charts[i];

		fputs("<h3>", f);
		html_text(f, c->series);
		if (c->title && *c->title) {
			fputs(": ", f);
			html_text(f, c->title);
		}
		fprintf(f, " (%ld claim%s, %ld finding%s", c->claims, c->claims == 1 ? "" : "s",
			c->findings, c->findings == 1 ? "" : "s");
		if (c->revised)
			fprintf(f, ", %ld period%s revised", c->revised, c->revised == 1 ? "" : "s");
		fputs(")</h3>\n<img src=\"", f);
		html_text(f, c->file);
		fputs("\" alt=\"chart of ", f);
		html_text(f, c->series);
		fputs("\">\n", f);
		if (c->rev_file) {
			fputs("<p>Revisions: ", f);
			link(f, c->rev_csv);
			if (*c->rev_from) {
				fputs(" (the chart from ", f);
				html_text(f, c->rev_from);
				fputs(", the year before the first period revised)", f);
			}
			fputs("</p>\n<img src=\"", f);
			html_text(f, c->rev_file);
			fputs("\" alt=\"revisions of ", f);
			html_text(f, c->series);
			fputs("\">\n", f);
		}
	}
}

int html_write_index(FILE *f, const struct report_index *ix)
{
	fputs("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<title>tradestat report</title>\n", f);
	fputs(style, f);
	fputs("</head>\n<body>\n<h1>tradestat report</h1>\n<p>Generated ", f);
	html_text(f, ix->generated);
	fputs(" from <code>", f);
	html_text(f, path_base(ix->database));
	fputs("</code>", f);
	if (ix->nvintages) {
		fprintf(f, "; %zu release%s, ", ix->nvintages, ix->nvintages == 1 ? "" : "s");
		html_text(f, ix->vintages[0].released);
		fputs(" to ", f);
		html_text(f, ix->vintages[ix->nvintages - 1].released);
		fputs(" (<a href=\"#vintages\">vintages covered</a>)", f);
	}
	fputs(". <a href=\"#key\">What the rules, severities, points and rings mean</a>.</p>\n"
	      "<h2>Findings</h2>\n", f);
	counts_table(f, ix);
	findings_table(f, ix);
	claims_table(f, ix);
	charts(f, ix);
	fputs("<h2>Data</h2>\n<ul>\n", f);
	for (size_t i = 0; i < ix->nfiles; i++) {
		fputs("<li>", f);
		link(f, ix->files[i]);
		fputs("</li>\n", f);
	}
	fputs("</ul>\n", f);
	key(f, ix);
	vintages_table(f, ix);
	fputs("</body>\n</html>\n", f);
	return fflush(f) != 0 || ferror(f) ? -1 : 0;
}
