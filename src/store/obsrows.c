/*
 * obsrows.c - the observation rows of an import (csvin.c: its one pass or
 * its pass 2), stored OBS_BATCH to a statement.
 *
 * Input: one value at a time, as csvin.c judged it (series, stored period,
 * status, value, digits as written, precision, vintage, flag). Output: its
 * row in observation, in the order given, or a bad record naming its line.
 *
 * One INSERT per row spent about as much in SQLite's per-statement work
 * (cursors opened and closed on the table, its indexes and the parents of
 * its foreign keys) as in the insert itself: sql/observation_insert_batch.sql
 * inserts OBS_BATCH rows in one step.
 *
 * Invariants:
 *  1. Rows are inserted in the order given (row ids as with one INSERT each).
 *  2. Nothing reads a row before obsrows_flush(): csvin.c's in_force() asks
 *     only for releases dated before this one, and vintage_recompute runs
 *     after the flush.
 *  3. A batch that breaks a constraint is undone whole by SQLite (its
 *     statement journal) and its rows are then inserted one at a time
 *     (sql/observation_insert.sql), so a duplicate is reported with its own
 *     line, as before; the import is rolled back anyway.
 *  4. The batch statement's parameters are positional: row k's eight are
 *     8k+1..8k+8, in the order of its column list (checked by count).
 */
#include "store/csvin_int.h"

#include <stdlib.h>
#include <string.h>

#define OBS_BATCH 32	/* rows of sql/observation_insert_batch.sql */
#define OBS_COLS 8

struct obsrow {
	size_t s;		/* its series, c->s[s] (c->s grows in the one pass) */
	char period[DATE_LEN];
	enum obs_status status;
	double value, prec;
	int64_t vintage;
	struct buf text, flag;	/* owned, reused */
	int has_flag;
	long line;		/* for messages */
};

struct obsrows {
	struct obsrow row[OBS_BATCH];
	size_t n;
};

/* The cells of one row, in the column order of both statements. */
static void row_cells(const struct csvin *c, const struct obsrow *r, struct cell v[OBS_COLS])
{
	const char *status = vintage_status_name(r->status);

	v[0] = (struct cell){ CELL_INT, c->s[r->s].id, 0, NULL, 0 };
	v[1] = (struct cell){ CELL_TEXT, 0, 0, r->period, strlen(r->period) };
	v[2] = (struct cell){ CELL_TEXT, 0, 0, status, strlen(status) };
	v[3] = (struct cell){ CELL_REAL, 0, r->value, NULL, 0 };
	v[4] = (struct cell){ CELL_TEXT, 0, 0, r->text.s, r->text.len };
	v[5] = (struct cell){ CELL_REAL, 0, r->prec, NULL, 0 };
	v[6] = (struct cell){ CELL_INT, r->vintage, 0, NULL, 0 };
	v[7] = r->has_flag ? (struct cell){ CELL_TEXT, 0, 0, r->flag.s, r->flag.len }
			   : (struct cell){ CELL_NULL, 0, 0, NULL, 0 };
}

/* A row's status counts once it is stored (FRESH and APPEND series). */
static void count(struct csvin *c, const struct obsrow *r)
{
	if (c->s[r->s].mode != S_PLACE)
		c->counts[r->status]++;
}

/* One row with sql/observation_insert.sql: 0, or -1 after a message. */
static int insert_one(struct csvin *c, const struct obsrow *r)
{
	static const char *const names[OBS_COLS] = {
		":series", ":period", ":status", ":value", ":value_text", ":precision",
		":vintage", ":flag",
	};
	sqlite3_stmt *st = store_stmt(c->st, SQL_OBSERVATION_INSERT);
	struct cell v[OBS_COLS];
	int rc;

	c->rd.rec_line = r->line;
	c->rd.col = 0;
	row_cells(c, r, v);
	for (int i = 0; i < OBS_COLS; i++)
		if (store_bind(c->st, st, names[i], &v[i]) < 0) {
			store_reset(st);
			return c->failed = -1;
		}
	rc = sqlite3_step(st);
	store_reset(st);
	if (rc == SQLITE_DONE) {
		count(c, r);
		return 0;
	}
	if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE)
		return bad(c, "duplicate period '%s' for series '%s'", r->period, c->s[r->s].code);
	error_at_line(c->path, r->line, 0, "cannot store this record");
	store_fail(c->st, store_stmt_name(SQL_OBSERVATION_INSERT));
	return c->failed = -1;
}

/* A full batch in one statement; on a broken constraint, one row at a time
 * (invariant 3). 0, or -1 (c->failed set on a database error). */
static int insert_batch(struct csvin *c, struct obsrows *b)
{
	sqlite3_stmt *st = store_stmt(c->st, SQL_OBSERVATION_INSERT_BATCH);
	int rc, ret = 0;

	if (sqlite3_bind_parameter_count(st) != OBS_BATCH * OBS_COLS)
		BUG("sql/observation_insert_batch.sql has %d parameters, not %d",
		    sqlite3_bind_parameter_count(st), OBS_BATCH * OBS_COLS);
	for (int k = 0; k < OBS_BATCH; k++) {
		struct cell v[OBS_COLS];

		row_cells(c, &b->row[k], v);
		for (int i = 0; i < OBS_COLS; i++)
			if (store_bind_at(c->st, st, k * OBS_COLS + i + 1, &v[i]) < 0) {
				store_reset(st);
				return c->failed = -1;
			}
	}
	rc = sqlite3_step(st);
	store_reset(st);
	if (rc == SQLITE_DONE) {
		for (int k = 0; k < OBS_BATCH; k++)
			count(c, &b->row[k]);
		return 0;
	}
	if ((rc & 0xff) != SQLITE_CONSTRAINT) {
		error_at_line(c->path, b->row[0].line, 0, "cannot store these records");
		store_fail(c->st, store_stmt_name(SQL_OBSERVATION_INSERT_BATCH));
		return c->failed = -1;
	}
	for (int k = 0; k < OBS_BATCH && !c->failed; k++)
		if (insert_one(c, &b->row[k]) < 0)
			ret = -1;
	return c->failed ? -1 : ret;
}

int obsrows_flush(struct csvin *c)
{
	struct obsrows *b = c->rows;
	long line = c->rd.rec_line, col = c->rd.col;
	int ret = 0;

	if (!b || !b->n || c->failed)
		return c->failed;
	if (b->n == OBS_BATCH)
		ret = insert_batch(c, b);
	else
		for (size_t k = 0; k < b->n && !c->failed; k++)
			if (insert_one(c, &b->row[k]) < 0)
				ret = -1;
	b->n = 0;
	c->rd.rec_line = line;
	c->rd.col = col;
	return c->failed ? -1 : ret;
}

int obsrows_put(struct csvin *c, struct smeta *s, const char *period, enum obs_status status,
		double v, const char *text, double prec, int64_t vintage, const char *flag)
{
	struct obsrows *b = c->rows;
	struct obsrow *r;

	if (c->failed)
		return -1;
	if (!b)
		b = c->rows = xcalloc(1, sizeof(*b));
	r = &b->row[b->n++];
	r->s = (size_t)(s - c->s);
	str_copy(r->period, sizeof(r->period), period, strlen(period));
	r->status = status;
	r->value = v;
	r->prec = prec;
	r->vintage = vintage;
	buf_reset(&r->text);
	buf_add(&r->text, text, strlen(text));
	buf_reset(&r->flag);
	r->has_flag = flag && *flag;
	if (r->has_flag)
		buf_add(&r->flag, flag, strlen(flag));
	r->line = c->rd.rec_line;
	return b->n == OBS_BATCH ? obsrows_flush(c) : 0;
}

void obsrows_release(struct csvin *c)
{
	struct obsrows *b = c->rows;

	if (!b)
		return;
	for (size_t k = 0; k < OBS_BATCH; k++) {
		buf_release(&b->row[k].text);
		buf_release(&b->row[k].flag);
	}
	free(b);
	c->rows = NULL;
}
