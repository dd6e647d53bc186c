/*
 * common.c - what several commands share: reading an article with its
 * date, the dates manifest, query results as CSV, output files.
 *
 * Invariants:
 *  1. An article's date comes from, in order: --date, the manifest row for
 *     its base name, its own dateline. Never from the file's mtime.
 *  2. CSV cells keep their SQLite type: integers and reals are written as
 *     numbers, text as (neutralised) text, NULL as an empty cell.
 *  3. A reading command sees one snapshot of the database for its whole run.
 *  4. An article is non-empty UTF-8 text without NUL bytes, at most
 *     ARTICLE_MAX bytes; anything else is bad input named at its place.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "base/base.h"
#include "cmd/cmd.h"
#include "parse/parse.h"
#include "report/report.h"
#include "store/store.h"

struct dates_ctx {
	struct article_dates *m;
	const char *path;	/* the manifest, for messages */
};

static int dates_row(void *ctx, long line, size_t n, const char *const *names,
		     const char *const *fields)
{
	struct article_dates *m = ((struct dates_ctx *)ctx)->m;
	const char *path = ((struct dates_ctx *)ctx)->path;
	const char *file = NULL, *date = NULL, *outlet = NULL, *title = NULL;

	for (size_t i = 0; i < n; i++) {
		if (strcmp(names[i], "file") == 0)
			file = fields[i];
		else if (strcmp(names[i], "published") == 0)
			date = fields[i];
		else if (strcmp(names[i], "outlet") == 0)
			outlet = fields[i];
		else if (strcmp(names[i], "title") == 0)
			title = fields[i];
	}
	if (!file || !date)
		return error_at_line(path, 1, 0, "a dates manifest needs the columns "
				     "'file' and 'published'"), EXIT_INPUT;
	if (*date && !date_valid(date))
		return error_at_line(path, line, 0, "bad date '%s' for '%s' (use YYYY-MM-DD)",
				     date, file), EXIT_INPUT;
	XGROW(m->v, m->alloc, m->n + 1);
	m->v[m->n].file = xstrdup(path_base(file));
	str_copy(m->v[m->n].date, sizeof(m->v[m->n].date), date, strlen(date));
	m->v[m->n].outlet = outlet && *outlet ? xstrdup(outlet) : NULL;
	m->v[m->n].title = title && *title ? xstrdup(title) : NULL;
	m->n++;
	return 0;
}

int cmd_dates_load(const char *path, struct article_dates *m)
{
	struct dates_ctx ctx = { m, path };

	return csvin_table(path, dates_row, &ctx) ? EXIT_INPUT : 0;
}

void cmd_dates_release(struct article_dates *m)
{
	for (size_t i = 0; i < m->n; i++)
		free(m->v[i].file), free(m->v[i].outlet), free(m->v[i].title);
	free(m->v);
	memset(m, 0, sizeof(*m));
}

int cmd_open_store(struct cmd_ctx *ctx)
{
	if (ctx->store)
		return 0;
	if (!(ctx->flags & (CMD_DB | CMD_DB_READ)))
		BUG("a command without CMD_DB or CMD_DB_READ opened the database");
	if (ctx->flags & CMD_DB)
		return store_open(&ctx->store, ctx->db_path,
				  ctx->flags & CMD_DB_CREATE ? STORE_CREATE : 0);
	/* A reading command (export, plot, report) reads with several
	 * statements: one snapshot, so that a concurrent import is in all of
	 * its output or in none of it. */
	outfile_protect(ctx->db_path);	/* no output may write over it */
	if (store_open(&ctx->store, ctx->db_path, STORE_READONLY) < 0)
		return -1;
	if (store_snapshot(ctx->store) < 0) {
		store_close(ctx->store);
		ctx->store = NULL;
		return -1;
	}
	return 0;
}

/*
 * An article is UTF-8 text, not empty: a NUL byte (a binary file) or a byte that is not
 * UTF-8 (Latin-1, a PDF) is refused at its place, since offsets and mentions
 * taken from it would not be text. Returns 0, or -1 after the message.
 */
static int check_text(const char *path, const char *s, size_t n)
{
	size_t i = 0, k;

	if (n == 0)
		return error_at_line(path, 1, 0, "empty file: no article");
	while (i < n) {
		if (s[i] == '\0')
			return error_at_off(path, s, n, i, "a NUL byte: not a text file");
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		k = utf8_decode((const unsigned char *)s + i, n - i, NULL);
		if (!k)
			return error_at_off(path, s, n, i, "not UTF-8 (byte 0x%02x): save the "
					    "article as UTF-8", (unsigned char)s[i]);
		i += k;
	}
	return 0;
}

int cmd_doc_load(const char *path, const char *date, const struct article_dates *m,
		 struct doc *d)
{
	struct buf b = BUF_INIT;
	const char *when = date;
	char guessed[DATE_LEN];
	size_t len;
	char *bytes;

	if (file_read(path, &b, ARTICLE_MAX) < 0 || check_text(path, b.s, b.len) < 0) {
		buf_release(&b);
		return EXIT_INPUT;
	}
	for (size_t i = 0; !when && m && i < m->n; i++)
		if (strcmp(m->v[i].file, path_base(path)) == 0 && m->v[i].date[0])
			when = m->v[i].date;
	bytes = buf_detach(&b, &len);
	doc_init_unhashed(d, path, bytes, len, when);	/* doc_hash() when needed */
	for (size_t i = 0; m && i < m->n; i++)
		if (strcmp(m->v[i].file, path_base(path)) == 0) {
			d->outlet = m->v[i].outlet;
			d->title = m->v[i].title;
		}
	if (!when && doc_guess_date(d, guessed))
		memcpy(d->date, guessed, sizeof(d->date));
	return 0;
}

struct csv_ctx {
	struct csvout *w;
};

static int csv_row(void *ctx, const struct row *r)
{
	struct csvout *w = ((struct csv_ctx *)ctx)->w;

	for (int i = 0; i < r->ncols; i++) {
		const struct cell *c = &r->cells[i];

		switch (c->type) {
		case CELL_INT:
			csvout_int(w, c->i);
			break;
		case CELL_REAL:
			csvout_num(w, c->r);
			break;
		case CELL_TEXT:
			csvout_text(w, c->s, c->n);
			break;
		default:
			csvout_empty(w);
			break;
		}
	}
	csvout_end_row(w);
	return w->err ? -1 : 0;
}

int cmd_query_csv(struct store *st, enum sql_id stmt, const struct param *p, size_t np,
		  struct csvout *w)
{
	struct csv_ctx ctx = { w };
	int n;
	const char *const *names = store_columns(st, stmt, &n);

	for (int i = 0; i < n; i++)
		csvout_str(w, names[i]);
	csvout_end_row(w);
	return store_select(st, stmt, p, np, csv_row, &ctx) ? -1 : 0;
}

int cmd_query_csv_rows(struct store *st, enum sql_id stmt, const struct param *p, size_t np,
		       struct csvout *w)
{
	struct csv_ctx ctx = { w };

	return store_select(st, stmt, p, np, csv_row, &ctx) ? -1 : 0;
}

int cmd_open_out(struct outfile *o, const char *path)
{
	return outfile_open(o, path);
}

int cmd_close_out(struct outfile *o, int ok)
{
	if (!ok) {
		outfile_abort(o);
		return -1;
	}
	return outfile_commit(o);
}

int cmd_delimiter_arg(const char *arg, void *field)
{
	if (strcmp(arg, ",") && strcmp(arg, ";") && strcmp(arg, "tab"))
		return -1;
	*(const char **)field = arg;
	return 0;
}

int cmd_csv_flags(const struct cmd *c, const char *delimiter, int decimal_comma, unsigned *flags)
{
	if (decimal_comma && delimiter && !strcmp(delimiter, ","))
		return cmd_usage_error(c, "--decimal-comma needs another separator than ',' "
				       "(--delimiter ';' or tab)");
	if (delimiter && !strcmp(delimiter, ";"))
		*flags |= CSVOUT_SEMICOLON;
	else if (delimiter && !strcmp(delimiter, "tab"))
		*flags |= CSVOUT_TAB;
	else if (decimal_comma && !delimiter)
		*flags |= CSVOUT_SEMICOLON;
	if (decimal_comma)
		*flags |= CSVOUT_DECIMAL_COMMA;
	return 0;
}
