/*
 * series_name.c - names for a person: what a series code on the command
 * line that does not exist may have meant (plot, export --series), a title
 * for a series stored without one (plot, report's charts), and the label of
 * a claim's article (cmd_claim_label: chart keys, the report's tables).
 *
 * Invariants:
 *  1. An unknown series is a usage error (EXIT_USAGE) whose message names
 *     the nearest codes (same code in another case, a code or a title holding
 *     it), else a few of the codes stored; never a command that prints
 *     every value.
 *  2. A made-up title on a chart ends with the series' code in parentheses,
 *     so a chart never shows a name that cannot be traced to what was
 *     imported (the report's heading names the code before it).
 */
#include <stdint.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "store/importfmt.h"
#include "store/store.h"

/* series_suggest.sql: series, rank, total */
struct suggest {
	struct buf list;
	int64_t best, total;
	size_t n;
};

static int suggest_row(void *ctx, const struct row *r)
{
	struct suggest *sg = ctx;
	int64_t rank = row_int(r, "rank");

	if (sg->n == 0)
		sg->best = rank;
	sg->total = row_int(r, "total");
	/* Near names only, when there are any; else the first codes. */
	if (rank != sg->best)
		return 0;
	buf_addf(&sg->list, "%s%.*s", sg->n++ ? ", " : "", (int)row_len(r, "series"),
		 row_text(r, "series"));
	return 0;
}

int cmd_no_series(struct store *st, const char *code)
{
	const struct param p[] = { P_TEXT(":series", code) };
	struct suggest sg = { BUF_INIT, 3, 0, 0 };

	if (store_select(st, SQL_SERIES_SUGGEST, p, 1, suggest_row, &sg) < 0) {
		buf_release(&sg.list);
		return EXIT_DB;
	}
	if (sg.total == 0)
		error("no series '%s': the database holds none yet (tradestat import adds them)", code);
	else if (sg.best < 3)
		error("no series '%s' (did you mean %s?)", code, sg.list.s);
	else
		error("no series '%s': the database holds %lld series: %s%s", code,
		      (long long)sg.total, sg.list.s, sg.total > (int64_t)sg.n ? ", ..." : "");
	buf_release(&sg.list);
	return EXIT_USAGE;
}

/* A country's name for a title (store's, the import's titles use it too). */
static const char *country_name(const char *code)
{
	return country_title_name(code);
}

void cmd_series_name(const char *reporter, const char *partner, const char *flow,
		     const char *code, struct buf *out)
{
	const char *f = flow && *flow ? flow : "trade";

	buf_addf(out, "%s %s%s", country_name(reporter), f, strcmp(f, "trade") ? "s" : "");
	if (partner && *partner)
		buf_addf(out, " %s %s", !strcmp(f, "import") ? "from" :
			 !strcmp(f, "export") || !strcmp(f, "reexport") ? "to" : "with",
			 country_name(partner));
	if (code)
		buf_addf(out, " (%s)", code);
}

/* Appends s cut at a word after 40 bytes (never inside a UTF-8
 * character), with an ellipsis: with quotes and a date, the label fits a
 * chart key's 60 characters (report/chart.c MAX_LABEL). */
static void add_cut(struct buf *out, const char *s)
{
	size_t n = strlen(s);

	if (n > 40) {
		size_t cut = 40;

		while (cut > 20 && s[cut] != ' ')
			cut--;
		while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
			cut--;
		while (cut > 0 && s[cut - 1] == ' ')
			cut--;
		buf_add(out, s, cut);
		buf_adds(out, "\xE2\x80\xA6");
	} else {
		buf_add(out, s, n);
	}
}

void cmd_claim_label(const char *outlet, const char *title, const char *path,
		     const char *published, struct buf *out)
{
	if (outlet && *outlet) {
		buf_adds(out, outlet);
	} else if (title && *title) {
		/* In quotes: a headline, not a publication's name. */
		buf_adds(out, "\xE2\x80\x9C");
		add_cut(out, title);
		buf_adds(out, "\xE2\x80\x9D");
	} else {
		buf_adds(out, path && *path ? path_base(path) : "article");
	}
	if (published && *published)
		buf_addf(out, " (%s)", published);
}
