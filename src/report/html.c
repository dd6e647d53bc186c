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
 *     cmd/report.c from [A-Za-z0-9._-]) and are escaped too.
 */
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
	"body{font-family:Helvetica,Arial,sans-serif;max-width:70em;margin:2em auto;color:#222}\n"
	"table{border-collapse:collapse;margin:1em 0}\n"
	"td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}\n"
	"td.n{text-align:right}\n"
	".error{color:#b00020;font-weight:bold}.warning{color:#9a5b00;font-weight:bold}\n"
	"img{max-width:100%;border:1px solid #eee}\n"
	"</style>\n";

static void counts_table(FILE *f, const struct report_index *ix)
{
	if (!ix->ncounts) {
		fputs("<p>No findings: run <code>tradestat validate</code> before the report.</p>\n", f);
		return;
	}
	fputs("<table>\n<tr><th>rule</th><th>severity</th><th>findings</th></tr>\n", f);
	for (size_t i = 0; i < ix->ncounts; i++) {
		fputs("<tr><td>", f);
		html_text(f, ix->counts[i].rule);
		fputs("</td><td class=\"", f);
		html_text(f, ix->counts[i].severity);
		fputs("\">", f);
		html_text(f, ix->counts[i].severity);
		fprintf(f, "</td><td class=\"n\">%ld</td></tr>\n", ix->counts[i].n);
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

		fputs("<tr><td class=\"", f);
		html_text(f, x->severity);
		fputs("\">", f);
		html_text(f, x->severity);
		fputs("</td><td>", f);
		html_text(f, x->rule);
		fputs("</td><td>", f);
		html_text(f, x->doc);
		fputs("</td><td>", f);
		html_text(f, x->text);
		fputs("</td><td>", f);
		html_text(f, x->message);
		fputs("</td></tr>\n", f);
	}
	fputs("</table>\n", f);
	if (ix->more_findings)
		fprintf(f, "<p>%ld more in <a href=\"findings.csv\">findings.csv</a>.</p>\n",
			ix->more_findings);
}

int html_write_index(FILE *f, const struct report_index *ix)
{
	fputs("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<title>tradestat report</title>\n", f);
	fputs(style, f);
	fputs("</head>\n<body>\n<h1>tradestat report</h1>\n<p>Generated ", f);
	html_text(f, ix->generated);
	fputs(" from <code>", f);
	html_text(f, ix->database);
	fputs("</code>.</p>\n<h2>Findings</h2>\n", f);
	counts_table(f, ix);
	findings_table(f, ix);
	fputs("<h2>Data</h2>\n<ul>\n", f);
	for (size_t i = 0; i < ix->nfiles; i++) {
		fputs("<li><a href=\"", f);
		html_text(f, ix->files[i]);
		fputs("\">", f);
		html_text(f, ix->files[i]);
		fputs("</a></li>\n", f);
	}
	fputs("</ul>\n<h2>Charts</h2>\n", f);
	if (!ix->ncharts)
		fputs("<p>No series has news claims or findings.</p>\n", f);
	for (size_t i = 0; i < ix->ncharts; i++) {
		const struct index_chart *c = &ix->charts[i];

		fputs("<h3>", f);
		html_text(f, c->series);
		if (c->title && *c->title) {
			fputs(": ", f);
			html_text(f, c->title);
		}
		fprintf(f, " (%ld claim%s, %ld finding%s)</h3>\n<img src=\"", c->claims,
			c->claims == 1 ? "" : "s", c->findings, c->findings == 1 ? "" : "s");
		html_text(f, c->file);
		fputs("\" alt=\"chart of ", f);
		html_text(f, c->series);
		fputs("\">\n", f);
	}
	fputs("</body>\n</html>\n", f);
	return fflush(f) != 0 || ferror(f) ? -1 : 0;
}
