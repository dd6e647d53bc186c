/*
 * row.c - reading a result row by column name.
 *
 * Input: a struct row from store_select (the statement's column names, read
 * from SQLite at prepare, and this row's cells) and a name as the SQL spells
 * it. Output: that column's cell, text or number.
 *
 * Invariants:
 *  1. A name the statement does not have is a BUG naming sql/FILE.sql and the
 *     column: adding or reordering columns in sql/ never moves what C reads,
 *     and removing one fails at the first row that needs it.
 *  2. Names are compared, not hashed: a statement has a few dozen columns and
 *     callers read them mostly in SELECT order, so the guess (r->hint, kept
 *     per statement) makes a lookup one strcmp.
 */
#include <math.h>
#include <string.h>

#include "base/base.h"
#include "store/store.h"

int row_col(const struct row *r, const char *name)
{
	int n = r->ncols, h = r->hint && *r->hint < n ? *r->hint : 0;

	for (int k = 0; k < n; k++) {
		int i = h + k < n ? h + k : h + k - n;

		if (strcmp(r->names[i], name) == 0) {
			if (r->hint)
				*r->hint = i + 1;
			return i;
		}
	}
	BUG("sql/%s.sql has no result column '%s'", r->stmt ? r->stmt : "?", name);
}

const struct cell *row_cell(const struct row *r, const char *name)
{
	return &r->cells[row_col(r, name)];
}

const char *row_text(const struct row *r, const char *name)
{
	const struct cell *c = row_cell(r, name);

	return c->type == CELL_TEXT && c->s ? c->s : "";
}

size_t row_len(const struct row *r, const char *name)
{
	const struct cell *c = row_cell(r, name);

	return c->type == CELL_TEXT ? c->n : 0;
}

double row_double(const struct row *r, const char *name)
{
	return cell_real(row_cell(r, name));
}

int64_t row_int(const struct row *r, const char *name)
{
	return cell_int(row_cell(r, name));
}

int row_null(const struct row *r, const char *name)
{
	return row_cell(r, name)->type == CELL_NULL;
}
